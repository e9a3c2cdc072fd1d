export const id = 369;
export const ids = [369,338];
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

/***/ 8369:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.cleanRun = cleanRun;
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const git_runner_js_1 = __webpack_require__(3338);
const run_lock_js_1 = __webpack_require__(2685);
const run_store_js_1 = __webpack_require__(6525);
async function cleanRun(run) {
    return (0, run_lock_js_1.withRunLock)(run, 'clean', async () => {
        const state = await (0, run_store_js_1.loadRunState)(run);
        const needed = new Map();
        for (const item of state.items) {
            if (item.branch_name === null)
                continue;
            if (item.terminal_state === 'awaiting_human_gate')
                needed.set(item.branch_name, `item ${item.item_id} awaits its gate on it`);
            else if (item.terminal_state === 'none')
                needed.set(item.branch_name, `item ${item.item_id} has not finished`);
        }
        const removed = [];
        for (const path of await worktreesUnder(run.repoRoot, run.worktreesDir)) {
            await (0, git_runner_js_1.runGit)(run.repoRoot, ['worktree', 'remove', '--force', '--force', path]);
            removed.push((0, node_path_1.relative)(run.repoRoot, path));
        }
        await (0, git_runner_js_1.runGit)(run.repoRoot, ['worktree', 'prune']);
        await (0, promises_1.rm)(run.worktreesDir, { recursive: true, force: true });
        const prefix = `refs/heads/orchestrator/item/${run.runId}/`;
        const branches = (await (0, git_runner_js_1.runGit)(run.repoRoot, ['for-each-ref', '--format=%(refname)', prefix]))
            .split('\n')
            .filter((ref) => ref.startsWith(prefix))
            .map((ref) => ref.slice('refs/heads/'.length));
        const deleted = [];
        const kept = [];
        for (const branch of branches) {
            const reason = needed.get(branch);
            if (reason !== undefined) {
                kept.push({ branch, reason });
                continue;
            }
            await (0, git_runner_js_1.runGit)(run.repoRoot, ['branch', '-D', '--', branch]);
            deleted.push(branch);
        }
        return {
            run_id: run.runId,
            removed_worktrees: removed,
            deleted_branches: deleted,
            kept_branches: kept
        };
    });
}
/** The worktrees git knows of inside `dir`. */
async function worktreesUnder(repoRoot, dir) {
    const listing = await (0, git_runner_js_1.runGit)(repoRoot, ['worktree', 'list', '--porcelain', '-z']);
    const root = (0, node_path_1.resolve)(dir);
    return listing
        .split('\0')
        .filter((field) => field.startsWith('worktree '))
        .map((field) => (0, node_path_1.resolve)(field.slice('worktree '.length)))
        .filter((path) => path.startsWith(root + node_path_1.sep));
}


/***/ }),

/***/ 5370:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LOCK_STALE_MS = void 0;
exports.lockExclusively = lockExclusively;
exports.isLockHeld = isLockHeld;
const node_fs_1 = __webpack_require__(3024);
const promises_1 = __webpack_require__(1455);
const proper_lockfile_1 = __importDefault(__webpack_require__(3648));
/**
 * An exclusive lock that a holder known to be gone loses at once. The lock is an atomic
 * directory (proper-lockfile) whose mtime the holder keeps fresh; its owner record says who
 * holds it. Checking the record, removing a dead holder's lock and claiming it happen under a
 * short second lock, so two processes taking over the same dead holder cannot both win.
 */
