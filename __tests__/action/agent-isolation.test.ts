import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { jest } from '@jest/globals'
import { PROJECT_ROOT } from '../helpers/bundled-cli.js'
import {
  type TestAgentUser,
  ensureAgentUser,
  openToOthers,
  processesOf
} from '../helpers/agent-user.js'
import { filesContaining } from '../helpers/canary.js'
import {
  BOT,
  GATE_ENVIRONMENT,
  REQUESTER,
  REVIEWER,
  WORKFLOW_PATH,
  runBranchLog,
  stepFailure,
  useGitHubWorld,
  workflowRun
} from './chain-harness.js'
import { runtimeToken } from './fakes/github-fake.js'
import { type ActionName, type StepResult, runActionStep } from './run-action.js'

// The Must-show chain with agent isolation on: every item job names an agent user, and the
// whole demo chain (pass, gate approved in GitHub, blocked, evidence, done) runs through the
// committed bundles under Node 24. In hop 1 the execute agent is hostile (the attack script
// of __tests__/fixtures/hostile-agent): with the job's tokens as canaries, it finds nothing
// and changes nothing. Each job has a runner-like layout: _temp/_runner_file_commands/ beside
// the checkout, both reachable by other users as on a runner.

jest.setTimeout(600_000)

const world = useGitHubWorld()
const TOKEN_CANARY = `ghs_canary${randomBytes(12).toString('hex')}`
/** Every ACTIONS_RUNTIME_TOKEN of the fake starts with this JWT header. */
const RUNTIME_TOKEN_CANARY = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.`
const SCRIPTED = { agents: 'scripted', scenario: 'hostile-scenario.json' }

let agent: TestAgentUser
const jobs: Array<{ root: string; workspace: string; runnerFiles: string }> = []

let jobCount = 0

/**
 * A workflow run whose jobs run on a runner-like layout: the checkout in `work/<repo>/<repo>`
 * and `_temp/_runner_file_commands/` beside it, both reachable by other users as on a runner,
 * the job's token a canary, and every item job naming the agent user.
 */
function isolatedRun(id: number, actor: { login: string; id: number }) {
  const backendId = `run-backend-${id}`
  if (world.fake.workflowRun(id) === undefined)
    world.fake.addWorkflowRun({
      id,
      backendId,
      path: WORKFLOW_PATH,
      head_branch: 'main',
      head_sha: world.origin.git(world.origin.bare, 'rev-parse', 'main'),
      actor,
      event: 'workflow_dispatch'
    })
  return {
    id,
    async step(action: ActionName, inputs: Record<string, string>): Promise<StepResult> {
      jobCount += 1
      const root = mkdtempSync(join(tmpdir(), `po-isolated-job-${action}-`))
      const workspace = join(root, 'work', 'widgets', 'widgets')
      const runnerFiles = join(root, '_temp', '_runner_file_commands')
      mkdirSync(workspace, { recursive: true })
      mkdirSync(runnerFiles, { recursive: true })
      world.origin.git(workspace, 'clone', '-q', world.origin.bare, '.')
      openToOthers(workspace)
      openToOthers(runnerFiles)
      jobs.push({ root, workspace, runnerFiles })
      return runActionStep(
        action,
        {
          'github-token': TOKEN_CANARY,
          ...(action === 'item' ? { 'agent-user': agent.name } : {}),
          ...inputs
        },
        {
          workspace,
          repository: `${world.fake.owner}/${world.fake.repo}`,
          runId: id,
          runBackendId: backendId,
          actor,
          apiUrl: world.fake.url,
          runtimeToken: runtimeToken(backendId, `job-backend-isolated-${jobCount}`),
          home: world.origin.home,
          runnerFilesDir: runnerFiles,
          extraEnv: { PLAN_ORCHESTRATOR_LOCK_STALE_MS: '2000' }
        }
      )
    }
  }
}

beforeAll(() => {
  agent = ensureAgentUser('po-agent-chain')
  const fixtures = mkdtempSync(join(tmpdir(), 'po-hostile-'))
  const scenario = JSON.parse(
    readFileSync(join(PROJECT_ROOT, 'examples', 'demo', 'scenario.json'), 'utf8')
  ) as { scripts: Array<{ lane: string; item_id?: string; steps: object[] }> }
  const execute01 = scenario.scripts.find(
    (script) => script.lane === 'execute' && script.item_id === '01'
  )
  execute01?.steps.push({ run: 'bash attack.sh' })
  writeFileSync(join(fixtures, 'hostile-scenario.json'), JSON.stringify(scenario))
  world.origin.commit(
    'hostile-scenario.json',
    join(fixtures, 'hostile-scenario.json'),
    'hostile scenario'
  )
  world.origin.commit(
    'attack.sh',
    join(PROJECT_ROOT, '__tests__', 'fixtures', 'hostile-agent', 'attack.sh'),
    'attack'
  )
})

/** The items whose checkpoints the run branch holds, newest first. */
function checkpoints(runId: string): string[] {
  return runBranchLog(world.origin, runId).flatMap((subject) => {
    const item = /^orchestrator\((\w+)\): /.exec(subject)?.[1]
    return item === undefined ? [] : [item]
  })
}

function expectOk(result: StepResult): void {
  if (result.code !== 0) throw new Error(stepFailure(result))
}

it('runs the demo chain with agents as the agent user; a hostile agent finds no token and changes nothing', async () => {
  const hop1 = isolatedRun(7101, REQUESTER)
  const item1 = await hop1.step('item', {
    playbook: 'playbook.md',
    'run-id': '',
    'item-id': '01',
    'state-run-id': '',
    ...SCRIPTED
  })
  expectOk(item1)
  expect(item1.outputs['terminal-state']).toBe('passed')
  // Isolation was on: no warning on the summary.
  expect(item1.summary).not.toContain('Agent isolation is off')
  const runId = item1.outputs['run-id'] as string
  const job1 = jobs.at(-1) as (typeof jobs)[number]

  const worktree = join(
    job1.workspace,
    '.local/automation/plan_orchestrator/worktrees',
    runId,
    'item-01-attempt-1'
  )
  const loot = readFileSync(join(worktree, '.local', 'loot.txt'), 'utf8')
  expect(loot).toContain(`whoami: ${agent.uid} ${agent.name}`)
  expect(loot).toContain('attack done')
  expect(loot).toContain(`denied: append ${join(job1.workspace, '.git', 'config')}`)
  for (const file of readdirSync(job1.runnerFiles))
    expect(loot).toContain(`denied: append ${join(job1.runnerFiles, file)}`)
  expect(loot.split('\n').filter((line) => line.startsWith('WROTE:'))).toEqual([])

  // The job's tokens are nowhere the agent could write, nor in what the job published.
  for (const canary of [TOKEN_CANARY, RUNTIME_TOKEN_CANARY]) {
    expect(filesContaining(job1.root, canary)).toEqual([])
    expect(
      execFileSync('git', ['log', '-p', '--all'], { cwd: world.origin.bare, encoding: 'utf8' })
    ).not.toContain(canary)
    // The action masks its token (the runner hides it from the log); nothing else shows it.
    const log = item1.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'))
    expect(log.join('\n')).not.toContain(canary)
  }
  // The runner's files hold what the action wrote, nothing of the agent's.
  expect(filesContaining(job1.runnerFiles, 'pwned')).toEqual([])
  expect(readFileSync(join(job1.workspace, '.git', 'config'), 'utf8')).not.toContain('pwned')
  expect(readFileSync(join(job1.workspace, '.git', 'config'), 'utf8')).not.toContain('hooksPath')
  expect(
    execFileSync('git', ['for-each-ref', '--format=%(refname)'], {
      cwd: world.origin.bare,
      encoding: 'utf8'
    })
  ).not.toContain('pwned')
  expect(processesOf(agent.uid)).toEqual([])

  // The rest of the chain, every item job isolated.
  const hop2 = isolatedRun(7102, BOT)
  const item2 = await hop2.step('item', {
    playbook: 'playbook.md',
    'run-id': runId,
    'item-id': '02',
    'state-run-id': String(hop1.id),
    ...SCRIPTED
  })
  expectOk(item2)
  expect(item2.outputs['terminal-state']).toBe('awaiting_human_gate')
  world.fake.addApproval(hop2.id, {
    state: 'approved',
    user: REVIEWER,
    comment: 'changelog wording reviewed',
    environment: GATE_ENVIRONMENT
  })
  expectOk(
    await hop2.step('gate', { 'run-id': runId, 'item-id': '02', environment: GATE_ENVIRONMENT })
  )
  expect(checkpoints(runId)).toEqual(['02', '01'])

  const hop3 = isolatedRun(7103, BOT)
  const item3 = await hop3.step('item', {
    playbook: 'playbook.md',
    'run-id': runId,
    'item-id': '03',
    'state-run-id': String(hop2.id),
    ...SCRIPTED
  })
  expectOk(item3)
  expect(item3.outputs['terminal-state']).toBe('blocked_external')

  const evidence = mkdtempSync(join(tmpdir(), 'po-evidence-'))
  writeFileSync(join(evidence, 'vendor-confirmation.txt'), 'Vendor confirmed the new wording.\n')
  world.origin.commit('evidence', evidence, 'evidence for item 03')
  const hop4 = isolatedRun(7104, REQUESTER)
  const item4 = await hop4.step('item', {
    playbook: 'playbook.md',
    'run-id': runId,
    'item-id': '03',
    'state-run-id': String(hop3.id),
    'evidence-path': 'evidence',
    ...SCRIPTED
  })
  expectOk(item4)
  expect(item4.outputs['terminal-state']).toBe('passed')
  expect(checkpoints(runId)).toEqual(['03', '02', '01'])

  const hop5 = isolatedRun(7105, REQUESTER)
  const plan5 = await hop5.step('plan', {
    playbook: 'playbook.md',
    'run-id': runId,
    'state-run-id': String(hop4.id)
  })
  expectOk(plan5)
  expect(plan5.outputs).toMatchObject({ status: 'done', done: 'true' })
  for (const job of jobs) {
    for (const canary of [TOKEN_CANARY, RUNTIME_TOKEN_CANARY])
      expect(filesContaining(job.root, canary)).toEqual([])
  }
  expect(world.fake.violations).toEqual([])
})

it('refuses agents codex-claude without an agent user, pointing at the set-up', async () => {
  const hop = workflowRun(world.fake, world.origin, 7201, REQUESTER)
  const item = await hop.step('item', {
    playbook: 'playbook.md',
    'run-id': '',
    'item-id': '01',
    'state-run-id': '',
    agents: 'codex-claude'
  })
  expect(item.code).not.toBe(0)
  expect(item.stdout).toMatch(/::error::input agent-user: .*docs\/security\.md/)
  expect(item.outputs['run-id']).toBeUndefined()
})

it('with agent-isolation none, runs the agents as the runner user and says so on the summary', async () => {
  const hop = workflowRun(world.fake, world.origin, 7301, REQUESTER)
  const item = await hop.step('item', {
    playbook: 'playbook.md',
    'run-id': '',
    'item-id': '01',
    'state-run-id': '',
    agents: 'scripted',
    scenario: 'scenario.json',
    'agent-isolation': 'none'
  })
  expectOk(item)
  expect(item.outputs['terminal-state']).toBe('passed')
  expect(item.summary).toContain('Agent isolation is off')
  expect(item.stdout).toContain('::warning::agent isolation is off')
})
