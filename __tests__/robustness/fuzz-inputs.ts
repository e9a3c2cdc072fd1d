import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { generatePlaybook } from '../../bench/generate-playbook.js'
import type { NormalizeResult, PlaybookSource } from '../../src/core/playbook/normalize.js'
import { NormalizedPlanSchema } from '../../src/core/schemas/normalized-plan.js'

// Inputs for the robustness properties: raw bytes and strings, and valid playbooks with
// random damage done to them. Mutations carry raw numbers that are reduced modulo the size
// of whatever they edit when applied, so fast-check can shrink them freely.

export const CORPUS_PLAYBOOKS_DIR = join(
  import.meta.dirname,
  '..',
  'fixtures',
  'conformance',
  'playbooks'
)

export const VALID_CORPUS = ['v01_minimal', 'v02_full_fixture', 'v04_example_launch'].map((name) =>
  readFileSync(join(CORPUS_PLAYBOOKS_DIR, `${name}.md`), 'utf8')
)

const encoder = new TextEncoder()

export function sourceOf(input: Uint8Array | string): PlaybookSource {
  return {
    bytes: typeof input === 'string' ? encoder.encode(input) : input,
    path: 'fuzz/playbook.md',
    sha256: 'ab'.repeat(32),
    generatedAt: new Date('2024-05-06T07:08:09.000Z')
  }
}

/** Lines as an editor counts them: LF, CRLF and a lone CR each end one. */
export function lineCountOf(bytes: Uint8Array): number {
  let count = 1
  for (let index = 0; index < bytes.length; index += 1) {
    const byte = bytes[index]
    if (byte === 0x0a || (byte === 0x0d && bytes[index + 1] !== 0x0a)) count += 1
  }
  return count
}

function isPosition(line: unknown, column: unknown): boolean {
  return (
    Number.isInteger(line) &&
    Number.isInteger(column) &&
    (line as number) >= 1 &&
    (column as number) >= 1
  )
}

/**
 * What every result must look like, whatever the input: a rejection carries at least one
 * issue, each placed inside the file (at most one line past its end) with a message; an
 * acceptance carries a plan that satisfies the published schema.
 */
export function checkResult(result: NormalizeResult, bytes: Uint8Array): void {
  const lastLine = lineCountOf(bytes) + 1
  for (const warning of result.warnings) {
    expect(isPosition(warning.line, warning.column)).toBe(true)
    expect(warning.line).toBeLessThanOrEqual(lastLine)
    expect(warning.message).not.toBe('')
  }
  if (result.ok) {
    NormalizedPlanSchema.parse(result.plan)
    return
  }
  expect(result.issues.length).toBeGreaterThan(0)
  for (const issue of result.issues) {
    if (!isPosition(issue.line, issue.column) || issue.line > lastLine) {
      throw new Error(
        `issue placed outside the file (${lastLine - 1} lines): ${JSON.stringify(issue)}`
      )
    }
    expect(typeof issue.message).toBe('string')
    expect(issue.message.trim()).not.toBe('')
  }
}

const SPECIALS = [
  '|',
  '\\|',
  '\\',
  '`',
  '``',
  '```',
  '~~~',
  '#',
  '## ',
  '## 2. Plan',
  '### 3.1 ',
  '\n',
  '\r',
  '\r\n',
  '\n\n',
  '\u2028',
  '\u2029',
  '\u0085',
  '\f',
  '\v',
  '\t',
  ' ',
  '    ',
  '\u00a0',
  '\u3000',
  '\ufeff',
  '\u0000',
  '\u001f',
  '\u200b',
  '\ud800',
  '-',
  '---',
  '| --- |',
  ':--',
  ':',
  ',',
  ';',
  '.',
  '..',
  '/',
  '../',
  '/etc/',
  'none',
  'NONE',
  'step_id',
  '01',
  '0-3',
  '99-1',
  'yes',
  'maybe',
  'é',
  '😀',
  '\u0301',
  '>',
  '* ',
  '1. ',
  '<!--',
  '-->',
  '<div>',
  '&#124;',
  '[x]: /y',
  '==='
]

