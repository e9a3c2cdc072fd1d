export const id = 478;
export const ids = [478,981,338];
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

/***/ 9355:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.commitsSince = commitsSince;
exports.isAncestor = isAncestor;
/**
 * The commits of a branch since a base, for provenance: written for a passed item (the
 * commits of its change) and walked by `verify` (every commit of the run branch).
 */
const git_runner_js_1 = __webpack_require__(3338);
/** Every commit reachable from `tip` but not from `base`, oldest first, with its parents. */
async function commitsSince(cwd, base, tip) {
    const output = await (0, git_runner_js_1.runGit)(cwd, [
        'rev-list',
        '--reverse',
        '--topo-order',
        '--parents',
        '--end-of-options',
        tip,
        `^${base}`
    ]);
    return output
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => {
        const [sha = '', ...parents] = line.trim().split(' ');
        return { sha, parents };
    });
}
/** Whether `ancestor` is `descendant` or one of its ancestors. */
async function isAncestor(cwd, ancestor, descendant) {
    const { exitCode } = await (0, git_runner_js_1.runGitForExitCode)(cwd, [
        'merge-base',
        '--is-ancestor',
        ancestor,
        descendant
    ]);
    return exitCode === 0;
}


/***/ }),

/***/ 3739:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.repoRoot = repoRoot;
exports.tryResolveCommit = tryResolveCommit;
exports.resolveCommit = resolveCommit;
exports.headSha = headSha;
exports.isCleanTracked = isCleanTracked;
exports.identity = identity;
exports.isPathIgnored = isPathIgnored;
exports.branchSha = branchSha;
exports.branchTips = branchTips;
exports.assertBranchName = assertBranchName;
exports.createRunBranch = createRunBranch;
exports.isAncestor = isAncestor;
exports.fastForward = fastForward;
exports.fastForwardListing = fastForwardListing;
exports.createRefreshBranch = createRefreshBranch;
/**
 * Repository-level git operations: discovery, preflight checks (identity, clean tracked
 * checkout) and the refs the orchestrator owns (run branch, refresh branches, fast-forward).
 */
const errors_js_1 = __webpack_require__(8668);
const git_runner_js_1 = __webpack_require__(3338);
const history_js_1 = __webpack_require__(9355);
const z_output_js_1 = __webpack_require__(8971);
const FULL_OBJECT_ID = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
function withoutFinalNewline(text) {
    return text.endsWith('\n') ? text.slice(0, -1) : text;
}
/** The top-level directory of the working tree that contains `cwd`. */
async function repoRoot(cwd) {
    return withoutFinalNewline(await (0, git_runner_js_1.runGit)(cwd, ['rev-parse', '--show-toplevel']));
}
/** Full sha of the commit `ref` names, or undefined when it names none. */
async function tryResolveCommit(cwd, ref) {
    const { exitCode, stdout } = await (0, git_runner_js_1.runGitForExitCode)(cwd, [
        'rev-parse',
        '-q',
        '--verify',
        '--end-of-options',
        `${ref}^{commit}`
    ]);
    return exitCode === 0 ? stdout.trim() : undefined;
}
async function resolveCommit(cwd, ref) {
    const sha = await tryResolveCommit(cwd, ref);
    if (sha === undefined)
        throw new errors_js_1.GitAdapterError('unknown_ref', `${ref} does not name a commit`);
    return sha;
}
async function headSha(cwd) {
    return resolveCommit(cwd, 'HEAD');
}
/** Preflight `clean_tracked_checkout`: tracked changes fail it, untracked files do not. */
async function isCleanTracked(cwd) {
    const output = await (0, git_runner_js_1.runGit)(cwd, [
        'status',
        '--porcelain=v2',
        '-z',
        '--untracked-files=no',
        '--no-renames'
    ]);
    const dirtyPaths = [...new Set((0, z_output_js_1.parseStatusV2)(output).map((change) => change.path))];
    return { clean: dirtyPaths.length === 0, dirtyPaths };
}
async function configValue(cwd, key) {
    const { exitCode, stdout } = await (0, git_runner_js_1.runGitForExitCode)(cwd, ['config', '--get', key]);
    const value = stdout.trim();
    return exitCode === 0 && value !== '' ? value : undefined;
}
/** Preflight `git_identity`: both `user.name` and `user.email` must be set and non-empty. */
async function identity(cwd) {
    const name = await configValue(cwd, 'user.name');
    const email = await configValue(cwd, 'user.email');
    const missing = [];
    if (name === undefined)
        missing.push('user.name');
    if (email === undefined)
        missing.push('user.email');
    return { name, email, missing };
}
/** Whether git ignores `path` (the orchestrator needs `.local/` ignored by the repository). */
async function isPathIgnored(cwd, path) {
    const { exitCode } = await (0, git_runner_js_1.runGitForExitCode)(cwd, ['check-ignore', '-q', '--no-index', path]);
    return exitCode === 0;
}
async function branchSha(cwd, name) {
    return tryResolveCommit(cwd, `refs/heads/${name}`);
}
/**
 * The commits several branches point at, from one `git for-each-ref`: the sha, `null` when
 * the branch does not exist, or undefined when the tip is not a plain commit (the caller then
 * asks `branchSha`, which peels the way `rev-parse` does).
 */
