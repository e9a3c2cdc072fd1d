import type { AuditLaneOutcome } from '../core/findings/audit-findings.js'
import type { Decision } from '../core/findings/decision.js'
import type { MutationLane } from '../core/run/lifecycle.js'
import type { ItemContext } from '../core/schemas/item-context.js'
import type {
  MergedFindingsPacket,
  MutationReport,
  TriageReport,
  VerificationReport
} from '../core/schemas/reports.js'
import type { ReviewCopy } from './ports.js'

/**
 * What the effects of one attempt hand each other (effect-handlers.ts): each effect reads what
 * the ones before it left here and adds its own results. It lives as long as the attempt.
 */
export interface AttemptWorkspace {
  /** The external evidence given to this attempt, if any. */
  readonly evidenceDir: string | undefined
  /** The current cycle (`execute.round-0`, `fix.round-1`, …) and its mutation lane. */
  cycleTag?: string
  lane?: MutationLane
  round?: number
  /** The worktree's commit before the cycle's agent ran (its checkpoint must follow it). */
  headBefore?: string
  itemContext?: ItemContext
  contextPath?: string
  prompt?: string
  promptFile?: string
  report?: MutationReport
  checkpoint?: string
  /**
   * The worktree is known clean against its HEAD: git has just checked it out, or the last
   * effect's own status of it (the checkpoint's check, or the one after verification) found
   * it so. The next stage check takes that as its reading below the worktree's top. Cleared
   * by that check and before any effect that may write there (effect-handlers.ts).
   */
  worktreeReadClean?: true
  /**
   * The patch from the attempt's base to the checkpoint, read with the committed changes
   * before verification; the packet takes it instead of reading the same commits again.
   */
  candidatePatch?: { readonly from: string; readonly to: string; readonly text: string }
  verification?: VerificationReport
  /** The read-only copy the review lanes work in, from the audit packet to the decision. */
  copy?: ReviewCopy
  packetInputs?: ReadonlyArray<{ readonly name: string; readonly path: string }>
  codexAudit?: AuditLaneOutcome
  claudeAudit?: AuditLaneOutcome
  merged?: MergedFindingsPacket
  mergedPath?: string
  triage?: TriageReport
  triagePath?: string
  decision?: Decision
}

/** A result an effect needs from an earlier one; its absence is a kernel bug. */
export function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`no ${what} in the attempt's workspace`)
  return value
}

/** Removes the review copy, once the review is over (or failed). */
export async function releaseReviewCopy(workspace: AttemptWorkspace): Promise<void> {
  const copy = workspace.copy
  if (copy === undefined) return
  workspace.copy = undefined
  await copy.remove()
}