/** Short strings rich in what matters to a markdown table parser. */
export const soupArb: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { arbitrary: fc.constantFrom(...SPECIALS), weight: 4 },
      { arbitrary: fc.string({ unit: 'binary', maxLength: 3 }), weight: 1 },
      { arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 6 }), weight: 2 }
    ),
    { maxLength: 12 }
  )
  .map((parts) => parts.join(''))

export type Mutation =
  | { readonly kind: 'deleteLine'; readonly at: number }
  | { readonly kind: 'duplicateLine'; readonly at: number }
  | { readonly kind: 'swapLines'; readonly at: number; readonly other: number }
  | { readonly kind: 'insertText'; readonly at: number; readonly text: string }
  | { readonly kind: 'insertLine'; readonly at: number; readonly text: string }
  | {
      readonly kind: 'replaceCell'
      readonly at: number
      readonly cell: number
      readonly text: string
    }
  | {
      readonly kind: 'codeFence'
      readonly at: number
      readonly fence: string
      readonly closeAt: number | null
    }
  | { readonly kind: 'headingLevel'; readonly at: number; readonly level: number }
  | { readonly kind: 'escapedPipe'; readonly at: number; readonly offset: number }
  | { readonly kind: 'newlines'; readonly style: 'crlf' | 'cr' | 'mixed'; readonly at: number }
  | { readonly kind: 'bom'; readonly count: number }
  | { readonly kind: 'truncate'; readonly at: number }

