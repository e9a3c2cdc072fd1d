import * as core from '@actions/core'
import type { GitHubApi, PullRequestFacts } from '../../adapters/github/github-api.js'
import { readProvenanceLines, readRunFacts } from '../../adapters/review-facts.js'
import { prTitle, renderPrBody } from '../../core/gha/pr-body.js'
import type { RunLayout } from '../../core/run/layout.js'
import type { RunState } from '../../core/schemas/run-state.js'
import type { RunnerContext } from './runner-context.js'
import { createGitHubApi } from './github.js'
import type { PullRequestMode } from '../../actions/inputs.js'

/**
 * The pull request hand-off: after the run's first passed item, one pull request from the run
 * branch to the branch the run started from, its body rewritten at every hop (the run's table,
 * gate decisions, verification, audits, cost). When every item passed, `ready` marks it ready
 * for review; `draft` leaves it a draft. Idempotent: the pull request is found by its head
 * branch, so a re-run updates the one that exists and never opens a second.
 */

export async function syncPullRequest(input: {
  readonly api: GitHubApi
  readonly run: RunLayout
  readonly state: RunState
  readonly mode: PullRequestMode
  /** The branch the run started from, which the pull request merges into. */
  readonly baseBranch: string
  readonly hop: number
  readonly runUrl: string
  readonly artifactName: string
}): Promise<PullRequestFacts | undefined> {
  const { api, state } = input
  if (input.mode === 'none') return undefined
  const head = state.run_branch_name
  const existing = await findOpen(api, head, input.baseBranch)
  const passed = state.items.some((item) => item.terminal_state === 'passed')
  if (existing === undefined && !passed) return undefined
  const facts = await readRunFacts(input.run, state)
  const body = renderPrBody({
    facts,
    baseBranch: input.baseBranch,
    links: { runUrl: input.runUrl, artifactName: input.artifactName },
    provenance: await readProvenanceLines(input.run, state),
    hop: input.hop
  })
  let pull: PullRequestFacts
  if (existing !== undefined) pull = await api.updatePullRequestBody(existing.number, body)
  else {
    try {
      pull = await api.createPullRequest({
        head,
        base: input.baseBranch,
        title: prTitle(facts),
        body,
        draft: true
      })
      core.info(`opened pull request #${pull.number} from ${head} into ${input.baseBranch}`)
    } catch (error) {
      // Another job opened it meanwhile (GitHub refuses a second one with 422): update that.
      const raced = await findOpen(api, head, input.baseBranch)
      if ((error as { status?: number }).status !== 422 || raced === undefined) throw error
      pull = await api.updatePullRequestBody(raced.number, body)
    }
  }
  const complete = state.items.every((item) => item.terminal_state === 'passed')
  if (complete && input.mode === 'ready' && pull.draft) {
    await api.markReadyForReview(pull.nodeId)
    core.info(`pull request #${pull.number} is ready for review`)
    pull = { ...pull, draft: false }
  }
  return pull
}

async function findOpen(
  api: GitHubApi,
  head: string,
  base: string
): Promise<PullRequestFacts | undefined> {
  return (await api.pullRequestsFrom(head)).find((pull) => pull.base === base)
}

/**
 * The API the pull request calls go through: the job's API, or one with `pull-request-token`
 * (a GitHub App token, whose pull requests trigger workflows; the workflow token's do not).
 */
export async function pullRequestApi(
  token: string,
  jobApi: GitHubApi,
  ctx: RunnerContext
): Promise<GitHubApi> {
  if (token === '') return jobApi
  core.setSecret(token)
  return await createGitHubApi({ token, baseUrl: ctx.apiUrl, repository: ctx.repository })
}

/**
 * The hand-off never fails a hop whose state is already published: a missing
 * `pull-requests: write` permission, say, is a warning that says what to grant.
 */
export async function handOff(
  input: Parameters<typeof syncPullRequest>[0]
): Promise<PullRequestFacts | undefined> {
  try {
    const pull = await syncPullRequest(input)
    if (pull !== undefined) core.setOutput('pull-request-url', pull.url)
    return pull
  } catch (error) {
    core.warning(
      `pull request not updated: ${error instanceof Error ? error.message : String(error)} (the job needs permissions pull-requests: write; see docs/github-action.md)`
    )
    return undefined
  }
}
