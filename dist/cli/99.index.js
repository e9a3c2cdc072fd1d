export const id = 99;
export const ids = [99];
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

/***/ 3712:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TICKS_PER_SECOND = void 0;
exports.readStat = readStat;
exports.readEnvironValue = readEnvironValue;
exports.readCwd = readCwd;
exports.readCommand = readCommand;
exports.listPids = listPids;
exports.currentTicks = currentTicks;
exports.bootId = bootId;
const node_fs_1 = __webpack_require__(3024);
/** Linux counts process start times in USER_HZ, 100 on every architecture it runs on. */
exports.TICKS_PER_SECOND = 100;
const COMMAND_SHOWN = 160;
function readStat(pid) {
    let text;
    try {
        text = (0, node_fs_1.readFileSync)(`/proc/${pid}/stat`, 'utf8');
    }
    catch {
        return null;
    }
    // The command name is parenthesised and may hold anything, spaces and parentheses too.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const startTicks = Number(fields[19]);
    if (!Number.isFinite(startTicks))
        return null;
    return { state: fields[0] ?? '', ppid: Number(fields[1]), startTicks };
}
/** The value of one variable in a process's initial environment, if it is readable. */
function readEnvironValue(pid, name) {
    let environ;
    try {
        environ = (0, node_fs_1.readFileSync)(`/proc/${pid}/environ`);
    }
    catch {
        return null;
    }
    const prefix = `${name}=`;
    for (const entry of environ.toString('utf8').split('\0')) {
        if (entry.startsWith(prefix))
            return entry.slice(prefix.length);
    }
    return null;
}
function readCwd(pid) {
    try {
        return (0, node_fs_1.readlinkSync)(`/proc/${pid}/cwd`).replace(/ \(deleted\)$/, '');
    }
    catch {
        return null;
    }
}
function readCommand(pid) {
    try {
        const text = (0, node_fs_1.readFileSync)(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
        return text.length > COMMAND_SHOWN ? `${text.slice(0, COMMAND_SHOWN - 1)}\u2026` : text;
    }
    catch {
        return '';
    }
}
/** The pids in /proc; empty where there is none. */
function listPids() {
    try {
        return (0, node_fs_1.readdirSync)('/proc')
            .filter((entry) => /^\d+$/.test(entry))
            .map(Number);
    }
    catch {
        return [];
    }
}
/** Clock ticks since boot now, in the unit of ProcessInfo.startTicks. */
function currentTicks() {
    try {
        const uptime = Number((0, node_fs_1.readFileSync)('/proc/uptime', 'utf8').split(' ')[0]);
        return Number.isFinite(uptime) ? Math.floor(uptime * exports.TICKS_PER_SECOND) : null;
    }
    catch {
        return null;
    }
}
function bootId() {
    try {
        return (0, node_fs_1.readFileSync)('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    }
    catch {
        return null;
    }
}


/***/ }),

/***/ 9744:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readScenarioFile = readScenarioFile;
exports.readRunScenario = readRunScenario;
exports.keepScenarioCopy = keepScenarioCopy;
exports.scenarioDrift = scenarioDrift;
const node_crypto_1 = __webpack_require__(7598);
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const layout_js_1 = __webpack_require__(8951);
const errors_js_1 = __webpack_require__(3916);
const scenario_js_1 = __webpack_require__(1241);
const run_store_js_1 = __webpack_require__(6525);
/** Reads, hashes and checks a scenario file; a bad one is one clear refusal naming it. */
async function readScenarioFile(cwd, given, repoRoot) {
    const path = (0, node_path_1.resolve)(cwd, given);
    let text;
    try {
        text = await (0, promises_1.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new errors_js_1.UserInputError(`${path}: cannot read the scenario: ${(0, errors_js_1.describeError)(error)}`);
    }
    return {
        scenario: parseScenarioText(path, text),
        text,
        sha256: sha256Of(text),
        sourcePath: repoRoot === undefined ? path : (0, layout_js_1.repoRelative)(repoRoot, path)
    };
}
/** The run's own copy of its scenario, refused unless it is exactly what the run recorded. */
async function readRunScenario(layout, recorded) {
    const copy = (0, layout_js_1.scenarioCopyPath)(layout, recorded.sha256);
    const shown = (0, layout_js_1.repoRelative)(layout.repoRoot, copy);
    const again = `; give the scenario again with --scenario ${recorded.source_path}`;
    const text = await (0, promises_1.readFile)(copy, 'utf8').catch((error) => {
        throw new errors_js_1.UserInputError(`run ${layout.runId}: its copy of the scenario ${shown} cannot be read (${(0, errors_js_1.describeError)(error)})${again}`);
    });
    if (sha256Of(text) !== recorded.sha256)
        throw new errors_js_1.UserInputError(`run ${layout.runId}: its copy of the scenario ${shown} is not what the run recorded (sha256 differs)${again}`);
    return {
        scenario: parseScenarioText(shown, text),
        text,
        sha256: recorded.sha256,
        sourcePath: recorded.source_path
    };
}
/** Puts a scenario's copy into the run (before the run state names it); idempotent. */
async function keepScenarioCopy(layout, source) {
    const copy = (0, layout_js_1.scenarioCopyPath)(layout, source.sha256);
    const present = await (0, promises_1.readFile)(copy, 'utf8').catch(() => undefined);
    if (present !== undefined && sha256Of(present) === source.sha256)
        return;
    await (0, run_store_js_1.writeText)(copy, source.text);
}
/**
 * When the file a run's scenario came from now holds something else (or is gone): the
 * sentence that says the run goes on with its copy, and how to play the file instead.
 */
async function scenarioDrift(repoRoot, agents) {
    const recorded = agents?.scenario ?? null;
    if (recorded === null)
        return undefined;
    const path = (0, node_path_1.isAbsolute)(recorded.source_path)
        ? recorded.source_path
        : (0, node_path_1.resolve)(repoRoot, recorded.source_path);
    const now = await (0, promises_1.readFile)(path, 'utf8').catch(() => undefined);
    if (now !== undefined && sha256Of(now) === recorded.sha256)
        return undefined;
    return `${recorded.source_path} ${now === undefined ? 'is gone' : 'changed'} since the run recorded its scenario; the run plays its own copy (sha256 ${recorded.sha256.slice(0, 12)}); to play the file as it is now, add --scenario ${recorded.source_path}`;
}
function parseScenarioText(path, text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new errors_js_1.UserInputError(`${path}: scenario is not valid JSON: ${(0, errors_js_1.describeError)(error)}`);
    }
    return (0, scenario_js_1.parseScenario)(value, path);
}
function sha256Of(text) {
    return (0, node_crypto_1.createHash)('sha256').update(text).digest('hex');
}


/***/ }),

