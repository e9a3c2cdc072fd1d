import { readdirSync, readFileSync } from 'node:fs'
import { setTimeout as delay } from 'node:timers/promises'

/**
 * Process-group bookkeeping for the runner. A group is "alive" while a member is running;
 * zombies do not count: they are dead, and reaping them is init's job (in some containers
 * init reaps late, which would otherwise make every stage wait out its kill grace).
 */

const POLL_MS = 25

/** SIGTERM to the whole group, then SIGKILL after `graceMs` if anything is still running. */
export async function terminateProcessGroup(pgid: number, graceMs: number): Promise<void> {
  if (!isProcessGroupRunning(pgid)) return
  signalProcessGroup(pgid, 'SIGTERM')
  const deadline = performance.now() + graceMs
  while (performance.now() < deadline) {
    await delay(Math.min(POLL_MS, Math.max(1, deadline - performance.now())))
    if (!isProcessGroupRunning(pgid)) return
  }
  signalProcessGroup(pgid, 'SIGKILL')
  // SIGKILL cannot be ignored; wait briefly so callers see the group gone when we return.
  const killDeadline = performance.now() + 1000
  while (isProcessGroupRunning(pgid) && performance.now() < killDeadline) await delay(POLL_MS)
}

export function signalProcessGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal)
  } catch {
    // ESRCH: the group ended between the check and the signal.
  }
}

/** Whether any process of the group is still running (not merely a zombie). */
export function isProcessGroupRunning(pgid: number): boolean {
  try {
    process.kill(-pgid, 0)
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
  const members = listGroupMembers(pgid)
  if (members === null) return true
  return members.some((member) => member.state !== 'Z' && member.state !== 'X')
}

interface GroupMember {
  readonly pid: number
  readonly state: string
}

/** Members read from /proc (Linux); null where /proc is not available. */
function listGroupMembers(pgid: number): GroupMember[] | null {
  let entries: string[]
  try {
    entries = readdirSync('/proc')
  } catch {
    return null
  }
  const members: GroupMember[] = []
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue
    const stat = readStat(entry)
    if (stat === null) continue
    // Fields after the parenthesised command name: state, ppid, pgrp, ...
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    if (Number(fields[2]) === pgid) members.push({ pid: Number(entry), state: fields[0] ?? '' })
  }
  return members
}

function readStat(pid: string): string | null {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8')
  } catch {
    return null
  }
}

/** Whether a process runs; one we may not signal (EPERM) runs as someone else. */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
