import { execFileSync } from 'node:child_process'
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { PROJECT_ROOT } from '../helpers/bundled-cli.js'
import { snapshotTree, treeChanges } from '../helpers/repo-snapshot.js'
import { type DemoRepo, makeDemoRepo, readRunFile, runResult, writePolicy } from './harness.js'

// Evidence is data (issue #13 hole 4): a link anywhere in it, the directory itself included,
// is refused with its path named before anything is copied; what is stored is regular files
// and directories only, hashed, within the run's size limit.

const RUNS = '.local/automation/plan_orchestrator/runs'

function scenarioArgs(repo: DemoRepo): string[] {
  const path = join(repo.home, 'scenario.json')
  writeFileSync(path, readFileSync(join(PROJECT_ROOT, 'examples/demo/scenario.json')))
  return ['--agents', 'scripted', '--scenario', path, '--quiet']
}

/** A directory outside everything that plays the part of /etc or ~/.ssh. */
function secrets(): string {
  const dir = mkdtempSync(join(tmpdir(), 'po-secrets-'))
  writeFileSync(join(dir, 'shadow'), 'root:$6$secret-hash:19000:0:99999:7:::\n')
  mkdirSync(join(dir, 'ssh'))
  writeFileSync(join(dir, 'ssh', 'id_ed25519'), 'PRIVATE KEY\n')
  return dir
}

/** A good evidence package to which each case adds its link. */
function evidencePackage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'po-evidence-'))
  writeFileSync(join(dir, 'vendor.txt'), 'Vendor confirmed the wording.\n')
  mkdirSync(join(dir, 'mail', 'thread'), { recursive: true })
  writeFileSync(join(dir, 'mail', 'thread', 'reply.eml'), 'Subject: ok\n\nConfirmed.\n')
  return dir
}

/** Every path under a directory with its kind: `file`, `dir`, `link` or `other`. */
function kinds(root: string): Record<string, string> {
  const found: Record<string, string> = {}
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      const info = lstatSync(path)
      const kind = info.isSymbolicLink()
        ? 'link'
        : info.isDirectory()
          ? 'dir'
          : info.isFile()
            ? 'file'
            : 'other'
      found[relative(root, path)] = kind
      if (kind === 'dir') walk(path)
    }
  }
  walk(root)
  return found
}

type Arrange = (evidence: string, secret: string) => { dir: string; link: string }

/** Each way a link can hide in evidence; `link` is the path the refusal must name. */
const LINK_CASES: Array<[string, Arrange]> = [
  [
    'the directory itself is a symlink to a directory',
    (_evidence, secret) => {
      const dir = join(mkdtempSync(join(tmpdir(), 'po-evidence-link-')), 'evidence')
      symlinkSync(secret, dir)
      return { dir, link: dir }
    }
  ],
  [
    'a symlink to a file, absolute target',
    (evidence, secret) => {
      const link = join(evidence, 'shadow.txt')
      symlinkSync(join(secret, 'shadow'), link)
      return { dir: evidence, link }
    }
  ],
  [
    'a symlink to a file, relative target, deep inside',
    (evidence, secret) => {
      const link = join(evidence, 'mail', 'thread', 'key')
      symlinkSync(
        relative(join(evidence, 'mail', 'thread'), join(secret, 'ssh', 'id_ed25519')),
        link
      )
      return { dir: evidence, link }
    }
  ],
  [
    'a symlink to a directory, absolute target',
    (evidence, secret) => {
      const link = join(evidence, 'mail', 'etc')
      symlinkSync(secret, link)
      return { dir: evidence, link }
    }
  ],
  [
    'a symlink to a directory, relative target',
    (evidence, secret) => {
      const link = join(evidence, 'ssh')
      symlinkSync(relative(evidence, join(secret, 'ssh')), link)
      return { dir: evidence, link }
    }
  ],
  [
    'a dangling symlink',
    (evidence) => {
      const link = join(evidence, 'gone')
      symlinkSync('/nonexistent/po-evidence-target', link)
      return { dir: evidence, link }
    }
  ]
]

