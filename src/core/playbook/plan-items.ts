import type { PlanItem } from '../schemas/normalized-plan.js'
import { EXTERNAL_CHECK_MODES, GATE_TYPES, ITEM_ID_PATTERN } from '../schemas/vocabulary.js'
import {
  type RangeIdCache,
  readBoolean,
  readCommands,
  readPaths,
  readPrerequisites,
  readWriteRoots
} from './cell-values.js'
import { RESERVED_COLUMNS } from './columns.js'
import type { PlaybookIssue, PlaybookWarning } from './issues.js'
import type { LocatedCell, LocatedRow } from './markdown-document.js'
import {
  NO_GATE,
  changeProfile,
  itemNotes,
  pythonList,
  readExternalCheck,
  readManualGate
} from './item-fields.js'
import type { PlanTable } from './plan-table.js'
import { dedupe, semicolonList, slugify } from './text.js'

/**
 * An item read from one table row, before cross-row checks; `support_section_ids` is
 * filled in once the plan's support sections are known.
 */
export interface RowReading {
  readonly item: PlanItem
  /** Where the row's prerequisites cell is, for messages about the ids it names. */
  readonly prerequisiteCell: () => LocatedCell
  readonly issues: PlaybookIssue[]
  readonly warnings: PlaybookWarning[]
}

const RED_GREEN_WORDS = "['0', '1', 'false', 'n', 'no', 'true', 'y', 'yes']"

const NON_EMPTY_COLUMNS = [
  'phase',
  'action',
  'why_now',
  'owner_type',
  'repo_surfaces',
  'deliverable',
  'exit_criteria'
] as const

/**
 * Reads every row of the plan table. Column positions are looked up once per table, not
 * per cell, and a cell's place in its line is only worked out for a message.
 */
export function readItemRows(planTable: PlanTable): RowReading[] {
  const position = (column: string): number => planTable.columns.get(column) ?? -1
  const at = {
    step_id: position('step_id'),
    phase: position('phase'),
    action: position('action'),
    why_now: position('why_now'),
    owner_type: position('owner_type'),
    prerequisites: position('prerequisites'),
    repo_surfaces: position('repo_surfaces'),
    deliverable: position('deliverable'),
    exit_criteria: position('exit_criteria'),
    allowed_write_roots: position('allowed_write_roots'),
    requires_red_green: position('requires_red_green'),
    manual_gate: position('manual_gate'),
    manual_gate_reason: position('manual_gate_reason'),
    manual_gate_evidence: position('manual_gate_evidence'),
    external_check: position('external_check'),
    external_dependencies: position('external_dependencies'),
    consult_paths: position('consult_paths'),
    required_verification_commands: position('required_verification_commands'),
    suggested_verification_commands: position('suggested_verification_commands'),
    required_verification_artifacts: position('required_verification_artifacts'),
    notes: position('notes')
  }
  const reserved = RESERVED_COLUMNS.filter((column) => planTable.columns.has(column)).map(
    (column) => ({ column, index: position(column) })
  )
  const context: TableContext = {
    planTable,
    at,
    reserved,
    headerWidth: planTable.table.header.values.length,
    sectionTitle: planTable.section.heading.title,
    rangeIds: new Map(),
    phaseSlugs: new Map()
  }
  return planTable.table.rows.map((row, index) => readItemRow(context, row, index + 1))
}

interface TableContext {
  readonly planTable: PlanTable
  readonly at: Readonly<Record<ReadColumn, number>>
  readonly reserved: readonly { column: string; index: number }[]
  readonly headerWidth: number
  readonly sectionTitle: string
  readonly rangeIds: RangeIdCache
  /** A large plan has thousands of rows and a handful of phases. */
  readonly phaseSlugs: Map<string, string>
}

type ReadColumn =
  | 'step_id'
  | (typeof NON_EMPTY_COLUMNS)[number]
  | 'prerequisites'
  | 'allowed_write_roots'
  | 'requires_red_green'
  | 'manual_gate'
  | 'manual_gate_reason'
  | 'manual_gate_evidence'
  | 'external_check'
  | 'external_dependencies'
  | 'consult_paths'
  | 'required_verification_commands'
  | 'suggested_verification_commands'
  | 'required_verification_artifacts'
  | 'notes'

