export const id = 998;
export const ids = [998];
export const modules = {

/***/ 3934:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_AGENT_OUTPUT_BYTES = void 0;
exports.openCallDir = openCallDir;
exports.readAgentFile = readAgentFile;
const node_fs_1 = __webpack_require__(3024);
const promises_1 = __webpack_require__(1455);
const node_os_1 = __webpack_require__(8161);
const node_path_1 = __webpack_require__(6760);
const run_as_js_1 = __webpack_require__(7280);
/** Largest output file taken from an agent (a report, a final message). */
exports.MAX_AGENT_OUTPUT_BYTES = 32 * 1024 * 1024;
async function openCallDir(user, mode, self) {
    const root = await (0, promises_1.mkdtemp)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'plan-orchestrator-call-'));
    await (0, promises_1.chmod)(root, 0o711);
    const inputs = (0, node_path_1.join)(root, 'inputs');
    await (0, promises_1.mkdir)(inputs, { mode: 0o755 });
    await (0, promises_1.chmod)(inputs, 0o755);
    const agentDirs = ['outputs', 'home', 'tmp'].map((name) => (0, node_path_1.join)(root, name));
    for (const dir of agentDirs) {
        await (0, promises_1.mkdir)(dir, { mode: 0o700 });
        if (mode === 'uid')
            await (0, promises_1.lchown)(dir, user.uid, user.gid);
        else {
            // A non-root orchestrator shares them through the agent user's group.
            await (0, promises_1.lchown)(dir, self.uid, user.gid);
            await (0, promises_1.chmod)(dir, 0o2770);
        }
    }
    const [outputs, home, tmp] = agentDirs;
    // The CLIs' own homes, inside the call's HOME: the orchestrator's (CODEX_HOME, a logged-in
    // ~/.claude) are out of the agent user's reach, and want to stay that way.
    for (const dir of [(0, node_path_1.join)(home, '.codex'), (0, node_path_1.join)(home, '.claude')]) {
        await (0, promises_1.mkdir)(dir, { mode: 0o700 });
        if (mode === 'uid')
            await (0, promises_1.lchown)(dir, user.uid, user.gid);
        else {
            await (0, promises_1.lchown)(dir, self.uid, user.gid);
            await (0, promises_1.chmod)(dir, 0o2770);
        }
    }
    /** Through sudo, the agent's files are opened to its group before we read or delete them. */
    const openUp = async (dir) => {
        if (mode === 'sudo')
            await (0, run_as_js_1.runAsAgentUser)(user, mode, '/bin/chmod', ['-R', 'g+rwX', '--', dir], {
                env: (0, run_as_js_1.helperEnv)()
            });
    };
    return {
        root,
        inputs,
        outputs,
        home,
        tmp,
        async seal(names) {
            const agentOutputs = (0, node_path_1.join)(root, 'outputs.agent');
            await openUp(outputs);
            await (0, promises_1.rename)(outputs, agentOutputs);
            await (0, promises_1.mkdir)(outputs, { mode: 0o700 });
            for (const name of names) {
                const content = await readAgentFile((0, node_path_1.join)(agentOutputs, name));
                if (content !== undefined)
                    await (0, promises_1.writeFile)((0, node_path_1.join)(outputs, name), content, { mode: 0o600 });
            }
        },
        async remove() {
            for (const dir of agentDirs)
                await openUp(dir);
            await openUp((0, node_path_1.join)(root, 'outputs.agent'));
            await (0, promises_1.rm)(root, { recursive: true, force: true });
        }
    };
}
/**
 * A file an agent wrote, or undefined when it is missing, a link, not a regular file (a fifo
 * would block the read) or larger than `maxBytes`.
 */
async function readAgentFile(path, maxBytes = exports.MAX_AGENT_OUTPUT_BYTES) {
    let handle;
    try {
        handle = await (0, promises_1.open)(path, node_fs_1.constants.O_RDONLY | node_fs_1.constants.O_NOFOLLOW | node_fs_1.constants.O_NONBLOCK);
    }
    catch {
        return undefined;
    }
    try {
        const stats = await handle.stat();
        if (!stats.isFile() || stats.size > maxBytes)
            return undefined;
        const content = await handle.readFile();
        return content.length > maxBytes ? undefined : content;
    }
    catch {
        return undefined;
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 78:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.orchestratorIdentity = orchestratorIdentity;
exports.lookupAgentUser = lookupAgentUser;
exports.agentUserProblems = agentUserProblems;
const node_child_process_1 = __webpack_require__(1421);
const promises_1 = __webpack_require__(1455);
const node_util_1 = __webpack_require__(7975);
function orchestratorIdentity() {
    return { uid: process.getuid?.() ?? -1, gid: process.getgid?.() ?? -1 };
}
const run = (0, node_util_1.promisify)(node_child_process_1.execFile);
/** The user's passwd entry and groups, or undefined when there is no such user. */
async function lookupAgentUser(name) {
    const entry = await passwdEntry(name);
    if (entry === undefined)
        return undefined;
    const [, , uid, gid, , home] = entry.split(':');
    const user = {
        name,
        uid: Number(uid),
        gid: Number(gid),
        home: home ?? '/'
    };
    if (!Number.isInteger(user.uid) || !Number.isInteger(user.gid))
        return undefined;
    return { ...user, groups: await groupsOf(name, user.gid), groupName: await groupName(name) };
}
async function groupName(name) {
    try {
        return (await run('id', ['-gn', '--', name], { encoding: 'utf8' })).stdout.trim();
    }
    catch {
        return name;
    }
}
async function passwdEntry(name) {
    try {
        const { stdout } = await run('getent', ['passwd', name], { encoding: 'utf8' });
        return stdout.split('\n').find((line) => line.startsWith(`${name}:`));
    }
    catch (error) {
        // getent exits 2 for "no such key"; anything else (no getent) falls back to the file.
        if (error.code === 2)
            return undefined;
    }
    const passwd = await (0, promises_1.readFile)('/etc/passwd', 'utf8').catch(() => '');
    return passwd.split('\n').find((line) => line.startsWith(`${name}:`));
}
async function groupsOf(name, primary) {
    try {
        const { stdout } = await run('id', ['-G', '--', name], { encoding: 'utf8' });
        const ids = stdout.trim().split(/\s+/).map(Number).filter(Number.isInteger);
        return [...new Set([primary, ...ids])];
    }
    catch {
        return [primary];
    }
}
/**
 * Why this user cannot be the agent user, one sentence each (empty when it can): it must
 * exist, and be neither root, nor in root's group, nor the orchestrator's own user or group
 * (any of those would hand the agent what isolation is meant to keep from it).
 */
function agentUserProblems(name, user, self) {
    const setUp = 'see docs/security.md for the runner set-up';
    if (process.platform !== 'linux')
        return [`agent user '${name}': running agents as another user needs Linux`];
    if (user === undefined)
        return [
            `agent user '${name}' does not exist; create a dedicated user for the agents (useradd --create-home --shell /bin/bash ${name}; ${setUp})`
        ];
    const problems = [];
    if (user.uid === 0)
        problems.push(`agent user '${name}' is root (uid 0); it must be a dedicated unprivileged user`);
    else if (user.uid === self.uid)
        problems.push(`agent user '${name}' is the user plan-orchestrator runs as; the agents need a user of their own (${setUp})`);
    if (user.groups.includes(0))
        problems.push(`agent user '${name}' is in group 0 (root); remove it from that group`);
    else if (self.uid !== 0 && user.groups.includes(self.gid))
        problems.push(`agent user '${name}' is in the orchestrator's group (gid ${self.gid}); it could read files that group may read \u2014 remove it from that group`);
    return problems;
}


/***/ }),

/***/ 5062:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.prepareAgentUser = prepareAgentUser;
const isolation_js_1 = __webpack_require__(7922);
const identity_js_1 = __webpack_require__(78);
const preflight_js_1 = __webpack_require__(8233);
const run_as_js_1 = __webpack_require__(7280);
/**
 * The agent user named by the runtime policy, looked up and probed once: an isolation to
 * run agents and verification with, or the problems that refuse the run (fail closed: a
 * named user that cannot be used never means "run as ourselves instead").
 */
async function prepareAgentUser(name, check) {
    if (name === null)
        return { ok: true, isolation: undefined };
    const self = (0, identity_js_1.orchestratorIdentity)();
    const user = await (0, identity_js_1.lookupAgentUser)(name);
    const problems = (0, identity_js_1.agentUserProblems)(name, user, self);
    if (problems.length > 0 || user === undefined)
        return { ok: false, problems };
    const mode = (0, run_as_js_1.spawnModeFor)(self.uid);
    const probed = await (0, preflight_js_1.probeAgentUser)({
        user,
        mode,
        repoRoot: check.repoRoot,
        executables: check.executables,
        path: check.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
        env: check.env
    });
    if (probed.length > 0)
        return { ok: false, problems: probed };
    return { ok: true, isolation: (0, isolation_js_1.createAgentIsolation)(user, mode, self) };
}


/***/ }),

/***/ 7922:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createAgentIsolation = createAgentIsolation;
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const ports_js_1 = __webpack_require__(5565);
const invocation_js_1 = __webpack_require__(9257);
const atomic_file_js_1 = __webpack_require__(7014);
const call_dir_js_1 = __webpack_require__(3934);
const run_as_js_1 = __webpack_require__(7280);
const user_processes_js_1 = __webpack_require__(1071);
const worktree_access_js_1 = __webpack_require__(280);
function createAgentIsolation(user, mode, self) {
    const worktrees = (0, worktree_access_js_1.createWorktreeAccess)(user, mode, self);
    const stopAll = () => (0, user_processes_js_1.stopUserProcesses)(user, mode);
    const runAs = {
        spawnTarget: (command, args, env) => (0, run_as_js_1.spawnTarget)(user, mode, command, args, env),
        afterExit: stopAll
    };
    const open = async (worktree, access) => {
        await stopAll();
        const dir = await (0, call_dir_js_1.openCallDir)(user, mode, self);
        try {
            if (access === 'write')
                await worktrees.handOver(worktree);
        }
        catch (error) {
            await dir.remove();
            throw error;
        }
        return {
            dir,
            env: {
                HOME: dir.home,
                TMPDIR: dir.tmp,
                CODEX_HOME: (0, node_path_1.join)(dir.home, '.codex'),
                CLAUDE_CONFIG_DIR: (0, node_path_1.join)(dir.home, '.claude'),
                // Git refuses a repository another user owns; the agent's read-only git commands
                // in its own worktree are meant to work. Set in the environment, which git counts
                // as command-line configuration, the only place besides the user's and the system's
                // it takes this key from.
                GIT_CONFIG_COUNT: '1',
                GIT_CONFIG_KEY_0: 'safe.directory',
                GIT_CONFIG_VALUE_0: worktree
            },
            async close() {
                try {
                    await stopAll();
                    if (access === 'write')
                        await worktrees.takeBack(worktree);
                }
                finally {
                    await dir.remove();
                }
            }
        };
    };
    return {
        user,
        mode,
        stopAll,
        async recover(runWorktreesDir) {
            await stopAll();
            const entries = await (0, promises_1.readdir)(runWorktreesDir, { withFileTypes: true }).catch(() => []);
            for (const entry of entries) {
                if (entry.isDirectory())
                    await worktrees.takeBack((0, node_path_1.join)(runWorktreesDir, entry.name));
            }
        },
        async openCommand(worktree) {
            const opened = await open(worktree, 'write');
            return { runAs, env: opened.env, close: opened.close };
        },
        async openAgentCall(request) {
            const mutation = ports_js_1.MUTATION_LANES.includes(request.lane);
            const kept = {
                report: request.reportPath,
                raw: (0, invocation_js_1.rawOutputPathFor)(request.reportPath)
            };
            // A stale report must never pass for this call's.
            for (const path of Object.values(kept))
                await (0, promises_1.rm)(path, { force: true });
            // A review lane works in a checkpoint copy the orchestrator already made read-only for
            // everyone (adapters/review-copy.ts); changing its modes would break its tamper check.
            const opened = await open(request.cwd, mutation ? 'write' : 'prepared');
            const { dir } = opened;
            const names = { report: (0, node_path_1.basename)(kept.report), raw: (0, node_path_1.basename)(kept.raw) };
            const schemaPath = (0, node_path_1.join)(dir.inputs, (0, node_path_1.basename)(request.schema.path));
            try {
                await (0, promises_1.writeFile)(schemaPath, `${JSON.stringify(request.schema.json, null, 2)}\n`);
            }
            catch (error) {
                await opened.close();
                throw error;
            }
            const seen = {
                ...request,
                promptFile: (0, node_path_1.join)(dir.inputs, (0, node_path_1.basename)(request.promptFile)),
                schema: { ...request.schema, path: schemaPath },
                reportPath: (0, node_path_1.join)(dir.outputs, names.report),
                env: { ...request.env, ...opened.env }
            };
            return {
                request: seen,
                runAs,
                env: opened.env,
                close: opened.close,
                sealOutputs: () => dir.seal([names.report, names.raw]),
                async deliver(outcome) {
                    // Written by us into the sealed outputs, or copied there from the agent's: either
                    // way, regular files in a directory only the orchestrator can write.
                    await (0, promises_1.mkdir)((0, node_path_1.dirname)(kept.report), { recursive: true });
                    const report = await (0, call_dir_js_1.readAgentFile)((0, node_path_1.join)(dir.outputs, names.report));
                    if (report !== undefined)
                        await (0, atomic_file_js_1.writeFileAtomically)(kept.report, report.toString('utf8'));
                    const raw = await (0, call_dir_js_1.readAgentFile)((0, node_path_1.join)(dir.outputs, names.raw));
                    if (raw !== undefined)
                        await (0, atomic_file_js_1.writeFileAtomically)(kept.raw, raw.toString('utf8'));
                    if (outcome.rawOutputPath === undefined)
                        return outcome;
                    return raw === undefined
                        ? withoutRawOutput(outcome)
                        : { ...outcome, rawOutputPath: kept.raw };
                }
            };
        }
    };
}
function withoutRawOutput(outcome) {
    const rest = { ...outcome };
    delete rest.rawOutputPath;
    return rest;
}


/***/ }),

/***/ 8233:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.probeAgentUser = probeAgentUser;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const layout_js_1 = __webpack_require__(8951);
const run_as_js_1 = __webpack_require__(7280);
/** The runner's file-command files: a write to one is a workflow command. */
const RUNNER_FILES = [
    'GITHUB_OUTPUT',
    'GITHUB_ENV',
    'GITHUB_PATH',
    'GITHUB_STEP_SUMMARY',
    'GITHUB_STATE'
];
/**
 * Arguments: directories, `--`, executables, `--`, paths, `--`, the repository. For the
 * repository it lists the credentials git would hand the agent user from the checkout's
 * configuration (actions/checkout's persisted token): where and which key, never the value.
 */
const PROBE = `
phase=dirs
for arg; do
  case "$phase:$arg" in
    dirs:--) phase=exes ;;
    exes:--) phase=protected ;;
    protected:--) phase=repo ;;
    dirs:*) { [ -d "$arg" ] && [ -x "$arg" ]; } || printf 'blocked\\t%s\\n' "$arg" ;;
    exes:*) command -v -- "$arg" >/dev/null 2>&1 || printf 'missing\\t%s\\n' "$arg" ;;
    protected:*) if [ -e "$arg" ] && [ -w "$arg" ]; then printf 'writable\\t%s\\n' "$arg"; fi ;;
    repo:*)
      git -c safe.directory='*' -C "$arg" config --show-origin --get-regexp '^http\\..*extraheader$' 2>/dev/null |
        while IFS= read -r line; do
          origin=\${line%%\t*}
          rest=\${line#*\t}
          printf 'credential\\t%s %s\\n' "$origin" "\${rest%% *}"
        done ;;
  esac
done
printf 'probe-done\\n'
`;
async function probeAgentUser(input) {
    const { user, mode, repoRoot } = input;
    const who = `agent user '${user.name}'`;
    const problems = [];
    if (mode === 'sudo' && !process.getgroups?.().includes(user.gid)) {
        problems.push(`${who}: a non-root orchestrator shares each worktree with the agent user through its group; ` +
            `add this user to group ${user.groupName} (usermod -aG ${user.groupName} "$USER", then log in again; see docs/security.md)`);
    }
    const run = await (0, run_as_js_1.runAsAgentUser)(user, mode, '/bin/sh', [
        '-c',
        PROBE,
        'probe',
        ...ancestors(repoRoot),
        '--',
        ...input.executables,
        '--',
        ...protectedPaths(repoRoot, input.env),
        '--',
        repoRoot
    ], { env: { PATH: input.path, HOME: '/' } });
    if (!run.stdout.includes('probe-done')) {
        const detail = (run.error ?? run.stderr.trim().split('\n').slice(-2).join(' ')) || 'no output';
        problems.push(mode === 'sudo'
            ? `cannot run commands as ${who} through sudo (${detail}); a non-root orchestrator needs the sudoers line "${(0, run_as_js_1.sudoersLine)(runnerName(input.env), user.name)}" (see docs/security.md)`
            : `cannot run commands as ${who} (${detail})`);
        return problems;
    }
    const findings = run.stdout
        .split('\n')
        .map((line) => line.split('\t'))
        .filter((parts) => parts.length === 2);
    const blocked = findings.find(([kind]) => kind === 'blocked');
    if (blocked !== undefined)
        problems.push(`${who} cannot enter ${blocked[1]}, on the way to the repository ${repoRoot}; ` +
            `let it through (chmod o+x ${blocked[1]}) or move the checkout (see docs/security.md)`);
    for (const [kind, what] of findings) {
        if (kind === 'missing')
            problems.push(`${who} cannot run ${what}: not on PATH or not executable for that user`);
        if (kind === 'credential')
            problems.push(`${who} can read a credential in the checkout's git configuration (${what}); ` +
                'check out without persisting credentials (actions/checkout with persist-credentials: false; see docs/security.md)');
        if (kind === 'writable')
            problems.push(`${who} can write ${what}; the checkout, its git directory and the runner's files must belong to the orchestrator's user and not be writable by the agent user`);
    }
    return problems;
}
/** `/`, `/home`, `/home/runner`, \u2026 down to the repository itself. */
function ancestors(path) {
    const chain = [];
    let dir = (0, node_path_1.resolve)(path);
    for (;;) {
        chain.unshift(dir);
        const parent = (0, node_path_1.dirname)(dir);
        if (parent === dir)
            return chain;
        dir = parent;
    }
}
function protectedPaths(repoRoot, env) {
    const gitDir = (0, node_path_1.join)(repoRoot, '.git');
    const paths = [repoRoot, gitDir];
    if (isDirectory(gitDir))
        paths.push(...['config', 'hooks', 'refs', 'refs/heads', 'HEAD', 'info'].map((p) => (0, node_path_1.join)(gitDir, p)));
    for (const root of [layout_js_1.CONTROL_ROOT, layout_js_1.REPORT_ROOT])
        paths.push((0, node_path_1.join)(repoRoot, root));
    for (const name of RUNNER_FILES) {
        const file = env[name];
        if (file !== undefined && file !== '')
            paths.push(file, (0, node_path_1.dirname)(file));
    }
    return paths.filter((path) => (0, node_fs_1.existsSync)(path));
}
function isDirectory(path) {
    try {
        return (0, node_fs_1.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
function runnerName(env) {
    return env.USER ?? env.LOGNAME ?? 'RUNNER_USER';
}


/***/ }),

/***/ 7280:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.spawnModeFor = spawnModeFor;
exports.sudoersLine = sudoersLine;
exports.spawnTarget = spawnTarget;
exports.helperEnv = helperEnv;
exports.assertRanAsAgentUser = assertRanAsAgentUser;
exports.runAsAgentUser = runAsAgentUser;
const node_child_process_1 = __webpack_require__(1421);
function spawnModeFor(orchestratorUid) {
    return orchestratorUid === 0 ? 'uid' : 'sudo';
}
/** The one sudoers line a non-root runner needs (docs/security.md). */
function sudoersLine(runnerUser, agentUser) {
    return `${runnerUser} ALL=(${agentUser}) NOPASSWD:SETENV: ALL`;
}
function spawnTarget(user, mode, command, args, env) {
    const identity = { USER: user.name, LOGNAME: user.name };
    if (mode === 'uid')
        return { command, args: [...args], env: { ...env, ...identity }, uid: user.uid, gid: user.gid };
    const restated = ['PATH', 'HOME']
        .filter((name) => env[name] !== undefined)
        .map((name) => `${name}=${env[name]}`);
    return {
        command: 'sudo',
        args: ['-n', '-E', '-u', user.name, '--', '/usr/bin/env', '--', ...restated, command, ...args],
        env: { ...env, ...identity }
    };
}
/**
 * The environment of the orchestrator's own short commands as the agent user: the
 * orchestrator's PATH, on which sudo is found (the commands themselves are absolute paths).
 */
function helperEnv() {
    return { PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin' };
}
/** Throws when a helper command could not be run as the agent user at all (sudo refused it). */
function assertRanAsAgentUser(run, what) {
    const refused = run.error ?? (/^sudo: /m.test(run.stderr) ? run.stderr.trim() : undefined);
    if (refused !== undefined)
        throw new Error(`cannot ${what} as the agent user: ${refused.split('\n')[0] ?? ''}`);
}
/**
 * A short command of the orchestrator's own (a probe, a permission fix) run as the agent
 * user, output captured. Never for anything an agent wrote.
 */
function runAsAgentUser(user, mode, command, args, options) {
    const target = spawnTarget(user, mode, command, args, options.env);
    return new Promise((resolve) => {
        let stdout = '';
        let stderr = '';
        let child;
        try {
            child = (0, node_child_process_1.spawn)(target.command, target.args, {
                cwd: options.cwd ?? '/',
                env: target.env,
                stdio: ['ignore', 'pipe', 'pipe'],
                ...(target.uid === undefined ? {} : { uid: target.uid }),
                ...(target.gid === undefined ? {} : { gid: target.gid })
            });
        }
        catch (error) {
            resolve({ code: null, stdout, stderr, error: String(error) });
            return;
        }
        child.stdout?.on('data', (chunk) => (stdout += chunk.toString('utf8')));
        child.stderr?.on('data', (chunk) => (stderr += chunk.toString('utf8')));
        child.once('error', (error) => resolve({ code: null, stdout, stderr, error: error.message }));
        child.once('close', (code) => resolve({ code, stdout, stderr }));
    });
}


/***/ }),

