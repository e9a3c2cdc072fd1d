import { KNOWN_COLUMNS, REQUIRED_COLUMNS, closestColumn } from './columns.js'
import type { PlaybookIssue, PlaybookWarning } from './issues.js'
import type {
  LocatedCell,
  LocatedRow,
  LocatedTable,
  PlaybookDocument,
  Section
} from './markdown-document.js'
import { strip } from './text.js'

/**
 * Finds the plan table: the first table in the section numbered 2 whose first header
 * column is `step_id`, and checks its header.
 */
export interface PlanTable {
  readonly section: Section
  readonly table: LocatedTable
  /** Column name → position in the row. */
  readonly columns: ReadonlyMap<string, number>
}

export type PlanTableResult =
  | { ok: true; planTable: PlanTable; warnings: PlaybookWarning[] }
  | { ok: false; issues: PlaybookIssue[]; warnings: PlaybookWarning[] }

export function findPlanTable(document: PlaybookDocument): PlanTableResult {
  const candidates = document.sections.filter((section) => section.heading.number === '2')
  const section = candidates[0]
  if (section === undefined) {
    return fail({
      line: 1,
      column: 1,
      section: '2',
      message:
        'Playbook is missing section 2: add a heading like "## 2. Ordered Execution Plan" above the plan table'
    })
  }
  const duplicates = candidates.slice(1).map((extra) => ({
    line: extra.heading.line,
    column: extra.heading.column,
    section: '2',
    message: `a second section numbered 2 (the first is on line ${section.heading.line}); the plan table must have one home`
  }))
  if (duplicates.length > 0) return { ok: false, issues: duplicates, warnings: [] }

  const table = section.tables.find(
    (candidate) => headerName(candidate.header.cells[0]) === 'step_id'
  )
  if (table === undefined) {
    return fail({
      line: section.heading.line,
      column: section.heading.column,
      section: '2',
      message:
        'Could not find Ordered Execution Plan table header: section 2 has no table whose first column is step_id ' +
        '(a table needs its header row, then a delimiter row such as | --- | --- |, each starting on its own line)'
    })
  }
  return checkHeader(section, table)
}

function checkHeader(section: Section, table: LocatedTable): PlanTableResult {
  const issues: PlaybookIssue[] = []
  const warnings: PlaybookWarning[] = []
  const columns = new Map<string, number>()
  table.header.cells.forEach((cell, index) => {
    const name = headerName(cell)
    const where = { line: cell.line, column: cell.column, section: '2' }
    if (columns.has(name)) {
      issues.push({ ...where, message: `column ${name} appears twice in the header; keep one` })
      return
    }
    columns.set(name, index)
    if (KNOWN_COLUMNS.has(name)) return
    const guess = closestColumn(name)
    if (guess !== undefined) {
      issues.push({ ...where, message: `unknown column ${name}; did you mean ${guess}?` })
    } else {
      warnings.push({
        ...where,
        message: `column ${name} is not part of markdown_playbook_v1 and is ignored`
      })
    }
  })
  const missing = REQUIRED_COLUMNS.filter((name) => !columns.has(name)).sort()
  if (missing.length > 0) {
    issues.push({
      line: table.header.line,
      column: 1,
      section: '2',
      message: `Ordered Execution Plan table is missing required columns: ${missing.join(', ')}`
    })
  }
  if (table.cutAtLine !== undefined) {
    issues.push({
      line: table.cutAtLine,
      column: 1,
      section: '2',
      message:
        'the plan table stops being read here: its rows are missing too many cells (over 65,536 in all); give every row all header columns'
    })
  }
  if (table.rows.length === 0) {
    issues.push({
      line: table.line,
      column: 1,
      section: '2',
      message: 'Ordered Execution Plan table contains no rows'
    })
  }
  if (issues.length > 0) return { ok: false, issues, warnings }
  return { ok: true, planTable: { section, table, columns }, warnings }
}

function headerName(cell: LocatedCell | undefined): string {
  return strip(cell?.value ?? '').toLowerCase()
}

function fail(issue: PlaybookIssue): PlanTableResult {
  return { ok: false, issues: [issue], warnings: [] }
}

/** The cell of `row` under `column`, or an empty cell placed at the end of the row. */
export function cellAt(planTable: PlanTable, row: LocatedRow, column: string): LocatedCell {
  return row.cellAt(planTable.columns.get(column) ?? -1)
}
