import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeFileAtomically } from '../../src/adapters/atomic-file.js'

let dir: string

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'po-atomic-'))
})

describe('writing a file whole', () => {
  it('replaces the file and leaves no temporary file beside it', async () => {
    const path = join(dir, 'run_state.json')
    writeFileSync(path, 'old\n')
    await writeFileAtomically(path, 'new\n')
    expect(readFileSync(path, 'utf8')).toBe('new\n')
    expect(readdirSync(dir)).toEqual(['run_state.json'])
  })

  it('makes the directory it is written in', async () => {
    const path = join(dir, 'items', '01', 'report.json')
    await writeFileAtomically(path, '{}\n')
    expect(readFileSync(path, 'utf8')).toBe('{}\n')
  })

  it('lands writes to one path in the order they were asked for', async () => {
    const path = join(dir, 'state.json')
    const texts = Array.from({ length: 25 }, (_, index) => `${index}\n`.repeat(1 + (index % 7)))
    await Promise.all(texts.map((text) => writeFileAtomically(path, text)))
    expect(readFileSync(path, 'utf8')).toBe(texts.at(-1))
    expect(readdirSync(dir)).toEqual(['state.json'])
  })

  it('fails without a trace when the file cannot be replaced, and later writes still run', async () => {
    const path = join(dir, 'taken')
    mkdirSync(join(path, 'inside'), { recursive: true })
    const failed = writeFileAtomically(path, 'text\n')
    const next = writeFileAtomically(join(dir, 'other'), 'fine\n')
    await expect(failed).rejects.toThrow()
    await next
    expect(readdirSync(dir).sort()).toEqual(['other', 'taken'])
    await expect(writeFileAtomically(path, 'again\n')).rejects.toThrow()
    expect(readdirSync(dir).sort()).toEqual(['other', 'taken'])
  })

  it('replaces a symlink planted in place of one of its files instead of writing through it', async () => {
    const victim = join(dir, 'victim.txt')
    writeFileSync(victim, 'the operator file\n')
    const path = join(dir, 'report.json')
    symlinkSync(victim, path)
    await writeFileAtomically(path, '{}\n')
    expect(readFileSync(victim, 'utf8')).toBe('the operator file\n')
    expect(lstatSync(path).isFile()).toBe(true)
    expect(readFileSync(path, 'utf8')).toBe('{}\n')
  })

  it('refuses to write into a directory that is a symlink', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'po-atomic-elsewhere-'))
    symlinkSync(elsewhere, join(dir, 'attempt-1'))
    await expect(
      writeFileAtomically(join(dir, 'attempt-1', 'report.json'), '{}\n')
    ).rejects.toThrow(/symbolic link/)
    expect(readdirSync(elsewhere)).toEqual([])
  })

  it('writes a file the user named through its symlink, and keeps its mode', async () => {
    const target = join(dir, 'plan.json')
    writeFileSync(target, 'old\n')
    chmodSync(target, 0o600)
    const link = join(dir, 'link.json')
    symlinkSync(target, link)
    await writeFileAtomically(link, 'new\n', { userFile: true })
    expect(lstatSync(link).isSymbolicLink()).toBe(true)
    expect(readFileSync(target, 'utf8')).toBe('new\n')
    expect(statSync(target).mode & 0o777).toBe(0o600)
  })
})
