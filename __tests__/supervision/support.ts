import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { type RunLayout, runLayout } from '../../src/core/run/layout.js'
import type { RunState } from '../../src/core/schemas/run-state.js'
import { RUN_ID, runState } from '../helpers/run-state-fixture.js'
import type { FreshnessPolicy } from '../../src/core/supervision/claims.js'
import { type SupervisionLayout, supervisionLayout } from '../../src/supervision/artifacts.js'
import type { BridgePorts, ProcessProbe } from '../../src/supervision/ports.js'
import { liveChildren } from '../../src/adapters/live-children.js'
import { isProcessAlive } from '../../src/adapters/process-group.js'
import { runFiles } from '../../src/adapters/run-files.js'

/** Shared fixtures of the supervision module tests: temp repos, run states, dead pids. */

export { AT, RUN_ID, runState } from '../helpers/run-state-fixture.js'

/** The adapters the composition root hands the supervision plane. */
export const FILES = runFiles
export const BRIDGE_PORTS: BridgePorts = { files: runFiles, liveChildren }
export const PROCESSES: ProcessProbe = { isAlive: isProcessAlive }

export const POLICY: FreshnessPolicy = {
  live_probe_interval_sec: 1,
  probe_ack_deadline_sec: 2,
  live_stale_timeout_sec: 30,
  waiting_poll_interval_sec: 5,
  waiting_stale_timeout_sec: 60
}

export const EXECUTING = (): RunState =>
  runState('ST30_EXECUTING', '01', {
    '01': { state: 'ST30_EXECUTING', attempt: 2 },
    '02': {}
  })

export interface TempRun {
  readonly repoRoot: string
  readonly run: RunLayout
  readonly layout: SupervisionLayout
  cleanup(): void
}

/** A temp repo root with the run's control directory (and no run state yet). */
export function tempRun(): TempRun {
  const repoRoot = realpathSync(mkdtempSync(join(tmpdir(), 'po-supervision-')))
  const run = runLayout(repoRoot, RUN_ID)
  mkdirSync(run.controlDir, { recursive: true })
  return {
    repoRoot,
    run,
    layout: supervisionLayout(run),
    cleanup: () => rmSync(repoRoot, { recursive: true, force: true })
  }
}

/** Writes run_state.json the way the kernel does (pretty, trailing newline); returns the text. */
export function writeRunState(run: RunLayout, state: RunState): string {
  const text = `${JSON.stringify(state, null, 2)}\n`
  mkdirSync(dirname(run.runStatePath), { recursive: true })
  writeFileSync(run.runStatePath, text)
  return text
}

/** The pid of a process that has exited and been reaped. */
export function deadPid(): number {
  const result = spawnSync(process.execPath, ['-e', ''], { stdio: 'ignore' })
  if (result.pid === undefined || result.status !== 0) throw new Error('could not spawn node')
  return result.pid
}

/** Polls until `probe` returns a value (not undefined), or fails after `timeoutMs`. */
export async function eventually<T>(
  probe: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 3000
): Promise<T> {
  const deadline = performance.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value !== undefined) return value
    if (performance.now() >= deadline) throw new Error(`condition not met in ${timeoutMs} ms`)
    await delay(25)
  }
}
