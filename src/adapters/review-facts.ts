import { readFile, readdir } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import type { z } from 'zod'
import { type ItemReports, type RunFacts, runFacts } from '../core/review/facts.js'
import { type ChangedFile, type GateReview, gateReview } from '../core/review/gate-review.js'
import { type RunLayout, attemptLayout, repoRelative } from '../core/run/layout.js'
import { GHA_GATE_FILE, GhaGateRecordSchema } from '../core/schemas/gha.js'
import { NormalizedPlanSchema } from '../core/schemas/normalized-plan.js'
import { type CommitProvenance, commitProvenance } from '../core/provenance/pr-lines.js'
import { ProvenanceStatementSchema, STATEMENT_FILE } from '../core/schemas/provenance.js'
import {
  AuditReportSchema,
  ManualGateRecordSchema,
  MergedFindingsPacketSchema,
  VerificationReportSchema
} from '../core/schemas/reports.js'
import type { ItemRunState, RunState } from '../core/schemas/run-state.js'
import { runGitForExitCode } from './git/git-runner.js'
import { loadRunState } from './run-store.js'
import { readRunUsage } from './usage-summary.js'

/**
 * Reads what the review pages are made of from a run's saved files: its state and plan, each
 * item's latest reports and gate records, its usage, and, from git, the files a checkpoint
 * changed. Every report is read through its schema; one that is missing or does not parse is
 * left out (the page says so), never half-believed.
 */

export async function readRunFacts(run: RunLayout, state?: RunState): Promise<RunFacts> {
  const loaded = state ?? (await loadRunState(run))
  const plan = await readJson(NormalizedPlanSchema, run.normalizedPlanPath)
  const reports: Record<string, ItemReports> = {}
  for (const item of loaded.items) reports[item.item_id] = await readItemReports(run, item)
  return runFacts({ state: loaded, plan, usage: await readRunUsage(run), reports })
}

/**
 * One line per commit of the passed items, from their provenance statements (docs/provenance.md),
 * for the pull request body. A statement that is missing or does not parse leaves its item out;
 * `verify` is what checks them. Each line names its statement's path in the run's files.
 */
export async function readProvenanceLines(
  run: RunLayout,
  state: RunState
): Promise<CommitProvenance[]> {
  const statements = []
  for (const item of state.items) {
    if (item.terminal_state !== 'passed') continue
    const path = join(
      attemptLayout(run, item.item_id, item.attempt_number).controlDir,
      STATEMENT_FILE
    )
    const statement = await readJson(ProvenanceStatementSchema, path)
    if (statement !== undefined)
      statements.push({ path: repoRelative(run.repoRoot, path), statement })
  }
  return commitProvenance(statements)
}

/** The gate review of an item that awaits its gate (undefined for any other item). */
export async function readGateReview(
  run: RunLayout,
  facts: RunFacts,
  itemId: string
): Promise<GateReview | undefined> {
  const item = facts.items.find((entry) => entry.id === itemId)
  if (item?.run.terminal_state !== 'awaiting_human_gate') return undefined
  const checkpoint = item.reports.gate?.related_refs.checkpoint_ref ?? item.run.checkpoint_ref
  const base = item.run.base_ref ?? facts.state.run_branch_head
  return gateReview({
    run: facts,
    item,
    changedFiles: checkpoint === null ? null : await changedFiles(run.repoRoot, base, checkpoint),
    patchPath: await reviewedPatch(run, item.run)
  })
}

/** The files `checkpoint` changed since `base`, with lines added and deleted (git numstat). */
export async function changedFiles(
  repoRoot: string,
  base: string,
  checkpoint: string
): Promise<ChangedFile[] | null> {
  const result = await runGitForExitCode(
    repoRoot,
    [
      'diff',
      '--numstat',
      '-z',
      '--no-renames',
      '--no-ext-diff',
      '--no-textconv',
      base,
      checkpoint,
      '--'
    ],
    [128]
  ).catch(() => undefined)
  if (result === undefined || result.exitCode !== 0) return null
  return result.stdout
    .split('\0')
    .filter((entry) => entry !== '')
    .map((entry) => {
      const [added = '-', deleted = '-', ...rest] = entry.split('\t')
      return {
        path: rest.join('\t'),
        added: added === '-' ? null : Number(added),
        deleted: deleted === '-' ? null : Number(deleted)
      }
    })
}

