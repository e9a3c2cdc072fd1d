export const id = 170;
export const ids = [170,981];
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

/***/ 5605:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runStateReader = void 0;
const run_lock_js_1 = __webpack_require__(2685);
const run_store_js_1 = __webpack_require__(6525);
/** The run store as `status` reads it (RunStateReader): no more than the state and the lock. */
exports.runStateReader = {
    loadRunState: run_store_js_1.loadRunState,
    isRunLocked: run_lock_js_1.isRunLocked,
    belongsHere: run_store_js_1.belongsHere,
    stateBelongsHere: run_store_js_1.stateBelongsHere
};


/***/ }),

/***/ 170:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.showStatus = showStatus;
__webpack_unused_export__ = describeProgress;
const run_store_js_1 = __webpack_require__(6525);
const run_state_reader_js_1 = __webpack_require__(5605);
const format_js_1 = __webpack_require__(3464);
const one_line_js_1 = __webpack_require__(5770);
const run_status_js_1 = __webpack_require__(1759);
const gate_review_text_js_1 = __webpack_require__(9488);
const errors_js_1 = __webpack_require__(3916);
const repo_root_js_1 = __webpack_require__(6981);
const json_output_js_1 = __webpack_require__(8094);
const style_js_1 = __webpack_require__(1715);
async function showStatus(io, setExitCode, options) {
    if ((options.runId === undefined) === (options.all !== true))
        throw new errors_js_1.UsageError('give exactly one of --run-id or --all');
    const repoRoot = await (0, repo_root_js_1.resolveRepoRoot)(io.cwd);
    if (options.runId !== undefined)
        await (0, run_store_js_1.findRun)(repoRoot, options.runId);
    const ids = options.all === true ? await (0, run_store_js_1.listRunIds)(repoRoot) : [options.runId];
    const summaries = await inOrderWithLimit(ids, STATES_READ_AT_ONCE, (id) => (0, run_status_js_1.readRunStatusHere)(repoRoot, id, run_state_reader_js_1.runStateReader));
    const paint = (0, style_js_1.painter)(io, 'stdout');
    const exitCode = options.exitCode === true;
    if (options.all === true) {
        io.stdout(options.format === 'json' ? (0, json_output_js_1.toJsonText)(summaries) : renderRunTable(summaries, paint));
    }
    else {
        const summary = summaries[0];
        // An item at its gate: the facts a reviewer decides on, as the gate summary shows them.
        // Only then is the code that reads them from git loaded.
        const review = summary.pending_action?.kind === 'manual_gate'
            ? await (await Promise.all(/* import() */[__webpack_require__.e(967), __webpack_require__.e(858)]).then(__webpack_require__.bind(__webpack_require__, 2477))).gateReviewOf(repoRoot, summary.run_id)
            : undefined;
        io.stdout(options.format === 'json'
            ? (0, json_output_js_1.toJsonText)(review === undefined ? summary : { ...summary, gate_review: review })
            : renderRun(summary, paint, exitCode, review));
    }
    if (exitCode)
        setExitCode(Math.max(0, ...summaries.map((summary) => summary.exit_code)));
}
/**
 * How many run states are read at once. Reading every run of `--all` at once holds every
 * state's text, parse and summary alive together: 1,000 runs took 200 MB and most of the time
 * went to garbage collection. A few at a time keeps the file system busy and the heap small.
 */
const STATES_READ_AT_ONCE = 8;
async function inOrderWithLimit(inputs, limit, work) {
    const results = new Array(inputs.length);
    let next = 0;
    const worker = async () => {
        for (let index = next++; index < inputs.length; index = next++)
            results[index] = await work(inputs[index]);
    };
    await Promise.all(Array.from({ length: Math.min(limit, inputs.length) }, worker));
    return results;
}
/**
 * One run for a person. The exit code is named only when the process exits with it
 * (`--exit-code`); otherwise status exits 0 and the line would say something untrue.
 */
