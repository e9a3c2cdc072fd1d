import { execFileSync, spawn } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, delimiter, dirname, join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import type { z } from 'zod'
import { codexUsageFromEvents, createCodexAgent } from '../../src/adapters/agents/codex.js'
import {
  CLAUDE_CREDENTIAL_ENV,
  CODEX_CREDENTIAL_ENV
} from '../../src/adapters/agents/credentials.js'
import { NEVER_PASSED_ENV } from '../../src/adapters/child-env.js'
import { isProcessGroupRunning } from '../../src/adapters/process-group.js'
import {
  AuditReportSchema,
  ExecutionReportSchema,
  TriageReportSchema
} from '../../src/core/schemas/reports.js'
import type { UsageSummary } from '../../src/core/schemas/usage.js'
import { DEFAULT_MODEL_PRICES } from '../../src/core/usage/prices.js'
import { agentCallRecord } from '../../src/core/usage/records.js'
import { reportJsonSchema } from '../../src/kernel/attempt-context.js'
import type { AgentRequest } from '../../src/kernel/ports.js'
import { BUNDLED_CLI, PROJECT_ROOT } from '../helpers/bundled-cli.js'
import {
  functionCallOutputs,
  jsonMessage,
  startMockResponsesServer
} from './mock-responses/server.js'
import {
  MARK_VARIABLE,
  credentialFreeEnv,
  mockCodexProvider,
  newMark,
  processesMarked
} from './loopback.js'
import {
  CLI_SET,
  CREDENTIAL_NAME,
  FAKE_CLAUDE,
  FAKE_CODEX,
  PINNED_VERSIONS,
  REAL_CODEX
} from './real-clis.js'
import type {
  MockResponsesServer,
  RecordedRequest,
  ResponsesRequestBody,
  ScriptStep
} from './mock-responses/server.js'

/**
 * The offline real turn of docs/agent-cli-contract.md: the real `codex exec` (codex-cli 0.169.0, installed by
 * scripts/install-agent-clis.sh) with a fake model. A loopback mock of the Responses API
 * scripts one execute turn: an `exec_command` tool call that really changes the demo's
 * greeting in the working directory, then a final message holding an execution report.
 *
 * - A drives our codex adapter directly and checks what codex sent the model.
 * - B runs the bundled CLI, so the kernel takes the real codex's change through verification,
 *   the codex audit and triage to `passed` (claude is the fake: it cannot run offline).
 * - C hangs the model and checks the stage timeout leaves no codex process behind.
 *
 * No credential is set anywhere, and a refusing proxy shows nothing leaves 127.0.0.1. Every
 * codex call gets a fresh, empty CODEX_HOME, so the mock provider comes the way an operator
 * configures codex: `-c` overrides (`configOverrides`, PLAN_ORCHESTRATOR_CODEX_CONFIG).
 */

const DEMO = join(PROJECT_ROOT, 'examples', 'demo')

/** What the demo's check script wants (examples/demo/scenario.json writes the same). */
const GREETING = 'export function greet(name) {\n  return `Hello, ${name}!`\n}\n'
const CALL_ID = 'call_write_greeting'
/** Red (the check fails on the old greeting), the edit, green: one shell command. */
const EDIT_COMMAND = [
  'node scripts/check-greeting.mjs || echo RED_CONFIRMED',
  `cat > src/greeting.mjs <<'GREETING_EOF'\n${GREETING}GREETING_EOF`,
  'node scripts/check-greeting.mjs'
].join('\n')

/** Every credential our code knows by name, and anything named like one; none may reach an agent. */
const CREDENTIAL_NAMES = [
  ...CODEX_CREDENTIAL_ENV,
  ...CLAUDE_CREDENTIAL_ENV,
  ...NEVER_PASSED_ENV.filter((name) => /TOKEN|PAT/.test(name))
]
const isCredentialName = (name: string): boolean =>
  CREDENTIAL_NAMES.includes(name) || CREDENTIAL_NAME.test(name)

