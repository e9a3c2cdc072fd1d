import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { envelopeUsage, findResultEnvelope } from '../../src/adapters/agents/claude-envelope.js'
import { DEFAULT_MODEL_PRICES } from '../../src/core/usage/prices.js'
import { agentCallRecord } from '../../src/core/usage/records.js'
import { claudeCases, createContractArea, flagsOf } from './cases.js'
import {
  assertInstalled,
  CLAUDE_HIDDEN_FLAGS,
  CLI_SET,
  claudeVerdict,
  documents,
  FAKE_CLAUDE,
  initEvent,
  mapLimited,
  NOT_LOGGED_IN,
  PINNED_VERSIONS,
  REAL_CLAUDE,
  runScrubbed
} from './real-clis.js'
import type { ScrubbedRun } from './real-clis.js'

/**
 * Our claude argv against the real claude (`no-credentials-envelope`: the real argv, prompt
 * after `--`, stdin ignored, no credentials: a parsed argv ends in about a second in the
 * "Not logged in" envelope without touching the network; `--help` would prove nothing, since
 * commander short-circuits on it). The fake gets the same table with a scenario that answers
 * like a logged-out CLI, and must reach the same verdict.
 */

assertInstalled()
const area = createContractArea()
const cases = claudeCases(area)
for (const entry of cases) area.materialize(entry.invocation)
const scenario = join(area.root, 'logged-out.scenario.json')
writeFileSync(
  scenario,
  JSON.stringify({
    version: 1,
    scripts: [{ lane: 'audit_claude', steps: [{ agent_error: { message: NOT_LOGGED_IN } }] }]
  })
)

/** The envelope `usage` fields our parser reads. */
const isReadByUs = (field: string): boolean =>
  [
    'input_tokens',
    'cache_creation_input_tokens',
    'cache_read_input_tokens',
    'output_tokens'
  ].includes(field)

const real = new Map<string, ScrubbedRun>()
const fake = new Map<string, ScrubbedRun>()
const help: Record<string, ScrubbedRun> = {}

beforeAll(async () => {
  const options = { cwd: area.worktree }
  const [version, top] = await Promise.all([
    runScrubbed(REAL_CLAUDE, ['--version'], options),
    runScrubbed(REAL_CLAUDE, ['--help'], options)
  ])
  Object.assign(help, { version, top })
  await mapLimited(cases, 6, async (entry) => {
    const [realRun, fakeRun] = await Promise.all([
      runScrubbed(REAL_CLAUDE, entry.args, options),
      runScrubbed(FAKE_CLAUDE, entry.args, { ...options, env: { FAKE_AGENT_SCENARIO: scenario } })
    ])
    real.set(entry.name, realRun)
    fake.set(entry.name, fakeRun)
  })
}, 120_000)

afterAll(() => area.remove())

const run = (runs: Map<string, ScrubbedRun>, name: string): ScrubbedRun => {
  const found = runs.get(name)
  if (!found) throw new Error(`no run for ${name}`)
  return found
}

/** Whether the init event lists the StructuredOutput tool, i.e. the schema compiled. */
const structuredOutput = (result: ScrubbedRun): boolean | undefined => {
  const tools = initEvent(result.stdout)?.tools
  return Array.isArray(tools) ? tools.includes('StructuredOutput') : undefined
}

