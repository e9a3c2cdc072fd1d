import type { ItemContext } from '../../core/schemas/item-context.js'
import type { Lane } from '../ports.js'

/**
 * The prompts each lane's agent receives. They state the item, the rules that the
 * orchestrator enforces anyway (scope, no git, no web), and where the report goes. The
 * agent gets everything it needs in the item context file; the prompt points at it.
 */

export interface PromptInput {
  readonly lane: Lane
  readonly context: ItemContext
  /** Worktree-relative path of the item context copy the agent can read. */
  readonly contextPath: string
  /** Worktree-relative paths of the inputs this lane should read (reports, patch, findings). */
  readonly inputs: ReadonlyArray<{ readonly name: string; readonly path: string }>
  readonly cycleTag: string
  /** Finding ids the fix or remediation round must address. */
  readonly targetFindingIds?: readonly string[]
}

const SHARED_RULES = [
  'Work only inside this worktree. Do not run git commands that change history, branches or the index: the orchestrator commits for you.',
  'Change files only under the allowed write roots listed in the item context. Changes anywhere else, or under .local, .git, .codex, .claude, .mcp.json, ops/config or secrets, escalate the item.',
  'Do not browse the web. If the item needs evidence a human must supply, say so with the blocked_external verdict instead of inventing it.',
  'Answer with one JSON object that matches the given schema, and nothing else.'
]

export function renderPrompt(input: PromptInput): string {
  const item = input.context.item
  const header = [
    `# plan-orchestrator · ${laneTitle(input.lane)}`,
    '',
    `- lane: \`${input.lane}\``,
    `- item_id: \`${item.item_id}\``,
    `- attempt_number: \`${input.context.stage_context.attempt_number}\``,
    `- cycle: \`${input.cycleTag}\``,
    `- phase: ${item.phase}`,
    `- action: ${item.action}`,
    `- deliverable: ${item.deliverable}`,
    `- exit criteria: ${item.exit_criteria}`,
    `- item context: \`${input.contextPath}\` (read it first: scope, support sections, verification plan)`,
    ''
  ]
  const inputs =
    input.inputs.length === 0
      ? []
      : ['## Inputs', '', ...input.inputs.map((entry) => `- ${entry.name}: \`${entry.path}\``), '']
  return [
    ...header,
    ...inputs,
    '## Task',
    '',
    ...laneTask(input),
    '',
    '## Rules',
    '',
    ...SHARED_RULES.map((rule) => `- ${rule}`),
    ''
  ].join('\n')
}

function laneTitle(lane: Lane): string {
  const titles: Record<Lane, string> = {
    execute: 'execute the item',
    fix: 'fix round',
    remediation: 'remediation round',
    audit_codex: 'independent audit (codex lane)',
    audit_claude: 'independent audit (claude lane)',
    triage: 'triage'
  }
  return titles[lane]
}

function laneTask(input: PromptInput): string[] {
  const redGreen = input.context.item.requires_red_green
    ? 'This item is behavioural: first write or adjust a test that fails on the current code (red), then make it pass (green), and record both runs with their real output in the red_green block.'
    : 'This item is not behavioural: verify it through the required artifacts and commands; do not fabricate failing tests. Explain in the red_green block why red/green does not apply.'
  switch (input.lane) {
    case 'execute':
      return [
        'Make the change the item describes, completely, within the allowed write roots.',
        redGreen,
        'Run the required verification commands of the item context yourself before you answer; report what you ran and what happened.'
      ]
    case 'fix':
    case 'remediation':
      return [
        input.lane === 'fix'
          ? 'The audit found problems with the previous change. Fix exactly the findings listed below, nothing else.'
          : 'Fix rounds did not resolve the findings. Take a step back, address the root cause of the findings listed below, and keep the change minimal.',
        `Findings to resolve: ${(input.targetFindingIds ?? []).join(', ') || '(see the triage report)'}`,
        redGreen
      ]
    case 'audit_codex':
    case 'audit_claude':
      return [
        'Review the candidate patch against the item: does it do what the action and exit criteria ask, within scope, with honest verification? Do not change any file.',
        'Report each problem as a finding with a severity, a category, the file and line it concerns, and why it matters. Report no finding you cannot point at.',
        'Mark a finding blocking only when the item must not pass with it.'
      ]
    case 'triage':
      return [
        'Decide what happens to this attempt from the merged findings and the verification report: pass, fix_required, awaiting_human_gate, blocked_external or escalate.',
        'Every blocking finding must be either resolved by a fix round or escalated; explain each disposition. A failing required verification command never allows pass.'
      ]
  }
}
