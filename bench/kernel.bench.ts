/**
 * Kernel overhead per item, beside its floor, in one run:
 *
 * - the floor: the raw git work of one item as plain git processes in a fresh repository
 *   (`git worktree add`, `git add` + `git commit` in it, a fast-forward of the run branch by
 *   `git update-ref`, `git worktree remove`), sampled between the runs below;
 * - a 20-item run (`plan-orchestrator run --items 01,…,20`, the CLI bundle in a fresh process)
 *   whose scripted agents answer instantly, so every millisecond is the orchestrator's own
 *   (git, files, run state, the verification process): the time per item from item 1 to
 *   item 20, its ratio to the floor, and the time per state;
 * - the git processes per item, counted by a `git` wrapper first on PATH in one extra run
 *   (which is not timed: the wrapper costs a bash start per process);
 * - the peak RSS of each timed run (`/usr/bin/time -f %M`).
 *
 * `KERNEL_BENCH_RUNS` (default 3) timed runs, `KERNEL_BENCH_ITEMS` (default 20) items,
 * `KERNEL_BENCH_CLI` another CLI bundle to measure (default: one built from this tree's src/).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ensureNode24 } from '../__tests__/helpers/node24.js'
import { gitCounter, gitFloorOnce, itemId, makeRunRepo } from './kernel-fixture.js'

const ROOT = join(import.meta.dirname, '..')
/** Another CLI bundle to measure instead of this tree's (e.g. an earlier commit's build). */
const OTHER_CLI = process.env.KERNEL_BENCH_CLI
/** The goals are for Node 24 (the actions' runtime): every process timed here runs on it. */
const NODE = ensureNode24()
const NODE_VERSION = execFileSync(NODE, ['--version'], { encoding: 'utf8' }).trim()
const RUNS = Number(process.env.KERNEL_BENCH_RUNS ?? 3)
const ITEMS = Number(process.env.KERNEL_BENCH_ITEMS ?? 20)
const FLOOR_SAMPLES_PER_RUN = 3

/**
 * The CLI bundle a user runs, built from this tree into a temporary directory (dist/ may hold
 * a checked-out bundle of other sources).
 */
function buildCliBundle(): string {
  const out = mkdtempSync(join(tmpdir(), 'po-kernel-bench-cli-'))
  process.stderr.write(`building the CLI bundle into ${out}\n`)
  execFileSync(
    join(ROOT, 'node_modules', '.bin', 'ncc'),
    ['build', 'src/cli/index.ts', '-o', out, '--transpile-only', '--quiet'],
    { cwd: ROOT, stdio: 'inherit' }
  )
  execFileSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/ascii-bundle.ts', out], {
    cwd: ROOT,
    stdio: 'inherit'
  })
  return join(out, 'index.js')
}

interface StageEvent {
  readonly itemId: string | null
  readonly state: string
  readonly elapsedMs: number
}

type LogLine = { readonly kind: 'git'; readonly args: string } | ({ kind: 'stage' } & StageEvent)

interface RunRecord {
  readonly lines: LogLine[]
  readonly wallMs: number
  readonly maxRssKb: number | undefined
}

/** One `run` of every item in a fresh repository; progress and git processes in one log. */
function runAllItems(counting: boolean): RunRecord {
  const repo = makeRunRepo(ITEMS)
  const log = join(repo, '.local', 'bench.log')
  const rssFile = join(repo, '.local', 'bench.rss')
  execFileSync('mkdir', ['-p', join(repo, '.local')])
  const counter = counting ? gitCounter(log) : undefined
  const env = { ...process.env, PATH: [counter, process.env.PATH].filter(Boolean).join(':') }
  const ids = Array.from({ length: ITEMS }, (_, n) => itemId(n + 1)).join(',')
  const stderr = openSync(log, 'a')
  const started = performance.now()
  const result = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      '%M',
      '-o',
      rssFile,
      NODE,
      CLI,
      'run',
      '--playbook',
      'playbook.md',
      '--items',
      ids,
      '--agents',
      'scripted',
      '--scenario',
      'scenario.json',
      '--json'
    ],
    { cwd: repo, env, stdio: ['ignore', 'pipe', stderr], encoding: 'utf8' }
  )
  const wallMs = performance.now() - started
  closeSync(stderr)
  const text = readFileSync(log, 'utf8')
  const rss = Number(readFileSync(rssFile, 'utf8').trim().split('\n').at(-1))
  if (result.status !== 0 || !result.stdout.includes('"last_terminal_state": "passed"'))
    throw new Error(`the bench run failed (${result.status}):\n${result.stdout}\n${text}`)
  const lines: LogLine[] = []
  for (const line of text.split('\n')) {
    if (line.startsWith('GIT\t')) lines.push({ kind: 'git', args: line.slice(4) })
    else if (line.startsWith('{"type":"stage"')) {
      const event = JSON.parse(line) as StageEvent
      lines.push({
        kind: 'stage',
        itemId: event.itemId,
        state: event.state,
        elapsedMs: event.elapsedMs
      })
    }
  }
  rmSync(repo, { recursive: true, force: true })
  if (counter !== undefined) rmSync(counter, { recursive: true, force: true })
  return { lines, wallMs, maxRssKb: Number.isFinite(rss) ? rss : undefined }
}

