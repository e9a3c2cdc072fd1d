import { mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { AgentOutcome, AgentRequest } from '../../kernel/ports.js'
import { MUTATION_LANES } from '../../kernel/ports.js'
import type { RunAs } from '../process-runner.js'
import { rawOutputPathFor } from '../agents/invocation.js'
import { writeFileAtomically } from '../atomic-file.js'
import { type AgentCallDir, openCallDir, readAgentFile } from './call-dir.js'
import type { AgentUser, OrchestratorIdentity } from './identity.js'
import { type SpawnMode, spawnTarget } from './run-as.js'
import { stopUserProcesses } from './user-processes.js'
import { createWorktreeAccess } from './worktree-access.js'

/**
 * Agents and verification commands as the agent user (docs/security.md): each call starts
 * with no process of that user running, in a directory of its own, with the worktree handed
 * over for a mutation or verification stage and opened read-only for an audit or triage;
 * when it ends, every process of the user is stopped, its outputs are taken only as checked
 * copies, and the worktree is the orchestrator's again.
 */

export interface AgentIsolation {
  readonly user: AgentUser
  readonly mode: SpawnMode
  /** One agent call; close it whatever happens. */
  openAgentCall(request: AgentRequest): Promise<IsolatedAgentCall>
  /** One verification command in `worktree`; close it whatever happens. */
  openCommand(worktree: string): Promise<IsolatedCommand>
  /** Stops every process of the agent user. */
  stopAll(): Promise<void>
  /**
   * Before a run continues: stops what the agent user left running and takes back every
   * worktree in `runWorktreesDir` (a stage cut short by a crash leaves its worktree handed over).
   */
  recover(runWorktreesDir: string): Promise<void>
}

export interface IsolatedCommand {
  readonly runAs: RunAs
  /** Set over the command's environment: its own HOME and TMPDIR, git's trust in the worktree. */
  readonly env: Readonly<Record<string, string>>
  close(): Promise<void>
}

export interface IsolatedAgentCall extends IsolatedCommand {
  /**
   * The request as the agent sees it: prompt and schema in the call's inputs, the report
   * (and what the CLI writes beside it) in the call's outputs, the environment over `env`.
   */
  readonly request: AgentRequest
  /** After the agent is stopped: the report files it wrote, as checked copies only. */
  sealOutputs(): Promise<void>
  /** The report and raw output copied from the call to where the kernel expects them. */
  deliver(outcome: AgentOutcome): Promise<AgentOutcome>
}

export function createAgentIsolation(
  user: AgentUser,
  mode: SpawnMode,
  self: OrchestratorIdentity
): AgentIsolation {
  const worktrees = createWorktreeAccess(user, mode, self)
  const stopAll = (): Promise<void> => stopUserProcesses(user, mode)
  const runAs: RunAs = {
    spawnTarget: (command, args, env) => spawnTarget(user, mode, command, args, env),
    afterExit: stopAll
  }

  const open = async (
    worktree: string,
    access: 'write' | 'prepared'
  ): Promise<{ dir: AgentCallDir; env: Record<string, string>; close(): Promise<void> }> => {
    await stopAll()
    const dir = await openCallDir(user, mode, self)
    try {
      if (access === 'write') await worktrees.handOver(worktree)
    } catch (error) {
      await dir.remove()
      throw error
    }
    return {
      dir,
      env: {
        HOME: dir.home,
        TMPDIR: dir.tmp,
        CODEX_HOME: join(dir.home, '.codex'),
        CLAUDE_CONFIG_DIR: join(dir.home, '.claude'),
        // Git refuses a repository another user owns; the agent's read-only git commands
        // in its own worktree are meant to work. Set in the environment, which git counts
        // as command-line configuration, the only place besides the user's and the system's
        // it takes this key from.
        GIT_CONFIG_COUNT: '1',
        GIT_CONFIG_KEY_0: 'safe.directory',
        GIT_CONFIG_VALUE_0: worktree
      },
      async close() {
        try {
          await stopAll()
          if (access === 'write') await worktrees.takeBack(worktree)
        } finally {
          await dir.remove()
        }
      }
    }
  }

  return {
    user,
    mode,
    stopAll,
    async recover(runWorktreesDir) {
      await stopAll()
      const entries = await readdir(runWorktreesDir, { withFileTypes: true }).catch(() => [])
      for (const entry of entries) {
        if (entry.isDirectory()) await worktrees.takeBack(join(runWorktreesDir, entry.name))
      }
    },
    async openCommand(worktree) {
      const opened = await open(worktree, 'write')
      return { runAs, env: opened.env, close: opened.close }
    },
    async openAgentCall(request) {
      const mutation = MUTATION_LANES.includes(request.lane)
      const kept = {
        report: request.reportPath,
        raw: rawOutputPathFor(request.reportPath)
      }
      // A stale report must never pass for this call's.
      for (const path of Object.values(kept)) await rm(path, { force: true })
      // A review lane works in a checkpoint copy the orchestrator already made read-only for
      // everyone (adapters/review-copy.ts); changing its modes would break its tamper check.
      const opened = await open(request.cwd, mutation ? 'write' : 'prepared')
      const { dir } = opened
      const names = { report: basename(kept.report), raw: basename(kept.raw) }
      const schemaPath = join(dir.inputs, basename(request.schema.path))
      try {
        await writeFile(schemaPath, `${JSON.stringify(request.schema.json, null, 2)}\n`)
      } catch (error) {
        await opened.close()
        throw error
      }
      const seen: AgentRequest = {
        ...request,
        promptFile: join(dir.inputs, basename(request.promptFile)),
        schema: { ...request.schema, path: schemaPath },
        reportPath: join(dir.outputs, names.report),
        env: { ...request.env, ...opened.env }
      }
      return {
        request: seen,
        runAs,
        env: opened.env,
        close: opened.close,
        sealOutputs: () => dir.seal([names.report, names.raw]),
        async deliver(outcome) {
          // Written by us into the sealed outputs, or copied there from the agent's: either
          // way, regular files in a directory only the orchestrator can write.
          await mkdir(dirname(kept.report), { recursive: true })
          const report = await readAgentFile(join(dir.outputs, names.report))
          if (report !== undefined) await writeFileAtomically(kept.report, report.toString('utf8'))
          const raw = await readAgentFile(join(dir.outputs, names.raw))
          if (raw !== undefined) await writeFileAtomically(kept.raw, raw.toString('utf8'))
          if (outcome.rawOutputPath === undefined) return outcome
          return raw === undefined
            ? withoutRawOutput(outcome)
            : { ...outcome, rawOutputPath: kept.raw }
        }
      }
    }
  }
}

function withoutRawOutput(outcome: AgentOutcome): AgentOutcome {
  const rest = { ...outcome }
  delete rest.rawOutputPath
  return rest
}
