import type { Decision } from '../../../src/core/findings/decision.js'
import {
  type EdgeName,
  type ItemSnapshot,
  LIFECYCLE,
  type LifecycleEvent,
  isInFlight,
  isReviewing,
  runsCommands,
  stageOfState,
  stateOfLane
} from '../../../src/core/run/lifecycle.js'
import { step } from '../../../src/core/run/step.js'
import { lifecycleDiagram } from '../../../src/core/run/lifecycle-diagram.js'
import { STATE_IDS, type StateId } from '../../../src/core/run/states.js'

const item = (state: StateId, extra: Partial<ItemSnapshot> = {}): ItemSnapshot => ({
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

const decided = (decision: Decision): LifecycleEvent => ({ kind: 'decided', decision })

/** One event per edge name, as the interpreter would report it. */
const EVENTS: Record<EdgeName, LifecycleEvent> = {
  begin: { kind: 'begin' },
  done: { kind: 'done' },
  needs_evidence: { kind: 'needs_evidence', reason: 'the item needs evidence' },
  failed: { kind: 'failed', reason: 'the agent wrote no report' },
  pass: decided({ kind: 'pass' }),
  gate: decided({ kind: 'awaiting_human_gate' }),
  blocked: decided({ kind: 'blocked_external', summary: 'waiting for the vendor' }),
  escalate: decided({ kind: 'escalate', summary: 'triage gave up' }),
  fix: decided({ kind: 'fix', round: 1, targetFindingIds: ['F1'] }),
  remediate: decided({ kind: 'remediate', round: 1, targetFindingIds: ['F1'] }),
  gate_approved: { kind: 'gate_approved', by: 'ada' },
  gate_rejected: { kind: 'gate_rejected', by: 'ada', note: 'not like this' },
  redo_review: { kind: 'redo_review', cycleTag: 'execute.round-0', checkpoint: 'abc123' },
  restart: { kind: 'restart', stopped: 'escalated' }
}

/**
 * The item lifecycle as the docs describe it, written out by hand: every move the kernel may
 * make. The table must make exactly these moves, no more.
 */
const EXPECTED: ReadonlyArray<readonly [StateId, EdgeName, StateId]> = [
  ['ST00_RUN_CREATED', 'done', 'ST05_PLAN_NORMALIZED'],
  ['ST00_RUN_CREATED', 'failed', 'ST140_ESCALATED'],
  ['ST05_PLAN_NORMALIZED', 'begin', 'ST10_ITEM_SELECTED'],
  ['ST05_PLAN_NORMALIZED', 'failed', 'ST140_ESCALATED'],
  ['ST05_PLAN_NORMALIZED', 'restart', 'ST05_PLAN_NORMALIZED'],
  ['ST10_ITEM_SELECTED', 'done', 'ST15_WORKTREE_PREPARED'],
  ['ST10_ITEM_SELECTED', 'needs_evidence', 'ST120_BLOCKED_EXTERNAL'],
  ['ST10_ITEM_SELECTED', 'failed', 'ST140_ESCALATED'],
  ['ST10_ITEM_SELECTED', 'restart', 'ST05_PLAN_NORMALIZED'],
  ['ST15_WORKTREE_PREPARED', 'done', 'ST20_CONTEXT_PREPARED'],
  ['ST15_WORKTREE_PREPARED', 'failed', 'ST140_ESCALATED'],
  ['ST15_WORKTREE_PREPARED', 'restart', 'ST05_PLAN_NORMALIZED'],
  ['ST20_CONTEXT_PREPARED', 'done', 'ST30_EXECUTING'],
  ['ST20_CONTEXT_PREPARED', 'failed', 'ST140_ESCALATED'],
  ['ST20_CONTEXT_PREPARED', 'restart', 'ST05_PLAN_NORMALIZED'],
  ['ST30_EXECUTING', 'done', 'ST40_VERIFYING'],
  ['ST30_EXECUTING', 'failed', 'ST140_ESCALATED'],
  ['ST30_EXECUTING', 'restart', 'ST05_PLAN_NORMALIZED'],
  ['ST40_VERIFYING', 'done', 'ST50_AUDIT_PACKET_READY'],
  ['ST40_VERIFYING', 'failed', 'ST140_ESCALATED'],
  ['ST40_VERIFYING', 'restart', 'ST05_PLAN_NORMALIZED'],
  ['ST50_AUDIT_PACKET_READY', 'done', 'ST60_AUDITING_CODEX'],
  ['ST50_AUDIT_PACKET_READY', 'failed', 'ST140_ESCALATED'],
  ['ST50_AUDIT_PACKET_READY', 'restart', 'ST05_PLAN_NORMALIZED'],
  ['ST50_AUDIT_PACKET_READY', 'redo_review', 'ST40_VERIFYING'],
  ['ST60_AUDITING_CODEX', 'done', 'ST61_AUDITING_CLAUDE'],
  ['ST60_AUDITING_CODEX', 'failed', 'ST140_ESCALATED'],
  ['ST60_AUDITING_CODEX', 'restart', 'ST05_PLAN_NORMALIZED'],
  ['ST60_AUDITING_CODEX', 'redo_review', 'ST40_VERIFYING'],
  ['ST61_AUDITING_CLAUDE', 'done', 'ST70_TRIAGING'],
  ['ST61_AUDITING_CLAUDE', 'failed', 'ST140_ESCALATED'],
  ['ST61_AUDITING_CLAUDE', 'restart', 'ST05_PLAN_NORMALIZED'],
  ['ST61_AUDITING_CLAUDE', 'redo_review', 'ST40_VERIFYING'],
  ['ST70_TRIAGING', 'pass', 'ST130_PASSED'],
  ['ST70_TRIAGING', 'gate', 'ST110_AWAITING_HUMAN_GATE'],
  ['ST70_TRIAGING', 'blocked', 'ST120_BLOCKED_EXTERNAL'],
  ['ST70_TRIAGING', 'escalate', 'ST140_ESCALATED'],
  ['ST70_TRIAGING', 'fix', 'ST80_FIXING'],
  ['ST70_TRIAGING', 'remediate', 'ST95_REMEDIATING'],
  ['ST70_TRIAGING', 'failed', 'ST140_ESCALATED'],
  ['ST70_TRIAGING', 'restart', 'ST05_PLAN_NORMALIZED'],
  ['ST70_TRIAGING', 'redo_review', 'ST40_VERIFYING'],
  ['ST80_FIXING', 'done', 'ST40_VERIFYING'],
  ['ST80_FIXING', 'failed', 'ST140_ESCALATED'],
  ['ST80_FIXING', 'restart', 'ST05_PLAN_NORMALIZED'],
  ['ST95_REMEDIATING', 'done', 'ST40_VERIFYING'],
  ['ST95_REMEDIATING', 'failed', 'ST140_ESCALATED'],
  ['ST95_REMEDIATING', 'restart', 'ST05_PLAN_NORMALIZED'],
  ['ST110_AWAITING_HUMAN_GATE', 'gate_approved', 'ST130_PASSED'],
  ['ST110_AWAITING_HUMAN_GATE', 'gate_rejected', 'ST140_ESCALATED'],
  ['ST120_BLOCKED_EXTERNAL', 'restart', 'ST05_PLAN_NORMALIZED'],
  ['ST130_PASSED', 'begin', 'ST10_ITEM_SELECTED'],
  ['ST130_PASSED', 'failed', 'ST140_ESCALATED'],
  ['ST140_ESCALATED', 'restart', 'ST05_PLAN_NORMALIZED']
]

describe('the item lifecycle table', () => {
  it.each(EXPECTED)('%s --%s--> %s', (from, edge, to) => {
    const moved = step(item(from), EVENTS[edge])
    expect(moved).toMatchObject({ kind: 'move', from, to, edge })
  })

  it('makes no move the lifecycle does not list', () => {
    const listed = new Set(EXPECTED.map(([from, edge]) => `${from} ${edge}`))
    for (const state of STATE_IDS) {
      for (const edge of Object.keys(EVENTS) as EdgeName[]) {
        if (listed.has(`${state} ${edge}`)) continue
        expect(step(item(state), EVENTS[edge])).toEqual({
          kind: 'refused',
          from: state,
          event: EVENTS[edge].kind
        })
      }
    }
  })

  it('runs the execute cycle as the docs order it', () => {
    const path: Array<[StateId, string[]]> = []
    let current = item('ST05_PLAN_NORMALIZED')
    let event: LifecycleEvent = { kind: 'begin' }
    while (current.state !== 'ST70_TRIAGING') {
      const moved = step(current, event)
      if (moved.kind !== 'move') throw new Error(`refused at ${current.state}`)
      path.push([moved.to, moved.entry.map((effect) => effect.kind)])
      current = moved.item
      event = { kind: 'done' }
    }
    expect(path).toEqual([
      ['ST10_ITEM_SELECTED', ['prepare_worktree']],
      ['ST15_WORKTREE_PREPARED', []],
      ['ST20_CONTEXT_PREPARED', ['prepare_context']],
      ['ST30_EXECUTING', ['call_agent', 'checkpoint']],
      ['ST40_VERIFYING', ['verify']],
      ['ST50_AUDIT_PACKET_READY', ['freeze_packet']],
      ['ST60_AUDITING_CODEX', ['call_agent']],
      ['ST61_AUDITING_CLAUDE', ['call_agent', 'merge_findings']],
      ['ST70_TRIAGING', ['call_agent', 'decide']]
    ])
  })

  it('blocks an item that needs evidence before a worktree exists, and takes supplied evidence in', () => {
    const blocked = step(item('ST05_PLAN_NORMALIZED', { needsEvidence: true }), { kind: 'begin' })
    expect(blocked).toMatchObject({ entry: [{ kind: 'block_for_evidence' }] })
    const supplied = step(
      item('ST10_ITEM_SELECTED', { needsEvidence: true, evidenceSupplied: true }),
      { kind: 'done' }
    )
    expect(supplied).toMatchObject({
      to: 'ST15_WORKTREE_PREPARED',
      entry: [{ kind: 'receive_evidence' }]
    })
  })

  it('fast-forwards before a pass is saved, and counts a fix round before the fix starts', () => {
    expect(step(item('ST70_TRIAGING'), EVENTS.pass)).toMatchObject({
      via: [{ kind: 'fast_forward' }, { kind: 'record_terminal', terminal: 'passed' }],
      entry: [],
      terminal: 'passed',
      message: 'item passed and run branch fast-forwarded'
    })
    const fix = step(
      item('ST70_TRIAGING'),
      decided({ kind: 'fix', round: 2, targetFindingIds: [] })
    )
    expect(fix).toMatchObject({
      to: 'ST80_FIXING',
      via: [{ kind: 'count_round', lane: 'fix', round: 2 }],
      item: { lane: 'fix', round: 2 },
      message: 'starting fix round 2',
      entry: [
        { kind: 'prepare_context', lane: 'fix', round: 2 },
        { kind: 'call_agent', lane: 'fix', report: 'fix_report', timeout: 'fix_timeout_sec' },
        { kind: 'checkpoint', lane: 'fix' }
      ]
    })
  })

  it('records who decided a gate, and moves the branch only for an approval', () => {
    const approved = step(item('ST110_AWAITING_HUMAN_GATE'), EVENTS.gate_approved)
    expect(approved).toMatchObject({
      actor: 'human',
      message: 'manual gate approved by ada',
      via: [{ kind: 'fast_forward' }, { kind: 'record_terminal', terminal: 'passed' }]
    })
    const rejected = step(item('ST110_AWAITING_HUMAN_GATE'), EVENTS.gate_rejected)
    expect(rejected).toMatchObject({
      actor: 'human',
      message: 'manual gate rejected by ada: not like this',
      via: []
    })
  })

  it('resumes a review without redoing verification, and a restart from the start line', () => {
    expect(step(item('ST61_AUDITING_CLAUDE'), EVENTS.redo_review)).toMatchObject({
      to: 'ST40_VERIFYING',
      actor: 'orchestrator',
      message:
        'resuming attempt 1 of item 01, interrupted at ST61_AUDITING_CLAUDE: redoing the review of execute.round-0 from checkpoint abc123',
      via: [],
      entry: []
    })
    expect(step(item('ST80_FIXING', { lane: 'fix', round: 1 }), EVENTS.restart)).toMatchObject({
      to: 'ST05_PLAN_NORMALIZED',
      actor: 'orchestrator',
      message: 'reset item 01 from escalated for a fresh resume attempt',
      item: { lane: 'execute' },
      via: []
    })
  })

  it('writes the event log lines the kernel has always written', () => {
    const pass = (completedOnResume: boolean): LifecycleEvent => ({
      kind: 'decided',
      decision: { kind: 'pass' },
      completedOnResume
    })
    expect(step(item('ST70_TRIAGING'), pass(true))).toMatchObject({
      actor: 'git',
      message:
        'item passed and run branch fast-forwarded (its pass was recorded before an interruption; completed on resume)'
    })
    expect(step(item('ST70_TRIAGING'), EVENTS.gate)).toMatchObject({
      actor: 'orchestrator',
      message: 'awaiting human gate (security_review)'
    })
    expect(step(item('ST70_TRIAGING'), EVENTS.remediate)).toMatchObject({
      actor: 'codex',
      message: 'starting remediation round 1'
    })
    const restated = step(item('ST110_AWAITING_HUMAN_GATE'), {
      kind: 'gate_rejected',
      by: 'ada',
      note: 'rejected by ada'
    })
    expect(restated).toMatchObject({ message: 'manual gate rejected by ada' })
    const silent = step(item('ST110_AWAITING_HUMAN_GATE'), {
      kind: 'gate_rejected',
      by: 'ada',
      note: ''
    })
    expect(silent).toMatchObject({ message: 'manual gate rejected by ada' })
    const lines = STATE_IDS.slice(1, 10).map((state) => {
      const moved = step(item(state), state === 'ST05_PLAN_NORMALIZED' ? EVENTS.begin : EVENTS.done)
      return moved.kind === 'move' ? [moved.to, moved.actor, moved.message] : []
    })
    expect(lines).toEqual([
      ['ST10_ITEM_SELECTED', 'orchestrator', 'selected item 01 (attempt 1)'],
      ['ST15_WORKTREE_PREPARED', 'git', 'worktree prepared'],
      ['ST20_CONTEXT_PREPARED', 'orchestrator', 'preparing execute context'],
      ['ST30_EXECUTING', 'orchestrator', 'running execute stage'],
      ['ST40_VERIFYING', 'verification', 'running verification gate'],
      ['ST50_AUDIT_PACKET_READY', 'orchestrator', 'preparing audit packet'],
      ['ST60_AUDITING_CODEX', 'codex', 'running codex audit'],
      ['ST61_AUDITING_CLAUDE', 'claude', 'running claude audit'],
      ['ST70_TRIAGING', 'codex', 'running triage']
    ])
  })

  it('names the stage supervision shows, the review states, and where commands run', () => {
    expect(
      STATE_IDS.filter((state) => stageOfState(state) !== undefined).map(stageOfState)
    ).toEqual([
      'execute',
      'verify',
      'audit',
      'audit_codex',
      'audit_claude',
      'triage',
      'fix',
      'remediation'
    ])
    expect(STATE_IDS.filter(isReviewing)).toEqual([
      'ST50_AUDIT_PACKET_READY',
      'ST60_AUDITING_CODEX',
      'ST61_AUDITING_CLAUDE',
      'ST70_TRIAGING'
    ])
    expect(STATE_IDS.filter(runsCommands)).toEqual(['ST40_VERIFYING'])
  })

  it('names the state of every lane and what counts as in flight', () => {
    expect(stateOfLane('execute')).toBe('ST30_EXECUTING')
    expect(stateOfLane('audit_claude')).toBe('ST61_AUDITING_CLAUDE')
    expect(STATE_IDS.filter(isInFlight)).toEqual(
      STATE_IDS.filter((state) => !['queued', 'terminal'].includes(LIFECYCLE[state].phase))
    )
    expect(isInFlight('ST110_AWAITING_HUMAN_GATE')).toBe(false)
    expect(isInFlight('ST95_REMEDIATING')).toBe(true)
  })

  it('draws every forward move in the state diagram', () => {
    const diagram = lifecycleDiagram()
    for (const [from, edge, to] of EXPECTED) {
      const line = `${from} --> ${to}: ${edge}`
      if (edge === 'restart' || edge === 'redo_review' || edge === 'failed')
        expect(diagram).not.toContain(line)
      else expect(diagram).toContain(line)
    }
  })
})
