import { createHash } from 'node:crypto'
import { lstat, readFile, readdir } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import {
  type AuditFacts,
  type ProvenanceFacts,
  buildProvenanceStatement,
  statementText
} from '../core/provenance/statement.js'
import { type RunLayout, attemptLayout, repoRelative } from '../core/run/layout.js'
import {
  GHA_GATE_FILE,
  GHA_RUN_FILE,
  GhaGateRecordSchema,
  GhaRunRecordSchema
} from '../core/schemas/gha.js'
import { NormalizedPlanSchema } from '../core/schemas/normalized-plan.js'
import {
  AGENT_CALLS_DIR,
  type CallRecord,
  CallRecordSchema,
  type FileDigest,
  type ProvenanceStatement,
  STATEMENT_FILE
} from '../core/schemas/provenance.js'
import {
  AuditReportSchema,
  ManualGateRecordSchema,
  TriageReportSchema,
  VerificationReportSchema
} from '../core/schemas/reports.js'
import type { ItemRunState, RunState } from '../core/schemas/run-state.js'
import type { GitPort, StatementIo } from './ports.js'

/**
 * The provenance statement of a passed item (docs/provenance.md), built from the run's own
 * files: the run state, the normalized plan, the attempt's reports, logs, patch and agent call
 * records, the gate records, and git for the commits of the change. Nothing comes from the
 * clock or the environment, so building it again from the same run gives the same bytes.
 */

/** `items/<ITEM>/attempt-<N>/provenance.intoto.json` (absolute). */
export function statementPath(layout: RunLayout, itemId: string, attempt: number): string {
  return join(attemptLayout(layout, itemId, attempt).controlDir, STATEMENT_FILE)
}

/** Writes (or writes again) the statement of a passed item; returns its path. */
export async function writeItemStatement(
  layout: RunLayout,
  state: RunState,
  itemId: string,
  io: StatementIo
): Promise<string> {
  const item = itemOf(state, itemId)
  const path = statementPath(layout, itemId, item.attempt_number)
  await io.files.writeText(
    path,
    statementText(await buildItemStatement(layout, state, itemId, io.git))
  )
  return path
}

/**
 * After a crash between a pass and its statement: writes the statement of every passed item
 * that has none. An existing statement is never rewritten here (`verify` compares it with the
 * run's files; rewriting it would hide a change to them).
 */
export async function completeStatements(
  layout: RunLayout,
  state: RunState,
  io: StatementIo
): Promise<void> {
  for (const item of state.items) {
    if (item.terminal_state !== 'passed') continue
    const path = statementPath(layout, item.item_id, item.attempt_number)
    if (await exists(path)) continue
    if (!(await gateRecordReady(layout, item))) continue
    await writeItemStatement(layout, state, item.item_id, io)
  }
}

export async function buildItemStatement(
  layout: RunLayout,
  state: RunState,
  itemId: string,
  git: Pick<GitPort, 'commitsSince'>
): Promise<ProvenanceStatement> {
  return buildProvenanceStatement(await gatherFacts(layout, state, itemId, git))
}

