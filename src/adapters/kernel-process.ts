import { spawn } from 'node:child_process'
import { closeSync, openSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { StringDecoder } from 'node:string_decoder'
import type {
  KernelExit,
  KernelProcesses,
  KernelSpawn,
  SpawnedKernel
} from '../supervision/ports.js'
import { isProcessAlive, isProcessGroupRunning, signalProcessGroup } from './process-group.js'

/** The supervisor's kernel processes (KernelProcesses, src/supervision/ports.ts). */

export const kernelProcesses: KernelProcesses = {
  spawn: spawnKernel,
  signalGroup: signalProcessGroup,
  isGroupRunning: isProcessGroupRunning,
  isAlive: isProcessAlive
}

const TAIL_LINES = 20
const FOLLOW_MS = 200

function spawnKernel(spec: KernelSpawn): SpawnedKernel {
  // Its own process group: a terminal's Ctrl-C reaches the supervisor only, which forwards
  // it, so the kernel hears one signal, not two. Its output goes straight to the log files,
  // not through pipes: a supervisor that dies must not take its kernel down with a broken
  // pipe, so a later `supervise resume` can attach to it.
  const stdoutFd = openSync(spec.stdoutPath, 'a')
  const stderrFd = openSync(spec.stderrPath, 'a')
  let child: ReturnType<typeof spawn>
  try {
    child = spawn(spec.command, [...spec.args], {
      cwd: spec.cwd,
      env: { ...spec.env },
      detached: true,
      stdio: ['ignore', stdoutFd, stderrFd]
    })
  } finally {
    closeSync(stdoutFd)
    closeSync(stderrFd)
  }
  const follower = followLines(spec.stderrPath, spec.onStderrLine)
  const exited = new Promise<KernelExit>((resolve) => {
    child.once('error', () => resolve({ exit_code: null, signal: null }))
    child.once('exit', (code, signal) => resolve({ exit_code: code, signal }))
  }).then(async (exit) => {
    await follower.stop()
    return exit
  })
  return { pid: child.pid ?? 0, exited, stderrTail: () => follower.tail() }
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
