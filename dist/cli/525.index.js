export const id = 525;
export const ids = [525,14];
export const modules = {

/***/ 7014:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.writeFileAtomically = writeFileAtomically;
const node_crypto_1 = __webpack_require__(7598);
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const atomic_temp_js_1 = __webpack_require__(6491);
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
    const path = options.userFile === true ? await (0, promises_1.realpath)(requested).catch(() => requested) : requested;
    const mode = options.userFile === true
        ? await (0, promises_1.stat)(path).then((stats) => stats.mode & 0o7777, () => undefined)
        : undefined;
    if (options.userFile !== true)
        await refuseLinkedDirectory((0, node_path_1.dirname)(path));
    const temporary = (0, atomic_temp_js_1.atomicTempPath)(path, (0, node_crypto_1.randomBytes)(8).toString('hex'));
    try {
        const handle = await (0, promises_1.open)(temporary, 'wx', mode ?? 0o666).catch(async (error) => {
            if (error.code !== 'ENOENT')
                throw error;
            await (0, promises_1.mkdir)((0, node_path_1.dirname)(temporary), { recursive: true });
            return (0, promises_1.open)(temporary, 'wx', mode ?? 0o666);
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
        await (0, promises_1.rename)(temporary, path);
    }
    catch (error) {
        await (0, promises_1.rm)(temporary, { force: true });
        throw error;
    }
}
/** A directory that is a link could lead anywhere: the orchestrator's files are not written there. */
async function refuseLinkedDirectory(directory) {
    const stats = await (0, promises_1.lstat)(directory).catch(() => undefined);
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
const node_fs_1 = __webpack_require__(3024);
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const layout_js_1 = __webpack_require__(8951);
const run_id_js_1 = __webpack_require__(4340);
const run_state_save_js_1 = __webpack_require__(6604);
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
    let text;
    try {
        // One synchronous call: `status --all` reads every run's state, and an asynchronous read
        // (open, stat, read, close, each a round trip through libuv's thread pool) was about a
        // fifth of its time over 1,000 runs (docs/performance.md).
        text = (0, node_fs_1.readFileSync)(path, 'utf8');
    }
    catch (error) {
        const missing = error.code === 'ENOENT';
        throw new run_state_file_js_1.RunStateUnreadableError(path, 'missing', missing ? `no run state (is ${layout.runId} a run id?)` : String(error));
    }
    return (0, run_state_file_js_1.parseRunState)(path, text);
}
/**
 * Validates and saves the state; returns the sha256 of the text written. What an earlier
 * save already validated is not parsed again (core/run/run-state-save.ts).
 */
async function saveRunState(layout, state) {
    const text = runStateText((0, run_state_save_js_1.validRunStateForSave)(state));
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

/***/ 6491:
/***/ ((__unused_webpack_module, exports) => {


/**
 * The temporary file every whole-file write of the orchestrator goes through
 * (src/adapters/atomic-file.ts): the target's name with `.tmp-` and 16 hex digits, in the
 * target's directory, renamed over the target once written and synced. A process killed in
 * between leaves it behind; this names it, so that what such a kill leaves can be told from
 * what a stage wrote.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.atomicTempPath = atomicTempPath;
exports.atomicWriteTarget = atomicWriteTarget;
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


/***/ }),

/***/ 8951:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CLOCK_PROBE = exports.PACKET_DIR = exports.WORKTREE_ROOT = exports.REPORT_ROOT = exports.CONTROL_ROOT = void 0;
exports.runLayout = runLayout;
exports.attemptLayout = attemptLayout;
exports.scenarioCopyPath = scenarioCopyPath;
exports.runBranchName = runBranchName;
exports.formatRunId = formatRunId;
exports.repoRelative = repoRelative;
const posix_1 = __webpack_require__(1535);
const run_id_js_1 = __webpack_require__(4340);
/**
 * Where a run keeps its files. Names and places are the reference tool's, so operators'
 * habits and docs carry over. Pure path arithmetic; nothing is created here.
 */
exports.CONTROL_ROOT = '.local/automation/plan_orchestrator/runs';
exports.REPORT_ROOT = '.local/ai/plan_orchestrator/runs';
exports.WORKTREE_ROOT = '.local/automation/plan_orchestrator/worktrees';
exports.PACKET_DIR = '.local/plan_orchestrator/packet';
/**
 * An empty file whose change time the integrity readings take as the filesystem's clock
 * (adapters/integrity/checkout-stamp.ts); outside the run store, touched before a reading.
 */
exports.CLOCK_PROBE = '.local/automation/plan_orchestrator/clock';
function runLayout(repoRoot, runId) {
    // Entry points refuse a bad id with a clear message first; this is the backstop that keeps
    // any path from being built out of one they missed.
    if (!(0, run_id_js_1.isRunId)(runId))
        throw new Error((0, run_id_js_1.runIdProblem)(runId, 'run id'));
    const controlDir = (0, posix_1.join)(repoRoot, exports.CONTROL_ROOT, runId);
    // controlDir is normal and the names are plain, so appending gives what join would;
    // `status --all` lays out every run in the store (docs/performance.md).
    const inControl = (name) => `${controlDir}/${name}`;
    return {
        repoRoot,
        runId,
        controlDir,
        reportDir: (0, posix_1.join)(repoRoot, exports.REPORT_ROOT, runId),
        worktreesDir: (0, posix_1.join)(repoRoot, exports.WORKTREE_ROOT, runId),
        runStatePath: inControl('run_state.json'),
        normalizedPlanPath: inControl('normalized_plan.json'),
        runtimePolicyPath: inControl('runtime_policy.json'),
        playbookSnapshotPath: inControl('playbook_source_snapshot.md'),
        lockPath: inControl('run.lock'),
        stageProcessesPath: inControl('stage_processes.json')
    };
}
function attemptLayout(run, itemId, attempt) {
    const controlDir = (0, posix_1.join)(run.controlDir, 'items', itemId, `attempt-${attempt}`);
    return {
        controlDir,
        reportDir: (0, posix_1.join)(run.reportDir, 'items', itemId, `attempt-${attempt}`),
        worktreePath: (0, posix_1.join)(run.worktreesDir, `item-${itemId}-attempt-${attempt}`),
        branchName: `orchestrator/item/${run.runId}/${itemId}/attempt-${attempt}`,
        logsDir: (0, posix_1.join)(controlDir, 'logs'),
        promptsDir: (0, posix_1.join)(controlDir, 'prompts')
    };
}
/** A scripted run's copy of a scenario it plays, named by the sha256 of its bytes. */
function scenarioCopyPath(run, sha256) {
    return (0, posix_1.join)(run.controlDir, 'scenarios', `${sha256}.json`);
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

/***/ 4340:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RunIdSchema = exports.RUN_ID_FORM = exports.RUN_ID_PATTERN = void 0;
exports.isRunId = isRunId;
exports.runIdProblem = runIdProblem;
exports.noSuchRunMessage = noSuchRunMessage;
const zod_1 = __webpack_require__(924);
/**
 * A run id is an id: `RUN_<yyyymmddTHHMMSSZ>_<8 hex>`, nothing else. Paths under `.local/`,
 * branch names and artifact names are built from it, so every entry point (CLI flags, action
 * inputs, supervision variables) checks it here before any of those is built.
 */
exports.RUN_ID_PATTERN = /^RUN_[0-9]{8}T[0-9]{6}Z_[0-9a-f]{8}$/;
exports.RUN_ID_FORM = 'RUN_<yyyymmddTHHMMSSZ>_<8 hex>';
function isRunId(value) {
    return typeof value === 'string' && exports.RUN_ID_PATTERN.test(value);
}
/** For zod schemas of inputs and records: the same rule, the same words. */
exports.RunIdSchema = zod_1.z.string().regex(exports.RUN_ID_PATTERN, `must be a run id (${exports.RUN_ID_FORM})`);
/**
 * Why a value given for a run id is not one, in one line; undefined when it is one. A value
 * with anything but plain path characters is quoted the JSON way, so a newline or a control
 * character in it cannot forge a second line of output.
 */
function runIdProblem(value, label = '--run-id', separator = ' ') {
    if (exports.RUN_ID_PATTERN.test(value))
        return undefined;
    const cut = value.length > 80 ? `${value.slice(0, 80)}\u2026` : value;
    const shown = /^[A-Za-z0-9_./-]+$/.test(cut) ? cut : JSON.stringify(cut);
    return `${label}${separator}${shown} is not a run id (${exports.RUN_ID_FORM})`;
}
/** The one line for a well-formed id that names no run of this repository. */
function noSuchRunMessage(runId, why) {
    return `no run ${runId} in this repository${why === undefined ? '' : ` (${why})`}; list runs: plan-orchestrator status --all`;
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

/***/ 6604:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validRunStateForSave = validRunStateForSave;
const zod_1 = __webpack_require__(924);
const runtime_policy_js_1 = __webpack_require__(1181);
const usage_js_1 = __webpack_require__(7131);
const run_state_js_1 = __webpack_require__(2221);
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
const RunStateShellSchema = run_state_js_1.RunStateSchema.extend({
    options: zod_1.z.unknown(),
    items: zod_1.z.array(zod_1.z.unknown()).min(1),
    event_log: zod_1.z.array(zod_1.z.unknown()),
    agent_calls: zod_1.z.array(zod_1.z.unknown()).default([])
});
const parsedBySchema = new Map();
function validRunStateForSave(state) {
    try {
        const shell = RunStateShellSchema.parse(state);
        return {
            ...shell,
            options: parsedElement(runtime_policy_js_1.RecordedRuntimeOptionsSchema, shell.options),
            items: shell.items.map((item) => parsedElement(run_state_js_1.ItemRunStateSchema, item)),
            event_log: shell.event_log.map((event) => parsedElement(run_state_js_1.RunEventSchema, event)),
            agent_calls: shell.agent_calls.map((call) => parsedElement(usage_js_1.AgentCallRecordSchema, call))
        };
    }
    catch {
        // The whole parse names the first problem as it always has (path from the root).
        return run_state_js_1.RunStateSchema.parse(state);
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


/***/ }),

/***/ 7131:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.UsageSummarySchema = exports.ItemUsageSchema = exports.AttemptUsageSchema = exports.BudgetLimitsSchema = exports.UsageTotalsSchema = exports.BudgetStopSchema = exports.BUDGET_LIMITS = exports.AgentCallRecordSchema = exports.COST_SOURCES = exports.TokenCountsSchema = exports.USAGE_FILE = exports.USAGE_SUMMARY_VERSION = void 0;
const zod_1 = __webpack_require__(924);
const lifecycle_js_1 = __webpack_require__(5413);
const vocabulary_js_1 = __webpack_require__(8610);
/**
 * What each agent call used and cost, as `run_state.json` records it (`agent_calls`), and the
 * totals per attempt, item and run derived from those records (`usage.json`, `status`).
 *
 * Token counts follow one convention whatever the CLI: `input` is every input token the model
 * read, cache reads and cache writes included; `output` is every output token, reasoning
 * included. Cost is in USD: the CLI's own figure where it reports one (claude), else the
 * run's price table (codex); `null` when neither knows, which is never shown as 0.
 */
exports.USAGE_SUMMARY_VERSION = 'plan_orchestrator.usage_summary.v1';
/**
 * `usage.json` in the run's control directory (`runs/<RUN>/usage.json`, in the state
 * artifact): a `UsageSummary`, rewritten after every agent call. Derived: `agent_calls` in
 * run_state.json is the record, and `runUsageSummary(state)` rebuilds this from it.
 */
exports.USAGE_FILE = 'usage.json';
const isoTime = zod_1.z.iso.datetime();
const count = zod_1.z.int().min(0);
const usd = zod_1.z.number().min(0);
exports.TokenCountsSchema = zod_1.z.strictObject({
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
exports.COST_SOURCES = ['cli', 'price_table'];
exports.AgentCallRecordSchema = zod_1.z.strictObject({
    item_id: zod_1.z.string().regex(vocabulary_js_1.ITEM_ID_PATTERN),
    attempt_number: zod_1.z.int().min(1),
    lane: zod_1.z.enum(lifecycle_js_1.LANES),
    /** `<stage>.round-<k>`, e.g. `execute.round-0`. */
    cycle: zod_1.z.string().min(1),
    /** The adapter that served the call: `codex`, `claude` or `scripted`. */
    agent: zod_1.z.string().min(1),
    /** The call's outcome (`ok`, `timeout`, `exit_nonzero`, \u2026). */
    status: zod_1.z.string().min(1),
    started_at_utc: isoTime,
    duration_ms: count,
    model: zod_1.z.string().min(1).nullable(),
    effort: zod_1.z.string().min(1).nullable(),
    /** Null: the CLI reported no usage (e.g. it was killed before its last event). */
    tokens: exports.TokenCountsSchema.nullable(),
    cost_usd: usd.nullable(),
    cost_source: zod_1.z.enum(exports.COST_SOURCES).nullable()
});
exports.BUDGET_LIMITS = [
    'max_cost_usd_per_item',
    'max_cost_usd_per_run',
    'max_tokens_per_item'
];
/** Why and where an item stopped for its budget: the figures behind `budget_exhausted`. */
exports.BudgetStopSchema = zod_1.z.strictObject({
    limit: zod_1.z.enum(exports.BUDGET_LIMITS),
    limit_value: zod_1.z.number().min(0),
    /** USD for the cost limits, tokens for `max_tokens_per_item`. */
    spent: zod_1.z.number().min(0),
    unit: zod_1.z.enum(['usd', 'tokens']),
    /** Calls whose cost is unknown, not counted in `spent` (cost limits only). */
    calls_without_cost: count,
    checked: zod_1.z.enum(['before_call', 'after_call']),
    lane: zod_1.z.enum(lifecycle_js_1.LANES),
    cycle: zod_1.z.string().min(1),
    attempt_number: zod_1.z.int().min(1),
    at_utc: isoTime,
    message: zod_1.z.string().min(1)
});
exports.UsageTotalsSchema = zod_1.z.strictObject({
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
exports.BudgetLimitsSchema = zod_1.z.strictObject({
    max_cost_usd_per_item: usd.nullable(),
    max_cost_usd_per_run: usd.nullable(),
    max_tokens_per_item: count.nullable()
});
exports.AttemptUsageSchema = zod_1.z.strictObject({
    attempt_number: zod_1.z.int().min(1),
    totals: exports.UsageTotalsSchema,
    calls: zod_1.z.array(exports.AgentCallRecordSchema)
});
exports.ItemUsageSchema = zod_1.z.strictObject({
    item_id: zod_1.z.string().regex(vocabulary_js_1.ITEM_ID_PATTERN),
    totals: exports.UsageTotalsSchema,
    attempts: zod_1.z.array(exports.AttemptUsageSchema),
    /** Set while the item's latest attempt stopped on a budget (terminal reason budget_exhausted). */
    budget_stop: exports.BudgetStopSchema.nullable()
});
/** `usage.json` in the run's control directory, and `usage` in `status --format json`. */
exports.UsageSummarySchema = zod_1.z.strictObject({
    schema_version: zod_1.z.literal(exports.USAGE_SUMMARY_VERSION),
    run_id: zod_1.z.string().min(1),
    limits: exports.BudgetLimitsSchema,
    run: exports.UsageTotalsSchema,
    items: zod_1.z.array(exports.ItemUsageSchema)
});


/***/ })

};

//# sourceMappingURL=525.index.js.map