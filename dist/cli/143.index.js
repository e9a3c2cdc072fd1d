export const id = 143;
export const ids = [143];
export const modules = {

/***/ 966:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.listCommittedChanges = listCommittedChanges;
exports.listStagedChanges = listStagedChanges;
exports.listUncommittedChanges = listUncommittedChanges;
exports.readWorktreeStatus = readWorktreeStatus;
exports.listChanges = listChanges;
exports.checkCommittedScope = checkCommittedScope;
exports.detectAgentCommits = detectAgentCommits;
exports.listHiddenIndexEntries = listHiddenIndexEntries;
exports.listTrackedPaths = listTrackedPaths;
exports.readPatch = readPatch;
exports.readCommittedChangesAndPatch = readCommittedChangesAndPatch;
/**
 * What an attempt changed, read from git with NUL-separated output and rename detection off
 * (a rename is a deletion plus an addition, and both sides must be judged):
 * committed changes come from `diff-tree` (plumbing, so no user diff configuration applies,
 * and its raw format carries modes and blob ids for symlink targets), uncommitted and
 * untracked ones from `status --porcelain=v2 -z --untracked-files=all --no-renames`.
 */
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const scope_js_1 = __webpack_require__(3203);
const hidden_index_entries_js_1 = __webpack_require__(3946);
const git_metadata_js_1 = __webpack_require__(9833);
const git_runner_js_1 = __webpack_require__(3338);
const repository_js_1 = __webpack_require__(3739);
const z_output_js_1 = __webpack_require__(8971);
const RAW_DIFF_FLAGS = ['-r', '-z', '--raw', '--no-renames', '--no-abbrev'];
/** A new repository (untracked or added gitlink) is reported as a write to its `.git`. */
function nestedRepositoryChange(change) {
    const addsGitlink = change.newMode === z_output_js_1.GITLINK_MODE && (change.kind === 'added' || change.kind === 'type_changed');
    if (change.nestedRepository !== true && !addsGitlink)
        return undefined;
    return { path: `${change.path}/.git`, kind: 'added' };
}
async function fromDiff(cwd, raw) {
    const changes = [];
    for (const change of raw) {
        const nested = nestedRepositoryChange(change);
        if (nested !== undefined)
            changes.push(nested);
        else if (change.kind !== 'deleted' && change.newMode === z_output_js_1.SYMLINK_MODE && change.newObject) {
            const symlinkTarget = await (0, git_runner_js_1.runGit)(cwd, ['cat-file', 'blob', change.newObject]);
            changes.push({ path: change.path, kind: change.kind, isSymlink: true, symlinkTarget });
        }
        else
            changes.push({ path: change.path, kind: change.kind });
    }
    return changes;
}
/** Status entries describe the worktree as it is now, so symlinks are read from disk. */
function fromStatus(worktree, raw) {
    return raw.map((change) => {
        const nested = nestedRepositoryChange(change);
        if (nested !== undefined)
            return nested;
        if (change.kind === 'deleted')
            return { path: change.path, kind: change.kind };
        const onDisk = (0, node_path_1.join)(worktree, change.path);
        try {
            if ((0, node_fs_1.lstatSync)(onDisk).isSymbolicLink())
                return {
                    path: change.path,
                    kind: change.kind,
                    isSymlink: true,
                    symlinkTarget: (0, node_fs_1.readlinkSync)(onDisk)
                };
        }
        catch {
            // Gone between status and lstat: the next status will report the deletion.
        }
        return { path: change.path, kind: change.kind };
    });
}
/** Changes committed between two commits, renames split, symlink targets from git. */
async function listCommittedChanges(worktree, fromRef, toRef = 'HEAD') {
    const output = await (0, git_runner_js_1.runGit)(worktree, ['diff-tree', ...RAW_DIFF_FLAGS, fromRef, toRef, '--']);
    return fromDiff(worktree, (0, z_output_js_1.parseRawDiff)(output));
}
/** What the index holds relative to HEAD: exactly what the next commit would record. */
async function listStagedChanges(worktree) {
    const output = await (0, git_runner_js_1.runGit)(worktree, ['diff-index', '--cached', ...RAW_DIFF_FLAGS, 'HEAD', '--']);
    return fromDiff(worktree, (0, z_output_js_1.parseRawDiff)(output));
}
const UNCOMMITTED_STATUS = [
    'status',
    '--porcelain=v2',
    '-z',
    '--untracked-files=all',
    '--no-renames',
    '--ignore-submodules=none'
];
/** Staged, unstaged and untracked (not ignored) changes in the worktree. */
async function listUncommittedChanges(worktree) {
    return fromStatus(worktree, (0, z_output_js_1.parseStatusV2)(await (0, git_runner_js_1.runGit)(worktree, UNCOMMITTED_STATUS)));
}
/**
 * HEAD and the uncommitted changes from one `git status --branch`: a check that needs both
 * costs one process. Callers compare `head` with a commit they know and take the slower
 * path through `headSha` whenever it differs. `ignoredDirs`: also name the ignored
 * directories (`--ignored=matching`), for a stamp of the reading (checkout-stamp.ts).
 */
async function readWorktreeStatus(worktree, options = {}) {
    const ignored = options.ignoredDirs === true ? ['--ignored=matching'] : [];
    const output = await (0, git_runner_js_1.runGit)(worktree, [...UNCOMMITTED_STATUS, '--branch', ...ignored]);
    return {
        head: (0, z_output_js_1.parseStatusBranchOid)(output),
        uncommitted: fromStatus(worktree, (0, z_output_js_1.parseStatusV2)(output)),
        ...(options.ignoredDirs === true ? { ignoredDirs: (0, z_output_js_1.parseIgnoredDirs)(output) } : {})
    };
}
/** Everything changed since `sinceRef`: commits on top of it plus the uncommitted state. */
async function listChanges(worktree, sinceRef) {
    const committed = await listCommittedChanges(worktree, sinceRef, 'HEAD');
    return [...committed, ...(await listUncommittedChanges(worktree))];
}
/** The committed-change scope check between two refs (docs/decisions.md#scope-checks). */
async function checkCommittedScope(worktree, previousRef, currentRef, allowedRoots) {
    return (0, scope_js_1.classifyChanges)(await listCommittedChanges(worktree, previousRef, currentRef), allowedRoots);
}
/**
 * The orchestrator owns every commit in a worktree; HEAD moving without it means the agent
 * committed, reset or checked out something, which is a violation whatever the content.
 */
async function detectAgentCommits(worktree, expectedHead) {
    const actualHead = await (0, repository_js_1.headSha)(worktree);
    if (actualHead === expectedHead)
        return undefined;
    const listed = await (0, git_runner_js_1.runGit)(worktree, ['rev-list', '--reverse', `${expectedHead}..${actualHead}`]);
    const commits = listed.split('\n').filter((line) => line !== '');
    const shown = commits.slice(0, 5).join(', ') + (commits.length > 5 ? `, \u2026 (${commits.length})` : '');
    const detail = commits.length > 0 ? `; commits not made by the orchestrator: ${shown}` : '';
    return {
        expectedHead,
        actualHead,
        commits,
        summary: `worktree HEAD moved from ${expectedHead} to ${actualHead} without the orchestrator${detail}`
    };
}
/** Index entries marked assume-unchanged or skip-worktree: git would not report their edits. */
async function listHiddenIndexEntries(worktree) {
    const read = hiddenEntriesFromIndexFile(worktree);
    if (read !== undefined)
        return read;
    return (0, z_output_js_1.parseHiddenIndexEntries)(await (0, git_runner_js_1.runGit)(worktree, ['ls-files', '-v', '-z']));
}
/**
 * The same flags read from the worktree's index file without a git process, as the
 * integrity check reads the checkout's; undefined when that reader cannot (split index,
 * unknown version, no readable git directory).
 */
function hiddenEntriesFromIndexFile(worktree) {
    try {
        const { gitDir, commonDir } = (0, git_metadata_js_1.locateGitDirs)(worktree);
        return (0, hidden_index_entries_js_1.readRepositoryIndex)(gitDir, commonDir)?.hidden;
    }
    catch {
        return undefined;
    }
}
/** Tracked paths at a commit (NUL-separated, so any file name survives). */
async function listTrackedPaths(worktree, ref = 'HEAD') {
    return (0, z_output_js_1.parseNulList)(await (0, git_runner_js_1.runGit)(worktree, ['ls-tree', '-r', '-z', '--name-only', ref, '--']));
}
/** A configured external diff or textconv program is switched off: the patch is git's own. */
const PATCH_FLAGS = ['--no-color', '--no-ext-diff', '--no-textconv', '--binary'];
/**
 * The patch between two commits for auditors. Porcelain `diff` would honour a configured
 * external diff or textconv program; those are switched off so the patch is git's own.
 */
async function readPatch(worktree, fromRef, toRef) {
    return (0, git_runner_js_1.runGit)(worktree, ['diff', '--no-renames', ...PATCH_FLAGS, fromRef, toRef, '--']);
}
/**
 * The committed changes between two commits (as `listCommittedChanges` reads them) and the
 * patch between them (as `readPatch` gives it), from one `diff-tree --patch-with-raw`. The
 * plumbing command leaves out the porcelain's diff settings (`diff.noprefix`,
 * `diff.context`, `diff.algorithm`, \u2026): the patch is git's default one.
 */
async function readCommittedChangesAndPatch(worktree, fromRef, toRef) {
    const output = await (0, git_runner_js_1.runGit)(worktree, [
        'diff-tree',
        ...RAW_DIFF_FLAGS,
        '--patch-with-raw',
        ...PATCH_FLAGS,
        fromRef,
        toRef,
        '--'
    ]);
    const { raw, patch } = (0, z_output_js_1.splitRawAndPatch)(output);
    return { changes: await fromDiff(worktree, (0, z_output_js_1.parseRawDiff)(raw)), patch };
}


/***/ }),

