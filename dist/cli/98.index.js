export const id = 98;
export const ids = [98];
export const modules = {

/***/ 1181:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ControlPlaneFileSchema = exports.ACTION_POLICY_VARIABLE = exports.ACTION_POLICY_INPUTS = exports.OPTION_ENV = exports.BUDGET_OPTIONS = exports.DEFAULT_OPTIONS = exports.POLICY_SOURCES = exports.OPTION_NAMES = exports.RecordedRuntimeOptionsSchema = exports.RuntimeOptionsSchema = exports.DEFAULT_MAX_LOG_BYTES = exports.DEFAULT_MAX_CHECKPOINT_FILE_BYTES = exports.MIN_LOG_BYTES = exports.AGENT_USER_PATTERN = exports.DEFAULT_MAX_EVIDENCE_PACKAGE_BYTES = void 0;
exports.resolveRuntimePolicy = resolveRuntimePolicy;
exports.parseBudgetLimit = parseBudgetLimit;
const zod_1 = __webpack_require__(924);
const prices_js_1 = __webpack_require__(7185);
/**
 * Runtime policy: the tunables of a run (models, budgets, timeouts, the agent user) with the
 * source of every value. Precedence, later wins per field: defaults < plan_orchestrator.json
 * < --config file < environment < the item action's inputs < command-line flags. Every layer is validated before
 * anything is written, so a bad value never leaves a half-created run behind.
 * `model_prices` is the one table: a layer adds models to it or replaces a model's entry.
 */
/** A spending limit in USD: more than 0, or null for none. */
const usdLimit = zod_1.z.number().positive().nullable();
/** 100 MiB: documents, mails and screenshots fit; a disk image or a home directory does not. */
exports.DEFAULT_MAX_EVIDENCE_PACKAGE_BYTES = 100 * 1024 * 1024;
/** An OS user name as useradd accepts it; never an option (`-x`) or a uid (`#0`) for sudo. */
exports.AGENT_USER_PATTERN = /^[A-Za-z_][A-Za-z0-9_.-]{0,31}$/;
const AgentUserSchema = zod_1.z
    .string()
    .regex(exports.AGENT_USER_PATTERN, 'must be an OS user name (letters, digits, _ . -)')
    .nullable();
/** Room for the head of a log, the truncation marker and a tail worth reading. */
exports.MIN_LOG_BYTES = 4096;
const OPTION_SHAPE = {
    codex_model: zod_1.z.string().min(1),
    codex_reasoning_effort: zod_1.z.enum(['minimal', 'low', 'medium', 'high', 'xhigh']),
    claude_model: zod_1.z.string().min(1),
    claude_effort: zod_1.z.enum(['low', 'medium', 'high', 'max']),
    auto_advance: zod_1.z.boolean(),
    max_items: zod_1.z.int().min(1).nullable(),
    max_fix_rounds: zod_1.z.int().min(0),
    max_remediation_rounds: zod_1.z.int().min(0),
    execution_timeout_sec: zod_1.z.int().min(1),
    verification_timeout_sec: zod_1.z.int().min(1),
    audit_timeout_sec: zod_1.z.int().min(1),
    triage_timeout_sec: zod_1.z.int().min(1),
    fix_timeout_sec: zod_1.z.int().min(1),
    remediation_timeout_sec: zod_1.z.int().min(1),
    agent_idle_timeout_sec: zod_1.z.int().min(1),
    max_cost_usd_per_item: usdLimit,
    max_cost_usd_per_run: usdLimit,
    max_tokens_per_item: zod_1.z.int().min(1).nullable(),
    model_prices: prices_js_1.ModelPricesSchema,
    /** The most bytes one external evidence package may hold. */
    max_evidence_package_bytes: zod_1.z.int().min(1),
    /** A checkpoint refuses any file larger than this (GitHub refuses pushes over 100 MiB). */
    max_checkpoint_file_bytes: zod_1.z.int().min(1),
    /** Each agent and verification log keeps at most this much; the rest is counted, not kept. */
    max_log_bytes: zod_1.z.int().min(exports.MIN_LOG_BYTES),
    /**
     * The dedicated OS user agents and verification commands run as (docs/security.md);
     * null runs them as the invoking user.
     */
    agent_user: AgentUserSchema
};
/** One layer's values (a config file, the environment): any subset, nothing filled in. */
const RuntimeOptionsLayerSchema = zod_1.z.strictObject(OPTION_SHAPE).partial();
/** Just under GitHub's limit of 100 MiB per file (and under 100 MB, which some hosts use). */
exports.DEFAULT_MAX_CHECKPOINT_FILE_BYTES = 99_000_000;
exports.DEFAULT_MAX_LOG_BYTES = 16 * 1024 * 1024;
exports.RuntimeOptionsSchema = zod_1.z.strictObject({
    ...OPTION_SHAPE,
    // Absent in run states and policy snapshots saved before these keys existed: an older run
    // reads them as their defaults, so it still resumes.
    max_evidence_package_bytes: zod_1.z.int().min(1).default(exports.DEFAULT_MAX_EVIDENCE_PACKAGE_BYTES),
    max_checkpoint_file_bytes: zod_1.z.int().min(1).default(exports.DEFAULT_MAX_CHECKPOINT_FILE_BYTES),
    max_log_bytes: zod_1.z.int().min(exports.MIN_LOG_BYTES).default(exports.DEFAULT_MAX_LOG_BYTES),
    agent_user: AgentUserSchema.default(null),
    max_cost_usd_per_item: usdLimit.default(null),
    max_cost_usd_per_run: usdLimit.default(null),
    max_tokens_per_item: zod_1.z.int().min(1).nullable().default(null),
    model_prices: prices_js_1.ModelPricesSchema.default(prices_js_1.DEFAULT_MODEL_PRICES)
});
/** The options as a run state or policy snapshot records them (older records load too). */
exports.RecordedRuntimeOptionsSchema = exports.RuntimeOptionsSchema;
exports.OPTION_NAMES = Object.keys(exports.RuntimeOptionsSchema.shape);
exports.POLICY_SOURCES = [
    'default',
    'repo_config',
    'config_file',
    'env',
    'action',
    'cli'
];
exports.DEFAULT_OPTIONS = {
    codex_model: 'gpt-5.4',
    codex_reasoning_effort: 'xhigh',
    claude_model: 'opus',
    claude_effort: 'max',
    auto_advance: false,
    max_items: null,
    max_fix_rounds: 2,
    max_remediation_rounds: 1,
    execution_timeout_sec: 7200,
    verification_timeout_sec: 3600,
    audit_timeout_sec: 3600,
    triage_timeout_sec: 1800,
    fix_timeout_sec: 5400,
    remediation_timeout_sec: 5400,
    agent_idle_timeout_sec: 900,
    max_cost_usd_per_item: null,
    max_cost_usd_per_run: null,
    max_tokens_per_item: null,
    model_prices: prices_js_1.DEFAULT_MODEL_PRICES,
    max_evidence_package_bytes: exports.DEFAULT_MAX_EVIDENCE_PACKAGE_BYTES,
    max_checkpoint_file_bytes: exports.DEFAULT_MAX_CHECKPOINT_FILE_BYTES,
    max_log_bytes: exports.DEFAULT_MAX_LOG_BYTES,
    agent_user: null
};
/** The spending limits: checked around every agent call, and changeable by `resume`. */
exports.BUDGET_OPTIONS = [
    'max_cost_usd_per_item',
    'max_cost_usd_per_run',
    'max_tokens_per_item'
];
/** Environment variable for each option that may come from the environment. */
exports.OPTION_ENV = {
    codex_model: 'PLAN_ORCHESTRATOR_CODEX_MODEL',
    codex_reasoning_effort: 'PLAN_ORCHESTRATOR_CODEX_REASONING_EFFORT',
    claude_model: 'PLAN_ORCHESTRATOR_CLAUDE_MODEL',
    claude_effort: 'PLAN_ORCHESTRATOR_CLAUDE_EFFORT',
    max_fix_rounds: 'PLAN_ORCHESTRATOR_MAX_FIX_ROUNDS',
    max_remediation_rounds: 'PLAN_ORCHESTRATOR_MAX_REMEDIATION_ROUNDS',
    execution_timeout_sec: 'PLAN_ORCHESTRATOR_EXECUTION_TIMEOUT_SEC',
    verification_timeout_sec: 'PLAN_ORCHESTRATOR_VERIFICATION_TIMEOUT_SEC',
    audit_timeout_sec: 'PLAN_ORCHESTRATOR_AUDIT_TIMEOUT_SEC',
    triage_timeout_sec: 'PLAN_ORCHESTRATOR_TRIAGE_TIMEOUT_SEC',
    fix_timeout_sec: 'PLAN_ORCHESTRATOR_FIX_TIMEOUT_SEC',
    remediation_timeout_sec: 'PLAN_ORCHESTRATOR_REMEDIATION_TIMEOUT_SEC',
    agent_idle_timeout_sec: 'PLAN_ORCHESTRATOR_AGENT_IDLE_TIMEOUT_SEC',
    max_cost_usd_per_item: 'PLAN_ORCHESTRATOR_MAX_COST_USD_PER_ITEM',
    max_cost_usd_per_run: 'PLAN_ORCHESTRATOR_MAX_COST_USD_PER_RUN',
    max_tokens_per_item: 'PLAN_ORCHESTRATOR_MAX_TOKENS_PER_ITEM',
    max_evidence_package_bytes: 'PLAN_ORCHESTRATOR_MAX_EVIDENCE_PACKAGE_BYTES',
    max_checkpoint_file_bytes: 'PLAN_ORCHESTRATOR_MAX_CHECKPOINT_FILE_BYTES',
    max_log_bytes: 'PLAN_ORCHESTRATOR_MAX_LOG_BYTES',
    agent_user: 'PLAN_ORCHESTRATOR_AGENT_USER'
};
/**
 * The item action's inputs that set runtime-policy keys (docs/github-action.md). The action
 * hands the kernel the inputs it was given as JSON in ACTION_POLICY_VARIABLE; the run records
 * them with the source `action`, between the environment and the flags.
 */
exports.ACTION_POLICY_INPUTS = {
    'codex-model': 'codex_model',
    'codex-effort': 'codex_reasoning_effort',
    'claude-model': 'claude_model',
    'claude-effort': 'claude_effort',
    'execution-timeout-sec': 'execution_timeout_sec',
    'verification-timeout-sec': 'verification_timeout_sec',
    'audit-timeout-sec': 'audit_timeout_sec',
    'triage-timeout-sec': 'triage_timeout_sec',
    'fix-timeout-sec': 'fix_timeout_sec',
    'remediation-timeout-sec': 'remediation_timeout_sec',
    'agent-idle-timeout-sec': 'agent_idle_timeout_sec'
};
exports.ACTION_POLICY_VARIABLE = 'PLAN_ORCHESTRATOR_ACTION_POLICY';
/** `plan_orchestrator.json` and `--config` files. */
exports.ControlPlaneFileSchema = zod_1.z.strictObject({
    schema_version: zod_1.z.literal('plan_orchestrator.control_plane.v1'),
    runtime_policy: RuntimeOptionsLayerSchema
});
function resolveRuntimePolicy(layers) {
    const errors = [];
    const options = { ...exports.DEFAULT_OPTIONS };
    const sources = Object.fromEntries(exports.OPTION_NAMES.map((name) => [name, 'default']));
    const apply = (values, source) => {
        for (const [name, value] of Object.entries(values)) {
            if (value === undefined)
                continue;
            options[name] =
                name === 'model_prices'
                    ? { ...options.model_prices, ...value }
                    : value;
            sources[name] = source;
        }
    };
    const configLayer = (raw, label, source) => {
        if (raw === undefined)
            return;
        const parsed = exports.ControlPlaneFileSchema.safeParse(raw);
        if (parsed.success)
            apply(parsed.data.runtime_policy, source);
        else
            errors.push(...describeZodIssues(label, parsed.error));
    };
    configLayer(layers.repoConfig, 'plan_orchestrator.json', 'repo_config');
    configLayer(layers.configFile, '--config file', 'config_file');
    apply(readEnvOptions(layers.env, errors), 'env');
    apply(readActionOptions(layers.env, errors), 'action');
    apply(layers.cli, 'cli');
    const checked = exports.RuntimeOptionsSchema.safeParse(options);
    if (!checked.success)
        errors.push(...describeZodIssues('runtime policy', checked.error));
    if (errors.length > 0 || !checked.success)
        return { ok: false, errors };
    return { ok: true, options: checked.data, sources };
}
function readEnvOptions(env, errors) {
    const values = {};
    for (const [name, variable] of Object.entries(exports.OPTION_ENV)) {
        const raw = env[variable]?.trim();
        if (raw === undefined || raw === '')
            continue;
        const parsed = readEnvValue(name, raw);
        if (typeof parsed === 'object' && parsed !== null) {
            errors.push(`${variable}=${raw}: ${parsed.problem}`);
            continue;
        }
        values[name] = parsed;
    }
    const checked = RuntimeOptionsLayerSchema.safeParse(values);
    if (!checked.success) {
        errors.push(...describeZodIssues('environment', checked.error, (field) => exports.OPTION_ENV[field] ?? field));
        return {};
    }
    return checked.data;
}
/** An environment value as its option's type, or what is wrong with it. */
function readEnvValue(name, raw) {
    if (exports.BUDGET_OPTIONS.includes(name)) {
        const limit = parseBudgetLimit(name, raw);
        return typeof limit === 'string' ? { problem: limit } : limit;
    }
    if (typeof exports.DEFAULT_OPTIONS[name] !== 'number')
        return raw;
    return /^[0-9]+$/.test(raw) ? Number(raw) : { problem: 'expected a whole number' };
}
/**
 * A budget limit as written on a command line or in the environment: a number (USD for the
 * cost limits, a whole number of tokens for `max_tokens_per_item`) or `none` for no limit.
 * Returns the value, or a sentence saying what is wrong.
 */
function parseBudgetLimit(name, text) {
    const raw = text.trim();
    if (raw.toLowerCase() === 'none')
        return null;
    if (name === 'max_tokens_per_item') {
        return /^[0-9]+$/.test(raw) && Number(raw) >= 1
            ? Number(raw)
            : 'expected a whole number of tokens (at least 1) or none';
    }
    return /^(\d+(\.\d*)?|\.\d+)$/.test(raw) && Number(raw) > 0
        ? Number(raw)
        : 'expected an amount in USD above 0 (e.g. 2.50) or none';
}
/** The item action's inputs, as the action passed them (input name \u2192 text). */
function readActionOptions(env, errors) {
    const raw = env[exports.ACTION_POLICY_VARIABLE];
    if (raw === undefined || raw.trim() === '')
        return {};
    let given;
    try {
        given = JSON.parse(raw);
    }
    catch {
        errors.push(`${exports.ACTION_POLICY_VARIABLE}: not JSON`);
        return {};
    }
    if (typeof given !== 'object' || given === null || Array.isArray(given)) {
        errors.push(`${exports.ACTION_POLICY_VARIABLE}: expected an object of action inputs`);
        return {};
    }
    const values = {};
    for (const [input, value] of Object.entries(given)) {
        const name = exports.ACTION_POLICY_INPUTS[input];
        if (name === undefined || typeof value !== 'string') {
            errors.push(`input ${input}: not a runtime-policy input of the item action`);
            continue;
        }
        if (value.trim() === '')
            continue;
        const isNumber = typeof exports.DEFAULT_OPTIONS[name] === 'number';
        if (isNumber && !/^[0-9]+$/.test(value.trim())) {
            errors.push(`input ${input}: ${value} is not a whole number`);
            continue;
        }
        values[name] = isNumber ? Number(value.trim()) : value.trim();
    }
    const checked = RuntimeOptionsLayerSchema.safeParse(values);
    if (!checked.success) {
        const inputOf = (field) => Object.entries(exports.ACTION_POLICY_INPUTS).find(([, name]) => name === field)?.[0] ?? field;
        errors.push(...checked.error.issues.map((issue) => {
            const field = String(issue.path[issue.path.length - 1] ?? '');
            return `input ${inputOf(field)}: ${issue.message}`;
        }));
        return {};
    }
    return checked.data;
}
function describeZodIssues(label, error, nameOf = (f) => f) {
    return error.issues.map((issue) => {
        const path = issue.path.map(String);
        // A key of runtime_policy by its name; a price by its path (`model_prices.gpt-5.4.\u2026`).
        const inner = path[0] === 'runtime_policy' && path.length > 1 ? path.slice(1) : path;
        const field = inner.length === 0 ? undefined : inner.join('.');
        const where = field === undefined ? label : `${label}: ${nameOf(field)}`;
        return `${where}: ${issue.message}`;
    });
}


/***/ }),