/** How long a dead holder's lock blocks others; tests shorten it (proper-lockfile's floor is 2 s). */
exports.LOCK_STALE_MS = Math.max(2000, Number(process.env.PLAN_ORCHESTRATOR_LOCK_STALE_MS) || 10_000);
/** The release function, or undefined when a live holder has the lock. */
async function lockExclusively(spec) {
    let takeover;
    try {
        // Its own target: proper-lockfile keeps one lock per target path in a process.
        takeover = await proper_lockfile_1.default.lock(`${spec.lockPath}.takeover`, {
            realpath: false,
            stale: exports.LOCK_STALE_MS,
            retries: { retries: 100, factor: 1, minTimeout: 20, maxTimeout: 20 },
            onCompromised: () => undefined
        });
    }
    catch (error) {
        // Someone else has been claiming the lock for seconds: they hold it, or will.
        if (error.code === 'ELOCKED')
            return undefined;
        throw error;
    }
    try {
        if (await spec.holderIsGone()) {
            await (0, promises_1.rm)(spec.lockPath, { recursive: true, force: true });
            await spec.clearHolder();
        }
        let release;
        try {
            release = await proper_lockfile_1.default.lock(spec.target, {
                lockfilePath: spec.lockPath,
                realpath: false,
                stale: exports.LOCK_STALE_MS,
                update: exports.LOCK_STALE_MS / 4,
                onCompromised: spec.onCompromised
            });
        }
        catch (error) {
            if (error.code === 'ELOCKED')
                return undefined;
            throw error;
        }
        await spec.claim();
        return release;
    }
    finally {
        await takeover().catch(() => undefined);
    }
}
/** Whether a lock directory is held and fresh (its holder may still be gone; check that too). */
async function isLockHeld(target, lockPath) {
    // No lock directory, no lock: what proper-lockfile answers too, after a round trip through
    // its callbacks that `status --all` would pay for every run (docs/performance.md).
    if (!(0, node_fs_1.existsSync)(lockPath))
        return false;
    return proper_lockfile_1.default
        .check(target, { lockfilePath: lockPath, realpath: false, stale: exports.LOCK_STALE_MS })
        .catch(() => false);
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

/***/ 2685:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RunLockedError = exports.LOCK_STALE_MS = void 0;
exports.withRunLock = withRunLock;
exports.isRunLocked = isRunLocked;
const promises_1 = __webpack_require__(1455);
const node_os_1 = __webpack_require__(8161);
const exclusive_lock_js_1 = __webpack_require__(5370);
Object.defineProperty(exports, "LOCK_STALE_MS", ({ enumerable: true, get: function () { return exclusive_lock_js_1.LOCK_STALE_MS; } }));
class RunLockedError extends Error {
    name = 'RunLockedError';
    exitCode = 1;
}
exports.RunLockedError = RunLockedError;
async function withRunLock(layout, command, work) {
    const lock = await acquire(layout, command);
    try {
        return await work(lock);
    }
    finally {
        await lock.release();
    }
}
/** Whether some live process holds the run's lock right now (for `status`). */
async function isRunLocked(layout) {
    const held = await (0, exclusive_lock_js_1.isLockHeld)(layout.runStatePath, layout.lockPath);
    return held && !(await holderIsDead(layout));
}
/**
 * The lock's holder is known to be gone: it ran on this host and its process no longer
 * exists. Such a lock is taken over at once instead of after the stale time.
 */
async function holderIsDead(layout) {
    const owner = await readOwner(ownerPathOf(layout));
    if (owner === undefined || owner.host !== (0, node_os_1.hostname)())
        return false;
    try {
        process.kill(owner.pid, 0);
        return false;
    }
    catch (error) {
        return error.code === 'ESRCH';
    }
}
function ownerPathOf(layout) {
    return `${layout.lockPath}.owner.json`;
}
async function acquire(layout, command) {
    const ownerPath = ownerPathOf(layout);
    const owner = {
        pid: process.pid,
        host: (0, node_os_1.hostname)(),
        command,
        since: new Date().toISOString()
    };
    const release = await (0, exclusive_lock_js_1.lockExclusively)({
        target: layout.runStatePath,
        lockPath: layout.lockPath,
        holderIsGone: () => holderIsDead(layout),
        clearHolder: () => (0, promises_1.rm)(ownerPath, { force: true }),
        claim: () => (0, promises_1.writeFile)(ownerPath, `${JSON.stringify(owner)}\n`),
        onCompromised: () => {
            // Another process took the lock over (we stalled past the stale time): stop now
            // rather than write a run two processes believe they own.
            process.stderr.write(`error: lost the lock of run ${layout.runId}; stopping\n`);
            process.exit(1);
        }
    });
    if (release === undefined) {
        const holder = await readOwner(ownerPath);
        const who = holder === undefined
            ? 'another process'
            : `${holder.command} (pid ${holder.pid} on ${holder.host}, since ${holder.since})`;
        throw new RunLockedError(`run ${layout.runId} is being changed by ${who}; wait for it to finish. ` +
            `If that process is gone, its lock expires within ${exclusive_lock_js_1.LOCK_STALE_MS / 1000} s.`);
    }
    let released;
    return {
        runId: layout.runId,
        release: () => (released ??= (async () => {
            await (0, promises_1.rm)(ownerPath, { force: true });
            await release();
        })())
    };
}
async function readOwner(path) {
    try {
        return JSON.parse(await (0, promises_1.readFile)(path, 'utf8'));
    }
    catch {
        return undefined;
    }
}


/***/ })

};

//# sourceMappingURL=369.index.js.map