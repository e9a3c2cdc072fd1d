import type { SummaryInput, SummaryStage } from '../../../src/core/gha/job-summary.js'
import {
  DEFAULT_SUMMARY_MAX_BYTES,
  GITHUB_SUMMARY_LIMIT_BYTES,
  renderJobSummary
} from '../../../src/core/gha/job-summary.js'
import type { GateReview } from '../../../src/core/review/gate-review.js'
import {
  escapeHtml,
  escapeMarkdownText,
  escapeTableCell,
  formatDuration
} from '../../../src/core/gha/summary/markdown.js'
import type {
  MergedFinding,
  MergedFindingsPacket,
  VerificationReport
} from '../../../src/core/schemas/reports.js'
import {
  MergedFindingsPacketSchema,
  VerificationReportSchema
} from '../../../src/core/schemas/reports.js'
import type { RunState } from '../../../src/core/schemas/run-state.js'
import { RunStateSchema } from '../../../src/core/schemas/run-state.js'
import { RUN_ID, runState } from '../../helpers/run-state-fixture.js'

const IMG = '<img src=x onerror=alert(1)>'
const HOSTILE = `${IMG} | injected | cell | \`\`\`\n# heading\n\`\`\` [click](https://evil.example) **bold** $x$`

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8')

function run(summary: string | null = null): RunState {
  const base = runState('ST110_AWAITING_HUMAN_GATE', '02', {
    '01': { terminal: 'passed', state: 'ST130_PASSED' },
    '02': { terminal: 'awaiting_human_gate', state: 'ST110_AWAITING_HUMAN_GATE', attempt: 2 },
    '03': {}
  })
  return RunStateSchema.parse({
    ...base,
    items: base.items.map((item) => ({ ...item, terminal_summary: summary }))
  })
}

function verification(text = 'all commands ran'): VerificationReport {
  return VerificationReportSchema.parse({
    schema_version: 'plan_orchestrator.verification_report.v1',
    generated_at_utc: '2026-04-05T11:00:00Z',
    stage: 'verify',
    item_id: '02',
    attempt_number: 2,
    summary: text,
    overall_result: 'fail',
    command_results: [
      {
        label: text,
        command: `npm test -- ${text}`,
        exit_code: 1,
        status: 'fail',
        failure_kind: 'exit_nonzero',
        required: true,
        log_path: null,
        timeout_sec: 600
      },
      {
        label: 'lint',
        command: 'npm run lint',
        exit_code: 0,
        status: 'pass',
        failure_kind: null,
        required: true,
        log_path: null,
        timeout_sec: null
      }
    ],
    artifact_checks: [{ path: `docs/${text}`, check_kind: 'exists', status: 'fail', reason: text }],
    scope_check: { status: 'fail', out_of_scope_paths: [`ops/${text}`], note: text },
    next_recommended_state: 'fix'
  })
}

function finding(index: number, overrides: Partial<MergedFinding> = {}): MergedFinding {
  return {
    canonical_id: `F${String(index).padStart(6, '0')}`,
    title: `finding ${index}`,
    severity: 'high',
    category: 'security',
    disposition: 'actionable',
    recommended_owner: 'codex_fix',
    source_refs: [{ source_type: 'claude_audit', source_id: `C${index}` }],
    file_paths: [`src/file${index}.ts:${index + 1}`],
    evidence: [],
    recommended_action: 'fix it',
    acceptance_check: 'a test covers it',
    is_blocking: true,
    ...overrides
  }
}

function findings(list: MergedFinding[], laneSummary = 'audit ran'): MergedFindingsPacket {
  return MergedFindingsPacketSchema.parse({
    schema_version: 'plan_orchestrator.merged_findings_packet.v1',
    item_id: '02',
    attempt_number: 2,
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
    codex_audit_summary: { status: 'reported', overall_verdict: 'issues_found', summary: 'ok' },
    claude_audit_summary: { status: 'inconclusive', overall_verdict: null, summary: laneSummary },
    merged_findings: list,
    suppressed_findings: []
  })
}

