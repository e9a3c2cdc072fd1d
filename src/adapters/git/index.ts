/**
 * The git adapter: every git operation the orchestrator performs, through the hardened
 * runner (git-runner.ts), with NUL-separated output for every path list. `GitAdapter` binds
 * the functions to one repository for the kernel; the functions stay exported for tests and
 * tools.
 */
import type { PathChange, ScopeReport } from '../../core/scope.js'
import type { AgentCommitReport } from './changes.js'
import {
  checkCommittedScope,
  detectAgentCommits,
  listChanges,
  listCommittedChanges,
  readPatch
} from './changes.js'
import type { CheckpointRequest, CheckpointResult } from './checkpoint.js'
import { checkpoint, postCheckpointViolations } from './checkpoint.js'
import type { GitMetadataSnapshot } from './git-metadata.js'
import { snapshotGitMetadata } from './git-metadata.js'
import type { CleanCheckoutReport, GitIdentity } from './repository.js'
import {
  branchSha,
  createRefreshBranch,
  createRunBranch,
  fastForward,
  headSha,
  identity,
  isAncestor,
  isCleanTracked,
  isPathIgnored,
  repoRoot
} from './repository.js'
import type { AttemptWorktree } from './worktree.js'
import { addAttemptWorktree } from './worktree.js'

export class GitAdapter {
  constructor(readonly root: string) {}

  /** Binds to the repository whose working tree contains `cwd`. */
  static async open(cwd: string): Promise<GitAdapter> {
    return new GitAdapter(await repoRoot(cwd))
  }

  headSha(cwd: string = this.root): Promise<string> {
    return headSha(cwd)
  }

  isCleanTracked(): Promise<CleanCheckoutReport> {
    return isCleanTracked(this.root)
  }

  identity(): Promise<GitIdentity> {
    return identity(this.root)
  }

  isPathIgnored(path: string): Promise<boolean> {
    return isPathIgnored(this.root, path)
  }

  branchSha(name: string): Promise<string | undefined> {
    return branchSha(this.root, name)
  }

  isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    return isAncestor(this.root, ancestor, descendant)
  }

  createRunBranch(name: string, sha: string): Promise<{ created: boolean; sha: string }> {
    return createRunBranch(this.root, name, sha)
  }

  addAttemptWorktree(request: {
    path: string
    branch: string
    baseBranch: string
  }): Promise<AttemptWorktree> {
    return addAttemptWorktree({ repoRoot: this.root, ...request })
  }

  snapshotGitMetadata(worktree: string): GitMetadataSnapshot {
    return snapshotGitMetadata(worktree)
  }

  listChanges(worktree: string, sinceRef: string): Promise<PathChange[]> {
    return listChanges(worktree, sinceRef)
  }

  listCommittedChanges(worktree: string, fromRef: string, toRef?: string): Promise<PathChange[]> {
    return listCommittedChanges(worktree, fromRef, toRef)
  }

  detectAgentCommits(
    worktree: string,
    expectedHead: string
  ): Promise<AgentCommitReport | undefined> {
    return detectAgentCommits(worktree, expectedHead)
  }

  readPatch(worktree: string, fromRef: string, toRef: string): Promise<string> {
    return readPatch(worktree, fromRef, toRef)
  }

  checkpoint(request: CheckpointRequest): Promise<CheckpointResult> {
    return checkpoint(request)
  }

  postCheckpointViolations(
    worktree: string,
    checkpointSha: string,
    gitMetadata?: GitMetadataSnapshot
  ): Promise<string[]> {
    return postCheckpointViolations(worktree, checkpointSha, gitMetadata)
  }

  checkCommittedScope(
    worktree: string,
    previousRef: string,
    currentRef: string,
    allowedRoots: readonly string[]
  ): Promise<ScopeReport> {
    return checkCommittedScope(worktree, previousRef, currentRef, allowedRoots)
  }

  fastForward(request: {
    branch: string
    targetSha: string
    expectedOldSha: string
  }): Promise<string> {
    return fastForward({ repoRoot: this.root, ...request })
  }

  createRefreshBranch(request: {
    runId: string
    runBranch: string
    targetRef: string
  }): Promise<{ branch: string; sha: string }> {
    return createRefreshBranch({ repoRoot: this.root, ...request })
  }
}

export * from './changes.js'
export * from './checkpoint.js'
export * from './errors.js'
export * from './git-metadata.js'
export * from './repository.js'
export * from './worktree.js'
export { hardenedGitEnv } from './git-runner.js'
