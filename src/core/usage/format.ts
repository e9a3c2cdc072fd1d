import type { UsageTotals } from '../schemas/usage.js'

/** Usage figures as people read them; one wording for status, summaries and progress. */

/** 1234567 → `1,234,567` (no locale: the same text on every runner). */
export function formatCount(value: number): string {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** 0.42 → `$0.42`, 0.0123 → `$0.0123`, 12 → `$12.00`. */
export function formatUsd(value: number): string {
  const fixed = value.toFixed(4).replace(/0{1,2}$/, '')
  return `$${fixed}`
}

/** The cost of some calls: exact, a lower bound with the unknown part named, or unknown. */
export function formatCost(totals: UsageTotals): string {
  if (totals.cost_usd !== null) return formatUsd(totals.cost_usd)
  const unknown = `${totals.calls_without_cost} call${totals.calls_without_cost === 1 ? '' : 's'}`
  return totals.known_cost_usd > 0
    ? `at least ${formatUsd(totals.known_cost_usd)} (cost unknown for ${unknown})`
    : 'cost unknown'
}

/** `1,290 tokens (input 1,234 with 200 cached, output 56 with 7 reasoning)`. */
export function formatTokens(totals: UsageTotals): string {
  if (totals.calls > 0 && totals.calls_without_usage === totals.calls) return 'tokens not reported'
  const input = [
    `input ${formatCount(totals.input_tokens)}`,
    ...(totals.cached_input_tokens > 0
      ? [`${formatCount(totals.cached_input_tokens)} cached`]
      : []),
    ...(totals.cache_write_tokens > 0
      ? [`${formatCount(totals.cache_write_tokens)} cache writes`]
      : [])
  ].join(', ')
  const output =
    totals.reasoning_tokens > 0
      ? `output ${formatCount(totals.output_tokens)} with ${formatCount(totals.reasoning_tokens)} reasoning`
      : `output ${formatCount(totals.output_tokens)}`
  const missing =
    totals.calls_without_usage > 0 ? `; ${totals.calls_without_usage} call(s) reported none` : ''
  return `${formatCount(totals.total_tokens)} tokens (${input}; ${output}${missing})`
}

/** One line: tokens, cost, calls and agent time. */
export function formatTotals(totals: UsageTotals): string {
  if (totals.calls === 0) return 'no agent calls'
  const seconds = (totals.duration_ms / 1000).toFixed(1)
  const calls = `${totals.calls} agent call${totals.calls === 1 ? '' : 's'}`
  return `${formatCost(totals)}, ${formatTokens(totals)}, ${calls}, ${seconds} s`
}

/** The action output `cost-usd`: a plain number, or `unknown` when any call's cost is. */
export function costOutput(totals: UsageTotals): string {
  return totals.cost_usd === null ? 'unknown' : String(totals.cost_usd)
}
