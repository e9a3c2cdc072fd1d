import { isJsSpace } from './text.js'

/** Where a table cell starts on its line, for messages that point at it. */

/**
 * 1-based column where each cell's content starts. Cells are split on pipes not escaped
 * by a backslash, with one optional leading and trailing pipe, as GFM does; this only
 * places messages, the parser decides the values.
 */
export function cellStartColumns(rawLine: string): number[] {
  const starts: number[] = []
  scanCells(rawLine, starts)
  return starts
}

/**
 * Counts the cells of a row's source line and, given `starts`, records where each begins.
 * The row is trimmed as `String.prototype.trim` does; pipes are found with `indexOf` and
 * a pipe right after a backslash is escaped (index scanning, so no copies).
 */
export function scanCells(rawLine: string, starts: number[] | undefined): number {
  let from = 0
  let to = rawLine.length
  while (from < to && isJsSpace(rawLine.charCodeAt(from))) from += 1
  while (to > from && isJsSpace(rawLine.charCodeAt(to - 1))) to -= 1
  let count = 0
  let cellStart = from
  for (
    let pos = rawLine.indexOf('|', from);
    pos !== -1 && pos < to;
    pos = rawLine.indexOf('|', pos + 1)
  ) {
    if (pos === from) {
      cellStart = pos + 1
      continue
    }
    if (rawLine.charCodeAt(pos - 1) === 0x5c) continue
    count += 1
    if (starts !== undefined) starts.push(contentStart(rawLine, cellStart, pos))
    cellStart = pos + 1
  }
  if (cellStart < to) {
    count += 1
    if (starts !== undefined) starts.push(contentStart(rawLine, cellStart, to))
  }
  return count
}

/** 1-based column of the first character of `rawLine[from, to)` that `trim` would keep. */
function contentStart(rawLine: string, from: number, to: number): number {
  let start = from
  while (start < to && isJsSpace(rawLine.charCodeAt(start))) start += 1
  return start + 1
}
