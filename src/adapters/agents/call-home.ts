import { chmodSync, lstatSync, readdirSync, rmSync } from 'node:fs'
import {
  chmod,
  chown,
  lstat,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rm,
  stat,
  writeFile
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, relative, sep } from 'node:path'

/**
 * Every agent call and every verification command starts from a home nobody wrote before: a
 * fresh, empty HOME with CODEX_HOME and CLAUDE_CONFIG_DIR inside it, in a directory of its
 * own outside the repository, removed when the call ends. Whatever an earlier call or a
 * verification command (code the agent wrote) put into "its" home — a config.toml that
 * names another model provider, a settings.json with hooks, an AGENTS.md — is gone before the
 * next call starts, so it can steer nothing.
 *
 * The one thing carried in is the calling agent's own credential file (codex `auth.json`,
 * claude `.credentials.json`): copied, never linked, and never any configuration. See
 * docs/security.md ("Agent configuration").
 */

/** The variables that point a child at its home; they are always set to the fresh one. */
export const CALL_HOME_VARIABLES: readonly string[] = [
  'HOME',
  'CODEX_HOME',
  'CLAUDE_CONFIG_DIR',
  'XDG_CONFIG_HOME',
  'XDG_DATA_HOME',
  'XDG_STATE_HOME',
  'XDG_CACHE_HOME'
]

/** A credential file copied into the home before the call. */
export interface CallHomeCredential {
  /** Absolute path of the user's file (e.g. `~/.codex/auth.json`); skipped when absent. */
  readonly source: string
  /** Where it goes, relative to the new HOME (`.codex/auth.json`, `.claude/.credentials.json`). */
  readonly target: string
}

export interface CallHomeSpec {
  /** Directory the per-call directory is made in: RUNNER_TEMP on a runner, else the OS temp dir. */
  readonly parentDir: string
  readonly credential?: CallHomeCredential
  /**
   * Who the call runs as, when that is not us (a separate agent user): the home is handed
   * over to them after it is filled, so the CLI can write its state there.
   */
  readonly owner?: { readonly uid: number; readonly gid: number }
}

export interface CallHome {
  /** The per-call directory; HOME is `root/home`. */
  readonly root: string
  readonly home: string
  readonly codexHome: string
  readonly claudeConfigDir: string
  /** Set last in the child's environment, over anything inherited or passed through. */
  readonly env: Readonly<Record<string, string>>
  /** The credential file that was copied in (relative to HOME), or null. */
  readonly copiedCredential: string | null
  /** Removes the whole per-call directory; never throws. */
  remove(): Promise<void>
}

/** Credential files are small; anything bigger is not one and is not copied. */
const MAX_CREDENTIAL_BYTES = 1024 * 1024

/** RUNNER_TEMP on a GitHub runner (cleaned after every job), else the OS temp directory. */
export function defaultCallHomeParent(env: Readonly<Record<string, string | undefined>>): string {
  const runnerTemp = env.RUNNER_TEMP?.trim()
  return runnerTemp ? runnerTemp : tmpdir()
}

export async function createCallHome(spec: CallHomeSpec): Promise<CallHome> {
  await mkdir(spec.parentDir, { recursive: true })
  const root = await mkdtemp(join(spec.parentDir, 'plan-orchestrator-call-'))
  const forget = removeAtExit(root)
  const home = join(root, 'home')
  const codexHome = join(home, '.codex')
  const claudeConfigDir = join(home, '.claude')
  const remove = async (): Promise<void> => {
    await removeTree(root)
    forget()
  }
  try {
    for (const dir of [home, codexHome, claudeConfigDir]) await mkdir(dir, { mode: 0o700 })
    const copiedCredential = spec.credential ? await copyCredential(home, spec.credential) : null
    if (spec.owner) await chownTree(root, spec.owner.uid, spec.owner.gid)
    return {
      root,
      home,
      codexHome,
      claudeConfigDir,
      env: {
        HOME: home,
        CODEX_HOME: codexHome,
        CLAUDE_CONFIG_DIR: claudeConfigDir,
        XDG_CONFIG_HOME: join(home, '.config'),
        XDG_DATA_HOME: join(home, '.local', 'share'),
        XDG_STATE_HOME: join(home, '.local', 'state'),
        XDG_CACHE_HOME: join(home, '.cache')
      },
      copiedCredential,
      remove
    }
  } catch (error) {
    await remove()
    throw error
  }
}

