import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs'
import { basename, dirname, isAbsolute, join, normalize, relative } from 'node:path'

/**
 * A Linux cgroup per stage, where this process may make one: every process the stage
 * starts, however it detaches (setsid, double fork, a clean environment, another working
 * directory), stays in it and is found and killed through it. Used when the orchestrator's
 * own cgroup (v2) or its `pids` cgroup (v1) is writable: as root outside a container, or
 * under a delegated systemd unit. Elsewhere (a runner service as an ordinary user, most
 * containers) there is none, and the environment marker and working directory find the
 * stage's processes instead (stage-processes.ts).
 *
 * A child cannot be started inside a cgroup with Node's spawn, and moving it there after
 * the spawn would miss what it forks first; so the orchestrator moves itself into the
 * stage's cgroup, spawns, and moves back, all synchronously: nothing else of this process
 * can start a process in between.
 */

export interface CgroupHost {
  readonly version: 'v2' | 'v1'
  /** This process's own cgroup directory (where it returns after each spawn). */
  readonly ownDir: string
  /** Where stage cgroups are made. */
  readonly parentDir: string
}

/** `PLAN_ORCHESTRATOR_STAGE_CGROUPS=off` never uses cgroups (the marker search remains). */
export const STAGE_CGROUPS_ENV = 'PLAN_ORCHESTRATOR_STAGE_CGROUPS'

const PARENT_NAME = 'plan-orchestrator'

let detected: { readonly host: CgroupHost | null } | undefined

/** The cgroup hierarchy stages can use in this process, or null; probed once. */
export function cgroupHost(
  env: Readonly<Record<string, string | undefined>> = process.env
): CgroupHost | null {
  if (env[STAGE_CGROUPS_ENV]?.trim().toLowerCase() === 'off') return null
  detected ??= { host: probe() }
  return detected.host
}

function probe(): CgroupHost | null {
  for (const candidate of candidates()) {
    if (usable(candidate)) return candidate
  }
  return null
}

interface Mount {
  readonly root: string
  readonly point: string
  readonly fsType: string
  readonly superOptions: readonly string[]
}

function candidates(): CgroupHost[] {
  const memberships = readLines('/proc/self/cgroup').map((line) => {
    const [id, controllers, ...path] = line.split(':')
    return { id, controllers: (controllers ?? '').split(','), path: path.join(':') }
  })
  const mounts = readLines('/proc/self/mountinfo').flatMap((line): Mount[] => {
    const [left, right] = line.split(' - ')
    const fields = (left ?? '').split(' ')
    const [fsType, , superOptions] = (right ?? '').split(' ')
    const root = fields[3]
    const point = fields[4]
    if (root === undefined || point === undefined || fsType === undefined) return []
    return [
      { root, point: unescapeMount(point), fsType, superOptions: (superOptions ?? '').split(',') }
    ]
  })
  const hosts: CgroupHost[] = []
  const v2 = memberships.find((entry) => entry.id === '0' && entry.controllers.join('') === '')
  const v2Mount = mounts.find((mount) => mount.fsType === 'cgroup2')
  const v2Dir = v2 && v2Mount ? dirIn(v2Mount, v2.path) : undefined
  if (v2Dir !== undefined) hosts.push(host('v2', v2Dir))
  const pids = memberships.find((entry) => entry.controllers.includes('pids'))
  const pidsMount = mounts.find(
    (mount) => mount.fsType === 'cgroup' && mount.superOptions.includes('pids')
  )
  const pidsDir = pids && pidsMount ? dirIn(pidsMount, pids.path) : undefined
  if (pidsDir !== undefined) hosts.push(host('v1', pidsDir))
  return hosts
}

/**
 * Whether a path read from a run's record can be a stage cgroup this project made: a
 * directory named by us, inside a `plan-orchestrator` cgroup, on a mounted cgroup hierarchy.
 * Anything else (a record an agent rewrote to name another service's cgroup) is never killed.
 */
