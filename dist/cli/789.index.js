export const id = 789;
export const ids = [789,338];
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

/***/ 4606:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createGitPort = createGitPort;
const agent_config_js_1 = __webpack_require__(3721);
const history_js_1 = __webpack_require__(9355);
const index_js_1 = __webpack_require__(143);
/**
 * The kernel's view of git, over the git adapter. It also remembers, per worktree, the
 * snapshot of git metadata taken when the worktree was made, so every checkpoint can
 * tell whether an agent wrote into `.git`, and the last reading that found a worktree
 * clean at its checkpoint, which a later check takes again while its stamp holds
 * (docs/decisions.md#git-status-between-stages).
 */
function createGitPort() {
    const baselines = new Map();
    // The kernel works in one worktree at a time: only the latest clean reading is kept.
    let lastClean;
    const cleanReadingOf = (worktree) => lastClean?.worktree === worktree ? lastClean.reading : undefined;
    const checkClean = async (worktree, sha) => {
        const reading = await (0, index_js_1.postCheckpointReading)(worktree, sha, baselines.get(worktree), cleanReadingOf(worktree));
        lastClean = reading.clean === undefined ? undefined : { worktree, reading: reading.clean };
        return reading.violations;
    };
    return {
        repoRoot: index_js_1.repoRoot,
        isIgnored: index_js_1.isPathIgnored,
        headSha: index_js_1.headSha,
        async cleanTrackedCheckout(root) {
            const report = await (0, index_js_1.isCleanTracked)(root);
            return { clean: report.clean, dirty: report.dirtyPaths };
        },
        identity: index_js_1.identity,
        async ensureBranch(root, name, sha) {
            await (0, index_js_1.createRunBranch)(root, name, sha);
        },
        branchSha: index_js_1.branchSha,
        async commitsSince(cwd, base, tip) {
            return (await (0, history_js_1.commitsSince)(cwd, base, tip)).map((commit) => commit.sha);
        },
        async addWorktree(root, path, branch, baseBranch) {
            const worktree = await (0, index_js_1.addAttemptWorktree)({ repoRoot: root, path, branch, baseBranch });
            baselines.set(path, worktree.gitMetadata);
            return worktree.headSha;
        },
        async checkpoint(input) {
            const baseline = baselines.get(input.worktree);
            const result = await (0, index_js_1.checkpoint)({
                worktree: input.worktree,
                itemId: input.itemId,
                stage: input.stage,
                allowedRoots: input.allowedRoots,
                expectedHead: input.expectedHead,
                maxFileBytes: input.maxFileBytes,
                ...(baseline === undefined ? {} : { gitMetadata: baseline })
            });
            if (result.status === 'refused')
                return { ok: false, violations: result.violations };
            const after = await checkClean(input.worktree, result.headSha);
            if (after.length > 0)
                return { ok: false, violations: after };
            return {
                ok: true,
                sha: result.headSha,
                committed: result.status === 'committed',
                changes: []
            };
        },
        authorityViolations: checkClean,
        committedChanges: index_js_1.readCommittedChangesAndPatch,
        diff: index_js_1.readPatch,
        unreviewedAgentConfig(worktree, known) {
            const reading = cleanReadingOf(worktree);
            const readClean = known?.readClean === true || (reading !== undefined && (0, index_js_1.cleanReadingHolds)(worktree, reading));
            return (0, agent_config_js_1.unreviewedAgentConfig)(worktree, { readClean });
        },
        async fastForward(root, branch, target, expectedOld) {
            const moved = await (0, index_js_1.fastForwardListing)({
                repoRoot: root,
                branch,
                targetSha: target,
                expectedOldSha: expectedOld
            });
            return moved.commits?.map((commit) => commit.sha);
        }
    };
}


/***/ }),

