import * as core from '@actions/core'
import { delimiter } from 'node:path'
import { ACTION_POLICY_INPUTS, ACTION_POLICY_VARIABLE } from '../../core/policy/runtime-policy.js'
import { type AgentTool, describeAgentClis, prepareAgentClis } from './agent-clis.js'

/**
 * What the item action adds to its kernel's environment for the agents: the agent CLIs from
 * the tool cache first on PATH, and the runtime-policy inputs (codex-model, …) for the kernel
 * to record with the source `action` (docs/github-action.md). Before the kernel starts, so a
 * refused version or a bad input fails the job with one line and no run.
 */
export async function itemAgentSetup(input: {
  readonly agents: 'codex-claude' | 'scripted'
  readonly continuing: boolean
  readonly env: Readonly<Record<string, string | undefined>>
}): Promise<{ env: Record<string, string>; summary: string }> {
  const policy = givenPolicyInputs()
  const env: Record<string, string> = {}
  if (Object.keys(policy).length > 0) {
    // A run keeps the policy it was created with: inputs of a later hop change nothing.
    if (input.continuing)
      core.notice(
        `inputs ${Object.keys(policy).join(', ')} apply to the run a job starts; this job continues a run, which keeps the runtime policy it recorded`
      )
    else env[ACTION_POLICY_VARIABLE] = JSON.stringify(policy)
  }
  if (input.agents !== 'codex-claude') return { env, summary: '' }
  const clis = await prepareAgentClis({
    install: booleanInput('install-agents', true),
    allowUntested: booleanInput('allow-untested-agents', false),
    versions: {
      codex: core.getInput('codex-version'),
      claude: core.getInput('claude-version')
    } satisfies Record<AgentTool, string>,
    env: input.env,
    log: (line) => core.info(line)
  })
  const ran = describeAgentClis(clis)
  core.info(`agent CLIs: ${ran}`)
  if (clis.pathDirs.length > 0)
    env['PATH'] = [...clis.pathDirs, input.env['PATH'] ?? ''].join(delimiter)
  return { env, summary: `**Agent CLIs:** ${ran}\n\n` }
}

/** The runtime-policy inputs the workflow set (a blank one is not set). */
function givenPolicyInputs(): Record<string, string> {
  return Object.fromEntries(
    Object.keys(ACTION_POLICY_INPUTS).flatMap((name) => {
      const value = core.getInput(name)
      return value === '' ? [] : [[name, value]]
    })
  )
}

function booleanInput(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim()
  if (value === '') return fallback
  if (value === 'true' || value === 'false') return value === 'true'
  throw new Error(`input ${name}: expected true or false, not ${value}`)
}
