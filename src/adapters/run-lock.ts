import { readFile, writeFile, rm } from 'node:fs/promises'
import { hostname } from 'node:os'
import { LOCK_STALE_MS, isLockHeld, lockExclusively } from './exclusive-lock.js'
import type { RunLayout } from '../core/run/layout.js'

/**
 * One writer per run. Every command that changes a run holds its lock for as long as it
 * works; a second one is refused with who holds it. The lock (proper-lockfile: an atomic
 * directory whose mtime the holder keeps fresh) is taken over at once when its holder ran
 * on this host and is gone, and after the stale time when it cannot be checked.
 */

export { LOCK_STALE_MS }

export class RunLockedError extends Error {
  override readonly name = 'RunLockedError'
  readonly exitCode = 1
}

interface LockOwner {
  readonly pid: number
  readonly host: string
  readonly command: string
  readonly since: string
}

/** The lock as its holder sees it. */
export interface HeldRunLock {
  readonly runId: string
  /**
   * Removes the owner file and the lock. Safe to call more than once: a process stopping on
   * a signal releases it before it exits, outside the normal end of the work.
   */
  release(): Promise<void>
}

export async function withRunLock<T>(
  layout: RunLayout,
  command: string,
  work: (lock: HeldRunLock) => Promise<T>
): Promise<T> {
  const lock = await acquire(layout, command)
  try {
    return await work(lock)
  } finally {
    await lock.release()
  }
}

/** Whether some live process holds the run's lock right now (for `status`). */
export async function isRunLocked(layout: RunLayout): Promise<boolean> {
  const held = await isLockHeld(layout.runStatePath, layout.lockPath)
  return held && !(await holderIsDead(layout))
}

/**
 * The lock's holder is known to be gone: it ran on this host and its process no longer
 * exists. Such a lock is taken over at once instead of after the stale time.
 */
async function holderIsDead(layout: RunLayout): Promise<boolean> {
  const owner = await readOwner(ownerPathOf(layout))
  if (owner === undefined || owner.host !== hostname()) return false
  try {
    process.kill(owner.pid, 0)
    return false
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH'
  }
}

function ownerPathOf(layout: RunLayout): string {
  return `${layout.lockPath}.owner.json`
}

async function acquire(layout: RunLayout, command: string): Promise<HeldRunLock> {
  const ownerPath = ownerPathOf(layout)
  const owner: LockOwner = {
    pid: process.pid,
    host: hostname(),
    command,
    since: new Date().toISOString()
  }
  const release = await lockExclusively({
    target: layout.runStatePath,
    lockPath: layout.lockPath,
    holderIsGone: () => holderIsDead(layout),
    clearHolder: () => rm(ownerPath, { force: true }),
    claim: () => writeFile(ownerPath, `${JSON.stringify(owner)}\n`),
    onCompromised: () => {
      // Another process took the lock over (we stalled past the stale time): stop now
      // rather than write a run two processes believe they own.
      process.stderr.write(`error: lost the lock of run ${layout.runId}; stopping\n`)
      process.exit(1)
    }
  })
  if (release === undefined) {
    const holder = await readOwner(ownerPath)
    const who =
      holder === undefined
        ? 'another process'
        : `${holder.command} (pid ${holder.pid} on ${holder.host}, since ${holder.since})`
    throw new RunLockedError(
      `run ${layout.runId} is being changed by ${who}; wait for it to finish. ` +
        `If that process is gone, its lock expires within ${LOCK_STALE_MS / 1000} s.`
    )
  }
  let released: Promise<void> | undefined
  return {
    runId: layout.runId,
    release: () =>
      (released ??= (async () => {
        await rm(ownerPath, { force: true })
        await release()
      })())
  }
}

async function readOwner(path: string): Promise<LockOwner | undefined> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as LockOwner
  } catch {
    return undefined
  }
}
