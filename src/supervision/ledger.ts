import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseRunState } from '../core/run/run-state-file.js'
import { type RunLayout, repoRelative } from '../core/run/layout.js'
import { type StateId, TERMINAL_STATE_OF } from '../core/run/states.js'
import type { RunState } from '../core/schemas/run-state.js'
import {
  type Heartbeat,
  type HeartbeatKernelSnapshot,
  HeartbeatSchema,
  type Intervention,
  InterventionSchema,
  SUPERVISION_SCHEMA_VERSIONS
} from '../core/schemas/supervision.js'
import type { FreshnessPolicy } from '../core/supervision/claims.js'
import { isoSeconds } from '../core/time.js'
import {
  type SupervisionLayout,
  compactTimestamp,
  ledgerFiles,
  ledgerName,
  loadedValue,
  nextLedgerSequence,
  readArtifact,
  sha256Hex,
  writeArtifact
} from './artifacts.js'
import type { ArtifactFiles } from './ports.js'

/**
 * The two append-only ledgers of a supervisor session: heartbeats (what it could prove, when)
 * and interventions (what it did, why). Sequences continue across sessions of the same run.
 */

export type HeartbeatInput = Omit<
  Heartbeat,
  | 'schema_version'
  | 'run_id'
  | 'supervisor_session_id'
  | 'heartbeat_sequence'
  | 'observed_at_utc'
  | 'freshness_policy'
  | 'latest_intervention_path'
>

export type InterventionInput = Omit<
  Intervention,
  | 'schema_version'
  | 'run_id'
  | 'supervisor_session_id'
  | 'intervention_sequence'
  | 'observed_at_utc'
>

export class SupervisionLedger {
  private heartbeatSequence = 1
  private interventionSequence = 1
  private lastObservedAt: string | undefined
  private latestIntervention: string | null = null
  latestHeartbeatPath: string | null = null

  constructor(
    readonly run: RunLayout,
    readonly layout: SupervisionLayout,
    readonly sessionId: string,
    private readonly policy: FreshnessPolicy,
    private readonly now: () => Date,
    private readonly files: ArtifactFiles
  ) {}

  async open(): Promise<void> {
    this.heartbeatSequence = await nextLedgerSequence(this.layout.heartbeatsDir)
    this.interventionSequence = await nextLedgerSequence(this.layout.interventionsDir)
    const newest = await newestHeartbeat(this.layout)
    this.lastObservedAt = newest?.observed_at_utc
  }

  /** observed_at of the previous heartbeat (this session's, or the newest on disk at start). */
  get previousObservedAt(): string | undefined {
    return this.lastObservedAt
  }

  get latestInterventionPath(): string | null {
    return this.latestIntervention
  }

  async heartbeat(input: HeartbeatInput): Promise<Heartbeat> {
    const observed = isoSeconds(this.now())
    const heartbeat: Heartbeat = {
      schema_version: SUPERVISION_SCHEMA_VERSIONS.heartbeat,
      run_id: this.run.runId,
      supervisor_session_id: this.sessionId,
      heartbeat_sequence: this.heartbeatSequence,
      observed_at_utc: observed,
      freshness_policy: { ...this.policy },
      ...input,
      latest_intervention_path: this.latestIntervention
    }
    const path = join(
      this.layout.heartbeatsDir,
      ledgerName(this.heartbeatSequence, compactTimestamp(observed))
    )
    await writeArtifact(this.files, HeartbeatSchema, path, heartbeat)
    this.heartbeatSequence += 1
    this.lastObservedAt = observed
    this.latestHeartbeatPath = repoRelative(this.run.repoRoot, path)
    return heartbeat
  }

  async intervention(input: InterventionInput): Promise<Intervention> {
    const observed = isoSeconds(this.now())
    const intervention: Intervention = {
      schema_version: SUPERVISION_SCHEMA_VERSIONS.intervention,
      run_id: this.run.runId,
      supervisor_session_id: this.sessionId,
      intervention_sequence: this.interventionSequence,
      observed_at_utc: observed,
      ...input
    }
    const path = join(
      this.layout.interventionsDir,
      ledgerName(this.interventionSequence, input.action_kind, compactTimestamp(observed))
    )
    await writeArtifact(this.files, InterventionSchema, path, intervention)
    this.interventionSequence += 1
    this.latestIntervention = repoRelative(this.run.repoRoot, path)
    return intervention
  }
}

/** Every intervention of the run, all sessions, oldest first; unreadable files are skipped. */
export async function readInterventions(layout: SupervisionLayout): Promise<Intervention[]> {
  const found: Intervention[] = []
  for (const path of await ledgerFiles(layout.interventionsDir)) {
    const value = loadedValue(await readArtifact(InterventionSchema, path))
    if (value !== undefined) found.push(value)
  }
  return found
}

export async function newestHeartbeat(layout: SupervisionLayout): Promise<Heartbeat | undefined> {
  const last = (await ledgerFiles(layout.heartbeatsDir)).at(-1)
  return last === undefined ? undefined : loadedValue(await readArtifact(HeartbeatSchema, last))
}

/** The saved run state as the supervisor sees it: parsed, hashed, never written. */
export interface ObservedRunState {
  readonly state: RunState | undefined
  readonly snapshot: HeartbeatKernelSnapshot
  /** Why the state could not be read, when it could not. */
  readonly problem?: string
}

export async function observeRunState(run: RunLayout): Promise<ObservedRunState> {
  const path = repoRelative(run.repoRoot, run.runStatePath)
  const empty: HeartbeatKernelSnapshot = {
    run_state_path: path,
    run_state_sha256: null,
    current_state: null,
    current_item_id: null,
    current_terminal_state: null,
    run_state_updated_at_utc: null
  }
  let bytes: Buffer
  try {
    bytes = await readFile(run.runStatePath)
  } catch {
    return { state: undefined, snapshot: empty, problem: `${path} does not exist` }
  }
  try {
    const state = parseRunState(run.runStatePath, bytes.toString('utf8'))
    return {
      state,
      snapshot: {
        run_state_path: path,
        run_state_sha256: sha256Hex(bytes),
        current_state: state.current_state,
        current_item_id: state.current_item_id,
        current_terminal_state: currentTerminal(state),
        run_state_updated_at_utc: state.updated_at_utc
      }
    }
  } catch (error) {
    return {
      state: undefined,
      snapshot: { ...empty, run_state_sha256: sha256Hex(bytes) },
      problem: (error as Error).message
    }
  }
}

function currentTerminal(state: RunState): string | null {
  const item = state.items.find((entry) => entry.item_id === state.current_item_id)
  if (item !== undefined) return item.terminal_state
  return TERMINAL_STATE_OF[state.current_state as StateId] ?? null
}
