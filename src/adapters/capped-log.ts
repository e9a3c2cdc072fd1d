import { createWriteStream } from 'node:fs'
import type { WriteStream } from 'node:fs'

/**
 * A log file of bounded size for a child's output. Up to the cap the output goes to the file
 * as it comes; past it, the bytes are counted and only the most recent ones are kept in a
 * bounded tail (where a CLI prints its final status and errors). On close a marker with the
 * total, then the tail, end the file, which never exceeds the cap. Memory stays within the
 * tail however much the child writes.
 */

export interface LogSize {
  /** Every byte the stream wrote, kept or not. */
  readonly totalBytes: number
  /** Whether some of them are not in the file. */
  readonly truncated: boolean
}

export interface CappedLog {
  write(chunk: Buffer): void
  size(): LogSize
  /** Writes the marker and the tail if the output was cut, then closes the file. */
  close(): Promise<void>
}

/** The marker's worst-case length: it carries three numbers of at most 16 digits. */
const MARKER_RESERVE = 200
/** The tail kept past the cap: a quarter of the cap, at most 1 MiB. */
const MAX_TAIL_BYTES = 1024 * 1024

export function truncationMarker(total: number, head: number, tail: number): string {
  return `\n[plan-orchestrator: output truncated: ${total} bytes in total, only the first ${head} and the last ${tail} bytes are kept]\n`
}

export function openCappedLog(
  path: string,
  flags: 'w' | 'a',
  maxBytes: number
): Promise<CappedLog> {
  return new Promise((resolve, reject) => {
    const stream = createWriteStream(path, { flags })
    stream.once('open', () => {
      stream.removeListener('error', reject)
      // A full disk must not crash the orchestrator; the log is evidence, not control.
      stream.on('error', () => undefined)
      resolve(cappedLog(stream, maxBytes))
    })
    stream.once('error', reject)
  })
}

function cappedLog(stream: WriteStream, maxBytes: number): CappedLog {
  const tailLimit = Math.min(MAX_TAIL_BYTES, Math.floor(maxBytes / 4))
  const headLimit = Math.max(0, maxBytes - tailLimit - MARKER_RESERVE)
  let total = 0
  let head = 0
  // Oldest first; holds at least the last `keepLimit` bytes past the head (all of them while
  // the output still fits the cap), and without its first chunk it would hold fewer.
  const keepLimit = tailLimit + MARKER_RESERVE
  const tail: Buffer[] = []
  let tailBytes = 0

  const keepInTail = (chunk: Buffer): void => {
    tail.push(chunk)
    tailBytes += chunk.length
    while (tail.length > 1 && tailBytes - (tail[0]?.length ?? 0) >= keepLimit) {
      tailBytes -= tail.shift()?.length ?? 0
    }
  }

  return {
    write(chunk) {
      total += chunk.length
      let rest = chunk
      if (head < headLimit) {
        const room = headLimit - head
        const kept = rest.subarray(0, room)
        stream.write(kept)
        head += kept.length
        rest = rest.subarray(kept.length)
      }
      // Copied: the pipe may reuse the chunk's memory once this returns.
      if (rest.length > 0) keepInTail(Buffer.from(rest))
    },
    size: () => ({ totalBytes: total, truncated: total > maxBytes }),
    async close() {
      const rest = Buffer.concat(tail)
      if (total <= maxBytes) {
        stream.write(rest)
      } else {
        const end = rest.subarray(Math.max(0, rest.length - tailLimit))
        stream.write(truncationMarker(total, head, end.length))
        stream.write(end)
      }
      tail.length = 0
      await new Promise<void>((resolve) => stream.end(() => resolve()))
    }
  }
}
