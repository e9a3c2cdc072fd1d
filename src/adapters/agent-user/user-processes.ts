import { readdirSync, readFileSync } from 'node:fs'
import { setTimeout as delay } from 'node:timers/promises'
import type { AgentUser } from './identity.js'
import { type SpawnMode, assertRanAsAgentUser, helperEnv, runAsAgentUser } from './run-as.js'

/**
 * Nothing of the agent user outlives its stage. The user is dedicated to the agents, so every
 * process it owns belongs to the stage that just ended: a daemon that left its process group
 * with setsid, a `nohup` job, a background server a verification command forgot. They are
 * found by uid in /proc, not by process group, and killed until none is left.
 */

const MAX_ROUNDS = 200

/** Running (not zombie) processes whose real, effective or saved uid is `uid`. */
export function listUserProcesses(uid: number): number[] {
  let entries: string[]
  try {
    entries = readdirSync('/proc')
  } catch {
    return []
  }
  const pids: number[] = []
  for (const entry of entries) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue
    let status: string
    try {
      status = readFileSync(`/proc/${entry}/status`, 'utf8')
    } catch {
      continue
    }
    const state = /^State:\s+(\S)/m.exec(status)?.[1]
    if (state === 'Z' || state === 'X') continue
    const ids = /^Uid:\s+(\d+)\s+(\d+)\s+(\d+)/m.exec(status)
    if (ids === null) continue
    if ([ids[1], ids[2], ids[3]].some((id) => Number(id) === uid)) pids.push(Number(entry))
  }
  return pids
}

/**
 * SIGKILL to every process of the user, round after round, until none runs (a process that
 * forks while it is being killed leaves a child for the next round). A root orchestrator
 * signals them itself; through sudo, the user signals all of its own processes at once
 * (`kill -1`). Throws when some survive: the next stage must not start beside them.
 */
export async function stopUserProcesses(user: AgentUser, mode: SpawnMode): Promise<void> {
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const pids = listUserProcesses(user.uid)
    if (pids.length === 0) return
    if (mode === 'uid') {
      for (const pid of pids) {
        try {
          process.kill(pid, 'SIGKILL')
        } catch {
          // Gone between the scan and the signal.
        }
      }
    } else {
      const run = await runAsAgentUser(user, mode, '/bin/sh', ['-c', 'kill -KILL -1'], {
        env: helperEnv()
      })
      assertRanAsAgentUser(run, 'stop the processes')
    }
    await delay(round < 10 ? 5 : 25)
  }
  const left = listUserProcesses(user.uid)
  if (left.length > 0)
    throw new Error(
      `processes of agent user ${user.name} survive SIGKILL (pids ${left.slice(0, 10).join(', ')})`
    )
}
