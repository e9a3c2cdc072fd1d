/** What can be wrong with a run's run_state.json, as doctor reads it, and how it says so. */

export type RunStateDamage =
  'missing' | 'unreadable' | 'empty' | 'truncated' | 'not_json' | 'schema_invalid' | 'wrong_run'

/** A JSON object that starts but never closes: a write cut off partway. */
export function looksTruncated(text: string): boolean {
  const body = text.trim()
  if (!body.startsWith('{')) return false
  let depth = 0
  let inString = false
  let escaped = false
  for (const char of body) {
    if (inString) {
      if (escaped) escaped = false
      else if (char === '\\') escaped = true
      else if (char === '"') inString = false
    } else if (char === '"') inString = true
    else if (char === '{' || char === '[') depth += 1
    else if (char === '}' || char === ']') {
      depth -= 1
      // The top-level object closed: whatever is wrong after it is not a cut-off write.
      if (depth === 0) return false
    }
  }
  return inString || depth > 0
}

const NO_REWRITE =
  'doctor --fix-safe never rewrites run state; restore the file from a backup or start a new run'

const DAMAGE_TEXT: Record<RunStateDamage, (bytes: number, why: string) => string> = {
  missing: (_, why) => `run_state.json is missing: ${why}`,
  unreadable: (_, why) => `run_state.json cannot be read: ${why}`,
  empty: (bytes) =>
    `run_state.json is empty (${bytes} bytes): the run's state was lost, most likely while it was being written; ${NO_REWRITE}`,
  truncated: (bytes, why) =>
    `run_state.json is truncated: its ${bytes} bytes of JSON stop before the closing brace, so it was cut off while being written (${why}); ${NO_REWRITE}`,
  not_json: (_, why) => `run_state.json is not JSON (${why}); ${NO_REWRITE}`,
  schema_invalid: (_, why) =>
    `run_state.json is JSON but not a valid run state (${why}); ${NO_REWRITE}`,
  wrong_run: (_, why) => `run_state.json belongs to another run (${why})`
}

export function describeRunStateDamage(damage: RunStateDamage, bytes: number, why: string): string {
  return DAMAGE_TEXT[damage](bytes, why)
}
