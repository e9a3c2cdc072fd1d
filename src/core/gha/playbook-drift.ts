import type { NormalizedPlan, PlanItem } from '../schemas/normalized-plan.js'

/**
 * What changed in the playbook since a run took its snapshot. The run keeps working from its
 * snapshot; the hop's summary says which items differ so nobody believes the new text runs.
 * An item's place in the file (its line numbers) is not a change; its row's content is.
 */

export interface PlaybookDrift {
  readonly added: readonly string[]
  readonly removed: readonly string[]
  readonly changed: readonly string[]
}

function comparable(item: PlanItem): string {
  const { source_row: row, ...rest } = item
  return JSON.stringify({ ...rest, row: row.raw_row_markdown, section: row.section_title })
}

export function playbookDrift(snapshot: NormalizedPlan, current: NormalizedPlan): PlaybookDrift {
  const before = new Map(snapshot.items.map((item) => [item.item_id, item]))
  const after = new Map(current.items.map((item) => [item.item_id, item]))
  const changed: string[] = []
  for (const [id, item] of after) {
    const old = before.get(id)
    if (old !== undefined && comparable(old) !== comparable(item)) changed.push(id)
  }
  return {
    added: [...after.keys()].filter((id) => !before.has(id)),
    removed: [...before.keys()].filter((id) => !after.has(id)),
    changed
  }
}

export function hasDrift(drift: PlaybookDrift): boolean {
  return drift.added.length + drift.removed.length + drift.changed.length > 0
}

/** One markdown paragraph for a job summary. */
export function describeDrift(drift: PlaybookDrift, playbookPath: string): string {
  const parts = [
    drift.changed.length > 0 ? `changed: ${drift.changed.join(', ')}` : '',
    drift.added.length > 0 ? `added: ${drift.added.join(', ')}` : '',
    drift.removed.length > 0 ? `removed: ${drift.removed.join(', ')}` : ''
  ].filter((part) => part !== '')
  return (
    `The playbook ${playbookPath} at this ref differs from the run's snapshot (items ${parts.join('; ')}). ` +
    'The run keeps its snapshot: these changes do not run in it. Start a new run to use them.'
  )
}
