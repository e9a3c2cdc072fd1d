export const id = 967;
export const ids = [967,338];
export const modules = {

/***/ 804:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Environments for child processes are built from an allowlist, never by copying ours and
 * deleting what looks dangerous: a variable nobody thought of stays out by default.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RUNNER_FILE_COMMAND_ENV = exports.NEVER_PASSED_ENV = exports.BASE_ENV_NAMES = void 0;
exports.buildChildEnv = buildChildEnv;
exports.buildAgentEnv = buildAgentEnv;
exports.withoutJobSecrets = withoutJobSecrets;
exports.matchesAny = matchesAny;
/** What every child gets when the source has it. */
exports.BASE_ENV_NAMES = [
    'PATH',
    'HOME',
    'LANG',
    'LC_*',
    'TERM',
    'TMPDIR',
    'USER',
    'SHELL'
];
/**
 * Never passed, even when a caller names them: the orchestrator's GitHub credentials, the
 * runner's internals and Actions inputs (which carry tokens), and variables that make a
 * shell run code or point git at another repository.
 */
exports.NEVER_PASSED_ENV = [
    'GITHUB_TOKEN',
    'GH_TOKEN',
    'GITHUB_PAT',
    'GH_ENTERPRISE_TOKEN',
    'GITHUB_ENTERPRISE_TOKEN',
    'PLAN_ORCHESTRATOR_GITHUB_TOKEN',
    'NODE_AUTH_TOKEN',
    'NPM_TOKEN',
    'ACTIONS_*',
    'INPUT_*',
    'BASH_ENV',
    'ENV',
    'PROMPT_COMMAND',
    'CDPATH',
    'GIT_DIR',
    'GIT_WORK_TREE',
    'GIT_INDEX_FILE',
    'GIT_OBJECT_DIRECTORY',
    'GIT_ALTERNATE_OBJECT_DIRECTORIES',
    'GIT_COMMON_DIR'
];
function buildChildEnv(source, options = {}) {
    const allowed = [...exports.BASE_ENV_NAMES, ...(options.passThrough ?? [])];
    const denied = [...exports.NEVER_PASSED_ENV, ...(options.deny ?? [])];
    const env = {};
    for (const [name, value] of Object.entries(source)) {
        if (value === undefined)
            continue;
        if (!matchesAny(name, allowed) || matchesAny(name, denied))
            continue;
        env[name] = value;
    }
    return { ...env, ...options.set };
}
/**
 * The environment of an agent CLI: the allowlist, the agent's own pass-through variables
 * (its credentials and home), and the stage markers the reference sets.
 */
function buildAgentEnv(source, tool, options = {}) {
    return buildChildEnv(source, {
        ...options,
        set: { PLAN_ORCHESTRATOR_STAGE_RUNNER: '1', PLAN_ORCHESTRATOR_STAGE_TOOL: tool }
    });
}
/**
 * The runner's file-command files: whoever can write them sets the step's outputs and
 * environment, the next steps' PATH and the job summary.
 */
exports.RUNNER_FILE_COMMAND_ENV = [
    'GITHUB_OUTPUT',
    'GITHUB_ENV',
    'GITHUB_PATH',
    'GITHUB_STATE',
    'GITHUB_STEP_SUMMARY'
];
/**
 * Our own environment minus the job's credentials, the Actions inputs (which carry the token)
 * and the runner's file-command paths: for a process of ours, such as the kernel the item
 * action starts, that needs the rest of the environment but none of these. (Agents get an
 * allowlist, buildAgentEnv.)
 */
function withoutJobSecrets(source) {
    const env = {};
    for (const [name, value] of Object.entries(source)) {
        if (value === undefined)
            continue;
        if (matchesAny(name, exports.NEVER_PASSED_ENV) || matchesAny(name, exports.RUNNER_FILE_COMMAND_ENV))
            continue;
        env[name] = value;
    }
    return env;
}
function matchesAny(name, patterns) {
    return patterns.some((pattern) => pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern);
}


/***/ }),

/***/ 8668:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GitAdapterError = void 0;
exports.oneLine = oneLine;
/**
 * A git operation the orchestrator could not carry out. The message is one line meant for
 * the operator; `exitCode` makes the CLI print it without a stack trace.
 */
class GitAdapterError extends Error {
    code;
    name = 'GitAdapterError';
    exitCode = 1;
    constructor(code, message) {
        super(oneLine(message));
        this.code = code;
    }
}
exports.GitAdapterError = GitAdapterError;
/** git's stderr can span lines ("hint: ...", "error: ..." then "fatal: ..."); keep the telling one. */
function oneLine(text) {
    const lines = text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('hint:'));
    return lines.find((line) => line.startsWith('fatal:')) ?? lines[0] ?? '';
}


/***/ }),

/***/ 3338:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.HARDENED_ARGS = void 0;
exports.hardenedGitEnv = hardenedGitEnv;
exports.runGit = runGit;
exports.runGitForExitCode = runGitForExitCode;
/**
 * Where git commands run (`runGit`; the review copy's `cat-file --batch` reuses the settings
 * below). Every orchestrator git call gets the same hardened configuration and environment,
 * because the repository's own configuration is partly writable by the agent running in a
 * worktree (hooks and config live in the shared git directory) and partly the user's (global
 * hooks, signing):
 *
 * - `core.hooksPath=/dev/null`: no hook runs for orchestrator operations. A hook planted by an
 *   agent in the shared hooks directory would otherwise run with the orchestrator's
 *   environment and tokens, and a user's global pre-commit hook or commit-msg linter must not
 *   reshape or block checkpoint commits.
 * - `commit.gpgSign=false`: a checkpoint commit is bookkeeping inside a throwaway branch; a
 *   signing setup that needs a passphrase or a hardware key would hang or fail the run.
 * - `core.fsmonitor=false`: an fsmonitor is a program git runs on `status`; it could also
 *   hide changes from the scope check.
 * - Environment: inherited `GIT_*` variables are dropped so `GIT_DIR`, `GIT_INDEX_FILE`,
 *   `GIT_CONFIG_*` and friends from the caller cannot redirect our commands. Replace refs are
 *   ignored (they could make a diff show other content than the commit holds), and messages
 *   are in English so errors read the same everywhere. Tokens and Actions inputs are dropped
 *   too: git needs none of them, and a hook or helper it runs would inherit them.
 *
 * A call that needs a secret in git's configuration (a remote's credentials) passes it as
 * `envConfig`: git reads it from `GIT_CONFIG_COUNT`/`GIT_CONFIG_KEY_n`/`GIT_CONFIG_VALUE_n` in
 * the environment of that one process, never from argv, which every process on the machine can
 * read in /proc/<pid>/cmdline.
 */
