/**
 * The run state machine as data: state ids, the transitions allowed between them, and
 * the item-level terminal each terminal state stands for. The lifecycle table (lifecycle.ts)
 * chooses each move by event; every move is also checked against TRANSITIONS when it is
 * saved (run-state-ops.ts), except resume's rewinds. Only these two modules name state ids.
 */

export const STATE_IDS = [
  'ST00_RUN_CREATED',
  'ST05_PLAN_NORMALIZED',
  'ST10_ITEM_SELECTED',
  'ST15_WORKTREE_PREPARED',
  'ST20_CONTEXT_PREPARED',
  'ST30_EXECUTING',
  'ST40_VERIFYING',
  'ST50_AUDIT_PACKET_READY',
  'ST60_AUDITING_CODEX',
  'ST61_AUDITING_CLAUDE',
  'ST70_TRIAGING',
  'ST80_FIXING',
  'ST95_REMEDIATING',
  'ST110_AWAITING_HUMAN_GATE',
  'ST120_BLOCKED_EXTERNAL',
  'ST130_PASSED',
  'ST140_ESCALATED'
] as const

export type StateId = (typeof STATE_IDS)[number]

/** Where every item of a new run waits, and where `resume` puts an item back for a fresh attempt. */
export const INITIAL_ITEM_STATE = 'ST05_PLAN_NORMALIZED' satisfies StateId

/** An item the run has not tried yet: still at its initial state, on its first attempt. */
export function notStarted(item: {
  readonly state: StateId
  readonly attempt_number: number
}): boolean {
  return item.state === INITIAL_ITEM_STATE && item.attempt_number === 1
}

export const TERMINALS = ['passed', 'awaiting_human_gate', 'blocked_external', 'escalated'] as const
export type Terminal = (typeof TERMINALS)[number]
export type TerminalOrNone = Terminal | 'none'

const ESCALATE = 'ST140_ESCALATED'
const BLOCK = 'ST120_BLOCKED_EXTERNAL'

export const TRANSITIONS: Readonly<Record<StateId, readonly StateId[]>> = {
  ST00_RUN_CREATED: ['ST05_PLAN_NORMALIZED', ESCALATE],
  ST05_PLAN_NORMALIZED: ['ST10_ITEM_SELECTED', ESCALATE],
  ST10_ITEM_SELECTED: ['ST15_WORKTREE_PREPARED', BLOCK, ESCALATE],
  ST15_WORKTREE_PREPARED: ['ST20_CONTEXT_PREPARED', ESCALATE],
  ST20_CONTEXT_PREPARED: ['ST30_EXECUTING', BLOCK, ESCALATE],
  ST30_EXECUTING: ['ST40_VERIFYING', BLOCK, ESCALATE],
  ST40_VERIFYING: ['ST50_AUDIT_PACKET_READY', ESCALATE],
  ST50_AUDIT_PACKET_READY: ['ST60_AUDITING_CODEX', 'ST61_AUDITING_CLAUDE', ESCALATE],
  ST60_AUDITING_CODEX: ['ST61_AUDITING_CLAUDE', 'ST70_TRIAGING', ESCALATE],
  ST61_AUDITING_CLAUDE: ['ST70_TRIAGING', ESCALATE],
  ST70_TRIAGING: [
    'ST80_FIXING',
    'ST95_REMEDIATING',
    'ST110_AWAITING_HUMAN_GATE',
    BLOCK,
    'ST130_PASSED',
    ESCALATE
  ],
  ST80_FIXING: ['ST40_VERIFYING', BLOCK, ESCALATE],
  ST95_REMEDIATING: ['ST40_VERIFYING', BLOCK, ESCALATE],
  ST110_AWAITING_HUMAN_GATE: ['ST130_PASSED', ESCALATE],
  ST120_BLOCKED_EXTERNAL: [],
  ST130_PASSED: ['ST10_ITEM_SELECTED', ESCALATE],
  ST140_ESCALATED: []
}

export const TERMINAL_STATE_OF: Readonly<Partial<Record<StateId, Terminal>>> = {
  ST110_AWAITING_HUMAN_GATE: 'awaiting_human_gate',
  ST120_BLOCKED_EXTERNAL: 'blocked_external',
  ST130_PASSED: 'passed',
  ST140_ESCALATED: 'escalated'
}

export function canTransition(from: StateId, to: StateId): boolean {
  return TRANSITIONS[from].includes(to)
}

export class IllegalTransitionError extends Error {
  override readonly name = 'IllegalTransitionError'
  constructor(
    readonly from: StateId,
    readonly to: StateId
  ) {
    super(`illegal state transition ${from} → ${to}`)
  }
}
