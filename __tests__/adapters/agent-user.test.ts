import { execFileSync, spawn } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { jest } from '@jest/globals'
import { openCallDir, readAgentFile } from '../../src/adapters/agent-user/call-dir.js'
import {
  type AgentUser,
  agentUserProblems,
  lookupAgentUser
} from '../../src/adapters/agent-user/identity.js'
import { probeAgentUser } from '../../src/adapters/agent-user/preflight.js'
import { spawnTarget, sudoersLine } from '../../src/adapters/agent-user/run-as.js'
import { stopUserProcesses } from '../../src/adapters/agent-user/user-processes.js'
import { createWorktreeAccess } from '../../src/adapters/agent-user/worktree-access.js'
import { type RunAs, runProcess } from '../../src/adapters/process-runner.js'
import { createAgentIsolation } from '../../src/adapters/agent-user/isolation.js'
import { createClaudeAgent } from '../../src/adapters/agents/claude.js'
import { createCodexAgent } from '../../src/adapters/agents/codex.js'
import { rawOutputPathFor } from '../../src/adapters/agents/invocation.js'
import { FAKE_CLAUDE, FAKE_CODEX, createAgentSandbox } from './agents/support.js'
import { ensureAgentUser, openToOthers, processesOf } from '../helpers/agent-user.js'

// The pieces of agent isolation against the real kernel: a real second user (created by the
// test, as root), real uids on files and processes, real /proc.

jest.setTimeout(60_000)

const ROOT = { uid: 0, gid: 0 }
let user: AgentUser
let dir: string

beforeAll(async () => {
  ensureAgentUser('po-agent-unit')
  const found = await lookupAgentUser('po-agent-unit')
  if (found === undefined) throw new Error('the test agent user was not created')
  user = found
})

beforeEach(() => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), 'po-agent-user-')))
  openToOthers(dir)
})

function asAgentUser(): RunAs {
  return {
    spawnTarget: (command, args, env) => spawnTarget(user, 'uid', command, args, env),
    afterExit: () => stopUserProcesses(user, 'uid')
  }
}

/** Runs a shell command as the agent user; its exit code (0 when it could do it). */
function asAgent(script: string, cwd = '/'): number {
  try {
    execFileSync('bash', ['-c', script], { cwd, uid: user.uid, gid: user.gid, stdio: 'ignore' })
    return 0
  } catch (error) {
    return (error as { status?: number }).status ?? -1
  }
}

describe('the agent user', () => {
  it('is looked up once with its ids, home and groups', () => {
    expect(user).toMatchObject({ name: 'po-agent-unit', groupName: expect.any(String) })
    expect(user.uid).toBeGreaterThan(0)
    expect(user.groups).toContain(user.gid)
  })

  it('is refused when missing, root, in root group or the orchestrator itself', async () => {
    const self = { uid: 4242, gid: 4242 }
    expect(agentUserProblems('nobody-here', undefined, self)).toEqual([
      expect.stringMatching(/^agent user 'nobody-here' does not exist; .*docs\/security\.md/)
    ])
    const root = await lookupAgentUser('root')
    expect(agentUserProblems('root', root, self)).toEqual(
      expect.arrayContaining([expect.stringContaining("agent user 'root' is root (uid 0)")])
    )
    expect(agentUserProblems(user.name, user, { uid: user.uid, gid: 1 })).toEqual([
      expect.stringContaining('is the user plan-orchestrator runs as')
    ])
    expect(agentUserProblems(user.name, { ...user, groups: [user.gid, 0] }, self)).toEqual([
      expect.stringContaining('is in group 0 (root)')
    ])
    expect(agentUserProblems(user.name, { ...user, groups: [user.gid, 4242] }, self)).toEqual([
      expect.stringContaining("is in the orchestrator's group")
    ])
    expect(agentUserProblems(user.name, user, ROOT)).toEqual([])
  })
})

