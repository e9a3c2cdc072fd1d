import { oneLine } from '../core/text/one-line.js'
import { formatCost, formatTotals } from '../core/usage/format.js'
import { totalsOf } from '../core/usage/summary.js'
import type { ProgressSink } from '../kernel/ports.js'
import type { CliIo } from './io.js'

/**
 * Progress of long commands on stderr: one line per stage change, as text for people,
 * as JSON lines for programs (`--json`), or nothing (`--quiet`). Results go to stdout.
 * Messages may carry agent text: every control character in them becomes a space, so one
 * stage change is one line for every reader (JSON.stringify leaves U+2028/U+2029 as they are).
 */
export type ProgressMode = 'text' | 'json' | 'quiet'

export function progressSink(io: CliIo, mode: ProgressMode): ProgressSink {
  return {
    stage(raw) {
      if (mode === 'quiet') return
      const event = { ...raw, message: oneLine(raw.message) }
      if (mode === 'json') {
        io.stderr(`${JSON.stringify({ type: 'stage', ...event })}\n`)
        return
      }
      const who =
        event.itemId === null ? 'run' : `item ${event.itemId} attempt ${event.attempt ?? '-'}`
      const seconds = (event.elapsedMs / 1000).toFixed(1).padStart(6)
      io.stderr(`[${seconds}s] ${who}: ${event.state} ${event.message}\n`)
    },
    agentCall(event) {
      if (mode === 'quiet') return
      if (mode === 'json') {
        io.stderr(`${JSON.stringify({ type: 'agent_call', ...event })}\n`)
        return
      }
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
