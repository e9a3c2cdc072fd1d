import { normalizePlaybook } from '../../../src/core/playbook/normalize.js'
import { selectionProblems } from '../../../src/core/run/selection.js'
import type { NormalizedPlan } from '../../../src/core/schemas/normalized-plan.js'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PROJECT_ROOT } from '../../helpers/bundled-cli.js'

// What a new run refuses in its selection before anything is written: unknown items, items
// listed twice, and items whose prerequisites cannot have passed when they start.

function demoPlan(): NormalizedPlan {
  const path = join(PROJECT_ROOT, 'examples', 'demo', 'playbook.md')
  const result = normalizePlaybook({
    bytes: readFileSync(path),
    path: 'playbook.md',
    sha256: '0'.repeat(64),
    generatedAt: new Date()
  })
  if (!result.ok) throw new Error('the demo playbook is invalid')
  return result.plan
}

describe('selectionProblems (demo: 02 needs 01)', () => {
  const plan = demoPlan()

  it('accepts items whose prerequisites come first', () => {
    for (const ids of [[], ['01'], ['03'], ['01', '02'], ['01', '03', '02'], ['03', '01', '02']])
      expect(selectionProblems(plan, ids)).toEqual([])
  })

  it('refuses an item whose prerequisite cannot have passed, saying what to run', () => {
    expect(selectionProblems(plan, ['02'])).toEqual([
      'item 02 needs 01 to pass first, and a new run has passed no item yet; run them in order: --items 01,02'
    ])
    expect(selectionProblems(plan, ['03', '02'])).toEqual([
      'item 02 needs 01 to pass first, and a new run has passed no item yet; run them in order: --items 01,02'
    ])
  })

  it('refuses a list with a prerequisite after its item', () => {
    expect(selectionProblems(plan, ['02', '01'])).toEqual([
      'item 02 needs 01 to pass first; list 01 before 02 in --items'
    ])
  })

  it('refuses unknown and repeated items', () => {
    expect(selectionProblems(plan, ['09', '01', '01'])).toEqual([
      'item 09 is not in the playbook (items: 01, 02, 03)',
      'item 01 is listed twice in --items'
    ])
  })
})
