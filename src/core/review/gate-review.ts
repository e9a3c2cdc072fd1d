import { sortFindings } from '../findings/ordering.js'
import type { AuditReport, MergedFinding, Severity } from '../schemas/reports.js'
import { type ItemFacts, type RunFacts, type UsageFigures } from './facts.js'

/**
 * Everything a reviewer needs to decide a human gate without leaving the page: why the item
 * asks for one and what evidence it wants, what changed (files and a diffstat of the
 * checkpoint against the run branch, the patch), how verification went command by command,
 * what both audits said, what the item cost, and the exact decision. The GitHub gate summary,
 * `status` and the CLI's gate hint all render this one value.
 */

export interface ChangedFile {
  readonly path: string
  /** Lines added and deleted; null for a binary file. */
  readonly added: number | null
  readonly deleted: number | null
}

export interface AuditFindingView {
  readonly severity: Severity
  /** `file` or `file:line`, as the auditor named it; null when it named none. */
  readonly location: string | null
  readonly message: string
  readonly blocking: boolean
}

export interface AuditView {
  readonly lane: 'codex' | 'claude'
  /** pass, issues_found, blocked, inconclusive; null when the lane left no report. */
  readonly verdict: string | null
  readonly summary: string
  readonly findings: readonly AuditFindingView[]
}

export interface VerificationCommandView {
  readonly label: string
  readonly command: string
  readonly exitCode: number | null
  readonly status: 'pass' | 'fail' | 'skipped'
  readonly timedOut: boolean
  readonly required: boolean
}

export interface GateReview {
  readonly runId: string
  readonly itemId: string
  readonly title: string
  readonly attempt: number
  readonly gateType: string
  readonly reason: string
  readonly requiredEvidence: readonly string[]
  readonly checkpoint: string
  /** The run branch head the change applies to (what an approval fast-forwards from). */
  readonly base: string
  readonly runBranch: string
  readonly attemptBranch: string | null
  /** null when the repository could not list them (the checkpoint is not here). */
  readonly changedFiles: readonly ChangedFile[] | null
  /** Repo-relative path of the reviewed patch in the run's files (and its artifact). */
  readonly patchPath: string | null
  readonly verification: {
    readonly result: string
    readonly summary: string
    readonly commands: readonly VerificationCommandView[]
  } | null
  readonly audits: readonly AuditView[]
  /** Merged findings after triage (what the gate record lists). */
  readonly mergedFindings: readonly MergedFinding[]
  readonly usage: UsageFigures | undefined
  /** The exact decision, in one sentence. */
  readonly decision: string
  /** The CLI command that records it, always bound to the checkpoint. */
  readonly decideCommand: string
}

export function gateReview(input: {
  readonly run: RunFacts
  readonly item: ItemFacts
  readonly changedFiles: readonly ChangedFile[] | null
  readonly patchPath: string | null
}): GateReview | undefined {
  const { run, item } = input
  const gate = item.reports.gate
  const checkpoint = gate?.related_refs.checkpoint_ref ?? item.run.checkpoint_ref
  if (checkpoint === null || checkpoint === undefined) return undefined
  const base = item.run.base_ref ?? run.state.run_branch_head
  const runBranch = run.state.run_branch_name
  const verification = item.reports.verification
  return {
    runId: run.state.run_id,
    itemId: item.id,
    title: item.title,
    attempt: item.run.attempt_number,
    gateType: gate?.gate_type ?? item.plan?.manual_gate.gate_type ?? 'approval',
    reason:
      gate?.requested_reason ??
      (item.plan === undefined
        ? 'the playbook asks for a human sign-off'
        : item.plan.manual_gate.gate_reason || item.plan.exit_criteria),
    requiredEvidence: gate?.required_evidence ?? item.plan?.manual_gate.required_evidence ?? [],
    checkpoint,
    base,
    runBranch,
    attemptBranch: gate?.related_refs.branch_name ?? item.run.branch_name,
    changedFiles: input.changedFiles,
    patchPath: input.patchPath,
    verification:
      verification === undefined
        ? null
        : {
            result: verification.overall_result,
            summary: verification.summary,
            commands: verification.command_results.map((result) => ({
              label: result.label,
              command: result.command,
              exitCode: result.exit_code,
              status: result.status,
              timedOut: result.failure_kind === 'timeout',
              required: result.required
            }))
          },
    audits: [
      auditView('codex', item.reports.codexAudit, item.reports.findings?.codex_audit_summary),
      auditView('claude', item.reports.claudeAudit, item.reports.findings?.claude_audit_summary)
    ],
    mergedFindings: sortFindings(
      gate?.review_findings ?? item.reports.findings?.merged_findings ?? []
    ),
    usage: item.usage,
    decision:
      `Approve or reject checkpoint ${checkpoint.slice(0, 12)} of item ${item.id} (attempt ${item.run.attempt_number}). ` +
      `Approving fast-forwards the run branch ${runBranch} from ${base.slice(0, 12)} to it, and the run goes on; ` +
      'rejecting escalates the item and leaves the run branch where it is. The decision holds for this checkpoint only.',
    decideCommand: decideCommand(run.state.run_id, item.id, checkpoint)
  }
}

/** The one way the CLI records a gate decision: always bound to the reviewed checkpoint. */
export function decideCommand(runId: string, itemId: string, checkpoint: string): string {
  return `plan-orchestrator mark-manual-gate --run-id ${runId} --item ${itemId} --decision approved|rejected --by NAME --note TEXT --checkpoint ${checkpoint}`
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = {
  critical: 0,
  high: 1,
  medium: 2,
  low: 3,
  info: 4
}

function auditView(
  lane: 'codex' | 'claude',
  report: AuditReport | undefined,
  merged: { status: string; overall_verdict: string | null; summary: string } | undefined
): AuditView {
  if (report !== undefined)
    return {
      lane,
      verdict: report.overall_verdict,
      summary: report.summary,
      findings: report.findings
        .map((finding) => ({
          severity: finding.severity,
          location: finding.file_paths[0] ?? null,
          message: finding.title,
          blocking: finding.is_blocking
        }))
        .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])
    }
  return {
    lane,
    verdict: merged?.overall_verdict ?? null,
    summary: merged?.summary ?? 'no audit report',
    findings: []
  }
}

/** Lines added and deleted over all changed files (binary files count as 0). */
export function diffTotals(files: readonly ChangedFile[]): { added: number; deleted: number } {
  return files.reduce(
    (total, file) => ({
      added: total.added + (file.added ?? 0),
      deleted: total.deleted + (file.deleted ?? 0)
    }),
    { added: 0, deleted: 0 }
  )
}