async function branchTips(cwd, names) {
    const refs = names.map((name) => `refs/heads/${name}`);
    const output = await (0, git_runner_js_1.runGit)(cwd, [
        'for-each-ref',
        '--format=%(refname)%00%(objecttype)%00%(objectname)%00',
        ...refs
    ]);
    // Patterns also match refs below a name and glob characters: keep exact names only.
    const found = new Map();
    const fields = output.split('\0');
    for (let index = 0; index + 2 < fields.length; index += 3) {
        const name = (fields[index] ?? '').replace(/^\n/, '');
        found.set(name, fields[index + 1] === 'commit' ? fields[index + 2] : undefined);
    }
    const tips = new Map();
    names.forEach((name, index) => {
        const ref = refs[index] ?? '';
        tips.set(name, found.has(ref) ? found.get(ref) : null);
    });
    return tips;
}
async function assertBranchName(cwd, name) {
    const { exitCode } = await (0, git_runner_js_1.runGitForExitCode)(cwd, ['check-ref-format', `refs/heads/${name}`]);
    if (exitCode !== 0 || name.startsWith('-'))
        throw new errors_js_1.GitAdapterError('invalid_branch_name', `${name} is not a valid git branch name`);
}
/** Creates `refs/heads/<name>` at `sha` atomically; an empty old value means "must not exist". */
async function createBranchRef(cwd, name, sha) {
    const { exitCode } = await (0, git_runner_js_1.runGitForExitCode)(cwd, ['update-ref', '-m', 'plan-orchestrator: create branch', `refs/heads/${name}`, sha, ''], [1, 128]);
    return exitCode === 0;
}
/** Creates the run branch at `sha` unless it already exists; an existing branch is left alone. */
async function createRunBranch(cwd, name, sha) {
    await assertBranchName(cwd, name);
    const target = await resolveCommit(cwd, sha);
    const existing = await branchSha(cwd, name);
    if (existing !== undefined)
        return { created: false, sha: existing };
    if (await createBranchRef(cwd, name, target))
        return { created: true, sha: target };
    // Lost a race with another writer: report what is there now.
    return { created: false, sha: await resolveCommit(cwd, `refs/heads/${name}`) };
}
async function isAncestor(cwd, ancestor, descendant) {
    const { exitCode } = await (0, git_runner_js_1.runGitForExitCode)(cwd, [
        'merge-base',
        '--is-ancestor',
        ancestor,
        descendant
    ]);
    return exitCode === 0;
}
/**
 * Moves `branch` to the target only when the target descends from the branch, and only
 * if the branch still points where the caller expects (compare-and-swap in `update-ref`,
 * so a concurrent writer cannot be overwritten). Returns the new branch sha.
 */
async function fastForward(request) {
    return (await fastForwardListing(request)).sha;
}
/**
 * `fastForward`, also returning the commits the target adds to the branch (oldest first,
 * as `commitsSince` lists them) when the move took the short path, whose ancestry proof
 * lists them anyway.
 */
