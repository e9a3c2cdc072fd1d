import { access, readFile, readdir } from 'node:fs/promises'
import { resolve, sep } from 'node:path'
import { branchSha, tryResolveCommit } from '../adapters/git/index.js'
import { readPlaybookSource } from '../adapters/playbook-file.js'
import { readIncidents, readInterruptedStage } from '../adapters/integrity/recheck.js'
import { RunLockedError, isRunLocked, withRunLock } from '../adapters/run-lock.js'
import {
  RunStateUnreadableError,
  findRun,
  loadRunState,
  parseRunState,
  saveRunState
} from '../adapters/run-store.js'
import { formatIssue } from '../core/playbook/issues.js'
import { normalizePlaybook } from '../core/playbook/normalize.js'
import {
  type RunStateDamage,
  describeRunStateDamage,
  looksTruncated
} from '../core/run/run-state-damage.js'
import { decodePlaybook } from '../core/playbook/source-text.js'
import {
  type DoctorCheck,
  type DoctorRepair,
  type DoctorReport,
  type ReferenceFacts,
  normalizedPlanHealth,
  orphanedWorktrees,
  integrityIncidentsCheck,
  preflightChecks,
  runActivityCheck,
  runBranchCheck,
  runReferencesCheck,
  runtimePolicyIntegrity
} from '../core/run/doctor-checks.js'
import { type RunLayout, WORKTREE_ROOT, repoRelative } from '../core/run/layout.js'
import { appendEvent } from '../core/run/run-state-ops.js'
import { agentExecutables, describeAgents } from '../core/run/run-agents.js'
import type { AgentSet, RunState } from '../core/schemas/run-state.js'
import { readRunScenario } from '../adapters/run-scenario.js'
import { isoSeconds } from '../core/time.js'
import { UserInputError, describeError } from '../errors.js'
import type { Clock, GitPort } from '../kernel/ports.js'
import { preflight } from '../kernel/preflight.js'
import { planPathInRun, rebuildDerivedFile } from './refresh-run.js'
import { stageProcessesCheck } from './survivors.js'

/**
 * `doctor`: every check runs and is reported; none stops the others. The run is read
 * without its lock (a live writer is reported as such). Only `--fix-safe` takes the lock,
 * and only when there is an orchestrator file it can rebuild exactly.
 */

export interface DoctorInput {
  readonly cwd: string
  readonly env: Readonly<Record<string, string | undefined>>
  readonly runId?: string
  readonly playbookPath?: string
  readonly fixSafe: boolean
  /**
   * The agents whose CLIs must be on PATH. Undefined: the run's recorded set with --run-id,
   * else codex-claude (the full check).
   */
  readonly agents?: AgentSet
  readonly git: GitPort
  readonly clock: Clock
}

export async function runDoctor(input: DoctorInput): Promise<DoctorReport> {
  const repoRoot = await input.git.repoRoot(input.cwd).catch(() => {
    throw new UserInputError(`${input.cwd} is not inside a git repository`)
  })
  const layout = input.runId === undefined ? undefined : await findRun(repoRoot, input.runId)
  const loaded = layout === undefined ? undefined : await loadForDoctor(layout)
  const agents = input.agents ?? loaded?.state?.agents?.set ?? 'codex-claude'
  const problems = await preflight({
    repoRoot,
    git: input.git,
    env: input.env,
    requiredExecutables: agentExecutables(agents)
  })
  const checks: DoctorCheck[] = preflightChecks(problems)
  if (input.playbookPath !== undefined)
    checks.push(...(await playbookChecks(repoRoot, resolve(input.cwd, input.playbookPath))))
  const repairs: DoctorRepair[] = []
  if (layout !== undefined && loaded !== undefined) {
    checks.push(loaded.check)
    if (loaded.state !== undefined) {
      checks.push(await runAgentsCheck(layout, loaded.state))
      let state = loaded.state
      const locked = await isRunLocked(layout)
      checks.push(runActivityCheck(state, locked))
      const processes = await stageProcessesCheck(layout, locked)
      if (processes !== undefined) checks.push(processes)
      let facts = await referenceFacts(layout, state)
      if (input.fixSafe) {
        repairs.push(...(await repairRun(layout, state, facts, input.clock)))
        if (repairs.some((repair) => repair.status === 'applied')) {
          state = await loadRunState(layout)
          facts = await referenceFacts(layout, state)
        }
      }
      checks.push(runReferencesCheck(state, facts))
      checks.push(runBranchCheck(state, await branchSha(layout.repoRoot, state.run_branch_name)))
      checks.push(
        integrityIncidentsCheck(
          await readIncidents(layout.repoRoot, layout.controlDir, (path) =>
            repoRelative(layout.repoRoot, path)
          ),
          // While a live process holds the run, the record is just the stage in progress.
          locked ? undefined : await readInterruptedStage(layout.controlDir)
        )
      )
    }
  }
  const ok =
    checks.every((check) => check.status !== 'error') &&
    repairs.every((repair) => repair.status !== 'failed')
  return { ok, exit_code: ok ? 0 : 1, repo_root: repoRoot, checks, repairs }
}

