import type { Stats } from 'node:fs'
import {
  chmod,
  lchown,
  lstat,
  mkdir,
  open,
  readdir,
  readlink,
  rename,
  rmdir,
  symlink,
  unlink
} from 'node:fs/promises'
import { constants } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { WORKTREE_ROOT } from '../../core/run/layout.js'
import type { AgentUser, OrchestratorIdentity } from './identity.js'
import { type SpawnMode, assertRanAsAgentUser, helperEnv, runAsAgentUser } from './run-as.js'
import { walkTree } from './tree-walk.js'

/**
 * Who may touch an attempt's worktree, stage by stage. For a mutation or verification stage
 * the worktree is handed to the agent user; afterwards it is taken back: everything in it
 * belongs to the orchestrator again, nothing is writable by anyone else, and the worktree
 * itself is closed (0700) until the next stage opens it. An audit or triage only gets to
 * read it. So an agent can never write an earlier attempt's worktree or the checkpoint under
 * audit, and reads no other attempt at all. `.git` (the pointer to the git directory) is
 * never handed over: git metadata is the orchestrator's.
 *
 * A root orchestrator changes owners (lchown, never following a link). A non-root one cannot,
 * so it shares the worktree through the agent user's group (the runner user is a member, see
 * docs/security.md) and takes back the agent's files by replacing each with its own copy.
 */

export interface WorktreeAccess {
  /** The agent user may write the worktree (mutation and verification stages). */
  handOver(worktree: string): Promise<void>
  /** The agent user may read the worktree, nothing else (audits, triage). */
  openForReading(worktree: string): Promise<void>
  /** Nothing in the worktree is the agent's or writable by it; the worktree is closed. */
  takeBack(worktree: string): Promise<void>
}

const CLOSED = 0o700
const READABLE = 0o755
/** setuid, setgid and sticky bits, and write for group and others. */
const UNSAFE_BITS = 0o7022
const GIT_POINTER = '.git'

export function createWorktreeAccess(
  user: AgentUser,
  mode: SpawnMode,
  self: OrchestratorIdentity
): WorktreeAccess {
  const sealEntry = async (path: string, stats: Stats): Promise<void> => {
    if (stats.isSymbolicLink() || stats.uid !== self.uid) return
    if (stats.gid !== self.gid) await lchown(path, self.uid, self.gid)
    const wanted = stats.mode & 0o7777 & ~UNSAFE_BITS
    // A regular file or directory, found by lstat, with no agent process left to swap it.
    if ((stats.mode & 0o7777) !== wanted) await chmod(path, wanted)
  }

  /** Everything the agent user owns in the tree becomes the orchestrator's, locked down. */
  const reclaim = async (worktree: string): Promise<void> => {
    if (mode === 'uid') {
      await walkTree(worktree, async (path, stats) => {
        if (stats.uid === user.uid) await lchown(path, self.uid, self.gid)
        await sealEntry(path, await lstat(path))
      })
      const top = await lstat(worktree)
      if (top.uid === user.uid) await lchown(worktree, self.uid, self.gid)
      return
    }
    // Through sudo: the agent's own files become readable and writable by its group (of
    // which the runner is a member), then each is replaced by the runner's own copy.
    const opened = await runAsAgentUser(user, mode, '/bin/chmod', ['-R', 'g+rwX', '--', worktree], {
      env: helperEnv()
    })
    assertRanAsAgentUser(opened, `open ${worktree} to its group`)
    await walkTree(worktree, async (path, stats) => {
      const current = stats.uid === user.uid ? await replaceWithOwnCopy(path, stats) : stats
      await sealEntry(path, current)
    })
  }

  const close = async (worktree: string, topMode: number): Promise<void> => {
    await secureWorktreeParents(worktree, self)
    const top = await lstat(worktree)
    if (top.uid === user.uid && mode === 'uid') await lchown(worktree, self.uid, self.gid)
    await chmod(worktree, topMode)
  }

  return {
    async handOver(worktree) {
      await secureWorktreeParents(worktree, self)
      if (mode === 'uid') {
        await walkTree(
          worktree,
          async (path, stats) => {
            if (stats.uid === self.uid) await lchown(path, user.uid, user.gid)
          },
          { skipTopLevel: [GIT_POINTER] }
        )
        await chmod(worktree, CLOSED)
        await lchown(worktree, user.uid, user.gid)
        return
      }
      const share = async (path: string, stats: Stats): Promise<void> => {
        if (stats.isSymbolicLink() || stats.uid !== self.uid) return
        await lchown(path, self.uid, user.gid)
        const owner = stats.mode & 0o700
        // Group gets what the owner has; directories pass their group on to new entries.
        // (Others keep their bits: the closed worktree keeps them out, and audits read by them.)
        const shared = (stats.mode & 0o777) | (owner >> 3)
        await chmod(path, stats.isDirectory() ? shared | 0o2000 : shared)
      }
      await walkTree(worktree, share, { skipTopLevel: [GIT_POINTER] })
      await lchown(worktree, self.uid, user.gid)
      await chmod(worktree, 0o2770)
    },
    async openForReading(worktree) {
      await reclaim(worktree)
      await close(worktree, READABLE)
    },
    async takeBack(worktree) {
      await reclaim(worktree)
      await close(worktree, CLOSED)
      if (mode === 'sudo') await lchown(worktree, self.uid, self.gid)
    }
  }
}

