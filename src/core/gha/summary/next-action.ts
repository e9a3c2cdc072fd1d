import { bulletList, codeBlock, commitText, link, text } from './markdown.js'

/**
 * The exact next action on a run, as the item and plan pages show it: who must approve a
 * gate and where, the `gh workflow run` command (every input, `hop` included) that continues
 * a blocked item once its evidence is committed, what an escalation needs, or that the run is
 * done.
 */

/** A `workflow_dispatch` of the caller's workflow, as a person would send it. */
export interface WorkflowDispatch {
  readonly workflow: string
  readonly ref: string
  readonly inputs: ReadonlyArray<readonly [name: string, value: string]>
}

export type NextStep =
  | {
      readonly kind: 'gate'
      readonly itemId: string
      readonly environment: string
      readonly checkpoint: string
      /** The environment's required reviewers (`@login`, `team org/slug`); empty when unknown. */
      readonly reviewers: readonly string[]
      /** The workflow run whose gate job waits for the review. */
      readonly reviewUrl: string
    }
  | {
      readonly kind: 'evidence'
      readonly itemId: string
      readonly needed: readonly string[]
      /** The directory the evidence should be committed to (named in the dispatch). */
      readonly evidenceDir: string
      readonly dispatch: WorkflowDispatch
    }
  | { readonly kind: 'run-item'; readonly itemId: string; readonly why: string }
  | { readonly kind: 'continue' }
  | { readonly kind: 'escalated'; readonly itemId: string; readonly reasons: readonly string[] }
  | { readonly kind: 'done'; readonly runBranch: string; readonly pullRequestUrl?: string }

const SAFE_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/

/** One shell word: as it is when nothing in it is special, else single-quoted. */
export function shellWord(value: string): string {
  if (value !== '' && SAFE_WORD.test(value)) return value
  return `'${value.replace(/'/g, `'\\''`)}'`
}

export function ghWorkflowRun(dispatch: WorkflowDispatch): string {
  return [
    'gh workflow run',
    shellWord(dispatch.workflow),
    '--ref',
    shellWord(dispatch.ref),
    ...dispatch.inputs.map(([name, value]) => `-f ${shellWord(`${name}=${value}`)}`)
  ].join(' ')
}

/**
 * A command to copy, in a code block when it is plain printable text; anything else (markup a
 * page should never carry, even inside a fence) is shown escaped inline instead.
 */
function commandBlock(command: string): string {
  return /^[\x20-\x7e]*$/.test(command) && !/[<>&]/.test(command)
    ? codeBlock([command])
    : `Command: ${text(command, 2000)}`
}

export function renderNextStep(next: NextStep): string {
  switch (next.kind) {
    case 'gate':
      return [
        '### Next: human approval',
        `Item ${text(next.itemId, 100)} waits for a reviewer${
          next.reviewers.length === 0
            ? ` of environment **${text(next.environment, 200)}**`
            : `: one of ${next.reviewers.map((reviewer) => `**${text(reviewer, 100)}**`).join(', ')} (the required reviewers of environment **${text(next.environment, 200)}**)`
        }. Open the ${link('workflow run', next.reviewUrl)}, choose **Review deployments**, and approve or reject environment **${text(next.environment, 200)}**.`,
        `The approval applies to the reviewed checkpoint ${commitText(next.checkpoint)} only. ` +
          'It must come from someone other than the person who started the playbook run.'
      ].join('\n\n')
    case 'evidence':
      return [
        '### Next: external evidence',
        `Item ${text(next.itemId, 100)} is blocked until the following evidence is supplied:`,
        bulletList(next.needed),
        `Commit it to the directory ${text(next.evidenceDir, 300)} of the branch ${text(next.dispatch.ref, 200)}, then start the next hop:`,
        commandBlock(ghWorkflowRun(next.dispatch))
      ].join('\n\n')
    case 'run-item':
      return `### Next: item ${text(next.itemId, 100)}\n\nThis hop runs item ${text(next.itemId, 100)} (${text(next.why, 300)}).`
    case 'continue':
      return '### Next: continue\n\nThe next hop continues the run with the next item.'
    case 'escalated':
      return [
        '### Next: escalated',
        `Item ${text(next.itemId, 100)} escalated. The run stops here until a human resolves:`,
        bulletList(next.reasons)
      ].join('\n\n')
    case 'done':
      return [
        '### Next: done',
        `Every item of the playbook passed. The run branch ${text(next.runBranch, 200)} holds the result` +
          (next.pullRequestUrl === undefined
            ? '.'
            : `; review and merge it in the ${link('pull request', next.pullRequestUrl)}.`)
      ].join('\n\n')
  }
}
