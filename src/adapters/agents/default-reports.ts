import type { Lane } from '../../kernel/ports.js'
import { roundOf } from './scenario.js'
import type { ScenarioCall } from './scenario.js'

/**
 * The report a scripted lane returns when its scenario says nothing about the report: the
 * uneventful path, so a scenario only spells out what differs.
 *
 * - execute: `implemented`, next state `verify`; `files_touched` = the script's writes.
 * - fix / remediation: `changes_applied`, next state `reverify`, `loop_round` from the cycle.
 * - audit_codex / audit_claude: `pass`, no findings, next state `pass`.
 * - triage: `pass` → `passed`, no findings, nothing suppressed.
 *
 * Field sets follow the report schemas in schemas/ (generated from src/core/schemas/reports.ts).
 */
export function defaultReport(
  call: ScenarioCall,
  filesTouched: readonly string[]
): Record<string, unknown> {
  const identity = { item_id: call.itemId, attempt_number: call.attempt }
  switch (call.lane) {
    case 'execute':
      return {
        schema_version: 'plan_orchestrator.execution_report.v1',
        stage: 'execute',
        ...identity,
        summary: 'Scripted execution completed.',
        verdict: 'implemented',
        consulted_inputs: [],
        files_touched: [...filesTouched],
        artifacts_created: [],
        red_green: noRedGreen(),
        scope_compliance: withinScope(),
        unresolved_dependencies: [],
        residual_risks: [],
        next_recommended_state: 'verify'
      }
    case 'fix':
    case 'remediation':
      return {
        schema_version: 'plan_orchestrator.fix_report.v1',
        stage: call.lane,
        ...identity,
        loop_round: Math.max(1, roundOf(call.cycle)),
        summary: `Scripted ${call.lane} completed.`,
        verdict: 'changes_applied',
        source_finding_ids: [],
        files_touched: [...filesTouched],
        artifacts_created: [],
        red_green: noRedGreen(),
        scope_compliance: withinScope(),
        residual_open_items: [],
        residual_risks: [],
        next_recommended_state: 'reverify'
      }
    case 'audit_codex':
    case 'audit_claude':
      return {
        schema_version: 'plan_orchestrator.audit_report.v1',
        audit_lane: auditLane(call.lane),
        ...identity,
        summary: 'Scripted audit found nothing to report.',
        overall_verdict: 'pass',
        audited_artifacts: [],
        positive_signals: ['Scripted audit: no issues.'],
        limitations: [],
        findings: [],
        next_recommended_state: 'pass'
      }
    case 'triage':
      return {
        schema_version: 'plan_orchestrator.triage_report.v1',
        stage: 'triage',
        ...identity,
        summary: 'Scripted triage: nothing blocks the item.',
        overall_decision: 'pass',
        reasoning_notes: [],
        merged_findings: [],
        suppressed_findings: [],
        next_stage: 'passed'
      }
  }
}

function auditLane(lane: Lane): 'codex' | 'claude' {
  return lane === 'audit_claude' ? 'claude' : 'codex'
}

function noRedGreen(): Record<string, unknown> {
  return {
    required: false,
    tests_added_or_updated: [],
    red_commands: [],
    red_failure_evidence: 'Not required for this item.',
    green_commands: [],
    green_pass_evidence: 'Not required for this item.'
  }
}

function withinScope(): Record<string, unknown> {
  return {
    status: 'within_scope',
    notes: 'Scripted changes stay inside the allowed roots.',
    scope_exceptions: []
  }
}
