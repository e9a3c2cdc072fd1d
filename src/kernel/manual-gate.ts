import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { RunLayout } from '../core/run/layout.js'
import { gateDecisionSummary } from '../core/run/gate-summary.js'
import type { LifecycleEvent } from '../core/run/lifecycle.js'
import { moveTo, updateItem } from '../core/run/run-state-ops.js'
import { RefusedEventError, itemSnapshot, step } from '../core/run/step.js'
import { type ManualGateRecord, ManualGateRecordSchema } from '../core/schemas/reports.js'
import type { ItemRunState, RunState } from '../core/schemas/run-state.js'
import { UserInputError } from '../errors.js'
import type { Clock, GitPort, RunFiles } from './ports.js'
import { isoSeconds } from '../core/time.js'
import { GIT_BOUNDARIES, crashAt } from './failpoints.js'
import { recordItemStatement } from './provenance.js'
import { type SettledVerdict, checkRunBranch } from './run-branch.js'

/**
 * Deciding a human gate. The decision is bound to the checkpoint that was reviewed: it is
 * refused if the item's checkpoint or the run branch moved since the gate was requested.
 * The order of writes makes a crash harmless: the intended move of the run branch is saved
 * (`pending_fast_forward`), the run branch moves (by compare-and-swap), then run_state.json
 * records the approval, then manual_gate.json; running the command again completes whatever
 * step was missing, and until the approval is saved the gate is still pending.
 */

export interface GateDecisionInput {
  readonly layout: RunLayout
  readonly itemId: string
  readonly decision: 'approved' | 'rejected'
  readonly by: string
  readonly note: string
  readonly evidencePaths: readonly string[]
  /** The checkpoint the reviewer looked at; the decision is refused for any other. */
  readonly checkpoint?: string
  readonly git: GitPort
  readonly clock: Clock
  /** The run's state and gate record, read and written in the run store. */
  readonly files: RunFiles
  readonly loadRunState: (layout: RunLayout) => Promise<RunState>
  /** Test-only crash injection (failpoints.ts). */
  readonly failpoint?: string
}

export interface GateDecisionResult {
  readonly run_id: string
  readonly item_id: string
  readonly decision: 'approved' | 'rejected'
  readonly checkpoint_ref: string
  readonly current_state: string
  readonly run_state_path: string
}

export async function recordManualGateDecision(
  input: GateDecisionInput
): Promise<GateDecisionResult> {
  const now = isoSeconds(input.clock.now())
  let state = await input.loadRunState(input.layout)
  const item = findItem(state, input.itemId)
  const gatePath = item.latest_paths.manual_gate_path
  if (gatePath === null) throw new UserInputError(`item ${input.itemId} has no manual gate record`)
  const absoluteGatePath = join(input.layout.repoRoot, gatePath)
  const gate = ManualGateRecordSchema.parse(JSON.parse(await readFile(absoluteGatePath, 'utf8')))
  const checkpoint = gate.related_refs.checkpoint_ref
  if (checkpoint === null)
    throw new UserInputError(`the gate of item ${input.itemId} records no checkpoint`)

  // Before anything is written: the run branch must be where the state says (or at either
  // end of an approval that was recorded but not saved).
  const verdict = await checkRunBranch(input.git, input.layout.repoRoot, state)
  const pending = verdict.kind === 'at_head' ? undefined : verdict.pending
  if (pending !== undefined && (pending.item_id !== input.itemId || pending.to !== checkpoint)) {
    throw new UserInputError(
      `run ${state.run_id} has an unfinished pass of item ${pending.item_id} (run branch to ${pending.to}); complete it first: plan-orchestrator resume --run-id ${state.run_id}`
    )
  }
  const alreadyDecided = item.manual_gate_status === input.decision && gate.status === 'pending'
  if (!alreadyDecided) {
    if (item.terminal_state !== 'awaiting_human_gate' || item.manual_gate_status !== 'pending') {
      throw new UserInputError(
        `item ${input.itemId} is not awaiting a gate (it is ${item.terminal_state})`
      )
    }
    if (input.checkpoint !== undefined && !sameCommit(input.checkpoint, checkpoint)) {
      throw new UserInputError(
        `stale decision: you reviewed ${input.checkpoint}, but the gate of item ${input.itemId} is for checkpoint ${checkpoint}`
      )
    }
    if (item.checkpoint_ref !== checkpoint) {
      throw new UserInputError(
        `stale gate: item ${input.itemId} moved to checkpoint ${item.checkpoint_ref ?? 'none'} after the gate was requested for ${checkpoint}`
      )
    }
    if (input.decision === 'approved') {
      state = await moveRunBranchForApproval(input, state, item, checkpoint, verdict)
      state = decide(
        { ...state, run_branch_head: checkpoint, pending_fast_forward: null },
        input.itemId,
        { kind: 'gate_approved', by: input.by },
        now
      )
      state = updateItem(
        state,
        input.itemId,
        {
          manual_gate_status: 'approved',
          terminal_summary: gateDecisionSummary('approved', input.by, input.note)
        },
        now
      )
    } else {
      if (verdict.kind === 'pending_applied') {
        throw new UserInputError(
          `the approval of item ${input.itemId} was already applied to the run branch ${state.run_branch_name} (now at ${checkpoint}) when it was interrupted; complete it with --decision approved`
        )
      }
      const summary = gateDecisionSummary('rejected', input.by, input.note)
      state = decide(
        { ...state, pending_fast_forward: null },
        input.itemId,
        { kind: 'gate_rejected', by: input.by, note: input.note },
        now
      )
      state = updateItem(
        state,
        input.itemId,
        { manual_gate_status: 'rejected', terminal_summary: summary },
        now
      )
    }
    await input.files.saveRunState(input.layout, state)
    crashAt(input.failpoint, state.current_state)
  }
  await input.files.writeJson(absoluteGatePath, decidedRecord(gate, input, now))
  // The approved item's provenance statement, once its approval is on record. A failure is
  // not the decision's: the approval stands, and `verify` names the item without a statement.
  if (input.decision === 'approved')
    await recordItemStatement(input.layout, state, input.itemId, input)
  return {
    run_id: state.run_id,
    item_id: input.itemId,
    decision: input.decision,
    checkpoint_ref: checkpoint,
    current_state: state.current_state,
    run_state_path: input.layout.runStatePath
  }
}

