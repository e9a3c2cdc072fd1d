import { focusItem, itemsInPlanOrder } from './item-focus.js'
import type { ItemRunState, RunState } from '../schemas/run-state.js'
import type { UsageSummary, UsageTotals } from '../schemas/usage.js'
import { EMPTY_TOTALS, activeBudgetStop, runUsageSummary } from '../usage/summary.js'
import { isInFlight } from './lifecycle.js'
import { TERMINALS, type TerminalOrNone, notStarted } from './states.js'

/**
 * `status`: what a saved run says, in one summary. A run whose saved state is in the
 * middle of a stage and that no process is working on is reported as interrupted, never
 * as fine.
 */

export type StatusLevel = 'ok' | 'waiting' | 'interrupted' | 'error'

export interface PendingAction {
  readonly kind: 'manual_gate' | 'external_evidence' | 'escalated' | 'resume' | 'repair_local_state'
  readonly item_id: string | null
  readonly detail: string
  readonly path?: string | null
}

export interface RunStatusSummary {
  readonly run_id: string
  readonly current_state: string | null
  readonly current_item_id: string | null
  readonly run_branch_name: string | null
  readonly playbook_source_path: string | null
  readonly updated_at_utc: string | null
  readonly status_level: StatusLevel
  readonly exit_code: 0 | 1 | 2
  readonly pending_action: PendingAction | null
  readonly terminal_counts: Record<TerminalOrNone, number>
  /** How far the run got with the items it selected ("N of M passed"). */
  readonly progress: RunProgress
  readonly items: ReadonlyArray<{
    readonly item_id: string
    readonly state: string
    readonly attempt_number: number
    readonly terminal_state: TerminalOrNone
    readonly terminal_summary: string | null
    /** False for an item this run has never picked (e.g. outside `--item 03`). */
    readonly selected: boolean
    /** `budget_exhausted` when a budget limit stopped the item's latest attempt. */
    readonly terminal_reason: 'budget_exhausted' | null
    /** Tokens and cost of every attempt of the item. */
    readonly usage: UsageTotals
  }>
  /** Per call, attempt, item and run (null when the state cannot be read). */
  readonly usage: UsageSummary | null
  readonly error?: string
}

export interface RunProgress {
  /** Selected items that passed. */
  readonly passed: number
  /** Items the run has picked at least once. */
  readonly selected: number
  /** Every item of the run's playbook. */
  readonly total: number
  /** The ids of the items the run has never picked, in plan order. */
  readonly not_selected: readonly string[]
}

const EXIT_CODES: Record<StatusLevel, 0 | 1 | 2> = { ok: 0, waiting: 1, interrupted: 1, error: 2 }

export function summarizeRun(state: RunState, options: { writerAlive: boolean }): RunStatusSummary {
  const counts = Object.fromEntries(['none', ...TERMINALS].map((t) => [t, 0])) as Record<
    TerminalOrNone,
    number
  >
  for (const item of state.items) counts[item.terminal_state] += 1
  const selected = new Set(
    state.items.filter((item) => wasSelected(state, item)).map((i) => i.item_id)
  )
  // A current item that just passed stays in focus: the run last worked on it.
  const focus = focusItem(state, { keepPassedCurrent: true })
  const interrupted = !options.writerAlive && isInFlight(state.current_state)
  const pending = pendingAction(state, focus, interrupted)
  const level: StatusLevel =
    counts.escalated > 0
      ? 'error'
      : interrupted
        ? 'interrupted'
        : counts.awaiting_human_gate > 0 || counts.blocked_external > 0
          ? 'waiting'
          : 'ok'
  const usage = runUsageSummary(state)
  return {
    run_id: state.run_id,
    current_state: state.current_state,
    current_item_id: focus?.item_id ?? null,
    run_branch_name: state.run_branch_name,
    playbook_source_path: state.playbook_source_path,
    updated_at_utc: state.updated_at_utc,
    status_level: level,
    exit_code: EXIT_CODES[level],
    pending_action: pending,
    terminal_counts: counts,
    progress: {
      passed: state.items.filter((item) => item.terminal_state === 'passed').length,
      selected: selected.size,
      total: state.items.length,
      not_selected: itemsInPlanOrder(state)
        .filter((item) => !selected.has(item.item_id))
        .map((item) => item.item_id)
    },
    items: state.items.map((item) => ({
      item_id: item.item_id,
      state: item.state,
      attempt_number: item.attempt_number,
      terminal_state: item.terminal_state,
      terminal_summary: item.terminal_summary,
      terminal_reason: activeBudgetStop(item) === null ? null : 'budget_exhausted',
      usage: usage.items.find((entry) => entry.item_id === item.item_id)?.totals ?? EMPTY_TOTALS,
      selected: selected.has(item.item_id)
    })),
    usage
  }
}

/**
 * Every item of the playbook is in the run, but a run only works on the items it was asked
 * for (`--item 03`) or reached (`--next`, auto-advance). An item it has never picked is still
 * at its initial state with no event of its own.
 */
function wasSelected(state: RunState, item: ItemRunState): boolean {
  return (
    !notStarted(item) ||
    item.terminal_state !== 'none' ||
    state.event_log.some((event) => event.item_id === item.item_id)
  )
}

/** The summary of a run whose state cannot be read. */
export function brokenRunSummary(runId: string, error: string): RunStatusSummary {
  return {
    run_id: runId,
    current_state: null,
    current_item_id: null,
    run_branch_name: null,
    playbook_source_path: null,
    updated_at_utc: null,
    status_level: 'error',
    exit_code: 2,
    pending_action: { kind: 'repair_local_state', item_id: null, detail: error },
    terminal_counts: {
      none: 0,
      passed: 0,
      awaiting_human_gate: 0,
      blocked_external: 0,
      escalated: 0
    },
    progress: { passed: 0, selected: 0, total: 0, not_selected: [] },
    items: [],
    usage: null,
    error
  }
}

function pendingAction(
  state: RunState,
  focus: ItemRunState | undefined,
  interrupted: boolean
): PendingAction | null {
  if (focus === undefined) return null
  const id = focus.item_id
  switch (focus.terminal_state) {
    case 'awaiting_human_gate':
      return {
        kind: 'manual_gate',
        item_id: id,
        path: focus.latest_paths.manual_gate_path,
        detail: `approve or reject: plan-orchestrator mark-manual-gate --run-id ${state.run_id} --item ${id} --decision approved|rejected --by NAME --note TEXT --checkpoint ${focus.checkpoint_ref ?? 'SHA'}`
      }
    case 'blocked_external':
      return {
        kind: 'external_evidence',
        item_id: id,
        detail: `supply evidence: plan-orchestrator resume --run-id ${state.run_id} --external-evidence-dir DIR`
      }
    case 'escalated': {
      const budget = activeBudgetStop(focus)
      return {
        kind: 'escalated',
        item_id: id,
        path: focus.latest_paths.escalation_manifest_path,
        detail:
          budget?.message ?? focus.terminal_summary ?? 'escalated; see the escalation manifest'
      }
    }
    default:
      return interrupted
        ? {
            kind: 'resume',
            item_id: id,
            detail: `interrupted at ${state.current_state}: plan-orchestrator resume --run-id ${state.run_id}`
          }
        : null
  }
}
