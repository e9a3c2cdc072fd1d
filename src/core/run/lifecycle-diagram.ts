import { LIFECYCLE } from './lifecycle.js'
import { STATE_IDS } from './states.js'

/** The table as a Mermaid state diagram (docs/architecture.md embeds it, drift-checked). */
export function lifecycleDiagram(): string {
  const lines = ['stateDiagram-v2']
  for (const state of STATE_IDS) {
    for (const [edge, to] of Object.entries(LIFECYCLE[state].on)) {
      // Resume's ways back, and the failure edge every working state has, would only clutter.
      if (edge === 'restart' || edge === 'redo_review' || edge === 'failed') continue
      lines.push(`    ${state} --> ${to}: ${edge}`)
    }
  }
  lines.push(`    [*] --> ${STATE_IDS[0]}`)
  for (const state of STATE_IDS) {
    const row = LIFECYCLE[state]
    if (row.lane !== undefined)
      lines.push(`    note right of ${state}: ${row.lane} (${row.timeout})`)
  }
  return lines.join('\n')
}
