import { spawnSync } from 'node:child_process'
import { join } from 'node:path'

export const PROJECT_ROOT = join(import.meta.dirname, '..', '..')
export const BUNDLED_CLI = join(PROJECT_ROOT, 'dist', 'cli', 'index.js')

export interface CliRun {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/** Runs the committed bundle, exactly as a user's `plan-orchestrator` would run. */
export function runBundledCli(
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}
): CliRun {
  const env = { ...process.env, ...options.env }
  delete env.PLAN_ORCHESTRATOR_PLAYBOOK_PATH
  if (options.env?.PLAN_ORCHESTRATOR_PLAYBOOK_PATH !== undefined) {
    env.PLAN_ORCHESTRATOR_PLAYBOOK_PATH = options.env.PLAN_ORCHESTRATOR_PLAYBOOK_PATH
  }
  const result = spawnSync(process.execPath, [BUNDLED_CLI, ...args], {
    cwd: options.cwd ?? PROJECT_ROOT,
    env,
    encoding: 'utf8'
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

export interface ReportedError {
  readonly file: string
  readonly line: number
  readonly column: number
  readonly message: string
  readonly itemId?: string
  readonly field?: string
  readonly section?: string
}

const ERROR_LINE = /^error: (.+?):(\d+):(\d+): (.*)$/

/** The `error: FILE:LINE:COL: message (item X, column Y)` lines of a CLI run's stderr. */
export function reportedErrors(stderr: string): ReportedError[] {
  return stderr.split('\n').flatMap((line) => {
    const match = ERROR_LINE.exec(line)
    if (match === null) return []
    const [, file = '', lineNo = '0', column = '0', rest = ''] = match
    const context = /^(.*) \(((?:item |column |section )[^()]*)\)$/.exec(rest)
    const parts = new Map(
      (context?.[2] ?? '').split(', ').flatMap((part) => {
        const space = part.indexOf(' ')
        return space < 0 ? [] : [[part.slice(0, space), part.slice(space + 1)] as const]
      })
    )
    return [
      {
        file,
        line: Number(lineNo),
        column: Number(column),
        message: context?.[1] ?? rest,
        ...(parts.has('item') ? { itemId: parts.get('item') } : {}),
        ...(parts.has('column') ? { field: parts.get('column') } : {}),
        ...(parts.has('section') ? { section: parts.get('section') } : {})
      }
    ]
  })
}
