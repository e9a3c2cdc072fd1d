import { createHash } from 'node:crypto'
import canonicalize from 'canonicalize'
import type { GhaGateRecord, GhaRunRecord } from '../schemas/gha.js'
import type { PlanItem } from '../schemas/normalized-plan.js'
import {
  type CallRecord,
  type FileDigest,
  IN_TOTO_STATEMENT_TYPE,
  PROVENANCE_PREDICATE_TYPE,
  PROVENANCE_PREDICATE_VERSION,
  type ProvenancePredicate,
  type ProvenanceStatement,
  ProvenanceStatementSchema
} from '../schemas/provenance.js'
import type {
  AuditReport,
  ManualGateRecord,
  TriageReport,
  VerificationReport
} from '../schemas/reports.js'

/**
 * The in-toto Statement of one passed item, from facts the kernel read out of the run's own
 * files. Pure and deterministic: no clock, no environment, keys sorted (RFC 8785), so building
 * it again from the same run gives the same bytes, which is what `verify` relies on.
 */

export interface ProvenanceFacts {
  readonly run: {
    readonly runId: string
    readonly baseSha: string
    readonly runBranch: string
    readonly runtimePolicy: FileDigest | null
  }
  readonly playbook: {
    readonly sourcePath: string
    readonly sourceSha256: string
    readonly snapshot: FileDigest
    readonly normalizedPlan: FileDigest
  }
  readonly planItem: PlanItem
  readonly attempt: {
    readonly number: number
    readonly fixRounds: number
    readonly remediationRounds: number
    readonly baseSha: string
    readonly checkpointSha: string
    /** base (exclusive) to checkpoint, oldest first. */
    readonly commits: readonly string[]
    readonly cycle: string
    readonly patch: FileDigest
  }
  readonly calls: ReadonlyArray<{ readonly record: CallRecord; readonly file: FileDigest }>
  readonly verification: {
    readonly report: VerificationReport
    readonly file: FileDigest
    /** Each command's log by its `log_path`; null when the log is not there. */
    readonly logs: ReadonlyMap<string, FileDigest | null>
  }
  readonly audits: {
    readonly codex: AuditFacts
    readonly claude: AuditFacts
  }
  readonly mergedFindings: FileDigest
  readonly triage: { readonly report: TriageReport; readonly file: FileDigest }
  /** For an item approved at a human gate. */
  readonly gate: {
    readonly record: Extract<ManualGateRecord, { status: 'approved' }>
    readonly file: FileDigest
    readonly github: { readonly record: GhaGateRecord; readonly file: FileDigest } | null
  } | null
  readonly evidence: readonly FileDigest[] | null
  /** The run's GitHub record, when it ran in GitHub Actions. */
  readonly gha: GhaRunRecord | null
}

/** A reported audit, or null when its lane failed. */
export type AuditFacts = { readonly report: AuditReport; readonly file: FileDigest } | null

export function buildProvenanceStatement(facts: ProvenanceFacts): ProvenanceStatement {
  const { attempt } = facts
  const predicate: ProvenancePredicate = {
    predicate_version: PROVENANCE_PREDICATE_VERSION,
    run: {
      run_id: facts.run.runId,
      base_sha: facts.run.baseSha,
      run_branch: facts.run.runBranch,
      runtime_policy: facts.run.runtimePolicy
    },
    playbook: {
      source_path: facts.playbook.sourcePath,
      source_sha256: facts.playbook.sourceSha256,
      snapshot: facts.playbook.snapshot,
      normalized_plan: facts.playbook.normalizedPlan
    },
    item: {
      item_id: facts.planItem.item_id,
      order: facts.planItem.order,
      row_sha256: planRowDigest(facts.planItem),
      prerequisites: [...facts.planItem.prerequisite_item_ids],
      manual_gate_required: facts.planItem.manual_gate.required,
      external_evidence_required: facts.planItem.external_check.required,
      attempt_number: attempt.number,
      fix_rounds: attempt.fixRounds,
      remediation_rounds: attempt.remediationRounds
    },
    change: {
      base_sha: attempt.baseSha,
      checkpoint_sha: attempt.checkpointSha,
      commits: [...attempt.commits],
      cycle: attempt.cycle,
      patch: attempt.patch
    },
    agent_calls: [...facts.calls]
      .sort((a, b) => a.record.sequence - b.record.sequence)
      .map(({ record, file }) => ({
        sequence: record.sequence,
        lane: record.lane,
        cycle: record.cycle,
        agent: record.agent,
        status: record.status,
        prompt: record.prompt,
        inputs: record.inputs,
        report: record.report,
        duration_ms: record.duration_ms,
        usage: record.usage,
        record: file
      })),
    verification: {
      report: facts.verification.file,
      overall_result: facts.verification.report.overall_result,
      commands: facts.verification.report.command_results.map((command) => ({
        label: command.label,
        command: command.command,
        required: command.required,
        exit_code: command.exit_code,
        status: command.status,
        log:
          command.log_path === null ? null : (facts.verification.logs.get(command.log_path) ?? null)
      })),
      artifact_checks: facts.verification.report.artifact_checks.map((check) => ({
        path: check.path,
        status: check.status
      })),
      scope_check: facts.verification.report.scope_check.status
    },
    audits: [auditEntry('codex', facts.audits.codex), auditEntry('claude', facts.audits.claude)],
    merged_findings: facts.mergedFindings,
    triage: { decision: facts.triage.report.overall_decision, report: facts.triage.file },
    outcome: facts.gate === null ? 'passed' : 'approved',
    gate: facts.gate === null ? null : gateEntry(facts.planItem, facts.gate),
    external_evidence: facts.evidence === null ? null : { files: [...facts.evidence] },
    producer: producerOf(facts)
  }
  return ProvenanceStatementSchema.parse({
    _type: IN_TOTO_STATEMENT_TYPE,
    subject: [
      {
        name: `checkpoint of item ${facts.planItem.item_id}`,
        digest: { gitCommit: attempt.checkpointSha }
      },
      { name: attempt.patch.path, digest: { sha256: attempt.patch.sha256 } }
    ],
    predicateType: PROVENANCE_PREDICATE_TYPE,
    predicate
  })
}

