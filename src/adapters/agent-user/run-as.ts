import { spawn } from 'node:child_process'
import type { SpawnTarget } from '../process-runner.js'
import type { AgentUser } from './identity.js'

/**
 * How a child process becomes the agent user. A root orchestrator spawns it with the user's
 * uid and gid (libuv drops the supplementary groups on the way). Anyone else goes through
 * `sudo -n -u USER`: the environment travels in sudo's own environment (`-E`, which the
 * sudoers line allows with SETENV), never on a command line, where every process on the
 * machine could read it in /proc/<pid>/cmdline. Only PATH and HOME, which are not secret,
 * are restated through `env`, because sudo's secure_path and set_home would replace them.
 */

export type SpawnMode = 'uid' | 'sudo'

export function spawnModeFor(orchestratorUid: number): SpawnMode {
  return orchestratorUid === 0 ? 'uid' : 'sudo'
}

/** The one sudoers line a non-root runner needs (docs/security.md). */
export function sudoersLine(runnerUser: string, agentUser: string): string {
  return `${runnerUser} ALL=(${agentUser}) NOPASSWD:SETENV: ALL`
}

export function spawnTarget(
  user: AgentUser,
  mode: SpawnMode,
  command: string,
  args: readonly string[],
  env: Readonly<Record<string, string>>
): SpawnTarget {
  const identity = { USER: user.name, LOGNAME: user.name }
  if (mode === 'uid')
    return { command, args: [...args], env: { ...env, ...identity }, uid: user.uid, gid: user.gid }
  const restated = ['PATH', 'HOME']
    .filter((name) => env[name] !== undefined)
    .map((name) => `${name}=${env[name]}`)
  return {
    command: 'sudo',
    args: ['-n', '-E', '-u', user.name, '--', '/usr/bin/env', '--', ...restated, command, ...args],
    env: { ...env, ...identity }
  }
}

/**
 * The environment of the orchestrator's own short commands as the agent user: the
 * orchestrator's PATH, on which sudo is found (the commands themselves are absolute paths).
 */
export function helperEnv(): Record<string, string> {
  return { PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin' }
}

/** Throws when a helper command could not be run as the agent user at all (sudo refused it). */
export function assertRanAsAgentUser(run: CapturedRun, what: string): void {
  const refused = run.error ?? (/^sudo: /m.test(run.stderr) ? run.stderr.trim() : undefined)
  if (refused !== undefined)
    throw new Error(`cannot ${what} as the agent user: ${refused.split('\n')[0] ?? ''}`)
}

export interface CapturedRun {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
  readonly error?: string
}

/**
 * A short command of the orchestrator's own (a probe, a permission fix) run as the agent
 * user, output captured. Never for anything an agent wrote.
 */
export function runAsAgentUser(
  user: AgentUser,
  mode: SpawnMode,
  command: string,
  args: readonly string[],
  options: { readonly env: Readonly<Record<string, string>>; readonly cwd?: string }
): Promise<CapturedRun> {
  const target = spawnTarget(user, mode, command, args, options.env)
  return new Promise((resolve) => {
    let stdout = ''
    let stderr = ''
    let child: ReturnType<typeof spawn>
    try {
      child = spawn(target.command, target.args, {
        cwd: options.cwd ?? '/',
        env: target.env,
        stdio: ['ignore', 'pipe', 'pipe'],
        ...(target.uid === undefined ? {} : { uid: target.uid }),
        ...(target.gid === undefined ? {} : { gid: target.gid })
      })
    } catch (error) {
      resolve({ code: null, stdout, stderr, error: String(error) })
      return
    }
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.once('error', (error) => resolve({ code: null, stdout, stderr, error: error.message }))
    child.once('close', (code) => resolve({ code, stdout, stderr }))
  })
}