/***/ 8053:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkpointMessage = checkpointMessage;
exports.checkpoint = checkpoint;
exports.postCheckpointViolations = postCheckpointViolations;
exports.postCheckpointReading = postCheckpointReading;
exports.cleanReadingHolds = cleanReadingHolds;
/**
 * The checkpoint commit after a mutation stage and the check after verification
 * (docs/decisions.md#scope-checks). The orchestrator is the only committer in a worktree: the scope check runs
 * before anything is staged, what ends up staged is checked again before committing, and
 * any violation leaves the worktree as the agent left it with nothing staged.
 */
const node_fs_1 = __webpack_require__(3024);
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const runtime_policy_js_1 = __webpack_require__(1181);
const scope_js_1 = __webpack_require__(3203);
const changes_js_1 = __webpack_require__(966);
const checkout_stamp_js_1 = __webpack_require__(2096);
const hidden_index_entries_js_1 = __webpack_require__(3946);
const git_metadata_js_1 = __webpack_require__(9833);
const git_runner_js_1 = __webpack_require__(3338);
const repository_js_1 = __webpack_require__(3739);
function checkpointMessage(itemId, stage) {
    return `orchestrator(${itemId}): ${stage} checkpoint`;
}
function uniquePaths(changes) {
    return [...new Set(changes.map((change) => change.path))];
}
function listed(paths) {
    return paths.map(scope_js_1.displayPath).join(', ');
}
/** Violations that are not about where a path lies but about how git state was reached. */
async function authorityViolations(worktree, expectedHead) {
    const violations = [];
    const agentCommits = await (0, changes_js_1.detectAgentCommits)(worktree, expectedHead);
    if (agentCommits !== undefined)
        violations.push(agentCommits.summary);
    violations.push(...(await hiddenEntryViolations(worktree)));
    return violations;
}
async function hiddenEntryViolations(worktree) {
    const hidden = await (0, changes_js_1.listHiddenIndexEntries)(worktree);
    return hidden.length > 0
        ? [`index entries hide worktree edits (assume-unchanged/skip-worktree): ${listed(hidden)}`]
        : [];
}
async function checkpoint(request) {
    const { worktree, expectedHead, allowedRoots } = request;
    // Before any git command: tampered metadata could make git run the agent's programs.
    const metadata = (0, git_metadata_js_1.gitMetadataViolations)(worktree, request.gitMetadata);
    if (metadata.length > 0)
        return { status: 'refused', violations: metadata };
    // HEAD where the stage started means no agent commit and nothing committed since
    // `expectedHead`: the status alone holds every change. Otherwise the full reading.
    const status = await (0, changes_js_1.readWorktreeStatus)(worktree);
    const unmoved = status.head === expectedHead;
    const violations = unmoved
        ? await hiddenEntryViolations(worktree)
        : await authorityViolations(worktree, expectedHead);
    const changes = unmoved ? status.uncommitted : await (0, changes_js_1.listChanges)(worktree, expectedHead);
    // The runner decodes output as UTF-8; a name that was not UTF-8 cannot be named back to git.
    const undecodable = uniquePaths(changes).filter((path) => path.includes('\uFFFD'));
    if (undecodable.length > 0)
        violations.push(`paths that are not valid UTF-8: ${listed(undecodable)}`);
    const scope = (0, scope_js_1.classifyChanges)(changes, allowedRoots);
    if ((0, scope_js_1.hasScopeViolations)(scope))
        violations.push(scope.summary);
    const maxFileBytes = request.maxFileBytes ?? runtime_policy_js_1.DEFAULT_OPTIONS.max_checkpoint_file_bytes;
    violations.push(...(await oversizedFiles(worktree, changes, maxFileBytes)));
    if (violations.length > 0)
        return { status: 'refused', violations, scope };
    if (changes.length === 0)
        return { status: 'unchanged', headSha: expectedHead, scope };
    // Stage the whole worktree rather than a pathspec list: a pathspec under a directory the
    // agent replaced by a symlink makes `git add` fail, and the check below verifies that the
    // index holds nothing but in-scope changes either way.
    await (0, git_runner_js_1.runGit)(worktree, ['add', '-A']);
    const staged = await (0, changes_js_1.listStagedChanges)(worktree);
    const stagedScope = (0, scope_js_1.classifyChanges)(staged, allowedRoots);
    const stagedOversized = await oversizedFiles(worktree, staged, maxFileBytes);
    if ((0, scope_js_1.hasScopeViolations)(stagedScope) || stagedOversized.length > 0) {
        await (0, git_runner_js_1.runGit)(worktree, ['reset', '-q']);
        const why = (0, scope_js_1.hasScopeViolations)(stagedScope) ? [stagedScope.summary] : stagedOversized;
        return {
            status: 'refused',
            violations: [`the worktree changed while it was being staged; ${why.join('; ')}`],
            scope: stagedScope
        };
    }
    if (staged.length === 0)
        return { status: 'unchanged', headSha: expectedHead, scope: stagedScope };
    await (0, git_runner_js_1.runGit)(worktree, [
        'commit',
        '--quiet',
        '--no-verify',
        '--no-gpg-sign',
        '--cleanup=verbatim',
        '-m',
        checkpointMessage(request.itemId, request.stage)
    ]);
    return {
        status: 'committed',
        headSha: committedHead(worktree) ?? (await (0, repository_js_1.headSha)(worktree)),
        paths: uniquePaths(staged),
        scope: stagedScope
    };
}
/**
 * The commit `git commit` just made, read from the branch file it wrote, as `rev-parse HEAD`
 * would read it: HEAD names the attempt branch and a commit writes that branch as a loose
 * ref. Anything else (a detached HEAD, a packed or reftable ref) returns undefined and the
 * caller asks git. The check after the checkpoint compares it with the HEAD git reports.
 */
