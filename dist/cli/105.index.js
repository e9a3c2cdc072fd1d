export const id = 105;
export const ids = [105];
export const modules = {

/***/ 5370:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LOCK_STALE_MS = void 0;
exports.lockExclusively = lockExclusively;
exports.isLockHeld = isLockHeld;
const node_fs_1 = __webpack_require__(3024);
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
    // No lock directory, no lock: what proper-lockfile answers too, after a round trip through
    // its callbacks that `status --all` would pay for every run (docs/performance.md).
    if (!(0, node_fs_1.existsSync)(lockPath))
        return false;
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

/***/ 6033:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.judgeRunBranch = judgeRunBranch;
function judgeRunBranch(state, tip) {
    const pending = state.pending_fast_forward;
    if (pending === null) {
        if (tip === state.run_branch_head)
            return { kind: 'at_head' };
    }
    else {
        if (tip === pending.to)
            return { kind: 'pending_applied', pending };
        if (tip === pending.from)
            return { kind: 'pending_not_applied', pending };
    }
    return { kind: 'moved', message: movedMessage(state, tip) };
}
function movedMessage(state, tip) {
    const branch = state.run_branch_name;
    const pending = state.pending_fast_forward;
    const expected = pending === null
        ? `${state.run_branch_head} (${whatHeadIs(state)})`
        : `${pending.from}, or ${pending.to} once item ${pending.item_id} (attempt ${pending.attempt_number}) passes`;
    const fix = tip === undefined
        ? `recreate it: git branch ${branch} ${pending?.from ?? state.run_branch_head}`
        : `put it back: git update-ref refs/heads/${branch} ${pending?.from ?? state.run_branch_head} ${tip}`;
    return (`the run branch ${branch} ${tip === undefined ? 'is missing' : `points at ${tip}`}, but run ${state.run_id} recorded ${expected}; ` +
        `nothing was changed. If nothing should have moved it, ${fix}; to build on the moved branch instead, start a new run`);
}
function whatHeadIs(state) {
    if (state.run_branch_head === state.base_head_sha)
        return 'its base commit';
    const item = state.items.find((candidate) => candidate.checkpoint_ref === state.run_branch_head && candidate.terminal_state === 'passed');
    return item === undefined
        ? 'its last passed checkpoint'
        : `the checkpoint of item ${item.item_id}`;
}


/***/ }),

