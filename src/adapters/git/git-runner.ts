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
 *   are in English so errors read the same everywhere.
 */
import { GitError, simpleGit } from 'simple-git'
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

function client(cwd: string) {
  try {
    return simpleGit({
      baseDir: cwd,
      config: HARDENED_CONFIG,
      trimmed: false,
      unsafe: { allowUnsafeHooksPath: true, allowUnsafeFsMonitor: true },
      errors: (error, result) =>
        result.exitCode === 0
          ? error
          : new GitExitError(result.exitCode, Buffer.concat(result.stdErr).toString('utf8'))
    }).env(hardenedGitEnv())
  } catch (error) {
    throw new GitAdapterError(
      'not_a_repository',
      `cannot run git in ${cwd}: ${error instanceof Error ? error.message : String(error)}`
    )
  }
}

function toAdapterError(cwd: string, args: readonly string[], error: unknown): GitAdapterError {
  if (error instanceof GitAdapterError) return error
  const detail = oneLine(error instanceof Error ? error.message : String(error))
  if (/not a git repository/i.test(detail))
    return new GitAdapterError('not_a_repository', `${cwd} is not inside a git repository`)
  return new GitAdapterError('command_failed', `git ${args[0] ?? ''} failed in ${cwd}: ${detail}`)
}

/** Runs git and returns stdout untouched (NUL separators included); throws on any failure. */
export async function runGit(cwd: string, args: readonly string[]): Promise<string> {
  try {
    return await client(cwd).raw([...args])
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
  answers: readonly number[] = [1]
): Promise<{ exitCode: number; stdout: string }> {
  try {
    return { exitCode: 0, stdout: await client(cwd).raw([...args]) }
  } catch (error) {
    if (error instanceof GitExitError && answers.includes(error.exitCode))
      return { exitCode: error.exitCode, stdout: '' }
    throw toAdapterError(cwd, args, error)
  }
}