/***/ 9644:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.walkTree = walkTree;
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
/**
 * Every entry below `root` (not `root` itself), children before their directory, by lstat:
 * a symlink is an entry of its own and never followed, so a link an agent planted cannot
 * lead the walk (and what is done to each entry) out of the tree.
 */
async function walkTree(root, visit, options = {}) {
    const skip = new Set(options.skipTopLevel ?? []);
    const descend = async (dir, top) => {
        let names;
        try {
            names = await (0, promises_1.readdir)(dir);
        }
        catch {
            return;
        }
        for (const name of names) {
            if (top && skip.has(name))
                continue;
            const path = (0, node_path_1.join)(dir, name);
            let stats;
            try {
                stats = await (0, promises_1.lstat)(path);
            }
            catch {
                continue;
            }
            if (stats.isDirectory())
                await descend(path, false);
            await visit(path, stats);
        }
    };
    await descend(root, true);
}


/***/ }),

/***/ 1071:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.listUserProcesses = listUserProcesses;
exports.stopUserProcesses = stopUserProcesses;
const node_fs_1 = __webpack_require__(3024);
const promises_1 = __webpack_require__(8500);
const run_as_js_1 = __webpack_require__(7280);
/**
 * Nothing of the agent user outlives its stage. The user is dedicated to the agents, so every
 * process it owns belongs to the stage that just ended: a daemon that left its process group
 * with setsid, a `nohup` job, a background server a verification command forgot. They are
 * found by uid in /proc, not by process group, and killed until none is left.
 */
const MAX_ROUNDS = 200;
/** Running (not zombie) processes whose real, effective or saved uid is `uid`. */
function listUserProcesses(uid) {
    let entries;
    try {
        entries = (0, node_fs_1.readdirSync)('/proc');
    }
    catch {
        return [];
    }
    const pids = [];
    for (const entry of entries) {
        if (!/^\d+$/.test(entry) || Number(entry) === process.pid)
            continue;
        let status;
        try {
            status = (0, node_fs_1.readFileSync)(`/proc/${entry}/status`, 'utf8');
        }
        catch {
            continue;
        }
        const state = /^State:\s+(\S)/m.exec(status)?.[1];
        if (state === 'Z' || state === 'X')
            continue;
        const ids = /^Uid:\s+(\d+)\s+(\d+)\s+(\d+)/m.exec(status);
        if (ids === null)
            continue;
        if ([ids[1], ids[2], ids[3]].some((id) => Number(id) === uid))
            pids.push(Number(entry));
    }
    return pids;
}
/**
 * SIGKILL to every process of the user, round after round, until none runs (a process that
 * forks while it is being killed leaves a child for the next round). A root orchestrator
 * signals them itself; through sudo, the user signals all of its own processes at once
 * (`kill -1`). Throws when some survive: the next stage must not start beside them.
 */
async function stopUserProcesses(user, mode) {
    for (let round = 0; round < MAX_ROUNDS; round += 1) {
        const pids = listUserProcesses(user.uid);
        if (pids.length === 0)
            return;
        if (mode === 'uid') {
            for (const pid of pids) {
                try {
                    process.kill(pid, 'SIGKILL');
                }
                catch {
                    // Gone between the scan and the signal.
                }
            }
        }
        else {
            const run = await (0, run_as_js_1.runAsAgentUser)(user, mode, '/bin/sh', ['-c', 'kill -KILL -1'], {
                env: (0, run_as_js_1.helperEnv)()
            });
            (0, run_as_js_1.assertRanAsAgentUser)(run, 'stop the processes');
        }
        await (0, promises_1.setTimeout)(round < 10 ? 5 : 25);
    }
    const left = listUserProcesses(user.uid);
    if (left.length > 0)
        throw new Error(`processes of agent user ${user.name} survive SIGKILL (pids ${left.slice(0, 10).join(', ')})`);
}


/***/ }),

/***/ 280:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createWorktreeAccess = createWorktreeAccess;
exports.secureWorktreeParents = secureWorktreeParents;
const promises_1 = __webpack_require__(1455);
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const layout_js_1 = __webpack_require__(8951);
const run_as_js_1 = __webpack_require__(7280);
const tree_walk_js_1 = __webpack_require__(9644);
const CLOSED = 0o700;
const READABLE = 0o755;
/** setuid, setgid and sticky bits, and write for group and others. */
const UNSAFE_BITS = 0o7022;
const GIT_POINTER = '.git';
function createWorktreeAccess(user, mode, self) {
    const sealEntry = async (path, stats) => {
        if (stats.isSymbolicLink() || stats.uid !== self.uid)
            return;
        if (stats.gid !== self.gid)
            await (0, promises_1.lchown)(path, self.uid, self.gid);
        const wanted = stats.mode & 0o7777 & ~UNSAFE_BITS;
        // A regular file or directory, found by lstat, with no agent process left to swap it.
        if ((stats.mode & 0o7777) !== wanted)
            await (0, promises_1.chmod)(path, wanted);
    };
    /** Everything the agent user owns in the tree becomes the orchestrator's, locked down. */
    const reclaim = async (worktree) => {
        if (mode === 'uid') {
            await (0, tree_walk_js_1.walkTree)(worktree, async (path, stats) => {
                if (stats.uid === user.uid)
                    await (0, promises_1.lchown)(path, self.uid, self.gid);
                await sealEntry(path, await (0, promises_1.lstat)(path));
            });
            const top = await (0, promises_1.lstat)(worktree);
            if (top.uid === user.uid)
                await (0, promises_1.lchown)(worktree, self.uid, self.gid);
            return;
        }
        // Through sudo: the agent's own files become readable and writable by its group (of
        // which the runner is a member), then each is replaced by the runner's own copy.
        const opened = await (0, run_as_js_1.runAsAgentUser)(user, mode, '/bin/chmod', ['-R', 'g+rwX', '--', worktree], {
            env: (0, run_as_js_1.helperEnv)()
        });
        (0, run_as_js_1.assertRanAsAgentUser)(opened, `open ${worktree} to its group`);
        await (0, tree_walk_js_1.walkTree)(worktree, async (path, stats) => {
            const current = stats.uid === user.uid ? await replaceWithOwnCopy(path, stats) : stats;
            await sealEntry(path, current);
        });
    };
    const close = async (worktree, topMode) => {
        await secureWorktreeParents(worktree, self);
        const top = await (0, promises_1.lstat)(worktree);
        if (top.uid === user.uid && mode === 'uid')
            await (0, promises_1.lchown)(worktree, self.uid, self.gid);
        await (0, promises_1.chmod)(worktree, topMode);
    };
    return {
        async handOver(worktree) {
            await secureWorktreeParents(worktree, self);
            if (mode === 'uid') {
                await (0, tree_walk_js_1.walkTree)(worktree, async (path, stats) => {
                    if (stats.uid === self.uid)
                        await (0, promises_1.lchown)(path, user.uid, user.gid);
                }, { skipTopLevel: [GIT_POINTER] });
                await (0, promises_1.chmod)(worktree, CLOSED);
                await (0, promises_1.lchown)(worktree, user.uid, user.gid);
                return;
            }
            const share = async (path, stats) => {
                if (stats.isSymbolicLink() || stats.uid !== self.uid)
                    return;
                await (0, promises_1.lchown)(path, self.uid, user.gid);
                const owner = stats.mode & 0o700;
                // Group gets what the owner has; directories pass their group on to new entries.
                // (Others keep their bits: the closed worktree keeps them out, and audits read by them.)
                const shared = (stats.mode & 0o777) | (owner >> 3);
                await (0, promises_1.chmod)(path, stats.isDirectory() ? shared | 0o2000 : shared);
            };
            await (0, tree_walk_js_1.walkTree)(worktree, share, { skipTopLevel: [GIT_POINTER] });
            await (0, promises_1.lchown)(worktree, self.uid, user.gid);
            await (0, promises_1.chmod)(worktree, 0o2770);
        },
        async openForReading(worktree) {
            await reclaim(worktree);
            await close(worktree, READABLE);
        },
        async takeBack(worktree) {
            await reclaim(worktree);
            await close(worktree, CLOSED);
            if (mode === 'sudo')
                await (0, promises_1.lchown)(worktree, self.uid, self.gid);
        }
    };
}
/**
 * The directories between the repository and an attempt's worktree must let the agent user
 * through (0711: enter, not list); the other attempts' and other runs' worktrees are closed.
 * Only applies to worktrees in the run layout, and only to what this process owns.
 */
async function secureWorktreeParents(worktree, self) {
    const runDir = (0, node_path_1.dirname)(worktree);
    const root = (0, node_path_1.dirname)(runDir);
    const marker = `/${layout_js_1.WORKTREE_ROOT}`;
    if (!root.endsWith(marker))
        return;
    const repoRoot = root.slice(0, -marker.length);
    let dir = root;
    while (dir.length > repoRoot.length) {
        await ensureMode(dir, self, (mode) => mode | 0o111);
        dir = (0, node_path_1.dirname)(dir);
    }
    await ensureMode(root, self, () => 0o711);
    await ensureMode(runDir, self, () => 0o711);
    for (const [parent, keep] of [
        [root, (0, node_path_1.basename)(runDir)],
        [runDir, (0, node_path_1.basename)(worktree)]
    ]) {
        for (const name of await (0, promises_1.readdir)(parent).catch(() => [])) {
            if (name !== keep)
                await ensureMode((0, node_path_1.join)(parent, name), self, () => CLOSED);
        }
    }
}
async function ensureMode(path, self, wanted) {
    const stats = await (0, promises_1.lstat)(path).catch(() => undefined);
    if (stats === undefined || !stats.isDirectory() || stats.uid !== self.uid)
        return;
    const mode = wanted(stats.mode & 0o7777);
    if (mode !== (stats.mode & 0o7777))
        await (0, promises_1.chmod)(path, mode);
}
/**
 * Replaces an entry the agent user owns with an identical one the orchestrator owns (a
 * non-root process cannot chown). Its directory is writable through the shared group, and
 * for a directory its entries were replaced already (the walk visits children first).
 */
async function replaceWithOwnCopy(path, stats) {
    const temporary = (0, node_path_1.join)((0, node_path_1.dirname)(path), `.${(0, node_path_1.basename)(path)}.plan-orchestrator-${process.pid}`);
    if (stats.isSymbolicLink()) {
        await (0, promises_1.symlink)(await (0, promises_1.readlink)(path), temporary);
    }
    else if (stats.isDirectory()) {
        await (0, promises_1.mkdir)(temporary, { mode: 0o700 });
        for (const name of await (0, promises_1.readdir)(path))
            await (0, promises_1.rename)((0, node_path_1.join)(path, name), (0, node_path_1.join)(temporary, name));
        await (0, promises_1.chmod)(temporary, stats.mode & 0o777);
        await (0, promises_1.rmdir)(path);
    }
    else if (stats.isFile()) {
        const source = await (0, promises_1.open)(path, node_fs_1.constants.O_RDONLY | node_fs_1.constants.O_NOFOLLOW | node_fs_1.constants.O_NONBLOCK);
        try {
            const content = await source.readFile();
            const copy = await (0, promises_1.open)(temporary, 'wx', stats.mode & 0o777);
            try {
                await copy.writeFile(content);
            }
            finally {
                await copy.close();
            }
        }
        finally {
            await source.close();
        }
    }
    else {
        // A fifo, socket or device node is nothing an item needs.
        await (0, promises_1.unlink)(path);
        return stats;
    }
    await (0, promises_1.rename)(temporary, path);
    return (0, promises_1.lstat)(path);
}


/***/ }),

/***/ 6371:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CALL_HOME_VARIABLES = void 0;
exports.defaultCallHomeParent = defaultCallHomeParent;
exports.createCallHome = createCallHome;
exports.withCallHome = withCallHome;
exports.removeAtExit = removeAtExit;
exports.removeTree = removeTree;
const node_fs_1 = __webpack_require__(3024);
const promises_1 = __webpack_require__(1455);
const node_os_1 = __webpack_require__(8161);
const node_path_1 = __webpack_require__(6760);
/**
 * Every agent call and every verification command starts from a home nobody wrote before: a
 * fresh, empty HOME with CODEX_HOME and CLAUDE_CONFIG_DIR inside it, in a directory of its
 * own outside the repository, removed when the call ends. Whatever an earlier call or a
 * verification command (code the agent wrote) put into "its" home \u2014 a config.toml that
 * names another model provider, a settings.json with hooks, an AGENTS.md \u2014 is gone before the
 * next call starts, so it can steer nothing.
 *
 * The one thing carried in is the calling agent's own credential file (codex `auth.json`,
 * claude `.credentials.json`): copied, never linked, and never any configuration. See
 * docs/security.md ("Agent configuration").
 */
/** The variables that point a child at its home; they are always set to the fresh one. */
exports.CALL_HOME_VARIABLES = [
    'HOME',
    'CODEX_HOME',
    'CLAUDE_CONFIG_DIR',
    'XDG_CONFIG_HOME',
    'XDG_DATA_HOME',
    'XDG_STATE_HOME',
    'XDG_CACHE_HOME'
];
/** Credential files are small; anything bigger is not one and is not copied. */
const MAX_CREDENTIAL_BYTES = 1024 * 1024;
/** RUNNER_TEMP on a GitHub runner (cleaned after every job), else the OS temp directory. */
function defaultCallHomeParent(env) {
    const runnerTemp = env.RUNNER_TEMP?.trim();
    return runnerTemp ? runnerTemp : (0, node_os_1.tmpdir)();
}
async function createCallHome(spec) {
    await (0, promises_1.mkdir)(spec.parentDir, { recursive: true });
    const root = await (0, promises_1.mkdtemp)((0, node_path_1.join)(spec.parentDir, 'plan-orchestrator-call-'));
    const forget = removeAtExit(root);
    const home = (0, node_path_1.join)(root, 'home');
    const codexHome = (0, node_path_1.join)(home, '.codex');
    const claudeConfigDir = (0, node_path_1.join)(home, '.claude');
    const remove = async () => {
        await removeTree(root);
        forget();
    };
    try {
        for (const dir of [home, codexHome, claudeConfigDir])
            await (0, promises_1.mkdir)(dir, { mode: 0o700 });
        const copiedCredential = spec.credential ? await copyCredential(home, spec.credential) : null;
        if (spec.owner)
            await chownTree(root, spec.owner.uid, spec.owner.gid);
        return {
            root,
            home,
            codexHome,
            claudeConfigDir,
            env: {
                HOME: home,
                CODEX_HOME: codexHome,
                CLAUDE_CONFIG_DIR: claudeConfigDir,
                XDG_CONFIG_HOME: (0, node_path_1.join)(home, '.config'),
                XDG_DATA_HOME: (0, node_path_1.join)(home, '.local', 'share'),
                XDG_STATE_HOME: (0, node_path_1.join)(home, '.local', 'state'),
                XDG_CACHE_HOME: (0, node_path_1.join)(home, '.cache')
            },
            copiedCredential,
            remove
        };
    }
    catch (error) {
        await remove();
        throw error;
    }
}
/** Runs `work` with a fresh home and removes the home afterwards, whatever happens. */
async function withCallHome(spec, work) {
    const home = await createCallHome(spec);
    try {
        return await work(home);
    }
    finally {
        await home.remove();
    }
}
/**
 * Copies the credential's bytes (following a symlinked source, never creating a link) into
 * the new home, readable by its owner only. A missing or odd source is simply not copied:
 * the CLI then reports that it is not logged in, which names the problem.
 */
async function copyCredential(home, credential) {
    const target = (0, node_path_1.join)(home, credential.target);
    const inside = (0, node_path_1.relative)(home, target);
    if (inside === '' || inside.startsWith('..') || inside.split(node_path_1.sep).includes('..')) {
        throw new Error(`credential target ${credential.target} leaves the call home`);
    }
    const info = await (0, promises_1.stat)(credential.source).catch(() => undefined);
    if (!info?.isFile() || info.size > MAX_CREDENTIAL_BYTES)
        return null;
    const content = await (0, promises_1.readFile)(credential.source).catch(() => undefined);
    if (content === undefined)
        return null;
    await (0, promises_1.mkdir)((0, node_path_1.dirname)(target), { recursive: true, mode: 0o700 });
    await (0, promises_1.writeFile)(target, content, { mode: 0o600, flag: 'wx' });
    return inside.split(node_path_1.sep).join('/');
}
const removedAtExit = new Set();
/**
 * Removes `path` when this process exits, even through `process.exit()` on SIGINT/SIGTERM
 * (which skips every pending `finally`), so an interrupted run leaves no home \u2014 and no copied
 * login file \u2014 behind. Returns the function that cancels it once the path is removed anyway.
 */
