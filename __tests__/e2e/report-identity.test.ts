import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { makeDemoRepo, readRunFile, runResult, writePolicy } from './harness.js'

// A report is only about the call that asked for it: one naming another item, another
// attempt, another stage or round, or the other auditor fails that stage closed, whatever
// the rest of it says. Through the bundled CLI and the fake codex and claude.

const GREETING_FIX = {
  'src/greeting.mjs': 'export function greet(name) {\n  return `Hello, ${name}!`\n}\n'
}

const RED_GREEN = {
  required: false,
  tests_added_or_updated: [],
  red_commands: [],
  red_failure_evidence: 'Not required for this item.',
  green_commands: [],
  green_pass_evidence: 'Not required for this item.'
}
const IN_SCOPE = { status: 'within_scope', notes: 'Inside src.', scope_exceptions: [] }

function executionReport(identity: object): object {
  return {
    schema_version: 'plan_orchestrator.execution_report.v1',
    stage: 'execute',
    item_id: '01',
    attempt_number: 1,
    summary: 'Greeting changed.',
    verdict: 'implemented',
    consulted_inputs: [],
    files_touched: ['src/greeting.mjs'],
    artifacts_created: [],
    red_green: RED_GREEN,
    scope_compliance: IN_SCOPE,
    unresolved_dependencies: [],
    residual_risks: [],
    next_recommended_state: 'verify',
    ...identity
  }
}

function fixReport(identity: object): object {
  return {
    schema_version: 'plan_orchestrator.fix_report.v1',
    stage: 'fix',
    item_id: '01',
    attempt_number: 1,
    loop_round: 1,
    summary: 'Greeting fixed.',
    verdict: 'changes_applied',
    source_finding_ids: [],
    files_touched: ['src/greeting.mjs'],
    artifacts_created: [],
    red_green: RED_GREEN,
    scope_compliance: IN_SCOPE,
    residual_open_items: [],
    residual_risks: [],
    next_recommended_state: 'reverify',
    ...identity
  }
}

function auditReport(identity: object): object {
  return {
    schema_version: 'plan_orchestrator.audit_report.v1',
    audit_lane: 'codex',
    item_id: '01',
    attempt_number: 1,
    summary: 'Looks right.',
    overall_verdict: 'pass',
    audited_artifacts: [],
    positive_signals: ['greeting matches'],
    limitations: [],
    findings: [],
    next_recommended_state: 'pass',
    ...identity
  }
}

function triageReport(identity: object): object {
  return {
    schema_version: 'plan_orchestrator.triage_report.v1',
    stage: 'triage',
    item_id: '01',
    attempt_number: 1,
    summary: 'Nothing blocks the item.',
    overall_decision: 'pass',
    reasoning_notes: [],
    merged_findings: [],
    suppressed_findings: [],
    next_stage: 'passed',
    ...identity
  }
}

interface RunStateView {
  run_branch_name: string
  base_head_sha: string
  items: Array<{ item_id: string; terminal_state: string; terminal_summary: string | null }>
}

function runItem01(scripts: object[]): RunStateView {
  const repo = makeDemoRepo()
  const config = writePolicy(repo, { max_fix_rounds: 1, max_remediation_rounds: 0 })
  const run = repo.cli(
    ['run', '--playbook', 'playbook.md', '--item', '01', '--config', config, '--quiet'],
    { version: 1, scripts }
  )
  expect(run.stderr).not.toMatch(/\n\s+at /)
  expect(run.code).toBe(0)
  const state = readRunFile(repo, runResult(run.stdout).run_id, 'run_state.json') as RunStateView
  // Nothing of a refused report reaches the run branch.
  if (item01(state).terminal_state !== 'passed')
    expect(repo.git('rev-parse', state.run_branch_name)).toBe(state.base_head_sha)
  return state
}

function item01(state: RunStateView): { terminal_state: string; terminal_summary: string } {
  const item = state.items.find((candidate) => candidate.item_id === '01')
  return {
    terminal_state: item?.terminal_state ?? 'missing',
    terminal_summary: item?.terminal_summary ?? ''
  }
}

