import { jest } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import {
  BOT,
  GATE_ENVIRONMENT,
  REVIEWER,
  WORKFLOW_PATH,
  nextRunId,
  runToGate,
  stepFailure,
  useGitHubWorld,
  workflowRun
} from './chain-harness.js'
import type { StepResult } from './run-action.js'
import {
  CONTROL,
  artifactsOf,
  forgeLink,
  originRefs,
  putState,
  readJson,
  stateEntries,
  writeJsonFile
} from './trust-harness.js'

// Issue #12: a hop takes a run's state only from its own chain. Each forgery below is refused
// by the committed bundles under Node 24, with the reason in the message, before anything is
// restored, run, pushed or uploaded.

jest.setTimeout(600_000)

const world = useGitHubWorld()

interface Base {
  runId: string
  hop1: number
  hop2: number
  /** The state after hop 2 (item 02 awaits its gate), as a later job restored it. */
  workspace: string
}

let base: Base | undefined

async function setUp(): Promise<Base> {
  if (base !== undefined) return base
  const { runId, hop1, hop2 } = await runToGate(world.fake, world.origin)
  const reader = workflowRun(world.fake, world.origin, nextRunId(world.fake), BOT)
  const planned = await reader.step('plan', {
    playbook: 'playbook.md',
    'run-id': runId,
    'state-run-id': String(hop2.id)
  })
  if (planned.code !== 0) throw new Error(stepFailure(planned))
  expect(planned.outputs).toMatchObject({ status: 'awaiting_human_gate' })
  base = { runId, hop1: hop1.id, hop2: hop2.id, workspace: planned.workspace }
  return base
}

/** The state of hop 2 with item 02 marked passed, chained to `workflowRunId` as its last hop. */
function forgedPassState(b: Base, workflowRunId: number): ReturnType<typeof stateEntries> {
  const statePath = join(b.workspace, CONTROL, b.runId, 'run_state.json')
  const original = readFileSync(statePath, 'utf8')
  const recordPath = join(b.workspace, CONTROL, b.runId, 'gha_run.json')
  const originalRecord = readFileSync(recordPath, 'utf8')
  const state = readJson<{ items: Array<Record<string, unknown>> }>(statePath)
  const item = state.items.find((entry) => entry['item_id'] === '02') as Record<string, unknown>
  Object.assign(item, {
    state: 'ST130_PASSED',
    terminal_state: 'passed',
    manual_gate_status: 'not_required'
  })
  writeJsonFile(statePath, state)
  forgeLink(b.workspace, b.runId, { workflow_run_id: workflowRunId })
  const entries = stateEntries(b.workspace, b.runId)
  // Put the restored copy back as it was for the next forgery.
  writeFileSyncUtf8(statePath, original)
  writeFileSyncUtf8(recordPath, originalRecord)
  return entries
}

function writeFileSyncUtf8(path: string, text: string): void {
  writeJsonFile(path, JSON.parse(text))
}

function expectRefused(result: StepResult, reason: RegExp): void {
  if (result.code === 0) throw new Error(`expected a refusal\n${stepFailure(result)}`)
  expect(result.stdout).toMatch(reason)
}

/** A hop run from `stateRunId`: its plan and item jobs must both refuse, publishing nothing. */
async function expectHopRefused(
  b: Base,
  inputs: { 'state-run-id': string; hop?: string },
  reason: RegExp,
  where: { path?: string; branch?: string } = {}
): Promise<void> {
  const refsBefore = originRefs(world.origin, b.runId)
  const hop = workflowRun(world.fake, world.origin, nextRunId(world.fake), BOT, where)
  const plan = await hop.step('plan', { playbook: 'playbook.md', 'run-id': b.runId, ...inputs })
  expectRefused(plan, reason)
  const item = await hop.step('item', {
    playbook: 'playbook.md',
    'run-id': b.runId,
    'item-id': '03',
    agents: 'scripted',
    scenario: 'scenario.json',
    ...inputs
  })
  expectRefused(item, reason)
  // Refused before anything was restored: no run directory, nothing pushed, nothing uploaded.
  expect(existsSync(join(item.workspace, CONTROL, b.runId))).toBe(false)
  expect(originRefs(world.origin, b.runId)).toEqual(refsBefore)
  expect(artifactsOf(world.fake, hop.id)).toEqual([])
}

it("refuses state from another workflow's run, even one whose state says item 02 passed", async () => {
  const b = await setUp()
  const other = workflowRun(world.fake, world.origin, nextRunId(world.fake), BOT, {
    path: '.github/workflows/other.yml'
  })
  putState(world.fake, other.id, b.runId, forgedPassState(b, other.id))
  await expectHopRefused(
    b,
    { 'state-run-id': String(other.id) },
    new RegExp(
      `workflow run ${other.id} ran the workflow \\.github/workflows/other\\.yml, not ${WORKFLOW_PATH}`
    )
  )
})

