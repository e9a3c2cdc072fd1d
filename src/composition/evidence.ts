import { realpath } from 'node:fs/promises'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { inspectEvidence } from '../adapters/evidence-package.js'
import { evidenceRules } from '../kernel/evidence-intake.js'
import { type RuntimeOptions } from '../core/policy/runtime-policy.js'
import { UserInputError } from '../errors.js'

/** Evidence directories and the refusal helpers the composition root checks inputs with. */

export interface EvidenceChecks {
  /** The run's policy: its `max_evidence_package_bytes` limits the package. */
  readonly options?: Pick<RuntimeOptions, 'max_evidence_package_bytes'>
  /**
   * The GitHub Action's rule: the package must be a directory of this checkout once links are
   * resolved, and neither its `.git/` (which holds the job's token) nor `.local/` (run state).
   */
  readonly insideRepository?: string
}

/**
 * The one check of `--external-evidence-dir` (run, resume, supervise resume, the Action):
 * an existing directory, not a link, holding only regular files and directories (no link
 * anywhere, each named when refused), within the run's size limit. Reads only. Returns the
 * absolute path; undefined when none was given.
 */
export async function evidenceDirectory(
  cwd: string,
  given: string | undefined,
  checks: EvidenceChecks = {}
): Promise<string | undefined> {
  if (given === undefined) return undefined
  const path = resolve(cwd, given)
  const rules =
    checks.options === undefined
      ? { label: `--external-evidence-dir ${given}` }
      : evidenceRules(given, checks.options)
  await inspectEvidence(path, rules)
  if (checks.insideRepository !== undefined)
    await assertInsideRepository(path, checks.insideRepository, rules.label)
  return path
}

async function assertInsideRepository(path: string, repo: string, label: string): Promise<void> {
  const [real, root] = await Promise.all([realpath(path), realpath(repo)])
  const inside = relative(root, real)
  const parts = inside.split(sep)
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside))
    throw new UserInputError(
      `${label}: resolves to ${real}, which is not a directory inside the repository; evidence must be a directory of the checkout`
    )
  if (parts[0] === '.git' || parts[0] === '.local')
    throw new UserInputError(
      `${label}: resolves to ${real}, inside ${parts[0]}/, which is never evidence`
    )
}

/** A user's mistake as a problem line, for checks reported together; anything else throws. */
export function refusalOf(check: () => unknown): string[] {
  try {
    check()
    return []
  } catch (error) {
    if (error instanceof UserInputError) return [error.message]
    throw error
  }
}

export async function refusalOfAsync(check: () => Promise<unknown>): Promise<string[]> {
  try {
    await check()
    return []
  } catch (error) {
    if (error instanceof UserInputError) return [error.message]
    throw error
  }
}
