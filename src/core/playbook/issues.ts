/**
 * Problems found in a playbook. Every problem points at a place in the file so that an
 * author can fix all of them in one pass, not one per run.
 */
export interface PlaybookIssue {
  readonly line: number
  readonly column: number
  readonly message: string
  /** The row's step_id, when the problem belongs to a row that has one. */
  readonly itemId?: string
  /** The table column the problem is in (lower-case header name). */
  readonly field?: string
  /** The playbook section the problem is in, such as `2` or `3.1 Docs`. */
  readonly section?: string
  /** 1-based position of the row among the table's data rows. */
  readonly rowIndex?: number
}

export interface PlaybookWarning {
  readonly line: number
  readonly column: number
  readonly message: string
}

export function formatIssue(sourceName: string, issue: PlaybookIssue): string {
  const context = [
    issue.itemId === undefined ? undefined : `item ${issue.itemId}`,
    issue.field === undefined ? undefined : `column ${issue.field}`,
    issue.field === undefined && issue.section !== undefined
      ? `section ${issue.section}`
      : undefined
  ].filter((part) => part !== undefined)
  const where = context.length > 0 ? ` (${context.join(', ')})` : ''
  return oneLine(`${sourceName}:${issue.line}:${issue.column}: ${issue.message}${where}`)
}

/**
 * Messages quote cell text, which may hold control characters or U+2028/U+2029; shown
 * raw they would break the one-problem-per-line output (and editors' parsing of it).
 */
function oneLine(text: string): string {
  return text.replace(
    /[\p{Cc}\u2028\u2029]/gu,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}

export function sortIssues(issues: readonly PlaybookIssue[]): PlaybookIssue[] {
  return [...issues].sort((a, b) => a.line - b.line || a.column - b.column)
}
