export const id = 802;
export const ids = [802];
export const modules = {

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
const store_reader_js_1 = __webpack_require__(369);
function createIntegrityPort() {
    return {
        snapshot: (scope, previous) => (0, outside_reader_js_1.readOutside)(scope, previous),
        check: checkOutside
    };
}
async function checkOutside(before, scope, stage) {
    const restored = new Set();
    const unrestored = new Map();
    const git = (0, outside_reader_js_1.readGitFiles)(scope, before);
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
    const refs = await (0, outside_reader_js_1.readRefs)(scope.repoRoot, git.commonDir);
    const checkout = await (0, outside_reader_js_1.readCheckoutStamped)(scope.repoRoot, {
        checkout: before.state.checkout,
        ...(before.checkoutStamp === undefined ? {} : { stamp: before.checkoutStamp })
    });
    const after = {
        refs,
        gitFiles: git.files,
        checkout: checkout.checkout,
        store: (0, store_reader_js_1.readStore)(scope.repoRoot),
        liveRuns: (0, store_reader_js_1.readLiveRuns)(scope.repoRoot, scope.runId),
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
    const fileStats = { signatures: git.signatures, readAtMs: git.readAtMs };
    return {
        after: {
            state: after,
            contents: git.contents,
            fileStats,
            ...(checkout.stamp === undefined ? {} : { checkoutStamp: checkout.stamp })
        },
        changes,
        restored,
        unrestored
    };
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

/***/ 2803:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runFiles = void 0;
const evidence_package_js_1 = __webpack_require__(838);
const run_store_js_1 = __webpack_require__(6525);
const run_store_access_js_1 = __webpack_require__(3632);
const worktree_packet_js_1 = __webpack_require__(984);
/**
 * The kernel's port to the run store's files (RunFiles). Kept apart from run-store.ts, which
 * `status` loads on its own and which must not bring the evidence copier with it.
 */
exports.runFiles = {
    writeJson: run_store_js_1.writeJson,
    writeText: run_store_js_1.writeText,
    saveRunState: run_store_js_1.saveRunState,
    copyEvidence: evidence_package_js_1.copyEvidence,
    secureRunStore: run_store_access_js_1.secureRunStore,
    copyIntoWorktree: worktree_packet_js_1.copyIntoWorktree
};


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

/***/ 984:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.copyIntoWorktree = copyIntoWorktree;
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const atomic_file_js_1 = __webpack_require__(7014);
/**
 * Puts a copy of one of the orchestrator's files into an attempt's worktree (its packet
 * directory, where the next agent of the attempt reads it). The worktree is the agent's to
 * write during its stages, so whatever it left on the way is suspect: a link or a file where
 * one of the directories belongs is removed and the directory made, and the file replaces
 * whatever stands at its name (atomic-file.ts). Nothing is ever written through a link an
 * agent planted, into a file of the orchestrator's user outside the worktree
 * (docs/security.md).
 */
async function copyIntoWorktree(source, worktree, inWorktree) {
    const parts = inWorktree.split('/');
    let directory = worktree;
    for (const part of parts.slice(0, -1)) {
        directory = (0, node_path_1.join)(directory, part);
        const found = await (0, promises_1.lstat)(directory).catch(() => undefined);
        if (found?.isDirectory() === true)
            continue;
        if (found !== undefined)
            await (0, promises_1.rm)(directory, { force: true });
        await (0, promises_1.mkdir)(directory);
    }
    await (0, atomic_file_js_1.writeFileAtomically)((0, node_path_1.join)(worktree, inWorktree), await (0, promises_1.readFile)(source));
}


/***/ }),

/***/ 3802:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.systemClock = void 0;
exports.startRun = startRun;
exports.checkNewRunInput = checkNewRunInput;
exports.recordGateDecision = recordGateDecision;
const index_js_1 = __webpack_require__(5062);
const child_env_js_1 = __webpack_require__(804);
const git_port_js_1 = __webpack_require__(4606);
const interruption_js_1 = __webpack_require__(9289);
const live_children_js_1 = __webpack_require__(3026);
const run_lock_js_1 = __webpack_require__(2685);
const run_store_js_1 = __webpack_require__(6525);
const run_files_js_1 = __webpack_require__(2803);
const playbook_file_js_1 = __webpack_require__(4668);
const run_agents_js_1 = __webpack_require__(3823);
const manual_gate_js_1 = __webpack_require__(6123);
const evidence_intake_js_1 = __webpack_require__(7769);
const runtime_policy_js_1 = __webpack_require__(1181);
const errors_js_1 = __webpack_require__(3916);
const bridge_js_1 = __webpack_require__(2726);
const create_run_js_1 = __webpack_require__(6025);
const queue_js_1 = __webpack_require__(8858);
const run_session_js_1 = __webpack_require__(1033);
const integrity_guard_js_1 = __webpack_require__(6722);
const index_js_2 = __webpack_require__(8412);
const failpoints_js_1 = __webpack_require__(5334);
const agents_js_1 = __webpack_require__(998);
const evidence_js_1 = __webpack_require__(2325);
exports.systemClock = { now: () => new Date() };
async function startRun(input) {
    const clock = input.clock ?? exports.systemClock;
    // Checked before the run exists, like every other input.
    const codexConfig = (0, agents_js_1.codexConfigOverrides)(input.env);
    const git = (0, git_port_js_1.createGitPort)();
    let isolation;
    const { createInput, loaded } = await newRunInput(input, git, clock, (prepared) => {
        isolation = prepared;
    });
    const created = await (0, create_run_js_1.createRun)(createInput);
    (0, agents_js_1.warnWithoutIsolation)(input.env, isolation, input.warn);
    const agents = (0, agents_js_1.buildAgents)(loaded, input.env, created.state.options, isolation, codexConfig);
    const evidenceDir = await (0, evidence_js_1.evidenceDirectory)(input.cwd, input.evidenceDir, {
        options: created.state.options
    });
    const sandbox = await (0, agents_js_1.agentCallSandbox)(input.env, git, isolation);
    return (0, run_lock_js_1.withRunLock)(created.layout, 'run', (lock) => (0, bridge_js_1.withSupervisionBridge)(created.layout, input.env, { files: run_files_js_1.runFiles, liveChildren: live_children_js_1.liveChildren }, () => (0, interruption_js_1.withInterruptionGuard)(lock, async (interruption) => {
        await isolation?.recover(created.layout.worktreesDir);
        const session = interruption.track(new run_session_js_1.RunSession(created.layout, created.state, clock, input.progress, run_files_js_1.runFiles, input.env[failpoints_js_1.FAILPOINT_VARIABLE]));
        const base = {
            session,
            plan: created.plan,
            agents,
            git,
            clock,
            options: created.state.options,
            childEnv: (0, child_env_js_1.buildChildEnv)(input.env),
            integrity: new integrity_guard_js_1.IntegrityGuard((0, index_js_2.createIntegrityPort)()),
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
    const agentProblems = await (0, evidence_js_1.refusalOfAsync)(async () => {
        loaded = await (0, agents_js_1.loadAgents)((0, agents_js_1.planOf)(input.agents), input.cwd, repoRoot);
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
        files: run_files_js_1.runFiles,
        readPlaybook: playbook_file_js_1.readPlaybookSource,
        runIdOverride: (0, bridge_js_1.runIdOverride)(input.env),
        // Everything that needs the resolved policy is checked with the rest, before any write.
        checkOptions: async (options) => [
            ...(input.agents.kind === 'codex-claude' ? (0, agents_js_1.agentOptionProblems)(options) : []),
            ...(loaded === undefined
                ? agentProblems
                : (0, evidence_js_1.refusalOf)(() => (0, agents_js_1.buildAgents)(loaded, input.env, options, undefined))),
            ...(await (0, evidence_js_1.refusalOfAsync)(() => (0, evidence_js_1.evidenceDirectory)(input.cwd, input.evidenceDir, { options })))
        ],
        async checkAgentUser(options, repoRoot) {
            const setup = await (0, index_js_1.prepareAgentUser)(options.agent_user, {
                repoRoot,
                executables: (0, agents_js_1.agentExecutables)(input.agents.kind),
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
                    record: (0, agents_js_1.agentsRecord)(loaded),
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
    await (0, create_run_js_1.checkNewRun)((await newRunInput(input, git, input.clock ?? exports.systemClock)).createInput);
}
async function recordGateDecision(input) {
    const git = (0, git_port_js_1.createGitPort)();
    const repoRoot = await git.repoRoot(input.cwd).catch(() => {
        throw new errors_js_1.UserInputError(`${input.cwd} is not inside a git repository`);
    });
    const layout = await (0, run_store_js_1.findRun)(repoRoot, input.runId);
    return (0, run_lock_js_1.withRunLock)(layout, 'mark-manual-gate', () => (0, manual_gate_js_1.recordManualGateDecision)({
        layout,
        itemId: input.itemId,
        decision: input.decision,
        by: input.by,
        note: input.note,
        evidencePaths: input.evidencePaths,
        ...(input.checkpoint === undefined ? {} : { checkpoint: input.checkpoint }),
        git,
        clock: input.clock ?? exports.systemClock,
        files: run_files_js_1.runFiles,
        loadRunState: run_store_js_1.loadRunState,
        ...(input.env?.[failpoints_js_1.FAILPOINT_VARIABLE] === undefined
            ? {}
            : { failpoint: input.env[failpoints_js_1.FAILPOINT_VARIABLE] })
    }));
}


/***/ }),

/***/ 2325:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.evidenceDirectory = evidenceDirectory;
exports.refusalOf = refusalOf;
exports.refusalOfAsync = refusalOfAsync;
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const evidence_package_js_1 = __webpack_require__(838);
const evidence_intake_js_1 = __webpack_require__(7769);
const runtime_policy_js_1 = __webpack_require__(1181);
const errors_js_1 = __webpack_require__(3916);
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
/** `fix.round-2` \u2192 2. */
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

/***/ 931:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RefusedEventError = void 0;
exports.step = step;
exports.isRewind = isRewind;
exports.itemSnapshot = itemSnapshot;
const lifecycle_js_1 = __webpack_require__(5413);
const run_state_ops_js_1 = __webpack_require__(7109);
/** The work an edge does before the state it leads to is saved (the state depends on it). */
function viaEffects(edge, to, item) {
    const terminal = lifecycle_js_1.LIFECYCLE[to].terminal;
    if (edge === 'fix' || edge === 'remediate')
        return [
            { kind: 'count_round', lane: edge === 'fix' ? 'fix' : 'remediation', round: item.round }
        ];
    if (terminal === 'passed')
        return [{ kind: 'fast_forward' }, { kind: 'record_terminal', terminal }];
    if (terminal === 'awaiting_human_gate')
        return [{ kind: 'request_gate' }];
    if (terminal !== undefined && edge !== 'gate_rejected')
        return [{ kind: 'record_terminal', terminal }];
    return [];
}
function edgeOf(event) {
    if (event.kind !== 'decided')
        return event.kind;
    switch (event.decision.kind) {
        case 'pass':
            return 'pass';
        case 'awaiting_human_gate':
            return 'gate';
        case 'blocked_external':
            return 'blocked';
        case 'escalate':
            return 'escalate';
        case 'fix':
            return 'fix';
        case 'remediate':
            return 'remediate';
    }
}
/** The pure heart of the kernel: where an event leads from the item's state, and the work. */
function step(item, event) {
    const edge = edgeOf(event);
    const row = lifecycle_js_1.LIFECYCLE[item.state];
    const to = row.on[edge];
    if (to === undefined)
        return { kind: 'refused', from: item.state, event: event.kind };
    const round = event.kind === 'decided' &&
        (event.decision.kind === 'fix' || event.decision.kind === 'remediate')
        ? event.decision.round
        : item.round;
    const lane = edge === 'fix'
        ? 'fix'
        : edge === 'remediate'
            ? 'remediation'
            : edge === 'restart'
                ? 'execute'
                : item.lane;
    const moved = { ...item, state: to, round, lane };
    const target = lifecycle_js_1.LIFECYCLE[to];
    return {
        kind: 'move',
        edge,
        from: item.state,
        to,
        item: moved,
        actor: event.kind === 'gate_approved' || event.kind === 'gate_rejected'
            ? 'human'
            : isRewind(edge)
                ? 'orchestrator'
                : target.actor,
        message: target.enter(moved, event, item.state),
        via: isRewind(edge) ? [] : viaEffects(edge, to, moved),
        entry: edge === 'redo_review' ? [] : target.entry(moved),
        ...(target.terminal === undefined ? {} : { terminal: target.terminal })
    };
}
/** Resume's moves back to an earlier point of an item (the orchestrator makes them). */
function isRewind(edge) {
    return edge === 'restart' || edge === 'redo_review';
}
/** An event the lifecycle table has no edge for in the item's state. */
class RefusedEventError extends Error {
    from;
    event;
    name = 'RefusedEventError';
    constructor(from, event) {
        super(`illegal state transition: no ${event} edge from ${from}`);
        this.from = from;
        this.event = event;
    }
}
exports.RefusedEventError = RefusedEventError;
/**
 * What `step` needs to know about an item of a run: the run's current state (the one every
 * move starts from), the item's attempt and rounds, and from its plan entry the evidence it
 * needs and its gate.
 */
function itemSnapshot(run, itemId, planItem) {
    const item = (0, run_state_ops_js_1.itemState)(run, itemId);
    // Remediation rounds only follow fix rounds, so a started remediation is the current cycle.
    const lane = item.remediation_rounds_completed > 0
        ? 'remediation'
        : item.fix_rounds_completed > 0
            ? 'fix'
            : 'execute';
    return {
        state: run.current_state,
        itemId,
        attempt: item.attempt_number,
        lane,
        round: lane === 'remediation'
            ? item.remediation_rounds_completed
            : lane === 'fix'
                ? item.fix_rounds_completed
                : 0,
        needsEvidence: planItem?.external_check.required ?? false,
        evidenceSupplied: item.external_check_status === 'resolved',
        gateType: planItem?.manual_gate.gate_type ?? ''
    };
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
// The lanes (src/core/run/lifecycle.ts), in the contract's order.
exports.STAGES = [
    'execute',
    'audit_codex',
    'audit_claude',
    'triage',
    'fix',
    'remediation'
];
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
    await session.files.writeJson((0, node_path_1.join)(session.layout.controlDir, usage_js_1.USAGE_FILE), (0, summary_js_1.runUsageSummary)(session.state));
}


/***/ }),

/***/ 1820:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.blockForEvidence = blockForEvidence;
exports.prepareWorktree = prepareWorktree;
exports.receiveEvidence = receiveEvidence;
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const run_branch_js_1 = __webpack_require__(6033);
const attempt_context_js_1 = __webpack_require__(4594);
const attempt_workspace_js_1 = __webpack_require__(2780);
const evidence_intake_js_1 = __webpack_require__(7769);
const failpoints_js_1 = __webpack_require__(5334);
/** The effects of an attempt's set-up: its worktree, and the evidence it was given or waits for. */
/** `block_for_evidence`: the item needs evidence and none was given; it waits for it. */
function blockForEvidence() {
    return {
        event: {
            kind: 'needs_evidence',
            reason: 'the item needs human-supplied external evidence before it can start'
        }
    };
}
/** `prepare_worktree`: the attempt's branch and worktree, from the run branch's head. */
async function prepareWorktree(context, workspace) {
    const { session, item } = context;
    const itemId = item.item_id;
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
    if (branchCheck.kind === 'at_head') {
        // Git has just checked out the worktree: it holds its HEAD and nothing else, which is
        // what a status of it would find (docs/decisions.md#agent-configuration-between-review-lanes).
        workspace.worktreeReadClean = true;
        return undefined;
    }
    const reason = branchCheck.kind === 'moved'
        ? branchCheck.message
        : 'a fast-forward of the run branch is pending';
    return { event: { kind: 'failed', reason } };
}
/** `receive_evidence`: the run's received copy, copied by the same rules (files and directories only). */
async function receiveEvidence(context, workspace) {
    const evidenceDir = (0, attempt_workspace_js_1.need)(workspace.evidenceDir, 'evidence directory');
    const attemptCopy = (0, node_path_1.join)(context.paths.controlDir, 'external_evidence');
    await (0, promises_1.rm)(attemptCopy, { recursive: true, force: true });
    await context.session.files.copyEvidence(evidenceDir, attemptCopy, (0, evidence_intake_js_1.evidenceRules)(evidenceDir, context.options));
    await context.session.patchItem(context.item.item_id, { external_check_status: 'resolved' });
    return undefined;
}


/***/ }),

/***/ 8171:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.recordAgentCall = recordAgentCall;
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
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
    await context.session.files.writeJson((0, node_path_1.join)(dir, `${facts.lane}.${facts.cycleTag}.json`), record);
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
    const source = await input.readPlaybook(playbookAbsolute, now);
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
    await input.files.secureRunStore(repoRoot);
    await (0, promises_1.mkdir)(layout.controlDir, { recursive: true });
    await input.files.writeText(layout.playbookSnapshotPath, snapshotText(plan, checked.playbookText));
    await input.files.writeJson(layout.normalizedPlanPath, plan);
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
    await input.files.writeText(layout.runtimePolicyPath, policyText);
    const scenario = input.agents?.record.scenario ?? null;
    if (scenario !== null && input.agents?.scenarioText !== undefined)
        await input.files.writeText((0, layout_js_1.scenarioCopyPath)(layout, scenario.sha256), input.agents.scenarioText);
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
    await input.files.writeJson(layout.runStatePath, state);
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

/***/ 7372:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.performEffect = performEffect;
exports.attemptMachine = attemptMachine;
exports.moveAttempt = moveAttempt;
exports.driveAttempt = driveAttempt;
const lifecycle_js_1 = __webpack_require__(5413);
const attempt_setup_js_1 = __webpack_require__(1820);
const attempt_workspace_js_1 = __webpack_require__(2780);
const integrity_guard_js_1 = __webpack_require__(6722);
const lifecycle_interpreter_js_1 = __webpack_require__(9106);
const mutation_stage_js_1 = __webpack_require__(2341);
const review_stage_js_1 = __webpack_require__(7418);
const stage_guard_js_1 = __webpack_require__(1239);
const terminals_js_1 = __webpack_require__(6916);
/**
 * One attempt as the lifecycle interpreter drives it: the machine that steps the item through
 * the run session, and a handler per effect kind, each one stage module's piece of work,
 * sharing the attempt's workspace.
 */
/**
 * Effects that leave a reading of the worktree standing: preparing a lane's context (its copy
 * of the item context in the worktree's packet directory) and freezing the review packet.
 */
const KEEP_WORKTREE_READING = new Set([
    'prepare_context',
    'freeze_packet'
]);
/** Performs one effect of the attempt, with the stage guard's check the effect names. */
async function performEffect(context, workspace, effect, cause) {
    const check = 'guard' in effect ? effect.guard : undefined;
    if (check?.when === 'before') {
        const blocked = await guard(context, workspace, check);
        if (blocked !== undefined)
            return blocked;
    }
    // A reading of the worktree stands only until something may have written it since: of the
    // effects, only the ones that write nothing there but the orchestrator's own packet files
    // (none of them agent configuration) may come between a reading and the check that takes it.
    if (!KEEP_WORKTREE_READING.has(effect.kind))
        delete workspace.worktreeReadClean;
    const outcome = await handle(context, workspace, effect, cause);
    if (outcome !== undefined || check?.when !== 'after')
        return outcome;
    return guard(context, workspace, check);
}
async function guard(context, workspace, check) {
    const readClean = workspace.worktreeReadClean;
    delete workspace.worktreeReadClean;
    // Between review lanes only the copy they work in: the worktree is checked before the
    // review, before the next stage in it and before the pass
    // (docs/decisions.md#agent-configuration-between-review-lanes).
    const worktree = check.reviewCopyOnly === true && workspace.copy !== undefined
        ? {}
        : {
            worktree: context.paths.worktreePath,
            ...(readClean === true ? { worktreeReadClean: readClean } : {})
        };
    const blocked = await (0, stage_guard_js_1.stageBlocked)(context, {
        stage: check.stage,
        ...worktree,
        ...(workspace.copy === undefined ? {} : { reviewCopy: workspace.copy })
    });
    return blocked === undefined ? undefined : { event: { kind: 'failed', reason: blocked } };
}
function handle(context, workspace, effect, cause) {
    switch (effect.kind) {
        case 'block_for_evidence':
            return (0, attempt_setup_js_1.blockForEvidence)();
        case 'prepare_worktree':
            return (0, attempt_setup_js_1.prepareWorktree)(context, workspace);
        case 'receive_evidence':
            return (0, attempt_setup_js_1.receiveEvidence)(context, workspace);
        case 'prepare_context':
            return (0, mutation_stage_js_1.prepareContext)(context, workspace, effect.lane, effect.round);
        case 'call_agent':
            switch (effect.lane) {
                case 'audit_codex':
                case 'audit_claude':
                    return (0, review_stage_js_1.callAuditor)(context, workspace, effect.lane);
                case 'triage':
                    return (0, review_stage_js_1.callTriage)(context, workspace);
                default:
                    return (0, mutation_stage_js_1.callMutationAgent)(context, workspace, effect);
            }
        case 'checkpoint':
            return (0, mutation_stage_js_1.checkpointCycle)(context, workspace, effect.lane);
        case 'verify':
            return (0, mutation_stage_js_1.verifyCycle)(context, workspace);
        case 'freeze_packet':
            return (0, review_stage_js_1.freezePacket)(context, workspace);
        case 'merge_findings':
            return (0, review_stage_js_1.mergeCycleFindings)(context, workspace);
        case 'decide':
            return (0, review_stage_js_1.recordTriageDecision)(context, workspace);
        case 'count_round':
            return countRound(context, effect.lane, effect.round);
        case 'fast_forward':
            return (0, terminals_js_1.fastForwardPass)(context, workspace);
        case 'request_gate':
            return (0, terminals_js_1.requestGate)(context, workspace);
        case 'record_terminal':
            return (0, terminals_js_1.recordTerminal)(context, workspace, effect.terminal, cause);
    }
}
/** `count_round`: the round a fix or remediation decision starts, saved before it starts. */
async function countRound(context, lane, round) {
    await context.session.patchItem(context.item.item_id, lane === 'fix' ? { fix_rounds_completed: round } : { remediation_rounds_completed: round });
    return undefined;
}
/** The attempt's item, stepped through the run session; the review copy goes when the review ends. */
function attemptMachine(context, workspace) {
    const { session, item } = context;
    const evidenceSupplied = workspace.evidenceDir !== undefined;
    return {
        peek: (event) => session.stepOf(item.item_id, event, item, evidenceSupplied),
        save: (event, alongside) => session.advance(item.item_id, event, {
            planItem: item,
            evidenceSupplied,
            ...(alongside === undefined ? {} : { alongside })
        }),
        perform: (effect, cause) => performEffect(context, workspace, effect, cause),
        leaving: async (move) => {
            if ((0, lifecycle_js_1.isReviewing)(move.from) && !(0, lifecycle_js_1.isReviewing)(move.to))
                await (0, attempt_workspace_js_1.releaseReviewCopy)(workspace);
        }
    };
}
/** Makes one move of the attempt (its via effects and the save); returns it. */
function moveAttempt(context, workspace, event) {
    return (0, lifecycle_interpreter_js_1.moveBy)(attemptMachine(context, workspace), event);
}
/**
 * Drives the attempt from `start` to a terminal. A change outside the attempt during any
 * stage (an integrity breach) ends the attempt as an escalation naming what changed; any
 * other error surfaces, once the review copy is gone.
 */
async function driveAttempt(context, workspace, start) {
    try {
        return await (0, lifecycle_interpreter_js_1.interpret)(attemptMachine(context, workspace), start);
    }
    catch (error) {
        await (0, attempt_workspace_js_1.releaseReviewCopy)(workspace);
        if (!(error instanceof integrity_guard_js_1.IntegrityBreach))
            throw error;
        return (0, lifecycle_interpreter_js_1.interpret)(attemptMachine(context, workspace), {
            event: { kind: 'failed', reason: error.message }
        });
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
const time_js_1 = __webpack_require__(2334);
/**
 * Receiving external evidence for an item (`run` and `resume --external-evidence-dir`): the
 * package is copied into the run, so it cannot change under the attempt, as regular files and
 * directories only (see RunFiles.copyEvidence in ports.ts), every file hashed into a manifest
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
    const copied = await base.session.files.copyEvidence(dir, copy, evidenceRules(dir, base.options));
    await base.session.files.writeJson(`${copy}.manifest.json`, {
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
const atomic_temp_js_1 = __webpack_require__(6491);
const layout_js_1 = __webpack_require__(8951);
const integrity_incident_js_1 = __webpack_require__(6214);
const time_js_1 = __webpack_require__(2334);
/**
 * Nothing outside the attempt changes unnoticed. Around every agent call and every
 * verification run, the guard reads the operator's checkout (files, git configuration,
 * hooks, refs) and the run store before and after; any difference the stage may not make
 * escalates the item, is put back where it is the orchestrator's (the run's refs, planted git
 * configuration, run_state.json), and is kept as an incident record that `doctor` reports
 * until it is resolved. One `git status` and one walk of the run store per stage: the reading
 * after a stage is, for the checkout and the settled parts of the store, the reading before
 * the next.
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
        const before = await this.port.snapshot(read, previousReading(this.last, context));
        this.last = undefined;
        // Kept until the check below: a process killed meanwhile is checked by the next resume.
        await context.session.files.writeJson(stageRecordPath(context), stageRecord(context, stage, scope, before));
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
            this.last = lastReading(checked.after, context);
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
        await removeWriteDebris(context.session.layout, record.scope.ownWrites, record.state.store);
        const checked = await this.port.check(before, readScope(context), record.scope);
        await (0, promises_1.rm)(stageRecordPath(context), { force: true });
        if (checked.changes.length === 0) {
            this.last = lastReading(checked.after, context);
            return undefined;
        }
        const incident = await recordIncident(context, `${record.stage}, which was interrupted before its check`, checked.changes, checked.restored, checked.unrestored);
        return incident.summary;
    }
}
exports.IntegrityGuard = IntegrityGuard;
/**
 * A kernel killed in the middle of one of its own whole-file writes during the stage (the
 * stage's process record, the run state) leaves that write's temporary file behind. It is
 * the orchestrator's, not a change the stage made: removed before the comparison, as a kill
 * at any moment must leave a run that resumes. Only next to the files the orchestrator
 * writes, and only one that appeared during the stage (`before`: the run store before it):
 * a temporary-looking file anywhere else, or one already there, is compared as any other.
 */
async function removeWriteDebris(layout, ownWrites, before) {
    // The record is read back from the run store: only files in it, by plain relative paths.
    const inStore = (path) => [layout_js_1.CONTROL_ROOT, layout_js_1.REPORT_ROOT].some((root) => path.startsWith(`${root}/`)) &&
        !path.endsWith('/') &&
        !path.split('/').includes('..');
    // Directory \u2192 the names written there; most share the run's control directory.
    const written = new Map();
    for (const file of [
        ...ownWrites.filter(inStore).map((path) => (0, node_path_1.join)(layout.repoRoot, path)),
        layout.runStatePath
    ])
        written.set((0, node_path_1.dirname)(file), (written.get((0, node_path_1.dirname)(file)) ?? new Set()).add((0, node_path_1.basename)(file)));
    for (const [dir, names] of written) {
        for (const name of await (0, promises_1.readdir)(dir).catch(() => [])) {
            const path = (0, node_path_1.join)(dir, name);
            const target = (0, atomic_temp_js_1.atomicWriteTarget)(name);
            const wasThere = Object.hasOwn(before, (0, layout_js_1.repoRelative)(layout.repoRoot, path));
            if (target !== undefined && names.has(target) && !wasThere)
                await (0, promises_1.rm)(path, { force: true });
        }
    }
}
function lastReading(snapshot, context) {
    const items = new Map();
    for (const item of context.session.state.items)
        items.set(item.item_id, item);
    return { snapshot, itemId: context.item.item_id, items };
}
/**
 * The last reading, and the items whose run store directories the kernel may have written
 * since: the one it was taken for, the one now, and any whose state the kernel changed
 * (every write of an item's files comes with a move of its state).
 */
function previousReading(last, context) {
    if (last === undefined)
        return undefined;
    const touchedItems = new Set([last.itemId, context.item.item_id]);
    for (const item of context.session.state.items)
        if (last.items.get(item.item_id) !== item)
            touchedItems.add(item.item_id);
    return { snapshot: last.snapshot, touchedItems };
}
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
    await context.session.files.writeJson((0, node_path_1.join)(session.layout.controlDir, integrity_incident_js_1.INTEGRITY_INCIDENT_DIR, file), incident);
    return incident;
}


/***/ }),

/***/ 8302:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runItemAttempt = runItemAttempt;
exports.escalateInternalFailure = escalateInternalFailure;
const promises_1 = __webpack_require__(1455);
const layout_js_1 = __webpack_require__(8951);
const run_state_ops_js_1 = __webpack_require__(7109);
const effect_handlers_js_1 = __webpack_require__(7372);
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
    const workspace = { evidenceDir };
    const begin = { kind: 'begin' };
    const selected = await (0, effect_handlers_js_1.moveAttempt)(context, workspace, begin);
    await (0, promises_1.mkdir)(context.paths.controlDir, { recursive: true });
    await (0, promises_1.mkdir)(context.paths.reportDir, { recursive: true });
    try {
        return await (0, effect_handlers_js_1.driveAttempt)(context, workspace, { entry: selected.entry, cause: begin });
    }
    catch (error) {
        await escalateInternalFailure(context, error);
        throw error;
    }
}
/** An error no stage handled ends the attempt as an escalation with its message. */
async function escalateInternalFailure(context, error) {
    const message = error instanceof Error ? error.message : String(error);
    if (context.session.item(context.item.item_id).terminal_state === 'none')
        await (0, terminals_js_1.finishEscalated)(context, `internal failure: ${message}`, []);
}


/***/ }),

/***/ 4652:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.callLane = callLane;
const node_path_1 = __webpack_require__(6760);
const agent_logs_js_1 = __webpack_require__(302);
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
    await context.session.files.writeJson(call.reportPath, parsed.data);
    await record('ok', call.reportPath);
    return { kind: 'ok', report: parsed.data };
}
/**
 * What the orchestrator itself writes in the run store while an agent runs (the attempt's
 * report directory, where the agent writes its report, is added by the caller).
 */
