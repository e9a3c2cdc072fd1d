import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs'
import type Token from 'markdown-it/lib/token.mjs'
import { commonmarkBlockParser } from './block-parser.js'
import { cellStartColumns, scanCells } from './cell-columns.js'
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

/**
 * One table row. Values are read eagerly; where each cell starts on its line is worked
 * out only when asked (a message needs it), since most rows of a valid plan never are.
 */
export interface LocatedRow {
  readonly line: number
  /** The row's source line without trailing whitespace. */
  readonly rawLine: string
  /** Cell values in header order: the parser's cell source text, stripped. */
  readonly values: readonly string[]
  /** How many cells the source line has; GFM drops those beyond the header's count. */
  readonly sourceCellCount: number
  /** The cell at `index` with its place, or an empty cell placed at the end of the row. */
  cellAt(index: number): LocatedCell
  readonly cells: readonly LocatedCell[]
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

// CommonMark with GFM tables and nothing else. Inline parsing is never run: cells keep their
// source text.
const parser = commonmarkBlockParser()

/** What a table's `table_open` token carries: its rows as the parser's cell text. */
interface ParsedRows {
  readonly rows: { line: number; values: string[] }[]
}

type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean

/**
 * markdown-it's GFM table rule, run as is, but with the tokens inside the table (four per
 * cell: most of what a large plan allocates) read as they are made and not kept: the rule
 * only writes to the tokens it pushes, never reads them back, so each cell's text is
 * taken from the token when the next one is pushed. The `table_open` token carries the
 * rows in `meta`; `table_open` and `table_close` stay real tokens in the stream.
 */
function leanTableRule(gfmTable: BlockRule): BlockRule {
  return (state, startLine, endLine, silent) => {
    if (silent) return gfmTable(state, startLine, endLine, silent)
    const rows: ParsedRows['rows'] = []
    let open: Token | undefined
    let pending: Token | undefined
    let scratch: Token | undefined
    let row: { line: number; values: string[] } | undefined
    const take = (): void => {
      if (pending === undefined) return
      if (pending.type === 'tr_open') {
        row = { line: pending.map?.[0] ?? startLine, values: [] }
        rows.push(row)
      } else if (pending.type === 'inline') row?.values.push(pending.content)
      pending = undefined
    }
    const push = state.push
    state.push = function (type, tag, nesting) {
      take()
      if (type === 'table_open' || type === 'table_close') {
        const token = push.call(this, type, tag, nesting)
        if (type === 'table_open') open = token
        return token
      }
      // Inside the table tokens balance, so the level is right again at table_close. The
      // rule is done with a token once it pushes the next, so one token serves them all.
      scratch ??= new state.Token(type, tag, nesting)
      scratch.type = type
      scratch.tag = tag
      scratch.nesting = nesting
      scratch.map = null
      scratch.attrs = null
      scratch.content = ''
      pending = scratch
      return scratch
    }
    try {
      const matched = gfmTable(state, startLine, endLine, silent)
      take()
      if (open !== undefined) open.meta = { rows } satisfies ParsedRows
      return matched
    } finally {
      delete (state as { push?: unknown }).push
    }
  }
}

// Ruler offers no lookup by name, so the installed rule (and its `alt` chains) is read from
// its list; if markdown-it ever renames the rule, readTable falls back to walking tokens.
{
  const rules = (
    parser.block.ruler as unknown as { __rules__: { name: string; fn: BlockRule; alt: string[] }[] }
  ).__rules__
  const table = rules.find((rule) => rule.name === 'table')
  if (table !== undefined)
    parser.block.ruler.at('table', leanTableRule(table.fn), { alt: table.alt })
}

interface Block {
  readonly kind: 'heading' | 'table' | 'paragraph'
  readonly depth: number
  readonly startLine: number
  readonly endLine: number
  /** The block's tokens are `tokens[tokenStart]` up to, not including, `tokens[tokenEnd]`. */
  readonly tokenStart: number
  readonly tokenEnd: number
}

export function readDocument(text: string): PlaybookDocument {
  const lines = text.split('\n')
  const tokens = parser.parse(text)
  const blocks = topLevelBlocks(tokens)
  // Top-level blocks come in document order and do not overlap, so a section's blocks are
  // the ones between its heading and the next H2.
  const h2: number[] = []
  blocks.forEach((block, index) => {
    if (block.kind === 'heading' && block.depth === 2) h2.push(index)
  })
  const sections = h2.map((headingIndex, k) => {
    const nextIndex = h2[k + 1]
    const next = nextIndex === undefined ? undefined : blocks[nextIndex]
    const endLine = next === undefined ? lines.length : next.startLine
    const inner = blocks.slice(headingIndex + 1, nextIndex ?? blocks.length)
    return readSection(lines, tokens, blocks[headingIndex] as Block, inner, endLine)
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
        tokenStart: index,
        tokenEnd: Math.min(index + 3, tokens.length)
      })
    } else if (token.type === 'paragraph_open') {
      blocks.push({
        kind: 'paragraph',
        depth: 0,
        startLine: token.map[0],
        endLine: token.map[1],
        tokenStart: index,
        tokenEnd: index
      })
    } else if (token.type === 'table_open') {
      let close = index + 1
      while (close < tokens.length) {
        const candidate = tokens[close] as Token
        if (candidate.type === 'table_close' && candidate.level === 0) break
        close += 1
      }
      blocks.push({
        kind: 'table',
        depth: 0,
        startLine: token.map[0],
        endLine: token.map[1],
        tokenStart: index,
        tokenEnd: close + 1
      })
      index = close
    }
  }
  return blocks
}

