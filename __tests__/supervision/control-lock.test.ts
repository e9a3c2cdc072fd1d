import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { lockExclusively } from '../../src/adapters/exclusive-lock.js'
import { hostname } from 'node:os'
import {
  type ControlLockOwner,
  ControlLockOwnerSchema
} from '../../src/core/schemas/supervision.js'
import {
  ensureSupervisionDirs,
  loadedValue,
  readArtifact,
  writeArtifact
} from '../../src/supervision/artifacts.js'
import {
  type ControlLock,
  SupervisorLockedError,
  acquireControlLock
} from '../../src/supervision/control-lock.js'
import { RUN_ID, type TempRun, deadPid, tempRun, FILES, PROCESSES } from './support.js'

const LOCK_IO = { lockExclusively, files: FILES, processes: PROCESSES }

let temp: TempRun
const held: ControlLock[] = []

beforeEach(async () => {
  temp = tempRun()
  await ensureSupervisionDirs(temp.layout)
})
afterEach(async () => {
  // Release whatever a test left held, so proper-lockfile's refresh timers stop.
  await Promise.all(held.splice(0).map((lock) => lock.release()))
  temp.cleanup()
})

async function acquire(sessionId: string): Promise<ControlLock> {
  const lock = await acquireControlLock(temp.layout, RUN_ID, sessionId, LOCK_IO)
  held.push(lock)
  return lock
}

async function owner(): Promise<ControlLockOwner | undefined> {
  return loadedValue(await readArtifact(ControlLockOwnerSchema, temp.layout.controlOwnerPath))
}

/** A lock left behind by hand: the lock directory and an owner record. */
async function leftoverLock(pid: number, host: string, sessionId: string): Promise<void> {
  mkdirSync(temp.layout.controlLockPath)
  await writeArtifact(FILES, ControlLockOwnerSchema, temp.layout.controlOwnerPath, {
    schema_version: 'plan_orchestrator.supervision_control_lock.v1',
    run_id: RUN_ID,
    supervisor_session_id: sessionId,
    owner_pid: pid,
    owner_host: host,
    acquired_at_utc: '2026-04-05T11:00:00Z'
  })
}

describe('the supervisor control lock', () => {
  it('records its holder and refuses a second supervisor, naming the holder', async () => {
    await acquire('svs_first')
    expect(existsSync(temp.layout.controlLockPath)).toBe(true)
    expect(await owner()).toMatchObject({
      run_id: RUN_ID,
      supervisor_session_id: 'svs_first',
      owner_pid: process.pid,
      owner_host: hostname()
    })

    const refused = acquireControlLock(temp.layout, RUN_ID, 'svs_second', LOCK_IO)
    await expect(refused).rejects.toBeInstanceOf(SupervisorLockedError)
    await expect(refused).rejects.toThrow(
      `run ${RUN_ID} is already supervised by supervisor svs_first (pid ${process.pid} on ${hostname()}`
    )
    await expect(refused).rejects.toMatchObject({ exitCode: 1 })
    // The refusal changed nothing.
    expect((await owner())?.supervisor_session_id).toBe('svs_first')
  })

  it('can be taken again once released', async () => {
    const first = await acquire('svs_first')
    await first.release()
    expect(existsSync(temp.layout.controlLockPath)).toBe(false)
    expect(existsSync(temp.layout.controlOwnerPath)).toBe(false)

    await acquire('svs_second')
    expect((await owner())?.supervisor_session_id).toBe('svs_second')
  })

  it('release is idempotent: a repeated release does not free the next holder', async () => {
    const first = await acquire('svs_first')
    await Promise.all([first.release(), first.release()])
    await first.release()

    await acquire('svs_second')
    await first.release()
    expect(existsSync(temp.layout.controlLockPath)).toBe(true)
    expect((await owner())?.supervisor_session_id).toBe('svs_second')
    await expect(
      acquireControlLock(temp.layout, RUN_ID, 'svs_third', LOCK_IO)
    ).rejects.toBeInstanceOf(SupervisorLockedError)
  })

  it('takes over at once a lock whose holder ran on this host and is gone', async () => {
    await leftoverLock(deadPid(), hostname(), 'svs_dead')
    await acquire('svs_new')
    expect(await owner()).toMatchObject({
      supervisor_session_id: 'svs_new',
      owner_pid: process.pid
    })
  })

  it('does not take over a fresh lock whose holder is alive', async () => {
    await leftoverLock(process.pid, hostname(), 'svs_alive')
    await expect(acquireControlLock(temp.layout, RUN_ID, 'svs_new', LOCK_IO)).rejects.toThrow(
      /supervisor svs_alive \(pid \d+ on /
    )
    expect((await owner())?.supervisor_session_id).toBe('svs_alive')
  })

  it('does not take over a fresh lock held on another host, whose pid cannot be checked', async () => {
    await leftoverLock(deadPid(), 'elsewhere.invalid', 'svs_remote')
    await expect(acquireControlLock(temp.layout, RUN_ID, 'svs_new', LOCK_IO)).rejects.toThrow(
      /supervisor svs_remote \(pid \d+ on elsewhere\.invalid/
    )
  })

  // Everyone sees the same dead holder; only one may remove its lock and claim it.
  it('lets exactly one of several concurrent supervisors take over a dead holder’s lock', async () => {
    const dead = deadPid()
    for (let trial = 0; trial < 100; trial += 1) {
      rmSync(temp.layout.controlLockPath, { recursive: true, force: true })
      await leftoverLock(dead, hostname(), 'svs_dead')
      const results = await Promise.allSettled(
        ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((name) =>
          acquireControlLock(temp.layout, RUN_ID, `svs_${name}`, LOCK_IO)
        )
      )
      const winners = results.flatMap((result) =>
        result.status === 'fulfilled' ? [result.value] : []
      )
      // Released at once, well before proper-lockfile's first refresh could find a lock
      // compromised (and exit the test process).
      for (const lock of winners) await lock.release().catch(() => undefined)
      expect({ trial, winners: winners.length }).toEqual({ trial, winners: 1 })
    }
  })

  it('names "another supervisor" when the holder left no owner record', async () => {
    mkdirSync(temp.layout.controlLockPath)
    await expect(acquireControlLock(temp.layout, RUN_ID, 'svs_new', LOCK_IO)).rejects.toThrow(
      `run ${RUN_ID} is already supervised by another supervisor;`
    )
  })
})
