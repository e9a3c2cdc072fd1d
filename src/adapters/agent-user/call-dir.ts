import { constants } from 'node:fs'
import { chmod, lchown, mkdir, mkdtemp, open, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AgentUser, OrchestratorIdentity } from './identity.js'
import { type SpawnMode, helperEnv, runAsAgentUser } from './run-as.js'

/**
 * One agent or verification call's own directory, outside the run store (which the agent
 * user cannot enter) and gone after the call:
 *
 *     <tmp>/plan-orchestrator-call-XXXXXX/   the orchestrator's, 0711: the agent cannot rename
 *       inputs/                              what we hand the agent (prompt, schemas), read-only
 *       outputs/                             what the agent writes for us (codex's `-o` file)
 *       home/  tmp/                          a fresh, empty HOME and TMPDIR for this call
 *                                            (with home/.codex and home/.claude for the CLIs)
 *
 * After the call, with every process of the agent user stopped, `seal` takes the named
 * outputs: opened without following links, regular files of bounded size only, copied into a
 * fresh `outputs/` that only the orchestrator can write. So a link planted by the agent can
 * neither make us read a file it could not (a key, another process's environment) nor make
 * us write one.
 */

export interface AgentCallDir {
  readonly root: string
  readonly inputs: string
  readonly outputs: string
  readonly home: string
  readonly tmp: string
  /** Keeps `names` from the agent's outputs (those that are sound), nothing else. */
  seal(names: readonly string[]): Promise<void>
  remove(): Promise<void>
}

/** Largest output file taken from an agent (a report, a final message). */
export const MAX_AGENT_OUTPUT_BYTES = 32 * 1024 * 1024

export async function openCallDir(
  user: AgentUser,
  mode: SpawnMode,
  self: OrchestratorIdentity
): Promise<AgentCallDir> {
  const root = await mkdtemp(join(tmpdir(), 'plan-orchestrator-call-'))
  await chmod(root, 0o711)
  const inputs = join(root, 'inputs')
  await mkdir(inputs, { mode: 0o755 })
  await chmod(inputs, 0o755)
  const agentDirs = ['outputs', 'home', 'tmp'].map((name) => join(root, name))
  for (const dir of agentDirs) {
    await mkdir(dir, { mode: 0o700 })
    if (mode === 'uid') await lchown(dir, user.uid, user.gid)
    else {
      // A non-root orchestrator shares them through the agent user's group.
      await lchown(dir, self.uid, user.gid)
      await chmod(dir, 0o2770)
    }
  }
  const [outputs, home, tmp] = agentDirs as [string, string, string]
  // The CLIs' own homes, inside the call's HOME: the orchestrator's (CODEX_HOME, a logged-in
  // ~/.claude) are out of the agent user's reach, and want to stay that way.
  for (const dir of [join(home, '.codex'), join(home, '.claude')]) {
    await mkdir(dir, { mode: 0o700 })
    if (mode === 'uid') await lchown(dir, user.uid, user.gid)
    else {
      await lchown(dir, self.uid, user.gid)
      await chmod(dir, 0o2770)
    }
  }

  /** Through sudo, the agent's files are opened to its group before we read or delete them. */
  const openUp = async (dir: string): Promise<void> => {
    if (mode === 'sudo')
      await runAsAgentUser(user, mode, '/bin/chmod', ['-R', 'g+rwX', '--', dir], {
        env: helperEnv()
      })
  }

  return {
    root,
    inputs,
    outputs,
    home,
    tmp,
    async seal(names) {
      const agentOutputs = join(root, 'outputs.agent')
      await openUp(outputs)
      await rename(outputs, agentOutputs)
      await mkdir(outputs, { mode: 0o700 })
      for (const name of names) {
        const content = await readAgentFile(join(agentOutputs, name))
        if (content !== undefined) await writeFile(join(outputs, name), content, { mode: 0o600 })
      }
    },
    async remove() {
      for (const dir of agentDirs) await openUp(dir)
      await openUp(join(root, 'outputs.agent'))
      await rm(root, { recursive: true, force: true })
    }
  }
}

/**
 * A file an agent wrote, or undefined when it is missing, a link, not a regular file (a fifo
 * would block the read) or larger than `maxBytes`.
 */
export async function readAgentFile(
  path: string,
  maxBytes = MAX_AGENT_OUTPUT_BYTES
): Promise<Buffer | undefined> {
  let handle
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK)
  } catch {
    return undefined
  }
  try {
    const stats = await handle.stat()
    if (!stats.isFile() || stats.size > maxBytes) return undefined
    const content = await handle.readFile()
    return content.length > maxBytes ? undefined : content
  } catch {
    return undefined
  } finally {
    await handle.close()
  }
}
