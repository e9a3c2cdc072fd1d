import * as core from '@actions/core'
import { runPlanJob } from '../../composition/actions/plan-job.js'
import type { PlanInputs } from './inputs.js'

/**
 * The plan action: checks the playbook, restores and checks the run, and names the item that
 * runs next. The job is built and run by the composition root
 * (src/composition/actions/plan-job.ts); here its outputs go to the runner.
 */
export async function main(inputs: PlanInputs): Promise<void> {
  await runPlanJob(inputs, (name, value) => core.setOutput(name, value))
}
