import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { PROJECT_ROOT } from './bundled-cli.js'

/**
 * The JSON Schemas a user gets under `schemas/`, compiled by an independent validator, so a
 * test checks artifacts against what we publish rather than against our own zod code.
 */

const ajv = new Ajv2020({ allErrors: true, strict: false })
ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/)

export function schemaErrors(stem: string, value: unknown): string[] {
  const validate =
    ajv.getSchema(stem) ??
    (ajv.addSchema(
      JSON.parse(readFileSync(join(PROJECT_ROOT, 'schemas', `${stem}.schema.json`), 'utf8')),
      stem
    ),
    ajv.getSchema(stem))
  if (validate === undefined) throw new Error(`no schema ${stem}`)
  return validate(value)
    ? []
    : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`)
}

const SUPERVISION_FILES: Record<string, string> = {
  'bridge_registration.json': 'supervision_bridge_registration',
  'active_stage.json': 'supervision_active_stage',
  'probe_request.json': 'supervision_probe_request',
  'probe_ack.json': 'supervision_probe_ack',
  'control_owner.json': 'supervision_control_lock'
}

/** Every JSON artifact under a supervision directory, with the schema it must satisfy. */
export function supervisionArtifacts(root: string): Array<{ path: string; schema: string }> {
  const found: Array<{ path: string; schema: string }> = []
  for (const name of readdirSync(root)) {
    const path = join(root, name)
    if (name === 'heartbeats' || name === 'interventions') {
      for (const entry of readdirSync(path))
        found.push({
          path: join(path, entry),
          schema: name === 'heartbeats' ? 'supervision_heartbeat' : 'supervision_intervention'
        })
    } else if (SUPERVISION_FILES[name] !== undefined && statSync(path).isFile()) {
      found.push({ path, schema: SUPERVISION_FILES[name] })
    }
  }
  return found
}
