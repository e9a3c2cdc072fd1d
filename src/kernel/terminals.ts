import { join } from 'node:path'
import {
  type EscalationManifest,
  EscalationManifestSchema,
  type ManualGateRecord,
  ManualGateRecordSchema,
  type MergedFinding
} from '../core/schemas/reports.js'
import type { LifecycleEvent } from '../core/run/lifecycle.js'
import { updateItem } from '../core/run/run-state-ops.js'
import { budgetAction, budgetResumeCommand } from '../core/usage/budget.js'
import { type AttemptContext, nowIso, relativeToRepo } from './attempt-context.js'
import { GIT_BOUNDARIES } from './failpoints.js'
import { recordItemStatement } from './provenance.js'
import type { RunSession } from './run-session.js'
import type { AttemptBase } from './item-attempt.js'
import type { GitPort } from './ports.js'
import { type AttemptWorkspace, need } from './attempt-workspace.js'
import type { EffectOutcome } from './lifecycle-interpreter.js'
import type { Terminal } from '../core/run/states.js'
import type { RunState } from '../core/schemas/run-state.js'

/**
 * The four ways an attempt ends. Only `pass` moves the run branch, and only by
 * fast-forward with compare-and-swap: if the branch moved meanwhile, the item escalates
 * instead of overwriting someone else's work.
 *
 * A pass is exactly-once: the intended move (item, attempt, from, to) is saved as
 * `pending_fast_forward` before git moves the branch, and the pass is saved together with
 * the new `run_branch_head`. A crash in between leaves a record `resume` completes from
 * (run-branch.ts), never a change that could be applied a second time.
 */

const failed = (reason: string): EffectOutcome => ({ event: { kind: 'failed', reason } })

/** `fast_forward`: the pass recorded as pending, then the run branch moved to the checkpoint. */
export async function fastForwardPass(
  context: AttemptContext,
  workspace: AttemptWorkspace
): Promise<EffectOutcome> {
  const { session, item } = context
  const checkpoint = need(workspace.checkpoint, 'checkpoint')
  const summary = need(workspace.triage, 'triage').summary
  const from = session.state.run_branch_head
  const base = session.item(item.item_id).base_ref
  if (base !== from)
    return failed(
      `run branch could not be fast-forwarded: the attempt started from ${base ?? 'no recorded commit'}, but the run branch must be at ${from}`
    )
  await context.session.files.writeText(
    join(context.paths.controlDir, 'passed_summary.md'),
    `# Item ${item.item_id} passed\n\n${summary}\n\nCheckpoint: ${checkpoint}\n`
  )
  await session.replace(
    updateItem(
      {
        ...session.state,
        pending_fast_forward: {
          item_id: item.item_id,
          attempt_number: context.attempt,
          from,
          to: checkpoint,
          recorded_at_utc: nowIso(context.clock)
        }
      },
      item.item_id,
      { terminal_summary: summary },
      nowIso(context.clock)
    )
  )
  session.crashAt(GIT_BOUNDARIES.fastForwardRecorded)
  let added: readonly string[] | undefined
  try {
    added = await context.git.fastForward(
      session.layout.repoRoot,
      session.state.run_branch_name,
      checkpoint,
      from
    )
  } catch (error) {
    await session.replace({ ...session.state, pending_fast_forward: null })
    return failed(`run branch could not be fast-forwarded: ${(error as Error).message}`)
  }
  session.crashAt(GIT_BOUNDARIES.runBranchFastForwarded)
  await writePassStatement(
    context,
    item.item_id,
    added === undefined ? undefined : { base: from, tip: checkpoint, commits: added }
  )
  return undefined
}

/**
 * `record_terminal`: what an attempt leaves at its end, saved with (a pass) or before (the
 * others) the move to the terminal. `cause` is the event that ends the attempt.
 */
export async function recordTerminal(
  context: AttemptContext,
  workspace: AttemptWorkspace,
  terminal: Terminal,
  cause: LifecycleEvent
): Promise<EffectOutcome> {
  switch (terminal) {
    case 'passed':
      return { alongside: passSave(need(workspace.checkpoint, 'checkpoint')) }
    case 'blocked_external':
      await recordBlocked(context, reasonOf(cause))
      return undefined
    case 'escalated':
      await recordEscalation(
        context,
        reasonOf(cause),
        cause.kind === 'decided' && cause.decision.kind === 'escalate'
          ? (workspace.merged?.merged_findings ?? []).filter((finding) => finding.is_blocking)
          : []
      )
      return undefined
    case 'awaiting_human_gate':
      throw new Error('a gate is requested (request_gate), not recorded as a terminal')
  }
}

