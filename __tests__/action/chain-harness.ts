import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PROJECT_ROOT } from '../helpers/bundled-cli.js'
import { afterAll, beforeAll } from '@jest/globals'
import { ensureNode24 } from '../helpers/node24.js'
import { type GitHubFake, runtimeToken, startGitHubFake } from './fakes/github-fake.js'
import { type ActionName, type StepResult, runActionStep } from './run-action.js'

/**
 * A repository on "GitHub" for the chain tests: a bare origin holding the demo workspace, and
 * workflow runs whose jobs each start from a fresh clone, as on an ephemeral runner. State can
 * only travel through the artifacts the fake stores and the branches pushed to origin.
 */

export const WORKFLOW_PATH = '.github/workflows/plan-orchestrator.yml'
export const GATE_ENVIRONMENT = 'plan-orchestrator-gate'
export const REQUESTER = { login: 'alice', id: 1001 }
export const REVIEWER = { login: 'rita', id: 2002 }

export interface Origin {
  readonly bare: string
  readonly home: string
  /** Commits a file to origin's main, as a human would push it. */
  commit(path: string, content: string, message: string): void
  git(cwd: string, ...args: string[]): string
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8' }).trim()
}

export function makeOrigin(): Origin {
  const seed = mkdtempSync(join(tmpdir(), 'po-chain-seed-'))
  const bare = mkdtempSync(join(tmpdir(), 'po-chain-origin-'))
  const home = mkdtempSync(join(tmpdir(), 'po-chain-home-'))
  const demo = join(PROJECT_ROOT, 'examples', 'demo')
  cpSync(join(demo, 'workspace'), seed, { recursive: true })
  cpSync(join(demo, 'playbook.md'), join(seed, 'playbook.md'))
  cpSync(join(demo, 'scenario.json'), join(seed, 'scenario.json'))
  writeFileSync(join(seed, '.gitignore'), '.local/\n')
  git(seed, 'init', '-q', '--initial-branch=main')
  git(seed, 'config', 'user.name', 'alice')
  git(seed, 'config', 'user.email', 'alice@example.invalid')
  git(seed, 'add', '-A')
  git(seed, 'commit', '-qm', 'workspace')
  git(bare, 'init', '-q', '--bare', '--initial-branch=main')
  git(seed, 'remote', 'add', 'origin', bare)
  git(seed, 'push', '-q', 'origin', 'main')
  return {
    bare,
    home,
    commit(path, content, message) {
      const work = mkdtempSync(join(tmpdir(), 'po-chain-human-'))
      git(work, 'clone', '-q', bare, '.')
      git(work, 'config', 'user.name', 'alice')
      git(work, 'config', 'user.email', 'alice@example.invalid')
      cpSync(content, join(work, path), { recursive: true })
      git(work, 'add', '-A')
      git(work, 'commit', '-qm', message)
      git(work, 'push', '-q', 'origin', 'main')
    },
    git
  }
}

export interface WorkflowRun {
  readonly id: number
  /** Runs one job step in a fresh clone of origin (a new runner workspace). */
  step(
    action: ActionName,
    inputs: Record<string, string>
  ): Promise<StepResult & { workspace: string }>
}

let jobCounter = 0

export function workflowRun(
  fake: GitHubFake,
  origin: Origin,
  id: number,
  actor: { login: string; id: number }
): WorkflowRun {
  const known = fake.workflowRun(id)
  const backendId = known?.backendId ?? `run-backend-${id}`
  if (known === undefined)
    fake.addWorkflowRun({
      id,
      backendId,
      path: WORKFLOW_PATH,
      head_branch: 'main',
      head_sha: git(origin.bare, 'rev-parse', 'main'),
      actor,
      event: 'workflow_dispatch'
    })
  return {
    id,
    async step(action, inputs) {
      jobCounter += 1
      const workspace = mkdtempSync(join(tmpdir(), `po-chain-job-${action}-`))
      git(workspace, 'clone', '-q', origin.bare, '.')
      const result = await runActionStep(
        action,
        { 'github-token': 'ghs_faketoken', ...inputs },
        {
          workspace,
          repository: `${fake.owner}/${fake.repo}`,
          runId: id,
          runBackendId: backendId,
          actor,
          apiUrl: fake.url,
          runtimeToken: runtimeToken(backendId, `job-backend-${jobCounter}`),
          home: origin.home,
          extraEnv: { PLAN_ORCHESTRATOR_LOCK_STALE_MS: '2000' }
        }
      )
      return { ...result, workspace }
    }
  }
}

export function runBranchLog(origin: Origin, runId: string): string[] {
  return git(origin.bare, 'log', '--format=%s', `orchestrator/run/${runId}`).split('\n')
}

export function readFromOrigin(origin: Origin, ref: string, path: string): string {
  return git(origin.bare, 'show', `${ref}:${path}`)
}

export function stepFailure(result: StepResult): string {
  return `exit ${result.code}\n--- stdout\n${result.stdout.slice(-4000)}\n--- stderr\n${result.stderr.slice(-2000)}`
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8')
}

export const BOT = { login: 'github-actions[bot]', id: 41898282 }

/** Hop 1 passes item 01; hop 2 (a dispatched run) stops item 02 at its gate. */
export async function runToGate(
  fake: GitHubFake,
  origin: Origin
): Promise<{ runId: string; hop1: WorkflowRun; hop2: WorkflowRun }> {
  const scripted = { agents: 'scripted', scenario: 'scenario.json' }
  const hop1 = workflowRun(fake, origin, nextRunId(fake), REQUESTER)
  const item1 = await hop1.step('item', {
    playbook: 'playbook.md',
    'run-id': '',
    'item-id': '01',
    'state-run-id': '',
    ...scripted
  })
  if (item1.code !== 0) throw new Error(stepFailure(item1))
  const runId = item1.outputs['run-id'] as string
  const hop2 = workflowRun(fake, origin, nextRunId(fake), BOT)
  const item2 = await hop2.step('item', {
    playbook: 'playbook.md',
    'run-id': runId,
    'item-id': '02',
    'state-run-id': String(hop1.id),
    ...scripted
  })
  if (item2.outputs['terminal-state'] !== 'awaiting_human_gate') throw new Error(stepFailure(item2))
  return { runId, hop1, hop2 }
}

let runIds = 5000

export function nextRunId(fake: GitHubFake): number {
  do runIds += 1
  while (fake.workflowRun(runIds) !== undefined)
  return runIds
}

export interface GitHubWorld {
  readonly fake: GitHubFake
  readonly origin: Origin
}

/**
 * For a test file: Node 24 in place, a GitHub fake with the gate environment as it must be
 * configured, and a fresh origin; torn down after the file. Read it inside tests.
 */
export function useGitHubWorld(): GitHubWorld {
  const world: { fake?: GitHubFake; origin?: Origin } = {}
  beforeAll(async () => {
    ensureNode24()
    world.fake = await startGitHubFake({ owner: 'acme', repo: 'widgets' })
    world.origin = makeOrigin()
    world.fake.setEnvironment(GATE_ENVIRONMENT, {
      requiredReviewers: [REVIEWER],
      preventSelfReview: true
    })
  })
  afterAll(async () => {
    await world.fake?.close()
  })
  return {
    get fake() {
      if (world.fake === undefined) throw new Error('the GitHub world exists inside tests only')
      return world.fake
    },
    get origin() {
      if (world.origin === undefined) throw new Error('the GitHub world exists inside tests only')
      return world.origin
    }
  }
}
