import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import * as core from '@actions/core'
import { annotationCommand } from '../../src/core/gha/workflow-commands.js'
import { ControlPlaneFileSchema, DEFAULT_OPTIONS } from '../../src/core/policy/runtime-policy.js'
import { BUNDLED_CLI, type CliRun, runBundledCli } from '../helpers/bundled-cli.js'

/** Authoring help: `init` writes a starting point, `lint` checks a playbook the way a run would. */

function emptyRepo(): string {
  const repo = mkdtempSync(join(tmpdir(), 'po-init-'))
  execFileSync('git', ['init', '-q', '--initial-branch=main', repo])
  execFileSync('git', ['config', 'user.name', 'Ada'], { cwd: repo })
  execFileSync('git', ['config', 'user.email', 'ada@example.invalid'], { cwd: repo })
  return repo
}

function cli(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): CliRun {
  const clean = { GITHUB_ACTIONS: '', GITHUB_WORKSPACE: '', ...env }
  return runBundledCli(args, { cwd, env: clean })
}

const ANNOTATION = /^::error file=([^,:]+),line=(\d+),col=(\d+)::invalid playbook: (.+)$/

describe('init', () => {
  it('init && lint passes in an empty git repository, and the printed steps run as printed', () => {
    const repo = emptyRepo()
    const init = cli(['init'], repo)
    expect(init.stderr).toBe('')
    expect(init.code).toBe(0)
    for (const name of ['playbook.md', 'plan_orchestrator.json', 'scenario.json'])
      expect(init.stdout).toContain(`wrote ${name}`)
    expect(readFileSync(join(repo, '.gitignore'), 'utf8')).toBe('.local/\n')
    const config = ControlPlaneFileSchema.parse(
      JSON.parse(readFileSync(join(repo, 'plan_orchestrator.json'), 'utf8'))
    )
    expect(config.runtime_policy).toEqual(DEFAULT_OPTIONS)

    const lint = cli(['lint'], repo)
    expect([lint.code, lint.stderr, lint.stdout]).toEqual([0, '', 'playbook.md: ok (2 items)\n'])

    // The next steps, pasted: lint, commit, a scripted run of the starter items.
    const steps = init.stdout
      .slice(init.stdout.indexOf('Next steps'))
      .split('\n')
      .filter((line) => line.startsWith('  '))
      .map((line) => line.slice(2))
    const scripted = steps.findIndex((line) => line.includes('--agents scripted'))
    expect(scripted).toBeGreaterThan(0)
    expect(steps.join('\n')).toContain(
      `cd ${repo} && node ${BUNDLED_CLI} lint --playbook playbook.md`
    )
    const pasted = spawnSync('bash', ['-e', '-c', steps.slice(0, scripted + 1).join('\n')], {
      cwd: tmpdir(),
      env: { PATH: `${dirname(process.execPath)}:/usr/bin:/bin`, HOME: repo },
      encoding: 'utf8'
    })
    expect(pasted.status).toBe(0)
    const result = JSON.parse(pasted.stdout.slice(pasted.stdout.indexOf('{')))
    // Item 01 passes; item 02 stops at its gate, as the starter playbook says.
    expect(result.last_terminal_state).toBe('awaiting_human_gate')
    expect(result.current_item_id).toBe('02')
  })

  it('never overwrites a file: if one exists, it writes nothing and says which', () => {
    const repo = emptyRepo()
    writeFileSync(join(repo, 'scenario.json'), 'mine\n')
    const init = cli(['init'], repo)
    expect(init.code).toBe(1)
    expect(init.stderr).toBe(
      `error: scenario.json already exists in ${repo}; init never overwrites a file (move it away or use --dir)\n`
    )
    expect(readFileSync(join(repo, 'scenario.json'), 'utf8')).toBe('mine\n')
    expect(existsSync(join(repo, 'playbook.md'))).toBe(false)
    expect(existsSync(join(repo, 'plan_orchestrator.json'))).toBe(false)
    expect(existsSync(join(repo, '.gitignore'))).toBe(false)
  })

  it('writes into --dir and leaves a .gitignore that already ignores .local/ alone', () => {
    const repo = emptyRepo()
    writeFileSync(join(repo, '.gitignore'), 'node_modules/\n.local/\n')
    const dir = join(repo, 'plans')
    mkdirSync(dir)
    const init = cli(['init', '--dir', 'plans'], repo)
    expect(init.code).toBe(0)
    expect(existsSync(join(dir, 'playbook.md'))).toBe(true)
    expect(readFileSync(join(repo, '.gitignore'), 'utf8')).toBe('node_modules/\n.local/\n')
    expect(existsSync(join(dir, '.gitignore'))).toBe(false)
    expect(init.stdout).toContain(`\n  cd ${dir} && `)
  })
})