function committedHead(worktree) {
    try {
        const { gitDir, commonDir } = (0, git_metadata_js_1.locateGitDirs)(worktree);
        const ref = /^ref: (refs\/heads\/[^\n]+)\n$/.exec((0, node_fs_1.readFileSync)((0, node_path_1.join)(gitDir, 'HEAD'), 'utf8'));
        if (ref?.[1] === undefined ||
            ref[1].split('/').some((part) => part === '' || part === '.' || part === '..'))
            return undefined;
        const sha = /^([0-9a-f]{40}|[0-9a-f]{64})\n$/.exec((0, node_fs_1.readFileSync)((0, node_path_1.join)(commonDir, ref[1]), 'utf8'));
        return sha?.[1];
    }
    catch {
        return undefined;
    }
}
/**
 * Files the commit would carry that are over the size limit. Checked before git reads
 * them: a host refuses the push of such a file (GitHub: over 100 MiB) long after the
 * attempt, and hashing one costs the commit its time.
 */
async function oversizedFiles(worktree, changes, maxBytes) {
    const problems = [];
    for (const path of uniquePaths(changes.filter((change) => change.kind !== 'deleted'))) {
        const info = await (0, promises_1.lstat)((0, node_path_1.join)(worktree, path)).catch(() => undefined);
        if (info === undefined || !info.isFile() || info.size <= maxBytes)
            continue;
        problems.push(`file too large to commit: ${(0, scope_js_1.displayPath)(path)} (${info.size} bytes; the limit is ${maxBytes} bytes, max_checkpoint_file_bytes)`);
    }
    return problems;
}
/**
 * After verification ran (docs/decisions.md#scope-checks): HEAD must still be the checkpoint and the worktree
 * must be clean (nothing filtered: a file verification left behind is a change the run
 * branch would not carry, so it must be git-ignored or it is reported).
 */
async function postCheckpointViolations(worktree, checkpointSha, gitMetadata) {
    return (await postCheckpointReading(worktree, checkpointSha, gitMetadata)).violations;
}
/**
 * `postCheckpointViolations`, and when the worktree is clean, a stamp of that reading. With
 * `earlier` for the same checkpoint still holding, the worktree is as that reading found it,
 * and git is not asked again (docs/decisions.md#git-status-between-stages).
 */
async function postCheckpointReading(worktree, checkpointSha, gitMetadata, earlier) {
    const metadata = (0, git_metadata_js_1.gitMetadataViolations)(worktree, gitMetadata);
    if (metadata.length > 0)
        return { violations: metadata };
    if (earlier?.checkpointSha === checkpointSha && cleanReadingHolds(worktree, earlier))
        return { violations: [], clean: earlier };
    const violations = [];
    const dirs = (0, git_metadata_js_1.locateGitDirs)(worktree);
    const start = (0, checkout_stamp_js_1.readingStart)({ root: worktree, ...dirs });
    const status = await (0, changes_js_1.readWorktreeStatus)(worktree, { ignoredDirs: true });
    const actualHead = status.head === checkpointSha ? checkpointSha : await (0, repository_js_1.headSha)(worktree);
    if (actualHead !== checkpointSha) {
        const moved = uniquePaths(await (0, changes_js_1.listCommittedChanges)(worktree, checkpointSha, actualHead));
        violations.push(`worktree HEAD ${actualHead} differs from checkpoint ${checkpointSha}; changed paths: ${listed(moved)}`);
    }
    const dirty = uniquePaths(status.uncommitted);
    if (dirty.length > 0)
        violations.push(`worktree has uncommitted changes: ${listed(dirty)}`);
    if (violations.length > 0)
        return { violations };
    const stamp = (0, checkout_stamp_js_1.takeCheckoutStamp)({ root: worktree, ...dirs }, {
        start,
        ignoredDirs: status.ignoredDirs ?? [],
        tracked: (0, hidden_index_entries_js_1.readRepositoryIndex)(dirs.gitDir, dirs.commonDir)?.paths
    });
    return stamp === undefined ? { violations } : { violations, clean: { checkpointSha, stamp } };
}
/** Whether the worktree is still, entry for entry, as the clean reading found it. */
function cleanReadingHolds(worktree, reading) {
    return (0, checkout_stamp_js_1.checkoutStampHolds)(reading.stamp, { root: worktree, ...(0, git_metadata_js_1.locateGitDirs)(worktree) });
}


/***/ }),

/***/ 9833:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.locateGitDirs = locateGitDirs;
exports.snapshotGitMetadata = snapshotGitMetadata;
exports.gitMetadataViolations = gitMetadataViolations;
/**
 * Guards the git metadata an agent can reach from its worktree. `git status` never reports
 * writes there, yet they matter: a linked worktree's `.git` is a one-line file naming its
 * git directory (rewrite it and our git commands act on another repository), and hooks and
 * config live in the repository's shared git directory (a planted hook or an fsmonitor/filter
 * entry is a program git would run). The snapshot is plain JSON so the kernel can keep it in
 * run state and compare after a resume.
 *
 * Everything here reads files directly and runs no git: when the metadata has been tampered
 * with, running git (which would read that config) is exactly what must not happen first.
 */
