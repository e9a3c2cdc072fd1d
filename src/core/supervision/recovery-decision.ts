import { focusItem, itemsInPlanOrder } from '../run/item-focus.js'
import type { ItemRunState, RunState } from '../schemas/run-state.js'
import { isInFlight } from '../run/lifecycle.js'
import { TERMINAL_STATE_OF } from '../run/states.js'
import { budgetResumeCommand } from '../usage/budget.js'
import { activeBudgetStop } from '../usage/summary.js'

/**
 * What a supervisor does once a kernel process has ended: classify the saved run and pick
 * one action. Humans own gates, scope violations and rejected work; the machine may only
 * repair local drift once per attempt and resume within a per-item budget. Everything the
 * decision depends on is passed in, so the same facts always give the same action.
 */

export type ActionKind =
  | 'terminal_passed'
  | 'selection_done'
  | 'wait_manual_gate'
  | 'wait_external_evidence'
  | 'resume_after_manual_gate'
  | 'resume_blocked_external'
  | 'resume_escalated'
  | 'resume_interrupted'
  | 'resume_saved_run'
  | 'doctor_fix_safe'
  | 'park'

export type Recoverability = 'passed' | 'waiting' | 'recoverable' | 'non_recoverable'

/** One intervention from the ledger, from any session of the run. */
export interface PastIntervention {
  readonly action_kind: string
  readonly item_id: string | null
  readonly attempt_number: number | null
  readonly evidence_package_sha256: string | null
}

export interface RecoveryFacts {
  readonly normalizedPlanHealthy: boolean
  readonly runBranchExists: boolean
  /** The latest verification of the focus item failed its scope check. */
  readonly scopeFailed: boolean
  /** The focus item's manual gate record says rejected. */
  readonly gateRejected: boolean
}

export interface RecoveryContext {
  readonly state: RunState
  readonly mode: 'run' | 'resume'
  /** What the previous pass of the supervisor loop waited on. */
  readonly previousWait: 'manual_gate' | 'external_evidence' | null
  /** Whether the supervisor may go on to further items. */
  readonly autoAdvance: boolean
  /** This session already launched a kernel `resume`. */
  readonly launchedResume: boolean
  /** A ready, settled evidence package (path and directory digest), or null. */
  readonly evidence: { readonly path: string; readonly digest: string } | null
  readonly facts: RecoveryFacts
  readonly interventions: readonly PastIntervention[]
  /** Automatic resumes allowed per item, counted over every session of the run. */
  readonly maxAutoResumes: number
}

export interface RecoveryDecision {
  readonly action_kind: ActionKind
  readonly recoverability: Recoverability
  readonly item_id: string | null
  readonly attempt_number: number | null
  /** The item's terminal ('none' allowed), or null when the decision is about no item. */
  readonly terminal_state: string | null
  readonly reason: string
}

// Both count against one budget: an item that keeps dying mid-stage is as stuck as one that
// keeps escalating, and alternating between the two must not reset the bound.
const BUDGETED_RESUMES: ReadonlySet<string> = new Set(['resume_escalated', 'resume_interrupted'])

