import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { delimiter, dirname, join } from 'node:path'
import { PROJECT_ROOT } from '../helpers/bundled-cli.js'
import { schemaErrors } from '../helpers/published-schemas.js'
import { type DemoRepo, FAKE_AGENTS, makeDemoRepo, readRunFile, runResult } from './harness.js'

// Nothing outside the attempt changes unnoticed (docs/reliability.md, the section of that
// name). A hostile execute agent (a real shell process started by the fake codex, see
// __tests__/fixtures/hostile-agent/codex) reaches past its worktree; every such change
// escalates the item, what the orchestrator owns is put back, doctor names it until it is
// resolved, and a later resume builds only on passed items.

const HOSTILE = join(PROJECT_ROOT, '__tests__', 'fixtures', 'hostile-agent')
const SCENARIO = JSON.parse(
  readFileSync(join(PROJECT_ROOT, 'examples', 'demo', 'scenario.json'), 'utf8')
) as object
const CONTROL = '.local/automation/plan_orchestrator/runs'
const REPORTS = '.local/ai/plan_orchestrator/runs'

/** Runs in the attempt's worktree: the checkout, its git directory and the run's store. */
const LOCATE = [
  'COMMON=$(cd "$(git rev-parse --git-common-dir)" && pwd)',
  'ROOT=$(dirname "$COMMON")',
  'RUN=$(basename "$(dirname "$PWD")")',
  `STORE="$ROOT/${CONTROL}/$RUN"`,
  'FORGED=$(git commit-tree "HEAD^{tree}" -p HEAD -m forged)'
].join('\n')

interface ItemView {
  item_id: string
  terminal_state: string
  terminal_summary: string | null
  attempt_number: number
  checkpoint_ref: string | null
}

interface StateView {
  run_branch_name: string
  base_head_sha: string
  run_branch_head: string
  items: ItemView[]
}

interface DoctorView {
  checks: Array<{
    name: string
    status: string
    detail?: string
    unresolved?: string[]
    resolved?: string[]
  }>
}

function hostileEnv(repo: DemoRepo, snippet: string, once = true): Record<string, string> {
  return {
    PATH: `${HOSTILE}${delimiter}${FAKE_AGENTS}${delimiter}${process.env.PATH ?? ''}`,
    FAKE_AGENT_HOSTILE_SHELL: `${LOCATE}\n${snippet}`,
    ...(once ? { FAKE_AGENT_HOSTILE_ONCE: join(repo.home, 'hostile-once') } : {})
  }
}

function state(repo: DemoRepo, runId: string): StateView {
  return readRunFile(repo, runId, 'run_state.json') as StateView
}

function item(repo: DemoRepo, runId: string, itemId: string): ItemView {
  const found = state(repo, runId).items.find((entry) => entry.item_id === itemId)
  if (found === undefined) throw new Error(`no item ${itemId}`)
  return found
}

function integrityCheck(repo: DemoRepo, runId: string): DoctorView['checks'][number] {
  const doctor = repo.cli(['doctor', '--run-id', runId, '--format', 'json'])
  const check = (JSON.parse(doctor.stdout) as DoctorView).checks.find(
    (entry) => entry.name === 'integrity_incidents'
  )
  if (check === undefined) throw new Error(`doctor has no integrity check: ${doctor.stdout}`)
  return check
}

function commitsOnRunBranch(repo: DemoRepo, runId: string): string[] {
  const { base_head_sha, run_branch_name } = state(repo, runId)
  const log = repo.git('log', '--format=%s', `${base_head_sha}..${run_branch_name}`)
  return log === '' ? [] : log.split('\n')
}

/** Every commit message reachable from any ref: a forged commit must be reachable from none. */
function reachableMessages(repo: DemoRepo): string[] {
  return repo.git('log', '--all', '--format=%s').split('\n')
}

