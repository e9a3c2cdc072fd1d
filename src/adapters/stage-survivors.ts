import { bootId } from './process-table.js'
import { cgroupMembers, isStageCgroupPath, tryRemove } from './stage-cgroup.js'
import {
  type StageProcess,
  type StageScope,
  findStageProcesses,
  isInside,
  stopStageProcesses
} from './stage-processes.js'
import { type StageRecord, readStageRecords, updateStageRecords } from './stage-records.js'

/**
 * What earlier processes of a run left running: found for `doctor`, stopped by `resume`
 * before it starts anything (docs/reliability.md).
 */

export interface Survivor extends StageProcess {
  readonly itemId: string | null
  readonly attempt: number | null
  readonly stage: string | null
}

/** Where a run keeps its stages: its record, and the directory of its worktrees. */
export interface RunStages {
  readonly runId: string
  /** `runs/<RUN>/stage_processes.json`. */
  readonly recordPath: string
  /** `worktrees/<RUN>/`: a recorded worktree outside it is not trusted. */
  readonly worktreesDir: string
}

async function runScope(run: RunStages): Promise<{
  scope: StageScope
  records: StageRecord[]
}> {
  // The record is data from disk: only what it can rightly name is trusted to find (and
  // kill) processes, never another directory or another cgroup.
  const records = (await readStageRecords(run.recordPath)).filter(
    (record) =>
      record.run_id === run.runId &&
      record.stage_id.startsWith(`${run.runId}/`) &&
      isInside(record.worktree_path, run.worktreesDir) &&
      record.worktree_path !== run.worktreesDir.replace(/\/$/, '') &&
      (record.cgroup_path === null || isStageCgroupPath(record.cgroup_path))
  )
  // Ticks, pids and cgroups mean nothing on another machine or after a reboot.
  const here = bootId()
  const local = records.filter((record) => here !== null && record.boot_id === here)
  return {
    records,
    scope: {
      ids: [`${run.runId}/`],
      workdirs: local.flatMap((record) =>
        record.since_ticks === null
          ? []
          : [{ path: record.worktree_path, sinceTicks: record.since_ticks }]
      ),
      cgroups: local.flatMap((record) => (record.cgroup_path === null ? [] : [record.cgroup_path]))
    }
  }
}

function attribute(found: StageProcess, records: readonly StageRecord[]): Survivor {
  const byMarker = found.stageId?.split('/')
  if (found.foundBy === 'marker' && byMarker !== undefined && byMarker.length >= 4) {
    const [, itemId, attempt, ...stage] = byMarker
    return {
      ...found,
      itemId: itemId ?? null,
      attempt: Number(attempt) || null,
      stage: stage.join('/')
    }
  }
  const record =
    found.foundBy === 'cgroup'
      ? records.find(
          (candidate) =>
            candidate.cgroup_path !== null &&
            cgroupMembers(candidate.cgroup_path).includes(found.pid)
        )
      : records.find(
          (candidate) => found.cwd !== null && isInside(found.cwd, candidate.worktree_path)
        )
  return {
    ...found,
    itemId: record?.item_id ?? null,
    attempt: record?.attempt_number ?? null,
    stage: record?.stage ?? null
  }
}

/** Processes of a run's stages that are still running (for `doctor`); nothing is changed. */
export async function findRunSurvivors(run: RunStages): Promise<Survivor[]> {
  const { scope, records } = await runScope(run)
  return findStageProcesses(scope).map((found) => attribute(found, records))
}

/**
 * For `resume`, before it starts anything: stops what earlier processes of the run left
 * running, removes their stage cgroups and forgets the stages that are fully stopped.
 */
export async function stopRunSurvivors(
  run: RunStages,
  graceMs: number
): Promise<{ stopped: Survivor[]; remaining: Survivor[] }> {
  const { scope, records } = await runScope(run)
  const before = findStageProcesses(scope).map((found) => attribute(found, records))
  const outcome = await stopStageProcesses(scope, graceMs)
  const attributed = new Map(before.map((survivor) => [survivor.pid, survivor]))
  const named = (found: StageProcess): Survivor =>
    attributed.get(found.pid) ?? attribute(found, records)
  const remaining = outcome.remaining.map(named)
  const leftCgroups = new Set(scope.cgroups.filter((dir) => !tryRemove(dir)))
  if (records.length > 0) {
    const keep = new Set(
      records
        .filter(
          (record) =>
            (record.cgroup_path !== null && leftCgroups.has(record.cgroup_path)) ||
            remaining.some((survivor) => survivor.stageId === record.stage_id)
        )
        .map((record) => record.stage_id)
    )
    await updateStageRecords(run.recordPath, (stages) =>
      stages.filter((stage) => stage.run_id !== run.runId || keep.has(stage.stage_id))
    )
  }
  return { stopped: outcome.found.map(named), remaining }
}

/** One line per process, for an event, an error or doctor. */
export function describeSurvivor(survivor: Survivor): string {
  const owner =
    survivor.itemId === null
      ? 'stage unknown'
      : `item ${survivor.itemId} attempt ${survivor.attempt ?? '?'} ${survivor.stage ?? ''}`.trim()
  return `pid ${survivor.pid} (${survivor.command || '?'}; ${owner}; found by ${survivor.foundBy})`
}