function readSection(
  lines: readonly string[],
  tokens: readonly Token[],
  heading: Block,
  inner: readonly Block[],
  endLine: number
): Section {
  const subHeadings = inner.filter((block) => block.kind === 'heading' && block.depth === 3)
  const subsections = subHeadings.map((sub, k) => ({
    heading: readHeading(lines, tokens, sub),
    body: bodyBetween(lines, sub.endLine, subHeadings[k + 1]?.startLine ?? endLine)
  }))
  const tables: LocatedTable[] = []
  inner.forEach((block, k) => {
    if (block.kind !== 'table') return
    const after = inner[k + 1]
    const cut = after?.kind === 'paragraph' && after.startLine === block.endLine
    tables.push(readTable(lines, tokens, block, cut ? block.endLine + 1 : undefined))
  })
  return new DocumentSection(
    readHeading(lines, tokens, heading),
    lines,
    heading.endLine,
    endLine,
    subsections,
    tables
  )
}

/**
 * The plan table's section is most of the file and its body is never used, so a body is
 * joined only when read.
 */
class DocumentSection implements Section {
  #body: string | undefined

  constructor(
    readonly heading: SectionHeading,
    private readonly lines: readonly string[],
    private readonly fromLine: number,
    private readonly toLine: number,
    readonly subsections: readonly Subsection[],
    readonly tables: readonly LocatedTable[]
  ) {}

  get body(): string {
    this.#body ??= bodyBetween(this.lines, this.fromLine, this.toLine)
    return this.#body
  }
}

function readHeading(
  lines: readonly string[],
  tokens: readonly Token[],
  block: Block
): SectionHeading {
  let inline: Token | undefined
  for (let index = block.tokenStart; index < block.tokenEnd; index += 1) {
    if (tokens[index]?.type === 'inline') {
      inline = tokens[index]
      break
    }
  }
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
  tokens: readonly Token[],
  table: Block,
  cutAtLine: number | undefined
): LocatedTable {
  let header: LocatedRow | undefined
  const rows: LocatedRow[] = []
  const parsed = (tokens[table.tokenStart]?.meta as ParsedRows | null | undefined)?.rows
  if (parsed !== undefined) {
    for (const { line, values } of parsed) {
      for (let k = 0; k < values.length; k += 1) values[k] = strip(values[k] ?? '')
      const row = new TableRow(line + 1, stripEnd(lines[line] ?? ''), values)
      if (header === undefined) header = row
      else rows.push(row)
    }
  }
  // Without the lean rule (markdown-it renamed its table rule) the rows are in the tokens.
  let line = table.startLine
  let values: string[] | undefined
  const walkEnd = parsed === undefined ? table.tokenEnd : table.tokenStart
  for (let index = table.tokenStart; index < walkEnd; index += 1) {
    const token = tokens[index] as Token
    const type = token.type
    if (type === 'inline') {
      if (values !== undefined) values.push(strip(token.content))
    } else if (type === 'tr_open') {
      line = token.map?.[0] ?? table.startLine
      values = []
    } else if (type === 'tr_close' && values !== undefined) {
      const row = new TableRow(line + 1, stripEnd(lines[line] ?? ''), values)
      if (header === undefined) header = row
      else rows.push(row)
      values = undefined
    }
  }
  return {
    line: table.startLine + 1,
    cutAtLine,
    header: header ?? new TableRow(table.startLine + 1, '', []),
    rows
  }
}

class TableRow implements LocatedRow {
  readonly sourceCellCount: number
  #starts: number[] | undefined

  constructor(
    readonly line: number,
    readonly rawLine: string,
    readonly values: readonly string[]
  ) {
    this.sourceCellCount = scanCells(rawLine, undefined)
  }

  cellAt(index: number): LocatedCell {
    const value = this.values[index]
    if (value === undefined) return { value: '', line: this.line, column: this.rawLine.length + 1 }
    this.#starts ??= cellStartColumns(this.rawLine)
    return { value, line: this.line, column: this.#starts[index] ?? this.rawLine.length + 1 }
  }

  get cells(): LocatedCell[] {
    return this.values.map((_, index) => this.cellAt(index))
  }
}
