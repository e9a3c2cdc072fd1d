import {
  DEFAULT_MODEL_PRICES,
  DEFAULT_PRICES_AS_OF,
  DEFAULT_PRICE_SOURCES,
  ModelPricesSchema,
  costAt,
  priceFor
} from '../../../src/core/usage/prices.js'
import { agentCallRecord, tokenCounts } from '../../../src/core/usage/records.js'

const call = {
  itemId: '01',
  attempt: 1,
  lane: 'execute' as const,
  cycle: 'execute.round-0',
  agent: 'codex',
  status: 'ok',
  startedAtUtc: '2026-12-06T10:00:00Z',
  durationMs: 1500
}

describe('the default price table', () => {
  it('is a dated snapshot with its sources, valid as a runtime-policy table', () => {
    expect(DEFAULT_PRICES_AS_OF).toMatch(/^\d{4}-\d{2}$/)
    expect(DEFAULT_PRICE_SOURCES.every((url) => url.startsWith('https://'))).toBe(true)
    expect(ModelPricesSchema.safeParse(DEFAULT_MODEL_PRICES).success).toBe(true)
    // The policy's default models: codex is priced from here (claude reports its own cost).
    expect(priceFor(DEFAULT_MODEL_PRICES, 'gpt-5.4')).toEqual({
      input_usd_per_mtok: 2.5,
      cached_input_usd_per_mtok: 0.25,
      cache_write_usd_per_mtok: 2.5,
      output_usd_per_mtok: 15
    })
  })

  it('finds a dated snapshot of a model, never a different model that shares a prefix', () => {
    expect(priceFor(DEFAULT_MODEL_PRICES, 'claude-haiku-4-5-20251001')).toBe(
      DEFAULT_MODEL_PRICES['claude-haiku-4-5']
    )
    expect(priceFor(DEFAULT_MODEL_PRICES, 'gpt-5.4-2026-03-05')).toBe(
      DEFAULT_MODEL_PRICES['gpt-5.4']
    )
    expect(priceFor(DEFAULT_MODEL_PRICES, 'gpt-5.4-mini')).toBe(
      DEFAULT_MODEL_PRICES['gpt-5.4-mini']
    )
    expect(
      priceFor({ 'gpt-5.4': DEFAULT_MODEL_PRICES['gpt-5.4']! }, 'gpt-5.4-mini')
    ).toBeUndefined()
    expect(priceFor(DEFAULT_MODEL_PRICES, 'claude-opus-4-8')).toBeUndefined()
    expect(priceFor(DEFAULT_MODEL_PRICES, 'toString')).toBeUndefined()
  })

  it('prices plain input, cache reads, cache writes and output at their own rates', () => {
    const price = {
      input_usd_per_mtok: 3,
      cached_input_usd_per_mtok: 0.3,
      cache_write_usd_per_mtok: 3.75,
      output_usd_per_mtok: 15
    }
    // 600 plain, 300 read, 100 written; 50 output.
    expect(costAt(price, { input: 1000, cachedInput: 300, cacheWrite: 100, output: 50 })).toBe(
      (600 * 3 + 300 * 0.3 + 100 * 3.75 + 50 * 15) / 1_000_000
    )
  })
})

describe('agentCallRecord', () => {
  it('takes the cost a CLI reports over the table, and says where it came from', () => {
    const record = agentCallRecord(
      {
        ...call,
        lane: 'audit_claude',
        agent: 'claude',
        usage: {
          inputTokens: 930,
          cachedInputTokens: 20,
          outputTokens: 80,
          costUsd: 0.42,
          model: 'claude-opus-4-8',
          effort: 'max'
        }
      },
      DEFAULT_MODEL_PRICES
    )
    expect(record).toMatchObject({
      cost_usd: 0.42,
      cost_source: 'cli',
      model: 'claude-opus-4-8',
      effort: 'max'
    })
    expect(record.tokens).toEqual({
      input: 930,
      cached_input: 20,
      cache_write: 0,
      output: 80,
      reasoning: null,
      total: 1010
    })
  })

  it('prices a codex call from the table by its model', () => {
    const record = agentCallRecord(
      {
        ...call,
        usage: {
          inputTokens: 1334,
          cachedInputTokens: 200,
          cacheWriteTokens: 0,
          outputTokens: 66,
          reasoningTokens: 7,
          model: 'gpt-5.4',
          effort: 'xhigh'
        }
      },
      DEFAULT_MODEL_PRICES
    )
    expect(record).toMatchObject({
      cost_source: 'price_table',
      cost_usd: (1134 * 2.5 + 200 * 0.25 + 66 * 15) / 1_000_000,
      duration_ms: 1500,
      tokens: { input: 1334, output: 66, reasoning: 7, total: 1400 }
    })
  })

  it('keeps the tokens of a model without a price and calls its cost unknown, never 0', () => {
    const record = agentCallRecord(
      { ...call, usage: { inputTokens: 500, outputTokens: 40, model: 'some-new-model' } },
      DEFAULT_MODEL_PRICES
    )
    expect(record).toMatchObject({ cost_usd: null, cost_source: null, tokens: { total: 540 } })
  })

  it('records a call that reported nothing as tokens and cost unknown', () => {
    expect(tokenCounts(undefined)).toBeNull()
    expect(tokenCounts({ model: 'gpt-5.4' })).toBeNull()
    const record = agentCallRecord(
      { ...call, status: 'timeout', usage: { model: 'gpt-5.4', effort: 'xhigh' } },
      DEFAULT_MODEL_PRICES
    )
    expect(record).toMatchObject({
      status: 'timeout',
      tokens: null,
      cost_usd: null,
      model: 'gpt-5.4'
    })
  })
})
