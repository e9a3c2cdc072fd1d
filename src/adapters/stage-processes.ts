import { randomBytes } from 'node:crypto'
import { readFileSync, readdirSync, readlinkSync } from 'node:fs'
import { readFile, rm } from 'node:fs/promises'
import { hostname } from 'node:os'
import { setTimeout as delay } from 'node:timers/promises'
import { z } from 'zod'
import { writeFileAtomically } from './atomic-file.js'
import {
  type CgroupHost,
  cgroupHost,
  cgroupMembers,
  createStageCgroup,
  killCgroup,
  startInside,
  isStageCgroupPath,
  tryRemove
} from './stage-cgroup.js'

/**
 * No process outlives its stage. A stage is one agent call or one verification command;
 * everything it starts is found and stopped when it ends, including processes that left
 * its process group (setsid, a double fork). Three nets, each catching what the others may
 * miss (see docs/reliability.md):
 *
 * - a cgroup per stage, where the orchestrator may make one (stage-cgroup.ts): nothing can
 *   leave it;
 * - the marker `PLAN_ORCHESTRATOR_STAGE_ID=<run>/<item>/<attempt>/<stage>` in every child's
 *   environment, which its descendants inherit, found in `/proc/<pid>/environ`;
 * - a working directory inside the attempt's worktree, for a process started since the
 *   stage began, found through `/proc/<pid>/cwd`.
 *
 * Open stages are recorded beside the run state (`stage_processes.json`), so that after a
 * kill -9 of the orchestrator `resume` finds and stops what the old stages left running, and
 * `doctor` names it. Linux only: without `/proc` only the process group is stopped.
 */

export const STAGE_ID_ENV = 'PLAN_ORCHESTRATOR_STAGE_ID'

/** Who a child process works for; the kernel's StageRef. */
export interface StageBinding {
  readonly runId: string
  readonly itemId: string
  readonly attempt: number
  /** `execute.round-0`, `audit_codex.execute.round-0`, `verification.fix.round-1`, … */
  readonly stage: string
  /** The attempt's worktree (absolute). */
  readonly worktree: string
  /** The run's `stage_processes.json`. */
  readonly recordPath: string
}

export function stageIdOf(binding: Omit<StageBinding, 'worktree' | 'recordPath'>): string {
  return `${binding.runId}/${binding.itemId}/${binding.attempt}/${binding.stage}`
}

// ---------------------------------------------------------------------------------------
// The process table

export interface ProcessInfo {
  readonly pid: number
  readonly ppid: number
  readonly state: string
  /** Start time in clock ticks since boot (`/proc/<pid>/stat` field 22). */
  readonly startTicks: number
  /** Working directory; null when unreadable (another user, a kernel thread). */
  readonly cwd: string | null
  /** The stage marker in its environment, if any. */
  readonly stageId: string | null
  /** Its command line, shortened for a report. */
  readonly command: string
}

/** Linux counts process start times in USER_HZ, 100 on every architecture it runs on. */
const TICKS_PER_SECOND = 100
const COMMAND_SHOWN = 160

interface ProcStat {
  readonly state: string
  readonly ppid: number
  readonly startTicks: number
}

function readStat(pid: number | string): ProcStat | null {
  let text: string
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8')
  } catch {
    return null
  }
  // The command name is parenthesised and may hold anything, spaces and parentheses too.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ')
  const startTicks = Number(fields[19])
  if (!Number.isFinite(startTicks)) return null
  return { state: fields[0] ?? '', ppid: Number(fields[1]), startTicks }
}

function readMarker(pid: number): string | null {
  let environ: Buffer
  try {
    environ = readFileSync(`/proc/${pid}/environ`)
  } catch {
    return null
  }
  const prefix = `${STAGE_ID_ENV}=`
  for (const entry of environ.toString('utf8').split('\0')) {
    if (entry.startsWith(prefix)) return entry.slice(prefix.length)
  }
  return null
}

function readCwd(pid: number): string | null {
  try {
    return readlinkSync(`/proc/${pid}/cwd`).replace(/ \(deleted\)$/, '')
  } catch {
    return null
  }
}

