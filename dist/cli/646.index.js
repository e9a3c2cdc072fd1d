export const id = 646;
export const ids = [646,525,14];
export const modules = {

/***/ 7014:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.writeFileAtomically = writeFileAtomically;
const atomically_1 = __webpack_require__(5847);
/**
 * Writes a whole file or nothing: a temporary file in the same directory is written,
 * flushed to disk and renamed over the target, so a crash never leaves half a file.
 */
async function writeFileAtomically(path, text) {
    await (0, atomically_1.writeFile)(path, text, { encoding: 'utf8', fsync: true, fsyncWait: true });
}


/***/ }),

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
exports.HARDENED_CONFIG = void 0;
exports.hardenedGitEnv = hardenedGitEnv;
exports.runGit = runGit;
exports.runGitForExitCode = runGitForExitCode;
/**
 * The one place that spawns git (through simple-git). Every orchestrator git call gets the
 * same hardened configuration and environment, because the repository's own configuration
 * is partly writable by the agent running in a worktree (hooks and config live in the shared
 * git directory) and partly the user's (global hooks, signing):
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
const node_fs_1 = __webpack_require__(3024);
const simple_git_1 = __webpack_require__(9065);
const child_env_js_1 = __webpack_require__(804);
const errors_js_1 = __webpack_require__(8668);
exports.HARDENED_CONFIG = [
    'core.hooksPath=/dev/null',
    'commit.gpgSign=false',
    'core.fsmonitor=false'
];
/** Variables simple-git refuses to pass on (they name programs git may run); git needs none. */
const DROPPED_VARIABLES = new Set(['EDITOR', 'VISUAL', 'PAGER', 'PREFIX', 'SSH_ASKPASS']);
function hardenedGitEnv(base = process.env) {
    const env = {};
    for (const [name, value] of Object.entries(base)) {
        if (value === undefined)
            continue;
        if (name.toUpperCase().startsWith('GIT_') || DROPPED_VARIABLES.has(name.toUpperCase()))
            continue;
        if ((0, child_env_js_1.matchesAny)(name, child_env_js_1.NEVER_PASSED_ENV))
            continue;
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
/** simple-git only fails on a non-zero exit when git wrote to stderr; we want every exit code. */
class GitExitError extends simple_git_1.GitError {
    exitCode;
    stderr;
    constructor(exitCode, stderr) {
        super(undefined, stderr);
        this.exitCode = exitCode;
        this.stderr = stderr;
    }
}
function envConfigVariables(entries) {
    const env = { GIT_CONFIG_COUNT: String(entries.length) };
    entries.forEach(([key, value], index) => {
        env[`GIT_CONFIG_KEY_${index}`] = key;
        env[`GIT_CONFIG_VALUE_${index}`] = value;
    });
    return env;
}
function newClient(cwd, envConfig) {
    try {
        return (0, simple_git_1.simpleGit)({
            baseDir: cwd,
            config: exports.HARDENED_CONFIG,
            trimmed: false,
            unsafe: {
                allowUnsafeHooksPath: true,
                allowUnsafeFsMonitor: true,
                // Only the calls that bring their own configuration set GIT_CONFIG_COUNT.
                allowUnsafeConfigEnvCount: envConfig.length > 0
            },
            errors: (error, result) => result.exitCode === 0
                ? error
                : new GitExitError(result.exitCode, Buffer.concat(result.stdErr).toString('utf8'))
        });
    }
    catch (error) {
        throw new errors_js_1.GitAdapterError('not_a_repository', `cannot run git in ${cwd}: ${error instanceof Error ? error.message : String(error)}`);
    }
}
/**
 * Idle clients per directory, for calls without `envConfig`. Building a simple-git instance
 * (its plugins, loggers and scheduler) for every call allocated enough to make the heap and
 * the RSS grow with every process a run spawned (docs/performance.md#memory); an instance is
 * reused only by one call at a time, because calls on one instance queue behind each other
 * and a failed call drops the instance's queued calls.
 */
const idleClients = new Map();
const MAX_POOLED_DIRECTORIES = 8;
const MAX_IDLE_PER_DIRECTORY = 4;
function acquire(cwd) {
    const idle = idleClients.get(cwd);
    const reused = idle?.pop();
    if (idle !== undefined && idle.length === 0)
        idleClients.delete(cwd);
    // A fresh client refuses a directory that is gone (a removed worktree); so does a reused one.
    return reused !== undefined && isDirectory(cwd) ? reused : newClient(cwd, []);
}
function isDirectory(path) {
    try {
        return (0, node_fs_1.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
function release(cwd, client) {
    const idle = idleClients.get(cwd) ?? [];
    if (idle.length >= MAX_IDLE_PER_DIRECTORY)
        return;
    // Most recently used last, so the oldest directory is the first key to drop.
    idleClients.delete(cwd);
    idleClients.set(cwd, [...idle, client]);
    for (const oldest of idleClients.keys()) {
        if (idleClients.size <= MAX_POOLED_DIRECTORIES)
            break;
        idleClients.delete(oldest);
    }
}
/** Runs `args` with a client of its own for the duration of the call. */
async function withClient(cwd, args, options) {
    const envConfig = options.envConfig ?? [];
    const pooled = envConfig.length === 0;
    const client = pooled ? acquire(cwd) : newClient(cwd, envConfig);
    // The environment is read at every call, as a fresh client would.
    client.env({
        ...hardenedGitEnv(),
        ...(envConfig.length > 0 ? envConfigVariables(envConfig) : {})
    });
    const stdout = await client.raw([...args]);
    // A client whose call failed is dropped: simple-git resets its queue after a failure.
    if (pooled)
        release(cwd, client);
    return stdout;
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
        return await withClient(cwd, args, options);
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
        return { exitCode: 0, stdout: await withClient(cwd, args, options) };
    }
    catch (error) {
        if (error instanceof GitExitError && answers.includes(error.exitCode))
            return { exitCode: error.exitCode, stdout: '' };
        throw toAdapterError(cwd, args, error);
    }
}


/***/ }),

/***/ 8971:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GITLINK_MODE = exports.SYMLINK_MODE = void 0;
exports.parseRawDiff = parseRawDiff;
exports.parseStatusV2 = parseStatusV2;
exports.parseStatusBranchOid = parseStatusBranchOid;
exports.parseHiddenIndexEntries = parseHiddenIndexEntries;
exports.parseNulList = parseNulList;
exports.SYMLINK_MODE = '120000';
exports.GITLINK_MODE = '160000';
const ABSENT_MODE = '000000';
function records(output) {
    const parts = output.split('\0');
    if (parts.at(-1) === '')
        parts.pop();
    return parts;
}
/** Splits off `count` space-separated fields; the remainder (which may hold spaces) is the path. */
function fieldsAndRest(record, count) {
    const fields = [];
    let position = 0;
    for (let index = 0; index < count; index += 1) {
        const space = record.indexOf(' ', position);
        if (space === -1)
            throw new Error(`unexpected git record: ${JSON.stringify(record)}`);
        fields.push(record.slice(position, space));
        position = space + 1;
    }
    return { fields, rest: record.slice(position) };
}
function kindFromLetter(letter) {
    if (letter === 'A')
        return 'added';
    if (letter === 'D')
        return 'deleted';
    if (letter === 'T')
        return 'type_changed';
    return 'modified';
}
/**
 * `git diff-tree -r -z --raw --no-renames --no-abbrev` (and `diff-index`): each change is
 * `:<old mode> <new mode> <old id> <new id> <status>` NUL `<path>` NUL.
 */
function parseRawDiff(output) {
    const parts = records(output);
    const changes = [];
    for (let index = 0; index < parts.length; index += 1) {
        const header = parts[index] ?? '';
        if (!header.startsWith(':'))
            throw new Error(`unexpected git diff record: ${header}`);
        const [, newMode = '', , newObject = '', status = ''] = header.slice(1).split(' ');
        const letter = status.charAt(0);
        // Renames and copies carry two paths; --no-renames should prevent them, but if a
        // configuration ever brings them back, count them as delete + add, not as one path.
        if (letter === 'R' || letter === 'C') {
            const from = parts[index + 1] ?? '';
            const to = parts[index + 2] ?? '';
            if (letter === 'R')
                changes.push({ path: from, kind: 'deleted', newMode: ABSENT_MODE });
            changes.push({ path: to, kind: 'added', newMode, newObject });
            index += 2;
            continue;
        }
        const path = parts[index + 1] ?? '';
        changes.push({ path, kind: kindFromLetter(letter), newMode, newObject });
        index += 1;
    }
    return changes;
}
function statusKind(xy, worktreeMode) {
    const [x = '.', y = '.'] = xy;
    if (y === 'D' || worktreeMode === ABSENT_MODE)
        return 'deleted';
    if (x === 'T' || y === 'T')
        return 'type_changed';
    if (x === 'A')
        return 'added';
    return 'modified';
}
/**
 * `git status --porcelain=v2 -z --untracked-files=all [--no-renames]`. Ordinary entries
 * (`1`), unmerged (`u`), renames (`2`, split into delete + add) and untracked (`?`); ignored
 * (`!`) and header (`#`) records are not changes.
 */
function parseStatusV2(output) {
    const parts = records(output);
    const changes = [];
    for (let index = 0; index < parts.length; index += 1) {
        const record = parts[index] ?? '';
        const type = record.charAt(0);
        if (type === '1') {
            const { fields, rest } = fieldsAndRest(record, 8);
            const worktreeMode = fields[5] ?? '';
            changes.push({
                path: rest,
                kind: statusKind(fields[1] ?? '', worktreeMode),
                newMode: worktreeMode
            });
        }
        else if (type === 'u') {
            const { fields, rest } = fieldsAndRest(record, 10);
            changes.push({ path: rest, kind: 'modified', newMode: fields[6] ?? '' });
        }
        else if (type === '2') {
            const { fields, rest } = fieldsAndRest(record, 9);
            const original = parts[index + 1] ?? '';
            index += 1;
            changes.push({ path: original, kind: 'deleted', newMode: ABSENT_MODE });
            changes.push({ path: rest, kind: 'added', newMode: fields[5] ?? '' });
        }
        else if (type === '?') {
            const path = record.slice(2);
            // With --untracked-files=all git only prints a directory for a nested repository.
            if (path.endsWith('/'))
                changes.push({
                    path: path.slice(0, -1),
                    kind: 'added',
                    newMode: '',
                    nestedRepository: true
                });
            else
                changes.push({ path, kind: 'added', newMode: '' });
        }
    }
    return changes;
}
/**
 * The commit HEAD names, from the `# branch.oid` header that `git status --porcelain=v2
 * --branch` prints before its entries; undefined before the first commit.
 */
function parseStatusBranchOid(output) {
    for (const record of records(output)) {
        if (!record.startsWith('# '))
            return undefined;
        if (record.startsWith('# branch.oid ')) {
            const oid = record.slice('# branch.oid '.length);
            return /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(oid) ? oid : undefined;
        }
    }
    return undefined;
}
/**
 * `git ls-files -v -z`: `<tag> <path>`. A lowercase tag marks an assume-unchanged entry and
 * `S` a skip-worktree entry; both make git ignore worktree edits of that path.
 */
function parseHiddenIndexEntries(output) {
    return records(output)
        .filter((record) => {
        const tag = record.charAt(0);
        return tag === 'S' || tag !== tag.toUpperCase();
    })
        .map((record) => record.slice(2));
}
/** Output of a command with a `%00`-terminated format (for-each-ref) or `-z` name list. */
function parseNulList(output) {
    return records(output);
}


/***/ }),

