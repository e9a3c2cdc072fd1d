import { sortFindings } from '../findings/ordering.js'
import { TERMINAL_STATE_OF } from '../run/states.js'
import type {
  MergedFinding,
  MergedFindingsPacket,
  Severity,
  VerificationReport
} from '../schemas/reports.js'
import type { RunState } from '../schemas/run-state.js'
import { oneLine } from '../text/one-line.js'

/**
 * The job summary of one item job: what a reviewer reads on the run page before approving a
 * gate. Every string that came from a playbook, an agent or a report is escaped before it
 * reaches the markdown, because GitHub renders the summary as markdown with HTML and the
 * toolkit's summary helpers escape nothing. The summary is a bounded digest: when it would
 * not fit, detail goes first and the summary says where the full reports are.
 */

export type NextStep =
  | { readonly kind: 'gate'; readonly environment: string; readonly checkpoint: string }
  | { readonly kind: 'evidence'; readonly needed: readonly string[]; readonly dispatchHint: string }
  | { readonly kind: 'continue' }
  | { readonly kind: 'escalated'; readonly reasons: readonly string[] }
  | { readonly kind: 'done' }

export interface SummaryStage {
  readonly state: string
  readonly atUtc: string
  readonly message: string
}

export interface SummaryInput {
  readonly run: RunState
  readonly itemId: string
  /** This item's events in order, from `run.event_log`. */
  readonly stages: readonly SummaryStage[]
  /** The latest verification report of the item, if any. */
  readonly verification?: VerificationReport
  /** The latest merged findings packet of the item, if any. */
  readonly findings?: MergedFindingsPacket
  readonly links: {
    readonly runUrl: string
    readonly artifactName: string
    readonly runBranchUrl?: string
  }
  readonly next: NextStep
  /** Default 512 KiB; never more than GitHub's 1 MiB per step. */
  readonly maxBytes?: number
}

export const DEFAULT_SUMMARY_MAX_BYTES = 512 * 1024
/** Over this GitHub refuses the step's summary altogether. */
export const GITHUB_SUMMARY_LIMIT_BYTES = 1024 * 1024
export const MAX_FINDING_ROWS = 50

const MAX_ITEM_ROWS = 200
const MAX_VERIFICATION_ROWS = 100
const MAX_LIST_ENTRIES = 20
const MAX_CELL = 200
const MAX_PROSE = 500
// GitHub's mermaid refuses large diagrams; a path through more states than exist is not a path.
const MAX_DIAGRAM_STATES = 40
const MAX_EDGE_STEPS = 6

// ---------------------------------------------------------------------------------------------
// Escaping

const HTML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
}

// Everything markdown could read as syntax, including a table's `|` and GitHub's `$` math.
const MARKDOWN_SYNTAX = /[\\`*_{}[\]()#+\-.!|~$=^]/g

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char] ?? char)
}

/** Text shown inline, on one line, rendered as exactly these characters. */
export function escapeMarkdownText(text: string): string {
  // Backslashes first, so the `&`, `#` and `;` of the entities added after stay intact.
  return escapeHtml(singleLine(text).replace(MARKDOWN_SYNTAX, (char) => `\\${char}`))
}

/** A GFM table cell: inline text whose `|` cannot split the row. */
export function escapeTableCell(text: string): string {
  // escapeMarkdownText already writes `|` as `\|`, which GFM honours even inside a cell.
  return escapeMarkdownText(text)
}

// Line breaks would start new blocks; bidi controls would make text read differently than it is.
function singleLine(text: string): string {
  return oneLine(text)
}

function clip(text: string, max: number): string {
  if (text.length <= max) return text
  let cut = text.slice(0, max - 1)
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1)
  return `${cut}…`
}

const text = (value: string, max = MAX_PROSE): string => escapeMarkdownText(clip(value, max))
const cell = (value: string, max = MAX_CELL): string => escapeTableCell(clip(value, max))

/** A commit id is shown as code only when it is one; anything else is plain escaped text. */
function commitText(value: string): string {
  return /^[0-9a-f]{7,64}$/.test(value) ? `\`${value}\`` : text(value, 100)
}