const PATH = [
  'ST10_ITEM_SELECTED',
  'ST15_WORKTREE_PREPARED',
  'ST20_CONTEXT_PREPARED',
  'ST30_EXECUTING',
  'ST40_VERIFYING',
  'ST50_AUDIT_PACKET_READY',
  'ST60_AUDITING_CODEX',
  'ST61_AUDITING_CLAUDE',
  'ST70_TRIAGING',
  'ST80_FIXING',
  'ST40_VERIFYING',
  'ST50_AUDIT_PACKET_READY',
  'ST60_AUDITING_CODEX',
  'ST61_AUDITING_CLAUDE',
  'ST70_TRIAGING',
  'ST110_AWAITING_HUMAN_GATE'
]

function stages(states: readonly string[] = PATH, message = 'stage done'): SummaryStage[] {
  const start = Date.parse('2026-04-05T11:00:00Z')
  return states.map((state, index) => ({
    state,
    atUtc: new Date(start + index * 61_000).toISOString().replace(/\.000Z$/, 'Z'),
    message
  }))
}

function input(overrides: Partial<SummaryInput> = {}): SummaryInput {
  return {
    run: run(),
    itemId: '02',
    stages: stages(),
    verification: verification(),
    findings: findings([finding(1), finding(2, { severity: 'low', is_blocking: false })]),
    links: {
      runUrl: 'https://github.com/o/r/actions/runs/42',
      artifactName: 'plan-orchestrator-run-42',
      runBranchUrl: 'https://github.com/o/r/tree/po/run'
    },
    next: {
      kind: 'gate',
      itemId: '02',
      environment: 'playbook-approval',
      checkpoint: 'c'.repeat(40),
      reviewers: [],
      reviewUrl: 'https://github.com/o/r/actions/runs/42'
    },
    ...overrides
  }
}

/** The ways a hostile string could escape its place, checked over a whole summary. */
function expectInert(summary: string): void {
  expect(summary).not.toContain(IMG)
  expect(summary).not.toContain('<')
  expect(summary).not.toContain('onerror=alert(1)')
  expect(summary).not.toContain('](https://evil.example)')
  expect(summary).not.toContain('**bold**')
  expect(summary).not.toMatch(/^# heading/m)
  expect(summary).not.toMatch(/\]\(javascript:/i)
  // Only the mermaid diagrams and the commands the page prints open a fence, and each closes.
  const fences = summary.split('\n').filter((line) => /^`{3,}/.test(line))
  expect(fences.length % 2).toBe(0)
  for (let index = 0; index < fences.length; index += 2)
    expect(fences[index]).toMatch(/^`{3,}(mermaid|sh)$/)
  // Every row of a table splits into as many cells as its header.
  let columns: number | undefined
  for (const line of summary.split('\n')) {
    if (!line.startsWith('|')) {
      columns = undefined
      continue
    }
    const pipes = line.match(/(?<!\\)\|/g)?.length ?? 0
    columns ??= pipes
    expect(pipes).toBe(columns)
  }
}

function mermaidBlock(summary: string): string[] {
  // The item's path (a state diagram), not the run's dependency graph.
  const match = /```mermaid\n(stateDiagram-v2\n[\s\S]*?)\n```/.exec(summary)
  if (match === null) throw new Error('no mermaid block')
  return (match[1] ?? '').split('\n')
}

describe('escaping helpers', () => {
  it('escapeHtml neutralizes the HTML metacharacters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;'
    )
  })

  it('escapeMarkdownText keeps text on one line and escapes markdown and HTML', () => {
    const escaped = escapeMarkdownText('# one\n- two `x` [a](b) <b>')
    expect(escaped).toBe('\\# one \\- two \\`x\\` \\[a\\]\\(b\\) &lt;b&gt;')
  })

  it('escapeTableCell never leaves a pipe that splits the row', () => {
    expect(escapeTableCell('a | b\\|c')).toBe('a \\| b\\\\\\|c')
  })

  it('drops bidi controls that would reorder what the reader sees', () => {
    expect(escapeMarkdownText('safe\u202Etxt.exe')).toBe('safe txt\\.exe')
  })
})

