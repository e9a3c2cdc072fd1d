import { accessSync, constants, realpathSync } from 'node:fs'
import { delimiter, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CliIo } from './io.js'

/**
 * Commands the CLI prints for a person to paste into a new shell. They must run verbatim
 * there, on a machine where `plan-orchestrator` may not be installed: so they name this very
 * bundle by its absolute path (`node '/…/dist/cli/index.js' …`) and quote every argument
 * the shell could split or expand.
 */

const SAFE = /^[A-Za-z0-9_./:@%+=,-]+$/

/** One shell word: as is when nothing in it is special to the shell, else single-quoted. */
export function shellQuote(word: string): string {
  if (SAFE.test(word)) return word
  return `'${word.replaceAll("'", `'\\''`)}'`
}

export function shellLine(words: readonly string[]): string {
  return words.map(shellQuote).join(' ')
}

/**
 * How to run this CLI again from any directory: `plan-orchestrator` when that command on PATH
 * is this very bundle; else `node` (or node's absolute path when no `node` is on PATH) and the
 * absolute path of the bundle running now. Run from its TypeScript sources (tests), there is
 * no bundle to name: the installed command stands in.
 */
export function thisCliCommand(io: CliIo): string {
  const code = fileURLToPath(import.meta.url)
  if (!code.endsWith('.js')) return 'plan-orchestrator'
  // Bundled, this code is one of the chunks beside the entry (dist/cli/index.js), which is
  // what runs the CLI.
  const here = realpathOr(join(dirname(code), 'index.js'))
  const installed = onPath(io.env['PATH'], 'plan-orchestrator')
  if (installed !== undefined && realpathOr(installed) === here) return 'plan-orchestrator'
  const node = onPath(io.env['PATH'], 'node') !== undefined ? 'node' : shellQuote(process.execPath)
  return `${node} ${shellQuote(here)}`
}

/** The first executable `name` on PATH, the way a shell would find it. */
function onPath(path: string | undefined, name: string): string | undefined {
  for (const dir of (path ?? '').split(delimiter)) {
    if (dir === '') continue
    const candidate = join(dir, name)
    try {
      accessSync(candidate, constants.X_OK)
      return candidate
    } catch {
      // not here; the next directory
    }
  }
  return undefined
}

function realpathOr(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return path
  }
}
