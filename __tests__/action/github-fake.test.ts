import { jest } from '@jest/globals'
import { randomBytes, randomUUID } from 'node:crypto'
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type * as ArtifactModule from '@actions/artifact'
import { Octokit } from '@octokit/rest'
import { GITHUB_ACTIONS_BOT, runtimeToken, startGitHubFake } from './fakes/github-fake.js'
import type { FakeWorkflowRun, GitHubFake } from './fakes/github-fake.js'
import {
  OPENAPI_SOURCE,
  schemaCompileProblems,
  validateRequest,
  validateResponse
} from './fakes/openapi-validator.js'

// The real clients run against the loopback fake. @actions/artifact keeps module-wide state
// (@actions/github reads GITHUB_API_URL when first imported), so the environment is set once,
// before the one dynamic import, and every artifact test lives in this file.

const WORKFLOW = '.github/workflows/playbook.yml'
const MONA = { login: 'mona', id: 583231 }

const runA: FakeWorkflowRun = {
  id: 9001,
  backendId: randomUUID(),
  path: WORKFLOW,
  head_branch: 'main',
  head_sha: 'a'.repeat(40),
  actor: MONA,
  event: 'workflow_dispatch'
}
const runB: FakeWorkflowRun = {
  ...runA,
  id: 9002,
  backendId: randomUUID(),
  actor: GITHUB_ACTIONS_BOT,
  pendingEnvironment: 'playbook-gate'
}

const ENV_KEYS = [
  'GITHUB_API_URL',
  'ACTIONS_RESULTS_URL',
  'GITHUB_SERVER_URL',
  'GITHUB_WORKSPACE',
  'ACTIONS_RUNTIME_TOKEN'
] as const
const savedEnv = Object.fromEntries(ENV_KEYS.map((key) => [key, process.env[key]]))
let fake: GitHubFake
let artifactModule: typeof ArtifactModule
let octokit: Octokit
let scratch: string
let uploadRoot: string
const uploaded: Record<string, Buffer> = {
  'state.json': Buffer.from(JSON.stringify({ item: 3, status: 'awaiting_human_gate' })),
  // Random bytes: a byte-for-byte round trip, not just text that happens to survive.
  'logs/agent.bin': randomBytes(70_000)
}

function actAs(run: FakeWorkflowRun): void {
  process.env['ACTIONS_RUNTIME_TOKEN'] = runtimeToken(run.backendId, randomUUID())
}

/** A request as a short protocol step: the twirp method, or the blob operation. */
function wireStep(request: GitHubFake['requests'][number]): string {
  const url = new URL(request.path, 'http://fake')
  const step = url.pathname.startsWith('/twirp/')
    ? url.pathname.split('/').pop()
    : `${request.method} ${url.pathname.startsWith('/blob/') ? `comp=${url.searchParams.get('comp')}` : url.pathname}`
  return `${step} ${request.status}`
}

function expectSameFiles(dir: string): void {
  for (const [name, bytes] of Object.entries(uploaded)) {
    expect(readFileSync(join(dir, name)).equals(bytes)).toBe(true)
  }
}

beforeAll(async () => {
  fake = await startGitHubFake({ owner: 'octo-org', repo: 'playbooks' })
  fake.addWorkflowRun(runA)
  fake.addWorkflowRun(runB)
  scratch = mkdtempSync(join(tmpdir(), 'github-fake-'))
  uploadRoot = join(scratch, 'upload')
  for (const [name, bytes] of Object.entries(uploaded)) {
    mkdirSync(join(uploadRoot, name, '..'), { recursive: true })
    writeFileSync(join(uploadRoot, name), bytes)
  }
  process.env['GITHUB_API_URL'] = fake.url
  process.env['ACTIONS_RESULTS_URL'] = `${fake.url}/`
  // Any other host is taken for GitHub Enterprise Server, which the artifact client refuses.
  process.env['GITHUB_SERVER_URL'] = 'https://github.com'
  process.env['GITHUB_WORKSPACE'] = join(scratch, 'workspace')
  mkdirSync(join(scratch, 'workspace'))
  actAs(runA)
  artifactModule = await import('@actions/artifact')
  const quiet = (): void => undefined
  // Octokit logs every 4xx at error level; the refusals below are expected, so only warnings show.
  octokit = new Octokit({
    baseUrl: fake.url,
    auth: 'ghs_fake',
    log: { debug: quiet, info: quiet, warn: console.warn, error: quiet }
  })
  // @actions/core logs the client's progress as workflow commands on stdout; keep the run quiet.
  jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
})