/***/ 855:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.STAGE_CGROUPS_ENV = void 0;
exports.cgroupHost = cgroupHost;
exports.isStageCgroupPath = isStageCgroupPath;
exports.createStageCgroup = createStageCgroup;
exports.startInside = startInside;
exports.cgroupMembers = cgroupMembers;
exports.killCgroup = killCgroup;
exports.tryRemove = tryRemove;
const node_crypto_1 = __webpack_require__(7598);
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
/** `PLAN_ORCHESTRATOR_STAGE_CGROUPS=off` never uses cgroups (the marker search remains). */
exports.STAGE_CGROUPS_ENV = 'PLAN_ORCHESTRATOR_STAGE_CGROUPS';
const PARENT_NAME = 'plan-orchestrator';
let detected;
/** The cgroup hierarchy stages can use in this process, or null; probed once. */
function cgroupHost(env = process.env) {
    if (env[exports.STAGE_CGROUPS_ENV]?.trim().toLowerCase() === 'off')
        return null;
    detected ??= { host: probe() };
    return detected.host;
}
function probe() {
    for (const candidate of candidates()) {
        if (usable(candidate))
            return candidate;
    }
    return null;
}
function candidates() {
    const memberships = readLines('/proc/self/cgroup').map((line) => {
        const [id, controllers, ...path] = line.split(':');
        return { id, controllers: (controllers ?? '').split(','), path: path.join(':') };
    });
    const mounts = readLines('/proc/self/mountinfo').flatMap((line) => {
        const [left, right] = line.split(' - ');
        const fields = (left ?? '').split(' ');
        const [fsType, , superOptions] = (right ?? '').split(' ');
        const root = fields[3];
        const point = fields[4];
        if (root === undefined || point === undefined || fsType === undefined)
            return [];
        return [
            { root, point: unescapeMount(point), fsType, superOptions: (superOptions ?? '').split(',') }
        ];
    });
    const hosts = [];
    const v2 = memberships.find((entry) => entry.id === '0' && entry.controllers.join('') === '');
    const v2Mount = mounts.find((mount) => mount.fsType === 'cgroup2');
    const v2Dir = v2 && v2Mount ? dirIn(v2Mount, v2.path) : undefined;
    if (v2Dir !== undefined)
        hosts.push(host('v2', v2Dir));
    const pids = memberships.find((entry) => entry.controllers.includes('pids'));
    const pidsMount = mounts.find((mount) => mount.fsType === 'cgroup' && mount.superOptions.includes('pids'));
    const pidsDir = pids && pidsMount ? dirIn(pidsMount, pids.path) : undefined;
    if (pidsDir !== undefined)
        hosts.push(host('v1', pidsDir));
    return hosts;
}
/**
 * Whether a path read from a run's record can be a stage cgroup this project made: a
 * directory named by us, inside a `plan-orchestrator` cgroup, on a mounted cgroup hierarchy.
 * Anything else (a record an agent rewrote to name another service's cgroup) is never killed.
 */
