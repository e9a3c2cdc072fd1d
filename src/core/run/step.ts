import type { PlanItem } from '../schemas/normalized-plan.js'
import type { Actor, RunState } from '../schemas/run-state.js'
import {
  type EdgeName,
  type Effect,
  type ItemSnapshot,
  LIFECYCLE,
  type LifecycleEvent,
  type MutationLane
} from './lifecycle.js'
import { itemState } from './run-state-ops.js'
import type { StateId, Terminal } from './states.js'

/** The work an edge does before the state it leads to is saved (the state depends on it). */
function viaEffects(edge: EdgeName, to: StateId, item: ItemSnapshot): readonly Effect[] {
  const terminal = LIFECYCLE[to].terminal
  if (edge === 'fix' || edge === 'remediate')
    return [
      { kind: 'count_round', lane: edge === 'fix' ? 'fix' : 'remediation', round: item.round }
    ]
  if (terminal === 'passed')
    return [{ kind: 'fast_forward' }, { kind: 'record_terminal', terminal }]
  if (terminal === 'awaiting_human_gate') return [{ kind: 'request_gate' }]
  if (terminal !== undefined && edge !== 'gate_rejected')
    return [{ kind: 'record_terminal', terminal }]
  return []
}

function edgeOf(event: LifecycleEvent): EdgeName {
  if (event.kind !== 'decided') return event.kind
  switch (event.decision.kind) {
    case 'pass':
      return 'pass'
    case 'awaiting_human_gate':
      return 'gate'
    case 'blocked_external':
      return 'blocked'
    case 'escalate':
      return 'escalate'
    case 'fix':
      return 'fix'
    case 'remediate':
      return 'remediate'
  }
}

export type Step =
  | {
      readonly kind: 'move'
      readonly edge: EdgeName
      readonly from: StateId
      readonly to: StateId
      /** The item as it is once the move is made (the round counts of a new cycle). */
      readonly item: ItemSnapshot
      readonly actor: Actor
      readonly message: string
      /** Run before the move is saved; a `failed` event from them is stepped from `from`. */
      readonly via: readonly Effect[]
      /** Run after the move is saved; their event is the next one to step. */
      readonly entry: readonly Effect[]
      readonly terminal?: Terminal
    }
  | { readonly kind: 'refused'; readonly from: StateId; readonly event: LifecycleEvent['kind'] }

/** A step the table allows. */
export type Move = Extract<Step, { kind: 'move' }>

/** The pure heart of the kernel: where an event leads from the item's state, and the work. */
export function step(item: ItemSnapshot, event: LifecycleEvent): Step {
  const edge = edgeOf(event)
  const row = LIFECYCLE[item.state]
  const to = row.on[edge]
  if (to === undefined) return { kind: 'refused', from: item.state, event: event.kind }
  const round =
    event.kind === 'decided' &&
    (event.decision.kind === 'fix' || event.decision.kind === 'remediate')
      ? event.decision.round
      : item.round
  const lane: MutationLane =
    edge === 'fix'
      ? 'fix'
      : edge === 'remediate'
        ? 'remediation'
        : edge === 'restart'
          ? 'execute'
          : item.lane
  const moved: ItemSnapshot = { ...item, state: to, round, lane }
  const target = LIFECYCLE[to]
  return {
    kind: 'move',
    edge,
    from: item.state,
    to,
    item: moved,
    actor:
      event.kind === 'gate_approved' || event.kind === 'gate_rejected'
        ? 'human'
        : isRewind(edge)
          ? 'orchestrator'
          : target.actor,
    message: target.enter(moved, event, item.state),
    via: isRewind(edge) ? [] : viaEffects(edge, to, moved),
    entry: edge === 'redo_review' ? [] : target.entry(moved),
    ...(target.terminal === undefined ? {} : { terminal: target.terminal })
  }
}

/** Resume's moves back to an earlier point of an item (the orchestrator makes them). */
export function isRewind(edge: EdgeName): boolean {
  return edge === 'restart' || edge === 'redo_review'
}

/** An event the lifecycle table has no edge for in the item's state. */
export class RefusedEventError extends Error {
  override readonly name = 'RefusedEventError'
  constructor(
    readonly from: StateId,
    readonly event: LifecycleEvent['kind']
  ) {
    super(`illegal state transition: no ${event} edge from ${from}`)
  }
}

/**
 * What `step` needs to know about an item of a run: the run's current state (the one every
 * move starts from), the item's attempt and rounds, and from its plan entry the evidence it
 * needs and its gate.
 */
export function itemSnapshot(
  run: RunState,
  itemId: string,
  planItem: PlanItem | undefined
): ItemSnapshot {
  const item = itemState(run, itemId)
  // Remediation rounds only follow fix rounds, so a started remediation is the current cycle.
  const lane: MutationLane =
    item.remediation_rounds_completed > 0
      ? 'remediation'
      : item.fix_rounds_completed > 0
        ? 'fix'
        : 'execute'
  return {
    state: run.current_state,
    itemId,
    attempt: item.attempt_number,
    lane,
    round:
      lane === 'remediation'
        ? item.remediation_rounds_completed
        : lane === 'fix'
          ? item.fix_rounds_completed
          : 0,
    needsEvidence: planItem?.external_check.required ?? false,
    evidenceSupplied: item.external_check_status === 'resolved',
    gateType: planItem?.manual_gate.gate_type ?? ''
  }
}
