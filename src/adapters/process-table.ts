import { readFileSync, readdirSync, readlinkSync } from 'node:fs'

/** What /proc says about processes; Linux only, and every reader returns null where it cannot. */

export interface ProcessInfo {
  readonly pid: number
  readonly ppid: number
  readonly state: string
  /** Start time in clock ticks since boot (`/proc/<pid>/stat` field 22). */
  readonly startTicks: number
  /** Working directory; null when unreadable (another user, a kernel thread). */
  readonly cwd: string | null
  /** The stage marker in its environment, if any. */
  readonly stageId: string | null
  /** Its command line, shortened for a report. */
  readonly command: string
}

/** Linux counts process start times in USER_HZ, 100 on every architecture it runs on. */
export const TICKS_PER_SECOND = 100
const COMMAND_SHOWN = 160

export interface ProcStat {
  readonly state: string
  readonly ppid: number
  readonly startTicks: number
}

export function readStat(pid: number | string): ProcStat | null {
  let text: string
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8')
  } catch {
    return null
  }
  // The command name is parenthesised and may hold anything, spaces and parentheses too.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ')
  const startTicks = Number(fields[19])
  if (!Number.isFinite(startTicks)) return null
  return { state: fields[0] ?? '', ppid: Number(fields[1]), startTicks }
}

/** The value of one variable in a process's initial environment, if it is readable. */
export function readEnvironValue(pid: number, name: string): string | null {
  let environ: Buffer
  try {
    environ = readFileSync(`/proc/${pid}/environ`)
  } catch {
    return null
  }
  const prefix = `${name}=`
  for (const entry of environ.toString('utf8').split('\0')) {
    if (entry.startsWith(prefix)) return entry.slice(prefix.length)
  }
  return null
}

export function readCwd(pid: number): string | null {
  try {
    return readlinkSync(`/proc/${pid}/cwd`).replace(/ \(deleted\)$/, '')
  } catch {
    return null
  }
}

export function readCommand(pid: number): string {
  try {
    const text = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim()
    return text.length > COMMAND_SHOWN ? `${text.slice(0, COMMAND_SHOWN - 1)}…` : text
  } catch {
    return ''
  }
}

/** The pids in /proc; empty where there is none. */
export function listPids(): number[] {
  try {
    return readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .map(Number)
  } catch {
    return []
  }
}

/** Clock ticks since boot now, in the unit of ProcessInfo.startTicks. */
export function currentTicks(): number | null {
  try {
    const uptime = Number(readFileSync('/proc/uptime', 'utf8').split(' ')[0])
    return Number.isFinite(uptime) ? Math.floor(uptime * TICKS_PER_SECOND) : null
  } catch {
    return null
  }
}

export function bootId(): string | null {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim()
  } catch {
    return null
  }
}