const node_child_process_1 = __webpack_require__(1421);
const node_fs_1 = __webpack_require__(3024);
const child_env_js_1 = __webpack_require__(804);
const errors_js_1 = __webpack_require__(8668);
const HARDENED_CONFIG = ['core.hooksPath=/dev/null', 'commit.gpgSign=false', 'core.fsmonitor=false'];
/**
 * Variables that name programs git may run (an editor, a pager, a password prompt); git
 * needs none.
 */
const DROPPED_VARIABLES = new Set(['EDITOR', 'VISUAL', 'PAGER', 'PREFIX', 'SSH_ASKPASS']);
/** Whether git gets a variable, by name; remembered, as a run asks for every git process. */
const passedToGit = new Map();
function isPassedToGit(name) {
    let passed = passedToGit.get(name);
    if (passed === undefined) {
        const upper = name.toUpperCase();
        passed =
            !upper.startsWith('GIT_') &&
                !DROPPED_VARIABLES.has(upper) &&
                !(0, child_env_js_1.matchesAny)(name, child_env_js_1.NEVER_PASSED_ENV);
        passedToGit.set(name, passed);
    }
    return passed;
}
function hardenedGitEnv(base = process.env) {
    const env = {};
    for (const name in base) {
        const value = base[name];
        if (value !== undefined && isPassedToGit(name))
            env[name] = value;
    }
    return {
        ...env,
        GIT_TERMINAL_PROMPT: '0',
        GIT_NO_REPLACE_OBJECTS: '1',
        GIT_OPTIONAL_LOCKS: '0',
        LC_ALL: 'C'
    };
}
function envConfigVariables(entries) {
    const env = { GIT_CONFIG_COUNT: String(entries.length) };
    entries.forEach(([key, value], index) => {
        env[`GIT_CONFIG_KEY_${index}`] = key;
        env[`GIT_CONFIG_VALUE_${index}`] = value;
    });
    return env;
}
/** The hardened settings as the `-c` arguments every git process gets. */
exports.HARDENED_ARGS = HARDENED_CONFIG.flatMap((setting) => [
    '-c',
    setting
]);
/** A git process that ran and exited with a code other than 0. */
class GitExitError extends Error {
    exitCode;
    stderr;
    constructor(exitCode, stderr) {
        super(stderr.trim() === '' ? `exit code ${exitCode}` : stderr);
        this.exitCode = exitCode;
        this.stderr = stderr;
    }
}
function isDirectory(path) {
    try {
        return (0, node_fs_1.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
/**
 * One git process: stdin closed, stdout and stderr collected whole, resolved when both
 * streams are closed and the process has exited. Git is spawned directly (no shell), so no
 * argument is ever interpreted; every argument this adapter builds from a name it did not
 * choose (a ref, a path) is placed after the option it belongs to or after `--`.
 */
function spawnGit(cwd, args, options) {
    // git would fail with a misleading message (or spawn would blame git itself) in a directory
    // that is gone, e.g. a removed worktree.
    if (!isDirectory(cwd))
        return Promise.reject(new errors_js_1.GitAdapterError('not_a_repository', `cannot run git in ${cwd}: no such directory`));
    const envConfig = options.envConfig ?? [];
    // The environment is read at every call: a caller may change it between calls.
    const env = {
        ...hardenedGitEnv(),
        ...(envConfig.length > 0 ? envConfigVariables(envConfig) : {})
    };
    return new Promise((resolve, reject) => {
        const child = (0, node_child_process_1.spawn)('git', [...exports.HARDENED_ARGS, ...args], {
            cwd,
            env,
            stdio: ['ignore', 'pipe', 'pipe']
        });
        const stdout = [];
        const stderr = [];
        child.stdout.on('data', (chunk) => stdout.push(chunk));
        child.stderr.on('data', (chunk) => stderr.push(chunk));
        child.once('error', reject);
        // 'close' comes after 'exit' and after both streams ended, so nothing is cut short.
        child.once('close', (code, signal) => {
            const errorText = Buffer.concat(stderr).toString('utf8');
            if (code === 0)
                resolve(Buffer.concat(stdout).toString('utf8'));
            else if (code !== null)
                reject(new GitExitError(code, errorText));
            else
                reject(new Error(`killed by ${signal ?? 'a signal'}${errorText ? `: ${errorText}` : ''}`));
        });
    });
}
function toAdapterError(cwd, args, error) {
    if (error instanceof errors_js_1.GitAdapterError)
        return error;
    const detail = (0, errors_js_1.oneLine)(error instanceof Error ? error.message : String(error));
    if (/not a git repository/i.test(detail))
        return new errors_js_1.GitAdapterError('not_a_repository', `${cwd} is not inside a git repository`);
    return new errors_js_1.GitAdapterError('command_failed', `git ${args[0] ?? ''} failed in ${cwd}: ${detail}`);
}
/** Runs git and returns stdout untouched (NUL separators included); throws on any failure. */
async function runGit(cwd, args, options = {}) {
    try {
        return await spawnGit(cwd, args, options);
    }
    catch (error) {
        throw toAdapterError(cwd, args, error);
    }
}
/**
 * For commands whose exit code is the answer (`merge-base --is-ancestor`, `config --get`,
 * `check-ignore`): returns the code instead of throwing for the codes listed in `answers`.
 */
async function runGitForExitCode(cwd, args, answers = [1], options = {}) {
    try {
        return { exitCode: 0, stdout: await spawnGit(cwd, args, options) };
    }
    catch (error) {
        if (error instanceof GitExitError && answers.includes(error.exitCode))
            return { exitCode: error.exitCode, stdout: '' };
        throw toAdapterError(cwd, args, error);
    }
}


/***/ }),

/***/ 9054:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GHA_GATE_FILE = exports.GHA_RUN_FILE = exports.GhaGateRecordSchema = exports.GhaRunRecordSchema = exports.GhaChainLinkSchema = void 0;
const zod_1 = __webpack_require__(924);
const run_id_js_1 = __webpack_require__(4340);
const vocabulary_js_1 = __webpack_require__(8610);
/**
 * What the GitHub Action adds to a run: where it was started (repository, workflow file, ref,
 * first workflow run), the chain of jobs that carried its state from hop to hop, and, per
 * decided gate, GitHub's record of the review. A later hop believes none of it on its own: it
 * checks the chain's ends and every gate against GitHub again (docs/security.md).
 */
const timestamp = zod_1.z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
const githubUser = zod_1.z.strictObject({ login: zod_1.z.string().min(1), id: zod_1.z.int().min(1) });
const commitSha = zod_1.z.string().regex(/^[0-9a-f]{40}$/);
/**
 * One job that uploaded the run's state: the item job of a hop, or its gate job. The state
 * artifact a hop restores must be the one its chain's last link names.
 */
exports.GhaChainLinkSchema = zod_1.z.strictObject({
    workflow_run_id: zod_1.z.int().min(1),
    run_attempt: zod_1.z.int().min(1),
    hop: zod_1.z.int().min(0),
    job: zod_1.z.enum(['item', 'gate']),
    item_id: zod_1.z.string().regex(vocabulary_js_1.ITEM_ID_PATTERN),
    /** The item's checkpoint when the job uploaded the state (what a gate on this run reviews). */
    checkpoint_ref: zod_1.z
        .string()
        .regex(/^[0-9a-f]{7,64}$/)
        .nullable(),
    recorded_at_utc: timestamp
});
exports.GhaRunRecordSchema = zod_1.z.strictObject({
    schema_version: zod_1.z.literal('plan_orchestrator.gha_run.v2'),
    run_id: run_id_js_1.RunIdSchema,
    /** `owner/repo` */
    repository: zod_1.z.string().min(1),
    /** The workflow file every hop must run (`path` of GitHub's record of the first hop). */
    workflow_path: zod_1.z.string().min(1),
    /** The branch or tag the run was started from; every hop must run on it. */
    ref: zod_1.z.string().min(1),
    /**
     * Who started the run, as GitHub recorded the first hop (for the summaries; the gate checks
     * read GitHub's record of that workflow run again).
     */
    requester: githubUser,
    started_in_workflow_run: zod_1.z.int().min(1),
    recorded_at_utc: timestamp,
    chain: zod_1.z.array(exports.GhaChainLinkSchema).min(1)
});
exports.GhaGateRecordSchema = zod_1.z.strictObject({
    schema_version: zod_1.z.literal('plan_orchestrator.gha_gate.v1'),
    run_id: run_id_js_1.RunIdSchema,
    item_id: zod_1.z.string().regex(vocabulary_js_1.ITEM_ID_PATTERN),
    attempt_number: zod_1.z.int().min(1),
    decision: zod_1.z.enum(['approved', 'rejected']),
    reviewer: githubUser,
    comment: zod_1.z.string(),
    environment: zod_1.z.string().min(1),
    workflow_run_id: zod_1.z.int().min(1),
    workflow_run_attempt: zod_1.z.int().min(1),
    checkpoint_ref: commitSha,
    recorded_at_utc: timestamp
});
exports.GHA_RUN_FILE = 'gha_run.json';
exports.GHA_GATE_FILE = 'gha_gate.json';


/***/ }),

