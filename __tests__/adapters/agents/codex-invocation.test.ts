import { buildCodexInvocation, parseCodexResult } from '../../../src/adapters/agents/codex.js'
import type { ProcessResult } from '../../../src/adapters/process-runner.js'
import type { AgentRequest, Lane } from '../../../src/kernel/ports.js'

const WT = '/repo/.local/automation/plan_orchestrator/worktrees/RUN_X/item-W1-01-attempt-1'
const CONTROL = '/repo/.local/automation/plan_orchestrator/runs/RUN_X/items/W1-01/attempt-1'
const REPORTS = '/repo/.local/ai/plan_orchestrator/runs/RUN_X/items/W1-01/attempt-1'

function request(lane: Lane, cycleTag: string, report: string, schema: string): AgentRequest {
  return {
    lane,
    itemId: 'W1-01',
    attempt: 1,
    cycleTag,
    cwd: WT,
    promptText: `prompt for ${lane}`,
    promptFile: `${CONTROL}/prompts/${cycleTag}.md`,
    schema: { name: schema, path: `/schemas/${schema}.schema.json`, json: {} },
    reportPath: `${REPORTS}/${report}`,
    logDir: `${CONTROL}/logs`,
    timeoutMs: 1000,
    idleTimeoutMs: 0,
    killGraceMs: 100,
    env: { PATH: '/usr/bin' }
  }
}

const LANES: [Lane, string, string, string, 'workspace-write' | 'read-only'][] = [
  [
    'execute',
    'execute.round-0',
    'execution_report.round-0.json',
    'execution_report',
    'workspace-write'
  ],
  ['fix', 'fix.round-1', 'fix_report.round-1.json', 'fix_report', 'workspace-write'],
  [
    'remediation',
    'remediation.round-1',
    'remediation_report.round-1.json',
    'fix_report',
    'workspace-write'
  ],
  [
    'audit_codex',
    'fix.round-2',
    'codex_audit_report.fix.round-2.json',
    'audit_report',
    'read-only'
  ],
  ['triage', 'execute.round-0', 'triage_report.execute.round-0.json', 'triage_report', 'read-only']
]

