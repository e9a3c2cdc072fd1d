/**
 * CLI start-up under Node 24 beside its floor, `node -e 0`, in one run: `--version` and
 * `list-items` of the demo playbook, each with a cold compile cache (a fresh empty cache dir
 * per run) and a warm one (a cache dir an earlier run filled). The variants take turns within
 * each round, so a busy spell of the shared machine falls on all of them alike.
 *
 *   npx tsx bench/cli.bench.ts [--cli path/to/index.js ...] [--runs N]
 *
 * `--cli` (repeatable) times other builds of the CLI in the same rounds, such as an older
 * dist/cli copied aside, so that before and after meet the same load of a shared machine.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { ensureNode24 } from '../__tests__/helpers/node24.js'

const ROOT = join(import.meta.dirname, '..')
const DEMO = join(ROOT, 'examples', 'demo', 'playbook.md')
const { values: flags } = parseArgs({
  options: { cli: { type: 'string', multiple: true }, runs: { type: 'string', default: '9' } }
})
const CLIS = (flags.cli ?? [join(ROOT, 'dist', 'cli', 'index.js')]).map((path) => resolve(path))
const RUNS = Number(flags.runs)
const node = ensureNode24()
const scratch = mkdtempSync(join(tmpdir(), 'po-cli-bench-'))

/** The environment of a run whose compile cache lives under `cacheHome`. */
function envWith(cacheHome: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? '', HOME: scratch }
  env.XDG_CACHE_HOME = cacheHome
  return env
}

function wallMs(args: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((done, fail) => {
    const started = performance.now()
    const child = spawn(node, args, { env, cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.once('error', fail)
    child.once('close', (code) => {
      if (code === 0) done(performance.now() - started)
      else fail(new Error(`${args.join(' ')} exited ${code}: ${stderr}`))
    })
  })
}

interface Variant {
  readonly name: string
  readonly run: () => Promise<number>
}

let fresh = 0
const coldCache = (): string => join(scratch, `cold-${(fresh += 1)}`)
const warmCache = join(scratch, 'warm')
const label = (cli: string): string => (CLIS.length === 1 ? '' : `${cli.replace(ROOT, '.')} `)
const commands: [string, string[]][] = CLIS.flatMap((cli): [string, string[]][] => [
  [`${label(cli)}--version`, [cli, '--version']],
  [`${label(cli)}list-items demo`, [cli, 'list-items', '--playbook', DEMO]]
])
const variants: Variant[] = [
  { name: 'node -e 0', run: () => wallMs(['-e', '0'], envWith(warmCache)) },
  ...commands.flatMap(([name, args]): Variant[] => [
    { name: `${name}, cold cache`, run: () => wallMs(args, envWith(coldCache())) },
    { name: `${name}, warm cache`, run: () => wallMs(args, envWith(warmCache)) }
  ])
]

const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN

const version = await new Promise<string>((done) => {
  const child = spawn(node, ['--version'])
  let text = ''
  child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()))
  child.once('close', () => done(text.trim()))
})
console.log(
  `CLI start-up, ${CLIS.map((cli) => cli.replace(ROOT, '.')).join(' and ')}, Node ${version}, median of ${RUNS}`
)
// Fills the warm cache and the file cache once, as any earlier use of the CLI would.
for (const [, args] of commands) await wallMs(args, envWith(warmCache))
const times = new Map<string, number[]>(variants.map((variant) => [variant.name, []]))
for (let round = 0; round < RUNS; round += 1)
  for (const variant of variants) times.get(variant.name)?.push(await variant.run())
rmSync(scratch, { recursive: true, force: true })

const floor = median(times.get('node -e 0') ?? [])
const width = Math.max(...variants.map((variant) => variant.name.length))
for (const variant of variants) {
  const values = times.get(variant.name) ?? []
  const ms = median(values)
  console.log(
    `  ${variant.name.padEnd(width)} ${ms.toFixed(0).padStart(5)} ms  ${(ms / floor).toFixed(2)}x node -e 0  (min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)})`
  )
}
