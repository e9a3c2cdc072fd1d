import { tmpdir } from 'node:os'
import { type AgentIsolation } from '../adapters/agent-user/index.js'
import { createAgents } from '../adapters/agents/index.js'
import { defaultCallHomeParent } from '../adapters/agents/call-home.js'
import { CODEX_EFFORTS, type CodexEffort } from '../adapters/agents/codex.js'
import { createCommandRunner } from '../adapters/command-runner.js'
import { createReviewCopies } from '../adapters/review-copy.js'
import type { createGitPort } from '../adapters/git-port.js'
import { type ScenarioSource, readRunScenario, readScenarioFile } from '../adapters/run-scenario.js'
import { type RunLayout } from '../core/run/layout.js'
import { type AgentFlags, type AgentPlan, newRunAgents } from '../core/run/run-agents.js'
import type { AgentSet, RunAgents } from '../core/schemas/run-state.js'
import {
  AGENT_USER_PATTERN,
  OPTION_ENV,
  type RuntimeOptions
} from '../core/policy/runtime-policy.js'
import { createStageGuard } from '../kernel/stage-guard.js'
import { unpricedBudgetProblems } from '../core/usage/budget.js'
import { UsageError, UserInputError } from '../errors.js'
import type { AttemptBase } from '../kernel/item-attempt.js'
import type { StartRunInput } from '../composition-root.js'

/** Which agents a run uses, built for the composition root: their options, users and sandboxes. */

export type AgentChoice =
  { readonly kind: 'codex-claude' } | { readonly kind: 'scripted'; readonly scenarioPath: string }

/**
 * The agents a command works with, their scenario read once, so that the bytes a run records
 * are the bytes it plays.
 */
export type LoadedAgents =
  { readonly set: 'codex-claude' } | { readonly set: 'scripted'; readonly source: ScenarioSource }

export async function loadAgents(
  plan: AgentPlan,
  cwd: string,
  repoRoot: string | undefined,
  layout?: RunLayout
): Promise<LoadedAgents> {
  if (plan.set === 'codex-claude') return plan
  const source =
    plan.scenario.from === 'file'
      ? await readScenarioFile(cwd, plan.scenario.path, repoRoot)
      : await readRunScenario(layout as RunLayout, plan.scenario)
  return { set: 'scripted', source }
}

export function agentsRecord(agents: LoadedAgents): RunAgents {
  return agents.set === 'codex-claude'
    ? { set: agents.set, scenario: null }
    : {
        set: agents.set,
        scenario: { source_path: agents.source.sourcePath, sha256: agents.source.sha256 }
      }
}

export function planOf(choice: AgentChoice): AgentPlan {
  return choice.kind === 'codex-claude'
    ? { set: choice.kind }
    : { set: choice.kind, scenario: { from: 'file', path: choice.scenarioPath } }
}

/** The agents of a new run, from its flags; a flag mistake is a usage error. */
export function newRunAgentChoice(flags: AgentFlags): AgentChoice {
  const result = newRunAgents(flags)
  if (!result.ok) throw new UsageError(result.problem)
  const { plan } = result
  if (plan.set === 'scripted' && plan.scenario.from === 'file')
    return { kind: 'scripted', scenarioPath: plan.scenario.path }
  return { kind: 'codex-claude' }
}

/** What the agent user must be able to run: the shell verification uses, and the agents' CLIs. */
export function agentExecutables(set: AgentSet): string[] {
  return set === 'codex-claude' ? ['bash', 'git', 'codex', 'claude'] : ['bash']
}

/**
 * Inside GitHub Actions an agent running as the runner's own user can read the job's tokens
 * from the runner's processes; the CLI still runs it (its default), and says so.
 */
export function warnWithoutIsolation(
  env: StartRunInput['env'],
  isolation: AgentIsolation | undefined,
  warn: StartRunInput['warn']
): void {
  if (isolation !== undefined || env.GITHUB_ACTIONS !== 'true') return
  warn?.(
    "agents and verification commands run as this job's own user (no agent user): inside GitHub Actions " +
      "they can read the job's tokens from its processes; name a dedicated user with --agent-user (see docs/security.md)"
  )
}

/**
 * The agent user of a resumed run: --agent-user / --no-agent-user, else
 * PLAN_ORCHESTRATOR_AGENT_USER, else the one the run recorded. Which users exist is the
 * runner's business, not the run's, so a later hop may name its own.
 */
export function resumedAgentUser(
  flag: string | null | undefined,
  env: StartRunInput['env'],
  recorded: string | null
): string | null {
  if (flag !== undefined) return checkedAgentUser(flag, '--agent-user')
  const variable = OPTION_ENV.agent_user as string
  const fromEnv = env[variable]?.trim()
  if (fromEnv !== undefined && fromEnv !== '') return checkedAgentUser(fromEnv, variable)
  return recorded
}

export function checkedAgentUser(name: string | null, source: string): string | null {
  if (name !== null && !AGENT_USER_PATTERN.test(name))
    throw new UserInputError(`${source} ${name}: not an OS user name (letters, digits, _ . -)`)
  return name
}

