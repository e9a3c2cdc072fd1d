import { oneLine } from '../text/one-line.js'
import { formatCost, formatTokens } from './facts.js'
import { type GateReview, diffTotals } from './gate-review.js'

/**
 * The gate review for a terminal (`status`, and the hint `run` and `resume` print when an item
 * stops at its gate): the same facts as the GitHub gate summary, as plain lines. Text from
 * agents and reports is made one line each.
 */

const MAX_FILES = 50
const MAX_FINDINGS = 20

export function renderGateReviewText(review: GateReview): string[] {
  const line = (value: string): string => oneLine(value)
  const lines = [
    `Gate of item ${review.itemId} (${review.gateType}): ${line(review.title)}`,
    `  Why a human decides: ${line(review.reason)}`,
    `  Required evidence: ${review.requiredEvidence.length === 0 ? 'none named' : review.requiredEvidence.map(line).join('; ')}`,
    `  Checkpoint: ${review.checkpoint} on ${review.attemptBranch ?? 'no attempt branch'} (attempt ${review.attempt}), against ${review.runBranch} at ${review.base}`
  ]
  if (review.changedFiles === null)
    lines.push('  Changed files: unknown (the checkpoint is not in this repository)')
  else {
    const totals = diffTotals(review.changedFiles)
    lines.push(
      `  Changed files (${review.changedFiles.length}, +${totals.added} -${totals.deleted}):`,
      ...review.changedFiles
        .slice(0, MAX_FILES)
        .map(
          (file) =>
            `    ${file.added === null ? 'binary' : `+${file.added} -${file.deleted ?? 0}`}  ${line(file.path)}`
        ),
      ...(review.changedFiles.length > MAX_FILES
        ? [`    … and ${review.changedFiles.length - MAX_FILES} more`]
        : [])
    )
  }
  if (review.patchPath !== null) lines.push(`  Patch: ${review.patchPath}`)
  if (review.verification === null) lines.push('  Verification: not run')
  else {
    lines.push(
      `  Verification: ${review.verification.result} (${line(review.verification.summary)})`
    )
    for (const command of review.verification.commands)
      lines.push(
        `    exit ${command.exitCode ?? '-'}${command.timedOut ? ' (timed out)' : ''}  ${command.status}${command.required ? '' : ' (optional)'}  ${line(command.command)}`
      )
  }
  for (const audit of review.audits) {
    lines.push(
      `  Audit ${audit.lane}: ${audit.verdict ?? 'no verdict'} (${line(audit.summary)}), ${audit.findings.length} finding(s)`
    )
    for (const finding of audit.findings.slice(0, MAX_FINDINGS))
      lines.push(
        `    ${finding.severity}${finding.blocking ? ' blocking' : ''}  ${finding.location === null ? '-' : line(finding.location)}  ${line(finding.message)}`
      )
    if (audit.findings.length > MAX_FINDINGS)
      lines.push(`    … and ${audit.findings.length - MAX_FINDINGS} more in the audit report`)
  }
  lines.push(
    `  Cost: ${formatCost(review.usage)} (${formatTokens(review.usage)})`,
    `  Decision: ${review.decision}`,
    `  Record it: ${review.decideCommand}`
  )
  return lines
}
