import {
  type OutsideState,
  type StageScope,
  compareOutside,
  configLines,
  describeChange
} from '../../src/core/integrity/outside-state.js'
import { integrityIncidentsCheck } from '../../src/core/run/doctor-checks.js'
import { judgeRunBranch } from '../../src/core/run/run-branch.js'
import type { RunState } from '../../src/core/schemas/run-state.js'

const RUN = 'RUN_20261201T000000Z_0a1b2c3d'
const OTHER = 'RUN_20261130T000000Z_99999999'
const A = 'a'.repeat(40)
const B = 'b'.repeat(40)
const C = 'c'.repeat(40)
const CONTROL = `.local/automation/plan_orchestrator/runs/${RUN}`

function reading(overrides: Partial<OutsideState> = {}): OutsideState {
  return {
    refs: {
      'refs/heads/main': A,
      [`refs/heads/orchestrator/run/${RUN}`]: A,
      [`refs/heads/orchestrator/item/${RUN}/01/attempt-1`]: A
    },
    gitFiles: { '.git/config': { sha256: '1', configLines: ['core.bare=false'] } },
    checkout: {},
    store: {
      [CONTROL]: 'd',
      [`${CONTROL}/run_state.json`]: 'f:1',
      [`${CONTROL}/normalized_plan.json`]: 'f:2'
    },
    liveRuns: [],
    runStateDigest: 'x',
    ...overrides
  }
}

const SCOPE: StageScope = {
  runId: RUN,
  ownBranch: `orchestrator/item/${RUN}/01/attempt-1`,
  ownWrites: [`${CONTROL}/items/01/attempt-1/logs/execute.round-0.stdout.log`],
  expectedRefs: { [`refs/heads/orchestrator/run/${RUN}`]: A }
}

describe('compareOutside', () => {
  it('finds nothing when nothing changed', () => {
    expect(compareOutside(reading(), reading(), SCOPE)).toEqual([])
  })

  it("leaves the attempt's own branch, its own writes and the directories made for them alone", () => {
    const after = reading({
      refs: { ...reading().refs, [`refs/heads/orchestrator/item/${RUN}/01/attempt-1`]: B },
      store: {
        ...reading().store,
        [`${CONTROL}/items`]: 'd',
        [`${CONTROL}/items/01/attempt-1/logs`]: 'd',
        [`${CONTROL}/items/01/attempt-1/logs/execute.round-0.stdout.log`]: 'f:9',
        [`${CONTROL}/run_state.json`]: 'f:changed-by-a-save',
        [`${CONTROL}/run.lock`]: 'd',
        [`${CONTROL}/supervision/active_stage.json`]: 'f:3'
      }
    })
    expect(compareOutside(reading(), after, SCOPE)).toEqual([])
  })

  it('reports a planted file beside an own write', () => {
    const path = `${CONTROL}/items/01/attempt-1/logs/forged.log`
    const after = reading({ store: { ...reading().store, [path]: 'f:1' } })
    expect(compareOutside(reading(), after, SCOPE)).toEqual([
      { area: 'run_store', path, before: null, after: 'f:1', ours: false }
    ])
  })

  it('holds the run branch to its recorded head, even when it moved between two readings', () => {
    const moved = { ...reading().refs, [`refs/heads/orchestrator/run/${RUN}`]: C }
    const changes = compareOutside(reading({ refs: moved }), reading({ refs: moved }), SCOPE)
    expect(changes).toEqual([
      {
        area: 'ref',
        path: `refs/heads/orchestrator/run/${RUN}`,
        before: A,
        after: C,
        ours: true
      }
    ])
    expect(describeChange(changes[0]!, RUN)).toBe(
      `run branch orchestrator/run/${RUN} moved from ${A.slice(0, 12)} to ${C.slice(0, 12)}`
    )
  })

  it("marks this run's refs as ours and the operator's as not", () => {
    const after = reading({
      refs: {
        ...reading().refs,
        'refs/heads/main': B,
        [`refs/heads/orchestrator/item/${RUN}/02/attempt-1`]: B
      }
    })
    expect(
      compareOutside(reading(), after, SCOPE).map((change) => [change.path, change.ours])
    ).toEqual([
      ['refs/heads/main', false],
      [`refs/heads/orchestrator/item/${RUN}/02/attempt-1`, true]
    ])
  })

  it('names planted config keys', () => {
    const after = reading({
      gitFiles: {
        '.git/config': {
          sha256: '2',
          configLines: ['core.bare=false', 'core.fsmonitor=/tmp/x']
        }
      }
    })
    const [change] = compareOutside(reading(), after, SCOPE)
    expect(change).toMatchObject({ area: 'git_file', ours: true })
    expect(describeChange(change!, RUN)).toBe('.git/config changed (+core.fsmonitor=/tmp/x)')
  })

  it('skips runs another live process was changing, but not runs that merely exist', () => {
    const otherControl = `.local/automation/plan_orchestrator/runs/${OTHER}`
    const before = reading({
      store: { ...reading().store, [`${otherControl}/run_state.json`]: 'f:1' }
    })
    const after = reading({
      store: { ...reading().store, [`${otherControl}/run_state.json`]: 'f:2' },
      refs: { ...reading().refs, [`refs/heads/orchestrator/run/${OTHER}`]: B }
    })
    expect(compareOutside(before, after, SCOPE).map((change) => change.path)).toEqual([
      `refs/heads/orchestrator/run/${OTHER}`,
      `${otherControl}/run_state.json`
    ])
    expect(compareOutside({ ...before, liveRuns: [OTHER] }, after, SCOPE)).toEqual([])
  })

  it("does not skip this run's worktrees or files when the live set names it", () => {
    const after = reading({ store: { ...reading().store, [`${CONTROL}/forged.json`]: 'f:1' } })
    expect(compareOutside(reading({ liveRuns: [RUN] }), after, SCOPE)).toHaveLength(1)
  })
})

