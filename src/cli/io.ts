/** Where a command writes. Tests pass buffers; the real CLI passes the process streams. */
export interface CliIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  readonly env: Readonly<Record<string, string | undefined>>
  readonly cwd: string
  /** Whether stdout / stderr are terminals (colour, heartbeat lines); absent means no. */
  readonly stdoutIsTTY?: boolean
  readonly stderrIsTTY?: boolean
}

/**
 * The process streams, each set up the first time it is used: Node.js makes a stream on
 * first access, which loads its stream code (and, for a pipe or terminal, its socket code),
 * and most commands never write to stderr (docs/performance.md, CLI start-up).
 */
export function processIo(): CliIo {
  return {
    stdout: (text) => void guarded(process.stdout).write(text),
    stderr: (text) => void guarded(process.stderr).write(text),
    env: process.env,
    cwd: process.cwd(),
    get stdoutIsTTY() {
      return guarded(process.stdout).isTTY === true
    },
    get stderrIsTTY() {
      return guarded(process.stderr).isTTY === true
    }
  }
}

const guardedStreams = new WeakSet<NodeJS.WriteStream>()

/** A closed pipe (`plan-orchestrator … | head`) ends the output, not the program with a crash. */
function guarded(stream: NodeJS.WriteStream): NodeJS.WriteStream {
  if (guardedStreams.has(stream)) return stream
  guardedStreams.add(stream)
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })
  return stream
}
