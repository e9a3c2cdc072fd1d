import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CliIo } from '../../src/cli/io.js'
import { progressSink } from '../../src/cli/progress.js'
import { attemptLayout, runLayout } from '../../src/core/run/layout.js'
import type { ProgressSink } from '../../src/kernel/ports.js'
import { RUN_ID } from '../helpers/run-state-fixture.js'

/**
 * The text progress printer on a terminal: a heartbeat line during a long stage (elapsed,
 * stage, last agent output), redrawn in place, gone at the next stage line; never on a pipe.
 */

type StageEvent = Parameters<ProgressSink['stage']>[0]

const TICK_MS = 5

function stage(state: string, elapsedMs = 1000): StageEvent {
  return { runId: RUN_ID, itemId: '01', attempt: 1, state, message: 'running', elapsedMs }
}

function capture(options: Partial<CliIo>): { io: CliIo; text: () => string } {
  let text = ''
  const io: CliIo = {
    stdout: () => undefined,
    stderr: (chunk) => {
      text += chunk
    },
    env: {},
    cwd: '/',
    ...options
  }
  return { io, text: () => text }
}

/** A repository holding the run, with an agent log last written `agoSeconds` ago. */
function repoWithAgentLog(agoSeconds: number): string {
  const repo = mkdtempSync(join(tmpdir(), 'po-heartbeat-'))
  const logs = attemptLayout(runLayout(repo, RUN_ID), '01', 1).logsDir
  mkdirSync(logs, { recursive: true })
  const log = join(logs, 'execute.execute.round-0.stdout.log')
  writeFileSync(log, 'working\n')
  const when = (Date.now() - agoSeconds * 1000) / 1000
  utimesSync(log, when, when)
  return repo
}

async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, TICK_MS))
}

async function ticks(count: number): Promise<void> {
  for (let k = 0; k < count; k += 1) await new Promise((resolve) => setTimeout(resolve, TICK_MS))
}

describe('progress heartbeat', () => {
  it('on a terminal, shows the stage, how long it runs and when the agent last wrote', async () => {
    const repo = repoWithAgentLog(120)
    const { io, text } = capture({ stderrIsTTY: true, cwd: join(repo, '.local') })
    const sink = progressSink(io, 'text', { heartbeatMs: TICK_MS })
    sink.stage(stage('ST30_EXECUTING'))
    await until(() => text().includes('last agent output'))
    const beat = text().split('\r').filter(Boolean).at(-1) ?? ''
    expect(beat).toMatch(
      /^\[ {2,}\d+\.\ds\] item 01 attempt 1: ST30_EXECUTING for \d+s, last agent output 2m0\ds ago *$/
    )
    // The next stage line replaces the heartbeat; a terminal stage has none.
    sink.stage(stage('ST130_PASSED', 5000))
    const afterTerminal = text()
    expect(afterTerminal).toMatch(/\r +\r\[ {3}5\.0s\] item 01 attempt 1: .+ running\n$/)
    expect(afterTerminal.endsWith('\u001b[32mST130_PASSED\u001b[0m running\n')).toBe(true)
    await ticks(10)
    expect(text()).toBe(afterTerminal)
  })

  it('says so when the stage has produced no output yet, and finds the run from --repo', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'po-heartbeat-empty-'))
    mkdirSync(runLayout(repo, RUN_ID).controlDir, { recursive: true })
    const { io, text } = capture({ stderrIsTTY: true })
    const sink = progressSink(io, 'text', { heartbeatMs: TICK_MS, repoRoot: repo })
    sink.stage(stage('ST40_VERIFYING'))
    await until(() => text().includes('no command output yet'))
    sink.stage(stage('ST140_ESCALATED'))
  })

  it('never draws a heartbeat on a pipe, in JSON mode, or with colour codes under NO_COLOR', async () => {
    const repo = repoWithAgentLog(1)
    for (const [options, mode] of [
      [{ stderrIsTTY: false, cwd: repo }, 'text'],
      [{ stderrIsTTY: true, cwd: repo }, 'json']
    ] as const) {
      const { io, text } = capture(options)
      const sink = progressSink(io, mode, { heartbeatMs: TICK_MS })
      sink.stage(stage('ST30_EXECUTING'))
      const first = text()
      await ticks(10)
      expect(text()).toBe(first)
      expect(first.endsWith('\n')).toBe(true)
      sink.stage(stage('ST130_PASSED'))
    }
    const { io, text } = capture({ stderrIsTTY: true, cwd: repo, env: { NO_COLOR: '1' } })
    const sink = progressSink(io, 'text', { heartbeatMs: TICK_MS })
    sink.stage(stage('ST30_EXECUTING'))
    await until(() => text().includes('last agent output'))
    sink.stage(stage('ST130_PASSED'))
    expect(text()).not.toContain('\u001b')
  })

  it('colours terminal stages on a terminal', () => {
    const { io, text } = capture({ stderrIsTTY: true })
    progressSink(io, 'text').stage(stage('ST140_ESCALATED'))
    expect(text()).toContain('\u001b[31mST140_ESCALATED\u001b[0m')
  })
})