function reasonOf(event: LifecycleEvent): string {
  if (event.kind === 'failed' || event.kind === 'needs_evidence') return event.reason
  if (
    event.kind === 'decided' &&
    (event.decision.kind === 'escalate' || event.decision.kind === 'blocked_external')
  )
    return event.decision.summary
  throw new Error(`no terminal summary in a ${event.kind} event`)
}

/**
 * The provenance statement of the item passing now, once git has moved the run branch and
 * before the pass is saved: a crash in between leaves the pending fast-forward, whose
 * completion on resume writes the statement again (the same bytes).
 */
export async function writePassStatement(
  { session, git }: Pick<AttemptBase, 'session' | 'git'>,
  itemId: string,
  listed?: { readonly base: string; readonly tip: string; readonly commits: readonly string[] }
): Promise<void> {
  // The fast-forward's proof of descent listed the commits a moment ago, and commits do not
  // change: the statement takes that list rather than asking git for it again.
  const commitsSince: GitPort['commitsSince'] = (cwd, base, tip) =>
    listed !== undefined && base === listed.base && tip === listed.tip
      ? Promise.resolve(listed.commits)
      : git.commitsSince(cwd, base, tip)
  const problem = await recordItemStatement(session.layout, session.state, itemId, {
    files: session.files,
    git: { commitsSince }
  })
  if (problem !== undefined) await session.note(itemId, 'orchestrator', problem)
}

/**
 * Saves a pass whose fast-forward git has made: the item's terminal, the run branch's new
 * head and the cleared pending record, in one save. `completedOnResume`: the pass was
 * recorded before an interruption, and resume completes it.
 */
export async function recordPass(
  session: RunSession,
  itemId: string,
  checkpoint: string,
  completedOnResume: boolean
): Promise<void> {
  await session.advance(itemId, passEvent(completedOnResume), { alongside: passSave(checkpoint) })
}

/** A pass's save: the run branch's new head, and no fast-forward pending any more. */
function passSave(checkpoint: string): (state: RunState) => RunState {
  return (state) => ({ ...state, run_branch_head: checkpoint, pending_fast_forward: null })
}

/** Triage's pass, as the lifecycle table takes it. */
export function passEvent(completedOnResume: boolean): LifecycleEvent {
  return { kind: 'decided', decision: { kind: 'pass' }, completedOnResume }
}

/** `request_gate`: the pending manual gate record, before the move to wait for it. */
export async function requestGate(
  context: AttemptContext,
  workspace: AttemptWorkspace
): Promise<EffectOutcome> {
  const { session, item } = context
  const checkpoint = need(workspace.checkpoint, 'checkpoint')
  const reviewFindings = need(workspace.triage, 'triage').merged_findings
  const refs = {
    triageReportPath: relativeToRepo(context, need(workspace.triagePath, 'triage report')),
    mergedFindingsPath: relativeToRepo(context, need(workspace.mergedPath, 'merged findings'))
  }
  const current = session.item(item.item_id)
  const gatePath = join(context.paths.controlDir, 'manual_gate.json')
  const record: ManualGateRecord = ManualGateRecordSchema.parse({
    schema_version: 'plan_orchestrator.manual_gate.v1',
    requested_at_utc: nowIso(context.clock),
    run_id: session.state.run_id,
    item_id: item.item_id,
    gate_id: `${item.item_id}-attempt-${context.attempt}`,
    gate_type: item.manual_gate.gate_type,
    status: 'pending',
    requested_by: 'orchestrator',
    requested_reason: item.manual_gate.gate_reason || item.exit_criteria,
    required_evidence: item.manual_gate.required_evidence,
    review_findings: reviewFindings,
    related_refs: {
      branch_name: current.branch_name,
      worktree_path: current.worktree_path,
      checkpoint_ref: checkpoint,
      artifact_manifest_path:
        current.latest_paths.item_context_path ?? relativeToRepo(context, context.paths.controlDir),
      triage_report_path: refs.triageReportPath,
      merged_findings_packet_path: refs.mergedFindingsPath,
      codex_audit_report_path: current.latest_paths.codex_audit_report_path,
      claude_audit_report_path: current.latest_paths.claude_audit_report_path
    },
    decision: null
  })
  await context.session.files.writeJson(gatePath, record)
  await session.patchItem(item.item_id, {
    manual_gate_status: 'pending',
    latest_paths: { ...current.latest_paths, manual_gate_path: relativeToRepo(context, gatePath) }
  })
  return undefined
}

