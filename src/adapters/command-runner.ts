import type { CommandRunner } from '../kernel/ports.js'
import { runProcess } from './process-runner.js'

/** Verification commands: `bash -c`, stdin closed, output merged into one log, own process group. */
export function createCommandRunner(): CommandRunner {
  return {
    async run(input) {
      const result = await runProcess({
        command: 'bash',
        args: ['-c', input.command],
        cwd: input.cwd,
        env: input.env,
        stdin: { kind: 'ignore' },
        stdoutPath: input.logPath,
        stderrPath: input.logPath,
        timeoutMs: input.timeoutMs,
        killGraceMs: 2000,
        maxLogBytes: input.maxLogBytes,
        ...(input.stage === undefined ? {} : { stage: input.stage })
      })
      return {
        exitCode: result.exitCode,
        timedOut: result.timedOut !== false,
        durationMs: result.durationMs,
        ...(result.logs === undefined ? {} : { log: result.logs.stdout })
      }
    }
  }
}