function runItem01(repo: DemoRepo, env: Record<string, string>): string {
  const run = repo.cli(
    ['run', '--playbook', 'playbook.md', '--item', '01', '--quiet'],
    SCENARIO,
    env
  )
  expect(run.stderr).toBe('')
  expect(run.code).toBe(0)
  const result = runResult(run.stdout)
  expect(result.last_terminal_state).toBe('escalated')
  return result.run_id
}

/** A later resume with an honest agent: item 01 passes on a run branch holding only it. */
function resumePasses(repo: DemoRepo, runId: string, env: Record<string, string>): void {
  const resumed = repo.cli(['resume', '--run-id', runId, '--quiet'], SCENARIO, env)
  expect(resumed.stderr).toBe('')
  expect(resumed.code).toBe(0)
  expect(runResult(resumed.stdout).last_terminal_state).toBe('passed')
  expect(commitsOnRunBranch(repo, runId)).toEqual(['orchestrator(01): execute checkpoint'])
  const head = state(repo, runId)
  expect(repo.git('rev-parse', head.run_branch_name)).toBe(head.run_branch_head)
  expect(item(repo, runId, '01').attempt_number).toBe(2)
}

/** The kernel is the parent of the fake codex, whose hostile shell runs this. */
const KILL_KERNEL = 'kill -9 "$(awk \'{print $4}\' /proc/$PPID/stat)"'

/** Item 01's run, whose agent kills the kernel: no exit code, and the run it left. */
function runKilled(repo: DemoRepo, env: Record<string, string>): string {
  const killed = repo.cli(
    ['run', '--playbook', 'playbook.md', '--item', '01', '--quiet'],
    SCENARIO,
    env
  )
  expect(killed.code).toBeNull()
  return readdirSync(join(repo.root, CONTROL))[0] ?? ''
}

interface Case {
  readonly name: string
  readonly snippet: string
  readonly summary: RegExp
  /** What doctor's integrity check lists about it. */
  readonly doctor: RegExp
  /** What the orchestrator put back (or, for the operator's files, what it left). */
  readonly afterwards: (repo: DemoRepo, runId: string) => void
  /** What the operator does to resolve what the orchestrator does not own. */
  readonly resolve?: (repo: DemoRepo, runId: string) => void
}

