import { z } from 'zod'

/**
 * A run id is an id: `RUN_<yyyymmddTHHMMSSZ>_<8 hex>`, nothing else. Paths under `.local/`,
 * branch names and artifact names are built from it, so every entry point (CLI flags, action
 * inputs, supervision variables) checks it here before any of those is built.
 */

export const RUN_ID_PATTERN = /^RUN_[0-9]{8}T[0-9]{6}Z_[0-9a-f]{8}$/
export const RUN_ID_FORM = 'RUN_<yyyymmddTHHMMSSZ>_<8 hex>'

export function isRunId(value: unknown): value is string {
  return typeof value === 'string' && RUN_ID_PATTERN.test(value)
}

/** For zod schemas of inputs and records: the same rule, the same words. */
export const RunIdSchema = z.string().regex(RUN_ID_PATTERN, `must be a run id (${RUN_ID_FORM})`)

/**
 * Why a value given for a run id is not one, in one line; undefined when it is one. A value
 * with anything but plain path characters is quoted the JSON way, so a newline or a control
 * character in it cannot forge a second line of output.
 */
export function runIdProblem(
  value: string,
  label = '--run-id',
  separator = ' '
): string | undefined {
  if (RUN_ID_PATTERN.test(value)) return undefined
  const cut = value.length > 80 ? `${value.slice(0, 80)}…` : value
  const shown = /^[A-Za-z0-9_./-]+$/.test(cut) ? cut : JSON.stringify(cut)
  return `${label}${separator}${shown} is not a run id (${RUN_ID_FORM})`
}

/** The one line for a well-formed id that names no run of this repository. */
export function noSuchRunMessage(runId: string, why?: string): string {
  return `no run ${runId} in this repository${why === undefined ? '' : ` (${why})`}; list runs: plan-orchestrator status --all`
}
