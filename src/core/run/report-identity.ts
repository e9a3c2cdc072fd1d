/**
 * Whether an agent's report is about the call that asked for it. A report names its item
 * and attempt, and, depending on the lane, its stage, fix round or audit lane; any of them
 * naming another call (a report copied from another item, a stale file of an earlier
 * attempt, the other auditor's report) makes the stage fail closed with the difference.
 */

export interface ReportCall {
  readonly runId: string
  readonly lane: 'execute' | 'fix' | 'remediation' | 'audit_codex' | 'audit_claude' | 'triage'
  readonly itemId: string
  readonly attempt: number
  /** `<stage>.round-<k>`: the round a fix or remediation report must name. */
  readonly cycleTag: string
}

interface Identity {
  readonly run?: unknown
  readonly item: unknown
  readonly attempt: unknown
  readonly stage?: unknown
  readonly round?: unknown
  readonly auditLane?: unknown
}

/** The identity a report of this call must carry, in the report's own fields. */
function expectedIdentity(call: ReportCall): Identity {
  const base = { run: call.runId, item: call.itemId, attempt: call.attempt }
  switch (call.lane) {
    case 'execute':
    case 'triage':
      return { ...base, stage: call.lane }
    case 'fix':
    case 'remediation':
      return { ...base, stage: call.lane, round: roundOf(call.cycleTag) }
    case 'audit_codex':
      return { ...base, auditLane: 'codex' }
    case 'audit_claude':
      return { ...base, auditLane: 'claude' }
  }
}

function reportedIdentity(report: Readonly<Record<string, unknown>>, expected: Identity): Identity {
  return {
    // No report schema has a run id today; one that carries it must carry this run's.
    ...('run_id' in report ? { run: report.run_id } : {}),
    item: report.item_id,
    attempt: report.attempt_number,
    ...('stage' in expected ? { stage: report.stage } : {}),
    ...('round' in expected ? { round: report.loop_round } : {}),
    ...('auditLane' in expected ? { auditLane: report.audit_lane } : {})
  }
}

/** Null when the report is about this call, else one sentence naming both identities. */
export function reportIdentityProblem(
  call: ReportCall,
  report: Readonly<Record<string, unknown>>
): string | null {
  const expected = expectedIdentity(call)
  const reported = reportedIdentity(report, expected)
  const differs = (Object.keys(reported) as Array<keyof Identity>).some(
    (key) => reported[key] !== expected[key]
  )
  if (!differs) return null
  const shown: Identity = 'run' in reported ? expected : { ...expected, run: undefined }
  return `${call.lane} report is about ${describe(reported)}, not this call (${describe(shown)})`
}

function describe(identity: Identity): string {
  const parts = [
    identity.run === undefined ? undefined : `run ${String(identity.run)}`,
    `item ${String(identity.item)}`,
    `attempt ${String(identity.attempt)}`,
    'stage' in identity ? `stage ${String(identity.stage)}` : undefined,
    'round' in identity ? `round ${String(identity.round)}` : undefined,
    'auditLane' in identity ? `audit lane ${String(identity.auditLane)}` : undefined
  ]
  return parts.filter((part) => part !== undefined).join(', ')
}

/** `fix.round-2` → 2. */
function roundOf(cycleTag: string): number | undefined {
  const match = /\.round-(\d+)$/.exec(cycleTag)
  return match?.[1] === undefined ? undefined : Number(match[1])
}
