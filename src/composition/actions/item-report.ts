import { readFile } from 'node:fs/promises'
import * as core from '@actions/core'
import { readGateReview, readRunFacts } from '../../adapters/review-facts.js'
import { type Annotation, annotationsFor } from '../../core/gha/annotations.js'
import { type SummaryInput, renderJobSummary } from '../../core/gha/job-summary.js'
import { rowsOfRun } from '../../core/gha/summary/run-sections.js'
import { type RunLayout, runBranchName } from '../../core/run/layout.js'
import { type NormalizedPlan, NormalizedPlanSchema } from '../../core/schemas/normalized-plan.js'
import type { RunState } from '../../core/schemas/run-state.js'
import type { RunnerContext } from './runner-context.js'
import { nextStepOf } from './next-step.js'
import { readRunRecord } from './restore.js'

/**
 * What a reviewer reads on the run page: the job summary of the item (a bounded digest; the
 * full reports are in the state artifact) and annotations for failed verification commands and
 * findings that point at a file and line.
 */

export async function publishItemReport(input: {
  readonly ctx: RunnerContext
  readonly run: RunLayout
  readonly state: RunState
  readonly itemId: string
  readonly playbookPath: string
  readonly gateEnvironment: string
  readonly artifactName: string
  /** This job's hop; the next one is hop + 1. */
  readonly hop: number
  /** A paragraph saying how the playbook at this ref differs from the run's snapshot. */
  readonly drift?: string
  readonly pullRequestUrl?: string
  /** The gate environment's required reviewers, when GitHub named them. */
  readonly reviewers?: readonly string[]
}): Promise<void> {
  const { ctx, run, state, itemId } = input
  const item = state.items.find((entry) => entry.item_id === itemId)
  if (item === undefined) return
  const facts = await readRunFacts(run, state)
  const reports = facts.items.find((entry) => entry.id === itemId)?.reports ?? {}
  const { verification, findings } = reports
  const review = await readGateReview(run, facts, itemId)
  const repoUrl = `${ctx.serverUrl}/${ctx.repository.owner}/${ctx.repository.repo}`
  const summaryInput: SummaryInput = {
    run: state,
    itemId,
    stages: state.event_log
      .filter((event) => event.item_id === itemId)
      .map((event) => ({ state: event.state, atUtc: event.at_utc, message: event.message })),
    ...(verification === undefined ? {} : { verification }),
    ...(findings === undefined ? {} : { findings }),
    rows: rowsOfRun(facts),
    ...(review === undefined
      ? {}
      : {
          gate: {
            review,
            links: {
              // The attempt branch is pushed with the run's refs: GitHub can show the change.
              compareUrl: `${repoUrl}/compare/${review.base}...${review.checkpoint}`,
              artifactName: input.artifactName,
              artifactUrl: `${ctx.runUrl}#artifacts`
            }
          }
        }),
    links: {
      runUrl: ctx.runUrl,
      artifactName: input.artifactName,
      runBranchUrl: `${repoUrl}/tree/${runBranchName(run.runId)}`
    },
    next: await nextStepOf({
      ctx,
      run,
      state,
      plan: await readPlan(run),
      record: await readRunRecord(run).catch(() => undefined),
      focus: itemId,
      playbookPath: input.playbookPath,
      gateEnvironment: input.gateEnvironment,
      hop: input.hop,
      ...(input.reviewers === undefined ? {} : { reviewers: input.reviewers }),
      ...(input.pullRequestUrl === undefined ? {} : { pullRequestUrl: input.pullRequestUrl })
    })
  }
  core.summary.addRaw(renderJobSummary(summaryInput), true)
  if (input.drift !== undefined)
    core.summary.addRaw(`\n### Playbook changed\n\n${input.drift}\n`, true)
  await core.summary.write()
  const annotated = annotationsFor({
    ...(verification === undefined ? {} : { verification }),
    ...(findings === undefined ? {} : { findings }),
    playbookPath: input.playbookPath
  })
  issueAnnotations(annotated)
}

/**
 * Annotations as workflow commands. Their text comes from agents' findings: annotationsFor
 * made it one line, and @actions/core escapes what would end a property or the command
 * (`%`, CR, LF; `:` and `,` in properties), so a title or message cannot close early or
 * start another command.
 */
export function issueAnnotations(annotations: readonly Annotation[]): void {
  for (const annotation of annotations) {
    const properties = {
      title: annotation.title,
      ...(annotation.file === undefined ? {} : { file: annotation.file }),
      ...(annotation.startLine === undefined ? {} : { startLine: annotation.startLine })
    }
    if (annotation.level === 'error') core.error(annotation.message, properties)
    else if (annotation.level === 'warning') core.warning(annotation.message, properties)
    else core.notice(annotation.message, properties)
  }
}

/** The run's plan snapshot, or undefined when it cannot be read. */
export async function readPlan(run: RunLayout): Promise<NormalizedPlan | undefined> {
  try {
    const parsed = NormalizedPlanSchema.safeParse(
      JSON.parse(await readFile(run.normalizedPlanPath, 'utf8'))
    )
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}