/***/ 7109:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.newRunState = newRunState;
exports.itemState = itemState;
exports.updateItem = updateItem;
exports.appendEvent = appendEvent;
exports.moveTo = moveTo;
exports.startAttempt = startAttempt;
exports.unmetPrerequisites = unmetPrerequisites;
exports.rewindForResume = rewindForResume;
const run_state_js_1 = __webpack_require__(2221);
const one_line_js_1 = __webpack_require__(5770);
const states_js_1 = __webpack_require__(6915);
function newRunState(fields, plan) {
    const now = fields.created_at_utc;
    const items = plan.items.map((item) => ({
        item_id: item.item_id,
        order: item.order,
        state: states_js_1.INITIAL_ITEM_STATE,
        attempt_number: 1,
        fix_rounds_completed: 0,
        remediation_rounds_completed: 0,
        manual_gate_status: 'not_required',
        external_check_status: item.external_check.required ? 'pending_evidence' : 'not_required',
        branch_name: null,
        worktree_path: null,
        base_ref: null,
        checkpoint_ref: null,
        terminal_state: 'none',
        terminal_summary: null,
        latest_paths: { ...run_state_js_1.EMPTY_LATEST_PATHS },
        budget_stop: null,
        updated_at_utc: now
    }));
    return {
        schema_version: run_state_js_1.RUN_STATE_VERSION,
        ...fields,
        run_branch_head: fields.base_head_sha,
        pending_fast_forward: null,
        updated_at_utc: now,
        current_state: states_js_1.INITIAL_ITEM_STATE,
        current_item_id: null,
        items,
        agent_calls: [],
        event_log: [
            {
                at_utc: now,
                state: states_js_1.INITIAL_ITEM_STATE,
                actor: 'orchestrator',
                item_id: null,
                message: 'playbook normalized'
            }
        ]
    };
}
function itemState(state, itemId) {
    const item = state.items.find((candidate) => candidate.item_id === itemId);
    if (item === undefined)
        throw new Error(`item ${itemId} is not part of run ${state.run_id}`);
    return item;
}
function updateItem(state, itemId, patch, now) {
    itemState(state, itemId);
    return {
        ...state,
        updated_at_utc: now,
        items: state.items.map((item) => item.item_id === itemId ? { ...item, ...patch, updated_at_utc: now } : item)
    };
}
function appendEvent(state, event, now) {
    return {
        ...state,
        updated_at_utc: now,
        event_log: [
            ...state.event_log,
            {
                at_utc: now,
                state: state.current_state,
                actor: event.actor,
                item_id: event.itemId,
                // Messages carry agent text (a triage summary, an agent's stderr): one event, one line.
                message: (0, one_line_js_1.oneLine)(event.message)
            }
        ]
    };
}
/** A checked state change of the run and of the item it is about, with its event. */
function moveTo(state, itemId, to, event, now) {
    if (!(0, states_js_1.canTransition)(state.current_state, to))
        throw new states_js_1.IllegalTransitionError(state.current_state, to);
    const terminal = states_js_1.TERMINAL_STATE_OF[to];
    const moved = updateItem({ ...state, current_state: to, current_item_id: itemId }, itemId, terminal === undefined ? { state: to } : { state: to, terminal_state: terminal }, now);
    return appendEvent(moved, { actor: event.actor, itemId, message: event.message }, now);
}
/**
 * Opens a fresh attempt of an item: a new attempt number if the item was tried before,
 * round counters and per-attempt artifact paths reset (a new attempt must never point at
 * the reports of the previous one).
 */
function startAttempt(state, itemId, now) {
    const item = itemState(state, itemId);
    const triedBefore = item.branch_name !== null || item.worktree_path !== null || item.terminal_state !== 'none';
    return updateItem(state, itemId, {
        attempt_number: triedBefore ? item.attempt_number + 1 : item.attempt_number,
        fix_rounds_completed: 0,
        remediation_rounds_completed: 0,
        terminal_state: 'none',
        terminal_summary: null,
        branch_name: null,
        worktree_path: null,
        base_ref: null,
        checkpoint_ref: null,
        latest_paths: { ...run_state_js_1.EMPTY_LATEST_PATHS }
    }, now);
}
function unmetPrerequisites(state, plan, itemId) {
    const planItem = plan.items.find((item) => item.item_id === itemId);
    if (planItem === undefined)
        return [];
    return planItem.prerequisite_item_ids.filter((id) => state.items.find((item) => item.item_id === id)?.terminal_state !== 'passed');
}
/**
 * Moves a stopped run back to an earlier point of an item: to the start line for a fresh
 * attempt, or to just after verification to redo an interrupted review (the lifecycle
 * table's `restart` and `redo_review` edges, lifecycle.ts). These are the only moves out of a
 * blocked, escalated or interrupted state, so they bypass TRANSITIONS on purpose and say so
 * in the event log. Back at the start line, no item is current.
 */
function rewindForResume(state, itemId, to, reason, now) {
    const rewound = updateItem({ ...state, current_state: to, current_item_id: to === states_js_1.INITIAL_ITEM_STATE ? null : itemId }, itemId, { state: to }, now);
    return appendEvent(rewound, { actor: 'orchestrator', itemId, message: reason }, now);
}


/***/ }),

/***/ 5770:
/***/ ((__unused_webpack_module, exports) => {


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
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.oneLine = oneLine;
const CONTROL_CHARACTERS = /[\p{Cc}\p{Zl}\p{Zp}\p{Bidi_Control}]+/gu;
/** `text` with each run of control characters replaced by one space (nothing else changes). */
function oneLine(text) {
    return text.replace(CONTROL_CHARACTERS, ' ');
}


/***/ }),

