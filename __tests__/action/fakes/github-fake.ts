import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  type FakePullRequest,
  PullRequestConflict,
  PullStore,
  fullRepository,
  pullJson
} from './github-pulls.js'
import { validateRequest, validateResponse } from './openapi-validator.js'

/**
 * One loopback server standing in for both halves of GitHub an action talks to: the REST API
 * (`GITHUB_API_URL`) and the Actions results service with its blob storage (`ACTIONS_RESULTS_URL`),
 * as GitHub's REST description and the Actions runtime behave. The real clients (`@actions/artifact`, Octokit) run
 * against it unmodified. Every REST request and every canned REST answer is checked against
 * GitHub's OpenAPI description; twirp requests against the protobuf field names the service
 * defines. Anything off lands in `violations` instead of passing quietly.
 */

export interface FakeUser {
  login: string
  id: number
}

export interface FakeWorkflowRun {
  id: number
  backendId: string
  path: string
  head_branch: string
  head_sha: string
  actor: FakeUser
  triggering_actor?: FakeUser
  event: string
  run_attempt?: number
  /** Defaults to `in_progress`, or `waiting` while `pendingEnvironment` awaits a review. */
  status?: string
  conclusion?: string | null
  /** The environment a job of this run waits on; pending until an approval for it is added. */
  pendingEnvironment?: string
}

export interface FakeEnvironment {
  requiredReviewers: FakeUser[]
  preventSelfReview: boolean
}

export interface FakeApproval {
  state: 'approved' | 'rejected'
  user: FakeUser
  comment: string
  environment: string
}

export interface FakeDispatch {
  workflow: string
  ref: string
  inputs: Record<string, unknown>
  returnRunDetails: boolean
  newRunId: number | null
}

export interface FakeArtifact {
  id: number
  runId: number
  name: string
  size: number
  digest: string
}

export interface FakeRequest {
  method: string
  /** Path and query as received. */
  path: string
  status: number
  /** The `X-GitHub-Api-Version` the client asked for, when it sent one. */
  apiVersion?: string
}

export interface GitHubFake {
  /** Use as both GITHUB_API_URL and ACTIONS_RESULTS_URL. */
  readonly url: string
  readonly owner: string
  readonly repo: string
  addWorkflowRun(run: FakeWorkflowRun): void
  /** A run added by a test or created by a dispatch. */
  workflowRun(id: number): FakeWorkflowRun | undefined
  setEnvironment(name: string, env: FakeEnvironment | undefined): void
  addApproval(runId: number, approval: FakeApproval): void
  /** A re-run: the workflow run's `run_attempt` goes up by one; returns the new attempt. */
  rerun(runId: number): number
  /**
   * Stores a finalized artifact with these zip bytes in a workflow run, as a job of that run
   * could upload it (an attacker's job, in the trust tests).
   */
  putArtifact(runId: number, name: string, zip: Buffer): void
  /** 200 answers `return_run_details: true` with the new run's ids; 204 never does. */
  dispatchResponse: 200 | 204
  readonly dispatches: FakeDispatch[]
  /** Finalized artifacts, in upload order. */
  readonly artifacts: readonly FakeArtifact[]
  readonly requests: FakeRequest[]
  /** Pull requests, in creation order (see github-pulls.ts). */
  readonly pullRequests: readonly FakePullRequest[]
  /** Contract problems seen in a request or in one of the fake's own answers. */
  readonly violations: string[]
  close(): Promise<void>
}

/** The only API version the vendored description speaks for. */
export const PINNED_API_VERSION = '2022-11-28'

export const GITHUB_ACTIONS_BOT: FakeUser = { login: 'github-actions[bot]', id: 41898282 }

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/'
const HTML_BASE = 'https://github.com'
const REPOSITORY_ID = 1296269
const ORGANIZATION_ID = 9919

const base64url = (value: unknown): string =>
  Buffer.from(JSON.stringify(value)).toString('base64url')

/**
 * An `ACTIONS_RUNTIME_TOKEN` as the runner hands it to a job: a JWT whose `scp` claim names the
 * run and job backend ids. `@actions/artifact` decodes it without checking a signature, so none.
 */
export function runtimeToken(runBackendId: string, jobBackendId: string): string {
  const now = Math.floor(Date.now() / 1000)
  const payload = {
    scp: `Actions.GenericRead:${runBackendId} Actions.Results:${runBackendId}:${jobBackendId}`,
    iss: 'vstoken.actions.githubusercontent.com',
    aud: 'vso:fake',
    nbf: now,
    iat: now,
    exp: now + 6 * 3600
  }
  return `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(payload)}.`
}

/** The run/job backend ids a runtime token grants, or why the token is not one. */
function scopeOfToken(authorization: string | undefined): { run: string; job: string } | string {
  const match = /^Bearer (\S+)$/.exec(authorization ?? '')
  if (match?.[1] === undefined) return 'no Bearer token'
  const parts = match[1].split('.')
  if (parts.length !== 3) return 'token is not a JWT'
  let payload: unknown
  try {
    JSON.parse(Buffer.from(parts[0] ?? '', 'base64url').toString('utf8'))
    payload = JSON.parse(Buffer.from(parts[1] ?? '', 'base64url').toString('utf8'))
  } catch {
    return 'token is not a JWT'
  }
  const scp = (payload as { scp?: unknown }).scp
  if (typeof scp !== 'string') return 'token has no scp claim'
  for (const scope of scp.split(' ')) {
    const [name, run, job, ...rest] = scope.split(':')
    if (name === 'Actions.Results' && run && job && rest.length === 0) return { run, job }
  }
  return 'token grants no Actions.Results scope'
}

