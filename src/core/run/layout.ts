import { join } from 'node:path/posix'
import { isRunId, runIdProblem } from './run-id.js'

/**
 * Where a run keeps its files. Names and places are the reference tool's, so operators'
 * habits and docs carry over. Pure path arithmetic; nothing is created here.
 */

export const CONTROL_ROOT = '.local/automation/plan_orchestrator/runs'
export const REPORT_ROOT = '.local/ai/plan_orchestrator/runs'
export const WORKTREE_ROOT = '.local/automation/plan_orchestrator/worktrees'
export const PACKET_DIR = '.local/plan_orchestrator/packet'
/**
 * An empty file whose change time the integrity readings take as the filesystem's clock
 * (adapters/integrity/checkout-stamp.ts); outside the run store, touched before a reading.
 */
export const CLOCK_PROBE = '.local/automation/plan_orchestrator/clock'

export interface RunLayout {
  readonly repoRoot: string
  readonly runId: string
  /** Absolute paths. */
  readonly controlDir: string
  readonly reportDir: string
  readonly worktreesDir: string
  readonly runStatePath: string
  readonly normalizedPlanPath: string
  readonly runtimePolicyPath: string
  readonly playbookSnapshotPath: string
  readonly lockPath: string
  /** The stages whose processes may still run (stage-processes.ts). */
  readonly stageProcessesPath: string
}

export interface AttemptLayout {
  readonly controlDir: string
  readonly reportDir: string
  readonly worktreePath: string
  readonly branchName: string
  readonly logsDir: string
  readonly promptsDir: string
}

export function runLayout(repoRoot: string, runId: string): RunLayout {
  // Entry points refuse a bad id with a clear message first; this is the backstop that keeps
  // any path from being built out of one they missed.
  if (!isRunId(runId)) throw new Error(runIdProblem(runId, 'run id'))
  const controlDir = join(repoRoot, CONTROL_ROOT, runId)
  // controlDir is normal and the names are plain, so appending gives what join would;
  // `status --all` lays out every run in the store (docs/performance.md).
  const inControl = (name: string): string => `${controlDir}/${name}`
  return {
    repoRoot,
    runId,
    controlDir,
    reportDir: join(repoRoot, REPORT_ROOT, runId),
    worktreesDir: join(repoRoot, WORKTREE_ROOT, runId),
    runStatePath: inControl('run_state.json'),
    normalizedPlanPath: inControl('normalized_plan.json'),
    runtimePolicyPath: inControl('runtime_policy.json'),
    playbookSnapshotPath: inControl('playbook_source_snapshot.md'),
    lockPath: inControl('run.lock'),
    stageProcessesPath: inControl('stage_processes.json')
  }
}

export function attemptLayout(run: RunLayout, itemId: string, attempt: number): AttemptLayout {
  const controlDir = join(run.controlDir, 'items', itemId, `attempt-${attempt}`)
  return {
    controlDir,
    reportDir: join(run.reportDir, 'items', itemId, `attempt-${attempt}`),
    worktreePath: join(run.worktreesDir, `item-${itemId}-attempt-${attempt}`),
    branchName: `orchestrator/item/${run.runId}/${itemId}/attempt-${attempt}`,
    logsDir: join(controlDir, 'logs'),
    promptsDir: join(controlDir, 'prompts')
  }
}

/** A scripted run's copy of a scenario it plays, named by the sha256 of its bytes. */
export function scenarioCopyPath(run: RunLayout, sha256: string): string {
  return join(run.controlDir, 'scenarios', `${sha256}.json`)
}

export function runBranchName(runId: string): string {
  return `orchestrator/run/${runId}`
}

/** `RUN_<yyyymmddTHHMMSSZ>_<8 hex>` from a time and random bytes supplied by the caller. */
export function formatRunId(now: Date, randomHex: string): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z')
  return `RUN_${stamp}_${randomHex.slice(0, 8)}`
}

/** Repo-relative form of an absolute path under the repo root (for the run state). */
export function repoRelative(repoRoot: string, absolute: string): string {
  const prefix = repoRoot.endsWith('/') ? repoRoot : `${repoRoot}/`
  return absolute.startsWith(prefix) ? absolute.slice(prefix.length) : absolute
}
