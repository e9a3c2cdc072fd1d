import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync } from 'node:fs'
import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import type { AgentRequest, Lane } from '../../../src/kernel/ports.js'

export const FAKES_DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'fake-agents')
export const FAKE_CODEX = join(FAKES_DIR, 'codex')
export const FAKE_CLAUDE = join(FAKES_DIR, 'claude')

/** A small audit schema carrying the 2020-12 dialect line, as the reference's schemas do. */
export const AUDIT_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'plan_orchestrator.audit_report.v1',
  type: 'object',
  additionalProperties: false,
  required: ['schema_version'],
  properties: { schema_version: { type: 'string' } }
}

/** A temp area per test: a git worktree, a control dir and a report dir. */
export interface AgentSandbox {
  readonly root: string
  readonly worktree: string
  readonly controlDir: string
  readonly reportDir: string
  readonly schemaPath: string
  readonly journalPath: string
  request(lane: Lane, overrides?: Partial<AgentRequest>): AgentRequest
  writeScenario(scenario: unknown): string
  journal(): Record<string, unknown>[]
  remove(): void
}

const REPORT_NAMES: Record<Lane, (cycle: string) => string> = {
  execute: () => 'execution_report.round-0.json',
  fix: (cycle) => `fix_report.${cycle.replace(/^fix\./, '')}.json`,
  remediation: (cycle) => `remediation_report.${cycle.replace(/^remediation\./, '')}.json`,
  audit_codex: (cycle) => `codex_audit_report.${cycle}.json`,
  audit_claude: (cycle) => `claude_audit_report.${cycle}.json`,
  triage: (cycle) => `triage_report.${cycle}.json`
}

const DEFAULT_CYCLES: Record<Lane, string> = {
  execute: 'execute.round-0',
  fix: 'fix.round-1',
  remediation: 'remediation.round-1',
  audit_codex: 'execute.round-0',
  audit_claude: 'execute.round-0',
  triage: 'execute.round-0'
}

export function createAgentSandbox(): AgentSandbox {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'plan-orchestrator-agents-')))
  const worktree = join(root, 'worktree')
  const controlDir = join(root, 'control')
  const reportDir = join(root, 'reports')
  for (const dir of [worktree, controlDir, reportDir]) mkdirSync(dir, { recursive: true })
  execFileSync('git', ['init', '-q', worktree])
  const schemaPath = join(controlDir, 'audit_report.schema.json')
  writeFileSync(schemaPath, JSON.stringify(AUDIT_SCHEMA, null, 2))
  const journalPath = join(root, 'journal.jsonl')

  return {
    root,
    worktree,
    controlDir,
    reportDir,
    schemaPath,
    journalPath,
    request(lane, overrides = {}) {
      const cycleTag = overrides.cycleTag ?? DEFAULT_CYCLES[lane]
      const itemId = overrides.itemId ?? 'W1-01'
      const attempt = overrides.attempt ?? 1
      const promptText =
        `# ${lane} lane\n\nlane: \`${lane}\`\nitem_id: \`${itemId}\`\n` +
        `attempt_number: \`${attempt}\`\ncycle: \`${cycleTag}\`\n`
      return {
        lane,
        itemId,
        attempt,
        cycleTag,
        cwd: worktree,
        promptText,
        promptFile: join(controlDir, 'prompts', `${lane}.${cycleTag}.md`),
        schema: { name: 'audit_report', path: schemaPath, json: AUDIT_SCHEMA },
        reportPath: join(reportDir, REPORT_NAMES[lane](cycleTag)),
        logDir: join(controlDir, 'logs'),
        timeoutMs: 10_000,
        idleTimeoutMs: 0,
        killGraceMs: 200,
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
        ...overrides
      }
    },
    writeScenario(scenario) {
      const path = join(root, `scenario-${Math.random().toString(16).slice(2)}.json`)
      writeFileSync(path, JSON.stringify(scenario, null, 2))
      return path
    },
    journal() {
      let text = ''
      try {
        text = readFileSync(journalPath, 'utf8')
      } catch {
        return []
      }
      return text
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line) as Record<string, unknown>)
    },
    remove() {
      rmSync(root, { recursive: true, force: true })
    }
  }
}

/** The environment a test hands the fakes: the scenario and journal, nothing else of ours. */
export function fakeEnv(sandbox: AgentSandbox, scenarioPath?: string): Record<string, string> {
  return {
    FAKE_AGENT_JOURNAL: sandbox.journalPath,
    ...(scenarioPath ? { FAKE_AGENT_SCENARIO: scenarioPath } : {})
  }
}

/**
 * Waits until `process.kill(-pgid, 0)` throws ESRCH. Some container inits reap orphaned
 * zombies late; a group whose members are all zombies has nothing left running, so it is
 * accepted once the wait is over, but a running member never is.
 */
export async function expectGroupGone(pgid: number, waitMs = 5000): Promise<void> {
  const deadline = Date.now() + waitMs
  for (;;) {
    try {
      process.kill(-pgid, 0)
    } catch (error) {
      expect((error as NodeJS.ErrnoException).code).toBe('ESRCH')
      return
    }
    if (Date.now() > deadline) break
    await delay(50)
  }
  expect(runningMembers(pgid)).toEqual([])
}

/** Same for one process (the grandchild a fake left behind). */
export async function expectProcessGone(pid: number, waitMs = 5000): Promise<void> {
  const deadline = Date.now() + waitMs
  for (;;) {
    try {
      process.kill(pid, 0)
    } catch (error) {
      expect((error as NodeJS.ErrnoException).code).toBe('ESRCH')
      return
    }
    if (Date.now() > deadline) break
    await delay(50)
  }
  expect(processState(pid)).toBe('Z')
}

function processState(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0] ?? null
  } catch {
    return null
  }
}

function runningMembers(pgid: number): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
        return Number(fields[2]) === pgid && fields[0] !== 'Z'
      } catch {
        return false
      }
    })
    .map(Number)
}
