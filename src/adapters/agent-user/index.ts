import { type AgentIsolation, createAgentIsolation } from './isolation.js'
import { agentUserProblems, lookupAgentUser, orchestratorIdentity } from './identity.js'
import { probeAgentUser } from './preflight.js'
import { spawnModeFor } from './run-as.js'

export type { AgentIsolation } from './isolation.js'

export interface AgentUserCheck {
  readonly repoRoot: string
  /** The agents' executables (none for the scripted agent beyond the shell). */
  readonly executables: readonly string[]
  readonly env: Readonly<Record<string, string | undefined>>
}

export type AgentUserSetup =
  | { readonly ok: true; readonly isolation: AgentIsolation | undefined }
  | { readonly ok: false; readonly problems: readonly string[] }

/**
 * The agent user named by the runtime policy, looked up and probed once: an isolation to
 * run agents and verification with, or the problems that refuse the run (fail closed: a
 * named user that cannot be used never means "run as ourselves instead").
 */
export async function prepareAgentUser(
  name: string | null,
  check: AgentUserCheck
): Promise<AgentUserSetup> {
  if (name === null) return { ok: true, isolation: undefined }
  const self = orchestratorIdentity()
  const user = await lookupAgentUser(name)
  const problems = agentUserProblems(name, user, self)
  if (problems.length > 0 || user === undefined) return { ok: false, problems }
  const mode = spawnModeFor(self.uid)
  const probed = await probeAgentUser({
    user,
    mode,
    repoRoot: check.repoRoot,
    executables: check.executables,
    path: check.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    env: check.env
  })
  if (probed.length > 0) return { ok: false, problems: probed }
  return { ok: true, isolation: createAgentIsolation(user, mode, self) }
}