describe('spawning as the agent user', () => {
  it('runs the child with its uid and gid, and no supplementary group of ours', async () => {
    const result = await runProcess({
      command: 'bash',
      args: ['-c', 'echo "$(id -u) $(id -g) $(id -G) $HOME"'],
      cwd: dir,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir },
      stdin: { kind: 'ignore' },
      stdoutPath: join(dir, 'out.log'),
      stderrPath: join(dir, 'err.log'),
      timeoutMs: 10_000,
      killGraceMs: 200,
      runAs: asAgentUser()
    })
    expect(result.exitCode).toBe(0)
    expect(readFileSync(join(dir, 'out.log'), 'utf8').trim()).toBe(
      `${user.uid} ${user.gid} ${user.gid} ${dir}`
    )
  })

  it('stops a daemon that left the process group before the runner returns', async () => {
    const pidFile = join(dir, 'daemon.pid')
    chmodSync(dir, 0o777)
    const result = await runProcess({
      command: 'bash',
      args: [
        '-c',
        `setsid bash -c 'echo $$ > ${pidFile}; exec sleep 600' </dev/null >/dev/null 2>&1 & sleep 0.3`
      ],
      cwd: dir,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
      stdin: { kind: 'ignore' },
      stdoutPath: join(dir, 'out.log'),
      stderrPath: join(dir, 'err.log'),
      timeoutMs: 10_000,
      killGraceMs: 200,
      runAs: asAgentUser()
    })
    expect(result.exitCode).toBe(0)
    expect(existsSync(pidFile)).toBe(true)
    expect(processesOf(user.uid)).toEqual([])
  })

  it('stops every process of the user, whoever started it', async () => {
    const daemon = spawn('sleep', ['600'], {
      uid: user.uid,
      gid: user.gid,
      detached: true,
      stdio: 'ignore'
    })
    daemon.unref()
    while (!processesOf(user.uid).includes(daemon.pid as number)) await delay(10)
    await stopUserProcesses(user, 'uid')
    expect(processesOf(user.uid)).toEqual([])
  })

  it("through sudo, carries the environment in sudo's own environment, never in argv", () => {
    const target = spawnTarget(user, 'sudo', 'codex', ['exec', '-'], {
      PATH: '/usr/bin:/bin',
      HOME: '/tmp/call/home',
      OPENAI_API_KEY: 'sk-secret'
    })
    expect(target).toEqual({
      command: 'sudo',
      args: [
        '-n',
        '-E',
        '-u',
        user.name,
        '--',
        '/usr/bin/env',
        '--',
        'PATH=/usr/bin:/bin',
        'HOME=/tmp/call/home',
        'codex',
        'exec',
        '-'
      ],
      env: expect.objectContaining({ OPENAI_API_KEY: 'sk-secret', USER: user.name })
    })
    expect(target.args.join(' ')).not.toContain('sk-secret')
    expect(target.uid).toBeUndefined()
    expect(sudoersLine('runner', user.name)).toBe(`runner ALL=(${user.name}) NOPASSWD:SETENV: ALL`)
  })
})

