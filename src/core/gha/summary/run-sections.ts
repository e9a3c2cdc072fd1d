import { type RunFacts, formatCost, standing } from '../../review/facts.js'
import type { UsageFigures } from '../../review/facts.js'
import type { NormalizedPlan } from '../../schemas/normalized-plan.js'
import { cell, formatDuration, mermaidLabel, table, text } from './markdown.js'

/**
 * The run at a glance, shared by the item, plan and pull request pages: how many items
 * passed, a table of every item (how it stands, attempts, cost, duration) and a Mermaid graph
 * of the items and their prerequisites coloured by how they stand.
 */

export interface RunRow {
  readonly id: string
  readonly title: string
  /** passed, awaiting_human_gate, blocked_external, escalated, in progress, not started. */
  readonly standing: string
  /** null: never attempted. */
  readonly attempts: number | null
  readonly usage: UsageFigures | undefined
  readonly durationMs: number | null
  readonly note: string
  readonly prerequisites: readonly string[]
}

export function rowsOfRun(facts: RunFacts): RunRow[] {
  return facts.items.map((item) => {
    const state = standing(item.run)
    return {
      id: item.id,
      title: item.title,
      standing: state,
      attempts: state === 'not started' ? null : item.run.attempt_number,
      usage: item.usage,
      durationMs: item.durationMs,
      note:
        item.run.terminal_summary ??
        (item.run.terminal_state === 'awaiting_human_gate'
          ? `awaits a human gate: ${item.plan?.manual_gate.gate_reason || 'sign-off'}`
          : ''),
      prerequisites: item.plan?.prerequisite_item_ids ?? []
    }
  })
}

/** A new run: every item of the playbook, none started. */
export function rowsOfPlan(plan: NormalizedPlan): RunRow[] {
  return [...plan.items]
    .sort((a, b) => a.order - b.order)
    .map((item) => ({
      id: item.item_id,
      title: item.action,
      standing: 'not started',
      attempts: null,
      usage: undefined,
      durationMs: null,
      note: '',
      prerequisites: item.prerequisite_item_ids
    }))
}

export function progressText(rows: readonly RunRow[]): string {
  const passed = rows.filter((row) => row.standing === 'passed').length
  return `**${passed} of ${rows.length} items passed**`
}

export interface RunTableOptions {
  readonly maxRows: number
  /** The item this page is about, shown in bold. */
  readonly focus?: string
  /** Where the rows that do not fit are (an artifact name). */
  readonly rest: string
}

export function runTable(rows: readonly RunRow[], options: RunTableOptions): string {
  const shown = rows.slice(0, options.maxRows).map((row) => {
    const id = cell(row.id, 100)
    return [
      row.id === options.focus ? `**${id}**` : id,
      cell(row.title, 120),
      row.standing === 'passed' || row.standing === 'not started'
        ? cell(row.standing)
        : `**${cell(row.standing)}**`,
      row.attempts === null ? '—' : String(row.attempts),
      cell(formatCost(row.usage)),
      row.durationMs === null ? '—' : formatDuration(row.durationMs),
      cell(row.note)
    ]
  })
  const parts = [
    table(['Item', 'Action', 'Terminal', 'Attempts', 'Cost', 'Duration', 'Summary'], shown)
  ]
  if (rows.length > shown.length)
    parts.push(`… and ${rows.length - shown.length} more items, see ${text(options.rest, 300)}.`)
  return parts.join('\n\n')
}

const MAX_GRAPH_ITEMS = 100

const COLOURS: Readonly<Record<string, string>> = {
  passed: 'fill:#d3f9d8,stroke:#2b8a3e,color:#1b4332',
  awaiting_human_gate: 'fill:#fff3bf,stroke:#e67700,color:#5c3d00',
  blocked_external: 'fill:#ffe8cc,stroke:#d9480f,color:#5c2100',
  escalated: 'fill:#ffe3e3,stroke:#c92a2a,color:#5c0000',
  in_progress: 'fill:#d0ebff,stroke:#1864ab,color:#0b3d6b',
  not_started: 'fill:#f1f3f5,stroke:#868e96,color:#343a40'
}

/** A Mermaid flowchart: one node per item, an edge per prerequisite, coloured by standing. */
export function dependencyGraph(rows: readonly RunRow[]): string {
  if (rows.length === 0) return ''
  if (rows.length > MAX_GRAPH_ITEMS) return `The run has ${rows.length} items, too many to draw.`
  const ids = new Map(rows.map((row, index) => [row.id, `i${index + 1}`]))
  const lines = ['```mermaid', 'flowchart LR']
  for (const row of rows)
    lines.push(`  ${ids.get(row.id)}["${mermaidLabel(`${row.id}: ${row.standing}`, 60)}"]`)
  for (const row of rows)
    for (const prerequisite of row.prerequisites) {
      const from = ids.get(prerequisite)
      if (from !== undefined) lines.push(`  ${from} --> ${ids.get(row.id)}`)
    }
  const used = new Set(rows.map((row) => classOf(row.standing)))
  for (const [name, style] of Object.entries(COLOURS))
    if (used.has(name)) lines.push(`  classDef ${name} ${style}`)
  for (const name of used) {
    const members = rows
      .filter((row) => classOf(row.standing) === name)
      .map((row) => ids.get(row.id))
    lines.push(`  class ${members.join(',')} ${name}`)
  }
  lines.push('```')
  return lines.join('\n')
}

function classOf(value: string): string {
  return value.replace(/ /g, '_')
}