export function isStageCgroupPath(path: string): boolean {
  if (!isAbsolute(path) || normalize(path) !== path) return false
  if (basename(dirname(path)) !== PARENT_NAME || !/^[A-Za-z0-9._:-]+$/.test(basename(path)))
    return false
  return readLines('/proc/self/mountinfo').some((line) => {
    const [left, right] = line.split(' - ')
    const fsType = (right ?? '').split(' ')[0]
    const point = (left ?? '').split(' ')[4]
    return (
      (fsType === 'cgroup' || fsType === 'cgroup2') &&
      point !== undefined &&
      path.startsWith(`${unescapeMount(point)}/`)
    )
  })
}

function host(version: CgroupHost['version'], ownDir: string): CgroupHost {
  return { version, ownDir, parentDir: join(ownDir, PARENT_NAME) }
}

/** The directory of a cgroup path under a mount of its hierarchy, if it is visible there. */
function dirIn(mount: Mount, path: string): string | undefined {
  const inside = relative(mount.root, path)
  if (inside.startsWith('..')) return undefined
  return join(mount.point, inside)
}

/** Whether a stage cgroup can be made and this process moved into it and back. */
function usable(candidate: CgroupHost): boolean {
  let probeDir: string | undefined
  try {
    mkdirSync(candidate.parentDir, { recursive: true })
    probeDir = join(candidate.parentDir, `probe-${process.pid}-${randomBytes(4).toString('hex')}`)
    mkdirSync(probeDir)
    enter(probeDir)
    enter(candidate.ownDir)
    return true
  } catch {
    return false
  } finally {
    if (probeDir !== undefined) tryRemove(probeDir)
  }
}

/** Makes a stage cgroup; null when it cannot be made (the caller falls back to the marker). */
export function createStageCgroup(cgroup: CgroupHost, name: string): string | null {
  const dir = join(
    cgroup.parentDir,
    `${name.replace(/[^A-Za-z0-9._:-]/g, '_')}.${randomBytes(3).toString('hex')}`
  )
  try {
    mkdirSync(dir)
    return dir
  } catch {
    return null
  }
}

/**
 * Runs `start` (a synchronous spawn) with this process inside `dir`, so the child is born
 * there; `{ inside: false }` without calling it when this process cannot enter `dir`.
 */
export function startInside<T>(
  cgroup: CgroupHost,
  dir: string,
  start: () => T
): { readonly inside: true; readonly value: T } | { readonly inside: false } {
  try {
    enter(dir)
  } catch {
    return { inside: false }
  }
  try {
    return { inside: true, value: start() }
  } finally {
    // If this fails the orchestrator stays in the stage's cgroup; killCgroup refuses to
    // kill a cgroup holding it, so the stage is then stopped through its marker.
    try {
      enter(cgroup.ownDir)
    } catch {
      // See above.
    }
  }
}

function enter(dir: string): void {
  writeFileSync(join(dir, 'cgroup.procs'), `${process.pid}\n`)
}

/** The processes in a cgroup; empty when it is gone. */
export function cgroupMembers(dir: string): number[] {
  return readLines(join(dir, 'cgroup.procs'))
    .map(Number)
    .filter((pid) => Number.isInteger(pid) && pid > 0)
}

/**
 * SIGKILL to everything in the cgroup at once where the kernel offers it (`cgroup.kill`,
 * Linux 5.14+), so nothing can fork its way out between the kills; else one by one.
 * Never when this process is inside (it would kill the orchestrator).
 */
export function killCgroup(dir: string): void {
  const members = cgroupMembers(dir)
  if (members.includes(process.pid)) return
  try {
    writeFileSync(join(dir, 'cgroup.kill'), '1\n')
    return
  } catch {
    // No cgroup.kill (v1, or an older kernel).
  }
  for (const pid of members) {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // Gone already.
    }
  }
}

/** Removes an empty stage cgroup; false while something is still in it. */
export function tryRemove(dir: string): boolean {
  try {
    rmdirSync(dir)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT'
  }
}

function readLines(path: string): string[] {
  try {
    return readFileSync(path, 'utf8')
      .split('\n')
      .filter((line) => line !== '')
  } catch {
    return []
  }
}

/** mountinfo escapes space, tab, newline and backslash as octal. */
function unescapeMount(text: string): string {
  return text.replace(/\\([0-7]{3})/g, (_match, octal: string) =>
    String.fromCharCode(parseInt(octal, 8))
  )
}