function removeAtExit(path) {
    if (removedAtExit.size === 0)
        process.once('exit', removeAllAtExit);
    removedAtExit.add(path);
    return () => {
        removedAtExit.delete(path);
        if (removedAtExit.size === 0)
            process.removeListener('exit', removeAllAtExit);
    };
}
function removeAllAtExit() {
    for (const path of removedAtExit) {
        try {
            (0, node_fs_1.rmSync)(path, { recursive: true, force: true });
        }
        catch {
            makeDirectoriesWritableSync(path);
            try {
                (0, node_fs_1.rmSync)(path, { recursive: true, force: true });
            }
            catch {
                // Best effort, at exit: a leftover temp directory must not change the exit code.
            }
        }
    }
    removedAtExit.clear();
}
function makeDirectoriesWritableSync(path) {
    try {
        if (!(0, node_fs_1.lstatSync)(path).isDirectory())
            return;
        (0, node_fs_1.chmodSync)(path, 0o700);
        for (const entry of (0, node_fs_1.readdirSync)(path))
            makeDirectoriesWritableSync((0, node_path_1.join)(path, entry));
    }
    catch {
        // Best effort, at exit.
    }
}
async function chownTree(path, uid, gid) {
    await (0, promises_1.chown)(path, uid, gid);
    const info = await (0, promises_1.lstat)(path);
    if (!info.isDirectory())
        return;
    for (const entry of await (0, promises_1.readdir)(path))
        await chownTree((0, node_path_1.join)(path, entry), uid, gid);
}
/**
 * Removes a per-call directory even when the call left directories without write permission
 * in it (a CLI or a hostile command can chmod its own files). Best effort: a leftover temp
 * directory must not fail the run.
 */
async function removeTree(path) {
    try {
        await (0, promises_1.rm)(path, { recursive: true, force: true });
        return;
    }
    catch {
        // Unwritable directories inside: make them writable and try once more.
    }
    await makeDirectoriesWritable(path).catch(() => undefined);
    await (0, promises_1.rm)(path, { recursive: true, force: true }).catch(() => undefined);
}
async function makeDirectoriesWritable(path) {
    const info = await (0, promises_1.lstat)(path);
    if (!info.isDirectory())
        return;
    await (0, promises_1.chmod)(path, 0o700);
    for (const entry of await (0, promises_1.readdir)(path)) {
        await makeDirectoriesWritable((0, node_path_1.join)(path, entry)).catch(() => undefined);
    }
}


/***/ }),

/***/ 6938:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.findResultEnvelope = findResultEnvelope;
exports.isErrorEnvelope = isErrorEnvelope;
exports.classifyErrorEnvelope = classifyErrorEnvelope;
exports.extractReportFromText = extractReportFromText;
exports.envelopeUsage = envelopeUsage;
const invocation_js_1 = __webpack_require__(9257);
/** The result envelope in stdout, or undefined when there is none. */
function findResultEnvelope(stdout) {
    const whole = (0, invocation_js_1.parseJsonObject)(stdout.trim());
    if (whole)
        return whole;
    const lines = stdout.split('\n').reverse();
    for (const line of lines) {
        if (!line.trimStart().startsWith('{'))
            continue;
        const event = (0, invocation_js_1.parseJsonObject)(line);
        if (event?.type === 'result')
            return event;
    }
    return undefined;
}
/**
 * Claude exits 1 whenever the envelope says `is_error` (auth, max turns, budget, structured
 * output retries). `subtype` alone is not enough: "Not logged in" comes with `success`.
 */
function isErrorEnvelope(envelope) {
    return (envelope.is_error === true ||
        (typeof envelope.subtype === 'string' && envelope.subtype.startsWith('error_')));
}
const AUTH_FAILURE = /not logged in|authentication_failed|invalid api key|oauth token/i;
function classifyErrorEnvelope(envelope) {
    const subtype = typeof envelope.subtype === 'string' ? envelope.subtype : 'unknown';
    const result = typeof envelope.result === 'string' ? envelope.result : '';
    const errors = Array.isArray(envelope.errors) ? envelope.errors.map(String) : [];
    const apiStatus = envelope.api_error_status;
    const auth = AUTH_FAILURE.test(result) ||
        errors.some((error) => AUTH_FAILURE.test(error)) ||
        apiStatus === 401 ||
        apiStatus === 403;
    const diagnostics = [
        `claude reported an error (subtype ${subtype}, stop_reason ${String(envelope.stop_reason ?? 'unknown')})`,
        ...(result !== '' ? [result] : []),
        ...errors,
        ...describeDenials(envelope.permission_denials)
    ];
    return { status: auth ? 'auth_error' : 'error_envelope', diagnostics };
}
function describeDenials(denials) {
    if (!Array.isArray(denials))
        return [];
    return denials.filter(invocation_js_1.isPlainObject).map((denial) => {
        const tool = String(denial.tool_name ?? 'tool');
        const input = (0, invocation_js_1.isPlainObject)(denial.tool_input) ? denial.tool_input : {};
        const path = input.file_path ?? input.path;
        return typeof path === 'string' ? `${tool} denied for ${path}` : `${tool} denied`;
    });
}
/**
 * A report from free text, for when structured output is missing: the text itself as JSON,
 * a text that is one fenced block, or the first fenced block holding an object.
 */
function extractReportFromText(value) {
    if ((0, invocation_js_1.isPlainObject)(value))
        return value;
    if (typeof value !== 'string')
        return undefined;
    const text = value.trim();
    const direct = (0, invocation_js_1.parseJsonObject)(text);
    if (direct)
        return direct;
    const whole = /^```[a-zA-Z]*\s*\n([\s\S]*?)\n?```$/.exec(text);
    if (whole?.[1] !== undefined) {
        const inside = (0, invocation_js_1.parseJsonObject)(whole[1].trim());
        if (inside)
            return inside;
    }
    const first = /```[a-zA-Z]*\s*\n(\{[\s\S]*?\})\s*\n?```/.exec(text);
    return first?.[1] !== undefined ? (0, invocation_js_1.parseJsonObject)(first[1]) : undefined;
}
/**
 * Tokens, cost and model of a call from its result envelope. Claude counts `input_tokens`
 * without the cache; the port counts all input, so cache reads and writes are added in. The
 * cost is the envelope's `total_cost_usd` (else the sum of `modelUsage[*].costUSD`); the model
 * is the `modelUsage` entry that cost the most (claude may use a small model on the side).
 */
function envelopeUsage(envelope, configured = {}) {
    const numberAt = (source, key) => typeof source[key] === 'number' && Number.isFinite(source[key]) && source[key] >= 0
        ? source[key]
        : undefined;
    const perModel = (0, invocation_js_1.isPlainObject)(envelope.modelUsage)
        ? Object.entries(envelope.modelUsage).filter((entry) => (0, invocation_js_1.isPlainObject)(entry[1]))
        : [];
    const sumModels = (key) => {
        const values = perModel.map(([, usage]) => numberAt(usage, key));
        return values.some((value) => value !== undefined)
            ? values.reduce((sum, value) => sum + (value ?? 0), 0)
            : undefined;
    };
    const usage = (0, invocation_js_1.isPlainObject)(envelope.usage) ? envelope.usage : undefined;
    const tokens = (envelopeKey, modelKey) => usage !== undefined ? numberAt(usage, envelopeKey) : sumModels(modelKey);
    const uncachedInput = tokens('input_tokens', 'inputTokens');
    const cacheRead = tokens('cache_read_input_tokens', 'cacheReadInputTokens');
    const cacheWrite = tokens('cache_creation_input_tokens', 'cacheCreationInputTokens');
    const main = [...perModel].sort(([, a], [, b]) => (numberAt(b, 'costUSD') ?? 0) - (numberAt(a, 'costUSD') ?? 0))[0];
    const fields = {
        inputTokens: uncachedInput === undefined
            ? undefined
            : uncachedInput + (cacheRead ?? 0) + (cacheWrite ?? 0),
        cachedInputTokens: cacheRead,
        cacheWriteTokens: cacheWrite,
        outputTokens: tokens('output_tokens', 'outputTokens'),
        costUsd: numberAt(envelope, 'total_cost_usd') ?? sumModels('costUSD'),
        numTurns: numberAt(envelope, 'num_turns'),
        model: main?.[0] ?? configured.model,
        effort: configured.effort
    };
    const present = Object.entries(fields).filter(([, value]) => value !== undefined);
    return present.length === 0 ? undefined : Object.fromEntries(present);
}


/***/ }),

/***/ 329:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CLAUDE_REVIEW_ISOLATION = exports.CLAUDE_DEFAULTS = exports.CLAUDE_INSTRUCTION = exports.CLAUDE_EFFORTS = void 0;
exports.schemaForClaude = schemaForClaude;
exports.buildClaudeInvocation = buildClaudeInvocation;
exports.parseClaudeResult = parseClaudeResult;
exports.createClaudeAgent = createClaudeAgent;
const atomic_file_js_1 = __webpack_require__(7014);
const child_env_js_1 = __webpack_require__(804);
const claude_envelope_js_1 = __webpack_require__(6938);
const call_home_js_1 = __webpack_require__(6371);
const credentials_js_1 = __webpack_require__(9309);
const identity_js_1 = __webpack_require__(9809);
const invocation_js_1 = __webpack_require__(9257);
/**
 * `claude -p` (Claude Code 2.1.197) for the second audit. Read-only (plan mode, Read/Glob/
 * Grep), no configuration of anyone's (CLAUDE_REVIEW_ISOLATION), instructions as an appended
 * system-prompt file, stdin ignored, the audit schema inline. Its envelope is read whatever the exit code: an `is_error` envelope is an outcome.
 */
exports.CLAUDE_EFFORTS = ['low', 'medium', 'high', 'xhigh', 'max'];
/** The user prompt; the real instructions are in the appended system-prompt file. */
exports.CLAUDE_INSTRUCTION = 'Review the item using the appended audit instructions and the workspace packet files. ' +
    'Return only schema-valid JSON.';
exports.CLAUDE_DEFAULTS = {
    command: 'claude',
    model: 'opus',
    effort: 'max',
    maxTurns: 8,
    outputFormat: 'stream-json'
};
/**
 * What the audit lane never loads, whatever the call's cwd or home holds. Verified against
 * Claude Code 2.1.197 in __tests__/contract/:
 * - `--setting-sources ''`: no user, project or local settings, so no hooks, no `env` block
 *   (which could point ANTHROPIC_BASE_URL elsewhere: `--safe-mode` and `--bare` still apply
 *   it), no `apiKeyHelper`, no permissions, and no CLAUDE.md / CLAUDE.local.md anywhere.
 * - `--strict-mcp-config` with no `--mcp-config`: no MCP server from `.mcp.json` or
 *   `.claude.json`.
 * - `--safe-mode` (or `--bare`): skills, plugins, custom agents and commands, output styles
 *   and hooks off as well.
 */
exports.CLAUDE_REVIEW_ISOLATION = [
    '--setting-sources',
    '',
    '--strict-mcp-config'
];
/**
 * Claude compiles `--json-schema` with draft-07 Ajv: a 2020-12 `$schema` line makes it drop
 * structured output without a word, so the dialect line goes.
 */
function schemaForClaude(schema) {
    const withoutDialect = Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema'));
    return JSON.stringify(withoutDialect);
}
/** Pure: the whole invocation for one request. */
function buildClaudeInvocation(request, options = {}) {
    const outputFormat = options.outputFormat ?? exports.CLAUDE_DEFAULTS.outputFormat;
    const isolation = options.isolation ?? 'safe-mode';
    const args = [
        '-p',
        '--model',
        options.model ?? exports.CLAUDE_DEFAULTS.model,
        '--effort',
        options.effort ?? exports.CLAUDE_DEFAULTS.effort,
        '--no-session-persistence',
        '--max-turns',
        String(options.maxTurns ?? exports.CLAUDE_DEFAULTS.maxTurns),
        '--permission-mode',
        'plan',
        '--tools',
        'Read,Glob,Grep',
        '--append-system-prompt-file',
        request.promptFile,
        '--output-format',
        outputFormat,
        ...(outputFormat === 'stream-json' ? ['--verbose'] : []),
        '--json-schema',
        schemaForClaude(request.schema.json),
        `--${isolation}`,
        ...exports.CLAUDE_REVIEW_ISOLATION,
        ...(options.maxBudgetUsd !== undefined
            ? ['--max-budget-usd', String(options.maxBudgetUsd)]
            : []),
        // `--tools` is variadic: without `--` it would swallow the prompt.
        '--',
        exports.CLAUDE_INSTRUCTION
    ];
    const sourceEnv = options.sourceEnv ?? process.env;
    return {
        command: options.command ?? exports.CLAUDE_DEFAULTS.command,
        args,
        cwd: request.cwd,
        env: (0, child_env_js_1.buildAgentEnv)({ ...sourceEnv, ...request.env }, 'claude', {
            passThrough: [
                ...credentials_js_1.CLAUDE_PASS_THROUGH,
                ...(options.passThrough ?? []),
                ...Object.keys(request.env)
            ],
            deny: [...credentials_js_1.CODEX_CREDENTIAL_ENV, ...call_home_js_1.CALL_HOME_VARIABLES]
        }),
        callHome: {
            parentDir: options.callHomeParent ?? (0, call_home_js_1.defaultCallHomeParent)(sourceEnv),
            credential: (0, credentials_js_1.claudeLoginFile)(sourceEnv),
            ...(options.callHomeOwner ? { owner: options.callHomeOwner } : {})
        },
        stdin: { kind: 'ignore' },
        files: [{ path: request.promptFile, content: request.promptText }],
        removeBeforeRun: [request.reportPath, (0, invocation_js_1.rawOutputPathFor)(request.reportPath)],
        ...(0, invocation_js_1.logPathsFor)(request)
    };
}
/** Pure: classify a finished claude run and pull out its report and usage. */
function parseClaudeResult(request, run, options = {}) {
    const envelope = (0, claude_envelope_js_1.findResultEnvelope)(run.stdout);
    const configured = {
        ...(options.model === undefined ? {} : { model: options.model }),
        ...(options.effort === undefined ? {} : { effort: options.effort })
    };
    const usage = envelope
        ? (0, claude_envelope_js_1.envelopeUsage)(envelope, configured)
        : Object.keys(configured).length > 0
            ? configured
            : undefined;
    const base = {
        ...(0, invocation_js_1.processFields)(run.process),
        ...(usage ? { usage } : {}),
        ...(envelope ? { rawOutputPath: (0, invocation_js_1.rawOutputPathFor)(request.reportPath) } : {})
    };
    const failure = (0, invocation_js_1.processFailure)(run.process, 'claude');
    if (failure)
        return { ...base, ...failure };
    if (envelope && (0, claude_envelope_js_1.isErrorEnvelope)(envelope))
        return { ...base, ...(0, claude_envelope_js_1.classifyErrorEnvelope)(envelope) };
    if (run.process.exitCode !== 0) {
        const exit = run.process.exitCode ?? run.process.signal;
        return {
            ...base,
            status: 'exit_nonzero',
            diagnostics: [`claude -p failed with exit code ${exit}`, ...(0, invocation_js_1.tailLines)(run.stderr)]
        };
    }
    if (!envelope) {
        return run.stdout.trim() === ''
            ? { ...base, status: 'no_report', diagnostics: ['claude printed nothing on stdout'] }
            : {
                ...base,
                status: 'unparseable_report',
                diagnostics: ['claude stdout has no JSON envelope']
            };
    }
    return reportFromEnvelope(envelope, base, options.lenientTextReport ?? true);
}
function reportFromEnvelope(envelope, base, lenient) {
    if ((0, invocation_js_1.isPlainObject)(envelope.structured_output)) {
        return { ...base, status: 'ok', report: envelope.structured_output, diagnostics: [] };
    }
    // No envelope fields at all: the CLI printed the report itself.
    if (envelope.type === undefined && 'schema_version' in envelope) {
        return { ...base, status: 'ok', report: envelope, diagnostics: [] };
    }
    const missing = 'structured_output missing (schema not accepted by the CLI?)';
    if (!('result' in envelope) || envelope.result === '') {
        return { ...base, status: 'no_report', diagnostics: [missing, 'the envelope has no result'] };
    }
    const report = lenient ? (0, claude_envelope_js_1.extractReportFromText)(envelope.result) : undefined;
    if (report === undefined) {
        return {
            ...base,
            status: 'unparseable_report',
            diagnostics: [missing, 'the result text holds no JSON object']
        };
    }
    return {
        ...base,
        status: 'ok',
        report,
        diagnostics: [missing, 'report taken from the result text']
    };
}
function createClaudeAgent(options = {}) {
    if (options.effort !== undefined && !exports.CLAUDE_EFFORTS.includes(options.effort)) {
        throw new Error(`unknown claude effort '${options.effort}' (${exports.CLAUDE_EFFORTS.join(', ')})`);
    }
    if (options.maxTurns !== undefined &&
        !(Number.isInteger(options.maxTurns) && options.maxTurns > 1)) {
        throw new Error('claude maxTurns must be an integer above 1 (one turn is the report itself)');
    }
    const agent = (0, invocation_js_1.cliAgent)('claude', options.onSpawn, (request) => buildClaudeInvocation(request, options), async (request, raw) => {
        const outcome = parseClaudeResult(request, raw, {
            ...options,
            model: options.model ?? exports.CLAUDE_DEFAULTS.model,
            effort: options.effort ?? exports.CLAUDE_DEFAULTS.effort
        });
        // Keep the whole envelope beside the report: it carries cost, usage and errors.
        const envelope = (0, claude_envelope_js_1.findResultEnvelope)(raw.stdout);
        if (envelope && outcome.rawOutputPath) {
            // In the reports directory, where the agent could have left a link at the name.
            await (0, atomic_file_js_1.writeFileAtomically)(outcome.rawOutputPath, `${JSON.stringify(envelope, null, 2)}\n`);
        }
        return outcome;
    }, options.agentUser);
    return (0, identity_js_1.withIdentity)(agent, {
        adapter: 'claude',
        command: options.command ?? exports.CLAUDE_DEFAULTS.command,
        model: options.model ?? exports.CLAUDE_DEFAULTS.model,
        effort: options.effort ?? exports.CLAUDE_DEFAULTS.effort,
        ...(0, identity_js_1.agentPath)(options)
    });
}


/***/ }),

