import { jest } from '@jest/globals'
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REQUESTER, nextRunId, stepFailure, useGitHubWorld, workflowRun } from './chain-harness.js'

// In the Action the evidence path names a directory of the checkout. A committed link that
// points at the runner's own files (~/.ssh, /etc) must never reach the run's copy or its
// artifact, nor may the checkout's .git/ (actions/checkout keeps the job token there).

jest.setTimeout(300_000)

const SCRIPTED = { agents: 'scripted', scenario: 'scenario.json' }
const SECRET = 'PRIVATE KEY of the runner'

const world = useGitHubWorld()

/** The runner's private files, outside every workspace. */
function runnerSecrets(): string {
  const dir = mkdtempSync(join(tmpdir(), 'po-runner-ssh-'))
  writeFileSync(join(dir, 'id_ed25519'), `${SECRET}\n`)
  mkdirSync(join(dir, 'sub'))
  writeFileSync(join(dir, 'sub', 'known_hosts'), `${SECRET} too\n`)
  return dir
}

/** Every regular file under a directory whose content mentions the secret. */
function filesWithSecret(root: string): string[] {
  if (!existsSync(root)) return []
  const found: string[] = []
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      const info = lstatSync(path)
      if (info.isDirectory()) walk(path)
      else if (info.isFile() && readFileSync(path, 'utf8').includes(SECRET)) found.push(path)
    }
  }
  walk(root)
  return found
}

describe('item action evidence-path', () => {
  let runId: string
  let blockedIn: number
  beforeAll(async () => {
    const hop = workflowRun(world.fake, world.origin, nextRunId(world.fake), REQUESTER)
    const item = await hop.step('item', {
      playbook: 'playbook.md',
      'run-id': '',
      'item-id': '03',
      'state-run-id': '',
      ...SCRIPTED
    })
    if (item.outputs['terminal-state'] !== 'blocked_external') throw new Error(stepFailure(item))
    runId = item.outputs['run-id'] as string
    blockedIn = hop.id
  })

  /** Commits `content` at `path` on origin's main (links committed as links). */
  function commitLink(path: string, target: string): void {
    const staged = mkdtempSync(join(tmpdir(), 'po-commit-'))
    symlinkSync(target, join(staged, 'link'))
    world.origin.commit(path, join(staged, 'link'), `add ${path}`)
  }

  const cases: Array<[string, () => string, RegExp]> = [
    [
      'a committed symlink to a directory of the runner',
      () => {
        commitLink('evidence-linked', runnerSecrets())
        return 'evidence-linked'
      },
      /evidence-linked is a symbolic link/
    ],
    [
      'a committed directory holding a symlink to a file of the runner',
      () => {
        const staged = mkdtempSync(join(tmpdir(), 'po-commit-'))
        writeFileSync(join(staged, 'vendor.txt'), 'Vendor confirmed.\n')
        symlinkSync(join(runnerSecrets(), 'id_ed25519'), join(staged, 'key'))
        world.origin.commit('evidence-with-link', staged, 'evidence with a link')
        return 'evidence-with-link'
      },
      /evidence-with-link\/key is a symbolic link/
    ],
    [
      'a path through a committed symlink to a directory of the runner',
      () => {
        commitLink('linked', runnerSecrets())
        return 'linked/sub'
      },
      /not a directory inside the repository/
    ],
    ["the checkout's .git directory", () => '.git', /inside \.git\/, which is never evidence/]
  ]

  it.each(cases)('refuses %s before anything runs or is uploaded', async (_, arrange, message) => {
    const evidencePath = arrange()
    const artifactsBefore = world.fake.artifacts.length
    const hop = workflowRun(world.fake, world.origin, nextRunId(world.fake), REQUESTER)
    const item = await hop.step('item', {
      playbook: 'playbook.md',
      'run-id': runId,
      'item-id': '03',
      'state-run-id': String(blockedIn),
      'evidence-path': evidencePath,
      ...SCRIPTED
    })
    expect(item.code).not.toBe(0)
    expect(item.stdout).toMatch(message)
    expect(world.fake.artifacts.length).toBe(artifactsBefore)
    expect(filesWithSecret(join(item.workspace, '.local'))).toEqual([])
    expect(
      existsSync(
        join(item.workspace, '.local/automation/plan_orchestrator/runs', runId, 'external_evidence')
      )
    ).toBe(false)
  })
})
