export const id = 273;
export const ids = [273];
export const modules = {

/***/ 415:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readGitFiles = readGitFiles;
exports.readRefs = readRefs;
exports.readCheckout = readCheckout;
exports.readCheckoutStamped = readCheckoutStamped;
exports.readRunStateDigest = readRunStateDigest;
exports.readOutside = readOutside;
/**
 * Reads what lies outside an attempt (see core/integrity/outside-state.ts) cheaply: git
 * metadata, hooks and refs (loose and packed) straight from the filesystem, the run store by
 * `lstat` (store-reader.ts), and the operator's checkout with one `git status`. Git is run
 * only after the git metadata has been read (and, by the caller, restored), never on
 * metadata an agent planted.
 */
const node_crypto_1 = __webpack_require__(7598);
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const outside_state_js_1 = __webpack_require__(1176);
const layout_js_1 = __webpack_require__(8951);
const git_metadata_js_1 = __webpack_require__(9833);
const git_runner_js_1 = __webpack_require__(3338);
const z_output_js_1 = __webpack_require__(8971);
const checkout_stamp_js_1 = __webpack_require__(2096);
const hidden_index_entries_js_1 = __webpack_require__(3946);
const stat_signature_js_1 = __webpack_require__(8827);
const store_reader_js_1 = __webpack_require__(369);
/** Files git reads as configuration or as programs, relative to the common git directory. */
const COMMON_FILES = [
    'config',
    'info/exclude',
    'info/attributes',
    'info/grafts',
    'info/sparse-checkout',
    'objects/info/alternates',
    'objects/info/http-alternates'
];
const WORKTREE_ADMIN_FILES = ['HEAD', 'gitdir', 'commondir', 'config.worktree', 'locked'];
const KEEP_CONTENT_BYTES = 1024 * 1024;
function sha256(data) {
    return (0, node_crypto_1.createHash)('sha256').update(data).digest('hex');
}
/**
 * A file whose change time lies this close to an earlier reading's start is read again even
 * when its signature is unchanged: a write in the same clock tick as that reading (or within
 * a coarse filesystem's timestamp granularity) can leave size and times as they were.
 */
const RACY_WINDOW_MS = 2000;
/** What an earlier reading read of a file, when the file has not changed since. */
function unchangedSince(earlier, label, stats, sig) {
    const stamps = earlier?.fileStats;
    if (stamps === undefined || stamps.signatures.get(label) !== sig)
        return undefined;
    if (Number(stats.ctimeNs / 1000000n) >= stamps.readAtMs - RACY_WINDOW_MS)
        return undefined;
    const watched = earlier?.state.gitFiles[label];
    return watched === undefined ? undefined : { watched, content: earlier?.contents.get(label) };
}
function watchFile(files, repoRoot, path, run, earlier) {
    const stats = (0, stat_signature_js_1.lstatOrUndefined)(path);
    if (stats === undefined)
        return;
    const label = (0, layout_js_1.repoRelative)(repoRoot, path);
    if (stats.isDirectory()) {
        for (const name of (0, node_fs_1.readdirSync)(path).sort())
            watchFile(files, repoRoot, (0, node_path_1.join)(path, name), run, earlier);
        return;
    }
    const extra = run === undefined ? {} : { run };
    if (stats.isSymbolicLink()) {
        const target = (0, node_fs_1.readlinkSync)(path);
        files.files[label] = { sha256: sha256(`symlink:${target}`), ...extra };
        files.contents.set(label, { kind: 'symlink', target });
        return;
    }
    if (!stats.isFile()) {
        files.files[label] = { sha256: sha256(`special:${stats.mode}`), ...extra };
        return;
    }
    const sig = (0, stat_signature_js_1.signature)(stats, path);
    files.signatures.set(label, sig);
    const unchanged = unchangedSince(earlier, label, stats, sig);
    if (unchanged !== undefined) {
        const { sha256: digest, configLines: lines } = unchanged.watched;
        files.files[label] = {
            sha256: digest,
            ...(lines === undefined ? {} : { configLines: lines }),
            ...extra
        };
        if (unchanged.content !== undefined)
            files.contents.set(label, unchanged.content);
        return;
    }
    const data = (0, node_fs_1.readFileSync)(path);
    const isConfig = /(^|\/)config(\.worktree)?$/.test(label);
    files.files[label] = {
        sha256: sha256(data),
        ...(isConfig ? { configLines: (0, outside_state_js_1.configLines)(data.toString('utf8')) } : {}),
        ...extra
    };
    if (data.length <= KEEP_CONTENT_BYTES)
        files.contents.set(label, { kind: 'file', data, mode: Number(stats.mode) & 0o7777 });
}
/** The run whose worktree (absolute) lies under the worktree root, if any. */
function worktreeRun(repoRoot, worktree) {
    const prefix = `${(0, node_path_1.join)(repoRoot, layout_js_1.WORKTREE_ROOT)}/`;
    return worktree.startsWith(prefix) ? worktree.slice(prefix.length).split('/')[0] : undefined;
}
/** The worktree an administrative directory's `gitdir` pointer names, if it has one. */
function worktreeOf(adminDir) {
    try {
        return (0, node_path_1.dirname)((0, node_path_1.resolve)(adminDir, (0, node_fs_1.readFileSync)((0, node_path_1.join)(adminDir, 'gitdir'), 'utf8').trim()));
    }
    catch {
        return undefined;
    }
}
/** Whether `worktree` is the attempt's own (the same path, or the same directory through links). */
function isOwnWorktree(worktree, ownPath, own) {
    if (ownPath === null)
        return false;
    if ((0, node_path_1.resolve)(worktree) === (0, node_path_1.resolve)(ownPath))
        return true;
    if (own === undefined)
        return false;
    const stats = (0, node_fs_1.statSync)(worktree, { bigint: true, throwIfNoEntry: false });
    return stats !== undefined && stats.dev === own.dev && stats.ino === own.ino;
}
/**
 * Git metadata of the checkout: config, info files, hooks, HEAD, other worktrees' pointers.
 * A file whose signature is unchanged since `earlier` was read is taken from that reading.
 */
function readGitFiles(scope, earlier) {
    const readAtMs = Date.now();
    const { gitDir, commonDir } = (0, git_metadata_js_1.locateGitDirs)(scope.repoRoot);
    const files = { files: {}, contents: new Map(), signatures: new Map() };
    const watch = (path, run) => watchFile(files, scope.repoRoot, path, run, earlier);
    for (const name of COMMON_FILES)
        watch((0, node_path_1.join)(commonDir, name));
    watch((0, node_path_1.join)(commonDir, 'hooks'));
    watch((0, node_path_1.join)(gitDir, 'HEAD'));
    if (gitDir !== commonDir)
        watch((0, node_path_1.join)(gitDir, 'config.worktree'));
    const admins = (0, node_path_1.join)(commonDir, 'worktrees');
    const names = (0, node_fs_1.existsSync)(admins) ? (0, node_fs_1.readdirSync)(admins).sort() : [];
    const own = scope.ownWorktree === null
        ? undefined
        : (0, node_fs_1.statSync)(scope.ownWorktree, { bigint: true, throwIfNoEntry: false });
    for (const name of names) {
        const adminDir = (0, node_path_1.join)(admins, name);
        if (adminDir === gitDir)
            continue;
        const worktree = worktreeOf(adminDir);
        if (worktree !== undefined && isOwnWorktree(worktree, scope.ownWorktree, own))
            continue;
        const run = worktree === undefined ? undefined : worktreeRun(scope.repoRoot, worktree);
        for (const file of WORKTREE_ADMIN_FILES)
            watch((0, node_path_1.join)(adminDir, file), run);
    }
    return { ...files, commonDir, readAtMs };
}
function walkRefs(refs, dir, prefix) {
    let entries;
    try {
        entries = (0, node_fs_1.readdirSync)(dir, { withFileTypes: true });
    }
    catch {
        return;
    }
    for (const entry of entries) {
        const path = (0, node_path_1.join)(dir, entry.name);
        const name = `${prefix}/${entry.name}`;
        if (entry.isDirectory())
            walkRefs(refs, path, name);
        else if (!entry.name.endsWith('.lock')) {
            try {
                refs[name] = (0, node_fs_1.readFileSync)(path, 'utf8').trim();
            }
            catch {
                // gone between listing and reading: a ref being deleted right now
            }
        }
    }
}
/** Every ref, loose over packed, as git resolves names (symbolic refs as `ref: <target>`). */
async function readRefs(repoRoot, commonDir) {
    if ((0, node_fs_1.existsSync)((0, node_path_1.join)(commonDir, 'reftable')))
        return readRefsThroughGit(repoRoot);
    const refs = {};
    let packed = '';
    try {
        packed = (0, node_fs_1.readFileSync)((0, node_path_1.join)(commonDir, 'packed-refs'), 'utf8');
    }
    catch {
        // no packed refs
    }
    for (const line of packed.split('\n')) {
        if (line === '' || line.startsWith('#') || line.startsWith('^'))
            continue;
        const space = line.indexOf(' ');
        if (space > 0)
            refs[line.slice(space + 1)] = line.slice(0, space);
    }
    walkRefs(refs, (0, node_path_1.join)(commonDir, 'refs'), 'refs');
    return refs;
}
/** A reftable repository keeps refs in a binary format: ask git (one process). */
async function readRefsThroughGit(repoRoot) {
    const output = await (0, git_runner_js_1.runGit)(repoRoot, [
        'for-each-ref',
        '--format=%(refname)%00%(objectname)%00%(symref)%00'
    ]);
    const refs = {};
    const fields = output.split('\0');
    for (let index = 0; index + 2 < fields.length; index += 3) {
        const name = (fields[index] ?? '').replace(/^\n/, '');
        const symref = fields[index + 2] ?? '';
        refs[name] = symref === '' ? (fields[index + 1] ?? '') : `ref: ${symref}`;
    }
    return refs;
}
/**
 * The checkout as `git status` sees it (tracked changes and untracked files, ignored files
 * left out), each listed path with its stat signature so that a further change to a file
 * that was already dirty shows too.
 */
async function readCheckout(repoRoot) {
    return (await statusOfCheckout(repoRoot, (0, git_metadata_js_1.locateGitDirs)(repoRoot))).entries;
}
/**
 * `readCheckout`, or `earlier` itself when its stamp shows that git would find the checkout
 * as it did then (see checkout-stamp.ts).
 */
async function readCheckoutStamped(repoRoot, earlier) {
    const dirs = (0, git_metadata_js_1.locateGitDirs)(repoRoot);
    const scope = { root: repoRoot, ...dirs };
    if (earlier?.stamp !== undefined && (0, checkout_stamp_js_1.checkoutStampHolds)(earlier.stamp, scope))
        return earlier;
    const start = (0, checkout_stamp_js_1.readingStart)(scope);
    const status = await statusOfCheckout(repoRoot, dirs);
    const stamp = (0, checkout_stamp_js_1.takeCheckoutStamp)(scope, { start, ...status });
    return stamp === undefined ? { checkout: status.entries } : { checkout: status.entries, stamp };
}
async function statusOfCheckout(repoRoot, { gitDir, commonDir }) {
    const output = await (0, git_runner_js_1.runGit)(repoRoot, [
        'status',
        '--porcelain=v2',
        '-z',
        '--untracked-files=all',
        '--ignored=matching',
        '--no-renames',
        '--ignore-submodules=all'
    ]);
    const entries = {};
    const records = output.split('\0');
    for (const record of records) {
        const type = record.charAt(0);
        const fieldCount = type === '1' ? 8 : type === 'u' ? 10 : type === '?' ? 1 : undefined;
        if (fieldCount === undefined)
            continue;
        let position = 0;
        for (let field = 0; field < fieldCount && position !== -1; field += 1)
            position = record.indexOf(' ', position) + 1 || -1;
        if (position === -1)
            continue;
        const path = record.slice(position);
        const stats = (0, stat_signature_js_1.lstatOrUndefined)((0, node_path_1.join)(repoRoot, path));
        const sig = stats === undefined ? 'absent' : (0, stat_signature_js_1.signature)(stats, (0, node_path_1.join)(repoRoot, path));
        entries[path] = `${record.slice(0, position).trim()}|${sig}`;
    }
    // git status does not look at these paths at all: each is listed with its signature.
    const index = await indexPaths(repoRoot, gitDir, commonDir);
    for (const path of index.hidden) {
        const stats = (0, stat_signature_js_1.lstatOrUndefined)((0, node_path_1.join)(repoRoot, path));
        const sig = stats === undefined ? 'absent' : (0, stat_signature_js_1.signature)(stats, (0, node_path_1.join)(repoRoot, path));
        entries[path] = `${entries[path] ?? outside_state_js_1.HIDDEN_FROM_STATUS}|${sig}`;
    }
    return { entries, ignoredDirs: (0, z_output_js_1.parseIgnoredDirs)(output), tracked: index.paths };
}
/** The index's hidden entries, and all its paths when the index file could be read here. */
async function indexPaths(repoRoot, gitDir, commonDir) {
    const read = (0, hidden_index_entries_js_1.readRepositoryIndex)(gitDir, commonDir);
    if (read !== undefined)
        return read;
    const hidden = (0, z_output_js_1.parseHiddenIndexEntries)(await (0, git_runner_js_1.runGit)(repoRoot, ['ls-files', '-v', '-z']));
    return { hidden, paths: undefined };
}
function readRunStateDigest(repoRoot, runId) {
    try {
        return sha256((0, node_fs_1.readFileSync)((0, node_path_1.join)(repoRoot, layout_js_1.CONTROL_ROOT, runId, 'run_state.json')));
    }
    catch {
        return null;
    }
}
/**
 * A whole reading. `previous` is the last stage's reading after it (see `PreviousReading`):
 * the orchestrator never writes in the checkout's files between stages, so its `git status`
 * is still true, and the settled parts of the run store are carried over.
 */
async function readOutside(scope, previous) {
    const git = readGitFiles(scope, previous?.snapshot);
    const refs = await readRefs(scope.repoRoot, git.commonDir);
    const checkout = previous === undefined
        ? await readCheckoutStamped(scope.repoRoot)
        : { checkout: previous.snapshot.state.checkout, stamp: previous.snapshot.checkoutStamp };
    const liveRuns = (0, store_reader_js_1.readLiveRuns)(scope.repoRoot, scope.runId);
    const store = previous === undefined
        ? (0, store_reader_js_1.readStore)(scope.repoRoot)
        : (0, store_reader_js_1.readStoreCarrying)(scope.repoRoot, {
            runId: scope.runId,
            liveRuns,
            previous: previous.snapshot.state,
            touchedItems: previous.touchedItems
        });
    return {
        state: {
            refs,
            gitFiles: git.files,
            checkout: checkout.checkout,
            store,
            liveRuns,
            runStateDigest: readRunStateDigest(scope.repoRoot, scope.runId)
        },
        contents: git.contents,
        fileStats: { signatures: git.signatures, readAtMs: git.readAtMs },
        ...(checkout.stamp === undefined ? {} : { checkoutStamp: checkout.stamp })
    };
}


/***/ }),