/***/ 4594:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.nowIso = nowIso;
exports.relativeToRepo = relativeToRepo;
exports.stageRef = stageRef;
exports.packetPath = packetPath;
exports.reportJsonSchema = reportJsonSchema;
exports.schemaFile = schemaFile;
const node_path_1 = __webpack_require__(6760);
const zod_1 = __webpack_require__(924);
const layout_js_1 = __webpack_require__(8951);
const time_js_1 = __webpack_require__(2334);
function nowIso(clock) {
    return (0, time_js_1.isoSeconds)(clock.now());
}
function relativeToRepo(context, absolute) {
    return (0, layout_js_1.repoRelative)(context.session.layout.repoRoot, absolute);
}
/** The stage a child process of this attempt works for (see StageRef). */
function stageRef(context, stage) {
    return {
        runId: context.session.state.run_id,
        itemId: context.item.item_id,
        attempt: context.attempt,
        stage,
        worktree: context.paths.worktreePath,
        recordPath: context.session.layout.stageProcessesPath
    };
}
/** Where the agents of this attempt find orchestrator files inside their worktree. */
function packetPath(context, fileName) {
    const inWorktree = `${layout_js_1.PACKET_DIR}/${fileName}`;
    return { absolute: (0, node_path_1.join)(context.paths.worktreePath, inWorktree), inWorktree };
}
/**
 * The JSON Schema an agent gets for a report (`request.schema.json`), before any CLI's own
 * preparation (claude drops `$schema`, codex takes a strict-mode subset).
 */
function reportJsonSchema(schema) {
    return zod_1.z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output' });
}
/**
 * Writes the JSON Schema of a report into the attempt's control directory, so that the
 * agent CLI can be pointed at a file (codex `--output-schema`).
 */
async function schemaFile(context, name, schema) {
    const json = reportJsonSchema(schema);
    const path = (0, node_path_1.join)(context.paths.controlDir, 'schemas', `${name}.schema.json`);
    await context.session.files.writeJson(path, json);
    return { name, path, json };
}


/***/ }),

/***/ 2780:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.need = need;
exports.releaseReviewCopy = releaseReviewCopy;
/** A result an effect needs from an earlier one; its absence is a kernel bug. */
function need(value, what) {
    if (value === undefined)
        throw new Error(`no ${what} in the attempt's workspace`);
    return value;
}
/** Removes the review copy, once the review is over (or failed). */
async function releaseReviewCopy(workspace) {
    const copy = workspace.copy;
    if (copy === undefined)
        return;
    workspace.copy = undefined;
    await copy.remove();
}


/***/ }),

/***/ 5334:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Test-only crash injection. `PLAN_ORCHESTRATOR_FAILPOINT` names either a state id (the
 * kernel dies right after saving that state) or one of the boundaries below, where a git
 * effect and the run-state record that goes with it are two separate steps. Every boundary
 * is a row of the fault-injection table in docs/reliability.md and a test that kills the
 * kernel there and resumes.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GIT_BOUNDARIES = exports.FAILPOINT_VARIABLE = void 0;
exports.crashAt = crashAt;
exports.FAILPOINT_VARIABLE = 'PLAN_ORCHESTRATOR_FAILPOINT';
exports.GIT_BOUNDARIES = {
    /** The attempt's branch and worktree exist; the state does not name them yet. */
    worktreeCreated: 'GIT_WORKTREE_CREATED',
    /** The checkpoint commit exists on the attempt branch; the state does not record it yet. */
    checkpointCommitted: 'GIT_CHECKPOINT_COMMITTED',
    /** The intended fast-forward is saved (`pending_fast_forward`); git has not moved yet. */
    fastForwardRecorded: 'FAST_FORWARD_RECORDED',
    /** The run branch was fast-forwarded; the pass (or approval) is not saved yet. */
    runBranchFastForwarded: 'GIT_RUN_BRANCH_FAST_FORWARDED'
};
/** Dies at once when `name` is the configured failpoint. */
function crashAt(configured, name) {
    // As abrupt as a lost runner: no cleanup, no lock release, no finally blocks.
    if (configured !== undefined && configured === name)
        process.kill(process.pid, 'SIGKILL');
}


