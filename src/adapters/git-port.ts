import type { CheckpointResult as KernelCheckpoint, GitPort } from '../kernel/ports.js'
import { unreviewedAgentConfig } from './git/agent-config.js'
import { commitsSince } from './git/history.js'
import {
  type CleanReading,
  type GitMetadataSnapshot,
  addAttemptWorktree,
  branchSha,
  checkpoint,
  createRunBranch,
  fastForwardListing,
  headSha,
  identity,
  isCleanTracked,
  isPathIgnored,
  cleanReadingHolds,
  postCheckpointReading,
  readCommittedChangesAndPatch,
  readPatch,
  repoRoot
} from './git/index.js'

/**
 * The kernel's view of git, over the git adapter. It also remembers, per worktree, the
 * snapshot of git metadata taken when the worktree was made, so every checkpoint can
 * tell whether an agent wrote into `.git`, and the last reading that found a worktree
 * clean at its checkpoint, which a later check takes again while its stamp holds
 * (docs/decisions.md#git-status-between-stages).
 */
export function createGitPort(): GitPort {
  const baselines = new Map<string, GitMetadataSnapshot>()
  // The kernel works in one worktree at a time: only the latest clean reading is kept.
  let lastClean: { readonly worktree: string; readonly reading: CleanReading } | undefined
  const cleanReadingOf = (worktree: string): CleanReading | undefined =>
    lastClean?.worktree === worktree ? lastClean.reading : undefined
  const checkClean = async (worktree: string, sha: string): Promise<string[]> => {
    const reading = await postCheckpointReading(
      worktree,
      sha,
      baselines.get(worktree),
      cleanReadingOf(worktree)
    )
    lastClean = reading.clean === undefined ? undefined : { worktree, reading: reading.clean }
    return reading.violations
  }
  return {
    repoRoot,
    isIgnored: isPathIgnored,
    headSha,
    async cleanTrackedCheckout(root) {
      const report = await isCleanTracked(root)
      return { clean: report.clean, dirty: report.dirtyPaths }
    },
    identity,
    async ensureBranch(root, name, sha) {
      await createRunBranch(root, name, sha)
    },
    branchSha,
    async commitsSince(cwd, base, tip) {
      return (await commitsSince(cwd, base, tip)).map((commit) => commit.sha)
    },
    async addWorktree(root, path, branch, baseBranch) {
      const worktree = await addAttemptWorktree({ repoRoot: root, path, branch, baseBranch })
      baselines.set(path, worktree.gitMetadata)
      return worktree.headSha
    },
    async checkpoint(input): Promise<KernelCheckpoint> {
      const baseline = baselines.get(input.worktree)
      const result = await checkpoint({
        worktree: input.worktree,
        itemId: input.itemId,
        stage: input.stage as 'execute' | 'fix' | 'remediation',
        allowedRoots: input.allowedRoots,
        expectedHead: input.expectedHead,
        maxFileBytes: input.maxFileBytes,
        ...(baseline === undefined ? {} : { gitMetadata: baseline })
      })
      if (result.status === 'refused') return { ok: false, violations: result.violations }
      const after = await checkClean(input.worktree, result.headSha)
      if (after.length > 0) return { ok: false, violations: after }
      return {
        ok: true,
        sha: result.headSha,
        committed: result.status === 'committed',
        changes: []
      }
    },
    authorityViolations: checkClean,
    committedChanges: readCommittedChangesAndPatch,
    diff: readPatch,
    unreviewedAgentConfig(worktree, known) {
      const reading = cleanReadingOf(worktree)
      const readClean =
        known?.readClean === true || (reading !== undefined && cleanReadingHolds(worktree, reading))
      return unreviewedAgentConfig(worktree, { readClean })
    },
    async fastForward(root, branch, target, expectedOld) {
      const moved = await fastForwardListing({
        repoRoot: root,
        branch,
        targetSha: target,
        expectedOldSha: expectedOld
      })
      return moved.commits?.map((commit) => commit.sha)
    }
  }
}
