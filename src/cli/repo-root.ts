import { simpleGit } from 'simple-git'
import { UserInputError } from '../errors.js'

/** The repository the command works on: the git work tree around the current directory. */
export async function resolveRepoRoot(cwd: string): Promise<string> {
  try {
    return (await simpleGit({ baseDir: cwd }).revparse(['--show-toplevel'])).trim()
  } catch {
    throw new UserInputError(`${cwd} is not inside a git repository`)
  }
}
