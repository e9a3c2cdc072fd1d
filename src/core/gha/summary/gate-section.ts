import { formatCost, formatTokens } from '../../review/facts.js'
import { type AuditView, type GateReview, diffTotals } from '../../review/gate-review.js'
import { bulletList, cell, codeBlock, commitText, link, table, text } from './markdown.js'

/**
 * What a reviewer approves at a human gate, on the item job's page: why the item asks, the
 * evidence it wants, the changed files with a diffstat of the checkpoint against the run
 * branch, links to GitHub's compare view and to the patch in the artifact, both audits with
 * their findings, the cost, and the decision. Verification is the item page's own section.
 */

export interface GateLinks {
  /** GitHub's compare view of the run branch head and the checkpoint. */
  readonly compareUrl?: string
  /** The state artifact holding the patch, with its download page when known. */
  readonly artifactName: string
  readonly artifactUrl?: string
}

export interface GateDetail {
  readonly fileRows: boolean
  readonly findingRows: boolean
}

export const MAX_FILE_ROWS = 100
export const MAX_AUDIT_FINDING_ROWS = 25

export function gateSection(review: GateReview, links: GateLinks, detail: GateDetail): string {
  const parts = [
    `### What you are approving: item ${text(review.itemId, 100)}`,
    `**${text(review.title, 300)}**`,
    `**Why a human decides** (${text(review.gateType, 50)}): ${text(review.reason, 1000)}`,
    review.requiredEvidence.length === 0
      ? '**Required evidence:** none named.'
      : `**Required evidence:**\n\n${bulletList(review.requiredEvidence)}`,
    changesPart(review, links, detail),
    ...review.audits.map((audit) => auditPart(audit, detail, links.artifactName)),
    `**Cost of this item:** ${text(formatCost(review.usage))} (${text(formatTokens(review.usage))}).`,
    `**Your decision:** ${text(review.decision, 1000)}`,
    'Outside GitHub, the same decision is recorded with:',
    codeBlock([review.decideCommand])
  ]
  return parts.join('\n\n')
}

function changesPart(review: GateReview, links: GateLinks, detail: GateDetail): string {
  const where =
    `Checkpoint ${commitText(review.checkpoint)}` +
    (review.attemptBranch === null ? '' : ` on ${text(review.attemptBranch, 200)}`) +
    ` against the run branch ${text(review.runBranch, 200)} at ${commitText(review.base)}.`
  const pointers = [
    links.compareUrl === undefined ? undefined : link('Compare on GitHub', links.compareUrl),
    review.patchPath === null
      ? undefined
      : `the patch: ${text(review.patchPath, 300)} in artifact ${
          links.artifactUrl === undefined
            ? `**${text(links.artifactName, 200)}**`
            : link(links.artifactName, links.artifactUrl)
        }`
  ].filter((part) => part !== undefined)
  const parts = [where, ...(pointers.length > 0 ? [pointers.join(' · ')] : [])]
  const files = review.changedFiles
  if (files === null) {
    parts.push('**Changed files:** unknown (the checkpoint is not in this checkout).')
    return parts.join('\n\n')
  }
  const totals = diffTotals(files)
  parts.push(`**Changed files (${files.length}, +${totals.added} −${totals.deleted}):**`)
  if (!detail.fileRows) {
    parts.push(`The file list is left out to fit; the patch lists them all.`)
    return parts.join('\n\n')
  }
  const rows = files
    .slice(0, MAX_FILE_ROWS)
    .map((file) => [
      cell(file.path, 300),
      file.added === null ? 'binary' : `+${file.added}`,
      file.deleted === null ? '' : `−${file.deleted}`
    ])
  parts.push(table(['File', 'Added', 'Deleted'], rows))
  if (files.length > MAX_FILE_ROWS)
    parts.push(`… and ${files.length - MAX_FILE_ROWS} more files, see the patch.`)
  return parts.join('\n\n')
}

function auditPart(audit: AuditView, detail: GateDetail, artifact: string): string {
  const head = `**Audit ${audit.lane}:** ${audit.verdict === null ? 'no verdict' : `**${text(audit.verdict, 50)}**`} — ${text(audit.summary, 500)} (${audit.findings.length} finding${audit.findings.length === 1 ? '' : 's'})`
  if (audit.findings.length === 0 || !detail.findingRows) return head
  const shown = audit.findings.slice(0, MAX_AUDIT_FINDING_ROWS)
  const parts = [
    head,
    table(
      ['Severity', 'Where', 'Finding'],
      shown.map((finding) => [
        finding.blocking ? `**${cell(finding.severity)}** (blocking)` : cell(finding.severity),
        finding.location === null ? '—' : cell(finding.location, 200),
        cell(finding.message, 300)
      ])
    )
  ]
  if (audit.findings.length > shown.length)
    parts.push(
      `… and ${audit.findings.length - shown.length} more ${audit.lane} findings, see artifact **${text(artifact, 200)}**.`
    )
  return parts.join('\n\n')
}
