export const id = 166;
export const ids = [166,982];
export const modules = {

/***/ 36982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PullRequestModeSchema: () => (/* binding */ PullRequestModeSchema),
/* harmony export */   readInputs: () => (/* binding */ readInputs),
/* harmony export */   repoPath: () => (/* binding */ repoPath)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92857);

/**
 * An action's inputs. Everything here runs before the step's first log line, so it loads zod
 * and nothing else: @actions/core's entry loads its OIDC client and with it undici (0.9 MB),
 * which costs more start-up time than the whole input check (see step-failure.ts).
 */
/** A path inside the checked-out repository: relative, and never climbing out of it. */
const repoPath = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .min(1)
    .refine((path) => !path.startsWith('/') && !path.split(/[\\/]/).includes('..'), {
    message: 'must be a path inside the repository (relative, no ..)'
});
const PullRequestModeSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['none', 'draft', 'ready']);
/** As `core.getInput(name)`: the runner passes input `name` as `INPUT_<NAME>`, trimmed here. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}
/** Validated with zod, kebab-case names as in action.yml; a bad input names itself. */
function readInputs(schema) {
    const raw = {};
    for (const name of Object.keys(schema.shape))
        raw[name] = getInput(name);
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
        const problems = parsed.error.issues.map((issue) => `input ${issue.path.join('.')}: ${issue.message}`);
        throw new Error(problems.join('; '));
    }
    return parsed.data;
}


/***/ }),

/***/ 98166:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   InputsSchema: () => (/* binding */ InputsSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92857);
/* harmony import */ var _core_policy_runtime_policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11181);
/* harmony import */ var _core_run_run_id_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74340);
/* harmony import */ var _core_schemas_vocabulary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8610);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36982);





/** The root action's inputs, checked before its job loads (main.ts). */
const InputsSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    playbook: _inputs_js__WEBPACK_IMPORTED_MODULE_2__.repoPath,
    'run-id': zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(''), _core_run_run_id_js__WEBPACK_IMPORTED_MODULE_1__/* .RunIdSchema */ .Iz]),
    'item-id': zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(_core_schemas_vocabulary_js__WEBPACK_IMPORTED_MODULE_4__/* .ITEM_ID_PATTERN */ .vg),
    'state-run-id': zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(''), zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(/^\d+$/)]),
    hop: zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(''), zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(/^\d+$/, 'must be a whole number')]),
    'evidence-path': zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(''), _inputs_js__WEBPACK_IMPORTED_MODULE_2__.repoPath]),
    agents: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['codex-claude', 'scripted']),
    scenario: zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(''), _inputs_js__WEBPACK_IMPORTED_MODULE_2__.repoPath]),
    'max-auto-resume-attempts': zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(/^\d+$/),
    'max-cost-usd-per-item': budgetInput('max_cost_usd_per_item'),
    'max-cost-usd-per-run': budgetInput('max_cost_usd_per_run'),
    'max-tokens-per-item': budgetInput('max_tokens_per_item'),
    push: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['true', 'false']),
    'gate-environment': zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1),
    'github-token': zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(),
    'agent-user': zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([
        zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(''),
        zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().regex(_core_policy_runtime_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .AGENT_USER_PATTERN */ .Vc, 'must be an OS user name (letters, digits, _ . -)')
    ]),
    'agent-isolation': zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['user', 'none']),
    'pull-request': _inputs_js__WEBPACK_IMPORTED_MODULE_2__.PullRequestModeSchema,
    'pull-request-token': zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
});
/** A budget input: empty (the run's recorded limit), `none`, or a limit the CLI accepts. */
function budgetInput(name) {
    return zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
        .refine((text) => text.trim() === '' || typeof (0,_core_policy_runtime_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .parseBudgetLimit */ .gj)(name, text) !== 'string', {
        message: name === 'max_tokens_per_item'
            ? 'a whole number of tokens, or none'
            : 'an amount in USD above 0, or none'
    });
}


/***/ }),

/***/ 11181:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ BUDGET_OPTIONS),
/* harmony export */   Kl: () => (/* binding */ POLICY_SOURCES),
/* harmony export */   TM: () => (/* binding */ OPTION_NAMES),
/* harmony export */   Vc: () => (/* binding */ AGENT_USER_PATTERN),
/* harmony export */   au: () => (/* binding */ RecordedRuntimeOptionsSchema),
/* harmony export */   cc: () => (/* binding */ ACTION_POLICY_INPUTS),
/* harmony export */   gj: () => (/* binding */ parseBudgetLimit),
/* harmony export */   lp: () => (/* binding */ DEFAULT_OPTIONS),
/* harmony export */   r0: () => (/* binding */ ACTION_POLICY_VARIABLE)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_EVIDENCE_PACKAGE_BYTES, MIN_LOG_BYTES, DEFAULT_MAX_CHECKPOINT_FILE_BYTES, DEFAULT_MAX_LOG_BYTES, RuntimeOptionsSchema, OPTION_ENV, ControlPlaneFileSchema, resolveRuntimePolicy */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92857);
/* harmony import */ var _usage_prices_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97185);