describe('the worktree between stages', () => {
  function makeWorktree(): string {
    const worktree = join(dir, 'worktree')
    mkdirSync(join(worktree, 'src'), { recursive: true })
    writeFileSync(join(worktree, 'src', 'a.txt'), 'a\n')
    writeFileSync(join(worktree, '.git'), 'gitdir: /somewhere\n')
    return worktree
  }

  it('is writable by the agent user only while handed over, and all ours after', async () => {
    const worktree = makeWorktree()
    const access = createWorktreeAccess(user, 'uid', ROOT)
    const outside = join(dir, 'outside.txt')
    writeFileSync(outside, "not the agent's\n")
    chmodSync(outside, 0o666)

    await access.handOver(worktree)
    expect(lstatSync(join(worktree, '.git')).uid).toBe(0)
    expect(
      asAgent(
        [
          'echo b > src/b.txt',
          'echo changed > src/a.txt',
          'mkdir -p open && chmod 777 open',
          'cp /bin/true src/setuid && chmod 4755 src/setuid',
          `ln -s ${outside} src/link`,
          'mkfifo src/fifo'
        ].join(' && '),
        worktree
      )
    ).toBe(0)
    await access.takeBack(worktree)

    for (const path of ['src', 'src/a.txt', 'src/b.txt', 'open', 'src/setuid'])
      expect(lstatSync(join(worktree, path)).uid).toBe(0)
    expect(statSync(join(worktree, 'open')).mode & 0o7777).toBe(0o755)
    expect(statSync(join(worktree, 'src', 'setuid')).mode & 0o7000).toBe(0)
    // A link is taken back as a link: its target is not touched.
    expect(lstatSync(join(worktree, 'src', 'link')).isSymbolicLink()).toBe(true)
    expect(statSync(outside).uid).toBe(0)
    expect(statSync(outside).mode & 0o777).toBe(0o666)
    expect(statSync(worktree).mode & 0o777).toBe(0o700)
    expect(asAgent('ls', worktree)).not.toBe(0)

    await access.openForReading(worktree)
    expect(asAgent('cat src/a.txt src/b.txt', worktree)).toBe(0)
    expect(asAgent('echo x > src/a.txt', worktree)).not.toBe(0)
    expect(asAgent('echo x > open/new.txt', worktree)).not.toBe(0)
    expect(asAgent('echo x > new.txt', worktree)).not.toBe(0)
  })

  it('closes the other attempts and runs while letting the agent through to its own', async () => {
    const repo = join(dir, 'repo')
    const worktrees = join(repo, '.local/automation/plan_orchestrator/worktrees')
    const current = join(worktrees, 'RUN_A', 'item-01-attempt-2')
    const earlier = join(worktrees, 'RUN_A', 'item-01-attempt-1')
    const otherRun = join(worktrees, 'RUN_B')
    for (const path of [current, earlier, join(otherRun, 'item-01-attempt-1')])
      mkdirSync(path, { recursive: true, mode: 0o755 })
    chmodSync(join(repo, '.local'), 0o700)
    await createWorktreeAccess(user, 'uid', ROOT).openForReading(current)
    expect(asAgent('ls', current)).toBe(0)
    expect(asAgent(`ls ${earlier}`)).not.toBe(0)
    expect(asAgent(`ls ${otherRun}`)).not.toBe(0)
    expect(asAgent(`ls ${join(worktrees, 'RUN_A')}`)).not.toBe(0)
  })
})

describe('a call directory', () => {
  it('keeps only sound outputs: no link, no fifo, nothing too large', async () => {
    const call = await openCallDir(user, 'uid', ROOT)
    const secret = join(dir, 'private')
    mkdirSync(secret, { mode: 0o700 })
    chmodSync(secret, 0o700)
    writeFileSync(join(secret, 'key'), 'root only\n')
    expect(
      asAgent(
        [
          `cd ${call.outputs}`,
          'echo \'{"ok":true}\' > report.json',
          `ln -s ${join(secret, 'key')} linked.json`,
          'mkfifo fifo.json',
          'head -c 2000 /dev/zero > big.json'
        ].join(' && ')
      )
    ).toBe(0)
    expect(asAgent(`echo x > ${join(call.inputs, 'planted')}`)).not.toBe(0)
    await call.seal(['report.json', 'linked.json', 'fifo.json', 'missing.json'])
    expect(readdirSync(call.outputs).sort()).toEqual(['report.json'])
    expect(lstatSync(call.outputs).uid).toBe(0)
    expect(readFileSync(join(call.outputs, 'report.json'), 'utf8')).toBe('{"ok":true}\n')
    expect(await readAgentFile(join(call.root, 'outputs.agent', 'big.json'), 1000)).toBeUndefined()
    await call.remove()
    expect(existsSync(call.root)).toBe(false)
  })
})