function isStageCgroupPath(path) {
    if (!(0, node_path_1.isAbsolute)(path) || (0, node_path_1.normalize)(path) !== path)
        return false;
    if ((0, node_path_1.basename)((0, node_path_1.dirname)(path)) !== PARENT_NAME || !/^[A-Za-z0-9._:-]+$/.test((0, node_path_1.basename)(path)))
        return false;
    return readLines('/proc/self/mountinfo').some((line) => {
        const [left, right] = line.split(' - ');
        const fsType = (right ?? '').split(' ')[0];
        const point = (left ?? '').split(' ')[4];
        return ((fsType === 'cgroup' || fsType === 'cgroup2') &&
            point !== undefined &&
            path.startsWith(`${unescapeMount(point)}/`));
    });
}
function host(version, ownDir) {
    return { version, ownDir, parentDir: (0, node_path_1.join)(ownDir, PARENT_NAME) };
}
/** The directory of a cgroup path under a mount of its hierarchy, if it is visible there. */
function dirIn(mount, path) {
    const inside = (0, node_path_1.relative)(mount.root, path);
    if (inside.startsWith('..'))
        return undefined;
    return (0, node_path_1.join)(mount.point, inside);
}
/** Whether a stage cgroup can be made and this process moved into it and back. */
function usable(candidate) {
    let probeDir;
    try {
        (0, node_fs_1.mkdirSync)(candidate.parentDir, { recursive: true });
        probeDir = (0, node_path_1.join)(candidate.parentDir, `probe-${process.pid}-${(0, node_crypto_1.randomBytes)(4).toString('hex')}`);
        (0, node_fs_1.mkdirSync)(probeDir);
        enter(probeDir);
        enter(candidate.ownDir);
        return true;
    }
    catch {
        return false;
    }
    finally {
        if (probeDir !== undefined)
            tryRemove(probeDir);
    }
}
/** Makes a stage cgroup; null when it cannot be made (the caller falls back to the marker). */
function createStageCgroup(cgroup, name) {
    const dir = (0, node_path_1.join)(cgroup.parentDir, `${name.replace(/[^A-Za-z0-9._:-]/g, '_')}.${(0, node_crypto_1.randomBytes)(3).toString('hex')}`);
    try {
        (0, node_fs_1.mkdirSync)(dir);
        return dir;
    }
    catch {
        return null;
    }
}
/**
 * Runs `start` (a synchronous spawn) with this process inside `dir`, so the child is born
 * there; `{ inside: false }` without calling it when this process cannot enter `dir`.
 */
