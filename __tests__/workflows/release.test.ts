import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser'
import { VERSION } from '../../src/cli/program.js'
import {
  type Plain,
  type PlainMap,
  isMap,
  map,
  readActionMetadata,
  toPlain
} from '../helpers/action-metadata.js'
import { PROJECT_ROOT } from '../helpers/bundled-cli.js'

/**
 * Release hygiene: the release workflow, CI on every supported Node.js, Dependabot, the
 * declared Node.js versions, the marketplace limits of the actions, and the top-level files a
 * user looks for before adopting the project.
 */

function read(path: string): string {
  return readFileSync(join(PROJECT_ROOT, path), 'utf8')
}

function workflow(path: string): { errors: string[]; doc: PlainMap } {
  const result = parseWorkflow({ name: path, content: read(path) }, new NoOperationTraceWriter())
  const value = result.value === undefined ? null : toPlain(result.value)
  return {
    errors: result.context.errors.getErrors().map((error) => error.message),
    doc: isMap(value) ? value : {}
  }
}

function steps(job: Plain | undefined): PlainMap[] {
  const list = map(job)['steps']
  return (Array.isArray(list) ? list : []).map(map)
}

function runText(job: Plain | undefined): string {
  return steps(job)
    .map((step) => String(step['run'] ?? ''))
    .join('\n')
}

const SUPPORTED = read('.ci/node-versions')
  .split('\n')
  .filter((line) => /^\d+$/.test(line))
  .map(Number)

