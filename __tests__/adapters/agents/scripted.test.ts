import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createAgents } from '../../../src/adapters/agents/index.js'
import type { Invocation } from '../../../src/adapters/agents/index.js'
import {
  loadScenarioFile,
  parseScenario,
  selectScript
} from '../../../src/adapters/agents/scenario.js'
import { createScriptedAgent } from '../../../src/adapters/agents/scripted.js'
import { UserInputError } from '../../../src/errors.js'
import type { AgentRequest, Lane } from '../../../src/kernel/ports.js'
import { createAgentSandbox, expectGroupGone, expectProcessGone } from './support.js'
import type { AgentSandbox } from './support.js'

let sandbox: AgentSandbox
let pids: number[]

beforeEach(() => {
  sandbox = createAgentSandbox()
  pids = []
})

afterEach(() => {
  sandbox.remove()
})

function scripted(scenario: unknown = { version: 1, scripts: [] }) {
  return createScriptedAgent({
    scenario: parseScenario(scenario),
    onSpawn: (event) => pids.push(event.pid)
  })
}

const one = (lane: Lane, steps: unknown[]) => ({ version: 1, scripts: [{ lane, steps }] })
const FAST: Partial<AgentRequest> = { timeoutMs: 1500, idleTimeoutMs: 0, killGraceMs: 200 }

describe('createAgents', () => {
  it('serves every lane from one scripted agent', () => {
    const agents = createAgents('scripted')
    expect(new Set(Object.values(agents)).size).toBe(1)
    expect(agents.audit_claude.id).toBe('scripted')
  })

  it('gives claude the second audit and codex everything else', () => {
    const agents = createAgents('codex-claude')
    expect(
      Object.fromEntries(Object.entries(agents).map(([lane, agent]) => [lane, agent.id]))
    ).toEqual({
      execute: 'codex',
      fix: 'codex',
      remediation: 'codex',
      audit_codex: 'codex',
      audit_claude: 'claude',
      triage: 'codex'
    })
  })

  it('hands the shared pass-through list to both CLI agents', () => {
    const sourceEnv = { FAKE_AGENT_SCENARIO: '/s.json', GITHUB_TOKEN: 'ghs' }
    const agents = createAgents('codex-claude', {
      passThrough: ['FAKE_AGENT_*', 'GITHUB_TOKEN'],
      codex: { sourceEnv },
      claude: { sourceEnv }
    })
    for (const lane of ['execute', 'audit_claude'] as const) {
      const agent = agents[lane] as unknown as { buildInvocation(r: unknown): Invocation }
      const env = agent.buildInvocation(sandbox.request(lane)).env
      expect(env.FAKE_AGENT_SCENARIO).toBe('/s.json')
      expect(env).not.toHaveProperty('GITHUB_TOKEN')
    }
  })

  it('refuses an effort the CLIs do not know', () => {
    expect(() => createAgents('codex-claude', { codex: { effort: 'huge' as 'high' } })).toThrow(
      /unknown codex effort 'huge'/
    )
    expect(() => createAgents('codex-claude', { claude: { maxTurns: 1 } })).toThrow(/maxTurns/)
  })
})

describe('scripted agent defaults', () => {
  it.each([
    ['execute', { stage: 'execute', verdict: 'implemented', next_recommended_state: 'verify' }],
    [
      'fix',
      {
        stage: 'fix',
        loop_round: 1,
        verdict: 'changes_applied',
        next_recommended_state: 'reverify'
      }
    ],
    ['remediation', { stage: 'remediation', loop_round: 1, verdict: 'changes_applied' }],
    ['audit_codex', { audit_lane: 'codex', overall_verdict: 'pass', findings: [] }],
    ['audit_claude', { audit_lane: 'claude', overall_verdict: 'pass', findings: [] }],
    [
      'triage',
      { stage: 'triage', overall_decision: 'pass', next_stage: 'passed', merged_findings: [] }
    ]
  ] as const)('returns the uneventful %s report', async (lane, fields) => {
    const request = sandbox.request(lane)
    const outcome = await scripted().run(request)
    expect(outcome).toMatchObject({ status: 'ok', exitCode: 0, diagnostics: [] })
    expect(outcome.report).toMatchObject({ item_id: 'W1-01', attempt_number: 1, ...fields })
    expect(JSON.parse(readFileSync(request.reportPath, 'utf8'))).toEqual(outcome.report)
    expect(pids).toEqual([])
  })
})

