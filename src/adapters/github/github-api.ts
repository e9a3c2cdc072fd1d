import { Octokit } from '@octokit/rest'
import { z } from 'zod'
import type { WorkflowRunFacts } from '../../core/gha/chain.js'
import type { EnvironmentRules, ReviewEntry } from '../../core/gha/gate-verification.js'

/**
 * The few GitHub REST calls the actions make, behind one small interface. Responses are read
 * through zod, so a changed or partial answer fails loudly instead of being half-believed.
 */

/** Requests run as this API version whatever the client's default: the version GitHub's REST description (which the tests validate against) speaks. */
const API_VERSION = '2022-11-28'

export interface Repository {
  readonly owner: string
  readonly repo: string
}

export interface DispatchResult {
  readonly workflowRunId: number | null
  readonly htmlUrl: string | null
}

export interface GitHubApi {
  reviews(runId: number): Promise<ReviewEntry[]>
  /** undefined when the environment does not exist. */
  environmentRules(name: string): Promise<EnvironmentRules | undefined>
  /** GitHub's record of a workflow run (its latest attempt). */
  workflowRun(runId: number): Promise<WorkflowRunFacts>
  dispatch(input: {
    readonly workflow: string
    readonly ref: string
    readonly inputs: Readonly<Record<string, string>>
  }): Promise<DispatchResult>
  /** The open pull requests whose head is this repository's `branch` (oldest first). */
  pullRequestsFrom(branch: string): Promise<PullRequestFacts[]>
  createPullRequest(input: {
    readonly head: string
    readonly base: string
    readonly title: string
    readonly body: string
    readonly draft: boolean
  }): Promise<PullRequestFacts>
  updatePullRequestBody(number: number, body: string): Promise<PullRequestFacts>
  /** REST cannot take a pull request out of draft; GitHub's GraphQL mutation does. */
  markReadyForReview(nodeId: string): Promise<void>
}

export interface PullRequestFacts {
  readonly number: number
  readonly nodeId: string
  readonly url: string
  readonly draft: boolean
  readonly base: string
}

const PullRequestSchema = z.object({
  number: z.number(),
  node_id: z.string(),
  html_url: z.string(),
  draft: z.boolean().optional(),
  base: z.object({ ref: z.string() })
})

function pullFacts(data: unknown): PullRequestFacts {
  const pull = PullRequestSchema.parse(data)
  return {
    number: pull.number,
    nodeId: pull.node_id,
    url: pull.html_url,
    draft: pull.draft === true,
    base: pull.base.ref
  }
}

const ReadyResponseSchema = z.object({
  markPullRequestReadyForReview: z.object({
    pullRequest: z.object({ isDraft: z.boolean() })
  })
})

const UserSchema = z.object({ login: z.string(), id: z.number() })

const ReviewsSchema = z.array(
  z.object({
    state: z.string(),
    user: UserSchema,
    comment: z.string(),
    environments: z.array(z.object({ name: z.string() }))
  })
)

const EnvironmentSchema = z.object({
  protection_rules: z
    .array(
      z.object({
        type: z.string(),
        prevent_self_review: z.boolean().optional(),
        reviewers: z.array(z.unknown()).optional()
      })
    )
    .optional()
})

const ReviewerSchema = z.object({
  type: z.string(),
  reviewer: z.object({
    login: z.string().optional(),
    slug: z.string().optional(),
    organization: z.object({ login: z.string() }).optional()
  })
})

const RepositorySchema = z.object({ full_name: z.string() })

const WorkflowRunSchema = z.object({
  id: z.number(),
  path: z.string(),
  head_branch: z.string().nullable(),
  run_attempt: z.number().int().min(1).optional(),
  actor: UserSchema.nullable().optional(),
  triggering_actor: UserSchema.nullable().optional(),
  repository: RepositorySchema,
  head_repository: RepositorySchema.nullable().optional()
})

const DispatchResponseSchema = z.object({
  workflow_run_id: z.number(),
  html_url: z.string()
})

