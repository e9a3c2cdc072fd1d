import type { AgentsByLane } from '../../kernel/ports.js'
import type { AgentIsolation } from '../agent-user/isolation.js'
import { createClaudeAgent } from './claude.js'
import type { ClaudeAgentOptions } from './claude.js'
import { createCodexAgent } from './codex.js'
import type { CodexAgentOptions } from './codex.js'
import { createScriptedAgent } from './scripted.js'
import type { ScriptedAgentOptions } from './scripted.js'

export type { Invocation } from './invocation.js'

export type AgentsKind = 'codex-claude' | 'scripted'

export interface AgentsOptions {
  /**
   * Extra variables every agent may see, on top of each one's own (e.g. `FAKE_AGENT_*` so
   * the fake CLIs in tests receive their scenario; the allowlist drops them otherwise).
   */
  readonly passThrough?: readonly string[]
  /** Every agent runs as the agent user (docs/security.md); absent: as this process. */
  readonly agentUser?: AgentIsolation
  readonly codex?: CodexAgentOptions
  readonly claude?: ClaudeAgentOptions
  /** For `scripted`: the scenario (or its file); without one every lane gets its default. */
  readonly scripted?: ScriptedAgentOptions
}

/**
 * Which agent serves which lane. Codex makes the changes, audits once and triages; claude is
 * the second, independent auditor. `scripted` serves every lane from one scenario.
 */
export function createAgents(kind: AgentsKind, options: AgentsOptions = {}): AgentsByLane {
  const shared = options.passThrough ?? []
  const merged = (own: readonly string[] | undefined): string[] => [...shared, ...(own ?? [])]
  const isolated = options.agentUser === undefined ? {} : { agentUser: options.agentUser }
  if (kind === 'scripted') {
    const scripted = createScriptedAgent({
      models: {
        codex: { model: options.codex?.model, effort: options.codex?.effort },
        claude: { model: options.claude?.model, effort: options.claude?.effort }
      },
      ...options.scripted,
      ...isolated,
      passThrough: merged(options.scripted?.passThrough)
    })
    return {
      execute: scripted,
      fix: scripted,
      remediation: scripted,
      audit_codex: scripted,
      audit_claude: scripted,
      triage: scripted
    }
  }
  const codex = createCodexAgent({
    ...options.codex,
    ...isolated,
    passThrough: merged(options.codex?.passThrough)
  })
  const claude = createClaudeAgent({
    ...options.claude,
    ...isolated,
    passThrough: merged(options.claude?.passThrough)
  })
  return {
    execute: codex,
    fix: codex,
    remediation: codex,
    audit_codex: codex,
    audit_claude: claude,
    triage: codex
  }
}
