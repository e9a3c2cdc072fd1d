import { execFileSync, spawnSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { PROJECT_ROOT } from '../helpers/bundled-cli.js'

/**
 * A newcomer's first hour, as a test: a fresh clone, `npm ci && npm run demo`, and every next
 * step the demo prints pasted into a new shell that has no `plan-orchestrator` and no $USER;
 * and the release tarball installed globally into an empty prefix. Slow (npm ci, npm pack):
 * each step waits for its process, never for a clock.
 */

const SLOW = 20 * 60 * 1000

/** A new login shell's environment: no $USER, no plan-orchestrator, node and git on PATH. */
function newShellEnv(home: string): NodeJS.ProcessEnv {
  return {
    PATH: `${dirname(process.execPath)}:/usr/local/bin:/usr/bin:/bin`,
    HOME: home,
    LANG: 'C'
  }
}

function run(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv }
): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** The commands under "Next steps", as they would be pasted: the indented lines that follow. */
function nextSteps(stdout: string): string[] {
  const lines = stdout.split('\n')
  const start = lines.findIndex((line) => line.startsWith('Next steps'))
  expect(start).toBeGreaterThanOrEqual(0)
  const block: string[] = []
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('  ')) break
    block.push(line.slice(2))
  }
  return block
}

interface RunSummary {
  run_id: string
  status_level: string
  progress: { passed: number; selected: number; not_selected: string[] }
  items: Array<{ item_id: string; terminal_state: string; selected: boolean }>
}

describe('a newcomer', () => {
  it(
    'from a fresh clone: npm ci && npm run demo, then every printed next step works pasted into a new shell',
    () => {
      const root = mkdtempSync(join(tmpdir(), 'po-newcomer-'))
      const clone = join(root, 'plan-orchestrator')
      execFileSync('git', ['clone', '--quiet', PROJECT_ROOT, clone])
      // The bundles under test. In CI they equal the committed ones (scripts/check-generated.sh).
      rmSync(join(clone, 'dist'), { recursive: true, force: true })
      cpSync(join(PROJECT_ROOT, 'dist'), join(clone, 'dist'), { recursive: true })

      const install = run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], {
        cwd: clone
      })
      expect(install.stderr).not.toContain('npm error')
      expect(install.code).toBe(0)
      const demo = run('npm', ['run', 'demo'], { cwd: clone })
      expect(demo.code).toBe(0)

      const steps = nextSteps(demo.stdout)
      const script = steps.join('\n')
      expect(script).not.toMatch(/\$USER|\$\{?[A-Za-z_]|npx /)
      // Not installed: the steps name the bundle that ran the demo.
      expect(script).toContain(`node ${join(clone, 'dist', 'cli', 'index.js')} mark-manual-gate`)
      const commands = steps.filter((line) => !line.startsWith('#'))
      expect(commands.length).toBeGreaterThanOrEqual(5)

      const home = join(root, 'home')
      mkdirSync(home)
      const elsewhere = mkdtempSync(join(tmpdir(), 'po-newcomer-shell-'))
      const env = newShellEnv(home)
      expect(
        run('bash', ['-c', 'command -v plan-orchestrator'], { cwd: elsewhere, env }).code
      ).toBe(1)
      // Each step pasted into a new shell of its own, in the printed order.
      for (const command of commands) {
        const pasted = run('bash', ['-c', command], { cwd: elsewhere, env })
        expect(pasted.stderr).not.toMatch(/^error:|internal error/m)
        expect([command, pasted.code]).toEqual([command, 0])
      }

      // Every item of the demo has passed: 01 and 02 in the first run, 03 in the second.
      const repo = /^cd (\S+) && /.exec(commands[0] ?? '')?.[1] ?? ''
      expect(repo).toMatch(/plan-orchestrator-demo-/)
      const status = run(
        process.execPath,
        [
          join(clone, 'dist', 'cli', 'index.js'),
          'status',
          '--all',
          '--format',
          'json',
          '--exit-code'
        ],
        { cwd: repo, env }
      )
      expect(status.code).toBe(0)
      const runs = JSON.parse(status.stdout) as RunSummary[]
      expect(runs).toHaveLength(2)
      for (const summary of runs) {
        expect(summary.status_level).toBe('ok')
        expect(summary.progress.passed).toBe(summary.progress.selected)
      }
      const passed = runs
        .flatMap((summary) => summary.items)
        .filter((item) => item.terminal_state === 'passed')
        .map((item) => item.item_id)
        .sort()
      expect(passed).toEqual(['01', '02', '03'])
    },
    SLOW
  )

  it(
    'installs the release tarball globally with no runtime dependencies, and it runs',
    () => {
      const root = mkdtempSync(join(tmpdir(), 'po-pack-'))
      const packed = run('npm', ['pack', '--json', '--pack-destination', root], {
        cwd: PROJECT_ROOT
      })
      expect(packed.code).toBe(0)
      const [tarball] = JSON.parse(packed.stdout) as Array<{
        filename: string
        files: Array<{ path: string }>
      }>
      const files = new Set(tarball?.files.map((file) => file.path))
      // Every relative link of the README and the docs resolves inside the package.
      for (const doc of [...files].filter(
        (path) => path.endsWith('.md') && !path.startsWith('dist/')
      )) {
        const text = readFileSync(join(PROJECT_ROOT, doc), 'utf8')
        for (const [, target = ''] of text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
          if (/^[a-z]+:/.test(target)) continue
          const resolved = join(dirname(doc), target).replace(/\/$/, '')
          const inside = [...files].some(
            (path) => path === resolved || path.startsWith(`${resolved}/`)
          )
          expect(`${doc} → ${target}: ${inside ? 'in the package' : 'missing'}`).toBe(
            `${doc} → ${target}: in the package`
          )
        }
      }

      const prefix = join(root, 'prefix')
      mkdirSync(prefix)
      const installed = run(
        'npm',
        [
          'install',
          '--global',
          '--prefix',
          prefix,
          '--no-audit',
          '--no-fund',
          join(root, tarball?.filename ?? '')
        ],
        { cwd: root }
      )
      expect(installed.code).toBe(0)
      const packageDir = join(prefix, 'lib', 'node_modules', 'plan-orchestrator')
      expect(existsSync(join(packageDir, 'dist', 'cli', 'index.js'))).toBe(true)
      const dependencies = join(packageDir, 'node_modules')
      expect(existsSync(dependencies) ? readdirSync(dependencies) : []).toEqual([])
      expect(readdirSync(join(prefix, 'lib', 'node_modules'))).toEqual(['plan-orchestrator'])

      const home = mkdtempSync(join(tmpdir(), 'po-pack-home-'))
      const env = { ...newShellEnv(home), PATH: `${join(prefix, 'bin')}:${newShellEnv(home).PATH}` }
      const help = run('plan-orchestrator', ['--help'], { cwd: home, env })
      expect(help.code).toBe(0)
      expect(help.stdout).toContain('Usage: plan-orchestrator')
      const demoDir = join(home, 'demo')
      const demo = run('plan-orchestrator', ['demo', '--dir', demoDir, '--quiet'], {
        cwd: home,
        env
      })
      expect(demo.code).toBe(0)
      // Installed on PATH: the printed steps use the command itself.
      expect(demo.stdout).toContain(` && plan-orchestrator status --run-id RUN_`)
    },
    SLOW
  )
})