function renderRun(summary, paint, exitCode, review) {
    const level = (0, style_js_1.paintWord)(paint, summary.status_level);
    const lines = [
        `RUN ${summary.run_id}`,
        `Status: ${level}${exitCode ? ` (exit ${summary.exit_code})` : ''}`,
        ...(summary.error === undefined ? [`Progress: ${describeProgress(summary.progress)}`] : []),
        `State: ${summary.current_state ?? 'unknown'}`,
        `Current item: ${summary.current_item_id ?? 'none'}`
    ];
    if (summary.run_branch_name !== null)
        lines.push(`Run branch: ${summary.run_branch_name}`);
    if (summary.pending_action !== null)
        lines.push(`Pending action: ${summary.pending_action.kind} (${(0, one_line_js_1.oneLine)(summary.pending_action.detail)})`);
    if (summary.error !== undefined)
        lines.push(`Error: ${summary.error}`);
    if (review !== undefined)
        lines.push('', ...(0, gate_review_text_js_1.renderGateReviewText)(review));
    if (summary.items.length > 0) {
        lines.push('', 'Items:');
        const width = Math.max(...summary.items.map((item) => item.item_id.length));
        for (const item of summary.items) {
            const id = item.item_id.padEnd(width);
            if (!item.selected) {
                lines.push(`  ${id}  ${paint('dim', 'not selected')}`);
                continue;
            }
            const tail = item.terminal_summary === null ? '' : ` \u2014 ${(0, one_line_js_1.oneLine)(item.terminal_summary)}`;
            const cost = item.usage.calls === 0 ? '' : `  ${(0, format_js_1.formatCost)(item.usage)}`;
            lines.push(`  ${id}  ${(0, style_js_1.paintWord)(paint, item.terminal_state, 19)}  attempt ${item.attempt_number}  ${item.state}${cost}${tail}`);
        }
    }
    if (summary.usage !== null)
        lines.push('', ...renderUsage(summary.usage));
    return `${lines.join('\n')}\n`;
}
/** Totals per item and attempt, the run's total, and the limits with what is left of them. */
function renderUsage(usage) {
    const lines = ['Usage:'];
    for (const item of usage.items) {
        if (item.totals.calls === 0)
            continue;
        lines.push(`  item ${item.item_id}: ${(0, format_js_1.formatTotals)(item.totals)}`);
        if (item.attempts.length > 1) {
            for (const attempt of item.attempts)
                lines.push(`    attempt ${attempt.attempt_number}: ${(0, format_js_1.formatTotals)(attempt.totals)}`);
        }
    }
    lines.push(`  run: ${(0, format_js_1.formatTotals)(usage.run)}`);
    const limits = [
        usage.limits.max_cost_usd_per_item === null
            ? undefined
            : `max_cost_usd_per_item ${(0, format_js_1.formatUsd)(usage.limits.max_cost_usd_per_item)}`,
        usage.limits.max_cost_usd_per_run === null
            ? undefined
            : `max_cost_usd_per_run ${(0, format_js_1.formatUsd)(usage.limits.max_cost_usd_per_run)} (${(0, format_js_1.formatCost)(usage.run)} spent)`,
        usage.limits.max_tokens_per_item === null
            ? undefined
            : `max_tokens_per_item ${(0, format_js_1.formatCount)(usage.limits.max_tokens_per_item)}`
    ].filter((limit) => limit !== undefined);
    lines.push(`Budget: ${limits.length === 0 ? 'no limits' : limits.join(', ')}`);
    return lines;
}
/** `2 of 3 passed`, naming the items the run never picked: `1 of 1 passed (not selected: 01, 02)`. */
function describeProgress(progress) {
    const counted = `${progress.passed} of ${progress.selected} passed`;
    return progress.not_selected.length === 0
        ? counted
        : `${counted} (not selected: ${progress.not_selected.join(', ')})`;
}
function renderRunTable(summaries, paint) {
    const header = ['RUN', 'STATUS', 'PASSED', 'STATE', 'ITEM', 'UPDATED'];
    const rows = summaries.map((s) => [
        s.run_id,
        s.status_level,
        s.error === undefined ? `${s.progress.passed} of ${s.progress.selected}` : '-',
        s.current_state ?? '-',
        s.current_item_id ?? '-',
        s.updated_at_utc ?? '-'
    ]);
    const widths = header.map((label, k) => Math.max(label.length, ...rows.map((row) => (row[k] ?? '').length)));
    // The status column is coloured after padding, so colour codes never shift the columns.
    const line = (cells, colour) => cells
        .map((cell, k) => colour && k === 1 ? (0, style_js_1.paintWord)(paint, cell, widths[k]) : cell.padEnd(widths[k] ?? 0))
        .join('  ')
        .trimEnd();
    return ([
        line(header, false),
        line(widths.map((w) => '-'.repeat(w)), false),
        ...rows.map((row) => line(row, true))
    ].join('\n') + '\n');
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

/***/ 3259:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runFacts = runFacts;
exports.formatCost = formatCost;
exports.formatTokens = formatTokens;
exports.standing = standing;
const item_focus_js_1 = __webpack_require__(6955);
const states_js_1 = __webpack_require__(6915);
function runFacts(input) {
    const { state, plan } = input;
    const items = (0, item_focus_js_1.itemsInPlanOrder)(state).map((item) => {
        const planned = plan?.items.find((entry) => entry.item_id === item.item_id);
        const reports = input.reports[item.item_id] ?? {};
        return {
            id: item.item_id,
            title: planned?.action ?? item.item_id,
            run: item,
            plan: planned,
            durationMs: itemDuration(state, item.item_id),
            usage: input.usage?.items[item.item_id],
            reports,
            gateDecision: gateDecision(reports)
        };
    });
    return {
        state,
        planTitle: plan?.plan_source.title ?? state.playbook_source_path,
        items,
        usage: input.usage?.run
    };
}
function itemDuration(state, itemId) {
    const times = state.event_log
        .filter((event) => event.item_id === itemId)
        .map((event) => Date.parse(event.at_utc))
        .filter((time) => Number.isFinite(time));
    const first = times[0];
    const last = times.at(-1);
    return first === undefined || last === undefined ? null : Math.max(0, last - first);
}
function gateDecision(reports) {
    const github = reports.githubGate;
    if (github !== undefined)
        return {
            decision: github.decision,
            by: github.reviewer.login,
            note: github.comment,
            atUtc: github.recorded_at_utc,
            checkpoint: github.checkpoint_ref,
            github: {
                reviewerId: github.reviewer.id,
                environment: github.environment,
                workflowRunId: github.workflow_run_id
            }
        };
    const decided = reports.gate?.decision;
    if (decided === null || decided === undefined)
        return undefined;
    return {
        decision: decided.outcome,
        by: decided.decided_by,
        note: decided.note,
        atUtc: decided.decided_at_utc,
        checkpoint: reports.gate?.related_refs.checkpoint_ref ?? null
    };
}
/** `$0.42`, `<$0.01`, `cost unknown` when nothing reported a cost, `\u2014` without a call. */
function formatCost(usage) {
    if (usage?.calls === 0)
        return '\u2014';
    const cost = usage?.costUsd;
    if (cost === null || cost === undefined || !Number.isFinite(cost))
        return 'cost unknown';
    if (cost > 0 && cost < 0.01)
        return '<$0.01';
    return `$${cost.toFixed(2)}`;
}
/** `12,345 tokens`, or `tokens unknown`. */
function formatTokens(usage) {
    if (usage?.calls === 0)
        return 'no agent calls';
    const tokens = usage?.tokens;
    if (tokens === null || tokens === undefined || !Number.isFinite(tokens))
        return 'tokens unknown';
    return `${Math.round(tokens).toLocaleString('en-US')} tokens`;
}
/** How an item stands, in a word or two: its terminal, or `not started` / `in progress`. */
function standing(item) {
    if (item.terminal_state !== 'none')
        return item.terminal_state;
    return (0, states_js_1.notStarted)(item) ? 'not started' : 'in progress';
}


/***/ }),

