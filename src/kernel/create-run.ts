import { createHash, randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { formatIssue } from '../core/playbook/issues.js'
import { normalizePlaybook } from '../core/playbook/normalize.js'
import {
  type PolicyLayers,
  type RuntimeOptions,
  resolveRuntimePolicy
} from '../core/policy/runtime-policy.js'
import {
  formatRunId,
  repoRelative,
  runBranchName,
  runLayout,
  scenarioCopyPath,
  type RunLayout
} from '../core/run/layout.js'
import { newRunState } from '../core/run/run-state-ops.js'
import { selectionProblems } from '../core/run/selection.js'
import type { NormalizedPlan } from '../core/schemas/normalized-plan.js'
import type { RunAgents, RunState, RuntimePolicySnapshot } from '../core/schemas/run-state.js'
import { UserInputError } from '../errors.js'
import type { Clock, GitPort, PlaybookReader, RunFiles } from './ports.js'
import { preflight } from './preflight.js'
import { isoSeconds } from '../core/time.js'

/**
 * Creating a run. Everything that can be wrong with the inputs (playbook, config and policy,
 * item selection and prerequisites, repository, and what the caller checks against the
 * resolved policy: agents, scenario, evidence) is checked first and reported all together;
 * only then are the run directory and the run branch created, so a refused run leaves
 * nothing behind.
 */

export interface CreateRunInput {
  readonly cwd: string
  readonly playbookPath: string
  readonly configPath?: string
  readonly env: Readonly<Record<string, string | undefined>>
  readonly cli: PolicyLayers['cli']
  /** The items to run, in order (`--item` or `--items`); empty for `--next`. */
  readonly requestedItems: readonly string[]
  readonly requiredExecutables: readonly string[]
  readonly git: GitPort
  readonly clock: Clock
  /** Where the new run's files are written. */
  readonly files: RunFiles
  readonly readPlaybook: PlaybookReader
  /**
   * What else is wrong given the resolved policy (the agents and their scenario, the
   * evidence package and its size limit), refused with the other problems.
   */
  readonly checkOptions?: (
    options: RuntimeOptions
  ) => readonly string[] | Promise<readonly string[]>
  /** The id a supervisor allocated before launching this kernel (already validated). */
  readonly runIdOverride?: string
  /**
   * The agents the run records, so that every command continuing it works with them; a
   * scenario's text is copied into the run (under its sha256) before the state names it.
   */
  readonly agents?: { readonly record: RunAgents; readonly scenarioText?: string }
  /** Checks of the agent user the resolved policy names (reported with the other problems). */
  readonly checkAgentUser?: (
    options: RuntimeOptions,
    repoRoot: string
  ) => Promise<readonly string[]>
}

export interface CreatedRun {
  readonly layout: RunLayout
  readonly state: RunState
  readonly plan: NormalizedPlan
}

/** A new run that passed every check: what `createRun` writes, nothing written yet. */
export interface CheckedRun {
  readonly repoRoot: string
  readonly now: Date
  readonly plan: NormalizedPlan
  readonly playbookText: string
  readonly repoConfigPresent: boolean
  readonly policy: Extract<ReturnType<typeof resolveRuntimePolicy>, { ok: true }>
}

export async function createRun(input: CreateRunInput): Promise<CreatedRun> {
  return writeRun(input, await checkNewRun(input))
}

/**
 * Every check a new run must pass, all problems reported together; reads only. `supervise
 * run` calls it too, so a refused run is refused before the supervisor writes anything.
 */
export async function checkNewRun(input: CreateRunInput): Promise<CheckedRun> {
  const repoRoot = await input.git.repoRoot(input.cwd).catch(() => {
    throw new UserInputError(
      `${input.cwd} is not inside a git repository; run plan-orchestrator from the repository to change`
    )
  })
  const now = input.clock.now()
  const playbookAbsolute = resolve(input.cwd, input.playbookPath)
  const source = await input.readPlaybook(playbookAbsolute, now)
  const normalized = normalizePlaybook({
    ...source,
    path: repoRelative(repoRoot, playbookAbsolute)
  })
  if (!normalized.ok) {
    const lines = normalized.issues.map(
      (issue) => `error: ${formatIssue(input.playbookPath, issue)}`
    )
    throw new UserInputError(
      `${lines.join('\n')}\n${input.playbookPath}: invalid playbook (${normalized.issues.length})`
    )
  }
  const plan = normalized.plan

  const repoConfig = await readJsonIfPresent(join(repoRoot, 'plan_orchestrator.json'))
  const policy = resolveRuntimePolicy({
    repoConfig,
    configFile:
      input.configPath === undefined
        ? undefined
        : await readJsonFile(resolve(input.cwd, input.configPath)),
    env: input.env,
    cli: input.cli
  })
  const problems = policy.ok
    ? [...((await input.checkOptions?.(policy.options)) ?? [])]
    : [...policy.errors]
  problems.unshift(...selectionProblems(plan, input.requestedItems))
  problems.push(
    ...(await preflight({
      repoRoot,
      git: input.git,
      env: input.env,
      requiredExecutables: input.requiredExecutables
    }))
  )
  if (policy.ok && input.checkAgentUser)
    problems.push(...(await input.checkAgentUser(policy.options, repoRoot)))
  if (problems.length > 0 || !policy.ok) {
    throw new UserInputError(problems.map((problem) => `error: ${problem}`).join('\n'))
  }
  return {
    repoRoot,
    now,
    plan,
    playbookText: new TextDecoder().decode(source.bytes),
    repoConfigPresent: repoConfig !== undefined,
    policy
  }
}

async function writeRun(input: CreateRunInput, checked: CheckedRun): Promise<CreatedRun> {
  const { repoRoot, now, plan, policy } = checked
  const runId = input.runIdOverride ?? formatRunId(now, randomBytes(4).toString('hex'))
  const layout = runLayout(repoRoot, runId)
  if (existsSync(layout.runStatePath))
    throw new UserInputError(`run ${runId} already exists; a new run needs a new id`)
  const nowIso = isoSeconds(now)
  await input.files.secureRunStore(repoRoot)
  await mkdir(layout.controlDir, { recursive: true })
  await input.files.writeText(layout.playbookSnapshotPath, snapshotText(plan, checked.playbookText))
  await input.files.writeJson(layout.normalizedPlanPath, plan)
  const snapshot: RuntimePolicySnapshot = {
    schema_version: 'plan_orchestrator.runtime_policy.v1',
    resolved_at_utc: nowIso,
    repo_control_plane_path: checked.repoConfigPresent ? 'plan_orchestrator.json' : null,
    overlay_control_plane_path:
      input.configPath === undefined
        ? null
        : repoRelative(repoRoot, resolve(input.cwd, input.configPath)),
    sources: policy.sources,
    options: policy.options
  }
  const policyText = `${JSON.stringify(snapshot, null, 2)}\n`
  await input.files.writeText(layout.runtimePolicyPath, policyText)
  const scenario = input.agents?.record.scenario ?? null
  if (scenario !== null && input.agents?.scenarioText !== undefined)
    await input.files.writeText(
      scenarioCopyPath(layout, scenario.sha256),
      input.agents.scenarioText
    )

  const head = await input.git.headSha(repoRoot)
  const branch = runBranchName(runId)
  await input.git.ensureBranch(repoRoot, branch, head)
  const state = newRunState(
    {
      run_id: runId,
      adapter_id: 'markdown_playbook_v1',
      repo_root: repoRoot,
      playbook_source_path: plan.plan_source.path,
      playbook_source_sha256: plan.plan_source.sha256,
      normalized_plan_path: repoRelative(repoRoot, layout.normalizedPlanPath),
      base_head_sha: head,
      run_branch_name: branch,
      created_at_utc: nowIso,
      options: policy.options,
      runtime_policy_path: repoRelative(repoRoot, layout.runtimePolicyPath),
      runtime_policy_sha256: createHash('sha256').update(policyText).digest('hex'),
      runtime_policy_sources: policy.sources,
      agents: input.agents?.record ?? null
    },
    plan
  )
  await input.files.writeJson(layout.runStatePath, state)
  return { layout, state, plan }
}

function snapshotText(plan: NormalizedPlan, text: string): string {
  return [
    '# Playbook Source Snapshot',
    '',
    `- source_path: \`${plan.plan_source.path}\``,
    `- sha256: \`${plan.plan_source.sha256}\``,
    '',
    '---',
    '',
    text
  ].join('\n')
}

/** A JSON file's value, undefined when there is no such file; bad JSON is a user error. */
export async function readJsonIfPresent(path: string): Promise<unknown> {
  const text = await readFile(path, 'utf8').catch(() => undefined)
  if (text === undefined) return undefined
  return parseJson(path, text)
}

async function readJsonFile(path: string): Promise<unknown> {
  const text = await readFile(path, 'utf8').catch((error: unknown) => {
    throw new UserInputError(`${path}: cannot read config file: ${(error as Error).message}`)
  })
  return parseJson(path, text)
}

function parseJson(path: string, text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new UserInputError(`${path}: not valid JSON: ${(error as Error).message}`)
  }
}
