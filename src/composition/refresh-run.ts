import { readFile } from 'node:fs/promises'
import { resolve, sep } from 'node:path'
import { createRefreshBranch } from '../adapters/git/index.js'
import { runGit } from '../adapters/git/git-runner.js'
import { withRunLock } from '../adapters/run-lock.js'
import { findRun, loadRunState, saveRunState, writeJson, writeText } from '../adapters/run-store.js'
import { formatIssue } from '../core/playbook/issues.js'
import { normalizePlaybook } from '../core/playbook/normalize.js'
import { type DoctorRepair, sha256Hex } from '../core/run/doctor-checks.js'
import { type RunLayout, repoRelative } from '../core/run/layout.js'
import { appendEvent } from '../core/run/run-state-ops.js'
import { OPTION_NAMES } from '../core/policy/runtime-policy.js'
import type { NormalizedPlan } from '../core/schemas/normalized-plan.js'
import type { RunState } from '../core/schemas/run-state.js'
import { isoSeconds } from '../core/time.js'
import { UserInputError } from '../errors.js'
import type { Clock, GitPort } from '../kernel/ports.js'
import { preflight } from '../kernel/preflight.js'
import { checkRunBranch } from '../kernel/run-branch.js'

/**
 * `refresh-run`: continue a run on top of a newer base (say, after earlier items were
 * merged into main). The run branch is replaced by a new `orchestrator/run-refresh/<RUN>/<K>`
 * at the target, which must descend from the current run branch, and the plan is
 * normalized again from the run's frozen playbook snapshot. Everything is checked before
 * anything is written, so a refused refresh changes nothing.
 */

export interface RefreshRunInput {
  readonly cwd: string
  readonly env: Readonly<Record<string, string | undefined>>
  readonly runId: string
  readonly targetRef: string
  readonly git: GitPort
  readonly clock: Clock
}

export interface RefreshRunResult {
  readonly run_id: string
  readonly current_state: string
  readonly current_item_id: string | null
  readonly run_branch_name: string
  readonly previous_run_branch_name: string
  readonly target_sha: string
  readonly run_state_path: string
  readonly normalized_plan_path: string
}

export async function refreshRun(input: RefreshRunInput): Promise<RefreshRunResult> {
  const repoRoot = await input.git.repoRoot(input.cwd).catch(() => {
    throw new UserInputError(`${input.cwd} is not inside a git repository`)
  })
  const layout = await findRun(repoRoot, input.runId)
  // Read once before locking: an unknown or damaged run is named as such, not as a lock error.
  await loadRunState(layout)
  const problems = await preflight({
    repoRoot,
    git: input.git,
    env: input.env,
    requiredExecutables: ['git']
  })
  if (problems.length > 0)
    throw new UserInputError(problems.map((problem) => `error: ${problem}`).join('\n'))

  return withRunLock(layout, 'refresh-run', async () => {
    const state = await loadRunState(layout)
    const gated = state.items.find((item) => item.terminal_state === 'awaiting_human_gate')
    if (gated !== undefined)
      // Approval fast-forwards the run branch from the gated attempt's base; moving the
      // branch now would strand that decision.
      throw new UserInputError(
        `item ${gated.item_id} awaits a human gate; decide it first (plan-orchestrator mark-manual-gate --run-id ${state.run_id} --item ${gated.item_id} --checkpoint ${gated.checkpoint_ref ?? 'SHA'} ...), then refresh`
      )
    // The new base must descend from the branch the run really built, not from a moved one;
    // a pass recorded but not saved is completed by resume first.
    const verdict = await checkRunBranch(input.git, repoRoot, state)
    if (verdict.kind !== 'at_head')
      throw new UserInputError(
        `run ${state.run_id} has an unfinished pass of item ${verdict.pending.item_id}; complete it first: plan-orchestrator resume --run-id ${state.run_id}`
      )
    const planPath = planPathInRun(layout, state)
    if (planPath === undefined)
      throw new UserInputError(
        `refusing to rewrite ${state.normalized_plan_path}: it is outside the run directory`
      )
    const now = input.clock.now()
    const rebuilt = await planFromSnapshot(layout, state, now)
    if (!rebuilt.ok) throw new UserInputError(rebuilt.detail)
    const refreshed = await createRefreshBranch({
      repoRoot,
      runId: state.run_id,
      runBranch: state.run_branch_name,
      targetRef: input.targetRef
    })
    await writeJson(planPath, rebuilt.plan)
    const next = appendEvent(
      { ...state, run_branch_name: refreshed.branch, run_branch_head: refreshed.sha },
      {
        actor: 'orchestrator',
        itemId: null,
        message: `run branch refreshed: ${refreshed.branch} at ${refreshed.sha} (${input.targetRef}), was ${state.run_branch_name}; plan normalized again from the snapshot`
      },
      isoSeconds(now)
    )
    await saveRunState(layout, next)
    return {
      run_id: next.run_id,
      current_state: next.current_state,
      current_item_id: next.current_item_id,
      run_branch_name: next.run_branch_name,
      previous_run_branch_name: state.run_branch_name,
      target_sha: refreshed.sha,
      run_state_path: layout.runStatePath,
      normalized_plan_path: planPath
    }
  })
}

