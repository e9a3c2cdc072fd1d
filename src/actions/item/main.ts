import * as core from '@actions/core'
import { runItemJob } from '../../composition/actions/item-job.js'
import type { ItemInputs } from './inputs.js'

/**
 * The root action: one playbook item in this job, under supervision. The job is built and
 * run by the composition root (src/composition/actions/item-job.ts); here its outputs go to
 * the runner as the job reaches them, and a stop that needs attention fails the step.
 */
export async function main(inputs: ItemInputs): Promise<void> {
  const { failure } = await runItemJob(inputs, (name, value) => core.setOutput(name, value))
  if (failure !== undefined) core.setFailed(failure)
}