/***/ }),

/***/ 2709:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkRunBranch = checkRunBranch;
exports.interruptedApproval = interruptedApproval;
exports.settlePendingPass = settlePendingPass;
const run_branch_js_1 = __webpack_require__(6033);
const errors_js_1 = __webpack_require__(3916);
const failpoints_js_1 = __webpack_require__(5334);
const terminals_js_1 = __webpack_require__(6916);
async function checkRunBranch(git, repoRoot, state) {
    const verdict = (0, run_branch_js_1.judgeRunBranch)(state, await git.branchSha(repoRoot, state.run_branch_name));
    if (verdict.kind === 'moved')
        throw new errors_js_1.UserInputError(verdict.message);
    return verdict;
}
/**
 * A gate approval that recorded its fast-forward but was cut off before saving the pass: only
 * `mark-manual-gate`, which knows who approved, completes it. Undefined when there is none.
 */
function interruptedApproval(state) {
    const pending = state.pending_fast_forward;
    if (pending === null)
        return undefined;
    const item = state.items.find((candidate) => candidate.item_id === pending.item_id);
    if (item?.terminal_state !== 'awaiting_human_gate')
        return undefined;
    return `the approval of item ${pending.item_id} was interrupted before it was saved; complete it: plan-orchestrator mark-manual-gate --run-id ${state.run_id} --item ${pending.item_id} --decision approved --by NAME --checkpoint ${pending.to}`;
}
/**
 * `resume` after a crash between deciding a pass and saving it: the recorded fast-forward
 * is made if git has not made it yet (compare-and-swap from the recorded head), then the pass
 * is saved. Nothing is re-run and the change lands once. Returns the item that passed.
 * A gate approval interrupted the same way is completed by `mark-manual-gate`, which knows
 * who approved.
 */
async function settlePendingPass(base, verdict) {
    if (verdict.kind === 'at_head')
        return undefined;
    const { session } = base;
    const { pending } = verdict;
    const state = session.state;
    const item = state.items.find((candidate) => candidate.item_id === pending.item_id);
    const approval = interruptedApproval(state);
    if (approval !== undefined)
        throw new errors_js_1.UserInputError(approval);
    if (item === undefined ||
        item.terminal_state !== 'none' ||
        item.attempt_number !== pending.attempt_number ||
        item.checkpoint_ref !== pending.to ||
        session.stepOf(pending.item_id, (0, terminals_js_1.passEvent)(true)).kind !== 'move') {
        throw new errors_js_1.UserInputError(`run ${state.run_id} records a fast-forward of its run branch for item ${pending.item_id} (attempt ${pending.attempt_number}, ${pending.from} to ${pending.to}) that does not match the item's state; nothing was changed`);
    }
    const repoRoot = session.layout.repoRoot;
    if (verdict.kind === 'pending_not_applied') {
        await base.git.fastForward(repoRoot, state.run_branch_name, pending.to, pending.from);
        session.crashAt(failpoints_js_1.GIT_BOUNDARIES.runBranchFastForwarded);
    }
    await (0, terminals_js_1.writePassStatement)(base, pending.item_id);
    await (0, terminals_js_1.recordPass)(session, pending.item_id, pending.to, true);
    return pending.item_id;
}


/***/ }),

