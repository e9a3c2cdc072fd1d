import { mkdtempSync, realpathSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  type LiveChild,
  createLiveChildren,
  liveChildren
} from '../../src/adapters/live-children.js'
import { isProcessGroupRunning } from '../../src/adapters/process-group.js'
import { runProcess } from '../../src/adapters/process-runner.js'
import { expectGroupGone } from './agents/support.js'

const child = (pid: number, startedAtMs = pid): LiveChild => ({
  pid,
  command: 'node',
  args: ['-e', `child ${pid}`],
  cwd: '/tmp',
  startedAtMs
})

const pids = (children: readonly LiveChild[]): number[] => children.map(({ pid }) => pid)

describe('the live children registry', () => {
  it('lists children oldest first and forgets removed ones', () => {
    const registry = createLiveChildren()
    registry.add(child(30))
    registry.add(child(10))
    registry.add(child(20))
    registry.remove(10)
    expect(pids(registry.list())).toEqual([30, 20])
    expect(registry.list()[0]).toEqual(child(30))
  })

  it('tells every listener the whole list after each add and remove, until it unsubscribes', () => {
    const registry = createLiveChildren()
    const seen: number[][] = []
    const unsubscribe = registry.subscribe((children) => seen.push(pids(children)))
    registry.add(child(1))
    registry.add(child(2))
    registry.remove(1)
    unsubscribe()
    registry.remove(2)
    expect(seen).toEqual([[1], [1, 2], [2]])
    expect(registry.list()).toEqual([])
  })

  it('keeps snapshots already handed out unchanged', () => {
    const registry = createLiveChildren()
    registry.add(child(1))
    const before = registry.list()
    registry.add(child(2))
    expect(pids(before)).toEqual([1])
    expect(Object.isFrozen(before)).toBe(true)
  })

  it('a throwing listener neither stops the change nor the other listeners', () => {
    const registry = createLiveChildren()
    const seen: number[][] = []
    registry.subscribe(() => {
      throw new Error('broken observer')
    })
    registry.subscribe((children) => seen.push(pids(children)))
    expect(() => registry.add(child(7))).not.toThrow()
    expect(() => registry.remove(7)).not.toThrow()
    expect(seen).toEqual([[7], []])
    expect(registry.list()).toEqual([])
  })
})

describe('runProcess and the process-wide registry', () => {
  let dir: string

  beforeEach(() => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), 'plan-orchestrator-live-')))
  })

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true })
  })

  const spec = (script: string): Parameters<typeof runProcess>[0] => ({
    command: process.execPath,
    args: ['-e', script],
    cwd: dir,
    env: { PATH: process.env.PATH ?? '' },
    stdin: { kind: 'ignore' },
    stdoutPath: join(dir, 'out.log'),
    stderrPath: join(dir, 'err.log'),
    timeoutMs: 5000,
    killGraceMs: 200
  })

  it('registers a child while it runs and removes it once its group is gone', async () => {
    const seen: number[][] = []
    const unsubscribe = liveChildren.subscribe((children) => seen.push(pids(children)))
    let registeredAtSpawn: LiveChild | undefined
    const startedAfter = Date.now()
    const result = await runProcess({
      ...spec('setTimeout(() => {}, 100)'),
      onSpawn: (pid) => {
        registeredAtSpawn = liveChildren.list().find((entry) => entry.pid === pid)
      }
    })
    unsubscribe()
    const pid = result.pid as number
    expect(registeredAtSpawn).toEqual({
      pid,
      command: process.execPath,
      args: ['-e', 'setTimeout(() => {}, 100)'],
      cwd: dir,
      startedAtMs: expect.any(Number)
    })
    expect(registeredAtSpawn?.startedAtMs).toBeGreaterThanOrEqual(startedAfter)
    expect(seen).toEqual([[pid], []])
    expect(pids(liveChildren.list())).not.toContain(pid)
  })

  it('removes a child stopped by its timeout, after its group is gone', async () => {
    let groupRunningAtRemoval: boolean | undefined
    let pid = 0
    const unsubscribe = liveChildren.subscribe((children) => {
      if (pid !== 0 && !pids(children).includes(pid)) {
        groupRunningAtRemoval = isProcessGroupRunning(pid)
      }
    })
    const result = await runProcess({
      ...spec("process.on('SIGTERM', () => {}); setInterval(() => {}, 1000)"),
      timeoutMs: 300,
      onSpawn: (spawned) => {
        pid = spawned
      }
    })
    unsubscribe()
    expect(result.timedOut).toBe('wall')
    expect(pids(liveChildren.list())).not.toContain(pid)
    expect(groupRunningAtRemoval).toBe(false)
    await expectGroupGone(pid)
  })

  it('a throwing listener does not break runProcess', async () => {
    const unsubscribe = liveChildren.subscribe(() => {
      throw new Error('broken observer')
    })
    const result = await runProcess(spec('process.exit(4)'))
    unsubscribe()
    expect(result).toMatchObject({ exitCode: 4, spawnError: null })
    expect(pids(liveChildren.list())).not.toContain(result.pid)
  })

  it('never registers a child that could not be started', async () => {
    const seen: number[][] = []
    const unsubscribe = liveChildren.subscribe((children) => seen.push(pids(children)))
    const result = await runProcess({ ...spec(''), command: join(dir, 'no-such-binary') })
    unsubscribe()
    expect(result.spawnError).not.toBeNull()
    expect(seen).toEqual([])
  })
})
