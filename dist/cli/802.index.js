export const id = 802;
export const ids = [802];
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
        problems.push(`agent user '${name}' is in the orchestrator's group (gid ${self.gid}); it could read files that group may read — remove it from that group`);
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
/** `/`, `/home`, `/home/runner`, … down to the repository itself. */
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
 * verification command (code the agent wrote) put into "its" home — a config.toml that
 * names another model provider, a settings.json with hooks, an AGENTS.md — is gone before the
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
 * (which skips every pending `finally`), so an interrupted run leaves no home — and no copied
 * login file — behind. Returns the function that cancels it once the path is removed anyway.
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
const promises_1 = __webpack_require__(1455);
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
            await (0, promises_1.writeFile)(outcome.rawOutputPath, `${JSON.stringify(envelope, null, 2)}\n`, 'utf8');
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
 * - triage: `pass` → `passed`, no findings, nothing suppressed.
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
exports.logStem = logStem;
exports.logPathsFor = logPathsFor;
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
const ports_js_1 = __webpack_require__(5565);
const atomic_file_js_1 = __webpack_require__(7014);
const process_runner_js_1 = __webpack_require__(7348);
const stage_processes_js_1 = __webpack_require__(9322);
const call_home_js_1 = __webpack_require__(6371);
/**
 * Log stem per the reference's names: mutation logs are `<stage>.<round>` (the cycle tag
 * itself), audit and triage logs `<lane>.<cycle>`.
 */
function logStem(request) {
    return ports_js_1.MUTATION_LANES.includes(request.lane)
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
/** `x.json` → `x.raw.json`: the agent's own output, kept beside the report. */
function rawOutputPathFor(reportPath) {
    return reportPath.endsWith('.json')
        ? `${reportPath.slice(0, -'.json'.length)}.raw.json`
        : `${reportPath}.raw.json`;
}
async function executeInvocation(invocation, request, onSpawn, runAs) {
    for (const file of invocation.files) {
        await (0, promises_1.mkdir)((0, node_path_1.dirname)(file.path), { recursive: true });
        await (0, promises_1.writeFile)(file.path, file.content, 'utf8');
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
exports.isProcessStep = isProcessStep;
exports.runProcessSteps = runProcessSteps;
exports.runShellStep = runShellStep;
exports.commitAsAgent = commitAsAgent;
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
    await git('git', [...trust, 'add', '-A'], { cwd });
    await git('git', [...trust, ...identity, 'commit', '-q', '--allow-empty', '-m', message], {
        cwd
    });
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
    for (const segment of segmentSteps(script?.steps ?? [])) {
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
/** Consecutive process steps share one child, so a grandchild outlives the step that made it. */
function segmentSteps(steps) {
    const segments = [];
    for (const step of steps) {
        const last = segments.at(-1);
        if (!(0, scripted_children_js_1.isProcessStep)(step))
            segments.push({ step });
        else if (last && 'processSteps' in last)
            last.processSteps.push(step);
        else
            segments.push({ processSteps: [step] });
    }
    return segments;
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

/***/ 838:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.inspectEvidence = inspectEvidence;
exports.copyEvidence = copyEvidence;
const node_crypto_1 = __webpack_require__(7598);
const node_fs_1 = __webpack_require__(3024);
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const errors_js_1 = __webpack_require__(3916);
/** Checks a package without changing anything; refuses with one line naming what is wrong. */
async function inspectEvidence(root, rules) {
    const top = await (0, promises_1.lstat)(root).catch((error) => {
        if (error.code === 'ENOENT')
            throw new errors_js_1.UserInputError(`${rules.label}: does not exist`);
        throw new errors_js_1.UserInputError(`${rules.label}: cannot read it: ${error.message}`);
    });
    if (top.isSymbolicLink())
        throw linkRefusal(rules, root);
    if (!top.isDirectory())
        throw new errors_js_1.UserInputError(`${rules.label}: not a directory`);
    const directories = [];
    const files = [];
    let totalBytes = 0;
    const walk = async (relative) => {
        const dir = relative === '' ? root : (0, node_path_1.join)(root, relative);
        const names = await (0, promises_1.readdir)(dir).catch((error) => {
            throw new errors_js_1.UserInputError(`${rules.label}: cannot read ${dir}: ${error.message}`);
        });
        for (const name of names.sort()) {
            const path = relative === '' ? name : `${relative}/${name}`;
            const absolute = (0, node_path_1.join)(root, path);
            const info = await (0, promises_1.lstat)(absolute);
            if (info.isSymbolicLink())
                throw linkRefusal(rules, absolute);
            if (info.isDirectory()) {
                directories.push(path);
                await walk(path);
            }
            else if (info.isFile()) {
                await (0, promises_1.access)(absolute, node_fs_1.constants.R_OK).catch((error) => {
                    throw new errors_js_1.UserInputError(`${rules.label}: cannot read ${absolute}: ${error.message}`);
                });
                files.push({ path, size: info.size });
                totalBytes += info.size;
            }
            else {
                throw new errors_js_1.UserInputError(`${rules.label}: ${absolute} is not a regular file or directory; evidence is files in directories`);
            }
        }
    };
    await walk('');
    if (rules.maxBytes !== undefined && totalBytes > rules.maxBytes)
        throw sizeRefusal(rules, totalBytes);
    return { directories, files, totalBytes };
}
/**
 * Copies a package into `destination` (which must not exist yet), regular files and
 * directories only, hashing each file as it is copied. Anything that fails the rules of
 * `inspectEvidence` on the way, or changed since, removes the partial copy and is refused.
 */
async function copyEvidence(root, destination, rules) {
    const inventory = await inspectEvidence(root, rules);
    const realRoot = await (0, promises_1.realpath)(root);
    await (0, promises_1.mkdir)(destination);
    try {
        for (const dir of inventory.directories)
            await (0, promises_1.mkdir)((0, node_path_1.join)(destination, dir));
        const files = [];
        let totalBytes = 0;
        for (const file of inventory.files) {
            const copied = await copyRegularFile((0, node_path_1.join)(realRoot, file.path), (0, node_path_1.join)(destination, file.path), rules, totalBytes);
            totalBytes += copied.bytes;
            files.push({ path: file.path, sha256: copied.sha256 });
        }
        files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
        return { files, totalBytes };
    }
    catch (error) {
        await (0, promises_1.rm)(destination, { recursive: true, force: true });
        throw error;
    }
}
/** One file, opened without following a link and checked to be the file the walk found. */
async function copyRegularFile(source, target, rules, bytesSoFar) {
    const input = await (0, promises_1.open)(source, node_fs_1.constants.O_RDONLY | node_fs_1.constants.O_NOFOLLOW | node_fs_1.constants.O_NONBLOCK).catch((error) => {
        if (error.code === 'ELOOP')
            throw linkRefusal(rules, source);
        throw new errors_js_1.UserInputError(`${rules.label}: cannot read ${source}: ${error.message}`);
    });
    try {
        if (!(await input.stat()).isFile())
            throw new errors_js_1.UserInputError(`${rules.label}: ${source} is not a regular file or directory; evidence is files in directories`);
        // A directory on the way swapped for a link since the walk: the open file is elsewhere.
        const opened = await (0, promises_1.readlink)(`/proc/self/fd/${input.fd}`).catch(() => source);
        if (opened !== source)
            throw new errors_js_1.UserInputError(`${rules.label}: ${source} changed while it was being copied`);
        const output = await (0, promises_1.open)(target, 'wx', 0o644);
        const hash = (0, node_crypto_1.createHash)('sha256');
        let bytes = 0;
        try {
            const buffer = Buffer.alloc(1 << 16);
            for (;;) {
                const { bytesRead } = await input.read(buffer, 0, buffer.length, null);
                if (bytesRead === 0)
                    break;
                bytes += bytesRead;
                if (rules.maxBytes !== undefined && bytesSoFar + bytes > rules.maxBytes)
                    throw sizeRefusal(rules, bytesSoFar + bytes, 'at least ');
                const chunk = buffer.subarray(0, bytesRead);
                hash.update(chunk);
                await output.write(chunk);
            }
        }
        finally {
            await output.close();
        }
        return { sha256: hash.digest('hex'), bytes };
    }
    finally {
        await input.close();
    }
}
function linkRefusal(rules, path) {
    return new errors_js_1.UserInputError(`${rules.label}: ${path} is a symbolic link; evidence must be regular files and directories (copy the file itself, not a link to it)`);
}
function sizeRefusal(rules, bytes, qualifier = '') {
    const source = rules.limitSource === undefined ? '' : ` (${rules.limitSource})`;
    return new errors_js_1.UserInputError(`${rules.label} holds ${qualifier}${byteCount(bytes)}, over the limit of ${byteCount(rules.maxBytes ?? 0)}${source}`);
}
function byteCount(bytes) {
    const mib = 1024 * 1024;
    return bytes < mib ? `${bytes} bytes` : `${bytes} bytes = ${(bytes / mib).toFixed(1)} MiB`;
}


/***/ }),

/***/ 4606:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createGitPort = createGitPort;
const agent_config_js_1 = __webpack_require__(3721);
const index_js_1 = __webpack_require__(143);
/**
 * The kernel's view of git, over the git adapter. It also remembers, per worktree, the
 * snapshot of git metadata taken when the worktree was made, so every checkpoint can
 * tell whether an agent wrote into `.git`.
 */
function createGitPort() {
    const baselines = new Map();
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
            const after = await (0, index_js_1.postCheckpointViolations)(input.worktree, result.headSha, baseline);
            if (after.length > 0)
                return { ok: false, violations: after };
            return {
                ok: true,
                sha: result.headSha,
                committed: result.status === 'committed',
                changes: []
            };
        },
        authorityViolations: (worktree, sha) => (0, index_js_1.postCheckpointViolations)(worktree, sha, baselines.get(worktree)),
        committedChanges: index_js_1.listCommittedChanges,
        diff: index_js_1.readPatch,
        unreviewedAgentConfig: agent_config_js_1.unreviewedAgentConfig,
        async fastForward(root, branch, target, expectedOld) {
            await (0, index_js_1.fastForward)({ repoRoot: root, branch, targetSha: target, expectedOldSha: expectedOld });
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
 * Deleted files do not count: removing instructions steers nothing.
 */
async function unreviewedAgentConfig(worktree) {
    const top = [...exports.AGENT_INSTRUCTION_FILES, ...exports.AGENT_CONFIG_DIRS].map((name) => `:(top,literal)${name}`);
    const nested = exports.AGENT_INSTRUCTION_FILES.map((name) => `:(top,glob)**/${name}`);
    const status = ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames'];
    const [atTop, below] = await Promise.all([
        (0, git_runner_js_1.runGit)(worktree, [...status, '--ignored=traditional', '--', ...top]),
        (0, git_runner_js_1.runGit)(worktree, [...status, '--', ...nested])
    ]);
    const paths = new Set();
    for (const record of [...(0, z_output_js_1.parseNulList)(atTop), ...(0, z_output_js_1.parseNulList)(below)]) {
        const code = record.slice(0, 2);
        if (code.includes('D'))
            continue;
        paths.add(record.slice(3));
    }
    return [...paths].sort();
}


/***/ }),

/***/ 7558:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.listTree = listTree;
exports.exportCommitTree = exportCommitTree;
exports.blobId = blobId;
/**
 * Writes the tree of one commit into a plain directory, byte for byte as git stores it: no
 * checkout, no `.git`, no smudge filters or line-ending conversion, and no `export-ignore` /
 * `export-subst` (which `git archive` honours from the commit's own `.gitattributes`, so a
 * change could hide a file from its reviewers). The review lanes work in such a copy.
 */
const node_child_process_1 = __webpack_require__(1421);
const node_crypto_1 = __webpack_require__(7598);
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const errors_js_1 = __webpack_require__(8668);
const git_runner_js_1 = __webpack_require__(3338);
const z_output_js_1 = __webpack_require__(8971);
/** The entries of `commit`'s tree, recursively (blobs and submodule commits). */
async function listTree(repoRoot, commit) {
    const output = await (0, git_runner_js_1.runGit)(repoRoot, ['ls-tree', '-r', '-z', '--full-tree', commit]);
    return (0, z_output_js_1.parseNulList)(output).map((record) => {
        const tab = record.indexOf('\t');
        const [mode, , objectId] = record.slice(0, tab).split(' ');
        const path = record.slice(tab + 1);
        const kind = kindOf(mode ?? '');
        if (tab < 0 || objectId === undefined || kind === undefined) {
            throw new errors_js_1.GitAdapterError('command_failed', `unexpected ls-tree record: ${record}`);
        }
        assertSafePath(path);
        return { path, kind, objectId };
    });
}
function kindOf(mode) {
    if (mode === '100644')
        return 'file';
    if (mode === '100755')
        return 'executable';
    if (mode === '120000')
        return 'symlink';
    if (mode === '160000')
        return 'submodule';
    return undefined;
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
 * Blobs come from one `git cat-file --batch` process, streamed, so a large tree costs one
 * process, not one per file.
 */
async function exportCommitTree(repoRoot, commit, target) {
    const entries = await listTree(repoRoot, commit);
    await (0, promises_1.mkdir)(target, { recursive: true });
    const blobs = entries.filter((entry) => entry.kind !== 'submodule');
    for (const entry of entries.filter((candidate) => candidate.kind === 'submodule')) {
        // Not checked out, as in a fresh clone: an empty directory marks it.
        await (0, promises_1.mkdir)((0, node_path_1.join)(target, entry.path), { recursive: true });
    }
    await readBlobs(repoRoot, blobs, async (entry, content) => {
        const path = (0, node_path_1.join)(target, entry.path);
        await (0, promises_1.mkdir)((0, node_path_1.dirname)(path), { recursive: true });
        if (entry.kind === 'symlink')
            await (0, promises_1.symlink)(content.toString('utf8'), path);
        else
            await (0, promises_1.writeFile)(path, content, { flag: 'wx', mode: 0o600 });
    });
    return entries;
}
/** The object id git gives `content` as a blob, in the hash of `likeId` (SHA-1 or SHA-256). */
function blobId(content, likeId) {
    const algorithm = likeId.length === 64 ? 'sha256' : 'sha1';
    return (0, node_crypto_1.createHash)(algorithm).update(`blob ${content.length}\0`).update(content).digest('hex');
}
async function readBlobs(repoRoot, entries, onBlob) {
    if (entries.length === 0)
        return;
    const child = (0, node_child_process_1.spawn)('git', [...git_runner_js_1.HARDENED_CONFIG.flatMap((setting) => ['-c', setting]), 'cat-file', '--batch'], { cwd: repoRoot, env: (0, git_runner_js_1.hardenedGitEnv)(), stdio: ['pipe', 'pipe', 'pipe'] });
    const exited = new Promise((resolve, reject) => {
        child.once('error', reject);
        child.once('close', (code) => resolve(code));
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk.toString('utf8')));
    child.stdin.on('error', () => undefined);
    child.stdin.end(entries.map((entry) => `${entry.objectId}\n`).join(''));
    try {
        const reader = new ByteReader(child.stdout);
        for (const entry of entries) {
            const header = (await reader.line()).split(' ');
            if (header[0] !== entry.objectId || header[1] !== 'blob' || header[2] === undefined) {
                throw new errors_js_1.GitAdapterError('command_failed', `git cat-file gave '${header.join(' ')}' for ${entry.path} (${entry.objectId})`);
            }
            const content = await reader.bytes(Number(header[2]));
            await reader.bytes(1);
            await onBlob(entry, content);
        }
    }
    finally {
        child.stdout.destroy();
        child.kill();
    }
    const code = await exited.catch(() => null);
    if (code !== 0 && code !== null && stderr.trim() !== '') {
        throw new errors_js_1.GitAdapterError('command_failed', `git cat-file failed: ${stderr.trim()}`);
    }
}
/** Reads lines and exact byte counts from a stream of chunks. */
class ByteReader {
    chunks;
    buffered = [];
    length = 0;
    constructor(stream) {
        this.chunks = stream[Symbol.asyncIterator]();
    }
    async line() {
        for (;;) {
            const joined = this.peek();
            const end = joined.indexOf(0x0a);
            if (end >= 0)
                return this.take(end + 1)
                    .subarray(0, end)
                    .toString('utf8');
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
    peek() {
        if (this.buffered.length > 1)
            this.buffered = [Buffer.concat(this.buffered)];
        return this.buffered[0] ?? Buffer.alloc(0);
    }
    take(count) {
        const all = Buffer.concat(this.buffered, this.length);
        const taken = all.subarray(0, count);
        const rest = all.subarray(count);
        this.buffered = rest.length > 0 ? [rest] : [];
        this.length = rest.length;
        return Buffer.from(taken);
    }
    async more() {
        const next = await this.chunks.next();
        if (next.done)
            return false;
        this.buffered.push(next.value);
        this.length += next.value.length;
        return true;
    }
}


/***/ }),

/***/ 8412:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createIntegrityPort = createIntegrityPort;
/**
 * The integrity check's adapter: reads before and after a stage, then puts back what the
 * orchestrator owns. Git metadata goes back first, before `git status` or `update-ref` run,
 * so that no git command of ours ever reads configuration an agent planted.
 */
const node_crypto_1 = __webpack_require__(7598);
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const outside_state_js_1 = __webpack_require__(1176);
const errors_js_1 = __webpack_require__(3916);
const git_runner_js_1 = __webpack_require__(3338);
const outside_reader_js_1 = __webpack_require__(415);
function createIntegrityPort() {
    return {
        snapshot: (scope, previous) => (0, outside_reader_js_1.readOutside)(scope, previous),
        check: checkOutside
    };
}
async function checkOutside(before, scope, stage) {
    const restored = new Set();
    const unrestored = new Map();
    const git = (0, outside_reader_js_1.readGitFiles)(scope);
    for (const path of changedRestorableFiles(before.state, git.files)) {
        const had = before.state.gitFiles[path];
        const content = before.contents.get(path);
        const absolute = (0, node_path_1.join)(scope.repoRoot, path);
        try {
            if (had === undefined || content !== undefined) {
                restoreFile(absolute, content);
                restored.add(path);
            }
            else if (had.configLines !== undefined) {
                // No copy (a reading from before an interruption): take the planted entries out.
                restoreConfigEntries(absolute, had.configLines);
                if (fileSha256(absolute) === had.sha256)
                    restored.add(path);
                else
                    unrestored.set(path, 'its planted entries were removed, but it still differs');
            }
            else
                unrestored.set(path, 'no copy of its earlier content was kept');
        }
        catch (error) {
            unrestored.set(path, (0, errors_js_1.describeError)(error));
        }
    }
    const after = {
        refs: await (0, outside_reader_js_1.readRefs)(scope.repoRoot, git.commonDir),
        gitFiles: git.files,
        checkout: await (0, outside_reader_js_1.readCheckout)(scope.repoRoot),
        store: (0, outside_reader_js_1.readStore)(scope.repoRoot),
        liveRuns: (0, outside_reader_js_1.readLiveRuns)(scope.repoRoot, scope.runId),
        runStateDigest: (0, outside_reader_js_1.readRunStateDigest)(scope.repoRoot, scope.runId)
    };
    const changes = (0, outside_state_js_1.compareOutside)(before.state, after, stage);
    for (const change of changes) {
        if (change.area !== 'ref' || !change.ours)
            continue;
        try {
            await restoreRef(scope.repoRoot, change);
            restored.add(change.path);
        }
        catch (error) {
            unrestored.set(change.path, (0, errors_js_1.describeError)(error));
        }
    }
    return { after: { state: after, contents: git.contents }, changes, restored, unrestored };
}
function changedRestorableFiles(before, now) {
    const paths = new Set([...Object.keys(before.gitFiles), ...Object.keys(now)]);
    return [...paths].filter((path) => (0, outside_state_js_1.isRestorableGitFile)(path) && before.gitFiles[path]?.sha256 !== now[path]?.sha256);
}
/** Puts a file back as it was (written beside it, then renamed over), or removes a planted one. */
function restoreFile(path, content) {
    let existing;
    try {
        existing = (0, node_fs_1.lstatSync)(path);
    }
    catch {
        existing = undefined;
    }
    if (existing?.isDirectory() === true)
        (0, node_fs_1.rmSync)(path, { recursive: true, force: true });
    if (content === undefined) {
        (0, node_fs_1.rmSync)(path, { force: true });
        return;
    }
    const temporary = `${path}.plan-orchestrator-restore-${process.pid}`;
    (0, node_fs_1.rmSync)(temporary, { force: true });
    if (content.kind === 'symlink')
        (0, node_fs_1.symlinkSync)(content.target, temporary);
    else {
        (0, node_fs_1.writeFileSync)(temporary, content.data, { mode: content.mode });
        (0, node_fs_1.chmodSync)(temporary, content.mode);
    }
    (0, node_fs_1.renameSync)(temporary, path);
}
function restoreConfigEntries(path, before) {
    const text = (0, node_fs_1.readFileSync)(path, 'utf8');
    const mode = (0, node_fs_1.lstatSync)(path).mode & 0o7777;
    restoreFile(path, {
        kind: 'file',
        data: Buffer.from((0, outside_state_js_1.withoutPlantedEntries)(text, before), 'utf8'),
        mode
    });
}
function fileSha256(path) {
    try {
        return (0, node_crypto_1.createHash)('sha256').update((0, node_fs_1.readFileSync)(path)).digest('hex');
    }
    catch {
        return undefined;
    }
}
const SHA = /^[0-9a-f]{40,64}$/;
/** Moves a ref of the run back (compare-and-swap on what the stage left), or deletes a planted one. */
async function restoreRef(repoRoot, change) {
    const message = 'plan-orchestrator: restore after an integrity incident';
    const old = change.after !== null && SHA.test(change.after) ? [change.after] : [];
    if (change.before === null) {
        await (0, git_runner_js_1.runGit)(repoRoot, ['update-ref', '--no-deref', '-m', message, '-d', change.path, ...old]);
        return;
    }
    if (!SHA.test(change.before))
        throw new Error(`cannot restore symbolic ref ${change.path}`);
    await (0, git_runner_js_1.runGit)(repoRoot, [
        'update-ref',
        '--no-deref',
        '-m',
        message,
        change.path,
        change.before,
        ...(change.after === null ? [''] : old)
    ]);
}


/***/ }),

/***/ 9289:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.INTERRUPTION_EXIT_CODES = void 0;
exports.withInterruptionGuard = withInterruptionGuard;
const errors_js_1 = __webpack_require__(3916);
const live_children_js_1 = __webpack_require__(3026);
const process_group_js_1 = __webpack_require__(2247);
const stage_processes_js_1 = __webpack_require__(9322);
/**
 * SIGINT / SIGTERM while a run or resume works (a cancelled CI job, a supervisor, Ctrl-C).
 * The run stays where it was and is marked as interrupted, so `status` says so and `resume`
 * continues it; every child group and stage is stopped, the lock released, and the process exits
 * well before a CI runner's own SIGKILL (7.5 s after its SIGTERM), even if a child ignores
 * SIGTERM. The handlers exist only around the work: every other command, and a later run
 * in the same process, keeps Node's default behaviour.
 */
exports.INTERRUPTION_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 };
const SIGNALS = Object.keys(exports.INTERRUPTION_EXIT_CODES);
/** Between SIGTERM and SIGKILL to each child group. */
const CHILD_KILL_GRACE_MS = 1500;
/** The process exits by then even if the state save or the lock release hangs (a stuck disk). */
const EXIT_DEADLINE_MS = 4000;
async function withInterruptionGuard(lock, work) {
    let session;
    let stopping = false;
    const onSignal = (signal) => {
        // A second signal changes nothing: the shutdown under way is already bounded.
        if (stopping)
            return;
        stopping = true;
        void stopAndExit(signal, lock, session);
    };
    for (const signal of SIGNALS)
        process.on(signal, onSignal);
    const interruption = {
        track(tracked) {
            session = tracked;
            return tracked;
        }
    };
    // Once stopping, whatever the work still does (it may end, or fail on a killed child)
    // must reach neither the caller nor the lock: the shutdown owns both until the exit.
    try {
        const result = await work(interruption);
        if (stopping)
            return await pendingForever();
        return result;
    }
    catch (error) {
        if (stopping)
            return await pendingForever();
        throw error;
    }
    finally {
        if (!stopping)
            for (const signal of SIGNALS)
                process.removeListener(signal, onSignal);
    }
}
async function stopAndExit(signal, lock, session) {
    const resumeHint = `resume with: plan-orchestrator resume --run-id ${lock.runId}`;
    const at = session?.state.current_state;
    let exited = false;
    const exit = (outcome) => {
        if (exited)
            return;
        exited = true;
        // A stage may have started a child after the groups were stopped; it must not outlive us.
        killRemainingGroups();
        process.stderr.write(`interrupted by ${signal}; run ${lock.runId} ${outcome}; ${resumeHint}\n`);
        process.exit(exports.INTERRUPTION_EXIT_CODES[signal]);
    };
    const deadline = setTimeout(() => exit(`left at ${at ?? 'its saved state'} (the shutdown did not finish in time)`), EXIT_DEADLINE_MS);
    // Frozen at once (synchronously, before any child is signalled), so the kernel cannot
    // record a child's death as its failure; the children are stopped meanwhile.
    const recorded = session === undefined
        ? Promise.resolve('unchanged')
        : session.freeze('orchestrator', `interrupted by ${signal} at ${at}; ${resumeHint}`).then(() => `saved at ${at}`, (error) => `left at ${at} (the interruption could not be recorded: ${(0, errors_js_1.describeError)(error)})`);
    const [outcome] = await Promise.all([recorded, stopAllChildren()]);
    await lock.release().catch(() => undefined);
    clearTimeout(deadline);
    exit(outcome);
}
/**
 * Stops every registered child group, including any that starts while this is under way,
 * and whatever the open stages started outside their groups.
 */