describe('scripted agent scenarios', () => {
  const scenario = {
    version: 1,
    scripts: [
      { lane: 'fix', steps: [{ report: { which: 'any fix', round: '{{round}}' } }] },
      { lane: 'fix', cycle: 'fix.round-2', steps: [{ report: { which: 'round 2' } }] },
      {
        lane: 'fix',
        item_id: 'W1-02',
        attempt: 2,
        cycle: 'fix.round-2',
        steps: [
          {
            report: {
              which: 'W1-02 attempt 2 round 2',
              attempt_number: '{{attempt}}',
              summary: '{{item_id}} in {{cycle}} ({{lane}}), {{unknown}} stays'
            }
          }
        ]
      }
    ]
  }

  it('runs the most specific matching script and fills the placeholders', async () => {
    const agent = scripted(scenario)
    const first = await agent.run(sandbox.request('fix', { cycleTag: 'fix.round-1' }))
    expect(first.report).toEqual({ which: 'any fix', round: 1 })
    const second = await agent.run(sandbox.request('fix', { cycleTag: 'fix.round-2' }))
    expect(second.report).toEqual({ which: 'round 2' })
    const third = await agent.run(
      sandbox.request('fix', { cycleTag: 'fix.round-2', itemId: 'W1-02', attempt: 2 })
    )
    expect(third.report).toEqual({
      which: 'W1-02 attempt 2 round 2',
      attempt_number: 2,
      summary: 'W1-02 in fix.round-2 (fix), {{unknown}} stays'
    })
    expect(
      selectScript(parseScenario(scenario), { lane: 'triage', itemId: 'x', attempt: 1, cycle: 'c' })
    ).toBe(undefined)
  })

  it('writes and deletes worktree files in-process and lists them in the default report', async () => {
    writeFileSync(join(sandbox.worktree, 'obsolete.md'), 'x')
    const outcome = await scripted(
      one('execute', [
        { write: { 'src/{{item_id}}.txt': 'attempt {{attempt}}\n', 'obsolete.md': null } }
      ])
    ).run(sandbox.request('execute'))
    expect(outcome.status).toBe('ok')
    expect(readFileSync(join(sandbox.worktree, 'src/W1-01.txt'), 'utf8')).toBe('attempt 1\n')
    expect(existsSync(join(sandbox.worktree, 'obsolete.md'))).toBe(false)
    expect(outcome.report).toMatchObject({ files_touched: ['src/W1-01.txt', 'obsolete.md'] })
  })

  it('continues after a short sleep in a real child process', async () => {
    const outcome = await scripted(
      one('triage', [{ sleep_ms: 150 }, { report: { done: true } }])
    ).run(sandbox.request('triage', FAST))
    expect(outcome).toMatchObject({ status: 'ok', report: { done: true } })
    expect(pids).toHaveLength(1)
    await expectGroupGone(pids[0] as number)
  })

  it('runs a shell step as its own child in the worktree; a failing command does not end the call', async () => {
    const request = sandbox.request('execute', FAST)
    const outcome = await scripted(
      one('execute', [
        { run: 'echo "{{item_id}} $PLAN_ORCHESTRATOR_STAGE_TOOL" > ran.txt; exit 3' },
        { run: 'echo second >> ran.txt' },
        { report: { done: true } }
      ])
    ).run(request)
    expect(outcome).toMatchObject({ status: 'ok', report: { done: true } })
    expect(readFileSync(join(sandbox.worktree, 'ran.txt'), 'utf8')).toBe('W1-01 scripted\nsecond\n')
    expect(pids).toHaveLength(2)
    const log = readFileSync(join(request.logDir, 'execute.round-0.stdout.log'), 'utf8')
    expect(log).toContain('command exited with 3')
  })

  it('times a hanging shell step out like any agent process', async () => {
    const outcome = await scripted(one('execute', [{ run: 'sleep 30' }])).run(
      sandbox.request('execute', { timeoutMs: 500, killGraceMs: 200 })
    )
    expect(outcome.status).toBe('timeout')
    await expectGroupGone(pids[0] as number)
  })

  it('reads a raw claude report leniently and a raw codex report strictly', async () => {
    const fenced = '```json\n{"schema_version":"v1"}\n```'
    const claude = await scripted(one('audit_claude', [{ raw_report: fenced }])).run(
      sandbox.request('audit_claude')
    )
    expect(claude).toMatchObject({ status: 'ok', report: { schema_version: 'v1' } })
    const codex = await scripted(one('audit_codex', [{ raw_report: fenced }])).run(
      sandbox.request('audit_codex')
    )
    expect(codex.status).toBe('unparseable_report')
    expect(readFileSync(codex.rawOutputPath as string, 'utf8')).toBe(fenced)
  })

  it.each([
    ['a wall-clock overrun', [{ sleep_ms: 10_000 }], {}, 'timeout'],
    ['a silent hang', [{ fault: 'hang' }], { timeoutMs: 2000, idleTimeoutMs: 400 }, 'idle_timeout'],
    ['a non-zero exit', [{ exit_code: 9, stderr: 'scripted crash' }], {}, 'exit_nonzero']
  ])(
    'ends %s in a defined status with nothing left running',
    async (_label, steps, limits, status) => {
      const request = sandbox.request('execute', { ...FAST, ...limits })
      const outcome = await scripted(one('execute', steps)).run(request)
      expect(outcome.status).toBe(status)
      expect(existsSync(request.reportPath)).toBe(false)
      await expectGroupGone(pids[0] as number)
    }
  )

  it('kills a grandchild left behind by a hang that ignores SIGTERM', async () => {
    // Long enough for the child to start its grandchild on a loaded machine before the kill.
    const request = sandbox.request('execute', { timeoutMs: 8000, killGraceMs: 200 })
    const outcome = await scripted(
      one('execute', [{ fault: 'spawn_grandchild' }, { fault: 'hang_ignoring_sigterm' }])
    ).run(request)
    expect(outcome).toMatchObject({ status: 'timeout', signal: 'SIGKILL' })
    const log = readFileSync(join(request.logDir, 'execute.round-0.stdout.log'), 'utf8')
    const grandchild = Number(/grandchild (\d+)/.exec(log)?.[1])
    expect(grandchild).toBeGreaterThan(0)
    await expectGroupGone(pids[0] as number)
    await expectProcessGone(grandchild)
  })

  it('writes sized files, and replaces fields of the default report', async () => {
    const outcome = await scripted(
      one('execute', [
        { write_bytes: { 'src/big.bin': 5_000_000 } },
        { report_fields: { item_id: '02', attempt_number: 7, summary: 'about {{item_id}}' } }
      ])
    ).run(sandbox.request('execute'))
    expect(statSync(join(sandbox.worktree, 'src/big.bin')).size).toBe(5_000_000)
    expect(outcome.report).toMatchObject({
      schema_version: 'plan_orchestrator.execution_report.v1',
      stage: 'execute',
      item_id: '02',
      attempt_number: 7,
      summary: 'about W1-01',
      files_touched: ['src/big.bin']
    })
  })

  it('floods stdout with as many bytes as asked, into a capped log', async () => {
    const request = sandbox.request('execute', { maxLogBytes: 8192, timeoutMs: 20_000 })
    const outcome = await scripted(one('execute', [{ stdout_bytes: 1_000_000 }])).run(request)
    expect(outcome.status).toBe('ok')
    // The scripted agent's own note comes first; then the child's flood.
    expect(outcome.logs?.stdout).toEqual({ totalBytes: 1_000_000, truncated: true })
    const log = readFileSync(join(request.logDir, 'execute.round-0.stdout.log'), 'utf8')
    expect(log).toMatch(/output truncated: 1000000 bytes in total/)
  })

  it.each(['spawn_setsid_grandchild', 'spawn_hidden_daemon'])(
    'leaves no %s running when the call returns, though it left the group',
    async (fault) => {
      const request = sandbox.request('execute', FAST)
      const outcome = await scripted(one('execute', [{ fault }])).run(request)
      expect(outcome.status).toBe('ok')
      const log = readFileSync(join(request.logDir, 'execute.round-0.stdout.log'), 'utf8')
      const daemon = Number(/daemon (\d+)/.exec(log)?.[1])
      expect(daemon).toBeGreaterThan(0)
      await expectProcessGone(daemon)
      expect(outcome.leftRunning).toEqual([expect.stringMatching(new RegExp(`^pid ${daemon} \\(`))])
    }
  )

  it('keeps the stderr of a non-zero exit', async () => {
    const outcome = await scripted(
      one('execute', [{ exit_code: 9, stderr: 'scripted crash' }])
    ).run(sandbox.request('execute', FAST))
    expect(outcome.exitCode).toBe(9)
    expect(outcome.diagnostics).toContain('scripted crash')
  })

  it.each([
    [[{ fault: 'invalid_json' }], 'unparseable_report'],
    [[{ fault: 'no_report' }], 'no_report'],
    [[{ agent_error: { message: 'Not logged in · Please run /login' } }], 'auth_error'],
    [[{ agent_error: { message: 'max turns', subtype: 'error_max_turns' } }], 'error_envelope']
  ])('turns %j into %s', async (steps, status) => {
    const request = sandbox.request('audit_claude')
    writeFileSync(request.reportPath, 'stale')
    const outcome = await scripted(one('audit_claude', steps)).run(request)
    expect(outcome.status).toBe(status)
    expect(outcome.report).toBeUndefined()
    expect(outcome.diagnostics.length).toBeGreaterThan(0)
    expect(existsSync(request.reportPath)).toBe(false)
  })
})

