import type { Command } from 'commander'
import { COMMAND_NAMES, buildProgram } from '../../src/cli/program.js'
import type { CliIo } from '../../src/cli/io.js'

const io: CliIo = { stdout: () => {}, stderr: () => {}, env: {}, cwd: process.cwd() }
const noExitCode = (): void => {}

/** A command's help and, recursively, its subcommands' help. */
function helpTree(command: Command): unknown {
  return {
    name: command.name(),
    help: command.helpInformation(),
    commands: command.commands.map(helpTree)
  }
}

describe('the program a command line gets', () => {
  it('names every command by the name commander finds it under, in help order', () => {
    const program = buildProgram(io, noExitCode)
    expect(program.commands.map((command) => command.name())).toEqual(COMMAND_NAMES)
  })

  it.each(COMMAND_NAMES)('%s set up alone is the same command as among all', (name) => {
    const alone = buildProgram(io, noExitCode, name)
    expect(alone.commands.map((command) => command.name())).toEqual([name])
    const among = buildProgram(io, noExitCode).commands.find((command) => command.name() === name)
    expect(among).toBeDefined()
    expect(helpTree(alone.commands[0] as Command)).toEqual(helpTree(among as Command))
  })
})
