import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { isAbsolute, resolve } from 'node:path'
import { type RunLayout, repoRelative, scenarioCopyPath } from '../core/run/layout.js'
import type { RunAgents } from '../core/schemas/run-state.js'
import { UserInputError, describeError } from '../errors.js'
import { type Scenario, parseScenario } from './agents/scenario.js'
import { writeText } from './run-store.js'

/**
 * A scripted run's scenario: read once from the file it was given (so the bytes recorded are
 * the bytes played), copied into the run under their sha256, and played from that copy by
 * every command that continues the run. The copy is checked against the recorded sha256
 * before it is played; the file it came from may change or go away without effect.
 */

export interface ScenarioSource {
  readonly scenario: Scenario
  readonly text: string
  readonly sha256: string
  /** As the run records it: repo-relative inside the repository, else absolute. */
  readonly sourcePath: string
}

/** Reads, hashes and checks a scenario file; a bad one is one clear refusal naming it. */
export async function readScenarioFile(
  cwd: string,
  given: string,
  repoRoot: string | undefined
): Promise<ScenarioSource> {
  const path = resolve(cwd, given)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new UserInputError(`${path}: cannot read the scenario: ${describeError(error)}`)
  }
  return {
    scenario: parseScenarioText(path, text),
    text,
    sha256: sha256Of(text),
    sourcePath: repoRoot === undefined ? path : repoRelative(repoRoot, path)
  }
}

/** The run's own copy of its scenario, refused unless it is exactly what the run recorded. */
export async function readRunScenario(
  layout: RunLayout,
  recorded: { readonly source_path: string; readonly sha256: string }
): Promise<ScenarioSource> {
  const copy = scenarioCopyPath(layout, recorded.sha256)
  const shown = repoRelative(layout.repoRoot, copy)
  const again = `; give the scenario again with --scenario ${recorded.source_path}`
  const text = await readFile(copy, 'utf8').catch((error: unknown) => {
    throw new UserInputError(
      `run ${layout.runId}: its copy of the scenario ${shown} cannot be read (${describeError(error)})${again}`
    )
  })
  if (sha256Of(text) !== recorded.sha256)
    throw new UserInputError(
      `run ${layout.runId}: its copy of the scenario ${shown} is not what the run recorded (sha256 differs)${again}`
    )
  return {
    scenario: parseScenarioText(shown, text),
    text,
    sha256: recorded.sha256,
    sourcePath: recorded.source_path
  }
}

/** Puts a scenario's copy into the run (before the run state names it); idempotent. */
export async function keepScenarioCopy(layout: RunLayout, source: ScenarioSource): Promise<void> {
  const copy = scenarioCopyPath(layout, source.sha256)
  const present = await readFile(copy, 'utf8').catch(() => undefined)
  if (present !== undefined && sha256Of(present) === source.sha256) return
  await writeText(copy, source.text)
}

/**
 * When the file a run's scenario came from now holds something else (or is gone): the
 * sentence that says the run goes on with its copy, and how to play the file instead.
 */
export async function scenarioDrift(
  repoRoot: string,
  agents: RunAgents | null
): Promise<string | undefined> {
  const recorded = agents?.scenario ?? null
  if (recorded === null) return undefined
  const path = isAbsolute(recorded.source_path)
    ? recorded.source_path
    : resolve(repoRoot, recorded.source_path)
  const now = await readFile(path, 'utf8').catch(() => undefined)
  if (now !== undefined && sha256Of(now) === recorded.sha256) return undefined
  return `${recorded.source_path} ${now === undefined ? 'is gone' : 'changed'} since the run recorded its scenario; the run plays its own copy (sha256 ${recorded.sha256.slice(0, 12)}); to play the file as it is now, add --scenario ${recorded.source_path}`
}

function parseScenarioText(path: string, text: string): Scenario {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new UserInputError(`${path}: scenario is not valid JSON: ${describeError(error)}`)
  }
  return parseScenario(value, path)
}

function sha256Of(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}
