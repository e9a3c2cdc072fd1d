import type { Decision } from '../../src/core/findings/decision.js'
import type { Effect, LifecycleEvent } from '../../src/core/run/effects.js'
import type { ItemSnapshot } from '../../src/core/run/lifecycle.js'
import type { StateId } from '../../src/core/run/states.js'
import { type Move, step } from '../../src/core/run/step.js'
import {
  type EffectOutcome,
  type LifecycleMachine,
  interpret,
  moveBy
} from '../../src/kernel/lifecycle-interpreter.js'

/**
 * The interpreter against the table itself: a machine that keeps the item as a snapshot,
 * saves moves by `step`, and performs effects from a script. The handlers it runs must be
 * exactly the effects `step` emitted for the moves it made, in order.
 */

const start = (state: StateId, extra: Partial<ItemSnapshot> = {}): ItemSnapshot => ({
  state,
  itemId: '01',
  attempt: 1,
  lane: 'execute',
  round: 0,
  needsEvidence: false,
  evidenceSupplied: false,
  gateType: 'security_review',
  ...extra
})

const decided = (decision: Decision): EffectOutcome => ({ event: { kind: 'decided', decision } })

function scriptedMachine(
  item: ItemSnapshot,
  script: (effect: Effect, performed: readonly Effect[]) => EffectOutcome
): { machine: LifecycleMachine; performed: Effect[]; emitted: Effect[]; states: StateId[] } {
  let current = item
  const performed: Effect[] = []
  const emitted: Effect[] = []
  const states: StateId[] = []
  const machine: LifecycleMachine = {
    peek: (event) => step(current, event),
    save: (event) => {
      const moved = step(current, event) as Move
      current = moved.item
      states.push(moved.to)
      return Promise.resolve(moved)
    },
    perform: (effect) => {
      performed.push(effect)
      return Promise.resolve(script(effect, performed))
    },
    leaving: (move) => {
      emitted.push(...move.via)
      return Promise.resolve()
    }
  }
  // Entry effects are emitted by the saved move; via effects by the planned one.
  const save = machine.save.bind(machine)
  machine.save = async (event, alongside) => {
    const moved = await save(event, alongside)
    emitted.push(...moved.entry)
    return moved
  }
  return { machine, performed, emitted, states }
}

