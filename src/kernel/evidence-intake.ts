import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join, relative } from 'node:path'
import type { RuntimeOptions } from '../core/policy/runtime-policy.js'
import { isoSeconds } from '../core/time.js'
import type { AttemptBase } from './item-attempt.js'

/**
 * Receiving external evidence for an item (`run` and `resume --external-evidence-dir`): the
 * package is copied into the run, so it cannot change under the attempt, as regular files and
 * directories only (see RunFiles.copyEvidence in ports.ts), every file hashed into a manifest
 * beside the copy. The caller has already checked the package before writing anything; the
 * copy checks it again as it goes.
 */

export const EVIDENCE_LIMIT_SOURCE = 'runtime policy max_evidence_package_bytes'

/** The rules a run's evidence is held to, named as the user gave the directory. */
export function evidenceRules(
  given: string,
  options: Pick<RuntimeOptions, 'max_evidence_package_bytes'>
): { label: string; maxBytes: number; limitSource: string } {
  return {
    label: `--external-evidence-dir ${given}`,
    maxBytes: options.max_evidence_package_bytes,
    limitSource: EVIDENCE_LIMIT_SOURCE
  }
}

/** Copies, hashes and records the evidence for `itemId`; returns the stored copy. */
export async function receiveEvidence(
  base: AttemptBase,
  itemId: string,
  dir: string
): Promise<string> {
  const stamp = base.clock
    .now()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z')
  const received = join(base.session.layout.controlDir, 'external_evidence', itemId)
  let copy = join(received, stamp)
  for (let k = 2; existsSync(copy) || existsSync(`${copy}.manifest.json`); k += 1)
    copy = join(received, `${stamp}-${k}`)
  await mkdir(received, { recursive: true })
  const copied = await base.session.files.copyEvidence(dir, copy, evidenceRules(dir, base.options))
  await base.session.files.writeJson(`${copy}.manifest.json`, {
    schema_version: 'plan_orchestrator.external_evidence.v1',
    item_id: itemId,
    received_at_utc: isoSeconds(base.clock.now()),
    source: dir,
    total_bytes: copied.totalBytes,
    files: copied.files
  })
  await base.session.note(
    itemId,
    'human',
    `external evidence received: ${copied.files.length} file(s), manifest ${relative(base.session.layout.repoRoot, copy)}.manifest.json`
  )
  return copy
}