/***/ 6591:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NormalizedPlanSchema = exports.PlanSourceSchema = exports.GlobalContextSchema = exports.RuntimeProfileDefaultsSchema = exports.SupportSectionSchema = exports.PlanItemSchema = exports.SourceRowSchema = exports.VerificationHintsSchema = exports.ExternalCheckSchema = exports.ManualGateSchema = void 0;
const zod_1 = __webpack_require__(924);
const vocabulary_js_1 = __webpack_require__(8610);
/**
 * `normalized_plan.json`: the playbook after normalization, the only form of the plan the
 * engine executes. Key order is part of the contract (it is the order in the JSON file).
 */
const itemId = zod_1.z.string().regex(vocabulary_js_1.ITEM_ID_PATTERN);
const nonEmpty = zod_1.z.string().min(1);
const strings = zod_1.z.array(zod_1.z.string());
exports.ManualGateSchema = zod_1.z.strictObject({
    required: zod_1.z.boolean(),
    gate_type: zod_1.z.enum(vocabulary_js_1.GATE_TYPES),
    gate_reason: zod_1.z.string(),
    required_evidence: strings
});
exports.ExternalCheckSchema = zod_1.z.strictObject({
    required: zod_1.z.boolean(),
    mode: zod_1.z.enum(vocabulary_js_1.EXTERNAL_CHECK_MODES),
    dependencies: strings
});
exports.VerificationHintsSchema = zod_1.z.strictObject({
    required_artifacts: strings,
    required_commands: zod_1.z.array(nonEmpty),
    suggested_commands: zod_1.z.array(nonEmpty),
    materialized_artifact_roots: strings.optional(),
    pass_resolves_mutation_source_ids: strings.optional()
});
exports.SourceRowSchema = zod_1.z.strictObject({
    section_title: zod_1.z.string(),
    row_index: zod_1.z.int().min(1),
    line_start: zod_1.z.int().min(1),
    line_end: zod_1.z.int().min(1),
    raw_row_markdown: zod_1.z.string()
});
exports.PlanItemSchema = zod_1.z.strictObject({
    item_id: itemId,
    order: zod_1.z.int().min(1),
    phase: nonEmpty,
    phase_slug: nonEmpty,
    action: nonEmpty,
    why_now: nonEmpty,
    owner_type: nonEmpty,
    prerequisites_raw: zod_1.z.string(),
    prerequisite_item_ids: zod_1.z.array(itemId),
    repo_surfaces_raw: strings,
    repo_surface_paths: zod_1.z.array(nonEmpty).min(1),
    external_dependencies_raw: strings,
    deliverable: nonEmpty,
    deliverable_paths: zod_1.z.array(nonEmpty).min(1),
    exit_criteria: nonEmpty,
    change_profile: zod_1.z.enum(vocabulary_js_1.CHANGE_PROFILES),
    execution_mode: zod_1.z.literal('codex'),
    host_commands: zod_1.z.array(zod_1.z.string()).max(0),
    requires_red_green: zod_1.z.boolean(),
    manual_gate: exports.ManualGateSchema,
    external_check: exports.ExternalCheckSchema,
    verification_hints: exports.VerificationHintsSchema,
    source_row: exports.SourceRowSchema,
    support_section_ids: zod_1.z.array(nonEmpty),
    consult_paths: strings,
    allowed_write_roots: zod_1.z.array(zod_1.z.string()).min(1),
    notes: strings
});
exports.SupportSectionSchema = zod_1.z.strictObject({
    section_id: nonEmpty,
    title: nonEmpty,
    section_kind: zod_1.z.enum(vocabulary_js_1.SECTION_KINDS),
    body_markdown: zod_1.z.string(),
    applies_to_phase_slugs: zod_1.z.array(nonEmpty)
});
exports.RuntimeProfileDefaultsSchema = zod_1.z.strictObject({
    offline_default: zod_1.z.boolean(),
    auto_advance_default: zod_1.z.boolean(),
    max_fix_rounds_default: zod_1.z.int().min(0),
    max_remediation_rounds_default: zod_1.z.int().min(0)
});
exports.GlobalContextSchema = zod_1.z.strictObject({
    primary_goal: nonEmpty,
    immediate_target: nonEmpty,
    default_runtime_profile: exports.RuntimeProfileDefaultsSchema,
    global_support_section_ids: zod_1.z.array(nonEmpty),
    notes: strings
});
exports.PlanSourceSchema = zod_1.z.strictObject({
    path: nonEmpty,
    source_kind: zod_1.z.literal('markdown_playbook_v1'),
    sha256: zod_1.z.string().regex(/^[0-9a-f]{64}$/),
    title: nonEmpty
});
exports.NormalizedPlanSchema = zod_1.z.strictObject({
    schema_version: zod_1.z.literal('plan_orchestrator.normalized_plan.v1'),
    adapter_id: zod_1.z.literal('markdown_playbook_v1'),
    plan_source: exports.PlanSourceSchema,
    generated_at_utc: zod_1.z.iso.datetime(),
    global_context: exports.GlobalContextSchema,
    support_sections: zod_1.z.array(exports.SupportSectionSchema),
    items: zod_1.z.array(exports.PlanItemSchema).min(1)
});


