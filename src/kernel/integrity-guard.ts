import { readdir, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import {
  INTEGRITY_ESCALATION,
  STAGE_RECORD,
  type OutsideChange,
  type OutsideSnapshot,
  type StageScope,
  describeChange
} from '../core/integrity/outside-state.js'
import { atomicWriteTarget } from '../core/run/atomic-temp.js'
import { CONTROL_ROOT, REPORT_ROOT, repoRelative } from '../core/run/layout.js'
import {
  INTEGRITY_INCIDENT_DIR,
  type IntegrityIncident,
  IntegrityIncidentSchema,
  type IntegrityStage,
  IntegrityStageSchema,
  expectationOf
} from '../core/schemas/integrity-incident.js'
import type { AttemptContext } from './attempt-context.js'
import type { IntegrityPort, OutsideReadScope, PreviousReading } from './integrity-ports.js'
import { isoSeconds } from '../core/time.js'

/**
 * Nothing outside the attempt changes unnoticed. Around every agent call and every
 * verification run, the guard reads the operator's checkout (files, git configuration,
 * hooks, refs) and the run store before and after; any difference the stage may not make
 * escalates the item, is put back where it is the orchestrator's (the run's refs, planted git
 * configuration, run_state.json), and is kept as an incident record that `doctor` reports
 * until it is resolved. One `git status` and one walk of the run store per stage: the reading
 * after a stage is, for the checkout and the settled parts of the store, the reading before
 * the next.
 */

/** The item escalates with this reason; nothing the stage produced is used. */
export class IntegrityBreach extends Error {
  override readonly name = 'IntegrityBreach'
}

/** The reading after the last stage, with what the kernel knew of the run then. */
interface LastReading {
  readonly snapshot: OutsideSnapshot
  readonly itemId: string
  /** Each item's state object then: one the kernel has since replaced was touched. */
  readonly items: ReadonlyMap<string, object>
}

export class IntegrityGuard {
  private last: LastReading | undefined

  constructor(private readonly port: IntegrityPort) {}

  /**
   * Runs one stage between two readings. `ownWrites` are the absolute paths in the run store
   * that the orchestrator itself writes while the stage runs (logs, the prompt); a trailing
   * `/` stands for a whole directory.
   */
  async around<T>(
    context: AttemptContext,
    stage: string,
    ownWrites: readonly string[],
    work: () => Promise<T>
  ): Promise<T> {
    const { session } = context
    const repoRoot = session.layout.repoRoot
    const read = readScope(context)
    const scope = stageScope(context, ownWrites)
    const before = await this.port.snapshot(read, previousReading(this.last, context))
    this.last = undefined
    // Kept until the check below: a process killed meanwhile is checked by the next resume.
    await context.session.files.writeJson(
      stageRecordPath(context),
      stageRecord(context, stage, scope, before)
    )
    let outcome: { ok: true; value: T } | { ok: false; error: unknown }
    try {
      outcome = { ok: true, value: await work() }
    } catch (error) {
      // A stage that failed may still have changed things: check before reporting its error.
      outcome = { ok: false, error }
    }
    const checked = await this.port.check(before, read, scope)
    const changes = [...checked.changes]
    const restored = new Set(checked.restored)
    const digest = checked.after.state.runStateDigest
    if (digest !== session.lastSavedDigest) {
      const path = repoRelative(repoRoot, session.layout.runStatePath)
      changes.push({
        area: 'run_state',
        path,
        before: session.lastSavedDigest ?? null,
        after: digest,
        ours: true
      })
      // The session holds the true state: writing it again undoes the forgery.
      await session.replace(session.state)
      restored.add(path)
    }
    await rm(stageRecordPath(context), { force: true })
    if (changes.length === 0) {
      this.last = lastReading(checked.after, context)
      if (!outcome.ok) throw outcome.error
      return outcome.value
    }
    const incident = await recordIncident(context, stage, changes, restored, checked.unrestored)
    throw new IntegrityBreach(incident.summary)
  }

  /**
   * After a process was killed during a stage: compares what is there now with the reading
   * kept from before that stage, puts back what it can (the run's refs, planted git files and
   * config entries, the `info/` files it kept copies of), and returns the incident's summary,
   * or undefined when nothing changed. The record is gone afterwards either way.
   */
  async settleInterrupted(
    context: AttemptContext,
    record: IntegrityStage
  ): Promise<string | undefined> {
    const before: OutsideSnapshot = {
      state: record.state,
      contents: new Map(
        Object.entries(record.copies).map(([path, copy]) => [
          path,
          { kind: 'file', data: Buffer.from(copy.base64, 'base64'), mode: copy.mode }
        ])
      )
    }
    await removeWriteDebris(context.session.layout, record.scope.ownWrites, record.state.store)
    const checked = await this.port.check(before, readScope(context), record.scope)
    await rm(stageRecordPath(context), { force: true })
    if (checked.changes.length === 0) {
      this.last = lastReading(checked.after, context)
      return undefined
    }
    const incident = await recordIncident(
      context,
      `${record.stage}, which was interrupted before its check`,
      checked.changes,
      checked.restored,
      checked.unrestored
    )
    return incident.summary
  }
}

/**
 * A kernel killed in the middle of one of its own whole-file writes during the stage (the
 * stage's process record, the run state) leaves that write's temporary file behind. It is
 * the orchestrator's, not a change the stage made: removed before the comparison, as a kill
 * at any moment must leave a run that resumes. Only next to the files the orchestrator
 * writes, and only one that appeared during the stage (`before`: the run store before it):
 * a temporary-looking file anywhere else, or one already there, is compared as any other.
 */
async function removeWriteDebris(
  layout: AttemptContext['session']['layout'],
  ownWrites: readonly string[],
  before: Readonly<Record<string, string>>
): Promise<void> {
  // The record is read back from the run store: only files in it, by plain relative paths.
  const inStore = (path: string): boolean =>
    [CONTROL_ROOT, REPORT_ROOT].some((root) => path.startsWith(`${root}/`)) &&
    !path.endsWith('/') &&
    !path.split('/').includes('..')
  // Directory → the names written there; most share the run's control directory.
  const written = new Map<string, Set<string>>()
  for (const file of [
    ...ownWrites.filter(inStore).map((path) => join(layout.repoRoot, path)),
    layout.runStatePath
  ])
    written.set(dirname(file), (written.get(dirname(file)) ?? new Set()).add(basename(file)))
  for (const [dir, names] of written) {
    for (const name of await readdir(dir).catch(() => [])) {
      const path = join(dir, name)
      const target = atomicWriteTarget(name)
      const wasThere = Object.hasOwn(before, repoRelative(layout.repoRoot, path))
      if (target !== undefined && names.has(target) && !wasThere) await rm(path, { force: true })
    }
  }
}

function lastReading(snapshot: OutsideSnapshot, context: AttemptContext): LastReading {
  const items = new Map<string, object>()
  for (const item of context.session.state.items) items.set(item.item_id, item)
  return { snapshot, itemId: context.item.item_id, items }
}

/**
 * The last reading, and the items whose run store directories the kernel may have written
 * since: the one it was taken for, the one now, and any whose state the kernel changed
 * (every write of an item's files comes with a move of its state).
 */
function previousReading(
  last: LastReading | undefined,
  context: AttemptContext
): PreviousReading | undefined {
  if (last === undefined) return undefined
  const touchedItems = new Set([last.itemId, context.item.item_id])
  for (const item of context.session.state.items)
    if (last.items.get(item.item_id) !== item) touchedItems.add(item.item_id)
  return { snapshot: last.snapshot, touchedItems }
}

export function stageRecordPath(context: Pick<AttemptContext, 'session'>): string {
  return join(context.session.layout.controlDir, STAGE_RECORD)
}

function readScope(context: AttemptContext): OutsideReadScope {
  return {
    repoRoot: context.session.layout.repoRoot,
    runId: context.session.state.run_id,
    ownWorktree: context.paths.worktreePath
  }
}

function stageScope(context: AttemptContext, ownWrites: readonly string[]): StageScope {
  const { session } = context
  const repoRoot = session.layout.repoRoot
  return {
    runId: session.state.run_id,
    ownBranch: context.paths.branchName,
    ownWrites: ownWrites.map((path) =>
      path.endsWith('/')
        ? `${repoRelative(repoRoot, path.slice(0, -1))}/`
        : repoRelative(repoRoot, path)
    ),
    expectedRefs: {
      [`refs/heads/${session.state.run_branch_name}`]: session.state.run_branch_head
    }
  }
}

/** Small `info/` files are copied whole (patterns, no secrets); config only as redacted lines. */
const COPIED = /(^|\/)info\/[^/]+$/
const COPY_LIMIT = 64 * 1024

function stageRecord(
  context: AttemptContext,
  stage: string,
  scope: StageScope,
  before: OutsideSnapshot
): IntegrityStage {
  const copies: IntegrityStage['copies'] = {}
  for (const [path, content] of before.contents) {
    if (content.kind === 'file' && COPIED.test(path) && content.data.length <= COPY_LIMIT)
      copies[path] = { base64: Buffer.from(content.data).toString('base64'), mode: content.mode }
  }
  return IntegrityStageSchema.parse({
    schema_version: 'plan_orchestrator.integrity_stage.v1',
    run_id: context.session.state.run_id,
    item_id: context.item.item_id,
    attempt_number: context.attempt,
    stage,
    started_at_utc: isoSeconds(context.clock.now()),
    scope,
    state: before.state,
    copies
  })
}

const LISTED_IN_SUMMARY = 6

async function recordIncident(
  context: AttemptContext,
  stage: string,
  changes: readonly OutsideChange[],
  restored: ReadonlySet<string>,
  unrestored: ReadonlyMap<string, string>
): Promise<IntegrityIncident> {
  const { session, item } = context
  const runId = session.state.run_id
  const now = context.clock.now()
  const described = changes.map((change) => {
    const failed = unrestored.get(change.path)
    const outcome = restored.has(change.path)
      ? ' (restored)'
      : failed !== undefined
        ? ` (could not be restored: ${failed})`
        : ''
    return { change, text: `${describeChange(change, runId)}${outcome}` }
  })
  const listed = described.slice(0, LISTED_IN_SUMMARY).map((entry) => entry.text)
  const more = described.length - listed.length
  const summary =
    `${INTEGRITY_ESCALATION} during the ${stage}: ${listed.join('; ')}` +
    `${more > 0 ? `; and ${more} more` : ''}. ` +
    `See plan-orchestrator doctor --run-id ${runId} until it is resolved`
  const stamp = isoSeconds(now).replace(/[-:]/g, '')
  const slug = stage.replace(/[^A-Za-z0-9.]+/g, '-').replace(/^-+|-+$/g, '')
  const file = `${stamp}_${item.item_id}_attempt-${context.attempt}_${slug}.json`
  const incident = IntegrityIncidentSchema.parse({
    schema_version: 'plan_orchestrator.integrity_incident.v1',
    run_id: runId,
    item_id: item.item_id,
    attempt_number: context.attempt,
    stage,
    detected_at_utc: isoSeconds(now),
    summary,
    changes: described.map(({ change, text }) => ({
      area: change.area,
      path: change.path,
      before: change.before,
      after: change.after,
      description: text,
      restored: restored.has(change.path),
      resolved_when: expectationOf(change, restored.has(change.path))
    }))
  })
  await context.session.files.writeJson(
    join(session.layout.controlDir, INTEGRITY_INCIDENT_DIR, file),
    incident
  )
  return incident
}
