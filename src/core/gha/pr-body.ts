import { type CommitProvenance, renderProvenanceLines } from '../provenance/pr-lines.js'
import { type ItemFacts, type RunFacts, formatCost, formatTokens } from '../review/facts.js'
import { gateDecisionsSection } from './summary/decisions.js'
import { GITHUB_PR_BODY_LIMIT_CHARS, characters, fitToLimit } from './summary/fit.js'
import { cell, link, table, text } from './summary/markdown.js'
import { severityTally } from './summary/item-sections.js'
import { dependencyGraph, progressText, rowsOfRun, runTable } from './summary/run-sections.js'

/**
 * The pull request's body, rewritten at every hop (and printed by `pr-body`): the run's table,
 * the gate decisions with reviewer and comment, verification and both audits per item, and the
 * cost. It stays inside GitHub's 65,536-character limit by leaving detail out, saying where it is.
 */

export interface PrBodyInput {
  readonly facts: RunFacts
  readonly baseBranch: string
  /** Links that exist only on GitHub. */
  readonly links?: {
    readonly runUrl?: string
    readonly artifactName?: string
  }
  /** The commits of the run branch with their provenance statements (docs/provenance.md). */
  readonly provenance?: readonly CommitProvenance[]
  /** The hop that wrote it, when a workflow did. */
  readonly hop?: number
  readonly maxChars?: number
}

interface Detail {
  readonly rows: number
  readonly perItem: boolean
  readonly graph: boolean
}

const LEVELS: readonly Detail[] = [
  { rows: 200, perItem: true, graph: true },
  { rows: 200, perItem: true, graph: false },
  { rows: 200, perItem: false, graph: false },
  { rows: 30, perItem: false, graph: false },
  { rows: 0, perItem: false, graph: false }
]

export function renderPrBody(input: PrBodyInput): string {
  const max = Math.min(input.maxChars ?? GITHUB_PR_BODY_LIMIT_CHARS, GITHUB_PR_BODY_LIMIT_CHARS)
  return fitToLimit({
    levels: LEVELS,
    render: (detail) => render(input, detail),
    measure: characters,
    max,
    trailer: `\n\n… cut to fit the pull request body; ${restText(input)}.\n`
  })
}

/** The pull request's title for a run. */
export function prTitle(facts: RunFacts): string {
  return `plan-orchestrator: ${facts.planTitle} (${facts.state.run_id})`.slice(0, 250)
}

function restText(input: PrBodyInput): string {
  const artifact = input.links?.artifactName
  return artifact === undefined
    ? `run \`plan-orchestrator status --run-id ${input.facts.state.run_id}\` for the rest`
    : `the full reports are in artifact **${text(artifact, 200)}**`
}

function render(input: PrBodyInput, detail: Detail): string {
  const { facts } = input
  const rows = rowsOfRun(facts)
  const state = facts.state
  const done = state.items.every((item) => item.terminal_state === 'passed')
  const sections = [
    `## ${text(facts.planTitle, 200)}`,
    `Run ${text(state.run_id, 100)} of the playbook ${text(state.playbook_source_path, 300)}: ` +
      `the run branch ${text(state.run_branch_name, 200)} into ${text(input.baseBranch, 200)}. ` +
      (done
        ? 'Every item passed; the run is complete.'
        : 'The run is still going: this body is rewritten at every hop.'),
    `${progressText(rows)} · total: ${text(formatCost(facts.usage))} (${text(formatTokens(facts.usage))})`,
    detail.rows > 0
      ? `### Items\n\n${runTable(rows, { maxRows: detail.rows, rest: restText(input) })}`
      : `### Items\n\nThe item table is left out to fit; ${restText(input)}.`,
    detail.graph ? dependencyGraph(rows) : '',
    gateDecisionsSection(facts.items),
    detail.perItem ? reviewSection(facts.items) : '',
    detail.perItem ? provenanceSection(input) : '',
    footer(input)
  ]
  return `${sections.filter((section) => section !== '').join('\n\n')}\n`
}

function reviewSection(items: readonly ItemFacts[]): string {
  const reviewed = items.filter(
    (item) => item.reports.verification !== undefined || item.reports.findings !== undefined
  )
  if (reviewed.length === 0) return ''
  const rows = reviewed.map((item) => {
    const verification = item.reports.verification
    const failed = verification?.command_results.filter((result) => result.status === 'fail') ?? []
    const packet = item.reports.findings
    const findings = packet?.merged_findings ?? []
    const tally = severityTally(findings.map((finding) => finding.severity))
    return [
      cell(item.id, 100),
      verification === undefined
        ? '—'
        : `${cell(verification.overall_result)} (${verification.command_results.length} commands${failed.length > 0 ? `, ${failed.length} failed` : ''})`,
      packet === undefined
        ? '—'
        : cell(packet.codex_audit_summary.overall_verdict ?? packet.codex_audit_summary.status),
      packet === undefined
        ? '—'
        : cell(packet.claude_audit_summary.overall_verdict ?? packet.claude_audit_summary.status),
      findings.length === 0 ? 'none' : cell(tally.join(', ')),
      cell(formatCost(item.usage))
    ]
  })
  return [
    '### Verification and audits',
    table(['Item', 'Verification', 'Codex audit', 'Claude audit', 'Findings', 'Cost'], rows)
  ].join('\n\n')
}

function provenanceSection(input: PrBodyInput): string {
  if (input.provenance === undefined) return ''
  return [
    '### Commits and provenance',
    renderProvenanceLines(input.provenance).trimEnd(),
    (input.links?.artifactName === undefined
      ? "The statements are in the run's files. "
      : `The statements are in artifact **${text(input.links.artifactName, 200)}**. `) +
      // A run id is RUN_<stamp>_<hex> (validated), safe in a code span, where escapes would show.
      `Check every link: \`plan-orchestrator verify --run-id ${input.facts.state.run_id}\`.`
  ].join('\n\n')
}

function footer(input: PrBodyInput): string {
  const parts = [
    input.hop === undefined
      ? 'Written by plan-orchestrator'
      : `Updated by plan-orchestrator at hop ${input.hop}`,
    input.links?.runUrl === undefined ? undefined : link('workflow run', input.links.runUrl),
    input.links?.artifactName === undefined
      ? undefined
      : `full reports in artifact **${text(input.links.artifactName, 200)}**`
  ].filter((part) => part !== undefined)
  return `---\n\n<sub>${parts.join(' · ')}</sub>`
}
