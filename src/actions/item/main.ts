import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { realpath } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as core from '@actions/core'
import { ensureCommitIdentity, pushRunRefs } from '../../adapters/github/run-refs.js'
import { withoutJobSecrets } from '../../adapters/child-env.js'
import { loadRunState, writeJson } from '../../adapters/run-store.js'
import { evidenceDirectory } from '../../composition/evidence.js'
import { BUDGET_OPTIONS } from '../../core/policy/runtime-policy.js'
import { BUDGET_FLAGS } from '../../core/usage/budget.js'
import { costOutput } from '../../core/usage/format.js'
import { itemUsageSummary } from '../../core/usage/summary.js'
import { formatRunId, runLayout } from '../../core/run/layout.js'
import { GHA_RUN_FILE, type GhaRunRecord } from '../../core/schemas/gha.js'
import type { RunState } from '../../core/schemas/run-state.js'
import { DEFAULT_FRESHNESS } from '../../core/supervision/claims.js'
import { oneLine } from '../../core/text/one-line.js'
import { isoSeconds } from '../../core/time.js'
import { supervise } from '../../composition/supervise.js'
import { runnerContext } from '../context.js'
import { createGitHubApi, uploadDiagnostics, uploadRunState } from '../github.js'
import { publishItemReport } from '../item-report.js'
import { publishStatement } from '../provenance-output.js'
import { playbookDriftNote } from '../playbook-drift-note.js'
import { handOff, pullRequestApi } from '../pull-request.js'
import {
  appendChainLink,
  readRunRecord,
  currentWorkflowRun,
  restoreVerifiedRun,
  settleLastLink
} from '../restore.js'
import { openAgentTextRelay } from '../job-log.js'
import { itemAgentSetup } from './agent-setup.js'
import type { ItemInputs } from './inputs.js'

/**
 * The root action: one playbook item in this job, under supervision. A new run starts here;
 * a continued run is restored from the artifacts of the workflow run named in state-run-id
 * and the run branches on origin, and nothing else, after both were checked against GitHub's
 * record (restore.ts). Its branches are published with a lease, then its state is uploaded,
 * whatever the item's outcome.
 */

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

