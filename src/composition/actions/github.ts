import type * as Api from '../../adapters/github/github-api.js'
import type * as Artifacts from '../../adapters/github/state-artifacts.js'

/**
 * GitHub's clients, loaded when an action first calls GitHub or moves an artifact: Octokit
 * and @actions/artifact (with its protobuf, archiver and Azure code, about 2 MB) are most of
 * the bundle, and a plan job for a new run or a failing input check needs neither. ncc turns
 * each import() into a chunk of its own (docs/performance.md, "Action bundle cold start").
 */

export async function createGitHubApi(
  input: Parameters<typeof Api.createGitHubApi>[0]
): Promise<Api.GitHubApi> {
  return (await import('../../adapters/github/github-api.js')).createGitHubApi(input)
}

const artifacts = (): Promise<typeof Artifacts> =>
  import('../../adapters/github/state-artifacts.js')

export const uploadRunState: typeof Artifacts.uploadRunState = async (input) =>
  (await artifacts()).uploadRunState(input)
export const uploadDiagnostics: typeof Artifacts.uploadDiagnostics = async (input) =>
  (await artifacts()).uploadDiagnostics(input)
export const findRunState: typeof Artifacts.findRunState = async (runId, source) =>
  (await artifacts()).findRunState(runId, source)
export const stageRunState: typeof Artifacts.stageRunState = async (input) =>
  (await artifacts()).stageRunState(input)
export const installStagedState: typeof Artifacts.installStagedState = async (input) =>
  (await artifacts()).installStagedState(input)
export const discardStagedState: typeof Artifacts.discardStagedState = async (staged) =>
  (await artifacts()).discardStagedState(staged)
