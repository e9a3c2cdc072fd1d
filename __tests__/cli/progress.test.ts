import { progressSink } from '../../src/cli/progress.js'
import type { CliIo } from '../../src/cli/io.js'

// Progress lines carry event messages, and those carry agent text: one stage, one line, in
// text and in JSON lines alike.

function sinkOutput(mode: 'text' | 'json', message: string): string {
  let stderr = ''
  const io: CliIo = {
    stdout: () => undefined,
    stderr: (text) => (stderr += text),
    env: {},
    cwd: '/'
  }
  progressSink(io, mode).stage({
    runId: 'RUN_20260101T000000Z_0a1b2c3d',
    itemId: '01',
    attempt: 1,
    state: 'ST140_ESCALATED',
    message,
    elapsedMs: 1500
  })
  return stderr
}

const HOSTILE =
  'agent failed\r::add-mask::escalated\n::warning::x\u2028y\u2029z\u0085w\u001b]0;title\u0007\u202ev'

describe('progressSink', () => {
  it('prints a text progress line as exactly one line', () => {
    const output = sinkOutput('text', HOSTILE)
    expect(output).toBe(
      '[   1.5s] item 01 attempt 1: ST140_ESCALATED agent failed ::add-mask::escalated ::warning::x y z w ]0;title v\n'
    )
  })

  it('prints a JSON progress line with no character any line reader splits at', () => {
    const output = sinkOutput('json', HOSTILE)
    expect(output.endsWith('\n')).toBe(true)
    expect(output.slice(0, -1)).not.toMatch(/[\p{Cc}\p{Zl}\p{Zp}\p{Bidi_Control}]/u)
    expect(JSON.parse(output)).toMatchObject({
      type: 'stage',
      message: 'agent failed ::add-mask::escalated ::warning::x y z w ]0;title v'
    })
  })
})
