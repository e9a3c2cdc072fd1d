import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { createGitPort } from '../../src/adapters/git-port.js'
import { readPlaybookSource } from '../../src/adapters/playbook-file.js'
import { runFiles } from '../../src/adapters/run-files.js'
import type { RunState } from '../../src/core/schemas/run-state.js'
import { createRun } from '../../src/kernel/create-run.js'
import type { ProgressSink } from '../../src/kernel/ports.js'
import { RefusedEventError } from '../../src/core/run/step.js'
import { RunSession } from '../../src/kernel/run-session.js'
import { makeDemoRepo } from '../e2e/harness.js'

// A frozen session is the kernel of a process about to exit on a signal: the save in
// flight completes, one last event is recorded, and nothing after it ever is.

const silent: ProgressSink = { stage: () => undefined }

async function newSession(): Promise<RunSession> {
  const repo = makeDemoRepo()
  const created = await createRun({
    cwd: repo.root,
    playbookPath: join(repo.root, 'playbook.md'),
    env: { HOME: repo.home, PATH: process.env.PATH },
    cli: {},
    requestedItems: ['01'],
    requiredExecutables: ['git'],
    git: createGitPort(),
    clock: { now: () => new Date() },
    files: runFiles,
    readPlaybook: readPlaybookSource
  })
  return new RunSession(created.layout, created.state, { now: () => new Date() }, silent, runFiles)
}

const saved = (session: RunSession): RunState =>
  JSON.parse(readFileSync(session.layout.runStatePath, 'utf8')) as RunState

/** Whether the promise is still unsettled after the event loop has had time to run. */
async function staysPending(promise: Promise<unknown>): Promise<boolean> {
  const marker = Symbol('pending')
  return (await Promise.race([promise, delay(300).then(() => marker)])) === marker
}

describe('RunSession.freeze', () => {
  it('lets the save in flight finish, records one event, then accepts no change', async () => {
    const session = await newSession()
    const selecting = session.move('01', 'ST10_ITEM_SELECTED', 'orchestrator', 'item 01 selected')
    await session.freeze('orchestrator', 'interrupted by SIGTERM at ST10_ITEM_SELECTED')
    await expect(selecting).resolves.toBeUndefined()

    const afterFreeze = saved(session)
    expect(afterFreeze.current_state).toBe('ST10_ITEM_SELECTED')
    expect(afterFreeze.event_log.slice(-2)).toEqual([
      expect.objectContaining({ state: 'ST10_ITEM_SELECTED', message: 'item 01 selected' }),
      {
        at_utc: expect.any(String),
        state: 'ST10_ITEM_SELECTED',
        actor: 'orchestrator',
        item_id: '01',
        message: 'interrupted by SIGTERM at ST10_ITEM_SELECTED'
      }
    ])

    const later = [
      session.move('01', 'ST15_WORKTREE_PREPARED', 'orchestrator', 'worktree ready'),
      session.note('01', 'codex', 'execute agent failed'),
      session.patchItem('01', { terminal_summary: 'escalated' }),
      session.replace({ ...afterFreeze, current_state: 'ST140_ESCALATED' })
    ]
    for (const change of later) expect(await staysPending(change)).toBe(true)
    expect(saved(session)).toEqual(afterFreeze)
    expect(session.state).toEqual(afterFreeze)
  })
})

describe('RunSession events', () => {
  it('stores and reports each message as one line, whatever control characters it held', async () => {
    const repo = makeDemoRepo()
    const created = await createRun({
      cwd: repo.root,
      playbookPath: join(repo.root, 'playbook.md'),
      env: { HOME: repo.home, PATH: process.env.PATH },
      cli: {},
      requestedItems: ['01'],
      requiredExecutables: ['git'],
      git: createGitPort(),
      clock: { now: () => new Date() },
      files: runFiles,
      readPlaybook: readPlaybookSource
    })
    const reported: string[] = []
    const session = new RunSession(
      created.layout,
      created.state,
      { now: () => new Date() },
      { stage: (event) => reported.push(event.message) },
      runFiles
    )
    const hostile = 'triage: no\n::warning::x\r::add-mask::y\u2028\u2029\u0085\u001b[2J\u202eend'
    await session.move('01', 'ST10_ITEM_SELECTED', 'orchestrator', hostile)
    await session.note('01', 'codex', `agent stderr:\r\n${hostile}`)

    const expected = 'triage: no ::warning::x ::add-mask::y [2J end'
    expect(reported).toEqual([expected, `agent stderr: ${expected}`])
    expect(
      saved(session)
        .event_log.slice(-2)
        .map((event) => event.message)
    ).toEqual(reported)
  })
})

describe('RunSession.advance', () => {
  it('moves by the lifecycle table, refuses an event it has no edge for, and rewinds quietly', async () => {
    const repo = makeDemoRepo()
    const created = await createRun({
      cwd: repo.root,
      playbookPath: join(repo.root, 'playbook.md'),
      env: { HOME: repo.home, PATH: process.env.PATH },
      cli: {},
      requestedItems: ['01'],
      requiredExecutables: ['git'],
      git: createGitPort(),
      clock: { now: () => new Date() },
      files: runFiles,
      readPlaybook: readPlaybookSource
    })
    const reported: string[] = []
    const session = new RunSession(
      created.layout,
      created.state,
      { now: () => new Date() },
      { stage: (event) => reported.push(`${event.state} ${event.message}`) },
      runFiles
    )
    await session.advance('01', { kind: 'begin' })
    await session.advance('01', { kind: 'done' })
    await expect(session.advance('01', { kind: 'begin' })).rejects.toThrow(RefusedEventError)
    await session.advance('01', {
      kind: 'restart',
      stopped: 'an interrupted ST15_WORKTREE_PREPARED'
    })

    expect(reported).toEqual([
      'ST10_ITEM_SELECTED selected item 01 (attempt 1)',
      'ST15_WORKTREE_PREPARED worktree prepared'
    ])
    const state = saved(session)
    expect(state).toMatchObject({ current_state: 'ST05_PLAN_NORMALIZED', current_item_id: null })
    expect(
      state.event_log.slice(-3).map(({ state, actor, message }) => [state, actor, message])
    ).toEqual([
      ['ST10_ITEM_SELECTED', 'orchestrator', 'selected item 01 (attempt 1)'],
      ['ST15_WORKTREE_PREPARED', 'git', 'worktree prepared'],
      [
        'ST05_PLAN_NORMALIZED',
        'orchestrator',
        'reset item 01 from an interrupted ST15_WORKTREE_PREPARED for a fresh resume attempt'
      ]
    ])
  })
})