function ownWritesOf(request) {
    const logs = (0, agent_logs_js_1.logPathsFor)(request);
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

/***/ 9106:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.interpret = interpret;
exports.moveBy = moveBy;
const step_js_1 = __webpack_require__(931);
/** Steps and performs until the item reaches a terminal; returns it. */
async function interpret(machine, start) {
    let event = 'event' in start ? start.event : await performEntry(machine, start.entry, start.cause);
    for (;;) {
        const moved = await moveBy(machine, event);
        if (moved.terminal !== undefined)
            return moved.terminal;
        event = await performEntry(machine, moved.entry, event);
    }
}
/** Makes the one move `event` leads to: its via effects, then the save. */
async function moveBy(machine, event) {
    const planned = machine.peek(event);
    if (planned.kind === 'refused')
        throw new step_js_1.RefusedEventError(planned.from, planned.event);
    await machine.leaving?.(planned);
    let alongside;
    for (const effect of planned.via) {
        const outcome = await machine.perform(effect, event);
        if (outcome === undefined)
            continue;
        if ('event' in outcome)
            return moveBy(machine, outcome.event);
        alongside = outcome.alongside;
    }
    return machine.save(event, alongside);
}
async function performEntry(machine, entry, cause) {
    for (const effect of entry) {
        const outcome = await machine.perform(effect, cause);
        if (outcome !== undefined && 'event' in outcome)
            return outcome.event;
    }
    return { kind: 'done' };
}


/***/ }),