async function stopAllChildren() {
    await Promise.all([stopChildGroups(), (0, stage_processes_js_1.stopOpenStages)(CHILD_KILL_GRACE_MS)]);
}
async function stopChildGroups() {
    const stopping = new Map();
    const stopNewOnes = (children) => {
        for (const { pid } of children) {
            if (!stopping.has(pid))
                stopping.set(pid, (0, process_group_js_1.terminateProcessGroup)(pid, CHILD_KILL_GRACE_MS));
        }
    };
    // Never unsubscribed: the process exits at the end of this shutdown.
    live_children_js_1.liveChildren.subscribe(stopNewOnes);
    stopNewOnes(live_children_js_1.liveChildren.list());
    let waitedFor = -1;
    while (waitedFor !== stopping.size) {
        waitedFor = stopping.size;
        await Promise.all(stopping.values());
    }
}
function killRemainingGroups() {
    for (const { pid } of live_children_js_1.liveChildren.list()) {
        if ((0, process_group_js_1.isProcessGroupRunning)(pid))
            (0, process_group_js_1.signalProcessGroup)(pid, 'SIGKILL');
    }
    (0, stage_processes_js_1.killOpenStages)();
}
function pendingForever() {
    return new Promise(() => undefined);
}


/***/ }),

/***/ 3026:
/***/ ((__unused_webpack_module, exports) => {


/**
 * The child processes this process is running right now, process-wide. A signal handler has
 * to stop every one of them, and supervision reports them, without either reaching into the
 * stage that started them. runProcess is the only writer.
 */
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

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.secureRunStore = secureRunStore;
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const layout_js_1 = __webpack_require__(8951);
const errors_js_1 = __webpack_require__(3916);
/**
 * The run store (states, logs, evidence, gate records, supervision) and the reports root are
 * the orchestrator's alone: 0700, so the agent user cannot enter either (docs/security.md).
 * Agents get their inputs and leave their outputs in a directory of each call instead.
 */
async function secureRunStore(repoRoot) {
    for (const root of [layout_js_1.CONTROL_ROOT, layout_js_1.REPORT_ROOT]) {
        const path = (0, node_path_1.join)(repoRoot, root);
        try {
            await (0, promises_1.mkdir)(path, { recursive: true });
            await (0, promises_1.chmod)(path, 0o700);
        }
        catch (error) {
            throw new errors_js_1.UserInputError(`cannot make ${path} private (0700): ${(0, errors_js_1.describeError)(error)}`);
        }
    }
}


/***/ }),

/***/ 3802:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CODEX_CONFIG_VARIABLE = exports.AGENT_ENV_VARIABLE = exports.FAILPOINT_VARIABLE = void 0;
exports.newRunAgentChoice = newRunAgentChoice;
exports.startRun = startRun;
exports.checkNewRunInput = checkNewRunInput;
exports.agentExecutables = agentExecutables;
exports.codexConfigOverrides = codexConfigOverrides;
exports.evidenceDirectory = evidenceDirectory;
exports.resumeExistingRun = resumeExistingRun;
exports.checkSupervisedResume = checkSupervisedResume;
exports.decideGate = decideGate;
const promises_1 = __webpack_require__(1455);
const node_os_1 = __webpack_require__(8161);
const node_path_1 = __webpack_require__(6760);
const index_js_1 = __webpack_require__(5062);
const index_js_2 = __webpack_require__(455);
const call_home_js_1 = __webpack_require__(6371);
const codex_js_1 = __webpack_require__(5588);
const child_env_js_1 = __webpack_require__(804);
const command_runner_js_1 = __webpack_require__(3532);
const review_copy_js_1 = __webpack_require__(3838);
const git_port_js_1 = __webpack_require__(4606);
const interruption_js_1 = __webpack_require__(9289);
const run_lock_js_1 = __webpack_require__(2685);
const evidence_package_js_1 = __webpack_require__(838);
const run_store_js_1 = __webpack_require__(6525);
const run_scenario_js_1 = __webpack_require__(9744);
const layout_js_1 = __webpack_require__(8951);
const run_agents_js_1 = __webpack_require__(3823);
const run_state_ops_js_1 = __webpack_require__(7109);
const time_js_1 = __webpack_require__(2334);
const normalized_plan_js_1 = __webpack_require__(6591);
const manual_gate_js_1 = __webpack_require__(6123);
const preflight_js_1 = __webpack_require__(1738);
const resume_js_1 = __webpack_require__(8694);
const evidence_intake_js_1 = __webpack_require__(7769);
const runtime_policy_js_1 = __webpack_require__(1181);
const run_store_access_js_1 = __webpack_require__(3632);
const stage_guard_js_1 = __webpack_require__(1239);
const budget_js_1 = __webpack_require__(5898);
const resume_budgets_js_1 = __webpack_require__(3573);
const errors_js_1 = __webpack_require__(3916);
const bridge_js_1 = __webpack_require__(2726);
const create_run_js_1 = __webpack_require__(6025);
const queue_js_1 = __webpack_require__(8858);
const run_session_js_1 = __webpack_require__(1033);
const integrity_guard_js_1 = __webpack_require__(6722);
const index_js_3 = __webpack_require__(8412);
const failpoints_js_1 = __webpack_require__(5334);
Object.defineProperty(exports, "FAILPOINT_VARIABLE", ({ enumerable: true, get: function () { return failpoints_js_1.FAILPOINT_VARIABLE; } }));
const survivors_js_1 = __webpack_require__(2662);
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
const systemClock = { now: () => new Date() };
async function startRun(input) {
    const clock = input.clock ?? systemClock;
    // Checked before the run exists, like every other input.
    const codexConfig = codexConfigOverrides(input.env);
    const git = (0, git_port_js_1.createGitPort)();
    let isolation;
    const { createInput, loaded } = await newRunInput(input, git, clock, (prepared) => {
        isolation = prepared;
    });
    const created = await (0, create_run_js_1.createRun)(createInput);
    warnWithoutIsolation(input.env, isolation, input.warn);
    const agents = buildAgents(loaded, input.env, created.state.options, isolation, codexConfig);
    const evidenceDir = await evidenceDirectory(input.cwd, input.evidenceDir, {
        options: created.state.options
    });
    const sandbox = await agentCallSandbox(input.env, git, isolation);
    return (0, run_lock_js_1.withRunLock)(created.layout, 'run', (lock) => (0, bridge_js_1.withSupervisionBridge)(created.layout, input.env, () => (0, interruption_js_1.withInterruptionGuard)(lock, async (interruption) => {
        await isolation?.recover(created.layout.worktreesDir);
        const session = interruption.track(new run_session_js_1.RunSession(created.layout, created.state, clock, input.progress, input.env[failpoints_js_1.FAILPOINT_VARIABLE]));
        const base = {
            session,
            plan: created.plan,
            agents,
            git,
            clock,
            options: created.state.options,
            childEnv: (0, child_env_js_1.buildChildEnv)(input.env),
            integrity: new integrity_guard_js_1.IntegrityGuard((0, index_js_3.createIntegrityPort)()),
            ...sandbox
        };
        const requested = input.selection.kind === 'items'
            ? input.selection.ids
            : [(0, queue_js_1.nextCandidate)(session.state)].filter((id) => id !== undefined);
        const explicitList = input.selection.kind === 'items' && input.selection.explicitList;
        const first = requested[0];
        const received = evidenceDir === undefined || first === undefined
            ? undefined
            : await (0, evidence_intake_js_1.receiveEvidence)(base, first, evidenceDir);
        const last = await (0, queue_js_1.processQueue)(base, requested, {
            continueAfterQueue: created.state.options.auto_advance && !explicitList,
            maxItems: created.state.options.max_items,
            ...(received === undefined ? {} : { evidenceDir: received })
        });
        return {
            run_id: session.state.run_id,
            current_state: session.state.current_state,
            current_item_id: session.state.current_item_id,
            last_terminal_state: last,
            run_state_path: session.layout.runStatePath
        };
    })));
}
/**
 * What `run` asks `createRun` for, checks included; `supervise run` checks the same. The
 * scenario is read here, once: a bad one is refused with the other problems.
 */
async function newRunInput(input, git, clock, onIsolation = () => undefined) {
    const repoRoot = await git.repoRoot(input.cwd).catch(() => undefined);
    let loaded;
    const agentProblems = await refusalOfAsync(async () => {
        loaded = await loadAgents(planOf(input.agents), input.cwd, repoRoot);
    });
    const createInput = {
        cwd: input.cwd,
        playbookPath: input.playbookPath,
        ...(input.configPath === undefined ? {} : { configPath: input.configPath }),
        env: input.env,
        cli: input.cli,
        requestedItems: input.selection.kind === 'items' ? input.selection.ids : [],
        requiredExecutables: (0, run_agents_js_1.agentExecutables)(input.agents.kind),
        git,
        clock,
        runIdOverride: (0, bridge_js_1.runIdOverride)(input.env),
        // Everything that needs the resolved policy is checked with the rest, before any write.
        checkOptions: async (options) => [
            ...(input.agents.kind === 'codex-claude' ? agentOptionProblems(options) : []),
            ...(loaded === undefined
                ? agentProblems
                : refusalOf(() => buildAgents(loaded, input.env, options, undefined))),
            ...(await refusalOfAsync(() => evidenceDirectory(input.cwd, input.evidenceDir, { options })))
        ],
        async checkAgentUser(options, repoRoot) {
            const setup = await (0, index_js_1.prepareAgentUser)(options.agent_user, {
                repoRoot,
                executables: agentExecutables(input.agents.kind),
                env: input.env
            });
            if (!setup.ok)
                return setup.problems;
            onIsolation(setup.isolation);
            return [];
        },
        ...(loaded === undefined
            ? {}
            : {
                agents: {
                    record: agentsRecord(loaded),
                    ...(loaded.set === 'scripted' ? { scenarioText: loaded.source.text } : {})
                }
            })
    };
    return { createInput, loaded };
}
/**
 * The checks `run` makes before it writes anything, without running: `supervise run` refuses
 * with them before it writes its own files.
 */
async function checkNewRunInput(input) {
    const git = (0, git_port_js_1.createGitPort)();
    await (0, create_run_js_1.checkNewRun)((await newRunInput(input, git, input.clock ?? systemClock)).createInput);
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
/**
 * The one check of `--external-evidence-dir` (run, resume, supervise resume, the Action):
 * an existing directory, not a link, holding only regular files and directories (no link
 * anywhere, each named when refused), within the run's size limit. Reads only. Returns the
 * absolute path; undefined when none was given.
 */
async function evidenceDirectory(cwd, given, checks = {}) {
    if (given === undefined)
        return undefined;
    const path = (0, node_path_1.resolve)(cwd, given);
    const rules = checks.options === undefined
        ? { label: `--external-evidence-dir ${given}` }
        : (0, evidence_intake_js_1.evidenceRules)(given, checks.options);
    await (0, evidence_package_js_1.inspectEvidence)(path, rules);
    if (checks.insideRepository !== undefined)
        await assertInsideRepository(path, checks.insideRepository, rules.label);
    return path;
}
async function assertInsideRepository(path, repo, label) {
    const [real, root] = await Promise.all([(0, promises_1.realpath)(path), (0, promises_1.realpath)(repo)]);
    const inside = (0, node_path_1.relative)(root, real);
    const parts = inside.split(node_path_1.sep);
    if (inside === '' || inside.startsWith('..') || (0, node_path_1.isAbsolute)(inside))
        throw new errors_js_1.UserInputError(`${label}: resolves to ${real}, which is not a directory inside the repository; evidence must be a directory of the checkout`);
    if (parts[0] === '.git' || parts[0] === '.local')
        throw new errors_js_1.UserInputError(`${label}: resolves to ${real}, inside ${parts[0]}/, which is never evidence`);
}
/** A user's mistake as a problem line, for checks reported together; anything else throws. */
function refusalOf(check) {
    try {
        check();
        return [];
    }
    catch (error) {
        if (error instanceof errors_js_1.UserInputError)
            return [error.message];
        throw error;
    }
}
async function refusalOfAsync(check) {
    try {
        await check();
        return [];
    }
    catch (error) {
        if (error instanceof errors_js_1.UserInputError)
            return [error.message];
        throw error;
    }
}
/**
 * Continues a saved run under its lock (see kernel/resume.ts for what it picks). Everything
 * that can refuse the resume is checked before the lock is taken and anything is written:
 * the run id and run, its saved state and plan, the repository, the agents and their
 * scenario, the evidence, a pending gate or a blocked item without evidence.
 */
async function resumeExistingRun(input) {
    const clock = input.clock ?? systemClock;
    const codexConfig = codexConfigOverrides(input.env);
    const git = (0, git_port_js_1.createGitPort)();
    const repoRoot = await git.repoRoot(input.cwd).catch(() => {
        throw new errors_js_1.UserInputError(`${input.cwd} is not inside a git repository`);
    });
    const layout = await (0, run_store_js_1.findRun)(repoRoot, input.runId);
    const checked = await checkResume(input, layout, git);
    return (0, run_lock_js_1.withRunLock)(layout, 'resume', (lock) => (0, bridge_js_1.withSupervisionBridge)(layout, input.env, () => (0, interruption_js_1.withInterruptionGuard)(lock, async (interruption) => {
        // The state may have moved on while we waited for nothing: read it again under the lock.
        const state = await (0, run_store_js_1.loadRunState)(layout);
        const session = interruption.track(new run_session_js_1.RunSession(layout, state, clock, input.progress, input.env[failpoints_js_1.FAILPOINT_VARIABLE]));
        // First of all: an agent of a killed process may still run, and write.
        await (0, survivors_js_1.stopEarlierStages)(session);
        const refusal = (0, resume_js_1.resumeRefusal)(session.state, checked.evidenceDir !== undefined);
        if (refusal !== undefined)
            throw new errors_js_1.UserInputError(refusal);
        if (checked.drift !== undefined)
            input.warn?.(checked.drift);
        await (0, resume_budgets_js_1.applyBudgetsOnResume)(session, {
            env: input.env,
            cli: input.budgets ?? {},
            ...(checked.agents.set === 'codex-claude' ? { check: budget_js_1.unpricedBudgetProblems } : {})
        });
        const stillReached = (0, budget_js_1.budgetStillReached)(session.state);
        if (stillReached !== undefined)
            throw new errors_js_1.UserInputError(`error: ${stillReached}`);
        // The run's policy with the limits this resume gave it.
        const options = session.state.options;
        warnWithoutIsolation(input.env, checked.isolation, input.warn);
        await (0, run_store_access_js_1.secureRunStore)(repoRoot);
        await checked.isolation?.recover(layout.worktreesDir);
        const outcome = await (0, resume_js_1.resumeRun)({
            base: {
                session,
                plan: checked.plan,
                agents: buildAgents(checked.agents, input.env, options, checked.isolation, codexConfig),
                git,
                clock,
                options,
                childEnv: (0, child_env_js_1.buildChildEnv)(input.env),
                integrity: new integrity_guard_js_1.IntegrityGuard((0, index_js_3.createIntegrityPort)()),
                ...(await agentCallSandbox(input.env, git, checked.isolation))
            },
            autoAdvance: input.autoAdvance,
            ...(checked.evidenceDir === undefined ? {} : { evidenceDir: checked.evidenceDir }),
            // After the check of an interrupted stage: a new scenario copy in the run store is
            // ours, not something the interrupted agent wrote.
            recordChoices: () => recordAgents(session, input.agents, checked.agents, clock)
        });
        return {
            run_id: session.state.run_id,
            current_state: session.state.current_state,
            current_item_id: outcome.itemId === null ? null : session.state.current_item_id,
            last_terminal_state: outcome.last,
            run_state_path: layout.runStatePath
        };
    })));
}
/**
 * A resume told to continue with other agents (or another scenario) than the run recorded
 * records them, so that every later command and hint continues with them too. The scenario's
 * copy is written before the state names it.
 */
async function recordAgents(session, flags, agents, clock) {
    if (flags.set === undefined && flags.scenarioPath === undefined)
        return;
    if (agents.set === 'scripted')
        await (0, run_scenario_js_1.keepScenarioCopy)(session.layout, agents.source);
    const before = session.state.agents;
    const after = agentsRecord(agents);
    if ((0, run_agents_js_1.sameAgents)(before, after))
        return;
    await session.replace((0, run_state_ops_js_1.appendEvent)({ ...session.state, agents: after }, { actor: 'orchestrator', itemId: null, message: (0, run_agents_js_1.agentsChangedMessage)(before, after) }, (0, time_js_1.isoSeconds)(clock.now())));
}
/**
 * `supervise resume`'s checks before the supervisor writes anything: the same as `resume`'s,
 * except that a pending gate or a blocked item is something a supervisor waits at.
 */
async function checkSupervisedResume(input) {
    const git = (0, git_port_js_1.createGitPort)();
    const repoRoot = await git.repoRoot(input.cwd).catch(() => {
        throw new errors_js_1.UserInputError(`${input.cwd} is not inside a git repository`);
    });
    const layout = await (0, run_store_js_1.findRun)(repoRoot, input.runId);
    const { evidenceDir } = await checkResume(input, layout, git, { humanStopsWait: true });
    return { layout, evidenceDir };
}
async function checkResume(input, layout, git, { humanStopsWait } = { humanStopsWait: false }) {
    const agentUserFlag = input.agentUser === undefined ? undefined : checkedAgentUser(input.agentUser, '--agent-user');
    const state = await (0, run_store_js_1.loadRunState)(layout);
    if (state.run_id !== layout.runId)
        throw new errors_js_1.UserInputError(`the directory of run ${layout.runId} holds the state of ${state.run_id}; check it: plan-orchestrator doctor --run-id ${layout.runId}`);
    const plan = await loadRunPlan(layout);
    const agentPlan = (0, run_agents_js_1.continuedRunAgents)(input.agents, state.agents, state.run_id);
    const set = agentPlan.ok ? agentPlan.plan.set : 'codex-claude';
    const problems = await (0, preflight_js_1.preflight)({
        repoRoot: layout.repoRoot,
        git,
        env: input.env,
        requiredExecutables: (0, run_agents_js_1.agentExecutables)(set)
    });
    let agents;
    if (!agentPlan.ok)
        problems.push(agentPlan.problem);
    else
        problems.push(...(await refusalOfAsync(async () => {
            agents = await loadAgents(agentPlan.plan, input.cwd, layout.repoRoot, layout);
            buildAgents(agents, input.env, state.options, undefined);
        })));
    const drift = agentPlan.ok && agentPlan.plan.set === 'scripted' && agentPlan.plan.scenario.from === 'run'
        ? await (0, run_scenario_js_1.scenarioDrift)(layout.repoRoot, state.agents)
        : undefined;
    let evidenceDir;
    problems.push(...(await refusalOfAsync(async () => {
        evidenceDir = await evidenceDirectory(input.cwd, input.evidenceDir, {
            options: state.options
        });
    })));
    const agentUser = await (0, index_js_1.prepareAgentUser)(resumedAgentUser(agentUserFlag, input.env, state.options.agent_user), { repoRoot: layout.repoRoot, executables: agentExecutables(set), env: input.env });
    if (!agentUser.ok)
        problems.push(...agentUser.problems);
    const refusal = humanStopsWait ? undefined : (0, resume_js_1.resumeRefusal)(state, input.evidenceDir !== undefined);
    if (refusal !== undefined)
        problems.unshift(refusal);
    if (problems.length > 0 || agents === undefined)
        throw new errors_js_1.UserInputError(problems.map((problem) => `error: ${problem}`).join('\n'));
    return {
        plan,
        evidenceDir,
        isolation: agentUser.ok ? agentUser.isolation : undefined,
        agents,
        drift
    };
}
/** The run's normalized plan; a damaged one is named with the way to rebuild it. */
async function loadRunPlan(layout) {
    const text = await (0, promises_1.readFile)(layout.normalizedPlanPath, 'utf8').catch(() => undefined);
    let json;
    try {
        json = text === undefined ? undefined : JSON.parse(text);
    }
    catch {
        json = undefined;
    }
    const parsed = normalized_plan_js_1.NormalizedPlanSchema.safeParse(json);
    if (!parsed.success)
        throw new errors_js_1.UserInputError(`${(0, layout_js_1.repoRelative)(layout.repoRoot, layout.normalizedPlanPath)} is ${text === undefined ? 'missing' : 'damaged'}; check and rebuild it: plan-orchestrator doctor --run-id ${layout.runId} --fix-safe`);
    return parsed.data;
}
async function decideGate(input) {
    const git = (0, git_port_js_1.createGitPort)();
    const repoRoot = await git.repoRoot(input.cwd).catch(() => {
        throw new errors_js_1.UserInputError(`${input.cwd} is not inside a git repository`);
    });
    const layout = await (0, run_store_js_1.findRun)(repoRoot, input.runId);
    return (0, run_lock_js_1.withRunLock)(layout, 'mark-manual-gate', () => (0, manual_gate_js_1.decideManualGate)({
        layout,
        itemId: input.itemId,
        decision: input.decision,
        by: input.by,
        note: input.note,
        evidencePaths: input.evidencePaths,
        ...(input.checkpoint === undefined ? {} : { checkpoint: input.checkpoint }),
        git,
        clock: input.clock ?? systemClock,
        ...(input.env?.[failpoints_js_1.FAILPOINT_VARIABLE] === undefined
            ? {}
            : { failpoint: input.env[failpoints_js_1.FAILPOINT_VARIABLE] })
    }));
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

/***/ 9864:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.normalizeAuditFinding = normalizeAuditFinding;
exports.inconclusiveAuditFinding = inconclusiveAuditFinding;
exports.inconclusiveSourceId = inconclusiveSourceId;
exports.isInconclusiveAuditFinding = isInconclusiveAuditFinding;
exports.readAuditLane = readAuditLane;
const text_js_1 = __webpack_require__(9508);
const canonical_id_js_1 = __webpack_require__(6032);
const SOURCE_TYPE = { codex: 'codex_audit', claude: 'claude_audit' };
/** The audit finding as a merge candidate (docs/decisions.md#findings-merge). */
function normalizeAuditFinding(lane, finding) {
    const { disposition, recommended_owner } = routeByCategory(finding.category);
    return (0, canonical_id_js_1.withCanonicalId)({
        title: finding.title,
        severity: finding.severity,
        category: finding.category,
        disposition,
        recommended_owner,
        source_refs: [{ source_type: SOURCE_TYPE[lane], source_id: finding.finding_id }],
        file_paths: [...finding.file_paths],
        evidence: [...finding.evidence],
        recommended_action: finding.recommended_action,
        acceptance_check: finding.why_it_matters,
        is_blocking: finding.is_blocking
    });
}
function routeByCategory(category) {
    if (category === 'manual_gate')
        return { disposition: 'requires_human_judgment', recommended_owner: 'human' };
    if (category === 'external_dependency')
        return { disposition: 'blocked_external', recommended_owner: 'operator_external' };
    return { disposition: 'actionable', recommended_owner: 'codex_fix' };
}
/**
 * The finding that stands in for an audit that did not happen. Blocking by default: dual audit
 * fails closed, so a silent auditor can never let an item pass on the other lane alone.
 */
function inconclusiveAuditFinding(lane, reason, blocking = true) {
    return (0, canonical_id_js_1.withCanonicalId)({
        title: `The ${lane} audit was inconclusive`,
        severity: 'high',
        category: 'process',
        disposition: 'actionable',
        recommended_owner: 'none',
        source_refs: [{ source_type: SOURCE_TYPE[lane], source_id: inconclusiveSourceId(lane) }],
        file_paths: [],
        evidence: [(0, text_js_1.strip)(reason) === '' ? 'no reason was given' : reason],
        recommended_action: `Re-run the ${lane} audit: the next round audits the checkpoint again. ` +
            `If the lane keeps failing, repair the ${lane} setup and resume the run.`,
        acceptance_check: `The ${lane} audit returns a schema-valid report with a conclusive verdict.`,
        is_blocking: blocking
    });
}
function inconclusiveSourceId(lane) {
    return `${lane}_audit_inconclusive`;
}
/** True for the stand-in findings of `inconclusiveAuditFinding`. */
function isInconclusiveAuditFinding(finding) {
    return finding.source_refs.some((ref) => ref.source_id === inconclusiveSourceId('codex') ||
        ref.source_id === inconclusiveSourceId('claude'));
}
/**
 * Reads one lane. A report that names another lane, item or attempt is not this lane's
 * review of this checkpoint, and an `inconclusive` verdict is not a review at all: both
 * count as an inconclusive lane, next to whatever findings the report did carry.
 */
function readAuditLane(lane, outcome, expected) {
    if (outcome.status === 'failed') {
        return {
            summary: { status: 'inconclusive', overall_verdict: null, summary: outcome.reason },
            findings: [],
            inconclusiveReason: outcome.reason
        };
    }
    const { report } = outcome;
    const mismatch = identityMismatch(lane, report, expected);
    if (mismatch !== null) {
        return {
            summary: {
                status: 'inconclusive',
                overall_verdict: report.overall_verdict,
                summary: mismatch
            },
            findings: [],
            inconclusiveReason: mismatch
        };
    }
    const findings = report.findings.map((finding) => normalizeAuditFinding(lane, finding));
    const inconclusiveReason = report.overall_verdict === 'inconclusive' ? describeInconclusiveVerdict(report) : null;
    return {
        summary: {
            status: inconclusiveReason === null ? 'reported' : 'inconclusive',
            overall_verdict: report.overall_verdict,
            summary: report.summary
        },
        findings,
        inconclusiveReason
    };
}
function identityMismatch(lane, report, expected) {
    if (report.audit_lane === lane &&
        report.item_id === expected.itemId &&
        report.attempt_number === expected.attemptNumber)
        return null;
    return (`the ${lane} audit report is for lane ${report.audit_lane}, item ${report.item_id}, ` +
        `attempt ${report.attempt_number}; expected lane ${lane}, item ${expected.itemId}, ` +
        `attempt ${expected.attemptNumber}`);
}
function describeInconclusiveVerdict(report) {
    const limitations = report.limitations.map(text_js_1.strip).filter((line) => line !== '');
    const tail = limitations.length > 0 ? ` (limitations: ${limitations.join('; ')})` : '';
    return `overall_verdict=inconclusive: ${(0, text_js_1.strip)(report.summary)}${tail}`;
}


/***/ }),

