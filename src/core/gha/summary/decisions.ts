import type { ItemFacts } from '../../review/facts.js'
import { cell, commitText, table } from './markdown.js'

/** The run's gate decisions with who decided and what they said, for the plan and PR pages. */
export function gateDecisionsSection(
  items: readonly ItemFacts[],
  heading = '### Gate decisions'
): string {
  const decided = items.filter((item) => item.gateDecision !== undefined)
  if (decided.length === 0) return ''
  const rows = decided.map((item) => {
    const gate = item.gateDecision!
    return [
      cell(item.id, 100),
      gate.decision === 'approved' ? 'approved' : '**rejected**',
      cell(gate.github === undefined ? gate.by : `@${gate.by}`, 100),
      cell(gate.note, 300),
      gate.checkpoint === null ? '—' : commitText(gate.checkpoint.slice(0, 12)),
      gate.github === undefined
        ? 'CLI'
        : `GitHub (${cell(gate.github.environment, 100)}, workflow run ${gate.github.workflowRunId})`
    ]
  })
  return [
    heading,
    table(['Item', 'Decision', 'Reviewer', 'Comment', 'Checkpoint', 'Where'], rows)
  ].join('\n\n')
}