/***/ 9488:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.renderGateReviewText = renderGateReviewText;
const one_line_js_1 = __webpack_require__(5770);
const facts_js_1 = __webpack_require__(3259);
const gate_review_js_1 = __webpack_require__(1058);
/**
 * The gate review for a terminal (`status`, and the hint `run` and `resume` print when an item
 * stops at its gate): the same facts as the GitHub gate summary, as plain lines. Text from
 * agents and reports is made one line each.
 */
const MAX_FILES = 50;
const MAX_FINDINGS = 20;
function renderGateReviewText(review) {
    const line = (value) => (0, one_line_js_1.oneLine)(value);
    const lines = [
        `Gate of item ${review.itemId} (${review.gateType}): ${line(review.title)}`,
        `  Why a human decides: ${line(review.reason)}`,
        `  Required evidence: ${review.requiredEvidence.length === 0 ? 'none named' : review.requiredEvidence.map(line).join('; ')}`,
        `  Checkpoint: ${review.checkpoint} on ${review.attemptBranch ?? 'no attempt branch'} (attempt ${review.attempt}), against ${review.runBranch} at ${review.base}`
    ];
    if (review.changedFiles === null)
        lines.push('  Changed files: unknown (the checkpoint is not in this repository)');
    else {
        const totals = (0, gate_review_js_1.diffTotals)(review.changedFiles);
        lines.push(`  Changed files (${review.changedFiles.length}, +${totals.added} -${totals.deleted}):`, ...review.changedFiles
            .slice(0, MAX_FILES)
            .map((file) => `    ${file.added === null ? 'binary' : `+${file.added} -${file.deleted ?? 0}`}  ${line(file.path)}`), ...(review.changedFiles.length > MAX_FILES
            ? [`    \u2026 and ${review.changedFiles.length - MAX_FILES} more`]
            : []));
    }
    if (review.patchPath !== null)
        lines.push(`  Patch: ${review.patchPath}`);
    if (review.verification === null)
        lines.push('  Verification: not run');
    else {
        lines.push(`  Verification: ${review.verification.result} (${line(review.verification.summary)})`);
        for (const command of review.verification.commands)
            lines.push(`    exit ${command.exitCode ?? '-'}${command.timedOut ? ' (timed out)' : ''}  ${command.status}${command.required ? '' : ' (optional)'}  ${line(command.command)}`);
    }
    for (const audit of review.audits) {
        lines.push(`  Audit ${audit.lane}: ${audit.verdict ?? 'no verdict'} (${line(audit.summary)}), ${audit.findings.length} finding(s)`);
        for (const finding of audit.findings.slice(0, MAX_FINDINGS))
            lines.push(`    ${finding.severity}${finding.blocking ? ' blocking' : ''}  ${finding.location === null ? '-' : line(finding.location)}  ${line(finding.message)}`);
        if (audit.findings.length > MAX_FINDINGS)
            lines.push(`    \u2026 and ${audit.findings.length - MAX_FINDINGS} more in the audit report`);
    }
    lines.push(`  Cost: ${(0, facts_js_1.formatCost)(review.usage)} (${(0, facts_js_1.formatTokens)(review.usage)})`, `  Decision: ${review.decision}`, `  Record it: ${review.decideCommand}`);
    return lines;
}


