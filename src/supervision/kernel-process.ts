import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { repoRelative, type RunLayout } from '../core/run/layout.js'
import type { SupervisionLayout } from './artifacts.js'
import { SUPERVISION_ENV } from './bridge.js'
import type { KernelExit, KernelProcesses, ProcessProbe } from './ports.js'

/**
 * Kernel processes as the supervisor sees them: one it launched (its own process group, logs
 * captured, exit code known) or one it found running and attached to (only its pid). The
 * processes themselves are the KernelProcesses port's (src/adapters/kernel-process.ts).
 */

/** How to start this same CLI again: the interpreter and the entry script. */
export interface KernelCommand {
  readonly command: string
  readonly args: readonly string[]
}

export function thisCli(): KernelCommand {
  return { command: process.execPath, args: [process.argv[1] ?? ''] }
}

export type { KernelExit }

export interface KernelInvocation {
  readonly invocationId: string
  readonly pid: number
  /** The argv recorded in interventions (the CLI's subcommand and flags). */
  readonly recordedCommand: readonly string[]
  /** Repo-relative log paths; empty when attached. */
  readonly logPaths: readonly string[]
  readonly launched: boolean
  /** Resolves when the process is gone (never rejects). */
  readonly exited: Promise<KernelExit>
  /** The last lines the kernel wrote on stderr, for a reason when it fails. */
  stderrTail(): string
  signal(signal: NodeJS.Signals): void
}

export function newId(prefix: 'svs' | 'kernel'): string {
  return `${prefix}_${randomBytes(16).toString('hex')}`
}

export interface LaunchInput {
  readonly kernel: KernelCommand
  readonly subcommand: readonly string[]
  readonly run: RunLayout
  readonly layout: SupervisionLayout
  readonly sessionId: string
  readonly env: Readonly<Record<string, string | undefined>>
  /** Only for a new run: the id the supervisor allocated. */
  readonly runIdOverride?: string
  /** Each line the kernel writes on stderr (its progress), as it comes. */
  readonly onStderrLine?: (line: string) => void
}

export function launchKernel(processes: KernelProcesses, input: LaunchInput): KernelInvocation {
  const invocationId = newId('kernel')
  const stdoutPath = join(input.layout.invocationsDir, `${invocationId}.stdout.log`)
  const stderrPath = join(input.layout.invocationsDir, `${invocationId}.stderr.log`)
  const env: Record<string, string> = {}
  for (const [name, value] of Object.entries(input.env)) {
    if (value !== undefined && !Object.values<string>(SUPERVISION_ENV).includes(name))
      env[name] = value
  }
  env[SUPERVISION_ENV.enabled] = '1'
  env[SUPERVISION_ENV.sessionId] = input.sessionId
  env[SUPERVISION_ENV.invocationId] = invocationId
  if (input.runIdOverride !== undefined) env[SUPERVISION_ENV.runIdOverride] = input.runIdOverride

  const spawned = processes.spawn({
    command: input.kernel.command,
    args: [...input.kernel.args, ...input.subcommand],
    cwd: input.run.repoRoot,
    env,
    stdoutPath,
    stderrPath,
    ...(input.onStderrLine === undefined ? {} : { onStderrLine: input.onStderrLine })
  })
  const pid = spawned.pid
  return {
    invocationId,
    pid,
    recordedCommand: ['plan-orchestrator', ...input.subcommand],
    logPaths: [stdoutPath, stderrPath].map((path) => repoRelative(input.run.repoRoot, path)),
    launched: true,
    exited: spawned.exited,
    stderrTail: () => spawned.stderrTail(),
    signal: (signal) => {
      if (pid > 0) processes.signalGroup(pid, signal)
    }
  }
}

const ATTACH_POLL_MS = 250

/** A kernel some earlier supervisor launched and that still runs: watched by its pid only. */
export function attachKernel(
  processes: ProcessProbe,
  pid: number,
  invocationId: string
): KernelInvocation {
  const exited = (async (): Promise<KernelExit> => {
    while (processes.isAlive(pid)) await delay(ATTACH_POLL_MS)
    return { exit_code: null, signal: null }
  })()
  return {
    invocationId,
    pid,
    recordedCommand: ['<attached-live-kernel>'],
    logPaths: [],
    launched: false,
    exited,
    stderrTail: () => '',
    // Not ours to stop: it belongs to whoever launched it.
    signal: () => undefined
  }
}

/** Signals the launched kernel, then kills its group if it outlives the grace period. */
export async function stopKernel(
  processes: KernelProcesses,
  kernel: KernelInvocation,
  signal: NodeJS.Signals,
  graceMs: number
): Promise<KernelExit | undefined> {
  kernel.signal(signal)
  const result = await Promise.race([kernel.exited, delay(graceMs).then(() => undefined)])
  if (result !== undefined || !kernel.launched) return result
  processes.signalGroup(kernel.pid, 'SIGKILL')
  const killed = await Promise.race([kernel.exited, delay(1000).then(() => undefined)])
  return processes.isGroupRunning(kernel.pid) ? undefined : killed
}
