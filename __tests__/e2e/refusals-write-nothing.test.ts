import { execFileSync } from 'node:child_process'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'
import { withRunLock } from '../../src/adapters/run-lock.js'
import { runLayout } from '../../src/core/run/layout.js'
import { PROJECT_ROOT } from '../helpers/bundled-cli.js'
import { snapshotTree, treeChanges } from '../helpers/repo-snapshot.js'
import { type DemoRepo, makeDemoRepo, runResult } from './harness.js'

// Checks before writes, everywhere (issue #13 hole 5, issue #16): every refusal `run` and
// `resume` can give leaves the repository byte for byte as it was — work tree, `.git/`
// (objects, refs, config, index) and `.local/`. The cases are every refusal in
// src/cli/commands/{run,resume}.ts, src/composition-root.ts (startRun, resumeExistingRun,
// evidenceDirectory), src/kernel/create-run.ts, preflight.ts and resume.ts.

const RUNS = '.local/automation/plan_orchestrator/runs'
const SCENARIO = join(PROJECT_ROOT, 'examples', 'demo', 'scenario.json')

interface Context {
  readonly repo: DemoRepo
  /** A scratch directory outside the repository. */
  readonly scratch: string
  readonly blocked: string
  readonly gated: string
}

interface Refusal {
  readonly args: (ctx: Context) => string[]
  /** Sets the scene before the snapshot; returns how to undo it after. */
  readonly arrange?: (ctx: Context) => (() => void) | void
  readonly env?: (ctx: Context) => Record<string, string>
  readonly code?: 1 | 2
  readonly message: RegExp
}

const scripted = ['--agents', 'scripted', '--scenario', SCENARIO, '--quiet']
const runItem = (item: string, ...more: string[]): string[] => [
  'run',
  '--playbook',
  'playbook.md',
  '--item',
  item,
  ...more,
  ...scripted
]
const resumeRun = (runId: string, ...more: string[]): string[] => [
  'resume',
  '--run-id',
  runId,
  ...more,
  ...scripted
]

function scratchFile(ctx: Context, name: string, text: string): string {
  const path = join(ctx.scratch, name)
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, text)
  return path
}

function evidence(ctx: Context, name: string): string {
  const dir = join(ctx.scratch, name)
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'vendor.txt'), 'Vendor confirmed.\n')
  return dir
}

/** Edits a file in the repository for one case; the undo puts the old bytes back. */
function editRepoFile(ctx: Context, path: string, text: string): () => void {
  const absolute = join(ctx.repo.root, path)
  const old = readFileSync(absolute)
  writeFileSync(absolute, text)
  return () => writeFileSync(absolute, old)
}

