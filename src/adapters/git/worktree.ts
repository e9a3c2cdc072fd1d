/**
 * Attempt worktrees (§8.2): one per item attempt, on the attempt's own branch, created from
 * the run branch tip at that moment (or reusing the attempt branch when it already exists).
 */
import { lstatSync } from 'node:fs'
import { resolve } from 'node:path'
import { GitAdapterError } from './errors.js'
import type { GitMetadataSnapshot } from './git-metadata.js'
import { snapshotGitMetadata } from './git-metadata.js'
import { runGit } from './git-runner.js'
import { assertBranchName, branchSha, headSha } from './repository.js'

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
    lstatSync(path)
    return true
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
  await assertBranchName(repoRoot, branch)
  const reusedBranch = (await branchSha(repoRoot, branch)) !== undefined
  if (reusedBranch) {
    await runGit(repoRoot, ['worktree', 'add', '--quiet', '--', path, branch])
  } else {
    if ((await branchSha(repoRoot, baseBranch)) === undefined)
      throw new GitAdapterError('unknown_ref', `branch ${baseBranch} does not exist`)
    // --no-track: a user's branch.autoSetupMerge must not write tracking config for us.
    await runGit(repoRoot, [
      'worktree',
      'add',
      '--quiet',
      '--no-track',
      '-b',
      branch,
      '--',
      path,
      baseBranch
    ])
  }
  return {
    path,
    branch,
    headSha: await headSha(path),
    reusedBranch,
    gitMetadata: snapshotGitMetadata(path)
  }
}
