import { Command, CommanderError } from 'commander'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { withRunLock } from '../../src/adapters/run-lock.js'
import { refreshRunCommand } from '../../src/cli/commands/refresh-run.js'
import { runLayout } from '../../src/core/run/layout.js'
import { NormalizedPlanSchema } from '../../src/core/schemas/normalized-plan.js'
import { RunStateSchema } from '../../src/core/schemas/run-state.js'
import { type DemoRepo, FAKE_AGENTS, makeDemoRepo } from '../e2e/harness.js'
import { PROJECT_ROOT } from '../helpers/bundled-cli.js'

// refresh-run on real runs: the bundled CLI makes the run, the command module (in-process)
// moves it to a newer base.

const SCENARIO = join(PROJECT_ROOT, 'examples', 'demo', 'scenario.json')

async function refresh(
  repo: DemoRepo,
  args: readonly string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const io = {
    stdout: (text: string) => void (stdout += text),
    stderr: (text: string) => void (stderr += text),
    env: { PATH: `${FAKE_AGENTS}${delimiter}${process.env.PATH ?? ''}`, HOME: repo.home },
    cwd: repo.root
  }
  const command = refreshRunCommand(io)
  const program = new Command().exitOverride().addCommand(command)
  command.exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
  try {
    await program.parseAsync(['refresh-run', ...args], { from: 'user' })
    return { code: 0, stdout, stderr }
  } catch (error) {
    if (error instanceof CommanderError) return { code: 2, stdout, stderr }
    const exit = (error as { exitCode?: number }).exitCode
    if (typeof exit !== 'number') throw error
    return { code: exit, stdout, stderr: `${stderr}error: ${(error as Error).message}\n` }
  }
}

function newRun(item = '01'): { repo: DemoRepo; runId: string } {
  const repo = makeDemoRepo()
  const run = repo.cli([
    'run',
    '--playbook',
    'playbook.md',
    '--item',
    item,
    '--agents',
    'scripted',
    '--scenario',
    SCENARIO,
    '--quiet'
  ])
  expect(run.code).toBe(0)
  return { repo, runId: (JSON.parse(run.stdout) as { run_id: string }).run_id }
}

/** A commit on top of `base` made without touching the main checkout. */
function commitOn(repo: DemoRepo, base: string, message: string): string {
  return repo.git('commit-tree', `${base}^{tree}`, '-p', base, '-m', message)
}

function files(repo: DemoRepo, runId: string): { state: string; plan: string } {
  const layout = runLayout(repo.root, runId)
  return {
    state: readFileSync(layout.runStatePath, 'utf8'),
    plan: readFileSync(layout.normalizedPlanPath, 'utf8')
  }
}