/** Refusals that hold for a new run and for a resumed one alike, given the command to run. */
function sharedRefusals(
  command: (ctx: Context, ...more: string[]) => string[]
): Record<string, Refusal> {
  return {
    '--scenario with codex-claude agents': {
      args: (ctx) => [...command(ctx), '--agents', 'codex-claude'],
      code: 2,
      message: /--scenario is played by the scripted agent/
    },
    'an unknown --agents value': {
      args: (ctx) => [...command(ctx), '--agents', 'gpt'],
      code: 2,
      message: /--agents/
    },
    'an unknown option': {
      args: (ctx) => [...command(ctx), '--bogus'],
      code: 2,
      message: /unknown option '--bogus'/
    },
    'a scenario file that does not exist': {
      args: (ctx) => [...command(ctx), '--scenario', join(ctx.scratch, 'missing.json')],
      message: /missing\.json: cannot read the scenario/
    },
    'a scenario that is not JSON': {
      args: (ctx) => [...command(ctx), '--scenario', scratchFile(ctx, 'bad.json', '{ nope')],
      message: /bad\.json: scenario is not valid JSON/
    },
    'a scenario of the wrong shape': {
      args: (ctx) => [
        ...command(ctx),
        '--scenario',
        scratchFile(ctx, 'shape.json', JSON.stringify({ version: 9, scripts: 'x' }))
      ],
      message: /shape\.json: invalid scenario/
    },
    'an evidence directory that does not exist': {
      args: (ctx) => command(ctx, '--external-evidence-dir', join(ctx.scratch, 'no-evidence')),
      message: /no-evidence: does not exist/
    },
    'an evidence path that is a file': {
      args: (ctx) =>
        command(ctx, '--external-evidence-dir', scratchFile(ctx, 'evidence.txt', 'a file\n')),
      message: /evidence\.txt: not a directory/
    },
    'an evidence directory that is a symlink': {
      args: (ctx) => {
        const link = join(ctx.scratch, 'evidence-link')
        symlinkSync(evidence(ctx, 'evidence-target'), link)
        return command(ctx, '--external-evidence-dir', link)
      },
      message: /evidence-link is a symbolic link/
    },
    'an evidence directory holding a symlink': {
      args: (ctx) => {
        const dir = evidence(ctx, 'evidence-with-link')
        symlinkSync('/etc', join(dir, 'etc'))
        return command(ctx, '--external-evidence-dir', dir)
      },
      message: /evidence-with-link\/etc is a symbolic link/
    },
    'uncommitted changes to a tracked file': {
      args: (ctx) => command(ctx),
      arrange: (ctx) => editRepoFile(ctx, 'README.md', 'edited, not committed\n'),
      message: /uncommitted changes to tracked files \(README\.md\)/
    },
    'no git identity': {
      args: (ctx) => command(ctx),
      arrange: (ctx) => {
        ctx.repo.git('config', '--unset', 'user.email')
        return () => ctx.repo.git('config', 'user.email', 'e2e@example.invalid')
      },
      message: /git identity is not set \(user\.email\)/
    },
    '.local/ not ignored': {
      args: (ctx) => command(ctx),
      arrange: (ctx) => editRepoFile(ctx, '.gitignore', 'node_modules/\n'),
      message: /\.local\/ is not ignored by git/
    },
    'ambient agent configuration': {
      args: (ctx) => command(ctx),
      arrange: (ctx) => {
        const path = join(ctx.repo.home, '.codex', 'config.toml')
        mkdirSync(dirname(path), { recursive: true })
        writeFileSync(path, 'model = "x"\n')
        return () => rmSync(dirname(path), { recursive: true })
      },
      message: /ambient agent configuration found/
    },
    // Named: a resumed run would otherwise go on with the scripted agent it recorded.
    'codex and claude not on PATH': {
      args: (ctx) => [
        ...command(ctx).filter(
          (arg, k, all) =>
            !['--agents', '--scenario'].includes(arg) &&
            !['--agents', '--scenario'].includes(all[k - 1] ?? '')
        ),
        '--agents',
        'codex-claude'
      ],
      env: () => ({ PATH: dirname(execFileSync('which', ['git'], { encoding: 'utf8' }).trim()) }),
      message: /codex is not on PATH/
    }
  }
}