/***/ 369:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readStore = readStore;
exports.readStoreCarrying = readStoreCarrying;
exports.readLiveRuns = readLiveRuns;
/**
 * The run store as the integrity check reads it: every file and directory under the store
 * roots by `lstat` signature, walked after every stage; before a stage, the parts the kernel
 * has not written since are taken from that walk (docs/decisions.md, "Run store readings
 * between stages").
 */
const node_fs_1 = __webpack_require__(3024);
const node_os_1 = __webpack_require__(8161);
const node_path_1 = __webpack_require__(6760);
const layout_js_1 = __webpack_require__(8951);
const stat_signature_js_1 = __webpack_require__(8827);
/**
 * Signatures of everything under `dir` (absolute), keyed by `relative/<name>`. Paths are
 * built by concatenation (`dir` is already normal and a listed name holds no `/`), not
 * `path.join`: the run store holds thousands of entries and is walked after every stage.
 * A directory's signature is `d` whatever its times, so the listing's own entry type spares
 * it an `lstat` (a symlink is listed as one; where the filesystem does not give the type,
 * Node asks `lstat` itself).
 */
function walkStore(store, dir, relative) {
    let entries;
    try {
        entries = (0, node_fs_1.readdirSync)(dir, { withFileTypes: true });
    }
    catch {
        return;
    }
    for (const entry of entries) {
        const path = `${dir}/${entry.name}`;
        const label = `${relative}/${entry.name}`;
        if (entry.isDirectory()) {
            store[label] = 'd';
            walkStore(store, path, label);
            continue;
        }
        const stats = (0, node_fs_1.lstatSync)(path, { bigint: true, throwIfNoEntry: false });
        if (stats === undefined)
            continue;
        store[label] = (0, stat_signature_js_1.signature)(stats, path);
        if (stats.isDirectory())
            walkStore(store, path, label);
    }
}
/** Every file and directory under the run store roots, by `lstat` signature. */
function readStore(repoRoot) {
    const store = {};
    for (const root of [layout_js_1.CONTROL_ROOT, layout_js_1.REPORT_ROOT])
        walkStore(store, (0, node_path_1.join)(repoRoot, root), root);
    return store;
}
/**
 * The run store as `readStore` reads it, except for the parts the kernel has not written
 * since `carry.previous` was read: other runs that were not live then and are not now, and
 * this run's items outside `carry.touchedItems`. Their directories are listed (so one made
 * or removed since is seen), and what lies under them is the previous reading's. The store
 * of a long run, or of a repository with many earlier runs, is then walked once per stage,
 * after it, instead of twice.
 */
