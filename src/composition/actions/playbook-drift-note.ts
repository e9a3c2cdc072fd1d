import { readFile } from 'node:fs/promises'
import { readPlaybookSource } from '../../adapters/playbook-file.js'
import { escapeMarkdownText } from '../../core/gha/summary/markdown.js'
import { describeDrift, hasDrift, playbookDrift } from '../../core/gha/playbook-drift.js'
import { normalizePlaybook } from '../../core/playbook/normalize.js'
import type { RunLayout } from '../../core/run/layout.js'
import { NormalizedPlanSchema } from '../../core/schemas/normalized-plan.js'

/**
 * The summary paragraph for a playbook that changed since the run took its snapshot, or
 * undefined when it did not (or cannot be compared). The run keeps its snapshot either way.
 */
export async function playbookDriftNote(
  run: RunLayout,
  playbookFile: string,
  playbookPath: string
): Promise<string | undefined> {
  const snapshotText = await readFile(run.normalizedPlanPath, 'utf8').catch(() => undefined)
  if (snapshotText === undefined) return undefined
  const snapshot = NormalizedPlanSchema.safeParse(JSON.parse(snapshotText))
  if (!snapshot.success) return undefined
  const source = await readPlaybookSource(playbookFile).catch(() => undefined)
  if (source === undefined)
    return escapeMarkdownText(
      `The playbook ${playbookPath} is not at this ref any more; the run keeps its snapshot.`
    )
  if (source.sha256 === snapshot.data.plan_source.sha256) return undefined
  const normalized = normalizePlaybook(source)
  if (!normalized.ok)
    return escapeMarkdownText(
      `The playbook ${playbookPath} at this ref differs from the run's snapshot and is not valid; the run keeps its snapshot.`
    )
  const drift = playbookDrift(snapshot.data, normalized.plan)
  if (!hasDrift(drift)) return undefined
  return escapeMarkdownText(describeDrift(drift, playbookPath))
}