/***/ 3721:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AGENT_CONFIG_DIRS = exports.AGENT_INSTRUCTION_FILES = void 0;
exports.unreviewedAgentConfig = unreviewedAgentConfig;
/**
 * Agent configuration in a worktree that is not part of its commit: instruction files
 * (AGENTS.md, CLAUDE.md and their local/override variants), `.mcp.json`, and anything under
 * `.claude/`, `.codex/` or `.agents/`. A verification command or an agent that writes one of
 * them between stages would otherwise steer the next agent call in that worktree.
 */
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const git_runner_js_1 = __webpack_require__(3338);
const z_output_js_1 = __webpack_require__(8971);
exports.AGENT_INSTRUCTION_FILES = [
    'AGENTS.md',
    'AGENTS.override.md',
    'CLAUDE.md',
    'CLAUDE.local.md',
    '.mcp.json'
];
exports.AGENT_CONFIG_DIRS = ['.claude', '.codex', '.agents'];
/**
 * Worktree-relative paths of agent configuration that differs from the worktree's HEAD:
 * new (untracked, or ignored by a .gitignore rule) or modified. At the top of the worktree,
 * where the CLIs look, ignored files count too; below it only files git would show (a
 * dependency directory full of packages' own AGENTS.md files is not a planted config).
 * Deleted files do not count: removing instructions steers nothing. `readClean`: the
 * caller's own `git status` of the worktree (untracked files listed, no pathspec), with
 * nothing run in it since, showed no change, so the reading below the top would find
 * nothing and is not taken.
 */
async function unreviewedAgentConfig(worktree, known = {}) {
    const top = [...exports.AGENT_INSTRUCTION_FILES, ...exports.AGENT_CONFIG_DIRS].map((name) => `:(top,literal)${name}`);
    const nested = exports.AGENT_INSTRUCTION_FILES.map((name) => `:(top,glob)**/${name}`);
    const status = ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames'];
    // The top-level reading reports only what exists there (deletions do not count): when none
    // of the names does, the nested reading, which covers the top too, is the whole answer.
    const names = [...exports.AGENT_INSTRUCTION_FILES, ...exports.AGENT_CONFIG_DIRS];
    const atTopExists = names.some((name) => exists((0, node_path_1.join)(worktree, name)));
    const readings = await Promise.all([
        atTopExists
            ? (0, git_runner_js_1.runGit)(worktree, [...status, '--ignored=traditional', '--', ...top])
            : Promise.resolve(''),
        known.readClean === true ? Promise.resolve('') : (0, git_runner_js_1.runGit)(worktree, [...status, '--', ...nested])
    ]);
    const paths = new Set();
    for (const record of readings.flatMap(z_output_js_1.parseNulList)) {
        const code = record.slice(0, 2);
        if (code.includes('D'))
            continue;
        paths.add(record.slice(3));
    }
    return [...paths].sort();
}
/** Most names asked about are absent: lstat is asked not to throw for them. */
function exists(path) {
    try {
        return (0, node_fs_1.lstatSync)(path, { throwIfNoEntry: false }) !== undefined;
    }
    catch {
        return false;
    }
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

/***/ 8951:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CLOCK_PROBE = exports.PACKET_DIR = exports.WORKTREE_ROOT = exports.REPORT_ROOT = exports.CONTROL_ROOT = void 0;
exports.runLayout = runLayout;
exports.attemptLayout = attemptLayout;
exports.scenarioCopyPath = scenarioCopyPath;
exports.runBranchName = runBranchName;
exports.formatRunId = formatRunId;
exports.repoRelative = repoRelative;
const posix_1 = __webpack_require__(1535);
const run_id_js_1 = __webpack_require__(4340);
/**
 * Where a run keeps its files. Names and places are the reference tool's, so operators'
 * habits and docs carry over. Pure path arithmetic; nothing is created here.
 */
exports.CONTROL_ROOT = '.local/automation/plan_orchestrator/runs';
exports.REPORT_ROOT = '.local/ai/plan_orchestrator/runs';
exports.WORKTREE_ROOT = '.local/automation/plan_orchestrator/worktrees';
exports.PACKET_DIR = '.local/plan_orchestrator/packet';
/**
 * An empty file whose change time the integrity readings take as the filesystem's clock
 * (adapters/integrity/checkout-stamp.ts); outside the run store, touched before a reading.
 */
exports.CLOCK_PROBE = '.local/automation/plan_orchestrator/clock';
function runLayout(repoRoot, runId) {
    // Entry points refuse a bad id with a clear message first; this is the backstop that keeps
    // any path from being built out of one they missed.
    if (!(0, run_id_js_1.isRunId)(runId))
        throw new Error((0, run_id_js_1.runIdProblem)(runId, 'run id'));
    const controlDir = (0, posix_1.join)(repoRoot, exports.CONTROL_ROOT, runId);
    // controlDir is normal and the names are plain, so appending gives what join would;
    // `status --all` lays out every run in the store (docs/performance.md).
    const inControl = (name) => `${controlDir}/${name}`;
    return {
        repoRoot,
        runId,
        controlDir,
        reportDir: (0, posix_1.join)(repoRoot, exports.REPORT_ROOT, runId),
        worktreesDir: (0, posix_1.join)(repoRoot, exports.WORKTREE_ROOT, runId),
        runStatePath: inControl('run_state.json'),
        normalizedPlanPath: inControl('normalized_plan.json'),
        runtimePolicyPath: inControl('runtime_policy.json'),
        playbookSnapshotPath: inControl('playbook_source_snapshot.md'),
        lockPath: inControl('run.lock'),
        stageProcessesPath: inControl('stage_processes.json')
    };
}
function attemptLayout(run, itemId, attempt) {
    const controlDir = (0, posix_1.join)(run.controlDir, 'items', itemId, `attempt-${attempt}`);
    return {
        controlDir,
        reportDir: (0, posix_1.join)(run.reportDir, 'items', itemId, `attempt-${attempt}`),
        worktreePath: (0, posix_1.join)(run.worktreesDir, `item-${itemId}-attempt-${attempt}`),
        branchName: `orchestrator/item/${run.runId}/${itemId}/attempt-${attempt}`,
        logsDir: (0, posix_1.join)(controlDir, 'logs'),
        promptsDir: (0, posix_1.join)(controlDir, 'prompts')
    };
}
/** A scripted run's copy of a scenario it plays, named by the sha256 of its bytes. */
function scenarioCopyPath(run, sha256) {
    return (0, posix_1.join)(run.controlDir, 'scenarios', `${sha256}.json`);
}
function runBranchName(runId) {
    return `orchestrator/run/${runId}`;
}
/** `RUN_<yyyymmddTHHMMSSZ>_<8 hex>` from a time and random bytes supplied by the caller. */
function formatRunId(now, randomHex) {
    const stamp = now
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}Z$/, 'Z');
    return `RUN_${stamp}_${randomHex.slice(0, 8)}`;
}
/** Repo-relative form of an absolute path under the repo root (for the run state). */
function repoRelative(repoRoot, absolute) {
    const prefix = repoRoot.endsWith('/') ? repoRoot : `${repoRoot}/`;
    return absolute.startsWith(prefix) ? absolute.slice(prefix.length) : absolute;
}


