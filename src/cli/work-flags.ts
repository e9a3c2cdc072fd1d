import { type Command, Option } from 'commander'

/**
 * The options every command that makes agents work shares: which agents, how to report, and
 * the spending limits (a new run records them; `resume` replaces the recorded ones).
 */
export interface WorkOptions {
  /** Undefined when not given: a new run takes codex-claude, a continued run its own. */
  agents?: 'codex-claude' | 'scripted'
  scenario?: string
  /** A name (--agent-user), false (--no-agent-user) or undefined (neither). */
  agentUser?: string | false
  json?: boolean
  quiet?: boolean
  maxCostUsdPerItem?: string
  maxCostUsdPerRun?: string
  maxTokensPerItem?: string
}

export function addWorkOptions(command: Command): Command {
  return command
    .addOption(
      new Option(
        '--agents <set>',
        'which agents do the work (default: for a new run codex-claude, for a run that goes on the ones it recorded)'
      ).choices(['codex-claude', 'scripted'])
    )
    .option(
      '--scenario <file>',
      'scenario file the scripted agent plays (default for a run that goes on: its own copy)'
    )
    .option(
      '--agent-user <user>',
      'run agents and verification as this dedicated OS user (docs/security.md); default $PLAN_ORCHESTRATOR_AGENT_USER, then the runtime policy'
    )
    .option('--no-agent-user', 'run agents as the invoking user, whatever the policy says')
    .option('--json', 'progress as JSON lines on stderr')
    .option('--quiet', 'no progress output')
    .option(
      '--max-cost-usd-per-item <usd>',
      'stop an item (escalated, budget_exhausted) once its agent calls cost more; none: no limit'
    )
    .option(
      '--max-cost-usd-per-run <usd>',
      "stop the current item once the run's agent calls cost more; none: no limit"
    )
    .option(
      '--max-tokens-per-item <n>',
      'stop an item once its agent calls used more tokens; none: no limit'
    )
}
