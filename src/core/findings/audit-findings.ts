import type {
  AuditFinding,
  AuditLane,
  AuditReport,
  MergedFinding,
  MergedFindingsPacket
} from '../schemas/reports.js'
import { strip } from '../playbook/text.js'
import { withCanonicalId } from './canonical-id.js'

/**
 * What one audit lane produced. A lane that crashed, timed out, returned nothing usable or
 * an error envelope is `failed`; the reason says why in words an operator can act on.
 */
export type AuditLaneOutcome =
  | { readonly status: 'reported'; readonly report: AuditReport }
  | { readonly status: 'failed'; readonly reason: string }

export type AuditLaneSummary = MergedFindingsPacket['codex_audit_summary']

export interface AuditLaneReading {
  readonly summary: AuditLaneSummary
  readonly findings: MergedFinding[]
  /** Set when the lane did not deliver a conclusive review: it then counts as a finding. */
  readonly inconclusiveReason: string | null
}

const SOURCE_TYPE = { codex: 'codex_audit', claude: 'claude_audit' } as const

/** The audit finding as a merge candidate (docs/decisions.md#findings-merge). */
export function normalizeAuditFinding(lane: AuditLane, finding: AuditFinding): MergedFinding {
  const { disposition, recommended_owner } = routeByCategory(finding.category)
  return withCanonicalId({
    title: finding.title,
    severity: finding.severity,
    category: finding.category,
    disposition,
    recommended_owner,
    source_refs: [{ source_type: SOURCE_TYPE[lane], source_id: finding.finding_id }],
    file_paths: [...finding.file_paths],
    evidence: [...finding.evidence],
    recommended_action: finding.recommended_action,
    acceptance_check: finding.why_it_matters,
    is_blocking: finding.is_blocking
  })
}

function routeByCategory(
  category: AuditFinding['category']
): Pick<MergedFinding, 'disposition' | 'recommended_owner'> {
  if (category === 'manual_gate')
    return { disposition: 'requires_human_judgment', recommended_owner: 'human' }
  if (category === 'external_dependency')
    return { disposition: 'blocked_external', recommended_owner: 'operator_external' }
  return { disposition: 'actionable', recommended_owner: 'codex_fix' }
}

/**
 * The finding that stands in for an audit that did not happen. Blocking by default: dual audit
 * fails closed, so a silent auditor can never let an item pass on the other lane alone.
 */
export function inconclusiveAuditFinding(
  lane: AuditLane,
  reason: string,
  blocking = true
): MergedFinding {
  return withCanonicalId({
    title: `The ${lane} audit was inconclusive`,
    severity: 'high',
    category: 'process',
    disposition: 'actionable',
    recommended_owner: 'none',
    source_refs: [{ source_type: SOURCE_TYPE[lane], source_id: inconclusiveSourceId(lane) }],
    file_paths: [],
    evidence: [strip(reason) === '' ? 'no reason was given' : reason],
    recommended_action:
      `Re-run the ${lane} audit: the next round audits the checkpoint again. ` +
      `If the lane keeps failing, repair the ${lane} setup and resume the run.`,
    acceptance_check: `The ${lane} audit returns a schema-valid report with a conclusive verdict.`,
    is_blocking: blocking
  })
}

export function inconclusiveSourceId(lane: AuditLane): string {
  return `${lane}_audit_inconclusive`
}

/** True for the stand-in findings of `inconclusiveAuditFinding`. */
export function isInconclusiveAuditFinding(finding: MergedFinding): boolean {
  return finding.source_refs.some(
    (ref) =>
      ref.source_id === inconclusiveSourceId('codex') ||
      ref.source_id === inconclusiveSourceId('claude')
  )
}

/**
 * Reads one lane. A report that names another lane, item or attempt is not this lane's
 * review of this checkpoint, and an `inconclusive` verdict is not a review at all: both
 * count as an inconclusive lane, next to whatever findings the report did carry.
 */
export function readAuditLane(
  lane: AuditLane,
  outcome: AuditLaneOutcome,
  expected: { readonly itemId: string; readonly attemptNumber: number }
): AuditLaneReading {
  if (outcome.status === 'failed') {
    return {
      summary: { status: 'inconclusive', overall_verdict: null, summary: outcome.reason },
      findings: [],
      inconclusiveReason: outcome.reason
    }
  }
  const { report } = outcome
  const mismatch = identityMismatch(lane, report, expected)
  if (mismatch !== null) {
    return {
      summary: {
        status: 'inconclusive',
        overall_verdict: report.overall_verdict,
        summary: mismatch
      },
      findings: [],
      inconclusiveReason: mismatch
    }
  }
  const findings = report.findings.map((finding) => normalizeAuditFinding(lane, finding))
  const inconclusiveReason =
    report.overall_verdict === 'inconclusive' ? describeInconclusiveVerdict(report) : null
  return {
    summary: {
      status: inconclusiveReason === null ? 'reported' : 'inconclusive',
      overall_verdict: report.overall_verdict,
      summary: report.summary
    },
    findings,
    inconclusiveReason
  }
}

function identityMismatch(
  lane: AuditLane,
  report: AuditReport,
  expected: { readonly itemId: string; readonly attemptNumber: number }
): string | null {
  if (
    report.audit_lane === lane &&
    report.item_id === expected.itemId &&
    report.attempt_number === expected.attemptNumber
  )
    return null
  return (
    `the ${lane} audit report is for lane ${report.audit_lane}, item ${report.item_id}, ` +
    `attempt ${report.attempt_number}; expected lane ${lane}, item ${expected.itemId}, ` +
    `attempt ${expected.attemptNumber}`
  )
}

function describeInconclusiveVerdict(report: AuditReport): string {
  const limitations = report.limitations.map(strip).filter((line) => line !== '')
  const tail = limitations.length > 0 ? ` (limitations: ${limitations.join('; ')})` : ''
  return `overall_verdict=inconclusive: ${strip(report.summary)}${tail}`
}
