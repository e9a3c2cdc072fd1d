import { sortFindings } from '../findings/ordering.js'
import { unsafePathReason } from '../playbook/cell-values.js'
import { oneLine } from '../text/one-line.js'
import type {
  MergedFinding,
  MergedFindingsPacket,
  Severity,
  VerificationReport
} from '../schemas/reports.js'

/**
 * The details of an item worth seeing next to the code: failed verification commands and
 * findings that name a file and line. GitHub shows at most 10 annotations of each level per
 * step, so each level is cut to exactly 10, the last one saying how many more the artifact has.
 */

export interface Annotation {
  readonly level: 'error' | 'warning' | 'notice'
  readonly message: string
  readonly title: string
  readonly file?: string
  readonly startLine?: number
}

export type AnnotationLevel = Annotation['level']

export const ANNOTATIONS_PER_LEVEL = 10
export const MAX_ANNOTATION_MESSAGE = 1000
const MAX_TITLE = 200

const LEVELS: readonly AnnotationLevel[] = ['error', 'warning', 'notice']

const LEVEL_OF: Readonly<Record<Severity, AnnotationLevel>> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'notice',
  info: 'notice'
}

// Triage or the merge already said these are not problems at that place.
const NOT_ANNOTATED = new Set<MergedFinding['disposition']>(['false_positive', 'duplicate'])

export function annotationsFor(input: {
  verification?: VerificationReport
  findings?: MergedFindingsPacket
  playbookPath: string
}): Annotation[] {
  const candidates: Annotation[] = []
  for (const result of input.verification?.command_results ?? []) {
    if (result.status !== 'fail') continue
    const outcome =
      result.failure_kind === 'timeout'
        ? `timed out${result.timeout_sec === null ? '' : ` after ${result.timeout_sec}s`}`
        : `exited ${result.exit_code ?? 'without an exit code'}`
    candidates.push(
      annotation('error', {
        title: `Verification failed: ${result.label}${result.required ? '' : ' (optional)'}`,
        message:
          `${result.command} ${outcome} (command from ${input.playbookPath})` +
          (result.log_path === null ? '' : `; log: ${result.log_path}`)
      })
    )
  }
  // Most severe first, so the per-level cut drops the least severe.
  for (const finding of sortFindings(input.findings?.merged_findings ?? [])) {
    if (NOT_ANNOTATED.has(finding.disposition)) continue
    const location = locate(finding)
    if (location === undefined) continue
    candidates.push(
      annotation(LEVEL_OF[finding.severity], {
        title: `${finding.severity} ${finding.category}: ${finding.title}`,
        message: [
          finding.title,
          finding.recommended_action,
          `${finding.canonical_id}, ${finding.disposition}${finding.is_blocking ? ', blocking' : ''}`
        ]
          .filter((part) => part.trim() !== '')
          .join(' — '),
        ...location
      })
    )
  }
  return LEVELS.flatMap((level) =>
    capped(
      level,
      candidates.filter((candidate) => candidate.level === level)
    )
  )
}

function capped(level: AnnotationLevel, annotations: readonly Annotation[]): Annotation[] {
  if (annotations.length <= ANNOTATIONS_PER_LEVEL) return [...annotations]
  const kept = annotations.slice(0, ANNOTATIONS_PER_LEVEL - 1)
  const more = annotations.length - kept.length
  return [
    ...kept,
    annotation(level, {
      title: `${more} more ${level} annotations`,
      message: `… and ${more} more ${level} annotations not shown here (GitHub shows ${ANNOTATIONS_PER_LEVEL} per level); see the run's artifact for the full reports.`
    })
  ]
}

function annotation(
  level: AnnotationLevel,
  fields: { title: string; message: string; file?: string; startLine?: number }
): Annotation {
  return {
    level,
    title: clip(singleLine(fields.title), MAX_TITLE),
    message: clip(singleLine(fields.message), MAX_ANNOTATION_MESSAGE),
    ...(fields.file === undefined ? {} : { file: fields.file, startLine: fields.startLine })
  }
}

// `path:12`, `path:12:5`, `path:12-20`, `path#L12`, `path#L12-L20`.
const FILE_AND_LINE = /^(.+?)(?::(\d+)(?:[:-]\d+)?|#L(\d+)(?:-L?\d+)?)$/

/**
 * The first place the finding names with both a file and a line: a path entry carrying a line,
 * or else evidence that cites one of the finding's paths with a line.
 */
function locate(finding: MergedFinding): { file: string; startLine: number } | undefined {
  for (const entry of finding.file_paths) {
    const found = parseLocation(entry.trim())
    if (found !== undefined) return found
  }
  const paths = new Set(finding.file_paths.map((path) => normalizePath(path.trim())))
  for (const evidence of finding.evidence) {
    for (const token of evidence.split(/[\s`'"()[\],;]+/)) {
      const found = parseLocation(token)
      if (found !== undefined && paths.has(found.file)) return found
    }
  }
  return undefined
}

function parseLocation(text: string): { file: string; startLine: number } | undefined {
  const match = FILE_AND_LINE.exec(text)
  if (match === null) return undefined
  const file = normalizePath(match[1] ?? '')
  const line = Number(match[2] ?? match[3])
  if (file === '' || unsafePathReason(file) !== undefined) return undefined
  if (!Number.isSafeInteger(line) || line < 1) return undefined
  return { file, startLine: line }
}

function normalizePath(path: string): string {
  return path.replace(/^(?:\.\/)+/, '')
}

/**
 * One line of plain text. @actions/core escapes what would end a property or the command
 * (`%`, CR, LF, and `:` `,` in properties), so this is about what the reviewer sees: no line
 * breaks of any kind, no terminal or bidi controls that could make a title read as another.
 */
function singleLine(text: string): string {
  return oneLine(text).replace(/ {2,}/g, ' ').trim()
}

function clip(text: string, max: number): string {
  if (text.length <= max) return text
  let cut = text.slice(0, max - 1)
  // Never leave half of a surrogate pair at the cut.
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1)
  return `${cut}…`
}
