import type { CommandRunner } from '../kernel/ports.js'
import { CALL_HOME_VARIABLES, withCallHome } from './agents/call-home.js'
import type { CallHomeSpec } from './agents/call-home.js'
import { runProcess } from './process-runner.js'

export interface CommandRunnerOptions {
  /** Where each command's fresh home is made (see agents/call-home.ts). */
  readonly callHomeParent: string
  /** A separate OS user the commands run as; their homes are handed to it. */
  readonly callHomeOwner?: CallHomeSpec['owner']
}

/**
 * Verification commands: `bash -c`, stdin closed, output merged into one log, own process
 * group, and a fresh, empty HOME (and CODEX_HOME, CLAUDE_CONFIG_DIR) per command: the code a
 * command runs is the agent's, and nothing it writes into its home may reach a later call.
 */
export function createCommandRunner(options: CommandRunnerOptions): CommandRunner {
  return {
    async run(input) {
      const env = Object.fromEntries(
        Object.entries(input.env).filter(([name]) => !CALL_HOME_VARIABLES.includes(name))
      )
      const callHome = {
        parentDir: options.callHomeParent,
        ...(options.callHomeOwner ? { owner: options.callHomeOwner } : {})
      }
      const result = await withCallHome(callHome, (home) =>
        runProcess({
          command: 'bash',
          args: ['-c', input.command],
          cwd: input.cwd,
          env: { ...env, ...home.env },
          stdin: { kind: 'ignore' },
          stdoutPath: input.logPath,
          stderrPath: input.logPath,
          timeoutMs: input.timeoutMs,
          killGraceMs: 2000
        })
      )
      return {
        exitCode: result.exitCode,
        timedOut: result.timedOut !== false,
        durationMs: result.durationMs
      }
    }
  }
}