function startInside(cgroup, dir, start) {
    try {
        enter(dir);
    }
    catch {
        return { inside: false };
    }
    try {
        return { inside: true, value: start() };
    }
    finally {
        // If this fails the orchestrator stays in the stage's cgroup; killCgroup refuses to
        // kill a cgroup holding it, so the stage is then stopped through its marker.
        try {
            enter(cgroup.ownDir);
        }
        catch {
            // See above.
        }
    }
}
function enter(dir) {
    (0, node_fs_1.writeFileSync)((0, node_path_1.join)(dir, 'cgroup.procs'), `${process.pid}\n`);
}
/** The processes in a cgroup; empty when it is gone. */
function cgroupMembers(dir) {
    return readLines((0, node_path_1.join)(dir, 'cgroup.procs'))
        .map(Number)
        .filter((pid) => Number.isInteger(pid) && pid > 0);
}
/**
 * SIGKILL to everything in the cgroup at once where the kernel offers it (`cgroup.kill`,
 * Linux 5.14+), so nothing can fork its way out between the kills; else one by one.
 * Never when this process is inside (it would kill the orchestrator).
 */
function killCgroup(dir) {
    const members = cgroupMembers(dir);
    if (members.includes(process.pid))
        return;
    try {
        (0, node_fs_1.writeFileSync)((0, node_path_1.join)(dir, 'cgroup.kill'), '1\n');
        return;
    }
    catch {
        // No cgroup.kill (v1, or an older kernel).
    }
    for (const pid of members) {
        try {
            process.kill(pid, 'SIGKILL');
        }
        catch {
            // Gone already.
        }
    }
}
/** Removes an empty stage cgroup; false while something is still in it. */
function tryRemove(dir) {
    try {
        (0, node_fs_1.rmdirSync)(dir);
        return true;
    }
    catch (error) {
        return error.code === 'ENOENT';
    }
}
function readLines(path) {
    try {
        return (0, node_fs_1.readFileSync)(path, 'utf8')
            .split('\n')
            .filter((line) => line !== '');
    }
    catch {
        return [];
    }
}
/** mountinfo escapes space, tab, newline and backslash as octal. */
function unescapeMount(text) {
    return text.replace(/\\([0-7]{3})/g, (_match, octal) => String.fromCharCode(parseInt(octal, 8)));
}


/***/ }),

/***/ 9322:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.STAGE_ID_ENV = void 0;
exports.stageIdOf = stageIdOf;
exports.isInside = isInside;
exports.findStageProcesses = findStageProcesses;
exports.stopStageProcesses = stopStageProcesses;
exports.openStage = openStage;
exports.stopOpenStages = stopOpenStages;
exports.killOpenStages = killOpenStages;
exports.describeStageProcess = describeStageProcess;
const node_crypto_1 = __webpack_require__(7598);
const node_os_1 = __webpack_require__(8161);
const promises_1 = __webpack_require__(8500);
const stage_records_js_1 = __webpack_require__(521);
const process_table_js_1 = __webpack_require__(3712);
const stage_cgroup_js_1 = __webpack_require__(855);
/**
 * No process outlives its stage. A stage is one agent call or one verification command;
 * everything it starts is found and stopped when it ends, including processes that left
 * its process group (setsid, a double fork). Three nets, each catching what the others may
 * miss (see docs/reliability.md):
 *
 * - a cgroup per stage, where the orchestrator may make one (stage-cgroup.ts): nothing can
 *   leave it;
 * - the marker `PLAN_ORCHESTRATOR_STAGE_ID=<run>/<item>/<attempt>/<stage>` in every child's
 *   environment, which its descendants inherit, found in `/proc/<pid>/environ`;
 * - a working directory inside the attempt's worktree, for a process started since the
 *   stage began, found through `/proc/<pid>/cwd`.
 *
 * Open stages are recorded beside the run state (`stage_processes.json`), so that after a
 * kill -9 of the orchestrator `resume` finds and stops what the old stages left running, and
 * `doctor` names it. Linux only: without `/proc` only the process group is stopped.
 */
