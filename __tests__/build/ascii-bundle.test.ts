import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { runInNewContext } from 'node:vm'
import { asciiOnly } from '../../scripts/ascii-bundle.js'
import { PROJECT_ROOT } from '../helpers/bundled-cli.js'

/**
 * The bundles' chunks are rewritten to ASCII after ncc (scripts/ascii-bundle.ts): each case
 * is run as written and as rewritten, and must give the same value.
 */

const NOT_ASCII = /[\u0080-\uffff]/
const LINE_TERMINATOR = /\r\n|[\n\r\u2028\u2029]/

/** The value of the script's last expression, in a context of its own. */
function evaluate(source: string): unknown {
  return runInNewContext(source)
}

function rewritten(source: string): string {
  const { text, kept } = asciiOnly(source)
  expect(kept).toBe(0)
  expect(text).not.toMatch(NOT_ASCII)
  // Lines as V8 counts them, for stack traces and source maps.
  expect(text.split(LINE_TERMINATOR)).toHaveLength(source.split(LINE_TERMINATOR).length)
  return text
}

const SAME_VALUE: ReadonlyArray<readonly [string, string]> = [
  ['strings, single and double quoted', `['a — b', "…", 'é\\u00e9']`],
  ['a character past the BMP', `['😀 🎉'.length, [...'😀'].length, '😀'.codePointAt(0)]`],
  ['an escaped character, which is itself', `['\\—', '\\😀'] `],
  ['a line continuation by U+2028', `'a\\\u2028b'`],
  ['untagged templates', 'const n = 2; [`— ${n} …`, `${n}—${n}—${n}`, `é`]'],
  [
    'regular expressions without the u flag',
    `[/^[—–]$/.test('–'), /a—b/.exec('xa—b')[0], /\\—/.test('—'), /^😀$/.test('😀'), /^[😀]$/.test('\\ud83d')]`
  ],
  [
    'regular expressions with the u and v flags',
    `[/^[😀-😂]$/u.test('😁'), /^[😀-😂]$/u.test('😃'), /é+/u.exec('éé')[0], /[—]/v.test('—')]`
  ],
  [
    'identifiers',
    'const café = 1; class K { #naïve = 2; get() { return this.#naïve } }; [café, new K().get()]'
  ],
  ['comments, block and line', '/* — “quoted” */ 1 + // … 😀\n 1'],
  ['a line comment ended by U+2028', 'let r = 0 // note\u2028r = 5; r'],
  ['non-ASCII white space between tokens', 'const\u00a0x\u3000=\ufeff3; x']
]

describe('asciiOnly', () => {
  it.each(SAME_VALUE)('keeps the meaning of %s', (_name, source) => {
    expect(source).toMatch(NOT_ASCII)
    expect(evaluate(rewritten(source))).toEqual(evaluate(source))
  })

  it('leaves ASCII sources as they are', () => {
    const source = "const a = '\\u2014'; /[\\u{1F600}]/u.test(a) // plain\n"
    expect(asciiOnly(source)).toEqual({ text: source, kept: 0 })
  })

  it('escapes comments as text, so they read the same', () => {
    expect(asciiOnly('// a — b\n1').text).toBe('// a \\u2014 b\n1')
  })

  it('leaves the raw text of tagged templates alone, and counts it', () => {
    const source = 'String.raw`a—b` + String.raw`${1}…`'
    const { text, kept } = asciiOnly(source)
    expect(text).toBe(source)
    expect(kept).toBe(2)
    expect(evaluate(text)).toBe('a—b1…')
  })
})

describe('the committed bundles', () => {
  function chunks(dir: string): string[] {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.js'))
      .map((name) => join(dir, name))
  }

  it('are ASCII, so V8 holds each chunk at one byte per character', () => {
    const files = [
      ...chunks(join(PROJECT_ROOT, 'dist', 'cli')),
      ...chunks(join(PROJECT_ROOT, 'dist', 'actions'))
    ]
    expect(files.length).toBeGreaterThan(20)
    const notAscii = files.filter((file) => NOT_ASCII.test(readFileSync(file, 'utf8')))
    expect(notAscii).toEqual([])
  })
})
