import { jest } from '@jest/globals'
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PROJECT_ROOT } from '../helpers/bundled-cli.js'
import {
  BOT,
  REQUESTER,
  nextRunId,
  stepFailure,
  useGitHubWorld,
  workflowRun
} from './chain-harness.js'
import type { StepResult } from './run-action.js'
import { CONTROL, artifactsOf, originRefs } from './trust-harness.js'

// Issue #12: the run branch on origin must be what the run's state says. A branch moved
// between hops (an extra commit, a rewind) is refused with both SHAs and how to recover; of two
// hops that continue the same state, only one publishes. The playbook changing under a run is
// reported, and the run keeps its snapshot.

jest.setTimeout(600_000)

const world = useGitHubWorld()
const SCRIPTED = { agents: 'scripted', scenario: 'scenario.json' }

function expectOk(result: StepResult): void {
  if (result.code !== 0) throw new Error(stepFailure(result))
}

function expectRefused(result: StepResult, reason: RegExp): void {
  if (result.code === 0) throw new Error(`expected a refusal\n${stepFailure(result)}`)
  expect(result.stdout).toMatch(reason)
}

/** Waits (polling the file system) until a job's workspace holds the restored run. */
async function restoredIn(workspace: () => string | undefined, runId: string): Promise<void> {
  for (;;) {
    const dir = workspace()
    if (dir !== undefined && existsSync(join(dir, CONTROL, runId, 'run_state.json'))) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

it('refuses a moved run branch (extra commit, rewind) with both SHAs, and lets one of two racing hops publish', async () => {
  const { fake, origin } = world
  const runBranch = (runId: string): string => `orchestrator/run/${runId}`
  const hop1 = workflowRun(fake, origin, nextRunId(fake), REQUESTER)
  const item1 = await hop1.step('item', {
    playbook: 'playbook.md',
    'run-id': '',
    'item-id': '01',
    'state-run-id': '',
    ...SCRIPTED
  })
  expectOk(item1)
  const runId = item1.outputs['run-id'] as string
  const passed = origin.git(origin.bare, 'rev-parse', runBranch(runId))
  const continueWith = (itemId: string) => ({
    playbook: 'playbook.md',
    'run-id': runId,
    'item-id': itemId,
    'state-run-id': String(hop1.id),
    hop: '1',
    ...SCRIPTED
  })

  // Someone with write access adds a commit to the run branch between hops.
  const work = mkdtempSync(join(tmpdir(), 'po-attacker-'))
  origin.git(work, 'clone', '-q', '--branch', runBranch(runId), origin.bare, '.')
  origin.git(work, 'config', 'user.name', 'mallory')
  origin.git(work, 'config', 'user.email', 'mallory@example.invalid')
  writeFileSync(join(work, 'extra.txt'), 'not from a passed item\n')
  origin.git(work, 'add', 'extra.txt')
  origin.git(work, 'commit', '-qm', 'extra')
  origin.git(work, 'push', '-q', 'origin', runBranch(runId))
  const extra = origin.git(origin.bare, 'rev-parse', runBranch(runId))
  const before = originRefs(origin, runId)
  const hop2 = workflowRun(fake, origin, nextRunId(fake), BOT)
  const built = await hop2.step('item', continueWith('02'))
  expectRefused(
    built,
    new RegExp(
      `the run branch ${runBranch(runId)} on origin has commits no passed item made: it is at ${extra}, but the run's state says ${passed}\\. Nothing was built on it or published\\. To recover, .*git push --force-with-lease=refs/heads/${runBranch(runId)}:${extra} origin ${passed}:refs/heads/${runBranch(runId)}`
    )
  )
  expect(originRefs(origin, runId)).toEqual(before)
  expect(artifactsOf(fake, hop2.id)).toEqual([])

  // Rewound to main: the passed item 01 is gone from the branch while the state says passed.
  const base = origin.git(origin.bare, 'rev-parse', 'main')
  origin.git(origin.bare, 'update-ref', `refs/heads/${runBranch(runId)}`, base)
  const hop3 = workflowRun(fake, origin, nextRunId(fake), BOT)
  const planned = await hop3.step('plan', {
    playbook: 'playbook.md',
    'run-id': runId,
    'state-run-id': String(hop1.id)
  })
  expectRefused(
    planned,
    new RegExp(
      `was rewound: passed items are missing from it: it is at ${base}, but the run's state says ${passed}`
    )
  )
  expect(artifactsOf(fake, hop3.id)).toEqual([])

  // Recovered as the message says; meanwhile the playbook changes under the run.
  origin.git(origin.bare, 'update-ref', `refs/heads/${runBranch(runId)}`, passed)
  const edited = join(mkdtempSync(join(tmpdir(), 'po-playbook-')), 'playbook.md')
  writeFileSync(
    edited,
    readFileSync(join(PROJECT_ROOT, 'examples', 'demo', 'playbook.md'), 'utf8').replace(
      'Write release notes that cite',
      'Write short release notes that cite'
    )
  )
  origin.commit('playbook.md', edited, 'playbook: shorter release notes')

  // Two hops continue the same state at once (two dispatches of one hop). Both restore before
  // either publishes (origin holds their pushes until both have restored); one must lose.
  const release = join(mkdtempSync(join(tmpdir(), 'po-release-')), 'release')
  const hook = join(origin.bare, 'hooks', 'pre-receive')
  writeFileSync(hook, `#!/bin/sh\nwhile [ ! -f '${release}' ]; do sleep 0.1; done\nexit 0\n`)
  chmodSync(hook, 0o755)
  try {
    const racers = [
      workflowRun(fake, origin, nextRunId(fake), BOT),
      workflowRun(fake, origin, nextRunId(fake), BOT)
    ]
    const workspaces: Array<string | undefined> = [undefined, undefined]
    const results = racers.map((racer, index) =>
      racer.step('item', continueWith('02'), {
        onWorkspace: (dir) => (workspaces[index] = dir)
      })
    )
    await Promise.all(workspaces.map((_, index) => restoredIn(() => workspaces[index], runId)))
    writeFileSync(release, '')
    const outcomes = await Promise.all(results)
    expect(outcomes.map((result) => result.code === 0).sort()).toEqual([false, true])
    const winnerIndex = outcomes.findIndex((result) => result.code === 0)
    const winner = outcomes[winnerIndex] as StepResult
    const loser = outcomes[1 - winnerIndex] as StepResult
    expectRefused(
      loser,
      new RegExp(`publishing run ${runId} refused, nothing of this hop was published`)
    )
    const winnerRun = racers[winnerIndex] as { id: number }
    const loserRun = racers[1 - winnerIndex] as { id: number }
    // The loser's files are kept for diagnosis under a name no hop restores.
    expect(artifactsOf(fake, loserRun.id)).toEqual([
      `plan-orchestrator-diagnostics-${runId}-attempt-1`
    ])
    expect(artifactsOf(fake, winnerRun.id)).toEqual([`plan-orchestrator-state-${runId}-item`])
    expect(winner.outputs['terminal-state']).toBe('awaiting_human_gate')
    expect(origin.git(origin.bare, 'rev-parse', `orchestrator/item/${runId}/02/attempt-1`)).toBe(
      winner.outputs['checkpoint']
    )
    expect(origin.git(origin.bare, 'rev-parse', runBranch(runId))).toBe(passed)
    // The playbook change is visible, and the run went on with its snapshot.
    expect(winner.summary).toContain('Playbook changed')
    expect(winner.summary).toMatch(/items changed: 03/)
  } finally {
    rmSync(hook, { force: true })
  }
  expect(fake.violations).toEqual([])
})