const node_crypto_1 = __webpack_require__(7598);
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const scope_js_1 = __webpack_require__(3203);
const errors_js_1 = __webpack_require__(8668);
const COMMON_WATCHED = ['config', 'hooks', 'info/attributes', 'info/exclude', 'info/grafts'];
const WORKTREE_WATCHED = ['config.worktree', 'commondir', 'gitdir', 'info/sparse-checkout'];
function sha256(data) {
    return (0, node_crypto_1.createHash)('sha256').update(data).digest('hex');
}
function readTrimmed(path) {
    return (0, node_fs_1.readFileSync)(path, 'utf8').replace(/\r?\n$/, '');
}
/** Hashes a file, a symlink (its text) or a directory tree (recursively) into `files`. */
function hashEntry(files, label, path) {
    let stats;
    try {
        stats = (0, node_fs_1.lstatSync)(path, { throwIfNoEntry: false });
    }
    catch {
        return;
    }
    if (stats === undefined)
        return;
    if (stats.isSymbolicLink())
        files[label] = sha256(`symlink:${(0, node_fs_1.readlinkSync)(path)}`);
    else if (stats.isDirectory()) {
        for (const name of (0, node_fs_1.readdirSync)(path).sort())
            hashEntry(files, `${label}/${name}`, (0, node_path_1.join)(path, name));
    }
    else
        files[label] = sha256((0, node_fs_1.readFileSync)(path));
}
function locateGitDirs(worktree) {
    const dotGit = (0, node_path_1.join)(worktree, '.git');
    if ((0, node_fs_1.lstatSync)(dotGit).isDirectory())
        return { gitFile: null, gitDir: dotGit, commonDir: dotGit };
    const gitFile = (0, node_fs_1.readFileSync)(dotGit, 'utf8');
    const match = /^gitdir: (.+)$/.exec(gitFile.replace(/\r?\n$/, ''));
    if (match?.[1] === undefined)
        throw new errors_js_1.GitAdapterError('not_a_repository', `${dotGit} does not name a git directory`);
    const gitDir = (0, node_path_1.resolve)(worktree, match[1]);
    const commonFile = (0, node_path_1.join)(gitDir, 'commondir');
    const commonDir = (0, node_fs_1.existsSync)(commonFile) ? (0, node_path_1.resolve)(gitDir, readTrimmed(commonFile)) : gitDir;
    return { gitFile, gitDir, commonDir };
}
/** Records the metadata of a worktree; take it right after creating the worktree. */
function snapshotGitMetadata(worktree) {
    const root = (0, node_fs_1.realpathSync)(worktree);
    const { gitFile, gitDir, commonDir } = locateGitDirs(root);
    const files = {};
    for (const path of COMMON_WATCHED)
        hashEntry(files, `common:${path}`, (0, node_path_1.join)(commonDir, path));
    if (gitDir !== commonDir)
        for (const path of WORKTREE_WATCHED)
            hashEntry(files, `worktree:${path}`, (0, node_path_1.join)(gitDir, path));
    return {
        worktree: root,
        gitFile,
        gitDir,
        commonDir,
        head: readTrimmed((0, node_path_1.join)(gitDir, 'HEAD')),
        files
    };
}
/**
 * Checks that need no baseline: `.git` must still be a real file or directory, and a linked
 * worktree's pointer must lead to a git directory that points back at this worktree.
 */
