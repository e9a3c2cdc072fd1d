import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { chmod, cp, mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, isAbsolute, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadRunState } from '../../adapters/run-store.js'
import { type RunResult, startRun } from '../../composition-root.js'
import { formatRunId, runLayout } from '../../core/run/layout.js'
import type { RunState } from '../../core/schemas/run-state.js'
import { DEFAULT_FRESHNESS } from '../../core/supervision/claims.js'
import { thisCli } from '../../supervision/kernel-process.js'
import { supervise } from '../../composition/supervise.js'
import { UserInputError } from '../../errors.js'
import type { CliIo } from '../io.js'
import { type ProgressMode, progressSink } from '../progress.js'
import { shellLine, shellQuote, thisCliCommand } from '../shell-command.js'
import { runGit } from '../../adapters/git/git-runner.js'

/**
 * `demo`: the whole flow with no credentials. Copies the demo workspace into a fresh git
 * repository (never into this checkout), runs its playbook with the scripted agent, and
 * shows the three outcomes with the commands that move each one on.
 */
export async function runDemo(io: CliIo, options: DemoOptions): Promise<void> {
  const source = findDemoSource()
  const repo = await prepareRepository(io, source, options.dir)
  // A fresh temporary directory is private (0700); the agent user has to get in.
  if (options.agentUser !== undefined) await chmod(repo, 0o755)
  if (options.supervise === true) {
    await superviseDemo(io, repo, options)
    return
  }
  const progress = progressSink(io, (options.quiet === true ? 'quiet' : 'text') as ProgressMode, {
    repoRoot: repo
  })
  const common = {
    cwd: repo,
    env: io.env,
    playbookPath: 'playbook.md',
    cli: {},
    agents: { kind: 'scripted' as const, scenarioPath: 'scenario.json' },
    progress,
    warn: (line: string) => io.stderr(`warning: ${line}\n`)
  }
  const agentUser = options.agentUser === undefined ? {} : { agent_user: options.agentUser }
  io.stderr(`demo repository: ${repo}\n\nrun 1: items 01 and 02 (auto-advance)\n`)
  const first = await startRun({
    ...common,
    selection: { kind: 'next' },
    cli: { auto_advance: true, ...agentUser }
  })
  io.stderr('\nrun 2: item 03, which needs external evidence\n')
  const second = await startRun({
    ...common,
    selection: { kind: 'items', ids: ['03'], explicitList: false },
    cli: agentUser
  })
  const state = await loadRunState(runLayout(repo, first.run_id))
  const gated = state.items.find((item) => item.item_id === '02')
  io.stdout(summary(io, repo, first, second, gated?.checkpoint_ref ?? 'SHA'))
}

export interface DemoOptions {
  dir?: string
  quiet?: boolean
  supervise?: boolean
  agentUser?: string
}

/**
 * The demo under supervision: each kernel is a child of a supervisor that proves it alive,
 * and each human stop is observed once (`--max-wait-seconds 0`) instead of waited out.
 */
async function superviseDemo(io: CliIo, repo: string, options: DemoOptions): Promise<void> {
  const quiet = options.quiet === true
  const say = (line: string): void => {
    if (!quiet) io.stderr(`${line}\n`)
  }
  const common = {
    workArgs: [
      '--agents',
      'scripted',
      '--scenario',
      join(repo, 'scenario.json'),
      ...(options.agentUser === undefined ? [] : ['--agent-user', options.agentUser]),
      ...(quiet ? ['--quiet'] : [])
    ],
    autoAdvance: false,
    policy: DEFAULT_FRESHNESS,
    maxAutoResumes: 2,
    maxWaitSeconds: 0,
    kernel: thisCli(),
    env: io.env,
    log: say,
    kernelLog: say,
    abort: new AbortController().signal
  }
  const playbook = join(repo, 'playbook.md')
  io.stderr(`demo repository: ${repo}\n\nsupervised run 1: items 01 and 02 (auto-advance)\n`)
  const first = await supervise({
    ...common,
    run: runLayout(repo, newRunId()),
    mode: 'run',
    runArgs: ['--playbook', playbook, '--next', '--auto-advance']
  })
  io.stderr('\nsupervised run 2: item 03, which needs external evidence\n')
  const second = await supervise({
    ...common,
    run: runLayout(repo, newRunId()),
    mode: 'run',
    runArgs: ['--playbook', playbook, '--item', '03']
  })
  for (const result of [first, second]) {
    if (result.outcome === 'kernel_failed' || result.outcome === 'parked')
      throw new UserInputError(`the supervised demo stopped: ${result.reason}`)
  }
  const firstState = await loadRunState(runLayout(repo, first.runId))
  const secondState = await loadRunState(runLayout(repo, second.runId))
  const terminal = (state: RunState, id: string): string =>
    state.items.find((item) => item.item_id === id)?.terminal_state ?? 'none'
  const gated = firstState.items.find((item) => item.item_id === '02')
  const { cli, sh } = stepPrinters(io, repo)
  io.stdout(
    [
      '',
      'Outcomes (supervised)',
      `  item 01  ${terminal(firstState, '01').padEnd(19)}  run ${first.runId}`,
      `  item 02  ${terminal(firstState, '02').padEnd(19)}  run ${first.runId}  supervisor: ${first.outcome}`,
      `  item 03  ${terminal(secondState, '03').padEnd(19)}  run ${second.runId}  supervisor: ${second.outcome}`,
      '',
      `Supervision: ${join(repo, '.local/automation/plan_orchestrator/runs', first.runId, 'supervision')}`,
      '',
      'Next steps (paste them into one shell, in this order):',
      cli('supervise', 'status', '--run-id', first.runId),
      '  # a human approves the gated item 02 (the supervisor never does); item 02 passes:',
      cli(...gateDecision(first.runId, gated?.checkpoint_ref ?? 'SHA')),
      '  # a supervisor watches an inbox for item 03: evidence copied into it resumes the item',
      `${cli('supervise', 'resume', '--run-id', second.runId, '--evidence-inbox-dir', 'inbox')} &`,
      sh(`mkdir -p inbox && echo ${shellQuote(EVIDENCE_TEXT)} > inbox/vendor-confirmation.txt`),
      '  wait   # (in the same shell) until that supervisor has seen item 03 through',
      '  # every item of the demo has passed:',
      cli('status', '--all'),
      ''
    ].join('\n')
  )
}