function link(label: string, url: string): string {
  const href = safeHref(url)
  if (href === undefined) return `${escapeMarkdownText(label)} (${text(url, 300)})`
  return `[${escapeMarkdownText(label)}](${href})`
}

// Only web links, and with every character that could end the destination percent-encoded.
function safeHref(url: string): string | undefined {
  if (!/^https?:\/\/[^\s/]/i.test(url) || url.length > 2000) return undefined
  return url.replace(/[^A-Za-z0-9\-._~:/?#@!$&*+,;=%]/gu, (char) => {
    try {
      // encodeURIComponent leaves the parentheses and quote that could end a markdown link.
      return encodeURIComponent(char).replace(
        /[()']/g,
        (mark) => `%${mark.charCodeAt(0).toString(16).toUpperCase()}`
      )
    } catch {
      return '%EF%BF%BD'
    }
  })
}

// Mermaid reads `#<code>;` as a character reference; nothing else in a label is left to parse.
function mermaidLabel(value: string): string {
  return singleLine(clip(value, 80)).replace(
    /[^A-Za-z0-9 _.-]/gu,
    (char) => `#${char.codePointAt(0) ?? 65533};`
  )
}

// ---------------------------------------------------------------------------------------------
// Sizes

/** The UTF-8 length of a string, as TextEncoder would write it (lone surrogates as U+FFFD). */
export function utf8Length(value: string): number {
  let bytes = 0
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (isPairAt(value, index)) {
      bytes += 4
      index += 1
    } else bytes += 3
  }
  return bytes
}

function truncateUtf8(value: string, maxBytes: number): string {
  let bytes = 0
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index)
    const pair = isPairAt(value, index)
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : pair ? 4 : 3
    if (bytes + size > maxBytes) return value.slice(0, index)
    bytes += size
    if (pair) index += 1
  }
  return value
}

function isPairAt(value: string, index: number): boolean {
  const high = value.charCodeAt(index)
  const low = value.charCodeAt(index + 1)
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff
}

// ---------------------------------------------------------------------------------------------
// Rendering

interface Detail {
  readonly findingRows: boolean
  readonly stages: boolean
  readonly diagram: boolean
  readonly verificationRows: boolean
  readonly itemRows: boolean
}

const FULL: Detail = {
  findingRows: true,
  stages: true,
  diagram: true,
  verificationRows: true,
  itemRows: true
}

// What goes first when the summary does not fit: the parts the artifact repeats in full.
const SHORTER: readonly Detail[] = [
  FULL,
  { ...FULL, findingRows: false },
  { ...FULL, findingRows: false, stages: false },
  { ...FULL, findingRows: false, stages: false, diagram: false, verificationRows: false },
  { findingRows: false, stages: false, diagram: false, verificationRows: false, itemRows: false }
]

export function renderJobSummary(input: SummaryInput): string {
  const maxBytes = Math.floor(
    Math.min(input.maxBytes ?? DEFAULT_SUMMARY_MAX_BYTES, GITHUB_SUMMARY_LIMIT_BYTES)
  )
  if (!(maxBytes > 0)) return ''
  for (const detail of SHORTER) {
    const rendered = render(input, detail)
    if (utf8Length(rendered) <= maxBytes) return rendered
  }
  // Even the digest is too big (huge reasons or a tiny limit): cut it, and say so if room allows.
  const trailer = `\n\n… cut to fit ${maxBytes} bytes; the full reports are in artifact ${text(input.links.artifactName, 200)}.\n`
  const digest = render(input, SHORTER[SHORTER.length - 1] ?? FULL)
  const room = maxBytes - utf8Length(trailer)
  return room > 0 ? truncateUtf8(digest, room) + trailer : truncateUtf8(digest, maxBytes)
}