describe('scenario files', () => {
  it.each([
    [{ version: 2, scripts: [] }, 'version'],
    [{ version: 1, scripts: [{ lane: 'deploy', steps: [] }] }, 'lane'],
    [one('execute', [{ write: { '../outside.md': 'x' } }]), 'relative path inside the worktree'],
    [one('execute', [{ write: { '/etc/passwd': 'x' } }]), 'relative path inside the worktree'],
    [one('execute', [{ fault: 'explode' }]), 'steps'],
    [one('execute', [{ report: {}, sleep_ms: 1 }]), 'steps'],
    [one('execute', [{ exit_code: 0 }]), 'steps']
  ])('rejects %j with a readable error', (scenario, fragment) => {
    expect(() => parseScenario(scenario, 'demo.json')).toThrow(UserInputError)
    expect(() => parseScenario(scenario, 'demo.json')).toThrow(fragment)
  })

  it('loads a file and names it in errors', () => {
    const good = sandbox.writeScenario(one('triage', [{ report: { ok: true } }]))
    expect(loadScenarioFile(good).scripts).toHaveLength(1)
    const bad = join(sandbox.root, 'bad.json')
    writeFileSync(bad, '{ nope')
    expect(() => loadScenarioFile(bad)).toThrow(/bad\.json: scenario is not valid JSON/)
    expect(() =>
      createAgents('scripted', { scripted: { scenarioPath: join(sandbox.root, 'none.json') } })
    ).toThrow(/cannot read the scenario/)
  })
})