/***/ 6525:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseRunState = exports.RunStateUnreadableError = void 0;
exports.loadRunState = loadRunState;
exports.saveRunState = saveRunState;
exports.writeJson = writeJson;
exports.writeText = writeText;
exports.listRunIds = listRunIds;
exports.findRun = findRun;
exports.belongsHere = belongsHere;
exports.anchorRestoredRun = anchorRestoredRun;
exports.stateBelongsHere = stateBelongsHere;
const node_crypto_1 = __webpack_require__(7598);
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const layout_js_1 = __webpack_require__(8951);
const run_id_js_1 = __webpack_require__(4340);
const run_state_js_1 = __webpack_require__(2221);
const errors_js_1 = __webpack_require__(3916);
const run_state_file_js_1 = __webpack_require__(7703);
const atomic_file_js_1 = __webpack_require__(7014);
var run_state_file_js_2 = __webpack_require__(7703);
Object.defineProperty(exports, "RunStateUnreadableError", ({ enumerable: true, get: function () { return run_state_file_js_2.RunStateUnreadableError; } }));
Object.defineProperty(exports, "parseRunState", ({ enumerable: true, get: function () { return run_state_file_js_2.parseRunState; } }));
/**
 * run_state.json on disk: validated on every read, written whole and atomically on every
 * save. A damaged file is reported by what is wrong with it, never half-read.
 */