/***/ 6032:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.canonicalFindingId = canonicalFindingId;
exports.canonicalSerialization = canonicalSerialization;
exports.withCanonicalId = withCanonicalId;
exports.compareCodePoints = compareCodePoints;
exports.pythonJsonString = pythonJsonString;
const node_crypto_1 = __webpack_require__(7598);
const text_js_1 = __webpack_require__(9508);
function canonicalFindingId(identity) {
    const serialized = canonicalSerialization(identity);
    const digest = (0, node_crypto_1.createHash)('sha256').update(serialized, 'utf8').digest('hex');
    return `finding_${digest.slice(0, 16)}`;
}
/** The exact text that is hashed; exported so tests can pin it. */
function canonicalSerialization(identity) {
    // Keys already in sorted order: category, evidence, file_paths, title.
    const evidence = sortedUnique(identity.evidence).map(pythonJsonString).join(', ');
    const filePaths = sortedUnique(identity.file_paths).map(pythonJsonString).join(', ');
    return (`{"category": ${pythonJsonString((0, text_js_1.strip)(identity.category))}, ` +
        `"evidence": [${evidence}], ` +
        `"file_paths": [${filePaths}], ` +
        `"title": ${pythonJsonString((0, text_js_1.strip)(identity.title))}}`);
}
/** A finding with its canonical id computed from its own fields, in schema key order. */
function withCanonicalId(draft) {
    return { canonical_id: canonicalFindingId(draft), ...draft };
}
/** Python's string order: by code point, where JavaScript's default compares UTF-16 units. */
function compareCodePoints(left, right) {
    const a = [...left];
    const b = [...right];
    const length = Math.min(a.length, b.length);
    for (let index = 0; index < length; index += 1) {
        const difference = (a[index]?.codePointAt(0) ?? 0) - (b[index]?.codePointAt(0) ?? 0);
        if (difference !== 0)
            return difference;
    }
    return a.length - b.length;
}
function sortedUnique(values) {
    return [...new Set(values)].sort(compareCodePoints);
}
const SHORT_ESCAPES = {
    '"': '\\"',
    '\\': '\\\\',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
    '\b': '\\b',
    '\f': '\\f'
};
/**
 * A string as Python's `json.dumps` writes it with `ensure_ascii=True`: everything outside
 * printable ASCII becomes `\uXXXX` (lower-case hex, UTF-16 units, so astral characters are
 * surrogate pairs), `/` stays as it is.
 */
function pythonJsonString(text) {
    let out = '"';
    for (let index = 0; index < text.length; index += 1) {
        const char = text.charAt(index);
        const code = text.charCodeAt(index);
        const short = SHORT_ESCAPES[char];
        if (short !== undefined)
            out += short;
        else if (code >= 0x20 && code <= 0x7e)
            out += char;
        else
            out += `\\u${code.toString(16).padStart(4, '0')}`;
    }
    return `${out}"`;
}


/***/ }),

/***/ 7566:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BUDGET_EXHAUSTED_SUMMARY = void 0;
exports.planNextRound = planNextRound;
exports.decideAfterTriage = decideAfterTriage;
const ordering_js_1 = __webpack_require__(6452);
const pass_blockers_js_1 = __webpack_require__(3305);
/** Fix rounds first, then remediation rounds; there is no way back from remediation to fix. */
function planNextRound(budget) {
    if (budget.fixRoundsCompleted < budget.maxFixRounds)
        return { kind: 'fix', round: budget.fixRoundsCompleted + 1 };
    if (budget.remediationRoundsCompleted < budget.maxRemediationRounds)
        return { kind: 'remediate', round: budget.remediationRoundsCompleted + 1 };
    return { kind: 'exhausted' };
}
exports.BUDGET_EXHAUSTED_SUMMARY = 'actionable findings remained after fix and remediation budgets were exhausted';
/**
 * docs/decisions.md#decision-after-triage: the pass gate is checked here again, from the merged
 * packet alone, so no triage report (overridden or not) can pass an item the gate holds back.
 */
function decideAfterTriage(input) {
    const { triage, merged, manualGateRequired } = input;
    const blockers = (0, pass_blockers_js_1.findPassBlockers)(merged);
    const holdsBack = (0, pass_blockers_js_1.hasPassBlockers)(blockers);
    const wantsToPass = triage.overall_decision === 'pass' || triage.overall_decision === 'awaiting_human_gate';
    const decision = wantsToPass && holdsBack ? 'fix_required' : triage.overall_decision;
    switch (decision) {
        case 'pass':
            return manualGateRequired ? { kind: 'awaiting_human_gate' } : { kind: 'pass' };
        case 'awaiting_human_gate':
            // Without a configured gate there is nobody to approve it: stop loudly instead of waiting forever.
            return manualGateRequired
                ? { kind: 'awaiting_human_gate' }
                : {
                    kind: 'escalate',
                    summary: `triage asked for a human gate, but the item has no manual gate: ${triage.summary}`
                };
        case 'blocked_external':
            return { kind: 'blocked_external', summary: triage.summary };
        case 'escalate':
            return { kind: 'escalate', summary: triage.summary };
        case 'fix_required': {
            const next = planNextRound(input.budget);
            if (next.kind === 'exhausted') {
                const why = holdsBack ? `; ${(0, pass_blockers_js_1.describePassBlockers)(blockers)}` : '';
                return { kind: 'escalate', summary: `${exports.BUDGET_EXHAUSTED_SUMMARY}${why}` };
            }
            const forced = blockers.blockingFindings.map((finding) => finding.canonical_id);
            const targetFindingIds = (0, ordering_js_1.dedupe)([
                ...triage.merged_findings
                    .filter((finding) => finding.disposition === 'actionable' || forced.includes(finding.canonical_id))
                    .map((finding) => finding.canonical_id),
                ...forced
            ]);
            return { kind: next.kind, round: next.round, targetFindingIds };
        }
    }
}


/***/ }),

/***/ 9578:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.mergeFindings = mergeFindings;
const audit_findings_js_1 = __webpack_require__(9864);
const mutation_control_js_1 = __webpack_require__(7827);
const ordering_js_1 = __webpack_require__(6452);
const verification_findings_js_1 = __webpack_require__(1374);
/**
 * The deterministic findings merge (docs/decisions.md#findings-merge): the same inputs always give the same
 * packet, byte for byte, whatever order the auditors listed their findings in.
 */
function mergeFindings(input) {
    const expected = { itemId: input.itemId, attemptNumber: input.attemptNumber };
    const codex = (0, audit_findings_js_1.readAuditLane)('codex', input.codexAudit, expected);
    const claude = (0, audit_findings_js_1.readAuditLane)('claude', input.claudeAudit, expected);
    const bothInconclusive = codex.inconclusiveReason !== null && claude.inconclusiveReason !== null;
    const inconclusiveBlocks = (input.requireBothAudits ?? true) || bothInconclusive;
    const mutation = (0, mutation_control_js_1.readMutationControl)(input.mutationReport);
    const candidates = [
        ...laneCandidates('codex', codex, inconclusiveBlocks),
        ...laneCandidates('claude', claude, inconclusiveBlocks),
        ...mutation.findings,
        ...(0, verification_findings_js_1.verificationFindings)(input.verification)
    ];
    const { findings, suppressed } = dedupeCandidates(candidates);
    return {
        schema_version: 'plan_orchestrator.merged_findings_packet.v1',
        item_id: input.itemId,
        attempt_number: input.attemptNumber,
        mutation_report_control: mutation.control,
        verification_summary: (0, verification_findings_js_1.summarizeVerification)(input.verification),
        codex_audit_summary: codex.summary,
        claude_audit_summary: claude.summary,
        merged_findings: (0, ordering_js_1.sortFindings)(findings),
        suppressed_findings: suppressed
    };
}
function laneCandidates(lane, reading, inconclusiveBlocks) {
    if (reading.inconclusiveReason === null)
        return reading.findings;
    return [
        ...reading.findings,
        (0, audit_findings_js_1.inconclusiveAuditFinding)(lane, reading.inconclusiveReason, inconclusiveBlocks)
    ];
}
/**
 * Later candidates with a known canonical id fold into the first: their sources, paths and
 * evidence are added and blocking wins, but title, severity and routing stay the first one's.
 */
function dedupeCandidates(candidates) {
    const byId = new Map();
    const suppressed = [];
    for (const candidate of candidates) {
        const first = byId.get(candidate.canonical_id);
        if (first === undefined) {
            byId.set(candidate.canonical_id, candidate);
            continue;
        }
        byId.set(candidate.canonical_id, {
            ...first,
            source_refs: [...first.source_refs, ...candidate.source_refs],
            file_paths: (0, ordering_js_1.dedupe)([...first.file_paths, ...candidate.file_paths]),
            evidence: (0, ordering_js_1.dedupe)([...first.evidence, ...candidate.evidence]),
            is_blocking: first.is_blocking || candidate.is_blocking
        });
        for (const ref of candidate.source_refs) {
            suppressed.push({
                source_type: ref.source_type,
                source_id: ref.source_id,
                suppression_reason: `duplicate_of:${candidate.canonical_id}`
            });
        }
    }
    return { findings: [...byId.values()], suppressed };
}


/***/ }),

/***/ 7827:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MUTATION_SIGNAL_SOURCE_IDS = void 0;
exports.readMutationControl = readMutationControl;
const text_js_1 = __webpack_require__(9508);
const canonical_id_js_1 = __webpack_require__(6032);
const ordering_js_1 = __webpack_require__(6452);
/**
 * What the mutation stage (execute, fix, remediation) said about itself: a stop it asked for,
 * or work it left open. Each signal becomes a blocking finding so triage cannot miss it, and
 * the post-triage override honours it unless triage suppressed that finding explicitly.
 */
exports.MUTATION_SIGNAL_SOURCE_IDS = {
    blocked_external: 'mutation_control_blocked_external',
    needs_human_input: 'mutation_control_needs_human_input',
    escalate: 'mutation_control_escalate',
    unresolved_items: 'mutation_control_unresolved_items'
};
const SIGNAL_FINDINGS = {
    blocked_external: {
        title: 'Mutation stage reported an unresolved external dependency',
        category: 'external_dependency',
        disposition: 'blocked_external',
        recommended_owner: 'operator_external',
        recommended_action: 'Provide the external evidence or dependency named in the evidence, then resume the item with it.',
        acceptance_check: 'The external dependency is available to a fresh attempt of the item.',
        withResidualRisks: true
    },
    needs_human_input: {
        title: 'Mutation stage requested human input',
        category: 'manual_gate',
        disposition: 'requires_human_judgment',
        recommended_owner: 'human',
        recommended_action: 'Collect the human input the mutation stage asked for before the item can pass.',
        acceptance_check: 'A human has answered the open question and the answer is recorded.',
        withResidualRisks: true
    },
    escalate: {
        title: 'Mutation stage requested escalation',
        category: 'process',
        disposition: 'actionable',
        recommended_owner: 'none',
        recommended_action: 'Escalate the item to an operator: the mutation stage could not complete it.',
        acceptance_check: 'An operator has reviewed the escalation and decided how the item continues.',
        withResidualRisks: true
    },
    unresolved_items: {
        title: 'Mutation stage left unresolved dependencies or open items',
        category: 'process',
        disposition: 'actionable',
        recommended_owner: 'none',
        recommended_action: 'Resolve the listed dependencies and open items, or suppress this finding in triage with a reason.',
        acceptance_check: 'The mutation report lists no unresolved dependencies or open items.',
        withResidualRisks: false
    }
};
const NO_REPORT = {
    stage: null,
    verdict: null,
    next_recommended_state: null,
    summary: '',
    signals: [],
    signal_refs: [],
    unresolved_items: []
};
/** Control block and control findings of the latest mutation report (docs/decisions.md#mutation-report-control). */
function readMutationControl(report) {
    if (report === null)
        return { control: NO_REPORT, findings: [] };
    const verdict = (0, text_js_1.strip)(report.verdict);
    const nextState = (0, text_js_1.strip)(report.next_recommended_state);
    const summary = (0, text_js_1.strip)(report.summary);
    const unresolvedItems = nonBlank([
        ...('unresolved_dependencies' in report ? report.unresolved_dependencies : []),
        ...('residual_open_items' in report ? report.residual_open_items : [])
    ]);
    const signals = raisedSignals(verdict, nextState, unresolvedItems.length > 0);
    const control = {
        stage: report.stage,
        verdict: verdict === '' ? null : verdict,
        next_recommended_state: nextState === '' ? null : nextState,
        summary,
        signals,
        signal_refs: signals.map((signal) => ({
            signal,
            source_id: exports.MUTATION_SIGNAL_SOURCE_IDS[signal]
        })),
        unresolved_items: unresolvedItems
    };
    const baseEvidence = [
        summary,
        `stage=${report.stage}`,
        verdict === '' ? '' : `verdict=${verdict}`,
        nextState === '' ? '' : `next_recommended_state=${nextState}`
    ].filter((line) => line !== '');
    const residualRisks = nonBlank(report.residual_risks);
    const filePaths = (0, ordering_js_1.dedupe)(report.files_touched.filter((path) => (0, text_js_1.strip)(path) !== ''));
    const findings = signals.map((signal) => {
        const text = SIGNAL_FINDINGS[signal];
        const extras = text.withResidualRisks ? [...unresolvedItems, ...residualRisks] : unresolvedItems;
        return (0, canonical_id_js_1.withCanonicalId)({
            title: text.title,
            severity: 'high',
            category: text.category,
            disposition: text.disposition,
            recommended_owner: text.recommended_owner,
            source_refs: [
                { source_type: 'mutation_report', source_id: exports.MUTATION_SIGNAL_SOURCE_IDS[signal] }
            ],
            file_paths: filePaths,
            evidence: (0, ordering_js_1.dedupe)([...baseEvidence, ...extras]),
            recommended_action: text.recommended_action,
            acceptance_check: text.acceptance_check,
            is_blocking: true
        });
    });
    return { control, findings };
}
function raisedSignals(verdict, nextState, hasUnresolved) {
    const raised = [];
    if (verdict === 'blocked_external' || nextState === 'blocked_external')
        raised.push('blocked_external');
    if (verdict === 'needs_human_input' || nextState === 'awaiting_human_gate')
        raised.push('needs_human_input');
    if (verdict === 'blocked' || nextState === 'escalate')
        raised.push('escalate');
    if (hasUnresolved)
        raised.push('unresolved_items');
    return raised;
}
function nonBlank(values) {
    return (0, ordering_js_1.dedupe)(values.map(text_js_1.strip).filter((value) => value !== ''));
}


/***/ }),

/***/ 6452:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.sortFindings = sortFindings;
exports.dedupe = dedupe;
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

/***/ 3305:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.findPassBlockers = findPassBlockers;
exports.hasPassBlockers = hasPassBlockers;
exports.describePassBlockers = describePassBlockers;
const GUARDED_SOURCES = new Set(['codex_audit', 'claude_audit', 'verification']);
function findPassBlockers(merged) {
    const gate = merged.verification_summary;
    const verificationFailures = [
        ...gate.failed_required_commands.map((label) => `required verification command ${label} failed`),
        ...gate.failed_artifact_checks.map((path) => `required artifact check ${path} failed`),
        ...(gate.scope_check_status === 'fail' ? ['the committed-change scope check failed'] : [])
    ];
    const blockingFindings = merged.merged_findings.filter((finding) => finding.is_blocking && finding.source_refs.some((ref) => GUARDED_SOURCES.has(ref.source_type)));
    return { verificationFailures, blockingFindings };
}
function hasPassBlockers(blockers) {
    return blockers.verificationFailures.length > 0 || blockers.blockingFindings.length > 0;
}
/** One line for summaries and reasoning notes. */
function describePassBlockers(blockers) {
    const parts = [...blockers.verificationFailures];
    if (blockers.blockingFindings.length > 0) {
        const titles = blockers.blockingFindings.map((finding) => finding.title).join('; ');
        parts.push(`blocking findings: ${titles}`);
    }
    return parts.join('; ');
}


/***/ }),

/***/ 8497:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NEXT_STAGE_OF = void 0;
exports.applyTriageOverride = applyTriageOverride;
const ordering_js_1 = __webpack_require__(6452);
const pass_blockers_js_1 = __webpack_require__(3305);
exports.NEXT_STAGE_OF = {
    pass: 'passed',
    fix_required: 'fix',
    awaiting_human_gate: 'awaiting_human_gate',
    blocked_external: 'blocked_external',
    escalate: 'escalated'
};
/**
 * The post-triage override. First the reference's "preserve mutation-control handoff"
 * (docs/decisions.md#post-triage-override): a stop the mutation stage asked for survives
 * triage unless triage suppressed that finding explicitly. Then, unconditionally (where the
 * reference trusted triage): blocking audit and verification findings that triage left out are
 * put back, and `pass` or `awaiting_human_gate` becomes `fix_required` while anything in
 * `findPassBlockers` remains.
 */
function applyTriageOverride(triage, merged, context) {
    let findings = [...triage.merged_findings];
    let decision = triage.overall_decision;
    let summary = triage.summary;
    const notes = [...triage.reasoning_notes];
    let rewritten = false;
    const known = new Set(findings.map((finding) => finding.canonical_id));
    const inject = (dropped, what) => {
        if (dropped.length === 0)
            return;
        for (const finding of dropped)
            known.add(finding.canonical_id);
        findings = (0, ordering_js_1.sortFindings)([...findings, ...dropped]);
        notes.push(`Post-triage override re-injected ${what}: ${titles(dropped)}.`);
        rewritten = true;
    };
    const handoff = mutationHandoff(triage, merged, known);
    inject(handoff.dropped, 'mutation-control findings');
    const desired = desiredDecision(handoff.signals, decision, context.manualGateRequired);
    if (desired !== null) {
        rewritten = true;
        if (desired !== decision) {
            notes.push(`Post-triage override: mutation-control signals (${[...handoff.signals].join(', ')}) ` +
                `require ${desired} instead of ${decision}.`);
            summary += ` [orchestrator preserved the mutation-control state: ${desired}]`;
            decision = desired;
        }
    }
    const blockers = (0, pass_blockers_js_1.findPassBlockers)(merged);
    inject(blockers.blockingFindings.filter((finding) => !known.has(finding.canonical_id)), 'blocking findings that triage left out');
    if ((decision === 'pass' || decision === 'awaiting_human_gate') && (0, pass_blockers_js_1.hasPassBlockers)(blockers)) {
        const reasons = (0, pass_blockers_js_1.describePassBlockers)(blockers);
        notes.push(`Post-triage override: ${decision} is not allowed while ${reasons}.`);
        summary += ` [orchestrator gate: fix required because ${reasons}]`;
        decision = 'fix_required';
        rewritten = true;
    }
    if (!rewritten)
        return { report: triage, rewritten };
    const report = {
        ...triage,
        summary,
        overall_decision: decision,
        reasoning_notes: notes.length === triage.reasoning_notes.length ? notes : (0, ordering_js_1.dedupe)(notes),
        merged_findings: findings,
        next_stage: decision === triage.overall_decision ? triage.next_stage : exports.NEXT_STAGE_OF[decision]
    };
    return { report, rewritten };
}
/**
 * Mutation-sourced findings with at least one source triage did not suppress: those triage
 * left out, and the signals still active.
 */
function mutationHandoff(triage, merged, known) {
    const dropped = [];
    const signals = new Set();
    const signalRefs = merged.mutation_report_control.signal_refs;
    if (signalRefs.length === 0)
        return { dropped, signals };
    const suppressed = new Set(triage.suppressed_findings
        .filter((entry) => entry.source_type === 'mutation_report')
        .map((entry) => entry.source_id));
    for (const finding of merged.merged_findings) {
        const active = finding.source_refs
            .filter((ref) => ref.source_type === 'mutation_report' && !suppressed.has(ref.source_id))
            .map((ref) => ref.source_id);
        if (active.length === 0)
            continue;
        if (!known.has(finding.canonical_id))
            dropped.push(finding);
        for (const ref of signalRefs)
            if (active.includes(ref.source_id))
                signals.add(ref.signal);
    }
    return { dropped, signals };
}
/** The first matching signal wins (docs/decisions.md#post-triage-override). */
function desiredDecision(signals, current, manualGateRequired) {
    if (signals.has('blocked_external'))
        return 'blocked_external';
    if (signals.has('escalate'))
        return 'escalate';
    if (signals.has('needs_human_input'))
        return manualGateRequired ? 'awaiting_human_gate' : 'escalate';
    if (signals.has('unresolved_items') && current === 'pass')
        return 'fix_required';
    return null;
}
function titles(findings) {
    return findings.map((finding) => finding.title).join('; ');
}


/***/ }),

/***/ 1374:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.verificationFindings = verificationFindings;
exports.summarizeVerification = summarizeVerification;
const canonical_id_js_1 = __webpack_require__(6032);
function verificationFindings(report) {
    const findings = [];
    for (const result of report.command_results) {
        if (result.status !== 'fail' || !result.required)
            continue;
        findings.push((0, canonical_id_js_1.withCanonicalId)({
            title: `Verification command failed: ${result.label}`,
            severity: 'high',
            category: 'correctness',
            disposition: 'actionable',
            recommended_owner: 'codex_fix',
            source_refs: [
                {
                    source_type: 'verification',
                    source_id: `verification_command_${result.label.replaceAll('#', '_')}`
                }
            ],
            file_paths: [],
            evidence: result.log_path ? [result.command, result.log_path] : [result.command],
            recommended_action: 'Change the implementation (not the command) until the required verification command passes.',
            acceptance_check: `\`${result.command}\` exits 0 during verification`,
            is_blocking: true
        }));
    }
    for (const check of report.artifact_checks) {
        if (check.status !== 'fail')
            continue;
        findings.push((0, canonical_id_js_1.withCanonicalId)({
            title: `Required artifact check failed: ${check.path}`,
            severity: 'medium',
            category: 'artifact',
            disposition: 'actionable',
            recommended_owner: 'codex_fix',
            source_refs: [
                {
                    source_type: 'verification',
                    source_id: `verification_artifact_${check.path.replaceAll('/', '_')}`
                }
            ],
            file_paths: [check.path],
            evidence: [check.reason, check.path],
            recommended_action: 'Create or correct the required artifact so that its check passes.',
            acceptance_check: check.reason,
            is_blocking: true
        }));
    }
    if (report.scope_check.status === 'fail') {
        const paths = report.scope_check.out_of_scope_paths;
        findings.push((0, canonical_id_js_1.withCanonicalId)({
            title: 'Scope violation detected by verification',
            severity: 'high',
            category: 'scope',
            disposition: 'actionable',
            recommended_owner: 'none',
            source_refs: [{ source_type: 'verification', source_id: 'verification_scope_check' }],
            file_paths: [...paths],
            evidence: [...paths, report.scope_check.note],
            recommended_action: 'Revert the committed changes outside the allowed write roots.',
            acceptance_check: 'Every committed change lies inside the allowed write roots.',
            is_blocking: true
        }));
    }
    return findings;
}
function summarizeVerification(report) {
    return {
        overall_result: report.overall_result,
        summary: report.summary,
        failed_required_commands: report.command_results
            .filter((result) => result.required && result.status === 'fail')
            .map((result) => result.label),
        failed_artifact_checks: report.artifact_checks
            .filter((check) => check.status === 'fail')
            .map((check) => check.path),
        scope_check_status: report.scope_check.status
    };
}


/***/ }),

/***/ 9706:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SENSITIVE_PATH_GLOBS = void 0;
exports.buildItemContext = buildItemContext;
const cell_values_js_1 = __webpack_require__(9294);
const states_js_1 = __webpack_require__(6915);
const item_context_js_1 = __webpack_require__(5611);
const time_js_1 = __webpack_require__(2334);
exports.SENSITIVE_PATH_GLOBS = [
    '.env',
    '.env.*',
    'secrets/**',
    'ops/config/**',
    '.git/**'
];
function whyIncluded(kind, item) {
    switch (kind) {
        case 'global_context':
            return 'Global plan context that constrains how this item should be executed.';
        case 'phase_detail':
            return `Phase-specific guidance for ${item.phase}.`;
        case 'shared_guidance':
            return 'Shared guidance that applies across multiple items in the plan.';
        case 'risk_register':
            return 'Known risks and contingency guidance relevant to this item.';
        case 'informational':
            return 'Informational context attached for operator awareness.';
    }
}
/** Projects a plan item into the context an agent receives for one stage. */
function buildItemContext(plan, item, situation) {
    const wanted = new Set(item.support_section_ids);
    const hints = item.verification_hints;
    return item_context_js_1.ItemContextSchema.parse({
        schema_version: 'plan_orchestrator.item_context.v1',
        generated_at_utc: (0, time_js_1.isoSeconds)(situation.generatedAt),
        run_id: situation.runId,
        adapter_id: plan.adapter_id,
        item: {
            item_id: item.item_id,
            phase: item.phase,
            phase_slug: item.phase_slug,
            action: item.action,
            owner_type: item.owner_type,
            deliverable: item.deliverable,
            exit_criteria: item.exit_criteria,
            change_profile: item.change_profile,
            requires_red_green: item.requires_red_green,
            manual_gate_required: item.manual_gate.required,
            external_check_required: item.external_check.required
        },
        worktree: situation.worktree,
        stage_context: {
            stage: situation.stage,
            attempt_number: situation.attemptNumber,
            fix_round_index: situation.fixRoundIndex,
            remediation_round_index: situation.remediationRoundIndex,
            prior_checkpoint_ref: situation.priorCheckpointRef,
            terminal_targets: [...states_js_1.TERMINALS],
            notes: item.notes
        },
        repo_scope: {
            consult_paths: item.consult_paths,
            allowed_write_roots: item.allowed_write_roots,
            forbidden_roots: [...cell_values_js_1.FORBIDDEN_ROOTS],
            scope_notes: item.notes
        },
        source_of_truth_paths: item.consult_paths,
        sensitive_path_globs: [...exports.SENSITIVE_PATH_GLOBS],
        support_sections: plan.support_sections
            .filter((section) => wanted.has(section.section_id))
            .map((section) => ({
            section_id: section.section_id,
            title: section.title,
            body_markdown: section.body_markdown,
            why_included: whyIncluded(section.section_kind, item)
        })),
        artifact_inputs: situation.artifactInputs,
        verification_plan: {
            command_groups: [
                ...(hints.required_commands.length > 0
                    ? [{ label: 'playbook_required', commands: hints.required_commands, required: true }]
                    : []),
                ...(hints.suggested_commands.length > 0
                    ? [{ label: 'playbook_suggested', commands: hints.suggested_commands, required: false }]
                    : [])
            ],
            artifact_checks: hints.required_artifacts.map((path) => ({
                path,
                check_kind: 'exists',
                expected_values: [],
                reason: 'Required deliverable artifact exists.'
            }))
        }
    });
}