/***/ }),

/***/ 1058:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.gateReview = gateReview;
exports.decideCommand = decideCommand;
exports.diffTotals = diffTotals;
const ordering_js_1 = __webpack_require__(6452);
const facts_js_1 = __webpack_require__(3259);
function gateReview(input) {
    const { run, item } = input;
    const gate = item.reports.gate;
    const checkpoint = gate?.related_refs.checkpoint_ref ?? item.run.checkpoint_ref;
    if (checkpoint === null || checkpoint === undefined)
        return undefined;
    const base = item.run.base_ref ?? run.state.run_branch_head;
    const runBranch = run.state.run_branch_name;
    const verification = item.reports.verification;
    return {
        runId: run.state.run_id,
        itemId: item.id,
        title: item.title,
        attempt: item.run.attempt_number,
        gateType: gate?.gate_type ?? item.plan?.manual_gate.gate_type ?? 'approval',
        reason: gate?.requested_reason ??
            (item.plan === undefined
                ? 'the playbook asks for a human sign-off'
                : item.plan.manual_gate.gate_reason || item.plan.exit_criteria),
        requiredEvidence: gate?.required_evidence ?? item.plan?.manual_gate.required_evidence ?? [],
        checkpoint,
        base,
        runBranch,
        attemptBranch: gate?.related_refs.branch_name ?? item.run.branch_name,
        changedFiles: input.changedFiles,
        patchPath: input.patchPath,
        verification: verification === undefined
            ? null
            : {
                result: verification.overall_result,
                summary: verification.summary,
                commands: verification.command_results.map((result) => ({
                    label: result.label,
                    command: result.command,
                    exitCode: result.exit_code,
                    status: result.status,
                    timedOut: result.failure_kind === 'timeout',
                    required: result.required
                }))
            },
        audits: [
            auditView('codex', item.reports.codexAudit, item.reports.findings?.codex_audit_summary),
            auditView('claude', item.reports.claudeAudit, item.reports.findings?.claude_audit_summary)
        ],
        mergedFindings: (0, ordering_js_1.sortFindings)(gate?.review_findings ?? item.reports.findings?.merged_findings ?? []),
        usage: item.usage,
        decision: `Approve or reject checkpoint ${checkpoint.slice(0, 12)} of item ${item.id} (attempt ${item.run.attempt_number}). ` +
            `Approving fast-forwards the run branch ${runBranch} from ${base.slice(0, 12)} to it, and the run goes on; ` +
            'rejecting escalates the item and leaves the run branch where it is. The decision holds for this checkpoint only.',
        decideCommand: decideCommand(run.state.run_id, item.id, checkpoint)
    };
}
/** The one way the CLI records a gate decision: always bound to the reviewed checkpoint. */
function decideCommand(runId, itemId, checkpoint) {
    return `plan-orchestrator mark-manual-gate --run-id ${runId} --item ${itemId} --decision approved|rejected --by NAME --note TEXT --checkpoint ${checkpoint}`;
}
const SEVERITY_RANK = {
    critical: 0,
    high: 1,
    medium: 2,
    low: 3,
    info: 4
};
function auditView(lane, report, merged) {
    if (report !== undefined)
        return {
            lane,
            verdict: report.overall_verdict,
            summary: report.summary,
            findings: report.findings
                .map((finding) => ({
                severity: finding.severity,
                location: finding.file_paths[0] ?? null,
                message: finding.title,
                blocking: finding.is_blocking
            }))
                .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])
        };
    return {
        lane,
        verdict: merged?.overall_verdict ?? null,
        summary: merged?.summary ?? 'no audit report',
        findings: []
    };
}
/** Lines added and deleted over all changed files (binary files count as 0). */
function diffTotals(files) {
    return files.reduce((total, file) => ({
        added: total.added + (file.added ?? 0),
        deleted: total.deleted + (file.deleted ?? 0)
    }), { added: 0, deleted: 0 });
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
    const ordered = itemsInPlanOrder(state);
    const next = ordered.find((item) => item.terminal_state !== 'passed');
    if (next === undefined)
        return undefined;
    const current = state.items.find((item) => item.item_id === state.current_item_id);
    if (current !== undefined && (current.terminal_state !== 'passed' || options.keepPassedCurrent))
        return current;
    return (ordered.find((item) => item.terminal_state !== 'none' && item.terminal_state !== 'passed') ??
        next);
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

/***/ 3464:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatCount = formatCount;
exports.formatUsd = formatUsd;
exports.formatCost = formatCost;
exports.formatTokens = formatTokens;
exports.formatTotals = formatTotals;
exports.costOutput = costOutput;
/** Usage figures as people read them; one wording for status, summaries and progress. */
/** 1234567 \u2192 `1,234,567` (no locale: the same text on every runner). */
function formatCount(value) {
    return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
/** 0.42 \u2192 `$0.42`, 0.0123 \u2192 `$0.0123`, 12 \u2192 `$12.00`. */
function formatUsd(value) {
    const fixed = value.toFixed(4).replace(/0{1,2}$/, '');
    return `$${fixed}`;
}
/** The cost of some calls: exact, a lower bound with the unknown part named, or unknown. */
function formatCost(totals) {
    if (totals.cost_usd !== null)
        return formatUsd(totals.cost_usd);
    const unknown = `${totals.calls_without_cost} call${totals.calls_without_cost === 1 ? '' : 's'}`;
    return totals.known_cost_usd > 0
        ? `at least ${formatUsd(totals.known_cost_usd)} (cost unknown for ${unknown})`
        : 'cost unknown';
}
/** `1,290 tokens (input 1,234 with 200 cached, output 56 with 7 reasoning)`. */
function formatTokens(totals) {
    if (totals.calls > 0 && totals.calls_without_usage === totals.calls)
        return 'tokens not reported';
    const input = [
        `input ${formatCount(totals.input_tokens)}`,
        ...(totals.cached_input_tokens > 0
            ? [`${formatCount(totals.cached_input_tokens)} cached`]
            : []),
        ...(totals.cache_write_tokens > 0
            ? [`${formatCount(totals.cache_write_tokens)} cache writes`]
            : [])
    ].join(', ');
    const output = totals.reasoning_tokens > 0
        ? `output ${formatCount(totals.output_tokens)} with ${formatCount(totals.reasoning_tokens)} reasoning`
        : `output ${formatCount(totals.output_tokens)}`;
    const missing = totals.calls_without_usage > 0 ? `; ${totals.calls_without_usage} call(s) reported none` : '';
    return `${formatCount(totals.total_tokens)} tokens (${input}; ${output}${missing})`;
}
/** One line: tokens, cost, calls and agent time. */
function formatTotals(totals) {
    if (totals.calls === 0)
        return 'no agent calls';
    const seconds = (totals.duration_ms / 1000).toFixed(1);
    const calls = `${totals.calls} agent call${totals.calls === 1 ? '' : 's'}`;
    return `${formatCost(totals)}, ${formatTokens(totals)}, ${calls}, ${seconds} s`;
}
/** The action output `cost-usd`: a plain number, or `unknown` when any call's cost is. */
function costOutput(totals) {
    return totals.cost_usd === null ? 'unknown' : String(totals.cost_usd);
}


/***/ }),

