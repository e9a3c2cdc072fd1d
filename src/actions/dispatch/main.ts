import * as core from '@actions/core'
import { runDispatchJob } from '../../composition/actions/dispatch-job.js'
import type { DispatchActionInputs } from './inputs.js'

/**
 * The dispatch action: starts the next hop of the run with workflow_dispatch. The job is
 * built and run by the composition root (src/composition/actions/dispatch-job.ts); here its
 * outputs go to the runner.
 */
export async function main(inputs: DispatchActionInputs): Promise<void> {
  await runDispatchJob(inputs, (name, value) => core.setOutput(name, value))
}
