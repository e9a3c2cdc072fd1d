import { join } from 'node:path'
import { type Lane, MUTATION_LANES } from './lifecycle.js'

/**
 * Where an agent call's logs go, by name alone: the kernel names them in the run store's
 * record of its own writes, the agent adapters write them.
 */

/**
 * Log stem: mutation logs are `<stage>.<round>` (the cycle tag itself), audit and triage logs
 * `<lane>.<cycle>`.
 */
export function logStem(request: { readonly lane: Lane; readonly cycleTag: string }): string {
  return (MUTATION_LANES as readonly Lane[]).includes(request.lane)
    ? request.cycleTag
    : `${request.lane}.${request.cycleTag}`
}

export function logPathsFor(request: {
  readonly lane: Lane
  readonly cycleTag: string
  readonly logDir: string
}): { stdoutPath: string; stderrPath: string } {
  const stem = logStem(request)
  return {
    stdoutPath: join(request.logDir, `${stem}.stdout.log`),
    stderrPath: join(request.logDir, `${stem}.stderr.log`)
  }
}
