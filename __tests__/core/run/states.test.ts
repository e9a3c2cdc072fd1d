import {
  INITIAL_ITEM_STATE,
  STATE_IDS,
  TERMINAL_STATE_OF,
  TRANSITIONS,
  canTransition,
  notStarted
} from '../../../src/core/run/states.js'
import { isInFlight } from '../../../src/core/run/lifecycle.js'

describe('the run state machine table', () => {
  it('names only known states', () => {
    for (const [from, targets] of Object.entries(TRANSITIONS)) {
      expect(STATE_IDS).toContain(from)
      for (const to of targets) expect(STATE_IDS).toContain(to)
    }
  })

  it('reaches every state from a new run', () => {
    const seen = new Set<string>(['ST00_RUN_CREATED'])
    const queue = ['ST00_RUN_CREATED'] as Array<keyof typeof TRANSITIONS>
    while (queue.length > 0) {
      const state = queue.shift()!
      for (const next of TRANSITIONS[state]) {
        if (!seen.has(next)) {
          seen.add(next)
          queue.push(next)
        }
      }
    }
    expect([...seen].sort()).toEqual([...STATE_IDS].sort())
  })

  it('lets blocked and escalated items leave only through resume', () => {
    expect(TRANSITIONS.ST120_BLOCKED_EXTERNAL).toEqual([])
    expect(TRANSITIONS.ST140_ESCALATED).toEqual([])
  })

  it('can escalate from every non-terminal item state', () => {
    for (const state of STATE_IDS) {
      if (TERMINAL_STATE_OF[state] !== undefined && state !== 'ST110_AWAITING_HUMAN_GATE') continue
      if (state === 'ST130_PASSED') continue
      expect(canTransition(state, 'ST140_ESCALATED')).toBe(true)
    }
  })

  it('passes only from triage or an approved gate', () => {
    const into = STATE_IDS.filter((state) => canTransition(state, 'ST130_PASSED'))
    expect(into.sort()).toEqual(['ST110_AWAITING_HUMAN_GATE', 'ST70_TRIAGING'])
  })

  it('treats stage states as in flight and rest states as not', () => {
    expect(isInFlight('ST30_EXECUTING')).toBe(true)
    expect(isInFlight('ST70_TRIAGING')).toBe(true)
    for (const state of [
      'ST05_PLAN_NORMALIZED',
      'ST130_PASSED',
      'ST140_ESCALATED',
      'ST110_AWAITING_HUMAN_GATE'
    ] as const) {
      expect(isInFlight(state)).toBe(false)
    }
  })
})

describe('an item the run has not started', () => {
  it('is at the initial state on its first attempt', () => {
    expect(INITIAL_ITEM_STATE).toBe('ST05_PLAN_NORMALIZED')
    expect(notStarted({ state: 'ST05_PLAN_NORMALIZED', attempt_number: 1 })).toBe(true)
    expect(notStarted({ state: 'ST05_PLAN_NORMALIZED', attempt_number: 2 })).toBe(false)
    expect(notStarted({ state: 'ST10_ITEM_SELECTED', attempt_number: 1 })).toBe(false)
  })
})