/***/ }),

/***/ 1808:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveBudgetsOnResume = resolveBudgetsOnResume;
const runtime_policy_js_1 = __webpack_require__(1181);
/**
 * The budget limits a resumed run works with. A run keeps the policy it was created with,
 * except its limits: `resume` reads them again from plan_orchestrator.json, the environment
 * and its flags. The recorded value counts as a value of the layer it came from, so a value
 * set now in the same or a stronger layer replaces it, and a weaker one does not (a limit
 * given as a flag is not undone by the config file it overrode). Nothing set now: unchanged.
 */
function resolveBudgetsOnResume(recorded, layers) {
    const budgetsOnly = (raw) => {
        if (typeof raw !== 'object' || raw === null || !('runtime_policy' in raw))
            return raw;
        const policy = raw.runtime_policy;
        if (typeof policy !== 'object' || policy === null)
            return raw;
        const picked = Object.entries(policy).filter(([name]) => runtime_policy_js_1.BUDGET_OPTIONS.includes(name));
        return { ...raw, runtime_policy: Object.fromEntries(picked) };
    };
    const budgetEnv = Object.fromEntries(runtime_policy_js_1.BUDGET_OPTIONS.map((name) => {
        const variable = runtime_policy_js_1.OPTION_ENV[name];
        return [variable, layers.env[variable]];
    }));
    const current = (0, runtime_policy_js_1.resolveRuntimePolicy)({
        repoConfig: budgetsOnly(layers.repoConfig),
        env: budgetEnv,
        cli: Object.fromEntries(Object.entries(layers.cli).filter(([name]) => runtime_policy_js_1.BUDGET_OPTIONS.includes(name)))
    });
    if (!current.ok)
        return current;
    const rank = (source) => runtime_policy_js_1.POLICY_SOURCES.indexOf(source ?? 'default');
    const options = { ...recorded.options };
    const sources = { ...recorded.sources };
    const changes = [];
    for (const name of runtime_policy_js_1.BUDGET_OPTIONS) {
        const toSource = current.sources[name];
        const fromSource = recorded.sources[name] ?? 'default';
        const to = current.options[name];
        const from = recorded.options[name];
        if (toSource === 'default' || rank(toSource) < rank(fromSource) || to === from)
            continue;
        options[name] = to;
        sources[name] = toSource;
        changes.push({ name, from, fromSource, to, toSource });
    }
    return { ok: true, options, sources, changes };
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

/***/ 6955:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.itemsInPlanOrder = itemsInPlanOrder;
exports.nextItem = nextItem;
exports.focusItem = focusItem;
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
    const next = nextItem(state);
    if (next === undefined)
        return undefined;
    const current = state.items.find((item) => item.item_id === state.current_item_id);
    if (current !== undefined && (current.terminal_state !== 'passed' || options.keepPassedCurrent))
        return current;
    return (itemsInPlanOrder(state).find((item) => item.terminal_state !== 'none' && item.terminal_state !== 'passed') ?? next);
}


/***/ }),

/***/ 4330:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Whether an agent's report is about the call that asked for it. A report names its item
 * and attempt, and, depending on the lane, its stage, fix round or audit lane; any of them
 * naming another call (a report copied from another item, a stale file of an earlier
 * attempt, the other auditor's report) makes the stage fail closed with the difference.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.reportIdentityProblem = reportIdentityProblem;
/** The identity a report of this call must carry, in the report's own fields. */
function expectedIdentity(call) {
    const base = { run: call.runId, item: call.itemId, attempt: call.attempt };
    switch (call.lane) {
        case 'execute':
        case 'triage':
            return { ...base, stage: call.lane };
        case 'fix':
        case 'remediation':
            return { ...base, stage: call.lane, round: roundOf(call.cycleTag) };
        case 'audit_codex':
            return { ...base, auditLane: 'codex' };
        case 'audit_claude':
            return { ...base, auditLane: 'claude' };
    }
}
function reportedIdentity(report, expected) {
    return {
        // No report schema has a run id today; one that carries it must carry this run's.
        ...('run_id' in report ? { run: report.run_id } : {}),
        item: report.item_id,
        attempt: report.attempt_number,
        ...('stage' in expected ? { stage: report.stage } : {}),
        ...('round' in expected ? { round: report.loop_round } : {}),
        ...('auditLane' in expected ? { auditLane: report.audit_lane } : {})
    };
}
/** Null when the report is about this call, else one sentence naming both identities. */
function reportIdentityProblem(call, report) {
    const expected = expectedIdentity(call);
    const reported = reportedIdentity(report, expected);
    const differs = Object.keys(reported).some((key) => reported[key] !== expected[key]);
    if (!differs)
        return null;
    const shown = 'run' in reported ? expected : { ...expected, run: undefined };
    return `${call.lane} report is about ${describe(reported)}, not this call (${describe(shown)})`;
}
function describe(identity) {
    const parts = [
        identity.run === undefined ? undefined : `run ${String(identity.run)}`,
        `item ${String(identity.item)}`,
        `attempt ${String(identity.attempt)}`,
        'stage' in identity ? `stage ${String(identity.stage)}` : undefined,
        'round' in identity ? `round ${String(identity.round)}` : undefined,
        'auditLane' in identity ? `audit lane ${String(identity.auditLane)}` : undefined
    ];
    return parts.filter((part) => part !== undefined).join(', ');
}
/** `fix.round-2` → 2. */
function roundOf(cycleTag) {
    const match = /\.round-(\d+)$/.exec(cycleTag);
    return match?.[1] === undefined ? undefined : Number(match[1]);
}


/***/ }),

/***/ 6527:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.selectionProblems = selectionProblems;
/**
 * What is wrong with the items a new run is asked to run, one sentence each. The queue runs
 * the list in order and stops at the first item that does not pass, and a new run has passed
 * nothing yet, so every prerequisite of an item must come before it in the list.
 */
function selectionProblems(plan, requested, listFlag = '--items') {
    const byId = new Map(plan.items.map((item) => [item.item_id, item]));
    const problems = [];
    const seen = new Set();
    for (const [index, id] of requested.entries()) {
        if (!byId.has(id)) {
            problems.push(`item ${id} is not in the playbook (items: ${[...byId.keys()].join(', ')})`);
            continue;
        }
        if (seen.has(id)) {
            problems.push(`item ${id} is listed twice in ${listFlag}`);
            continue;
        }
        seen.add(id);
        const earlier = new Set(requested.slice(0, index));
        const missing = (byId.get(id)?.prerequisite_item_ids ?? []).filter((pre) => !earlier.has(pre));
        if (missing.length === 0)
            continue;
        const later = missing.filter((pre) => requested.slice(index + 1).includes(pre));
        problems.push(later.length > 0
            ? `item ${id} needs ${missing.join(', ')} to pass first; list ${later.join(', ')} before ${id} in ${listFlag}`
            : `item ${id} needs ${missing.join(', ')} to pass first, and a new run has passed no item yet; run them in order: ${listFlag} ${inOrder(plan, id).join(',')}`);
    }
    return problems;
}
/** The item with everything it needs, transitively, in plan order. */
function inOrder(plan, id) {
    const byId = new Map(plan.items.map((item) => [item.item_id, item]));
    const needed = new Set();
    const visit = (current) => {
        if (needed.has(current))
            return;
        needed.add(current);
        for (const pre of byId.get(current)?.prerequisite_item_ids ?? [])
            visit(pre);
    };
    visit(id);
    return plan.items
        .filter((item) => needed.has(item.item_id))
        .sort((a, b) => a.order - b.order)
        .map((item) => item.item_id);
}


/***/ }),

/***/ 5611:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ItemContextSchema = exports.STAGES = void 0;
const zod_1 = __webpack_require__(924);
const states_js_1 = __webpack_require__(6915);
const vocabulary_js_1 = __webpack_require__(8610);
/**
 * `item_context.json`: what an agent is told about the item it works on, for one stage.
 * Key order is the contract's order.
 */
exports.STAGES = ['execute', 'audit_codex', 'audit_claude', 'triage', 'fix', 'remediation'];
const nonEmpty = zod_1.z.string().min(1);
exports.ItemContextSchema = zod_1.z.strictObject({
    schema_version: zod_1.z.literal('plan_orchestrator.item_context.v1'),
    generated_at_utc: zod_1.z.iso.datetime(),
    run_id: nonEmpty,
    adapter_id: zod_1.z.literal('markdown_playbook_v1'),
    item: zod_1.z.strictObject({
        item_id: zod_1.z.string().regex(vocabulary_js_1.ITEM_ID_PATTERN),
        phase: nonEmpty,
        phase_slug: nonEmpty,
        action: nonEmpty,
        owner_type: nonEmpty,
        deliverable: nonEmpty,
        exit_criteria: nonEmpty,
        change_profile: zod_1.z.enum(vocabulary_js_1.CHANGE_PROFILES),
        requires_red_green: zod_1.z.boolean(),
        manual_gate_required: zod_1.z.boolean(),
        external_check_required: zod_1.z.boolean()
    }),
    worktree: zod_1.z.strictObject({
        path: nonEmpty,
        branch_name: nonEmpty,
        base_ref: nonEmpty,
        head_ref: nonEmpty,
        workspace_packet_root: nonEmpty
    }),
    stage_context: zod_1.z.strictObject({
        stage: zod_1.z.enum(exports.STAGES),
        attempt_number: zod_1.z.int().min(1),
        fix_round_index: zod_1.z.int().min(0),
        remediation_round_index: zod_1.z.int().min(0),
        prior_checkpoint_ref: zod_1.z.string().nullable(),
        terminal_targets: zod_1.z.array(zod_1.z.enum(states_js_1.TERMINALS)),
        notes: zod_1.z.array(zod_1.z.string())
    }),
    repo_scope: zod_1.z.strictObject({
        consult_paths: zod_1.z.array(zod_1.z.string()),
        allowed_write_roots: zod_1.z.array(zod_1.z.string()).min(1),
        forbidden_roots: zod_1.z.array(nonEmpty),
        scope_notes: zod_1.z.array(zod_1.z.string())
    }),
    source_of_truth_paths: zod_1.z.array(zod_1.z.string()),
    sensitive_path_globs: zod_1.z.array(nonEmpty),
    support_sections: zod_1.z.array(zod_1.z.strictObject({
        section_id: nonEmpty,
        title: nonEmpty,
        body_markdown: zod_1.z.string(),
        why_included: nonEmpty
    })),
    artifact_inputs: zod_1.z.array(zod_1.z.strictObject({
        logical_name: nonEmpty,
        path: nonEmpty,
        workspace_path: nonEmpty,
        sha256: zod_1.z.string().regex(/^[0-9a-f]{64}$/),
        required_for_stage: zod_1.z.boolean(),
        purpose: nonEmpty
    })),
    verification_plan: zod_1.z.strictObject({
        command_groups: zod_1.z.array(zod_1.z.strictObject({
            label: zod_1.z.enum(['playbook_required', 'playbook_suggested']),
            commands: zod_1.z.array(nonEmpty).min(1),
            required: zod_1.z.boolean()
        })),
        artifact_checks: zod_1.z.array(zod_1.z.strictObject({
            path: nonEmpty,
            check_kind: zod_1.z.literal('exists'),
            expected_values: zod_1.z.array(zod_1.z.string()),
            reason: nonEmpty
        }))
    })
});


/***/ }),

/***/ 6079:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ControlLockOwnerSchema = exports.InterventionSchema = exports.INTERVENTION_KINDS = exports.HeartbeatSchema = exports.ProbeEvidenceSchema = exports.HeartbeatKernelSnapshotSchema = exports.FreshnessPolicySchema = exports.ProbeAckSchema = exports.AckKernelSnapshotSchema = exports.ProbeRequestSchema = exports.ActiveStageSnapshotSchema = exports.ActiveStageSchema = exports.BridgeRegistrationSchema = exports.SUPERVISION_SCHEMA_VERSIONS = void 0;
const zod_1 = __webpack_require__(924);
const claims_js_1 = __webpack_require__(6126);
const vocabulary_js_1 = __webpack_require__(8610);
/**
 * The supervision plane's artifacts under `runs/<RUN_ID>/supervision/`. The supervisor, the
 * kernel-side bridge and `supervise status` each validate on write and on read, so a torn or
 * foreign file is reported as such instead of being believed.
 */
const identifier = zod_1.z.string().regex(vocabulary_js_1.ITEM_ID_PATTERN);
const timestamp = zod_1.z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
const sha256 = zod_1.z.string().regex(/^[0-9a-f]{64}$/);
const nonEmpty = zod_1.z.string().min(1);
const positiveInt = zod_1.z.int().min(1);
exports.SUPERVISION_SCHEMA_VERSIONS = {
    registration: 'plan_orchestrator.supervision_bridge_registration.v1',
    activeStage: 'plan_orchestrator.supervision_active_stage.v1',
    probeRequest: 'plan_orchestrator.supervision_probe_request.v1',
    probeAck: 'plan_orchestrator.supervision_probe_ack.v1',
    heartbeat: 'plan_orchestrator.supervision_heartbeat.v1',
    intervention: 'plan_orchestrator.supervision_intervention.v1',
    controlLock: 'plan_orchestrator.supervision_control_lock.v1'
};
exports.BridgeRegistrationSchema = zod_1.z.strictObject({
    schema_version: zod_1.z.literal(exports.SUPERVISION_SCHEMA_VERSIONS.registration),
    run_id: identifier,
    supervisor_session_id: identifier,
    kernel_invocation_id: identifier,
    bridge_pid: positiveInt,
    bridge_host: nonEmpty,
    bridge_started_at_utc: timestamp,
    run_state_path: nonEmpty
});
exports.ActiveStageSchema = zod_1.z.strictObject({
    schema_version: zod_1.z.literal(exports.SUPERVISION_SCHEMA_VERSIONS.activeStage),
    run_id: identifier,
    supervisor_session_id: identifier,
    kernel_invocation_id: identifier,
    stage_name: nonEmpty,
    item_id: identifier,
    attempt_number: positiveInt,
    child_tool: nonEmpty,
    child_pid: positiveInt,
    child_command: zod_1.z.string().nullable(),
    /** How many children the stage runs at once (the two audits run side by side). */
    running_children: positiveInt,
    started_at_utc: timestamp,
    updated_at_utc: timestamp
});
/** What heartbeats, acks and status show of the active stage. */
exports.ActiveStageSnapshotSchema = zod_1.z.strictObject({
    stage_name: nonEmpty,
    item_id: identifier,
    attempt_number: positiveInt,
    child_tool: nonEmpty,
    child_pid: positiveInt,
    child_command: zod_1.z.string().nullable(),
    started_at_utc: timestamp,
    active_stage_path: nonEmpty,
    active_stage_sha256: sha256
});
exports.ProbeRequestSchema = zod_1.z.strictObject({
    schema_version: zod_1.z.literal(exports.SUPERVISION_SCHEMA_VERSIONS.probeRequest),
    run_id: identifier,
    supervisor_session_id: identifier,
    kernel_invocation_id: identifier,
    probe_sequence: positiveInt,
    probe_nonce: zod_1.z.string().regex(/^[0-9a-f]{32}$/),
    issued_at_utc: timestamp,
    expires_at_utc: timestamp
});
exports.AckKernelSnapshotSchema = zod_1.z.strictObject({
    run_state_path: nonEmpty,
    run_state_sha256: sha256,
    current_state: nonEmpty,
    current_item_id: identifier.nullable(),
    active_stage_present: zod_1.z.boolean(),
    active_stage_path: nonEmpty.nullable(),
    active_stage_sha256: sha256.nullable(),
    run_state_updated_at_utc: zod_1.z.string().nullable()
});
exports.ProbeAckSchema = zod_1.z.strictObject({
    schema_version: zod_1.z.literal(exports.SUPERVISION_SCHEMA_VERSIONS.probeAck),
    run_id: identifier,
    supervisor_session_id: identifier,
    kernel_invocation_id: identifier,
    probe_sequence: positiveInt,
    probe_nonce: zod_1.z.string().regex(/^[0-9a-f]{32}$/),
    acked_at_utc: timestamp,
    kernel_snapshot: exports.AckKernelSnapshotSchema
});
exports.FreshnessPolicySchema = zod_1.z.strictObject({
    live_probe_interval_sec: positiveInt,
    probe_ack_deadline_sec: positiveInt,
    live_stale_timeout_sec: positiveInt,
    waiting_poll_interval_sec: positiveInt,
    waiting_stale_timeout_sec: positiveInt
});
exports.HeartbeatKernelSnapshotSchema = zod_1.z.strictObject({
    run_state_path: nonEmpty,
    run_state_sha256: sha256.nullable(),
    current_state: zod_1.z.string().nullable(),
    current_item_id: identifier.nullable(),
    current_terminal_state: zod_1.z.string().nullable(),
    run_state_updated_at_utc: zod_1.z.string().nullable()
});
exports.ProbeEvidenceSchema = zod_1.z.strictObject({
    probe_sequence: positiveInt,
    probe_nonce: zod_1.z.string().regex(/^[0-9a-f]{32}$/),
    probe_request_issued_at_utc: timestamp,
    probe_request_expires_at_utc: timestamp,
    probe_ack_at_utc: timestamp.nullable(),
    bridge_registration_path: nonEmpty,
    bridge_registration_sha256: sha256.nullable(),
    probe_request_sha256: sha256.nullable(),
    probe_ack_sha256: sha256.nullable()
});
exports.HeartbeatSchema = zod_1.z.strictObject({
    schema_version: zod_1.z.literal(exports.SUPERVISION_SCHEMA_VERSIONS.heartbeat),
    run_id: identifier,
    supervisor_session_id: identifier,
    /** The probed invocation for probe heartbeats; `none` for the others. */
    kernel_invocation_id: identifier,
    heartbeat_sequence: positiveInt,
    observed_at_utc: timestamp,
    claim_class: zod_1.z.enum(claims_js_1.CLAIM_CLASSES),
    freshness_policy: exports.FreshnessPolicySchema,
    kernel_snapshot: exports.HeartbeatKernelSnapshotSchema,
    probe_evidence: exports.ProbeEvidenceSchema.nullable(),
    active_stage: exports.ActiveStageSnapshotSchema.nullable(),
    diagnosis_snapshot: zod_1.z.strictObject({
        kernel_status_level: zod_1.z.string().nullable(),
        pending_action_kind: zod_1.z.string().nullable(),
        recoverability_class: zod_1.z.string().nullable(),
        next_supervisor_action: zod_1.z.string().nullable()
    }),
    rejection_reason: zod_1.z.string().nullable(),
    latest_intervention_path: zod_1.z.string().nullable()
});
exports.INTERVENTION_KINDS = [
    'attach_kernel',
    'doctor_fix_safe',
    'resume_saved_run',
    'resume_after_manual_gate',
    'resume_blocked_external',
    'resume_escalated',
    'resume_interrupted',
    'kernel_exited',
    'park',
    'interrupt'
];
exports.InterventionSchema = zod_1.z.strictObject({
    schema_version: zod_1.z.literal(exports.SUPERVISION_SCHEMA_VERSIONS.intervention),
    run_id: identifier,
    supervisor_session_id: identifier,
    intervention_sequence: positiveInt,
    observed_at_utc: timestamp,
    action_kind: zod_1.z.enum(exports.INTERVENTION_KINDS),
    item_id: identifier.nullable(),
    attempt_number: positiveInt.nullable(),
    terminal_state: zod_1.z.string().nullable(),
    recoverability_class: zod_1.z.enum(['observed', 'recoverable', 'non_recoverable']),
    fingerprint: sha256.nullable(),
    reason: nonEmpty,
    result_status: zod_1.z.enum(['applied', 'skipped', 'parked', 'observed', 'failed']),
    command: zod_1.z.array(zod_1.z.string()),
    related_paths: zod_1.z.array(zod_1.z.string()),
    evidence_paths: zod_1.z.array(zod_1.z.string()),
    evidence_package_sha256: sha256.nullable(),
    /** The launched kernel's exit code and signal, once known (the reference discarded them). */
    kernel_exit: zod_1.z
        .strictObject({ exit_code: zod_1.z.int().nullable(), signal: zod_1.z.string().nullable() })
        .nullable(),
    notes: zod_1.z.array(zod_1.z.string())
});
/** Who supervises the run right now (the lock itself is an atomic directory beside it). */
exports.ControlLockOwnerSchema = zod_1.z.strictObject({
    schema_version: zod_1.z.literal(exports.SUPERVISION_SCHEMA_VERSIONS.controlLock),
    run_id: identifier,
    supervisor_session_id: identifier,
    owner_pid: positiveInt,
    owner_host: nonEmpty,
    acquired_at_utc: timestamp
});


/***/ }),

/***/ 6765:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.tokenCounts = tokenCounts;
exports.agentCallRecord = agentCallRecord;
exports.appendAgentCall = appendAgentCall;
const prices_js_1 = __webpack_require__(7185);
const whole = (value) => value === undefined || !Number.isFinite(value) || value < 0 ? 0 : Math.round(value);
/** Null when the CLI reported neither input nor output tokens. */
function tokenCounts(usage) {
    if (usage === undefined)
        return null;
    if (usage.inputTokens === undefined && usage.outputTokens === undefined)
        return null;
    const input = whole(usage.inputTokens);
    const output = whole(usage.outputTokens);
    return {
        input,
        cached_input: Math.min(input, whole(usage.cachedInputTokens)),
        cache_write: Math.min(input, whole(usage.cacheWriteTokens)),
        output,
        reasoning: usage.reasoningTokens === undefined ? null : whole(usage.reasoningTokens),
        total: input + output
    };
}
function agentCallRecord(facts, prices) {
    const tokens = tokenCounts(facts.usage);
    const model = facts.usage?.model ?? null;
    const cost = callCost(facts.usage, tokens, model, prices);
    return {
        item_id: facts.itemId,
        attempt_number: facts.attempt,
        lane: facts.lane,
        cycle: facts.cycle,
        agent: facts.agent,
        status: facts.status,
        started_at_utc: facts.startedAtUtc,
        duration_ms: whole(facts.durationMs),
        model,
        effort: facts.usage?.effort ?? null,
        tokens,
        cost_usd: cost?.usd ?? null,
        cost_source: cost?.source ?? null
    };
}
function callCost(usage, tokens, model, prices) {
    const reported = usage?.costUsd;
    if (reported !== undefined && Number.isFinite(reported) && reported >= 0)
        return { usd: reported, source: 'cli' };
    if (tokens === null || model === null)
        return undefined;
    const price = (0, prices_js_1.priceFor)(prices, model);
    if (price === undefined)
        return undefined;
    return {
        usd: (0, prices_js_1.costAt)(price, {
            input: tokens.input,
            cachedInput: tokens.cached_input,
            cacheWrite: tokens.cache_write,
            output: tokens.output
        }),
        source: 'price_table'
    };
}
/** The state with one more call recorded. */
function appendAgentCall(state, record, now) {
    return { ...state, agent_calls: [...state.agent_calls, record], updated_at_utc: now };
}


/***/ }),

/***/ 1712:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.callAgentWithinBudget = callAgentWithinBudget;
exports.writeUsageFile = writeUsageFile;
const node_path_1 = __webpack_require__(6760);
const run_store_js_1 = __webpack_require__(6525);
const usage_js_1 = __webpack_require__(7131);
const budget_js_1 = __webpack_require__(5898);
const records_js_1 = __webpack_require__(6765);
const summary_js_1 = __webpack_require__(8071);
const time_js_1 = __webpack_require__(2334);
async function callAgentWithinBudget(context, request, 
/** The call itself (with the guards the caller puts around it). */
run) {
    const { session } = context;
    const where = {
        itemId: request.itemId,
        lane: request.lane,
        cycle: request.cycleTag
    };
    const before = (0, budget_js_1.checkBudget)({ state: session.state, moment: 'before_call', ...where });
    if (before.kind === 'exhausted')
        return stopForBudget(context, before.stop);
    const startedAt = context.clock.now();
    const agent = context.agents[request.lane];
    const outcome = await run();
    await session.recordAgentCall((0, records_js_1.agentCallRecord)({
        itemId: request.itemId,
        attempt: request.attempt,
        lane: request.lane,
        cycle: request.cycleTag,
        agent: agent.id,
        status: outcome.status,
        startedAtUtc: (0, time_js_1.isoSeconds)(startedAt),
        durationMs: outcome.durationMs,
        usage: outcome.usage
    }, session.state.options.model_prices));
    await writeUsageFile(session);
    const after = (0, budget_js_1.checkBudget)({ state: session.state, moment: 'after_call', ...where });
    if (after.kind === 'exhausted')
        return { ...(await stopForBudget(context, after.stop)), outcome };
    return { kind: 'ran', outcome };
}
async function stopForBudget(context, stop) {
    const itemId = context.item.item_id;
    await context.session.patchItem(itemId, {
        budget_stop: {
            ...stop,
            attempt_number: context.attempt,
            at_utc: (0, time_js_1.isoSeconds)(context.clock.now())
        }
    });
    return { kind: 'budget_exhausted', reason: stop.message };
}
async function writeUsageFile(session) {
    await (0, run_store_js_1.writeJson)((0, node_path_1.join)(session.layout.controlDir, usage_js_1.USAGE_FILE), (0, summary_js_1.runUsageSummary)(session.state));
}


/***/ }),

