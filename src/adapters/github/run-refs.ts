import { runBranchName } from '../../core/run/layout.js'
import { runGit, runGitForExitCode } from '../git/git-runner.js'

/**
 * The run's git refs on the remote: the run branch (moved only by passed or approved items)
 * and the attempt branches that hold the checkpoints a gate reviews. They travel between jobs
 * through `origin`, never through the agents: the token is given to these git commands only.
 */

function authArgs(token: string | undefined): string[] {
  if (token === undefined || token === '') return []
  const basic = Buffer.from(`x-access-token:${token}`).toString('base64')
  return ['-c', `http.extraheader=AUTHORIZATION: basic ${basic}`]
}

function refspecs(runId: string, force: boolean): string[] {
  const plus = force ? '+' : ''
  const run = `refs/heads/${runBranchName(runId)}`
  const items = `refs/heads/orchestrator/item/${runId}/*`
  return [`${plus}${run}:${run}`, `${plus}${items}:${items}`]
}

/** Brings the run's branches from origin (they must exist once a run has started). */
export async function fetchRunRefs(repo: string, runId: string, token?: string): Promise<void> {
  // Forced locally: origin is the record; a fresh checkout has nothing to lose.
  await runGit(repo, [...authArgs(token), 'fetch', '--no-tags', 'origin', ...refspecs(runId, true)])
}

/** Publishes the run's branches; fast-forward only, so a concurrent writer is refused. */
export async function pushRunRefs(repo: string, runId: string, token?: string): Promise<void> {
  await runGit(repo, [
    ...authArgs(token),
    'push',
    '--porcelain',
    'origin',
    ...refspecs(runId, false)
  ])
}

/**
 * Checkpoint commits need an author. A runner's checkout has none; the Actions bot is the
 * honest one (the agents' work is recorded in the reports, the humans' in the gate records).
 */
export async function ensureCommitIdentity(repo: string): Promise<void> {
  const email = await runGitForExitCode(repo, ['config', '--get', 'user.email'])
  if (email.exitCode === 0 && email.stdout.trim() !== '') return
  await runGit(repo, ['config', 'user.name', 'github-actions[bot]'])
  await runGit(repo, [
    'config',
    'user.email',
    '41898282+github-actions[bot]@users.noreply.github.com'
  ])
}
