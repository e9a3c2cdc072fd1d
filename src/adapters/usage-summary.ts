import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import type { RunUsage, UsageFigures } from '../core/review/facts.js'
import type { RunLayout } from '../core/run/layout.js'
import { USAGE_FILE, USAGE_SUMMARY_VERSION } from '../core/schemas/usage.js'

/**
 * The hook through which the summaries, the pull request body and `status` read what a run
 * cost: `usage.json` in the run's control directory (schema `plan_orchestrator.usage_summary.v1`,
 * written by the agent adapters after every call, issue #15 part 1). Read leniently and only for
 * the totals shown here (a looser schema than the writer's, on purpose): a run without the file, or with one that does not parse, is "cost
 * unknown" on every page, never $0, and never an error.
 */

const TotalsSchema = z.looseObject({
  calls: z.number().int().min(0),
  total_tokens: z.number().min(0),
  calls_without_usage: z.number().int().min(0),
  cost_usd: z.number().min(0).nullable()
})

const UsageSummarySchema = z.looseObject({
  schema_version: z.literal(USAGE_SUMMARY_VERSION),
  run: TotalsSchema,
  items: z.array(z.looseObject({ item_id: z.string(), totals: TotalsSchema }))
})

function figures(totals: z.infer<typeof TotalsSchema>): UsageFigures {
  // No call reported tokens: the total is unknown, not 0.
  const unknownTokens = totals.calls > 0 && totals.calls_without_usage === totals.calls
  return {
    tokens: unknownTokens ? null : totals.total_tokens,
    costUsd: totals.cost_usd,
    calls: totals.calls
  }
}

export async function readRunUsage(run: RunLayout): Promise<RunUsage | undefined> {
  const text = await readFile(join(run.controlDir, USAGE_FILE), 'utf8').catch(() => undefined)
  if (text === undefined) return undefined
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return undefined
  }
  const parsed = UsageSummarySchema.safeParse(json)
  if (!parsed.success) return undefined
  return {
    run: figures(parsed.data.run),
    items: Object.fromEntries(parsed.data.items.map((item) => [item.item_id, figures(item.totals)]))
  }
}
