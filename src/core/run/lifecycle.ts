import type { Effect, LifecycleEvent, StageCheck } from './effects.js'
import { gateDecisionSummary } from './gate-summary.js'
import type { Actor } from '../schemas/run-state.js'
import { INITIAL_ITEM_STATE, STATE_IDS, type StateId, type Terminal } from './states.js'

/**
 * The item lifecycle as one table. Each row is a state of an item attempt: what is in
 * progress there (its phase, the actor, the agent lane and its report and timeout), the work
 * that runs on entering it, and where each event leads. `step` (step.ts) reads only this table.
 * docs/architecture.md shows the table as a generated state diagram. The kernel's interpreter
 * (src/kernel/lifecycle-interpreter.ts) drives an attempt by this table: it performs an edge's
 * `via` effects, saves the move, performs the new state's `entry` effects, and steps what they
 * report (docs/architecture.md, "The item lifecycle").
 */

/** The kinds of agent call in an attempt; the first three change the worktree. */
export const LANES = [
  'execute',
  'fix',
  'remediation',
  'audit_codex',
  'audit_claude',
  'triage'
] as const
export type Lane = (typeof LANES)[number]
export const MUTATION_LANES = ['execute', 'fix', 'remediation'] as const
export type MutationLane = (typeof MUTATION_LANES)[number]
/** What an attempt is doing in a state, coarser than the state itself. */
export type Phase = 'queued' | 'setup' | 'mutation' | 'verification' | 'review' | 'terminal'

export type ReportName = 'execution_report' | 'fix_report' | 'audit_report' | 'triage_report'

/** The runtime options that limit a stage, one per kind of work. */
export type StageTimeout =
  | 'execution_timeout_sec'
  | 'verification_timeout_sec'
  | 'audit_timeout_sec'
  | 'triage_timeout_sec'
  | 'fix_timeout_sec'
  | 'remediation_timeout_sec'

export type { Effect, LifecycleEvent, StageCheck } from './effects.js'

/** The names the table's `on` maps use; a `decided` event goes by its decision. */
export type EdgeName =
  | 'begin'
  | 'done'
  | 'needs_evidence'
  | 'failed'
  | 'pass'
  | 'gate'
  | 'blocked'
  | 'escalate'
  | 'fix'
  | 'remediate'
  | 'gate_approved'
  | 'gate_rejected'
  | 'redo_review'
  | 'restart'

/** What `step` knows about the item besides its state. */
export interface ItemSnapshot {
  readonly state: StateId
  readonly itemId: string
  readonly attempt: number
  /** The mutation lane of the current cycle (`execute` until a fix or remediation starts). */
  readonly lane: MutationLane
  readonly round: number
  readonly needsEvidence: boolean
  /** Evidence was given to this attempt (the kernel says so; by default, the item's is resolved). */
  readonly evidenceSupplied: boolean
  readonly gateType: string
}

export interface LifecycleRow {
  readonly phase: Phase
  readonly actor: Actor
  /** The agent lane that runs in this state, if any. */
  readonly lane?: Lane
  readonly report?: ReportName
  readonly timeout?: StageTimeout
  readonly terminal?: Terminal
  /** The name supervision gives the stage running in this state when no agent lane names it. */
  readonly stage?: string
  /** The event log line written when the item enters this state (from state `from`). */
  readonly enter: (item: ItemSnapshot, event: LifecycleEvent, from: StateId) => string
  /** The work that runs once the state is saved. */
  readonly entry: (item: ItemSnapshot) => readonly Effect[]
  readonly on: Partial<Record<EdgeName, StateId>>
}

const ESCALATED = 'ST140_ESCALATED'
const none = (): readonly Effect[] => []
const agent = (
  lane: Lane,
  report: ReportName,
  timeout: StageTimeout,
  guard?: StageCheck
): Effect => ({
  kind: 'call_agent',
  lane,
  report,
  timeout,
  ...(guard === undefined ? {} : { guard })
})
const before = (stage: string): StageCheck => ({ stage, when: 'before' })
const after = (stage: string): StageCheck => ({ stage, when: 'after' })
/** The check before the next review lane: the copy the lanes work in, not the worktree. */
const beforeNextReviewLane = (stage: string): StageCheck => ({
  stage,
  when: 'after',
  reviewCopyOnly: true
})
/** A mutation lane's agent and checkpoint; verification is checked before its state. */
const mutation = (lane: MutationLane, report: ReportName, timeout: StageTimeout): Effect[] => [
  agent(lane, report, timeout, before(lane)),
  { kind: 'checkpoint', lane, guard: after('verification') }
]
const reasonOf = (event: LifecycleEvent): string =>
  'reason' in event
    ? event.reason
    : event.kind === 'decided' && 'summary' in event.decision
      ? event.decision.summary
      : event.kind

