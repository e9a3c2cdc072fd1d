import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openCappedLog } from '../../src/adapters/capped-log.js'

let dir: string

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'plan-orchestrator-capped-log-'))
})

afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

async function logOf(chunks: readonly string[], maxBytes: number): Promise<{ text: string }> {
  const path = join(dir, 'out.log')
  const log = await openCappedLog(path, 'w', maxBytes)
  for (const chunk of chunks) log.write(Buffer.from(chunk))
  await log.close()
  return { text: readFileSync(path, 'utf8') }
}

describe('openCappedLog', () => {
  it('keeps an output of exactly the cap whole, however it was chunked', async () => {
    const output = 'abcdefghij'.repeat(409) + 'abcdef' // 4096 bytes
    const chunks = output.match(/.{1,7}/g) ?? []
    expect((await logOf(chunks, 4096)).text).toBe(output)
  })

  it('cuts an output one byte over the cap, and stays within it', async () => {
    const output = 'x'.repeat(4097)
    const { text } = await logOf([output], 4096)
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(4096)
    expect(text).toMatch(
      /output truncated: 4097 bytes in total, only the first \d+ and the last 1024 bytes are kept/
    )
  })

  it('keeps the last bytes in order across many small chunks', async () => {
    const chunks = Array.from({ length: 5000 }, (_, n) => `${n}\n`)
    const { text } = await logOf(chunks, 4096)
    expect(text.endsWith(chunks.slice(-50).join(''))).toBe(true)
    expect(text.startsWith(chunks.slice(0, 50).join(''))).toBe(true)
  })
})