const executionReport: z.infer<typeof ExecutionReportSchema> = {
  schema_version: 'plan_orchestrator.execution_report.v1',
  stage: 'execute',
  item_id: '01',
  attempt_number: 1,
  summary: 'greet(name) now returns "Hello, <name>!".',
  verdict: 'implemented',
  consulted_inputs: ['scripts/check-greeting.mjs'],
  files_touched: ['src/greeting.mjs'],
  artifacts_created: [],
  red_green: {
    required: true,
    tests_added_or_updated: [],
    red_commands: ['node scripts/check-greeting.mjs'],
    red_failure_evidence: 'greet(\'Ada\') returned "hi Ada", expected "Hello, Ada!"',
    green_commands: ['node scripts/check-greeting.mjs'],
    green_pass_evidence: 'greeting ok'
  },
  scope_compliance: {
    status: 'within_scope',
    notes: 'Only src/greeting.mjs changed.',
    scope_exceptions: []
  },
  unresolved_dependencies: [],
  residual_risks: [],
  next_recommended_state: 'verify'
}

const codexAuditReport: z.infer<typeof AuditReportSchema> = {
  schema_version: 'plan_orchestrator.audit_report.v1',
  audit_lane: 'codex',
  item_id: '01',
  attempt_number: 1,
  summary: 'The greeting matches the check script; nothing else changed.',
  overall_verdict: 'pass',
  audited_artifacts: ['src/greeting.mjs'],
  positive_signals: ['node scripts/check-greeting.mjs passes'],
  limitations: [],
  findings: [],
  next_recommended_state: 'pass'
}

const triageReport: z.infer<typeof TriageReportSchema> = {
  schema_version: 'plan_orchestrator.triage_report.v1',
  stage: 'triage',
  item_id: '01',
  attempt_number: 1,
  summary: 'Both audits pass and verification is green.',
  overall_decision: 'pass',
  reasoning_notes: [],
  merged_findings: [],
  suppressed_findings: [],
  next_stage: 'passed'
}

/**
 * Which report a request asks for: the `schema_version` of its output schema, a `const` or
 * (after the adapter's strict-subset rewrite) a one-value `enum`.
 */
function askedSchemaVersion(body: ResponsesRequestBody): string | undefined {
  const schema = body.text?.format?.schema as
    { properties?: { schema_version?: { const?: unknown; enum?: unknown[] } } } | undefined
  const field = schema?.properties?.schema_version
  const version = field?.const ?? (field?.enum?.length === 1 ? field.enum[0] : undefined)
  return typeof version === 'string' ? version : undefined
}

/**
 * What OpenAI's strict structured outputs demand of a schema and a test can check offline:
 * every object closed (`additionalProperties: false`) with all its properties required.
 */
function strictModeProblems(node: unknown, at = '#'): string[] {
  if (Array.isArray(node)) {
    return node.flatMap((item, index) => strictModeProblems(item, `${at}/${index}`))
  }
  if (typeof node !== 'object' || node === null) return []
  const schema = node as Record<string, unknown>
  const problems: string[] = []
  if (schema.type === 'object') {
    const names = Object.keys((schema.properties as object | undefined) ?? {})
    const required = Array.isArray(schema.required) ? schema.required : []
    if (schema.additionalProperties !== false)
      problems.push(`${at}: additionalProperties is not false`)
    const optional = names.filter((name) => !required.includes(name))
    if (optional.length > 0) problems.push(`${at}: not required: ${optional.join(', ')}`)
  }
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'properties' && typeof value === 'object' && value !== null) {
      for (const [name, sub] of Object.entries(value)) {
        problems.push(...strictModeProblems(sub, `${at}/properties/${name}`))
      }
    } else if (key !== 'enum' && key !== 'required' && key !== 'const') {
      problems.push(...strictModeProblems(value, `${at}/${key}`))
    }
  }
  return problems
}

/** `schema` compiled as JSON Schema 2020-12, to check a report against what codex sent. */
function validatorFor(schema: object): (value: unknown) => boolean {
  const validate = new Ajv2020({ strict: false }).compile(schema)
  return (value) => validate(value)
}

const asks = (version: string) => (body: ResponsesRequestBody) =>
  askedSchemaVersion(body) === `plan_orchestrator.${version}.v1`

