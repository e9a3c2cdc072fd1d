import type { Lane } from '../run/lifecycle.js'
import type { RunState } from '../schemas/run-state.js'
import type { BudgetLimitName, BudgetStop } from '../schemas/usage.js'
import { formatCount, formatUsd } from './format.js'
import { type ModelPrices, priceFor } from './prices.js'
import { activeBudgetStop, budgetLimits, callsOfItem, totalsOf } from './summary.js'

/**
 * The spending limits of a run, checked around every agent call. Before a call: a limit that
 * is already reached refuses the call. After it: a limit the call went over stops the item.
 * Either way the item ends `escalated` with the reason `budget_exhausted` and these figures,
 * and `resume` with a higher limit continues it. Calls whose cost is unknown cannot be
 * counted against a cost limit; the figures say how many there were.
 */

export type BudgetMoment = 'before_call' | 'after_call'

export interface BudgetCheck {
  readonly state: RunState
  readonly itemId: string
  readonly moment: BudgetMoment
  /** The call about to run (before) or just made (after). */
  readonly lane: Lane
  readonly cycle: string
}

export type BudgetVerdict =
  | { readonly kind: 'within' }
  | {
      readonly kind: 'exhausted'
      /** Everything of the stop but where and when it was recorded. */
      readonly stop: Omit<BudgetStop, 'attempt_number' | 'at_utc'>
    }

export const BUDGET_FLAGS: Readonly<Record<BudgetLimitName, string>> = {
  max_cost_usd_per_item: '--max-cost-usd-per-item',
  max_cost_usd_per_run: '--max-cost-usd-per-run',
  max_tokens_per_item: '--max-tokens-per-item'
}

export function checkBudget(check: BudgetCheck): BudgetVerdict {
  const limits = budgetLimits(check.state)
  const item = totalsOf(callsOfItem(check.state, check.itemId))
  const run = totalsOf(check.state.agent_calls)
  const measured: ReadonlyArray<{
    readonly limit: BudgetLimitName
    readonly value: number | null
    readonly spent: number
    readonly unit: 'usd' | 'tokens'
    readonly unknown: number
  }> = [
    {
      limit: 'max_cost_usd_per_item',
      value: limits.max_cost_usd_per_item,
      spent: item.known_cost_usd,
      unit: 'usd',
      unknown: item.calls_without_cost
    },
    {
      limit: 'max_cost_usd_per_run',
      value: limits.max_cost_usd_per_run,
      spent: run.known_cost_usd,
      unit: 'usd',
      unknown: run.calls_without_cost
    },
    {
      limit: 'max_tokens_per_item',
      value: limits.max_tokens_per_item,
      spent: item.total_tokens,
      unit: 'tokens',
      unknown: 0
    }
  ]
  for (const entry of measured) {
    if (entry.value === null) continue
    const over =
      check.moment === 'before_call' ? entry.spent >= entry.value : entry.spent > entry.value
    if (!over) continue
    return {
      kind: 'exhausted',
      stop: {
        limit: entry.limit,
        limit_value: entry.value,
        spent: entry.spent,
        unit: entry.unit,
        calls_without_cost: entry.unknown,
        checked: check.moment,
        lane: check.lane,
        cycle: check.cycle,
        message: budgetMessage(check, entry.limit, entry.value, entry.spent, entry.unknown)
      }
    }
  }
  return { kind: 'within' }
}

function budgetMessage(
  check: BudgetCheck,
  limit: BudgetLimitName,
  value: number,
  spent: number,
  unknown: number
): string {
  const tokens = limit === 'max_tokens_per_item'
  const amount = (figure: number): string =>
    tokens ? `${formatCount(figure)} tokens` : formatUsd(figure)
  const who = limit === 'max_cost_usd_per_run' ? 'the run has' : `item ${check.itemId} has`
  const verb = tokens ? 'used' : 'spent'
  const figures =
    check.moment === 'before_call'
      ? `${who} ${verb} ${amount(spent)} of ${limit} ${amount(value)}, so the ${check.lane} call (${check.cycle}) was not started`
      : `${who} ${verb} ${amount(spent)}, over ${limit} ${amount(value)}, after the ${check.lane} call (${check.cycle})`
  const uncounted = unknown > 0 ? ` (${unknown} call(s) of unknown cost are not counted)` : ''
  return (
    `budget_exhausted: ${figures}${uncounted}. Raise the limit and resume: ` +
    `plan-orchestrator resume --run-id ${check.state.run_id} ${BUDGET_FLAGS[limit]} <${tokens ? 'TOKENS' : 'USD'}> ` +
    `(or runtime_policy.${limit} in plan_orchestrator.json)`
  )
}