const position = fc.nat({ max: 10_000 })

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('deleteLine' as const), at: position }),
  fc.record({ kind: fc.constant('duplicateLine' as const), at: position }),
  fc.record({ kind: fc.constant('swapLines' as const), at: position, other: position }),
  fc.record({ kind: fc.constant('insertText' as const), at: position, text: soupArb }),
  fc.record({ kind: fc.constant('insertLine' as const), at: position, text: soupArb }),
  fc.record({
    kind: fc.constant('replaceCell' as const),
    at: position,
    cell: fc.nat({ max: 30 }),
    text: soupArb
  }),
  fc.record({
    kind: fc.constant('codeFence' as const),
    at: position,
    fence: fc.constantFrom('```', '~~~', '```md', '    ```', '````'),
    closeAt: fc.option(position)
  }),
  fc.record({
    kind: fc.constant('headingLevel' as const),
    at: position,
    level: fc.integer({ min: 0, max: 7 })
  }),
  fc.record({ kind: fc.constant('escapedPipe' as const), at: position, offset: position }),
  fc.record({
    kind: fc.constant('newlines' as const),
    style: fc.constantFrom('crlf' as const, 'cr' as const, 'mixed' as const),
    at: position
  }),
  fc.record({ kind: fc.constant('bom' as const), count: fc.integer({ min: 1, max: 2 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: position })
)

function pick<T>(values: readonly T[], at: number): T | undefined {
  return values.length === 0 ? undefined : values[at % values.length]
}

/** Indexes of the lines that `test` accepts, or of every line when none does. */
function linesWhere(lines: readonly string[], test: (line: string) => boolean): number[] {
  const matching = lines.flatMap((line, index) => (test(line) ? [index] : []))
  return matching.length > 0 ? matching : lines.map((_, index) => index)
}

export function applyMutation(text: string, mutation: Mutation): string {
  const lines = text.split('\n')
  const lineAt = (at: number): number => at % lines.length
  switch (mutation.kind) {
    case 'deleteLine':
      lines.splice(lineAt(mutation.at), 1)
      return lines.join('\n')
    case 'duplicateLine': {
      const index = lineAt(mutation.at)
      lines.splice(index, 0, lines[index] ?? '')
      return lines.join('\n')
    }
    case 'swapLines': {
      const a = lineAt(mutation.at)
      const b = lineAt(mutation.other)
      const lineA = lines[a] ?? ''
      lines[a] = lines[b] ?? ''
      lines[b] = lineA
      return lines.join('\n')
    }
    case 'insertText': {
      const offset = mutation.at % (text.length + 1)
      return text.slice(0, offset) + mutation.text + text.slice(offset)
    }
    case 'insertLine':
      lines.splice(mutation.at % (lines.length + 1), 0, mutation.text)
      return lines.join('\n')
    case 'replaceCell': {
      const index = pick(
        linesWhere(lines, (line) => line.includes('|')),
        mutation.at
      )
      if (index === undefined) return text
      const cells = (lines[index] ?? '').split('|')
      cells[mutation.cell % cells.length] = ` ${mutation.text} `
      lines[index] = cells.join('|')
      return lines.join('\n')
    }
    case 'codeFence': {
      const open = mutation.at % (lines.length + 1)
      if (mutation.closeAt !== null) {
        const close = open + 1 + (mutation.closeAt % (lines.length - open + 1))
        lines.splice(close, 0, mutation.fence.trim().replace(/md$/, ''))
      }
      lines.splice(open, 0, mutation.fence)
      return lines.join('\n')
    }
    case 'headingLevel': {
      const index = pick(
        linesWhere(lines, (line) => line.startsWith('#')),
        mutation.at
      )
      if (index === undefined) return text
      const title = (lines[index] ?? '').replace(/^#+[ \t]*/, '')
      lines[index] = mutation.level === 0 ? title : `${'#'.repeat(mutation.level)} ${title}`
      return lines.join('\n')
    }
    case 'escapedPipe': {
      const index = pick(
        linesWhere(lines, (line) => line.includes('|')),
        mutation.at
      )
      if (index === undefined) return text
      const line = lines[index] ?? ''
      const offset = mutation.offset % (line.length + 1)
      lines[index] = `${line.slice(0, offset)}\\|${line.slice(offset)}`
      return lines.join('\n')
    }
    case 'newlines':
      if (mutation.style === 'crlf') return text.replace(/\r?\n/g, '\r\n')
      if (mutation.style === 'cr') return text.replace(/\r?\n/g, '\r')
      // one line ending in three becomes CRLF, one in three a lone CR
      return lines
        .map((line, index) => {
          const last = index === lines.length - 1
          const ending = ['\n', '\r\n', '\r'][(index + mutation.at) % 3] ?? '\n'
          return last ? line : line + ending
        })
        .join('')
    case 'bom':
      return '\ufeff'.repeat(mutation.count) + text
    case 'truncate':
      return text.slice(0, mutation.at % (text.length + 1))
  }
}

export const validPlaybookArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...VALID_CORPUS),
  fc
    .record({ items: fc.integer({ min: 1, max: 6 }), ranges: fc.boolean() })
    .map((options) => generatePlaybook(options))
)

/** A byte edit done after encoding, which can make the file invalid UTF-8. */
export interface ByteEdit {
  readonly at: number
  readonly value: number
}

export interface MutatedPlaybook {
  readonly text: string
  readonly bytes: Uint8Array
}

export const mutatedPlaybookArb: fc.Arbitrary<MutatedPlaybook> = fc
  .record({
    base: validPlaybookArb,
    mutations: fc.array(mutationArb, { minLength: 1, maxLength: 5 }),
    byteEdits: fc.oneof(
      { arbitrary: fc.constant([] as ByteEdit[]), weight: 5 },
      {
        arbitrary: fc.array(fc.record({ at: position, value: fc.nat({ max: 255 }) }), {
          minLength: 1,
          maxLength: 2
        }),
        weight: 1
      }
    )
  })
  .map(({ base, mutations, byteEdits }) => {
    const text = mutations.reduce(applyMutation, base)
    const bytes = encoder.encode(text)
    for (const edit of byteEdits) {
      if (bytes.length > 0) bytes[edit.at % bytes.length] = edit.value
    }
    return { text, bytes }
  })