describe(`claude (${CLI_SET})`, () => {
  it('is the version under test', () => {
    expect(help.version?.status).toBe(0)
    const expected = CLI_SET === 'pinned' ? PINNED_VERSIONS.claude : String.raw`\d+\.\d+\.\d+`
    expect(help.version?.stdout.trim()).toMatch(new RegExp(`^${expected} \\(Claude Code\\)$`))
  })

  it('documents every flag the adapter can emit in `claude --help`, or lists it as hidden', () => {
    const text = help.top?.stdout ?? ''
    expect(help.top?.status).toBe(0)
    const emitted = new Set(
      cases.filter((entry) => entry.fromAdapter).flatMap((e) => flagsOf(e.args))
    )
    expect([...emitted]).toEqual(
      expect.arrayContaining(['--safe-mode', '--bare', '--strict-mcp-config', '--max-budget-usd'])
    )
    const missing = [...emitted].filter(
      (flag) => !documents(text, flag) && !CLAUDE_HIDDEN_FLAGS.includes(flag)
    )
    expect(missing).toEqual([])
    // Hidden flags stay on the list only while they really are hidden.
    const nowDocumented = CLAUDE_HIDDEN_FLAGS.filter((flag) => documents(text, flag))
    expect(nowDocumented).toEqual([])
    expect(documents(text, '--bogus-flag')).toBe(false)
  })

  it.each(cases.map((entry) => [entry.name, entry.expected] as const))(
    'real claude: %s → %s',
    (name, expected) => {
      const result = run(real, name)
      expect({ verdict: claudeVerdict(result), stderr: result.stderr.slice(0, 400) }).toEqual({
        verdict: expected,
        stderr: expected === 'accepted' ? '' : expect.any(String)
      })
    }
  )

  it('registers the StructuredOutput tool for the schema our adapter hands over', () => {
    const streamed = cases.filter(
      (entry) => entry.fromAdapter && entry.args.includes('stream-json')
    )
    expect(streamed.length).toBeGreaterThan(0)
    for (const entry of streamed) {
      expect([entry.name, structuredOutput(run(real, entry.name))]).toEqual([entry.name, true])
    }
    // The check discriminates: a schema Claude's strict draft-07 ajv cannot compile (the kernel's
    // as-is, with its 2020-12 line; an unknown keyword) gets no StructuredOutput tool. 2.1.197
    // drops it silently; 2.1.332 refuses the argv instead (see the cases above).
    for (const name of ['unprepared 2020-12 schema', 'schema with an unknown keyword']) {
      expect([name, structuredOutput(run(real, name)) === true]).toEqual([name, false])
    }
  })

  it('saw no credentials in any run', () => {
    for (const result of real.values()) {
      const init = initEvent(result.stdout)
      if (init) expect(init.apiKeySource).toBe('none')
    }
  })

  it('carries the usage fields our parser reads, and the fake prints the same ones', () => {
    // The logged-out envelope of the adapter's own argv: no call was made, so every figure is
    // 0, but the fields are the ones a paid call fills in.
    const adapterRuns = cases.filter((entry) => entry.fromAdapter)
    expect(adapterRuns.length).toBeGreaterThan(0)
    for (const entry of adapterRuns) {
      const envelope = findResultEnvelope(run(real, entry.name).stdout)
      expect([entry.name, envelope?.type]).toEqual([entry.name, 'result'])
      const fields = envelope as Record<string, unknown>
      expect(fields.usage).toEqual(
        expect.objectContaining({
          input_tokens: 0,
          cache_creation_input_tokens: 0,
          cache_read_input_tokens: 0,
          output_tokens: 0
        })
      )
      expect(fields).toEqual(
        expect.objectContaining({ total_cost_usd: 0, num_turns: expect.any(Number) })
      )
      expect(typeof fields.modelUsage).toBe('object')
      const usage = envelopeUsage(fields, { model: 'opus', effort: 'max' })
      expect(usage).toEqual({
        inputTokens: 0,
        cachedInputTokens: 0,
        cacheWriteTokens: 0,
        outputTokens: 0,
        costUsd: 0,
        numTurns: fields.num_turns,
        model: 'opus',
        effort: 'max'
      })
      // A cost the CLI reports is a known cost, even when it is 0: never "unknown".
      expect(
        agentCallRecord(
          {
            itemId: '01',
            attempt: 1,
            lane: 'audit_claude',
            cycle: 'execute.round-0',
            agent: 'claude',
            status: 'auth_error',
            startedAtUtc: '2026-12-06T00:00:00Z',
            durationMs: 1000,
            usage
          },
          DEFAULT_MODEL_PRICES
        )
      ).toMatchObject({ cost_usd: 0, cost_source: 'cli', tokens: { total: 0 } })
      // The fake's envelope reads the same.
      const fakeEnvelope = findResultEnvelope(run(fake, entry.name).stdout)
      expect(envelopeUsage(fakeEnvelope ?? {}, { model: 'opus', effort: 'max' })).toEqual(usage)
      const fakeUsage = (fakeEnvelope as Record<string, unknown> | undefined)?.usage as object
      expect(Object.keys(fakeUsage).sort()).toEqual(
        expect.arrayContaining(Object.keys(fields.usage as object).filter(isReadByUs))
      )
    }
  })

  it.each(cases.map((entry) => entry.name))('fake claude agrees with the real one: %s', (name) => {
    const realRun = run(real, name)
    const fakeRun = run(fake, name)
    expect({
      verdict: claudeVerdict(fakeRun),
      status: fakeRun.status,
      structuredOutput: structuredOutput(fakeRun)
    }).toEqual({
      verdict: claudeVerdict(realRun),
      status: realRun.status,
      structuredOutput: structuredOutput(realRun)
    })
  })
})
