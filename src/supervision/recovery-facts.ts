import { readdir } from 'node:fs/promises'
import { resolve } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import type { GitPort } from '../kernel/ports.js'
import { INTEGRITY_ESCALATION } from '../core/integrity/outside-state.js'
import type { RunLayout } from '../core/run/layout.js'
import { NormalizedPlanSchema } from '../core/schemas/normalized-plan.js'
import { ManualGateRecordSchema, VerificationReportSchema } from '../core/schemas/reports.js'
import type { ItemRunState, RunState } from '../core/schemas/run-state.js'
import { focusItem } from '../core/run/item-focus.js'
import type { RecoveryFacts } from '../core/supervision/recovery-decision.js'
import { directoryDigest, loadedValue, readArtifact } from './artifacts.js'

/**
 * What the supervisor reads from disk and git before deciding: facts about the run that the
 * run state alone does not carry, and whether a human has supplied evidence.
 */

export async function gatherFacts(
  run: RunLayout,
  state: RunState,
  git: Pick<GitPort, 'branchSha'>
): Promise<RecoveryFacts> {
  const plan = await readArtifact(NormalizedPlanSchema, run.normalizedPlanPath)
  // The same item the decision will be about, so its facts are the ones that matter.
  const focus = focusItem(state)
  return {
    normalizedPlanHealthy: plan.kind === 'ok',
    runBranchExists: (await git.branchSha(run.repoRoot, state.run_branch_name)) !== undefined,
    scopeFailed: focus === undefined ? false : await scopeFailed(run, focus),
    gateRejected: focus === undefined ? false : await gateRejected(run, focus)
  }
}

async function scopeFailed(run: RunLayout, item: ItemRunState): Promise<boolean> {
  // A checkpoint refused for scope escalates before any verification report exists; its
  // summary is the only record, and the kernel words it this way on purpose.
  if (item.terminal_summary?.startsWith('scope violation') === true) return true
  // Something changed outside the attempt: as much a human's to judge as a scope violation.
  if (item.terminal_summary?.startsWith(INTEGRITY_ESCALATION) === true) return true
  const path = item.latest_paths.verification_report_path
  if (path === null) return false
  const report = loadedValue(
    await readArtifact(VerificationReportSchema, resolve(run.repoRoot, path))
  )
  return report?.scope_check.status === 'fail'
}

async function gateRejected(run: RunLayout, item: ItemRunState): Promise<boolean> {
  const path = item.latest_paths.manual_gate_path
  if (path === null) return false
  const record = loadedValue(
    await readArtifact(ManualGateRecordSchema, resolve(run.repoRoot, path))
  )
  return record?.status === 'rejected'
}

/** Evidence that a human supplied and that has stopped changing. */
export interface ReadyEvidence {
  readonly path: string
  readonly digest: string
}

/** How long a package must stay unchanged to count as completely copied. */
const SETTLE_MS = 1000

/**
 * The first candidate directory that exists, has at least one entry, and whose digest is the
 * same twice in a row a second apart: a package still being copied is not taken half-done.
 */
export async function readyEvidence(
  candidates: readonly (string | undefined)[]
): Promise<ReadyEvidence | null> {
  for (const path of candidates) {
    if (path === undefined || !(await hasEntries(path))) continue
    const before = await directoryDigest(path)
    await delay(SETTLE_MS)
    const after = await directoryDigest(path)
    if (before !== null && before === after) return { path, digest: after }
  }
  return null
}

async function hasEntries(path: string): Promise<boolean> {
  return readdir(path).then(
    (entries) => entries.length > 0,
    () => false
  )
}
