import type { DoctorReport } from '../core/run/doctor-checks.js'
import type { RunLayout } from '../core/run/layout.js'
import type { ExclusiveLocker, GitPort, RunFiles } from '../kernel/ports.js'
import type { SuperviseInput } from './outcome.js'

/**
 * The I/O the supervision plane is handed (docs/architecture.md, "Layers"), filled in by the
 * composition root: src/composition/supervise.ts for the supervisor, src/composition-root.ts
 * and src/composition/resume-run.ts for the kernel's bridge. Adapters implement these.
 */

/** Its artifacts are written whole and atomically, like the run store's (RunFiles). */
export type ArtifactFiles = Pick<RunFiles, 'writeJson'>

export interface KernelExit {
  readonly exit_code: number | null
  readonly signal: string | null
}

/** A kernel process to start, in its own process group, its output appended to two logs. */
export interface KernelSpawn {
  readonly command: string
  readonly args: readonly string[]
  readonly cwd: string
  /** The whole environment: nothing else is inherited. */
  readonly env: Readonly<Record<string, string>>
  readonly stdoutPath: string
  readonly stderrPath: string
  /** Each line the kernel writes on stderr, as it comes. */
  readonly onStderrLine?: (line: string) => void
}

export interface SpawnedKernel {
  /** Also its process-group id; 0 when it could not start. */
  readonly pid: number
  /** Resolves when the process is gone and its stderr read to the end (never rejects). */
  readonly exited: Promise<KernelExit>
  /** The last lines it wrote on stderr. */
  stderrTail(): string
}

/** Whether a process runs (src/adapters/process-group.ts); a pid we may not signal still runs. */
export interface ProcessProbe {
  isAlive(pid: number): boolean
}

/** Kernel processes (src/adapters/kernel-process.ts). */
export interface KernelProcesses extends ProcessProbe {
  spawn(spec: KernelSpawn): SpawnedKernel
  signalGroup(pgid: number, signal: NodeJS.Signals): void
  /** Whether any member of the group still runs (zombies do not count). */
  isGroupRunning(pgid: number): boolean
}

/** A child process the kernel is running (src/adapters/live-children.ts keeps the list). */
export interface LiveChild {
  /** Also its process-group id. */
  readonly pid: number
  readonly command: string
  readonly args: readonly string[]
  readonly cwd: string
  /** Date.now() at spawn. */
  readonly startedAtMs: number
}

export type LiveChildrenListener = (children: readonly LiveChild[]) => void

/** The kernel's running children as they change: what the bridge publishes. */
export interface LiveChildFeed {
  /** Called after every add and remove, oldest first; returns the unsubscribe function. */
  subscribe(listener: LiveChildrenListener): () => void
}

/** What taking the lock reaches, handed in by `supervise`. */
export interface ControlLockIo {
  readonly lockExclusively: ExclusiveLocker
  readonly files: ArtifactFiles
  /** Whether a holder on this host still runs. */
  readonly processes: ProcessProbe
}

/** What the kernel's bridge to its supervisor is handed. */
export interface BridgePorts {
  readonly files: ArtifactFiles
  readonly liveChildren: LiveChildFeed
}

/** What a supervisor session is handed by `supervise` (src/composition/supervise.ts). */
export interface SessionPorts {
  readonly isRunLocked: (run: RunLayout) => Promise<boolean>
  /** Whether the run branch still exists, among the facts a recovery decision reads. */
  readonly git: Pick<GitPort, 'branchSha'>
  /** `doctor --fix-safe` on the run (src/composition/doctor.ts). */
  readonly repairRun: (input: SuperviseInput) => Promise<DoctorReport>
  /** Launches, signals and watches kernel processes (src/adapters/kernel-process.ts). */
  readonly processes: KernelProcesses
  /** Writes the ledgers and probe requests, whole and atomically. */
  readonly files: ArtifactFiles
}
