import { existsSync, mkdirSync } from 'node:fs'
import module from 'node:module'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'

/**
 * Where V8 keeps the compiled code of this CLI between runs: the runner's tool cache on a
 * GitHub runner (kept between jobs when the workflow caches it), else the user's cache dir.
 */
export function compileCacheDir(env: Readonly<Record<string, string | undefined>>): string {
  const runnerCache = env['RUNNER_TOOL_CACHE']
  if (runnerCache !== undefined && runnerCache !== '')
    return join(runnerCache, 'plan-orchestrator', 'compile-cache')
  const xdg = env['XDG_CACHE_HOME']
  const base = xdg !== undefined && xdg !== '' ? xdg : join(homedir(), '.cache')
  return join(base, 'plan-orchestrator', 'compile-cache')
}

type EnableCompileCache = (dir?: string) => { status: number; message?: string }

/**
 * Turns on V8's compile cache (Node.js >= 22.1) for every module loaded after this call.
 * Only speed depends on it: a cache dir that cannot be created or written, an older Node.js,
 * or NODE_DISABLE_COMPILE_CACHE leaves the CLI as it is, silently.
 */
export function enableCompileCache(env: Readonly<Record<string, string | undefined>>): void {
  // Set at all, as Node.js itself reads it.
  if (env['NODE_DISABLE_COMPILE_CACHE'] !== undefined) return
  // Node.js has turned on the cache in the directory the user chose, before this code ran.
  if ((env['NODE_COMPILE_CACHE'] ?? '') !== '') return
  // Not in @types/node 20, which the sources are checked against.
  const enable = (module as unknown as { enableCompileCache?: EnableCompileCache })
    .enableCompileCache
  if (typeof enable !== 'function') return
  try {
    const dir = compileCacheDir(env)
    if (makeDirectory(dir)) enable(dir)
  } catch {
    // no cache: the same CLI, compiled afresh
  }
}

/**
 * `mkdir -p`, one level at a time: Node's own recursive mkdir (which enableCompileCache uses)
 * never returns where a parent refuses new entries, such as under /proc.
 */
function makeDirectory(dir: string): boolean {
  const missing: string[] = []
  for (let at = dir; !existsSync(at); at = dirname(at)) {
    if (dirname(at) === at) return false
    missing.unshift(at)
  }
  for (const at of missing) {
    try {
      mkdirSync(at)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return false
    }
  }
  return true
}