/***/ 6916:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.fastForwardPass = fastForwardPass;
exports.recordTerminal = recordTerminal;
exports.writePassStatement = writePassStatement;
exports.recordPass = recordPass;
exports.passEvent = passEvent;
exports.requestGate = requestGate;
exports.finishEscalated = finishEscalated;
const node_path_1 = __webpack_require__(6760);
const reports_js_1 = __webpack_require__(8947);
const run_state_ops_js_1 = __webpack_require__(7109);
const budget_js_1 = __webpack_require__(5898);
const attempt_context_js_1 = __webpack_require__(4594);
const failpoints_js_1 = __webpack_require__(5334);
const provenance_js_1 = __webpack_require__(358);
const attempt_workspace_js_1 = __webpack_require__(2780);
/**
 * The four ways an attempt ends. Only `pass` moves the run branch, and only by
 * fast-forward with compare-and-swap: if the branch moved meanwhile, the item escalates
 * instead of overwriting someone else's work.
 *
 * A pass is exactly-once: the intended move (item, attempt, from, to) is saved as
 * `pending_fast_forward` before git moves the branch, and the pass is saved together with
 * the new `run_branch_head`. A crash in between leaves a record `resume` completes from
 * (run-branch.ts), never a change that could be applied a second time.
 */
const failed = (reason) => ({ event: { kind: 'failed', reason } });
/** `fast_forward`: the pass recorded as pending, then the run branch moved to the checkpoint. */
async function fastForwardPass(context, workspace) {
    const { session, item } = context;
    const checkpoint = (0, attempt_workspace_js_1.need)(workspace.checkpoint, 'checkpoint');
    const summary = (0, attempt_workspace_js_1.need)(workspace.triage, 'triage').summary;
    const from = session.state.run_branch_head;
    const base = session.item(item.item_id).base_ref;
    if (base !== from)
        return failed(`run branch could not be fast-forwarded: the attempt started from ${base ?? 'no recorded commit'}, but the run branch must be at ${from}`);
    await context.session.files.writeText((0, node_path_1.join)(context.paths.controlDir, 'passed_summary.md'), `# Item ${item.item_id} passed\n\n${summary}\n\nCheckpoint: ${checkpoint}\n`);
    await session.replace((0, run_state_ops_js_1.updateItem)({
        ...session.state,
        pending_fast_forward: {
            item_id: item.item_id,
            attempt_number: context.attempt,
            from,
            to: checkpoint,
            recorded_at_utc: (0, attempt_context_js_1.nowIso)(context.clock)
        }
    }, item.item_id, { terminal_summary: summary }, (0, attempt_context_js_1.nowIso)(context.clock)));
    session.crashAt(failpoints_js_1.GIT_BOUNDARIES.fastForwardRecorded);
    let added;
    try {
        added = await context.git.fastForward(session.layout.repoRoot, session.state.run_branch_name, checkpoint, from);
    }
    catch (error) {
        await session.replace({ ...session.state, pending_fast_forward: null });
        return failed(`run branch could not be fast-forwarded: ${error.message}`);
    }
    session.crashAt(failpoints_js_1.GIT_BOUNDARIES.runBranchFastForwarded);
    await writePassStatement(context, item.item_id, added === undefined ? undefined : { base: from, tip: checkpoint, commits: added });
    return undefined;
}
/**
 * `record_terminal`: what an attempt leaves at its end, saved with (a pass) or before (the
 * others) the move to the terminal. `cause` is the event that ends the attempt.
 */
async function recordTerminal(context, workspace, terminal, cause) {
    switch (terminal) {
        case 'passed':
            return { alongside: passSave((0, attempt_workspace_js_1.need)(workspace.checkpoint, 'checkpoint')) };
        case 'blocked_external':
            await recordBlocked(context, reasonOf(cause));
            return undefined;
        case 'escalated':
            await recordEscalation(context, reasonOf(cause), cause.kind === 'decided' && cause.decision.kind === 'escalate'
                ? (workspace.merged?.merged_findings ?? []).filter((finding) => finding.is_blocking)
                : []);
            return undefined;
        case 'awaiting_human_gate':
            throw new Error('a gate is requested (request_gate), not recorded as a terminal');
    }
}
function reasonOf(event) {
    if (event.kind === 'failed' || event.kind === 'needs_evidence')
        return event.reason;
    if (event.kind === 'decided' &&
        (event.decision.kind === 'escalate' || event.decision.kind === 'blocked_external'))
        return event.decision.summary;
    throw new Error(`no terminal summary in a ${event.kind} event`);
}
/**
 * The provenance statement of the item passing now, once git has moved the run branch and
 * before the pass is saved: a crash in between leaves the pending fast-forward, whose
 * completion on resume writes the statement again (the same bytes).
 */