describe('usage a scenario declares', () => {
  it('comes back as the real CLI of the lane would report it, summed over steps', async () => {
    const agent = createScriptedAgent({
      scenario: parseScenario({
        version: 1,
        scripts: [
          {
            lane: 'execute',
            steps: [
              { usage: { input_tokens: 1000, cached_input_tokens: 100, output_tokens: 50 } },
              { usage: { input_tokens: 500, output_tokens: 20, reasoning_output_tokens: 5 } }
            ]
          },
          {
            lane: 'audit_claude',
            steps: [
              {
                usage: {
                  input_tokens: 900,
                  cache_read_input_tokens: 20,
                  cache_creation_input_tokens: 10,
                  output_tokens: 80,
                  total_cost_usd: 0.42,
                  model: 'claude-opus-4-8'
                }
              }
            ]
          }
        ]
      }),
      models: {
        codex: { model: 'gpt-5.4', effort: 'xhigh' },
        claude: { model: 'opus', effort: 'max' }
      }
    })
    const execute = await agent.run(sandbox.request('execute'))
    expect(execute.usage).toEqual({
      inputTokens: 1500,
      cachedInputTokens: 100,
      cacheWriteTokens: 0,
      outputTokens: 70,
      reasoningTokens: 5,
      numTurns: 2,
      model: 'gpt-5.4',
      effort: 'xhigh'
    })
    // codex --json's own event lines, in the call's stdout log.
    const log = readFileSync(
      join(sandbox.request('execute').logDir, 'execute.round-0.stdout.log'),
      'utf8'
    )
    expect(log).toContain(
      '{"type":"turn.completed","usage":{"input_tokens":1000,"cached_input_tokens":100,"cache_write_input_tokens":0,"output_tokens":50,"reasoning_output_tokens":0}}'
    )
    const audit = await agent.run(sandbox.request('audit_claude'))
    expect(audit.usage).toEqual({
      inputTokens: 930,
      cachedInputTokens: 20,
      cacheWriteTokens: 10,
      outputTokens: 80,
      costUsd: 0.42,
      model: 'claude-opus-4-8',
      effort: 'max'
    })
  })

  it('names the model and effort of the run when no usage is declared, and no tokens', async () => {
    const agent = createScriptedAgent({ models: { codex: { model: 'gpt-5.4', effort: 'high' } } })
    expect((await agent.run(sandbox.request('triage'))).usage).toEqual({
      model: 'gpt-5.4',
      effort: 'high'
    })
  })

  it("refuses the other CLI's fields: codex reports no cost, claude no reasoning tokens", () => {
    expect(() =>
      parseScenario(one('execute', [{ usage: { input_tokens: 1, total_cost_usd: 0.1 } }]))
    ).toThrow(/codex does not report total_cost_usd/)
    expect(() =>
      parseScenario(one('audit_claude', [{ usage: { reasoning_output_tokens: 1 } }]))
    ).toThrow(/claude does not report reasoning_output_tokens/)
    expect(() => parseScenario(one('triage', [{ usage: { input_tokens: -1 } }]))).toThrow(
      UserInputError
    )
  })
})
