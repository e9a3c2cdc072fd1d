export const id = 915;
export const ids = [915];
export const modules = {

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


/***/ }),

/***/ 1738:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CLEAN_ENV_OVERRIDE = void 0;
exports.preflight = preflight;
exports.watchedAgentConfig = watchedAgentConfig;
exports.snapshotAgentConfig = snapshotAgentConfig;
exports.agentConfigChanges = agentConfigChanges;
const node_crypto_1 = __webpack_require__(7598);
const promises_1 = __webpack_require__(1455);
const node_fs_1 = __webpack_require__(3024);
const node_os_1 = __webpack_require__(8161);
const node_path_1 = __webpack_require__(6760);
/**
 * Checks made before a run touches anything. Each failure is one sentence that says what
 * is wrong and what to do; all are reported together.
 */
exports.CLEAN_ENV_OVERRIDE = 'PLAN_ORCHESTRATOR_CLEAN_ENV_CONFIRMED';
async function preflight(input) {
    const problems = [];
    const ambient = await ambientAgentConfig(input.repoRoot, input.env);
    if (ambient.length > 0 && input.env[exports.CLEAN_ENV_OVERRIDE] !== '1') {
        problems.push(`ambient agent configuration found (${ambient.join(', ')}): it changes how codex and claude behave ` +
            `on this machine outside the reviewed plan (agent calls get fresh homes, but a change to it during ` +
            `the run escalates the item). Remove it, or set ${exports.CLEAN_ENV_OVERRIDE}=1 once you have reviewed it.`);
    }
    for (const name of input.requiredExecutables) {
        if ((await findExecutable(name, input.env.PATH ?? '')) === undefined) {
            problems.push(`${name} is not on PATH; install it or choose another agent set`);
        }
    }
    const identity = await input.git.identity(input.repoRoot);
    const missing = [
        identity.name ? undefined : 'user.name',
        identity.email ? undefined : 'user.email'
    ].filter(Boolean);
    if (missing.length > 0) {
        problems.push(`git identity is not set (${missing.join(', ')}); checkpoint commits need it: git config ${missing[0]} \u2026`);
    }
    const checkout = await input.git.cleanTrackedCheckout(input.repoRoot);
    if (!checkout.clean) {
        problems.push(`the checkout has uncommitted changes to tracked files (${checkout.dirty.slice(0, 5).join(', ')}` +
            `${checkout.dirty.length > 5 ? ', \u2026' : ''}); commit or stash them first`);
    }
    if (!(await input.git.isIgnored(input.repoRoot, '.local/plan-orchestrator-probe'))) {
        problems.push('.local/ is not ignored by git; add ".local/" to .gitignore (run artifacts and worktrees live there)');
    }
    return problems;
}
async function ambientAgentConfig(repoRoot, env) {
    const home = env.HOME ?? (0, node_os_1.homedir)();
    // The CLIs read their homes from these variables when set, and the agents inherit them.
    const codexHome = env.CODEX_HOME?.trim() || (0, node_path_1.join)(home, '.codex');
    const claudeHome = env.CLAUDE_CONFIG_DIR?.trim() || (0, node_path_1.join)(home, '.claude');
    const candidates = [
        ...new Set([
            (0, node_path_1.join)(home, '.codex', 'config.toml'),
            (0, node_path_1.join)(codexHome, 'config.toml'),
            (0, node_path_1.join)(repoRoot, '.codex', 'config.toml'),
            (0, node_path_1.join)(home, '.claude', 'settings.json'),
            (0, node_path_1.join)(claudeHome, 'settings.json'),
            (0, node_path_1.join)(repoRoot, '.claude', 'settings.json'),
            (0, node_path_1.join)(repoRoot, '.mcp.json')
        ])
    ];
    const found = [];
    for (const path of candidates) {
        if (await exists(path))
            found.push(path);
    }
    return found;
}
async function findExecutable(name, path) {
    for (const dir of path.split(node_path_1.delimiter).filter(Boolean)) {
        const candidate = (0, node_path_1.join)(dir, name);
        const ok = await (0, promises_1.access)(candidate, node_fs_1.constants.X_OK).then(() => true, () => false);
        if (ok)
            return candidate;
    }
    return undefined;
}
async function exists(path) {
    return (0, promises_1.access)(path).then(() => true, () => false);
}
const CODEX_HOME_FILES = ['config.toml', 'AGENTS.md', 'AGENTS.override.md', 'hooks.json'];
const CODEX_HOME_DIRS = ['rules', 'skills', 'prompts'];
const CLAUDE_HOME_FILES = ['settings.json', 'settings.local.json', 'CLAUDE.md'];
const CLAUDE_HOME_DIRS = ['agents', 'commands', 'skills', 'hooks', 'output-styles', 'plugins'];
/** A directory with more entries than this is fingerprinted by its first ones and its size. */
const MAX_WATCHED_ENTRIES = 5000;
function watchedAgentConfig(env) {
    const home = env.HOME?.trim() || (0, node_os_1.homedir)();
    const codexHomes = new Set([(0, node_path_1.join)(home, '.codex'), env.CODEX_HOME?.trim() || (0, node_path_1.join)(home, '.codex')]);
    const claudeHomes = new Set([
        (0, node_path_1.join)(home, '.claude'),
        env.CLAUDE_CONFIG_DIR?.trim() || (0, node_path_1.join)(home, '.claude')
    ]);
    const watched = [
        { path: (0, node_path_1.join)(home, 'AGENTS.md'), kind: 'file' },
        { path: (0, node_path_1.join)(home, 'CLAUDE.md'), kind: 'file' },
        { path: (0, node_path_1.join)(home, '.agents', 'skills'), kind: 'dir' },
        { path: (0, node_path_1.join)(home, '.claude.json'), kind: 'claude-state' }
    ];
    for (const dir of codexHomes) {
        watched.push(...CODEX_HOME_FILES.map((name) => ({ path: (0, node_path_1.join)(dir, name), kind: 'file' })));
        watched.push(...CODEX_HOME_DIRS.map((name) => ({ path: (0, node_path_1.join)(dir, name), kind: 'dir' })));
    }
    for (const dir of claudeHomes) {
        watched.push(...CLAUDE_HOME_FILES.map((name) => ({ path: (0, node_path_1.join)(dir, name), kind: 'file' })));
        watched.push(...CLAUDE_HOME_DIRS.map((name) => ({ path: (0, node_path_1.join)(dir, name), kind: 'dir' })));
        watched.push({ path: (0, node_path_1.join)(dir, '.claude.json'), kind: 'claude-state' });
    }
    return watched;
}
async function snapshotAgentConfig(env) {
    const snapshot = new Map();
    const seen = new Set();
    for (const location of watchedAgentConfig(env)) {
        if (seen.has(location.path))
            continue;
        seen.add(location.path);
        const fingerprint = await fingerprintOf(location.path, location.kind);
        if (fingerprint !== undefined)
            snapshot.set(location.path, fingerprint);
    }
    return snapshot;
}
/** `path (new|changed|removed)` for every watched path that differs between two snapshots. */
function agentConfigChanges(before, after) {
    const changes = [];
    for (const [path, fingerprint] of after) {
        const earlier = before.get(path);
        if (earlier === undefined)
            changes.push(`${path} (new)`);
        else if (earlier !== fingerprint)
            changes.push(`${path} (changed)`);
    }
    for (const path of before.keys())
        if (!after.has(path))
            changes.push(`${path} (removed)`);
    return changes.sort();
}
async function fingerprintOf(path, kind) {
    const info = await (0, promises_1.lstat)(path).catch(() => undefined);
    if (info === undefined)
        return undefined;
    if (info.isSymbolicLink())
        return `link:${await (0, promises_1.readlink)(path).catch(() => '?')}`;
    if (info.isDirectory())
        return kind === 'dir' ? directoryFingerprint(path) : 'directory';
    const content = await (0, promises_1.readFile)(path).catch(() => undefined);
    if (content === undefined)
        return 'unreadable';
    return kind === 'claude-state' ? claudeStateFingerprint(content) : digest(content);
}
/**
 * `.claude.json` is rewritten by every interactive claude session (counters, tips), so only
 * what configures an agent counts: MCP servers, and per-project MCP approvals and trust.
 */
