import type { StateId } from '../../../src/core/run/states.js'
import type { RunState } from '../../../src/core/schemas/run-state.js'
import { runState } from '../../helpers/run-state-fixture.js'
import {
  type ActionKind,
  type PastIntervention,
  type RecoveryContext,
  type RecoveryDecision,
  type Recoverability,
  decideRecovery
} from '../../../src/core/supervision/recovery-decision.js'

const HEALTHY = {
  normalizedPlanHealthy: true,
  runBranchExists: true,
  scopeFailed: false,
  gateRejected: false
}

function decide(
  state: RunState,
  overrides: Partial<Omit<RecoveryContext, 'facts'>> & {
    facts?: Partial<RecoveryContext['facts']>
  } = {}
): RecoveryDecision {
  const { facts, ...rest } = overrides
  return decideRecovery({
    state,
    mode: 'run',
    previousWait: null,
    autoAdvance: false,
    launchedResume: false,
    evidence: null,
    interventions: [],
    maxAutoResumes: 2,
    ...rest,
    facts: { ...HEALTHY, ...facts }
  })
}

function past(
  action_kind: string,
  item_id: string | null,
  extra: Partial<PastIntervention> = {}
): PastIntervention {
  return { action_kind, item_id, attempt_number: 1, evidence_package_sha256: null, ...extra }
}

const kindOf = (decision: RecoveryDecision): [ActionKind, Recoverability] => [
  decision.action_kind,
  decision.recoverability
]

const EVIDENCE = { path: '.local/inbox/pkg-1', digest: 'c'.repeat(64) }

const passedAll = runState('ST130_PASSED', '02', {
  '01': { terminal: 'passed' },
  '02': { terminal: 'passed' }
})
const firstPassed = runState('ST130_PASSED', '01', {
  '01': { terminal: 'passed' },
  '02': {},
  '03': {}
})
const gate = runState('ST110_AWAITING_HUMAN_GATE', '01', {
  '01': { terminal: 'awaiting_human_gate', state: 'ST110_AWAITING_HUMAN_GATE' },
  '02': {}
})
const blocked = runState('ST120_BLOCKED_EXTERNAL', '02', {
  '01': { terminal: 'passed' },
  '02': { terminal: 'blocked_external', attempt: 2 }
})
const escalated = runState('ST140_ESCALATED', '01', {
  '01': { terminal: 'escalated', attempt: 3 },
  '02': {}
})
const interrupted = runState('ST40_VERIFYING', '01', {
  '01': { state: 'ST40_VERIFYING' },
  '02': {}
})

describe('decideRecovery: one rule per situation', () => {
  it.each<[string, RunState, Parameters<typeof decide>[1], ActionKind, Recoverability]>([
    ['every item passed', passedAll, {}, 'terminal_passed', 'passed'],
    [
      'approved gate watched in resume',
      firstPassed,
      { previousWait: 'manual_gate', mode: 'resume', launchedResume: true },
      'resume_after_manual_gate',
      'recoverable'
    ],
    [
      'approved gate watched in run with auto-advance',
      firstPassed,
      { previousWait: 'manual_gate', autoAdvance: true },
      'resume_after_manual_gate',
      'recoverable'
    ],
    [
      'approved gate watched in run without auto-advance',
      firstPassed,
      { previousWait: 'manual_gate' },
      'selection_done',
      'passed'
    ],
    [
      'passed selection after an evidence wait',
      firstPassed,
      { previousWait: 'external_evidence', autoAdvance: true },
      'selection_done',
      'passed'
    ],
    ['pending gate', gate, {}, 'wait_manual_gate', 'waiting'],
    ['blocked without evidence', blocked, {}, 'wait_external_evidence', 'waiting'],
    [
      'blocked with evidence',
      blocked,
      { evidence: EVIDENCE },
      'resume_blocked_external',
      'recoverable'
    ],
    [
      'unhealthy plan',
      escalated,
      { facts: { normalizedPlanHealthy: false } },
      'doctor_fix_safe',
      'recoverable'
    ],
    ['escalated, nothing against it', escalated, {}, 'resume_escalated', 'recoverable'],
    [
      'escalated after gate rejection',
      escalated,
      { facts: { gateRejected: true } },
      'park',
      'non_recoverable'
    ],
    [
      'escalated without run branch',
      escalated,
      { facts: { runBranchExists: false } },
      'park',
      'non_recoverable'
    ],
    [
      'escalated after a scope failure',
      escalated,
      { facts: { scopeFailed: true } },
      'park',
      'non_recoverable'
    ],
    ['kernel died mid-stage', interrupted, {}, 'resume_interrupted', 'recoverable'],
    [
      'resume of a saved selection',
      firstPassed,
      { mode: 'resume' },
      'resume_saved_run',
      'recoverable'
    ],
    [
      'resume already launched',
      firstPassed,
      { mode: 'resume', launchedResume: true },
      'selection_done',
      'passed'
    ],
    ['passed selection in run', firstPassed, {}, 'selection_done', 'passed'],
    [
      'run stopped before any item',
      runState('ST05_PLAN_NORMALIZED', null, { '01': {}, '02': {} }),
      {},
      'park',
      'non_recoverable'
    ]
  ])('%s', (_label, state, overrides, kind, recoverability) => {
    expect(kindOf(decide(state, overrides))).toEqual([kind, recoverability])
  })
})