/** Resume's two ways back into an item: a fresh attempt, or the review of a saved cycle. */
const RESUMABLE = { restart: INITIAL_ITEM_STATE } as const
const REVIEW_RESUMABLE = { ...RESUMABLE, redo_review: 'ST40_VERIFYING' } as const

export const LIFECYCLE: Readonly<Record<StateId, LifecycleRow>> = {
  ST00_RUN_CREATED: {
    phase: 'queued',
    actor: 'orchestrator',
    enter: () => 'run created',
    entry: none,
    on: { done: 'ST05_PLAN_NORMALIZED', failed: ESCALATED }
  },
  ST05_PLAN_NORMALIZED: {
    phase: 'queued',
    actor: 'orchestrator',
    enter: (item, event) =>
      event.kind === 'restart'
        ? `reset item ${item.itemId} from ${event.stopped} for a fresh resume attempt`
        : 'playbook normalized',
    entry: none,
    // A resume stopped right after its reset finds the item reset but still marked with the
    // terminal it stopped at, and resets it again.
    on: { begin: 'ST10_ITEM_SELECTED', failed: ESCALATED, ...RESUMABLE }
  },
  ST10_ITEM_SELECTED: {
    phase: 'setup',
    actor: 'orchestrator',
    enter: (item) => `selected item ${item.itemId} (attempt ${item.attempt})`,
    entry: (item) =>
      item.needsEvidence && !item.evidenceSupplied
        ? [{ kind: 'block_for_evidence' }]
        : [{ kind: 'prepare_worktree' }],
    on: {
      done: 'ST15_WORKTREE_PREPARED',
      needs_evidence: 'ST120_BLOCKED_EXTERNAL',
      failed: ESCALATED,
      ...RESUMABLE
    }
  },
  ST15_WORKTREE_PREPARED: {
    phase: 'setup',
    actor: 'git',
    enter: () => 'worktree prepared',
    entry: (item) => (item.evidenceSupplied ? [{ kind: 'receive_evidence' }] : []),
    on: { done: 'ST20_CONTEXT_PREPARED', failed: ESCALATED, ...RESUMABLE }
  },
  ST20_CONTEXT_PREPARED: {
    phase: 'setup',
    actor: 'orchestrator',
    enter: () => 'preparing execute context',
    entry: () => [{ kind: 'prepare_context', lane: 'execute', round: 0 }],
    on: { done: 'ST30_EXECUTING', failed: ESCALATED, ...RESUMABLE }
  },
  ST30_EXECUTING: {
    phase: 'mutation',
    actor: 'orchestrator',
    lane: 'execute',
    report: 'execution_report',
    timeout: 'execution_timeout_sec',
    enter: () => 'running execute stage',
    entry: () => mutation('execute', 'execution_report', 'execution_timeout_sec'),
    on: { done: 'ST40_VERIFYING', failed: ESCALATED, ...RESUMABLE }
  },
  ST40_VERIFYING: {
    phase: 'verification',
    actor: 'verification',
    timeout: 'verification_timeout_sec',
    stage: 'verify',
    enter: (item, event, from) =>
      event.kind === 'redo_review'
        ? `resuming attempt ${item.attempt} of item ${item.itemId}, interrupted at ${from}: redoing the review of ${event.cycleTag} from checkpoint ${event.checkpoint}`
        : 'running verification gate',
    entry: () => [{ kind: 'verify' }],
    on: { done: 'ST50_AUDIT_PACKET_READY', failed: ESCALATED, ...RESUMABLE }
  },
  ST50_AUDIT_PACKET_READY: {
    phase: 'review',
    actor: 'orchestrator',
    stage: 'audit',
    enter: () => 'preparing audit packet',
    entry: () => [{ kind: 'freeze_packet', guard: after('audit_codex') }],
    on: { done: 'ST60_AUDITING_CODEX', failed: ESCALATED, ...REVIEW_RESUMABLE }
  },
  ST60_AUDITING_CODEX: {
    phase: 'review',
    actor: 'codex',
    lane: 'audit_codex',
    report: 'audit_report',
    timeout: 'audit_timeout_sec',
    enter: () => 'running codex audit',
    entry: () => [
      agent(
        'audit_codex',
        'audit_report',
        'audit_timeout_sec',
        beforeNextReviewLane('audit_claude')
      )
    ],
    on: { done: 'ST61_AUDITING_CLAUDE', failed: ESCALATED, ...REVIEW_RESUMABLE }
  },
  ST61_AUDITING_CLAUDE: {
    phase: 'review',
    actor: 'claude',
    lane: 'audit_claude',
    report: 'audit_report',
    timeout: 'audit_timeout_sec',
    enter: () => 'running claude audit',
    entry: () => [
      agent('audit_claude', 'audit_report', 'audit_timeout_sec'),
      { kind: 'merge_findings', guard: beforeNextReviewLane('triage') }
    ],
    on: { done: 'ST70_TRIAGING', failed: ESCALATED, ...REVIEW_RESUMABLE }
  },
  ST70_TRIAGING: {
    phase: 'review',
    actor: 'codex',
    lane: 'triage',
    report: 'triage_report',
    timeout: 'triage_timeout_sec',
    enter: () => 'running triage',
    entry: () => [
      agent('triage', 'triage_report', 'triage_timeout_sec', after('the decision after triage')),
      { kind: 'decide' }
    ],
    on: {
      pass: 'ST130_PASSED',
      gate: 'ST110_AWAITING_HUMAN_GATE',
      blocked: 'ST120_BLOCKED_EXTERNAL',
      escalate: ESCALATED,
      fix: 'ST80_FIXING',
      remediate: 'ST95_REMEDIATING',
      failed: ESCALATED,
      ...REVIEW_RESUMABLE
    }
  },
  ST80_FIXING: {
    phase: 'mutation',
    actor: 'codex',
    lane: 'fix',
    report: 'fix_report',
    timeout: 'fix_timeout_sec',
    enter: (item) => `starting fix round ${item.round}`,
    entry: (item) => [
      { kind: 'prepare_context', lane: 'fix', round: item.round },
      ...mutation('fix', 'fix_report', 'fix_timeout_sec')
    ],
    on: { done: 'ST40_VERIFYING', failed: ESCALATED, ...RESUMABLE }
  },
  ST95_REMEDIATING: {
    phase: 'mutation',
    actor: 'codex',
    lane: 'remediation',
    report: 'fix_report',
    timeout: 'remediation_timeout_sec',
    enter: (item) => `starting remediation round ${item.round}`,
    entry: (item) => [
      { kind: 'prepare_context', lane: 'remediation', round: item.round },
      ...mutation('remediation', 'fix_report', 'remediation_timeout_sec')
    ],
    on: { done: 'ST40_VERIFYING', failed: ESCALATED, ...RESUMABLE }
  },
  ST110_AWAITING_HUMAN_GATE: {
    phase: 'terminal',
    actor: 'orchestrator',
    terminal: 'awaiting_human_gate',
    enter: (item) => `awaiting human gate (${item.gateType})`,
    entry: none,
    on: { gate_approved: 'ST130_PASSED', gate_rejected: ESCALATED }
  },
  ST120_BLOCKED_EXTERNAL: {
    phase: 'terminal',
    actor: 'orchestrator',
    terminal: 'blocked_external',
    enter: (_item, event) => reasonOf(event),
    entry: none,
    on: { ...RESUMABLE }
  },
  ST130_PASSED: {
    phase: 'terminal',
    actor: 'git',
    terminal: 'passed',
    enter: (_item, event) =>
      event.kind === 'gate_approved'
        ? `manual gate approved by ${event.by}`
        : event.kind === 'decided' && event.completedOnResume === true
          ? 'item passed and run branch fast-forwarded (its pass was recorded before an interruption; completed on resume)'
          : 'item passed and run branch fast-forwarded',
    entry: none,
    on: { begin: 'ST10_ITEM_SELECTED', failed: ESCALATED }
  },
  ST140_ESCALATED: {
    phase: 'terminal',
    actor: 'orchestrator',
    terminal: 'escalated',
    enter: (_item, event) =>
      event.kind === 'gate_rejected'
        ? gateDecisionSummary('rejected', event.by, event.note)
        : reasonOf(event),
    entry: none,
    on: { ...RESUMABLE }
  }
}

/** The state where a lane's agent runs. */
export function stateOfLane(lane: Lane): StateId {
  const found = STATE_IDS.find((state) => LIFECYCLE[state].lane === lane)
  if (found === undefined) throw new Error(`no state runs the ${lane} lane`)
  return found
}

/**
 * The stage supervision reports for a state (its agent lane, or verification and the audit
 * packet), if a stage runs there.
 */
export function stageOfState(state: StateId): string | undefined {
  const row = LIFECYCLE[state]
  return row.lane ?? row.stage
}

/** Whether verification commands, not an agent, do the work of a state. */
export function runsCommands(state: StateId): boolean {
  return LIFECYCLE[state].phase === 'verification'
}

/** The states of a review: from the frozen audit packet to the decision after triage. */
export function isReviewing(state: StateId): boolean {
  return LIFECYCLE[state].phase === 'review'
}

/** A state in which an item stage was running (a run stopped there was interrupted). */
export function isInFlight(state: StateId): boolean {
  const phase = LIFECYCLE[state].phase
  return phase !== 'queued' && phase !== 'terminal'
}