/** Moves the gated item where the lifecycle table takes it on the human's decision. */
function decide(state: RunState, itemId: string, event: LifecycleEvent, now: string): RunState {
  const moved = step(itemSnapshot(state, itemId, undefined), event)
  if (moved.kind === 'refused') throw new RefusedEventError(moved.from, moved.event)
  return moveTo(state, itemId, moved.to, { actor: moved.actor, message: moved.message }, now)
}

/**
 * Moves the run branch to the approved checkpoint exactly once: the intended move is saved
 * first, then git makes it (compare-and-swap); a command interrupted after either step
 * finds the record and completes it.
 */
async function moveRunBranchForApproval(
  input: GateDecisionInput,
  state: RunState,
  item: ItemRunState,
  checkpoint: string,
  verdict: SettledVerdict
): Promise<RunState> {
  const root = input.layout.repoRoot
  const branch = state.run_branch_name
  if (verdict.kind === 'pending_applied') return state
  if (verdict.kind === 'pending_not_applied') {
    await input.git.fastForward(root, branch, checkpoint, verdict.pending.from)
    crashAt(input.failpoint, GIT_BOUNDARIES.runBranchFastForwarded)
    return state
  }
  if (item.base_ref !== state.run_branch_head) {
    throw new UserInputError(
      `the run branch ${branch} is at ${state.run_branch_head}, but item ${input.itemId}'s change was made on ${item.base_ref ?? 'an unrecorded commit'}; the reviewed change no longer applies on top of it`
    )
  }
  const recorded: RunState = {
    ...state,
    pending_fast_forward: {
      item_id: input.itemId,
      attempt_number: item.attempt_number,
      from: state.run_branch_head,
      to: checkpoint,
      recorded_at_utc: isoSeconds(input.clock.now())
    }
  }
  await input.files.saveRunState(input.layout, recorded)
  crashAt(input.failpoint, GIT_BOUNDARIES.fastForwardRecorded)
  await input.git.fastForward(root, branch, checkpoint, state.run_branch_head)
  crashAt(input.failpoint, GIT_BOUNDARIES.runBranchFastForwarded)
  return recorded
}

function decidedRecord(
  gate: ManualGateRecord,
  input: GateDecisionInput,
  now: string
): ManualGateRecord {
  return ManualGateRecordSchema.parse({
    ...gate,
    status: input.decision,
    decision: {
      outcome: input.decision,
      decided_at_utc: now,
      decided_by: input.by,
      note: input.note,
      evidence_paths: [...input.evidencePaths]
    }
  })
}

function findItem(state: RunState, itemId: string): ItemRunState {
  const item = state.items.find((candidate) => candidate.item_id === itemId)
  if (item === undefined) {
    throw new UserInputError(
      `item ${itemId} is not part of run ${state.run_id} (items: ${state.items.map((i) => i.item_id).join(', ')})`
    )
  }
  return item
}

function sameCommit(given: string, recorded: string): boolean {
  return given.length >= 7 && recorded.startsWith(given.toLowerCase())
}
