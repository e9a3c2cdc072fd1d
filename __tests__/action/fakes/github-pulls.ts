/**
 * Pull requests in the GitHub fake: the REST list / create / update operations the hand-off
 * uses, shaped as GitHub's description says (checked by the fake's contract validator), and the
 * one GraphQL mutation REST lacks (`markPullRequestReadyForReview`: REST's update has no
 * `draft` field). Behaviour that matters to idempotence is GitHub's: a second open pull request
 * for the same head and base is refused with 422, and `head` filters by `owner:branch`.
 */

export interface FakePullRequest {
  readonly number: number
  readonly nodeId: string
  title: string
  body: string
  readonly head: string
  readonly base: string
  draft: boolean
  state: 'open' | 'closed'
  /** Every body the pull request had, in order (the first one from its creation). */
  readonly bodies: string[]
  readonly createdAt: Date
  updatedAt: Date
}

export class PullRequestConflict extends Error {}

export class PullStore {
  readonly pulls: FakePullRequest[] = []

  list(filter: { head?: string; base?: string; state?: string }, owner: string): FakePullRequest[] {
    const state = filter.state ?? 'open'
    return this.pulls.filter(
      (pull) =>
        (state === 'all' || pull.state === state) &&
        (filter.head === undefined || `${owner}:${pull.head}` === filter.head) &&
        (filter.base === undefined || pull.base === filter.base)
    )
  }

  create(input: {
    title: string
    head: string
    base: string
    body: string
    draft: boolean
  }): FakePullRequest {
    if (
      this.pulls.some(
        (pull) => pull.state === 'open' && pull.head === input.head && pull.base === input.base
      )
    )
      throw new PullRequestConflict(`A pull request already exists for ${input.head}.`)
    const number = this.pulls.length + 1
    const now = new Date()
    const pull: FakePullRequest = {
      number,
      nodeId: `PR_kwDOFAKE${String(number).padStart(4, '0')}`,
      title: input.title,
      body: input.body,
      head: input.head,
      base: input.base,
      draft: input.draft,
      state: 'open',
      bodies: [input.body],
      createdAt: now,
      updatedAt: now
    }
    this.pulls.push(pull)
    return pull
  }

  byNumber(number: number): FakePullRequest | undefined {
    return this.pulls.find((pull) => pull.number === number)
  }

  byNodeId(id: string): FakePullRequest | undefined {
    return this.pulls.find((pull) => pull.nodeId === id)
  }
}

type Json = Record<string, unknown>

/** GitHub's full repository object: the minimal one plus the fields `repository` requires. */
export function fullRepository(minimal: Json, sshHost: string): Json {
  const name = String(minimal['full_name'])
  return {
    ...minimal,
    clone_url: `${String(minimal['html_url'])}.git`,
    git_url: `git://${sshHost}/${name}.git`,
    ssh_url: `git@${sshHost}:${name}.git`,
    svn_url: String(minimal['html_url']),
    mirror_url: null,
    homepage: null,
    language: 'TypeScript',
    default_branch: 'main',
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    open_issues: 0,
    open_issues_count: 0,
    size: 1,
    has_downloads: true,
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    archived: false,
    disabled: false,
    license: null,
    pushed_at: '2026-01-01T00:00:00Z',
    created_at: '2025-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z'
  }
}

export function pullJson(
  pull: FakePullRequest,
  deps: { repoApi: string; repoHtml: string; owner: string; user: Json; repository: Json }
): Json {
  const api = `${deps.repoApi}/pulls/${pull.number}`
  const issue = `${deps.repoApi}/issues/${pull.number}`
  const html = `${deps.repoHtml}/pull/${pull.number}`
  const side = (ref: string): Json => ({
    label: `${deps.owner}:${ref}`,
    ref,
    sha: '0'.repeat(40),
    user: deps.user,
    repo: deps.repository
  })
  const link = (href: string): Json => ({ href })
  return {
    url: api,
    id: 1_800_000_000 + pull.number,
    node_id: pull.nodeId,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issue,
    commits_url: `${api}/commits`,
    review_comments_url: `${api}/comments`,
    review_comment_url: `${deps.repoApi}/pulls/comments{/number}`,
    comments_url: `${issue}/comments`,
    statuses_url: `${deps.repoApi}/statuses/${'0'.repeat(40)}`,
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    user: deps.user,
    body: pull.body,
    labels: [],
    milestone: null,
    active_lock_reason: null,
    created_at: pull.createdAt.toISOString().replace(/\.\d+Z$/, 'Z'),
    updated_at: pull.updatedAt.toISOString().replace(/\.\d+Z$/, 'Z'),
    closed_at: null,
    merged_at: null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: side(pull.head),
    base: side(pull.base),
    _links: {
      self: link(api),
      html: link(html),
      issue: link(issue),
      comments: link(`${issue}/comments`),
      review_comments: link(`${api}/comments`),
      review_comment: link(`${deps.repoApi}/pulls/comments{/number}`),
      commits: link(`${api}/commits`),
      statuses: link(`${deps.repoApi}/statuses/${'0'.repeat(40)}`)
    },
    author_association: 'NONE',
    auto_merge: null,
    draft: pull.draft,
    merged: false,
    mergeable: null,
    rebaseable: null,
    mergeable_state: 'unknown',
    merged_by: null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: 0,
    deletions: 0,
    changed_files: 0
  }
}
