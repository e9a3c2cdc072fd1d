import { createHash } from 'node:crypto'
import { lstat, readFile, readdir } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { createGitPort } from '../adapters/git-port.js'
import { loadRunState } from '../adapters/run-store.js'
import { commitsSince, isAncestor } from '../adapters/git/history.js'
import { runGitForExitCode, runGit } from '../adapters/git/git-runner.js'
import { type ChainLine, type LocatedStatement, walkChain } from '../core/provenance/chain.js'
import { fileDigestsOf, statementText } from '../core/provenance/statement.js'
import { CONTROL_ROOT, REPORT_ROOT, type RunLayout } from '../core/run/layout.js'
import { GHA_RUN_FILE } from '../core/schemas/gha.js'
import { NormalizedPlanSchema } from '../core/schemas/normalized-plan.js'
import { ProvenanceStatementSchema, STATEMENT_FILE } from '../core/schemas/provenance.js'
import { UserInputError } from '../errors.js'
import { buildItemStatement } from '../kernel/provenance.js'

/**
 * `verify`: walks a run branch from the run's base and checks every commit against the run's
 * provenance statements and every statement against the run's files (docs/provenance.md).
 * Reads only; the first broken link ends the walk.
 */

export interface VerifyResult {
  readonly branch: string
  readonly tip: string
  readonly lines: readonly ChainLine[]
  readonly ok: boolean
}

export async function verifyRunBranch(layout: RunLayout, branch?: string): Promise<VerifyResult> {
  const root = layout.repoRoot
  const state = await loadRunState(layout)
  const name = branch ?? state.run_branch_name
  const tip = await resolveCommit(root, name)
  if (tip === undefined) throw new UserInputError(`no branch ${name} in this repository`)
  const base = state.base_head_sha
  const planText = await readFile(layout.normalizedPlanPath, 'utf8').catch(() => undefined)
  if (planText === undefined)
    throw new UserInputError(
      `run ${state.run_id} has no normalized plan (${layout.normalizedPlanPath})`
    )
  const plan = NormalizedPlanSchema.parse(JSON.parse(planText))
  const result = (lines: ChainLine[]): VerifyResult => ({
    branch: name,
    tip,
    lines,
    ok: lines.every((line) => line.ok)
  })
  if (!(await isAncestor(root, base, tip)))
    return result([
      {
        commit: tip,
        item: null,
        verdict: `the branch does not start from the run's base ${base}`,
        ok: false
      }
    ])
  const located = await readStatements(layout)
  if ('broken' in located) return result([located.broken])
  const commits = await commitsSince(root, base, tip)
  const lines = await walkChain(
    {
      runId: state.run_id,
      baseSha: base,
      commits,
      statements: located.statements,
      plan: plan.items,
      ranOnGitHub: await present(join(layout.controlDir, GHA_RUN_FILE))
    },
    (statement) => checkAgainstFiles(layout, state, statement)
  )
  return result(lines)
}

type Loaded = { statements: LocatedStatement[] } | { broken: ChainLine }

/** Every `items/<ITEM>/attempt-<N>/provenance.intoto.json` of the run, parsed. */
async function readStatements(layout: RunLayout): Promise<Loaded> {
  const statements: LocatedStatement[] = []
  const itemsDir = join(layout.controlDir, 'items')
  for (const item of (await readdir(itemsDir).catch(() => [] as string[])).sort()) {
    for (const attempt of (
      await readdir(join(itemsDir, item)).catch(() => [] as string[])
    ).sort()) {
      const absolute = join(itemsDir, item, attempt, STATEMENT_FILE)
      if (!(await present(absolute))) continue
      const path = relative(layout.repoRoot, absolute).split(sep).join('/')
      const broken = (reason: string): Loaded => ({
        broken: { commit: '-', item, verdict: `statement ${path}: ${reason}`, ok: false }
      })
      const info = await lstat(absolute)
      if (!info.isFile()) return broken('not a regular file')
      const text = await readFile(absolute, 'utf8')
      let json: unknown
      try {
        json = JSON.parse(text)
      } catch {
        return broken('not JSON (edited?)')
      }
      const parsed = ProvenanceStatementSchema.safeParse(json)
      if (!parsed.success) return broken('does not match the statement schema (edited?)')
      const statement = parsed.data
      if (statementText(statement) !== text)
        return broken('not in canonical form, so not as the orchestrator wrote it (edited?)')
      if (statement.predicate.run.run_id !== layout.runId)
        return broken(
          `a statement of run ${statement.predicate.run.run_id}, not of ${layout.runId}`
        )
      if (statement.predicate.item.item_id !== item)
        return broken(
          `a statement of item ${statement.predicate.item.item_id} in item ${item}'s directory`
        )
      statements.push({ path, statement })
    }
  }
  return { statements }
}

