import { realpath } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { withoutJobSecrets } from '../../adapters/child-env.js'
import type { ItemInputs } from '../../actions/item/inputs.js'
import { BUDGET_OPTIONS } from '../../core/policy/runtime-policy.js'
import type { RunLayout } from '../../core/run/layout.js'
import { DEFAULT_FRESHNESS } from '../../core/supervision/claims.js'
import { oneLine } from '../../core/text/one-line.js'
import { BUDGET_FLAGS } from '../../core/usage/budget.js'
import { supervise } from '../supervise.js'
import { openAgentTextRelay } from './job-log.js'
import type { RunnerContext } from './runner-context.js'

export type ItemOutcome = Awaited<ReturnType<typeof supervise>>

/**
 * The item job's kernel, run under the supervisor in this process: the kernel is the CLI
 * bundle in a process of its own, its argv built from the inputs, the job's tokens left out
 * of its environment. A signal to the job stops it; a kernel that failed fails the job.
 */
export async function superviseItem(input: {
  readonly ctx: RunnerContext
  readonly inputs: ItemInputs
  readonly run: RunLayout
  readonly continuing: boolean
  readonly agentUser: string | undefined
  readonly evidence: string | undefined
  readonly agentEnv: Readonly<Record<string, string>>
}): Promise<ItemOutcome> {
  const { ctx, inputs, agentUser, evidence } = input
  const abort = new AbortController()
  const onSignal = (signal: NodeJS.Signals): void => abort.abort(signal)
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  // Whatever the kernel, the supervisor or an agent wrote reaches the job log as text only.
  const relay = openAgentTextRelay()
  try {
    const outcome = await supervise({
      run: input.run,
      mode: input.continuing ? 'resume' : 'run',
      ...(input.continuing
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
      env: { ...withoutJobSecrets(process.env), ...input.agentEnv },
      log: relay.line,
      kernelLog: relay.line,
      abort: abort.signal
    })
    if (outcome.outcome === 'kernel_failed') throw new Error(oneLine(outcome.reason))
    return outcome
  } finally {
    relay.close()
    process.removeListener('SIGINT', onSignal)
    process.removeListener('SIGTERM', onSignal)
  }
}

/** The budget inputs given, as the kernel's flags; an empty one leaves the recorded limit. */
function budgetFlags(inputs: Readonly<Record<string, string>>): string[] {
  return BUDGET_OPTIONS.flatMap((name) => {
    const given = (inputs[`${BUDGET_FLAGS[name].slice(2)}`] ?? '').trim()
    return given === '' ? [] : [BUDGET_FLAGS[name], given]
  })
}

/**
 * The CLI bundle beside the actions' bundle: the kernel runs as its own process. This module
 * is bundled into a chunk of dist/actions/, so the CLI is at dist/cli/index.js.
 */
function kernelBundle(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', 'cli', 'index.js')
}
