import type { Effect, LifecycleEvent, StageCheck } from '../core/run/effects.js'
import { isReviewing } from '../core/run/lifecycle.js'
import type { Terminal } from '../core/run/states.js'
import type { Move } from '../core/run/step.js'
import type { AttemptContext } from './attempt-context.js'
import { blockForEvidence, prepareWorktree, receiveEvidence } from './attempt-setup.js'
import { type AttemptWorkspace, releaseReviewCopy } from './attempt-workspace.js'
import { IntegrityBreach } from './integrity-guard.js'
import {
  type EffectOutcome,
  type InterpreterStart,
  type LifecycleMachine,
  interpret,
  moveBy
} from './lifecycle-interpreter.js'
import {
  callMutationAgent,
  checkpointCycle,
  prepareContext,
  verifyCycle
} from './mutation-stage.js'
import {
  callAuditor,
  callTriage,
  recordTriageDecision,
  freezePacket,
  mergeCycleFindings
} from './review-stage.js'
import { stageBlocked } from './stage-guard.js'
import { fastForwardPass, recordTerminal, requestGate } from './terminals.js'

/**
 * One attempt as the lifecycle interpreter drives it: the machine that steps the item through
 * the run session, and a handler per effect kind, each one stage module's piece of work,
 * sharing the attempt's workspace.
 */

/**
 * Effects that leave a reading of the worktree standing: preparing a lane's context (its copy
 * of the item context in the worktree's packet directory) and freezing the review packet.
 */
const KEEP_WORKTREE_READING: ReadonlySet<Effect['kind']> = new Set([
  'prepare_context',
  'freeze_packet'
])

/** Performs one effect of the attempt, with the stage guard's check the effect names. */
export async function performEffect(
  context: AttemptContext,
  workspace: AttemptWorkspace,
  effect: Effect,
  cause: LifecycleEvent
): Promise<EffectOutcome> {
  const check = 'guard' in effect ? effect.guard : undefined
  if (check?.when === 'before') {
    const blocked = await guard(context, workspace, check)
    if (blocked !== undefined) return blocked
  }
  // A reading of the worktree stands only until something may have written it since: of the
  // effects, only the ones that write nothing there but the orchestrator's own packet files
  // (none of them agent configuration) may come between a reading and the check that takes it.
  if (!KEEP_WORKTREE_READING.has(effect.kind)) delete workspace.worktreeReadClean
  const outcome = await handle(context, workspace, effect, cause)
  if (outcome !== undefined || check?.when !== 'after') return outcome
  return guard(context, workspace, check)
}

async function guard(
  context: AttemptContext,
  workspace: AttemptWorkspace,
  check: StageCheck
): Promise<EffectOutcome> {
  const readClean = workspace.worktreeReadClean
  delete workspace.worktreeReadClean
  // Between review lanes only the copy they work in: the worktree is checked before the
  // review, before the next stage in it and before the pass
  // (docs/decisions.md#agent-configuration-between-review-lanes).
  const worktree =
    check.reviewCopyOnly === true && workspace.copy !== undefined
      ? {}
      : {
          worktree: context.paths.worktreePath,
          ...(readClean === true ? { worktreeReadClean: readClean } : {})
        }
  const blocked = await stageBlocked(context, {
    stage: check.stage,
    ...worktree,
    ...(workspace.copy === undefined ? {} : { reviewCopy: workspace.copy })
  })
  return blocked === undefined ? undefined : { event: { kind: 'failed', reason: blocked } }
}

function handle(
  context: AttemptContext,
  workspace: AttemptWorkspace,
  effect: Effect,
  cause: LifecycleEvent
): Promise<EffectOutcome> | EffectOutcome {
  switch (effect.kind) {
    case 'block_for_evidence':
      return blockForEvidence()
    case 'prepare_worktree':
      return prepareWorktree(context, workspace)
    case 'receive_evidence':
      return receiveEvidence(context, workspace)
    case 'prepare_context':
      return prepareContext(context, workspace, effect.lane, effect.round)
    case 'call_agent':
      switch (effect.lane) {
        case 'audit_codex':
        case 'audit_claude':
          return callAuditor(context, workspace, effect.lane)
        case 'triage':
          return callTriage(context, workspace)
        default:
          return callMutationAgent(context, workspace, effect)
      }
    case 'checkpoint':
      return checkpointCycle(context, workspace, effect.lane)
    case 'verify':
      return verifyCycle(context, workspace)
    case 'freeze_packet':
      return freezePacket(context, workspace)
    case 'merge_findings':
      return mergeCycleFindings(context, workspace)
    case 'decide':
      return recordTriageDecision(context, workspace)
    case 'count_round':
      return countRound(context, effect.lane, effect.round)
    case 'fast_forward':
      return fastForwardPass(context, workspace)
    case 'request_gate':
      return requestGate(context, workspace)
    case 'record_terminal':
      return recordTerminal(context, workspace, effect.terminal, cause)
  }
}

/** `count_round`: the round a fix or remediation decision starts, saved before it starts. */
async function countRound(
  context: AttemptContext,
  lane: 'fix' | 'remediation',
  round: number
): Promise<EffectOutcome> {
  await context.session.patchItem(
    context.item.item_id,
    lane === 'fix' ? { fix_rounds_completed: round } : { remediation_rounds_completed: round }
  )
  return undefined
}

/** The attempt's item, stepped through the run session; the review copy goes when the review ends. */
export function attemptMachine(
  context: AttemptContext,
  workspace: AttemptWorkspace
): LifecycleMachine {
  const { session, item } = context
  const evidenceSupplied = workspace.evidenceDir !== undefined
  return {
    peek: (event) => session.stepOf(item.item_id, event, item, evidenceSupplied),
    save: (event, alongside) =>
      session.advance(item.item_id, event, {
        planItem: item,
        evidenceSupplied,
        ...(alongside === undefined ? {} : { alongside })
      }),
    perform: (effect, cause) => performEffect(context, workspace, effect, cause),
    leaving: async (move) => {
      if (isReviewing(move.from) && !isReviewing(move.to)) await releaseReviewCopy(workspace)
    }
  }
}

/** Makes one move of the attempt (its via effects and the save); returns it. */
export function moveAttempt(
  context: AttemptContext,
  workspace: AttemptWorkspace,
  event: LifecycleEvent
): Promise<Move> {
  return moveBy(attemptMachine(context, workspace), event)
}

/**
 * Drives the attempt from `start` to a terminal. A change outside the attempt during any
 * stage (an integrity breach) ends the attempt as an escalation naming what changed; any
 * other error surfaces, once the review copy is gone.
 */
export async function driveAttempt(
  context: AttemptContext,
  workspace: AttemptWorkspace,
  start: InterpreterStart
): Promise<Terminal> {
  try {
    return await interpret(attemptMachine(context, workspace), start)
  } catch (error) {
    await releaseReviewCopy(workspace)
    if (!(error instanceof IntegrityBreach)) throw error
    return interpret(attemptMachine(context, workspace), {
      event: { kind: 'failed', reason: error.message }
    })
  }
}
