import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import MarkdownIt from 'markdown-it'
import type Token from 'markdown-it/lib/token.mjs'
import { commonmarkBlockParser } from '../../src/core/playbook/block-parser.js'
import { PLAYBOOKS_DIR } from '../conformance/corpus.js'
import { PROJECT_ROOT } from '../helpers/bundled-cli.js'

/**
 * The reader's block parser (markdown-it's block rules without the rest of markdown-it)
 * against the whole parser it stands for: the same tokens and the same link references
 * for every document, including the link reference definitions whose checks it borrows.
 */

const whole = new MarkdownIt('commonmark').enable('table')
const lean = commonmarkBlockParser()

function plain(tokens: readonly Token[]): unknown[] {
  return tokens.map((token) => ({ ...token, children: token.children && plain(token.children) }))
}

function expectSameBlocks(text: string): void {
  const wholeEnv = {}
  const wholeTokens: Token[] = []
  whole.block.parse(text, whole, wholeEnv, wholeTokens)
  const leanEnv = {}
  expect(plain(lean.parse(text, leanEnv))).toEqual(plain(wholeTokens))
  expect(leanEnv).toEqual(wholeEnv)
}

function markdownFiles(dir: string, depth = 2): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return depth > 0 ? markdownFiles(path, depth - 1) : []
    return entry.name.endsWith('.md') ? [path] : []
  })
}

// Link reference definitions, which the block rules check with normalizeLink and
// validateLink: refused ones become paragraphs, and a paragraph can become a setext heading.
const EDGE_CASES = [
  '[a]: /url "title"\n\n# Heading\n',
  '[a]: javascript:alert(1)\n---\n',
  '[a]: JAVASCRIPT:alert(1)\n===\n',
  '[a]: <javascript:x>\n---\n',
  '[a]: vbscript:x\n[b]: file:///etc/passwd\n[c]: data:text/html,x\n---\n',
  '[a]: data:image/png;base64,AAAA\n---\n',
  '[a]: data:image/svg+xml;base64,AAAA\n---\n',
  '[a]: <java script:x>\n---\n',
  '[a]: http://xn--bcher-kva.example/ "t"\n[b]: http://bücher.example/\n---\n',
  '[a]: //host/path\n[b]: mailto:user@exämple.org\n---\n',
  '[a]: &#106;avascript:x\n---\n',
  '[a]: \\javascript:x\n---\n',
  '[a]:\n  /url\n  "title"\n---\n',
  '> [a]: javascript:x\n> ---\n',
  '- [a]: javascript:x\n  ---\n',
  '[a]: /url\n[a]: /other\n\n[A]: /third\n',
  '| a | b |\n| --- | --- |\n| [x]: y | z |\n[c]: d\n',
  '<div>\n[a]: javascript:x\n</div>\n',
  '```\n[a]: javascript:x\n```\n---\n',
  `${'> '.repeat(25)}deep\n`,
  `${'- '.repeat(25)}deep\n`,
  '## 1. Title\n\nSetext\n======\n\n| h |\n|---|\n| c |\ntrailing\n'
]

describe('the reader block parser', () => {
  it('has the rules of the whole parser, in order, enabled alike', () => {
    const rules = (ruler: unknown): unknown =>
      (ruler as { __rules__: { name: string; enabled: boolean; alt: string[] }[] }).__rules__.map(
        ({ name, enabled, alt }) => ({ name, enabled, alt })
      )
    expect(rules(commonmarkBlockParser().block.ruler)).toEqual(rules(whole.block.ruler))
  })

  it.each(EDGE_CASES)('gives the whole parser tokens for %j', (text) => expectSameBlocks(text))

  it('gives the whole parser tokens for every playbook and document in the repository', () => {
    const files = [
      ...markdownFiles(PLAYBOOKS_DIR, 0),
      ...markdownFiles(join(PROJECT_ROOT, 'examples')),
      ...markdownFiles(join(PROJECT_ROOT, 'docs')),
      join(PROJECT_ROOT, 'README.md')
    ]
    expect(files.length).toBeGreaterThan(70)
    for (const file of files) expectSameBlocks(readFileSync(file, 'utf8'))
  })

  it('gives the whole parser tokens for documents made of block fragments', () => {
    const fragment = fc.constantFrom(
      '# h',
      '## 2. Section',
      'Text',
      '===',
      '---',
      '***',
      '> ',
      '- ',
      '1. ',
      '    code',
      '```',
      '~~~',
      '<div>',
      '</div>',
      '<!-- c -->',
      '| a | b |',
      '| --- | --- |',
      '|---|',
      '| x |',
      '[a]: /u',
      '[b]: javascript:x',
      '[c]: <data:image/png;x>',
      '[d]: "t"',
      '[',
      ']: ',
      '\\|',
      '`|`',
      '\t',
      ' ',
      ''
    )
    const line = fc.array(fragment, { maxLength: 4 }).map((parts) => parts.join(''))
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        expectSameBlocks(lines.join('\n'))
      }),
      { numRuns: 500 }
    )
  })
})