/***/ 6123:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.recordManualGateDecision = recordManualGateDecision;
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const gate_summary_js_1 = __webpack_require__(7371);
const run_state_ops_js_1 = __webpack_require__(7109);
const step_js_1 = __webpack_require__(931);
const reports_js_1 = __webpack_require__(8947);
const errors_js_1 = __webpack_require__(3916);
const time_js_1 = __webpack_require__(2334);
const failpoints_js_1 = __webpack_require__(5334);
const provenance_js_1 = __webpack_require__(358);
const run_branch_js_1 = __webpack_require__(2709);
async function recordManualGateDecision(input) {
    const now = (0, time_js_1.isoSeconds)(input.clock.now());
    let state = await input.loadRunState(input.layout);
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
            state = decide({ ...state, run_branch_head: checkpoint, pending_fast_forward: null }, input.itemId, { kind: 'gate_approved', by: input.by }, now);
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
            state = decide({ ...state, pending_fast_forward: null }, input.itemId, { kind: 'gate_rejected', by: input.by, note: input.note }, now);
            state = (0, run_state_ops_js_1.updateItem)(state, input.itemId, { manual_gate_status: 'rejected', terminal_summary: summary }, now);
        }
        await input.files.saveRunState(input.layout, state);
        (0, failpoints_js_1.crashAt)(input.failpoint, state.current_state);
    }
    await input.files.writeJson(absoluteGatePath, decidedRecord(gate, input, now));
    // The approved item's provenance statement, once its approval is on record. A failure is
    // not the decision's: the approval stands, and `verify` names the item without a statement.
    if (input.decision === 'approved')
        await (0, provenance_js_1.recordItemStatement)(input.layout, state, input.itemId, input);
    return {
        run_id: state.run_id,
        item_id: input.itemId,
        decision: input.decision,
        checkpoint_ref: checkpoint,
        current_state: state.current_state,
        run_state_path: input.layout.runStatePath
    };
}
/** Moves the gated item where the lifecycle table takes it on the human's decision. */
function decide(state, itemId, event, now) {
    const moved = (0, step_js_1.step)((0, step_js_1.itemSnapshot)(state, itemId, undefined), event);
    if (moved.kind === 'refused')
        throw new step_js_1.RefusedEventError(moved.from, moved.event);
    return (0, run_state_ops_js_1.moveTo)(state, itemId, moved.to, { actor: moved.actor, message: moved.message }, now);
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
    await input.files.saveRunState(input.layout, recorded);
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
exports.prepareContext = prepareContext;
exports.callMutationAgent = callMutationAgent;
exports.checkpointCycle = checkpointCycle;
exports.verifyCycle = verifyCycle;
const node_path_1 = __webpack_require__(6760);
const item_context_js_1 = __webpack_require__(9706);
const layout_js_1 = __webpack_require__(8951);
const reports_js_1 = __webpack_require__(8947);
const scope_js_1 = __webpack_require__(3203);
const attempt_context_js_1 = __webpack_require__(4594);
const lane_call_js_1 = __webpack_require__(4652);
const render_js_1 = __webpack_require__(7757);
const attempt_workspace_js_1 = __webpack_require__(2780);
const verification_gate_js_1 = __webpack_require__(7016);
const failpoints_js_1 = __webpack_require__(5334);
/**
 * The effects of a mutation cycle (execute, fix or remediation) and the verification after it:
 * context \u2192 agent \u2192 checkpoint commit (scope-checked) \u2192 verification, each a handler of the
 * lifecycle interpreter (effect-handlers.ts). Agent and scope failures report `failed` with
 * the reason, which escalates the attempt.
 */
const MUTATION_REPORT_SCHEMAS = { execution_report: reports_js_1.ExecutionReportSchema, fix_report: reports_js_1.FixReportSchema };
const failed = (reason) => ({ event: { kind: 'failed', reason } });
/** `prepare_context`: the item context and the prompt of a new cycle, in the control dir and the packet. */
async function prepareContext(context, workspace, stage, round) {
    const { session, item } = context;
    const cycleTag = `${stage}.round-${round}`;
    const itemId = item.item_id;
    const decision = workspace.decision;
    const targetFindingIds = stage !== 'execute' && (decision?.kind === 'fix' || decision?.kind === 'remediate')
        ? decision.targetFindingIds
        : [];
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
    await context.session.files.writeJson(contextPath, itemContext);
    const inPacket = (0, attempt_context_js_1.packetPath)(context, contextFile);
    await context.session.files.copyIntoWorktree(contextPath, context.paths.worktreePath, inPacket.inWorktree);
    const prompt = (0, render_js_1.renderPrompt)({
        lane: stage,
        context: itemContext,
        contextPath: inPacket.inWorktree,
        inputs: [],
        cycleTag,
        targetFindingIds
    });
    const promptFile = (0, node_path_1.join)(context.paths.promptsDir, `${cycleTag}.md`);
    await context.session.files.writeText(promptFile, prompt);
    await session.patchItem(itemId, {
        latest_paths: {
            ...session.item(itemId).latest_paths,
            item_context_path: (0, attempt_context_js_1.relativeToRepo)(context, contextPath)
        }
    });
    Object.assign(workspace, {
        cycleTag,
        lane: stage,
        round,
        headBefore,
        itemContext,
        contextPath,
        prompt,
        promptFile
    });
    // The execute lane's state is entered once its context is ready, with this line; a fix or
    // remediation round's state was entered by the decision that started it, before its context.
    if (stage !== 'execute')
        await session.note(itemId, 'orchestrator', `running ${stage} stage`);
    return undefined;
}
/** `call_agent` for a mutation lane: the agent changes the worktree and writes its report. */
async function callMutationAgent(context, workspace, call) {
    const { session, item } = context;
    const itemId = item.item_id;
    const stage = (0, attempt_workspace_js_1.need)(workspace.lane, 'mutation lane');
    const round = (0, attempt_workspace_js_1.need)(workspace.round, 'round');
    const reportKind = call.report === 'execution_report' ? 'execution_report' : 'fix_report';
    // Files are named by lane (`remediation_report.round-1.json`), reports by kind.
    const reportFile = `${stage === 'execute' ? 'execution' : stage}_report.round-${round}.json`;
    const reportPath = (0, node_path_1.join)(context.paths.reportDir, reportFile);
    const contextPath = (0, attempt_workspace_js_1.need)(workspace.contextPath, 'item context');
    const called = await (0, lane_call_js_1.callLane)(context, {
        lane: stage,
        cycleTag: (0, attempt_workspace_js_1.need)(workspace.cycleTag, 'cycle'),
        prompt: (0, attempt_workspace_js_1.need)(workspace.prompt, 'prompt'),
        promptFile: (0, attempt_workspace_js_1.need)(workspace.promptFile, 'prompt file'),
        schemaName: reportKind,
        schema: MUTATION_REPORT_SCHEMAS[reportKind],
        reportPath,
        timeoutSec: context.options[call.timeout],
        inputs: [contextPath]
    });
    if (called.kind === 'failed')
        return failed(called.reason);
    workspace.report = called.report;
    const pathKey = `${reportKind}_path`;
    await session.patchItem(itemId, {
        latest_paths: {
            ...session.item(itemId).latest_paths,
            [pathKey]: (0, attempt_context_js_1.relativeToRepo)(context, reportPath)
        }
    });
    return undefined;
}
/** `checkpoint`: commits the agent's changes, refused outside the item's write roots. */
async function checkpointCycle(context, workspace, stage) {
    const { session, item } = context;
    const checkpoint = await context.git.checkpoint({
        worktree: context.paths.worktreePath,
        itemId: item.item_id,
        stage,
        allowedRoots: item.allowed_write_roots,
        expectedHead: (0, attempt_workspace_js_1.need)(workspace.headBefore, 'head before the cycle'),
        maxFileBytes: context.options.max_checkpoint_file_bytes
    });
    if (!checkpoint.ok)
        return failed(`the ${stage} checkpoint was refused: ${checkpoint.violations.join('; ')}`);
    session.crashAt(failpoints_js_1.GIT_BOUNDARIES.checkpointCommitted);
    await session.patchItem(item.item_id, { checkpoint_ref: checkpoint.sha });
    workspace.checkpoint = checkpoint.sha;
    // The checkpoint's check read the worktree clean after the commit.
    workspace.worktreeReadClean = true;
    return undefined;
}
/** `verify`: the verification gate on the checkpoint, and the worktree left as committed. */
async function verifyCycle(context, workspace) {
    const { session, item } = context;
    const itemId = item.item_id;
    const stage = (0, attempt_workspace_js_1.need)(workspace.lane, 'mutation lane');
    const cycleTag = (0, attempt_workspace_js_1.need)(workspace.cycleTag, 'cycle');
    const checkpoint = (0, attempt_workspace_js_1.need)(workspace.checkpoint, 'checkpoint');
    const base = session.item(itemId).base_ref ?? (0, attempt_workspace_js_1.need)(workspace.headBefore, 'head before the cycle');
    const read = await context.git.committedChanges(context.paths.worktreePath, base, checkpoint);
    const committed = read.changes;
    workspace.candidatePatch = { from: base, to: checkpoint, text: read.patch };
    const scope = (0, scope_js_1.classifyChanges)(committed, item.allowed_write_roots);
    const logDir = (0, node_path_1.join)(context.paths.logsDir, `verification.${cycleTag}`);
    const itemContext = (0, attempt_workspace_js_1.need)(workspace.itemContext, 'item context');
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
    await context.session.files.writeJson(verificationPath, verification);
    await session.patchItem(itemId, {
        latest_paths: {
            ...session.item(itemId).latest_paths,
            verification_report_path: (0, attempt_context_js_1.relativeToRepo)(context, verificationPath)
        }
    });
    if (verification.scope_check.status === 'fail')
        return failed(verification.summary);
    const leftovers = await context.git.authorityViolations(context.paths.worktreePath, checkpoint);
    if (leftovers.length > 0)
        return failed(`the worktree changed after the ${stage} checkpoint (ignore build output in .gitignore): ${leftovers.join('; ')}`);
    workspace.verification = verification;
    // The reading above, taken after verification, found the worktree clean at the checkpoint.
    workspace.worktreeReadClean = true;
    return undefined;
}


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
        `# plan-orchestrator \u00B7 ${laneTitle(input.lane)}`,
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

/***/ 7418:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.freezePacket = freezePacket;
exports.callAuditor = callAuditor;
exports.mergeCycleFindings = mergeCycleFindings;
exports.callTriage = callTriage;
exports.recordTriageDecision = recordTriageDecision;
const node_path_1 = __webpack_require__(6760);
const decision_js_1 = __webpack_require__(7566);
const merge_js_1 = __webpack_require__(9578);
const triage_override_js_1 = __webpack_require__(8497);
const reports_js_1 = __webpack_require__(8947);
const layout_js_1 = __webpack_require__(8951);
const attempt_context_js_1 = __webpack_require__(4594);
const lane_call_js_1 = __webpack_require__(4652);
const attempt_workspace_js_1 = __webpack_require__(2780);
const render_js_1 = __webpack_require__(7757);
function verifiedOf(workspace) {
    return {
        cycleTag: (0, attempt_workspace_js_1.need)(workspace.cycleTag, 'cycle'),
        checkpoint: (0, attempt_workspace_js_1.need)(workspace.checkpoint, 'checkpoint'),
        context: (0, attempt_workspace_js_1.need)(workspace.itemContext, 'item context')
    };
}
/** `freeze_packet`: the candidate patch, and the review copy with the packet. */
async function freezePacket(context, workspace) {
    const { session } = context;
    const verified = verifiedOf(workspace);
    const base = session.item(context.item.item_id).base_ref ?? verified.checkpoint;
    // Commits do not change: the patch verification's scope reading took of the same two
    // commits is the one the auditors get.
    const known = workspace.candidatePatch;
    workspace.candidatePatch = undefined;
    const patch = known?.from === base && known.to === verified.checkpoint
        ? known.text
        : await context.git.diff(context.paths.worktreePath, base, verified.checkpoint);
    await context.session.files.writeText((0, node_path_1.join)(context.paths.controlDir, `candidate.${verified.cycleTag}.patch`), patch);
    // The review lanes never work in the agent's worktree: they read a read-only copy of the
    // checkpoint (with the packet) that no agent or verification command can write.
    workspace.copy = await context.reviewCopies.create({
        repoRoot: session.layout.repoRoot,
        checkpoint: verified.checkpoint,
        packet: [
            `candidate.${verified.cycleTag}.patch`,
            `verification_report.${verified.cycleTag}.json`,
            `item_context.${verified.cycleTag}.json`
        ].map((name) => ({ name, source: (0, node_path_1.join)(context.paths.controlDir, name) }))
    });
    const cycle = verified.cycleTag;
    // The worktree keeps its own copy of the packet for a later fix round to read.
    await toWorktreePacket(context, `candidate.${cycle}.patch`);
    await toWorktreePacket(context, `verification_report.${cycle}.json`);
    workspace.packetInputs = [
        { name: 'candidate patch', path: `${layout_js_1.PACKET_DIR}/candidate.${cycle}.patch` },
        { name: 'verification report', path: `${layout_js_1.PACKET_DIR}/verification_report.${cycle}.json` }
    ];
    return undefined;
}
/** `call_agent` for an audit lane; a failed audit is an inconclusive finding, not a failure. */
async function callAuditor(context, workspace, lane) {
    const outcome = await audit(context, lane, verifiedOf(workspace), (0, attempt_workspace_js_1.need)(workspace.packetInputs, 'audit packet'), (0, attempt_workspace_js_1.need)(workspace.copy, 'review copy'));
    if (lane === 'audit_codex')
        workspace.codexAudit = outcome;
    else
        workspace.claudeAudit = outcome;
    return undefined;
}
/** `merge_findings`: both audits, the agent's report and verification, merged. */
async function mergeCycleFindings(context, workspace) {
    const merged = (0, merge_js_1.mergeFindings)({
        itemId: context.item.item_id,
        attemptNumber: context.attempt,
        codexAudit: (0, attempt_workspace_js_1.need)(workspace.codexAudit, 'codex audit'),
        claudeAudit: (0, attempt_workspace_js_1.need)(workspace.claudeAudit, 'claude audit'),
        mutationReport: (0, attempt_workspace_js_1.need)(workspace.report, 'mutation report'),
        verification: (0, attempt_workspace_js_1.need)(workspace.verification, 'verification report')
    });
    const mergedFile = `merged_findings_packet.${(0, attempt_workspace_js_1.need)(workspace.cycleTag, 'cycle')}.json`;
    const mergedPath = (0, node_path_1.join)(context.paths.controlDir, mergedFile);
    await context.session.files.writeJson(mergedPath, merged);
    await toWorktreePacket(context, mergedFile);
    workspace.merged = merged;
    workspace.mergedPath = mergedPath;
    return undefined;
}
/** `call_agent` for triage: it reads the packet and the merged findings; its failure escalates. */
async function callTriage(context, workspace) {
    const verified = verifiedOf(workspace);
    const copy = (0, attempt_workspace_js_1.need)(workspace.copy, 'review copy');
    const mergedPath = (0, attempt_workspace_js_1.need)(workspace.mergedPath, 'merged findings');
    const triageInputs = [
        ...(0, attempt_workspace_js_1.need)(workspace.packetInputs, 'audit packet'),
        {
            name: 'merged findings',
            path: await copy.addPacketFile(`merged_findings_packet.${verified.cycleTag}.json`, mergedPath)
        }
    ];
    const triageOutcome = await callAgent(context, 'triage', verified, triageInputs, 'triage_report', reports_js_1.TriageReportSchema, context.options.triage_timeout_sec, copy);
    if (triageOutcome.kind === 'failed')
        return { event: { kind: 'failed', reason: `triage failed: ${triageOutcome.reason}` } };
    workspace.triage = triageOutcome.report;
    return undefined;
}
/**
 * The `decide` effect: triage as the override rules leave it, saved, and the decision it
 * leads to.
 */
async function recordTriageDecision(context, workspace) {
    const { session, item } = context;
    const itemId = item.item_id;
    const merged = (0, attempt_workspace_js_1.need)(workspace.merged, 'merged findings');
    const triagePath = (0, node_path_1.join)(context.paths.reportDir, `triage_report.${(0, attempt_workspace_js_1.need)(workspace.cycleTag, 'cycle')}.json`);
    const { report: triage } = (0, triage_override_js_1.applyTriageOverride)((0, attempt_workspace_js_1.need)(workspace.triage, 'triage'), merged, {
        manualGateRequired: item.manual_gate.required
    });
    await context.session.files.writeJson(triagePath, reports_js_1.TriageReportSchema.parse(triage));
    await session.patchItem(itemId, {
        latest_paths: {
            ...session.item(itemId).latest_paths,
            triage_report_path: (0, attempt_context_js_1.relativeToRepo)(context, triagePath)
        }
    });
    workspace.triage = triage;
    workspace.triagePath = triagePath;
    const current = session.item(itemId);
    const decision = (0, decision_js_1.decideAfterTriage)({
        triage,
        merged,
        manualGateRequired: item.manual_gate.required,
        budget: {
            fixRoundsCompleted: current.fix_rounds_completed,
            maxFixRounds: context.options.max_fix_rounds,
            remediationRoundsCompleted: current.remediation_rounds_completed,
            maxRemediationRounds: context.options.max_remediation_rounds
        }
    });
    workspace.decision = decision;
    return { event: { kind: 'decided', decision } };
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
    await context.session.files.writeText(promptFile, prompt);
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
    await context.session.files.copyIntoWorktree((0, node_path_1.join)(context.paths.controlDir, fileName), context.paths.worktreePath, target.inWorktree);
}


/***/ }),

