import * as core from '@actions/core'
import { runGateJob } from '../../composition/actions/gate-job.js'
import type { GateInputs } from './inputs.js'

/**
 * The gate action: records the decision a required reviewer made on the gate environment,
 * as GitHub's review record of this workflow run has it. The job is built and run by the
 * composition root (src/composition/actions/gate-job.ts); here its outputs go to the runner.
 */
export async function main(inputs: GateInputs): Promise<void> {
  await runGateJob(inputs, (name, value) => core.setOutput(name, value))
}
