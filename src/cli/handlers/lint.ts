import { readFile } from 'node:fs/promises'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { readPlaybookSource } from '../../adapters/playbook-file.js'
import { loadScenarioFile } from '../../adapters/agents/scenario.js'
import { annotationCommand } from '../../core/gha/workflow-commands.js'
import {
  type PlaybookIssue,
  type PlaybookWarning,
  formatIssue
} from '../../core/playbook/issues.js'
import { normalizePlaybook } from '../../core/playbook/normalize.js'
import { resolveRuntimePolicy } from '../../core/policy/runtime-policy.js'
import { UserInputError, describeError } from '../../errors.js'
import type { CliIo } from '../io.js'
import { PLAYBOOK_ENV, playbookPath } from '../load-plan.js'
import { resolveRepoRoot } from '../repo-root.js'
import { STARTER_PLAYBOOK } from '../commands/init.js'

/**
 * `lint`: is this playbook (and the repository's plan_orchestrator.json, and a scenario when
 * given) what a run would accept? Every problem is reported with its place, exit 1 if any.
 * In a GitHub Actions job (`GITHUB_ACTIONS=true`) each problem is also a workflow-command
 * annotation on its file and line, so a pull request that changes a playbook shows the
 * problems next to the lines.
 */

export interface LintOptions {
  playbook?: string
  scenario?: string
}

interface Problem {
  readonly level: 'error' | 'warning'
  /** The path as the user gave it (messages) and as annotations want it. */
  readonly file: string
  readonly annotationFile: string
  readonly line?: number
  readonly column?: number
  readonly text: string
  /** The text without the place, which the annotation gives on its own. */
  readonly message: string
  readonly title: string
}

export async function runLint(io: CliIo, options: LintOptions): Promise<void> {
  const path =
    options.playbook !== undefined || (io.env[PLAYBOOK_ENV] ?? '').trim() !== ''
      ? playbookPath(options.playbook, io)
      : await starterPlaybook(io)
  const problems: Problem[] = []
  const where = (file: string): Pick<Problem, 'file' | 'annotationFile'> => ({
    file,
    annotationFile: annotationPath(io, file)
  })

  const absolute = resolve(io.cwd, path)
  const source = await readPlaybookSource(absolute).catch((error: unknown) => {
    problems.push({
      level: 'error',
      ...where(path),
      ...unplaced(describeError(error).replaceAll(absolute, path)),
      title: 'unreadable playbook'
    })
    return undefined
  })
  const result = source === undefined ? undefined : normalizePlaybook({ ...source, path })
  for (const warning of result?.warnings ?? [])
    problems.push({
      level: 'warning',
      ...where(path),
      line: warning.line,
      column: warning.column,
      ...placed(path, warning),
      title: 'playbook'
    })
  if (result !== undefined && !result.ok)
    for (const issue of result.issues)
      problems.push({
        level: 'error',
        ...where(path),
        line: issue.line,
        column: issue.column,
        ...placed(path, issue),
        title: 'invalid playbook'
      })

  const config = await repoConfigProblems(io)
  if (config !== undefined)
    for (const text of config.errors)
      problems.push({
        level: 'error',
        ...where(config.path),
        ...unplaced(`${config.path}: ${text}`),
        title: 'invalid runtime policy'
      })

  if (options.scenario !== undefined) {
    try {
      loadScenarioFile(resolve(io.cwd, options.scenario))
    } catch (error) {
      problems.push({
        level: 'error',
        ...where(options.scenario),
        ...unplaced(
          describeError(error).replaceAll(resolve(io.cwd, options.scenario), options.scenario)
        ),
        title: 'invalid scenario'
      })
    }
  }

  report(io, problems)
  const errors = problems.filter((problem) => problem.level === 'error').length
  if (errors > 0) {
    const count = errors === 1 ? '1 problem' : `${errors} problems`
    throw new UserInputError(`${path}: lint found ${count}`)
  }
  const items = result?.ok === true ? result.plan.items.length : 0
  io.stdout(`${path}: ok (${items === 1 ? '1 item' : `${items} items`})\n`)
}

function placed(
  path: string,
  issue: PlaybookIssue | PlaybookWarning
): Pick<Problem, 'text' | 'message'> {
  const text = formatIssue(path, issue)
  const place = `${path}:${issue.line}:${issue.column}: `
  return { text, message: text.startsWith(place) ? text.slice(place.length) : text }
}

function unplaced(text: string): Pick<Problem, 'text' | 'message'> {
  return { text, message: text }
}

function report(io: CliIo, problems: readonly Problem[]): void {
  const inActions = io.env['GITHUB_ACTIONS'] === 'true'
  for (const problem of problems) {
    io.stderr(`${problem.level}: ${problem.text}\n`)
    if (!inActions) continue
    io.stdout(
      annotationCommand(problem.level, `${problem.title}: ${problem.message}`, {
        file: problem.annotationFile,
        ...(problem.line === undefined ? {} : { line: problem.line }),
        ...(problem.column === undefined ? {} : { col: problem.column })
      })
    )
  }
}

/** `playbook.md` at the top of the repository (or here, outside one), relative to here. */
async function starterPlaybook(io: CliIo): Promise<string> {
  const top = await resolveRepoRoot(io.cwd).catch(() => io.cwd)
  return relative(io.cwd, join(top, STARTER_PLAYBOOK)) || STARTER_PLAYBOOK
}

/**
 * The repository's plan_orchestrator.json, checked as `run` will read it (defaults < this
 * file; the environment and flags are the caller's and not checked here).
 */
async function repoConfigProblems(
  io: CliIo
): Promise<{ path: string; errors: string[] } | undefined> {
  const repoRoot = await resolveRepoRoot(io.cwd).catch(() => undefined)
  if (repoRoot === undefined) return undefined
  const file = join(repoRoot, 'plan_orchestrator.json')
  const shown = relative(io.cwd, file) || file
  const text = await readFile(file, 'utf8').catch(() => undefined)
  if (text === undefined) return undefined
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return { path: shown, errors: [`not valid JSON: ${describeError(error)}`] }
  }
  const resolved = resolveRuntimePolicy({ repoConfig: value, env: {}, cli: {} })
  if (resolved.ok) return undefined
  // The policy names the layer `plan_orchestrator.json`; lint names the file as seen from here.
  const label = 'plan_orchestrator.json: '
  return {
    path: shown,
    errors: resolved.errors.map((error) =>
      error.startsWith(label) ? error.slice(label.length) : error
    )
  }
}

/**
 * Annotations name files relative to the job's workspace (the repository root), with `/`.
 * A path outside it is given as typed: GitHub shows the problem in the log, not on a line.
 */
function annotationPath(io: CliIo, path: string): string {
  const base = io.env['GITHUB_WORKSPACE'] ?? io.cwd
  const fromBase = relative(base, resolve(io.cwd, path))
  if (fromBase === '' || fromBase.startsWith('..') || isAbsolute(fromBase)) return path
  return fromBase.split(sep).join('/')
}