function readCommand(pid: number): string {
  try {
    const text = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim()
    return text.length > COMMAND_SHOWN ? `${text.slice(0, COMMAND_SHOWN - 1)}…` : text
  } catch {
    return ''
  }
}

/** The pids in /proc; empty where there is none. */
function listPids(): number[] {
  try {
    return readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .map(Number)
  } catch {
    return []
  }
}

/** Clock ticks since boot now, in the unit of ProcessInfo.startTicks. */
export function currentTicks(): number | null {
  try {
    const uptime = Number(readFileSync('/proc/uptime', 'utf8').split(' ')[0])
    return Number.isFinite(uptime) ? Math.floor(uptime * TICKS_PER_SECOND) : null
  } catch {
    return null
  }
}

function bootId(): string | null {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim()
  } catch {
    return null
  }
}

// ---------------------------------------------------------------------------------------
// Finding and stopping

/** What belongs to a stage (or to several: a prefix ending in `/` names a run or attempt). */
export interface StageScope {
  /**
   * Nothing of the scope started before this (clock ticks since boot): older processes are
   * passed over without reading their environment, which is slow on a busy machine.
   */
  readonly notBeforeTicks?: number
  /** Stage ids, exact, or prefixes ending in `/`. */
  readonly ids: readonly string[]
  /** Processes started since `sinceTicks` working inside `path`. */
  readonly workdirs: ReadonlyArray<{ readonly path: string; readonly sinceTicks: number }>
  /** Stage cgroup directories. */
  readonly cgroups: readonly string[]
}

export type FoundBy = 'cgroup' | 'marker' | 'working directory'

export interface StageProcess extends ProcessInfo {
  readonly foundBy: FoundBy
}

function idMatches(id: string, wanted: string): boolean {
  return wanted.endsWith('/') ? id.startsWith(wanted) : id === wanted
}

function isInside(path: string, root: string): boolean {
  const base = root.endsWith('/') ? root.slice(0, -1) : root
  return path === base || path.startsWith(`${base}/`)
}

/** This process and its ancestors: never a stage's, whatever their directory. */
function selfAndAncestors(): Set<number> {
  const lineage = new Set<number>()
  for (let pid = process.pid; pid > 0 && !lineage.has(pid);) {
    lineage.add(pid)
    pid = readStat(pid)?.ppid ?? 0
  }
  return lineage
}

/** How a process belongs to the scope, if it does; reads as little of it as it can. */
function belonging(
  pid: number,
  stat: ProcStat,
  scope: StageScope,
  inCgroups: ReadonlySet<number>
): { foundBy: FoundBy; cwd: string | null; stageId: string | null } | undefined {
  if (inCgroups.has(pid)) return { foundBy: 'cgroup', cwd: readCwd(pid), stageId: readMarker(pid) }
  const stageId = scope.ids.length === 0 ? null : readMarker(pid)
  if (stageId !== null && scope.ids.some((id) => idMatches(stageId, id)))
    return { foundBy: 'marker', cwd: readCwd(pid), stageId }
  const dirs = scope.workdirs.filter((dir) => stat.startTicks >= dir.sinceTicks)
  if (dirs.length === 0) return undefined
  const cwd = readCwd(pid)
  if (cwd !== null && dirs.some((dir) => isInside(cwd, dir.path)))
    return { foundBy: 'working directory', cwd, stageId }
  return undefined
}

/** The running processes of a scope (zombies are dead and left out). */
export function findStageProcesses(scope: StageScope): StageProcess[] {
  const excluded = selfAndAncestors()
  const inCgroups = new Set(scope.cgroups.flatMap(cgroupMembers))
  const found: StageProcess[] = []
  for (const pid of listPids()) {
    if (excluded.has(pid)) continue
    const stat = readStat(pid)
    if (stat === null || stat.state === 'Z' || stat.state === 'X') continue
    if (
      scope.notBeforeTicks !== undefined &&
      stat.startTicks < scope.notBeforeTicks &&
      !inCgroups.has(pid)
    )
      continue
    const match = belonging(pid, stat, scope, inCgroups)
    if (match === undefined) continue
    found.push({
      pid,
      ppid: stat.ppid,
      state: stat.state,
      startTicks: stat.startTicks,
      ...match,
      command: readCommand(pid)
    })
  }
  return found
}

