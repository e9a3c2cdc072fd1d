import type { Lane } from '../run/lifecycle.js'
import type { RunState } from '../schemas/run-state.js'
import type { AgentCallRecord, CostSource, TokenCounts } from '../schemas/usage.js'
import { type ModelPrices, costAt, priceFor } from './prices.js'

/**
 * One agent call as the run records it: the CLI's reported usage in the one token convention,
 * and its cost from the CLI or, failing that, from the run's price table.
 */

/** What a CLI reported (the kernel's AgentUsage, seen from here). */
export interface ReportedUsage {
  readonly inputTokens?: number
  readonly cachedInputTokens?: number
  readonly cacheWriteTokens?: number
  readonly outputTokens?: number
  readonly reasoningTokens?: number
  readonly costUsd?: number
  readonly model?: string
  readonly effort?: string
}

export interface CallFacts {
  readonly itemId: string
  readonly attempt: number
  readonly lane: Lane
  readonly cycle: string
  readonly agent: string
  readonly status: string
  readonly startedAtUtc: string
  readonly durationMs: number
  readonly usage: ReportedUsage | undefined
}

const whole = (value: number | undefined): number =>
  value === undefined || !Number.isFinite(value) || value < 0 ? 0 : Math.round(value)

/** Null when the CLI reported neither input nor output tokens. */
export function tokenCounts(usage: ReportedUsage | undefined): TokenCounts | null {
  if (usage === undefined) return null
  if (usage.inputTokens === undefined && usage.outputTokens === undefined) return null
  const input = whole(usage.inputTokens)
  const output = whole(usage.outputTokens)
  return {
    input,
    cached_input: Math.min(input, whole(usage.cachedInputTokens)),
    cache_write: Math.min(input, whole(usage.cacheWriteTokens)),
    output,
    reasoning: usage.reasoningTokens === undefined ? null : whole(usage.reasoningTokens),
    total: input + output
  }
}

export function agentCallRecord(facts: CallFacts, prices: Readonly<ModelPrices>): AgentCallRecord {
  const tokens = tokenCounts(facts.usage)
  const model = facts.usage?.model ?? null
  const cost = callCost(facts.usage, tokens, model, prices)
  return {
    item_id: facts.itemId,
    attempt_number: facts.attempt,
    lane: facts.lane,
    cycle: facts.cycle,
    agent: facts.agent,
    status: facts.status,
    started_at_utc: facts.startedAtUtc,
    duration_ms: whole(facts.durationMs),
    model,
    effort: facts.usage?.effort ?? null,
    tokens,
    cost_usd: cost?.usd ?? null,
    cost_source: cost?.source ?? null
  }
}

function callCost(
  usage: ReportedUsage | undefined,
  tokens: TokenCounts | null,
  model: string | null,
  prices: Readonly<ModelPrices>
): { usd: number; source: CostSource } | undefined {
  const reported = usage?.costUsd
  if (reported !== undefined && Number.isFinite(reported) && reported >= 0)
    return { usd: reported, source: 'cli' }
  if (tokens === null || model === null) return undefined
  const price = priceFor(prices, model)
  if (price === undefined) return undefined
  return {
    usd: costAt(price, {
      input: tokens.input,
      cachedInput: tokens.cached_input,
      cacheWrite: tokens.cache_write,
      output: tokens.output
    }),
    source: 'price_table'
  }
}

/** The state with one more call recorded. */
export function appendAgentCall(state: RunState, record: AgentCallRecord, now: string): RunState {
  return { ...state, agent_calls: [...state.agent_calls, record], updated_at_utc: now }
}