exports.STAGE_ID_ENV = 'PLAN_ORCHESTRATOR_STAGE_ID';
function stageIdOf(binding) {
    return `${binding.runId}/${binding.itemId}/${binding.attempt}/${binding.stage}`;
}
function idMatches(id, wanted) {
    return wanted.endsWith('/') ? id.startsWith(wanted) : id === wanted;
}
function isInside(path, root) {
    const base = root.endsWith('/') ? root.slice(0, -1) : root;
    return path === base || path.startsWith(`${base}/`);
}
/** This process and its ancestors: never a stage's, whatever their directory. */
function selfAndAncestors() {
    const lineage = new Set();
    for (let pid = process.pid; pid > 0 && !lineage.has(pid);) {
        lineage.add(pid);
        pid = (0, process_table_js_1.readStat)(pid)?.ppid ?? 0;
    }
    return lineage;
}
/** How a process belongs to the scope, if it does; reads as little of it as it can. */
function belonging(pid, stat, scope, inCgroups) {
    if (inCgroups.has(pid))
        return { foundBy: 'cgroup', cwd: (0, process_table_js_1.readCwd)(pid), stageId: (0, process_table_js_1.readEnvironValue)(pid, exports.STAGE_ID_ENV) };
    const stageId = scope.ids.length === 0 ? null : (0, process_table_js_1.readEnvironValue)(pid, exports.STAGE_ID_ENV);
    if (stageId !== null && scope.ids.some((id) => idMatches(stageId, id)))
        return { foundBy: 'marker', cwd: (0, process_table_js_1.readCwd)(pid), stageId };
    const dirs = scope.workdirs.filter((dir) => stat.startTicks >= dir.sinceTicks);
    if (dirs.length === 0)
        return undefined;
    const cwd = (0, process_table_js_1.readCwd)(pid);
    if (cwd !== null && dirs.some((dir) => isInside(cwd, dir.path)))
        return { foundBy: 'working directory', cwd, stageId };
    return undefined;
}
/** The running processes of a scope (zombies are dead and left out). */
function findStageProcesses(scope) {
    const excluded = selfAndAncestors();
    const inCgroups = new Set(scope.cgroups.flatMap(stage_cgroup_js_1.cgroupMembers));
    const found = [];
    for (const pid of (0, process_table_js_1.listPids)()) {
        if (excluded.has(pid))
            continue;
        const stat = (0, process_table_js_1.readStat)(pid);
        if (stat === null || stat.state === 'Z' || stat.state === 'X')
            continue;
        if (scope.notBeforeTicks !== undefined &&
            stat.startTicks < scope.notBeforeTicks &&
            !inCgroups.has(pid))
            continue;
        const match = belonging(pid, stat, scope, inCgroups);
        if (match === undefined)
            continue;
        found.push({
            pid,
            ppid: stat.ppid,
            state: stat.state,
            startTicks: stat.startTicks,
            ...match,
            command: (0, process_table_js_1.readCommand)(pid)
        });
    }
    return found;
}
const POLL_MS = 50;
/** SIGKILL rounds before giving up on a process that keeps coming back (a fork loop). */
const KILL_ROUNDS = 40;
/** Signals a process only if its pid still names the process that was found. */
function signal(found, name) {
    if ((0, process_table_js_1.readStat)(found.pid)?.startTicks !== found.startTicks)
        return;
    try {
        process.kill(found.pid, name);
    }
    catch {
        // Gone, or not ours to signal (reported as remaining).
    }
}
/** SIGTERM to everything of the scope, SIGKILL after `graceMs` to whatever is left. */
async function stopStageProcesses(scope, graceMs) {
    const seen = new Map();
    const look = () => {
        const found = findStageProcesses(scope);
        for (const info of found)
            if (!seen.has(info.pid))
                seen.set(info.pid, info);
        return found;
    };
    const terminated = new Set();
    const terminate = (found) => {
        for (const info of found) {
            if (terminated.has(info.pid))
                continue;
            terminated.add(info.pid);
            signal(info, 'SIGTERM');
        }
    };
    let running = look();
    if (running.length === 0)
        return { found: [], remaining: [] };
    terminate(running);
    const deadline = performance.now() + graceMs;
    while (running.length > 0 && performance.now() < deadline) {
        await (0, promises_1.setTimeout)(POLL_MS);
        running = look();
        terminate(running);
    }
    for (let round = 0; running.length > 0 && round < KILL_ROUNDS; round += 1) {
        for (const dir of scope.cgroups)
            (0, stage_cgroup_js_1.killCgroup)(dir);
        for (const info of running)
            signal(info, 'SIGKILL');
        await (0, promises_1.setTimeout)(POLL_MS);
        running = look();
    }
    return { found: [...seen.values()], remaining: running };
}
const openStages = new Set();
/**
 * Opens a stage for one child process. Without a binding the stage is anonymous (a random
 * id, nothing recorded) but is stopped all the same when it closes.
 */