function pointerViolations(worktree) {
    const dotGit = (0, node_path_1.join)(worktree, '.git');
    let stats;
    try {
        stats = (0, node_fs_1.lstatSync)(dotGit);
    }
    catch {
        return [`${(0, scope_js_1.displayPath)(dotGit)} is missing`];
    }
    if (stats.isDirectory())
        return [];
    if (!stats.isFile())
        return [`${(0, scope_js_1.displayPath)(dotGit)} is no longer a regular file`];
    try {
        const { gitDir } = locateGitDirs(worktree);
        const back = readTrimmed((0, node_path_1.join)(gitDir, 'gitdir'));
        const backTarget = (0, node_path_1.isAbsolute)(back) ? back : (0, node_path_1.resolve)(gitDir, back);
        if ((0, node_fs_1.realpathSync)((0, node_path_1.dirname)(backTarget)) === (0, node_fs_1.realpathSync)(worktree))
            return [];
    }
    catch {
        // fall through: an unreadable or dangling pointer is a violation like a wrong one
    }
    return [`${(0, scope_js_1.displayPath)(dotGit)} no longer points at this worktree's git directory`];
}
/** Violations of the worktree's git metadata, compared with `baseline` when one is given. */
function gitMetadataViolations(worktree, baseline) {
    const root = (0, node_fs_1.realpathSync)(worktree);
    const violations = pointerViolations(root);
    if (baseline === undefined || violations.length > 0)
        return violations;
    const current = snapshotGitMetadata(root);
    if (current.gitFile !== baseline.gitFile || current.gitDir !== baseline.gitDir)
        return [`${(0, scope_js_1.displayPath)((0, node_path_1.join)(root, '.git'))} was rewritten`];
    if (current.head !== baseline.head)
        violations.push(`HEAD was switched from "${baseline.head}" to "${current.head}"`);
    const labels = new Set([...Object.keys(baseline.files), ...Object.keys(current.files)]);
    const changed = [...labels].filter((label) => baseline.files[label] !== current.files[label]);
    if (changed.length > 0)
        violations.push(`git metadata changed outside the worktree: ${changed.sort().join(', ')}`);
    return violations;
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

/***/ 143:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.hardenedGitEnv = exports.GitAdapter = void 0;
const changes_js_1 = __webpack_require__(966);
const checkpoint_js_1 = __webpack_require__(8053);
const git_metadata_js_1 = __webpack_require__(9833);
const repository_js_1 = __webpack_require__(3739);
const worktree_js_1 = __webpack_require__(8114);
class GitAdapter {
    root;
    constructor(root) {
        this.root = root;
    }
    /** Binds to the repository whose working tree contains `cwd`. */
    static async open(cwd) {
        return new GitAdapter(await (0, repository_js_1.repoRoot)(cwd));
    }
    headSha(cwd = this.root) {
        return (0, repository_js_1.headSha)(cwd);
    }
    isCleanTracked() {
        return (0, repository_js_1.isCleanTracked)(this.root);
    }
    identity() {
        return (0, repository_js_1.identity)(this.root);
    }
    isPathIgnored(path) {
        return (0, repository_js_1.isPathIgnored)(this.root, path);
    }
    branchSha(name) {
        return (0, repository_js_1.branchSha)(this.root, name);
    }
    isAncestor(ancestor, descendant) {
        return (0, repository_js_1.isAncestor)(this.root, ancestor, descendant);
    }
    createRunBranch(name, sha) {
        return (0, repository_js_1.createRunBranch)(this.root, name, sha);
    }
    addAttemptWorktree(request) {
        return (0, worktree_js_1.addAttemptWorktree)({ repoRoot: this.root, ...request });
    }
    snapshotGitMetadata(worktree) {
        return (0, git_metadata_js_1.snapshotGitMetadata)(worktree);
    }
    listChanges(worktree, sinceRef) {
        return (0, changes_js_1.listChanges)(worktree, sinceRef);
    }
    listCommittedChanges(worktree, fromRef, toRef) {
        return (0, changes_js_1.listCommittedChanges)(worktree, fromRef, toRef);
    }
    detectAgentCommits(worktree, expectedHead) {
        return (0, changes_js_1.detectAgentCommits)(worktree, expectedHead);
    }
    readPatch(worktree, fromRef, toRef) {
        return (0, changes_js_1.readPatch)(worktree, fromRef, toRef);
    }
    checkpoint(request) {
        return (0, checkpoint_js_1.checkpoint)(request);
    }
    postCheckpointViolations(worktree, checkpointSha, gitMetadata) {
        return (0, checkpoint_js_1.postCheckpointViolations)(worktree, checkpointSha, gitMetadata);
    }
    checkCommittedScope(worktree, previousRef, currentRef, allowedRoots) {
        return (0, changes_js_1.checkCommittedScope)(worktree, previousRef, currentRef, allowedRoots);
    }
    fastForward(request) {
        return (0, repository_js_1.fastForward)({ repoRoot: this.root, ...request });
    }
    createRefreshBranch(request) {
        return (0, repository_js_1.createRefreshBranch)({ repoRoot: this.root, ...request });
    }
}
exports.GitAdapter = GitAdapter;
__exportStar(__webpack_require__(966), exports);
__exportStar(__webpack_require__(8053), exports);
__exportStar(__webpack_require__(8668), exports);
__exportStar(__webpack_require__(9833), exports);
__exportStar(__webpack_require__(3739), exports);
__exportStar(__webpack_require__(8114), exports);
var git_runner_js_1 = __webpack_require__(3338);
Object.defineProperty(exports, "hardenedGitEnv", ({ enumerable: true, get: function () { return git_runner_js_1.hardenedGitEnv; } }));


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

/***/ 8114:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.addAttemptWorktree = addAttemptWorktree;
/**
 * Attempt worktrees: one per item attempt, on the attempt's own branch, created from
 * the run branch tip at that moment (or reusing the attempt branch when it already exists).
 */
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const errors_js_1 = __webpack_require__(8668);
const git_metadata_js_1 = __webpack_require__(9833);
const git_runner_js_1 = __webpack_require__(3338);
const repository_js_1 = __webpack_require__(3739);
function pathExists(path) {
    try {
        return (0, node_fs_1.lstatSync)(path, { throwIfNoEntry: false }) !== undefined;
    }
    catch {
        return false;
    }
}
async function addAttemptWorktree(request) {
    const { repoRoot, branch, baseBranch } = request;
    const path = (0, node_path_1.resolve)(repoRoot, request.path);
    if (pathExists(path))
        throw new errors_js_1.GitAdapterError('worktree_path_exists', `worktree path already exists: ${path}`);
    // Both branches in one process; the name is checked by git only when something fails
    // (git refuses to create a branch with a name it would not accept either).
    const tips = await (0, repository_js_1.branchTips)(repoRoot, [branch, baseBranch]);
    if (tips.get(branch) !== null) {
        await (0, repository_js_1.assertBranchName)(repoRoot, branch);
        if ((await (0, repository_js_1.branchSha)(repoRoot, branch)) !== undefined) {
            await (0, git_runner_js_1.runGit)(repoRoot, ['worktree', 'add', '--quiet', '--', path, branch]);
            return {
                path,
                branch,
                headSha: await (0, repository_js_1.headSha)(path),
                reusedBranch: true,
                gitMetadata: (0, git_metadata_js_1.snapshotGitMetadata)(path)
            };
        }
    }
    const base = tips.get(baseBranch) ?? (await (0, repository_js_1.branchSha)(repoRoot, baseBranch));
    if (base === undefined || base === null) {
        await (0, repository_js_1.assertBranchName)(repoRoot, branch);
        throw new errors_js_1.GitAdapterError('unknown_ref', `branch ${baseBranch} does not exist`);
    }
    if (branch.startsWith('-'))
        await (0, repository_js_1.assertBranchName)(repoRoot, branch);
    // Started from the commit just read rather than from the branch name, so the worktree's
    // HEAD is known without asking. --no-track: a user's branch.autoSetupMerge must not write
    // tracking config for us.
    try {
        await (0, git_runner_js_1.runGit)(repoRoot, [
            'worktree',
            'add',
            '--quiet',
            '--no-track',
            '-b',
            branch,
            '--',
            path,
            base
        ]);
    }
    catch (error) {
        await (0, repository_js_1.assertBranchName)(repoRoot, branch);
        throw error;
    }
    return {
        path,
        branch,
        headSha: base,
        reusedBranch: false,
        gitMetadata: (0, git_metadata_js_1.snapshotGitMetadata)(path)
    };
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

/***/ 2096:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readingStart = readingStart;
exports.takeCheckoutStamp = takeCheckoutStamp;
exports.checkoutStampHolds = checkoutStampHolds;
/**
 * Whether a working tree (the operator's checkout, an attempt's worktree) can look
 * different to `git status` than it did when an earlier `git status` read it, answered
 * without running git: a stamp records the `lstat` of every entry git status could look at,
 * and of the git files its answer depends on. A later reading takes the earlier answer only
 * if a fresh walk finds every entry as the stamp has it; anything else (a new, gone or
 * changed entry, a moved HEAD) sends the caller back to git
 * (docs/decisions.md#git-status-between-stages).
 *
 * What the walk covers, against what git status reads:
 * - every entry of the working tree, directories included, except a top-level `.git`
 *   directory, the inside of directories that status reported as ignored (git does not look
 *   into those, and nothing in them can be re-included) and the inside of a nested
 *   repository's `.git`;
 * - every path the index tracks, wherever it lies (git checks tracked files in ignored
 *   directories too), present or not;
 * - the index, HEAD and the branch file it names (loose and packed), and the configuration
 *   and exclude files of the git directory.
 *
 * A write changes an entry's ctime, which cannot be set back, and a new or removed name
 * shows in the walk. What a stamp cannot tell apart is a second write in the same tick of
 * the filesystem's clock as an entry's last change, so a stamp vouches for nothing if any
 * entry changed in or after the tick its reading began in. That tick is read from the
 * filesystem itself, as the change time of a file the orchestrator touches in its own
 * directory of the repository just before the reading (git's racy-entry rule compares with
 * the index file's time the same way); where that cannot be done, an entry must have
 * changed at least `RACY_WINDOW_MS` before the reading by the process's clock.
 */
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const layout_js_1 = __webpack_require__(8951);
const stat_signature_js_1 = __webpack_require__(8827);
/**
 * Without the filesystem's clock: an entry changed this close to a reading's start may have
 * changed again unseen (a coarse filesystem's timestamps, a clock that differs a little).
 */
const RACY_WINDOW_MS = 2000;
/**
 * Past about this many entries a walk (one `lstat` each, about 3.5 \u00B5s) costs more than the
 * `git status` it would spare, which git spreads over threads (docs/performance.md).
 */
const MAX_ENTRIES = 3_000;
const GIT_DIR_FILES = ['index', 'HEAD', 'config.worktree'];
const COMMON_DIR_FILES = ['config', 'info/exclude', 'info/attributes', 'info/sparse-checkout'];
/**
 * Marks the start of a reading a stamp will be taken of: the change time from which on an
 * entry's signature no longer vouches for it (ns since the epoch). Call it before `git
 * status` runs.
 */
function readingStart(scope) {
    return filesystemNow(scope) ?? BigInt(Date.now() - RACY_WINDOW_MS) * 1000000n;
}
/**
 * The filesystem's clock, from the change time of the orchestrator's clock file in the
 * repository's `.local/` once touched; undefined when it is not a plain file on the working
 * tree's filesystem (another filesystem may keep another clock).
 */
function filesystemNow(scope) {
    if ((0, node_path_1.basename)(scope.commonDir) !== '.git')
        return undefined;
    const probe = (0, node_path_1.join)((0, node_path_1.dirname)(scope.commonDir), layout_js_1.CLOCK_PROBE);
    try {
        // An agent can reach this directory: a link planted here must not lend another file's
        // times, nor have them touched.
        const found = (0, stat_signature_js_1.lstatOrUndefined)(probe);
        if (found === undefined)
            (0, node_fs_1.writeFileSync)(probe, '', { flag: 'wx' });
        else if (!found.isFile() || found.nlink !== 1n)
            return undefined;
        else {
            const now = new Date();
            (0, node_fs_1.lutimesSync)(probe, now, now);
        }
        const stats = (0, stat_signature_js_1.lstatOrUndefined)(probe);
        const root = (0, stat_signature_js_1.lstatOrUndefined)(scope.root);
        if (stats?.isFile() !== true || stats.nlink !== 1n)
            return undefined;
        if (root === undefined || stats.dev !== root.dev)
            return undefined;
        return stats.ctimeNs;
    }
    catch {
        return undefined;
    }
}
/**
 * A stamp of the working tree as a `git status` begun at `start` (`readingStart`) read it,
 * or undefined when none can be taken: a tree too big to walk, an index this module cannot
 * read, refs in a reftable.
 */
function takeCheckoutStamp(scope, input) {
    const gitFiles = gitFilesOf(scope);
    if (input.tracked === undefined || gitFiles === undefined)
        return undefined;
    // A big checkout is known by its index before any walk is begun.
    if (input.tracked.length > MAX_ENTRIES)
        return undefined;
    const skipped = new Set(input.ignoredDirs);
    const entries = new Map();
    let newestChangeNs = 0n;
    const record = (key, stats, as) => {
        if (stats !== undefined && stats.ctimeNs > newestChangeNs)
            newestChangeNs = stats.ctimeNs;
        entries.set(key, as ?? entrySignature(stats));
        return entries.size <= MAX_ENTRIES;
    };
    if (!visitGitFiles(gitFiles, record))
        return undefined;
    if (!walk(scope.root, '', skipped, record))
        return undefined;
    const extras = input.tracked.filter((path) => !entries.has(path));
    for (const path of extras) {
        if (!record(path, (0, stat_signature_js_1.lstatOrUndefined)((0, node_path_1.join)(scope.root, path))))
            return undefined;
    }
    return { racyFromNs: input.start, newestChangeNs, gitFiles, skipped, extras, entries };
}
/**
 * Whether the checkout is, entry for entry, as `stamp` recorded it, and the stamp old enough
 * to tell.
 */
function checkoutStampHolds(stamp, scope) {
    if (stamp.newestChangeNs >= stamp.racyFromNs)
        return false;
    let seen = 0;
    const same = (key, stats, as) => {
        seen += 1;
        return stamp.entries.get(key) === (as ?? entrySignature(stats));
    };
    if (!visitGitFiles(stamp.gitFiles, same))
        return false;
    if (!walk(scope.root, '', stamp.skipped, same))
        return false;
    for (const path of stamp.extras) {
        if (!same(path, (0, stat_signature_js_1.lstatOrUndefined)((0, node_path_1.join)(scope.root, path))))
            return false;
    }
    return seen === stamp.entries.size;
}
/**
 * The git files status depends on, by absolute path: HEAD, and the branch it names as a
 * loose and a packed ref. Undefined for refs kept in a reftable, whose files this module
 * does not follow.
 */
function gitFilesOf(scope) {
    if ((0, stat_signature_js_1.lstatOrUndefined)((0, node_path_1.join)(scope.commonDir, 'reftable')) !== undefined)
        return undefined;
    const files = [
        ...GIT_DIR_FILES.map((name) => (0, node_path_1.join)(scope.gitDir, name)),
        ...COMMON_DIR_FILES.map((name) => (0, node_path_1.join)(scope.commonDir, name))
    ];
    let head;
    try {
        head = (0, node_fs_1.readFileSync)((0, node_path_1.join)(scope.gitDir, 'HEAD'), 'utf8').trim();
    }
    catch {
        return files;
    }
    if (!head.startsWith('ref: '))
        return files;
    const ref = head.slice('ref: '.length);
    // A ref name that would climb out of the git directory is one git itself refuses.
    if (ref.split('/').includes('..'))
        return undefined;
    return [...files, (0, node_path_1.join)(scope.commonDir, ref), (0, node_path_1.join)(scope.commonDir, 'packed-refs')];
}
function visitGitFiles(files, visit) {
    return files.every((path) => visit(path, (0, stat_signature_js_1.lstatOrUndefined)(path)));
}
/** Visits every entry under `dir` (repo-relative `prefix`); false as soon as `visit` is. */
function walk(root, prefix, skipped, visit) {
    let names;
    try {
        names = (0, node_fs_1.readdirSync)(prefix === '' ? root : (0, node_path_1.join)(root, prefix));
    }
    catch {
        return visit(`${prefix}/`, undefined);
    }
    for (const name of names) {
        const path = prefix === '' ? name : `${prefix}/${name}`;
        const stats = (0, stat_signature_js_1.lstatOrUndefined)((0, node_path_1.join)(root, path));
        // The repository's own git directory changes with every git command; a linked
        // worktree's `.git` file does not, and which repository it names matters.
        if (path === '.git' && stats?.isDirectory() === true)
            continue;
        if (skipped.has(path) && stats?.isDirectory() === true) {
            // Its times change with whatever happens inside, where git does not look; a directory
            // put in its place shows in the parent's times.
            if (!visit(path, undefined, 'ignored directory'))
                return false;
            continue;
        }
        if (!visit(path, stats))
            return false;
        if (stats?.isDirectory() !== true || name === '.git')
            continue;
        if (!walk(root, path, skipped, visit))
            return false;
    }
    return true;
}
/**
 * Kind, size, times, inode and mode: a write, a rename over, a chmod all change it. Not
 * stat-signature.ts's `signature`: a link is not read (pointing it elsewhere makes a new one,
 * with a new inode), and a directory keeps its times.
 */
function entrySignature(stats) {
    if (stats === undefined)
        return 'absent';
    return `${stats.mode}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}:${stats.ino}:${stats.dev}`;
}


/***/ }),

