import type { ExternalCheck, ManualGate, PlanItem } from '../schemas/normalized-plan.js'
import {
  type ChangeProfile,
  EXTERNAL_CHECK_MODES,
  GATE_TYPES,
  ITEM_ID_PATTERN
} from '../schemas/vocabulary.js'
import {
  readBoolean,
  readCommands,
  readPaths,
  readPrerequisites,
  readWriteRoots
} from './cell-values.js'
import { RESERVED_COLUMNS } from './columns.js'
import type { PlaybookIssue, PlaybookWarning } from './issues.js'
import type { LocatedCell, LocatedRow } from './markdown-document.js'
import { type PlanTable, cellAt } from './plan-table.js'
import { dedupe, semicolonList, slugify } from './text.js'

/**
 * An item read from one table row, before cross-row checks; `support_section_ids` is
 * filled in once the plan's support sections are known.
 */
export type DraftItem = PlanItem & {
  readonly prerequisiteCell: LocatedCell
}

export interface RowReading {
  readonly item: DraftItem
  readonly issues: PlaybookIssue[]
  readonly warnings: PlaybookWarning[]
}

export const GENERATED_ITEM_NOTES = {
  snapshot: 'Immediate source is the frozen markdown playbook snapshot.',
  redGreen: 'Behavioral changes require real Red/Green evidence.',
  nonBehavioral:
    'Non-behavioral items may verify through artifact and content checks without fabricated failing tests.',
  manualGate: 'Manual review is required before the item can be treated as finally passed.',
  external:
    'This item requires human-supplied external evidence; the runtime must not browse the web to satisfy it.'
} as const

const RED_GREEN_WORDS = "['0', '1', 'false', 'n', 'no', 'true', 'y', 'yes']"

export function readItemRow(planTable: PlanTable, row: LocatedRow, rowIndex: number): RowReading {
  const issues: PlaybookIssue[] = []
  const cell = (column: string): LocatedCell => cellAt(planTable, row, column)
  const value = (column: string): string => cell(column).value
  const itemId = value('step_id')
  const report = (column: string, message: string): void => {
    const at = cell(column)
    issues.push({
      line: at.line,
      column: at.column,
      message,
      field: column,
      rowIndex,
      ...(itemId === '' ? {} : { itemId })
    })
  }

  // GitHub drops cells beyond the header when it renders the table, and so do we; an
  // unescaped pipe is the usual cause, so say so.
  const headerWidth = planTable.table.header.cells.length
  const warnings: PlaybookWarning[] =
    row.sourceCellCount > headerWidth
      ? [
          {
            line: row.line,
            column: 1,
            message: `row has ${row.sourceCellCount} cells but the header has ${headerWidth}; the extra cells are ignored (write a literal | as \\|)`
          }
        ]
      : []

  if (itemId === '') report('step_id', '`step_id` must be non-empty.')
  else if (!ITEM_ID_PATTERN.test(itemId)) {
    report(
      'step_id',
      `step_id ${itemId} is not a valid id: use ASCII letters, digits and . _ : - (starting with a letter or digit)`
    )
  }

  const reserved = RESERVED_COLUMNS.filter((column) => value(column) !== '')
  if (reserved.length > 0) {
    report(
      reserved[0] ?? 'change_profile',
      `reserved authored columns are not allowed in markdown_playbook_v1: ${reserved.join(', ')}. Keep them empty and let normalization derive the internal fields.`
    )
  }
  for (const column of [
    'phase',
    'action',
    'why_now',
    'owner_type',
    'repo_surfaces',
    'deliverable',
    'exit_criteria'
  ]) {
    if (value(column) === '') report(column, `\`${column}\` must be non-empty.`)
  }
  const phaseSlug = slugify(value('phase'))
  if (value('phase') !== '' && phaseSlug === '') {
    report(
      'phase',
      `phase ${value('phase')} has no ASCII letters or digits, so it has no slug to match phase details by`
    )
  }

  const pathColumn = (column: string, requireOne: boolean): string[] => {
    const reading = readPaths(value(column))
    reading.problems.forEach((problem) => report(column, problem))
    if (requireOne && value(column) !== '' && reading.value.length === 0) {
      report(column, `\`${column}\` must contain at least one concrete repo-relative path.`)
    }
    return reading.value
  }
  const repoSurfacePaths = pathColumn('repo_surfaces', true)
  const deliverablePaths = pathColumn('deliverable', true)
  const consultPaths = pathColumn('consult_paths', false)
  const artifactPaths = pathColumn('required_verification_artifacts', false)

  const writeRoots = readWriteRoots(value('allowed_write_roots'))
  writeRoots.problems.forEach((problem) => report('allowed_write_roots', problem))

  const redGreen = readBoolean(value('requires_red_green'))
  if (redGreen === undefined)
    report('requires_red_green', `\`requires_red_green\` must be one of ${RED_GREEN_WORDS}.`)

  const manualGate = readManualGate(
    value('manual_gate'),
    value('manual_gate_reason'),
    value('manual_gate_evidence'),
    value('exit_criteria')
  )
  if (manualGate === undefined) {
    report('manual_gate', `\`manual_gate\` must be one of ${pythonList([...GATE_TYPES].sort())}.`)
  }
  const externalDependencies = semicolonList(value('external_dependencies'))
  const externalCheck = readExternalCheck(value('external_check'), externalDependencies)
  if (externalCheck === undefined) {
    report(
      'external_check',
      `\`external_check\` must be one of ${pythonList([...EXTERNAL_CHECK_MODES].sort())}.`
    )
  }

  const required = readCommands(value('required_verification_commands'))
  const suggested = readCommands(value('suggested_verification_commands'))
  required.problems.forEach((problem) => report('required_verification_commands', problem))
  suggested.problems.forEach((problem) => report('suggested_verification_commands', problem))
  if (redGreen === true && required.value.length === 0 && required.problems.length === 0) {
    report(
      'required_verification_commands',
      'requires_red_green=true requires at least one required_verification_commands entry.'
    )
  }

  const prerequisites = readPrerequisites(value('prerequisites'))
  prerequisites.problems.forEach((problem) => report('prerequisites', problem))
  for (const id of prerequisites.value.filter((candidate) => !ITEM_ID_PATTERN.test(candidate))) {
    report('prerequisites', `prerequisite ${id} is not a valid item id; separate ids with commas`)
  }

  const gate = manualGate ?? NO_GATE
  const external = externalCheck ?? { required: false, mode: 'none' as const, dependencies: [] }
  const item: DraftItem = {
    item_id: itemId,
    order: rowIndex,
    phase: value('phase'),
    phase_slug: phaseSlug,
    action: value('action'),
    why_now: value('why_now'),
    owner_type: value('owner_type'),
    prerequisites_raw: value('prerequisites'),
    prerequisite_item_ids: prerequisites.value,
    repo_surfaces_raw: semicolonList(value('repo_surfaces')),
    repo_surface_paths: repoSurfacePaths,
    external_dependencies_raw: externalDependencies,
    deliverable: value('deliverable'),
    deliverable_paths: deliverablePaths,
    exit_criteria: value('exit_criteria'),
    change_profile: changeProfile(redGreen === true, deliverablePaths, writeRoots.value),
    execution_mode: 'codex',
    host_commands: [],
    requires_red_green: redGreen === true,
    manual_gate: gate,
    external_check: external,
    verification_hints: {
      required_artifacts: artifactPaths.length > 0 ? artifactPaths : [...deliverablePaths],
      required_commands: required.value,
      suggested_commands: suggested.value
    },
    source_row: {
      section_title: planTable.section.heading.title,
      row_index: rowIndex,
      line_start: row.line,
      line_end: row.line,
      raw_row_markdown: row.rawLine
    },
    support_section_ids: [],
    consult_paths: dedupe([...repoSurfacePaths, ...consultPaths]),
    allowed_write_roots: writeRoots.value,
    notes: itemNotes(
      semicolonList(value('notes')),
      redGreen === true,
      gate.required,
      external.required
    ),
    prerequisiteCell: cell('prerequisites')
  }
  return { item, issues, warnings }
}

