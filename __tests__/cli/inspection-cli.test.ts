import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BUNDLED_CLI, PROJECT_ROOT, runBundledCli } from '../helpers/bundled-cli.js'
import { PLAYBOOKS_DIR } from '../conformance/corpus.js'

const DEMO = 'examples/demo/playbook.md'

describe('inspection CLI (bundled)', () => {
  it('is an executable node script that package.json exposes as plan-orchestrator', () => {
    expect(readFileSync(BUNDLED_CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
    const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8'))
    expect(pkg.bin['plan-orchestrator']).toBe('dist/cli/index.js')
  })

  it('names a missing playbook in one line, exit 1', () => {
    const run = runBundledCli(['list-items', '--playbook', 'no_such_file.md'])
    expect([run.code, run.stdout]).toEqual([1, ''])
    expect(run.stderr).toBe('error: no_such_file.md: no such file\n')
  })

  it('refuses a directory in one line, exit 1', () => {
    const run = runBundledCli(['list-items', '--playbook', '.'])
    expect([run.code, run.stdout]).toEqual([1, ''])
    expect(run.stderr).toBe('error: .: is a directory, not a playbook file\n')
  })

  it('reports invalid UTF-8 with its line and byte offset', () => {
    const run = runBundledCli(['list-items', '--playbook', 'e31_invalid_utf8.md'], {
      cwd: PLAYBOOKS_DIR
    })
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(
      /^error: e31_invalid_utf8\.md:\d+:\d+: not valid UTF-8: byte 0xff at byte offset 30/m
    )
  })

  it.each([
    [['show-item', '--playbook', DEMO], "required option '--item <id>' not specified"],
    [
      ['list-items', '--playbook', DEMO, '--format', 'text'],
      "argument 'text' is invalid. Allowed choices are table, json."
    ],
    [
      ['show-item', '--playbook', DEMO, '--item', '01', '--format', 'table'],
      "argument 'table' is invalid"
    ],
    [['list-items'], "required option '--playbook <file>' not specified"],
    [['frobnicate'], "unknown command 'frobnicate'"],
    [['list-items', '--playbok', DEMO], "unknown option '--playbok'"]
  ])('usage error %j exits 2 with a message', (args, message) => {
    const run = runBundledCli(args)
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain(message)
  })

  it('takes the playbook from PLAN_ORCHESTRATOR_PLAYBOOK_PATH when --playbook is absent', () => {
    const run = runBundledCli(['list-items'], {
      env: { PLAN_ORCHESTRATOR_PLAYBOOK_PATH: `  ${DEMO} ` }
    })
    expect(run.code).toBe(0)
    expect(run.stdout.split('\n')[2]).toMatch(/^01 +greeting +behavioral_code +yes +no +no/)
  })

  it('resolves a relative playbook against the working directory', () => {
    const run = runBundledCli(['list-items', '--playbook', 'playbook.md'], {
      cwd: join(PROJECT_ROOT, 'examples', 'demo')
    })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('03    release')
  })

  it('shows an unknown item as exit 1 with the ids it has', () => {
    const run = runBundledCli(['show-item', '--playbook', DEMO, '--item', '09'])
    expect([run.code, run.stdout]).toEqual([1, ''])
    expect(run.stderr).toBe('error: unknown item 09; this playbook has: 01, 02, 03\n')
  })

  it('prints help with the commands, options and exit codes, exit 0', () => {
    const top = runBundledCli(['--help'])
    expect(top.code).toBe(0)
    for (const word of ['list-items', 'show-item', 'normalize', 'Exit codes:'])
      expect(top.stdout).toContain(word)
    const sub = runBundledCli(['show-item', '--help'])
    expect(sub.code).toBe(0)
    for (const word of ['--playbook <file>', '--item <id>', '--format <format>', 'Example:'])
      expect(sub.stdout).toContain(word)
  })

  it('prints usage and exits 2 when given no command', () => {
    const run = runBundledCli([])
    expect(run.code).toBe(2)
    expect(run.stderr + run.stdout).toContain('Usage: plan-orchestrator')
  })

  it('normalize --output writes the plan to a file and says so', () => {
    const dir = mkdtempSync(join(tmpdir(), 'po-normalize-'))
    const output = join(dir, 'plan.json')
    const run = runBundledCli(['normalize', '--playbook', DEMO, '--output', output])
    expect(run.code).toBe(0)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe(`wrote ${output} (3 items)\n`)
    const plan = JSON.parse(readFileSync(output, 'utf8'))
    expect(plan.plan_source).toEqual(expect.objectContaining({ path: DEMO, title: 'playbook.md' }))
    expect(plan.items.map((item: { item_id: string }) => item.item_id)).toEqual(['01', '02', '03'])
  })

  it('reports every problem of a playbook at once, in file order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'po-invalid-'))
    const demo = readFileSync(join(PROJECT_ROOT, DEMO), 'utf8')
    const broken = demo
      .replace('| 02 | changelog |', '| 01 | changelog |')
      .replace('| agent | none | `docs/release-notes.md`', '| agent | 07 | `docs/release-notes.md`')
      .replace(
        '| docs | no | none |  |  | human_supplied',
        '| /docs | maybe | none |  |  | human_supplied'
      )
    writeFileSync(join(dir, 'plan.md'), broken)
    const run = runBundledCli(['normalize', '--playbook', 'plan.md'], { cwd: dir })
    expect(run.code).toBe(1)
    const lines = run.stderr.trimEnd().split('\n')
    expect(lines).toEqual([
      expect.stringMatching(
        /^error: plan\.md:13:\d+: step_id 01 is used twice \(first on line 12\).*\(item 01, column step_id\)$/
      ),
      expect.stringMatching(
        /^error: plan\.md:14:\d+: prerequisite 07 is not an item of this playbook \(item 03, column prerequisites\)$/
      ),
      expect.stringMatching(
        /^error: plan\.md:14:\d+: `allowed_write_roots` must be repo-relative: \/docs \(item 03, column allowed_write_roots\)$/
      ),
      expect.stringMatching(
        /^error: plan\.md:14:\d+: `requires_red_green` must be one of .* \(item 03, column requires_red_green\)$/
      ),
      'plan.md: invalid playbook (4 problems)'
    ])
  })
})
