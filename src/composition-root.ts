import { readFile, realpath } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { type AgentIsolation, prepareAgentUser } from './adapters/agent-user/index.js'
import { createAgents } from './adapters/agents/index.js'
import { defaultCallHomeParent } from './adapters/agents/call-home.js'
import { CODEX_EFFORTS, type CodexEffort } from './adapters/agents/codex.js'
import { buildChildEnv } from './adapters/child-env.js'
import { createCommandRunner } from './adapters/command-runner.js'
import { createReviewCopies } from './adapters/review-copy.js'
import { createGitPort } from './adapters/git-port.js'
import { withInterruptionGuard } from './adapters/interruption.js'
import { withRunLock } from './adapters/run-lock.js'
import { inspectEvidence } from './adapters/evidence-package.js'
import { findRun, loadRunState } from './adapters/run-store.js'
import {
  type ScenarioSource,
  keepScenarioCopy,
  readRunScenario,
  readScenarioFile,
  scenarioDrift
} from './adapters/run-scenario.js'
import { type RunLayout, repoRelative } from './core/run/layout.js'
import {
  type AgentFlags,
  type AgentPlan,
  agentExecutables as executablesOf,
  agentsChangedMessage,
  continuedRunAgents,
  newRunAgents,
  sameAgents
} from './core/run/run-agents.js'
import { appendEvent } from './core/run/run-state-ops.js'
import type { AgentSet, RunAgents } from './core/schemas/run-state.js'
import { isoSeconds } from './core/time.js'
import { type NormalizedPlan, NormalizedPlanSchema } from './core/schemas/normalized-plan.js'
import { type GateDecisionResult, decideManualGate } from './kernel/manual-gate.js'
import { preflight } from './kernel/preflight.js'
import { resumeRefusal, resumeRun } from './kernel/resume.js'
import { evidenceRules, receiveEvidence } from './kernel/evidence-intake.js'
import {
  AGENT_USER_PATTERN,
  type BudgetOptionName,
  OPTION_ENV,
  type PolicyLayers,
  type RuntimeOptions
} from './core/policy/runtime-policy.js'
import { secureRunStore } from './adapters/run-store-access.js'
import { createStageGuard } from './kernel/stage-guard.js'
import { budgetStillReached, unpricedBudgetProblems } from './core/usage/budget.js'
import { applyBudgetsOnResume } from './kernel/resume-budgets.js'
import type { Terminal } from './core/run/states.js'
import { UsageError, UserInputError } from './errors.js'
import { runIdOverride, withSupervisionBridge } from './supervision/bridge.js'
import { type CreateRunInput, checkNewRun, createRun } from './kernel/create-run.js'
import type { AttemptBase } from './kernel/item-attempt.js'
import type { Clock, GitPort, ProgressSink } from './kernel/ports.js'
import { nextCandidate, processQueue } from './kernel/queue.js'
import { RunSession } from './kernel/run-session.js'
import { IntegrityGuard } from './kernel/integrity-guard.js'
import { createIntegrityPort } from './adapters/integrity/index.js'
import { FAILPOINT_VARIABLE } from './kernel/failpoints.js'
import { stopEarlierStages } from './kernel/survivors.js'

/**
 * The one place that builds the real adapters and hands them to the kernel. The CLI and
 * the GitHub Action both start runs through here, so neither wires adapters by hand.
 */

export type AgentChoice =
  { readonly kind: 'codex-claude' } | { readonly kind: 'scripted'; readonly scenarioPath: string }

/**
 * The agents a command works with, their scenario read once, so that the bytes a run records
 * are the bytes it plays.
 */
type LoadedAgents =
  { readonly set: 'codex-claude' } | { readonly set: 'scripted'; readonly source: ScenarioSource }

