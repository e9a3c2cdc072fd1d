import { homedir } from 'node:os'
import { join } from 'node:path'
import type { CallHomeCredential } from './call-home.js'

/**
 * Each agent sees only its own credentials: a prompt-injected codex must not be able to read
 * claude's key, nor the other way round. Credentials reach an agent through its environment;
 * its home is a fresh one per call (call-home.ts), into which only its own login file is
 * copied for a user who logged in interactively.
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

/**
 * Credentials plus the CLI's endpoint settings. Not `CODEX_HOME`/`CLAUDE_CONFIG_DIR`: those
 * always point at the call's fresh home, never at a shared, writable configuration.
 */
export const CODEX_PASS_THROUGH: readonly string[] = [
  ...CODEX_CREDENTIAL_ENV,
  'OPENAI_BASE_URL',
  'CODEX_CA_CERTIFICATE'
]

export const CLAUDE_PASS_THROUGH: readonly string[] = [
  ...CLAUDE_CREDENTIAL_ENV,
  'ANTHROPIC_BASE_URL'
]

type SourceEnv = Readonly<Record<string, string | undefined>>

function userHome(env: SourceEnv): string {
  return env.HOME?.trim() || homedir()
}

/** `$CODEX_HOME/auth.json` (default `~/.codex/auth.json`): what `codex login` writes. */
export function codexLoginFile(env: SourceEnv): CallHomeCredential {
  const codexHome = env.CODEX_HOME?.trim() || join(userHome(env), '.codex')
  return { source: join(codexHome, 'auth.json'), target: '.codex/auth.json' }
}

/**
 * `$CLAUDE_CONFIG_DIR/.credentials.json` (default `~/.claude/.credentials.json`): where
 * `claude auth login` keeps its OAuth login on Linux. A login kept in the macOS keychain is
 * not a file and does not carry over; use `CLAUDE_CODE_OAUTH_TOKEN` or `ANTHROPIC_API_KEY`.
 */
export function claudeLoginFile(env: SourceEnv): CallHomeCredential {
  const configDir = env.CLAUDE_CONFIG_DIR?.trim() || join(userHome(env), '.claude')
  return { source: join(configDir, '.credentials.json'), target: '.claude/.credentials.json' }
}
