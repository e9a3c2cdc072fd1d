export const id = 526;
export const ids = [526];
export const modules = {

/***/ 66251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l: () => (/* binding */ writeFileAtomically)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/core/run/atomic-temp.ts
/**
 * The temporary file every whole-file write of the orchestrator goes through
 * (src/adapters/atomic-file.ts): the target's name with `.tmp-` and 16 hex digits, in the
 * target's directory, renamed over the target once written and synced. A process killed in
 * between leaves it behind; this names it, so that what such a kill leaves can be told from
 * what a stage wrote.
 */
const TEMP_SUFFIX = /\.tmp-[0-9a-f]{16}$/;
/** The temporary file of a write of `path`, given 16 random hex digits. */
function atomicTempPath(path, randomHex) {
    return `${path}.tmp-${randomHex}`;
}
/** The path whose write `path` is the temporary file of, or undefined if it is none. */
function atomicWriteTarget(path) {
    const suffix = TEMP_SUFFIX.exec(path);
    return suffix === null || suffix.index === 0 ? undefined : path.slice(0, suffix.index);
}

;// CONCATENATED MODULE: ./src/adapters/atomic-file.ts




const queued = new Map();
function writeFileAtomically(path, text, options = {}) {
    const before = queued.get(path) ?? Promise.resolve();
    const write = before.then(() => replaceFile(path, text, options));
    const settled = write.then(() => undefined, () => undefined);
    queued.set(path, settled);
    void settled.then(() => {
        if (queued.get(path) === settled)
            queued.delete(path);
    });
    return write;
}
async function replaceFile(requested, text, options) {
    const path = options.userFile === true ? await (0,promises_.realpath)(requested).catch(() => requested) : requested;
    const mode = options.userFile === true
        ? await (0,promises_.stat)(path).then((stats) => stats.mode & 0o7777, () => undefined)
        : undefined;
    if (options.userFile !== true)
        await refuseLinkedDirectory((0,external_node_path_.dirname)(path));
    const temporary = atomicTempPath(path, (0,external_node_crypto_.randomBytes)(8).toString('hex'));
    try {
        const handle = await (0,promises_.open)(temporary, 'wx', mode ?? 0o666).catch(async (error) => {
            if (error.code !== 'ENOENT')
                throw error;
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(temporary), { recursive: true });
            return (0,promises_.open)(temporary, 'wx', mode ?? 0o666);
        });
        try {
            await writeWhole(handle, text);
            if (mode !== undefined)
                await handle.chmod(mode);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,promises_.rename)(temporary, path);
    }
    catch (error) {
        await (0,promises_.rm)(temporary, { force: true });
        throw error;
    }
}
/** A directory that is a link could lead anywhere: the orchestrator's files are not written there. */
async function refuseLinkedDirectory(directory) {
    const stats = await (0,promises_.lstat)(directory).catch(() => undefined);
    if (stats?.isSymbolicLink() === true)
        throw new Error(`${directory} is a symbolic link; refusing to write through it`);
}
/**
 * The text as one string write, which node converts to bytes on its own side of the call
 * (`FileHandle.writeFile` makes a Buffer of the whole text first); the rest, in the rare
 * case a write stops short.
 */
async function writeWhole(handle, data) {
    if (typeof data === 'string') {
        const { bytesWritten } = await handle.write(data, null, 'utf8');
        if (bytesWritten < Buffer.byteLength(data, 'utf8'))
            await handle.writeFile(Buffer.from(data, 'utf8').subarray(bytesWritten));
        return;
    }
    await handle.writeFile(data);
}


/***/ }),

/***/ 20804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _I: () => (/* binding */ matchesAny),
/* harmony export */   _V: () => (/* binding */ NEVER_PASSED_ENV),
/* harmony export */   tL: () => (/* binding */ withoutJobSecrets)
/* harmony export */ });
/* unused harmony exports BASE_ENV_NAMES, buildChildEnv, buildAgentEnv, RUNNER_FILE_COMMAND_ENV */
/**
 * Environments for child processes are built from an allowlist, never by copying ours and
 * deleting what looks dangerous: a variable nobody thought of stays out by default.
 */
/** What every child gets when the source has it. */
const BASE_ENV_NAMES = (/* unused pure expression or super */ null && ([
    'PATH',
    'HOME',
    'LANG',
    'LC_*',
    'TERM',
    'TMPDIR',
    'USER',
    'SHELL'
]));
/**
 * Never passed, even when a caller names them: the orchestrator's GitHub credentials, the
 * runner's internals and Actions inputs (which carry tokens), and variables that make a
 * shell run code or point git at another repository.
 */
const NEVER_PASSED_ENV = [
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
    const allowed = [...BASE_ENV_NAMES, ...(options.passThrough ?? [])];
    const denied = [...NEVER_PASSED_ENV, ...(options.deny ?? [])];
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
const RUNNER_FILE_COMMAND_ENV = [
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
        if (matchesAny(name, NEVER_PASSED_ENV) || matchesAny(name, RUNNER_FILE_COMMAND_ENV))
            continue;
        env[name] = value;
    }
    return env;
}
function matchesAny(name, patterns) {
    return patterns.some((pattern) => pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern);
}


/***/ }),

/***/ 88668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ oneLine),
/* harmony export */   _: () => (/* binding */ GitAdapterError)
/* harmony export */ });
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
/** git's stderr can span lines ("hint: ...", "error: ..." then "fatal: ..."); keep the telling one. */
function oneLine(text) {
    const lines = text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('hint:'));
    return lines.find((line) => line.startsWith('fatal:')) ?? lines[0] ?? '';
}


/***/ }),

/***/ 63338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EO: () => (/* binding */ runGit),
/* harmony export */   uY: () => (/* binding */ runGitForExitCode)
/* harmony export */ });
/* unused harmony exports hardenedGitEnv, HARDENED_ARGS */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _child_env_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20804);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88668);
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
                !(0,_child_env_js__WEBPACK_IMPORTED_MODULE_3__/* .matchesAny */ ._I)(name, _child_env_js__WEBPACK_IMPORTED_MODULE_3__/* .NEVER_PASSED_ENV */ ._V);
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
const HARDENED_ARGS = HARDENED_CONFIG.flatMap((setting) => [
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
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(path).isDirectory();
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
        return Promise.reject(new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GitAdapterError */ ._('not_a_repository', `cannot run git in ${cwd}: no such directory`));
    const envConfig = options.envConfig ?? [];
    // The environment is read at every call: a caller may change it between calls.
    const env = {
        ...hardenedGitEnv(),
        ...(envConfig.length > 0 ? envConfigVariables(envConfig) : {})
    };
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', [...HARDENED_ARGS, ...args], {
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
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GitAdapterError */ ._)
        return error;
    const detail = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .T)(error instanceof Error ? error.message : String(error));
    if (/not a git repository/i.test(detail))
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GitAdapterError */ ._('not_a_repository', `${cwd} is not inside a git repository`);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .GitAdapterError */ ._('command_failed', `git ${args[0] ?? ''} failed in ${cwd}: ${detail}`);
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

/***/ 25602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IC: () => (/* binding */ fetchRunRefs),
/* harmony export */   gR: () => (/* binding */ contains),
/* harmony export */   hQ: () => (/* binding */ branchRelation),
/* harmony export */   mC: () => (/* binding */ ensureCommitIdentity),
/* harmony export */   mQ: () => (/* binding */ pushRunRefs)
/* harmony export */ });
/* unused harmony export gitHubAuth */
/* harmony import */ var _core_run_layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88951);
/* harmony import */ var _git_git_runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63338);


/**
 * The token as credentials for one git call: an Authorization header in that git process's
 * environment (never its argv, which any process can read in /proc/<pid>/cmdline), and for
 * the server's URLs only, so a remote that points anywhere else never receives it.
 */
function gitHubAuth(auth) {
    if (auth === undefined || auth.token === '')
        return {};
    const server = URL.canParse(auth.serverUrl) ? new URL(auth.serverUrl) : undefined;
    if (server?.protocol !== 'https:' && server?.protocol !== 'http:')
        throw new Error(`GITHUB_SERVER_URL ${auth.serverUrl} is not an http(s) URL`);
    const basic = Buffer.from(`x-access-token:${auth.token}`).toString('base64');
    return {
        envConfig: [[`http.${server.origin}/.extraheader`, `AUTHORIZATION: basic ${basic}`]]
    };
}
function refspecs(runId, force) {
    const plus = force ? '+' : '';
    const run = `refs/heads/${(0,_core_run_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .runBranchName */ .Dv)(runId)}`;
    const items = `refs/heads/orchestrator/item/${runId}/*`;
    return [`${plus}${run}:${run}`, `${plus}${items}:${items}`];
}
/** Brings the run's branches from origin and says what origin holds. */
async function fetchRunRefs(repo, runId, auth) {
    // Forced locally: origin is the record; a fresh checkout has nothing to lose.
    const fetched = await (0,_git_git_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .runGitForExitCode */ .uY)(repo, ['fetch', '--no-tags', 'origin', ...refspecs(runId, true)], [128], gitHubAuth(auth));
    if (fetched.exitCode !== 0) {
        // Without the run branch, fetch the attempt branches alone (a missing run branch is
        // reported by the caller with both SHAs; any other failure surfaces here).
        const [, items = ''] = refspecs(runId, true);
        await (0,_git_git_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .runGit */ .EO)(repo, ['fetch', '--no-tags', 'origin', items], gitHubAuth(auth));
    }
    const head = await (0,_git_git_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .runGitForExitCode */ .uY)(repo, [
        'rev-parse',
        '--verify',
        '--quiet',
        `refs/heads/${(0,_core_run_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .runBranchName */ .Dv)(runId)}^{commit}`
    ]);
    const listed = await (0,_git_git_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .runGit */ .EO)(repo, [
        'for-each-ref',
        '--format=%(refname)',
        `refs/heads/orchestrator/item/${runId}/`
    ]);
    return {
        runBranch: fetched.exitCode === 0 && head.exitCode === 0 ? head.stdout.trim() : undefined,
        attemptBranches: listed
            .split('\n')
            .filter((line) => line !== '')
            .map((ref) => ref.replace(/^refs\/heads\//, ''))
    };
}
/** How `actual` relates to `expected` in the local repository's history. */
async function branchRelation(repo, expected, actual) {
    if (actual === undefined)
        return 'missing';
    const isAncestor = async (a, b) => {
        const result = await (0,_git_git_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .runGitForExitCode */ .uY)(repo, ['merge-base', '--is-ancestor', a, b], [1, 128]);
        return result.exitCode === 128 ? undefined : result.exitCode === 0;
    };
    const ahead = await isAncestor(expected, actual);
    if (ahead === undefined)
        return 'unknown';
    if (ahead)
        return 'ahead';
    return (await isAncestor(actual, expected)) ? 'behind' : 'diverged';
}
/** Whether `commit` is in the history of `head` (both present locally). */
async function contains(repo, head, commit) {
    const result = await (0,_git_git_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .runGitForExitCode */ .uY)(repo, ['merge-base', '--is-ancestor', commit, head], [1, 128]);
    return result.exitCode === 0;
}
/**
 * Publishes the run's branches, all or nothing (`--atomic`). The run branch is leased: origin
 * must still hold `expectedRunBranch` (`null`: no run branch yet), so of two hops that started
 * from the same state only the first publishes; attempt branches move by fast-forward only.
 * Two hops of one run can make byte-identical commits (same tree, parent, author and second),
 * and git reports a push of what origin already holds as up to date, lease or not: a ref this
 * hop moved or created that origin already held at the new value means another hop published
 * first, and this one lost.
 */
async function pushRunRefs(repo, runId, auth, expectedRunBranch, 
/** The attempt branches origin held when this hop started (`fetchRunRefs`). */
knownAttemptBranches = []) {
    const branch = (0,_core_run_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .runBranchName */ .Dv)(runId);
    const refusal = (detail) => new Error(`publishing run ${runId} refused, nothing of this hop was published: origin's ${branch} is no longer at ${expectedRunBranch ?? '(no branch)'}, or one of its attempt branches moved, since this hop started (another hop of the same run published first, or someone pushed to them) (${detail})`);
    const local = await (0,_git_git_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .runGitForExitCode */ .uY)(repo, [
        'rev-parse',
        '--verify',
        '--quiet',
        `refs/heads/${branch}^{commit}`
    ]);
    const movesRunBranch = local.exitCode === 0 && local.stdout.trim() !== expectedRunBranch;
    let output;
    try {
        output = await (0,_git_git_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .runGit */ .EO)(repo, [
            'push',
            '--porcelain',
            '--atomic',
            `--force-with-lease=refs/heads/${branch}:${expectedRunBranch ?? ''}`,
            'origin',
            ...refspecs(runId, false)
        ], gitHubAuth(auth));
    }
    catch (error) {
        throw refusal(error instanceof Error ? error.message : String(error));
    }
    const known = new Set(knownAttemptBranches.map((name) => `refs/heads/${name}`));
    const raced = upToDateRefs(output).filter((ref) => ref === `refs/heads/${branch}` ? movesRunBranch : !known.has(ref));
    if (raced.length > 0)
        throw refusal(`already on origin at this hop's value: ${raced.join(', ')}`);
}
/** The destination refs `git push --porcelain` reports as up to date (flag `=`). */
function upToDateRefs(porcelain) {
    return porcelain
        .split('\n')
        .filter((line) => line.startsWith('=\t'))
        .map((line) => line.split('\t')[1]?.split(':')[1] ?? '')
        .filter((ref) => ref !== '');
}
/**
 * Checkpoint commits need an author. A runner's checkout has none; the Actions bot is the
 * honest one (the agents' work is recorded in the reports, the humans' in the gate records).
 */
async function ensureCommitIdentity(repo) {
    const email = await (0,_git_git_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .runGitForExitCode */ .uY)(repo, ['config', '--get', 'user.email']);
    if (email.exitCode === 0 && email.stdout.trim() !== '')
        return;
    await (0,_git_git_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .runGit */ .EO)(repo, ['config', 'user.name', 'github-actions[bot]']);
    await (0,_git_git_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .runGit */ .EO)(repo, [
        'config',
        'user.email',
        '41898282+github-actions[bot]@users.noreply.github.com'
    ]);
}


/***/ }),

/***/ 84668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fx: () => (/* binding */ readPlaybookSource)
/* harmony export */ });
/* unused harmony exports readPlaybookFile, posixPath */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);



/**
 * Reads a playbook from disk for normalization. A relative path is read from `cwd` (the
 * caller's working directory, not necessarily this process's). Failures become one-line
 * messages that name the path as the user typed it.
 */
async function readPlaybookSource(path, now = new Date(), cwd = process.cwd()) {
    const file = await readPlaybookFile(path, cwd);
    // Loaded here, not with the module: compiling node:crypto is a noticeable part of the
    // start of a CLI command that never needs the hash (docs/performance.md, CLI start-up).
    const { createHash } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 77598, 23));
    return {
        ...file,
        sha256: createHash('sha256').update(file.bytes).digest('hex'),
        generatedAt: now
    };
}
/**
 * The playbook's bytes, read like readPlaybookSource reads them. The file is read
 * synchronously: one small read, and node:fs/promises would be one more module to load.
 */
async function readPlaybookFile(path, cwd = process.cwd()) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path);
    let bytes;
    try {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).isDirectory())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserInputError */ .m2(`${path}: is a directory, not a playbook file`);
        bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file);
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserInputError */ .m2)
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserInputError */ .m2(describeFsError(path, error));
    }
    return {
        bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        path: posixPath(path)
    };
}
function describeFsError(path, error) {
    const code = error?.code;
    if (code === 'ENOENT')
        return `${path}: no such file`;
    if (code === 'EACCES' || code === 'EPERM')
        return `${path}: permission denied`;
    if (code === 'ENOTDIR')
        return `${path}: a parent of this path is not a directory`;
    return `${path}: cannot read: ${error instanceof Error ? error.message : String(error)}`;
}
/**
 * The path as recorded in the plan: forward slashes, `.` segments and doubled slashes
 * removed, `..` kept as written (resolving it would hide where the file really was).
 */
function posixPath(path) {
    const absolute = path.startsWith('/');
    const segments = path
        .replaceAll('\\', '/')
        .split('/')
        .filter((segment) => segment !== '' && segment !== '.');
    const joined = segments.join('/');
    if (absolute)
        return `/${joined}`;
    return joined === '' ? '.' : joined;
}


/***/ }),

/***/ 57179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  O5: () => (/* binding */ readGateReview),
  V6: () => (/* binding */ readProvenanceLines),
  FA: () => (/* binding */ readRunFacts)
});

// UNUSED EXPORTS: changedFiles

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/review/facts.ts
var facts = __webpack_require__(73259);
// EXTERNAL MODULE: ./src/core/review/gate-review.ts
var gate_review = __webpack_require__(91058);
// EXTERNAL MODULE: ./src/core/run/layout.ts
var layout = __webpack_require__(88951);
// EXTERNAL MODULE: ./src/core/schemas/gha.ts
var gha = __webpack_require__(49054);
// EXTERNAL MODULE: ./src/core/schemas/normalized-plan.ts
var normalized_plan = __webpack_require__(46591);
// EXTERNAL MODULE: ./src/core/provenance/pr-lines.ts
var pr_lines = __webpack_require__(56703);
// EXTERNAL MODULE: ./src/core/schemas/provenance.ts
var provenance = __webpack_require__(35377);
// EXTERNAL MODULE: ./src/core/schemas/reports.ts
var schemas_reports = __webpack_require__(88947);
// EXTERNAL MODULE: ./src/adapters/git/git-runner.ts
var git_runner = __webpack_require__(63338);
// EXTERNAL MODULE: ./src/adapters/run-store.ts + 1 modules
var run_store = __webpack_require__(59605);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./src/core/schemas/usage.ts
var usage = __webpack_require__(47131);
;// CONCATENATED MODULE: ./src/adapters/usage-summary.ts




/**
 * The hook through which the summaries, the pull request body and `status` read what a run
 * cost: `usage.json` in the run's control directory (schema `plan_orchestrator.usage_summary.v1`,
 * written by the agent adapters after every call, issue #15 part 1). Read leniently and only for
 * the totals shown here (a looser schema than the writer's, on purpose): a run without the file, or with one that does not parse, is "cost
 * unknown" on every page, never $0, and never an error.
 */
const TotalsSchema = schemas/* looseObject */._H3({
    calls: schemas/* number */.aig().int().min(0),
    total_tokens: schemas/* number */.aig().min(0),
    calls_without_usage: schemas/* number */.aig().int().min(0),
    cost_usd: schemas/* number */.aig().min(0).nullable()
});
const UsageSummarySchema = schemas/* looseObject */._H3({
    schema_version: schemas/* literal */.euz(usage/* USAGE_SUMMARY_VERSION */.eM),
    run: TotalsSchema,
    items: schemas/* array */.YOg(schemas/* looseObject */._H3({ item_id: schemas/* string */.YjP(), totals: TotalsSchema }))
});
function figures(totals) {
    // No call reported tokens: the total is unknown, not 0.
    const unknownTokens = totals.calls > 0 && totals.calls_without_usage === totals.calls;
    return {
        tokens: unknownTokens ? null : totals.total_tokens,
        costUsd: totals.cost_usd,
        calls: totals.calls
    };
}
async function readRunUsage(run) {
    const text = await (0,promises_.readFile)((0,external_node_path_.join)(run.controlDir, usage/* USAGE_FILE */.ji), 'utf8').catch(() => undefined);
    if (text === undefined)
        return undefined;
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    const parsed = UsageSummarySchema.safeParse(json);
    if (!parsed.success)
        return undefined;
    return {
        run: figures(parsed.data.run),
        items: Object.fromEntries(parsed.data.items.map((item) => [item.item_id, figures(item.totals)]))
    };
}

;// CONCATENATED MODULE: ./src/adapters/review-facts.ts













/**
 * Reads what the review pages are made of from a run's saved files: its state and plan, each
 * item's latest reports and gate records, its usage, and, from git, the files a checkpoint
 * changed. Every report is read through its schema; one that is missing or does not parse is
 * left out (the page says so), never half-believed.
 */
async function readRunFacts(run, state) {
    const loaded = state ?? (await (0,run_store/* loadRunState */.fQ)(run));
    const plan = await readJson(normalized_plan/* NormalizedPlanSchema */.iQ, run.normalizedPlanPath);
    const reports = {};
    for (const item of loaded.items)
        reports[item.item_id] = await readItemReports(run, item);
    return (0,facts/* runFacts */.pI)({ state: loaded, plan, usage: await readRunUsage(run), reports });
}
/**
 * One line per commit of the passed items, from their provenance statements (docs/provenance.md),
 * for the pull request body. A statement that is missing or does not parse leaves its item out;
 * `verify` is what checks them. Each line names its statement's path in the run's files.
 */
async function readProvenanceLines(run, state) {
    const statements = [];
    for (const item of state.items) {
        if (item.terminal_state !== 'passed')
            continue;
        const path = (0,external_node_path_.join)((0,layout/* attemptLayout */.MR)(run, item.item_id, item.attempt_number).controlDir, provenance/* STATEMENT_FILE */.zH);
        const statement = await readJson(provenance/* ProvenanceStatementSchema */._4, path);
        if (statement !== undefined)
            statements.push({ path: (0,layout/* repoRelative */.Ne)(run.repoRoot, path), statement });
    }
    return (0,pr_lines/* commitProvenance */.R)(statements);
}
/** The gate review of an item that awaits its gate (undefined for any other item). */
async function readGateReview(run, facts, itemId) {
    const item = facts.items.find((entry) => entry.id === itemId);
    if (item?.run.terminal_state !== 'awaiting_human_gate')
        return undefined;
    const checkpoint = item.reports.gate?.related_refs.checkpoint_ref ?? item.run.checkpoint_ref;
    const base = item.run.base_ref ?? facts.state.run_branch_head;
    return (0,gate_review/* gateReview */.mZ)({
        run: facts,
        item,
        changedFiles: checkpoint === null ? null : await changedFiles(run.repoRoot, base, checkpoint),
        patchPath: await reviewedPatch(run, item.run)
    });
}
/** The files `checkpoint` changed since `base`, with lines added and deleted (git numstat). */
async function changedFiles(repoRoot, base, checkpoint) {
    const result = await (0,git_runner/* runGitForExitCode */.uY)(repoRoot, [
        'diff',
        '--numstat',
        '-z',
        '--no-renames',
        '--no-ext-diff',
        '--no-textconv',
        base,
        checkpoint,
        '--'
    ], [128]).catch(() => undefined);
    if (result === undefined || result.exitCode !== 0)
        return null;
    return result.stdout
        .split('\0')
        .filter((entry) => entry !== '')
        .map((entry) => {
        const [added = '-', deleted = '-', ...rest] = entry.split('\t');
        return {
            path: rest.join('\t'),
            added: added === '-' ? null : Number(added),
            deleted: deleted === '-' ? null : Number(deleted)
        };
    });
}
/** The review cycle of the item's latest verification (`execute.round-0`, `fix.round-1`, \u2026). */
function latestCycle(item) {
    const path = item.latest_paths.verification_report_path;
    return path === null ? undefined : /verification_report\.(.+)\.json$/.exec(path)?.[1];
}
/** The candidate patch of the item's latest review cycle (`candidate.<cycle>.patch`). */
async function reviewedPatch(run, item) {
    const dir = (0,layout/* attemptLayout */.MR)(run, item.item_id, item.attempt_number).controlDir;
    const cycle = latestCycle(item);
    const names = await (0,promises_.readdir)(dir).catch(() => []);
    const name = cycle !== undefined && names.includes(`candidate.${cycle}.patch`)
        ? `candidate.${cycle}.patch`
        : await newestNamed(dir, 'candidate.', '.patch');
    return name === undefined ? null : (0,layout/* repoRelative */.Ne)(run.repoRoot, (0,external_node_path_.join)(dir, name));
}
async function readItemReports(run, item) {
    const at = (path) => path === null ? undefined : (0,external_node_path_.resolve)(run.repoRoot, path);
    const attemptDir = (0,layout/* attemptLayout */.MR)(run, item.item_id, item.attempt_number).controlDir;
    const cycle = latestCycle(item);
    const names = await (0,promises_.readdir)(attemptDir).catch(() => []);
    const findingsName = cycle !== undefined && names.includes(`merged_findings_packet.${cycle}.json`)
        ? `merged_findings_packet.${cycle}.json`
        : await newestNamed(attemptDir, 'merged_findings_packet.', '.json');
    const gatePath = at(item.latest_paths.manual_gate_path);
    const githubGate = gatePath === undefined
        ? undefined
        : await readJson(gha/* GhaGateRecordSchema */._C, (0,external_node_path_.join)((0,external_node_path_.dirname)(gatePath), gha/* GHA_GATE_FILE */.uU));
    const reports = {
        verification: await readJson(schemas_reports/* VerificationReportSchema */.TS, at(item.latest_paths.verification_report_path)),
        findings: await readJson(schemas_reports/* MergedFindingsPacketSchema */.C6, findingsName === undefined ? undefined : (0,external_node_path_.join)(attemptDir, findingsName)),
        codexAudit: await readJson(schemas_reports/* AuditReportSchema */.h4, at(item.latest_paths.codex_audit_report_path)),
        claudeAudit: await readJson(schemas_reports/* AuditReportSchema */.h4, at(item.latest_paths.claude_audit_report_path)),
        gate: await readJson(schemas_reports/* ManualGateRecordSchema */.UC, gatePath),
        githubGate
    };
    return Object.fromEntries(Object.entries(reports).filter(([, value]) => value !== undefined));
}
/** `<prefix><k><suffix>` with the highest round or cycle number k (`\u2026round-3.json`). */
async function newestNamed(dir, prefix, suffix) {
    const names = await (0,promises_.readdir)(dir).catch(() => []);
    const rank = (name) => (name.match(/\d+/g) ?? []).map(Number);
    return names
        .filter((name) => name.startsWith(prefix) && name.endsWith(suffix))
        .sort((a, b) => compareRanks(rank(a), rank(b)) || (a < b ? -1 : a > b ? 1 : 0))
        .at(-1);
}
function compareRanks(a, b) {
    for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
        const diff = (a[index] ?? -1) - (b[index] ?? -1);
        if (diff !== 0)
            return diff;
    }
    return 0;
}
async function readJson(schema, path) {
    if (path === undefined)
        return undefined;
    try {
        const parsed = schema.safeParse(JSON.parse(await (0,promises_.readFile)(path, 'utf8')));
        return parsed.success ? parsed.data : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 59605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K$: () => (/* reexport */ run_state_file/* RunStateUnreadableError */.K),
  bE: () => (/* binding */ anchorRestoredRun),
  Lc: () => (/* binding */ findRun),
  fQ: () => (/* binding */ loadRunState),
  Qw: () => (/* reexport */ run_state_file/* parseRunState */.Q),
  iZ: () => (/* binding */ saveRunState),
  GF: () => (/* binding */ writeJson),
  x3: () => (/* binding */ writeText)
});

