import { Command } from 'commander'
import type { DemoOptions } from '../handlers/demo.js'
import type { CliIo } from '../io.js'

export function demoCommand(io: CliIo): Command {
  return new Command('demo')
    .description(
      'Run the demo playbook end to end with the scripted agent, in a fresh git repository.'
    )
    .option(
      '--dir <dir>',
      'where to create the demo repository (must be empty or absent; default: a new temporary directory)'
    )
    .option('--quiet', 'no progress output')
    .option(
      '--supervise',
      'run each step under a supervisor (supervise run), which stops watching at the human stops'
    )
    .option(
      '--agent-user <user>',
      'run the agent and the verification commands as this dedicated OS user (docs/security.md)'
    )
    .action(async (options: DemoOptions) => {
      const { runDemo } = await import('../handlers/demo.js')
      await runDemo(io, options)
    })
}