export type PlanRebuild =
  | { readonly ok: true; readonly plan: NormalizedPlan }
  | {
      readonly ok: false
      readonly problem: 'missing' | 'malformed' | 'sha_mismatch' | 'invalid' | 'items_differ'
      readonly detail: string
    }

export const SNAPSHOT_SEPARATOR = '\n---\n\n'

/**
 * The run's plan normalized again from `playbook_source_snapshot.md`, with the recorded
 * playbook path. The snapshot must still hash to the recorded playbook sha256 and yield
 * the run's items: a plan that differs from the approved one is refused, not installed.
 */
export async function planFromSnapshot(
  layout: RunLayout,
  state: RunState,
  generatedAt: Date
): Promise<PlanRebuild> {
  const where = repoRelative(layout.repoRoot, layout.playbookSnapshotPath)
  const text = await readFile(layout.playbookSnapshotPath, 'utf8').catch(() => undefined)
  if (text === undefined)
    return { ok: false, problem: 'missing', detail: `missing playbook snapshot ${where}` }
  const at = text.indexOf(SNAPSHOT_SEPARATOR)
  if (at < 0)
    return {
      ok: false,
      problem: 'malformed',
      detail: `malformed playbook snapshot ${where}: no "---" line separating its header from the playbook`
    }
  const body = text.slice(at + SNAPSHOT_SEPARATOR.length)
  const recorded = state.playbook_source_sha256
  // The snapshot keeps the playbook without a byte-order mark; either form may have been hashed.
  const sha = [body, `\ufeff${body}`].map(sha256Hex).find((candidate) => candidate === recorded)
  if (sha === undefined)
    return {
      ok: false,
      problem: 'sha_mismatch',
      detail: `playbook snapshot ${where} no longer matches the playbook sha256 the run recorded (${recorded}); it was edited`
    }
  const normalized = normalizePlaybook({
    bytes: new TextEncoder().encode(body),
    path: state.playbook_source_path,
    sha256: sha,
    generatedAt
  })
  if (!normalized.ok) {
    const issues = normalized.issues.map((issue) => formatIssue(where, issue))
    return {
      ok: false,
      problem: 'invalid',
      detail: `playbook snapshot ${where} does not normalize: ${issues.join('; ')}`
    }
  }
  const planItems = normalized.plan.items.map((item) => item.item_id).join(', ')
  const runItems = state.items.map((item) => item.item_id).join(', ')
  if (planItems !== runItems)
    return {
      ok: false,
      problem: 'items_differ',
      detail: `playbook snapshot ${where} now yields items ${planItems}, but the run has ${runItems}`
    }
  return { ok: true, plan: normalized.plan }
}

/** Absolute path of the run's normalized plan, or undefined when it points outside the run. */
export function planPathInRun(layout: RunLayout, state: RunState): string | undefined {
  const path = resolve(layout.repoRoot, state.normalized_plan_path)
  return path.startsWith(`${resolve(layout.controlDir)}${sep}`) ? path : undefined
}

