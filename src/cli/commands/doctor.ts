import { Command, Option } from 'commander'
import type { DoctorCheck, DoctorReport } from '../../core/run/doctor-checks.js'
import { UsageError } from '../../errors.js'
import type { CliIo } from '../io.js'
import { toJsonText } from '../json-output.js'

interface DoctorOptions {
  runId?: string
  playbook?: string
  fixSafe?: boolean
  agents?: 'codex-claude' | 'scripted'
  format: 'text' | 'json'
}

export function doctorCommand(io: CliIo, setExitCode: (code: number) => void): Command {
  return new Command('doctor')
    .description(
      "Check the environment, a playbook and a run's local state; --fix-safe rebuilds what can be rebuilt exactly."
    )
    .option('--run-id <id>', "check this run's state, branches, worktrees and artifacts")
    .option('--playbook <file>', 'check that this playbook reads and normalizes')
    .option(
      '--fix-safe',
      'rebuild normalized_plan.json from the playbook snapshot, and runtime_policy.json when it can be regenerated exactly (under the run lock)'
    )
    .addOption(
      new Option(
        '--agents <set>',
        "whose CLIs must be on PATH (default: with --run-id the run's recorded agents, else codex-claude)"
      ).choices(['codex-claude', 'scripted'])
    )
    .addOption(
      new Option('--format <format>', 'output format').choices(['text', 'json']).default('text')
    )
    .addHelpText(
      'after',
      '\nExit 0 when no check is an error (warnings allowed), 1 otherwise. Tracked files, branches,\n' +
        'worktrees, model reports and run_state.json are never rewritten.\n' +
        'Example:\n  plan-orchestrator doctor --run-id RUN_20261125T120000Z_1a2b3c4d --fix-safe'
    )
    .action(async (options: DoctorOptions) => {
      if (options.runId === undefined && options.playbook === undefined)
        throw new UsageError('give --run-id, --playbook, or both')
      const [{ createGitPort }, { runDoctor }] = await Promise.all([
        import('../../adapters/git-port.js'),
        import('../../composition/doctor.js')
      ])
      const report = await runDoctor({
        cwd: io.cwd,
        env: io.env,
        ...(options.runId === undefined ? {} : { runId: options.runId }),
        ...(options.playbook === undefined ? {} : { playbookPath: options.playbook }),
        fixSafe: options.fixSafe === true,
        ...(options.agents === undefined ? {} : { agents: options.agents }),
        git: createGitPort(),
        clock: { now: () => new Date() }
      })
      io.stdout(options.format === 'json' ? toJsonText(report) : renderDoctor(report))
      setExitCode(report.exit_code)
    })
}

export function renderDoctor(report: DoctorReport): string {
  const lines = [`DOCTOR ${report.repo_root}`, `Result: ${report.ok ? 'ok' : 'error'}`]
  for (const check of report.checks) {
    lines.push(`- ${check.name}: ${check.status}${check.detail ? ` (${check.detail})` : ''}`)
    lines.push(...followUp(check).map((line) => `    ${line}`))
  }
  lines.push(report.repairs.length === 0 ? 'Repairs: none' : 'Repairs:')
  for (const repair of report.repairs) {
    const about = repair.detail ?? repair.path
    lines.push(`- ${repair.name}: ${repair.status}${about === undefined ? '' : ` (${about})`}`)
  }
  return `${lines.join('\n')}\n`
}

/** The indented lines under a check: its checks map, then non-empty lists and errors. */
function followUp(check: DoctorCheck): string[] {
  const lines: string[] = []
  const map = check.checks
  if (typeof map === 'object' && map !== null) {
    for (const [key, value] of Object.entries(map))
      lines.push(`${key}=${value === true ? 'yes' : value === false ? 'no' : 'n/a'}`)
  }
  for (const [key, value] of Object.entries(check)) {
    if (Array.isArray(value) && value.length > 0)
      lines.push(`${key}:`, ...value.map((entry) => `  - ${listEntry(entry)}`))
    else if (key.endsWith('_error') && typeof value === 'string') lines.push(`${key}: ${value}`)
  }
  return lines
}

function listEntry(entry: unknown): string {
  if (typeof entry !== 'object' || entry === null) return String(entry)
  if ('description' in entry) return String(entry.description)
  const { item_id, key, path } = entry as { item_id?: string; key?: string; path?: string }
  return `item ${item_id ?? '?'} ${key ?? ''}: ${path ?? ''}`
}
