import { copyFile, mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { ZodType } from 'zod'
import type { AuditLaneOutcome } from '../core/findings/audit-findings.js'
import { mergeFindings } from '../core/findings/merge.js'
import { applyTriageOverride } from '../core/findings/triage-override.js'
import {
  AuditReportSchema,
  type MergedFindingsPacket,
  type TriageReport,
  TriageReportSchema
} from '../core/schemas/reports.js'
import { PACKET_DIR } from '../core/run/layout.js'
import { type AttemptContext, packetPath, relativeToRepo } from './attempt-context.js'
import { callLane } from './lane-call.js'
import type { MutationOutcome } from './mutation-stage.js'
import type { Lane, ReviewCopy } from './ports.js'
import { renderPrompt } from './prompts/render.js'
import { stageBlocked } from './stage-guard.js'

/**
 * Review of one verified cycle: freeze the candidate patch, two independent audits of the
 * same packet, the deterministic merge, then triage. A lane that fails is an explicit
 * inconclusive finding, not a silent gap; a triage that fails escalates. All three lanes work
 * in one read-only copy of the checkpoint, checked (with the rest of the agents'
 * configuration) before each of them.
 */

export type ReviewOutcome =
  | {
      readonly kind: 'triaged'
      readonly triage: TriageReport
      readonly merged: MergedFindingsPacket
      readonly triagePath: string
      readonly mergedPath: string
    }
  | { readonly kind: 'escalate'; readonly reason: string }

type Verified = Extract<MutationOutcome, { kind: 'verified' }>

export async function runReviewStage(
  context: AttemptContext,
  verified: Verified
): Promise<ReviewOutcome> {
  const { session } = context
  await session.advance(context.item.item_id, { kind: 'done' }, { planItem: context.item })
  const base = session.item(context.item.item_id).base_ref ?? verified.checkpoint
  const patch = await context.git.diff(context.paths.worktreePath, base, verified.checkpoint)
  await context.session.files.writeText(
    join(context.paths.controlDir, `candidate.${verified.cycleTag}.patch`),
    patch
  )
  // The review lanes never work in the agent's worktree: they read a read-only copy of the
  // checkpoint (with the packet) that no agent or verification command can write.
  const copy = await context.reviewCopies.create({
    repoRoot: session.layout.repoRoot,
    checkpoint: verified.checkpoint,
    packet: [
      `candidate.${verified.cycleTag}.patch`,
      `verification_report.${verified.cycleTag}.json`,
      `item_context.${verified.cycleTag}.json`
    ].map((name) => ({ name, source: join(context.paths.controlDir, name) }))
  })
  try {
    return await reviewInCopy(context, verified, copy)
  } finally {
    await copy.remove()
  }
}

async function reviewInCopy(
  context: AttemptContext,
  verified: Verified,
  copy: ReviewCopy
): Promise<ReviewOutcome> {
  const { session, item } = context
  const itemId = item.item_id
  const cycle = verified.cycleTag
  const guarded = (stage: string): Promise<string | undefined> =>
    stageBlocked(context, { stage, worktree: context.paths.worktreePath, reviewCopy: copy })
  // The worktree keeps its own copy of the packet for a later fix round to read.
  await toWorktreePacket(context, `candidate.${cycle}.patch`)
  await toWorktreePacket(context, `verification_report.${cycle}.json`)
  const packetInputs = [
    { name: 'candidate patch', path: `${PACKET_DIR}/candidate.${cycle}.patch` },
    { name: 'verification report', path: `${PACKET_DIR}/verification_report.${cycle}.json` }
  ]

  const beforeCodex = await guarded('audit_codex')
  if (beforeCodex !== undefined) return { kind: 'escalate', reason: beforeCodex }
  await session.advance(itemId, { kind: 'done' }, { planItem: item })
  const codexAudit = await audit(context, 'audit_codex', verified, packetInputs, copy)
  const beforeClaude = await guarded('audit_claude')
  if (beforeClaude !== undefined) return { kind: 'escalate', reason: beforeClaude }
  await session.advance(itemId, { kind: 'done' }, { planItem: item })
  const claudeAudit = await audit(context, 'audit_claude', verified, packetInputs, copy)

  const merged = mergeFindings({
    itemId,
    attemptNumber: context.attempt,
    codexAudit,
    claudeAudit,
    mutationReport: verified.report,
    verification: verified.verification
  })
  const mergedFile = `merged_findings_packet.${cycle}.json`
  const mergedPath = join(context.paths.controlDir, mergedFile)
  await context.session.files.writeJson(mergedPath, merged)
  await toWorktreePacket(context, mergedFile)

  const beforeTriage = await guarded('triage')
  if (beforeTriage !== undefined) return { kind: 'escalate', reason: beforeTriage }
  await session.advance(itemId, { kind: 'done' }, { planItem: item })
  const triageInputs = [
    ...packetInputs,
    { name: 'merged findings', path: await copy.addPacketFile(mergedFile, mergedPath) }
  ]
  const triageOutcome = await callAgent(
    context,
    'triage',
    verified,
    triageInputs,
    'triage_report',
    TriageReportSchema,
    context.options.triage_timeout_sec,
    copy
  )
  if (triageOutcome.kind === 'failed')
    return { kind: 'escalate', reason: `triage failed: ${triageOutcome.reason}` }
  const afterTriage = await guarded('the decision after triage')
  if (afterTriage !== undefined) return { kind: 'escalate', reason: afterTriage }
  const triagePath = join(context.paths.reportDir, `triage_report.${cycle}.json`)
  const { report: triage } = applyTriageOverride(triageOutcome.report, merged, {
    manualGateRequired: item.manual_gate.required
  })
  await context.session.files.writeJson(triagePath, TriageReportSchema.parse(triage))
  await session.patchItem(itemId, {
    latest_paths: {
      ...session.item(itemId).latest_paths,
      triage_report_path: relativeToRepo(context, triagePath)
    }
  })
  return {
    kind: 'triaged',
    triage,
    merged,
    triagePath: relativeToRepo(context, triagePath),
    mergedPath: relativeToRepo(context, mergedPath)
  }
}

async function audit(
  context: AttemptContext,
  lane: 'audit_codex' | 'audit_claude',
  verified: Verified,
  inputs: ReadonlyArray<{ name: string; path: string }>,
  copy: ReviewCopy
): Promise<AuditLaneOutcome> {
  const outcome = await callAgent(
    context,
    lane,
    verified,
    inputs,
    'audit_report',
    AuditReportSchema,
    context.options.audit_timeout_sec,
    copy
  )
  if (outcome.kind === 'failed') return { status: 'failed', reason: outcome.reason }
  const key = lane === 'audit_codex' ? 'codex_audit_report_path' : 'claude_audit_report_path'
  await context.session.patchItem(context.item.item_id, {
    latest_paths: {
      ...context.session.item(context.item.item_id).latest_paths,
      [key]: relativeToRepo(context, outcome.path)
    }
  })
  return { status: 'reported', report: outcome.report }
}

type CallResult<T> = { kind: 'ok'; report: T; path: string } | { kind: 'failed'; reason: string }

async function callAgent<T>(
  context: AttemptContext,
  lane: Lane,
  verified: Verified,
  inputs: ReadonlyArray<{ name: string; path: string }>,
  schemaName: string,
  schema: ZodType<T>,
  timeoutSec: number,
  copy: ReviewCopy
): Promise<CallResult<T>> {
  const cycle = verified.cycleTag
  const reportName =
    lane === 'audit_codex'
      ? `codex_audit_report.${cycle}.json`
      : lane === 'audit_claude'
        ? `claude_audit_report.${cycle}.json`
        : `triage_report.${cycle}.json`
  const reportPath = join(context.paths.reportDir, reportName)
  const prompt = renderPrompt({
    lane,
    context: verified.context,
    contextPath: `${PACKET_DIR}/item_context.${cycle}.json`,
    inputs,
    cycleTag: cycle
  })
  const promptFile = join(context.paths.promptsDir, `${lane}.${cycle}.md`)
  await context.session.files.writeText(promptFile, prompt)
  const result = await callLane(context, {
    lane,
    cycleTag: cycle,
    prompt,
    promptFile,
    schemaName,
    schema,
    reportPath,
    timeoutSec,
    cwd: copy.path,
    inputs: [
      `item_context.${cycle}.json`,
      ...inputs.map((input) => input.path.slice(input.path.lastIndexOf('/') + 1))
    ].map((name) => join(context.paths.controlDir, name))
  })
  return result.kind === 'failed' ? result : { kind: 'ok', report: result.report, path: reportPath }
}

/** Copies a control-dir file into the worktree's packet, where a fix round can read it. */
async function toWorktreePacket(context: AttemptContext, fileName: string): Promise<void> {
  const target = packetPath(context, fileName)
  await mkdir(dirname(target.absolute), { recursive: true })
  await copyFile(join(context.paths.controlDir, fileName), target.absolute)
}
