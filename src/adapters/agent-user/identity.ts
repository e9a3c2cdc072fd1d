import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { promisify } from 'node:util'

/**
 * The dedicated OS user agents and verification commands run as (docs/security.md). It is
 * looked up once per process, through the system's user database (`getent`, so LDAP and the
 * like count), and refused when running as it would isolate nothing.
 */

export interface AgentUser {
  readonly name: string
  readonly uid: number
  readonly gid: number
  readonly home: string
  /** Every group the user is in, its primary group included. */
  readonly groups: readonly number[]
  /** The name of its primary group (for messages). */
  readonly groupName: string
}

/** What the orchestrator itself runs as. */
export interface OrchestratorIdentity {
  readonly uid: number
  readonly gid: number
}

export function orchestratorIdentity(): OrchestratorIdentity {
  return { uid: process.getuid?.() ?? -1, gid: process.getgid?.() ?? -1 }
}

const run = promisify(execFile)

/** The user's passwd entry and groups, or undefined when there is no such user. */
export async function lookupAgentUser(name: string): Promise<AgentUser | undefined> {
  const entry = await passwdEntry(name)
  if (entry === undefined) return undefined
  const [, , uid, gid, , home] = entry.split(':')
  const user = {
    name,
    uid: Number(uid),
    gid: Number(gid),
    home: home ?? '/'
  }
  if (!Number.isInteger(user.uid) || !Number.isInteger(user.gid)) return undefined
  return { ...user, groups: await groupsOf(name, user.gid), groupName: await groupName(name) }
}

async function groupName(name: string): Promise<string> {
  try {
    return (await run('id', ['-gn', '--', name], { encoding: 'utf8' })).stdout.trim()
  } catch {
    return name
  }
}

async function passwdEntry(name: string): Promise<string | undefined> {
  try {
    const { stdout } = await run('getent', ['passwd', name], { encoding: 'utf8' })
    return stdout.split('\n').find((line) => line.startsWith(`${name}:`))
  } catch (error) {
    // getent exits 2 for "no such key"; anything else (no getent) falls back to the file.
    if ((error as { code?: unknown }).code === 2) return undefined
  }
  const passwd = await readFile('/etc/passwd', 'utf8').catch(() => '')
  return passwd.split('\n').find((line) => line.startsWith(`${name}:`))
}

async function groupsOf(name: string, primary: number): Promise<number[]> {
  try {
    const { stdout } = await run('id', ['-G', '--', name], { encoding: 'utf8' })
    const ids = stdout.trim().split(/\s+/).map(Number).filter(Number.isInteger)
    return [...new Set([primary, ...ids])]
  } catch {
    return [primary]
  }
}

/**
 * Why this user cannot be the agent user, one sentence each (empty when it can): it must
 * exist, and be neither root, nor in root's group, nor the orchestrator's own user or group
 * (any of those would hand the agent what isolation is meant to keep from it).
 */
export function agentUserProblems(
  name: string,
  user: AgentUser | undefined,
  self: OrchestratorIdentity
): string[] {
  const setUp = 'see docs/security.md for the runner set-up'
  if (process.platform !== 'linux')
    return [`agent user '${name}': running agents as another user needs Linux`]
  if (user === undefined)
    return [
      `agent user '${name}' does not exist; create a dedicated user for the agents (useradd --create-home --shell /bin/bash ${name}; ${setUp})`
    ]
  const problems: string[] = []
  if (user.uid === 0)
    problems.push(`agent user '${name}' is root (uid 0); it must be a dedicated unprivileged user`)
  else if (user.uid === self.uid)
    problems.push(
      `agent user '${name}' is the user plan-orchestrator runs as; the agents need a user of their own (${setUp})`
    )
  if (user.groups.includes(0))
    problems.push(`agent user '${name}' is in group 0 (root); remove it from that group`)
  else if (self.uid !== 0 && user.groups.includes(self.gid))
    problems.push(
      `agent user '${name}' is in the orchestrator's group (gid ${self.gid}); it could read files that group may read — remove it from that group`
    )
  return problems
}