/** The execute turn: the edit as a tool call, then (with its output back) the report. */
function executeSteps(): ScriptStep[] {
  return [
    {
      label: 'execute: edit src/greeting.mjs',
      when: (body) => asks('execution_report')(body) && !functionCallOutputs(body).has(CALL_ID),
      output: [
        {
          type: 'function_call',
          name: 'exec_command',
          call_id: CALL_ID,
          arguments: JSON.stringify({ cmd: EDIT_COMMAND })
        }
      ],
      // Every kind of token, so the test sees which Responses API field lands where.
      usage: {
        input_tokens: 1000,
        input_tokens_details: { cached_tokens: 300, cache_write_tokens: 50 },
        output_tokens: 70,
        output_tokens_details: { reasoning_tokens: 40 },
        total_tokens: 1070
      }
    },
    {
      label: 'execute: final report',
      when: (body) => asks('execution_report')(body) && functionCallOutputs(body).has(CALL_ID),
      output: [jsonMessage(executionReport)]
    }
  ]
}

interface Sandbox {
  readonly root: string
  readonly home: string
  /** The mock as a model provider, in `-c` overrides. */
  readonly providerConfig: string[]
  /** Marks this test's processes (PO_CONTRACT_MARK), to find them in /proc. */
  readonly mark: string
}

/**
 * The mock as codex's model provider, with retries off so a script miss fails fast. Codex
 * 0.169.0 also reaches out on every start: the curated-plugins sync (git and HTTPS to
 * github.com, api.github.com, chatgpt.com) and OTLP metrics (ab.chatgpt.com). The adapter
 * switches both off with `-c`, and the refusing proxy proves nothing leaves 127.0.0.1.
 */
function makeSandbox(server: MockResponsesServer): Sandbox {
  const root = mkdtempSync(join(tmpdir(), 'po-codex-contract-'))
  const home = join(root, 'home')
  mkdirSync(home)
  return { root, home, providerConfig: mockCodexProvider(server.baseUrl), mark: newMark() }
}

/** A git repository holding the demo workspace, committed. */
function makeDemoWorkspace(root: string, name: string): string {
  const dir = join(root, name)
  cpSync(join(DEMO, 'workspace'), dir, { recursive: true })
  const git = (...args: string[]): void => {
    execFileSync('git', args, { cwd: dir, stdio: 'ignore' })
  }
  git('init', '-q', '--initial-branch=main')
  git('config', 'user.name', 'contract')
  git('config', 'user.email', 'contract@example.invalid')
  writeFileSync(join(dir, '.gitignore'), '.local/\n')
  git('add', '-A')
  git('commit', '-qm', 'workspace')
  return dir
}

function expectNoCredentials(names: readonly string[]): void {
  expect(names.filter(isCredentialName)).toEqual([])
}

/** The request asks for `schema` (what the adapter gave `--output-schema`), in strict mode. */
function expectStrictSchema(request: RecordedRequest | undefined, schema: object): void {
  expect(request?.body?.text?.format).toEqual({
    type: 'json_schema',
    name: 'codex_output_schema',
    strict: true,
    schema
  })
  expect(strictModeProblems(schema)).toEqual([])
}

/** Nothing but the mock was asked for, and no request carried a credential. */
function expectOnlyLoopbackWithoutAuthorization(server: MockResponsesServer): void {
  expect(server.refusedProxyRequests().map((entry) => entry.path)).toEqual([])
  for (const request of server.requests) {
    expect(request.headers.authorization).toBeUndefined()
    expect(request.headers['openai-organization']).toBeUndefined()
  }
}

interface ExecuteCall {
  readonly agent: ReturnType<typeof createCodexAgent>
  readonly request: AgentRequest
  readonly worktree: string
  readonly promptText: string
  /** Pids (= process groups) the adapter started. */
  readonly spawned: number[]
}

/**
 * An execute-lane request for our codex adapter, as the kernel would make it: the demo
 * workspace as worktree, the kernel's rendering of the report schema, the real codex first on
 * PATH, the mock as its model provider, and no credential in the environment it draws from.
 */