const RUN_REFUSALS: Record<string, Refusal> = {
  'no selection': {
    args: () => ['run', '--playbook', 'playbook.md', ...scripted],
    code: 2,
    message: /give exactly one of --item, --items or --next/
  },
  'two selections': {
    args: () => [...runItem('01'), '--next'],
    code: 2,
    message: /give exactly one of --item, --items or --next/
  },
  'evidence with --items': {
    args: (ctx) => [
      'run',
      '--playbook',
      'playbook.md',
      '--items',
      '01,03',
      '--external-evidence-dir',
      evidence(ctx, 'evidence-items'),
      ...scripted
    ],
    code: 2,
    message: /--external-evidence-dir applies to one item/
  },
  'a bad --max-items': {
    args: () => [...runItem('01'), '--max-items', '0'],
    code: 2,
    message: /--max-items must be a whole number of at least 1/
  },
  'no --playbook': {
    args: () => ['run', '--item', '01', ...scripted],
    code: 2,
    message: /--playbook/
  },
  'a playbook that does not exist': {
    args: () => ['run', '--playbook', 'nope.md', '--item', '01', ...scripted],
    message: /nope\.md/
  },
  'an invalid playbook': {
    args: (ctx) => [
      'run',
      '--playbook',
      scratchFile(ctx, 'broken.md', '# not a playbook\n'),
      '--item',
      '01',
      ...scripted
    ],
    message: /invalid playbook/
  },
  'an item that is not in the playbook': {
    args: () => runItem('09'),
    message: /item 09 is not in the playbook/
  },
  'an item whose prerequisite has not passed': {
    args: () => runItem('02'),
    message: /item 02 needs 01 to pass first/
  },
  'a list that puts an item before its prerequisite': {
    args: () => ['run', '--playbook', 'playbook.md', '--items', '02,01', ...scripted],
    message: /item 02 needs 01 to pass first/
  },
  'a list that names an item twice': {
    args: () => ['run', '--playbook', 'playbook.md', '--items', '01,01', ...scripted],
    message: /item 01 is listed twice/
  },
  'a --config file that does not exist': {
    args: (ctx) => runItem('01', '--config', join(ctx.scratch, 'no-config.json')),
    message: /no-config\.json: cannot read config file/
  },
  'a --config file that is not JSON': {
    args: (ctx) => runItem('01', '--config', scratchFile(ctx, 'config.json', '{')),
    message: /config\.json: not valid JSON/
  },
  'a --config file with a bad value': {
    args: (ctx) =>
      runItem(
        '01',
        '--config',
        scratchFile(
          ctx,
          'bad-value.json',
          JSON.stringify({
            schema_version: 'plan_orchestrator.control_plane.v1',
            runtime_policy: { max_fix_rounds: -1 }
          })
        )
      ),
    message: /max_fix_rounds/
  },
  'a bad plan_orchestrator.json in the repository': {
    args: () => runItem('01'),
    arrange: (ctx) => {
      const path = join(ctx.repo.root, 'plan_orchestrator.json')
      writeFileSync(path, JSON.stringify({ schema_version: 'v0' }))
      return () => rmSync(path)
    },
    message: /plan_orchestrator\.json/
  },
  'a bad policy variable': {
    args: () => runItem('01'),
    env: () => ({ PLAN_ORCHESTRATOR_MAX_FIX_ROUNDS: 'two' }),
    message: /PLAN_ORCHESTRATOR_MAX_FIX_ROUNDS=two: expected a whole number/
  },
  'evidence over the size limit': {
    args: (ctx) => {
      const dir = evidence(ctx, 'evidence-big')
      writeFileSync(join(dir, 'big.bin'), Buffer.alloc(4096))
      return runItem('03', '--external-evidence-dir', dir)
    },
    env: () => ({ PLAN_ORCHESTRATOR_MAX_EVIDENCE_PACKAGE_BYTES: '1024' }),
    message: /over the limit of 1024 bytes/
  },
  'a reasoning effort codex refuses': {
    args: () => ['run', '--playbook', 'playbook.md', '--item', '01', '--quiet'],
    env: () => ({
      PATH: `${join(PROJECT_ROOT, '__tests__', 'fixtures', 'fake-agents')}${delimiter}${process.env.PATH ?? ''}`,
      PLAN_ORCHESTRATOR_CODEX_REASONING_EFFORT: 'minimal'
    }),
    message: /codex_reasoning_effort 'minimal' is not accepted by codex/
  },
  'scripted agents without --scenario': {
    args: () =>
      runItem('03').filter((arg, k, all) => arg !== '--scenario' && all[k - 1] !== '--scenario'),
    code: 2,
    message: /--agents scripted needs --scenario/
  },
  ...sharedRefusals((_, ...more) => runItem('03', ...more))
}

