import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { jest } from '@jest/globals'
import { BUNDLED_CLI } from '../helpers/bundled-cli.js'
import {
  BOT,
  REQUESTER,
  nextRunId,
  stepFailure,
  useGitHubWorld,
  workflowRun
} from './chain-harness.js'

// Usage, cost and budgets through the committed item bundle against the loopback GitHub fake:
// hop 1 runs an item whose scripted agent calls report usage, under a cost limit it crosses;
// hop 2, dispatched with a higher limit, continues it to passed. Each hop's outputs carry the
// item's and the run's tokens and cost; `status --format json` in the job's workspace carries
// them per call, attempt, item and run.

jest.setTimeout(300_000)

const world = useGitHubWorld()

const GREETING_FIX = {
  'src/greeting.mjs': 'export function greet(name) {\n  return `Hello, ${name}!`\n}\n'
}

/**
 * Usage in the CLIs' own fields. At the default gpt-5.4 price: execute $0.28, codex audit
 * $0.155, triage $0.003475; the claude audit reports its own $0.12.
 */
const SCENARIO = {
  version: 1,
  scripts: [
    {
      lane: 'execute',
      item_id: '01',
      steps: [
        { write: GREETING_FIX },
        {
          usage: {
            input_tokens: 100_000,
            cached_input_tokens: 20_000,
            output_tokens: 5_000,
            reasoning_output_tokens: 1_000
          }
        }
      ]
    },
    { lane: 'audit_codex', steps: [{ usage: { input_tokens: 50_000, output_tokens: 2_000 } }] },
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
    },
    {
      lane: 'triage',
      steps: [
        {
          usage: {
            input_tokens: 1_234,
            cached_input_tokens: 200,
            output_tokens: 56,
            reasoning_output_tokens: 7
          }
        }
      ]
    }
  ]
}

interface UsageOutput {
  item: {
    item_id: string
    totals: { total_tokens: number; cost_usd: number | null }
    attempts: Array<{
      attempt_number: number
      calls: Array<{ lane: string; model: string; cost_usd: number; cost_source: string }>
    }>
    budget_stop: { limit: string; spent: number; limit_value: number } | null
  }
  run: { total_tokens: number; cost_usd: number | null }
  limits: Record<string, number | null>
}

it('reports tokens and cost per call, item and run, stops an item over max-cost-usd-per-item, and a hop with a higher limit passes it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'po-usage-scenario-'))
  writeFileSync(join(dir, 'usage-scenario.json'), JSON.stringify(SCENARIO))
  world.origin.commit(
    'usage-scenario.json',
    join(dir, 'usage-scenario.json'),
    'scenario with usage'
  )
  const scripted = { agents: 'scripted', scenario: 'usage-scenario.json' }

  // Hop 1: $0.28 for the execute call alone is over the $0.20 limit.
  const hop1 = workflowRun(world.fake, world.origin, nextRunId(world.fake), REQUESTER)
  const item1 = await hop1.step('item', {
    playbook: 'playbook.md',
    'run-id': '',
    'item-id': '01',
    'state-run-id': '',
    'max-cost-usd-per-item': '0.2',
    ...scripted
  })
  const runId = item1.outputs['run-id'] as string
  expect({ terminal: item1.outputs['terminal-state'], code: item1.code }).toEqual({
    terminal: 'escalated',
    code: 1
  })
  expect(item1.stdout).toContain('budget_exhausted: item 01 has spent $0.28')
  expect(item1.outputs).toMatchObject({
    tokens: '105000',
    'cost-usd': '0.28',
    'run-tokens': '105000',
    'run-cost-usd': '0.28'
  })
  const usage1 = JSON.parse(item1.outputs.usage as string) as UsageOutput
  expect(usage1.item.budget_stop).toMatchObject({
    limit: 'max_cost_usd_per_item',
    limit_value: 0.2,
    spent: 0.28
  })
  expect(usage1.item.attempts[0]?.calls.map((call) => call.lane)).toEqual(['execute'])
  expect(usage1.limits.max_cost_usd_per_item).toBe(0.2)

  // Hop 2: the same item, a higher limit, a fresh attempt that passes.
  const hop2 = workflowRun(world.fake, world.origin, nextRunId(world.fake), BOT)
  const item2 = await hop2.step('item', {
    playbook: 'playbook.md',
    'run-id': runId,
    'item-id': '01',
    'state-run-id': String(hop1.id),
    'max-cost-usd-per-item': '2',
    ...scripted
  })
  if (item2.code !== 0) throw new Error(stepFailure(item2))
  expect(item2.outputs['terminal-state']).toBe('passed')
  // Both attempts of the item: 105,000 + 179,990 tokens, $0.28 + $0.558475.
  expect(item2.outputs).toMatchObject({
    tokens: '284990',
    'cost-usd': '0.838475',
    'run-tokens': '284990',
    'run-cost-usd': '0.838475'
  })
  // The job summary's run table carries the item's cost, the same figure as the outputs.
  expect(item2.summary).toMatch(/^\| \*\*01\*\* \|.*\| \\\$0\\\.84 \|/m)
  const usage2 = JSON.parse(item2.outputs.usage as string) as UsageOutput
  expect(usage2.item.budget_stop).toBeNull()
  expect(usage2.limits.max_cost_usd_per_item).toBe(2)
  expect(usage2.item.attempts.map((attempt) => attempt.attempt_number)).toEqual([1, 2])
  expect(
    usage2.item.attempts[1]?.calls.map((call) => [
      call.lane,
      call.model,
      call.cost_source,
      call.cost_usd
    ])
  ).toEqual([
    ['execute', 'gpt-5.4', 'price_table', 0.28],
    ['audit_codex', 'gpt-5.4', 'price_table', 0.155],
    ['audit_claude', 'claude-opus-4-8', 'cli', 0.12],
    ['triage', 'gpt-5.4', 'price_table', 0.003475]
  ])

  // The job's workspace holds the run as the artifacts carried it: status shows the same.
  const status = JSON.parse(
    execFileSync(process.execPath, [BUNDLED_CLI, 'status', '--run-id', runId, '--format', 'json'], {
      cwd: item2.workspace,
      encoding: 'utf8'
    })
  ) as {
    items: Array<{ item_id: string; terminal_state: string; usage: { cost_usd: number } }>
    usage: { run: { cost_usd: number; total_tokens: number }; items: UsageOutput['item'][] }
  }
  expect(status.items[0]).toMatchObject({
    item_id: '01',
    terminal_state: 'passed',
    usage: { cost_usd: 0.838475 }
  })
  expect(status.usage.run).toMatchObject({ cost_usd: 0.838475, total_tokens: 284_990 })
  expect(status.usage.items[0]?.attempts[1]?.calls).toEqual(usage2.item.attempts[1]?.calls)
})
