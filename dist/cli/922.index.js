export const id = 922;
export const ids = [922];
export const modules = {

/***/ 8475:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.kernelProcesses = void 0;
const node_child_process_1 = __webpack_require__(1421);
const node_fs_1 = __webpack_require__(3024);
const promises_1 = __webpack_require__(1455);
const node_string_decoder_1 = __webpack_require__(6193);
const process_group_js_1 = __webpack_require__(2247);
/** The supervisor's kernel processes (KernelProcesses, src/supervision/ports.ts). */
exports.kernelProcesses = {
    spawn: spawnKernel,
    signalGroup: process_group_js_1.signalProcessGroup,
    isGroupRunning: process_group_js_1.isProcessGroupRunning,
    isAlive: process_group_js_1.isProcessAlive
};
const TAIL_LINES = 20;
const FOLLOW_MS = 200;
function spawnKernel(spec) {
    // Its own process group: a terminal's Ctrl-C reaches the supervisor only, which forwards
    // it, so the kernel hears one signal, not two. Its output goes straight to the log files,
    // not through pipes: a supervisor that dies must not take its kernel down with a broken
    // pipe, so a later `supervise resume` can attach to it.
    const stdoutFd = (0, node_fs_1.openSync)(spec.stdoutPath, 'a');
    const stderrFd = (0, node_fs_1.openSync)(spec.stderrPath, 'a');
    let child;
    try {
        child = (0, node_child_process_1.spawn)(spec.command, [...spec.args], {
            cwd: spec.cwd,
            env: { ...spec.env },
            detached: true,
            stdio: ['ignore', stdoutFd, stderrFd]
        });
    }
    finally {
        (0, node_fs_1.closeSync)(stdoutFd);
        (0, node_fs_1.closeSync)(stderrFd);
    }
    const follower = followLines(spec.stderrPath, spec.onStderrLine);
    const exited = new Promise((resolve) => {
        child.once('error', () => resolve({ exit_code: null, signal: null }));
        child.once('exit', (code, signal) => resolve({ exit_code: code, signal }));
    }).then(async (exit) => {
        await follower.stop();
        return exit;
    });
    return { pid: child.pid ?? 0, exited, stderrTail: () => follower.tail() };
}
/** Reads a growing log file line by line, keeping the last lines for error reports. */
function followLines(path, onLine) {
    const tail = [];
    const decoder = new node_string_decoder_1.StringDecoder('utf8');
    let position = 0;
    let partial = '';
    const emit = (text) => {
        const lines = (partial + text).split('\n');
        partial = lines.pop() ?? '';
        for (const line of lines) {
            tail.push(line);
            if (tail.length > TAIL_LINES)
                tail.shift();
            onLine?.(line);
        }
    };
    const readNew = async () => {
        const handle = await (0, promises_1.open)(path, 'r').catch(() => undefined);
        if (handle === undefined)
            return;
        try {
            const buffer = Buffer.alloc(64 * 1024);
            for (;;) {
                const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
                if (bytesRead === 0)
                    break;
                position += bytesRead;
                emit(decoder.write(buffer.subarray(0, bytesRead)));
            }
        }
        finally {
            await handle.close();
        }
    };
    let reading = Promise.resolve();
    const timer = setInterval(() => {
        reading = reading.then(readNew);
    }, FOLLOW_MS);
    return {
        tail: () => [...tail, ...(partial === '' ? [] : [partial])].join('\n'),
        async stop() {
            clearInterval(timer);
            reading = reading.then(readNew);
            await reading;
            emit(decoder.end());
            if (partial !== '') {
                const last = partial;
                partial = '';
                tail.push(last);
                onLine?.(last);
            }
        }
    };
}


/***/ }),

