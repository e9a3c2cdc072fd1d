import {
  type RunStages,
  type Survivor,
  describeSurvivor,
  findRunSurvivors,
  stopRunSurvivors
} from '../adapters/stage-survivors.js'
import type { DoctorCheck } from '../core/run/doctor-checks.js'
import type { RunLayout } from '../core/run/layout.js'
import { UserInputError } from '../errors.js'
import type { RunSession } from '../kernel/run-session.js'

/**
 * What a killed orchestrator left running: the agents and commands of its open stages and
 * everything they started (see docs/reliability.md). `resume` stops them before it starts
 * anything, `doctor` names them.
 */

/** SIGTERM, then SIGKILL after this long: an agent gets the grace it gets at a timeout. */
const SURVIVOR_GRACE_MS = 2000

/**
 * Stops what earlier processes of the run left running and records it in the event log;
 * refuses to go on while any of it cannot be stopped (it could still write).
 */
export async function stopEarlierStages(session: RunSession): Promise<void> {
  const { stopped, remaining } = await stopRunSurvivors(
    runStages(session.layout),
    SURVIVOR_GRACE_MS
  )
  if (stopped.length === 0) return
  const items = new Set(stopped.map((survivor) => survivor.itemId))
  const itemId = items.size === 1 ? ([...items][0] ?? null) : null
  await session.note(
    itemId,
    'orchestrator',
    `stopped ${count(stopped.length)} left running by an earlier process of this run: ${stopped.map(describeSurvivor).join('; ')}`
  )
  if (remaining.length > 0) {
    throw new UserInputError(
      `${count(remaining.length)} of an earlier process of run ${session.state.run_id} could not be stopped: ${remaining.map(describeSurvivor).join('; ')}; stop them, then resume again`
    )
  }
}

/**
 * doctor's `stage_processes` check, present only when some process of the run is running:
 * each named, and whether a live writer of the run accounts for it.
 */
export async function stageProcessesCheck(
  layout: RunLayout,
  locked: boolean
): Promise<DoctorCheck | undefined> {
  const survivors = await findRunSurvivors(runStages(layout))
  const processes = survivors.map(processEntry)
  if (survivors.length === 0) return undefined
  if (locked)
    return {
      name: 'stage_processes',
      status: 'ok',
      detail: `${count(survivors.length)} of the stage that is running now`,
      processes
    }
  return {
    name: 'stage_processes',
    status: 'warning',
    detail: `${count(survivors.length)} left running by an earlier process of this run, which no process holds; resume stops them first (plan-orchestrator resume --run-id ${layout.runId}), or stop them yourself`,
    processes
  }
}

function runStages(layout: RunLayout): RunStages {
  return {
    runId: layout.runId,
    recordPath: layout.stageProcessesPath,
    worktreesDir: layout.worktreesDir
  }
}

function processEntry(survivor: Survivor): Record<string, unknown> {
  return {
    pid: survivor.pid,
    command: survivor.command,
    item_id: survivor.itemId,
    attempt_number: survivor.attempt,
    stage: survivor.stage,
    found_by: survivor.foundBy,
    description: describeSurvivor(survivor)
  }
}

function count(n: number): string {
  return n === 1 ? '1 process' : `${n} processes`
}
