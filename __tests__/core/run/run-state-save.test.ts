import { describe, expect, it } from '@jest/globals'
import { validRunStateForSave } from '../../../src/core/run/run-state-save.js'
import {
  type ItemRunState,
  type RunEvent,
  type RunState,
  RunStateSchema
} from '../../../src/core/schemas/run-state.js'
import type { AgentCallRecord } from '../../../src/core/schemas/usage.js'
import { AT, runState } from '../../helpers/run-state-fixture.js'

/** What a save wrote before: the whole state parsed, then serialised. */
function wholeParseText(state: unknown): string {
  return `${JSON.stringify(RunStateSchema.parse(state), null, 2)}\n`
}

/** The message of the error the whole parse throws for `state`. */
function wholeParseError(state: unknown): string {
  const result = RunStateSchema.safeParse(state)
  if (result.success) throw new Error('the state is valid')
  return result.error.message
}

function saveText(state: RunState): string {
  return `${JSON.stringify(validRunStateForSave(state), null, 2)}\n`
}

function event(n: number): RunEvent {
  // Keys in another order than the schema's: the saved text still follows the schema.
  return {
    message: `event ${n}`,
    item_id: '01',
    actor: 'orchestrator',
    state: 'ST30_EXECUTING',
    at_utc: AT
  }
}

function call(n: number): AgentCallRecord {
  return {
    item_id: '01',
    attempt_number: 1,
    lane: 'execute',
    cycle: `execute.round-${n}`,
    agent: 'scripted',
    status: 'ok',
    started_at_utc: AT,
    duration_ms: n,
    model: null,
    effort: null,
    tokens: null,
    cost_usd: null,
    cost_source: null
  }
}

function grown(state: RunState, events: number): RunState {
  const log = [...state.event_log]
  const calls = [...state.agent_calls]
  for (let n = 0; n < events; n += 1) {
    log.push(event(log.length))
    calls.push(call(calls.length))
  }
  return { ...state, event_log: log, agent_calls: calls }
}

describe('validRunStateForSave', () => {
  it('returns what the whole parse returns, key order included, save after save', () => {
    let state = runState('ST30_EXECUTING', '01', { '01': {}, '02': {} })
    for (let save = 0; save < 4; save += 1) {
      state = grown(state, 3)
      const item = state.items[0]
      state = {
        ...state,
        items: [{ ...item!, state: 'ST40_VERIFYING', attempt_number: save + 1 }, state.items[1]!]
      }
      expect(saveText(state)).toBe(wholeParseText(state))
      expect(validRunStateForSave(state)).toEqual(RunStateSchema.parse(state))
    }
  })

  it('does not parse again what an earlier save parsed', () => {
    const state = grown(runState('ST30_EXECUTING', '01', { '01': {} }), 2)
    const first = validRunStateForSave(state)
    const next = grown(state, 1)
    const second = validRunStateForSave(next)
    expect(second.event_log[0]).toBe(first.event_log[0])
    expect(second.agent_calls[1]).toBe(first.agent_calls[1])
    expect(second.items[0]).toBe(first.items[0])
    expect(second.options).toBe(first.options)
    expect(second.event_log[2]).not.toBe(next.event_log[2])
  })

  it('fills defaults as the whole parse does', () => {
    const state = runState('ST30_EXECUTING', '01', { '01': {} })
    const bare = structuredClone(state) as Partial<RunState>
    delete bare.agents
    delete bare.agent_calls
    delete (bare.items![0] as Partial<ItemRunState>).budget_stop
    expect(saveText(bare as RunState)).toBe(wholeParseText(bare))
  })

  it('refuses an invalid new element with the whole parse error', () => {
    const state = grown(runState('ST30_EXECUTING', '01', { '01': {} }), 2)
    validRunStateForSave(state)
    const bad = { ...state, event_log: [...state.event_log, { ...event(9), message: '' }] }
    const expected = wholeParseError(bad)
    expect(expected).toContain('event_log')
    expect(() => validRunStateForSave(bad)).toThrow(expected)
  })

  it('parses again an element that was saved and then changed in place', () => {
    const state = grown(runState('ST30_EXECUTING', '01', { '01': {} }), 2)
    validRunStateForSave(state)
    const saved = state.event_log[1] as { message: string }
    saved.message = ''
    expect(() => validRunStateForSave(state)).toThrow(wholeParseError(state))
    saved.message = 'changed'
    expect(saveText(state)).toBe(wholeParseText(state))
    expect(saveText(state)).toContain('"message": "changed"')
  })

  it('parses again an element whose nested object was changed or given an extra key', () => {
    const state = runState('ST30_EXECUTING', '01', { '01': {} })
    validRunStateForSave(state)
    const paths = state.items[0]!.latest_paths as Record<string, unknown>
    paths.item_context_path = 7
    expect(() => validRunStateForSave(state)).toThrow(wholeParseError(state))
    paths.item_context_path = 'context.json'
    expect(saveText(state)).toBe(wholeParseText(state))
    paths.planted = 'x'
    expect(() => validRunStateForSave(state)).toThrow(wholeParseError(state))
  })

  it('parses again an element that lost a key', () => {
    const state = grown(runState('ST30_EXECUTING', '01', { '01': {} }), 1)
    validRunStateForSave(state)
    delete (state.agent_calls[0] as Partial<AgentCallRecord>).cost_source
    expect(() => validRunStateForSave(state)).toThrow(wholeParseError(state))
  })

  it('still checks the top-level fields on every save', () => {
    const state = grown(runState('ST30_EXECUTING', '01', { '01': {} }), 1)
    validRunStateForSave(state)
    const invalid = [
      { ...state, items: [] },
      { ...state, run_branch_head: 'not a sha' },
      { ...state, extra: true }
    ] as unknown as RunState[]
    for (const bad of invalid) expect(() => validRunStateForSave(bad)).toThrow(wholeParseError(bad))
  })
})