function readItemRow(context: TableContext, row: LocatedRow, rowIndex: number): RowReading {
  const { at } = context
  const issues: PlaybookIssue[] = []
  const values = row.values
  const value = (index: number): string => (index < 0 ? '' : (values[index] ?? ''))
  const itemId = value(at.step_id)
  const report = (column: string, index: number, message: string): void => {
    const place = row.cellAt(index)
    issues.push({
      line: place.line,
      column: place.column,
      message,
      field: column,
      rowIndex,
      ...(itemId === '' ? {} : { itemId })
    })
  }

  // GitHub drops cells beyond the header when it renders the table, and so do we; an
  // unescaped pipe is the usual cause, so say so.
  const headerWidth = context.headerWidth
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

  if (itemId === '') report('step_id', at.step_id, '`step_id` must be non-empty.')
  else if (!ITEM_ID_PATTERN.test(itemId)) {
    report(
      'step_id',
      at.step_id,
      `step_id ${itemId} is not a valid id: use ASCII letters, digits and . _ : - (starting with a letter or digit)`
    )
  }

  if (context.reserved.length > 0) {
    const reserved = context.reserved.filter(({ index }) => value(index) !== '')
    const first = reserved[0]
    if (first !== undefined) {
      report(
        first.column,
        first.index,
        `reserved authored columns are not allowed in markdown_playbook_v1: ${reserved.map(({ column }) => column).join(', ')}. Keep them empty and let normalization derive the internal fields.`
      )
    }
  }
  for (const column of NON_EMPTY_COLUMNS) {
    if (value(at[column]) === '') report(column, at[column], `\`${column}\` must be non-empty.`)
  }
  const phase = value(at.phase)
  let phaseSlug = context.phaseSlugs.get(phase)
  if (phaseSlug === undefined) {
    phaseSlug = slugify(phase)
    context.phaseSlugs.set(phase, phaseSlug)
  }
  if (phase !== '' && phaseSlug === '') {
    report(
      'phase',
      at.phase,
      `phase ${phase} has no ASCII letters or digits, so it has no slug to match phase details by`
    )
  }

  const pathColumn = (column: ReadColumn, requireOne: boolean): string[] => {
    const index = at[column]
    const cell = value(index)
    if (cell === '') return []
    const reading = readPaths(cell)
    for (const problem of reading.problems) report(column, index, problem)
    if (requireOne && reading.value.length === 0) {
      report(column, index, `\`${column}\` must contain at least one concrete repo-relative path.`)
    }
    return reading.value
  }
  const repoSurfacePaths = pathColumn('repo_surfaces', true)
  const deliverablePaths = pathColumn('deliverable', true)
  const consultPaths = pathColumn('consult_paths', false)
  const artifactPaths = pathColumn('required_verification_artifacts', false)

  const writeRoots = readWriteRoots(value(at.allowed_write_roots))
  for (const problem of writeRoots.problems)
    report('allowed_write_roots', at.allowed_write_roots, problem)

  const redGreen = readBoolean(value(at.requires_red_green))
  if (redGreen === undefined)
    report(
      'requires_red_green',
      at.requires_red_green,
      `\`requires_red_green\` must be one of ${RED_GREEN_WORDS}.`
    )

  const exitCriteria = value(at.exit_criteria)
  const manualGate = readManualGate(
    value(at.manual_gate),
    value(at.manual_gate_reason),
    value(at.manual_gate_evidence),
    exitCriteria
  )
  if (manualGate === undefined) {
    report(
      'manual_gate',
      at.manual_gate,
      `\`manual_gate\` must be one of ${pythonList([...GATE_TYPES].sort())}.`
    )
  }
  const externalDependencies = semicolonList(value(at.external_dependencies))
  const externalCheck = readExternalCheck(value(at.external_check), externalDependencies)
  if (externalCheck === undefined) {
    report(
      'external_check',
      at.external_check,
      `\`external_check\` must be one of ${pythonList([...EXTERNAL_CHECK_MODES].sort())}.`
    )
  }

  const required = readCommands(value(at.required_verification_commands))
  const suggested = readCommands(value(at.suggested_verification_commands))
  for (const problem of required.problems)
    report('required_verification_commands', at.required_verification_commands, problem)
  for (const problem of suggested.problems)
    report('suggested_verification_commands', at.suggested_verification_commands, problem)
  if (redGreen === true && required.value.length === 0 && required.problems.length === 0) {
    report(
      'required_verification_commands',
      at.required_verification_commands,
      'requires_red_green=true requires at least one required_verification_commands entry.'
    )
  }

  const prerequisitesCell = value(at.prerequisites)
  const prerequisites = readPrerequisites(prerequisitesCell, context.rangeIds)
  for (const problem of prerequisites.problems) report('prerequisites', at.prerequisites, problem)
  for (const id of prerequisites.value) {
    if (!isDigits(id) && !ITEM_ID_PATTERN.test(id)) {
      report(
        'prerequisites',
        at.prerequisites,
        `prerequisite ${id} is not a valid item id; separate ids with commas`
      )
    }
  }

  const gate = manualGate ?? NO_GATE
  const external = externalCheck ?? { required: false, mode: 'none' as const, dependencies: [] }
  const item: PlanItem = {
    item_id: itemId,
    order: rowIndex,
    phase,
    phase_slug: phaseSlug,
    action: value(at.action),
    why_now: value(at.why_now),
    owner_type: value(at.owner_type),
    prerequisites_raw: prerequisitesCell,
    prerequisite_item_ids: prerequisites.value,
    repo_surfaces_raw: semicolonList(value(at.repo_surfaces)),
    repo_surface_paths: repoSurfacePaths,
    external_dependencies_raw: externalDependencies,
    deliverable: value(at.deliverable),
    deliverable_paths: deliverablePaths,
    exit_criteria: exitCriteria,
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
      section_title: context.sectionTitle,
      row_index: rowIndex,
      line_start: row.line,
      line_end: row.line,
      raw_row_markdown: row.rawLine
    },
    support_section_ids: [],
    consult_paths:
      consultPaths.length === 0
        ? dedupe(repoSurfacePaths)
        : dedupe([...repoSurfacePaths, ...consultPaths]),
    allowed_write_roots: writeRoots.value,
    notes: itemNotes(
      semicolonList(value(at.notes)),
      redGreen === true,
      gate.required,
      external.required
    )
  }
  return {
    item,
    prerequisiteCell: () => row.cellAt(at.prerequisites),
    issues,
    warnings
  }
}

/**
 * A non-empty run of ASCII digits, which is always a valid id: every id a range expands to
 * is one, and a large plan's ranges name hundreds of thousands of them.
 */
export function isDigits(id: string): boolean {
  if (id === '') return false
  for (let index = 0; index < id.length; index += 1) {
    const code = id.charCodeAt(index)
    if (code < 0x30 || code > 0x39) return false
  }
  return true
}