async function fastForwardListing(request) {
    const { repoRoot: cwd, branch, targetSha, expectedOldSha } = request;
    // Both as object ids: the ancestry proof and the compare-and-swap of `update-ref` (which
    // writes only a commit to a branch) prove everything the readings below would. Anything
    // that fails there takes the full path, whose checks name what is wrong.
    if (FULL_OBJECT_ID.test(targetSha) && FULL_OBJECT_ID.test(expectedOldSha)) {
        const commits = await (0, history_js_1.commitsSince)(cwd, expectedOldSha, targetSha).catch(() => undefined);
        if (commits !== undefined &&
            descends(commits, expectedOldSha, targetSha) &&
            (await moveBranch(cwd, branch, targetSha, expectedOldSha)))
            return { sha: targetSha, commits };
    }
    const current = await branchSha(cwd, branch);
    if (current === undefined)
        throw new errors_js_1.GitAdapterError('unknown_ref', `branch ${branch} does not exist`);
    if (current !== expectedOldSha)
        throw new errors_js_1.GitAdapterError('ref_moved', `branch ${branch} moved: expected ${expectedOldSha}, found ${current}`);
    const target = await resolveCommit(cwd, targetSha);
    if (!(await isAncestor(cwd, current, target)))
        throw new errors_js_1.GitAdapterError('not_fast_forward', `run branch cannot be fast-forwarded: ${target} does not descend from ${branch} (${current})`);
    if (!(await moveBranch(cwd, branch, target, current)))
        throw new errors_js_1.GitAdapterError('ref_moved', `branch ${branch} moved while fast-forwarding it`);
    return { sha: target };
}
/**
 * What `merge-base --is-ancestor base tip` answers, from `rev-list tip ^base --parents`:
 * when base is an ancestor of tip, the path from tip down to it passes through a child of
 * base that base cannot reach, which is listed with base among its parents; a listed commit
 * with base as a parent makes base reachable from tip.
 */
function descends(commits, base, tip) {
    return tip === base || commits.some((commit) => commit.parents.includes(base));
}
/** `update-ref` with the old value: false when the branch was not there any more. */
async function moveBranch(cwd, branch, to, from) {
    const { exitCode } = await (0, git_runner_js_1.runGitForExitCode)(cwd, ['update-ref', '-m', 'plan-orchestrator: fast-forward', `refs/heads/${branch}`, to, from], [1, 128]);
    return exitCode === 0;
}
/**
 * `refresh-run`: creates `orchestrator/run-refresh/<RUN>/<K>` (K the smallest unused positive
 * integer) at the target, which must descend from (or equal) the current run branch.
 */
async function createRefreshBranch(request) {
    const { repoRoot: cwd, runId, runBranch, targetRef } = request;
    const current = await branchSha(cwd, runBranch);
    if (current === undefined)
        throw new errors_js_1.GitAdapterError('unknown_ref', `branch ${runBranch} does not exist`);
    const target = await resolveCommit(cwd, targetRef);
    if (!(await isAncestor(cwd, current, target)))
        throw new errors_js_1.GitAdapterError('not_fast_forward', `run branch ${runBranch} cannot be refreshed to non-descendant ref ${targetRef}`);
    const prefix = `orchestrator/run-refresh/${runId}/`;
    await assertBranchName(cwd, `${prefix}1`);
    // Ref names cannot contain control characters, so one ref per line is unambiguous here.
    const listed = await (0, git_runner_js_1.runGit)(cwd, ['for-each-ref', '--format=%(refname)', `refs/heads/${prefix}`]);
    const used = new Set(listed.split('\n').map((ref) => ref.slice(`refs/heads/${prefix}`.length)));
    for (let k = 1;; k += 1) {
        if (used.has(String(k)))
            continue;
        const branch = `${prefix}${k}`;
        if (await createBranchRef(cwd, branch, target))
            return { branch, sha: target };
        // Only a concurrent writer taking the same K justifies another try.
        if ((await branchSha(cwd, branch)) === undefined)
            throw new errors_js_1.GitAdapterError('command_failed', `could not create branch ${branch}`);
        used.add(String(k));
    }
}


