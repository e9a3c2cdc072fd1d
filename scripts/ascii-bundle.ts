/**
 * Rewrites the bundles ncc wrote so that every chunk is ASCII, with the same meaning.
 *
 * V8 keeps a script's source in its heap for as long as the script lives, one byte per
 * character when every character fits in Latin-1 and two bytes otherwise. One em dash in a
 * comment doubles the whole chunk: the CLI's `run` loaded 2.5 MB of chunks as 5 MB of heap.
 * ASCII chunks are also decoded without UTF-8's slow path at every start. Measured in
 * docs/performance.md ("ASCII chunks").
 *
 * Each character past ASCII becomes an escape the place it stands in reads the same way:
 * `\uXXXX` (a surrogate pair past the BMP, or `\u{…}` in a `u`/`v` regular expression) in
 * strings, templates, regular expressions and identifiers, and the same text in comments.
 * The one place an escape would change a value, the raw text of a tagged template, is left
 * alone and reported. Lines stay where they are, so source maps keep their lines; columns
 * after an escape on its line move.
 *
 * `tsx scripts/ascii-bundle.ts <dir>…` rewrites every .js file under the directories and
 * fails if one stays non-ASCII.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

type Escaping = 'plain' | 'unicode-regexp' | 'keep'

interface Span {
  readonly start: number
  readonly end: number
  readonly escaping: Escaping
}

/** The source with every non-ASCII character escaped, and the spans that had to stay. */
export function asciiOnly(source: string): { text: string; kept: number } {
  if (isAscii(source)) return { text: source, kept: 0 }
  const spans = tokenSpans(source)
  let text = ''
  let from = 0
  let kept = 0
  let span = 0
  for (let at = 0; at < source.length; at++) {
    const code = source.charCodeAt(at)
    if (code < 0x80) continue
    while (span < spans.length && spans[span]!.end <= at) span++
    const inside = spans[span] !== undefined && spans[span]!.start <= at ? spans[span] : undefined
    if (inside?.escaping === 'keep') {
      kept++
      continue
    }
    const point = source.codePointAt(at)!
    const width = point > 0xffff ? 2 : 1
    // A backslash before the character escapes it already (`\—` is `—`): the escape replaces
    // both, or the backslash would escape the escape's own backslash.
    const escapedBefore = inside !== undefined && oddBackslashesBefore(source, at, inside.start)
    const replacement =
      inside === undefined
        ? outsideTokens(point)
        : escapedBefore && LINE_TERMINATORS.has(point)
          ? '\\\n' // a line continuation in a string stays one, by a line feed
          : escapeOf(point, inside.escaping)
    text += source.slice(from, escapedBefore ? at - 1 : at) + replacement
    from = at + width
    at += width - 1
  }
  return { text: text + source.slice(from), kept }
}

const LINE_TERMINATORS = new Set([0x2028, 0x2029])

/**
 * Between tokens: white space stays white space (a line terminator stays one, or a `//`
 * comment would run on), anything else is in a comment and becomes its escape's text.
 */
function outsideTokens(point: number): string {
  if (LINE_TERMINATORS.has(point)) return '\n'
  return /\s/.test(String.fromCodePoint(point)) ? ' ' : escapeOf(point, 'plain')
}

function isAscii(text: string): boolean {
  return !/[\u0080-\uffff]/.test(text)
}

function oddBackslashesBefore(source: string, at: number, start: number): boolean {
  let count = 0
  for (let back = at - 1; back >= start && source[back] === '\\'; back--) count++
  return count % 2 === 1
}

function escapeOf(point: number, escaping: Exclude<Escaping, 'keep'>): string {
  if (escaping === 'unicode-regexp') return `\\u{${point.toString(16).toUpperCase()}}`
  if (point <= 0xffff) return unit(point)
  const offset = point - 0x10000
  return unit(0xd800 + (offset >> 10)) + unit(0xdc00 + (offset & 0x3ff))
}

function unit(code: number): string {
  return `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`
}

/**
 * The tokens whose text is part of the program's meaning, in source order. A character
 * outside all of them is in a comment or is white space, where an escape is plain text.
 */
function tokenSpans(source: string): Span[] {
  const file = ts.createSourceFile(
    'chunk.js',
    source,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.JS
  )
  const spans: Span[] = []
  const visit = (node: ts.Node): void => {
    const escaping = escapingOf(node)
    if (escaping !== undefined) {
      spans.push({ start: node.getStart(file), end: node.getEnd(), escaping })
      return
    }
    // A template's spans are tokens of their own, not children of the template expression.
    if (ts.isTemplateExpression(node)) {
      const keep = ts.isTaggedTemplateExpression(node.parent)
      push(node.head, keep)
      for (const part of node.templateSpans) {
        visit(part.expression)
        push(part.literal, keep)
      }
      return
    }
    ts.forEachChild(node, visit)
  }
  const push = (token: ts.Node, keep: boolean): void => {
    spans.push({
      start: token.getStart(file),
      end: token.getEnd(),
      escaping: keep ? 'keep' : 'plain'
    })
  }
  visit(file)
  return spans.sort((a, b) => a.start - b.start)
}

function escapingOf(node: ts.Node): Escaping | undefined {
  if (ts.isStringLiteral(node) || ts.isIdentifier(node) || ts.isPrivateIdentifier(node))
    return 'plain'
  if (ts.isNoSubstitutionTemplateLiteral(node))
    return ts.isTaggedTemplateExpression(node.parent) ? 'keep' : 'plain'
  if (ts.isRegularExpressionLiteral(node)) {
    const flags = node.text.slice(node.text.lastIndexOf('/') + 1)
    return /[uv]/.test(flags) ? 'unicode-regexp' : 'plain'
  }
  return undefined
}

function javaScriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return javaScriptFiles(path)
    return entry.name.endsWith('.js') ? [path] : []
  })
}

function main(dirs: readonly string[]): void {
  const stayed: string[] = []
  for (const file of dirs.flatMap(javaScriptFiles)) {
    const source = readFileSync(file, 'utf8')
    const { text, kept } = asciiOnly(source)
    if (text !== source) writeFileSync(file, text)
    if (kept > 0) stayed.push(`${file}: ${kept} characters in tagged templates`)
  }
  if (stayed.length > 0) {
    process.stderr.write(`ascii-bundle: not ASCII, left as they are:\n${stayed.join('\n')}\n`)
    process.exitCode = 1
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv.slice(2))
