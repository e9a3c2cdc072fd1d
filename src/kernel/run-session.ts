import type { RunLayout } from '../core/run/layout.js'
import type { LifecycleEvent } from '../core/run/lifecycle.js'
import {
  appendEvent,
  itemState,
  moveTo,
  rewindForResume,
  updateItem
} from '../core/run/run-state-ops.js'
import type { StateId } from '../core/run/states.js'
import {
  type Move,
  RefusedEventError,
  type Step,
  isRewind,
  itemSnapshot,
  step
} from '../core/run/step.js'
import type { PlanItem } from '../core/schemas/normalized-plan.js'
import type { Actor, ItemRunState, RunState } from '../core/schemas/run-state.js'
import type { AgentCallRecord } from '../core/schemas/usage.js'
import { appendAgentCall } from '../core/usage/records.js'
import { callsOfItem, totalsOf } from '../core/usage/summary.js'
import type { Clock, ProgressSink, RunFiles } from './ports.js'
import { oneLine } from '../core/text/one-line.js'
import { isoSeconds } from '../core/time.js'
import { crashAt } from './failpoints.js'

/**
 * The live run: holds the current run state, and saves it after every change so that
 * run_state.json is always the last thing that happened. All changes go through here.
 */
export class RunSession {
  private current: RunState
  private readonly startedAt: number
  /** The save in progress, if any; settled either way. */
  private saving: Promise<void> = Promise.resolve()
  private frozen = false
  /** sha256 of the run_state.json text this session wrote last (the integrity check's reference). */
  private savedDigest: string | undefined

  constructor(
    readonly layout: RunLayout,
    initial: RunState,
    private readonly clock: Clock,
    private readonly progress: ProgressSink,
    /** The run store's files: run_state.json here, and every record the attempt writes. */
    readonly files: RunFiles,
    /** Test-only crash injection: the process dies right after this state is saved. */
    private readonly failpoint?: string
  ) {
    this.current = initial
    this.startedAt = clock.now().getTime()
  }

  get state(): RunState {
    return this.current
  }

  item(itemId: string): ItemRunState {
    return itemState(this.current, itemId)
  }

  private nowIso(): string {
    return isoSeconds(this.clock.now())
  }

  /**
   * Where `event` would take the item now, by the lifecycle table; nothing is saved.
   * `evidenceSupplied`: whether this attempt was given external evidence (by default, whether
   * the item's evidence is resolved).
   */
  stepOf(
    itemId: string,
    event: LifecycleEvent,
    planItem?: PlanItem,
    evidenceSupplied?: boolean
  ): Step {
    const item = itemSnapshot(this.current, itemId, planItem)
    return step(evidenceSupplied === undefined ? item : { ...item, evidenceSupplied }, event)
  }

  /**
   * Moves the item where the lifecycle table (lifecycle.ts) takes it on `event`, with the
   * table's actor and event log line; an event the table has no edge for is refused. Resume's
   * rewinds (`restart`, `redo_review`) are saved as they are, without a progress line.
   * `planItem` tells the table the item's gate and evidence, `evidenceSupplied` is as for
   * `stepOf`, `alongside` as for `move`. Returns the move made (its entry effects come next).
   */
  async advance(
    itemId: string,
    event: LifecycleEvent,
    options: {
      readonly planItem?: PlanItem
      readonly evidenceSupplied?: boolean
      readonly alongside?: (state: RunState) => RunState
    } = {}
  ): Promise<Move> {
    const moved = this.stepOf(itemId, event, options.planItem, options.evidenceSupplied)
    if (moved.kind === 'refused') throw new RefusedEventError(moved.from, moved.event)
    if (isRewind(moved.edge)) {
      await this.replace(
        rewindForResume(
          options.alongside?.(this.current) ?? this.current,
          itemId,
          moved.to,
          moved.message,
          this.nowIso()
        )
      )
      return moved
    }
    await this.move(itemId, moved.to, moved.actor, moved.message, options.alongside)
    return moved
  }

  /**
   * Moves the item to `to`. `alongside` changes the run state in the same save (so a crash
   * can never keep one change without the other).
   */
  async move(
    itemId: string,
    to: StateId,
    actor: Actor,
    message: string,
    alongside: (state: RunState) => RunState = (state) => state
  ): Promise<void> {
    const now = this.nowIso()
    await this.replace(moveTo(alongside(this.current), itemId, to, { actor, message }, now))
    this.report(itemId, message)
    this.crashAt(to)
  }

  /** Test-only: dies here when `name` is the configured failpoint (see failpoints.ts). */
  crashAt(name: string): void {
    crashAt(this.failpoint, name)
  }

  /** Whether run_state.json on disk is still exactly what this session saved last. */
  get lastSavedDigest(): string | undefined {
    return this.savedDigest
  }

  async note(itemId: string | null, actor: Actor, message: string): Promise<void> {
    await this.replace(appendEvent(this.current, { actor, itemId, message }, this.nowIso()))
    this.report(itemId, message)
  }

  async patchItem(itemId: string, patch: Partial<ItemRunState>): Promise<void> {
    await this.replace(updateItem(this.current, itemId, patch, this.nowIso()))
  }

  /** Records what an agent call used and cost, then reports it with the totals so far. */
  async recordAgentCall(record: AgentCallRecord): Promise<void> {
    await this.replace(appendAgentCall(this.current, record, this.nowIso()))
    this.progress.agentCall?.({
      runId: this.current.run_id,
      itemId: record.item_id,
      attempt: record.attempt_number,
      elapsedMs: this.clock.now().getTime() - this.startedAt,
      call: record,
      item: totalsOf(callsOfItem(this.current, record.item_id)),
      run: totalsOf(this.current.agent_calls)
    })
  }

  async replace(next: RunState): Promise<void> {
    // The process is about to exit: the caller must neither record what it saw after the
    // interruption (a killed agent is no agent failure) nor go on to its next step.
    if (this.frozen) return new Promise<never>(() => undefined)
    this.current = next
    const saved = this.files.saveRunState(this.layout, next)
    this.saving = saved.then(
      () => undefined,
      () => undefined
    )
    this.savedDigest = await saved
  }

  /**
   * Ends the session for a process that is stopping on a signal: from now on every change
   * stays pending forever; the save in flight, if any, completes; then `message` is
   * recorded as the last event, without moving the run, so `resume` continues from here.
   */
  async freeze(actor: Actor, message: string): Promise<void> {
    if (this.frozen) return
    this.frozen = true
    await this.saving
    this.current = appendEvent(
      this.current,
      { actor, itemId: this.current.current_item_id, message },
      this.nowIso()
    )
    this.savedDigest = await this.files.saveRunState(this.layout, this.current)
  }

  private report(itemId: string | null, message: string): void {
    this.progress.stage({
      runId: this.current.run_id,
      itemId,
      attempt: itemId === null ? null : this.item(itemId).attempt_number,
      state: this.current.current_state,
      message: oneLine(message),
      elapsedMs: this.clock.now().getTime() - this.startedAt
    })
  }
}
