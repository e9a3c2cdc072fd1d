import { access } from 'node:fs/promises'
import { constants } from 'node:fs'
import { homedir } from 'node:os'
import { delimiter, join } from 'node:path'
import type { GitPort } from './ports.js'

/**
 * Checks made before a run touches anything. Each failure is one sentence that says what
 * is wrong and what to do; all are reported together.
 */

export const CLEAN_ENV_OVERRIDE = 'PLAN_ORCHESTRATOR_CLEAN_ENV_CONFIRMED'

export interface PreflightInput {
  readonly repoRoot: string
  readonly git: GitPort
  readonly env: Readonly<Record<string, string | undefined>>
  /** Executables the chosen agents need on PATH (none for the scripted agent). */
  readonly requiredExecutables: readonly string[]
}

export async function preflight(input: PreflightInput): Promise<string[]> {
  const problems: string[] = []
  const ambient = await ambientAgentConfig(input.repoRoot, input.env)
  if (ambient.length > 0 && input.env[CLEAN_ENV_OVERRIDE] !== '1') {
    problems.push(
      `ambient agent configuration found (${ambient.join(', ')}): it changes how codex and claude behave ` +
        `outside the reviewed plan. Remove it, or set ${CLEAN_ENV_OVERRIDE}=1 once you have reviewed it.`
    )
  }
  for (const name of input.requiredExecutables) {
    if ((await findExecutable(name, input.env.PATH ?? '')) === undefined) {
      problems.push(`${name} is not on PATH; install it or choose another agent set`)
    }
  }
  const identity = await input.git.identity(input.repoRoot)
  const missing = [
    identity.name ? undefined : 'user.name',
    identity.email ? undefined : 'user.email'
  ].filter(Boolean)
  if (missing.length > 0) {
    problems.push(
      `git identity is not set (${missing.join(', ')}); checkpoint commits need it: git config ${missing[0]} …`
    )
  }
  const checkout = await input.git.cleanTrackedCheckout(input.repoRoot)
  if (!checkout.clean) {
    problems.push(
      `the checkout has uncommitted changes to tracked files (${checkout.dirty.slice(0, 5).join(', ')}` +
        `${checkout.dirty.length > 5 ? ', …' : ''}); commit or stash them first`
    )
  }
  if (!(await input.git.isIgnored(input.repoRoot, '.local/plan-orchestrator-probe'))) {
    problems.push(
      '.local/ is not ignored by git; add ".local/" to .gitignore (run artifacts and worktrees live there)'
    )
  }
  return problems
}

async function ambientAgentConfig(repoRoot: string, env: PreflightInput['env']): Promise<string[]> {
  const home = env.HOME ?? homedir()
  // The CLIs read their homes from these variables when set, and the agents inherit them.
  const codexHome = env.CODEX_HOME?.trim() || join(home, '.codex')
  const claudeHome = env.CLAUDE_CONFIG_DIR?.trim() || join(home, '.claude')
  const candidates = [
    ...new Set([
      join(home, '.codex', 'config.toml'),
      join(codexHome, 'config.toml'),
      join(repoRoot, '.codex', 'config.toml'),
      join(home, '.claude', 'settings.json'),
      join(claudeHome, 'settings.json'),
      join(repoRoot, '.claude', 'settings.json'),
      join(repoRoot, '.mcp.json')
    ])
  ]
  const found: string[] = []
  for (const path of candidates) {
    if (await exists(path)) found.push(path)
  }
  return found
}

async function findExecutable(name: string, path: string): Promise<string | undefined> {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, name)
    const ok = await access(candidate, constants.X_OK).then(
      () => true,
      () => false
    )
    if (ok) return candidate
  }
  return undefined
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false
  )
}