async function writePassStatement({ session, git }, itemId, listed) {
    // The fast-forward's proof of descent listed the commits a moment ago, and commits do not
    // change: the statement takes that list rather than asking git for it again.
    const commitsSince = (cwd, base, tip) => listed !== undefined && base === listed.base && tip === listed.tip
        ? Promise.resolve(listed.commits)
        : git.commitsSince(cwd, base, tip);
    const problem = await (0, provenance_js_1.recordItemStatement)(session.layout, session.state, itemId, {
        files: session.files,
        git: { commitsSince }
    });
    if (problem !== undefined)
        await session.note(itemId, 'orchestrator', problem);
}
/**
 * Saves a pass whose fast-forward git has made: the item's terminal, the run branch's new
 * head and the cleared pending record, in one save. `completedOnResume`: the pass was
 * recorded before an interruption, and resume completes it.
 */
async function recordPass(session, itemId, checkpoint, completedOnResume) {
    await session.advance(itemId, passEvent(completedOnResume), { alongside: passSave(checkpoint) });
}
/** A pass's save: the run branch's new head, and no fast-forward pending any more. */
function passSave(checkpoint) {
    return (state) => ({ ...state, run_branch_head: checkpoint, pending_fast_forward: null });
}
/** Triage's pass, as the lifecycle table takes it. */
function passEvent(completedOnResume) {
    return { kind: 'decided', decision: { kind: 'pass' }, completedOnResume };
}
/** `request_gate`: the pending manual gate record, before the move to wait for it. */
async function requestGate(context, workspace) {
    const { session, item } = context;
    const checkpoint = (0, attempt_workspace_js_1.need)(workspace.checkpoint, 'checkpoint');
    const reviewFindings = (0, attempt_workspace_js_1.need)(workspace.triage, 'triage').merged_findings;
    const refs = {
        triageReportPath: (0, attempt_context_js_1.relativeToRepo)(context, (0, attempt_workspace_js_1.need)(workspace.triagePath, 'triage report')),
        mergedFindingsPath: (0, attempt_context_js_1.relativeToRepo)(context, (0, attempt_workspace_js_1.need)(workspace.mergedPath, 'merged findings'))
    };
    const current = session.item(item.item_id);
    const gatePath = (0, node_path_1.join)(context.paths.controlDir, 'manual_gate.json');
    const record = reports_js_1.ManualGateRecordSchema.parse({
        schema_version: 'plan_orchestrator.manual_gate.v1',
        requested_at_utc: (0, attempt_context_js_1.nowIso)(context.clock),
        run_id: session.state.run_id,
        item_id: item.item_id,
        gate_id: `${item.item_id}-attempt-${context.attempt}`,
        gate_type: item.manual_gate.gate_type,
        status: 'pending',
        requested_by: 'orchestrator',
        requested_reason: item.manual_gate.gate_reason || item.exit_criteria,
        required_evidence: item.manual_gate.required_evidence,
        review_findings: reviewFindings,
        related_refs: {
            branch_name: current.branch_name,
            worktree_path: current.worktree_path,
            checkpoint_ref: checkpoint,
            artifact_manifest_path: current.latest_paths.item_context_path ?? (0, attempt_context_js_1.relativeToRepo)(context, context.paths.controlDir),
            triage_report_path: refs.triageReportPath,
            merged_findings_packet_path: refs.mergedFindingsPath,
            codex_audit_report_path: current.latest_paths.codex_audit_report_path,
            claude_audit_report_path: current.latest_paths.claude_audit_report_path
        },
        decision: null
    });
    await context.session.files.writeJson(gatePath, record);
    await session.patchItem(item.item_id, {
        manual_gate_status: 'pending',
        latest_paths: { ...current.latest_paths, manual_gate_path: (0, attempt_context_js_1.relativeToRepo)(context, gatePath) }
    });
    return undefined;
}
/** An attempt waiting for evidence: the manifest asking for it, before the move to wait. */
async function recordBlocked(context, summary) {
    await writeEscalationManifest(context, 'blocked_external', summary, [
        {
            action_id: 'supply-external-evidence',
            description: `Supply the external evidence this item needs: ${context.item.external_check.dependencies.join('; ') || summary}`,
            owner_hint: 'operator_external',
            evidence_needed: context.item.external_check.dependencies,
            blocking: true
        }
    ]);
    await context.session.patchItem(context.item.item_id, {
        external_check_status: 'pending_evidence',
        terminal_summary: summary
    });
}
/** Escalates the attempt now, from whatever state it is in (an interruption or a kernel failure). */
async function finishEscalated(context, summary, blockingFindings) {
    await recordEscalation(context, summary, blockingFindings);
    await context.session.advance(context.item.item_id, { kind: 'failed', reason: summary }, { planItem: context.item });
    return 'escalated';
}
/** An escalated attempt's manifest and summary, before the move to the terminal. */
async function recordEscalation(context, summary, blockingFindings) {
    await writeEscalationManifest(context, 'escalated', summary, blockingFindings.length > 0
        ? blockingFindings.map((finding) => ({
            action_id: finding.canonical_id,
            description: finding.title,
            owner_hint: 'human',
            evidence_needed: [],
            blocking: true
        }))
        : [
            {
                action_id: 'review-escalation',
                description: summary,
                owner_hint: 'human',
                evidence_needed: [],
                blocking: true
            }
        ]);
    await context.session.patchItem(context.item.item_id, { terminal_summary: summary });
}
async function writeEscalationManifest(context, terminal, summary, actions) {
    const { session, item } = context;
    const current = session.item(item.item_id);
    const path = (0, node_path_1.join)(context.paths.controlDir, 'escalation_manifest.json');
    // A budget stop asks for a higher limit, not for a look at findings.
    const budget = terminal === 'escalated' &&
        current.budget_stop !== null &&
        current.budget_stop.attempt_number === context.attempt &&
        summary.includes(current.budget_stop.message)
        ? current.budget_stop
        : undefined;
    const reports = Object.values(current.latest_paths).filter((value) => value !== null);
    const manifest = reports_js_1.EscalationManifestSchema.parse({
        schema_version: 'plan_orchestrator.escalation_manifest.v1',
        generated_at_utc: (0, attempt_context_js_1.nowIso)(context.clock),
        terminal_state: terminal,
        run_id: session.state.run_id,
        item_id: item.item_id,
        attempt_number: context.attempt,
        summary,
        blocking_reasons: [summary],
        required_human_actions: budget === undefined ? actions : [(0, budget_js_1.budgetAction)(budget)],
        preserved_refs: {
            branch_name: current.branch_name,
            worktree_path: current.worktree_path,
            checkpoint_ref: current.checkpoint_ref,
            run_state_path: (0, attempt_context_js_1.relativeToRepo)(context, session.layout.runStatePath),
            primary_report_paths: reports
        },
        artifact_manifest_path: current.latest_paths.artifact_manifest_path,
        suggested_resume_command: terminal === 'blocked_external'
            ? `plan-orchestrator resume --run-id ${session.state.run_id} --external-evidence-dir DIR`
            : budget !== undefined
                ? (0, budget_js_1.budgetResumeCommand)(session.state.run_id, budget)
                : `plan-orchestrator resume --run-id ${session.state.run_id}`,
        notes: []
    });
    await context.session.files.writeJson(path, manifest);
    await session.patchItem(item.item_id, {
        latest_paths: {
            ...session.item(item.item_id).latest_paths,
            escalation_manifest_path: (0, attempt_context_js_1.relativeToRepo)(context, path)
        }
    });
}


/***/ })

};

//# sourceMappingURL=105.index.js.map