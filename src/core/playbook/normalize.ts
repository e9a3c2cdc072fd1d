import type {
  GlobalContext,
  NormalizedPlan,
  PlanItem,
  SupportSection
} from '../schemas/normalized-plan.js'
import { ITEM_ID_PATTERN } from '../schemas/vocabulary.js'
import type { PlaybookIssue, PlaybookWarning } from './issues.js'
import { sortIssues } from './issues.js'
import { readDocument, type Section } from './markdown-document.js'
import { type RowReading, isDigits, readItemRows } from './plan-items.js'
import { findPlanTable } from './plan-table.js'
import { decodePlaybook } from './source-text.js'
import { buildSupportSections, supportSectionIdsByPhase } from './support-sections.js'
import { strip } from './text.js'
import { isoSeconds } from '../time.js'

/**
 * markdown_playbook_v1 → normalized plan. Pure: the caller reads the file and supplies
 * its bytes, its path as the user wrote it, its SHA-256 and the time. Every problem in the
 * playbook is reported, not only the first.
 */
export interface PlaybookSource {
  readonly bytes: Uint8Array
  /** The path as given by the user; recorded in the plan and used in messages. */
  readonly path: string
  readonly sha256: string
  readonly generatedAt: Date
}

export type NormalizeResult =
  | { ok: true; plan: NormalizedPlan; warnings: PlaybookWarning[] }
  | { ok: false; issues: PlaybookIssue[]; warnings: PlaybookWarning[] }

export const GLOBAL_NOTES = [
  'Immediate item source is the approved markdown playbook itself.',
  'The runtime snapshots the source markdown and normalizes it before execution.',
  'allowed_write_roots and requires_red_green are authored in the playbook.',
  'change_profile is derived during normalization.',
  'execution_mode is fixed to codex in canonical public v1.',
  'host_commands remain reserved for a future extension path and are held empty in canonical public v1.'
] as const

const FALLBACK_GOAL =
  'Execute the approved playbook one item at a time through the plan orchestrator.'

export function normalizePlaybook(source: PlaybookSource): NormalizeResult {
  const decoded = decodePlaybook(source.bytes)
  if (!decoded.ok) return { ok: false, issues: [decoded.issue], warnings: [] }
  const document = readDocument(decoded.text)
  const found = findPlanTable(document)
  if (!found.ok) return found
  const { planTable } = found

  const issues: PlaybookIssue[] = []
  const warnings = [...found.warnings, ...duplicateSectionWarnings(document.sections)]
  const readings = readItemRows(planTable)
  for (const reading of readings) {
    for (const issue of reading.issues) issues.push(issue)
    for (const warning of reading.warnings) warnings.push(warning)
  }
  for (const issue of checkIdsAndPrerequisites(readings)) issues.push(issue)
  const items = readings.map((reading) => reading.item)
  const support = buildSupportSections(
    document.sections,
    items.map((item) => item.phase_slug)
  )
  for (const issue of support.issues) issues.push(issue)
  if (issues.length > 0) return { ok: false, issues: sortIssues(issues), warnings }

  const idsForPhase = supportSectionIdsByPhase(support.sections)
  // The key is already in place, so the JSON keeps the contract's order.
  for (const item of items) item.support_section_ids = idsForPhase(item.phase_slug)
  const plan: NormalizedPlan = {
    schema_version: 'plan_orchestrator.normalized_plan.v1',
    adapter_id: 'markdown_playbook_v1',
    plan_source: {
      path: source.path,
      source_kind: 'markdown_playbook_v1',
      sha256: source.sha256,
      title: source.path.split('/').pop() || source.path
    },
    generated_at_utc: isoSeconds(source.generatedAt),
    global_context: globalContext(document.sections, items, support.sections),
    support_sections: support.sections,
    items
  }
  return { ok: true, plan, warnings }
}

/**
 * Step ids must be unique, and every prerequisite must name an earlier item: items run in
 * table order, so anything else could never be satisfied.
 */
function checkIdsAndPrerequisites(readings: readonly RowReading[]): PlaybookIssue[] {
  const issues: PlaybookIssue[] = []
  const firstRow = new Map<string, PlanItem>()
  for (const { item: draft } of readings) {
    if (draft.item_id === '') continue
    const earlier = firstRow.get(draft.item_id)
    if (earlier === undefined) {
      firstRow.set(draft.item_id, draft)
      continue
    }
    issues.push({
      line: draft.source_row.line_start,
      column: 1,
      itemId: draft.item_id,
      field: 'step_id',
      rowIndex: draft.order,
      message: `step_id ${draft.item_id} is used twice (first on line ${earlier.source_row.line_start}); ids must be unique`
    })
  }
  for (const reading of readings) {
    const draft = reading.item
    const report = (message: string): void => {
      const at = reading.prerequisiteCell()
      issues.push({
        line: at.line,
        column: at.column,
        field: 'prerequisites',
        rowIndex: draft.order,
        ...(draft.item_id === '' ? {} : { itemId: draft.item_id }),
        message
      })
    }
    for (const id of draft.prerequisite_item_ids) {
      const target = firstRow.get(id)
      // The usual case, an earlier item, needs no report whether or not the id is valid.
      if (target !== undefined && target.order < draft.order) continue
      if (!isDigits(id) && !ITEM_ID_PATTERN.test(id)) continue // already reported as not an id
      if (target === draft) report(`item ${id} lists itself as a prerequisite`)
      else if (target === undefined) report(`prerequisite ${id} is not an item of this playbook`)
      else if (target.order > draft.order) {
        report(
          `prerequisite ${id} comes later in the table (line ${target.source_row.line_start}); items run in table order`
        )
      }
    }
  }
  return issues
}

function globalContext(
  sections: readonly Section[],
  items: readonly PlanItem[],
  supportSections: readonly SupportSection[]
): GlobalContext {
  const context = sections.find((section) => section.heading.number === '1')
  const goal = context?.body
    .split('\n')
    .map(strip)
    .find((line) => line !== '')
  return {
    primary_goal: goal ?? FALLBACK_GOAL,
    immediate_target: `First unfinished item: ${items[0]?.item_id ?? ''}`,
    default_runtime_profile: {
      offline_default: true,
      auto_advance_default: false,
      max_fix_rounds_default: 2,
      max_remediation_rounds_default: 1
    },
    global_support_section_ids: supportSections
      .filter((section) =>
        ['global_context', 'shared_guidance', 'risk_register'].includes(section.section_kind)
      )
      .map((section) => section.section_id),
    notes: [...GLOBAL_NOTES]
  }
}

/** Sections 1 and 3–6 are read from their first heading; a repeated one is ignored. */
function duplicateSectionWarnings(sections: readonly Section[]): PlaybookWarning[] {
  const seen = new Map<string, Section>()
  const warnings: PlaybookWarning[] = []
  for (const section of sections) {
    const number = section.heading.number
    if (number === undefined || !['1', '3', '4', '5', '6'].includes(number)) continue
    const first = seen.get(number)
    if (first === undefined) seen.set(number, section)
    else {
      warnings.push({
        line: section.heading.line,
        column: section.heading.column,
        message: `a second section numbered ${number} is ignored; section ${number} is read from line ${first.heading.line}`
      })
    }
  }
  return warnings
}
