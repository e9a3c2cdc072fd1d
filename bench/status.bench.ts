/**
 * `status --all --format json` over many runs, beside `node -e 0` measured in the same rounds.
 * One real run (the demo's, run by the bundled CLI) is copied under new run ids, so
 * every run is a complete one as status reads it: 10, 100 and 1,000 runs, to show it is linear.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ensureNode24 } from '../__tests__/helpers/node24.js'

const ROOT = join(import.meta.dirname, '..')
const CLI = join(ROOT, 'dist', 'cli', 'index.js')
/** The goals are for Node 24 (the actions' runtime): every process timed here runs on it. */
const NODE = ensureNode24()
const NODE_VERSION = execFileSync(NODE, ['--version'], { encoding: 'utf8' }).trim()
const RUNS_DIR = '.local/automation/plan_orchestrator/runs'
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 7)
const COUNTS = [10, 100, 1000]

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN

function timed(args: string[], cwd: string): number {
  const started = performance.now()
  const run = spawnSync(NODE, args, {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1024 * 1024 * 1024
  })
  const elapsed = performance.now() - started
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed: ${String(run.stderr)}`)
  return elapsed
}

/** `RUN_<yyyymmddTHHMMSSZ>_<8 hex>`, one second apart. */
function runIdFor(index: number): string {
  const at = new Date(Date.UTC(2026, 0, 1) + index * 1000).toISOString()
  const stamp = at.slice(0, 19).replace(/[-:]/g, '')
  return `RUN_${stamp}Z_${index.toString(16).padStart(8, '0')}`
}

const work = mkdtempSync(join(tmpdir(), 'po-status-bench-'))
const repo = join(work, 'demo')
try {
  execFileSync(NODE, [CLI, 'demo', '--dir', repo, '--quiet'], { stdio: 'ignore' })
  const runsDir = join(repo, RUNS_DIR)
  const [template] = readdirSync(runsDir)
  if (template === undefined) throw new Error('the demo left no run')
  const templateDir = join(runsDir, template)
  const stateText = readFileSync(join(templateDir, 'run_state.json'), 'utf8')
  let made = 1
  const growTo = (count: number): void => {
    for (; made < count; made += 1) {
      const id = runIdFor(made)
      const dir = join(runsDir, id)
      cpSync(templateDir, dir, { recursive: true })
      writeFileSync(join(dir, 'run_state.json'), stateText.split(template).join(id))
    }
  }
  console.log(
    `status --all --format json, ${NODE_VERSION}, median of ${ROUNDS} (node -e 0 in the same rounds)`
  )
  for (const count of COUNTS) {
    growTo(count)
    const floor: number[] = []
    const status: number[] = []
    for (let round = 0; round < ROUNDS; round += 1) {
      floor.push(timed(['-e', '0'], repo))
      status.push(timed([CLI, 'status', '--all', '--format', 'json'], repo))
    }
    const ms = median(status)
    console.log(
      `  ${String(count).padStart(5)} runs  ${ms.toFixed(0).padStart(6)} ms  (${(ms / count).toFixed(2)} ms per run; node -e 0: ${median(floor).toFixed(0)} ms)`
    )
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}