/**
 * The directories between the repository and an attempt's worktree must let the agent user
 * through (0711: enter, not list); the other attempts' and other runs' worktrees are closed.
 * Only applies to worktrees in the run layout, and only to what this process owns.
 */
export async function secureWorktreeParents(
  worktree: string,
  self: OrchestratorIdentity
): Promise<void> {
  const runDir = dirname(worktree)
  const root = dirname(runDir)
  const marker = `/${WORKTREE_ROOT}`
  if (!root.endsWith(marker)) return
  const repoRoot = root.slice(0, -marker.length)
  let dir = root
  while (dir.length > repoRoot.length) {
    await ensureMode(dir, self, (mode) => mode | 0o111)
    dir = dirname(dir)
  }
  await ensureMode(root, self, () => 0o711)
  await ensureMode(runDir, self, () => 0o711)
  for (const [parent, keep] of [
    [root, basename(runDir)],
    [runDir, basename(worktree)]
  ] as const) {
    for (const name of await readdir(parent).catch(() => [])) {
      if (name !== keep) await ensureMode(join(parent, name), self, () => CLOSED)
    }
  }
}

async function ensureMode(
  path: string,
  self: OrchestratorIdentity,
  wanted: (mode: number) => number
): Promise<void> {
  const stats = await lstat(path).catch(() => undefined)
  if (stats === undefined || !stats.isDirectory() || stats.uid !== self.uid) return
  const mode = wanted(stats.mode & 0o7777)
  if (mode !== (stats.mode & 0o7777)) await chmod(path, mode)
}

/**
 * Replaces an entry the agent user owns with an identical one the orchestrator owns (a
 * non-root process cannot chown). Its directory is writable through the shared group, and
 * for a directory its entries were replaced already (the walk visits children first).
 */
async function replaceWithOwnCopy(path: string, stats: Stats): Promise<Stats> {
  const temporary = join(dirname(path), `.${basename(path)}.plan-orchestrator-${process.pid}`)
  if (stats.isSymbolicLink()) {
    await symlink(await readlink(path), temporary)
  } else if (stats.isDirectory()) {
    await mkdir(temporary, { mode: 0o700 })
    for (const name of await readdir(path)) await rename(join(path, name), join(temporary, name))
    await chmod(temporary, stats.mode & 0o777)
    await rmdir(path)
  } else if (stats.isFile()) {
    const source = await open(
      path,
      constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK
    )
    try {
      const content = await source.readFile()
      const copy = await open(temporary, 'wx', stats.mode & 0o777)
      try {
        await copy.writeFile(content)
      } finally {
        await copy.close()
      }
    } finally {
      await source.close()
    }
  } else {
    // A fifo, socket or device node is nothing an item needs.
    await unlink(path)
    return stats
  }
  await rename(temporary, path)
  return lstat(path)
}
