import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AgentIdentity } from '../../core/schemas/provenance.js'
import type { AgentPort } from '../../kernel/ports.js'

/**
 * Which CLI serves an agent, for the provenance record of each call: the adapter, the
 * executable, the model and effort it is asked for, and the first line of `<cli> --version`
 * (asked once per process, in an empty home with nothing of ours in its environment).
 */

const VERSION_TIMEOUT_MS = 15_000
const MAX_VERSION_LENGTH = 200

export interface IdentitySpec {
  readonly adapter: string
  readonly command: string
  readonly model: string | null
  readonly effort: string | null
  /** Where the executable is looked up; default this process's PATH. */
  readonly path?: string
}

export function withIdentity<T extends AgentPort>(agent: T, spec: IdentitySpec): T {
  let version: Promise<string | null> | undefined
  return {
    ...agent,
    async describe(): Promise<AgentIdentity> {
      version ??= cliVersion(spec.command, spec.path ?? process.env['PATH'] ?? '')
      return {
        adapter: spec.adapter,
        cli: spec.command,
        cli_version: await version,
        model: spec.model,
        effort: spec.effort
      }
    }
  }
}

/** First non-blank line of `<command> --version`, or null when it does not answer cleanly. */
export async function cliVersion(command: string, path: string): Promise<string | null> {
  const home = await mkdtemp(join(tmpdir(), 'plan-orchestrator-version-'))
  try {
    const stdout = await new Promise<string | null>((resolve) => {
      execFile(
        command,
        ['--version'],
        {
          cwd: home,
          env: { PATH: path, HOME: home },
          timeout: VERSION_TIMEOUT_MS,
          maxBuffer: 64 * 1024,
          encoding: 'utf8'
        },
        (error, out) => resolve(error === null ? out : null)
      ).stdin?.end()
    })
    const line = stdout
      ?.split('\n')
      .map((text) => text.trim())
      .find((text) => text !== '')
    return line === undefined ? null : line.slice(0, MAX_VERSION_LENGTH)
  } finally {
    await rm(home, { recursive: true, force: true })
  }
}

/** The PATH a CLI agent's calls look their executable up on (its source environment's). */
export function agentPath(options: {
  readonly sourceEnv?: Readonly<Record<string, string | undefined>>
}): { path?: string } {
  const path = (options.sourceEnv ?? process.env)['PATH']
  return path === undefined ? {} : { path }
}
