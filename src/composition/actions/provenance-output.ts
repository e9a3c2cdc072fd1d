import { readFile } from 'node:fs/promises'
import { relative } from 'node:path'
import * as core from '@actions/core'
import { createGitPort } from '../../adapters/git-port.js'
import { runFiles } from '../../adapters/run-files.js'
import { loadRunState } from '../../adapters/run-store.js'
import { canonicalJson } from '../../core/provenance/statement.js'
import type { RunLayout } from '../../core/run/layout.js'
import { ProvenanceStatementSchema } from '../../core/schemas/provenance.js'
import { writeItemStatement } from '../../kernel/provenance.js'

/**
 * A passed item's provenance statement on GitHub (docs/provenance.md). The kernel wrote it
 * when the item passed; the job writes it again once GitHub's facts are on record (the item
 * job's link in the chain, GitHub's approval record), before the state is uploaded, so the
 * statement names the jobs that produced and approved the checkpoint. The outputs feed the
 * reusable workflow's `attest` job: actions/attest signs the predicate for the item's patch.
 */
export async function publishStatement(run: RunLayout, itemId: string): Promise<void> {
  const state = await loadRunState(run)
  const item = state.items.find((entry) => entry.item_id === itemId)
  if (item?.terminal_state !== 'passed') return
  try {
    const path = await writeItemStatement(run, state, itemId, {
      files: runFiles,
      git: createGitPort()
    })
    const statement = ProvenanceStatementSchema.parse(JSON.parse(await readFile(path, 'utf8')))
    const patch = statement.subject.find((subject) => 'sha256' in subject.digest)
    if (patch === undefined || !('sha256' in patch.digest)) return
    core.setOutput('provenance-statement', relative(run.repoRoot, path))
    core.setOutput('provenance-subject-name', patch.name)
    core.setOutput('provenance-subject-digest', `sha256:${patch.digest.sha256}`)
    core.setOutput('provenance-predicate-type', statement.predicateType)
    core.setOutput('provenance-predicate', canonicalJson(statement.predicate))
  } catch (error) {
    // The pass stands; `verify` names the item whose statement is missing or stale.
    core.warning(
      `the provenance statement of item ${itemId} could not be written: ${error instanceof Error ? error.message : String(error)}`
    )
  }
}