async function openStage(binding, env = process.env) {
    const id = binding === undefined
        ? `process/${process.pid}/${(0, node_crypto_1.randomBytes)(6).toString('hex')}`
        : stageIdOf(binding);
    const cgroup = (0, stage_cgroup_js_1.cgroupHost)(env);
    let cgroupDir = cgroup === null ? null : (0, stage_cgroup_js_1.createStageCgroup)(cgroup, id);
    // Until the child's own start time is known: an estimate from the uptime, with a second
    // of slack (the two clocks are rounded differently, and may be offset in a namespace).
    const now = (0, process_table_js_1.currentTicks)();
    let sinceTicks = now === null ? null : now - process_table_js_1.TICKS_PER_SECOND;
    // Every process of the stage starts at or after its first one; set once that one runs.
    let notBeforeTicks = null;
    const record = binding === undefined
        ? undefined
        : {
            stage_id: id,
            run_id: binding.runId,
            item_id: binding.itemId,
            attempt_number: binding.attempt,
            stage: binding.stage,
            worktree_path: binding.worktree,
            started_at_utc: new Date().toISOString(),
            host: (0, node_os_1.hostname)(),
            boot_id: (0, process_table_js_1.bootId)(),
            orchestrator_pid: process.pid,
            mechanism: cgroupDir === null || cgroup === null ? 'marker' : `cgroup_${cgroup.version}`,
            cgroup_path: cgroupDir,
            since_ticks: sinceTicks,
            leader: null
        };
    const replaceRecord = (next) => binding === undefined || record === undefined
        ? Promise.resolve()
        : (0, stage_records_js_1.updateStageRecords)(binding.recordPath, (stages) => [
            ...stages.filter((stage) => stage.stage_id !== id),
            ...(next === undefined ? [] : [next])
        ]);
    let current = record;
    let recording = replaceRecord(record).catch(() => undefined);
    // Before the child starts: a crash from here on leaves the stage on record.
    await recording;
    const scope = () => ({
        ...(notBeforeTicks === null ? {} : { notBeforeTicks }),
        ids: [id],
        workdirs: binding === undefined || sinceTicks === null ? [] : [{ path: binding.worktree, sinceTicks }],
        cgroups: cgroupDir === null ? [] : [cgroupDir]
    });
    const handle = { scope };
    openStages.add(handle);
    return {
        id,
        environment: (childEnv) => ({ ...childEnv, [exports.STAGE_ID_ENV]: id }),
        start(spawnChild) {
            if (cgroup !== null && cgroupDir !== null) {
                const started = (0, stage_cgroup_js_1.startInside)(cgroup, cgroupDir, spawnChild);
                if (started.inside)
                    return started.value;
                (0, stage_cgroup_js_1.tryRemove)(cgroupDir);
                cgroupDir = null;
            }
            return spawnChild();
        },
        started(pid, command) {
            // Readable even if the child already exited: it is not reaped before this returns.
            const startTicks = (0, process_table_js_1.readStat)(pid)?.startTicks ?? null;
            if (startTicks !== null) {
                sinceTicks = startTicks;
                notBeforeTicks = startTicks;
            }
            if (current === undefined)
                return;
            current = {
                ...current,
                since_ticks: sinceTicks,
                mechanism: cgroupDir === null ? 'marker' : current.mechanism,
                cgroup_path: cgroupDir,
                leader: { pid, start_ticks: startTicks, command }
            };
            const next = current;
            recording = recording.then(() => replaceRecord(next).catch(() => undefined));
        },
        async close(graceMs) {
            try {
                const outcome = await stopStageProcesses(scope(), graceMs);
                const cgroupGone = cgroupDir === null || (0, stage_cgroup_js_1.tryRemove)(cgroupDir);
                await recording;
                // Kept on record while anything of the stage could not be stopped.
                if (outcome.remaining.length === 0 && cgroupGone)
                    await replaceRecord(undefined).catch(() => undefined);
                return outcome;
            }
            finally {
                openStages.delete(handle);
            }
        }
    };
}
/**
 * Stops every stage this process has open (a signal handler's last act); the stages stay
 * open for their runners to close.
 */
