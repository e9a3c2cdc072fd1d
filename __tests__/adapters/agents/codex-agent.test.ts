import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createCodexAgent } from '../../../src/adapters/agents/codex.js'
import type { CodexAgentOptions } from '../../../src/adapters/agents/codex.js'
import type { AgentRequest } from '../../../src/kernel/ports.js'
import {
  FAKES_DIR,
  FAKE_CODEX,
  createAgentSandbox,
  expectGroupGone,
  expectProcessGone
} from './support.js'
import type { AgentSandbox } from './support.js'

/** The codex adapter against the fake codex: real processes, real timeouts, real kills. */

let sandbox: AgentSandbox
let pids: number[]

beforeEach(() => {
  sandbox = createAgentSandbox()
  pids = []
})

afterEach(() => {
  sandbox.remove()
})

const SECRETS = {
  GITHUB_TOKEN: 'ghs_secret',
  ACTIONS_RUNTIME_TOKEN: 'runtime',
  ANTHROPIC_API_KEY: 'sk-ant',
  CLAUDE_CODE_OAUTH_TOKEN: 'oauth',
  OPENAI_API_KEY: 'sk-openai'
}

function agent(scenario?: unknown, options: CodexAgentOptions = {}) {
  return createCodexAgent({
    command: FAKE_CODEX,
    passThrough: ['FAKE_AGENT_*'],
    sourceEnv: {
      HOME: sandbox.root,
      ...SECRETS,
      FAKE_AGENT_JOURNAL: sandbox.journalPath,
      ...(scenario ? { FAKE_AGENT_SCENARIO: sandbox.writeScenario(scenario) } : {})
    },
    onSpawn: (event) => pids.push(event.pid),
    ...options
  })
}

const script = (lane: string, steps: unknown[]) => ({ version: 1, scripts: [{ lane, steps }] })

const FAST: Partial<AgentRequest> = { timeoutMs: 1500, idleTimeoutMs: 0, killGraceMs: 200 }

