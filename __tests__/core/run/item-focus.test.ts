import { focusItem, nextItem } from '../../../src/core/run/item-focus.js'
import { summarizeRun } from '../../../src/core/run/status-summary.js'
import { runState } from '../../helpers/run-state-fixture.js'

// Which item a run is about, as status, recovery, the queue and the plan action see it. The
// status figures were pinned before the answers moved into one module.

const status = (state: ReturnType<typeof runState>): string | null =>
  summarizeRun(state, { writerAlive: false }).current_item_id

describe('the item in focus', () => {
  it('is none once every item passed', () => {
    const state = runState('ST130_PASSED', '02', {
      '01': { terminal: 'passed' },
      '02': { terminal: 'passed' }
    })
    expect(status(state)).toBeNull()
    expect(focusItem(state)).toBeUndefined()
    expect(nextItem(state)).toBeUndefined()
  })

  it('is the current item while it has not passed', () => {
    const state = runState('ST30_EXECUTING', '02', {
      '01': { terminal: 'passed' },
      '02': { state: 'ST30_EXECUTING' },
      '03': {}
    })
    expect(status(state)).toBe('02')
    expect(focusItem(state)?.item_id).toBe('02')
    expect(nextItem(state)?.item_id).toBe('02')
  })

  it('stays on a current item that just passed for status; recovery and the queue look past it', () => {
    const state = runState('ST130_PASSED', '01', {
      '01': { terminal: 'passed' },
      '02': {},
      '03': {}
    })
    expect(status(state)).toBe('01')
    expect(focusItem(state, { keepPassedCurrent: true })?.item_id).toBe('01')
    expect(focusItem(state)?.item_id).toBe('02')
    expect(nextItem(state)?.item_id).toBe('02')
  })

  it('prefers a stopped item over an earlier unstarted one when the current item passed', () => {
    const state = runState('ST130_PASSED', '03', {
      '01': {},
      '02': { terminal: 'escalated' },
      '03': { terminal: 'passed' }
    })
    expect(focusItem(state)?.item_id).toBe('02')
    expect(nextItem(state)?.item_id).toBe('01')
  })

  it('without a current item: the first stopped item, else the first unfinished one, in plan order', () => {
    const stopped = runState('ST05_PLAN_NORMALIZED', null, {
      '01': { terminal: 'passed' },
      '02': {},
      '03': { terminal: 'blocked_external' }
    })
    expect(status(stopped)).toBe('03')
    expect(focusItem(stopped)?.item_id).toBe('03')
    expect(nextItem(stopped)?.item_id).toBe('02')

    const reordered = runState('ST05_PLAN_NORMALIZED', null, {
      '01': { order: 2 },
      '02': { order: 1 }
    })
    expect(status(reordered)).toBe('02')
    expect(focusItem(reordered)?.item_id).toBe('02')
    expect(nextItem(reordered)?.item_id).toBe('02')
  })
})
