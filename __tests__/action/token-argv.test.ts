import { jest } from '@jest/globals'
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PROJECT_ROOT } from '../helpers/bundled-cli.js'
import { tokenForms } from '../helpers/proc-scan.js'
import {
  BOT,
  GATE_ENVIRONMENT,
  REQUESTER,
  REVIEWER,
  nextRunId,
  stepFailure,
  useGitHubWorld,
  workflowRun
} from './chain-harness.js'

// While the item and gate jobs of a hop run (the committed bundles under Node 24), a sampler
// watches every process on the machine as any local user could, and the job's token is in no
// argv. git's fetch and push are held until the sampler has looked at them, so the test sees
// exactly the processes that carry the credentials, and can fail.

jest.setTimeout(300_000)

const world = useGitHubWorld()

interface SampledProcess {
  readonly pid: number
  readonly argv: readonly string[]
  readonly cwd: string
  readonly argvHoldsToken: boolean
  readonly environHoldsToken: boolean
  readonly environHoldsRawToken: boolean
}

interface Sampler {
  /** A directory for PATH whose `git` waits for the sampler before a fetch or a push. */
  readonly shimDir: string
  stop(): Promise<{ passes: number; released: number; records: SampledProcess[] }>
}

function startSampler(forms: readonly string[], cwdPrefix: string): Sampler {
  const dir = mkdtempSync(join(tmpdir(), 'po-proc-sampler-'))
  const gate = join(dir, 'gate')
  const shimDir = join(dir, 'bin')
  mkdirSync(gate)
  mkdirSync(shimDir)
  const stopFile = join(dir, 'stop')
  const out = join(dir, 'report.json')
  const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim()
  // The shim keeps git's argv as it is; it only waits, for fetch and push, until the sampler
  // has made a full pass over /proc while it is alive (or the sampler is gone).
  writeFileSync(
    join(shimDir, 'git'),
    [
      '#!/bin/sh',
      'for arg in "$@"; do',
      '  case "$arg" in',
      '    fetch|push)',
      `      : > '${gate}'/$$.waiting`,
      // The pause must not carry git's credentials itself.
      `      while [ ! -e '${gate}'/$$.go ] && [ ! -e '${stopFile}' ]; do`,
      '        (unset GIT_CONFIG_COUNT GIT_CONFIG_KEY_0 GIT_CONFIG_VALUE_0; exec sleep 0.02)',
      '      done',
      '      break ;;',
      '  esac',
      'done',
      `exec '${realGit}' "$@"`,
      ''
    ].join('\n')
  )
  chmodSync(join(shimDir, 'git'), 0o755)
  const child: ChildProcess = spawn(
    process.execPath,
    [join(PROJECT_ROOT, '__tests__', 'fixtures', 'proc', 'sampler.mjs')],
    {
      env: {
        PATH: process.env.PATH,
        SAMPLER_FORMS: JSON.stringify(forms),
        SAMPLER_CWD_PREFIX: cwdPrefix,
        SAMPLER_GATE: gate,
        SAMPLER_STOP: stopFile,
        SAMPLER_OUT: out
      },
      stdio: ['ignore', 'ignore', 'pipe']
    }
  )
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  return {
    shimDir,
    async stop() {
      writeFileSync(stopFile, '')
      const code = await exited
      if (code !== 0 || !existsSync(out)) throw new Error(`the sampler failed (${code}): ${stderr}`)
      return JSON.parse(readFileSync(out, 'utf8')) as Awaited<ReturnType<Sampler['stop']>>
    }
  }
}

const joined = (process: SampledProcess): string => process.argv.join(' ')
const isKernel = (process: SampledProcess): boolean =>
  process.argv.some((arg) => arg.endsWith(join('dist', 'cli', 'index.js')))
const isAction = (process: SampledProcess): boolean =>
  process.argv.some((arg) => /dist\/(item|gate)\/index\.js$/.test(arg))
const isGit = (process: SampledProcess): boolean => /(^|[\s/])git([\s-]|$)/.test(joined(process))
const gitDoing = (process: SampledProcess, verb: string): boolean =>
  isGit(process) && process.argv.includes(verb)

it('keeps the token out of every argv while the item and gate jobs of a hop run', async () => {
  const token = `ghs_canary${randomBytes(16).toString('hex')}`
  const jobs = join(tmpdir(), 'po-chain-job-')
  const sampler = startSampler(tokenForms(token), jobs)
  const env = { PATH: `${sampler.shimDir}:${process.env.PATH ?? ''}` }
  const scripted = { agents: 'scripted', scenario: 'scenario.json', 'github-token': token }
  let report: Awaited<ReturnType<Sampler['stop']>>
  try {
    const hop1 = workflowRun(world.fake, world.origin, nextRunId(world.fake), REQUESTER)
    const item1 = await hop1.step(
      'item',
      { playbook: 'playbook.md', 'run-id': '', 'item-id': '01', 'state-run-id': '', ...scripted },
      { env }
    )
    if (item1.code !== 0) throw new Error(stepFailure(item1))
    const runId = item1.outputs['run-id'] as string

    const hop2 = workflowRun(world.fake, world.origin, nextRunId(world.fake), BOT)
    const item2 = await hop2.step(
      'item',
      {
        playbook: 'playbook.md',
        'run-id': runId,
        'item-id': '02',
        'state-run-id': String(hop1.id),
        ...scripted
      },
      { env }
    )
    if (item2.outputs['terminal-state'] !== 'awaiting_human_gate')
      throw new Error(stepFailure(item2))

    world.fake.addApproval(hop2.id, {
      state: 'approved',
      user: REVIEWER,
      comment: 'looks right',
      environment: GATE_ENVIRONMENT
    })
    const gate = await hop2.step(
      'gate',
      { 'run-id': runId, 'item-id': '02', environment: GATE_ENVIRONMENT, 'github-token': token },
      { env }
    )
    if (gate.code !== 0) throw new Error(stepFailure(gate))
    expect(gate.outputs['decision']).toBe('approved')
  } finally {
    report = await sampler.stop()
  }

  // The sampler saw the hop: its kernels, and every fetch and push (held until it had looked).
  const records = report.records
  expect(records.filter(isKernel).length).toBeGreaterThan(0)
  expect(records.filter(isAction).length).toBeGreaterThanOrEqual(3)
  // Hop 1 pushes; hop 2's item job fetches and pushes; the gate job fetches and pushes.
  expect(records.filter((process) => gitDoing(process, 'fetch')).length).toBeGreaterThanOrEqual(2)
  expect(records.filter((process) => gitDoing(process, 'push')).length).toBeGreaterThanOrEqual(3)
  expect(report.released).toBeGreaterThanOrEqual(5)

  // No argv held the token, in any encoding.
  expect(records.filter((process) => process.argvHoldsToken).map(joined)).toEqual([])
  // Only the action itself (its INPUT_GITHUB-TOKEN) holds the token in its environment, and
  // only git (the header of a fetch or push) holds it encoded: never the kernel, an agent or
  // a verification command.
  const holders = records.filter((process) => process.environHoldsToken)
  expect(holders.filter((process) => !isAction(process) && !isGit(process)).map(joined)).toEqual([])
  expect(
    holders.filter((process) => process.environHoldsRawToken && !isAction(process)).map(joined)
  ).toEqual([])
  expect(holders.some(isGit)).toBe(true)
  expect(world.fake.violations).toEqual([])
})
