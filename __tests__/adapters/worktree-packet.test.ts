import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { copyIntoWorktree } from '../../src/adapters/worktree-packet.js'

// The orchestrator copies files into an attempt's worktree, which the agent wrote during its
// stage: nothing it planted on the way may turn that copy into a write elsewhere.

const PACKET = '.local/plan_orchestrator/packet'

function setUp(): { worktree: string; source: string; victim: string; outside: string } {
  const base = mkdtempSync(join(tmpdir(), 'po-packet-'))
  const worktree = join(base, 'worktree')
  const outside = join(base, 'outside')
  mkdirSync(worktree)
  mkdirSync(outside)
  const source = join(base, 'candidate.patch')
  // Not UTF-8: the copy must be byte for byte.
  writeFileSync(source, Buffer.from([0x64, 0x69, 0x66, 0x66, 0xff, 0xfe, 0x0a]))
  const victim = join(outside, 'victim.txt')
  writeFileSync(victim, 'the orchestrator user file\n')
  return { worktree, source, victim, outside }
}

describe('copying into a worktree', () => {
  it('makes the directories and copies the bytes', async () => {
    const { worktree, source } = setUp()
    await copyIntoWorktree(source, worktree, `${PACKET}/candidate.patch`)
    expect(readFileSync(join(worktree, PACKET, 'candidate.patch'))).toEqual(readFileSync(source))
  })

  it('replaces a link planted at the file name instead of writing through it', async () => {
    const { worktree, source, victim } = setUp()
    mkdirSync(join(worktree, PACKET), { recursive: true })
    symlinkSync(victim, join(worktree, PACKET, 'candidate.patch'))
    await copyIntoWorktree(source, worktree, `${PACKET}/candidate.patch`)
    expect(readFileSync(victim, 'utf8')).toBe('the orchestrator user file\n')
    expect(lstatSync(join(worktree, PACKET, 'candidate.patch')).isFile()).toBe(true)
  })

  it.each([['.local'], ['.local/plan_orchestrator'], ['.local/plan_orchestrator/packet']])(
    'replaces a link planted as the directory %s with a directory',
    async (linked) => {
      const { worktree, source, outside } = setUp()
      mkdirSync(join(worktree, linked, '..'), { recursive: true })
      symlinkSync(outside, join(worktree, linked))
      await copyIntoWorktree(source, worktree, `${PACKET}/candidate.patch`)
      expect(readdirSync(outside)).toEqual(['victim.txt'])
      expect(lstatSync(join(worktree, linked)).isDirectory()).toBe(true)
      expect(readFileSync(join(worktree, PACKET, 'candidate.patch'))).toEqual(readFileSync(source))
    }
  )

  it('replaces a file standing where a directory belongs', async () => {
    const { worktree, source } = setUp()
    mkdirSync(join(worktree, '.local'))
    writeFileSync(join(worktree, '.local/plan_orchestrator'), 'in the way\n')
    await copyIntoWorktree(source, worktree, `${PACKET}/candidate.patch`)
    expect(readFileSync(join(worktree, PACKET, 'candidate.patch'))).toEqual(readFileSync(source))
  })
})