async function playbookChecks(repoRoot: string, absolute: string): Promise<DoctorCheck[]> {
  const source = await readPlaybookSource(absolute).catch((error: unknown) => describeError(error))
  if (typeof source === 'string')
    return [{ name: 'playbook_parse', status: 'error', detail: source }]
  const path = repoRelative(repoRoot, source.path)
  const decoded = decodePlaybook(source.bytes)
  if (!decoded.ok)
    return [
      { name: 'playbook_parse', status: 'error', path, detail: formatIssue(path, decoded.issue) }
    ]
  const parse: DoctorCheck = { name: 'playbook_parse', status: 'ok', path, sha256: source.sha256 }
  const normalized = normalizePlaybook({ ...source, path })
  const warnings = normalized.warnings.map((warning) => formatIssue(path, warning))
  if (!normalized.ok) {
    const issues = normalized.issues.map((issue) => formatIssue(path, issue))
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`
    return [parse, { name: 'playbook_normalize', status: 'error', detail: count, issues }]
  }
  const { adapter_id, items } = normalized.plan
  const item_count = items.length
  const normalize: DoctorCheck = {
    name: 'playbook_normalize',
    status: 'ok',
    adapter_id,
    item_count
  }
  return [parse, warnings.length === 0 ? normalize : { ...normalize, warnings }]
}

/**
 * The agents the run continues with, and for a scripted run whether its own copy of the
 * scenario is still what it recorded (resume refuses otherwise).
 */
async function runAgentsCheck(layout: RunLayout, state: RunState): Promise<DoctorCheck> {
  const detail = describeAgents(state.agents)
  const scenario = state.agents?.scenario ?? null
  if (scenario === null) return { name: 'run_agents', status: 'ok', detail }
  try {
    await readRunScenario(layout, scenario)
    return { name: 'run_agents', status: 'ok', detail }
  } catch (error) {
    return { name: 'run_agents', status: 'error', detail: `${detail}: ${describeError(error)}` }
  }
}

/** run_state.json read the way every command reads it, with the damage named exactly. */
async function loadForDoctor(layout: RunLayout): Promise<{ check: DoctorCheck; state?: RunState }> {
  const path = repoRelative(layout.repoRoot, layout.runStatePath)
  const fail = (damage: RunStateDamage, bytes: number, why: string): { check: DoctorCheck } => ({
    check: {
      name: 'run_state_load',
      status: 'error',
      problem: damage,
      path,
      detail: describeRunStateDamage(damage, bytes, why)
    }
  })
  let text: string
  try {
    text = await readFile(layout.runStatePath, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      return fail('unreadable', 0, describeError(error))
    // findRun found the run's directory; the state file in it is what is missing.
    return fail('missing', 0, 'the run directory exists but holds no run state')
  }
  const bytes = Buffer.byteLength(text)
  let state: RunState
  try {
    state = parseRunState(layout.runStatePath, text)
  } catch (error) {
    if (!(error instanceof RunStateUnreadableError)) throw error
    const damage =
      error.problem === 'not_json' && looksTruncated(text) ? 'truncated' : error.problem
    // parseRunState says "<path>: run state <what>: <cause>"; keep only the cause.
    const cause = error.message
      .slice(`${layout.runStatePath}: `.length)
      .replace(/^run state [^:]*: /, '')
    return fail(damage, bytes, cause)
  }
  if (state.run_id !== layout.runId) return fail('wrong_run', bytes, `it is ${state.run_id}`)
  const { run_id, current_state, current_item_id } = state
  return {
    state,
    check: {
      name: 'run_state_load',
      status: 'ok',
      detail: `${run_id} at ${current_state}`,
      run_id,
      current_state,
      current_item_id
    }
  }
}

async function referenceFacts(layout: RunLayout, state: RunState): Promise<ReferenceFacts> {
  const root = layout.repoRoot
  const at = (path: string): string => resolve(root, path)
  const planPath = at(state.normalized_plan_path)
  const withinRunRoot = planPathInRun(layout, state) !== undefined
  const planText = await readText(planPath)
  const health =
    withinRunRoot && planText !== undefined ? normalizedPlanHealth(state, planText) : undefined
  const items = state.items
  const worktreeDirs = await readdir(layout.worktreesDir, { withFileTypes: true }).catch(() => [])
  const policyText =
    state.runtime_policy_path === null ? undefined : await readText(at(state.runtime_policy_path))
  return {
    playbookSourceExists: await exists(at(state.playbook_source_path)),
    normalizedPlan: {
      withinRunRoot,
      exists: planText !== undefined,
      valid: health?.valid ?? null,
      matchesRunState: health?.matchesRunState ?? null,
      ...(health?.error === undefined ? {} : { error: health.error })
    },
    snapshotExists: await exists(layout.playbookSnapshotPath),
    runBranchExists: (await branchSha(root, state.run_branch_name)) !== undefined,
    missingItemBranches: await keepAsync(
      items.map((item) => item.branch_name),
      async (name) => (await branchSha(root, name)) === undefined
    ),
    missingCheckpointRefs: await keepAsync(
      items.map((item) => item.checkpoint_ref),
      async (sha) => (await tryResolveCommit(root, sha)) === undefined
    ),
    missingWorktrees: await keepAsync(
      items.map((item) => item.worktree_path),
      async (path) => !(await exists(at(path)))
    ),
    orphanedWorktrees: orphanedWorktrees(
      worktreeDirs.filter((entry) => entry.isDirectory()).map((entry) => entry.name),
      `${WORKTREE_ROOT}/${state.run_id}`,
      state
    ),
    missingArtifacts: (
      await Promise.all(
        items.flatMap((item) =>
          Object.entries(item.latest_paths).map(async ([key, path]) =>
            path !== null && !(await exists(at(path))) ? [{ item_id: item.item_id, key, path }] : []
          )
        )
      )
    ).flat(),
    policy: runtimePolicyIntegrity(state, policyText)
  }
}

type RepairName = DoctorRepair['name']

/**
 * `--fix-safe`: rebuilds normalized_plan.json from the playbook snapshot, and
 * runtime_policy.json when the run state determines it byte for byte. Both are files the
 * orchestrator derives; nothing a person or an agent wrote is touched, and run_state.json
 * only gains an event, through a validated save, under the run's lock.
 */
async function repairRun(
  layout: RunLayout,
  state: RunState,
  facts: ReferenceFacts,
  clock: Clock
): Promise<DoctorRepair[]> {
  const plan = facts.normalizedPlan
  const wanted: Array<readonly [RepairName, string | null]> = []
  if (!(plan.exists && plan.valid === true && plan.matchesRunState === true))
    wanted.push(['rebuild_normalized_plan', state.normalized_plan_path])
  if (Object.values(facts.policy.checks).includes(false))
    wanted.push(['rebuild_runtime_policy', state.runtime_policy_path])
  const inRun = (path: string | null): boolean =>
    path !== null &&
    resolve(layout.repoRoot, path).startsWith(`${resolve(layout.controlDir)}${sep}`)
  const skipped: DoctorRepair[] = wanted
    .filter(([, path]) => !inRun(path))
    .map(([name, path]) => ({
      name,
      status: 'skipped',
      detail: `refusing to rewrite out-of-scope path ${path ?? ''}`
    }))
  const todo = wanted.filter(([, path]) => inRun(path)).map(([name]) => name)
  if (todo.length === 0) return skipped
  try {
    return await withRunLock(layout, 'doctor --fix-safe', async () => {
      // Decide on the state as it is now that no one else can write it.
      const fresh = await loadRunState(layout)
      const done = [...skipped]
      for (const name of todo) done.push(await rebuildDerivedFile(name, layout, fresh))
      const applied = done.filter((repair) => repair.status === 'applied')
      if (applied.length > 0) {
        const now = isoSeconds(clock.now())
        const message = `doctor --fix-safe rebuilt ${applied.map((repair) => repair.path).join(', ')}`
        const event = { actor: 'orchestrator' as const, itemId: null, message }
        await saveRunState(layout, appendEvent(fresh, event, now))
      }
      return done
    })
  } catch (error) {
    // A live writer owns the run: come back later. Anything else is a failed repair.
    const status: DoctorRepair['status'] = error instanceof RunLockedError ? 'skipped' : 'failed'
    return [...skipped, ...todo.map((name) => ({ name, status, detail: describeError(error) }))]
  }
}

async function keepAsync(
  values: ReadonlyArray<string | null>,
  keep: (value: string) => Promise<boolean>
): Promise<string[]> {
  const present = values.filter((value): value is string => value !== null)
  const kept = await Promise.all(present.map(keep))
  return present.filter((_, index) => kept[index])
}

async function exists(path: string): Promise<boolean> {
  return access(path)
    .then(() => true)
    .catch(() => false)
}

async function readText(path: string): Promise<string | undefined> {
  return readFile(path, 'utf8').catch(() => undefined)
}