/***/ }),

/***/ 8971:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GITLINK_MODE = exports.SYMLINK_MODE = void 0;
exports.parseRawDiff = parseRawDiff;
exports.splitRawAndPatch = splitRawAndPatch;
exports.parseStatusV2 = parseStatusV2;
exports.parseIgnoredDirs = parseIgnoredDirs;
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
/**
 * `git diff-tree -z --patch-with-raw`: the raw records (`parseRawDiff`'s input), one more
 * NUL, then the patch text, which is returned as git wrote it.
 */
function splitRawAndPatch(output) {
    let position = 0;
    while (output.startsWith(':', position)) {
        const headerEnd = output.indexOf('\0', position);
        if (headerEnd < 0)
            throw new Error(`unexpected git diff record: ${output.slice(position)}`);
        const letter = output.slice(position, headerEnd).split(' ').at(-1)?.charAt(0);
        position = headerEnd + 1;
        for (let paths = letter === 'R' || letter === 'C' ? 2 : 1; paths > 0; paths -= 1) {
            const pathEnd = output.indexOf('\0', position);
            if (pathEnd < 0)
                throw new Error('unexpected end of git diff output');
            position = pathEnd + 1;
        }
    }
    const raw = output.slice(0, position);
    return { raw, patch: output.slice(output.charAt(position) === '\0' ? position + 1 : position) };
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
 * Directories a `git status --porcelain=v2 -z --ignored=matching` reported as ignored
 * (`! dir/`), without the slash: git looked no further into them.
 */
function parseIgnoredDirs(output) {
    return records(output)
        .filter((record) => record.startsWith('! ') && record.endsWith('/'))
        .map((record) => record.slice(2, -1));
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

/***/ 1478:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.runInit = runInit;
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const runtime_policy_js_1 = __webpack_require__(1181);
const errors_js_1 = __webpack_require__(3916);
const init_js_1 = __webpack_require__(9787);
const json_output_js_1 = __webpack_require__(8094);
const package_files_js_1 = __webpack_require__(7944);
const repo_root_js_1 = __webpack_require__(6981);
const shell_command_js_1 = __webpack_require__(1160);
const git_runner_js_1 = __webpack_require__(3338);
const repository_js_1 = __webpack_require__(3739);
/**
 * `init`: a starting point in the repository to change: a commented starter playbook, the
 * runtime policy with its defaults (`plan_orchestrator.json`, read from the top of the
 * repository), and a scenario that plays the starter's items without credentials. It never
 * overwrites a file: if one exists, nothing is written.
 */
const CONTROL_PLANE_VERSION = 'plan_orchestrator.control_plane.v1';
async function runInit(io, options) {
    const dir = options.dir === undefined
        ? await (0, repo_root_js_1.resolveRepoRoot)(io.cwd).catch(() => io.cwd)
        : (0, node_path_1.resolve)(io.cwd, options.dir);
    const info = await (0, promises_1.stat)(dir).catch(() => undefined);
    if (info?.isDirectory() !== true)
        throw new errors_js_1.UserInputError(`${dir}: no such directory`);
    const planned = [
        {
            name: init_js_1.STARTER_PLAYBOOK,
            what: 'a commented starter playbook: replace its two example items with your plan',
            write: (path) => copyNew((0, package_files_js_1.packageFile)('examples/starter/playbook.md'), path)
        },
        {
            name: 'plan_orchestrator.json',
            what: 'the runtime policy with its defaults (every key: docs/configuration.md)',
            write: (path) => (0, promises_1.writeFile)(path, (0, json_output_js_1.toJsonText)({
                schema_version: CONTROL_PLANE_VERSION,
                runtime_policy: runtime_policy_js_1.DEFAULT_OPTIONS
            }), { flag: 'wx' })
        },
        {
            name: 'scenario.json',
            what: 'a scenario that plays the starter items with --agents scripted (no credentials)',
            write: (path) => copyNew((0, package_files_js_1.packageFile)('examples/starter/scenario.json'), path)
        }
    ];
    const existing = (await Promise.all(planned.map(async (file) => (await (0, promises_1.stat)((0, node_path_1.join)(dir, file.name)).catch(() => undefined)) === undefined ? [] : [file.name]))).flat();
    if (existing.length > 0)
        throw new errors_js_1.UserInputError(`${existing.join(', ')} already ${existing.length === 1 ? 'exists' : 'exist'} in ${dir}; init never overwrites a file (move ${existing.length === 1 ? 'it' : 'them'} away or use --dir)`);
    for (const file of planned)
        await file.write((0, node_path_1.join)(dir, file.name));
    const ignored = await ignoreRunFiles(dir);
    const width = Math.max(...planned.map((file) => file.name.length)) + 6;
    const lines = planned.map((file) => `${`wrote ${file.name}`.padEnd(width)}  ${file.what}`);
    if (ignored !== undefined)
        lines.push(`${ignored.padEnd(width)}  run files stay out of git`);
    io.stdout(`${lines.join('\n')}\n\n${nextSteps(io, dir)}`);
}
async function copyNew(from, to) {
    await (0, promises_1.copyFile)(from, to, promises_1.constants.COPYFILE_EXCL);
}
/**
 * A run keeps its files under `.local/`, which `run` requires git to ignore. Adds the line
 * to `.gitignore` when git does not ignore it yet (a line appended, nothing rewritten).
 */
async function ignoreRunFiles(dir) {
    const inRepo = await (0, git_runner_js_1.runGit)(dir, ['rev-parse', '--is-inside-work-tree']).then(() => true, () => false);
    if (inRepo && (await (0, repository_js_1.isPathIgnored)(dir, '.local/').catch(() => false)))
        return undefined;
    const gitignore = (0, node_path_1.join)(dir, '.gitignore');
    const text = await (0, promises_1.readFile)(gitignore, 'utf8').catch(() => undefined);
    if (text !== undefined && /^\/?\.local\/?$/m.test(text))
        return undefined;
    const separator = text === undefined || text === '' || text.endsWith('\n') ? '' : '\n';
    await (0, promises_1.appendFile)(gitignore, `${separator}.local/\n`);
    return text === undefined ? 'wrote .gitignore' : 'added .local/ to .gitignore';
}
/** Each step stands alone (`cd '\u2026' && \u2026`): it works pasted into a new shell of its own. */
function nextSteps(io, dir) {
    const sh = (command) => `  cd ${(0, shell_command_js_1.shellQuote)(dir)} && ${command}`;
    const cli = (...words) => sh(`${(0, shell_command_js_1.thisCliCommand)(io)} ${(0, shell_command_js_1.shellLine)(words)}`);
    const scripted = ['--agents', 'scripted', '--scenario', 'scenario.json'];
    return [
        'Next steps (each line works pasted into a new shell, in this order):',
        '  # edit playbook.md, then check it (exit 1 and every problem with its line if it is wrong):',
        cli('lint', '--playbook', init_js_1.STARTER_PLAYBOOK),
        '  # a run starts from a commit: commit the playbook and the configuration',
        sh('git add -A && git commit -m "Add a plan-orchestrator playbook"'),
        '  # try the starter items without credentials, with the scripted agents:',
        cli('run', '--playbook', init_js_1.STARTER_PLAYBOOK, '--next', '--auto-advance', ...scripted),
        '  # then with the real agents (codex and claude on PATH and logged in):',
        cli('run', '--playbook', init_js_1.STARTER_PLAYBOOK, '--next', '--auto-advance'),
        '  # writing a playbook: docs/writing-a-playbook.md; on GitHub: docs/github-action.md',
        ''
    ].join('\n');
}


/***/ }),

