import { randomBytes } from 'node:crypto'
import { writeFile } from 'atomically'
import { atomicTempPath } from '../core/run/atomic-temp.js'

/**
 * Writes a whole file or nothing: a temporary file in the same directory is written,
 * flushed to disk and renamed over the target, so a crash never leaves half a file. The
 * temporary file is named by src/core/run/atomic-temp.ts, so that one a crash leaves behind
 * is known for what it is.
 */
export async function writeFileAtomically(path: string, text: string): Promise<void> {
  await writeFile(path, text, {
    encoding: 'utf8',
    fsync: true,
    fsyncWait: true,
    tmpCreate: (target) => atomicTempPath(target, randomBytes(8).toString('hex'))
  })
}
