import { DEFAULT_OPTIONS, type RuntimeOptions } from '../../../src/core/policy/runtime-policy.js'
import { summarizeRun } from '../../../src/core/run/status-summary.js'
import type { RunState } from '../../../src/core/schemas/run-state.js'
import type { AgentCallRecord } from '../../../src/core/schemas/usage.js'
import {
  budgetStillReached,
  checkBudget,
  unpricedBudgetProblems
} from '../../../src/core/usage/budget.js'
import { formatCost, formatTotals } from '../../../src/core/usage/format.js'
import {
  activeBudgetStop,
  itemUsageSummary,
  runUsageSummary,
  totalsOf
} from '../../../src/core/usage/summary.js'
import { RUN_ID, runState } from '../../helpers/run-state-fixture.js'

function callOf(
  itemId: string,
  attempt: number,
  cost: number | null,
  tokens = 1000
): AgentCallRecord {
  return {
    item_id: itemId,
    attempt_number: attempt,
    lane: 'execute',
    cycle: 'execute.round-0',
    agent: 'codex',
    status: 'ok',
    started_at_utc: '2026-04-05T11:00:00Z',
    duration_ms: 2000,
    model: cost === null ? 'unpriced-model' : 'gpt-5.4',
    effort: 'xhigh',
    tokens: {
      input: tokens - 100,
      cached_input: 0,
      cache_write: 0,
      output: 100,
      reasoning: 10,
      total: tokens
    },
    cost_usd: cost,
    cost_source: cost === null ? null : 'price_table'
  }
}

function stateWith(
  calls: AgentCallRecord[],
  limits: Partial<RuntimeOptions> = {},
  items: Parameters<typeof runState>[2] = { '01': { state: 'ST30_EXECUTING' }, '02': {} }
): RunState {
  return runState('ST30_EXECUTING', '01', items, {
    agent_calls: calls,
    options: { ...DEFAULT_OPTIONS, ...limits }
  })
}

const at = { itemId: '01', lane: 'triage' as const, cycle: 'execute.round-0' }

describe('checkBudget', () => {
  it('is within budget when no limit is set, however much was spent', () => {
    const state = stateWith([callOf('01', 1, 100, 10_000_000)])
    expect(checkBudget({ state, moment: 'before_call', ...at })).toEqual({ kind: 'within' })
    expect(checkBudget({ state, moment: 'after_call', ...at })).toEqual({ kind: 'within' })
  })

  it('refuses a call once the item has spent its limit, and stops after a call that goes over', () => {
    const limits = { max_cost_usd_per_item: 0.5 }
    const exactly = stateWith([callOf('01', 1, 0.2), callOf('01', 1, 0.3)], limits)
    // Spent exactly the limit: the call that did it was fine, the next one may not start.
    expect(checkBudget({ state: exactly, moment: 'after_call', ...at }).kind).toBe('within')
    const before = checkBudget({ state: exactly, moment: 'before_call', ...at })
    expect(before).toMatchObject({
      kind: 'exhausted',
      stop: {
        limit: 'max_cost_usd_per_item',
        limit_value: 0.5,
        spent: 0.5,
        unit: 'usd',
        checked: 'before_call',
        lane: 'triage'
      }
    })
    const over = stateWith([callOf('01', 1, 0.2), callOf('01', 1, 0.31)], limits)
    const after = checkBudget({ state: over, moment: 'after_call', ...at })
    expect(after).toMatchObject({ kind: 'exhausted', stop: { spent: 0.51, checked: 'after_call' } })
    if (after.kind !== 'exhausted') return
    expect(after.stop.message).toBe(
      `budget_exhausted: item 01 has spent $0.51, over max_cost_usd_per_item $0.50, after the triage call (execute.round-0). Raise the limit and resume: plan-orchestrator resume --run-id ${RUN_ID} --max-cost-usd-per-item <USD> (or runtime_policy.max_cost_usd_per_item in plan_orchestrator.json)`
    )
  })

  it('counts every attempt of the item, and only that item, against the item limit', () => {
    const calls = [callOf('01', 1, 0.3), callOf('02', 1, 5), callOf('01', 2, 0.3)]
    const verdict = checkBudget({
      state: stateWith(calls, { max_cost_usd_per_item: 0.5 }),
      moment: 'before_call',
      ...at
    })
    expect(verdict).toMatchObject({ kind: 'exhausted', stop: { spent: 0.6 } })
    const other = checkBudget({
      state: stateWith([callOf('02', 1, 5)], { max_cost_usd_per_item: 0.5 }),
      moment: 'before_call',
      ...at
    })
    expect(other.kind).toBe('within')
  })

  it('checks the run limit over every item, and the token limit per item', () => {
    const calls = [callOf('02', 1, 0.9), callOf('01', 1, 0.2, 4000)]
    const run = checkBudget({
      state: stateWith(calls, { max_cost_usd_per_run: 1 }),
      moment: 'after_call',
      ...at
    })
    expect(run).toMatchObject({
      kind: 'exhausted',
      stop: { limit: 'max_cost_usd_per_run', spent: 1.1 }
    })
    if (run.kind === 'exhausted') expect(run.stop.message).toContain('the run has spent $1.10')
    const tokens = checkBudget({
      state: stateWith(calls, { max_tokens_per_item: 3000 }),
      moment: 'after_call',
      ...at
    })
    expect(tokens).toMatchObject({
      kind: 'exhausted',
      stop: { limit: 'max_tokens_per_item', spent: 4000, unit: 'tokens', limit_value: 3000 }
    })
    if (tokens.kind === 'exhausted')
      expect(tokens.stop.message).toContain('--max-tokens-per-item <TOKENS>')
  })

  it('counts what it can of calls whose cost is unknown, and says how many it could not', () => {
    const calls = [callOf('01', 1, 0.6), callOf('01', 1, null)]
    const verdict = checkBudget({
      state: stateWith(calls, { max_cost_usd_per_item: 0.5 }),
      moment: 'after_call',
      ...at
    })
    expect(verdict).toMatchObject({
      kind: 'exhausted',
      stop: { spent: 0.6, calls_without_cost: 1 }
    })
    if (verdict.kind === 'exhausted')
      expect(verdict.stop.message).toContain('(1 call(s) of unknown cost are not counted)')
  })
})