/**
 * Rebuilds one file a run derives from its frozen inputs, for `doctor --fix-safe` (the
 * caller holds the run lock and has checked the path lies in the run directory). Writes
 * only when the result is exact, and never a file git tracks.
 */
export async function rebuildDerivedFile(
  name: DoctorRepair['name'],
  layout: RunLayout,
  state: RunState
): Promise<DoctorRepair> {
  const path =
    (name === 'rebuild_normalized_plan' ? state.normalized_plan_path : state.runtime_policy_path) ??
    ''
  const tracked = await runGit(layout.repoRoot, [
    '--literal-pathspecs',
    'ls-files',
    '-z',
    '--',
    path
  ])
  if (tracked !== '')
    return { name, status: 'skipped', detail: `refusing to rewrite ${path}: git tracks it` }
  return REBUILD[name](layout, state)
}

const REBUILD: Record<
  DoctorRepair['name'],
  (layout: RunLayout, state: RunState) => Promise<DoctorRepair>
> = {
  async rebuild_normalized_plan(layout, state) {
    // The run's creation time is when the plan was first normalized: same input, same bytes.
    const rebuilt = await planFromSnapshot(layout, state, new Date(state.created_at_utc))
    if (!rebuilt.ok) {
      const status = rebuilt.problem === 'missing' ? 'skipped' : 'failed'
      return { name: 'rebuild_normalized_plan', status, detail: rebuilt.detail }
    }
    await writeJson(resolve(layout.repoRoot, state.normalized_plan_path), rebuilt.plan)
    return {
      name: 'rebuild_normalized_plan',
      status: 'applied',
      path: state.normalized_plan_path,
      source_snapshot_path: repoRelative(layout.repoRoot, layout.playbookSnapshotPath)
    }
  },
  async rebuild_runtime_policy(layout, state) {
    const path = state.runtime_policy_path ?? ''
    const regenerated = regenerateRuntimePolicy(state)
    if (!regenerated.ok)
      return {
        name: 'rebuild_runtime_policy',
        status: 'skipped',
        detail: `${path} cannot be regenerated exactly (${regenerated.reason}); left as it is`
      }
    await writeText(resolve(layout.repoRoot, path), regenerated.text)
    return { name: 'rebuild_runtime_policy', status: 'applied', path }
  }
}

/**
 * runtime_policy.json exactly as `run` wrote it, rebuilt from the run state. The file
 * also names the control-plane files it was resolved from, which the run state does not
 * record; so every plausible combination is tried and one is accepted only when its
 * SHA-256 equals the recorded one. Anything less exact is refused, not approximated.
 */
function regenerateRuntimePolicy(
  state: RunState
): { ok: true; text: string } | { ok: false; reason: string } {
  const sources = state.runtime_policy_sources
  if (state.runtime_policy_sha256 === null || sources === null)
    return { ok: false, reason: 'the run state records no runtime policy sha256 or sources' }
  const used = new Set(Object.values(sources))
  if (used.has('config_file'))
    return {
      ok: false,
      reason: 'the run used a --config file whose path the run state does not record'
    }
  const repoPaths = used.has('repo_config')
    ? ['plan_orchestrator.json']
    : [null, 'plan_orchestrator.json']
  for (const repoPath of repoPaths) {
    const snapshot = {
      schema_version: 'plan_orchestrator.runtime_policy.v1',
      resolved_at_utc: state.created_at_utc,
      repo_control_plane_path: repoPath,
      overlay_control_plane_path: null,
      sources: Object.fromEntries(OPTION_NAMES.map((name) => [name, sources[name]])),
      options: Object.fromEntries(OPTION_NAMES.map((name) => [name, state.options[name]]))
    }
    const text = `${JSON.stringify(snapshot, null, 2)}\n`
    if (sha256Hex(text) === state.runtime_policy_sha256) return { ok: true, text }
  }
  return {
    ok: false,
    reason: 'no file rebuilt from the run state matches the recorded sha256 exactly'
  }
}