/**
 * Runtime policy: the tunables of a run (models, budgets, timeouts, the agent user) with the
 * source of every value. Precedence, later wins per field: defaults < plan_orchestrator.json
 * < --config file < environment < the item action's inputs < command-line flags. Every layer is validated before
 * anything is written, so a bad value never leaves a half-created run behind.
 * `model_prices` is the one table: a layer adds models to it or replaces a model's entry.
 */
/** A spending limit in USD: more than 0, or null for none. */
const usdLimit = zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().positive().nullable();
/** 100 MiB: documents, mails and screenshots fit; a disk image or a home directory does not. */
const DEFAULT_MAX_EVIDENCE_PACKAGE_BYTES = 100 * 1024 * 1024;
/** An OS user name as useradd accepts it; never an option (`-x`) or a uid (`#0`) for sudo. */
const AGENT_USER_PATTERN = /^[A-Za-z_][A-Za-z0-9_.-]{0,31}$/;
const AgentUserSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .regex(AGENT_USER_PATTERN, 'must be an OS user name (letters, digits, _ . -)')
    .nullable();
/** Room for the head of a log, the truncation marker and a tail worth reading. */
const MIN_LOG_BYTES = 4096;
const OPTION_SHAPE = {
    codex_model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    codex_reasoning_effort: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['minimal', 'low', 'medium', 'high', 'xhigh']),
    claude_model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    claude_effort: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['low', 'medium', 'high', 'max']),
    auto_advance: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    max_items: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(1).nullable(),
    max_fix_rounds: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(0),
    max_remediation_rounds: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(0),
    execution_timeout_sec: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(1),
    verification_timeout_sec: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(1),
    audit_timeout_sec: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(1),
    triage_timeout_sec: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(1),
    fix_timeout_sec: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(1),
    remediation_timeout_sec: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(1),
    agent_idle_timeout_sec: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(1),
    max_cost_usd_per_item: usdLimit,
    max_cost_usd_per_run: usdLimit,
    max_tokens_per_item: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(1).nullable(),
    model_prices: _usage_prices_js__WEBPACK_IMPORTED_MODULE_0__/* .ModelPricesSchema */ .xZ,
    /** The most bytes one external evidence package may hold. */
    max_evidence_package_bytes: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(1),
    /** A checkpoint refuses any file larger than this (GitHub refuses pushes over 100 MiB). */
    max_checkpoint_file_bytes: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(1),
    /** Each agent and verification log keeps at most this much; the rest is counted, not kept. */
    max_log_bytes: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(MIN_LOG_BYTES),
    /**
     * The dedicated OS user agents and verification commands run as (docs/security.md);
     * null runs them as the invoking user.
     */
    agent_user: AgentUserSchema
};
/** One layer's values (a config file, the environment): any subset, nothing filled in. */
const RuntimeOptionsLayerSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej(OPTION_SHAPE).partial();
/** Just under GitHub's limit of 100 MiB per file (and under 100 MB, which some hosts use). */
const DEFAULT_MAX_CHECKPOINT_FILE_BYTES = 99_000_000;
const DEFAULT_MAX_LOG_BYTES = 16 * 1024 * 1024;
const RuntimeOptionsSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    ...OPTION_SHAPE,
    // Absent in run states and policy snapshots saved before these keys existed: an older run
    // reads them as their defaults, so it still resumes.
    max_evidence_package_bytes: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(1).default(DEFAULT_MAX_EVIDENCE_PACKAGE_BYTES),
    max_checkpoint_file_bytes: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(1).default(DEFAULT_MAX_CHECKPOINT_FILE_BYTES),
    max_log_bytes: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(MIN_LOG_BYTES).default(DEFAULT_MAX_LOG_BYTES),
    agent_user: AgentUserSchema.default(null),
    max_cost_usd_per_item: usdLimit.default(null),
    max_cost_usd_per_run: usdLimit.default(null),
    max_tokens_per_item: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(1).nullable().default(null),
    model_prices: _usage_prices_js__WEBPACK_IMPORTED_MODULE_0__/* .ModelPricesSchema */ .xZ.default(_usage_prices_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_MODEL_PRICES */ .PG)
});
/** The options as a run state or policy snapshot records them (older records load too). */
const RecordedRuntimeOptionsSchema = RuntimeOptionsSchema;
const OPTION_NAMES = Object.keys(RuntimeOptionsSchema.shape);
const POLICY_SOURCES = [
    'default',
    'repo_config',
    'config_file',
    'env',
    'action',
    'cli'
];
const DEFAULT_OPTIONS = {
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
    model_prices: _usage_prices_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_MODEL_PRICES */ .PG,
    max_evidence_package_bytes: DEFAULT_MAX_EVIDENCE_PACKAGE_BYTES,
    max_checkpoint_file_bytes: DEFAULT_MAX_CHECKPOINT_FILE_BYTES,
    max_log_bytes: DEFAULT_MAX_LOG_BYTES,
    agent_user: null
};
/** The spending limits: checked around every agent call, and changeable by `resume`. */
const BUDGET_OPTIONS = [
    'max_cost_usd_per_item',
    'max_cost_usd_per_run',
    'max_tokens_per_item'
];
/** Environment variable for each option that may come from the environment. */
const OPTION_ENV = {
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
const ACTION_POLICY_INPUTS = {
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
const ACTION_POLICY_VARIABLE = 'PLAN_ORCHESTRATOR_ACTION_POLICY';
/** `plan_orchestrator.json` and `--config` files. */
const ControlPlaneFileSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    schema_version: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('plan_orchestrator.control_plane.v1'),
    runtime_policy: RuntimeOptionsLayerSchema
});
function resolveRuntimePolicy(layers) {
    const errors = [];
    const options = { ...DEFAULT_OPTIONS };
    const sources = Object.fromEntries(OPTION_NAMES.map((name) => [name, 'default']));
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
        const parsed = ControlPlaneFileSchema.safeParse(raw);
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
    const checked = RuntimeOptionsSchema.safeParse(options);
    if (!checked.success)
        errors.push(...describeZodIssues('runtime policy', checked.error));
    if (errors.length > 0 || !checked.success)
        return { ok: false, errors };
    return { ok: true, options: checked.data, sources };
}
function readEnvOptions(env, errors) {
    const values = {};
    for (const [name, variable] of Object.entries(OPTION_ENV)) {
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
        errors.push(...describeZodIssues('environment', checked.error, (field) => OPTION_ENV[field] ?? field));
        return {};
    }
    return checked.data;
}
/** An environment value as its option's type, or what is wrong with it. */
function readEnvValue(name, raw) {
    if (BUDGET_OPTIONS.includes(name)) {
        const limit = parseBudgetLimit(name, raw);
        return typeof limit === 'string' ? { problem: limit } : limit;
    }
    if (typeof DEFAULT_OPTIONS[name] !== 'number')
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
    const raw = env[ACTION_POLICY_VARIABLE];
    if (raw === undefined || raw.trim() === '')
        return {};
    let given;
    try {
        given = JSON.parse(raw);
    }
    catch {
        errors.push(`${ACTION_POLICY_VARIABLE}: not JSON`);
        return {};
    }
    if (typeof given !== 'object' || given === null || Array.isArray(given)) {
        errors.push(`${ACTION_POLICY_VARIABLE}: expected an object of action inputs`);
        return {};
    }
    const values = {};
    for (const [input, value] of Object.entries(given)) {
        const name = ACTION_POLICY_INPUTS[input];
        if (name === undefined || typeof value !== 'string') {
            errors.push(`input ${input}: not a runtime-policy input of the item action`);
            continue;
        }
        if (value.trim() === '')
            continue;
        const isNumber = typeof DEFAULT_OPTIONS[name] === 'number';
        if (isNumber && !/^[0-9]+$/.test(value.trim())) {
            errors.push(`input ${input}: ${value} is not a whole number`);
            continue;
        }
        values[name] = isNumber ? Number(value.trim()) : value.trim();
    }
    const checked = RuntimeOptionsLayerSchema.safeParse(values);
    if (!checked.success) {
        const inputOf = (field) => Object.entries(ACTION_POLICY_INPUTS).find(([, name]) => name === field)?.[0] ?? field;
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

/***/ 74340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iz: () => (/* binding */ RunIdSchema),
/* harmony export */   Pk: () => (/* binding */ isRunId),
/* harmony export */   dQ: () => (/* binding */ noSuchRunMessage),
/* harmony export */   w2: () => (/* binding */ runIdProblem),
/* harmony export */   z6: () => (/* binding */ RUN_ID_PATTERN)
/* harmony export */ });
/* unused harmony export RUN_ID_FORM */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92857);

