import { readFileSync } from 'node:fs'
import type { RunLayout } from '../core/run/layout.js'
import { RunStateUnreadableError, parseRunState } from '../core/run/run-state-file.js'
import type { RunState } from '../core/schemas/run-state.js'
import type { RunStateReader } from '../kernel/ports.js'
import { isRunLocked } from './run-lock.js'
import { belongsHere, stateBelongsHere } from './run-store.js'

/** The run store as `status` reads it (RunStateReader): no more than the state and the lock. */
export const runStateReader: RunStateReader = {
  loadRunState: loadRunStateAtOnce,
  isRunLocked,
  belongsHere,
  stateBelongsHere
}

/**
 * The run store's loadRunState, the file read in one synchronous call: `status --all` reads
 * every run's state, and an asynchronous read (open, stat, read, close, each a round trip
 * through libuv's thread pool) cost about a fifth of its time over 1,000 runs
 * (docs/performance.md). The same state, the same errors.
 */
async function loadRunStateAtOnce(layout: RunLayout): Promise<RunState> {
  const path = layout.runStatePath
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT'
    throw new RunStateUnreadableError(
      path,
      'missing',
      missing ? `no run state (is ${layout.runId} a run id?)` : String(error)
    )
  }
  return parseRunState(path, text)
}