async function loadRunState(layout) {
    const path = layout.runStatePath;
    const text = await (0, promises_1.readFile)(path, 'utf8').catch((error) => {
        const missing = error.code === 'ENOENT';
        throw new run_state_file_js_1.RunStateUnreadableError(path, 'missing', missing ? `no run state (is ${layout.runId} a run id?)` : String(error));
    });
    return (0, run_state_file_js_1.parseRunState)(path, text);
}
/** Validates and saves the state; returns the sha256 of the text written. */
async function saveRunState(layout, state) {
    const text = runStateText(run_state_js_1.RunStateSchema.parse(state));
    await writeText(layout.runStatePath, text);
    return (0, node_crypto_1.createHash)('sha256').update(text).digest('hex');
}
function runStateText(state) {
    return `${JSON.stringify(state, null, 2)}\n`;
}
async function writeJson(path, value) {
    await (0, promises_1.mkdir)((0, node_path_1.dirname)(path), { recursive: true });
    await (0, atomic_file_js_1.writeFileAtomically)(path, `${JSON.stringify(value, null, 2)}\n`);
}
async function writeText(path, text) {
    await (0, promises_1.mkdir)((0, node_path_1.dirname)(path), { recursive: true });
    await (0, atomic_file_js_1.writeFileAtomically)(path, text);
}
/** Run ids that have a control directory, newest first by name; other names are not runs. */
async function listRunIds(repoRoot) {
    const entries = await (0, promises_1.readdir)((0, node_path_1.join)(repoRoot, layout_js_1.CONTROL_ROOT), { withFileTypes: true }).catch(() => []);
    return entries
        .filter((entry) => entry.isDirectory() && (0, run_id_js_1.isRunId)(entry.name))
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
    const problem = (0, run_id_js_1.runIdProblem)(runId);
    if (problem !== undefined)
        throw new errors_js_1.UserInputError(problem);
    const layout = (0, layout_js_1.runLayout)(repoRoot, runId);
    const info = await (0, promises_1.lstat)(layout.controlDir).catch(() => undefined);
    if (info === undefined || !info.isDirectory())
        throw new errors_js_1.UserInputError((0, run_id_js_1.noSuchRunMessage)(runId));
    const owner = await recordedRepoRoot(layout);
    if (owner !== undefined && !(await sameDirectory(owner, repoRoot)))
        throw new errors_js_1.UserInputError((0, run_id_js_1.noSuchRunMessage)(runId, `its run state belongs to ${printable(owner)}`));
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
        const json = JSON.parse(await (0, promises_1.readFile)(layout.runStatePath, 'utf8'));
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
    const [left, right] = await Promise.all([a, b].map((path) => (0, promises_1.realpath)(path).catch(() => undefined)));
    return left !== undefined && left === right;
}
function printable(text) {
    const control = [...text].some((char) => char.charCodeAt(0) < 0x20 || char === '\x7f');
    return control ? JSON.stringify(text) : text;
}


