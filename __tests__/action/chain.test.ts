import { jest } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runBundledCli } from '../helpers/bundled-cli.js'
import { checkExample } from './examples.js'
import {
  GATE_ENVIRONMENT,
  REQUESTER,
  REVIEWER,
  runBranchLog,
  stepFailure,
  workflowRun,
  useGitHubWorld
} from './chain-harness.js'

// The Must-show chain: hop 1 passes an item, hop 2 stops at a gate that a reviewer approves,
// hop 3 stops at blocked_external, a hop with evidence passes it. Every job is the committed
// bundle under Node 24 in a fresh clone; state moves only through artifacts and origin.

jest.setTimeout(300_000)

const SCRIPTED = { agents: 'scripted', scenario: 'scenario.json', 'pull-request': 'ready' }

const world = useGitHubWorld()

function expectOk(result: { code: number | null; stdout: string; stderr: string }): void {
  if (result.code !== 0)
    throw new Error(stepFailure({ ...result, outputs: {}, summary: '', firstLineMs: null }))
}

it('runs the demo playbook hop by hop: pass, gate approved in GitHub, blocked, evidence, done', async () => {
  // Hop 1: a human starts the run.
  const hop1 = workflowRun(world.fake, world.origin, 101, REQUESTER)
  const plan1 = await hop1.step('plan', {
    playbook: 'playbook.md',
    'run-id': '',
    'state-run-id': ''
  })
  expectOk(plan1)
  expect(plan1.outputs).toMatchObject({ status: 'new', 'item-id': '01', done: 'false' })
  const item1 = await hop1.step('item', {
    playbook: 'playbook.md',
    'run-id': '',
    'item-id': '01',
    'state-run-id': '',
    ...SCRIPTED
  })
  expectOk(item1)
  const runId = item1.outputs['run-id'] as string
  expect(item1.outputs['terminal-state']).toBe('passed')
  expect(runBranchLog(world.origin, runId)).toHaveLength(2)
  expect(item1.summary).toContain('passed')
  // The passed item's provenance, for the attest job (docs/provenance.md).
  expect(item1.outputs['provenance-subject-digest']).toMatch(/^sha256:[0-9a-f]{64}$/)
  expect(JSON.parse(item1.outputs['provenance-predicate'] as string)).toMatchObject({
    item: { item_id: '01' },
    producer: { kind: 'github_actions', jobs: [{ job: 'item', workflow_run_id: hop1.id }] }
  })
  // After the first passed item: exactly one draft pull request from the run branch into main.
  expect(world.fake.violations).toEqual([])
  expect(world.fake.pullRequests).toHaveLength(1)
  const pull = world.fake.pullRequests[0]!
  expect(pull).toMatchObject({ head: `orchestrator/run/${runId}`, base: 'main', draft: true })
  expect(pull.body).toContain('1 of 3 items passed')
  expect(item1.outputs['pull-request-url']).toBe(
    `https://github.com/acme/widgets/pull/${pull.number}`
  )
  expect(plan1.summary).toContain('0 of 3 items passed')
  const dispatch1 = await hop1.step('dispatch', {
    workflow: 'plan-orchestrator.yml',
    ref: 'main',
    playbook: 'playbook.md',
    'run-id': runId,
    'state-run-id': String(hop1.id),
    hop: '0',
    'max-hops': '10',
    'evidence-path': ''
  })
  expectOk(dispatch1)
  const hop2Id = Number(dispatch1.outputs['workflow-run-id'])
  expect(world.fake.dispatches.at(-1)?.inputs).toEqual({
    playbook: 'playbook.md',
    'run-id': runId,
    'state-run-id': String(hop1.id),
    hop: '1'
  })

  // Hop 2: item 02 stops at its gate; a reviewer approves it in GitHub; the gate job records it.
  const hop2 = workflowRun(world.fake, world.origin, hop2Id, {
    login: 'github-actions[bot]',
    id: 41898282
  })
  const plan2 = await hop2.step('plan', {
    playbook: 'playbook.md',
    'run-id': runId,
    'state-run-id': String(hop1.id)
  })
  expectOk(plan2)
  expect(plan2.outputs).toMatchObject({ status: 'continue', 'item-id': '02' })
  const item2 = await hop2.step('item', {
    playbook: 'playbook.md',
    'run-id': runId,
    'item-id': '02',
    'state-run-id': String(hop1.id),
    ...SCRIPTED
  })
  expectOk(item2)
  expect(item2.outputs['terminal-state']).toBe('awaiting_human_gate')
  // The reviewer is told where to approve (markdown-escaped, as every text in the summary).
  expect(item2.summary.replace(/\\/g, '')).toContain(
    `approve or reject environment **${GATE_ENVIRONMENT}**`
  )
  // The gate summary says what is approved: why, the changed files of the checkpoint, the
  // audits, the cost (no usage recorded: unknown, never $0) and the decision with its command.
  const gateText = item2.summary.replace(/\\/g, '')
  expect(gateText).toContain('What you are approving: item 02')
  expect(gateText).toContain('Why a human decides')
  // Who must approve: the environment's required reviewers, as GitHub names them.
  expect(gateText).toContain('one of **@rita** (the required reviewers of environment')
  expect(gateText).toMatch(/Changed files \(\d+, \+\d+ −\d+\)/)
  expect(gateText).toContain('| docs/CHANGELOG.md | +2 | −0 |')
  expect(gateText).toContain('Audit codex:')
  expect(gateText).toContain('Audit claude:')
  expect(gateText).toContain('cost unknown')
  expect(gateText).toContain(`--checkpoint ${item2.outputs['checkpoint']}`)
  expect(gateText).toContain(`/compare/`)
  checkExample('job-summary-gate.md', item2.summary)
  // The PR opened after hop 1 is the one every later hop updates.
  expect(world.fake.pullRequests).toHaveLength(1)
  expect(runBranchLog(world.origin, runId)).toHaveLength(2)

  world.fake.addApproval(hop2Id, {
    state: 'approved',
    user: REVIEWER,
    comment: 'changelog wording reviewed',
    environment: GATE_ENVIRONMENT
  })
  const gate2 = await hop2.step('gate', {
    'run-id': runId,
    'item-id': '02',
    environment: GATE_ENVIRONMENT,
    'pull-request': 'ready'
  })
  expectOk(gate2)
  expect(gate2.outputs).toMatchObject({ decision: 'approved', reviewer: REVIEWER.login })
  // The body names the decision, the reviewer and the comment.
  expect(world.fake.pullRequests).toHaveLength(1)
  expect(pull.body).toContain('2 of 3 items passed')
  expect(pull.body).toContain('@rita')
  expect(pull.body).toContain('changelog wording reviewed')
  expect(pull.draft).toBe(true)
  expect(runBranchLog(world.origin, runId)).toHaveLength(3)
  const dispatch2 = await hop2.step('dispatch', {
    workflow: 'plan-orchestrator.yml',
    ref: 'main',
    playbook: 'playbook.md',
    'run-id': runId,
    'state-run-id': String(hop2Id),
    hop: '1',
    'max-hops': '10',
    'evidence-path': ''
  })
  expectOk(dispatch2)
  const hop3Id = Number(dispatch2.outputs['workflow-run-id'])

  // Hop 3: the plan re-checks the gate against GitHub; item 03 needs evidence.
  const hop3 = workflowRun(world.fake, world.origin, hop3Id, {
    login: 'github-actions[bot]',
    id: 41898282
  })
  const plan3 = await hop3.step('plan', {
    playbook: 'playbook.md',
    'run-id': runId,
    'state-run-id': String(hop2Id)
  })
  expectOk(plan3)
  expect(plan3.stdout).toContain(`gate of item 02: approved by ${REVIEWER.login}`)
  expect(plan3.outputs).toMatchObject({ status: 'continue', 'item-id': '03' })
  expect(plan3.summary).toContain('2 of 3 items passed')
  expect(plan3.summary).toContain('```mermaid')
  const item3 = await hop3.step('item', {
    playbook: 'playbook.md',
    'run-id': runId,
    'item-id': '03',
    'state-run-id': String(hop2Id),
    ...SCRIPTED
  })
  expectOk(item3)
  expect(item3.outputs['terminal-state']).toBe('blocked_external')
  // The exact next action: the dispatch with every input, hop included.
  expect(item3.summary).toContain(
    `gh workflow run plan-orchestrator.yml --ref main -f playbook=playbook.md -f run-id=${runId} -f state-run-id=${hop3Id} -f hop=3 -f evidence-path=evidence/${runId}/03`
  )
  const bodiesBefore = pull.bodies.length

  // A human commits the evidence and starts the next hop by hand, naming it.
  const evidence = mkdtempSync(join(tmpdir(), 'po-evidence-'))
  writeFileSync(join(evidence, 'vendor-confirmation.txt'), 'Vendor confirmed the new wording.\n')
  world.origin.commit('evidence', evidence, 'evidence for item 03')
  const hop4 = workflowRun(world.fake, world.origin, hop3Id + 100, REQUESTER)
  const plan4 = await hop4.step('plan', {
    playbook: 'playbook.md',
    'run-id': runId,
    'state-run-id': String(hop3Id)
  })
  expectOk(plan4)
  expect(plan4.outputs).toMatchObject({ status: 'blocked_external', 'item-id': '03' })
  // Its first attempt names the wrong directory and fails before it saves anything; the hop is
  // re-run, and the re-run updates the pull request that exists instead of opening another.
  const wrong = await hop4.step('item', {
    playbook: 'playbook.md',
    'run-id': runId,
    'item-id': '03',
    'state-run-id': String(hop3Id),
    'evidence-path': 'no-such-evidence',
    ...SCRIPTED
  })
  expect(wrong.code).not.toBe(0)
  expect(world.fake.rerun(hop4.id)).toBe(2)
  const item4 = await hop4.step(
    'item',
    {
      playbook: 'playbook.md',
      'run-id': runId,
      'item-id': '03',
      'state-run-id': String(hop3Id),
      'evidence-path': 'evidence',
      ...SCRIPTED
    },
    { runAttempt: 2 }
  )
  expectOk(item4)
  expect(item4.outputs['terminal-state']).toBe('passed')
  expect(runBranchLog(world.origin, runId)).toHaveLength(4)
  // The run is complete: the same pull request, its body rewritten, now ready for review.
  expect(world.fake.pullRequests).toHaveLength(1)
  expect(pull.bodies.length).toBeGreaterThan(bodiesBefore)
  expect(pull.body).toContain('3 of 3 items passed')
  expect(pull.draft).toBe(false)
  // Each commit of the run branch with its item and its provenance statement in the artifact.
  const provenanceLines = pull.body
    .split('\n')
    .filter((line) => /^- `[0-9a-f]{12}` item /.test(line))
  expect(provenanceLines.map((line) => line.replace(/^- `[0-9a-f]{12}` /, ''))).toEqual([
    expect.stringMatching(
      /^item 01: checkpoint, passed review; statement: `\S+provenance\.intoto\.json`$/
    ),
    expect.stringMatching(
      /^item 02: checkpoint, approved by rita; statement: `\S+provenance\.intoto\.json`$/
    ),
    expect.stringMatching(
      /^item 03: checkpoint, passed review; statement: `\S+provenance\.intoto\.json`$/
    )
  ])
  expect(pull.body).toContain(`\`plan-orchestrator verify --run-id ${runId}\``)
  checkExample('pull-request-body.md', pull.body)

  const hop5 = workflowRun(world.fake, world.origin, hop3Id + 200, REQUESTER)
  const plan5 = await hop5.step('plan', {
    playbook: 'playbook.md',
    'run-id': runId,
    'state-run-id': String(hop4.id)
  })
  expectOk(plan5)
  expect(plan5.outputs).toMatchObject({ status: 'done', done: 'true', 'item-id': '' })
  expect(plan5.summary).toContain('3 of 3 items passed')
  expect(plan5.summary).toContain('Next: done')
  checkExample('plan-summary-done.md', plan5.summary)
  checkExample('plan-summary-gate-decided.md', plan3.summary)
  expect(world.fake.violations).toEqual([])

  // Provenance: in the last job's checkout (the run's files as its artifact holds them, the run
  // branch as origin has it), every commit of the run branch checks out, one line each.
  const verified = runBundledCli(['verify', '--run-id', runId], { cwd: item4.workspace })
  expect(verified.stderr).toBe('')
  expect(verified.code).toBe(0)
  const lines = verified.stdout.trim().split('\n')
  expect(lines).toHaveLength(4)
  expect(lines.slice(0, 3).map((line) => line.split(' ')[1])).toEqual(['01', '02', '03'])
  expect(lines[1]).toContain(`approved by ${REVIEWER.login}`)
  const gated = JSON.parse(
    readFileSync(
      join(
        item4.workspace,
        '.local/automation/plan_orchestrator/runs',
        runId,
        'items/02/attempt-1/provenance.intoto.json'
      ),
      'utf8'
    )
  ) as { predicate: { gate: unknown; producer: { jobs: unknown[] } } }
  expect(gated.predicate.gate).toMatchObject({
    reviewer: REVIEWER.login,
    comment: 'changelog wording reviewed',
    source: { kind: 'github_approval', workflow_run_id: hop2Id, environment: GATE_ENVIRONMENT }
  })
  // Without GitHub's approval record, the gated item's checkpoint is the broken link.
  const gateRecord = join(
    item4.workspace,
    '.local/automation/plan_orchestrator/runs',
    runId,
    'items/02/attempt-1/gha_gate.json'
  )
  const kept = readFileSync(gateRecord)
  rmSync(gateRecord)
  const unapproved = runBundledCli(['verify', '--run-id', runId], { cwd: item4.workspace })
  expect(unapproved.code).toBe(1)
  expect(unapproved.stderr).toMatch(
    /at commit [0-9a-f]{40} \(item 02\): GitHub's approval record \S+gha_gate\.json is missing/
  )
  writeFileSync(gateRecord, kept)
  expect(gated.predicate.producer.jobs).toEqual([
    expect.objectContaining({ job: 'item', workflow_run_id: hop2Id }),
    expect.objectContaining({ job: 'gate', workflow_run_id: hop2Id })
  ])
})