/**
 * A cost limit is only as good as the prices behind it: codex reports no cost, so its model
 * must be in the price table, or the limit could never be enforced. Claude reports its own.
 */
export function unpricedBudgetProblems(options: {
  readonly max_cost_usd_per_item: number | null
  readonly max_cost_usd_per_run: number | null
  readonly codex_model: string
  readonly model_prices: Readonly<ModelPrices>
}): string[] {
  const limit =
    options.max_cost_usd_per_item !== null
      ? 'max_cost_usd_per_item'
      : options.max_cost_usd_per_run !== null
        ? 'max_cost_usd_per_run'
        : undefined
  if (limit === undefined || priceFor(options.model_prices, options.codex_model) !== undefined)
    return []
  return [
    `runtime policy sets ${limit}, but codex_model '${options.codex_model}' has no price in model_prices and codex reports no cost, so the limit could not be enforced; add the model under runtime_policy.model_prices in plan_orchestrator.json (docs/configuration.md)`
  ]
}

/** The command that continues an item stopped by `stop`, with the limit to raise. */
export function budgetResumeCommand(runId: string, stop: BudgetStop): string {
  const unit = stop.unit === 'tokens' ? 'TOKENS' : 'USD'
  return `plan-orchestrator resume --run-id ${runId} ${BUDGET_FLAGS[stop.limit]} <${unit}>`
}

/** What the escalation manifest asks of a human when a budget stopped the item. */
export function budgetAction(stop: BudgetStop): {
  readonly action_id: string
  readonly description: string
  readonly owner_hint: 'human'
  readonly evidence_needed: string[]
  readonly blocking: true
} {
  const spent = stop.unit === 'tokens' ? `${formatCount(stop.spent)} tokens` : formatUsd(stop.spent)
  const limit =
    stop.unit === 'tokens' ? `${formatCount(stop.limit_value)} tokens` : formatUsd(stop.limit_value)
  return {
    action_id: 'raise-budget',
    description: `Raise ${stop.limit} (now ${limit}; spent ${spent}) with ${BUDGET_FLAGS[stop.limit]} or runtime_policy.${stop.limit} in plan_orchestrator.json, then resume; or leave the item stopped.`,
    owner_hint: 'human',
    evidence_needed: [],
    blocking: true
  }
}

/**
 * Why `resume` would be refused before it starts anything: the item it would continue was
 * stopped by a budget limit that it still has reached. Undefined when resuming can proceed.
 */
export function budgetStillReached(state: RunState): string | undefined {
  const item = state.items.find((entry) => entry.item_id === state.current_item_id)
  const stop = item === undefined ? null : activeBudgetStop(item)
  if (item === undefined || stop === null) return undefined
  const verdict = checkBudget({
    state,
    itemId: item.item_id,
    moment: 'before_call',
    lane: 'execute',
    cycle: 'execute.round-0'
  })
  if (verdict.kind === 'within') return undefined
  const reached = verdict.stop
  const show = (value: number): string =>
    reached.unit === 'tokens' ? `${formatCount(value)} tokens` : formatUsd(value)
  return (
    `item ${item.item_id} stopped with budget_exhausted and ${reached.limit} ${show(reached.limit_value)} is still reached (${show(reached.spent)} used); ` +
    `give a higher limit: ${budgetResumeCommand(state.run_id, { ...stop, ...reached })} ` +
    `(or runtime_policy.${reached.limit} in plan_orchestrator.json)`
  )
}