/** GitHub's timestamps have no fractional seconds. */
const timestamp = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z')

const nodeId = (kind: string, id: number | string): string =>
  Buffer.from(`0${kind}${id}`).toString('base64')

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex')

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
  }
}

interface StoredArtifact extends FakeArtifact {
  runBackendId: string
  jobBackendId: string
  createdAt: Date
  expiresAt: Date
  uploadKey: string
  downloadSig: string
  blocks: Map<string, Buffer>
  bytes: Buffer | undefined
  finalized: boolean
}

interface StoredEnvironment {
  id: number
  name: string
  env: FakeEnvironment
  createdAt: Date
}

type JsonBody = Record<string, unknown>

interface RestContext {
  readonly params: Record<string, string>
  readonly query: URLSearchParams
  readonly body: unknown
}

interface RestReply {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

interface RestRoute {
  readonly method: string
  /** As GitHub's description spells it, for the contract checks. */
  readonly template: string
  readonly pattern: RegExp
  readonly names: readonly string[]
  readonly handle: (context: RestContext) => RestReply
}

function route(method: string, template: string, handle: RestRoute['handle']): RestRoute {
  const names: string[] = []
  const source = template.replace(/\{([^}]+)\}/g, (_match, name: string) => {
    names.push(name)
    return '([^/]+)'
  })
  return { method, template, pattern: new RegExp(`^${source}$`), names, handle }
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => resolve(Buffer.concat(chunks)))
    request.on('error', reject)
  })
}

