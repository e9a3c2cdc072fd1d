import { createHash } from 'node:crypto'
import { mkdir, readFile, readdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { CONTROL_ROOT, type RunLayout } from '../core/run/layout.js'
import { type RunState, RunStateSchema } from '../core/schemas/run-state.js'
import { writeFileAtomically } from './atomic-file.js'

/**
 * run_state.json on disk: validated on every read, written whole and atomically on every
 * save. A damaged file is reported by what is wrong with it, never half-read.
 */

export type RunStateProblem = 'missing' | 'empty' | 'not_json' | 'schema_invalid'

export class RunStateUnreadableError extends Error {
  override readonly name = 'RunStateUnreadableError'
  readonly exitCode = 1
  constructor(
    readonly path: string,
    readonly problem: RunStateProblem,
    detail: string
  ) {
    super(`${path}: ${detail}`)
  }
}

export async function loadRunState(layout: RunLayout): Promise<RunState> {
  const path = layout.runStatePath
  const text = await readFile(path, 'utf8').catch((error: unknown) => {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT'
    throw new RunStateUnreadableError(
      path,
      'missing',
      missing ? `no run state (is ${layout.runId} a run id?)` : String(error)
    )
  })
  return parseRunState(path, text)
}

export function parseRunState(path: string, text: string): RunState {
  if (text.trim() === '') throw new RunStateUnreadableError(path, 'empty', 'run state is empty')
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    throw new RunStateUnreadableError(
      path,
      'not_json',
      `run state is not valid JSON (truncated?): ${detail}`
    )
  }
  const parsed = RunStateSchema.safeParse(json)
  if (!parsed.success) {
    const first = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ')
    throw new RunStateUnreadableError(
      path,
      'schema_invalid',
      `run state does not match its schema: ${first}`
    )
  }
  return parsed.data
}

/** Validates and saves the state; returns the sha256 of the text written. */
export async function saveRunState(layout: RunLayout, state: RunState): Promise<string> {
  const text = runStateText(RunStateSchema.parse(state))
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

/** Run ids that have a control directory, newest first by name. */
export async function listRunIds(repoRoot: string): Promise<string[]> {
  const entries = await readdir(join(repoRoot, CONTROL_ROOT), { withFileTypes: true }).catch(
    () => []
  )
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .reverse()
}
