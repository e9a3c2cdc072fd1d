import type { MergedFinding, MergedFindingsPacket } from '../schemas/reports.js'

/**
 * What stands between an item and `passed`, whatever triage says (docs/decisions.md#pass-gate):
 * a failed required verification command, artifact check or scope check, and every blocking
 * finding an auditor or the verification gate raised. Mutation-report findings are not here:
 * the post-triage override routes them, and triage may suppress them explicitly.
 */
export interface PassBlockers {
  readonly verificationFailures: readonly string[]
  readonly blockingFindings: readonly MergedFinding[]
}

const GUARDED_SOURCES = new Set(['codex_audit', 'claude_audit', 'verification'])

export function findPassBlockers(merged: MergedFindingsPacket): PassBlockers {
  const gate = merged.verification_summary
  const verificationFailures = [
    ...gate.failed_required_commands.map(
      (label) => `required verification command ${label} failed`
    ),
    ...gate.failed_artifact_checks.map((path) => `required artifact check ${path} failed`),
    ...(gate.scope_check_status === 'fail' ? ['the committed-change scope check failed'] : [])
  ]
  const blockingFindings = merged.merged_findings.filter(
    (finding) =>
      finding.is_blocking && finding.source_refs.some((ref) => GUARDED_SOURCES.has(ref.source_type))
  )
  return { verificationFailures, blockingFindings }
}

export function hasPassBlockers(blockers: PassBlockers): boolean {
  return blockers.verificationFailures.length > 0 || blockers.blockingFindings.length > 0
}

/** One line for summaries and reasoning notes. */
export function describePassBlockers(blockers: PassBlockers): string {
  const parts = [...blockers.verificationFailures]
  if (blockers.blockingFindings.length > 0) {
    const titles = blockers.blockingFindings.map((finding) => finding.title).join('; ')
    parts.push(`blocking findings: ${titles}`)
  }
  return parts.join('; ')
}
