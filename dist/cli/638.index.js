export const id = 638;
export const ids = [638,981];
export const modules = {

/***/ 1241:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ScenarioSchema = exports.ScenarioScriptSchema = exports.ScenarioStepSchema = exports.ScenarioUsageSchema = exports.CLAUDE_USAGE_FIELDS = exports.CODEX_USAGE_FIELDS = exports.PROCESS_FAULTS = exports.REPORT_FAULTS = void 0;
exports.parseScenario = parseScenario;
exports.loadScenarioFile = loadScenarioFile;
exports.selectScript = selectScript;
exports.roundOf = roundOf;
exports.substitutePlaceholders = substitutePlaceholders;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const zod_1 = __webpack_require__(924);
const errors_js_1 = __webpack_require__(3916);
const lifecycle_js_1 = __webpack_require__(5413);
/**
 * Scenario files drive the `scripted` agent and the fake `codex` / `claude` executables in
 * the same way. A scenario is a list of scripts; each names a lane and, optionally, the item,
 * attempt and cycle it is for. An agent call runs the most specific matching script (ties:
 * the first in the file); a lane without one gets the default report (default-reports.ts).
 *
 * ```json
 * { "version": 1,
 *   "scripts": [
 *     { "lane": "execute", "item_id": "W1-01",
 *       "steps": [ { "write": { "docs/note.md": "# Note\n", "old.txt": null } },
 *                  { "report": { "schema_version": "plan_orchestrator.execution_report.v1",
 *                                "item_id": "{{item_id}}", "attempt_number": "{{attempt}}" } } ] },
 *     { "lane": "triage", "cycle": "execute.round-0", "steps": [ { "fault": "hang" } ] } ] }
 * ```
 *
 * Steps run in order. `write` maps worktree-relative paths to content (`null` deletes);
 * `write_bytes` maps them to a size, for a file of that many zero bytes (sparse: a 100 MB
 * file costs no disk). The report is the last of `report` / `report_fields` (the lane's
 * default report with these fields replaced, e.g. another `item_id`) / `raw_report` (text
 * taken verbatim, e.g. fenced JSON) / `fault: invalid_json` / `fault: no_report`. Process
 * faults run a real child process: `sleep_ms` (busy, printing a heartbeat), `stdout_bytes`
 * (that many bytes on stdout, as fast as they are read), `fault: hang` (silent forever),
 * `fault: hang_ignoring_sigterm`, `fault: spawn_grandchild` (left behind in the group),
 * `fault: spawn_setsid_grandchild` (a daemon in its own session, so outside the group, still
 * working in the worktree), `fault: spawn_hidden_daemon` (the same with an empty environment
 * and `/` as its working directory: only a cgroup finds it) and `exit_code`. `agent_error` is
 * the CLI reporting failure (claude's `is_error` envelope, codex's `turn.failed`). Strings in
 * reports and writes may use `{{item_id}}`, `{{attempt}}`, `{{cycle}}`, `{{lane}}` and
 * `{{round}}`; a string that is exactly `{{attempt}}` or `{{round}}` becomes a number.
 * `run` is a shell command (`bash -c`, in the worktree) run as a real child process, as the
 * agent's own tool calls are: under agent isolation it runs as the agent user, so a hostile
 * agent can be acted out (`{ "run": "cat ~/.netrc > loot.txt" }`); its exit code is logged and
 * does not end the call. The process faults report a daemon's pid on stdout
 * (`scripted agent: daemon <pid>`).
 * `usage` is what the CLI reports the call used, in that CLI's own field names: for the codex
 * lanes the `turn.completed.usage` of `codex exec --json` (`input_tokens`,
 * `cached_input_tokens`, `cache_write_input_tokens`, `output_tokens`,
 * `reasoning_output_tokens`), for `audit_claude` the result envelope's `usage` fields
 * (`input_tokens`, `cache_read_input_tokens`, `cache_creation_input_tokens`, `output_tokens`)
 * with `total_cost_usd` and `num_turns`; plus `model` and `effort` when the call should name
 * others than the run's policy. Several `usage` steps add up (several turns).
 */
function isInsideWorktree(path) {
    const normal = node_path_1.posix.normalize(path);
    return path !== '' && !node_path_1.posix.isAbsolute(path) && normal !== '..' && !normal.startsWith('../');
}
const FileWrites = zod_1.z.record(zod_1.z.string(), zod_1.z.string().nullable()).superRefine((writes, ctx) => {
    for (const path of Object.keys(writes)) {
        if (isInsideWorktree(path))
            continue;
        ctx.addIssue({
            code: 'custom',
            message: `'${path}' must be a relative path inside the worktree`,
            path: [path]
        });
    }
});
/** Faults about the report itself, acted out in-process. */
exports.REPORT_FAULTS = ['invalid_json', 'no_report'];
/** Faults about the process, acted out by a real child process. */
exports.PROCESS_FAULTS = [
    'hang',
    'hang_ignoring_sigterm',
    'spawn_grandchild',
    'spawn_setsid_grandchild',
    'spawn_hidden_daemon'
];
const tokenCount = zod_1.z.int().min(0).optional();
/** Usage fields each CLI reports, by lane family (see the comment at the top). */
exports.CODEX_USAGE_FIELDS = [
    'input_tokens',
    'cached_input_tokens',
    'cache_write_input_tokens',
    'output_tokens',
    'reasoning_output_tokens'
];
exports.CLAUDE_USAGE_FIELDS = [
    'input_tokens',
    'cache_read_input_tokens',
    'cache_creation_input_tokens',
    'output_tokens',
    'total_cost_usd',
    'num_turns'
];
exports.ScenarioUsageSchema = zod_1.z.strictObject({
    input_tokens: tokenCount,
    cached_input_tokens: tokenCount,
    cache_write_input_tokens: tokenCount,
    output_tokens: tokenCount,
    reasoning_output_tokens: tokenCount,
    cache_read_input_tokens: tokenCount,
    cache_creation_input_tokens: tokenCount,
    total_cost_usd: zod_1.z.number().min(0).optional(),
    num_turns: zod_1.z.int().min(0).optional(),
    model: zod_1.z.string().min(1).optional(),
    effort: zod_1.z.string().min(1).optional()
});
const STEP_SHAPES = {
    write: zod_1.z.strictObject({ write: FileWrites }),
    write_bytes: zod_1.z.strictObject({
        write_bytes: zod_1.z.record(zod_1.z.string().refine(isInsideWorktree, 'must be a relative path inside the worktree'), zod_1.z.int().min(0))
    }),
    /** Symlinks: path \u2192 link text. Targets are not checked: tests need bad ones. Scripted only. */
    symlink: zod_1.z.strictObject({
        symlink: zod_1.z.record(zod_1.z.string().refine(isInsideWorktree, 'must be a relative path inside the worktree'), zod_1.z.string().min(1))
    }),
    /** The agent commits everything itself, which the orchestrator must refuse. Scripted only. */
    commit: zod_1.z.strictObject({ commit: zod_1.z.string().min(1) }),
    /** A shell command run as the agent's own child process. Scripted and the fake CLIs. */
    run: zod_1.z.strictObject({ run: zod_1.z.string().min(1) }),
    report: zod_1.z.strictObject({ report: zod_1.z.record(zod_1.z.string(), zod_1.z.unknown()) }),
    report_fields: zod_1.z.strictObject({ report_fields: zod_1.z.record(zod_1.z.string(), zod_1.z.unknown()) }),
    raw_report: zod_1.z.strictObject({ raw_report: zod_1.z.string() }),
    fault: zod_1.z.strictObject({ fault: zod_1.z.enum([...exports.REPORT_FAULTS, ...exports.PROCESS_FAULTS]) }),
    sleep_ms: zod_1.z.strictObject({ sleep_ms: zod_1.z.int().min(0) }),
    stdout_bytes: zod_1.z.strictObject({ stdout_bytes: zod_1.z.int().min(0) }),
    exit_code: zod_1.z.strictObject({ exit_code: zod_1.z.int().min(1).max(255), stderr: zod_1.z.string().optional() }),
    /** What the CLI reports the call used (see above). */
    usage: zod_1.z.strictObject({ usage: exports.ScenarioUsageSchema }),
    agent_error: zod_1.z.strictObject({
        agent_error: zod_1.z.strictObject({
            message: zod_1.z.string().min(1),
            /** claude's envelope subtype, e.g. `error_max_turns`; default `success` (as "Not logged in"). */
            subtype: zod_1.z.string().optional()
        })
    })
};
const STEP_KINDS = Object.keys(STEP_SHAPES);
/**
 * A step is picked by its key before it is checked, so an error names what is wrong with
 * that step instead of listing every shape a step could have.
 */
exports.ScenarioStepSchema = zod_1.z.unknown().transform((value, ctx) => {
    const kind = typeof value === 'object' && value !== null ? STEP_KINDS.find((key) => key in value) : undefined;
    if (kind === undefined) {
        ctx.addIssue({ code: 'custom', message: `a step needs one of: ${STEP_KINDS.join(', ')}` });
        return zod_1.z.NEVER;
    }
    const parsed = STEP_SHAPES[kind].safeParse(value);
    if (!parsed.success) {
        for (const issue of parsed.error.issues) {
            ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
        }
        return zod_1.z.NEVER;
    }
    return parsed.data;
});
exports.ScenarioScriptSchema = zod_1.z
    .strictObject({
    lane: zod_1.z.enum(lifecycle_js_1.LANES),
    item_id: zod_1.z.string().min(1).optional(),
    attempt: zod_1.z.int().min(1).optional(),
    cycle: zod_1.z.string().min(1).optional(),
    /** Fake claude only: `auto` mirrors the CLI dropping structured output for a 2020-12 schema. */
    structured_output: zod_1.z.enum(['auto', 'present', 'omit']).optional(),
    steps: zod_1.z.array(exports.ScenarioStepSchema)
})
    .superRefine((script, ctx) => {
    // A lane's usage speaks its CLI's language: codex reports no cost, claude no reasoning.
    const allowed = [
        ...(script.lane === 'audit_claude' ? exports.CLAUDE_USAGE_FIELDS : exports.CODEX_USAGE_FIELDS),
        'model',
        'effort'
    ];
    const cli = script.lane === 'audit_claude' ? 'claude' : 'codex';
    script.steps.forEach((step, index) => {
        if (!('usage' in step))
            return;
        for (const field of Object.keys(step.usage)) {
            if (allowed.includes(field))
                continue;
            ctx.addIssue({
                code: 'custom',
                message: `${cli} does not report ${field} (the ${script.lane} lane reports: ${allowed.join(', ')})`,
                path: ['steps', index, 'usage', field]
            });
        }
    });
});
exports.ScenarioSchema = zod_1.z.strictObject({
    version: zod_1.z.literal(1),
    scripts: zod_1.z.array(exports.ScenarioScriptSchema)
});
function parseScenario(value, source = 'scenario') {
    const parsed = exports.ScenarioSchema.safeParse(value);
    if (!parsed.success) {
        // One line, like every other refusal: each problem with where it is in the file.
        const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(top level)'}: ${issue.message}`);
        throw new errors_js_1.UserInputError(`${source}: invalid scenario: ${problems.join('; ')}`);
    }
    return parsed.data;
}
function loadScenarioFile(path) {
    let text;
    try {
        text = (0, node_fs_1.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new errors_js_1.UserInputError(`${path}: cannot read the scenario: ${(0, errors_js_1.describeError)(error)}`);
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new errors_js_1.UserInputError(`${path}: scenario is not valid JSON: ${(0, errors_js_1.describeError)(error)}`);
    }
    return parseScenario(value, path);
}
function selectScript(scenario, call) {
    let best;
    let bestScore = -1;
    for (const script of scenario.scripts) {
        if (script.lane !== call.lane)
            continue;
        const keys = [
            [script.item_id, call.itemId],
            [script.attempt, call.attempt],
            [script.cycle, call.cycle]
        ];
        if (keys.some(([wanted, actual]) => wanted !== undefined && wanted !== actual))
            continue;
        const score = keys.filter(([wanted]) => wanted !== undefined).length;
        if (score > bestScore) {
            best = script;
            bestScore = score;
        }
    }
    return best;
}
/** `fix.round-2` \u2192 2; `execute.round-0` \u2192 0. */
function roundOf(cycle) {
    const match = /round-(\d+)$/.exec(cycle);
    return match?.[1] !== undefined ? Number(match[1]) : 0;
}
function substitutePlaceholders(value, call) {
    const numbers = { attempt: call.attempt, round: roundOf(call.cycle) };
    const texts = {
        item_id: call.itemId,
        cycle: call.cycle,
        lane: call.lane,
        attempt: String(call.attempt),
        round: String(roundOf(call.cycle))
    };
    const visit = (node) => {
        if (typeof node === 'string') {
            const whole = /^\{\{(attempt|round)\}\}$/.exec(node);
            if (whole?.[1] !== undefined)
                return numbers[whole[1]];
            return node.replace(/\{\{([a-z_]+)\}\}/g, (text, name) => texts[name] ?? text);
        }
        if (Array.isArray(node))
            return node.map(visit);
        if (typeof node === 'object' && node !== null) {
            return Object.fromEntries(Object.entries(node).map(([key, inner]) => [key, visit(inner)]));
        }
        return node;
    };
    return visit(value);
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

/***/ 8025:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.runLint = runLint;
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const playbook_file_js_1 = __webpack_require__(4668);
const scenario_js_1 = __webpack_require__(1241);
const workflow_commands_js_1 = __webpack_require__(3012);
const issues_js_1 = __webpack_require__(9739);
const normalize_js_1 = __webpack_require__(3180);
const runtime_policy_js_1 = __webpack_require__(1181);
const errors_js_1 = __webpack_require__(3916);
const load_plan_js_1 = __webpack_require__(9506);
const repo_root_js_1 = __webpack_require__(6981);
const init_js_1 = __webpack_require__(9787);
async function runLint(io, options) {
    const path = options.playbook !== undefined || (io.env[load_plan_js_1.PLAYBOOK_ENV] ?? '').trim() !== ''
        ? (0, load_plan_js_1.playbookPath)(options.playbook, io)
        : await starterPlaybook(io);
    const problems = [];
    const where = (file) => ({
        file,
        annotationFile: annotationPath(io, file)
    });
    const absolute = (0, node_path_1.resolve)(io.cwd, path);
    const source = await (0, playbook_file_js_1.readPlaybookSource)(absolute).catch((error) => {
        problems.push({
            level: 'error',
            ...where(path),
            ...unplaced((0, errors_js_1.describeError)(error).replaceAll(absolute, path)),
            title: 'unreadable playbook'
        });
        return undefined;
    });
    const result = source === undefined ? undefined : (0, normalize_js_1.normalizePlaybook)({ ...source, path });
    for (const warning of result?.warnings ?? [])
        problems.push({
            level: 'warning',
            ...where(path),
            line: warning.line,
            column: warning.column,
            ...placed(path, warning),
            title: 'playbook'
        });
    if (result !== undefined && !result.ok)
        for (const issue of result.issues)
            problems.push({
                level: 'error',
                ...where(path),
                line: issue.line,
                column: issue.column,
                ...placed(path, issue),
                title: 'invalid playbook'
            });
    const config = await repoConfigProblems(io);
    if (config !== undefined)
        for (const text of config.errors)
            problems.push({
                level: 'error',
                ...where(config.path),
                ...unplaced(`${config.path}: ${text}`),
                title: 'invalid runtime policy'
            });
    if (options.scenario !== undefined) {
        try {
            (0, scenario_js_1.loadScenarioFile)((0, node_path_1.resolve)(io.cwd, options.scenario));
        }
        catch (error) {
            problems.push({
                level: 'error',
                ...where(options.scenario),
                ...unplaced((0, errors_js_1.describeError)(error).replaceAll((0, node_path_1.resolve)(io.cwd, options.scenario), options.scenario)),
                title: 'invalid scenario'
            });
        }
    }
    report(io, problems);
    const errors = problems.filter((problem) => problem.level === 'error').length;
    if (errors > 0) {
        const count = errors === 1 ? '1 problem' : `${errors} problems`;
        throw new errors_js_1.UserInputError(`${path}: lint found ${count}`);
    }
    const items = result?.ok === true ? result.plan.items.length : 0;
    io.stdout(`${path}: ok (${items === 1 ? '1 item' : `${items} items`})\n`);
}
function placed(path, issue) {
    const text = (0, issues_js_1.formatIssue)(path, issue);
    const place = `${path}:${issue.line}:${issue.column}: `;
    return { text, message: text.startsWith(place) ? text.slice(place.length) : text };
}
function unplaced(text) {
    return { text, message: text };
}
function report(io, problems) {
    const inActions = io.env['GITHUB_ACTIONS'] === 'true';
    for (const problem of problems) {
        io.stderr(`${problem.level}: ${problem.text}\n`);
        if (!inActions)
            continue;
        io.stdout((0, workflow_commands_js_1.annotationCommand)(problem.level, `${problem.title}: ${problem.message}`, {
            file: problem.annotationFile,
            ...(problem.line === undefined ? {} : { line: problem.line }),
            ...(problem.column === undefined ? {} : { col: problem.column })
        }));
    }
}
/** `playbook.md` at the top of the repository (or here, outside one), relative to here. */
async function starterPlaybook(io) {
    const top = await (0, repo_root_js_1.resolveRepoRoot)(io.cwd).catch(() => io.cwd);
    return (0, node_path_1.relative)(io.cwd, (0, node_path_1.join)(top, init_js_1.STARTER_PLAYBOOK)) || init_js_1.STARTER_PLAYBOOK;
}
/**
 * The repository's plan_orchestrator.json, checked as `run` will read it (defaults < this
 * file; the environment and flags are the caller's and not checked here).
 */
async function repoConfigProblems(io) {
    const repoRoot = await (0, repo_root_js_1.resolveRepoRoot)(io.cwd).catch(() => undefined);
    if (repoRoot === undefined)
        return undefined;
    const file = (0, node_path_1.join)(repoRoot, 'plan_orchestrator.json');
    const shown = (0, node_path_1.relative)(io.cwd, file) || file;
    const text = await (0, promises_1.readFile)(file, 'utf8').catch(() => undefined);
    if (text === undefined)
        return undefined;
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        return { path: shown, errors: [`not valid JSON: ${(0, errors_js_1.describeError)(error)}`] };
    }
    const resolved = (0, runtime_policy_js_1.resolveRuntimePolicy)({ repoConfig: value, env: {}, cli: {} });
    if (resolved.ok)
        return undefined;
    // The policy names the layer `plan_orchestrator.json`; lint names the file as seen from here.
    const label = 'plan_orchestrator.json: ';
    return {
        path: shown,
        errors: resolved.errors.map((error) => error.startsWith(label) ? error.slice(label.length) : error)
    };
}
/**
 * Annotations name files relative to the job's workspace (the repository root), with `/`.
 * A path outside it is given as typed: GitHub shows the problem in the log, not on a line.
 */
function annotationPath(io, path) {
    const base = io.env['GITHUB_WORKSPACE'] ?? io.cwd;
    const fromBase = (0, node_path_1.relative)(base, (0, node_path_1.resolve)(io.cwd, path));
    if (fromBase === '' || fromBase.startsWith('..') || (0, node_path_1.isAbsolute)(fromBase))
        return path;
    return fromBase.split(node_path_1.sep).join('/');
}


/***/ }),