/***/ }),

/***/ 7703:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RunStateUnreadableError = void 0;
exports.parseRunState = parseRunState;
const run_state_js_1 = __webpack_require__(2221);
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
exports.RunStateUnreadableError = RunStateUnreadableError;
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
    const parsed = run_state_js_1.RunStateSchema.safeParse(json);
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

/***/ 2221:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RuntimePolicySnapshotSchema = exports.EMPTY_LATEST_PATHS = exports.RunStateSchema = exports.RunAgentsSchema = exports.AGENT_SETS = exports.PendingFastForwardSchema = exports.RunEventSchema = exports.ItemRunStateSchema = exports.LatestPathsSchema = exports.ACTORS = exports.RUN_ID_PATTERN = exports.RUN_STATE_VERSION = void 0;
const zod_1 = __webpack_require__(924);
const runtime_policy_js_1 = __webpack_require__(1181);
const states_js_1 = __webpack_require__(6915);
const usage_js_1 = __webpack_require__(7131);
const vocabulary_js_1 = __webpack_require__(8610);
const run_id_js_1 = __webpack_require__(4340);
Object.defineProperty(exports, "RUN_ID_PATTERN", ({ enumerable: true, get: function () { return run_id_js_1.RUN_ID_PATTERN; } }));
/**
 * `run_state.json`: the one authoritative record of a run. Validated on every read and
 * written atomically on every change, so it doubles as a journal a crashed run resumes from.
 */
