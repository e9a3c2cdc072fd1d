/**
 * Attempt worktrees: one per item attempt, on the attempt's own branch, created from
 * the run branch tip at that moment (or reusing the attempt branch when it already exists).
 */
import { lstatSync } from 'node:fs'
import { resolve } from 'node:path'
import { GitAdapterError } from './errors.js'
import type { GitMetadataSnapshot } from './git-metadata.js'
import { snapshotGitMetadata } from './git-metadata.js'
import { runGit } from './git-runner.js'
import { assertBranchName, branchSha, branchTips, headSha } from './repository.js'

export interface AttemptWorktreeRequest {
  readonly repoRoot: string
  /** Where the worktree goes; it must not exist yet. */
  readonly path: string
  /** The attempt branch, e.g. `orchestrator/item/<RUN>/<ITEM>/attempt-<N>`. */
  readonly branch: string
  /** Branch to start a new attempt branch from (the run branch). */
  readonly baseBranch: string
}

export interface AttemptWorktree {
  readonly path: string
  readonly branch: string
  readonly headSha: string
  readonly reusedBranch: boolean
  /** Baseline for the checkpoint's metadata guard; keep it with the attempt's state. */
  readonly gitMetadata: GitMetadataSnapshot
}

function pathExists(path: string): boolean {
  try {
    return lstatSync(path, { throwIfNoEntry: false }) !== undefined
  } catch {
    return false
  }
}

export async function addAttemptWorktree(
  request: AttemptWorktreeRequest
): Promise<AttemptWorktree> {
  const { repoRoot, branch, baseBranch } = request
  const path = resolve(repoRoot, request.path)
  if (pathExists(path))
    throw new GitAdapterError('worktree_path_exists', `worktree path already exists: ${path}`)
  // Both branches in one process; the name is checked by git only when something fails
  // (git refuses to create a branch with a name it would not accept either).
  const tips = await branchTips(repoRoot, [branch, baseBranch])
  if (tips.get(branch) !== null) {
    await assertBranchName(repoRoot, branch)
    if ((await branchSha(repoRoot, branch)) !== undefined) {
      await runGit(repoRoot, ['worktree', 'add', '--quiet', '--', path, branch])
      return {
        path,
        branch,
        headSha: await headSha(path),
        reusedBranch: true,
        gitMetadata: snapshotGitMetadata(path)
      }
    }
  }
  const base = tips.get(baseBranch) ?? (await branchSha(repoRoot, baseBranch))
  if (base === undefined || base === null) {
    await assertBranchName(repoRoot, branch)
    throw new GitAdapterError('unknown_ref', `branch ${baseBranch} does not exist`)
  }
  if (branch.startsWith('-')) await assertBranchName(repoRoot, branch)
  // Started from the commit just read rather than from the branch name, so the worktree's
  // HEAD is known without asking. --no-track: a user's branch.autoSetupMerge must not write
  // tracking config for us.
  try {
    await runGit(repoRoot, [
      'worktree',
      'add',
      '--quiet',
      '--no-track',
      '-b',
      branch,
      '--',
      path,
      base
    ])
  } catch (error) {
    await assertBranchName(repoRoot, branch)
    throw error
  }
  return {
    path,
    branch,
    headSha: base,
    reusedBranch: false,
    gitMetadata: snapshotGitMetadata(path)
  }
}