function executeCall(
  sandbox: Sandbox,
  server: MockResponsesServer,
  timeoutMs: number
): ExecuteCall {
  const worktree = makeDemoWorkspace(sandbox.root, 'worktree')
  const controlDir = join(sandbox.root, 'control')
  mkdirSync(join(controlDir, 'schemas'), { recursive: true })
  const schemaJson = reportJsonSchema(ExecutionReportSchema)
  const schemaPath = join(controlDir, 'schemas', 'execution_report.schema.json')
  writeFileSync(schemaPath, JSON.stringify(schemaJson, null, 2))
  const promptText = [
    'You are the execution lane.',
    'item_id: 01',
    'attempt_number: 1',
    'Make greet(name) return `Hello, <name>!`; `node scripts/check-greeting.mjs` must pass.'
  ].join('\n')
  const request: AgentRequest = {
    lane: 'execute',
    itemId: '01',
    attempt: 1,
    cycleTag: 'execute.round-0',
    cwd: worktree,
    promptText,
    promptFile: join(controlDir, 'prompts', 'execute.round-0.md'),
    schema: { name: 'execution_report', path: schemaPath, json: schemaJson },
    reportPath: join(sandbox.root, 'reports', 'execution_report.round-0.json'),
    logDir: join(controlDir, 'logs'),
    timeoutMs,
    idleTimeoutMs: 30_000,
    killGraceMs: 2_000,
    env: { [MARK_VARIABLE]: sandbox.mark }
  }
  const spawned: number[] = []
  const agent = createCodexAgent({
    configOverrides: sandbox.providerConfig,
    sourceEnv: {
      ...credentialFreeEnv(),
      ...server.proxyEnv(),
      PATH: `${dirname(REAL_CODEX)}${delimiter}${process.env.PATH ?? ''}`,
      HOME: sandbox.home
    },
    // Any traffic not for the mock goes to its refusing proxy, where the test sees it.
    passThrough: Object.keys(server.proxyEnv()),
    onSpawn: (event) => spawned.push(event.pid)
  })
  return { agent, request, worktree, promptText, spawned }
}

beforeAll(() => {
  if (!existsSync(REAL_CODEX)) {
    throw new Error(`${REAL_CODEX} is missing: run bash scripts/install-agent-clis.sh first`)
  }
  const version = execFileSync(REAL_CODEX, ['--version'], { encoding: 'utf8' }).trim()
  if (CLI_SET === 'pinned') expect(version).toBe(`codex-cli ${PINNED_VERSIONS.codex}`)
})

