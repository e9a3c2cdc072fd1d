import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import type { RunUsage, UsageFigures } from '../core/review/facts.js'
import type { RunLayout } from '../core/run/layout.js'

/**
 * The hook through which the summaries, the pull request body and `status` read what a run
 * cost. The usage totals per item and per run are recorded in the run's artifacts by the
 * agent adapters (issue #15, part 1); until a run has them, this answers undefined and every
 * page says "cost unknown" (never $0). It reads `usage_summary.json` in the run's control
 * directory, leniently: a missing or unreadable file is "unknown", not an error.
 */

export const USAGE_SUMMARY_FILE = 'usage_summary.json'

const Figures = z.looseObject({
  tokens: z.number().nullable().optional(),
  total_tokens: z.number().nullable().optional(),
  cost_usd: z.number().nullable().optional()
})

const UsageSummarySchema = z.looseObject({
  run: Figures.optional(),
  items: z.record(z.string(), Figures).optional()
})

function figures(value: z.infer<typeof Figures> | undefined): UsageFigures {
  return {
    tokens: value?.tokens ?? value?.total_tokens ?? null,
    costUsd: value?.cost_usd ?? null
  }
}

export async function readRunUsage(run: RunLayout): Promise<RunUsage | undefined> {
  const text = await readFile(join(run.controlDir, USAGE_SUMMARY_FILE), 'utf8').catch(
    () => undefined
  )
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
    items: Object.fromEntries(
      Object.entries(parsed.data.items ?? {}).map(([id, value]) => [id, figures(value)])
    )
  }
}