/***/ 8071:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.EMPTY_TOTALS = void 0;
exports.totalsOf = totalsOf;
exports.budgetLimits = budgetLimits;
exports.activeBudgetStop = activeBudgetStop;
exports.callsOfItem = callsOfItem;
exports.runUsageSummary = runUsageSummary;
exports.itemUsageSummary = itemUsageSummary;
const item_focus_js_1 = __webpack_require__(6955);
const usage_js_1 = __webpack_require__(7131);
const prices_js_1 = __webpack_require__(7185);
/**
 * Usage and cost of a run, from the per-call records in its state: totals per attempt, item
 * and run. `runUsageSummary` and `itemUsageSummary` are what every renderer calls (status,
 * the job summary, the pull request body, action outputs), so they all show the same figures.
 */
exports.EMPTY_TOTALS = {
    calls: 0,
    duration_ms: 0,
    input_tokens: 0,
    cached_input_tokens: 0,
    cache_write_tokens: 0,
    output_tokens: 0,
    reasoning_tokens: 0,
    total_tokens: 0,
    calls_without_usage: 0,
    cost_usd: 0,
    known_cost_usd: 0,
    calls_without_cost: 0
};
function totalsOf(calls) {
    const totals = { ...exports.EMPTY_TOTALS };
    for (const call of calls) {
        totals.calls += 1;
        totals.duration_ms += call.duration_ms;
        if (call.tokens === null)
            totals.calls_without_usage += 1;
        else {
            totals.input_tokens += call.tokens.input;
            totals.cached_input_tokens += call.tokens.cached_input;
            totals.cache_write_tokens += call.tokens.cache_write;
            totals.output_tokens += call.tokens.output;
            totals.reasoning_tokens += call.tokens.reasoning ?? 0;
            totals.total_tokens += call.tokens.total;
        }
        if (call.cost_usd === null)
            totals.calls_without_cost += 1;
        else
            totals.known_cost_usd += call.cost_usd;
    }
    totals.known_cost_usd = (0, prices_js_1.round6)(totals.known_cost_usd);
    totals.cost_usd = totals.calls_without_cost > 0 ? null : totals.known_cost_usd;
    return totals;
}
function budgetLimits(state) {
    return {
        max_cost_usd_per_item: state.options.max_cost_usd_per_item,
        max_cost_usd_per_run: state.options.max_cost_usd_per_run,
        max_tokens_per_item: state.options.max_tokens_per_item
    };
}
/**
 * The budget stop that ended the item's latest attempt, if that is why it escalated: the
 * terminal reason `budget_exhausted`, with its figures.
 */
