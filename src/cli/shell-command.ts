import { accessSync, constants, realpathSync } from 'node:fs'
import { delimiter, join } from 'node:path'
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
 * How to run this CLI again from any directory: `node` (or node's absolute path when no
 * `node` is on PATH) and the absolute path of the bundle that is running now. Run from its
 * TypeScript sources (tests), there is no bundle to name: the installed command stands in.
 */
export function thisCliCommand(io: CliIo): string {
  const bundle = fileURLToPath(import.meta.url)
  if (!bundle.endsWith('.js')) return 'plan-orchestrator'
  const node = nodeOnPath(io.env['PATH']) ? 'node' : shellQuote(process.execPath)
  return `${node} ${shellQuote(realpathOr(bundle))}`
}

function nodeOnPath(path: string | undefined): boolean {
  return (path ?? '').split(delimiter).some((dir) => {
    if (dir === '') return false
    try {
      accessSync(join(dir, 'node'), constants.X_OK)
      return true
    } catch {
      return false
    }
  })
}

function realpathOr(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return path
  }
}