/**
 * A run id is an id: `RUN_<yyyymmddTHHMMSSZ>_<8 hex>`, nothing else. Paths under `.local/`,
 * branch names and artifact names are built from it, so every entry point (CLI flags, action
 * inputs, supervision variables) checks it here before any of those is built.
 */
const RUN_ID_PATTERN = /^RUN_[0-9]{8}T[0-9]{6}Z_[0-9a-f]{8}$/;
const RUN_ID_FORM = 'RUN_<yyyymmddTHHMMSSZ>_<8 hex>';
function isRunId(value) {
    return typeof value === 'string' && RUN_ID_PATTERN.test(value);
}
/** For zod schemas of inputs and records: the same rule, the same words. */
const RunIdSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(RUN_ID_PATTERN, `must be a run id (${RUN_ID_FORM})`);
/**
 * Why a value given for a run id is not one, in one line; undefined when it is one. A value
 * with anything but plain path characters is quoted the JSON way, so a newline or a control
 * character in it cannot forge a second line of output.
 */
function runIdProblem(value, label = '--run-id', separator = ' ') {
    if (RUN_ID_PATTERN.test(value))
        return undefined;
    const cut = value.length > 80 ? `${value.slice(0, 80)}\u2026` : value;
    const shown = /^[A-Za-z0-9_./-]+$/.test(cut) ? cut : JSON.stringify(cut);
    return `${label}${separator}${shown} is not a run id (${RUN_ID_FORM})`;
}
/** The one line for a well-formed id that names no run of this repository. */
function noSuchRunMessage(runId, why) {
    return `no run ${runId} in this repository${why === undefined ? '' : ` (${why})`}; list runs: plan-orchestrator status --all`;
}