describe('resume --external-evidence-dir', () => {
  let repo: DemoRepo
  let agents: string[]
  let runId: string
  beforeAll(() => {
    repo = makeDemoRepo()
    agents = scenarioArgs(repo)
    const run = repo.cli(['run', '--playbook', 'playbook.md', '--item', '03', ...agents])
    expect(run.code).toBe(0)
    runId = runResult(run.stdout).run_id
    expect(runResult(run.stdout).last_terminal_state).toBe('blocked_external')
  })

  it.each(LINK_CASES)('refuses evidence where %s, naming it, and copies nothing', (_, arrange) => {
    const { dir, link } = arrange(evidencePackage(), secrets())
    const before = snapshotTree(repo.root)
    const result = repo.cli([
      'resume',
      '--run-id',
      runId,
      '--external-evidence-dir',
      dir,
      ...agents
    ])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    const lines = result.stderr.split('\n').filter(Boolean)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^error: /)
    expect(lines[0]).toContain(link)
    expect(lines[0]).toContain('symbolic link')
    expect(treeChanges(before, snapshotTree(repo.root))).toEqual([])
    expect(existsSync(join(repo.root, RUNS, runId, 'external_evidence'))).toBe(false)
  })

  it('refuses a FIFO or other special file in the evidence', () => {
    const evidence = evidencePackage()
    execFileSync('mkfifo', [join(evidence, 'pipe')])
    const before = snapshotTree(repo.root)
    const result = repo.cli([
      'resume',
      '--run-id',
      runId,
      '--external-evidence-dir',
      evidence,
      ...agents
    ])
    expect(result.code).toBe(1)
    expect(result.stderr.trim()).toContain(join(evidence, 'pipe'))
    expect(result.stderr.trim()).toContain('not a regular file or directory')
    expect(treeChanges(before, snapshotTree(repo.root))).toEqual([])
  })

  it('refuses a missing directory and a file, in one line each', () => {
    const file = join(evidencePackage(), 'vendor.txt')
    for (const [dir, what] of [
      [join(tmpdir(), 'po-no-such-evidence'), 'does not exist'],
      [file, 'not a directory']
    ] as const) {
      const before = snapshotTree(repo.root)
      const result = repo.cli([
        'resume',
        '--run-id',
        runId,
        '--external-evidence-dir',
        dir,
        ...agents
      ])
      expect(result.code).toBe(1)
      expect(result.stderr.split('\n').filter(Boolean)).toEqual([
        expect.stringMatching(new RegExp(`^error: --external-evidence-dir ${dir}: ${what}`))
      ])
      expect(treeChanges(before, snapshotTree(repo.root))).toEqual([])
    }
  })

  it('stores regular files and directories only, hashed, and the item passes with them', () => {
    const evidence = evidencePackage()
    const result = repo.cli([
      'resume',
      '--run-id',
      runId,
      '--external-evidence-dir',
      evidence,
      ...agents
    ])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(runResult(result.stdout).last_terminal_state).toBe('passed')
    const received = join(repo.root, RUNS, runId, 'external_evidence', '03')
    const [stamp] = readdirSync(received).filter((name) => !name.endsWith('.json'))
    const copy = join(received, stamp as string)
    expect(kinds(copy)).toEqual({
      'vendor.txt': 'file',
      mail: 'dir',
      'mail/thread': 'dir',
      'mail/thread/reply.eml': 'file'
    })
    const manifest = JSON.parse(readFileSync(`${copy}.manifest.json`, 'utf8')) as {
      files: Array<{ path: string; sha256: string }>
      total_bytes: number
    }
    expect(manifest.files.map((file) => file.path)).toEqual(['mail/thread/reply.eml', 'vendor.txt'])
    expect(manifest.total_bytes).toBe(
      readFileSync(join(evidence, 'vendor.txt')).length +
        readFileSync(join(evidence, 'mail/thread/reply.eml')).length
    )
    // The attempt's own copy is made the same way: no link can appear there either.
    const attempts = join(repo.root, RUNS, runId, 'items', '03')
    for (const attempt of readdirSync(attempts)) {
      const attemptCopy = join(attempts, attempt, 'external_evidence')
      if (existsSync(attemptCopy))
        expect(Object.values(kinds(attemptCopy)).every((kind) => kind !== 'link')).toBe(true)
    }
  })
})