describe('usage totals and summaries', () => {
  it('totals per attempt, item and run, cost unknown as soon as one call is', () => {
    const state = stateWith([callOf('01', 1, 0.25), callOf('01', 2, 0.5), callOf('02', 1, null)])
    const summary = runUsageSummary(state)
    expect(summary.run).toMatchObject({
      calls: 3,
      total_tokens: 3000,
      reasoning_tokens: 30,
      cost_usd: null,
      known_cost_usd: 0.75,
      calls_without_cost: 1
    })
    expect(summary.items.map((item) => [item.item_id, item.totals.cost_usd])).toEqual([
      ['01', 0.75],
      ['02', null]
    ])
    expect(summary.items[0]?.attempts.map((a) => [a.attempt_number, a.totals.cost_usd])).toEqual([
      [1, 0.25],
      [2, 0.5]
    ])
    expect(formatCost(summary.run)).toBe('at least $0.75 (cost unknown for 1 call)')
    expect(formatCost(summary.items[1]!.totals)).toBe('cost unknown')
    expect(formatTotals(summary.items[0]!.totals)).toBe(
      '$0.75, 2,000 tokens (input 1,800; output 200 with 20 reasoning), 2 agent calls, 4.0 s'
    )
    expect(itemUsageSummary(state, '02')).toEqual({
      item: summary.items[1],
      run: summary.run,
      limits: summary.limits
    })
    expect(totalsOf([])).toMatchObject({ calls: 0, cost_usd: 0 })
  })

  it('reports budget_exhausted with its figures while the stop is the reason of the latest attempt', () => {
    const state = stateWith([callOf('01', 1, 0.6)], { max_cost_usd_per_item: 0.5 })
    const verdict = checkBudget({ state, moment: 'before_call', ...at })
    if (verdict.kind !== 'exhausted') throw new Error('expected a stop')
    const stop = { ...verdict.stop, attempt_number: 1, at_utc: '2026-04-05T11:00:00Z' }
    const escalated = {
      ...state,
      current_state: 'ST140_ESCALATED' as const,
      items: state.items.map((item) =>
        item.item_id === '01'
          ? {
              ...item,
              state: 'ST140_ESCALATED' as const,
              terminal_state: 'escalated' as const,
              terminal_summary: `triage failed: ${stop.message}`,
              budget_stop: stop
            }
          : item
      )
    }
    const status = summarizeRun(escalated, { writerAlive: false })
    expect(status.items[0]).toMatchObject({
      terminal_reason: 'budget_exhausted',
      usage: { cost_usd: 0.6 }
    })
    expect(status.pending_action).toMatchObject({ kind: 'escalated', detail: stop.message })
    expect(status.usage?.items[0]?.budget_stop).toEqual(stop)
    expect(budgetStillReached(escalated)).toContain(
      `item 01 stopped with budget_exhausted and max_cost_usd_per_item $0.50 is still reached ($0.60 used); give a higher limit: plan-orchestrator resume --run-id ${RUN_ID} --max-cost-usd-per-item <USD>`
    )
    // A higher limit: resume may go on.
    expect(
      budgetStillReached({
        ...escalated,
        options: { ...escalated.options, max_cost_usd_per_item: 2 }
      })
    ).toBeUndefined()
    // A later attempt that ended otherwise is not a budget stop any more.
    const later = {
      ...escalated,
      items: escalated.items.map((item) =>
        item.item_id === '01'
          ? { ...item, attempt_number: 2, terminal_summary: 'triage escalated' }
          : item
      )
    }
    expect(activeBudgetStop(later.items[0]!)).toBeNull()
    expect(summarizeRun(later, { writerAlive: false }).items[0]?.terminal_reason).toBeNull()
  })
})

describe('unpricedBudgetProblems', () => {
  it('refuses a cost limit the codex model has no price for', () => {
    expect(unpricedBudgetProblems({ ...DEFAULT_OPTIONS, max_cost_usd_per_item: 1 })).toEqual([])
    expect(unpricedBudgetProblems({ ...DEFAULT_OPTIONS, codex_model: 'gpt-9' })).toEqual([])
    expect(
      unpricedBudgetProblems({ ...DEFAULT_OPTIONS, codex_model: 'gpt-9', max_cost_usd_per_run: 1 })
    ).toEqual([expect.stringContaining("codex_model 'gpt-9' has no price in model_prices")])
  })
})