const POLL_MS = 50
/** SIGKILL rounds before giving up on a process that keeps coming back (a fork loop). */
const KILL_ROUNDS = 40

/** Signals a process only if its pid still names the process that was found. */
function signal(found: ProcessInfo, name: NodeJS.Signals): void {
  if (readStat(found.pid)?.startTicks !== found.startTicks) return
  try {
    process.kill(found.pid, name)
  } catch {
    // Gone, or not ours to signal (reported as remaining).
  }
}

export interface StopOutcome {
  /** Every process of the scope seen running, in the order found. */
  readonly found: readonly StageProcess[]
  /** Those still running at the end (another user's, or unkillable). */
  readonly remaining: readonly StageProcess[]
}

/** SIGTERM to everything of the scope, SIGKILL after `graceMs` to whatever is left. */
export async function stopStageProcesses(scope: StageScope, graceMs: number): Promise<StopOutcome> {
  const seen = new Map<number, StageProcess>()
  const look = (): StageProcess[] => {
    const found = findStageProcesses(scope)
    for (const info of found) if (!seen.has(info.pid)) seen.set(info.pid, info)
    return found
  }
  const terminated = new Set<number>()
  const terminate = (found: readonly StageProcess[]): void => {
    for (const info of found) {
      if (terminated.has(info.pid)) continue
      terminated.add(info.pid)
      signal(info, 'SIGTERM')
    }
  }
  let running = look()
  if (running.length === 0) return { found: [], remaining: [] }
  terminate(running)
  const deadline = performance.now() + graceMs
  while (running.length > 0 && performance.now() < deadline) {
    await delay(POLL_MS)
    running = look()
    terminate(running)
  }
  for (let round = 0; running.length > 0 && round < KILL_ROUNDS; round += 1) {
    for (const dir of scope.cgroups) killCgroup(dir)
    for (const info of running) signal(info, 'SIGKILL')
    await delay(POLL_MS)
    running = look()
  }
  return { found: [...seen.values()], remaining: running }
}

// ---------------------------------------------------------------------------------------
// The record beside the run state

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

