import { readFile } from 'node:fs/promises'
import { type AgentIsolation, prepareAgentUser } from '../adapters/agent-user/index.js'
import { buildChildEnv } from '../adapters/child-env.js'
import { createGitPort } from '../adapters/git-port.js'
import { withInterruptionGuard } from '../adapters/interruption.js'
import { liveChildren } from '../adapters/live-children.js'
import { withRunLock } from '../adapters/run-lock.js'
import { findRun, loadRunState } from '../adapters/run-store.js'
import { runFiles } from '../adapters/run-files.js'
import { keepScenarioCopy, scenarioDrift } from '../adapters/run-scenario.js'
import { type RunLayout, repoRelative } from '../core/run/layout.js'
import {
  type AgentFlags,
  agentExecutables as executablesOf,
  agentsChangedMessage,
  continuedRunAgents,
  sameAgents
} from '../core/run/run-agents.js'
import { appendEvent } from '../core/run/run-state-ops.js'
import { isoSeconds } from '../core/time.js'
import { type NormalizedPlan, NormalizedPlanSchema } from '../core/schemas/normalized-plan.js'
import { preflight } from '../kernel/preflight.js'
import { resumeRefusal, resumeRun } from '../kernel/resume.js'
import { type BudgetOptionName, type RuntimeOptions } from '../core/policy/runtime-policy.js'
import { secureRunStore } from '../adapters/run-store-access.js'
import { budgetStillReached, unpricedBudgetProblems } from '../core/usage/budget.js'
import { applyBudgetsOnResume } from '../kernel/resume-budgets.js'
import { UserInputError } from '../errors.js'
import { withSupervisionBridge } from '../supervision/bridge.js'
import type { Clock, GitPort, ProgressSink } from '../kernel/ports.js'
import { RunSession } from '../kernel/run-session.js'
import { IntegrityGuard } from '../kernel/integrity-guard.js'
import { createIntegrityPort } from '../adapters/integrity/index.js'
import { FAILPOINT_VARIABLE } from '../kernel/failpoints.js'
import { stopEarlierStages } from './survivors.js'
import {
  type LoadedAgents,
  agentCallSandbox,
  agentExecutables,
  agentsRecord,
  buildAgents,
  checkedAgentUser,
  codexConfigOverrides,
  loadAgents,
  resumedAgentUser,
  warnWithoutIsolation
} from './agents.js'
import { type RunResult, systemClock } from '../composition-root.js'
import { evidenceDirectory, refusalOfAsync } from './evidence.js'

/** Resuming a run: the checks before anything is written, then the kernel under the run lock. */

export interface ResumeRunInput {
  readonly cwd: string
  readonly env: Readonly<Record<string, string | undefined>>
  readonly runId: string
  readonly evidenceDir?: string
  readonly autoAdvance: boolean
  /** Budget limits given as flags; they replace the run's recorded ones (resume-budgets.ts). */
  readonly budgets?: Partial<Pick<RuntimeOptions, BudgetOptionName>>
  /** --agents / --scenario as given; what is not given comes from the run's record. */
  readonly agents: AgentFlags
  readonly progress: ProgressSink
  readonly clock?: Clock
  /** --agent-user (a name) or --no-agent-user (null); undefined when neither was given. */
  readonly agentUser?: string | null
  readonly warn?: (line: string) => void
}

/**
 * Continues a saved run under its lock (see kernel/resume.ts for what it picks). Everything
 * that can refuse the resume is checked before the lock is taken and anything is written:
 * the run id and run, its saved state and plan, the repository, the agents and their
 * scenario, the evidence, a pending gate or a blocked item without evidence.
 */
