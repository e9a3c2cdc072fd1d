import { hostname } from 'node:os'
import { rm } from 'node:fs/promises'
import {
  type ControlLockOwner,
  ControlLockOwnerSchema,
  SUPERVISION_SCHEMA_VERSIONS
} from '../core/schemas/supervision.js'
import { isoSeconds } from '../core/time.js'
import { type SupervisionLayout, loadedValue, readArtifact, writeArtifact } from './artifacts.js'
import type { ControlLockIo } from './ports.js'

/**
 * One supervisor per run. The lock is an atomic directory (proper-lockfile), so two
 * supervisors starting together cannot both win, as they could with the reference's
 * check-then-write file; the owner record beside it says who holds it. A holder that ran on
 * this host and is gone loses the lock at once, any other after the stale time.
 */

export class SupervisorLockedError extends Error {
  override readonly name = 'SupervisorLockedError'
  readonly exitCode = 1
}

export interface ControlLock {
  release(): Promise<void>
}

export async function acquireControlLock(
  layout: SupervisionLayout,
  runId: string,
  sessionId: string,
  io: ControlLockIo
): Promise<ControlLock> {
  const { lockExclusively, files, processes } = io
  const readHolder = async (): Promise<ControlLockOwner | undefined> =>
    loadedValue(await readArtifact(ControlLockOwnerSchema, layout.controlOwnerPath))
  const release = await lockExclusively({
    target: layout.root,
    lockPath: layout.controlLockPath,
    holderIsGone: async () => {
      const holder = await readHolder()
      return (
        holder !== undefined &&
        holder.owner_host === hostname() &&
        !processes.isAlive(holder.owner_pid)
      )
    },
    clearHolder: () => rm(layout.controlOwnerPath, { force: true }),
    claim: () =>
      writeArtifact(files, ControlLockOwnerSchema, layout.controlOwnerPath, {
        schema_version: SUPERVISION_SCHEMA_VERSIONS.controlLock,
        run_id: runId,
        supervisor_session_id: sessionId,
        owner_pid: process.pid,
        owner_host: hostname(),
        acquired_at_utc: isoSeconds(new Date())
      }),
    onCompromised: () => {
      process.stderr.write(`error: lost the supervision lock of run ${runId}; stopping\n`)
      process.exit(1)
    }
  })
  if (release === undefined) {
    const holder = await readHolder()
    const who =
      holder === undefined
        ? 'another supervisor'
        : `supervisor ${holder.supervisor_session_id} (pid ${holder.owner_pid} on ${holder.owner_host}, since ${holder.acquired_at_utc})`
    throw new SupervisorLockedError(
      `run ${runId} is already supervised by ${who}; watch it with: plan-orchestrator supervise status --run-id ${runId}`
    )
  }
  let released: Promise<void> | undefined
  return {
    release: () =>
      (released ??= (async () => {
        await rm(layout.controlOwnerPath, { force: true })
        await release().catch(() => undefined)
      })())
  }
}
