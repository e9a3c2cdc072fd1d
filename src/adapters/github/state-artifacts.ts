import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { DefaultArtifactClient } from '@actions/artifact'
import yauzl from 'yauzl'
import {
  type StateStage,
  pickStateArtifact,
  refusedEntryReason,
  stateArtifactName
} from '../../core/gha/chain.js'
import { CONTROL_ROOT, REPORT_ROOT } from '../../core/run/layout.js'
import type { Repository } from './github-api.js'

/**
 * A run's state between jobs and workflow runs: its control and report directories, uploaded
 * as one artifact per job and downloaded by the next. Worktrees are not carried: every attempt
 * starts from the pushed run branch. A downloaded artifact is never unpacked into the
 * workspace: it is read as a zip, every entry checked, the allowed ones staged in a temporary
 * directory, and moved into the workspace only after the caller has verified the state.
 */

export type { StateStage }

/** Lock directories and their owners belong to the process that held them, not to the state. */
const NOT_STATE = /(^|\/)(run\.lock|control\.lock)(\.owner\.json|\.takeover(\.lock)?)?(\/|$)/

export async function uploadRunState(input: {
  readonly workspace: string
  readonly runId: string
  readonly stage: StateStage
  /** The attempt of the workflow run this job belongs to (`GITHUB_RUN_ATTEMPT`). */
  readonly attempt: number
}): Promise<string> {
  const name = stateArtifactName(input.runId, input.stage, input.attempt)
  await uploadRunFiles(input.workspace, input.runId, name)
  return name
}

/**
 * Uploads what a hop that must not advance the chain saved (it lost a race to publish): under
 * a name no restore ever picks, for diagnosis only.
 */
export async function uploadDiagnostics(input: {
  readonly workspace: string
  readonly runId: string
  readonly attempt: number
}): Promise<string> {
  const name = `plan-orchestrator-diagnostics-${input.runId}-attempt-${input.attempt}`
  await uploadRunFiles(input.workspace, input.runId, name)
  return name
}

async function uploadRunFiles(workspace: string, runId: string, name: string): Promise<void> {
  const roots = [CONTROL_ROOT, REPORT_ROOT].map((root) => join(workspace, root, runId))
  const files = (await Promise.all(roots.map(listFiles))).flat().filter((path) => {
    return !NOT_STATE.test(relative(workspace, path))
  })
  await new DefaultArtifactClient().uploadArtifact(name, files, workspace, {
    retentionDays: 90
  })
}

export interface StateSource {
  /** The workflow run holding the state; undefined for this run. */
  readonly workflowRunId?: number
  /** The attempt GitHub says that workflow run is at: later attempts' artifacts cannot exist. */
  readonly latestAttempt: number
  readonly token: string
  readonly repository: Repository
}

export interface StagedState {
  /** A temporary directory laid out like the workspace, holding only the run's directories. */
  readonly root: string
  readonly artifactName: string
  readonly stage: StateStage
  readonly attempt: number
  /** Lock entries that were left out. */
  readonly skipped: readonly string[]
}

/** The name of the newest state artifact of a run in a workflow run, if it holds one. */
export async function findRunState(
  runId: string,
  source: StateSource
): Promise<string | undefined> {
  return (await newestState(runId, source)).picked?.artifact.name
}

async function newestState(runId: string, source: StateSource) {
  const client = new DefaultArtifactClient()
  const findBy =
    source.workflowRunId === undefined
      ? undefined
      : {
          token: source.token,
          workflowRunId: source.workflowRunId,
          repositoryOwner: source.repository.owner,
          repositoryName: source.repository.repo
        }
  const { artifacts } = await client.listArtifacts({
    latest: true,
    ...(findBy === undefined ? {} : { findBy })
  })
  return { client, findBy, picked: pickStateArtifact(runId, artifacts, source.latestAttempt) }
}

/**
 * Downloads the newest state of a run from a workflow run (the highest attempt that saved
 * one, its gate job's over its item job's) and stages it. Throws, with nothing written outside
 * the temporary directory, when there is none or any entry is absolute, climbs out with `..`,
 * is a link, or lies outside the run's control and report directories.
 */
