import {
  CLAUDE_INSTRUCTION,
  buildClaudeInvocation,
  parseClaudeResult,
  schemaForClaude
} from '../../../src/adapters/agents/claude.js'
import type { ProcessResult } from '../../../src/adapters/process-runner.js'
import type { AgentRequest } from '../../../src/kernel/ports.js'

const WT = '/repo/.local/automation/plan_orchestrator/worktrees/RUN_X/item-W1-01-attempt-1'
const CONTROL = '/repo/.local/automation/plan_orchestrator/runs/RUN_X/items/W1-01/attempt-1'
const REPORT =
  '/repo/.local/ai/plan_orchestrator/runs/RUN_X/items/W1-01/attempt-1/claude_audit_report.execute.round-0.json'
const SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'plan_orchestrator.audit_report.v1',
  type: 'object',
  required: ['schema_version'],
  properties: { schema_version: { const: 'plan_orchestrator.audit_report.v1' } }
}

const request: AgentRequest = {
  lane: 'audit_claude',
  itemId: 'W1-01',
  attempt: 1,
  cycleTag: 'execute.round-0',
  cwd: WT,
  promptText: 'audit instructions',
  promptFile: `${CONTROL}/prompts/audit_claude.execute.round-0.md`,
  schema: { name: 'audit_report', path: '/schemas/audit_report.schema.json', json: SCHEMA },
  reportPath: REPORT,
  logDir: `${CONTROL}/logs`,
  timeoutMs: 1000,
  idleTimeoutMs: 0,
  killGraceMs: 100,
  env: { PATH: '/usr/bin' }
}

const COMPACT_SCHEMA =
  '{"$id":"plan_orchestrator.audit_report.v1","type":"object","required":["schema_version"],' +
  '"properties":{"schema_version":{"const":"plan_orchestrator.audit_report.v1"}}}'

describe('claude invocation', () => {
  it('builds the exact argv: read-only plan mode, schema inline without $schema, prompt after --', () => {
    const invocation = buildClaudeInvocation(request, { sourceEnv: {} })
    expect(invocation.command).toBe('claude')
    expect(invocation.args).toEqual([
      '-p',
      '--model',
      'opus',
      '--effort',
      'max',
      '--no-session-persistence',
      '--max-turns',
      '8',
      '--permission-mode',
      'plan',
      '--tools',
      'Read,Glob,Grep',
      '--append-system-prompt-file',
      `${CONTROL}/prompts/audit_claude.execute.round-0.md`,
      '--output-format',
      'stream-json',
      '--verbose',
      '--json-schema',
      COMPACT_SCHEMA,
      // No one's settings, hooks, env block, CLAUDE.md, skills or MCP servers.
      '--safe-mode',
      '--setting-sources',
      '',
      '--strict-mcp-config',
      '--',
      CLAUDE_INSTRUCTION
    ])
    expect(invocation.stdin).toEqual({ kind: 'ignore' })
    expect(invocation.files).toEqual([
      { path: `${CONTROL}/prompts/audit_claude.execute.round-0.md`, content: 'audit instructions' }
    ])
    expect(invocation.stdoutPath).toBe(`${CONTROL}/logs/audit_claude.execute.round-0.stdout.log`)
    expect(invocation.removeBeforeRun).toEqual([REPORT, REPORT.replace(/\.json$/, '.raw.json')])
  })

  it('takes format, isolation, budget, model, effort and turns from options', () => {
    const invocation = buildClaudeInvocation(request, {
      model: 'sonnet',
      effort: 'high',
      maxTurns: 12,
      outputFormat: 'json',
      isolation: 'bare',
      maxBudgetUsd: 2.5
    })
    expect(invocation.args.slice(0, 8)).toEqual([
      '-p',
      '--model',
      'sonnet',
      '--effort',
      'high',
      '--no-session-persistence',
      '--max-turns',
      '12'
    ])
    expect(invocation.args).not.toContain('--verbose')
    expect(invocation.args.slice(-11)).toEqual([
      'json',
      '--json-schema',
      COMPACT_SCHEMA,
      '--bare',
      '--setting-sources',
      '',
      '--strict-mcp-config',
      '--max-budget-usd',
      '2.5',
      '--',
      CLAUDE_INSTRUCTION
    ])
  })

  it('keeps key order and $id when dropping the dialect line', () => {
    expect(schemaForClaude(SCHEMA)).toBe(COMPACT_SCHEMA)
    expect(schemaForClaude({ type: 'object' })).toBe('{"type":"object"}')
  })

  it("passes claude's own credentials and markers, never GitHub tokens or codex's keys", () => {
    const invocation = buildClaudeInvocation(request, {
      sourceEnv: {
        HOME: '/home/u',
        ANTHROPIC_API_KEY: 'sk-ant',
        CLAUDE_CODE_OAUTH_TOKEN: 'oauth',
        OPENAI_API_KEY: 'sk-openai',
        CODEX_API_KEY: 'sk-codex',
        GITHUB_TOKEN: 'ghs',
        GH_TOKEN: 'gh'
      }
    })
    expect(invocation.env).toEqual({
      PATH: '/usr/bin',
      ANTHROPIC_API_KEY: 'sk-ant',
      CLAUDE_CODE_OAUTH_TOKEN: 'oauth',
      PLAN_ORCHESTRATOR_STAGE_RUNNER: '1',
      PLAN_ORCHESTRATOR_STAGE_TOOL: 'claude'
    })
    // Its home is a fresh one per call, with at most the claude login copied in.
    expect(invocation.callHome.credential).toEqual({
      source: '/home/u/.claude/.credentials.json',
      target: '.claude/.credentials.json'
    })
  })
})

