import { isRunLocked } from '../adapters/run-lock.js'
import { loadRunState } from '../adapters/run-store.js'
import { runLayout } from '../core/run/layout.js'
import {
  type RunStatusSummary,
  brokenRunSummary,
  summarizeRun
} from '../core/run/status-summary.js'

/** What `status` reports for one run: its saved state, read without the lock. */
export async function readRunStatus(repoRoot: string, runId: string): Promise<RunStatusSummary> {
  try {
    const layout = runLayout(repoRoot, runId)
    const state = await loadRunState(layout)
    return summarizeRun(state, { writerAlive: await isRunLocked(layout) })
  } catch (error) {
    return brokenRunSummary(runId, (error as Error).message)
  }
}