const CASES: Case[] = [
  {
    name: 'moves the run branch to a commit of its own',
    snippet: 'git update-ref "refs/heads/orchestrator/run/$RUN" "$FORGED"',
    summary:
      /run branch orchestrator\/run\/RUN_\S+ moved from [0-9a-f]{12} to [0-9a-f]{12} \(restored\)/,
    doctor: /run branch orchestrator\/run\/RUN_\S+ moved from \w+ to \w+ \(restored\)/,
    afterwards: (repo, runId) => {
      const { run_branch_name, base_head_sha } = state(repo, runId)
      expect(repo.git('rev-parse', run_branch_name)).toBe(base_head_sha)
    }
  },
  {
    name: 'writes through ../ into the checkout',
    snippet: 'echo pwned >> ../../../../../../README.md',
    summary: /README\.md in the checkout changed/,
    doctor: /README\.md in the checkout changed/,
    afterwards: (repo) => {
      // The operator's file is theirs to judge: reported, not reverted.
      expect(readFileSync(join(repo.root, 'README.md'), 'utf8')).toMatch(/pwned/)
    },
    resolve: (repo) => {
      repo.git('checkout', '--', 'README.md')
    }
  },
  {
    // What a walk of file times alone would miss: the change time still moves.
    name: 'rewrites a checkout file in place at the same size and puts its times back',
    snippet: [
      'REF=$(mktemp)',
      'touch -r "$ROOT/README.md" "$REF"',
      'tr a-z A-Z < "$ROOT/README.md" > "$REF.new"',
      'cat "$REF.new" > "$ROOT/README.md"',
      'touch -r "$REF" "$ROOT/README.md"'
    ].join('\n'),
    summary: /README\.md in the checkout changed/,
    doctor: /README\.md in the checkout changed/,
    afterwards: (repo) => {
      expect(readFileSync(join(repo.root, 'README.md'), 'utf8')).toMatch(/[A-Z]{4}/)
    },
    resolve: (repo) => {
      repo.git('checkout', '--', 'README.md')
    }
  },
  {
    name: 'hides a change to the checkout from git status (assume-unchanged)',
    snippet: [
      'git -C "$ROOT" update-index --assume-unchanged README.md',
      'echo pwned >> "$ROOT/README.md"'
    ].join('\n'),
    summary: /README\.md in the checkout was hidden from git status/,
    doctor: /README\.md in the checkout was hidden from git status/,
    afterwards: (repo) => {
      expect(readFileSync(join(repo.root, 'README.md'), 'utf8')).toMatch(/pwned/)
    },
    resolve: (repo) => {
      repo.git('update-index', '--no-assume-unchanged', 'README.md')
      repo.git('checkout', '--', 'README.md')
    }
  },
  {
    name: 'writes into the run store by absolute path, forging run_state.json',
    snippet: [
      'echo "{}" > "$STORE/forged.json"',
      'sed -i "s/\\"terminal_state\\": \\"none\\"/\\"terminal_state\\": \\"passed\\"/g" "$STORE/run_state.json"'
    ].join('\n'),
    summary:
      /forged\.json was written in the run store.*run_state\.json was rewritten by someone other than the orchestrator \(restored\)/,
    doctor: /forged\.json was written in the run store/,
    afterwards: (repo, runId) => {
      // The forged "passed" never counted: the state is the orchestrator's own.
      expect(state(repo, runId).items.map((entry) => entry.terminal_state)).toEqual([
        'escalated',
        'none',
        'none'
      ])
    },
    resolve: (repo, runId) => {
      rmSync(join(repo.root, CONTROL, runId, 'forged.json'))
    }
  },
  {
    name: 'plants core.fsmonitor',
    snippet: 'git config core.fsmonitor "touch $ROOT/fsmonitor-ran"',
    summary: /\.git\/config changed \(\+core\.fsmonitor=touch \S+\) \(restored\)/,
    doctor: /\.git\/config changed \(\+core\.fsmonitor=/,
    afterwards: (repo) => {
      expect(() => repo.git('config', '--get', 'core.fsmonitor')).toThrow()
      expect(existsSync(join(repo.root, 'fsmonitor-ran'))).toBe(false)
    }
  },
  {
    name: 'plants core.hooksPath',
    snippet: 'git config core.hooksPath "$ROOT/planted-hooks"',
    summary: /\.git\/config changed \(\+core\.hookspath=\S+planted-hooks\) \(restored\)/,
    doctor: /\.git\/config changed \(\+core\.hookspath=/,
    afterwards: (repo) => {
      expect(() => repo.git('config', '--get', 'core.hooksPath')).toThrow()
    }
  },
  {
    name: 'plants an info/exclude entry that hides a file it drops in the checkout',
    snippet: [
      'printf "planted-secret\\n" >> "$COMMON/info/exclude"',
      'echo x > "$ROOT/planted-secret"'
    ].join('\n'),
    summary:
      /\.git\/info\/exclude (changed|was planted) \(restored\).*planted-secret in the checkout changed/,
    doctor: /\.git\/info\/exclude changed/,
    afterwards: (repo) => {
      expect(readFileSync(join(repo.root, '.git/info/exclude'), 'utf8')).not.toMatch(/planted/)
    },
    resolve: (repo) => {
      rmSync(join(repo.root, 'planted-secret'))
    }
  },
  {
    name: 'plants a hook',
    snippet: [
      'printf "#!/bin/sh\\ntouch $ROOT/hook-ran\\n" > "$COMMON/hooks/post-checkout"',
      'chmod +x "$COMMON/hooks/post-checkout"'
    ].join('\n'),
    summary: /\.git\/hooks\/post-checkout was planted \(restored\)/,
    doctor: /\.git\/hooks\/post-checkout was planted/,
    afterwards: (repo) => {
      expect(existsSync(join(repo.root, '.git/hooks/post-checkout'))).toBe(false)
    }
  }
]

describe('an agent that reaches outside its attempt', () => {
  it.each(CASES)(
    '$name: escalates, is put back or reported, and resume builds on passed items only',
    (testCase) => {
      const repo = makeDemoRepo()
      const env = hostileEnv(repo, testCase.snippet)
      const runId = runItem01(repo, env)
      const escalated = item(repo, runId, '01')
      expect(escalated.terminal_summary).toMatch(testCase.summary)
      expect(escalated.terminal_summary).toMatch(/doctor --run-id RUN_/)
      testCase.afterwards(repo, runId)
      // Nothing of the attempt reached the run branch, and no forged commit is reachable.
      expect(commitsOnRunBranch(repo, runId)).toEqual([])
      expect(reachableMessages(repo)).not.toContain('forged')

      // The incident record is what `schemas/integrity_incident.schema.json` publishes.
      const incidents = join(repo.root, CONTROL, runId, 'integrity_incidents')
      const records = readdirSync(incidents)
      expect(records).toHaveLength(1)
      const record = JSON.parse(readFileSync(join(incidents, records[0] ?? ''), 'utf8')) as object
      expect(schemaErrors('integrity_incident', record)).toEqual([])
      expect(record).toMatchObject({ run_id: runId, item_id: '01', attempt_number: 1 })

      const reported = integrityCheck(repo, runId)
      const named = [...(reported.unresolved ?? []), ...(reported.resolved ?? [])].join('\n')
      expect(named).toMatch(testCase.doctor)
      expect(named).toContain('item 01 attempt 1, execute agent (execute.round-0)')
      if (testCase.resolve !== undefined) {
        expect(reported.status).toBe('error')
        testCase.resolve(repo, runId)
      }
      // Resolved: doctor still names what happened, without failing.
      const settled = integrityCheck(repo, runId)
      expect(settled.status).toBe('warning')
      expect(settled.unresolved).toEqual([])
      expect((settled.resolved ?? []).join('\n')).toContain('execute agent')

      resumePasses(repo, runId, env)
      expect(reachableMessages(repo)).not.toContain('forged')
    }
  )

  it("moves another item's branch: restored, and the next attempt builds on the passed item", () => {
    const repo = makeDemoRepo()
    const snippet = [
      'case "$PWD" in',
      '  *item-02-attempt-1)',
      '    git update-ref "refs/heads/orchestrator/item/$RUN/01/attempt-1" "$FORGED" ;;',
      'esac'
    ].join('\n')
    const env = hostileEnv(repo, snippet, false)
    const run = repo.cli(
      ['run', '--playbook', 'playbook.md', '--items', '01,02', '--quiet'],
      SCENARIO,
      env
    )
    expect(run.code).toBe(0)
    const runId = runResult(run.stdout).run_id
    const passed = item(repo, runId, '01')
    expect(passed.terminal_state).toBe('passed')
    const hostile = item(repo, runId, '02')
    expect(hostile.terminal_state).toBe('escalated')
    expect(hostile.terminal_summary).toMatch(
      /ref refs\/heads\/orchestrator\/item\/RUN_\S+\/01\/attempt-1 moved from [0-9a-f]{12} to [0-9a-f]{12} \(restored\)/
    )
    expect(repo.git('rev-parse', `orchestrator/item/${runId}/01/attempt-1`)).toBe(
      passed.checkpoint_ref
    )
    expect(integrityCheck(repo, runId).resolved?.join('\n')).toContain('item 02 attempt 1')

    const resumed = repo.cli(['resume', '--run-id', runId, '--quiet'], SCENARIO, env)
    expect(resumed.code).toBe(0)
    expect(runResult(resumed.stdout).last_terminal_state).toBe('awaiting_human_gate')
    expect(commitsOnRunBranch(repo, runId)).toEqual(['orchestrator(01): execute checkpoint'])
    expect(reachableMessages(repo)).not.toContain('forged')
  })

  it('a verification command that plants git configuration escalates after verification', () => {
    const playbook = readFileSync(join(PROJECT_ROOT, 'examples/demo/playbook.md'), 'utf8').replace(
      '| `node scripts/check-greeting.mjs` | Keep',
      '| `git config core.sshCommand planted-ssh && node scripts/check-greeting.mjs` | Keep'
    )
    const repo = makeDemoRepo(playbook)
    const run = repo.cli(['run', '--playbook', 'playbook.md', '--item', '01', '--quiet'], SCENARIO)
    expect(run.code).toBe(0)
    const runId = runResult(run.stdout).run_id
    expect(item(repo, runId, '01').terminal_summary).toMatch(
      /during the verification \(execute\.round-0\): \.git\/config changed \(\+core\.sshcommand=planted-ssh\) \(restored\)/
    )
    expect(() => repo.git('config', '--get', 'core.sshCommand')).toThrow()
    expect(commitsOnRunBranch(repo, runId)).toEqual([])
  })

  it("writes into another run's store: reported against the run whose agent did it", () => {
    const repo = makeDemoRepo()
    const first = repo.cli(
      ['run', '--playbook', 'playbook.md', '--item', '01', '--quiet'],
      SCENARIO
    )
    expect(runResult(first.stdout).last_terminal_state).toBe('passed')
    const firstRun = runResult(first.stdout).run_id
    const snippet = `echo tampered >> "$ROOT/${CONTROL}/${firstRun}/playbook_source_snapshot.md"`
    const secondRun = runItem01(repo, hostileEnv(repo, snippet))
    expect(item(repo, secondRun, '01').terminal_summary).toMatch(
      new RegExp(`${firstRun}/playbook_source_snapshot\\.md was changed in the run store`)
    )
    const reported = integrityCheck(repo, secondRun)
    expect(reported.status).toBe('error')
    expect(reported.unresolved?.join('\n')).toMatch(/remove the record once you have inspected it/)
  })
})

describe('an agent that plants a link where the orchestrator will write', () => {
  const planted = [
    {
      name: 'its own report, in the reports directory',
      link: (victim: string) =>
        `ln -s '${victim}' "$ROOT/${REPORTS}/$RUN/items/01/attempt-1/execution_report.round-0.json"`
    },
    {
      // The candidate patch is copied into the worktree's packet after verification; the
      // patch's file names are the agent's to choose.
      name: 'the next packet file, in its worktree',
      link: (victim: string) =>
        `mkdir -p .local/plan_orchestrator/packet && ln -s '${victim}' .local/plan_orchestrator/packet/candidate.execute.round-0.patch`
    },
    {
      name: 'the packet directory, in its worktree',
      link: (victim: string) =>
        `mkdir -p .local/plan_orchestrator && rm -rf .local/plan_orchestrator/packet && ln -s '${dirname(victim)}' .local/plan_orchestrator/packet`
    }
  ]

  it.each(planted)('$name: the link is replaced, never written through', ({ link }) => {
    const repo = makeDemoRepo()
    const outside = join(repo.home, 'outside')
    mkdirSync(outside)
    const victim = join(outside, 'victim.txt')
    writeFileSync(victim, 'not the orchestrator file\n')
    const run = repo.cli(
      ['run', '--playbook', 'playbook.md', '--item', '01', '--quiet'],
      SCENARIO,
      hostileEnv(repo, link(victim))
    )
    expect(run.stderr).toBe('')
    expect(runResult(run.stdout).run_id).toMatch(/^RUN_/)
    expect(readFileSync(victim, 'utf8')).toBe('not the orchestrator file\n')
    expect(readdirSync(outside)).toEqual(['victim.txt'])
  })
})

describe('an agent that kills the kernel to skip the check', () => {
  it('is caught by the next resume: escalated, the run branch and config put back', () => {
    const repo = makeDemoRepo()
    const config = readFileSync(join(repo.root, '.git/config'), 'utf8')
    const snippet = [
      'git update-ref "refs/heads/orchestrator/run/$RUN" "$FORGED"',
      'git config core.fsmonitor "touch $ROOT/fsmonitor-ran"',
      'printf "#!/bin/sh\\n" > "$COMMON/hooks/pre-push"',
      KILL_KERNEL
    ].join('\n')
    const env = hostileEnv(repo, snippet)
    const runId = runKilled(repo, env)
    const pending = integrityCheck(repo, runId)
    expect(pending.status).toBe('warning')
    expect(pending.detail).toMatch(
      /execute agent \(execute\.round-0\) of item 01 attempt 1 was interrupted before its integrity check/
    )

    const resumed = repo.cli(['resume', '--run-id', runId, '--quiet'], SCENARIO, env)
    expect(resumed.stderr).toBe('')
    expect(resumed.code).toBe(0)
    expect(runResult(resumed.stdout).last_terminal_state).toBe('escalated')
    const summary = item(repo, runId, '01').terminal_summary ?? ''
    expect(summary).toMatch(
      /execute agent \(execute\.round-0\), which was interrupted before its check/
    )
    expect(summary).toMatch(
      /run branch orchestrator\/run\/RUN_\S+ moved from \w+ to \w+ \(restored\)/
    )
    expect(summary).toMatch(/\.git\/config changed \(\+core\.fsmonitor=touch \S+\) \(restored\)/)
    expect(summary).toMatch(/\.git\/hooks\/pre-push was planted \(restored\)/)
    expect(readFileSync(join(repo.root, '.git/config'), 'utf8')).toBe(config)
    expect(existsSync(join(repo.root, '.git/hooks/pre-push'))).toBe(false)
    expect(commitsOnRunBranch(repo, runId)).toEqual([])
    expect(integrityCheck(repo, runId).status).toBe('warning')

    resumePasses(repo, runId, env)
    expect(reachableMessages(repo)).not.toContain('forged')
  })
})

describe('a kernel killed in the middle of its own write', () => {
  // What a kill in the middle of rewriting the stage's process record leaves: the write's
  // temporary file (src/core/run/atomic-temp.ts). Made here by the stage, so that the kill
  // lands at that moment every time.
  const DEBRIS = 'stage_processes.json.tmp-0123456789abcdef'

  it('leaves debris that the resume removes, not a breach', () => {
    const repo = makeDemoRepo()
    const env = hostileEnv(repo, `printf '{"sch' > "$STORE/${DEBRIS}"\n${KILL_KERNEL}`)
    const runId = runKilled(repo, env)
    expect(existsSync(join(repo.root, CONTROL, runId, DEBRIS))).toBe(true)

    resumePasses(repo, runId, env)
    expect(existsSync(join(repo.root, CONTROL, runId, DEBRIS))).toBe(false)
    expect(integrityCheck(repo, runId).status).toBe('ok')
  })

  it('still reports a temporary-looking file next to a file it does not write then', () => {
    const repo = makeDemoRepo()
    const planted = 'normalized_plan.json.tmp-0123456789abcdef'
    const env = hostileEnv(repo, `echo planted > "$STORE/${planted}"\n${KILL_KERNEL}`)
    const runId = runKilled(repo, env)
    const resumed = repo.cli(['resume', '--run-id', runId, '--quiet'], SCENARIO, env)
    expect(runResult(resumed.stdout).last_terminal_state).toBe('escalated')
    expect(item(repo, runId, '01').terminal_summary).toMatch(
      new RegExp(`${planted.replaceAll('.', '\\.')} was written in the run store`)
    )
  })
})
