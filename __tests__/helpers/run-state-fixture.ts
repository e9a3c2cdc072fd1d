import { DEFAULT_OPTIONS } from '../../src/core/policy/runtime-policy.js'
import type { StateId, TerminalOrNone } from '../../src/core/run/states.js'
import {
  EMPTY_LATEST_PATHS,
  type ItemRunState,
  RUN_STATE_VERSION,
  type RunState,
  RunStateSchema
} from '../../src/core/schemas/run-state.js'

/** Run states built by hand for tests that need one without running the kernel. */

export const RUN_ID = 'RUN_20260405T110000Z_0123abcd'
export const AT = '2026-04-05T11:00:00Z'

export interface ItemSpec {
  readonly terminal?: TerminalOrNone
  readonly state?: StateId
  readonly attempt?: number
  readonly order?: number
}

/** A schema-valid run state; items 01, 02, … in plan order unless `order` says otherwise. */
export function runState(
  current: StateId,
  currentItem: string | null,
  items: Record<string, ItemSpec>,
  overrides: Partial<RunState> = {}
): RunState {
  const built: ItemRunState[] = Object.entries(items).map(([id, spec], index) => ({
    item_id: id,
    order: spec.order ?? index + 1,
    state: spec.state ?? 'ST05_PLAN_NORMALIZED',
    attempt_number: spec.attempt ?? 1,
    fix_rounds_completed: 0,
    remediation_rounds_completed: 0,
    manual_gate_status: 'not_required',
    external_check_status: 'not_required',
    branch_name: null,
    worktree_path: null,
    base_ref: null,
    checkpoint_ref: null,
    terminal_state: spec.terminal ?? 'none',
    terminal_summary: null,
    latest_paths: { ...EMPTY_LATEST_PATHS },
    budget_stop: null,
    updated_at_utc: AT
  }))
  return RunStateSchema.parse({
    schema_version: RUN_STATE_VERSION,
    run_id: RUN_ID,
    adapter_id: 'markdown_playbook_v1',
    repo_root: '/repo',
    playbook_source_path: 'PLAYBOOK.md',
    playbook_source_sha256: 'a'.repeat(64),
    normalized_plan_path: '.local/plan.json',
    base_head_sha: 'b'.repeat(40),
    run_branch_head: 'b'.repeat(40),
    pending_fast_forward: null,
    run_branch_name: 'po/run',
    created_at_utc: AT,
    updated_at_utc: AT,
    current_state: current,
    current_item_id: currentItem,
    options: DEFAULT_OPTIONS,
    items: built,
    event_log: [],
    runtime_policy_path: null,
    runtime_policy_sha256: null,
    runtime_policy_sources: null,
    ...overrides
  })
}