function readStoreCarrying(repoRoot, carry) {
    const store = {};
    const carried = new Set();
    const wasCarryable = (label, stats) => stats.isDirectory() && carry.previous.store[label] === 'd';
    const live = new Set([...carry.liveRuns, ...carry.previous.liveRuns]);
    for (const root of [layout_js_1.CONTROL_ROOT, layout_js_1.REPORT_ROOT]) {
        const rootDir = (0, node_path_1.join)(repoRoot, root);
        for (const [run, runStats] of listDirectory(store, rootDir, root)) {
            const runLabel = `${root}/${run}`;
            const runDir = `${rootDir}/${run}`;
            if (run !== carry.runId) {
                if (!live.has(run) && wasCarryable(runLabel, runStats))
                    carried.add(`${runLabel}/`);
                else if (runStats.isDirectory())
                    walkStore(store, runDir, runLabel);
                continue;
            }
            if (!runStats.isDirectory())
                continue;
            for (const [name, stats] of listDirectory(store, runDir, runLabel)) {
                const label = `${runLabel}/${name}`;
                if (!stats.isDirectory())
                    continue;
                if (name !== 'items') {
                    walkStore(store, `${runDir}/${name}`, label);
                    continue;
                }
                for (const [item, itemStats] of listDirectory(store, `${runDir}/items`, label)) {
                    const itemLabel = `${label}/${item}`;
                    if (!carry.touchedItems.has(item) && wasCarryable(itemLabel, itemStats))
                        carried.add(`${itemLabel}/`);
                    else if (itemStats.isDirectory())
                        walkStore(store, `${runDir}/items/${item}`, itemLabel);
                }
            }
        }
    }
    if (carried.size > 0)
        for (const [path, sig] of Object.entries(carry.previous.store)) {
            const unit = carryUnitOf(path, carry.runId);
            if (unit !== undefined && carried.has(unit))
                store[path] = sig;
        }
    return store;
}
/** The entries of one directory, recorded in `store`, with their `lstat`. */
function listDirectory(store, dir, relative) {
    let names;
    try {
        names = (0, node_fs_1.readdirSync)(dir);
    }
    catch {
        return [];
    }
    const listed = [];
    for (const name of names) {
        const path = `${dir}/${name}`;
        const stats = (0, node_fs_1.lstatSync)(path, { bigint: true, throwIfNoEntry: false });
        if (stats === undefined)
            continue;
        store[`${relative}/${name}`] = (0, stat_signature_js_1.signature)(stats, path);
        listed.push([name, stats]);
    }
    return listed;
}
/**
 * The carried directory a store path lies under (with a trailing `/`): its run's for
 * another run, its item's for this one; undefined for what is always read.
 */
