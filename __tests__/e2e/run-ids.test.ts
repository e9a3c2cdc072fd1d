import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PROJECT_ROOT } from '../helpers/bundled-cli.js'
import { snapshotTree, treeChanges } from '../helpers/repo-snapshot.js'
import { type DemoRepo, makeDemoRepo, runResult } from './harness.js'

// A run id is an id, never a path: every command that takes one checks its form before any
// path is built from it, says in one line when no run of this repository has it, and writes
// nothing either way (issue #13 hole 3, issue #16 "unknown run ids are internal errors").

const RUNS = '.local/automation/plan_orchestrator/runs'
const NO_SUCH_RUN = 'RUN_20990101T000000Z_deadbeef'

function scenarioArgs(repo: DemoRepo): string[] {
  const path = join(repo.home, 'scenario.json')
  writeFileSync(path, readFileSync(join(PROJECT_ROOT, 'examples/demo/scenario.json')))
  return ['--agents', 'scripted', '--scenario', path, '--quiet']
}

/** Every command that takes --run-id, with the other arguments it needs to get that far. */
const COMMANDS: Array<[string, (runId: string, agents: readonly string[]) => string[]]> = [
  ['status', (id) => ['status', '--run-id', id]],
  [
    'status --format json --exit-code',
    (id) => ['status', '--run-id', id, '--format', 'json', '--exit-code']
  ],
  ['resume', (id, agents) => ['resume', '--run-id', id, ...agents]],
  [
    'mark-manual-gate',
    (id) => [
      'mark-manual-gate',
      '--run-id',
      id,
      '--item',
      '02',
      '--decision',
      'approved',
      '--by',
      'ada',
      '--note',
      'ok',
      '--checkpoint',
      '0123456789abcdef0123456789abcdef01234567'
    ]
  ],
  ['doctor', (id) => ['doctor', '--run-id', id]],
  ['doctor --fix-safe', (id) => ['doctor', '--run-id', id, '--fix-safe', '--format', 'json']],
  ['refresh-run', (id) => ['refresh-run', '--run-id', id, '--retarget-run-branch-to', 'main']],
  [
    'supervise resume',
    (id, agents) => ['supervise', 'resume', '--run-id', id, '--max-wait-seconds', '0', ...agents]
  ],
  ['supervise status', (id) => ['supervise', 'status', '--run-id', id, '--exit-code']]
]

/** Runs a command and asserts a one-line refusal, exit 1, and a repository left as it was. */
function expectRefusedWithoutWrites(
  repo: DemoRepo,
  args: readonly string[],
  message: RegExp | string
): void {
  const before = snapshotTree(repo.root)
  const result = repo.cli(args)
  const lines = result.stderr.split('\n').filter((line) => line !== '')
  expect({ code: result.code, stdout: result.stdout, lines }).toEqual({
    code: 1,
    stdout: '',
    lines: [typeof message === 'string' ? message : expect.stringMatching(message)]
  })
  expect(treeChanges(before, snapshotTree(repo.root))).toEqual([])
}

describe('run ids at every entry point', () => {
  let repo: DemoRepo
  let agents: string[]
  let runId: string
  beforeAll(() => {
    repo = makeDemoRepo()
    agents = scenarioArgs(repo)
    const run = repo.cli(['run', '--playbook', 'playbook.md', '--item', '03', ...agents])
    expect(run.code).toBe(0)
    runId = runResult(run.stdout).run_id
  })

  const malformed = (): string[] => [
    `../runs/${runId}`,
    `./${runId}`,
    `${runId}/`,
    '../../../../etc',
    'RUN_nope',
    'RUN_20261125T120000Z_DEADBEEF',
    `${runId}\nerror: forged second line`,
    ''
  ]

  it.each(COMMANDS)(
    '%s: a malformed id is one line naming the expected form, exit 1, nothing written',
    (_, command) => {
      for (const id of malformed()) {
        expectRefusedWithoutWrites(
          repo,
          command(id, agents),
          /^error: --run-id .* is not a run id \(RUN_<yyyymmddTHHMMSSZ>_<8 hex>\)$/
        )
      }
    },
    120_000
  )

  it.each(COMMANDS)(
    '%s: a well-formed id with no run is one line with the status --all hint, exit 1, nothing written',
    (_, command) => {
      expectRefusedWithoutWrites(
        repo,
        command(NO_SUCH_RUN, agents),
        `error: no run ${NO_SUCH_RUN} in this repository; list runs: plan-orchestrator status --all`
      )
    }
  )

  describe('the id of a run of another repository', () => {
    let other: DemoRepo
    let otherAgents: string[]
    beforeAll(() => {
      other = makeDemoRepo()
      otherAgents = scenarioArgs(other)
      // The other repository's run directories, copied in as a backup or an artifact would be.
      for (const root of [RUNS, '.local/ai/plan_orchestrator/runs'])
        cpSync(join(repo.root, root, runId), join(other.root, root, runId), { recursive: true })
    })

    it.each(COMMANDS)('%s: is refused the same way, naming where it belongs', (_, command) => {
      const escaped = repo.root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      expectRefusedWithoutWrites(
        other,
        command(runId, otherAgents),
        new RegExp(
          `^error: no run ${runId} in this repository \\(its run state belongs to ${escaped}\\); list runs: plan-orchestrator status --all$`
        )
      )
    })

    it('status --all lists it as not a run of this repository, and the real one as it is', () => {
      const listed = other.cli(['status', '--all', '--format', 'json'])
      expect(listed.code).toBe(0)
      const runs = JSON.parse(listed.stdout) as { run_id: string; error?: string }[]
      expect(runs.find((run) => run.run_id === runId)).toMatchObject({
        status_level: 'error',
        error: 'not a run of this repository: its run state names another one'
      })
      const own = JSON.parse(repo.cli(['status', '--all', '--format', 'json']).stdout) as {
        run_id: string
        status_level: string
      }[]
      expect(own.find((run) => run.run_id === runId)).toMatchObject({ status_level: 'waiting' })
    })
  })

  it('the real run still works after all of that', () => {
    const status = repo.cli(['status', '--run-id', runId, '--format', 'json'])
    expect(status.code).toBe(0)
    expect(JSON.parse(status.stdout)).toMatchObject({ run_id: runId, status_level: 'waiting' })
  })
})