/***/ 7371:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.gateDecisionSummary = gateDecisionSummary;
/**
 * The one-line summary an item keeps after a human gate decision (`status` shows it next to
 * the item). The note is added after who decided, unless it already says that itself (the
 * note a command fills in when none was given, such as `approved by ada`), so the line never
 * repeats itself as `approved by ada: approved by ada`.
 */
function gateDecisionSummary(decision, by, note) {
    const head = decision === 'approved' ? `approved by ${by}` : `manual gate rejected by ${by}`;
    const text = note.trim();
    if (text === '')
        return head;
    const lower = text.toLowerCase();
    const restates = lower.startsWith(decision) && lower.includes(by.toLowerCase());
    if (restates)
        return decision === 'approved' ? text : `manual gate ${text}`;
    return `${head}: ${text}`;
}


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LIFECYCLE = exports.MUTATION_LANES = exports.LANES = void 0;
exports.stateOfLane = stateOfLane;
exports.stageOfState = stageOfState;
exports.runsCommands = runsCommands;
exports.isReviewing = isReviewing;
exports.isInFlight = isInFlight;
const gate_summary_js_1 = __webpack_require__(7371);
const states_js_1 = __webpack_require__(6915);
/**
 * The item lifecycle as one table. Each row is a state of an item attempt: what is in
 * progress there (its phase, the actor, the agent lane and its report and timeout), the work
 * that runs on entering it, and where each event leads. `step` (step.ts) reads only this table.
 * docs/architecture.md shows the table as a generated state diagram. The kernel's interpreter
 * (src/kernel/lifecycle-interpreter.ts) drives an attempt by this table: it performs an edge's
 * `via` effects, saves the move, performs the new state's `entry` effects, and steps what they
 * report (docs/architecture.md, "The item lifecycle").
 */