// UNUSED EXPORTS: belongsHere, listRunIds, stateBelongsHere

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/run/layout.ts
var run_layout = __webpack_require__(88951);
// EXTERNAL MODULE: ./src/core/run/run-id.ts
var run_id = __webpack_require__(74340);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./src/core/policy/runtime-policy.ts
var runtime_policy = __webpack_require__(11181);
// EXTERNAL MODULE: ./src/core/schemas/usage.ts
var usage = __webpack_require__(47131);
// EXTERNAL MODULE: ./src/core/schemas/run-state.ts
var run_state = __webpack_require__(22221);
;// CONCATENATED MODULE: ./src/core/run/run-state-save.ts




/**
 * The run state a save writes: exactly what `RunStateSchema.parse` returns for it (same
 * values, same key order, so the same bytes on disk), and an invalid state is refused with
 * the same error. It costs less because a run's state grows by appending: its event log,
 * agent calls and items are mostly the objects an earlier save of this process already
 * parsed, and those are not parsed again (docs/performance.md, "Memory").
 *
 * Each array element, and the options, are remembered with their parse result (weakly, by
 * identity, per schema). One met again is reused only if it still holds the same data as
 * that result, compared field by field: one changed in place since is parsed again, so
 * nothing that was not parsed in its current form is ever written. The other top-level
 * fields are parsed on every save.
 */
/**
 * `RunStateSchema` with the options (which hold the price table) and the elements of the
 * three growing arrays left to their own schemas.
 */
const RunStateShellSchema = run_state/* RunStateSchema */.sT.extend({
    options: schemas/* unknown */.L5J(),
    items: schemas/* array */.YOg(schemas/* unknown */.L5J()).min(1),
    event_log: schemas/* array */.YOg(schemas/* unknown */.L5J()),
    agent_calls: schemas/* array */.YOg(schemas/* unknown */.L5J()).default([])
});
const parsedBySchema = new Map();
function validRunStateForSave(state) {
    try {
        const shell = RunStateShellSchema.parse(state);
        return {
            ...shell,
            options: parsedElement(runtime_policy/* RecordedRuntimeOptionsSchema */.au, shell.options),
            items: shell.items.map((item) => parsedElement(run_state/* ItemRunStateSchema */.LA, item)),
            event_log: shell.event_log.map((event) => parsedElement(run_state/* RunEventSchema */.Re, event)),
            agent_calls: shell.agent_calls.map((call) => parsedElement(usage/* AgentCallRecordSchema */.kz, call))
        };
    }
    catch {
        // The whole parse names the first problem as it always has (path from the root).
        return run_state/* RunStateSchema */.sT.parse(state);
    }
}
function parsedElement(schema, element) {
    if (typeof element !== 'object' || element === null)
        return schema.parse(element);
    let parsedElements = parsedBySchema.get(schema);
    if (parsedElements === undefined) {
        parsedElements = new WeakMap();
        parsedBySchema.set(schema, parsedElements);
    }
    const known = parsedElements.get(element);
    if (known !== undefined && sameData(element, known))
        return known;
    const parsed = schema.parse(element);
    parsedElements.set(element, parsed);
    return parsed;
}
/**
 * Whether `input` holds the same JSON data as `parsed` (a parse result: plain objects,
 * arrays and primitives of its own). Anything else (a shared object, a class instance, a
 * missing or extra key) counts as different, which only costs a parse.
 */
function sameData(input, parsed) {
    if (typeof input !== 'object' || input === null)
        return input === parsed;
    if (typeof parsed !== 'object' || parsed === null || input === parsed)
        return false;
    if (Array.isArray(input)) {
        if (!Array.isArray(parsed) || input.length !== parsed.length)
            return false;
        for (let index = 0; index < input.length; index += 1)
            if (!sameData(input[index], parsed[index]))
                return false;
        return true;
    }
    if (Array.isArray(parsed) || Object.getPrototypeOf(input) !== Object.prototype)
        return false;
    const left = input;
    const right = parsed;
    let keys = 0;
    for (const key in left) {
        if (!Object.hasOwn(left, key))
            return false;
        if (!Object.hasOwn(right, key) || !sameData(left[key], right[key]))
            return false;
        keys += 1;
    }
    for (const key in right)
        if (Object.hasOwn(right, key))
            keys -= 1;
    return keys === 0;
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/core/run/run-state-file.ts
var run_state_file = __webpack_require__(37703);
// EXTERNAL MODULE: ./src/adapters/atomic-file.ts + 1 modules
var atomic_file = __webpack_require__(66251);
;// CONCATENATED MODULE: ./src/adapters/run-store.ts











/**
 * run_state.json on disk: validated on every read, written whole and atomically on every
 * save. A damaged file is reported by what is wrong with it, never half-read.
 */
async function loadRunState(layout) {
    const path = layout.runStatePath;
    let text;
    try {
        // One synchronous call: `status --all` reads every run's state, and an asynchronous read
        // (open, stat, read, close, each a round trip through libuv's thread pool) was about a
        // fifth of its time over 1,000 runs (docs/performance.md).
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        const missing = error.code === 'ENOENT';
        throw new run_state_file/* RunStateUnreadableError */.K(path, 'missing', missing ? `no run state (is ${layout.runId} a run id?)` : String(error));
    }
    return (0,run_state_file/* parseRunState */.Q)(path, text);
}
/**
 * Validates and saves the state; returns the sha256 of the text written. What an earlier
 * save already validated is not parsed again (core/run/run-state-save.ts).
 */
async function saveRunState(layout, state) {
    const text = runStateText(validRunStateForSave(state));
    await writeText(layout.runStatePath, text);
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
}
function runStateText(state) {
    return `${JSON.stringify(state, null, 2)}\n`;
}
async function writeJson(path, value) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    await (0,atomic_file/* writeFileAtomically */.l)(path, `${JSON.stringify(value, null, 2)}\n`);
}
async function writeText(path, text) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    await (0,atomic_file/* writeFileAtomically */.l)(path, text);
}
/** Run ids that have a control directory, newest first by name; other names are not runs. */
async function listRunIds(repoRoot) {
    const entries = await readdir(join(repoRoot, CONTROL_ROOT), { withFileTypes: true }).catch(() => []);
    return entries
        .filter((entry) => entry.isDirectory() && isRunId(entry.name))
        .map((entry) => entry.name)
        .sort()
        .reverse();
}
/**
 * The run a command names, found the one way every entry point finds it: the id is checked
 * before any path is built from it, the run's directory must exist in this repository, and a
 * run state that names another repository (a copied `.local/`, a restored backup) is not a
 * run of this one. Each refusal is one line. A run directory whose state is damaged is found:
 * naming the damage is the caller's job (doctor, status).
 */
async function findRun(repoRoot, runId) {
    const problem = (0,run_id/* runIdProblem */.w2)(runId);
    if (problem !== undefined)
        throw new errors/* UserInputError */.m2(problem);
    const layout = (0,run_layout/* runLayout */.WA)(repoRoot, runId);
    const info = await (0,promises_.lstat)(layout.controlDir).catch(() => undefined);
    if (info === undefined || !info.isDirectory())
        throw new errors/* UserInputError */.m2((0,run_id/* noSuchRunMessage */.dQ)(runId));
    const owner = await recordedRepoRoot(layout);
    if (owner !== undefined && !(await sameDirectory(owner, repoRoot)))
        throw new errors/* UserInputError */.m2((0,run_id/* noSuchRunMessage */.dQ)(runId, `its run state belongs to ${printable(owner)}`));
    return layout;
}
/** Whether the run's saved state belongs to the repository it sits in (for listings). */
async function belongsHere(layout) {
    const owner = await recordedRepoRoot(layout);
    return owner === undefined || (await sameDirectory(owner, layout.repoRoot));
}
/**
 * A run restored into another checkout of the same repository (a GitHub job's fresh
 * workspace, whose path differs from the job that saved it) is re-anchored there, so the
 * commands of this checkout accept it as its own.
 */
async function anchorRestoredRun(layout) {
    const state = await loadRunState(layout);
    if (await sameDirectory(state.repo_root, layout.repoRoot))
        return;
    await saveRunState(layout, { ...state, repo_root: layout.repoRoot });
}
/** `belongsHere` for a state already loaded, without reading the file again. */
async function stateBelongsHere(layout, state) {
    return state.repo_root === '' || (await sameDirectory(state.repo_root, layout.repoRoot));
}
async function recordedRepoRoot(layout) {
    try {
        const json = JSON.parse(await (0,promises_.readFile)(layout.runStatePath, 'utf8'));
        const root = json?.repo_root;
        return typeof root === 'string' && root !== '' ? root : undefined;
    }
    catch {
        return undefined;
    }
}
async function sameDirectory(a, b) {
    if (a === b)
        return true;
    const [left, right] = await Promise.all([a, b].map((path) => (0,promises_.realpath)(path).catch(() => undefined)));
    return left !== undefined && left === right;
}
function printable(text) {
    const control = [...text].some((char) => char.charCodeAt(0) < 0x20 || char === '\x7f');
    return control ? JSON.stringify(text) : text;
}


/***/ }),

/***/ 81071:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wv: () => (/* binding */ uploadRunState),
/* harmony export */   _j: () => (/* binding */ createGitHubApi),
/* harmony export */   bg: () => (/* binding */ stageRunState),
/* harmony export */   eq: () => (/* binding */ findRunState),
/* harmony export */   oB: () => (/* binding */ uploadDiagnostics),
/* harmony export */   xt: () => (/* binding */ installStagedState),
/* harmony export */   yy: () => (/* binding */ discardStagedState)
/* harmony export */ });
/**
 * GitHub's clients, loaded when an action first calls GitHub or moves an artifact: Octokit
 * and @actions/artifact (with its protobuf, archiver and Azure code, about 2 MB) are most of
 * the bundle, and a plan job for a new run or a failing input check needs neither. ncc turns
 * each import() into a chunk of its own (docs/performance.md, "Action bundle cold start").
 */
async function createGitHubApi(input) {
    return (await Promise.all(/* import() */[__webpack_require__.e(579), __webpack_require__.e(812)]).then(__webpack_require__.bind(__webpack_require__, 76812))).createGitHubApi(input);
}
const artifacts = () => Promise.all(/* import() */[__webpack_require__.e(744), __webpack_require__.e(579), __webpack_require__.e(165), __webpack_require__.e(677)]).then(__webpack_require__.bind(__webpack_require__, 44677));
const uploadRunState = async (input) => (await artifacts()).uploadRunState(input);
const uploadDiagnostics = async (input) => (await artifacts()).uploadDiagnostics(input);
const findRunState = async (runId, source) => (await artifacts()).findRunState(runId, source);
const stageRunState = async (input) => (await artifacts()).stageRunState(input);
const installStagedState = async (input) => (await artifacts()).installStagedState(input);
const discardStagedState = async (staged) => (await artifacts()).discardStagedState(staged);


/***/ }),

/***/ 40332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eo: () => (/* binding */ settleLastLink),
/* harmony export */   Gw: () => (/* binding */ currentWorkflowRun),
/* harmony export */   Uw: () => (/* binding */ restoreVerifiedRun),
/* harmony export */   lR: () => (/* binding */ readRunRecord),
/* harmony export */   w0: () => (/* binding */ appendChainLink)
/* harmony export */ });
/* unused harmony export RestoreRefused */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _adapters_github_run_refs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25602);
/* harmony import */ var _adapters_run_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59605);
/* harmony import */ var _core_gha_chain_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57647);
/* harmony import */ var _core_run_layout_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(88951);
/* harmony import */ var _core_schemas_gha_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(49054);
/* harmony import */ var _core_time_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(22334);
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(81071);









/**
 * The one way a job takes over a run's state from an earlier job (docs/security.md). In order,
 * and refusing at the first doubt with nothing written to the workspace:
 *
 * 1. GitHub's record of the workflow run holding the state: this repository, this job's own
 *    workflow file and ref.
 * 2. Its newest state artifact (highest attempt, gate over item), read as a zip into a
 *    temporary directory; any entry outside the run's directories, absolute, with `..`, or a
 *    link refuses the whole artifact.
 * 3. The state's chain: it ends at exactly that workflow run, attempt and job; this job is the
 *    next hop (or that run's own gate job); the first hop is a run of the same workflow and ref
 *    on GitHub, whose actor and triggering actor count as the run's starters.
 * 4. No earlier attempt of this workflow run already saved the run's state (a re-run that
 *    would replay a hop), and origin holds no attempt branch the state does not know (a later
 *    hop already ran: this state is superseded).
 * 5. origin's run branch is where the state says (`run_branch_head`).
 *
 * Only then are the run's directories moved into the workspace.
 */
class RestoreRefused extends Error {
    name = 'RestoreRefused';
}
async function currentWorkflowRun(ctx, api) {
    const current = await api.workflowRun(ctx.runId);
    const repository = `${ctx.repository.owner}/${ctx.repository.repo}`;
    if (current.repository.toLowerCase() !== repository.toLowerCase())
        throw new RestoreRefused(`GitHub places workflow run ${ctx.runId} in ${current.repository}`);
    if (current.headBranch === null)
        throw new RestoreRefused(`GitHub records no branch for workflow run ${ctx.runId}`);
    return current;
}
async function restoreVerifiedRun(input) {
    const { ctx, api, runId, from } = input;
    const repository = `${ctx.repository.owner}/${ctx.repository.repo}`;
    const current = await currentWorkflowRun(ctx, api);
    const ref = current.headBranch;
    const hopRun = (run, role) => {
        const reason = (0,_core_gha_chain_js__WEBPACK_IMPORTED_MODULE_4__/* .foreignRunReason */ .S6)({ run, role, repository, workflowPath: current.path, ref });
        if (reason !== undefined)
            throw new RestoreRefused(`state of run ${runId} refused: ${reason}`);
    };
    let source;
    if (from.kind === 'next-hop') {
        if (from.stateRunId === ctx.runId)
            throw new RestoreRefused(`input state-run-id names this workflow run (${ctx.runId}); a hop continues from the workflow run before it`);
        source = await api.workflowRun(from.stateRunId);
        hopRun(source, "the state's workflow run");
    }
    else {
        source = current;
    }
    const staged = await (0,_github_js__WEBPACK_IMPORTED_MODULE_7__/* .stageRunState */ .bg)({
        runId,
        source: {
            ...(from.kind === 'next-hop' ? { workflowRunId: source.id } : {}),
            latestAttempt: from.kind === 'next-hop' ? source.runAttempt : ctx.runAttempt,
            token: input.token,
            repository: ctx.repository
        },
        ...(process.env.RUNNER_TEMP === undefined ? {} : { tempRoot: process.env.RUNNER_TEMP })
    }).catch((error) => {
        throw new RestoreRefused(error instanceof Error ? error.message : String(error));
    });
    try {
        for (const lock of staged.skipped)
            input.log(`left out of the restored state: ${lock}`);
        const stagedRun = (0,_core_run_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .runLayout */ .WA)(staged.root, runId);
        const record = await readRunRecord(stagedRun).catch((error) => {
            throw new RestoreRefused(error instanceof Error ? error.message : String(error));
        });
        const state = await (0,_adapters_run_store_js__WEBPACK_IMPORTED_MODULE_3__/* .loadRunState */ .fQ)(stagedRun).catch((error) => {
            throw new RestoreRefused(`state artifact ${staged.artifactName}: ${error instanceof Error ? error.message : String(error)}`);
        });
        const refuse = (reason) => {
            throw new RestoreRefused(`state of run ${runId} from workflow run ${source.id} refused: ${reason}`);
        };
        if (record.run_id !== runId || state.run_id !== runId)
            refuse(`it is the state of run ${state.run_id}`);
        if (record.repository.toLowerCase() !== repository.toLowerCase())
            refuse(`it was started in ${record.repository}`);
        if (record.workflow_path !== current.path)
            refuse(`the run was started by the workflow ${record.workflow_path}, not ${current.path}`);
        if (record.ref !== ref)
            refuse(`the run was started from ${record.ref}, but this workflow run is on ${ref}`);
        if (state.run_branch_name !== (0,_core_run_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .runBranchName */ .Dv)(runId))
            refuse(`its run branch is ${state.run_branch_name}, not ${(0,_core_run_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .runBranchName */ .Dv)(runId)}`);
        const verdict = (0,_core_gha_chain_js__WEBPACK_IMPORTED_MODULE_4__/* .checkChain */ .uy)({
            record,
            source: { workflowRunId: source.id, attempt: staged.attempt, stage: staged.stage },
            continuation: from.kind === 'next-hop'
                ? { kind: 'next-hop', currentRunId: ctx.runId, hop: from.hop }
                : { kind: 'same-hop', currentRunId: ctx.runId, itemId: from.itemId }
        });
        if (!verdict.ok)
            return refuse(verdict.reason);
        const firstId = record.chain[0]?.workflow_run_id;
        const first = firstId === source.id
            ? source
            : firstId === current.id
                ? current
                : await api.workflowRun(firstId);
        hopRun(first, "the run's first workflow run");
        const starters = [first.actor, first.triggeringActor].filter((user) => user !== null);
        if (starters.length === 0)
            refuse(`GitHub records no actor for workflow run ${first.id}`);
        if (from.kind === 'next-hop') {
            const replayed = await (0,_github_js__WEBPACK_IMPORTED_MODULE_7__/* .findRunState */ .eq)(runId, {
                latestAttempt: ctx.runAttempt,
                token: input.token,
                repository: ctx.repository
            });
            if (replayed !== undefined)
                refuse(`this workflow run already saved the run's state in an earlier attempt (${replayed}); a re-run would replay hop ${verdict.hop}. Dispatch a new hop with state-run-id ${ctx.runId} instead`);
        }
        const origin = await (0,_adapters_github_run_refs_js__WEBPACK_IMPORTED_MODULE_2__/* .fetchRunRefs */ .IC)(ctx.workspace, runId, {
            token: input.token,
            serverUrl: ctx.serverUrl
        });
        const unknown = (0,_core_gha_chain_js__WEBPACK_IMPORTED_MODULE_4__/* .unknownAttemptBranches */ .Kh)(state, origin.attemptBranches);
        if (unknown.length > 0)
            refuse(`origin holds ${unknown.join(', ')}, which this state does not know: a later hop already ran, so this state is superseded. Continue from the newest hop's workflow run`);
        const mismatch = (0,_core_gha_chain_js__WEBPACK_IMPORTED_MODULE_4__/* .runBranchMismatch */ .Iu)({
            state,
            actual: origin.runBranch,
            relation: await (0,_adapters_github_run_refs_js__WEBPACK_IMPORTED_MODULE_2__/* .branchRelation */ .hQ)(ctx.workspace, state.run_branch_head, origin.runBranch)
        });
        if (mismatch !== undefined)
            refuse(mismatch);
        await (0,_github_js__WEBPACK_IMPORTED_MODULE_7__/* .installStagedState */ .xt)({ staged, workspace: ctx.workspace, runId });
        const run = (0,_core_run_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .runLayout */ .WA)(ctx.workspace, runId);
        // This job's checkout is another path than the one that saved the state: the run moves here.
        await (0,_adapters_run_store_js__WEBPACK_IMPORTED_MODULE_3__/* .anchorRestoredRun */ .bE)(run);
        return {
            run,
            state: await (0,_adapters_run_store_js__WEBPACK_IMPORTED_MODULE_3__/* .loadRunState */ .fQ)(run),
            record,
            hop: verdict.hop,
            current,
            starters,
            runBranchHead: origin.runBranch,
            attemptBranches: origin.attemptBranches,
            artifactName: staged.artifactName
        };
    }
    finally {
        await (0,_github_js__WEBPACK_IMPORTED_MODULE_7__/* .discardStagedState */ .yy)(staged);
    }
}
async function readRunRecord(run) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(run.controlDir, _core_schemas_gha_js__WEBPACK_IMPORTED_MODULE_6__/* .GHA_RUN_FILE */ .CB);
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8').catch(() => {
        throw new Error(`run ${run.runId} has no ${_core_schemas_gha_js__WEBPACK_IMPORTED_MODULE_6__/* .GHA_RUN_FILE */ .CB}: it was not started by this action`);
    });
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw new Error(`${_core_schemas_gha_js__WEBPACK_IMPORTED_MODULE_6__/* .GHA_RUN_FILE */ .CB} of run ${run.runId} is not JSON`);
    }
    const parsed = _core_schemas_gha_js__WEBPACK_IMPORTED_MODULE_6__/* .GhaRunRecordSchema */ .e.safeParse(json);
    if (!parsed.success)
        throw new Error(`${_core_schemas_gha_js__WEBPACK_IMPORTED_MODULE_6__/* .GHA_RUN_FILE */ .CB} of run ${run.runId} is not a run record of this action: ${parsed.error.issues
            .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
            .join('; ')}`);
    return parsed.data;
}
/** Adds this job to the run's chain (before its state is uploaded). */
async function appendChainLink(run, link) {
    const record = await readRunRecord(run);
    const next = {
        ...record,
        chain: [...record.chain, { ...link, recorded_at_utc: (0,_core_time_js__WEBPACK_IMPORTED_MODULE_8__/* .isoSeconds */ .n)(new Date()) }]
    };
    await (0,_adapters_run_store_js__WEBPACK_IMPORTED_MODULE_3__/* .writeJson */ .GF)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(run.controlDir, _core_schemas_gha_js__WEBPACK_IMPORTED_MODULE_6__/* .GHA_RUN_FILE */ .CB), _core_schemas_gha_js__WEBPACK_IMPORTED_MODULE_6__/* .GhaRunRecordSchema */ .e.parse(next));
    return next;
}
/** Sets the checkpoint the last link's job ended with (the item job's, after the item ran). */
async function settleLastLink(run, checkpoint) {
    const record = await readRunRecord(run);
    const last = record.chain.at(-1);
    if (last === undefined)
        return;
    const settled = {
        ...record,
        chain: [...record.chain.slice(0, -1), { ...last, checkpoint_ref: checkpoint }]
    };
    await (0,_adapters_run_store_js__WEBPACK_IMPORTED_MODULE_3__/* .writeJson */ .GF)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(run.controlDir, _core_schemas_gha_js__WEBPACK_IMPORTED_MODULE_6__/* .GHA_RUN_FILE */ .CB), _core_schemas_gha_js__WEBPACK_IMPORTED_MODULE_6__/* .GhaRunRecordSchema */ .e.parse(settled));
}


/***/ }),

/***/ 65200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ runnerContext)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92857);

/** What every action reads from the runner's environment (its inputs are in src/actions/inputs.ts). */
const RunnerEnvSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    GITHUB_WORKSPACE: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    GITHUB_REPOSITORY: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[^/]+\/[^/]+$/),
    GITHUB_RUN_ID: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^\d+$/),
    GITHUB_RUN_ATTEMPT: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^\d+$/).default('1'),
    GITHUB_SERVER_URL: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().default('https://github.com'),
    GITHUB_API_URL: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().default('https://api.github.com'),
    GITHUB_ACTOR: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().default(''),
    GITHUB_ACTOR_ID: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().default('')
});
function runnerContext(env = process.env) {
    const parsed = RunnerEnvSchema.safeParse(env);
    if (!parsed.success)
        throw new Error(`not running in a GitHub Actions job: ${parsed.error.issues.map((issue) => issue.path.join('.')).join(', ')} missing or invalid`);
    const e = parsed.data;
    const [owner, repo] = e.GITHUB_REPOSITORY.split('/');
    const actorId = Number(e.GITHUB_ACTOR_ID);
    return {
        workspace: e.GITHUB_WORKSPACE,
        repository: { owner, repo },
        runId: Number(e.GITHUB_RUN_ID),
        runAttempt: Number(e.GITHUB_RUN_ATTEMPT),
        serverUrl: e.GITHUB_SERVER_URL,
        apiUrl: e.GITHUB_API_URL,
        actor: e.GITHUB_ACTOR === '' || !Number.isInteger(actorId) || actorId <= 0
            ? undefined
            : { login: e.GITHUB_ACTOR, id: actorId },
        runUrl: `${e.GITHUB_SERVER_URL}/${e.GITHUB_REPOSITORY}/actions/runs/${e.GITHUB_RUN_ID}`
    };
}


/***/ }),

/***/ 46452:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ sortFindings)
/* harmony export */ });
/* unused harmony export dedupe */
const SEVERITY_RANK = {
    critical: 0,
    high: 1,
    medium: 2,
    low: 3,
    info: 4
};
/** Most severe first, then by canonical id, so the same findings always list the same way. */
function sortFindings(findings) {
    // Array.prototype.sort is stable, which keeps equal keys in their candidate order.
    return [...findings].sort((left, right) => SEVERITY_RANK[left.severity] - SEVERITY_RANK[right.severity] ||
        compareAscii(left.canonical_id, right.canonical_id));
}
function compareAscii(left, right) {
    if (left === right)
        return 0;
    return left < right ? -1 : 1;
}
/** Keeps the first occurrence of each value, in order. */
function dedupe(values) {
    return [...new Set(values)];
}