describe('configLines', () => {
  it('reads sections, subsections, bare booleans and comments', () => {
    const text = [
      '[core]',
      '\tbare = false',
      '\tfsmonitor = "touch /tmp/x" ; planted',
      '[include]',
      '\tpath = ../evil',
      '[remote "origin"]',
      '\turl = https://example.invalid/r.git',
      '[Core]',
      '\tsshCommand'
    ].join('\n')
    expect(configLines(text)).toEqual([
      'core.bare=false',
      'core.fsmonitor="touch /tmp/x"',
      'core.sshcommand=true',
      'include.path=../evil',
      'remote.origin.url=https://example.invalid/r.git'
    ])
  })
})

function runState(overrides: Partial<RunState>): RunState {
  return {
    run_id: RUN,
    run_branch_name: `orchestrator/run/${RUN}`,
    base_head_sha: A,
    run_branch_head: A,
    pending_fast_forward: null,
    items: [],
    ...overrides
  } as RunState
}

describe('judgeRunBranch', () => {
  const pending = {
    item_id: '01',
    attempt_number: 1,
    from: A,
    to: B,
    recorded_at_utc: '2026-12-01T00:00:00Z'
  }

  it('accepts the recorded head, and either end of a recorded fast-forward', () => {
    expect(judgeRunBranch(runState({}), A)).toEqual({ kind: 'at_head' })
    const recorded = runState({ pending_fast_forward: pending })
    expect(judgeRunBranch(recorded, A)).toEqual({ kind: 'pending_not_applied', pending })
    expect(judgeRunBranch(recorded, B)).toEqual({ kind: 'pending_applied', pending })
  })

  it('refuses anything else with both commits and the way back', () => {
    const verdict = judgeRunBranch(runState({}), C)
    expect(verdict.kind).toBe('moved')
    const message = verdict.kind === 'moved' ? verdict.message : ''
    expect(message).toContain(`points at ${C}`)
    expect(message).toContain(`recorded ${A} (its base commit)`)
    expect(message).toContain(`git update-ref refs/heads/orchestrator/run/${RUN} ${A} ${C}`)
    expect(judgeRunBranch(runState({ pending_fast_forward: pending }), C).kind).toBe('moved')
    expect(judgeRunBranch(runState({}), undefined)).toMatchObject({
      kind: 'moved',
      message: expect.stringContaining('is missing')
    })
  })
})

describe('integrityIncidentsCheck', () => {
  const incident = {
    schema_version: 'plan_orchestrator.integrity_incident.v1' as const,
    run_id: RUN,
    item_id: '01',
    attempt_number: 1,
    stage: 'execute agent (execute.round-0)',
    detected_at_utc: '2026-12-01T00:00:00Z',
    summary: 's',
    changes: [
      {
        area: 'git_file' as const,
        path: '.git/config',
        before: '1',
        after: '2',
        description: '.git/config changed (+core.fsmonitor=x) (restored)',
        restored: true,
        resolved_when: 'file_matches_before' as const
      },
      {
        area: 'checkout' as const,
        path: 'README.md',
        before: null,
        after: '1 .M',
        description: 'README.md in the checkout changed',
        restored: false,
        resolved_when: 'checkout_clean' as const
      }
    ]
  }

  it('is ok without incidents, an error while a change is unresolved, a warning once all are', () => {
    expect(integrityIncidentsCheck([]).status).toBe('ok')
    const open = integrityIncidentsCheck([{ path: 'p.json', incident, resolved: [true, false] }])
    expect(open.status).toBe('error')
    expect(open.unresolved).toEqual([
      'item 01 attempt 1, execute agent (execute.round-0): README.md in the checkout changed [resolved when git status no longer lists it; record p.json]'
    ])
    const settled = integrityIncidentsCheck([{ path: 'p.json', incident, resolved: [true, true] }])
    expect(settled.status).toBe('warning')
    expect(settled.resolved).toHaveLength(2)
  })

  it('treats an unreadable record as unresolved', () => {
    const check = integrityIncidentsCheck([{ path: 'p.json', problem: 'not JSON', resolved: [] }])
    expect(check.status).toBe('error')
  })
})
