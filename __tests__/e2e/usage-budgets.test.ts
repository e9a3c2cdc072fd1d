import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { schemaErrors } from '../helpers/published-schemas.js'
import { type DemoRepo, makeDemoRepo, readRunFile, runResult, writePolicy } from './harness.js'

// What each agent call used and cost, and the budgets that stop an item, end to end: the
// bundled CLI with the fake codex and claude on PATH, which report usage in the real CLIs'
// own fields (codex `turn.completed`, claude's result envelope).

const GREETING_FIX = {
  'src/greeting.mjs': 'export function greet(name) {\n  return `Hello, ${name}!`\n}\n'
}

/** $0.28 at gpt-5.4's default price: 80,000 plain input, 20,000 cached, 5,000 output. */
const EXECUTE_USAGE = {
  input_tokens: 100_000,
  cached_input_tokens: 20_000,
  output_tokens: 5_000,
  reasoning_output_tokens: 1_000
}

const SCENARIO = {
  version: 1,
  scripts: [
    { lane: 'execute', item_id: '01', steps: [{ write: GREETING_FIX }, { usage: EXECUTE_USAGE }] },
    // $0.155
    { lane: 'audit_codex', steps: [{ usage: { input_tokens: 50_000, output_tokens: 2_000 } }] },
    // claude's own figure: $0.12
    {
      lane: 'audit_claude',
      steps: [
        {
          usage: {
            input_tokens: 900,
            cache_read_input_tokens: 20_000,
            output_tokens: 800,
            total_cost_usd: 0.12,
            model: 'claude-opus-4-8'
          }
        }
      ]
    }
    // triage: the fake codex's own default usage, 1,234 in (200 cached) and 56 out: $0.003475
  ]
}

const EXECUTE_COST = 0.28
/** 0.28 + 0.155 + 0.12 + 0.003475, summed to the millionth of a dollar. */
const RUN_COST = 0.558475

interface Totals {
  calls: number
  total_tokens: number
  cost_usd: number | null
  known_cost_usd: number
}
interface Call {
  lane: string
  agent: string
  model: string | null
  effort: string | null
  duration_ms: number
  tokens: { input: number; cached_input: number; output: number; total: number } | null
  cost_usd: number | null
  cost_source: string | null
}
interface StatusJson {
  items: Array<{
    item_id: string
    attempt_number: number
    terminal_state: string
    terminal_reason: string | null
    terminal_summary: string | null
    usage: Totals
  }>
  pending_action: { kind: string; detail: string } | null
  usage: {
    limits: Record<string, number | null>
    run: Totals
    items: Array<{
      item_id: string
      totals: Totals
      attempts: Array<{ attempt_number: number; totals: Totals; calls: Call[] }>
      budget_stop: Record<string, unknown> | null
    }>
  }
}

function status(repo: DemoRepo, runId: string): StatusJson {
  const shown = repo.cli(['status', '--run-id', runId, '--format', 'json'])
  expect(shown.code).toBe(0)
  return JSON.parse(shown.stdout) as StatusJson
}

