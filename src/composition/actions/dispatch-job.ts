import * as core from '@actions/core'
import type { DispatchActionInputs } from '../../actions/dispatch/inputs.js'
import { DispatchInputsSchema, nextHop } from '../../core/gha/dispatch-inputs.js'
import { createGitHubApi } from './github.js'
import type { JobOutput } from './job-output.js'
import { runnerContext } from './runner-context.js'

/**
 * The dispatch action's job: starts the next hop of the run with workflow_dispatch. It
 * carries only pointers (playbook, run, the workflow run holding the state, hop, evidence
 * path); whatever a later hop believes about a gate it reads back from GitHub.
 */
export async function runDispatchJob(
  inputs: DispatchActionInputs,
  output: JobOutput
): Promise<void> {
  const ctx = runnerContext()
  core.setSecret(inputs['github-token'])
  const next = nextHop(Number(inputs.hop), Number(inputs['max-hops']))
  if (!next.ok) throw new Error(next.reason)
  const carried = DispatchInputsSchema.safeParse({
    playbook: inputs.playbook,
    run_id: inputs['run-id'],
    state_run_id: inputs['state-run-id'],
    hop: next.hop,
    evidence_path: inputs['evidence-path']
  })
  if (!carried.success)
    throw new Error(
      carried.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')
    )
  const api = await createGitHubApi({
    token: inputs['github-token'],
    baseUrl: ctx.apiUrl,
    repository: ctx.repository
  })
  // The workflow's inputs are kebab-case, like the actions'.
  const dispatched = await api.dispatch({
    workflow: inputs.workflow,
    ref: inputs.ref,
    inputs: {
      playbook: carried.data.playbook,
      'run-id': carried.data.run_id,
      'state-run-id': carried.data.state_run_id,
      hop: String(carried.data.hop),
      ...(carried.data.evidence_path === undefined
        ? {}
        : { 'evidence-path': carried.data.evidence_path })
    }
  })
  output(
    'workflow-run-id',
    dispatched.workflowRunId === null ? '' : String(dispatched.workflowRunId)
  )
  output('html-url', dispatched.htmlUrl ?? '')
  core.info(
    dispatched.workflowRunId === null
      ? `dispatched hop ${next.hop} of run ${carried.data.run_id} (GitHub did not return the new run's id)`
      : `dispatched hop ${next.hop} of run ${carried.data.run_id}: ${dispatched.htmlUrl ?? dispatched.workflowRunId}`
  )
}
