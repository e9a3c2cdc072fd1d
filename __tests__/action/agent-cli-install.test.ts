import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { arch, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { prepareAgentClis } from '../../src/composition/actions/agent-clis.js'

// The install path of the item action's agent CLIs, with `npm` replaced by a stand-in on PATH
// that records its argv and lays out what `npm install --prefix` would: no network.

/** A fake npm: `install` writes node_modules/.bin/<tool> reporting the version asked for. */
function fakeNpm(): { dir: string; calls: () => string[][] } {
  const dir = mkdtempSync(join(tmpdir(), 'po-fake-npm-'))
  const log = join(dir, 'calls.jsonl')
  writeFileSync(
    join(dir, 'npm'),
    `#!/usr/bin/env node
const { appendFileSync, mkdirSync, writeFileSync, chmodSync } = require('node:fs')
const { join } = require('node:path')
const args = process.argv.slice(2)
appendFileSync(${JSON.stringify(log)}, JSON.stringify(args) + '\\n')
appendFileSync(${JSON.stringify(log)}.replace('calls', 'env'), Object.keys(process.env).join(' ') + '\\n')
if (args[0] !== 'install') process.exit(0)
const prefix = args[args.indexOf('--prefix') + 1]
const spec = args[args.length - 1]
const at = spec.lastIndexOf('@')
const name = spec.slice(0, at)
const version = spec.slice(at + 1)
const tool = name === '@openai/codex' ? 'codex' : 'claude'
const bin = join(prefix, 'node_modules', '.bin')
mkdirSync(bin, { recursive: true })
writeFileSync(join(bin, tool), '#!/bin/sh\\necho "' + tool + ' ' + version + '"\\n', { mode: 0o700 })
`
  )
  chmodSync(join(dir, 'npm'), 0o755)
  return {
    dir,
    calls: () =>
      existsSync(log)
        ? readFileSync(log, 'utf8')
            .trim()
            .split('\n')
            .map((line) => JSON.parse(line) as string[])
        : []
  }
}

function request(cache: string, npm: string) {
  return {
    install: true,
    allowUntested: false,
    versions: { codex: '', claude: '' },
    env: { RUNNER_TOOL_CACHE: cache, PATH: `${npm}:${dirname(process.execPath)}:/usr/bin:/bin` },
    log: () => undefined
  }
}

it('installs each missing CLI into the tool cache without dependency scripts, then reuses it', async () => {
  const cache = mkdtempSync(join(tmpdir(), 'po-tool-cache-'))
  const npm = fakeNpm()
  const first = await prepareAgentClis(request(cache, npm.dir))
  expect(first.used.map((use) => `${use.tool} ${use.version} ${use.from}`)).toEqual([
    'codex 0.169.0 installed into the tool cache',
    'claude 2.1.197 installed into the tool cache'
  ])
  const codexDir = join(cache, 'codex', '0.169.0', arch())
  expect(first.pathDirs).toEqual([
    join(codexDir, 'node_modules', '.bin'),
    join(cache, 'claude', '2.1.197', arch(), 'node_modules', '.bin')
  ])
  expect(existsSync(`${codexDir}.complete`)).toBe(true)
  // Readable and runnable by the agent user, writable by no one else.
  expect(statSync(join(codexDir, 'node_modules', '.bin', 'codex')).mode & 0o777).toBe(0o755)
  const installs = npm.calls().filter((args) => args[0] === 'install')
  expect(installs).toHaveLength(2)
  for (const args of installs) expect(args).toContain('--ignore-scripts')
  expect(installs.map((args) => args.at(-1))).toEqual([
    '@openai/codex@0.169.0',
    '@anthropic-ai/claude-code@2.1.197'
  ])
  // Only the agent's own package runs its install script.
  expect(
    npm
      .calls()
      .filter((args) => args[0] === 'rebuild')
      .map((args) => args.at(-1))
  ).toEqual(['@openai/codex', '@anthropic-ai/claude-code'])

  const before = npm.calls().length
  const second = await prepareAgentClis(request(cache, npm.dir))
  expect(second.used.map((use) => use.from)).toEqual(['tool cache', 'tool cache'])
  expect(npm.calls()).toHaveLength(before)
})

it('reinstalls an entry an interrupted install left without its .complete marker', async () => {
  const cache = mkdtempSync(join(tmpdir(), 'po-tool-cache-'))
  const npm = fakeNpm()
  await prepareAgentClis(request(cache, npm.dir))
  const marker = join(cache, 'claude', '2.1.197', `${arch()}.complete`)
  rmSync(marker)
  const again = await prepareAgentClis(request(cache, npm.dir))
  expect(again.used.map((use) => use.from)).toEqual(['tool cache', 'installed into the tool cache'])
})

it('without RUNNER_TOOL_CACHE, says how to go on', async () => {
  await expect(
    prepareAgentClis({ ...request('', fakeNpm().dir), env: { PATH: '/usr/bin:/bin' } })
  ).rejects.toThrow(/RUNNER_TOOL_CACHE is not set.*install-agents: false/)
})

it('uses what a runner was provisioned with when no version is asked for, refused when untested unless allowed', async () => {
  const cache = mkdtempSync(join(tmpdir(), 'po-tool-cache-'))
  const npm = fakeNpm()
  for (const [tool, version] of [
    ['codex', '0.170.0'],
    ['claude', '2.1.197']
  ] as const) {
    const bin = join(cache, tool, version, arch(), 'node_modules', '.bin')
    mkdirSync(bin, { recursive: true })
    writeFileSync(join(bin, tool), `#!/bin/sh\necho "${tool} ${version}"\n`, { mode: 0o755 })
    writeFileSync(join(cache, tool, version, `${arch()}.complete`), '')
  }
  await expect(prepareAgentClis(request(cache, npm.dir))).rejects.toThrow(
    /^codex 0\.170\.0 \(.*\/codex\/0\.170\.0\/.*\) is not a version the agent CLI contract suite verified \(tested: 0\.169\.0\); use codex-version: 0\.169\.0, or set allow-untested-agents: true/
  )
  expect(npm.calls()).toEqual([])
  const allowed = await prepareAgentClis({ ...request(cache, npm.dir), allowUntested: true })
  expect(allowed.used.map((use) => `${use.tool} ${use.version} ${use.from}`)).toEqual([
    'codex 0.170.0 tool cache',
    'claude 2.1.197 tool cache'
  ])
  // Naming the tested version installs it beside the other one.
  const pinned = await prepareAgentClis({
    ...request(cache, npm.dir),
    versions: { codex: '0.169.0', claude: '' }
  })
  expect(pinned.used[0]?.from).toBe('installed into the tool cache')
  expect(pinned.used[0]?.version).toBe('0.169.0')
})

it('runs npm without the job tokens, the inputs or the agents keys in its environment', async () => {
  const cache = mkdtempSync(join(tmpdir(), 'po-tool-cache-'))
  const npm = fakeNpm()
  const base = request(cache, npm.dir)
  await prepareAgentClis({
    ...base,
    env: {
      ...base.env,
      CODEX_API_KEY: 'sk-canary',
      ANTHROPIC_API_KEY: 'sk-ant-canary',
      'INPUT_GITHUB-TOKEN': 'ghs_canary',
      ACTIONS_RUNTIME_TOKEN: 'canary',
      GITHUB_TOKEN: 'ghs_canary'
    }
  })
  const seen = readFileSync(join(npm.dir, 'env.jsonl'), 'utf8').split(/\s+/)
  for (const name of [
    'CODEX_API_KEY',
    'ANTHROPIC_API_KEY',
    'INPUT_GITHUB-TOKEN',
    'ACTIONS_RUNTIME_TOKEN',
    'GITHUB_TOKEN'
  ])
    expect(seen).not.toContain(name)
  expect(seen).toContain('RUNNER_TOOL_CACHE')
})
