/**
 * One `git cat-file --batch` process, asked for objects in rounds: the caller writes a round
 * of names and reads their answers in the same order before it writes the next, so a walk
 * whose next names come from the objects just read (a tree's subtrees) costs one process.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process'
import type { Readable } from 'node:stream'
import { GitAdapterError } from './errors.js'
import { HARDENED_ARGS, hardenedGitEnv } from './git-runner.js'

export interface GitObject {
  /** The object id git answered with (a name such as `<commit>^{tree}` resolved). */
  readonly id: string
  readonly type: string
  readonly content: Buffer
}

export class CatFileBatch {
  private readonly child: ChildProcessWithoutNullStreams
  private readonly reader: ByteReader
  private readonly exited: Promise<number | null>
  private stderr = ''

  constructor(repoRoot: string) {
    this.child = spawn('git', [...HARDENED_ARGS, 'cat-file', '--batch'], {
      cwd: repoRoot,
      env: hardenedGitEnv(),
      stdio: ['pipe', 'pipe', 'pipe']
    })
    this.exited = new Promise<number | null>((resolve, reject) => {
      this.child.once('error', reject)
      // 'exit', not 'close': the output stream is not read to its end once the answers are in.
      this.child.once('exit', (code) => resolve(code))
    })
    this.exited.catch(() => undefined)
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')))
    this.child.stdin.on('error', () => undefined)
    this.reader = new ByteReader(this.child.stdout)
  }

  /** Asks for `names` (object ids or revisions such as `<commit>^{tree}`), one per line. */
  request(names: readonly string[]): void {
    for (const name of names) {
      if (name.includes('\n')) throw new GitAdapterError('command_failed', `bad object name`)
    }
    if (names.length > 0) this.child.stdin.write(names.map((name) => `${name}\n`).join(''))
  }

  /** The answer to the next name asked for; `what` names it in the error when git has none. */
  async next(what: string): Promise<GitObject> {
    const header = (await this.reader.line()).split(' ')
    const [id = '', type = '', size] = header
    if (size === undefined || !/^[0-9]+$/.test(size)) {
      throw new GitAdapterError(
        'command_failed',
        `git cat-file gave '${header.join(' ')}' for ${what}`
      )
    }
    const content = await this.reader.bytes(Number(size))
    await this.reader.bytes(1)
    return { id, type, content }
  }

  /**
   * Ends the input once every answer was read and waits for git to exit on its own: killing
   * it here would hide a failure its exit code reports.
   */
  async close(): Promise<void> {
    this.child.stdin.end()
    const code = await this.exited.catch(() => null)
    if (code !== 0) {
      const detail = this.stderr.trim()
      throw new GitAdapterError(
        'command_failed',
        `git cat-file failed${detail === '' ? ` (exit code ${String(code)})` : `: ${detail}`}`
      )
    }
  }

  /** Stops the process whatever state it is in (after an error). */
  stop(): void {
    this.child.stdout.destroy()
    this.child.kill()
  }
}

/**
 * Reads lines and exact byte counts from a stream of chunks. Each byte is copied once, into
 * what `line` or `bytes` returns: a tree of thousands of small blobs arrives many objects per
 * chunk, and one large blob across many chunks.
 */
class ByteReader {
  private readonly chunks: AsyncIterator<Buffer>
  /** Unread data: `pending[0]` from `offset` on, then the later chunks whole. */
  private pending: Buffer[] = []
  private offset = 0
  private length = 0

  constructor(stream: Readable) {
    this.chunks = (stream as AsyncIterable<Buffer>)[Symbol.asyncIterator]()
  }

  async line(): Promise<string> {
    let searched = 0
    for (;;) {
      const end = this.newlineAt(searched)
      if (end >= 0) return this.take(end + 1).toString('utf8', 0, end)
      searched = this.length
      if (!(await this.more()))
        throw new GitAdapterError('command_failed', 'git cat-file ended early')
    }
  }

  async bytes(count: number): Promise<Buffer> {
    while (this.length < count) {
      if (!(await this.more()))
        throw new GitAdapterError('command_failed', 'git cat-file ended early')
    }
    return this.take(count)
  }

  /** Where the first newline at or after unread byte `from` is, counted in unread bytes. */
  private newlineAt(from: number): number {
    let before = 0
    for (const [index, chunk] of this.pending.entries()) {
      const start = index === 0 ? this.offset : 0
      const size = chunk.length - start
      if (before + size > from) {
        const found = chunk.indexOf(0x0a, start + Math.max(0, from - before))
        if (found >= 0) return before + found - start
      }
      before += size
    }
    return -1
  }

  private take(count: number): Buffer {
    const taken = Buffer.allocUnsafe(count)
    let filled = 0
    while (filled < count) {
      const chunk = this.pending[0]
      if (chunk === undefined) break
      const copied = chunk.copy(
        taken,
        filled,
        this.offset,
        Math.min(chunk.length, this.offset + count - filled)
      )
      filled += copied
      this.offset += copied
      if (this.offset === chunk.length) {
        this.pending.shift()
        this.offset = 0
      }
    }
    this.length -= count
    return taken
  }

  private async more(): Promise<boolean> {
    const next = await this.chunks.next()
    if (next.done) return false
    this.pending.push(next.value)
    this.length += next.value.length
    return true
  }
}
