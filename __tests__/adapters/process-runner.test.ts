import { mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildAgentEnv, buildChildEnv, runProcess } from '../../src/adapters/process-runner.js'
import type { ProcessSpec } from '../../src/adapters/process-runner.js'
import { expectGroupGone, expectProcessGone } from './agents/support.js'

let dir: string

beforeEach(() => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), 'plan-orchestrator-runner-')))
})

afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

function node(script: string, overrides: Partial<ProcessSpec> = {}): ProcessSpec {
  return {
    command: process.execPath,
    args: ['-e', script],
    cwd: dir,
    env: { PATH: process.env.PATH ?? '' },
    stdin: { kind: 'ignore' },
    stdoutPath: join(dir, 'logs', 'out.log'),
    stderrPath: join(dir, 'logs', 'err.log'),
    timeoutMs: 5000,
    killGraceMs: 200,
    ...overrides
  }
}

const read = (name: string): string => readFileSync(join(dir, 'logs', name), 'utf8')

/** Prints the grandchild's pid, then hangs; the grandchild shares the group. */
const SPAWN_GRANDCHILD = `
const { spawn } = require('node:child_process')
const grandchild = spawn(process.execPath, ['-e', 'setInterval(() => {}, 60000)'], { stdio: 'ignore' })
process.stdout.write(String(grandchild.pid) + '\\n')
`

describe('runProcess', () => {
  it('writes stdout and stderr to their logs and reports the exit code', async () => {
    const lines: string[] = []
    const result = await runProcess(
      node(
        "console.log('one'); console.error('two'); process.stdout.write('three'); process.exit(3)",
        {
          onLine: (line, stream) => lines.push(`${stream}:${line}`)
        }
      )
    )
    expect(result).toMatchObject({ exitCode: 3, signal: null, timedOut: false, spawnError: null })
    expect(result.pid).toEqual(expect.any(Number))
    expect(read('out.log')).toBe('one\nthree')
    expect(read('err.log')).toBe('two\n')
    expect(lines.sort()).toEqual(['stderr:two', 'stdout:one', 'stdout:three'])
  })

  it('writes a text stdin and closes it, so a reader sees end of input', async () => {
    const result = await runProcess(
      node(
        "let s = ''; process.stdin.on('data', (d) => (s += d)).on('end', () => console.log(s.toUpperCase()))",
        {
          stdin: { kind: 'text', text: 'prompt text' }
        }
      )
    )
    expect(result.exitCode).toBe(0)
    expect(read('out.log')).toBe('PROMPT TEXT\n')
  })

  it('never hands the child our stdin: an ignored stdin is at end of input at once', async () => {
    const result = await runProcess(
      node("process.stdin.on('data', () => {}).on('end', () => console.log('eof'))", {
        timeoutMs: 2000
      })
    )
    expect(result).toMatchObject({ exitCode: 0, timedOut: false })
    expect(read('out.log')).toBe('eof\n')
  })

  it('merges both streams into one log when given the same path (verification logs)', async () => {
    const log = join(dir, 'logs', 'merged.log')
    const result = await runProcess({
      ...node(''),
      command: 'bash',
      args: ['-c', 'echo out; echo err >&2; exit 4'],
      stdoutPath: log,
      stderrPath: log
    })
    expect(result.exitCode).toBe(4)
    expect(read('merged.log').split('\n').sort()).toEqual(['', 'err', 'out'])
  })

  it('kills a child that runs past its wall-clock limit, with its whole group', async () => {
    const result = await runProcess(
      node(`${SPAWN_GRANDCHILD}; setInterval(() => console.log('busy'), 50)`, { timeoutMs: 600 })
    )
    expect(result).toMatchObject({ timedOut: 'wall', exitCode: null, signal: 'SIGTERM' })
    const grandchild = Number(read('out.log').split('\n')[0])
    await expectGroupGone(result.pid as number)
    await expectProcessGone(grandchild)
  })

  it('kills a child that goes quiet for longer than the idle limit', async () => {
    const result = await runProcess(
      node("console.log('started'); setInterval(() => {}, 60000)", {
        timeoutMs: 2000,
        idleTimeoutMs: 400
      })
    )
    // The idle limit fired, not the wall-clock one (2 s) that would also have ended it.
    expect(result.timedOut).toBe('idle')
    await expectGroupGone(result.pid as number)
  })

  it('keeps a child alive while it keeps talking, whatever the idle limit', async () => {
    const result = await runProcess(
      node(
        'let n = 0; const t = setInterval(() => { console.log(n); if (++n === 8) clearInterval(t) }, 80)',
        {
          idleTimeoutMs: 400
        }
      )
    )
    expect(result).toMatchObject({ exitCode: 0, timedOut: false })
  })

  it('follows SIGTERM with SIGKILL when the group ignores SIGTERM', async () => {
    const started = Date.now()
    const result = await runProcess(
      node(`process.on('SIGTERM', () => {}); ${SPAWN_GRANDCHILD}; setInterval(() => {}, 60000)`, {
        timeoutMs: 400,
        killGraceMs: 300
      })
    )
    const elapsed = Date.now() - started
    expect(result).toMatchObject({ timedOut: 'wall', signal: 'SIGKILL' })
    // SIGKILL came only after the grace that SIGTERM was given.
    expect(elapsed).toBeGreaterThanOrEqual(650)
    await expectGroupGone(result.pid as number)
    await expectProcessGone(Number(read('out.log').split('\n')[0]))
  })

  it('takes down what a finished child left running in its group', async () => {
    const result = await runProcess(
      node(`${SPAWN_GRANDCHILD}; setTimeout(() => process.exit(0), 100)`)
    )
    expect(result).toMatchObject({ exitCode: 0, timedOut: false })
    await expectGroupGone(result.pid as number)
    await expectProcessGone(Number(read('out.log').split('\n')[0]))
  })

  it('reports a missing executable or working directory instead of throwing', async () => {
    const missing = await runProcess({ ...node(''), command: join(dir, 'no-such-binary') })
    expect(missing).toMatchObject({ pid: null, exitCode: null, timedOut: false })
    expect(missing.spawnError).toMatch(/ENOENT/)

    const noCwd = await runProcess(node('', { cwd: join(dir, 'gone') }))
    expect(noCwd.pid).toBeNull()
    expect(noCwd.spawnError).toMatch(/ENOENT/)
  })

  it('runs bash -c with a timeout, as the verification gate does', async () => {
    const log = join(dir, 'logs', 'verify.log')
    const result = await runProcess({
      ...node(''),
      command: 'bash',
      args: ['-c', 'echo start; sleep 30'],
      stdoutPath: log,
      stderrPath: log,
      timeoutMs: 500
    })
    expect(result.timedOut).toBe('wall')
    expect(read('verify.log')).toBe('start\n')
    await expectGroupGone(result.pid as number)
  })
})

