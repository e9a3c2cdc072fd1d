import type { ZodType } from 'zod'
import { copyFile, mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { buildItemContext } from '../core/playbook/item-context.js'
import { PACKET_DIR, runBranchName } from '../core/run/layout.js'
import { laneCall, stateOfLane } from '../core/run/lifecycle.js'
import type { ItemContext } from '../core/schemas/item-context.js'
import {
  ExecutionReportSchema,
  FixReportSchema,
  type MutationReport,
  type VerificationReport,
  VerificationReportSchema
} from '../core/schemas/reports.js'
import { classifyChanges } from '../core/scope.js'
import {
  type AttemptContext,
  nowIso,
  packetPath,
  relativeToRepo,
  stageRef
} from './attempt-context.js'
import { callLane } from './lane-call.js'
import { renderPrompt } from './prompts/render.js'
import { stageBlocked } from './stage-guard.js'
import { runVerificationGate } from './verification-gate.js'
import { GIT_BOUNDARIES } from './failpoints.js'

/**
 * One mutation stage (execute, fix or remediation) and the verification gate after it:
 * context → agent → checkpoint commit (scope-checked) → verification. Agent and scope
 * failures end the attempt as an escalation with the reason.
 */

export type MutationStage = 'execute' | 'fix' | 'remediation'

const MUTATION_REPORT_SCHEMAS: Readonly<
  Record<'execution_report' | 'fix_report', ZodType<MutationReport>>
> = { execution_report: ExecutionReportSchema, fix_report: FixReportSchema }

export type MutationOutcome =
  | {
      readonly kind: 'verified'
      readonly report: MutationReport
      readonly verification: VerificationReport
      readonly context: ItemContext
      readonly checkpoint: string
      readonly cycleTag: string
    }
  | { readonly kind: 'escalate'; readonly reason: string }

export async function runMutationStage(
  context: AttemptContext,
  stage: MutationStage,
  round: number,
  targetFindingIds: readonly string[]
): Promise<MutationOutcome> {
  const { session, item } = context
  const cycleTag = `${stage}.round-${round}`
  const itemId = item.item_id
  // A fix or remediation round's state was entered by the decision that started it; the
  // execute lane is reached through the set-up states, one move before its context and one after.
  const throughSetup = session.item(itemId).state !== stateOfLane(stage)
  if (throughSetup) await session.advance(itemId, { kind: 'done' }, { planItem: item })
  const before = session.item(itemId)
  const headBefore =
    before.checkpoint_ref ??
    before.base_ref ??
    (await context.git.headSha(context.paths.worktreePath))
  const itemContext = buildItemContext(context.plan, item, {
    runId: session.state.run_id,
    generatedAt: context.clock.now(),
    stage,
    attemptNumber: context.attempt,
    fixRoundIndex: before.fix_rounds_completed,
    remediationRoundIndex: before.remediation_rounds_completed,
    priorCheckpointRef: before.checkpoint_ref,
    worktree: {
      path: relativeToRepo(context, context.paths.worktreePath),
      branch_name: context.paths.branchName,
      base_ref: runBranchName(session.state.run_id),
      head_ref: headBefore,
      workspace_packet_root: PACKET_DIR
    },
    artifactInputs: []
  })
  const contextFile = `item_context.${cycleTag}.json`
  const contextPath = join(context.paths.controlDir, contextFile)
  await context.session.files.writeJson(contextPath, itemContext)
  const inPacket = packetPath(context, contextFile)
  await mkdir(dirname(inPacket.absolute), { recursive: true })
  await copyFile(contextPath, inPacket.absolute)
  const prompt = renderPrompt({
    lane: stage,
    context: itemContext,
    contextPath: inPacket.inWorktree,
    inputs: [],
    cycleTag,
    targetFindingIds
  })
  const promptFile = join(context.paths.promptsDir, `${cycleTag}.md`)
  await context.session.files.writeText(promptFile, prompt)
  await session.patchItem(itemId, {
    latest_paths: {
      ...session.item(itemId).latest_paths,
      item_context_path: relativeToRepo(context, contextPath)
    }
  })
  if (throughSetup) await session.advance(itemId, { kind: 'done' }, { planItem: item })
  else await session.note(itemId, 'orchestrator', `running ${stage} stage`)

  const call = laneCall(stage)
  const reportKind = call.report === 'execution_report' ? 'execution_report' : 'fix_report'
  // Files are named by lane (`remediation_report.round-1.json`), reports by kind.
  const reportFile = `${stage === 'execute' ? 'execution' : stage}_report.round-${round}.json`
  const reportPath = join(context.paths.reportDir, reportFile)
  const blocked = await stageBlocked(context, { stage, worktree: context.paths.worktreePath })
  if (blocked !== undefined) return { kind: 'escalate', reason: blocked }
  const called = await callLane(context, {
    lane: stage,
    cycleTag,
    prompt,
    promptFile,
    schemaName: reportKind,
    schema: MUTATION_REPORT_SCHEMAS[reportKind],
    reportPath,
    timeoutSec: context.options[call.timeout],
    inputs: [contextPath]
  })
  if (called.kind === 'failed') return { kind: 'escalate', reason: called.reason }
  const report = called.report
  const pathKey = `${reportKind}_path` as const
  await session.patchItem(itemId, {
    latest_paths: {
      ...session.item(itemId).latest_paths,
      [pathKey]: relativeToRepo(context, reportPath)
    }
  })

  const checkpoint = await context.git.checkpoint({
    worktree: context.paths.worktreePath,
    itemId,
    stage,
    allowedRoots: item.allowed_write_roots,
    expectedHead: headBefore,
    maxFileBytes: context.options.max_checkpoint_file_bytes
  })
  if (!checkpoint.ok)
    return {
      kind: 'escalate',
      reason: `the ${stage} checkpoint was refused: ${checkpoint.violations.join('; ')}`
    }
  session.crashAt(GIT_BOUNDARIES.checkpointCommitted)
  await session.patchItem(itemId, { checkpoint_ref: checkpoint.sha })
  const unverifiable = await stageBlocked(context, {
    stage: 'verification',
    worktree: context.paths.worktreePath
  })
  if (unverifiable !== undefined) return { kind: 'escalate', reason: unverifiable }

  await session.advance(itemId, { kind: 'done' }, { planItem: item })
  const base = session.item(itemId).base_ref ?? headBefore
  const committed = await context.git.committedChanges(
    context.paths.worktreePath,
    base,
    checkpoint.sha
  )
  const scope = classifyChanges(committed, item.allowed_write_roots)
  const logDir = join(context.paths.logsDir, `verification.${cycleTag}`)
  const verification = VerificationReportSchema.parse(
    await context.integrity.around(
      context,
      `verification (${cycleTag})`,
      [`${logDir}/`, context.session.layout.stageProcessesPath],
      () =>
        runVerificationGate({
          context: itemContext,
          worktree: context.paths.worktreePath,
          cycleTag,
          logDir,
          timeoutMs: context.options.verification_timeout_sec * 1000,
          maxLogBytes: context.options.max_log_bytes,
          stage: stageRef(context, `verification.${cycleTag}`),
          env: { ...context.childEnv, PLAN_ORCHESTRATOR_VERIFICATION: '1' },
          runner: context.runner,
          committed,
          scopeViolations: [...scope.forbidden, ...scope.outOfScope, ...scope.unsafeSymlinks],
          now: nowIso(context.clock),
          relative: (absolute) => relativeToRepo(context, absolute)
        })
    )
  )
  const verificationPath = join(context.paths.controlDir, `verification_report.${cycleTag}.json`)
  await context.session.files.writeJson(verificationPath, verification)
  await session.patchItem(itemId, {
    latest_paths: {
      ...session.item(itemId).latest_paths,
      verification_report_path: relativeToRepo(context, verificationPath)
    }
  })
  if (verification.scope_check.status === 'fail')
    return { kind: 'escalate', reason: verification.summary }
  const leftovers = await context.git.authorityViolations(
    context.paths.worktreePath,
    checkpoint.sha
  )
  if (leftovers.length > 0) {
    return {
      kind: 'escalate',
      reason: `the worktree changed after the ${stage} checkpoint (ignore build output in .gitignore): ${leftovers.join('; ')}`
    }
  }
  return {
    kind: 'verified',
    report,
    verification,
    context: itemContext,
    checkpoint: checkpoint.sha,
    cycleTag
  }
}
