import { nextItem } from '../core/run/item-focus.js'
import { continueInterruptedReview } from './continue-review.js'
import { isInFlight } from '../core/run/lifecycle.js'
import type { RunState } from '../core/schemas/run-state.js'
import { UserInputError } from '../errors.js'
import type { AttemptBase } from './item-attempt.js'
import { type QueueOptions, nextCandidate, processQueue } from './queue.js'
import { receiveEvidence } from './evidence-intake.js'
import type { Terminal } from '../core/run/states.js'
import { checkRunBranch, interruptedApproval, settlePendingPass } from './run-branch.js'
import { checkInterruptedStage } from './interrupted-stage.js'
import { completeStatements } from './provenance.js'

/**
 * `resume`: continues a run. A pending gate must be decided first. A blocked item needs
 * evidence, which is copied into the run and hashed before anything runs. A blocked,
 * escalated or interrupted item gets a fresh attempt (new worktree and branch from the run
 * branch; the stopped attempt's worktree and branch are kept for inspection). Otherwise
 * the next unfinished item runs.
 */

export interface ResumeInput {
  readonly base: AttemptBase
  readonly evidenceDir?: string
  readonly autoAdvance: boolean
  /**
   * Records what this command was told to continue with (other agents, another scenario),
   * once an interrupted stage has been checked and before anything else is written.
   */
  readonly recordChoices?: () => Promise<void>
}

export interface ResumeOutcome {
  readonly itemId: string | null
  readonly last: Awaited<ReturnType<typeof processQueue>> | 'passed'
}

export async function resumeRun(input: ResumeInput): Promise<ResumeOutcome> {
  const { session } = input.base
  // A stage cut short is checked first (its check puts back a run branch its agent moved).
  const breached = await checkInterruptedStage(input.base)
  if (breached !== undefined) return { itemId: breached.itemId, last: breached.terminal }
  await input.recordChoices?.()
  // Before anything is written: a run branch someone else moved is refused, and a pass that
  // was recorded but not saved before an interruption is completed, not redone.
  const verdict = await checkRunBranch(input.base.git, session.layout.repoRoot, session.state)
  const settled = await settlePendingPass(input.base, verdict)
  if (settled !== undefined) return continueAfter(input, settled, 'passed')
  const state = session.state
  const refusal = resumeRefusal(state, input.evidenceDir !== undefined)
  if (refusal !== undefined) throw new UserInputError(refusal)
  // A pass saved just before an interruption may lack its provenance statement (after the
  // refusals: a refused resume writes nothing).
  await completeStatements(session.layout, session.state, {
    files: session.files,
    git: input.base.git
  })
  const target = resumeTarget(state)
  if (target === undefined) return { itemId: null, last: 'passed' }
  const item = session.item(target)
  const evidence =
    input.evidenceDir === undefined
      ? undefined
      : await receiveEvidence(input.base, target, input.evidenceDir)
  const interrupted = item.terminal_state === 'none' && isInFlight(state.current_state)
  if (interrupted && evidence === undefined) {
    const continued = await continueInterruptedReview(input.base, target)
    if (continued !== undefined) return continueAfter(input, target, continued)
  }
  const stopped =
    item.terminal_state !== 'none'
      ? item.terminal_state
      : interrupted
        ? `an interrupted ${state.current_state}`
        : undefined
  if (stopped !== undefined) {
    await session.advance(
      target,
      { kind: 'restart', stopped },
      { planItem: input.base.plan.items.find((planned) => planned.item_id === target) }
    )
  }
  const options: QueueOptions = {
    continueAfterQueue: input.autoAdvance,
    maxItems: input.autoAdvance ? session.state.options.max_items : 1,
    ...(evidence === undefined ? {} : { evidenceDir: evidence })
  }
  return { itemId: target, last: await processQueue(input.base, [target], options) }
}

/**
 * Why `resume` cannot continue this run as asked, or undefined. Checked before anything is
 * written (and again under the run lock, where the state may have moved on).
 */
export function resumeRefusal(state: RunState, evidenceGiven: boolean): string | undefined {
  const approval = interruptedApproval(state)
  if (approval !== undefined) return approval
  const gated = state.items.find((item) => item.terminal_state === 'awaiting_human_gate')
  if (gated !== undefined)
    return `item ${gated.item_id} awaits a human gate; decide it first: plan-orchestrator mark-manual-gate --run-id ${state.run_id} --item ${gated.item_id} --decision approved|rejected --by NAME --note TEXT --checkpoint ${gated.checkpoint_ref ?? 'SHA'}`
  const target = resumeTarget(state)
  const item = state.items.find((candidate) => candidate.item_id === target)
  if (item?.terminal_state === 'blocked_external' && !evidenceGiven)
    return `item ${item.item_id} is blocked on external evidence; give it with --external-evidence-dir DIR`
  return undefined
}

/** After the resumed item ended: with auto-advance and a pass, on to the next items. */
async function continueAfter(
  input: ResumeInput,
  itemId: string,
  terminal: Terminal
): Promise<ResumeOutcome> {
  const { session } = input.base
  const next = terminal === 'passed' && input.autoAdvance ? nextCandidate(session.state) : undefined
  if (next === undefined) return { itemId, last: terminal }
  const maxItems = session.state.options.max_items
  const more = await processQueue(input.base, [next], {
    continueAfterQueue: true,
    maxItems: maxItems === null ? null : Math.max(0, maxItems - 1)
  })
  return { itemId, last: more === 'none' ? terminal : more }
}

/** The item resume works on: the stopped current item, else the first unfinished one. */
function resumeTarget(state: RunState): string | undefined {
  const current = state.items.find((item) => item.item_id === state.current_item_id)
  if (
    current !== undefined &&
    (current.terminal_state === 'blocked_external' || current.terminal_state === 'escalated')
  ) {
    return current.item_id
  }
  if (current !== undefined && current.terminal_state === 'none' && isInFlight(state.current_state))
    return current.item_id
  return nextItem(state)?.item_id
}
