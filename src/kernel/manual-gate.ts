import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { loadRunState, saveRunState, writeJson } from '../adapters/run-store.js'
import type { RunLayout } from '../core/run/layout.js'
import { gateDecisionSummary } from '../core/run/gate-summary.js'
import { moveTo, updateItem } from '../core/run/run-state-ops.js'
import { type ManualGateRecord, ManualGateRecordSchema } from '../core/schemas/reports.js'
import type { ItemRunState, RunState } from '../core/schemas/run-state.js'
import { UserInputError } from '../errors.js'
import type { Clock, GitPort } from './ports.js'
import { isoSeconds } from '../core/time.js'

/**
 * Deciding a human gate. The decision is bound to the checkpoint that was reviewed: it is
 * refused if the item's checkpoint or the run branch moved since the gate was requested.
 * The order of writes makes a crash harmless: the run branch moves first (by
 * compare-and-swap), then run_state.json, then manual_gate.json; running the command
 * again completes whatever step was missing, and until run_state.json is written the
 * gate is still pending.
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
}

export interface GateDecisionResult {
  readonly run_id: string
  readonly item_id: string
  readonly decision: 'approved' | 'rejected'
  readonly checkpoint_ref: string
  readonly current_state: string
  readonly run_state_path: string
}

export async function decideManualGate(input: GateDecisionInput): Promise<GateDecisionResult> {
  const now = isoSeconds(input.clock.now())
  let state = await loadRunState(input.layout)
  const item = findItem(state, input.itemId)
  const gatePath = item.latest_paths.manual_gate_path
  if (gatePath === null) throw new UserInputError(`item ${input.itemId} has no manual gate record`)
  const absoluteGatePath = join(input.layout.repoRoot, gatePath)
  const gate = ManualGateRecordSchema.parse(JSON.parse(await readFile(absoluteGatePath, 'utf8')))
  const checkpoint = gate.related_refs.checkpoint_ref
  if (checkpoint === null)
    throw new UserInputError(`the gate of item ${input.itemId} records no checkpoint`)

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
      const runTip = await input.git.branchSha(input.layout.repoRoot, state.run_branch_name)
      if (runTip !== checkpoint) {
        if (item.base_ref === null || runTip !== item.base_ref) {
          throw new UserInputError(
            `the run branch ${state.run_branch_name} moved (now ${runTip ?? 'missing'}, expected ${item.base_ref ?? '?'}); the reviewed change no longer applies on top of it`
          )
        }
        await input.git.fastForward(
          input.layout.repoRoot,
          state.run_branch_name,
          checkpoint,
          item.base_ref
        )
      }
      state = { ...state, run_branch_head: checkpoint }
      state = moveTo(
        state,
        input.itemId,
        'ST130_PASSED',
        { actor: 'human', message: `manual gate approved by ${input.by}` },
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
      const summary = gateDecisionSummary('rejected', input.by, input.note)
      state = moveTo(
        state,
        input.itemId,
        'ST140_ESCALATED',
        { actor: 'human', message: summary },
        now
      )
      state = updateItem(
        state,
        input.itemId,
        { manual_gate_status: 'rejected', terminal_summary: summary },
        now
      )
    }
    await saveRunState(input.layout, state)
  }
  await writeJson(absoluteGatePath, decidedRecord(gate, input, now))
  return {
    run_id: state.run_id,
    item_id: input.itemId,
    decision: input.decision,
    checkpoint_ref: checkpoint,
    current_state: state.current_state,
    run_state_path: input.layout.runStatePath
  }
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
