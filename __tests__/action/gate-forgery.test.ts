import { jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { BUNDLED_CLI } from '../helpers/bundled-cli.js'
import {
  BOT,
  GATE_ENVIRONMENT,
  REQUESTER,
  REVIEWER,
  nextRunId,
  runToGate,
  workflowRun,
  useGitHubWorld
} from './chain-harness.js'
import { runtimeToken } from './fakes/github-fake.js'
import { forgeLink } from './trust-harness.js'

// A gate decision counts only when GitHub's review record of the gate's own workflow run says
// so, and a later hop checks it again. Each forgery below must be refused, and nothing of it
// recorded.

jest.setTimeout(300_000)

const world = useGitHubWorld()

const gateInputs = (runId: string) => ({
  'run-id': runId,
  'item-id': '02',
  environment: GATE_ENVIRONMENT
})

function expectRefused(result: { code: number | null; stdout: string }, reason: RegExp): void {
  expect(result.code).not.toBe(0)
  expect(result.stdout).toMatch(reason)
}

it('refuses reviews it cannot tie to this gate, then records the real one', async () => {
  const { runId, hop1, hop2 } = await runToGate(world.fake, world.origin)
  const runBranch = `orchestrator/run/${runId}`
  const before = world.origin.git(world.origin.bare, 'rev-parse', runBranch)

  // No review yet (an admin bypass or API lag looks the same): refused.
  expectRefused(await hop2.step('gate', gateInputs(runId)), /gate not recorded/)

  // A genuine approval, but of another workflow run: refused.
  world.fake.addApproval(hop1.id, {
    state: 'approved',
    user: REVIEWER,
    comment: 'wrong run',
    environment: GATE_ENVIRONMENT
  })
  expectRefused(await hop2.step('gate', gateInputs(runId)), /gate not recorded/)

  // An environment without required reviewers guards nothing: refused even with a review.
  world.fake.setEnvironment(GATE_ENVIRONMENT, { requiredReviewers: [], preventSelfReview: true })
  world.fake.addApproval(hop2.id, {
    state: 'approved',
    user: REVIEWER,
    comment: 'looks fine',
    environment: GATE_ENVIRONMENT
  })
  expectRefused(await hop2.step('gate', gateInputs(runId)), /required reviewer/i)
  world.fake.setEnvironment(GATE_ENVIRONMENT, {
    requiredReviewers: [REVIEWER],
    preventSelfReview: false
  })
  expectRefused(await hop2.step('gate', gateInputs(runId)), /self.review/i)
  expect(world.origin.git(world.origin.bare, 'rev-parse', runBranch)).toBe(before)

  // With the environment as it must be, the same review is recorded.
  world.fake.setEnvironment(GATE_ENVIRONMENT, {
    requiredReviewers: [REVIEWER],
    preventSelfReview: true
  })
  const recorded = await hop2.step('gate', gateInputs(runId))
  expect(recorded.code).toBe(0)
  expect(recorded.outputs).toMatchObject({ decision: 'approved', reviewer: REVIEWER.login })
  expect(world.origin.git(world.origin.bare, 'rev-parse', runBranch)).not.toBe(before)

  // A stale checkpoint: the state claims the review covered another commit. The next hop's
  // plan checks the record against the item and refuses.
  const forged = workflowRun(world.fake, world.origin, nextRunId(world.fake), BOT)
  const planned = await forged.step('plan', {
    playbook: 'playbook.md',
    'run-id': runId,
    'state-run-id': String(hop2.id)
  })
  expect(planned.code).toBe(0)
  const gateFile = findFile(planned.workspace, 'gha_gate.json')
  const record = JSON.parse(readFileSync(gateFile, 'utf8')) as { checkpoint_ref: string }
  record.checkpoint_ref = world.origin.git(world.origin.bare, 'rev-parse', 'main')
  writeFileSync(gateFile, `${JSON.stringify(record, null, 2)}\n`)
  // The forger also makes the chain end at the run it uploads to, so that the gate check, not
  // the chain check, is what refuses here (cross-job-state.test.ts covers the chain).
  forgeLink(planned.workspace, runId, { workflow_run_id: forged.id })
  await uploadState(planned.workspace, runId, forged.id)
  const next = workflowRun(world.fake, world.origin, nextRunId(world.fake), BOT)
  expectRefused(
    await next.step('plan', {
      playbook: 'playbook.md',
      'run-id': runId,
      'state-run-id': String(forged.id)
    }),
    /differs from GitHub's review/
  )
})

it('refuses the requester approving their own run, a dispatch past the gate, and a local decision', async () => {
  const { runId, hop2 } = await runToGate(world.fake, world.origin)
  world.fake.addApproval(hop2.id, {
    state: 'approved',
    user: { login: REQUESTER.login.toUpperCase(), id: REQUESTER.id },
    comment: 'I approve my own work',
    environment: GATE_ENVIRONMENT
  })
  expectRefused(await hop2.step('gate', gateInputs(runId)), /requester|started the playbook/i)

  // Dispatching the next hop anyway does not get past the gate: there is no input that claims
  // an approval, the plan reports the pending gate, and the item job refuses to run.
  const hop3 = workflowRun(world.fake, world.origin, nextRunId(world.fake), BOT)
  const plan = await hop3.step('plan', {
    playbook: 'playbook.md',
    'run-id': runId,
    'state-run-id': String(hop2.id)
  })
  expect(plan.code).toBe(0)
  expect(plan.outputs).toMatchObject({ status: 'awaiting_human_gate', done: 'true', 'item-id': '' })
  const item = await hop3.step('item', {
    playbook: 'playbook.md',
    'run-id': runId,
    'item-id': '03',
    'state-run-id': String(hop2.id),
    agents: 'scripted',
    scenario: 'scenario.json'
  })
  expect(item.code).not.toBe(0)
  expect(item.stdout).toMatch(/item 03 did not run: .*02 awaits a manual gate/)

  // A decision made with the CLI on some machine and smuggled into the state is refused.
  const local = workflowRun(world.fake, world.origin, nextRunId(world.fake), BOT)
  const restored = await local.step('plan', {
    playbook: 'playbook.md',
    'run-id': runId,
    'state-run-id': String(hop2.id)
  })
  const state = JSON.parse(
    readFileSync(findFile(restored.workspace, 'run_state.json'), 'utf8')
  ) as { items: Array<{ item_id: string; checkpoint_ref: string }> }
  const checkpoint = state.items.find((entry) => entry.item_id === '02')?.checkpoint_ref as string
  execFileSync(
    'git',
    ['fetch', '-q', 'origin', `+refs/heads/orchestrator/*:refs/heads/orchestrator/*`],
    {
      cwd: restored.workspace
    }
  )
  execFileSync(
    process.execPath,
    [
      BUNDLED_CLI,
      'mark-manual-gate',
      '--run-id',
      runId,
      '--item',
      '02',
      '--decision',
      'approved',
      '--by',
      'rita',
      '--note',
      'trust me',
      '--checkpoint',
      checkpoint
    ],
    { cwd: restored.workspace, env: { ...process.env, HOME: world.origin.home } }
  )
  // A forger with write access also pushes the branch the local decision moved, so that the
  // run branch matches the forged state and only the missing review record gives it away.
  execFileSync('git', ['push', '-q', 'origin', `orchestrator/run/${runId}`], {
    cwd: restored.workspace
  })
  forgeLink(restored.workspace, runId, { workflow_run_id: local.id })
  await uploadState(restored.workspace, runId, local.id)
  const after = workflowRun(world.fake, world.origin, nextRunId(world.fake), BOT)
  expectRefused(
    await after.step('plan', {
      playbook: 'playbook.md',
      'run-id': runId,
      'state-run-id': String(local.id)
    }),
    /without GitHub's review record/
  )
  expect(world.fake.violations).toEqual([])
})

function findFile(root: string, name: string): string {
  const found: string[] = []
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir)) {
      if (entry === '.git' || entry === 'node_modules') continue
      const path = join(dir, entry)
      if (statSync(path).isDirectory()) walk(path)
      else if (entry === name) found.push(path)
    }
  }
  walk(join(root, '.local'))
  if (found.length !== 1) throw new Error(`expected one ${name}, found ${found.length}`)
  return found[0] as string
}