/***/ }),

/***/ 8610:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qd: () => (/* binding */ GATE_TYPES),
/* harmony export */   SQ: () => (/* binding */ CHANGE_PROFILES),
/* harmony export */   aE: () => (/* binding */ SECTION_KINDS),
/* harmony export */   ev: () => (/* binding */ EXTERNAL_CHECK_MODES),
/* harmony export */   vg: () => (/* binding */ ITEM_ID_PATTERN)
/* harmony export */ });
/**
 * The fixed words of the plan contract. Kept apart from the zod schemas so that code on
 * the fast path (parsing a playbook for `list-items`) does not load the validator.
 */
const ITEM_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const GATE_TYPES = [
    'none',
    'signoff',
    'approval',
    'operator_confirmation',
    'security_review',
    'presenter_review',
    'custom'
];
const EXTERNAL_CHECK_MODES = ['none', 'human_supplied_evidence_required'];
const CHANGE_PROFILES = ['behavioral_code', 'docs_only', 'mixed'];
const SECTION_KINDS = [
    'global_context',
    'phase_detail',
    'shared_guidance',
    'risk_register',
    'informational'
];


/***/ }),

/***/ 97185:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PG: () => (/* binding */ DEFAULT_MODEL_PRICES),
/* harmony export */   X_: () => (/* binding */ round6),
/* harmony export */   xZ: () => (/* binding */ ModelPricesSchema)
/* harmony export */ });
/* unused harmony exports ModelPriceSchema, DEFAULT_PRICES_AS_OF, DEFAULT_PRICE_SOURCES, priceFor, costAt */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92857);

/**
 * What a model costs, per million tokens, for the calls whose CLI reports no cost (codex
 * never does; claude does in its result envelope, and that figure wins). The default table is
 * a snapshot of the providers' public list prices, standard tier, short context: batch,
 * priority, flex, long-context surcharges and regional uplifts are not modelled, so a cost
 * from this table is an estimate. `runtime_policy.model_prices` in plan_orchestrator.json adds
 * models or replaces a model's prices (docs/configuration.md).
 */
const ModelPriceSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    /** Input read neither from nor into the prompt cache. */
    input_usd_per_mtok: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0),
    /** Input read from the prompt cache. */
    cached_input_usd_per_mtok: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0),
    /** Input written to the prompt cache (OpenAI charges the plain input price). */
    cache_write_usd_per_mtok: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0),
    /** Output, reasoning included. */
    output_usd_per_mtok: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0)
});
/** Model names as the CLIs report them (codex: the `-m` value; claude: `modelUsage` keys). */
const ModelPricesSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1), ModelPriceSchema);
/** When the default table was taken from the pages below. Prices change; check them. */
const DEFAULT_PRICES_AS_OF = '2026-06';
const DEFAULT_PRICE_SOURCES = (/* unused pure expression or super */ null && ([
    'https://developers.openai.com/api/docs/pricing',
    'https://platform.claude.com/docs/en/about-claude/pricing'
]));
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
const DEFAULT_MODEL_PRICES = {
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