/** RFC 8785 canonical JSON: sorted keys, no insignificant whitespace. */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value)
  if (text === undefined) throw new Error('cannot write this value as canonical JSON')
  return text
}

/** The bytes of a statement file. */
export function statementText(statement: ProvenanceStatement): string {
  return canonicalJson(statement)
}

export function sha256Hex(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex')
}

/** The digest of an item's row in normalized_plan.json (canonical JSON of the row). */
export function planRowDigest(item: PlanItem): string {
  return sha256Hex(canonicalJson(item))
}

/** Every file digest a statement names (verify checks each against the run's files). */
export function fileDigestsOf(value: unknown): FileDigest[] {
  const found: FileDigest[] = []
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit)
      return
    }
    if (typeof node !== 'object' || node === null) return
    const record = node as Record<string, unknown>
    const keys = Object.keys(record)
    if (
      keys.length === 2 &&
      typeof record['path'] === 'string' &&
      typeof record['sha256'] === 'string'
    ) {
      found.push({ path: record['path'], sha256: record['sha256'] })
      return
    }
    Object.values(record).forEach(visit)
  }
  visit(value)
  return found
}

function auditEntry(
  lane: 'codex' | 'claude',
  audit: AuditFacts
): ProvenancePredicate['audits'][number] {
  if (audit === null)
    return { lane, status: 'failed', verdict: null, blocking_findings: null, report: null }
  return {
    lane,
    status: 'reported',
    verdict: audit.report.overall_verdict,
    blocking_findings: audit.report.findings.filter((finding) => finding.is_blocking).length,
    report: audit.file
  }
}

function gateEntry(
  planItem: PlanItem,
  gate: NonNullable<ProvenanceFacts['gate']>
): NonNullable<ProvenancePredicate['gate']> {
  const { decision } = gate.record
  const github = gate.github
  return {
    gate_type: planItem.manual_gate.gate_type,
    decision: 'approved',
    reviewer: github === null ? decision.decided_by : github.record.reviewer.login,
    comment: wellFormed(github === null ? decision.note : github.record.comment),
    decided_at_utc: decision.decided_at_utc,
    record: gate.file,
    source:
      github === null
        ? { kind: 'cli' }
        : {
            kind: 'github_approval',
            workflow_run_id: github.record.workflow_run_id,
            workflow_run_attempt: github.record.workflow_run_attempt,
            environment: github.record.environment,
            reviewer_id: github.record.reviewer.id,
            record: github.file
          }
  }
}

/**
 * Who produced the item: the CLI, or the item job whose link in the run's chain carries this
 * checkpoint (and the gate job that approved it).
 */
function producerOf(facts: ProvenanceFacts): ProvenancePredicate['producer'] {
  const gha = facts.gha
  if (gha === null) return { kind: 'cli' }
  const checkpoint = facts.attempt.checkpointSha
  const itemId = facts.planItem.item_id
  const produced = gha.chain.find(
    (link) => link.job === 'item' && link.item_id === itemId && link.checkpoint_ref === checkpoint
  )
  const approved =
    facts.gate === null
      ? undefined
      : gha.chain.find(
          (link) =>
            link.job === 'gate' && link.item_id === itemId && link.checkpoint_ref === checkpoint
        )
  const jobs = [produced, approved]
    .filter((link) => link !== undefined)
    .map((link) => ({
      job: link.job,
      workflow_run_id: link.workflow_run_id,
      run_attempt: link.run_attempt,
      hop: link.hop
    }))
  if (jobs.length === 0) return { kind: 'cli' }
  return {
    kind: 'github_actions',
    repository: gha.repository,
    workflow_path: gha.workflow_path,
    ref: gha.ref,
    jobs
  }
}

/** Lone surrogates (which canonical JSON refuses) as U+FFFD. */
function wellFormed(text: string): string {
  return text.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD'
  )
}