describe('the release workflow', () => {
  const { errors, doc } = workflow('.github/workflows/release.yml')
  const jobs = map(doc['jobs'])

  it('runs only for version tags, with nothing granted at the top', () => {
    expect(errors).toEqual([])
    const on = map(doc['on'])
    expect(Object.keys(on)).toEqual(['push'])
    expect(Object.keys(map(on['push']))).toEqual(['tags'])
    expect(map(on['push'])['tags']).toEqual(['v[0-9]+.[0-9]+.[0-9]+', 'v[0-9]+.[0-9]+.[0-9]+-*'])
    expect(doc['permissions']).toEqual({})
  })

  it('publishes only after checking the tag, the generated files and the bundled CLI', () => {
    const verify = jobs['verify']
    expect(map(verify)['permissions']).toEqual({ contents: 'read' })
    const checks = runText(verify)
    expect(checks).toContain('if [ "$TAG" != "v$version" ]')
    expect(checks).toContain('bash scripts/check-generated.sh')
    expect(checks).toContain('bash scripts/smoke-cli.sh')
    expect(checks).toContain('npm pack')
    const publish = map(jobs['publish'])
    expect(publish['needs']).toBe('verify')
    expect(publish['permissions']).toEqual({ contents: 'write' })
    expect(runText(publish)).toContain('gh release create "$TAG"')
  })

  it('moves the major tag, except for a pre-release', () => {
    const move = steps(jobs['publish']).find((step) =>
      String(step['run'] ?? '').includes('major=${TAG%%.*}')
    )
    expect(move).toBeDefined()
    expect(move?.['if']).toBe("${{ !contains(github.ref_name, '-') }}")
    expect(String(move?.['run'])).toContain('git/refs/tags/$major')
  })

  it('keeps tokens out of scripts: they reach the steps through env only', () => {
    for (const [id, job] of Object.entries(jobs)) {
      for (const step of steps(job)) {
        const script = String(step['run'] ?? '')
        expect([id, /\$\{\{[^}]*(secrets\.|github\.token)/.test(script)]).toEqual([id, false])
        expect([id, /x-access-token|https:\/\/[^ ]*@github/.test(script)]).toEqual([id, false])
      }
    }
  })

  it('takes the release notes from the version section of the changelog', () => {
    const changelog = join(mkdtempSync(join(tmpdir(), 'po-notes-')), 'CHANGELOG.md')
    writeFileSync(
      changelog,
      [
        '# Changelog',
        '',
        '## [Unreleased]',
        '',
        '- next',
        '',
        '## [1.2.0] - 2026-12-01',
        '',
        '- added a thing',
        '',
        '## [1.2.0-rc.1] - 2026-11-20',
        '',
        '- candidate',
        ''
      ].join('\n')
    )
    const notes = (version: string) =>
      spawnSync('bash', [join(PROJECT_ROOT, 'scripts', 'release-notes.sh'), version, changelog], {
        encoding: 'utf8'
      })
    expect(notes('1.2.0').stdout).toBe('\n- added a thing\n')
    expect(notes('1.2.0-rc.1').stdout).toBe('\n- candidate\n')
    const missing = notes('1.3.0')
    expect(missing.status).toBe(1)
    expect(missing.stderr).toContain('has no section ## [1.3.0]')
  })
})

describe('CI and the supported Node.js versions', () => {
  it('lists the supported majors once, oldest first, none end-of-life', () => {
    expect(SUPPORTED.length).toBeGreaterThan(0)
    expect([...SUPPORTED].sort((a, b) => a - b)).toEqual(SUPPORTED)
    expect(SUPPORTED.every((major) => major >= 22)).toBe(true)
  })

  it('declares the oldest supported version in engines and states them in the README', () => {
    const pkg = JSON.parse(read('package.json'))
    expect(pkg.engines.node).toBe(`>=${SUPPORTED[0]}`)
    const readme = read('README.md')
    expect(readme).toContain(`Node.js ${SUPPORTED.join(' or ')}`)
    expect(read('CONTRIBUTING.md')).toContain(`Node.js ${SUPPORTED.join(' or ')}`)
  })

  it('runs .ci/run in CI on each supported version', () => {
    const { errors, doc } = workflow('.github/workflows/ci.yml')
    expect(errors).toEqual([])
    const test = map(map(doc['jobs'])['test'])
    expect(map(map(test['strategy'])['matrix'])['node']).toEqual(SUPPORTED)
    const setup = steps(test).find((step) => String(step['uses']).startsWith('actions/setup-node'))
    expect(map(setup?.['with'])['node-version']).toBe('${{ matrix.node }}')
    expect(runText(test).trim()).toBe('bash .ci/run')
  })

  it('has .ci/run smoke-test the bundled CLI on every supported version', () => {
    const script = read('.ci/run')
    expect(script).toContain('.ci/node-versions')
    expect(script).toMatch(
      /for major in "\$\{supported\[@\]\}"; do\n\s+bash scripts\/smoke-cli\.sh/
    )
    expect(script).toContain('npm run -s test:contract')
  })

  it('has Dependabot update npm packages and the actions our workflows use', () => {
    const config = read('.github/dependabot.yml')
    expect(config).toMatch(/^version: 2$/m)
    expect(config).toMatch(/- package-ecosystem: npm\n\s+directory: \//)
    expect(config).toMatch(/- package-ecosystem: github-actions\n\s+directory: \//)
  })
})

describe('what a user looks for first', () => {
  it('keeps every action description within the marketplace limit of 125 characters', () => {
    for (const file of [
      'action.yml',
      'plan/action.yml',
      'gate/action.yml',
      'dispatch/action.yml'
    ]) {
      const description = String(readActionMetadata(file)['description'] ?? '')
      expect([file, description.length > 0 && description.length <= 125]).toEqual([file, true])
    }
  })

  it('has the license package.json names, a changelog, a security policy and a contributing guide', () => {
    const pkg = JSON.parse(read('package.json'))
    expect(pkg.license).toBe('MIT')
    expect(read('LICENSE')).toMatch(/^MIT License\n/)
    expect(read('CHANGELOG.md')).toContain('## [Unreleased]')
    const security = read('SECURITY.md')
    expect(security).toContain('security/advisories/new')
    expect(security).toContain('## Supported versions')
    const contributing = read('CONTRIBUTING.md')
    for (const topic of [
      'npm run test:contract',
      'npm run build',
      'check-generated.sh',
      '## Releasing'
    ])
      expect([topic, contributing.includes(topic)]).toEqual([topic, true])
    for (const file of ['LICENSE', 'CHANGELOG.md', 'SECURITY.md', 'CONTRIBUTING.md', 'docs'])
      expect([file, pkg.files.includes(file)]).toEqual([file, true])
  })

  it('reports the version package.json declares', () => {
    expect(VERSION).toBe(JSON.parse(read('package.json')).version)
  })

  it('passes the same agent secrets in the README, the example and docs/github-action.md', () => {
    const names = (text: string) =>
      [...text.matchAll(/^\s+([A-Z_]+_API_KEY): \$\{\{ secrets\.\1 \}\}$/gm)]
        .map((m) => m[1])
        .sort()
    const example = names(read('examples/workflows/plan-orchestrator.yml'))
    expect(example).toEqual(['ANTHROPIC_API_KEY', 'CODEX_API_KEY', 'OPENAI_API_KEY'])
    expect(names(read('README.md'))).toEqual(example)
    const table = [...read('docs/github-action.md').matchAll(/^\| `([A-Z_]+_API_KEY)` \|/gm)]
      .map((m) => m[1])
      .sort()
    expect(table).toEqual(example)
  })
})
