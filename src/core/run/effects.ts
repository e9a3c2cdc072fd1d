import type { Decision } from '../findings/decision.js'
import type { Lane, MutationLane, ReportName, StageTimeout } from './lifecycle.js'
import type { Terminal } from './states.js'

/**
 * The vocabulary of the lifecycle table (lifecycle.ts): the work of a state or an edge as
 * data, and the events that work reports back. The kernel's interpreter
 * (src/kernel/lifecycle-interpreter.ts) performs the effects, one handler per kind.
 */

/**
 * The stage guard's check (src/kernel/stage-guard.ts) that goes with an effect, before its
 * work or after it. A mutation lane is checked once its state is entered; a review stage and
 * verification are checked before the move into their state, so the check ends the work of
 * the state before.
 */
export interface StageCheck {
  readonly stage: string
  readonly when: 'before' | 'after'
  /**
   * Between two review lanes: the review copy and the user-level configuration only. The
   * lanes work in the copy, so the worktree's agent configuration steers none of them; it is
   * checked before the review, before the next stage that works in it and before the pass
   * (docs/decisions.md#agent-configuration-between-review-lanes).
   */
  readonly reviewCopyOnly?: true
}

/** The work of a state or an edge, as data; the kernel's interpreter performs it. */
export type Effect =
  | { readonly kind: 'block_for_evidence' }
  | { readonly kind: 'prepare_worktree' }
  | { readonly kind: 'receive_evidence' }
  | { readonly kind: 'prepare_context'; readonly lane: MutationLane; readonly round: number }
  | {
      readonly kind: 'call_agent'
      readonly lane: Lane
      readonly report: ReportName
      readonly timeout: StageTimeout
      readonly guard?: StageCheck
    }
  | { readonly kind: 'checkpoint'; readonly lane: MutationLane; readonly guard?: StageCheck }
  | { readonly kind: 'verify' }
  | { readonly kind: 'freeze_packet'; readonly guard?: StageCheck }
  | { readonly kind: 'merge_findings'; readonly guard?: StageCheck }
  | { readonly kind: 'decide' }
  | { readonly kind: 'count_round'; readonly lane: 'fix' | 'remediation'; readonly round: number }
  | { readonly kind: 'fast_forward' }
  | { readonly kind: 'request_gate' }
  | { readonly kind: 'record_terminal'; readonly terminal: Terminal }

/** What the effects of a state (or an edge) report back. */
export type LifecycleEvent =
  | { readonly kind: 'begin' }
  | { readonly kind: 'done' }
  | { readonly kind: 'needs_evidence'; readonly reason: string }
  | { readonly kind: 'failed'; readonly reason: string }
  | {
      readonly kind: 'decided'
      readonly decision: Decision
      /** The decision was saved (with its fast-forward) before an interruption; resume ends it. */
      readonly completedOnResume?: boolean
    }
  | { readonly kind: 'gate_approved'; readonly by: string }
  | { readonly kind: 'gate_rejected'; readonly by: string; readonly note: string }
  /** Resume redoes the review of a saved, verified cycle of the same attempt. */
  | { readonly kind: 'redo_review'; readonly cycleTag: string; readonly checkpoint: string }
  /** Resume sets a stopped attempt aside; `stopped` says how it stopped (for the event log). */
  | { readonly kind: 'restart'; readonly stopped: string }
