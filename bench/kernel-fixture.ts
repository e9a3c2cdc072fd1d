/**
 * Fixtures for the kernel bench: a repository with an N-item playbook whose items the
 * scripted agent passes at once (one file written under `src/`, every review lane's default
 * pass), a `git` wrapper that logs every git process, and the raw git work of one item.
 */
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const HEADER = [
  'step_id',
  'phase',
  'action',
  'why_now',
  'owner_type',
  'prerequisites',
  'repo_surfaces',
  'deliverable',
  'exit_criteria',
  'allowed_write_roots',
  'requires_red_green',
  'manual_gate',
  'manual_gate_reason',
  'manual_gate_evidence',
  'external_check',
  'external_dependencies',
  'required_verification_commands',
  'notes'
]

export function itemId(n: number): string {
  return String(n).padStart(2, '0')
}

function playbook(items: number): string {
  const rows: string[] = []
  for (let n = 1; n <= items; n += 1) {
    const id = itemId(n)
    const file = `src/item_${id}.txt`
    rows.push(
      `| ${[
        id,
        'bench',
        `Write \`${file}\`.`,
        'The next item builds on it.',
        'agent',
        n === 1 ? 'none' : itemId(n - 1),
        `\`${file}\``,
        `\`${file}\``,
        `\`${file}\` exists.`,
        'src',
        'no',
        'none',
        '',
        '',
        'none',
        '',
        `\`test -f ${file}\``,
        ''
      ].join(' | ')} |`
    )
  }
  return [
    '# Kernel bench playbook',
    '',
    '## 1. Plan Context',
    '',
    'Trivial items, so that a run measures the orchestrator alone.',
    '',
    '## 2. Ordered Execution Plan',
    '',
    `| ${HEADER.join(' | ')} |`,
    `| ${HEADER.map(() => '---').join(' | ')} |`,
    ...rows,
    '',
    '## 3. Phase Details',
    '',
    'One file per item.',
    '',
    '## 4. Shared Guidance',
    '',
    'None.',
    '',
    '## 5. Risks And Contingencies',
    '',
    'None.',
    '',
    '## 6. Immediate Next Actions',
    '',
    'Run item 01 first.',
    ''
  ].join('\n')
}

/** Every execute call writes its item's file; the review lanes keep their default pass. */
const SCENARIO = {
  version: 1,
  scripts: [
    {
      lane: 'execute',
      steps: [{ write: { 'src/item_{{item_id}}.txt': 'item {{item_id}} done\n' } }]
    }
  ]
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8' })
}

function initRepo(root: string): void {
  git(root, 'init', '-q', '--initial-branch=main')
  git(root, 'config', 'user.name', 'bench')
  git(root, 'config', 'user.email', 'bench@example.invalid')
}

/** A fresh repository holding the playbook, the scenario and one committed source file. */
export function makeRunRepo(items: number): string {
  const root = mkdtempSync(join(tmpdir(), 'po-kernel-bench-'))
  mkdirSync(join(root, 'src'))
  writeFileSync(join(root, 'src', 'README.md'), '# Items\n')
  writeFileSync(join(root, 'playbook.md'), playbook(items))
  writeFileSync(join(root, 'scenario.json'), `${JSON.stringify(SCENARIO, null, 2)}\n`)
  writeFileSync(join(root, '.gitignore'), '.local/\n')
  initRepo(root)
  git(root, 'add', '-A')
  git(root, 'commit', '-qm', 'bench')
  return root
}

/**
 * A directory holding a `git` that appends one line per process (`GIT<TAB>args`) to `log`
 * and then becomes the real git: first on PATH, it counts every git process of a run
 * whatever spawns it. The log is also the run's stderr, so progress events and git
 * processes land in one file in the order they happened.
 */
export function gitCounter(log: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'po-git-counter-'))
  const realGit = execFileSync('bash', ['-c', 'command -v git'], { encoding: 'utf8' }).trim()
  const script = join(dir, 'git')
  writeFileSync(
    script,
    [
      '#!/bin/bash',
      `args="$*"`,
      `printf 'GIT\\t%s\\n' "\${args//$'\\n'/ }" >> '${log}'`,
      `exec '${realGit}' "$@"`,
      ''
    ].join('\n')
  )
  chmodSync(script, 0o755)
  return dir
}

/**
 * The raw git work of one item, as plain git processes in a fresh repository: add a
 * worktree on a new branch, commit a file in it, fast-forward the run branch to that commit,
 * remove the worktree. Returns the milliseconds the five processes took.
 */
export function gitFloorOnce(): number {
  const root = mkdtempSync(join(tmpdir(), 'po-git-floor-'))
  try {
    initRepo(root)
    writeFileSync(join(root, 'README.md'), '# Floor\n')
    git(root, 'add', '-A')
    git(root, 'commit', '-qm', 'base')
    git(root, 'branch', 'run')
    const base = git(root, 'rev-parse', 'HEAD').trim()
    const worktree = join(root, '.local', 'item')
    const started = performance.now()
    git(root, 'worktree', 'add', '-q', '-b', 'attempt', worktree, 'run')
    writeFileSync(join(worktree, 'item.txt'), 'done\n')
    git(worktree, 'add', '-A')
    git(worktree, 'commit', '-qm', 'item')
    git(root, 'update-ref', 'refs/heads/run', 'refs/heads/attempt', base)
    git(root, 'worktree', 'remove', '--force', worktree)
    return performance.now() - started
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}
