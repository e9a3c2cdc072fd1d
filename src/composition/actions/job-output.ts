/**
 * Where a job writes its step outputs; the action's main.ts passes the runner's. A job writes
 * each output when it is known, so one set before a later failure (a hand-off, say) stays set,
 * as the next steps of a failed job may read it.
 */
export type JobOutput = (name: string, value: string) => void
