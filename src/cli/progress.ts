import { oneLine } from '../core/text/one-line.js'
import { existsSync } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { CONTROL_ROOT, attemptLayout, runLayout } from '../core/run/layout.js'
import { type StateId, TERMINAL_STATE_OF } from '../core/run/states.js'
import { isInFlight, runsCommands } from '../core/run/lifecycle.js'
import { formatCost, formatTotals } from '../core/usage/format.js'
import { totalsOf } from '../core/usage/summary.js'
import type { ProgressSink } from '../kernel/ports.js'
import type { CliIo } from './io.js'
import { paintWord, painter } from './style.js'

/**
 * Progress of long commands on stderr: one line per stage change, as text for people,
 * as JSON lines for programs (`--json`), or nothing (`--quiet`). Results go to stdout.
 * Messages may carry agent text: every control character in them becomes a space, so one
 * stage change is one line for every reader (JSON.stringify leaves U+2028/U+2029 as they are).
 *
 * A stage can take hours (an agent's turn, a slow test suite). At a terminal, a heartbeat
 * line under the last stage line says the process is still at it: how long the stage has
 * run and when the attempt's agents or commands last wrote output (their logs' newest
 * change). It is redrawn in place with a carriage return and replaced by the next stage
 * line; pipes and files never get it, so logs stay one line per stage.
 */
export type ProgressMode = 'text' | 'json' | 'quiet'

export const HEARTBEAT_MS = 2_000

type StageEvent = Parameters<ProgressSink['stage']>[0]

export interface ProgressSinkOptions {
  /** The repository the run lives in, when it is not the one around `io.cwd` (the demo's). */
  readonly repoRoot?: string
  readonly heartbeatMs?: number
}

export function progressSink(
  io: CliIo,
  mode: ProgressMode,
  options: ProgressSinkOptions = {}
): ProgressSink {
  const paint = painter(io, 'stderr')
  const heartbeat =
    mode === 'text' && io.stderrIsTTY === true ? new Heartbeat(io, options) : undefined
  return {
    stage(raw) {
      if (mode === 'quiet') return
      const event = { ...raw, message: oneLine(raw.message) }
      if (mode === 'json') {
        io.stderr(`${JSON.stringify({ type: 'stage', ...event })}\n`)
        return
      }
      heartbeat?.clear()
      const terminal = TERMINAL_STATE_OF[event.state as StateId]
      const state =
        terminal === undefined ? event.state : paintWord(paint, terminal, 0, event.state)
      io.stderr(`${prefix(event)}${state} ${event.message}\n`)
      heartbeat?.follow(event)
    },
    agentCall(event) {
      if (mode === 'quiet') return
      if (mode === 'json') {
        io.stderr(`${JSON.stringify({ type: 'agent_call', ...event })}\n`)
        return
      }
      heartbeat?.clear()
      const { call } = event
      const seconds = (event.elapsedMs / 1000).toFixed(1).padStart(6)
      const model = call.model === null ? '' : ` (${oneLine(call.model)})`
      const used = formatTotals(totalsOf([call]))
      io.stderr(
        `[${seconds}s] item ${event.itemId} attempt ${event.attempt}: ${call.lane} call ${call.status}${model}: ${used}; item ${formatCost(event.item)}, run ${formatCost(event.run)}\n`
      )
    }
  }
}

function prefix(event: StageEvent): string {
  const seconds = (event.elapsedMs / 1000).toFixed(1).padStart(6)
  return `[${seconds}s] ${who(event)}: `
}

function who(event: StageEvent): string {
  return event.itemId === null ? 'run' : `item ${event.itemId} attempt ${event.attempt ?? '-'}`
}

class Heartbeat {
  private timer: NodeJS.Timeout | undefined
  private drawn = 0
  private runDirs = new Map<string, string | undefined>()

  constructor(
    private readonly io: CliIo,
    private readonly options: ProgressSinkOptions
  ) {}

  /** Watches the stage `event` starts, or stops watching when it is no stage to wait on. */
  follow(event: StageEvent): void {
    this.stop()
    if (!isInFlight(event.state as StateId) || event.itemId === null) return
    const startedAt = Date.now()
    const runStartedAt = startedAt - event.elapsedMs
    let busy = false
    this.timer = setInterval(() => {
      if (busy) return
      busy = true
      void this.lastOutput(event)
        .then((last) => {
          if (this.timer === undefined) return
          const now = Date.now()
          const source = runsCommands(event.state as StateId) ? 'command' : 'agent'
          const output =
            last === undefined
              ? `no ${source} output yet`
              : `last ${source} output ${duration(Math.max(0, now - last))} ago`
          this.draw(
            `${prefix({ ...event, elapsedMs: now - runStartedAt })}${event.state} for ${duration(now - startedAt)}, ${output}`
          )
        })
        .finally(() => {
          busy = false
        })
    }, this.options.heartbeatMs ?? HEARTBEAT_MS)
    // Never the reason the process stays alive.
    this.timer.unref()
  }

  /** Takes the heartbeat line off the screen, so the next line starts on a clean line. */
  clear(): void {
    if (this.drawn === 0) return
    this.io.stderr(`\r${' '.repeat(this.drawn)}\r`)
    this.drawn = 0
  }

  private stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer)
    this.timer = undefined
  }

  private draw(line: string): void {
    // Spaces, not an erase-line escape: the line is overwritten the same way without colour.
    const padding = ' '.repeat(Math.max(0, this.drawn - line.length))
    this.io.stderr(`\r${line}${padding}`)
    this.drawn = line.length
  }

  /** The newest change to the attempt's logs (agent output, verification output), if any. */
  private async lastOutput(event: StageEvent): Promise<number | undefined> {
    const runDir = this.runDir(event.runId)
    if (runDir === undefined || event.itemId === null || event.attempt === null) return undefined
    const logs = attemptLayout(runLayout(runDir, event.runId), event.itemId, event.attempt).logsDir
    const entries = await readdir(logs, { recursive: true, withFileTypes: true }).catch(() => [])
    const times = await Promise.all(
      entries
        .filter((entry) => entry.isFile())
        .map((entry) =>
          stat(join(entry.parentPath, entry.name)).then(
            (info) => info.mtimeMs,
            () => 0
          )
        )
    )
    const newest = Math.max(0, ...times)
    return newest === 0 ? undefined : newest
  }

  /** The repository holding the run: the one given, else the nearest around the cwd. */
  private runDir(runId: string): string | undefined {
    if (this.runDirs.has(runId)) return this.runDirs.get(runId)
    const found = [this.options.repoRoot, ...ancestors(this.io.cwd)].find(
      (dir) => dir !== undefined && existsSync(join(dir, CONTROL_ROOT, runId))
    )
    if (found !== undefined) this.runDirs.set(runId, found)
    return found
  }
}

function ancestors(dir: string): string[] {
  const parent = dirname(dir)
  return parent === dir ? [dir] : [dir, ...ancestors(parent)]
}

/** `45s`, `2m05s`, `1h02m`. */
function duration(ms: number): string {
  const seconds = Math.floor(ms / 1000)
  if (seconds < 60) return `${seconds}s`
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return `${minutes}m${String(seconds % 60).padStart(2, '0')}s`
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`
}
