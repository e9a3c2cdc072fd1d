import type { ProvenanceStatement } from '../schemas/provenance.js'

/**
 * The provenance part of a pull request body: one line per commit of the run branch, naming
 * its item and linking its statement (or, when signed, its attestation). Pure; the PR
 * hand-off plugs it in with the commits it walked and the links it can give.
 */

export interface CommitProvenance {
  readonly sha: string
  readonly itemId: string
  /** The commit that ends the item's change (the one its statement's subject names). */
  readonly checkpoint: boolean
  /** Where a reader finds the statement: a URL or a path inside the state artifact. */
  readonly statement: string
  /** The attestation's URL when the item was signed (`attest: true`). */
  readonly attestationUrl?: string
  /** `passed` by review or `approved` at a gate (with its reviewer). */
  readonly outcome: 'passed' | 'approved'
  readonly reviewer?: string
}

/** Markdown list, oldest commit first; an empty list renders as a one-line note. */
export function renderProvenanceLines(commits: readonly CommitProvenance[]): string {
  if (commits.length === 0) return '_No commits on the run branch._\n'
  return commits
    .map((commit) => {
      const outcome =
        commit.outcome === 'approved'
          ? `approved${commit.reviewer === undefined ? '' : ` by ${plain(commit.reviewer)}`}`
          : 'passed review'
      const link =
        commit.attestationUrl === undefined
          ? `statement: \`${code(commit.statement)}\``
          : `[signed statement](${url(commit.attestationUrl)}) (\`${code(commit.statement)}\`)`
      const role = commit.checkpoint ? `checkpoint, ${outcome}` : 'part of the change'
      return `- \`${commit.sha.slice(0, 12)}\` item ${plain(commit.itemId)}: ${role}; ${link}`
    })
    .join('\n')
    .concat('\n')
}

/** Text a reviewer's login or an item id can carry, with markdown and HTML defused. */
function plain(text: string): string {
  return text.replace(/[\\`*_[\]()<>#|!~]/g, (char) => `\\${char}`).replace(/\s+/g, ' ')
}

function code(text: string): string {
  return text.replace(/[`\r\n]/g, '')
}

/** Only http(s) links; anything else is shown as text. */
function url(text: string): string {
  return /^https?:\/\/[^\s()<>]+$/.test(text) ? text : encodeURI('about:blank')
}

/**
 * The lines of a run's statements, in plan order and commit order within an item.
 * `statementLink` turns a statement's repo-relative path into what the reader can open;
 * `attestations` maps an item id to its attestation URL.
 */
export function commitProvenance(
  statements: ReadonlyArray<{ readonly path: string; readonly statement: ProvenanceStatement }>,
  options: {
    readonly statementLink?: (path: string) => string
    readonly attestations?: ReadonlyMap<string, string>
  } = {}
): CommitProvenance[] {
  const link = options.statementLink ?? ((path: string) => path)
  return [...statements]
    .sort((a, b) => a.statement.predicate.item.order - b.statement.predicate.item.order)
    .flatMap(({ path, statement }) => {
      const { item, change, outcome, gate } = statement.predicate
      const attestationUrl = options.attestations?.get(item.item_id)
      return change.commits.map((sha) => ({
        sha,
        itemId: item.item_id,
        checkpoint: sha === change.checkpoint_sha,
        statement: link(path),
        outcome,
        ...(gate === null ? {} : { reviewer: gate.reviewer }),
        ...(attestationUrl === undefined ? {} : { attestationUrl })
      }))
    })
}