/** The kinds of agent call in an attempt; the first three change the worktree. */
exports.LANES = [
    'execute',
    'fix',
    'remediation',
    'audit_codex',
    'audit_claude',
    'triage'
];
exports.MUTATION_LANES = ['execute', 'fix', 'remediation'];
const ESCALATED = 'ST140_ESCALATED';
const none = () => [];
const agent = (lane, report, timeout, guard) => ({
    kind: 'call_agent',
    lane,
    report,
    timeout,
    ...(guard === undefined ? {} : { guard })
});
const before = (stage) => ({ stage, when: 'before' });
const after = (stage) => ({ stage, when: 'after' });
/** The check before the next review lane: the copy the lanes work in, not the worktree. */
const beforeNextReviewLane = (stage) => ({
    stage,
    when: 'after',
    reviewCopyOnly: true
});
/** A mutation lane's agent and checkpoint; verification is checked before its state. */
const mutation = (lane, report, timeout) => [
    agent(lane, report, timeout, before(lane)),
    { kind: 'checkpoint', lane, guard: after('verification') }
];
const reasonOf = (event) => 'reason' in event
    ? event.reason
    : event.kind === 'decided' && 'summary' in event.decision
        ? event.decision.summary
        : event.kind;
/** Resume's two ways back into an item: a fresh attempt, or the review of a saved cycle. */
const RESUMABLE = { restart: states_js_1.INITIAL_ITEM_STATE };
const REVIEW_RESUMABLE = { ...RESUMABLE, redo_review: 'ST40_VERIFYING' };
exports.LIFECYCLE = {
    ST00_RUN_CREATED: {
        phase: 'queued',
        actor: 'orchestrator',
        enter: () => 'run created',
        entry: none,
        on: { done: 'ST05_PLAN_NORMALIZED', failed: ESCALATED }
    },
    ST05_PLAN_NORMALIZED: {
        phase: 'queued',
        actor: 'orchestrator',
        enter: (item, event) => event.kind === 'restart'
            ? `reset item ${item.itemId} from ${event.stopped} for a fresh resume attempt`
            : 'playbook normalized',
        entry: none,
        // A resume stopped right after its reset finds the item reset but still marked with the
        // terminal it stopped at, and resets it again.
        on: { begin: 'ST10_ITEM_SELECTED', failed: ESCALATED, ...RESUMABLE }
    },
    ST10_ITEM_SELECTED: {
        phase: 'setup',
        actor: 'orchestrator',
        enter: (item) => `selected item ${item.itemId} (attempt ${item.attempt})`,
        entry: (item) => item.needsEvidence && !item.evidenceSupplied
            ? [{ kind: 'block_for_evidence' }]
            : [{ kind: 'prepare_worktree' }],
        on: {
            done: 'ST15_WORKTREE_PREPARED',
            needs_evidence: 'ST120_BLOCKED_EXTERNAL',
            failed: ESCALATED,
            ...RESUMABLE
        }
    },
    ST15_WORKTREE_PREPARED: {
        phase: 'setup',
        actor: 'git',
        enter: () => 'worktree prepared',
        entry: (item) => (item.evidenceSupplied ? [{ kind: 'receive_evidence' }] : []),
        on: { done: 'ST20_CONTEXT_PREPARED', failed: ESCALATED, ...RESUMABLE }
    },
    ST20_CONTEXT_PREPARED: {
        phase: 'setup',
        actor: 'orchestrator',
        enter: () => 'preparing execute context',
        entry: () => [{ kind: 'prepare_context', lane: 'execute', round: 0 }],
        on: { done: 'ST30_EXECUTING', failed: ESCALATED, ...RESUMABLE }
    },
    ST30_EXECUTING: {
        phase: 'mutation',
        actor: 'orchestrator',
        lane: 'execute',
        report: 'execution_report',
        timeout: 'execution_timeout_sec',
        enter: () => 'running execute stage',
        entry: () => mutation('execute', 'execution_report', 'execution_timeout_sec'),
        on: { done: 'ST40_VERIFYING', failed: ESCALATED, ...RESUMABLE }
    },
    ST40_VERIFYING: {
        phase: 'verification',
        actor: 'verification',
        timeout: 'verification_timeout_sec',
        stage: 'verify',
        enter: (item, event, from) => event.kind === 'redo_review'
            ? `resuming attempt ${item.attempt} of item ${item.itemId}, interrupted at ${from}: redoing the review of ${event.cycleTag} from checkpoint ${event.checkpoint}`
            : 'running verification gate',
        entry: () => [{ kind: 'verify' }],
        on: { done: 'ST50_AUDIT_PACKET_READY', failed: ESCALATED, ...RESUMABLE }
    },
    ST50_AUDIT_PACKET_READY: {
        phase: 'review',
        actor: 'orchestrator',
        stage: 'audit',
        enter: () => 'preparing audit packet',
        entry: () => [{ kind: 'freeze_packet', guard: after('audit_codex') }],
        on: { done: 'ST60_AUDITING_CODEX', failed: ESCALATED, ...REVIEW_RESUMABLE }
    },
    ST60_AUDITING_CODEX: {
        phase: 'review',
        actor: 'codex',
        lane: 'audit_codex',
        report: 'audit_report',
        timeout: 'audit_timeout_sec',
        enter: () => 'running codex audit',
        entry: () => [
            agent('audit_codex', 'audit_report', 'audit_timeout_sec', beforeNextReviewLane('audit_claude'))
        ],
        on: { done: 'ST61_AUDITING_CLAUDE', failed: ESCALATED, ...REVIEW_RESUMABLE }
    },
    ST61_AUDITING_CLAUDE: {
        phase: 'review',
        actor: 'claude',
        lane: 'audit_claude',
        report: 'audit_report',
        timeout: 'audit_timeout_sec',
        enter: () => 'running claude audit',
        entry: () => [
            agent('audit_claude', 'audit_report', 'audit_timeout_sec'),
            { kind: 'merge_findings', guard: beforeNextReviewLane('triage') }
        ],
        on: { done: 'ST70_TRIAGING', failed: ESCALATED, ...REVIEW_RESUMABLE }
    },
    ST70_TRIAGING: {
        phase: 'review',
        actor: 'codex',
        lane: 'triage',
        report: 'triage_report',
        timeout: 'triage_timeout_sec',
        enter: () => 'running triage',
        entry: () => [
            agent('triage', 'triage_report', 'triage_timeout_sec', after('the decision after triage')),
            { kind: 'decide' }
        ],
        on: {
            pass: 'ST130_PASSED',
            gate: 'ST110_AWAITING_HUMAN_GATE',
            blocked: 'ST120_BLOCKED_EXTERNAL',
            escalate: ESCALATED,
            fix: 'ST80_FIXING',
            remediate: 'ST95_REMEDIATING',
            failed: ESCALATED,
            ...REVIEW_RESUMABLE
        }
    },
    ST80_FIXING: {
        phase: 'mutation',
        actor: 'codex',
        lane: 'fix',
        report: 'fix_report',
        timeout: 'fix_timeout_sec',
        enter: (item) => `starting fix round ${item.round}`,
        entry: (item) => [
            { kind: 'prepare_context', lane: 'fix', round: item.round },
            ...mutation('fix', 'fix_report', 'fix_timeout_sec')
        ],
        on: { done: 'ST40_VERIFYING', failed: ESCALATED, ...RESUMABLE }
    },
    ST95_REMEDIATING: {
        phase: 'mutation',
        actor: 'codex',
        lane: 'remediation',
        report: 'fix_report',
        timeout: 'remediation_timeout_sec',
        enter: (item) => `starting remediation round ${item.round}`,
        entry: (item) => [
            { kind: 'prepare_context', lane: 'remediation', round: item.round },
            ...mutation('remediation', 'fix_report', 'remediation_timeout_sec')
        ],
        on: { done: 'ST40_VERIFYING', failed: ESCALATED, ...RESUMABLE }
    },
    ST110_AWAITING_HUMAN_GATE: {
        phase: 'terminal',
        actor: 'orchestrator',
        terminal: 'awaiting_human_gate',
        enter: (item) => `awaiting human gate (${item.gateType})`,
        entry: none,
        on: { gate_approved: 'ST130_PASSED', gate_rejected: ESCALATED }
    },
    ST120_BLOCKED_EXTERNAL: {
        phase: 'terminal',
        actor: 'orchestrator',
        terminal: 'blocked_external',
        enter: (_item, event) => reasonOf(event),
        entry: none,
        on: { ...RESUMABLE }
    },
    ST130_PASSED: {
        phase: 'terminal',
        actor: 'git',
        terminal: 'passed',
        enter: (_item, event) => event.kind === 'gate_approved'
            ? `manual gate approved by ${event.by}`
            : event.kind === 'decided' && event.completedOnResume === true
                ? 'item passed and run branch fast-forwarded (its pass was recorded before an interruption; completed on resume)'
                : 'item passed and run branch fast-forwarded',
        entry: none,
        on: { begin: 'ST10_ITEM_SELECTED', failed: ESCALATED }
    },
    ST140_ESCALATED: {
        phase: 'terminal',
        actor: 'orchestrator',
        terminal: 'escalated',
        enter: (_item, event) => event.kind === 'gate_rejected'
            ? (0, gate_summary_js_1.gateDecisionSummary)('rejected', event.by, event.note)
            : reasonOf(event),
        entry: none,
        on: { ...RESUMABLE }
    }
};
/** The state where a lane's agent runs. */
function stateOfLane(lane) {
    const found = states_js_1.STATE_IDS.find((state) => exports.LIFECYCLE[state].lane === lane);
    if (found === undefined)
        throw new Error(`no state runs the ${lane} lane`);
    return found;
}
/**
 * The stage supervision reports for a state (its agent lane, or verification and the audit
 * packet), if a stage runs there.
 */