function carryUnitOf(path, runId) {
    for (const root of [layout_js_1.CONTROL_ROOT, layout_js_1.REPORT_ROOT]) {
        if (!path.startsWith(root) || path.charAt(root.length) !== '/')
            continue;
        const runEnd = path.indexOf('/', root.length + 1);
        if (runEnd === -1)
            return undefined;
        const run = path.slice(root.length + 1, runEnd);
        if (run !== runId)
            return path.slice(0, runEnd + 1);
        if (!path.startsWith('/items/', runEnd))
            return undefined;
        const itemEnd = path.indexOf('/', runEnd + '/items/'.length);
        return itemEnd === -1 ? undefined : path.slice(0, itemEnd + 1);
    }
    return undefined;
}
/** Other runs whose lock a live process on this host holds: they change while we look. */
function readLiveRuns(repoRoot, runId) {
    const control = (0, node_path_1.join)(repoRoot, layout_js_1.CONTROL_ROOT);
    let runs;
    try {
        runs = (0, node_fs_1.readdirSync)(control);
    }
    catch {
        return [];
    }
    return runs.filter((run) => run !== runId && holdsLiveLock((0, node_path_1.join)(control, run)));
}
function holdsLiveLock(runDir) {
    if (!(0, node_fs_1.existsSync)((0, node_path_1.join)(runDir, 'run.lock')))
        return false;
    try {
        const owner = JSON.parse((0, node_fs_1.readFileSync)((0, node_path_1.join)(runDir, 'run.lock.owner.json'), 'utf8'));
        if (owner.host !== (0, node_os_1.hostname)() || typeof owner.pid !== 'number')
            return true;
        if (owner.pid === process.pid)
            return false;
        process.kill(owner.pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}


/***/ }),