/***/ 8171:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.recordAgentCall = recordAgentCall;
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const run_store_js_1 = __webpack_require__(6525);
const provenance_js_1 = __webpack_require__(5377);
const provenance_js_2 = __webpack_require__(358);
async function recordAgentCall(context, facts) {
    const root = context.session.layout.repoRoot;
    const dir = (0, node_path_1.join)(context.paths.controlDir, provenance_js_1.AGENT_CALLS_DIR);
    const agent = context.agents[facts.lane];
    const identity = (await agent.describe?.()) ?? {
        adapter: agent.id,
        cli: agent.id,
        cli_version: null,
        model: null,
        effort: null
    };
    const inputs = [];
    for (const input of facts.inputs)
        inputs.push(await (0, provenance_js_2.fileDigest)(root, input));
    const record = provenance_js_1.CallRecordSchema.parse({
        schema_version: provenance_js_1.CALL_RECORD_VERSION,
        sequence: (await lastSequence(dir)) + 1,
        item_id: context.item.item_id,
        attempt_number: context.attempt,
        lane: facts.lane,
        cycle: facts.cycleTag,
        agent: identity,
        status: facts.status,
        prompt: await (0, provenance_js_2.fileDigest)(root, facts.promptFile),
        inputs,
        report: facts.acceptedReport === undefined ? null : await (0, provenance_js_2.fileDigest)(root, facts.acceptedReport),
        duration_ms: Math.max(0, Math.round(facts.outcome.durationMs)),
        usage: facts.outcome.usage === undefined ? null : usageOf(facts.outcome.usage)
    });
    await (0, run_store_js_1.writeJson)((0, node_path_1.join)(dir, `${facts.lane}.${facts.cycleTag}.json`), record);
}
async function lastSequence(dir) {
    const names = await (0, promises_1.readdir)(dir).catch(() => []);
    let last = 0;
    for (const name of names.filter((entry) => entry.endsWith('.json'))) {
        const parsed = provenance_js_1.CallRecordSchema.safeParse(JSON.parse(await (0, promises_1.readFile)((0, node_path_1.join)(dir, name), 'utf8').catch(() => 'null')));
        if (parsed.success)
            last = Math.max(last, parsed.data.sequence);
    }
    return last;
}
/**
 * Usage hook: what an adapter reports as `AgentOutcome.usage` lands here, field by field,
 * and null when it reports nothing. The usage work (adapters reading tokens and cost from each
 * CLI) fills `AgentUsage`; a field it adds maps here and in `CallUsageSchema`, nowhere else.
 */
function usageOf(usage) {
    const count = (value) => value === undefined || !Number.isFinite(value) || value < 0 ? null : Math.round(value);
    return {
        input_tokens: count(usage.inputTokens),
        cached_input_tokens: count(usage.cachedInputTokens),
        cache_write_tokens: count(usage.cacheWriteTokens),
        output_tokens: count(usage.outputTokens),
        reasoning_tokens: count(usage.reasoningTokens),
        cost_usd: usage.costUsd === undefined || !Number.isFinite(usage.costUsd) || usage.costUsd < 0
            ? null
            : usage.costUsd,
        num_turns: count(usage.numTurns),
        model: usage.model ?? null
    };
}


/***/ }),

/***/ 8373:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.continueInterruptedReview = continueInterruptedReview;
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const layout_js_1 = __webpack_require__(8951);
const report_identity_js_1 = __webpack_require__(4330);
const run_state_ops_js_1 = __webpack_require__(7109);
const item_context_js_1 = __webpack_require__(5611);
const reports_js_1 = __webpack_require__(8947);
const time_js_1 = __webpack_require__(2334);
const item_attempt_js_1 = __webpack_require__(8302);
const terminals_js_1 = __webpack_require__(6916);
/**
 * An attempt interrupted during its review (audit packet, audits, triage) has everything
 * the review needs on disk: a verified checkpoint, its verification report, the agent's
 * report and the item context. Resume then redoes only the review of that cycle, inside the
 * same attempt. Anything missing or changed, and any earlier stage, gets a fresh attempt.
 */
const REVIEW_STATES = [
    'ST50_AUDIT_PACKET_READY',
    'ST60_AUDITING_CODEX',
    'ST61_AUDITING_CLAUDE',
    'ST70_TRIAGING'
];
async function continueInterruptedReview(base, itemId) {
    const { session } = base;
    const interruptedAt = session.state.current_state;
    if (!REVIEW_STATES.includes(interruptedAt) || session.state.current_item_id !== itemId)
        return undefined;
    const item = session.item(itemId);
    const planItem = base.plan.items.find((candidate) => candidate.item_id === itemId);
    const paths = item.latest_paths;
    if (planItem === undefined || item.checkpoint_ref === null || item.worktree_path === null)
        return undefined;
    if (paths.item_context_path === null || paths.verification_report_path === null)
        return undefined;
    const cycleTag = /verification_report\.(.+)\.json$/.exec(paths.verification_report_path)?.[1];
    const stage = cycleTag?.split('.')[0];
    const reportPath = stage === 'execute' ? paths.execution_report_path : paths.fix_report_path;
    if (cycleTag === undefined || reportPath === null)
        return undefined;
    const root = session.layout.repoRoot;
    const worktree = (0, node_path_1.join)(root, item.worktree_path);
    const head = await base.git.headSha(worktree).catch(() => undefined);
    if (head !== item.checkpoint_ref)
        return undefined;
    if ((await base.git.authorityViolations(worktree, item.checkpoint_ref)).length > 0)
        return undefined;
    const reportSchema = stage === 'execute' ? reports_js_1.ExecutionReportSchema : reports_js_1.FixReportSchema;
    const [context, verification, report] = await Promise.all([
        readValid((0, node_path_1.join)(root, paths.item_context_path), item_context_js_1.ItemContextSchema),
        readValid((0, node_path_1.join)(root, paths.verification_report_path), reports_js_1.VerificationReportSchema),
        readValid((0, node_path_1.join)(root, reportPath), reportSchema)
    ]);
    if (context === undefined || verification === undefined || report === undefined)
        return undefined;
    if (verification.scope_check.status === 'fail')
        return undefined;
    // A saved report is trusted no further than a fresh one: it must be about this cycle.
    const call = {
        runId: session.state.run_id,
        lane: report.stage,
        itemId,
        attempt: item.attempt_number,
        cycleTag
    };
    if (report.stage !== stage || (0, report_identity_js_1.reportIdentityProblem)(call, report) !== null)
        return undefined;
    await session.replace((0, run_state_ops_js_1.rewindForResume)(session.state, itemId, 'ST40_VERIFYING', `resuming attempt ${item.attempt_number} of item ${itemId}, interrupted at ${interruptedAt}: redoing the review of ${cycleTag} from checkpoint ${item.checkpoint_ref}`, (0, time_js_1.isoSeconds)(base.clock.now())));
    const attempt = {
        ...base,
        item: planItem,
        attempt: item.attempt_number,
        paths: (0, layout_js_1.attemptLayout)(session.layout, itemId, item.attempt_number)
    };
    try {
        return await (0, item_attempt_js_1.runRounds)(attempt, {
            verified: {
                kind: 'verified',
                report,
                verification,
                context,
                checkpoint: item.checkpoint_ref,
                cycleTag
            }
        });
    }
    catch (error) {
        if (session.item(itemId).terminal_state === 'none') {
            await (0, terminals_js_1.finishEscalated)(attempt, `internal failure: ${error instanceof Error ? error.message : String(error)}`, []);
        }
        throw error;
    }
}
async function readValid(path, schema) {
    try {
        const parsed = schema.safeParse(JSON.parse(await (0, promises_1.readFile)(path, 'utf8')));
        return parsed.success ? parsed.data : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 6025:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createRun = createRun;
exports.checkNewRun = checkNewRun;
exports.readJsonIfPresent = readJsonIfPresent;
const node_crypto_1 = __webpack_require__(7598);
const node_fs_1 = __webpack_require__(3024);
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const playbook_file_js_1 = __webpack_require__(4668);
const run_store_js_1 = __webpack_require__(6525);
const run_store_access_js_1 = __webpack_require__(3632);
const issues_js_1 = __webpack_require__(9739);
const normalize_js_1 = __webpack_require__(3180);
const runtime_policy_js_1 = __webpack_require__(1181);
const layout_js_1 = __webpack_require__(8951);
const run_state_ops_js_1 = __webpack_require__(7109);
const selection_js_1 = __webpack_require__(6527);
const errors_js_1 = __webpack_require__(3916);
const preflight_js_1 = __webpack_require__(1738);
const time_js_1 = __webpack_require__(2334);
async function createRun(input) {
    return writeRun(input, await checkNewRun(input));
}
/**
 * Every check a new run must pass, all problems reported together; reads only. `supervise
 * run` calls it too, so a refused run is refused before the supervisor writes anything.
 */
async function checkNewRun(input) {
    const repoRoot = await input.git.repoRoot(input.cwd).catch(() => {
        throw new errors_js_1.UserInputError(`${input.cwd} is not inside a git repository; run plan-orchestrator from the repository to change`);
    });
    const now = input.clock.now();
    const playbookAbsolute = (0, node_path_1.resolve)(input.cwd, input.playbookPath);
    const source = await (0, playbook_file_js_1.readPlaybookSource)(playbookAbsolute, now);
    const normalized = (0, normalize_js_1.normalizePlaybook)({
        ...source,
        path: (0, layout_js_1.repoRelative)(repoRoot, playbookAbsolute)
    });
    if (!normalized.ok) {
        const lines = normalized.issues.map((issue) => `error: ${(0, issues_js_1.formatIssue)(input.playbookPath, issue)}`);
        throw new errors_js_1.UserInputError(`${lines.join('\n')}\n${input.playbookPath}: invalid playbook (${normalized.issues.length})`);
    }
    const plan = normalized.plan;
    const repoConfig = await readJsonIfPresent((0, node_path_1.join)(repoRoot, 'plan_orchestrator.json'));
    const policy = (0, runtime_policy_js_1.resolveRuntimePolicy)({
        repoConfig,
        configFile: input.configPath === undefined
            ? undefined
            : await readJsonFile((0, node_path_1.resolve)(input.cwd, input.configPath)),
        env: input.env,
        cli: input.cli
    });
    const problems = policy.ok
        ? [...((await input.checkOptions?.(policy.options)) ?? [])]
        : [...policy.errors];
    problems.unshift(...(0, selection_js_1.selectionProblems)(plan, input.requestedItems));
    problems.push(...(await (0, preflight_js_1.preflight)({
        repoRoot,
        git: input.git,
        env: input.env,
        requiredExecutables: input.requiredExecutables
    })));
    if (policy.ok && input.checkAgentUser)
        problems.push(...(await input.checkAgentUser(policy.options, repoRoot)));
    if (problems.length > 0 || !policy.ok) {
        throw new errors_js_1.UserInputError(problems.map((problem) => `error: ${problem}`).join('\n'));
    }
    return {
        repoRoot,
        now,
        plan,
        playbookText: new TextDecoder().decode(source.bytes),
        repoConfigPresent: repoConfig !== undefined,
        policy
    };
}
async function writeRun(input, checked) {
    const { repoRoot, now, plan, policy } = checked;
    const runId = input.runIdOverride ?? (0, layout_js_1.formatRunId)(now, (0, node_crypto_1.randomBytes)(4).toString('hex'));
    const layout = (0, layout_js_1.runLayout)(repoRoot, runId);
    if ((0, node_fs_1.existsSync)(layout.runStatePath))
        throw new errors_js_1.UserInputError(`run ${runId} already exists; a new run needs a new id`);
    const nowIso = (0, time_js_1.isoSeconds)(now);
    await (0, run_store_access_js_1.secureRunStore)(repoRoot);
    await (0, promises_1.mkdir)(layout.controlDir, { recursive: true });
    await (0, run_store_js_1.writeText)(layout.playbookSnapshotPath, snapshotText(plan, checked.playbookText));
    await (0, run_store_js_1.writeJson)(layout.normalizedPlanPath, plan);
    const snapshot = {
        schema_version: 'plan_orchestrator.runtime_policy.v1',
        resolved_at_utc: nowIso,
        repo_control_plane_path: checked.repoConfigPresent ? 'plan_orchestrator.json' : null,
        overlay_control_plane_path: input.configPath === undefined
            ? null
            : (0, layout_js_1.repoRelative)(repoRoot, (0, node_path_1.resolve)(input.cwd, input.configPath)),
        sources: policy.sources,
        options: policy.options
    };
    const policyText = `${JSON.stringify(snapshot, null, 2)}\n`;
    await (0, run_store_js_1.writeText)(layout.runtimePolicyPath, policyText);
    const scenario = input.agents?.record.scenario ?? null;
    if (scenario !== null && input.agents?.scenarioText !== undefined)
        await (0, run_store_js_1.writeText)((0, layout_js_1.scenarioCopyPath)(layout, scenario.sha256), input.agents.scenarioText);
    const head = await input.git.headSha(repoRoot);
    const branch = (0, layout_js_1.runBranchName)(runId);
    await input.git.ensureBranch(repoRoot, branch, head);
    const state = (0, run_state_ops_js_1.newRunState)({
        run_id: runId,
        adapter_id: 'markdown_playbook_v1',
        repo_root: repoRoot,
        playbook_source_path: plan.plan_source.path,
        playbook_source_sha256: plan.plan_source.sha256,
        normalized_plan_path: (0, layout_js_1.repoRelative)(repoRoot, layout.normalizedPlanPath),
        base_head_sha: head,
        run_branch_name: branch,
        created_at_utc: nowIso,
        options: policy.options,
        runtime_policy_path: (0, layout_js_1.repoRelative)(repoRoot, layout.runtimePolicyPath),
        runtime_policy_sha256: (0, node_crypto_1.createHash)('sha256').update(policyText).digest('hex'),
        runtime_policy_sources: policy.sources,
        agents: input.agents?.record ?? null
    }, plan);
    await (0, run_store_js_1.writeJson)(layout.runStatePath, state);
    return { layout, state, plan };
}
function snapshotText(plan, text) {
    return [
        '# Playbook Source Snapshot',
        '',
        `- source_path: \`${plan.plan_source.path}\``,
        `- sha256: \`${plan.plan_source.sha256}\``,
        '',
        '---',
        '',
        text
    ].join('\n');
}
/** A JSON file's value, undefined when there is no such file; bad JSON is a user error. */
async function readJsonIfPresent(path) {
    const text = await (0, promises_1.readFile)(path, 'utf8').catch(() => undefined);
    if (text === undefined)
        return undefined;
    return parseJson(path, text);
}
async function readJsonFile(path) {
    const text = await (0, promises_1.readFile)(path, 'utf8').catch((error) => {
        throw new errors_js_1.UserInputError(`${path}: cannot read config file: ${error.message}`);
    });
    return parseJson(path, text);
}
function parseJson(path, text) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new errors_js_1.UserInputError(`${path}: not valid JSON: ${error.message}`);
    }
}


/***/ }),

/***/ 7769:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.EVIDENCE_LIMIT_SOURCE = void 0;
exports.evidenceRules = evidenceRules;
exports.receiveEvidence = receiveEvidence;
const node_fs_1 = __webpack_require__(3024);
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const evidence_package_js_1 = __webpack_require__(838);
const run_store_js_1 = __webpack_require__(6525);
const time_js_1 = __webpack_require__(2334);
/**
 * Receiving external evidence for an item (`run` and `resume --external-evidence-dir`): the
 * package is copied into the run, so it cannot change under the attempt, as regular files and
 * directories only (see adapters/evidence-package.ts), every file hashed into a manifest
 * beside the copy. The caller has already checked the package before writing anything; the
 * copy checks it again as it goes.
 */
exports.EVIDENCE_LIMIT_SOURCE = 'runtime policy max_evidence_package_bytes';
/** The rules a run's evidence is held to, named as the user gave the directory. */
function evidenceRules(given, options) {
    return {
        label: `--external-evidence-dir ${given}`,
        maxBytes: options.max_evidence_package_bytes,
        limitSource: exports.EVIDENCE_LIMIT_SOURCE
    };
}
/** Copies, hashes and records the evidence for `itemId`; returns the stored copy. */
async function receiveEvidence(base, itemId, dir) {
    const stamp = base.clock
        .now()
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}Z$/, 'Z');
    const received = (0, node_path_1.join)(base.session.layout.controlDir, 'external_evidence', itemId);
    let copy = (0, node_path_1.join)(received, stamp);
    for (let k = 2; (0, node_fs_1.existsSync)(copy) || (0, node_fs_1.existsSync)(`${copy}.manifest.json`); k += 1)
        copy = (0, node_path_1.join)(received, `${stamp}-${k}`);
    await (0, promises_1.mkdir)(received, { recursive: true });
    const copied = await (0, evidence_package_js_1.copyEvidence)(dir, copy, evidenceRules(dir, base.options));
    await (0, run_store_js_1.writeJson)(`${copy}.manifest.json`, {
        schema_version: 'plan_orchestrator.external_evidence.v1',
        item_id: itemId,
        received_at_utc: (0, time_js_1.isoSeconds)(base.clock.now()),
        source: dir,
        total_bytes: copied.totalBytes,
        files: copied.files
    });
    await base.session.note(itemId, 'human', `external evidence received: ${copied.files.length} file(s), manifest ${(0, node_path_1.relative)(base.session.layout.repoRoot, copy)}.manifest.json`);
    return copy;
}


/***/ }),

/***/ 6722:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.IntegrityGuard = exports.IntegrityBreach = void 0;
exports.stageRecordPath = stageRecordPath;
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const outside_state_js_1 = __webpack_require__(1176);
const layout_js_1 = __webpack_require__(8951);
const integrity_incident_js_1 = __webpack_require__(6214);
const run_store_js_1 = __webpack_require__(6525);
const time_js_1 = __webpack_require__(2334);
/**
 * Nothing outside the attempt changes unnoticed. Around every agent call and every
 * verification run, the guard reads the operator's checkout (files, git configuration,
 * hooks, refs) and the run store before and after; any difference the stage may not make
 * escalates the item, is put back where it is the orchestrator's (the run's refs, planted git
 * configuration, run_state.json), and is kept as an incident record that `doctor` reports
 * until it is resolved. One `git status` per stage: the reading after a stage is the reading
 * before the next.
 */
/** The item escalates with this reason; nothing the stage produced is used. */
class IntegrityBreach extends Error {
    name = 'IntegrityBreach';
}
exports.IntegrityBreach = IntegrityBreach;
class IntegrityGuard {
    port;
    last;
    constructor(port) {
        this.port = port;
    }
    /**
     * Runs one stage between two readings. `ownWrites` are the absolute paths in the run store
     * that the orchestrator itself writes while the stage runs (logs, the prompt); a trailing
     * `/` stands for a whole directory.
     */
    async around(context, stage, ownWrites, work) {
        const { session } = context;
        const repoRoot = session.layout.repoRoot;
        const read = readScope(context);
        const scope = stageScope(context, ownWrites);
        const before = await this.port.snapshot(read, this.last);
        this.last = undefined;
        // Kept until the check below: a process killed meanwhile is checked by the next resume.
        await (0, run_store_js_1.writeJson)(stageRecordPath(context), stageRecord(context, stage, scope, before));
        let outcome;
        try {
            outcome = { ok: true, value: await work() };
        }
        catch (error) {
            // A stage that failed may still have changed things: check before reporting its error.
            outcome = { ok: false, error };
        }
        const checked = await this.port.check(before, read, scope);
        const changes = [...checked.changes];
        const restored = new Set(checked.restored);
        const digest = checked.after.state.runStateDigest;
        if (digest !== session.lastSavedDigest) {
            const path = (0, layout_js_1.repoRelative)(repoRoot, session.layout.runStatePath);
            changes.push({
                area: 'run_state',
                path,
                before: session.lastSavedDigest ?? null,
                after: digest,
                ours: true
            });
            // The session holds the true state: writing it again undoes the forgery.
            await session.replace(session.state);
            restored.add(path);
        }
        await (0, promises_1.rm)(stageRecordPath(context), { force: true });
        if (changes.length === 0) {
            this.last = checked.after;
            if (!outcome.ok)
                throw outcome.error;
            return outcome.value;
        }
        const incident = await recordIncident(context, stage, changes, restored, checked.unrestored);
        throw new IntegrityBreach(incident.summary);
    }
    /**
     * After a process was killed during a stage: compares what is there now with the reading
     * kept from before that stage, puts back what it can (the run's refs, planted git files and
     * config entries, the `info/` files it kept copies of), and returns the incident's summary,
     * or undefined when nothing changed. The record is gone afterwards either way.
     */
    async settleInterrupted(context, record) {
        const before = {
            state: record.state,
            contents: new Map(Object.entries(record.copies).map(([path, copy]) => [
                path,
                { kind: 'file', data: Buffer.from(copy.base64, 'base64'), mode: copy.mode }
            ]))
        };
        const checked = await this.port.check(before, readScope(context), record.scope);
        await (0, promises_1.rm)(stageRecordPath(context), { force: true });
        if (checked.changes.length === 0) {
            this.last = checked.after;
            return undefined;
        }
        const incident = await recordIncident(context, `${record.stage}, which was interrupted before its check`, checked.changes, checked.restored, checked.unrestored);
        return incident.summary;
    }
}
exports.IntegrityGuard = IntegrityGuard;
function stageRecordPath(context) {
    return (0, node_path_1.join)(context.session.layout.controlDir, outside_state_js_1.STAGE_RECORD);
}
function readScope(context) {
    return {
        repoRoot: context.session.layout.repoRoot,
        runId: context.session.state.run_id,
        ownWorktree: context.paths.worktreePath
    };
}
function stageScope(context, ownWrites) {
    const { session } = context;
    const repoRoot = session.layout.repoRoot;
    return {
        runId: session.state.run_id,
        ownBranch: context.paths.branchName,
        ownWrites: ownWrites.map((path) => path.endsWith('/')
            ? `${(0, layout_js_1.repoRelative)(repoRoot, path.slice(0, -1))}/`
            : (0, layout_js_1.repoRelative)(repoRoot, path)),
        expectedRefs: {
            [`refs/heads/${session.state.run_branch_name}`]: session.state.run_branch_head
        }
    };
}
/** Small `info/` files are copied whole (patterns, no secrets); config only as redacted lines. */
const COPIED = /(^|\/)info\/[^/]+$/;
const COPY_LIMIT = 64 * 1024;
function stageRecord(context, stage, scope, before) {
    const copies = {};
    for (const [path, content] of before.contents) {
        if (content.kind === 'file' && COPIED.test(path) && content.data.length <= COPY_LIMIT)
            copies[path] = { base64: Buffer.from(content.data).toString('base64'), mode: content.mode };
    }
    return integrity_incident_js_1.IntegrityStageSchema.parse({
        schema_version: 'plan_orchestrator.integrity_stage.v1',
        run_id: context.session.state.run_id,
        item_id: context.item.item_id,
        attempt_number: context.attempt,
        stage,
        started_at_utc: (0, time_js_1.isoSeconds)(context.clock.now()),
        scope,
        state: before.state,
        copies
    });
}
const LISTED_IN_SUMMARY = 6;
async function recordIncident(context, stage, changes, restored, unrestored) {
    const { session, item } = context;
    const runId = session.state.run_id;
    const now = context.clock.now();
    const described = changes.map((change) => {
        const failed = unrestored.get(change.path);
        const outcome = restored.has(change.path)
            ? ' (restored)'
            : failed !== undefined
                ? ` (could not be restored: ${failed})`
                : '';
        return { change, text: `${(0, outside_state_js_1.describeChange)(change, runId)}${outcome}` };
    });
    const listed = described.slice(0, LISTED_IN_SUMMARY).map((entry) => entry.text);
    const more = described.length - listed.length;
    const summary = `${outside_state_js_1.INTEGRITY_ESCALATION} during the ${stage}: ${listed.join('; ')}` +
        `${more > 0 ? `; and ${more} more` : ''}. ` +
        `See plan-orchestrator doctor --run-id ${runId} until it is resolved`;
    const stamp = (0, time_js_1.isoSeconds)(now).replace(/[-:]/g, '');
    const slug = stage.replace(/[^A-Za-z0-9.]+/g, '-').replace(/^-+|-+$/g, '');
    const file = `${stamp}_${item.item_id}_attempt-${context.attempt}_${slug}.json`;
    const incident = integrity_incident_js_1.IntegrityIncidentSchema.parse({
        schema_version: 'plan_orchestrator.integrity_incident.v1',
        run_id: runId,
        item_id: item.item_id,
        attempt_number: context.attempt,
        stage,
        detected_at_utc: (0, time_js_1.isoSeconds)(now),
        summary,
        changes: described.map(({ change, text }) => ({
            area: change.area,
            path: change.path,
            before: change.before,
            after: change.after,
            description: text,
            restored: restored.has(change.path),
            resolved_when: (0, integrity_incident_js_1.expectationOf)(change, restored.has(change.path))
        }))
    });
    await (0, run_store_js_1.writeJson)((0, node_path_1.join)(session.layout.controlDir, integrity_incident_js_1.INTEGRITY_INCIDENT_DIR, file), incident);
    return incident;
}


/***/ }),

/***/ 920:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkInterruptedStage = checkInterruptedStage;
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const layout_js_1 = __webpack_require__(8951);
const states_js_1 = __webpack_require__(6915);
const integrity_incident_js_1 = __webpack_require__(6214);
const errors_js_1 = __webpack_require__(3916);
const integrity_guard_js_1 = __webpack_require__(6722);
const terminals_js_1 = __webpack_require__(6916);
/**
 * `resume` after a process died during an agent or verification stage (a crash, a lost
 * runner, or an agent that killed the kernel to skip its check): the stage's integrity check
 * is done now, from the reading kept before the stage. Anything changed outside the attempt
 * escalates the interrupted item with the incident, exactly as if the check had run in time.
 */
