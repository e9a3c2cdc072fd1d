/**
 * Kernel overhead per item: a full attempt of the demo's item 01 with the scripted agent,
 * whose agents answer instantly, so every millisecond measured is the orchestrator's own
 * (git, files, verification process spawn). Stages are timed from the progress events.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startRun } from '../src/composition-root.js'

const DEMO = join(import.meta.dirname, '..', 'examples', 'demo')
const RUNS = 7

function makeRepo(): string {
  const root = mkdtempSync(join(tmpdir(), 'po-kernel-bench-'))
  cpSync(join(DEMO, 'workspace'), root, { recursive: true })
  cpSync(join(DEMO, 'playbook.md'), join(root, 'playbook.md'))
  cpSync(join(DEMO, 'scenario.json'), join(root, 'scenario.json'))
  writeFileSync(join(root, '.gitignore'), '.local/\n')
  const git = (...args: string[]): void => void execFileSync('git', args, { cwd: root })
  git('init', '-q', '--initial-branch=main')
  git('config', 'user.name', 'bench')
  git('config', 'user.email', 'bench@example.invalid')
  git('add', '-A')
  git('commit', '-qm', 'bench')
  return root
}

const perStage = new Map<string, number[]>()
const totals: number[] = []
for (let run = 0; run < RUNS + 1; run += 1) {
  const root = makeRepo()
  const events: Array<{ state: string; at: number }> = []
  const started = performance.now()
  await startRun({
    cwd: root,
    env: process.env,
    playbookPath: 'playbook.md',
    selection: { kind: 'items', ids: ['01'], explicitList: false },
    cli: {},
    agents: { kind: 'scripted', scenarioPath: 'scenario.json' },
    progress: { stage: (event) => events.push({ state: event.state, at: performance.now() }) }
  })
  const total = performance.now() - started
  if (run === 0) continue // warm-up
  totals.push(total)
  let previous = started
  for (const event of events) {
    const list = perStage.get(event.state) ?? []
    list.push(event.at - previous)
    perStage.set(event.state, list)
    previous = event.at
  }
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN
process.stdout.write(`Median of ${RUNS} runs (after one warm-up), Node ${process.version}.\n\n`)
process.stdout.write('| stage (time until this state was reached) | ms |\n| --- | ---: |\n')
for (const [state, values] of perStage)
  process.stdout.write(`| ${state} | ${median(values).toFixed(1)} |\n`)
process.stdout.write(
  `| **whole attempt, run creation included** | **${median(totals).toFixed(1)}** |\n`
)