describe('agent CLIs as the agent user', () => {
  it('codex and claude run as the user, and their reports come back as the kernel expects', async () => {
    const sandbox = createAgentSandbox()
    openToOthers(sandbox.root)
    writeFileSync(sandbox.journalPath, '')
    chmodSync(sandbox.journalPath, 0o666)
    const isolation = createAgentIsolation(user, 'uid', ROOT)
    const scenario = sandbox.writeScenario({
      version: 1,
      scripts: [
        { lane: 'execute', steps: [{ run: 'id -u > uid.txt' }, { write: { 'a.txt': 'a\n' } }] },
        { lane: 'audit_codex', steps: [{ run: 'echo pwned > planted.txt' }] },
        { lane: 'audit_claude', steps: [{ run: 'id -u > claude-uid.txt' }] }
      ]
    })
    const common = {
      passThrough: ['FAKE_AGENT_*'],
      sourceEnv: { FAKE_AGENT_SCENARIO: scenario, FAKE_AGENT_JOURNAL: sandbox.journalPath },
      agentUser: isolation
    }
    const codex = createCodexAgent({ ...common, command: FAKE_CODEX })
    const claude = createClaudeAgent({ ...common, command: FAKE_CLAUDE })

    const execute = sandbox.request('execute')
    const executed = await codex.run(execute)
    expect(executed).toMatchObject({
      status: 'ok',
      rawOutputPath: rawOutputPathFor(execute.reportPath)
    })
    expect(JSON.parse(readFileSync(execute.reportPath, 'utf8'))).toMatchObject({
      files_touched: ['a.txt']
    })
    expect(readFileSync(join(sandbox.worktree, 'uid.txt'), 'utf8').trim()).toBe(String(user.uid))
    expect(lstatSync(join(sandbox.worktree, 'a.txt')).uid).toBe(0)

    const audited = await codex.run(sandbox.request('audit_codex'))
    expect(audited.status).toBe('ok')
    expect(existsSync(join(sandbox.worktree, 'planted.txt'))).toBe(false)

    const second = sandbox.request('audit_claude')
    expect(await claude.run(second)).toMatchObject({ status: 'ok' })
    expect(existsSync(second.reportPath)).toBe(true)
    expect(processesOf(user.uid)).toEqual([])
    sandbox.remove()
  })
})

describe('the preflight probe', () => {
  it('names the directory that keeps the agent user out of the repository', async () => {
    const repo = join(dir, 'locked', 'repo')
    mkdirSync(repo, { recursive: true })
    chmodSync(join(dir, 'locked'), 0o700)
    const problems = await probeAgentUser({
      user,
      mode: 'uid',
      repoRoot: repo,
      executables: ['bash', 'no-such-agent-cli'],
      path: process.env.PATH ?? '/usr/bin:/bin',
      env: {}
    })
    expect(problems).toEqual([
      expect.stringContaining(`cannot enter ${join(dir, 'locked')}, on the way to the repository`),
      expect.stringContaining('cannot run no-such-agent-cli')
    ])
  })

  it('refuses a checkout whose git configuration hands the agent user a token', async () => {
    const repo = join(dir, 'checkout')
    execFileSync('git', ['init', '-q', repo])
    // What actions/checkout leaves behind with persist-credentials (here through an include).
    const included = join(dir, 'git-credentials.config')
    writeFileSync(
      included,
      '[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic c2VjcmV0\n'
    )
    execFileSync('git', ['-C', repo, 'config', 'include.path', included])
    const problems = await probeAgentUser({
      user,
      mode: 'uid',
      repoRoot: repo,
      executables: [],
      path: process.env.PATH ?? '/usr/bin:/bin',
      env: {}
    })
    expect(problems).toEqual([
      expect.stringContaining(
        `can read a credential in the checkout's git configuration (file:${included} http.https://github.com/.extraheader)`
      )
    ])
    expect(problems.join('\n')).not.toContain('c2VjcmV0')
  })

  it('refuses a checkout or runner file the agent user could write', async () => {
    const repo = join(dir, 'repo')
    mkdirSync(join(repo, '.git'), { recursive: true })
    writeFileSync(join(repo, '.git', 'config'), '')
    chmodSync(join(repo, '.git', 'config'), 0o666)
    const output = join(dir, 'set_output')
    writeFileSync(output, '')
    chmodSync(output, 0o666)
    const problems = await probeAgentUser({
      user,
      mode: 'uid',
      repoRoot: repo,
      executables: [],
      path: '/usr/bin:/bin',
      env: { GITHUB_OUTPUT: output }
    })
    expect(problems).toEqual([
      expect.stringContaining(`can write ${join(repo, '.git', 'config')}`),
      expect.stringContaining(`can write ${output}`)
    ])
  })
})