describe('codex invocation', () => {
  it.each(LANES)('builds the exact argv for %s', (lane, cycle, report, schema, sandbox) => {
    const invocation = buildCodexInvocation(request(lane, cycle, report, schema), { sourceEnv: {} })
    const raw = `${REPORTS}/${report.replace(/\.json$/, '.raw.json')}`
    expect(invocation.command).toBe('codex')
    expect(invocation.args).toEqual([
      'exec',
      '--json',
      '-C',
      WT,
      '-m',
      'gpt-5.4',
      '-s',
      sandbox,
      '--output-schema',
      `/schemas/${schema}.codex.schema.json`,
      '-o',
      raw,
      '--ephemeral',
      '-c',
      'model_reasoning_effort=xhigh',
      '-c',
      'web_search=disabled',
      '-c',
      'features.plugins=false',
      '-c',
      'analytics.enabled=false',
      '--ignore-user-config',
      '--ignore-rules',
      // The review lanes read no project instructions or skills, in a copy that is no repo.
      ...(sandbox === 'read-only'
        ? [
            '--skip-git-repo-check',
            '-c',
            'project_doc_max_bytes=0',
            '-c',
            'skills.include_instructions=false'
          ]
        : []),
      '-'
    ])
    expect(invocation.cwd).toBe(WT)
    expect(invocation.stdin).toEqual({ kind: 'text', text: `prompt for ${lane}` })
    expect(invocation.removeBeforeRun).toEqual([`${REPORTS}/${report}`, raw])
    expect(invocation.files).toEqual([
      { path: `${CONTROL}/prompts/${cycle}.md`, content: `prompt for ${lane}` },
      { path: `/schemas/${schema}.codex.schema.json`, content: '{}\n' }
    ])
  })

  it('hands codex the strict-subset variant of the schema, beside the kernel file', () => {
    const canonical = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'x',
      type: 'object',
      properties: {
        stage: { type: 'string', const: 'execute' },
        summary: { type: 'string', minLength: 1, maxLength: 9 },
        minLength: { type: 'string', pattern: '^[a-z]+$' },
        items: { type: 'array', items: { type: 'string', const: 'a', enum: ['a'] } }
      },
      required: ['stage', 'summary', 'minLength', 'items'],
      additionalProperties: false
    }
    const base = request('execute', 'execute.round-0', 'execution_report.round-0.json', 'e')
    const invocation = buildCodexInvocation({
      ...base,
      schema: { ...base.schema, json: canonical }
    })
    const file = invocation.files.find((entry) => entry.path === '/schemas/e.codex.schema.json')
    expect(JSON.parse(file?.content ?? 'null')).toEqual({
      type: 'object',
      properties: {
        stage: { type: 'string', enum: ['execute'] },
        summary: { type: 'string' },
        minLength: { type: 'string', pattern: '^[a-z]+$' },
        items: { type: 'array', items: { type: 'string', enum: ['a'] } }
      },
      required: ['stage', 'summary', 'minLength', 'items'],
      additionalProperties: false
    })
    expect(canonical.properties.summary).toEqual({ type: 'string', minLength: 1, maxLength: 9 })
  })

  it('names logs like the reference: <stage>.<round> for mutations, <lane>.<cycle> otherwise', () => {
    const execute = buildCodexInvocation(
      request('execute', 'execute.round-0', 'execution_report.round-0.json', 'execution_report')
    )
    expect(execute.stdoutPath).toBe(`${CONTROL}/logs/execute.round-0.stdout.log`)
    expect(execute.stderrPath).toBe(`${CONTROL}/logs/execute.round-0.stderr.log`)
    const audit = buildCodexInvocation(
      request('audit_codex', 'fix.round-2', 'a.json', 'audit_report')
    )
    expect(audit.stdoutPath).toBe(`${CONTROL}/logs/audit_codex.fix.round-2.stdout.log`)
  })

  it('takes model, effort and command from options', () => {
    const invocation = buildCodexInvocation(
      request('triage', 'execute.round-0', 'triage_report.execute.round-0.json', 'triage_report'),
      { command: '/opt/codex/bin/codex', model: 'gpt-5.5', effort: 'high' }
    )
    expect(invocation.command).toBe('/opt/codex/bin/codex')
    expect(invocation.args).toEqual(
      expect.arrayContaining(['gpt-5.5', 'model_reasoning_effort=high'])
    )
  })

  it("puts the operator's -c overrides before its own settings, so its own win", () => {
    const invocation = buildCodexInvocation(
      request('triage', 'execute.round-0', 'triage_report.execute.round-0.json', 'triage_report'),
      { configOverrides: ['model_provider="corp"', 'project_doc_max_bytes=65536'] }
    )
    const args = invocation.args
    const operator = args.indexOf('model_provider="corp"')
    expect(args.slice(operator - 1, operator + 3)).toEqual([
      '-c',
      'model_provider="corp"',
      '-c',
      'project_doc_max_bytes=65536'
    ])
    expect(args.indexOf('project_doc_max_bytes=0')).toBeGreaterThan(operator)
    expect(args.indexOf('model_reasoning_effort=xhigh')).toBeGreaterThan(operator)
  })

  it('makes a fresh home per call in RUNNER_TEMP (else the temp dir), carrying only the codex login', () => {
    const req = request('execute', 'execute.round-0', 'execution_report.round-0.json', 'e')
    const onRunner = buildCodexInvocation(req, {
      sourceEnv: { HOME: '/home/u', RUNNER_TEMP: '/runner/_temp', CODEX_HOME: '/srv/codex' }
    })
    expect(onRunner.callHome).toEqual({
      parentDir: '/runner/_temp',
      credential: { source: '/srv/codex/auth.json', target: '.codex/auth.json' }
    })
    const local = buildCodexInvocation(req, {
      sourceEnv: { HOME: '/home/u' },
      callHomeParent: '/scratch'
    })
    expect(local.callHome).toEqual({
      parentDir: '/scratch',
      credential: { source: '/home/u/.codex/auth.json', target: '.codex/auth.json' }
    })
  })

  it("passes codex's own credentials and markers, never GitHub tokens or claude's key", () => {
    const invocation = buildCodexInvocation(
      request('execute', 'execute.round-0', 'execution_report.round-0.json', 'execution_report'),
      {
        sourceEnv: {
          HOME: '/home/u',
          OPENAI_API_KEY: 'sk-openai',
          CODEX_API_KEY: 'sk-codex',
          CODEX_HOME: '/home/u/.codex',
          ANTHROPIC_API_KEY: 'sk-ant',
          CLAUDE_CODE_OAUTH_TOKEN: 'oauth',
          GITHUB_TOKEN: 'ghs',
          ACTIONS_RUNTIME_TOKEN: 'rt',
          AWS_SECRET_ACCESS_KEY: 'aws'
        }
      }
    )
    // No HOME or CODEX_HOME: the call's fresh home sets both when it runs.
    expect(invocation.env).toEqual({
      PATH: '/usr/bin',
      OPENAI_API_KEY: 'sk-openai',
      CODEX_API_KEY: 'sk-codex',
      PLAN_ORCHESTRATOR_STAGE_RUNNER: '1',
      PLAN_ORCHESTRATOR_STAGE_TOOL: 'codex'
    })
  })
})

