import type { CommandRunner } from '../kernel/ports.js'
import type { AgentIsolation } from './agent-user/isolation.js'
import { runProcess } from './process-runner.js'

/**
 * Verification commands: `bash -c`, stdin closed, output merged into one log, own process
 * group. They run code the agent wrote, so under isolation they run as the agent user, in
 * the worktree handed over for the command and taken back after it.
 */
export function createCommandRunner(agentUser?: AgentIsolation): CommandRunner {
  return {
    async run(input) {
      const isolated = agentUser === undefined ? undefined : await agentUser.openCommand(input.cwd)
      try {
        const result = await runProcess({
          command: 'bash',
          args: ['-c', input.command],
          cwd: input.cwd,
          env: isolated === undefined ? input.env : { ...input.env, ...isolated.env },
          stdin: { kind: 'ignore' },
          stdoutPath: input.logPath,
          stderrPath: input.logPath,
          timeoutMs: input.timeoutMs,
          killGraceMs: 2000,
          maxLogBytes: input.maxLogBytes,
          ...(input.stage === undefined ? {} : { stage: input.stage }),
          ...(isolated === undefined ? {} : { runAs: isolated.runAs })
        })
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