/***/ 3946:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readRepositoryIndex = readRepositoryIndex;
exports.readIndexPaths = readIndexPaths;
/**
 * The paths of a checkout's index (the checkout stamp's tracked paths), and those `git
 * status` does not look at: entries marked
 * assume-unchanged (`git update-index --assume-unchanged`) or skip-worktree. Marking a file
 * that way and then changing it is how a change would hide from the integrity check's
 * `git status`, so the check reads these flags from the index file itself (no git process):
 * format versions 2, 3 and 4, SHA-1 or SHA-256 object names. Returns undefined for an index
 * it cannot read this way (a split index, an unknown version); the caller then asks git.
 */
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const ASSUME_VALID = 0x8000;
const EXTENDED = 0x4000;
const SKIP_WORKTREE = 0x4000;
/** ctime, mtime (8 bytes each), dev, ino, mode, uid, gid, size (4 each). */
const STAT_BYTES = 40;
/**
 * `readIndexPaths` for the repository whose git directories these are, with the object
 * format its configuration names.
 */
function readRepositoryIndex(gitDir, commonDir) {
    let config = '';
    try {
        config = (0, node_fs_1.readFileSync)((0, node_path_1.join)(commonDir, 'config'), 'utf8');
    }
    catch {
        // no config: SHA-1
    }
    return readIndexPaths(gitDir, /objectformat\s*=\s*sha256/i.test(config) ? 32 : 20);
}
/** The index's paths, read from the index file; undefined for an index it cannot read this way. */
function readIndexPaths(gitDir, hashBytes) {
    let index;
    try {
        index = (0, node_fs_1.readFileSync)((0, node_path_1.join)(gitDir, 'index'));
    }
    catch (error) {
        return error.code === 'ENOENT'
            ? { paths: [], hidden: [] }
            : undefined;
    }
    try {
        return parse(index, hashBytes);
    }
    catch {
        return undefined;
    }
}
function parse(index, hashBytes) {
    if (index.toString('latin1', 0, 4) !== 'DIRC')
        return undefined;
    const version = index.readUInt32BE(4);
    if (version < 2 || version > 4)
        return undefined;
    const count = index.readUInt32BE(8);
    const hidden = [];
    const paths = [];
    let offset = 12;
    let previous = '';
    for (let entry = 0; entry < count; entry += 1) {
        const flagsAt = offset + STAT_BYTES + hashBytes;
        const flags = index.readUInt16BE(flagsAt);
        let cursor = flagsAt + 2;
        let extended = 0;
        if (version >= 3 && (flags & EXTENDED) !== 0) {
            extended = index.readUInt16BE(cursor);
            cursor += 2;
        }
        let name;
        if (version === 4) {
            const strip = readVarint(index, cursor);
            const end = index.indexOf(0, strip.next);
            if (end === -1 || strip.value > previous.length)
                return undefined;
            name =
                previous.slice(0, previous.length - strip.value) + index.toString('utf8', strip.next, end);
            offset = end + 1;
            previous = name;
        }
        else {
            const end = index.indexOf(0, cursor);
            if (end === -1)
                return undefined;
            name = index.toString('utf8', cursor, end);
            // Entries are NUL-padded to a multiple of eight bytes (one to eight NULs).
            offset += (cursor - offset + (end - cursor) + 8) & ~7;
        }
        paths.push(name);
        if ((flags & ASSUME_VALID) !== 0 || (extended & SKIP_WORKTREE) !== 0)
            hidden.push(name);
    }
    // A split index keeps most entries in a shared file this reading does not follow.
    const extensionsEnd = index.length - hashBytes;
    while (offset + 8 <= extensionsEnd) {
        if (index.toString('latin1', offset, offset + 4) === 'link')
            return undefined;
        offset += 8 + index.readUInt32BE(offset + 4);
    }
    return { paths, hidden };
}
/** git's offset varint (varint.c): each continuation adds one before shifting. */
function readVarint(buffer, at) {
    let position = at;
    let byte = buffer.readUInt8(position++);
    let value = byte & 0x7f;
    while ((byte & 0x80) !== 0) {
        byte = buffer.readUInt8(position++);
        value = ((value + 1) << 7) | (byte & 0x7f);
    }
    return { value, next: position };
}