/***/ }),

/***/ 4340:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RunIdSchema = exports.RUN_ID_FORM = exports.RUN_ID_PATTERN = void 0;
exports.isRunId = isRunId;
exports.runIdProblem = runIdProblem;
exports.noSuchRunMessage = noSuchRunMessage;
const zod_1 = __webpack_require__(924);
/**
 * A run id is an id: `RUN_<yyyymmddTHHMMSSZ>_<8 hex>`, nothing else. Paths under `.local/`,
 * branch names and artifact names are built from it, so every entry point (CLI flags, action
 * inputs, supervision variables) checks it here before any of those is built.
 */
exports.RUN_ID_PATTERN = /^RUN_[0-9]{8}T[0-9]{6}Z_[0-9a-f]{8}$/;
exports.RUN_ID_FORM = 'RUN_<yyyymmddTHHMMSSZ>_<8 hex>';
function isRunId(value) {
    return typeof value === 'string' && exports.RUN_ID_PATTERN.test(value);
}
/** For zod schemas of inputs and records: the same rule, the same words. */
exports.RunIdSchema = zod_1.z.string().regex(exports.RUN_ID_PATTERN, `must be a run id (${exports.RUN_ID_FORM})`);
/**
 * Why a value given for a run id is not one, in one line; undefined when it is one. A value
 * with anything but plain path characters is quoted the JSON way, so a newline or a control
 * character in it cannot forge a second line of output.
 */
function runIdProblem(value, label = '--run-id', separator = ' ') {
    if (exports.RUN_ID_PATTERN.test(value))
        return undefined;
    const cut = value.length > 80 ? `${value.slice(0, 80)}\u2026` : value;
    const shown = /^[A-Za-z0-9_./-]+$/.test(cut) ? cut : JSON.stringify(cut);
    return `${label}${separator}${shown} is not a run id (${exports.RUN_ID_FORM})`;
}
/** The one line for a well-formed id that names no run of this repository. */
function noSuchRunMessage(runId, why) {
    return `no run ${runId} in this repository${why === undefined ? '' : ` (${why})`}; list runs: plan-orchestrator status --all`;
}


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

//# sourceMappingURL=789.index.js.map