export const id = 338;
export const ids = [338];
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


/***/ })

};

//# sourceMappingURL=338.index.js.map