import type { PlanItem } from '../schemas/normalized-plan.js'
import { codePointLength, strip } from './text.js'

/** Text views of a normalized plan for `list-items` and `show-item`. */

const TABLE_COLUMNS: ReadonlyArray<readonly [string, (item: PlanItem) => string]> = [
  ['STEP', (item) => item.item_id],
  ['PHASE', (item) => item.phase],
  ['PROFILE', (item) => item.change_profile],
  ['R/G', (item) => yesNo(item.requires_red_green)],
  ['MANUAL_GATE', (item) => yesNo(item.manual_gate.required)],
  ['EXTERNAL', (item) => yesNo(item.external_check.required)]
]

export function renderItemTable(items: readonly PlanItem[]): string {
  const rows = items.map((item) => TABLE_COLUMNS.map(([, read]) => read(item)))
  const widths = TABLE_COLUMNS.map(([label], k) =>
    Math.max(codePointLength(label), ...rows.map((row) => codePointLength(row[k] ?? '')))
  )
  const line = (cells: readonly string[]): string =>
    cells.map((cell, k) => cell + ' '.repeat((widths[k] ?? 0) - codePointLength(cell))).join('  ') +
    '\n'
  return [
    line(TABLE_COLUMNS.map(([label]) => label)),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.map(line)
  ].join('')
}

export function renderItemText(item: PlanItem): string {
  const gate = item.manual_gate
  const external = item.external_check
  const gateText = gate.required
    ? `${gate.gate_type}${strip(gate.gate_reason) === '' ? '' : ` (${strip(gate.gate_reason)})`}`
    : 'not required'
  const dependencies = external.dependencies.map(strip).filter((d) => d !== '')
  const externalText = external.required
    ? `${external.mode}${dependencies.length > 0 ? ` (${dependencies.join(', ')})` : ''}`
    : 'not required'
  const head = [
    `ITEM ${item.item_id}`,
    `Phase: ${item.phase} (${item.phase_slug})`,
    `Action: ${item.action}`,
    `Why now: ${item.why_now}`,
    `Owner type: ${item.owner_type}`,
    `Change profile: ${item.change_profile}`,
    `Execution mode: ${item.execution_mode}`,
    `Requires red/green: ${yesNo(item.requires_red_green)}`,
    `Prerequisites: ${item.prerequisite_item_ids.length > 0 ? item.prerequisite_item_ids.join(', ') : 'none'}`,
    `Manual gate: ${gateText}`,
    `External check: ${externalText}`,
    ''
  ]
  const blocks: Array<[string, readonly string[]]> = [
    ['Allowed write roots', item.allowed_write_roots],
    ['Repo surfaces', item.repo_surface_paths],
    ['Consult paths', item.consult_paths],
    ['Deliverable paths', item.deliverable_paths],
    ['Support sections', item.support_section_ids],
    ...(gate.required
      ? [['Manual gate evidence', gate.required_evidence] as [string, readonly string[]]]
      : []),
    ...(external.required
      ? [['External dependencies', external.dependencies] as [string, readonly string[]]]
      : []),
    ['Required verification commands', item.verification_hints.required_commands],
    ['Suggested verification commands', item.verification_hints.suggested_commands],
    ['Required verification artifacts', item.verification_hints.required_artifacts],
    ['Notes', item.notes]
  ]
  const body = blocks.flatMap(([title, values]) => [
    `${title}:`,
    ...(values.length > 0 ? values.map((value) => `  - ${value}`) : ['  - none'])
  ])
  return [...head, ...body].join('\n') + '\n'
}

function yesNo(flag: boolean): string {
  return flag ? 'yes' : 'no'
}
