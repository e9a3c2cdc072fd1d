import type { BranchRelation } from '../../core/gha/chain.js'
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

export interface FetchedRunRefs {
  /** origin's run branch head; undefined when origin has no run branch. */
  readonly runBranch: string | undefined
  /** origin's attempt branches of the run (`orchestrator/item/<RUN>/…`). */
  readonly attemptBranches: readonly string[]
}

/** Brings the run's branches from origin and says what origin holds. */
export async function fetchRunRefs(
  repo: string,
  runId: string,
  auth?: GitHubGitAuth
): Promise<FetchedRunRefs> {
  // Forced locally: origin is the record; a fresh checkout has nothing to lose.
  const fetched = await runGitForExitCode(
    repo,
    ['fetch', '--no-tags', 'origin', ...refspecs(runId, true)],
    [128],
    gitHubAuth(auth)
  )
  if (fetched.exitCode !== 0) {
    // Without the run branch, fetch the attempt branches alone (a missing run branch is
    // reported by the caller with both SHAs; any other failure surfaces here).
    const [, items = ''] = refspecs(runId, true)
    await runGit(repo, ['fetch', '--no-tags', 'origin', items], gitHubAuth(auth))
  }
  const head = await runGitForExitCode(repo, [
    'rev-parse',
    '--verify',
    '--quiet',
    `refs/heads/${runBranchName(runId)}^{commit}`
  ])
  const listed = await runGit(repo, [
    'for-each-ref',
    '--format=%(refname)',
    `refs/heads/orchestrator/item/${runId}/`
  ])
  return {
    runBranch: fetched.exitCode === 0 && head.exitCode === 0 ? head.stdout.trim() : undefined,
    attemptBranches: listed
      .split('\n')
      .filter((line) => line !== '')
      .map((ref) => ref.replace(/^refs\/heads\//, ''))
  }
}

/** How `actual` relates to `expected` in the local repository's history. */
export async function branchRelation(
  repo: string,
  expected: string,
  actual: string | undefined
): Promise<BranchRelation> {
  if (actual === undefined) return 'missing'
  const isAncestor = async (a: string, b: string): Promise<boolean | undefined> => {
    const result = await runGitForExitCode(repo, ['merge-base', '--is-ancestor', a, b], [1, 128])
    return result.exitCode === 128 ? undefined : result.exitCode === 0
  }
  const ahead = await isAncestor(expected, actual)
  if (ahead === undefined) return 'unknown'
  if (ahead) return 'ahead'
  return (await isAncestor(actual, expected)) ? 'behind' : 'diverged'
}

/** Whether `commit` is in the history of `head` (both present locally). */
export async function contains(repo: string, head: string, commit: string): Promise<boolean> {
  const result = await runGitForExitCode(
    repo,
    ['merge-base', '--is-ancestor', commit, head],
    [1, 128]
  )
  return result.exitCode === 0
}

/**
 * Publishes the run's branches, all or nothing (`--atomic`). The run branch is leased: origin
 * must still hold `expectedRunBranch` (`null`: no run branch yet), so of two hops that started
 * from the same state only the first publishes; attempt branches move by fast-forward only.
 * Two hops of one run can make byte-identical commits (same tree, parent, author and second),
 * and git reports a push of what origin already holds as up to date, lease or not: a ref this
 * hop moved or created that origin already held at the new value means another hop published
 * first, and this one lost.
 */
export async function pushRunRefs(
  repo: string,
  runId: string,
  auth: GitHubGitAuth | undefined,
  expectedRunBranch: string | null,
  /** The attempt branches origin held when this hop started (`fetchRunRefs`). */
  knownAttemptBranches: readonly string[] = []
): Promise<void> {
  const branch = runBranchName(runId)
  const refusal = (detail: string): Error =>
    new Error(
      `publishing run ${runId} refused, nothing of this hop was published: origin's ${branch} is no longer at ${expectedRunBranch ?? '(no branch)'}, or one of its attempt branches moved, since this hop started (another hop of the same run published first, or someone pushed to them) (${detail})`
    )
  const local = await runGitForExitCode(repo, [
    'rev-parse',
    '--verify',
    '--quiet',
    `refs/heads/${branch}^{commit}`
  ])
  const movesRunBranch = local.exitCode === 0 && local.stdout.trim() !== expectedRunBranch
  let output: string
  try {
    output = await runGit(
      repo,
      [
        'push',
        '--porcelain',
        '--atomic',
        `--force-with-lease=refs/heads/${branch}:${expectedRunBranch ?? ''}`,
        'origin',
        ...refspecs(runId, false)
      ],
      gitHubAuth(auth)
    )
  } catch (error) {
    throw refusal(error instanceof Error ? error.message : String(error))
  }
  const known = new Set(knownAttemptBranches.map((name) => `refs/heads/${name}`))
  const raced = upToDateRefs(output).filter((ref) =>
    ref === `refs/heads/${branch}` ? movesRunBranch : !known.has(ref)
  )
  if (raced.length > 0) throw refusal(`already on origin at this hop's value: ${raced.join(', ')}`)
}

/** The destination refs `git push --porcelain` reports as up to date (flag `=`). */
function upToDateRefs(porcelain: string): string[] {
  return porcelain
    .split('\n')
    .filter((line) => line.startsWith('=\t'))
    .map((line) => line.split('\t')[1]?.split(':')[1] ?? '')
    .filter((ref) => ref !== '')
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
