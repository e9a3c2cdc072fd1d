import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { PROJECT_ROOT } from '../helpers/bundled-cli.js'
import { type DemoRepo, makeDemoRepo, readRunFile, runResult } from './harness.js'

/**
 * A run remembers the agents and the scenario it was started with: the commands that continue
 * it (resume, supervise resume, doctor) use them without being told, on a PATH that holds
 * neither codex nor claude (so the real agents could not have done the work).
 */

const NO_AGENT_CLIS = { PATH: `${dirname(process.execPath)}:/usr/bin:/bin` }

interface RecordedAgents {
  set: string
  scenario: { source_path: string; sha256: string } | null
}

function agentsOf(repo: DemoRepo, runId: string): RecordedAgents {
  return (readRunFile(repo, runId, 'run_state.json') as { agents: RecordedAgents }).agents
}

/** Item 03 of the demo, played by the scripted agent from a scenario outside the repository. */
function blockedScriptedRun(): { repo: DemoRepo; runId: string; scenario: string } {
  const repo = makeDemoRepo()
  const scenario = join(repo.home, 'scenario.json')
  copyFileSync(join(PROJECT_ROOT, 'examples', 'demo', 'scenario.json'), scenario)
  const run = repo.cli(
    [
      'run',
      '--playbook',
      'playbook.md',
      '--item',
      '03',
      '--agents',
      'scripted',
      '--scenario',
      scenario
    ],
    undefined,
    NO_AGENT_CLIS
  )
  expect(run.stderr).not.toContain('error')
  const result = runResult(run.stdout)
  expect(result.last_terminal_state).toBe('blocked_external')
  return { repo, runId: result.run_id, scenario }
}

function evidenceDir(repo: DemoRepo): string {
  const dir = join(repo.home, 'evidence')
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'vendor-confirmation.txt'), 'Vendor confirmed the new wording.\n')
  return dir
}

describe('runs remember their agents', () => {
  it('records the scripted agent and a copy of its scenario; resume without --agents plays it', () => {
    const { repo, runId, scenario } = blockedScriptedRun()
    const recorded = agentsOf(repo, runId)
    expect(recorded.set).toBe('scripted')
    expect(recorded.scenario?.source_path).toBe(scenario)
    const copy = readFileSync(
      join(
        repo.root,
        '.local/automation/plan_orchestrator/runs',
        runId,
        'scenarios',
        `${recorded.scenario?.sha256}.json`
      ),
      'utf8'
    )
    expect(copy).toBe(readFileSync(scenario, 'utf8'))

    // The file changes (here: it is no scenario at all) after the run recorded it: the run
    // plays its own copy and says so.
    writeFileSync(scenario, 'not a scenario')
    const resumed = repo.cli(
      ['resume', '--run-id', runId, '--external-evidence-dir', evidenceDir(repo)],
      undefined,
      NO_AGENT_CLIS
    )
    expect(resumed.stderr).not.toMatch(/^error/m)
    expect(resumed.code).toBe(0)
    expect(runResult(resumed.stdout).last_terminal_state).toBe('passed')
    expect(resumed.stderr).toContain(`${scenario} changed since the run recorded its scenario`)
    expect(agentsOf(repo, runId)).toEqual(recorded)
  })

  it('supervise resume without --agents continues with the scripted agent', () => {
    const { repo, runId } = blockedScriptedRun()
    const supervised = repo.cli(
      [
        'supervise',
        'resume',
        '--run-id',
        runId,
        '--external-evidence-dir',
        evidenceDir(repo),
        '--max-wait-seconds',
        '0'
      ],
      undefined,
      NO_AGENT_CLIS
    )
    expect(supervised.stderr).not.toContain('codex is not on PATH')
    expect(supervised.code).toBe(0)
    const state = readRunFile(repo, runId, 'run_state.json') as {
      items: Array<{ item_id: string; terminal_state: string | null }>
    }
    expect(state.items.find((item) => item.item_id === '03')?.terminal_state).toBe('passed')
  })

  it('a scenario given to resume overrides the recorded one and is recorded for later commands', () => {
    const { repo, runId } = blockedScriptedRun()
    const before = agentsOf(repo, runId)
    const other = join(repo.home, 'other-scenario.json')
    // The same plays, different bytes: a new sha256.
    writeFileSync(
      other,
      `${JSON.stringify(JSON.parse(readFileSync(join(PROJECT_ROOT, 'examples', 'demo', 'scenario.json'), 'utf8')), null, 4)}\n`
    )
    const resumed = repo.cli(
      [
        'resume',
        '--run-id',
        runId,
        '--external-evidence-dir',
        evidenceDir(repo),
        '--scenario',
        other
      ],
      undefined,
      NO_AGENT_CLIS
    )
    expect(resumed.code).toBe(0)
    const after = agentsOf(repo, runId)
    expect(after.set).toBe('scripted')
    expect(after.scenario?.source_path).toBe(other)
    expect(after.scenario?.sha256).not.toBe(before.scenario?.sha256)
    const log = (
      readRunFile(repo, runId, 'run_state.json') as { event_log: Array<{ message: string }> }
    ).event_log
    expect(log.some((event) => event.message.includes("the run's agents are now scripted"))).toBe(
      true
    )
  })

  it('--scenario on a resume of a codex-claude run without --agents is one clear refusal', () => {
    const repo = makeDemoRepo()
    const run = repo.cli(['run', '--playbook', 'playbook.md', '--item', '03'], {})
    const runId = runResult(run.stdout).run_id
    expect(agentsOf(repo, runId)).toEqual({ set: 'codex-claude', scenario: null })
    const scenario = join(repo.home, 'scenario.json')
    copyFileSync(join(PROJECT_ROOT, 'examples', 'demo', 'scenario.json'), scenario)
    const refused = repo.cli(
      [
        'resume',
        '--run-id',
        runId,
        '--external-evidence-dir',
        evidenceDir(repo),
        '--scenario',
        scenario
      ],
      {}
    )
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('add --agents scripted')
    expect(agentsOf(repo, runId)).toEqual({ set: 'codex-claude', scenario: null })
  })

  it("doctor checks the CLIs of the run's recorded agents, of --agents, or the full set", () => {
    const { repo, runId } = blockedScriptedRun()
    const ofRun = repo.cli(
      ['doctor', '--run-id', runId, '--format', 'json'],
      undefined,
      NO_AGENT_CLIS
    )
    const report = JSON.parse(ofRun.stdout) as {
      exit_code: number
      checks: Array<{ name: string; status: string; detail?: string }>
    }
    expect(report.checks.filter((check) => check.status === 'error')).toEqual([])
    expect(ofRun.code).toBe(0)
    expect(report.checks.find((check) => check.name === 'run_agents')?.detail).toMatch(/^scripted/)

    const full = repo.cli(['doctor', '--playbook', 'playbook.md'], undefined, NO_AGENT_CLIS)
    expect(full.code).toBe(1)
    expect(full.stdout).toContain('codex')
    const scripted = repo.cli(
      ['doctor', '--playbook', 'playbook.md', '--agents', 'scripted'],
      undefined,
      NO_AGENT_CLIS
    )
    expect(scripted.code).toBe(0)
    const forced = repo.cli(
      ['doctor', '--run-id', runId, '--agents', 'codex-claude'],
      undefined,
      NO_AGENT_CLIS
    )
    expect(forced.code).toBe(1)
  })
})