function claudeStateFingerprint(content) {
    let state;
    try {
        state = JSON.parse(content.toString('utf8'));
    }
    catch {
        return digest(content);
    }
    if (typeof state !== 'object' || state === null)
        return digest(content);
    const record = state;
    const projects = typeof record.projects === 'object' && record.projects !== null ? record.projects : {};
    const relevant = {
        mcpServers: record.mcpServers ?? null,
        projects: Object.fromEntries(Object.entries(projects).map(([name, project]) => {
            const entry = (typeof project === 'object' && project !== null ? project : {});
            return [
                name,
                [
                    entry.mcpServers ?? null,
                    entry.enabledMcpjsonServers ?? null,
                    entry.enableAllProjectMcpServers ?? null,
                    entry.hasTrustDialogAccepted ?? null
                ]
            ];
        }))
    };
    return digest(Buffer.from(JSON.stringify(relevant)));
}
async function directoryFingerprint(root) {
    const entries = [];
    const visit = async (relative) => {
        if (entries.length >= MAX_WATCHED_ENTRIES)
            return;
        const names = (await (0, promises_1.readdir)((0, node_path_1.join)(root, relative)).catch(() => [])).sort();
        for (const name of names) {
            if (entries.length >= MAX_WATCHED_ENTRIES)
                return;
            const path = relative === '' ? name : `${relative}/${name}`;
            const info = await (0, promises_1.lstat)((0, node_path_1.join)(root, path)).catch(() => undefined);
            if (info === undefined)
                continue;
            if (info.isSymbolicLink())
                entries.push(`${path}->${await (0, promises_1.readlink)((0, node_path_1.join)(root, path)).catch(() => '?')}`);
            else if (info.isDirectory()) {
                entries.push(`${path}/`);
                await visit(path);
            }
            else {
                const content = await (0, promises_1.readFile)((0, node_path_1.join)(root, path)).catch(() => undefined);
                entries.push(`${path}=${content === undefined ? 'unreadable' : digest(content)}`);
            }
        }
    };
    await visit('');
    return digest(Buffer.from(entries.join('\n')));
}
function digest(content) {
    return (0, node_crypto_1.createHash)('sha256').update(content).digest('hex');
}


/***/ })

};

//# sourceMappingURL=915.index.js.map