import { randomBytes } from 'node:crypto'
import * as core from '@actions/core'
import { type LogFence, logFence } from '../../core/gha/log-fence.js'

/**
 * The job log's way in for text the action did not write itself (kernel progress, supervisor
 * lines, anything an agent put in them): fenced with `::stop-commands::` so the runner reads it
 * as text (see core/gha/log-fence.ts). The fence opens with the first relayed line and must be
 * closed before the action issues its own commands (outputs, masks, annotations, failure);
 * a line relayed after that opens it again.
 */
export interface AgentTextRelay {
  line(text: string): void
  close(): void
}

export function openAgentTextRelay(write: (line: string) => void = core.info): AgentTextRelay {
  // Fresh for each job: a token from an earlier log cannot end this fence.
  const fence: LogFence = logFence(randomBytes(32).toString('hex'))
  let open = false
  return {
    line(text) {
      if (!open) {
        write(fence.open)
        open = true
      }
      write(fence.line(text))
    },
    close() {
      if (!open) return
      write(fence.close)
      open = false
    }
  }
}
