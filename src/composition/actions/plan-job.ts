import { resolve } from 'node:path'
import * as core from '@actions/core'
import { readPlaybookSource } from '../../adapters/playbook-file.js'
import { readRunFacts } from '../../adapters/review-facts.js'
import type { PlanInputs } from '../../actions/plan/inputs.js'
import { renderPlanSummary } from '../../core/gha/plan-summary.js'
import { escapeMarkdownText } from '../../core/gha/summary/markdown.js'
import { rowsOfPlan, rowsOfRun } from '../../core/gha/summary/run-sections.js'
import { normalizePlaybook } from '../../core/playbook/normalize.js'
import type { NormalizedPlan } from '../../core/schemas/normalized-plan.js'
import { nextItem } from '../../core/run/item-focus.js'
import type { RunState } from '../../core/schemas/run-state.js'
import { verifyRecordedGates } from './gate-records.js'
import { createGitHubApi } from './github.js'
import { readPlan } from './item-report.js'
import { openAgentTextRelay } from './job-log.js'
import type { JobOutput } from './job-output.js'
import { nextStepOf } from './next-step.js'
import { playbookDriftNote } from './playbook-drift-note.js'
import { restoreVerifiedRun } from './restore.js'
import { runnerContext } from './runner-context.js'

/**
 * The plan action's job: is the playbook valid (every problem annotated on its line), where
 * does the run stand (restored from the workflow run that holds it after its chain and run
 * branch were checked, its gate decisions re-checked against GitHub), has the playbook changed
 * since the run's snapshot, and which item runs next, if any.
 */

type Status = 'new' | 'continue' | 'done' | 'awaiting_human_gate' | 'blocked_external' | 'escalated'

export async function runPlanJob(inputs: PlanInputs, output: JobOutput): Promise<void> {
  const ctx = runnerContext()
  const token = inputs['github-token']
  if (token !== '') core.setSecret(token)
  const plan = await readValidPlaybook(resolve(ctx.workspace, inputs.playbook), inputs.playbook)

  if (inputs['run-id'] === '') {
    const first = [...plan.items].sort((a, b) => a.order - b.order)[0]
    await core.summary
      .addRaw(
        renderPlanSummary({
          runId: null,
          hop: inputs.hop === '' ? 0 : Number(inputs.hop),
          status: 'new',
          rows: rowsOfPlan(plan),
          next:
            first === undefined
              ? { kind: 'continue' }
              : { kind: 'run-item', itemId: first.item_id, why: 'the first item of a new run' },
          rest: 'the state artifact of the item job'
        }),
        true
      )
      .write()
    report({ runId: '', itemId: first?.item_id ?? '', status: 'new' }, output)
    return
  }
  if (inputs['state-run-id'] === '')
    throw new Error(
      'input state-run-id: a continued run needs the workflow run that holds its state'
    )
  const api = await createGitHubApi({ token, baseUrl: ctx.apiUrl, repository: ctx.repository })
  const restored = await restoreVerifiedRun({
    ctx,
    api,
    token,
    runId: inputs['run-id'],
    from: {
      kind: 'next-hop',
      stateRunId: Number(inputs['state-run-id']),
      hop: inputs.hop === '' ? undefined : Number(inputs.hop)
    },
    log: (line) => core.info(line)
  })
  const { run, state } = restored
  core.info(
    `restored ${restored.artifactName} from workflow run ${inputs['state-run-id']}: hop ${restored.hop}, chain and run branch checked against GitHub and origin`
  )
  const gates = await verifyRecordedGates({
    run,
    state,
    record: restored.record,
    starters: restored.starters,
    environment: inputs['gate-environment'] === '' ? undefined : inputs['gate-environment'],
    runBranchHead: restored.runBranchHead,
    api
  })
  // The records come from an artifact: their text is data in the log, not commands.
  const relay = openAgentTextRelay()
  for (const gate of gates)
    relay.line(
      `gate of item ${gate.item_id}: ${gate.decision} by ${gate.reviewer.login} in workflow run ${gate.workflow_run_id} (checked against GitHub)`
    )
  relay.close()
  const drift = await playbookDriftNote(
    run,
    resolve(ctx.workspace, inputs.playbook),
    inputs.playbook
  )
  const next = nextStep(state)
  if (drift !== undefined) core.warning(drift, { title: 'playbook changed', file: inputs.playbook })
  const facts = await readRunFacts(run, state)
  await core.summary
    .addRaw(
      renderPlanSummary({
        runId: run.runId,
        hop: restored.hop,
        status: next.status,
        rows: rowsOfRun(facts),
        items: facts.items,
        provenance: `Restored from workflow run ${inputs['state-run-id']} (${escapeMarkdownText(restored.artifactName)}); its chain, the run branch (\`${restored.runBranchHead}\`) and ${gates.length} recorded gate decision(s) were checked against GitHub and origin.`,
        ...(drift === undefined ? {} : { drift }),
        next: await nextStepOf({
          ctx,
          run,
          state,
          plan: await readPlan(run),
          record: restored.record,
          playbookPath: inputs.playbook,
          gateEnvironment: gateEnvironmentOf(inputs),
          hop: restored.hop,
          reviewers:
            (await api.environmentRules(gateEnvironmentOf(inputs)).catch(() => undefined))
              ?.reviewerNames ?? [],
          gateRunUrl: `${ctx.serverUrl}/${ctx.repository.owner}/${ctx.repository.repo}/actions/runs/${inputs['state-run-id']}`
        }),
        rest: `artifact ${restored.artifactName} of workflow run ${inputs['state-run-id']}`
      }),
      true
    )
    .write()
  report({ runId: run.runId, ...next }, output)
}

/** The playbook's plan; every warning and problem is annotated on its line, and a problem fails. */
async function readValidPlaybook(path: string, shownPath: string): Promise<NormalizedPlan> {
  const normalized = normalizePlaybook(await readPlaybookSource(path))
  for (const warning of normalized.warnings)
    core.warning(warning.message, {
      title: 'playbook',
      file: shownPath,
      startLine: warning.line,
      startColumn: warning.column
    })
  if (!normalized.ok) {
    for (const issue of normalized.issues)
      core.error(issue.message, {
        title: 'invalid playbook',
        file: shownPath,
        startLine: issue.line,
        startColumn: issue.column
      })
    throw new Error(`${shownPath}: invalid playbook (${normalized.issues.length} problems)`)
  }
  return normalized.plan
}

function nextStep(state: RunState): { itemId: string; status: Status } {
  const open = nextItem(state)
  if (open === undefined) return { itemId: '', status: 'done' }
  switch (open.terminal_state) {
    case 'awaiting_human_gate':
      return { itemId: '', status: 'awaiting_human_gate' }
    case 'escalated':
      return { itemId: '', status: 'escalated' }
    case 'blocked_external':
      return { itemId: open.item_id, status: 'blocked_external' }
    default:
      return { itemId: open.item_id, status: 'continue' }
  }
}

function report(
  result: { runId: string; itemId: string; status: Status },
  output: JobOutput
): void {
  output('run-id', result.runId)
  output('item-id', result.itemId)
  output('status', result.status)
  output('done', result.itemId === '' ? 'true' : 'false')
  core.info(
    `run ${result.runId || '(new)'}: ${result.status}${result.itemId === '' ? '' : `, next item ${result.itemId}`}`
  )
}

function gateEnvironmentOf(inputs: { readonly 'gate-environment': string }): string {
  return inputs['gate-environment'] === '' ? 'plan-orchestrator-gate' : inputs['gate-environment']
}