/***/ 5588:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CODEX_REVIEW_ISOLATION = exports.CODEX_NO_USER_CONFIG = exports.CODEX_DEFAULTS = exports.CODEX_EFFORTS = void 0;
exports.codexSandboxFor = codexSandboxFor;
exports.schemaForCodex = schemaForCodex;
exports.codexSchemaPathFor = codexSchemaPathFor;
exports.buildCodexInvocation = buildCodexInvocation;
exports.parseCodexResult = parseCodexResult;
exports.parseJsonLines = parseJsonLines;
exports.codexUsageFromEvents = codexUsageFromEvents;
exports.createCodexAgent = createCodexAgent;
const node_path_1 = __webpack_require__(6760);
const ports_js_1 = __webpack_require__(5565);
const child_env_js_1 = __webpack_require__(804);
const call_home_js_1 = __webpack_require__(6371);
const credentials_js_1 = __webpack_require__(9309);
const identity_js_1 = __webpack_require__(9809);
const invocation_js_1 = __webpack_require__(9257);
/**
 * `codex exec` (codex-cli 0.169) for the mutation lanes, the codex audit and triage.
 * Prompt on stdin (then closed), JSONL events on stdout for liveness and usage, the final
 * message in the `-o` file, which is parsed strictly: the whole file is one JSON object.
 */
/** Values the 0.169 model catalog accepts; the CLI itself sends anything verbatim. */
exports.CODEX_EFFORTS = ['low', 'medium', 'high', 'xhigh', 'max', 'ultra'];
exports.CODEX_DEFAULTS = { command: 'codex', model: 'gpt-5.4', effort: 'xhigh' };
function codexSandboxFor(lane) {
    return ports_js_1.MUTATION_LANES.includes(lane) ? 'workspace-write' : 'read-only';
}
/**
 * Every lane: no user configuration and no execpolicy rules, whatever CODEX_HOME holds (it
 * is a fresh one anyway: belt and braces).
 */
exports.CODEX_NO_USER_CONFIG = ['--ignore-user-config', '--ignore-rules'];
/**
 * The review lanes (audit, triage) additionally read no project instructions: no AGENTS.md
 * or AGENTS.override.md (`project_doc_max_bytes=0`) and no skill descriptions from
 * `.agents/skills` or `.codex/skills` (`skills.include_instructions=false`). They work in a
 * read-only export of the checkpoint that is not a git repository, hence
 * `--skip-git-repo-check`. A project's `.codex/config.toml` (MCP servers, hooks, providers) is
 * never loaded: codex applies it only to projects trusted in the user config, and that config
 * is empty and ignored. Verified against codex 0.169.0 in __tests__/contract/.
 */
exports.CODEX_REVIEW_ISOLATION = [
    '--skip-git-repo-check',
    '-c',
    'project_doc_max_bytes=0',
    '-c',
    'skills.include_instructions=false'
];
/**
 * Codex sends the `--output-schema` file as an OpenAI structured output with `strict: true`,
 * which takes only a subset of JSON Schema. The kernel's 2020-12 schema goes through this
 * first: no `$schema`/`$id` lines, `const` as a one-value `enum`, no string length bounds
 * (not in the documented strict subset). Nothing is lost: the kernel validates the report
 * against the full schema afterwards.
 */
function schemaForCodex(schema) {
    return toStrictSubset(schema);
}
const CODEX_DROPPED_KEYWORDS = new Set(['$schema', '$id', 'minLength', 'maxLength']);
function toStrictSubset(node) {
    if (Array.isArray(node))
        return node.map(toStrictSubset);
    if (!(0, invocation_js_1.isPlainObject)(node))
        return node;
    const out = {};
    for (const [key, value] of Object.entries(node)) {
        if (CODEX_DROPPED_KEYWORDS.has(key))
            continue;
        if (key === 'const') {
            if (!('enum' in node))
                out.enum = [value];
        }
        else if (key === 'properties' || key === '$defs' || key === 'definitions') {
            // Keys here are names, not keywords: only their values are schemas.
            out[key] = (0, invocation_js_1.isPlainObject)(value)
                ? Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, toStrictSubset(sub)]))
                : value;
        }
        else if (key === 'enum' || key === 'required') {
            out[key] = value;
        }
        else {
            out[key] = toStrictSubset(value);
        }
    }
    return out;
}
function operatorConfig(overrides) {
    return (overrides ?? []).flatMap((override) => ['-c', override]);
}
/** Beside the kernel's schema file: `<dir>/<name>.codex.schema.json`. */
function codexSchemaPathFor(schema) {
    return (0, node_path_1.join)((0, node_path_1.dirname)(schema.path), `${schema.name}.codex.schema.json`);
}
/** Pure: the whole invocation for one request. */
function buildCodexInvocation(request, options = {}) {
    const lastMessagePath = (0, invocation_js_1.rawOutputPathFor)(request.reportPath);
    const schemaPath = codexSchemaPathFor(request.schema);
    const args = [
        'exec',
        '--json',
        '-C',
        request.cwd,
        '-m',
        options.model ?? exports.CODEX_DEFAULTS.model,
        '-s',
        codexSandboxFor(request.lane),
        '--output-schema',
        schemaPath,
        '-o',
        lastMessagePath,
        '--ephemeral',
        ...operatorConfig(options.configOverrides),
        '-c',
        `model_reasoning_effort=${options.effort ?? exports.CODEX_DEFAULTS.effort}`,
        '-c',
        'web_search=disabled',
        // Codex otherwise syncs a plugin catalogue from github.com and sends metrics on every
        // start: traffic no item needs, and nothing a reviewed plan asked for.
        '-c',
        'features.plugins=false',
        '-c',
        'analytics.enabled=false',
        ...exports.CODEX_NO_USER_CONFIG,
        ...(ports_js_1.MUTATION_LANES.includes(request.lane) ? [] : exports.CODEX_REVIEW_ISOLATION),
        '-'
    ];
    const sourceEnv = options.sourceEnv ?? process.env;
    return {
        command: options.command ?? exports.CODEX_DEFAULTS.command,
        args,
        cwd: request.cwd,
        env: (0, child_env_js_1.buildAgentEnv)({ ...sourceEnv, ...request.env }, 'codex', {
            passThrough: [
                ...credentials_js_1.CODEX_PASS_THROUGH,
                ...(options.passThrough ?? []),
                ...Object.keys(request.env)
            ],
            deny: [...credentials_js_1.CLAUDE_CREDENTIAL_ENV, ...call_home_js_1.CALL_HOME_VARIABLES]
        }),
        callHome: {
            parentDir: options.callHomeParent ?? (0, call_home_js_1.defaultCallHomeParent)(sourceEnv),
            credential: (0, credentials_js_1.codexLoginFile)(sourceEnv),
            ...(options.callHomeOwner ? { owner: options.callHomeOwner } : {})
        },
        stdin: { kind: 'text', text: request.promptText },
        files: [
            { path: request.promptFile, content: request.promptText },
            {
                path: schemaPath,
                content: `${JSON.stringify(schemaForCodex(request.schema.json), null, 2)}\n`
            }
        ],
        removeBeforeRun: [request.reportPath, lastMessagePath],
        ...(0, invocation_js_1.logPathsFor)(request)
    };
}
/**
 * Pure: classify a finished codex run and pull out its report and usage. `configured` is the
 * model and effort the run was started with: codex's events do not name them.
 */
function parseCodexResult(request, run, configured = {}) {
    const events = parseJsonLines(run.stdout);
    const tokens = codexUsageFromEvents(events);
    const usage = tokens === undefined && Object.keys(configured).length === 0
        ? undefined
        : { ...tokens, ...configured };
    const base = {
        ...(0, invocation_js_1.processFields)(run.process),
        ...(usage ? { usage } : {}),
        ...(run.lastMessage !== null ? { rawOutputPath: (0, invocation_js_1.rawOutputPathFor)(request.reportPath) } : {})
    };
    const failure = (0, invocation_js_1.processFailure)(run.process, 'codex');
    if (failure)
        return { ...base, ...failure };
    if (run.process.exitCode !== 0) {
        const reasons = [...failureMessages(events), ...(0, invocation_js_1.tailLines)(run.stderr)];
        const status = reasons.some((line) => AUTH_FAILURE.test(line)) ? 'auth_error' : 'exit_nonzero';
        const exit = run.process.exitCode ?? run.process.signal;
        return {
            ...base,
            status,
            diagnostics: [`codex exec failed with exit code ${exit}; see its stderr log`, ...reasons]
        };
    }
    if (run.lastMessage === null || run.lastMessage.trim() === '') {
        return { ...base, status: 'no_report', diagnostics: ['codex wrote no final message (-o file)'] };
    }
    const report = (0, invocation_js_1.parseJsonObject)(run.lastMessage);
    if (report === undefined) {
        return {
            ...base,
            status: 'unparseable_report',
            diagnostics: ['codex final message is not one JSON object']
        };
    }
    return { ...base, status: 'ok', report, diagnostics: [] };
}
/** 401/403 and "no credentials" texts in codex's stderr or `turn.failed` events. */
const AUTH_FAILURE = /\b40[13]\b|unauthori[sz]ed|forbidden|not logged in|no codex credentials|api key/i;
/** The JSON objects among the lines of codex's `--json` stdout. */
function parseJsonLines(text) {
    const events = [];
    for (const line of text.split('\n')) {
        if (!line.startsWith('{'))
            continue;
        const event = (0, invocation_js_1.parseJsonObject)(line);
        if (event)
            events.push(event);
    }
    return events;
}
function failureMessages(events) {
    const messages = [];
    for (const event of events) {
        if (event.type === 'turn.failed' && (0, invocation_js_1.isPlainObject)(event.error)) {
            messages.push(String(event.error.message ?? 'turn failed'));
        }
        else if (event.type === 'error' && typeof event.message === 'string') {
            messages.push(event.message);
        }
    }
    return messages.slice(-5);
}
/**
 * Codex reports tokens per turn (`turn.completed.usage`, the sum over the turn's model
 * requests) and no cost. Its counts follow the Responses API: `input_tokens` includes the
 * cached and cache-written ones, `output_tokens` the reasoning ones, which is the port's
 * convention too. A `--json` stdout log as a whole goes in; other lines are ignored.
 */
function codexUsageFromEvents(events) {
    const turns = events.filter((event) => event.type === 'turn.completed' && (0, invocation_js_1.isPlainObject)(event.usage));
    if (turns.length === 0)
        return undefined;
    const total = (key) => turns.reduce((sum, event) => {
        const value = event.usage[key];
        return sum + (typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0);
    }, 0);
    return {
        inputTokens: total('input_tokens'),
        cachedInputTokens: total('cached_input_tokens'),
        cacheWriteTokens: total('cache_write_input_tokens'),
        outputTokens: total('output_tokens'),
        reasoningTokens: total('reasoning_output_tokens'),
        numTurns: turns.length
    };
}
function createCodexAgent(options = {}) {
    if (options.effort !== undefined && !exports.CODEX_EFFORTS.includes(options.effort)) {
        throw new Error(`unknown codex effort '${options.effort}' (${exports.CODEX_EFFORTS.join(', ')})`);
    }
    const agent = (0, invocation_js_1.cliAgent)('codex', options.onSpawn, (request) => buildCodexInvocation(request, options), async (request, raw) => {
        const lastMessage = await (0, invocation_js_1.readOptional)((0, invocation_js_1.rawOutputPathFor)(request.reportPath));
        return parseCodexResult(request, { ...raw, lastMessage }, {
            model: options.model ?? exports.CODEX_DEFAULTS.model,
            effort: options.effort ?? exports.CODEX_DEFAULTS.effort
        });
    }, options.agentUser);
    return (0, identity_js_1.withIdentity)(agent, {
        adapter: 'codex',
        command: options.command ?? exports.CODEX_DEFAULTS.command,
        model: options.model ?? exports.CODEX_DEFAULTS.model,
        effort: options.effort ?? exports.CODEX_DEFAULTS.effort,
        ...(0, identity_js_1.agentPath)(options)
    });
}


/***/ }),

/***/ 9309:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CLAUDE_PASS_THROUGH = exports.CODEX_PASS_THROUGH = exports.CLAUDE_CREDENTIAL_ENV = exports.CODEX_CREDENTIAL_ENV = void 0;
exports.codexLoginFile = codexLoginFile;
exports.claudeLoginFile = claudeLoginFile;
const node_os_1 = __webpack_require__(8161);
const node_path_1 = __webpack_require__(6760);
/**
 * Each agent sees only its own credentials: a prompt-injected codex must not be able to read
 * claude's key, nor the other way round. Credentials reach an agent through its environment;
 * its home is a fresh one per call (call-home.ts), into which only its own login file is
 * copied for a user who logged in interactively.
 */
exports.CODEX_CREDENTIAL_ENV = [
    'CODEX_API_KEY',
    'OPENAI_API_KEY',
    'CODEX_ACCESS_TOKEN'
];
exports.CLAUDE_CREDENTIAL_ENV = [
    'ANTHROPIC_API_KEY',
    'CLAUDE_CODE_OAUTH_TOKEN',
    'ANTHROPIC_AUTH_TOKEN'
];
/**
 * Credentials plus the CLI's endpoint settings. Not `CODEX_HOME`/`CLAUDE_CONFIG_DIR`: those
 * always point at the call's fresh home, never at a shared, writable configuration.
 */
exports.CODEX_PASS_THROUGH = [
    ...exports.CODEX_CREDENTIAL_ENV,
    'OPENAI_BASE_URL',
    'CODEX_CA_CERTIFICATE'
];
exports.CLAUDE_PASS_THROUGH = [
    ...exports.CLAUDE_CREDENTIAL_ENV,
    'ANTHROPIC_BASE_URL'
];
function userHome(env) {
    return env.HOME?.trim() || (0, node_os_1.homedir)();
}
/** `$CODEX_HOME/auth.json` (default `~/.codex/auth.json`): what `codex login` writes. */
function codexLoginFile(env) {
    const codexHome = env.CODEX_HOME?.trim() || (0, node_path_1.join)(userHome(env), '.codex');
    return { source: (0, node_path_1.join)(codexHome, 'auth.json'), target: '.codex/auth.json' };
}
/**
 * `$CLAUDE_CONFIG_DIR/.credentials.json` (default `~/.claude/.credentials.json`): where
 * `claude auth login` keeps its OAuth login on Linux. A login kept in the macOS keychain is
 * not a file and does not carry over; use `CLAUDE_CODE_OAUTH_TOKEN` or `ANTHROPIC_API_KEY`.
 */
function claudeLoginFile(env) {
    const configDir = env.CLAUDE_CONFIG_DIR?.trim() || (0, node_path_1.join)(userHome(env), '.claude');
    return { source: (0, node_path_1.join)(configDir, '.credentials.json'), target: '.claude/.credentials.json' };
}


/***/ }),

/***/ 724:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.defaultReport = defaultReport;
const scenario_js_1 = __webpack_require__(1241);
/**
 * The report a scripted lane returns when its scenario says nothing about the report: the
 * uneventful path, so a scenario only spells out what differs.
 *
 * - execute: `implemented`, next state `verify`; `files_touched` = the script's writes.
 * - fix / remediation: `changes_applied`, next state `reverify`, `loop_round` from the cycle.
 * - audit_codex / audit_claude: `pass`, no findings, next state `pass`.
 * - triage: `pass` \u2192 `passed`, no findings, nothing suppressed.
 *
 * Field sets follow the report schemas in schemas/ (generated from src/core/schemas/reports.ts).
 */
function defaultReport(call, filesTouched) {
    const identity = { item_id: call.itemId, attempt_number: call.attempt };
    switch (call.lane) {
        case 'execute':
            return {
                schema_version: 'plan_orchestrator.execution_report.v1',
                stage: 'execute',
                ...identity,
                summary: 'Scripted execution completed.',
                verdict: 'implemented',
                consulted_inputs: [],
                files_touched: [...filesTouched],
                artifacts_created: [],
                red_green: noRedGreen(),
                scope_compliance: withinScope(),
                unresolved_dependencies: [],
                residual_risks: [],
                next_recommended_state: 'verify'
            };
        case 'fix':
        case 'remediation':
            return {
                schema_version: 'plan_orchestrator.fix_report.v1',
                stage: call.lane,
                ...identity,
                loop_round: Math.max(1, (0, scenario_js_1.roundOf)(call.cycle)),
                summary: `Scripted ${call.lane} completed.`,
                verdict: 'changes_applied',
                source_finding_ids: [],
                files_touched: [...filesTouched],
                artifacts_created: [],
                red_green: noRedGreen(),
                scope_compliance: withinScope(),
                residual_open_items: [],
                residual_risks: [],
                next_recommended_state: 'reverify'
            };
        case 'audit_codex':
        case 'audit_claude':
            return {
                schema_version: 'plan_orchestrator.audit_report.v1',
                audit_lane: auditLane(call.lane),
                ...identity,
                summary: 'Scripted audit found nothing to report.',
                overall_verdict: 'pass',
                audited_artifacts: [],
                positive_signals: ['Scripted audit: no issues.'],
                limitations: [],
                findings: [],
                next_recommended_state: 'pass'
            };
        case 'triage':
            return {
                schema_version: 'plan_orchestrator.triage_report.v1',
                stage: 'triage',
                ...identity,
                summary: 'Scripted triage: nothing blocks the item.',
                overall_decision: 'pass',
                reasoning_notes: [],
                merged_findings: [],
                suppressed_findings: [],
                next_stage: 'passed'
            };
    }
}
function auditLane(lane) {
    return lane === 'audit_claude' ? 'claude' : 'codex';
}
function noRedGreen() {
    return {
        required: false,
        tests_added_or_updated: [],
        red_commands: [],
        red_failure_evidence: 'Not required for this item.',
        green_commands: [],
        green_pass_evidence: 'Not required for this item.'
    };
}
function withinScope() {
    return {
        status: 'within_scope',
        notes: 'Scripted changes stay inside the allowed roots.',
        scope_exceptions: []
    };
}


/***/ }),

/***/ 9809:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.withIdentity = withIdentity;
exports.cliVersion = cliVersion;
exports.agentPath = agentPath;
const node_child_process_1 = __webpack_require__(1421);
const promises_1 = __webpack_require__(1455);
const node_os_1 = __webpack_require__(8161);
const node_path_1 = __webpack_require__(6760);
/**
 * Which CLI serves an agent, for the provenance record of each call: the adapter, the
 * executable, the model and effort it is asked for, and the first line of `<cli> --version`
 * (asked once per process, in an empty home with nothing of ours in its environment).
 */
const VERSION_TIMEOUT_MS = 15_000;
const MAX_VERSION_LENGTH = 200;
function withIdentity(agent, spec) {
    let version;
    return {
        ...agent,
        async describe() {
            version ??= cliVersion(spec.command, spec.path ?? process.env['PATH'] ?? '');
            return {
                adapter: spec.adapter,
                cli: spec.command,
                cli_version: await version,
                model: spec.model,
                effort: spec.effort
            };
        }
    };
}
/** First non-blank line of `<command> --version`, or null when it does not answer cleanly. */
async function cliVersion(command, path) {
    const home = await (0, promises_1.mkdtemp)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'plan-orchestrator-version-'));
    try {
        const stdout = await new Promise((resolve) => {
            (0, node_child_process_1.execFile)(command, ['--version'], {
                cwd: home,
                env: { PATH: path, HOME: home },
                timeout: VERSION_TIMEOUT_MS,
                maxBuffer: 64 * 1024,
                encoding: 'utf8'
            }, (error, out) => resolve(error === null ? out : null)).stdin?.end();
        });
        const line = stdout
            ?.split('\n')
            .map((text) => text.trim())
            .find((text) => text !== '');
        return line === undefined ? null : line.slice(0, MAX_VERSION_LENGTH);
    }
    finally {
        await (0, promises_1.rm)(home, { recursive: true, force: true });
    }
}
/** The PATH a CLI agent's calls look their executable up on (its source environment's). */
function agentPath(options) {
    const path = (options.sourceEnv ?? process.env)['PATH'];
    return path === undefined ? {} : { path };
}


