import { EOL } from 'node:os'

/**
 * As `core.setFailed(message)`, byte for byte: an error annotation, and the step fails when the
 * process ends. The launcher reports every failure with it, the input error included, without
 * loading @actions/core, whose entry loads undici (0.9 MB) for its OIDC client: that alone
 * would cost more than the rest of an action's start-up (docs/performance.md).
 */
export function failStep(message: string): void {
  process.exitCode = 1
  const data = message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
  process.stdout.write(`::error::${data}${EOL}`)
}