/***/ }),

/***/ 5377:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ProvenanceStatementSchema = exports.ResourceDescriptorSchema = exports.ProvenancePredicateSchema = exports.GateApprovalSchema = exports.ProducerSchema = exports.CallRecordSchema = exports.AgentIdentitySchema = exports.CallUsageSchema = exports.FileDigestSchema = exports.AGENT_CALLS_DIR = exports.STATEMENT_FILE = exports.CALL_RECORD_VERSION = exports.PROVENANCE_PREDICATE_VERSION = exports.PROVENANCE_PREDICATE_TYPE = exports.IN_TOTO_STATEMENT_TYPE = void 0;
const zod_1 = __webpack_require__(924);
const vocabulary_js_1 = __webpack_require__(8610);
const run_id_js_1 = __webpack_require__(4340);
const lifecycle_js_1 = __webpack_require__(5413);
/**
 * Provenance: one in-toto Statement (v1) per passed item, and the record of each agent call it
 * is built from. Field by field in docs/provenance.md. The statement is written as canonical
 * JSON (RFC 8785), so the same facts always give the same bytes.
 */
exports.IN_TOTO_STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
/** Ours; the fragment names the predicate's major version (docs/provenance.md). */
exports.PROVENANCE_PREDICATE_TYPE = 'https://github.com/plan-orchestrator/plan-orchestrator/blob/main/docs/provenance.md#predicate-v1';
exports.PROVENANCE_PREDICATE_VERSION = 'plan_orchestrator.provenance.v1';
exports.CALL_RECORD_VERSION = 'plan_orchestrator.call_record.v1';
/** In the attempt's control directory. */
exports.STATEMENT_FILE = 'provenance.intoto.json';
/** The directory of the attempt's agent call records (`<lane>.<cycle>.json`). */
exports.AGENT_CALLS_DIR = 'calls';
const sha256 = zod_1.z.string().regex(/^[0-9a-f]{64}$/);
const gitCommit = zod_1.z.string().regex(/^[0-9a-f]{40}([0-9a-f]{24})?$/);
const itemId = zod_1.z.string().regex(vocabulary_js_1.ITEM_ID_PATTERN);
const isoTime = zod_1.z.iso.datetime();
const count = zod_1.z.int().min(0);
/** A file of the run's artifacts (repo-relative path, under the run's directories) and its sha256. */
exports.FileDigestSchema = zod_1.z.strictObject({ path: zod_1.z.string().min(1), sha256 });
/** What one agent call reported it used; every field only when its CLI reports it. */
exports.CallUsageSchema = zod_1.z.strictObject({
    input_tokens: count.nullable(),
    cached_input_tokens: count.nullable(),
    cache_write_tokens: count.nullable(),
    output_tokens: count.nullable(),
    reasoning_tokens: count.nullable(),
    cost_usd: zod_1.z.number().min(0).nullable(),
    num_turns: count.nullable(),
    /** The model the CLI says served the call. */
    model: zod_1.z.string().nullable()
});
/** Which CLI served a call, and how it was asked to run. */
exports.AgentIdentitySchema = zod_1.z.strictObject({
    /** The adapter: `codex`, `claude` or `scripted`. */
    adapter: zod_1.z.string().min(1),
    /** The executable that was run (`codex`, `/opt/bin/claude`, `scripted` for the built-in one). */
    cli: zod_1.z.string().min(1),
    /** First line of `<cli> --version`; null when it did not tell. */
    cli_version: zod_1.z.string().nullable(),
    model: zod_1.z.string().nullable(),
    effort: zod_1.z.string().nullable()
});
/**
 * `items/<ITEM>/attempt-<N>/calls/<lane>.<cycle>.json`: one agent call as the orchestrator made
 * it, written by the orchestrator after the call (agents cannot reach the run store).
 */
