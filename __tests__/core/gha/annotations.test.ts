import type { Annotation } from '../../../src/core/gha/annotations.js'
import { annotationsFor } from '../../../src/core/gha/annotations.js'
import type {
  MergedFinding,
  MergedFindingsPacket,
  VerificationReport
} from '../../../src/core/schemas/reports.js'
import {
  MergedFindingsPacketSchema,
  VerificationReportSchema
} from '../../../src/core/schemas/reports.js'

const PLAYBOOK = 'docs/PLAYBOOK.md'

type Command = VerificationReport['command_results'][number]

function command(overrides: Partial<Command>): Command {
  return {
    label: 'unit tests',
    command: 'npm test',
    exit_code: 0,
    status: 'pass',
    failure_kind: null,
    required: true,
    log_path: null,
    timeout_sec: 600,
    ...overrides
  }
}

function verification(commands: Command[]): VerificationReport {
  return VerificationReportSchema.parse({
    schema_version: 'plan_orchestrator.verification_report.v1',
    generated_at_utc: '2026-04-05T11:00:00Z',
    stage: 'verify',
    item_id: '01',
    attempt_number: 1,
    summary: 'verification ran',
    overall_result: commands.some((c) => c.status === 'fail') ? 'fail' : 'pass',
    command_results: commands,
    artifact_checks: [],
    scope_check: { status: 'pass', out_of_scope_paths: [], note: '' },
    next_recommended_state: 'audit'
  })
}

let counter = 0
function finding(overrides: Partial<MergedFinding>): MergedFinding {
  counter += 1
  return {
    canonical_id: `F${String(counter).padStart(4, '0')}`,
    title: 'Unchecked input',
    severity: 'high',
    category: 'correctness',
    disposition: 'actionable',
    recommended_owner: 'codex_fix',
    source_refs: [{ source_type: 'codex_audit', source_id: 'A1' }],
    file_paths: ['src/a.ts:12'],
    evidence: [],
    recommended_action: 'Validate the input.',
    acceptance_check: 'a test covers it',
    is_blocking: false,
    ...overrides
  }
}

function packet(findings: MergedFinding[]): MergedFindingsPacket {
  const lane = { status: 'reported', overall_verdict: 'issues_found', summary: 'found things' }
  return MergedFindingsPacketSchema.parse({
    schema_version: 'plan_orchestrator.merged_findings_packet.v1',
    item_id: '01',
    attempt_number: 1,
    mutation_report_control: {
      stage: 'execute',
      verdict: 'implemented',
      next_recommended_state: 'verify',
      summary: '',
      signals: [],
      signal_refs: [],
      unresolved_items: []
    },
    verification_summary: {
      overall_result: 'pass',
      summary: '',
      failed_required_commands: [],
      failed_artifact_checks: [],
      scope_check_status: 'pass'
    },
    codex_audit_summary: lane,
    claude_audit_summary: lane,
    merged_findings: findings,
    suppressed_findings: []
  })
}

const ofLevel = (annotations: Annotation[], level: Annotation['level']) =>
  annotations.filter((annotation) => annotation.level === level)

describe('annotationsFor: verification', () => {
  it('gives one error per failed command, without a file', () => {
    const annotations = annotationsFor({
      playbookPath: PLAYBOOK,
      verification: verification([
        command({ label: 'lint', command: 'npm run lint', status: 'pass' }),
        command({
          label: 'unit',
          command: 'npm test',
          status: 'fail',
          exit_code: 1,
          log_path: 'logs/unit.log'
        }),
        command({
          label: 'e2e',
          command: 'npm run e2e',
          status: 'fail',
          exit_code: null,
          failure_kind: 'timeout',
          timeout_sec: 300,
          required: false
        }),
        command({ label: 'docs', command: 'npm run docs', status: 'skipped', exit_code: null })
      ])
    })
    expect(annotations).toEqual([
      {
        level: 'error',
        title: 'Verification failed: unit',
        message: `npm test exited 1 (command from ${PLAYBOOK}); log: logs/unit.log`
      },
      {
        level: 'error',
        title: 'Verification failed: e2e (optional)',
        message: `npm run e2e timed out after 300s (command from ${PLAYBOOK})`
      }
    ])
  })
})

