import { supervise } from '../../src/composition/supervise.js'
import { POLICY, type TempRun, tempRun } from './support.js'

// The supervisor passes on the kernel's stderr and its own reasons line by line; a kernel (or
// an agent whose text it printed) cannot make one of those lines two.

let temp: TempRun | undefined
afterEach(() => temp?.cleanup())

it('passes on every kernel and supervisor line with its control characters replaced', async () => {
  temp = tempRun()
  const hostile = 'boom\\r::add-mask::escalated\\u2028::warning::x\\u0085y\\u001b[2J\\u202ez'
  const kernelLines: string[] = []
  const supervisorLines: string[] = []
  const result = await supervise({
    run: temp.run,
    mode: 'run',
    runArgs: [],
    workArgs: [],
    autoAdvance: false,
    policy: POLICY,
    maxAutoResumes: 0,
    maxWaitSeconds: 0,
    // A "kernel" that prints hostile text on stderr and fails before writing any state.
    kernel: {
      command: process.execPath,
      args: ['-e', `process.stderr.write("${hostile}\\n"); process.exit(3)`]
    },
    env: { PATH: process.env.PATH },
    log: (line) => supervisorLines.push(line),
    kernelLog: (line) => kernelLines.push(line),
    abort: new AbortController().signal
  })
  expect(result.outcome).toBe('kernel_failed')
  expect(kernelLines).toEqual(['boom ::add-mask::escalated ::warning::x y [2J z'])
  expect(supervisorLines.length).toBeGreaterThan(0)
  for (const line of [...kernelLines, ...supervisorLines])
    expect(line).not.toMatch(/[\p{Cc}\p{Zl}\p{Zp}\p{Bidi_Control}]/u)
})