function journal(repo: DemoRepo): Array<{ event: string; lane?: string }> {
  return readFileSync(join(repo.home, 'journal.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { event: string; lane?: string })
}

function invokedLanes(repo: DemoRepo): string[] {
  return journal(repo)
    .filter((entry) => entry.event === 'invoked')
    .map((entry) => entry.lane ?? '')
}

function newRepo(): { repo: DemoRepo; env: Record<string, string> } {
  const repo = makeDemoRepo()
  return { repo, env: { FAKE_AGENT_JOURNAL: join(repo.home, 'journal.jsonl') } }
}

describe('usage and cost of every agent call', () => {
  it('records tokens, time, model, effort and cost per call, and totals them per attempt, item and run', () => {
    const { repo, env } = newRepo()
    const run = repo.cli(
      ['run', '--playbook', 'playbook.md', '--item', '01', '--json'],
      SCENARIO,
      env
    )
    expect(run.code).toBe(0)
    const result = runResult(run.stdout)
    expect(result.last_terminal_state).toBe('passed')

    const shown = status(repo, result.run_id)
    const calls = shown.usage.items[0]?.attempts[0]?.calls ?? []
    expect(
      calls.map((call) => [call.lane, call.agent, call.model, call.effort, call.cost_source])
    ).toEqual([
      ['execute', 'codex', 'gpt-5.4', 'xhigh', 'price_table'],
      ['audit_codex', 'codex', 'gpt-5.4', 'xhigh', 'price_table'],
      ['audit_claude', 'claude', 'claude-opus-4-8', 'max', 'cli'],
      ['triage', 'codex', 'gpt-5.4', 'xhigh', 'price_table']
    ])
    expect(calls.map((call) => call.cost_usd)).toEqual([0.28, 0.155, 0.12, 0.003475])
    expect(calls[0]?.tokens).toEqual({
      input: 100_000,
      cached_input: 20_000,
      cache_write: 0,
      output: 5_000,
      reasoning: 1_000,
      total: 105_000
    })
    // claude counts input without the cache; the record counts all of it.
    expect(calls[2]?.tokens).toMatchObject({ input: 20_900, cached_input: 20_000, output: 800 })
    expect(calls.every((call) => call.duration_ms > 0)).toBe(true)
    expect(shown.usage.run).toMatchObject({
      calls: 4,
      cost_usd: RUN_COST,
      known_cost_usd: RUN_COST
    })
    expect(shown.usage.items[0]?.totals).toEqual(shown.usage.run)
    expect(shown.items[0]?.usage).toEqual(shown.usage.run)
    expect(shown.items[1]?.usage).toMatchObject({ calls: 0, cost_usd: 0 })
    expect(shown.usage.limits).toEqual({
      max_cost_usd_per_item: null,
      max_cost_usd_per_run: null,
      max_tokens_per_item: null
    })

    // The same figures in run_state.json and usage.json, both valid against schemas/.
    const state = readRunFile(repo, result.run_id, 'run_state.json') as { agent_calls: Call[] }
    expect(state.agent_calls).toEqual(calls)
    expect(schemaErrors('run_state', state)).toEqual([])
    const usageFile = readRunFile(repo, result.run_id, 'usage.json') as StatusJson['usage']
    expect(usageFile).toEqual(shown.usage)
    expect(schemaErrors('usage_summary', usageFile)).toEqual([])

    // --json progress: one agent_call event per call, with the item's and run's totals so far.
    const events = run.stderr
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { type: string; call?: Call; run?: Totals })
      .filter((event) => event.type === 'agent_call')
    expect(events.map((event) => event.call?.lane)).toEqual([
      'execute',
      'audit_codex',
      'audit_claude',
      'triage'
    ])
    expect(events.map((event) => event.run?.cost_usd)).toEqual([0.28, 0.435, 0.555, RUN_COST])

    // Text status: the same totals, as people read them.
    const text = repo.cli(['status', '--run-id', result.run_id]).stdout
    expect(text).toContain('  01  passed               attempt 1  ST130_PASSED  $0.5585')
    expect(text).toContain(
      '  run: $0.5585, 179,990 tokens (input 172,134, 40,200 cached; output 7,856 with 1,007 reasoning), 4 agent calls'
    )
    expect(text).toContain('Budget: no limits')
  })

  it('shows tokens and "cost unknown" for a model without a price, never a cost of 0', () => {
    const { repo, env } = newRepo()
    const policy = writePolicy(repo, { codex_model: 'in-house-model' })
    const run = repo.cli(
      ['run', '--playbook', 'playbook.md', '--item', '01', '--config', policy, '--quiet'],
      SCENARIO,
      env
    )
    expect(run.code).toBe(0)
    const shown = status(repo, runResult(run.stdout).run_id)
    const execute = shown.usage.items[0]?.attempts[0]?.calls[0]
    expect(execute).toMatchObject({
      model: 'in-house-model',
      cost_usd: null,
      cost_source: null,
      tokens: { total: 105_000 }
    })
    expect(shown.usage.run).toMatchObject({
      cost_usd: null,
      known_cost_usd: 0.12,
      calls_without_cost: 3
    })
    const text = repo.cli(['status', '--run-id', runResult(run.stdout).run_id]).stdout
    expect(text).toContain('at least $0.12 (cost unknown for 3 calls)')
  })
})

describe('budgets', () => {
  it('stops an item that crosses max_cost_usd_per_item as escalated with budget_exhausted, and resume with a higher limit passes it', () => {
    const { repo, env } = newRepo()
    const run = repo.cli(
      [
        'run',
        '--playbook',
        'playbook.md',
        '--item',
        '01',
        '--max-cost-usd-per-item',
        '0.2',
        '--quiet'
      ],
      SCENARIO,
      env
    )
    expect(run.code).toBe(0)
    const result = runResult(run.stdout)
    expect(result.last_terminal_state).toBe('escalated')
    // Stopped right after the execute call went over: no other agent was started.
    expect(invokedLanes(repo)).toEqual(['execute'])

    const stopped = status(repo, result.run_id)
    expect(stopped.items[0]).toMatchObject({
      terminal_state: 'escalated',
      terminal_reason: 'budget_exhausted',
      usage: { cost_usd: EXECUTE_COST }
    })
    expect(stopped.items[0]?.terminal_summary).toMatch(
      /^budget_exhausted: item 01 has spent \$0\.28, over max_cost_usd_per_item \$0\.20, after the execute call \(execute\.round-0\)/
    )
    expect(stopped.usage.items[0]?.budget_stop).toMatchObject({
      limit: 'max_cost_usd_per_item',
      limit_value: 0.2,
      spent: EXECUTE_COST,
      unit: 'usd',
      checked: 'after_call',
      lane: 'execute',
      attempt_number: 1
    })
    expect(stopped.pending_action?.kind).toBe('escalated')
    expect(stopped.pending_action?.detail).toContain(
      `plan-orchestrator resume --run-id ${result.run_id} --max-cost-usd-per-item <USD>`
    )
    const manifest = readRunFile(
      repo,
      result.run_id,
      'items',
      '01',
      'attempt-1',
      'escalation_manifest.json'
    ) as { required_human_actions: Array<{ action_id: string }>; suggested_resume_command: string }
    expect(manifest.required_human_actions.map((action) => action.action_id)).toEqual([
      'raise-budget'
    ])
    expect(manifest.suggested_resume_command).toBe(
      `plan-orchestrator resume --run-id ${result.run_id} --max-cost-usd-per-item <USD>`
    )

    // The same limit again: refused before anything starts (no new attempt, no agent).
    const same = repo.cli(['resume', '--run-id', result.run_id, '--quiet'], SCENARIO, env)
    expect(same.code).toBe(1)
    expect(same.stderr).toContain(
      'item 01 stopped with budget_exhausted and max_cost_usd_per_item $0.20 is still reached ($0.28 used)'
    )
    expect(same.stderr).not.toMatch(/\n\s+at /)
    expect(status(repo, result.run_id).items[0]?.attempt_number).toBe(1)
    expect(invokedLanes(repo)).toEqual(['execute'])

    // A higher limit: a fresh attempt runs to passed; both attempts count against the item.
    const resumed = repo.cli(
      ['resume', '--run-id', result.run_id, '--max-cost-usd-per-item', '2', '--quiet'],
      SCENARIO,
      env
    )
    expect(resumed.code).toBe(0)
    expect(runResult(resumed.stdout).last_terminal_state).toBe('passed')
    const passed = status(repo, result.run_id)
    expect(passed.items[0]).toMatchObject({ terminal_state: 'passed', terminal_reason: null })
    expect(passed.usage.items[0]?.attempts.map((attempt) => attempt.totals.cost_usd)).toEqual([
      EXECUTE_COST,
      RUN_COST
    ])
    expect(passed.usage.items[0]?.totals.cost_usd).toBe(0.838475)
    expect(passed.usage.limits.max_cost_usd_per_item).toBe(2)

    // The new limit and its source are recorded, in the state and in runtime_policy.json.
    const state = readRunFile(repo, result.run_id, 'run_state.json') as {
      options: { max_cost_usd_per_item: number }
      runtime_policy_sources: Record<string, string>
      runtime_policy_sha256: string
      event_log: Array<{ message: string }>
    }
    expect(state.options.max_cost_usd_per_item).toBe(2)
    expect(state.runtime_policy_sources.max_cost_usd_per_item).toBe('cli')
    expect(state.event_log.map((event) => event.message)).toContain(
      'budget changed on resume: max_cost_usd_per_item $0.20 (cli) → $2.00 (cli)'
    )
    const policyText = readFileSync(
      join(
        repo.root,
        '.local/automation/plan_orchestrator/runs',
        result.run_id,
        'runtime_policy.json'
      ),
      'utf8'
    )
    expect(createHash('sha256').update(policyText).digest('hex')).toBe(state.runtime_policy_sha256)
    expect(JSON.parse(policyText)).toMatchObject({
      sources: { max_cost_usd_per_item: 'cli' },
      options: { max_cost_usd_per_item: 2 }
    })
    expect(schemaErrors('runtime_policy', JSON.parse(policyText))).toEqual([])
    const doctor = JSON.parse(
      repo.cli(['doctor', '--run-id', result.run_id, '--format', 'json']).stdout
    ) as { checks: Array<{ name: string; checks?: Record<string, boolean | null> }> }
    expect(doctor.checks.find((check) => check.name === 'run_references')?.checks).toMatchObject({
      runtime_policy_sha256_matches: true,
      runtime_policy_matches_run_state: true
    })
  })

  it('follows a limit raised in plan_orchestrator.json on resume', () => {
    const { repo, env } = newRepo()
    const config = (limit: number): void =>
      writeFileSync(
        join(repo.root, 'plan_orchestrator.json'),
        JSON.stringify({
          schema_version: 'plan_orchestrator.control_plane.v1',
          runtime_policy: { max_cost_usd_per_item: limit }
        })
      )
    config(0.2)
    const run = repo.cli(
      ['run', '--playbook', 'playbook.md', '--item', '01', '--quiet'],
      SCENARIO,
      env
    )
    const result = runResult(run.stdout)
    expect(result.last_terminal_state).toBe('escalated')
    config(1)
    const resumed = repo.cli(['resume', '--run-id', result.run_id, '--quiet'], SCENARIO, env)
    expect(resumed.code).toBe(0)
    expect(runResult(resumed.stdout).last_terminal_state).toBe('passed')
    const state = readRunFile(repo, result.run_id, 'run_state.json') as {
      runtime_policy_sources: Record<string, string>
      options: { max_cost_usd_per_item: number }
    }
    expect(state.options.max_cost_usd_per_item).toBe(1)
    expect(state.runtime_policy_sources.max_cost_usd_per_item).toBe('repo_config')
  })

  it('refuses to start a call once the budget is spent: max_tokens_per_item reached exactly', () => {
    const { repo, env } = newRepo()
    const run = repo.cli(
      [
        'run',
        '--playbook',
        'playbook.md',
        '--item',
        '01',
        '--max-tokens-per-item',
        '105000',
        '--quiet'
      ],
      SCENARIO,
      env
    )
    const result = runResult(run.stdout)
    expect(result.last_terminal_state).toBe('escalated')
    // The execute call used exactly the limit: it stood, and nothing else was started.
    expect(invokedLanes(repo)).toEqual(['execute'])
    const shown = status(repo, result.run_id)
    expect(shown.items[0]?.terminal_reason).toBe('budget_exhausted')
    expect(shown.usage.items[0]?.budget_stop).toMatchObject({
      limit: 'max_tokens_per_item',
      limit_value: 105_000,
      spent: 105_000,
      unit: 'tokens',
      checked: 'before_call'
    })
    expect(shown.items[0]?.terminal_summary).toContain(
      'item 01 has used 105,000 tokens of max_tokens_per_item 105,000 tokens'
    )
  })

  it('stops the current item once the run as a whole is over max_cost_usd_per_run', () => {
    const { repo, env } = newRepo()
    const run = repo.cli(
      [
        'run',
        '--playbook',
        'playbook.md',
        '--item',
        '01',
        '--max-cost-usd-per-run',
        '0.5',
        '--quiet'
      ],
      SCENARIO,
      env
    )
    const result = runResult(run.stdout)
    expect(result.last_terminal_state).toBe('escalated')
    // $0.28 + $0.155 + $0.12: over after the claude audit; triage never starts.
    expect(invokedLanes(repo)).toEqual(['execute', 'audit_codex', 'audit_claude'])
    const shown = status(repo, result.run_id)
    expect(shown.items[0]?.terminal_reason).toBe('budget_exhausted')
    expect(shown.usage.items[0]?.budget_stop).toMatchObject({
      limit: 'max_cost_usd_per_run',
      spent: 0.555
    })
  })

  it('refuses a cost limit the codex model has no price for, and a limit that is not a number', () => {
    const { repo, env } = newRepo()
    const policy = writePolicy(repo, { codex_model: 'in-house-model' })
    const unpriced = repo.cli(
      [
        'run',
        '--playbook',
        'playbook.md',
        '--item',
        '01',
        '--config',
        policy,
        '--max-cost-usd-per-item',
        '1'
      ],
      SCENARIO,
      env
    )
    expect(unpriced.code).toBe(1)
    expect(unpriced.stderr).toContain(
      "runtime policy sets max_cost_usd_per_item, but codex_model 'in-house-model' has no price in model_prices"
    )
    const bad = repo.cli(
      ['run', '--playbook', 'playbook.md', '--item', '01', '--max-cost-usd-per-item', 'lots'],
      SCENARIO,
      env
    )
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain(
      '--max-cost-usd-per-item lots: expected an amount in USD above 0 (e.g. 2.50) or none'
    )
  })
})