function updateStageRecords(
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

// ---------------------------------------------------------------------------------------
// A running stage, as the process runner sees it

export interface Stage {
  readonly id: string
  /** The child's environment: the caller's, plus the stage marker. */
  environment(env: Readonly<Record<string, string>>): Record<string, string>
  /** Runs the synchronous spawn, inside the stage's cgroup when there is one. */
  start<T>(spawnChild: () => T): T
  /** Records the stage's first process, once it runs. */
  started(pid: number, command: string): void
  /**
   * Stops whatever of the stage still runs (SIGTERM, then SIGKILL after `graceMs`) and
   * forgets the stage; resolves to what it found running.
   */
  close(graceMs: number): Promise<StopOutcome>
}

const openStages = new Set<{ readonly scope: () => StageScope }>()

/**
 * Opens a stage for one child process. Without a binding the stage is anonymous (a random
 * id, nothing recorded) but is stopped all the same when it closes.
 */
export async function openStage(
  binding: StageBinding | undefined,
  env: Readonly<Record<string, string | undefined>> = process.env
): Promise<Stage> {
  const id =
    binding === undefined
      ? `process/${process.pid}/${randomBytes(6).toString('hex')}`
      : stageIdOf(binding)
  const cgroup: CgroupHost | null = cgroupHost(env)
  let cgroupDir = cgroup === null ? null : createStageCgroup(cgroup, id)
  // Until the child's own start time is known: an estimate from the uptime, with a second
  // of slack (the two clocks are rounded differently, and may be offset in a namespace).
  const now = currentTicks()
  let sinceTicks = now === null ? null : now - TICKS_PER_SECOND
  // Every process of the stage starts at or after its first one; set once that one runs.
  let notBeforeTicks: number | null = null
  const record: StageRecord | undefined =
    binding === undefined
      ? undefined
      : {
          stage_id: id,
          run_id: binding.runId,
          item_id: binding.itemId,
          attempt_number: binding.attempt,
          stage: binding.stage,
          worktree_path: binding.worktree,
          started_at_utc: new Date().toISOString(),
          host: hostname(),
          boot_id: bootId(),
          orchestrator_pid: process.pid,
          mechanism: cgroupDir === null || cgroup === null ? 'marker' : `cgroup_${cgroup.version}`,
          cgroup_path: cgroupDir,
          since_ticks: sinceTicks,
          leader: null
        }
  const replaceRecord = (next: StageRecord | undefined): Promise<void> =>
    binding === undefined || record === undefined
      ? Promise.resolve()
      : updateStageRecords(binding.recordPath, (stages) => [
          ...stages.filter((stage) => stage.stage_id !== id),
          ...(next === undefined ? [] : [next])
        ])
  let current = record
  let recording: Promise<void> = replaceRecord(record).catch(() => undefined)
  // Before the child starts: a crash from here on leaves the stage on record.
  await recording

  const scope = (): StageScope => ({
    ...(notBeforeTicks === null ? {} : { notBeforeTicks }),
    ids: [id],
    workdirs:
      binding === undefined || sinceTicks === null ? [] : [{ path: binding.worktree, sinceTicks }],
    cgroups: cgroupDir === null ? [] : [cgroupDir]
  })
  const handle = { scope }
  openStages.add(handle)

  return {
    id,
    environment: (childEnv) => ({ ...childEnv, [STAGE_ID_ENV]: id }),
    start(spawnChild) {
      if (cgroup !== null && cgroupDir !== null) {
        const started = startInside(cgroup, cgroupDir, spawnChild)
        if (started.inside) return started.value
        tryRemove(cgroupDir)
        cgroupDir = null
      }
      return spawnChild()
    },
    started(pid, command) {
      // Readable even if the child already exited: it is not reaped before this returns.
      const startTicks = readStat(pid)?.startTicks ?? null
      if (startTicks !== null) {
        sinceTicks = startTicks
        notBeforeTicks = startTicks
      }
      if (current === undefined) return
      current = {
        ...current,
        since_ticks: sinceTicks,
        mechanism: cgroupDir === null ? 'marker' : current.mechanism,
        cgroup_path: cgroupDir,
        leader: { pid, start_ticks: startTicks, command }
      }
      const next = current
      recording = recording.then(() => replaceRecord(next).catch(() => undefined))
    },
    async close(graceMs) {
      try {
        const outcome = await stopStageProcesses(scope(), graceMs)
        const cgroupGone = cgroupDir === null || tryRemove(cgroupDir)
        await recording
        // Kept on record while anything of the stage could not be stopped.
        if (outcome.remaining.length === 0 && cgroupGone)
          await replaceRecord(undefined).catch(() => undefined)
        return outcome
      } finally {
        openStages.delete(handle)
      }
    }
  }
}

/**
 * Stops every stage this process has open (a signal handler's last act); the stages stay
 * open for their runners to close.
 */
export async function stopOpenStages(graceMs: number): Promise<void> {
  await Promise.all([...openStages].map((stage) => stopStageProcesses(stage.scope(), graceMs)))
}

/** SIGKILL, at once, to whatever the open stages still run (just before this process exits). */
export function killOpenStages(): void {
  for (const stage of openStages) {
    const scope = stage.scope()
    for (const dir of scope.cgroups) killCgroup(dir)
    for (const info of findStageProcesses(scope)) signal(info, 'SIGKILL')
  }
}

// ---------------------------------------------------------------------------------------
// What earlier processes of a run left running

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

/** One line per process of a stage: pid, command, how it was found. */
export function describeStageProcess(found: StageProcess): string {
  return `pid ${found.pid} (${found.command || '?'}; found by ${found.foundBy})`
}

/** One line per process, for an event, an error or doctor. */
export function describeSurvivor(survivor: Survivor): string {
  const owner =
    survivor.itemId === null
      ? 'stage unknown'
      : `item ${survivor.itemId} attempt ${survivor.attempt ?? '?'} ${survivor.stage ?? ''}`.trim()
  return `pid ${survivor.pid} (${survivor.command || '?'}; ${owner}; found by ${survivor.foundBy})`
}
