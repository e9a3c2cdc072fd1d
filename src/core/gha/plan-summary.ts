import type { ItemFacts } from '../review/facts.js'
import { gateDecisionsSection } from './summary/decisions.js'
import {
  DEFAULT_SUMMARY_MAX_BYTES,
  GITHUB_SUMMARY_LIMIT_BYTES,
  fitToLimit,
  utf8Length
} from './summary/fit.js'
import { text } from './summary/markdown.js'
import { type NextStep, renderNextStep } from './summary/next-action.js'
import { type RunRow, dependencyGraph, progressText, runTable } from './summary/run-sections.js'

/**
 * The plan job's summary, written at every hop (a new run, a continued one, and a finished
 * one): how far the run is ("N of M items passed"), every item with how it stands, attempts,
 * cost and duration, a graph of the items and their prerequisites coloured by how they stand,
 * the gate decisions checked against GitHub, and the exact next action.
 */

export interface PlanSummaryInput {
  /** null for a run this hop starts. */
  readonly runId: string | null
  readonly hop: number
  readonly status: string
  readonly rows: readonly RunRow[]
  /** Decided gates, from the restored run (checked against GitHub by the plan job). */
  readonly items?: readonly ItemFacts[]
  /** One paragraph of markdown saying where the state came from and what was checked. */
  readonly provenance?: string
  /** A markdown paragraph, escaped by its maker, on a playbook that changed. */
  readonly drift?: string
  readonly next: NextStep
  /** Where everything left out is. */
  readonly rest: string
  readonly maxBytes?: number
}

interface Detail {
  readonly rows: number
  readonly graph: boolean
  readonly gates: boolean
}

const LEVELS: readonly Detail[] = [
  { rows: 200, graph: true, gates: true },
  { rows: 200, graph: false, gates: true },
  { rows: 50, graph: false, gates: false },
  { rows: 0, graph: false, gates: false }
]

export function renderPlanSummary(input: PlanSummaryInput): string {
  const max = Math.min(input.maxBytes ?? DEFAULT_SUMMARY_MAX_BYTES, GITHUB_SUMMARY_LIMIT_BYTES)
  return fitToLimit({
    levels: LEVELS,
    render: (detail) => render(input, detail),
    measure: utf8Length,
    max,
    trailer: `\n\n… cut to fit ${Math.floor(max)} bytes; the full state is in ${text(input.rest, 300)}.\n`
  })
}

function render(input: PlanSummaryInput, detail: Detail): string {
  const title =
    input.runId === null
      ? `## New run, hop ${input.hop}: ${text(input.status, 50)}`
      : `## Run ${text(input.runId, 100)}, hop ${input.hop}: ${text(input.status, 50)}`
  const sections = [
    title,
    progressText(input.rows),
    input.provenance ?? '',
    input.drift === undefined ? '' : `### Playbook changed\n\n${input.drift}`,
    renderNextStep(input.next),
    detail.rows > 0
      ? `### Items\n\n${runTable(input.rows, { maxRows: detail.rows, rest: input.rest })}`
      : `### Items\n\nThe item table is left out to fit; see ${text(input.rest, 300)}.`,
    detail.graph ? `### Items and prerequisites\n\n${dependencyGraph(input.rows)}` : '',
    detail.gates && input.items !== undefined ? gateDecisionsSection(input.items) : ''
  ]
  return `${sections.filter((section) => section !== '').join('\n\n')}\n`
}
