import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { decideAfterTriage } from '../core/findings/decision.js'
import { attemptLayout } from '../core/run/layout.js'
import { startAttempt, unmetPrerequisites } from '../core/run/run-state-ops.js'
import type { Terminal } from '../core/run/states.js'
import type { PlanItem } from '../core/schemas/normalized-plan.js'
import type { AttemptContext } from './attempt-context.js'
import { relativeToRepo } from './attempt-context.js'
import { type MutationOutcome, type MutationStage, runMutationStage } from './mutation-stage.js'
import { evidenceRules } from './evidence-intake.js'
import { runReviewStage } from './review-stage.js'
import { IntegrityBreach } from './integrity-guard.js'
import { GIT_BOUNDARIES } from './failpoints.js'
import { judgeRunBranch } from '../core/run/run-branch.js'
import { finishAwaitingGate, finishBlocked, finishEscalated, finishPassed } from './terminals.js'
import { isoSeconds } from '../core/time.js'
import { UserInputError } from '../errors.js'

/**
 * One attempt of one item, from selection to a terminal: worktree, execute, verify,
 * review, then fix or remediation rounds within budget. Every way out is one of the four
 * terminals; an unexpected error escalates the item with its message before it surfaces.
 */

export type AttemptBase = Omit<AttemptContext, 'item' | 'attempt' | 'paths'>

export async function runItemAttempt(
  base: AttemptBase,
  item: PlanItem,
  evidenceDir: string | undefined
): Promise<Terminal> {
  const { session } = base
  const itemId = item.item_id
  const unmet = unmetPrerequisites(session.state, base.plan, itemId)
  if (unmet.length > 0)
    throw new UserInputError(
      `item ${itemId} needs ${unmet.join(', ')} to pass first; run ${unmet.length === 1 ? 'it' : 'them'} before it`
    )

  await session.replace(startAttempt(session.state, itemId, isoSeconds(base.clock.now())))
  const attempt = session.item(itemId).attempt_number
  const context: AttemptContext = {
    ...base,
    item,
    attempt,
    paths: attemptLayout(session.layout, itemId, attempt)
  }
  await session.advance(itemId, { kind: 'begin' }, { planItem: item })
  await mkdir(context.paths.controlDir, { recursive: true })
  await mkdir(context.paths.reportDir, { recursive: true })
  try {
    return await runSelectedAttempt(context, evidenceDir)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (session.item(itemId).terminal_state === 'none')
      await finishEscalated(context, `internal failure: ${message}`, [])
    throw error
  }
}

async function runSelectedAttempt(
  context: AttemptContext,
  evidenceDir: string | undefined
): Promise<Terminal> {
  const { session, item } = context
  const itemId = item.item_id
  if (item.external_check.required && evidenceDir === undefined) {
    return finishBlocked(context, {
      kind: 'needs_evidence',
      reason: 'the item needs human-supplied external evidence before it can start'
    })
  }
  const runBranch = session.state.run_branch_name
  // Named before git makes them: after a crash in between, resume sets this attempt aside
  // and starts the next one, instead of colliding with a branch the state never mentioned.
  await session.patchItem(itemId, {
    branch_name: context.paths.branchName,
    worktree_path: relativeToRepo(context, context.paths.worktreePath)
  })
  const head = await context.git.addWorktree(
    session.layout.repoRoot,
    context.paths.worktreePath,
    context.paths.branchName,
    runBranch
  )
  session.crashAt(GIT_BOUNDARIES.worktreeCreated)
  await session.patchItem(itemId, { base_ref: head })
  const branchCheck = judgeRunBranch(session.state, head)
  if (branchCheck.kind !== 'at_head') {
    const reason =
      branchCheck.kind === 'moved'
        ? branchCheck.message
        : 'a fast-forward of the run branch is pending'
    return finishEscalated(context, reason, [])
  }
  await session.advance(itemId, { kind: 'done' }, { planItem: item })
  if (evidenceDir !== undefined) {
    // The run's received copy, copied by the same rules: only files and directories.
    const attemptCopy = join(context.paths.controlDir, 'external_evidence')
    await rm(attemptCopy, { recursive: true, force: true })
    await session.files.copyEvidence(
      evidenceDir,
      attemptCopy,
      evidenceRules(evidenceDir, context.options)
    )
    await session.patchItem(itemId, { external_check_status: 'resolved' })
  }

  return runRounds(context, { stage: 'execute', round: 0, targets: [] })
}

/** Where the rounds of an attempt start: a mutation stage, or the review of a saved cycle. */
export type RoundStart =
  | { readonly stage: MutationStage; readonly round: number; readonly targets: readonly string[] }
  | { readonly verified: Extract<MutationOutcome, { kind: 'verified' }> }

/**
 * Mutation, review and decision, round after round, until a terminal. A change outside the
 * attempt during any stage ends the attempt as an escalation naming what changed.
 */
export async function runRounds(context: AttemptContext, start: RoundStart): Promise<Terminal> {
  try {
    return await runRoundsUnguarded(context, start)
  } catch (error) {
    if (!(error instanceof IntegrityBreach)) throw error
    return finishEscalated(context, error.message, [])
  }
}

async function runRoundsUnguarded(context: AttemptContext, start: RoundStart): Promise<Terminal> {
  const { session, item } = context
  const itemId = item.item_id
  let next: RoundStart = start
  for (;;) {
    const mutation =
      'verified' in next
        ? next.verified
        : await runMutationStage(context, next.stage, next.round, next.targets)
    if (mutation.kind === 'escalate') return finishEscalated(context, mutation.reason, [])
    const review = await runReviewStage(context, mutation)
    if (review.kind === 'escalate') return finishEscalated(context, review.reason, [])
    const current = session.item(itemId)
    const decision = decideAfterTriage({
      triage: review.triage,
      merged: review.merged,
      manualGateRequired: item.manual_gate.required,
      budget: {
        fixRoundsCompleted: current.fix_rounds_completed,
        maxFixRounds: context.options.max_fix_rounds,
        remediationRoundsCompleted: current.remediation_rounds_completed,
        maxRemediationRounds: context.options.max_remediation_rounds
      }
    })
    const blocking = review.merged.merged_findings.filter((finding) => finding.is_blocking)
    switch (decision.kind) {
      case 'pass':
        return finishPassed(context, mutation.checkpoint, review.triage.summary)
      case 'awaiting_human_gate':
        return finishAwaitingGate(context, mutation.checkpoint, review.triage.merged_findings, {
          triageReportPath: review.triagePath,
          mergedFindingsPath: review.mergedPath
        })
      case 'blocked_external':
        return finishBlocked(context, { kind: 'decided', decision })
      case 'escalate':
        return finishEscalated(context, decision.summary, blocking)
      case 'fix':
        await session.patchItem(itemId, { fix_rounds_completed: decision.round })
        await session.advance(itemId, { kind: 'decided', decision }, { planItem: item })
        next = { stage: 'fix', round: decision.round, targets: decision.targetFindingIds }
        break
      case 'remediate':
        await session.patchItem(itemId, { remediation_rounds_completed: decision.round })
        await session.advance(itemId, { kind: 'decided', decision }, { planItem: item })
        next = { stage: 'remediation', round: decision.round, targets: decision.targetFindingIds }
        break
    }
  }
}
