import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli } from '../../src/cli/program.js'
import type { CliIo } from '../../src/cli/io.js'
import { gateDecisionSummary } from '../../src/core/run/gate-summary.js'
import { runLayout } from '../../src/core/run/layout.js'
import type { RunEvent, RunState } from '../../src/core/schemas/run-state.js'
import { AT, RUN_ID, runState } from '../helpers/run-state-fixture.js'

/** `status` as a person reads it: progress, unselected items, honest exit codes, colour. */

const ESC = '\u001b['

function event(itemId: string, state: RunEvent['state'], message: string): RunEvent {
  return { at_utc: AT, state, actor: 'orchestrator', item_id: itemId, message }
}

/** Run 2 of the demo: only item 03 was asked for, and it is blocked on evidence. */
function blockedThirdItemOnly(): RunState {
  return runState(
    'ST120_BLOCKED_EXTERNAL',
    '03',
    {
      '01': {},
      '02': {},
      '03': { terminal: 'blocked_external', state: 'ST120_BLOCKED_EXTERNAL' }
    },
    {
      event_log: [
        event('03', 'ST10_ITEM_SELECTED', 'selected item 03 (attempt 1)'),
        event('03', 'ST120_BLOCKED_EXTERNAL', 'blocked')
      ]
    }
  )
}

/** Run 1 of the demo after the gate was approved: 01 and 02 passed, 03 never reached. */
function twoPassedOneUnreached(): RunState {
  const state = runState(
    'ST130_PASSED',
    '02',
    {
      '01': { terminal: 'passed', state: 'ST130_PASSED' },
      '02': { terminal: 'passed', state: 'ST130_PASSED' },
      '03': {}
    },
    {
      event_log: [
        event('01', 'ST130_PASSED', 'passed'),
        event('02', 'ST130_PASSED', 'manual gate approved by ada')
      ]
    }
  )
  return {
    ...state,
    items: state.items.map((item) =>
      item.item_id === '02' ? { ...item, terminal_summary: 'approved by ada' } : item
    )
  }
}

function repoWith(state: RunState): string {
  const repo = mkdtempSync(join(tmpdir(), 'po-status-text-'))
  execFileSync('git', ['init', '-q', repo])
  const layout = runLayout(repo, RUN_ID)
  mkdirSync(layout.controlDir, { recursive: true })
  writeFileSync(layout.runStatePath, JSON.stringify({ ...state, repo_root: repo }))
  return repo
}

async function status(
  repo: string,
  args: readonly string[],
  io: Partial<CliIo> = {}
): Promise<{ code: number; stdout: string }> {
  let stdout = ''
  const code = await runCli(['status', ...args], {
    stdout: (text) => {
      stdout += text
    },
    stderr: () => undefined,
    env: {},
    cwd: repo,
    ...io
  })
  return { code, stdout }
}

describe('status (text)', () => {
  it('counts the selected items that passed and shows the others as not selected', async () => {
    const repo = repoWith(blockedThirdItemOnly())
    const { stdout } = await status(repo, ['--run-id', RUN_ID])
    expect(stdout).toContain('Progress: 0 of 1 passed (not selected: 01, 02)\n')
    expect(stdout).toContain('\n  01  not selected\n  02  not selected\n')
    expect(stdout).toMatch(/\n {2}03 {2}blocked_external +attempt 1 {2}ST120_BLOCKED_EXTERNAL\n/)
    expect(stdout).not.toContain('ST05_PLAN_NORMALIZED')
  })

  it('says "N of M passed" for a run that passed what it selected', async () => {
    const repo = repoWith(twoPassedOneUnreached())
    const { stdout } = await status(repo, ['--run-id', RUN_ID])
    expect(stdout).toContain('Status: ok\n')
    expect(stdout).toContain('Progress: 2 of 2 passed (not selected: 03)\n')
    expect(stdout).toContain('  03  not selected\n')
  })

  it('never repeats the gate note after who decided', async () => {
    const repo = repoWith(twoPassedOneUnreached())
    const { stdout } = await status(repo, ['--run-id', RUN_ID])
    expect(stdout).toMatch(/\n {2}02 {2}passed +attempt 1 {2}ST130_PASSED — approved by ada\n/)
    expect(gateDecisionSummary('approved', 'ada', 'approved by ada')).toBe('approved by ada')
    expect(gateDecisionSummary('approved', 'ada', '')).toBe('approved by ada')
    expect(gateDecisionSummary('approved', 'ada', 'wording reviewed')).toBe(
      'approved by ada: wording reviewed'
    )
    expect(
      gateDecisionSummary('rejected', 'bo', 'rejected in GitHub by bo without a comment')
    ).toBe('manual gate rejected in GitHub by bo without a comment')
    expect(gateDecisionSummary('rejected', 'bo', 'too vague')).toBe(
      'manual gate rejected by bo: too vague'
    )
  })

  it('names an exit code only when it exits with it (--exit-code)', async () => {
    const repo = repoWith(blockedThirdItemOnly())
    const plain = await status(repo, ['--run-id', RUN_ID])
    expect(plain.code).toBe(0)
    expect(plain.stdout).toContain('Status: waiting\n')
    expect(plain.stdout).not.toMatch(/\(exit \d\)/)
    const strict = await status(repo, ['--run-id', RUN_ID, '--exit-code'])
    expect(strict.code).toBe(1)
    expect(strict.stdout).toContain('Status: waiting (exit 1)\n')
    const json = await status(repo, ['--run-id', RUN_ID, '--format', 'json'])
    expect(json.code).toBe(0)
    const summary = JSON.parse(json.stdout)
    expect(summary.exit_code).toBe(1)
    expect(summary.progress).toEqual({
      passed: 0,
      selected: 1,
      total: 3,
      not_selected: ['01', '02']
    })
    expect(summary.items.map((item: { selected: boolean }) => item.selected)).toEqual([
      false,
      false,
      true
    ])
  })

  it('colours only a terminal, and never when NO_COLOR is set', async () => {
    const repo = repoWith(blockedThirdItemOnly())
    const tty = await status(repo, ['--run-id', RUN_ID], { stdoutIsTTY: true })
    expect(tty.stdout).toContain(`Status: ${ESC}33mwaiting${ESC}0m`)
    const pipe = await status(repo, ['--run-id', RUN_ID], { stdoutIsTTY: false })
    expect(pipe.stdout).not.toContain(ESC)
    for (const value of ['1', '']) {
      const noColor = await status(repo, ['--run-id', RUN_ID], {
        stdoutIsTTY: true,
        env: { NO_COLOR: value }
      })
      expect(noColor.stdout).not.toContain(ESC)
    }
    const all = await status(repo, ['--all'], { stdoutIsTTY: true, env: { NO_COLOR: '1' } })
    expect(all.stdout).not.toContain(ESC)
    expect(all.stdout).toMatch(/RUN_\S+ {2}waiting/)
  })
})