/***/ 1033:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RunSession = void 0;
const run_state_ops_js_1 = __webpack_require__(7109);
const step_js_1 = __webpack_require__(931);
const records_js_1 = __webpack_require__(6765);
const summary_js_1 = __webpack_require__(8071);
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
    files;
    failpoint;
    current;
    startedAt;
    /** The save in progress, if any; settled either way. */
    saving = Promise.resolve();
    frozen = false;
    /** sha256 of the run_state.json text this session wrote last (the integrity check's reference). */
    savedDigest;
    constructor(layout, initial, clock, progress, 
    /** The run store's files: run_state.json here, and every record the attempt writes. */
    files, 
    /** Test-only crash injection: the process dies right after this state is saved. */
    failpoint) {
        this.layout = layout;
        this.clock = clock;
        this.progress = progress;
        this.files = files;
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
     * Where `event` would take the item now, by the lifecycle table; nothing is saved.
     * `evidenceSupplied`: whether this attempt was given external evidence (by default, whether
     * the item's evidence is resolved).
     */
    stepOf(itemId, event, planItem, evidenceSupplied) {
        const item = (0, step_js_1.itemSnapshot)(this.current, itemId, planItem);
        return (0, step_js_1.step)(evidenceSupplied === undefined ? item : { ...item, evidenceSupplied }, event);
    }
    /**
     * Moves the item where the lifecycle table (lifecycle.ts) takes it on `event`, with the
     * table's actor and event log line; an event the table has no edge for is refused. Resume's
     * rewinds (`restart`, `redo_review`) are saved as they are, without a progress line.
     * `planItem` tells the table the item's gate and evidence, `evidenceSupplied` is as for
     * `stepOf`, `alongside` as for `move`. Returns the move made (its entry effects come next).
     */
    async advance(itemId, event, options = {}) {
        const moved = this.stepOf(itemId, event, options.planItem, options.evidenceSupplied);
        if (moved.kind === 'refused')
            throw new step_js_1.RefusedEventError(moved.from, moved.event);
        if ((0, step_js_1.isRewind)(moved.edge)) {
            await this.replace((0, run_state_ops_js_1.rewindForResume)(options.alongside?.(this.current) ?? this.current, itemId, moved.to, moved.message, this.nowIso()));
            return moved;
        }
        await this.move(itemId, moved.to, moved.actor, moved.message, options.alongside);
        return moved;
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
        const saved = this.files.saveRunState(this.layout, next);
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
        this.savedDigest = await this.files.saveRunState(this.layout, this.current);
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
/** Validates, then writes atomically (pretty JSON, trailing newline) through `files`. */
async function writeArtifact(files, schema, path, value) {
    await files.writeJson(path, schema.parse(value));
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
/** `2026-04-05T11:00:00Z` \u2192 `20260405T110000Z`, for file names. */
function compactTimestamp(iso) {
    return iso.replace(/[-:]/g, '');
}
/** Ledger files (`NNNNNN_\u2026json`, six digits or more) in sequence order. */
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
const run_state_file_js_1 = __webpack_require__(7703);
const layout_js_1 = __webpack_require__(8951);
const lifecycle_js_1 = __webpack_require__(5413);
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
/** How much of a child's argv the active stage shows; prompts can be long. */
const COMMAND_LIMIT = 2000;
/** Registers and starts answering; a bridge that cannot start leaves the kernel unsupervised. */
async function startBridge(run, identity, ports) {
    const layout = (0, artifacts_js_1.supervisionLayout)(run);
    await (0, artifacts_js_1.ensureSupervisionDirs)(layout);
    await (0, artifacts_js_1.removeFiles)([layout.probeRequestPath, layout.probeAckPath, layout.activeStagePath]);
    await (0, artifacts_js_1.writeArtifact)(ports.files, supervision_js_1.BridgeRegistrationSchema, layout.registrationPath, {
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
    const answerer = new ProbeAnswerer(run, layout, identity, ports.files);
    const publisher = new ActiveStagePublisher(run, layout, identity, ports.files);
    const unsubscribe = ports.liveChildren.subscribe((children) => publisher.publish(children));
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
    files;
    queue = new SerialQueue();
    answered;
    constructor(run, layout, identity, files) {
        this.run = run;
        this.layout = layout;
        this.identity = identity;
        this.files = files;
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
        await (0, artifacts_js_1.writeArtifact)(this.files, supervision_js_1.ProbeAckSchema, this.layout.probeAckPath, ack);
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
        state = (0, run_state_file_js_1.parseRunState)(run.runStatePath, bytes.toString('utf8'));
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
    files;
    queue = new SerialQueue();
    constructor(run, layout, identity, files) {
        this.run = run;
        this.layout = layout;
        this.identity = identity;
        this.files = files;
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
            await (0, artifacts_js_1.writeArtifact)(this.files, supervision_js_1.ActiveStageSchema, this.layout.activeStagePath, {
                schema_version: supervision_js_1.SUPERVISION_SCHEMA_VERSIONS.activeStage,
                run_id: this.run.runId,
                supervisor_session_id: this.identity.sessionId,
                kernel_invocation_id: this.identity.invocationId,
                stage_name: (0, lifecycle_js_1.stageOfState)(state.current_state) ?? 'unknown',
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
        return (0, run_state_file_js_1.parseRunState)(run.runStatePath, await (0, promises_1.readFile)(run.runStatePath, 'utf8'));
    }
    catch {
        return undefined;
    }
}
/** Runs the kernel's work with a bridge when a supervisor launched this process. */
async function withSupervisionBridge(run, env, ports, work) {
    const identity = bridgeIdentityFromEnv(env);
    // A bridge that cannot start costs the supervisor its proof, not the kernel its run.
    const bridge = identity === undefined
        ? undefined
        : await startBridge(run, identity, ports).catch(() => undefined);
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