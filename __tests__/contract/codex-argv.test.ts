import { codexCases, createContractArea, flagsOf } from './cases.js'
import {
  assertInstalled,
  CLI_SET,
  codexVerdict,
  documents,
  FAKE_CODEX,
  helpSuffix,
  mapLimited,
  PINNED_VERSIONS,
  REAL_CODEX,
  runCodexHelp
} from './real-clis.js'
import type { ScrubbedRun } from './real-clis.js'

/**
 * Our codex argv against the real codex parser (`help-suffix`: the argv with `--help` in place
 * of the trailing `-`, so clap parses every token and then exits, never touching the
 * network), and the fake's verdict against the real one for the same table.
 */

assertInstalled()
const area = createContractArea()
const cases = codexCases(area)
for (const entry of cases) area.materialize(entry.invocation)

const real = new Map<string, ScrubbedRun>()
const fake = new Map<string, ScrubbedRun>()
const help: Record<string, ScrubbedRun> = {}

beforeAll(async () => {
  const options = { cwd: area.worktree }
  const [version, top, exec] = await Promise.all([
    runCodexHelp(REAL_CODEX, ['--version'], options),
    runCodexHelp(REAL_CODEX, ['--help'], options),
    runCodexHelp(REAL_CODEX, ['exec', '--help'], options)
  ])
  Object.assign(help, { version, top, exec })
  await mapLimited(cases, 4, async (entry) => {
    const args = helpSuffix(entry.args)
    real.set(entry.name, await runCodexHelp(REAL_CODEX, args, options))
    fake.set(entry.name, await runCodexHelp(FAKE_CODEX, args, options))
  })
}, 120_000)

afterAll(() => area.remove())

const run = (runs: Map<string, ScrubbedRun>, name: string): ScrubbedRun => {
  const found = runs.get(name)
  if (!found) throw new Error(`no run for ${name}`)
  return found
}

describe(`codex (${CLI_SET})`, () => {
  it('is the version under test', () => {
    expect(help.version?.status).toBe(0)
    const expected = CLI_SET === 'pinned' ? PINNED_VERSIONS.codex : String.raw`\d+\.\d+\.\d+`
    expect(help.version?.stdout.trim()).toMatch(new RegExp(`^codex-cli ${expected}$`))
  })

  it('still has the exec subcommand', () => {
    expect(help.top?.status).toBe(0)
    expect(help.top?.stdout).toMatch(/^\s+exec\s/m)
  })

  it('documents every flag the adapter can emit in `codex exec --help`', () => {
    const text = help.exec?.stdout ?? ''
    expect(help.exec?.status).toBe(0)
    const emitted = new Set(
      cases.filter((entry) => entry.fromAdapter).flatMap((e) => flagsOf(e.args))
    )
    // The inventory must cover what the option matrix switches on, or it proves little.
    expect([...emitted]).toEqual(
      expect.arrayContaining(['--json', '-C', '-m', '-s', '--output-schema', '-o', '-c'])
    )
    expect([...emitted]).toEqual(expect.arrayContaining(['--ignore-user-config', '--ignore-rules']))
    const missing = [...emitted].filter((flag) => !documents(text, flag))
    expect(missing).toEqual([])
  })

  it('the inventory check notices a flag that is gone', () => {
    expect(documents(help.exec?.stdout ?? '', '--full-auto')).toBe(false)
    expect(documents(help.exec?.stdout ?? '', '-a')).toBe(false)
  })

  it.each(cases.map((entry) => [entry.name, entry.expected] as const))(
    'real codex: %s → %s',
    (name, expected) => {
      const result = run(real, name)
      expect({ verdict: codexVerdict(result), stderr: result.stderr.slice(0, 400) }).toEqual({
        verdict: expected,
        stderr: expect.any(String)
      })
      if (expected === 'rejected') expect(result.status).toBe(2)
    }
  )

  it.each(cases.map((entry) => entry.name))('fake codex agrees with the real one: %s', (name) => {
    const realRun = run(real, name)
    const fakeRun = run(fake, name)
    expect({ fake: codexVerdict(fakeRun), status: fakeRun.status }).toEqual({
      fake: codexVerdict(realRun),
      status: realRun.status
    })
  })
})
