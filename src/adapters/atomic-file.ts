import { writeFile } from 'atomically'

/**
 * Writes a whole file or nothing: a temporary file in the same directory is written,
 * flushed to disk and renamed over the target, so a crash never leaves half a file.
 */
export async function writeFileAtomically(path: string, text: string): Promise<void> {
  await writeFile(path, text, { encoding: 'utf8', fsync: true, fsyncWait: true })
}
