import MarkdownIt from 'markdown-it/index.mjs'
import * as helpers from 'markdown-it/lib/helpers/index.mjs'
import ParserBlock from 'markdown-it/lib/parser_block.mjs'
import type Token from 'markdown-it/lib/token.mjs'

/**
 * markdown-it's block parser alone, configured as `new MarkdownIt('commonmark')
 * .enable('table')` configures its blocks: CommonMark with GFM tables, what GitHub uses to
 * decide which lines are headings and table rows. The playbook reader never runs inline
 * parsing, and a whole MarkdownIt also sets up its inline rules, renderer and linkifier (the
 * linkifier compiles a few dozen regular expressions): a tenth of the start of a CLI command
 * that reads a small playbook (docs/performance.md, CLI start-up).
 *
 * The block rules read of the `md` they are given only its block parser, `options.html` and
 * `options.maxNesting` (here as the commonmark preset sets them), the link helpers, and
 * `normalizeLink`/`validateLink`, which decide whether a link reference definition is one.
 * Those two come from a whole MarkdownIt, made the first time a document has a definition
 * to check. __tests__/core/block-parser.test.ts holds the tokens to the whole parser's.
 */
export interface BlockParser {
  /** The rules, for a caller that wraps one (the reader's table rule). */
  readonly block: ParserBlock
  /** The block tokens of `text`, as `md.block.parse` of the whole parser makes them. */
  parse(text: string, env?: object): Token[]
}

export function commonmarkBlockParser(): BlockParser {
  let whole: MarkdownIt | undefined
  const linkChecks = (): MarkdownIt => (whole ??= new MarkdownIt('commonmark'))
  const md = {
    block: new ParserBlock(),
    options: { html: true, maxNesting: 20 },
    helpers: { ...helpers },
    normalizeLink: (url: string): string => linkChecks().normalizeLink(url),
    validateLink: (url: string): boolean => linkChecks().validateLink(url)
  }
  return {
    block: md.block,
    parse(text, env = {}) {
      const tokens: Token[] = []
      md.block.parse(text, md as unknown as MarkdownIt, env, tokens)
      return tokens
    }
  }
}
