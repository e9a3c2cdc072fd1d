import type { Actor } from '../core/schemas/run-state.js'
import { describeError } from '../errors.js'
import { type LiveChild, liveChildren } from './live-children.js'
import {
  isProcessGroupRunning,
  signalProcessGroup,
  terminateProcessGroup
} from './process-group.js'
import type { HeldRunLock } from './run-lock.js'
import { killOpenStages, stopOpenStages } from './stage-processes.js'

/**
 * SIGINT / SIGTERM while a run or resume works (a cancelled CI job, a supervisor, Ctrl-C).
 * The run stays where it was and is marked as interrupted, so `status` says so and `resume`
 * continues it; every child group and stage is stopped, the lock released, and the process exits
 * well before a CI runner's own SIGKILL (7.5 s after its SIGTERM), even if a child ignores
 * SIGTERM. The handlers exist only around the work: every other command, and a later run
 * in the same process, keeps Node's default behaviour.
 */

export const INTERRUPTION_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const

type InterruptionSignal = keyof typeof INTERRUPTION_EXIT_CODES

const SIGNALS = Object.keys(INTERRUPTION_EXIT_CODES) as InterruptionSignal[]

/** Between SIGTERM and SIGKILL to each child group. */
const CHILD_KILL_GRACE_MS = 1500

/** The process exits by then even if the state save or the lock release hangs (a stuck disk). */
const EXIT_DEADLINE_MS = 4000

/** What of the run session an interruption needs (RunSession in the kernel). */
export interface InterruptibleSession {
  readonly state: { readonly run_id: string; readonly current_state: string }
  freeze(actor: Actor, message: string): Promise<void>
}

export interface Interruption {
  /** The session to record the interruption in and to freeze; returned unchanged. */
  track<S extends InterruptibleSession>(session: S): S
}

export async function withInterruptionGuard<T>(
  lock: HeldRunLock,
  work: (interruption: Interruption) => Promise<T>
): Promise<T> {
  let session: InterruptibleSession | undefined
  let stopping = false
  const onSignal = (signal: NodeJS.Signals): void => {
    // A second signal changes nothing: the shutdown under way is already bounded.
    if (stopping) return
    stopping = true
    void stopAndExit(signal as InterruptionSignal, lock, session)
  }
  for (const signal of SIGNALS) process.on(signal, onSignal)
  const interruption: Interruption = {
    track(tracked) {
      session = tracked
      return tracked
    }
  }
  // Once stopping, whatever the work still does (it may end, or fail on a killed child)
  // must reach neither the caller nor the lock: the shutdown owns both until the exit.
  try {
    const result = await work(interruption)
    if (stopping) return await pendingForever()
    return result
  } catch (error) {
    if (stopping) return await pendingForever()
    throw error
  } finally {
    if (!stopping) for (const signal of SIGNALS) process.removeListener(signal, onSignal)
  }
}

async function stopAndExit(
  signal: InterruptionSignal,
  lock: HeldRunLock,
  session: InterruptibleSession | undefined
): Promise<void> {
  const resumeHint = `resume with: plan-orchestrator resume --run-id ${lock.runId}`
  const at = session?.state.current_state
  let exited = false
  const exit = (outcome: string): void => {
    if (exited) return
    exited = true
    // A stage may have started a child after the groups were stopped; it must not outlive us.
    killRemainingGroups()
    process.stderr.write(`interrupted by ${signal}; run ${lock.runId} ${outcome}; ${resumeHint}\n`)
    process.exit(INTERRUPTION_EXIT_CODES[signal])
  }
  const deadline = setTimeout(
    () => exit(`left at ${at ?? 'its saved state'} (the shutdown did not finish in time)`),
    EXIT_DEADLINE_MS
  )

  // Frozen at once (synchronously, before any child is signalled), so the kernel cannot
  // record a child's death as its failure; the children are stopped meanwhile.
  const recorded: Promise<string> =
    session === undefined
      ? Promise.resolve('unchanged')
      : session.freeze('orchestrator', `interrupted by ${signal} at ${at}; ${resumeHint}`).then(
          () => `saved at ${at}`,
          (error: unknown) =>
            `left at ${at} (the interruption could not be recorded: ${describeError(error)})`
        )
  const [outcome] = await Promise.all([recorded, stopAllChildren()])
  await lock.release().catch(() => undefined)
  clearTimeout(deadline)
  exit(outcome)
}

/**
 * Stops every registered child group, including any that starts while this is under way,
 * and whatever the open stages started outside their groups.
 */
async function stopAllChildren(): Promise<void> {
  await Promise.all([stopChildGroups(), stopOpenStages(CHILD_KILL_GRACE_MS)])
}

async function stopChildGroups(): Promise<void> {
  const stopping = new Map<number, Promise<void>>()
  const stopNewOnes = (children: readonly LiveChild[]): void => {
    for (const { pid } of children) {
      if (!stopping.has(pid)) stopping.set(pid, terminateProcessGroup(pid, CHILD_KILL_GRACE_MS))
    }
  }
  // Never unsubscribed: the process exits at the end of this shutdown.
  liveChildren.subscribe(stopNewOnes)
  stopNewOnes(liveChildren.list())
  let waitedFor = -1
  while (waitedFor !== stopping.size) {
    waitedFor = stopping.size
    await Promise.all(stopping.values())
  }
}

function killRemainingGroups(): void {
  for (const { pid } of liveChildren.list()) {
    if (isProcessGroupRunning(pid)) signalProcessGroup(pid, 'SIGKILL')
  }
  killOpenStages()
}

function pendingForever(): Promise<never> {
  return new Promise<never>(() => undefined)
}
