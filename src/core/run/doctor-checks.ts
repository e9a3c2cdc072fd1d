import { createHash } from 'node:crypto'
import { isDeepStrictEqual } from 'node:util'
import { OPTION_NAMES } from '../policy/runtime-policy.js'
import { NormalizedPlanSchema } from '../schemas/normalized-plan.js'
import { type RunState, RuntimePolicySnapshotSchema } from '../schemas/run-state.js'
import type { IntegrityIncident } from '../schemas/integrity-incident.js'
import { judgeRunBranch } from './run-branch.js'
import { isInFlight } from './lifecycle.js'

/**
 * The pure half of `doctor`: given what the kernel read from disk and git, decide what is
 * wrong and say it in words an operator can act on.
 */

export type CheckStatus = 'ok' | 'warning' | 'error'

export interface DoctorCheck {
  readonly name: string
  readonly status: CheckStatus
  readonly detail?: string
  readonly [field: string]: unknown
}

export interface DoctorRepair {
  readonly name: 'rebuild_normalized_plan' | 'rebuild_runtime_policy'
  readonly status: 'applied' | 'skipped' | 'failed'
  readonly detail?: string
  readonly path?: string
  readonly source_snapshot_path?: string
}

export interface DoctorReport {
  readonly ok: boolean
  readonly exit_code: 0 | 1
  readonly repo_root: string
  readonly checks: readonly DoctorCheck[]
  readonly repairs: readonly DoctorRepair[]
}

const PREFLIGHT_NAMES: ReadonlyArray<readonly [string, RegExp]> = [
  ['agent_environment', /^ambient agent configuration/],
  ['required_commands', / is not on PATH/],
  ['git_identity', /^git identity/],
  ['clean_tracked_checkout', /^the checkout has uncommitted changes/],
  ['local_ignored', /^\.local\/ is not ignored/]
]

/** Preflight's problem sentences sorted into its named checks; one entry per check. */
export function preflightChecks(problems: readonly string[]): DoctorCheck[] {
  const claimed = new Set<string>()
  const checks: DoctorCheck[] = PREFLIGHT_NAMES.map(([name, pattern]) => {
    const mine = problems.filter((problem) => pattern.test(problem))
    for (const problem of mine) claimed.add(problem)
    return mine.length === 0
      ? { name, status: 'ok' }
      : { name, status: 'error', detail: mine.join('; ') }
  })
  // A preflight problem this table does not know yet must still fail the doctor.
  const other = problems.filter((problem) => !claimed.has(problem))
  if (other.length > 0)
    checks.push({ name: 'preflight', status: 'error', detail: other.join('; ') })
  return checks
}

/** Whether a live writer holds the run, and if not, whether it stopped mid-stage. */
export function runActivityCheck(state: RunState, locked: boolean): DoctorCheck {
  if (locked)
    return {
      name: 'run_activity',
      status: 'ok',
      activity: 'running',
      detail: `a live process holds the lock of run ${state.run_id}; what doctor reads may change under it`
    }
  if (!isInFlight(state.current_state))
    return { name: 'run_activity', status: 'ok', activity: 'idle' }
  const command = `plan-orchestrator resume --run-id ${state.run_id}`
  return {
    name: 'run_activity',
    status: 'warning',
    activity: 'interrupted',
    detail: `interrupted at ${state.current_state} (item ${state.current_item_id ?? 'none'}) and no process is working on it; continue with: ${command}`,
    resume_command: command
  }
}