it('refuses state from a run on another branch, and a hop run on another branch', async () => {
  const b = await setUp()
  const feature = workflowRun(world.fake, world.origin, nextRunId(world.fake), BOT, {
    branch: 'feature'
  })
  putState(world.fake, feature.id, b.runId, forgedPassState(b, feature.id))
  await expectHopRefused(
    b,
    { 'state-run-id': String(feature.id) },
    new RegExp(`workflow run ${feature.id} ran on feature, not on main`)
  )
  // The whole hop on the other branch: its state's source matches it, the run's start does not.
  await expectHopRefused(
    b,
    { 'state-run-id': String(feature.id) },
    /the run was started from main, but this workflow run is on feature/,
    { branch: 'feature' }
  )
})

it('refuses a skipped hop, an older hop, and a state copied into another workflow run', async () => {
  const b = await setUp()
  // Hop 2 ran after hop 1: continuing hop 3 from hop 1's state skips it.
  await expectHopRefused(
    b,
    { 'state-run-id': String(b.hop1), hop: '2' },
    /this is hop 2, but the state of workflow run \d+ ends at hop 0: hop 1 would be skipped/
  )
  // The same older state with a matching hop number: origin shows that a later hop ran.
  await expectHopRefused(
    b,
    { 'state-run-id': String(b.hop1), hop: '1' },
    /orchestrator\/item\/RUN_\w+\/02\/attempt-1, which this state does not know: a later hop already ran, so this state is superseded/
  )
  // Hop 2's genuine state, uploaded again in another run of the same workflow: replayed.
  const copy = workflowRun(world.fake, world.origin, nextRunId(world.fake), BOT)
  putState(world.fake, copy.id, b.runId, stateEntries(b.workspace, b.runId))
  await expectHopRefused(
    b,
    { 'state-run-id': String(copy.id) },
    new RegExp(
      `the state found in workflow run ${copy.id} \\(attempt 1, item job\\) was saved by workflow run ${b.hop2} \\(attempt 1, item job\\)`
    )
  )
})

it('refuses an artifact with an entry outside the run, with .., absolute, or a link, writing nothing', async () => {
  const b = await setUp()
  const control = `${CONTROL}/${b.runId}`
  const attacks: Array<{ entries: Array<Parameters<typeof putState>[3][number]>; reason: RegExp }> =
    [
      {
        entries: [
          { name: 'playbook.md', content: '# replaced\n' },
          { name: '.git/config', content: '[core]\n\tfsmonitor = /tmp/pwn\n' }
        ],
        reason: /entry "playbook\.md" lies outside the run's directories/
      },
      {
        entries: [{ name: `${control}/../../../../../playbook.md`, content: '# replaced\n' }],
        reason: /climbs out with \.\./
      },
      {
        entries: [{ name: '/tmp/po-absolute-entry', content: 'x' }],
        reason: /entry "\/tmp\/po-absolute-entry" is an absolute path/
      },
      {
        entries: [{ name: `${control}/escape`, content: '/etc', kind: 'symlink' }],
        reason: /is a symbolic link/
      }
    ]
  for (const attack of attacks) {
    const run = workflowRun(world.fake, world.origin, nextRunId(world.fake), BOT)
    forgeLink(b.workspace, b.runId, { workflow_run_id: run.id })
    const entries = [...stateEntries(b.workspace, b.runId), ...attack.entries]
    putState(world.fake, run.id, b.runId, entries)
    const hop = workflowRun(world.fake, world.origin, nextRunId(world.fake), BOT)
    const plan = await hop.step('plan', {
      playbook: 'playbook.md',
      'run-id': b.runId,
      'state-run-id': String(run.id)
    })
    expectRefused(plan, attack.reason)
    expect(plan.stdout).toMatch(/refused, nothing restored/)
    expect(readFileSync(join(plan.workspace, 'playbook.md'), 'utf8')).not.toContain('replaced')
    expect(readFileSync(join(plan.workspace, '.git', 'config'), 'utf8')).not.toContain('pwn')
    expect(existsSync(join(plan.workspace, CONTROL, b.runId))).toBe(false)
    expect(existsSync('/tmp/po-absolute-entry')).toBe(false)
  }
  // Undo the forged links (the next test restores genuine state only).
  const recordPath = join(b.workspace, CONTROL, b.runId, 'gha_run.json')
  const record = readJson<{ chain: Array<{ workflow_run_id: number }> }>(recordPath)
  record.chain = record.chain.filter(
    (link) => link.workflow_run_id === b.hop1 || link.workflow_run_id === b.hop2
  )
  writeJsonFile(recordPath, record)
})

