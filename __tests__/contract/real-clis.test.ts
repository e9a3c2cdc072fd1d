import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LOOPBACK_DUMMY_KEY, loopbackClaudeEnv, mockCodexProvider } from './loopback.js'
import { helpSuffix, runCodexHelp, runScrubbed } from './real-clis.js'

/** The guarantees the contract suite rests on: nothing of ours reaches a CLI, no paid call. */

let cwd: string

beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), 'agent-cli-scrub-'))
})

afterAll(() => rmSync(cwd, { recursive: true, force: true }))

const PRINT_ENV = 'process.stdout.write(JSON.stringify(process.env))'

describe('runScrubbed', () => {
  it.each([
    'OPENAI_API_KEY',
    'ANTHROPIC_API_KEY',
    'CODEX_API_KEY',
    'CLAUDE_CODE_OAUTH_TOKEN',
    'ANTHROPIC_AUTH_TOKEN',
    'GITHUB_TOKEN',
    'AWS_SECRET_ACCESS_KEY',
    'openai_base_url'
  ])('refuses to pass %s', async (name) => {
    await expect(
      runScrubbed(process.execPath, ['-e', PRINT_ENV], { cwd, env: { [name]: 'x' } })
    ).rejects.toThrow(new RegExp(`credential-like variables: ${name}`))
  })

  it("passes nothing of this process's environment, and a fresh home", async () => {
    const saved = process.env.OPENAI_API_KEY
    process.env.OPENAI_API_KEY = 'sk-must-not-leak'
    try {
      const run = await runScrubbed(process.execPath, ['-e', PRINT_ENV], {
        cwd,
        env: { FAKE_AGENT_SCENARIO: '/s.json' }
      })
      const env = JSON.parse(run.stdout) as Record<string, string>
      expect(Object.keys(env).sort()).toEqual([
        'CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC',
        'CLAUDE_CONFIG_DIR',
        'CODEX_HOME',
        'FAKE_AGENT_SCENARIO',
        'HOME',
        'LANG',
        'PATH',
        'TMPDIR'
      ])
      expect(env.HOME).not.toBe(process.env.HOME)
      expect(env.CODEX_HOME?.startsWith(`${env.HOME}/`)).toBe(true)
      expect(env.CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC).toBe('1')
    } finally {
      if (saved === undefined) delete process.env.OPENAI_API_KEY
      else process.env.OPENAI_API_KEY = saved
    }
  })

  it('ignores stdin and kills the whole process group at the cap', async () => {
    const script =
      "const c = require('node:child_process').spawn('sleep', ['30'], { stdio: 'ignore' });" +
      "process.stdout.write(String(c.pid)); process.stdin.on('data', () => {});" +
      'setInterval(() => {}, 1000)'
    const run = await runScrubbed(process.execPath, ['-e', script], { cwd, timeoutMs: 500 })
    expect(run.timedOut).toBe(true)
    expect(run.signal).toBe('SIGKILL')
    const grandchild = Number(run.stdout)
    expect(grandchild).toBeGreaterThan(0)
    expect(await gone(grandchild)).toBe(true)
  })

  it('runs codex only with a trailing --help or --version', async () => {
    await expect(runCodexHelp('/bin/false', ['exec', '-'], { cwd })).rejects.toThrow(/--help/)
    expect(helpSuffix(['exec', '--json', '-'])).toEqual(['exec', '--json', '--help'])
    expect(helpSuffix(['exec', '--json'])).toEqual(['exec', '--json', '--help'])
  })
})

async function gone(pid: number): Promise<boolean> {
  for (let tries = 0; tries < 40; tries += 1) {
    try {
      process.kill(pid, 0)
    } catch {
      return true
    }
    await new Promise((done) => setTimeout(done, 50))
  }
  return false
}

describe('loopback model endpoints', () => {
  it('hands out the dummy claude key only with a loopback base URL', () => {
    expect(loopbackClaudeEnv('http://127.0.0.1:4242')).toMatchObject({
      ANTHROPIC_BASE_URL: 'http://127.0.0.1:4242',
      ANTHROPIC_API_KEY: LOOPBACK_DUMMY_KEY
    })
    for (const url of [
      'https://api.anthropic.com',
      'http://127.0.0.1.example.com:80',
      'http://localhost:4242',
      'http://10.0.0.1:4242'
    ]) {
      expect(() => loopbackClaudeEnv(url)).toThrow(/not loopback/)
      expect(() => mockCodexProvider(url)).toThrow(/not loopback/)
    }
  })
})