/** An attempt waiting for evidence: the manifest asking for it, before the move to wait. */
async function recordBlocked(context: AttemptContext, summary: string): Promise<void> {
  await writeEscalationManifest(context, 'blocked_external', summary, [
    {
      action_id: 'supply-external-evidence',
      description: `Supply the external evidence this item needs: ${context.item.external_check.dependencies.join('; ') || summary}`,
      owner_hint: 'operator_external',
      evidence_needed: context.item.external_check.dependencies,
      blocking: true
    }
  ])
  await context.session.patchItem(context.item.item_id, {
    external_check_status: 'pending_evidence',
    terminal_summary: summary
  })
}

/** Escalates the attempt now, from whatever state it is in (an interruption or a kernel failure). */
export async function finishEscalated(
  context: AttemptContext,
  summary: string,
  blockingFindings: readonly MergedFinding[]
): Promise<'escalated'> {
  await recordEscalation(context, summary, blockingFindings)
  await context.session.advance(
    context.item.item_id,
    { kind: 'failed', reason: summary },
    { planItem: context.item }
  )
  return 'escalated'
}

/** An escalated attempt's manifest and summary, before the move to the terminal. */
async function recordEscalation(
  context: AttemptContext,
  summary: string,
  blockingFindings: readonly MergedFinding[]
): Promise<void> {
  await writeEscalationManifest(
    context,
    'escalated',
    summary,
    blockingFindings.length > 0
      ? blockingFindings.map((finding) => ({
          action_id: finding.canonical_id,
          description: finding.title,
          owner_hint: 'human' as const,
          evidence_needed: [],
          blocking: true
        }))
      : [
          {
            action_id: 'review-escalation',
            description: summary,
            owner_hint: 'human' as const,
            evidence_needed: [],
            blocking: true
          }
        ]
  )
  await context.session.patchItem(context.item.item_id, { terminal_summary: summary })
}

async function writeEscalationManifest(
  context: AttemptContext,
  terminal: 'blocked_external' | 'escalated',
  summary: string,
  actions: EscalationManifest['required_human_actions']
): Promise<void> {
  const { session, item } = context
  const current = session.item(item.item_id)
  const path = join(context.paths.controlDir, 'escalation_manifest.json')
  // A budget stop asks for a higher limit, not for a look at findings.
  const budget =
    terminal === 'escalated' &&
    current.budget_stop !== null &&
    current.budget_stop.attempt_number === context.attempt &&
    summary.includes(current.budget_stop.message)
      ? current.budget_stop
      : undefined
  const reports = Object.values(current.latest_paths).filter(
    (value): value is string => value !== null
  )
  const manifest = EscalationManifestSchema.parse({
    schema_version: 'plan_orchestrator.escalation_manifest.v1',
    generated_at_utc: nowIso(context.clock),
    terminal_state: terminal,
    run_id: session.state.run_id,
    item_id: item.item_id,
    attempt_number: context.attempt,
    summary,
    blocking_reasons: [summary],
    required_human_actions: budget === undefined ? actions : [budgetAction(budget)],
    preserved_refs: {
      branch_name: current.branch_name,
      worktree_path: current.worktree_path,
      checkpoint_ref: current.checkpoint_ref,
      run_state_path: relativeToRepo(context, session.layout.runStatePath),
      primary_report_paths: reports
    },
    artifact_manifest_path: current.latest_paths.artifact_manifest_path,
    suggested_resume_command:
      terminal === 'blocked_external'
        ? `plan-orchestrator resume --run-id ${session.state.run_id} --external-evidence-dir DIR`
        : budget !== undefined
          ? budgetResumeCommand(session.state.run_id, budget)
          : `plan-orchestrator resume --run-id ${session.state.run_id}`,
    notes: []
  })
  await context.session.files.writeJson(path, manifest)
  await session.patchItem(item.item_id, {
    latest_paths: {
      ...session.item(item.item_id).latest_paths,
      escalation_manifest_path: relativeToRepo(context, path)
    }
  })
}