export interface PolicyChecks {
  readonly runtime_policy_path_exists: boolean | null
  readonly runtime_policy_sha256_matches: boolean | null
  readonly runtime_policy_matches_run_state: boolean | null
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

/** Shared with status: does runtime_policy.json still say what the run records? */
export function runtimePolicyIntegrity(
  state: RunState,
  fileText: string | undefined
): { checks: PolicyChecks; error?: string } {
  const recorded = state.runtime_policy_path !== null
  const exists = recorded ? fileText !== undefined : null
  const mismatch = fileText === undefined ? undefined : policyMismatch(state, fileText)
  const checks: PolicyChecks = {
    runtime_policy_path_exists: exists,
    runtime_policy_sha256_matches:
      exists !== true || state.runtime_policy_sha256 === null
        ? null
        : sha256Hex(fileText ?? '') === state.runtime_policy_sha256,
    runtime_policy_matches_run_state: exists === true ? mismatch === undefined : null
  }
  return exists === true && mismatch !== undefined ? { checks, error: mismatch } : { checks }
}

function policyMismatch(state: RunState, fileText: string): string | undefined {
  let json: unknown
  try {
    json = JSON.parse(fileText)
  } catch (error) {
    return `runtime_policy.json is not JSON: ${(error as Error).message}`
  }
  const parsed = RuntimePolicySnapshotSchema.safeParse(json)
  if (!parsed.success)
    return `runtime_policy.json is not a valid runtime policy snapshot: ${parsed.error.issues[0]?.message ?? ''}`
  // Deep: the price table is an object.
  const differing = OPTION_NAMES.filter(
    (name) => !isDeepStrictEqual(parsed.data.options[name], state.options[name])
  )
  if (differing.length > 0)
    return `runtime_policy.json options differ from the run state: ${differing.join(', ')}`
  const recorded = state.runtime_policy_sources
  if (recorded !== null) {
    const keys = new Set([...Object.keys(recorded), ...Object.keys(parsed.data.sources)])
    const differingSources = [...keys].filter((key) => recorded[key] !== parsed.data.sources[key])
    if (differingSources.length > 0)
      return `runtime_policy.json sources differ from the run state: ${differingSources.join(', ')}`
  }
  return undefined
}

/** `normalized_plan.json` valid, and about this run's playbook and items? */
export function normalizedPlanHealth(
  state: RunState,
  text: string
): { valid: boolean; matchesRunState: boolean | null; error?: string } {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return { valid: false, matchesRunState: null, error: `not JSON: ${(error as Error).message}` }
  }
  const parsed = NormalizedPlanSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue === undefined ? '' : `${issue.path.join('.') || '(root)'}: ${issue.message}`
    return { valid: false, matchesRunState: null, error: `not a valid normalized plan: ${where}` }
  }
  const planItems = parsed.data.items.map((item) => `${item.order}:${item.item_id}`).join(',')
  const runItems = state.items.map((item) => `${item.order}:${item.item_id}`).join(',')
  const mismatch =
    planItems !== runItems
      ? `its items (${planItems}) are not the run's (${runItems})`
      : parsed.data.plan_source.sha256 !== state.playbook_source_sha256
        ? 'it was normalized from another version of the playbook (sha256 differs)'
        : undefined
  return {
    valid: true,
    matchesRunState: mismatch === undefined,
    ...(mismatch === undefined ? {} : { error: mismatch })
  }
}

export interface MissingArtifact {
  readonly item_id: string
  readonly key: string
  readonly path: string
}

/** What the kernel found on disk and in git for one run (the files run_state.json names, plus the latest_paths files). */
export interface ReferenceFacts {
  readonly playbookSourceExists: boolean
  readonly normalizedPlan: {
    readonly withinRunRoot: boolean
    readonly exists: boolean
    readonly valid: boolean | null
    readonly matchesRunState: boolean | null
    readonly error?: string
  }
  readonly snapshotExists: boolean
  readonly runBranchExists: boolean
  readonly missingItemBranches: readonly string[]
  readonly missingCheckpointRefs: readonly string[]
  readonly missingWorktrees: readonly string[]
  readonly orphanedWorktrees: readonly string[]
  readonly missingArtifacts: readonly MissingArtifact[]
  readonly policy: { readonly checks: PolicyChecks; readonly error?: string }
}

/** Checks whose `false` is damage (error); the others only warn. */
const WARNING_ONLY = new Set([
  'playbook_snapshot_exists',
  'runtime_policy_path_exists',
  'runtime_policy_sha256_matches',
  'runtime_policy_matches_run_state'
])

export function runReferencesCheck(state: RunState, facts: ReferenceFacts): DoctorCheck {
  const plan = facts.normalizedPlan
  const checks: Record<string, boolean | null> = {
    playbook_source_path_exists: facts.playbookSourceExists,
    normalized_plan_path_exists: plan.exists,
    normalized_plan_path_within_run_root: plan.withinRunRoot,
    normalized_plan_valid: plan.valid,
    normalized_plan_matches_run_state: plan.matchesRunState,
    playbook_snapshot_exists: facts.snapshotExists,
    run_branch_exists: facts.runBranchExists,
    item_branches_exist: facts.missingItemBranches.length === 0,
    checkpoint_refs_exist: facts.missingCheckpointRefs.length === 0,
    referenced_worktrees_exist: facts.missingWorktrees.length === 0,
    latest_paths_exist: facts.missingArtifacts.length === 0,
    ...facts.policy.checks
  }
  const failed = Object.keys(checks).filter((key) => checks[key] === false)
  const errors = failed.filter((key) => !WARNING_ONLY.has(key))
  const warnings = failed.filter((key) => WARNING_ONLY.has(key))
  if (facts.orphanedWorktrees.length > 0) warnings.push('orphaned_worktrees')
  const status: CheckStatus = errors.length > 0 ? 'error' : warnings.length > 0 ? 'warning' : 'ok'
  return {
    name: 'run_references',
    status,
    ...(status === 'ok' ? {} : { detail: [...errors, ...warnings].join(', ') }),
    run_id: state.run_id,
    checks,
    missing_item_branches: facts.missingItemBranches,
    missing_checkpoint_refs: facts.missingCheckpointRefs,
    missing_worktrees: facts.missingWorktrees,
    orphaned_worktrees: facts.orphanedWorktrees,
    missing_artifacts: facts.missingArtifacts,
    ...(plan.error === undefined ? {} : { normalized_plan_error: plan.error }),
    ...(state.runtime_policy_path === null
      ? {}
      : { runtime_policy_path: state.runtime_policy_path }),
    ...(facts.policy.error === undefined ? {} : { runtime_policy_error: facts.policy.error })
  }
}

