import type { AgentFlags } from '../core/run/run-agents.js'
import type { ProgressSink } from '../kernel/ports.js'
import {
  BUDGET_OPTIONS,
  type BudgetOptionName,
  parseBudgetLimit
} from '../core/policy/runtime-policy.js'
import { BUDGET_FLAGS } from '../core/usage/budget.js'
import { UsageError } from '../errors.js'
import type { CliIo } from './io.js'
import type { WorkOptions } from './work-flags.js'
import { progressSink } from './progress.js'

export type { WorkOptions } from './work-flags.js'

const BUDGET_FLAG_KEYS: Readonly<
  Record<BudgetOptionName, 'maxCostUsdPerItem' | 'maxCostUsdPerRun' | 'maxTokensPerItem'>
> = {
  max_cost_usd_per_item: 'maxCostUsdPerItem',
  max_cost_usd_per_run: 'maxCostUsdPerRun',
  max_tokens_per_item: 'maxTokensPerItem'
}

/** The budget flags given, as runtime-policy values (null: `none`); a bad value is refused. */
export function readBudgetFlags(
  options: WorkOptions
): Partial<Record<BudgetOptionName, number | null>> {
  const limits: Partial<Record<BudgetOptionName, number | null>> = {}
  for (const name of BUDGET_OPTIONS) {
    const given = options[BUDGET_FLAG_KEYS[name]]
    if (given === undefined) continue
    const value = parseBudgetLimit(name, given)
    if (typeof value === 'string') throw new UsageError(`${BUDGET_FLAGS[name]} ${given}: ${value}`)
    limits[name] = value
  }
  return limits
}

/** A run's policy from the command line with the budget flags added to it. */
export function withBudgetFlags<T extends { cli: Record<string, unknown> }>(
  selection: T,
  options: WorkOptions
): T {
  return { ...selection, cli: { ...selection.cli, ...readBudgetFlags(options) } }
}

/** The budget flags as given, to pass on to a kernel started by a supervisor. */
export function budgetArgs(options: WorkOptions): string[] {
  return BUDGET_OPTIONS.flatMap((name) => {
    const given = options[BUDGET_FLAG_KEYS[name]]
    return given === undefined ? [] : [BUDGET_FLAGS[name], given]
  })
}

export function readWorkOptions(
  io: CliIo,
  options: WorkOptions
): {
  /** As given; the command decides what is not (new run: codex-claude; resume: the record). */
  agents: AgentFlags
  progress: ProgressSink
  /** undefined: neither flag; null: --no-agent-user. */
  agentUser: string | null | undefined
  warn: (line: string) => void
} {
  if (options.agents === 'codex-claude' && options.scenario !== undefined)
    throw new UsageError(
      '--scenario is played by the scripted agent: give it with --agents scripted'
    )
  return {
    agents: {
      ...(options.agents === undefined ? {} : { set: options.agents }),
      ...(options.scenario === undefined ? {} : { scenarioPath: options.scenario })
    },
    progress: progressSink(
      io,
      options.quiet === true ? 'quiet' : options.json === true ? 'json' : 'text'
    ),
    agentUser: options.agentUser === false ? null : options.agentUser,
    warn: (line) => io.stderr(`warning: ${line}\n`)
  }
}

/** --agents and --scenario again, as given, for a kernel a supervisor starts. */
export function agentArgs(
  options: Pick<WorkOptions, 'agents' | 'scenario'>,
  absolute: (path: string) => string
): string[] {
  return [
    ...(options.agents === undefined ? [] : ['--agents', options.agents]),
    ...(options.scenario === undefined ? [] : ['--scenario', absolute(options.scenario)])
  ]
}

/** The agent user flags again, for a kernel a supervisor starts. */
export function agentUserArgs(options: Pick<WorkOptions, 'agentUser'>): string[] {
  if (options.agentUser === false) return ['--no-agent-user']
  return options.agentUser === undefined ? [] : ['--agent-user', options.agentUser]
}