/***/ 7944:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.packageFile = packageFile;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const node_url_1 = __webpack_require__(3136);
const errors_js_1 = __webpack_require__(3916);
/**
 * A file shipped with this installation (`examples/\u2026`), found by walking up from the running
 * code: the same in the checkout, in `dist/cli` and in a globally installed package.
 */
function packageFile(relativePath) {
    let dir = (0, node_path_1.dirname)((0, node_url_1.fileURLToPath)(import.meta.url));
    for (;;) {
        const candidate = (0, node_path_1.join)(dir, relativePath);
        if ((0, node_fs_1.existsSync)(candidate))
            return candidate;
        const parent = (0, node_path_1.dirname)(dir);
        if (parent === dir)
            throw new errors_js_1.UserInputError(`cannot find ${relativePath} next to this installation`);
        dir = parent;
    }
}


/***/ }),

/***/ 6981:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveRepoRoot = resolveRepoRoot;
const node_child_process_1 = __webpack_require__(1421);
const node_util_1 = __webpack_require__(7975);
const errors_js_1 = __webpack_require__(3916);
/**
 * The repository the command works on: the git work tree around the current directory.
 * One plain `git rev-parse`, so that commands which only read a run (`status`) never load
 * the git adapter.
 */
async function resolveRepoRoot(cwd) {
    try {
        // eslint-disable-next-line no-restricted-syntax -- see above: the adapter is not loaded here
        const { stdout } = await (0, node_util_1.promisify)(node_child_process_1.execFile)('git', ['rev-parse', '--show-toplevel'], {
            cwd,
            encoding: 'utf8'
        });
        return stdout.trim();
    }
    catch {
        throw new errors_js_1.UserInputError(`${cwd} is not inside a git repository`);
    }
}