async function gatherFacts(
  layout: RunLayout,
  state: RunState,
  itemId: string,
  git: Pick<GitPort, 'commitsSince'>
): Promise<ProvenanceFacts> {
  const root = layout.repoRoot
  const item = itemOf(state, itemId)
  if (item.base_ref === null || item.checkpoint_ref === null)
    throw new Error(`item ${itemId} records no base or checkpoint commit`)
  const paths = attemptLayout(layout, itemId, item.attempt_number)
  const plan = NormalizedPlanSchema.parse(await readJson(layout.normalizedPlanPath))
  const planItem = plan.items.find((entry) => entry.item_id === itemId)
  if (planItem === undefined) throw new Error(`item ${itemId} is not in the run's plan`)
  const cycle = cycleOf(item)
  const digest = (absolute: string): Promise<FileDigest> => fileDigest(root, absolute)
  const maybeDigest = (absolute: string): Promise<FileDigest | null> =>
    exists(absolute).then((present) => (present ? digest(absolute) : null))

  const verificationPath = join(paths.controlDir, `verification_report.${cycle}.json`)
  const verification = VerificationReportSchema.parse(await readJson(verificationPath))
  const logs = new Map<string, FileDigest | null>()
  for (const command of verification.command_results) {
    if (command.log_path !== null)
      logs.set(command.log_path, await maybeDigest(join(root, command.log_path)))
  }
  const calls = await callRecords(root, paths.controlDir)
  const triagePath = join(paths.reportDir, `triage_report.${cycle}.json`)
  const gha = await optionalJson(join(layout.controlDir, GHA_RUN_FILE))
  return {
    run: {
      runId: state.run_id,
      baseSha: state.base_head_sha,
      runBranch: state.run_branch_name,
      runtimePolicy:
        state.runtime_policy_path === null
          ? null
          : await maybeDigest(join(root, state.runtime_policy_path))
    },
    playbook: {
      sourcePath: state.playbook_source_path,
      sourceSha256: state.playbook_source_sha256,
      snapshot: await digest(layout.playbookSnapshotPath),
      normalizedPlan: await digest(layout.normalizedPlanPath)
    },
    planItem,
    attempt: {
      number: item.attempt_number,
      fixRounds: item.fix_rounds_completed,
      remediationRounds: item.remediation_rounds_completed,
      baseSha: item.base_ref,
      checkpointSha: item.checkpoint_ref,
      commits: [...(await git.commitsSince(root, item.base_ref, item.checkpoint_ref))],
      cycle,
      patch: await digest(join(paths.controlDir, `candidate.${cycle}.patch`))
    },
    calls,
    verification: { report: verification, file: await digest(verificationPath), logs },
    audits: {
      codex: await auditFacts(root, paths.reportDir, 'codex', cycle, calls),
      claude: await auditFacts(root, paths.reportDir, 'claude', cycle, calls)
    },
    mergedFindings: await digest(join(paths.controlDir, `merged_findings_packet.${cycle}.json`)),
    triage: {
      report: TriageReportSchema.parse(await readJson(triagePath)),
      file: await digest(triagePath)
    },
    gate: planItem.manual_gate.required ? await gateFacts(layout, item) : null,
    evidence: await evidenceFiles(root, join(paths.controlDir, 'external_evidence')),
    gha: gha === undefined ? null : GhaRunRecordSchema.parse(gha)
  }
}

function itemOf(state: RunState, itemId: string): ItemRunState {
  const item = state.items.find((entry) => entry.item_id === itemId)
  if (item === undefined) throw new Error(`item ${itemId} is not part of run ${state.run_id}`)
  return item
}

/** The cycle whose triage let the item pass (`triage_report.<cycle>.json`). */
function cycleOf(item: ItemRunState): string {
  const triage = item.latest_paths.triage_report_path
  const match = triage === null ? null : /^triage_report\.(.+)\.json$/.exec(basename(triage))
  if (match?.[1] === undefined) throw new Error(`item ${item.item_id} records no triage report`)
  return match[1]
}

async function callRecords(
  root: string,
  controlDir: string
): Promise<Array<{ record: CallRecord; file: FileDigest }>> {
  const dir = join(controlDir, AGENT_CALLS_DIR)
  const names = await readdir(dir).catch(() => [] as string[])
  const records: Array<{ record: CallRecord; file: FileDigest }> = []
  for (const name of names.filter((entry) => entry.endsWith('.json')).sort()) {
    const path = join(dir, name)
    records.push({
      record: CallRecordSchema.parse(await readJson(path)),
      file: await fileDigest(root, path)
    })
  }
  return records
}

/**
 * A reported audit of the cycle. Its call record decides whether the report counted (an
 * adapter can leave a report file that the kernel then refused); a run without call records
 * goes by the file.
 */