function render(input: SummaryInput, detail: Detail): string {
  const item = input.run.items.find((candidate) => candidate.item_id === input.itemId)
  const terminal =
    item === undefined
      ? 'unknown item'
      : item.terminal_state === 'none'
        ? `not finished (${item.state})`
        : item.terminal_state
  const sections = [
    `## Run ${text(input.run.run_id, 100)} · item ${text(input.itemId, 100)}: ${text(terminal, 100)}`,
    linksLine(input),
    shortenedNote(input, detail),
    nextSection(input),
    itemsSection(input, detail),
    verificationSection(input, detail),
    findingsSection(input, detail),
    stagesSection(input, detail),
    diagramSection(input, detail)
  ]
  return `${sections.filter((section) => section !== '').join('\n\n')}\n`
}

function linksLine(input: SummaryInput): string {
  const { runUrl, artifactName, runBranchUrl } = input.links
  const parts = [
    link('Workflow run', runUrl),
    `Full reports: artifact **${text(artifactName, 200)}**`,
    `Run branch ${text(input.run.run_branch_name, 200)}` +
      (runBranchUrl === undefined ? '' : ` (${link('view', runBranchUrl)})`)
  ]
  return parts.join(' · ')
}

function shortenedNote(input: SummaryInput, detail: Detail): string {
  const dropped = [
    !detail.findingRows && input.findings !== undefined ? 'finding rows' : undefined,
    !detail.stages && input.stages.length > 0 ? 'stages' : undefined,
    !detail.diagram && input.stages.length > 0 ? 'state diagram' : undefined,
    !detail.verificationRows && input.verification !== undefined ? 'verification rows' : undefined,
    !detail.itemRows ? 'item table' : undefined
  ].filter((part) => part !== undefined)
  if (dropped.length === 0) return ''
  return (
    `> **Shortened to fit the job summary limit:** ${dropped.join(', ')} left out. ` +
    `The full reports are in artifact **${text(input.links.artifactName, 200)}**.`
  )
}

function nextSection(input: SummaryInput): string {
  const next = input.next
  switch (next.kind) {
    case 'gate':
      return [
        '### Next: human approval',
        `This item waits for a reviewer. Open the ${link('workflow run', input.links.runUrl)}, ` +
          `choose **Review deployments**, and approve or reject environment **${text(next.environment, 200)}**.`,
        `The approval applies to the reviewed checkpoint ${commitText(next.checkpoint)} only. ` +
          'It must come from someone other than the person who started the playbook run.'
      ].join('\n\n')
    case 'evidence':
      return [
        '### Next: external evidence',
        'This item is blocked until the following evidence is supplied:',
        bulletList(next.needed),
        `Supply it by committing it to the repository and dispatching the workflow with its path: ${text(next.dispatchHint, 1000)}`
      ].join('\n\n')
    case 'continue':
      return '### Next: continue\n\nThe next hop continues the run with the next item.'
    case 'escalated':
      return [
        '### Next: escalated',
        'The run stops here until a human resolves:',
        bulletList(next.reasons)
      ].join('\n\n')
    case 'done':
      return '### Next: done\n\nEvery item of the playbook is finished.'
  }
}

function bulletList(entries: readonly string[]): string {
  if (entries.length === 0) return '- (none recorded)'
  const shown = entries.slice(0, MAX_LIST_ENTRIES).map((entry) => `- ${text(entry)}`)
  const more = entries.length - MAX_LIST_ENTRIES
  return more > 0 ? [...shown, `- … and ${more} more`].join('\n') : shown.join('\n')
}

function table(header: readonly string[], rows: readonly string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`)
  ].join('\n')
}

function moreRows(count: number, what: string, input: SummaryInput): string {
  return `… and ${count} more ${what}, see artifact **${text(input.links.artifactName, 200)}**.`
}

function itemsSection(input: SummaryInput, detail: Detail): string {
  const items = input.run.items
  const counts = new Map<string, number>()
  for (const item of items) {
    const key = item.terminal_state === 'none' ? 'unfinished' : item.terminal_state
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const tally = [...counts].map(([terminal, count]) => `${count} ${text(terminal)}`).join(', ')
  const heading = `### Items (${items.length}: ${tally})`
  if (!detail.itemRows) return heading
  const rows = items.slice(0, MAX_ITEM_ROWS).map((item) => {
    const id = cell(item.item_id, 100)
    return [
      item.item_id === input.itemId ? `**${id}**` : id,
      item.terminal_state === 'none' ? `— (${cell(item.state)})` : cell(item.terminal_state),
      String(item.attempt_number),
      cell(item.terminal_summary ?? '')
    ]
  })
  const parts = [heading, table(['Item', 'Terminal', 'Attempt', 'Summary'], rows)]
  if (items.length > MAX_ITEM_ROWS)
    parts.push(moreRows(items.length - MAX_ITEM_ROWS, 'items', input))
  return parts.join('\n\n')
}