/**
 * A statement against the run's files: the files it names must still hold the bytes it
 * digested, and building it again from the run's records must give the same bytes.
 */
async function checkAgainstFiles(
  layout: RunLayout,
  state: Awaited<ReturnType<typeof loadRunState>>,
  located: LocatedStatement
): Promise<string | undefined> {
  const { statement } = located
  const [checkpoint, patch] = statement.subject
  if (
    checkpoint === undefined ||
    !('gitCommit' in checkpoint.digest) ||
    checkpoint.digest.gitCommit !== statement.predicate.change.checkpoint_sha ||
    patch === undefined ||
    !('sha256' in patch.digest) ||
    patch.digest.sha256 !== statement.predicate.change.patch.sha256 ||
    patch.name !== statement.predicate.change.patch.path ||
    statement.subject.length !== 2
  )
    return `statement ${located.path}: its subject is not its checkpoint and patch (edited?)`
  const allowed = [`${CONTROL_ROOT}/${layout.runId}/`, `${REPORT_ROOT}/${layout.runId}/`]
  for (const file of fileDigestsOf(statement.predicate)) {
    const what = describeFile(file.path)
    if (
      !allowed.some((prefix) => file.path.startsWith(prefix)) ||
      file.path.split('/').includes('..')
    )
      return `statement ${located.path} names ${file.path}, which is not a file of run ${layout.runId}`
    const absolute = join(layout.repoRoot, file.path)
    const info = await lstat(absolute).catch(() => undefined)
    if (info === undefined) return `${what} ${file.path} is missing`
    if (!info.isFile()) return `${what} ${file.path} is not a regular file`
    const digest = createHash('sha256')
      .update(await readFile(absolute))
      .digest('hex')
    if (digest !== file.sha256)
      return `${what} ${file.path} does not match its digest in ${located.path} (changed after the item passed)`
  }
  let rebuilt: string
  try {
    rebuilt = statementText(
      await buildItemStatement(layout, state, statement.predicate.item.item_id, createGitPort())
    )
  } catch (error) {
    return `statement ${located.path} cannot be rebuilt from the run's records: ${error instanceof Error ? error.message : String(error)}`
  }
  if (rebuilt !== (await readFile(join(layout.repoRoot, located.path), 'utf8')))
    return `statement ${located.path} differs from the one the run's records give (edited?)`
  return undefined
}

/** A name for the file a digest is about, for the one-line reason. */
function describeFile(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1)
  if (name === 'gha_gate.json') return "GitHub's approval record"
  if (name === 'manual_gate.json') return 'the approval record'
  if (path.includes('/logs/verification.')) return 'verification log'
  if (name.startsWith('verification_report')) return 'verification report'
  if (name.includes('audit_report')) return 'audit report'
  if (name.endsWith('.patch')) return 'patch'
  if (path.includes('/calls/')) return 'agent call record'
  if (path.includes('/external_evidence/')) return 'evidence file'
  return 'file'
}

async function resolveCommit(root: string, name: string): Promise<string | undefined> {
  if (name.startsWith('-') || name.trim() === '') return undefined
  const { exitCode } = await runGitForExitCode(root, [
    'rev-parse',
    '--verify',
    '--quiet',
    '--end-of-options',
    `refs/heads/${name}^{commit}`
  ])
  if (exitCode !== 0) return undefined
  return (
    await runGit(root, ['rev-parse', '--verify', '--end-of-options', `refs/heads/${name}^{commit}`])
  ).trim()
}

async function present(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false
  )
}