afterAll(async () => {
  jest.restoreAllMocks()
  for (const key of ENV_KEYS) {
    if (savedEnv[key] === undefined) delete process.env[key]
    else process.env[key] = savedEnv[key]
  }
  await fake?.close()
  if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true })
})

afterEach(() => {
  // Drained, so one test's contract break is reported once, not by every later test too.
  expect(fake.violations.splice(0)).toEqual([])
})

describe('vendored OpenAPI subset', () => {
  it('comes from the pinned package and knows the dispatch run details', () => {
    expect(OPENAPI_SOURCE).toBe('@octokit/openapi@23.0.2')
    const path = '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches'
    expect(validateRequest('POST', path, { ref: 'main', return_run_details: true })).toEqual([])
    expect(validateRequest('POST', path, { inputs: {} })).not.toEqual([])
    expect(
      validateResponse('POST', path, 200, { workflow_run_id: 1, run_url: 'x', html_url: 'y' })
    ).not.toEqual([])
    expect(validateResponse('POST', path, 204, undefined)).toEqual([])
  })

  it('compiles every schema in strict mode', () => {
    expect(schemaCompileProblems()).toEqual([])
  })

  it('refuses an incomplete simple-user', () => {
    const problems = validateResponse(
      'GET',
      '/repos/{owner}/{repo}/actions/runs/{run_id}/approvals',
      200,
      [{ environments: [], state: 'approved', user: { login: 'mona', id: 1 }, comment: '' }]
    )
    expect(problems.some((problem) => problem.includes('avatar_url'))).toBe(true)
  })
})

