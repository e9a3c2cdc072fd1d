import { execFileSync } from 'node:child_process'
import { chmodSync, mkdtempSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { jest } from '@jest/globals'
import { PROJECT_ROOT } from '../helpers/bundled-cli.js'
import { type TestAgentUser, ensureAgentUser } from '../helpers/agent-user.js'
import { listFiles } from '../helpers/canary.js'
import {
  HOSTILE_SCRIPTS,
  type RunnerUser,
  expectAttackContained,
  makeJob,
  protectedFiles,
  writeScenario
} from './isolation-job.js'

// A runner that is not root (the usual `runner` service user) starts the agents through
// `sudo -n -u AGENT` and shares worktrees through the agent user's group (docs/security.md).
// This machine has no sudo, so a stand-in built from __tests__/fixtures/fake-sudo/sudo.c is
// installed setuid root: it does what the one sudoers line allows and nothing else. The
// orchestrator (the bundled CLI) runs as a second, unprivileged user that is a member of
// the agent user's group; the same hostile agent as in agent-isolation.test.ts finds nothing
// and changes nothing, and the worktree it worked in is the runner's again afterwards.

jest.setTimeout(240_000)

let agent: TestAgentUser
let runner: RunnerUser

beforeAll(() => {
  agent = ensureAgentUser('po-agent-sudo')
  const account = ensureAgentUser('po-runner-sudo')
  // The runner joins the agent user's group (never the other way round).
  execFileSync('usermod', ['-aG', agent.name, account.name])
  const bin = mkdtempSync(join(tmpdir(), 'po-fake-sudo-'))
  chmodSync(bin, 0o755)
  const sudo = join(bin, 'sudo')
  try {
    execFileSync('gcc', [
      `-DALLOWED_UID=${account.uid}`,
      '-o',
      sudo,
      join(PROJECT_ROOT, '__tests__', 'fixtures', 'fake-sudo', 'sudo.c')
    ])
  } catch (error) {
    throw new Error(`the sudo stand-in needs a C compiler (gcc): ${String(error)}`)
  }
  chmodSync(sudo, 0o4755)
  runner = { ...account, pathPrefix: bin }
})

const runArgs = (extra: string[]): string[] => [
  'run',
  '--playbook',
  'playbook.md',
  '--item',
  '01',
  '--agents',
  'scripted',
  ...extra
]

it('a non-root orchestrator runs the hostile agent through sudo: nothing found, nothing changed', () => {
  const job = makeJob(runner)
  writeScenario(job, HOSTILE_SCRIPTS)
  const before = protectedFiles(job)
  const run = job.cli(runArgs(['--agent-user', agent.name]))
  const { worktree } = expectAttackContained(job, agent, run, before)
  // Taken back by copy: everything in the worktree is the runner's again.
  expect(listFiles(worktree).filter((path) => statSync(path).uid !== runner.uid)).toEqual([])
  expect(statSync(worktree).mode & 0o777).toBe(0o700)
})

it('says which group a non-root runner must join', () => {
  const outsider = ensureAgentUser('po-runner-nogroup')
  const job = makeJob({ ...outsider, pathPrefix: runner.pathPrefix as string })
  writeScenario(job, [])
  const run = job.cli(runArgs(['--agent-user', agent.name]))
  expect(run.status).toBe(1)
  expect(String(run.stderr)).toContain(
    `error: agent user '${agent.name}': a non-root orchestrator shares each worktree with the agent user through its group; add this user to group ${agent.name}`
  )
  // The stand-in serves only the runner it was built for, like a sudoers line.
  expect(String(run.stderr)).toContain(
    `cannot run commands as agent user '${agent.name}' through sudo`
  )
  expect(String(run.stderr)).toContain(`po-runner-nogroup ALL=(${agent.name}) NOPASSWD:SETENV: ALL`)
})