/***/ }),

/***/ 455:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createAgents = createAgents;
const claude_js_1 = __webpack_require__(329);
const codex_js_1 = __webpack_require__(5588);
const scripted_js_1 = __webpack_require__(9513);
/**
 * Which agent serves which lane. Codex makes the changes, audits once and triages; claude is
 * the second, independent auditor. `scripted` serves every lane from one scenario.
 */
function createAgents(kind, options = {}) {
    const shared = options.passThrough ?? [];
    const merged = (own) => [...shared, ...(own ?? [])];
    const isolated = options.agentUser === undefined ? {} : { agentUser: options.agentUser };
    if (kind === 'scripted') {
        const scripted = (0, scripted_js_1.createScriptedAgent)({
            models: {
                codex: { model: options.codex?.model, effort: options.codex?.effort },
                claude: { model: options.claude?.model, effort: options.claude?.effort }
            },
            ...options.scripted,
            ...isolated,
            passThrough: merged(options.scripted?.passThrough)
        });
        return {
            execute: scripted,
            fix: scripted,
            remediation: scripted,
            audit_codex: scripted,
            audit_claude: scripted,
            triage: scripted
        };
    }
    const codex = (0, codex_js_1.createCodexAgent)({
        ...options.codex,
        ...isolated,
        passThrough: merged(options.codex?.passThrough)
    });
    const claude = (0, claude_js_1.createClaudeAgent)({
        ...options.claude,
        ...isolated,
        passThrough: merged(options.claude?.passThrough)
    });
    return {
        execute: codex,
        fix: codex,
        remediation: codex,
        audit_codex: codex,
        audit_claude: claude,
        triage: codex
    };
}


/***/ }),

/***/ 9257:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.logStem = exports.logPathsFor = void 0;
exports.rawOutputPathFor = rawOutputPathFor;
exports.executeInvocation = executeInvocation;
exports.readOptional = readOptional;
exports.spawnReporter = spawnReporter;
exports.processFailure = processFailure;
exports.processFields = processFields;
exports.tailLines = tailLines;
exports.settleReport = settleReport;
exports.unexpectedFailure = unexpectedFailure;
exports.parseJsonObject = parseJsonObject;
exports.isPlainObject = isPlainObject;
exports.cliAgent = cliAgent;
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const errors_js_1 = __webpack_require__(3916);
const atomic_file_js_1 = __webpack_require__(7014);
const process_runner_js_1 = __webpack_require__(7348);
const stage_processes_js_1 = __webpack_require__(9322);
const call_home_js_1 = __webpack_require__(6371);
var agent_logs_js_1 = __webpack_require__(302);
Object.defineProperty(exports, "logPathsFor", ({ enumerable: true, get: function () { return agent_logs_js_1.logPathsFor; } }));
Object.defineProperty(exports, "logStem", ({ enumerable: true, get: function () { return agent_logs_js_1.logStem; } }));
/** `x.json` \u2192 `x.raw.json`: the agent's own output, kept beside the report. */
function rawOutputPathFor(reportPath) {
    return reportPath.endsWith('.json')
        ? `${reportPath.slice(0, -'.json'.length)}.raw.json`
        : `${reportPath}.raw.json`;
}
async function executeInvocation(invocation, request, onSpawn, runAs) {
    for (const file of invocation.files) {
        await (0, promises_1.mkdir)((0, node_path_1.dirname)(file.path), { recursive: true });
        // Never through a link an earlier agent left at the name (atomic-file.ts).
        await (0, atomic_file_js_1.writeFileAtomically)(file.path, file.content);
    }
    for (const path of invocation.removeBeforeRun)
        await (0, promises_1.rm)(path, { force: true });
    await (0, promises_1.mkdir)((0, node_path_1.dirname)(request.reportPath), { recursive: true });
    const run = (homeEnv) => (0, process_runner_js_1.runProcess)({
        command: invocation.command,
        args: invocation.args,
        cwd: invocation.cwd,
        env: { ...invocation.env, ...homeEnv },
        stdin: invocation.stdin,
        stdoutPath: invocation.stdoutPath,
        stderrPath: invocation.stderrPath,
        timeoutMs: request.timeoutMs,
        idleTimeoutMs: request.idleTimeoutMs,
        killGraceMs: request.killGraceMs,
        maxLogBytes: request.maxLogBytes,
        ...(request.stage === undefined ? {} : { stage: request.stage }),
        ...(onSpawn ? { onSpawn } : {}),
        ...(runAs ? { runAs } : {})
    });
    // As the agent user, the call's directory (agent-user/call-dir.ts) holds its fresh home,
    // named in the request's environment; otherwise a fresh home is made for this call.
    const processResult = runAs === undefined
        ? await (0, call_home_js_1.withCallHome)(invocation.callHome, (home) => run(home.env))
        : await run(Object.fromEntries(Object.entries(request.env).filter(([name]) => call_home_js_1.CALL_HOME_VARIABLES.includes(name))));
    return {
        process: processResult,
        stdout: (await readOptional(invocation.stdoutPath)) ?? '',
        stderr: (await readOptional(invocation.stderrPath)) ?? ''
    };
}
async function readOptional(path) {
    try {
        return await (0, promises_1.readFile)(path, 'utf8');
    }
    catch {
        return null;
    }
}
/** Adapts the runner's spawn callback to the adapter's richer event. */
function spawnReporter(onSpawn, request, invocation) {
    if (!onSpawn)
        return undefined;
    return (pid) => onSpawn({
        pid,
        lane: request.lane,
        itemId: request.itemId,
        attempt: request.attempt,
        command: invocation.command,
        args: invocation.args
    });
}
/** The status of a run that never got to produce output worth parsing, else null. */
function processFailure(run, tool) {
    if (run.spawnError !== null && run.pid === null) {
        return { status: 'spawn_failed', diagnostics: [`${tool} could not start: ${run.spawnError}`] };
    }
    if (run.timedOut === 'wall') {
        return { status: 'timeout', diagnostics: [`${tool} exceeded its time limit and was killed`] };
    }
    if (run.timedOut === 'idle') {
        return {
            status: 'idle_timeout',
            diagnostics: [`${tool} produced no output for too long and was killed`]
        };
    }
    return null;
}
function processFields(run) {
    return {
        exitCode: run.exitCode,
        signal: run.signal,
        durationMs: run.durationMs,
        ...(run.logs === undefined ? {} : { logs: run.logs }),
        ...(run.strays === undefined ? {} : { leftRunning: run.strays.found.map(stage_processes_js_1.describeStageProcess) })
    };
}
/** The last few non-blank lines of a stream, for a diagnostic a person can act on. */
function tailLines(text, count = 5) {
    return text
        .split('\n')
        .map((line) => line.trimEnd())
        .filter((line) => line.trim() !== '')
        .slice(-count);
}
/** Writes the report where the kernel expects it, only when there is one. */
async function settleReport(request, outcome) {
    if (outcome.status !== 'ok' || outcome.report === undefined)
        return outcome;
    try {
        await (0, atomic_file_js_1.writeFileAtomically)(request.reportPath, `${JSON.stringify(outcome.report, null, 2)}\n`);
        return outcome;
    }
    catch (error) {
        return {
            ...outcome,
            status: 'no_report',
            report: undefined,
            diagnostics: [...outcome.diagnostics, `cannot write the report: ${(0, errors_js_1.describeError)(error)}`]
        };
    }
}
/** An adapter never throws at the kernel: anything unexpected becomes an outcome. */
function unexpectedFailure(tool, error, startedAt) {
    return {
        status: 'spawn_failed',
        exitCode: null,
        signal: null,
        durationMs: Math.round(performance.now() - startedAt),
        diagnostics: [`${tool} could not be run: ${(0, errors_js_1.describeError)(error)}`]
    };
}
/** Parses a JSON object; arrays, scalars and invalid text give undefined. */
function parseJsonObject(text) {
    try {
        const value = JSON.parse(text);
        return isPlainObject(value) ? value : undefined;
    }
    catch {
        return undefined;
    }
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * The run of every CLI agent: build the invocation, run it, read the tool's own output into
 * an outcome, put the report where the kernel expects it. Anything unexpected becomes an
 * outcome too, so an adapter never throws at the kernel.
 *
 * Under isolation the CLI runs as the agent user and sees the request of its call
 * (agent-user/isolation.ts): what it writes is read only after every process of that user
 * has stopped, and only as checked copies.
 */
function cliAgent(id, onSpawn, buildInvocation, readOutcome, isolation) {
    const attempt = async (request, runAs, afterRun) => {
        const invocation = buildInvocation(request);
        const raw = await executeInvocation(invocation, request, spawnReporter(onSpawn, request, invocation), runAs);
        await afterRun?.();
        return settleReport(request, await readOutcome(request, raw));
    };
    return {
        id,
        buildInvocation,
        async run(request) {
            const startedAt = performance.now();
            if (isolation === undefined) {
                try {
                    return await attempt(request);
                }
                catch (error) {
                    return unexpectedFailure(id, error, startedAt);
                }
            }
            let outcome;
            let call;
            try {
                call = await isolation.openAgentCall(request);
                const opened = call;
                outcome = await opened.deliver(await attempt(opened.request, opened.runAs, () => opened.sealOutputs()));
            }
            catch (error) {
                outcome = unexpectedFailure(id, error, startedAt);
            }
            try {
                await call?.close();
            }
            catch (error) {
                // The worktree may still be the agent's: nothing of this call can be trusted.
                return unexpectedFailure(id, error, startedAt);
            }
            return outcome;
        }
    };
}


/***/ }),

/***/ 7369:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runProcessSteps = runProcessSteps;
exports.runShellStep = runShellStep;
exports.commitAsAgent = commitAsAgent;
exports.segmentSteps = segmentSteps;
const node_child_process_1 = __webpack_require__(1421);
const node_util_1 = __webpack_require__(7975);
const child_env_js_1 = __webpack_require__(804);
const process_runner_js_1 = __webpack_require__(7348);
const call_home_js_1 = __webpack_require__(6371);
const invocation_js_1 = __webpack_require__(9257);
const scenario_js_1 = __webpack_require__(1241);
/**
 * The scripted agent's child processes: process faults acted out by a tiny Node child, `run`
 * steps as `bash -c`, and commits made behind the orchestrator's back. They go through the
 * shared process runner, so timeouts, group kills and the agent user take the real path.
 */
/** Runs the process steps it is given as JSON in argv[1]; CommonJS because of `node -e`. */
const PROCESS_STEPS_SCRIPT = `
const { spawn } = require('node:child_process')
const steps = JSON.parse(process.argv[1])
const wait = (ms) => new Promise((done) => setTimeout(done, ms))
async function main() {
  for (const step of steps) {
    if ('sleep_ms' in step) {
      const end = Date.now() + step.sleep_ms
      while (Date.now() < end) {
        process.stdout.write('scripted agent: working\\n')
        await wait(Math.min(100, end - Date.now()))
      }
    } else if ('stdout_bytes' in step) {
      const block = Buffer.from(('scripted agent: flooding stdout '.padEnd(99, '.') + '\\n').repeat(640))
      let left = step.stdout_bytes
      while (left > 0) {
        const chunk = block.subarray(0, Math.min(block.length, left))
        left -= chunk.length
        if (!process.stdout.write(chunk)) await new Promise((done) => process.stdout.once('drain', done))
      }
    } else if ('exit_code' in step) {
      if (step.stderr) process.stderr.write(step.stderr + '\\n')
      process.exit(step.exit_code)
    } else if (step.fault === 'spawn_grandchild') {
      const grandchild = spawn(process.execPath, ['-e', 'setInterval(() => {}, 60000)'], { stdio: 'ignore' })
      grandchild.unref()
      process.stdout.write('scripted agent: grandchild ' + grandchild.pid + '\\n')
    } else if (step.fault === 'spawn_setsid_grandchild' || step.fault === 'spawn_hidden_daemon') {
      // detached: the daemon calls setsid(), leaving this process group and session.
      const hidden = step.fault === 'spawn_hidden_daemon'
      const daemon = spawn(process.execPath, ['-e', 'process.on("SIGTERM", () => {}); setInterval(() => {}, 60000)'], {
        stdio: 'ignore',
        detached: true,
        ...(hidden ? { cwd: '/', env: {} } : {})
      })
      daemon.unref()
      process.stdout.write('scripted agent: daemon ' + daemon.pid + '\\n')
    } else {
      if (step.fault === 'hang_ignoring_sigterm') process.on('SIGTERM', () => {})
      setInterval(() => {}, 60000)
      await new Promise(() => {})
    }
  }
}
main()
`;
function isProcessStep(step) {
    if ('sleep_ms' in step || 'stdout_bytes' in step || 'exit_code' in step)
        return true;
    return 'fault' in step && scenario_js_1.PROCESS_FAULTS.includes(step.fault);
}
function runProcessSteps(steps, request, options, logs, child) {
    // The orchestrator's own node may live where the agent user cannot reach it (a private
    // cache or home); as the agent user, the node on the agent's PATH acts the steps out.
    const node = child.runAs === undefined ? process.execPath : 'node';
    return runScenarioChild(node, ['-e', PROCESS_STEPS_SCRIPT, JSON.stringify(steps)], {
        request,
        options,
        logs,
        child
    });
}
/** A `run` step: one `bash -c` child, as a real agent's shell tool would run it. */
function runShellStep(command, request, options, logs, child) {
    return runScenarioChild('bash', ['-c', command], { request, options, logs, child });
}
function runScenarioChild(command, args, context) {
    const { request, options, logs, child } = context;
    const onSpawn = (0, invocation_js_1.spawnReporter)(options.onSpawn, request, { command, args });
    const sourceEnv = options.sourceEnv ?? process.env;
    const run = (homeEnv) => (0, process_runner_js_1.runProcess)({
        command,
        args,
        cwd: request.cwd,
        env: {
            ...(0, child_env_js_1.buildAgentEnv)({ ...sourceEnv, ...child.env }, 'scripted', {
                passThrough: [...(options.passThrough ?? []), ...Object.keys(child.env)],
                deny: call_home_js_1.CALL_HOME_VARIABLES
            }),
            ...homeEnv
        },
        stdin: { kind: 'ignore' },
        ...logs,
        appendLogs: true,
        timeoutMs: request.timeoutMs,
        idleTimeoutMs: request.idleTimeoutMs,
        killGraceMs: request.killGraceMs,
        maxLogBytes: request.maxLogBytes,
        ...(request.stage === undefined ? {} : { stage: request.stage }),
        ...(onSpawn ? { onSpawn } : {}),
        ...(child.runAs ? { runAs: child.runAs } : {})
    });
    // Like the CLI agents: a fresh, empty home per call (no login to copy); as the agent user,
    // the home of the call's own directory (named in child.env).
    if (child.runAs !== undefined)
        return run(Object.fromEntries(Object.entries(child.env).filter(([name]) => call_home_js_1.CALL_HOME_VARIABLES.includes(name))));
    const callHome = {
        parentDir: options.callHomeParent ?? (0, call_home_js_1.defaultCallHomeParent)(sourceEnv),
        ...(options.callHomeOwner ? { owner: options.callHomeOwner } : {})
    };
    return (0, call_home_js_1.withCallHome)(callHome, (home) => run(home.env));
}
/** Stages and commits the whole worktree as the agent, behind the orchestrator's back. */
async function commitAsAgent(cwd, message) {
    const git = (0, node_util_1.promisify)(node_child_process_1.execFile);
    // Under isolation the worktree belongs to the agent user while it works.
    const trust = ['-c', `safe.directory=${cwd}`];
    const identity = ['-c', 'user.name=scripted agent', '-c', 'user.email=agent@example.invalid'];
    // The agent's own git, not the orchestrator's: it must not get the hardened settings.
    // eslint-disable-next-line no-restricted-syntax
    await git('git', [...trust, 'add', '-A'], { cwd });
    // eslint-disable-next-line no-restricted-syntax
    await git('git', [...trust, ...identity, 'commit', '-q', '--allow-empty', '-m', message], {
        cwd
    });
}
/** Consecutive process steps share one child, so a grandchild outlives the step that made it. */
function segmentSteps(steps) {
    const segments = [];
    for (const step of steps) {
        const last = segments.at(-1);
        if (!isProcessStep(step))
            segments.push({ step });
        else if (last && 'processSteps' in last)
            last.processSteps.push(step);
        else
            segments.push({ processSteps: [step] });
    }
    return segments;
}


/***/ }),

