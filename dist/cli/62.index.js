export const id = 62;
export const ids = [62];
export const modules = {

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

/***/ 1062:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readBudgetFlags = readBudgetFlags;
exports.withBudgetFlags = withBudgetFlags;
exports.budgetArgs = budgetArgs;
exports.readWorkOptions = readWorkOptions;
exports.agentArgs = agentArgs;
exports.agentUserArgs = agentUserArgs;
const runtime_policy_js_1 = __webpack_require__(1181);
const budget_js_1 = __webpack_require__(5898);
const errors_js_1 = __webpack_require__(3916);
const progress_js_1 = __webpack_require__(9851);
const BUDGET_FLAG_KEYS = {
    max_cost_usd_per_item: 'maxCostUsdPerItem',
    max_cost_usd_per_run: 'maxCostUsdPerRun',
    max_tokens_per_item: 'maxTokensPerItem'
};
/** The budget flags given, as runtime-policy values (null: `none`); a bad value is refused. */
function readBudgetFlags(options) {
    const limits = {};
    for (const name of runtime_policy_js_1.BUDGET_OPTIONS) {
        const given = options[BUDGET_FLAG_KEYS[name]];
        if (given === undefined)
            continue;
        const value = (0, runtime_policy_js_1.parseBudgetLimit)(name, given);
        if (typeof value === 'string')
            throw new errors_js_1.UsageError(`${budget_js_1.BUDGET_FLAGS[name]} ${given}: ${value}`);
        limits[name] = value;
    }
    return limits;
}
/** A run's policy from the command line with the budget flags added to it. */
function withBudgetFlags(selection, options) {
    return { ...selection, cli: { ...selection.cli, ...readBudgetFlags(options) } };
}
/** The budget flags as given, to pass on to a kernel started by a supervisor. */
function budgetArgs(options) {
    return runtime_policy_js_1.BUDGET_OPTIONS.flatMap((name) => {
        const given = options[BUDGET_FLAG_KEYS[name]];
        return given === undefined ? [] : [budget_js_1.BUDGET_FLAGS[name], given];
    });
}
function readWorkOptions(io, options) {
    if (options.agents === 'codex-claude' && options.scenario !== undefined)
        throw new errors_js_1.UsageError('--scenario is played by the scripted agent: give it with --agents scripted');
    return {
        agents: {
            ...(options.agents === undefined ? {} : { set: options.agents }),
            ...(options.scenario === undefined ? {} : { scenarioPath: options.scenario })
        },
        progress: (0, progress_js_1.progressSink)(io, options.quiet === true ? 'quiet' : options.json === true ? 'json' : 'text'),
        agentUser: options.agentUser === false ? null : options.agentUser,
        warn: (line) => io.stderr(`warning: ${line}\n`)
    };
}
/** --agents and --scenario again, as given, for a kernel a supervisor starts. */
function agentArgs(options, absolute) {
    return [
        ...(options.agents === undefined ? [] : ['--agents', options.agents]),
        ...(options.scenario === undefined ? [] : ['--scenario', absolute(options.scenario)])
    ];
}
/** The agent user flags again, for a kernel a supervisor starts. */
function agentUserArgs(options) {
    if (options.agentUser === false)
        return ['--no-agent-user'];
    return options.agentUser === undefined ? [] : ['--agent-user', options.agentUser];
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

/***/ 5898:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BUDGET_FLAGS = void 0;
exports.checkBudget = checkBudget;
exports.unpricedBudgetProblems = unpricedBudgetProblems;
exports.budgetResumeCommand = budgetResumeCommand;
exports.budgetAction = budgetAction;
exports.budgetStillReached = budgetStillReached;
const format_js_1 = __webpack_require__(3464);
const prices_js_1 = __webpack_require__(7185);
const summary_js_1 = __webpack_require__(8071);
exports.BUDGET_FLAGS = {
    max_cost_usd_per_item: '--max-cost-usd-per-item',
    max_cost_usd_per_run: '--max-cost-usd-per-run',
    max_tokens_per_item: '--max-tokens-per-item'
};
function checkBudget(check) {
    const limits = (0, summary_js_1.budgetLimits)(check.state);
    const item = (0, summary_js_1.totalsOf)((0, summary_js_1.callsOfItem)(check.state, check.itemId));
    const run = (0, summary_js_1.totalsOf)(check.state.agent_calls);
    const measured = [
        {
            limit: 'max_cost_usd_per_item',
            value: limits.max_cost_usd_per_item,
            spent: item.known_cost_usd,
            unit: 'usd',
            unknown: item.calls_without_cost
        },
        {
            limit: 'max_cost_usd_per_run',
            value: limits.max_cost_usd_per_run,
            spent: run.known_cost_usd,
            unit: 'usd',
            unknown: run.calls_without_cost
        },
        {
            limit: 'max_tokens_per_item',
            value: limits.max_tokens_per_item,
            spent: item.total_tokens,
            unit: 'tokens',
            unknown: 0
        }
    ];
    for (const entry of measured) {
        if (entry.value === null)
            continue;
        const over = check.moment === 'before_call' ? entry.spent >= entry.value : entry.spent > entry.value;
        if (!over)
            continue;
        return {
            kind: 'exhausted',
            stop: {
                limit: entry.limit,
                limit_value: entry.value,
                spent: entry.spent,
                unit: entry.unit,
                calls_without_cost: entry.unknown,
                checked: check.moment,
                lane: check.lane,
                cycle: check.cycle,
                message: budgetMessage(check, entry.limit, entry.value, entry.spent, entry.unknown)
            }
        };
    }
    return { kind: 'within' };
}
function budgetMessage(check, limit, value, spent, unknown) {
    const tokens = limit === 'max_tokens_per_item';
    const amount = (figure) => tokens ? `${(0, format_js_1.formatCount)(figure)} tokens` : (0, format_js_1.formatUsd)(figure);
    const who = limit === 'max_cost_usd_per_run' ? 'the run has' : `item ${check.itemId} has`;
    const verb = tokens ? 'used' : 'spent';
    const figures = check.moment === 'before_call'
        ? `${who} ${verb} ${amount(spent)} of ${limit} ${amount(value)}, so the ${check.lane} call (${check.cycle}) was not started`
        : `${who} ${verb} ${amount(spent)}, over ${limit} ${amount(value)}, after the ${check.lane} call (${check.cycle})`;
    const uncounted = unknown > 0 ? ` (${unknown} call(s) of unknown cost are not counted)` : '';
    return (`budget_exhausted: ${figures}${uncounted}. Raise the limit and resume: ` +
        `plan-orchestrator resume --run-id ${check.state.run_id} ${exports.BUDGET_FLAGS[limit]} <${tokens ? 'TOKENS' : 'USD'}> ` +
        `(or runtime_policy.${limit} in plan_orchestrator.json)`);
}
/**
 * A cost limit is only as good as the prices behind it: codex reports no cost, so its model
 * must be in the price table, or the limit could never be enforced. Claude reports its own.
 */
function unpricedBudgetProblems(options) {
    const limit = options.max_cost_usd_per_item !== null
        ? 'max_cost_usd_per_item'
        : options.max_cost_usd_per_run !== null
            ? 'max_cost_usd_per_run'
            : undefined;
    if (limit === undefined || (0, prices_js_1.priceFor)(options.model_prices, options.codex_model) !== undefined)
        return [];
    return [
        `runtime policy sets ${limit}, but codex_model '${options.codex_model}' has no price in model_prices and codex reports no cost, so the limit could not be enforced; add the model under runtime_policy.model_prices in plan_orchestrator.json (docs/configuration.md)`
    ];
}
/** The command that continues an item stopped by `stop`, with the limit to raise. */
function budgetResumeCommand(runId, stop) {
    const unit = stop.unit === 'tokens' ? 'TOKENS' : 'USD';
    return `plan-orchestrator resume --run-id ${runId} ${exports.BUDGET_FLAGS[stop.limit]} <${unit}>`;
}
/** What the escalation manifest asks of a human when a budget stopped the item. */
function budgetAction(stop) {
    const spent = stop.unit === 'tokens' ? `${(0, format_js_1.formatCount)(stop.spent)} tokens` : (0, format_js_1.formatUsd)(stop.spent);
    const limit = stop.unit === 'tokens' ? `${(0, format_js_1.formatCount)(stop.limit_value)} tokens` : (0, format_js_1.formatUsd)(stop.limit_value);
    return {
        action_id: 'raise-budget',
        description: `Raise ${stop.limit} (now ${limit}; spent ${spent}) with ${exports.BUDGET_FLAGS[stop.limit]} or runtime_policy.${stop.limit} in plan_orchestrator.json, then resume; or leave the item stopped.`,
        owner_hint: 'human',
        evidence_needed: [],
        blocking: true
    };
}
/**
 * Why `resume` would be refused before it starts anything: the item it would continue was
 * stopped by a budget limit that it still has reached. Undefined when resuming can proceed.
 */
function budgetStillReached(state) {
    const item = state.items.find((entry) => entry.item_id === state.current_item_id);
    const stop = item === undefined ? null : (0, summary_js_1.activeBudgetStop)(item);
    if (item === undefined || stop === null)
        return undefined;
    const verdict = checkBudget({
        state,
        itemId: item.item_id,
        moment: 'before_call',
        lane: 'execute',
        cycle: 'execute.round-0'
    });
    if (verdict.kind === 'within')
        return undefined;
    const reached = verdict.stop;
    const show = (value) => reached.unit === 'tokens' ? `${(0, format_js_1.formatCount)(value)} tokens` : (0, format_js_1.formatUsd)(value);
    return (`item ${item.item_id} stopped with budget_exhausted and ${reached.limit} ${show(reached.limit_value)} is still reached (${show(reached.spent)} used); ` +
        `give a higher limit: ${budgetResumeCommand(state.run_id, { ...stop, ...reached })} ` +
        `(or runtime_policy.${reached.limit} in plan_orchestrator.json)`);
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


/***/ })

};

//# sourceMappingURL=62.index.js.map