import {
  type WorkflowRunFacts,
  checkChain,
  foreignRunReason,
  parseStateArtifactName,
  pickStateArtifact,
  refusedEntryReason,
  runBranchMismatch,
  stateArtifactName,
  unknownAttemptBranches
} from '../../../src/core/gha/chain.js'
import type { GhaChainLink, GhaRunRecord } from '../../../src/core/schemas/gha.js'
import { runState } from '../../helpers/run-state-fixture.js'

const RUN = 'RUN_20261206T120000Z_0123abcd'

function link(overrides: Partial<GhaChainLink>): GhaChainLink {
  return {
    workflow_run_id: 1,
    run_attempt: 1,
    hop: 0,
    job: 'item',
    item_id: '01',
    checkpoint_ref: null,
    recorded_at_utc: '2026-12-06T12:00:00Z',
    ...overrides
  }
}

function record(chain: GhaChainLink[]): GhaRunRecord {
  return {
    schema_version: 'plan_orchestrator.gha_run.v2',
    run_id: RUN,
    repository: 'acme/widgets',
    workflow_path: '.github/workflows/po.yml',
    ref: 'main',
    requester: { login: 'alice', id: 1 },
    started_in_workflow_run: chain[0]?.workflow_run_id ?? 1,
    recorded_at_utc: '2026-12-06T12:00:00Z',
    chain
  }
}

const CHAIN = [
  link({ workflow_run_id: 10, hop: 0 }),
  link({ workflow_run_id: 11, hop: 1, item_id: '02' }),
  link({ workflow_run_id: 11, hop: 1, job: 'gate', run_attempt: 2, item_id: '02' })
]

describe('state artifact names', () => {
  it('keep the plain name for attempt 1 and name later attempts', () => {
    expect(stateArtifactName(RUN, 'item', 1)).toBe(`plan-orchestrator-state-${RUN}-item`)
    expect(stateArtifactName(RUN, 'gate', 3)).toBe(`plan-orchestrator-state-${RUN}-gate-attempt-3`)
    expect(parseStateArtifactName(RUN, stateArtifactName(RUN, 'gate', 3))).toEqual({
      stage: 'gate',
      attempt: 3
    })
    expect(parseStateArtifactName(RUN, `plan-orchestrator-state-${RUN}-item-attempt-1`)).toBe(
      undefined
    )
    expect(parseStateArtifactName(RUN, 'plan-orchestrator-state-RUN_other-item')).toBe(undefined)
  })

  it('pick the newest attempt, gate over item, never beyond the attempt GitHub reports', () => {
    const names = ['item', 'gate', 'item-attempt-2', 'gate-attempt-4'].map((tail) => ({
      name: `plan-orchestrator-state-${RUN}-${tail}`
    }))
    expect(pickStateArtifact(RUN, names, 3)?.artifact.name).toBe(
      `plan-orchestrator-state-${RUN}-item-attempt-2`
    )
    expect(pickStateArtifact(RUN, names, 1)?.artifact.name).toBe(
      `plan-orchestrator-state-${RUN}-gate`
    )
    expect(pickStateArtifact(RUN, [{ name: 'other' }], 1)).toBe(undefined)
  })
})

describe('foreignRunReason', () => {
  const run: WorkflowRunFacts = {
    id: 7,
    repository: 'acme/widgets',
    headRepository: 'acme/widgets',
    path: '.github/workflows/po.yml',
    headBranch: 'main',
    runAttempt: 1,
    actor: null,
    triggeringActor: null
  }
  const expected = { repository: 'acme/widgets', workflowPath: run.path, ref: 'main', role: 'run' }
  it('accepts a run of the same workflow, repository and ref', () => {
    expect(foreignRunReason({ ...expected, run })).toBe(undefined)
  })
  it('refuses another workflow, another ref, a fork', () => {
    expect(foreignRunReason({ ...expected, run: { ...run, path: 'x.yml' } })).toMatch(
      /ran the workflow x\.yml/
    )
    expect(foreignRunReason({ ...expected, run: { ...run, headBranch: 'dev' } })).toMatch(
      /ran on dev, not on main/
    )
    expect(
      foreignRunReason({ ...expected, run: { ...run, headRepository: 'eve/widgets' } })
    ).toMatch(/eve\/widgets/)
  })
})

