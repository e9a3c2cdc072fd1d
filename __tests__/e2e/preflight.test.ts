import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { makeDemoRepo } from './harness.js'

// A run refused by preflight or by its inputs leaves nothing behind: no run directory, no branch.

const RUNS = '.local/automation/plan_orchestrator/runs'

describe('run preflight', () => {
  it('reports every problem at once, one line each, and creates nothing', () => {
    const repo = makeDemoRepo()
    writeFileSync(join(repo.root, 'README.md'), 'edited but not committed\n')
    writeFileSync(join(repo.root, '.gitignore'), '')
    repo.git('add', '.gitignore')
    repo.git('commit', '-qm', 'stop ignoring .local')
    repo.git('config', '--unset', 'user.email')
    mkdirSync(join(repo.home, '.codex'), { recursive: true })
    writeFileSync(join(repo.home, '.codex', 'config.toml'), 'model = "x"\n')
    const run = repo.cli(['run', '--playbook', 'playbook.md', '--item', '09', '--quiet'])
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    const lines = run.stderr.trim().split('\n')
    expect(lines).toEqual([
      expect.stringMatching(/^error: item 09 is not in the playbook \(items: 01, 02, 03\)$/),
      expect.stringMatching(
        /^error: ambient agent configuration found \(.*\.codex\/config\.toml\).*PLAN_ORCHESTRATOR_CLEAN_ENV_CONFIRMED=1/
      ),
      expect.stringMatching(/^error: git identity is not set \(user\.email\)/),
      expect.stringMatching(
        /^error: the checkout has uncommitted changes to tracked files \(README\.md\)/
      ),
      expect.stringMatching(/^error: \.local\/ is not ignored by git/)
    ])
    expect(existsSync(join(repo.root, RUNS))).toBe(false)
    expect(repo.git('branch', '--list', 'orchestrator/*')).toBe('')
  })

  it('accepts reviewed ambient configuration with PLAN_ORCHESTRATOR_CLEAN_ENV_CONFIRMED=1', () => {
    const repo = makeDemoRepo()
    mkdirSync(join(repo.home, '.claude'), { recursive: true })
    writeFileSync(join(repo.home, '.claude', 'settings.json'), '{}\n')
    const refused = repo.cli(['run', '--playbook', 'playbook.md', '--item', '03', '--quiet'])
    expect(refused.code).toBe(1)
    const confirmed = repo.cli(
      ['run', '--playbook', 'playbook.md', '--item', '03', '--quiet'],
      undefined,
      {
        PLAN_ORCHESTRATOR_CLEAN_ENV_CONFIRMED: '1'
      }
    )
    expect(confirmed.code).toBe(0)
  })

  it('looks for ambient configuration where CODEX_HOME and CLAUDE_CONFIG_DIR point', () => {
    const repo = makeDemoRepo()
    const codexHome = join(repo.home, 'elsewhere-codex')
    const claudeHome = join(repo.home, 'elsewhere-claude')
    mkdirSync(codexHome, { recursive: true })
    mkdirSync(claudeHome, { recursive: true })
    writeFileSync(join(codexHome, 'config.toml'), 'model = "x"\n')
    writeFileSync(join(claudeHome, 'settings.json'), '{}\n')
    const run = repo.cli(
      ['run', '--playbook', 'playbook.md', '--item', '01', '--quiet'],
      undefined,
      {
        CODEX_HOME: codexHome,
        CLAUDE_CONFIG_DIR: claudeHome
      }
    )
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(join(codexHome, 'config.toml'))
    expect(run.stderr).toContain(join(claudeHome, 'settings.json'))
    expect(existsSync(join(repo.root, RUNS))).toBe(false)
  })

  it('refuses a bad runtime policy value before creating the run', () => {
    const repo = makeDemoRepo()
    const run = repo.cli(
      ['run', '--playbook', 'playbook.md', '--item', '01', '--quiet'],
      undefined,
      {
        PLAN_ORCHESTRATOR_MAX_FIX_ROUNDS: 'two'
      }
    )
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('PLAN_ORCHESTRATOR_MAX_FIX_ROUNDS=two: expected a whole number')
    expect(existsSync(join(repo.root, RUNS))).toBe(false)
  })

  it('needs exactly one of --item, --items and --next (usage error, exit 2)', () => {
    const repo = makeDemoRepo()
    const run = repo.cli(['run', '--playbook', 'playbook.md', '--item', '01', '--next'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('give exactly one of --item, --items or --next')
  })
})
