import type { PathChange } from '../../src/core/scope.js'
import {
  classifyChanges,
  displayPath,
  hasScopeViolations,
  isForbiddenPath,
  isUnderRoot,
  resolveSymlinkTarget
} from '../../src/core/scope.js'

const added = (path: string): PathChange => ({ path, kind: 'added' })
const link = (path: string, symlinkTarget: string): PathChange => ({
  path,
  kind: 'added',
  isSymlink: true,
  symlinkTarget
})

describe('isUnderRoot', () => {
  it.each([
    ['docs/a.md', 'docs', true],
    ['docs', 'docs', true],
    ['docsx/a.md', 'docs', false],
    ['docs/a.md', 'docs/', true],
    ['docs/a.md', './docs', true],
    ['a/b/c.md', 'a//b', true],
    ['Docs/a.md', 'docs', false],
    ['anything/at/all', '.', true]
  ])('%s under %s → %s', (path, root, expected) => {
    expect(isUnderRoot(path, root)).toBe(expected)
  })
})

describe('isForbiddenPath', () => {
  it.each([
    '.local/x',
    '.git/hooks/pre-commit',
    '.GIT/config',
    '.codex/config.toml',
    '.Claude/settings.json',
    '.mcp.json',
    '.MCP.JSON',
    'ops/config/prod.yml',
    'Ops/Config/prod.yml',
    'secrets',
    'SECRETS/token.txt',
    'src/vendor/.git',
    'src/vendor/.Git/HEAD'
  ])('forbids %s', (path) => {
    expect(isForbiddenPath(path)).toBe(true)
  })

  it.each([
    'secretsx/a',
    'src/secrets/a',
    'ops/configs/a',
    '.localx',
    '.mcp.json.bak',
    'src/.gitignore'
  ])('allows %s', (path) => {
    expect(isForbiddenPath(path)).toBe(false)
  })
})

describe('classifyChanges', () => {
  it('accepts changes under the allowed roots', () => {
    const report = classifyChanges([added('src/a.ts'), added('docs/b.md')], ['src', 'docs'])
    expect(hasScopeViolations(report)).toBe(false)
    expect(report.summary).toBe('all 2 changed paths are within the allowed write roots')
  })

  it('reports paths outside every root, at component boundaries', () => {
    const report = classifyChanges([added('docsx/a.md'), added('docs/a.md')], ['docs'])
    expect(report.outOfScope).toEqual(['docsx/a.md'])
  })

  it('puts every path out of scope when no root is allowed', () => {
    expect(classifyChanges([added('src/a.ts')], []).outOfScope).toEqual(['src/a.ts'])
  })

  it('reports forbidden roots even when a root claims them, and only once', () => {
    const report = classifyChanges(
      [added('SECRETS/k'), { path: 'SECRETS/k', kind: 'modified' }],
      ['SECRETS']
    )
    expect(report.forbidden).toEqual(['SECRETS/k'])
    expect(report.outOfScope).toEqual([])
  })

  it('judges both sides of a rename given as delete + add', () => {
    const report = classifyChanges(
      [
        { path: 'src/a.ts', kind: 'deleted' },
        { path: 'lib/a.ts', kind: 'added' },
        { path: 'lib/b.ts', kind: 'deleted' },
        { path: 'src/b.ts', kind: 'added' }
      ],
      ['src']
    )
    expect(report.outOfScope).toEqual(['lib/a.ts', 'lib/b.ts'])
  })

  it.each([
    ['an absolute target', link('src/l', '/etc/passwd')],
    ['a target above the repository', link('src/l', '../../outside')],
    ['a target outside the roots', link('src/l', '../other/b.txt')],
    ['a target in a forbidden root', link('src/l', '../secrets/key')],
    ['a target into .git', link('src/l', '../.git/hooks')],
    ['an empty target', link('src/l', '')],
    ['no target', { path: 'src/l', kind: 'modified', isSymlink: true } as PathChange]
  ])('flags a symlink with %s', (_label, change) => {
    const report = classifyChanges([change], ['src'])
    expect(report.unsafeSymlinks).toEqual(['src/l'])
    expect(report.summary).toContain('src/l ->')
  })

  it('accepts symlinks that stay inside the roots', () => {
    const report = classifyChanges(
      [link('src/l', 'a.txt'), link('src/deep/m', '../../docs/x.md')],
      ['src', 'docs']
    )
    expect(hasScopeViolations(report)).toBe(false)
  })

  it('flags a symlink that chains through another changed symlink', () => {
    const report = classifyChanges([link('src/up', '..'), link('src/l', 'up/other/b.txt')], ['src'])
    expect(report.unsafeSymlinks).toEqual(['src/up', 'src/l'])
  })

  it('does not judge the target of a deleted symlink', () => {
    const report = classifyChanges(
      [{ path: 'src/l', kind: 'deleted', isSymlink: true, symlinkTarget: '/etc' }],
      ['src']
    )
    expect(hasScopeViolations(report)).toBe(false)
  })

  it('keeps the summary on one line whatever the path names', () => {
    const report = classifyChanges([added('x/new\nline.txt'), added('x/q"uote.txt')], ['src'])
    expect(report.outOfScope).toEqual(['x/new\nline.txt', 'x/q"uote.txt'])
    expect(report.summary).not.toContain('\n')
    expect(report.summary).toBe(
      'scope violation: out-of-scope paths: "x/new\\nline.txt", "x/q\\"uote.txt"'
    )
  })
})

describe('resolveSymlinkTarget', () => {
  it.each([
    ['src/l', 'a.txt', 'src/a.txt'],
    ['src/l', './a/../b', 'src/b'],
    ['l', '..', undefined],
    ['src/l', 'C:/x', undefined]
  ])('%s -> %s resolves to %s', (path, target, expected) => {
    expect(resolveSymlinkTarget(path, target)).toBe(expected)
  })
})

describe('displayPath', () => {
  it('leaves ordinary and non-ASCII names alone', () => {
    expect(displayPath('src/ünï code.txt')).toBe('src/ünï code.txt')
  })
})