describe('formatDuration', () => {
  it.each([
    [850, '850ms'],
    [42_000, '42s'],
    [185_000, '3m 05s'],
    [7_800_000, '2h 10m'],
    [100_800_000, '1d 4h'],
    [-5, '?'],
    [Number.NaN, '?']
  ])('%p ms → %s', (milliseconds, expected) => {
    expect(formatDuration(milliseconds)).toBe(expected)
  })
})

describe('renderJobSummary: content', () => {
  it('heads with the run, the item and its terminal, and tables every item', () => {
    const summary = renderJobSummary(input({ run: run('waiting for review') }))
    const lines = summary.split('\n')
    expect(lines[0]).toBe(`## Run ${escapeMarkdownText(RUN_ID)} · item 02: awaiting\\_human\\_gate`)
    expect(summary).toContain('| Item | Action | Terminal | Attempts | Cost | Duration | Summary |')
    expect(summary).toContain('| 01 | 01 | passed | 1 | cost unknown | — | waiting for review |')
    expect(summary).toContain(
      '| **02** | 02 | **awaiting\\_human\\_gate** | 2 | cost unknown | — | waiting for review |'
    )
    expect(summary).toContain(
      '| 03 | 03 | not started | — | cost unknown | — | waiting for review |'
    )
    expect(summary).toContain('[Workflow run](https://github.com/o/r/actions/runs/42)')
    expect(summary).toContain('artifact **plan\\-orchestrator\\-run\\-42**')
  })

  it('lists the stages with the time each took', () => {
    const summary = renderJobSummary(
      input({
        stages: [
          { state: 'ST10_ITEM_SELECTED', atUtc: '2026-04-05T11:00:00Z', message: 'picked' },
          { state: 'ST15_WORKTREE_PREPARED', atUtc: '2026-04-05T11:00:42Z', message: 'tree' },
          { state: 'ST20_CONTEXT_PREPARED', atUtc: '2026-04-05T11:03:47Z', message: 'ctx' },
          { state: 'ST30_EXECUTING', atUtc: '2026-04-05T13:13:47Z', message: 'exec' }
        ]
      })
    )
    expect(summary).toContain(
      '| 1 | ST10\\_ITEM\\_SELECTED | 2026\\-04\\-05T11:00:00Z | 42s | picked |'
    )
    expect(summary).toContain(
      '| 2 | ST15\\_WORKTREE\\_PREPARED | 2026\\-04\\-05T11:00:42Z | 3m 05s | tree |'
    )
    expect(summary).toContain(
      '| 3 | ST20\\_CONTEXT\\_PREPARED | 2026\\-04\\-05T11:03:47Z | 2h 10m | ctx |'
    )
    expect(summary).toContain('| 4 | ST30\\_EXECUTING | 2026\\-04\\-05T13:13:47Z | — | exec |')
  })

  it('shows verification commands with exit code and result, and the scope check', () => {
    const summary = renderJobSummary(input())
    expect(summary).toContain('### Verification: fail')
    expect(summary).toContain(
      '| all commands ran: npm test \\-\\- all commands ran | yes | 1 | 10m 00s | **fail** |'
    )
    expect(summary).toContain('| lint: npm run lint | yes | 0 | — | pass |')
    expect(summary).toContain('Scope check: **fail**')
    expect(summary).toContain('- ops/all commands ran')
  })

  it('shows findings most severe first with location and disposition', () => {
    const summary = renderJobSummary(
      input({
        findings: findings([finding(1, { severity: 'low', is_blocking: false }), finding(2)])
      })
    )
    expect(summary).toContain('### Findings (2: 1 high, 1 low; 1 blocking)')
    const high = summary.indexOf(
      '| **high** | security | finding 2 | src/file2\\.ts:3 | actionable (blocking) |'
    )
    const low = summary.indexOf('| low | security | finding 1 | src/file1\\.ts:2 | actionable |')
    expect(high).toBeGreaterThan(0)
    expect(low).toBeGreaterThan(high)
    expect(summary).toContain('claude **inconclusive** (audit ran)')
  })

  it(`caps the findings table and points at the artifact for the rest`, () => {
    const many = Array.from({ length: 75 }, (_, index) => finding(index))
    const summary = renderJobSummary(input({ findings: findings(many) }))
    expect(summary.match(/^\| \*\*high\*\* \|/gm)).toHaveLength(50)
    expect(summary).toContain(
      '… and 25 more findings, see artifact **plan\\-orchestrator\\-run\\-42**.'
    )
  })

  it('draws the item path as a mermaid state diagram, in order', () => {
    const block = mermaidBlock(renderJobSummary(input()))
    expect(block[0]).toBe('stateDiagram-v2')
    const declared = block
      .filter((line) => line.startsWith('  state '))
      .map((line) => /^ {2}state "([^"]*)" as (s\d+)$/.exec(line)?.slice(1) ?? [])
    expect(declared.map(([label]) => label)).toEqual([...new Set(PATH)])
    const labelOf = new Map(declared.map(([label, id]) => [id, label]))
    // Reading the stage numbers on the edges back gives the item's states in order.
    const visits: Array<[number, string]> = []
    for (const line of block) {
      const edge = /^ {2}(\S+) --> (\S+)(?: : (.*))?$/.exec(line)
      if (edge === null) continue
      for (const step of (edge[3] ?? '').split(', ').filter((s) => /^\d+$/.test(s))) {
        visits.push([Number(step), labelOf.get(edge[2] ?? '') ?? '?'])
      }
    }
    visits.sort((left, right) => left[0] - right[0])
    expect(visits.map(([, label]) => label)).toEqual(PATH)
    expect(block).toContain('  [*] --> s0 : 1')
    expect(block).toContain('  s9 --> s4 : 11')
    expect(block).toContain('  s4 --> s5 : 6, 12')
    expect(block[block.length - 1]).toBe('  s10 --> [*]')
  })

  it('leaves an unfinished path open', () => {
    const block = mermaidBlock(renderJobSummary(input({ stages: stages(PATH.slice(0, 5)) })))
    expect(block[block.length - 1]).toBe('  s3 --> s4 : 5')
  })
})