/***/ 9513:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createScriptedAgent = createScriptedAgent;
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const claude_envelope_js_1 = __webpack_require__(6938);
const codex_js_1 = __webpack_require__(5588);
const default_reports_js_1 = __webpack_require__(724);
const scripted_children_js_1 = __webpack_require__(7369);
const invocation_js_1 = __webpack_require__(9257);
const scenario_js_1 = __webpack_require__(1241);
const SCRIPTED = 'scripted agent';
function createScriptedAgent(options = {}) {
    const scenario = options.scenario ??
        (options.scenarioPath ? (0, scenario_js_1.loadScenarioFile)(options.scenarioPath) : { version: 1, scripts: [] });
    return {
        id: 'scripted',
        describe: () => Promise.resolve({
            adapter: 'scripted',
            cli: 'scripted',
            cli_version: null,
            model: null,
            effort: null
        }),
        async run(request) {
            const startedAt = performance.now();
            if (options.agentUser === undefined) {
                try {
                    return await runScripted(request, scenario, options, startedAt);
                }
                catch (error) {
                    return (0, invocation_js_1.unexpectedFailure)(SCRIPTED, error, startedAt);
                }
            }
            // Its processes run as the agent user; its reports stay the orchestrator's to write.
            let outcome;
            let call;
            try {
                call = await options.agentUser.openAgentCall(request);
                outcome = await runScripted(request, scenario, options, startedAt, {
                    env: call.request.env,
                    runAs: call.runAs
                });
            }
            catch (error) {
                outcome = (0, invocation_js_1.unexpectedFailure)(SCRIPTED, error, startedAt);
            }
            try {
                await call?.close();
            }
            catch (error) {
                return (0, invocation_js_1.unexpectedFailure)(SCRIPTED, error, startedAt);
            }
            return outcome;
        }
    };
}
async function runScripted(request, scenario, options, startedAt, child = { env: request.env }) {
    const call = {
        lane: request.lane,
        itemId: request.itemId,
        attempt: request.attempt,
        cycle: request.cycleTag
    };
    const script = (0, scenario_js_1.selectScript)(scenario, call);
    const logs = await prepareRun(request);
    const note = (line) => (0, promises_1.appendFile)(logs.stdoutPath, `scripted agent: ${line}\n`, 'utf8');
    await note(script ? `running the ${request.lane} script` : `no script: default ${request.lane}`);
    const elapsed = () => Math.round(performance.now() - startedAt);
    const written = [];
    const reported = [];
    const withUsage = async (outcome) => {
        const usage = await scriptedUsage(request, options, reported, logs.stdoutPath);
        return usage === undefined ? outcome : { ...outcome, usage };
    };
    let final;
    let logged;
    const leftRunning = [];
    const processRecord = () => ({
        ...(logged === undefined ? {} : { logs: logged }),
        ...(leftRunning.length === 0 ? {} : { leftRunning: [...leftRunning] })
    });
    for (const segment of (0, scripted_children_js_1.segmentSteps)(script?.steps ?? [])) {
        if ('processSteps' in segment) {
            const run = await (0, scripted_children_js_1.runProcessSteps)(segment.processSteps, request, options, logs, child);
            logged = addLogSizes(logged, run.logs);
            leftRunning.push(...((0, invocation_js_1.processFields)(run).leftRunning ?? []));
            const base = { ...(0, invocation_js_1.processFields)(run), durationMs: elapsed(), ...processRecord() };
            const failure = (0, invocation_js_1.processFailure)(run, SCRIPTED);
            if (failure)
                return withUsage({ ...base, ...failure });
            if (run.exitCode === 0)
                continue;
            const stderr = (0, invocation_js_1.tailLines)((await (0, invocation_js_1.readOptional)(logs.stderrPath)) ?? '');
            const reason = `${SCRIPTED} exited with code ${run.exitCode}`;
            return withUsage({ ...base, status: 'exit_nonzero', diagnostics: [reason, ...stderr] });
        }
        const step = segment.step;
        if ('usage' in step) {
            reported.push(step.usage);
        }
        else if ('run' in step) {
            const command = String((0, scenario_js_1.substitutePlaceholders)(step.run, call));
            await note(`running: ${command}`);
            const run = await (0, scripted_children_js_1.runShellStep)(command, request, options, logs, child);
            logged = addLogSizes(logged, run.logs);
            leftRunning.push(...((0, invocation_js_1.processFields)(run).leftRunning ?? []));
            const failure = (0, invocation_js_1.processFailure)(run, SCRIPTED);
            if (failure)
                return withUsage({
                    ...(0, invocation_js_1.processFields)(run),
                    durationMs: elapsed(),
                    ...processRecord(),
                    ...failure
                });
            // Like a tool call inside a real agent: a failing command does not end the call.
            await note(`command exited with ${run.exitCode ?? run.signal}`);
        }
        else if ('write' in step) {
            const paths = await applyWrites(step.write, request.cwd, call);
            written.push(...paths);
            await note(`wrote ${paths.join(', ')}`);
        }
        else if ('write_bytes' in step) {
            const sizes = step.write_bytes;
            for (const [path, bytes] of Object.entries(sizes)) {
                const target = (0, node_path_1.resolve)(request.cwd, String((0, scenario_js_1.substitutePlaceholders)(path, call)));
                await (0, promises_1.mkdir)((0, node_path_1.dirname)(target), { recursive: true });
                await (0, promises_1.writeFile)(target, '');
                await (0, promises_1.truncate)(target, bytes);
                written.push((0, node_path_1.relative)(request.cwd, target).split('\\').join('/'));
            }
            await note(`wrote ${Object.keys(sizes).join(', ')} (sized)`);
        }
        else if ('symlink' in step) {
            const links = step.symlink;
            for (const [path, target] of Object.entries(links)) {
                const link = (0, node_path_1.resolve)(request.cwd, path);
                await (0, promises_1.mkdir)((0, node_path_1.dirname)(link), { recursive: true });
                await (0, promises_1.symlink)(target, link);
                written.push(path);
            }
            await note(`linked ${Object.keys(links).join(', ')}`);
        }
        else if ('commit' in step) {
            const message = String(step.commit);
            await (0, scripted_children_js_1.commitAsAgent)(request.cwd, message);
            await note(`committed "${message}"`);
        }
        else if ('agent_error' in step) {
            return withUsage({ ...agentError(step.agent_error), durationMs: elapsed() });
        }
        else {
            final = step;
        }
    }
    const outcome = await finalOutcome(final, call, written, request);
    return (0, invocation_js_1.settleReport)(request, await withUsage({
        exitCode: 0,
        signal: null,
        durationMs: elapsed(),
        ...processRecord(),
        ...outcome
    }));
}
/** The process segments of one call append to the same logs: their sizes add up. */
function addLogSizes(sum, next) {
    if (next === undefined)
        return sum;
    if (sum === undefined)
        return next;
    const add = (a, b) => ({
        totalBytes: a.totalBytes + b.totalBytes,
        truncated: a.truncated || b.truncated
    });
    return { stdout: add(sum.stdout, next.stdout), stderr: add(sum.stderr, next.stderr) };
}
/**
 * The call's usage as the real CLI of its lane would report it: the scenario's `usage` steps
 * become codex `turn.completed` events or one claude result envelope (kept in the stdout log,
 * as the CLI would print them) and are read back by the real adapters' parsers.
 */
async function scriptedUsage(request, options, reported, stdoutPath) {
    const claude = request.lane === 'audit_claude';
    const configured = (claude ? options.models?.claude : options.models?.codex) ?? {};
    const named = [...reported].reverse();
    const model = named.find((usage) => usage.model !== undefined)?.model ?? configured.model;
    const effort = named.find((usage) => usage.effort !== undefined)?.effort ?? configured.effort;
    const identity = {
        ...(model === undefined ? {} : { model }),
        ...(effort === undefined ? {} : { effort })
    };
    if (reported.length === 0)
        return Object.keys(identity).length === 0 ? undefined : identity;
    const sum = (field) => {
        const values = reported.map((usage) => usage[field]).filter((v) => typeof v === 'number');
        return values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0);
    };
    const defined = (fields) => Object.fromEntries(Object.entries(fields).filter((entry) => entry[1] !== undefined));
    if (claude) {
        const cost = sum('total_cost_usd');
        const envelope = {
            type: 'result',
            subtype: 'success',
            is_error: false,
            ...defined({ num_turns: sum('num_turns'), total_cost_usd: cost }),
            usage: defined({
                input_tokens: sum('input_tokens') ?? 0,
                cache_read_input_tokens: sum('cache_read_input_tokens'),
                cache_creation_input_tokens: sum('cache_creation_input_tokens'),
                output_tokens: sum('output_tokens') ?? 0
            }),
            modelUsage: model === undefined ? {} : { [model]: defined({ costUSD: cost }) }
        };
        await (0, promises_1.appendFile)(stdoutPath, `${JSON.stringify(envelope)}\n`, 'utf8');
        return { ...(0, claude_envelope_js_1.envelopeUsage)(envelope, identity), ...identity };
    }
    const events = reported.map((usage) => ({
        type: 'turn.completed',
        usage: {
            input_tokens: usage.input_tokens ?? 0,
            cached_input_tokens: usage.cached_input_tokens ?? 0,
            cache_write_input_tokens: usage.cache_write_input_tokens ?? 0,
            output_tokens: usage.output_tokens ?? 0,
            reasoning_output_tokens: usage.reasoning_output_tokens ?? 0
        }
    }));
    await (0, promises_1.appendFile)(stdoutPath, events.map((event) => `${JSON.stringify(event)}\n`).join(''), 'utf8');
    return { ...(0, codex_js_1.codexUsageFromEvents)(events), ...identity };
}
/** Fresh logs, no stale report, and the prompt kept for the record, as the CLI adapters do. */
async function prepareRun(request) {
    const logs = (0, invocation_js_1.logPathsFor)(request);
    await (0, promises_1.mkdir)(request.logDir, { recursive: true });
    await (0, promises_1.writeFile)(logs.stdoutPath, '', 'utf8');
    await (0, promises_1.writeFile)(logs.stderrPath, '', 'utf8');
    for (const path of [request.reportPath, (0, invocation_js_1.rawOutputPathFor)(request.reportPath)]) {
        await (0, promises_1.rm)(path, { force: true });
    }
    await (0, promises_1.mkdir)((0, node_path_1.dirname)(request.promptFile), { recursive: true });
    await (0, promises_1.writeFile)(request.promptFile, request.promptText, 'utf8');
    return logs;
}
function agentError(error) {
    const auth = /not logged in|\b40[13]\b|unauthori[sz]ed/i.test(error.message);
    return {
        status: auth ? 'auth_error' : 'error_envelope',
        exitCode: 1,
        signal: null,
        diagnostics: [
            `${SCRIPTED} reported an error (subtype ${error.subtype ?? 'success'})`,
            error.message
        ]
    };
}
async function finalOutcome(final, call, written, request) {
    if (final === undefined)
        return { status: 'ok', report: (0, default_reports_js_1.defaultReport)(call, written), diagnostics: [] };
    if ('report' in final) {
        return { status: 'ok', report: (0, scenario_js_1.substitutePlaceholders)(final.report, call), diagnostics: [] };
    }
    if ('report_fields' in final) {
        const fields = (0, scenario_js_1.substitutePlaceholders)(final.report_fields, call);
        return { status: 'ok', report: { ...(0, default_reports_js_1.defaultReport)(call, written), ...fields }, diagnostics: [] };
    }
    if ('fault' in final && final.fault === 'no_report') {
        return { status: 'no_report', diagnostics: [`${SCRIPTED} returned no report (scripted fault)`] };
    }
    const text = 'raw_report' in final
        ? String((0, scenario_js_1.substitutePlaceholders)(final.raw_report, call))
        : '{"schema_version": "plan_orchestrator.';
    const rawOutputPath = (0, invocation_js_1.rawOutputPathFor)(request.reportPath);
    await (0, promises_1.writeFile)(rawOutputPath, text, 'utf8');
    // Mirror the real adapters: claude's text is read leniently, codex's strictly.
    const report = call.lane === 'audit_claude' ? (0, claude_envelope_js_1.extractReportFromText)(text) : (0, invocation_js_1.parseJsonObject)(text);
    return report === undefined
        ? {
            status: 'unparseable_report',
            rawOutputPath,
            diagnostics: [`${SCRIPTED} report is not one JSON object`]
        }
        : { status: 'ok', report, rawOutputPath, diagnostics: [] };
}
async function applyWrites(writes, cwd, call) {
    const paths = [];
    for (const [rawPath, rawContent] of Object.entries(writes)) {
        const path = String((0, scenario_js_1.substitutePlaceholders)(rawPath, call));
        const target = (0, node_path_1.resolve)(cwd, path);
        const inside = (0, node_path_1.relative)(cwd, target);
        if (inside === '' || inside.startsWith('..') || (0, node_path_1.isAbsolute)(inside)) {
            throw new Error(`scenario write '${path}' leaves the worktree`);
        }
        if (rawContent === null) {
            await (0, promises_1.rm)(target, { force: true });
        }
        else {
            await (0, promises_1.mkdir)((0, node_path_1.dirname)(target), { recursive: true });
            await (0, promises_1.writeFile)(target, String((0, scenario_js_1.substitutePlaceholders)(rawContent, call)), 'utf8');
        }
        paths.push(inside.split('\\').join('/'));
    }
    return paths;
}


/***/ }),

/***/ 3440:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.truncationMarker = truncationMarker;
exports.openCappedLog = openCappedLog;
const node_fs_1 = __webpack_require__(3024);
/** The marker's worst-case length: it carries three numbers of at most 16 digits. */
const MARKER_RESERVE = 200;
/** The tail kept past the cap: a quarter of the cap, at most 1 MiB. */
const MAX_TAIL_BYTES = 1024 * 1024;
function truncationMarker(total, head, tail) {
    return `\n[plan-orchestrator: output truncated: ${total} bytes in total, only the first ${head} and the last ${tail} bytes are kept]\n`;
}
function openCappedLog(path, flags, maxBytes) {
    return new Promise((resolve, reject) => {
        const stream = (0, node_fs_1.createWriteStream)(path, { flags });
        stream.once('open', () => {
            stream.removeListener('error', reject);
            // A full disk must not crash the orchestrator; the log is evidence, not control.
            stream.on('error', () => undefined);
            resolve(cappedLog(stream, maxBytes));
        });
        stream.once('error', reject);
    });
}
function cappedLog(stream, maxBytes) {
    const tailLimit = Math.min(MAX_TAIL_BYTES, Math.floor(maxBytes / 4));
    const headLimit = Math.max(0, maxBytes - tailLimit - MARKER_RESERVE);
    let total = 0;
    let head = 0;
    // Oldest first; holds at least the last `keepLimit` bytes past the head (all of them while
    // the output still fits the cap), and without its first chunk it would hold fewer.
    const keepLimit = tailLimit + MARKER_RESERVE;
    const tail = [];
    let tailBytes = 0;
    const keepInTail = (chunk) => {
        tail.push(chunk);
        tailBytes += chunk.length;
        while (tail.length > 1 && tailBytes - (tail[0]?.length ?? 0) >= keepLimit) {
            tailBytes -= tail.shift()?.length ?? 0;
        }
    };
    return {
        write(chunk) {
            total += chunk.length;
            let rest = chunk;
            if (head < headLimit) {
                const room = headLimit - head;
                const kept = rest.subarray(0, room);
                stream.write(kept);
                head += kept.length;
                rest = rest.subarray(kept.length);
            }
            // Copied: the pipe may reuse the chunk's memory once this returns.
            if (rest.length > 0)
                keepInTail(Buffer.from(rest));
        },
        size: () => ({ totalBytes: total, truncated: total > maxBytes }),
        async close() {
            const rest = Buffer.concat(tail);
            if (total <= maxBytes) {
                stream.write(rest);
            }
            else {
                const end = rest.subarray(Math.max(0, rest.length - tailLimit));
                stream.write(truncationMarker(total, head, end.length));
                stream.write(end);
            }
            tail.length = 0;
            await new Promise((resolve) => stream.end(() => resolve()));
        }
    };
}


/***/ }),

/***/ 3532:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createCommandRunner = createCommandRunner;
const call_home_js_1 = __webpack_require__(6371);
const process_runner_js_1 = __webpack_require__(7348);
/**
 * Verification commands: `bash -c`, stdin closed, output merged into one log, own process
 * group, and a fresh, empty HOME (and CODEX_HOME, CLAUDE_CONFIG_DIR) per command: the code a
 * command runs is the agent's, and nothing it writes into its home may reach a later call.
 * Under isolation they run as the agent user, with the home of the command's own directory,
 * in the worktree handed over for the command and taken back after it.
 */
function createCommandRunner(options) {
    return {
        async run(input) {
            const env = Object.fromEntries(Object.entries(input.env).filter(([name]) => !call_home_js_1.CALL_HOME_VARIABLES.includes(name)));
            const isolated = options.agentUser === undefined ? undefined : await options.agentUser.openCommand(input.cwd);
            const run = (homeEnv) => (0, process_runner_js_1.runProcess)({
                command: 'bash',
                args: ['-c', input.command],
                cwd: input.cwd,
                env: { ...env, ...homeEnv },
                stdin: { kind: 'ignore' },
                stdoutPath: input.logPath,
                stderrPath: input.logPath,
                timeoutMs: input.timeoutMs,
                killGraceMs: 2000,
                maxLogBytes: input.maxLogBytes,
                ...(input.stage === undefined ? {} : { stage: input.stage }),
                ...(isolated === undefined ? {} : { runAs: isolated.runAs })
            });
            try {
                const callHome = {
                    parentDir: options.callHomeParent,
                    ...(options.callHomeOwner ? { owner: options.callHomeOwner } : {})
                };
                const result = isolated === undefined
                    ? await (0, call_home_js_1.withCallHome)(callHome, (home) => run(home.env))
                    : await run(isolated.env);
                return {
                    exitCode: result.exitCode,
                    timedOut: result.timedOut !== false,
                    durationMs: result.durationMs,
                    ...(result.logs === undefined ? {} : { log: result.logs.stdout })
                };
            }
            finally {
                await isolated?.close();
            }
        }
    };
}


/***/ }),

/***/ 5795:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CatFileBatch = void 0;
/**
 * One `git cat-file --batch` process, asked for objects in rounds: the caller writes a round
 * of names and reads their answers in the same order before it writes the next, so a walk
 * whose next names come from the objects just read (a tree's subtrees) costs one process.
 */
const node_child_process_1 = __webpack_require__(1421);
const errors_js_1 = __webpack_require__(8668);
const git_runner_js_1 = __webpack_require__(3338);
class CatFileBatch {
    child;
    reader;
    exited;
    stderr = '';
    constructor(repoRoot) {
        this.child = (0, node_child_process_1.spawn)('git', [...git_runner_js_1.HARDENED_ARGS, 'cat-file', '--batch'], {
            cwd: repoRoot,
            env: (0, git_runner_js_1.hardenedGitEnv)(),
            stdio: ['pipe', 'pipe', 'pipe']
        });
        this.exited = new Promise((resolve, reject) => {
            this.child.once('error', reject);
            // 'exit', not 'close': the output stream is not read to its end once the answers are in.
            this.child.once('exit', (code) => resolve(code));
        });
        this.exited.catch(() => undefined);
        this.child.stderr.on('data', (chunk) => (this.stderr += chunk.toString('utf8')));
        this.child.stdin.on('error', () => undefined);
        this.reader = new ByteReader(this.child.stdout);
    }
    /** Asks for `names` (object ids or revisions such as `<commit>^{tree}`), one per line. */
    request(names) {
        for (const name of names) {
            if (name.includes('\n'))
                throw new errors_js_1.GitAdapterError('command_failed', `bad object name`);
        }
        if (names.length > 0)
            this.child.stdin.write(names.map((name) => `${name}\n`).join(''));
    }
    /** The answer to the next name asked for; `what` names it in the error when git has none. */
    async next(what) {
        const header = (await this.reader.line()).split(' ');
        const [id = '', type = '', size] = header;
        if (size === undefined || !/^[0-9]+$/.test(size)) {
            throw new errors_js_1.GitAdapterError('command_failed', `git cat-file gave '${header.join(' ')}' for ${what}`);
        }
        const content = await this.reader.bytes(Number(size));
        await this.reader.bytes(1);
        return { id, type, content };
    }
    /**
     * Ends the input once every answer was read and waits for git to exit on its own: killing
     * it here would hide a failure its exit code reports.
     */
    async close() {
        this.child.stdin.end();
        const code = await this.exited.catch(() => null);
        if (code !== 0) {
            const detail = this.stderr.trim();
            throw new errors_js_1.GitAdapterError('command_failed', `git cat-file failed${detail === '' ? ` (exit code ${String(code)})` : `: ${detail}`}`);
        }
    }
    /** Stops the process whatever state it is in (after an error). */
    stop() {
        this.child.stdout.destroy();
        this.child.kill();
    }
}
exports.CatFileBatch = CatFileBatch;
/**
 * Reads lines and exact byte counts from a stream of chunks. Each byte is copied once, into
 * what `line` or `bytes` returns: a tree of thousands of small blobs arrives many objects per
 * chunk, and one large blob across many chunks.
 */
