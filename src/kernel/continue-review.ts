import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ZodType } from 'zod'
import { attemptLayout } from '../core/run/layout.js'
import { reportIdentityProblem } from '../core/run/report-identity.js'
import { isReviewing } from '../core/run/lifecycle.js'
import type { Terminal } from '../core/run/states.js'
import { ItemContextSchema } from '../core/schemas/item-context.js'
import {
  ExecutionReportSchema,
  FixReportSchema,
  type MutationReport,
  VerificationReportSchema
} from '../core/schemas/reports.js'
import type { AttemptContext } from './attempt-context.js'
import type { AttemptWorkspace } from './attempt-workspace.js'
import { driveAttempt, moveAttempt } from './effect-handlers.js'
import { type AttemptBase, escalateInternalFailure } from './item-attempt.js'

/**
 * An attempt interrupted during its review (audit packet, audits, triage) has everything
 * the review needs on disk: a verified checkpoint, its verification report, the agent's
 * report and the item context. Resume then redoes only the review of that cycle, inside the
 * same attempt. Anything missing or changed, and any earlier stage, gets a fresh attempt.
 */

export async function continueInterruptedReview(
  base: AttemptBase,
  itemId: string
): Promise<Terminal | undefined> {
  const { session } = base
  const interruptedAt = session.state.current_state
  if (!isReviewing(interruptedAt) || session.state.current_item_id !== itemId) return undefined
  const item = session.item(itemId)
  const planItem = base.plan.items.find((candidate) => candidate.item_id === itemId)
  const paths = item.latest_paths
  if (planItem === undefined || item.checkpoint_ref === null || item.worktree_path === null)
    return undefined
  if (paths.item_context_path === null || paths.verification_report_path === null) return undefined
  const cycleTag = /verification_report\.(.+)\.json$/.exec(paths.verification_report_path)?.[1]
  const stage = cycleTag?.split('.')[0]
  const reportPath = stage === 'execute' ? paths.execution_report_path : paths.fix_report_path
  if (cycleTag === undefined || reportPath === null) return undefined

  const root = session.layout.repoRoot
  const worktree = join(root, item.worktree_path)
  const head = await base.git.headSha(worktree).catch(() => undefined)
  if (head !== item.checkpoint_ref) return undefined
  if ((await base.git.authorityViolations(worktree, item.checkpoint_ref)).length > 0)
    return undefined
  const reportSchema: ZodType<MutationReport> =
    stage === 'execute' ? ExecutionReportSchema : FixReportSchema
  const [context, verification, report] = await Promise.all([
    readValid(join(root, paths.item_context_path), ItemContextSchema),
    readValid(join(root, paths.verification_report_path), VerificationReportSchema),
    readValid(join(root, reportPath), reportSchema)
  ])
  if (context === undefined || verification === undefined || report === undefined) return undefined
  if (verification.scope_check.status === 'fail') return undefined
  // A saved report is trusted no further than a fresh one: it must be about this cycle.
  const call = {
    runId: session.state.run_id,
    lane: report.stage,
    itemId,
    attempt: item.attempt_number,
    cycleTag
  }
  if (report.stage !== stage || reportIdentityProblem(call, report) !== null) return undefined

  const attempt: AttemptContext = {
    ...base,
    item: planItem,
    attempt: item.attempt_number,
    paths: attemptLayout(session.layout, itemId, item.attempt_number)
  }
  // The interpreter starts at the saved cycle's verification, with what it verified at hand.
  const workspace: AttemptWorkspace = {
    evidenceDir: undefined,
    cycleTag,
    report,
    verification,
    itemContext: context,
    checkpoint: item.checkpoint_ref
  }
  const redo = { kind: 'redo_review', cycleTag, checkpoint: item.checkpoint_ref } as const
  const rewound = await moveAttempt(attempt, workspace, redo)
  try {
    return await driveAttempt(attempt, workspace, { entry: rewound.entry, cause: redo })
  } catch (error) {
    await escalateInternalFailure(attempt, error)
    throw error
  }
}

async function readValid<T>(path: string, schema: ZodType<T>): Promise<T | undefined> {
  try {
    const parsed = schema.safeParse(JSON.parse(await readFile(path, 'utf8')))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}