export async function stageRunState(input: {
  readonly runId: string
  readonly source: StateSource
  readonly tempRoot?: string
}): Promise<StagedState> {
  const { client, findBy, picked } = await newestState(input.runId, input.source)
  if (picked === undefined) {
    const where =
      input.source.workflowRunId === undefined
        ? 'this workflow run'
        : `workflow run ${input.source.workflowRunId}`
    throw new Error(`no state of run ${input.runId} among the artifacts of ${where}`)
  }
  const scratch = await mkdtemp(join(input.tempRoot ?? tmpdir(), 'po-state-'))
  try {
    const download = join(scratch, 'download')
    await mkdir(download)
    await client.downloadArtifact(picked.artifact.id, {
      path: download,
      skipDecompress: true,
      ...(findBy === undefined ? {} : { findBy })
    })
    const [zipName, ...extra] = await readdir(download)
    if (zipName === undefined || extra.length > 0)
      throw new Error(`artifact ${picked.artifact.name} did not download as one archive`)
    const root = join(scratch, 'state')
    const skipped = await stageEntries({
      zip: await readFile(join(download, zipName)),
      root,
      runId: input.runId,
      artifactName: picked.artifact.name
    })
    await rm(download, { recursive: true, force: true })
    return {
      root,
      artifactName: picked.artifact.name,
      stage: picked.stage,
      attempt: picked.attempt,
      skipped
    }
  } catch (error) {
    await rm(scratch, { recursive: true, force: true })
    throw error
  }
}

const S_IFMT = 0o170000
const FILE_TYPES: Readonly<Record<number, 'file' | 'directory' | 'symlink'>> = {
  0o100000: 'file',
  0o040000: 'directory',
  0o120000: 'symlink'
}

/** Every entry is checked before any is written: one bad entry refuses the whole artifact. */
async function stageEntries(input: {
  readonly zip: Buffer
  readonly root: string
  readonly runId: string
  readonly artifactName: string
}): Promise<string[]> {
  // Names are checked here, not by yauzl, so that the refusal names the rule it broke.
  const zipfile = await yauzl.fromBufferPromise(input.zip, {
    decodeStrings: false,
    validateEntrySizes: true,
    autoClose: false
  })
  const entries: Array<{ entry: yauzl.Entry; name: string; directory: boolean }> = []
  try {
    for (;;) {
      const entry = await nextEntry(zipfile)
      if (entry === null) break
      const name = entry.fileNameRaw.toString('utf8')
      const unixType = (entry.externalFileAttributes >>> 16) & S_IFMT
      const kind =
        unixType === 0
          ? name.endsWith('/')
            ? 'directory'
            : 'file'
          : (FILE_TYPES[unixType] ?? 'other')
      const reason = refusedEntryReason({ runId: input.runId, name, kind })
      if (reason !== undefined)
        throw new Error(`state artifact ${input.artifactName} refused, nothing restored: ${reason}`)
      entries.push({ entry, name, directory: kind === 'directory' })
    }
    const skipped: string[] = []
    for (const { entry, name, directory } of entries) {
      if (NOT_STATE.test(name)) {
        skipped.push(name)
        continue
      }
      const target = join(input.root, name)
      if (directory) {
        await mkdir(target, { recursive: true })
        continue
      }
      await mkdir(dirname(target), { recursive: true })
      await writeFile(target, await readEntry(zipfile, entry), { flag: 'wx' })
    }
    return skipped
  } finally {
    zipfile.close()
  }
}

/** The next central-directory entry (lazyEntries mode), or null after the last. */
function nextEntry(zipfile: yauzl.ZipFile): Promise<yauzl.Entry | null> {
  return new Promise((resolve, reject) => {
    const onEntry = (entry: yauzl.Entry): void => {
      cleanup()
      resolve(entry)
    }
    const onEnd = (): void => {
      cleanup()
      resolve(null)
    }
    const onError = (error: Error): void => {
      cleanup()
      reject(error)
    }
    const cleanup = (): void => {
      zipfile.off('entry', onEntry)
      zipfile.off('end', onEnd)
      zipfile.off('error', onError)
    }
    zipfile.on('entry', onEntry)
    zipfile.on('end', onEnd)
    zipfile.on('error', onError)
    zipfile.readEntry()
  })
}

async function readEntry(zipfile: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  const stream = await zipfile.openReadStreamPromise(entry)
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/**
 * Moves a verified state into the workspace. The run's directories must not exist there yet
 * (a job starts from a clean checkout), so nothing already in the workspace is overwritten.
 */
export async function installStagedState(input: {
  readonly staged: StagedState
  readonly workspace: string
  readonly runId: string
}): Promise<void> {
  for (const root of [CONTROL_ROOT, REPORT_ROOT]) {
    const target = join(input.workspace, root, input.runId)
    if (await exists(target))
      throw new Error(
        `${relative(input.workspace, target)} already exists in the workspace: a job restores a run only into a clean checkout`
      )
  }
  for (const root of [CONTROL_ROOT, REPORT_ROOT]) {
    const from = join(input.staged.root, root, input.runId)
    if (!(await exists(from))) continue
    await cp(from, join(input.workspace, root, input.runId), {
      recursive: true,
      errorOnExist: true,
      force: false
    })
  }
}

export async function discardStagedState(staged: StagedState): Promise<void> {
  await rm(dirname(staged.root), { recursive: true, force: true })
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false
  )
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  const files: string[] = []
  for (const entry of entries) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) files.push(...(await listFiles(path)))
    else if (entry.isFile()) files.push(path)
  }
  return files
}
