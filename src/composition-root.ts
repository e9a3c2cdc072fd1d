import { type AgentIsolation, prepareAgentUser } from './adapters/agent-user/index.js'
import { buildChildEnv } from './adapters/child-env.js'
import { createGitPort } from './adapters/git-port.js'
import { withInterruptionGuard } from './adapters/interruption.js'
import { liveChildren } from './adapters/live-children.js'
import { withRunLock } from './adapters/run-lock.js'
import { findRun, loadRunState } from './adapters/run-store.js'
import { runFiles } from './adapters/run-files.js'
import { readPlaybookSource } from './adapters/playbook-file.js'
import { agentExecutables as executablesOf } from './core/run/run-agents.js'
import { type GateDecisionResult, recordManualGateDecision } from './kernel/manual-gate.js'
import { receiveEvidence } from './kernel/evidence-intake.js'
import { type PolicyLayers } from './core/policy/runtime-policy.js'
import type { Terminal } from './core/run/states.js'
import { UserInputError } from './errors.js'
import { runIdOverride, withSupervisionBridge } from './supervision/bridge.js'
import { type CreateRunInput, checkNewRun, createRun } from './kernel/create-run.js'
import type { AttemptBase } from './kernel/item-attempt.js'
import type { Clock, GitPort, ProgressSink } from './kernel/ports.js'
import { nextCandidate, processQueue } from './kernel/queue.js'
import { RunSession } from './kernel/run-session.js'
import { IntegrityGuard } from './kernel/integrity-guard.js'
import { createIntegrityPort } from './adapters/integrity/index.js'
import { FAILPOINT_VARIABLE } from './kernel/failpoints.js'
import {
  type AgentChoice,
  type LoadedAgents,
  agentCallSandbox,
  agentExecutables,
  agentOptionProblems,
  agentsRecord,
  buildAgents,
  codexConfigOverrides,
  loadAgents,
  planOf,
  warnWithoutIsolation
} from './composition/agents.js'
import { evidenceDirectory, refusalOf, refusalOfAsync } from './composition/evidence.js'

/**
 * The one place that builds the real adapters and hands them to the kernel. The CLI and
 * the GitHub Action both start runs through here, so neither wires adapters by hand.
 */

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

export const systemClock: Clock = { now: () => new Date() }

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
    withSupervisionBridge(created.layout, input.env, { files: runFiles, liveChildren }, () =>
      withInterruptionGuard(lock, async (interruption) => {
        await isolation?.recover(created.layout.worktreesDir)
        const session = interruption.track(
          new RunSession(
            created.layout,
            created.state,
            clock,
            input.progress,
            runFiles,
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
    files: runFiles,
    readPlaybook: readPlaybookSource,
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

export async function recordGateDecision(input: GateInput): Promise<GateDecisionResult> {
  const git = createGitPort()
  const repoRoot = await git.repoRoot(input.cwd).catch(() => {
    throw new UserInputError(`${input.cwd} is not inside a git repository`)
  })
  const layout = await findRun(repoRoot, input.runId)
  return withRunLock(layout, 'mark-manual-gate', () =>
    recordManualGateDecision({
      layout,
      itemId: input.itemId,
      decision: input.decision,
      by: input.by,
      note: input.note,
      evidencePaths: input.evidencePaths,
      ...(input.checkpoint === undefined ? {} : { checkpoint: input.checkpoint }),
      git,
      clock: input.clock ?? systemClock,
      files: runFiles,
      loadRunState,
      ...(input.env?.[FAILPOINT_VARIABLE] === undefined
        ? {}
        : { failpoint: input.env[FAILPOINT_VARIABLE] })
    })
  )
}
