import type { DoctorReport } from '../core/run/doctor-checks.js'
import { type DecisionBasis, interventionFields, nothingRecorded } from './intervention-fields.js'
import { type KernelExit, type KernelInvocation, stopKernel } from './kernel-process.js'
import { type ObservedRunState, type SupervisionLedger, observeRunState } from './ledger.js'
import type { SuperviseInput } from './outcome.js'
import type { KernelProcesses } from './ports.js'

/** Interventions a supervision session makes besides launching kernels. */

/** `doctor --fix-safe` on the run, recorded as an intervention with what it repaired. */
export async function repairRun(
  input: SuperviseInput,
  ledger: SupervisionLedger,
  doctorFixSafe: (input: SuperviseInput) => Promise<DoctorReport>,
  basis: DecisionBasis
): Promise<void> {
  const report = await doctorFixSafe(input)
  const applied = report.repairs.some((repair) => repair.status === 'applied')
  await ledger.intervention({
    ...nothingRecorded(),
    ...interventionFields(basis),
    result_status: applied ? 'applied' : 'skipped',
    command: ['plan-orchestrator', 'doctor', '--run-id', input.run.runId, '--fix-safe'],
    related_paths: report.repairs.flatMap((repair) =>
      repair.path === undefined ? [] : [repair.path]
    ),
    notes: report.repairs.map((repair) => `${repair.name}: ${repair.status}`)
  })
}

/**
 * Told to stop: the launched kernel gets the same signal and the time to save and exit, and
 * the interruption is recorded with the state the run was saved at.
 */
export async function recordInterruption(
  input: SuperviseInput,
  ledger: SupervisionLedger,
  kernel: KernelInvocation | undefined,
  graceMs: number,
  processes: KernelProcesses
): Promise<{ signal: NodeJS.Signals; observed: ObservedRunState }> {
  const signal = String(input.abort.reason ?? 'SIGINT') as NodeJS.Signals
  const exit =
    kernel !== undefined && kernel.launched
      ? await stopKernel(processes, kernel, signal, graceMs)
      : undefined
  const observed = await observeRunState(input.run)
  await ledger.intervention({
    ...nothingRecorded(),
    action_kind: 'interrupt',
    item_id: observed.state?.current_item_id ?? null,
    attempt_number: null,
    terminal_state: observed.snapshot.current_terminal_state,
    recoverability_class: 'observed',
    fingerprint: null,
    reason: `The supervisor received ${signal}${kernel?.launched === true ? ' and passed it to its kernel' : ''}; the run is saved at ${observed.snapshot.current_state ?? 'no state'}.`,
    result_status: 'observed',
    related_paths: kernel === undefined ? [] : [...kernel.logPaths],
    kernel_exit: exit ?? null
  })
  return { signal, observed }
}

/** A kernel this session launched. */
export async function recordLaunch(
  ledger: SupervisionLedger,
  kernel: KernelInvocation
): Promise<void> {
  await ledger.intervention({
    ...nothingRecorded(),
    action_kind: 'attach_kernel',
    item_id: null,
    attempt_number: null,
    terminal_state: null,
    recoverability_class: 'observed',
    fingerprint: null,
    reason: `Launched kernel ${kernel.invocationId} (pid ${kernel.pid}).`,
    result_status: 'applied',
    command: [...kernel.recordedCommand],
    related_paths: [...kernel.logPaths]
  })
}

/** A launched kernel's exit, with the state the run was left at. */
export async function recordKernelExit(
  ledger: SupervisionLedger,
  kernel: KernelInvocation,
  exit: KernelExit,
  observed: ObservedRunState
): Promise<void> {
  const how =
    exit.signal !== null ? `was killed by ${exit.signal}` : `exited with code ${exit.exit_code}`
  await ledger.intervention({
    ...nothingRecorded(),
    action_kind: 'kernel_exited',
    item_id: observed.state?.current_item_id ?? null,
    attempt_number: null,
    terminal_state: observed.snapshot.current_terminal_state,
    recoverability_class: 'observed',
    fingerprint: null,
    reason: `Kernel ${kernel.invocationId} ${how} at ${observed.snapshot.current_state ?? 'no saved state'}.`,
    result_status: 'observed',
    command: [...kernel.recordedCommand],
    related_paths: [...kernel.logPaths],
    kernel_exit: exit,
    notes: exit.exit_code === 0 ? [] : [kernel.stderrTail()].filter(Boolean)
  })
}
