import type {
  MergedFinding,
  MergedFindingsPacket,
  MutationReport,
  SuppressedFinding,
  VerificationReport
} from '../schemas/reports.js'
import type { AuditLaneOutcome, AuditLaneReading } from './audit-findings.js'
import { inconclusiveAuditFinding, readAuditLane } from './audit-findings.js'
import { readMutationControl } from './mutation-control.js'
import { dedupe, sortFindings } from './ordering.js'
import { summarizeVerification, verificationFindings } from './verification-findings.js'

export interface MergeInput {
  readonly itemId: string
  readonly attemptNumber: number
  readonly codexAudit: AuditLaneOutcome
  readonly claudeAudit: AuditLaneOutcome
  /** The execution, fix or remediation report of the cycle being audited. */
  readonly mutationReport: MutationReport | null
  readonly verification: VerificationReport
  /**
   * Dual audit fails closed by default: an inconclusive lane is a blocking finding. When
   * false, it is recorded but not blocking, unless neither lane reported.
   */
  readonly requireBothAudits?: boolean
}

/**
 * The deterministic findings merge (docs/decisions.md#findings-merge): the same inputs always give the same
 * packet, byte for byte, whatever order the auditors listed their findings in.
 */
export function mergeFindings(input: MergeInput): MergedFindingsPacket {
  const expected = { itemId: input.itemId, attemptNumber: input.attemptNumber }
  const codex = readAuditLane('codex', input.codexAudit, expected)
  const claude = readAuditLane('claude', input.claudeAudit, expected)
  const bothInconclusive = codex.inconclusiveReason !== null && claude.inconclusiveReason !== null
  const inconclusiveBlocks = (input.requireBothAudits ?? true) || bothInconclusive
  const mutation = readMutationControl(input.mutationReport)

  const candidates = [
    ...laneCandidates('codex', codex, inconclusiveBlocks),
    ...laneCandidates('claude', claude, inconclusiveBlocks),
    ...mutation.findings,
    ...verificationFindings(input.verification)
  ]
  const { findings, suppressed } = dedupeCandidates(candidates)
  return {
    schema_version: 'plan_orchestrator.merged_findings_packet.v1',
    item_id: input.itemId,
    attempt_number: input.attemptNumber,
    mutation_report_control: mutation.control,
    verification_summary: summarizeVerification(input.verification),
    codex_audit_summary: codex.summary,
    claude_audit_summary: claude.summary,
    merged_findings: sortFindings(findings),
    suppressed_findings: suppressed
  }
}

function laneCandidates(
  lane: 'codex' | 'claude',
  reading: AuditLaneReading,
  inconclusiveBlocks: boolean
): MergedFinding[] {
  if (reading.inconclusiveReason === null) return reading.findings
  return [
    ...reading.findings,
    inconclusiveAuditFinding(lane, reading.inconclusiveReason, inconclusiveBlocks)
  ]
}

/**
 * Later candidates with a known canonical id fold into the first: their sources, paths and
 * evidence are added and blocking wins, but title, severity and routing stay the first one's.
 */
function dedupeCandidates(candidates: readonly MergedFinding[]): {
  findings: MergedFinding[]
  suppressed: SuppressedFinding[]
} {
  const byId = new Map<string, MergedFinding>()
  const suppressed: SuppressedFinding[] = []
  for (const candidate of candidates) {
    const first = byId.get(candidate.canonical_id)
    if (first === undefined) {
      byId.set(candidate.canonical_id, candidate)
      continue
    }
    byId.set(candidate.canonical_id, {
      ...first,
      source_refs: [...first.source_refs, ...candidate.source_refs],
      file_paths: dedupe([...first.file_paths, ...candidate.file_paths]),
      evidence: dedupe([...first.evidence, ...candidate.evidence]),
      is_blocking: first.is_blocking || candidate.is_blocking
    })
    for (const ref of candidate.source_refs) {
      suppressed.push({
        source_type: ref.source_type,
        source_id: ref.source_id,
        suppression_reason: `duplicate_of:${candidate.canonical_id}`
      })
    }
  }
  return { findings: [...byId.values()], suppressed }
}
