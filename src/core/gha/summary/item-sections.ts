import { sortFindings } from '../../findings/ordering.js'
import { TERMINAL_STATE_OF } from '../../run/states.js'
import type {
  MergedFinding,
  MergedFindingsPacket,
  Severity,
  VerificationReport
} from '../../schemas/reports.js'
import { bulletList, cell, formatDuration, mermaidLabel, table, text } from './markdown.js'

/**
 * The sections about one item's latest attempt: verification command by command, the merged
 * findings, the stages it went through and its path as a state diagram. Each takes how many
 * rows it may show; what it leaves out it points to in the artifact.
 */

export interface SummaryStage {
  readonly state: string
  readonly atUtc: string
  readonly message: string
}

export const MAX_FINDING_ROWS = 50
export const MAX_VERIFICATION_ROWS = 100
// GitHub's mermaid refuses large diagrams; a path through more states than exist is not a path.
const MAX_DIAGRAM_STATES = 40
const MAX_EDGE_STEPS = 6

export function moreRows(count: number, what: string, artifact: string): string {
  return `… and ${count} more ${what}, see artifact **${text(artifact, 200)}**.`
}

export function verificationSection(
  report: VerificationReport | undefined,
  rows: boolean,
  artifact: string
): string {
  if (report === undefined) return '### Verification\n\nNot run yet.'
  const failed = report.command_results.filter((result) => result.status === 'fail').length
  const parts = [
    `### Verification: ${text(report.overall_result)}`,
    `${text(report.summary)} (attempt ${report.attempt_number}; ${report.command_results.length} commands, ${failed} failed)`
  ]
  if (rows && report.command_results.length > 0) {
    const shown = report.command_results
      .slice(0, MAX_VERIFICATION_ROWS)
      .map((result) => [
        result.label === result.command
          ? cell(result.command)
          : `${cell(result.label, 80)}: ${cell(result.command)}`,
        result.required ? 'yes' : 'no',
        result.exit_code === null ? '—' : String(result.exit_code),
        result.timeout_sec === null ? '—' : formatDuration(result.timeout_sec * 1000),
        commandOutcome(result)
      ])
    parts.push(table(['Command', 'Required', 'Exit', 'Time limit', 'Result'], shown))
    const more = report.command_results.length - MAX_VERIFICATION_ROWS
    if (more > 0) parts.push(moreRows(more, 'commands', artifact))
  }
  const failedChecks = report.artifact_checks.filter((check) => check.status === 'fail')
  if (failedChecks.length > 0) {
    parts.push(
      `Failed artifact checks (${failedChecks.length} of ${report.artifact_checks.length}):`,
      bulletList(failedChecks.map((check) => `${check.path}: ${check.reason}`))
    )
  } else if (report.artifact_checks.length > 0) {
    parts.push(`Artifact checks: ${report.artifact_checks.length} passed.`)
  }
  const scope = report.scope_check
  parts.push(
    `Scope check: **${text(scope.status)}**${scope.note === '' ? '' : ` — ${text(scope.note)}`}`
  )
  if (scope.out_of_scope_paths.length > 0) {
    parts.push('Changed outside the allowed roots:', bulletList(scope.out_of_scope_paths))
  }
  return parts.join('\n\n')
}

function commandOutcome(result: VerificationReport['command_results'][number]): string {
  if (result.status !== 'fail') return result.status
  return result.failure_kind === 'timeout' ? '**fail** (timed out)' : '**fail**'
}

const SEVERITY_ORDER: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info']

