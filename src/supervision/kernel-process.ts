import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { closeSync, openSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { join } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { StringDecoder } from 'node:string_decoder'
import { isProcessGroupRunning, signalProcessGroup } from '../adapters/process-group.js'
import { repoRelative, type RunLayout } from '../core/run/layout.js'
import type { SupervisionLayout } from './artifacts.js'
import { SUPERVISION_ENV } from './bridge.js'

/**
 * Kernel processes as the supervisor sees them: one it launched (its own process group, logs
 * captured, exit code known) or one it found running and attached to (only its pid).
 */

/** How to start this same CLI again: the interpreter and the entry script. */
export interface KernelCommand {
  readonly command: string
  readonly args: readonly string[]
}

export function thisCli(): KernelCommand {
  return { command: process.execPath, args: [process.argv[1] ?? ''] }
}

export interface KernelExit {
  readonly exit_code: number | null
  readonly signal: string | null
}

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

const TAIL_LINES = 20
const FOLLOW_MS = 200

export function launchKernel(input: LaunchInput): KernelInvocation {
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

  // Its own process group: a terminal's Ctrl-C reaches the supervisor only, which forwards
  // it, so the kernel hears one signal, not two. Its output goes straight to the log files,
  // not through pipes: a supervisor that dies must not take its kernel down with a broken
  // pipe, so a later `supervise resume` can attach to it.
  const stdoutFd = openSync(stdoutPath, 'a')
  const stderrFd = openSync(stderrPath, 'a')
  let child: ReturnType<typeof spawn>
  try {
    child = spawn(input.kernel.command, [...input.kernel.args, ...input.subcommand], {
      cwd: input.run.repoRoot,
      env,
      detached: true,
      stdio: ['ignore', stdoutFd, stderrFd]
    })
  } finally {
    closeSync(stdoutFd)
    closeSync(stderrFd)
  }
  const follower = followLines(stderrPath, input.onStderrLine)
  const exited = new Promise<KernelExit>((resolve) => {
    child.once('error', () => resolve({ exit_code: null, signal: null }))
    child.once('exit', (code, signal) => resolve({ exit_code: code, signal }))
  }).then(async (exit) => {
    await follower.stop()
    return exit
  })
  const pid = child.pid ?? 0
  return {
    invocationId,
    pid,
    recordedCommand: ['plan-orchestrator', ...input.subcommand],
    logPaths: [stdoutPath, stderrPath].map((path) => repoRelative(input.run.repoRoot, path)),
    launched: true,
    exited,
    stderrTail: () => follower.tail(),
    signal: (signal) => {
      if (pid > 0) signalProcessGroup(pid, signal)
    }
  }
}

const ATTACH_POLL_MS = 250

/** A kernel some earlier supervisor launched and that still runs: watched by its pid only. */
export function attachKernel(pid: number, invocationId: string): KernelInvocation {
  const exited = (async (): Promise<KernelExit> => {
    while (isAlive(pid)) await delay(ATTACH_POLL_MS)
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

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Signals the launched kernel, then kills its group if it outlives the grace period. */
export async function stopKernel(
  kernel: KernelInvocation,
  signal: NodeJS.Signals,
  graceMs: number
): Promise<KernelExit | undefined> {
  kernel.signal(signal)
  const result = await Promise.race([kernel.exited, delay(graceMs).then(() => undefined)])
  if (result !== undefined || !kernel.launched) return result
  signalProcessGroup(kernel.pid, 'SIGKILL')
  const killed = await Promise.race([kernel.exited, delay(1000).then(() => undefined)])
  return isProcessGroupRunning(kernel.pid) ? undefined : killed
}

interface Follower {
  tail(): string
  stop(): Promise<void>
}

/** Reads a growing log file line by line, keeping the last lines for error reports. */
function followLines(path: string, onLine: ((line: string) => void) | undefined): Follower {
  const tail: string[] = []
  const decoder = new StringDecoder('utf8')
  let position = 0
  let partial = ''
  const emit = (text: string): void => {
    const lines = (partial + text).split('\n')
    partial = lines.pop() ?? ''
    for (const line of lines) {
      tail.push(line)
      if (tail.length > TAIL_LINES) tail.shift()
      onLine?.(line)
    }
  }
  const readNew = async (): Promise<void> => {
    const handle = await open(path, 'r').catch(() => undefined)
    if (handle === undefined) return
    try {
      const buffer = Buffer.alloc(64 * 1024)
      for (;;) {
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, position)
        if (bytesRead === 0) break
        position += bytesRead
        emit(decoder.write(buffer.subarray(0, bytesRead)))
      }
    } finally {
      await handle.close()
    }
  }
  let reading: Promise<void> = Promise.resolve()
  const timer = setInterval(() => {
    reading = reading.then(readNew)
  }, FOLLOW_MS)
  return {
    tail: () => [...tail, ...(partial === '' ? [] : [partial])].join('\n'),
    async stop() {
      clearInterval(timer)
      reading = reading.then(readNew)
      await reading
      emit(decoder.end())
      if (partial !== '') {
        const last = partial
        partial = ''
        tail.push(last)
        onLine?.(last)
      }
    }
  }
}
