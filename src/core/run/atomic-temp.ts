/**
 * The temporary file every whole-file write of the orchestrator goes through
 * (src/adapters/atomic-file.ts): the target's name with `.tmp-` and 16 hex digits, in the
 * target's directory, renamed over the target once written and synced. A process killed in
 * between leaves it behind; this names it, so that what such a kill leaves can be told from
 * what a stage wrote.
 */

const TEMP_SUFFIX = /\.tmp-[0-9a-f]{16}$/

/** The temporary file of a write of `path`, given 16 random hex digits. */
export function atomicTempPath(path: string, randomHex: string): string {
  return `${path}.tmp-${randomHex}`
}

/** The path whose write `path` is the temporary file of, or undefined if it is none. */
export function atomicWriteTarget(path: string): string | undefined {
  const suffix = TEMP_SUFFIX.exec(path)
  return suffix === null || suffix.index === 0 ? undefined : path.slice(0, suffix.index)
}