export function severityTally(severities: readonly Severity[]): string[] {
  return SEVERITY_ORDER.map(
    (severity) => [severity, severities.filter((entry) => entry === severity).length] as const
  )
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${severity}`)
}

export function findingsSection(
  packet: MergedFindingsPacket | undefined,
  rows: boolean,
  artifact: string
): string {
  if (packet === undefined) return ''
  const findings = packet.merged_findings
  const tally = severityTally(findings.map((finding) => finding.severity))
  const blocking = findings.filter((finding) => finding.is_blocking).length
  const parts = [
    `### Findings (${findings.length}${tally.length > 0 ? `: ${tally.join(', ')}` : ''}; ${blocking} blocking)`,
    `Audits: codex ${auditLane(packet.codex_audit_summary)}; claude ${auditLane(packet.claude_audit_summary)}.`
  ]
  if (findings.length === 0) return [...parts, 'No findings.'].join('\n\n')
  if (!rows) return parts.join('\n\n')
  const shown = sortFindings(findings).slice(0, MAX_FINDING_ROWS)
  parts.push(
    table(
      ['Severity', 'Category', 'Title', 'Location', 'Disposition'],
      shown.map((finding) => [
        finding.is_blocking ? `**${cell(finding.severity)}**` : cell(finding.severity),
        cell(finding.category),
        cell(finding.title),
        location(finding),
        cell(finding.disposition) + (finding.is_blocking ? ' (blocking)' : '')
      ])
    )
  )
  if (findings.length > shown.length) {
    parts.push(moreRows(findings.length - shown.length, 'findings', artifact))
  }
  return parts.join('\n\n')
}

function auditLane(lane: MergedFindingsPacket['codex_audit_summary']): string {
  return lane.status === 'reported'
    ? `reported ${text(lane.overall_verdict ?? 'no verdict', 50)}`
    : `**inconclusive** (${text(lane.summary, 200)})`
}

function location(finding: MergedFinding): string {
  const [first, ...rest] = finding.file_paths
  if (first === undefined) return '—'
  return cell(first, 150) + (rest.length > 0 ? ` (+${rest.length} more)` : '')
}

export function stagesSection(stages: readonly SummaryStage[], shown: boolean): string {
  if (!shown || stages.length === 0) return ''
  const rows = stages.map((stage, index) => {
    const following = stages[index + 1]
    const took =
      following === undefined
        ? '—'
        : formatDuration(Date.parse(following.atUtc) - Date.parse(stage.atUtc))
    return [
      String(index + 1),
      cell(stage.state, 80),
      cell(stage.atUtc, 40),
      took,
      cell(stage.message)
    ]
  })
  return ['### Stages', table(['#', 'State', 'At (UTC)', 'Took', 'Message'], rows)].join('\n\n')
}

const TERMINAL_STATE_IDS = new Set<string>(Object.keys(TERMINAL_STATE_OF))

/**
 * The item's path as a state diagram: one node per state in the order first reached, one
 * edge per distinct move labelled with the stage numbers that made it, so loops stay readable.
 */
export function diagramSection(stages: readonly SummaryStage[], shown: boolean): string {
  if (!shown || stages.length === 0) return ''
  const ids = new Map<string, string>()
  for (const stage of stages) if (!ids.has(stage.state)) ids.set(stage.state, `s${ids.size}`)
  if (ids.size > MAX_DIAGRAM_STATES) {
    return `### Path\n\nThe item passed through ${ids.size} distinct states, too many to draw.`
  }
  const edges = new Map<string, { from: string; to: string; steps: number[] }>()
  let previous = '[*]'
  stages.forEach((stage, index) => {
    const to = ids.get(stage.state) ?? '[*]'
    const key = `${previous} ${to}`
    const edge = edges.get(key) ?? { from: previous, to, steps: [] }
    edge.steps.push(index + 1)
    edges.set(key, edge)
    previous = to
  })
  const last = stages[stages.length - 1]
  const lines = [
    '```mermaid',
    'stateDiagram-v2',
    ...[...ids].map(([state, id]) => `  state "${mermaidLabel(state)}" as ${id}`),
    ...[...edges.values()].map(({ from, to, steps }) => {
      const listed = steps.slice(0, MAX_EDGE_STEPS).join(', ')
      return `  ${from} --> ${to} : ${listed}${steps.length > MAX_EDGE_STEPS ? ', …' : ''}`
    }),
    ...(last !== undefined && TERMINAL_STATE_IDS.has(last.state) ? [`  ${previous} --> [*]`] : []),
    '```'
  ]
  return ['### Path', lines.join('\n')].join('\n\n')
}
