import { existsSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import lockfile from 'proper-lockfile'
import type { ExclusiveLockSpec } from '../kernel/ports.js'

export type { ExclusiveLockSpec } from '../kernel/ports.js'

/**
 * An exclusive lock that a holder known to be gone loses at once. The lock is an atomic
 * directory (proper-lockfile) whose mtime the holder keeps fresh; its owner record says who
 * holds it. Checking the record, removing a dead holder's lock and claiming it happen under a
 * short second lock, so two processes taking over the same dead holder cannot both win.
 */

/** How long a dead holder's lock blocks others; tests shorten it (proper-lockfile's floor is 2 s). */
export const LOCK_STALE_MS = Math.max(
  2000,
  Number(process.env.PLAN_ORCHESTRATOR_LOCK_STALE_MS) || 10_000
)

/** The release function, or undefined when a live holder has the lock. */
export async function lockExclusively(
  spec: ExclusiveLockSpec
): Promise<(() => Promise<void>) | undefined> {
  let takeover: () => Promise<void>
  try {
    // Its own target: proper-lockfile keeps one lock per target path in a process.
    takeover = await lockfile.lock(`${spec.lockPath}.takeover`, {
      realpath: false,
      stale: LOCK_STALE_MS,
      retries: { retries: 100, factor: 1, minTimeout: 20, maxTimeout: 20 },
      onCompromised: () => undefined
    })
  } catch (error) {
    // Someone else has been claiming the lock for seconds: they hold it, or will.
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') return undefined
    throw error
  }
  try {
    if (await spec.holderIsGone()) {
      await rm(spec.lockPath, { recursive: true, force: true })
      await spec.clearHolder()
    }
    let release: () => Promise<void>
    try {
      release = await lockfile.lock(spec.target, {
        lockfilePath: spec.lockPath,
        realpath: false,
        stale: LOCK_STALE_MS,
        update: LOCK_STALE_MS / 4,
        onCompromised: spec.onCompromised
      })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ELOCKED') return undefined
      throw error
    }
    await spec.claim()
    return release
  } finally {
    await takeover().catch(() => undefined)
  }
}

/** Whether a lock directory is held and fresh (its holder may still be gone; check that too). */
export async function isLockHeld(target: string, lockPath: string): Promise<boolean> {
  // No lock directory, no lock: what proper-lockfile answers too, after a round trip through
  // its callbacks that `status --all` would pay for every run (docs/performance.md).
  if (!existsSync(lockPath)) return false
  return lockfile
    .check(target, { lockfilePath: lockPath, realpath: false, stale: LOCK_STALE_MS })
    .catch(() => false)
}