/***/ }),

/***/ 8827:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.lstatOrUndefined = lstatOrUndefined;
exports.signature = signature;
/**
 * What the integrity readings compare a file by when they do not hash it: its `lstat`
 * signature (see `signature`).
 */
const node_fs_1 = __webpack_require__(3024);
/** Most watched files do not exist: lstat is told not to throw (an exception costs 5\u00D7 a call). */
function lstatOrUndefined(path) {
    try {
        return (0, node_fs_1.lstatSync)(path, { bigint: true, throwIfNoEntry: false });
    }
    catch {
        return undefined;
    }
}
/**
 * Changes whenever the file is written, renamed over or re-permissioned (ctime cannot be set
 * back).
 */
function signature(stats, path) {
    if (stats.isDirectory())
        return 'd';
    if (stats.isSymbolicLink())
        return `l:${(0, node_fs_1.readlinkSync)(path)}:${stats.ctimeNs}`;
    return `f:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}:${stats.ino}:${stats.mode}`;
}


/***/ }),

/***/ 9294:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_RANGE_LENGTH = exports.FORBIDDEN_ROOTS = void 0;
exports.extractPaths = extractPaths;
exports.unsafePathReason = unsafePathReason;
exports.readPaths = readPaths;
exports.readWriteRoots = readWriteRoots;
exports.readCommands = readCommands;
exports.readPrerequisites = readPrerequisites;
exports.readBoolean = readBoolean;
const text_js_1 = __webpack_require__(9508);
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
            paths.push(trimTrailingPunctuation((0, text_js_1.strip)(cell.slice(open + 1, close))));
        }
        open = cell.indexOf('`', close + 1);
    }
    for (const path of barePaths(cell))
        paths.push(trimTrailingPunctuation(path));
    return paths.length > 1 ? (0, text_js_1.dedupe)(paths) : paths;
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
exports.FORBIDDEN_ROOTS = [
    '.local',
    '.git',
    '.codex',
    '.claude',
    '.mcp.json',
    'ops/config',
    'secrets'
];
const FORBIDDEN_PREFIXES = exports.FORBIDDEN_ROOTS.map((name) => `${name}/`);
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
        const stripped = (0, text_js_1.strip)(piece);
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
            roots.push((0, text_js_1.strip)((0, text_js_1.stripChars)(piece, '/')));
    }
    if (pieces.length === 0) {
        problems.push('`allowed_write_roots` must contain at least one repo-relative root.');
    }
    return { value: (0, text_js_1.dedupe)(roots), problems };
}
function writeRootProblem(piece) {
    if (piece.includes('\\'))
        return `write root ${piece} uses a backslash; separate directories with /`;
    if (piece.startsWith('/') || /^[A-Za-z]:/.test(piece)) {
        return (0, text_js_1.stripChars)(piece, '/') === ''
            ? 'a write root of / would let the item write anywhere; name the directories it may change'
            : `\`allowed_write_roots\` must be repo-relative: ${piece}`;
    }
    const root = (0, text_js_1.strip)((0, text_js_1.stripChars)(piece, '/'));
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
    if (exports.FORBIDDEN_ROOTS.some((name, k) => lower === name || lower.startsWith(FORBIDDEN_PREFIXES[k] ?? ''))) {
        return `\`allowed_write_roots\` may not point at forbidden runtime roots: ${root}`;
    }
    return undefined;
}
function unwrapBackticks(text) {
    // Exactly two backticks, one at each end.
    return text.length >= 2 && text.charCodeAt(0) === 0x60 && text.indexOf('`', 1) === text.length - 1
        ? (0, text_js_1.strip)(text.slice(1, -1))
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
    for (const piece of (0, text_js_1.semicolonList)(cell)) {
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
exports.MAX_RANGE_LENGTH = 100_000;
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
    const trimmed = (0, text_js_1.strip)(cell);
    if (trimmed === '' || (0, text_js_1.isNone)(trimmed))
        return { value: [], problems: [] };
    const problems = [];
    const ids = [];
    // One token (one id or one range) cannot repeat an id; only a list needs deduplicating.
    let tokens = 0;
    for (const piece of trimmed.split(',')) {
        const token = (0, text_js_1.strip)(piece);
        if (token === '')
            continue;
        tokens += 1;
        if ((0, text_js_1.isNone)(token)) {
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
        if (!Number.isSafeInteger(right) || right - left >= exports.MAX_RANGE_LENGTH) {
            problems.push(`range ${token} names more than ${exports.MAX_RANGE_LENGTH} items`);
            continue;
        }
        const width = Math.max(leftText.length, rightText.length);
        for (let n = left; n <= right; n += 1)
            ids.push(paddedId(n, width, cache));
    }
    return { value: tokens > 1 ? (0, text_js_1.dedupe)(ids) : ids, problems };
}
const TRUE_WORDS = new Set(['1', 'true', 'yes', 'y']);
const FALSE_WORDS = new Set(['0', 'false', 'no', 'n']);
function readBoolean(cell) {
    const word = (0, text_js_1.strip)(cell).toLowerCase();
    if (TRUE_WORDS.has(word))
        return true;
    if (FALSE_WORDS.has(word))
        return false;
    return undefined;
}


/***/ }),

