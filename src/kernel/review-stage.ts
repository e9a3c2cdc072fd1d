import { join } from 'node:path'
import type { ZodType } from 'zod'
import {
  type AuditLaneOutcome,
  applyTriageOverride,
  mergeFindings
} from '../core/findings/index.js'
import {
  AuditReportSchema,
  type MergedFindingsPacket,
  type TriageReport,
  TriageReportSchema
} from '../core/schemas/reports.js'
import { writeJson, writeText } from '../adapters/run-store.js'
import { type AttemptContext, packetPath, relativeToRepo } from './attempt-context.js'
import { callLane } from './lane-call.js'
import type { MutationOutcome } from './mutation-stage.js'
import type { Lane } from './ports.js'
import { renderPrompt } from './prompts/render.js'
import { mkdir, copyFile } from 'node:fs/promises'
import { dirname } from 'node:path'

/**
 * Review of one verified cycle: freeze the candidate patch, two independent audits of the
 * same packet, the deterministic merge, then triage. A lane that fails is an explicit
 * inconclusive finding, not a silent gap; a triage that fails escalates.
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
  const { session, item } = context
  const itemId = item.item_id
  const cycle = verified.cycleTag
  await session.move(itemId, 'ST50_AUDIT_PACKET_READY', 'orchestrator', 'preparing audit packet')
  const base = session.item(itemId).base_ref ?? verified.checkpoint
  const patch = await context.git.diff(context.paths.worktreePath, base, verified.checkpoint)
  const patchFile = `candidate.${cycle}.patch`
  await writeText(join(context.paths.controlDir, patchFile), patch)
  const verificationFile = `verification_report.${cycle}.json`
  const packetInputs = [
    await toPacket(context, patchFile, 'candidate patch'),
    await toPacket(context, verificationFile, 'verification report')
  ]

  await session.move(itemId, 'ST60_AUDITING_CODEX', 'codex', 'running codex audit')
  const codexAudit = await audit(context, 'audit_codex', verified, packetInputs)
  await session.move(itemId, 'ST61_AUDITING_CLAUDE', 'claude', 'running claude audit')
  const claudeAudit = await audit(context, 'audit_claude', verified, packetInputs)

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
  await writeJson(mergedPath, merged)

  await session.move(itemId, 'ST70_TRIAGING', 'codex', 'running triage')
  const triageInputs = [...packetInputs, await toPacket(context, mergedFile, 'merged findings')]
  const triageOutcome = await callAgent(
    context,
    'triage',
    verified,
    triageInputs,
    'triage_report',
    TriageReportSchema,
    context.options.triage_timeout_sec
  )
  if (triageOutcome.kind === 'failed')
    return { kind: 'escalate', reason: `triage failed: ${triageOutcome.reason}` }
  const triagePath = join(context.paths.reportDir, `triage_report.${cycle}.json`)
  const { report: triage } = applyTriageOverride(triageOutcome.report, merged, {
    manualGateRequired: item.manual_gate.required
  })
  await writeJson(triagePath, TriageReportSchema.parse(triage))
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
  inputs: ReadonlyArray<{ name: string; path: string }>
): Promise<AuditLaneOutcome> {
  const outcome = await callAgent(
    context,
    lane,
    verified,
    inputs,
    'audit_report',
    AuditReportSchema,
    context.options.audit_timeout_sec
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
  timeoutSec: number
): Promise<CallResult<T>> {
  const cycle = verified.cycleTag
  const reportName =
    lane === 'audit_codex'
      ? `codex_audit_report.${cycle}.json`
      : lane === 'audit_claude'
        ? `claude_audit_report.${cycle}.json`
        : `triage_report.${cycle}.json`
  const reportPath = join(context.paths.reportDir, reportName)
  const contextPacket = packetPath(context, `item_context.${cycle}.json`)
  const prompt = renderPrompt({
    lane,
    context: verified.context,
    contextPath: contextPacket.inWorktree,
    inputs,
    cycleTag: cycle
  })
  const promptFile = join(context.paths.promptsDir, `${lane}.${cycle}.md`)
  await writeText(promptFile, prompt)
  const result = await callLane(context, {
    lane,
    cycleTag: cycle,
    prompt,
    promptFile,
    schemaName,
    schema,
    reportPath,
    timeoutSec
  })
  return result.kind === 'failed' ? result : { kind: 'ok', report: result.report, path: reportPath }
}

/** Copies a control-dir file into the worktree packet, where read-only agents can read it. */
async function toPacket(
  context: AttemptContext,
  fileName: string,
  name: string
): Promise<{ name: string; path: string }> {
  const target = packetPath(context, fileName)
  await mkdir(dirname(target.absolute), { recursive: true })
  await copyFile(join(context.paths.controlDir, fileName), target.absolute)
  return { name, path: target.inWorktree }
}
