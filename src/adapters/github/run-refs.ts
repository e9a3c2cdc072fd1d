import { runBranchName } from '../../core/run/layout.js'
import { type GitCallOptions, runGit, runGitForExitCode } from '../git/git-runner.js'

/**
 * The run's git refs on the remote: the run branch (moved only by passed or approved items)
 * and the attempt branches that hold the checkpoints a gate reviews. They travel between jobs
 * through `origin`, never through the agents: the token is given to these git commands only.
 */

/** The job's token and the GitHub server it is for (`GITHUB_SERVER_URL`). */
export interface GitHubGitAuth {
  readonly token: string
  readonly serverUrl: string
}

/**
 * The token as credentials for one git call: an Authorization header in that git process's
 * environment (never its argv, which any process can read in /proc/<pid>/cmdline), and for
 * the server's URLs only, so a remote that points anywhere else never receives it.
 */
export function gitHubAuth(auth: GitHubGitAuth | undefined): GitCallOptions {
  if (auth === undefined || auth.token === '') return {}
  const server = URL.canParse(auth.serverUrl) ? new URL(auth.serverUrl) : undefined
  if (server?.protocol !== 'https:' && server?.protocol !== 'http:')
    throw new Error(`GITHUB_SERVER_URL ${auth.serverUrl} is not an http(s) URL`)
  const basic = Buffer.from(`x-access-token:${auth.token}`).toString('base64')
  return {
    envConfig: [[`http.${server.origin}/.extraheader`, `AUTHORIZATION: basic ${basic}`]]
  }
}

function refspecs(runId: string, force: boolean): string[] {
  const plus = force ? '+' : ''
  const run = `refs/heads/${runBranchName(runId)}`
  const items = `refs/heads/orchestrator/item/${runId}/*`
  return [`${plus}${run}:${run}`, `${plus}${items}:${items}`]
}

/** Brings the run's branches from origin (they must exist once a run has started). */
export async function fetchRunRefs(
  repo: string,
  runId: string,
  auth?: GitHubGitAuth
): Promise<void> {
  // Forced locally: origin is the record; a fresh checkout has nothing to lose.
  await runGit(repo, ['fetch', '--no-tags', 'origin', ...refspecs(runId, true)], gitHubAuth(auth))
}

/** Publishes the run's branches; fast-forward only, so a concurrent writer is refused. */
export async function pushRunRefs(
  repo: string,
  runId: string,
  auth?: GitHubGitAuth
): Promise<void> {
  await runGit(repo, ['push', '--porcelain', 'origin', ...refspecs(runId, false)], gitHubAuth(auth))
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
