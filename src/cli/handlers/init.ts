import { appendFile, copyFile, constants, readFile, stat, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { DEFAULT_OPTIONS } from '../../core/policy/runtime-policy.js'
import { UserInputError } from '../../errors.js'
import type { CliIo } from '../io.js'
import { STARTER_PLAYBOOK } from '../commands/init.js'
import { toJsonText } from '../json-output.js'
import { packageFile } from '../package-files.js'
import { resolveRepoRoot } from '../repo-root.js'
import { shellLine, shellQuote, thisCliCommand } from '../shell-command.js'
import { runGit } from '../../adapters/git/git-runner.js'
import { isPathIgnored } from '../../adapters/git/repository.js'

/**
 * `init`: a starting point in the repository to change: a commented starter playbook, the
 * runtime policy with its defaults (`plan_orchestrator.json`, read from the top of the
 * repository), and a scenario that plays the starter's items without credentials. It never
 * overwrites a file: if one exists, nothing is written.
 */

const CONTROL_PLANE_VERSION = 'plan_orchestrator.control_plane.v1'

interface Planned {
  readonly name: string
  readonly what: string
  readonly write: (path: string) => Promise<void>
}

export async function runInit(io: CliIo, options: { dir?: string }): Promise<void> {
  const dir =
    options.dir === undefined
      ? await resolveRepoRoot(io.cwd).catch(() => io.cwd)
      : resolve(io.cwd, options.dir)
  const info = await stat(dir).catch(() => undefined)
  if (info?.isDirectory() !== true) throw new UserInputError(`${dir}: no such directory`)

  const planned: Planned[] = [
    {
      name: STARTER_PLAYBOOK,
      what: 'a commented starter playbook: replace its two example items with your plan',
      write: (path) => copyNew(packageFile('examples/starter/playbook.md'), path)
    },
    {
      name: 'plan_orchestrator.json',
      what: 'the runtime policy with its defaults (every key: docs/configuration.md)',
      write: (path) =>
        writeFile(
          path,
          toJsonText({
            schema_version: CONTROL_PLANE_VERSION,
            runtime_policy: DEFAULT_OPTIONS
          }),
          { flag: 'wx' }
        )
    },
    {
      name: 'scenario.json',
      what: 'a scenario that plays the starter items with --agents scripted (no credentials)',
      write: (path) => copyNew(packageFile('examples/starter/scenario.json'), path)
    }
  ]
  const existing = (
    await Promise.all(
      planned.map(async (file) =>
        (await stat(join(dir, file.name)).catch(() => undefined)) === undefined ? [] : [file.name]
      )
    )
  ).flat()
  if (existing.length > 0)
    throw new UserInputError(
      `${existing.join(', ')} already ${existing.length === 1 ? 'exists' : 'exist'} in ${dir}; init never overwrites a file (move ${existing.length === 1 ? 'it' : 'them'} away or use --dir)`
    )

  for (const file of planned) await file.write(join(dir, file.name))
  const ignored = await ignoreRunFiles(dir)

  const width = Math.max(...planned.map((file) => file.name.length)) + 6
  const lines = planned.map((file) => `${`wrote ${file.name}`.padEnd(width)}  ${file.what}`)
  if (ignored !== undefined) lines.push(`${ignored.padEnd(width)}  run files stay out of git`)
  io.stdout(`${lines.join('\n')}\n\n${nextSteps(io, dir)}`)
}

async function copyNew(from: string, to: string): Promise<void> {
  await copyFile(from, to, constants.COPYFILE_EXCL)
}

/**
 * A run keeps its files under `.local/`, which `run` requires git to ignore. Adds the line
 * to `.gitignore` when git does not ignore it yet (a line appended, nothing rewritten).
 */
async function ignoreRunFiles(dir: string): Promise<string | undefined> {
  const inRepo = await runGit(dir, ['rev-parse', '--is-inside-work-tree']).then(
    () => true,
    () => false
  )
  if (inRepo && (await isPathIgnored(dir, '.local/').catch(() => false))) return undefined
  const gitignore = join(dir, '.gitignore')
  const text = await readFile(gitignore, 'utf8').catch(() => undefined)
  if (text !== undefined && /^\/?\.local\/?$/m.test(text)) return undefined
  const separator = text === undefined || text === '' || text.endsWith('\n') ? '' : '\n'
  await appendFile(gitignore, `${separator}.local/\n`)
  return text === undefined ? 'wrote .gitignore' : 'added .local/ to .gitignore'
}

/** Each step stands alone (`cd '…' && …`): it works pasted into a new shell of its own. */
function nextSteps(io: CliIo, dir: string): string {
  const sh = (command: string): string => `  cd ${shellQuote(dir)} && ${command}`
  const cli = (...words: string[]): string => sh(`${thisCliCommand(io)} ${shellLine(words)}`)
  const scripted = ['--agents', 'scripted', '--scenario', 'scenario.json']
  return [
    'Next steps (each line works pasted into a new shell, in this order):',
    '  # edit playbook.md, then check it (exit 1 and every problem with its line if it is wrong):',
    cli('lint', '--playbook', STARTER_PLAYBOOK),
    '  # a run starts from a commit: commit the playbook and the configuration',
    sh('git add -A && git commit -m "Add a plan-orchestrator playbook"'),
    '  # try the starter items without credentials, with the scripted agents:',
    cli('run', '--playbook', STARTER_PLAYBOOK, '--next', '--auto-advance', ...scripted),
    '  # then with the real agents (codex and claude on PATH and logged in):',
    cli('run', '--playbook', STARTER_PLAYBOOK, '--next', '--auto-advance'),
    '  # writing a playbook: docs/writing-a-playbook.md; on GitHub: docs/github-action.md',
    ''
  ].join('\n')
}