describe('renderJobSummary: what happens next', () => {
  it('gate: the environment, the checkpoint and where to approve', () => {
    const summary = renderJobSummary(input())
    expect(summary).toContain('### Next: human approval')
    expect(summary).toContain('[workflow run](https://github.com/o/r/actions/runs/42)')
    expect(summary).toContain('environment **playbook\\-approval**')
    expect(summary).toContain(`checkpoint \`${'c'.repeat(40)}\` only`)
  })

  it('evidence: what is needed and how to supply it', () => {
    const summary = renderJobSummary(
      input({
        next: {
          kind: 'evidence',
          itemId: '02',
          needed: ['signed load test report', 'DPO approval'],
          evidenceDir: 'evidence/02',
          dispatch: {
            workflow: 'po.yml',
            ref: 'main',
            inputs: [
              ['playbook', 'plan.md'],
              ['run-id', 'RUN_1'],
              ['state-run-id', '41'],
              ['hop', '3'],
              ['evidence-path', 'evidence/02']
            ]
          }
        }
      })
    )
    expect(summary).toContain('### Next: external evidence')
    expect(summary).toContain('- signed load test report\n- DPO approval')
    expect(summary).toContain(
      'gh workflow run po.yml --ref main -f playbook=plan.md -f run-id=RUN_1 -f state-run-id=41 -f hop=3 -f evidence-path=evidence/02'
    )
  })

  it('continue, escalated and done', () => {
    expect(renderJobSummary(input({ next: { kind: 'continue' } }))).toContain('### Next: continue')
    const escalated = renderJobSummary(
      input({
        next: { kind: 'escalated', itemId: '02', reasons: ['budget exhausted', 'scope violation'] }
      })
    )
    expect(escalated).toContain('### Next: escalated')
    expect(escalated).toContain('- budget exhausted\n- scope violation')
    expect(
      renderJobSummary(input({ next: { kind: 'done', runBranch: 'orchestrator/run/RUN_1' } }))
    ).toContain('### Next: done')
  })

  it('caps long lists of reasons', () => {
    const reasons = Array.from({ length: 30 }, (_, index) => `reason ${index}`)
    const summary = renderJobSummary(input({ next: { kind: 'escalated', itemId: '02', reasons } }))
    expect(summary).toContain('- reason 19\n- … and 10 more')
    expect(summary).not.toContain('reason 20')
  })
})