describe('the evidence size limit (runtime policy max_evidence_package_bytes)', () => {
  it('refuses a package over the run limit with both figures, before anything is copied', () => {
    const repo = makeDemoRepo()
    const agents = scenarioArgs(repo)
    const policy = writePolicy(repo, { max_evidence_package_bytes: 1000 })
    const run = repo.cli([
      'run',
      '--playbook',
      'playbook.md',
      '--item',
      '03',
      '--config',
      policy,
      ...agents
    ])
    expect(run.code).toBe(0)
    const runId = runResult(run.stdout).run_id
    expect(
      (readRunFile(repo, runId, 'runtime_policy.json') as { options: Record<string, unknown> })
        .options.max_evidence_package_bytes
    ).toBe(1000)
    const evidence = evidencePackage()
    writeFileSync(join(evidence, 'big.bin'), Buffer.alloc(1500, 1))
    const before = snapshotTree(repo.root)
    const result = repo.cli([
      'resume',
      '--run-id',
      runId,
      '--external-evidence-dir',
      evidence,
      ...agents
    ])
    expect(result.code).toBe(1)
    const lines = result.stderr.split('\n').filter(Boolean)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^error: --external-evidence-dir /)
    expect(lines[0]).toContain('1000 bytes')
    expect(lines[0]).toMatch(/\b15\d\d bytes\b/)
    expect(lines[0]).toContain('max_evidence_package_bytes')
    expect(treeChanges(before, snapshotTree(repo.root))).toEqual([])
  })

  it('refuses a package over the limit of a new run before the run exists', () => {
    const repo = makeDemoRepo()
    const agents = scenarioArgs(repo)
    const evidence = evidencePackage()
    writeFileSync(join(evidence, 'big.bin'), Buffer.alloc(3000, 1))
    const before = snapshotTree(repo.root)
    const result = repo.cli(
      [
        'run',
        '--playbook',
        'playbook.md',
        '--item',
        '03',
        '--external-evidence-dir',
        evidence,
        ...agents
      ],
      undefined,
      { PLAN_ORCHESTRATOR_MAX_EVIDENCE_PACKAGE_BYTES: '2048' }
    )
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('2048 bytes')
    expect(treeChanges(before, snapshotTree(repo.root))).toEqual([])
  })
})

describe('run --external-evidence-dir', () => {
  it.each(LINK_CASES)('refuses evidence where %s before a run exists', (_, arrange) => {
    const repo = makeDemoRepo()
    const agents = scenarioArgs(repo)
    const { dir, link } = arrange(evidencePackage(), secrets())
    const before = snapshotTree(repo.root)
    const result = repo.cli([
      'run',
      '--playbook',
      'playbook.md',
      '--item',
      '03',
      '--external-evidence-dir',
      dir,
      ...agents
    ])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(link)
    expect(treeChanges(before, snapshotTree(repo.root))).toEqual([])
  })

  it('receives good evidence like resume does: a stored copy with a manifest', () => {
    const repo = makeDemoRepo()
    const agents = scenarioArgs(repo)
    const result = repo.cli([
      'run',
      '--playbook',
      'playbook.md',
      '--item',
      '03',
      '--external-evidence-dir',
      evidencePackage(),
      ...agents
    ])
    expect(result.stderr).toBe('')
    expect(runResult(result.stdout).last_terminal_state).toBe('passed')
    const received = join(
      repo.root,
      RUNS,
      runResult(result.stdout).run_id,
      'external_evidence',
      '03'
    )
    const manifests = readdirSync(received).filter((name) => name.endsWith('.manifest.json'))
    expect(manifests).toHaveLength(1)
  })
})

describe('supervise resume --external-evidence-dir', () => {
  it('refuses a symlinked evidence directory before supervising', () => {
    const repo = makeDemoRepo()
    const agents = scenarioArgs(repo)
    const run = repo.cli(['run', '--playbook', 'playbook.md', '--item', '03', ...agents])
    const runId = runResult(run.stdout).run_id
    const { dir, link } = LINK_CASES[0]![1](evidencePackage(), secrets())
    const before = snapshotTree(repo.root)
    const result = repo.cli([
      'supervise',
      'resume',
      '--run-id',
      runId,
      '--external-evidence-dir',
      dir,
      '--max-wait-seconds',
      '0',
      ...agents
    ])
    expect(result.code).toBe(1)
    expect(result.stderr.split('\n').filter(Boolean)).toEqual([expect.stringContaining(link)])
    expect(treeChanges(before, snapshotTree(repo.root))).toEqual([])
  })
})