export async function main(inputs: ItemInputs): Promise<void> {
  const ctx = runnerContext()
  const token = inputs['github-token']
  if (token !== '') core.setSecret(token)
  const gitAuth = { token, serverUrl: ctx.serverUrl }
  const continuing = inputs['run-id'] !== ''
  if (continuing && inputs['state-run-id'] === '')
    throw new Error(
      'input state-run-id: a continued run needs the workflow run that holds its state'
    )
  if (inputs.agents === 'scripted' && inputs.scenario === '')
    throw new Error('input scenario: agents scripted needs a scenario file')
  const givenHop = inputs.hop === '' ? undefined : Number(inputs.hop)
  const api = await createGitHubApi({ token, baseUrl: ctx.apiUrl, repository: ctx.repository })
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
  let hop: number
  /** origin's run branch when this job started: the lease of its push (null: none yet). */
  let lease: string | null
  /** origin's attempt branches of the run when this job started. */
  let knownAttemptBranches: readonly string[] = []
  let drift: string | undefined
  let newRecord: GhaRunRecord | undefined
  if (continuing) {
    const restored = await restoreVerifiedRun({
      ctx,
      api,
      token,
      runId,
      from: { kind: 'next-hop', stateRunId: Number(inputs['state-run-id']), hop: givenHop },
      log: (line) => core.info(line)
    })
    core.info(
      `restored ${restored.artifactName} from workflow run ${inputs['state-run-id']}: hop ${restored.hop}, chain and run branch checked against GitHub and origin`
    )
    hop = restored.hop
    lease = restored.runBranchHead
    knownAttemptBranches = restored.attemptBranches
    drift = await playbookDriftNote(
      restored.run,
      resolve(ctx.workspace, inputs.playbook),
      inputs.playbook
    )
    await appendChainLink(run, {
      workflow_run_id: ctx.runId,
      run_attempt: ctx.runAttempt,
      hop,
      job: 'item',
      item_id: inputs['item-id'],
      checkpoint_ref: null
    })
  } else {
    const current = await currentWorkflowRun(ctx, api)
    const requester = current.triggeringActor ?? current.actor
    if (requester === null)
      throw new Error(
        `GitHub records no actor for workflow run ${ctx.runId}: who started the run is unknown`
      )
    hop = givenHop ?? 0
    lease = null
    newRecord = {
      schema_version: 'plan_orchestrator.gha_run.v2',
      run_id: runId,
      repository: `${ctx.repository.owner}/${ctx.repository.repo}`,
      workflow_path: current.path,
      ref: current.headBranch as string,
      requester,
      started_in_workflow_run: ctx.runId,
      recorded_at_utc: isoSeconds(new Date()),
      chain: [
        {
          workflow_run_id: ctx.runId,
          run_attempt: ctx.runAttempt,
          hop,
          job: 'item',
          item_id: inputs['item-id'],
          checkpoint_ref: null,
          recorded_at_utc: isoSeconds(new Date())
        }
      ]
    }
  }

  // Evidence comes from this checkout only, never through a committed link to the runner's
  // files (~/.ssh, /etc), and is held to the run's size limit before anything runs.
  const evidence = await evidenceDirectory(
    ctx.workspace,
    inputs['evidence-path'] === '' ? undefined : inputs['evidence-path'],
    {
      insideRepository: ctx.workspace,
      ...(continuing ? { options: (await loadRunState(run)).options } : {})
    }
  )

  // The agent CLIs (tool cache) and the runtime-policy inputs, checked before the kernel starts.
  const agentSetup = await itemAgentSetup({ agents: inputs.agents, continuing, env: process.env })
  if (agentSetup.summary !== '') await core.summary.addRaw(agentSetup.summary).write()

  await ensureCommitIdentity(ctx.workspace)
  const abort = new AbortController()
  const onSignal = (signal: NodeJS.Signals): void => abort.abort(signal)
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  let outcome: Awaited<ReturnType<typeof supervise>> | undefined
  let artifactName = ''
  let publishFailure: string | undefined
  // Whatever the kernel, the supervisor or an agent wrote reaches the job log as text only.
  const relay = openAgentTextRelay()
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
        ...budgetFlags(inputs),
        // Explicit either way: a user recorded by an earlier hop is not this runner's choice.
        ...(agentUser === undefined ? ['--no-agent-user'] : ['--agent-user', agentUser])
      ],
      autoAdvance: false,
      ...(evidence === undefined ? {} : { explicitEvidenceDir: await realpath(evidence) }),
      policy: DEFAULT_FRESHNESS,
      maxAutoResumes: Number(inputs['max-auto-resume-attempts']),
      maxWaitSeconds: 0,
      kernel: { command: process.execPath, args: [kernelBundle()] },
      env: { ...withoutJobSecrets(process.env), ...agentSetup.env },
      log: relay.line,
      kernelLog: relay.line,
      abort: abort.signal
    })
    if (outcome.outcome === 'kernel_failed') throw new Error(oneLine(outcome.reason))
  } finally {
    relay.close()
    process.removeListener('SIGINT', onSignal)
    process.removeListener('SIGTERM', onSignal)
    // Whatever happened, what the run saved goes on (a failed hop is diagnosed and resumed
    // from it), but only after its branches are published: a hop that loses the race to
    // publish must not advance the chain.
    if (existsSync(run.runStatePath)) {
      if (newRecord !== undefined) await writeJson(join(run.controlDir, GHA_RUN_FILE), newRecord)
      const saved = await loadRunState(run)
      const ranItem = saved.items.find((entry) => entry.item_id === inputs['item-id'])
      await settleLastLink(run, ranItem?.checkpoint_ref ?? null)
      await publishStatement(run, inputs['item-id'])
      if (inputs.push === 'true') {
        try {
          await pushRunRefs(ctx.workspace, runId, gitAuth, lease, knownAttemptBranches)
        } catch (error) {
          const diagnostics = await uploadDiagnostics({
            workspace: ctx.workspace,
            runId,
            attempt: ctx.runAttempt
          }).catch(() => '(upload failed)')
          publishFailure = `${error instanceof Error ? error.message : String(error)}; this job's files are in the artifact ${diagnostics}, which no hop restores`
          core.error(publishFailure)
        }
      }
      if (publishFailure === undefined) {
        artifactName = await uploadRunState({
          workspace: ctx.workspace,
          runId,
          stage: 'item',
          attempt: ctx.runAttempt
        })
        core.setOutput('state-artifact', artifactName)
      }
    }
  }
  if (publishFailure !== undefined) throw new Error(publishFailure)

  const state = await loadRunState(run)
  const ran = state.items.find((entry) => entry.item_id === inputs['item-id'])
  if (ran === undefined) throw new Error(`run ${runId} has no item ${inputs['item-id']}`)

  core.setOutput('run-id', runId)
  core.setOutput('item-id', ran.item_id)
  core.setOutput('terminal-state', ran.terminal_state)
  core.setOutput('checkpoint', ran.checkpoint_ref ?? '')
  setUsageOutputs(state, ran.item_id)
  const pull =
    inputs.push === 'true'
      ? await handOff({
          api: await pullRequestApi(inputs['pull-request-token'], api, ctx),
          run,
          state,
          mode: inputs['pull-request'],
          baseBranch: (await readRunRecord(run)).ref,
          hop,
          runUrl: ctx.runUrl,
          artifactName
        })
      : undefined
  await publishItemReport({
    ctx,
    run,
    state,
    itemId: ran.item_id,
    playbookPath: inputs.playbook,
    gateEnvironment: inputs['gate-environment'],
    artifactName,
    hop,
    ...(drift === undefined ? {} : { drift }),
    ...(pull === undefined ? {} : { pullRequestUrl: pull.url }),
    ...(ran.terminal_state === 'awaiting_human_gate'
      ? {
          reviewers:
            (await api.environmentRules(inputs['gate-environment']).catch(() => undefined))
              ?.reviewerNames ?? []
        }
      : {})
  })
  // A stop that needs attention fails the job; a requested item that could not run (another
  // item's gate is pending, say) is one too: nothing ran, and the job must not look green.
  if (ran.terminal_state === 'escalated')
    core.setFailed(`item ${ran.item_id} escalated: ${oneLine(ran.terminal_summary ?? '')}`)
  else if (ran.terminal_state === 'none')
    core.setFailed(`item ${ran.item_id} did not run: ${oneLine(outcome?.reason ?? 'no outcome')}`)
}

/** The budget inputs given, as the kernel's flags; an empty one leaves the recorded limit. */
function budgetFlags(inputs: Readonly<Record<string, string>>): string[] {
  return BUDGET_OPTIONS.flatMap((name) => {
    const given = (inputs[`${BUDGET_FLAGS[name].slice(2)}`] ?? '').trim()
    return given === '' ? [] : [BUDGET_FLAGS[name], given]
  })
}

/** `tokens`, `cost-usd` (this item, every attempt), the run's, and the whole usage as JSON. */
function setUsageOutputs(state: RunState, itemId: string): void {
  const usage = itemUsageSummary(state, itemId)
  core.setOutput('tokens', String(usage.item.totals.total_tokens))
  core.setOutput('cost-usd', costOutput(usage.item.totals))
  core.setOutput('run-tokens', String(usage.run.total_tokens))
  core.setOutput('run-cost-usd', costOutput(usage.run))
  core.setOutput('usage', JSON.stringify(usage))
}

/** The CLI bundle beside this action's bundle: the kernel runs as its own process. */
function kernelBundle(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', 'cli', 'index.js')
}
