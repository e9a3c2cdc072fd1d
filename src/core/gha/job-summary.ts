import type { GateReview } from '../review/gate-review.js'
import { runFacts } from '../review/facts.js'
import type { MergedFindingsPacket, VerificationReport } from '../schemas/reports.js'
import type { RunState } from '../schemas/run-state.js'
import {
  DEFAULT_SUMMARY_MAX_BYTES,
  GITHUB_SUMMARY_LIMIT_BYTES,
  fitToLimit,
  utf8Length
} from './summary/fit.js'
import { type GateLinks, gateSection } from './summary/gate-section.js'
import {
  type SummaryStage,
  diagramSection,
  findingsSection,
  stagesSection,
  verificationSection
} from './summary/item-sections.js'
import { link, text } from './summary/markdown.js'
import { type NextStep, renderNextStep } from './summary/next-action.js'
import {
  type RunRow,
  dependencyGraph,
  progressText,
  rowsOfRun,
  runTable
} from './summary/run-sections.js'

/**
 * The job summary of one item job: what a reviewer reads on the run page before approving a
 * gate. It is a bounded digest: when it would not fit GitHub's limit, detail goes first (the
 * parts the state artifact repeats in full) and the summary says where the full reports are.
 */

export type { NextStep, SummaryStage }
export { DEFAULT_SUMMARY_MAX_BYTES, GITHUB_SUMMARY_LIMIT_BYTES }
export { MAX_FINDING_ROWS } from './summary/item-sections.js'

export interface SummaryInput {
  readonly run: RunState
  readonly itemId: string
  /** This item's events in order, from `run.event_log`. */
  readonly stages: readonly SummaryStage[]
  /** The latest verification report of the item, if any. */
  readonly verification?: VerificationReport
  /** The latest merged findings packet of the item, if any. */
  readonly findings?: MergedFindingsPacket
  /** The run's items as the run table shows them (default: from `run` alone). */
  readonly rows?: readonly RunRow[]
  /** For an item at its gate: what the reviewer approves. */
  readonly gate?: { readonly review: GateReview; readonly links: GateLinks }
  readonly links: {
    readonly runUrl: string
    readonly artifactName: string
    readonly runBranchUrl?: string
  }
  readonly next: NextStep
  /** Default 512 KiB; never more than GitHub's 1 MiB per step. */
  readonly maxBytes?: number
}

const MAX_ITEM_ROWS = 200

interface Detail {
  readonly findingRows: boolean
  readonly fileRows: boolean
  readonly stages: boolean
  readonly diagram: boolean
  readonly verificationRows: boolean
  readonly itemRows: boolean
}

const FULL: Detail = {
  findingRows: true,
  fileRows: true,
  stages: true,
  diagram: true,
  verificationRows: true,
  itemRows: true
}

// What goes first when the summary does not fit: the parts the artifact repeats in full.
const SHORTER: readonly Detail[] = [
  FULL,
  { ...FULL, findingRows: false },
  { ...FULL, findingRows: false, fileRows: false, stages: false },
  {
    ...FULL,
    findingRows: false,
    fileRows: false,
    stages: false,
    diagram: false,
    verificationRows: false
  },
  {
    findingRows: false,
    fileRows: false,
    stages: false,
    diagram: false,
    verificationRows: false,
    itemRows: false
  }
]

export function renderJobSummary(input: SummaryInput): string {
  const max = Math.min(input.maxBytes ?? DEFAULT_SUMMARY_MAX_BYTES, GITHUB_SUMMARY_LIMIT_BYTES)
  const rows =
    input.rows ??
    rowsOfRun(runFacts({ state: input.run, plan: undefined, usage: undefined, reports: {} }))
  return fitToLimit({
    levels: SHORTER,
    render: (detail) => render(input, rows, detail),
    measure: utf8Length,
    max,
    trailer: `\n\n… cut to fit ${Math.floor(max)} bytes; the full reports are in artifact ${text(input.links.artifactName, 200)}.\n`
  })
}

function render(input: SummaryInput, rows: readonly RunRow[], detail: Detail): string {
  const item = input.run.items.find((candidate) => candidate.item_id === input.itemId)
  const terminal =
    item === undefined
      ? 'unknown item'
      : item.terminal_state === 'none'
        ? `not finished (${item.state})`
        : item.terminal_state
  const artifact = input.links.artifactName
  const sections = [
    `## Run ${text(input.run.run_id, 100)} · item ${text(input.itemId, 100)}: ${text(terminal, 100)}`,
    linksLine(input),
    shortenedNote(input, detail),
    input.gate === undefined
      ? ''
      : gateSection(input.gate.review, input.gate.links, {
          fileRows: detail.fileRows,
          findingRows: detail.findingRows
        }),
    renderNextStep(input.next),
    itemsSection(input, rows, detail),
    verificationSection(input.verification, detail.verificationRows, artifact),
    findingsSection(input.findings, detail.findingRows, artifact),
    stagesSection(input.stages, detail.stages),
    diagramSection(input.stages, detail.diagram)
  ]
  return `${sections.filter((section) => section !== '').join('\n\n')}\n`
}

function linksLine(input: SummaryInput): string {
  const { runUrl, artifactName, runBranchUrl } = input.links
  return [
    link('Workflow run', runUrl),
    `Full reports: artifact **${text(artifactName, 200)}**`,
    `Run branch ${text(input.run.run_branch_name, 200)}` +
      (runBranchUrl === undefined ? '' : ` (${link('view', runBranchUrl)})`)
  ].join(' · ')
}

function shortenedNote(input: SummaryInput, detail: Detail): string {
  const dropped = [
    !detail.findingRows && (input.findings !== undefined || input.gate !== undefined)
      ? 'finding rows'
      : undefined,
    !detail.fileRows && input.gate !== undefined ? 'changed file rows' : undefined,
    !detail.stages && input.stages.length > 0 ? 'stages' : undefined,
    !detail.diagram ? 'diagrams' : undefined,
    !detail.verificationRows && input.verification !== undefined ? 'verification rows' : undefined,
    !detail.itemRows ? 'item table' : undefined
  ].filter((part) => part !== undefined)
  if (dropped.length === 0) return ''
  return (
    `> **Shortened to fit the job summary limit:** ${dropped.join(', ')} left out. ` +
    `The full reports are in artifact **${text(input.links.artifactName, 200)}**.`
  )
}

function itemsSection(input: SummaryInput, rows: readonly RunRow[], detail: Detail): string {
  const counts = new Map<string, number>()
  for (const row of rows) counts.set(row.standing, (counts.get(row.standing) ?? 0) + 1)
  const tally = [...counts].map(([standing, count]) => `${count} ${text(standing)}`).join(', ')
  const heading = `### Items (${rows.length}: ${tally})\n\n${progressText(rows)}`
  if (!detail.itemRows) return heading
  const parts = [
    heading,
    runTable(rows, {
      maxRows: MAX_ITEM_ROWS,
      focus: input.itemId,
      rest: `artifact ${input.links.artifactName}`
    })
  ]
  if (detail.diagram) parts.push(dependencyGraph(rows))
  return parts.join('\n\n')
}