describe('annotationsFor: findings', () => {
  it('maps severities to levels: critical and high error, medium warning, low and info notice', () => {
    const annotations = annotationsFor({
      playbookPath: PLAYBOOK,
      findings: packet(
        (['critical', 'high', 'medium', 'low', 'info'] as const).map((severity) =>
          finding({ severity, title: `a ${severity} finding` })
        )
      )
    })
    expect(annotations.map((annotation) => [annotation.level, annotation.title])).toEqual([
      ['error', 'critical correctness: a critical finding'],
      ['error', 'high correctness: a high finding'],
      ['warning', 'medium correctness: a medium finding'],
      ['notice', 'low correctness: a low finding'],
      ['notice', 'info correctness: a info finding']
    ])
  })

  it('points at the file and line in the forms auditors write them', () => {
    const locations = annotationsFor({
      playbookPath: PLAYBOOK,
      findings: packet([
        finding({ file_paths: ['src/a.ts:12'] }),
        finding({ file_paths: ['./src/b.ts:7:3'] }),
        finding({ file_paths: ['src/c.ts#L40-L44'] }),
        finding({ file_paths: ['src/d.ts:5-9'] }),
        finding({
          file_paths: ['src/e.ts'],
          evidence: ['see `src/e.ts:88` where the value escapes']
        })
      ])
    }).map(({ file, startLine }) => [file, startLine])
    expect(locations).toEqual([
      ['src/a.ts', 12],
      ['src/b.ts', 7],
      ['src/c.ts', 40],
      ['src/d.ts', 5],
      ['src/e.ts', 88]
    ])
  })

  it('skips findings without a line, outside the repository, or dismissed', () => {
    const annotations = annotationsFor({
      playbookPath: PLAYBOOK,
      findings: packet([
        finding({ file_paths: [] }),
        finding({ file_paths: ['src/a.ts'] }),
        finding({ file_paths: ['src/a.ts'], evidence: ['other/file.ts:3 is unrelated'] }),
        finding({ file_paths: ['../outside.ts:3'] }),
        finding({ file_paths: ['/etc/passwd:1'] }),
        finding({ file_paths: ['src/a.ts:0'] }),
        finding({ disposition: 'false_positive' }),
        finding({ disposition: 'duplicate' })
      ])
    })
    expect(annotations).toEqual([])
  })

  it('keeps messages and titles on one line and within 1000 characters', () => {
    const [annotation] = annotationsFor({
      playbookPath: PLAYBOOK,
      findings: packet([
        finding({
          title: 'first line\nsecond line\r\n::error::forged',
          recommended_action: 'x'.repeat(5000)
        })
      ])
    })
    expect(annotation?.title).not.toMatch(/[\r\n]/)
    expect(annotation?.message).not.toMatch(/[\r\n]/)
    expect(annotation?.message.length).toBeLessThanOrEqual(1000)
    expect(annotation?.message.endsWith('…')).toBe(true)
    expect(annotation?.title).toBe('high correctness: first line second line ::error::forged')
  })
})

describe('annotationsFor: the per-level cap', () => {
  it('keeps exactly 10 of a level, the last saying how many more there are', () => {
    const annotations = annotationsFor({
      playbookPath: PLAYBOOK,
      verification: verification([command({ status: 'fail', exit_code: 2 })]),
      findings: packet([
        ...Array.from({ length: 24 }, (_, index) =>
          finding({ file_paths: [`src/f${index}.ts:1`] })
        ),
        ...Array.from({ length: 10 }, () => finding({ severity: 'medium' })),
        finding({ severity: 'low' })
      ])
    })
    const errors = ofLevel(annotations, 'error')
    expect(errors).toHaveLength(10)
    expect(errors[0]?.title).toBe('Verification failed: unit tests')
    expect(errors.slice(1, 9).map((error) => error.file)).toEqual(
      Array.from({ length: 8 }, (_, index) => `src/f${index}.ts`)
    )
    expect(errors[9]).toEqual({
      level: 'error',
      title: '16 more error annotations',
      message: expect.stringMatching(/^… and 16 more error annotations/)
    })
    // Exactly at the cap: nothing is summarized away.
    expect(ofLevel(annotations, 'warning')).toHaveLength(10)
    expect(ofLevel(annotations, 'warning').every((warning) => warning.file === 'src/a.ts')).toBe(
      true
    )
    expect(ofLevel(annotations, 'notice')).toHaveLength(1)
  })

  it('gives nothing when there is nothing to show', () => {
    expect(annotationsFor({ playbookPath: PLAYBOOK })).toEqual([])
  })
})
