import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as core from '@actions/core'
import { z } from 'zod'
import { ensureCommitIdentity, fetchRunRefs, pushRunRefs } from '../../adapters/github/run-refs.js'
import { downloadRunState, uploadRunState } from '../../adapters/github/state-artifacts.js'
import { loadRunState, writeJson } from '../../adapters/run-store.js'
import { AGENT_USER_PATTERN } from '../../core/policy/runtime-policy.js'
import { formatRunId, runLayout } from '../../core/run/layout.js'
import { GHA_RUN_FILE, type GhaRunRecord } from '../../core/schemas/gha.js'
import { RUN_ID_PATTERN } from '../../core/schemas/run-state.js'
import { ITEM_ID_PATTERN } from '../../core/schemas/vocabulary.js'
import { DEFAULT_FRESHNESS } from '../../core/supervision/claims.js'
import { isoSeconds } from '../../core/time.js'
import { supervise } from '../../supervision/supervisor.js'
import { readInputs, runnerContext } from '../context.js'
import { repoPath } from '../inputs.js'
import { publishItemReport } from '../item-report.js'

/**
 * The root action: one playbook item in this job, under supervision. A new run starts here;
 * a continued run is restored from the artifacts of the workflow run named in state-run-id
 * and the run branches on origin, and nothing else. Its state is uploaded whatever happens.
 */

const InputsSchema = z.object({
  playbook: repoPath,
  'run-id': z.union([z.literal(''), z.string().regex(RUN_ID_PATTERN)]),
  'item-id': z.string().regex(ITEM_ID_PATTERN),
  'state-run-id': z.union([z.literal(''), z.string().regex(/^\d+$/)]),
  'evidence-path': z.union([z.literal(''), repoPath]),
  agents: z.enum(['codex-claude', 'scripted']),
  scenario: z.union([z.literal(''), repoPath]),
  'max-auto-resume-attempts': z.string().regex(/^\d+$/),
  push: z.enum(['true', 'false']),
  'gate-environment': z.string().min(1),
  'github-token': z.string(),
  'agent-user': z.union([
    z.literal(''),
    z.string().regex(AGENT_USER_PATTERN, 'must be an OS user name (letters, digits, _ . -)')
  ]),
  'agent-isolation': z.enum(['user', 'none'])
})

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

export async function main(): Promise<void> {
  const inputs = readInputs(InputsSchema)
  const ctx = runnerContext()
  const token = inputs['github-token']
  if (token !== '') core.setSecret(token)
  const continuing = inputs['run-id'] !== ''
  if (continuing && inputs['state-run-id'] === '')
    throw new Error(
      'input state-run-id: a continued run needs the workflow run that holds its state'
    )
  if (inputs.agents === 'scripted' && inputs.scenario === '')
    throw new Error('input scenario: agents scripted needs a scenario file')
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

  const runId = continuing
    ? inputs['run-id']
    : formatRunId(new Date(), randomBytes(4).toString('hex'))
  const run = runLayout(ctx.workspace, runId)
  if (continuing) {
    const restored = await downloadRunState({
      workspace: ctx.workspace,
      runId,
      source: {
        workflowRunId: Number(inputs['state-run-id']),
        token,
        repository: ctx.repository
      }
    })
    core.info(`restored ${restored} from workflow run ${inputs['state-run-id']}`)
    await fetchRunRefs(ctx.workspace, runId, token)
  } else if (ctx.actor === undefined) {
    throw new Error('GITHUB_ACTOR and GITHUB_ACTOR_ID are needed to record who started the run')
  }

  await ensureCommitIdentity(ctx.workspace)
  const abort = new AbortController()
  const onSignal = (signal: NodeJS.Signals): void => abort.abort(signal)
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  let outcome: Awaited<ReturnType<typeof supervise>> | undefined
  let artifactName = ''
  try {
    outcome = await supervise({
      run,
      mode: continuing ? 'resume' : 'run',
      ...(continuing
        ? {}
        : {
            runArgs: [
              '--playbook',
              resolve(ctx.workspace, inputs.playbook),
              '--item',
              inputs['item-id']
            ]
          }),
      workArgs: [
        '--agents',
        inputs.agents,
        ...(inputs.scenario === '' ? [] : ['--scenario', resolve(ctx.workspace, inputs.scenario)]),
        // Explicit either way: a user recorded by an earlier hop is not this runner's choice.
        ...(agentUser === undefined ? ['--no-agent-user'] : ['--agent-user', agentUser])
      ],
      autoAdvance: false,
      ...(inputs['evidence-path'] === ''
        ? {}
        : { explicitEvidenceDir: resolve(ctx.workspace, inputs['evidence-path']) }),
      policy: DEFAULT_FRESHNESS,
      maxAutoResumes: Number(inputs['max-auto-resume-attempts']),
      maxWaitSeconds: 0,
      kernel: { command: process.execPath, args: [kernelBundle()] },
      env: process.env,
      log: (line) => core.info(line),
      kernelLog: (line) => core.info(line),
      abort: abort.signal
    })
    if (outcome.outcome === 'kernel_failed') throw new Error(outcome.reason)
    if (!continuing && ctx.actor !== undefined) {
      const record: GhaRunRecord = {
        schema_version: 'plan_orchestrator.gha_run.v1',
        run_id: runId,
        requester: ctx.actor,
        started_in_workflow_run: ctx.runId,
        repository: `${ctx.repository.owner}/${ctx.repository.repo}`,
        recorded_at_utc: isoSeconds(new Date())
      }
      await writeJson(join(run.controlDir, GHA_RUN_FILE), record)
    }
  } finally {
    process.removeListener('SIGINT', onSignal)
    process.removeListener('SIGTERM', onSignal)
    // Whatever happened, what the run saved goes on: a failed hop is diagnosed from it.
    if (existsSync(run.runStatePath)) {
      artifactName = await uploadRunState({ workspace: ctx.workspace, runId, stage: 'item' })
      core.setOutput('state-artifact', artifactName)
    }
  }

  const state = await loadRunState(run)
  const ran = state.items.find((entry) => entry.item_id === inputs['item-id'])
  if (ran === undefined) throw new Error(`run ${runId} has no item ${inputs['item-id']}`)
  if (inputs.push === 'true') await pushRunRefs(ctx.workspace, runId, token)

  core.setOutput('run-id', runId)
  core.setOutput('item-id', ran.item_id)
  core.setOutput('terminal-state', ran.terminal_state)
  core.setOutput('checkpoint', ran.checkpoint_ref ?? '')
  await publishItemReport({
    ctx,
    run,
    state,
    itemId: ran.item_id,
    playbookPath: inputs.playbook,
    gateEnvironment: inputs['gate-environment'],
    artifactName
  })
  // A stop that needs attention fails the job; a requested item that could not run (another
  // item's gate is pending, say) is one too: nothing ran, and the job must not look green.
  if (ran.terminal_state === 'escalated')
    core.setFailed(`item ${ran.item_id} escalated: ${ran.terminal_summary ?? ''}`)
  else if (ran.terminal_state === 'none')
    core.setFailed(`item ${ran.item_id} did not run: ${outcome?.reason ?? 'no outcome'}`)
}

/** The CLI bundle beside this action's bundle: the kernel runs as its own process. */
function kernelBundle(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', 'cli', 'index.js')
}
