import type { ZodType } from 'zod'
import { join } from 'node:path'
import { buildItemContext } from '../core/playbook/item-context.js'
import { PACKET_DIR, runBranchName } from '../core/run/layout.js'
import type { Effect } from '../core/run/effects.js'
import type { MutationLane } from '../core/run/lifecycle.js'
import {
  ExecutionReportSchema,
  FixReportSchema,
  type MutationReport,
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
import { type AttemptWorkspace, need } from './attempt-workspace.js'
import type { EffectOutcome } from './lifecycle-interpreter.js'
import { runVerificationGate } from './verification-gate.js'
import { GIT_BOUNDARIES } from './failpoints.js'

/**
 * The effects of a mutation cycle (execute, fix or remediation) and the verification after it:
 * context → agent → checkpoint commit (scope-checked) → verification, each a handler of the
 * lifecycle interpreter (effect-handlers.ts). Agent and scope failures report `failed` with
 * the reason, which escalates the attempt.
 */

const MUTATION_REPORT_SCHEMAS: Readonly<
  Record<'execution_report' | 'fix_report', ZodType<MutationReport>>
> = { execution_report: ExecutionReportSchema, fix_report: FixReportSchema }

const failed = (reason: string): EffectOutcome => ({ event: { kind: 'failed', reason } })

/** `prepare_context`: the item context and the prompt of a new cycle, in the control dir and the packet. */
export async function prepareContext(
  context: AttemptContext,
  workspace: AttemptWorkspace,
  stage: MutationLane,
  round: number
): Promise<EffectOutcome> {
  const { session, item } = context
  const cycleTag = `${stage}.round-${round}`
  const itemId = item.item_id
  const decision = workspace.decision
  const targetFindingIds =
    stage !== 'execute' && (decision?.kind === 'fix' || decision?.kind === 'remediate')
      ? decision.targetFindingIds
      : []
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
  await context.session.files.copyIntoWorktree(
    contextPath,
    context.paths.worktreePath,
    inPacket.inWorktree
  )
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
  Object.assign(workspace, {
    cycleTag,
    lane: stage,
    round,
    headBefore,
    itemContext,
    contextPath,
    prompt,
    promptFile
  })
  // The execute lane's state is entered once its context is ready, with this line; a fix or
  // remediation round's state was entered by the decision that started it, before its context.
  if (stage !== 'execute') await session.note(itemId, 'orchestrator', `running ${stage} stage`)
  return undefined
}

/** `call_agent` for a mutation lane: the agent changes the worktree and writes its report. */
export async function callMutationAgent(
  context: AttemptContext,
  workspace: AttemptWorkspace,
  call: Extract<Effect, { kind: 'call_agent' }>
): Promise<EffectOutcome> {
  const { session, item } = context
  const itemId = item.item_id
  const stage = need(workspace.lane, 'mutation lane')
  const round = need(workspace.round, 'round')
  const reportKind = call.report === 'execution_report' ? 'execution_report' : 'fix_report'
  // Files are named by lane (`remediation_report.round-1.json`), reports by kind.
  const reportFile = `${stage === 'execute' ? 'execution' : stage}_report.round-${round}.json`
  const reportPath = join(context.paths.reportDir, reportFile)
  const contextPath = need(workspace.contextPath, 'item context')
  const called = await callLane(context, {
    lane: stage,
    cycleTag: need(workspace.cycleTag, 'cycle'),
    prompt: need(workspace.prompt, 'prompt'),
    promptFile: need(workspace.promptFile, 'prompt file'),
    schemaName: reportKind,
    schema: MUTATION_REPORT_SCHEMAS[reportKind],
    reportPath,
    timeoutSec: context.options[call.timeout],
    inputs: [contextPath]
  })
  if (called.kind === 'failed') return failed(called.reason)
  workspace.report = called.report
  const pathKey = `${reportKind}_path` as const
  await session.patchItem(itemId, {
    latest_paths: {
      ...session.item(itemId).latest_paths,
      [pathKey]: relativeToRepo(context, reportPath)
    }
  })
  return undefined
}

/** `checkpoint`: commits the agent's changes, refused outside the item's write roots. */
export async function checkpointCycle(
  context: AttemptContext,
  workspace: AttemptWorkspace,
  stage: MutationLane
): Promise<EffectOutcome> {
  const { session, item } = context
  const checkpoint = await context.git.checkpoint({
    worktree: context.paths.worktreePath,
    itemId: item.item_id,
    stage,
    allowedRoots: item.allowed_write_roots,
    expectedHead: need(workspace.headBefore, 'head before the cycle'),
    maxFileBytes: context.options.max_checkpoint_file_bytes
  })
  if (!checkpoint.ok)
    return failed(`the ${stage} checkpoint was refused: ${checkpoint.violations.join('; ')}`)
  session.crashAt(GIT_BOUNDARIES.checkpointCommitted)
  await session.patchItem(item.item_id, { checkpoint_ref: checkpoint.sha })
  workspace.checkpoint = checkpoint.sha
  // The checkpoint's check read the worktree clean after the commit.
  workspace.worktreeReadClean = true
  return undefined
}

/** `verify`: the verification gate on the checkpoint, and the worktree left as committed. */
export async function verifyCycle(
  context: AttemptContext,
  workspace: AttemptWorkspace
): Promise<EffectOutcome> {
  const { session, item } = context
  const itemId = item.item_id
  const stage = need(workspace.lane, 'mutation lane')
  const cycleTag = need(workspace.cycleTag, 'cycle')
  const checkpoint = need(workspace.checkpoint, 'checkpoint')
  const base = session.item(itemId).base_ref ?? need(workspace.headBefore, 'head before the cycle')
  const read = await context.git.committedChanges(context.paths.worktreePath, base, checkpoint)
  const committed = read.changes
  workspace.candidatePatch = { from: base, to: checkpoint, text: read.patch }
  const scope = classifyChanges(committed, item.allowed_write_roots)
  const logDir = join(context.paths.logsDir, `verification.${cycleTag}`)
  const itemContext = need(workspace.itemContext, 'item context')
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
  if (verification.scope_check.status === 'fail') return failed(verification.summary)
  const leftovers = await context.git.authorityViolations(context.paths.worktreePath, checkpoint)
  if (leftovers.length > 0)
    return failed(
      `the worktree changed after the ${stage} checkpoint (ignore build output in .gitignore): ${leftovers.join('; ')}`
    )
  workspace.verification = verification
  // The reading above, taken after verification, found the worktree clean at the checkpoint.
  workspace.worktreeReadClean = true
  return undefined
}
