import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ControlLockOwnerSchema } from '../../src/core/schemas/supervision.js'
import {
  compactTimestamp,
  directoryDigest,
  ledgerFiles,
  ledgerName,
  nextLedgerSequence,
  readArtifact,
  writeArtifact
} from '../../src/supervision/artifacts.js'
import { FILES } from './support.js'

const sha256 = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex')

const OWNER = {
  schema_version: 'plan_orchestrator.supervision_control_lock.v1',
  run_id: 'RUN_20260405T110000Z_0123abcd',
  supervisor_session_id: 'svs_0001',
  owner_pid: 4242,
  owner_host: 'builder',
  acquired_at_utc: '2026-04-05T11:00:00Z'
} as const

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'po-artifacts-'))
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('readArtifact', () => {
  it('returns the parsed value and the sha256 of the raw bytes, not of a re-serialization', async () => {
    const path = join(dir, 'owner.json')
    // Deliberately not the canonical formatting: the hash must be of what is on disk.
    const raw = `{ "schema_version":"${OWNER.schema_version}",  "run_id": "${OWNER.run_id}", "supervisor_session_id": "svs_0001", "owner_pid": 4242, "owner_host": "builder", "acquired_at_utc": "2026-04-05T11:00:00Z" }`
    writeFileSync(path, raw)
    const loaded = await readArtifact(ControlLockOwnerSchema, path)
    expect(loaded).toEqual({ kind: 'ok', value: OWNER, sha256: sha256(raw) })
    expect(sha256(raw)).not.toBe(sha256(JSON.stringify(OWNER)))
  })

  it('reports a missing file as missing', async () => {
    expect(await readArtifact(ControlLockOwnerSchema, join(dir, 'nope.json'))).toEqual({
      kind: 'missing'
    })
  })

  it('reports a file that is not JSON as invalid, naming the path', async () => {
    const path = join(dir, 'torn.json')
    writeFileSync(path, '{"schema_version": "plan_orch')
    const loaded = await readArtifact(ControlLockOwnerSchema, path)
    expect(loaded).toEqual({ kind: 'invalid', problem: `${path}: not JSON` })
  })

  it('reports a schema-invalid file as invalid, naming the first bad field', async () => {
    const path = join(dir, 'owner.json')
    writeFileSync(path, JSON.stringify({ ...OWNER, owner_pid: 0 }))
    const loaded = await readArtifact(ControlLockOwnerSchema, path)
    expect(loaded.kind).toBe('invalid')
    expect(loaded.kind === 'invalid' && loaded.problem).toMatch(
      new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: owner_pid: `)
    )
  })

  it('reports an unknown extra field (strict schema) as invalid', async () => {
    const path = join(dir, 'owner.json')
    writeFileSync(path, JSON.stringify({ ...OWNER, extra: true }))
    expect((await readArtifact(ControlLockOwnerSchema, path)).kind).toBe('invalid')
  })

  it('reports an unreadable path (a directory) as invalid rather than missing', async () => {
    const path = join(dir, 'a-directory.json')
    mkdirSync(path)
    const loaded = await readArtifact(ControlLockOwnerSchema, path)
    expect(loaded.kind).toBe('invalid')
  })
})

describe('writeArtifact', () => {
  it('writes pretty JSON with a trailing newline, creating parent directories', async () => {
    const path = join(dir, 'deep', 'er', 'owner.json')
    await writeArtifact(FILES, ControlLockOwnerSchema, path, OWNER)
    expect(readFileSync(path, 'utf8')).toBe(`${JSON.stringify(OWNER, null, 2)}\n`)
    const loaded = await readArtifact(ControlLockOwnerSchema, path)
    expect(loaded.kind === 'ok' && loaded.sha256).toBe(sha256(readFileSync(path)))
  })

  it('refuses an invalid value and leaves no file (nor replaces an existing one)', async () => {
    const path = join(dir, 'owner.json')
    await expect(
      writeArtifact(FILES, ControlLockOwnerSchema, path, { ...OWNER, owner_host: '' })
    ).rejects.toThrow()
    expect(existsSync(path)).toBe(false)

    await writeArtifact(FILES, ControlLockOwnerSchema, path, OWNER)
    const before = readFileSync(path, 'utf8')
    await expect(
      writeArtifact(FILES, ControlLockOwnerSchema, path, {
        ...OWNER,
        acquired_at_utc: '2026-04-05 11:00:00'
      })
    ).rejects.toThrow()
    expect(readFileSync(path, 'utf8')).toBe(before)
  })
})

describe('ledger sequences and names', () => {
  it('starts at 1 in an empty or missing directory', async () => {
    expect(await nextLedgerSequence(dir)).toBe(1)
    expect(await nextLedgerSequence(join(dir, 'does-not-exist'))).toBe(1)
  })

  it('continues one past the highest sequence, ignoring names that are not ledger files', async () => {
    for (const name of [
      '000002_20260405T110000Z.json',
      '000007_park_20260405T110100Z.json',
      '000003_20260405T110200Z.json',
      // None of these is a ledger file:
      '000099.json',
      '000050_x.json.tmp',
      '12345_x.json',
      'abcdef_x.json',
      'notes.txt',
      '900000_x.txt'
    ])
      writeFileSync(join(dir, name), '{}')
    expect(await nextLedgerSequence(dir)).toBe(8)
    expect((await ledgerFiles(dir)).map((path) => path.slice(dir.length + 1))).toEqual([
      '000002_20260405T110000Z.json',
      '000003_20260405T110200Z.json',
      '000007_park_20260405T110100Z.json'
    ])
  })

  it('names ledger files NNNNNN_<parts>.json', () => {
    expect(ledgerName(7, 'park', '20260405T110000Z')).toBe('000007_park_20260405T110000Z.json')
    expect(ledgerName(123456, '20260405T110000Z')).toBe('123456_20260405T110000Z.json')
  })

  it('compacts an ISO timestamp for file names', () => {
    expect(compactTimestamp('2026-04-05T11:00:00Z')).toBe('20260405T110000Z')
    expect(compactTimestamp('1999-12-31T23:59:59Z')).toBe('19991231T235959Z')
  })
})

describe('directoryDigest', () => {
  /** The documented rule, computed independently: `relpath NUL hex-sha256 NUL` per file. */
  function expectedDigest(root: string, orderedRelativePaths: readonly string[]): string {
    const hash = createHash('sha256')
    for (const relative of orderedRelativePaths) {
      const fileHash = sha256(readFileSync(join(root, ...relative.split('/'))))
      hash.update(`${relative}\0${fileHash}\0`)
    }
    return hash.digest('hex')
  }

  function write(root: string, relative: string, content: string): void {
    const path = join(root, ...relative.split('/'))
    mkdirSync(join(path, '..'), { recursive: true })
    writeFileSync(path, content)
  }

  it('is null for a missing path', async () => {
    expect(await directoryDigest(join(dir, 'missing'))).toBeNull()
  })

  it('is the sha256 of a single file', async () => {
    const path = join(dir, 'evidence.txt')
    writeFileSync(path, 'signed off\n')
    expect(await directoryDigest(path)).toBe(sha256('signed off\n'))
  })

  it('orders files component by component, not as plain strings', async () => {
    const root = join(dir, 'pkg')
    // Plain string order would be a-b, a.b, a/b ('-' < '.' < '/'); by components, the
    // directory `a` comes first because 'a' < 'a-b' < 'a.b'.
    write(root, 'a.b', 'dot')
    write(root, 'a-b', 'dash')
    write(root, 'a/b', 'nested')
    write(root, 'a/c/d', 'deeper')
    write(root, 'z', 'last')
    const componentOrder = ['a/b', 'a/c/d', 'a-b', 'a.b', 'z']
    const plainOrder = [...componentOrder].sort()
    expect(plainOrder).not.toEqual(componentOrder)

    const digest = await directoryDigest(root)
    expect(digest).toBe(expectedDigest(root, componentOrder))
    expect(digest).not.toBe(expectedDigest(root, plainOrder))
  })

  it('counts regular files: an empty directory contributes nothing', async () => {
    const root = join(dir, 'pkg')
    write(root, 'report.md', 'ok')
    write(root, 'logs/run.log', 'line')
    const before = await directoryDigest(root)
    expect(before).toBe(expectedDigest(root, ['logs/run.log', 'report.md']))
    mkdirSync(join(root, 'empty'))
    expect(await directoryDigest(root)).toBe(before)
  })

  it('changes with a symlink in the package, so a package fixed by removing one is new', async () => {
    // The kernel refuses evidence holding a link; the corrected package must be offered again.
    const root = join(dir, 'pkg')
    write(root, 'report.md', 'ok')
    const clean = await directoryDigest(root)
    symlinkSync(join(root, 'report.md'), join(root, 'link.md'))
    const linked = await directoryDigest(root)
    expect(linked).not.toBe(clean)
    const hash = createHash('sha256')
    hash.update(`link.md\0symlink:${join(root, 'report.md')}\0`)
    hash.update(`report.md\0${sha256('ok')}\0`)
    expect(linked).toBe(hash.digest('hex'))
  })

  it('of an empty directory is the digest of nothing', async () => {
    const root = join(dir, 'empty')
    mkdirSync(root)
    expect(await directoryDigest(root)).toBe(sha256(''))
  })

  it('changes when a file content changes or a file is renamed, not when an mtime changes', async () => {
    const root = join(dir, 'pkg')
    write(root, 'a/report.md', 'version 1')
    write(root, 'b.txt', 'other')
    const first = await directoryDigest(root)

    utimesSync(join(root, 'a', 'report.md'), new Date(2001, 0, 1), new Date(2001, 0, 1))
    expect(await directoryDigest(root)).toBe(first)

    write(root, 'a/report.md', 'version 2')
    const second = await directoryDigest(root)
    expect(second).not.toBe(first)
    expect(second).toBe(expectedDigest(root, ['a/report.md', 'b.txt']))

    rmSync(join(root, 'b.txt'))
    write(root, 'c.txt', 'other')
    expect(await directoryDigest(root)).not.toBe(second)
  })
})