/***/ }),

/***/ 57647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dr: () => (/* binding */ refusedEntryReason),
/* harmony export */   Iu: () => (/* binding */ runBranchMismatch),
/* harmony export */   Kh: () => (/* binding */ unknownAttemptBranches),
/* harmony export */   LK: () => (/* binding */ stateArtifactName),
/* harmony export */   RH: () => (/* binding */ pickStateArtifact),
/* harmony export */   S6: () => (/* binding */ foreignRunReason),
/* harmony export */   uy: () => (/* binding */ checkChain)
/* harmony export */ });
/* unused harmony export parseStateArtifactName */
/* harmony import */ var _run_layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88951);

// --- state artifacts --------------------------------------------------------------------------
/**
 * One artifact per job that saved the state. The first attempt keeps the plain name; a re-run
 * (attempt n > 1) gets its own, since an artifact name cannot be reused within a workflow run.
 */
function stateArtifactName(runId, stage, attempt) {
    const base = `plan-orchestrator-state-${runId}-${stage}`;
    return attempt === 1 ? base : `${base}-attempt-${attempt}`;
}
function parseStateArtifactName(runId, name) {
    const prefix = `plan-orchestrator-state-${runId}-`;
    if (!name.startsWith(prefix))
        return undefined;
    const match = /^(item|gate)(?:-attempt-([1-9]\d*))?$/.exec(name.slice(prefix.length));
    if (match === null)
        return undefined;
    const attempt = match[2] === undefined ? 1 : Number(match[2]);
    if (match[2] !== undefined && attempt === 1)
        return undefined;
    return { stage: match[1], attempt };
}
/**
 * The newest state of a run among a workflow run's artifacts: the highest attempt that saved
 * one (never above the attempt GitHub says the run is at), and within it the gate job's over
 * the item job's.
 */
function pickStateArtifact(runId, artifacts, latestAttempt) {
    let best;
    for (const artifact of artifacts) {
        const parsed = parseStateArtifactName(runId, artifact.name);
        if (parsed === undefined || parsed.attempt > latestAttempt)
            continue;
        const rank = (p) => p.attempt * 2 + (p.stage === 'gate' ? 1 : 0);
        if (best === undefined || rank(parsed) > rank(best))
            best = { artifact, ...parsed };
    }
    return best;
}
// --- the workflow runs ---------------------------------------------------------------------------
/**
 * Why a workflow run is not a hop of this run, or undefined when it is: it must be in this
 * repository, run this workflow file, and run on the ref the run was started from.
 */
function foreignRunReason(input) {
    const { run, role } = input;
    const named = `${role} ${run.id}`;
    const sameRepo = (name) => name !== null && name.toLowerCase() === input.repository.toLowerCase();
    if (!sameRepo(run.repository) || !sameRepo(run.headRepository))
        return `${named} ran code of ${run.headRepository ?? run.repository}, not of ${input.repository}`;
    if (run.path !== input.workflowPath)
        return `${named} ran the workflow ${run.path}, not ${input.workflowPath}: a run's state is taken only from runs of its own workflow`;
    if (run.headBranch !== input.ref)
        return `${named} ran on ${run.headBranch ?? 'no branch'}, not on ${input.ref}, the ref the run was started from: a run's state is taken only from runs on that ref`;
    return undefined;
}
function describeLink(link) {
    return `workflow run ${link.workflow_run_id} (attempt ${link.run_attempt}, ${link.job} job)`;
}
/**
 * Checks a restored state's chain: well formed, ending exactly at the artifact it came from,
 * and continued by the right hop. `hop` of the verdict is the hop this job belongs to.
 */
function checkChain(input) {
    const { record, source, continuation } = input;
    const chain = record.chain;
    const first = chain[0];
    const last = chain.at(-1);
    if (first === undefined || last === undefined)
        return refuse('the state records no chain');
    if (first.workflow_run_id !== record.started_in_workflow_run)
        return refuse(`the state's chain starts at workflow run ${first.workflow_run_id}, but the run was started in workflow run ${record.started_in_workflow_run}`);
    const seen = new Set();
    for (let index = 1; index < chain.length; index += 1) {
        const before = chain[index - 1];
        const link = chain[index];
        seen.add(before.workflow_run_id);
        const sameRun = link.workflow_run_id === before.workflow_run_id;
        const wellFormed = sameRun
            ? link.hop === before.hop && link.job === 'gate' && link.run_attempt >= before.run_attempt
            : link.hop === before.hop + 1 && link.job === 'item' && !seen.has(link.workflow_run_id);
        if (!wellFormed)
            return refuse(`the state's chain is broken after ${describeLink(before)}: ${describeLink(link)} at hop ${link.hop} cannot follow it`);
    }
    const from = {
        workflow_run_id: source.workflowRunId,
        run_attempt: source.attempt,
        job: source.stage
    };
    if (last.workflow_run_id !== from.workflow_run_id ||
        last.run_attempt !== from.run_attempt ||
        last.job !== from.job)
        return refuse(`the state found in ${describeLink(from)} was saved by ${describeLink(last)}: a state copied into another workflow run, or left by an older attempt, is not restored`);
    if (continuation.kind === 'same-hop') {
        if (last.workflow_run_id !== continuation.currentRunId)
            return refuse(`the state was saved by workflow run ${last.workflow_run_id}, not by this one`);
        const itemLink = chain.find((link) => link.workflow_run_id === continuation.currentRunId && link.job === 'item');
        if (itemLink?.item_id !== continuation.itemId)
            return refuse(`the item job of this workflow run ran item ${itemLink?.item_id ?? '(none)'}, not item ${continuation.itemId}`);
        return { ok: true, hop: last.hop, last };
    }
    if (chain.some((link) => link.workflow_run_id === continuation.currentRunId))
        return refuse(`this workflow run (${continuation.currentRunId}) is already in the run's chain at hop ${chain.find((link) => link.workflow_run_id === continuation.currentRunId)?.hop}: a replayed hop is not run again`);
    const expected = last.hop + 1;
    const hop = continuation.hop ?? expected;
    if (hop > expected)
        return refuse(`this is hop ${hop}, but the state of workflow run ${last.workflow_run_id} ends at hop ${last.hop}: hop ${expected}${hop - 1 > expected ? `\u2013${hop - 1}` : ''} would be skipped (an older hop's state, or a wrong hop number); continue from the newest hop's workflow run`);
    if (hop < expected)
        return refuse(`this is hop ${hop}, but the state of workflow run ${last.workflow_run_id} is already at hop ${last.hop}: a replayed or superseded hop is not run again`);
    return { ok: true, hop, last };
}
function refuse(reason) {
    return { ok: false, reason };
}
/**
 * Why origin's run branch may not be built on, or undefined when it is where the state says.
 * A fast-forward the state recorded as pending (a job stopped between moving the branch and
 * recording the pass) may have reached origin: its target is accepted too.
 */
function runBranchMismatch(input) {
    const { state, actual } = input;
    const branch = state.run_branch_name;
    const expected = state.run_branch_head;
    const same = (a, b) => a.startsWith(b) || b.startsWith(a);
    if (actual !== undefined && same(actual, expected))
        return undefined;
    const pending = state.pending_fast_forward;
    if (actual !== undefined &&
        pending !== null &&
        same(pending.from, expected) &&
        same(actual, pending.to))
        return undefined;
    const how = {
        ahead: 'has commits no passed item made',
        behind: 'was rewound: passed items are missing from it',
        diverged: 'was replaced by another history',
        unknown: 'differs',
        missing: 'is missing'
    };
    const recover = actual === undefined
        ? `push it back with: git push origin ${expected}:refs/heads/${branch}`
        : `check who moved it, then put it back with: git push --force-with-lease=refs/heads/${branch}:${actual} origin ${expected}:refs/heads/${branch}`;
    return (`the run branch ${branch} on origin ${how[input.relation]}: it is at ${actual ?? '(nothing)'}, ` +
        `but the run's state says ${expected}. Nothing was built on it or published. To recover, ${recover}, and start the hop again`);
}
/**
 * Attempt branches on origin that the state does not know: a later hop ran those attempts, so
 * the state is older than the run (superseded) and must not be run again.
 */
function unknownAttemptBranches(state, branches) {
    const prefix = `orchestrator/item/${state.run_id}/`;
    return branches.filter((branch) => {
        if (!branch.startsWith(prefix))
            return false;
        const match = /^([^/]+)\/attempt-(\d+)$/.exec(branch.slice(prefix.length));
        if (match === null)
            return true;
        const item = state.items.find((entry) => entry.item_id === match[1]);
        if (item === undefined)
            return true;
        const attempt = Number(match[2]);
        if (item.attempt_number > attempt)
            return false;
        return !(item.attempt_number === attempt && item.branch_name === branch);
    });
}
// --- artifact entries ------------------------------------------------------------------------------
/**
 * Why an entry of a state artifact may not be unpacked, or undefined when it lies inside the
 * run's own control or report directory. `kind` comes from the entry's recorded file type.
 */
function refusedEntryReason(input) {
    const { name } = input;
    if (name.startsWith('/') || /^[A-Za-z]:/.test(name) || name.startsWith('\\'))
        return `entry ${JSON.stringify(name)} is an absolute path`;
    const segments = name.split(/[\\/]/);
    if (segments.includes('..'))
        return `entry ${JSON.stringify(name)} climbs out with ..`;
    if (input.kind === 'symlink')
        return `entry ${JSON.stringify(name)} is a symbolic link`;
    if (input.kind === 'other')
        return `entry ${JSON.stringify(name)} is not a file or directory`;
    const path = segments.filter((segment) => segment !== '' && segment !== '.').join('/');
    const inside = [_run_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .CONTROL_ROOT */ .dF, _run_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .REPORT_ROOT */ ._q].some((root) => {
        const dir = `${root}/${input.runId}`;
        return path === dir || path.startsWith(`${dir}/`);
    });
    if (!inside)
        return `entry ${JSON.stringify(name)} lies outside the run's directories (${_run_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .CONTROL_ROOT */ .dF}/${input.runId}, ${_run_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .REPORT_ROOT */ ._q}/${input.runId})`;
    return undefined;
}


/***/ }),

/***/ 71170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ gateDecisionsSection)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23748);

/** The run's gate decisions with who decided and what they said, for the plan and PR pages. */
function gateDecisionsSection(items, heading = '### Gate decisions') {
    const decided = items.filter((item) => item.gateDecision !== undefined);
    if (decided.length === 0)
        return '';
    const rows = decided.map((item) => {
        const gate = item.gateDecision;
        return [
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(item.id, 100),
            gate.decision === 'approved' ? 'approved' : '**rejected**',
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(gate.github === undefined ? gate.by : `@${gate.by}`, 100),
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(gate.note, 300),
            gate.checkpoint === null ? '\u2014' : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .commitText */ .tT)(gate.checkpoint.slice(0, 12)),
            gate.github === undefined
                ? 'CLI'
                : `GitHub (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn)(gate.github.environment, 100)}, workflow run ${gate.github.workflowRunId})`
        ];
    });
    return [
        heading,
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['Item', 'Decision', 'Reviewer', 'Comment', 'Checkpoint', 'Where'], rows)
    ].join('\n\n');
}


/***/ }),

/***/ 6130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qt: () => (/* binding */ fitToLimit),
/* harmony export */   _u: () => (/* binding */ DEFAULT_SUMMARY_MAX_BYTES),
/* harmony export */   d4: () => (/* binding */ GITHUB_SUMMARY_LIMIT_BYTES),
/* harmony export */   hg: () => (/* binding */ characters),
/* harmony export */   ue: () => (/* binding */ GITHUB_PR_BODY_LIMIT_CHARS),
/* harmony export */   wI: () => (/* binding */ utf8Length)
/* harmony export */ });
/* unused harmony export truncateUtf8 */
/**
 * Keeping a rendered page inside a size limit: GitHub drops a step summary over 1 MiB
 * altogether and refuses a pull request body over 65,536 characters. A page is rendered at
 * decreasing detail until it fits (what goes first is what the artifact repeats in full); when
 * even the least detail is too big, it is cut on a character boundary and says where the rest is.
 */
/** Over this GitHub refuses the step's summary altogether. */
const GITHUB_SUMMARY_LIMIT_BYTES = 1024 * 1024;
const DEFAULT_SUMMARY_MAX_BYTES = 512 * 1024;
/** GitHub's limit on a pull request body, in characters. */
const GITHUB_PR_BODY_LIMIT_CHARS = 65_536;
/** The UTF-8 length of a string, as TextEncoder would write it (lone surrogates as U+FFFD). */
function utf8Length(value) {
    let bytes = 0;
    for (let index = 0; index < value.length; index += 1) {
        const code = value.charCodeAt(index);
        if (code < 0x80)
            bytes += 1;
        else if (code < 0x800)
            bytes += 2;
        else if (isPairAt(value, index)) {
            bytes += 4;
            index += 1;
        }
        else
            bytes += 3;
    }
    return bytes;
}
function truncateUtf8(value, maxBytes) {
    let bytes = 0;
    for (let index = 0; index < value.length; index += 1) {
        const code = value.charCodeAt(index);
        const pair = isPairAt(value, index);
        const size = code < 0x80 ? 1 : code < 0x800 ? 2 : pair ? 4 : 3;
        if (bytes + size > maxBytes)
            return value.slice(0, index);
        bytes += size;
        if (pair)
            index += 1;
    }
    return value;
}
function isPairAt(value, index) {
    const high = value.charCodeAt(index);
    const low = value.charCodeAt(index + 1);
    return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}
function fitToLimit(request) {
    const max = Math.floor(request.max);
    if (!(max > 0))
        return '';
    let least = '';
    for (const detail of request.levels) {
        least = request.render(detail);
        if (request.measure(least) <= max)
            return least;
    }
    const room = max - request.measure(request.trailer);
    const cut = (page, limit) => request.measure === utf8Length ? truncateUtf8(page, limit) : clipChars(page, limit);
    return room > 0 ? cut(least, room) + request.trailer : cut(least, max);
}
function clipChars(value, max) {
    let cut = value.slice(0, Math.max(0, max));
    if (/[\ud800-\udbff]$/.test(cut))
        cut = cut.slice(0, -1);
    return cut;
}
const characters = (page) => page.length;


/***/ }),

/***/ 74419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ph: () => (/* binding */ verificationSection),
/* harmony export */   WT: () => (/* binding */ findingsSection),
/* harmony export */   kH: () => (/* binding */ severityTally),
/* harmony export */   n1: () => (/* binding */ diagramSection),
/* harmony export */   p4: () => (/* binding */ stagesSection)
/* harmony export */ });
/* unused harmony exports MAX_FINDING_ROWS, MAX_VERIFICATION_ROWS, moreRows */
/* harmony import */ var _findings_ordering_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46452);
/* harmony import */ var _run_states_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66915);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23748);



const MAX_FINDING_ROWS = 50;
const MAX_VERIFICATION_ROWS = 100;
// GitHub's mermaid refuses large diagrams; a path through more states than exist is not a path.
const MAX_DIAGRAM_STATES = 40;
const MAX_EDGE_STEPS = 6;
function moreRows(count, what, artifact) {
    return `\u2026 and ${count} more ${what}, see artifact **${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(artifact, 200)}**.`;
}
function verificationSection(report, rows, artifact) {
    if (report === undefined)
        return '### Verification\n\nNot run yet.';
    const failed = report.command_results.filter((result) => result.status === 'fail').length;
    const parts = [
        `### Verification: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(report.overall_result)}`,
        `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(report.summary)} (attempt ${report.attempt_number}; ${report.command_results.length} commands, ${failed} failed)`
    ];
    if (rows && report.command_results.length > 0) {
        const shown = report.command_results
            .slice(0, MAX_VERIFICATION_ROWS)
            .map((result) => [
            result.label === result.command
                ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(result.command)
                : `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(result.label, 80)}: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(result.command)}`,
            result.required ? 'yes' : 'no',
            result.exit_code === null ? '\u2014' : String(result.exit_code),
            result.timeout_sec === null ? '\u2014' : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(result.timeout_sec * 1000),
            commandOutcome(result)
        ]);
        parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['Command', 'Required', 'Exit', 'Time limit', 'Result'], shown));
        const more = report.command_results.length - MAX_VERIFICATION_ROWS;
        if (more > 0)
            parts.push(moreRows(more, 'commands', artifact));
    }
    const failedChecks = report.artifact_checks.filter((check) => check.status === 'fail');
    if (failedChecks.length > 0) {
        parts.push(`Failed artifact checks (${failedChecks.length} of ${report.artifact_checks.length}):`, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .bulletList */ .fF)(failedChecks.map((check) => `${check.path}: ${check.reason}`)));
    }
    else if (report.artifact_checks.length > 0) {
        parts.push(`Artifact checks: ${report.artifact_checks.length} passed.`);
    }
    const scope = report.scope_check;
    parts.push(`Scope check: **${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(scope.status)}**${scope.note === '' ? '' : ` \u2014 ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(scope.note)}`}`);
    if (scope.out_of_scope_paths.length > 0) {
        parts.push('Changed outside the allowed roots:', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .bulletList */ .fF)(scope.out_of_scope_paths));
    }
    return parts.join('\n\n');
}
function commandOutcome(result) {
    if (result.status !== 'fail')
        return result.status;
    return result.failure_kind === 'timeout' ? '**fail** (timed out)' : '**fail**';
}
const SEVERITY_ORDER = ['critical', 'high', 'medium', 'low', 'info'];
function severityTally(severities) {
    return SEVERITY_ORDER.map((severity) => [severity, severities.filter((entry) => entry === severity).length])
        .filter(([, count]) => count > 0)
        .map(([severity, count]) => `${count} ${severity}`);
}
function findingsSection(packet, rows, artifact) {
    if (packet === undefined)
        return '';
    const findings = packet.merged_findings;
    const tally = severityTally(findings.map((finding) => finding.severity));
    const blocking = findings.filter((finding) => finding.is_blocking).length;
    const parts = [
        `### Findings (${findings.length}${tally.length > 0 ? `: ${tally.join(', ')}` : ''}; ${blocking} blocking)`,
        `Audits: codex ${auditLane(packet.codex_audit_summary)}; claude ${auditLane(packet.claude_audit_summary)}.`
    ];
    if (findings.length === 0)
        return [...parts, 'No findings.'].join('\n\n');
    if (!rows)
        return parts.join('\n\n');
    const shown = (0,_findings_ordering_js__WEBPACK_IMPORTED_MODULE_0__/* .sortFindings */ .T)(findings).slice(0, MAX_FINDING_ROWS);
    parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['Severity', 'Category', 'Title', 'Location', 'Disposition'], shown.map((finding) => [
        finding.is_blocking ? `**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(finding.severity)}**` : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(finding.severity),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(finding.category),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(finding.title),
        location(finding),
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(finding.disposition) + (finding.is_blocking ? ' (blocking)' : '')
    ])));
    if (findings.length > shown.length) {
        parts.push(moreRows(findings.length - shown.length, 'findings', artifact));
    }
    return parts.join('\n\n');
}
function auditLane(lane) {
    return lane.status === 'reported'
        ? `reported ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(lane.overall_verdict ?? 'no verdict', 50)}`
        : `**inconclusive** (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(lane.summary, 200)})`;
}
function location(finding) {
    const [first, ...rest] = finding.file_paths;
    if (first === undefined)
        return '\u2014';
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(first, 150) + (rest.length > 0 ? ` (+${rest.length} more)` : '');
}
function stagesSection(stages, shown) {
    if (!shown || stages.length === 0)
        return '';
    const rows = stages.map((stage, index) => {
        const following = stages[index + 1];
        const took = following === undefined
            ? '\u2014'
            : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(Date.parse(following.atUtc) - Date.parse(stage.atUtc));
        return [
            String(index + 1),
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(stage.state, 80),
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(stage.atUtc, 40),
            took,
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(stage.message)
        ];
    });
    return ['### Stages', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['#', 'State', 'At (UTC)', 'Took', 'Message'], rows)].join('\n\n');
}
const TERMINAL_STATE_IDS = new Set(Object.keys(_run_states_js__WEBPACK_IMPORTED_MODULE_1__/* .TERMINAL_STATE_OF */ .bZ));
/**
 * The item's path as a state diagram: one node per state in the order first reached, one
 * edge per distinct move labelled with the stage numbers that made it, so loops stay readable.
 */
function diagramSection(stages, shown) {
    if (!shown || stages.length === 0)
        return '';
    const ids = new Map();
    for (const stage of stages)
        if (!ids.has(stage.state))
            ids.set(stage.state, `s${ids.size}`);
    if (ids.size > MAX_DIAGRAM_STATES) {
        return `### Path\n\nThe item passed through ${ids.size} distinct states, too many to draw.`;
    }
    const edges = new Map();
    let previous = '[*]';
    stages.forEach((stage, index) => {
        const to = ids.get(stage.state) ?? '[*]';
        const key = `${previous} ${to}`;
        const edge = edges.get(key) ?? { from: previous, to, steps: [] };
        edge.steps.push(index + 1);
        edges.set(key, edge);
        previous = to;
    });
    const last = stages[stages.length - 1];
    const lines = [
        '```mermaid',
        'stateDiagram-v2',
        ...[...ids].map(([state, id]) => `  state "${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .mermaidLabel */ ._b)(state)}" as ${id}`),
        ...[...edges.values()].map(({ from, to, steps }) => {
            const listed = steps.slice(0, MAX_EDGE_STEPS).join(', ');
            return `  ${from} --> ${to} : ${listed}${steps.length > MAX_EDGE_STEPS ? ', \u2026' : ''}`;
        }),
        ...(last !== undefined && TERMINAL_STATE_IDS.has(last.state) ? [`  ${previous} --> [*]`] : []),
        '```'
    ];
    return ['### Path', lines.join('\n')].join('\n\n');
}


/***/ }),

/***/ 23748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   _b: () => (/* binding */ mermaidLabel),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   fF: () => (/* binding */ bulletList),
/* harmony export */   m4: () => (/* binding */ escapeMarkdownText),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   tT: () => (/* binding */ commitText),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* unused harmony exports MAX_CELL, MAX_PROSE, MAX_LIST_ENTRIES, escapeHtml, escapeTableCell, clip, safeHref */
/* harmony import */ var _text_one_line_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45770);

/**
 * The markdown every summary, the gate review and the pull request body are written in.
 * GitHub renders them as markdown with HTML and the toolkit's summary helpers escape nothing,
 * so every string that came from a playbook, an agent or a report goes through these helpers
 * before it reaches the page: it renders as exactly its characters, on one line.
 */
const MAX_CELL = 200;
const MAX_PROSE = 500;
const MAX_LIST_ENTRIES = 20;
const HTML_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;'
};
// Everything markdown could read as syntax, including a table's `|` and GitHub's `$` math.
const MARKDOWN_SYNTAX = /[\\`*_{}[\]()#+\-.!|~$=^]/g;
function escapeHtml(value) {
    return value.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char] ?? char);
}
/** Text shown inline, on one line, rendered as exactly these characters. */
function escapeMarkdownText(value) {
    // Backslashes first, so the `&`, `#` and `;` of the entities added after stay intact.
    return escapeHtml((0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .T)(value).replace(MARKDOWN_SYNTAX, (char) => `\\${char}`));
}
/** A GFM table cell: inline text whose `|` cannot split the row. */
function escapeTableCell(value) {
    // escapeMarkdownText already writes `|` as `\|`, which GFM honours even inside a cell.
    return escapeMarkdownText(value);
}
function clip(value, max) {
    if (value.length <= max)
        return value;
    let cut = value.slice(0, max - 1);
    if (/[\ud800-\udbff]$/.test(cut))
        cut = cut.slice(0, -1);
    return `${cut}\u2026`;
}
/** Escaped prose, clipped. */
const text = (value, max = MAX_PROSE) => escapeMarkdownText(clip(value, max));
/** An escaped table cell, clipped. */
const cell = (value, max = MAX_CELL) => escapeTableCell(clip(value, max));
/** A commit id is shown as code only when it is one; anything else is plain escaped text. */
function commitText(value) {
    return /^[0-9a-f]{7,64}$/.test(value) ? `\`${value}\`` : text(value, 100);
}
/**
 * Text a reader copies into a shell, as a fenced code block. Code blocks render their
 * content literally; the fence is longer than any run of backticks inside, and every line is
 * made one line first, so nothing can close it early.
 */