const NO_GATE: ManualGate = {
  required: false,
  gate_type: 'none',
  gate_reason: '',
  required_evidence: []
}

function readManualGate(
  kindCell: string,
  reason: string,
  evidence: string,
  exitCriteria: string
): ManualGate | undefined {
  const kind = kindCell === '' ? 'none' : kindCell.toLowerCase()
  const gateType = GATE_TYPES.find((type) => type === kind)
  if (gateType === undefined) return undefined
  if (gateType === 'none') return NO_GATE
  const requiredEvidence = semicolonList(evidence)
  return {
    required: true,
    gate_type: gateType,
    gate_reason: reason === '' ? exitCriteria : reason,
    required_evidence: requiredEvidence.length > 0 ? requiredEvidence : ['decision record']
  }
}

function readExternalCheck(modeCell: string, dependencies: string[]): ExternalCheck | undefined {
  const mode = EXTERNAL_CHECK_MODES.find(
    (candidate) => candidate === (modeCell === '' ? 'none' : modeCell.toLowerCase())
  )
  if (mode === undefined) return undefined
  const required = mode !== 'none'
  return { required, mode, dependencies: required ? [...dependencies] : [] }
}

function changeProfile(
  redGreen: boolean,
  deliverablePaths: readonly string[],
  writeRoots: readonly string[]
): ChangeProfile {
  if (redGreen) return 'behavioral_code'
  const docsDeliverables = deliverablePaths.every(
    (path) => path.startsWith('docs/') || path.endsWith('.md') || path.endsWith('.json')
  )
  const docsRoots = writeRoots.every((root) => root.startsWith('docs'))
  return docsDeliverables && docsRoots ? 'docs_only' : 'mixed'
}

function itemNotes(
  authored: string[],
  redGreen: boolean,
  manualGate: boolean,
  external: boolean
): string[] {
  return dedupe([
    ...authored,
    GENERATED_ITEM_NOTES.snapshot,
    redGreen ? GENERATED_ITEM_NOTES.redGreen : GENERATED_ITEM_NOTES.nonBehavioral,
    ...(manualGate ? [GENERATED_ITEM_NOTES.manualGate] : []),
    ...(external ? [GENERATED_ITEM_NOTES.external] : [])
  ])
}

function pythonList(values: readonly string[]): string {
  return `[${values.map((v) => `'${v}'`).join(', ')}]`
}
