/**
 * Findings: from agent and gate reports to the item's next move. Pure functions only; the
 * kernel reads and writes the files.
 */
export type { AuditLaneOutcome, AuditLaneReading, AuditLaneSummary } from './audit-findings.js'
export {
  inconclusiveAuditFinding,
  inconclusiveSourceId,
  isInconclusiveAuditFinding,
  normalizeAuditFinding,
  readAuditLane
} from './audit-findings.js'
export type { FindingIdentity } from './canonical-id.js'
export { canonicalFindingId, canonicalSerialization, compareCodePoints } from './canonical-id.js'
export type { Decision, DecisionInput, NextRound, RoundBudget } from './decision.js'
export { BUDGET_EXHAUSTED_SUMMARY, decideAfterTriage, planNextRound } from './decision.js'
export type { MergeInput } from './merge.js'
export { mergeFindings } from './merge.js'
export { MUTATION_SIGNAL_SOURCE_IDS, readMutationControl } from './mutation-control.js'
export { sortFindings } from './ordering.js'
export type { PassBlockers } from './pass-blockers.js'
export { describePassBlockers, findPassBlockers, hasPassBlockers } from './pass-blockers.js'
export type { TriageOverrideContext, TriageOverrideResult } from './triage-override.js'
export { applyTriageOverride, NEXT_STAGE_OF } from './triage-override.js'
export { summarizeVerification, verificationFindings } from './verification-findings.js'
