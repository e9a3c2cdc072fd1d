import { randomBytes } from 'node:crypto'
import { hostname } from 'node:os'
import { setTimeout as delay } from 'node:timers/promises'
import { type StageRecord, updateStageRecords } from './stage-records.js'
import {
  type ProcStat,
  type ProcessInfo,
  TICKS_PER_SECOND,
  bootId,
  currentTicks,
  listPids,
  readCommand,
  readCwd,
  readEnvironValue,
  readStat
} from './process-table.js'
import {
  type CgroupHost,
  cgroupHost,
  cgroupMembers,
  createStageCgroup,
  killCgroup,
  startInside,
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

export function isInside(path: string, root: string): boolean {
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
  if (inCgroups.has(pid))
    return { foundBy: 'cgroup', cwd: readCwd(pid), stageId: readEnvironValue(pid, STAGE_ID_ENV) }
  const stageId = scope.ids.length === 0 ? null : readEnvironValue(pid, STAGE_ID_ENV)
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

/** One line per process of a stage: pid, command, how it was found. */
export function describeStageProcess(found: StageProcess): string {
  return `pid ${found.pid} (${found.command || '?'}; found by ${found.foundBy})`
}
