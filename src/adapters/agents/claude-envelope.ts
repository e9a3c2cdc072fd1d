import type { AgentStatus, AgentUsage } from '../../kernel/ports.js'
import { isPlainObject, parseJsonObject } from './invocation.js'

/**
 * Reading `claude -p` output (Claude Code 2.1.197). The result envelope is the same with
 * `--output-format json` (one object) and `stream-json` (its last `type: "result"` line).
 */

export type ClaudeEnvelope = Record<string, unknown>

/** The result envelope in stdout, or undefined when there is none. */
export function findResultEnvelope(stdout: string): ClaudeEnvelope | undefined {
  const whole = parseJsonObject(stdout.trim())
  if (whole) return whole
  const lines = stdout.split('\n').reverse()
  for (const line of lines) {
    if (!line.trimStart().startsWith('{')) continue
    const event = parseJsonObject(line)
    if (event?.type === 'result') return event
  }
  return undefined
}

/**
 * Claude exits 1 whenever the envelope says `is_error` (auth, max turns, budget, structured
 * output retries). `subtype` alone is not enough: "Not logged in" comes with `success`.
 */
export function isErrorEnvelope(envelope: ClaudeEnvelope): boolean {
  return (
    envelope.is_error === true ||
    (typeof envelope.subtype === 'string' && envelope.subtype.startsWith('error_'))
  )
}

const AUTH_FAILURE = /not logged in|authentication_failed|invalid api key|oauth token/i

export function classifyErrorEnvelope(envelope: ClaudeEnvelope): {
  status: AgentStatus
  diagnostics: string[]
} {
  const subtype = typeof envelope.subtype === 'string' ? envelope.subtype : 'unknown'
  const result = typeof envelope.result === 'string' ? envelope.result : ''
  const errors = Array.isArray(envelope.errors) ? envelope.errors.map(String) : []
  const apiStatus = envelope.api_error_status
  const auth =
    AUTH_FAILURE.test(result) ||
    errors.some((error) => AUTH_FAILURE.test(error)) ||
    apiStatus === 401 ||
    apiStatus === 403
  const diagnostics = [
    `claude reported an error (subtype ${subtype}, stop_reason ${String(envelope.stop_reason ?? 'unknown')})`,
    ...(result !== '' ? [result] : []),
    ...errors,
    ...describeDenials(envelope.permission_denials)
  ]
  return { status: auth ? 'auth_error' : 'error_envelope', diagnostics }
}

function describeDenials(denials: unknown): string[] {
  if (!Array.isArray(denials)) return []
  return denials.filter(isPlainObject).map((denial) => {
    const tool = String(denial.tool_name ?? 'tool')
    const input = isPlainObject(denial.tool_input) ? denial.tool_input : {}
    const path = input.file_path ?? input.path
    return typeof path === 'string' ? `${tool} denied for ${path}` : `${tool} denied`
  })
}

/**
 * A report from free text, for when structured output is missing: the text itself as JSON,
 * a text that is one fenced block, or the first fenced block holding an object.
 */
export function extractReportFromText(value: unknown): Record<string, unknown> | undefined {
  if (isPlainObject(value)) return value
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  const direct = parseJsonObject(text)
  if (direct) return direct
  const whole = /^```[a-zA-Z]*\s*\n([\s\S]*?)\n?```$/.exec(text)
  if (whole?.[1] !== undefined) {
    const inside = parseJsonObject(whole[1].trim())
    if (inside) return inside
  }
  const first = /```[a-zA-Z]*\s*\n(\{[\s\S]*?\})\s*\n?```/.exec(text)
  return first?.[1] !== undefined ? parseJsonObject(first[1]) : undefined
}

/**
 * Tokens, cost and model of a call from its result envelope. Claude counts `input_tokens`
 * without the cache; the port counts all input, so cache reads and writes are added in. The
 * cost is the envelope's `total_cost_usd` (else the sum of `modelUsage[*].costUSD`); the model
 * is the `modelUsage` entry that cost the most (claude may use a small model on the side).
 */
export function envelopeUsage(
  envelope: ClaudeEnvelope,
  configured: { readonly model?: string; readonly effort?: string } = {}
): AgentUsage | undefined {
  const numberAt = (source: Record<string, unknown>, key: string): number | undefined =>
    typeof source[key] === 'number' && Number.isFinite(source[key]) && source[key] >= 0
      ? source[key]
      : undefined
  const perModel = isPlainObject(envelope.modelUsage)
    ? Object.entries(envelope.modelUsage).filter(
        (entry): entry is [string, Record<string, unknown>] => isPlainObject(entry[1])
      )
    : []
  const sumModels = (key: string): number | undefined => {
    const values = perModel.map(([, usage]) => numberAt(usage, key))
    return values.some((value) => value !== undefined)
      ? values.reduce<number>((sum, value) => sum + (value ?? 0), 0)
      : undefined
  }
  const usage = isPlainObject(envelope.usage) ? envelope.usage : undefined
  const tokens = (envelopeKey: string, modelKey: string): number | undefined =>
    usage !== undefined ? numberAt(usage, envelopeKey) : sumModels(modelKey)
  const uncachedInput = tokens('input_tokens', 'inputTokens')
  const cacheRead = tokens('cache_read_input_tokens', 'cacheReadInputTokens')
  const cacheWrite = tokens('cache_creation_input_tokens', 'cacheCreationInputTokens')
  const main = [...perModel].sort(
    ([, a], [, b]) => (numberAt(b, 'costUSD') ?? 0) - (numberAt(a, 'costUSD') ?? 0)
  )[0]
  const fields: AgentUsage = {
    inputTokens:
      uncachedInput === undefined
        ? undefined
        : uncachedInput + (cacheRead ?? 0) + (cacheWrite ?? 0),
    cachedInputTokens: cacheRead,
    cacheWriteTokens: cacheWrite,
    outputTokens: tokens('output_tokens', 'outputTokens'),
    costUsd: numberAt(envelope, 'total_cost_usd') ?? sumModels('costUSD'),
    numTurns: numberAt(envelope, 'num_turns'),
    model: main?.[0] ?? configured.model,
    effort: configured.effort
  }
  const present = Object.entries(fields).filter(([, value]) => value !== undefined)
  return present.length === 0 ? undefined : (Object.fromEntries(present) as AgentUsage)
}