/** Worktree directories of the run that no item points at now (superseded attempts included). */
export function orphanedWorktrees(
  dirNames: readonly string[],
  worktreesDir: string,
  state: RunState
): string[] {
  const current = new Set(state.items.map((item) => item.worktree_path).filter((p) => p !== null))
  return dirNames
    .map((name) => `${worktreesDir}/${name}`)
    .filter((path) => !current.has(path))
    .sort()
}

/** The run branch against the head the run state recorded (see core/run/run-branch.ts). */
export function runBranchCheck(state: RunState, tip: string | undefined): DoctorCheck {
  const verdict = judgeRunBranch(state, tip)
  const base = { name: 'run_branch_head', expected: state.run_branch_head, actual: tip ?? null }
  switch (verdict.kind) {
    case 'at_head':
      return { ...base, status: 'ok' }
    case 'moved':
      return { ...base, status: 'error', detail: verdict.message }
    default:
      return {
        ...base,
        status: 'warning',
        detail: `the pass of item ${verdict.pending.item_id} was recorded but not saved before an interruption (run branch ${verdict.kind === 'pending_applied' ? 'already at' : 'not yet at'} ${verdict.pending.to}); plan-orchestrator resume --run-id ${state.run_id} completes it`
      }
  }
}

/** One incident record as doctor read it back, with each change's resolution now. */
export interface IncidentReading {
  readonly path: string
  readonly incident?: IntegrityIncident
  readonly problem?: string
  readonly resolved: readonly boolean[]
}

/**
 * Integrity incidents of the run: an error while any recorded change is unresolved (listed
 * with what resolves it), a warning naming what happened once all are resolved.
 */
export function integrityIncidentsCheck(
  readings: readonly IncidentReading[],
  interrupted?: InterruptedStage
): DoctorCheck {
  if (readings.length === 0 && interrupted === undefined)
    return { name: 'integrity_incidents', status: 'ok' }
  if (readings.length === 0 && interrupted !== undefined)
    return {
      name: 'integrity_incidents',
      status: 'warning',
      detail: describeInterrupted(interrupted)
    }
  const unresolved: string[] = []
  const resolved: string[] = []
  for (const reading of readings) {
    if (reading.incident === undefined) {
      unresolved.push(`${reading.path}: unreadable incident record (${reading.problem ?? '?'})`)
      continue
    }
    const { item_id, attempt_number, stage } = reading.incident
    const where = `item ${item_id} attempt ${attempt_number}, ${stage}`
    reading.incident.changes.forEach((change, index) => {
      const line = `${where}: ${change.description}`
      if (reading.resolved[index] === true) resolved.push(line)
      else
        unresolved.push(
          `${line} [${UNRESOLVED_HINT[change.resolved_when]}; record ${reading.path}]`
        )
    })
  }
  if (interrupted !== undefined) unresolved.push(describeInterrupted(interrupted))
  const count = readings.length === 1 ? '1 incident' : `${readings.length} incidents`
  return unresolved.length > 0
    ? {
        name: 'integrity_incidents',
        status: 'error',
        detail: `${count}: ${unresolved.length} change(s) outside an attempt not resolved`,
        unresolved,
        resolved
      }
    : {
        name: 'integrity_incidents',
        status: 'warning',
        detail: `${count}, every change resolved`,
        unresolved,
        resolved
      }
}

/** A stage whose process died before its integrity check (its record is still there). */
export type InterruptedStage =
  | { readonly item_id: string; readonly attempt_number: number; readonly stage: string }
  | { readonly problem: string }

function describeInterrupted(stage: InterruptedStage): string {
  return 'problem' in stage
    ? `the record of an interrupted stage cannot be read (${stage.problem}); resume refuses until it is removed`
    : `the ${stage.stage} of item ${stage.item_id} attempt ${stage.attempt_number} was interrupted before its integrity check; resume runs the check first`
}

const UNRESOLVED_HINT: Record<IntegrityIncident['changes'][number]['resolved_when'], string> = {
  ref_matches_before: 'resolved when the ref points where it did before',
  file_matches_before: 'resolved when the file is back as it was',
  checkout_clean: 'resolved when git status no longer lists it',
  absent: 'resolved when the file is removed',
  restored: 'restored',
  acknowledged: 'cannot be checked; remove the record once you have inspected it'
}
