import { existsSync, readFileSync } from 'node:fs'
import { createClaudeAgent } from '../../../src/adapters/agents/claude.js'
import type { AgentRequest } from '../../../src/kernel/ports.js'
import { FAKE_CLAUDE, createAgentSandbox, expectGroupGone, expectProcessGone } from './support.js'
import type { AgentSandbox } from './support.js'

/** The claude adapter against the fake claude: envelopes, faults and process groups. */

let sandbox: AgentSandbox
let pids: number[]

beforeEach(() => {
  sandbox = createAgentSandbox()
  pids = []
})

afterEach(() => {
  sandbox.remove()
})

function agent(scenario?: unknown) {
  return createClaudeAgent({
    command: FAKE_CLAUDE,
    passThrough: ['FAKE_AGENT_*'],
    sourceEnv: {
      HOME: sandbox.root,
      GITHUB_TOKEN: 'ghs_secret',
      OPENAI_API_KEY: 'sk-openai',
      CODEX_API_KEY: 'sk-codex',
      ANTHROPIC_API_KEY: 'sk-ant',
      FAKE_AGENT_JOURNAL: sandbox.journalPath,
      ...(scenario ? { FAKE_AGENT_SCENARIO: sandbox.writeScenario(scenario) } : {})
    },
    onSpawn: (event) => pids.push(event.pid)
  })
}

const script = (steps: unknown[], extra: Record<string, unknown> = {}) => ({
  version: 1,
  scripts: [{ lane: 'audit_claude', ...extra, steps }]
})

const FAST: Partial<AgentRequest> = { timeoutMs: 1500, idleTimeoutMs: 0, killGraceMs: 200 }

describe('claude adapter with the fake claude', () => {
  it('audits: structured output (the schema lost its $schema), raw envelope kept, cost recorded', async () => {
    const request = sandbox.request('audit_claude')
    const outcome = await agent().run(request)
    expect(outcome.status).toBe('ok')
    expect(outcome.diagnostics).toEqual([])
    expect(outcome.report).toMatchObject({ audit_lane: 'claude', item_id: 'W1-01', findings: [] })
    expect(JSON.parse(readFileSync(request.reportPath, 'utf8'))).toEqual(outcome.report)
    const raw = JSON.parse(readFileSync(outcome.rawOutputPath as string, 'utf8'))
    expect(raw).toMatchObject({ type: 'result', total_cost_usd: 0.42 })
    expect(outcome.usage).toMatchObject({ costUsd: 0.42, numTurns: 2, model: 'claude-opus-4-8' })

    const invoked = sandbox.journal().find((event) => event.event === 'invoked')
    expect(invoked).toMatchObject({ schema_accepted: true, stdin: 'null', permission_mode: 'plan' })
    const names = invoked?.env_names as string[]
    expect(names).toEqual(
      expect.arrayContaining(['ANTHROPIC_API_KEY', 'PLAN_ORCHESTRATOR_STAGE_TOOL'])
    )
    for (const secret of ['GITHUB_TOKEN', 'OPENAI_API_KEY', 'CODEX_API_KEY']) {
      expect(names).not.toContain(secret)
    }
    await expectGroupGone(pids[0] as number)
  })

  it('turns "Not logged in" (is_error, exit 1) into auth_error, never a crash', async () => {
    const request = sandbox.request('audit_claude', FAST)
    const outcome = await agent(
      script([{ agent_error: { message: 'Not logged in · Please run /login' } }])
    ).run(request)
    expect(outcome).toMatchObject({ status: 'auth_error', exitCode: 1 })
    expect(outcome.diagnostics).toContain('Not logged in · Please run /login')
    expect(existsSync(request.reportPath)).toBe(false)
    expect(JSON.parse(readFileSync(outcome.rawOutputPath as string, 'utf8'))).toMatchObject({
      is_error: true
    })
  })

  it('turns error_max_turns into error_envelope with the reason', async () => {
    const outcome = await agent(
      script([
        {
          agent_error: {
            message: 'Reached maximum number of turns (8)',
            subtype: 'error_max_turns'
          }
        }
      ])
    ).run(sandbox.request('audit_claude', FAST))
    expect(outcome.status).toBe('error_envelope')
    expect(outcome.diagnostics).toEqual([
      'claude reported an error (subtype error_max_turns, stop_reason end_turn)',
      'Reached maximum number of turns (8)'
    ])
  })

  it('falls back to fenced JSON in the result text when structured output is missing', async () => {
    const outcome = await agent(
      script([
        { raw_report: '```json\n{"schema_version":"plan_orchestrator.audit_report.v1"}\n```' }
      ])
    ).run(sandbox.request('audit_claude', FAST))
    expect(outcome.status).toBe('ok')
    expect(outcome.report).toEqual({ schema_version: 'plan_orchestrator.audit_report.v1' })
    expect(outcome.diagnostics[0]).toMatch(/structured_output missing/)
  })

  it.each([
    ['a silent hang', [{ fault: 'hang' }], { timeoutMs: 2000, idleTimeoutMs: 500 }, 'idle_timeout'],
    ['a wall-clock overrun', [{ sleep_ms: 10_000 }], {}, 'timeout'],
    ['invalid JSON', [{ fault: 'invalid_json' }], {}, 'unparseable_report'],
    ['a missing report', [{ fault: 'no_report' }], {}, 'unparseable_report'],
    ['a crash', [{ exit_code: 2, stderr: 'segfault' }], {}, 'exit_nonzero']
  ])(
    'ends %s in a defined status (the limit that fired, for a hang), with nothing left running',
    async (_label, steps, limits, status) => {
      const request = sandbox.request('audit_claude', { ...FAST, ...limits })
      const outcome = await agent(script(steps, { structured_output: 'omit' })).run(request)
      expect(outcome.status).toBe(status)
      expect(outcome.report).toBeUndefined()
      expect(existsSync(request.reportPath)).toBe(false)
      await expectGroupGone(pids[0] as number)
    }
  )

  it('leaves no grandchild behind when the audit times out', async () => {
    const outcome = await agent(script([{ fault: 'spawn_grandchild' }, { fault: 'hang' }])).run(
      // Long enough for the fake to start its grandchild on a loaded machine before the kill.
      sandbox.request('audit_claude', { timeoutMs: 8000, killGraceMs: 200 })
    )
    expect(outcome.status).toBe('timeout')
    const grandchild = sandbox.journal().find((event) => event.event === 'grandchild')
    expect(grandchild?.grandchild_pid).toEqual(expect.any(Number))
    await expectGroupGone(pids[0] as number)
    await expectProcessGone(grandchild?.grandchild_pid as number)
  })
})