export async function resumeExistingRun(input: ResumeRunInput): Promise<RunResult> {
  const clock = input.clock ?? systemClock
  const codexConfig = codexConfigOverrides(input.env)
  const git = createGitPort()
  const repoRoot = await git.repoRoot(input.cwd).catch(() => {
    throw new UserInputError(`${input.cwd} is not inside a git repository`)
  })
  const layout = await findRun(repoRoot, input.runId)
  const checked = await checkResume(input, layout, git)
  return withRunLock(layout, 'resume', (lock) =>
    withSupervisionBridge(layout, input.env, { files: runFiles, liveChildren }, () =>
      withInterruptionGuard(lock, async (interruption) => {
        // The state may have moved on while we waited for nothing: read it again under the lock.
        const state = await loadRunState(layout)
        const session = interruption.track(
          new RunSession(
            layout,
            state,
            clock,
            input.progress,
            runFiles,
            input.env[FAILPOINT_VARIABLE]
          )
        )
        // First of all: an agent of a killed process may still run, and write.
        await stopEarlierStages(session)
        const refusal = resumeRefusal(session.state, checked.evidenceDir !== undefined)
        if (refusal !== undefined) throw new UserInputError(refusal)
        if (checked.drift !== undefined) input.warn?.(checked.drift)
        await applyBudgetsOnResume(session, {
          env: input.env,
          cli: input.budgets ?? {},
          ...(checked.agents.set === 'codex-claude' ? { check: unpricedBudgetProblems } : {})
        })
        const stillReached = budgetStillReached(session.state)
        if (stillReached !== undefined) throw new UserInputError(`error: ${stillReached}`)
        // The run's policy with the limits this resume gave it.
        const options = session.state.options
        warnWithoutIsolation(input.env, checked.isolation, input.warn)
        await secureRunStore(repoRoot)
        await checked.isolation?.recover(layout.worktreesDir)
        const outcome = await resumeRun({
          base: {
            session,
            plan: checked.plan,
            agents: buildAgents(checked.agents, input.env, options, checked.isolation, codexConfig),
            git,
            clock,
            options,
            childEnv: buildChildEnv(input.env),
            integrity: new IntegrityGuard(createIntegrityPort()),
            ...(await agentCallSandbox(input.env, git, checked.isolation))
          },
          autoAdvance: input.autoAdvance,
          ...(checked.evidenceDir === undefined ? {} : { evidenceDir: checked.evidenceDir }),
          // After the check of an interrupted stage: a new scenario copy in the run store is
          // ours, not something the interrupted agent wrote.
          recordChoices: () => recordAgents(session, input.agents, checked.agents, clock)
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

type ResumeChecksInput = Pick<
  ResumeRunInput,
  'cwd' | 'env' | 'agents' | 'evidenceDir' | 'agentUser'
>

/**
 * A resume told to continue with other agents (or another scenario) than the run recorded
 * records them, so that every later command and hint continues with them too. The scenario's
 * copy is written before the state names it.
 */
async function recordAgents(
  session: RunSession,
  flags: AgentFlags,
  agents: LoadedAgents,
  clock: Clock
): Promise<void> {
  if (flags.set === undefined && flags.scenarioPath === undefined) return
  if (agents.set === 'scripted') await keepScenarioCopy(session.layout, agents.source)
  const before = session.state.agents
  const after = agentsRecord(agents)
  if (sameAgents(before, after)) return
  await session.replace(
    appendEvent(
      { ...session.state, agents: after },
      { actor: 'orchestrator', itemId: null, message: agentsChangedMessage(before, after) },
      isoSeconds(clock.now())
    )
  )
}

/**
 * `supervise resume`'s checks before the supervisor writes anything: the same as `resume`'s,
 * except that a pending gate or a blocked item is something a supervisor waits at.
 */
export async function checkSupervisedResume(
  input: ResumeChecksInput & { readonly runId: string }
): Promise<{ layout: RunLayout; evidenceDir: string | undefined }> {
  const git = createGitPort()
  const repoRoot = await git.repoRoot(input.cwd).catch(() => {
    throw new UserInputError(`${input.cwd} is not inside a git repository`)
  })
  const layout = await findRun(repoRoot, input.runId)
  const { evidenceDir } = await checkResume(input, layout, git, { humanStopsWait: true })
  return { layout, evidenceDir }
}

async function checkResume(
  input: ResumeChecksInput,
  layout: RunLayout,
  git: GitPort,
  { humanStopsWait }: { humanStopsWait: boolean } = { humanStopsWait: false }
): Promise<{
  plan: NormalizedPlan
  evidenceDir: string | undefined
  isolation: AgentIsolation | undefined
  agents: LoadedAgents
  /** The run's scenario file changed since it was recorded (the run plays its copy). */
  drift: string | undefined
}> {
  const agentUserFlag =
    input.agentUser === undefined ? undefined : checkedAgentUser(input.agentUser, '--agent-user')
  const state = await loadRunState(layout)
  if (state.run_id !== layout.runId)
    throw new UserInputError(
      `the directory of run ${layout.runId} holds the state of ${state.run_id}; check it: plan-orchestrator doctor --run-id ${layout.runId}`
    )
  const plan = await loadRunPlan(layout)
  const agentPlan = continuedRunAgents(input.agents, state.agents, state.run_id)
  const set = agentPlan.ok ? agentPlan.plan.set : 'codex-claude'
  const problems = await preflight({
    repoRoot: layout.repoRoot,
    git,
    env: input.env,
    requiredExecutables: executablesOf(set)
  })
  let agents: LoadedAgents | undefined
  if (!agentPlan.ok) problems.push(agentPlan.problem)
  else
    problems.push(
      ...(await refusalOfAsync(async () => {
        agents = await loadAgents(agentPlan.plan, input.cwd, layout.repoRoot, layout)
        buildAgents(agents, input.env, state.options, undefined)
      }))
    )
  const drift =
    agentPlan.ok && agentPlan.plan.set === 'scripted' && agentPlan.plan.scenario.from === 'run'
      ? await scenarioDrift(layout.repoRoot, state.agents)
      : undefined
  let evidenceDir: string | undefined
  problems.push(
    ...(await refusalOfAsync(async () => {
      evidenceDir = await evidenceDirectory(input.cwd, input.evidenceDir, {
        options: state.options
      })
    }))
  )
  const agentUser = await prepareAgentUser(
    resumedAgentUser(agentUserFlag, input.env, state.options.agent_user),
    { repoRoot: layout.repoRoot, executables: agentExecutables(set), env: input.env }
  )
  if (!agentUser.ok) problems.push(...agentUser.problems)
  const refusal = humanStopsWait ? undefined : resumeRefusal(state, input.evidenceDir !== undefined)
  if (refusal !== undefined) problems.unshift(refusal)
  if (problems.length > 0 || agents === undefined)
    throw new UserInputError(problems.map((problem) => `error: ${problem}`).join('\n'))
  return {
    plan,
    evidenceDir,
    isolation: agentUser.ok ? agentUser.isolation : undefined,
    agents,
    drift
  }
}

/** The run's normalized plan; a damaged one is named with the way to rebuild it. */
async function loadRunPlan(layout: RunLayout): Promise<NormalizedPlan> {
  const text = await readFile(layout.normalizedPlanPath, 'utf8').catch(() => undefined)
  let json: unknown
  try {
    json = text === undefined ? undefined : JSON.parse(text)
  } catch {
    json = undefined
  }
  const parsed = NormalizedPlanSchema.safeParse(json)
  if (!parsed.success)
    throw new UserInputError(
      `${repoRelative(layout.repoRoot, layout.normalizedPlanPath)} is ${text === undefined ? 'missing' : 'damaged'}; check and rebuild it: plan-orchestrator doctor --run-id ${layout.runId} --fix-safe`
    )
  return parsed.data
}