/** The review cycle of the item's latest verification (`execute.round-0`, `fix.round-1`, …). */
function latestCycle(item: ItemRunState): string | undefined {
  const path = item.latest_paths.verification_report_path
  return path === null ? undefined : /verification_report\.(.+)\.json$/.exec(path)?.[1]
}

/** The candidate patch of the item's latest review cycle (`candidate.<cycle>.patch`). */
async function reviewedPatch(run: RunLayout, item: ItemRunState): Promise<string | null> {
  const dir = attemptLayout(run, item.item_id, item.attempt_number).controlDir
  const cycle = latestCycle(item)
  const names = await readdir(dir).catch(() => [] as string[])
  const name =
    cycle !== undefined && names.includes(`candidate.${cycle}.patch`)
      ? `candidate.${cycle}.patch`
      : await newestNamed(dir, 'candidate.', '.patch')
  return name === undefined ? null : repoRelative(run.repoRoot, join(dir, name))
}

async function readItemReports(run: RunLayout, item: ItemRunState): Promise<ItemReports> {
  const at = (path: string | null): string | undefined =>
    path === null ? undefined : resolve(run.repoRoot, path)
  const attemptDir = attemptLayout(run, item.item_id, item.attempt_number).controlDir
  const cycle = latestCycle(item)
  const names = await readdir(attemptDir).catch(() => [] as string[])
  const findingsName =
    cycle !== undefined && names.includes(`merged_findings_packet.${cycle}.json`)
      ? `merged_findings_packet.${cycle}.json`
      : await newestNamed(attemptDir, 'merged_findings_packet.', '.json')
  const gatePath = at(item.latest_paths.manual_gate_path)
  const githubGate =
    gatePath === undefined
      ? undefined
      : await readJson(GhaGateRecordSchema, join(dirname(gatePath), GHA_GATE_FILE))
  const reports: ItemReports = {
    verification: await readJson(
      VerificationReportSchema,
      at(item.latest_paths.verification_report_path)
    ),
    findings: await readJson(
      MergedFindingsPacketSchema,
      findingsName === undefined ? undefined : join(attemptDir, findingsName)
    ),
    codexAudit: await readJson(AuditReportSchema, at(item.latest_paths.codex_audit_report_path)),
    claudeAudit: await readJson(AuditReportSchema, at(item.latest_paths.claude_audit_report_path)),
    gate: await readJson(ManualGateRecordSchema, gatePath),
    githubGate
  }
  return Object.fromEntries(
    Object.entries(reports).filter(([, value]) => value !== undefined)
  ) as ItemReports
}

/** `<prefix><k><suffix>` with the highest round or cycle number k (`…round-3.json`). */
async function newestNamed(
  dir: string,
  prefix: string,
  suffix: string
): Promise<string | undefined> {
  const names = await readdir(dir).catch(() => [] as string[])
  const rank = (name: string): number[] => (name.match(/\d+/g) ?? []).map(Number)
  return names
    .filter((name) => name.startsWith(prefix) && name.endsWith(suffix))
    .sort((a, b) => compareRanks(rank(a), rank(b)) || (a < b ? -1 : a > b ? 1 : 0))
    .at(-1)
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
    const diff = (a[index] ?? -1) - (b[index] ?? -1)
    if (diff !== 0) return diff
  }
  return 0
}

async function readJson<S extends z.ZodType>(
  schema: S,
  path: string | undefined
): Promise<z.infer<S> | undefined> {
  if (path === undefined) return undefined
  try {
    const parsed = schema.safeParse(JSON.parse(await readFile(path, 'utf8')))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}
