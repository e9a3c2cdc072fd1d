import { readFile, rm } from 'node:fs/promises'
import { z } from 'zod'
import { writeFileAtomically } from './atomic-file.js'

/**
 * `stage_processes.json` beside the run state: the stages that are open, so that after a
 * kill -9 of the orchestrator `resume` finds and stops what they left running.
 */

export const STAGE_RECORDS_VERSION = 'plan_orchestrator.stage_processes.v1'

const StageRecordSchema = z.strictObject({
  stage_id: z.string().min(1),
  run_id: z.string().min(1),
  item_id: z.string().min(1),
  attempt_number: z.int().min(1),
  stage: z.string().min(1),
  worktree_path: z.string().min(1),
  started_at_utc: z.string(),
  host: z.string(),
  boot_id: z.string().nullable(),
  orchestrator_pid: z.int(),
  /** How the stage's processes are held: its cgroup, or only the marker and directory. */
  mechanism: z.enum(['cgroup_v2', 'cgroup_v1', 'marker']),
  cgroup_path: z.string().nullable(),
  /** Processes started at or after this many clock ticks since boot belong to the stage. */
  since_ticks: z.int().nullable(),
  leader: z
    .strictObject({ pid: z.int(), start_ticks: z.int().nullable(), command: z.string() })
    .nullable()
})

const StageRecordsSchema = z.strictObject({
  schema_version: z.literal(STAGE_RECORDS_VERSION),
  stages: z.array(StageRecordSchema)
})

export type StageRecord = z.infer<typeof StageRecordSchema>

/** The open stages a record file lists; a missing or unreadable file lists none. */
export async function readStageRecords(path: string): Promise<StageRecord[]> {
  try {
    const parsed = StageRecordsSchema.safeParse(JSON.parse(await readFile(path, 'utf8')))
    return parsed.success ? parsed.data.stages : []
  } catch {
    return []
  }
}

/** One writer per record file in this process; the run lock keeps other processes out. */
const recordQueues = new Map<string, Promise<void>>()

export function updateStageRecords(
  path: string,
  change: (stages: StageRecord[]) => StageRecord[]
): Promise<void> {
  const previous = recordQueues.get(path) ?? Promise.resolve()
  const next = previous.then(async () => {
    const stages = change(await readStageRecords(path))
    if (stages.length === 0) await rm(path, { force: true })
    else
      await writeFileAtomically(
        path,
        `${JSON.stringify({ schema_version: STAGE_RECORDS_VERSION, stages }, null, 2)}\n`
      )
  })
  // A failed record write must not stop later ones; the caller sees its own failure.
  const settled = next.catch(() => undefined)
  recordQueues.set(path, settled)
  void settled.then(() => {
    if (recordQueues.get(path) === settled) recordQueues.delete(path)
  })
  return next
}
