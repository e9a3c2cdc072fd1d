import type { Effect, LifecycleEvent } from '../core/run/effects.js'
import type { Terminal } from '../core/run/states.js'
import { type Move, RefusedEventError, type Step } from '../core/run/step.js'
import type { RunState } from '../core/schemas/run-state.js'

/**
 * The kernel as an interpreter of the lifecycle table (src/core/run/lifecycle.ts): an event is
 * stepped through the table; the edge's `via` effects are performed before the move is saved
 * (a `failed` event from them is stepped instead, from the same state); the move is saved;
 * the new state's `entry` effects are performed in order, and the first event one of them
 * reports (else `done`) is the next one stepped, until the item reaches a terminal. What an
 * effect does is the machine's business (attempt-run.ts and effect-handlers.ts for an attempt).
 */

/** What performing one effect reports: nothing (go on), the state's event, or a change to save with the move. */
export type EffectOutcome =
  | undefined
  | { readonly event: LifecycleEvent }
  | { readonly alongside: (state: RunState) => RunState }

export interface LifecycleMachine {
  /** Where `event` leads from the item's state now; nothing is saved. */
  peek(event: LifecycleEvent): Step
  /** Saves the move `event` leads to, with `alongside` in the same save; returns the move. */
  save(event: LifecycleEvent, alongside?: (state: RunState) => RunState): Promise<Move>
  /** Performs one effect; `cause` is the event being stepped (via) or that entered the state (entry). */
  perform(effect: Effect, cause: LifecycleEvent): Promise<EffectOutcome>
  /** Told of a planned move before its via effects run. */
  leaving?(move: Move): Promise<void>
}

/** Where interpretation starts: an event to step, or the entry effects of the state the item is in. */
export type InterpreterStart =
  | { readonly event: LifecycleEvent }
  | { readonly entry: readonly Effect[]; readonly cause: LifecycleEvent }

/** Steps and performs until the item reaches a terminal; returns it. */
export async function interpret(
  machine: LifecycleMachine,
  start: InterpreterStart
): Promise<Terminal> {
  let event = 'event' in start ? start.event : await performEntry(machine, start.entry, start.cause)
  for (;;) {
    const moved = await moveBy(machine, event)
    if (moved.terminal !== undefined) return moved.terminal
    event = await performEntry(machine, moved.entry, event)
  }
}

/** Makes the one move `event` leads to: its via effects, then the save. */
export async function moveBy(machine: LifecycleMachine, event: LifecycleEvent): Promise<Move> {
  const planned = machine.peek(event)
  if (planned.kind === 'refused') throw new RefusedEventError(planned.from, planned.event)
  await machine.leaving?.(planned)
  let alongside: ((state: RunState) => RunState) | undefined
  for (const effect of planned.via) {
    const outcome = await machine.perform(effect, event)
    if (outcome === undefined) continue
    if ('event' in outcome) return moveBy(machine, outcome.event)
    alongside = outcome.alongside
  }
  return machine.save(event, alongside)
}

async function performEntry(
  machine: LifecycleMachine,
  entry: readonly Effect[],
  cause: LifecycleEvent
): Promise<LifecycleEvent> {
  for (const effect of entry) {
    const outcome = await machine.perform(effect, cause)
    if (outcome !== undefined && 'event' in outcome) return outcome.event
  }
  return { kind: 'done' }
}