it('after a re-run, refuses the replayed item job and restores the newest attempt, not an older one', async () => {
  const b = await setUp()
  const hop2 = workflowRun(world.fake, world.origin, b.hop2, BOT)
  expect(world.fake.rerun(b.hop2)).toBe(2)
  const refsBefore = originRefs(world.origin, b.runId)
  // "Re-run all jobs": the item job would run item 02 again from hop 1's state.
  const replayed = await hop2.step(
    'item',
    {
      playbook: 'playbook.md',
      'run-id': b.runId,
      'item-id': '02',
      'state-run-id': String(b.hop1),
      agents: 'scripted',
      scenario: 'scenario.json'
    },
    { runAttempt: 2 }
  )
  expectRefused(
    replayed,
    /this workflow run already saved the run's state in an earlier attempt \(plan-orchestrator-state-RUN_\w+-item\); a re-run would replay hop 1/
  )
  expect(originRefs(world.origin, b.runId)).toEqual(refsBefore)
  expect(artifactsOf(world.fake, b.hop2)).toEqual([`plan-orchestrator-state-${b.runId}-item`])

  // The gate job of attempt 2 records the approval: its state is attempt 2's artifact, and the
  // next hop restores that one, not attempt 1's.
  world.fake.addApproval(b.hop2, {
    state: 'approved',
    user: REVIEWER,
    comment: 'approved after the re-run',
    environment: GATE_ENVIRONMENT
  })
  const gate = await hop2.step(
    'gate',
    { 'run-id': b.runId, 'item-id': '02', environment: GATE_ENVIRONMENT },
    { runAttempt: 2 }
  )
  if (gate.code !== 0) throw new Error(stepFailure(gate))
  expect(gate.outputs['state-artifact']).toBe(`plan-orchestrator-state-${b.runId}-gate-attempt-2`)
  const next = workflowRun(world.fake, world.origin, nextRunId(world.fake), BOT)
  const plan = await next.step('plan', {
    playbook: 'playbook.md',
    'run-id': b.runId,
    'state-run-id': String(b.hop2),
    hop: '2'
  })
  if (plan.code !== 0) throw new Error(stepFailure(plan))
  expect(plan.stdout).toContain(`restored plan-orchestrator-state-${b.runId}-gate-attempt-2`)
  expect(plan.outputs).toMatchObject({ status: 'continue', 'item-id': '03' })
})

it("refuses a genuine approval replayed onto another playbook run's gate", async () => {
  const b = await setUp()
  // Run b's gate on hop 2 was approved by REVIEWER (the test above). A second playbook run
  // waits at its own gate; the forger marks it approved with a record naming b's approval.
  const other = await runToGate(world.fake, world.origin)
  const reader = workflowRun(world.fake, world.origin, nextRunId(world.fake), BOT)
  const restored = await reader.step('plan', {
    playbook: 'playbook.md',
    'run-id': other.runId,
    'state-run-id': String(other.hop2.id)
  })
  if (restored.code !== 0) throw new Error(stepFailure(restored))
  const dir = join(restored.workspace, CONTROL, other.runId)
  const statePath = join(dir, 'run_state.json')
  const state = readJson<{ items: Array<Record<string, unknown>> }>(statePath)
  const item = state.items.find((entry) => entry['item_id'] === '02') as Record<string, unknown>
  Object.assign(item, {
    state: 'ST130_PASSED',
    terminal_state: 'passed',
    manual_gate_status: 'approved'
  })
  writeJsonFile(statePath, state)
  const gatePath = (item['latest_paths'] as Record<string, string>)['manual_gate_path'] as string
  writeJsonFile(join(dirname(join(restored.workspace, gatePath)), 'gha_gate.json'), {
    schema_version: 'plan_orchestrator.gha_gate.v1',
    run_id: other.runId,
    item_id: '02',
    attempt_number: 1,
    decision: 'approved',
    reviewer: REVIEWER,
    comment: 'approved after the re-run',
    environment: GATE_ENVIRONMENT,
    workflow_run_id: b.hop2,
    workflow_run_attempt: 2,
    checkpoint_ref: item['checkpoint_ref'],
    recorded_at_utc: '2026-12-06T12:00:00Z'
  })
  const forged = workflowRun(world.fake, world.origin, nextRunId(world.fake), BOT)
  forgeLink(restored.workspace, other.runId, { workflow_run_id: forged.id, item_id: '03' })
  putState(world.fake, forged.id, other.runId, stateEntries(restored.workspace, other.runId))
  const refsBefore = originRefs(world.origin, other.runId)
  const next = workflowRun(world.fake, world.origin, nextRunId(world.fake), BOT)
  const plan = await next.step('plan', {
    playbook: 'playbook.md',
    'run-id': other.runId,
    'state-run-id': String(forged.id)
  })
  expectRefused(
    plan,
    new RegExp(
      `the approval was given on workflow run ${b.hop2}, but checkpoint [0-9a-f]+ of item 02 was produced by workflow run ${other.hop2.id}: an approval counts only on the run that produced its checkpoint`
    )
  )
  expect(originRefs(world.origin, other.runId)).toEqual(refsBefore)
  expect(world.fake.violations).toEqual([])
})
