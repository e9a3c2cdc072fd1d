/**
 * Environments for child processes are built from an allowlist, never by copying ours and
 * deleting what looks dangerous: a variable nobody thought of stays out by default.
 */

/** What every child gets when the source has it. */
export const BASE_ENV_NAMES: readonly string[] = [
  'PATH',
  'HOME',
  'LANG',
  'LC_*',
  'TERM',
  'TMPDIR',
  'USER',
  'SHELL'
]

/**
 * Never passed, even when a caller names them: the orchestrator's GitHub credentials, the
 * runner's internals and Actions inputs (which carry tokens), and variables that make a
 * shell run code or point git at another repository.
 */
export const NEVER_PASSED_ENV: readonly string[] = [
  'GITHUB_TOKEN',
  'GH_TOKEN',
  'GITHUB_PAT',
  'GH_ENTERPRISE_TOKEN',
  'GITHUB_ENTERPRISE_TOKEN',
  'PLAN_ORCHESTRATOR_GITHUB_TOKEN',
  'NODE_AUTH_TOKEN',
  'NPM_TOKEN',
  'ACTIONS_*',
  'INPUT_*',
  'BASH_ENV',
  'ENV',
  'PROMPT_COMMAND',
  'CDPATH',
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_COMMON_DIR'
]

export interface ChildEnvOptions {
  /** Extra names to copy from the source; `NAME_*` matches a prefix. */
  readonly passThrough?: readonly string[]
  /** Names this child must not see although named (e.g. another agent's key). */
  readonly deny?: readonly string[]
  /** Set last, after filtering (markers such as PLAN_ORCHESTRATOR_STAGE_TOOL). */
  readonly set?: Readonly<Record<string, string>>
}

export function buildChildEnv(
  source: Readonly<Record<string, string | undefined>>,
  options: ChildEnvOptions = {}
): Record<string, string> {
  const allowed = [...BASE_ENV_NAMES, ...(options.passThrough ?? [])]
  const denied = [...NEVER_PASSED_ENV, ...(options.deny ?? [])]
  const env: Record<string, string> = {}
  for (const [name, value] of Object.entries(source)) {
    if (value === undefined) continue
    if (!matchesAny(name, allowed) || matchesAny(name, denied)) continue
    env[name] = value
  }
  return { ...env, ...options.set }
}

/**
 * The environment of an agent CLI: the allowlist, the agent's own pass-through variables
 * (its credentials and home), and the stage markers the reference sets.
 */
export function buildAgentEnv(
  source: Readonly<Record<string, string | undefined>>,
  tool: string,
  options: Omit<ChildEnvOptions, 'set'> = {}
): Record<string, string> {
  return buildChildEnv(source, {
    ...options,
    set: { PLAN_ORCHESTRATOR_STAGE_RUNNER: '1', PLAN_ORCHESTRATOR_STAGE_TOOL: tool }
  })
}

/**
 * The runner's file-command files: whoever can write them sets the step's outputs and
 * environment, the next steps' PATH and the job summary.
 */
export const RUNNER_FILE_COMMAND_ENV: readonly string[] = [
  'GITHUB_OUTPUT',
  'GITHUB_ENV',
  'GITHUB_PATH',
  'GITHUB_STATE',
  'GITHUB_STEP_SUMMARY'
]

/**
 * Our own environment minus the job's credentials, the Actions inputs (which carry the token)
 * and the runner's file-command paths: for a process of ours, such as the kernel the item
 * action starts, that needs the rest of the environment but none of these. (Agents get an
 * allowlist, buildAgentEnv.)
 */
export function withoutJobSecrets(
  source: Readonly<Record<string, string | undefined>>
): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [name, value] of Object.entries(source)) {
    if (value === undefined) continue
    if (matchesAny(name, NEVER_PASSED_ENV) || matchesAny(name, RUNNER_FILE_COMMAND_ENV)) continue
    env[name] = value
  }
  return env
}

export function matchesAny(name: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) =>
    pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern
  )
}