async function stopOpenStages(graceMs) {
    await Promise.all([...openStages].map((stage) => stopStageProcesses(stage.scope(), graceMs)));
}
/** SIGKILL, at once, to whatever the open stages still run (just before this process exits). */
function killOpenStages() {
    for (const stage of openStages) {
        const scope = stage.scope();
        for (const dir of scope.cgroups)
            (0, stage_cgroup_js_1.killCgroup)(dir);
        for (const info of findStageProcesses(scope))
            signal(info, 'SIGKILL');
    }
}
/** One line per process of a stage: pid, command, how it was found. */
function describeStageProcess(found) {
    return `pid ${found.pid} (${found.command || '?'}; found by ${found.foundBy})`;
}


/***/ }),

/***/ 521:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.STAGE_RECORDS_VERSION = void 0;
exports.readStageRecords = readStageRecords;
exports.updateStageRecords = updateStageRecords;
const promises_1 = __webpack_require__(1455);
const zod_1 = __webpack_require__(924);
const atomic_file_js_1 = __webpack_require__(7014);
/**
 * `stage_processes.json` beside the run state: the stages that are open, so that after a
 * kill -9 of the orchestrator `resume` finds and stops what they left running.
 */
exports.STAGE_RECORDS_VERSION = 'plan_orchestrator.stage_processes.v1';
const StageRecordSchema = zod_1.z.strictObject({
    stage_id: zod_1.z.string().min(1),
    run_id: zod_1.z.string().min(1),
    item_id: zod_1.z.string().min(1),
    attempt_number: zod_1.z.int().min(1),
    stage: zod_1.z.string().min(1),
    worktree_path: zod_1.z.string().min(1),
    started_at_utc: zod_1.z.string(),
    host: zod_1.z.string(),
    boot_id: zod_1.z.string().nullable(),
    orchestrator_pid: zod_1.z.int(),
    /** How the stage's processes are held: its cgroup, or only the marker and directory. */
    mechanism: zod_1.z.enum(['cgroup_v2', 'cgroup_v1', 'marker']),
    cgroup_path: zod_1.z.string().nullable(),
    /** Processes started at or after this many clock ticks since boot belong to the stage. */
    since_ticks: zod_1.z.int().nullable(),
    leader: zod_1.z
        .strictObject({ pid: zod_1.z.int(), start_ticks: zod_1.z.int().nullable(), command: zod_1.z.string() })
        .nullable()
});
const StageRecordsSchema = zod_1.z.strictObject({
    schema_version: zod_1.z.literal(exports.STAGE_RECORDS_VERSION),
    stages: zod_1.z.array(StageRecordSchema)
});
/** The open stages a record file lists; a missing or unreadable file lists none. */
async function readStageRecords(path) {
    try {
        const parsed = StageRecordsSchema.safeParse(JSON.parse(await (0, promises_1.readFile)(path, 'utf8')));
        return parsed.success ? parsed.data.stages : [];
    }
    catch {
        return [];
    }
}
/** One writer per record file in this process; the run lock keeps other processes out. */
const recordQueues = new Map();
function updateStageRecords(path, change) {
    const previous = recordQueues.get(path) ?? Promise.resolve();
    const next = previous.then(async () => {
        const stages = change(await readStageRecords(path));
        if (stages.length === 0)
            await (0, promises_1.rm)(path, { force: true });
        else
            await (0, atomic_file_js_1.writeFileAtomically)(path, `${JSON.stringify({ schema_version: exports.STAGE_RECORDS_VERSION, stages }, null, 2)}\n`);
    });
    // A failed record write must not stop later ones; the caller sees its own failure.
    const settled = next.catch(() => undefined);
    recordQueues.set(path, settled);
    void settled.then(() => {
        if (recordQueues.get(path) === settled)
            recordQueues.delete(path);
    });
    return next;
}


