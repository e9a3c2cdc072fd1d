/**
 * Cold start of each action bundle under Node 24, as a runner starts it: a fresh process on
 * the committed dist/<name>/index.js, timed to its first log line. The step gets no inputs, so
 * that first line is its input error: everything before it is loading and module setup.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ensureNode24 } from '../__tests__/helpers/node24.js'

const ROOT = join(import.meta.dirname, '..')
const RUNS = 7
const node = ensureNode24()

function firstLineMs(action: string): Promise<number> {
  const files = mkdtempSync(join(tmpdir(), 'po-action-bench-'))
  for (const name of ['output', 'summary', 'state']) writeFileSync(join(files, name), '')
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(node, [join(ROOT, 'dist', action, 'index.js')], {
      env: {
        PATH: process.env.PATH ?? '',
        GITHUB_OUTPUT: join(files, 'output'),
        GITHUB_STEP_SUMMARY: join(files, 'summary'),
        GITHUB_STATE: join(files, 'state')
      },
      stdio: ['ignore', 'pipe', 'ignore']
    })
    child.stdout.once('data', () => resolve(performance.now() - started))
    child.once('error', reject)
    child.once('close', () => reject(new Error(`${action} printed nothing`)))
  })
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN

const version = await new Promise<string>((resolve) => {
  const child = spawn(node, ['--version'])
  let text = ''
  child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()))
  child.once('close', () => resolve(text.trim()))
})
console.log(
  `action bundle cold start to first log line, ${node.replace(ROOT, '.')} ${version}, median of ${RUNS}`
)
for (const action of ['plan', 'item', 'gate', 'dispatch']) {
  await firstLineMs(action) // warm the file cache once; a runner's disk cache is warm after checkout
  const times: number[] = []
  for (let run = 0; run < RUNS; run += 1) times.push(await firstLineMs(action))
  console.log(
    `  ${action.padEnd(9)} ${median(times).toFixed(0).padStart(5)} ms  (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})`
  )
}