/***/ 9851:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.HEARTBEAT_MS = void 0;
exports.progressSink = progressSink;
const one_line_js_1 = __webpack_require__(5770);
const node_fs_1 = __webpack_require__(3024);
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const layout_js_1 = __webpack_require__(8951);
const states_js_1 = __webpack_require__(6915);
const lifecycle_js_1 = __webpack_require__(5413);
const format_js_1 = __webpack_require__(3464);
const summary_js_1 = __webpack_require__(8071);
const style_js_1 = __webpack_require__(1715);
exports.HEARTBEAT_MS = 2_000;
function progressSink(io, mode, options = {}) {
    const paint = (0, style_js_1.painter)(io, 'stderr');
    const heartbeat = mode === 'text' && io.stderrIsTTY === true ? new Heartbeat(io, options) : undefined;
    return {
        stage(raw) {
            if (mode === 'quiet')
                return;
            const event = { ...raw, message: (0, one_line_js_1.oneLine)(raw.message) };
            if (mode === 'json') {
                io.stderr(`${JSON.stringify({ type: 'stage', ...event })}\n`);
                return;
            }
            heartbeat?.clear();
            const terminal = states_js_1.TERMINAL_STATE_OF[event.state];
            const state = terminal === undefined ? event.state : (0, style_js_1.paintWord)(paint, terminal, 0, event.state);
            io.stderr(`${prefix(event)}${state} ${event.message}\n`);
            heartbeat?.follow(event);
        },
        agentCall(event) {
            if (mode === 'quiet')
                return;
            if (mode === 'json') {
                io.stderr(`${JSON.stringify({ type: 'agent_call', ...event })}\n`);
                return;
            }
            heartbeat?.clear();
            const { call } = event;
            const seconds = (event.elapsedMs / 1000).toFixed(1).padStart(6);
            const model = call.model === null ? '' : ` (${(0, one_line_js_1.oneLine)(call.model)})`;
            const used = (0, format_js_1.formatTotals)((0, summary_js_1.totalsOf)([call]));
            io.stderr(`[${seconds}s] item ${event.itemId} attempt ${event.attempt}: ${call.lane} call ${call.status}${model}: ${used}; item ${(0, format_js_1.formatCost)(event.item)}, run ${(0, format_js_1.formatCost)(event.run)}\n`);
        }
    };
}
function prefix(event) {
    const seconds = (event.elapsedMs / 1000).toFixed(1).padStart(6);
    return `[${seconds}s] ${who(event)}: `;
}
function who(event) {
    return event.itemId === null ? 'run' : `item ${event.itemId} attempt ${event.attempt ?? '-'}`;
}
class Heartbeat {
    io;
    options;
    timer;
    drawn = 0;
    runDirs = new Map();
    constructor(io, options) {
        this.io = io;
        this.options = options;
    }
    /** Watches the stage `event` starts, or stops watching when it is no stage to wait on. */
    follow(event) {
        this.stop();
        if (!(0, lifecycle_js_1.isInFlight)(event.state) || event.itemId === null)
            return;
        const startedAt = Date.now();
        const runStartedAt = startedAt - event.elapsedMs;
        let busy = false;
        this.timer = setInterval(() => {
            if (busy)
                return;
            busy = true;
            void this.lastOutput(event)
                .then((last) => {
                if (this.timer === undefined)
                    return;
                const now = Date.now();
                const source = (0, lifecycle_js_1.runsCommands)(event.state) ? 'command' : 'agent';
                const output = last === undefined
                    ? `no ${source} output yet`
                    : `last ${source} output ${duration(Math.max(0, now - last))} ago`;
                this.draw(`${prefix({ ...event, elapsedMs: now - runStartedAt })}${event.state} for ${duration(now - startedAt)}, ${output}`);
            })
                .finally(() => {
                busy = false;
            });
        }, this.options.heartbeatMs ?? exports.HEARTBEAT_MS);
        // Never the reason the process stays alive.
        this.timer.unref();
    }
    /** Takes the heartbeat line off the screen, so the next line starts on a clean line. */
    clear() {
        if (this.drawn === 0)
            return;
        this.io.stderr(`\r${' '.repeat(this.drawn)}\r`);
        this.drawn = 0;
    }
    stop() {
        if (this.timer !== undefined)
            clearInterval(this.timer);
        this.timer = undefined;
    }
    draw(line) {
        // Spaces, not an erase-line escape: the line is overwritten the same way without colour.
        const padding = ' '.repeat(Math.max(0, this.drawn - line.length));
        this.io.stderr(`\r${line}${padding}`);
        this.drawn = line.length;
    }
    /** The newest change to the attempt's logs (agent output, verification output), if any. */
    async lastOutput(event) {
        const runDir = this.runDir(event.runId);
        if (runDir === undefined || event.itemId === null || event.attempt === null)
            return undefined;
        const logs = (0, layout_js_1.attemptLayout)((0, layout_js_1.runLayout)(runDir, event.runId), event.itemId, event.attempt).logsDir;
        const entries = await (0, promises_1.readdir)(logs, { recursive: true, withFileTypes: true }).catch(() => []);
        const times = await Promise.all(entries
            .filter((entry) => entry.isFile())
            .map((entry) => (0, promises_1.stat)((0, node_path_1.join)(entry.parentPath, entry.name)).then((info) => info.mtimeMs, () => 0)));
        const newest = Math.max(0, ...times);
        return newest === 0 ? undefined : newest;
    }
    /** The repository holding the run: the one given, else the nearest around the cwd. */
    runDir(runId) {
        if (this.runDirs.has(runId))
            return this.runDirs.get(runId);
        const found = [this.options.repoRoot, ...ancestors(this.io.cwd)].find((dir) => dir !== undefined && (0, node_fs_1.existsSync)((0, node_path_1.join)(dir, layout_js_1.CONTROL_ROOT, runId)));
        if (found !== undefined)
            this.runDirs.set(runId, found);
        return found;
    }
}
function ancestors(dir) {
    const parent = (0, node_path_1.dirname)(dir);
    return parent === dir ? [dir] : [dir, ...ancestors(parent)];
}
/** `45s`, `2m05s`, `1h02m`. */
function duration(ms) {
    const seconds = Math.floor(ms / 1000);
    if (seconds < 60)
        return `${seconds}s`;
    const minutes = Math.floor(seconds / 60);
    if (minutes < 60)
        return `${minutes}m${String(seconds % 60).padStart(2, '0')}s`;
    return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`;
}


/***/ }),

/***/ 1715:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.painter = painter;
exports.toneOf = toneOf;
exports.paintWord = paintWord;
const CODES = {
    good: '32',
    wait: '33',
    bad: '31',
    dim: '2'
};
function painter(io, stream) {
    const tty = stream === 'stdout' ? io.stdoutIsTTY : io.stderrIsTTY;
    // Set at all, even empty: a request for no colour is never second-guessed.
    const noColor = io.env['NO_COLOR'] !== undefined;
    if (tty !== true || noColor || io.env['TERM'] === 'dumb')
        return (_tone, text) => text;
    return (tone, text) => `\u001b[${CODES[tone]}m${text}\u001b[0m`;
}
/** The tone of an item terminal or a run status level. */
function toneOf(word) {
    switch (word) {
        case 'passed':
        case 'ok':
            return 'good';
        case 'awaiting_human_gate':
        case 'blocked_external':
        case 'waiting':
        case 'interrupted':
            return 'wait';
        case 'escalated':
        case 'error':
            return 'bad';
        default:
            return undefined;
    }
}
/** `text` in the tone of `word` (itself by default), padded to `width` before colouring. */
function paintWord(paint, word, width = 0, text = word) {
    const tone = toneOf(word);
    const padded = text.padEnd(width);
    if (tone === undefined)
        return padded;
    return paint(tone, text) + padded.slice(text.length);
}


/***/ }),

/***/ 3156:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.supervise = supervise;
const node_os_1 = __webpack_require__(8161);
const git_port_js_1 = __webpack_require__(4606);
const run_lock_js_1 = __webpack_require__(2685);
const supervision_js_1 = __webpack_require__(6079);
const one_line_js_1 = __webpack_require__(5770);
const errors_js_1 = __webpack_require__(3916);
const doctor_js_1 = __webpack_require__(283);
const exclusive_lock_js_1 = __webpack_require__(5370);
const kernel_process_js_1 = __webpack_require__(8475);
const run_files_js_1 = __webpack_require__(2803);
const repository_js_1 = __webpack_require__(3739);
const artifacts_js_1 = __webpack_require__(8972);
const control_lock_js_1 = __webpack_require__(5044);
const kernel_process_js_2 = __webpack_require__(7874);
const ledger_js_1 = __webpack_require__(5158);
const supervisor_session_js_1 = __webpack_require__(480);
/**
 * `supervise run` / `supervise resume`: a parent that launches the kernel, proves it is alive
 * while it works, and after every kernel exit decides, from the saved state and its own
 * ledgers alone, whether to wait, repair, resume within budget, or park. It never writes the
 * run state and never decides a gate.
 */
async function supervise(given) {
    // The kernel's stderr and the supervisor's reasons can carry agent text: every line passed
    // on is one line, whatever control characters it held.
    const input = {
        ...given,
        log: (line) => given.log((0, one_line_js_1.oneLine)(line)),
        kernelLog: (line) => given.kernelLog((0, one_line_js_1.oneLine)(line))
    };
    const layout = (0, artifacts_js_1.supervisionLayout)(input.run);
    const registration = (0, artifacts_js_1.loadedValue)(await (0, artifacts_js_1.readArtifact)(supervision_js_1.BridgeRegistrationSchema, layout.registrationPath));
    if (input.mode === 'resume')
        await assertResumable(input.run);
    await (0, artifacts_js_1.ensureSupervisionDirs)(layout);
    // A bridge answers only probes carrying its own session id, so resuming a run whose
    // kernel still works means continuing that session.
    const sessionId = input.mode === 'resume' && registration !== undefined
        ? registration.supervisor_session_id
        : (0, kernel_process_js_2.newId)('svs');
    const lock = await (0, control_lock_js_1.acquireControlLock)(layout, input.run.runId, sessionId, {
        lockExclusively: exclusive_lock_js_1.lockExclusively,
        files: run_files_js_1.runFiles,
        processes: kernel_process_js_1.kernelProcesses
    });
    try {
        const session = new supervisor_session_js_1.SupervisorSession(input, layout, sessionId, {
            isRunLocked: run_lock_js_1.isRunLocked,
            git: { branchSha: repository_js_1.branchSha },
            repairRun: (given) => (0, doctor_js_1.runDoctor)({
                cwd: given.run.repoRoot,
                env: given.env,
                runId: given.run.runId,
                fixSafe: true,
                git: (0, git_port_js_1.createGitPort)(),
                clock: { now: () => new Date() }
            }),
            processes: kernel_process_js_1.kernelProcesses,
            files: run_files_js_1.runFiles
        });
        await session.open();
        const attachable = input.mode === 'resume' &&
            registration !== undefined &&
            registration.bridge_host === (0, node_os_1.hostname)() &&
            kernel_process_js_1.kernelProcesses.isAlive(registration.bridge_pid)
            ? (0, kernel_process_js_2.attachKernel)(kernel_process_js_1.kernelProcesses, registration.bridge_pid, registration.kernel_invocation_id)
            : undefined;
        if (input.mode === 'resume' && attachable === undefined && (await (0, run_lock_js_1.isRunLocked)(input.run))) {
            throw new errors_js_1.UserInputError(`run ${input.run.runId} is being changed by a kernel this supervisor cannot attach to (it was not started under supervision); wait for it to finish`);
        }
        return await session.loop(attachable);
    }
    finally {
        await lock.release();
    }
}
async function assertResumable(run) {
    const observed = await (0, ledger_js_1.observeRunState)(run);
    if (observed.state === undefined)
        throw new errors_js_1.UserInputError(`cannot supervise run ${run.runId}: ${observed.problem ?? 'no state'}`);
}


/***/ }),

/***/ 957:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.summarizeRun = summarizeRun;
exports.brokenRunSummary = brokenRunSummary;
const item_focus_js_1 = __webpack_require__(6955);
const summary_js_1 = __webpack_require__(8071);
const lifecycle_js_1 = __webpack_require__(5413);
const states_js_1 = __webpack_require__(6915);
const EXIT_CODES = { ok: 0, waiting: 1, interrupted: 1, error: 2 };
function summarizeRun(state, options) {
    const counts = Object.fromEntries(['none', ...states_js_1.TERMINALS].map((t) => [t, 0]));
    for (const item of state.items)
        counts[item.terminal_state] += 1;
    const selected = new Set(state.items.filter((item) => wasSelected(state, item)).map((i) => i.item_id));
    // A current item that just passed stays in focus: the run last worked on it.
    const focus = (0, item_focus_js_1.focusItem)(state, { keepPassedCurrent: true });
    const interrupted = !options.writerAlive && (0, lifecycle_js_1.isInFlight)(state.current_state);
    const pending = pendingAction(state, focus, interrupted);
    const level = counts.escalated > 0
        ? 'error'
        : interrupted
            ? 'interrupted'
            : counts.awaiting_human_gate > 0 || counts.blocked_external > 0
                ? 'waiting'
                : 'ok';
    const usage = (0, summary_js_1.runUsageSummary)(state);
    return {
        run_id: state.run_id,
        current_state: state.current_state,
        current_item_id: focus?.item_id ?? null,
        run_branch_name: state.run_branch_name,
        playbook_source_path: state.playbook_source_path,
        updated_at_utc: state.updated_at_utc,
        status_level: level,
        exit_code: EXIT_CODES[level],
        pending_action: pending,
        terminal_counts: counts,
        progress: {
            passed: state.items.filter((item) => item.terminal_state === 'passed').length,
            selected: selected.size,
            total: state.items.length,
            not_selected: (0, item_focus_js_1.itemsInPlanOrder)(state)
                .filter((item) => !selected.has(item.item_id))
                .map((item) => item.item_id)
        },
        items: state.items.map((item) => ({
            item_id: item.item_id,
            state: item.state,
            attempt_number: item.attempt_number,
            terminal_state: item.terminal_state,
            terminal_summary: item.terminal_summary,
            terminal_reason: (0, summary_js_1.activeBudgetStop)(item) === null ? null : 'budget_exhausted',
            usage: usage.items.find((entry) => entry.item_id === item.item_id)?.totals ?? summary_js_1.EMPTY_TOTALS,
            selected: selected.has(item.item_id)
        })),
        usage
    };
}
/**
 * Every item of the playbook is in the run, but a run only works on the items it was asked
 * for (`--item 03`) or reached (`--next`, auto-advance). An item it has never picked is still
 * at its initial state with no event of its own.
 */
function wasSelected(state, item) {
    return (!(0, states_js_1.notStarted)(item) ||
        item.terminal_state !== 'none' ||
        state.event_log.some((event) => event.item_id === item.item_id));
}
/** The summary of a run whose state cannot be read. */
function brokenRunSummary(runId, error) {
    return {
        run_id: runId,
        current_state: null,
        current_item_id: null,
        run_branch_name: null,
        playbook_source_path: null,
        updated_at_utc: null,
        status_level: 'error',
        exit_code: 2,
        pending_action: { kind: 'repair_local_state', item_id: null, detail: error },
        terminal_counts: {
            none: 0,
            passed: 0,
            awaiting_human_gate: 0,
            blocked_external: 0,
            escalated: 0
        },
        progress: { passed: 0, selected: 0, total: 0, not_selected: [] },
        items: [],
        usage: null,
        error
    };
}
function pendingAction(state, focus, interrupted) {
    if (focus === undefined)
        return null;
    const id = focus.item_id;
    switch (focus.terminal_state) {
        case 'awaiting_human_gate':
            return {
                kind: 'manual_gate',
                item_id: id,
                path: focus.latest_paths.manual_gate_path,
                detail: `approve or reject: plan-orchestrator mark-manual-gate --run-id ${state.run_id} --item ${id} --decision approved|rejected --by NAME --note TEXT --checkpoint ${focus.checkpoint_ref ?? 'SHA'}`
            };
        case 'blocked_external':
            return {
                kind: 'external_evidence',
                item_id: id,
                detail: `supply evidence: plan-orchestrator resume --run-id ${state.run_id} --external-evidence-dir DIR`
            };
        case 'escalated': {
            const budget = (0, summary_js_1.activeBudgetStop)(focus);
            return {
                kind: 'escalated',
                item_id: id,
                path: focus.latest_paths.escalation_manifest_path,
                detail: budget?.message ?? focus.terminal_summary ?? 'escalated; see the escalation manifest'
            };
        }
        default:
            return interrupted
                ? {
                    kind: 'resume',
                    item_id: id,
                    detail: `interrupted at ${state.current_state}: plan-orchestrator resume --run-id ${state.run_id}`
                }
                : null;
    }
}


/***/ }),

/***/ 38:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Whether a probe acknowledgement proves the supervisor is attached to the live kernel.
 * The ack must answer this exact request, come from the registered bridge, arrive in time,
 * and describe the same run state the supervisor reads itself. The first failed check is
 * the rejection reason; the check order is part of the contract because operators and
 * tests read the token.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.judgeRoundTrip = judgeRoundTrip;
exports.isRetryableRejection = isRetryableRejection;
const ECHOED_FIELDS = [
    'run_id',
    'supervisor_session_id',
    'kernel_invocation_id',
    'probe_sequence',
    'probe_nonce'
];
function judgeRoundTrip(input) {
    const reason = rejectionOf(input);
    return reason === undefined ? { valid: true } : { valid: false, rejection_reason: reason };
}
// A state write or stage swap between the kernel's ack and the supervisor's re-read causes
// exactly these; one more probe usually settles them, unlike a wrong identity or a stale ack.
const RETRYABLE = new Set([
    'run_state_sha256_mismatch',
    'current_state_mismatch',
    'current_item_id_mismatch',
    'active_stage_missing',
    'active_stage_presence_mismatch',
    'active_stage_sha256_mismatch',
    'active_stage_path_mismatch'
]);
/** Whether a rejection may be a race with a state write, worth one immediate re-probe. */
function isRetryableRejection(reason) {
    return RETRYABLE.has(reason);
}
function rejectionOf(input) {
    const { request, ack, registration } = input;
    if (registration === undefined)
        return 'bridge_registration_missing';
    if (ack === undefined)
        return 'probe_ack_missing';
    const mismatched = ECHOED_FIELDS.find((field) => ack[field] !== request[field]);
    if (mismatched !== undefined)
        return `probe_ack_mismatch:${mismatched}`;
    if (registration.supervisor_session_id !== request.supervisor_session_id)
        return 'bridge_registration_session_mismatch';
    if (registration.kernel_invocation_id !== request.kernel_invocation_id)
        return 'bridge_registration_invocation_mismatch';
    const ackedAt = parseUtcSeconds(ack.acked_at_utc);
    const expiresAt = parseUtcSeconds(request.expires_at_utc);
    const previous = input.previousObservedAt === undefined ? null : parseUtcSeconds(input.previousObservedAt);
    // An unreadable previous heartbeat time leaves freshness unprovable, so it is refused with
    // the others rather than skipped.
    if (ackedAt === undefined || expiresAt === undefined || previous === undefined)
        return 'probe_ack_invalid_timestamp';
    if (ackedAt > expiresAt)
        return 'probe_ack_expired';
    // Whole-second timestamps: a heartbeat and the next ack often share a second, so only an
    // ack strictly older than the previous heartbeat is provably stale.
    if (previous !== null && ackedAt < previous)
        return 'probe_ack_not_fresh';
    const theirs = ack.kernel_snapshot;
    const ours = input.supervisorView;
    if (ours.run_state_sha256 === null)
        return 'run_state_missing';
    if (theirs.run_state_sha256 !== ours.run_state_sha256)
        return 'run_state_sha256_mismatch';
    if (theirs.run_state_path !== ours.run_state_path)
        return 'run_state_path_mismatch';
    if (theirs.current_state !== ours.current_state)
        return 'current_state_mismatch';
    if (theirs.current_item_id !== ours.current_item_id)
        return 'current_item_id_mismatch';
    if (theirs.active_stage_present && !ours.active_stage_present)
        return 'active_stage_missing';
    if (!theirs.active_stage_present && ours.active_stage_present)
        return 'active_stage_presence_mismatch';
    // Path and hash mean nothing without a stage, so they are compared only when both see one.
    if (theirs.active_stage_present) {
        if (theirs.active_stage_sha256 !== ours.active_stage_sha256)
            return 'active_stage_sha256_mismatch';
        if (theirs.active_stage_path !== ours.active_stage_path)
            return 'active_stage_path_mismatch';
    }
    return undefined;
}
const UTC_SECONDS = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;
/** Seconds since the epoch of a `YYYY-MM-DDTHH:MM:SSZ` time; undefined for anything else. */
function parseUtcSeconds(text) {
    const match = UTC_SECONDS.exec(text);
    if (match === null)
        return undefined;
    const [year, month, day, hour, minute, second] = match.slice(1).map(Number);
    const millis = Date.UTC(year, month - 1, day, hour, minute, second);
    const date = new Date(millis);
    // Date.UTC rolls 2026-02-30 over to March; a round trip catches every out-of-range field.
    const exact = date.getUTCFullYear() === year &&
        date.getUTCMonth() === month - 1 &&
        date.getUTCDate() === day &&
        date.getUTCHours() === hour &&
        date.getUTCMinutes() === minute &&
        date.getUTCSeconds() === second;
    return exact ? millis / 1000 : undefined;
}


/***/ }),

/***/ 5215:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.decideRecovery = decideRecovery;
const item_focus_js_1 = __webpack_require__(6955);
const lifecycle_js_1 = __webpack_require__(5413);
const states_js_1 = __webpack_require__(6915);
const budget_js_1 = __webpack_require__(5898);
const summary_js_1 = __webpack_require__(8071);
// Both count against one budget: an item that keeps dying mid-stage is as stuck as one that
// keeps escalating, and alternating between the two must not reset the bound.
const BUDGETED_RESUMES = new Set(['resume_escalated', 'resume_interrupted']);
function decideRecovery(context) {
    const { state, facts } = context;
    const focus = (0, item_focus_js_1.focusItem)(state);
    if (focus === undefined) {
        return {
            action_kind: 'terminal_passed',
            recoverability: 'passed',
            item_id: null,
            attempt_number: null,
            terminal_state: null,
            reason: `All ${state.items.length} items of run ${state.run_id} passed.`
        };
    }
    const decide = (action_kind, recoverability, reason, item = focus) => ({
        action_kind,
        recoverability,
        item_id: item.item_id,
        attempt_number: item.attempt_number,
        terminal_state: item.terminal_state,
        reason
    });
    const id = focus.item_id;
    const current = state.current_state;
    // The wait must have been watched by this loop: an approval seen only on disk could be
    // one the supervisor never waited for, and a run without auto-advance stops at its item.
    if (context.previousWait === 'manual_gate' &&
        (context.mode === 'resume' || context.autoAdvance) &&
        states_js_1.TERMINAL_STATE_OF[current] === 'passed') {
        return decide('resume_after_manual_gate', 'recoverable', `The manual gate the supervisor waited on was approved and the run is at ${current}; resuming with item ${id}.`);
    }
    const gateItem = focus.terminal_state === 'awaiting_human_gate'
        ? focus
        : ((0, item_focus_js_1.itemsInPlanOrder)(state).find((item) => item.terminal_state === 'awaiting_human_gate') ??
            (states_js_1.TERMINAL_STATE_OF[current] === 'awaiting_human_gate' ? focus : undefined));
    if (gateItem !== undefined) {
        return decide('wait_manual_gate', 'waiting', `Item ${gateItem.item_id} awaits a manual gate decision (run state ${current}); only a human may approve or reject it.`, gateItem);
    }
    if (focus.terminal_state === 'blocked_external' ||
        states_js_1.TERMINAL_STATE_OF[current] === 'blocked_external') {
        const evidence = context.evidence;
        if (evidence === null) {
            return decide('wait_external_evidence', 'waiting', `Item ${id} is blocked on external evidence (run state ${current}) and no ready evidence package exists.`);
        }
        const tried = context.interventions.some((past) => past.action_kind === 'resume_blocked_external' &&
            past.item_id === id &&
            past.evidence_package_sha256 === evidence.digest);
        // Waiting rather than parking: the inbox keeps the old package, so a park would make
        // a corrected package that arrives later useless.
        if (tried) {
            return decide('wait_external_evidence', 'waiting', `Item ${id} was already resumed with the evidence package at ${evidence.path} (digest ${evidence.digest}); waiting for a new package.`);
        }
        return decide('resume_blocked_external', 'recoverable', `Item ${id} is blocked on external evidence and a ready package is at ${evidence.path} (digest ${evidence.digest}); resuming with it.`);
    }
    if (!facts.normalizedPlanHealthy) {
        const repaired = context.interventions.some((past) => past.action_kind === 'doctor_fix_safe' &&
            past.item_id === id &&
            past.attempt_number === focus.attempt_number);
        return repaired
            ? decide('park', 'non_recoverable', `The normalized plan is still missing or invalid after a safe repair for item ${id} attempt ${focus.attempt_number}; a human must look.`)
            : decide('doctor_fix_safe', 'recoverable', `The normalized plan is missing or invalid; running one safe repair for item ${id} attempt ${focus.attempt_number}.`);
    }
    if (focus.terminal_state === 'escalated' || states_js_1.TERMINAL_STATE_OF[current] === 'escalated') {
        if (facts.gateRejected) {
            return decide('park', 'non_recoverable', `Item ${id} escalated after a manual-gate rejection; only a human may take it further.`);
        }
        if (!facts.runBranchExists) {
            return decide('park', 'non_recoverable', `Item ${id} escalated and the run branch ${state.run_branch_name} does not exist; a human must restore it.`);
        }
        if (facts.scopeFailed) {
            return decide('park', 'non_recoverable', `Item ${id} escalated after its latest verification failed the scope check; scope violations are for a human to judge.`);
        }
        // The same limits would stop it again: only a human's higher limit can take it further.
        // A supervised resume (started by a human, maybe with that limit) still gets its try.
        const budget = (0, summary_js_1.activeBudgetStop)(focus);
        if (budget !== null && (context.mode === 'run' || context.launchedResume)) {
            return decide('park', 'non_recoverable', `Item ${id} stopped on its budget (${budget.limit}); a human must raise the limit: ${(0, budget_js_1.budgetResumeCommand)(state.run_id, budget)}`);
        }
        return withinBudget(context, focus, 'resume_escalated', `Item ${id} escalated`, decide);
    }
    if (focus.terminal_state === 'none' && (0, lifecycle_js_1.isInFlight)(current)) {
        return withinBudget(context, focus, 'resume_interrupted', `The kernel ended with item ${id} in flight at ${current}`, decide);
    }
    if (context.mode === 'resume' && !context.launchedResume) {
        return decide('resume_saved_run', 'recoverable', `Resuming the saved run at ${current}; item ${id} is the next unfinished item.`);
    }
    if (states_js_1.TERMINAL_STATE_OF[current] === 'passed') {
        return decide('selection_done', 'passed', `The selection passed at ${current}; ${unfinishedCount(state)} item(s) remain unfinished for a later invocation, next is item ${id}.`);
    }
    return decide('park', 'non_recoverable', `The run stopped at ${current} with item ${id} at terminal ${focus.terminal_state}, which no automatic action covers.`);
}
function withinBudget(context, focus, action, situation, decide) {
    const used = context.interventions.filter((past) => BUDGETED_RESUMES.has(past.action_kind) && past.item_id === focus.item_id).length;
    const budget = context.maxAutoResumes;
    if (used >= budget) {
        return decide('park', 'non_recoverable', `${situation}; automatic resume budget exhausted (${used} of ${budget}) for item ${focus.item_id}.`);
    }
    return decide(action, 'recoverable', `${situation}; automatic resume ${used + 1} of ${budget} for item ${focus.item_id}.`);
}
function unfinishedCount(state) {
    return state.items.filter((item) => item.terminal_state !== 'passed').length;
}


/***/ }),

/***/ 5044:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SupervisorLockedError = void 0;
exports.acquireControlLock = acquireControlLock;
const node_os_1 = __webpack_require__(8161);
const promises_1 = __webpack_require__(1455);
const supervision_js_1 = __webpack_require__(6079);
const time_js_1 = __webpack_require__(2334);
const artifacts_js_1 = __webpack_require__(8972);
/**
 * One supervisor per run. The lock is an atomic directory (proper-lockfile), so two
 * supervisors starting together cannot both win, as they could with the reference's
 * check-then-write file; the owner record beside it says who holds it. A holder that ran on
 * this host and is gone loses the lock at once, any other after the stale time.
 */
class SupervisorLockedError extends Error {
    name = 'SupervisorLockedError';
    exitCode = 1;
}
exports.SupervisorLockedError = SupervisorLockedError;
async function acquireControlLock(layout, runId, sessionId, io) {
    const { lockExclusively, files, processes } = io;
    const readHolder = async () => (0, artifacts_js_1.loadedValue)(await (0, artifacts_js_1.readArtifact)(supervision_js_1.ControlLockOwnerSchema, layout.controlOwnerPath));
    const release = await lockExclusively({
        target: layout.root,
        lockPath: layout.controlLockPath,
        holderIsGone: async () => {
            const holder = await readHolder();
            return (holder !== undefined &&
                holder.owner_host === (0, node_os_1.hostname)() &&
                !processes.isAlive(holder.owner_pid));
        },
        clearHolder: () => (0, promises_1.rm)(layout.controlOwnerPath, { force: true }),
        claim: () => (0, artifacts_js_1.writeArtifact)(files, supervision_js_1.ControlLockOwnerSchema, layout.controlOwnerPath, {
            schema_version: supervision_js_1.SUPERVISION_SCHEMA_VERSIONS.controlLock,
            run_id: runId,
            supervisor_session_id: sessionId,
            owner_pid: process.pid,
            owner_host: (0, node_os_1.hostname)(),
            acquired_at_utc: (0, time_js_1.isoSeconds)(new Date())
        }),
        onCompromised: () => {
            process.stderr.write(`error: lost the supervision lock of run ${runId}; stopping\n`);
            process.exit(1);
        }
    });
    if (release === undefined) {
        const holder = await readHolder();
        const who = holder === undefined
            ? 'another supervisor'
            : `supervisor ${holder.supervisor_session_id} (pid ${holder.owner_pid} on ${holder.owner_host}, since ${holder.acquired_at_utc})`;
        throw new SupervisorLockedError(`run ${runId} is already supervised by ${who}; watch it with: plan-orchestrator supervise status --run-id ${runId}`);
    }
    let released;
    return {
        release: () => (released ??= (async () => {
            await (0, promises_1.rm)(layout.controlOwnerPath, { force: true });
            await release().catch(() => undefined);
        })())
    };
}


/***/ }),

/***/ 3389:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.interventionFields = interventionFields;
exports.nothingRecorded = nothingRecorded;
const supervision_js_1 = __webpack_require__(6079);
const ACTING_KINDS = new Set(supervision_js_1.INTERVENTION_KINDS);
/** The decision-derived fields of an intervention; the fingerprint is the state decided on. */
function interventionFields(basis) {
    const { decision } = basis;
    if (!ACTING_KINDS.has(decision.action_kind))
        throw new Error(`${decision.action_kind} is not an intervention`);
    return {
        action_kind: decision.action_kind,
        item_id: decision.item_id,
        attempt_number: decision.attempt_number,
        terminal_state: decision.terminal_state,
        recoverability_class: decision.recoverability === 'recoverable'
            ? 'recoverable'
            : 'non_recoverable',
        fingerprint: basis.stateSha256,
        reason: decision.reason
    };
}
/** The record fields of an intervention that ran no command and names no file or evidence. */
function nothingRecorded() {
    return {
        command: [],
        related_paths: [],
        evidence_paths: [],
        evidence_package_sha256: null,
        kernel_exit: null,
        notes: []
    };
}


/***/ }),

/***/ 7874:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.thisCli = thisCli;
exports.newId = newId;
exports.launchKernel = launchKernel;
exports.attachKernel = attachKernel;
exports.stopKernel = stopKernel;
const node_crypto_1 = __webpack_require__(7598);
const node_path_1 = __webpack_require__(6760);
const promises_1 = __webpack_require__(8500);
const layout_js_1 = __webpack_require__(8951);
const bridge_js_1 = __webpack_require__(2726);
function thisCli() {
    return { command: process.execPath, args: [process.argv[1] ?? ''] };
}
function newId(prefix) {
    return `${prefix}_${(0, node_crypto_1.randomBytes)(16).toString('hex')}`;
}
function launchKernel(processes, input) {
    const invocationId = newId('kernel');
    const stdoutPath = (0, node_path_1.join)(input.layout.invocationsDir, `${invocationId}.stdout.log`);
    const stderrPath = (0, node_path_1.join)(input.layout.invocationsDir, `${invocationId}.stderr.log`);
    const env = {};
    for (const [name, value] of Object.entries(input.env)) {
        if (value !== undefined && !Object.values(bridge_js_1.SUPERVISION_ENV).includes(name))
            env[name] = value;
    }
    env[bridge_js_1.SUPERVISION_ENV.enabled] = '1';
    env[bridge_js_1.SUPERVISION_ENV.sessionId] = input.sessionId;
    env[bridge_js_1.SUPERVISION_ENV.invocationId] = invocationId;
    if (input.runIdOverride !== undefined)
        env[bridge_js_1.SUPERVISION_ENV.runIdOverride] = input.runIdOverride;
    const spawned = processes.spawn({
        command: input.kernel.command,
        args: [...input.kernel.args, ...input.subcommand],
        cwd: input.run.repoRoot,
        env,
        stdoutPath,
        stderrPath,
        ...(input.onStderrLine === undefined ? {} : { onStderrLine: input.onStderrLine })
    });
    const pid = spawned.pid;
    return {
        invocationId,
        pid,
        recordedCommand: ['plan-orchestrator', ...input.subcommand],
        logPaths: [stdoutPath, stderrPath].map((path) => (0, layout_js_1.repoRelative)(input.run.repoRoot, path)),
        launched: true,
        exited: spawned.exited,
        stderrTail: () => spawned.stderrTail(),
        signal: (signal) => {
            if (pid > 0)
                processes.signalGroup(pid, signal);
        }
    };
}
const ATTACH_POLL_MS = 250;
/** A kernel some earlier supervisor launched and that still runs: watched by its pid only. */
function attachKernel(processes, pid, invocationId) {
    const exited = (async () => {
        while (processes.isAlive(pid))
            await (0, promises_1.setTimeout)(ATTACH_POLL_MS);
        return { exit_code: null, signal: null };
    })();
    return {
        invocationId,
        pid,
        recordedCommand: ['<attached-live-kernel>'],
        logPaths: [],
        launched: false,
        exited,
        stderrTail: () => '',
        // Not ours to stop: it belongs to whoever launched it.
        signal: () => undefined
    };
}
/** Signals the launched kernel, then kills its group if it outlives the grace period. */
async function stopKernel(processes, kernel, signal, graceMs) {
    kernel.signal(signal);
    const result = await Promise.race([kernel.exited, (0, promises_1.setTimeout)(graceMs).then(() => undefined)]);
    if (result !== undefined || !kernel.launched)
        return result;
    processes.signalGroup(kernel.pid, 'SIGKILL');
    const killed = await Promise.race([kernel.exited, (0, promises_1.setTimeout)(1000).then(() => undefined)]);
    return processes.isGroupRunning(kernel.pid) ? undefined : killed;
}


/***/ }),

/***/ 5158:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SupervisionLedger = void 0;
exports.readInterventions = readInterventions;
exports.newestHeartbeat = newestHeartbeat;
exports.observeRunState = observeRunState;
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const run_state_file_js_1 = __webpack_require__(7703);
const layout_js_1 = __webpack_require__(8951);
const states_js_1 = __webpack_require__(6915);
const supervision_js_1 = __webpack_require__(6079);
const time_js_1 = __webpack_require__(2334);
const artifacts_js_1 = __webpack_require__(8972);
class SupervisionLedger {
    run;
    layout;
    sessionId;
    policy;
    now;
    files;
    heartbeatSequence = 1;
    interventionSequence = 1;
    lastObservedAt;
    latestIntervention = null;
    latestHeartbeatPath = null;
    constructor(run, layout, sessionId, policy, now, files) {
        this.run = run;
        this.layout = layout;
        this.sessionId = sessionId;
        this.policy = policy;
        this.now = now;
        this.files = files;
    }
    async open() {
        this.heartbeatSequence = await (0, artifacts_js_1.nextLedgerSequence)(this.layout.heartbeatsDir);
        this.interventionSequence = await (0, artifacts_js_1.nextLedgerSequence)(this.layout.interventionsDir);
        const newest = await newestHeartbeat(this.layout);
        this.lastObservedAt = newest?.observed_at_utc;
    }
    /** observed_at of the previous heartbeat (this session's, or the newest on disk at start). */
    get previousObservedAt() {
        return this.lastObservedAt;
    }
    get latestInterventionPath() {
        return this.latestIntervention;
    }
    async heartbeat(input) {
        const observed = (0, time_js_1.isoSeconds)(this.now());
        const heartbeat = {
            schema_version: supervision_js_1.SUPERVISION_SCHEMA_VERSIONS.heartbeat,
            run_id: this.run.runId,
            supervisor_session_id: this.sessionId,
            heartbeat_sequence: this.heartbeatSequence,
            observed_at_utc: observed,
            freshness_policy: { ...this.policy },
            ...input,
            latest_intervention_path: this.latestIntervention
        };
        const path = (0, node_path_1.join)(this.layout.heartbeatsDir, (0, artifacts_js_1.ledgerName)(this.heartbeatSequence, (0, artifacts_js_1.compactTimestamp)(observed)));
        await (0, artifacts_js_1.writeArtifact)(this.files, supervision_js_1.HeartbeatSchema, path, heartbeat);
        this.heartbeatSequence += 1;
        this.lastObservedAt = observed;
        this.latestHeartbeatPath = (0, layout_js_1.repoRelative)(this.run.repoRoot, path);
        return heartbeat;
    }
    async intervention(input) {
        const observed = (0, time_js_1.isoSeconds)(this.now());
        const intervention = {
            schema_version: supervision_js_1.SUPERVISION_SCHEMA_VERSIONS.intervention,
            run_id: this.run.runId,
            supervisor_session_id: this.sessionId,
            intervention_sequence: this.interventionSequence,
            observed_at_utc: observed,
            ...input
        };
        const path = (0, node_path_1.join)(this.layout.interventionsDir, (0, artifacts_js_1.ledgerName)(this.interventionSequence, input.action_kind, (0, artifacts_js_1.compactTimestamp)(observed)));
        await (0, artifacts_js_1.writeArtifact)(this.files, supervision_js_1.InterventionSchema, path, intervention);
        this.interventionSequence += 1;
        this.latestIntervention = (0, layout_js_1.repoRelative)(this.run.repoRoot, path);
        return intervention;
    }
}
exports.SupervisionLedger = SupervisionLedger;
/** Every intervention of the run, all sessions, oldest first; unreadable files are skipped. */
async function readInterventions(layout) {
    const found = [];
    for (const path of await (0, artifacts_js_1.ledgerFiles)(layout.interventionsDir)) {
        const value = (0, artifacts_js_1.loadedValue)(await (0, artifacts_js_1.readArtifact)(supervision_js_1.InterventionSchema, path));
        if (value !== undefined)
            found.push(value);
    }
    return found;
}
async function newestHeartbeat(layout) {
    const last = (await (0, artifacts_js_1.ledgerFiles)(layout.heartbeatsDir)).at(-1);
    return last === undefined ? undefined : (0, artifacts_js_1.loadedValue)(await (0, artifacts_js_1.readArtifact)(supervision_js_1.HeartbeatSchema, last));
}
async function observeRunState(run) {
    const path = (0, layout_js_1.repoRelative)(run.repoRoot, run.runStatePath);
    const empty = {
        run_state_path: path,
        run_state_sha256: null,
        current_state: null,
        current_item_id: null,
        current_terminal_state: null,
        run_state_updated_at_utc: null
    };
    let bytes;
    try {
        bytes = await (0, promises_1.readFile)(run.runStatePath);
    }
    catch {
        return { state: undefined, snapshot: empty, problem: `${path} does not exist` };
    }
    try {
        const state = (0, run_state_file_js_1.parseRunState)(run.runStatePath, bytes.toString('utf8'));
        return {
            state,
            snapshot: {
                run_state_path: path,
                run_state_sha256: (0, artifacts_js_1.sha256Hex)(bytes),
                current_state: state.current_state,
                current_item_id: state.current_item_id,
                current_terminal_state: currentTerminal(state),
                run_state_updated_at_utc: state.updated_at_utc
            }
        };
    }
    catch (error) {
        return {
            state: undefined,
            snapshot: { ...empty, run_state_sha256: (0, artifacts_js_1.sha256Hex)(bytes) },
            problem: error.message
        };
    }
}
function currentTerminal(state) {
    const item = state.items.find((entry) => entry.item_id === state.current_item_id);
    if (item !== undefined)
        return item.terminal_state;
    return states_js_1.TERMINAL_STATE_OF[state.current_state] ?? null;
}


/***/ }),

/***/ 6763:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.OUTCOME_EXIT_CODES = void 0;
/** `supervise run|resume` exit codes: a stable contract, documented in docs/supervision.md. */
exports.OUTCOME_EXIT_CODES = {
    passed: 0,
    selection_done: 0,
    waiting_timeout: 10,
    parked: 20,
    interrupted: 130,
    kernel_failed: 1
};


/***/ }),

/***/ 8553:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Prober = void 0;
const node_crypto_1 = __webpack_require__(7598);
const promises_1 = __webpack_require__(8500);
const layout_js_1 = __webpack_require__(8951);
const supervision_js_1 = __webpack_require__(6079);
const probe_round_trip_js_1 = __webpack_require__(38);
const time_js_1 = __webpack_require__(2334);
const artifacts_js_1 = __webpack_require__(8972);
const ledger_js_1 = __webpack_require__(5158);
/**
 * One liveness proof: a fresh nonce written for the kernel's bridge, its acknowledgement,
 * and the supervisor's own reading of the same run state. Anything short of a full match is
 * reported as unproven, with the first reason it failed.
 */
const ACK_POLL_MS = 100;
class Prober {
    run;
    layout;
    sessionId;
    policy;
    files;
    sequence;
    constructor(run, layout, sessionId, policy, firstSequence, files) {
        this.run = run;
        this.layout = layout;
        this.sessionId = sessionId;
        this.policy = policy;
        this.files = files;
        this.sequence = firstSequence;
    }
    /** Probes; a mismatch that a state write racing the probe explains is retried once. */
    async probe(invocationId, previousObservedAt) {
        const first = await this.probeOnce(invocationId, previousObservedAt);
        if (first.verdict.valid || !(0, probe_round_trip_js_1.isRetryableRejection)(first.verdict.rejection_reason))
            return first;
        return this.probeOnce(invocationId, previousObservedAt);
    }
    async probeOnce(invocationId, previousObservedAt) {
        await (0, artifacts_js_1.removeFiles)([this.layout.probeAckPath]);
        const issued = new Date();
        const request = {
            schema_version: supervision_js_1.SUPERVISION_SCHEMA_VERSIONS.probeRequest,
            run_id: this.run.runId,
            supervisor_session_id: this.sessionId,
            kernel_invocation_id: invocationId,
            probe_sequence: this.sequence,
            probe_nonce: (0, node_crypto_1.randomBytes)(16).toString('hex'),
            issued_at_utc: (0, time_js_1.isoSeconds)(issued),
            expires_at_utc: (0, time_js_1.isoSeconds)(new Date(Date.parse((0, time_js_1.isoSeconds)(issued)) + this.policy.probe_ack_deadline_sec * 1000))
        };
        this.sequence += 1;
        await (0, artifacts_js_1.writeArtifact)(this.files, supervision_js_1.ProbeRequestSchema, this.layout.probeRequestPath, request);
        const ack = await this.awaitAck(request);
        const registration = (0, artifacts_js_1.loadedValue)(await (0, artifacts_js_1.readArtifact)(supervision_js_1.BridgeRegistrationSchema, this.layout.registrationPath));
        const observed = await (0, ledger_js_1.observeRunState)(this.run);
        const stage = await (0, artifacts_js_1.readArtifact)(supervision_js_1.ActiveStageSchema, this.layout.activeStagePath);
        const activeStagePath = (0, layout_js_1.repoRelative)(this.run.repoRoot, this.layout.activeStagePath);
        const supervisorView = {
            run_state_path: observed.snapshot.run_state_path,
            run_state_sha256: observed.state === undefined ? null : observed.snapshot.run_state_sha256,
            current_state: observed.snapshot.current_state,
            current_item_id: observed.snapshot.current_item_id,
            active_stage_present: stage.kind === 'ok',
            active_stage_path: stage.kind === 'ok' ? activeStagePath : null,
            active_stage_sha256: stage.kind === 'ok' ? stage.sha256 : null
        };
        const verdict = (0, probe_round_trip_js_1.judgeRoundTrip)({
            request,
            ack,
            registration,
            previousObservedAt,
            supervisorView
        });
        const evidence = {
            probe_sequence: request.probe_sequence,
            probe_nonce: request.probe_nonce,
            probe_request_issued_at_utc: request.issued_at_utc,
            probe_request_expires_at_utc: request.expires_at_utc,
            probe_ack_at_utc: ack?.acked_at_utc ?? null,
            bridge_registration_path: (0, layout_js_1.repoRelative)(this.run.repoRoot, this.layout.registrationPath),
            bridge_registration_sha256: await (0, artifacts_js_1.fileSha256)(this.layout.registrationPath),
            probe_request_sha256: await (0, artifacts_js_1.fileSha256)(this.layout.probeRequestPath),
            probe_ack_sha256: await (0, artifacts_js_1.fileSha256)(this.layout.probeAckPath)
        };
        return {
            verdict,
            evidence,
            activeStage: stage.kind === 'ok'
                ? {
                    stage_name: stage.value.stage_name,
                    item_id: stage.value.item_id,
                    attempt_number: stage.value.attempt_number,
                    child_tool: stage.value.child_tool,
                    child_pid: stage.value.child_pid,
                    child_command: stage.value.child_command,
                    started_at_utc: stage.value.started_at_utc,
                    active_stage_path: activeStagePath,
                    active_stage_sha256: stage.sha256
                }
                : null,
            observed
        };
    }
    async awaitAck(request) {
        const deadline = performance.now() + this.policy.probe_ack_deadline_sec * 1000;
        for (;;) {
            const ack = (0, artifacts_js_1.loadedValue)(await (0, artifacts_js_1.readArtifact)(supervision_js_1.ProbeAckSchema, this.layout.probeAckPath));
            if (ack !== undefined &&
                ack.probe_sequence === request.probe_sequence &&
                ack.probe_nonce === request.probe_nonce &&
                ack.kernel_invocation_id === request.kernel_invocation_id)
                return ack;
            if (performance.now() >= deadline)
                return undefined;
            await (0, promises_1.setTimeout)(ACK_POLL_MS);
        }
    }
}
exports.Prober = Prober;


/***/ }),

/***/ 6890:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.gatherFacts = gatherFacts;
exports.readyEvidence = readyEvidence;
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const promises_2 = __webpack_require__(8500);
const outside_state_js_1 = __webpack_require__(1176);
const normalized_plan_js_1 = __webpack_require__(6591);
const reports_js_1 = __webpack_require__(8947);
const item_focus_js_1 = __webpack_require__(6955);
const artifacts_js_1 = __webpack_require__(8972);
/**
 * What the supervisor reads from disk and git before deciding: facts about the run that the
 * run state alone does not carry, and whether a human has supplied evidence.
 */
async function gatherFacts(run, state, git) {
    const plan = await (0, artifacts_js_1.readArtifact)(normalized_plan_js_1.NormalizedPlanSchema, run.normalizedPlanPath);
    // The same item the decision will be about, so its facts are the ones that matter.
    const focus = (0, item_focus_js_1.focusItem)(state);
    return {
        normalizedPlanHealthy: plan.kind === 'ok',
        runBranchExists: (await git.branchSha(run.repoRoot, state.run_branch_name)) !== undefined,
        scopeFailed: focus === undefined ? false : await scopeFailed(run, focus),
        gateRejected: focus === undefined ? false : await gateRejected(run, focus)
    };
}
async function scopeFailed(run, item) {
    // A checkpoint refused for scope escalates before any verification report exists; its
    // summary is the only record, and the kernel words it this way on purpose.
    if (item.terminal_summary?.startsWith('scope violation') === true)
        return true;
    // Something changed outside the attempt: as much a human's to judge as a scope violation.
    if (item.terminal_summary?.startsWith(outside_state_js_1.INTEGRITY_ESCALATION) === true)
        return true;
    const path = item.latest_paths.verification_report_path;
    if (path === null)
        return false;
    const report = (0, artifacts_js_1.loadedValue)(await (0, artifacts_js_1.readArtifact)(reports_js_1.VerificationReportSchema, (0, node_path_1.resolve)(run.repoRoot, path)));
    return report?.scope_check.status === 'fail';
}
async function gateRejected(run, item) {
    const path = item.latest_paths.manual_gate_path;
    if (path === null)
        return false;
    const record = (0, artifacts_js_1.loadedValue)(await (0, artifacts_js_1.readArtifact)(reports_js_1.ManualGateRecordSchema, (0, node_path_1.resolve)(run.repoRoot, path)));
    return record?.status === 'rejected';
}
/** How long a package must stay unchanged to count as completely copied. */
const SETTLE_MS = 1000;
/**
 * The first candidate directory that exists, has at least one entry, and whose digest is the
 * same twice in a row a second apart: a package still being copied is not taken half-done.
 */
async function readyEvidence(candidates) {
    for (const path of candidates) {
        if (path === undefined || !(await hasEntries(path)))
            continue;
        const before = await (0, artifacts_js_1.directoryDigest)(path);
        await (0, promises_2.setTimeout)(SETTLE_MS);
        const after = await (0, artifacts_js_1.directoryDigest)(path);
        if (before !== null && before === after)
            return { path, digest: after };
    }
    return null;
}
async function hasEntries(path) {
    return (0, promises_1.readdir)(path).then((entries) => entries.length > 0, () => false);
}


/***/ }),

/***/ 8516:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.repairRun = repairRun;
exports.recordInterruption = recordInterruption;
exports.recordLaunch = recordLaunch;
exports.recordKernelExit = recordKernelExit;
const intervention_fields_js_1 = __webpack_require__(3389);
const kernel_process_js_1 = __webpack_require__(7874);
const ledger_js_1 = __webpack_require__(5158);
/** Interventions a supervision session makes besides launching kernels. */
/** `doctor --fix-safe` on the run, recorded as an intervention with what it repaired. */
async function repairRun(input, ledger, doctorFixSafe, basis) {
    const report = await doctorFixSafe(input);
    const applied = report.repairs.some((repair) => repair.status === 'applied');
    await ledger.intervention({
        ...(0, intervention_fields_js_1.nothingRecorded)(),
        ...(0, intervention_fields_js_1.interventionFields)(basis),
        result_status: applied ? 'applied' : 'skipped',
        command: ['plan-orchestrator', 'doctor', '--run-id', input.run.runId, '--fix-safe'],
        related_paths: report.repairs.flatMap((repair) => repair.path === undefined ? [] : [repair.path]),
        notes: report.repairs.map((repair) => `${repair.name}: ${repair.status}`)
    });
}
/**
 * Told to stop: the launched kernel gets the same signal and the time to save and exit, and
 * the interruption is recorded with the state the run was saved at.
 */
async function recordInterruption(input, ledger, kernel, graceMs, processes) {
    const signal = String(input.abort.reason ?? 'SIGINT');
    const exit = kernel !== undefined && kernel.launched
        ? await (0, kernel_process_js_1.stopKernel)(processes, kernel, signal, graceMs)
        : undefined;
    const observed = await (0, ledger_js_1.observeRunState)(input.run);
    await ledger.intervention({
        ...(0, intervention_fields_js_1.nothingRecorded)(),
        action_kind: 'interrupt',
        item_id: observed.state?.current_item_id ?? null,
        attempt_number: null,
        terminal_state: observed.snapshot.current_terminal_state,
        recoverability_class: 'observed',
        fingerprint: null,
        reason: `The supervisor received ${signal}${kernel?.launched === true ? ' and passed it to its kernel' : ''}; the run is saved at ${observed.snapshot.current_state ?? 'no state'}.`,
        result_status: 'observed',
        related_paths: kernel === undefined ? [] : [...kernel.logPaths],
        kernel_exit: exit ?? null
    });
    return { signal, observed };
}
/** A kernel this session launched. */
async function recordLaunch(ledger, kernel) {
    await ledger.intervention({
        ...(0, intervention_fields_js_1.nothingRecorded)(),
        action_kind: 'attach_kernel',
        item_id: null,
        attempt_number: null,
        terminal_state: null,
        recoverability_class: 'observed',
        fingerprint: null,
        reason: `Launched kernel ${kernel.invocationId} (pid ${kernel.pid}).`,
        result_status: 'applied',
        command: [...kernel.recordedCommand],
        related_paths: [...kernel.logPaths]
    });
}
/** A launched kernel's exit, with the state the run was left at. */
async function recordKernelExit(ledger, kernel, exit, observed) {
    const how = exit.signal !== null ? `was killed by ${exit.signal}` : `exited with code ${exit.exit_code}`;
    await ledger.intervention({
        ...(0, intervention_fields_js_1.nothingRecorded)(),
        action_kind: 'kernel_exited',
        item_id: observed.state?.current_item_id ?? null,
        attempt_number: null,
        terminal_state: observed.snapshot.current_terminal_state,
        recoverability_class: 'observed',
        fingerprint: null,
        reason: `Kernel ${kernel.invocationId} ${how} at ${observed.snapshot.current_state ?? 'no saved state'}.`,
        result_status: 'observed',
        command: [...kernel.recordedCommand],
        related_paths: [...kernel.logPaths],
        kernel_exit: exit,
        notes: exit.exit_code === 0 ? [] : [kernel.stderrTail()].filter(Boolean)
    });
}


/***/ }),

/***/ 480:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SupervisorSession = void 0;
const promises_1 = __webpack_require__(1455);
const states_js_1 = __webpack_require__(6915);
const status_summary_js_1 = __webpack_require__(957);
const supervision_js_1 = __webpack_require__(6079);
const recovery_decision_js_1 = __webpack_require__(5215);
const artifacts_js_1 = __webpack_require__(8972);
const kernel_process_js_1 = __webpack_require__(7874);
const ledger_js_1 = __webpack_require__(5158);
const intervention_fields_js_1 = __webpack_require__(3389);
const probe_js_1 = __webpack_require__(8553);
const session_interventions_js_1 = __webpack_require__(8516);
const waits_js_1 = __webpack_require__(3801);
const recovery_facts_js_1 = __webpack_require__(6890);
const outcome_js_1 = __webpack_require__(6763);
const SHUTDOWN_GRACE_MS = 4000;
class SupervisorSession {
    input;
    layout;
    sessionId;
    ports;
    ledger;
    prober;
    previousWait = null;
    waitStartedAt;
    launchedResume = false;
    explicitEvidence;
    lastClaim;
    constructor(input, layout, sessionId, ports) {
        this.input = input;
        this.layout = layout;
        this.sessionId = sessionId;
        this.ports = ports;
        this.ledger = new ledger_js_1.SupervisionLedger(input.run, layout, sessionId, input.policy, () => new Date(), ports.files);
        this.explicitEvidence = input.explicitEvidenceDir;
    }
    async open() {
        await this.ledger.open();
        const newest = await (0, ledger_js_1.newestHeartbeat)(this.layout);
        this.prober = new probe_js_1.Prober(this.input.run, this.layout, this.sessionId, this.input.policy, (newest?.probe_evidence?.probe_sequence ?? 0) + 1, this.ports.files);
    }
    async loop(attached) {
        let current = attached;
        if (this.input.mode === 'run') {
            current = await this.launch(['run', ...(this.input.runArgs ?? [])], true);
        }
        else if (attached !== undefined) {
            this.input.log(`supervisor: attached to the running kernel (pid ${attached.pid})`);
        }
        for (;;) {
            if (current !== undefined) {
                const exit = await this.monitor(current);
                if (this.input.abort.aborted)
                    return this.interrupted(current);
                const failed = await this.recordExit(current, exit);
                if (failed !== undefined)
                    return failed;
                current = undefined;
            }
            if (this.input.abort.aborted)
                return this.interrupted(undefined);
            const observed = await (0, ledger_js_1.observeRunState)(this.input.run);
            if (observed.state === undefined) {
                return this.park(observed, {
                    decision: {
                        action_kind: 'park',
                        recoverability: 'non_recoverable',
                        item_id: null,
                        attempt_number: null,
                        terminal_state: null,
                        reason: `The run state cannot be read (${observed.problem ?? 'unknown'}); see plan-orchestrator doctor --run-id ${this.input.run.runId}.`
                    },
                    evidence: null,
                    stateSha256: observed.snapshot.run_state_sha256
                });
            }
            const { decision, evidence } = await this.readFactsAndDecide(observed.state);
            const basis = {
                decision,
                evidence,
                stateSha256: observed.snapshot.run_state_sha256
            };
            this.input.log(`supervisor: ${decision.action_kind}: ${decision.reason}`);
            switch (decision.action_kind) {
                case 'terminal_passed':
                case 'selection_done':
                    await this.heartbeat('terminal_observed', observed, decision);
                    return this.result(decision.action_kind === 'terminal_passed' ? 'passed' : 'selection_done', decision.reason);
                case 'wait_manual_gate':
                case 'wait_external_evidence': {
                    const waited = await this.wait(observed, decision);
                    if (waited !== undefined)
                        return waited;
                    continue;
                }
                default:
                    break;
            }
            this.previousWait = null;
            this.waitStartedAt = undefined;
            await this.heartbeat('snapshot_only', observed, decision);
            switch (decision.action_kind) {
                case 'doctor_fix_safe':
                    await this.repair(basis);
                    continue;
                case 'park':
                    return this.park(observed, basis);
                default:
                    current = await this.resume(basis, observed.state);
            }
        }
    }
    async readFactsAndDecide(state) {
        const blocked = states_js_1.TERMINAL_STATE_OF[state.current_state] === 'blocked_external' ||
            state.items.some((item) => item.terminal_state === 'blocked_external');
        const evidence = blocked
            ? await (0, recovery_facts_js_1.readyEvidence)([this.explicitEvidence, this.input.evidenceInboxDir])
            : null;
        const decision = (0, recovery_decision_js_1.decideRecovery)({
            state,
            mode: this.input.mode,
            previousWait: this.previousWait,
            autoAdvance: this.input.mode === 'run' ? state.options.auto_advance : this.input.autoAdvance,
            launchedResume: this.launchedResume,
            evidence,
            facts: await (0, recovery_facts_js_1.gatherFacts)(this.input.run, state, this.ports.git),
            interventions: await (0, ledger_js_1.readInterventions)(this.layout),
            maxAutoResumes: this.input.maxAutoResumes
        });
        return { decision, evidence };
    }
    async launch(subcommand, newRun) {
        const kernel = (0, kernel_process_js_1.launchKernel)(this.ports.processes, {
            kernel: this.input.kernel,
            subcommand: [...subcommand, ...this.input.workArgs],
            run: this.input.run,
            layout: this.layout,
            sessionId: this.sessionId,
            env: this.input.env,
            ...(newRun ? { runIdOverride: this.input.run.runId } : {}),
            onStderrLine: this.input.kernelLog
        });
        this.input.log(`supervisor: launched kernel ${kernel.invocationId} (pid ${kernel.pid})`);
        await (0, session_interventions_js_1.recordLaunch)(this.ledger, kernel);
        return kernel;
    }
    /** Probes the kernel every interval until it exits or the supervisor is told to stop. */
    async monitor(kernel) {
        let exit;
        void kernel.exited.then((value) => {
            exit = value;
        });
        const prober = this.prober;
        // The bridge registers within moments of the kernel starting; probing before that
        // would only produce the spurious "unproven" every reference run began with.
        await (0, waits_js_1.pollUntil)(() => (0, artifacts_js_1.isRegistered)(this.layout, kernel.invocationId), {
            stop: this.input.abort,
            wake: kernel.exited,
            limitMs: 5000
        });
        while (exit === undefined && !this.input.abort.aborted) {
            const outcome = await prober.probe(kernel.invocationId, this.ledger.previousObservedAt);
            if (exit !== undefined || this.input.abort.aborted)
                break;
            const claim = outcome.verdict.valid ? 'live_attached' : 'attachment_unproven';
            const summary = outcome.observed.state === undefined
                ? undefined
                : (0, status_summary_js_1.summarizeRun)(outcome.observed.state, { writerAlive: true });
            await this.ledger.heartbeat({
                kernel_invocation_id: kernel.invocationId,
                claim_class: claim,
                kernel_snapshot: outcome.observed.snapshot,
                probe_evidence: outcome.evidence,
                active_stage: outcome.activeStage,
                diagnosis_snapshot: {
                    kernel_status_level: summary?.status_level ?? null,
                    pending_action_kind: summary?.pending_action?.kind ?? null,
                    recoverability_class: null,
                    next_supervisor_action: null
                },
                rejection_reason: outcome.verdict.valid ? null : outcome.verdict.rejection_reason
            });
            this.noteClaim(claim, outcome.verdict.valid
                ? `kernel pid ${kernel.pid}${outcome.activeStage === null ? '' : `, ${outcome.activeStage.stage_name} of item ${outcome.activeStage.item_id}`}`
                : outcome.verdict.rejection_reason);
            await (0, waits_js_1.sleepUnless)(this.input.policy.live_probe_interval_sec * 1000, this.input.abort, kernel.exited);
        }
        return exit;
    }
    /** Records a launched kernel's exit; a new run whose kernel saved nothing is a failure. */
    async recordExit(kernel, exit) {
        if (!kernel.launched || exit === undefined)
            return undefined;
        const observed = await (0, ledger_js_1.observeRunState)(this.input.run);
        if (this.input.mode === 'run' && observed.state === undefined && exit.exit_code !== 0) {
            // The kernel refused its inputs; like a refused plain run, it leaves nothing behind.
            await (0, promises_1.rm)(this.input.run.controlDir, { recursive: true, force: true });
            return {
                ...this.result('kernel_failed', kernel.stderrTail() || 'the kernel failed to start'),
                exitCode: exit.exit_code ?? 1,
                latestHeartbeatPath: null,
                latestInterventionPath: null
            };
        }
        await (0, session_interventions_js_1.recordKernelExit)(this.ledger, kernel, exit, observed);
        return undefined;
    }
    async wait(observed, decision) {
        this.previousWait =
            decision.action_kind === 'wait_manual_gate' ? 'manual_gate' : 'external_evidence';
        this.waitStartedAt ??= performance.now();
        await this.heartbeat('waiting_state_observed', observed, decision);
        const waitedMs = performance.now() - this.waitStartedAt;
        const limit = this.input.maxWaitSeconds;
        if (limit !== undefined && waitedMs >= limit * 1000)
            return this.result('waiting_timeout', `Stopped waiting: ${decision.reason}`);
        const pollMs = this.input.policy.waiting_poll_interval_sec * 1000;
        await (0, waits_js_1.sleepUnless)(limit === undefined ? pollMs : Math.min(pollMs, limit * 1000 - waitedMs), this.input.abort);
        return this.input.abort.aborted ? this.interrupted(undefined) : undefined;
    }
    repair(basis) {
        return (0, session_interventions_js_1.repairRun)(this.input, this.ledger, this.ports.repairRun, basis);
    }
    async resume(basis, state) {
        const evidence = basis.decision.action_kind === 'resume_blocked_external' ? basis.evidence : null;
        const autoAdvance = this.input.mode === 'run' ? state.options.auto_advance : this.input.autoAdvance;
        const kernel = await this.launch([
            'resume',
            '--run-id',
            this.input.run.runId,
            ...(autoAdvance ? ['--auto-advance'] : []),
            ...(evidence === null ? [] : ['--external-evidence-dir', evidence.path])
        ], false);
        this.launchedResume = true;
        if (evidence !== null && evidence.path === this.explicitEvidence)
            this.explicitEvidence = undefined;
        await this.ledger.intervention({
            ...(0, intervention_fields_js_1.nothingRecorded)(),
            ...(0, intervention_fields_js_1.interventionFields)(basis),
            result_status: 'applied',
            command: [...kernel.recordedCommand],
            related_paths: [...kernel.logPaths],
            evidence_paths: evidence === null ? [] : [evidence.path],
            evidence_package_sha256: evidence?.digest ?? null
        });
        return kernel;
    }
    async park(observed, basis) {
        const { decision } = basis;
        await this.ledger.intervention({
            ...(0, intervention_fields_js_1.nothingRecorded)(),
            ...(0, intervention_fields_js_1.interventionFields)(basis),
            result_status: 'parked'
        });
        await this.heartbeat('terminal_observed', observed, decision);
        return this.result('parked', decision.reason);
    }
    /** Told to stop: the launched kernel gets the same signal and the time to save and exit. */
    async interrupted(kernel) {
        const { signal, observed } = await (0, session_interventions_js_1.recordInterruption)(this.input, this.ledger, kernel, SHUTDOWN_GRACE_MS, this.ports.processes);
        await this.heartbeat('snapshot_only', observed, undefined);
        return {
            ...this.result('interrupted', `interrupted by ${signal}`),
            exitCode: signal === 'SIGTERM' ? 143 : 130
        };
    }
    async heartbeat(claim, observed, decision) {
        const summary = observed.state === undefined
            ? undefined
            : (0, status_summary_js_1.summarizeRun)(observed.state, {
                writerAlive: await this.ports.isRunLocked(this.input.run)
            });
        const heartbeat = await this.ledger.heartbeat({
            kernel_invocation_id: 'none',
            claim_class: claim,
            kernel_snapshot: observed.snapshot,
            probe_evidence: null,
            active_stage: null,
            diagnosis_snapshot: {
                kernel_status_level: summary?.status_level ?? null,
                pending_action_kind: summary?.pending_action?.kind ?? null,
                recoverability_class: decision?.recoverability ?? null,
                next_supervisor_action: decision?.action_kind ?? null
            },
            rejection_reason: null
        });
        this.noteClaim(claim, '');
        return heartbeat;
    }
    noteClaim(claim, detail) {
        if (claim === this.lastClaim)
            return;
        this.lastClaim = claim;
        this.input.log(`supervisor: ${claim}${detail === '' ? '' : ` (${detail})`}`);
    }
    result(outcome, reason) {
        return {
            runId: this.input.run.runId,
            sessionId: this.sessionId,
            outcome,
            exitCode: outcome_js_1.OUTCOME_EXIT_CODES[outcome],
            reason,
            supervisionRoot: this.layout.root,
            latestHeartbeatPath: this.ledger.latestHeartbeatPath,
            latestInterventionPath: this.ledger.latestInterventionPath
        };
    }
}
exports.SupervisorSession = SupervisorSession;


/***/ }),

/***/ 3801:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.sleepUnless = sleepUnless;
exports.pollUntil = pollUntil;
const promises_1 = __webpack_require__(8500);
/**
 * Waits a supervisor can be woken from: by its stop signal, or by the event it waits for (a
 * kernel exiting), so neither a SIGTERM nor an exit is noticed a whole poll interval late.
 */
async function sleepUnless(ms, stop, wake) {
    const timer = new AbortController();
    const onStop = () => timer.abort();
    stop.addEventListener('abort', onStop, { once: true });
    try {
        await Promise.race([
            (0, promises_1.setTimeout)(Math.max(0, ms), undefined, { signal: timer.signal }).catch(() => undefined),
            ...(wake === undefined ? [] : [wake])
        ]);
    }
    finally {
        timer.abort();
        stop.removeEventListener('abort', onStop);
    }
}
/** Polls `condition` every 100 ms until it holds, `wake` settles, `stop` fires or time is up. */
async function pollUntil(condition, options) {
    let woken = false;
    void options.wake.then(() => {
        woken = true;
    });
    const deadline = performance.now() + options.limitMs;
    while (!woken && !options.stop.aborted && performance.now() < deadline) {
        if (await condition())
            return;
        await sleepUnless(100, options.stop, options.wake);
    }
}


/***/ })

};

//# sourceMappingURL=922.index.js.map