import { DEFAULT_PRICES_AS_OF, DEFAULT_PRICE_SOURCES } from '../usage/prices.js'
import type { OptionName } from './runtime-policy.js'

/**
 * What each runtime-policy key means, for docs/configuration.md (generated from the policy
 * definitions by scripts/generate-config-doc.ts). A key documented where it is defined (a
 * `/** … *\/` comment on its schema entry, or `.describe()`) needs no entry here; a key with
 * neither is listed as undocumented and the generator says so.
 */
export const OPTION_DOCS: Readonly<Partial<Record<OptionName, string>>> = {
  codex_model:
    'The model of codex, which makes the changes (execute, fix, remediation), gives the first audit and triages (`codex exec -m`).',
  codex_reasoning_effort:
    'How much codex reasons before it answers (`-c model_reasoning_effort=…`); more is slower and costs more.',
  claude_model: 'The model of claude, the second, independent auditor (`claude -p --model`).',
  claude_effort: 'How much effort claude spends on its audit (`--effort`).',
  auto_advance:
    'After an item passes, go on to the next unfinished item in the same invocation instead of stopping.',
  max_items:
    'Stop after this many items in one invocation (`null`: no limit); with `auto_advance`, a brake on how far one command goes.',
  max_fix_rounds:
    'Fix rounds an attempt may spend on blocking findings before it escalates (`0`: escalate at the first).',
  max_remediation_rounds:
    'Remediation rounds (triage asked for a broader rework) an attempt may spend before it escalates.',
  execution_timeout_sec:
    'Wall-clock limit of the execute stage, in seconds; past it the agent (its whole process group) is stopped and the stage fails as timed out.',
  verification_timeout_sec:
    'Wall-clock limit of each verification command, in seconds; a command that runs longer fails as `timeout`.',
  audit_timeout_sec: 'Wall-clock limit of each audit (codex and claude), in seconds.',
  triage_timeout_sec: 'Wall-clock limit of triage, in seconds.',
  fix_timeout_sec: 'Wall-clock limit of each fix round, in seconds.',
  remediation_timeout_sec: 'Wall-clock limit of each remediation round, in seconds.',
  agent_idle_timeout_sec:
    'An agent that writes nothing to stdout or stderr for this long, in seconds, is stopped as hung (`idle_timeout`), whatever its stage limit.',
  max_cost_usd_per_item:
    'USD the agent calls of one item (all its attempts) may cost. Checked before every call (a spent budget refuses the call) and after it; over it, the item stops `escalated` with the reason `budget_exhausted` and the figures. `null` / `none`: no limit. `resume` with a higher limit continues the item (docs/operator-guide.md#usage-cost-and-budgets).',
  max_cost_usd_per_run:
    'USD all agent calls of the run may cost; checked and enforced like `max_cost_usd_per_item`. `null` / `none`: no limit. A call whose cost is unknown (a model missing from `model_prices`) does not count; with a cost limit set, `run` refuses a codex model that has no price.',
  max_tokens_per_item:
    'Tokens (input, cache reads and writes included, plus output) the agent calls of one item may use; checked and enforced like `max_cost_usd_per_item`. `null` / `none`: no limit.',
  model_prices:
    "USD per million tokens by model (`input_usd_per_mtok`, `cached_input_usd_per_mtok`, `cache_write_usd_per_mtok`, `output_usd_per_mtok`), for the calls whose CLI reports no cost (codex; claude reports its own, which wins). The default table is a snapshot of OpenAI's and Anthropic's public list prices (standard tier, short context) as of " +
    DEFAULT_PRICES_AS_OF +
    ', from ' +
    DEFAULT_PRICE_SOURCES.join(' and ') +
    "; prices change, so check them. A layer adds models or replaces a model's entry; a dated model name (`claude-haiku-4-5-20251001`) takes its base model's price. A model with no price shows its tokens and `cost unknown`, never 0."
}
