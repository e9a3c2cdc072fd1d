import { Command, CommanderError } from 'commander'
import { UsageError, describeError } from '../errors.js'
import { cleanCommand } from './commands/clean.js'
import { demoCommand } from './commands/demo.js'
import { doctorCommand } from './commands/doctor.js'
import { initCommand } from './commands/init.js'
import { lintCommand } from './commands/lint.js'
import { listItemsCommand } from './commands/list-items.js'
import { markManualGateCommand } from './commands/mark-manual-gate.js'
import { normalizeCommand } from './commands/normalize.js'
import { prBodyCommand } from './commands/pr-body.js'
import { refreshRunCommand } from './commands/refresh-run.js'
import { resumeCommand } from './commands/resume.js'
import { runCommand } from './commands/run.js'
import { statusCommand } from './commands/status.js'
import { showItemCommand } from './commands/show-item.js'
import { superviseCommand } from './commands/supervise.js'
import { verifyCommand } from './commands/verify.js'
import type { CliIo } from './io.js'
import { VERSION } from './version.js'

export { VERSION }

const EXIT_CODES_HELP = `
Exit codes:
  0  success
  1  invalid input (playbook, files, item, run id) or a failed check; nothing is written
  2  usage error (unknown command or option, missing argument, a flag value it cannot take)`

type CommandFactory = (io: CliIo, setExitCode: (code: number) => void) => Command

/** Every command, by the name commander finds it under, in the order help lists them. */
const COMMANDS: readonly (readonly [name: string, make: CommandFactory])[] = [
  ['list-items', listItemsCommand],
  ['show-item', showItemCommand],
  ['normalize', normalizeCommand],
  ['run', runCommand],
  ['status', statusCommand],
  ['resume', resumeCommand],
  ['mark-manual-gate', markManualGateCommand],
  ['doctor', doctorCommand],
  ['refresh-run', refreshRunCommand],
  ['pr-body', prBodyCommand],
  ['clean', cleanCommand],
  ['supervise', superviseCommand],
  ['demo', demoCommand],
  ['init', initCommand],
  ['lint', lintCommand],
  ['verify', verifyCommand]
]

export const COMMAND_NAMES: readonly string[] = COMMANDS.map(([name]) => name)

/** The program with every command, or with only the one named by `only`. */
export function buildProgram(
  io: CliIo,
  setExitCode: (code: number) => void,
  only?: string
): Command {
  const program = new Command('plan-orchestrator')
    .description(
      'Run approved AI repo changes one playbook item at a time, with verification, dual audit and human gates.'
    )
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', EXIT_CODES_HELP)
  for (const [name, make] of COMMANDS) {
    if (only !== undefined && name !== only) continue
    program.addCommand(make(io, setExitCode).addHelpText('after', EXIT_CODES_HELP))
  }
  const output = { writeOut: io.stdout, writeErr: io.stderr }
  const everyCommand = (command: Command): Command[] => [
    command,
    ...command.commands.flatMap(everyCommand)
  ]
  for (const command of everyCommand(program)) command.exitOverride().configureOutput(output)
  return program
}

/** Runs one CLI invocation and returns its exit code; never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode = 0
  // When the first word names a command, commander dispatches to it and looks at no other,
  // so only that one is set up: setting up all 16 is a noticeable part of a short command's
  // start (docs/performance.md, CLI start-up). Help, a leading option or an unknown name
  // (which commander answers with the closest names) get them all.
  const first = argv[0]
  const only = first !== undefined && COMMAND_NAMES.includes(first) ? first : undefined
  const program = buildProgram(
    io,
    (code) => {
      exitCode = code
    },
    only
  )
  try {
    if (argv.length === 0) {
      program.outputHelp()
      return 2
    }
    await program.parseAsync([...argv], { from: 'user' })
    return exitCode
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2
    if (error instanceof UsageError) {
      io.stderr(`error: ${error.message}\n`)
      return error.exitCode
    }
    const exitCode = (error as { exitCode?: unknown }).exitCode
    if (typeof exitCode === 'number') {
      io.stderr(
        `${describeError(error).startsWith('error:') ? '' : 'error: '}${describeError(error)}\n`
      )
      return exitCode
    }
    io.stderr(`internal error: ${describeError(error)}\n`)
    if (io.env.PLAN_ORCHESTRATOR_DEBUG === '1' && error instanceof Error)
      io.stderr(`${error.stack ?? ''}\n`)
    return 1
  }
}
