import {
  parseHiddenIndexEntries,
  parseRawDiff,
  parseStatusBranchOid,
  parseStatusV2,
  splitRawAndPatch
} from '../../../src/adapters/git/z-output.js'

const ZERO = '0'.repeat(40)
const BLOB = 'a'.repeat(40)

describe('parseStatusV2', () => {
  it('keeps spaces, quotes, newlines and non-ASCII in paths verbatim', () => {
    const output = [
      `1 .M N... 100644 100644 100644 ${BLOB} ${BLOB} src/with space "q".txt`,
      `1 D. N... 100644 000000 000000 ${BLOB} ${ZERO} src/new\nline.txt`,
      '? src/ünïcödé.txt',
      ''
    ].join('\0')
    expect(parseStatusV2(output)).toEqual([
      { path: 'src/with space "q".txt', kind: 'modified', newMode: '100644' },
      { path: 'src/new\nline.txt', kind: 'deleted', newMode: '000000' },
      { path: 'src/ünïcödé.txt', kind: 'added', newMode: '' }
    ])
  })

  it('splits a rename record into a deletion and an addition', () => {
    const output = `2 R. N... 100644 100644 100644 ${BLOB} ${BLOB} R100 other/a b.txt\0src/a b.txt\0`
    expect(parseStatusV2(output).map(({ path, kind }) => [path, kind])).toEqual([
      ['src/a b.txt', 'deleted'],
      ['other/a b.txt', 'added']
    ])
  })

  it('reports an untracked directory as a nested repository', () => {
    expect(parseStatusV2('? vendor/lib/\0')).toEqual([
      { path: 'vendor/lib', kind: 'added', newMode: '', nestedRepository: true }
    ])
  })

  it('reads unmerged and type-changed entries and skips headers and ignored files', () => {
    const output = [
      '# branch.oid abc',
      `u UU N... 100644 100644 100644 100644 ${BLOB} ${BLOB} ${BLOB} src/c.txt`,
      `1 .T N... 100644 100644 120000 ${BLOB} ${BLOB} src/l`,
      '! build/out.js',
      ''
    ].join('\0')
    expect(parseStatusV2(output).map(({ path, kind }) => [path, kind])).toEqual([
      ['src/c.txt', 'modified'],
      ['src/l', 'type_changed']
    ])
  })
})

describe('parseRawDiff', () => {
  it('reads modes, blob ids and paths', () => {
    const output = [
      `:000000 120000 ${ZERO} ${BLOB} A`,
      'src/l ink',
      `:100644 000000 ${BLOB} ${ZERO} D`,
      'src/old\nname',
      `:100644 100755 ${BLOB} ${BLOB} M`,
      'src/run.sh',
      ''
    ].join('\0')
    expect(parseRawDiff(output)).toEqual([
      { path: 'src/l ink', kind: 'added', newMode: '120000', newObject: BLOB },
      { path: 'src/old\nname', kind: 'deleted', newMode: '000000', newObject: ZERO },
      { path: 'src/run.sh', kind: 'modified', newMode: '100755', newObject: BLOB }
    ])
  })

  it('splits renames into both sides if rename detection slips through', () => {
    const output = `:100644 100644 ${BLOB} ${BLOB} R100\0src/a\0lib/a\0`
    expect(parseRawDiff(output).map(({ path, kind }) => [path, kind])).toEqual([
      ['src/a', 'deleted'],
      ['lib/a', 'added']
    ])
  })
})

describe('parseHiddenIndexEntries', () => {
  it('finds assume-unchanged and skip-worktree entries', () => {
    expect(parseHiddenIndexEntries('H src/a\0h src/b c\0S src/d\0s src/e\0')).toEqual([
      'src/b c',
      'src/d',
      'src/e'
    ])
  })
})

describe('parseStatusBranchOid', () => {
  it('reads the commit from the branch.oid header before the entries', () => {
    const output = [
      `# branch.oid ${BLOB}`,
      '# branch.head main',
      `1 .M N... 100644 100644 100644 ${ZERO} ${ZERO} # branch.oid ${'b'.repeat(40)}`,
      ''
    ].join('\0')
    expect(parseStatusBranchOid(output)).toBe(BLOB)
  })

  it('has no commit before the first one, without headers, or for a malformed id', () => {
    expect(parseStatusBranchOid('# branch.oid (initial)\0# branch.head main\0')).toBeUndefined()
    expect(parseStatusBranchOid(`? # branch.oid ${BLOB}\0`)).toBeUndefined()
    expect(parseStatusBranchOid('# branch.oid abc\0')).toBeUndefined()
  })
})

describe('splitRawAndPatch', () => {
  it('splits the raw records (renames with their two paths) from the patch after them', () => {
    const raw = [
      `:100644 100644 ${BLOB} ${BLOB} M`,
      'src/with space.txt',
      `:100644 100644 ${BLOB} ${BLOB} R100`,
      'old:name.txt',
      'new\nname.txt',
      ''
    ].join('\0')
    const patch = 'diff --git a/x b/x\n--- a/x\n+++ b/x\n'
    expect(splitRawAndPatch(`${raw}\0${patch}`)).toEqual({ raw, patch })
    expect(parseRawDiff(raw).map((change) => change.path)).toEqual([
      'src/with space.txt',
      'old:name.txt',
      'new\nname.txt'
    ])
  })

  it('gives nothing for nothing', () => {
    expect(splitRawAndPatch('')).toEqual({ raw: '', patch: '' })
  })
})