function stageOfState(state) {
    const row = exports.LIFECYCLE[state];
    return row.lane ?? row.stage;
}
/** Whether verification commands, not an agent, do the work of a state. */
function runsCommands(state) {
    return exports.LIFECYCLE[state].phase === 'verification';
}
/** The states of a review: from the frozen audit packet to the decision after triage. */
function isReviewing(state) {
    return exports.LIFECYCLE[state].phase === 'review';
}
/** A state in which an item stage was running (a run stopped there was interrupted). */
function isInFlight(state) {
    const phase = exports.LIFECYCLE[state].phase;
    return phase !== 'queued' && phase !== 'terminal';
}


/***/ }),

/***/ 6915:
/***/ ((__unused_webpack_module, exports) => {


/**
 * The run state machine as data: state ids, the transitions allowed between them, and
 * the item-level terminal each terminal state stands for. The lifecycle table (lifecycle.ts)
 * chooses each move by event; every move is also checked against TRANSITIONS when it is
 * saved (run-state-ops.ts), except resume's rewinds. Only these two modules name state ids.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.IllegalTransitionError = exports.TERMINAL_STATE_OF = exports.TRANSITIONS = exports.TERMINALS = exports.INITIAL_ITEM_STATE = exports.STATE_IDS = void 0;
exports.notStarted = notStarted;
exports.canTransition = canTransition;
exports.STATE_IDS = [
    'ST00_RUN_CREATED',
    'ST05_PLAN_NORMALIZED',
    'ST10_ITEM_SELECTED',
    'ST15_WORKTREE_PREPARED',
    'ST20_CONTEXT_PREPARED',
    'ST30_EXECUTING',
    'ST40_VERIFYING',
    'ST50_AUDIT_PACKET_READY',
    'ST60_AUDITING_CODEX',
    'ST61_AUDITING_CLAUDE',
    'ST70_TRIAGING',
    'ST80_FIXING',
    'ST95_REMEDIATING',
    'ST110_AWAITING_HUMAN_GATE',
    'ST120_BLOCKED_EXTERNAL',
    'ST130_PASSED',
    'ST140_ESCALATED'
];
/** Where every item of a new run waits, and where `resume` puts an item back for a fresh attempt. */
exports.INITIAL_ITEM_STATE = 'ST05_PLAN_NORMALIZED';
/** An item the run has not tried yet: still at its initial state, on its first attempt. */
function notStarted(item) {
    return item.state === exports.INITIAL_ITEM_STATE && item.attempt_number === 1;
}
exports.TERMINALS = ['passed', 'awaiting_human_gate', 'blocked_external', 'escalated'];
const ESCALATE = 'ST140_ESCALATED';
const BLOCK = 'ST120_BLOCKED_EXTERNAL';
exports.TRANSITIONS = {
    ST00_RUN_CREATED: ['ST05_PLAN_NORMALIZED', ESCALATE],
    ST05_PLAN_NORMALIZED: ['ST10_ITEM_SELECTED', ESCALATE],
    ST10_ITEM_SELECTED: ['ST15_WORKTREE_PREPARED', BLOCK, ESCALATE],
    ST15_WORKTREE_PREPARED: ['ST20_CONTEXT_PREPARED', ESCALATE],
    ST20_CONTEXT_PREPARED: ['ST30_EXECUTING', BLOCK, ESCALATE],
    ST30_EXECUTING: ['ST40_VERIFYING', BLOCK, ESCALATE],
    ST40_VERIFYING: ['ST50_AUDIT_PACKET_READY', ESCALATE],
    ST50_AUDIT_PACKET_READY: ['ST60_AUDITING_CODEX', 'ST61_AUDITING_CLAUDE', ESCALATE],
    ST60_AUDITING_CODEX: ['ST61_AUDITING_CLAUDE', 'ST70_TRIAGING', ESCALATE],
    ST61_AUDITING_CLAUDE: ['ST70_TRIAGING', ESCALATE],
    ST70_TRIAGING: [
        'ST80_FIXING',
        'ST95_REMEDIATING',
        'ST110_AWAITING_HUMAN_GATE',
        BLOCK,
        'ST130_PASSED',
        ESCALATE
    ],
    ST80_FIXING: ['ST40_VERIFYING', BLOCK, ESCALATE],
    ST95_REMEDIATING: ['ST40_VERIFYING', BLOCK, ESCALATE],
    ST110_AWAITING_HUMAN_GATE: ['ST130_PASSED', ESCALATE],
    ST120_BLOCKED_EXTERNAL: [],
    ST130_PASSED: ['ST10_ITEM_SELECTED', ESCALATE],
    ST140_ESCALATED: []
};
exports.TERMINAL_STATE_OF = {
    ST110_AWAITING_HUMAN_GATE: 'awaiting_human_gate',
    ST120_BLOCKED_EXTERNAL: 'blocked_external',
    ST130_PASSED: 'passed',
    ST140_ESCALATED: 'escalated'
};
function canTransition(from, to) {
    return exports.TRANSITIONS[from].includes(to);
}
class IllegalTransitionError extends Error {
    from;
    to;
    name = 'IllegalTransitionError';
    constructor(from, to) {
        super(`illegal state transition ${from} \u2192 ${to}`);
        this.from = from;
        this.to = to;
    }
}
exports.IllegalTransitionError = IllegalTransitionError;


/***/ }),

