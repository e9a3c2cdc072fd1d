import { runLayout } from '../core/run/layout.js'
import type { RunState } from '../core/schemas/run-state.js'
import type { RunStateReader } from './ports.js'
import {
  type RunStatusSummary,
  brokenRunSummary,
  summarizeRun
} from '../core/run/status-summary.js'

/** What `status` reports for one run: its saved state, read without the lock. */
export async function readRunStatus(
  repoRoot: string,
  runId: string,
  store: RunStateReader
): Promise<RunStatusSummary> {
  try {
    const layout = runLayout(repoRoot, runId)
    const state = await store.loadRunState(layout)
    return summarizeRun(state, { writerAlive: await store.isRunLocked(layout) })
  } catch (error) {
    return brokenRunSummary(runId, (error as Error).message)
  }
}

const NOT_THIS_REPOSITORY = 'not a run of this repository: its run state names another one'

/**
 * What `status` reports for a run of this checkout, its state read once: a run whose state
 * names another repository (a copied `.local/`, a restored backup) is reported as not this
 * one's, whether or not the rest of its state is valid.
 */
export async function readRunStatusHere(
  repoRoot: string,
  runId: string,
  store: RunStateReader
): Promise<RunStatusSummary> {
  const layout = runLayout(repoRoot, runId)
  let state: RunState
  try {
    state = await store.loadRunState(layout)
  } catch (error) {
    if (!(await store.belongsHere(layout))) return brokenRunSummary(runId, NOT_THIS_REPOSITORY)
    return brokenRunSummary(runId, (error as Error).message)
  }
  if (!(await store.stateBelongsHere(layout, state)))
    return brokenRunSummary(runId, NOT_THIS_REPOSITORY)
  try {
    return summarizeRun(state, { writerAlive: await store.isRunLocked(layout) })
  } catch (error) {
    return brokenRunSummary(runId, (error as Error).message)
  }
}