function activeBudgetStop(item) {
    const stop = item.budget_stop;
    return stop !== null &&
        stop.attempt_number === item.attempt_number &&
        item.terminal_state === 'escalated' &&
        (item.terminal_summary ?? '').includes(stop.message)
        ? stop
        : null;
}
function callsOfItem(state, itemId) {
    return state.agent_calls.filter((call) => call.item_id === itemId);
}
function itemUsage(state, item) {
    const calls = callsOfItem(state, item.item_id);
    const attempts = [...new Set(calls.map((call) => call.attempt_number))].sort((a, b) => a - b);
    return {
        item_id: item.item_id,
        totals: totalsOf(calls),
        attempts: attempts.map((attempt) => {
            const ofAttempt = calls.filter((call) => call.attempt_number === attempt);
            return { attempt_number: attempt, totals: totalsOf(ofAttempt), calls: ofAttempt };
        }),
        budget_stop: activeBudgetStop(item)
    };
}
/** Every item's usage (plan order), the run's totals and its budget limits. */
function runUsageSummary(state) {
    const items = (0, item_focus_js_1.itemsInPlanOrder)(state);
    return {
        schema_version: usage_js_1.USAGE_SUMMARY_VERSION,
        run_id: state.run_id,
        limits: budgetLimits(state),
        run: totalsOf(state.agent_calls),
        items: items.map((item) => itemUsage(state, item))
    };
}
/** One item's usage (every attempt, every call) beside the run's totals and limits. */
function itemUsageSummary(state, itemId) {
    const item = state.items.find((entry) => entry.item_id === itemId);
    if (item === undefined)
        throw new Error(`run ${state.run_id} has no item ${itemId}`);
    return {
        item: itemUsage(state, item),
        run: totalsOf(state.agent_calls),
        limits: budgetLimits(state)
    };
}