describe('parseCodexResult', () => {
  const req = request(
    'audit_codex',
    'execute.round-0',
    'codex_audit_report.execute.round-0.json',
    'a'
  )
  const exited = (exitCode: number | null, extra: Partial<ProcessResult> = {}): ProcessResult => ({
    exitCode,
    signal: null,
    timedOut: false,
    durationMs: 1200,
    pid: 4242,
    spawnError: null,
    ...extra
  })
  const REPORT = '{"schema_version":"plan_orchestrator.audit_report.v1","findings":[]}'
  // Recorded from codex 0.169.0 against a mock Responses API.
  const EVENTS = [
    '{"type":"thread.started","thread_id":"01a21329"}',
    '{"type":"item.completed","item":{"id":"item_0","type":"error","message":"Model metadata for `gpt-5.4` not found."}}',
    '{"type":"turn.started"}',
    `{"type":"item.completed","item":{"id":"item_2","type":"agent_message","text":${JSON.stringify(REPORT)}}}`,
    '{"type":"turn.completed","usage":{"input_tokens":1334,"cached_input_tokens":200,"cache_write_input_tokens":0,"output_tokens":66,"reasoning_output_tokens":7}}'
  ].join('\n')

  it('reads the -o file strictly and sums usage from the events', () => {
    const outcome = parseCodexResult(req, {
      process: exited(0),
      stdout: EVENTS,
      stderr: '',
      lastMessage: REPORT
    })
    expect(outcome).toEqual({
      status: 'ok',
      report: JSON.parse(REPORT),
      exitCode: 0,
      signal: null,
      durationMs: 1200,
      diagnostics: [],
      rawOutputPath: `${REPORTS}/codex_audit_report.execute.round-0.raw.json`,
      usage: {
        inputTokens: 1334,
        cachedInputTokens: 200,
        cacheWriteTokens: 0,
        outputTokens: 66,
        reasoningTokens: 7,
        numTurns: 1
      }
    })
  })

  it.each([
    ['an empty -o file', '', 'no_report'],
    ['a missing -o file', null, 'no_report'],
    ['fenced JSON', '```json\n{"a":1}\n```', 'unparseable_report'],
    ['a JSON array', '[1,2]', 'unparseable_report'],
    ['truncated JSON', '{"schema_version": "plan', 'unparseable_report']
  ])('turns %s into %s', (_label, lastMessage, status) => {
    const outcome = parseCodexResult(req, {
      process: exited(0),
      stdout: '',
      stderr: '',
      lastMessage
    })
    expect(outcome.status).toBe(status)
    expect(outcome.report).toBeUndefined()
    expect(outcome.diagnostics.length).toBeGreaterThan(0)
  })

  it('classifies a 401 turn failure as an auth error, with the reason', () => {
    const stdout = [
      '{"type":"turn.started"}',
      '{"type":"error","message":"unexpected status 401 Unauthorized"}',
      '{"type":"turn.failed","error":{"message":"unexpected status 401 Unauthorized: Missing bearer"}}'
    ].join('\n')
    const outcome = parseCodexResult(req, {
      process: exited(1),
      stdout,
      stderr: '',
      lastMessage: ''
    })
    expect(outcome.status).toBe('auth_error')
    expect(outcome.diagnostics).toContain('unexpected status 401 Unauthorized: Missing bearer')
  })

  it('reports any other non-zero exit with the tail of stderr', () => {
    const outcome = parseCodexResult(req, {
      process: exited(1),
      stdout: '',
      stderr:
        'banner\nNot inside a trusted directory and --skip-git-repo-check was not specified.\n',
      lastMessage: null
    })
    expect(outcome.status).toBe('exit_nonzero')
    expect(outcome.diagnostics[0]).toMatch(/exit code 1/)
    expect(outcome.diagnostics).toContain(
      'Not inside a trusted directory and --skip-git-repo-check was not specified.'
    )
  })

  it.each([
    [{ timedOut: 'wall' as const, signal: 'SIGTERM' as const }, 'timeout'],
    [{ timedOut: 'idle' as const, signal: 'SIGKILL' as const }, 'idle_timeout'],
    [{ pid: null, spawnError: 'spawn codex ENOENT' }, 'spawn_failed']
  ])('maps %o to %s even when a report exists', (extra, status) => {
    const outcome = parseCodexResult(req, {
      process: exited(null, extra),
      stdout: '',
      stderr: '',
      lastMessage: REPORT
    })
    expect(outcome.status).toBe(status)
    expect(outcome.report).toBeUndefined()
  })
})
