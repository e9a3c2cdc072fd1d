import { z } from 'zod'

/**
 * What a model costs, per million tokens, for the calls whose CLI reports no cost (codex
 * never does; claude does in its result envelope, and that figure wins). The default table is
 * a snapshot of the providers' public list prices, standard tier, short context: batch,
 * priority, flex, long-context surcharges and regional uplifts are not modelled, so a cost
 * from this table is an estimate. `runtime_policy.model_prices` in plan_orchestrator.json adds
 * models or replaces a model's prices (docs/configuration.md).
 */

export const ModelPriceSchema = z.strictObject({
  /** Input read neither from nor into the prompt cache. */
  input_usd_per_mtok: z.number().min(0),
  /** Input read from the prompt cache. */
  cached_input_usd_per_mtok: z.number().min(0),
  /** Input written to the prompt cache (OpenAI charges the plain input price). */
  cache_write_usd_per_mtok: z.number().min(0),
  /** Output, reasoning included. */
  output_usd_per_mtok: z.number().min(0)
})

export type ModelPrice = z.infer<typeof ModelPriceSchema>

/** Model names as the CLIs report them (codex: the `-m` value; claude: `modelUsage` keys). */
export const ModelPricesSchema = z.record(z.string().min(1), ModelPriceSchema)
export type ModelPrices = z.infer<typeof ModelPricesSchema>

/** When the default table was taken from the pages below. Prices change; check them. */
export const DEFAULT_PRICES_AS_OF = '2026-06'

export const DEFAULT_PRICE_SOURCES = [
  'https://developers.openai.com/api/docs/pricing',
  'https://platform.claude.com/docs/en/about-claude/pricing'
] as const

const openai = (input: number, cached: number, output: number): ModelPrice => ({
  input_usd_per_mtok: input,
  cached_input_usd_per_mtok: cached,
  cache_write_usd_per_mtok: input,
  output_usd_per_mtok: output
})

/** Anthropic: cache reads at 0.1x input, 5-minute cache writes at 1.25x input. */
const anthropic = (input: number, output: number): ModelPrice => ({
  input_usd_per_mtok: input,
  cached_input_usd_per_mtok: round6(input * 0.1),
  cache_write_usd_per_mtok: round6(input * 1.25),
  output_usd_per_mtok: output
})

export const DEFAULT_MODEL_PRICES: Readonly<ModelPrices> = {
  'gpt-5.5': openai(5, 0.5, 30),
  'gpt-5.4': openai(2.5, 0.25, 15),
  'gpt-5.4-mini': openai(0.75, 0.075, 4.5),
  'gpt-5.4-nano': openai(0.2, 0.02, 1.25),
  'gpt-5.2': openai(1.75, 0.175, 14),
  'gpt-5.1': openai(1.25, 0.125, 10),
  'gpt-5.1-codex': openai(1.25, 0.125, 10),
  'gpt-5': openai(1.25, 0.125, 10),
  'gpt-5-codex': openai(1.25, 0.125, 10),
  'gpt-5-mini': openai(0.25, 0.025, 2),
  'claude-opus-4-6': anthropic(5, 25),
  'claude-opus-4-5': anthropic(5, 25),
  'claude-opus-4-1': anthropic(15, 75),
  'claude-opus-4': anthropic(15, 75),
  'claude-sonnet-4-6': anthropic(3, 15),
  'claude-sonnet-4-5': anthropic(3, 15),
  'claude-sonnet-4': anthropic(3, 15),
  'claude-haiku-4-5': anthropic(1, 5)
}

/** A snapshot suffix the providers add to a model name: `-20251001`, `-2026-03-05`. */
const DATED_SUFFIX = /^-\d{4}-?\d{2}-?\d{2}$/

/**
 * The price of `model`: its own entry, else the entry it is a dated snapshot of
 * (`claude-haiku-4-5-20251001` → `claude-haiku-4-5`). A different model that merely shares a
 * prefix (`gpt-5.4-mini` and `gpt-5.4`) never matches.
 */
export function priceFor(prices: Readonly<ModelPrices>, model: string): ModelPrice | undefined {
  const own = Object.hasOwn(prices, model) ? prices[model] : undefined
  if (own !== undefined) return own
  let best: string | undefined
  for (const name of Object.keys(prices)) {
    if (!model.startsWith(name) || !DATED_SUFFIX.test(model.slice(name.length))) continue
    if (best === undefined || name.length > best.length) best = name
  }
  return best === undefined ? undefined : prices[best]
}

export interface PricedTokens {
  /** All input tokens, cache reads and writes included. */
  readonly input: number
  readonly cachedInput: number
  readonly cacheWrite: number
  /** Output tokens, reasoning included. */
  readonly output: number
}

/** USD for `tokens` at `price`, rounded to a millionth of a dollar. */
export function costAt(price: ModelPrice, tokens: PricedTokens): number {
  const plainInput = Math.max(0, tokens.input - tokens.cachedInput - tokens.cacheWrite)
  const micro =
    plainInput * price.input_usd_per_mtok +
    tokens.cachedInput * price.cached_input_usd_per_mtok +
    tokens.cacheWrite * price.cache_write_usd_per_mtok +
    tokens.output * price.output_usd_per_mtok
  return round6(micro / 1_000_000)
}

export function round6(value: number): number {
  return Math.round(value * 1_000_000) / 1_000_000
}
