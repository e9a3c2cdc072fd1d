import { hostname } from 'node:os'
import { createGitPort } from '../adapters/git-port.js'
import { isRunLocked } from '../adapters/run-lock.js'
import type { RunLayout } from '../core/run/layout.js'
import { BridgeRegistrationSchema } from '../core/schemas/supervision.js'
import { oneLine } from '../core/text/one-line.js'
import { UserInputError } from '../errors.js'
import { runDoctor } from './doctor.js'
import { lockExclusively } from '../adapters/exclusive-lock.js'
import { kernelProcesses } from '../adapters/kernel-process.js'
import { runFiles } from '../adapters/run-files.js'
import { branchSha } from '../adapters/git/repository.js'
import {
  ensureSupervisionDirs,
  loadedValue,
  readArtifact,
  supervisionLayout
} from '../supervision/artifacts.js'
import { acquireControlLock } from '../supervision/control-lock.js'
import { attachKernel, newId } from '../supervision/kernel-process.js'
import { observeRunState } from '../supervision/ledger.js'

import type { SuperviseInput, SuperviseResult } from '../supervision/outcome.js'
import { SupervisorSession } from '../supervision/supervisor-session.js'

/**
 * `supervise run` / `supervise resume`: a parent that launches the kernel, proves it is alive
 * while it works, and after every kernel exit decides, from the saved state and its own
 * ledgers alone, whether to wait, repair, resume within budget, or park. It never writes the
 * run state and never decides a gate.
 */

export async function supervise(given: SuperviseInput): Promise<SuperviseResult> {
  // The kernel's stderr and the supervisor's reasons can carry agent text: every line passed
  // on is one line, whatever control characters it held.
  const input: SuperviseInput = {
    ...given,
    log: (line) => given.log(oneLine(line)),
    kernelLog: (line) => given.kernelLog(oneLine(line))
  }
  const layout = supervisionLayout(input.run)
  const registration = loadedValue(
    await readArtifact(BridgeRegistrationSchema, layout.registrationPath)
  )
  if (input.mode === 'resume') await assertResumable(input.run)
  await ensureSupervisionDirs(layout)
  // A bridge answers only probes carrying its own session id, so resuming a run whose
  // kernel still works means continuing that session.
  const sessionId =
    input.mode === 'resume' && registration !== undefined
      ? registration.supervisor_session_id
      : newId('svs')
  const lock = await acquireControlLock(layout, input.run.runId, sessionId, {
    lockExclusively,
    files: runFiles,
    processes: kernelProcesses
  })
  try {
    const session = new SupervisorSession(input, layout, sessionId, {
      isRunLocked,
      git: { branchSha },
      repairRun: (given) =>
        runDoctor({
          cwd: given.run.repoRoot,
          env: given.env,
          runId: given.run.runId,
          fixSafe: true,
          git: createGitPort(),
          clock: { now: () => new Date() }
        }),
      processes: kernelProcesses,
      files: runFiles
    })
    await session.open()
    const attachable =
      input.mode === 'resume' &&
      registration !== undefined &&
      registration.bridge_host === hostname() &&
      kernelProcesses.isAlive(registration.bridge_pid)
        ? attachKernel(kernelProcesses, registration.bridge_pid, registration.kernel_invocation_id)
        : undefined
    if (input.mode === 'resume' && attachable === undefined && (await isRunLocked(input.run))) {
      throw new UserInputError(
        `run ${input.run.runId} is being changed by a kernel this supervisor cannot attach to (it was not started under supervision); wait for it to finish`
      )
    }
    return await session.loop(attachable)
  } finally {
    await lock.release()
  }
}

async function assertResumable(run: RunLayout): Promise<void> {
  const observed = await observeRunState(run)
  if (observed.state === undefined)
    throw new UserInputError(`cannot supervise run ${run.runId}: ${observed.problem ?? 'no state'}`)
}
