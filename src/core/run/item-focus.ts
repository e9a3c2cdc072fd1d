import type { ItemRunState, RunState } from '../schemas/run-state.js'

/**
 * The two questions every part of the product asks about a run's items, answered once:
 * which item runs next (the queue, `resume`, the plan action) and which item the run is about
 * (status, the supervisor's recovery).
 */

export function itemsInPlanOrder(state: RunState): ItemRunState[] {
  return [...state.items].sort((a, b) => a.order - b.order)
}

/** The first item in plan order that has not passed: what runs next, if anything does. */
export function nextItem(state: RunState): ItemRunState | undefined {
  return itemsInPlanOrder(state).find((item) => item.terminal_state !== 'passed')
}

/**
 * The item the run is about: the current item unless it passed, else the first item stopped
 * at a terminal other than `passed`, else the next item; none once every item passed.
 * `keepPassedCurrent` keeps a current item that just passed in focus, as status shows it
 * (the run last worked on it); recovery looks past it to what is left.
 */
export function focusItem(
  state: RunState,
  options: { readonly keepPassedCurrent?: boolean } = {}
): ItemRunState | undefined {
  const ordered = itemsInPlanOrder(state)
  const next = ordered.find((item) => item.terminal_state !== 'passed')
  if (next === undefined) return undefined
  const current = state.items.find((item) => item.item_id === state.current_item_id)
  if (current !== undefined && (current.terminal_state !== 'passed' || options.keepPassedCurrent))
    return current
  return (
    ordered.find((item) => item.terminal_state !== 'none' && item.terminal_state !== 'passed') ??
    next
  )
}