describe('the lifecycle interpreter', () => {
  it('performs exactly the effects step emits, in order, through a fix round to a pass', async () => {
    let decisions = 0
    const { machine, performed, emitted, states } = scriptedMachine(
      start('ST05_PLAN_NORMALIZED'),
      (effect) => {
        if (effect.kind !== 'decide') return undefined
        decisions += 1
        return decided(
          decisions === 1 ? { kind: 'fix', round: 1, targetFindingIds: ['F1'] } : { kind: 'pass' }
        )
      }
    )
    await expect(interpret(machine, { event: { kind: 'begin' } })).resolves.toBe('passed')
    expect(performed).toEqual(emitted)
    expect(performed.map((effect) => effect.kind)).toEqual([
      'prepare_worktree',
      'prepare_context',
      'call_agent',
      'checkpoint',
      'verify',
      'freeze_packet',
      'call_agent',
      'call_agent',
      'merge_findings',
      'call_agent',
      'decide',
      'count_round',
      'prepare_context',
      'call_agent',
      'checkpoint',
      'verify',
      'freeze_packet',
      'call_agent',
      'call_agent',
      'merge_findings',
      'call_agent',
      'decide',
      'fast_forward',
      'record_terminal'
    ])
    expect(states).toEqual([
      'ST10_ITEM_SELECTED',
      'ST15_WORKTREE_PREPARED',
      'ST20_CONTEXT_PREPARED',
      'ST30_EXECUTING',
      'ST40_VERIFYING',
      'ST50_AUDIT_PACKET_READY',
      'ST60_AUDITING_CODEX',
      'ST61_AUDITING_CLAUDE',
      'ST70_TRIAGING',
      'ST80_FIXING',
      'ST40_VERIFYING',
      'ST50_AUDIT_PACKET_READY',
      'ST60_AUDITING_CODEX',
      'ST61_AUDITING_CLAUDE',
      'ST70_TRIAGING',
      'ST130_PASSED'
    ])
  })

  it('stops a state at the first effect that reports an event, and escalates on failed', async () => {
    const { machine, performed, states } = scriptedMachine(
      start('ST05_PLAN_NORMALIZED'),
      (effect) =>
        effect.kind === 'call_agent'
          ? { event: { kind: 'failed', reason: 'no report' } }
          : undefined
    )
    await expect(interpret(machine, { event: { kind: 'begin' } })).resolves.toBe('escalated')
    expect(performed.map((effect) => effect.kind)).toEqual([
      'prepare_worktree',
      'prepare_context',
      'call_agent',
      'record_terminal'
    ])
    expect(performed.at(-1)).toEqual({ kind: 'record_terminal', terminal: 'escalated' })
    expect(states.slice(-2)).toEqual(['ST30_EXECUTING', 'ST140_ESCALATED'])
  })

  it('steps a failed via effect from the same state instead of the move it was making', async () => {
    const { machine, performed, states } = scriptedMachine(start('ST70_TRIAGING'), (effect) =>
      effect.kind === 'fast_forward'
        ? { event: { kind: 'failed', reason: 'the run branch moved' } }
        : undefined
    )
    const pass: LifecycleEvent = { kind: 'decided', decision: { kind: 'pass' } }
    await expect(interpret(machine, { event: pass })).resolves.toBe('escalated')
    expect(performed).toEqual([
      { kind: 'fast_forward' },
      { kind: 'record_terminal', terminal: 'escalated' }
    ])
    expect(states).toEqual(['ST140_ESCALATED'])
  })

  it('starts from the entry effects of a state, as resume starts a saved review', async () => {
    const { machine, performed, states } = scriptedMachine(
      start('ST61_AUDITING_CLAUDE'),
      (effect) => (effect.kind === 'decide' ? decided({ kind: 'awaiting_human_gate' }) : undefined)
    )
    const redo: LifecycleEvent = {
      kind: 'redo_review',
      cycleTag: 'execute.round-0',
      checkpoint: 'c1'
    }
    const rewound = await moveBy(machine, redo)
    expect(rewound).toMatchObject({ to: 'ST40_VERIFYING', entry: [] })
    await expect(interpret(machine, { entry: rewound.entry, cause: redo })).resolves.toBe(
      'awaiting_human_gate'
    )
    expect(performed.map((effect) => effect.kind)).toEqual([
      'freeze_packet',
      'call_agent',
      'call_agent',
      'merge_findings',
      'call_agent',
      'decide',
      'request_gate'
    ])
    expect(states[0]).toBe('ST40_VERIFYING')
    expect(states.at(-1)).toBe('ST110_AWAITING_HUMAN_GATE')
  })

  it('names the stage guard checks where the kernel makes them', () => {
    const checks = (state: StateId, extra: Partial<ItemSnapshot> = {}): unknown[] => {
      const moved = step(start(state, extra), { kind: 'done' })
      return moved.kind === 'move'
        ? moved.entry.flatMap((effect) => ('guard' in effect && effect.guard ? [effect.guard] : []))
        : []
    }
    expect(checks('ST20_CONTEXT_PREPARED')).toEqual([
      { stage: 'execute', when: 'before' },
      { stage: 'verification', when: 'after' }
    ])
    expect(checks('ST40_VERIFYING')).toEqual([{ stage: 'audit_codex', when: 'after' }])
    // Between review lanes the guard checks the review copy, not the worktree
    // (docs/decisions.md#agent-configuration-between-review-lanes).
    expect(checks('ST50_AUDIT_PACKET_READY')).toEqual([
      { stage: 'audit_claude', when: 'after', reviewCopyOnly: true }
    ])
    expect(checks('ST60_AUDITING_CODEX')).toEqual([
      { stage: 'triage', when: 'after', reviewCopyOnly: true }
    ])
    expect(checks('ST61_AUDITING_CLAUDE')).toEqual([
      { stage: 'the decision after triage', when: 'after' }
    ])
  })
})
