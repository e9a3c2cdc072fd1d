/**
 * Playbook benchmarks: in-process normalization, and the bundled CLI's
 * `list-items --format json` as a user runs it (a fresh Node process each time), each beside
 * its floor: reading the same file and block-parsing it with markdown-it (commonmark + GFM
 * tables, the parse the reader itself runs), in process and in a fresh process. Sizes double
 * from 500 to 8,000 items so that linearity shows in the "per 1,000 items" columns.
 * Prints a markdown table; docs/performance.md records the figures.
 *
 * `BENCH_SIZES=500,2000` limits the sizes; `BENCH_NO_CLI=1` skips the fresh processes.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import MarkdownIt from 'markdown-it'
import type Token from 'markdown-it/lib/token.mjs'
import { normalizePlaybook } from '../src/core/playbook/normalize.js'
import { generatePlaybook } from './generate-playbook.js'
import { ensureNode24 } from '../__tests__/helpers/node24.js'

const CLI = join(import.meta.dirname, '..', 'dist', 'cli', 'index.js')
/** The goals are for Node 24 (the actions' runtime): every process timed here runs on it. */
const NODE = ensureNode24()
const NODE_VERSION = execFileSync(NODE, ['--version'], { encoding: 'utf8' }).trim()
const MARKDOWN_IT = createRequire(import.meta.url).resolve('markdown-it')
const SIZES = (process.env.BENCH_SIZES ?? '1,500,1000,2000,4000,8000')
  .split(',')
  .map((size) => Number(size))
const WITH_CLI = process.env.BENCH_NO_CLI !== '1'

// The floor's fresh process: start Node, load markdown-it, read the file, block-parse it.
const FLOOR_SCRIPT = `
const MarkdownIt = require(process.argv[1])
const text = new TextDecoder('utf-8', { fatal: true }).decode(require('node:fs').readFileSync(process.argv[2]))
const md = new MarkdownIt('commonmark').enable('table')
const tokens = []
md.block.parse(text, md, {}, tokens)
process.stdout.write(String(tokens.length))
`

const floorParser = new MarkdownIt('commonmark').enable('table')

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

function timeNormalize(path: string, repetitions: number): number {
  const times: number[] = []
  for (let k = 0; k < repetitions; k += 1) {
    const start = performance.now()
    const bytes = readFileSync(path)
    const result = normalizePlaybook({
      bytes,
      path: 'bench.md',
      sha256: '0'.repeat(64),
      generatedAt: new Date()
    })
    times.push(performance.now() - start)
    if (!result.ok) throw new Error(`benchmark playbook is invalid: ${result.issues[0]?.message}`)
  }
  return median(times)
}

function timeFloor(path: string, repetitions: number): number {
  const times: number[] = []
  for (let k = 0; k < repetitions; k += 1) {
    const start = performance.now()
    const text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path))
    const tokens: Token[] = []
    floorParser.block.parse(text, floorParser, {}, tokens)
    times.push(performance.now() - start)
  }
  return median(times)
}

function timeProcess(args: string[], repetitions: number): { ms: number; outputBytes: number } {
  const times: number[] = []
  let outputBytes = 0
  for (let k = 0; k < repetitions; k += 1) {
    const start = performance.now()
    const run = spawnSync(NODE, args, { maxBuffer: 1 << 30 })
    times.push(performance.now() - start)
    if (run.status !== 0) throw new Error(`${args.join(' ')} failed: ${run.stderr.toString()}`)
    outputBytes = run.stdout.length
  }
  return { ms: median(times), outputBytes }
}

function prerequisiteIds(items: number, ranges: boolean): number {
  let ids = 0
  for (let n = 2; n <= items; n += 1) ids += ranges && n % 5 === 0 ? n - 1 : 1
  return ids
}

const dir = mkdtempSync(join(tmpdir(), 'po-bench-'))
const ms = (value: number): string => `${value.toFixed(value < 10 ? 1 : 0)} ms`
const perThousand = (value: number, items: number): string =>
  items >= 500 ? ms((value * 1000) / items) : ''
const rows: string[] = []
for (const ranges of [false, true]) {
  for (const items of SIZES) {
    if (ranges && items < 500) continue
    const text = generatePlaybook({ items, ranges })
    const path = join(dir, `${items}${ranges ? '-ranges' : ''}.md`)
    writeFileSync(path, text)
    const large = items >= 4000
    timeNormalize(path, 3) // warm the JIT so the in-process figures are steady-state
    timeFloor(path, 3)
    const inProcess = timeNormalize(path, large ? 5 : 11)
    const floor = timeFloor(path, large ? 5 : 11)
    const repetitions = large ? 3 : 7
    const cli = WITH_CLI
      ? timeProcess([CLI, 'list-items', '--playbook', path, '--format', 'json'], repetitions)
      : undefined
    const floorProcess = WITH_CLI
      ? timeProcess(['-e', FLOOR_SCRIPT, MARKDOWN_IT, path], repetitions)
      : undefined
    const cells = [
      `${items.toLocaleString('en')}${ranges ? ', ranges' : ''}`,
      `${(text.length / 1024).toFixed(0)} KiB`,
      prerequisiteIds(items, ranges).toLocaleString('en'),
      ms(inProcess),
      ms(floor),
      perThousand(inProcess, items),
      cli === undefined ? '' : ms(cli.ms),
      floorProcess === undefined ? '' : ms(floorProcess.ms),
      cli === undefined ? '' : perThousand(cli.ms, items),
      cli === undefined ? '' : `${(cli.outputBytes / 1024 / 1024).toFixed(1)} MiB`
    ]
    rows.push(`| ${cells.join(' | ')} |`)
  }
}
const nodeStartup = WITH_CLI ? timeProcess(['-e', '0'], 7).ms : Number.NaN
process.stdout.write(
  `In process: Node ${process.version}; fresh processes: Node ${NODE_VERSION}, \`node -e 0\` takes ${nodeStartup.toFixed(0)} ms here. ` +
    'Floor: read + decode + markdown-it block parse (commonmark + tables) of the same file.\n\n'
)
process.stdout.write(
  '| items | size | prerequisite ids | normalize, in process (median, warm) | floor, in process | normalize per 1,000 items | CLI `list-items --format json` (median, wall) | floor, fresh process | CLI per 1,000 items | JSON output |\n'
)
process.stdout.write('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n')
process.stdout.write(`${rows.join('\n')}\n`)