async function checkInterruptedStage(base) {
    const { session } = base;
    const path = (0, integrity_guard_js_1.stageRecordPath)(base);
    const record = await readRecord(path, session.layout.repoRoot);
    if (record === undefined)
        return undefined;
    const state = session.state;
    const item = state.items.find((candidate) => candidate.item_id === record.item_id);
    const planItem = base.plan.items.find((candidate) => candidate.item_id === record.item_id);
    const stillInterrupted = record.run_id === state.run_id &&
        item !== undefined &&
        planItem !== undefined &&
        item.terminal_state === 'none' &&
        item.attempt_number === record.attempt_number &&
        state.current_item_id === record.item_id &&
        (0, states_js_1.isInFlight)(state.current_state);
    if (!stillInterrupted) {
        // Left by a stage whose item has moved on since: nothing is waiting for this check.
        await (0, promises_1.rm)(path, { force: true });
        return undefined;
    }
    const context = {
        ...base,
        item: planItem,
        attempt: record.attempt_number,
        paths: (0, layout_js_1.attemptLayout)(session.layout, record.item_id, record.attempt_number)
    };
    const summary = await base.integrity.settleInterrupted(context, record);
    if (summary === undefined)
        return undefined;
    return { itemId: record.item_id, terminal: await (0, terminals_js_1.finishEscalated)(context, summary, []) };
}
async function readRecord(path, repoRoot) {
    let text;
    try {
        text = await (0, promises_1.readFile)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
    try {
        return integrity_incident_js_1.IntegrityStageSchema.parse(JSON.parse(text));
    }
    catch (error) {
        // The orchestrator writes it whole (atomic rename): a record that does not read was
        // written by someone else, and the interrupted stage cannot be checked against it.
        throw new errors_js_1.UserInputError(`${(0, node_path_1.relative)(repoRoot, path)} is not a record the orchestrator wrote (${(0, errors_js_1.describeError)(error).split('\n')[0] ?? ''}); the interrupted stage cannot be checked. Inspect the checkout, its .git directory and the run store, remove the file, then resume`);
    }
}


/***/ }),

/***/ 8302:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runItemAttempt = runItemAttempt;
exports.runRounds = runRounds;
const promises_1 = __webpack_require__(1455);
const evidence_package_js_1 = __webpack_require__(838);
const node_path_1 = __webpack_require__(6760);
const decision_js_1 = __webpack_require__(7566);
const layout_js_1 = __webpack_require__(8951);
const run_state_ops_js_1 = __webpack_require__(7109);
const attempt_context_js_1 = __webpack_require__(4594);
const mutation_stage_js_1 = __webpack_require__(2341);
const evidence_intake_js_1 = __webpack_require__(7769);
const review_stage_js_1 = __webpack_require__(7418);
const integrity_guard_js_1 = __webpack_require__(6722);
const failpoints_js_1 = __webpack_require__(5334);
const run_branch_js_1 = __webpack_require__(6033);
const terminals_js_1 = __webpack_require__(6916);
const time_js_1 = __webpack_require__(2334);
const errors_js_1 = __webpack_require__(3916);
async function runItemAttempt(base, item, evidenceDir) {
    const { session } = base;
    const itemId = item.item_id;
    const unmet = (0, run_state_ops_js_1.unmetPrerequisites)(session.state, base.plan, itemId);
    if (unmet.length > 0)
        throw new errors_js_1.UserInputError(`item ${itemId} needs ${unmet.join(', ')} to pass first; run ${unmet.length === 1 ? 'it' : 'them'} before it`);
    await session.replace((0, run_state_ops_js_1.startAttempt)(session.state, itemId, (0, time_js_1.isoSeconds)(base.clock.now())));
    const attempt = session.item(itemId).attempt_number;
    const context = {
        ...base,
        item,
        attempt,
        paths: (0, layout_js_1.attemptLayout)(session.layout, itemId, attempt)
    };
    await session.move(itemId, 'ST10_ITEM_SELECTED', 'orchestrator', `selected item ${itemId} (attempt ${attempt})`);
    await (0, promises_1.mkdir)(context.paths.controlDir, { recursive: true });
    await (0, promises_1.mkdir)(context.paths.reportDir, { recursive: true });
    try {
        return await runSelectedAttempt(context, evidenceDir);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (session.item(itemId).terminal_state === 'none')
            await (0, terminals_js_1.finishEscalated)(context, `internal failure: ${message}`, []);
        throw error;
    }
}
async function runSelectedAttempt(context, evidenceDir) {
    const { session, item } = context;
    const itemId = item.item_id;
    if (item.external_check.required && evidenceDir === undefined) {
        return (0, terminals_js_1.finishBlocked)(context, 'the item needs human-supplied external evidence before it can start');
    }
    const runBranch = session.state.run_branch_name;
    // Named before git makes them: after a crash in between, resume sets this attempt aside
    // and starts the next one, instead of colliding with a branch the state never mentioned.
    await session.patchItem(itemId, {
        branch_name: context.paths.branchName,
        worktree_path: (0, attempt_context_js_1.relativeToRepo)(context, context.paths.worktreePath)
    });
    const head = await context.git.addWorktree(session.layout.repoRoot, context.paths.worktreePath, context.paths.branchName, runBranch);
    session.crashAt(failpoints_js_1.GIT_BOUNDARIES.worktreeCreated);
    await session.patchItem(itemId, { base_ref: head });
    const branchCheck = (0, run_branch_js_1.judgeRunBranch)(session.state, head);
    if (branchCheck.kind !== 'at_head') {
        const reason = branchCheck.kind === 'moved'
            ? branchCheck.message
            : 'a fast-forward of the run branch is pending';
        return (0, terminals_js_1.finishEscalated)(context, reason, []);
    }
    await session.move(itemId, 'ST15_WORKTREE_PREPARED', 'git', 'worktree prepared');
    if (evidenceDir !== undefined) {
        // The run's received copy, copied by the same rules: only files and directories.
        const attemptCopy = (0, node_path_1.join)(context.paths.controlDir, 'external_evidence');
        await (0, promises_1.rm)(attemptCopy, { recursive: true, force: true });
        await (0, evidence_package_js_1.copyEvidence)(evidenceDir, attemptCopy, (0, evidence_intake_js_1.evidenceRules)(evidenceDir, context.options));
        await session.patchItem(itemId, { external_check_status: 'resolved' });
    }
    return runRounds(context, { stage: 'execute', round: 0, targets: [] });
}
/**
 * Mutation, review and decision, round after round, until a terminal. A change outside the
 * attempt during any stage ends the attempt as an escalation naming what changed.
 */
async function runRounds(context, start) {
    try {
        return await runRoundsUnguarded(context, start);
    }
    catch (error) {
        if (!(error instanceof integrity_guard_js_1.IntegrityBreach))
            throw error;
        return (0, terminals_js_1.finishEscalated)(context, error.message, []);
    }
}
async function runRoundsUnguarded(context, start) {
    const { session, item } = context;
    const itemId = item.item_id;
    let next = start;
    for (;;) {
        const mutation = 'verified' in next
            ? next.verified
            : await (0, mutation_stage_js_1.runMutationStage)(context, next.stage, next.round, next.targets);
        if (mutation.kind === 'escalate')
            return (0, terminals_js_1.finishEscalated)(context, mutation.reason, []);
        const review = await (0, review_stage_js_1.runReviewStage)(context, mutation);
        if (review.kind === 'escalate')
            return (0, terminals_js_1.finishEscalated)(context, review.reason, []);
        const current = session.item(itemId);
        const decision = (0, decision_js_1.decideAfterTriage)({
            triage: review.triage,
            merged: review.merged,
            manualGateRequired: item.manual_gate.required,
            budget: {
                fixRoundsCompleted: current.fix_rounds_completed,
                maxFixRounds: context.options.max_fix_rounds,
                remediationRoundsCompleted: current.remediation_rounds_completed,
                maxRemediationRounds: context.options.max_remediation_rounds
            }
        });
        const blocking = review.merged.merged_findings.filter((finding) => finding.is_blocking);
        switch (decision.kind) {
            case 'pass':
                return (0, terminals_js_1.finishPassed)(context, mutation.checkpoint, review.triage.summary);
            case 'awaiting_human_gate':
                return (0, terminals_js_1.finishAwaitingGate)(context, mutation.checkpoint, review.triage.merged_findings, {
                    triageReportPath: review.triagePath,
                    mergedFindingsPath: review.mergedPath
                });
            case 'blocked_external':
                return (0, terminals_js_1.finishBlocked)(context, decision.summary);
            case 'escalate':
                return (0, terminals_js_1.finishEscalated)(context, decision.summary, blocking);
            case 'fix':
                await session.patchItem(itemId, { fix_rounds_completed: decision.round });
                await session.move(itemId, 'ST80_FIXING', 'codex', `starting fix round ${decision.round}`);
                next = { stage: 'fix', round: decision.round, targets: decision.targetFindingIds };
                break;
            case 'remediate':
                await session.patchItem(itemId, { remediation_rounds_completed: decision.round });
                await session.move(itemId, 'ST95_REMEDIATING', 'codex', `starting remediation round ${decision.round}`);
                next = { stage: 'remediation', round: decision.round, targets: decision.targetFindingIds };
                break;
        }
    }
}


/***/ }),

/***/ 4652:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.callLane = callLane;
const node_path_1 = __webpack_require__(6760);
const invocation_js_1 = __webpack_require__(9257);
const run_store_js_1 = __webpack_require__(6525);
const agent_budget_js_1 = __webpack_require__(1712);
const report_identity_js_1 = __webpack_require__(4330);
const attempt_context_js_1 = __webpack_require__(4594);
const call_record_js_1 = __webpack_require__(8171);
const ports_js_1 = __webpack_require__(5565);
const FAILURE_WORDS = {
    timeout: 'timed out',
    idle_timeout: 'stopped producing output and was stopped',
    exit_nonzero: 'exited with an error',
    auth_error: 'is not authenticated',
    error_envelope: 'reported an error',
    no_report: 'wrote no report',
    unparseable_report: 'wrote a report that is not JSON',
    spawn_failed: 'could not be started'
};
async function callLane(context, call) {
    const request = {
        lane: call.lane,
        itemId: context.item.item_id,
        attempt: context.attempt,
        cycleTag: call.cycleTag,
        cwd: call.cwd ?? context.paths.worktreePath,
        promptText: call.prompt,
        promptFile: call.promptFile,
        schema: await (0, attempt_context_js_1.schemaFile)(context, call.schemaName, call.schema),
        reportPath: call.reportPath,
        logDir: context.paths.logsDir,
        timeoutMs: call.timeoutSec * 1000,
        idleTimeoutMs: context.options.agent_idle_timeout_sec * 1000,
        killGraceMs: 2000,
        maxLogBytes: context.options.max_log_bytes,
        env: context.childEnv,
        stage: (0, attempt_context_js_1.stageRef)(context, ports_js_1.MUTATION_LANES.includes(call.lane) ? call.cycleTag : `${call.lane}.${call.cycleTag}`)
    };
    const called = await (0, agent_budget_js_1.callAgentWithinBudget)(context, request, () => context.integrity.around(context, `${call.lane} agent (${call.cycleTag})`, [
        ...ownWritesOf(request),
        `${context.paths.reportDir}/`,
        // The stage's live processes, recorded while it runs (survivors are found by it).
        context.session.layout.stageProcessesPath
    ], () => context.agents[call.lane].run(request)));
    // Noted even when the call went over the budget: its logs and processes are as real.
    const ran = called.outcome;
    if (ran !== undefined) {
        await noteTruncatedLogs(context, call, ran.logs);
        if (ran.leftRunning !== undefined && ran.leftRunning.length > 0) {
            await context.session.note(context.item.item_id, 'orchestrator', `${call.lane} agent left processes running outside its process group; stopped: ${ran.leftRunning.join('; ')}`);
        }
    }
    if (called.kind === 'budget_exhausted')
        return { kind: 'failed', reason: called.reason };
    const outcome = called.outcome;
    const record = (status, acceptedReport) => (0, call_record_js_1.recordAgentCall)(context, {
        lane: call.lane,
        cycleTag: call.cycleTag,
        promptFile: call.promptFile,
        inputs: call.inputs ?? [],
        status,
        outcome,
        ...(acceptedReport === undefined ? {} : { acceptedReport })
    });
    if (outcome.status !== 'ok') {
        await record(outcome.status);
        const detail = outcome.diagnostics.length > 0 ? outcome.diagnostics.join('; ') : 'no detail';
        return {
            kind: 'failed',
            reason: `${call.lane} agent ${FAILURE_WORDS[outcome.status]}: ${detail}`
        };
    }
    const parsed = call.schema.safeParse(outcome.report);
    if (!parsed.success) {
        const issues = parsed.error.issues
            .slice(0, 3)
            .map((issue) => `${issue.path.join('.')}: ${issue.message}`);
        await record('report_rejected');
        return {
            kind: 'failed',
            reason: `${call.lane} report does not match its schema: ${issues.join('; ')}`
        };
    }
    const foreign = (0, report_identity_js_1.reportIdentityProblem)({
        runId: context.session.state.run_id,
        lane: call.lane,
        itemId: context.item.item_id,
        attempt: context.attempt,
        cycleTag: call.cycleTag
    }, parsed.data);
    if (foreign !== null) {
        await record('report_rejected');
        return { kind: 'failed', reason: foreign };
    }
    await (0, run_store_js_1.writeJson)(call.reportPath, parsed.data);
    await record('ok', call.reportPath);
    return { kind: 'ok', report: parsed.data };
}
/**
 * What the orchestrator itself writes in the run store while an agent runs (the attempt's
 * report directory, where the agent writes its report, is added by the caller).
 */
function ownWritesOf(request) {
    const logs = (0, invocation_js_1.logPathsFor)(request);
    return [
        request.promptFile,
        logs.stdoutPath,
        logs.stderrPath,
        // The report schemas, rewritten before every call (codex gets its strict-mode copy).
        `${(0, node_path_1.dirname)(request.schema.path)}/`
    ];
}
/** A cut log is recorded where the run's history is read, with what the agent wrote in all. */
async function noteTruncatedLogs(context, call, logs) {
    if (logs === undefined)
        return;
    const cut = ['stdout', 'stderr'].filter((stream) => logs[stream].truncated);
    if (cut.length === 0)
        return;
    const sizes = cut.map((stream) => `${stream} ${logs[stream].totalBytes} bytes`).join(', ');
    await context.session.note(context.item.item_id, 'orchestrator', `${call.lane} agent output over max_log_bytes (${context.options.max_log_bytes}) was cut in its logs (${sizes} in total; the head and the tail are kept)`);
}


/***/ }),

/***/ 6123:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.decideManualGate = decideManualGate;
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const run_store_js_1 = __webpack_require__(6525);
const gate_summary_js_1 = __webpack_require__(7371);
const run_state_ops_js_1 = __webpack_require__(7109);
const reports_js_1 = __webpack_require__(8947);
const errors_js_1 = __webpack_require__(3916);
const time_js_1 = __webpack_require__(2334);
const failpoints_js_1 = __webpack_require__(5334);
const provenance_js_1 = __webpack_require__(358);
const run_branch_js_1 = __webpack_require__(2709);
async function decideManualGate(input) {
    const now = (0, time_js_1.isoSeconds)(input.clock.now());
    let state = await (0, run_store_js_1.loadRunState)(input.layout);
    const item = findItem(state, input.itemId);
    const gatePath = item.latest_paths.manual_gate_path;
    if (gatePath === null)
        throw new errors_js_1.UserInputError(`item ${input.itemId} has no manual gate record`);
    const absoluteGatePath = (0, node_path_1.join)(input.layout.repoRoot, gatePath);
    const gate = reports_js_1.ManualGateRecordSchema.parse(JSON.parse(await (0, promises_1.readFile)(absoluteGatePath, 'utf8')));
    const checkpoint = gate.related_refs.checkpoint_ref;
    if (checkpoint === null)
        throw new errors_js_1.UserInputError(`the gate of item ${input.itemId} records no checkpoint`);
    // Before anything is written: the run branch must be where the state says (or at either
    // end of an approval that was recorded but not saved).
    const verdict = await (0, run_branch_js_1.checkRunBranch)(input.git, input.layout.repoRoot, state);
    const pending = verdict.kind === 'at_head' ? undefined : verdict.pending;
    if (pending !== undefined && (pending.item_id !== input.itemId || pending.to !== checkpoint)) {
        throw new errors_js_1.UserInputError(`run ${state.run_id} has an unfinished pass of item ${pending.item_id} (run branch to ${pending.to}); complete it first: plan-orchestrator resume --run-id ${state.run_id}`);
    }
    const alreadyDecided = item.manual_gate_status === input.decision && gate.status === 'pending';
    if (!alreadyDecided) {
        if (item.terminal_state !== 'awaiting_human_gate' || item.manual_gate_status !== 'pending') {
            throw new errors_js_1.UserInputError(`item ${input.itemId} is not awaiting a gate (it is ${item.terminal_state})`);
        }
        if (input.checkpoint !== undefined && !sameCommit(input.checkpoint, checkpoint)) {
            throw new errors_js_1.UserInputError(`stale decision: you reviewed ${input.checkpoint}, but the gate of item ${input.itemId} is for checkpoint ${checkpoint}`);
        }
        if (item.checkpoint_ref !== checkpoint) {
            throw new errors_js_1.UserInputError(`stale gate: item ${input.itemId} moved to checkpoint ${item.checkpoint_ref ?? 'none'} after the gate was requested for ${checkpoint}`);
        }
        if (input.decision === 'approved') {
            state = await moveRunBranchForApproval(input, state, item, checkpoint, verdict);
            state = (0, run_state_ops_js_1.moveTo)({ ...state, run_branch_head: checkpoint, pending_fast_forward: null }, input.itemId, 'ST130_PASSED', { actor: 'human', message: `manual gate approved by ${input.by}` }, now);
            state = (0, run_state_ops_js_1.updateItem)(state, input.itemId, {
                manual_gate_status: 'approved',
                terminal_summary: (0, gate_summary_js_1.gateDecisionSummary)('approved', input.by, input.note)
            }, now);
        }
        else {
            if (verdict.kind === 'pending_applied') {
                throw new errors_js_1.UserInputError(`the approval of item ${input.itemId} was already applied to the run branch ${state.run_branch_name} (now at ${checkpoint}) when it was interrupted; complete it with --decision approved`);
            }
            const summary = (0, gate_summary_js_1.gateDecisionSummary)('rejected', input.by, input.note);
            state = (0, run_state_ops_js_1.moveTo)({ ...state, pending_fast_forward: null }, input.itemId, 'ST140_ESCALATED', { actor: 'human', message: summary }, now);
            state = (0, run_state_ops_js_1.updateItem)(state, input.itemId, { manual_gate_status: 'rejected', terminal_summary: summary }, now);
        }
        await (0, run_store_js_1.saveRunState)(input.layout, state);
        (0, failpoints_js_1.crashAt)(input.failpoint, state.current_state);
    }
    await (0, run_store_js_1.writeJson)(absoluteGatePath, decidedRecord(gate, input, now));
    // The approved item's provenance statement, once its approval is on record. A failure is
    // not the decision's: the approval stands, and `verify` names the item without a statement.
    if (input.decision === 'approved')
        await (0, provenance_js_1.recordItemStatement)(input.layout, state, input.itemId);
    return {
        run_id: state.run_id,
        item_id: input.itemId,
        decision: input.decision,
        checkpoint_ref: checkpoint,
        current_state: state.current_state,
        run_state_path: input.layout.runStatePath
    };
}
/**
 * Moves the run branch to the approved checkpoint exactly once: the intended move is saved
 * first, then git makes it (compare-and-swap); a command interrupted after either step
 * finds the record and completes it.
 */
async function moveRunBranchForApproval(input, state, item, checkpoint, verdict) {
    const root = input.layout.repoRoot;
    const branch = state.run_branch_name;
    if (verdict.kind === 'pending_applied')
        return state;
    if (verdict.kind === 'pending_not_applied') {
        await input.git.fastForward(root, branch, checkpoint, verdict.pending.from);
        (0, failpoints_js_1.crashAt)(input.failpoint, failpoints_js_1.GIT_BOUNDARIES.runBranchFastForwarded);
        return state;
    }
    if (item.base_ref !== state.run_branch_head) {
        throw new errors_js_1.UserInputError(`the run branch ${branch} is at ${state.run_branch_head}, but item ${input.itemId}'s change was made on ${item.base_ref ?? 'an unrecorded commit'}; the reviewed change no longer applies on top of it`);
    }
    const recorded = {
        ...state,
        pending_fast_forward: {
            item_id: input.itemId,
            attempt_number: item.attempt_number,
            from: state.run_branch_head,
            to: checkpoint,
            recorded_at_utc: (0, time_js_1.isoSeconds)(input.clock.now())
        }
    };
    await (0, run_store_js_1.saveRunState)(input.layout, recorded);
    (0, failpoints_js_1.crashAt)(input.failpoint, failpoints_js_1.GIT_BOUNDARIES.fastForwardRecorded);
    await input.git.fastForward(root, branch, checkpoint, state.run_branch_head);
    (0, failpoints_js_1.crashAt)(input.failpoint, failpoints_js_1.GIT_BOUNDARIES.runBranchFastForwarded);
    return recorded;
}
function decidedRecord(gate, input, now) {
    return reports_js_1.ManualGateRecordSchema.parse({
        ...gate,
        status: input.decision,
        decision: {
            outcome: input.decision,
            decided_at_utc: now,
            decided_by: input.by,
            note: input.note,
            evidence_paths: [...input.evidencePaths]
        }
    });
}
function findItem(state, itemId) {
    const item = state.items.find((candidate) => candidate.item_id === itemId);
    if (item === undefined) {
        throw new errors_js_1.UserInputError(`item ${itemId} is not part of run ${state.run_id} (items: ${state.items.map((i) => i.item_id).join(', ')})`);
    }
    return item;
}
function sameCommit(given, recorded) {
    return given.length >= 7 && recorded.startsWith(given.toLowerCase());
}


/***/ }),

/***/ 2341:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runMutationStage = runMutationStage;
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const item_context_js_1 = __webpack_require__(9706);
const layout_js_1 = __webpack_require__(8951);
const reports_js_1 = __webpack_require__(8947);
const scope_js_1 = __webpack_require__(3203);
const run_store_js_1 = __webpack_require__(6525);
const attempt_context_js_1 = __webpack_require__(4594);
const lane_call_js_1 = __webpack_require__(4652);
const render_js_1 = __webpack_require__(7757);
const stage_guard_js_1 = __webpack_require__(1239);
const verification_gate_js_1 = __webpack_require__(7016);
const failpoints_js_1 = __webpack_require__(5334);
async function runMutationStage(context, stage, round, targetFindingIds) {
    const { session, item } = context;
    const cycleTag = `${stage}.round-${round}`;
    const itemId = item.item_id;
    if (stage === 'execute') {
        await session.move(itemId, 'ST20_CONTEXT_PREPARED', 'orchestrator', 'preparing execute context');
    }
    const before = session.item(itemId);
    const headBefore = before.checkpoint_ref ??
        before.base_ref ??
        (await context.git.headSha(context.paths.worktreePath));
    const itemContext = (0, item_context_js_1.buildItemContext)(context.plan, item, {
        runId: session.state.run_id,
        generatedAt: context.clock.now(),
        stage,
        attemptNumber: context.attempt,
        fixRoundIndex: before.fix_rounds_completed,
        remediationRoundIndex: before.remediation_rounds_completed,
        priorCheckpointRef: before.checkpoint_ref,
        worktree: {
            path: (0, attempt_context_js_1.relativeToRepo)(context, context.paths.worktreePath),
            branch_name: context.paths.branchName,
            base_ref: (0, layout_js_1.runBranchName)(session.state.run_id),
            head_ref: headBefore,
            workspace_packet_root: layout_js_1.PACKET_DIR
        },
        artifactInputs: []
    });
    const contextFile = `item_context.${cycleTag}.json`;
    const contextPath = (0, node_path_1.join)(context.paths.controlDir, contextFile);
    await (0, run_store_js_1.writeJson)(contextPath, itemContext);
    const inPacket = (0, attempt_context_js_1.packetPath)(context, contextFile);
    await (0, promises_1.mkdir)((0, node_path_1.dirname)(inPacket.absolute), { recursive: true });
    await (0, promises_1.copyFile)(contextPath, inPacket.absolute);
    const prompt = (0, render_js_1.renderPrompt)({
        lane: stage,
        context: itemContext,
        contextPath: inPacket.inWorktree,
        inputs: [],
        cycleTag,
        targetFindingIds
    });
    const promptFile = (0, node_path_1.join)(context.paths.promptsDir, `${cycleTag}.md`);
    await (0, run_store_js_1.writeText)(promptFile, prompt);
    await session.patchItem(itemId, {
        latest_paths: {
            ...session.item(itemId).latest_paths,
            item_context_path: (0, attempt_context_js_1.relativeToRepo)(context, contextPath)
        }
    });
    if (stage === 'execute')
        await session.move(itemId, 'ST30_EXECUTING', 'orchestrator', 'running execute stage');
    else
        await session.note(itemId, 'orchestrator', `running ${stage} stage`);
    const reportName = stage === 'execute' ? 'execution_report.round-0.json' : `${stage}_report.round-${round}.json`;
    const reportSchema = stage === 'execute' ? reports_js_1.ExecutionReportSchema : reports_js_1.FixReportSchema;
    const reportPath = (0, node_path_1.join)(context.paths.reportDir, reportName);
    const timeoutSec = stage === 'execute'
        ? context.options.execution_timeout_sec
        : stage === 'fix'
            ? context.options.fix_timeout_sec
            : context.options.remediation_timeout_sec;
    const blocked = await (0, stage_guard_js_1.stageBlocked)(context, { stage, worktree: context.paths.worktreePath });
    if (blocked !== undefined)
        return { kind: 'escalate', reason: blocked };
    const called = await (0, lane_call_js_1.callLane)(context, {
        lane: stage,
        cycleTag,
        prompt,
        promptFile,
        schemaName: stage === 'execute' ? 'execution_report' : 'fix_report',
        schema: reportSchema,
        reportPath,
        timeoutSec,
        inputs: [contextPath]
    });
    if (called.kind === 'failed')
        return { kind: 'escalate', reason: called.reason };
    const report = called.report;
    const pathKey = stage === 'execute' ? 'execution_report_path' : 'fix_report_path';
    await session.patchItem(itemId, {
        latest_paths: {
            ...session.item(itemId).latest_paths,
            [pathKey]: (0, attempt_context_js_1.relativeToRepo)(context, reportPath)
        }
    });
    const checkpoint = await context.git.checkpoint({
        worktree: context.paths.worktreePath,
        itemId,
        stage,
        allowedRoots: item.allowed_write_roots,
        expectedHead: headBefore,
        maxFileBytes: context.options.max_checkpoint_file_bytes
    });
    if (!checkpoint.ok)
        return {
            kind: 'escalate',
            reason: `the ${stage} checkpoint was refused: ${checkpoint.violations.join('; ')}`
        };
    session.crashAt(failpoints_js_1.GIT_BOUNDARIES.checkpointCommitted);
    await session.patchItem(itemId, { checkpoint_ref: checkpoint.sha });
    const unverifiable = await (0, stage_guard_js_1.stageBlocked)(context, {
        stage: 'verification',
        worktree: context.paths.worktreePath
    });
    if (unverifiable !== undefined)
        return { kind: 'escalate', reason: unverifiable };
    await session.move(itemId, 'ST40_VERIFYING', 'verification', 'running verification gate');
    const base = session.item(itemId).base_ref ?? headBefore;
    const committed = await context.git.committedChanges(context.paths.worktreePath, base, checkpoint.sha);
    const scope = (0, scope_js_1.classifyChanges)(committed, item.allowed_write_roots);
    const logDir = (0, node_path_1.join)(context.paths.logsDir, `verification.${cycleTag}`);
    const verification = reports_js_1.VerificationReportSchema.parse(await context.integrity.around(context, `verification (${cycleTag})`, [`${logDir}/`, context.session.layout.stageProcessesPath], () => (0, verification_gate_js_1.runVerificationGate)({
        context: itemContext,
        worktree: context.paths.worktreePath,
        cycleTag,
        logDir,
        timeoutMs: context.options.verification_timeout_sec * 1000,
        maxLogBytes: context.options.max_log_bytes,
        stage: (0, attempt_context_js_1.stageRef)(context, `verification.${cycleTag}`),
        env: { ...context.childEnv, PLAN_ORCHESTRATOR_VERIFICATION: '1' },
        runner: context.runner,
        committed,
        scopeViolations: [...scope.forbidden, ...scope.outOfScope, ...scope.unsafeSymlinks],
        now: (0, attempt_context_js_1.nowIso)(context.clock),
        relative: (absolute) => (0, attempt_context_js_1.relativeToRepo)(context, absolute)
    })));
    const verificationPath = (0, node_path_1.join)(context.paths.controlDir, `verification_report.${cycleTag}.json`);
    await (0, run_store_js_1.writeJson)(verificationPath, verification);
    await session.patchItem(itemId, {
        latest_paths: {
            ...session.item(itemId).latest_paths,
            verification_report_path: (0, attempt_context_js_1.relativeToRepo)(context, verificationPath)
        }
    });
    if (verification.scope_check.status === 'fail')
        return { kind: 'escalate', reason: verification.summary };
    const leftovers = await context.git.authorityViolations(context.paths.worktreePath, checkpoint.sha);
    if (leftovers.length > 0) {
        return {
            kind: 'escalate',
            reason: `the worktree changed after the ${stage} checkpoint (ignore build output in .gitignore): ${leftovers.join('; ')}`
        };
    }
    return {
        kind: 'verified',
        report,
        verification,
        context: itemContext,
        checkpoint: checkpoint.sha,
        cycleTag
    };
}


