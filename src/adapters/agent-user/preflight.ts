import { existsSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { CONTROL_ROOT, REPORT_ROOT } from '../../core/run/layout.js'
import type { AgentUser } from './identity.js'
import { type SpawnMode, runAsAgentUser, sudoersLine } from './run-as.js'

/**
 * What preflight asks the agent user itself, through the same spawn path the agents take
 * (so a missing sudoers line shows here, not in the first stage): can it enter every
 * directory down to the repository, run the agents' executables, and is it kept out of what
 * it must not write: the checkout, its git directory, the run store, the runner's
 * file-command files. One sentence per problem.
 */

export interface AgentUserProbeInput {
  readonly user: AgentUser
  readonly mode: SpawnMode
  readonly repoRoot: string
  /** The agents' executables, looked up on `path` as the agent user. */
  readonly executables: readonly string[]
  readonly path: string
  readonly env: Readonly<Record<string, string | undefined>>
}

/** The runner's file-command files: a write to one is a workflow command. */
const RUNNER_FILES = [
  'GITHUB_OUTPUT',
  'GITHUB_ENV',
  'GITHUB_PATH',
  'GITHUB_STEP_SUMMARY',
  'GITHUB_STATE'
] as const

/**
 * Arguments: directories, `--`, executables, `--`, paths, `--`, the repository. For the
 * repository it lists the credentials git would hand the agent user from the checkout's
 * configuration (actions/checkout's persisted token): where and which key, never the value.
 */
const PROBE = `
phase=dirs
for arg; do
  case "$phase:$arg" in
    dirs:--) phase=exes ;;
    exes:--) phase=protected ;;
    protected:--) phase=repo ;;
    dirs:*) { [ -d "$arg" ] && [ -x "$arg" ]; } || printf 'blocked\\t%s\\n' "$arg" ;;
    exes:*) command -v -- "$arg" >/dev/null 2>&1 || printf 'missing\\t%s\\n' "$arg" ;;
    protected:*) if [ -e "$arg" ] && [ -w "$arg" ]; then printf 'writable\\t%s\\n' "$arg"; fi ;;
    repo:*)
      git -c safe.directory='*' -C "$arg" config --show-origin --get-regexp '^http\\..*extraheader$' 2>/dev/null |
        while IFS= read -r line; do
          origin=\${line%%\t*}
          rest=\${line#*\t}
          printf 'credential\\t%s %s\\n' "$origin" "\${rest%% *}"
        done ;;
  esac
done
printf 'probe-done\\n'
`

export async function probeAgentUser(input: AgentUserProbeInput): Promise<string[]> {
  const { user, mode, repoRoot } = input
  const who = `agent user '${user.name}'`
  const problems: string[] = []
  if (mode === 'sudo' && !process.getgroups?.().includes(user.gid)) {
    problems.push(
      `${who}: a non-root orchestrator shares each worktree with the agent user through its group; ` +
        `add this user to group ${user.groupName} (usermod -aG ${user.groupName} "$USER", then log in again; see docs/security.md)`
    )
  }
  const run = await runAsAgentUser(
    user,
    mode,
    '/bin/sh',
    [
      '-c',
      PROBE,
      'probe',
      ...ancestors(repoRoot),
      '--',
      ...input.executables,
      '--',
      ...protectedPaths(repoRoot, input.env),
      '--',
      repoRoot
    ],
    { env: { PATH: input.path, HOME: '/' } }
  )
  if (!run.stdout.includes('probe-done')) {
    const detail = (run.error ?? run.stderr.trim().split('\n').slice(-2).join(' ')) || 'no output'
    problems.push(
      mode === 'sudo'
        ? `cannot run commands as ${who} through sudo (${detail}); a non-root orchestrator needs the sudoers line "${sudoersLine(runnerName(input.env), user.name)}" (see docs/security.md)`
        : `cannot run commands as ${who} (${detail})`
    )
    return problems
  }
  const findings = run.stdout
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((parts): parts is [string, string] => parts.length === 2)
  const blocked = findings.find(([kind]) => kind === 'blocked')
  if (blocked !== undefined)
    problems.push(
      `${who} cannot enter ${blocked[1]}, on the way to the repository ${repoRoot}; ` +
        `let it through (chmod o+x ${blocked[1]}) or move the checkout (see docs/security.md)`
    )
  for (const [kind, what] of findings) {
    if (kind === 'missing')
      problems.push(`${who} cannot run ${what}: not on PATH or not executable for that user`)
    if (kind === 'credential')
      problems.push(
        `${who} can read a credential in the checkout's git configuration (${what}); ` +
          'check out without persisting credentials (actions/checkout with persist-credentials: false; see docs/security.md)'
      )
    if (kind === 'writable')
      problems.push(
        `${who} can write ${what}; the checkout, its git directory and the runner's files must belong to the orchestrator's user and not be writable by the agent user`
      )
  }
  return problems
}

/** `/`, `/home`, `/home/runner`, … down to the repository itself. */
function ancestors(path: string): string[] {
  const chain: string[] = []
  let dir = resolve(path)
  for (;;) {
    chain.unshift(dir)
    const parent = dirname(dir)
    if (parent === dir) return chain
    dir = parent
  }
}

function protectedPaths(
  repoRoot: string,
  env: Readonly<Record<string, string | undefined>>
): string[] {
  const gitDir = join(repoRoot, '.git')
  const paths = [repoRoot, gitDir]
  if (isDirectory(gitDir))
    paths.push(
      ...['config', 'hooks', 'refs', 'refs/heads', 'HEAD', 'info'].map((p) => join(gitDir, p))
    )
  for (const root of [CONTROL_ROOT, REPORT_ROOT]) paths.push(join(repoRoot, root))
  for (const name of RUNNER_FILES) {
    const file = env[name]
    if (file !== undefined && file !== '') paths.push(file, dirname(file))
  }
  return paths.filter((path) => existsSync(path))
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

function runnerName(env: Readonly<Record<string, string | undefined>>): string {
  return env.USER ?? env.LOGNAME ?? 'RUNNER_USER'
}
