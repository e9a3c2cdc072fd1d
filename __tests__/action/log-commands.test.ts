import { jest } from '@jest/globals'
import { openAgentTextRelay } from '../../src/composition/actions/job-log.js'
import { issueAnnotations } from '../../src/composition/actions/item-report.js'
import { annotationsFor } from '../../src/core/gha/annotations.js'
import {
  type MergedFinding,
  type MergedFindingsPacket,
  MergedFindingsPacketSchema
} from '../../src/core/schemas/reports.js'
import { parseRunnerOutput } from '../helpers/runner-commands.js'

// What the actions write to the job log themselves, read the way the runner reads it: the
// relay's fence around text they did not write, and annotations made from agents' findings.

/** Everything the code under test writes to stdout (where @actions/core issues commands). */
function capturedStdout(run: () => void): string {
  const chunks: string[] = []
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
    chunks.push(String(chunk))
    return true
  })
  try {
    run()
  } finally {
    spy.mockRestore()
  }
  return chunks.join('')
}

const HOSTILE =
  'agent says\r::add-mask::escalated\n::warning title=Verification passed::ok\u2028::set-output name=a::b'

describe('openAgentTextRelay', () => {
  it('opens a fence with the first relayed line and closes it once', () => {
    const written: string[] = []
    const relay = openAgentTextRelay((line) => written.push(line))
    relay.close()
    expect(written).toEqual([])
    relay.line(HOSTILE)
    relay.line('second')
    relay.close()
    relay.close()
    expect(written).toHaveLength(4)
    const token = /^::stop-commands::([0-9a-f]{64})$/.exec(written[0] ?? '')?.[1]
    expect(token).toBeDefined()
    expect(written[1]).toBe(
      'agent says ::add-mask::escalated ::warning title=Verification passed::ok ::set-output name=a::b'
    )
    expect(written.slice(2)).toEqual(['second', `::${token}::`])
  })

  it('opens the fence again for a line relayed after it was closed', () => {
    const written: string[] = []
    const relay = openAgentTextRelay((line) => written.push(line))
    relay.line('one')
    relay.close()
    relay.line('::error::two')
    relay.close()
    const view = parseRunnerOutput(`${written.join('\n')}\n`)
    expect(view.commands.map((command) => command.kind)).toEqual([
      'stop',
      'resume',
      'stop',
      'resume'
    ])
    expect(view.text).toEqual(['one', '::error::two'])
  })

  it('draws a fresh token for each relay', () => {
    const tokens = new Set<string>()
    for (let k = 0; k < 20; k += 1) {
      const written: string[] = []
      openAgentTextRelay((line) => written.push(line)).line('x')
      tokens.add(written[0] ?? '')
    }
    expect(tokens.size).toBe(20)
  })

  it('writes through @actions/core so the runner sees only the fence', () => {
    const stdout = capturedStdout(() => {
      const relay = openAgentTextRelay()
      relay.line(HOSTILE)
      relay.line('##[add-mask]legacy')
      relay.close()
    })
    const view = parseRunnerOutput(stdout)
    expect(view.commands.map((command) => command.kind)).toEqual(['stop', 'resume'])
    expect(view.text).toHaveLength(2)
  })
})

function finding(overrides: Partial<MergedFinding>): MergedFinding {
  return {
    canonical_id: 'F0001',
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

describe('annotations from hostile findings', () => {
  it('issue one command each, whose title and message are exactly the finding text on one line', () => {
    const forgedTitle =
      'x::,title=Verification passed,file=README.md::y%0A%3A\r\n::warning title=Verification passed::z\u2028\u202e::error::w'
    const findings = [
      finding({ canonical_id: 'F0001', title: forgedTitle, severity: 'high' }),
      finding({
        canonical_id: 'F0002',
        title: 'medium',
        severity: 'medium',
        recommended_action: `fix it\n::add-mask::escalated\r::set-output name=terminal-state::passed`,
        file_paths: ['src/b,c:d.ts:7']
      }),
      finding({ canonical_id: 'F0003', title: '##[add-mask]legacy', severity: 'low' })
    ]
    const annotations = annotationsFor({ playbookPath: 'playbook.md', findings: packet(findings) })
    expect(annotations).toHaveLength(3)
    const view = parseRunnerOutput(capturedStdout(() => issueAnnotations(annotations)))

    expect(view.commands).toHaveLength(3)
    expect(view.text).toEqual([])
    expect(view.masks).toEqual([])
    expect(view.outputs).toEqual({})
    const [high, medium, low] = view.commands
    expect(high).toMatchObject({
      kind: 'command',
      name: 'error',
      properties: {
        title:
          'high correctness: x::,title=Verification passed,file=README.md::y%0A%3A ::warning title=Verification passed::z ::error::w',
        file: 'src/a.ts',
        line: '12'
      }
    })
    expect(medium).toMatchObject({
      name: 'warning',
      properties: { file: 'src/b,c:d.ts', line: '7' },
      data: 'medium — fix it ::add-mask::escalated ::set-output name=terminal-state::passed — F0002, actionable'
    })
    expect(low).toMatchObject({
      name: 'notice',
      properties: { title: 'low correctness: ##[add-mask]legacy' }
    })
  })
})