/** Writes `total` bytes of numbered lines to a stream, respecting backpressure. */
const FLOOD = (stream: 'stdout' | 'stderr', total: number): string => `
const out = process.${stream}
let sent = 0
let n = 0
function more() {
  while (sent < ${total}) {
    const line = ('line ' + n++ + ' ').padEnd(99, '.') + '\\n'
    const chunk = line.slice(0, ${total} - sent)
    sent += chunk.length
    if (!out.write(chunk)) return out.once('drain', more)
  }
}
more()
`

/** What FLOOD writes, for comparison. */
function floodText(total: number): string {
  let text = ''
  for (let n = 0; text.length < total; n += 1) text += `line ${n} `.padEnd(99, '.') + '\n'
  return text.slice(0, total)
}

describe('log size cap', () => {
  it('keeps the head and the tail of a long log, marks the cut and counts every byte', async () => {
    const total = 3 * 1024 * 1024
    const result = await runProcess(node(FLOOD('stdout', total), { maxLogBytes: 64 * 1024 }))
    expect(result.exitCode).toBe(0)
    const log = read('out.log')
    expect(Buffer.byteLength(log)).toBeLessThanOrEqual(64 * 1024)
    expect(log.startsWith('line 0 ...')).toBe(true)
    expect(log).toMatch(
      new RegExp(
        `\\[plan-orchestrator: output truncated: ${total} bytes in total, only the first \\d+ and the last \\d+ bytes are kept\\]`
      )
    )
    // The head and the tail are the output's own first and last bytes.
    const output = floodText(total)
    expect(log.slice(0, 1000)).toBe(output.slice(0, 1000))
    expect(log.slice(-1000)).toBe(output.slice(-1000))
    expect(result.logs?.stdout).toEqual({ totalBytes: total, truncated: true })
    expect(result.logs?.stderr).toEqual({ totalBytes: 0, truncated: false })
  })

  it('leaves a log under the cap as it was', async () => {
    const result = await runProcess(node(FLOOD('stderr', 1000), { maxLogBytes: 64 * 1024 }))
    expect(Buffer.byteLength(read('err.log'))).toBe(1000)
    expect(read('err.log')).not.toMatch(/truncated/)
    expect(result.logs?.stderr).toEqual({ totalBytes: 1000, truncated: false })
  })

  it('caps merged streams as one log', async () => {
    const log = join(dir, 'logs', 'merged.log')
    const result = await runProcess(
      node(`${FLOOD('stdout', 200_000)}; console.error('to stderr')`, {
        stdoutPath: log,
        stderrPath: log,
        maxLogBytes: 16 * 1024
      })
    )
    expect(Buffer.byteLength(read('merged.log'))).toBeLessThanOrEqual(16 * 1024)
    expect(read('merged.log')).toMatch(/output truncated: 200010 bytes in total/)
    expect(result.logs?.stdout).toEqual({ totalBytes: 200_010, truncated: true })
    expect(result.logs?.stdout).toBe(result.logs?.stderr)
  })

  it('streams a flood through without holding it: 600 MB past a small cap', async () => {
    const total = 600 * 1024 * 1024
    const script = `
const chunk = Buffer.alloc(1024 * 1024, 120)
let left = ${total / (1024 * 1024)}
function more() {
  while (left > 0) {
    left -= 1
    if (!process.stdout.write(chunk)) return process.stdout.once('drain', more)
  }
}
more()
`
    const before = process.memoryUsage().rss
    let peak = before
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss)
    }, 20)
    const result = await runProcess(node(script, { maxLogBytes: 1024 * 1024, timeoutMs: 120_000 }))
    clearInterval(sampler)
    expect(result.exitCode).toBe(0)
    expect(result.logs?.stdout).toEqual({ totalBytes: total, truncated: true })
    expect(Buffer.byteLength(read('out.log'))).toBeLessThanOrEqual(1024 * 1024)
    // Far below the 600 MB that went through.
    expect(peak - before).toBeLessThan(200 * 1024 * 1024)
  })
})