describe('codex adapter with the fake codex', () => {
  it('runs an execute round: edits the worktree, writes the report, keeps the raw message', async () => {
    writeFileSync(join(sandbox.worktree, 'old.txt'), 'old')
    const request = sandbox.request('execute')
    const outcome = await agent(
      script('execute', [
        { write: { 'docs/{{item_id}}.md': '# {{item_id}} attempt {{attempt}}\n', 'old.txt': null } }
      ])
    ).run(request)

    expect(outcome.status).toBe('ok')
    expect(outcome.diagnostics).toEqual([])
    expect(outcome.report).toMatchObject({
      stage: 'execute',
      item_id: 'W1-01',
      attempt_number: 1,
      files_touched: ['docs/W1-01.md', 'old.txt']
    })
    expect(readFileSync(join(sandbox.worktree, 'docs/W1-01.md'), 'utf8')).toBe(
      '# W1-01 attempt 1\n'
    )
    expect(existsSync(join(sandbox.worktree, 'old.txt'))).toBe(false)
    expect(JSON.parse(readFileSync(request.reportPath, 'utf8'))).toEqual(outcome.report)
    expect(outcome.rawOutputPath).toBe(request.reportPath.replace(/\.json$/, '.raw.json'))
    expect(existsSync(outcome.rawOutputPath as string)).toBe(true)
    expect(outcome.usage).toMatchObject({ inputTokens: 1234, outputTokens: 56, numTurns: 1 })
    expect(readFileSync(join(request.logDir, 'execute.round-0.stdout.log'), 'utf8')).toMatch(
      /"type":"turn.completed"/
    )
    expect(readFileSync(request.promptFile, 'utf8')).toBe(request.promptText)
    await expectGroupGone(pids[0] as number)
  })

  it('gives codex only its own credentials and the stage markers', async () => {
    const outcome = await agent().run(sandbox.request('audit_codex'))
    expect(outcome.status).toBe('ok')
    const invoked = sandbox.journal().find((event) => event.event === 'invoked')
    const names = invoked?.env_names as string[]
    expect(names).toEqual(
      expect.arrayContaining([
        'OPENAI_API_KEY',
        'PLAN_ORCHESTRATOR_STAGE_RUNNER',
        'PLAN_ORCHESTRATOR_STAGE_TOOL'
      ])
    )
    for (const secret of [
      'GITHUB_TOKEN',
      'ACTIONS_RUNTIME_TOKEN',
      'ANTHROPIC_API_KEY',
      'CLAUDE_CODE_OAUTH_TOKEN'
    ]) {
      expect(names).not.toContain(secret)
    }
    expect(invoked).toMatchObject({ sandbox: 'read-only', stdin: 'fifo', lane: 'audit_codex' })
  })

  it('finds `codex` on the PATH it was given', async () => {
    const request = sandbox.request('triage', {
      env: { PATH: `${FAKES_DIR}:${process.env.PATH ?? ''}` }
    })
    const outcome = await agent(undefined, { command: 'codex' }).run(request)
    expect(outcome.status).toBe('ok')
    expect(outcome.report).toMatchObject({ overall_decision: 'pass', next_stage: 'passed' })
  })

  it('refuses writes in a read-only lane, like the real sandbox', async () => {
    const outcome = await agent(script('audit_codex', [{ write: { 'x.md': 'x' } }])).run(
      sandbox.request('audit_codex')
    )
    expect(outcome.status).toBe('ok')
    expect(existsSync(join(sandbox.worktree, 'x.md'))).toBe(false)
    expect(sandbox.journal()).toContainEqual(expect.objectContaining({ event: 'violation' }))
  })

  it('never leaves a stale report in place when the new run has none', async () => {
    const request = sandbox.request('fix', FAST)
    writeFileSync(request.reportPath, '{"stale": true}')
    const outcome = await agent(script('fix', [{ fault: 'no_report' }])).run(request)
    expect(outcome.status).toBe('no_report')
    expect(existsSync(request.reportPath)).toBe(false)
  })

  it.each([
    ['a wall-clock overrun', [{ sleep_ms: 10_000 }], {}, 'timeout'],
    ['a silent hang', [{ fault: 'hang' }], { timeoutMs: 2000, idleTimeoutMs: 500 }, 'idle_timeout'],
    ['invalid JSON', [{ fault: 'invalid_json' }], {}, 'unparseable_report'],
    ['a missing report', [{ fault: 'no_report' }], {}, 'no_report'],
    ['a crash', [{ exit_code: 3, stderr: 'panicked at codex-rs' }], {}, 'exit_nonzero'],
    [
      'a 401',
      [{ agent_error: { message: 'unexpected status 401 Unauthorized' } }],
      {},
      'auth_error'
    ],
    ['a failed turn', [{ agent_error: { message: 'stream disconnected' } }], {}, 'exit_nonzero']
  ])(
    'ends %s in a defined status (the limit that fired, for a hang), with nothing left running',
    async (_label, steps, limits, status) => {
      const request = sandbox.request('execute', { ...FAST, ...limits })
      const outcome = await agent(script('execute', steps)).run(request)
      expect(outcome.status).toBe(status)
      expect(outcome.report).toBeUndefined()
      expect(outcome.diagnostics.length).toBeGreaterThan(0)
      expect(existsSync(request.reportPath)).toBe(false)
      await expectGroupGone(pids[0] as number)
    }
  )

  it('kills a hang that ignores SIGTERM, grandchild included', async () => {
    // Long enough for the fake to start its grandchild on a loaded machine before the kill.
    const request = sandbox.request('execute', { timeoutMs: 8000, killGraceMs: 300 })
    const outcome = await agent(
      script('execute', [{ fault: 'spawn_grandchild' }, { fault: 'hang_ignoring_sigterm' }])
    ).run(request)
    expect(outcome).toMatchObject({ status: 'timeout', signal: 'SIGKILL' })
    const grandchild = sandbox.journal().find((event) => event.event === 'grandchild')
    expect(grandchild?.grandchild_pid).toEqual(expect.any(Number))
    await expectGroupGone(pids[0] as number)
    await expectProcessGone(grandchild?.grandchild_pid as number)
  })

  it('keeps the diagnostics of a crash', async () => {
    const outcome = await agent(
      script('execute', [{ exit_code: 3, stderr: 'panicked at codex-rs' }])
    ).run(sandbox.request('execute', FAST))
    expect(outcome.exitCode).toBe(3)
    expect(outcome.diagnostics).toContain('panicked at codex-rs')
  })

  it('reports a missing binary as spawn_failed', async () => {
    const outcome = await agent(undefined, { command: join(sandbox.root, 'no-codex') }).run(
      sandbox.request('execute', FAST)
    )
    expect(outcome.status).toBe('spawn_failed')
    expect(outcome.diagnostics[0]).toMatch(/ENOENT/)
  })
})
