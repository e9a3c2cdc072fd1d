import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { pushRunRefs } from '../../src/adapters/github/run-refs.js'
import {
  ITEM_BRANCH,
  RUN_BRANCH,
  RUN_ID,
  type TempRepo,
  createTempRepo,
  git
} from './git/temp-repo.js'

// Two hops of one run that started from the same state can make byte-identical commits (same
// tree, parent, author and second). git reports a push of what origin already holds as up to
// date, lease or not, so the second hop must see that it lost, not that it published.

let repo: TempRepo
let origin: string

/** A clone of origin, as a hop's checkout is, with the run's branches fetched. */
function hopCheckout(name: string): string {
  const dir = join(repo.base, name)
  git(repo.base, 'clone', '-q', origin, dir)
  git(dir, 'config', 'user.name', 'github-actions[bot]')
  git(dir, 'config', 'user.email', 'bot@example.test')
  git(dir, 'fetch', '-q', 'origin', `+refs/heads/${RUN_BRANCH}:refs/heads/${RUN_BRANCH}`)
  return dir
}

/** The same commit in every checkout: fixed dates, same tree, same parent. */
function commitAttempt(dir: string, branch: string, from: string): string {
  git(dir, 'checkout', '-q', '-B', branch, from)
  execFileSync('git', ['commit', '-q', '--allow-empty', '-m', 'checkpoint'], {
    cwd: dir,
    env: {
      PATH: process.env.PATH ?? '',
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_DATE: '2026-03-25T12:00:00Z',
      GIT_COMMITTER_DATE: '2026-03-25T12:00:00Z'
    }
  })
  return git(dir, 'rev-parse', 'HEAD').trim()
}

beforeEach(() => {
  repo = createTempRepo()
  git(repo.root, 'branch', RUN_BRANCH)
  origin = join(repo.base, 'origin.git')
  git(repo.base, 'clone', '-q', '--bare', repo.root, origin)
})

afterEach(() => repo.cleanup())

it('the second of two hops that made the same attempt commit is refused', async () => {
  const head = git(origin, 'rev-parse', RUN_BRANCH).trim()
  const [first, second] = [hopCheckout('hop-a'), hopCheckout('hop-b')]
  const commits = [first, second].map((dir) => commitAttempt(dir, ITEM_BRANCH, RUN_BRANCH))
  expect(commits[0]).toBe(commits[1])

  await pushRunRefs(first, RUN_ID, undefined, head, [])
  await expect(pushRunRefs(second, RUN_ID, undefined, head, [])).rejects.toThrow(
    new RegExp(
      `publishing run ${RUN_ID} refused, nothing of this hop was published: .*already on origin at this hop's value: refs/heads/${ITEM_BRANCH}`
    )
  )
  expect(git(origin, 'rev-parse', ITEM_BRANCH).trim()).toBe(commits[0])
})

it('the second of two hops that moved the run branch to the same commit is refused', async () => {
  const head = git(origin, 'rev-parse', RUN_BRANCH).trim()
  const [first, second] = [hopCheckout('hop-a'), hopCheckout('hop-b')]
  for (const dir of [first, second]) {
    const moved = commitAttempt(dir, ITEM_BRANCH, RUN_BRANCH)
    git(dir, 'branch', '-f', RUN_BRANCH, moved)
  }
  await pushRunRefs(first, RUN_ID, undefined, head, [])
  await expect(pushRunRefs(second, RUN_ID, undefined, head, [])).rejects.toThrow(
    /already on origin at this hop's value: .*refs\/heads\/orchestrator\/run\//
  )
})

it('attempt branches origin already held, and an unmoved run branch, publish as before', async () => {
  const head = git(origin, 'rev-parse', RUN_BRANCH).trim()
  const first = hopCheckout('hop-a')
  commitAttempt(first, ITEM_BRANCH, RUN_BRANCH)
  await pushRunRefs(first, RUN_ID, undefined, head, [])

  // The next hop fetched that attempt branch at its start and adds nothing to it.
  const next = hopCheckout('hop-b')
  git(next, 'fetch', '-q', 'origin', `+refs/heads/${ITEM_BRANCH}:refs/heads/${ITEM_BRANCH}`)
  await expect(pushRunRefs(next, RUN_ID, undefined, head, [ITEM_BRANCH])).resolves.toBeUndefined()
})