describe('lint', () => {
  function brokenPlaybook(repo: string): { line01: number; line02: number } {
    cli(['init'], repo)
    const path = join(repo, 'playbook.md')
    const lines = readFileSync(path, 'utf8').split('\n')
    const line01 = lines.findIndex((line) => line.startsWith('| 01 |')) + 1
    const line02 = lines.findIndex((line) => line.startsWith('| 02 |')) + 1
    lines[line01 - 1] = (lines[line01 - 1] ?? '').replace('| docs | no |', '| docs | maybe |')
    lines[line02 - 1] = (lines[line02 - 1] ?? '').replace('| agent | 01 |', '| agent | 07 |')
    writeFileSync(path, lines.join('\n'))
    return { line01, line02 }
  }

  it('in GitHub Actions, annotates every problem on its file, line and column', () => {
    const repo = emptyRepo()
    const { line01, line02 } = brokenPlaybook(repo)
    const run = cli(['lint', '--playbook', 'playbook.md'], repo, { GITHUB_ACTIONS: 'true' })
    expect(run.code).toBe(1)
    const annotations = run.stdout.trimEnd().split('\n')
    expect(annotations).toHaveLength(2)
    const parsed = annotations.map((line) => ANNOTATION.exec(line)?.slice(1))
    expect(parsed.map((match) => match?.slice(0, 2))).toEqual([
      ['playbook.md', String(line01)],
      ['playbook.md', String(line02)]
    ])
    expect(parsed[0]?.[3]).toContain('requires_red_green')
    expect(parsed[1]?.[3]).toContain('prerequisite 07 is not an item of this playbook')
    // The same problems as plain lines on stderr, with their places.
    const places = [...run.stderr.matchAll(/^error: (playbook\.md:\d+:\d+): /gm)]
    expect(places.map((match) => match[1])).toEqual(
      parsed.map((match) => `playbook.md:${match?.[1]}:${match?.[2]}`)
    )
    expect(run.stderr).toContain('error: playbook.md: lint found 2 problems\n')

    const outside = cli(['lint', '--playbook', 'playbook.md'], repo)
    expect(outside.code).toBe(1)
    expect(outside.stdout).toBe('')
  })

  it('names annotation files relative to the workspace, from any directory', () => {
    const repo = emptyRepo()
    const { line01 } = brokenPlaybook(repo)
    const sub = join(repo, 'src')
    mkdirSync(sub)
    const run = cli(['lint'], sub, { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: repo })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(`::error file=playbook.md,line=${line01},`)
    expect(run.stderr).toContain(`error: ../playbook.md:${line01}:`)
  })

  it("checks the repository's plan_orchestrator.json and a scenario too", () => {
    const repo = emptyRepo()
    cli(['init'], repo)
    writeFileSync(
      join(repo, 'plan_orchestrator.json'),
      JSON.stringify({
        schema_version: 'plan_orchestrator.control_plane.v1',
        runtime_policy: { codex_reasoning_effort: 'extreme' }
      })
    )
    writeFileSync(join(repo, 'scenario.json'), '{"version": 2}')
    const run = cli(['lint', '--scenario', 'scenario.json'], repo, { GITHUB_ACTIONS: 'true' })
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^error: plan_orchestrator\.json: .*codex_reasoning_effort/m)
    expect(run.stderr).toMatch(/^error: scenario\.json: invalid scenario/m)
    expect(run.stdout).toMatch(
      /^::error file=plan_orchestrator\.json::invalid runtime policy: plan_orchestrator\.json: codex_reasoning_effort: /m
    )
  })

  it('a missing playbook is one line, exit 1', () => {
    const repo = emptyRepo()
    const run = cli(['lint'], repo)
    expect([run.code, run.stdout]).toEqual([1, ''])
    expect(run.stderr).toBe(
      'error: playbook.md: no such file\nerror: playbook.md: lint found 1 problem\n'
    )
  })
})

describe('workflow-command annotations', () => {
  /** A workflow command as GitHub reads it: level, properties (any order) and message. */
  function parsed(command: string): { level: string; properties: string[]; message: string } {
    const match = /^::(\w+)(?: ([^:]*))?::(.*)\n?$/s.exec(command)
    expect(match).not.toBeNull()
    return {
      level: match?.[1] ?? '',
      properties: (match?.[2] ?? '').split(',').filter(Boolean).sort(),
      message: match?.[3] ?? ''
    }
  }

  it('escape exactly as @actions/core does', () => {
    const cases = [
      { message: 'plain', file: 'playbook.md', line: 3, col: 7 },
      { message: '100% sure: a, b\nnext\r\nline', file: 'dir,with:odd%name.md', line: 1, col: 1 },
      { message: '::set-output name=x::y', file: 'p.md', line: 2, col: 9 }
    ]
    for (const { message, file, line, col } of cases) {
      const written: string[] = []
      const write = process.stdout.write
      process.stdout.write = ((chunk: string) => {
        written.push(chunk)
        return true
      }) as typeof process.stdout.write
      try {
        core.error(message, { file, startLine: line, startColumn: col, title: 'a, b: c' })
      } finally {
        process.stdout.write = write
      }
      const ours = annotationCommand('error', message, { file, line, col, title: 'a, b: c' })
      expect(ours.split('\n')).toHaveLength(2)
      expect(parsed(ours)).toEqual(parsed(written.join('')))
    }
  })

  it('starts with the file and line, as GitHub documents the command', () => {
    expect(annotationCommand('error', 'bad', { file: 'p.md', line: 4, col: 2 })).toBe(
      '::error file=p.md,line=4,col=2::bad\n'
    )
  })
})
