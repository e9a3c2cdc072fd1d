import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { branchSha } from '../../src/adapters/git/repository.js'
import { runLayout } from '../../src/core/run/layout.js'
import { gatherFacts } from '../../src/supervision/recovery-facts.js'
import { RUN_ID, runState } from '../helpers/run-state-fixture.js'

// An item escalated because something changed outside its attempt is parked for a human,
// like a scope violation: resuming it automatically would hand the same agent another go.

describe('recovery facts of an integrity incident', () => {
  it('count as a scope failure, so the supervisor parks the item', async () => {
    const root = mkdtempSync(join(tmpdir(), 'po-facts-'))
    execFileSync('git', ['init', '-q'], { cwd: root })
    const run = runLayout(root, RUN_ID)
    const base = runState('ST140_ESCALATED', '01', { '01': { terminal: 'escalated' } })
    const state = {
      ...base,
      items: base.items.map((item) => ({
        ...item,
        terminal_summary:
          'something changed outside the attempt during the execute agent (execute.round-0): .git/config changed (restored)'
      }))
    }
    const facts = await gatherFacts(run, state, { branchSha })
    expect(facts.scopeFailed).toBe(true)
  })
})