/***/ 8610:
/***/ ((__unused_webpack_module, exports) => {


/**
 * The fixed words of the plan contract. Kept apart from the zod schemas so that code on
 * the fast path (parsing a playbook for `list-items`) does not load the validator.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SECTION_KINDS = exports.CHANGE_PROFILES = exports.EXTERNAL_CHECK_MODES = exports.GATE_TYPES = exports.ITEM_ID_PATTERN = void 0;
exports.ITEM_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
exports.GATE_TYPES = [
    'none',
    'signoff',
    'approval',
    'operator_confirmation',
    'security_review',
    'presenter_review',
    'custom'
];
exports.EXTERNAL_CHECK_MODES = ['none', 'human_supplied_evidence_required'];
exports.CHANGE_PROFILES = ['behavioral_code', 'docs_only', 'mixed'];
exports.SECTION_KINDS = [
    'global_context',
    'phase_detail',
    'shared_guidance',
    'risk_register',
    'informational'
];


/***/ }),

/***/ 7185:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_MODEL_PRICES = exports.DEFAULT_PRICE_SOURCES = exports.DEFAULT_PRICES_AS_OF = exports.ModelPricesSchema = exports.ModelPriceSchema = void 0;
exports.priceFor = priceFor;
exports.costAt = costAt;
exports.round6 = round6;
const zod_1 = __webpack_require__(924);
/**
 * What a model costs, per million tokens, for the calls whose CLI reports no cost (codex
 * never does; claude does in its result envelope, and that figure wins). The default table is
 * a snapshot of the providers' public list prices, standard tier, short context: batch,
 * priority, flex, long-context surcharges and regional uplifts are not modelled, so a cost
 * from this table is an estimate. `runtime_policy.model_prices` in plan_orchestrator.json adds
 * models or replaces a model's prices (docs/configuration.md).
 */
