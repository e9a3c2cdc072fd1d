import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { judgeRunBranch } from '../core/run/run-branch.js'
import { type AttemptContext, relativeToRepo } from './attempt-context.js'
import { type AttemptWorkspace, need } from './attempt-workspace.js'
import { evidenceRules } from './evidence-intake.js'
import { GIT_BOUNDARIES } from './failpoints.js'
import type { EffectOutcome } from './lifecycle-interpreter.js'

/** The effects of an attempt's set-up: its worktree, and the evidence it was given or waits for. */

/** `block_for_evidence`: the item needs evidence and none was given; it waits for it. */
export function blockForEvidence(): EffectOutcome {
  return {
    event: {
      kind: 'needs_evidence',
      reason: 'the item needs human-supplied external evidence before it can start'
    }
  }
}

/** `prepare_worktree`: the attempt's branch and worktree, from the run branch's head. */
export async function prepareWorktree(
  context: AttemptContext,
  workspace: AttemptWorkspace
): Promise<EffectOutcome> {
  const { session, item } = context
  const itemId = item.item_id
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
  if (branchCheck.kind === 'at_head') {
    // Git has just checked out the worktree: it holds its HEAD and nothing else, which is
    // what a status of it would find (docs/decisions.md#agent-configuration-between-review-lanes).
    workspace.worktreeReadClean = true
    return undefined
  }
  const reason =
    branchCheck.kind === 'moved'
      ? branchCheck.message
      : 'a fast-forward of the run branch is pending'
  return { event: { kind: 'failed', reason } }
}

/** `receive_evidence`: the run's received copy, copied by the same rules (files and directories only). */
export async function receiveEvidence(
  context: AttemptContext,
  workspace: AttemptWorkspace
): Promise<EffectOutcome> {
  const evidenceDir = need(workspace.evidenceDir, 'evidence directory')
  const attemptCopy = join(context.paths.controlDir, 'external_evidence')
  await rm(attemptCopy, { recursive: true, force: true })
  await context.session.files.copyEvidence(
    evidenceDir,
    attemptCopy,
    evidenceRules(evidenceDir, context.options)
  )
  await context.session.patchItem(context.item.item_id, { external_check_status: 'resolved' })
  return undefined
}