function codeBlock(lines, language = 'sh') {
    const body = lines.map((line) => (0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .T)(line));
    const longest = Math.max(2, ...body.map((line) => longestRun(line, '`')));
    const fence = '`'.repeat(longest + 1);
    return [`${fence}${language}`, ...body, fence].join('\n');
}
function longestRun(value, char) {
    let best = 0;
    let current = 0;
    for (const c of value) {
        current = c === char ? current + 1 : 0;
        best = Math.max(best, current);
    }
    return best;
}
function link(label, url) {
    const href = safeHref(url);
    if (href === undefined)
        return `${escapeMarkdownText(label)} (${text(url, 300)})`;
    return `[${escapeMarkdownText(label)}](${href})`;
}
// Only web links, and with every character that could end the destination percent-encoded.
function safeHref(url) {
    if (!/^https?:\/\/[^\s/]/i.test(url) || url.length > 2000)
        return undefined;
    return url.replace(/[^A-Za-z0-9\-._~:/?#@!$&*+,;=%]/gu, (char) => {
        try {
            // encodeURIComponent leaves the parentheses and quote that could end a markdown link.
            return encodeURIComponent(char).replace(/[()']/g, (mark) => `%${mark.charCodeAt(0).toString(16).toUpperCase()}`);
        }
        catch {
            return '%EF%BF%BD';
        }
    });
}
/** Mermaid reads `#<code>;` as a character reference; nothing else in a label is left to parse. */
function mermaidLabel(value, max = 80) {
    return (0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .T)(clip(value, max)).replace(/[^A-Za-z0-9 _.-]/gu, (char) => `#${char.codePointAt(0) ?? 65533};`);
}
function table(header, rows) {
    return [
        `| ${header.join(' | ')} |`,
        `| ${header.map(() => '---').join(' | ')} |`,
        ...rows.map((row) => `| ${row.join(' | ')} |`)
    ].join('\n');
}
function bulletList(entries, max = MAX_LIST_ENTRIES) {
    if (entries.length === 0)
        return '- (none recorded)';
    const shown = entries.slice(0, max).map((entry) => `- ${text(entry)}`);
    const more = entries.length - max;
    return more > 0 ? [...shown, `- \u2026 and ${more} more`].join('\n') : shown.join('\n');
}
/** A span for people: `850ms`, `42s`, `3m 05s`, `2h 10m`, `1d 4h`. */
function formatDuration(milliseconds) {
    if (!Number.isFinite(milliseconds) || milliseconds < 0)
        return '?';
    if (milliseconds < 1000)
        return `${Math.round(milliseconds)}ms`;
    const seconds = Math.floor(milliseconds / 1000);
    if (seconds < 60)
        return `${seconds}s`;
    const minutes = Math.floor(seconds / 60);
    if (minutes < 60)
        return `${minutes}m ${String(seconds % 60).padStart(2, '0')}s`;
    const hours = Math.floor(minutes / 60);
    if (hours < 24)
        return `${hours}h ${String(minutes % 60).padStart(2, '0')}m`;
    return `${Math.floor(hours / 24)}d ${hours % 24}h`;
}


/***/ }),

/***/ 85473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G7: () => (/* binding */ rowsOfRun),
/* harmony export */   QC: () => (/* binding */ rowsOfPlan),
/* harmony export */   cS: () => (/* binding */ runTable),
/* harmony export */   iq: () => (/* binding */ dependencyGraph),
/* harmony export */   l_: () => (/* binding */ progressText)
/* harmony export */ });
/* harmony import */ var _review_facts_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73259);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23748);


function rowsOfRun(facts) {
    return facts.items.map((item) => {
        const state = (0,_review_facts_js__WEBPACK_IMPORTED_MODULE_0__/* .standing */ .JA)(item.run);
        return {
            id: item.id,
            title: item.title,
            standing: state,
            attempts: state === 'not started' ? null : item.run.attempt_number,
            usage: item.usage,
            durationMs: item.durationMs,
            note: item.run.terminal_summary ??
                (item.run.terminal_state === 'awaiting_human_gate'
                    ? `awaits a human gate: ${item.plan?.manual_gate.gate_reason || 'sign-off'}`
                    : ''),
            prerequisites: item.plan?.prerequisite_item_ids ?? []
        };
    });
}
/** A new run: every item of the playbook, none started. */
function rowsOfPlan(plan) {
    return [...plan.items]
        .sort((a, b) => a.order - b.order)
        .map((item) => ({
        id: item.item_id,
        title: item.action,
        standing: 'not started',
        attempts: null,
        usage: undefined,
        durationMs: null,
        note: '',
        prerequisites: item.prerequisite_item_ids
    }));
}
function progressText(rows) {
    const passed = rows.filter((row) => row.standing === 'passed').length;
    return `**${passed} of ${rows.length} items passed**`;
}
function runTable(rows, options) {
    const shown = rows.slice(0, options.maxRows).map((row) => {
        const id = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(row.id, 100);
        return [
            row.id === options.focus ? `**${id}**` : id,
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(row.title, 120),
            row.standing === 'passed' || row.standing === 'not started'
                ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(row.standing)
                : `**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(row.standing)}**`,
            row.attempts === null ? '\u2014' : String(row.attempts),
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)((0,_review_facts_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCost */ .BD)(row.usage)),
            row.durationMs === null ? '\u2014' : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(row.durationMs),
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .cell */ .Hn)(row.note)
        ];
    });
    const parts = [
        (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Item', 'Action', 'Terminal', 'Attempts', 'Cost', 'Duration', 'Summary'], shown)
    ];
    if (rows.length > shown.length)
        parts.push(`\u2026 and ${rows.length - shown.length} more items, see ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(options.rest, 300)}.`);
    return parts.join('\n\n');
}
const MAX_GRAPH_ITEMS = 100;
const COLOURS = {
    passed: 'fill:#d3f9d8,stroke:#2b8a3e,color:#1b4332',
    awaiting_human_gate: 'fill:#fff3bf,stroke:#e67700,color:#5c3d00',
    blocked_external: 'fill:#ffe8cc,stroke:#d9480f,color:#5c2100',
    escalated: 'fill:#ffe3e3,stroke:#c92a2a,color:#5c0000',
    in_progress: 'fill:#d0ebff,stroke:#1864ab,color:#0b3d6b',
    not_started: 'fill:#f1f3f5,stroke:#868e96,color:#343a40'
};
/** A Mermaid flowchart: one node per item, an edge per prerequisite, coloured by standing. */
function dependencyGraph(rows) {
    if (rows.length === 0)
        return '';
    if (rows.length > MAX_GRAPH_ITEMS)
        return `The run has ${rows.length} items, too many to draw.`;
    const ids = new Map(rows.map((row, index) => [row.id, `i${index + 1}`]));
    const lines = ['```mermaid', 'flowchart LR'];
    for (const row of rows)
        lines.push(`  ${ids.get(row.id)}["${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .mermaidLabel */ ._b)(`${row.id}: ${row.standing}`, 60)}"]`);
    for (const row of rows)
        for (const prerequisite of row.prerequisites) {
            const from = ids.get(prerequisite);
            if (from !== undefined)
                lines.push(`  ${from} --> ${ids.get(row.id)}`);
        }
    const used = new Set(rows.map((row) => classOf(row.standing)));
    for (const [name, style] of Object.entries(COLOURS))
        if (used.has(name))
            lines.push(`  classDef ${name} ${style}`);
    for (const name of used) {
        const members = rows
            .filter((row) => classOf(row.standing) === name)
            .map((row) => ids.get(row.id));
        lines.push(`  class ${members.join(',')} ${name}`);
    }
    lines.push('```');
    return lines.join('\n');
}
function classOf(value) {
    return value.replace(/ /g, '_');
}


/***/ }),

/***/ 79294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P4: () => (/* binding */ readCommands),
/* harmony export */   Vf: () => (/* binding */ readBoolean),
/* harmony export */   Vv: () => (/* binding */ readPaths),
/* harmony export */   Xr: () => (/* binding */ readWriteRoots),
/* harmony export */   _w: () => (/* binding */ FORBIDDEN_ROOTS),
/* harmony export */   m0: () => (/* binding */ unsafePathReason),
/* harmony export */   ye: () => (/* binding */ readPrerequisites)
/* harmony export */ });
/* unused harmony exports extractPaths, MAX_RANGE_LENGTH */
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29508);

// A bare path: one or more `segment/` then a file name with an extension or a final
// `segment/`. It may not start right after a letter, digit, `_`, `.`, `/` or `-` (letters
// and digits in the Unicode sense, as in the original contract), so URLs and absolute
// paths written bare are not picked up. That look-behind is checked by hand: as a
// Unicode regex look-behind it made large playbooks several times slower to read.
const BARE_PATH = /(?:[A-Za-z0-9._-]+\/)+(?:[A-Za-z0-9._-]+(?:\.[A-Za-z0-9._-]+)+|[A-Za-z0-9._-]+\/)/g;
const PATH_CANNOT_FOLLOW = /^[\p{L}\p{N}]$/u;
function barePaths(cell) {
    const found = [];
    BARE_PATH.lastIndex = 0;
    for (let match = BARE_PATH.exec(cell); match !== null; match = BARE_PATH.exec(cell)) {
        const before = codePointBefore(cell, match.index);
        if (before !== undefined && pathCannotFollow(before))
            BARE_PATH.lastIndex = match.index + 1;
        else
            found.push(match[0]);
    }
    return found;
}
function pathCannotFollow(codePoint) {
    const isAsciiPathChar = (codePoint >= 0x30 && codePoint <= 0x39) ||
        (codePoint >= 0x41 && codePoint <= 0x5a) ||
        (codePoint >= 0x61 && codePoint <= 0x7a) ||
        codePoint === 0x5f ||
        codePoint === 0x2e ||
        codePoint === 0x2f ||
        codePoint === 0x2d;
    if (isAsciiPathChar)
        return true;
    return codePoint >= 0x80 && PATH_CANNOT_FOLLOW.test(String.fromCodePoint(codePoint));
}
function codePointBefore(text, index) {
    if (index === 0)
        return undefined;
    const low = text.charCodeAt(index - 1);
    const isLowSurrogate = low >= 0xdc00 && low <= 0xdfff;
    return isLowSurrogate && index >= 2 ? text.codePointAt(index - 2) : low;
}
/**
 * Paths named in a cell: backticked spans containing `/` first, then bare path tokens;
 * trailing `.`, `,` and `;` dropped; duplicates removed. (Written as plain loops: this runs
 * for four cells of every row and dominated the time to read large playbooks.)
 */
function extractPaths(cell) {
    // Every path has a slash; most cells of a large plan have none.
    if (!cell.includes('/'))
        return [];
    const paths = [];
    // Backticked spans (`` `[^`]+` ``, leftmost first) found with indexOf: no match objects.
    let open = cell.indexOf('`');
    while (open !== -1) {
        const close = cell.indexOf('`', open + 1);
        if (close === -1)
            break;
        if (close === open + 1) {
            open = close;
            continue;
        }
        const slash = cell.indexOf('/', open + 1);
        if (slash !== -1 && slash < close) {
            paths.push(trimTrailingPunctuation((0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .strip */ .bB)(cell.slice(open + 1, close))));
        }
        open = cell.indexOf('`', close + 1);
    }
    for (const path of barePaths(cell))
        paths.push(trimTrailingPunctuation(path));
    return paths.length > 1 ? (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .dedupe */ .Qq)(paths) : paths;
}
function trimTrailingPunctuation(path) {
    let end = path.length;
    while (end > 0 && '.,;'.includes(path.charAt(end - 1)))
        end -= 1;
    return end === path.length ? path : path.slice(0, end);
}
/** Why a repo path is unsafe to hand to an agent or a scope check, if it is. */
function unsafePathReason(path) {
    if (path.startsWith('/') ||
        path.startsWith('\\') ||
        (path.charCodeAt(1) === 0x3a && /^[A-Za-z]:[\\/]/.test(path))) {
        return `path ${path} is absolute; write it relative to the repository root`;
    }
    if (path.includes('..') && path.split(/[\\/]/).includes('..')) {
        return `path ${path} leaves the repository through '..'; write it relative to the repository root`;
    }
    return undefined;
}
function readPaths(cell) {
    const paths = extractPaths(cell);
    const problems = [];
    for (const path of paths) {
        const reason = unsafePathReason(path);
        if (reason !== undefined)
            problems.push(reason);
    }
    return { value: paths, problems };
}
const FORBIDDEN_ROOTS = [
    '.local',
    '.git',
    '.codex',
    '.claude',
    '.mcp.json',
    'ops/config',
    'secrets'
];
const FORBIDDEN_PREFIXES = FORBIDDEN_ROOTS.map((name) => `${name}/`);
/**
 * `allowed_write_roots`: `;`-separated repo-relative directories, optionally in
 * backticks. Trailing slashes are dropped. A root must name a real directory below the
 * repository: absolute roots, `/`, `.`, `..`, backslashes, `none`, comma lists and the
 * orchestrator's own runtime roots are refused. The forbidden-root check ignores case
 * and looks through `./` and doubled slashes.
 */
function readWriteRoots(cell) {
    const pieces = [];
    for (const piece of cell.split(';')) {
        const stripped = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .strip */ .bB)(piece);
        if (stripped !== '')
            pieces.push(unwrapBackticks(stripped));
    }
    const problems = [];
    const roots = [];
    for (const piece of pieces) {
        const problem = writeRootProblem(piece);
        if (problem !== undefined)
            problems.push(problem);
        else
            roots.push((0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .strip */ .bB)((0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .stripChars */ .aN)(piece, '/')));
    }
    if (pieces.length === 0) {
        problems.push('`allowed_write_roots` must contain at least one repo-relative root.');
    }
    return { value: (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .dedupe */ .Qq)(roots), problems };
}
function writeRootProblem(piece) {
    if (piece.includes('\\'))
        return `write root ${piece} uses a backslash; separate directories with /`;
    if (piece.startsWith('/') || /^[A-Za-z]:/.test(piece)) {
        return (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .stripChars */ .aN)(piece, '/') === ''
            ? 'a write root of / would let the item write anywhere; name the directories it may change'
            : `\`allowed_write_roots\` must be repo-relative: ${piece}`;
    }
    const root = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .strip */ .bB)((0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .stripChars */ .aN)(piece, '/'));
    const canonical = canonicalRoot(root);
    if (canonical === '')
        return `a write root of ${root} would let the item write anywhere; name the directories it may change`;
    if (root.toLowerCase() === 'none')
        return 'none is not a directory; name at least one root the item may write';
    if (root.includes(','))
        return `write root ${root} contains a comma; separate roots with ;`;
    if (root.includes('..') && root.split('/').includes('..'))
        return `write root ${root} leaves the repository through '..'`;
    const lower = canonical.toLowerCase();
    if (FORBIDDEN_ROOTS.some((name, k) => lower === name || lower.startsWith(FORBIDDEN_PREFIXES[k] ?? ''))) {
        return `\`allowed_write_roots\` may not point at forbidden runtime roots: ${root}`;
    }
    return undefined;
}
function unwrapBackticks(text) {
    // Exactly two backticks, one at each end.
    return text.length >= 2 && text.charCodeAt(0) === 0x60 && text.indexOf('`', 1) === text.length - 1
        ? (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .strip */ .bB)(text.slice(1, -1))
        : text;
}
function canonicalRoot(root) {
    if (!root.includes('./') && !root.includes('//') && root !== '.')
        return root;
    return root
        .split('/')
        .filter((segment) => segment !== '' && segment !== '.')
        .join('/');
}
/**
 * A command cell: `;`-separated commands, each optionally wrapped in one pair of
 * backticks. An empty command (``` `` ``` or a blank pair) is refused: it would only fail
 * later, at run time.
 */
function readCommands(cell) {
    const commands = [];
    let empty = false;
    for (const piece of (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .semicolonList */ .cY)(cell)) {
        const command = unwrapBackticks(piece);
        if (command === '')
            empty = true;
        else
            commands.push(command);
    }
    const problems = empty
        ? ['an empty command (a pair of backticks with nothing inside); remove it or write the command']
        : [];
    return { value: commands, problems };
}
/** Largest range expanded; a longer one cannot name only items of a real plan. */
const MAX_RANGE_LENGTH = 100_000;
const CACHED_RANGE_END = 100_000;
function paddedId(n, width, cache) {
    if (cache === undefined || n > CACHED_RANGE_END)
        return String(n).padStart(width, '0');
    let ids = cache.get(width);
    if (ids === undefined) {
        ids = [];
        cache.set(width, ids);
    }
    let id = ids[n];
    if (id === undefined) {
        id = String(n).padStart(width, '0');
        ids[n] = id;
    }
    return id;
}
/**
 * `prerequisites`: blank or `none` for no prerequisites, else `,`-separated ids and
 * inclusive numeric ranges (`01-03` \u2192 01, 02, 03, zero-padded to the wider side).
 */
function readPrerequisites(cell, cache) {
    const trimmed = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .strip */ .bB)(cell);
    if (trimmed === '' || (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .isNone */ .$I)(trimmed))
        return { value: [], problems: [] };
    const problems = [];
    const ids = [];
    // One token (one id or one range) cannot repeat an id; only a list needs deduplicating.
    let tokens = 0;
    for (const piece of trimmed.split(',')) {
        const token = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .strip */ .bB)(piece);
        if (token === '')
            continue;
        tokens += 1;
        if ((0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .isNone */ .$I)(token)) {
            problems.push('`none` mixed with prerequisite ids; write either none or the ids');
            continue;
        }
        const range = /^([0-9]+)[ \t]*-[ \t]*([0-9]+)$/.exec(token);
        if (range === null) {
            ids.push(token);
            continue;
        }
        const [, leftText = '', rightText = ''] = range;
        const left = Number(leftText);
        const right = Number(rightText);
        if (right < left) {
            problems.push(`range ${token} runs backwards; write ${rightText}-${leftText}`);
            continue;
        }
        if (!Number.isSafeInteger(right) || right - left >= MAX_RANGE_LENGTH) {
            problems.push(`range ${token} names more than ${MAX_RANGE_LENGTH} items`);
            continue;
        }
        const width = Math.max(leftText.length, rightText.length);
        for (let n = left; n <= right; n += 1)
            ids.push(paddedId(n, width, cache));
    }
    return { value: tokens > 1 ? (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .dedupe */ .Qq)(ids) : ids, problems };
}
const TRUE_WORDS = new Set(['1', 'true', 'yes', 'y']);
const FALSE_WORDS = new Set(['0', 'false', 'no', 'n']);
function readBoolean(cell) {
    const word = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .strip */ .bB)(cell).toLowerCase();
    if (TRUE_WORDS.has(word))
        return true;
    if (FALSE_WORDS.has(word))
        return false;
    return undefined;
}


/***/ }),

/***/ 99739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ formatIssue),
/* harmony export */   V: () => (/* binding */ sortIssues)
/* harmony export */ });
function formatIssue(sourceName, issue) {
    const context = [
        issue.itemId === undefined ? undefined : `item ${issue.itemId}`,
        issue.field === undefined ? undefined : `column ${issue.field}`,
        issue.field === undefined && issue.section !== undefined
            ? `section ${issue.section}`
            : undefined
    ].filter((part) => part !== undefined);
    const where = context.length > 0 ? ` (${context.join(', ')})` : '';
    return oneLine(`${sourceName}:${issue.line}:${issue.column}: ${issue.message}${where}`);
}
/**
 * Messages quote cell text, which may hold control characters or U+2028/U+2029; shown
 * raw they would break the one-problem-per-line output (and editors' parsing of it).
 */
function oneLine(text) {
    return text.replace(/[\p{Cc}\u2028\u2029]/gu, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
function sortIssues(issues) {
    return [...issues].sort((a, b) => a.line - b.line || a.column - b.column);
}


/***/ }),

/***/ 83199:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T: () => (/* binding */ normalizePlaybook)
});

// UNUSED EXPORTS: GLOBAL_NOTES

// EXTERNAL MODULE: ./src/core/schemas/vocabulary.ts
var vocabulary = __webpack_require__(8610);
// EXTERNAL MODULE: ./src/core/playbook/issues.ts
var playbook_issues = __webpack_require__(99739);
// EXTERNAL MODULE: ./node_modules/markdown-it/index.mjs + 32 modules
var markdown_it = __webpack_require__(66785);
// EXTERNAL MODULE: ./node_modules/markdown-it/lib/helpers/index.mjs + 3 modules
var helpers = __webpack_require__(35028);
// EXTERNAL MODULE: ./node_modules/markdown-it/lib/parser_block.mjs + 13 modules
var parser_block = __webpack_require__(34125);
;// CONCATENATED MODULE: ./src/core/playbook/block-parser.ts



function commonmarkBlockParser() {
    let whole;
    const linkChecks = () => (whole ??= new markdown_it/* default */.A('commonmark'));
    const md = {
        block: new parser_block/* default */.A(),
        options: { html: true, maxNesting: 20 },
        helpers: { ...helpers },
        normalizeLink: (url) => linkChecks().normalizeLink(url),
        validateLink: (url) => linkChecks().validateLink(url)
    };
    return {
        block: md.block,
        parse(text, env = {}) {
            const tokens = [];
            md.block.parse(text, md, env, tokens);
            return tokens;
        }
    };
}

// EXTERNAL MODULE: ./src/core/playbook/text.ts
var playbook_text = __webpack_require__(29508);
;// CONCATENATED MODULE: ./src/core/playbook/cell-columns.ts

/** Where a table cell starts on its line, for messages that point at it. */
/**
 * 1-based column where each cell's content starts. Cells are split on pipes not escaped
 * by a backslash, with one optional leading and trailing pipe, as GFM does; this only
 * places messages, the parser decides the values.
 */
function cellStartColumns(rawLine) {
    const starts = [];
    scanCells(rawLine, starts);
    return starts;
}
/**
 * Counts the cells of a row's source line and, given `starts`, records where each begins.
 * The row is trimmed as `String.prototype.trim` does; pipes are found with `indexOf` and
 * a pipe right after a backslash is escaped (index scanning, so no copies).
 */
function scanCells(rawLine, starts) {
    let from = 0;
    let to = rawLine.length;
    while (from < to && (0,playbook_text/* isJsSpace */.QZ)(rawLine.charCodeAt(from)))
        from += 1;
    while (to > from && (0,playbook_text/* isJsSpace */.QZ)(rawLine.charCodeAt(to - 1)))
        to -= 1;
    let count = 0;
    let cellStart = from;
    for (let pos = rawLine.indexOf('|', from); pos !== -1 && pos < to; pos = rawLine.indexOf('|', pos + 1)) {
        if (pos === from) {
            cellStart = pos + 1;
            continue;
        }
        if (rawLine.charCodeAt(pos - 1) === 0x5c)
            continue;
        count += 1;
        if (starts !== undefined)
            starts.push(contentStart(rawLine, cellStart, pos));
        cellStart = pos + 1;
    }
    if (cellStart < to) {
        count += 1;
        if (starts !== undefined)
            starts.push(contentStart(rawLine, cellStart, to));
    }
    return count;
}
/** 1-based column of the first character of `rawLine[from, to)` that `trim` would keep. */
function contentStart(rawLine, from, to) {
    let start = from;
    while (start < to && (0,playbook_text/* isJsSpace */.QZ)(rawLine.charCodeAt(start)))
        start += 1;
    return start + 1;
}

;// CONCATENATED MODULE: ./src/core/playbook/markdown-document.ts



const NUMBERED_TITLE = new RegExp(`^([0-9]+(?:\\.[0-9]+)*)\\.?[${playbook_text/* WS_CLASS */.Ko}]+(.*)$`, 'su');
// CommonMark with GFM tables and nothing else. Inline parsing is never run: cells keep their
// source text.
const parser = commonmarkBlockParser();
/**
 * markdown-it's GFM table rule, run as is, but with the tokens inside the table (four per
 * cell: most of what a large plan allocates) read as they are made and not kept: the rule
 * only writes to the tokens it pushes, never reads them back, so each cell's text is
 * taken from the token when the next one is pushed. The `table_open` token carries the
 * rows in `meta`; `table_open` and `table_close` stay real tokens in the stream.
 */
function leanTableRule(gfmTable) {
    return (state, startLine, endLine, silent) => {
        if (silent)
            return gfmTable(state, startLine, endLine, silent);
        const rows = [];
        let open;
        let pending;
        let scratch;
        let row;
        const take = () => {
            if (pending === undefined)
                return;
            if (pending.type === 'tr_open') {
                row = { line: pending.map?.[0] ?? startLine, values: [] };
                rows.push(row);
            }
            else if (pending.type === 'inline')
                row?.values.push(pending.content);
            pending = undefined;
        };
        const push = state.push;
        state.push = function (type, tag, nesting) {
            take();
            if (type === 'table_open' || type === 'table_close') {
                const token = push.call(this, type, tag, nesting);
                if (type === 'table_open')
                    open = token;
                return token;
            }
            // Inside the table tokens balance, so the level is right again at table_close. The
            // rule is done with a token once it pushes the next, so one token serves them all.
            scratch ??= new state.Token(type, tag, nesting);
            scratch.type = type;
            scratch.tag = tag;
            scratch.nesting = nesting;
            scratch.map = null;
            scratch.attrs = null;
            scratch.content = '';
            pending = scratch;
            return scratch;
        };
        try {
            const matched = gfmTable(state, startLine, endLine, silent);
            take();
            if (open !== undefined)
                open.meta = { rows };
            return matched;
        }
        finally {
            delete state.push;
        }
    };
}
// Ruler offers no lookup by name, so the installed rule (and its `alt` chains) is read from
// its list; if markdown-it ever renames the rule, readTable falls back to walking tokens.
{
    const rules = parser.block.ruler.__rules__;
    const table = rules.find((rule) => rule.name === 'table');
    if (table !== undefined)
        parser.block.ruler.at('table', leanTableRule(table.fn), { alt: table.alt });
}
function readDocument(text) {
    const lines = text.split('\n');
    const tokens = parser.parse(text);
    const blocks = topLevelBlocks(tokens);
    // Top-level blocks come in document order and do not overlap, so a section's blocks are
    // the ones between its heading and the next H2.
    const h2 = [];
    blocks.forEach((block, index) => {
        if (block.kind === 'heading' && block.depth === 2)
            h2.push(index);
    });
    const sections = h2.map((headingIndex, k) => {
        const nextIndex = h2[k + 1];
        const next = nextIndex === undefined ? undefined : blocks[nextIndex];
        const endLine = next === undefined ? lines.length : next.startLine;
        const inner = blocks.slice(headingIndex + 1, nextIndex ?? blocks.length);
        return readSection(lines, tokens, blocks[headingIndex], inner, endLine);
    });
    return { lines, sections };
}
function topLevelBlocks(tokens) {
    const blocks = [];
    for (let index = 0; index < tokens.length; index += 1) {
        const token = tokens[index];
        if (token === undefined || token.level !== 0 || token.map === null)
            continue;
        if (token.type === 'heading_open') {
            blocks.push({
                kind: 'heading',
                depth: Number(token.tag.slice(1)),
                startLine: token.map[0],
                endLine: token.map[1],
                tokenStart: index,
                tokenEnd: Math.min(index + 3, tokens.length)
            });
        }
        else if (token.type === 'paragraph_open') {
            blocks.push({
                kind: 'paragraph',
                depth: 0,
                startLine: token.map[0],
                endLine: token.map[1],
                tokenStart: index,
                tokenEnd: index
            });
        }
        else if (token.type === 'table_open') {
            let close = index + 1;
            while (close < tokens.length) {
                const candidate = tokens[close];
                if (candidate.type === 'table_close' && candidate.level === 0)
                    break;
                close += 1;
            }
            blocks.push({
                kind: 'table',
                depth: 0,
                startLine: token.map[0],
                endLine: token.map[1],
                tokenStart: index,
                tokenEnd: close + 1
            });
            index = close;
        }
    }
    return blocks;
}
function readSection(lines, tokens, heading, inner, endLine) {
    const subHeadings = inner.filter((block) => block.kind === 'heading' && block.depth === 3);
    const subsections = subHeadings.map((sub, k) => ({
        heading: readHeading(lines, tokens, sub),
        body: bodyBetween(lines, sub.endLine, subHeadings[k + 1]?.startLine ?? endLine)
    }));
    const tables = [];
    inner.forEach((block, k) => {
        if (block.kind !== 'table')
            return;
        const after = inner[k + 1];
        const cut = after?.kind === 'paragraph' && after.startLine === block.endLine;
        tables.push(readTable(lines, tokens, block, cut ? block.endLine + 1 : undefined));
    });
    return new DocumentSection(readHeading(lines, tokens, heading), lines, heading.endLine, endLine, subsections, tables);
}
/**
 * The plan table's section is most of the file and its body is never used, so a body is
 * joined only when read.
 */