exports.ModelPriceSchema = zod_1.z.strictObject({
    /** Input read neither from nor into the prompt cache. */
    input_usd_per_mtok: zod_1.z.number().min(0),
    /** Input read from the prompt cache. */
    cached_input_usd_per_mtok: zod_1.z.number().min(0),
    /** Input written to the prompt cache (OpenAI charges the plain input price). */
    cache_write_usd_per_mtok: zod_1.z.number().min(0),
    /** Output, reasoning included. */
    output_usd_per_mtok: zod_1.z.number().min(0)
});
/** Model names as the CLIs report them (codex: the `-m` value; claude: `modelUsage` keys). */
exports.ModelPricesSchema = zod_1.z.record(zod_1.z.string().min(1), exports.ModelPriceSchema);
/** When the default table was taken from the pages below. Prices change; check them. */
exports.DEFAULT_PRICES_AS_OF = '2026-06';
exports.DEFAULT_PRICE_SOURCES = [
    'https://developers.openai.com/api/docs/pricing',
    'https://platform.claude.com/docs/en/about-claude/pricing'
];
const openai = (input, cached, output) => ({
    input_usd_per_mtok: input,
    cached_input_usd_per_mtok: cached,
    cache_write_usd_per_mtok: input,
    output_usd_per_mtok: output
});
/** Anthropic: cache reads at 0.1x input, 5-minute cache writes at 1.25x input. */
const anthropic = (input, output) => ({
    input_usd_per_mtok: input,
    cached_input_usd_per_mtok: round6(input * 0.1),
    cache_write_usd_per_mtok: round6(input * 1.25),
    output_usd_per_mtok: output
});
exports.DEFAULT_MODEL_PRICES = {
    'gpt-5.5': openai(5, 0.5, 30),
    'gpt-5.4': openai(2.5, 0.25, 15),
    'gpt-5.4-mini': openai(0.75, 0.075, 4.5),
    'gpt-5.4-nano': openai(0.2, 0.02, 1.25),
    'gpt-5.2': openai(1.75, 0.175, 14),
    'gpt-5.1': openai(1.25, 0.125, 10),
    'gpt-5.1-codex': openai(1.25, 0.125, 10),
    'gpt-5': openai(1.25, 0.125, 10),
    'gpt-5-codex': openai(1.25, 0.125, 10),
    'gpt-5-mini': openai(0.25, 0.025, 2),
    'claude-opus-4-6': anthropic(5, 25),
    'claude-opus-4-5': anthropic(5, 25),
    'claude-opus-4-1': anthropic(15, 75),
    'claude-opus-4': anthropic(15, 75),
    'claude-sonnet-4-6': anthropic(3, 15),
    'claude-sonnet-4-5': anthropic(3, 15),
    'claude-sonnet-4': anthropic(3, 15),
    'claude-haiku-4-5': anthropic(1, 5)
};
/** A snapshot suffix the providers add to a model name: `-20251001`, `-2026-03-05`. */
const DATED_SUFFIX = /^-\d{4}-?\d{2}-?\d{2}$/;
/**
 * The price of `model`: its own entry, else the entry it is a dated snapshot of
 * (`claude-haiku-4-5-20251001` \u2192 `claude-haiku-4-5`). A different model that merely shares a
 * prefix (`gpt-5.4-mini` and `gpt-5.4`) never matches.
 */
function priceFor(prices, model) {
    const own = Object.hasOwn(prices, model) ? prices[model] : undefined;
    if (own !== undefined)
        return own;
    let best;
    for (const name of Object.keys(prices)) {
        if (!model.startsWith(name) || !DATED_SUFFIX.test(model.slice(name.length)))
            continue;
        if (best === undefined || name.length > best.length)
            best = name;
    }
    return best === undefined ? undefined : prices[best];
}
/** USD for `tokens` at `price`, rounded to a millionth of a dollar. */
function costAt(price, tokens) {
    const plainInput = Math.max(0, tokens.input - tokens.cachedInput - tokens.cacheWrite);
    const micro = plainInput * price.input_usd_per_mtok +
        tokens.cachedInput * price.cached_input_usd_per_mtok +
        tokens.cacheWrite * price.cache_write_usd_per_mtok +
        tokens.output * price.output_usd_per_mtok;
    return round6(micro / 1_000_000);
}
function round6(value) {
    return Math.round(value * 1_000_000) / 1_000_000;
}


/***/ })

};

//# sourceMappingURL=98.index.js.map