describe('checkChain', () => {
  const source = { workflowRunId: 11, attempt: 2, stage: 'gate' as const }
  it('continues the next hop from the exact link the artifact was found in', () => {
    const verdict = checkChain({
      record: record(CHAIN),
      source,
      continuation: { kind: 'next-hop', currentRunId: 12, hop: 2 }
    })
    expect(verdict).toMatchObject({ ok: true, hop: 2 })
  })
  it('refuses a copy, an older attempt, a skipped or replayed hop, a broken chain', () => {
    const next = { kind: 'next-hop' as const, currentRunId: 12, hop: 2 }
    const reason = (input: Partial<Parameters<typeof checkChain>[0]>): string => {
      const verdict = checkChain({ record: record(CHAIN), source, continuation: next, ...input })
      if (verdict.ok) throw new Error('expected a refusal')
      return verdict.reason
    }
    expect(reason({ source: { ...source, workflowRunId: 99 } })).toMatch(
      /copied into another workflow run/
    )
    expect(reason({ source: { ...source, attempt: 1 } })).toMatch(/older attempt/)
    expect(reason({ continuation: { ...next, hop: 4 } })).toMatch(/hop 2–3 would be skipped/)
    expect(reason({ continuation: { ...next, hop: 1 } })).toMatch(/replayed or superseded/)
    expect(reason({ continuation: { ...next, currentRunId: 11 } })).toMatch(
      /already in the run's chain/
    )
    const broken = [CHAIN[0] as GhaChainLink, link({ workflow_run_id: 11, hop: 3 })]
    expect(
      reason({ record: record(broken), source: { workflowRunId: 11, attempt: 1, stage: 'item' } })
    ).toMatch(/chain is broken/)
  })
})

describe('origin against the state', () => {
  const state = {
    ...runState('ST05_PLAN_NORMALIZED', null, { '01': {}, '02': {} }),
    run_id: RUN,
    run_branch_name: `orchestrator/run/${RUN}`,
    run_branch_head: 'a'.repeat(40)
  }
  it('accepts the recorded head and refuses any other with both SHAs', () => {
    expect(runBranchMismatch({ state, actual: 'a'.repeat(40), relation: 'ahead' })).toBe(undefined)
    const moved = runBranchMismatch({ state, actual: 'b'.repeat(40), relation: 'ahead' })
    expect(moved).toContain('b'.repeat(40))
    expect(moved).toContain('a'.repeat(40))
    expect(moved).toMatch(/git push --force-with-lease/)
    expect(runBranchMismatch({ state, actual: undefined, relation: 'missing' })).toMatch(
      /is missing/
    )
  })
  it('names attempt branches the state does not know', () => {
    const items = state.items.map((item, index) =>
      index === 0
        ? {
            ...item,
            attempt_number: 2,
            branch_name: `orchestrator/item/${RUN}/${item.item_id}/attempt-2`
          }
        : item
    )
    const first = items[0]?.item_id as string
    const branches = [1, 2, 3].map((n) => `orchestrator/item/${RUN}/${first}/attempt-${n}`)
    expect(unknownAttemptBranches({ ...state, items }, branches)).toEqual([branches[2]])
  })
})

describe('refusedEntryReason', () => {
  const ok = `.local/automation/plan_orchestrator/runs/${RUN}/run_state.json`
  it('allows only entries inside the run directories', () => {
    expect(refusedEntryReason({ runId: RUN, name: ok, kind: 'file' })).toBe(undefined)
    expect(
      refusedEntryReason({
        runId: RUN,
        name: `.local/ai/plan_orchestrator/runs/${RUN}/`,
        kind: 'directory'
      })
    ).toBe(undefined)
    expect(refusedEntryReason({ runId: RUN, name: '/etc/passwd', kind: 'file' })).toMatch(
      /absolute/
    )
    expect(refusedEntryReason({ runId: RUN, name: `${ok}/../../x`, kind: 'file' })).toMatch(/\.\./)
    expect(refusedEntryReason({ runId: RUN, name: ok, kind: 'symlink' })).toMatch(/symbolic link/)
    expect(refusedEntryReason({ runId: RUN, name: ok, kind: 'other' })).toMatch(/not a file/)
    expect(
      refusedEntryReason({
        runId: RUN,
        name: `.local/automation/plan_orchestrator/runs/${RUN}x/a`,
        kind: 'file'
      })
    ).toMatch(/outside/)
    expect(refusedEntryReason({ runId: RUN, name: '.git/config', kind: 'file' })).toMatch(/outside/)
  })
})
