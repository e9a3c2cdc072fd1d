/**
 * The commits of a branch since a base, for provenance: written for a passed item (the
 * commits of its change) and walked by `verify` (every commit of the run branch).
 */
import { runGit, runGitForExitCode } from './git-runner.js'

export interface CommitLink {
  readonly sha: string
  readonly parents: readonly string[]
}

/** Every commit reachable from `tip` but not from `base`, oldest first, with its parents. */
export async function commitsSince(cwd: string, base: string, tip: string): Promise<CommitLink[]> {
  const output = await runGit(cwd, [
    'rev-list',
    '--reverse',
    '--topo-order',
    '--parents',
    '--end-of-options',
    tip,
    `^${base}`
  ])
  return output
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [sha = '', ...parents] = line.trim().split(' ')
      return { sha, parents }
    })
}

/** Whether `ancestor` is `descendant` or one of its ancestors. */
export async function isAncestor(
  cwd: string,
  ancestor: string,
  descendant: string
): Promise<boolean> {
  const { exitCode } = await runGitForExitCode(cwd, [
    'merge-base',
    '--is-ancestor',
    ancestor,
    descendant
  ])
  return exitCode === 0
}