exports.CallRecordSchema = zod_1.z.strictObject({
    schema_version: zod_1.z.literal(exports.CALL_RECORD_VERSION),
    /** Order of the calls within the attempt (1, 2, \u2026); a redone call gets the next number. */
    sequence: zod_1.z.int().min(1),
    item_id: itemId,
    attempt_number: zod_1.z.int().min(1),
    lane: zod_1.z.enum(lifecycle_js_1.LANES),
    cycle: zod_1.z.string().min(1),
    agent: exports.AgentIdentitySchema,
    /** `ok` (a report that passed every check), the adapter's failure, or `report_rejected`. */
    status: zod_1.z.string().min(1),
    prompt: exports.FileDigestSchema,
    /** The context and packet files the call was handed, as the run keeps them. */
    inputs: zod_1.z.array(exports.FileDigestSchema),
    /** The report the orchestrator accepted; null when the call failed. */
    report: exports.FileDigestSchema.nullable(),
    duration_ms: count,
    usage: exports.CallUsageSchema.nullable()
});
const ProvenanceCallSchema = exports.CallRecordSchema.omit({
    schema_version: true,
    item_id: true,
    attempt_number: true
}).extend({ record: exports.FileDigestSchema });
const GhaJobRefSchema = zod_1.z.strictObject({
    job: zod_1.z.enum(['item', 'gate']),
    workflow_run_id: zod_1.z.int().min(1),
    run_attempt: zod_1.z.int().min(1),
    hop: zod_1.z.int().min(0)
});
exports.ProducerSchema = zod_1.z.discriminatedUnion('kind', [
    /** The CLI on someone's machine: nothing outside the run vouches for it. */
    zod_1.z.strictObject({ kind: zod_1.z.literal('cli') }),
    zod_1.z.strictObject({
        kind: zod_1.z.literal('github_actions'),
        /** `owner/repo` */
        repository: zod_1.z.string().min(1),
        workflow_path: zod_1.z.string().min(1),
        ref: zod_1.z.string().min(1),
        /** The item job that produced the checkpoint, and the gate job that approved it. */
        jobs: zod_1.z.array(GhaJobRefSchema).min(1)
    })
]);
exports.GateApprovalSchema = zod_1.z.strictObject({
    gate_type: zod_1.z.enum(vocabulary_js_1.GATE_TYPES),
    decision: zod_1.z.literal('approved'),
    reviewer: zod_1.z.string().min(1),
    comment: zod_1.z.string(),
    decided_at_utc: isoTime,
    /** manual_gate.json with the decision. */
    record: exports.FileDigestSchema,
    /** Where the decision was read from. */
    source: zod_1.z.discriminatedUnion('kind', [
        /** `mark-manual-gate` (the reviewer's name is what was typed). */
        zod_1.z.strictObject({ kind: zod_1.z.literal('cli') }),
        /** GitHub's approval record of the workflow run, read by the gate job (gha_gate.json). */
        zod_1.z.strictObject({
            kind: zod_1.z.literal('github_approval'),
            workflow_run_id: zod_1.z.int().min(1),
            workflow_run_attempt: zod_1.z.int().min(1),
            environment: zod_1.z.string().min(1),
            reviewer_id: zod_1.z.int().min(1),
            record: exports.FileDigestSchema
        })
    ])
});
exports.ProvenancePredicateSchema = zod_1.z.strictObject({
    predicate_version: zod_1.z.literal(exports.PROVENANCE_PREDICATE_VERSION),
    run: zod_1.z.strictObject({
        run_id: run_id_js_1.RunIdSchema,
        /** The commit the run branch started from. */
        base_sha: gitCommit,
        run_branch: zod_1.z.string().min(1),
        runtime_policy: exports.FileDigestSchema.nullable()
    }),
    playbook: zod_1.z.strictObject({
        source_path: zod_1.z.string().min(1),
        /** sha256 of the playbook file the run was started with. */
        source_sha256: sha256,
        snapshot: exports.FileDigestSchema,
        normalized_plan: exports.FileDigestSchema
    }),
    item: zod_1.z.strictObject({
        item_id: itemId,
        order: zod_1.z.int().min(1),
        /** sha256 of the item's row in normalized_plan.json, as canonical JSON. */
        row_sha256: sha256,
        prerequisites: zod_1.z.array(itemId),
        manual_gate_required: zod_1.z.boolean(),
        external_evidence_required: zod_1.z.boolean(),
        attempt_number: zod_1.z.int().min(1),
        fix_rounds: count,
        remediation_rounds: count
    }),
    change: zod_1.z.strictObject({
        /** The run branch when the attempt started (the previous item's checkpoint, or the run's base). */
        base_sha: gitCommit,
        checkpoint_sha: gitCommit,
        /** Every commit from base_sha (exclusive) to checkpoint_sha, oldest first. */
        commits: zod_1.z.array(gitCommit).min(1),
        /** The cycle whose verification, audits and triage judged the checkpoint. */
        cycle: zod_1.z.string().min(1),
        /** `git diff base_sha checkpoint_sha`, as the auditors received it. */
        patch: exports.FileDigestSchema
    }),
    agent_calls: zod_1.z.array(ProvenanceCallSchema),
    verification: zod_1.z.strictObject({
        report: exports.FileDigestSchema,
        overall_result: zod_1.z.enum(['pass', 'partial', 'fail']),
        commands: zod_1.z.array(zod_1.z.strictObject({
            label: zod_1.z.string().min(1),
            command: zod_1.z.string(),
            required: zod_1.z.boolean(),
            exit_code: zod_1.z.int().nullable(),
            status: zod_1.z.enum(['pass', 'fail', 'skipped']),
            log: exports.FileDigestSchema.nullable()
        })),
        artifact_checks: zod_1.z.array(zod_1.z.strictObject({ path: zod_1.z.string(), status: zod_1.z.enum(['pass', 'fail']) })),
        scope_check: zod_1.z.enum(['pass', 'fail'])
    }),
    audits: zod_1.z.array(zod_1.z.strictObject({
        lane: zod_1.z.enum(['codex', 'claude']),
        status: zod_1.z.enum(['reported', 'failed']),
        verdict: zod_1.z.enum(['pass', 'issues_found', 'blocked', 'inconclusive']).nullable(),
        blocking_findings: count.nullable(),
        report: exports.FileDigestSchema.nullable()
    })),
    merged_findings: exports.FileDigestSchema,
    triage: zod_1.z.strictObject({
        decision: zod_1.z.enum(['pass', 'fix_required', 'awaiting_human_gate', 'blocked_external', 'escalate']),
        report: exports.FileDigestSchema
    }),
    /** `passed` by the review alone, or `approved` at a human gate. */
    outcome: zod_1.z.enum(['passed', 'approved']),
    gate: exports.GateApprovalSchema.nullable(),
    /** The evidence supplied to an item that waited for it, as the run received it. */
    external_evidence: zod_1.z.strictObject({ files: zod_1.z.array(exports.FileDigestSchema) }).nullable(),
    producer: exports.ProducerSchema
});
exports.ResourceDescriptorSchema = zod_1.z.strictObject({
    name: zod_1.z.string().min(1),
    digest: zod_1.z.union([
        zod_1.z.strictObject({ gitCommit }),
        zod_1.z.strictObject({ sha256 })
    ])
});
/** `provenance.intoto.json` */
exports.ProvenanceStatementSchema = zod_1.z.strictObject({
    _type: zod_1.z.literal(exports.IN_TOTO_STATEMENT_TYPE),
    subject: zod_1.z.array(exports.ResourceDescriptorSchema).min(1),
    predicateType: zod_1.z.literal(exports.PROVENANCE_PREDICATE_TYPE),
    predicate: exports.ProvenancePredicateSchema
});