/***/ 9506:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PLAYBOOK_ENV = void 0;
exports.playbookPath = playbookPath;
exports.loadPlan = loadPlan;
exports.loadPlanItems = loadPlanItems;
const playbook_file_js_1 = __webpack_require__(4668);
const issues_js_1 = __webpack_require__(9739);
const normalize_js_1 = __webpack_require__(3180);
const text_js_1 = __webpack_require__(9508);
const errors_js_1 = __webpack_require__(3916);
const playbook_flag_js_1 = __webpack_require__(2126);
Object.defineProperty(exports, "PLAYBOOK_ENV", ({ enumerable: true, get: function () { return playbook_flag_js_1.PLAYBOOK_ENV; } }));
/** `--playbook`, or the environment default when the flag is absent. */
function playbookPath(flag, io) {
    const fromEnv = (0, text_js_1.strip)(io.env[playbook_flag_js_1.PLAYBOOK_ENV] ?? '');
    const path = flag ?? (fromEnv === '' ? undefined : fromEnv);
    if (path === undefined)
        throw new errors_js_1.UsageError(`required option '--playbook <file>' not specified (or set ${playbook_flag_js_1.PLAYBOOK_ENV})`);
    return path;
}
/**
 * Reads and normalizes a playbook; prints warnings; turns an invalid playbook into one
 * error carrying every problem, each on its own line with file, line and column.
 */
