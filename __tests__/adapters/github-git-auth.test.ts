import { type IncomingHttpHeaders, type ServerResponse, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { randomBytes } from 'node:crypto'
import { hardenedGitEnv } from '../../src/adapters/git/git-runner.js'
import { withoutJobSecrets } from '../../src/adapters/child-env.js'
import {
  type GitHubGitAuth,
  fetchRunRefs,
  gitHubAuth,
  pushRunRefs
} from '../../src/adapters/github/run-refs.js'
import { holdsAny, scanProcesses, tokenForms } from '../helpers/proc-scan.js'
import { RUN_ID, createTempRepo, git } from './git/temp-repo.js'

// The job's token reaches git through the environment of the one git process that needs it,
// as a header for the GitHub server's URLs only: never in an argv (any process can read
// /proc/<pid>/cmdline), never to a remote somewhere else. Real git, real HTTP on 127.0.0.1.

interface HeldRequest {
  readonly url: string
  readonly headers: IncomingHttpHeaders
  readonly response: ServerResponse
}

interface GitServer {
  readonly url: string
  /** The next request git makes; git waits for its answer until the test gives one. */
  nextRequest(): Promise<HeldRequest>
  /** Answers every later request (a retry, a second fetch) with 404 at once. */
  refuseTheRest(): void
  close(): Promise<void>
}

async function gitServer(): Promise<GitServer> {
  const waiting: HeldRequest[] = []
  const waiters: Array<(request: HeldRequest) => void> = []
  let refusing = false
  const server = createServer((request, response) => {
    if (refusing) {
      response.writeHead(404).end()
      return
    }
    const held = { url: request.url ?? '', headers: request.headers, response }
    const waiter = waiters.shift()
    if (waiter === undefined) waiting.push(held)
    else waiter(held)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    nextRequest: () =>
      new Promise((resolve) => {
        const held = waiting.shift()
        if (held === undefined) waiters.push(resolve)
        else resolve(held)
      }),
    refuseTheRest: () => {
      refusing = true
      for (const held of waiting.splice(0)) held.response.writeHead(404).end()
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

const servers: GitServer[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()))
})

async function started(): Promise<GitServer> {
  const server = await gitServer()
  servers.push(server)
  return server
}

function repoWithOrigin(url: string): string {
  const repo = createTempRepo()
  git(repo.root, 'remote', 'add', 'origin', `${url}/acme/widgets.git`)
  git(repo.root, 'branch', `orchestrator/run/${RUN_ID}`)
  return repo.root
}

const newToken = (): string => `ghs_canary${randomBytes(12).toString('hex')}`

describe.each([
  [
    'fetch',
    (repo: string, runId: string, auth: GitHubGitAuth) => fetchRunRefs(repo, runId, auth),
    'git-upload-pack'
  ],
  [
    'push',
    (repo: string, runId: string, auth: GitHubGitAuth) => pushRunRefs(repo, runId, auth, null),
    'git-receive-pack'
  ]
] as const)('%s of the run refs', (verb, call, service) => {
  it('sends the token as a header, and no process on the machine has it in its argv', async () => {
    const github = await started()
    const repo = repoWithOrigin(github.url)
    const token = newToken()
    const calling = call(repo, RUN_ID, { token, serverUrl: github.url })
    calling.catch(() => undefined)

    const request = await github.nextRequest()
    // git is alive and waiting for this answer: everything it runs is visible now.
    const processes = scanProcesses()
    request.response.writeHead(404).end()
    github.refuseTheRest()
    await expect(calling).rejects.toThrow(/failed/)

    expect(request.url).toBe(`/acme/widgets.git/info/refs?service=${service}`)
    expect(request.headers.authorization).toBe(
      `basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`
    )
    const gitCalls = processes.filter(
      (process) => process.cwd === repo && process.argv.some((arg) => arg === verb)
    )
    expect(gitCalls.length).toBeGreaterThan(0)
    const leaks = processes.filter((process) => holdsAny(process.argv.join(' '), tokenForms(token)))
    expect(leaks).toEqual([])
  })

  it('gives no credentials to a remote that is not the GitHub server', async () => {
    const github = await started()
    const elsewhere = await started()
    const repo = repoWithOrigin(elsewhere.url)
    const calling = call(repo, RUN_ID, { token: newToken(), serverUrl: github.url })
    calling.catch(() => undefined)
    const request = await elsewhere.nextRequest()
    request.response.writeHead(404).end()
    elsewhere.refuseTheRest()
    await expect(calling).rejects.toThrow(/failed/)
    expect(request.headers.authorization).toBeUndefined()
  })
})

describe('gitHubAuth', () => {
  it('scopes the header to the server, and gives none without a token', () => {
    expect(gitHubAuth({ token: 't', serverUrl: 'https://ghe.example.com/' })).toEqual({
      envConfig: [
        [
          'http.https://ghe.example.com/.extraheader',
          'AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46dA=='
        ]
      ]
    })
    expect(gitHubAuth({ token: '', serverUrl: 'https://github.com' })).toEqual({})
    expect(gitHubAuth(undefined)).toEqual({})
  })

  it('refuses a server that is not an http(s) URL', () => {
    for (const serverUrl of ['', 'github.com', 'file:///etc', 'ext::sh -c id'])
      expect(() => gitHubAuth({ token: 't', serverUrl })).toThrow(/is not an http\(s\) URL/)
  })
})

describe('environments that reach git and the kernel', () => {
  const runnerEnv = {
    PATH: '/usr/bin',
    HOME: '/home/runner',
    'INPUT_GITHUB-TOKEN': 'ghs_input',
    ACTIONS_RUNTIME_TOKEN: 'jwt',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
    GITHUB_TOKEN: 'ghs_env',
    GH_TOKEN: 'ghs_gh',
    GITHUB_OUTPUT: '/runner/_temp/output',
    GITHUB_ENV: '/runner/_temp/env',
    GITHUB_PATH: '/runner/_temp/path',
    GITHUB_STATE: '/runner/_temp/state',
    GITHUB_STEP_SUMMARY: '/runner/_temp/summary',
    GITHUB_WORKSPACE: '/runner/work/widgets',
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: 'core.hooksPath',
    GIT_CONFIG_VALUE_0: '/tmp/hooks',
    ANTHROPIC_API_KEY: 'sk-ant'
  }

  it('git gets no token, input or inherited git configuration', () => {
    const env = hardenedGitEnv(runnerEnv)
    expect(Object.keys(env).sort()).toEqual(
      [
        'ANTHROPIC_API_KEY',
        'GITHUB_ENV',
        'GITHUB_OUTPUT',
        'GITHUB_PATH',
        'GITHUB_STATE',
        'GITHUB_STEP_SUMMARY',
        'GITHUB_WORKSPACE',
        'GIT_NO_REPLACE_OBJECTS',
        'GIT_OPTIONAL_LOCKS',
        'GIT_TERMINAL_PROMPT',
        'HOME',
        'LC_ALL',
        'PATH'
      ].sort()
    )
  })

  it('the kernel the item action starts gets neither the tokens nor the runner file commands', () => {
    const env = withoutJobSecrets(runnerEnv)
    for (const name of Object.keys(runnerEnv)) {
      if (/TOKEN|^INPUT_|^ACTIONS_|^GITHUB_(OUTPUT|ENV|PATH|STATE|STEP_SUMMARY)$/.test(name))
        expect(env).not.toHaveProperty([name])
      else expect(env).toHaveProperty([name], runnerEnv[name as keyof typeof runnerEnv])
    }
  })
})
