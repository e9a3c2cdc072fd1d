import { OPTIONAL_COLUMNS, REQUIRED_COLUMNS } from '../src/core/playbook/columns.js'

/**
 * Synthetic playbooks for benchmarks and robustness tests: every column filled, sections
 * 1 and 3–6 present, four rotating phases, every third item red/green.
 */
export interface GeneratedPlaybookOptions {
  readonly items: number
  /** When set, every fifth item depends on the range of all items before it. */
  readonly ranges?: boolean
}

const PHASES = ['docs', 'api update', 'release note', 'ops']

const HEADER = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS]

export function generatePlaybook(options: GeneratedPlaybookOptions): string {
  const width = Math.max(2, String(options.items).length)
  const id = (n: number): string => String(n).padStart(width, '0')
  const rows: string[] = []
  for (let n = 1; n <= options.items; n += 1) {
    const phase = PHASES[(n - 1) % PHASES.length] ?? 'docs'
    const redGreen = n % 3 === 0
    const prerequisites =
      n === 1
        ? 'none'
        : options.ranges === true && n % 5 === 0
          ? `${id(1)}-${id(n - 1)}`
          : id(n - 1)
    const cells = [
      id(n),
      phase,
      `Update module ${n} as planned.`,
      `Item ${n} unblocks the next one.`,
      'operator',
      prerequisites,
      `\`src/module_${n}.ts\`; docs/module_${n}.md`,
      `\`src/module_${n}.ts\``,
      `Module ${n} passes its checks.`,
      'src; docs',
      redGreen ? 'yes' : 'no',
      n % 7 === 0 ? 'approval' : 'none',
      n % 7 === 0 ? 'A maintainer signs off.' : '',
      n % 7 === 0 ? 'decision record; review notes' : '',
      n % 11 === 0 ? 'human_supplied_evidence_required' : 'none',
      n % 11 === 0 ? 'vendor confirmation' : '',
      `docs/guide_${n}.md`,
      redGreen ? `\`node test/module_${n}.test.js\`` : '',
      '`npm run lint`',
      `\`src/module_${n}.ts\``,
      `Keep module ${n} small.`
    ]
    rows.push(`| ${cells.join(' | ')} |`)
  }
  return [
    '# Generated playbook',
    '',
    '## 1. Plan Context',
    '',
    'Ship the generated modules one at a time.',
    '',
    '## 2. Ordered Execution Plan',
    '',
    `| ${HEADER.join(' | ')} |`,
    `| ${HEADER.map(() => '---').join(' | ')} |`,
    ...rows,
    '',
    '## 3. Phase Details',
    '',
    ...PHASES.flatMap((phase, k) => [`### 3.${k + 1} ${phase}`, '', `Guidance for ${phase}.`, '']),
    '## 4. Shared Guidance',
    '',
    'Keep changes reviewable.',
    '',
    '## 5. Risks And Contingencies',
    '',
    'Stop on surprises.',
    '',
    '## 6. Immediate Next Actions',
    '',
    'Start with item 1.',
    ''
  ].join('\n')
}
