import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runLayout } from '../../src/core/run/layout.js'
import type { StateId } from '../../src/core/run/states.js'
import { runCli } from '../../src/cli/program.js'
import { type ItemSpec, RUN_ID, runState } from '../helpers/run-state-fixture.js'

/**
 * Pins which item `status --format json` names as `current_item_id` (the focus item) for
 * several run shapes. The focus rule is shared with other commands and may move; its answers
 * must not change when it does.
 */

function repoWith(
  current: StateId,
  currentItem: string | null,
  items: Record<string, ItemSpec>
): string {
  const repo = mkdtempSync(join(tmpdir(), 'po-status-focus-'))
  execFileSync('git', ['init', '-q', repo])
  const layout = runLayout(repo, RUN_ID)
  mkdirSync(layout.controlDir, { recursive: true })
  writeFileSync(
    layout.runStatePath,
    JSON.stringify(runState(current, currentItem, items, { repo_root: repo }))
  )
  return repo
}

async function focusOf(repo: string): Promise<unknown> {
  let stdout = ''
  const code = await runCli(['status', '--run-id', RUN_ID, '--format', 'json'], {
    stdout: (text) => {
      stdout += text
    },
    stderr: () => undefined,
    env: {},
    cwd: repo
  })
  expect(code).toBe(0)
  return (JSON.parse(stdout) as { current_item_id: unknown }).current_item_id
}

describe('status --format json: current_item_id (pinned)', () => {
  it.each<[string, StateId, string | null, Record<string, ItemSpec>, string | null]>([
    [
      'every item passed: no focus',
      'ST130_PASSED',
      '02',
      {
        '01': { terminal: 'passed', state: 'ST130_PASSED' },
        '02': { terminal: 'passed', state: 'ST130_PASSED' }
      },
      null
    ],
    [
      'the run names its current item: that item',
      'ST110_AWAITING_HUMAN_GATE',
      '02',
      {
        '01': { terminal: 'passed', state: 'ST130_PASSED' },
        '02': { terminal: 'awaiting_human_gate', state: 'ST110_AWAITING_HUMAN_GATE' },
        '03': {}
      },
      '02'
    ],
    [
      'the current item passed and a later one never started: still the current item',
      'ST130_PASSED',
      '02',
      {
        '01': { terminal: 'passed', state: 'ST130_PASSED' },
        '02': { terminal: 'passed', state: 'ST130_PASSED' },
        '03': {}
      },
      '02'
    ],
    [
      'no current item: the first stopped item by order before an unstarted one',
      'ST05_PLAN_NORMALIZED',
      null,
      {
        '01': {},
        '02': {},
        '03': { terminal: 'blocked_external', state: 'ST120_BLOCKED_EXTERNAL' }
      },
      '03'
    ],
    [
      'a current item id that is not in the run: the first stopped item',
      'ST140_ESCALATED',
      '09',
      {
        '01': { terminal: 'passed', state: 'ST130_PASSED' },
        '02': { terminal: 'escalated', state: 'ST140_ESCALATED' },
        '03': { terminal: 'awaiting_human_gate', state: 'ST110_AWAITING_HUMAN_GATE' }
      },
      '02'
    ],
    [
      'no current item, nothing stopped: the first unfinished item by plan order',
      'ST05_PLAN_NORMALIZED',
      null,
      {
        '01': { order: 3 },
        '02': { terminal: 'passed', state: 'ST130_PASSED', order: 1 },
        '03': { order: 2 }
      },
      '03'
    ],
    [
      'an interrupted stage: the item it was working on',
      'ST30_EXECUTING',
      '01',
      { '01': { state: 'ST30_EXECUTING' }, '02': {} },
      '01'
    ]
  ])('%s', async (_name, current, currentItem, items, expected) => {
    expect(await focusOf(repoWith(current, currentItem, items))).toBe(expected)
  })
})