describe('refresh-run', () => {
  it('moves the run to a new refresh branch at a descendant ref and records it', async () => {
    const { repo, runId } = newRun()
    const layout = runLayout(repo.root, runId)
    const runBranch = `orchestrator/run/${runId}`
    const newer = commitOn(repo, runBranch, 'merged upstream work')
    repo.git('branch', 'newer-base', newer)

    const result = await refresh(repo, [
      '--run-id',
      runId,
      '--retarget-run-branch-to',
      'newer-base'
    ])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const output = JSON.parse(result.stdout)
    expect(output).toEqual({
      run_id: runId,
      current_state: 'ST130_PASSED',
      current_item_id: '01',
      run_branch_name: `orchestrator/run-refresh/${runId}/1`,
      previous_run_branch_name: runBranch,
      target_sha: newer,
      run_state_path: layout.runStatePath,
      normalized_plan_path: layout.normalizedPlanPath
    })
    expect(repo.git('rev-parse', `orchestrator/run-refresh/${runId}/1`)).toBe(newer)
    expect(repo.git('rev-parse', runBranch)).not.toBe(newer)

    const state = RunStateSchema.parse(JSON.parse(readFileSync(layout.runStatePath, 'utf8')))
    expect(state.run_branch_name).toBe(`orchestrator/run-refresh/${runId}/1`)
    // The new branch's head is the one every later command holds the branch to.
    expect(state.run_branch_head).toBe(newer)
    expect(state.current_state).toBe('ST130_PASSED')
    expect(state.items[0]?.terminal_state).toBe('passed')
    expect(state.event_log.at(-1)).toMatchObject({
      state: 'ST130_PASSED',
      actor: 'orchestrator',
      item_id: null,
      message: expect.stringContaining(`orchestrator/run-refresh/${runId}/1 at ${newer}`)
    })
    const plan = NormalizedPlanSchema.parse(
      JSON.parse(readFileSync(layout.normalizedPlanPath, 'utf8'))
    )
    expect(plan.plan_source).toMatchObject({
      path: 'playbook.md',
      sha256: state.playbook_source_sha256
    })

    // Equal to the current run branch is fine too; K counts on.
    const second = await refresh(repo, [
      '--run-id',
      runId,
      '--retarget-run-branch-to',
      state.run_branch_name
    ])
    expect(second.code).toBe(0)
    expect(JSON.parse(second.stdout).run_branch_name).toBe(`orchestrator/run-refresh/${runId}/2`)
  })

  it('refuses to refresh a run branch that moved away from its recorded head, and changes nothing', async () => {
    const { repo, runId } = newRun()
    const runBranch = `orchestrator/run/${runId}`
    const recorded = repo.git('rev-parse', runBranch)
    const forged = commitOn(repo, runBranch, 'made by no item')
    repo.git('update-ref', `refs/heads/${runBranch}`, forged)
    repo.git('branch', 'newer-base', commitOn(repo, forged, 'on top of the forged commit'))
    const before = files(repo, runId)
    const result = await refresh(repo, [
      '--run-id',
      runId,
      '--retarget-run-branch-to',
      'newer-base'
    ])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`points at ${forged}, but run ${runId} recorded ${recorded}`)
    expect(files(repo, runId)).toEqual(before)
    expect(repo.git('for-each-ref', `refs/heads/orchestrator/run-refresh/${runId}`)).toBe('')
  })

  it('refuses a ref that does not descend from the run branch, and changes nothing', async () => {
    const { repo, runId } = newRun()
    const before = files(repo, runId)
    const sideways = commitOn(repo, 'main', 'unrelated to the run branch')
    for (const target of ['main', sideways]) {
      const result = await refresh(repo, ['--run-id', runId, '--retarget-run-branch-to', target])
      expect(result.code).toBe(1)
      expect(result.stderr).toContain(`cannot be refreshed to non-descendant ref ${target}`)
    }
    const unknown = await refresh(repo, [
      '--run-id',
      runId,
      '--retarget-run-branch-to',
      'no-such-ref'
    ])
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toContain('no-such-ref does not name a commit')
    expect(files(repo, runId)).toEqual(before)
    expect(repo.git('for-each-ref', `refs/heads/orchestrator/run-refresh/`)).toBe('')
  })

  it('refuses a run without its playbook snapshot, or with an edited one, before making a branch', async () => {
    const { repo, runId } = newRun()
    const layout = runLayout(repo.root, runId)
    const snapshot = readFileSync(layout.playbookSnapshotPath, 'utf8')
    writeFileSync(layout.playbookSnapshotPath, snapshot.replace('Make the demo', 'Make a demo'))
    const args = ['--run-id', runId, '--retarget-run-branch-to', `orchestrator/run/${runId}`]
    const edited = await refresh(repo, args)
    expect(edited.code).toBe(1)
    expect(edited.stderr).toContain('no longer matches the playbook sha256')

    writeFileSync(layout.playbookSnapshotPath, snapshot.replace('\n---\n\n', '\n\n'))
    expect((await refresh(repo, args)).stderr).toContain('malformed playbook snapshot')

    rmSync(layout.playbookSnapshotPath)
    const missing = await refresh(repo, args)
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('missing playbook snapshot')
    expect(repo.git('for-each-ref', 'refs/heads/orchestrator/run-refresh/')).toBe('')
  })

  it('refuses while an item awaits a human gate', async () => {
    const { repo, runId } = newRun()
    const layout = runLayout(repo.root, runId)
    const state = JSON.parse(readFileSync(layout.runStatePath, 'utf8'))
    state.current_state = 'ST110_AWAITING_HUMAN_GATE'
    state.items[0].state = 'ST110_AWAITING_HUMAN_GATE'
    state.items[0].terminal_state = 'awaiting_human_gate'
    writeFileSync(layout.runStatePath, JSON.stringify(state, null, 2))
    const result = await refresh(repo, [
      '--run-id',
      runId,
      '--retarget-run-branch-to',
      `orchestrator/run/${runId}`
    ])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('item 01 awaits a human gate; decide it first')
  })

  it('refuses while another process holds the run lock', async () => {
    const { repo, runId } = newRun()
    const before = files(repo, runId)
    const result = await withRunLock(runLayout(repo.root, runId), 'resume', () =>
      refresh(repo, ['--run-id', runId, '--retarget-run-branch-to', `orchestrator/run/${runId}`])
    )
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`run ${runId} is being changed by resume`)
    expect(files(repo, runId)).toEqual(before)
  })

  it('names a damaged run state; a missing argument is a usage error, a malformed run id exit 1', async () => {
    const { repo, runId } = newRun()
    const layout = runLayout(repo.root, runId)
    writeFileSync(layout.runStatePath, '{"schema_version": "plan_orch')
    const damaged = await refresh(repo, ['--run-id', runId, '--retarget-run-branch-to', 'main'])
    expect(damaged.code).toBe(1)
    expect(damaged.stderr).toContain('run state is not valid JSON')

    expect((await refresh(repo, ['--run-id', runId])).code).toBe(2)
    const bad = await refresh(repo, ['--run-id', 'RUN_x', '--retarget-run-branch-to', 'main'])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('is not a run id')
  })
})