class DocumentSection {
    heading;
    lines;
    fromLine;
    toLine;
    subsections;
    tables;
    #body;
    constructor(heading, lines, fromLine, toLine, subsections, tables) {
        this.heading = heading;
        this.lines = lines;
        this.fromLine = fromLine;
        this.toLine = toLine;
        this.subsections = subsections;
        this.tables = tables;
    }
    get body() {
        this.#body ??= bodyBetween(this.lines, this.fromLine, this.toLine);
        return this.#body;
    }
}
function readHeading(lines, tokens, block) {
    let inline;
    for (let index = block.tokenStart; index < block.tokenEnd; index += 1) {
        if (tokens[index]?.type === 'inline') {
            inline = tokens[index];
            break;
        }
    }
    // A setext heading may span lines; its title reads as one line.
    const title = (0,playbook_text/* strip */.bB)((inline?.content ?? '').replace(/\n[ \t]*/g, ' '));
    const match = NUMBERED_TITLE.exec(title);
    const sourceLine = lines[block.startLine] ?? '';
    return {
        number: match?.[1],
        title: match ? (0,playbook_text/* strip */.bB)(match[2] ?? '') : title,
        line: block.startLine + 1,
        column: sourceLine.length - sourceLine.trimStart().length + 1
    };
}
function bodyBetween(lines, fromLine, toLine) {
    return (0,playbook_text/* strip */.bB)((0,playbook_text/* stripChars */.aN)(lines.slice(fromLine, toLine).join('\n'), '\n'));
}
function readTable(lines, tokens, table, cutAtLine) {
    let header;
    const rows = [];
    const parsed = tokens[table.tokenStart]?.meta?.rows;
    if (parsed !== undefined) {
        for (const { line, values } of parsed) {
            for (let k = 0; k < values.length; k += 1)
                values[k] = (0,playbook_text/* strip */.bB)(values[k] ?? '');
            const row = new TableRow(line + 1, (0,playbook_text/* stripEnd */.Gl)(lines[line] ?? ''), values);
            if (header === undefined)
                header = row;
            else
                rows.push(row);
        }
    }
    // Without the lean rule (markdown-it renamed its table rule) the rows are in the tokens.
    let line = table.startLine;
    let values;
    const walkEnd = parsed === undefined ? table.tokenEnd : table.tokenStart;
    for (let index = table.tokenStart; index < walkEnd; index += 1) {
        const token = tokens[index];
        const type = token.type;
        if (type === 'inline') {
            if (values !== undefined)
                values.push((0,playbook_text/* strip */.bB)(token.content));
        }
        else if (type === 'tr_open') {
            line = token.map?.[0] ?? table.startLine;
            values = [];
        }
        else if (type === 'tr_close' && values !== undefined) {
            const row = new TableRow(line + 1, (0,playbook_text/* stripEnd */.Gl)(lines[line] ?? ''), values);
            if (header === undefined)
                header = row;
            else
                rows.push(row);
            values = undefined;
        }
    }
    return {
        line: table.startLine + 1,
        cutAtLine,
        header: header ?? new TableRow(table.startLine + 1, '', []),
        rows
    };
}
class TableRow {
    line;
    rawLine;
    values;
    sourceCellCount;
    #starts;
    constructor(line, rawLine, values) {
        this.line = line;
        this.rawLine = rawLine;
        this.values = values;
        this.sourceCellCount = scanCells(rawLine, undefined);
    }
    cellAt(index) {
        const value = this.values[index];
        if (value === undefined)
            return { value: '', line: this.line, column: this.rawLine.length + 1 };
        this.#starts ??= cellStartColumns(this.rawLine);
        return { value, line: this.line, column: this.#starts[index] ?? this.rawLine.length + 1 };
    }
    get cells() {
        return this.values.map((_, index) => this.cellAt(index));
    }
}

// EXTERNAL MODULE: ./src/core/playbook/cell-values.ts
var cell_values = __webpack_require__(79294);
;// CONCATENATED MODULE: ./src/core/playbook/columns.ts
/** The plan table's columns, as markdown_playbook_v1 defines them. */
const REQUIRED_COLUMNS = [
    'step_id',
    'phase',
    'action',
    'why_now',
    'owner_type',
    'prerequisites',
    'repo_surfaces',
    'deliverable',
    'exit_criteria',
    'allowed_write_roots',
    'requires_red_green'
];
const OPTIONAL_COLUMNS = [
    'manual_gate',
    'manual_gate_reason',
    'manual_gate_evidence',
    'external_check',
    'external_dependencies',
    'consult_paths',
    'required_verification_commands',
    'suggested_verification_commands',
    'required_verification_artifacts',
    'notes'
];
/** Derived during normalization; a playbook may carry the column but must leave it blank. */
const RESERVED_COLUMNS = ['change_profile', 'execution_mode', 'host_commands'];
const KNOWN_COLUMNS = new Set([
    ...REQUIRED_COLUMNS,
    ...OPTIONAL_COLUMNS,
    ...RESERVED_COLUMNS
]);
/** The known column an unknown header most likely meant, if it is a near miss. */
function closestColumn(name) {
    let best;
    for (const column of KNOWN_COLUMNS) {
        const distance = editDistance(name, column);
        if (distance <= 2 && (best === undefined || distance < best.distance))
            best = { column, distance };
    }
    return best?.column;
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, k) => k);
    for (let i = 1; i <= a.length; i += 1) {
        const current = [i];
        for (let j = 1; j <= b.length; j += 1) {
            const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
        }
        previous = current;
    }
    return previous[b.length] ?? 0;
}

;// CONCATENATED MODULE: ./src/core/playbook/item-fields.ts


/** The fields of a plan item built from several cells: its gate, external check, profile and notes. */
const GENERATED_ITEM_NOTES = {
    snapshot: 'Immediate source is the frozen markdown playbook snapshot.',
    redGreen: 'Behavioral changes require real Red/Green evidence.',
    nonBehavioral: 'Non-behavioral items may verify through artifact and content checks without fabricated failing tests.',
    manualGate: 'Manual review is required before the item can be treated as finally passed.',
    external: 'This item requires human-supplied external evidence; the runtime must not browse the web to satisfy it.'
};
const NO_GATE = {
    required: false,
    gate_type: 'none',
    gate_reason: '',
    required_evidence: []
};
function readManualGate(kindCell, reason, evidence, exitCriteria) {
    const kind = kindCell === '' ? 'none' : kindCell.toLowerCase();
    const gateType = vocabulary/* GATE_TYPES */.Qd.find((type) => type === kind);
    if (gateType === undefined)
        return undefined;
    if (gateType === 'none')
        return NO_GATE;
    const requiredEvidence = (0,playbook_text/* semicolonList */.cY)(evidence);
    return {
        required: true,
        gate_type: gateType,
        gate_reason: reason === '' ? exitCriteria : reason,
        required_evidence: requiredEvidence.length > 0 ? requiredEvidence : ['decision record']
    };
}
function readExternalCheck(modeCell, dependencies) {
    const mode = vocabulary/* EXTERNAL_CHECK_MODES */.ev.find((candidate) => candidate === (modeCell === '' ? 'none' : modeCell.toLowerCase()));
    if (mode === undefined)
        return undefined;
    const required = mode !== 'none';
    return { required, mode, dependencies: required ? [...dependencies] : [] };
}
function changeProfile(redGreen, deliverablePaths, writeRoots) {
    if (redGreen)
        return 'behavioral_code';
    const docsDeliverables = deliverablePaths.every((path) => path.startsWith('docs/') || path.endsWith('.md') || path.endsWith('.json'));
    const docsRoots = writeRoots.every((root) => root.startsWith('docs'));
    return docsDeliverables && docsRoots ? 'docs_only' : 'mixed';
}
function itemNotes(authored, redGreen, manualGate, external) {
    const notes = authored;
    notes.push(GENERATED_ITEM_NOTES.snapshot, redGreen ? GENERATED_ITEM_NOTES.redGreen : GENERATED_ITEM_NOTES.nonBehavioral);
    if (manualGate)
        notes.push(GENERATED_ITEM_NOTES.manualGate);
    if (external)
        notes.push(GENERATED_ITEM_NOTES.external);
    return (0,playbook_text/* dedupe */.Qq)(notes);
}
function pythonList(values) {
    return `[${values.map((v) => `'${v}'`).join(', ')}]`;
}

;// CONCATENATED MODULE: ./src/core/playbook/plan-items.ts





const RED_GREEN_WORDS = "['0', '1', 'false', 'n', 'no', 'true', 'y', 'yes']";
const NON_EMPTY_COLUMNS = [
    'phase',
    'action',
    'why_now',
    'owner_type',
    'repo_surfaces',
    'deliverable',
    'exit_criteria'
];
/**
 * Reads every row of the plan table. Column positions are looked up once per table, not
 * per cell, and a cell's place in its line is only worked out for a message.
 */
function readItemRows(planTable) {
    const position = (column) => planTable.columns.get(column) ?? -1;
    const at = {
        step_id: position('step_id'),
        phase: position('phase'),
        action: position('action'),
        why_now: position('why_now'),
        owner_type: position('owner_type'),
        prerequisites: position('prerequisites'),
        repo_surfaces: position('repo_surfaces'),
        deliverable: position('deliverable'),
        exit_criteria: position('exit_criteria'),
        allowed_write_roots: position('allowed_write_roots'),
        requires_red_green: position('requires_red_green'),
        manual_gate: position('manual_gate'),
        manual_gate_reason: position('manual_gate_reason'),
        manual_gate_evidence: position('manual_gate_evidence'),
        external_check: position('external_check'),
        external_dependencies: position('external_dependencies'),
        consult_paths: position('consult_paths'),
        required_verification_commands: position('required_verification_commands'),
        suggested_verification_commands: position('suggested_verification_commands'),
        required_verification_artifacts: position('required_verification_artifacts'),
        notes: position('notes')
    };
    const reserved = RESERVED_COLUMNS.filter((column) => planTable.columns.has(column)).map((column) => ({ column, index: position(column) }));
    const context = {
        planTable,
        at,
        reserved,
        headerWidth: planTable.table.header.values.length,
        sectionTitle: planTable.section.heading.title,
        rangeIds: new Map(),
        phaseSlugs: new Map()
    };
    return planTable.table.rows.map((row, index) => readItemRow(context, row, index + 1));
}
function readItemRow(context, row, rowIndex) {
    const { at } = context;
    const issues = [];
    const values = row.values;
    const value = (index) => (index < 0 ? '' : (values[index] ?? ''));
    const itemId = value(at.step_id);
    const report = (column, index, message) => {
        const place = row.cellAt(index);
        issues.push({
            line: place.line,
            column: place.column,
            message,
            field: column,
            rowIndex,
            ...(itemId === '' ? {} : { itemId })
        });
    };
    // GitHub drops cells beyond the header when it renders the table, and so do we; an
    // unescaped pipe is the usual cause, so say so.
    const headerWidth = context.headerWidth;
    const warnings = row.sourceCellCount > headerWidth
        ? [
            {
                line: row.line,
                column: 1,
                message: `row has ${row.sourceCellCount} cells but the header has ${headerWidth}; the extra cells are ignored (write a literal | as \\|)`
            }
        ]
        : [];
    if (itemId === '')
        report('step_id', at.step_id, '`step_id` must be non-empty.');
    else if (!vocabulary/* ITEM_ID_PATTERN */.vg.test(itemId)) {
        report('step_id', at.step_id, `step_id ${itemId} is not a valid id: use ASCII letters, digits and . _ : - (starting with a letter or digit)`);
    }
    if (context.reserved.length > 0) {
        const reserved = context.reserved.filter(({ index }) => value(index) !== '');
        const first = reserved[0];
        if (first !== undefined) {
            report(first.column, first.index, `reserved authored columns are not allowed in markdown_playbook_v1: ${reserved.map(({ column }) => column).join(', ')}. Keep them empty and let normalization derive the internal fields.`);
        }
    }
    for (const column of NON_EMPTY_COLUMNS) {
        if (value(at[column]) === '')
            report(column, at[column], `\`${column}\` must be non-empty.`);
    }
    const phase = value(at.phase);
    let phaseSlug = context.phaseSlugs.get(phase);
    if (phaseSlug === undefined) {
        phaseSlug = (0,playbook_text/* slugify */.Yv)(phase);
        context.phaseSlugs.set(phase, phaseSlug);
    }
    if (phase !== '' && phaseSlug === '') {
        report('phase', at.phase, `phase ${phase} has no ASCII letters or digits, so it has no slug to match phase details by`);
    }
    const pathColumn = (column, requireOne) => {
        const index = at[column];
        const cell = value(index);
        if (cell === '')
            return [];
        const reading = (0,cell_values/* readPaths */.Vv)(cell);
        for (const problem of reading.problems)
            report(column, index, problem);
        if (requireOne && reading.value.length === 0) {
            report(column, index, `\`${column}\` must contain at least one concrete repo-relative path.`);
        }
        return reading.value;
    };
    const repoSurfacePaths = pathColumn('repo_surfaces', true);
    const deliverablePaths = pathColumn('deliverable', true);
    const consultPaths = pathColumn('consult_paths', false);
    const artifactPaths = pathColumn('required_verification_artifacts', false);
    const writeRoots = (0,cell_values/* readWriteRoots */.Xr)(value(at.allowed_write_roots));
    for (const problem of writeRoots.problems)
        report('allowed_write_roots', at.allowed_write_roots, problem);
    const redGreen = (0,cell_values/* readBoolean */.Vf)(value(at.requires_red_green));
    if (redGreen === undefined)
        report('requires_red_green', at.requires_red_green, `\`requires_red_green\` must be one of ${RED_GREEN_WORDS}.`);
    const exitCriteria = value(at.exit_criteria);
    const manualGate = readManualGate(value(at.manual_gate), value(at.manual_gate_reason), value(at.manual_gate_evidence), exitCriteria);
    if (manualGate === undefined) {
        report('manual_gate', at.manual_gate, `\`manual_gate\` must be one of ${pythonList([...vocabulary/* GATE_TYPES */.Qd].sort())}.`);
    }
    const externalDependencies = (0,playbook_text/* semicolonList */.cY)(value(at.external_dependencies));
    const externalCheck = readExternalCheck(value(at.external_check), externalDependencies);
    if (externalCheck === undefined) {
        report('external_check', at.external_check, `\`external_check\` must be one of ${pythonList([...vocabulary/* EXTERNAL_CHECK_MODES */.ev].sort())}.`);
    }
    const required = (0,cell_values/* readCommands */.P4)(value(at.required_verification_commands));
    const suggested = (0,cell_values/* readCommands */.P4)(value(at.suggested_verification_commands));
    for (const problem of required.problems)
        report('required_verification_commands', at.required_verification_commands, problem);
    for (const problem of suggested.problems)
        report('suggested_verification_commands', at.suggested_verification_commands, problem);
    if (redGreen === true && required.value.length === 0 && required.problems.length === 0) {
        report('required_verification_commands', at.required_verification_commands, 'requires_red_green=true requires at least one required_verification_commands entry.');
    }
    const prerequisitesCell = value(at.prerequisites);
    const prerequisites = (0,cell_values/* readPrerequisites */.ye)(prerequisitesCell, context.rangeIds);
    for (const problem of prerequisites.problems)
        report('prerequisites', at.prerequisites, problem);
    for (const id of prerequisites.value) {
        if (!isDigits(id) && !vocabulary/* ITEM_ID_PATTERN */.vg.test(id)) {
            report('prerequisites', at.prerequisites, `prerequisite ${id} is not a valid item id; separate ids with commas`);
        }
    }
    const gate = manualGate ?? NO_GATE;
    const external = externalCheck ?? { required: false, mode: 'none', dependencies: [] };
    const item = {
        item_id: itemId,
        order: rowIndex,
        phase,
        phase_slug: phaseSlug,
        action: value(at.action),
        why_now: value(at.why_now),
        owner_type: value(at.owner_type),
        prerequisites_raw: prerequisitesCell,
        prerequisite_item_ids: prerequisites.value,
        repo_surfaces_raw: (0,playbook_text/* semicolonList */.cY)(value(at.repo_surfaces)),
        repo_surface_paths: repoSurfacePaths,
        external_dependencies_raw: externalDependencies,
        deliverable: value(at.deliverable),
        deliverable_paths: deliverablePaths,
        exit_criteria: exitCriteria,
        change_profile: changeProfile(redGreen === true, deliverablePaths, writeRoots.value),
        execution_mode: 'codex',
        host_commands: [],
        requires_red_green: redGreen === true,
        manual_gate: gate,
        external_check: external,
        verification_hints: {
            required_artifacts: artifactPaths.length > 0 ? artifactPaths : [...deliverablePaths],
            required_commands: required.value,
            suggested_commands: suggested.value
        },
        source_row: {
            section_title: context.sectionTitle,
            row_index: rowIndex,
            line_start: row.line,
            line_end: row.line,
            raw_row_markdown: row.rawLine
        },
        support_section_ids: [],
        consult_paths: consultPaths.length === 0
            ? (0,playbook_text/* dedupe */.Qq)(repoSurfacePaths)
            : (0,playbook_text/* dedupe */.Qq)([...repoSurfacePaths, ...consultPaths]),
        allowed_write_roots: writeRoots.value,
        notes: itemNotes((0,playbook_text/* semicolonList */.cY)(value(at.notes)), redGreen === true, gate.required, external.required)
    };
    return {
        item,
        prerequisiteCell: () => row.cellAt(at.prerequisites),
        issues,
        warnings
    };
}
/**
 * A non-empty run of ASCII digits, which is always a valid id: every id a range expands to
 * is one, and a large plan's ranges name hundreds of thousands of them.
 */
function isDigits(id) {
    if (id === '')
        return false;
    for (let index = 0; index < id.length; index += 1) {
        const code = id.charCodeAt(index);
        if (code < 0x30 || code > 0x39)
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/core/playbook/plan-table.ts


function findPlanTable(document) {
    const candidates = document.sections.filter((section) => section.heading.number === '2');
    const section = candidates[0];
    if (section === undefined) {
        return fail({
            line: 1,
            column: 1,
            section: '2',
            message: 'Playbook is missing section 2: add a heading like "## 2. Ordered Execution Plan" above the plan table'
        });
    }
    const duplicates = candidates.slice(1).map((extra) => ({
        line: extra.heading.line,
        column: extra.heading.column,
        section: '2',
        message: `a second section numbered 2 (the first is on line ${section.heading.line}); the plan table must have one home`
    }));
    if (duplicates.length > 0)
        return { ok: false, issues: duplicates, warnings: [] };
    const table = section.tables.find((candidate) => headerName(candidate.header.cells[0]) === 'step_id');
    if (table === undefined) {
        return fail({
            line: section.heading.line,
            column: section.heading.column,
            section: '2',
            message: 'Could not find Ordered Execution Plan table header: section 2 has no table whose first column is step_id ' +
                '(a table needs its header row, then a delimiter row such as | --- | --- |, each starting on its own line)'
        });
    }
    return checkHeader(section, table);
}
function checkHeader(section, table) {
    const issues = [];
    const warnings = [];
    const columns = new Map();
    table.header.cells.forEach((cell, index) => {
        const name = headerName(cell);
        const where = { line: cell.line, column: cell.column, section: '2' };
        if (columns.has(name)) {
            issues.push({ ...where, message: `column ${name} appears twice in the header; keep one` });
            return;
        }
        columns.set(name, index);
        if (KNOWN_COLUMNS.has(name))
            return;
        const guess = closestColumn(name);
        if (guess !== undefined) {
            issues.push({ ...where, message: `unknown column ${name}; did you mean ${guess}?` });
        }
        else {
            warnings.push({
                ...where,
                message: `column ${name} is not part of markdown_playbook_v1 and is ignored`
            });
        }
    });
    const missing = REQUIRED_COLUMNS.filter((name) => !columns.has(name)).sort();
    if (missing.length > 0) {
        issues.push({
            line: table.header.line,
            column: 1,
            section: '2',
            message: `Ordered Execution Plan table is missing required columns: ${missing.join(', ')}`
        });
    }
    if (table.cutAtLine !== undefined) {
        issues.push({
            line: table.cutAtLine,
            column: 1,
            section: '2',
            message: 'the plan table stops being read here: its rows are missing too many cells (over 65,536 in all); give every row all header columns'
        });
    }
    if (table.rows.length === 0) {
        issues.push({
            line: table.line,
            column: 1,
            section: '2',
            message: 'Ordered Execution Plan table contains no rows'
        });
    }
    if (issues.length > 0)
        return { ok: false, issues, warnings };
    return { ok: true, planTable: { section, table, columns }, warnings };
}
function headerName(cell) {
    return (0,playbook_text/* strip */.bB)(cell?.value ?? '').toLowerCase();
}
function fail(issue) {
    return { ok: false, issues: [issue], warnings: [] };
}
/** The cell of `row` under `column`, or an empty cell placed at the end of the row. */
function cellAt(planTable, row, column) {
    return row.cellAt(planTable.columns.get(column) ?? -1);
}

// EXTERNAL MODULE: ./src/core/playbook/source-text.ts
var source_text = __webpack_require__(1560);
;// CONCATENATED MODULE: ./src/core/playbook/support-sections.ts

function buildSupportSections(sections, allPhaseSlugs) {
    const first = (number) => sections.find((section) => section.heading.number === number);
    const built = [];
    const issues = [];
    const usedIds = new Set();
    const add = (section, idPrefix, idSlug) => {
        const base = `${idPrefix}${idSlug}`;
        let id = base;
        for (let suffix = 2; usedIds.has(id); suffix += 1)
            id = `${base}-${suffix}`;
        usedIds.add(id);
        built.push({ section_id: id, ...section });
    };
    const context = first('1');
    if (context !== undefined && context.body !== '') {
        const section = { title: context.heading.title, section_kind: 'global_context' };
        add({ ...section, body_markdown: context.body, applies_to_phase_slugs: [...allPhaseSlugs] }, 'sec1_', 'plan-context');
    }
    const phases = first('3');
    for (const sub of phases?.subsections ?? []) {
        if (sub.body === '')
            continue;
        const slug = (0,playbook_text/* slugify */.Yv)(sub.heading.title);
        if (slug === '') {
            issues.push(emptySlugIssue(sub.heading, '3'));
            continue;
        }
        add({
            title: sub.heading.title,
            section_kind: 'phase_detail',
            body_markdown: sub.body,
            applies_to_phase_slugs: [slug]
        }, 'sec3_', slug);
    }
    const guidance = first('4');
    const guidanceParts = guidance === undefined
        ? []
        : guidance.subsections.length > 0
            ? guidance.subsections
            : [guidance];
    for (const part of guidanceParts) {
        if (part.body === '')
            continue;
        const slug = (0,playbook_text/* slugify */.Yv)(part.heading.title);
        if (slug === '') {
            issues.push(emptySlugIssue(part.heading, '4'));
            continue;
        }
        add({
            title: part.heading.title,
            section_kind: 'shared_guidance',
            body_markdown: part.body,
            applies_to_phase_slugs: [...allPhaseSlugs]
        }, 'sec4_', slug);
    }
    const wholeSections = [
        { number: '5', kind: 'risk_register', applies: allPhaseSlugs },
        { number: '6', kind: 'informational', applies: [] }
    ];
    for (const { number, kind, applies } of wholeSections) {
        const section = first(number);
        if (section === undefined || section.body === '')
            continue;
        const slug = (0,playbook_text/* slugify */.Yv)(section.heading.title);
        if (slug === '') {
            issues.push(emptySlugIssue(section.heading, number));
            continue;
        }
        add({
            title: section.heading.title,
            section_kind: kind,
            body_markdown: section.body,
            applies_to_phase_slugs: [...applies]
        }, `sec${number}_`, slug);
    }
    return { sections: built, issues };
}
function emptySlugIssue(heading, number) {
    const shown = heading.title === '' ? 'an empty title' : `title "${heading.title}"`;
    return {
        line: heading.line,
        column: heading.column,
        section: number,
        message: `heading has ${shown}, which gives no section id; use ASCII letters or digits in the title`
    };
}
/**
 * The support sections an item gets: every non-informational section that applies to all
 * phases or to the item's phase, in plan order. Returns a lookup by phase slug, built once
 * per plan (large plans have thousands of items sharing a handful of phases).
 */
function supportSectionIdsByPhase(sections) {
    const candidates = sections
        .filter((section) => section.section_kind !== 'informational')
        .map((section) => ({ id: section.section_id, phases: new Set(section.applies_to_phase_slugs) }));
    const cache = new Map();
    return (phaseSlug) => {
        let ids = cache.get(phaseSlug);
        if (ids === undefined) {
            ids = candidates
                .filter(({ phases }) => phases.size === 0 || phases.has(phaseSlug))
                .map(({ id }) => id);
            cache.set(phaseSlug, ids);
        }
        return [...ids];
    };
}

// EXTERNAL MODULE: ./src/core/time.ts
var time = __webpack_require__(22334);
;// CONCATENATED MODULE: ./src/core/playbook/normalize.ts









const GLOBAL_NOTES = [
    'Immediate item source is the approved markdown playbook itself.',
    'The runtime snapshots the source markdown and normalizes it before execution.',
    'allowed_write_roots and requires_red_green are authored in the playbook.',
    'change_profile is derived during normalization.',
    'execution_mode is fixed to codex in canonical public v1.',
    'host_commands remain reserved for a future extension path and are held empty in canonical public v1.'
];
const FALLBACK_GOAL = 'Execute the approved playbook one item at a time through the plan orchestrator.';
function normalizePlaybook(source) {
    const decoded = (0,source_text/* decodePlaybook */.u)(source.bytes);
    if (!decoded.ok)
        return { ok: false, issues: [decoded.issue], warnings: [] };
    const document = readDocument(decoded.text);
    const found = findPlanTable(document);
    if (!found.ok)
        return found;
    const { planTable } = found;
    const issues = [];
    const warnings = [...found.warnings, ...duplicateSectionWarnings(document.sections)];
    const readings = readItemRows(planTable);
    for (const reading of readings) {
        for (const issue of reading.issues)
            issues.push(issue);
        for (const warning of reading.warnings)
            warnings.push(warning);
    }
    for (const issue of checkIdsAndPrerequisites(readings))
        issues.push(issue);
    const items = readings.map((reading) => reading.item);
    const support = buildSupportSections(document.sections, items.map((item) => item.phase_slug));
    for (const issue of support.issues)
        issues.push(issue);
    if (issues.length > 0)
        return { ok: false, issues: (0,playbook_issues/* sortIssues */.V)(issues), warnings };
    const idsForPhase = supportSectionIdsByPhase(support.sections);
    // The key is already in place, so the JSON keeps the contract's order.
    for (const item of items)
        item.support_section_ids = idsForPhase(item.phase_slug);
    const plan = {
        schema_version: 'plan_orchestrator.normalized_plan.v1',
        adapter_id: 'markdown_playbook_v1',
        plan_source: {
            path: source.path,
            source_kind: 'markdown_playbook_v1',
            sha256: source.sha256,
            title: source.path.split('/').pop() || source.path
        },
        generated_at_utc: (0,time/* isoSeconds */.n)(source.generatedAt),
        global_context: globalContext(document.sections, items, support.sections),
        support_sections: support.sections,
        items
    };
    return { ok: true, plan, warnings };
}
/**
 * Step ids must be unique, and every prerequisite must name an earlier item: items run in
 * table order, so anything else could never be satisfied.
 */
function checkIdsAndPrerequisites(readings) {
    const issues = [];
    const firstRow = new Map();
    for (const { item: draft } of readings) {
        if (draft.item_id === '')
            continue;
        const earlier = firstRow.get(draft.item_id);
        if (earlier === undefined) {
            firstRow.set(draft.item_id, draft);
            continue;
        }
        issues.push({
            line: draft.source_row.line_start,
            column: 1,
            itemId: draft.item_id,
            field: 'step_id',
            rowIndex: draft.order,
            message: `step_id ${draft.item_id} is used twice (first on line ${earlier.source_row.line_start}); ids must be unique`
        });
    }
    for (const reading of readings) {
        const draft = reading.item;
        const report = (message) => {
            const at = reading.prerequisiteCell();
            issues.push({
                line: at.line,
                column: at.column,
                field: 'prerequisites',
                rowIndex: draft.order,
                ...(draft.item_id === '' ? {} : { itemId: draft.item_id }),
                message
            });
        };
        for (const id of draft.prerequisite_item_ids) {
            const target = firstRow.get(id);
            // The usual case, an earlier item, needs no report whether or not the id is valid.
            if (target !== undefined && target.order < draft.order)
                continue;
            if (!isDigits(id) && !vocabulary/* ITEM_ID_PATTERN */.vg.test(id))
                continue; // already reported as not an id
            if (target === draft)
                report(`item ${id} lists itself as a prerequisite`);
            else if (target === undefined)
                report(`prerequisite ${id} is not an item of this playbook`);
            else if (target.order > draft.order) {
                report(`prerequisite ${id} comes later in the table (line ${target.source_row.line_start}); items run in table order`);
            }
        }
    }
    return issues;
}
function globalContext(sections, items, supportSections) {
    const context = sections.find((section) => section.heading.number === '1');
    const goal = context?.body
        .split('\n')
        .map(playbook_text/* strip */.bB)
        .find((line) => line !== '');
    return {
        primary_goal: goal ?? FALLBACK_GOAL,
        immediate_target: `First unfinished item: ${items[0]?.item_id ?? ''}`,
        default_runtime_profile: {
            offline_default: true,
            auto_advance_default: false,
            max_fix_rounds_default: 2,
            max_remediation_rounds_default: 1
        },
        global_support_section_ids: supportSections
            .filter((section) => ['global_context', 'shared_guidance', 'risk_register'].includes(section.section_kind))
            .map((section) => section.section_id),
        notes: [...GLOBAL_NOTES]
    };
}
/** Sections 1 and 3\u20136 are read from their first heading; a repeated one is ignored. */
function duplicateSectionWarnings(sections) {
    const seen = new Map();
    const warnings = [];
    for (const section of sections) {
        const number = section.heading.number;
        if (number === undefined || !['1', '3', '4', '5', '6'].includes(number))
            continue;
        const first = seen.get(number);
        if (first === undefined)
            seen.set(number, section);
        else {
            warnings.push({
                line: section.heading.line,
                column: section.heading.column,
                message: `a second section numbered ${number} is ignored; section ${number} is read from line ${first.heading.line}`
            });
        }
    }
    return warnings;
}


/***/ }),