describe('real codex exec against a scripted Responses API', () => {
  let server: MockResponsesServer | undefined
  const roots: string[] = []
  afterEach(async () => {
    await server?.close()
    server = undefined
    for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true })
  })

  it('A: our codex adapter runs an execute turn: the tool call edits the worktree, the report validates', async () => {
    let codexAtFirstRequest: ReturnType<typeof processesMarked> | undefined
    server = await startMockResponsesServer(executeSteps(), {
      // Codex is surely running while it waits for the model: look at its environment.
      onRequest: () => (codexAtFirstRequest ??= processesMarked(sandbox.mark))
    })
    const sandbox = makeSandbox(server)
    roots.push(sandbox.root)
    const { agent, request, worktree, spawned, promptText } = executeCall(sandbox, server, 40_000)
    const invocation = agent.buildInvocation(request)
    expectNoCredentials(Object.keys(invocation.env))
    const schemaArg = invocation.args[invocation.args.indexOf('--output-schema') + 1] as string

    const outcome = await agent.run(request)

    expect({ status: outcome.status, diagnostics: outcome.diagnostics }).toEqual({
      status: 'ok',
      diagnostics: []
    })
    expect(ExecutionReportSchema.safeParse(outcome.report).success).toBe(true)
    expect(outcome.report).toEqual(executionReport)
    expect(JSON.parse(readFileSync(request.reportPath, 'utf8'))).toEqual(executionReport)
    // The turn's usage is the sum over its two model requests (the second one answers with the
    // mock's default usage: 100 in, 20 out), in the port's convention: input with the cached
    // and cache-written tokens, output with the reasoning ones. Codex names no cost and no
    // model; the adapter adds the model and effort it started codex with.
    expect(outcome.usage).toEqual({
      inputTokens: 1100,
      cachedInputTokens: 300,
      cacheWriteTokens: 50,
      outputTokens: 90,
      reasoningTokens: 40,
      numTurns: 1,
      model: 'gpt-5.4',
      effort: 'xhigh'
    })
    // Priced from the default table: 750 plain input at $2.50, 300 cached at $0.25, 50 written
    // at $2.50, 90 output at $15 per million tokens.
    const record = agentCallRecord(
      {
        itemId: '01',
        attempt: 1,
        lane: 'execute',
        cycle: 'execute.round-0',
        agent: agent.id,
        status: outcome.status,
        startedAtUtc: '2026-12-06T00:00:00Z',
        durationMs: outcome.durationMs,
        usage: outcome.usage
      },
      DEFAULT_MODEL_PRICES
    )
    expect(record).toMatchObject({
      model: 'gpt-5.4',
      effort: 'xhigh',
      tokens: {
        input: 1100,
        cached_input: 300,
        cache_write: 50,
        output: 90,
        reasoning: 40,
        total: 1190
      },
      cost_usd: 0.003425,
      cost_source: 'price_table'
    })
    // The real sandbox let the scripted command change the working directory.
    expect(readFileSync(join(worktree, 'src', 'greeting.mjs'), 'utf8')).toBe(GREETING)
    expect(
      execFileSync('git', ['status', '--porcelain'], { cwd: worktree, encoding: 'utf8' })
    ).toBe(' M src/greeting.mjs\n')

    // What codex sent: two streamed turns of our model, the prompt, our schema in strict mode.
    const [first, second] = server.responsesRequests()
    expect(server.responsesRequests()).toHaveLength(2)
    expect(server.unusedSteps()).toEqual([])
    expect(server.requests.filter((entry) => entry.answeredBy === 'unknown')).toEqual([])
    // Codex sends the --output-schema file as is; it is our report schema (same fields, the
    // same closed objects), and the report the kernel wants passes it.
    const sentSchema = JSON.parse(readFileSync(schemaArg, 'utf8')) as {
      properties: object
      required: string[]
    }
    expect(Object.keys(sentSchema.properties)).toEqual(Object.keys(ExecutionReportSchema.shape))
    expect(sentSchema.required).toEqual(Object.keys(ExecutionReportSchema.shape))
    expect(validatorFor(sentSchema)(executionReport)).toBe(true)
    expect(validatorFor(sentSchema)({ ...executionReport, verdict: 'done' })).toBe(false)
    for (const sent of [first, second]) {
      expect(sent?.body).toMatchObject({ model: 'gpt-5.4', stream: true })
      expect(sent?.body?.reasoning).toMatchObject({ effort: 'xhigh' })
      expectStrictSchema(sent, sentSchema)
    }
    const userTexts = (first?.body?.input ?? [])
      .filter((item) => item.type === 'message' && item.role === 'user')
      .flatMap((item) => item.content as { type: string; text: string }[])
      .map((part) => part.text)
    expect(userTexts).toContain(promptText)
    const toolNames = (first?.body?.tools ?? []).map((tool) => tool.name)
    expect(toolNames).toContain('exec_command')
    // web_search=disabled: no search tool is offered.
    expect(toolNames).not.toContain('web_search')
    // The tool output came back: red first (old greeting), then green.
    const toolOutput = functionCallOutputs(second?.body ?? null).get(CALL_ID) ?? ''
    expect(toolOutput).toContain('expected "Hello, Ada!"')
    expect(toolOutput).toContain('RED_CONFIRMED')
    expect(toolOutput).toContain('greeting ok')
    expect(second?.body?.input).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'function_call', call_id: CALL_ID, name: 'exec_command' })
      ])
    )

    // --json events: the command ran to exit 0 and the report is the agent message.
    const events = readFileSync(join(request.logDir, 'execute.round-0.stdout.log'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { type: string; item?: Record<string, unknown> })
    const completed = events.filter((event) => event.type === 'item.completed')
    expect(completed).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          item: expect.objectContaining({ type: 'command_execution', exit_code: 0 })
        }),
        expect.objectContaining({
          item: expect.objectContaining({
            type: 'agent_message',
            text: JSON.stringify(executionReport)
          })
        })
      ])
    )
    expect(events.at(-1)?.type).toBe('turn.completed')
    // The fields of codex 0.169.0's usage event, which our parser and the fake codex use.
    expect(events.at(-1)).toEqual({
      type: 'turn.completed',
      usage: {
        input_tokens: 1100,
        cached_input_tokens: 300,
        cache_write_input_tokens: 50,
        output_tokens: 90,
        reasoning_output_tokens: 40
      }
    })
    expect(codexUsageFromEvents(events as Record<string, unknown>[])).toMatchObject({
      inputTokens: 1100,
      outputTokens: 90
    })
    const fakeUsage = await fakeCodexUsageEvent(sandbox.root, {
      input_tokens: 1100,
      cached_input_tokens: 300,
      cache_write_input_tokens: 50,
      output_tokens: 90,
      reasoning_output_tokens: 40
    })
    expect(fakeUsage).toEqual(events.at(-1))

    // No credentials: not in the adapter's env, not in the live processes, not on the wire.
    // The native binary is among them: the npm wrapper spawns it as a child on a Node.js
    // without `process.execve` and becomes it on one with (22.15+), so the count varies.
    expect(codexAtFirstRequest?.map((found) => found.pid)).toContain(spawned[0])
    expect(
      codexAtFirstRequest
        ?.map((found) => basename(found.executable))
        .filter((name) => name === 'codex')
    ).not.toEqual([])
    for (const found of codexAtFirstRequest ?? []) expectNoCredentials(found.envNames)
    expectOnlyLoopbackWithoutAuthorization(server)
    // Nothing of codex's process group outlives the stage.
    expect(spawned).toHaveLength(1)
    expect(isProcessGroupRunning(spawned[0] as number)).toBe(false)
    expect(processesMarked(sandbox.mark)).toEqual([])
  }, 60_000)

  it('B: the kernel takes the real codex change through verification, audit and triage to passed', async () => {
    const codexEnvNames: string[][] = []
    server = await startMockResponsesServer(
      [
        ...executeSteps(),
        {
          label: 'audit_codex: pass',
          when: asks('audit_report'),
          output: [jsonMessage(codexAuditReport)]
        },
        { label: 'triage: pass', when: asks('triage_report'), output: [jsonMessage(triageReport)] }
      ],
      {
        onRequest: () => {
          for (const found of processesMarked(sandbox.mark)) codexEnvNames.push(found.envNames)
        }
      }
    )
    const sandbox = makeSandbox(server)
    roots.push(sandbox.root)
    const repo = makeDemoWorkspace(sandbox.root, 'repo')
    writeFileSync(join(repo, 'playbook.md'), readFileSync(join(DEMO, 'playbook.md'), 'utf8'))
    execFileSync('git', ['add', 'playbook.md'], { cwd: repo })
    execFileSync('git', ['commit', '-qm', 'playbook'], { cwd: repo })
    // The real codex, and the fake claude (the claude audit cannot run offline).
    const bin = join(sandbox.root, 'bin')
    mkdirSync(bin)
    symlinkSync(realpathSync(REAL_CODEX), join(bin, 'codex'))
    symlinkSync(FAKE_CLAUDE, join(bin, 'claude'))
    const journal = join(sandbox.root, 'fake-agents.jsonl')
    const scenario = join(sandbox.root, 'scenario.json')
    writeFileSync(scenario, JSON.stringify({ version: 1, scripts: [] }))
    const policy = join(sandbox.root, 'policy.json')
    writeFileSync(
      policy,
      JSON.stringify({
        schema_version: 'plan_orchestrator.control_plane.v1',
        runtime_policy: {
          execution_timeout_sec: 40,
          verification_timeout_sec: 20,
          audit_timeout_sec: 30,
          triage_timeout_sec: 30,
          fix_timeout_sec: 30,
          remediation_timeout_sec: 30,
          agent_idle_timeout_sec: 30,
          max_fix_rounds: 0,
          max_remediation_rounds: 0
        }
      })
    )
    const env: NodeJS.ProcessEnv = {
      PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`,
      HOME: sandbox.home,
      LANG: 'C.UTF-8',
      PLAN_ORCHESTRATOR_CODEX_CONFIG: sandbox.providerConfig.join('\n'),
      [MARK_VARIABLE]: sandbox.mark,
      ...server.proxyEnv(),
      PLAN_ORCHESTRATOR_AGENT_ENV: [
        'FAKE_AGENT_*',
        MARK_VARIABLE,
        ...Object.keys(server.proxyEnv())
      ].join(','),
      FAKE_AGENT_SCENARIO: scenario,
      FAKE_AGENT_JOURNAL: journal
    }
    expectNoCredentials(Object.keys(env))

    // Asynchronous: the mock, in this process, answers while the CLI runs.
    const run = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
      (resolve) => {
        const args = ['run', '--playbook', 'playbook.md', '--item', '01', '--config', policy]
        const cli = spawn(process.execPath, [BUNDLED_CLI, ...args, '--quiet'], {
          cwd: repo,
          env,
          stdio: ['ignore', 'pipe', 'pipe']
        })
        let stdout = ''
        let stderr = ''
        cli.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
        cli.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
        const guard = setTimeout(() => cli.kill('SIGTERM'), 55_000)
        cli.on('close', (code) => {
          clearTimeout(guard)
          resolve({ code, stdout, stderr })
        })
      }
    )

    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' })
    const result = JSON.parse(run.stdout) as { run_id: string; last_terminal_state: string }
    const controlDir = join(repo, '.local/automation/plan_orchestrator/runs', result.run_id)
    const state = JSON.parse(readFileSync(join(controlDir, 'run_state.json'), 'utf8')) as {
      event_log: { state: string }[]
    }
    const states = state.event_log.map((event) => event.state)
    const executing = states.indexOf('ST30_EXECUTING')
    expect(executing).toBeGreaterThanOrEqual(0)
    expect(states.slice(executing, executing + 3)).toEqual([
      'ST30_EXECUTING',
      'ST40_VERIFYING',
      'ST50_AUDIT_PACKET_READY'
    ])
    // The verification the kernel ran itself passed on the real codex's change.
    const verification = findFile(controlDir, /^verification_report\..*\.json$/)
    expect(verification).toBeDefined()
    expect(JSON.parse(readFileSync(verification as string, 'utf8'))).toMatchObject({
      overall_result: 'pass',
      command_results: [
        expect.objectContaining({ command: 'node scripts/check-greeting.mjs', status: 'pass' })
      ]
    })
    expect(result.last_terminal_state).toBe('passed')
    expect(states.at(-1)).toBe('ST130_PASSED')

    // What each call used and cost, from the real codex's events (priced from the table) and
    // the claude envelope (its own cost), as `status --format json` reports it.
    const status = JSON.parse(
      execFileSync(
        process.execPath,
        [BUNDLED_CLI, 'status', '--run-id', result.run_id, '--format', 'json'],
        { cwd: repo, env, encoding: 'utf8' }
      )
    ) as { usage: UsageSummary; items: { item_id: string; usage: { cost_usd: number } }[] }
    const calls = status.usage.items[0]?.attempts[0]?.calls ?? []
    expect(
      calls.map((call) => [call.lane, call.agent, call.model, call.cost_source, call.cost_usd])
    ).toEqual([
      ['execute', 'codex', 'gpt-5.4', 'price_table', 0.003425],
      ['audit_codex', 'codex', 'gpt-5.4', 'price_table', 0.00055],
      ['audit_claude', 'claude', 'claude-opus-4-8', 'cli', 0.42],
      ['triage', 'codex', 'gpt-5.4', 'price_table', 0.00055]
    ])
    expect(calls[0]?.tokens).toEqual({
      input: 1100,
      cached_input: 300,
      cache_write: 50,
      output: 90,
      reasoning: 40,
      total: 1190
    })
    expect(status.usage.run).toMatchObject({
      calls: 4,
      cost_usd: 0.424525,
      total_tokens: 1190 + 120 + (930 + 80) + 120
    })
    expect(status.items[0]?.usage.cost_usd).toBe(0.424525)
    expect(server.unusedSteps()).toEqual([])
    expect(server.responsesRequests().map((entry) => entry.answeredBy)).toEqual([
      'execute: edit src/greeting.mjs',
      'execute: final report',
      'audit_codex: pass',
      'triage: pass'
    ])
    for (const sent of server.responsesRequests()) {
      expect(sent.body?.text?.format).toMatchObject({ type: 'json_schema', strict: true })
      expect(strictModeProblems(sent.body?.text?.format?.schema)).toEqual([])
    }
    expectOnlyLoopbackWithoutAuthorization(server)
    // Every codex process seen while a lane waited for the model ran without credentials, and
    // none is left.
    expect(codexEnvNames.length).toBeGreaterThanOrEqual(4)
    for (const names of codexEnvNames) expectNoCredentials(names)
    expect(processesMarked(sandbox.mark)).toEqual([])

    // The claude fake ran the other audit, and saw no credentials either.
    const journalEvents = readFileSync(journal, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { event: string; lane?: string; env_names?: string[] })
    const claude = journalEvents.find((event) => event.event === 'invoked')
    expect(claude?.lane).toBe('audit_claude')
    expectNoCredentials(claude?.env_names ?? [])
    expect(journalEvents.filter((event) => event.event === 'violation')).toEqual([])

    // The codex audit and triage reports the kernel kept are the scripted ones, valid.
    const local = join(repo, '.local')
    const audit = findFile(local, /^codex_audit_report\.[^.]+(\.round-\d+)?\.json$/)
    const triage = findFile(local, /^triage_report\.[^.]+(\.round-\d+)?\.json$/)
    const audited = JSON.parse(readFileSync(audit as string, 'utf8')) as unknown
    const triaged = JSON.parse(readFileSync(triage as string, 'utf8')) as unknown
    expect(AuditReportSchema.safeParse(audited).success).toBe(true)
    expect(TriageReportSchema.safeParse(triaged).success).toBe(true)
    expect(audited).toEqual(codexAuditReport)
    expect(triaged).toMatchObject({ overall_decision: 'pass', next_stage: 'passed' })
    // The change reached the run branch.
    expect(
      execFileSync('git', ['show', `orchestrator/run/${result.run_id}:src/greeting.mjs`], {
        cwd: repo,
        encoding: 'utf8'
      })
    ).toBe(GREETING)
  }, 60_000)

  it('C: a model that never answers: the stage timeout kills codex, wrapper and native binary alike', async () => {
    let codexWhileHanging: ReturnType<typeof processesMarked> = []
    server = await startMockResponsesServer(
      [{ label: 'execute: hang', when: asks('execution_report'), output: [], hang: true }],
      { onRequest: () => (codexWhileHanging = processesMarked(sandbox.mark)) }
    )
    const sandbox = makeSandbox(server)
    roots.push(sandbox.root)
    const { agent, request, spawned } = executeCall(sandbox, server, 3_000)

    const outcome = await agent.run(request)

    expect(outcome.status).toBe('timeout')
    expect(existsSync(request.reportPath)).toBe(false)
    // The native binary was hanging; on a Node.js without `process.execve` the npm wrapper
    // spawns it as a child, and killing only the wrapper would leave it running. The group kill
    // takes whatever was there.
    expect(
      codexWhileHanging
        .map((found) => basename(found.executable))
        .filter((name) => name === 'codex')
    ).not.toEqual([])
    expect(isProcessGroupRunning(spawned[0] as number)).toBe(false)
    expect(processesMarked(sandbox.mark)).toEqual([])
    expect(server.responsesRequests().map((entry) => entry.answeredBy)).toEqual(['execute: hang'])
    expectOnlyLoopbackWithoutAuthorization(server)
  }, 30_000)
})

/**
 * The usage event the fake codex prints for a scenario declaring `usage`, through our own
 * adapter: the fake must speak the real CLI's fields for the normal tests to mean anything.
 */
async function fakeCodexUsageEvent(
  root: string,
  usage: Record<string, number>
): Promise<Record<string, unknown> | undefined> {
  const dir = join(root, 'fake')
  const worktree = makeDemoWorkspace(dir, 'worktree')
  const scenario = join(dir, 'scenario.json')
  writeFileSync(
    scenario,
    JSON.stringify({ version: 1, scripts: [{ lane: 'execute', steps: [{ usage }] }] })
  )
  const schemaJson = reportJsonSchema(ExecutionReportSchema)
  const schemaPath = join(dir, 'execution_report.schema.json')
  writeFileSync(schemaPath, JSON.stringify(schemaJson))
  const request: AgentRequest = {
    lane: 'execute',
    itemId: '01',
    attempt: 1,
    cycleTag: 'execute.round-0',
    cwd: worktree,
    promptText: 'lane: execute\nitem_id: 01\nattempt_number: 1\n',
    promptFile: join(dir, 'prompt.md'),
    schema: { name: 'execution_report', path: schemaPath, json: schemaJson },
    reportPath: join(dir, 'reports', 'execution_report.round-0.json'),
    logDir: join(dir, 'logs'),
    timeoutMs: 15_000,
    idleTimeoutMs: 15_000,
    killGraceMs: 1_000,
    env: { FAKE_AGENT_SCENARIO: scenario }
  }
  mkdirSync(join(dir, 'reports'), { recursive: true })
  const agent = createCodexAgent({ command: FAKE_CODEX, sourceEnv: credentialFreeEnv() })
  const outcome = await agent.run(request)
  expect(outcome.usage).toMatchObject({ inputTokens: usage.input_tokens })
  return readFileSync(join(request.logDir, 'execute.round-0.stdout.log'), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .find((event) => event.type === 'turn.completed')
}

function findFile(dir: string, name: RegExp): string | undefined {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      const found = findFile(path, name)
      if (found) return found
    } else if (name.test(entry.name)) return path
  }
  return undefined
}