/***/ }),

/***/ 3823:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.newRunAgents = newRunAgents;
exports.continuedRunAgents = continuedRunAgents;
exports.agentExecutables = agentExecutables;
exports.describeAgents = describeAgents;
exports.sameAgents = sameAgents;
exports.agentsChangedMessage = agentsChangedMessage;
const SCENARIO_NEEDS_SCRIPTED = '--scenario is played by the scripted agent: give it with --agents scripted';
/** A new run: the flags, codex-claude when none are given. */
function newRunAgents(flags) {
    const set = flags.set ?? (flags.scenarioPath === undefined ? 'codex-claude' : undefined);
    if (set === undefined || (set === 'codex-claude' && flags.scenarioPath !== undefined))
        return { ok: false, problem: SCENARIO_NEEDS_SCRIPTED };
    if (set === 'codex-claude')
        return { ok: true, plan: { set } };
    if (flags.scenarioPath === undefined)
        return { ok: false, problem: '--agents scripted needs --scenario <file>' };
    return { ok: true, plan: { set, scenario: { from: 'file', path: flags.scenarioPath } } };
}
/**
 * A run that goes on (resume, supervise resume, doctor): each flag given overrides the
 * record; what is not given comes from it. A run saved before runs recorded their agents
 * (record null) worked with codex-claude, the only default there was.
 */
function continuedRunAgents(flags, recorded, runId) {
    const recordedSet = recorded?.set ?? 'codex-claude';
    const set = flags.set ?? recordedSet;
    if (set === 'codex-claude') {
        if (flags.scenarioPath === undefined)
            return { ok: true, plan: { set } };
        return {
            ok: false,
            problem: flags.set === undefined
                ? `run ${runId} works with codex-claude, and --scenario is played by the scripted agent: add --agents scripted to switch the run to the scenario`
                : SCENARIO_NEEDS_SCRIPTED
        };
    }
    if (flags.scenarioPath !== undefined)
        return { ok: true, plan: { set, scenario: { from: 'file', path: flags.scenarioPath } } };
    const scenario = recorded?.scenario ?? null;
    if (scenario === null)
        return {
            ok: false,
            problem: `--agents scripted needs --scenario <file>: run ${runId} works with codex-claude and has no scenario of its own`
        };
    return { ok: true, plan: { set, scenario: { from: 'run', ...scenario } } };
}
/** The executables the agents need on PATH besides the shell (git always). */
function agentExecutables(set) {
    return set === 'codex-claude' ? ['git', 'codex', 'claude'] : ['git'];
}
/** `codex-claude`, or `scripted (scenario examples/demo/scenario.json)`. */
function describeAgents(agents) {
    if (agents === null)
        return 'codex-claude (not recorded: a run from an earlier version)';
    return agents.scenario === null
        ? agents.set
        : `${agents.set} (scenario ${agents.scenario.source_path}, sha256 ${agents.scenario.sha256.slice(0, 12)})`;
}
function sameAgents(a, b) {
    if (a === null || b === null)
        return a === b;
    return (a.set === b.set &&
        a.scenario?.sha256 === b.scenario?.sha256 &&
        a.scenario?.source_path === b.scenario?.source_path);
}
/** The event a resume records when it was told to continue with other agents. */
function agentsChangedMessage(before, after) {
    return `the run's agents are now ${describeAgents(after)}, as this command was told; they were ${describeAgents(before)}`;
}


/***/ })

};

//# sourceMappingURL=99.index.js.map