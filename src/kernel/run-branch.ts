import { type RunBranchVerdict, judgeRunBranch } from '../core/run/run-branch.js'
import type { RunState } from '../core/schemas/run-state.js'
import { UserInputError } from '../errors.js'
import { GIT_BOUNDARIES } from './failpoints.js'
import type { AttemptBase } from './item-attempt.js'
import type { GitPort } from './ports.js'
import { passEvent, recordPass, writePassStatement } from './terminals.js'

/**
 * The run branch against the run state, before anything builds on it (`resume`,
 * `mark-manual-gate`, every new item). A branch that is neither at the recorded head nor at
 * a recorded pending fast-forward's ends is refused with both commits and how to recover.
 */

export type SettledVerdict = Exclude<RunBranchVerdict, { kind: 'moved' }>

export async function checkRunBranch(
  git: GitPort,
  repoRoot: string,
  state: RunState
): Promise<SettledVerdict> {
  const verdict = judgeRunBranch(state, await git.branchSha(repoRoot, state.run_branch_name))
  if (verdict.kind === 'moved') throw new UserInputError(verdict.message)
  return verdict
}

/**
 * A gate approval that recorded its fast-forward but was cut off before saving the pass: only
 * `mark-manual-gate`, which knows who approved, completes it. Undefined when there is none.
 */
export function interruptedApproval(state: RunState): string | undefined {
  const pending = state.pending_fast_forward
  if (pending === null) return undefined
  const item = state.items.find((candidate) => candidate.item_id === pending.item_id)
  if (item?.terminal_state !== 'awaiting_human_gate') return undefined
  return `the approval of item ${pending.item_id} was interrupted before it was saved; complete it: plan-orchestrator mark-manual-gate --run-id ${state.run_id} --item ${pending.item_id} --decision approved --by NAME --checkpoint ${pending.to}`
}

/**
 * `resume` after a crash between deciding a pass and saving it: the recorded fast-forward
 * is made if git has not made it yet (compare-and-swap from the recorded head), then the pass
 * is saved. Nothing is re-run and the change lands once. Returns the item that passed.
 * A gate approval interrupted the same way is completed by `mark-manual-gate`, which knows
 * who approved.
 */
export async function settlePendingPass(
  base: AttemptBase,
  verdict: SettledVerdict
): Promise<string | undefined> {
  if (verdict.kind === 'at_head') return undefined
  const { session } = base
  const { pending } = verdict
  const state = session.state
  const item = state.items.find((candidate) => candidate.item_id === pending.item_id)
  const approval = interruptedApproval(state)
  if (approval !== undefined) throw new UserInputError(approval)
  if (
    item === undefined ||
    item.terminal_state !== 'none' ||
    item.attempt_number !== pending.attempt_number ||
    item.checkpoint_ref !== pending.to ||
    session.stepOf(pending.item_id, passEvent(true)).kind !== 'move'
  ) {
    throw new UserInputError(
      `run ${state.run_id} records a fast-forward of its run branch for item ${pending.item_id} (attempt ${pending.attempt_number}, ${pending.from} to ${pending.to}) that does not match the item's state; nothing was changed`
    )
  }
  const repoRoot = session.layout.repoRoot
  if (verdict.kind === 'pending_not_applied') {
    await base.git.fastForward(repoRoot, state.run_branch_name, pending.to, pending.from)
    session.crashAt(GIT_BOUNDARIES.runBranchFastForwarded)
  }
  await writePassStatement(base, pending.item_id)
  await recordPass(session, pending.item_id, pending.to, true)
  return pending.item_id
}
