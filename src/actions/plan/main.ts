import { resolve } from 'node:path'
import * as core from '@actions/core'
import { z } from 'zod'
import { createGitHubApi } from '../../adapters/github/github-api.js'
import { downloadRunState } from '../../adapters/github/state-artifacts.js'
import { readPlaybookSource } from '../../adapters/playbook-file.js'
import { loadRunState } from '../../adapters/run-store.js'
import { normalizePlaybook } from '../../core/playbook/normalize.js'
import { runLayout } from '../../core/run/layout.js'
import { RunIdSchema } from '../../core/run/run-id.js'
import { type RunState } from '../../core/schemas/run-state.js'
import { readInputs, runnerContext } from '../context.js'
import { verifyRecordedGates } from '../gate-records.js'
import { repoPath } from '../inputs.js'

/**
 * The plan job: is the playbook valid (every problem annotated on its line), where does the run
 * stand (restored from the workflow run that holds it, its gate decisions re-checked against
 * GitHub), and which item runs next, if any.
 */

const InputsSchema = z.object({
  playbook: repoPath,
  'run-id': z.union([z.literal(''), RunIdSchema]),
  'state-run-id': z.union([z.literal(''), z.string().regex(/^\d+$/)]),
  'github-token': z.string()
})

type Status = 'new' | 'continue' | 'done' | 'awaiting_human_gate' | 'blocked_external' | 'escalated'

export async function main(): Promise<void> {
  const inputs = readInputs(InputsSchema)
  const ctx = runnerContext()
  const token = inputs['github-token']
  if (token !== '') core.setSecret(token)

  const source = await readPlaybookSource(resolve(ctx.workspace, inputs.playbook))
  const normalized = normalizePlaybook(source)
  for (const warning of normalized.warnings)
    core.warning(warning.message, {
      title: 'playbook',
      file: inputs.playbook,
      startLine: warning.line,
      startColumn: warning.column
    })
  if (!normalized.ok) {
    for (const issue of normalized.issues)
      core.error(issue.message, {
        title: 'invalid playbook',
        file: inputs.playbook,
        startLine: issue.line,
        startColumn: issue.column
      })
    throw new Error(`${inputs.playbook}: invalid playbook (${normalized.issues.length} problems)`)
  }

  if (inputs['run-id'] === '') {
    const first = [...normalized.plan.items].sort((a, b) => a.order - b.order)[0]
    report({ runId: '', itemId: first?.item_id ?? '', status: 'new' })
    return
  }
  if (inputs['state-run-id'] === '')
    throw new Error(
      'input state-run-id: a continued run needs the workflow run that holds its state'
    )
  const run = runLayout(ctx.workspace, inputs['run-id'])
  await downloadRunState({
    workspace: ctx.workspace,
    runId: run.runId,
    source: { workflowRunId: Number(inputs['state-run-id']), token, repository: ctx.repository }
  })
  const state = await loadRunState(run)
  const api = createGitHubApi({ token, baseUrl: ctx.apiUrl, repository: ctx.repository })
  const gates = await verifyRecordedGates({ run, state, api })
  for (const gate of gates)
    core.info(
      `gate of item ${gate.item_id}: ${gate.decision} by ${gate.reviewer.login} in workflow run ${gate.workflow_run_id} (checked against GitHub)`
    )
  report({ runId: run.runId, ...nextStep(state) })
}

function nextStep(state: RunState): { itemId: string; status: Status } {
  const ordered = [...state.items].sort((a, b) => a.order - b.order)
  const open = ordered.find((item) => item.terminal_state !== 'passed')
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

function report(result: { runId: string; itemId: string; status: Status }): void {
  core.setOutput('run-id', result.runId)
  core.setOutput('item-id', result.itemId)
  core.setOutput('status', result.status)
  core.setOutput('done', result.itemId === '' ? 'true' : 'false')
  core.info(
    `run ${result.runId || '(new)'}: ${result.status}${result.itemId === '' ? '' : `, next item ${result.itemId}`}`
  )
}