/** Runs `work` with a fresh home and removes the home afterwards, whatever happens. */
export async function withCallHome<T>(
  spec: CallHomeSpec,
  work: (home: CallHome) => Promise<T>
): Promise<T> {
  const home = await createCallHome(spec)
  try {
    return await work(home)
  } finally {
    await home.remove()
  }
}

/**
 * Copies the credential's bytes (following a symlinked source, never creating a link) into
 * the new home, readable by its owner only. A missing or odd source is simply not copied:
 * the CLI then reports that it is not logged in, which names the problem.
 */
async function copyCredential(
  home: string,
  credential: CallHomeCredential
): Promise<string | null> {
  const target = join(home, credential.target)
  const inside = relative(home, target)
  if (inside === '' || inside.startsWith('..') || inside.split(sep).includes('..')) {
    throw new Error(`credential target ${credential.target} leaves the call home`)
  }
  const info = await stat(credential.source).catch(() => undefined)
  if (!info?.isFile() || info.size > MAX_CREDENTIAL_BYTES) return null
  const content = await readFile(credential.source).catch(() => undefined)
  if (content === undefined) return null
  await mkdir(dirname(target), { recursive: true, mode: 0o700 })
  await writeFile(target, content, { mode: 0o600, flag: 'wx' })
  return inside.split(sep).join('/')
}

const removedAtExit = new Set<string>()

/**
 * Removes `path` when this process exits, even through `process.exit()` on SIGINT/SIGTERM
 * (which skips every pending `finally`), so an interrupted run leaves no home — and no copied
 * login file — behind. Returns the function that cancels it once the path is removed anyway.
 */
export function removeAtExit(path: string): () => void {
  if (removedAtExit.size === 0) process.once('exit', removeAllAtExit)
  removedAtExit.add(path)
  return () => {
    removedAtExit.delete(path)
    if (removedAtExit.size === 0) process.removeListener('exit', removeAllAtExit)
  }
}

function removeAllAtExit(): void {
  for (const path of removedAtExit) {
    try {
      rmSync(path, { recursive: true, force: true })
    } catch {
      makeDirectoriesWritableSync(path)
      try {
        rmSync(path, { recursive: true, force: true })
      } catch {
        // Best effort, at exit: a leftover temp directory must not change the exit code.
      }
    }
  }
  removedAtExit.clear()
}

function makeDirectoriesWritableSync(path: string): void {
  try {
    if (!lstatSync(path).isDirectory()) return
    chmodSync(path, 0o700)
    for (const entry of readdirSync(path)) makeDirectoriesWritableSync(join(path, entry))
  } catch {
    // Best effort, at exit.
  }
}

async function chownTree(path: string, uid: number, gid: number): Promise<void> {
  await chown(path, uid, gid)
  const info = await lstat(path)
  if (!info.isDirectory()) return
  for (const entry of await readdir(path)) await chownTree(join(path, entry), uid, gid)
}

/**
 * Removes a per-call directory even when the call left directories without write permission
 * in it (a CLI or a hostile command can chmod its own files). Best effort: a leftover temp
 * directory must not fail the run.
 */
export async function removeTree(path: string): Promise<void> {
  try {
    await rm(path, { recursive: true, force: true })
    return
  } catch {
    // Unwritable directories inside: make them writable and try once more.
  }
  await makeDirectoriesWritable(path).catch(() => undefined)
  await rm(path, { recursive: true, force: true }).catch(() => undefined)
}

async function makeDirectoriesWritable(path: string): Promise<void> {
  const info = await lstat(path)
  if (!info.isDirectory()) return
  await chmod(path, 0o700)
  for (const entry of await readdir(path)) {
    await makeDirectoriesWritable(join(path, entry)).catch(() => undefined)
  }
}
