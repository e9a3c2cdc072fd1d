import type { NormalizedPlan } from '../schemas/normalized-plan.js'
import {
  type Actor,
  EMPTY_LATEST_PATHS,
  type ItemRunState,
  RUN_STATE_VERSION,
  type RunState
} from '../schemas/run-state.js'
import { oneLine } from '../text/one-line.js'
import {
  INITIAL_ITEM_STATE,
  IllegalTransitionError,
  type StateId,
  TERMINAL_STATE_OF,
  canTransition
} from './states.js'

/**
 * Pure updates of a run state. Each returns a new state; the kernel saves it. Nothing
 * here reads a clock: callers pass `now` as an ISO time.
 */

export type NewRunFields = Omit<
  RunState,
  | 'schema_version'
  | 'current_state'
  | 'current_item_id'
  | 'items'
  | 'event_log'
  | 'updated_at_utc'
  | 'run_branch_head'
  | 'pending_fast_forward'
  | 'agent_calls'
>

export function newRunState(fields: NewRunFields, plan: NormalizedPlan): RunState {
  const now = fields.created_at_utc
  const items: ItemRunState[] = plan.items.map((item) => ({
    item_id: item.item_id,
    order: item.order,
    state: INITIAL_ITEM_STATE,
    attempt_number: 1,
    fix_rounds_completed: 0,
    remediation_rounds_completed: 0,
    manual_gate_status: 'not_required',
    external_check_status: item.external_check.required ? 'pending_evidence' : 'not_required',
    branch_name: null,
    worktree_path: null,
    base_ref: null,
    checkpoint_ref: null,
    terminal_state: 'none',
    terminal_summary: null,
    latest_paths: { ...EMPTY_LATEST_PATHS },
    budget_stop: null,
    updated_at_utc: now
  }))
  return {
    schema_version: RUN_STATE_VERSION,
    ...fields,
    run_branch_head: fields.base_head_sha,
    pending_fast_forward: null,
    updated_at_utc: now,
    current_state: INITIAL_ITEM_STATE,
    current_item_id: null,
    items,
    agent_calls: [],
    event_log: [
      {
        at_utc: now,
        state: INITIAL_ITEM_STATE,
        actor: 'orchestrator',
        item_id: null,
        message: 'playbook normalized'
      }
    ]
  }
}

export function itemState(state: RunState, itemId: string): ItemRunState {
  const item = state.items.find((candidate) => candidate.item_id === itemId)
  if (item === undefined) throw new Error(`item ${itemId} is not part of run ${state.run_id}`)
  return item
}

export function updateItem(
  state: RunState,
  itemId: string,
  patch: Partial<ItemRunState>,
  now: string
): RunState {
  itemState(state, itemId)
  return {
    ...state,
    updated_at_utc: now,
    items: state.items.map((item) =>
      item.item_id === itemId ? { ...item, ...patch, updated_at_utc: now } : item
    )
  }
}

export function appendEvent(
  state: RunState,
  event: { actor: Actor; itemId: string | null; message: string },
  now: string
): RunState {
  return {
    ...state,
    updated_at_utc: now,
    event_log: [
      ...state.event_log,
      {
        at_utc: now,
        state: state.current_state,
        actor: event.actor,
        item_id: event.itemId,
        // Messages carry agent text (a triage summary, an agent's stderr): one event, one line.
        message: oneLine(event.message)
      }
    ]
  }
}

/** A checked state change of the run and of the item it is about, with its event. */
export function moveTo(
  state: RunState,
  itemId: string,
  to: StateId,
  event: { actor: Actor; message: string },
  now: string
): RunState {
  if (!canTransition(state.current_state, to))
    throw new IllegalTransitionError(state.current_state, to)
  const terminal = TERMINAL_STATE_OF[to]
  const moved = updateItem(
    { ...state, current_state: to, current_item_id: itemId },
    itemId,
    terminal === undefined ? { state: to } : { state: to, terminal_state: terminal },
    now
  )
  return appendEvent(moved, { actor: event.actor, itemId, message: event.message }, now)
}

/**
 * Opens a fresh attempt of an item: a new attempt number if the item was tried before,
 * round counters and per-attempt artifact paths reset (a new attempt must never point at
 * the reports of the previous one).
 */
export function startAttempt(state: RunState, itemId: string, now: string): RunState {
  const item = itemState(state, itemId)
  const triedBefore =
    item.branch_name !== null || item.worktree_path !== null || item.terminal_state !== 'none'
  return updateItem(
    state,
    itemId,
    {
      attempt_number: triedBefore ? item.attempt_number + 1 : item.attempt_number,
      fix_rounds_completed: 0,
      remediation_rounds_completed: 0,
      terminal_state: 'none',
      terminal_summary: null,
      branch_name: null,
      worktree_path: null,
      base_ref: null,
      checkpoint_ref: null,
      latest_paths: { ...EMPTY_LATEST_PATHS }
    },
    now
  )
}

export function unmetPrerequisites(
  state: RunState,
  plan: NormalizedPlan,
  itemId: string
): string[] {
  const planItem = plan.items.find((item) => item.item_id === itemId)
  if (planItem === undefined) return []
  return planItem.prerequisite_item_ids.filter(
    (id) => state.items.find((item) => item.item_id === id)?.terminal_state !== 'passed'
  )
}

/**
 * Moves a stopped run back to an earlier point of an item: to the start line for a fresh
 * attempt, or to just after verification to redo an interrupted review (the lifecycle
 * table's `restart` and `redo_review` edges, lifecycle.ts). These are the only moves out of a
 * blocked, escalated or interrupted state, so they bypass TRANSITIONS on purpose and say so
 * in the event log. Back at the start line, no item is current.
 */
export function rewindForResume(
  state: RunState,
  itemId: string,
  to: StateId,
  reason: string,
  now: string
): RunState {
  const rewound = updateItem(
    { ...state, current_state: to, current_item_id: to === INITIAL_ITEM_STATE ? null : itemId },
    itemId,
    { state: to },
    now
  )
  return appendEvent(rewound, { actor: 'orchestrator', itemId, message: reason }, now)
}
