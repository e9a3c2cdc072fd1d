import MarkdownIt from 'markdown-it'
import type Token from 'markdown-it/lib/token.mjs'
import { WS_CLASS, strip, stripChars, stripEnd } from './text.js'

/**
 * The playbook as GitHub renders it: a CommonMark block parse with GFM tables, cut into
 * numbered H2 sections with their H3 subsections and tables. Only top-level blocks count,
 * so a heading or table inside a code fence, block quote or list is just content. Cell
 * values are the parser's cell source text (backticks survive; `\|` is a literal pipe).
 */
export interface PlaybookDocument {
  readonly lines: readonly string[]
  readonly sections: readonly Section[]
}

export interface SectionHeading {
  /** Section number as written, like `2` or `3.1`; undefined when the title has none. */
  readonly number: string | undefined
  readonly title: string
  readonly line: number
  readonly column: number
}

export interface Section {
  readonly heading: SectionHeading
  /** Everything between this heading and the next heading of the same level, trimmed. */
  readonly body: string
  readonly subsections: readonly Subsection[]
  readonly tables: readonly LocatedTable[]
}

export interface Subsection {
  readonly heading: SectionHeading
  readonly body: string
}

export interface LocatedCell {
  readonly value: string
  readonly line: number
  readonly column: number
}

export interface LocatedRow {
  readonly line: number
  /** The row's source line without trailing whitespace. */
  readonly rawLine: string
  readonly cells: readonly LocatedCell[]
  /** How many cells the source line has; GFM drops those beyond the header's count. */
  readonly sourceCellCount: number
}

export interface LocatedTable {
  readonly line: number
  /**
   * Set when the parser ended the table at a line that is not blank and starts no other
   * block: markdown-it stops a table after padding 65,536 missing cells, and the rest of
   * the rows would silently become a paragraph.
   */
  readonly cutAtLine: number | undefined
  readonly header: LocatedRow
  readonly rows: readonly LocatedRow[]
}

const NUMBERED_TITLE = new RegExp(`^([0-9]+(?:\\.[0-9]+)*)\\.?[${WS_CLASS}]+(.*)$`, 'su')

// CommonMark with GFM tables and nothing else: what GitHub uses to decide which lines
// are headings and table rows. Inline parsing is never run: cells keep their source text.
const parser = new MarkdownIt('commonmark').enable('table')

interface Block {
  readonly kind: 'heading' | 'table' | 'paragraph'
  readonly depth: number
  readonly startLine: number
  readonly endLine: number
  readonly tokens: readonly Token[]
}

export function readDocument(text: string): PlaybookDocument {
  const lines = text.split('\n')
  const tokens: Token[] = []
  parser.block.parse(text, parser, {}, tokens)
  const blocks = topLevelBlocks(tokens)
  const h2 = blocks.filter((block) => block.kind === 'heading' && block.depth === 2)
  const sections = h2.map((heading, k) => {
    const next = h2[k + 1]
    const endLine = next === undefined ? lines.length : next.startLine
    const inner = blocks.filter(
      (block) => block.startLine >= heading.endLine && block.startLine < endLine
    )
    return readSection(lines, heading, inner, endLine)
  })
  return { lines, sections }
}

function topLevelBlocks(tokens: readonly Token[]): Block[] {
  const blocks: Block[] = []
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]
    if (token === undefined || token.level !== 0 || token.map === null) continue
    if (token.type === 'heading_open') {
      blocks.push({
        kind: 'heading',
        depth: Number(token.tag.slice(1)),
        startLine: token.map[0],
        endLine: token.map[1],
        tokens: tokens.slice(index, index + 3)
      })
    } else if (token.type === 'paragraph_open') {
      blocks.push({
        kind: 'paragraph',
        depth: 0,
        startLine: token.map[0],
        endLine: token.map[1],
        tokens: []
      })
    } else if (token.type === 'table_open') {
      const close = tokens.indexOf(
        tokens.find((t, k) => k > index && t.type === 'table_close' && t.level === 0) as Token
      )
      blocks.push({
        kind: 'table',
        depth: 0,
        startLine: token.map[0],
        endLine: token.map[1],
        tokens: tokens.slice(index, close + 1)
      })
      index = close
    }
  }
  return blocks
}

