import { runCli } from '../../src/cli/program.js'
import type { CliRun } from './bundled-cli.js'

/**
 * The CLI's own entry (`runCli`) in this process, with captured streams: the same commands,
 * options and output as the bundle, without a Node start-up per call. Suites that call the
 * CLI hundreds of times use this and keep a few bundle smoke cases.
 */
export async function runCliInProcess(
  args: readonly string[],
  options: { cwd: string; env?: Readonly<Record<string, string | undefined>> }
): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const env: Record<string, string | undefined> = { ...process.env, ...options.env }
  if (options.env?.PLAN_ORCHESTRATOR_PLAYBOOK_PATH === undefined)
    delete env.PLAN_ORCHESTRATOR_PLAYBOOK_PATH
  const code = await runCli(args, {
    stdout: (text) => {
      stdout += text
    },
    stderr: (text) => {
      stderr += text
    },
    env,
    cwd: options.cwd
  })
  return { code, stdout, stderr }
}