/***/ }),

/***/ 8947:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ManualGateRecordSchema = exports.EscalationManifestSchema = exports.MergedFindingsPacketSchema = exports.MUTATION_SIGNALS = exports.VerificationReportSchema = exports.TriageReportSchema = exports.SuppressedFindingSchema = exports.MergedFindingSchema = exports.SourceRefSchema = exports.AuditReportSchema = exports.AuditFindingSchema = exports.FixReportSchema = exports.ExecutionReportSchema = exports.TRIAGE_DECISIONS = exports.AUDIT_LANES = exports.FINDING_SOURCE_TYPES = exports.FINDING_OWNERS = exports.DISPOSITIONS = exports.FINDING_CATEGORIES = exports.SEVERITIES = void 0;
const zod_1 = __webpack_require__(924);
const vocabulary_js_1 = __webpack_require__(8610);
/**
 * The reports of one item attempt: what the agents hand back (execution, fix, audit, triage),
 * what the orchestrator writes itself (verification, merged findings, terminals). Key order is
 * the contract's order; agents get these as JSON Schema, so every object is closed.
 */
const identifier = zod_1.z.string().regex(vocabulary_js_1.ITEM_ID_PATTERN);
const nonEmpty = zod_1.z.string().min(1);
const strings = zod_1.z.array(zod_1.z.string());
const attemptNumber = zod_1.z.int().min(1);
exports.SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];
exports.FINDING_CATEGORIES = [
    'correctness',
    'security',
    'test_gap',
    'scope',
    'documentation',
    'artifact',
    'process',
    'manual_gate',
    'external_dependency',
    'other'
];
exports.DISPOSITIONS = [
    'actionable',
    'false_positive',
    'duplicate',
    'out_of_scope',
    'blocked_external',
    'requires_human_judgment'
];
exports.FINDING_OWNERS = ['codex_fix', 'human', 'operator_external', 'none'];
exports.FINDING_SOURCE_TYPES = [
    'codex_audit',
    'claude_audit',
    'verification',
    'mutation_report'
];
exports.AUDIT_LANES = ['codex', 'claude'];
exports.TRIAGE_DECISIONS = [
    'pass',
    'fix_required',
    'awaiting_human_gate',
    'blocked_external',
    'escalate'
];
const RedGreenSchema = zod_1.z.strictObject({
    required: zod_1.z.boolean(),
    tests_added_or_updated: strings,
    red_commands: strings,
    red_failure_evidence: nonEmpty,
    green_commands: strings,
    green_pass_evidence: nonEmpty
});
const ScopeComplianceSchema = zod_1.z.strictObject({
    status: zod_1.z.enum(['within_scope', 'scope_exception_required', 'scope_violation']),
    notes: nonEmpty,
    scope_exceptions: strings
});
/** `execution_report.round-0.json`, written by the execute lane. */
exports.ExecutionReportSchema = zod_1.z.strictObject({
    schema_version: zod_1.z.literal('plan_orchestrator.execution_report.v1'),
    stage: zod_1.z.literal('execute'),
    item_id: identifier,
    attempt_number: attemptNumber,
    summary: zod_1.z.string(),
    verdict: zod_1.z.enum([
        'implemented',
        'no_change_needed',
        'blocked',
        'needs_human_input',
        'blocked_external'
    ]),
    consulted_inputs: strings,
    files_touched: strings,
    artifacts_created: strings,
    red_green: RedGreenSchema,
    scope_compliance: ScopeComplianceSchema,
    unresolved_dependencies: strings,
    residual_risks: strings,
    next_recommended_state: zod_1.z.enum(['verify', 'awaiting_human_gate', 'blocked_external', 'escalate'])
});
/** `fix_report.round-<k>.json` and `remediation_report.round-<k>.json`. */
exports.FixReportSchema = zod_1.z.strictObject({
    schema_version: zod_1.z.literal('plan_orchestrator.fix_report.v1'),
    stage: zod_1.z.enum(['fix', 'remediation']),
    item_id: identifier,
    attempt_number: attemptNumber,
    loop_round: zod_1.z.int().min(1),
    summary: zod_1.z.string(),
    verdict: zod_1.z.enum([
        'changes_applied',
        'no_change_needed',
        'blocked',
        'needs_human_input',
        'blocked_external'
    ]),
    source_finding_ids: strings,
    files_touched: strings,
    artifacts_created: strings,
    red_green: RedGreenSchema,
    scope_compliance: ScopeComplianceSchema,
    residual_open_items: strings,
    residual_risks: strings,
    next_recommended_state: zod_1.z.enum(['reverify', 'awaiting_human_gate', 'blocked_external', 'escalate'])
});
exports.AuditFindingSchema = zod_1.z.strictObject({
    finding_id: identifier,
    title: nonEmpty,
    severity: zod_1.z.enum(exports.SEVERITIES),
    category: zod_1.z.enum(exports.FINDING_CATEGORIES),
    confidence: zod_1.z.enum(['high', 'medium', 'low']),
    file_paths: strings,
    evidence: strings,
    why_it_matters: zod_1.z.string(),
    recommended_action: zod_1.z.string(),
    is_blocking: zod_1.z.boolean()
});
/** `codex_audit_report.<cycle>.json` / `claude_audit_report.<cycle>.json`. */
exports.AuditReportSchema = zod_1.z.strictObject({
    schema_version: zod_1.z.literal('plan_orchestrator.audit_report.v1'),
    audit_lane: zod_1.z.enum(exports.AUDIT_LANES),
    item_id: identifier,
    attempt_number: attemptNumber,
    summary: nonEmpty,
    overall_verdict: zod_1.z.enum(['pass', 'issues_found', 'blocked', 'inconclusive']),
    audited_artifacts: strings,
    positive_signals: strings,
    limitations: strings,
    findings: zod_1.z.array(exports.AuditFindingSchema),
    next_recommended_state: zod_1.z.enum(['pass', 'triage', 'blocked_external', 'escalate'])
});
exports.SourceRefSchema = zod_1.z.strictObject({
    source_type: zod_1.z.enum(exports.FINDING_SOURCE_TYPES),
    source_id: nonEmpty
});
/** One finding after the deterministic merge; triage echoes the same shape. */
exports.MergedFindingSchema = zod_1.z.strictObject({
    canonical_id: identifier,
    title: nonEmpty,
    severity: zod_1.z.enum(exports.SEVERITIES),
    category: zod_1.z.enum(exports.FINDING_CATEGORIES),
    disposition: zod_1.z.enum(exports.DISPOSITIONS),
    recommended_owner: zod_1.z.enum(exports.FINDING_OWNERS),
    source_refs: zod_1.z.array(exports.SourceRefSchema),
    file_paths: strings,
    evidence: strings,
    recommended_action: zod_1.z.string(),
    acceptance_check: zod_1.z.string(),
    is_blocking: zod_1.z.boolean()
});
exports.SuppressedFindingSchema = zod_1.z.strictObject({
    source_type: zod_1.z.enum(exports.FINDING_SOURCE_TYPES),
    source_id: nonEmpty,
    suppression_reason: nonEmpty
});
/** `triage_report.<cycle>.json`; the post-triage override may rewrite it. */
exports.TriageReportSchema = zod_1.z.strictObject({
    schema_version: zod_1.z.literal('plan_orchestrator.triage_report.v1'),
    stage: zod_1.z.literal('triage'),
    item_id: identifier,
    attempt_number: attemptNumber,
    summary: nonEmpty,
    overall_decision: zod_1.z.enum(exports.TRIAGE_DECISIONS),
    reasoning_notes: strings,
    merged_findings: zod_1.z.array(exports.MergedFindingSchema),
    suppressed_findings: zod_1.z.array(exports.SuppressedFindingSchema),
    next_stage: zod_1.z.enum(['passed', 'fix', 'awaiting_human_gate', 'blocked_external', 'escalated'])
});
const CommandResultSchema = zod_1.z.strictObject({
    label: nonEmpty,
    command: nonEmpty,
    exit_code: zod_1.z.int().nullable(),
    status: zod_1.z.enum(['pass', 'fail', 'skipped']),
    failure_kind: zod_1.z.enum(['exit_nonzero', 'timeout']).nullable(),
    required: zod_1.z.boolean(),
    log_path: zod_1.z.string().nullable(),
    timeout_sec: zod_1.z.number().min(0).nullable(),
    /** Everything the command wrote, kept in its log or not (absent in older reports). */
    log_bytes: zod_1.z.int().min(0).optional(),
    /** Whether the log was cut at `max_log_bytes` (its head and tail kept, marked). */
    log_truncated: zod_1.z.boolean().optional()
});
const ScopeCheckSchema = zod_1.z.strictObject({
    status: zod_1.z.enum(['pass', 'fail']),
    out_of_scope_paths: strings,
    note: zod_1.z.string()
});
/** `verification_report.<cycle>.json`, written by the verification gate. */
exports.VerificationReportSchema = zod_1.z.strictObject({
    schema_version: zod_1.z.literal('plan_orchestrator.verification_report.v1'),
    generated_at_utc: zod_1.z.iso.datetime(),
    stage: zod_1.z.literal('verify'),
    item_id: identifier,
    attempt_number: attemptNumber,
    summary: nonEmpty,
    overall_result: zod_1.z.enum(['pass', 'partial', 'fail']),
    command_results: zod_1.z.array(CommandResultSchema),
    artifact_checks: zod_1.z.array(zod_1.z.strictObject({ path: nonEmpty, check_kind: nonEmpty, status: zod_1.z.enum(['pass', 'fail']), reason: zod_1.z.string() })),
    scope_check: ScopeCheckSchema,
    next_recommended_state: zod_1.z.enum(['audit', 'fix', 'escalate', 'awaiting_human_gate', 'blocked_external'])
});
exports.MUTATION_SIGNALS = [
    'blocked_external',
    'needs_human_input',
    'escalate',
    'unresolved_items'
];
const AuditLaneSummarySchema = zod_1.z.strictObject({
    status: zod_1.z.enum(['reported', 'inconclusive']),
    overall_verdict: zod_1.z.enum(['pass', 'issues_found', 'blocked', 'inconclusive']).nullable(),
    summary: zod_1.z.string()
});
/** `merged_findings_packet.<cycle>.json`: the deterministic merge that triage reads. */
exports.MergedFindingsPacketSchema = zod_1.z.strictObject({
    schema_version: zod_1.z.literal('plan_orchestrator.merged_findings_packet.v1'),
    item_id: identifier,
    attempt_number: attemptNumber,
    mutation_report_control: zod_1.z.strictObject({
        stage: zod_1.z.enum(['execute', 'fix', 'remediation']).nullable(),
        verdict: zod_1.z.string().nullable(),
        next_recommended_state: zod_1.z.string().nullable(),
        summary: zod_1.z.string(),
        signals: zod_1.z.array(zod_1.z.enum(exports.MUTATION_SIGNALS)),
        signal_refs: zod_1.z.array(zod_1.z.strictObject({ signal: zod_1.z.enum(exports.MUTATION_SIGNALS), source_id: nonEmpty })),
        unresolved_items: strings
    }),
    // The gate facts travel with the packet so that the decision needs nothing else.
    verification_summary: zod_1.z.strictObject({
        overall_result: zod_1.z.enum(['pass', 'partial', 'fail']),
        summary: zod_1.z.string(),
        failed_required_commands: strings,
        failed_artifact_checks: strings,
        scope_check_status: zod_1.z.enum(['pass', 'fail'])
    }),
    codex_audit_summary: AuditLaneSummarySchema,
    claude_audit_summary: AuditLaneSummarySchema,
    merged_findings: zod_1.z.array(exports.MergedFindingSchema),
    suppressed_findings: zod_1.z.array(exports.SuppressedFindingSchema)
});
/** `escalation_manifest.json`, written at the blocked_external and escalated terminals. */
exports.EscalationManifestSchema = zod_1.z.strictObject({
    schema_version: zod_1.z.literal('plan_orchestrator.escalation_manifest.v1'),
    generated_at_utc: zod_1.z.iso.datetime(),
    terminal_state: zod_1.z.enum(['awaiting_human_gate', 'blocked_external', 'escalated']),
    run_id: identifier,
    item_id: identifier,
    attempt_number: attemptNumber,
    summary: nonEmpty,
    blocking_reasons: zod_1.z.array(nonEmpty),
    required_human_actions: zod_1.z.array(zod_1.z.strictObject({
        action_id: identifier,
        description: nonEmpty,
        owner_hint: zod_1.z.enum(exports.FINDING_OWNERS),
        evidence_needed: strings,
        blocking: zod_1.z.boolean()
    })),
    preserved_refs: zod_1.z.strictObject({
        branch_name: zod_1.z.string().nullable(),
        worktree_path: zod_1.z.string().nullable(),
        checkpoint_ref: zod_1.z.string().nullable(),
        run_state_path: nonEmpty,
        primary_report_paths: strings
    }),
    artifact_manifest_path: zod_1.z.string().nullable(),
    suggested_resume_command: nonEmpty,
    notes: strings
});
const GateDecisionSchema = (outcome) => zod_1.z.strictObject({
    outcome: zod_1.z.literal(outcome),
    decided_at_utc: zod_1.z.iso.datetime(),
    decided_by: nonEmpty,
    note: nonEmpty,
    evidence_paths: strings
});
// One shape per status, so "pending \u21D2 no decision, decided \u21D2 matching outcome" is in the schema.
const manualGateRecord = (status, decision) => zod_1.z.strictObject({
    schema_version: zod_1.z.literal('plan_orchestrator.manual_gate.v1'),
    requested_at_utc: zod_1.z.iso.datetime(),
    run_id: identifier,
    item_id: identifier,
    gate_id: nonEmpty,
    gate_type: zod_1.z.enum(vocabulary_js_1.GATE_TYPES).exclude(['none']),
    status,
    requested_by: zod_1.z.literal('orchestrator'),
    requested_reason: nonEmpty,
    required_evidence: strings,
    review_findings: zod_1.z.array(exports.MergedFindingSchema),
    related_refs: zod_1.z.strictObject({
        branch_name: zod_1.z.string().nullable(),
        worktree_path: zod_1.z.string().nullable(),
        checkpoint_ref: zod_1.z.string().nullable(),
        artifact_manifest_path: nonEmpty,
        triage_report_path: zod_1.z.string().nullable(),
        merged_findings_packet_path: zod_1.z.string().nullable(),
        codex_audit_report_path: zod_1.z.string().nullable(),
        claude_audit_report_path: zod_1.z.string().nullable()
    }),
    decision
});
/** `manual_gate.json`, written at the awaiting_human_gate terminal and by the gate decision. */
exports.ManualGateRecordSchema = zod_1.z.discriminatedUnion('status', [
    manualGateRecord(zod_1.z.literal('pending'), zod_1.z.null()),
    manualGateRecord(zod_1.z.literal('approved'), GateDecisionSchema('approved')),
    manualGateRecord(zod_1.z.literal('rejected'), GateDecisionSchema('rejected'))
]);


/***/ })

};

//# sourceMappingURL=967.index.js.map