/***/ 4668:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readPlaybookSource = readPlaybookSource;
exports.readPlaybookFile = readPlaybookFile;
exports.posixPath = posixPath;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const errors_js_1 = __webpack_require__(3916);
/**
 * Reads a playbook from disk for normalization. A relative path is read from `cwd` (the
 * caller's working directory, not necessarily this process's). Failures become one-line
 * messages that name the path as the user typed it.
 */
async function readPlaybookSource(path, now = new Date(), cwd = process.cwd()) {
    const file = await readPlaybookFile(path, cwd);
    // Loaded here, not with the module: compiling node:crypto is a noticeable part of the
    // start of a CLI command that never needs the hash (docs/performance.md, CLI start-up).
    const { createHash } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7598, 23));
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
    const file = (0, node_path_1.resolve)(cwd, path);
    let bytes;
    try {
        if ((0, node_fs_1.statSync)(file).isDirectory())
            throw new errors_js_1.UserInputError(`${path}: is a directory, not a playbook file`);
        bytes = (0, node_fs_1.readFileSync)(file);
    }
    catch (error) {
        if (error instanceof errors_js_1.UserInputError)
            throw error;
        throw new errors_js_1.UserInputError(describeFsError(path, error));
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

/***/ 1176:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.STAGE_RECORD = exports.HIDDEN_FROM_STATUS = exports.INTEGRITY_ESCALATION = void 0;
exports.isRestorableGitFile = isRestorableGitFile;
exports.isRunRef = isRunRef;
exports.compareOutside = compareOutside;
exports.describeChange = describeChange;
exports.configLines = configLines;
exports.parseConfig = parseConfig;
exports.withoutPlantedEntries = withoutPlantedEntries;
exports.configEntry = configEntry;
const layout_js_1 = __webpack_require__(8951);
/** How the escalation summary of an integrity incident begins (supervision parks such items). */
exports.INTEGRITY_ESCALATION = 'something changed outside the attempt';
/** How a checkout entry that git status does not look at (assume-unchanged, skip-worktree) begins. */
exports.HIDDEN_FROM_STATUS = 'hidden from git status';
/** Git metadata files the kernel restores; the checkout's HEAD and other worktrees are reported only. */
function isRestorableGitFile(path) {
    const inGitDir = path.replace(/^.*?\.git\//, '');
    return !/^(HEAD|worktrees\/)/.test(inGitDir);
}
/** Refs that belong to run `runId` (its run branch, item branches and refresh branches). */
function isRunRef(ref, runId) {
    return (ref === `refs/heads/${(0, layout_js_1.runBranchName)(runId)}` ||
        ref.startsWith(`refs/heads/orchestrator/item/${runId}/`) ||
        ref.startsWith(`refs/heads/orchestrator/run-refresh/${runId}/`));
}
/** The run a ref or run-store path belongs to, if any. */
function runOfRef(ref) {
    return /^refs\/heads\/orchestrator\/(?:run|item|run-refresh)\/(RUN_[^/]+)/.exec(ref)?.[1];
}
function runOfStorePath(path) {
    for (const root of [layout_js_1.CONTROL_ROOT, layout_js_1.REPORT_ROOT]) {
        if (!path.startsWith(`${root}/`))
            continue;
        const end = path.indexOf('/', root.length + 1);
        return path.slice(root.length + 1, end === -1 ? undefined : end);
    }
    return undefined;
}
/** The record of the stage in progress, in the run's control directory (see integrity-guard.ts). */
exports.STAGE_RECORD = 'integrity_stage.json';
/** Paths of this run the orchestrator itself keeps changing: the lock and supervision files. */
function isLiveBookkeeping(path, runId) {
    const control = `${layout_js_1.CONTROL_ROOT}/${runId}/`;
    if (!path.startsWith(control))
        return false;
    const inRun = path.slice(control.length);
    return (inRun === 'run_state.json' ||
        inRun === exports.STAGE_RECORD ||
        inRun === 'run.lock' ||
        inRun.startsWith('run.lock/') ||
        inRun.startsWith('run.lock.') ||
        inRun === 'supervision' ||
        inRun.startsWith('supervision/'));
}
/** An own write, inside an own directory, or a directory made to hold one. */
function isOwnWrite(path, scope) {
    return scope.ownWrites.some((own) => path === own || own.startsWith(`${path}/`) || (own.endsWith('/') && path.startsWith(own)));
}
/** Runs the comparison leaves alone: live at the first reading, or new and live at the second. */
function skippedRuns(before, after) {
    const skipped = new Set(before.liveRuns);
    if (after.liveRuns.length === 0)
        return skipped;
    const known = new Set();
    for (const path in before.store)
        known.add(runOfStorePath(path));
    for (const run of after.liveRuns)
        if (!known.has(run))
            skipped.add(run);
    return skipped;
}
/**
 * Keys whose values differ, sorted. Walks both maps without building a union: the run
 * store's map holds thousands of paths and is compared after every stage.
 */
function diffKeys(before, after, same = (a, b) => a === b) {
    const differs = (key) => {
        const a = before[key];
        const b = after[key];
        return a === undefined || b === undefined ? a !== b : !same(a, b);
    };
    const keys = [];
    for (const key of Object.keys(before))
        if (differs(key))
            keys.push(key);
    for (const key of Object.keys(after))
        if (!Object.hasOwn(before, key) && differs(key))
            keys.push(key);
    return keys.sort();
}
function configDelta(before, after) {
    if (before?.configLines === undefined && after?.configLines === undefined)
        return undefined;
    const was = new Set(before?.configLines ?? []);
    const now = new Set(after?.configLines ?? []);
    return {
        added: [...now].filter((line) => !was.has(line)),
        removed: [...was].filter((line) => !now.has(line))
    };
}
/**
 * Everything outside the attempt that differs between two readings, except what the stage
 * may change: its own branch, the files the orchestrator writes during it, this run's lock
 * and supervision files, and runs another live process is changing. Refs of this run are
 * also held to `scope.expectedRefs`, so a move that happened between two stages is caught too.
 */
function compareOutside(before, after, scope) {
    const skipped = skippedRuns(before, after);
    const changes = [];
    const ownRef = `refs/heads/${scope.ownBranch}`;
    const refNames = new Set([
        ...diffKeys(before.refs, after.refs),
        ...Object.keys(scope.expectedRefs).filter((ref) => after.refs[ref] !== scope.expectedRefs[ref])
    ]);
    for (const ref of [...refNames].sort()) {
        if (ref === ownRef)
            continue;
        const run = runOfRef(ref);
        if (run !== undefined && run !== scope.runId && skipped.has(run))
            continue;
        changes.push({
            area: 'ref',
            path: ref,
            before: scope.expectedRefs[ref] ?? before.refs[ref] ?? null,
            after: after.refs[ref] ?? null,
            ours: isRunRef(ref, scope.runId)
        });
    }
    for (const path of diffKeys(before.gitFiles, after.gitFiles, (a, b) => a.sha256 === b.sha256)) {
        const run = before.gitFiles[path]?.run ?? after.gitFiles[path]?.run;
        if (run !== undefined && run !== scope.runId && skipped.has(run))
            continue;
        const delta = configDelta(before.gitFiles[path], after.gitFiles[path]);
        changes.push({
            area: 'git_file',
            path,
            before: before.gitFiles[path]?.sha256 ?? null,
            after: after.gitFiles[path]?.sha256 ?? null,
            ours: isRestorableGitFile(path),
            ...(delta === undefined ? {} : { configDelta: delta })
        });
    }
    for (const path of diffKeys(before.checkout, after.checkout)) {
        changes.push({
            area: 'checkout',
            path,
            before: before.checkout[path] ?? null,
            after: after.checkout[path] ?? null,
            ours: false
        });
    }
    for (const path of diffKeys(before.store, after.store)) {
        const run = runOfStorePath(path);
        if (run !== undefined && run !== scope.runId && skipped.has(run))
            continue;
        if (isLiveBookkeeping(path, scope.runId) || isOwnWrite(path, scope))
            continue;
        changes.push({
            area: 'run_store',
            path,
            before: before.store[path] ?? null,
            after: after.store[path] ?? null,
            ours: false
        });
    }
    return changes;
}
function short(value) {
    if (value === null)
        return 'nothing';
    return /^[0-9a-f]{40,64}$/.test(value) ? value.slice(0, 12) : value;
}
/** One change in words, e.g. `run branch orchestrator/run/RUN_\u2026 moved from 1a2b\u2026 to 3c4d\u2026`. */
function describeChange(change, runId) {
    switch (change.area) {
        case 'ref': {
            const name = change.path === `refs/heads/${(0, layout_js_1.runBranchName)(runId)}` ||
                change.path.startsWith(`refs/heads/orchestrator/run-refresh/${runId}/`)
                ? `run branch ${change.path.slice('refs/heads/'.length)}`
                : `ref ${change.path}`;
            if (change.before === null)
                return `${name} was created at ${short(change.after)}`;
            if (change.after === null)
                return `${name} was deleted (it was at ${short(change.before)})`;
            return `${name} moved from ${short(change.before)} to ${short(change.after)}`;
        }
        case 'git_file': {
            const what = change.before === null ? 'was planted' : change.after === null ? 'was deleted' : 'changed';
            const delta = change.configDelta;
            const lines = [
                ...(delta?.added ?? []).map((line) => `+${line}`),
                ...(delta?.removed ?? []).map((line) => `-${line}`)
            ];
            return `${change.path} ${what}${lines.length === 0 ? '' : ` (${lines.join(', ')})`}`;
        }
        case 'checkout':
            if (change.after?.startsWith(exports.HIDDEN_FROM_STATUS) === true)
                return `${change.path} in the checkout was hidden from git status (assume-unchanged or skip-worktree)`;
            if (change.before === null)
                return `${change.path} in the checkout changed`;
            if (change.after === null)
                return `${change.path} in the checkout went back to its committed state`;
            return `${change.path} in the checkout changed again`;
        case 'run_store':
            if (change.before === null)
                return `${change.path} was written in the run store`;
            if (change.after === null)
                return `${change.path} was deleted from the run store`;
            return `${change.path} was changed in the run store`;
        case 'run_state':
            return `${change.path} was rewritten by someone other than the orchestrator`;
    }
}
/**
 * `git config` text \u2192 sorted `section.key=value` lines (subsections kept as written,
 * credentials redacted), enough to name a planted `core.fsmonitor` or `include.path`. Not a
 * full config parser: a line it cannot read is kept verbatim, so the change still shows.
 */
function configLines(text) {
    return [
        ...new Set(parseConfig(text)
            .map((line) => line.entry)
            .filter((entry) => entry !== undefined))
    ].sort();
}
/** Each raw line of a config text with the entry it holds (undefined: blank, comment, header). */
function parseConfig(text) {
    const lines = [];
    let section = '';
    for (const raw of text.split('\n')) {
        const line = raw.replace(/\r$/, '').trim();
        if (line === '' || line.startsWith('#') || line.startsWith(';')) {
            lines.push({ raw });
            continue;
        }
        const header = /^\[\s*([A-Za-z0-9.-]+)(?:\s+"((?:[^"\\]|\\.)*)")?\s*\](.*)$/.exec(line);
        if (header !== null) {
            section =
                header[2] === undefined
                    ? (header[1] ?? '').toLowerCase()
                    : `${(header[1] ?? '').toLowerCase()}.${header[2]}`;
            const rest = (header[3] ?? '').trim();
            lines.push(rest === ''
                ? { raw, header: true }
                : { raw, header: true, entry: configEntry(section, rest) });
            continue;
        }
        lines.push({ raw, entry: configEntry(section, line) });
    }
    return lines;
}
/**
 * A config text without the entries `before` did not have, and without the section headers
 * left empty by that: what undoes planted keys when no copy of the old file is at hand.
 */
function withoutPlantedEntries(text, before) {
    const known = new Set(before);
    const parsed = parseConfig(text);
    const kept = [];
    let headerAt;
    let sectionKept = false;
    let sectionDropped = false;
    const closeSection = () => {
        if (headerAt !== undefined && sectionDropped && !sectionKept)
            kept.splice(headerAt, 1);
    };
    for (const line of parsed) {
        if (line.header === true) {
            closeSection();
            headerAt = kept.length;
            const planted = line.entry !== undefined && !known.has(line.entry);
            sectionKept = line.entry !== undefined && !planted;
            sectionDropped = planted;
            // `[core] fsmonitor = x` on one line: keep the header, drop what follows it.
            kept.push(planted ? line.raw.slice(0, line.raw.indexOf(']') + 1) : line.raw);
            continue;
        }
        if (line.entry !== undefined && !known.has(line.entry)) {
            sectionDropped = true;
            continue;
        }
        if (line.entry !== undefined)
            sectionKept = true;
        kept.push(line.raw);
    }
    closeSection();
    return kept.join('\n');
}
/** One config line as `section.key=value`, secrets (credentials, auth headers) redacted. */
function configEntry(section, line) {
    const match = /^([A-Za-z][A-Za-z0-9-]*)\s*(?:=\s*(.*))?$/.exec(line);
    if (match === null)
        return `${section}: ${redactUrls(line)}`;
    const key = `${section}.${(match[1] ?? '').toLowerCase()}`;
    const value = (match[2] ?? 'true').replace(/\s*[#;].*$/, '');
    return `${key}=${SENSITIVE_KEY.test(key) ? '<redacted>' : redactUrls(value)}`;
}
/** Keys whose values are credentials: these lines reach incident records and summaries. */
const SENSITIVE_KEY = /extraheader|token|passw|secret|credential|authorization|cookie|auth\b/i;
function redactUrls(text) {
    return text.replace(/([A-Za-z][A-Za-z0-9+.-]*:\/\/)[^/@\s]+@/g, '$1<redacted>@');
}


/***/ }),

/***/ 6214:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.IntegrityStageSchema = exports.IntegrityIncidentSchema = exports.IntegrityChangeSchema = exports.RESOLUTIONS = exports.INTEGRITY_INCIDENT_DIR = void 0;
exports.expectationOf = expectationOf;
const zod_1 = __webpack_require__(924);
const vocabulary_js_1 = __webpack_require__(8610);
const run_state_js_1 = __webpack_require__(2221);
/**
 * `integrity_incidents/<stamp>_<item>_attempt-<n>_<stage>.json` in a run's control
 * directory: what changed outside an attempt while one of its stages ran, what the
 * orchestrator put back, and how `doctor` tells that each change is resolved.
 */
exports.INTEGRITY_INCIDENT_DIR = 'integrity_incidents';
/**
 * When a change counts as resolved:
 * - `ref_matches_before`: the ref points where it did before the stage (or is gone again);
 * - `file_matches_before`: the file's content hash is the one before the stage (or it is gone);
 * - `checkout_clean`: `git status` no longer lists the path in the checkout;
 * - `absent`: the file written into the run store no longer exists;
 * - `restored`: the orchestrator rewrote it from its own record (run_state.json);
 * - `acknowledged`: nothing can tell; resolved once the operator removes the incident record.
 */
exports.RESOLUTIONS = [
    'ref_matches_before',
    'file_matches_before',
    'checkout_clean',
    'absent',
    'restored',
    'acknowledged'
];
exports.IntegrityChangeSchema = zod_1.z.strictObject({
    area: zod_1.z.enum(['ref', 'git_file', 'checkout', 'run_store', 'run_state']),
    /** Full ref name or repo-relative path. */
    path: zod_1.z.string().min(1),
    before: zod_1.z.string().nullable(),
    after: zod_1.z.string().nullable(),
    description: zod_1.z.string().min(1),
    restored: zod_1.z.boolean(),
    resolved_when: zod_1.z.enum(exports.RESOLUTIONS)
});
exports.IntegrityIncidentSchema = zod_1.z.strictObject({
    schema_version: zod_1.z.literal('plan_orchestrator.integrity_incident.v1'),
    run_id: zod_1.z.string().regex(run_state_js_1.RUN_ID_PATTERN),
    item_id: zod_1.z.string().regex(vocabulary_js_1.ITEM_ID_PATTERN),
    attempt_number: zod_1.z.int().min(1),
    /** e.g. `execute agent (execute.round-0)`, `verification (fix.round-1)`. */
    stage: zod_1.z.string().min(1),
    detected_at_utc: zod_1.z.iso.datetime(),
    summary: zod_1.z.string().min(1),
    changes: zod_1.z.array(exports.IntegrityChangeSchema).min(1)
});
function expectationOf(change, restored) {
    switch (change.area) {
        case 'ref':
            return 'ref_matches_before';
        case 'git_file':
            return 'file_matches_before';
        case 'checkout':
            return change.before === null ? 'checkout_clean' : 'acknowledged';
        case 'run_store':
            return change.before === null ? 'absent' : 'acknowledged';
        case 'run_state':
            return restored ? 'restored' : 'acknowledged';
    }
}
const WatchedFileSchema = zod_1.z.strictObject({
    sha256: zod_1.z.string(),
    configLines: zod_1.z.array(zod_1.z.string()).optional(),
    run: zod_1.z.string().optional()
});
/**
 * `integrity_stage.json`: the reading taken before the stage now running, kept so that a
 * process killed during the stage (by a crash, or by the agent itself) is checked by the
 * `resume` after it. Holds no secrets: config values that are credentials are redacted, and
 * only the small `info/` files are copied.
 */
exports.IntegrityStageSchema = zod_1.z.strictObject({
    schema_version: zod_1.z.literal('plan_orchestrator.integrity_stage.v1'),
    run_id: zod_1.z.string().regex(run_state_js_1.RUN_ID_PATTERN),
    item_id: zod_1.z.string().regex(vocabulary_js_1.ITEM_ID_PATTERN),
    attempt_number: zod_1.z.int().min(1),
    stage: zod_1.z.string().min(1),
    started_at_utc: zod_1.z.iso.datetime(),
    scope: zod_1.z.strictObject({
        runId: zod_1.z.string().regex(run_state_js_1.RUN_ID_PATTERN),
        ownBranch: zod_1.z.string(),
        ownWrites: zod_1.z.array(zod_1.z.string()),
        expectedRefs: zod_1.z.record(zod_1.z.string(), zod_1.z.string())
    }),
    state: zod_1.z.strictObject({
        refs: zod_1.z.record(zod_1.z.string(), zod_1.z.string()),
        gitFiles: zod_1.z.record(zod_1.z.string(), WatchedFileSchema),
        checkout: zod_1.z.record(zod_1.z.string(), zod_1.z.string()),
        store: zod_1.z.record(zod_1.z.string(), zod_1.z.string()),
        liveRuns: zod_1.z.array(zod_1.z.string()),
        runStateDigest: zod_1.z.string().nullable()
    }),
    /** Copies of small git metadata files that hold no secrets (`info/exclude` \u2026), base64. */
    copies: zod_1.z.record(zod_1.z.string(), zod_1.z.strictObject({ base64: zod_1.z.string(), mode: zod_1.z.int().min(0) }))
});


/***/ })

};

//# sourceMappingURL=273.index.js.map