describe('renderJobSummary: hostile text renders inert', () => {
  const hostileInput = (next: SummaryInput['next']): SummaryInput =>
    input({
      run: run(HOSTILE),
      stages: stages(['ST10_ITEM_SELECTED', HOSTILE, 'ST40_VERIFYING'], HOSTILE),
      verification: verification(HOSTILE),
      findings: findings(
        [finding(1, { title: HOSTILE, file_paths: [HOSTILE] }), finding(2, { title: '`a` | b' })],
        HOSTILE
      ),
      links: {
        runUrl: 'javascript:alert(1)',
        artifactName: HOSTILE,
        runBranchUrl: 'https://github.com/o/r/tree/x)](javascript:alert(1)'
      },
      next
    })

  it.each<[string, SummaryInput['next']]>([
    [
      'gate',
      {
        kind: 'gate',
        itemId: HOSTILE,
        environment: HOSTILE,
        checkpoint: HOSTILE,
        reviewers: [HOSTILE],
        reviewUrl: HOSTILE
      }
    ],
    [
      'evidence',
      {
        kind: 'evidence',
        itemId: HOSTILE,
        needed: [HOSTILE, HOSTILE],
        evidenceDir: HOSTILE,
        dispatch: { workflow: HOSTILE, ref: HOSTILE, inputs: [['playbook', HOSTILE]] }
      }
    ],
    ['escalated', { kind: 'escalated', itemId: '02', reasons: [HOSTILE] }],
    ['continue', { kind: 'continue' }],
    ['done', { kind: 'done', runBranch: 'orchestrator/run/RUN_1' }]
  ])('in every section (next: %s)', (_kind, next) => {
    const summary = renderJobSummary(hostileInput(next))
    expectInert(summary)
    // The hostile text is there, escaped, not dropped.
    expect(summary).toContain('&lt;img src\\=x onerror\\=alert\\(1\\)&gt;')
  })

  it('in the mermaid labels', () => {
    const block = mermaidBlock(
      renderJobSummary(hostileInput({ kind: 'done', runBranch: 'orchestrator/run/RUN_1' }))
    )
    const hostileState = block.find((line) => line.startsWith('  state ') && line.includes('#60;'))
    expect(hostileState).toMatch(/^ {2}state "[A-Za-z0-9 _.#;-]*" as s1$/)
  })

  it('in a link: only web links become links, and their destination cannot be closed early', () => {
    const summary = renderJobSummary(
      hostileInput({ kind: 'done', runBranch: 'orchestrator/run/RUN_1' })
    )
    expect(summary).toContain('Workflow run (javascript:alert\\(1\\))')
    expect(summary).toContain(
      '[view](https://github.com/o/r/tree/x%29%5D%28javascript:alert%281%29)'
    )
  })

  it('in an item id the run does not know', () => {
    const summary = renderJobSummary({ ...input(), itemId: HOSTILE })
    expectInert(summary)
    expect(summary.split('\n')[0]).toMatch(/: unknown item$/)
  })
})

