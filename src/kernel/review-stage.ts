import { join } from 'node:path'
import type { ZodType } from 'zod'
import type { AuditLaneOutcome } from '../core/findings/audit-findings.js'
import { decideAfterTriage } from '../core/findings/decision.js'
import { mergeFindings } from '../core/findings/merge.js'
import { applyTriageOverride } from '../core/findings/triage-override.js'
import { AuditReportSchema, TriageReportSchema } from '../core/schemas/reports.js'
import { PACKET_DIR } from '../core/run/layout.js'
import type { ItemContext } from '../core/schemas/item-context.js'
import { type AttemptContext, packetPath, relativeToRepo } from './attempt-context.js'
import { callLane } from './lane-call.js'
import { type AttemptWorkspace, need } from './attempt-workspace.js'
import type { EffectOutcome } from './lifecycle-interpreter.js'
import type { Lane, ReviewCopy } from './ports.js'
import { renderPrompt } from './prompts/render.js'

/**
 * The effects of the review of one verified cycle: freeze the candidate patch, two independent
 * audits of the same packet, the deterministic merge, then triage and the decision. A lane
 * that fails is an explicit inconclusive finding, not a silent gap; a triage that fails
 * escalates. All three lanes work in one read-only copy of the checkpoint (the workspace's
 * `copy`, removed when the review ends), checked with the rest of the agents' configuration
 * before each of them (the stage checks of the lifecycle table's review effects).
 */

/** The cycle under review, as the workspace has it. */
interface Verified {
  readonly cycleTag: string
  readonly checkpoint: string
  readonly context: ItemContext
}

function verifiedOf(workspace: AttemptWorkspace): Verified {
  return {
    cycleTag: need(workspace.cycleTag, 'cycle'),
    checkpoint: need(workspace.checkpoint, 'checkpoint'),
    context: need(workspace.itemContext, 'item context')
  }
}

/** `freeze_packet`: the candidate patch, and the review copy with the packet. */
export async function freezePacket(
  context: AttemptContext,
  workspace: AttemptWorkspace
): Promise<EffectOutcome> {
  const { session } = context
  const verified = verifiedOf(workspace)
  const base = session.item(context.item.item_id).base_ref ?? verified.checkpoint
  // Commits do not change: the patch verification's scope reading took of the same two
  // commits is the one the auditors get.
  const known = workspace.candidatePatch
  workspace.candidatePatch = undefined
  const patch =
    known?.from === base && known.to === verified.checkpoint
      ? known.text
      : await context.git.diff(context.paths.worktreePath, base, verified.checkpoint)
  await context.session.files.writeText(
    join(context.paths.controlDir, `candidate.${verified.cycleTag}.patch`),
    patch
  )
  // The review lanes never work in the agent's worktree: they read a read-only copy of the
  // checkpoint (with the packet) that no agent or verification command can write.
  workspace.copy = await context.reviewCopies.create({
    repoRoot: session.layout.repoRoot,
    checkpoint: verified.checkpoint,
    packet: [
      `candidate.${verified.cycleTag}.patch`,
      `verification_report.${verified.cycleTag}.json`,
      `item_context.${verified.cycleTag}.json`
    ].map((name) => ({ name, source: join(context.paths.controlDir, name) }))
  })
  const cycle = verified.cycleTag
  // The worktree keeps its own copy of the packet for a later fix round to read.
  await toWorktreePacket(context, `candidate.${cycle}.patch`)
  await toWorktreePacket(context, `verification_report.${cycle}.json`)
  workspace.packetInputs = [
    { name: 'candidate patch', path: `${PACKET_DIR}/candidate.${cycle}.patch` },
    { name: 'verification report', path: `${PACKET_DIR}/verification_report.${cycle}.json` }
  ]
  return undefined
}