exports.RUN_STATE_VERSION = 'plan_orchestrator.run_state.v1';
const isoTime = zod_1.z.iso.datetime();
const sha256 = zod_1.z.string().regex(/^[0-9a-f]{64}$/);
const gitSha = zod_1.z.string().regex(/^[0-9a-f]{7,64}$/);
const stateId = zod_1.z.enum(states_js_1.STATE_IDS);
exports.ACTORS = ['orchestrator', 'codex', 'claude', 'human', 'git', 'verification'];
exports.LatestPathsSchema = zod_1.z.strictObject({
    item_context_path: zod_1.z.string().nullable(),
    execution_report_path: zod_1.z.string().nullable(),
    verification_report_path: zod_1.z.string().nullable(),
    codex_audit_report_path: zod_1.z.string().nullable(),
    claude_audit_report_path: zod_1.z.string().nullable(),
    triage_report_path: zod_1.z.string().nullable(),
    fix_report_path: zod_1.z.string().nullable(),
    artifact_manifest_path: zod_1.z.string().nullable(),
    manual_gate_path: zod_1.z.string().nullable(),
    escalation_manifest_path: zod_1.z.string().nullable()
});
exports.ItemRunStateSchema = zod_1.z.strictObject({
    item_id: zod_1.z.string().regex(vocabulary_js_1.ITEM_ID_PATTERN),
    order: zod_1.z.int().min(1),
    state: stateId,
    attempt_number: zod_1.z.int().min(1),
    fix_rounds_completed: zod_1.z.int().min(0),
    remediation_rounds_completed: zod_1.z.int().min(0),
    manual_gate_status: zod_1.z.enum(['not_required', 'pending', 'approved', 'rejected']),
    external_check_status: zod_1.z.enum(['not_required', 'pending_evidence', 'resolved']),
    branch_name: zod_1.z.string().nullable(),
    worktree_path: zod_1.z.string().nullable(),
    /** Commit the attempt started from (the run branch tip when the worktree was made). */
    base_ref: gitSha.nullable(),
    checkpoint_ref: gitSha.nullable(),
    terminal_state: zod_1.z.enum(['none', ...states_js_1.TERMINALS]),
    terminal_summary: zod_1.z.string().nullable(),
    latest_paths: exports.LatestPathsSchema,
    /**
     * The last time a budget limit stopped this item (figures of its `budget_exhausted`); it
     * stands for the terminal reason while `attempt_number` is the attempt it names.
     */
    budget_stop: usage_js_1.BudgetStopSchema.nullable().default(null),
    updated_at_utc: isoTime
});
exports.RunEventSchema = zod_1.z.strictObject({
    at_utc: isoTime,
    state: stateId,
    actor: zod_1.z.enum(exports.ACTORS),
    item_id: zod_1.z.string().nullable(),
    message: zod_1.z.string().min(1)
});
exports.PendingFastForwardSchema = zod_1.z.strictObject({
    item_id: zod_1.z.string().regex(vocabulary_js_1.ITEM_ID_PATTERN),
    attempt_number: zod_1.z.int().min(1),
    from: gitSha,
    to: gitSha,
    recorded_at_utc: isoTime
});
exports.AGENT_SETS = ['codex-claude', 'scripted'];
/**
 * Which agents do the run's work, so that `resume`, `supervise resume`, `doctor` and every
 * printed hint continue it with them unless told otherwise (docs/operator-guide.md, "Runs
 * remember their agents"). A scripted run plays its own copy of the scenario, kept in the
 * run's directory under its sha256 (`scenarios/<sha256>.json`).
 */