const RESUME_REFUSALS: Record<string, Refusal> = {
  'no --run-id': {
    args: () => ['resume', ...scripted],
    code: 2,
    message: /--run-id/
  },
  'a malformed run id': {
    args: (ctx) => resumeRun(`../runs/${ctx.blocked}`),
    message: /is not a run id/
  },
  'a run id with no run': {
    args: () => resumeRun('RUN_20990101T000000Z_deadbeef'),
    message:
      /^error: no run RUN_20990101T000000Z_deadbeef in this repository; list runs: plan-orchestrator status --all\n$/
  },
  'the run of another repository': {
    args: () => resumeRun('RUN_20250101T000000Z_0f0f0f0f'),
    arrange: (ctx) => {
      const other = makeDemoRepo()
      const made = other.cli([...runItem('03')])
      const otherId = runResult(made.stdout).run_id
      const target = join(ctx.repo.root, RUNS, 'RUN_20250101T000000Z_0f0f0f0f')
      cpSync(join(other.root, RUNS, otherId), target, { recursive: true })
      // Same id as the command uses; the state still names the other repository.
      const statePath = join(target, 'run_state.json')
      writeFileSync(
        statePath,
        readFileSync(statePath, 'utf8').replaceAll(otherId, 'RUN_20250101T000000Z_0f0f0f0f')
      )
      return () => rmSync(target, { recursive: true })
    },
    message: /no run RUN_20250101T000000Z_0f0f0f0f in this repository \(its run state belongs to /
  },
  'a pending gate': {
    args: (ctx) => resumeRun(ctx.gated),
    message: /item 02 awaits a human gate; decide it first/
  },
  'a blocked item without evidence': {
    args: (ctx) => resumeRun(ctx.blocked),
    message: /item 03 is blocked on external evidence; give it with --external-evidence-dir/
  },
  'evidence over the run size limit': {
    args: (ctx) => {
      const dir = evidence(ctx, 'evidence-big')
      writeFileSync(join(dir, 'big.bin'), Buffer.alloc(4096))
      return resumeRun(ctx.blocked, '--external-evidence-dir', dir)
    },
    message: /over the limit of 1024 bytes \(runtime policy max_evidence_package_bytes\)/
  },
  'a damaged run_state.json': {
    args: (ctx) => resumeRun(ctx.blocked),
    arrange: (ctx) => {
      const path = runLayout(ctx.repo.root, ctx.blocked).runStatePath
      const old = readFileSync(path)
      writeFileSync(path, old.subarray(0, 40))
      return () => writeFileSync(path, old)
    },
    message: /run state is not valid JSON/
  },
  'a damaged normalized_plan.json': {
    args: (ctx) => resumeRun(ctx.blocked),
    arrange: (ctx) => {
      const path = runLayout(ctx.repo.root, ctx.blocked).normalizedPlanPath
      const old = readFileSync(path)
      writeFileSync(path, '{"items": 3}\n')
      return () => writeFileSync(path, old)
    },
    message: /normalized_plan\.json .*doctor --run-id/
  },
  // Without --scenario a scripted run plays its own copy, which must be what it recorded.
  "a damaged copy of the run's scenario": {
    arrange: (ctx) => {
      const dir = join(ctx.repo.root, RUNS, ctx.blocked, 'scenarios')
      const [copy] = readdirSync(dir)
      const path = join(dir, copy as string)
      const old = readFileSync(path)
      writeFileSync(path, '{"version": 1, "scripts": []}\n')
      return () => writeFileSync(path, old)
    },
    args: (ctx) => [
      'resume',
      '--run-id',
      ctx.blocked,
      '--external-evidence-dir',
      evidence(ctx, 'ok-evidence'),
      '--quiet'
    ],
    message: /its copy of the scenario .* is not what the run recorded .*--scenario /
  },
  '--scenario on a codex-claude run without --agents scripted': {
    arrange: (ctx) => {
      const path = join(ctx.repo.root, RUNS, ctx.blocked, 'run_state.json')
      const old = readFileSync(path)
      const state = JSON.parse(old.toString('utf8')) as Record<string, unknown>
      writeFileSync(path, `${JSON.stringify({ ...state, agents: null }, null, 2)}\n`)
      return () => writeFileSync(path, old)
    },
    args: (ctx) => [
      'resume',
      '--run-id',
      ctx.blocked,
      '--external-evidence-dir',
      evidence(ctx, 'ok-evidence'),
      '--scenario',
      SCENARIO,
      '--quiet'
    ],
    message:
      /works with codex-claude, and --scenario is played by the scripted agent: add --agents scripted/
  },
  ...sharedRefusals((ctx, ...more) =>
    resumeRun(
      ctx.blocked,
      ...(more.length > 0 ? more : ['--external-evidence-dir', evidence(ctx, 'ok-evidence')])
    )
  )
}

function expectNothingWritten(ctx: Context, refusal: Refusal): void {
  const undo = refusal.arrange?.(ctx)
  try {
    const args = refusal.args(ctx)
    const before = snapshotTree(ctx.repo.root)
    const result = ctx.repo.cli(args, undefined, refusal.env?.(ctx) ?? {})
    expect({ code: result.code, stdout: result.stdout }).toEqual({
      code: refusal.code ?? 1,
      stdout: ''
    })
    expect(result.stderr).toMatch(refusal.message)
    expect(result.stderr).not.toMatch(/internal error|\n\s+at /)
    if (refusal.code !== 2)
      for (const line of result.stderr.split('\n').filter(Boolean))
        expect(line).toMatch(/^error: |: invalid playbook \(\d+/)
    expect(treeChanges(before, snapshotTree(ctx.repo.root))).toEqual([])
  } finally {
    if (typeof undo === 'function') undo()
  }
}

describe('every refusal of run leaves the repository unchanged', () => {
  let ctx: Context
  beforeAll(() => {
    const repo = makeDemoRepo()
    ctx = { repo, scratch: mkdtempSync(join(tmpdir(), 'po-refusal-')), blocked: '', gated: '' }
  })

  it.each(Object.entries(RUN_REFUSALS))('%s', (_, refusal) => {
    expectNothingWritten(ctx, refusal)
    expect(ctx.repo.git('branch', '--list', 'orchestrator/*')).toBe('')
  })
})

describe('every refusal of resume leaves the repository unchanged', () => {
  let ctx: Context
  beforeAll(() => {
    const repo = makeDemoRepo()
    const blocked = repo.cli(runItem('03'), undefined, {
      PLAN_ORCHESTRATOR_MAX_EVIDENCE_PACKAGE_BYTES: '1024'
    })
    const gated = repo.cli(['run', '--playbook', 'playbook.md', '--items', '01,02', ...scripted])
    expect(runResult(gated.stdout).last_terminal_state).toBe('awaiting_human_gate')
    ctx = {
      repo,
      scratch: mkdtempSync(join(tmpdir(), 'po-refusal-')),
      blocked: runResult(blocked.stdout).run_id,
      gated: runResult(gated.stdout).run_id
    }
  })

  it.each(Object.entries(RESUME_REFUSALS))('%s', (_, refusal) => {
    expectNothingWritten(ctx, refusal)
  })

  it('a run another process is changing', async () => {
    const layout = runLayout(ctx.repo.root, ctx.blocked)
    await withRunLock(layout, 'test', async () => {
      expectNothingWritten(ctx, {
        args: () => resumeRun(ctx.blocked, '--external-evidence-dir', evidence(ctx, 'ok-evidence')),
        message: /is being changed by test/
      })
    })
  })
})

/** The same refusal under `supervise`: refused before the supervisor writes its own files. */
function supervised(refusal: Refusal): Refusal {
  return {
    ...refusal,
    args: (ctx) => ['supervise', ...refusal.args(ctx), '--max-wait-seconds', '0']
  }
}

describe('every refusal of supervise run leaves the repository unchanged', () => {
  let ctx: Context
  beforeAll(() => {
    const repo = makeDemoRepo()
    ctx = { repo, scratch: mkdtempSync(join(tmpdir(), 'po-refusal-')), blocked: '', gated: '' }
  })

  it.each(Object.entries(RUN_REFUSALS))('%s', (_, refusal) => {
    expectNothingWritten(ctx, supervised(refusal))
    expect(ctx.repo.git('branch', '--list', 'orchestrator/*')).toBe('')
  })
})

describe('every refusal of supervise resume leaves the repository unchanged', () => {
  // A pending gate and a blocked item are what a supervisor waits at, not refusals.
  const WAITS = ['a pending gate', 'a blocked item without evidence']
  let ctx: Context
  beforeAll(() => {
    const repo = makeDemoRepo()
    const blocked = repo.cli(runItem('03'), undefined, {
      PLAN_ORCHESTRATOR_MAX_EVIDENCE_PACKAGE_BYTES: '1024'
    })
    ctx = {
      repo,
      scratch: mkdtempSync(join(tmpdir(), 'po-refusal-')),
      blocked: runResult(blocked.stdout).run_id,
      gated: ''
    }
  })

  it.each(Object.entries(RESUME_REFUSALS).filter(([name]) => !WAITS.includes(name)))(
    '%s',
    (_, refusal) => {
      expectNothingWritten(ctx, supervised(refusal))
    }
  )
})