async function loadPlan(path, io) {
    return planOf(path, (0, normalize_js_1.normalizePlaybook)(await (0, playbook_file_js_1.readPlaybookSource)(path, new Date(), io.cwd)), io);
}
/**
 * The items of a playbook, read and checked as loadPlan reads them, for commands that show
 * items and nothing of the plan around them. The file is not hashed: the hash is recorded
 * only in the plan around the items, and taking it loads node:crypto, a noticeable part of
 * such a command's start (docs/performance.md, CLI start-up).
 */
async function loadPlanItems(path, io) {
    const file = await (0, playbook_file_js_1.readPlaybookFile)(path, io.cwd);
    const result = (0, normalize_js_1.normalizePlaybook)({ ...file, sha256: '', generatedAt: new Date() });
    return planOf(path, result, io).items;
}
function planOf(path, result, io) {
    for (const warning of result.warnings)
        io.stderr(`warning: ${(0, issues_js_1.formatIssue)(path, warning)}\n`);
    if (result.ok)
        return result.plan;
    const count = result.issues.length === 1 ? '1 problem' : `${result.issues.length} problems`;
    const lines = result.issues.map((issue) => `error: ${(0, issues_js_1.formatIssue)(path, issue)}`);
    throw new errors_js_1.UserInputError(`${lines.join('\n')}\n${path}: invalid playbook (${count})`);
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

/***/ 3012:
/***/ ((__unused_webpack_module, exports) => {


/**
 * GitHub Actions workflow commands (`::error file=\u2026,line=\u2026::message`) as text, so any command
 * can annotate a file in a pull request when it runs in a job. The escaping is GitHub's: in
 * the message `%`, CR and LF are percent-encoded; in property values `:` and `,` as well,
 * since they separate the properties.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.annotationCommand = annotationCommand;
function annotationCommand(level, message, properties = {}) {
    const props = ['file', 'line', 'col', 'title']
        .filter((key) => properties[key] !== undefined && properties[key] !== '')
        .map((key) => `${key}=${escapeProperty(String(properties[key]))}`)
        .join(',');
    return `::${level}${props === '' ? '' : ` ${props}`}::${escapeData(message)}\n`;
}
function escapeData(text) {
    return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
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


/***/ })

};

//# sourceMappingURL=638.index.js.map