interface ItemSpan {
  readonly ms: number
  readonly gitProcesses: number
  readonly stages: ReadonlyMap<string, number>
}

/**
 * Item 1 spans from its selection to its pass; every later item from the previous item's
 * pass to its own, so the work between two items counts too. What comes before item 1's
 * selection is run creation.
 */
function itemSpans(lines: readonly LogLine[]): { items: ItemSpan[]; creationGit: number } {
  const items: ItemSpan[] = []
  let creationGit = 0
  let git = 0
  let spanStart: number | undefined
  let previous: number | undefined
  let stages = new Map<string, number>()
  for (const line of lines) {
    if (line.kind === 'git') {
      git += 1
      continue
    }
    if (spanStart === undefined) {
      if (line.state !== 'ST10_ITEM_SELECTED') continue
      creationGit = git
      git = 0
      spanStart = line.elapsedMs
    }
    stages.set(line.state, line.elapsedMs - (previous ?? line.elapsedMs))
    previous = line.elapsedMs
    if (line.state === 'ST130_PASSED') {
      items.push({ ms: line.elapsedMs - spanStart, gitProcesses: git, stages })
      git = 0
      spanStart = line.elapsedMs
      stages = new Map()
    }
  }
  if (items.length !== ITEMS) throw new Error(`expected ${ITEMS} passed items, saw ${items.length}`)
  return { items, creationGit }
}

const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN
const ms = (value: number): string => value.toFixed(0)

const CLI = OTHER_CLI ?? buildCliBundle()
const gitVersion = execFileSync('git', ['--version'], { encoding: 'utf8' }).trim()
const floors: number[] = [gitFloorOnce()] // the first one warms the caches
floors.length = 0
const counted = itemSpans(runAllItems(true).lines) // also the warm-up run
const timed: Array<ReturnType<typeof itemSpans> & { wallMs: number; maxRssKb?: number }> = []
for (let run = 0; run < RUNS; run += 1) {
  for (let n = 0; n < FLOOR_SAMPLES_PER_RUN; n += 1) floors.push(gitFloorOnce())
  const record = runAllItems(false)
  timed.push({
    ...itemSpans(record.lines),
    wallMs: record.wallMs,
    ...(record.maxRssKb === undefined ? {} : { maxRssKb: record.maxRssKb })
  })
}
for (let n = 0; n < FLOOR_SAMPLES_PER_RUN; n += 1) floors.push(gitFloorOnce())

const floor = median(floors)
const perItem = Array.from({ length: ITEMS }, (_, n) =>
  median(timed.map((run) => run.items[n]?.ms ?? NaN))
)
const out = (line = ''): void => void process.stdout.write(`${line}\n`)
out(
  `Node ${NODE_VERSION}, ${gitVersion}; ${ITEMS}-item run, median of ${RUNS} runs after one counting run; floor: median of ${floors.length} samples taken between the runs.`
)
out()
out(
  `Floor, the raw git work of one item (worktree add, add + commit, update-ref fast-forward, worktree remove: 5 processes): **${floor.toFixed(1)} ms**`
)
out()
out('| item | ms per item (median) | × floor | git processes |')
out('| --- | ---: | ---: | ---: |')
perItem.forEach((value, n) =>
  out(
    `| ${itemId(n + 1)} | ${ms(value)} | ${(value / floor).toFixed(1)} | ${counted.items[n]?.gitProcesses ?? '?'} |`
  )
)
const itemMedian = median(perItem)
const gitMedian = median(counted.items.map((item) => item.gitProcesses))
out(
  `| **median item** | **${ms(itemMedian)}** | **${(itemMedian / floor).toFixed(1)}** | **${gitMedian}** |`
)
const early = median(perItem.slice(1, 6))
const late = median(perItem.slice(-5))
out()
out(
  `Flatness: items 16–20 take ${(late / early).toFixed(2)}× items 2–6 (${ms(late)} vs ${ms(early)} ms).`
)
const outside = median(
  timed.map((run) => run.wallMs - run.items.reduce((sum, item) => sum + item.ms, 0))
)
out(
  `Outside the items (process start, run creation until item 01 is selected, exit): ${ms(outside)} ms, ${counted.creationGit} git processes before item 01.`
)
const rss = timed.map((run) => run.maxRssKb).filter((kb): kb is number => kb !== undefined)
out(
  `Peak RSS of the run: ${(median(rss) / 1024).toFixed(0)} MB median, ${(Math.max(...rss) / 1024).toFixed(0)} MB max.`
)
out()
out('| state (time until this state was reached, median over items and runs) | ms |')
out('| --- | ---: |')
const states = new Map<string, number[]>()
for (const run of timed)
  for (const item of run.items)
    for (const [state, value] of item.stages)
      states.set(state, [...(states.get(state) ?? []), value])
for (const [state, values] of states) out(`| ${state} | ${ms(median(values))} |`)
