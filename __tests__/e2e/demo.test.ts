import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { BUNDLED_CLI, PROJECT_ROOT, runBundledCli } from '../helpers/bundled-cli.js'

describe('demo', () => {
  it('runs the demo playbook in a fresh repository and ends with the three outcomes and next commands', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'po-demo-test-')), 'repo')
    const statusBefore = execFileSync('git', ['status', '--porcelain'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8'
    })
    const run = runBundledCli(['demo', '--dir', dir, '--quiet'], {
      env: { HOME: mkdtempSync(join(tmpdir(), 'po-demo-home-')) }
    })
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/item 01 {2}passed/)
    expect(run.stdout).toMatch(/item 02 {2}awaiting_human_gate/)
    expect(run.stdout).toMatch(/item 03 {2}blocked_external/)
    expect(run.stdout).toContain(
      `Artifacts: ${join(dir, '.local/automation/plan_orchestrator/runs')}`
    )
    // The next steps name this bundle by its absolute path: they run where no
    // plan-orchestrator is installed, and never depend on $USER.
    const cli = `node ${BUNDLED_CLI}`
    expect(run.stdout).toContain(`\n  cd ${dir} && ${cli} mark-manual-gate --run-id RUN_`)
    expect(run.stdout).toMatch(
      / mark-manual-gate --run-id RUN_\S+ --item 02 --decision approved --by demo-reviewer /
    )
    // The run remembers its scripted agent and scenario: the step names neither.
    expect(run.stdout).toMatch(/ resume --run-id RUN_\S+ --external-evidence-dir evidence\n/)
    expect(run.stdout).not.toContain('--agents')
    expect(run.stdout).not.toContain('$')
    // The demo works in its own repository; the project checkout is untouched.
    expect(
      execFileSync('git', ['status', '--porcelain'], { cwd: PROJECT_ROOT, encoding: 'utf8' })
    ).toBe(statusBefore)
    const branches = execFileSync('git', ['branch', '--list', 'orchestrator/run/*'], {
      cwd: dir,
      encoding: 'utf8'
    })
    expect(branches.trim().split('\n')).toHaveLength(2)
  })

  it('prints next steps that, each pasted into a new shell without USER or a CLI on PATH, bring every item to passed', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'po-demo-test-')), 'repo')
    const run = runBundledCli(['demo', '--dir', dir, '--quiet'], {
      env: { HOME: mkdtempSync(join(tmpdir(), 'po-demo-home-')) }
    })
    expect(run.code).toBe(0)
    const lines = run.stdout.split('\n')
    const start = lines.findIndex((line) => line.startsWith('Next steps'))
    expect(start).toBeGreaterThan(0)
    const steps = lines
      .slice(start + 1)
      .filter((line) => line.startsWith('  ') && !line.trimStart().startsWith('#'))
      .map((line) => line.slice(2))
    expect(steps.length).toBeGreaterThanOrEqual(5)
    for (const step of steps) {
      // A new shell each time: no USER, no plan-orchestrator, codex or claude on PATH.
      const pasted = spawnSync('bash', ['-e', '-c', step], {
        cwd: tmpdir(),
        env: {
          PATH: `${dirname(process.execPath)}:/usr/bin:/bin`,
          HOME: mkdtempSync(join(tmpdir(), 'po-demo-home-'))
        },
        encoding: 'utf8'
      })
      if (pasted.status !== 0)
        throw new Error(`step failed (${pasted.status}): ${step}\n${pasted.stderr}${pasted.stdout}`)
    }
    const all = runBundledCli(['status', '--all', '--format', 'json', '--exit-code'], { cwd: dir })
    expect(all.code).toBe(0)
    const items = (
      JSON.parse(all.stdout) as Array<{ items: Array<{ item_id: string; terminal_state: string }> }>
    ).flatMap((summary) => summary.items)
    expect(
      items
        .filter((item) => item.terminal_state === 'passed')
        .map((item) => item.item_id)
        .sort()
    ).toEqual(['01', '02', '03'])
    // The resumed run went on with the scripted agent: the run state still records it.
    const resumed = / resume --run-id (RUN_\S+)/.exec(run.stdout)?.[1] as string
    const state = JSON.parse(
      readFileSync(
        join(dir, '.local/automation/plan_orchestrator/runs', resumed, 'run_state.json'),
        'utf8'
      )
    ) as { agents: { set: string; scenario: { source_path: string } } }
    expect(state.agents.set).toBe('scripted')
    expect(state.agents.scenario.source_path).toBe('scenario.json')
  })

  it('runs under supervision with --supervise: each human stop is observed, with supervised next steps', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'po-demo-test-')), 'repo')
    const run = runBundledCli(['demo', '--supervise', '--dir', dir, '--quiet'], {
      env: { HOME: mkdtempSync(join(tmpdir(), 'po-demo-home-')) }
    })
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/item 01 {2}passed/)
    expect(run.stdout).toMatch(
      /item 02 {2}awaiting_human_gate +run \S+ {2}supervisor: waiting_timeout/
    )
    expect(run.stdout).toMatch(
      /item 03 {2}blocked_external +run \S+ {2}supervisor: waiting_timeout/
    )
    expect(run.stdout).toContain(
      `\n  cd ${dir} && node ${BUNDLED_CLI} supervise status --run-id RUN_`
    )
    expect(run.stdout).not.toContain('$')
    const firstRun = / supervise status --run-id (RUN_\S+)/.exec(run.stdout)?.[1]
    expect(firstRun).toBeDefined()
    const status = runBundledCli(
      ['supervise', 'status', '--run-id', firstRun as string, '--format', 'json', '--exit-code'],
      { cwd: dir }
    )
    expect(status.code).toBe(10)
    expect(JSON.parse(status.stdout).supervision_status.claim_class).toBe('waiting_state_observed')
    expect(run.stdout).toMatch(/supervise resume --run-id RUN_\S+ --evidence-inbox-dir inbox/)

    // The supervised next steps, pasted into a new shell, bring every demo item to passed.
    const lines = run.stdout.split('\n')
    const start = lines.findIndex((line) => line.startsWith('Next steps'))
    const steps = lines.slice(start + 1).filter((line) => line.startsWith('  '))
    const pasted = spawnSync('bash', ['-e', '-c', steps.map((line) => line.slice(2)).join('\n')], {
      cwd: tmpdir(),
      env: {
        PATH: `${dirname(process.execPath)}:/usr/bin:/bin`,
        HOME: mkdtempSync(join(tmpdir(), 'po-demo-home-'))
      },
      encoding: 'utf8'
    })
    expect(pasted.status).toBe(0)
    const all = runBundledCli(['status', '--all', '--format', 'json', '--exit-code'], { cwd: dir })
    expect(all.code).toBe(0)
    const passed = (
      JSON.parse(all.stdout) as Array<{ items: Array<{ item_id: string; terminal_state: string }> }>
    )
      .flatMap((summary) => summary.items)
      .filter((item) => item.terminal_state === 'passed')
      .map((item) => item.item_id)
      .sort()
    expect(passed).toEqual(['01', '02', '03'])
  })

  it('refuses a directory inside the plan-orchestrator checkout, or one that is not empty', () => {
    const inside = runBundledCli(['demo', '--dir', join(PROJECT_ROOT, 'demo-here')])
    expect(inside.code).toBe(1)
    expect(inside.stderr).toContain('inside the plan-orchestrator checkout')
    const occupied = mkdtempSync(join(tmpdir(), 'po-demo-occupied-'))
    writeFileSync(join(occupied, 'keep.txt'), 'mine\n')
    const notEmpty = runBundledCli(['demo', '--dir', occupied])
    expect(notEmpty.code).toBe(1)
    expect(notEmpty.stderr).toContain('is not empty')
  })
})
