import type { OutsideSnapshot } from '../../src/core/integrity/outside-state.js'
import type { AttemptContext } from '../../src/kernel/attempt-context.js'
import { IntegrityGuard } from '../../src/kernel/integrity-guard.js'
import type { IntegrityPort, PreviousReading } from '../../src/kernel/integrity-ports.js'

/**
 * What the guard hands the next stage's reading: the last stage's reading after it, and the
 * items whose run store directories the kernel may have written since (the item that reading
 * was taken for, the item now, and every item whose state the kernel replaced).
 */

const RUN = 'RUN_20261201T000000Z_0a1b2c3d'

function snapshot(): OutsideSnapshot {
  return {
    state: { refs: {}, gitFiles: {}, checkout: {}, store: {}, liveRuns: [], runStateDigest: null },
    contents: new Map()
  }
}

/** A session whose items can be replaced, as RunSession.patchItem replaces them. */
function attempt(state: { items: Array<{ item_id: string; state: string }> }, itemId: string) {
  const session = {
    layout: { repoRoot: '/repo', controlDir: '/repo/control', runStatePath: '/repo/rs.json' },
    state: {
      run_id: RUN,
      run_branch_name: `orchestrator/run/${RUN}`,
      run_branch_head: 'a'.repeat(40),
      ...state
    },
    lastSavedDigest: null,
    files: { writeJson: async (): Promise<void> => undefined },
    replace: async (): Promise<void> => undefined
  }
  return {
    session,
    item: { item_id: itemId },
    attempt: 1,
    paths: { worktreePath: '/repo/wt', branchName: `orchestrator/item/${RUN}/${itemId}/attempt-1` },
    clock: { now: () => new Date('2026-12-01T00:00:00Z') }
  } as unknown as AttemptContext
}

function recordingPort(): IntegrityPort & { previous: Array<PreviousReading | undefined> } {
  const previous: Array<PreviousReading | undefined> = []
  return {
    previous,
    snapshot: async (_scope, last) => {
      previous.push(last)
      return snapshot()
    },
    check: async () => ({
      after: snapshot(),
      changes: [],
      restored: new Set(),
      unrestored: new Map()
    })
  }
}

describe('integrity guard between stages', () => {
  it('reads everything before the first stage, then names the items the kernel may have written', async () => {
    const port = recordingPort()
    const guard = new IntegrityGuard(port)
    const items = [
      { item_id: '01', state: 'passed' },
      { item_id: '02', state: 'executing' },
      { item_id: '03', state: 'pending' },
      { item_id: '04', state: 'pending' }
    ]
    const state = { items: [...items] }
    await guard.around(attempt(state, '02'), 'execute', [], async () => undefined)
    expect(port.previous[0]).toBeUndefined()

    await guard.around(attempt(state, '02'), 'verification', [], async () => undefined)
    expect([...(port.previous[1]?.touchedItems ?? [])].sort()).toEqual(['02'])

    // Item 02 passes, item 03 is skipped with its state replaced, item 04 starts.
    state.items = [
      items[0]!,
      { ...items[1]!, state: 'passed' },
      { ...items[2]!, state: 'skipped' },
      { ...items[3]!, state: 'executing' }
    ]
    await guard.around(attempt(state, '04'), 'execute', [], async () => undefined)
    expect([...(port.previous[2]?.touchedItems ?? [])].sort()).toEqual(['02', '03', '04'])
    expect(port.previous[2]?.snapshot).toBeDefined()
  })
})
