import { itemsInPlanOrder } from '../run/item-focus.js'
import type { ItemRunState, RunState } from '../schemas/run-state.js'
import {
  type AgentCallRecord,
  type BudgetLimits,
  type BudgetStop,
  type ItemUsage,
  USAGE_SUMMARY_VERSION,
  type UsageSummary,
  type UsageTotals
} from '../schemas/usage.js'
import { round6 } from './prices.js'

/**
 * Usage and cost of a run, from the per-call records in its state: totals per attempt, item
 * and run. `runUsageSummary` and `itemUsageSummary` are what every renderer calls (status,
 * the job summary, the pull request body, action outputs), so they all show the same figures.
 */

export const EMPTY_TOTALS: UsageTotals = {
  calls: 0,
  duration_ms: 0,
  input_tokens: 0,
  cached_input_tokens: 0,
  cache_write_tokens: 0,
  output_tokens: 0,
  reasoning_tokens: 0,
  total_tokens: 0,
  calls_without_usage: 0,
  cost_usd: 0,
  known_cost_usd: 0,
  calls_without_cost: 0
}

export function totalsOf(calls: readonly AgentCallRecord[]): UsageTotals {
  const totals = { ...EMPTY_TOTALS }
  for (const call of calls) {
    totals.calls += 1
    totals.duration_ms += call.duration_ms
    if (call.tokens === null) totals.calls_without_usage += 1
    else {
      totals.input_tokens += call.tokens.input
      totals.cached_input_tokens += call.tokens.cached_input
      totals.cache_write_tokens += call.tokens.cache_write
      totals.output_tokens += call.tokens.output
      totals.reasoning_tokens += call.tokens.reasoning ?? 0
      totals.total_tokens += call.tokens.total
    }
    if (call.cost_usd === null) totals.calls_without_cost += 1
    else totals.known_cost_usd += call.cost_usd
  }
  totals.known_cost_usd = round6(totals.known_cost_usd)
  totals.cost_usd = totals.calls_without_cost > 0 ? null : totals.known_cost_usd
  return totals
}

export function budgetLimits(state: RunState): BudgetLimits {
  return {
    max_cost_usd_per_item: state.options.max_cost_usd_per_item,
    max_cost_usd_per_run: state.options.max_cost_usd_per_run,
    max_tokens_per_item: state.options.max_tokens_per_item
  }
}

/**
 * The budget stop that ended the item's latest attempt, if that is why it escalated: the
 * terminal reason `budget_exhausted`, with its figures.
 */
export function activeBudgetStop(item: ItemRunState): BudgetStop | null {
  const stop = item.budget_stop
  return stop !== null &&
    stop.attempt_number === item.attempt_number &&
    item.terminal_state === 'escalated' &&
    (item.terminal_summary ?? '').includes(stop.message)
    ? stop
    : null
}

export function callsOfItem(state: RunState, itemId: string): AgentCallRecord[] {
  return state.agent_calls.filter((call) => call.item_id === itemId)
}

function itemUsage(state: RunState, item: ItemRunState): ItemUsage {
  const calls = callsOfItem(state, item.item_id)
  const attempts = [...new Set(calls.map((call) => call.attempt_number))].sort((a, b) => a - b)
  return {
    item_id: item.item_id,
    totals: totalsOf(calls),
    attempts: attempts.map((attempt) => {
      const ofAttempt = calls.filter((call) => call.attempt_number === attempt)
      return { attempt_number: attempt, totals: totalsOf(ofAttempt), calls: ofAttempt }
    }),
    budget_stop: activeBudgetStop(item)
  }
}

/** Every item's usage (plan order), the run's totals and its budget limits. */
export function runUsageSummary(state: RunState): UsageSummary {
  const items = itemsInPlanOrder(state)
  return {
    schema_version: USAGE_SUMMARY_VERSION,
    run_id: state.run_id,
    limits: budgetLimits(state),
    run: totalsOf(state.agent_calls),
    items: items.map((item) => itemUsage(state, item))
  }
}

/** One item's usage (every attempt, every call) beside the run's totals and limits. */
export function itemUsageSummary(
  state: RunState,
  itemId: string
): { readonly item: ItemUsage; readonly run: UsageTotals; readonly limits: BudgetLimits } {
  const item = state.items.find((entry) => entry.item_id === itemId)
  if (item === undefined) throw new Error(`run ${state.run_id} has no item ${itemId}`)
  return {
    item: itemUsage(state, item),
    run: totalsOf(state.agent_calls),
    limits: budgetLimits(state)
  }
}