function verificationSection(input: SummaryInput, detail: Detail): string {
  const report = input.verification
  if (report === undefined) return '### Verification\n\nNot run yet.'
  const failed = report.command_results.filter((result) => result.status === 'fail').length
  const parts = [
    `### Verification: ${text(report.overall_result)}`,
    `${text(report.summary)} (attempt ${report.attempt_number}; ${report.command_results.length} commands, ${failed} failed)`
  ]
  if (detail.verificationRows && report.command_results.length > 0) {
    const rows = report.command_results
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
    parts.push(table(['Command', 'Required', 'Exit', 'Time limit', 'Result'], rows))
    const more = report.command_results.length - MAX_VERIFICATION_ROWS
    if (more > 0) parts.push(moreRows(more, 'commands', input))
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
  const scopeLine = `Scope check: **${text(scope.status)}**${scope.note === '' ? '' : ` — ${text(scope.note)}`}`
  parts.push(scopeLine)
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

function findingsSection(input: SummaryInput, detail: Detail): string {
  const packet = input.findings
  if (packet === undefined) return ''
  const findings = packet.merged_findings
  const tally = SEVERITY_ORDER.map(
    (severity) =>
      [severity, findings.filter((finding) => finding.severity === severity).length] as const
  )
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${severity}`)
  const blocking = findings.filter((finding) => finding.is_blocking).length
  const parts = [
    `### Findings (${findings.length}${tally.length > 0 ? `: ${tally.join(', ')}` : ''}; ${blocking} blocking)`,
    `Audits: codex ${auditLane(packet.codex_audit_summary)}; claude ${auditLane(packet.claude_audit_summary)}.`
  ]
  if (findings.length === 0) return [...parts, 'No findings.'].join('\n\n')
  if (!detail.findingRows) return parts.join('\n\n')
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
    parts.push(moreRows(findings.length - shown.length, 'findings', input))
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

function stagesSection(input: SummaryInput, detail: Detail): string {
  if (!detail.stages || input.stages.length === 0) return ''
  const rows = input.stages.map((stage, index) => {
    const following = input.stages[index + 1]
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

/** A span for people: `850ms`, `42s`, `3m 05s`, `2h 10m`, `1d 4h`. */
export function formatDuration(milliseconds: number): string {
  if (!Number.isFinite(milliseconds) || milliseconds < 0) return '?'
  if (milliseconds < 1000) return `${Math.round(milliseconds)}ms`
  const seconds = Math.floor(milliseconds / 1000)
  if (seconds < 60) return `${seconds}s`
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return `${minutes}m ${String(seconds % 60).padStart(2, '0')}s`
  const hours = Math.floor(minutes / 60)
  if (hours < 24) return `${hours}h ${String(minutes % 60).padStart(2, '0')}m`
  return `${Math.floor(hours / 24)}d ${hours % 24}h`
}

const TERMINAL_STATES = new Set<string>(Object.keys(TERMINAL_STATE_OF))

/**
 * The item's path as a state diagram: one node per state in the order first reached, one
 * edge per distinct move labelled with the stage numbers that made it, so loops stay readable.
 */
function diagramSection(input: SummaryInput, detail: Detail): string {
  const stages = input.stages
  if (!detail.diagram || stages.length === 0) return ''
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
      const shown = steps.slice(0, MAX_EDGE_STEPS).join(', ')
      return `  ${from} --> ${to} : ${shown}${steps.length > MAX_EDGE_STEPS ? ', …' : ''}`
    }),
    ...(last !== undefined && TERMINAL_STATES.has(last.state) ? [`  ${previous} --> [*]`] : []),
    '```'
  ]
  return ['### Path', lines.join('\n')].join('\n\n')
}