describe('parseClaudeResult', () => {
  const exited = (exitCode: number | null, extra: Partial<ProcessResult> = {}): ProcessResult => ({
    exitCode,
    signal: null,
    timedOut: false,
    durationMs: 900,
    pid: 77,
    spawnError: null,
    ...extra
  })
  const REPORT_OBJECT = { schema_version: 'plan_orchestrator.audit_report.v1', findings: [] }
  const envelope = (fields: Record<string, unknown>): string =>
    JSON.stringify({
      type: 'result',
      subtype: 'success',
      is_error: false,
      num_turns: 3,
      total_cost_usd: 0.42,
      usage: { input_tokens: 900, cache_read_input_tokens: 20, output_tokens: 80 },
      modelUsage: { 'claude-opus-4-8': {} },
      ...fields
    })

  it('takes structured_output and the usage from the envelope', () => {
    const stdout = envelope({ result: 'done', structured_output: REPORT_OBJECT })
    const outcome = parseClaudeResult(request, { process: exited(0), stdout, stderr: '' })
    expect(outcome).toEqual({
      status: 'ok',
      report: REPORT_OBJECT,
      exitCode: 0,
      signal: null,
      durationMs: 900,
      diagnostics: [],
      rawOutputPath: REPORT.replace(/\.json$/, '.raw.json'),
      // The port counts every input token: claude's input_tokens leave the cache out.
      usage: {
        inputTokens: 920,
        cachedInputTokens: 20,
        outputTokens: 80,
        costUsd: 0.42,
        numTurns: 3,
        model: 'claude-opus-4-8'
      }
    })
  })

  it('reads the last result line of a stream-json transcript', () => {
    const stdout = [
      '{"type":"system","subtype":"init","tools":["Glob","Grep","Read"]}',
      '{"type":"assistant","message":{"content":[{"type":"text","text":"{"}]}}',
      envelope({ result: 'ok', structured_output: REPORT_OBJECT }),
      ''
    ].join('\n')
    const outcome = parseClaudeResult(request, { process: exited(0), stdout, stderr: '' })
    expect(outcome.status).toBe('ok')
    expect(outcome.report).toEqual(REPORT_OBJECT)
  })

  it('turns the "Not logged in" envelope (exit 1, subtype success) into auth_error', () => {
    // Recorded from Claude Code 2.1.197 with no credentials.
    const stdout =
      '{"type":"result","subtype":"success","is_error":true,"api_error_status":null,"duration_ms":136,' +
      '"duration_api_ms":0,"num_turns":1,"result":"Not logged in · Please run /login",' +
      '"stop_reason":"stop_sequence","session_id":"s","total_cost_usd":0,"usage":{"input_tokens":0},' +
      '"modelUsage":{},"permission_denials":[],"terminal_reason":"completed"}\n'
    const outcome = parseClaudeResult(request, { process: exited(1), stdout, stderr: '' })
    expect(outcome.status).toBe('auth_error')
    expect(outcome.exitCode).toBe(1)
    expect(outcome.diagnostics).toContain('Not logged in · Please run /login')
  })

  it('turns error_max_turns into error_envelope with the reason and the denials', () => {
    const stdout = envelope({
      subtype: 'error_max_turns',
      is_error: true,
      errors: ['Reached maximum number of turns (8)'],
      permission_denials: [{ tool_name: 'Write', tool_input: { file_path: '/x/y.md' } }]
    })
    const outcome = parseClaudeResult(request, { process: exited(1), stdout, stderr: '' })
    expect(outcome.status).toBe('error_envelope')
    expect(outcome.diagnostics).toEqual([
      'claude reported an error (subtype error_max_turns, stop_reason unknown)',
      'Reached maximum number of turns (8)',
      'Write denied for /x/y.md'
    ])
  })

  it.each([
    ['a fenced block', '```json\n{"schema_version":"v1"}\n```'],
    [
      'prose around a fenced block',
      'Here is the report:\n```json\n{"schema_version":"v1"}\n```\nThanks.'
    ],
    ['plain JSON text', '{"schema_version":"v1"}']
  ])('falls back to the result text (%s) when structured output is missing', (_label, result) => {
    const outcome = parseClaudeResult(request, {
      process: exited(0),
      stdout: envelope({ result }),
      stderr: ''
    })
    expect(outcome.status).toBe('ok')
    expect(outcome.report).toEqual({ schema_version: 'v1' })
    expect(outcome.diagnostics[0]).toMatch(/structured_output missing/)
  })

  it('can refuse the text fallback', () => {
    const outcome = parseClaudeResult(
      request,
      { process: exited(0), stdout: envelope({ result: '{"schema_version":"v1"}' }), stderr: '' },
      { lenientTextReport: false }
    )
    expect(outcome.status).toBe('unparseable_report')
  })

  it.each([
    [
      'prose only',
      exited(0),
      envelope({ result: 'I reviewed it and it looks fine.' }),
      '',
      'unparseable_report'
    ],
    ['an empty stdout', exited(0), '', '', 'no_report'],
    ['non-JSON stdout', exited(0), 'hello', '', 'unparseable_report'],
    ['an argv error', exited(1), '', "error: unknown option '--bogus'\n", 'exit_nonzero'],
    ['a wall timeout', exited(null, { timedOut: 'wall', signal: 'SIGTERM' }), '', '', 'timeout'],
    [
      'an idle timeout',
      exited(null, { timedOut: 'idle', signal: 'SIGTERM' }),
      '',
      '',
      'idle_timeout'
    ],
    ['a missing binary', exited(null, { pid: null, spawnError: 'ENOENT' }), '', '', 'spawn_failed']
  ])('turns %s into a defined status', (_label, process, stdout, stderr, status) => {
    const outcome = parseClaudeResult(request, { process, stdout, stderr })
    expect(outcome.status).toBe(status)
    expect(outcome.report).toBeUndefined()
    expect(outcome.diagnostics.length).toBeGreaterThan(0)
  })

  it('keeps the stderr reason of an argv error', () => {
    const outcome = parseClaudeResult(request, {
      process: exited(1),
      stdout: '',
      stderr: "error: unknown option '--bogus'\n"
    })
    expect(outcome.diagnostics).toEqual([
      'claude -p failed with exit code 1',
      "error: unknown option '--bogus'"
    ])
  })
})
