import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { lstat, mkdir, readFile, readdir, realpath } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { CONTROL_ROOT, type RunLayout, runLayout } from '../core/run/layout.js'
import { isRunId, noSuchRunMessage, runIdProblem } from '../core/run/run-id.js'
import type { RunState } from '../core/schemas/run-state.js'
import { validRunStateForSave } from '../core/run/run-state-save.js'
import { UserInputError } from '../errors.js'
import { RunStateUnreadableError, parseRunState } from '../core/run/run-state-file.js'
import { writeFileAtomically } from './atomic-file.js'

export {
  type RunStateProblem,
  RunStateUnreadableError,
  parseRunState
} from '../core/run/run-state-file.js'

/**
 * run_state.json on disk: validated on every read, written whole and atomically on every
 * save. A damaged file is reported by what is wrong with it, never half-read.
 */

export async function loadRunState(layout: RunLayout): Promise<RunState> {
  const path = layout.runStatePath
  let text: string
  try {
    // One synchronous call: `status --all` reads every run's state, and an asynchronous read
    // (open, stat, read, close, each a round trip through libuv's thread pool) was about a
    // fifth of its time over 1,000 runs (docs/performance.md).
    text = readFileSync(path, 'utf8')
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT'
    throw new RunStateUnreadableError(
      path,
      'missing',
      missing ? `no run state (is ${layout.runId} a run id?)` : String(error)
    )
  }
  return parseRunState(path, text)
}

/**
 * Validates and saves the state; returns the sha256 of the text written. What an earlier
 * save already validated is not parsed again (core/run/run-state-save.ts).
 */
export async function saveRunState(layout: RunLayout, state: RunState): Promise<string> {
  const text = runStateText(validRunStateForSave(state))
  await writeText(layout.runStatePath, text)
  return createHash('sha256').update(text).digest('hex')
}

function runStateText(state: RunState): string {
  return `${JSON.stringify(state, null, 2)}\n`
}

export async function writeJson(path: string, value: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  await writeFileAtomically(path, `${JSON.stringify(value, null, 2)}\n`)
}

export async function writeText(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  await writeFileAtomically(path, text)
}

/** Run ids that have a control directory, newest first by name; other names are not runs. */
export async function listRunIds(repoRoot: string): Promise<string[]> {
  const entries = await readdir(join(repoRoot, CONTROL_ROOT), { withFileTypes: true }).catch(
    () => []
  )
  return entries
    .filter((entry) => entry.isDirectory() && isRunId(entry.name))
    .map((entry) => entry.name)
    .sort()
    .reverse()
}

/**
 * The run a command names, found the one way every entry point finds it: the id is checked
 * before any path is built from it, the run's directory must exist in this repository, and a
 * run state that names another repository (a copied `.local/`, a restored backup) is not a
 * run of this one. Each refusal is one line. A run directory whose state is damaged is found:
 * naming the damage is the caller's job (doctor, status).
 */
export async function findRun(repoRoot: string, runId: string): Promise<RunLayout> {
  const problem = runIdProblem(runId)
  if (problem !== undefined) throw new UserInputError(problem)
  const layout = runLayout(repoRoot, runId)
  const info = await lstat(layout.controlDir).catch(() => undefined)
  if (info === undefined || !info.isDirectory()) throw new UserInputError(noSuchRunMessage(runId))
  const owner = await recordedRepoRoot(layout)
  if (owner !== undefined && !(await sameDirectory(owner, repoRoot)))
    throw new UserInputError(
      noSuchRunMessage(runId, `its run state belongs to ${printable(owner)}`)
    )
  return layout
}

/** Whether the run's saved state belongs to the repository it sits in (for listings). */
export async function belongsHere(layout: RunLayout): Promise<boolean> {
  const owner = await recordedRepoRoot(layout)
  return owner === undefined || (await sameDirectory(owner, layout.repoRoot))
}

/**
 * A run restored into another checkout of the same repository (a GitHub job's fresh
 * workspace, whose path differs from the job that saved it) is re-anchored there, so the
 * commands of this checkout accept it as its own.
 */
export async function anchorRestoredRun(layout: RunLayout): Promise<void> {
  const state = await loadRunState(layout)
  if (await sameDirectory(state.repo_root, layout.repoRoot)) return
  await saveRunState(layout, { ...state, repo_root: layout.repoRoot })
}

/** `belongsHere` for a state already loaded, without reading the file again. */
export async function stateBelongsHere(layout: RunLayout, state: RunState): Promise<boolean> {
  return state.repo_root === '' || (await sameDirectory(state.repo_root, layout.repoRoot))
}

async function recordedRepoRoot(layout: RunLayout): Promise<string | undefined> {
  try {
    const json: unknown = JSON.parse(await readFile(layout.runStatePath, 'utf8'))
    const root = (json as { repo_root?: unknown } | null)?.repo_root
    return typeof root === 'string' && root !== '' ? root : undefined
  } catch {
    return undefined
  }
}

async function sameDirectory(a: string, b: string): Promise<boolean> {
  if (a === b) return true
  const [left, right] = await Promise.all(
    [a, b].map((path) => realpath(path).catch(() => undefined))
  )
  return left !== undefined && left === right
}

function printable(text: string): string {
  const control = [...text].some((char) => char.charCodeAt(0) < 0x20 || char === '\x7f')
  return control ? JSON.stringify(text) : text
}