describe('decideRecovery: what the decision is about', () => {
  it('names no item once everything passed', () => {
    expect(decide(passedAll)).toMatchObject({
      item_id: null,
      attempt_number: null,
      terminal_state: null
    })
  })

  it('resumes after a gate with the next unfinished item', () => {
    expect(decide(firstPassed, { previousWait: 'manual_gate', mode: 'resume' })).toMatchObject({
      item_id: '02',
      terminal_state: 'none'
    })
  })

  it('reports the focus item with its attempt and terminal', () => {
    expect(decide(escalated)).toMatchObject({
      item_id: '01',
      attempt_number: 3,
      terminal_state: 'escalated'
    })
  })

  it('reports the in-flight item with terminal none', () => {
    expect(decide(interrupted)).toMatchObject({ item_id: '01', terminal_state: 'none' })
  })

  it('follows plan order, not array order, without a current item', () => {
    const state = runState('ST130_PASSED', null, {
      b: { order: 2 },
      a: { order: 1 },
      z: { order: 3, terminal: 'passed' }
    })
    expect(decide(state).item_id).toBe('a')
  })

  it('prefers a stopped item over an untouched earlier one', () => {
    const state = runState('ST140_ESCALATED', null, {
      '01': {},
      '02': { terminal: 'escalated' }
    })
    expect(decide(state)).toMatchObject({ action_kind: 'resume_escalated', item_id: '02' })
  })

  it('ignores a current item that already passed', () => {
    const state = runState('ST140_ESCALATED', '01', {
      '01': { terminal: 'passed' },
      '02': { terminal: 'escalated', attempt: 2 }
    })
    expect(decide(state)).toMatchObject({ item_id: '02', attempt_number: 2 })
  })

  it('waits on the gate item even when another item is current', () => {
    const state = runState('ST10_ITEM_SELECTED', '02', {
      '01': { terminal: 'awaiting_human_gate' },
      '02': { state: 'ST10_ITEM_SELECTED' }
    })
    expect(decide(state)).toMatchObject({
      action_kind: 'wait_manual_gate',
      item_id: '01',
      terminal_state: 'awaiting_human_gate'
    })
  })

  it.each<[string, StateId]>([
    ['a gate', 'ST110_AWAITING_HUMAN_GATE'],
    ['a block', 'ST120_BLOCKED_EXTERNAL'],
    ['an escalation', 'ST140_ESCALATED']
  ])('recognises %s from the run state alone', (_label, current) => {
    const state = runState(current, '01', { '01': {} })
    const expected: Record<string, ActionKind> = {
      ST110_AWAITING_HUMAN_GATE: 'wait_manual_gate',
      ST120_BLOCKED_EXTERNAL: 'wait_external_evidence',
      ST140_ESCALATED: 'resume_escalated'
    }
    expect(decide(state).action_kind).toBe(expected[current])
  })
})

