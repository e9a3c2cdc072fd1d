import type { PendingFastForward, RunState } from '../schemas/run-state.js'

/**
 * Is the run branch where the run state says it must be? It may only ever hold the base
 * commit and the checkpoints of passed (or approved) items; `run_branch_head` names the last
 * of them, and `pending_fast_forward` a move that was decided and recorded before git made
 * it. Anything else means someone else moved the branch, and nothing may build on it.
 */

export type RunBranchVerdict =
  | { readonly kind: 'at_head' }
  /** A recorded fast-forward that git already made: the pass only needs saving. */
  | { readonly kind: 'pending_applied'; readonly pending: PendingFastForward }
  /** A recorded fast-forward that git has not made yet. */
  | { readonly kind: 'pending_not_applied'; readonly pending: PendingFastForward }
  | { readonly kind: 'moved'; readonly message: string }

export function judgeRunBranch(state: RunState, tip: string | undefined): RunBranchVerdict {
  const pending = state.pending_fast_forward
  if (pending === null) {
    if (tip === state.run_branch_head) return { kind: 'at_head' }
  } else {
    if (tip === pending.to) return { kind: 'pending_applied', pending }
    if (tip === pending.from) return { kind: 'pending_not_applied', pending }
  }
  return { kind: 'moved', message: movedMessage(state, tip) }
}

function movedMessage(state: RunState, tip: string | undefined): string {
  const branch = state.run_branch_name
  const pending = state.pending_fast_forward
  const expected =
    pending === null
      ? `${state.run_branch_head} (${whatHeadIs(state)})`
      : `${pending.from}, or ${pending.to} once item ${pending.item_id} (attempt ${pending.attempt_number}) passes`
  const fix =
    tip === undefined
      ? `recreate it: git branch ${branch} ${pending?.from ?? state.run_branch_head}`
      : `put it back: git update-ref refs/heads/${branch} ${pending?.from ?? state.run_branch_head} ${tip}`
  return (
    `the run branch ${branch} ${tip === undefined ? 'is missing' : `points at ${tip}`}, but run ${state.run_id} recorded ${expected}; ` +
    `nothing was changed. If nothing should have moved it, ${fix}; to build on the moved branch instead, start a new run`
  )
}

function whatHeadIs(state: RunState): string {
  if (state.run_branch_head === state.base_head_sha) return 'its base commit'
  const item = state.items.find(
    (candidate) =>
      candidate.checkpoint_ref === state.run_branch_head && candidate.terminal_state === 'passed'
  )
  return item === undefined
    ? 'its last passed checkpoint'
    : `the checkpoint of item ${item.item_id}`
}