export function decideRecovery(context: RecoveryContext): RecoveryDecision {
  const { state, facts } = context
  const focus = focusItem(state)
  if (focus === undefined) {
    return {
      action_kind: 'terminal_passed',
      recoverability: 'passed',
      item_id: null,
      attempt_number: null,
      terminal_state: null,
      reason: `All ${state.items.length} items of run ${state.run_id} passed.`
    }
  }
  const decide = (
    action_kind: ActionKind,
    recoverability: Recoverability,
    reason: string,
    item: ItemRunState = focus
  ): RecoveryDecision => ({
    action_kind,
    recoverability,
    item_id: item.item_id,
    attempt_number: item.attempt_number,
    terminal_state: item.terminal_state,
    reason
  })
  const id = focus.item_id
  const current = state.current_state

  // The wait must have been watched by this loop: an approval seen only on disk could be
  // one the supervisor never waited for, and a run without auto-advance stops at its item.
  if (
    context.previousWait === 'manual_gate' &&
    (context.mode === 'resume' || context.autoAdvance) &&
    TERMINAL_STATE_OF[current] === 'passed'
  ) {
    return decide(
      'resume_after_manual_gate',
      'recoverable',
      `The manual gate the supervisor waited on was approved and the run is at ${current}; resuming with item ${id}.`
    )
  }

  const gateItem =
    focus.terminal_state === 'awaiting_human_gate'
      ? focus
      : (itemsInPlanOrder(state).find((item) => item.terminal_state === 'awaiting_human_gate') ??
        (TERMINAL_STATE_OF[current] === 'awaiting_human_gate' ? focus : undefined))
  if (gateItem !== undefined) {
    return decide(
      'wait_manual_gate',
      'waiting',
      `Item ${gateItem.item_id} awaits a manual gate decision (run state ${current}); only a human may approve or reject it.`,
      gateItem
    )
  }

  if (
    focus.terminal_state === 'blocked_external' ||
    TERMINAL_STATE_OF[current] === 'blocked_external'
  ) {
    const evidence = context.evidence
    if (evidence === null) {
      return decide(
        'wait_external_evidence',
        'waiting',
        `Item ${id} is blocked on external evidence (run state ${current}) and no ready evidence package exists.`
      )
    }
    const tried = context.interventions.some(
      (past) =>
        past.action_kind === 'resume_blocked_external' &&
        past.item_id === id &&
        past.evidence_package_sha256 === evidence.digest
    )
    // Waiting rather than parking: the inbox keeps the old package, so a park would make
    // a corrected package that arrives later useless.
    if (tried) {
      return decide(
        'wait_external_evidence',
        'waiting',
        `Item ${id} was already resumed with the evidence package at ${evidence.path} (digest ${evidence.digest}); waiting for a new package.`
      )
    }
    return decide(
      'resume_blocked_external',
      'recoverable',
      `Item ${id} is blocked on external evidence and a ready package is at ${evidence.path} (digest ${evidence.digest}); resuming with it.`
    )
  }

  if (!facts.normalizedPlanHealthy) {
    const repaired = context.interventions.some(
      (past) =>
        past.action_kind === 'doctor_fix_safe' &&
        past.item_id === id &&
        past.attempt_number === focus.attempt_number
    )
    return repaired
      ? decide(
          'park',
          'non_recoverable',
          `The normalized plan is still missing or invalid after a safe repair for item ${id} attempt ${focus.attempt_number}; a human must look.`
        )
      : decide(
          'doctor_fix_safe',
          'recoverable',
          `The normalized plan is missing or invalid; running one safe repair for item ${id} attempt ${focus.attempt_number}.`
        )
  }

  if (focus.terminal_state === 'escalated' || TERMINAL_STATE_OF[current] === 'escalated') {
    if (facts.gateRejected) {
      return decide(
        'park',
        'non_recoverable',
        `Item ${id} escalated after a manual-gate rejection; only a human may take it further.`
      )
    }
    if (!facts.runBranchExists) {
      return decide(
        'park',
        'non_recoverable',
        `Item ${id} escalated and the run branch ${state.run_branch_name} does not exist; a human must restore it.`
      )
    }
    if (facts.scopeFailed) {
      return decide(
        'park',
        'non_recoverable',
        `Item ${id} escalated after its latest verification failed the scope check; scope violations are for a human to judge.`
      )
    }
    // The same limits would stop it again: only a human's higher limit can take it further.
    // A supervised resume (started by a human, maybe with that limit) still gets its try.
    const budget = activeBudgetStop(focus)
    if (budget !== null && (context.mode === 'run' || context.launchedResume)) {
      return decide(
        'park',
        'non_recoverable',
        `Item ${id} stopped on its budget (${budget.limit}); a human must raise the limit: ${budgetResumeCommand(state.run_id, budget)}`
      )
    }
    return withinBudget(context, focus, 'resume_escalated', `Item ${id} escalated`, decide)
  }

  if (focus.terminal_state === 'none' && isInFlight(current)) {
    return withinBudget(
      context,
      focus,
      'resume_interrupted',
      `The kernel ended with item ${id} in flight at ${current}`,
      decide
    )
  }

  if (context.mode === 'resume' && !context.launchedResume) {
    return decide(
      'resume_saved_run',
      'recoverable',
      `Resuming the saved run at ${current}; item ${id} is the next unfinished item.`
    )
  }

  if (TERMINAL_STATE_OF[current] === 'passed') {
    return decide(
      'selection_done',
      'passed',
      `The selection passed at ${current}; ${unfinishedCount(state)} item(s) remain unfinished for a later invocation, next is item ${id}.`
    )
  }

  return decide(
    'park',
    'non_recoverable',
    `The run stopped at ${current} with item ${id} at terminal ${focus.terminal_state}, which no automatic action covers.`
  )
}

function withinBudget(
  context: RecoveryContext,
  focus: ItemRunState,
  action: 'resume_escalated' | 'resume_interrupted',
  situation: string,
  decide: (kind: ActionKind, recoverability: Recoverability, reason: string) => RecoveryDecision
): RecoveryDecision {
  const used = context.interventions.filter(
    (past) => BUDGETED_RESUMES.has(past.action_kind) && past.item_id === focus.item_id
  ).length
  const budget = context.maxAutoResumes
  if (used >= budget) {
    return decide(
      'park',
      'non_recoverable',
      `${situation}; automatic resume budget exhausted (${used} of ${budget}) for item ${focus.item_id}.`
    )
  }
  return decide(
    action,
    'recoverable',
    `${situation}; automatic resume ${used + 1} of ${budget} for item ${focus.item_id}.`
  )
}

function unfinishedCount(state: RunState): number {
  return state.items.filter((item) => item.terminal_state !== 'passed').length
}