describe('decideRecovery: precedence', () => {
  it('passes before anything else, even with an unhealthy plan', () => {
    expect(decide(passedAll, { facts: { normalizedPlanHealthy: false } }).action_kind).toBe(
      'terminal_passed'
    )
  })

  it('resumes after an approved gate rather than as a plain saved-run resume', () => {
    const decision = decide(firstPassed, { previousWait: 'manual_gate', mode: 'resume' })
    expect(decision.action_kind).toBe('resume_after_manual_gate')
  })

  it('waits on a gate before repairing the plan', () => {
    expect(decide(gate, { facts: { normalizedPlanHealthy: false } }).action_kind).toBe(
      'wait_manual_gate'
    )
  })

  it('waits for evidence before repairing the plan', () => {
    expect(decide(blocked, { facts: { normalizedPlanHealthy: false } }).action_kind).toBe(
      'wait_external_evidence'
    )
  })

  it('repairs the plan before judging an escalation', () => {
    expect(
      decide(escalated, { facts: { normalizedPlanHealthy: false, gateRejected: true } }).action_kind
    ).toBe('doctor_fix_safe')
  })

  it('repairs the plan before resuming a saved run', () => {
    expect(
      decide(firstPassed, { mode: 'resume', facts: { normalizedPlanHealthy: false } }).action_kind
    ).toBe('doctor_fix_safe')
  })

  it('checks gate rejection before the run branch and scope', () => {
    const decision = decide(escalated, {
      facts: { gateRejected: true, runBranchExists: false, scopeFailed: true }
    })
    expect(decision.reason).toContain('manual-gate rejection')
  })

  it('checks the run branch before scope', () => {
    const decision = decide(escalated, { facts: { runBranchExists: false, scopeFailed: true } })
    expect(decision.reason).toContain('po/run')
    expect(decision.reason).not.toContain('scope')
  })

  it('parks a scope failure even with budget left', () => {
    const decision = decide(escalated, { facts: { scopeFailed: true }, maxAutoResumes: 5 })
    expect(decision.action_kind).toBe('park')
    expect(decision.reason).toContain('scope')
  })

  it('resumes an interrupted item in resume mode through the interruption rule', () => {
    expect(decide(interrupted, { mode: 'resume' }).action_kind).toBe('resume_interrupted')
  })
})

describe('decideRecovery: external evidence', () => {
  it('waits when this exact package was already tried for the item', () => {
    const decision = decide(blocked, {
      evidence: EVIDENCE,
      interventions: [
        past('resume_blocked_external', '02', { evidence_package_sha256: EVIDENCE.digest })
      ]
    })
    expect(kindOf(decision)).toEqual(['wait_external_evidence', 'waiting'])
    expect(decision.reason).toContain('already')
    expect(decision.reason).toContain(EVIDENCE.digest)
  })

  it.each<[string, PastIntervention]>([
    [
      'a different package',
      past('resume_blocked_external', '02', { evidence_package_sha256: 'd'.repeat(64) })
    ],
    [
      'another item',
      past('resume_blocked_external', '01', { evidence_package_sha256: EVIDENCE.digest })
    ],
    ['another action', past('resume_escalated', '02', { evidence_package_sha256: EVIDENCE.digest })]
  ])('resumes when the prior attempt used %s', (_label, prior) => {
    expect(decide(blocked, { evidence: EVIDENCE, interventions: [prior] }).action_kind).toBe(
      'resume_blocked_external'
    )
  })

  it('names the package it resumes with', () => {
    expect(decide(blocked, { evidence: EVIDENCE }).reason).toContain(EVIDENCE.path)
  })
})

describe('decideRecovery: one safe repair per item attempt', () => {
  const unhealthy = { facts: { normalizedPlanHealthy: false } }

  it('parks when this attempt was already repaired', () => {
    const decision = decide(escalated, {
      ...unhealthy,
      interventions: [past('doctor_fix_safe', '01', { attempt_number: 3 })]
    })
    expect(kindOf(decision)).toEqual(['park', 'non_recoverable'])
  })

  it.each<[string, PastIntervention]>([
    ['an earlier attempt', past('doctor_fix_safe', '01', { attempt_number: 2 })],
    ['another item', past('doctor_fix_safe', '02', { attempt_number: 3 })],
    ['a run-level repair', past('doctor_fix_safe', null, { attempt_number: null })]
  ])('repairs again after a repair of %s', (_label, prior) => {
    expect(decide(escalated, { ...unhealthy, interventions: [prior] }).action_kind).toBe(
      'doctor_fix_safe'
    )
  })
})

