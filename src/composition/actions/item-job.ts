import { randomBytes } from 'node:crypto'
import * as core from '@actions/core'
import { ensureCommitIdentity } from '../../adapters/github/run-refs.js'
import { loadRunState } from '../../adapters/run-store.js'
import type { ItemInputs } from '../../actions/item/inputs.js'
import { formatRunId, runLayout } from '../../core/run/layout.js'
import type { RunState } from '../../core/schemas/run-state.js'
import { oneLine } from '../../core/text/one-line.js'
import { costOutput } from '../../core/usage/format.js'
import { itemUsageSummary } from '../../core/usage/summary.js'
import { evidenceDirectory } from '../evidence.js'
import { createGitHubApi } from './github.js'
import { itemAgentSetup } from './item-agent-setup.js'
import { type HopStart, continueHop, startHop } from './item-hop.js'
import { itemAgentUser } from './item-isolation.js'
import { type HopPublication, publishItemHop } from './item-publication.js'
import { publishItemReport } from './item-report.js'
import { type ItemOutcome, superviseItem } from './item-supervision.js'
import type { JobOutput } from './job-output.js'
import { handOff, pullRequestApi } from './pull-request.js'
import { readRunRecord } from './restore.js'
import { runnerContext } from './runner-context.js'

/**
 * The item action's job: one playbook item, under supervision. A new run starts here; a
 * continued run is restored first (item-hop.ts). Its branches are published with a lease, then
 * its state is uploaded, whatever the item's outcome (item-publication.ts); then the outputs,
 * the pull request hand-off and the job summary. Returns why the job fails, if it does.
 */
export async function runItemJob(
  inputs: ItemInputs,
  output: JobOutput
): Promise<{ readonly failure?: string }> {
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
  const givenHop = inputs.hop === '' ? undefined : Number(inputs.hop)
  const api = await createGitHubApi({ token, baseUrl: ctx.apiUrl, repository: ctx.repository })
  const agentUser = await itemAgentUser(inputs)

  const runId = continuing
    ? inputs['run-id']
    : formatRunId(new Date(), randomBytes(4).toString('hex'))
  const run = runLayout(ctx.workspace, runId)
  const start: HopStart = continuing
    ? await continueHop({ ctx, api, inputs, givenHop, token, run })
    : await startHop({ ctx, api, inputs, givenHop, runId })

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
  let outcome: ItemOutcome
  let published: HopPublication
  try {
    outcome = await superviseItem({
      ctx,
      inputs,
      run,
      continuing,
      agentUser,
      evidence,
      agentEnv: agentSetup.env
    })
  } finally {
    published = await publishItemHop({
      ctx,
      run,
      itemId: inputs['item-id'],
      push: inputs.push === 'true',
      token,
      start,
      output
    })
  }
  if (published.failure !== undefined) throw new Error(published.failure)

  const state = await loadRunState(run)
  const ran = state.items.find((entry) => entry.item_id === inputs['item-id'])
  if (ran === undefined) throw new Error(`run ${runId} has no item ${inputs['item-id']}`)

  output('run-id', runId)
  output('item-id', ran.item_id)
  output('terminal-state', ran.terminal_state)
  output('checkpoint', ran.checkpoint_ref ?? '')
  writeUsageOutputs(state, ran.item_id, output)
  const pull =
    inputs.push === 'true'
      ? await handOff({
          api: await pullRequestApi(inputs['pull-request-token'], api, ctx),
          run,
          state,
          mode: inputs['pull-request'],
          baseBranch: (await readRunRecord(run)).ref,
          hop: start.hop,
          runUrl: ctx.runUrl,
          artifactName: published.artifactName
        })
      : undefined
  await publishItemReport({
    ctx,
    run,
    state,
    itemId: ran.item_id,
    playbookPath: inputs.playbook,
    gateEnvironment: inputs['gate-environment'],
    artifactName: published.artifactName,
    hop: start.hop,
    ...(start.drift === undefined ? {} : { drift: start.drift }),
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
    return { failure: `item ${ran.item_id} escalated: ${oneLine(ran.terminal_summary ?? '')}` }
  if (ran.terminal_state === 'none')
    return { failure: `item ${ran.item_id} did not run: ${oneLine(outcome.reason)}` }
  return {}
}

/** `tokens`, `cost-usd` (this item, every attempt), the run's, and the whole usage as JSON. */
function writeUsageOutputs(state: RunState, itemId: string, output: JobOutput): void {
  const usage = itemUsageSummary(state, itemId)
  output('tokens', String(usage.item.totals.total_tokens))
  output('cost-usd', costOutput(usage.item.totals))
  output('run-tokens', String(usage.run.total_tokens))
  output('run-cost-usd', costOutput(usage.run))
  output('usage', JSON.stringify(usage))
}
