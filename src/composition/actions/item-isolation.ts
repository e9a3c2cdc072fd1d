import * as core from '@actions/core'
import type { ItemInputs } from '../../actions/item/inputs.js'

/** Why a job without an agent user is refused, and how to set one up (one line). */
export const AGENT_USER_REQUIRED =
  'input agent-user: agents codex-claude must run as a dedicated unprivileged OS user, or they could read ' +
  "this job's tokens from the runner's processes; create one on the runner (useradd --create-home plan-agent) " +
  'and set agent-user: plan-agent (the runner set-up is in docs/security.md), or set agent-isolation: none ' +
  "to run them as the runner's own user anyway"

/** On every summary of a job whose agents ran without an agent user. */
export const NO_ISOLATION_WARNING =
  "> [!WARNING]\n> **Agent isolation is off.** The agents and verification commands of this job ran as the runner's own user: " +
  "they could read this job's tokens (the github-token input, ACTIONS_RUNTIME_TOKEN) from the runner's processes " +
  "and write the runner's files. Set the agent-user input to a dedicated OS user (see docs/security.md).\n\n"

/**
 * The OS user the item's agents run as (undefined: the runner's own user), once the inputs
 * agree on it. A job without one says so on its summary before anything else can fail.
 */
export async function itemAgentUser(inputs: ItemInputs): Promise<string | undefined> {
  const agentUser = inputs['agent-user'] === '' ? undefined : inputs['agent-user']
  if (inputs['agent-isolation'] === 'none' && agentUser !== undefined)
    throw new Error(
      'input agent-user: agent-isolation none runs the agents as the runner user; leave agent-user empty, or drop agent-isolation: none'
    )
  if (
    agentUser === undefined &&
    inputs.agents === 'codex-claude' &&
    inputs['agent-isolation'] === 'user'
  )
    throw new Error(AGENT_USER_REQUIRED)
  if (agentUser === undefined) {
    // Before anything can fail: the warning is on the summary whatever happens next.
    core.warning(
      "agent isolation is off: this job's agents run as the runner's own user (see docs/security.md)"
    )
    await core.summary.addRaw(NO_ISOLATION_WARNING).write()
  }
  return agentUser
}
