import type { MergedFinding, MergedFindingsPacket, VerificationReport } from '../schemas/reports.js'
import { withCanonicalId } from './canonical-id.js'

/**
 * The verification gate's failures as blocking findings (docs/decisions.md#verification-findings), and the gate facts
 * the decision reads. Unlike the reference, a failed command carries `file_paths: []`, so the
 * finding is schema-valid wherever triage or the manual gate echoes it.
 */

export type VerificationSummary = MergedFindingsPacket['verification_summary']

export function verificationFindings(report: VerificationReport): MergedFinding[] {
  const findings: MergedFinding[] = []
  for (const result of report.command_results) {
    if (result.status !== 'fail' || !result.required) continue
    findings.push(
      withCanonicalId({
        title: `Verification command failed: ${result.label}`,
        severity: 'high',
        category: 'correctness',
        disposition: 'actionable',
        recommended_owner: 'codex_fix',
        source_refs: [
          {
            source_type: 'verification',
            source_id: `verification_command_${result.label.replaceAll('#', '_')}`
          }
        ],
        file_paths: [],
        evidence: result.log_path ? [result.command, result.log_path] : [result.command],
        recommended_action:
          'Change the implementation (not the command) until the required verification command passes.',
        acceptance_check: `\`${result.command}\` exits 0 during verification`,
        is_blocking: true
      })
    )
  }
  for (const check of report.artifact_checks) {
    if (check.status !== 'fail') continue
    findings.push(
      withCanonicalId({
        title: `Required artifact check failed: ${check.path}`,
        severity: 'medium',
        category: 'artifact',
        disposition: 'actionable',
        recommended_owner: 'codex_fix',
        source_refs: [
          {
            source_type: 'verification',
            source_id: `verification_artifact_${check.path.replaceAll('/', '_')}`
          }
        ],
        file_paths: [check.path],
        evidence: [check.reason, check.path],
        recommended_action: 'Create or correct the required artifact so that its check passes.',
        acceptance_check: check.reason,
        is_blocking: true
      })
    )
  }
  if (report.scope_check.status === 'fail') {
    const paths = report.scope_check.out_of_scope_paths
    findings.push(
      withCanonicalId({
        title: 'Scope violation detected by verification',
        severity: 'high',
        category: 'scope',
        disposition: 'actionable',
        recommended_owner: 'none',
        source_refs: [{ source_type: 'verification', source_id: 'verification_scope_check' }],
        file_paths: [...paths],
        evidence: [...paths, report.scope_check.note],
        recommended_action: 'Revert the committed changes outside the allowed write roots.',
        acceptance_check: 'Every committed change lies inside the allowed write roots.',
        is_blocking: true
      })
    )
  }
  return findings
}

export function summarizeVerification(report: VerificationReport): VerificationSummary {
  return {
    overall_result: report.overall_result,
    summary: report.summary,
    failed_required_commands: report.command_results
      .filter((result) => result.required && result.status === 'fail')
      .map((result) => result.label),
    failed_artifact_checks: report.artifact_checks
      .filter((check) => check.status === 'fail')
      .map((check) => check.path),
    scope_check_status: report.scope_check.status
  }
}
