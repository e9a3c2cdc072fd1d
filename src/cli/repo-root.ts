import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { UserInputError } from '../errors.js'

/**
 * The repository the command works on: the git work tree around the current directory.
 * One plain `git rev-parse`, so that commands which only read a run (`status`) never load
 * the git adapter.
 */
export async function resolveRepoRoot(cwd: string): Promise<string> {
  try {
    // eslint-disable-next-line no-restricted-syntax -- see above: the adapter is not loaded here
    const { stdout } = await promisify(execFile)('git', ['rev-parse', '--show-toplevel'], {
      cwd,
      encoding: 'utf8'
    })
    return stdout.trim()
  } catch {
    throw new UserInputError(`${cwd} is not inside a git repository`)
  }
}