export async function startGitHubFake(
  options: { owner?: string; repo?: string } = {}
): Promise<GitHubFake> {
  const owner = options.owner ?? 'octo-org'
  const repo = options.repo ?? 'playbooks'
  const runs = new Map<number, FakeWorkflowRun & { createdAt: Date }>()
  const runsByBackendId = new Map<string, number>()
  const workflowIds = new Map<string, number>()
  const environments = new Map<string, StoredEnvironment>()
  const approvals = new Map<number, FakeApproval[]>()
  const artifactStore: StoredArtifact[] = []
  const dispatches: FakeDispatch[] = []
  const requests: FakeRequest[] = []
  const violations: string[] = []
  let nextEnvironmentId = 161088068
  let nextArtifactId = 1001
  let apiBase = ''
  const pullStore = new PullStore()

  const repoApi = (): string => `${apiBase}/repos/${owner}/${repo}`
  const repoHtml = `${HTML_BASE}/${owner}/${repo}`

  function simpleUser(user: FakeUser, kind: 'User' | 'Bot' | 'Organization' = 'User'): JsonBody {
    const isBot = kind === 'Bot' || user.login.endsWith('[bot]')
    const login = encodeURIComponent(user.login)
    const api = `${apiBase}/users/${login}`
    return {
      login: user.login,
      id: user.id,
      node_id: nodeId(isBot ? 'BOT' : 'USER', user.id),
      avatar_url: `https://avatars.githubusercontent.com/${isBot ? 'in' : 'u'}/${user.id}?v=4`,
      gravatar_id: '',
      url: api,
      html_url: isBot
        ? `${HTML_BASE}/apps/${user.login.replace(/\[bot\]$/, '')}`
        : `${HTML_BASE}/${login}`,
      followers_url: `${api}/followers`,
      following_url: `${api}/following{/other_user}`,
      gists_url: `${api}/gists{/gist_id}`,
      starred_url: `${api}/starred{/owner}{/repo}`,
      subscriptions_url: `${api}/subscriptions`,
      organizations_url: `${api}/orgs`,
      repos_url: `${api}/repos`,
      events_url: `${api}/events{/privacy}`,
      received_events_url: `${api}/received_events`,
      type: isBot ? 'Bot' : kind,
      user_view_type: 'public',
      site_admin: false
    }
  }

  function minimalRepository(): JsonBody {
    const api = repoApi()
    return {
      id: REPOSITORY_ID,
      node_id: nodeId('REPO', REPOSITORY_ID),
      name: repo,
      full_name: `${owner}/${repo}`,
      private: true,
      owner: simpleUser({ login: owner, id: ORGANIZATION_ID }, 'Organization'),
      html_url: repoHtml,
      description: null,
      fork: false,
      url: api,
      archive_url: `${api}/{archive_format}{/ref}`,
      assignees_url: `${api}/assignees{/user}`,
      blobs_url: `${api}/git/blobs{/sha}`,
      branches_url: `${api}/branches{/branch}`,
      collaborators_url: `${api}/collaborators{/collaborator}`,
      comments_url: `${api}/comments{/number}`,
      commits_url: `${api}/commits{/sha}`,
      compare_url: `${api}/compare/{base}...{head}`,
      contents_url: `${api}/contents/{+path}`,
      contributors_url: `${api}/contributors`,
      deployments_url: `${api}/deployments`,
      downloads_url: `${api}/downloads`,
      events_url: `${api}/events`,
      forks_url: `${api}/forks`,
      git_commits_url: `${api}/git/commits{/sha}`,
      git_refs_url: `${api}/git/refs{/sha}`,
      git_tags_url: `${api}/git/tags{/sha}`,
      hooks_url: `${api}/hooks`,
      issue_comment_url: `${api}/issues/comments{/number}`,
      issue_events_url: `${api}/issues/events{/number}`,
      issues_url: `${api}/issues{/number}`,
      keys_url: `${api}/keys{/key_id}`,
      labels_url: `${api}/labels{/name}`,
      languages_url: `${api}/languages`,
      merges_url: `${api}/merges`,
      milestones_url: `${api}/milestones{/number}`,
      notifications_url: `${api}/notifications{?since,all,participating}`,
      pulls_url: `${api}/pulls{/number}`,
      releases_url: `${api}/releases{/id}`,
      stargazers_url: `${api}/stargazers`,
      statuses_url: `${api}/statuses/{sha}`,
      subscribers_url: `${api}/subscribers`,
      subscription_url: `${api}/subscription`,
      tags_url: `${api}/tags`,
      teams_url: `${api}/teams`,
      trees_url: `${api}/git/trees{/sha}`
    }
  }

  function workflowIdOf(path: string): number {
    let id = workflowIds.get(path)
    if (id === undefined) {
      id = 7001 + workflowIds.size
      workflowIds.set(path, id)
    }
    return id
  }

  function runOrThrow(runId: string | number): FakeWorkflowRun & { createdAt: Date } {
    const run = runs.get(Number(runId))
    if (run === undefined) throw new HttpError(404, 'Not Found')
    return run
  }

  function isPending(run: FakeWorkflowRun): boolean {
    const name = run.pendingEnvironment
    if (name === undefined || !environments.has(name)) return false
    return !(approvals.get(run.id) ?? []).some((approval) => approval.environment === name)
  }

  function workflowRunJson(run: FakeWorkflowRun & { createdAt: Date }): JsonBody {
    const api = `${repoApi()}/actions/runs/${run.id}`
    const created = timestamp(run.createdAt)
    const attempt = run.run_attempt ?? 1
    const workflowId = workflowIdOf(run.path)
    const committer = { name: 'Monalisa Octocat', email: 'mona@github.com' }
    return {
      id: run.id,
      name: run.path.replace(/^.*\//, '').replace(/\.ya?ml$/, ''),
      node_id: nodeId('WFR', run.id),
      check_suite_id: run.id + 50_000_000,
      check_suite_node_id: nodeId('CS', run.id + 50_000_000),
      head_branch: run.head_branch,
      head_sha: run.head_sha,
      path: run.path,
      display_title: run.event === 'workflow_dispatch' ? run.path : `run ${run.id}`,
      run_number: run.id % 10_000,
      run_attempt: attempt,
      referenced_workflows: [],
      event: run.event,
      status: run.status ?? (isPending(run) ? 'waiting' : 'in_progress'),
      conclusion: run.conclusion ?? null,
      workflow_id: workflowId,
      url: api,
      html_url: `${repoHtml}/actions/runs/${run.id}`,
      pull_requests: [],
      created_at: created,
      updated_at: created,
      actor: simpleUser(run.actor),
      triggering_actor: simpleUser(run.triggering_actor ?? run.actor),
      run_started_at: created,
      jobs_url: `${api}/jobs`,
      logs_url: `${api}/logs`,
      check_suite_url: `${repoApi()}/check-suites/${run.id + 50_000_000}`,
      artifacts_url: `${api}/artifacts`,
      cancel_url: `${api}/cancel`,
      rerun_url: `${api}/rerun`,
      previous_attempt_url: attempt > 1 ? `${api}/attempts/${attempt - 1}` : null,
      workflow_url: `${repoApi()}/actions/workflows/${workflowId}`,
      head_commit: {
        id: run.head_sha,
        tree_id: createHash('sha1').update(run.head_sha).digest('hex'),
        message: 'playbook change',
        timestamp: created,
        author: committer,
        committer
      },
      repository: minimalRepository(),
      head_repository: minimalRepository(),
      head_repository_id: REPOSITORY_ID
    }
  }

  function environmentSummary(environment: StoredEnvironment): JsonBody {
    const time = timestamp(environment.createdAt)
    return {
      id: environment.id,
      node_id: nodeId('EN', environment.id),
      name: environment.name,
      url: `${repoApi()}/environments/${encodeURIComponent(environment.name)}`,
      html_url: `${repoHtml}/deployments/activity_log?environments_filter=${encodeURIComponent(environment.name)}`,
      created_at: time,
      updated_at: time
    }
  }

  function environmentOrStub(name: string): StoredEnvironment {
    // An approval can outlive its environment's settings; GitHub still names the environment.
    return (
      environments.get(name) ?? {
        id: 0,
        name,
        env: { requiredReviewers: [], preventSelfReview: false },
        createdAt: new Date(0)
      }
    )
  }

  const reviewers = (env: FakeEnvironment): JsonBody[] =>
    env.requiredReviewers.map((user) => ({ type: 'User', reviewer: simpleUser(user) }))

  function restArtifact(artifact: StoredArtifact): JsonBody {
    const run = runs.get(artifact.runId)
    const url = `${repoApi()}/actions/artifacts/${artifact.id}`
    return {
      id: artifact.id,
      node_id: nodeId('AR', artifact.id),
      name: artifact.name,
      size_in_bytes: artifact.size,
      url,
      archive_download_url: `${url}/zip`,
      expired: false,
      created_at: timestamp(artifact.createdAt),
      expires_at: timestamp(artifact.expiresAt),
      updated_at: timestamp(artifact.createdAt),
      digest: artifact.digest,
      workflow_run: {
        id: artifact.runId,
        repository_id: REPOSITORY_ID,
        head_repository_id: REPOSITORY_ID,
        head_branch: run?.head_branch ?? 'main',
        head_sha: run?.head_sha ?? ''
      }
    }
  }

  const blobDownloadUrl = (artifact: StoredArtifact): string =>
    `${apiBase}/blob/download/${artifact.id}.zip?sv=2024-08-04&sig=${artifact.downloadSig}`

  const restRoutes: RestRoute[] = [
    route('GET', '/repos/{owner}/{repo}/actions/runs/{run_id}', ({ params }) => ({
      status: 200,
      body: workflowRunJson(runOrThrow(params['run_id'] ?? ''))
    })),
    route('GET', '/repos/{owner}/{repo}/actions/runs/{run_id}/approvals', ({ params }) => {
      const run = runOrThrow(params['run_id'] ?? '')
      return {
        status: 200,
        body: (approvals.get(run.id) ?? []).map((approval) => ({
          environments: [environmentSummary(environmentOrStub(approval.environment))],
          state: approval.state,
          user: simpleUser(approval.user),
          comment: approval.comment
        }))
      }
    }),
    route(
      'GET',
      '/repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments',
      ({ params }) => {
        const run = runOrThrow(params['run_id'] ?? '')
        const name = run.pendingEnvironment
        const pending = name !== undefined && isPending(run) ? environments.get(name) : undefined
        if (pending === undefined) return { status: 200, body: [] }
        const { id, node_id, name: envName, url, html_url } = environmentSummary(pending)
        return {
          status: 200,
          body: [
            {
              environment: { id, node_id, name: envName, url, html_url },
              wait_timer: 0,
              wait_timer_started_at: null,
              current_user_can_approve: false,
              reviewers: reviewers(pending.env)
            }
          ]
        }
      }
    ),
    route('GET', '/repos/{owner}/{repo}/environments/{environment_name}', ({ params }) => {
      const environment = environments.get(params['environment_name'] ?? '')
      if (environment === undefined) throw new HttpError(404, 'Not Found')
      const rules =
        environment.env.requiredReviewers.length === 0
          ? []
          : [
              {
                id: environment.id + 1,
                node_id: nodeId('GA', environment.id + 1),
                type: 'required_reviewers',
                prevent_self_review: environment.env.preventSelfReview,
                reviewers: reviewers(environment.env)
              }
            ]
      return {
        status: 200,
        body: {
          ...environmentSummary(environment),
          protection_rules: rules,
          deployment_branch_policy: null
        }
      }
    }),
    route(
      'POST',
      '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
      ({ params, body }) => {
        const request = body as { ref?: unknown; inputs?: unknown; return_run_details?: unknown }
        if (typeof request?.ref !== 'string') {
          throw new HttpError(422, `Invalid request.\n\n"ref" wasn't supplied.`)
        }
        const workflow = params['workflow_id'] ?? ''
        const path = /^\d+$/.test(workflow)
          ? [...workflowIds].find(([, id]) => String(id) === workflow)?.[0]
          : [...workflowIds.keys()].find((known) => known.endsWith(`/${workflow}`))
        if (path === undefined) throw new HttpError(404, 'Not Found')
        const returnRunDetails = request.return_run_details === true
        const inputs = (request.inputs ?? {}) as Record<string, unknown>
        if (fake.dispatchResponse === 204 || !returnRunDetails) {
          dispatches.push({ workflow, ref: request.ref, inputs, returnRunDetails, newRunId: null })
          return { status: 204 }
        }
        const id = Math.max(0, ...runs.keys()) + 1
        addRun({
          id,
          backendId: randomUUID(),
          path,
          head_branch: request.ref.replace(/^refs\/(heads|tags)\//, ''),
          head_sha: randomBytes(20).toString('hex'),
          actor: GITHUB_ACTIONS_BOT,
          triggering_actor: GITHUB_ACTIONS_BOT,
          event: 'workflow_dispatch',
          run_attempt: 1,
          status: 'queued'
        })
        dispatches.push({ workflow, ref: request.ref, inputs, returnRunDetails, newRunId: id })
        return {
          status: 200,
          body: {
            workflow_run_id: id,
            run_url: `${repoApi()}/actions/runs/${id}`,
            html_url: `${repoHtml}/actions/runs/${id}`
          }
        }
      }
    ),
    route('GET', '/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', ({ params, query }) => {
      const run = runOrThrow(params['run_id'] ?? '')
      const name = query.get('name')
      const perPage = Math.min(100, Number(query.get('per_page') ?? 30))
      const page = Number(query.get('page') ?? 1)
      const ascending = query.get('direction') === 'asc'
      const matching = artifactStore
        .filter((a) => a.finalized && a.runId === run.id && (name === null || a.name === name))
        .sort((a, b) => (ascending ? a.id - b.id : b.id - a.id))
      const lastPage = Math.max(1, Math.ceil(matching.length / perPage))
      const pageUrl = (n: number): string => {
        const next = new URLSearchParams(query)
        next.set('page', String(n))
        return `<${repoApi()}/actions/runs/${run.id}/artifacts?${next}>`
      }
      const links = [
        ...(page < lastPage ? [`${pageUrl(page + 1)}; rel="next"`] : []),
        ...(page < lastPage ? [`${pageUrl(lastPage)}; rel="last"`] : [])
      ]
      const headers: Record<string, string> = links.length > 0 ? { link: links.join(', ') } : {}
      return {
        status: 200,
        headers,
        body: {
          total_count: matching.length,
          artifacts: matching.slice((page - 1) * perPage, page * perPage).map(restArtifact)
        }
      }
    }),
    route('GET', '/repos/{owner}/{repo}/pulls', ({ query }) => {
      const head = query.get('head') ?? undefined
      const base = query.get('base') ?? undefined
      const state = query.get('state') ?? undefined
      const found = pullStore.list(
        {
          ...(head === undefined ? {} : { head }),
          ...(base === undefined ? {} : { base }),
          ...(state === undefined ? {} : { state })
        },
        owner
      )
      return { status: 200, body: found.map(pullBody) }
    }),
    route('POST', '/repos/{owner}/{repo}/pulls', ({ body }) => {
      const request = body as {
        title?: unknown
        head?: unknown
        base?: unknown
        body?: unknown
        draft?: unknown
      }
      if (typeof request?.head !== 'string' || typeof request.base !== 'string')
        throw new HttpError(422, 'Validation Failed')
      try {
        const pull = pullStore.create({
          title: typeof request.title === 'string' ? request.title : '',
          head: request.head.replace(new RegExp(`^${owner}:`), ''),
          base: request.base,
          body: typeof request.body === 'string' ? request.body : '',
          draft: request.draft === true
        })
        return { status: 201, body: pullBody(pull) }
      } catch (thrown) {
        if (thrown instanceof PullRequestConflict) throw new HttpError(422, thrown.message)
        throw thrown
      }
    }),
    route('PATCH', '/repos/{owner}/{repo}/pulls/{pull_number}', ({ params, body }) => {
      const pull = pullStore.byNumber(Number(params['pull_number']))
      if (pull === undefined) throw new HttpError(404, 'Not Found')
      const request = (body ?? {}) as { title?: unknown; body?: unknown; state?: unknown }
      if (typeof request.title === 'string') pull.title = request.title
      if (typeof request.body === 'string') {
        pull.body = request.body
        pull.bodies.push(request.body)
      }
      if (request.state === 'open' || request.state === 'closed') pull.state = request.state
      pull.updatedAt = new Date()
      return { status: 200, body: pullBody(pull) }
    }),
    route('GET', '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/zip', ({ params }) => {
      const artifact = artifactStore.find(
        (a) => a.finalized && String(a.id) === params['artifact_id']
      )
      if (artifact === undefined) throw new HttpError(404, 'Not Found')
      return { status: 302, headers: { location: blobDownloadUrl(artifact) } }
    })
  ]

  function pullBody(pull: FakePullRequest): JsonBody {
    return pullJson(pull, {
      repoApi: repoApi(),
      repoHtml,
      owner,
      user: simpleUser(GITHUB_ACTIONS_BOT, 'Bot'),
      repository: fullRepository(minimalRepository(), 'github.com')
    })
  }

  /**
   * GitHub's GraphQL endpoint, for the one mutation the hand-off needs: marking a draft ready
   * for review (REST's update has no `draft`). Anything else is a contract violation.
   */
  function handleGraphql(request: IncomingMessage, raw: Buffer, response: ServerResponse): number {
    const where = 'POST /graphql'
    if (request.method !== 'POST') {
      violations.push(`${request.method} /graphql: GraphQL takes POST only`)
      sendJson(response, 404, { message: 'Not Found' })
      return 404
    }
    const body = parseJson(raw, where) as { query?: unknown; variables?: unknown } | undefined
    const query = typeof body?.query === 'string' ? body.query : ''
    const variables = (body?.variables ?? {}) as Record<string, unknown>
    if (!/^\s*mutation\b[\s\S]*\bmarkPullRequestReadyForReview\s*\(/.test(query)) {
      violations.push(`${where}: the fake serves only the markPullRequestReadyForReview mutation`)
      sendJson(response, 200, { errors: [{ message: 'unsupported query' }] })
      return 200
    }
    const id = [variables['pullRequestId'], variables['id'], variables['input']]
      .map((value) =>
        typeof value === 'string'
          ? value
          : typeof value === 'object' && value !== null
            ? (value as { pullRequestId?: unknown }).pullRequestId
            : undefined
      )
      .find((value): value is string => typeof value === 'string')
    const pull = id === undefined ? undefined : pullStore.byNodeId(id)
    if (pull === undefined) {
      sendJson(response, 200, {
        data: { markPullRequestReadyForReview: null },
        errors: [
          {
            type: 'NOT_FOUND',
            message: `Could not resolve to a node with the global id of '${String(id)}'`
          }
        ]
      })
      return 200
    }
    pull.draft = false
    pull.updatedAt = new Date()
    sendJson(response, 200, {
      data: {
        markPullRequestReadyForReview: {
          pullRequest: { id: pull.nodeId, number: pull.number, isDraft: false }
        }
      }
    })
    return 200
  }

  function addRun(run: FakeWorkflowRun): void {
    if (runs.has(run.id)) throw new Error(`workflow run ${run.id} already exists`)
    if (runsByBackendId.has(run.backendId)) throw new Error(`backend id ${run.backendId} is taken`)
    runs.set(run.id, { ...run, createdAt: new Date() })
    runsByBackendId.set(run.backendId, run.id)
    workflowIdOf(run.path)
  }

  function sendJson(
    response: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {}
  ): void {
    const text = body === undefined ? '' : JSON.stringify(body)
    response.writeHead(status, {
      ...(body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
      'content-length': String(Buffer.byteLength(text)),
      ...headers
    })
    response.end(text)
  }

  function parseJson(raw: Buffer, where: string): unknown {
    if (raw.length === 0) return undefined
    try {
      return JSON.parse(raw.toString('utf8'))
    } catch {
      violations.push(`${where}: request body is not JSON`)
      throw new HttpError(400, 'Problems parsing JSON')
    }
  }

  function handleRest(
    request: IncomingMessage,
    url: URL,
    raw: Buffer,
    response: ServerResponse
  ): number {
    const method = request.method ?? 'GET'
    const found = restRoutes
      .map((candidate) => ({ candidate, match: candidate.pattern.exec(url.pathname) }))
      .find(({ candidate, match }) => candidate.method === method && match !== null)
    const where = `${method} ${url.pathname}`
    const reply = (template: string, result: RestReply): number => {
      const problems = validateResponse(method, template, result.status, result.body)
      violations.push(...problems.map((problem) => `${where} → ${result.status}: ${problem}`))
      sendJson(response, result.status, result.body, {
        'x-github-api-version-selected': PINNED_API_VERSION,
        'x-github-request-id': `FAKE:${requests.length + 1}`,
        ...result.headers
      })
      return result.status
    }
    const error = (template: string, status: number, message: string): number =>
      reply(template, {
        status,
        body: {
          message,
          documentation_url: 'https://docs.github.com/rest',
          status: String(status)
        }
      })
    if (found === undefined) {
      violations.push(`${where}: the fake serves no such operation`)
      sendJson(response, 404, {
        message: 'Not Found',
        documentation_url: 'https://docs.github.com/rest'
      })
      return 404
    }
    const { candidate, match } = found
    const template = candidate.template
    const version = request.headers['x-github-api-version']
    if (typeof version === 'string' && version !== PINNED_API_VERSION) {
      violations.push(`${where}: X-GitHub-Api-Version ${version}, the fake speaks only 2022-11-28`)
      return error(template, 400, `Unsupported 'X-GitHub-Api-Version' header: ${version}`)
    }
    try {
      const params = Object.fromEntries(
        candidate.names.map((name, index) => [name, decodeURIComponent(match?.[index + 1] ?? '')])
      )
      const body = parseJson(raw, where)
      const problems = validateRequest(method, template, body, {
        ...Object.fromEntries(url.searchParams),
        ...params
      })
      violations.push(...problems.map((problem) => `${where}: ${problem}`))
      if (params['owner'] !== owner || params['repo'] !== repo)
        throw new HttpError(404, 'Not Found')
      return reply(template, candidate.handle({ params, query: url.searchParams, body }))
    } catch (thrown) {
      if (thrown instanceof HttpError) return error(template, thrown.status, thrown.message)
      throw thrown
    }
  }

  // --- results service (twirp) -------------------------------------------------------------

  interface TwirpField {
    readonly type: 'string' | 'int' | 'int64' | 'timestamp'
    readonly required?: boolean
  }
  const backendIds: Record<string, TwirpField> = {
    workflow_run_backend_id: { type: 'string', required: true },
    workflow_job_run_backend_id: { type: 'string', required: true }
  }
  const named = { ...backendIds, name: { type: 'string', required: true } } as const
  // Field names as protobuf defines them: the client sends `useProtoFieldName: true` JSON with
  // wrapper types (StringValue, Int64Value) flattened to their value.
  const twirpRequests: Record<string, Record<string, TwirpField>> = {
    CreateArtifact: {
      ...named,
      version: { type: 'int', required: true },
      expires_at: { type: 'timestamp' },
      mime_type: { type: 'string' }
    },
    FinalizeArtifact: {
      ...named,
      size: { type: 'int64', required: true },
      hash: { type: 'string' }
    },
    ListArtifacts: { ...backendIds, name_filter: { type: 'string' }, id_filter: { type: 'int64' } },
    GetSignedArtifactURL: named,
    DeleteArtifact: named
  }

  function twirpShapeProblems(method: string, body: unknown): string[] {
    const fields = twirpRequests[method]
    if (fields === undefined) return [`unknown method ${method}`]
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      return ['body is not an object']
    const problems: string[] = []
    const record = body as Record<string, unknown>
    for (const key of Object.keys(record)) {
      if (!(key in fields)) problems.push(`unknown field ${key}`)
    }
    for (const [key, field] of Object.entries(fields)) {
      const value = record[key]
      if (value === undefined) {
        if (field.required) problems.push(`missing field ${key}`)
        continue
      }
      const fits =
        field.type === 'int'
          ? Number.isInteger(value)
          : field.type === 'int64'
            ? typeof value === 'string' && /^\d+$/.test(value)
            : field.type === 'timestamp'
              ? typeof value === 'string' && !Number.isNaN(Date.parse(value))
              : typeof value === 'string'
      if (!fits) problems.push(`field ${key} is not a ${field.type}: ${JSON.stringify(value)}`)
    }
    return problems
  }

  class TwirpError extends Error {
    constructor(
      readonly status: number,
      readonly code: string,
      message: string
    ) {
      super(message)
    }
  }

  function twirp(method: string, body: JsonBody, scope: { run: string; job: string }): JsonBody {
    const runBackendId = String(body['workflow_run_backend_id'])
    const jobBackendId = String(body['workflow_job_run_backend_id'])
    // A token is scoped to its run. Writes and listings name the caller's own job; a download or
    // delete names the job that uploaded the artifact, which may be another job of the run.
    const namesUploader = method === 'GetSignedArtifactURL' || method === 'DeleteArtifact'
    if (runBackendId !== scope.run || (!namesUploader && jobBackendId !== scope.job)) {
      throw new TwirpError(403, 'permission_denied', 'backend ids do not match the runtime token')
    }
    const runId = runsByBackendId.get(runBackendId)
    if (runId === undefined) {
      throw new TwirpError(404, 'not_found', `no workflow run with backend id ${runBackendId}`)
    }
    const name = typeof body['name'] === 'string' ? body['name'] : undefined
    const inRun = (artifact: StoredArtifact): boolean => artifact.runId === runId
    const finalizedNamed = (): StoredArtifact => {
      const artifact = artifactStore.find(
        (a) => inRun(a) && a.finalized && a.name === name && a.jobBackendId === jobBackendId
      )
      if (artifact === undefined) throw new TwirpError(404, 'not_found', `no artifact ${name}`)
      return artifact
    }
    switch (method) {
      case 'CreateArtifact': {
        if (artifactStore.some((a) => inRun(a) && a.name === name)) {
          throw new TwirpError(
            409,
            'already_exists',
            `an artifact with this name already exists on the workflow run`
          )
        }
        const createdAt = new Date()
        const expiresAt =
          typeof body['expires_at'] === 'string'
            ? new Date(body['expires_at'])
            : new Date(createdAt.getTime() + 90 * 86_400_000)
        const artifact: StoredArtifact = {
          id: nextArtifactId++,
          runId,
          name: name ?? '',
          size: 0,
          digest: '',
          runBackendId,
          jobBackendId,
          createdAt,
          expiresAt,
          uploadKey: randomUUID(),
          downloadSig: randomBytes(12).toString('hex'),
          blocks: new Map(),
          bytes: undefined,
          finalized: false
        }
        artifactStore.push(artifact)
        return {
          ok: true,
          signed_upload_url: `${apiBase}/blob/upload/${artifact.uploadKey}?sv=2024-08-04&sig=${artifact.uploadKey}`
        }
      }
      case 'FinalizeArtifact': {
        const artifact = artifactStore.find((a) => inRun(a) && !a.finalized && a.name === name)
        if (artifact === undefined) throw new TwirpError(404, 'not_found', `no upload for ${name}`)
        if (artifact.bytes === undefined) {
          throw new TwirpError(400, 'failed_precondition', 'nothing was uploaded')
        }
        const size = Number(body['size'])
        const digest = `sha256:${sha256(artifact.bytes)}`
        const hash = body['hash']
        if (size !== artifact.bytes.length || (hash !== undefined && hash !== digest)) {
          violations.push(
            `FinalizeArtifact ${name}: claims size ${size} hash ${String(hash)}, stored ${artifact.bytes.length} ${digest}`
          )
          throw new TwirpError(400, 'invalid_argument', 'size or hash does not match the upload')
        }
        artifact.size = size
        artifact.digest = digest
        artifact.finalized = true
        return { ok: true, artifact_id: String(artifact.id) }
      }
      case 'ListArtifacts': {
        const nameFilter = body['name_filter']
        const idFilter = body['id_filter']
        return {
          artifacts: artifactStore
            .filter(
              (a) =>
                inRun(a) &&
                a.finalized &&
                (nameFilter === undefined || a.name === nameFilter) &&
                (idFilter === undefined || String(a.id) === idFilter)
            )
            .map((a) => ({
              workflow_run_backend_id: a.runBackendId,
              workflow_job_run_backend_id: a.jobBackendId,
              database_id: String(a.id),
              name: a.name,
              size: String(a.size),
              created_at: a.createdAt.toISOString(),
              digest: a.digest
            }))
        }
      }
      case 'GetSignedArtifactURL':
        return { signed_url: blobDownloadUrl(finalizedNamed()) }
      case 'DeleteArtifact': {
        const artifact = finalizedNamed()
        artifactStore.splice(artifactStore.indexOf(artifact), 1)
        return { ok: true, artifact_id: String(artifact.id) }
      }
      default:
        throw new TwirpError(404, 'bad_route', `no method ${method}`)
    }
  }

  function handleTwirp(
    request: IncomingMessage,
    url: URL,
    raw: Buffer,
    response: ServerResponse
  ): number {
    const method = url.pathname.slice(TWIRP_PREFIX.length)
    const fail = (error: TwirpError): number => {
      sendJson(response, error.status, { code: error.code, msg: error.message })
      return error.status
    }
    if (request.method !== 'POST') return fail(new TwirpError(404, 'bad_route', 'POST only'))
    const scope = scopeOfToken(request.headers.authorization)
    if (typeof scope === 'string') return fail(new TwirpError(401, 'unauthenticated', scope))
    let body: unknown
    try {
      body = JSON.parse(raw.toString('utf8'))
    } catch {
      violations.push(`twirp ${method}: body is not JSON`)
      return fail(new TwirpError(400, 'malformed', 'body is not JSON'))
    }
    const problems = twirpShapeProblems(method, body)
    if (problems.length > 0) {
      violations.push(...problems.map((problem) => `twirp ${method}: ${problem}`))
      return fail(new TwirpError(400, 'invalid_argument', problems.join('; ')))
    }
    try {
      sendJson(response, 200, twirp(method, body as JsonBody, scope))
      return 200
    } catch (thrown) {
      if (thrown instanceof TwirpError) return fail(thrown)
      throw thrown
    }
  }

  // --- blob storage (the Azure block-blob calls @azure/storage-blob makes) -------------------

  function handleBlob(
    request: IncomingMessage,
    url: URL,
    raw: Buffer,
    response: ServerResponse
  ): number {
    const azureError = (status: number, code: string): number => {
      const xml = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`
      response.writeHead(status, { 'content-type': 'application/xml', 'x-ms-error-code': code })
      response.end(xml)
      return status
    }
    const sig = url.searchParams.get('sig')
    const upload = /^\/blob\/upload\/([^/]+)$/.exec(url.pathname)
    if (upload !== null && request.method === 'PUT') {
      const artifact = artifactStore.find((a) => a.uploadKey === upload[1] && !a.finalized)
      if (artifact === undefined) return azureError(404, 'BlobNotFound')
      if (sig !== artifact.uploadKey) return azureError(403, 'AuthenticationFailed')
      const comp = url.searchParams.get('comp')
      if (comp === 'block') {
        const blockId = url.searchParams.get('blockid')
        if (blockId === null) return azureError(400, 'InvalidQueryParameterValue')
        artifact.blocks.set(blockId, raw)
      } else if (comp === 'blocklist') {
        const ids = [...raw.toString('utf8').matchAll(/<(Latest|Uncommitted|Committed)>([^<]*)</g)]
        const parts = ids.map(([, , id]) => artifact.blocks.get(id ?? ''))
        if (parts.some((part) => part === undefined)) return azureError(400, 'InvalidBlockList')
        artifact.bytes = Buffer.concat(parts as Buffer[])
      } else if (comp === null) {
        artifact.bytes = raw
      } else {
        return azureError(400, 'InvalidQueryParameterValue')
      }
      response.writeHead(201, {
        etag: `"0x${randomBytes(8).toString('hex').toUpperCase()}"`,
        'last-modified': new Date().toUTCString(),
        'x-ms-request-id': randomUUID(),
        'x-ms-version': '2024-08-04',
        'x-ms-request-server-encrypted': 'true',
        'content-length': '0'
      })
      response.end()
      return 201
    }
    const download = /^\/blob\/download\/(\d+)\.zip$/.exec(url.pathname)
    if (download !== null && request.method === 'GET') {
      const artifact = artifactStore.find((a) => a.finalized && String(a.id) === download[1])
      if (artifact?.bytes === undefined) return azureError(404, 'BlobNotFound')
      if (sig !== artifact.downloadSig) return azureError(403, 'AuthenticationFailed')
      response.writeHead(200, {
        'content-type': 'application/zip',
        'content-length': String(artifact.bytes.length),
        'x-ms-blob-type': 'BlockBlob'
      })
      response.end(artifact.bytes)
      return 200
    }
    return azureError(404, 'ResourceNotFound')
  }

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const record = (status: number): void => {
      const version = request.headers['x-github-api-version']
      requests.push({
        method: request.method ?? 'GET',
        path: `${url.pathname}${url.search}`,
        status,
        ...(typeof version === 'string' ? { apiVersion: version } : {})
      })
    }
    readBody(request)
      .then((raw) => {
        if (url.pathname.startsWith(TWIRP_PREFIX)) record(handleTwirp(request, url, raw, response))
        else if (url.pathname.startsWith('/blob/')) record(handleBlob(request, url, raw, response))
        else if (url.pathname === '/graphql') record(handleGraphql(request, raw, response))
        else record(handleRest(request, url, raw, response))
      })
      .catch((error: unknown) => {
        violations.push(`${request.method} ${url.pathname}: the fake failed: ${String(error)}`)
        if (!response.headersSent) sendJson(response, 500, { message: 'fake failed' })
        else response.end()
        record(500)
      })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  apiBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  const fake: GitHubFake = {
    url: apiBase,
    owner,
    repo,
    addWorkflowRun: addRun,
    workflowRun(id) {
      const run = runs.get(id)
      return run === undefined ? undefined : { ...run }
    },
    setEnvironment(name, env) {
      if (env === undefined) {
        environments.delete(name)
        return
      }
      const existing = environments.get(name)
      environments.set(name, {
        id: existing?.id ?? (nextEnvironmentId += 2),
        name,
        env: { ...env, requiredReviewers: [...env.requiredReviewers] },
        createdAt: existing?.createdAt ?? new Date()
      })
    },
    addApproval(runId, approval) {
      if (!runs.has(runId)) throw new Error(`no workflow run ${runId}`)
      approvals.set(runId, [...(approvals.get(runId) ?? []), { ...approval }])
    },
    rerun(runId) {
      const run = runOrThrow(runId)
      run.run_attempt = (run.run_attempt ?? 1) + 1
      return run.run_attempt
    },
    putArtifact(runId, name, zip) {
      const run = runOrThrow(runId)
      if (artifactStore.some((a) => a.runId === runId && a.name === name))
        throw new Error(`workflow run ${runId} already has an artifact ${name}`)
      const now = new Date()
      artifactStore.push({
        id: nextArtifactId++,
        runId,
        name,
        size: zip.length,
        digest: `sha256:${sha256(zip)}`,
        runBackendId: run.backendId,
        jobBackendId: `put-${randomUUID()}`,
        createdAt: now,
        expiresAt: new Date(now.getTime() + 90 * 86_400_000),
        uploadKey: randomUUID(),
        downloadSig: randomBytes(12).toString('hex'),
        blocks: new Map(),
        bytes: zip,
        finalized: true
      })
    },
    dispatchResponse: 200,
    dispatches,
    get artifacts() {
      return artifactStore
        .filter((a) => a.finalized)
        .map(({ id, runId, name, size, digest }) => ({ id, runId, name, size, digest }))
    },
    requests,
    get pullRequests() {
      return pullStore.pulls
    },
    violations,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        // Clients keep connections alive; without this close() waits for them to time out.
        server.closeAllConnections()
      })
  }
  return fake
}