/***/ 9508:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Text rules of markdown_playbook_v1. The contract was defined by a Python tool, so
 * "whitespace" means Python's `str.isspace()` set, which differs from JavaScript's
 * `trim()` (JS strips U+FEFF and keeps U+001C\u2013U+001F and U+0085).
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.WS_CLASS = void 0;
exports.isPythonSpace = isPythonSpace;
exports.isJsSpace = isJsSpace;
exports.strip = strip;
exports.stripEnd = stripEnd;
exports.isBlank = isBlank;
exports.stripChars = stripChars;
exports.dedupe = dedupe;
exports.semicolonList = semicolonList;
exports.isNone = isNone;
exports.slugify = slugify;
exports.codePointLength = codePointLength;
const PY_WS = '\\u0009-\\u000d\\u001c-\\u001f\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
exports.WS_CLASS = PY_WS;
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

/***/ 3203:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.FORBIDDEN_RUNTIME_ROOTS = void 0;
exports.normalizeRoot = normalizeRoot;
exports.isUnderRoot = isUnderRoot;
exports.isForbiddenPath = isForbiddenPath;
exports.resolveSymlinkTarget = resolveSymlinkTarget;
exports.classifyChanges = classifyChanges;
exports.hasScopeViolations = hasScopeViolations;
exports.displayPath = displayPath;
/**
 * Scope classification of the paths an attempt changed: which ones fall under the
 * orchestrator's forbidden runtime roots, which ones lie outside the item's allowed write
 * roots, and which symlinks point somewhere the item may not write.
 *
 * Pure: the git adapter turns git's NUL-separated output into change records and this
 * module judges them. Nothing is skipped silently (the reference ignored cache roots such as
 * `node_modules`; here a file that git reports is a file the commit would carry). Callers
 * must split renames into a deletion of the old path and an addition of the new one so both
 * sides are checked.
 */
const cell_values_js_1 = __webpack_require__(9294);
exports.FORBIDDEN_RUNTIME_ROOTS = cell_values_js_1.FORBIDDEN_ROOTS;
/** Roots as the playbook writes them may carry `./`, doubled or trailing slashes. */
function normalizeRoot(root) {
    return root
        .split('/')
        .filter((segment) => segment !== '' && segment !== '.')
        .join('/');
}
/**
 * True when `path` equals `root` or lies below it at a path-component boundary:
 * `docs` contains `docs/a.md`, not `docsx/a.md`. An empty (or `.`) root is the whole repo.
 */
function isUnderRoot(path, root, ignoreCase = false) {
    const normalizedRoot = normalizeRoot(root);
    if (normalizedRoot === '')
        return true;
    const candidate = ignoreCase ? path.toLowerCase() : path;
    const base = ignoreCase ? normalizedRoot.toLowerCase() : normalizedRoot;
    return candidate === base || candidate.startsWith(`${base}/`);
}
/**
 * Forbidden roots match case-insensitively so `SECRETS/key` or `.Claude/x` cannot slip
 * past on a case-insensitive checkout. A `.git` component anywhere is forbidden too: it is
 * either repository metadata or a nested repository, and neither belongs in a commit.
 */
function isForbiddenPath(path) {
    if (exports.FORBIDDEN_RUNTIME_ROOTS.some((root) => isUnderRoot(path, root, true)))
        return true;
    return path.split('/').some((segment) => segment.toLowerCase() === '.git');
}
function isAllowedPath(path, allowedRoots) {
    return allowedRoots.some((root) => isUnderRoot(path, root));
}
/**
 * Resolves a link target lexically against the link's directory. Returns undefined when
 * the target is absolute (machine-specific, outside the repo for any other checkout), empty,
 * climbs above the repository root, or passes through or lands on a changed symlink (the OS
 * would follow that link first, so lexical resolution could not tell where it really ends).
 */
function resolveSymlinkTarget(linkPath, target, changedLinks = new Set()) {
    if (target === '' || target.startsWith('/') || /^[A-Za-z]:/.test(target))
        return undefined;
    const resolved = linkPath.split('/').slice(0, -1);
    for (const segment of target.split('/')) {
        if (segment === '' || segment === '.')
            continue;
        if (segment === '..') {
            if (resolved.length === 0)
                return undefined;
            resolved.pop();
            continue;
        }
        resolved.push(segment);
        if (changedLinks.has(resolved.join('/')))
            return undefined;
    }
    return resolved.join('/');
}
function isUnsafeSymlink(change, allowedRoots, changedLinks) {
    if (change.kind === 'deleted' || change.isSymlink !== true)
        return false;
    const resolved = resolveSymlinkTarget(change.path, change.symlinkTarget ?? '', changedLinks);
    if (resolved === undefined)
        return true;
    return isForbiddenPath(resolved) || !isAllowedPath(resolved, allowedRoots);
}
/** Classifies every change; an empty `allowedRoots` puts every path out of scope. */
function classifyChanges(changes, allowedRoots) {
    const forbidden = new Set();
    const outOfScope = new Set();
    const unsafeSymlinks = new Set();
    const changedLinks = new Set(changes.filter((change) => change.isSymlink && change.kind !== 'deleted').map((c) => c.path));
    for (const change of changes) {
        if (isForbiddenPath(change.path))
            forbidden.add(change.path);
        else if (!isAllowedPath(change.path, allowedRoots))
            outOfScope.add(change.path);
        else if (isUnsafeSymlink(change, allowedRoots, changedLinks))
            unsafeSymlinks.add(change.path);
    }
    const report = {
        forbidden: [...forbidden],
        outOfScope: [...outOfScope],
        unsafeSymlinks: [...unsafeSymlinks]
    };
    return { ...report, summary: summarizeScope(report, changes) };
}
function hasScopeViolations(report) {
    return (report.forbidden.length > 0 || report.outOfScope.length > 0 || report.unsafeSymlinks.length > 0);
}
/** Quotes a path only when it would break a one-line message (control characters, quotes). */
function displayPath(path) {
    // eslint-disable-next-line no-control-regex
    return /[\u0000-\u001f\u007f"\\]|^\s|\s$/.test(path) ? JSON.stringify(path) : path;
}
function summarizeScope(report, changes) {
    const paths = new Set(changes.map((change) => change.path));
    if (!hasScopeViolations(report)) {
        if (paths.size === 0)
            return 'no changed paths';
        const noun = paths.size === 1 ? 'changed path is' : 'changed paths are';
        return `all ${paths.size} ${noun} within the allowed write roots`;
    }
    const targets = new Map(changes.map((change) => [change.path, change.symlinkTarget ?? '']));
    const parts = [];
    if (report.forbidden.length > 0)
        parts.push(`forbidden paths: ${report.forbidden.map(displayPath).join(', ')}`);
    if (report.outOfScope.length > 0)
        parts.push(`out-of-scope paths: ${report.outOfScope.map(displayPath).join(', ')}`);
    if (report.unsafeSymlinks.length > 0) {
        const links = report.unsafeSymlinks.map((link) => `${displayPath(link)} -> ${displayPath(targets.get(link) ?? '')}`);
        parts.push(`symlinks leaving the allowed roots: ${links.join(', ')}`);
    }
    return `scope violation: ${parts.join('; ')}`;
}


/***/ })

};

//# sourceMappingURL=143.index.js.map