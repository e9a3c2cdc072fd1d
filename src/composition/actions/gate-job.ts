import { dirname, join, resolve } from 'node:path'
import * as core from '@actions/core'
import { pushRunRefs } from '../../adapters/github/run-refs.js'
import { loadRunState, writeJson } from '../../adapters/run-store.js'
import type { GateInputs } from '../../actions/gate/inputs.js'
import { recordGateDecision } from '../../composition-root.js'
import { verifyGateReview } from '../../core/gha/gate-verification.js'
import { escapeMarkdownText } from '../../core/gha/summary/markdown.js'
import { GHA_GATE_FILE, type GhaGateRecord } from '../../core/schemas/gha.js'
import { isoSeconds } from '../../core/time.js'
import { createGitHubApi, uploadRunState } from './github.js'
import type { JobOutput } from './job-output.js'
import { publishStatement } from './provenance-output.js'
import { handOff, pullRequestApi } from './pull-request.js'
import { appendChainLink, restoreVerifiedRun } from './restore.js'
import { runnerContext } from './runner-context.js'

/**
 * The gate action's job, which GitHub starts only after a required reviewer acted on its
 * environment. The decision is read from GitHub's review record of this workflow run, never
 * from an input, and recorded with the reviewer's login, id and comment, bound to the
 * checkpoint this workflow run's item job produced. The state comes from this workflow run's
 * own artifacts, checked like any restore (restore.ts). Anything it cannot prove fails the job
 * and records nothing.
 */
export async function runGateJob(inputs: GateInputs, output: JobOutput): Promise<void> {
  const ctx = runnerContext()
  const token = inputs['github-token']
  if (token !== '') core.setSecret(token)
  const gitAuth = { token, serverUrl: ctx.serverUrl }
  const api = await createGitHubApi({ token, baseUrl: ctx.apiUrl, repository: ctx.repository })
  const restored = await restoreVerifiedRun({
    ctx,
    api,
    token,
    runId: inputs['run-id'],
    from: { kind: 'same-hop', itemId: inputs['item-id'] },
    log: (line) => core.info(line)
  })
  const { run, state } = restored
  const item = state.items.find((entry) => entry.item_id === inputs['item-id'])
  if (item?.terminal_state !== 'awaiting_human_gate' || item.checkpoint_ref === null)
    throw new Error(`item ${inputs['item-id']} of run ${run.runId} does not await a gate`)
  // The review on this workflow run approves what this run's item job produced, nothing else.
  const produced = restored.record.chain.find(
    (link) => link.workflow_run_id === ctx.runId && link.job === 'item'
  )
  if (produced?.checkpoint_ref !== item.checkpoint_ref)
    throw new Error(
      `gate not recorded: checkpoint ${item.checkpoint_ref} of item ${item.item_id} was not produced by the item job of this workflow run (${produced?.checkpoint_ref ?? 'no checkpoint'})`
    )

  const verdict = verifyGateReview({
    environment: inputs.environment,
    rules: await api.environmentRules(inputs.environment),
    reviews: await api.reviews(ctx.runId),
    starters: restored.starters
  })
  if (!verdict.ok) throw new Error(`gate not recorded: ${verdict.reason}`)

  const decided = await recordGateDecision({
    cwd: ctx.workspace,
    runId: run.runId,
    itemId: item.item_id,
    decision: verdict.decision,
    by: verdict.reviewer.login,
    note:
      verdict.comment.trim() === ''
        ? `${verdict.decision} in GitHub by ${verdict.reviewer.login} without a comment`
        : verdict.comment,
    evidencePaths: [],
    checkpoint: item.checkpoint_ref
  })
  const record: GhaGateRecord = {
    schema_version: 'plan_orchestrator.gha_gate.v1',
    run_id: run.runId,
    item_id: item.item_id,
    attempt_number: item.attempt_number,
    decision: verdict.decision,
    reviewer: verdict.reviewer,
    comment: verdict.comment,
    environment: inputs.environment,
    workflow_run_id: ctx.runId,
    workflow_run_attempt: ctx.runAttempt,
    checkpoint_ref: decided.checkpoint_ref,
    recorded_at_utc: isoSeconds(new Date())
  }
  const gatePath = item.latest_paths.manual_gate_path
  if (gatePath === null) throw new Error(`item ${item.item_id} has no gate record`)
  await writeJson(join(dirname(resolve(ctx.workspace, gatePath)), GHA_GATE_FILE), record)
  await appendChainLink(run, {
    workflow_run_id: ctx.runId,
    run_attempt: ctx.runAttempt,
    hop: restored.hop,
    job: 'gate',
    item_id: item.item_id,
    checkpoint_ref: decided.checkpoint_ref
  })
  await publishStatement(run, item.item_id)
  // Published with a lease before the state goes up: a gate that loses a race to publish
  // leaves the chain where it was.
  await pushRunRefs(
    ctx.workspace,
    run.runId,
    gitAuth,
    restored.runBranchHead,
    restored.attemptBranches
  )
  const artifact = await uploadRunState({
    workspace: ctx.workspace,
    runId: run.runId,
    stage: 'gate',
    attempt: ctx.runAttempt
  })

  output('decision', verdict.decision)
  output('reviewer', verdict.reviewer.login)
  output('state-artifact', artifact)
  // The body shows the decision, with reviewer and comment; an approval may complete the run.
  await handOff({
    api: await pullRequestApi(inputs['pull-request-token'], api, ctx),
    run,
    state: await loadRunState(run),
    mode: inputs['pull-request'],
    baseBranch: restored.record.ref,
    hop: restored.hop,
    runUrl: ctx.runUrl,
    artifactName: artifact
  })
  await core.summary
    .addHeading(`Gate of item ${item.item_id}: ${verdict.decision}`, 2)
    .addRaw(
      `Reviewed by ${escapeMarkdownText(verdict.reviewer.login)} (GitHub user ${verdict.reviewer.id}) in environment ${escapeMarkdownText(inputs.environment)}, checkpoint \`${decided.checkpoint_ref}\`.`,
      true
    )
    .addRaw(verdict.comment === '' ? '' : `\n> ${escapeMarkdownText(verdict.comment)}\n`, true)
    .write()
  const after = await loadRunState(run)
  core.info(`run ${run.runId} is now at ${after.current_state}`)
}