describe('a report about another call', () => {
  it('an execution report naming item 02, attempt 7 escalates item 01 with that reason', () => {
    const state = runItem01([
      {
        lane: 'execute',
        item_id: '01',
        steps: [
          { write: GREETING_FIX },
          { report: executionReport({ item_id: '02', attempt_number: 7 }) }
        ]
      }
    ])
    const item = item01(state)
    expect(item.terminal_state).toBe('escalated')
    expect(item.terminal_summary).toMatch(/execute report .*item 02.*attempt 7/)
    expect(item.terminal_summary).toMatch(/item 01.*attempt 1/)
  })

  it('an execution report from another attempt of the same item is refused', () => {
    const state = runItem01([
      {
        lane: 'execute',
        item_id: '01',
        steps: [{ write: GREETING_FIX }, { report: executionReport({ attempt_number: 2 }) }]
      }
    ])
    expect(item01(state).terminal_state).toBe('escalated')
    expect(item01(state).terminal_summary).toMatch(/attempt 2/)
  })

  it('a fix report for another round, or that says it is a remediation, is refused', () => {
    const failing = {
      lane: 'execute',
      item_id: '01',
      steps: [{ write: { 'src/notes.md': 'first try\n' } }]
    }
    const wrongRound = runItem01([
      failing,
      {
        lane: 'fix',
        item_id: '01',
        steps: [{ write: GREETING_FIX }, { report: fixReport({ loop_round: 2 }) }]
      }
    ])
    expect(item01(wrongRound).terminal_state).toBe('escalated')
    expect(item01(wrongRound).terminal_summary).toMatch(/fix report .*round 2.*round 1/)

    const wrongStage = runItem01([
      failing,
      {
        lane: 'fix',
        item_id: '01',
        steps: [{ write: GREETING_FIX }, { report: fixReport({ stage: 'remediation' }) }]
      }
    ])
    expect(item01(wrongStage).terminal_state).toBe('escalated')
    expect(item01(wrongStage).terminal_summary).toMatch(/fix report .*remediation/)
  })

  it('an audit report about another item is an inconclusive audit, so the item fails closed', () => {
    const state = runItem01([
      { lane: 'execute', item_id: '01', steps: [{ write: GREETING_FIX }] },
      { lane: 'audit_codex', item_id: '01', steps: [{ report: auditReport({ item_id: '02' }) }] }
    ])
    expect(item01(state).terminal_state).toBe('escalated')
    expect(item01(state).terminal_summary).toMatch(/inconclusive/)
  })

  it("the codex audit lane refuses a report that says it is claude's", () => {
    const state = runItem01([
      { lane: 'execute', item_id: '01', steps: [{ write: GREETING_FIX }] },
      {
        lane: 'audit_codex',
        item_id: '01',
        steps: [{ report: auditReport({ audit_lane: 'claude' }) }]
      }
    ])
    expect(item01(state).terminal_state).toBe('escalated')
    expect(item01(state).terminal_summary).toMatch(/inconclusive/)
  })

  it('a claude audit about another attempt is inconclusive (report_fields on the default report)', () => {
    const state = runItem01([
      { lane: 'execute', item_id: '01', steps: [{ write: GREETING_FIX }] },
      { lane: 'audit_claude', item_id: '01', steps: [{ report_fields: { attempt_number: 4 } }] }
    ])
    expect(item01(state).terminal_state).toBe('escalated')
    expect(item01(state).terminal_summary).toMatch(/inconclusive/)
  })

  it('a triage report about another attempt escalates instead of passing', () => {
    const state = runItem01([
      { lane: 'execute', item_id: '01', steps: [{ write: GREETING_FIX }] },
      { lane: 'triage', item_id: '01', steps: [{ report: triageReport({ attempt_number: 3 }) }] }
    ])
    expect(item01(state).terminal_state).toBe('escalated')
    expect(item01(state).terminal_summary).toMatch(/triage report .*attempt 3/)
  })

  it('the same reports about this call pass the item', () => {
    const state = runItem01([
      {
        lane: 'execute',
        item_id: '01',
        steps: [{ write: GREETING_FIX }, { report: executionReport({}) }]
      },
      { lane: 'audit_codex', item_id: '01', steps: [{ report: auditReport({}) }] },
      { lane: 'triage', item_id: '01', steps: [{ report: triageReport({}) }] }
    ])
    expect(item01(state).terminal_state).toBe('passed')
  })
})

describe('a saved report about another call', () => {
  it('is not continued from after a crash: the attempt is redone', () => {
    const repo = makeDemoRepo()
    const scenario = join(repo.home, 'scripted.json')
    writeFileSync(
      scenario,
      JSON.stringify({
        version: 1,
        scripts: [{ lane: 'execute', item_id: '01', steps: [{ write: GREETING_FIX }] }]
      })
    )
    const agents = ['--agents', 'scripted', '--scenario', scenario, '--quiet']
    const crashed = repo.cli(
      ['run', '--playbook', 'playbook.md', '--item', '01', ...agents],
      undefined,
      { PLAN_ORCHESTRATOR_FAILPOINT: 'ST60_AUDITING_CODEX' }
    )
    expect(crashed.code).toBeNull()
    const runId = readdirSync(join(repo.root, '.local/automation/plan_orchestrator/runs'))[0] ?? ''
    const saved = join(
      repo.root,
      '.local/ai/plan_orchestrator/runs',
      runId,
      'items/01/attempt-1/execution_report.round-0.json'
    )
    const report = JSON.parse(readFileSync(saved, 'utf8')) as Record<string, unknown>
    writeFileSync(saved, JSON.stringify({ ...report, item_id: '02' }))

    const resumed = repo.cli(['resume', '--run-id', runId, ...agents])
    expect(resumed.code).toBe(0)
    const state = readRunFile(repo, runId, 'run_state.json') as RunStateView
    expect(item01(state).terminal_state).toBe('passed')
    // Attempt 1's review was not continued on the foreign report: attempt 2 did the work.
    const attempts = readRunFile(repo, runId, 'run_state.json') as {
      items: Array<{ item_id: string; attempt_number: number }>
    }
    expect(attempts.items.find((item) => item.item_id === '01')?.attempt_number).toBe(2)
  })
})