class ByteReader {
    chunks;
    /** Unread data: `pending[0]` from `offset` on, then the later chunks whole. */
    pending = [];
    offset = 0;
    length = 0;
    constructor(stream) {
        this.chunks = stream[Symbol.asyncIterator]();
    }
    async line() {
        let searched = 0;
        for (;;) {
            const end = this.newlineAt(searched);
            if (end >= 0)
                return this.take(end + 1).toString('utf8', 0, end);
            searched = this.length;
            if (!(await this.more()))
                throw new errors_js_1.GitAdapterError('command_failed', 'git cat-file ended early');
        }
    }
    async bytes(count) {
        while (this.length < count) {
            if (!(await this.more()))
                throw new errors_js_1.GitAdapterError('command_failed', 'git cat-file ended early');
        }
        return this.take(count);
    }
    /** Where the first newline at or after unread byte `from` is, counted in unread bytes. */
    newlineAt(from) {
        let before = 0;
        for (const [index, chunk] of this.pending.entries()) {
            const start = index === 0 ? this.offset : 0;
            const size = chunk.length - start;
            if (before + size > from) {
                const found = chunk.indexOf(0x0a, start + Math.max(0, from - before));
                if (found >= 0)
                    return before + found - start;
            }
            before += size;
        }
        return -1;
    }
    take(count) {
        const taken = Buffer.allocUnsafe(count);
        let filled = 0;
        while (filled < count) {
            const chunk = this.pending[0];
            if (chunk === undefined)
                break;
            const copied = chunk.copy(taken, filled, this.offset, Math.min(chunk.length, this.offset + count - filled));
            filled += copied;
            this.offset += copied;
            if (this.offset === chunk.length) {
                this.pending.shift();
                this.offset = 0;
            }
        }
        this.length -= count;
        return taken;
    }
    async more() {
        const next = await this.chunks.next();
        if (next.done)
            return false;
        this.pending.push(next.value);
        this.length += next.value.length;
        return true;
    }
}


/***/ }),

/***/ 7558:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.exportCommitTree = exportCommitTree;
exports.blobId = blobId;
/**
 * Writes the tree of one commit into a plain directory, byte for byte as git stores it: no
 * checkout, no `.git`, no smudge filters or line-ending conversion, and no `export-ignore` /
 * `export-subst` (which `git archive` honours from the commit's own `.gitattributes`, so a
 * change could hide a file from its reviewers). The review lanes work in such a copy.
 */
const node_crypto_1 = __webpack_require__(7598);
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const errors_js_1 = __webpack_require__(8668);
const cat_file_batch_js_1 = __webpack_require__(5795);
/**
 * The entries of `commit`'s tree, recursively (blobs and submodule commits), in the order
 * `git ls-tree -r` lists them: read through `batch`, one round of requests per tree depth.
 */
async function listTree(batch, commit) {
    batch.request([`${commit}^{tree}`]);
    const root = await batch.next(`the tree of ${commit}`);
    if (root.type !== 'tree')
        throw new errors_js_1.GitAdapterError('command_failed', `${commit} names no tree (${root.type})`);
    const idBytes = root.id.length / 2;
    const trees = new Map([['', parseTree(root.content, idBytes)]]);
    let level = [''];
    while (level.length > 0) {
        const subtrees = level.flatMap((dir) => (trees.get(dir) ?? [])
            .filter((entry) => entry.kind === 'tree')
            .map((entry) => ({ path: joined(dir, entry.name), objectId: entry.objectId })));
        batch.request(subtrees.map((subtree) => subtree.objectId));
        for (const subtree of subtrees) {
            const tree = await batch.next(`${subtree.path} (${subtree.objectId})`);
            if (tree.id !== subtree.objectId || tree.type !== 'tree')
                throw new errors_js_1.GitAdapterError('command_failed', `git cat-file gave '${tree.id} ${tree.type}' for ${subtree.path} (${subtree.objectId})`);
            trees.set(subtree.path, parseTree(tree.content, idBytes));
        }
        level = subtrees.map((subtree) => subtree.path);
    }
    const entries = [];
    const flatten = (dir) => {
        for (const entry of trees.get(dir) ?? []) {
            const path = joined(dir, entry.name);
            if (entry.kind === 'tree')
                flatten(path);
            else {
                assertSafePath(path);
                entries.push({ path, kind: entry.kind, objectId: entry.objectId });
            }
        }
    };
    flatten('');
    return entries;
}
function joined(dir, name) {
    return dir === '' ? name : `${dir}/${name}`;
}
/**
 * A tree object: `<octal mode> <name>` NUL `<binary object id>`, repeated. Modes are taken
 * as git takes them (`canon_mode`): any regular file is 100644 or 100755 by its owner's
 * execute bit, and a type git does not know is a submodule.
 */
function parseTree(content, idBytes) {
    const entries = [];
    let position = 0;
    while (position < content.length) {
        const space = content.indexOf(0x20, position);
        const nul = content.indexOf(0, space + 1);
        const mode = Number.parseInt(content.toString('latin1', position, space), 8);
        if (space < 0 || nul < 0 || nul + 1 + idBytes > content.length || Number.isNaN(mode))
            throw new errors_js_1.GitAdapterError('command_failed', 'git cat-file gave a malformed tree object');
        entries.push({
            name: content.toString('utf8', space + 1, nul),
            kind: kindOf(mode),
            objectId: content.toString('hex', nul + 1, nul + 1 + idBytes)
        });
        position = nul + 1 + idBytes;
    }
    return entries;
}
function kindOf(mode) {
    const type = mode & 0o170000;
    if (type === 0o040000)
        return 'tree';
    if (type === 0o100000)
        return mode & 0o100 ? 'executable' : 'file';
    if (type === 0o120000)
        return 'symlink';
    return 'submodule';
}
/** Git refuses such paths in a checkout; a hand-made tree object could still hold them. */
function assertSafePath(path) {
    const parts = path.split('/');
    if (path === '' ||
        path.startsWith('/') ||
        parts.some((part) => part === '' || part === '.' || part === '..' || part.toLowerCase() === '.git')) {
        throw new errors_js_1.GitAdapterError('command_failed', `the commit holds an unsafe path: ${path}`);
    }
}
/**
 * Exports `commit` into `target` (which must be empty or absent) and returns its entries.
 * Trees and blobs come from one `git cat-file --batch` process, streamed, so a large tree
 * costs one process, not one per file.
 */
async function exportCommitTree(repoRoot, commit, target) {
    const batch = new cat_file_batch_js_1.CatFileBatch(repoRoot);
    try {
        const entries = await listTree(batch, commit);
        await (0, promises_1.mkdir)(target, { recursive: true });
        const blobs = entries.filter((entry) => entry.kind !== 'submodule');
        for (const entry of entries.filter((candidate) => candidate.kind === 'submodule')) {
            // Not checked out, as in a fresh clone: an empty directory marks it.
            await (0, promises_1.mkdir)((0, node_path_1.join)(target, entry.path), { recursive: true });
        }
        await readBlobs(batch, blobs, async (entry, content) => {
            const path = (0, node_path_1.join)(target, entry.path);
            await (0, promises_1.mkdir)((0, node_path_1.dirname)(path), { recursive: true });
            if (entry.kind === 'symlink')
                await (0, promises_1.symlink)(content.toString('utf8'), path);
            else
                await (0, promises_1.writeFile)(path, content, { flag: 'wx', mode: 0o600 });
        });
        await batch.close();
        return entries;
    }
    finally {
        batch.stop();
    }
}
/** The object id git gives `content` as a blob, in the hash of `likeId` (SHA-1 or SHA-256). */
function blobId(content, likeId) {
    const algorithm = likeId.length === 64 ? 'sha256' : 'sha1';
    return (0, node_crypto_1.createHash)(algorithm).update(`blob ${content.length}\0`).update(content).digest('hex');
}
async function readBlobs(batch, entries, onBlob) {
    batch.request(entries.map((entry) => entry.objectId));
    for (const entry of entries) {
        const blob = await batch.next(`${entry.path} (${entry.objectId})`);
        if (blob.id !== entry.objectId || blob.type !== 'blob') {
            throw new errors_js_1.GitAdapterError('command_failed', `git cat-file gave '${blob.id} ${blob.type} ${blob.content.length}' for ${entry.path} (${entry.objectId})`);
        }
        await onBlob(entry, blob.content);
    }
}


/***/ }),

/***/ 3026:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.liveChildren = void 0;
exports.createLiveChildren = createLiveChildren;
function createLiveChildren() {
    // Replaced, never mutated: a listener or caller may keep a snapshot.
    let children = Object.freeze([]);
    const listeners = new Set();
    const publish = () => {
        for (const listener of [...listeners]) {
            try {
                listener(children);
            }
            catch {
                // A broken observer must not leave a child unregistered or abort the stage
                // that started it; the other observers still hear about the change.
            }
        }
    };
    return {
        list: () => children,
        subscribe(listener) {
            listeners.add(listener);
            return () => {
                listeners.delete(listener);
            };
        },
        add(child) {
            const entry = Object.freeze({ ...child, args: Object.freeze([...child.args]) });
            children = Object.freeze([...children.filter(({ pid }) => pid !== child.pid), entry]);
            publish();
        },
        remove(pid) {
            children = Object.freeze(children.filter((child) => child.pid !== pid));
            publish();
        }
    };
}
exports.liveChildren = createLiveChildren();


/***/ }),

/***/ 2247:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.terminateProcessGroup = terminateProcessGroup;
exports.signalProcessGroup = signalProcessGroup;
exports.isProcessGroupRunning = isProcessGroupRunning;
exports.isProcessAlive = isProcessAlive;
const node_fs_1 = __webpack_require__(3024);
const promises_1 = __webpack_require__(8500);
/**
 * Process-group bookkeeping for the runner. A group is "alive" while a member is running;
 * zombies do not count: they are dead, and reaping them is init's job (in some containers
 * init reaps late, which would otherwise make every stage wait out its kill grace).
 */
const POLL_MS = 25;
/** SIGTERM to the whole group, then SIGKILL after `graceMs` if anything is still running. */
async function terminateProcessGroup(pgid, graceMs) {
    if (!isProcessGroupRunning(pgid))
        return;
    signalProcessGroup(pgid, 'SIGTERM');
    const deadline = performance.now() + graceMs;
    while (performance.now() < deadline) {
        await (0, promises_1.setTimeout)(Math.min(POLL_MS, Math.max(1, deadline - performance.now())));
        if (!isProcessGroupRunning(pgid))
            return;
    }
    signalProcessGroup(pgid, 'SIGKILL');
    // SIGKILL cannot be ignored; wait briefly so callers see the group gone when we return.
    const killDeadline = performance.now() + 1000;
    while (isProcessGroupRunning(pgid) && performance.now() < killDeadline)
        await (0, promises_1.setTimeout)(POLL_MS);
}
function signalProcessGroup(pgid, signal) {
    try {
        process.kill(-pgid, signal);
    }
    catch {
        // ESRCH: the group ended between the check and the signal.
    }
}
/** Whether any process of the group is still running (not merely a zombie). */
function isProcessGroupRunning(pgid) {
    try {
        process.kill(-pgid, 0);
    }
    catch (error) {
        return error.code === 'EPERM';
    }
    const members = listGroupMembers(pgid);
    if (members === null)
        return true;
    return members.some((member) => member.state !== 'Z' && member.state !== 'X');
}
/** Members read from /proc (Linux); null where /proc is not available. */
function listGroupMembers(pgid) {
    let entries;
    try {
        entries = (0, node_fs_1.readdirSync)('/proc');
    }
    catch {
        return null;
    }
    const members = [];
    for (const entry of entries) {
        if (!/^\d+$/.test(entry))
            continue;
        const stat = readStat(entry);
        if (stat === null)
            continue;
        // Fields after the parenthesised command name: state, ppid, pgrp, ...
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        if (Number(fields[2]) === pgid)
            members.push({ pid: Number(entry), state: fields[0] ?? '' });
    }
    return members;
}
function readStat(pid) {
    try {
        return (0, node_fs_1.readFileSync)(`/proc/${pid}/stat`, 'utf8');
    }
    catch {
        return null;
    }
}
/** Whether a process runs; one we may not signal (EPERM) runs as someone else. */
function isProcessAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}


/***/ }),

/***/ 7348:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.buildChildEnv = exports.buildAgentEnv = void 0;
exports.runProcess = runProcess;
const node_child_process_1 = __webpack_require__(1421);
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const node_string_decoder_1 = __webpack_require__(6193);
const runtime_policy_js_1 = __webpack_require__(1181);
const errors_js_1 = __webpack_require__(3916);
const capped_log_js_1 = __webpack_require__(3440);
const live_children_js_1 = __webpack_require__(3026);
const process_group_js_1 = __webpack_require__(2247);
const stage_processes_js_1 = __webpack_require__(9322);
var child_env_js_1 = __webpack_require__(804);
Object.defineProperty(exports, "buildAgentEnv", ({ enumerable: true, get: function () { return child_env_js_1.buildAgentEnv; } }));
Object.defineProperty(exports, "buildChildEnv", ({ enumerable: true, get: function () { return child_env_js_1.buildChildEnv; } }));
/** How long to wait for output pipes to drain once the group is gone. */
const PIPE_DRAIN_MS = 1000;
async function runProcess(spec) {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const nothingLogged = { totalBytes: 0, truncated: false };
    let sinks;
    const notStarted = (reason) => ({
        exitCode: null,
        signal: null,
        timedOut: false,
        durationMs: elapsed(),
        pid: null,
        spawnError: reason,
        logs: sinks?.sizes() ?? { stdout: nothingLogged, stderr: nothingLogged }
    });
    try {
        sinks = await openLogSinks(spec.stdoutPath, spec.stderrPath, spec.appendLogs ? 'a' : 'w', spec.maxLogBytes ?? runtime_policy_js_1.DEFAULT_OPTIONS.max_log_bytes);
    }
    catch (error) {
        return notStarted(`cannot open log files: ${(0, errors_js_1.describeError)(error)}`);
    }
    const logs = sinks;
    const stage = await (0, stage_processes_js_1.openStage)(spec.stage);
    const env = stage.environment(spec.env);
    const target = spec.runAs
        ? spec.runAs.spawnTarget(spec.command, spec.args, env)
        : { command: spec.command, args: spec.args, env };
    let child;
    try {
        child = stage.start(() => (0, node_child_process_1.spawn)(target.command, [...target.args], {
            cwd: spec.cwd,
            env: { ...target.env },
            detached: true,
            stdio: [spec.stdin.kind === 'text' ? 'pipe' : 'ignore', 'pipe', 'pipe'],
            ...(target.uid === undefined ? {} : { uid: target.uid }),
            ...(target.gid === undefined ? {} : { gid: target.gid })
        }));
    }
    catch (error) {
        await stage.close(spec.killGraceMs);
        await logs.close();
        return notStarted((0, errors_js_1.describeError)(error));
    }
    const exited = new Promise((resolve) => {
        child.once('error', (error) => resolve({ kind: 'error', error }));
        child.once('exit', (code, signal) => resolve({ kind: 'exit', code, signal }));
    });
    let lastOutputAt = performance.now();
    const pipesClosed = [child.stdout, child.stderr].map((stream, index) => {
        const name = index === 0 ? 'stdout' : 'stderr';
        return pumpOutput(stream, logs[name], name, spec.onLine, () => {
            lastOutputAt = performance.now();
        });
    });
    if (spec.stdin.kind === 'text' && child.stdin) {
        // A child that exits without reading its stdin makes the write fail with EPIPE.
        child.stdin.on('error', () => undefined);
        child.stdin.end(spec.stdin.text);
    }
    const pid = child.pid ?? null;
    if (pid !== null) {
        stage.started(pid, spec.command);
        live_children_js_1.liveChildren.add({
            pid,
            command: spec.command,
            args: spec.args,
            cwd: spec.cwd,
            startedAtMs: Date.now()
        });
    }
    if (pid !== null && spec.onSpawn)
        observe(() => spec.onSpawn?.(pid));
    let timedOut = false;
    let termination = null;
    const timeOut = (kind) => {
        if (timedOut !== false || pid === null)
            return;
        timedOut = kind;
        termination = (0, process_group_js_1.terminateProcessGroup)(pid, spec.killGraceMs);
    };
    const wallTimer = spec.timeoutMs > 0 ? setTimeout(() => timeOut('wall'), spec.timeoutMs) : undefined;
    let idleTimer;
    const idleMs = spec.idleTimeoutMs ?? 0;
    const watchIdle = (delayMs) => {
        idleTimer = setTimeout(() => {
            const quietFor = performance.now() - lastOutputAt;
            if (quietFor >= idleMs)
                timeOut('idle');
            else
                watchIdle(idleMs - quietFor);
        }, delayMs);
    };
    if (idleMs > 0)
        watchIdle(idleMs);
    let exit;
    try {
        exit = await exited;
        clearTimeout(wallTimer);
        clearTimeout(idleTimer);
        // Whatever the child left behind in its group (a daemon, a native binary under an npm
        // wrapper) goes with it, so no stage outlives its own run.
        await (termination ?? (pid === null ? undefined : (0, process_group_js_1.terminateProcessGroup)(pid, spec.killGraceMs)));
        // A daemon that left the group (setsid) still runs as the agent user: it goes too.
        await spec.runAs?.afterExit();
    }
    finally {
        if (pid !== null)
            live_children_js_1.liveChildren.remove(pid);
    }
    // Then whatever left the group: a setsid daemon, a double fork, anything of the stage.
    const strays = await stage.close(spec.killGraceMs);
    if (exit.kind === 'error' && pid === null) {
        await settleWithin(Promise.all(pipesClosed), PIPE_DRAIN_MS, () => undefined);
        await logs.close();
        return notStarted((0, errors_js_1.describeError)(exit.error));
    }
    await settleWithin(Promise.all(pipesClosed), PIPE_DRAIN_MS, () => {
        child.stdout?.destroy();
        child.stderr?.destroy();
    });
    await logs.close();
    return {
        exitCode: exit.kind === 'exit' ? exit.code : null,
        signal: exit.kind === 'exit' ? exit.signal : null,
        timedOut,
        durationMs: elapsed(),
        pid,
        spawnError: exit.kind === 'error' ? (0, errors_js_1.describeError)(exit.error) : null,
        logs: logs.sizes(),
        ...(strays.found.length > 0 ? { strays } : {})
    };
}
async function openLogSinks(stdoutPath, stderrPath, flags, maxBytes) {
    await (0, promises_1.mkdir)((0, node_path_1.dirname)(stdoutPath), { recursive: true });
    await (0, promises_1.mkdir)((0, node_path_1.dirname)(stderrPath), { recursive: true });
    const stdout = await (0, capped_log_js_1.openCappedLog)(stdoutPath, flags, maxBytes);
    const stderr = stderrPath === stdoutPath ? stdout : await (0, capped_log_js_1.openCappedLog)(stderrPath, flags, maxBytes);
    const logs = stdout === stderr ? [stdout] : [stdout, stderr];
    return {
        stdout,
        stderr,
        sizes: () => {
            const out = stdout.size();
            return { stdout: out, stderr: stderr === stdout ? out : stderr.size() };
        },
        close: async () => {
            await Promise.all(logs.map((log) => log.close()));
        }
    };
}
function pumpOutput(stream, sink, name, onLine, onActivity) {
    if (!stream)
        return Promise.resolve();
    const decoder = new node_string_decoder_1.StringDecoder('utf8');
    let partial = '';
    const emitLines = (text) => {
        if (!onLine)
            return;
        const lines = (partial + text).split('\n');
        partial = lines.pop() ?? '';
        for (const line of lines)
            observe(() => onLine(line.replace(/\r$/, ''), name));
    };
    stream.on('data', (chunk) => {
        onActivity();
        sink.write(chunk);
        emitLines(decoder.write(chunk));
    });
    return new Promise((resolve) => {
        stream.once('close', () => {
            emitLines(decoder.end());
            if (onLine && partial !== '')
                observe(() => onLine(partial, name));
            partial = '';
            resolve();
        });
    });
}
/**
 * Runs an observer callback. A throwing observer must not abandon a running child (the
 * timeouts would never fire) nor crash the orchestrator from inside a stream event.
 */
