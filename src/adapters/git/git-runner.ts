/**
 * Where git commands run (`runGit`; the review copy's `cat-file --batch` reuses the settings
 * below). Every orchestrator git call gets the same hardened configuration and environment,
 * because the repository's own configuration is partly writable by the agent running in a
 * worktree (hooks and config live in the shared git directory) and partly the user's (global
 * hooks, signing):
 *
 * - `core.hooksPath=/dev/null`: no hook runs for orchestrator operations. A hook planted by an
 *   agent in the shared hooks directory would otherwise run with the orchestrator's
 *   environment and tokens, and a user's global pre-commit hook or commit-msg linter must not
 *   reshape or block checkpoint commits.
 * - `commit.gpgSign=false`: a checkpoint commit is bookkeeping inside a throwaway branch; a
 *   signing setup that needs a passphrase or a hardware key would hang or fail the run.
 * - `core.fsmonitor=false`: an fsmonitor is a program git runs on `status`; it could also
 *   hide changes from the scope check.
 * - Environment: inherited `GIT_*` variables are dropped so `GIT_DIR`, `GIT_INDEX_FILE`,
 *   `GIT_CONFIG_*` and friends from the caller cannot redirect our commands. Replace refs are
 *   ignored (they could make a diff show other content than the commit holds), and messages
 *   are in English so errors read the same everywhere. Tokens and Actions inputs are dropped
 *   too: git needs none of them, and a hook or helper it runs would inherit them.
 *
 * A call that needs a secret in git's configuration (a remote's credentials) passes it as
 * `envConfig`: git reads it from `GIT_CONFIG_COUNT`/`GIT_CONFIG_KEY_n`/`GIT_CONFIG_VALUE_n` in
 * the environment of that one process, never from argv, which every process on the machine can
 * read in /proc/<pid>/cmdline.
 */
import { spawn } from 'node:child_process'
import { statSync } from 'node:fs'
import { NEVER_PASSED_ENV, matchesAny } from '../child-env.js'
import { GitAdapterError, oneLine } from './errors.js'

const HARDENED_CONFIG = ['core.hooksPath=/dev/null', 'commit.gpgSign=false', 'core.fsmonitor=false']

/**
 * Variables that name programs git may run (an editor, a pager, a password prompt); git
 * needs none.
 */
const DROPPED_VARIABLES = new Set(['EDITOR', 'VISUAL', 'PAGER', 'PREFIX', 'SSH_ASKPASS'])

/** Whether git gets a variable, by name; remembered, as a run asks for every git process. */
const passedToGit = new Map<string, boolean>()

function isPassedToGit(name: string): boolean {
  let passed = passedToGit.get(name)
  if (passed === undefined) {
    const upper = name.toUpperCase()
    passed =
      !upper.startsWith('GIT_') &&
      !DROPPED_VARIABLES.has(upper) &&
      !matchesAny(name, NEVER_PASSED_ENV)
    passedToGit.set(name, passed)
  }
  return passed
}

export function hardenedGitEnv(base: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const env: Record<string, string> = {}
  for (const name in base) {
    const value = base[name]
    if (value !== undefined && isPassedToGit(name)) env[name] = value
  }
  return {
    ...env,
    GIT_TERMINAL_PROMPT: '0',
    GIT_NO_REPLACE_OBJECTS: '1',
    GIT_OPTIONAL_LOCKS: '0',
    LC_ALL: 'C'
  }
}

export interface GitCallOptions {
  /**
   * Configuration for this one call, given to git in its environment, never in argv. For
   * secrets only; `-c` (the hardened settings) still wins over it.
   */
  readonly envConfig?: readonly (readonly [key: string, value: string])[]
}

function envConfigVariables(
  entries: readonly (readonly [string, string])[]
): Record<string, string> {
  const env: Record<string, string> = { GIT_CONFIG_COUNT: String(entries.length) }
  entries.forEach(([key, value], index) => {
    env[`GIT_CONFIG_KEY_${index}`] = key
    env[`GIT_CONFIG_VALUE_${index}`] = value
  })
  return env
}

/** The hardened settings as the `-c` arguments every git process gets. */
export const HARDENED_ARGS: readonly string[] = HARDENED_CONFIG.flatMap((setting) => [
  '-c',
  setting
])

/** A git process that ran and exited with a code other than 0. */
class GitExitError extends Error {
  constructor(
    readonly exitCode: number,
    readonly stderr: string
  ) {
    super(stderr.trim() === '' ? `exit code ${exitCode}` : stderr)
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

/**
 * One git process: stdin closed, stdout and stderr collected whole, resolved when both
 * streams are closed and the process has exited. Git is spawned directly (no shell), so no
 * argument is ever interpreted; every argument this adapter builds from a name it did not
 * choose (a ref, a path) is placed after the option it belongs to or after `--`.
 */
function spawnGit(cwd: string, args: readonly string[], options: GitCallOptions): Promise<string> {
  // git would fail with a misleading message (or spawn would blame git itself) in a directory
  // that is gone, e.g. a removed worktree.
  if (!isDirectory(cwd))
    return Promise.reject(
      new GitAdapterError('not_a_repository', `cannot run git in ${cwd}: no such directory`)
    )
  const envConfig = options.envConfig ?? []
  // The environment is read at every call: a caller may change it between calls.
  const env = {
    ...hardenedGitEnv(),
    ...(envConfig.length > 0 ? envConfigVariables(envConfig) : {})
  }
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...HARDENED_ARGS, ...args], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
    child.once('error', reject)
    // 'close' comes after 'exit' and after both streams ended, so nothing is cut short.
    child.once('close', (code, signal) => {
      const errorText = Buffer.concat(stderr).toString('utf8')
      if (code === 0) resolve(Buffer.concat(stdout).toString('utf8'))
      else if (code !== null) reject(new GitExitError(code, errorText))
      else
        reject(new Error(`killed by ${signal ?? 'a signal'}${errorText ? `: ${errorText}` : ''}`))
    })
  })
}

function toAdapterError(cwd: string, args: readonly string[], error: unknown): GitAdapterError {
  if (error instanceof GitAdapterError) return error
  const detail = oneLine(error instanceof Error ? error.message : String(error))
  if (/not a git repository/i.test(detail))
    return new GitAdapterError('not_a_repository', `${cwd} is not inside a git repository`)
  return new GitAdapterError('command_failed', `git ${args[0] ?? ''} failed in ${cwd}: ${detail}`)
}

/** Runs git and returns stdout untouched (NUL separators included); throws on any failure. */
export async function runGit(
  cwd: string,
  args: readonly string[],
  options: GitCallOptions = {}
): Promise<string> {
  try {
    return await spawnGit(cwd, args, options)
  } catch (error) {
    throw toAdapterError(cwd, args, error)
  }
}

/**
 * For commands whose exit code is the answer (`merge-base --is-ancestor`, `config --get`,
 * `check-ignore`): returns the code instead of throwing for the codes listed in `answers`.
 */
export async function runGitForExitCode(
  cwd: string,
  args: readonly string[],
  answers: readonly number[] = [1],
  options: GitCallOptions = {}
): Promise<{ exitCode: number; stdout: string }> {
  try {
    return { exitCode: 0, stdout: await spawnGit(cwd, args, options) }
  } catch (error) {
    if (error instanceof GitExitError && answers.includes(error.exitCode))
      return { exitCode: error.exitCode, stdout: '' }
    throw toAdapterError(cwd, args, error)
  }
}
