import { readFile, writeFile, rm } from 'node:fs/promises'
import { hostname } from 'node:os'
import lockfile from 'proper-lockfile'
import type { RunLayout } from '../core/run/layout.js'

/**
 * One writer per run. Every command that changes a run holds its lock for as long as it
 * works; a second one is refused with who holds it. The lock (proper-lockfile: an atomic
 * directory whose mtime the holder keeps fresh) is taken over at once when its holder ran
 * on this host and is gone, and after the stale time when it cannot be checked.
 */

/** How long a dead holder's lock blocks others; tests shorten it (proper-lockfile's floor is 2 s). */
export const LOCK_STALE_MS = Math.max(
  2000,
  Number(process.env.PLAN_ORCHESTRATOR_LOCK_STALE_MS) || 10_000
)

export class RunLockedError extends Error {
  override readonly name = 'RunLockedError'
  readonly exitCode = 1
}

interface LockOwner {
  readonly pid: number
  readonly host: string
  readonly command: string
  readonly since: string
}

export async function withRunLock<T>(
  layout: RunLayout,
  command: string,
  work: () => Promise<T>
): Promise<T> {
  const release = await acquire(layout, command)
  try {
    return await work()
  } finally {
    await release()
  }
}

/** Whether some live process holds the run's lock right now (for `status`). */
export async function isRunLocked(layout: RunLayout): Promise<boolean> {
  const held = await lockfile.check(layout.runStatePath, lockOptions(layout)).catch(() => false)
  return held && !(await holderIsDead(layout))
}

function lockOptions(layout: RunLayout): { stale: number; realpath: false; lockfilePath: string } {
  return { stale: LOCK_STALE_MS, realpath: false, lockfilePath: layout.lockPath }
}

/**
 * The lock's holder is known to be gone: it ran on this host and its process no longer
 * exists. Such a lock is taken over at once instead of after the stale time.
 */
async function holderIsDead(layout: RunLayout): Promise<boolean> {
  const owner = await readOwner(ownerPathOf(layout))
  if (owner === undefined || owner.host !== hostname()) return false
  try {
    process.kill(owner.pid, 0)
    return false
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH'
  }
}

function ownerPathOf(layout: RunLayout): string {
  return `${layout.lockPath}.owner.json`
}

async function acquire(layout: RunLayout, command: string): Promise<() => Promise<void>> {
  const ownerPath = ownerPathOf(layout)
  if (await holderIsDead(layout)) {
    await rm(layout.lockPath, { recursive: true, force: true })
    await rm(ownerPath, { force: true })
  }
  let release: () => Promise<void>
  try {
    release = await lockfile.lock(layout.runStatePath, {
      ...lockOptions(layout),
      update: LOCK_STALE_MS / 4,
      onCompromised: () => {
        // Another process took the lock over (we stalled past the stale time): stop now
        // rather than write a run two processes believe they own.
        process.stderr.write(`error: lost the lock of run ${layout.runId}; stopping\n`)
        process.exit(1)
      }
    })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error
    const owner = await readOwner(ownerPath)
    const who =
      owner === undefined
        ? 'another process'
        : `${owner.command} (pid ${owner.pid} on ${owner.host}, since ${owner.since})`
    throw new RunLockedError(
      `run ${layout.runId} is being changed by ${who}; wait for it to finish. ` +
        `If that process is gone, its lock expires within ${LOCK_STALE_MS / 1000} s.`
    )
  }
  const owner: LockOwner = {
    pid: process.pid,
    host: hostname(),
    command,
    since: new Date().toISOString()
  }
  await writeFile(ownerPath, `${JSON.stringify(owner)}\n`)
  return async () => {
    await rm(ownerPath, { force: true })
    await release()
  }
}

async function readOwner(path: string): Promise<LockOwner | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as LockOwner
  } catch {
    return undefined
  }
}