describe('decideRecovery: automatic resume budget per item', () => {
  const resumes = (count: number, item = '01', kind = 'resume_escalated'): PastIntervention[] =>
    Array.from({ length: count }, (_, index) => past(kind, item, { attempt_number: index + 1 }))

  it.each<[string, RunState, ActionKind]>([
    ['escalated', escalated, 'resume_escalated'],
    ['interrupted', interrupted, 'resume_interrupted']
  ])('%s: resumes at M-1 used, parks at M', (_label, state, resumeKind) => {
    expect(decide(state, { maxAutoResumes: 3, interventions: resumes(2) }).action_kind).toBe(
      resumeKind
    )
    const parked = decide(state, { maxAutoResumes: 3, interventions: resumes(3) })
    expect(kindOf(parked)).toEqual(['park', 'non_recoverable'])
    expect(parked.reason).toContain('automatic resume budget exhausted (3 of 3) for item 01')
  })

  it.each<[string, RunState]>([
    ['escalated', escalated],
    ['interrupted', interrupted]
  ])('%s: a budget of 0 parks at once', (_label, state) => {
    const decision = decide(state, { maxAutoResumes: 0 })
    expect(decision.action_kind).toBe('park')
    expect(decision.reason).toContain('(0 of 0)')
  })

  it('counts escalation and interruption resumes against one budget', () => {
    const mixed = [
      ...resumes(1, '01', 'resume_escalated'),
      ...resumes(1, '01', 'resume_interrupted')
    ]
    expect(decide(escalated, { maxAutoResumes: 2, interventions: mixed }).action_kind).toBe('park')
    expect(decide(interrupted, { maxAutoResumes: 2, interventions: mixed }).action_kind).toBe(
      'park'
    )
  })

  it('does not count other items or other actions', () => {
    const others = [
      ...resumes(5, '02'),
      ...resumes(5, '01', 'resume_saved_run'),
      ...resumes(5, '01', 'resume_blocked_external')
    ]
    expect(decide(escalated, { maxAutoResumes: 1, interventions: others }).action_kind).toBe(
      'resume_escalated'
    )
  })

  it('states the figures when it resumes', () => {
    expect(decide(escalated, { maxAutoResumes: 2, interventions: resumes(1) }).reason).toContain(
      '2 of 2'
    )
  })
})

describe('decideRecovery: reasons are specific', () => {
  it('names the state when it parks an uncovered stop', () => {
    const state = runState('ST05_PLAN_NORMALIZED', null, { '01': {} })
    expect(decide(state).reason).toContain('ST05_PLAN_NORMALIZED')
  })

  it('names the gate item', () => {
    expect(decide(gate).reason).toContain('Item 01')
  })
})

describe('an item stopped by its budget', () => {
  const message =
    'budget_exhausted: item 01 has spent $0.84, over max_cost_usd_per_item $0.50, after the execute call (execute.round-0).'
  const stopped: RunState = {
    ...escalated,
    items: escalated.items.map((item) =>
      item.item_id === '01'
        ? {
            ...item,
            terminal_summary: message,
            budget_stop: {
              limit: 'max_cost_usd_per_item',
              limit_value: 0.5,
              spent: 0.84,
              unit: 'usd',
              calls_without_cost: 0,
              checked: 'after_call',
              lane: 'execute',
              cycle: 'execute.round-0',
              attempt_number: item.attempt_number,
              at_utc: '2026-04-05T11:00:00Z',
              message
            }
          }
        : item
    )
  }

  it('is parked for a human, not resumed into the same limit', () => {
    const decision = decide(stopped)
    expect(kindOf(decision)).toEqual(['park', 'non_recoverable'])
    expect(decision.reason).toContain(
      'stopped on its budget (max_cost_usd_per_item); a human must raise the limit: plan-orchestrator resume --run-id'
    )
    expect(kindOf(decide(stopped, { mode: 'resume', launchedResume: true }))).toEqual([
      'park',
      'non_recoverable'
    ])
  })

  it('gets its one try when a human starts a supervised resume (maybe with a higher limit)', () => {
    expect(kindOf(decide(stopped, { mode: 'resume' }))).toEqual(['resume_escalated', 'recoverable'])
  })

  it('is an ordinary escalation again once a later attempt ended otherwise', () => {
    const later = {
      ...stopped,
      items: stopped.items.map((item) =>
        item.item_id === '01' ? { ...item, terminal_summary: 'triage escalated' } : item
      )
    }
    expect(kindOf(decide(later))).toEqual(['resume_escalated', 'recoverable'])
  })
})
