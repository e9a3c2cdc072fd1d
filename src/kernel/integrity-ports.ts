/** The kernel's port to the integrity check (see integrity-guard.ts), and what it trades in. */
import type { OutsideChange, OutsideSnapshot, StageScope } from '../core/integrity/outside-state.js'

/** Where the integrity check looks: the checkout, the run, and the attempt it leaves alone. */
export interface OutsideReadScope {
  readonly repoRoot: string
  readonly runId: string
  /** The attempt's worktree (absolute), whose own git administrative files are its own. */
  readonly ownWorktree: string | null
}

export interface OutsideCheck {
  /** The reading after the stage; the next stage's "before" reuses its `git status`. */
  readonly after: OutsideSnapshot
  readonly changes: readonly OutsideChange[]
  /** Refs and files (by `path`) that were put back as they were before the stage. */
  readonly restored: ReadonlySet<string>
  /** What could not be put back, with why. */
  readonly unrestored: ReadonlyMap<string, string>
}

/**
 * The last stage's reading after it, for the next stage's reading before it. Between two
 * stages only the kernel runs, and it writes in neither the checkout's files nor the run
 * store directories of items it is not working on: those parts are taken from `snapshot`
 * instead of read again, so a change made there meanwhile is caught by the next check
 * instead of being taken as the next stage's starting point.
 */
export interface PreviousReading {
  readonly snapshot: OutsideSnapshot
  /** This run's items whose run store directories the kernel may have written since. */
  readonly touchedItems: ReadonlySet<string>
}

/**
 * Watches everything outside an attempt while its agent or verification runs: reads it
 * before the stage, compares after it, and puts back what the orchestrator owns (the refs of
 * the run, planted git configuration, hooks and exclude rules).
 */
export interface IntegrityPort {
  /** A reading; `previous` spares a second `git status` and a walk of settled run store parts. */
  snapshot(scope: OutsideReadScope, previous?: PreviousReading): Promise<OutsideSnapshot>
  check(before: OutsideSnapshot, scope: OutsideReadScope, stage: StageScope): Promise<OutsideCheck>
}
