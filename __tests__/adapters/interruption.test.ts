import { withInterruptionGuard } from '../../src/adapters/interruption.js'
import type { HeldRunLock } from '../../src/adapters/run-lock.js'

// The signal behaviour itself ends the process, so it is tested through the bundled CLI
// (__tests__/e2e/interruption.test.ts); here: the handlers exist only around the work.

const lock: HeldRunLock = { runId: 'RUN_20260101T000000Z_00000000', release: async () => {} }

const handlerCounts = (): number[] =>
  (['SIGINT', 'SIGTERM'] as const).map((signal) => process.listenerCount(signal))

describe('withInterruptionGuard', () => {
  it('handles SIGINT and SIGTERM only while the work runs', async () => {
    const before = handlerCounts()
    let during: number[] = []
    const result = await withInterruptionGuard(lock, async () => {
      during = handlerCounts()
      return 'done'
    })
    expect(result).toBe('done')
    expect(during).toEqual(before.map((count) => count + 1))
    expect(handlerCounts()).toEqual(before)
  })

  it('removes its handlers when the work fails, and passes the failure on', async () => {
    const before = handlerCounts()
    await expect(
      withInterruptionGuard(lock, async () => {
        throw new Error('stage failed')
      })
    ).rejects.toThrow('stage failed')
    expect(handlerCounts()).toEqual(before)
  })

  it('returns the session it is given to track', async () => {
    const session = {
      state: { run_id: lock.runId, current_state: 'ST05_PLAN_NORMALIZED' },
      freeze: async () => {}
    }
    const tracked = await withInterruptionGuard(lock, async (interruption) =>
      interruption.track(session)
    )
    expect(tracked).toBe(session)
  })
})