describe('renderJobSummary: size bound', () => {
  const big = Array.from({ length: 20_000 }, (_, index) =>
    finding(index, {
      title: `${HOSTILE} ${'漢'.repeat(60)} ${index}`,
      evidence: ['e'.repeat(40)],
      file_paths: [`src/${'deep/'.repeat(8)}file${index}.ts:${index + 1}`]
    })
  )
  const bigPacket = findings(big)

  it('the 5 MB findings input is really that big', () => {
    expect(bytes(JSON.stringify(bigPacket))).toBeGreaterThan(5_000_000)
  })

  it('stays under the default bound with a 5 MB findings input, table capped', () => {
    const summary = renderJobSummary(input({ findings: bigPacket }))
    expect(bytes(summary)).toBeLessThanOrEqual(512 * 1024)
    expect(summary).toContain('… and 19950 more findings')
    expectInert(summary)
  })

  it('drops finding rows first when they do not fit', () => {
    const full = renderJobSummary(input({ findings: bigPacket }))
    const maxBytes = bytes(full) - 1
    const summary = renderJobSummary(input({ findings: bigPacket, maxBytes }))
    expect(bytes(summary)).toBeLessThanOrEqual(maxBytes)
    expect(summary).toContain('**Shortened to fit the job summary limit:** finding rows left out.')
    expect(summary).toContain('### Findings (20000: 20000 high; 20000 blocking)')
    expect(summary).not.toContain('| Severity |')
    expect(summary).toContain('### Stages')
    expect(summary).toContain('```mermaid')
  })

  it('drops the stages next', () => {
    const huge = stages(
      Array.from({ length: 40_000 }, (_, index) => PATH[index % PATH.length] ?? 'ST40_VERIFYING'),
      'm'.repeat(120)
    )
    const summary = renderJobSummary(input({ findings: bigPacket, stages: huge }))
    expect(bytes(summary)).toBeLessThanOrEqual(512 * 1024)
    expect(summary).toContain('finding rows, stages left out')
    expect(summary).not.toContain('### Stages')
    expect(summary).toContain('### Items')
    expect(summary).toContain('```mermaid')
  })

  it('never exceeds a tiny bound, cutting on a character boundary', () => {
    for (const maxBytes of [1, 7, 300, 1500, 4000]) {
      const summary = renderJobSummary(
        input({
          findings: bigPacket,
          run: run('😀'.repeat(300)),
          next: {
            kind: 'escalated',
            itemId: '02',
            reasons: Array.from({ length: 20 }, () => '😀漢'.repeat(400))
          },
          maxBytes
        })
      )
      expect(bytes(summary)).toBeLessThanOrEqual(maxBytes)
      expect(Buffer.from(summary, 'utf8').toString('utf8')).toBe(summary)
    }
  })

  it('never exceeds GitHub’s 1 MiB, whatever bound is asked for', () => {
    const huge = stages(
      Array.from({ length: 30_000 }, () => 'ST40_VERIFYING'),
      'm'.repeat(150)
    )
    const summary = renderJobSummary(input({ stages: huge, maxBytes: 10 * 1024 * 1024 }))
    expect(bytes(summary)).toBeLessThanOrEqual(1024 * 1024)
  })
})