/***/ }),

/***/ 1759:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readRunStatus = readRunStatus;
exports.readRunStatusHere = readRunStatusHere;
const layout_js_1 = __webpack_require__(8951);
const status_summary_js_1 = __webpack_require__(957);
/** What `status` reports for one run: its saved state, read without the lock. */
async function readRunStatus(repoRoot, runId, store) {
    try {
        const layout = (0, layout_js_1.runLayout)(repoRoot, runId);
        const state = await store.loadRunState(layout);
        return (0, status_summary_js_1.summarizeRun)(state, { writerAlive: await store.isRunLocked(layout) });
    }
    catch (error) {
        return (0, status_summary_js_1.brokenRunSummary)(runId, error.message);
    }
}
const NOT_THIS_REPOSITORY = 'not a run of this repository: its run state names another one';
/**
 * What `status` reports for a run of this checkout, its state read once: a run whose state
 * names another repository (a copied `.local/`, a restored backup) is reported as not this
 * one's, whether or not the rest of its state is valid.
 */
async function readRunStatusHere(repoRoot, runId, store) {
    const layout = (0, layout_js_1.runLayout)(repoRoot, runId);
    let state;
    try {
        state = await store.loadRunState(layout);
    }
    catch (error) {
        if (!(await store.belongsHere(layout)))
            return (0, status_summary_js_1.brokenRunSummary)(runId, NOT_THIS_REPOSITORY);
        return (0, status_summary_js_1.brokenRunSummary)(runId, error.message);
    }
    if (!(await store.stateBelongsHere(layout, state)))
        return (0, status_summary_js_1.brokenRunSummary)(runId, NOT_THIS_REPOSITORY);
    try {
        return (0, status_summary_js_1.summarizeRun)(state, { writerAlive: await store.isRunLocked(layout) });
    }
    catch (error) {
        return (0, status_summary_js_1.brokenRunSummary)(runId, error.message);
    }
}


/***/ })

};

//# sourceMappingURL=170.index.js.map