describe('@actions/artifact against the results-service fake', () => {
  let uploadedId: number
  let uploadedDigest: string

  it('uploads a directory as an artifact of the current run', async () => {
    actAs(runA)
    const client = new artifactModule.DefaultArtifactClient()
    const files = Object.keys(uploaded).map((name) => join(uploadRoot, name))
    const result = await client.uploadArtifact('run-state-1', files, uploadRoot, {
      retentionDays: 7
    })
    expect(result.id).toBeGreaterThan(0)
    uploadedId = result.id ?? 0
    uploadedDigest = result.digest ?? ''
    expect(fake.artifacts).toEqual([
      {
        id: uploadedId,
        runId: runA.id,
        name: 'run-state-1',
        size: result.size,
        digest: `sha256:${uploadedDigest}`
      }
    ])
    expect(fake.requests.map(wireStep)).toEqual([
      'CreateArtifact 200',
      'PUT comp=block 201',
      'PUT comp=blocklist 201',
      'FinalizeArtifact 200'
    ])
  })

  it('lists, finds and downloads it within the same run', async () => {
    actAs(runA)
    const client = new artifactModule.DefaultArtifactClient()
    const { artifacts } = await client.listArtifacts()
    expect(artifacts.map((a) => [a.id, a.name])).toEqual([[uploadedId, 'run-state-1']])
    const { artifact } = await client.getArtifact('run-state-1')
    expect(artifact.id).toBe(uploadedId)
    const target = join(scratch, 'same-run')
    const result = await client.downloadArtifact(uploadedId, {
      path: target,
      expectedHash: `sha256:${uploadedDigest}`
    })
    expect(result.digestMismatch).toBe(false)
    expectSameFiles(target)
  })

  it('refuses a second artifact with the same name in the run', async () => {
    actAs(runA)
    const client = new artifactModule.DefaultArtifactClient()
    const file = join(uploadRoot, 'state.json')
    await expect(client.uploadArtifact('run-state-1', [file], uploadRoot)).rejects.toThrow(/409/)
    expect(fake.artifacts).toHaveLength(1)
  })

  it('deletes an artifact of the run by name', async () => {
    actAs(runA)
    const client = new artifactModule.DefaultArtifactClient()
    const file = join(uploadRoot, 'state.json')
    const { id } = await client.uploadArtifact('scratch', [file], uploadRoot)
    expect(fake.artifacts.map((a) => a.name)).toEqual(['run-state-1', 'scratch'])
    expect(await client.deleteArtifact('scratch')).toEqual({ id })
    expect(fake.artifacts.map((a) => a.name)).toEqual(['run-state-1'])
  })

  it('keeps another run from seeing it without findBy', async () => {
    actAs(runB)
    const client = new artifactModule.DefaultArtifactClient()
    expect((await client.listArtifacts()).artifacts).toEqual([])
  })

  it('downloads it from a later run through the REST API (findBy)', async () => {
    actAs(runB)
    const client = new artifactModule.DefaultArtifactClient()
    const findBy = {
      token: 'ghs_fake',
      workflowRunId: runA.id,
      repositoryOwner: fake.owner,
      repositoryName: fake.repo
    }
    const { artifact } = await client.getArtifact('run-state-1', { findBy })
    expect(artifact).toMatchObject({ id: uploadedId, name: 'run-state-1' })
    const listed = await client.listArtifacts({ latest: true, findBy })
    expect(listed.artifacts.map((a) => a.id)).toEqual([uploadedId])
    const target = join(scratch, 'cross-run')
    const result = await client.downloadArtifact(artifact.id, {
      path: target,
      expectedHash: `sha256:${uploadedDigest}`,
      findBy
    })
    expect(result.digestMismatch).toBe(false)
    expectSameFiles(target)
    const paths = fake.requests.map((r) => `${r.method} ${r.path.replace(/sig=\w+/, 'sig=…')}`)
    expect(paths).toEqual(
      expect.arrayContaining([
        `GET /repos/octo-org/playbooks/actions/runs/${runA.id}/artifacts?name=run-state-1`,
        `GET /repos/octo-org/playbooks/actions/artifacts/${uploadedId}/zip`
      ])
    )
    const zip = fake.requests.find((r) => r.path.endsWith(`/artifacts/${uploadedId}/zip`))
    expect(zip?.status).toBe(302)
  })

  it('rejects a results-service call without a runtime token', async () => {
    const response = await fetch(
      `${fake.url}/twirp/github.actions.results.api.v1.ArtifactService/ListArtifacts`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          workflow_run_backend_id: runA.backendId,
          workflow_job_run_backend_id: randomUUID()
        })
      }
    )
    expect(response.status).toBe(401)
    expect(await response.json()).toMatchObject({ code: 'unauthenticated' })
  })
})