/***/ 1560:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ decodePlaybook)
/* harmony export */ });
/* unused harmony export findInvalidUtf8 */
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
function decodePlaybook(bytes) {
    // The strict decoder rejects exactly the malformed sequences findInvalidUtf8 finds, and
    // natively: the byte-by-byte scan runs only to say where a bad file goes wrong.
    const decoded = strictDecode(bytes);
    if (decoded === undefined) {
        const invalidAt = findInvalidUtf8(bytes);
        if (invalidAt === undefined)
            throw new Error('the UTF-8 decoder and validator disagree');
        const { line, column } = positionOfByte(bytes, invalidAt.offset);
        const byte = (bytes[invalidAt.offset] ?? 0).toString(16).padStart(2, '0');
        return {
            ok: false,
            issue: {
                line,
                column,
                message: `not valid UTF-8: byte 0x${byte} at byte offset ${invalidAt.offset} (${invalidAt.reason}); save the file as UTF-8`
            }
        };
    }
    const withoutBom = decoded.startsWith('\ufeff') ? decoded.slice(1) : decoded;
    return { ok: true, text: withoutBom.replace(/\r\n?/g, '\n') };
}
function strictDecode(bytes) {
    try {
        return decoder.decode(bytes);
    }
    catch {
        return undefined;
    }
}
/** The first offending byte of a malformed UTF-8 sequence, per the Unicode standard's rules. */
function findInvalidUtf8(bytes) {
    let index = 0;
    while (index < bytes.length) {
        const lead = bytes[index] ?? 0;
        if (lead < 0x80) {
            index += 1;
            continue;
        }
        const shape = sequenceShape(lead);
        if (shape === undefined)
            return { offset: index, reason: 'invalid start byte' };
        for (let k = 1; k < shape.length; k += 1) {
            const next = bytes[index + k];
            if (next === undefined)
                return { offset: index, reason: 'unexpected end of data' };
            const [low, high] = k === 1 ? shape.secondRange : [0x80, 0xbf];
            if (next < low || next > high)
                return { offset: index, reason: 'invalid continuation byte' };
        }
        index += shape.length;
    }
    return undefined;
}
function sequenceShape(lead) {
    if (lead >= 0xc2 && lead <= 0xdf)
        return { length: 2, secondRange: [0x80, 0xbf] };
    if (lead === 0xe0)
        return { length: 3, secondRange: [0xa0, 0xbf] };
    if (lead === 0xed)
        return { length: 3, secondRange: [0x80, 0x9f] };
    if (lead >= 0xe1 && lead <= 0xef)
        return { length: 3, secondRange: [0x80, 0xbf] };
    if (lead === 0xf0)
        return { length: 4, secondRange: [0x90, 0xbf] };
    if (lead >= 0xf1 && lead <= 0xf3)
        return { length: 4, secondRange: [0x80, 0xbf] };
    if (lead === 0xf4)
        return { length: 4, secondRange: [0x80, 0x8f] };
    return undefined;
}
function positionOfByte(bytes, offset) {
    let line = 1;
    let lineStart = 0;
    for (let index = 0; index < offset; index += 1) {
        const byte = bytes[index];
        const isLf = byte === 0x0a;
        const isLoneCr = byte === 0x0d && bytes[index + 1] !== 0x0a;
        if (isLf || isLoneCr) {
            line += 1;
            lineStart = index + 1;
        }
    }
    return { line, column: offset - lineStart + 1 };
}


/***/ }),

/***/ 29508:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ isNone),
/* harmony export */   Gl: () => (/* binding */ stripEnd),
/* harmony export */   Ko: () => (/* binding */ WS_CLASS),
/* harmony export */   QZ: () => (/* binding */ isJsSpace),
/* harmony export */   Qq: () => (/* binding */ dedupe),
/* harmony export */   Yv: () => (/* binding */ slugify),
/* harmony export */   aN: () => (/* binding */ stripChars),
/* harmony export */   bB: () => (/* binding */ strip),
/* harmony export */   cY: () => (/* binding */ semicolonList)
/* harmony export */ });
/* unused harmony exports isPythonSpace, isBlank, codePointLength */
/**
 * Text rules of markdown_playbook_v1. The contract was defined by a Python tool, so
 * "whitespace" means Python's `str.isspace()` set, which differs from JavaScript's
 * `trim()` (JS strips U+FEFF and keeps U+001C\u2013U+001F and U+0085).
 */
const PY_WS = '\\u0009-\\u000d\\u001c-\\u001f\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const WS_CLASS = PY_WS;
/** Python's `str.isspace()` for one UTF-16 code unit (the set has no astral members). */
function isPythonSpace(code) {
    if (code <= 0x20)
        return code === 0x20 || (code >= 0x09 && code <= 0x0d) || (code >= 0x1c && code <= 0x1f);
    if (code < 0x85)
        return false;
    return (code === 0x85 ||
        code === 0xa0 ||
        code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200a) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000);
}
/**
 * Whether `String.prototype.trim` removes this UTF-16 code unit: ECMAScript's WhiteSpace
 * and LineTerminator (Unicode Zs plus tab, VT, FF, LF, CR, U+FEFF, U+2028, U+2029).
 */
function isJsSpace(code) {
    if (code <= 0x20)
        return code === 0x20 || (code >= 0x09 && code <= 0x0d);
    if (code < 0xa0)
        return false;
    return (code === 0xa0 ||
        code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200a) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000 ||
        code === 0xfeff);
}
// Called for every cell of every row: index scanning, no regex, no copy when clean.
function strip(text) {
    let start = 0;
    let end = text.length;
    while (start < end && isPythonSpace(text.charCodeAt(start)))
        start += 1;
    while (end > start && isPythonSpace(text.charCodeAt(end - 1)))
        end -= 1;
    return start === 0 && end === text.length ? text : text.slice(start, end);
}
function stripEnd(text) {
    let end = text.length;
    while (end > 0 && isPythonSpace(text.charCodeAt(end - 1)))
        end -= 1;
    return end === text.length ? text : text.slice(0, end);
}
function isBlank(text) {
    return strip(text) === '';
}
/** Python's `str.strip(chars)`: removes leading and trailing runs of any of `chars`. */
function stripChars(text, chars) {
    let start = 0;
    let end = text.length;
    while (start < end && chars.includes(text.charAt(start)))
        start += 1;
    while (end > start && chars.includes(text.charAt(end - 1)))
        end -= 1;
    return text.slice(start, end);
}
/** Keeps the first occurrence of each value, in order. */
function dedupe(values) {
    // Most lists read from a row have zero to three entries: compare them directly rather
    // than build a set.
    if (values.length <= 8) {
        const kept = [];
        for (const value of values)
            if (!kept.includes(value))
                kept.push(value);
        return kept;
    }
    return [...new Set(values)];
}
/**
 * A cell read as a `;`-separated list: pieces trimmed, blanks and the word `none`
 * (any case) dropped. No escaping: a `;` inside backticks splits too.
 */
function semicolonList(cell) {
    const pieces = [];
    if (cell === '')
        return pieces;
    let from = 0;
    for (;;) {
        const end = cell.indexOf(';', from);
        const piece = strip(cell.slice(from, end === -1 ? cell.length : end));
        if (piece !== '' && !isNone(piece))
            pieces.push(piece);
        if (end === -1)
            return pieces;
        from = end + 1;
    }
}
/** `piece.toLowerCase() === 'none'`, without the copy. */
function isNone(piece) {
    return piece.length === 4 && piece.toLowerCase() === 'none';
}
/** Lower-case, runs outside ASCII `[a-z0-9]` collapsed to `-`, no leading or trailing `-`. */
function slugify(text) {
    return text
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
}
/** Number of Unicode code points, which is what table column widths are measured in. */
function codePointLength(text) {
    let length = 0;
    for (let index = 0; index < text.length; index += 1) {
        const unit = text.charCodeAt(index);
        // A high surrogate starts a pair that is one code point.
        if (unit < 0xd800 || unit > 0xdbff)
            length += 1;
    }
    return length;
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

/***/ 56703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ renderProvenanceLines),
/* harmony export */   R: () => (/* binding */ commitProvenance)
/* harmony export */ });
/** Markdown list, oldest commit first; an empty list renders as a one-line note. */
function renderProvenanceLines(commits) {
    if (commits.length === 0)
        return '_No commits on the run branch._\n';
    return commits
        .map((commit) => {
        const outcome = commit.outcome === 'approved'
            ? `approved${commit.reviewer === undefined ? '' : ` by ${plain(commit.reviewer)}`}`
            : 'passed review';
        const link = commit.attestationUrl === undefined
            ? `statement: \`${code(commit.statement)}\``
            : `[signed statement](${url(commit.attestationUrl)}) (\`${code(commit.statement)}\`)`;
        const role = commit.checkpoint ? `checkpoint, ${outcome}` : 'part of the change';
        return `- \`${commit.sha.slice(0, 12)}\` item ${plain(commit.itemId)}: ${role}; ${link}`;
    })
        .join('\n')
        .concat('\n');
}
/** Text a reviewer's login or an item id can carry, with markdown and HTML defused. */
function plain(text) {
    return text.replace(/[\\`*_[\]()<>#|!~]/g, (char) => `\\${char}`).replace(/\s+/g, ' ');
}
function code(text) {
    return text.replace(/[`\r\n]/g, '');
}
/** Only http(s) links; anything else is shown as text. */
function url(text) {
    return /^https?:\/\/[^\s()<>]+$/.test(text) ? text : encodeURI('about:blank');
}
/**
 * The lines of a run's statements, in plan order and commit order within an item.
 * `statementLink` turns a statement's repo-relative path into what the reader can open;
 * `attestations` maps an item id to its attestation URL.
 */
function commitProvenance(statements, options = {}) {
    const link = options.statementLink ?? ((path) => path);
    return [...statements]
        .sort((a, b) => a.statement.predicate.item.order - b.statement.predicate.item.order)
        .flatMap(({ path, statement }) => {
        const { item, change, outcome, gate } = statement.predicate;
        const attestationUrl = options.attestations?.get(item.item_id);
        return change.commits.map((sha) => ({
            sha,
            itemId: item.item_id,
            checkpoint: sha === change.checkpoint_sha,
            statement: link(path),
            outcome,
            ...(gate === null ? {} : { reviewer: gate.reviewer }),
            ...(attestationUrl === undefined ? {} : { attestationUrl })
        }));
    });
}


/***/ }),

/***/ 73259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BD: () => (/* binding */ formatCost),
/* harmony export */   JA: () => (/* binding */ standing),
/* harmony export */   _y: () => (/* binding */ formatTokens),
/* harmony export */   pI: () => (/* binding */ runFacts)
/* harmony export */ });
/* harmony import */ var _run_item_focus_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26955);
/* harmony import */ var _run_states_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66915);


function runFacts(input) {
    const { state, plan } = input;
    const items = (0,_run_item_focus_js__WEBPACK_IMPORTED_MODULE_1__/* .itemsInPlanOrder */ .lq)(state).map((item) => {
        const planned = plan?.items.find((entry) => entry.item_id === item.item_id);
        const reports = input.reports[item.item_id] ?? {};
        return {
            id: item.item_id,
            title: planned?.action ?? item.item_id,
            run: item,
            plan: planned,
            durationMs: itemDuration(state, item.item_id),
            usage: input.usage?.items[item.item_id],
            reports,
            gateDecision: gateDecision(reports)
        };
    });
    return {
        state,
        planTitle: plan?.plan_source.title ?? state.playbook_source_path,
        items,
        usage: input.usage?.run
    };
}
function itemDuration(state, itemId) {
    const times = state.event_log
        .filter((event) => event.item_id === itemId)
        .map((event) => Date.parse(event.at_utc))
        .filter((time) => Number.isFinite(time));
    const first = times[0];
    const last = times.at(-1);
    return first === undefined || last === undefined ? null : Math.max(0, last - first);
}
function gateDecision(reports) {
    const github = reports.githubGate;
    if (github !== undefined)
        return {
            decision: github.decision,
            by: github.reviewer.login,
            note: github.comment,
            atUtc: github.recorded_at_utc,
            checkpoint: github.checkpoint_ref,
            github: {
                reviewerId: github.reviewer.id,
                environment: github.environment,
                workflowRunId: github.workflow_run_id
            }
        };
    const decided = reports.gate?.decision;
    if (decided === null || decided === undefined)
        return undefined;
    return {
        decision: decided.outcome,
        by: decided.decided_by,
        note: decided.note,
        atUtc: decided.decided_at_utc,
        checkpoint: reports.gate?.related_refs.checkpoint_ref ?? null
    };
}
/** `$0.42`, `<$0.01`, `cost unknown` when nothing reported a cost, `\u2014` without a call. */
function formatCost(usage) {
    if (usage?.calls === 0)
        return '\u2014';
    const cost = usage?.costUsd;
    if (cost === null || cost === undefined || !Number.isFinite(cost))
        return 'cost unknown';
    if (cost > 0 && cost < 0.01)
        return '<$0.01';
    return `$${cost.toFixed(2)}`;
}
/** `12,345 tokens`, or `tokens unknown`. */
function formatTokens(usage) {
    if (usage?.calls === 0)
        return 'no agent calls';
    const tokens = usage?.tokens;
    if (tokens === null || tokens === undefined || !Number.isFinite(tokens))
        return 'tokens unknown';
    return `${Math.round(tokens).toLocaleString('en-US')} tokens`;
}
/** How an item stands, in a word or two: its terminal, or `not started` / `in progress`. */
function standing(item) {
    if (item.terminal_state !== 'none')
        return item.terminal_state;
    return (0,_run_states_js__WEBPACK_IMPORTED_MODULE_0__/* .notStarted */ .DY)(item) ? 'not started' : 'in progress';
}


/***/ }),

/***/ 91058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JY: () => (/* binding */ diffTotals),
/* harmony export */   mZ: () => (/* binding */ gateReview)
/* harmony export */ });
/* unused harmony export decideCommand */
/* harmony import */ var _findings_ordering_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46452);
/* harmony import */ var _facts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73259);


function gateReview(input) {
    const { run, item } = input;
    const gate = item.reports.gate;
    const checkpoint = gate?.related_refs.checkpoint_ref ?? item.run.checkpoint_ref;
    if (checkpoint === null || checkpoint === undefined)
        return undefined;
    const base = item.run.base_ref ?? run.state.run_branch_head;
    const runBranch = run.state.run_branch_name;
    const verification = item.reports.verification;
    return {
        runId: run.state.run_id,
        itemId: item.id,
        title: item.title,
        attempt: item.run.attempt_number,
        gateType: gate?.gate_type ?? item.plan?.manual_gate.gate_type ?? 'approval',
        reason: gate?.requested_reason ??
            (item.plan === undefined
                ? 'the playbook asks for a human sign-off'
                : item.plan.manual_gate.gate_reason || item.plan.exit_criteria),
        requiredEvidence: gate?.required_evidence ?? item.plan?.manual_gate.required_evidence ?? [],
        checkpoint,
        base,
        runBranch,
        attemptBranch: gate?.related_refs.branch_name ?? item.run.branch_name,
        changedFiles: input.changedFiles,
        patchPath: input.patchPath,
        verification: verification === undefined
            ? null
            : {
                result: verification.overall_result,
                summary: verification.summary,
                commands: verification.command_results.map((result) => ({
                    label: result.label,
                    command: result.command,
                    exitCode: result.exit_code,
                    status: result.status,
                    timedOut: result.failure_kind === 'timeout',
                    required: result.required
                }))
            },
        audits: [
            auditView('codex', item.reports.codexAudit, item.reports.findings?.codex_audit_summary),
            auditView('claude', item.reports.claudeAudit, item.reports.findings?.claude_audit_summary)
        ],
        mergedFindings: (0,_findings_ordering_js__WEBPACK_IMPORTED_MODULE_0__/* .sortFindings */ .T)(gate?.review_findings ?? item.reports.findings?.merged_findings ?? []),
        usage: item.usage,
        decision: `Approve or reject checkpoint ${checkpoint.slice(0, 12)} of item ${item.id} (attempt ${item.run.attempt_number}). ` +
            `Approving fast-forwards the run branch ${runBranch} from ${base.slice(0, 12)} to it, and the run goes on; ` +
            'rejecting escalates the item and leaves the run branch where it is. The decision holds for this checkpoint only.',
        decideCommand: decideCommand(run.state.run_id, item.id, checkpoint)
    };
}
/** The one way the CLI records a gate decision: always bound to the reviewed checkpoint. */
function decideCommand(runId, itemId, checkpoint) {
    return `plan-orchestrator mark-manual-gate --run-id ${runId} --item ${itemId} --decision approved|rejected --by NAME --note TEXT --checkpoint ${checkpoint}`;
}
const SEVERITY_RANK = {
    critical: 0,
    high: 1,
    medium: 2,
    low: 3,
    info: 4
};
function auditView(lane, report, merged) {
    if (report !== undefined)
        return {
            lane,
            verdict: report.overall_verdict,
            summary: report.summary,
            findings: report.findings
                .map((finding) => ({
                severity: finding.severity,
                location: finding.file_paths[0] ?? null,
                message: finding.title,
                blocking: finding.is_blocking
            }))
                .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])
        };
    return {
        lane,
        verdict: merged?.overall_verdict ?? null,
        summary: merged?.summary ?? 'no audit report',
        findings: []
    };
}
/** Lines added and deleted over all changed files (binary files count as 0). */
function diffTotals(files) {
    return files.reduce((total, file) => ({
        added: total.added + (file.added ?? 0),
        deleted: total.deleted + (file.deleted ?? 0)
    }), { added: 0, deleted: 0 });
}


/***/ }),

/***/ 7371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ gateDecisionSummary)
/* harmony export */ });
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

/***/ 26955:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GI: () => (/* binding */ focusItem),
/* harmony export */   jA: () => (/* binding */ nextItem),
/* harmony export */   lq: () => (/* binding */ itemsInPlanOrder)
/* harmony export */ });
/**
 * The two questions every part of the product asks about a run's items, answered once:
 * which item runs next (the queue, `resume`, the plan action) and which item the run is about
 * (status, the supervisor's recovery).
 */
function itemsInPlanOrder(state) {
    return [...state.items].sort((a, b) => a.order - b.order);
}
/** The first item in plan order that has not passed: what runs next, if anything does. */
function nextItem(state) {
    return itemsInPlanOrder(state).find((item) => item.terminal_state !== 'passed');
}
/**
 * The item the run is about: the current item unless it passed, else the first item stopped
 * at a terminal other than `passed`, else the next item; none once every item passed.
 * `keepPassedCurrent` keeps a current item that just passed in focus, as status shows it
 * (the run last worked on it); recovery looks past it to what is left.
 */
function focusItem(state, options = {}) {
    const ordered = itemsInPlanOrder(state);
    const next = ordered.find((item) => item.terminal_state !== 'passed');
    if (next === undefined)
        return undefined;
    const current = state.items.find((item) => item.item_id === state.current_item_id);
    if (current !== undefined && (current.terminal_state !== 'passed' || options.keepPassedCurrent))
        return current;
    return (ordered.find((item) => item.terminal_state !== 'none' && item.terminal_state !== 'passed') ??
        next);
}


/***/ }),

/***/ 88951:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dv: () => (/* binding */ runBranchName),
/* harmony export */   MR: () => (/* binding */ attemptLayout),
/* harmony export */   Ne: () => (/* binding */ repoRelative),
/* harmony export */   Qq: () => (/* binding */ formatRunId),
/* harmony export */   UN: () => (/* binding */ CLOCK_PROBE),
/* harmony export */   WA: () => (/* binding */ runLayout),
/* harmony export */   _q: () => (/* binding */ REPORT_ROOT),
/* harmony export */   dF: () => (/* binding */ CONTROL_ROOT),
/* harmony export */   rf: () => (/* binding */ WORKTREE_ROOT),
/* harmony export */   tI: () => (/* binding */ scenarioCopyPath)
/* harmony export */ });
/* unused harmony export PACKET_DIR */
/* harmony import */ var node_path_posix__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53916);
/* harmony import */ var node_path_posix__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path_posix__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _run_id_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74340);