const NEXT_STEPS = 'Next steps (each line works pasted into a new shell, in this order):'

/**
 * Each printed step stands alone: it starts in the demo repository (`cd '…' && `), so it works
 * pasted into a new shell of its own as well as one after another into the same shell.
 */
function stepPrinters(
  io: CliIo,
  repo: string
): { cli: (...words: string[]) => string; sh: (command: string) => string } {
  const sh = (command: string): string => `  cd ${shellQuote(repo)} && ${command}`
  const cli = (...words: string[]): string => sh(`${thisCliCommand(io)} ${shellLine(words)}`)
  return { cli, sh }
}
const EVIDENCE_TEXT = 'Vendor confirmed the new wording.'
/** The reviewer's decision on item 02: a literal name, never `$USER` (unset in many shells). */
function gateDecision(runId: string, checkpoint: string): string[] {
  return [
    'mark-manual-gate',
    '--run-id',
    runId,
    '--item',
    '02',
    '--decision',
    'approved',
    '--by',
    'demo-reviewer',
    '--note',
    'wording reviewed',
    '--checkpoint',
    checkpoint
  ]
}

function newRunId(): string {
  return formatRunId(new Date(), randomBytes(4).toString('hex'))
}

function findDemoSource(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const candidate = join(dir, 'examples', 'demo')
    if (existsSync(join(candidate, 'playbook.md'))) return candidate
    const parent = dirname(dir)
    if (parent === dir)
      throw new UserInputError('cannot find examples/demo next to this installation')
    dir = parent
  }
}

async function prepareRepository(
  io: CliIo,
  source: string,
  requested: string | undefined
): Promise<string> {
  const projectRoot = dirname(dirname(source))
  const repo =
    requested === undefined
      ? await mkdtemp(join(tmpdir(), 'plan-orchestrator-demo-'))
      : resolve(io.cwd, requested)
  const fromProject = relative(projectRoot, repo)
  if (!fromProject.startsWith('..') && !isAbsolute(fromProject)) {
    throw new UserInputError(
      `${repo} is inside the plan-orchestrator checkout; pick a directory outside it`
    )
  }
  await mkdir(repo, { recursive: true })
  if ((await readdir(repo)).length > 0)
    throw new UserInputError(`${repo} is not empty; the demo needs an empty directory`)
  await cp(join(source, 'workspace'), repo, { recursive: true })
  await cp(join(source, 'playbook.md'), join(repo, 'playbook.md'))
  await cp(join(source, 'scenario.json'), join(repo, 'scenario.json'))
  await writeFile(join(repo, '.gitignore'), '.local/\n')
  await runGit(repo, ['init', '--quiet', '--initial-branch=main'])
  // A demo identity, local to this repository, so the demo works where git has none.
  await runGit(repo, ['config', 'user.name', 'plan-orchestrator demo'])
  await runGit(repo, ['config', 'user.email', 'demo@plan-orchestrator.invalid'])
  await runGit(repo, ['add', '-A'])
  await runGit(repo, ['commit', '--quiet', '-m', 'demo workspace'])
  return repo
}

function summary(
  io: CliIo,
  repo: string,
  first: RunResult,
  second: RunResult,
  gateCheckpoint: string
): string {
  const runs = join(repo, '.local/automation/plan_orchestrator/runs')
  const { cli, sh } = stepPrinters(io, repo)
  return [
    '',
    'Outcomes',
    `  item 01  passed               run ${first.run_id} (run branch orchestrator/run/${first.run_id})`,
    `  item 02  ${first.last_terminal_state.padEnd(19)}  run ${first.run_id}`,
    `  item 03  ${second.last_terminal_state.padEnd(19)}  run ${second.run_id}`,
    '',
    `Artifacts: ${runs}`,
    `Reports:   ${join(repo, '.local/ai/plan_orchestrator/runs')}`,
    '',
    NEXT_STEPS,
    cli('status', '--run-id', first.run_id),
    '  # approve the gated item 02 (the decision is bound to the reviewed checkpoint):',
    cli(...gateDecision(first.run_id, gateCheckpoint)),
    '  # supply the evidence item 03 waits for, and continue it:',
    sh(`mkdir -p evidence && echo ${shellQuote(EVIDENCE_TEXT)} > evidence/vendor-confirmation.txt`),
    // No --agents: the run goes on with the scripted agent and the scenario it recorded.
    cli('resume', '--run-id', second.run_id, '--external-evidence-dir', 'evidence'),
    '  # every item of the demo has passed:',
    cli('status', '--all'),
    ''
  ].join('\n')
}