async function auditFacts(
  root: string,
  reportDir: string,
  lane: 'codex' | 'claude',
  cycle: string,
  calls: ReadonlyArray<{ record: CallRecord }>
): Promise<AuditFacts> {
  const call = calls
    .filter(({ record }) => record.lane === `audit_${lane}` && record.cycle === cycle)
    .at(-1)
  if (call !== undefined && call.record.report === null) return null
  const path = join(reportDir, `${lane}_audit_report.${cycle}.json`)
  if (!(await exists(path))) return null
  return {
    report: AuditReportSchema.parse(await readJson(path)),
    file: await fileDigest(root, path)
  }
}

async function gateFacts(
  layout: RunLayout,
  item: ItemRunState
): Promise<NonNullable<ProvenanceFacts['gate']>> {
  const relative = item.latest_paths.manual_gate_path
  if (relative === null) throw new Error(`item ${item.item_id} has no gate record`)
  const path = join(layout.repoRoot, relative)
  const record = ManualGateRecordSchema.parse(await readJson(path))
  if (record.status !== 'approved' || record.related_refs.checkpoint_ref !== item.checkpoint_ref)
    throw new Error(`the gate record of item ${item.item_id} holds no approval of its checkpoint`)
  const githubPath = join(dirname(path), GHA_GATE_FILE)
  const github = await optionalJson(githubPath)
  const githubRecord = github === undefined ? undefined : GhaGateRecordSchema.parse(github)
  if (
    githubRecord !== undefined &&
    (githubRecord.decision !== 'approved' || githubRecord.checkpoint_ref !== item.checkpoint_ref)
  )
    throw new Error(
      `GitHub's gate record of item ${item.item_id} holds no approval of its checkpoint`
    )
  return {
    record,
    file: await fileDigest(layout.repoRoot, path),
    github:
      githubRecord === undefined
        ? null
        : { record: githubRecord, file: await fileDigest(layout.repoRoot, githubPath) }
  }
}

/** Whether a gated item's record holds its decision yet (a crash can come in between). */
async function gateRecordReady(layout: RunLayout, item: ItemRunState): Promise<boolean> {
  const relative = item.latest_paths.manual_gate_path
  if (item.manual_gate_status === 'not_required' || relative === null) return true
  const parsed = ManualGateRecordSchema.safeParse(
    await optionalJson(join(layout.repoRoot, relative))
  )
  return parsed.success && parsed.data.status === 'approved'
}

/** The evidence as the run received it, every file by path; null when none was supplied. */
async function evidenceFiles(root: string, dir: string): Promise<FileDigest[] | null> {
  if (!(await exists(dir))) return null
  const files: FileDigest[] = []
  const walk = async (current: string): Promise<void> => {
    const entries = await readdir(current, { withFileTypes: true })
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(current, entry.name)
      if (entry.isDirectory()) await walk(path)
      else if (entry.isFile()) files.push(await fileDigest(root, path))
    }
  }
  await walk(dir)
  return files
}

export async function fileDigest(root: string, absolute: string): Promise<FileDigest> {
  const bytes = await readFile(absolute)
  return {
    path: repoRelative(root, absolute),
    sha256: createHash('sha256').update(bytes).digest('hex')
  }
}

async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8')) as unknown
}

async function optionalJson(path: string): Promise<unknown> {
  const text = await readFile(path, 'utf8').catch(() => undefined)
  return text === undefined ? undefined : (JSON.parse(text) as unknown)
}

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false
  )
}

/**
 * The statement of an item that is passing now, written without putting the pass at risk:
 * a statement that cannot be built is a sentence for the run's history (and `verify` then
 * names the item), never a reason to undo a fast-forward git has made.
 */
export async function recordItemStatement(
  layout: RunLayout,
  state: RunState,
  itemId: string,
  io: StatementIo
): Promise<string | undefined> {
  try {
    await writeItemStatement(layout, state, itemId, io)
    return undefined
  } catch (error) {
    return `the provenance statement of item ${itemId} could not be written: ${error instanceof Error ? error.message : String(error)}`
  }
}