/**
 * Where a run keeps its files. Names and places are the reference tool's, so operators'
 * habits and docs carry over. Pure path arithmetic; nothing is created here.
 */
const CONTROL_ROOT = '.local/automation/plan_orchestrator/runs';
const REPORT_ROOT = '.local/ai/plan_orchestrator/runs';
const WORKTREE_ROOT = '.local/automation/plan_orchestrator/worktrees';
const PACKET_DIR = '.local/plan_orchestrator/packet';
/**
 * An empty file whose change time the integrity readings take as the filesystem's clock
 * (adapters/integrity/checkout-stamp.ts); outside the run store, touched before a reading.
 */
const CLOCK_PROBE = '.local/automation/plan_orchestrator/clock';
function runLayout(repoRoot, runId) {
    // Entry points refuse a bad id with a clear message first; this is the backstop that keeps
    // any path from being built out of one they missed.
    if (!(0,_run_id_js__WEBPACK_IMPORTED_MODULE_1__/* .isRunId */ .Pk)(runId))
        throw new Error((0,_run_id_js__WEBPACK_IMPORTED_MODULE_1__/* .runIdProblem */ .w2)(runId, 'run id'));
    const controlDir = (0,node_path_posix__WEBPACK_IMPORTED_MODULE_0__.join)(repoRoot, CONTROL_ROOT, runId);
    // controlDir is normal and the names are plain, so appending gives what join would;
    // `status --all` lays out every run in the store (docs/performance.md).
    const inControl = (name) => `${controlDir}/${name}`;
    return {
        repoRoot,
        runId,
        controlDir,
        reportDir: (0,node_path_posix__WEBPACK_IMPORTED_MODULE_0__.join)(repoRoot, REPORT_ROOT, runId),
        worktreesDir: (0,node_path_posix__WEBPACK_IMPORTED_MODULE_0__.join)(repoRoot, WORKTREE_ROOT, runId),
        runStatePath: inControl('run_state.json'),
        normalizedPlanPath: inControl('normalized_plan.json'),
        runtimePolicyPath: inControl('runtime_policy.json'),
        playbookSnapshotPath: inControl('playbook_source_snapshot.md'),
        lockPath: inControl('run.lock'),
        stageProcessesPath: inControl('stage_processes.json')
    };
}
function attemptLayout(run, itemId, attempt) {
    const controlDir = (0,node_path_posix__WEBPACK_IMPORTED_MODULE_0__.join)(run.controlDir, 'items', itemId, `attempt-${attempt}`);
    return {
        controlDir,
        reportDir: (0,node_path_posix__WEBPACK_IMPORTED_MODULE_0__.join)(run.reportDir, 'items', itemId, `attempt-${attempt}`),
        worktreePath: (0,node_path_posix__WEBPACK_IMPORTED_MODULE_0__.join)(run.worktreesDir, `item-${itemId}-attempt-${attempt}`),
        branchName: `orchestrator/item/${run.runId}/${itemId}/attempt-${attempt}`,
        logsDir: (0,node_path_posix__WEBPACK_IMPORTED_MODULE_0__.join)(controlDir, 'logs'),
        promptsDir: (0,node_path_posix__WEBPACK_IMPORTED_MODULE_0__.join)(controlDir, 'prompts')
    };
}
/** A scripted run's copy of a scenario it plays, named by the sha256 of its bytes. */
function scenarioCopyPath(run, sha256) {
    return (0,node_path_posix__WEBPACK_IMPORTED_MODULE_0__.join)(run.controlDir, 'scenarios', `${sha256}.json`);
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

/***/ 95413:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ci: () => (/* binding */ LANES),
/* harmony export */   VD: () => (/* binding */ LIFECYCLE),
/* harmony export */   wn: () => (/* binding */ isInFlight)
/* harmony export */ });
/* unused harmony exports MUTATION_LANES, stateOfLane, stageOfState, runsCommands, isReviewing */
/* harmony import */ var _gate_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7371);
/* harmony import */ var _states_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66915);


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
const LANES = [
    'execute',
    'fix',
    'remediation',
    'audit_codex',
    'audit_claude',
    'triage'
];
const MUTATION_LANES = (/* unused pure expression or super */ null && (['execute', 'fix', 'remediation']));
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
const RESUMABLE = { restart: _states_js__WEBPACK_IMPORTED_MODULE_0__/* .INITIAL_ITEM_STATE */ .BS };
const REVIEW_RESUMABLE = { ...RESUMABLE, redo_review: 'ST40_VERIFYING' };
const LIFECYCLE = {
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
            ? (0,_gate_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .gateDecisionSummary */ .G)('rejected', event.by, event.note)
            : reasonOf(event),
        entry: none,
        on: { ...RESUMABLE }
    }
};
/** The state where a lane's agent runs. */
function stateOfLane(lane) {
    const found = STATE_IDS.find((state) => LIFECYCLE[state].lane === lane);
    if (found === undefined)
        throw new Error(`no state runs the ${lane} lane`);
    return found;
}
/**
 * The stage supervision reports for a state (its agent lane, or verification and the audit
 * packet), if a stage runs there.
 */
function stageOfState(state) {
    const row = LIFECYCLE[state];
    return row.lane ?? row.stage;
}
/** Whether verification commands, not an agent, do the work of a state. */
function runsCommands(state) {
    return LIFECYCLE[state].phase === 'verification';
}
/** The states of a review: from the frozen audit packet to the decision after triage. */
function isReviewing(state) {
    return LIFECYCLE[state].phase === 'review';
}
/** A state in which an item stage was running (a run stopped there was interrupted). */
function isInFlight(state) {
    const phase = LIFECYCLE[state].phase;
    return phase !== 'queued' && phase !== 'terminal';
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

/***/ 37703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ RunStateUnreadableError),
/* harmony export */   Q: () => (/* binding */ parseRunState)
/* harmony export */ });
/* harmony import */ var _schemas_run_state_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22221);

class RunStateUnreadableError extends Error {
    path;
    problem;
    name = 'RunStateUnreadableError';
    exitCode = 1;
    constructor(path, problem, detail) {
        super(`${path}: ${detail}`);
        this.path = path;
        this.problem = problem;
    }
}
function parseRunState(path, text) {
    if (text.trim() === '')
        throw new RunStateUnreadableError(path, 'empty', 'run state is empty');
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        throw new RunStateUnreadableError(path, 'not_json', `run state is not valid JSON (truncated?): ${detail}`);
    }
    const parsed = _schemas_run_state_js__WEBPACK_IMPORTED_MODULE_0__/* .RunStateSchema */ .sT.safeParse(json);
    if (!parsed.success) {
        const first = parsed.error.issues
            .slice(0, 3)
            .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
            .join('; ');
        throw new RunStateUnreadableError(path, 'schema_invalid', `run state does not match its schema: ${first}`);
    }
    return parsed.data;
}


/***/ }),

/***/ 66915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BS: () => (/* binding */ INITIAL_ITEM_STATE),
/* harmony export */   DY: () => (/* binding */ notStarted),
/* harmony export */   bY: () => (/* binding */ STATE_IDS),
/* harmony export */   bZ: () => (/* binding */ TERMINAL_STATE_OF),
/* harmony export */   en: () => (/* binding */ TERMINALS),
/* harmony export */   gZ: () => (/* binding */ IllegalTransitionError),
/* harmony export */   w: () => (/* binding */ canTransition)
/* harmony export */ });
/* unused harmony export TRANSITIONS */
/**
 * The run state machine as data: state ids, the transitions allowed between them, and
 * the item-level terminal each terminal state stands for. The lifecycle table (lifecycle.ts)
 * chooses each move by event; every move is also checked against TRANSITIONS when it is
 * saved (run-state-ops.ts), except resume's rewinds. Only these two modules name state ids.
 */
const STATE_IDS = [
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
const INITIAL_ITEM_STATE = 'ST05_PLAN_NORMALIZED';
/** An item the run has not tried yet: still at its initial state, on its first attempt. */
function notStarted(item) {
    return item.state === INITIAL_ITEM_STATE && item.attempt_number === 1;
}
const TERMINALS = ['passed', 'awaiting_human_gate', 'blocked_external', 'escalated'];
const ESCALATE = 'ST140_ESCALATED';
const BLOCK = 'ST120_BLOCKED_EXTERNAL';
const TRANSITIONS = {
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
const TERMINAL_STATE_OF = {
    ST110_AWAITING_HUMAN_GATE: 'awaiting_human_gate',
    ST120_BLOCKED_EXTERNAL: 'blocked_external',
    ST130_PASSED: 'passed',
    ST140_ESCALATED: 'escalated'
};
function canTransition(from, to) {
    return TRANSITIONS[from].includes(to);
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


/***/ }),

/***/ 49054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ GHA_RUN_FILE),
/* harmony export */   _C: () => (/* binding */ GhaGateRecordSchema),
/* harmony export */   e: () => (/* binding */ GhaRunRecordSchema),
/* harmony export */   uU: () => (/* binding */ GHA_GATE_FILE)
/* harmony export */ });
/* unused harmony export GhaChainLinkSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92857);
/* harmony import */ var _run_run_id_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74340);
/* harmony import */ var _vocabulary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8610);



/**
 * What the GitHub Action adds to a run: where it was started (repository, workflow file, ref,
 * first workflow run), the chain of jobs that carried its state from hop to hop, and, per
 * decided gate, GitHub's record of the review. A later hop believes none of it on its own: it
 * checks the chain's ends and every gate against GitHub again (docs/security.md).
 */
const timestamp = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
const githubUser = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ login: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1), id: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(1) });
const commitSha = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{40}$/);
/**
 * One job that uploaded the run's state: the item job of a hop, or its gate job. The state
 * artifact a hop restores must be the one its chain's last link names.
 */
const GhaChainLinkSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    workflow_run_id: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(1),
    run_attempt: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(1),
    hop: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(0),
    job: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['item', 'gate']),
    item_id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(_vocabulary_js__WEBPACK_IMPORTED_MODULE_2__/* .ITEM_ID_PATTERN */ .vg),
    /** The item's checkpoint when the job uploaded the state (what a gate on this run reviews). */
    checkpoint_ref: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
        .regex(/^[0-9a-f]{7,64}$/)
        .nullable(),
    recorded_at_utc: timestamp
});
const GhaRunRecordSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    schema_version: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('plan_orchestrator.gha_run.v2'),
    run_id: _run_run_id_js__WEBPACK_IMPORTED_MODULE_0__/* .RunIdSchema */ .Iz,
    /** `owner/repo` */
    repository: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    /** The workflow file every hop must run (`path` of GitHub's record of the first hop). */
    workflow_path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    /** The branch or tag the run was started from; every hop must run on it. */
    ref: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    /**
     * Who started the run, as GitHub recorded the first hop (for the summaries; the gate checks
     * read GitHub's record of that workflow run again).
     */
    requester: githubUser,
    started_in_workflow_run: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(1),
    recorded_at_utc: timestamp,
    chain: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(GhaChainLinkSchema).min(1)
});
const GhaGateRecordSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    schema_version: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('plan_orchestrator.gha_gate.v1'),
    run_id: _run_run_id_js__WEBPACK_IMPORTED_MODULE_0__/* .RunIdSchema */ .Iz,
    item_id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(_vocabulary_js__WEBPACK_IMPORTED_MODULE_2__/* .ITEM_ID_PATTERN */ .vg),
    attempt_number: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(1),
    decision: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['approved', 'rejected']),
    reviewer: githubUser,
    comment: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    environment: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    workflow_run_id: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(1),
    workflow_run_attempt: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(1),
    checkpoint_ref: commitSha,
    recorded_at_utc: timestamp
});
const GHA_RUN_FILE = 'gha_run.json';
const GHA_GATE_FILE = 'gha_gate.json';


/***/ }),

/***/ 46591:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iQ: () => (/* binding */ NormalizedPlanSchema)
/* harmony export */ });
/* unused harmony exports ManualGateSchema, ExternalCheckSchema, VerificationHintsSchema, SourceRowSchema, PlanItemSchema, SupportSectionSchema, RuntimeProfileDefaultsSchema, GlobalContextSchema, PlanSourceSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64377);
/* harmony import */ var _vocabulary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8610);


/**
 * `normalized_plan.json`: the playbook after normalization, the only form of the plan the
 * engine executes. Key order is part of the contract (it is the order in the JSON file).
 */
const itemId = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(_vocabulary_js__WEBPACK_IMPORTED_MODULE_1__/* .ITEM_ID_PATTERN */ .vg);
const nonEmpty = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1);
const strings = zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP());
const ManualGateSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    required: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    gate_type: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(_vocabulary_js__WEBPACK_IMPORTED_MODULE_1__/* .GATE_TYPES */ .Qd),
    gate_reason: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    required_evidence: strings
});
const ExternalCheckSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    required: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    mode: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(_vocabulary_js__WEBPACK_IMPORTED_MODULE_1__/* .EXTERNAL_CHECK_MODES */ .ev),
    dependencies: strings
});
const VerificationHintsSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    required_artifacts: strings,
    required_commands: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(nonEmpty),
    suggested_commands: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(nonEmpty),
    materialized_artifact_roots: strings.optional(),
    pass_resolves_mutation_source_ids: strings.optional()
});
const SourceRowSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    section_title: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    row_index: zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().min(1),
    line_start: zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().min(1),
    line_end: zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().min(1),
    raw_row_markdown: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
});
const PlanItemSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    item_id: itemId,
    order: zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().min(1),
    phase: nonEmpty,
    phase_slug: nonEmpty,
    action: nonEmpty,
    why_now: nonEmpty,
    owner_type: nonEmpty,
    prerequisites_raw: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    prerequisite_item_ids: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(itemId),
    repo_surfaces_raw: strings,
    repo_surface_paths: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(nonEmpty).min(1),
    external_dependencies_raw: strings,
    deliverable: nonEmpty,
    deliverable_paths: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(nonEmpty).min(1),
    exit_criteria: nonEmpty,
    change_profile: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(_vocabulary_js__WEBPACK_IMPORTED_MODULE_1__/* .CHANGE_PROFILES */ .SQ),
    execution_mode: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('codex'),
    host_commands: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).max(0),
    requires_red_green: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    manual_gate: ManualGateSchema,
    external_check: ExternalCheckSchema,
    verification_hints: VerificationHintsSchema,
    source_row: SourceRowSchema,
    support_section_ids: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(nonEmpty),
    consult_paths: strings,
    allowed_write_roots: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).min(1),
    notes: strings
});
const SupportSectionSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    section_id: nonEmpty,
    title: nonEmpty,
    section_kind: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(_vocabulary_js__WEBPACK_IMPORTED_MODULE_1__/* .SECTION_KINDS */ .aE),
    body_markdown: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    applies_to_phase_slugs: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(nonEmpty)
});
const RuntimeProfileDefaultsSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    offline_default: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    auto_advance_default: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    max_fix_rounds_default: zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().min(0),
    max_remediation_rounds_default: zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().min(0)
});
const GlobalContextSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    primary_goal: nonEmpty,
    immediate_target: nonEmpty,
    default_runtime_profile: RuntimeProfileDefaultsSchema,
    global_support_section_ids: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(nonEmpty),
    notes: strings
});
const PlanSourceSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    path: nonEmpty,
    source_kind: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('markdown_playbook_v1'),
    sha256: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/),
    title: nonEmpty
});
const NormalizedPlanSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    schema_version: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('plan_orchestrator.normalized_plan.v1'),
    adapter_id: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('markdown_playbook_v1'),
    plan_source: PlanSourceSchema,
    generated_at_utc: zod__WEBPACK_IMPORTED_MODULE_2__/* .datetime */ .w$(),
    global_context: GlobalContextSchema,
    support_sections: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(SupportSectionSchema),
    items: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(PlanItemSchema).min(1)
});


/***/ }),

/***/ 35377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fg: () => (/* binding */ PROVENANCE_PREDICATE_TYPE),
/* harmony export */   GQ: () => (/* binding */ AGENT_CALLS_DIR),
/* harmony export */   N7: () => (/* binding */ PROVENANCE_PREDICATE_VERSION),
/* harmony export */   _4: () => (/* binding */ ProvenanceStatementSchema),
/* harmony export */   pV: () => (/* binding */ CallRecordSchema),
/* harmony export */   yH: () => (/* binding */ IN_TOTO_STATEMENT_TYPE),
/* harmony export */   zH: () => (/* binding */ STATEMENT_FILE)
/* harmony export */ });
/* unused harmony exports CALL_RECORD_VERSION, FileDigestSchema, CallUsageSchema, AgentIdentitySchema, ProducerSchema, GateApprovalSchema, ProvenancePredicateSchema, ResourceDescriptorSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(64377);
/* harmony import */ var _vocabulary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8610);
/* harmony import */ var _run_run_id_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74340);
/* harmony import */ var _run_lifecycle_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95413);




/**
 * Provenance: one in-toto Statement (v1) per passed item, and the record of each agent call it
 * is built from. Field by field in docs/provenance.md. The statement is written as canonical
 * JSON (RFC 8785), so the same facts always give the same bytes.
 */
const IN_TOTO_STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
/** Ours; the fragment names the predicate's major version (docs/provenance.md). */
const PROVENANCE_PREDICATE_TYPE = 'https://github.com/plan-orchestrator/plan-orchestrator/blob/main/docs/provenance.md#predicate-v1';
const PROVENANCE_PREDICATE_VERSION = 'plan_orchestrator.provenance.v1';
const CALL_RECORD_VERSION = 'plan_orchestrator.call_record.v1';
/** In the attempt's control directory. */
const STATEMENT_FILE = 'provenance.intoto.json';
/** The directory of the attempt's agent call records (`<lane>.<cycle>.json`). */
const AGENT_CALLS_DIR = 'calls';
const sha256 = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/);
const gitCommit = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[0-9a-f]{40}([0-9a-f]{24})?$/);
const itemId = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(_vocabulary_js__WEBPACK_IMPORTED_MODULE_3__/* .ITEM_ID_PATTERN */ .vg);
const isoTime = zod__WEBPACK_IMPORTED_MODULE_4__/* .datetime */ .w$();
const count = zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().min(0);
/** A file of the run's artifacts (repo-relative path, under the run's directories) and its sha256. */
const FileDigestSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ path: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1), sha256 });
/** What one agent call reported it used; every field only when its CLI reports it. */
const CallUsageSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    input_tokens: count.nullable(),
    cached_input_tokens: count.nullable(),
    cache_write_tokens: count.nullable(),
    output_tokens: count.nullable(),
    reasoning_tokens: count.nullable(),
    cost_usd: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).nullable(),
    num_turns: count.nullable(),
    /** The model the CLI says served the call. */
    model: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable()
});
/** Which CLI served a call, and how it was asked to run. */
const AgentIdentitySchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    /** The adapter: `codex`, `claude` or `scripted`. */
    adapter: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    /** The executable that was run (`codex`, `/opt/bin/claude`, `scripted` for the built-in one). */
    cli: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    /** First line of `<cli> --version`; null when it did not tell. */
    cli_version: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
    model: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
    effort: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable()
});
/**
 * `items/<ITEM>/attempt-<N>/calls/<lane>.<cycle>.json`: one agent call as the orchestrator made
 * it, written by the orchestrator after the call (agents cannot reach the run store).
 */
const CallRecordSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    schema_version: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(CALL_RECORD_VERSION),
    /** Order of the calls within the attempt (1, 2, \u2026); a redone call gets the next number. */
    sequence: zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().min(1),
    item_id: itemId,
    attempt_number: zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().min(1),
    lane: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_run_lifecycle_js__WEBPACK_IMPORTED_MODULE_1__/* .LANES */ .Ci),
    cycle: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    agent: AgentIdentitySchema,
    /** `ok` (a report that passed every check), the adapter's failure, or `report_rejected`. */
    status: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    prompt: FileDigestSchema,
    /** The context and packet files the call was handed, as the run keeps them. */
    inputs: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(FileDigestSchema),
    /** The report the orchestrator accepted; null when the call failed. */
    report: FileDigestSchema.nullable(),
    duration_ms: count,
    usage: CallUsageSchema.nullable()
});
const ProvenanceCallSchema = CallRecordSchema.omit({
    schema_version: true,
    item_id: true,
    attempt_number: true
}).extend({ record: FileDigestSchema });
const GhaJobRefSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    job: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['item', 'gate']),
    workflow_run_id: zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().min(1),
    run_attempt: zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().min(1),
    hop: zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().min(0)
});
const ProducerSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .discriminatedUnion */ .gMt('kind', [
    /** The CLI on someone's machine: nothing outside the run vouches for it. */
    zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ kind: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('cli') }),
    zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        kind: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('github_actions'),
        /** `owner/repo` */
        repository: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
        workflow_path: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
        ref: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
        /** The item job that produced the checkpoint, and the gate job that approved it. */
        jobs: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(GhaJobRefSchema).min(1)
    })
]);
const GateApprovalSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    gate_type: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_vocabulary_js__WEBPACK_IMPORTED_MODULE_3__/* .GATE_TYPES */ .Qd),
    decision: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('approved'),
    reviewer: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    comment: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    decided_at_utc: isoTime,
    /** manual_gate.json with the decision. */
    record: FileDigestSchema,
    /** Where the decision was read from. */
    source: zod__WEBPACK_IMPORTED_MODULE_2__/* .discriminatedUnion */ .gMt('kind', [
        /** `mark-manual-gate` (the reviewer's name is what was typed). */
        zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ kind: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('cli') }),
        /** GitHub's approval record of the workflow run, read by the gate job (gha_gate.json). */
        zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
            kind: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz('github_approval'),
            workflow_run_id: zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().min(1),
            workflow_run_attempt: zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().min(1),
            environment: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
            reviewer_id: zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().min(1),
            record: FileDigestSchema
        })
    ])
});
const ProvenancePredicateSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    predicate_version: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(PROVENANCE_PREDICATE_VERSION),
    run: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        run_id: _run_run_id_js__WEBPACK_IMPORTED_MODULE_0__/* .RunIdSchema */ .Iz,
        /** The commit the run branch started from. */
        base_sha: gitCommit,
        run_branch: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
        runtime_policy: FileDigestSchema.nullable()
    }),
    playbook: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        source_path: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
        /** sha256 of the playbook file the run was started with. */
        source_sha256: sha256,
        snapshot: FileDigestSchema,
        normalized_plan: FileDigestSchema
    }),
    item: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        item_id: itemId,
        order: zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().min(1),
        /** sha256 of the item's row in normalized_plan.json, as canonical JSON. */
        row_sha256: sha256,
        prerequisites: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(itemId),
        manual_gate_required: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
        external_evidence_required: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
        attempt_number: zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().min(1),
        fix_rounds: count,
        remediation_rounds: count
    }),
    change: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        /** The run branch when the attempt started (the previous item's checkpoint, or the run's base). */
        base_sha: gitCommit,
        checkpoint_sha: gitCommit,
        /** Every commit from base_sha (exclusive) to checkpoint_sha, oldest first. */
        commits: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(gitCommit).min(1),
        /** The cycle whose verification, audits and triage judged the checkpoint. */
        cycle: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
        /** `git diff base_sha checkpoint_sha`, as the auditors received it. */
        patch: FileDigestSchema
    }),
    agent_calls: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(ProvenanceCallSchema),
    verification: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        report: FileDigestSchema,
        overall_result: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['pass', 'partial', 'fail']),
        commands: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
            label: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
            command: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
            required: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
            exit_code: zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().nullable(),
            status: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['pass', 'fail', 'skipped']),
            log: FileDigestSchema.nullable()
        })),
        artifact_checks: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ path: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), status: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['pass', 'fail']) })),
        scope_check: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['pass', 'fail'])
    }),
    audits: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        lane: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['codex', 'claude']),
        status: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['reported', 'failed']),
        verdict: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['pass', 'issues_found', 'blocked', 'inconclusive']).nullable(),
        blocking_findings: count.nullable(),
        report: FileDigestSchema.nullable()
    })),
    merged_findings: FileDigestSchema,
    triage: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        decision: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['pass', 'fix_required', 'awaiting_human_gate', 'blocked_external', 'escalate']),
        report: FileDigestSchema
    }),
    /** `passed` by the review alone, or `approved` at a human gate. */
    outcome: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['passed', 'approved']),
    gate: GateApprovalSchema.nullable(),
    /** The evidence supplied to an item that waited for it, as the run received it. */
    external_evidence: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ files: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(FileDigestSchema) }).nullable(),
    producer: ProducerSchema
});
const ResourceDescriptorSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    digest: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([
        zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ gitCommit }),
        zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ sha256 })
    ])
});
/** `provenance.intoto.json` */
const ProvenanceStatementSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    _type: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(IN_TOTO_STATEMENT_TYPE),
    subject: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(ResourceDescriptorSchema).min(1),
    predicateType: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(PROVENANCE_PREDICATE_TYPE),
    predicate: ProvenancePredicateSchema
});


/***/ }),

/***/ 88947:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C6: () => (/* binding */ MergedFindingsPacketSchema),
/* harmony export */   IB: () => (/* binding */ ExecutionReportSchema),
/* harmony export */   OK: () => (/* binding */ TriageReportSchema),
/* harmony export */   TS: () => (/* binding */ VerificationReportSchema),
/* harmony export */   UC: () => (/* binding */ ManualGateRecordSchema),
/* harmony export */   fZ: () => (/* binding */ FixReportSchema),
/* harmony export */   h4: () => (/* binding */ AuditReportSchema),
/* harmony export */   wg: () => (/* binding */ EscalationManifestSchema)
/* harmony export */ });
/* unused harmony exports SEVERITIES, FINDING_CATEGORIES, DISPOSITIONS, FINDING_OWNERS, FINDING_SOURCE_TYPES, AUDIT_LANES, TRIAGE_DECISIONS, AuditFindingSchema, SourceRefSchema, MergedFindingSchema, SuppressedFindingSchema, MUTATION_SIGNALS */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64377);
/* harmony import */ var _vocabulary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8610);


