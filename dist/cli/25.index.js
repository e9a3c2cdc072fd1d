export const id = 25;
export const ids = [25,525,14];
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

/***/ 5370:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LOCK_STALE_MS = void 0;
exports.lockExclusively = lockExclusively;
exports.isLockHeld = isLockHeld;
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
    return proper_lockfile_1.default
        .check(target, { lockfilePath: lockPath, realpath: false, stale: exports.LOCK_STALE_MS })
        .catch(() => false);
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

//# sourceMappingURL=25.index.js.map