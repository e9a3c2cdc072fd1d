/**
 * Test-only crash injection. `PLAN_ORCHESTRATOR_FAILPOINT` names either a state id (the
 * kernel dies right after saving that state) or one of the boundaries below, where a git
 * effect and the run-state record that goes with it are two separate steps. Every boundary
 * is a row of the fault-injection table in docs/reliability.md and a test that kills the
 * kernel there and resumes.
 */

export const FAILPOINT_VARIABLE = 'PLAN_ORCHESTRATOR_FAILPOINT'

export const GIT_BOUNDARIES = {
  /** The attempt's branch and worktree exist; the state does not name them yet. */
  worktreeCreated: 'GIT_WORKTREE_CREATED',
  /** The checkpoint commit exists on the attempt branch; the state does not record it yet. */
  checkpointCommitted: 'GIT_CHECKPOINT_COMMITTED',
  /** The intended fast-forward is saved (`pending_fast_forward`); git has not moved yet. */
  fastForwardRecorded: 'FAST_FORWARD_RECORDED',
  /** The run branch was fast-forwarded; the pass (or approval) is not saved yet. */
  runBranchFastForwarded: 'GIT_RUN_BRANCH_FAST_FORWARDED'
} as const

export type GitBoundary = (typeof GIT_BOUNDARIES)[keyof typeof GIT_BOUNDARIES]

/** Dies at once when `name` is the configured failpoint. */
export function crashAt(configured: string | undefined, name: string): void {
  // As abrupt as a lost runner: no cleanup, no lock release, no finally blocks.
  if (configured !== undefined && configured === name) process.kill(process.pid, 'SIGKILL')
}
