import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Command } from 'commander'
import { z } from 'zod'
import { jsDocByProperty, renderConfigurationDoc } from '../../scripts/config-doc.js'
import { buildProgram } from '../../src/cli/program.js'
import { OPTION_DOCS } from '../../src/core/policy/option-docs.js'
import {
  DEFAULT_OPTIONS,
  OPTION_ENV,
  OPTION_NAMES,
  RuntimeOptionsSchema
} from '../../src/core/policy/runtime-policy.js'
import { PROJECT_ROOT } from '../helpers/bundled-cli.js'

/** docs/configuration.md is generated from the runtime-policy definitions, never by hand. */

const POLICY_SOURCE = join(PROJECT_ROOT, 'src', 'core', 'policy', 'runtime-policy.ts')

function program(): Command {
  return buildProgram(
    { stdout: () => undefined, stderr: () => undefined, env: {}, cwd: PROJECT_ROOT },
    () => undefined
  )
}

function rowOf(text: string, key: string): string[] {
  const line = text.split('\n').find((row) => row.startsWith(`| \`${key}\` |`))
  expect(line).toBeDefined()
  return (line ?? '').split(' | ').map((cell) => cell.replace(/^\| |\s\|$/g, ''))
}

describe('docs/configuration.md', () => {
  const rendered = renderConfigurationDoc({
    schema: RuntimeOptionsSchema,
    defaults: DEFAULT_OPTIONS,
    env: OPTION_ENV,
    meanings: { ...OPTION_DOCS, ...Object.fromEntries(jsDocByProperty(POLICY_SOURCE)) },
    program: program()
  })

  it('is what the generator makes of the current definitions (npm run build)', () => {
    expect(readFileSync(join(PROJECT_ROOT, 'docs', 'configuration.md'), 'utf8')).toBe(rendered.text)
  })

  it('has a row for every key: default, variable, flag and meaning', () => {
    expect(rendered.undocumented).toEqual([])
    for (const key of OPTION_NAMES) {
      const [, defaultCell, , variable, , meaning] = rowOf(rendered.text, key)
      const value = DEFAULT_OPTIONS[key]
      const text = JSON.stringify(value)
      // A table-sized default (the model prices) is shown whole in the file below the table.
      const table = typeof value === 'object' && value !== null && text.length > 80
      expect(defaultCell).toBe(
        value === null ? 'none' : table ? 'see the file below' : `\`${text}\``
      )
      expect(variable).toBe(OPTION_ENV[key] === undefined ? '—' : `\`${OPTION_ENV[key]}\``)
      expect(meaning?.length).toBeGreaterThan(10)
    }
    expect(rowOf(rendered.text, 'execution_timeout_sec')[1]).toBe('`7200`')
    expect(rowOf(rendered.text, 'model_prices')[1]).toBe('see the file below')
    expect(rendered.text).toContain(
      `"model_prices": ${JSON.stringify(DEFAULT_OPTIONS.model_prices, null, 2).replaceAll('\n', '\n    ')}`
    )
    expect(rowOf(rendered.text, 'max_items')[4]).toBe('`--max-items` (run, supervise run)')
    expect(rowOf(rendered.text, 'codex_reasoning_effort')[2]).toBe(
      '`minimal`, `low`, `medium`, `high`, `xhigh`'
    )
  })

  it('picks up a key added to the definitions without any edit to the generator', () => {
    const dir = mkdtempSync(join(tmpdir(), 'po-config-doc-'))
    const source = join(dir, 'policy.ts')
    writeFileSync(
      source,
      [
        'export const Schema = z.strictObject({',
        '  /** The OS user the agents run as; null runs them as the invoking user. */',
        '  agent_user: z.string().nullable()',
        '})'
      ].join('\n')
    )
    const withFlag = new Command('plan-orchestrator').addCommand(
      new Command('resume').option('--agent-user <name>', 'the agent user')
    )
    const extended = renderConfigurationDoc({
      schema: RuntimeOptionsSchema.extend({ agent_user: z.string().nullable() }),
      defaults: { ...DEFAULT_OPTIONS, agent_user: null },
      env: { ...OPTION_ENV, agent_user: 'PLAN_ORCHESTRATOR_AGENT_USER' },
      meanings: {
        ...OPTION_DOCS,
        ...Object.fromEntries(jsDocByProperty(POLICY_SOURCE)),
        ...Object.fromEntries(jsDocByProperty(source))
      },
      program: withFlag
    })
    expect(rowOf(extended.text, 'agent_user')).toEqual([
      '`agent_user`',
      'none',
      'string or `null`',
      '`PLAN_ORCHESTRATOR_AGENT_USER`',
      '`--agent-user` (resume)',
      'The OS user the agents run as; null runs them as the invoking user.'
    ])
    expect(extended.text).toContain('"agent_user": null')
    expect(extended.undocumented).toEqual([])

    const bare = renderConfigurationDoc({
      schema: RuntimeOptionsSchema.extend({ max_widget_bytes: z.int().min(4096) }),
      defaults: { ...DEFAULT_OPTIONS, max_widget_bytes: 16777216 },
      env: OPTION_ENV,
      meanings: { ...OPTION_DOCS, ...Object.fromEntries(jsDocByProperty(POLICY_SOURCE)) },
      program: program()
    })
    expect(bare.undocumented).toEqual(['max_widget_bytes'])
    expect(rowOf(bare.text, 'max_widget_bytes')).toEqual([
      '`max_widget_bytes`',
      '`16777216`',
      'integer ≥ 4096',
      '—',
      '—',
      '(not documented yet)'
    ])
  })
})
