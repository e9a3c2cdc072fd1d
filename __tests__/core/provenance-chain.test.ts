import { type LocatedStatement, walkChain } from '../../src/core/provenance/chain.js'
import type { PlanItem } from '../../src/core/schemas/normalized-plan.js'
import type { ProvenanceStatement } from '../../src/core/schemas/provenance.js'

// The pure walk of `verify`: which statement names each commit, plan order, prerequisites,
// approvals. Only the fields the walk reads are filled in.

const sha = (n: number): string => n.toString(16).padStart(40, '0')
const BASE = sha(0xba5e)

function planItem(
  id: string,
  order: number,
  prerequisites: string[] = [],
  gated = false
): PlanItem {
  return {
    item_id: id,
    order,
    prerequisite_item_ids: prerequisites,
    manual_gate: { required: gated }
  } as unknown as PlanItem
}

function statement(
  id: string,
  order: number,
  base: string,
  commits: string[],
  gate: 'none' | 'cli' | 'github' = 'none'
): LocatedStatement {
  return {
    path: `items/${id}/attempt-1/provenance.intoto.json`,
    statement: {
      predicate: {
        item: { item_id: id, order },
        change: { base_sha: base, checkpoint_sha: commits.at(-1), commits },
        outcome: gate === 'none' ? 'passed' : 'approved',
        gate:
          gate === 'none'
            ? null
            : { reviewer: 'rita', source: { kind: gate === 'cli' ? 'cli' : 'github_approval' } }
      }
    } as unknown as ProvenanceStatement
  }
}

const linear = (shas: string[]): Array<{ sha: string; parents: string[] }> =>
  shas.map((s, index) => ({ sha: s, parents: [index === 0 ? BASE : (shas[index - 1] as string)] }))

const ok = async (): Promise<undefined> => undefined

describe('walkChain', () => {
  const plan = [planItem('01', 1), planItem('02', 2, ['01'], true), planItem('03', 3, ['02'])]

  it('accounts for every commit, in plan order', async () => {
    const lines = await walkChain(
      {
        runId: 'RUN',
        baseSha: BASE,
        commits: linear([sha(1), sha(2), sha(3)]),
        statements: [
          statement('01', 1, BASE, [sha(1), sha(2)]),
          statement('02', 2, sha(2), [sha(3)], 'cli')
        ],
        plan,
        ranOnGitHub: false
      },
      ok
    )
    expect(lines.map((line) => [line.item, line.ok])).toEqual([
      ['01', true],
      ['01', true],
      ['02', true]
    ])
    expect(lines[2]?.verdict).toContain('approved by rita')
  })

  it('refuses an item that passed before its prerequisite', async () => {
    const lines = await walkChain(
      {
        runId: 'RUN',
        baseSha: BASE,
        commits: linear([sha(1)]),
        statements: [statement('03', 3, BASE, [sha(1)])],
        plan,
        ranOnGitHub: false
      },
      ok
    )
    expect(lines.at(-1)).toMatchObject({ commit: sha(1), ok: false })
    expect(lines.at(-1)?.verdict).toContain('before its prerequisite(s) 02')
  })

  it('refuses items out of plan order', async () => {
    const free = [planItem('01', 1), planItem('02', 2)]
    const lines = await walkChain(
      {
        runId: 'RUN',
        baseSha: BASE,
        commits: linear([sha(1), sha(2)]),
        statements: [statement('02', 2, BASE, [sha(1)]), statement('01', 1, sha(1), [sha(2)])],
        plan: free,
        ranOnGitHub: false
      },
      ok
    )
    expect(lines.at(-1)).toMatchObject({ commit: sha(2), item: '01', ok: false })
    expect(lines.at(-1)?.verdict).toContain('comes after a later item of the plan')
  })

  it('refuses a gated item without an approval, and on GitHub one without GitHub’s record', async () => {
    const input = {
      runId: 'RUN',
      baseSha: BASE,
      commits: linear([sha(1), sha(2)]),
      plan,
      ranOnGitHub: true
    }
    const none = await walkChain(
      {
        ...input,
        statements: [statement('01', 1, BASE, [sha(1)]), statement('02', 2, sha(1), [sha(2)])]
      },
      ok
    )
    expect(none.at(-1)?.verdict).toContain('is gated but carries no approval')
    const cli = await walkChain(
      {
        ...input,
        statements: [
          statement('01', 1, BASE, [sha(1)]),
          statement('02', 2, sha(1), [sha(2)], 'cli')
        ]
      },
      ok
    )
    expect(cli.at(-1)?.verdict).toContain('no approval record from GitHub')
  })

  it('refuses a merge commit and a statement whose checkpoint is not on the branch', async () => {
    const merged = await walkChain(
      {
        runId: 'RUN',
        baseSha: BASE,
        commits: [{ sha: sha(1), parents: [BASE, sha(9)] }],
        statements: [statement('01', 1, BASE, [sha(1)])],
        plan,
        ranOnGitHub: false
      },
      ok
    )
    expect(merged.at(-1)?.verdict).toContain('2 parents')
    const missing = await walkChain(
      {
        runId: 'RUN',
        baseSha: BASE,
        commits: linear([sha(1)]),
        statements: [
          statement('01', 1, BASE, [sha(1)]),
          statement('02', 2, sha(1), [sha(2)], 'cli')
        ],
        plan,
        ranOnGitHub: false
      },
      ok
    )
    expect(missing.at(-1)).toMatchObject({ commit: sha(2), item: '02', ok: false })
    expect(missing.at(-1)?.verdict).toContain('its checkpoint is not on the branch')
  })

  it("stops at the statement the file check refuses, with the check's reason", async () => {
    const lines = await walkChain(
      {
        runId: 'RUN',
        baseSha: BASE,
        commits: linear([sha(1)]),
        statements: [statement('01', 1, BASE, [sha(1)])],
        plan,
        ranOnGitHub: false
      },
      () => Promise.resolve('verification log x does not match its digest')
    )
    expect(lines).toEqual([
      {
        commit: sha(1),
        item: '01',
        verdict: 'verification log x does not match its digest',
        ok: false
      }
    ])
  })
})