describe('renderJobSummary: a gate with 500 findings stays inside GitHub limits', () => {
  const long = (index: number): string =>
    `finding ${index}: ${'the handler trusts a header it should verify '.repeat(12)}`
  function gateWith500(): GateReview {
    const auditFindings = Array.from({ length: 500 }, (_, index) => ({
      severity: (['critical', 'high', 'medium', 'low', 'info'] as const)[index % 5]!,
      location: `src/module-${index}.ts:${index + 1}`,
      message: long(index),
      blocking: index % 7 === 0
    }))
    return {
      runId: RUN_ID,
      itemId: '02',
      title: 'Harden the request handler',
      attempt: 2,
      gateType: 'approval',
      reason: 'Security-relevant change: a maintainer signs off.',
      requiredEvidence: ['threat model update'],
      checkpoint: 'c'.repeat(40),
      base: 'b'.repeat(40),
      runBranch: `orchestrator/run/${RUN_ID}`,
      attemptBranch: `orchestrator/item/${RUN_ID}/02/attempt-2`,
      changedFiles: Array.from({ length: 2000 }, (_, index) => ({
        path: `src/generated/very/deep/path/module-${index}.ts`,
        added: index,
        deleted: 1
      })),
      patchPath: `.local/automation/plan_orchestrator/runs/${RUN_ID}/items/02/attempt-2/candidate.execute.round-0.patch`,
      verification: {
        result: 'pass',
        summary: 'all commands passed',
        commands: [
          {
            label: 'test',
            command: 'npm test',
            exitCode: 0,
            status: 'pass',
            timedOut: false,
            required: true
          }
        ]
      },
      audits: [
        {
          lane: 'codex',
          verdict: 'issues_found',
          summary: 'many findings',
          findings: auditFindings
        },
        {
          lane: 'claude',
          verdict: 'issues_found',
          summary: 'many findings',
          findings: auditFindings
        }
      ],
      mergedFindings: Array.from({ length: 500 }, (_, index) =>
        finding(index, { title: long(index) })
      ),
      usage: undefined,
      decision: 'Approve or reject checkpoint cccccccccccc of item 02 (attempt 2).',
      decideCommand: `plan-orchestrator mark-manual-gate --run-id ${RUN_ID} --item 02 --decision approved|rejected --by NAME --note TEXT --checkpoint ${'c'.repeat(40)}`
    }
  }
  const gate = {
    review: gateWith500(),
    links: {
      artifactName: 'plan-orchestrator-run-42',
      compareUrl: 'https://github.com/o/r/compare/b...c'
    }
  }
  const packet = findings(
    Array.from({ length: 500 }, (_, index) => finding(index, { title: long(index) }))
  )

  it('shows the files, findings and the decision, capped, with a pointer to the artifact', () => {
    const summary = renderJobSummary(input({ gate, findings: packet }))
    expect(bytes(summary)).toBeLessThanOrEqual(DEFAULT_SUMMARY_MAX_BYTES)
    expect(summary).toContain('### What you are approving: item 02')
    expect(summary).toContain('**Changed files (2000,')
    expect(summary).toContain('… and 1900 more files, see the patch.')
    expect(summary).toContain(
      '… and 475 more codex findings, see artifact **plan\\-orchestrator\\-run\\-42**'
    )
    expect(summary).toContain('… and 450 more findings, see artifact')
    expect(summary).toContain('**Your decision:**')
    expect(summary).toContain(`--checkpoint ${'c'.repeat(40)}`)
    expectInert(summary)
  })

  it('never passes 1 MiB, whatever limit is asked for, and drops rows before the decision', () => {
    const wide = renderJobSummary(input({ gate, findings: packet, maxBytes: 10 * 1024 * 1024 }))
    expect(bytes(wide)).toBeLessThanOrEqual(GITHUB_SUMMARY_LIMIT_BYTES)
    const tight = renderJobSummary(input({ gate, findings: packet, maxBytes: 8 * 1024 }))
    expect(bytes(tight)).toBeLessThanOrEqual(8 * 1024)
    expect(tight).toContain('**Your decision:**')
    expect(tight).toContain('Shortened to fit the job summary limit')
    expect(tight).toContain('The file list is left out to fit; the patch lists them all.')
  })
})
