import { lstatSync, mkdirSync } from 'node:fs'
import module from 'node:module'
import { homedir, platform } from 'node:os'
import { join } from 'node:path'

/**
 * V8's compile cache for the action's chunks (Node ≥ 22.1): a warm start reads their compiled
 * code instead of parsing several megabytes again. The cache lives in the runner user's tool
 * cache (kept between jobs on a self-hosted runner), else the user's cache directory, in a
 * directory only that user may open: the agents run as another OS user, and code they could
 * put into this cache would run in the action, with its tokens. Any problem only means no
 * cache: a step never fails for it.
 */

interface CompileCacheModule {
  enableCompileCache?: (directory: string) => unknown
}

export function enableActionCompileCache(env: NodeJS.ProcessEnv = process.env): void {
  const enable = (module as CompileCacheModule).enableCompileCache
  if (enable === undefined || env['NODE_DISABLE_COMPILE_CACHE'] !== undefined) return
  try {
    const dir = join(cacheRoot(env), 'plan-orchestrator', 'compile-cache')
    mkdirSync(dir, { recursive: true, mode: 0o700 })
    // Made earlier, by someone else or with looser modes: not ours to trust.
    const made = lstatSync(dir)
    if (!made.isDirectory() || (made.mode & 0o077) !== 0) return
    if (process.getuid !== undefined && made.uid !== process.getuid()) return
    enable.call(module, dir)
  } catch {
    // No cache: only slower.
  }
}

function cacheRoot(env: NodeJS.ProcessEnv): string {
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