describe('@octokit/rest against the REST fake', () => {
  beforeAll(() => {
    fake.setEnvironment('playbook-gate', { requiredReviewers: [MONA], preventSelfReview: true })
  })

  it('reads a workflow run', async () => {
    const { data } = await octokit.rest.actions.getWorkflowRun({
      owner: fake.owner,
      repo: fake.repo,
      run_id: runB.id
    })
    expect(data).toMatchObject({
      id: runB.id,
      path: WORKFLOW,
      head_branch: 'main',
      status: 'waiting',
      actor: { login: 'github-actions[bot]', type: 'Bot' }
    })
    expect(data.actor?.html_url).toBe('https://github.com/apps/github-actions')
  })

  it('reads pending deployments, then the review that resolved them', async () => {
    const pending = await octokit.rest.actions.getPendingDeploymentsForRun({
      owner: fake.owner,
      repo: fake.repo,
      run_id: runB.id
    })
    expect(pending.data.map((p) => p.environment.name)).toEqual(['playbook-gate'])
    expect(pending.data[0]?.reviewers[0]?.reviewer).toMatchObject({ login: 'mona' })

    fake.addApproval(runB.id, {
      state: 'approved',
      user: MONA,
      comment: 'ship item 3',
      environment: 'playbook-gate'
    })
    const { data } = await octokit.rest.actions.getReviewsForRun({
      owner: fake.owner,
      repo: fake.repo,
      run_id: runB.id
    })
    expect(data).toHaveLength(1)
    expect(data[0]).toMatchObject({
      state: 'approved',
      comment: 'ship item 3',
      user: { login: 'mona', id: MONA.id },
      environments: [{ name: 'playbook-gate' }]
    })
    const after = await octokit.rest.actions.getPendingDeploymentsForRun({
      owner: fake.owner,
      repo: fake.repo,
      run_id: runB.id
    })
    expect(after.data).toEqual([])
  })

  it('reads an environment and answers 404 for an unknown one', async () => {
    const { data } = await octokit.rest.repos.getEnvironment({
      owner: fake.owner,
      repo: fake.repo,
      environment_name: 'playbook-gate'
    })
    expect(data.protection_rules).toEqual([
      expect.objectContaining({
        type: 'required_reviewers',
        prevent_self_review: true,
        reviewers: [expect.objectContaining({ type: 'User', reviewer: expect.anything() })]
      })
    ])
    await expect(
      octokit.rest.repos.getEnvironment({
        owner: fake.owner,
        repo: fake.repo,
        environment_name: 'nope'
      })
    ).rejects.toMatchObject({ status: 404 })
  })

  it('dispatches with run details (200) and registers the new run', async () => {
    fake.dispatchResponse = 200
    const response = await octokit.request(
      'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
      {
        owner: fake.owner,
        repo: fake.repo,
        workflow_id: 'playbook.yml',
        ref: 'main',
        inputs: { item: '4', hop: '1' },
        return_run_details: true,
        headers: { 'x-github-api-version': '2022-11-28' }
      }
    )
    expect(response.status).toBe(200)
    const details = response.data as unknown as { workflow_run_id: number; html_url: string }
    const dispatch = fake.dispatches.at(-1)
    expect(dispatch).toEqual({
      workflow: 'playbook.yml',
      ref: 'main',
      inputs: { item: '4', hop: '1' },
      returnRunDetails: true,
      newRunId: details.workflow_run_id
    })
    expect(details.html_url).toBe(
      `https://github.com/octo-org/playbooks/actions/runs/${details.workflow_run_id}`
    )
    expect(fake.requests.at(-1)?.apiVersion).toBe('2022-11-28')
    const { data: run } = await octokit.rest.actions.getWorkflowRun({
      owner: fake.owner,
      repo: fake.repo,
      run_id: details.workflow_run_id
    })
    expect(run).toMatchObject({
      path: WORKFLOW,
      event: 'workflow_dispatch',
      actor: { login: 'github-actions[bot]' }
    })
  })

  it('dispatches without a body when the server answers 204', async () => {
    fake.dispatchResponse = 204
    try {
      const response = await octokit.request(
        'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
        {
          owner: fake.owner,
          repo: fake.repo,
          workflow_id: 'playbook.yml',
          ref: 'main',
          return_run_details: true
        }
      )
      expect(response.status).toBe(204)
      // Octokit hands a 204 back as an empty string.
      expect(response.data).toBe('')
      expect(fake.dispatches.at(-1)).toMatchObject({ returnRunDetails: true, newRunId: null })
    } finally {
      fake.dispatchResponse = 200
    }
  })

  it('records a dispatch body without ref as a violation', async () => {
    await expect(
      octokit.request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', {
        owner: fake.owner,
        repo: fake.repo,
        workflow_id: 'playbook.yml',
        inputs: { item: '4' }
      } as never)
    ).rejects.toMatchObject({ status: 422 })
    const seen = fake.violations.splice(0)
    expect(seen).toEqual([expect.stringMatching(/dispatches: body .*required property 'ref'/)])
  })

  it('pins the API version: an unknown one is refused and recorded', async () => {
    await expect(
      octokit.rest.actions.getWorkflowRun({
        owner: fake.owner,
        repo: fake.repo,
        run_id: runA.id,
        headers: { 'x-github-api-version': '2026-03-10' }
      })
    ).rejects.toMatchObject({ status: 400 })
    expect(fake.violations.splice(0)).toEqual([expect.stringContaining('2026-03-10')])
  })
})
