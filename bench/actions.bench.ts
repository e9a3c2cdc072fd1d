/**
 * Cold start of each action bundle under Node 24, as a runner starts it: a fresh process on
 * dist/<name>/index.js, timed to its first log line. The step gets no inputs, so that first
 * line is its input error: everything before it is loading and module setup.
 *
 * Each round measures, interleaved so a busy machine weighs on all alike: the floor
 * (`node -e 0`, to its exit), then every action twice on a fresh, empty compile-cache
 * directory: cold (the cache is empty and gets written) and warm (it is read). Ratios are
 * to the floor's median.
 *
 * `--baseline DIR` also times another build laid out like dist/ (say, the committed one:
 * `git archive HEAD dist | tar -x -C /tmp/before`) in the same rounds.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { ensureNode24 } from '../__tests__/helpers/node24.js'

const ROOT = join(import.meta.dirname, '..')
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 11)
const ACTIONS = ['plan', 'item', 'gate', 'dispatch'] as const
const node = ensureNode24()
const baselineFlag = process.argv.indexOf('--baseline')
const baseline = baselineFlag === -1 ? undefined : resolve(process.argv[baselineFlag + 1] ?? '')

/** Milliseconds to the first line on stdout (to the exit if there is none), once it exited. */
function firstLineMs(args: readonly string[], toolCache: string): Promise<number> {
  const files = mkdtempSync(join(tmpdir(), 'po-action-bench-'))
  for (const name of ['output', 'summary', 'state']) writeFileSync(join(files, name), '')
  return new Promise((resolvePromise, reject) => {
    const started = performance.now()
    let first: number | undefined
    const child = spawn(node, args, {
      env: {
        PATH: process.env['PATH'] ?? '',
        RUNNER_TOOL_CACHE: toolCache,
        GITHUB_OUTPUT: join(files, 'output'),
        GITHUB_STEP_SUMMARY: join(files, 'summary'),
        GITHUB_STATE: join(files, 'state')
      },
      stdio: ['ignore', 'pipe', 'ignore']
    })
    child.stdout.once('data', () => (first = performance.now() - started))
    child.once('error', reject)
    child.once('close', () => {
      const exited = performance.now() - started
      rmSync(files, { recursive: true, force: true })
      resolvePromise(first ?? exited)
    })
  })
}

const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN

const version = await new Promise<string>((resolvePromise) => {
  const child = spawn(node, ['--version'])
  let text = ''
  child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()))
  child.once('close', () => resolvePromise(text.trim()))
})

const builds = [
  ...(baseline === undefined ? [] : [{ label: 'baseline', dist: baseline }]),
  { label: '', dist: join(ROOT, 'dist') }
]
const floor: number[] = []
const times = new Map<string, { cold: number[]; warm: number[] }>()
for (let round = 0; round < ROUNDS + 1; round += 1) {
  // Round 0 only warms the file cache: a runner's disk cache is warm after checkout.
  const keep = round > 0
  const base = await firstLineMs(['-e', '0'], tmpdir())
  if (keep) floor.push(base)
  for (const build of builds)
    for (const action of ACTIONS) {
      const cache = mkdtempSync(join(tmpdir(), 'po-compile-cache-'))
      const entry = [join(build.dist, action, 'index.js')]
      const cold = await firstLineMs(entry, cache)
      const warm = await firstLineMs(entry, cache)
      rmSync(cache, { recursive: true, force: true })
      if (!keep) continue
      const key = `${build.label} ${action}`.trim()
      const entryTimes = times.get(key) ?? { cold: [], warm: [] }
      entryTimes.cold.push(cold)
      entryTimes.warm.push(warm)
      times.set(key, entryTimes)
    }
}

const floorMs = median(floor)
const ms = (value: number): string => `${value.toFixed(0).padStart(5)} ms`
const ratio = (value: number): string => `${(value / floorMs).toFixed(2)}×`
console.log(
  `action cold start to first log line, ${node.replace(ROOT, '.')} ${version}, median of ${ROUNDS} interleaved rounds`
)
console.log(`  ${'node -e 0 (floor)'.padEnd(20)} ${ms(floorMs)}`)
console.log(`  ${''.padEnd(20)} ${'cold cache'.padStart(8)}          ${'warm cache'.padStart(8)}`)
for (const [key, { cold, warm }] of times)
  console.log(
    `  ${key.padEnd(20)} ${ms(median(cold))} ${ratio(median(cold)).padStart(6)}   ${ms(median(warm))} ${ratio(median(warm)).padStart(6)}`
  )
