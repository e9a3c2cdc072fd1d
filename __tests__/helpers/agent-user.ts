import { execFileSync } from 'node:child_process'
import { chmodSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'

/**
 * The dedicated OS user the isolation tests run agents as. The tests create it themselves
 * (the CI machine runs as root, with useradd); where that is impossible they fail and say
 * why, never skip: a skipped isolation test would read as a passed one.
 *
 * Each test file names its own user: the user is dedicated, so stopping every process of it
 * after a stage would otherwise stop another file's stage running at the same time.
 */

export interface TestAgentUser {
  readonly name: string
  readonly uid: number
  readonly gid: number
}

export function ensureAgentUser(name: string): TestAgentUser {
  if (process.platform !== 'linux')
    throw new Error(`agent isolation tests need Linux (/proc, uids); this is ${process.platform}`)
  if (process.getuid?.() !== 0)
    throw new Error(
      `agent isolation tests need root to create the agent user and spawn as it (the CI machine runs as root); running as uid ${process.getuid?.()}`
    )
  const found = lookup(name)
  if (found !== undefined) return found
  try {
    execFileSync('useradd', ['--create-home', '--shell', '/bin/bash', name], { stdio: 'pipe' })
  } catch (error) {
    // A parallel test file may have created it meanwhile (useradd exits 9: already exists).
    const again = lookup(name)
    if (again !== undefined) return again
    throw new Error(`cannot create the agent user ${name} with useradd: ${String(error)}`)
  }
  const created = lookup(name)
  if (created === undefined) throw new Error(`useradd did not create ${name}`)
  return created
}

function lookup(name: string): TestAgentUser | undefined {
  try {
    const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim())
    const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim())
    return { name, uid, gid }
  } catch {
    return undefined
  }
}

/**
 * Lets other users through `path` and its ancestors, as a runner's work directory does
 * (temporary directories are created 0700).
 */
export function openToOthers(path: string): void {
  let dir = path
  while (dir !== '/') {
    const mode = statSync(dir).mode & 0o777
    if ((mode & 0o005) !== 0o005) chmodSync(dir, mode | 0o755)
    dir = dirname(dir)
  }
}

/** Running processes (zombies excluded) whose real or effective uid is `uid`. */
export function processesOf(uid: number): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const status = readFileSync(join('/proc', pid, 'status'), 'utf8')
        if (/^State:\s+[ZX]/m.test(status)) return false
        const ids = /^Uid:\s+(\d+)\s+(\d+)/m.exec(status)
        return ids !== null && (Number(ids[1]) === uid || Number(ids[2]) === uid)
      } catch {
        return false
      }
    })
    .map(Number)
}