/** Uploads a workspace's run state as a workflow run's state artifact, as a job would. */
async function uploadState(workspace: string, runId: string, workflowRunId: number): Promise<void> {
  const run = world.fake.workflowRun(workflowRunId)
  if (run === undefined) throw new Error(`no workflow run ${workflowRunId}`)
  process.env.ACTIONS_RUNTIME_TOKEN = runtimeToken(run.backendId, `forger-${workflowRunId}`)
  process.env.ACTIONS_RESULTS_URL = `${world.fake.url}/`
  process.env.GITHUB_SERVER_URL = 'https://github.com'
  process.env.GITHUB_WORKSPACE = workspace
  const { DefaultArtifactClient } = await import('@actions/artifact')
  const files: string[] = []
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry)
      if (statSync(path).isDirectory()) walk(path)
      else if (!/\.lock|owner\.json/.test(path)) files.push(path)
    }
  }
  for (const root of [
    '.local/automation/plan_orchestrator/runs',
    '.local/ai/plan_orchestrator/runs'
  ])
    walk(join(workspace, root, runId))
  await new DefaultArtifactClient().uploadArtifact(
    `plan-orchestrator-state-${runId}-item`,
    files,
    workspace
  )
}

it('records a rejection from GitHub, with the reviewer and comment, and the run stops there', async () => {
  const { runId, hop2 } = await runToGate(world.fake, world.origin)
  const runBranch = `orchestrator/run/${runId}`
  const before = world.origin.git(world.origin.bare, 'rev-parse', runBranch)
  world.fake.addApproval(hop2.id, {
    state: 'rejected',
    user: REVIEWER,
    comment: 'the changelog entry names the wrong version',
    environment: GATE_ENVIRONMENT
  })
  // A rejected review fails the gate job unrun; the gate-rejected job records it.
  const recorded = await hop2.step('gate', gateInputs(runId))
  expect(recorded.code).toBe(0)
  expect(recorded.outputs).toMatchObject({ decision: 'rejected', reviewer: REVIEWER.login })
  expect(recorded.summary).toContain('rejected')
  expect(world.origin.git(world.origin.bare, 'rev-parse', runBranch)).toBe(before)

  const next = workflowRun(world.fake, world.origin, nextRunId(world.fake), BOT)
  const plan = await next.step('plan', {
    playbook: 'playbook.md',
    'run-id': runId,
    'state-run-id': String(hop2.id)
  })
  expect(plan.code).toBe(0)
  expect(plan.stdout).toContain(`gate of item 02: rejected by ${REVIEWER.login}`)
  expect(plan.outputs).toMatchObject({ status: 'escalated', done: 'true' })
})
