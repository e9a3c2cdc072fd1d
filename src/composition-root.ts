import { readFile, stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { createAgents } from './adapters/agents/index.js'
import { CODEX_EFFORTS, type CodexEffort } from './adapters/agents/codex.js'
import { buildChildEnv } from './adapters/child-env.js'
import { createCommandRunner } from './adapters/command-runner.js'
import { createGitPort } from './adapters/git-port.js'
import { withInterruptionGuard } from './adapters/interruption.js'
import { withRunLock } from './adapters/run-lock.js'
import { loadRunState } from './adapters/run-store.js'
import { runLayout } from './core/run/layout.js'
import { NormalizedPlanSchema } from './core/schemas/normalized-plan.js'
import { type GateDecisionResult, decideManualGate } from './kernel/manual-gate.js'
import { preflight } from './kernel/preflight.js'
import { resumeRun } from './kernel/resume.js'
import type {
  BudgetOptionName,
  PolicyLayers,
  RuntimeOptions
} from './core/policy/runtime-policy.js'
import { budgetStillReached, unpricedBudgetProblems } from './core/usage/budget.js'
import { applyBudgetsOnResume } from './kernel/resume-budgets.js'
import type { Terminal } from './core/run/states.js'
import { UserInputError } from './errors.js'
import { runIdOverride, withSupervisionBridge } from './supervision/bridge.js'
import { createRun } from './kernel/create-run.js'
import type { AttemptBase } from './kernel/item-attempt.js'
import type { Clock, ProgressSink } from './kernel/ports.js'
import { nextCandidate, processQueue } from './kernel/queue.js'
import { RunSession } from './kernel/run-session.js'

/**
 * The one place that builds the real adapters and hands them to the kernel. The CLI and
 * the GitHub Action both start runs through here, so neither wires adapters by hand.
 */

export type AgentChoice =
  { readonly kind: 'codex-claude' } | { readonly kind: 'scripted'; readonly scenarioPath: string }

export interface StartRunInput {
  readonly cwd: string
  readonly env: Readonly<Record<string, string | undefined>>
  readonly playbookPath: string
  readonly selection:
    | { readonly kind: 'items'; readonly ids: readonly string[]; readonly explicitList: boolean }
    | { readonly kind: 'next' }
  readonly cli: PolicyLayers['cli']
  readonly configPath?: string
  readonly evidenceDir?: string
  readonly agents: AgentChoice
  readonly progress: ProgressSink
  readonly clock?: Clock
}

export interface RunResult {
  readonly run_id: string
  readonly current_state: string
  readonly current_item_id: string | null
  readonly last_terminal_state: Terminal | 'none'
  readonly run_state_path: string
}

const systemClock: Clock = { now: () => new Date() }

export async function startRun(input: StartRunInput): Promise<RunResult> {
  const clock = input.clock ?? systemClock
  const evidenceDir = await evidenceDirectory(input.cwd, input.evidenceDir)
  const git = createGitPort()
  const created = await createRun({
    cwd: input.cwd,
    playbookPath: input.playbookPath,
    ...(input.configPath === undefined ? {} : { configPath: input.configPath }),
    env: input.env,
    cli: input.cli,
    requestedItems: input.selection.kind === 'items' ? input.selection.ids : [],
    requiredExecutables:
      input.agents.kind === 'codex-claude' ? ['git', 'codex', 'claude'] : ['git'],
    git,
    clock,
    runIdOverride: runIdOverride(input.env),
    ...(input.agents.kind === 'codex-claude' ? { checkOptions: agentOptionProblems } : {})
  })
  const agents = buildAgents(input.agents, input.cwd, input.env, created.state.options)
  return withRunLock(created.layout, 'run', (lock) =>
    withSupervisionBridge(created.layout, input.env, () =>
      withInterruptionGuard(lock, async (interruption) => {
        const session = interruption.track(
          new RunSession(
            created.layout,
            created.state,
            clock,
            input.progress,
            input.env[FAILPOINT_VARIABLE]
          )
        )
        const base: AttemptBase = {
          session,
          plan: created.plan,
          agents,
          git,
          runner: createCommandRunner(),
          clock,
          options: created.state.options,
          childEnv: buildChildEnv(input.env)
        }
        const requested =
          input.selection.kind === 'items'
            ? input.selection.ids
            : [nextCandidate(session.state)].filter((id): id is string => id !== undefined)
        const explicitList = input.selection.kind === 'items' && input.selection.explicitList
        const last = await processQueue(base, requested, {
          continueAfterQueue: created.state.options.auto_advance && !explicitList,
          maxItems: created.state.options.max_items,
          ...(evidenceDir === undefined ? {} : { evidenceDir })
        })
        return {
          run_id: session.state.run_id,
          current_state: session.state.current_state,
          current_item_id: session.state.current_item_id,
          last_terminal_state: last,
          run_state_path: session.layout.runStatePath
        }
      })
    )
  )
}

/** Names a state; the kernel kills itself right after saving it. For crash tests only. */
export const FAILPOINT_VARIABLE = 'PLAN_ORCHESTRATOR_FAILPOINT'

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

/** `--external-evidence-dir`, absolute, checked to be a directory; undefined when not given. */
export async function evidenceDirectory(
  cwd: string,
  given: string | undefined
): Promise<string | undefined> {
  if (given === undefined) return undefined
  const path = resolve(cwd, given)
  const isDirectory = await stat(path).then(
    (info) => info.isDirectory(),
    () => false
  )
  if (!isDirectory) throw new UserInputError(`--external-evidence-dir ${given}: not a directory`)
  return path
}

export interface ResumeRunInput {
  readonly cwd: string
  readonly env: Readonly<Record<string, string | undefined>>
  readonly runId: string
  readonly evidenceDir?: string
  readonly autoAdvance: boolean
  /** Budget limits given as flags; they replace the run's recorded ones (resume-budgets.ts). */
  readonly budgets?: Partial<Pick<RuntimeOptions, BudgetOptionName>>
  readonly agents: AgentChoice
  readonly progress: ProgressSink
  readonly clock?: Clock
}

/** Continues a saved run under its lock (see kernel/resume.ts for what it picks). */
export async function resumeExistingRun(input: ResumeRunInput): Promise<RunResult> {
  const clock = input.clock ?? systemClock
  const evidenceDir = await evidenceDirectory(input.cwd, input.evidenceDir)
  const git = createGitPort()
  const repoRoot = await git.repoRoot(input.cwd).catch(() => {
    throw new UserInputError(`${input.cwd} is not inside a git repository`)
  })
  const layout = runLayout(repoRoot, input.runId)
  return withRunLock(layout, 'resume', (lock) =>
    withSupervisionBridge(layout, input.env, () =>
      withInterruptionGuard(lock, async (interruption) => {
        const state = await loadRunState(layout)
        const plan = NormalizedPlanSchema.parse(
          JSON.parse(await readFile(layout.normalizedPlanPath, 'utf8'))
        )
        const problems = await preflight({
          repoRoot,
          git,
          env: input.env,
          requiredExecutables:
            input.agents.kind === 'codex-claude' ? ['git', 'codex', 'claude'] : ['git']
        })
        if (problems.length > 0)
          throw new UserInputError(problems.map((problem) => `error: ${problem}`).join('\n'))
        const session = interruption.track(
          new RunSession(layout, state, clock, input.progress, input.env[FAILPOINT_VARIABLE])
        )
        await applyBudgetsOnResume(session, {
          env: input.env,
          cli: input.budgets ?? {},
          ...(input.agents.kind === 'codex-claude' ? { check: unpricedBudgetProblems } : {})
        })
        const stillReached = budgetStillReached(session.state)
        if (stillReached !== undefined) throw new UserInputError(`error: ${stillReached}`)
        const options = session.state.options
        const outcome = await resumeRun({
          base: {
            session,
            plan,
            agents: buildAgents(input.agents, input.cwd, input.env, options),
            git,
            runner: createCommandRunner(),
            clock,
            options,
            childEnv: buildChildEnv(input.env)
          },
          autoAdvance: input.autoAdvance,
          ...(evidenceDir === undefined ? {} : { evidenceDir })
        })
        return {
          run_id: session.state.run_id,
          current_state: session.state.current_state,
          current_item_id: outcome.itemId === null ? null : session.state.current_item_id,
          last_terminal_state: outcome.last,
          run_state_path: layout.runStatePath
        }
      })
    )
  )
}

export interface GateInput {
  readonly cwd: string
  readonly runId: string
  readonly itemId: string
  readonly decision: 'approved' | 'rejected'
  readonly by: string
  readonly note: string
  readonly evidencePaths: readonly string[]
  readonly checkpoint?: string
  readonly clock?: Clock
}

export async function decideGate(input: GateInput): Promise<GateDecisionResult> {
  const git = createGitPort()
  const repoRoot = await git.repoRoot(input.cwd).catch(() => {
    throw new UserInputError(`${input.cwd} is not inside a git repository`)
  })
  const layout = runLayout(repoRoot, input.runId)
  return withRunLock(layout, 'mark-manual-gate', () =>
    decideManualGate({
      layout,
      itemId: input.itemId,
      decision: input.decision,
      by: input.by,
      note: input.note,
      evidencePaths: input.evidencePaths,
      ...(input.checkpoint === undefined ? {} : { checkpoint: input.checkpoint }),
      git,
      clock: input.clock ?? systemClock
    })
  )
}

function buildAgents(
  choice: AgentChoice,
  cwd: string,
  env: StartRunInput['env'],
  options: RuntimeOptions
): ReturnType<typeof createAgents> {
  return createAgents(choice.kind, {
    passThrough: agentEnvPassThrough(env),
    // The run's recorded policy picks the models, so every attempt of a run uses the same ones.
    codex: { model: options.codex_model, effort: codexEffort(options.codex_reasoning_effort) },
    claude: { model: options.claude_model, effort: options.claude_effort },
    ...(choice.kind === 'scripted'
      ? { scripted: { scenarioPath: resolve(cwd, choice.scenarioPath) } }
      : {})
  })
}

/**
 * The policy contract allows `minimal`, which today's codex model catalogue refuses; and a
 * cost limit needs a price for the codex model, which reports no cost of its own.
 */
function agentOptionProblems(options: RuntimeOptions): string[] {
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