/***/ }),

/***/ 5565:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MUTATION_LANES = void 0;
exports.MUTATION_LANES = ['execute', 'fix', 'remediation'];


/***/ }),

/***/ 7757:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.renderPrompt = renderPrompt;
const SHARED_RULES = [
    'Work only inside this worktree. Do not run git commands that change history, branches or the index: the orchestrator commits for you.',
    'Change files only under the allowed write roots listed in the item context. Changes anywhere else, or under .local, .git, .codex, .claude, .mcp.json, ops/config or secrets, escalate the item.',
    'Do not browse the web. If the item needs evidence a human must supply, say so with the blocked_external verdict instead of inventing it.',
    'Answer with one JSON object that matches the given schema, and nothing else.'
];
function renderPrompt(input) {
    const item = input.context.item;
    const header = [
        `# plan-orchestrator · ${laneTitle(input.lane)}`,
        '',
        `- lane: \`${input.lane}\``,
        `- item_id: \`${item.item_id}\``,
        `- attempt_number: \`${input.context.stage_context.attempt_number}\``,
        `- cycle: \`${input.cycleTag}\``,
        `- phase: ${item.phase}`,
        `- action: ${item.action}`,
        `- deliverable: ${item.deliverable}`,
        `- exit criteria: ${item.exit_criteria}`,
        `- item context: \`${input.contextPath}\` (read it first: scope, support sections, verification plan)`,
        ''
    ];
    const inputs = input.inputs.length === 0
        ? []
        : ['## Inputs', '', ...input.inputs.map((entry) => `- ${entry.name}: \`${entry.path}\``), ''];
    return [
        ...header,
        ...inputs,
        '## Task',
        '',
        ...laneTask(input),
        '',
        '## Rules',
        '',
        ...SHARED_RULES.map((rule) => `- ${rule}`),
        ''
    ].join('\n');
}
function laneTitle(lane) {
    const titles = {
        execute: 'execute the item',
        fix: 'fix round',
        remediation: 'remediation round',
        audit_codex: 'independent audit (codex lane)',
        audit_claude: 'independent audit (claude lane)',
        triage: 'triage'
    };
    return titles[lane];
}
function laneTask(input) {
    const redGreen = input.context.item.requires_red_green
        ? 'This item is behavioural: first write or adjust a test that fails on the current code (red), then make it pass (green), and record both runs with their real output in the red_green block.'
        : 'This item is not behavioural: verify it through the required artifacts and commands; do not fabricate failing tests. Explain in the red_green block why red/green does not apply.';
    switch (input.lane) {
        case 'execute':
            return [
                'Make the change the item describes, completely, within the allowed write roots.',
                redGreen,
                'Run the required verification commands of the item context yourself before you answer; report what you ran and what happened.'
            ];
        case 'fix':
        case 'remediation':
            return [
                input.lane === 'fix'
                    ? 'The audit found problems with the previous change. Fix exactly the findings listed below, nothing else.'
                    : 'Fix rounds did not resolve the findings. Take a step back, address the root cause of the findings listed below, and keep the change minimal.',
                `Findings to resolve: ${(input.targetFindingIds ?? []).join(', ') || '(see the triage report)'}`,
                redGreen
            ];
        case 'audit_codex':
        case 'audit_claude':
            return [
                'Review the candidate patch against the item: does it do what the action and exit criteria ask, within scope, with honest verification? Do not change any file.',
                'Report each problem as a finding with a severity, a category, the file and line it concerns, and why it matters. Report no finding you cannot point at.',
                'Mark a finding blocking only when the item must not pass with it.'
            ];
        case 'triage':
            return [
                'Decide what happens to this attempt from the merged findings and the verification report: pass, fix_required, awaiting_human_gate, blocked_external or escalate.',
                'Every blocking finding must be either resolved by a fix round or escalated; explain each disposition. A failing required verification command never allows pass.'
            ];
    }
}


/***/ }),

/***/ 8858:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.processQueue = processQueue;
exports.nextCandidate = nextCandidate;
const item_focus_js_1 = __webpack_require__(6955);
const errors_js_1 = __webpack_require__(3916);
const item_attempt_js_1 = __webpack_require__(8302);
async function processQueue(base, requested, options) {
    const pending = [...requested];
    let processed = 0;
    let last = 'none';
    while (pending.length > 0) {
        if (options.maxItems !== null && processed >= options.maxItems)
            break;
        const itemId = pending.shift();
        const item = base.plan.items.find((candidate) => candidate.item_id === itemId);
        if (item === undefined)
            throw new errors_js_1.UserInputError(`item ${itemId} is not in the playbook`);
        last = await (0, item_attempt_js_1.runItemAttempt)(base, item, processed === 0 ? options.evidenceDir : undefined);
        processed += 1;
        if (last !== 'passed')
            break;
        if (options.continueAfterQueue && pending.length === 0) {
            const next = nextCandidate(base.session.state);
            if (next !== undefined)
                pending.push(next);
        }
    }
    return last;
}
/**
 * The item `--next` and auto-advance pick: the first unfinished one, if it can start.
 * An item stopped at a gate, blocked or escalated must be settled first.
 */
function nextCandidate(state) {
    const item = (0, item_focus_js_1.nextItem)(state);
    if (item === undefined)
        return undefined;
    switch (item.terminal_state) {
        case 'awaiting_human_gate':
            throw new errors_js_1.UserInputError(`item ${item.item_id} awaits a human gate; decide it with mark-manual-gate first`);
        case 'blocked_external':
            throw new errors_js_1.UserInputError(`item ${item.item_id} is blocked on external evidence; supply it with resume --external-evidence-dir`);
        case 'escalated':
            throw new errors_js_1.UserInputError(`item ${item.item_id} is escalated; resolve it and resume the run`);
        default:
            return item.item_id;
    }
}


/***/ }),

/***/ 3573:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.applyBudgetsOnResume = applyBudgetsOnResume;
const node_crypto_1 = __webpack_require__(7598);
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const run_store_js_1 = __webpack_require__(6525);
const resume_budgets_js_1 = __webpack_require__(1808);
const runtime_policy_js_1 = __webpack_require__(1181);
const layout_js_1 = __webpack_require__(8951);
const run_state_js_1 = __webpack_require__(2221);
const format_js_1 = __webpack_require__(3464);
const errors_js_1 = __webpack_require__(3916);
const create_run_js_1 = __webpack_require__(6025);
const agent_budget_js_1 = __webpack_require__(1712);
/**
 * `resume` may change a run's budget limits, and only those (docs/configuration.md): the new
 * values and their sources go into the run state and runtime_policy.json, and the change is
 * an event of the run, so the record says which limit an item ran under and who set it.
 */
async function applyBudgetsOnResume(session, input) {
    const state = session.state;
    const repoRoot = session.layout.repoRoot;
    const recordedSources = {
        ...Object.fromEntries(runtime_policy_js_1.OPTION_NAMES.map((name) => [name, 'default'])),
        ...(state.runtime_policy_sources ?? {})
    };
    const resolved = (0, resume_budgets_js_1.resolveBudgetsOnResume)({ options: state.options, sources: recordedSources }, {
        repoConfig: await (0, create_run_js_1.readJsonIfPresent)((0, node_path_1.join)(repoRoot, 'plan_orchestrator.json')),
        env: input.env,
        cli: input.cli
    });
    const problems = resolved.ok ? [...(input.check?.(resolved.options) ?? [])] : resolved.errors;
    if (problems.length > 0)
        throw new errors_js_1.UserInputError(problems.map((problem) => `error: ${problem}`).join('\n'));
    if (!resolved.ok || resolved.changes.length === 0)
        return [];
    const policyPath = (0, node_path_1.resolve)(repoRoot, state.runtime_policy_path ?? (0, layout_js_1.repoRelative)(repoRoot, session.layout.runtimePolicyPath));
    const previous = await readSnapshot(policyPath);
    const snapshot = {
        schema_version: 'plan_orchestrator.runtime_policy.v1',
        resolved_at_utc: previous?.resolved_at_utc ?? state.created_at_utc,
        repo_control_plane_path: Object.values(resolved.sources).includes('repo_config')
            ? 'plan_orchestrator.json'
            : (previous?.repo_control_plane_path ?? null),
        overlay_control_plane_path: previous?.overlay_control_plane_path ?? null,
        sources: Object.fromEntries(runtime_policy_js_1.OPTION_NAMES.map((name) => [name, resolved.sources[name] ?? 'default'])),
        options: Object.fromEntries(runtime_policy_js_1.OPTION_NAMES.map((name) => [name, resolved.options[name]]))
    };
    const text = `${JSON.stringify(snapshot, null, 2)}\n`;
    const next = {
        ...state,
        options: resolved.options,
        runtime_policy_path: state.runtime_policy_path ?? (0, layout_js_1.repoRelative)(repoRoot, policyPath),
        runtime_policy_sources: snapshot.sources,
        runtime_policy_sha256: (0, node_crypto_1.createHash)('sha256').update(text).digest('hex')
    };
    // The state first: runtime_policy.json is rebuilt from it (doctor) if the write is lost.
    await session.replace(next);
    await (0, run_store_js_1.writeText)(policyPath, text);
    // usage.json names the limits too: it says the new ones before the next call rewrites it.
    await (0, agent_budget_js_1.writeUsageFile)(session);
    await session.note(null, 'human', `budget changed on resume: ${resolved.changes.map(describeChange).join('; ')}`);
    return resolved.changes;
}
async function readSnapshot(path) {
    const text = await (0, promises_1.readFile)(path, 'utf8').catch(() => undefined);
    if (text === undefined)
        return undefined;
    try {
        const parsed = run_state_js_1.RuntimePolicySnapshotSchema.safeParse(JSON.parse(text));
        return parsed.success ? parsed.data : undefined;
    }
    catch {
        return undefined;
    }
}
function describeChange(change) {
    const show = (value) => value === null
        ? 'none'
        : change.name === 'max_tokens_per_item'
            ? (0, format_js_1.formatCount)(value)
            : (0, format_js_1.formatUsd)(value);
    return `${change.name} ${show(change.from)} (${change.fromSource}) → ${show(change.to)} (${change.toSource})`;
}


/***/ }),

/***/ 8694:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resumeRun = resumeRun;
exports.resumeRefusal = resumeRefusal;
const item_focus_js_1 = __webpack_require__(6955);
const run_state_ops_js_1 = __webpack_require__(7109);
const continue_review_js_1 = __webpack_require__(8373);
const states_js_1 = __webpack_require__(6915);
const errors_js_1 = __webpack_require__(3916);
const queue_js_1 = __webpack_require__(8858);
const time_js_1 = __webpack_require__(2334);
const evidence_intake_js_1 = __webpack_require__(7769);
const run_branch_js_1 = __webpack_require__(2709);
const interrupted_stage_js_1 = __webpack_require__(920);
const provenance_js_1 = __webpack_require__(358);
async function resumeRun(input) {
    const { session } = input.base;
    // A stage cut short is checked first (its check puts back a run branch its agent moved).
    const breached = await (0, interrupted_stage_js_1.checkInterruptedStage)(input.base);
    if (breached !== undefined)
        return { itemId: breached.itemId, last: breached.terminal };
    await input.recordChoices?.();
    // Before anything is written: a run branch someone else moved is refused, and a pass that
    // was recorded but not saved before an interruption is completed, not redone.
    const verdict = await (0, run_branch_js_1.checkRunBranch)(input.base.git, session.layout.repoRoot, session.state);
    const settled = await (0, run_branch_js_1.settlePendingPass)(input.base, verdict);
    if (settled !== undefined)
        return continueAfter(input, settled, 'passed');
    const state = session.state;
    const refusal = resumeRefusal(state, input.evidenceDir !== undefined);
    if (refusal !== undefined)
        throw new errors_js_1.UserInputError(refusal);
    // A pass saved just before an interruption may lack its provenance statement (after the
    // refusals: a refused resume writes nothing).
    await (0, provenance_js_1.completeStatements)(session.layout, session.state);
    const target = resumeTarget(state);
    if (target === undefined)
        return { itemId: null, last: 'passed' };
    const item = session.item(target);
    const now = () => (0, time_js_1.isoSeconds)(input.base.clock.now());
    const evidence = input.evidenceDir === undefined
        ? undefined
        : await (0, evidence_intake_js_1.receiveEvidence)(input.base, target, input.evidenceDir);
    const interrupted = item.terminal_state === 'none' && (0, states_js_1.isInFlight)(state.current_state);
    if (interrupted && evidence === undefined) {
        const continued = await (0, continue_review_js_1.continueInterruptedReview)(input.base, target);
        if (continued !== undefined)
            return continueAfter(input, target, continued);
    }
    const stopped = item.terminal_state !== 'none'
        ? item.terminal_state
        : interrupted
            ? `an interrupted ${state.current_state}`
            : undefined;
    if (stopped !== undefined) {
        await session.replace((0, run_state_ops_js_1.rewindForResume)(session.state, target, 'ST05_PLAN_NORMALIZED', `reset item ${target} from ${stopped} for a fresh resume attempt`, now()));
    }
    const options = {
        continueAfterQueue: input.autoAdvance,
        maxItems: input.autoAdvance ? session.state.options.max_items : 1,
        ...(evidence === undefined ? {} : { evidenceDir: evidence })
    };
    return { itemId: target, last: await (0, queue_js_1.processQueue)(input.base, [target], options) };
}
/**
 * Why `resume` cannot continue this run as asked, or undefined. Checked before anything is
 * written (and again under the run lock, where the state may have moved on).
 */
function resumeRefusal(state, evidenceGiven) {
    const approval = (0, run_branch_js_1.interruptedApproval)(state);
    if (approval !== undefined)
        return approval;
    const gated = state.items.find((item) => item.terminal_state === 'awaiting_human_gate');
    if (gated !== undefined)
        return `item ${gated.item_id} awaits a human gate; decide it first: plan-orchestrator mark-manual-gate --run-id ${state.run_id} --item ${gated.item_id} --decision approved|rejected --by NAME --note TEXT --checkpoint ${gated.checkpoint_ref ?? 'SHA'}`;
    const target = resumeTarget(state);
    const item = state.items.find((candidate) => candidate.item_id === target);
    if (item?.terminal_state === 'blocked_external' && !evidenceGiven)
        return `item ${item.item_id} is blocked on external evidence; give it with --external-evidence-dir DIR`;
    return undefined;
}
/** After the resumed item ended: with auto-advance and a pass, on to the next items. */
async function continueAfter(input, itemId, terminal) {
    const { session } = input.base;
    const next = terminal === 'passed' && input.autoAdvance ? (0, queue_js_1.nextCandidate)(session.state) : undefined;
    if (next === undefined)
        return { itemId, last: terminal };
    const maxItems = session.state.options.max_items;
    const more = await (0, queue_js_1.processQueue)(input.base, [next], {
        continueAfterQueue: true,
        maxItems: maxItems === null ? null : Math.max(0, maxItems - 1)
    });
    return { itemId, last: more === 'none' ? terminal : more };
}
/** The item resume works on: the stopped current item, else the first unfinished one. */
function resumeTarget(state) {
    const current = state.items.find((item) => item.item_id === state.current_item_id);
    if (current !== undefined &&
        (current.terminal_state === 'blocked_external' || current.terminal_state === 'escalated')) {
        return current.item_id;
    }
    if (current !== undefined && current.terminal_state === 'none' && (0, states_js_1.isInFlight)(state.current_state))
        return current.item_id;
    return (0, item_focus_js_1.nextItem)(state)?.item_id;
}


/***/ }),

/***/ 7418:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runReviewStage = runReviewStage;
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const merge_js_1 = __webpack_require__(9578);
const triage_override_js_1 = __webpack_require__(8497);
const reports_js_1 = __webpack_require__(8947);
const run_store_js_1 = __webpack_require__(6525);
const layout_js_1 = __webpack_require__(8951);
const attempt_context_js_1 = __webpack_require__(4594);
const lane_call_js_1 = __webpack_require__(4652);
const render_js_1 = __webpack_require__(7757);
const stage_guard_js_1 = __webpack_require__(1239);
async function runReviewStage(context, verified) {
    const { session } = context;
    await session.move(context.item.item_id, 'ST50_AUDIT_PACKET_READY', 'orchestrator', 'preparing audit packet');
    const base = session.item(context.item.item_id).base_ref ?? verified.checkpoint;
    const patch = await context.git.diff(context.paths.worktreePath, base, verified.checkpoint);
    await (0, run_store_js_1.writeText)((0, node_path_1.join)(context.paths.controlDir, `candidate.${verified.cycleTag}.patch`), patch);
    // The review lanes never work in the agent's worktree: they read a read-only copy of the
    // checkpoint (with the packet) that no agent or verification command can write.
    const copy = await context.reviewCopies.create({
        repoRoot: session.layout.repoRoot,
        checkpoint: verified.checkpoint,
        packet: [
            `candidate.${verified.cycleTag}.patch`,
            `verification_report.${verified.cycleTag}.json`,
            `item_context.${verified.cycleTag}.json`
        ].map((name) => ({ name, source: (0, node_path_1.join)(context.paths.controlDir, name) }))
    });
    try {
        return await reviewInCopy(context, verified, copy);
    }
    finally {
        await copy.remove();
    }
}
async function reviewInCopy(context, verified, copy) {
    const { session, item } = context;
    const itemId = item.item_id;
    const cycle = verified.cycleTag;
    const guarded = (stage) => (0, stage_guard_js_1.stageBlocked)(context, { stage, worktree: context.paths.worktreePath, reviewCopy: copy });
    // The worktree keeps its own copy of the packet for a later fix round to read.
    await toWorktreePacket(context, `candidate.${cycle}.patch`);
    await toWorktreePacket(context, `verification_report.${cycle}.json`);
    const packetInputs = [
        { name: 'candidate patch', path: `${layout_js_1.PACKET_DIR}/candidate.${cycle}.patch` },
        { name: 'verification report', path: `${layout_js_1.PACKET_DIR}/verification_report.${cycle}.json` }
    ];
    const beforeCodex = await guarded('audit_codex');
    if (beforeCodex !== undefined)
        return { kind: 'escalate', reason: beforeCodex };
    await session.move(itemId, 'ST60_AUDITING_CODEX', 'codex', 'running codex audit');
    const codexAudit = await audit(context, 'audit_codex', verified, packetInputs, copy);
    const beforeClaude = await guarded('audit_claude');
    if (beforeClaude !== undefined)
        return { kind: 'escalate', reason: beforeClaude };
    await session.move(itemId, 'ST61_AUDITING_CLAUDE', 'claude', 'running claude audit');
    const claudeAudit = await audit(context, 'audit_claude', verified, packetInputs, copy);
    const merged = (0, merge_js_1.mergeFindings)({
        itemId,
        attemptNumber: context.attempt,
        codexAudit,
        claudeAudit,
        mutationReport: verified.report,
        verification: verified.verification
    });
    const mergedFile = `merged_findings_packet.${cycle}.json`;
    const mergedPath = (0, node_path_1.join)(context.paths.controlDir, mergedFile);
    await (0, run_store_js_1.writeJson)(mergedPath, merged);
    await toWorktreePacket(context, mergedFile);
    const beforeTriage = await guarded('triage');
    if (beforeTriage !== undefined)
        return { kind: 'escalate', reason: beforeTriage };
    await session.move(itemId, 'ST70_TRIAGING', 'codex', 'running triage');
    const triageInputs = [
        ...packetInputs,
        { name: 'merged findings', path: await copy.addPacketFile(mergedFile, mergedPath) }
    ];
    const triageOutcome = await callAgent(context, 'triage', verified, triageInputs, 'triage_report', reports_js_1.TriageReportSchema, context.options.triage_timeout_sec, copy);
    if (triageOutcome.kind === 'failed')
        return { kind: 'escalate', reason: `triage failed: ${triageOutcome.reason}` };
    const afterTriage = await guarded('the decision after triage');
    if (afterTriage !== undefined)
        return { kind: 'escalate', reason: afterTriage };
    const triagePath = (0, node_path_1.join)(context.paths.reportDir, `triage_report.${cycle}.json`);
    const { report: triage } = (0, triage_override_js_1.applyTriageOverride)(triageOutcome.report, merged, {
        manualGateRequired: item.manual_gate.required
    });
    await (0, run_store_js_1.writeJson)(triagePath, reports_js_1.TriageReportSchema.parse(triage));
    await session.patchItem(itemId, {
        latest_paths: {
            ...session.item(itemId).latest_paths,
            triage_report_path: (0, attempt_context_js_1.relativeToRepo)(context, triagePath)
        }
    });
    return {
        kind: 'triaged',
        triage,
        merged,
        triagePath: (0, attempt_context_js_1.relativeToRepo)(context, triagePath),
        mergedPath: (0, attempt_context_js_1.relativeToRepo)(context, mergedPath)
    };
}
async function audit(context, lane, verified, inputs, copy) {
    const outcome = await callAgent(context, lane, verified, inputs, 'audit_report', reports_js_1.AuditReportSchema, context.options.audit_timeout_sec, copy);
    if (outcome.kind === 'failed')
        return { status: 'failed', reason: outcome.reason };
    const key = lane === 'audit_codex' ? 'codex_audit_report_path' : 'claude_audit_report_path';
    await context.session.patchItem(context.item.item_id, {
        latest_paths: {
            ...context.session.item(context.item.item_id).latest_paths,
            [key]: (0, attempt_context_js_1.relativeToRepo)(context, outcome.path)
        }
    });
    return { status: 'reported', report: outcome.report };
}
async function callAgent(context, lane, verified, inputs, schemaName, schema, timeoutSec, copy) {
    const cycle = verified.cycleTag;
    const reportName = lane === 'audit_codex'
        ? `codex_audit_report.${cycle}.json`
        : lane === 'audit_claude'
            ? `claude_audit_report.${cycle}.json`
            : `triage_report.${cycle}.json`;
    const reportPath = (0, node_path_1.join)(context.paths.reportDir, reportName);
    const prompt = (0, render_js_1.renderPrompt)({
        lane,
        context: verified.context,
        contextPath: `${layout_js_1.PACKET_DIR}/item_context.${cycle}.json`,
        inputs,
        cycleTag: cycle
    });
    const promptFile = (0, node_path_1.join)(context.paths.promptsDir, `${lane}.${cycle}.md`);
    await (0, run_store_js_1.writeText)(promptFile, prompt);
    const result = await (0, lane_call_js_1.callLane)(context, {
        lane,
        cycleTag: cycle,
        prompt,
        promptFile,
        schemaName,
        schema,
        reportPath,
        timeoutSec,
        cwd: copy.path,
        inputs: [
            `item_context.${cycle}.json`,
            ...inputs.map((input) => input.path.slice(input.path.lastIndexOf('/') + 1))
        ].map((name) => (0, node_path_1.join)(context.paths.controlDir, name))
    });
    return result.kind === 'failed' ? result : { kind: 'ok', report: result.report, path: reportPath };
}
/** Copies a control-dir file into the worktree's packet, where a fix round can read it. */
async function toWorktreePacket(context, fileName) {
    const target = (0, attempt_context_js_1.packetPath)(context, fileName);
    await (0, promises_1.mkdir)((0, node_path_1.dirname)(target.absolute), { recursive: true });
    await (0, promises_1.copyFile)((0, node_path_1.join)(context.paths.controlDir, fileName), target.absolute);
}