function readSection(
  lines: readonly string[],
  heading: Block,
  inner: readonly Block[],
  endLine: number
): Section {
  const subHeadings = inner.filter((block) => block.kind === 'heading' && block.depth === 3)
  const subsections = subHeadings.map((sub, k) => ({
    heading: readHeading(lines, sub),
    body: bodyBetween(lines, sub.endLine, subHeadings[k + 1]?.startLine ?? endLine)
  }))
  return {
    heading: readHeading(lines, heading),
    body: bodyBetween(lines, heading.endLine, endLine),
    subsections,
    tables: inner
      .filter((block) => block.kind === 'table')
      .map((table) => {
        const cut = inner.some(
          (block) => block.kind === 'paragraph' && block.startLine === table.endLine
        )
        return readTable(lines, table, cut ? table.endLine + 1 : undefined)
      })
  }
}

function readHeading(lines: readonly string[], block: Block): SectionHeading {
  const inline = block.tokens.find((token) => token.type === 'inline')
  // A setext heading may span lines; its title reads as one line.
  const title = strip((inline?.content ?? '').replace(/\n[ \t]*/g, ' '))
  const match = NUMBERED_TITLE.exec(title)
  const sourceLine = lines[block.startLine] ?? ''
  return {
    number: match?.[1],
    title: match ? strip(match[2] ?? '') : title,
    line: block.startLine + 1,
    column: sourceLine.length - sourceLine.trimStart().length + 1
  }
}

function bodyBetween(lines: readonly string[], fromLine: number, toLine: number): string {
  return strip(stripChars(lines.slice(fromLine, toLine).join('\n'), '\n'))
}

function readTable(
  lines: readonly string[],
  table: Block,
  cutAtLine: number | undefined
): LocatedTable {
  const rows: LocatedRow[] = []
  let current: { line: number; values: string[] } | undefined
  for (const token of table.tokens) {
    if (token.type === 'tr_open') current = { line: token.map?.[0] ?? table.startLine, values: [] }
    else if (token.type === 'inline' && current !== undefined) current.values.push(token.content)
    else if (token.type === 'tr_close' && current !== undefined)
      rows.push(locateRow(lines, current.line, current.values))
  }
  const [header, ...body] = rows
  const empty: LocatedRow = {
    line: table.startLine + 1,
    rawLine: '',
    cells: [],
    sourceCellCount: 0
  }
  return { line: table.startLine + 1, cutAtLine, header: header ?? empty, rows: body }
}

function locateRow(
  lines: readonly string[],
  lineIndex: number,
  values: readonly string[]
): LocatedRow {
  const rawLine = stripEnd(lines[lineIndex] ?? '')
  const starts = cellStartColumns(rawLine)
  return {
    line: lineIndex + 1,
    rawLine,
    sourceCellCount: starts.length,
    cells: values.map((value, k) => ({
      value: strip(value),
      line: lineIndex + 1,
      column: starts[k] ?? rawLine.length + 1
    }))
  }
}

/**
 * 1-based column where each cell's content starts. Cells are split on pipes not escaped
 * by a backslash, with one optional leading and trailing pipe, as GFM does; this only
 * places messages, the parser decides the values.
 */
export function cellStartColumns(rawLine: string): number[] {
  const starts: number[] = []
  const indent = rawLine.length - rawLine.trimStart().length
  const row = rawLine.trim()
  let cellStart = 0
  let escaped = false
  const push = (from: number, to: number): void => {
    const cell = row.slice(from, to)
    starts.push(indent + from + (cell.length - cell.trimStart().length) + 1)
  }
  for (let pos = 0; pos < row.length; pos += 1) {
    const ch = row[pos]
    if (ch === '|' && !escaped) {
      if (pos > 0) push(cellStart, pos)
      cellStart = pos + 1
    }
    escaped = ch === '\\'
  }
  if (cellStart < row.length) push(cellStart, row.length)
  return starts
}
