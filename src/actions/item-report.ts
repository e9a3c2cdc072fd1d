import { readFile, readdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import * as core from '@actions/core'
import { type Annotation, annotationsFor } from '../core/gha/annotations.js'
import { type SummaryInput, renderJobSummary } from '../core/gha/job-summary.js'
import { type RunLayout, attemptLayout, runBranchName } from '../core/run/layout.js'
import { NormalizedPlanSchema } from '../core/schemas/normalized-plan.js'
import {
  EscalationManifestSchema,
  MergedFindingsPacketSchema,
  VerificationReportSchema
} from '../core/schemas/reports.js'
import type { RunState } from '../core/schemas/run-state.js'
import type { z } from 'zod'
import type { RunnerContext } from './context.js'

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
}): Promise<void> {
  const { ctx, run, state, itemId } = input
  const item = state.items.find((entry) => entry.item_id === itemId)
  if (item === undefined) return
  const attemptDir = attemptLayout(run, itemId, item.attempt_number).controlDir
  const verification = await readReport(
    VerificationReportSchema,
    item.latest_paths.verification_report_path === null
      ? undefined
      : resolve(run.repoRoot, item.latest_paths.verification_report_path)
  )
  const findings = await readReport(MergedFindingsPacketSchema, await newestFindings(attemptDir))
  const summaryInput: SummaryInput = {
    run: state,
    itemId,
    stages: state.event_log
      .filter((event) => event.item_id === itemId)
      .map((event) => ({ state: event.state, atUtc: event.at_utc, message: event.message })),
    ...(verification === undefined ? {} : { verification }),
    ...(findings === undefined ? {} : { findings }),
    links: {
      runUrl: ctx.runUrl,
      artifactName: input.artifactName,
      runBranchUrl: `${ctx.serverUrl}/${ctx.repository.owner}/${ctx.repository.repo}/tree/${runBranchName(run.runId)}`
    },
    next: await nextStep(input, item.checkpoint_ref)
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

async function nextStep(
  input: Parameters<typeof publishItemReport>[0],
  checkpoint: string | null
): Promise<SummaryInput['next']> {
  const { run, state, itemId } = input
  const item = state.items.find((entry) => entry.item_id === itemId)
  switch (item?.terminal_state) {
    case 'awaiting_human_gate':
      return { kind: 'gate', environment: input.gateEnvironment, checkpoint: checkpoint ?? '' }
    case 'blocked_external': {
      const plan = NormalizedPlanSchema.parse(
        JSON.parse(await readFile(run.normalizedPlanPath, 'utf8'))
      )
      const planned = plan.items.find((entry) => entry.item_id === itemId)
      return {
        kind: 'evidence',
        needed: planned?.external_check.dependencies ?? [],
        dispatchHint: `commit the evidence to a directory and run the workflow with run-id ${run.runId}, state-run-id ${input.ctx.runId}, hop ${input.hop + 1} and evidence-path set to that directory`
      }
    }
    case 'escalated': {
      const manifest = await readReport(
        EscalationManifestSchema,
        item.latest_paths.escalation_manifest_path === null
          ? undefined
          : resolve(run.repoRoot, item.latest_paths.escalation_manifest_path)
      )
      return {
        kind: 'escalated',
        reasons: manifest?.blocking_reasons ?? [item.terminal_summary ?? 'escalated']
      }
    }
    default:
      return state.items.every((entry) => entry.terminal_state === 'passed')
        ? { kind: 'done' }
        : { kind: 'continue' }
  }
}

async function readReport<S extends z.ZodType>(
  schema: S,
  path: string | undefined
): Promise<z.infer<S> | undefined> {
  if (path === undefined) return undefined
  try {
    const parsed = schema.safeParse(JSON.parse(await readFile(path, 'utf8')))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}

/** The merged findings of the attempt's last review round (`…round-<k>.json`, highest k). */
async function newestFindings(attemptDir: string): Promise<string | undefined> {
  const names = await readdir(attemptDir).catch(() => [] as string[])
  const round = (name: string): number => Number(/round-(\d+)\.json$/.exec(name)?.[1] ?? -1)
  const newest = names
    .filter((name) => name.startsWith('merged_findings_packet.'))
    .sort((a, b) => round(a) - round(b))
    .at(-1)
  return newest === undefined ? undefined : join(attemptDir, newest)
}
