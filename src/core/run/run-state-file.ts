import { type RunState, RunStateSchema } from '../schemas/run-state.js'

/**
 * run_state.json's text, read: validated whole, a damaged file reported by what is wrong
 * with it, never half-read. Reading the file is the run store's (src/adapters/run-store.ts).
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
