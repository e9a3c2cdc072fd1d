/**
 * Playbook benchmarks: in-process normalization, and the bundled CLI's
 * `list-items --format json` as a user runs it (a fresh Node process each time).
 * Prints a markdown table; docs/performance.md records the figures.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { normalizePlaybook } from '../src/core/playbook/normalize.js'
import { generatePlaybook } from './generate-playbook.js'

const CLI = join(import.meta.dirname, '..', 'dist', 'cli', 'index.js')
const cases = [
  { name: '1 item', items: 1, ranges: false },
  { name: '100 items', items: 100, ranges: false },
  { name: '2,000 items', items: 2000, ranges: false },
  {
    name: '2,000 items, every 5th depends on a range of all earlier items',
    items: 2000,
    ranges: true
  }
]

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

function timeInProcess(bytes: Uint8Array, repetitions: number): number {
  const times: number[] = []
  for (let k = 0; k < repetitions; k += 1) {
    const start = performance.now()
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

function timeCli(path: string, repetitions: number): { ms: number; outputBytes: number } {
  const times: number[] = []
  let outputBytes = 0
  for (let k = 0; k < repetitions; k += 1) {
    const start = performance.now()
    const run = spawnSync(
      process.execPath,
      [CLI, 'list-items', '--playbook', path, '--format', 'json'],
      {
        maxBuffer: 1 << 30
      }
    )
    times.push(performance.now() - start)
    if (run.status !== 0) throw new Error(`CLI failed: ${run.stderr.toString()}`)
    outputBytes = run.stdout.length
  }
  return { ms: median(times), outputBytes }
}

function timeNodeStartup(repetitions: number): number {
  const times: number[] = []
  for (let k = 0; k < repetitions; k += 1) {
    const start = performance.now()
    spawnSync(process.execPath, ['-e', '0'])
    times.push(performance.now() - start)
  }
  return median(times)
}

const dir = mkdtempSync(join(tmpdir(), 'po-bench-'))
const rows: string[] = []
for (const benchCase of cases) {
  const text = generatePlaybook({ items: benchCase.items, ranges: benchCase.ranges })
  const path = join(dir, `${benchCase.items}${benchCase.ranges ? '-ranges' : ''}.md`)
  writeFileSync(path, text)
  const bytes = new TextEncoder().encode(text)
  timeInProcess(bytes, 3) // warm the JIT so the in-process figure is steady-state
  const inProcess = timeInProcess(bytes, benchCase.items > 100 ? 7 : 21)
  const cli = timeCli(path, 7)
  rows.push(
    `| ${benchCase.name} | ${(bytes.length / 1024).toFixed(1)} KiB | ${inProcess.toFixed(1)} ms | ${cli.ms.toFixed(0)} ms | ${(cli.outputBytes / 1024 / 1024).toFixed(2)} MiB |`
  )
}
process.stdout.write(
  `Node ${process.version}; \`node -e 0\` takes ${timeNodeStartup(7).toFixed(0)} ms here.\n\n`
)
process.stdout.write(
  '| playbook | size | normalize, in process (median, warm) | CLI `list-items --format json` (median of 7, wall) | JSON output |\n'
)
process.stdout.write('| --- | ---: | ---: | ---: | ---: |\n')
process.stdout.write(`${rows.join('\n')}\n`)
