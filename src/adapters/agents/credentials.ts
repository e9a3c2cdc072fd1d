/**
 * Each agent sees only its own credentials and home: a prompt-injected codex must not be
 * able to read claude's key, nor the other way round.
 */

export const CODEX_CREDENTIAL_ENV: readonly string[] = [
  'CODEX_API_KEY',
  'OPENAI_API_KEY',
  'CODEX_ACCESS_TOKEN'
]

export const CLAUDE_CREDENTIAL_ENV: readonly string[] = [
  'ANTHROPIC_API_KEY',
  'CLAUDE_CODE_OAUTH_TOKEN',
  'ANTHROPIC_AUTH_TOKEN'
]

/** Credentials plus the CLI's home and endpoint settings. */
export const CODEX_PASS_THROUGH: readonly string[] = [
  ...CODEX_CREDENTIAL_ENV,
  'CODEX_HOME',
  'OPENAI_BASE_URL',
  'CODEX_CA_CERTIFICATE'
]

export const CLAUDE_PASS_THROUGH: readonly string[] = [
  ...CLAUDE_CREDENTIAL_ENV,
  'CLAUDE_CONFIG_DIR',
  'ANTHROPIC_BASE_URL'
]