/***/ }),

/***/ 1160:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.shellQuote = shellQuote;
exports.shellLine = shellLine;
exports.thisCliCommand = thisCliCommand;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const node_url_1 = __webpack_require__(3136);
/**
 * Commands the CLI prints for a person to paste into a new shell. They must run verbatim
 * there, on a machine where `plan-orchestrator` may not be installed: so they name this very
 * bundle by its absolute path (`node '/\u2026/dist/cli/index.js' \u2026`) and quote every argument
 * the shell could split or expand.
 */
const SAFE = /^[A-Za-z0-9_./:@%+=,-]+$/;
/** One shell word: as is when nothing in it is special to the shell, else single-quoted. */
function shellQuote(word) {
    if (SAFE.test(word))
        return word;
    return `'${word.replaceAll("'", `'\\''`)}'`;
}
function shellLine(words) {
    return words.map(shellQuote).join(' ');
}
/**
 * How to run this CLI again from any directory: `plan-orchestrator` when that command on PATH
 * is this very bundle; else `node` (or node's absolute path when no `node` is on PATH) and the
 * absolute path of the bundle running now. Run from its TypeScript sources (tests), there is
 * no bundle to name: the installed command stands in.
 */
function thisCliCommand(io) {
    const code = (0, node_url_1.fileURLToPath)(import.meta.url);
    if (!code.endsWith('.js'))
        return 'plan-orchestrator';
    // Bundled, this code is one of the chunks beside the entry (dist/cli/index.js), which is
    // what runs the CLI.
    const here = realpathOr((0, node_path_1.join)((0, node_path_1.dirname)(code), 'index.js'));
    const installed = onPath(io.env['PATH'], 'plan-orchestrator');
    if (installed !== undefined && realpathOr(installed) === here)
        return 'plan-orchestrator';
    const node = onPath(io.env['PATH'], 'node') !== undefined ? 'node' : shellQuote(process.execPath);
    return `${node} ${shellQuote(here)}`;
}
/** The first executable `name` on PATH, the way a shell would find it. */
function onPath(path, name) {
    for (const dir of (path ?? '').split(node_path_1.delimiter)) {
        if (dir === '')
            continue;
        const candidate = (0, node_path_1.join)(dir, name);
        try {
            (0, node_fs_1.accessSync)(candidate, node_fs_1.constants.X_OK);
            return candidate;
        }
        catch {
            // not here; the next directory
        }
    }
    return undefined;
}
function realpathOr(path) {
    try {
        return (0, node_fs_1.realpathSync)(path);
    }
    catch {
        return path;
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

//# sourceMappingURL=478.index.js.map