import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { buildClaudeInvocation } from '../../../src/adapters/agents/claude.js'
import { buildCodexInvocation } from '../../../src/adapters/agents/codex.js'
import type { Lane } from '../../../src/kernel/ports.js'
import { FAKE_CLAUDE, FAKE_CODEX, createAgentSandbox, fakeEnv } from './support.js'
import type { AgentSandbox } from './support.js'

/**
 * The fakes must accept exactly what the adapters emit and reject what the real parsers
 * reject (codex: clap, rc 2; claude: commander, rc 1), so argv drift fails here, not in CI
 * against a paid API.
 */

let sandbox: AgentSandbox

beforeEach(() => {
  sandbox = createAgentSandbox()
})

afterEach(() => {
  sandbox.remove()
})

interface Run {
  readonly status: number | null
  readonly stdout: string
  readonly stderr: string
}

function runFake(
  fake: string,
  args: readonly string[],
  options: { input?: string; cwd?: string; env?: Record<string, string> } = {}
): Run {
  const result = spawnSync(fake, [...args], {
    cwd: options.cwd ?? sandbox.worktree,
    env: { PATH: process.env.PATH ?? '', ...fakeEnv(sandbox), ...options.env },
    encoding: 'utf8',
    timeout: 10_000,
    ...(options.input !== undefined
      ? { input: options.input }
      : { stdio: ['ignore', 'pipe', 'pipe'] as const })
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

const CODEX_LANES: Lane[] = ['execute', 'fix', 'remediation', 'audit_codex', 'triage']

describe('fake codex', () => {
  it.each(CODEX_LANES)('accepts the adapter argv for %s and writes the -o report', (lane) => {
    const request = sandbox.request(lane)
    const invocation = buildCodexInvocation(request)
    mkdirSync(join(sandbox.reportDir), { recursive: true })
    for (const file of invocation.files) {
      mkdirSync(dirname(file.path), { recursive: true })
      writeFileSync(file.path, file.content)
    }
    const run = runFake(FAKE_CODEX, invocation.args, {
      input: request.promptText,
      env: { ...invocation.env, ...fakeEnv(sandbox) }
    })
    expect(run.stderr).not.toMatch(/^error:/m)
    expect(run.status).toBe(0)
    const raw = invocation.args[invocation.args.indexOf('-o') + 1] as string
    const report = JSON.parse(readFileSync(raw, 'utf8'))
    expect(report).toMatchObject({ item_id: 'W1-01', attempt_number: 1 })
    const [invoked] = sandbox.journal()
    expect(invoked).toMatchObject({ event: 'invoked', lane, item_id: 'W1-01', stdin: 'fifo' })
  })

  it('accepts the whole argv with --help in place of the prompt (the contract check)', () => {
    const args = buildCodexInvocation(sandbox.request('execute')).args
    const run = runFake(FAKE_CODEX, [...args.slice(0, -1), '--help'])
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/Usage: codex exec/)
  })

  it.each([
    [['exec', '--full-auto', '-'], "error: unexpected argument '--full-auto' found"],
    [['exec', '-a', 'never', '-'], "error: unexpected argument '-a' found"],
    [
      ['exec', '--ask-for-approval', 'never', '-'],
      "unexpected argument '--ask-for-approval' found"
    ],
    [['exec', '--search', '-'], "error: unexpected argument '--search' found"],
    [['exec', '--bogus-flag', '-'], "error: unexpected argument '--bogus-flag' found"],
    [['exec', '-s', 'bogus', '-'], "error: invalid value 'bogus' for '--sandbox <SANDBOX_MODE>'"],
    [['exec', '--color', 'pink', '-'], "error: invalid value 'pink' for '--color <COLOR>'"],
    [['exec', '--json=yes', '-'], "error: unexpected value 'yes' for '--json' found"],
    [['exec', '-m'], "error: a value is required for '--model <MODEL>' but none was supplied"],
    [['exec', '-m', 'a', '-m', 'b', '-'], "the argument '--model <MODEL>' cannot be used multiple"],
    [['exec', 'one', 'two'], "error: unexpected argument 'two' found"]
  ])('rejects %j with rc 2 like clap', (args, message) => {
    const run = runFake(FAKE_CODEX, args, { input: 'prompt' })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain(message)
    expect(run.stdout).toBe('')
  })

  it('fails config, repository, schema and prompt problems with rc 1', () => {
    const base = ['exec', '-C', sandbox.worktree]
    const cases: [string[], string | undefined, RegExp][] = [
      [[...base, '-c', 'web_search=bogus', '-'], 'p', /unknown variant `bogus`/],
      [['exec', '-C', sandbox.root, '-'], 'p', /--skip-git-repo-check was not specified/],
      [
        [...base, '--output-schema', join(sandbox.root, 'none.json'), '-'],
        'p',
        /output schema file/
      ],
      [[...base, '-'], '', /No prompt provided via stdin/]
    ]
    for (const [args, input, message] of cases) {
      const run = runFake(FAKE_CODEX, args, input === undefined ? {} : { input })
      expect([run.status, message.test(run.stderr)]).toEqual([1, true])
    }
  })

  it('leaves an empty -o file on a failed turn, like the real CLI', () => {
    const scenario = sandbox.writeScenario({
      version: 1,
      scripts: [{ lane: 'execute', steps: [{ agent_error: { message: 'unexpected status 401' } }] }]
    })
    const out = join(sandbox.reportDir, 'execution_report.round-0.raw.json')
    writeFileSync(out, 'stale')
    const run = runFake(FAKE_CODEX, ['exec', '--json', '-C', sandbox.worktree, '-o', out, '-'], {
      input: 'lane: execute\n',
      env: { FAKE_AGENT_SCENARIO: scenario }
    })
    expect(run.status).toBe(1)
    expect(readFileSync(out, 'utf8')).toBe('')
    expect(run.stdout).toContain('"type":"turn.failed"')
  })
})

describe('fake claude', () => {
  it('accepts the adapter argv and returns structured output for the stripped schema', () => {
    const request = sandbox.request('audit_claude')
    const invocation = buildClaudeInvocation(request)
    mkdirSync(join(sandbox.controlDir, 'prompts'), { recursive: true })
    writeFileSync(request.promptFile, request.promptText)
    const run = runFake(FAKE_CLAUDE, invocation.args, {
      env: { ...invocation.env, ...fakeEnv(sandbox) }
    })
    expect(run.status).toBe(0)
    expect(run.stderr).toBe('')
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(lines[0]).toMatchObject({ type: 'system', subtype: 'init', permissionMode: 'plan' })
    expect(lines.at(-1)).toMatchObject({
      type: 'result',
      is_error: false,
      structured_output: { audit_lane: 'claude', item_id: 'W1-01' }
    })
    expect(sandbox.journal()[0]).toMatchObject({ tools: ['Read', 'Glob', 'Grep'], stdin: 'null' })
  })

  it("drops structured output for a 2020-12 schema, as the real CLI does (the reference's trap)", () => {
    const prompt = join(sandbox.root, 'p.md')
    writeFileSync(prompt, 'lane: audit_claude\n')
    const args = ['-p', 'Review.', '--permission-mode', 'plan', '--tools', 'Read,Glob,Grep']
    const run = runFake(FAKE_CLAUDE, [
      ...args,
      '--append-system-prompt-file',
      prompt,
      '--output-format',
      'json',
      '--json-schema',
      JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object' })
    ])
    expect(run.status).toBe(0)
    const envelope = JSON.parse(run.stdout)
    expect(envelope).not.toHaveProperty('structured_output')
    expect(JSON.parse(envelope.result)).toMatchObject({ audit_lane: 'claude' })
  })

  it.each([
    [['-p', 'x', '--bogus'], "error: unknown option '--bogus'"],
    [['-p', '--permission-mode', 'bogus', 'x'], "argument 'bogus' is invalid. Allowed choices are"],
    [['-p', '--output-format', 'yaml', 'x'], "option '--output-format <format>' argument 'yaml'"],
    [['-p', '--output-format', 'stream-json', 'x'], 'stream-json requires --verbose'],
    [['-p', '--json-schema', '{', 'x'], 'Error: --json-schema is not valid JSON'],
    [['-p', '--json-schema', '[1]', 'x'], 'Error: --json-schema must be a JSON object'],
    [['-p', '--append-system-prompt-file', '/nope.md', 'x'], 'Append system prompt file not found'],
    [['-p', '--tools', 'Read,Glob,Grep', 'hello'], 'Input must be provided either through stdin'],
    [['-p', '--model'], "error: option '--model <model>' argument missing"],
    [['-p', 'a', 'b'], 'error: too many arguments']
  ])('rejects %j with rc 1 like commander', (args, message) => {
    const run = runFake(FAKE_CLAUDE, args)
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(message)
    expect(run.stdout).toBe('')
  })

  it('only warns about an unknown effort, like the real CLI', () => {
    const run = runFake(FAKE_CLAUDE, [
      '-p',
      '--effort',
      'ultra',
      '--output-format',
      'json',
      '--',
      'x'
    ])
    expect(run.status).toBe(0)
    expect(run.stderr).toMatch(/Unknown --effort value 'ultra'/)
  })

  it('prints the is_error envelope on stdout and exits 1', () => {
    const scenario = sandbox.writeScenario({
      version: 1,
      scripts: [
        {
          lane: 'audit_claude',
          steps: [{ agent_error: { message: 'Not logged in · Please run /login' } }]
        }
      ]
    })
    const run = runFake(FAKE_CLAUDE, ['-p', '--output-format', 'json', '--', 'x'], {
      env: { FAKE_AGENT_SCENARIO: scenario }
    })
    expect(run.status).toBe(1)
    expect(JSON.parse(run.stdout)).toMatchObject({
      subtype: 'success',
      is_error: true,
      result: 'Not logged in · Please run /login'
    })
  })

  it('refuses scenario writes in plan mode and journals the violation', () => {
    const scenario = sandbox.writeScenario({
      version: 1,
      scripts: [{ lane: 'audit_claude', steps: [{ write: { 'notes.md': 'x' } }] }]
    })
    const run = runFake(
      FAKE_CLAUDE,
      ['-p', '--permission-mode', 'plan', '--output-format', 'json', '--', 'x'],
      {
        env: { FAKE_AGENT_SCENARIO: scenario }
      }
    )
    expect(run.status).toBe(0)
    expect(existsSync(join(sandbox.worktree, 'notes.md'))).toBe(false)
    expect(sandbox.journal()).toContainEqual(
      expect.objectContaining({ event: 'violation', reason: 'write in a read-only run: notes.md' })
    )
  })

  it('rejects a broken scenario file as a setup error', () => {
    const scenario = sandbox.writeScenario({ version: 1, scripts: [{ lane: 'nope', steps: [] }] })
    const run = runFake(FAKE_CLAUDE, ['-p', '--', 'x'], { env: { FAKE_AGENT_SCENARIO: scenario } })
    expect(run.status).toBe(70)
    expect(run.stderr).toMatch(/invalid scenario .*unknown lane nope/)
  })
})