/**
 * The reports of one item attempt: what the agents hand back (execution, fix, audit, triage),
 * what the orchestrator writes itself (verification, merged findings, terminals). Key order is
 * the contract's order; agents get these as JSON Schema, so every object is closed.
 */
const identifier = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(_vocabulary_js__WEBPACK_IMPORTED_MODULE_1__/* .ITEM_ID_PATTERN */ .vg);
const nonEmpty = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1);
const strings = zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP());
const attemptNumber = zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().min(1);
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];
const FINDING_CATEGORIES = [
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
const DISPOSITIONS = [
    'actionable',
    'false_positive',
    'duplicate',
    'out_of_scope',
    'blocked_external',
    'requires_human_judgment'
];
const FINDING_OWNERS = ['codex_fix', 'human', 'operator_external', 'none'];
const FINDING_SOURCE_TYPES = [
    'codex_audit',
    'claude_audit',
    'verification',
    'mutation_report'
];
const AUDIT_LANES = ['codex', 'claude'];
const TRIAGE_DECISIONS = [
    'pass',
    'fix_required',
    'awaiting_human_gate',
    'blocked_external',
    'escalate'
];
const RedGreenSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    required: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    tests_added_or_updated: strings,
    red_commands: strings,
    red_failure_evidence: nonEmpty,
    green_commands: strings,
    green_pass_evidence: nonEmpty
});
const ScopeComplianceSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    status: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['within_scope', 'scope_exception_required', 'scope_violation']),
    notes: nonEmpty,
    scope_exceptions: strings
});
/** `execution_report.round-0.json`, written by the execute lane. */
const ExecutionReportSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    schema_version: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('plan_orchestrator.execution_report.v1'),
    stage: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('execute'),
    item_id: identifier,
    attempt_number: attemptNumber,
    summary: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    verdict: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n([
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
    next_recommended_state: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['verify', 'awaiting_human_gate', 'blocked_external', 'escalate'])
});
/** `fix_report.round-<k>.json` and `remediation_report.round-<k>.json`. */
const FixReportSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    schema_version: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('plan_orchestrator.fix_report.v1'),
    stage: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['fix', 'remediation']),
    item_id: identifier,
    attempt_number: attemptNumber,
    loop_round: zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().min(1),
    summary: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    verdict: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n([
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
    next_recommended_state: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['reverify', 'awaiting_human_gate', 'blocked_external', 'escalate'])
});
const AuditFindingSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    finding_id: identifier,
    title: nonEmpty,
    severity: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(SEVERITIES),
    category: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(FINDING_CATEGORIES),
    confidence: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['high', 'medium', 'low']),
    file_paths: strings,
    evidence: strings,
    why_it_matters: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    recommended_action: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    is_blocking: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY()
});
/** `codex_audit_report.<cycle>.json` / `claude_audit_report.<cycle>.json`. */
const AuditReportSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    schema_version: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('plan_orchestrator.audit_report.v1'),
    audit_lane: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(AUDIT_LANES),
    item_id: identifier,
    attempt_number: attemptNumber,
    summary: nonEmpty,
    overall_verdict: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['pass', 'issues_found', 'blocked', 'inconclusive']),
    audited_artifacts: strings,
    positive_signals: strings,
    limitations: strings,
    findings: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(AuditFindingSchema),
    next_recommended_state: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['pass', 'triage', 'blocked_external', 'escalate'])
});
const SourceRefSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    source_type: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(FINDING_SOURCE_TYPES),
    source_id: nonEmpty
});
/** One finding after the deterministic merge; triage echoes the same shape. */
const MergedFindingSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    canonical_id: identifier,
    title: nonEmpty,
    severity: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(SEVERITIES),
    category: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(FINDING_CATEGORIES),
    disposition: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(DISPOSITIONS),
    recommended_owner: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(FINDING_OWNERS),
    source_refs: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(SourceRefSchema),
    file_paths: strings,
    evidence: strings,
    recommended_action: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    acceptance_check: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    is_blocking: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY()
});
const SuppressedFindingSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    source_type: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(FINDING_SOURCE_TYPES),
    source_id: nonEmpty,
    suppression_reason: nonEmpty
});
/** `triage_report.<cycle>.json`; the post-triage override may rewrite it. */
const TriageReportSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    schema_version: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('plan_orchestrator.triage_report.v1'),
    stage: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('triage'),
    item_id: identifier,
    attempt_number: attemptNumber,
    summary: nonEmpty,
    overall_decision: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(TRIAGE_DECISIONS),
    reasoning_notes: strings,
    merged_findings: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(MergedFindingSchema),
    suppressed_findings: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(SuppressedFindingSchema),
    next_stage: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['passed', 'fix', 'awaiting_human_gate', 'blocked_external', 'escalated'])
});
const CommandResultSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    label: nonEmpty,
    command: nonEmpty,
    exit_code: zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().nullable(),
    status: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['pass', 'fail', 'skipped']),
    failure_kind: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['exit_nonzero', 'timeout']).nullable(),
    required: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY(),
    log_path: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    timeout_sec: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0).nullable(),
    /** Everything the command wrote, kept in its log or not (absent in older reports). */
    log_bytes: zod__WEBPACK_IMPORTED_MODULE_0__/* .int */ .Whr().min(0).optional(),
    /** Whether the log was cut at `max_log_bytes` (its head and tail kept, marked). */
    log_truncated: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().optional()
});
const ScopeCheckSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    status: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['pass', 'fail']),
    out_of_scope_paths: strings,
    note: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
});
/** `verification_report.<cycle>.json`, written by the verification gate. */
const VerificationReportSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    schema_version: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('plan_orchestrator.verification_report.v1'),
    generated_at_utc: zod__WEBPACK_IMPORTED_MODULE_2__/* .datetime */ .w$(),
    stage: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('verify'),
    item_id: identifier,
    attempt_number: attemptNumber,
    summary: nonEmpty,
    overall_result: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['pass', 'partial', 'fail']),
    command_results: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(CommandResultSchema),
    artifact_checks: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ path: nonEmpty, check_kind: nonEmpty, status: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['pass', 'fail']), reason: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() })),
    scope_check: ScopeCheckSchema,
    next_recommended_state: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['audit', 'fix', 'escalate', 'awaiting_human_gate', 'blocked_external'])
});
const MUTATION_SIGNALS = [
    'blocked_external',
    'needs_human_input',
    'escalate',
    'unresolved_items'
];
const AuditLaneSummarySchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    status: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['reported', 'inconclusive']),
    overall_verdict: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['pass', 'issues_found', 'blocked', 'inconclusive']).nullable(),
    summary: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
});
/** `merged_findings_packet.<cycle>.json`: the deterministic merge that triage reads. */
const MergedFindingsPacketSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    schema_version: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('plan_orchestrator.merged_findings_packet.v1'),
    item_id: identifier,
    attempt_number: attemptNumber,
    mutation_report_control: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        stage: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['execute', 'fix', 'remediation']).nullable(),
        verdict: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
        next_recommended_state: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
        summary: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        signals: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(MUTATION_SIGNALS)),
        signal_refs: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ signal: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(MUTATION_SIGNALS), source_id: nonEmpty })),
        unresolved_items: strings
    }),
    // The gate facts travel with the packet so that the decision needs nothing else.
    verification_summary: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        overall_result: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['pass', 'partial', 'fail']),
        summary: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        failed_required_commands: strings,
        failed_artifact_checks: strings,
        scope_check_status: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['pass', 'fail'])
    }),
    codex_audit_summary: AuditLaneSummarySchema,
    claude_audit_summary: AuditLaneSummarySchema,
    merged_findings: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(MergedFindingSchema),
    suppressed_findings: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(SuppressedFindingSchema)
});
/** `escalation_manifest.json`, written at the blocked_external and escalated terminals. */
const EscalationManifestSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    schema_version: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('plan_orchestrator.escalation_manifest.v1'),
    generated_at_utc: zod__WEBPACK_IMPORTED_MODULE_2__/* .datetime */ .w$(),
    terminal_state: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['awaiting_human_gate', 'blocked_external', 'escalated']),
    run_id: identifier,
    item_id: identifier,
    attempt_number: attemptNumber,
    summary: nonEmpty,
    blocking_reasons: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(nonEmpty),
    required_human_actions: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        action_id: identifier,
        description: nonEmpty,
        owner_hint: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(FINDING_OWNERS),
        evidence_needed: strings,
        blocking: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY()
    })),
    preserved_refs: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        branch_name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
        worktree_path: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
        checkpoint_ref: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
        run_state_path: nonEmpty,
        primary_report_paths: strings
    }),
    artifact_manifest_path: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
    suggested_resume_command: nonEmpty,
    notes: strings
});
const GateDecisionSchema = (outcome) => zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    outcome: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(outcome),
    decided_at_utc: zod__WEBPACK_IMPORTED_MODULE_2__/* .datetime */ .w$(),
    decided_by: nonEmpty,
    note: nonEmpty,
    evidence_paths: strings
});
// One shape per status, so "pending \u21D2 no decision, decided \u21D2 matching outcome" is in the schema.
const manualGateRecord = (status, decision) => zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    schema_version: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('plan_orchestrator.manual_gate.v1'),
    requested_at_utc: zod__WEBPACK_IMPORTED_MODULE_2__/* .datetime */ .w$(),
    run_id: identifier,
    item_id: identifier,
    gate_id: nonEmpty,
    gate_type: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(_vocabulary_js__WEBPACK_IMPORTED_MODULE_1__/* .GATE_TYPES */ .Qd).exclude(['none']),
    status,
    requested_by: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('orchestrator'),
    requested_reason: nonEmpty,
    required_evidence: strings,
    review_findings: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(MergedFindingSchema),
    related_refs: zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
        branch_name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
        worktree_path: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
        checkpoint_ref: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
        artifact_manifest_path: nonEmpty,
        triage_report_path: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
        merged_findings_packet_path: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
        codex_audit_report_path: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable(),
        claude_audit_report_path: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullable()
    }),
    decision
});
/** `manual_gate.json`, written at the awaiting_human_gate terminal and by the gate decision. */
const ManualGateRecordSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .discriminatedUnion */ .gMt('status', [
    manualGateRecord(zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('pending'), zod__WEBPACK_IMPORTED_MODULE_0__/* ["null"] */ .chJ()),
    manualGateRecord(zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('approved'), GateDecisionSchema('approved')),
    manualGateRecord(zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('rejected'), GateDecisionSchema('rejected'))
]);


/***/ }),

/***/ 22221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LA: () => (/* binding */ ItemRunStateSchema),
/* harmony export */   Mc: () => (/* binding */ RuntimePolicySnapshotSchema),
/* harmony export */   Re: () => (/* binding */ RunEventSchema),
/* harmony export */   sT: () => (/* binding */ RunStateSchema),
/* harmony export */   z6: () => (/* reexport safe */ _run_run_id_js__WEBPACK_IMPORTED_MODULE_3__.z6)
/* harmony export */ });
/* unused harmony exports RUN_STATE_VERSION, ACTORS, LatestPathsSchema, PendingFastForwardSchema, AGENT_SETS, RunAgentsSchema, EMPTY_LATEST_PATHS */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(64377);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(92857);
/* harmony import */ var _policy_runtime_policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11181);
/* harmony import */ var _run_states_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66915);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47131);
/* harmony import */ var _vocabulary_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8610);
/* harmony import */ var _run_run_id_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74340);






/**
 * `run_state.json`: the one authoritative record of a run. Validated on every read and
 * written atomically on every change, so it doubles as a journal a crashed run resumes from.
 */
const RUN_STATE_VERSION = 'plan_orchestrator.run_state.v1';

const isoTime = zod__WEBPACK_IMPORTED_MODULE_4__/* .datetime */ .w$();
const sha256 = zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/);
const gitSha = zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().regex(/^[0-9a-f]{7,64}$/);
const stateId = zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(_run_states_js__WEBPACK_IMPORTED_MODULE_1__/* .STATE_IDS */ .bY);
const ACTORS = ['orchestrator', 'codex', 'claude', 'human', 'git', 'verification'];
const LatestPathsSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
    item_context_path: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().nullable(),
    execution_report_path: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().nullable(),
    verification_report_path: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().nullable(),
    codex_audit_report_path: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().nullable(),
    claude_audit_report_path: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().nullable(),
    triage_report_path: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().nullable(),
    fix_report_path: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().nullable(),
    artifact_manifest_path: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().nullable(),
    manual_gate_path: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().nullable(),
    escalation_manifest_path: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().nullable()
});
const ItemRunStateSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
    item_id: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().regex(_vocabulary_js__WEBPACK_IMPORTED_MODULE_6__/* .ITEM_ID_PATTERN */ .vg),
    order: zod__WEBPACK_IMPORTED_MODULE_5__/* .int */ .Whr().min(1),
    state: stateId,
    attempt_number: zod__WEBPACK_IMPORTED_MODULE_5__/* .int */ .Whr().min(1),
    fix_rounds_completed: zod__WEBPACK_IMPORTED_MODULE_5__/* .int */ .Whr().min(0),
    remediation_rounds_completed: zod__WEBPACK_IMPORTED_MODULE_5__/* .int */ .Whr().min(0),
    manual_gate_status: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(['not_required', 'pending', 'approved', 'rejected']),
    external_check_status: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(['not_required', 'pending_evidence', 'resolved']),
    branch_name: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().nullable(),
    worktree_path: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().nullable(),
    /** Commit the attempt started from (the run branch tip when the worktree was made). */
    base_ref: gitSha.nullable(),
    checkpoint_ref: gitSha.nullable(),
    terminal_state: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(['none', ..._run_states_js__WEBPACK_IMPORTED_MODULE_1__/* .TERMINALS */ .en]),
    terminal_summary: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().nullable(),
    latest_paths: LatestPathsSchema,
    /**
     * The last time a budget limit stopped this item (figures of its `budget_exhausted`); it
     * stands for the terminal reason while `attempt_number` is the attempt it names.
     */
    budget_stop: _usage_js__WEBPACK_IMPORTED_MODULE_2__/* .BudgetStopSchema */ .Vl.nullable().default(null),
    updated_at_utc: isoTime
});
const RunEventSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
    at_utc: isoTime,
    state: stateId,
    actor: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(ACTORS),
    item_id: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().nullable(),
    message: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1)
});
const PendingFastForwardSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
    item_id: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().regex(_vocabulary_js__WEBPACK_IMPORTED_MODULE_6__/* .ITEM_ID_PATTERN */ .vg),
    attempt_number: zod__WEBPACK_IMPORTED_MODULE_5__/* .int */ .Whr().min(1),
    from: gitSha,
    to: gitSha,
    recorded_at_utc: isoTime
});
const AGENT_SETS = ['codex-claude', 'scripted'];
/**
 * Which agents do the run's work, so that `resume`, `supervise resume`, `doctor` and every
 * printed hint continue it with them unless told otherwise (docs/operator-guide.md, "Runs
 * remember their agents"). A scripted run plays its own copy of the scenario, kept in the
 * run's directory under its sha256 (`scenarios/<sha256>.json`).
 */
const RunAgentsSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
    set: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(AGENT_SETS),
    scenario: zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
        /** The file as it was given: repo-relative when inside the repository, else absolute. */
        source_path: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1),
        sha256
    })
        .nullable()
})
    .refine((agents) => (agents.set === 'scripted') === (agents.scenario !== null), {
    message: 'a scenario belongs to scripted agents, and scripted agents need one'
});
const RunStateSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
    schema_version: zod__WEBPACK_IMPORTED_MODULE_5__/* .literal */ .euz(RUN_STATE_VERSION),
    run_id: _run_run_id_js__WEBPACK_IMPORTED_MODULE_3__/* .RunIdSchema */ .Iz,
    adapter_id: zod__WEBPACK_IMPORTED_MODULE_5__/* .literal */ .euz('markdown_playbook_v1'),
    repo_root: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1),
    playbook_source_path: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1),
    playbook_source_sha256: sha256,
    normalized_plan_path: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1),
    base_head_sha: gitSha,
    run_branch_name: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().min(1),
    /**
     * Where the run branch must point: the base commit, then the checkpoint of the last passed
     * (or approved) item. Every command compares the branch with it before building on it.
     */
    run_branch_head: gitSha,
    /**
     * A fast-forward of the run branch that was decided and recorded before git moved the
     * branch, so a crash between the move and the pass record resumes exactly once.
     */
    pending_fast_forward: PendingFastForwardSchema.nullable(),
    created_at_utc: isoTime,
    updated_at_utc: isoTime,
    current_state: stateId,
    current_item_id: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().nullable(),
    options: _policy_runtime_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .RecordedRuntimeOptionsSchema */ .au,
    items: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(ItemRunStateSchema).min(1),
    event_log: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(RunEventSchema),
    /** Every agent call of the run, in order: tokens, time, model, cost (docs/operator-guide.md). */
    agent_calls: zod__WEBPACK_IMPORTED_MODULE_5__/* .array */ .YOg(_usage_js__WEBPACK_IMPORTED_MODULE_2__/* .AgentCallRecordSchema */ .kz).default([]),
    runtime_policy_path: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().nullable(),
    runtime_policy_sha256: sha256.nullable(),
    runtime_policy_sources: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(_policy_runtime_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .POLICY_SOURCES */ .Kl)).nullable(),
    /** Null in a run saved before runs recorded their agents: it resumes with codex-claude. */
    agents: RunAgentsSchema.nullable().default(null)
});
const EMPTY_LATEST_PATHS = {
    item_context_path: null,
    execution_report_path: null,
    verification_report_path: null,
    codex_audit_report_path: null,
    claude_audit_report_path: null,
    triage_report_path: null,
    fix_report_path: null,
    artifact_manifest_path: null,
    manual_gate_path: null,
    escalation_manifest_path: null
};
const RuntimePolicySnapshotSchema = zod__WEBPACK_IMPORTED_MODULE_5__/* .strictObject */ .rej({
    schema_version: zod__WEBPACK_IMPORTED_MODULE_5__/* .literal */ .euz('plan_orchestrator.runtime_policy.v1'),
    resolved_at_utc: isoTime,
    repo_control_plane_path: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().nullable(),
    overlay_control_plane_path: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().nullable(),
    sources: zod__WEBPACK_IMPORTED_MODULE_5__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(_policy_runtime_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .POLICY_SOURCES */ .Kl)),
    options: _policy_runtime_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .RecordedRuntimeOptionsSchema */ .au
});


/***/ }),

/***/ 47131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vl: () => (/* binding */ BudgetStopSchema),
/* harmony export */   eM: () => (/* binding */ USAGE_SUMMARY_VERSION),
/* harmony export */   ji: () => (/* binding */ USAGE_FILE),
/* harmony export */   kz: () => (/* binding */ AgentCallRecordSchema)
/* harmony export */ });
/* unused harmony exports TokenCountsSchema, COST_SOURCES, BUDGET_LIMITS, UsageTotalsSchema, BudgetLimitsSchema, AttemptUsageSchema, ItemUsageSchema, UsageSummarySchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64377);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92857);
/* harmony import */ var _run_lifecycle_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95413);
/* harmony import */ var _vocabulary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8610);



/**
 * What each agent call used and cost, as `run_state.json` records it (`agent_calls`), and the
 * totals per attempt, item and run derived from those records (`usage.json`, `status`).
 *
 * Token counts follow one convention whatever the CLI: `input` is every input token the model
 * read, cache reads and cache writes included; `output` is every output token, reasoning
 * included. Cost is in USD: the CLI's own figure where it reports one (claude), else the
 * run's price table (codex); `null` when neither knows, which is never shown as 0.
 */
const USAGE_SUMMARY_VERSION = 'plan_orchestrator.usage_summary.v1';
/**
 * `usage.json` in the run's control directory (`runs/<RUN>/usage.json`, in the state
 * artifact): a `UsageSummary`, rewritten after every agent call. Derived: `agent_calls` in
 * run_state.json is the record, and `runUsageSummary(state)` rebuilds this from it.
 */
const USAGE_FILE = 'usage.json';
const isoTime = zod__WEBPACK_IMPORTED_MODULE_1__/* .datetime */ .w$();
const count = zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().min(0);
const usd = zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0);
const TokenCountsSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    input: count,
    cached_input: count,
    cache_write: count,
    output: count,
    /** Part of `output`; null when the CLI does not say (claude). */
    reasoning: count.nullable(),
    /** input + output. */
    total: count
});
/** Where a call's cost comes from. */
const COST_SOURCES = ['cli', 'price_table'];
const AgentCallRecordSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    item_id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(_vocabulary_js__WEBPACK_IMPORTED_MODULE_3__/* .ITEM_ID_PATTERN */ .vg),
    attempt_number: zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().min(1),
    lane: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_run_lifecycle_js__WEBPACK_IMPORTED_MODULE_0__/* .LANES */ .Ci),
    /** `<stage>.round-<k>`, e.g. `execute.round-0`. */
    cycle: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    /** The adapter that served the call: `codex`, `claude` or `scripted`. */
    agent: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    /** The call's outcome (`ok`, `timeout`, `exit_nonzero`, \u2026). */
    status: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    started_at_utc: isoTime,
    duration_ms: count,
    model: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).nullable(),
    effort: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).nullable(),
    /** Null: the CLI reported no usage (e.g. it was killed before its last event). */
    tokens: TokenCountsSchema.nullable(),
    cost_usd: usd.nullable(),
    cost_source: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(COST_SOURCES).nullable()
});
const BUDGET_LIMITS = [
    'max_cost_usd_per_item',
    'max_cost_usd_per_run',
    'max_tokens_per_item'
];
/** Why and where an item stopped for its budget: the figures behind `budget_exhausted`. */
const BudgetStopSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    limit: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(BUDGET_LIMITS),
    limit_value: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0),
    /** USD for the cost limits, tokens for `max_tokens_per_item`. */
    spent: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0),
    unit: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['usd', 'tokens']),
    /** Calls whose cost is unknown, not counted in `spent` (cost limits only). */
    calls_without_cost: count,
    checked: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['before_call', 'after_call']),
    lane: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_run_lifecycle_js__WEBPACK_IMPORTED_MODULE_0__/* .LANES */ .Ci),
    cycle: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    attempt_number: zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().min(1),
    at_utc: isoTime,
    message: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1)
});
const UsageTotalsSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    calls: count,
    duration_ms: count,
    input_tokens: count,
    cached_input_tokens: count,
    cache_write_tokens: count,
    output_tokens: count,
    reasoning_tokens: count,
    total_tokens: count,
    /** Calls that reported no tokens: the token figures leave them out. */
    calls_without_usage: count,
    /** Null when any call's cost is unknown; `known_cost_usd` is then a lower bound. */
    cost_usd: usd.nullable(),
    known_cost_usd: usd,
    calls_without_cost: count
});
const BudgetLimitsSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    max_cost_usd_per_item: usd.nullable(),
    max_cost_usd_per_run: usd.nullable(),
    max_tokens_per_item: count.nullable()
});
const AttemptUsageSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    attempt_number: zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().min(1),
    totals: UsageTotalsSchema,
    calls: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(AgentCallRecordSchema)
});
const ItemUsageSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    item_id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(_vocabulary_js__WEBPACK_IMPORTED_MODULE_3__/* .ITEM_ID_PATTERN */ .vg),
    totals: UsageTotalsSchema,
    attempts: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(AttemptUsageSchema),
    /** Set while the item's latest attempt stopped on a budget (terminal reason budget_exhausted). */
    budget_stop: BudgetStopSchema.nullable()
});
/** `usage.json` in the run's control directory, and `usage` in `status --format json`. */
const UsageSummarySchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    schema_version: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(USAGE_SUMMARY_VERSION),
    run_id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    limits: BudgetLimitsSchema,
    run: UsageTotalsSchema,
    items: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(ItemUsageSchema)
});


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

/***/ 45770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ oneLine)
/* harmony export */ });
/**
 * Text that came from an agent, a report or another process, made safe to print or store as
 * one line. Every character that can end a line for some reader, move the cursor, start a
 * terminal escape sequence or reorder what a person sees is replaced, so a line read in a
 * terminal, a log file, the job log or a JSON-lines reader is the line that was written.
 *
 * The classes replaced:
 * - C0 controls U+0000\u2013U+001F (TAB, LF, VT, FF, CR, ESC, \u2026) and DEL U+007F;
 * - C1 controls U+0080\u2013U+009F (NEL U+0085 ends a line for some readers; CSI U+009B starts a
 *   terminal escape sequence);
 * - the line and paragraph separators U+2028 and U+2029;
 * - bidirectional formatting controls (U+061C, U+200E, U+200F, U+202A\u2013U+202E, U+2066\u2013U+2069),
 *   which make text display in another order than it is stored.
 */
const CONTROL_CHARACTERS = /[\p{Cc}\p{Zl}\p{Zp}\p{Bidi_Control}]+/gu;
/** `text` with each run of control characters replaced by one space (nothing else changes). */
function oneLine(text) {
    return text.replace(CONTROL_CHARACTERS, ' ');
}


/***/ }),

/***/ 22334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ isoSeconds)
/* harmony export */ });
/** UTC time to the second, `2026-11-25T12:00:00Z`: the one timestamp format of every artifact. */
function isoSeconds(date) {
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}


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


/***/ }),

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   m2: () => (/* binding */ UserInputError)
/* harmony export */ });
/* unused harmony export UsageError */
/**
 * Errors that reach the user as a message and an exit code, never as a stack trace.
 * Anything else that escapes is an internal error.
 */
class UserInputError extends Error {
    name = 'UserInputError';
    exitCode = 1;
}
/** Bad command-line usage: exit code 2, like other Unix tools. */
class UsageError extends (/* unused pure expression or super */ null && (Error)) {
    name = 'UsageError';
    exitCode = 2;
}
function describeError(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}


/***/ })

};
