import type { RunStateReader } from '../kernel/ports.js'
import { isRunLocked } from './run-lock.js'
import { belongsHere, loadRunState, stateBelongsHere } from './run-store.js'

/** The run store as `status` reads it (RunStateReader): no more than the state and the lock. */
export const runStateReader: RunStateReader = {
  loadRunState,
  isRunLocked,
  belongsHere,
  stateBelongsHere
}