export function createGitHubApi(input: {
  readonly token: string
  readonly baseUrl: string
  readonly repository: Repository
}): GitHubApi {
  const octokit = new Octokit({
    auth: input.token,
    baseUrl: input.baseUrl,
    headers: { 'x-github-api-version': API_VERSION }
  })
  const { owner, repo } = input.repository
  return {
    async reviews(runId) {
      const response = await octokit.request(
        'GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals',
        { owner, repo, run_id: runId }
      )
      return ReviewsSchema.parse(response.data)
    },
    async environmentRules(name) {
      let data: unknown
      try {
        data = (
          await octokit.request('GET /repos/{owner}/{repo}/environments/{environment_name}', {
            owner,
            repo,
            environment_name: name
          })
        ).data
      } catch (error) {
        if ((error as { status?: number }).status === 404) return undefined
        throw error
      }
      const rules = EnvironmentSchema.parse(data).protection_rules ?? []
      const reviewers = rules.find((rule) => rule.type === 'required_reviewers')
      return {
        requiredReviewers: reviewers?.reviewers?.length ?? 0,
        preventSelfReview: reviewers?.prevent_self_review === true,
        reviewerNames: (reviewers?.reviewers ?? []).flatMap((entry) => {
          const named = ReviewerSchema.safeParse(entry)
          if (!named.success) return []
          const { type, reviewer } = named.data
          if (type === 'User' && reviewer.login !== undefined) return [`@${reviewer.login}`]
          if (type === 'Team' && reviewer.slug !== undefined)
            return [`team ${reviewer.organization?.login ?? owner}/${reviewer.slug}`]
          return []
        })
      }
    },
    async workflowRun(runId) {
      const response = await octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', {
        owner,
        repo,
        run_id: runId
      })
      const run = WorkflowRunSchema.parse(response.data)
      return {
        id: run.id,
        repository: run.repository.full_name,
        headRepository: run.head_repository?.full_name ?? null,
        path: run.path,
        headBranch: run.head_branch,
        runAttempt: run.run_attempt ?? 1,
        actor: run.actor ?? null,
        triggeringActor: run.triggering_actor ?? null
      }
    },
    async dispatch({ workflow, ref, inputs }) {
      const response = await octokit.request(
        'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
        { owner, repo, workflow_id: workflow, ref, inputs, return_run_details: true }
      )
      // 204 from servers that predate run details; 200 with the new run's id otherwise.
      if ((response.status as number) === 204) return { workflowRunId: null, htmlUrl: null }
      const details = DispatchResponseSchema.parse(response.data)
      return { workflowRunId: details.workflow_run_id, htmlUrl: details.html_url }
    },
    async pullRequestsFrom(branch) {
      const response = await octokit.request('GET /repos/{owner}/{repo}/pulls', {
        owner,
        repo,
        head: `${owner}:${branch}`,
        state: 'open',
        sort: 'created',
        direction: 'asc',
        per_page: 100
      })
      return z.array(z.unknown()).parse(response.data).map(pullFacts)
    },
    async createPullRequest({ head, base, title, body, draft }) {
      const response = await octokit.request('POST /repos/{owner}/{repo}/pulls', {
        owner,
        repo,
        head,
        base,
        title,
        body,
        draft
      })
      return pullFacts(response.data)
    },
    async updatePullRequestBody(number, body) {
      const response = await octokit.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
        owner,
        repo,
        pull_number: number,
        body
      })
      return pullFacts(response.data)
    },
    async markReadyForReview(nodeId) {
      const data = await octokit.graphql(
        `mutation($pullRequestId: ID!) {
          markPullRequestReadyForReview(input: { pullRequestId: $pullRequestId }) {
            pullRequest { isDraft }
          }
        }`,
        { pullRequestId: nodeId }
      )
      if (ReadyResponseSchema.parse(data).markPullRequestReadyForReview.pullRequest.isDraft)
        throw new Error('GitHub left the pull request a draft')
    }
  }
}