/** `call_agent` for an audit lane; a failed audit is an inconclusive finding, not a failure. */
export async function callAuditor(
  context: AttemptContext,
  workspace: AttemptWorkspace,
  lane: 'audit_codex' | 'audit_claude'
): Promise<EffectOutcome> {
  const outcome = await audit(
    context,
    lane,
    verifiedOf(workspace),
    need(workspace.packetInputs, 'audit packet'),
    need(workspace.copy, 'review copy')
  )
  if (lane === 'audit_codex') workspace.codexAudit = outcome
  else workspace.claudeAudit = outcome
  return undefined
}

/** `merge_findings`: both audits, the agent's report and verification, merged. */
export async function mergeCycleFindings(
  context: AttemptContext,
  workspace: AttemptWorkspace
): Promise<EffectOutcome> {
  const merged = mergeFindings({
    itemId: context.item.item_id,
    attemptNumber: context.attempt,
    codexAudit: need(workspace.codexAudit, 'codex audit'),
    claudeAudit: need(workspace.claudeAudit, 'claude audit'),
    mutationReport: need(workspace.report, 'mutation report'),
    verification: need(workspace.verification, 'verification report')
  })
  const mergedFile = `merged_findings_packet.${need(workspace.cycleTag, 'cycle')}.json`
  const mergedPath = join(context.paths.controlDir, mergedFile)
  await context.session.files.writeJson(mergedPath, merged)
  await toWorktreePacket(context, mergedFile)
  workspace.merged = merged
  workspace.mergedPath = mergedPath
  return undefined
}

/** `call_agent` for triage: it reads the packet and the merged findings; its failure escalates. */
export async function callTriage(
  context: AttemptContext,
  workspace: AttemptWorkspace
): Promise<EffectOutcome> {
  const verified = verifiedOf(workspace)
  const copy = need(workspace.copy, 'review copy')
  const mergedPath = need(workspace.mergedPath, 'merged findings')
  const triageInputs = [
    ...need(workspace.packetInputs, 'audit packet'),
    {
      name: 'merged findings',
      path: await copy.addPacketFile(`merged_findings_packet.${verified.cycleTag}.json`, mergedPath)
    }
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
    return { event: { kind: 'failed', reason: `triage failed: ${triageOutcome.reason}` } }
  workspace.triage = triageOutcome.report
  return undefined
}

/**
 * The `decide` effect: triage as the override rules leave it, saved, and the decision it
 * leads to.
 */
export async function recordTriageDecision(
  context: AttemptContext,
  workspace: AttemptWorkspace
): Promise<EffectOutcome> {
  const { session, item } = context
  const itemId = item.item_id
  const merged = need(workspace.merged, 'merged findings')
  const triagePath = join(
    context.paths.reportDir,
    `triage_report.${need(workspace.cycleTag, 'cycle')}.json`
  )
  const { report: triage } = applyTriageOverride(need(workspace.triage, 'triage'), merged, {
    manualGateRequired: item.manual_gate.required
  })
  await context.session.files.writeJson(triagePath, TriageReportSchema.parse(triage))
  await session.patchItem(itemId, {
    latest_paths: {
      ...session.item(itemId).latest_paths,
      triage_report_path: relativeToRepo(context, triagePath)
    }
  })
  workspace.triage = triage
  workspace.triagePath = triagePath
  const current = session.item(itemId)
  const decision = decideAfterTriage({
    triage,
    merged,
    manualGateRequired: item.manual_gate.required,
    budget: {
      fixRoundsCompleted: current.fix_rounds_completed,
      maxFixRounds: context.options.max_fix_rounds,
      remediationRoundsCompleted: current.remediation_rounds_completed,
      maxRemediationRounds: context.options.max_remediation_rounds
    }
  })
  workspace.decision = decision
  return { event: { kind: 'decided', decision } }
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
  await context.session.files.copyIntoWorktree(
    join(context.paths.controlDir, fileName),
    context.paths.worktreePath,
    target.inWorktree
  )
}