function observe(callback) {
    try {
        callback();
    }
    catch {
        // Observers are best-effort by contract.
    }
}
async function settleWithin(work, limitMs, onLate) {
    let timer;
    const late = new Promise((resolve) => {
        timer = setTimeout(() => resolve('late'), limitMs);
    });
    const outcome = await Promise.race([work.then(() => 'done'), late]);
    clearTimeout(timer);
    if (outcome === 'late')
        onLate();
}


/***/ }),

/***/ 3838:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createReviewCopies = createReviewCopies;
const node_crypto_1 = __webpack_require__(7598);
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const layout_js_1 = __webpack_require__(8951);
const call_home_js_1 = __webpack_require__(6371);
const tree_export_js_1 = __webpack_require__(7558);
function createReviewCopies(options) {
    return {
        async create(input) {
            await (0, promises_1.mkdir)(options.parentDir, { recursive: true });
            const container = await (0, promises_1.mkdtemp)((0, node_path_1.join)(options.parentDir, 'plan-orchestrator-review-'));
            const forget = (0, call_home_js_1.removeAtExit)(container);
            try {
                // Traversable for an agent user, not listable: the copy's name is not guessable.
                await (0, promises_1.chmod)(container, 0o711);
                const root = (0, node_path_1.join)(container, `checkpoint-${(0, node_crypto_1.randomBytes)(6).toString('hex')}`);
                const expected = new Map();
                for (const entry of await (0, tree_export_js_1.exportCommitTree)(input.repoRoot, input.checkpoint, root)) {
                    expected.set(entry.path, await expectedEntry(root, entry));
                    addParents(expected, entry.path);
                }
                const copy = new ReadOnlyCopy(container, root, expected, input.checkpoint, forget);
                for (const file of input.packet)
                    await copy.writePacketFile(file.name, file.source);
                await lockTree(root, expected);
                return copy;
            }
            catch (error) {
                await (0, call_home_js_1.removeTree)(container);
                forget();
                throw error;
            }
        }
    };
}
class ReadOnlyCopy {
    container;
    path;
    expected;
    likeId;
    forget;
    constructor(container, path, expected, likeId, forget) {
        this.container = container;
        this.path = path;
        this.expected = expected;
        this.likeId = likeId;
        this.forget = forget;
    }
    async addPacketFile(name, source) {
        assertPacketName(name);
        const packet = (0, node_path_1.join)(this.path, layout_js_1.PACKET_DIR);
        await (0, promises_1.chmod)(packet, 0o755);
        try {
            const relative = await this.writePacketFile(name, source);
            await (0, promises_1.chmod)((0, node_path_1.join)(this.path, relative), 0o444);
            return relative;
        }
        finally {
            await (0, promises_1.chmod)(packet, 0o555);
        }
    }
    /** Only while the copy is being made, or inside `addPacketFile`. */
    async writePacketFile(name, source) {
        assertPacketName(name);
        const relative = `${layout_js_1.PACKET_DIR}/${name}`;
        const content = await (0, promises_1.readFile)(source);
        await (0, promises_1.mkdir)((0, node_path_1.dirname)((0, node_path_1.join)(this.path, relative)), { recursive: true });
        await (0, promises_1.writeFile)((0, node_path_1.join)(this.path, relative), content, { flag: 'wx', mode: 0o600 });
        this.expected.set(relative, { kind: 'file', content: (0, tree_export_js_1.blobId)(content, this.likeId) });
        addParents(this.expected, relative);
        return relative;
    }
    async changes() {
        const problems = [];
        const rootInfo = await (0, promises_1.lstat)(this.path).catch(() => undefined);
        if (!rootInfo?.isDirectory())
            return ['. (removed)'];
        if ((rootInfo.mode & 0o222) !== 0)
            problems.push('. (made writable)');
        const found = new Map();
        await walk(this.path, '', found);
        for (const [path, actual] of found) {
            const want = this.expected.get(path);
            if (want === undefined) {
                problems.push(`${path} (added)`);
            }
            else if (want.kind !== actual.kind && !sameFileKind(want.kind, actual.kind)) {
                problems.push(`${path} (replaced)`);
            }
            else if ((actual.mode & 0o222) !== 0) {
                problems.push(`${path} (made writable)`);
            }
            else if (want.content !== undefined && !(await this.sameContent(path, want))) {
                problems.push(`${path} (changed)`);
            }
        }
        for (const path of this.expected.keys()) {
            if (!found.has(path))
                problems.push(`${path} (removed)`);
        }
        return problems.sort();
    }
    async sameContent(path, want) {
        const absolute = (0, node_path_1.join)(this.path, path);
        if (want.kind === 'symlink')
            return (await (0, promises_1.readlink)(absolute).catch(() => '')) === want.content;
        const content = await (0, promises_1.readFile)(absolute).catch(() => undefined);
        return content !== undefined && (0, tree_export_js_1.blobId)(content, this.likeId) === want.content;
    }
    async remove() {
        await (0, call_home_js_1.removeTree)(this.container);
        this.forget();
    }
}
function assertPacketName(name) {
    if (name === '' || name.includes('/') || name.startsWith('.')) {
        throw new Error(`bad packet file name: ${name}`);
    }
}
async function expectedEntry(root, entry) {
    if (entry.kind === 'submodule')
        return { kind: 'directory' };
    if (entry.kind === 'symlink') {
        return { kind: 'symlink', content: await (0, promises_1.readlink)((0, node_path_1.join)(root, entry.path)) };
    }
    return { kind: entry.kind, content: entry.objectId };
}
function addParents(expected, path) {
    const parts = path.split('/');
    for (let end = parts.length - 1; end > 0; end -= 1) {
        const parent = parts.slice(0, end).join('/');
        if (expected.has(parent))
            return;
        expected.set(parent, { kind: 'directory' });
    }
}
/** A file's execute bit is checked through its mode below, not its kind. */
function sameFileKind(want, actual) {
    const files = ['file', 'executable'];
    return files.includes(want) && files.includes(actual);
}
async function walk(root, prefix, found) {
    for (const name of await (0, promises_1.readdir)((0, node_path_1.join)(root, prefix))) {
        const path = prefix === '' ? name : `${prefix}/${name}`;
        const info = await (0, promises_1.lstat)((0, node_path_1.join)(root, path));
        if (info.isSymbolicLink()) {
            found.set(path, { kind: 'symlink', mode: 0 });
        }
        else if (info.isDirectory()) {
            // An empty directory is a submodule placeholder or a plain directory; both lock alike.
            found.set(path, { kind: 'directory', mode: info.mode });
            await walk(root, path, found);
        }
        else {
            found.set(path, { kind: info.mode & 0o100 ? 'executable' : 'file', mode: info.mode });
        }
    }
}
/** Files 0444 (0555 when executable), directories 0555, the copy's root last. */
async function lockTree(root, expected) {
    const paths = [...expected.keys()].sort((a, b) => b.split('/').length - a.split('/').length);
    for (const path of paths) {
        const entry = expected.get(path);
        if (entry.kind === 'symlink')
            continue;
        const mode = entry.kind === 'file' ? 0o444 : 0o555;
        await (0, promises_1.chmod)((0, node_path_1.join)(root, path), mode);
    }
    await (0, promises_1.chmod)(root, 0o555);
}


/***/ }),

/***/ 998:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CODEX_CONFIG_VARIABLE = exports.AGENT_ENV_VARIABLE = void 0;
exports.loadAgents = loadAgents;
exports.agentsRecord = agentsRecord;
exports.planOf = planOf;
exports.newRunAgentChoice = newRunAgentChoice;
exports.agentExecutables = agentExecutables;
exports.warnWithoutIsolation = warnWithoutIsolation;
exports.resumedAgentUser = resumedAgentUser;
exports.checkedAgentUser = checkedAgentUser;
exports.agentCallSandbox = agentCallSandbox;
exports.codexConfigOverrides = codexConfigOverrides;
exports.buildAgents = buildAgents;
exports.agentOptionProblems = agentOptionProblems;
const node_os_1 = __webpack_require__(8161);
const index_js_1 = __webpack_require__(5062);
const index_js_2 = __webpack_require__(455);
const call_home_js_1 = __webpack_require__(6371);
const codex_js_1 = __webpack_require__(5588);
const command_runner_js_1 = __webpack_require__(3532);
const review_copy_js_1 = __webpack_require__(3838);
const run_scenario_js_1 = __webpack_require__(9744);
const layout_js_1 = __webpack_require__(8951);
const run_agents_js_1 = __webpack_require__(3823);
const runtime_policy_js_1 = __webpack_require__(1181);
const stage_guard_js_1 = __webpack_require__(1239);
const budget_js_1 = __webpack_require__(5898);
const errors_js_1 = __webpack_require__(3916);
async function loadAgents(plan, cwd, repoRoot, layout) {
    if (plan.set === 'codex-claude')
        return plan;
    const source = plan.scenario.from === 'file'
        ? await (0, run_scenario_js_1.readScenarioFile)(cwd, plan.scenario.path, repoRoot)
        : await (0, run_scenario_js_1.readRunScenario)(layout, plan.scenario);
    return { set: 'scripted', source };
}
function agentsRecord(agents) {
    return agents.set === 'codex-claude'
        ? { set: agents.set, scenario: null }
        : {
            set: agents.set,
            scenario: { source_path: agents.source.sourcePath, sha256: agents.source.sha256 }
        };
}
function planOf(choice) {
    return choice.kind === 'codex-claude'
        ? { set: choice.kind }
        : { set: choice.kind, scenario: { from: 'file', path: choice.scenarioPath } };
}
/** The agents of a new run, from its flags; a flag mistake is a usage error. */
function newRunAgentChoice(flags) {
    const result = (0, run_agents_js_1.newRunAgents)(flags);
    if (!result.ok)
        throw new errors_js_1.UsageError(result.problem);
    const { plan } = result;
    if (plan.set === 'scripted' && plan.scenario.from === 'file')
        return { kind: 'scripted', scenarioPath: plan.scenario.path };
    return { kind: 'codex-claude' };
}
/** What the agent user must be able to run: the shell verification uses, and the agents' CLIs. */
function agentExecutables(set) {
    return set === 'codex-claude' ? ['bash', 'git', 'codex', 'claude'] : ['bash'];
}
/**
 * Inside GitHub Actions an agent running as the runner's own user can read the job's tokens
 * from the runner's processes; the CLI still runs it (its default), and says so.
 */
function warnWithoutIsolation(env, isolation, warn) {
    if (isolation !== undefined || env.GITHUB_ACTIONS !== 'true')
        return;
    warn?.("agents and verification commands run as this job's own user (no agent user): inside GitHub Actions " +
        "they can read the job's tokens from its processes; name a dedicated user with --agent-user (see docs/security.md)");
}
/**
 * The agent user of a resumed run: --agent-user / --no-agent-user, else
 * PLAN_ORCHESTRATOR_AGENT_USER, else the one the run recorded. Which users exist is the
 * runner's business, not the run's, so a later hop may name its own.
 */
function resumedAgentUser(flag, env, recorded) {
    if (flag !== undefined)
        return checkedAgentUser(flag, '--agent-user');
    const variable = runtime_policy_js_1.OPTION_ENV.agent_user;
    const fromEnv = env[variable]?.trim();
    if (fromEnv !== undefined && fromEnv !== '')
        return checkedAgentUser(fromEnv, variable);
    return recorded;
}
function checkedAgentUser(name, source) {
    if (name !== null && !runtime_policy_js_1.AGENT_USER_PATTERN.test(name))
        throw new errors_js_1.UserInputError(`${source} ${name}: not an OS user name (letters, digits, _ . -)`);
    return name;
}
/**
 * What keeps agent calls from configuring each other (docs/security.md, "Agent
 * configuration"): a fresh home per verification command (the agents make theirs, see
 * buildAgents), read-only checkpoint copies for the review lanes, and the ambient-config
 * check before every stage, whose baseline is taken now, after preflight passed.
 */
async function agentCallSandbox(env, git, agentUser) {
    const scratch = (0, call_home_js_1.defaultCallHomeParent)(env);
    return {
        runner: (0, command_runner_js_1.createCommandRunner)({
            callHomeParent: scratch,
            ...(agentUser === undefined ? {} : { agentUser })
        }),
        // The agent user reaches its copy through the system temp directory, as it reaches its
        // call directories; RUNNER_TEMP may be closed to other users.
        reviewCopies: (0, review_copy_js_1.createReviewCopies)({ parentDir: agentUser === undefined ? scratch : (0, node_os_1.tmpdir)() }),
        stageGuard: await (0, stage_guard_js_1.createStageGuard)({ env, git })
    };
}
/**
 * Extra environment variables the agents may see, named in PLAN_ORCHESTRATOR_AGENT_ENV
 * (comma-separated, `NAME_*` patterns allowed): proxies, CLI homes, test doubles. The
 * allowlist's denials (GitHub and npm tokens, git overrides) still apply.
 */
exports.AGENT_ENV_VARIABLE = 'PLAN_ORCHESTRATOR_AGENT_ENV';
function agentEnvPassThrough(env) {
    return (env[exports.AGENT_ENV_VARIABLE] ?? '')
        .split(',')
        .map((name) => name.trim())
        .filter((name) => name !== '');
}
/**
 * The operator's codex configuration, one `key=value` TOML override per line (`#` comments
 * and blank lines skipped), passed to every codex call as `-c`: with a fresh CODEX_HOME per
 * call it is the only configuration codex gets (a model provider, a gateway). It is on the
 * command line, so it must hold no secret (name the key's variable with `env_key` and list
 * that variable in PLAN_ORCHESTRATOR_AGENT_ENV).
 */
exports.CODEX_CONFIG_VARIABLE = 'PLAN_ORCHESTRATOR_CODEX_CONFIG';
const TOML_KEY_PART = String.raw `(?:[A-Za-z0-9_-]+|"[^"\\\n]*")`;
const CODEX_OVERRIDE = new RegExp(String.raw `^${TOML_KEY_PART}(?:\.${TOML_KEY_PART})*\s*=\s*\S.*$`);
function codexConfigOverrides(env) {
    const overrides = [];
    for (const [index, raw] of (env[exports.CODEX_CONFIG_VARIABLE] ?? '').split('\n').entries()) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        if (!CODEX_OVERRIDE.test(line)) {
            throw new errors_js_1.UserInputError(`${exports.CODEX_CONFIG_VARIABLE} line ${index + 1}: expected key=value (a TOML key and value), got '${line}'`);
        }
        overrides.push(line);
    }
    return overrides;
}
function buildAgents(choice, env, options, agentUser, codexConfig = []) {
    const callHomeParent = (0, call_home_js_1.defaultCallHomeParent)(env);
    return (0, index_js_2.createAgents)(choice.set, {
        passThrough: agentEnvPassThrough(env),
        ...(agentUser === undefined ? {} : { agentUser }),
        // The run's recorded policy picks the models, so every attempt of a run uses the same ones.
        codex: {
            model: options.codex_model,
            effort: codexEffort(options.codex_reasoning_effort),
            configOverrides: codexConfig,
            callHomeParent
        },
        claude: { model: options.claude_model, effort: options.claude_effort, callHomeParent },
        ...(choice.set === 'scripted'
            ? { scripted: { scenario: choice.source.scenario, callHomeParent } }
            : {})
    });
}
/**
 * The policy contract allows `minimal`, which today's codex model catalogue refuses; and a
 * cost limit needs a price for the codex model, which reports no cost of its own.
 */
function agentOptionProblems(options) {
    const known = codex_js_1.CODEX_EFFORTS;
    return [
        ...(known.includes(options.codex_reasoning_effort)
            ? []
            : [
                `runtime policy codex_reasoning_effort '${options.codex_reasoning_effort}' is not accepted by codex (${codex_js_1.CODEX_EFFORTS.join(', ')})`
            ]),
        ...(0, budget_js_1.unpricedBudgetProblems)(options)
    ];
}
function codexEffort(effort) {
    // Refused when the run was created (agentOptionProblems); a scripted run never reads it.
    const known = codex_js_1.CODEX_EFFORTS;
    return known.includes(effort) ? effort : undefined;
}


/***/ }),

/***/ 302:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.logStem = logStem;
exports.logPathsFor = logPathsFor;
const node_path_1 = __webpack_require__(6760);
const lifecycle_js_1 = __webpack_require__(5413);
/**
 * Where an agent call's logs go, by name alone: the kernel names them in the run store's
 * record of its own writes, the agent adapters write them.
 */
/**
 * Log stem: mutation logs are `<stage>.<round>` (the cycle tag itself), audit and triage logs
 * `<lane>.<cycle>`.
 */
function logStem(request) {
    return lifecycle_js_1.MUTATION_LANES.includes(request.lane)
        ? request.cycleTag
        : `${request.lane}.${request.cycleTag}`;
}
function logPathsFor(request) {
    const stem = logStem(request);
    return {
        stdoutPath: (0, node_path_1.join)(request.logDir, `${stem}.stdout.log`),
        stderrPath: (0, node_path_1.join)(request.logDir, `${stem}.stderr.log`)
    };
}


/***/ }),

/***/ 5565:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MUTATION_LANES = void 0;
exports.MUTATION_LANES = ['execute', 'fix', 'remediation'];


/***/ }),

/***/ 1239:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createStageGuard = createStageGuard;
exports.stageBlocked = stageBlocked;
const node_path_1 = __webpack_require__(6760);
const preflight_js_1 = __webpack_require__(1738);
async function createStageGuard(input) {
    const baseline = await (0, preflight_js_1.snapshotAgentConfig)(input.env);
    return {
        async check(scope) {
            const problems = [];
            const changed = (0, preflight_js_1.agentConfigChanges)(baseline, await (0, preflight_js_1.snapshotAgentConfig)(input.env));
            if (changed.length > 0) {
                problems.push(`agent configuration changed since the run started: ${changed.join(', ')} ` +
                    '(an agent or a verification command may have written it; check it before you resume)');
            }
            if (scope.worktree !== undefined) {
                const worktree = scope.worktree;
                const planted = await input.git.unreviewedAgentConfig(worktree, scope.worktreeReadClean === true ? { readClean: true } : {});
                if (planted.length > 0) {
                    problems.push(`agent configuration in the worktree that is not part of the reviewed change: ` +
                        planted.map((path) => (0, node_path_1.join)(worktree, path)).join(', '));
                }
            }
            if (scope.reviewCopy !== undefined) {
                const changes = await scope.reviewCopy.changes();
                if (changes.length > 0) {
                    problems.push(`the read-only review copy ${scope.reviewCopy.path} was changed: ${changes.join(', ')}`);
                }
            }
            return problems;
        }
    };
}
/** The escalation reason when the guard finds something before `scope.stage`, else undefined. */
async function stageBlocked(context, scope) {
    const problems = await context.stageGuard.check(scope);
    return problems.length === 0 ? undefined : `before ${scope.stage}: ${problems.join('; ')}`;
}


/***/ })

};

//# sourceMappingURL=998.index.js.map