import {
  extractPaths,
  readCommands,
  readPrerequisites,
  readWriteRoots,
  unsafePathReason
} from '../../src/core/playbook/cell-values.js'

describe('extractPaths', () => {
  it.each([
    ['docs/runbooks', []],
    ['docs/runbooks/', ['docs/runbooks/']],
    ['`docs/runbooks`', ['docs/runbooks']],
    ['README.md', []],
    ['`README.md`', []],
    ['./README.md', ['./README.md']],
    ['https://example.com/x/y.html', []],
    ['see docs/a.md.', ['docs/a.md']],
    ['a/b/c', ['a/b/']],
    ['a/b.c/d', ['a/b.c']],
    ['x/.hidden; v1.2/x; foo/bar.', []],
    ['édocs/u.md', []],
    ['😀docs/u.md', ['docs/u.md']],
    ['𝒜docs/u.md', []],
    ['(docs/u.md)', ['docs/u.md']],
    ['src/a.py; `docs/b.md`', ['docs/b.md', 'src/a.py']],
    ['`docs/a.md`; `docs/a.md`, docs/a.md', ['docs/a.md']],
    ['`/abs/x.md` and /etc/x.txt', ['/abs/x.md']]
  ])('%j → %j', (cell, paths) => {
    expect(extractPaths(cell)).toEqual(paths)
  })
})

describe('unsafePathReason', () => {
  it.each(['/abs/x.md', '\\share\\x', 'C:/x/y.md', '../x/y.md', 'docs/../../x.md', 'a\\..\\b'])(
    'refuses %s',
    (path) => {
      expect(unsafePathReason(path)).toBeDefined()
    }
  )
  it.each(['docs/a.md', './docs/a.md', 'docs/..hidden/a.md', 'a..b/c.md'])('accepts %s', (path) => {
    expect(unsafePathReason(path)).toBeUndefined()
  })
})

describe('readPrerequisites', () => {
  it.each([
    ['', []],
    ['None', []],
    ['01-02', ['01', '02']],
    ['1-3', ['1', '2', '3']],
    ['9-11', ['09', '10', '11']],
    ['001-3', ['001', '002', '003']],
    ['01 , 01-02,, 02 , 1 - 2', ['01', '02', '1', '2']],
    ['A-B, 01-, step-1', ['A-B', '01-', 'step-1']]
  ])('%j → %j', (cell, ids) => {
    expect(readPrerequisites(cell)).toEqual({ value: ids, problems: [] })
  })

  it('refuses reversed ranges and none mixed with ids', () => {
    expect(readPrerequisites('03-01').problems).toEqual(['range 03-01 runs backwards; write 01-03'])
    expect(readPrerequisites('none, 01')).toEqual({
      value: ['01'],
      problems: ['`none` mixed with prerequisite ids; write either none or the ids']
    })
  })

  it('refuses a range too long to be real without expanding it', () => {
    const reading = readPrerequisites('1-999999999')
    expect(reading.value).toEqual([])
    expect(reading.problems[0]).toMatch(/names more than/)
  })
})

describe('readWriteRoots', () => {
  it('drops trailing slashes and duplicates', () => {
    expect(readWriteRoots(' docs/ ; src;docs ')).toEqual({ value: ['docs', 'src'], problems: [] })
  })

  it.each([
    ['/', /would let the item write anywhere/],
    ['/src/', /must be repo-relative: \/src\//],
    ['../outside', /leaves the repository/],
    ['secrets', /forbidden runtime roots: secrets/],
    ['./secrets/keys', /forbidden runtime roots: \.\/secrets\/keys/],
    ['ops//config', /forbidden runtime roots: ops\/\/config/],
    ['.git/hooks', /forbidden runtime roots/],
    ['Secrets', /forbidden runtime roots: Secrets/],
    ['.GIT', /forbidden runtime roots/],
    ['.', /would let the item write anywhere/],
    ['./', /would let the item write anywhere/],
    ['.\\secrets', /backslash/],
    ['src, tests', /separate roots with ;/],
    ['none', /none is not a directory/],
    [' ; ', /must contain at least one/]
  ])('refuses %j', (cell, problem) => {
    expect(readWriteRoots(cell).problems).toEqual([expect.stringMatching(problem)])
  })

  it.each(['.github', 'secrets2', 'docsite', 'docs/my notes'])('allows %s', (root) => {
    expect(readWriteRoots(root)).toEqual({ value: [root], problems: [] })
  })

  it('reads a root written in backticks', () => {
    expect(readWriteRoots('`docs`; ` src/ `')).toEqual({ value: ['docs', 'src'], problems: [] })
  })
})

describe('readCommands', () => {
  it('splits on ;, unwraps one backtick pair and drops none', () => {
    expect(readCommands('`pytest -q x`; NONE; make test ;  `a` and `b` ; `').value).toEqual([
      'pytest -q x',
      'make test',
      '`a` and `b`',
      '`'
    ])
  })

  it('refuses an empty command', () => {
    expect(readCommands('make; ``').problems).toHaveLength(1)
    expect(readCommands('` `').problems).toHaveLength(1)
  })
})