/**
 * What keeps agent calls from configuring each other (docs/security.md, "Agent
 * configuration"): a fresh home per verification command (the agents make theirs, see
 * buildAgents), read-only checkpoint copies for the review lanes, and the ambient-config
 * check before every stage, whose baseline is taken now, after preflight passed.
 */
export async function agentCallSandbox(
  env: StartRunInput['env'],
  git: ReturnType<typeof createGitPort>,
  agentUser: AgentIsolation | undefined
): Promise<Pick<AttemptBase, 'runner' | 'reviewCopies' | 'stageGuard'>> {
  const scratch = defaultCallHomeParent(env)
  return {
    runner: createCommandRunner({
      callHomeParent: scratch,
      ...(agentUser === undefined ? {} : { agentUser })
    }),
    // The agent user reaches its copy through the system temp directory, as it reaches its
    // call directories; RUNNER_TEMP may be closed to other users.
    reviewCopies: createReviewCopies({ parentDir: agentUser === undefined ? scratch : tmpdir() }),
    stageGuard: await createStageGuard({ env, git })
  }
}

/**
 * Extra environment variables the agents may see, named in PLAN_ORCHESTRATOR_AGENT_ENV
 * (comma-separated, `NAME_*` patterns allowed): proxies, CLI homes, test doubles. The
 * allowlist's denials (GitHub and npm tokens, git overrides) still apply.
 */
export const AGENT_ENV_VARIABLE = 'PLAN_ORCHESTRATOR_AGENT_ENV'

function agentEnvPassThrough(env: StartRunInput['env']): string[] {
  return (env[AGENT_ENV_VARIABLE] ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '')
}

/**
 * The operator's codex configuration, one `key=value` TOML override per line (`#` comments
 * and blank lines skipped), passed to every codex call as `-c`: with a fresh CODEX_HOME per
 * call it is the only configuration codex gets (a model provider, a gateway). It is on the
 * command line, so it must hold no secret (name the key's variable with `env_key` and list
 * that variable in PLAN_ORCHESTRATOR_AGENT_ENV).
 */
export const CODEX_CONFIG_VARIABLE = 'PLAN_ORCHESTRATOR_CODEX_CONFIG'

const TOML_KEY_PART = String.raw`(?:[A-Za-z0-9_-]+|"[^"\\\n]*")`

const CODEX_OVERRIDE = new RegExp(String.raw`^${TOML_KEY_PART}(?:\.${TOML_KEY_PART})*\s*=\s*\S.*$`)

export function codexConfigOverrides(env: StartRunInput['env']): string[] {
  const overrides: string[] = []
  for (const [index, raw] of (env[CODEX_CONFIG_VARIABLE] ?? '').split('\n').entries()) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    if (!CODEX_OVERRIDE.test(line)) {
      throw new UserInputError(
        `${CODEX_CONFIG_VARIABLE} line ${index + 1}: expected key=value (a TOML key and value), got '${line}'`
      )
    }
    overrides.push(line)
  }
  return overrides
}

export function buildAgents(
  choice: LoadedAgents,
  env: StartRunInput['env'],
  options: RuntimeOptions,
  agentUser: AgentIsolation | undefined,
  codexConfig: readonly string[] = []
): ReturnType<typeof createAgents> {
  const callHomeParent = defaultCallHomeParent(env)
  return createAgents(choice.set, {
    passThrough: agentEnvPassThrough(env),
    ...(agentUser === undefined ? {} : { agentUser }),
    // The run's recorded policy picks the models, so every attempt of a run uses the same ones.
    codex: {
      model: options.codex_model,
      effort: codexEffort(options.codex_reasoning_effort),
      configOverrides: codexConfig,
      callHomeParent
    },
    claude: { model: options.claude_model, effort: options.claude_effort, callHomeParent },
    ...(choice.set === 'scripted'
      ? { scripted: { scenario: choice.source.scenario, callHomeParent } }
      : {})
  })
}

/**
 * The policy contract allows `minimal`, which today's codex model catalogue refuses; and a
 * cost limit needs a price for the codex model, which reports no cost of its own.
 */
export function agentOptionProblems(options: RuntimeOptions): string[] {
  const known: readonly string[] = CODEX_EFFORTS
  return [
    ...(known.includes(options.codex_reasoning_effort)
      ? []
      : [
          `runtime policy codex_reasoning_effort '${options.codex_reasoning_effort}' is not accepted by codex (${CODEX_EFFORTS.join(', ')})`
        ]),
    ...unpricedBudgetProblems(options)
  ]
}

function codexEffort(effort: RuntimeOptions['codex_reasoning_effort']): CodexEffort | undefined {
  // Refused when the run was created (agentOptionProblems); a scripted run never reads it.
  const known: readonly string[] = CODEX_EFFORTS
  return known.includes(effort) ? (effort as CodexEffort) : undefined
}