/***/ }),

/***/ 1033:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RunSession = void 0;
const run_state_ops_js_1 = __webpack_require__(7109);
const records_js_1 = __webpack_require__(6765);
const summary_js_1 = __webpack_require__(8071);
const run_store_js_1 = __webpack_require__(6525);
const one_line_js_1 = __webpack_require__(5770);
const time_js_1 = __webpack_require__(2334);
const failpoints_js_1 = __webpack_require__(5334);
/**
 * The live run: holds the current run state, and saves it after every change so that
 * run_state.json is always the last thing that happened. All changes go through here.
 */
class RunSession {
    layout;
    clock;
    progress;
    failpoint;
    current;
    startedAt;
    /** The save in progress, if any; settled either way. */
    saving = Promise.resolve();
    frozen = false;
    /** sha256 of the run_state.json text this session wrote last (the integrity check's reference). */
    savedDigest;
    constructor(layout, initial, clock, progress, 
    /** Test-only crash injection: the process dies right after this state is saved. */
    failpoint) {
        this.layout = layout;
        this.clock = clock;
        this.progress = progress;
        this.failpoint = failpoint;
        this.current = initial;
        this.startedAt = clock.now().getTime();
    }
    get state() {
        return this.current;
    }
    item(itemId) {
        return (0, run_state_ops_js_1.itemState)(this.current, itemId);
    }
    nowIso() {
        return (0, time_js_1.isoSeconds)(this.clock.now());
    }
    /**
     * Moves the item to `to`. `alongside` changes the run state in the same save (so a crash
     * can never keep one change without the other).
     */
    async move(itemId, to, actor, message, alongside = (state) => state) {
        const now = this.nowIso();
        await this.replace((0, run_state_ops_js_1.moveTo)(alongside(this.current), itemId, to, { actor, message }, now));
        this.report(itemId, message);
        this.crashAt(to);
    }
    /** Test-only: dies here when `name` is the configured failpoint (see failpoints.ts). */
    crashAt(name) {
        (0, failpoints_js_1.crashAt)(this.failpoint, name);
    }
    /** Whether run_state.json on disk is still exactly what this session saved last. */
    get lastSavedDigest() {
        return this.savedDigest;
    }
    async note(itemId, actor, message) {
        await this.replace((0, run_state_ops_js_1.appendEvent)(this.current, { actor, itemId, message }, this.nowIso()));
        this.report(itemId, message);
    }
    async patchItem(itemId, patch) {
        await this.replace((0, run_state_ops_js_1.updateItem)(this.current, itemId, patch, this.nowIso()));
    }
    /** Records what an agent call used and cost, then reports it with the totals so far. */
    async recordAgentCall(record) {
        await this.replace((0, records_js_1.appendAgentCall)(this.current, record, this.nowIso()));
        this.progress.agentCall?.({
            runId: this.current.run_id,
            itemId: record.item_id,
            attempt: record.attempt_number,
            elapsedMs: this.clock.now().getTime() - this.startedAt,
            call: record,
            item: (0, summary_js_1.totalsOf)((0, summary_js_1.callsOfItem)(this.current, record.item_id)),
            run: (0, summary_js_1.totalsOf)(this.current.agent_calls)
        });
    }
    async replace(next) {
        // The process is about to exit: the caller must neither record what it saw after the
        // interruption (a killed agent is no agent failure) nor go on to its next step.
        if (this.frozen)
            return new Promise(() => undefined);
        this.current = next;
        const saved = (0, run_store_js_1.saveRunState)(this.layout, next);
        this.saving = saved.then(() => undefined, () => undefined);
        this.savedDigest = await saved;
    }
    /**
     * Ends the session for a process that is stopping on a signal: from now on every change
     * stays pending forever; the save in flight, if any, completes; then `message` is
     * recorded as the last event, without moving the run, so `resume` continues from here.
     */
    async freeze(actor, message) {
        if (this.frozen)
            return;
        this.frozen = true;
        await this.saving;
        this.current = (0, run_state_ops_js_1.appendEvent)(this.current, { actor, itemId: this.current.current_item_id, message }, this.nowIso());
        this.savedDigest = await (0, run_store_js_1.saveRunState)(this.layout, this.current);
    }
    report(itemId, message) {
        this.progress.stage({
            runId: this.current.run_id,
            itemId,
            attempt: itemId === null ? null : this.item(itemId).attempt_number,
            state: this.current.current_state,
            message: (0, one_line_js_1.oneLine)(message),
            elapsedMs: this.clock.now().getTime() - this.startedAt
        });
    }
}
exports.RunSession = RunSession;


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
                const planted = await input.git.unreviewedAgentConfig(worktree);
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


/***/ }),

/***/ 7016:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runVerificationGate = runVerificationGate;
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
async function runVerificationGate(input) {
    const commandResults = [];
    for (const [g, group] of input.context.verification_plan.command_groups.entries()) {
        for (const [c, command] of group.commands.entries()) {
            const logPath = (0, node_path_1.join)(input.logDir, `${pad(g + 1)}_${pad(c + 1)}.log`);
            const result = await input.runner.run({
                command,
                cwd: input.worktree,
                logPath,
                timeoutMs: input.timeoutMs,
                maxLogBytes: input.maxLogBytes,
                env: input.env,
                ...(input.stage === undefined ? {} : { stage: input.stage })
            });
            const passed = !result.timedOut && result.exitCode === 0;
            commandResults.push({
                label: `${group.label}#${c + 1}`,
                command,
                exit_code: result.timedOut ? null : result.exitCode,
                status: passed ? 'pass' : 'fail',
                failure_kind: passed ? null : result.timedOut ? 'timeout' : 'exit_nonzero',
                required: group.required,
                log_path: input.relative(logPath),
                timeout_sec: result.timedOut ? Math.round(input.timeoutMs / 1000) : null,
                ...(result.log === undefined
                    ? {}
                    : { log_bytes: result.log.totalBytes, log_truncated: result.log.truncated })
            });
        }
    }
    const artifactChecks = [];
    for (const check of input.context.verification_plan.artifact_checks) {
        const present = await (0, promises_1.access)((0, node_path_1.join)(input.worktree, check.path)).then(() => true, () => false);
        artifactChecks.push({
            path: check.path,
            check_kind: check.check_kind,
            status: present ? 'pass' : 'fail',
            reason: present ? check.reason : `${check.reason} (missing: ${check.path})`
        });
    }
    const scopeFailed = input.scopeViolations.length > 0;
    const failedRequired = commandResults.filter((result) => result.required && result.status === 'fail');
    const failedOptional = commandResults.filter((result) => !result.required && result.status === 'fail');
    const failedArtifacts = artifactChecks.filter((check) => check.status === 'fail');
    const outcome = scopeFailed
        ? {
            overall: 'fail',
            next: 'escalate',
            summary: `committed changes escaped the allowed write roots: ${input.scopeViolations.join(', ')}`
        }
        : failedRequired.length > 0 || failedArtifacts.length > 0
            ? {
                overall: 'fail',
                next: 'fix',
                summary: `verification failed: ${[...failedRequired.map((r) => `${r.command} (${r.failure_kind})`), ...failedArtifacts.map((a) => `missing ${a.path}`)].join('; ')}`
            }
            : failedOptional.length > 0
                ? {
                    overall: 'partial',
                    next: 'audit',
                    summary: `optional checks failed: ${failedOptional.map((r) => r.command).join('; ')}`
                }
                : { overall: 'pass', next: 'audit', summary: 'verification passed' };
    return {
        schema_version: 'plan_orchestrator.verification_report.v1',
        generated_at_utc: input.now,
        stage: 'verify',
        item_id: input.context.item.item_id,
        attempt_number: input.context.stage_context.attempt_number,
        summary: outcome.summary,
        overall_result: outcome.overall,
        command_results: commandResults,
        artifact_checks: artifactChecks,
        scope_check: {
            status: scopeFailed ? 'fail' : 'pass',
            out_of_scope_paths: [...input.scopeViolations],
            note: scopeFailed
                ? 'committed changes include paths outside the allowed write roots'
                : `all ${input.committed.length} committed changes are within the allowed write roots`
        },
        next_recommended_state: outcome.next
    };
}
function pad(n) {
    return String(n).padStart(2, '0');
}


/***/ }),

/***/ 8972:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.supervisionLayout = supervisionLayout;
exports.ensureSupervisionDirs = ensureSupervisionDirs;
exports.readArtifact = readArtifact;
exports.loadedValue = loadedValue;
exports.writeArtifact = writeArtifact;
exports.removeFiles = removeFiles;
exports.sha256Hex = sha256Hex;
exports.fileSha256 = fileSha256;
exports.compactTimestamp = compactTimestamp;
exports.ledgerFiles = ledgerFiles;
exports.nextLedgerSequence = nextLedgerSequence;
exports.ledgerName = ledgerName;
exports.directoryDigest = directoryDigest;
exports.isRegistered = isRegistered;
const node_crypto_1 = __webpack_require__(7598);
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const run_store_js_1 = __webpack_require__(6525);
const supervision_js_1 = __webpack_require__(6079);
function supervisionLayout(run) {
    const root = (0, node_path_1.join)(run.controlDir, 'supervision');
    return {
        root,
        registrationPath: (0, node_path_1.join)(root, 'bridge_registration.json'),
        activeStagePath: (0, node_path_1.join)(root, 'active_stage.json'),
        probeRequestPath: (0, node_path_1.join)(root, 'probe_request.json'),
        probeAckPath: (0, node_path_1.join)(root, 'probe_ack.json'),
        heartbeatsDir: (0, node_path_1.join)(root, 'heartbeats'),
        interventionsDir: (0, node_path_1.join)(root, 'interventions'),
        invocationsDir: (0, node_path_1.join)(root, 'invocations'),
        controlLockPath: (0, node_path_1.join)(root, 'control.lock'),
        controlOwnerPath: (0, node_path_1.join)(root, 'control_owner.json')
    };
}
async function ensureSupervisionDirs(layout) {
    for (const dir of [layout.heartbeatsDir, layout.interventionsDir, layout.invocationsDir])
        await (0, promises_1.mkdir)(dir, { recursive: true });
}
async function readArtifact(schema, path) {
    let bytes;
    try {
        bytes = await (0, promises_1.readFile)(path);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return { kind: 'missing' };
        return { kind: 'invalid', problem: `${path}: ${error.message}` };
    }
    let json;
    try {
        json = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        return { kind: 'invalid', problem: `${path}: not JSON` };
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
        const first = parsed.error.issues[0];
        return {
            kind: 'invalid',
            problem: `${path}: ${first === undefined ? 'invalid' : `${first.path.join('.') || '(root)'}: ${first.message}`}`
        };
    }
    return { kind: 'ok', value: parsed.data, sha256: sha256Hex(bytes) };
}
function loadedValue(loaded) {
    return loaded.kind === 'ok' ? loaded.value : undefined;
}
/** Validates, then writes atomically (pretty JSON, trailing newline). */
async function writeArtifact(schema, path, value) {
    await (0, run_store_js_1.writeJson)(path, schema.parse(value));
}
async function removeFiles(paths) {
    await Promise.all(paths.map((path) => (0, promises_1.rm)(path, { force: true })));
}
function sha256Hex(bytes) {
    return (0, node_crypto_1.createHash)('sha256').update(bytes).digest('hex');
}
async function fileSha256(path) {
    try {
        return sha256Hex(await (0, promises_1.readFile)(path));
    }
    catch {
        return null;
    }
}
/** `2026-04-05T11:00:00Z` → `20260405T110000Z`, for file names. */
function compactTimestamp(iso) {
    return iso.replace(/[-:]/g, '');
}
/** Ledger files (`NNNNNN_…json`, six digits or more) in sequence order. */
async function ledgerFiles(dir) {
    const names = await (0, promises_1.readdir)(dir).catch(() => []);
    return names
        .filter((name) => /^\d{6,}_.*\.json$/.test(name))
        .sort((a, b) => sequenceOf(a) - sequenceOf(b) || (a < b ? -1 : a > b ? 1 : 0))
        .map((name) => (0, node_path_1.join)(dir, name));
}
function sequenceOf(name) {
    return Number(name.slice(0, name.indexOf('_')));
}
/** One past the highest sequence on disk, so ledgers continue across supervisor sessions. */
async function nextLedgerSequence(dir) {
    const last = (await ledgerFiles(dir)).at(-1);
    return last === undefined ? 1 : sequenceOf((0, node_path_1.basename)(last)) + 1;
}
function ledgerName(sequence, ...parts) {
    return `${[String(sequence).padStart(6, '0'), ...parts].join('_')}.json`;
}
/**
 * The digest of an evidence package: every regular file by relative path (compared component
 * by component), each contributing `path NUL sha256 NUL`. A single file digests to its hash.
 * Anything else in the package (a link, a pipe), which the kernel refuses, contributes
 * `path NUL symlink:<target>` or `path NUL other` instead, so removing it makes a new package.
 */
async function directoryDigest(path) {
    const entries = await packageEntries(path, '').catch(() => null);
    if (entries === null) {
        return fileSha256(path);
    }
    entries.sort((a, b) => compareComponents(a.relative, b.relative));
    const hash = (0, node_crypto_1.createHash)('sha256');
    for (const entry of entries) {
        const content = entry.kind === 'file' ? await fileSha256((0, node_path_1.join)(path, entry.relative)) : entry.kind;
        hash
            .update(entry.relative)
            .update('\0')
            .update(content ?? '')
            .update('\0');
    }
    return hash.digest('hex');
}
async function packageEntries(root, prefix) {
    const entries = await (0, promises_1.readdir)((0, node_path_1.join)(root, prefix), { withFileTypes: true });
    const found = [];
    for (const entry of entries) {
        const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
        if (entry.isDirectory())
            found.push(...(await packageEntries(root, relative)));
        else if (entry.isFile())
            found.push({ relative, kind: 'file' });
        else if (entry.isSymbolicLink())
            found.push({
                relative,
                kind: `symlink:${await (0, promises_1.readlink)((0, node_path_1.join)(root, relative)).catch(() => '')}`
            });
        else
            found.push({ relative, kind: 'other' });
    }
    return found;
}
function compareComponents(a, b) {
    const left = a.split('/');
    const right = b.split('/');
    for (let index = 0; index < Math.min(left.length, right.length); index += 1) {
        const l = left[index];
        const r = right[index];
        if (l !== r)
            return l < r ? -1 : 1;
    }
    return left.length - right.length;
}
/** Whether the bridge registration names this kernel invocation (it has started working). */
async function isRegistered(layout, invocationId) {
    const registration = loadedValue(await readArtifact(supervision_js_1.BridgeRegistrationSchema, layout.registrationPath));
    return registration?.kernel_invocation_id === invocationId;
}


/***/ }),

/***/ 2726:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SUPERVISION_ENV = void 0;
exports.bridgeIdentityFromEnv = bridgeIdentityFromEnv;
exports.startBridge = startBridge;
exports.withSupervisionBridge = withSupervisionBridge;
exports.runIdOverride = runIdOverride;
const promises_1 = __webpack_require__(1455);
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const node_os_1 = __webpack_require__(8161);
const live_children_js_1 = __webpack_require__(3026);
const run_store_js_1 = __webpack_require__(6525);
const layout_js_1 = __webpack_require__(8951);
const run_id_js_1 = __webpack_require__(4340);
const run_state_js_1 = __webpack_require__(2221);
const errors_js_1 = __webpack_require__(3916);
const supervision_js_1 = __webpack_require__(6079);
const time_js_1 = __webpack_require__(2334);
const artifacts_js_1 = __webpack_require__(8972);
/**
 * The kernel's side of supervision. When a supervisor launched this kernel, the bridge
 * registers it, answers the supervisor's probes and publishes the child process the kernel
 * is waiting on. It lives on the kernel's event loop, so an answered probe also proves the
 * kernel is not wedged in synchronous work; it never touches the run state.
 */
exports.SUPERVISION_ENV = {
    enabled: 'PLAN_ORCHESTRATOR_SUPERVISION_ENABLED',
    sessionId: 'PLAN_ORCHESTRATOR_SUPERVISOR_SESSION_ID',
    invocationId: 'PLAN_ORCHESTRATOR_KERNEL_INVOCATION_ID',
    runIdOverride: 'PLAN_ORCHESTRATOR_RUN_ID_OVERRIDE'
};
function bridgeIdentityFromEnv(env) {
    const sessionId = env[exports.SUPERVISION_ENV.sessionId]?.trim() ?? '';
    const invocationId = env[exports.SUPERVISION_ENV.invocationId]?.trim() ?? '';
    if (env[exports.SUPERVISION_ENV.enabled] !== '1' || sessionId === '' || invocationId === '')
        return undefined;
    return { sessionId, invocationId };
}
const POLL_MS = 100;
const STAGE_OF_STATE = {
    ST30_EXECUTING: 'execute',
    ST40_VERIFYING: 'verify',
    ST50_AUDIT_PACKET_READY: 'audit',
    ST60_AUDITING_CODEX: 'audit_codex',
    ST61_AUDITING_CLAUDE: 'audit_claude',
    ST70_TRIAGING: 'triage',
    ST80_FIXING: 'fix',
    ST95_REMEDIATING: 'remediation'
};
/** How much of a child's argv the active stage shows; prompts can be long. */
const COMMAND_LIMIT = 2000;
/** Registers and starts answering; a bridge that cannot start leaves the kernel unsupervised. */
async function startBridge(run, identity) {
    const layout = (0, artifacts_js_1.supervisionLayout)(run);
    await (0, artifacts_js_1.ensureSupervisionDirs)(layout);
    await (0, artifacts_js_1.removeFiles)([layout.probeRequestPath, layout.probeAckPath, layout.activeStagePath]);
    await (0, artifacts_js_1.writeArtifact)(supervision_js_1.BridgeRegistrationSchema, layout.registrationPath, {
        schema_version: supervision_js_1.SUPERVISION_SCHEMA_VERSIONS.registration,
        run_id: run.runId,
        supervisor_session_id: identity.sessionId,
        kernel_invocation_id: identity.invocationId,
        bridge_pid: process.pid,
        bridge_host: (0, node_os_1.hostname)(),
        bridge_started_at_utc: (0, time_js_1.isoSeconds)(new Date()),
        run_state_path: (0, layout_js_1.repoRelative)(run.repoRoot, run.runStatePath)
    });
    const ephemeral = [
        layout.activeStagePath,
        layout.probeAckPath,
        layout.probeRequestPath,
        layout.registrationPath
    ];
    // A kernel that exits abruptly (a signal, process.exit) still withdraws its registration,
    // so nobody probes a process that is gone. Only SIGKILL leaves the files behind.
    const onExit = () => {
        for (const path of ephemeral)
            (0, node_fs_1.rmSync)(path, { force: true });
    };
    process.on('exit', onExit);
    const answerer = new ProbeAnswerer(run, layout, identity);
    const publisher = new ActiveStagePublisher(run, layout, identity);
    const unsubscribe = live_children_js_1.liveChildren.subscribe((children) => publisher.publish(children));
    const timer = setInterval(() => answerer.tick(), POLL_MS);
    timer.unref();
    return {
        async stop() {
            clearInterval(timer);
            unsubscribe();
            await answerer.idle();
            await publisher.idle();
            process.removeListener('exit', onExit);
            await (0, artifacts_js_1.removeFiles)(ephemeral);
        }
    };
}
/** Serializes async work: one at a time, in order, failures swallowed (the bridge is best-effort). */
class SerialQueue {
    tail = Promise.resolve();
    busy = false;
    push(work) {
        this.busy = true;
        this.tail = this.tail
            .then(work)
            .catch(() => undefined)
            .finally(() => {
            this.busy = false;
        });
    }
    idle() {
        return this.tail;
    }
}
class ProbeAnswerer {
    run;
    layout;
    identity;
    queue = new SerialQueue();
    answered;
    constructor(run, layout, identity) {
        this.run = run;
        this.layout = layout;
        this.identity = identity;
    }
    tick() {
        if (this.queue.busy)
            return;
        this.queue.push(() => this.answer());
    }
    idle() {
        return this.queue.idle();
    }
    async answer() {
        const loaded = await (0, artifacts_js_1.readArtifact)(supervision_js_1.ProbeRequestSchema, this.layout.probeRequestPath);
        if (loaded.kind !== 'ok')
            return;
        const request = loaded.value;
        if (request.run_id !== this.run.runId ||
            request.supervisor_session_id !== this.identity.sessionId ||
            request.kernel_invocation_id !== this.identity.invocationId)
            return;
        const key = `${request.probe_sequence}:${request.probe_nonce}`;
        if (key === this.answered)
            return;
        const now = new Date();
        if (Date.parse(request.expires_at_utc) + 999 < now.getTime()) {
            this.answered = key;
            return;
        }
        const snapshot = await kernelSnapshot(this.run, this.layout);
        if (snapshot === undefined)
            return;
        const ack = {
            schema_version: supervision_js_1.SUPERVISION_SCHEMA_VERSIONS.probeAck,
            run_id: request.run_id,
            supervisor_session_id: request.supervisor_session_id,
            kernel_invocation_id: request.kernel_invocation_id,
            probe_sequence: request.probe_sequence,
            probe_nonce: request.probe_nonce,
            acked_at_utc: (0, time_js_1.isoSeconds)(now),
            kernel_snapshot: snapshot
        };
        await (0, artifacts_js_1.writeArtifact)(supervision_js_1.ProbeAckSchema, this.layout.probeAckPath, ack);
        this.answered = key;
    }
}
async function kernelSnapshot(run, layout) {
    let bytes;
    try {
        bytes = await (0, promises_1.readFile)(run.runStatePath);
    }
    catch {
        return undefined;
    }
    let state;
    try {
        state = (0, run_store_js_1.parseRunState)(run.runStatePath, bytes.toString('utf8'));
    }
    catch {
        return undefined;
    }
    const stage = await (0, artifacts_js_1.readArtifact)(supervision_js_1.ActiveStageSchema, layout.activeStagePath);
    return {
        run_state_path: (0, layout_js_1.repoRelative)(run.repoRoot, run.runStatePath),
        run_state_sha256: (0, artifacts_js_1.sha256Hex)(bytes),
        current_state: state.current_state,
        current_item_id: state.current_item_id,
        active_stage_present: stage.kind === 'ok',
        active_stage_path: stage.kind === 'ok' ? (0, layout_js_1.repoRelative)(run.repoRoot, layout.activeStagePath) : null,
        active_stage_sha256: stage.kind === 'ok' ? stage.sha256 : null,
        run_state_updated_at_utc: state.updated_at_utc
    };
}
/** Keeps active_stage.json equal to the newest running child, or absent when none runs. */
class ActiveStagePublisher {
    run;
    layout;
    identity;
    queue = new SerialQueue();
    constructor(run, layout, identity) {
        this.run = run;
        this.layout = layout;
        this.identity = identity;
    }
    publish(children) {
        const newest = children.at(-1);
        const count = children.length;
        this.queue.push(async () => {
            if (newest === undefined) {
                await (0, artifacts_js_1.removeFiles)([this.layout.activeStagePath]);
                return;
            }
            const state = await readRunState(this.run);
            const itemId = state?.current_item_id;
            if (state === undefined || itemId === null || itemId === undefined)
                return;
            const item = state.items.find((entry) => entry.item_id === itemId);
            await (0, artifacts_js_1.writeArtifact)(supervision_js_1.ActiveStageSchema, this.layout.activeStagePath, {
                schema_version: supervision_js_1.SUPERVISION_SCHEMA_VERSIONS.activeStage,
                run_id: this.run.runId,
                supervisor_session_id: this.identity.sessionId,
                kernel_invocation_id: this.identity.invocationId,
                stage_name: STAGE_OF_STATE[state.current_state] ?? 'unknown',
                item_id: itemId,
                attempt_number: Math.max(1, item?.attempt_number ?? 1),
                child_tool: toolName(newest),
                child_pid: newest.pid,
                child_command: [newest.command, ...newest.args].join(' ').slice(0, COMMAND_LIMIT),
                running_children: count,
                started_at_utc: (0, time_js_1.isoSeconds)(new Date(newest.startedAtMs)),
                updated_at_utc: (0, time_js_1.isoSeconds)(new Date())
            });
        });
    }
    idle() {
        return this.queue.idle();
    }
}
function toolName(child) {
    const name = (0, node_path_1.basename)(child.command);
    // The scripted agent runs as `node <script>`; name it by its script.
    if ((name === 'node' || child.command === process.execPath) && child.args[0] !== undefined)
        return (0, node_path_1.basename)(child.args[0]);
    return name;
}
async function readRunState(run) {
    try {
        return (0, run_store_js_1.parseRunState)(run.runStatePath, await (0, promises_1.readFile)(run.runStatePath, 'utf8'));
    }
    catch {
        return undefined;
    }
}
/** Runs the kernel's work with a bridge when a supervisor launched this process. */
async function withSupervisionBridge(run, env, work) {
    const identity = bridgeIdentityFromEnv(env);
    // A bridge that cannot start costs the supervisor its proof, not the kernel its run.
    const bridge = identity === undefined ? undefined : await startBridge(run, identity).catch(() => undefined);
    try {
        return await work();
    }
    finally {
        await bridge?.stop();
    }
}
/** The run id a supervisor allocated for the new run it launched, if any. */
function runIdOverride(env) {
    const value = env[exports.SUPERVISION_ENV.runIdOverride]?.trim();
    if (value === undefined || value === '' || bridgeIdentityFromEnv(env) === undefined)
        return undefined;
    const problem = (0, run_id_js_1.runIdProblem)(value, exports.SUPERVISION_ENV.runIdOverride, '=');
    if (problem !== undefined)
        throw new errors_js_1.UserInputError(problem);
    return value;
}


/***/ })

};

//# sourceMappingURL=802.index.js.map