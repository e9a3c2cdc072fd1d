import { readPlaybookFile, readPlaybookSource } from '../adapters/playbook-file.js'
import { formatIssue } from '../core/playbook/issues.js'
import { type NormalizeResult, normalizePlaybook } from '../core/playbook/normalize.js'
import type { NormalizedPlan, PlanItem } from '../core/schemas/normalized-plan.js'
import { strip } from '../core/playbook/text.js'
import { UsageError, UserInputError } from '../errors.js'
import type { CliIo } from './io.js'
import { PLAYBOOK_ENV } from './playbook-flag.js'

export { PLAYBOOK_ENV }

/** `--playbook`, or the environment default when the flag is absent. */
export function playbookPath(flag: string | undefined, io: CliIo): string {
  const fromEnv = strip(io.env[PLAYBOOK_ENV] ?? '')
  const path = flag ?? (fromEnv === '' ? undefined : fromEnv)
  if (path === undefined)
    throw new UsageError(
      `required option '--playbook <file>' not specified (or set ${PLAYBOOK_ENV})`
    )
  return path
}

/**
 * Reads and normalizes a playbook; prints warnings; turns an invalid playbook into one
 * error carrying every problem, each on its own line with file, line and column.
 */
export async function loadPlan(path: string, io: CliIo): Promise<NormalizedPlan> {
  return planOf(path, normalizePlaybook(await readPlaybookSource(path, new Date(), io.cwd)), io)
}

/**
 * The items of a playbook, read and checked as loadPlan reads them, for commands that show
 * items and nothing of the plan around them. The file is not hashed: the hash is recorded
 * only in the plan around the items, and taking it loads node:crypto, a noticeable part of
 * such a command's start (docs/performance.md, CLI start-up).
 */
export async function loadPlanItems(path: string, io: CliIo): Promise<readonly PlanItem[]> {
  const file = await readPlaybookFile(path, io.cwd)
  const result = normalizePlaybook({ ...file, sha256: '', generatedAt: new Date() })
  return planOf(path, result, io).items
}

function planOf(path: string, result: NormalizeResult, io: CliIo): NormalizedPlan {
  for (const warning of result.warnings) io.stderr(`warning: ${formatIssue(path, warning)}\n`)
  if (result.ok) return result.plan
  const count = result.issues.length === 1 ? '1 problem' : `${result.issues.length} problems`
  const lines = result.issues.map((issue) => `error: ${formatIssue(path, issue)}`)
  throw new UserInputError(`${lines.join('\n')}\n${path}: invalid playbook (${count})`)
}