async function loadAgents(
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

function agentsRecord(agents: LoadedAgents): RunAgents {
  return agents.set === 'codex-claude'
    ? { set: agents.set, scenario: null }
    : {
        set: agents.set,
        scenario: { source_path: agents.source.sourcePath, sha256: agents.source.sha256 }
      }
}

function planOf(choice: AgentChoice): AgentPlan {
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
  /** A warning for the person running this (not a problem: the run goes on). */
  readonly warn?: (line: string) => void
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
  // Checked before the run exists, like every other input.
  const codexConfig = codexConfigOverrides(input.env)
  const git = createGitPort()
  let isolation: AgentIsolation | undefined
  const { createInput, loaded } = await newRunInput(input, git, clock, (prepared) => {
    isolation = prepared
  })
  const created = await createRun(createInput)
  warnWithoutIsolation(input.env, isolation, input.warn)
  const agents = buildAgents(
    loaded as LoadedAgents,
    input.env,
    created.state.options,
    isolation,
    codexConfig
  )
  const evidenceDir = await evidenceDirectory(input.cwd, input.evidenceDir, {
    options: created.state.options
  })
  const sandbox = await agentCallSandbox(input.env, git, isolation)
  return withRunLock(created.layout, 'run', (lock) =>
    withSupervisionBridge(created.layout, input.env, () =>
      withInterruptionGuard(lock, async (interruption) => {
        await isolation?.recover(created.layout.worktreesDir)
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
          clock,
          options: created.state.options,
          childEnv: buildChildEnv(input.env),
          integrity: new IntegrityGuard(createIntegrityPort()),
          ...sandbox
        }
        const requested =
          input.selection.kind === 'items'
            ? input.selection.ids
            : [nextCandidate(session.state)].filter((id): id is string => id !== undefined)
        const explicitList = input.selection.kind === 'items' && input.selection.explicitList
        const first = requested[0]
        const received =
          evidenceDir === undefined || first === undefined
            ? undefined
            : await receiveEvidence(base, first, evidenceDir)
        const last = await processQueue(base, requested, {
          continueAfterQueue: created.state.options.auto_advance && !explicitList,
          maxItems: created.state.options.max_items,
          ...(received === undefined ? {} : { evidenceDir: received })
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

/**
 * What `run` asks `createRun` for, checks included; `supervise run` checks the same. The
 * scenario is read here, once: a bad one is refused with the other problems.
 */
async function newRunInput(
  input: Omit<StartRunInput, 'progress'>,
  git: GitPort,
  clock: Clock,
  onIsolation: (isolation: AgentIsolation | undefined) => void = () => undefined
): Promise<{ createInput: CreateRunInput; loaded: LoadedAgents | undefined }> {
  const repoRoot = await git.repoRoot(input.cwd).catch(() => undefined)
  let loaded: LoadedAgents | undefined
  const agentProblems = await refusalOfAsync(async () => {
    loaded = await loadAgents(planOf(input.agents), input.cwd, repoRoot)
  })
  const createInput: CreateRunInput = {
    cwd: input.cwd,
    playbookPath: input.playbookPath,
    ...(input.configPath === undefined ? {} : { configPath: input.configPath }),
    env: input.env,
    cli: input.cli,
    requestedItems: input.selection.kind === 'items' ? input.selection.ids : [],
    requiredExecutables: executablesOf(input.agents.kind),
    git,
    clock,
    runIdOverride: runIdOverride(input.env),
    // Everything that needs the resolved policy is checked with the rest, before any write.
    checkOptions: async (options) => [
      ...(input.agents.kind === 'codex-claude' ? agentOptionProblems(options) : []),
      ...(loaded === undefined
        ? agentProblems
        : refusalOf(() => buildAgents(loaded as LoadedAgents, input.env, options, undefined))),
      ...(await refusalOfAsync(() => evidenceDirectory(input.cwd, input.evidenceDir, { options })))
    ],
    async checkAgentUser(options, repoRoot) {
      const setup = await prepareAgentUser(options.agent_user, {
        repoRoot,
        executables: agentExecutables(input.agents.kind),
        env: input.env
      })
      if (!setup.ok) return setup.problems
      onIsolation(setup.isolation)
      return []
    },
    ...(loaded === undefined
      ? {}
      : {
          agents: {
            record: agentsRecord(loaded),
            ...(loaded.set === 'scripted' ? { scenarioText: loaded.source.text } : {})
          }
        })
  }
  return { createInput, loaded }
}

/**
 * The checks `run` makes before it writes anything, without running: `supervise run` refuses
 * with them before it writes its own files.
 */
export async function checkNewRunInput(input: Omit<StartRunInput, 'progress'>): Promise<void> {
  const git = createGitPort()
  await checkNewRun((await newRunInput(input, git, input.clock ?? systemClock)).createInput)
}

/** Names a state or a git boundary where the kernel kills itself. For crash tests only. */
export { FAILPOINT_VARIABLE }

/** What the agent user must be able to run: the shell verification uses, and the agents' CLIs. */
export function agentExecutables(set: AgentSet): string[] {
  return set === 'codex-claude' ? ['bash', 'git', 'codex', 'claude'] : ['bash']
}

/**
 * Inside GitHub Actions an agent running as the runner's own user can read the job's tokens
 * from the runner's processes; the CLI still runs it (its default), and says so.
 */
function warnWithoutIsolation(
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
function resumedAgentUser(
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

function checkedAgentUser(name: string | null, source: string): string | null {
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
async function agentCallSandbox(
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

export interface EvidenceChecks {
  /** The run's policy: its `max_evidence_package_bytes` limits the package. */
  readonly options?: Pick<RuntimeOptions, 'max_evidence_package_bytes'>
  /**
   * The GitHub Action's rule: the package must be a directory of this checkout once links are
   * resolved, and neither its `.git/` (which holds the job's token) nor `.local/` (run state).
   */
  readonly insideRepository?: string
}

/**
 * The one check of `--external-evidence-dir` (run, resume, supervise resume, the Action):
 * an existing directory, not a link, holding only regular files and directories (no link
 * anywhere, each named when refused), within the run's size limit. Reads only. Returns the
 * absolute path; undefined when none was given.
 */
export async function evidenceDirectory(
  cwd: string,
  given: string | undefined,
  checks: EvidenceChecks = {}
): Promise<string | undefined> {
  if (given === undefined) return undefined
  const path = resolve(cwd, given)
  const rules =
    checks.options === undefined
      ? { label: `--external-evidence-dir ${given}` }
      : evidenceRules(given, checks.options)
  await inspectEvidence(path, rules)
  if (checks.insideRepository !== undefined)
    await assertInsideRepository(path, checks.insideRepository, rules.label)
  return path
}

async function assertInsideRepository(path: string, repo: string, label: string): Promise<void> {
  const [real, root] = await Promise.all([realpath(path), realpath(repo)])
  const inside = relative(root, real)
  const parts = inside.split(sep)
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside))
    throw new UserInputError(
      `${label}: resolves to ${real}, which is not a directory inside the repository; evidence must be a directory of the checkout`
    )
  if (parts[0] === '.git' || parts[0] === '.local')
    throw new UserInputError(
      `${label}: resolves to ${real}, inside ${parts[0]}/, which is never evidence`
    )
}

/** A user's mistake as a problem line, for checks reported together; anything else throws. */
function refusalOf(check: () => unknown): string[] {
  try {
    check()
    return []
  } catch (error) {
    if (error instanceof UserInputError) return [error.message]
    throw error
  }
}

async function refusalOfAsync(check: () => Promise<unknown>): Promise<string[]> {
  try {
    await check()
    return []
  } catch (error) {
    if (error instanceof UserInputError) return [error.message]
    throw error
  }
}

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
    withSupervisionBridge(layout, input.env, () =>
      withInterruptionGuard(lock, async (interruption) => {
        // The state may have moved on while we waited for nothing: read it again under the lock.
        const state = await loadRunState(layout)
        const session = interruption.track(
          new RunSession(layout, state, clock, input.progress, input.env[FAILPOINT_VARIABLE])
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
  /** Read for the test-only failpoint only. */
  readonly env?: Readonly<Record<string, string | undefined>>
}

export async function decideGate(input: GateInput): Promise<GateDecisionResult> {
  const git = createGitPort()
  const repoRoot = await git.repoRoot(input.cwd).catch(() => {
    throw new UserInputError(`${input.cwd} is not inside a git repository`)
  })
  const layout = await findRun(repoRoot, input.runId)
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
      clock: input.clock ?? systemClock,
      ...(input.env?.[FAILPOINT_VARIABLE] === undefined
        ? {}
        : { failpoint: input.env[FAILPOINT_VARIABLE] })
    })
  )
}

function buildAgents(
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