describe('child environments', () => {
  const source = {
    PATH: '/usr/bin',
    HOME: '/home/u',
    LANG: 'C.UTF-8',
    LC_ALL: 'C',
    TERM: 'xterm',
    TMPDIR: '/tmp',
    USER: 'u',
    SHELL: '/bin/bash',
    TZ: 'UTC',
    GITHUB_TOKEN: 'ghs_secret',
    GH_TOKEN: 'gh_secret',
    ACTIONS_RUNTIME_TOKEN: 'runtime',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
    'INPUT_GITHUB-TOKEN': 'input',
    OPENAI_API_KEY: 'sk-openai',
    ANTHROPIC_API_KEY: 'sk-ant',
    GIT_DIR: '/elsewhere/.git',
    BASH_ENV: '/tmp/evil.sh',
    FAKE_AGENT_SCENARIO: '/s.json',
    UNRELATED: 'x'
  }

  it('keeps only the allowlist', () => {
    expect(buildChildEnv(source)).toEqual({
      PATH: '/usr/bin',
      HOME: '/home/u',
      LANG: 'C.UTF-8',
      LC_ALL: 'C',
      TERM: 'xterm',
      TMPDIR: '/tmp',
      USER: 'u',
      SHELL: '/bin/bash'
    })
  })

  it('passes named variables and prefixes, but never tokens or git/shell hijacks', () => {
    const env = buildChildEnv(source, {
      passThrough: [
        'OPENAI_API_KEY',
        'FAKE_AGENT_*',
        'GITHUB_TOKEN',
        'ACTIONS_*',
        'GIT_DIR',
        'BASH_ENV'
      ]
    })
    expect(env.OPENAI_API_KEY).toBe('sk-openai')
    expect(env.FAKE_AGENT_SCENARIO).toBe('/s.json')
    for (const name of [
      'GITHUB_TOKEN',
      'GH_TOKEN',
      'ACTIONS_RUNTIME_TOKEN',
      'GIT_DIR',
      'BASH_ENV'
    ]) {
      expect(env).not.toHaveProperty(name)
    }
    expect(Object.keys(env).some((name) => name.startsWith('INPUT_'))).toBe(false)
  })

  it('denies named variables even when passed through', () => {
    const env = buildChildEnv(source, {
      passThrough: ['ANTHROPIC_API_KEY'],
      deny: ['ANTHROPIC_API_KEY']
    })
    expect(env).not.toHaveProperty('ANTHROPIC_API_KEY')
  })

  it('marks agent environments with the stage markers', () => {
    const env = buildAgentEnv(source, 'codex', { passThrough: ['OPENAI_API_KEY'] })
    expect(env).toMatchObject({
      PLAN_ORCHESTRATOR_STAGE_RUNNER: '1',
      PLAN_ORCHESTRATOR_STAGE_TOOL: 'codex',
      OPENAI_API_KEY: 'sk-openai'
    })
    expect(env).not.toHaveProperty('ANTHROPIC_API_KEY')
    expect(env).not.toHaveProperty('GITHUB_TOKEN')
  })
})
