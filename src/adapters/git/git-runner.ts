/**
 * The one place that spawns git (through simple-git). Every orchestrator git call gets the
 * same hardened configuration and environment, because the repository's own configuration
 * is partly writable by the agent running in a worktree (hooks and config live in the shared
 * git directory) and partly the user's (global hooks, signing):
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
import { statSync } from 'node:fs'
import { GitError, simpleGit } from 'simple-git'
import { NEVER_PASSED_ENV, matchesAny } from '../child-env.js'
import { GitAdapterError, oneLine } from './errors.js'

export const HARDENED_CONFIG = [
  'core.hooksPath=/dev/null',
  'commit.gpgSign=false',
  'core.fsmonitor=false'
]

/** Variables simple-git refuses to pass on (they name programs git may run); git needs none. */
const DROPPED_VARIABLES = new Set(['EDITOR', 'VISUAL', 'PAGER', 'PREFIX', 'SSH_ASKPASS'])

export function hardenedGitEnv(base: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [name, value] of Object.entries(base)) {
    if (value === undefined) continue
    if (name.toUpperCase().startsWith('GIT_') || DROPPED_VARIABLES.has(name.toUpperCase())) continue
    if (matchesAny(name, NEVER_PASSED_ENV)) continue
    env[name] = value
  }
  return {
    ...env,
    GIT_TERMINAL_PROMPT: '0',
    GIT_NO_REPLACE_OBJECTS: '1',
    GIT_OPTIONAL_LOCKS: '0',
    LC_ALL: 'C'
  }
}

/** simple-git only fails on a non-zero exit when git wrote to stderr; we want every exit code. */
class GitExitError extends GitError {
  constructor(
    readonly exitCode: number,
    readonly stderr: string
  ) {
    super(undefined, stderr)
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

type GitClient = ReturnType<typeof simpleGit>

function newClient(cwd: string, envConfig: readonly (readonly [string, string])[]): GitClient {
  try {
    return simpleGit({
      baseDir: cwd,
      config: HARDENED_CONFIG,
      trimmed: false,
      unsafe: {
        allowUnsafeHooksPath: true,
        allowUnsafeFsMonitor: true,
        // Only the calls that bring their own configuration set GIT_CONFIG_COUNT.
        allowUnsafeConfigEnvCount: envConfig.length > 0
      },
      errors: (error, result) =>
        result.exitCode === 0
          ? error
          : new GitExitError(result.exitCode, Buffer.concat(result.stdErr).toString('utf8'))
    })
  } catch (error) {
    throw new GitAdapterError(
      'not_a_repository',
      `cannot run git in ${cwd}: ${error instanceof Error ? error.message : String(error)}`
    )
  }
}

/**
 * Idle clients per directory, for calls without `envConfig`. Building a simple-git instance
 * (its plugins, loggers and scheduler) for every call allocated enough to make the heap and
 * the RSS grow with every process a run spawned (docs/performance.md#memory); an instance is
 * reused only by one call at a time, because calls on one instance queue behind each other
 * and a failed call drops the instance's queued calls.
 */
const idleClients = new Map<string, GitClient[]>()
const MAX_POOLED_DIRECTORIES = 8
const MAX_IDLE_PER_DIRECTORY = 4

function acquire(cwd: string): GitClient {
  const idle = idleClients.get(cwd)
  const reused = idle?.pop()
  if (idle !== undefined && idle.length === 0) idleClients.delete(cwd)
  // A fresh client refuses a directory that is gone (a removed worktree); so does a reused one.
  return reused !== undefined && isDirectory(cwd) ? reused : newClient(cwd, [])
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

function release(cwd: string, client: GitClient): void {
  const idle = idleClients.get(cwd) ?? []
  if (idle.length >= MAX_IDLE_PER_DIRECTORY) return
  // Most recently used last, so the oldest directory is the first key to drop.
  idleClients.delete(cwd)
  idleClients.set(cwd, [...idle, client])
  for (const oldest of idleClients.keys()) {
    if (idleClients.size <= MAX_POOLED_DIRECTORIES) break
    idleClients.delete(oldest)
  }
}

/** Runs `args` with a client of its own for the duration of the call. */
async function withClient(
  cwd: string,
  args: readonly string[],
  options: GitCallOptions
): Promise<string> {
  const envConfig = options.envConfig ?? []
  const pooled = envConfig.length === 0
  const client = pooled ? acquire(cwd) : newClient(cwd, envConfig)
  // The environment is read at every call, as a fresh client would.
  client.env({
    ...hardenedGitEnv(),
    ...(envConfig.length > 0 ? envConfigVariables(envConfig) : {})
  })
  const stdout = await client.raw([...args])
  // A client whose call failed is dropped: simple-git resets its queue after a failure.
  if (pooled) release(cwd, client)
  return stdout
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
    return await withClient(cwd, args, options)
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
    return { exitCode: 0, stdout: await withClient(cwd, args, options) }
  } catch (error) {
    if (error instanceof GitExitError && answers.includes(error.exitCode))
      return { exitCode: error.exitCode, stdout: '' }
    throw toAdapterError(cwd, args, error)
  }
}
