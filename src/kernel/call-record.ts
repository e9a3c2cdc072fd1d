import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import {
  AGENT_CALLS_DIR,
  CALL_RECORD_VERSION,
  type CallRecord,
  CallRecordSchema,
  type CallUsage
} from '../core/schemas/provenance.js'
import type { AttemptContext } from './attempt-context.js'
import type { AgentOutcome, AgentUsage, Lane } from './ports.js'
import { fileDigest } from './provenance.js'

/**
 * The record of one agent call, written by the orchestrator in the attempt's control directory
 * after the call (`calls/<lane>.<cycle>.json`): which CLI, version, model and effort served it,
 * the digests of the prompt and the files it was handed, the report that was accepted, and the
 * usage the CLI reported. A passed item's provenance statement lists them.
 */

export interface CallFacts {
  readonly lane: Lane
  readonly cycleTag: string
  /** Absolute. */
  readonly promptFile: string
  /** The context and packet files handed to the agent (absolute, as the run keeps them). */
  readonly inputs: readonly string[]
  /** The report the kernel accepted (absolute); undefined when the call failed. */
  readonly acceptedReport?: string
  /** `ok`, the adapter's failure status, or `report_rejected`. */
  readonly status: string
  readonly outcome: AgentOutcome
}

export async function recordAgentCall(context: AttemptContext, facts: CallFacts): Promise<void> {
  const root = context.session.layout.repoRoot
  const dir = join(context.paths.controlDir, AGENT_CALLS_DIR)
  const agent = context.agents[facts.lane]
  const identity = (await agent.describe?.()) ?? {
    adapter: agent.id,
    cli: agent.id,
    cli_version: null,
    model: null,
    effort: null
  }
  const inputs = []
  for (const input of facts.inputs) inputs.push(await fileDigest(root, input))
  const record: CallRecord = CallRecordSchema.parse({
    schema_version: CALL_RECORD_VERSION,
    sequence: (await lastSequence(dir)) + 1,
    item_id: context.item.item_id,
    attempt_number: context.attempt,
    lane: facts.lane,
    cycle: facts.cycleTag,
    agent: identity,
    status: facts.status,
    prompt: await fileDigest(root, facts.promptFile),
    inputs,
    report:
      facts.acceptedReport === undefined ? null : await fileDigest(root, facts.acceptedReport),
    duration_ms: Math.max(0, Math.round(facts.outcome.durationMs)),
    usage: facts.outcome.usage === undefined ? null : usageOf(facts.outcome.usage)
  })
  await context.session.files.writeJson(join(dir, `${facts.lane}.${facts.cycleTag}.json`), record)
}

async function lastSequence(dir: string): Promise<number> {
  const names = await readdir(dir).catch(() => [] as string[])
  let last = 0
  for (const name of names.filter((entry) => entry.endsWith('.json'))) {
    const parsed = CallRecordSchema.safeParse(
      JSON.parse(await readFile(join(dir, name), 'utf8').catch(() => 'null'))
    )
    if (parsed.success) last = Math.max(last, parsed.data.sequence)
  }
  return last
}

/**
 * Usage hook: what an adapter reports as `AgentOutcome.usage` lands here, field by field,
 * and null when it reports nothing. The usage work (adapters reading tokens and cost from each
 * CLI) fills `AgentUsage`; a field it adds maps here and in `CallUsageSchema`, nowhere else.
 */
function usageOf(usage: AgentUsage): CallUsage {
  const count = (value: number | undefined): number | null =>
    value === undefined || !Number.isFinite(value) || value < 0 ? null : Math.round(value)
  return {
    input_tokens: count(usage.inputTokens),
    cached_input_tokens: count(usage.cachedInputTokens),
    cache_write_tokens: count(usage.cacheWriteTokens),
    output_tokens: count(usage.outputTokens),
    reasoning_tokens: count(usage.reasoningTokens),
    cost_usd:
      usage.costUsd === undefined || !Number.isFinite(usage.costUsd) || usage.costUsd < 0
        ? null
        : usage.costUsd,
    num_turns: count(usage.numTurns),
    model: usage.model ?? null
  }
}
