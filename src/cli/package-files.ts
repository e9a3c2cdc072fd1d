import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { UserInputError } from '../errors.js'

/**
 * A file shipped with this installation (`examples/…`), found by walking up from the running
 * code: the same in the checkout, in `dist/cli` and in a globally installed package.
 */
export function packageFile(relativePath: string): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const candidate = join(dir, relativePath)
    if (existsSync(candidate)) return candidate
    const parent = dirname(dir)
    if (parent === dir)
      throw new UserInputError(`cannot find ${relativePath} next to this installation`)
    dir = parent
  }
}
