/**
 * The integrity check's adapter: reads before and after a stage, then puts back what the
 * orchestrator owns. Git metadata goes back first, before `git status` or `update-ref` run,
 * so that no git command of ours ever reads configuration an agent planted.
 */
import { createHash } from 'node:crypto'
import {
  chmodSync,
  lstatSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import {
  type FileContent,
  type OutsideChange,
  type OutsideSnapshot,
  type OutsideState,
  compareOutside,
  isRestorableGitFile,
  withoutPlantedEntries
} from '../../core/integrity/outside-state.js'
import { describeError } from '../../errors.js'
import type { IntegrityPort, OutsideCheck, OutsideReadScope } from '../../kernel/integrity-ports.js'
import { runGit } from '../git/git-runner.js'
import {
  readCheckoutStamped,
  readGitFiles,
  readOutside,
  readRefs,
  readRunStateDigest
} from './outside-reader.js'
import { readLiveRuns, readStore } from './store-reader.js'

export function createIntegrityPort(): IntegrityPort {
  return {
    snapshot: (scope, previous) => readOutside(scope, previous),
    check: checkOutside
  }
}

async function checkOutside(
  before: OutsideSnapshot,
  scope: OutsideReadScope,
  stage: Parameters<IntegrityPort['check']>[2]
): Promise<OutsideCheck> {
  const restored = new Set<string>()
  const unrestored = new Map<string, string>()
  const git = readGitFiles(scope, before)
  for (const path of changedRestorableFiles(before.state, git.files)) {
    const had = before.state.gitFiles[path]
    const content = before.contents.get(path)
    const absolute = join(scope.repoRoot, path)
    try {
      if (had === undefined || content !== undefined) {
        restoreFile(absolute, content)
        restored.add(path)
      } else if (had.configLines !== undefined) {
        // No copy (a reading from before an interruption): take the planted entries out.
        restoreConfigEntries(absolute, had.configLines)
        if (fileSha256(absolute) === had.sha256) restored.add(path)
        else unrestored.set(path, 'its planted entries were removed, but it still differs')
      } else unrestored.set(path, 'no copy of its earlier content was kept')
    } catch (error) {
      unrestored.set(path, describeError(error))
    }
  }
  const refs = await readRefs(scope.repoRoot, git.commonDir)
  const checkout = await readCheckoutStamped(scope.repoRoot, {
    checkout: before.state.checkout,
    ...(before.checkoutStamp === undefined ? {} : { stamp: before.checkoutStamp })
  })
  const after: OutsideState = {
    refs,
    gitFiles: git.files,
    checkout: checkout.checkout,
    store: readStore(scope.repoRoot),
    liveRuns: readLiveRuns(scope.repoRoot, scope.runId),
    runStateDigest: readRunStateDigest(scope.repoRoot, scope.runId)
  }
  const changes = compareOutside(before.state, after, stage)
  for (const change of changes) {
    if (change.area !== 'ref' || !change.ours) continue
    try {
      await restoreRef(scope.repoRoot, change)
      restored.add(change.path)
    } catch (error) {
      unrestored.set(change.path, describeError(error))
    }
  }
  const fileStats = { signatures: git.signatures, readAtMs: git.readAtMs }
  return {
    after: {
      state: after,
      contents: git.contents,
      fileStats,
      ...(checkout.stamp === undefined ? {} : { checkoutStamp: checkout.stamp })
    },
    changes,
    restored,
    unrestored
  }
}

function changedRestorableFiles(before: OutsideState, now: OutsideState['gitFiles']): string[] {
  const paths = new Set([...Object.keys(before.gitFiles), ...Object.keys(now)])
  return [...paths].filter(
    (path) => isRestorableGitFile(path) && before.gitFiles[path]?.sha256 !== now[path]?.sha256
  )
}

/** Puts a file back as it was (written beside it, then renamed over), or removes a planted one. */
function restoreFile(path: string, content: FileContent | undefined): void {
  let existing
  try {
    existing = lstatSync(path)
  } catch {
    existing = undefined
  }
  if (existing?.isDirectory() === true) rmSync(path, { recursive: true, force: true })
  if (content === undefined) {
    rmSync(path, { force: true })
    return
  }
  const temporary = `${path}.plan-orchestrator-restore-${process.pid}`
  rmSync(temporary, { force: true })
  if (content.kind === 'symlink') symlinkSync(content.target, temporary)
  else {
    writeFileSync(temporary, content.data, { mode: content.mode })
    chmodSync(temporary, content.mode)
  }
  renameSync(temporary, path)
}

function restoreConfigEntries(path: string, before: readonly string[]): void {
  const text = readFileSync(path, 'utf8')
  const mode = lstatSync(path).mode & 0o7777
  restoreFile(path, {
    kind: 'file',
    data: Buffer.from(withoutPlantedEntries(text, before), 'utf8'),
    mode
  })
}

function fileSha256(path: string): string | undefined {
  try {
    return createHash('sha256').update(readFileSync(path)).digest('hex')
  } catch {
    return undefined
  }
}

const SHA = /^[0-9a-f]{40,64}$/

/** Moves a ref of the run back (compare-and-swap on what the stage left), or deletes a planted one. */
async function restoreRef(repoRoot: string, change: OutsideChange): Promise<void> {
  const message = 'plan-orchestrator: restore after an integrity incident'
  const old = change.after !== null && SHA.test(change.after) ? [change.after] : []
  if (change.before === null) {
    await runGit(repoRoot, ['update-ref', '--no-deref', '-m', message, '-d', change.path, ...old])
    return
  }
  if (!SHA.test(change.before)) throw new Error(`cannot restore symbolic ref ${change.path}`)
  await runGit(repoRoot, [
    'update-ref',
    '--no-deref',
    '-m',
    message,
    change.path,
    change.before,
    ...(change.after === null ? [''] : old)
  ])
}
