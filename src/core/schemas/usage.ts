import { z } from 'zod'
import { LANES } from '../run/lifecycle.js'
import { ITEM_ID_PATTERN } from './vocabulary.js'

/**
 * What each agent call used and cost, as `run_state.json` records it (`agent_calls`), and the
 * totals per attempt, item and run derived from those records (`usage.json`, `status`).
 *
 * Token counts follow one convention whatever the CLI: `input` is every input token the model
 * read, cache reads and cache writes included; `output` is every output token, reasoning
 * included. Cost is in USD: the CLI's own figure where it reports one (claude), else the
 * run's price table (codex); `null` when neither knows, which is never shown as 0.
 */

export const USAGE_SUMMARY_VERSION = 'plan_orchestrator.usage_summary.v1'

/**
 * `usage.json` in the run's control directory (`runs/<RUN>/usage.json`, in the state
 * artifact): a `UsageSummary`, rewritten after every agent call. Derived: `agent_calls` in
 * run_state.json is the record, and `runUsageSummary(state)` rebuilds this from it.
 */
export const USAGE_FILE = 'usage.json'

const isoTime = z.iso.datetime()
const count = z.int().min(0)
const usd = z.number().min(0)

export const TokenCountsSchema = z.strictObject({
  input: count,
  cached_input: count,
  cache_write: count,
  output: count,
  /** Part of `output`; null when the CLI does not say (claude). */
  reasoning: count.nullable(),
  /** input + output. */
  total: count
})
export type TokenCounts = z.infer<typeof TokenCountsSchema>

/** Where a call's cost comes from. */
export const COST_SOURCES = ['cli', 'price_table'] as const
export type CostSource = (typeof COST_SOURCES)[number]

export const AgentCallRecordSchema = z.strictObject({
  item_id: z.string().regex(ITEM_ID_PATTERN),
  attempt_number: z.int().min(1),
  lane: z.enum(LANES),
  /** `<stage>.round-<k>`, e.g. `execute.round-0`. */
  cycle: z.string().min(1),
  /** The adapter that served the call: `codex`, `claude` or `scripted`. */
  agent: z.string().min(1),
  /** The call's outcome (`ok`, `timeout`, `exit_nonzero`, …). */
  status: z.string().min(1),
  started_at_utc: isoTime,
  duration_ms: count,
  model: z.string().min(1).nullable(),
  effort: z.string().min(1).nullable(),
  /** Null: the CLI reported no usage (e.g. it was killed before its last event). */
  tokens: TokenCountsSchema.nullable(),
  cost_usd: usd.nullable(),
  cost_source: z.enum(COST_SOURCES).nullable()
})
export type AgentCallRecord = z.infer<typeof AgentCallRecordSchema>

export const BUDGET_LIMITS = [
  'max_cost_usd_per_item',
  'max_cost_usd_per_run',
  'max_tokens_per_item'
] as const
export type BudgetLimitName = (typeof BUDGET_LIMITS)[number]

/** Why and where an item stopped for its budget: the figures behind `budget_exhausted`. */
export const BudgetStopSchema = z.strictObject({
  limit: z.enum(BUDGET_LIMITS),
  limit_value: z.number().min(0),
  /** USD for the cost limits, tokens for `max_tokens_per_item`. */
  spent: z.number().min(0),
  unit: z.enum(['usd', 'tokens']),
  /** Calls whose cost is unknown, not counted in `spent` (cost limits only). */
  calls_without_cost: count,
  checked: z.enum(['before_call', 'after_call']),
  lane: z.enum(LANES),
  cycle: z.string().min(1),
  attempt_number: z.int().min(1),
  at_utc: isoTime,
  message: z.string().min(1)
})
export type BudgetStop = z.infer<typeof BudgetStopSchema>

export const UsageTotalsSchema = z.strictObject({
  calls: count,
  duration_ms: count,
  input_tokens: count,
  cached_input_tokens: count,
  cache_write_tokens: count,
  output_tokens: count,
  reasoning_tokens: count,
  total_tokens: count,
  /** Calls that reported no tokens: the token figures leave them out. */
  calls_without_usage: count,
  /** Null when any call's cost is unknown; `known_cost_usd` is then a lower bound. */
  cost_usd: usd.nullable(),
  known_cost_usd: usd,
  calls_without_cost: count
})
export type UsageTotals = z.infer<typeof UsageTotalsSchema>

export const BudgetLimitsSchema = z.strictObject({
  max_cost_usd_per_item: usd.nullable(),
  max_cost_usd_per_run: usd.nullable(),
  max_tokens_per_item: count.nullable()
})
export type BudgetLimits = z.infer<typeof BudgetLimitsSchema>

export const AttemptUsageSchema = z.strictObject({
  attempt_number: z.int().min(1),
  totals: UsageTotalsSchema,
  calls: z.array(AgentCallRecordSchema)
})
export type AttemptUsage = z.infer<typeof AttemptUsageSchema>

export const ItemUsageSchema = z.strictObject({
  item_id: z.string().regex(ITEM_ID_PATTERN),
  totals: UsageTotalsSchema,
  attempts: z.array(AttemptUsageSchema),
  /** Set while the item's latest attempt stopped on a budget (terminal reason budget_exhausted). */
  budget_stop: BudgetStopSchema.nullable()
})
export type ItemUsage = z.infer<typeof ItemUsageSchema>

/** `usage.json` in the run's control directory, and `usage` in `status --format json`. */
export const UsageSummarySchema = z.strictObject({
  schema_version: z.literal(USAGE_SUMMARY_VERSION),
  run_id: z.string().min(1),
  limits: BudgetLimitsSchema,
  run: UsageTotalsSchema,
  items: z.array(ItemUsageSchema)
})
export type UsageSummary = z.infer<typeof UsageSummarySchema>
