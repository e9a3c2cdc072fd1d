import { existsSync, lstatSync, mkdirSync } from 'node:fs'
import module from 'node:module'
import { homedir, platform } from 'node:os'
import { dirname, join } from 'node:path'

/**
 * V8's compile cache (Node.js >= 22.1) for the CLI and the actions: a warm start reads the
 * compiled code of their chunks instead of parsing megabytes of JavaScript again. It covers
 * only modules loaded after it is turned on, so the entries call this first and load the rest
 * with import(). Only speed depends on it: an older Node.js, NODE_DISABLE_COMPILE_CACHE, or a
 * directory that cannot be made or trusted leaves everything as it is, silently.
 *
 * The directory must be this user's alone (0700): agents run as another OS user, and code
 * they could put into the cache would run in the orchestrator, with its tokens.
 */

type Environment = Readonly<Record<string, string | undefined>>

/** The runner's tool cache on a GitHub runner (kept between jobs), else the user's cache dir. */
export function compileCacheDir(env: Environment): string {
  return join(cacheRoot(env), 'plan-orchestrator', 'compile-cache')
}

export function enableCompileCache(env: Environment = process.env): void {
  // Set at all, as Node.js itself reads it.
  if (env['NODE_DISABLE_COMPILE_CACHE'] !== undefined) return
  // Node.js has turned on the cache in the directory the user chose, before this code ran.
  if ((env['NODE_COMPILE_CACHE'] ?? '') !== '') return
  // Not in @types/node 20, which the sources are checked against.
  const enable = (module as { enableCompileCache?: (directory: string) => unknown })
    .enableCompileCache
  if (typeof enable !== 'function') return
  try {
    const dir = compileCacheDir(env)
    if (makeDirectory(dir) && isPrivateDirectory(dir)) enable.call(module, dir)
  } catch {
    // No cache: the same code, compiled afresh.
  }
}

function cacheRoot(env: Environment): string {
  const toolCache = env['RUNNER_TOOL_CACHE']
  if (toolCache !== undefined && toolCache !== '') return toolCache
  switch (platform()) {
    case 'win32':
      return env['LOCALAPPDATA'] || join(homedir(), 'AppData', 'Local')
    case 'darwin':
      return join(homedir(), 'Library', 'Caches')
    default:
      return env['XDG_CACHE_HOME'] || join(homedir(), '.cache')
  }
}

/**
 * `mkdir -p`, one level at a time, each level it makes 0700: Node's own recursive mkdir never
 * returns where a parent refuses new entries, such as under /proc.
 */
function makeDirectory(dir: string): boolean {
  const missing: string[] = []
  for (let at = dir; !existsSync(at); at = dirname(at)) {
    if (dirname(at) === at) return false
    missing.unshift(at)
  }
  for (const at of missing) {
    try {
      mkdirSync(at, { mode: 0o700 })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return false
    }
  }
  return true
}

/** Made earlier, by someone else or with looser modes: not ours to trust. */
function isPrivateDirectory(dir: string): boolean {
  const made = lstatSync(dir)
  if (!made.isDirectory() || (made.mode & 0o077) !== 0) return false
  return process.getuid === undefined || made.uid === process.getuid()
}
