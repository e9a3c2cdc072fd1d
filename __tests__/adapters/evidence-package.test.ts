import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { UserInputError } from '../../src/errors.js'
import { copyEvidence, inspectEvidence } from '../../src/adapters/evidence-package.js'

// The evidence package adapter on real directories: what it accepts, what it refuses (with
// the path named), and that a refused copy leaves nothing behind.

const RULES = { label: '--external-evidence-dir ev', maxBytes: 1000, limitSource: 'the test limit' }
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')

function evidence(): string {
  const dir = mkdtempSync(join(tmpdir(), 'po-evidence-unit-'))
  writeFileSync(join(dir, 'b.txt'), 'bee\n')
  mkdirSync(join(dir, 'a', 'deep'), { recursive: true })
  writeFileSync(join(dir, 'a', 'deep', 'c.txt'), 'sea\n')
  mkdirSync(join(dir, 'empty'))
  return dir
}

function destination(): string {
  return join(mkdtempSync(join(tmpdir(), 'po-evidence-copy-')), 'copy')
}

describe('evidence packages', () => {
  it('inventories files and directories, parents first, and their total size', async () => {
    const inventory = await inspectEvidence(evidence(), RULES)
    expect(inventory).toEqual({
      directories: ['a', 'a/deep', 'empty'],
      files: [
        { path: 'a/deep/c.txt', size: 4 },
        { path: 'b.txt', size: 4 }
      ],
      totalBytes: 8
    })
  })

  it('copies regular files and directories, hashing each file', async () => {
    const target = destination()
    const copied = await copyEvidence(evidence(), target, RULES)
    expect(copied).toEqual({
      files: [
        { path: 'a/deep/c.txt', sha256: sha256('sea\n') },
        { path: 'b.txt', sha256: sha256('bee\n') }
      ],
      totalBytes: 8
    })
    expect(readFileSync(join(target, 'a', 'deep', 'c.txt'), 'utf8')).toBe('sea\n')
    expect(existsSync(join(target, 'empty'))).toBe(true)
  })

  it('refuses a link that appeared after the check, and removes the partial copy', async () => {
    const dir = evidence()
    await inspectEvidence(dir, RULES)
    rmSync(join(dir, 'b.txt'))
    symlinkSync('/etc/passwd', join(dir, 'b.txt'))
    const target = destination()
    await expect(copyEvidence(dir, target, RULES)).rejects.toThrow(
      `${join(dir, 'b.txt')} is a symbolic link`
    )
    expect(existsSync(target)).toBe(false)
  })

  it('refuses a package over the limit with both figures', async () => {
    const dir = evidence()
    writeFileSync(join(dir, 'big.bin'), Buffer.alloc(2000))
    const refusal = inspectEvidence(dir, RULES)
    await expect(refusal).rejects.toBeInstanceOf(UserInputError)
    await expect(refusal).rejects.toThrow(
      '--external-evidence-dir ev holds 2008 bytes, over the limit of 1000 bytes (the test limit)'
    )
  })

  it('names a link at the top, a missing directory and a file', async () => {
    const link = join(mkdtempSync(join(tmpdir(), 'po-evidence-unit-')), 'link')
    symlinkSync(evidence(), link)
    await expect(inspectEvidence(link, RULES)).rejects.toThrow(`${link} is a symbolic link`)
    await expect(inspectEvidence(join(link, 'nope'), RULES)).rejects.toThrow(/: does not exist$/)
    await expect(inspectEvidence(join(evidence(), 'b.txt'), RULES)).rejects.toThrow(
      /: not a directory$/
    )
  })
})