exports.RunAgentsSchema = zod_1.z
    .strictObject({
    set: zod_1.z.enum(exports.AGENT_SETS),
    scenario: zod_1.z
        .strictObject({
        /** The file as it was given: repo-relative when inside the repository, else absolute. */
        source_path: zod_1.z.string().min(1),
        sha256
    })
        .nullable()
})
    .refine((agents) => (agents.set === 'scripted') === (agents.scenario !== null), {
    message: 'a scenario belongs to scripted agents, and scripted agents need one'
});
exports.RunStateSchema = zod_1.z.strictObject({
    schema_version: zod_1.z.literal(exports.RUN_STATE_VERSION),
    run_id: run_id_js_1.RunIdSchema,
    adapter_id: zod_1.z.literal('markdown_playbook_v1'),
    repo_root: zod_1.z.string().min(1),
    playbook_source_path: zod_1.z.string().min(1),
    playbook_source_sha256: sha256,
    normalized_plan_path: zod_1.z.string().min(1),
    base_head_sha: gitSha,
    run_branch_name: zod_1.z.string().min(1),
    /**
     * Where the run branch must point: the base commit, then the checkpoint of the last passed
     * (or approved) item. Every command compares the branch with it before building on it.
     */
    run_branch_head: gitSha,
    /**
     * A fast-forward of the run branch that was decided and recorded before git moved the
     * branch, so a crash between the move and the pass record resumes exactly once.
     */
    pending_fast_forward: exports.PendingFastForwardSchema.nullable(),
    created_at_utc: isoTime,
    updated_at_utc: isoTime,
    current_state: stateId,
    current_item_id: zod_1.z.string().nullable(),
    options: runtime_policy_js_1.RecordedRuntimeOptionsSchema,
    items: zod_1.z.array(exports.ItemRunStateSchema).min(1),
    event_log: zod_1.z.array(exports.RunEventSchema),
    /** Every agent call of the run, in order: tokens, time, model, cost (docs/operator-guide.md). */
    agent_calls: zod_1.z.array(usage_js_1.AgentCallRecordSchema).default([]),
    runtime_policy_path: zod_1.z.string().nullable(),
    runtime_policy_sha256: sha256.nullable(),
    runtime_policy_sources: zod_1.z.record(zod_1.z.string(), zod_1.z.enum(runtime_policy_js_1.POLICY_SOURCES)).nullable(),
    /** Null in a run saved before runs recorded their agents: it resumes with codex-claude. */
    agents: exports.RunAgentsSchema.nullable().default(null)
});
exports.EMPTY_LATEST_PATHS = {
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
exports.RuntimePolicySnapshotSchema = zod_1.z.strictObject({
    schema_version: zod_1.z.literal('plan_orchestrator.runtime_policy.v1'),
    resolved_at_utc: isoTime,
    repo_control_plane_path: zod_1.z.string().nullable(),
    overlay_control_plane_path: zod_1.z.string().nullable(),
    sources: zod_1.z.record(zod_1.z.string(), zod_1.z.enum(runtime_policy_js_1.POLICY_SOURCES)),
    options: runtime_policy_js_1.RecordedRuntimeOptionsSchema
});


/***/ })

};

//# sourceMappingURL=646.index.js.map