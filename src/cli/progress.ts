import type { ProgressSink } from '../kernel/ports.js'
import type { CliIo } from './io.js'

/**
 * Progress of long commands on stderr: one line per stage change, as text for people,
 * as JSON lines for programs (`--json`), or nothing (`--quiet`). Results go to stdout.
 */
export type ProgressMode = 'text' | 'json' | 'quiet'

export function progressSink(io: CliIo, mode: ProgressMode): ProgressSink {
  return {
    stage(event) {
      if (mode === 'quiet') return
      if (mode === 'json') {
        io.stderr(`${JSON.stringify({ type: 'stage', ...event })}\n`)
        return
      }
      const who =
        event.itemId === null ? 'run' : `item ${event.itemId} attempt ${event.attempt ?? '-'}`
      const seconds = (event.elapsedMs / 1000).toFixed(1).padStart(6)
      io.stderr(`[${seconds}s] ${who}: ${event.state} ${event.message}\n`)
    }
  }
}
