import type { CommandRunner } from '../kernel/ports.js'
import type { AgentIsolation } from './agent-user/isolation.js'
import { CALL_HOME_VARIABLES, withCallHome } from './agents/call-home.js'
import type { CallHomeSpec } from './agents/call-home.js'
import { type ProcessResult, runProcess } from './process-runner.js'

export interface CommandRunnerOptions {
  /** Where each command's fresh home is made (see agents/call-home.ts). */
  readonly callHomeParent: string
  /** A separate OS user the commands run as; their homes are handed to it. */
  readonly callHomeOwner?: CallHomeSpec['owner']
  /** Run as the agent user, in the worktree handed over for the command (docs/security.md). */
  readonly agentUser?: AgentIsolation
}

/**
 * Verification commands: `bash -c`, stdin closed, output merged into one log, own process
 * group, and a fresh, empty HOME (and CODEX_HOME, CLAUDE_CONFIG_DIR) per command: the code a
 * command runs is the agent's, and nothing it writes into its home may reach a later call.
 * Under isolation they run as the agent user, with the home of the command's own directory,
 * in the worktree handed over for the command and taken back after it.
 */
export function createCommandRunner(options: CommandRunnerOptions): CommandRunner {
  return {
    async run(input) {
      const env = Object.fromEntries(
        Object.entries(input.env).filter(([name]) => !CALL_HOME_VARIABLES.includes(name))
      )
      const isolated =
        options.agentUser === undefined ? undefined : await options.agentUser.openCommand(input.cwd)
      const run = (homeEnv: Readonly<Record<string, string>>): Promise<ProcessResult> =>
        runProcess({
          command: 'bash',
          args: ['-c', input.command],
          cwd: input.cwd,
          env: { ...env, ...homeEnv },
          stdin: { kind: 'ignore' },
          stdoutPath: input.logPath,
          stderrPath: input.logPath,
          timeoutMs: input.timeoutMs,
          killGraceMs: 2000,
          maxLogBytes: input.maxLogBytes,
          ...(input.stage === undefined ? {} : { stage: input.stage }),
          ...(isolated === undefined ? {} : { runAs: isolated.runAs })
        })
      try {
        const callHome = {
          parentDir: options.callHomeParent,
          ...(options.callHomeOwner ? { owner: options.callHomeOwner } : {})
        }
        const result =
          isolated === undefined
            ? await withCallHome(callHome, (home) => run(home.env))
            : await run(isolated.env)
        return {
          exitCode: result.exitCode,
          timedOut: result.timedOut !== false,
          durationMs: result.durationMs,
          ...(result.logs === undefined ? {} : { log: result.logs.stdout })
        }
      } finally {
        await isolated?.close()
      }
    }
  }
}
