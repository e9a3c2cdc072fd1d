import { type Command, Option } from 'commander'
import type { AgentChoice } from '../composition-root.js'
import type { ProgressSink } from '../kernel/ports.js'
import { UsageError } from '../errors.js'
import type { CliIo } from './io.js'
import { progressSink } from './progress.js'

/** The options every command that makes agents work shares: which agents, how to report. */
export interface WorkOptions {
  agents: 'codex-claude' | 'scripted'
  scenario?: string
  /** A name (--agent-user), false (--no-agent-user) or undefined (neither). */
  agentUser?: string | false
  json?: boolean
  quiet?: boolean
}

export function addWorkOptions(command: Command): Command {
  return command
    .addOption(
      new Option('--agents <set>', 'which agents do the work')
        .choices(['codex-claude', 'scripted'])
        .default('codex-claude')
    )
    .option('--scenario <file>', 'scenario file for --agents scripted')
    .option(
      '--agent-user <user>',
      'run agents and verification as this dedicated OS user (docs/security.md); default $PLAN_ORCHESTRATOR_AGENT_USER, then the runtime policy'
    )
    .option('--no-agent-user', 'run agents as the invoking user, whatever the policy says')
    .option('--json', 'progress as JSON lines on stderr')
    .option('--quiet', 'no progress output')
}

export function readWorkOptions(
  io: CliIo,
  options: WorkOptions
): {
  agents: AgentChoice
  progress: ProgressSink
  /** undefined: neither flag; null: --no-agent-user. */
  agentUser: string | null | undefined
  warn: (line: string) => void
} {
  if (options.agents === 'scripted' && options.scenario === undefined) {
    throw new UsageError('--agents scripted needs --scenario <file>')
  }
  return {
    agents:
      options.agents === 'scripted'
        ? { kind: 'scripted', scenarioPath: options.scenario as string }
        : { kind: 'codex-claude' },
    progress: progressSink(
      io,
      options.quiet === true ? 'quiet' : options.json === true ? 'json' : 'text'
    ),
    agentUser: options.agentUser === false ? null : options.agentUser,
    warn: (line) => io.stderr(`warning: ${line}\n`)
  }
}

/** The agent user flags again, for a kernel a supervisor starts. */
export function agentUserArgs(options: Pick<WorkOptions, 'agentUser'>): string[] {
  if (options.agentUser === false) return ['--no-agent-user']
  return options.agentUser === undefined ? [] : ['--agent-user', options.agentUser]
}
