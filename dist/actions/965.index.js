export const id = 965;
export const ids = [965];
export const modules = {

/***/ 31241:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mo: () => (/* binding */ parseScenario)
/* harmony export */ });
/* unused harmony exports REPORT_FAULTS, PROCESS_FAULTS, CODEX_USAGE_FIELDS, CLAUDE_USAGE_FIELDS, ScenarioUsageSchema, ScenarioStepSchema, ScenarioScriptSchema, ScenarioSchema, loadScenarioFile, selectScript, roundOf, substitutePlaceholders */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88532);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83916);
/* harmony import */ var _core_run_lifecycle_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95413);





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
    const normal = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(path);
    return path !== '' && !node_path__WEBPACK_IMPORTED_MODULE_1__.posix.isAbsolute(path) && normal !== '..' && !normal.startsWith('../');
}
const FileWrites = zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().nullable()).superRefine((writes, ctx) => {
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
const REPORT_FAULTS = ['invalid_json', 'no_report'];
/** Faults about the process, acted out by a real child process. */
const PROCESS_FAULTS = [
    'hang',
    'hang_ignoring_sigterm',
    'spawn_grandchild',
    'spawn_setsid_grandchild',
    'spawn_hidden_daemon'
];
const tokenCount = zod__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr().min(0).optional();
/** Usage fields each CLI reports, by lane family (see the comment at the top). */
const CODEX_USAGE_FIELDS = [
    'input_tokens',
    'cached_input_tokens',
    'cache_write_input_tokens',
    'output_tokens',
    'reasoning_output_tokens'
];
const CLAUDE_USAGE_FIELDS = [
    'input_tokens',
    'cache_read_input_tokens',
    'cache_creation_input_tokens',
    'output_tokens',
    'total_cost_usd',
    'num_turns'
];
const ScenarioUsageSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    input_tokens: tokenCount,
    cached_input_tokens: tokenCount,
    cache_write_input_tokens: tokenCount,
    output_tokens: tokenCount,
    reasoning_output_tokens: tokenCount,
    cache_read_input_tokens: tokenCount,
    cache_creation_input_tokens: tokenCount,
    total_cost_usd: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().min(0).optional(),
    num_turns: zod__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr().min(0).optional(),
    model: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1).optional(),
    effort: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1).optional()
});
const STEP_SHAPES = {
    write: zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({ write: FileWrites }),
    write_bytes: zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
        write_bytes: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().refine(isInsideWorktree, 'must be a relative path inside the worktree'), zod__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr().min(0))
    }),
    /** Symlinks: path \u2192 link text. Targets are not checked: tests need bad ones. Scripted only. */
    symlink: zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
        symlink: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().refine(isInsideWorktree, 'must be a relative path inside the worktree'), zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1))
    }),
    /** The agent commits everything itself, which the orchestrator must refuse. Scripted only. */
    commit: zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({ commit: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1) }),
    /** A shell command run as the agent's own child process. Scripted and the fake CLIs. */
    run: zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({ run: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1) }),
    report: zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({ report: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5J()) }),
    report_fields: zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({ report_fields: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5J()) }),
    raw_report: zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({ raw_report: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP() }),
    fault: zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({ fault: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n([...REPORT_FAULTS, ...PROCESS_FAULTS]) }),
    sleep_ms: zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({ sleep_ms: zod__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr().min(0) }),
    stdout_bytes: zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({ stdout_bytes: zod__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr().min(0) }),
    exit_code: zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({ exit_code: zod__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr().min(1).max(255), stderr: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional() }),
    /** What the CLI reports the call used (see above). */
    usage: zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({ usage: ScenarioUsageSchema }),
    agent_error: zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
        agent_error: zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
            message: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1),
            /** claude's envelope subtype, e.g. `error_max_turns`; default `success` (as "Not logged in"). */
            subtype: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().optional()
        })
    })
};
const STEP_KINDS = Object.keys(STEP_SHAPES);
/**
 * A step is picked by its key before it is checked, so an error names what is wrong with
 * that step instead of listing every shape a step could have.
 */
const ScenarioStepSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .unknown */ .L5J().transform((value, ctx) => {
    const kind = typeof value === 'object' && value !== null ? STEP_KINDS.find((key) => key in value) : undefined;
    if (kind === undefined) {
        ctx.addIssue({ code: 'custom', message: `a step needs one of: ${STEP_KINDS.join(', ')}` });
        return zod__WEBPACK_IMPORTED_MODULE_4__/* .NEVER */ .tm;
    }
    const parsed = STEP_SHAPES[kind].safeParse(value);
    if (!parsed.success) {
        for (const issue of parsed.error.issues) {
            ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
        }
        return zod__WEBPACK_IMPORTED_MODULE_4__/* .NEVER */ .tm;
    }
    return parsed.data;
});
const ScenarioScriptSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    lane: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(_core_run_lifecycle_js__WEBPACK_IMPORTED_MODULE_2__/* .LANES */ .Ci),
    item_id: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1).optional(),
    attempt: zod__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Whr().min(1).optional(),
    cycle: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP().min(1).optional(),
    /** Fake claude only: `auto` mirrors the CLI dropping structured output for a 2020-12 schema. */
    structured_output: zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['auto', 'present', 'omit']).optional(),
    steps: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(ScenarioStepSchema)
})
    .superRefine((script, ctx) => {
    // A lane's usage speaks its CLI's language: codex reports no cost, claude no reasoning.
    const allowed = [
        ...(script.lane === 'audit_claude' ? CLAUDE_USAGE_FIELDS : CODEX_USAGE_FIELDS),
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
const ScenarioSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .strictObject */ .rej({
    version: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(1),
    scripts: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(ScenarioScriptSchema)
});
function parseScenario(value, source = 'scenario') {
    const parsed = ScenarioSchema.safeParse(value);
    if (!parsed.success) {
        // One line, like every other refusal: each problem with where it is in the file.
        const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(top level)'}: ${issue.message}`);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserInputError */ .m2(`${source}: invalid scenario: ${problems.join('; ')}`);
    }
    return parsed.data;
}
function loadScenarioFile(path) {
    let text;
    try {
        text = readFileSync(path, 'utf8');
    }
    catch (error) {
        throw new UserInputError(`${path}: cannot read the scenario: ${describeError(error)}`);
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new UserInputError(`${path}: scenario is not valid JSON: ${describeError(error)}`);
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

/***/ 90838:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ copyEvidence),
/* harmony export */   i: () => (/* binding */ inspectEvidence)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);





/** Checks a package without changing anything; refuses with one line naming what is wrong. */
async function inspectEvidence(root, rules) {
    const top = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(root).catch((error) => {
        if (error.code === 'ENOENT')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserInputError */ .m2(`${rules.label}: does not exist`);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserInputError */ .m2(`${rules.label}: cannot read it: ${error.message}`);
    });
    if (top.isSymbolicLink())
        throw linkRefusal(rules, root);
    if (!top.isDirectory())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserInputError */ .m2(`${rules.label}: not a directory`);
    const directories = [];
    const files = [];
    let totalBytes = 0;
    const walk = async (relative) => {
        const dir = relative === '' ? root : (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, relative);
        const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(dir).catch((error) => {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserInputError */ .m2(`${rules.label}: cannot read ${dir}: ${error.message}`);
        });
        for (const name of names.sort()) {
            const path = relative === '' ? name : `${relative}/${name}`;
            const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, path);
            const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(absolute);
            if (info.isSymbolicLink())
                throw linkRefusal(rules, absolute);
            if (info.isDirectory()) {
                directories.push(path);
                await walk(path);
            }
            else if (info.isFile()) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.access)(absolute, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.R_OK).catch((error) => {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserInputError */ .m2(`${rules.label}: cannot read ${absolute}: ${error.message}`);
                });
                files.push({ path, size: info.size });
                totalBytes += info.size;
            }
            else {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserInputError */ .m2(`${rules.label}: ${absolute} is not a regular file or directory; evidence is files in directories`);
            }
        }
    };
    await walk('');
    if (rules.maxBytes !== undefined && totalBytes > rules.maxBytes)
        throw sizeRefusal(rules, totalBytes);
    return { directories, files, totalBytes };
}
/**
 * Copies a package into `destination` (which must not exist yet), regular files and
 * directories only, hashing each file as it is copied. Anything that fails the rules of
 * `inspectEvidence` on the way, or changed since, removes the partial copy and is refused.
 */
async function copyEvidence(root, destination, rules) {
    const inventory = await inspectEvidence(root, rules);
    const realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(root);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(destination);
    try {
        for (const dir of inventory.directories)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(destination, dir));
        const files = [];
        let totalBytes = 0;
        for (const file of inventory.files) {
            const copied = await copyRegularFile((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(realRoot, file.path), (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(destination, file.path), rules, totalBytes);
            totalBytes += copied.bytes;
            files.push({ path: file.path, sha256: copied.sha256 });
        }
        files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
        return { files, totalBytes };
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(destination, { recursive: true, force: true });
        throw error;
    }
}
/** One file, opened without following a link and checked to be the file the walk found. */
async function copyRegularFile(source, target, rules, bytesSoFar) {
    const input = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(source, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NONBLOCK).catch((error) => {
        if (error.code === 'ELOOP')
            throw linkRefusal(rules, source);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserInputError */ .m2(`${rules.label}: cannot read ${source}: ${error.message}`);
    });
    try {
        if (!(await input.stat()).isFile())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserInputError */ .m2(`${rules.label}: ${source} is not a regular file or directory; evidence is files in directories`);
        // A directory on the way swapped for a link since the walk: the open file is elsewhere.
        const opened = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readlink)(`/proc/self/fd/${input.fd}`).catch(() => source);
        if (opened !== source)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserInputError */ .m2(`${rules.label}: ${source} changed while it was being copied`);
        const output = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(target, 'wx', 0o644);
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        let bytes = 0;
        try {
            const buffer = Buffer.alloc(1 << 16);
            for (;;) {
                const { bytesRead } = await input.read(buffer, 0, buffer.length, null);
                if (bytesRead === 0)
                    break;
                bytes += bytesRead;
                if (rules.maxBytes !== undefined && bytesSoFar + bytes > rules.maxBytes)
                    throw sizeRefusal(rules, bytesSoFar + bytes, 'at least ');
                const chunk = buffer.subarray(0, bytesRead);
                hash.update(chunk);
                await output.write(chunk);
            }
        }
        finally {
            await output.close();
        }
        return { sha256: hash.digest('hex'), bytes };
    }
    finally {
        await input.close();
    }
}
function linkRefusal(rules, path) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserInputError */ .m2(`${rules.label}: ${path} is a symbolic link; evidence must be regular files and directories (copy the file itself, not a link to it)`);
}
function sizeRefusal(rules, bytes, qualifier = '') {
    const source = rules.limitSource === undefined ? '' : ` (${rules.limitSource})`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserInputError */ .m2(`${rules.label} holds ${qualifier}${byteCount(bytes)}, over the limit of ${byteCount(rules.maxBytes ?? 0)}${source}`);
}
function byteCount(bytes) {
    const mib = 1024 * 1024;
    return bytes < mib ? `${bytes} bytes` : `${bytes} bytes = ${(bytes / mib).toFixed(1)} MiB`;
}


/***/ }),

/***/ 35370:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   By: () => (/* binding */ lockExclusively),
/* harmony export */   LP: () => (/* binding */ LOCK_STALE_MS),
/* harmony export */   d8: () => (/* binding */ isLockHeld)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var proper_lockfile__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83648);
/* harmony import */ var proper_lockfile__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(proper_lockfile__WEBPACK_IMPORTED_MODULE_2__);



/**
 * An exclusive lock that a holder known to be gone loses at once. The lock is an atomic
 * directory (proper-lockfile) whose mtime the holder keeps fresh; its owner record says who
 * holds it. Checking the record, removing a dead holder's lock and claiming it happen under a
 * short second lock, so two processes taking over the same dead holder cannot both win.
 */
/** How long a dead holder's lock blocks others; tests shorten it (proper-lockfile's floor is 2 s). */
const LOCK_STALE_MS = Math.max(2000, Number(process.env.PLAN_ORCHESTRATOR_LOCK_STALE_MS) || 10_000);
/** The release function, or undefined when a live holder has the lock. */
async function lockExclusively(spec) {
    let takeover;
    try {
        // Its own target: proper-lockfile keeps one lock per target path in a process.
        takeover = await proper_lockfile__WEBPACK_IMPORTED_MODULE_2___default().lock(`${spec.lockPath}.takeover`, {
            realpath: false,
            stale: LOCK_STALE_MS,
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
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(spec.lockPath, { recursive: true, force: true });
            await spec.clearHolder();
        }
        let release;
        try {
            release = await proper_lockfile__WEBPACK_IMPORTED_MODULE_2___default().lock(spec.target, {
                lockfilePath: spec.lockPath,
                realpath: false,
                stale: LOCK_STALE_MS,
                update: LOCK_STALE_MS / 4,
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
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(lockPath))
        return false;
    return proper_lockfile__WEBPACK_IMPORTED_MODULE_2___default().check(target, { lockfilePath: lockPath, realpath: false, stale: LOCK_STALE_MS })
        .catch(() => false);
}


/***/ }),

/***/ 44112:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* binding */ createGitPort)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/adapters/git/git-runner.ts
var git_runner = __webpack_require__(63338);
// EXTERNAL MODULE: ./src/adapters/git/z-output.ts
var z_output = __webpack_require__(68971);
;// CONCATENATED MODULE: ./src/adapters/git/agent-config.ts
/**
 * Agent configuration in a worktree that is not part of its commit: instruction files
 * (AGENTS.md, CLAUDE.md and their local/override variants), `.mcp.json`, and anything under
 * `.claude/`, `.codex/` or `.agents/`. A verification command or an agent that writes one of
 * them between stages would otherwise steer the next agent call in that worktree.
 */




const AGENT_INSTRUCTION_FILES = [
    'AGENTS.md',
    'AGENTS.override.md',
    'CLAUDE.md',
    'CLAUDE.local.md',
    '.mcp.json'
];
const AGENT_CONFIG_DIRS = ['.claude', '.codex', '.agents'];
/**
 * Worktree-relative paths of agent configuration that differs from the worktree's HEAD:
 * new (untracked, or ignored by a .gitignore rule) or modified. At the top of the worktree,
 * where the CLIs look, ignored files count too; below it only files git would show (a
 * dependency directory full of packages' own AGENTS.md files is not a planted config).
 * Deleted files do not count: removing instructions steers nothing. `readClean`: the
 * caller's own `git status` of the worktree (untracked files listed, no pathspec), with
 * nothing run in it since, showed no change, so the reading below the top would find
 * nothing and is not taken.
 */
async function unreviewedAgentConfig(worktree, known = {}) {
    const top = [...AGENT_INSTRUCTION_FILES, ...AGENT_CONFIG_DIRS].map((name) => `:(top,literal)${name}`);
    const nested = AGENT_INSTRUCTION_FILES.map((name) => `:(top,glob)**/${name}`);
    const status = ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames'];
    // The top-level reading reports only what exists there (deletions do not count): when none
    // of the names does, the nested reading, which covers the top too, is the whole answer.
    const names = [...AGENT_INSTRUCTION_FILES, ...AGENT_CONFIG_DIRS];
    const atTopExists = names.some((name) => exists((0,external_node_path_.join)(worktree, name)));
    const readings = await Promise.all([
        atTopExists
            ? (0,git_runner/* runGit */.EO)(worktree, [...status, '--ignored=traditional', '--', ...top])
            : Promise.resolve(''),
        known.readClean === true ? Promise.resolve('') : (0,git_runner/* runGit */.EO)(worktree, [...status, '--', ...nested])
    ]);
    const paths = new Set();
    for (const record of readings.flatMap(z_output/* parseNulList */.XM)) {
        const code = record.slice(0, 2);
        if (code.includes('D'))
            continue;
        paths.add(record.slice(3));
    }
    return [...paths].sort();
}
/** Most names asked about are absent: lstat is asked not to throw for them. */
function exists(path) {
    try {
        return (0,external_node_fs_.lstatSync)(path, { throwIfNoEntry: false }) !== undefined;
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./src/adapters/git/history.ts
var git_history = __webpack_require__(99355);
// EXTERNAL MODULE: ./src/adapters/git/index.ts + 3 modules
var git = __webpack_require__(9778);
;// CONCATENATED MODULE: ./src/adapters/git-port.ts



/**
 * The kernel's view of git, over the git adapter. It also remembers, per worktree, the
 * snapshot of git metadata taken when the worktree was made, so every checkpoint can
 * tell whether an agent wrote into `.git`, and the last reading that found a worktree
 * clean at its checkpoint, which a later check takes again while its stamp holds
 * (docs/decisions.md#git-status-between-stages).
 */
function createGitPort() {
    const baselines = new Map();
    // The kernel works in one worktree at a time: only the latest clean reading is kept.
    let lastClean;
    const cleanReadingOf = (worktree) => lastClean?.worktree === worktree ? lastClean.reading : undefined;
    const checkClean = async (worktree, sha) => {
        const reading = await (0,git/* postCheckpointReading */.vk)(worktree, sha, baselines.get(worktree), cleanReadingOf(worktree));
        lastClean = reading.clean === undefined ? undefined : { worktree, reading: reading.clean };
        return reading.violations;
    };
    return {
        repoRoot: git/* repoRoot */.jv,
        isIgnored: git/* isPathIgnored */.kB,
        headSha: git/* headSha */.xF,
        async cleanTrackedCheckout(root) {
            const report = await (0,git/* isCleanTracked */.e0)(root);
            return { clean: report.clean, dirty: report.dirtyPaths };
        },
        identity: git/* identity */.D_,
        async ensureBranch(root, name, sha) {
            await (0,git/* createRunBranch */.Sd)(root, name, sha);
        },
        branchSha: git/* branchSha */.xi,
        async commitsSince(cwd, base, tip) {
            return (await (0,git_history/* commitsSince */.n)(cwd, base, tip)).map((commit) => commit.sha);
        },
        async addWorktree(root, path, branch, baseBranch) {
            const worktree = await (0,git/* addAttemptWorktree */.Sg)({ repoRoot: root, path, branch, baseBranch });
            baselines.set(path, worktree.gitMetadata);
            return worktree.headSha;
        },
        async checkpoint(input) {
            const baseline = baselines.get(input.worktree);
            const result = await (0,git/* checkpoint */.Fn)({
                worktree: input.worktree,
                itemId: input.itemId,
                stage: input.stage,
                allowedRoots: input.allowedRoots,
                expectedHead: input.expectedHead,
                maxFileBytes: input.maxFileBytes,
                ...(baseline === undefined ? {} : { gitMetadata: baseline })
            });
            if (result.status === 'refused')
                return { ok: false, violations: result.violations };
            const after = await checkClean(input.worktree, result.headSha);
            if (after.length > 0)
                return { ok: false, violations: after };
            return {
                ok: true,
                sha: result.headSha,
                committed: result.status === 'committed',
                changes: []
            };
        },
        authorityViolations: checkClean,
        committedChanges: git/* readCommittedChangesAndPatch */.dD,
        diff: git/* readPatch */.Hx,
        unreviewedAgentConfig(worktree, known) {
            const reading = cleanReadingOf(worktree);
            const readClean = known?.readClean === true || (reading !== undefined && (0,git/* cleanReadingHolds */.K6)(worktree, reading));
            return unreviewedAgentConfig(worktree, { readClean });
        },
        async fastForward(root, branch, target, expectedOld) {
            const moved = await (0,git/* fastForwardListing */.kd)({
                repoRoot: root,
                branch,
                targetSha: target,
                expectedOldSha: expectedOld
            });
            return moved.commits?.map((commit) => commit.sha);
        }
    };
}


/***/ }),

/***/ 49833:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gx: () => (/* binding */ snapshotGitMetadata),
/* harmony export */   Td: () => (/* binding */ locateGitDirs),
/* harmony export */   oi: () => (/* binding */ gitMetadataViolations)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_scope_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(23203);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88668);
/**
 * Guards the git metadata an agent can reach from its worktree. `git status` never reports
 * writes there, yet they matter: a linked worktree's `.git` is a one-line file naming its
 * git directory (rewrite it and our git commands act on another repository), and hooks and
 * config live in the repository's shared git directory (a planted hook or an fsmonitor/filter
 * entry is a program git would run). The snapshot is plain JSON so the kernel can keep it in
 * run state and compare after a resume.
 *
 * Everything here reads files directly and runs no git: when the metadata has been tampered
 * with, running git (which would read that config) is exactly what must not happen first.
 */





const COMMON_WATCHED = ['config', 'hooks', 'info/attributes', 'info/exclude', 'info/grafts'];
const WORKTREE_WATCHED = ['config.worktree', 'commondir', 'gitdir', 'info/sparse-checkout'];
function sha256(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
function readTrimmed(path) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, 'utf8').replace(/\r?\n$/, '');
}
/** Hashes a file, a symlink (its text) or a directory tree (recursively) into `files`. */
function hashEntry(files, label, path) {
    let stats;
    try {
        stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(path, { throwIfNoEntry: false });
    }
    catch {
        return;
    }
    if (stats === undefined)
        return;
    if (stats.isSymbolicLink())
        files[label] = sha256(`symlink:${(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readlinkSync)(path)}`);
    else if (stats.isDirectory()) {
        for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(path).sort())
            hashEntry(files, `${label}/${name}`, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(path, name));
    }
    else
        files[label] = sha256((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path));
}
function locateGitDirs(worktree) {
    const dotGit = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(worktree, '.git');
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(dotGit).isDirectory())
        return { gitFile: null, gitDir: dotGit, commonDir: dotGit };
    const gitFile = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(dotGit, 'utf8');
    const match = /^gitdir: (.+)$/.exec(gitFile.replace(/\r?\n$/, ''));
    if (match?.[1] === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .GitAdapterError */ ._('not_a_repository', `${dotGit} does not name a git directory`);
    const gitDir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(worktree, match[1]);
    const commonFile = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(gitDir, 'commondir');
    const commonDir = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(commonFile) ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(gitDir, readTrimmed(commonFile)) : gitDir;
    return { gitFile, gitDir, commonDir };
}
/** Records the metadata of a worktree; take it right after creating the worktree. */
function snapshotGitMetadata(worktree) {
    const root = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(worktree);
    const { gitFile, gitDir, commonDir } = locateGitDirs(root);
    const files = {};
    for (const path of COMMON_WATCHED)
        hashEntry(files, `common:${path}`, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(commonDir, path));
    if (gitDir !== commonDir)
        for (const path of WORKTREE_WATCHED)
            hashEntry(files, `worktree:${path}`, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(gitDir, path));
    return {
        worktree: root,
        gitFile,
        gitDir,
        commonDir,
        head: readTrimmed((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(gitDir, 'HEAD')),
        files
    };
}
/**
 * Checks that need no baseline: `.git` must still be a real file or directory, and a linked
 * worktree's pointer must lead to a git directory that points back at this worktree.
 */
function pointerViolations(worktree) {
    const dotGit = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(worktree, '.git');
    let stats;
    try {
        stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(dotGit);
    }
    catch {
        return [`${(0,_core_scope_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .Gt)(dotGit)} is missing`];
    }
    if (stats.isDirectory())
        return [];
    if (!stats.isFile())
        return [`${(0,_core_scope_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .Gt)(dotGit)} is no longer a regular file`];
    try {
        const { gitDir } = locateGitDirs(worktree);
        const back = readTrimmed((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(gitDir, 'gitdir'));
        const backTarget = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(back) ? back : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(gitDir, back);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(backTarget)) === (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(worktree))
            return [];
    }
    catch {
        // fall through: an unreadable or dangling pointer is a violation like a wrong one
    }
    return [`${(0,_core_scope_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .Gt)(dotGit)} no longer points at this worktree's git directory`];
}
/** Violations of the worktree's git metadata, compared with `baseline` when one is given. */
function gitMetadataViolations(worktree, baseline) {
    const root = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(worktree);
    const violations = pointerViolations(root);
    if (baseline === undefined || violations.length > 0)
        return violations;
    const current = snapshotGitMetadata(root);
    if (current.gitFile !== baseline.gitFile || current.gitDir !== baseline.gitDir)
        return [`${(0,_core_scope_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .Gt)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, '.git'))} was rewritten`];
    if (current.head !== baseline.head)
        violations.push(`HEAD was switched from "${baseline.head}" to "${current.head}"`);
    const labels = new Set([...Object.keys(baseline.files), ...Object.keys(current.files)]);
    const changed = [...labels].filter((label) => baseline.files[label] !== current.files[label]);
    if (changed.length > 0)
        violations.push(`git metadata changed outside the worktree: ${changed.sort().join(', ')}`);
    return violations;
}


/***/ }),

/***/ 99355:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ commitsSince)
/* harmony export */ });
/* unused harmony export isAncestor */
/* harmony import */ var _git_runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63338);
/**
 * The commits of a branch since a base, for provenance: written for a passed item (the
 * commits of its change) and walked by `verify` (every commit of the run branch).
 */

/** Every commit reachable from `tip` but not from `base`, oldest first, with its parents. */
async function commitsSince(cwd, base, tip) {
    const output = await (0,_git_runner_js__WEBPACK_IMPORTED_MODULE_0__/* .runGit */ .EO)(cwd, [
        'rev-list',
        '--reverse',
        '--topo-order',
        '--parents',
        '--end-of-options',
        tip,
        `^${base}`
    ]);
    return output
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => {
        const [sha = '', ...parents] = line.trim().split(' ');
        return { sha, parents };
    });
}
/** Whether `ancestor` is `descendant` or one of its ancestors. */
async function isAncestor(cwd, ancestor, descendant) {
    const { exitCode } = await runGitForExitCode(cwd, [
        'merge-base',
        '--is-ancestor',
        ancestor,
        descendant
    ]);
    return exitCode === 0;
}


/***/ }),

/***/ 9778:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Sg: () => (/* reexport */ worktree_addAttemptWorktree),
  xi: () => (/* reexport */ repository/* branchSha */.xi),
  Fn: () => (/* reexport */ checkpoint_checkpoint),
  K6: () => (/* reexport */ cleanReadingHolds),
  Sd: () => (/* reexport */ repository/* createRunBranch */.Sd),
  kd: () => (/* reexport */ repository/* fastForwardListing */.kd),
  xF: () => (/* reexport */ repository/* headSha */.xF),
  D_: () => (/* reexport */ repository/* identity */.D_),
  e0: () => (/* reexport */ repository/* isCleanTracked */.e0),
  kB: () => (/* reexport */ repository/* isPathIgnored */.kB),
  vk: () => (/* reexport */ postCheckpointReading),
  dD: () => (/* reexport */ readCommittedChangesAndPatch),
  Hx: () => (/* reexport */ changes_readPatch),
  jv: () => (/* reexport */ repository/* repoRoot */.jv),
  Fl: () => (/* reexport */ repository/* tryResolveCommit */.Fl)
});

// UNUSED EXPORTS: GitAdapter, GitAdapterError, assertBranchName, branchTips, checkCommittedScope, checkpointMessage, createRefreshBranch, detectAgentCommits, fastForward, gitMetadataViolations, hardenedGitEnv, isAncestor, listChanges, listCommittedChanges, listHiddenIndexEntries, listStagedChanges, listTrackedPaths, listUncommittedChanges, locateGitDirs, oneLine, postCheckpointViolations, readWorktreeStatus, resolveCommit, snapshotGitMetadata

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/scope.ts
var core_scope = __webpack_require__(23203);
// EXTERNAL MODULE: ./src/adapters/integrity/hidden-index-entries.ts
var hidden_index_entries = __webpack_require__(43946);
// EXTERNAL MODULE: ./src/adapters/git/git-metadata.ts
var git_metadata = __webpack_require__(49833);
// EXTERNAL MODULE: ./src/adapters/git/git-runner.ts
var git_runner = __webpack_require__(63338);
// EXTERNAL MODULE: ./src/adapters/git/repository.ts
var repository = __webpack_require__(3739);
// EXTERNAL MODULE: ./src/adapters/git/z-output.ts
var z_output = __webpack_require__(68971);
;// CONCATENATED MODULE: ./src/adapters/git/changes.ts
/**
 * What an attempt changed, read from git with NUL-separated output and rename detection off
 * (a rename is a deletion plus an addition, and both sides must be judged):
 * committed changes come from `diff-tree` (plumbing, so no user diff configuration applies,
 * and its raw format carries modes and blob ids for symlink targets), uncommitted and
 * untracked ones from `status --porcelain=v2 -z --untracked-files=all --no-renames`.
 */








const RAW_DIFF_FLAGS = ['-r', '-z', '--raw', '--no-renames', '--no-abbrev'];
/** A new repository (untracked or added gitlink) is reported as a write to its `.git`. */
function nestedRepositoryChange(change) {
    const addsGitlink = change.newMode === z_output/* GITLINK_MODE */.B1 && (change.kind === 'added' || change.kind === 'type_changed');
    if (change.nestedRepository !== true && !addsGitlink)
        return undefined;
    return { path: `${change.path}/.git`, kind: 'added' };
}
async function fromDiff(cwd, raw) {
    const changes = [];
    for (const change of raw) {
        const nested = nestedRepositoryChange(change);
        if (nested !== undefined)
            changes.push(nested);
        else if (change.kind !== 'deleted' && change.newMode === z_output/* SYMLINK_MODE */.GN && change.newObject) {
            const symlinkTarget = await (0,git_runner/* runGit */.EO)(cwd, ['cat-file', 'blob', change.newObject]);
            changes.push({ path: change.path, kind: change.kind, isSymlink: true, symlinkTarget });
        }
        else
            changes.push({ path: change.path, kind: change.kind });
    }
    return changes;
}
/** Status entries describe the worktree as it is now, so symlinks are read from disk. */
function fromStatus(worktree, raw) {
    return raw.map((change) => {
        const nested = nestedRepositoryChange(change);
        if (nested !== undefined)
            return nested;
        if (change.kind === 'deleted')
            return { path: change.path, kind: change.kind };
        const onDisk = (0,external_node_path_.join)(worktree, change.path);
        try {
            if ((0,external_node_fs_.lstatSync)(onDisk).isSymbolicLink())
                return {
                    path: change.path,
                    kind: change.kind,
                    isSymlink: true,
                    symlinkTarget: (0,external_node_fs_.readlinkSync)(onDisk)
                };
        }
        catch {
            // Gone between status and lstat: the next status will report the deletion.
        }
        return { path: change.path, kind: change.kind };
    });
}
/** Changes committed between two commits, renames split, symlink targets from git. */
async function changes_listCommittedChanges(worktree, fromRef, toRef = 'HEAD') {
    const output = await (0,git_runner/* runGit */.EO)(worktree, ['diff-tree', ...RAW_DIFF_FLAGS, fromRef, toRef, '--']);
    return fromDiff(worktree, (0,z_output/* parseRawDiff */.LP)(output));
}
/** What the index holds relative to HEAD: exactly what the next commit would record. */
async function listStagedChanges(worktree) {
    const output = await (0,git_runner/* runGit */.EO)(worktree, ['diff-index', '--cached', ...RAW_DIFF_FLAGS, 'HEAD', '--']);
    return fromDiff(worktree, (0,z_output/* parseRawDiff */.LP)(output));
}
const UNCOMMITTED_STATUS = [
    'status',
    '--porcelain=v2',
    '-z',
    '--untracked-files=all',
    '--no-renames',
    '--ignore-submodules=none'
];
/** Staged, unstaged and untracked (not ignored) changes in the worktree. */
async function listUncommittedChanges(worktree) {
    return fromStatus(worktree, (0,z_output/* parseStatusV2 */.S5)(await (0,git_runner/* runGit */.EO)(worktree, UNCOMMITTED_STATUS)));
}
/**
 * HEAD and the uncommitted changes from one `git status --branch`: a check that needs both
 * costs one process. Callers compare `head` with a commit they know and take the slower
 * path through `headSha` whenever it differs. `ignoredDirs`: also name the ignored
 * directories (`--ignored=matching`), for a stamp of the reading (checkout-stamp.ts).
 */
async function readWorktreeStatus(worktree, options = {}) {
    const ignored = options.ignoredDirs === true ? ['--ignored=matching'] : [];
    const output = await (0,git_runner/* runGit */.EO)(worktree, [...UNCOMMITTED_STATUS, '--branch', ...ignored]);
    return {
        head: (0,z_output/* parseStatusBranchOid */.MQ)(output),
        uncommitted: fromStatus(worktree, (0,z_output/* parseStatusV2 */.S5)(output)),
        ...(options.ignoredDirs === true ? { ignoredDirs: (0,z_output/* parseIgnoredDirs */.Io)(output) } : {})
    };
}
/** Everything changed since `sinceRef`: commits on top of it plus the uncommitted state. */
async function changes_listChanges(worktree, sinceRef) {
    const committed = await changes_listCommittedChanges(worktree, sinceRef, 'HEAD');
    return [...committed, ...(await listUncommittedChanges(worktree))];
}
/** The committed-change scope check between two refs (docs/decisions.md#scope-checks). */
async function changes_checkCommittedScope(worktree, previousRef, currentRef, allowedRoots) {
    return classifyChanges(await changes_listCommittedChanges(worktree, previousRef, currentRef), allowedRoots);
}
/**
 * The orchestrator owns every commit in a worktree; HEAD moving without it means the agent
 * committed, reset or checked out something, which is a violation whatever the content.
 */
async function changes_detectAgentCommits(worktree, expectedHead) {
    const actualHead = await (0,repository/* headSha */.xF)(worktree);
    if (actualHead === expectedHead)
        return undefined;
    const listed = await (0,git_runner/* runGit */.EO)(worktree, ['rev-list', '--reverse', `${expectedHead}..${actualHead}`]);
    const commits = listed.split('\n').filter((line) => line !== '');
    const shown = commits.slice(0, 5).join(', ') + (commits.length > 5 ? `, \u2026 (${commits.length})` : '');
    const detail = commits.length > 0 ? `; commits not made by the orchestrator: ${shown}` : '';
    return {
        expectedHead,
        actualHead,
        commits,
        summary: `worktree HEAD moved from ${expectedHead} to ${actualHead} without the orchestrator${detail}`
    };
}
/** Index entries marked assume-unchanged or skip-worktree: git would not report their edits. */
async function listHiddenIndexEntries(worktree) {
    const read = hiddenEntriesFromIndexFile(worktree);
    if (read !== undefined)
        return read;
    return (0,z_output/* parseHiddenIndexEntries */.k7)(await (0,git_runner/* runGit */.EO)(worktree, ['ls-files', '-v', '-z']));
}
/**
 * The same flags read from the worktree's index file without a git process, as the
 * integrity check reads the checkout's; undefined when that reader cannot (split index,
 * unknown version, no readable git directory).
 */
function hiddenEntriesFromIndexFile(worktree) {
    try {
        const { gitDir, commonDir } = (0,git_metadata/* locateGitDirs */.Td)(worktree);
        return (0,hidden_index_entries/* readRepositoryIndex */.N)(gitDir, commonDir)?.hidden;
    }
    catch {
        return undefined;
    }
}
/** Tracked paths at a commit (NUL-separated, so any file name survives). */
async function listTrackedPaths(worktree, ref = 'HEAD') {
    return parseNulList(await runGit(worktree, ['ls-tree', '-r', '-z', '--name-only', ref, '--']));
}
/** A configured external diff or textconv program is switched off: the patch is git's own. */
const PATCH_FLAGS = ['--no-color', '--no-ext-diff', '--no-textconv', '--binary'];
/**
 * The patch between two commits for auditors. Porcelain `diff` would honour a configured
 * external diff or textconv program; those are switched off so the patch is git's own.
 */
async function changes_readPatch(worktree, fromRef, toRef) {
    return (0,git_runner/* runGit */.EO)(worktree, ['diff', '--no-renames', ...PATCH_FLAGS, fromRef, toRef, '--']);
}
/**
 * The committed changes between two commits (as `listCommittedChanges` reads them) and the
 * patch between them (as `readPatch` gives it), from one `diff-tree --patch-with-raw`. The
 * plumbing command leaves out the porcelain's diff settings (`diff.noprefix`,
 * `diff.context`, `diff.algorithm`, \u2026): the patch is git's default one.
 */
async function readCommittedChangesAndPatch(worktree, fromRef, toRef) {
    const output = await (0,git_runner/* runGit */.EO)(worktree, [
        'diff-tree',
        ...RAW_DIFF_FLAGS,
        '--patch-with-raw',
        ...PATCH_FLAGS,
        fromRef,
        toRef,
        '--'
    ]);
    const { raw, patch } = (0,z_output/* splitRawAndPatch */.On)(output);
    return { changes: await fromDiff(worktree, (0,z_output/* parseRawDiff */.LP)(raw)), patch };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/core/policy/runtime-policy.ts
var runtime_policy = __webpack_require__(11181);
// EXTERNAL MODULE: ./src/adapters/integrity/checkout-stamp.ts
var checkout_stamp = __webpack_require__(32096);
;// CONCATENATED MODULE: ./src/adapters/git/checkpoint.ts
/**
 * The checkpoint commit after a mutation stage and the check after verification
 * (docs/decisions.md#scope-checks). The orchestrator is the only committer in a worktree: the scope check runs
 * before anything is staged, what ends up staged is checked again before committing, and
 * any violation leaves the worktree as the agent left it with nothing staged.
 */











function checkpointMessage(itemId, stage) {
    return `orchestrator(${itemId}): ${stage} checkpoint`;
}
function uniquePaths(changes) {
    return [...new Set(changes.map((change) => change.path))];
}
function listed(paths) {
    return paths.map(core_scope/* displayPath */.Gt).join(', ');
}
/** Violations that are not about where a path lies but about how git state was reached. */
async function authorityViolations(worktree, expectedHead) {
    const violations = [];
    const agentCommits = await changes_detectAgentCommits(worktree, expectedHead);
    if (agentCommits !== undefined)
        violations.push(agentCommits.summary);
    violations.push(...(await hiddenEntryViolations(worktree)));
    return violations;
}
async function hiddenEntryViolations(worktree) {
    const hidden = await listHiddenIndexEntries(worktree);
    return hidden.length > 0
        ? [`index entries hide worktree edits (assume-unchanged/skip-worktree): ${listed(hidden)}`]
        : [];
}
async function checkpoint_checkpoint(request) {
    const { worktree, expectedHead, allowedRoots } = request;
    // Before any git command: tampered metadata could make git run the agent's programs.
    const metadata = (0,git_metadata/* gitMetadataViolations */.oi)(worktree, request.gitMetadata);
    if (metadata.length > 0)
        return { status: 'refused', violations: metadata };
    // HEAD where the stage started means no agent commit and nothing committed since
    // `expectedHead`: the status alone holds every change. Otherwise the full reading.
    const status = await readWorktreeStatus(worktree);
    const unmoved = status.head === expectedHead;
    const violations = unmoved
        ? await hiddenEntryViolations(worktree)
        : await authorityViolations(worktree, expectedHead);
    const changes = unmoved ? status.uncommitted : await changes_listChanges(worktree, expectedHead);
    // The runner decodes output as UTF-8; a name that was not UTF-8 cannot be named back to git.
    const undecodable = uniquePaths(changes).filter((path) => path.includes('\uFFFD'));
    if (undecodable.length > 0)
        violations.push(`paths that are not valid UTF-8: ${listed(undecodable)}`);
    const scope = (0,core_scope/* classifyChanges */.Wu)(changes, allowedRoots);
    if ((0,core_scope/* hasScopeViolations */.RE)(scope))
        violations.push(scope.summary);
    const maxFileBytes = request.maxFileBytes ?? runtime_policy/* DEFAULT_OPTIONS */.lp.max_checkpoint_file_bytes;
    violations.push(...(await oversizedFiles(worktree, changes, maxFileBytes)));
    if (violations.length > 0)
        return { status: 'refused', violations, scope };
    if (changes.length === 0)
        return { status: 'unchanged', headSha: expectedHead, scope };
    // Stage the whole worktree rather than a pathspec list: a pathspec under a directory the
    // agent replaced by a symlink makes `git add` fail, and the check below verifies that the
    // index holds nothing but in-scope changes either way.
    await (0,git_runner/* runGit */.EO)(worktree, ['add', '-A']);
    const staged = await listStagedChanges(worktree);
    const stagedScope = (0,core_scope/* classifyChanges */.Wu)(staged, allowedRoots);
    const stagedOversized = await oversizedFiles(worktree, staged, maxFileBytes);
    if ((0,core_scope/* hasScopeViolations */.RE)(stagedScope) || stagedOversized.length > 0) {
        await (0,git_runner/* runGit */.EO)(worktree, ['reset', '-q']);
        const why = (0,core_scope/* hasScopeViolations */.RE)(stagedScope) ? [stagedScope.summary] : stagedOversized;
        return {
            status: 'refused',
            violations: [`the worktree changed while it was being staged; ${why.join('; ')}`],
            scope: stagedScope
        };
    }
    if (staged.length === 0)
        return { status: 'unchanged', headSha: expectedHead, scope: stagedScope };
    await (0,git_runner/* runGit */.EO)(worktree, [
        'commit',
        '--quiet',
        '--no-verify',
        '--no-gpg-sign',
        '--cleanup=verbatim',
        '-m',
        checkpointMessage(request.itemId, request.stage)
    ]);
    return {
        status: 'committed',
        headSha: committedHead(worktree) ?? (await (0,repository/* headSha */.xF)(worktree)),
        paths: uniquePaths(staged),
        scope: stagedScope
    };
}
/**
 * The commit `git commit` just made, read from the branch file it wrote, as `rev-parse HEAD`
 * would read it: HEAD names the attempt branch and a commit writes that branch as a loose
 * ref. Anything else (a detached HEAD, a packed or reftable ref) returns undefined and the
 * caller asks git. The check after the checkpoint compares it with the HEAD git reports.
 */
function committedHead(worktree) {
    try {
        const { gitDir, commonDir } = (0,git_metadata/* locateGitDirs */.Td)(worktree);
        const ref = /^ref: (refs\/heads\/[^\n]+)\n$/.exec((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(gitDir, 'HEAD'), 'utf8'));
        if (ref?.[1] === undefined ||
            ref[1].split('/').some((part) => part === '' || part === '.' || part === '..'))
            return undefined;
        const sha = /^([0-9a-f]{40}|[0-9a-f]{64})\n$/.exec((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(commonDir, ref[1]), 'utf8'));
        return sha?.[1];
    }
    catch {
        return undefined;
    }
}
/**
 * Files the commit would carry that are over the size limit. Checked before git reads
 * them: a host refuses the push of such a file (GitHub: over 100 MiB) long after the
 * attempt, and hashing one costs the commit its time.
 */
async function oversizedFiles(worktree, changes, maxBytes) {
    const problems = [];
    for (const path of uniquePaths(changes.filter((change) => change.kind !== 'deleted'))) {
        const info = await (0,promises_.lstat)((0,external_node_path_.join)(worktree, path)).catch(() => undefined);
        if (info === undefined || !info.isFile() || info.size <= maxBytes)
            continue;
        problems.push(`file too large to commit: ${(0,core_scope/* displayPath */.Gt)(path)} (${info.size} bytes; the limit is ${maxBytes} bytes, max_checkpoint_file_bytes)`);
    }
    return problems;
}
/**
 * After verification ran (docs/decisions.md#scope-checks): HEAD must still be the checkpoint and the worktree
 * must be clean (nothing filtered: a file verification left behind is a change the run
 * branch would not carry, so it must be git-ignored or it is reported).
 */
async function checkpoint_postCheckpointViolations(worktree, checkpointSha, gitMetadata) {
    return (await postCheckpointReading(worktree, checkpointSha, gitMetadata)).violations;
}
/**
 * `postCheckpointViolations`, and when the worktree is clean, a stamp of that reading. With
 * `earlier` for the same checkpoint still holding, the worktree is as that reading found it,
 * and git is not asked again (docs/decisions.md#git-status-between-stages).
 */
async function postCheckpointReading(worktree, checkpointSha, gitMetadata, earlier) {
    const metadata = (0,git_metadata/* gitMetadataViolations */.oi)(worktree, gitMetadata);
    if (metadata.length > 0)
        return { violations: metadata };
    if (earlier?.checkpointSha === checkpointSha && cleanReadingHolds(worktree, earlier))
        return { violations: [], clean: earlier };
    const violations = [];
    const dirs = (0,git_metadata/* locateGitDirs */.Td)(worktree);
    const start = (0,checkout_stamp/* readingStart */.HV)({ root: worktree, ...dirs });
    const status = await readWorktreeStatus(worktree, { ignoredDirs: true });
    const actualHead = status.head === checkpointSha ? checkpointSha : await (0,repository/* headSha */.xF)(worktree);
    if (actualHead !== checkpointSha) {
        const moved = uniquePaths(await changes_listCommittedChanges(worktree, checkpointSha, actualHead));
        violations.push(`worktree HEAD ${actualHead} differs from checkpoint ${checkpointSha}; changed paths: ${listed(moved)}`);
    }
    const dirty = uniquePaths(status.uncommitted);
    if (dirty.length > 0)
        violations.push(`worktree has uncommitted changes: ${listed(dirty)}`);
    if (violations.length > 0)
        return { violations };
    const stamp = (0,checkout_stamp/* takeCheckoutStamp */.lK)({ root: worktree, ...dirs }, {
        start,
        ignoredDirs: status.ignoredDirs ?? [],
        tracked: (0,hidden_index_entries/* readRepositoryIndex */.N)(dirs.gitDir, dirs.commonDir)?.paths
    });
    return stamp === undefined ? { violations } : { violations, clean: { checkpointSha, stamp } };
}
/** Whether the worktree is still, entry for entry, as the clean reading found it. */
function cleanReadingHolds(worktree, reading) {
    return (0,checkout_stamp/* checkoutStampHolds */.Gf)(reading.stamp, { root: worktree, ...(0,git_metadata/* locateGitDirs */.Td)(worktree) });
}

// EXTERNAL MODULE: ./src/adapters/git/errors.ts
var errors = __webpack_require__(88668);
;// CONCATENATED MODULE: ./src/adapters/git/worktree.ts
/**
 * Attempt worktrees: one per item attempt, on the attempt's own branch, created from
 * the run branch tip at that moment (or reusing the attempt branch when it already exists).
 */






function pathExists(path) {
    try {
        return (0,external_node_fs_.lstatSync)(path, { throwIfNoEntry: false }) !== undefined;
    }
    catch {
        return false;
    }
}
async function worktree_addAttemptWorktree(request) {
    const { repoRoot, branch, baseBranch } = request;
    const path = (0,external_node_path_.resolve)(repoRoot, request.path);
    if (pathExists(path))
        throw new errors/* GitAdapterError */._('worktree_path_exists', `worktree path already exists: ${path}`);
    // Both branches in one process; the name is checked by git only when something fails
    // (git refuses to create a branch with a name it would not accept either).
    const tips = await (0,repository/* branchTips */.d1)(repoRoot, [branch, baseBranch]);
    if (tips.get(branch) !== null) {
        await (0,repository/* assertBranchName */.ae)(repoRoot, branch);
        if ((await (0,repository/* branchSha */.xi)(repoRoot, branch)) !== undefined) {
            await (0,git_runner/* runGit */.EO)(repoRoot, ['worktree', 'add', '--quiet', '--', path, branch]);
            return {
                path,
                branch,
                headSha: await (0,repository/* headSha */.xF)(path),
                reusedBranch: true,
                gitMetadata: (0,git_metadata/* snapshotGitMetadata */.Gx)(path)
            };
        }
    }
    const base = tips.get(baseBranch) ?? (await (0,repository/* branchSha */.xi)(repoRoot, baseBranch));
    if (base === undefined || base === null) {
        await (0,repository/* assertBranchName */.ae)(repoRoot, branch);
        throw new errors/* GitAdapterError */._('unknown_ref', `branch ${baseBranch} does not exist`);
    }
    if (branch.startsWith('-'))
        await (0,repository/* assertBranchName */.ae)(repoRoot, branch);
    // Started from the commit just read rather than from the branch name, so the worktree's
    // HEAD is known without asking. --no-track: a user's branch.autoSetupMerge must not write
    // tracking config for us.
    try {
        await (0,git_runner/* runGit */.EO)(repoRoot, [
            'worktree',
            'add',
            '--quiet',
            '--no-track',
            '-b',
            branch,
            '--',
            path,
            base
        ]);
    }
    catch (error) {
        await (0,repository/* assertBranchName */.ae)(repoRoot, branch);
        throw error;
    }
    return {
        path,
        branch,
        headSha: base,
        reusedBranch: false,
        gitMetadata: (0,git_metadata/* snapshotGitMetadata */.Gx)(path)
    };
}

;// CONCATENATED MODULE: ./src/adapters/git/index.ts





class GitAdapter {
    root;
    constructor(root) {
        this.root = root;
    }
    /** Binds to the repository whose working tree contains `cwd`. */
    static async open(cwd) {
        return new GitAdapter(await repoRoot(cwd));
    }
    headSha(cwd = this.root) {
        return headSha(cwd);
    }
    isCleanTracked() {
        return isCleanTracked(this.root);
    }
    identity() {
        return identity(this.root);
    }
    isPathIgnored(path) {
        return isPathIgnored(this.root, path);
    }
    branchSha(name) {
        return branchSha(this.root, name);
    }
    isAncestor(ancestor, descendant) {
        return isAncestor(this.root, ancestor, descendant);
    }
    createRunBranch(name, sha) {
        return createRunBranch(this.root, name, sha);
    }
    addAttemptWorktree(request) {
        return addAttemptWorktree({ repoRoot: this.root, ...request });
    }
    snapshotGitMetadata(worktree) {
        return snapshotGitMetadata(worktree);
    }
    listChanges(worktree, sinceRef) {
        return listChanges(worktree, sinceRef);
    }
    listCommittedChanges(worktree, fromRef, toRef) {
        return listCommittedChanges(worktree, fromRef, toRef);
    }
    detectAgentCommits(worktree, expectedHead) {
        return detectAgentCommits(worktree, expectedHead);
    }
    readPatch(worktree, fromRef, toRef) {
        return readPatch(worktree, fromRef, toRef);
    }
    checkpoint(request) {
        return checkpoint(request);
    }
    postCheckpointViolations(worktree, checkpointSha, gitMetadata) {
        return postCheckpointViolations(worktree, checkpointSha, gitMetadata);
    }
    checkCommittedScope(worktree, previousRef, currentRef, allowedRoots) {
        return checkCommittedScope(worktree, previousRef, currentRef, allowedRoots);
    }
    fastForward(request) {
        return fastForward({ repoRoot: this.root, ...request });
    }
    createRefreshBranch(request) {
        return createRefreshBranch({ repoRoot: this.root, ...request });
    }
}









/***/ }),

/***/ 3739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D_: () => (/* binding */ identity),
/* harmony export */   Fl: () => (/* binding */ tryResolveCommit),
/* harmony export */   Sd: () => (/* binding */ createRunBranch),
/* harmony export */   ae: () => (/* binding */ assertBranchName),
/* harmony export */   d1: () => (/* binding */ branchTips),
/* harmony export */   e0: () => (/* binding */ isCleanTracked),
/* harmony export */   jv: () => (/* binding */ repoRoot),
/* harmony export */   kB: () => (/* binding */ isPathIgnored),
/* harmony export */   kd: () => (/* binding */ fastForwardListing),
/* harmony export */   xF: () => (/* binding */ headSha),
/* harmony export */   xi: () => (/* binding */ branchSha)
/* harmony export */ });
/* unused harmony exports resolveCommit, isAncestor, fastForward, createRefreshBranch */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88668);
/* harmony import */ var _git_runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63338);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99355);
/* harmony import */ var _z_output_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68971);
/**
 * Repository-level git operations: discovery, preflight checks (identity, clean tracked
 * checkout) and the refs the orchestrator owns (run branch, refresh branches, fast-forward).
 */




const FULL_OBJECT_ID = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
function withoutFinalNewline(text) {
    return text.endsWith('\n') ? text.slice(0, -1) : text;
}
/** The top-level directory of the working tree that contains `cwd`. */
async function repoRoot(cwd) {
    return withoutFinalNewline(await (0,_git_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .runGit */ .EO)(cwd, ['rev-parse', '--show-toplevel']));
}
/** Full sha of the commit `ref` names, or undefined when it names none. */
async function tryResolveCommit(cwd, ref) {
    const { exitCode, stdout } = await (0,_git_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .runGitForExitCode */ .uY)(cwd, [
        'rev-parse',
        '-q',
        '--verify',
        '--end-of-options',
        `${ref}^{commit}`
    ]);
    return exitCode === 0 ? stdout.trim() : undefined;
}
async function resolveCommit(cwd, ref) {
    const sha = await tryResolveCommit(cwd, ref);
    if (sha === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitAdapterError */ ._('unknown_ref', `${ref} does not name a commit`);
    return sha;
}
async function headSha(cwd) {
    return resolveCommit(cwd, 'HEAD');
}
/** Preflight `clean_tracked_checkout`: tracked changes fail it, untracked files do not. */
async function isCleanTracked(cwd) {
    const output = await (0,_git_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .runGit */ .EO)(cwd, [
        'status',
        '--porcelain=v2',
        '-z',
        '--untracked-files=no',
        '--no-renames'
    ]);
    const dirtyPaths = [...new Set((0,_z_output_js__WEBPACK_IMPORTED_MODULE_3__/* .parseStatusV2 */ .S5)(output).map((change) => change.path))];
    return { clean: dirtyPaths.length === 0, dirtyPaths };
}
async function configValue(cwd, key) {
    const { exitCode, stdout } = await (0,_git_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .runGitForExitCode */ .uY)(cwd, ['config', '--get', key]);
    const value = stdout.trim();
    return exitCode === 0 && value !== '' ? value : undefined;
}
/** Preflight `git_identity`: both `user.name` and `user.email` must be set and non-empty. */
async function identity(cwd) {
    const name = await configValue(cwd, 'user.name');
    const email = await configValue(cwd, 'user.email');
    const missing = [];
    if (name === undefined)
        missing.push('user.name');
    if (email === undefined)
        missing.push('user.email');
    return { name, email, missing };
}
/** Whether git ignores `path` (the orchestrator needs `.local/` ignored by the repository). */
async function isPathIgnored(cwd, path) {
    const { exitCode } = await (0,_git_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .runGitForExitCode */ .uY)(cwd, ['check-ignore', '-q', '--no-index', path]);
    return exitCode === 0;
}
async function branchSha(cwd, name) {
    return tryResolveCommit(cwd, `refs/heads/${name}`);
}
/**
 * The commits several branches point at, from one `git for-each-ref`: the sha, `null` when
 * the branch does not exist, or undefined when the tip is not a plain commit (the caller then
 * asks `branchSha`, which peels the way `rev-parse` does).
 */
async function branchTips(cwd, names) {
    const refs = names.map((name) => `refs/heads/${name}`);
    const output = await (0,_git_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .runGit */ .EO)(cwd, [
        'for-each-ref',
        '--format=%(refname)%00%(objecttype)%00%(objectname)%00',
        ...refs
    ]);
    // Patterns also match refs below a name and glob characters: keep exact names only.
    const found = new Map();
    const fields = output.split('\0');
    for (let index = 0; index + 2 < fields.length; index += 3) {
        const name = (fields[index] ?? '').replace(/^\n/, '');
        found.set(name, fields[index + 1] === 'commit' ? fields[index + 2] : undefined);
    }
    const tips = new Map();
    names.forEach((name, index) => {
        const ref = refs[index] ?? '';
        tips.set(name, found.has(ref) ? found.get(ref) : null);
    });
    return tips;
}
async function assertBranchName(cwd, name) {
    const { exitCode } = await (0,_git_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .runGitForExitCode */ .uY)(cwd, ['check-ref-format', `refs/heads/${name}`]);
    if (exitCode !== 0 || name.startsWith('-'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitAdapterError */ ._('invalid_branch_name', `${name} is not a valid git branch name`);
}
/** Creates `refs/heads/<name>` at `sha` atomically; an empty old value means "must not exist". */
async function createBranchRef(cwd, name, sha) {
    const { exitCode } = await (0,_git_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .runGitForExitCode */ .uY)(cwd, ['update-ref', '-m', 'plan-orchestrator: create branch', `refs/heads/${name}`, sha, ''], [1, 128]);
    return exitCode === 0;
}
/** Creates the run branch at `sha` unless it already exists; an existing branch is left alone. */
async function createRunBranch(cwd, name, sha) {
    await assertBranchName(cwd, name);
    const target = await resolveCommit(cwd, sha);
    const existing = await branchSha(cwd, name);
    if (existing !== undefined)
        return { created: false, sha: existing };
    if (await createBranchRef(cwd, name, target))
        return { created: true, sha: target };
    // Lost a race with another writer: report what is there now.
    return { created: false, sha: await resolveCommit(cwd, `refs/heads/${name}`) };
}
async function isAncestor(cwd, ancestor, descendant) {
    const { exitCode } = await (0,_git_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .runGitForExitCode */ .uY)(cwd, [
        'merge-base',
        '--is-ancestor',
        ancestor,
        descendant
    ]);
    return exitCode === 0;
}
/**
 * Moves `branch` to the target only when the target descends from the branch, and only
 * if the branch still points where the caller expects (compare-and-swap in `update-ref`,
 * so a concurrent writer cannot be overwritten). Returns the new branch sha.
 */
async function fastForward(request) {
    return (await fastForwardListing(request)).sha;
}
/**
 * `fastForward`, also returning the commits the target adds to the branch (oldest first,
 * as `commitsSince` lists them) when the move took the short path, whose ancestry proof
 * lists them anyway.
 */
async function fastForwardListing(request) {
    const { repoRoot: cwd, branch, targetSha, expectedOldSha } = request;
    // Both as object ids: the ancestry proof and the compare-and-swap of `update-ref` (which
    // writes only a commit to a branch) prove everything the readings below would. Anything
    // that fails there takes the full path, whose checks name what is wrong.
    if (FULL_OBJECT_ID.test(targetSha) && FULL_OBJECT_ID.test(expectedOldSha)) {
        const commits = await (0,_history_js__WEBPACK_IMPORTED_MODULE_2__/* .commitsSince */ .n)(cwd, expectedOldSha, targetSha).catch(() => undefined);
        if (commits !== undefined &&
            descends(commits, expectedOldSha, targetSha) &&
            (await moveBranch(cwd, branch, targetSha, expectedOldSha)))
            return { sha: targetSha, commits };
    }
    const current = await branchSha(cwd, branch);
    if (current === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitAdapterError */ ._('unknown_ref', `branch ${branch} does not exist`);
    if (current !== expectedOldSha)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitAdapterError */ ._('ref_moved', `branch ${branch} moved: expected ${expectedOldSha}, found ${current}`);
    const target = await resolveCommit(cwd, targetSha);
    if (!(await isAncestor(cwd, current, target)))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitAdapterError */ ._('not_fast_forward', `run branch cannot be fast-forwarded: ${target} does not descend from ${branch} (${current})`);
    if (!(await moveBranch(cwd, branch, target, current)))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitAdapterError */ ._('ref_moved', `branch ${branch} moved while fast-forwarding it`);
    return { sha: target };
}
/**
 * What `merge-base --is-ancestor base tip` answers, from `rev-list tip ^base --parents`:
 * when base is an ancestor of tip, the path from tip down to it passes through a child of
 * base that base cannot reach, which is listed with base among its parents; a listed commit
 * with base as a parent makes base reachable from tip.
 */
function descends(commits, base, tip) {
    return tip === base || commits.some((commit) => commit.parents.includes(base));
}
/** `update-ref` with the old value: false when the branch was not there any more. */
async function moveBranch(cwd, branch, to, from) {
    const { exitCode } = await (0,_git_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .runGitForExitCode */ .uY)(cwd, ['update-ref', '-m', 'plan-orchestrator: fast-forward', `refs/heads/${branch}`, to, from], [1, 128]);
    return exitCode === 0;
}
/**
 * `refresh-run`: creates `orchestrator/run-refresh/<RUN>/<K>` (K the smallest unused positive
 * integer) at the target, which must descend from (or equal) the current run branch.
 */
async function createRefreshBranch(request) {
    const { repoRoot: cwd, runId, runBranch, targetRef } = request;
    const current = await branchSha(cwd, runBranch);
    if (current === undefined)
        throw new GitAdapterError('unknown_ref', `branch ${runBranch} does not exist`);
    const target = await resolveCommit(cwd, targetRef);
    if (!(await isAncestor(cwd, current, target)))
        throw new GitAdapterError('not_fast_forward', `run branch ${runBranch} cannot be refreshed to non-descendant ref ${targetRef}`);
    const prefix = `orchestrator/run-refresh/${runId}/`;
    await assertBranchName(cwd, `${prefix}1`);
    // Ref names cannot contain control characters, so one ref per line is unambiguous here.
    const listed = await runGit(cwd, ['for-each-ref', '--format=%(refname)', `refs/heads/${prefix}`]);
    const used = new Set(listed.split('\n').map((ref) => ref.slice(`refs/heads/${prefix}`.length)));
    for (let k = 1;; k += 1) {
        if (used.has(String(k)))
            continue;
        const branch = `${prefix}${k}`;
        if (await createBranchRef(cwd, branch, target))
            return { branch, sha: target };
        // Only a concurrent writer taking the same K justifies another try.
        if ((await branchSha(cwd, branch)) === undefined)
            throw new GitAdapterError('command_failed', `could not create branch ${branch}`);
        used.add(String(k));
    }
}


/***/ }),

/***/ 68971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ GITLINK_MODE),
/* harmony export */   GN: () => (/* binding */ SYMLINK_MODE),
/* harmony export */   Io: () => (/* binding */ parseIgnoredDirs),
/* harmony export */   LP: () => (/* binding */ parseRawDiff),
/* harmony export */   MQ: () => (/* binding */ parseStatusBranchOid),
/* harmony export */   On: () => (/* binding */ splitRawAndPatch),
/* harmony export */   S5: () => (/* binding */ parseStatusV2),
/* harmony export */   XM: () => (/* binding */ parseNulList),
/* harmony export */   k7: () => (/* binding */ parseHiddenIndexEntries)
/* harmony export */ });
const SYMLINK_MODE = '120000';
const GITLINK_MODE = '160000';
const ABSENT_MODE = '000000';
function records(output) {
    const parts = output.split('\0');
    if (parts.at(-1) === '')
        parts.pop();
    return parts;
}
/** Splits off `count` space-separated fields; the remainder (which may hold spaces) is the path. */
function fieldsAndRest(record, count) {
    const fields = [];
    let position = 0;
    for (let index = 0; index < count; index += 1) {
        const space = record.indexOf(' ', position);
        if (space === -1)
            throw new Error(`unexpected git record: ${JSON.stringify(record)}`);
        fields.push(record.slice(position, space));
        position = space + 1;
    }
    return { fields, rest: record.slice(position) };
}
function kindFromLetter(letter) {
    if (letter === 'A')
        return 'added';
    if (letter === 'D')
        return 'deleted';
    if (letter === 'T')
        return 'type_changed';
    return 'modified';
}
/**
 * `git diff-tree -r -z --raw --no-renames --no-abbrev` (and `diff-index`): each change is
 * `:<old mode> <new mode> <old id> <new id> <status>` NUL `<path>` NUL.
 */
function parseRawDiff(output) {
    const parts = records(output);
    const changes = [];
    for (let index = 0; index < parts.length; index += 1) {
        const header = parts[index] ?? '';
        if (!header.startsWith(':'))
            throw new Error(`unexpected git diff record: ${header}`);
        const [, newMode = '', , newObject = '', status = ''] = header.slice(1).split(' ');
        const letter = status.charAt(0);
        // Renames and copies carry two paths; --no-renames should prevent them, but if a
        // configuration ever brings them back, count them as delete + add, not as one path.
        if (letter === 'R' || letter === 'C') {
            const from = parts[index + 1] ?? '';
            const to = parts[index + 2] ?? '';
            if (letter === 'R')
                changes.push({ path: from, kind: 'deleted', newMode: ABSENT_MODE });
            changes.push({ path: to, kind: 'added', newMode, newObject });
            index += 2;
            continue;
        }
        const path = parts[index + 1] ?? '';
        changes.push({ path, kind: kindFromLetter(letter), newMode, newObject });
        index += 1;
    }
    return changes;
}
/**
 * `git diff-tree -z --patch-with-raw`: the raw records (`parseRawDiff`'s input), one more
 * NUL, then the patch text, which is returned as git wrote it.
 */
function splitRawAndPatch(output) {
    let position = 0;
    while (output.startsWith(':', position)) {
        const headerEnd = output.indexOf('\0', position);
        if (headerEnd < 0)
            throw new Error(`unexpected git diff record: ${output.slice(position)}`);
        const letter = output.slice(position, headerEnd).split(' ').at(-1)?.charAt(0);
        position = headerEnd + 1;
        for (let paths = letter === 'R' || letter === 'C' ? 2 : 1; paths > 0; paths -= 1) {
            const pathEnd = output.indexOf('\0', position);
            if (pathEnd < 0)
                throw new Error('unexpected end of git diff output');
            position = pathEnd + 1;
        }
    }
    const raw = output.slice(0, position);
    return { raw, patch: output.slice(output.charAt(position) === '\0' ? position + 1 : position) };
}
function statusKind(xy, worktreeMode) {
    const [x = '.', y = '.'] = xy;
    if (y === 'D' || worktreeMode === ABSENT_MODE)
        return 'deleted';
    if (x === 'T' || y === 'T')
        return 'type_changed';
    if (x === 'A')
        return 'added';
    return 'modified';
}
/**
 * `git status --porcelain=v2 -z --untracked-files=all [--no-renames]`. Ordinary entries
 * (`1`), unmerged (`u`), renames (`2`, split into delete + add) and untracked (`?`); ignored
 * (`!`) and header (`#`) records are not changes.
 */
function parseStatusV2(output) {
    const parts = records(output);
    const changes = [];
    for (let index = 0; index < parts.length; index += 1) {
        const record = parts[index] ?? '';
        const type = record.charAt(0);
        if (type === '1') {
            const { fields, rest } = fieldsAndRest(record, 8);
            const worktreeMode = fields[5] ?? '';
            changes.push({
                path: rest,
                kind: statusKind(fields[1] ?? '', worktreeMode),
                newMode: worktreeMode
            });
        }
        else if (type === 'u') {
            const { fields, rest } = fieldsAndRest(record, 10);
            changes.push({ path: rest, kind: 'modified', newMode: fields[6] ?? '' });
        }
        else if (type === '2') {
            const { fields, rest } = fieldsAndRest(record, 9);
            const original = parts[index + 1] ?? '';
            index += 1;
            changes.push({ path: original, kind: 'deleted', newMode: ABSENT_MODE });
            changes.push({ path: rest, kind: 'added', newMode: fields[5] ?? '' });
        }
        else if (type === '?') {
            const path = record.slice(2);
            // With --untracked-files=all git only prints a directory for a nested repository.
            if (path.endsWith('/'))
                changes.push({
                    path: path.slice(0, -1),
                    kind: 'added',
                    newMode: '',
                    nestedRepository: true
                });
            else
                changes.push({ path, kind: 'added', newMode: '' });
        }
    }
    return changes;
}
/**
 * Directories a `git status --porcelain=v2 -z --ignored=matching` reported as ignored
 * (`! dir/`), without the slash: git looked no further into them.
 */
function parseIgnoredDirs(output) {
    return records(output)
        .filter((record) => record.startsWith('! ') && record.endsWith('/'))
        .map((record) => record.slice(2, -1));
}
/**
 * The commit HEAD names, from the `# branch.oid` header that `git status --porcelain=v2
 * --branch` prints before its entries; undefined before the first commit.
 */
function parseStatusBranchOid(output) {
    for (const record of records(output)) {
        if (!record.startsWith('# '))
            return undefined;
        if (record.startsWith('# branch.oid ')) {
            const oid = record.slice('# branch.oid '.length);
            return /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(oid) ? oid : undefined;
        }
    }
    return undefined;
}
/**
 * `git ls-files -v -z`: `<tag> <path>`. A lowercase tag marks an assume-unchanged entry and
 * `S` a skip-worktree entry; both make git ignore worktree edits of that path.
 */
function parseHiddenIndexEntries(output) {
    return records(output)
        .filter((record) => {
        const tag = record.charAt(0);
        return tag === 'S' || tag !== tag.toUpperCase();
    })
        .map((record) => record.slice(2));
}
/** Output of a command with a `%00`-terminated format (for-each-ref) or `-z` name list. */
function parseNulList(output) {
    return records(output);
}


/***/ }),

/***/ 32096:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gf: () => (/* binding */ checkoutStampHolds),
/* harmony export */   HV: () => (/* binding */ readingStart),
/* harmony export */   lK: () => (/* binding */ takeCheckoutStamp)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_run_layout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88951);
/* harmony import */ var _stat_signature_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68827);
/**
 * Whether a working tree (the operator's checkout, an attempt's worktree) can look
 * different to `git status` than it did when an earlier `git status` read it, answered
 * without running git: a stamp records the `lstat` of every entry git status could look at,
 * and of the git files its answer depends on. A later reading takes the earlier answer only
 * if a fresh walk finds every entry as the stamp has it; anything else (a new, gone or
 * changed entry, a moved HEAD) sends the caller back to git
 * (docs/decisions.md#git-status-between-stages).
 *
 * What the walk covers, against what git status reads:
 * - every entry of the working tree, directories included, except a top-level `.git`
 *   directory, the inside of directories that status reported as ignored (git does not look
 *   into those, and nothing in them can be re-included) and the inside of a nested
 *   repository's `.git`;
 * - every path the index tracks, wherever it lies (git checks tracked files in ignored
 *   directories too), present or not;
 * - the index, HEAD and the branch file it names (loose and packed), and the configuration
 *   and exclude files of the git directory.
 *
 * A write changes an entry's ctime, which cannot be set back, and a new or removed name
 * shows in the walk. What a stamp cannot tell apart is a second write in the same tick of
 * the filesystem's clock as an entry's last change, so a stamp vouches for nothing if any
 * entry changed in or after the tick its reading began in. That tick is read from the
 * filesystem itself, as the change time of a file the orchestrator touches in its own
 * directory of the repository just before the reading (git's racy-entry rule compares with
 * the index file's time the same way); where that cannot be done, an entry must have
 * changed at least `RACY_WINDOW_MS` before the reading by the process's clock.
 */




/**
 * Without the filesystem's clock: an entry changed this close to a reading's start may have
 * changed again unseen (a coarse filesystem's timestamps, a clock that differs a little).
 */
const RACY_WINDOW_MS = 2000;
/**
 * Past about this many entries a walk (one `lstat` each, about 3.5 \u00B5s) costs more than the
 * `git status` it would spare, which git spreads over threads (docs/performance.md).
 */
const MAX_ENTRIES = 3_000;
const GIT_DIR_FILES = ['index', 'HEAD', 'config.worktree'];
const COMMON_DIR_FILES = ['config', 'info/exclude', 'info/attributes', 'info/sparse-checkout'];
/**
 * Marks the start of a reading a stamp will be taken of: the change time from which on an
 * entry's signature no longer vouches for it (ns since the epoch). Call it before `git
 * status` runs.
 */
function readingStart(scope) {
    return filesystemNow(scope) ?? BigInt(Date.now() - RACY_WINDOW_MS) * 1000000n;
}
/**
 * The filesystem's clock, from the change time of the orchestrator's clock file in the
 * repository's `.local/` once touched; undefined when it is not a plain file on the working
 * tree's filesystem (another filesystem may keep another clock).
 */
function filesystemNow(scope) {
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(scope.commonDir) !== '.git')
        return undefined;
    const probe = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(scope.commonDir), _core_run_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .CLOCK_PROBE */ .UN);
    try {
        // An agent can reach this directory: a link planted here must not lend another file's
        // times, nor have them touched.
        const found = (0,_stat_signature_js__WEBPACK_IMPORTED_MODULE_3__/* .lstatOrUndefined */ .Y)(probe);
        if (found === undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(probe, '', { flag: 'wx' });
        else if (!found.isFile() || found.nlink !== 1n)
            return undefined;
        else {
            const now = new Date();
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lutimesSync)(probe, now, now);
        }
        const stats = (0,_stat_signature_js__WEBPACK_IMPORTED_MODULE_3__/* .lstatOrUndefined */ .Y)(probe);
        const root = (0,_stat_signature_js__WEBPACK_IMPORTED_MODULE_3__/* .lstatOrUndefined */ .Y)(scope.root);
        if (stats?.isFile() !== true || stats.nlink !== 1n)
            return undefined;
        if (root === undefined || stats.dev !== root.dev)
            return undefined;
        return stats.ctimeNs;
    }
    catch {
        return undefined;
    }
}
/**
 * A stamp of the working tree as a `git status` begun at `start` (`readingStart`) read it,
 * or undefined when none can be taken: a tree too big to walk, an index this module cannot
 * read, refs in a reftable.
 */
function takeCheckoutStamp(scope, input) {
    const gitFiles = gitFilesOf(scope);
    if (input.tracked === undefined || gitFiles === undefined)
        return undefined;
    // A big checkout is known by its index before any walk is begun.
    if (input.tracked.length > MAX_ENTRIES)
        return undefined;
    const skipped = new Set(input.ignoredDirs);
    const entries = new Map();
    let newestChangeNs = 0n;
    const record = (key, stats, as) => {
        if (stats !== undefined && stats.ctimeNs > newestChangeNs)
            newestChangeNs = stats.ctimeNs;
        entries.set(key, as ?? entrySignature(stats));
        return entries.size <= MAX_ENTRIES;
    };
    if (!visitGitFiles(gitFiles, record))
        return undefined;
    if (!walk(scope.root, '', skipped, record))
        return undefined;
    const extras = input.tracked.filter((path) => !entries.has(path));
    for (const path of extras) {
        if (!record(path, (0,_stat_signature_js__WEBPACK_IMPORTED_MODULE_3__/* .lstatOrUndefined */ .Y)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(scope.root, path))))
            return undefined;
    }
    return { racyFromNs: input.start, newestChangeNs, gitFiles, skipped, extras, entries };
}
/**
 * Whether the checkout is, entry for entry, as `stamp` recorded it, and the stamp old enough
 * to tell.
 */
function checkoutStampHolds(stamp, scope) {
    if (stamp.newestChangeNs >= stamp.racyFromNs)
        return false;
    let seen = 0;
    const same = (key, stats, as) => {
        seen += 1;
        return stamp.entries.get(key) === (as ?? entrySignature(stats));
    };
    if (!visitGitFiles(stamp.gitFiles, same))
        return false;
    if (!walk(scope.root, '', stamp.skipped, same))
        return false;
    for (const path of stamp.extras) {
        if (!same(path, (0,_stat_signature_js__WEBPACK_IMPORTED_MODULE_3__/* .lstatOrUndefined */ .Y)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(scope.root, path))))
            return false;
    }
    return seen === stamp.entries.size;
}
/**
 * The git files status depends on, by absolute path: HEAD, and the branch it names as a
 * loose and a packed ref. Undefined for refs kept in a reftable, whose files this module
 * does not follow.
 */
function gitFilesOf(scope) {
    if ((0,_stat_signature_js__WEBPACK_IMPORTED_MODULE_3__/* .lstatOrUndefined */ .Y)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(scope.commonDir, 'reftable')) !== undefined)
        return undefined;
    const files = [
        ...GIT_DIR_FILES.map((name) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(scope.gitDir, name)),
        ...COMMON_DIR_FILES.map((name) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(scope.commonDir, name))
    ];
    let head;
    try {
        head = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(scope.gitDir, 'HEAD'), 'utf8').trim();
    }
    catch {
        return files;
    }
    if (!head.startsWith('ref: '))
        return files;
    const ref = head.slice('ref: '.length);
    // A ref name that would climb out of the git directory is one git itself refuses.
    if (ref.split('/').includes('..'))
        return undefined;
    return [...files, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(scope.commonDir, ref), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(scope.commonDir, 'packed-refs')];
}
function visitGitFiles(files, visit) {
    return files.every((path) => visit(path, (0,_stat_signature_js__WEBPACK_IMPORTED_MODULE_3__/* .lstatOrUndefined */ .Y)(path)));
}
/** Visits every entry under `dir` (repo-relative `prefix`); false as soon as `visit` is. */
function walk(root, prefix, skipped, visit) {
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(prefix === '' ? root : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, prefix));
    }
    catch {
        return visit(`${prefix}/`, undefined);
    }
    for (const name of names) {
        const path = prefix === '' ? name : `${prefix}/${name}`;
        const stats = (0,_stat_signature_js__WEBPACK_IMPORTED_MODULE_3__/* .lstatOrUndefined */ .Y)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, path));
        // The repository's own git directory changes with every git command; a linked
        // worktree's `.git` file does not, and which repository it names matters.
        if (path === '.git' && stats?.isDirectory() === true)
            continue;
        if (skipped.has(path) && stats?.isDirectory() === true) {
            // Its times change with whatever happens inside, where git does not look; a directory
            // put in its place shows in the parent's times.
            if (!visit(path, undefined, 'ignored directory'))
                return false;
            continue;
        }
        if (!visit(path, stats))
            return false;
        if (stats?.isDirectory() !== true || name === '.git')
            continue;
        if (!walk(root, path, skipped, visit))
            return false;
    }
    return true;
}
/**
 * Kind, size, times, inode and mode: a write, a rename over, a chmod all change it. Not
 * stat-signature.ts's `signature`: a link is not read (pointing it elsewhere makes a new one,
 * with a new inode), and a directory keeps its times.
 */
function entrySignature(stats) {
    if (stats === undefined)
        return 'absent';
    return `${stats.mode}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}:${stats.ino}:${stats.dev}`;
}


/***/ }),

/***/ 43946:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ readRepositoryIndex)
/* harmony export */ });
/* unused harmony export readIndexPaths */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The paths of a checkout's index (the checkout stamp's tracked paths), and those `git
 * status` does not look at: entries marked
 * assume-unchanged (`git update-index --assume-unchanged`) or skip-worktree. Marking a file
 * that way and then changing it is how a change would hide from the integrity check's
 * `git status`, so the check reads these flags from the index file itself (no git process):
 * format versions 2, 3 and 4, SHA-1 or SHA-256 object names. Returns undefined for an index
 * it cannot read this way (a split index, an unknown version); the caller then asks git.
 */


const ASSUME_VALID = 0x8000;
const EXTENDED = 0x4000;
const SKIP_WORKTREE = 0x4000;
/** ctime, mtime (8 bytes each), dev, ino, mode, uid, gid, size (4 each). */
const STAT_BYTES = 40;
/**
 * `readIndexPaths` for the repository whose git directories these are, with the object
 * format its configuration names.
 */
function readRepositoryIndex(gitDir, commonDir) {
    let config = '';
    try {
        config = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(commonDir, 'config'), 'utf8');
    }
    catch {
        // no config: SHA-1
    }
    return readIndexPaths(gitDir, /objectformat\s*=\s*sha256/i.test(config) ? 32 : 20);
}
/** The index's paths, read from the index file; undefined for an index it cannot read this way. */
function readIndexPaths(gitDir, hashBytes) {
    let index;
    try {
        index = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(gitDir, 'index'));
    }
    catch (error) {
        return error.code === 'ENOENT'
            ? { paths: [], hidden: [] }
            : undefined;
    }
    try {
        return parse(index, hashBytes);
    }
    catch {
        return undefined;
    }
}
function parse(index, hashBytes) {
    if (index.toString('latin1', 0, 4) !== 'DIRC')
        return undefined;
    const version = index.readUInt32BE(4);
    if (version < 2 || version > 4)
        return undefined;
    const count = index.readUInt32BE(8);
    const hidden = [];
    const paths = [];
    let offset = 12;
    let previous = '';
    for (let entry = 0; entry < count; entry += 1) {
        const flagsAt = offset + STAT_BYTES + hashBytes;
        const flags = index.readUInt16BE(flagsAt);
        let cursor = flagsAt + 2;
        let extended = 0;
        if (version >= 3 && (flags & EXTENDED) !== 0) {
            extended = index.readUInt16BE(cursor);
            cursor += 2;
        }
        let name;
        if (version === 4) {
            const strip = readVarint(index, cursor);
            const end = index.indexOf(0, strip.next);
            if (end === -1 || strip.value > previous.length)
                return undefined;
            name =
                previous.slice(0, previous.length - strip.value) + index.toString('utf8', strip.next, end);
            offset = end + 1;
            previous = name;
        }
        else {
            const end = index.indexOf(0, cursor);
            if (end === -1)
                return undefined;
            name = index.toString('utf8', cursor, end);
            // Entries are NUL-padded to a multiple of eight bytes (one to eight NULs).
            offset += (cursor - offset + (end - cursor) + 8) & ~7;
        }
        paths.push(name);
        if ((flags & ASSUME_VALID) !== 0 || (extended & SKIP_WORKTREE) !== 0)
            hidden.push(name);
    }
    // A split index keeps most entries in a shared file this reading does not follow.
    const extensionsEnd = index.length - hashBytes;
    while (offset + 8 <= extensionsEnd) {
        if (index.toString('latin1', offset, offset + 4) === 'link')
            return undefined;
        offset += 8 + index.readUInt32BE(offset + 4);
    }
    return { paths, hidden };
}
/** git's offset varint (varint.c): each continuation adds one before shifting. */
function readVarint(buffer, at) {
    let position = at;
    let byte = buffer.readUInt8(position++);
    let value = byte & 0x7f;
    while ((byte & 0x80) !== 0) {
        byte = buffer.readUInt8(position++);
        value = ((value + 1) << 7) | (byte & 0x7f);
    }
    return { value, next: position };
}


/***/ }),

/***/ 50415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b$: () => (/* binding */ readCheckout),
/* harmony export */   n6: () => (/* binding */ readRefs)
/* harmony export */ });
/* unused harmony exports readGitFiles, readCheckoutStamped, readRunStateDigest, readOutside */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_integrity_outside_state_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61176);
/* harmony import */ var _core_run_layout_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88951);
/* harmony import */ var _git_git_metadata_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(49833);
/* harmony import */ var _git_git_runner_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(63338);
/* harmony import */ var _git_z_output_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(68971);
/* harmony import */ var _checkout_stamp_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(32096);
/* harmony import */ var _hidden_index_entries_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(43946);
/* harmony import */ var _stat_signature_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(68827);
/* harmony import */ var _store_reader_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(30369);
/**
 * Reads what lies outside an attempt (see core/integrity/outside-state.ts) cheaply: git
 * metadata, hooks and refs (loose and packed) straight from the filesystem, the run store by
 * `lstat` (store-reader.ts), and the operator's checkout with one `git status`. Git is run
 * only after the git metadata has been read (and, by the caller, restored), never on
 * metadata an agent planted.
 */












/** Files git reads as configuration or as programs, relative to the common git directory. */
const COMMON_FILES = (/* unused pure expression or super */ null && ([
    'config',
    'info/exclude',
    'info/attributes',
    'info/grafts',
    'info/sparse-checkout',
    'objects/info/alternates',
    'objects/info/http-alternates'
]));
const WORKTREE_ADMIN_FILES = (/* unused pure expression or super */ null && (['HEAD', 'gitdir', 'commondir', 'config.worktree', 'locked']));
const KEEP_CONTENT_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
function sha256(data) {
    return createHash('sha256').update(data).digest('hex');
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
    const stats = lstatOrUndefined(path);
    if (stats === undefined)
        return;
    const label = repoRelative(repoRoot, path);
    if (stats.isDirectory()) {
        for (const name of readdirSync(path).sort())
            watchFile(files, repoRoot, join(path, name), run, earlier);
        return;
    }
    const extra = run === undefined ? {} : { run };
    if (stats.isSymbolicLink()) {
        const target = readlinkSync(path);
        files.files[label] = { sha256: sha256(`symlink:${target}`), ...extra };
        files.contents.set(label, { kind: 'symlink', target });
        return;
    }
    if (!stats.isFile()) {
        files.files[label] = { sha256: sha256(`special:${stats.mode}`), ...extra };
        return;
    }
    const sig = signature(stats, path);
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
    const data = readFileSync(path);
    const isConfig = /(^|\/)config(\.worktree)?$/.test(label);
    files.files[label] = {
        sha256: sha256(data),
        ...(isConfig ? { configLines: configLines(data.toString('utf8')) } : {}),
        ...extra
    };
    if (data.length <= KEEP_CONTENT_BYTES)
        files.contents.set(label, { kind: 'file', data, mode: Number(stats.mode) & 0o7777 });
}
/** The run whose worktree (absolute) lies under the worktree root, if any. */
function worktreeRun(repoRoot, worktree) {
    const prefix = `${join(repoRoot, WORKTREE_ROOT)}/`;
    return worktree.startsWith(prefix) ? worktree.slice(prefix.length).split('/')[0] : undefined;
}
/** The worktree an administrative directory's `gitdir` pointer names, if it has one. */
function worktreeOf(adminDir) {
    try {
        return dirname(resolve(adminDir, readFileSync(join(adminDir, 'gitdir'), 'utf8').trim()));
    }
    catch {
        return undefined;
    }
}
/** Whether `worktree` is the attempt's own (the same path, or the same directory through links). */
function isOwnWorktree(worktree, ownPath, own) {
    if (ownPath === null)
        return false;
    if (resolve(worktree) === resolve(ownPath))
        return true;
    if (own === undefined)
        return false;
    const stats = statSync(worktree, { bigint: true, throwIfNoEntry: false });
    return stats !== undefined && stats.dev === own.dev && stats.ino === own.ino;
}
/**
 * Git metadata of the checkout: config, info files, hooks, HEAD, other worktrees' pointers.
 * A file whose signature is unchanged since `earlier` was read is taken from that reading.
 */
function readGitFiles(scope, earlier) {
    const readAtMs = Date.now();
    const { gitDir, commonDir } = locateGitDirs(scope.repoRoot);
    const files = { files: {}, contents: new Map(), signatures: new Map() };
    const watch = (path, run) => watchFile(files, scope.repoRoot, path, run, earlier);
    for (const name of COMMON_FILES)
        watch(join(commonDir, name));
    watch(join(commonDir, 'hooks'));
    watch(join(gitDir, 'HEAD'));
    if (gitDir !== commonDir)
        watch(join(gitDir, 'config.worktree'));
    const admins = join(commonDir, 'worktrees');
    const names = existsSync(admins) ? readdirSync(admins).sort() : [];
    const own = scope.ownWorktree === null
        ? undefined
        : statSync(scope.ownWorktree, { bigint: true, throwIfNoEntry: false });
    for (const name of names) {
        const adminDir = join(admins, name);
        if (adminDir === gitDir)
            continue;
        const worktree = worktreeOf(adminDir);
        if (worktree !== undefined && isOwnWorktree(worktree, scope.ownWorktree, own))
            continue;
        const run = worktree === undefined ? undefined : worktreeRun(scope.repoRoot, worktree);
        for (const file of WORKTREE_ADMIN_FILES)
            watch(join(adminDir, file), run);
    }
    return { ...files, commonDir, readAtMs };
}
function walkRefs(refs, dir, prefix) {
    let entries;
    try {
        entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(dir, { withFileTypes: true });
    }
    catch {
        return;
    }
    for (const entry of entries) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, entry.name);
        const name = `${prefix}/${entry.name}`;
        if (entry.isDirectory())
            walkRefs(refs, path, name);
        else if (!entry.name.endsWith('.lock')) {
            try {
                refs[name] = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, 'utf8').trim();
            }
            catch {
                // gone between listing and reading: a ref being deleted right now
            }
        }
    }
}
/** Every ref, loose over packed, as git resolves names (symbolic refs as `ref: <target>`). */
async function readRefs(repoRoot, commonDir) {
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(commonDir, 'reftable')))
        return readRefsThroughGit(repoRoot);
    const refs = {};
    let packed = '';
    try {
        packed = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(commonDir, 'packed-refs'), 'utf8');
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
    walkRefs(refs, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(commonDir, 'refs'), 'refs');
    return refs;
}
/** A reftable repository keeps refs in a binary format: ask git (one process). */
async function readRefsThroughGit(repoRoot) {
    const output = await (0,_git_git_runner_js__WEBPACK_IMPORTED_MODULE_6__/* .runGit */ .EO)(repoRoot, [
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
    return (await statusOfCheckout(repoRoot, (0,_git_git_metadata_js__WEBPACK_IMPORTED_MODULE_5__/* .locateGitDirs */ .Td)(repoRoot))).entries;
}
/**
 * `readCheckout`, or `earlier` itself when its stamp shows that git would find the checkout
 * as it did then (see checkout-stamp.ts).
 */
async function readCheckoutStamped(repoRoot, earlier) {
    const dirs = locateGitDirs(repoRoot);
    const scope = { root: repoRoot, ...dirs };
    if (earlier?.stamp !== undefined && checkoutStampHolds(earlier.stamp, scope))
        return earlier;
    const start = readingStart(scope);
    const status = await statusOfCheckout(repoRoot, dirs);
    const stamp = takeCheckoutStamp(scope, { start, ...status });
    return stamp === undefined ? { checkout: status.entries } : { checkout: status.entries, stamp };
}
async function statusOfCheckout(repoRoot, { gitDir, commonDir }) {
    const output = await (0,_git_git_runner_js__WEBPACK_IMPORTED_MODULE_6__/* .runGit */ .EO)(repoRoot, [
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
        const stats = (0,_stat_signature_js__WEBPACK_IMPORTED_MODULE_9__/* .lstatOrUndefined */ .Y)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(repoRoot, path));
        const sig = stats === undefined ? 'absent' : (0,_stat_signature_js__WEBPACK_IMPORTED_MODULE_9__/* .signature */ .v)(stats, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(repoRoot, path));
        entries[path] = `${record.slice(0, position).trim()}|${sig}`;
    }
    // git status does not look at these paths at all: each is listed with its signature.
    const index = await indexPaths(repoRoot, gitDir, commonDir);
    for (const path of index.hidden) {
        const stats = (0,_stat_signature_js__WEBPACK_IMPORTED_MODULE_9__/* .lstatOrUndefined */ .Y)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(repoRoot, path));
        const sig = stats === undefined ? 'absent' : (0,_stat_signature_js__WEBPACK_IMPORTED_MODULE_9__/* .signature */ .v)(stats, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(repoRoot, path));
        entries[path] = `${entries[path] ?? _core_integrity_outside_state_js__WEBPACK_IMPORTED_MODULE_3__/* .HIDDEN_FROM_STATUS */ .J_}|${sig}`;
    }
    return { entries, ignoredDirs: (0,_git_z_output_js__WEBPACK_IMPORTED_MODULE_11__/* .parseIgnoredDirs */ .Io)(output), tracked: index.paths };
}
/** The index's hidden entries, and all its paths when the index file could be read here. */
async function indexPaths(repoRoot, gitDir, commonDir) {
    const read = (0,_hidden_index_entries_js__WEBPACK_IMPORTED_MODULE_8__/* .readRepositoryIndex */ .N)(gitDir, commonDir);
    if (read !== undefined)
        return read;
    const hidden = (0,_git_z_output_js__WEBPACK_IMPORTED_MODULE_11__/* .parseHiddenIndexEntries */ .k7)(await (0,_git_git_runner_js__WEBPACK_IMPORTED_MODULE_6__/* .runGit */ .EO)(repoRoot, ['ls-files', '-v', '-z']));
    return { hidden, paths: undefined };
}
function readRunStateDigest(repoRoot, runId) {
    try {
        return sha256(readFileSync(join(repoRoot, CONTROL_ROOT, runId, 'run_state.json')));
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
    const liveRuns = readLiveRuns(scope.repoRoot, scope.runId);
    const store = previous === undefined
        ? readStore(scope.repoRoot)
        : readStoreCarrying(scope.repoRoot, {
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

/***/ 68827:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ lstatOrUndefined),
/* harmony export */   v: () => (/* binding */ signature)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/**
 * What the integrity readings compare a file by when they do not hash it: its `lstat`
 * signature (see `signature`).
 */

/** Most watched files do not exist: lstat is told not to throw (an exception costs 5\u00D7 a call). */
function lstatOrUndefined(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path, { bigint: true, throwIfNoEntry: false });
    }
    catch {
        return undefined;
    }
}
/**
 * Changes whenever the file is written, renamed over or re-permissioned (ctime cannot be set
 * back).
 */
function signature(stats, path) {
    if (stats.isDirectory())
        return 'd';
    if (stats.isSymbolicLink())
        return `l:${(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(path)}:${stats.ctimeNs}`;
    return `f:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}:${stats.ino}:${stats.mode}`;
}


/***/ }),

/***/ 30369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* unused harmony exports readStore, readStoreCarrying, readLiveRuns */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_run_layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88951);
/* harmony import */ var _stat_signature_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68827);
/**
 * The run store as the integrity check reads it: every file and directory under the store
 * roots by `lstat` signature, walked after every stage; before a stage, the parts the kernel
 * has not written since are taken from that walk (docs/decisions.md, "Run store readings
 * between stages").
 */





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
        entries = readdirSync(dir, { withFileTypes: true });
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
        const stats = lstatSync(path, { bigint: true, throwIfNoEntry: false });
        if (stats === undefined)
            continue;
        store[label] = signature(stats, path);
        if (stats.isDirectory())
            walkStore(store, path, label);
    }
}
/** Every file and directory under the run store roots, by `lstat` signature. */
function readStore(repoRoot) {
    const store = {};
    for (const root of [CONTROL_ROOT, REPORT_ROOT])
        walkStore(store, join(repoRoot, root), root);
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
    for (const root of [CONTROL_ROOT, REPORT_ROOT]) {
        const rootDir = join(repoRoot, root);
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
        names = readdirSync(dir);
    }
    catch {
        return [];
    }
    const listed = [];
    for (const name of names) {
        const path = `${dir}/${name}`;
        const stats = lstatSync(path, { bigint: true, throwIfNoEntry: false });
        if (stats === undefined)
            continue;
        store[`${relative}/${name}`] = signature(stats, path);
        listed.push([name, stats]);
    }
    return listed;
}
/**
 * The carried directory a store path lies under (with a trailing `/`): its run's for
 * another run, its item's for this one; undefined for what is always read.
 */
function carryUnitOf(path, runId) {
    for (const root of [CONTROL_ROOT, REPORT_ROOT]) {
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
    const control = join(repoRoot, CONTROL_ROOT);
    let runs;
    try {
        runs = readdirSync(control);
    }
    catch {
        return [];
    }
    return runs.filter((run) => run !== runId && holdsLiveLock(join(control, run)));
}
function holdsLiveLock(runDir) {
    if (!existsSync(join(runDir, 'run.lock')))
        return false;
    try {
        const owner = JSON.parse(readFileSync(join(runDir, 'run.lock.owner.json'), 'utf8'));
        if (owner.host !== hostname() || typeof owner.pid !== 'number')
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

/***/ 92247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sq: () => (/* binding */ isProcessGroupRunning),
/* harmony export */   jW: () => (/* binding */ isProcessAlive),
/* harmony export */   vz: () => (/* binding */ signalProcessGroup)
/* harmony export */ });
/* unused harmony export terminateProcessGroup */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_1__);


/**
 * Process-group bookkeeping for the runner. A group is "alive" while a member is running;
 * zombies do not count: they are dead, and reaping them is init's job (in some containers
 * init reaps late, which would otherwise make every stage wait out its kill grace).
 */
const POLL_MS = 25;
/** SIGTERM to the whole group, then SIGKILL after `graceMs` if anything is still running. */
async function terminateProcessGroup(pgid, graceMs) {
    if (!isProcessGroupRunning(pgid))
        return;
    signalProcessGroup(pgid, 'SIGTERM');
    const deadline = performance.now() + graceMs;
    while (performance.now() < deadline) {
        await delay(Math.min(POLL_MS, Math.max(1, deadline - performance.now())));
        if (!isProcessGroupRunning(pgid))
            return;
    }
    signalProcessGroup(pgid, 'SIGKILL');
    // SIGKILL cannot be ignored; wait briefly so callers see the group gone when we return.
    const killDeadline = performance.now() + 1000;
    while (isProcessGroupRunning(pgid) && performance.now() < killDeadline)
        await delay(POLL_MS);
}
function signalProcessGroup(pgid, signal) {
    try {
        process.kill(-pgid, signal);
    }
    catch {
        // ESRCH: the group ended between the check and the signal.
    }
}
/** Whether any process of the group is still running (not merely a zombie). */
function isProcessGroupRunning(pgid) {
    try {
        process.kill(-pgid, 0);
    }
    catch (error) {
        return error.code === 'EPERM';
    }
    const members = listGroupMembers(pgid);
    if (members === null)
        return true;
    return members.some((member) => member.state !== 'Z' && member.state !== 'X');
}
/** Members read from /proc (Linux); null where /proc is not available. */
function listGroupMembers(pgid) {
    let entries;
    try {
        entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)('/proc');
    }
    catch {
        return null;
    }
    const members = [];
    for (const entry of entries) {
        if (!/^\d+$/.test(entry))
            continue;
        const stat = readStat(entry);
        if (stat === null)
            continue;
        // Fields after the parenthesised command name: state, ppid, pgrp, ...
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        if (Number(fields[2]) === pgid)
            members.push({ pid: Number(entry), state: fields[0] ?? '' });
    }
    return members;
}
function readStat(pid) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(`/proc/${pid}/stat`, 'utf8');
    }
    catch {
        return null;
    }
}
/** Whether a process runs; one we may not signal (EPERM) runs as someone else. */
function isProcessAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}


/***/ }),

/***/ 93712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $L: () => (/* binding */ readCwd),
/* harmony export */   $q: () => (/* binding */ listPids),
/* harmony export */   BV: () => (/* binding */ readStat),
/* harmony export */   LE: () => (/* binding */ readEnvironValue),
/* harmony export */   UK: () => (/* binding */ readCommand),
/* harmony export */   aW: () => (/* binding */ bootId)
/* harmony export */ });
/* unused harmony exports TICKS_PER_SECOND, currentTicks */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/** Linux counts process start times in USER_HZ, 100 on every architecture it runs on. */
const TICKS_PER_SECOND = 100;
const COMMAND_SHOWN = 160;
function readStat(pid) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(`/proc/${pid}/stat`, 'utf8');
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
        environ = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(`/proc/${pid}/environ`);
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
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(`/proc/${pid}/cwd`).replace(/ \(deleted\)$/, '');
    }
    catch {
        return null;
    }
}
function readCommand(pid) {
    try {
        const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
        return text.length > COMMAND_SHOWN ? `${text.slice(0, COMMAND_SHOWN - 1)}\u2026` : text;
    }
    catch {
        return '';
    }
}
/** The pids in /proc; empty where there is none. */
function listPids() {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)('/proc')
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
        const uptime = Number(readFileSync('/proc/uptime', 'utf8').split(' ')[0]);
        return Number.isFinite(uptime) ? Math.floor(uptime * TICKS_PER_SECOND) : null;
    }
    catch {
        return null;
    }
}
function bootId() {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    }
    catch {
        return null;
    }
}


/***/ }),

/***/ 59903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ runFiles)
});

// EXTERNAL MODULE: ./src/adapters/evidence-package.ts
var evidence_package = __webpack_require__(90838);
// EXTERNAL MODULE: ./src/adapters/run-store.ts + 1 modules
var run_store = __webpack_require__(59605);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/run/layout.ts
var layout = __webpack_require__(88951);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/adapters/run-store-access.ts




/**
 * The run store (states, logs, evidence, gate records, supervision) and the reports root are
 * the orchestrator's alone: 0700, so the agent user cannot enter either (docs/security.md).
 * Agents get their inputs and leave their outputs in a directory of each call instead.
 */
async function secureRunStore(repoRoot) {
    for (const root of [layout/* CONTROL_ROOT */.dF, layout/* REPORT_ROOT */._q]) {
        const path = (0,external_node_path_.join)(repoRoot, root);
        try {
            await (0,promises_.mkdir)(path, { recursive: true });
            await (0,promises_.chmod)(path, 0o700);
        }
        catch (error) {
            throw new errors/* UserInputError */.m2(`cannot make ${path} private (0700): ${(0,errors/* describeError */.Uc)(error)}`);
        }
    }
}

// EXTERNAL MODULE: ./src/adapters/atomic-file.ts + 1 modules
var atomic_file = __webpack_require__(66251);
;// CONCATENATED MODULE: ./src/adapters/worktree-packet.ts



/**
 * Puts a copy of one of the orchestrator's files into an attempt's worktree (its packet
 * directory, where the next agent of the attempt reads it). The worktree is the agent's to
 * write during its stages, so whatever it left on the way is suspect: a link or a file where
 * one of the directories belongs is removed and the directory made, and the file replaces
 * whatever stands at its name (atomic-file.ts). Nothing is ever written through a link an
 * agent planted, into a file of the orchestrator's user outside the worktree
 * (docs/security.md).
 */
async function copyIntoWorktree(source, worktree, inWorktree) {
    const parts = inWorktree.split('/');
    let directory = worktree;
    for (const part of parts.slice(0, -1)) {
        directory = (0,external_node_path_.join)(directory, part);
        const found = await (0,promises_.lstat)(directory).catch(() => undefined);
        if (found?.isDirectory() === true)
            continue;
        if (found !== undefined)
            await (0,promises_.rm)(directory, { force: true });
        await (0,promises_.mkdir)(directory);
    }
    await (0,atomic_file/* writeFileAtomically */.l)((0,external_node_path_.join)(worktree, inWorktree), await (0,promises_.readFile)(source));
}

;// CONCATENATED MODULE: ./src/adapters/run-files.ts




/**
 * The kernel's port to the run store's files (RunFiles). Kept apart from run-store.ts, which
 * `status` loads on its own and which must not bring the evidence copier with it.
 */
const runFiles = {
    writeJson: run_store/* writeJson */.GF,
    writeText: run_store/* writeText */.x3,
    saveRunState: run_store/* saveRunState */.iZ,
    copyEvidence: evidence_package/* copyEvidence */.J,
    secureRunStore: secureRunStore,
    copyIntoWorktree: copyIntoWorktree
};


/***/ }),

/***/ 82685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z4: () => (/* binding */ withRunLock),
/* harmony export */   c6: () => (/* binding */ RunLockedError),
/* harmony export */   iQ: () => (/* binding */ isRunLocked)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _exclusive_lock_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(35370);



/**
 * One writer per run. Every command that changes a run holds its lock for as long as it
 * works; a second one is refused with who holds it. The lock (proper-lockfile: an atomic
 * directory whose mtime the holder keeps fresh) is taken over at once when its holder ran
 * on this host and is gone, and after the stale time when it cannot be checked.
 */

class RunLockedError extends Error {
    name = 'RunLockedError';
    exitCode = 1;
}
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
    const held = await (0,_exclusive_lock_js__WEBPACK_IMPORTED_MODULE_2__/* .isLockHeld */ .d8)(layout.runStatePath, layout.lockPath);
    return held && !(await holderIsDead(layout));
}
/**
 * The lock's holder is known to be gone: it ran on this host and its process no longer
 * exists. Such a lock is taken over at once instead of after the stale time.
 */
async function holderIsDead(layout) {
    const owner = await readOwner(ownerPathOf(layout));
    if (owner === undefined || owner.host !== (0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)())
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
        host: (0,node_os__WEBPACK_IMPORTED_MODULE_1__.hostname)(),
        command,
        since: new Date().toISOString()
    };
    const release = await (0,_exclusive_lock_js__WEBPACK_IMPORTED_MODULE_2__/* .lockExclusively */ .By)({
        target: layout.runStatePath,
        lockPath: layout.lockPath,
        holderIsGone: () => holderIsDead(layout),
        clearHolder: () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(ownerPath, { force: true }),
        claim: () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(ownerPath, `${JSON.stringify(owner)}\n`),
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
            `If that process is gone, its lock expires within ${_exclusive_lock_js__WEBPACK_IMPORTED_MODULE_2__/* .LOCK_STALE_MS */ .LP / 1000} s.`);
    }
    let released;
    return {
        runId: layout.runId,
        release: () => (released ??= (async () => {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(ownerPath, { force: true });
            await release();
        })())
    };
}
async function readOwner(path) {
    try {
        return JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8'));
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 29744:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q1: () => (/* binding */ readRunScenario)
/* harmony export */ });
/* unused harmony exports readScenarioFile, keepScenarioCopy, scenarioDrift */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_run_layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88951);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(83916);
/* harmony import */ var _agents_scenario_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(31241);
/* harmony import */ var _run_store_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(59605);







/** Reads, hashes and checks a scenario file; a bad one is one clear refusal naming it. */
async function readScenarioFile(cwd, given, repoRoot) {
    const path = resolve(cwd, given);
    let text;
    try {
        text = await readFile(path, 'utf8');
    }
    catch (error) {
        throw new UserInputError(`${path}: cannot read the scenario: ${describeError(error)}`);
    }
    return {
        scenario: parseScenarioText(path, text),
        text,
        sha256: sha256Of(text),
        sourcePath: repoRoot === undefined ? path : repoRelative(repoRoot, path)
    };
}
/** The run's own copy of its scenario, refused unless it is exactly what the run recorded. */
async function readRunScenario(layout, recorded) {
    const copy = (0,_core_run_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .scenarioCopyPath */ .tI)(layout, recorded.sha256);
    const shown = (0,_core_run_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .repoRelative */ .Ne)(layout.repoRoot, copy);
    const again = `; give the scenario again with --scenario ${recorded.source_path}`;
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(copy, 'utf8').catch((error) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserInputError */ .m2(`run ${layout.runId}: its copy of the scenario ${shown} cannot be read (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .describeError */ .Uc)(error)})${again}`);
    });
    if (sha256Of(text) !== recorded.sha256)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserInputError */ .m2(`run ${layout.runId}: its copy of the scenario ${shown} is not what the run recorded (sha256 differs)${again}`);
    return {
        scenario: parseScenarioText(shown, text),
        text,
        sha256: recorded.sha256,
        sourcePath: recorded.source_path
    };
}
/** Puts a scenario's copy into the run (before the run state names it); idempotent. */
async function keepScenarioCopy(layout, source) {
    const copy = scenarioCopyPath(layout, source.sha256);
    const present = await readFile(copy, 'utf8').catch(() => undefined);
    if (present !== undefined && sha256Of(present) === source.sha256)
        return;
    await writeText(copy, source.text);
}
/**
 * When the file a run's scenario came from now holds something else (or is gone): the
 * sentence that says the run goes on with its copy, and how to play the file instead.
 */
async function scenarioDrift(repoRoot, agents) {
    const recorded = agents?.scenario ?? null;
    if (recorded === null)
        return undefined;
    const path = isAbsolute(recorded.source_path)
        ? recorded.source_path
        : resolve(repoRoot, recorded.source_path);
    const now = await readFile(path, 'utf8').catch(() => undefined);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserInputError */ .m2(`${path}: scenario is not valid JSON: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .describeError */ .Uc)(error)}`);
    }
    return (0,_agents_scenario_js__WEBPACK_IMPORTED_MODULE_4__/* .parseScenario */ .Mo)(value, path);
}
function sha256Of(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex');
}


/***/ }),

/***/ 70855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eQ: () => (/* binding */ cgroupMembers),
/* harmony export */   oc: () => (/* binding */ isStageCgroupPath)
/* harmony export */ });
/* unused harmony exports STAGE_CGROUPS_ENV, cgroupHost, createStageCgroup, startInside, killCgroup, tryRemove */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/** `PLAN_ORCHESTRATOR_STAGE_CGROUPS=off` never uses cgroups (the marker search remains). */
const STAGE_CGROUPS_ENV = 'PLAN_ORCHESTRATOR_STAGE_CGROUPS';
const PARENT_NAME = 'plan-orchestrator';
let detected;
/** The cgroup hierarchy stages can use in this process, or null; probed once. */
function cgroupHost(env = process.env) {
    if (env[STAGE_CGROUPS_ENV]?.trim().toLowerCase() === 'off')
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
    if (!(0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(path) || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.normalize)(path) !== path)
        return false;
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path)) !== PARENT_NAME || !/^[A-Za-z0-9._:-]+$/.test((0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path)))
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
    return { version, ownDir, parentDir: join(ownDir, PARENT_NAME) };
}
/** The directory of a cgroup path under a mount of its hierarchy, if it is visible there. */
function dirIn(mount, path) {
    const inside = relative(mount.root, path);
    if (inside.startsWith('..'))
        return undefined;
    return join(mount.point, inside);
}
/** Whether a stage cgroup can be made and this process moved into it and back. */
function usable(candidate) {
    let probeDir;
    try {
        mkdirSync(candidate.parentDir, { recursive: true });
        probeDir = join(candidate.parentDir, `probe-${process.pid}-${randomBytes(4).toString('hex')}`);
        mkdirSync(probeDir);
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
    const dir = join(cgroup.parentDir, `${name.replace(/[^A-Za-z0-9._:-]/g, '_')}.${randomBytes(3).toString('hex')}`);
    try {
        mkdirSync(dir);
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
    writeFileSync(join(dir, 'cgroup.procs'), `${process.pid}\n`);
}
/** The processes in a cgroup; empty when it is gone. */
function cgroupMembers(dir) {
    return readLines((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'cgroup.procs'))
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
        writeFileSync(join(dir, 'cgroup.kill'), '1\n');
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
        rmdirSync(dir);
        return true;
    }
    catch (error) {
        return error.code === 'ENOENT';
    }
}
function readLines(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, 'utf8')
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

/***/ 59322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   jb: () => (/* binding */ findStageProcesses)
/* harmony export */ });
/* unused harmony exports STAGE_ID_ENV, stageIdOf, stopStageProcesses, openStage, stopOpenStages, killOpenStages, describeStageProcess */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _stage_records_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40521);
/* harmony import */ var _process_table_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(93712);
/* harmony import */ var _stage_cgroup_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(70855);






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
const STAGE_ID_ENV = 'PLAN_ORCHESTRATOR_STAGE_ID';
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
        pid = (0,_process_table_js__WEBPACK_IMPORTED_MODULE_4__/* .readStat */ .BV)(pid)?.ppid ?? 0;
    }
    return lineage;
}
/** How a process belongs to the scope, if it does; reads as little of it as it can. */
function belonging(pid, stat, scope, inCgroups) {
    if (inCgroups.has(pid))
        return { foundBy: 'cgroup', cwd: (0,_process_table_js__WEBPACK_IMPORTED_MODULE_4__/* .readCwd */ .$L)(pid), stageId: (0,_process_table_js__WEBPACK_IMPORTED_MODULE_4__/* .readEnvironValue */ .LE)(pid, STAGE_ID_ENV) };
    const stageId = scope.ids.length === 0 ? null : (0,_process_table_js__WEBPACK_IMPORTED_MODULE_4__/* .readEnvironValue */ .LE)(pid, STAGE_ID_ENV);
    if (stageId !== null && scope.ids.some((id) => idMatches(stageId, id)))
        return { foundBy: 'marker', cwd: (0,_process_table_js__WEBPACK_IMPORTED_MODULE_4__/* .readCwd */ .$L)(pid), stageId };
    const dirs = scope.workdirs.filter((dir) => stat.startTicks >= dir.sinceTicks);
    if (dirs.length === 0)
        return undefined;
    const cwd = (0,_process_table_js__WEBPACK_IMPORTED_MODULE_4__/* .readCwd */ .$L)(pid);
    if (cwd !== null && dirs.some((dir) => isInside(cwd, dir.path)))
        return { foundBy: 'working directory', cwd, stageId };
    return undefined;
}
/** The running processes of a scope (zombies are dead and left out). */
function findStageProcesses(scope) {
    const excluded = selfAndAncestors();
    const inCgroups = new Set(scope.cgroups.flatMap(_stage_cgroup_js__WEBPACK_IMPORTED_MODULE_5__/* .cgroupMembers */ .eQ));
    const found = [];
    for (const pid of (0,_process_table_js__WEBPACK_IMPORTED_MODULE_4__/* .listPids */ .$q)()) {
        if (excluded.has(pid))
            continue;
        const stat = (0,_process_table_js__WEBPACK_IMPORTED_MODULE_4__/* .readStat */ .BV)(pid);
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
            command: (0,_process_table_js__WEBPACK_IMPORTED_MODULE_4__/* .readCommand */ .UK)(pid)
        });
    }
    return found;
}
const POLL_MS = 50;
/** SIGKILL rounds before giving up on a process that keeps coming back (a fork loop). */
const KILL_ROUNDS = 40;
/** Signals a process only if its pid still names the process that was found. */
function signal(found, name) {
    if (readStat(found.pid)?.startTicks !== found.startTicks)
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
        await delay(POLL_MS);
        running = look();
        terminate(running);
    }
    for (let round = 0; running.length > 0 && round < KILL_ROUNDS; round += 1) {
        for (const dir of scope.cgroups)
            killCgroup(dir);
        for (const info of running)
            signal(info, 'SIGKILL');
        await delay(POLL_MS);
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
        ? `process/${process.pid}/${randomBytes(6).toString('hex')}`
        : stageIdOf(binding);
    const cgroup = cgroupHost(env);
    let cgroupDir = cgroup === null ? null : createStageCgroup(cgroup, id);
    // Until the child's own start time is known: an estimate from the uptime, with a second
    // of slack (the two clocks are rounded differently, and may be offset in a namespace).
    const now = currentTicks();
    let sinceTicks = now === null ? null : now - TICKS_PER_SECOND;
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
            host: hostname(),
            boot_id: bootId(),
            orchestrator_pid: process.pid,
            mechanism: cgroupDir === null || cgroup === null ? 'marker' : `cgroup_${cgroup.version}`,
            cgroup_path: cgroupDir,
            since_ticks: sinceTicks,
            leader: null
        };
    const replaceRecord = (next) => binding === undefined || record === undefined
        ? Promise.resolve()
        : updateStageRecords(binding.recordPath, (stages) => [
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
        environment: (childEnv) => ({ ...childEnv, [STAGE_ID_ENV]: id }),
        start(spawnChild) {
            if (cgroup !== null && cgroupDir !== null) {
                const started = startInside(cgroup, cgroupDir, spawnChild);
                if (started.inside)
                    return started.value;
                tryRemove(cgroupDir);
                cgroupDir = null;
            }
            return spawnChild();
        },
        started(pid, command) {
            // Readable even if the child already exited: it is not reaped before this returns.
            const startTicks = readStat(pid)?.startTicks ?? null;
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
                const cgroupGone = cgroupDir === null || tryRemove(cgroupDir);
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
            killCgroup(dir);
        for (const info of findStageProcesses(scope))
            signal(info, 'SIGKILL');
    }
}
/** One line per process of a stage: pid, command, how it was found. */
function describeStageProcess(found) {
    return `pid ${found.pid} (${found.command || '?'}; found by ${found.foundBy})`;
}


/***/ }),

/***/ 40521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   tc: () => (/* binding */ readStageRecords)
/* harmony export */ });
/* unused harmony exports STAGE_RECORDS_VERSION, updateStageRecords */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92857);
/* harmony import */ var _atomic_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66251);



/**
 * `stage_processes.json` beside the run state: the stages that are open, so that after a
 * kill -9 of the orchestrator `resume` finds and stops what they left running.
 */
const STAGE_RECORDS_VERSION = 'plan_orchestrator.stage_processes.v1';
const StageRecordSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    stage_id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    run_id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    item_id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    attempt_number: zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().min(1),
    stage: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    worktree_path: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    started_at_utc: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    host: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    boot_id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
    orchestrator_pid: zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr(),
    /** How the stage's processes are held: its cgroup, or only the marker and directory. */
    mechanism: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['cgroup_v2', 'cgroup_v1', 'marker']),
    cgroup_path: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
    /** Processes started at or after this many clock ticks since boot belong to the stage. */
    since_ticks: zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().nullable(),
    leader: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ pid: zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr(), start_ticks: zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().nullable(), command: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP() })
        .nullable()
});
const StageRecordsSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    schema_version: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(STAGE_RECORDS_VERSION),
    stages: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(StageRecordSchema)
});
/** The open stages a record file lists; a missing or unreadable file lists none. */
async function readStageRecords(path) {
    try {
        const parsed = StageRecordsSchema.safeParse(JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8')));
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
            await rm(path, { force: true });
        else
            await writeFileAtomically(path, `${JSON.stringify({ schema_version: STAGE_RECORDS_VERSION, stages }, null, 2)}\n`);
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

/***/ 26353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ publishStatement)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91659);
/* harmony import */ var _adapters_git_port_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44112);
/* harmony import */ var _adapters_run_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59903);
/* harmony import */ var _adapters_run_store_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(59605);
/* harmony import */ var _core_provenance_statement_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(24138);
/* harmony import */ var _core_schemas_provenance_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(35377);
/* harmony import */ var _kernel_provenance_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(60358);









/**
 * A passed item's provenance statement on GitHub (docs/provenance.md). The kernel wrote it
 * when the item passed; the job writes it again once GitHub's facts are on record (the item
 * job's link in the chain, GitHub's approval record), before the state is uploaded, so the
 * statement names the jobs that produced and approved the checkpoint. The outputs feed the
 * reusable workflow's `attest` job: actions/attest signs the predicate for the item's patch.
 */
async function publishStatement(run, itemId) {
    const state = await (0,_adapters_run_store_js__WEBPACK_IMPORTED_MODULE_5__/* .loadRunState */ .fQ)(run);
    const item = state.items.find((entry) => entry.item_id === itemId);
    if (item?.terminal_state !== 'passed')
        return;
    try {
        const path = await (0,_kernel_provenance_js__WEBPACK_IMPORTED_MODULE_8__/* .writeItemStatement */ .gd)(run, state, itemId, {
            files: _adapters_run_files_js__WEBPACK_IMPORTED_MODULE_4__/* .runFiles */ .N,
            git: (0,_adapters_git_port_js__WEBPACK_IMPORTED_MODULE_3__/* .createGitPort */ .a)()
        });
        const statement = _core_schemas_provenance_js__WEBPACK_IMPORTED_MODULE_7__/* .ProvenanceStatementSchema */ ._4.parse(JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8')));
        const patch = statement.subject.find((subject) => 'sha256' in subject.digest);
        if (patch === undefined || !('sha256' in patch.digest))
            return;
        _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH('provenance-statement', (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(run.repoRoot, path));
        _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH('provenance-subject-name', patch.name);
        _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH('provenance-subject-digest', `sha256:${patch.digest.sha256}`);
        _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH('provenance-predicate-type', statement.predicateType);
        _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH('provenance-predicate', (0,_core_provenance_statement_js__WEBPACK_IMPORTED_MODULE_6__/* .canonicalJson */ .dj)(statement.predicate));
    }
    catch (error) {
        // The pass stands; `verify` names the item whose statement is missing or stale.
        _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e(`the provenance statement of item ${itemId} could not be written: ${error instanceof Error ? error.message : String(error)}`);
    }
}


/***/ }),

/***/ 24722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VW: () => (/* binding */ handOff),
  rB: () => (/* binding */ pullRequestApi)
});

// UNUSED EXPORTS: syncPullRequest

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
// EXTERNAL MODULE: ./src/adapters/review-facts.ts + 1 modules
var review_facts = __webpack_require__(57179);
// EXTERNAL MODULE: ./src/core/provenance/pr-lines.ts
var pr_lines = __webpack_require__(56703);
// EXTERNAL MODULE: ./src/core/review/facts.ts
var core_review_facts = __webpack_require__(73259);
// EXTERNAL MODULE: ./src/core/gha/summary/decisions.ts
var decisions = __webpack_require__(71170);
// EXTERNAL MODULE: ./src/core/gha/summary/fit.ts
var fit = __webpack_require__(6130);
// EXTERNAL MODULE: ./src/core/gha/summary/markdown.ts
var markdown = __webpack_require__(23748);
// EXTERNAL MODULE: ./src/core/gha/summary/item-sections.ts
var item_sections = __webpack_require__(74419);
// EXTERNAL MODULE: ./src/core/gha/summary/run-sections.ts
var run_sections = __webpack_require__(85473);
;// CONCATENATED MODULE: ./src/core/gha/pr-body.ts







const LEVELS = [
    { rows: 200, perItem: true, graph: true },
    { rows: 200, perItem: true, graph: false },
    { rows: 200, perItem: false, graph: false },
    { rows: 30, perItem: false, graph: false },
    { rows: 0, perItem: false, graph: false }
];
function renderPrBody(input) {
    const max = Math.min(input.maxChars ?? fit/* GITHUB_PR_BODY_LIMIT_CHARS */.ue, fit/* GITHUB_PR_BODY_LIMIT_CHARS */.ue);
    return (0,fit/* fitToLimit */.Qt)({
        levels: LEVELS,
        render: (detail) => render(input, detail),
        measure: fit/* characters */.hg,
        max,
        trailer: `\n\n\u2026 cut to fit the pull request body; ${restText(input)}.\n`
    });
}
/** The pull request's title for a run. */
function prTitle(facts) {
    return `plan-orchestrator: ${facts.planTitle} (${facts.state.run_id})`.slice(0, 250);
}
function restText(input) {
    const artifact = input.links?.artifactName;
    return artifact === undefined
        ? `run \`plan-orchestrator status --run-id ${input.facts.state.run_id}\` for the rest`
        : `the full reports are in artifact **${(0,markdown/* text */.Qq)(artifact, 200)}**`;
}
function render(input, detail) {
    const { facts } = input;
    const rows = (0,run_sections/* rowsOfRun */.G7)(facts);
    const state = facts.state;
    const done = state.items.every((item) => item.terminal_state === 'passed');
    const sections = [
        `## ${(0,markdown/* text */.Qq)(facts.planTitle, 200)}`,
        `Run ${(0,markdown/* text */.Qq)(state.run_id, 100)} of the playbook ${(0,markdown/* text */.Qq)(state.playbook_source_path, 300)}: ` +
            `the run branch ${(0,markdown/* text */.Qq)(state.run_branch_name, 200)} into ${(0,markdown/* text */.Qq)(input.baseBranch, 200)}. ` +
            (done
                ? 'Every item passed; the run is complete.'
                : 'The run is still going: this body is rewritten at every hop.'),
        `${(0,run_sections/* progressText */.l_)(rows)} \u00B7 total: ${(0,markdown/* text */.Qq)((0,core_review_facts/* formatCost */.BD)(facts.usage))} (${(0,markdown/* text */.Qq)((0,core_review_facts/* formatTokens */._y)(facts.usage))})`,
        detail.rows > 0
            ? `### Items\n\n${(0,run_sections/* runTable */.cS)(rows, { maxRows: detail.rows, rest: restText(input) })}`
            : `### Items\n\nThe item table is left out to fit; ${restText(input)}.`,
        detail.graph ? (0,run_sections/* dependencyGraph */.iq)(rows) : '',
        (0,decisions/* gateDecisionsSection */.K)(facts.items),
        detail.perItem ? reviewSection(facts.items) : '',
        detail.perItem ? provenanceSection(input) : '',
        footer(input)
    ];
    return `${sections.filter((section) => section !== '').join('\n\n')}\n`;
}
function reviewSection(items) {
    const reviewed = items.filter((item) => item.reports.verification !== undefined || item.reports.findings !== undefined);
    if (reviewed.length === 0)
        return '';
    const rows = reviewed.map((item) => {
        const verification = item.reports.verification;
        const failed = verification?.command_results.filter((result) => result.status === 'fail') ?? [];
        const packet = item.reports.findings;
        const findings = packet?.merged_findings ?? [];
        const tally = (0,item_sections/* severityTally */.kH)(findings.map((finding) => finding.severity));
        return [
            (0,markdown/* cell */.Hn)(item.id, 100),
            verification === undefined
                ? '\u2014'
                : `${(0,markdown/* cell */.Hn)(verification.overall_result)} (${verification.command_results.length} commands${failed.length > 0 ? `, ${failed.length} failed` : ''})`,
            packet === undefined
                ? '\u2014'
                : (0,markdown/* cell */.Hn)(packet.codex_audit_summary.overall_verdict ?? packet.codex_audit_summary.status),
            packet === undefined
                ? '\u2014'
                : (0,markdown/* cell */.Hn)(packet.claude_audit_summary.overall_verdict ?? packet.claude_audit_summary.status),
            findings.length === 0 ? 'none' : (0,markdown/* cell */.Hn)(tally.join(', ')),
            (0,markdown/* cell */.Hn)((0,core_review_facts/* formatCost */.BD)(item.usage))
        ];
    });
    return [
        '### Verification and audits',
        (0,markdown/* table */.tp)(['Item', 'Verification', 'Codex audit', 'Claude audit', 'Findings', 'Cost'], rows)
    ].join('\n\n');
}
function provenanceSection(input) {
    if (input.provenance === undefined)
        return '';
    return [
        '### Commits and provenance',
        (0,pr_lines/* renderProvenanceLines */.B)(input.provenance).trimEnd(),
        (input.links?.artifactName === undefined
            ? "The statements are in the run's files. "
            : `The statements are in artifact **${(0,markdown/* text */.Qq)(input.links.artifactName, 200)}**. `) +
            // A run id is RUN_<stamp>_<hex> (validated), safe in a code span, where escapes would show.
            `Check every link: \`plan-orchestrator verify --run-id ${input.facts.state.run_id}\`.`
    ].join('\n\n');
}
function footer(input) {
    const parts = [
        input.hop === undefined
            ? 'Written by plan-orchestrator'
            : `Updated by plan-orchestrator at hop ${input.hop}`,
        input.links?.runUrl === undefined ? undefined : (0,markdown/* link */.nf)('workflow run', input.links.runUrl),
        input.links?.artifactName === undefined
            ? undefined
            : `full reports in artifact **${(0,markdown/* text */.Qq)(input.links.artifactName, 200)}**`
    ].filter((part) => part !== undefined);
    return `---\n\n<sub>${parts.join(' \u00B7 ')}</sub>`;
}

// EXTERNAL MODULE: ./src/composition/actions/github.ts
var github = __webpack_require__(81071);
;// CONCATENATED MODULE: ./src/composition/actions/pull-request.ts




/**
 * The pull request hand-off: after the run's first passed item, one pull request from the run
 * branch to the branch the run started from, its body rewritten at every hop (the run's table,
 * gate decisions, verification, audits, cost). When every item passed, `ready` marks it ready
 * for review; `draft` leaves it a draft. Idempotent: the pull request is found by its head
 * branch, so a re-run updates the one that exists and never opens a second.
 */
async function syncPullRequest(input) {
    const { api, state } = input;
    if (input.mode === 'none')
        return undefined;
    const head = state.run_branch_name;
    const existing = await findOpen(api, head, input.baseBranch);
    const passed = state.items.some((item) => item.terminal_state === 'passed');
    if (existing === undefined && !passed)
        return undefined;
    const facts = await (0,review_facts/* readRunFacts */.FA)(input.run, state);
    const body = renderPrBody({
        facts,
        baseBranch: input.baseBranch,
        links: { runUrl: input.runUrl, artifactName: input.artifactName },
        provenance: await (0,review_facts/* readProvenanceLines */.V6)(input.run, state),
        hop: input.hop
    });
    let pull;
    if (existing !== undefined)
        pull = await api.updatePullRequestBody(existing.number, body);
    else {
        try {
            pull = await api.createPullRequest({
                head,
                base: input.baseBranch,
                title: prTitle(facts),
                body,
                draft: true
            });
            core/* info */.pq(`opened pull request #${pull.number} from ${head} into ${input.baseBranch}`);
        }
        catch (error) {
            // Another job opened it meanwhile (GitHub refuses a second one with 422): update that.
            const raced = await findOpen(api, head, input.baseBranch);
            if (error.status !== 422 || raced === undefined)
                throw error;
            pull = await api.updatePullRequestBody(raced.number, body);
        }
    }
    const complete = state.items.every((item) => item.terminal_state === 'passed');
    if (complete && input.mode === 'ready' && pull.draft) {
        await api.markReadyForReview(pull.nodeId);
        core/* info */.pq(`pull request #${pull.number} is ready for review`);
        pull = { ...pull, draft: false };
    }
    return pull;
}
async function findOpen(api, head, base) {
    return (await api.pullRequestsFrom(head)).find((pull) => pull.base === base);
}
/**
 * The API the pull request calls go through: the job's API, or one with `pull-request-token`
 * (a GitHub App token, whose pull requests trigger workflows; the workflow token's do not).
 */
async function pullRequestApi(token, jobApi, ctx) {
    if (token === '')
        return jobApi;
    core/* setSecret */.Pq(token);
    return await (0,github/* createGitHubApi */._j)({ token, baseUrl: ctx.apiUrl, repository: ctx.repository });
}
/**
 * The hand-off never fails a hop whose state is already published: a missing
 * `pull-requests: write` permission, say, is a warning that says what to grant.
 */
async function handOff(input) {
    try {
        const pull = await syncPullRequest(input);
        if (pull !== undefined)
            core/* setOutput */.uH('pull-request-url', pull.url);
        return pull;
    }
    catch (error) {
        core/* warning */.$e(`pull request not updated: ${error instanceof Error ? error.message : String(error)} (the job needs permissions pull-requests: write; see docs/github-action.md)`);
        return undefined;
    }
}


/***/ }),

/***/ 22325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pT: () => (/* binding */ evidenceDirectory)
/* harmony export */ });
/* unused harmony exports refusalOf, refusalOfAsync */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _adapters_evidence_package_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90838);
/* harmony import */ var _kernel_evidence_intake_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27769);
/* harmony import */ var _core_policy_runtime_policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(11181);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83916);






/**
 * The one check of `--external-evidence-dir` (run, resume, supervise resume, the Action):
 * an existing directory, not a link, holding only regular files and directories (no link
 * anywhere, each named when refused), within the run's size limit. Reads only. Returns the
 * absolute path; undefined when none was given.
 */
async function evidenceDirectory(cwd, given, checks = {}) {
    if (given === undefined)
        return undefined;
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, given);
    const rules = checks.options === undefined
        ? { label: `--external-evidence-dir ${given}` }
        : (0,_kernel_evidence_intake_js__WEBPACK_IMPORTED_MODULE_3__/* .evidenceRules */ .xp)(given, checks.options);
    await (0,_adapters_evidence_package_js__WEBPACK_IMPORTED_MODULE_2__/* .inspectEvidence */ .i)(path, rules);
    if (checks.insideRepository !== undefined)
        await assertInsideRepository(path, checks.insideRepository, rules.label);
    return path;
}
async function assertInsideRepository(path, repo, label) {
    const [real, root] = await Promise.all([(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(path), (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(repo)]);
    const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, real);
    const parts = inside.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep);
    if (inside === '' || inside.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(inside))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserInputError */ .m2(`${label}: resolves to ${real}, which is not a directory inside the repository; evidence must be a directory of the checkout`);
    if (parts[0] === '.git' || parts[0] === '.local')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UserInputError */ .m2(`${label}: resolves to ${real}, inside ${parts[0]}/, which is never evidence`);
}
/** A user's mistake as a problem line, for checks reported together; anything else throws. */
function refusalOf(check) {
    try {
        check();
        return [];
    }
    catch (error) {
        if (error instanceof UserInputError)
            return [error.message];
        throw error;
    }
}
async function refusalOfAsync(check) {
    try {
        await check();
        return [];
    }
    catch (error) {
        if (error instanceof UserInputError)
            return [error.message];
        throw error;
    }
}


/***/ }),

/***/ 61176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J_: () => (/* binding */ HIDDEN_FROM_STATUS),
/* harmony export */   rS: () => (/* binding */ STAGE_RECORD),
/* harmony export */   uC: () => (/* binding */ INTEGRITY_ESCALATION)
/* harmony export */ });
/* unused harmony exports isRestorableGitFile, isRunRef, compareOutside, describeChange, configLines, parseConfig, withoutPlantedEntries, configEntry */
/* harmony import */ var _run_layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88951);

/** How the escalation summary of an integrity incident begins (supervision parks such items). */
const INTEGRITY_ESCALATION = 'something changed outside the attempt';
/** How a checkout entry that git status does not look at (assume-unchanged, skip-worktree) begins. */
const HIDDEN_FROM_STATUS = 'hidden from git status';
/** Git metadata files the kernel restores; the checkout's HEAD and other worktrees are reported only. */
function isRestorableGitFile(path) {
    const inGitDir = path.replace(/^.*?\.git\//, '');
    return !/^(HEAD|worktrees\/)/.test(inGitDir);
}
/** Refs that belong to run `runId` (its run branch, item branches and refresh branches). */
function isRunRef(ref, runId) {
    return (ref === `refs/heads/${runBranchName(runId)}` ||
        ref.startsWith(`refs/heads/orchestrator/item/${runId}/`) ||
        ref.startsWith(`refs/heads/orchestrator/run-refresh/${runId}/`));
}
/** The run a ref or run-store path belongs to, if any. */
function runOfRef(ref) {
    return /^refs\/heads\/orchestrator\/(?:run|item|run-refresh)\/(RUN_[^/]+)/.exec(ref)?.[1];
}
function runOfStorePath(path) {
    for (const root of [CONTROL_ROOT, REPORT_ROOT]) {
        if (!path.startsWith(`${root}/`))
            continue;
        const end = path.indexOf('/', root.length + 1);
        return path.slice(root.length + 1, end === -1 ? undefined : end);
    }
    return undefined;
}
/** The record of the stage in progress, in the run's control directory (see integrity-guard.ts). */
const STAGE_RECORD = 'integrity_stage.json';
/** Paths of this run the orchestrator itself keeps changing: the lock and supervision files. */
function isLiveBookkeeping(path, runId) {
    const control = `${CONTROL_ROOT}/${runId}/`;
    if (!path.startsWith(control))
        return false;
    const inRun = path.slice(control.length);
    return (inRun === 'run_state.json' ||
        inRun === STAGE_RECORD ||
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
            const name = change.path === `refs/heads/${runBranchName(runId)}` ||
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
            if (change.after?.startsWith(HIDDEN_FROM_STATUS) === true)
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

/***/ 24138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jo: () => (/* binding */ buildProvenanceStatement),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   t6: () => (/* binding */ statementText)
/* harmony export */ });
/* unused harmony exports sha256Hex, planRowDigest, fileDigestsOf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var canonicalize__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98799);
/* harmony import */ var _schemas_provenance_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35377);



function buildProvenanceStatement(facts) {
    const { attempt } = facts;
    const predicate = {
        predicate_version: _schemas_provenance_js__WEBPACK_IMPORTED_MODULE_1__/* .PROVENANCE_PREDICATE_VERSION */ .N7,
        run: {
            run_id: facts.run.runId,
            base_sha: facts.run.baseSha,
            run_branch: facts.run.runBranch,
            runtime_policy: facts.run.runtimePolicy
        },
        playbook: {
            source_path: facts.playbook.sourcePath,
            source_sha256: facts.playbook.sourceSha256,
            snapshot: facts.playbook.snapshot,
            normalized_plan: facts.playbook.normalizedPlan
        },
        item: {
            item_id: facts.planItem.item_id,
            order: facts.planItem.order,
            row_sha256: planRowDigest(facts.planItem),
            prerequisites: [...facts.planItem.prerequisite_item_ids],
            manual_gate_required: facts.planItem.manual_gate.required,
            external_evidence_required: facts.planItem.external_check.required,
            attempt_number: attempt.number,
            fix_rounds: attempt.fixRounds,
            remediation_rounds: attempt.remediationRounds
        },
        change: {
            base_sha: attempt.baseSha,
            checkpoint_sha: attempt.checkpointSha,
            commits: [...attempt.commits],
            cycle: attempt.cycle,
            patch: attempt.patch
        },
        agent_calls: [...facts.calls]
            .sort((a, b) => a.record.sequence - b.record.sequence)
            .map(({ record, file }) => ({
            sequence: record.sequence,
            lane: record.lane,
            cycle: record.cycle,
            agent: record.agent,
            status: record.status,
            prompt: record.prompt,
            inputs: record.inputs,
            report: record.report,
            duration_ms: record.duration_ms,
            usage: record.usage,
            record: file
        })),
        verification: {
            report: facts.verification.file,
            overall_result: facts.verification.report.overall_result,
            commands: facts.verification.report.command_results.map((command) => ({
                label: command.label,
                command: command.command,
                required: command.required,
                exit_code: command.exit_code,
                status: command.status,
                log: command.log_path === null ? null : (facts.verification.logs.get(command.log_path) ?? null)
            })),
            artifact_checks: facts.verification.report.artifact_checks.map((check) => ({
                path: check.path,
                status: check.status
            })),
            scope_check: facts.verification.report.scope_check.status
        },
        audits: [auditEntry('codex', facts.audits.codex), auditEntry('claude', facts.audits.claude)],
        merged_findings: facts.mergedFindings,
        triage: { decision: facts.triage.report.overall_decision, report: facts.triage.file },
        outcome: facts.gate === null ? 'passed' : 'approved',
        gate: facts.gate === null ? null : gateEntry(facts.planItem, facts.gate),
        external_evidence: facts.evidence === null ? null : { files: [...facts.evidence] },
        producer: producerOf(facts)
    };
    return _schemas_provenance_js__WEBPACK_IMPORTED_MODULE_1__/* .ProvenanceStatementSchema */ ._4.parse({
        _type: _schemas_provenance_js__WEBPACK_IMPORTED_MODULE_1__/* .IN_TOTO_STATEMENT_TYPE */ .yH,
        subject: [
            {
                name: `checkpoint of item ${facts.planItem.item_id}`,
                digest: { gitCommit: attempt.checkpointSha }
            },
            { name: attempt.patch.path, digest: { sha256: attempt.patch.sha256 } }
        ],
        predicateType: _schemas_provenance_js__WEBPACK_IMPORTED_MODULE_1__/* .PROVENANCE_PREDICATE_TYPE */ .Fg,
        predicate
    });
}
/** RFC 8785 canonical JSON: sorted keys, no insignificant whitespace. */
function canonicalJson(value) {
    const text = (0,canonicalize__WEBPACK_IMPORTED_MODULE_2__/* ["default"] */ .A)(value);
    if (text === undefined)
        throw new Error('cannot write this value as canonical JSON');
    return text;
}
/** The bytes of a statement file. */
function statementText(statement) {
    return canonicalJson(statement);
}
function sha256Hex(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex');
}
/** The digest of an item's row in normalized_plan.json (canonical JSON of the row). */
function planRowDigest(item) {
    return sha256Hex(canonicalJson(item));
}
/** Every file digest a statement names (verify checks each against the run's files). */
function fileDigestsOf(value) {
    const found = [];
    const visit = (node) => {
        if (Array.isArray(node)) {
            node.forEach(visit);
            return;
        }
        if (typeof node !== 'object' || node === null)
            return;
        const record = node;
        const keys = Object.keys(record);
        if (keys.length === 2 &&
            typeof record['path'] === 'string' &&
            typeof record['sha256'] === 'string') {
            found.push({ path: record['path'], sha256: record['sha256'] });
            return;
        }
        Object.values(record).forEach(visit);
    };
    visit(value);
    return found;
}
function auditEntry(lane, audit) {
    if (audit === null)
        return { lane, status: 'failed', verdict: null, blocking_findings: null, report: null };
    return {
        lane,
        status: 'reported',
        verdict: audit.report.overall_verdict,
        blocking_findings: audit.report.findings.filter((finding) => finding.is_blocking).length,
        report: audit.file
    };
}
function gateEntry(planItem, gate) {
    const { decision } = gate.record;
    const github = gate.github;
    return {
        gate_type: planItem.manual_gate.gate_type,
        decision: 'approved',
        reviewer: github === null ? decision.decided_by : github.record.reviewer.login,
        comment: wellFormed(github === null ? decision.note : github.record.comment),
        decided_at_utc: decision.decided_at_utc,
        record: gate.file,
        source: github === null
            ? { kind: 'cli' }
            : {
                kind: 'github_approval',
                workflow_run_id: github.record.workflow_run_id,
                workflow_run_attempt: github.record.workflow_run_attempt,
                environment: github.record.environment,
                reviewer_id: github.record.reviewer.id,
                record: github.file
            }
    };
}
/**
 * Who produced the item: the CLI, or the item job whose link in the run's chain carries this
 * checkpoint (and the gate job that approved it).
 */
function producerOf(facts) {
    const gha = facts.gha;
    if (gha === null)
        return { kind: 'cli' };
    const checkpoint = facts.attempt.checkpointSha;
    const itemId = facts.planItem.item_id;
    const produced = gha.chain.find((link) => link.job === 'item' && link.item_id === itemId && link.checkpoint_ref === checkpoint);
    const approved = facts.gate === null
        ? undefined
        : gha.chain.find((link) => link.job === 'gate' && link.item_id === itemId && link.checkpoint_ref === checkpoint);
    const jobs = [produced, approved]
        .filter((link) => link !== undefined)
        .map((link) => ({
        job: link.job,
        workflow_run_id: link.workflow_run_id,
        run_attempt: link.run_attempt,
        hop: link.hop
    }));
    if (jobs.length === 0)
        return { kind: 'cli' };
    return {
        kind: 'github_actions',
        repository: gha.repository,
        workflow_path: gha.workflow_path,
        ref: gha.ref,
        jobs
    };
}
/** Lone surrogates (which canonical JSON refuses) as U+FFFD. */
function wellFormed(text) {
    return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}


/***/ }),

/***/ 6033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ judgeRunBranch)
/* harmony export */ });
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

/***/ 57109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zn: () => (/* binding */ appendEvent),
/* harmony export */   fk: () => (/* binding */ updateItem),
/* harmony export */   nw: () => (/* binding */ itemState),
/* harmony export */   tw: () => (/* binding */ moveTo)
/* harmony export */ });
/* unused harmony exports newRunState, startAttempt, unmetPrerequisites, rewindForResume */
/* harmony import */ var _schemas_run_state_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22221);
/* harmony import */ var _text_one_line_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45770);
/* harmony import */ var _states_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66915);



function newRunState(fields, plan) {
    const now = fields.created_at_utc;
    const items = plan.items.map((item) => ({
        item_id: item.item_id,
        order: item.order,
        state: INITIAL_ITEM_STATE,
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
        latest_paths: { ...EMPTY_LATEST_PATHS },
        budget_stop: null,
        updated_at_utc: now
    }));
    return {
        schema_version: RUN_STATE_VERSION,
        ...fields,
        run_branch_head: fields.base_head_sha,
        pending_fast_forward: null,
        updated_at_utc: now,
        current_state: INITIAL_ITEM_STATE,
        current_item_id: null,
        items,
        agent_calls: [],
        event_log: [
            {
                at_utc: now,
                state: INITIAL_ITEM_STATE,
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
                message: (0,_text_one_line_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .T)(event.message)
            }
        ]
    };
}
/** A checked state change of the run and of the item it is about, with its event. */
function moveTo(state, itemId, to, event, now) {
    if (!(0,_states_js__WEBPACK_IMPORTED_MODULE_1__/* .canTransition */ .w)(state.current_state, to))
        throw new _states_js__WEBPACK_IMPORTED_MODULE_1__/* .IllegalTransitionError */ .gZ(state.current_state, to);
    const terminal = _states_js__WEBPACK_IMPORTED_MODULE_1__/* .TERMINAL_STATE_OF */ .bZ[to];
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
        latest_paths: { ...EMPTY_LATEST_PATHS }
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
    const rewound = updateItem({ ...state, current_state: to, current_item_id: to === INITIAL_ITEM_STATE ? null : itemId }, itemId, { state: to }, now);
    return appendEvent(rewound, { actor: 'orchestrator', itemId, message: reason }, now);
}


/***/ }),

/***/ 86214:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $B: () => (/* binding */ IntegrityIncidentSchema),
/* harmony export */   dD: () => (/* binding */ INTEGRITY_INCIDENT_DIR),
/* harmony export */   nt: () => (/* binding */ IntegrityStageSchema)
/* harmony export */ });
/* unused harmony exports RESOLUTIONS, IntegrityChangeSchema, expectationOf */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64377);
/* harmony import */ var _vocabulary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8610);
/* harmony import */ var _run_state_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22221);



/**
 * `integrity_incidents/<stamp>_<item>_attempt-<n>_<stage>.json` in a run's control
 * directory: what changed outside an attempt while one of its stages ran, what the
 * orchestrator put back, and how `doctor` tells that each change is resolved.
 */
const INTEGRITY_INCIDENT_DIR = 'integrity_incidents';
/**
 * When a change counts as resolved:
 * - `ref_matches_before`: the ref points where it did before the stage (or is gone again);
 * - `file_matches_before`: the file's content hash is the one before the stage (or it is gone);
 * - `checkout_clean`: `git status` no longer lists the path in the checkout;
 * - `absent`: the file written into the run store no longer exists;
 * - `restored`: the orchestrator rewrote it from its own record (run_state.json);
 * - `acknowledged`: nothing can tell; resolved once the operator removes the incident record.
 */
const RESOLUTIONS = [
    'ref_matches_before',
    'file_matches_before',
    'checkout_clean',
    'absent',
    'restored',
    'acknowledged'
];
const IntegrityChangeSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    area: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['ref', 'git_file', 'checkout', 'run_store', 'run_state']),
    /** Full ref name or repo-relative path. */
    path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    before: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    after: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    description: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    restored: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    resolved_when: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(RESOLUTIONS)
});
const IntegrityIncidentSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    schema_version: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('plan_orchestrator.integrity_incident.v1'),
    run_id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(_run_state_js__WEBPACK_IMPORTED_MODULE_0__/* .RUN_ID_PATTERN */ .z6),
    item_id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(_vocabulary_js__WEBPACK_IMPORTED_MODULE_2__/* .ITEM_ID_PATTERN */ .vg),
    attempt_number: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(1),
    /** e.g. `execute agent (execute.round-0)`, `verification (fix.round-1)`. */
    stage: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    detected_at_utc: zod__WEBPACK_IMPORTED_MODULE_3__/* .datetime */ .w$(),
    summary: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    changes: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(IntegrityChangeSchema).min(1)
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
const WatchedFileSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    sha256: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    configLines: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()).optional(),
    run: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional()
});
/**
 * `integrity_stage.json`: the reading taken before the stage now running, kept so that a
 * process killed during the stage (by a crash, or by the agent itself) is checked by the
 * `resume` after it. Holds no secrets: config values that are credentials are redacted, and
 * only the small `info/` files are copied.
 */
const IntegrityStageSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    schema_version: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz('plan_orchestrator.integrity_stage.v1'),
    run_id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(_run_state_js__WEBPACK_IMPORTED_MODULE_0__/* .RUN_ID_PATTERN */ .z6),
    item_id: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(_vocabulary_js__WEBPACK_IMPORTED_MODULE_2__/* .ITEM_ID_PATTERN */ .vg),
    attempt_number: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(1),
    stage: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    started_at_utc: zod__WEBPACK_IMPORTED_MODULE_3__/* .datetime */ .w$(),
    scope: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        runId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(_run_state_js__WEBPACK_IMPORTED_MODULE_0__/* .RUN_ID_PATTERN */ .z6),
        ownBranch: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
        ownWrites: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        expectedRefs: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP())
    }),
    state: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        refs: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        gitFiles: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), WatchedFileSchema),
        checkout: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        store: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        liveRuns: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
        runStateDigest: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable()
    }),
    /** Copies of small git metadata files that hold no secrets (`info/exclude` \u2026), base64. */
    copies: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ base64: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), mode: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(0) }))
});


/***/ }),

/***/ 56079:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EH: () => (/* binding */ ActiveStageSchema),
/* harmony export */   KE: () => (/* binding */ HeartbeatSchema),
/* harmony export */   My: () => (/* binding */ BridgeRegistrationSchema),
/* harmony export */   NQ: () => (/* binding */ ProbeAckSchema),
/* harmony export */   TU: () => (/* binding */ ControlLockOwnerSchema),
/* harmony export */   Tr: () => (/* binding */ ProbeRequestSchema),
/* harmony export */   XE: () => (/* binding */ InterventionSchema),
/* harmony export */   i6: () => (/* binding */ INTERVENTION_KINDS),
/* harmony export */   yZ: () => (/* binding */ SUPERVISION_SCHEMA_VERSIONS)
/* harmony export */ });
/* unused harmony exports ActiveStageSnapshotSchema, AckKernelSnapshotSchema, FreshnessPolicySchema, HeartbeatKernelSnapshotSchema, ProbeEvidenceSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92857);
/* harmony import */ var _supervision_claims_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46126);
/* harmony import */ var _vocabulary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8610);



/**
 * The supervision plane's artifacts under `runs/<RUN_ID>/supervision/`. The supervisor, the
 * kernel-side bridge and `supervise status` each validate on write and on read, so a torn or
 * foreign file is reported as such instead of being believed.
 */
const identifier = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(_vocabulary_js__WEBPACK_IMPORTED_MODULE_2__/* .ITEM_ID_PATTERN */ .vg);
const timestamp = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
const sha256 = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/);
const nonEmpty = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1);
const positiveInt = zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().min(1);
const SUPERVISION_SCHEMA_VERSIONS = {
    registration: 'plan_orchestrator.supervision_bridge_registration.v1',
    activeStage: 'plan_orchestrator.supervision_active_stage.v1',
    probeRequest: 'plan_orchestrator.supervision_probe_request.v1',
    probeAck: 'plan_orchestrator.supervision_probe_ack.v1',
    heartbeat: 'plan_orchestrator.supervision_heartbeat.v1',
    intervention: 'plan_orchestrator.supervision_intervention.v1',
    controlLock: 'plan_orchestrator.supervision_control_lock.v1'
};
const BridgeRegistrationSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    schema_version: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(SUPERVISION_SCHEMA_VERSIONS.registration),
    run_id: identifier,
    supervisor_session_id: identifier,
    kernel_invocation_id: identifier,
    bridge_pid: positiveInt,
    bridge_host: nonEmpty,
    bridge_started_at_utc: timestamp,
    run_state_path: nonEmpty
});
const ActiveStageSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    schema_version: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(SUPERVISION_SCHEMA_VERSIONS.activeStage),
    run_id: identifier,
    supervisor_session_id: identifier,
    kernel_invocation_id: identifier,
    stage_name: nonEmpty,
    item_id: identifier,
    attempt_number: positiveInt,
    child_tool: nonEmpty,
    child_pid: positiveInt,
    child_command: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    /** How many children the stage runs at once (the two audits run side by side). */
    running_children: positiveInt,
    started_at_utc: timestamp,
    updated_at_utc: timestamp
});
/** What heartbeats, acks and status show of the active stage. */
const ActiveStageSnapshotSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    stage_name: nonEmpty,
    item_id: identifier,
    attempt_number: positiveInt,
    child_tool: nonEmpty,
    child_pid: positiveInt,
    child_command: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    started_at_utc: timestamp,
    active_stage_path: nonEmpty,
    active_stage_sha256: sha256
});
const ProbeRequestSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    schema_version: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(SUPERVISION_SCHEMA_VERSIONS.probeRequest),
    run_id: identifier,
    supervisor_session_id: identifier,
    kernel_invocation_id: identifier,
    probe_sequence: positiveInt,
    probe_nonce: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{32}$/),
    issued_at_utc: timestamp,
    expires_at_utc: timestamp
});
const AckKernelSnapshotSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    run_state_path: nonEmpty,
    run_state_sha256: sha256,
    current_state: nonEmpty,
    current_item_id: identifier.nullable(),
    active_stage_present: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY(),
    active_stage_path: nonEmpty.nullable(),
    active_stage_sha256: sha256.nullable(),
    run_state_updated_at_utc: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable()
});
const ProbeAckSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    schema_version: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(SUPERVISION_SCHEMA_VERSIONS.probeAck),
    run_id: identifier,
    supervisor_session_id: identifier,
    kernel_invocation_id: identifier,
    probe_sequence: positiveInt,
    probe_nonce: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{32}$/),
    acked_at_utc: timestamp,
    kernel_snapshot: AckKernelSnapshotSchema
});
const FreshnessPolicySchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    live_probe_interval_sec: positiveInt,
    probe_ack_deadline_sec: positiveInt,
    live_stale_timeout_sec: positiveInt,
    waiting_poll_interval_sec: positiveInt,
    waiting_stale_timeout_sec: positiveInt
});
const HeartbeatKernelSnapshotSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    run_state_path: nonEmpty,
    run_state_sha256: sha256.nullable(),
    current_state: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    current_item_id: identifier.nullable(),
    current_terminal_state: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    run_state_updated_at_utc: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable()
});
const ProbeEvidenceSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    probe_sequence: positiveInt,
    probe_nonce: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{32}$/),
    probe_request_issued_at_utc: timestamp,
    probe_request_expires_at_utc: timestamp,
    probe_ack_at_utc: timestamp.nullable(),
    bridge_registration_path: nonEmpty,
    bridge_registration_sha256: sha256.nullable(),
    probe_request_sha256: sha256.nullable(),
    probe_ack_sha256: sha256.nullable()
});
const HeartbeatSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    schema_version: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(SUPERVISION_SCHEMA_VERSIONS.heartbeat),
    run_id: identifier,
    supervisor_session_id: identifier,
    /** The probed invocation for probe heartbeats; `none` for the others. */
    kernel_invocation_id: identifier,
    heartbeat_sequence: positiveInt,
    observed_at_utc: timestamp,
    claim_class: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(_supervision_claims_js__WEBPACK_IMPORTED_MODULE_0__/* .CLAIM_CLASSES */ .aE),
    freshness_policy: FreshnessPolicySchema,
    kernel_snapshot: HeartbeatKernelSnapshotSchema,
    probe_evidence: ProbeEvidenceSchema.nullable(),
    active_stage: ActiveStageSnapshotSchema.nullable(),
    diagnosis_snapshot: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        kernel_status_level: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        pending_action_kind: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        recoverability_class: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        next_supervisor_action: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable()
    }),
    rejection_reason: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    latest_intervention_path: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable()
});
const INTERVENTION_KINDS = [
    'attach_kernel',
    'doctor_fix_safe',
    'resume_saved_run',
    'resume_after_manual_gate',
    'resume_blocked_external',
    'resume_escalated',
    'resume_interrupted',
    'kernel_exited',
    'park',
    'interrupt'
];
const InterventionSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    schema_version: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(SUPERVISION_SCHEMA_VERSIONS.intervention),
    run_id: identifier,
    supervisor_session_id: identifier,
    intervention_sequence: positiveInt,
    observed_at_utc: timestamp,
    action_kind: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(INTERVENTION_KINDS),
    item_id: identifier.nullable(),
    attempt_number: positiveInt.nullable(),
    terminal_state: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    recoverability_class: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['observed', 'recoverable', 'non_recoverable']),
    fingerprint: sha256.nullable(),
    reason: nonEmpty,
    result_status: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['applied', 'skipped', 'parked', 'observed', 'failed']),
    command: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    related_paths: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    evidence_paths: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    evidence_package_sha256: sha256.nullable(),
    /** The launched kernel's exit code and signal, once known (the reference discarded them). */
    kernel_exit: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({ exit_code: zod__WEBPACK_IMPORTED_MODULE_1__/* .int */ .Whr().nullable(), signal: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable() })
        .nullable(),
    notes: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP())
});
/** Who supervises the run right now (the lock itself is an atomic directory beside it). */
const ControlLockOwnerSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    schema_version: zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(SUPERVISION_SCHEMA_VERSIONS.controlLock),
    run_id: identifier,
    supervisor_session_id: identifier,
    owner_pid: positiveInt,
    owner_host: nonEmpty,
    acquired_at_utc: timestamp
});


/***/ }),

/***/ 23203:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   RE: () => (/* binding */ hasScopeViolations),
/* harmony export */   Wu: () => (/* binding */ classifyChanges)
/* harmony export */ });
/* unused harmony exports FORBIDDEN_RUNTIME_ROOTS, normalizeRoot, isUnderRoot, isForbiddenPath, resolveSymlinkTarget */
/* harmony import */ var _playbook_cell_values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79294);
/**
 * Scope classification of the paths an attempt changed: which ones fall under the
 * orchestrator's forbidden runtime roots, which ones lie outside the item's allowed write
 * roots, and which symlinks point somewhere the item may not write.
 *
 * Pure: the git adapter turns git's NUL-separated output into change records and this
 * module judges them. Nothing is skipped silently (the reference ignored cache roots such as
 * `node_modules`; here a file that git reports is a file the commit would carry). Callers
 * must split renames into a deletion of the old path and an addition of the new one so both
 * sides are checked.
 */

const FORBIDDEN_RUNTIME_ROOTS = _playbook_cell_values_js__WEBPACK_IMPORTED_MODULE_0__/* .FORBIDDEN_ROOTS */ ._w;
/** Roots as the playbook writes them may carry `./`, doubled or trailing slashes. */
function normalizeRoot(root) {
    return root
        .split('/')
        .filter((segment) => segment !== '' && segment !== '.')
        .join('/');
}
/**
 * True when `path` equals `root` or lies below it at a path-component boundary:
 * `docs` contains `docs/a.md`, not `docsx/a.md`. An empty (or `.`) root is the whole repo.
 */
function isUnderRoot(path, root, ignoreCase = false) {
    const normalizedRoot = normalizeRoot(root);
    if (normalizedRoot === '')
        return true;
    const candidate = ignoreCase ? path.toLowerCase() : path;
    const base = ignoreCase ? normalizedRoot.toLowerCase() : normalizedRoot;
    return candidate === base || candidate.startsWith(`${base}/`);
}
/**
 * Forbidden roots match case-insensitively so `SECRETS/key` or `.Claude/x` cannot slip
 * past on a case-insensitive checkout. A `.git` component anywhere is forbidden too: it is
 * either repository metadata or a nested repository, and neither belongs in a commit.
 */
function isForbiddenPath(path) {
    if (FORBIDDEN_RUNTIME_ROOTS.some((root) => isUnderRoot(path, root, true)))
        return true;
    return path.split('/').some((segment) => segment.toLowerCase() === '.git');
}
function isAllowedPath(path, allowedRoots) {
    return allowedRoots.some((root) => isUnderRoot(path, root));
}
/**
 * Resolves a link target lexically against the link's directory. Returns undefined when
 * the target is absolute (machine-specific, outside the repo for any other checkout), empty,
 * climbs above the repository root, or passes through or lands on a changed symlink (the OS
 * would follow that link first, so lexical resolution could not tell where it really ends).
 */
function resolveSymlinkTarget(linkPath, target, changedLinks = new Set()) {
    if (target === '' || target.startsWith('/') || /^[A-Za-z]:/.test(target))
        return undefined;
    const resolved = linkPath.split('/').slice(0, -1);
    for (const segment of target.split('/')) {
        if (segment === '' || segment === '.')
            continue;
        if (segment === '..') {
            if (resolved.length === 0)
                return undefined;
            resolved.pop();
            continue;
        }
        resolved.push(segment);
        if (changedLinks.has(resolved.join('/')))
            return undefined;
    }
    return resolved.join('/');
}
function isUnsafeSymlink(change, allowedRoots, changedLinks) {
    if (change.kind === 'deleted' || change.isSymlink !== true)
        return false;
    const resolved = resolveSymlinkTarget(change.path, change.symlinkTarget ?? '', changedLinks);
    if (resolved === undefined)
        return true;
    return isForbiddenPath(resolved) || !isAllowedPath(resolved, allowedRoots);
}
/** Classifies every change; an empty `allowedRoots` puts every path out of scope. */
function classifyChanges(changes, allowedRoots) {
    const forbidden = new Set();
    const outOfScope = new Set();
    const unsafeSymlinks = new Set();
    const changedLinks = new Set(changes.filter((change) => change.isSymlink && change.kind !== 'deleted').map((c) => c.path));
    for (const change of changes) {
        if (isForbiddenPath(change.path))
            forbidden.add(change.path);
        else if (!isAllowedPath(change.path, allowedRoots))
            outOfScope.add(change.path);
        else if (isUnsafeSymlink(change, allowedRoots, changedLinks))
            unsafeSymlinks.add(change.path);
    }
    const report = {
        forbidden: [...forbidden],
        outOfScope: [...outOfScope],
        unsafeSymlinks: [...unsafeSymlinks]
    };
    return { ...report, summary: summarizeScope(report, changes) };
}
function hasScopeViolations(report) {
    return (report.forbidden.length > 0 || report.outOfScope.length > 0 || report.unsafeSymlinks.length > 0);
}
/** Quotes a path only when it would break a one-line message (control characters, quotes). */
function displayPath(path) {
    // eslint-disable-next-line no-control-regex
    return /[\u0000-\u001f\u007f"\\]|^\s|\s$/.test(path) ? JSON.stringify(path) : path;
}
function summarizeScope(report, changes) {
    const paths = new Set(changes.map((change) => change.path));
    if (!hasScopeViolations(report)) {
        if (paths.size === 0)
            return 'no changed paths';
        const noun = paths.size === 1 ? 'changed path is' : 'changed paths are';
        return `all ${paths.size} ${noun} within the allowed write roots`;
    }
    const targets = new Map(changes.map((change) => [change.path, change.symlinkTarget ?? '']));
    const parts = [];
    if (report.forbidden.length > 0)
        parts.push(`forbidden paths: ${report.forbidden.map(displayPath).join(', ')}`);
    if (report.outOfScope.length > 0)
        parts.push(`out-of-scope paths: ${report.outOfScope.map(displayPath).join(', ')}`);
    if (report.unsafeSymlinks.length > 0) {
        const links = report.unsafeSymlinks.map((link) => `${displayPath(link)} -> ${displayPath(targets.get(link) ?? '')}`);
        parts.push(`symlinks leaving the allowed roots: ${links.join(', ')}`);
    }
    return `scope violation: ${parts.join('; ')}`;
}


/***/ }),

/***/ 46126:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ DEFAULT_FRESHNESS),
/* harmony export */   aE: () => (/* binding */ CLAIM_CLASSES)
/* harmony export */ });
/* unused harmony exports CLAIM_EXIT_CODES, freshnessProblems, deriveClaim */
/**
 * What the supervision plane may claim about a run, and how long a claim stays true. A claim
 * is only as good as its newest evidence: a live claim decays to "unproven" or "snapshot
 * only" once its heartbeat is older than the freshness policy allows. Never the reverse.
 */
const CLAIM_CLASSES = [
    'live_attached',
    'waiting_state_observed',
    'attachment_unproven',
    'terminal_observed',
    'snapshot_only'
];
/** `supervise status --exit-code`: a stable contract, separate from the kernel's 0/1/2. */
const CLAIM_EXIT_CODES = {
    live_attached: 0,
    waiting_state_observed: 10,
    attachment_unproven: 11,
    terminal_observed: 12,
    snapshot_only: 13
};
const DEFAULT_FRESHNESS = {
    live_probe_interval_sec: 15,
    probe_ack_deadline_sec: 5,
    live_stale_timeout_sec: 45,
    waiting_poll_interval_sec: 60,
    waiting_stale_timeout_sec: 180
};
/** Every problem with a policy; empty when it is usable. */
function freshnessProblems(policy) {
    const problems = Object.entries(policy)
        .filter(([, value]) => !Number.isInteger(value) || value < 1)
        .map(([name]) => `${name} must be a whole number of seconds, at least 1`);
    if (policy.probe_ack_deadline_sec > policy.live_stale_timeout_sec) {
        problems.push('probe_ack_deadline_sec must not exceed live_stale_timeout_sec');
    }
    if (policy.live_probe_interval_sec > policy.live_stale_timeout_sec) {
        problems.push('live_probe_interval_sec must not exceed live_stale_timeout_sec');
    }
    // A poll slower than the stale limit would let every waiting claim expire between polls.
    if (policy.waiting_poll_interval_sec > policy.waiting_stale_timeout_sec) {
        problems.push('waiting_poll_interval_sec must not exceed waiting_stale_timeout_sec');
    }
    return problems;
}
/** The claim `supervise status` reports now, from the evidence on disk. */
function deriveClaim(evidence) {
    const newest = evidence.newest;
    if (newest === undefined) {
        if (evidence.registrationPresent) {
            return {
                claim: 'attachment_unproven',
                reason: 'A kernel bridge registered but no heartbeat proves it is attached.'
            };
        }
        return {
            claim: 'snapshot_only',
            reason: evidence.loadErrors
                ? 'Supervision artifacts are missing or invalid; only the saved run state can be reported.'
                : 'No supervision heartbeat ledger exists; only the saved run state can be reported.'
        };
    }
    const age = newest.observedAt === undefined
        ? Number.POSITIVE_INFINITY
        : Math.max(0, (evidence.now.getTime() - newest.observedAt.getTime()) / 1000);
    const liveFresh = age <= newest.policy.live_stale_timeout_sec;
    switch (newest.claim) {
        case 'live_attached':
            if (liveFresh)
                return {
                    claim: 'live_attached',
                    reason: `Live attachment proven ${Math.round(age)} s ago.`
                };
            return evidence.registrationPresent
                ? {
                    claim: 'attachment_unproven',
                    reason: `The last live proof is ${Math.round(age)} s old, past the ${newest.policy.live_stale_timeout_sec} s limit.`
                }
                : {
                    claim: 'snapshot_only',
                    reason: 'The last live proof is stale and no bridge is registered.'
                };
        case 'waiting_state_observed':
            return age <= newest.policy.waiting_stale_timeout_sec
                ? {
                    claim: 'waiting_state_observed',
                    reason: `Waiting state observed ${Math.round(age)} s ago.`
                }
                : {
                    claim: 'snapshot_only',
                    reason: `The waiting observation is ${Math.round(age)} s old, past the ${newest.policy.waiting_stale_timeout_sec} s limit.`
                };
        case 'attachment_unproven':
            return evidence.registrationPresent || liveFresh
                ? {
                    claim: 'attachment_unproven',
                    reason: 'The supervisor could not prove attachment to the kernel.'
                }
                : { claim: 'snapshot_only', reason: 'Attachment was unproven and the evidence is stale.' };
        case 'terminal_observed':
            return {
                claim: 'terminal_observed',
                reason: 'The supervisor observed the run stop at a terminal.'
            };
        case 'snapshot_only':
            return {
                claim: 'snapshot_only',
                reason: 'The last heartbeat only reported the saved run state.'
            };
    }
}


/***/ }),

/***/ 35898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I5: () => (/* binding */ budgetResumeCommand),
/* harmony export */   UH: () => (/* binding */ BUDGET_FLAGS)
/* harmony export */ });
/* unused harmony exports checkBudget, unpricedBudgetProblems, budgetAction, budgetStillReached */
/* harmony import */ var _prices_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97185);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48071);



const BUDGET_FLAGS = {
    max_cost_usd_per_item: '--max-cost-usd-per-item',
    max_cost_usd_per_run: '--max-cost-usd-per-run',
    max_tokens_per_item: '--max-tokens-per-item'
};
function checkBudget(check) {
    const limits = budgetLimits(check.state);
    const item = totalsOf(callsOfItem(check.state, check.itemId));
    const run = totalsOf(check.state.agent_calls);
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
    const amount = (figure) => tokens ? `${formatCount(figure)} tokens` : formatUsd(figure);
    const who = limit === 'max_cost_usd_per_run' ? 'the run has' : `item ${check.itemId} has`;
    const verb = tokens ? 'used' : 'spent';
    const figures = check.moment === 'before_call'
        ? `${who} ${verb} ${amount(spent)} of ${limit} ${amount(value)}, so the ${check.lane} call (${check.cycle}) was not started`
        : `${who} ${verb} ${amount(spent)}, over ${limit} ${amount(value)}, after the ${check.lane} call (${check.cycle})`;
    const uncounted = unknown > 0 ? ` (${unknown} call(s) of unknown cost are not counted)` : '';
    return (`budget_exhausted: ${figures}${uncounted}. Raise the limit and resume: ` +
        `plan-orchestrator resume --run-id ${check.state.run_id} ${BUDGET_FLAGS[limit]} <${tokens ? 'TOKENS' : 'USD'}> ` +
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
    if (limit === undefined || priceFor(options.model_prices, options.codex_model) !== undefined)
        return [];
    return [
        `runtime policy sets ${limit}, but codex_model '${options.codex_model}' has no price in model_prices and codex reports no cost, so the limit could not be enforced; add the model under runtime_policy.model_prices in plan_orchestrator.json (docs/configuration.md)`
    ];
}
/** The command that continues an item stopped by `stop`, with the limit to raise. */
function budgetResumeCommand(runId, stop) {
    const unit = stop.unit === 'tokens' ? 'TOKENS' : 'USD';
    return `plan-orchestrator resume --run-id ${runId} ${BUDGET_FLAGS[stop.limit]} <${unit}>`;
}
/** What the escalation manifest asks of a human when a budget stopped the item. */
function budgetAction(stop) {
    const spent = stop.unit === 'tokens' ? `${formatCount(stop.spent)} tokens` : formatUsd(stop.spent);
    const limit = stop.unit === 'tokens' ? `${formatCount(stop.limit_value)} tokens` : formatUsd(stop.limit_value);
    return {
        action_id: 'raise-budget',
        description: `Raise ${stop.limit} (now ${limit}; spent ${spent}) with ${BUDGET_FLAGS[stop.limit]} or runtime_policy.${stop.limit} in plan_orchestrator.json, then resume; or leave the item stopped.`,
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
    const stop = item === undefined ? null : activeBudgetStop(item);
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
    const show = (value) => reached.unit === 'tokens' ? `${formatCount(value)} tokens` : formatUsd(value);
    return (`item ${item.item_id} stopped with budget_exhausted and ${reached.limit} ${show(reached.limit_value)} is still reached (${show(reached.spent)} used); ` +
        `give a higher limit: ${budgetResumeCommand(state.run_id, { ...stop, ...reached })} ` +
        `(or runtime_policy.${reached.limit} in plan_orchestrator.json)`);
}


/***/ }),

/***/ 48071:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bI: () => (/* binding */ itemUsageSummary),
/* harmony export */   eQ: () => (/* binding */ EMPTY_TOTALS),
/* harmony export */   eh: () => (/* binding */ activeBudgetStop),
/* harmony export */   vU: () => (/* binding */ runUsageSummary)
/* harmony export */ });
/* unused harmony exports totalsOf, budgetLimits, callsOfItem */
/* harmony import */ var _run_item_focus_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26955);
/* harmony import */ var _schemas_usage_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47131);
/* harmony import */ var _prices_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97185);



/**
 * Usage and cost of a run, from the per-call records in its state: totals per attempt, item
 * and run. `runUsageSummary` and `itemUsageSummary` are what every renderer calls (status,
 * the job summary, the pull request body, action outputs), so they all show the same figures.
 */
const EMPTY_TOTALS = {
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
    const totals = { ...EMPTY_TOTALS };
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
    totals.known_cost_usd = (0,_prices_js__WEBPACK_IMPORTED_MODULE_1__/* .round6 */ .X_)(totals.known_cost_usd);
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
    const items = (0,_run_item_focus_js__WEBPACK_IMPORTED_MODULE_2__/* .itemsInPlanOrder */ .lq)(state);
    return {
        schema_version: _schemas_usage_js__WEBPACK_IMPORTED_MODULE_0__/* .USAGE_SUMMARY_VERSION */ .eM,
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

/***/ 94594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* unused harmony exports nowIso, relativeToRepo, stageRef, packetPath, reportJsonSchema, schemaFile */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_run_layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88951);




function nowIso(clock) {
    return isoSeconds(clock.now());
}
function relativeToRepo(context, absolute) {
    return repoRelative(context.session.layout.repoRoot, absolute);
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
    const inWorktree = `${PACKET_DIR}/${fileName}`;
    return { absolute: join(context.paths.worktreePath, inWorktree), inWorktree };
}
/**
 * The JSON Schema an agent gets for a report (`request.schema.json`), before any CLI's own
 * preparation (claude drops `$schema`, codex takes a strict-mode subset).
 */
function reportJsonSchema(schema) {
    return z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output' });
}
/**
 * Writes the JSON Schema of a report into the attempt's control directory, so that the
 * agent CLI can be pointed at a file (codex `--output-schema`).
 */
async function schemaFile(context, name, schema) {
    const json = reportJsonSchema(schema);
    const path = join(context.paths.controlDir, 'schemas', `${name}.schema.json`);
    await context.session.files.writeJson(path, json);
    return { name, path, json };
}


/***/ }),

/***/ 27769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   xp: () => (/* binding */ evidenceRules)
/* harmony export */ });
/* unused harmony exports EVIDENCE_LIMIT_SOURCE, receiveEvidence */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);




/**
 * Receiving external evidence for an item (`run` and `resume --external-evidence-dir`): the
 * package is copied into the run, so it cannot change under the attempt, as regular files and
 * directories only (see RunFiles.copyEvidence in ports.ts), every file hashed into a manifest
 * beside the copy. The caller has already checked the package before writing anything; the
 * copy checks it again as it goes.
 */
const EVIDENCE_LIMIT_SOURCE = 'runtime policy max_evidence_package_bytes';
/** The rules a run's evidence is held to, named as the user gave the directory. */
function evidenceRules(given, options) {
    return {
        label: `--external-evidence-dir ${given}`,
        maxBytes: options.max_evidence_package_bytes,
        limitSource: EVIDENCE_LIMIT_SOURCE
    };
}
/** Copies, hashes and records the evidence for `itemId`; returns the stored copy. */
async function receiveEvidence(base, itemId, dir) {
    const stamp = base.clock
        .now()
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}Z$/, 'Z');
    const received = join(base.session.layout.controlDir, 'external_evidence', itemId);
    let copy = join(received, stamp);
    for (let k = 2; existsSync(copy) || existsSync(`${copy}.manifest.json`); k += 1)
        copy = join(received, `${stamp}-${k}`);
    await mkdir(received, { recursive: true });
    const copied = await base.session.files.copyEvidence(dir, copy, evidenceRules(dir, base.options));
    await base.session.files.writeJson(`${copy}.manifest.json`, {
        schema_version: 'plan_orchestrator.external_evidence.v1',
        item_id: itemId,
        received_at_utc: isoSeconds(base.clock.now()),
        source: dir,
        total_bytes: copied.totalBytes,
        files: copied.files
    });
    await base.session.note(itemId, 'human', `external evidence received: ${copied.files.length} file(s), manifest ${relative(base.session.layout.repoRoot, copy)}.manifest.json`);
    return copy;
}


/***/ }),

/***/ 65334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ae: () => (/* binding */ FAILPOINT_VARIABLE),
/* harmony export */   LR: () => (/* binding */ crashAt),
/* harmony export */   YM: () => (/* binding */ GIT_BOUNDARIES)
/* harmony export */ });
/**
 * Test-only crash injection. `PLAN_ORCHESTRATOR_FAILPOINT` names either a state id (the
 * kernel dies right after saving that state) or one of the boundaries below, where a git
 * effect and the run-state record that goes with it are two separate steps. Every boundary
 * is a row of the fault-injection table in docs/reliability.md and a test that kills the
 * kernel there and resumes.
 */
const FAILPOINT_VARIABLE = 'PLAN_ORCHESTRATOR_FAILPOINT';
const GIT_BOUNDARIES = {
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

/***/ 61738:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mz: () => (/* binding */ preflight)
/* harmony export */ });
/* unused harmony exports CLEAN_ENV_OVERRIDE, watchedAgentConfig, snapshotAgentConfig, agentConfigChanges */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);





/**
 * Checks made before a run touches anything. Each failure is one sentence that says what
 * is wrong and what to do; all are reported together.
 */
const CLEAN_ENV_OVERRIDE = 'PLAN_ORCHESTRATOR_CLEAN_ENV_CONFIRMED';
async function preflight(input) {
    const problems = [];
    const ambient = await ambientAgentConfig(input.repoRoot, input.env);
    if (ambient.length > 0 && input.env[CLEAN_ENV_OVERRIDE] !== '1') {
        problems.push(`ambient agent configuration found (${ambient.join(', ')}): it changes how codex and claude behave ` +
            `on this machine outside the reviewed plan (agent calls get fresh homes, but a change to it during ` +
            `the run escalates the item). Remove it, or set ${CLEAN_ENV_OVERRIDE}=1 once you have reviewed it.`);
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
    const home = env.HOME ?? (0,node_os__WEBPACK_IMPORTED_MODULE_3__.homedir)();
    // The CLIs read their homes from these variables when set, and the agents inherit them.
    const codexHome = env.CODEX_HOME?.trim() || (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(home, '.codex');
    const claudeHome = env.CLAUDE_CONFIG_DIR?.trim() || (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(home, '.claude');
    const candidates = [
        ...new Set([
            (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(home, '.codex', 'config.toml'),
            (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(codexHome, 'config.toml'),
            (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(repoRoot, '.codex', 'config.toml'),
            (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(home, '.claude', 'settings.json'),
            (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(claudeHome, 'settings.json'),
            (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(repoRoot, '.claude', 'settings.json'),
            (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(repoRoot, '.mcp.json')
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
    for (const dir of path.split(node_path__WEBPACK_IMPORTED_MODULE_4__.delimiter).filter(Boolean)) {
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, name);
        const ok = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(candidate, node_fs__WEBPACK_IMPORTED_MODULE_2__.constants.X_OK).then(() => true, () => false);
        if (ok)
            return candidate;
    }
    return undefined;
}
async function exists(path) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(path).then(() => true, () => false);
}
const CODEX_HOME_FILES = (/* unused pure expression or super */ null && (['config.toml', 'AGENTS.md', 'AGENTS.override.md', 'hooks.json']));
const CODEX_HOME_DIRS = (/* unused pure expression or super */ null && (['rules', 'skills', 'prompts']));
const CLAUDE_HOME_FILES = (/* unused pure expression or super */ null && (['settings.json', 'settings.local.json', 'CLAUDE.md']));
const CLAUDE_HOME_DIRS = (/* unused pure expression or super */ null && (['agents', 'commands', 'skills', 'hooks', 'output-styles', 'plugins']));
/** A directory with more entries than this is fingerprinted by its first ones and its size. */
const MAX_WATCHED_ENTRIES = 5000;
function watchedAgentConfig(env) {
    const home = env.HOME?.trim() || homedir();
    const codexHomes = new Set([join(home, '.codex'), env.CODEX_HOME?.trim() || join(home, '.codex')]);
    const claudeHomes = new Set([
        join(home, '.claude'),
        env.CLAUDE_CONFIG_DIR?.trim() || join(home, '.claude')
    ]);
    const watched = [
        { path: join(home, 'AGENTS.md'), kind: 'file' },
        { path: join(home, 'CLAUDE.md'), kind: 'file' },
        { path: join(home, '.agents', 'skills'), kind: 'dir' },
        { path: join(home, '.claude.json'), kind: 'claude-state' }
    ];
    for (const dir of codexHomes) {
        watched.push(...CODEX_HOME_FILES.map((name) => ({ path: join(dir, name), kind: 'file' })));
        watched.push(...CODEX_HOME_DIRS.map((name) => ({ path: join(dir, name), kind: 'dir' })));
    }
    for (const dir of claudeHomes) {
        watched.push(...CLAUDE_HOME_FILES.map((name) => ({ path: join(dir, name), kind: 'file' })));
        watched.push(...CLAUDE_HOME_DIRS.map((name) => ({ path: join(dir, name), kind: 'dir' })));
        watched.push({ path: join(dir, '.claude.json'), kind: 'claude-state' });
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
    const info = await lstat(path).catch(() => undefined);
    if (info === undefined)
        return undefined;
    if (info.isSymbolicLink())
        return `link:${await readlink(path).catch(() => '?')}`;
    if (info.isDirectory())
        return kind === 'dir' ? directoryFingerprint(path) : 'directory';
    const content = await readFile(path).catch(() => undefined);
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
        const names = (await readdir(join(root, relative)).catch(() => [])).sort();
        for (const name of names) {
            if (entries.length >= MAX_WATCHED_ENTRIES)
                return;
            const path = relative === '' ? name : `${relative}/${name}`;
            const info = await lstat(join(root, path)).catch(() => undefined);
            if (info === undefined)
                continue;
            if (info.isSymbolicLink())
                entries.push(`${path}->${await readlink(join(root, path)).catch(() => '?')}`);
            else if (info.isDirectory()) {
                entries.push(`${path}/`);
                await visit(path);
            }
            else {
                const content = await readFile(join(root, path)).catch(() => undefined);
                entries.push(`${path}=${content === undefined ? 'unreadable' : digest(content)}`);
            }
        }
    };
    await visit('');
    return digest(Buffer.from(entries.join('\n')));
}
function digest(content) {
    return createHash('sha256').update(content).digest('hex');
}


/***/ }),

/***/ 60358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gd: () => (/* binding */ writeItemStatement),
/* harmony export */   wZ: () => (/* binding */ recordItemStatement)
/* harmony export */ });
/* unused harmony exports statementPath, completeStatements, buildItemStatement, fileDigest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_provenance_statement_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24138);
/* harmony import */ var _core_run_layout_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88951);
/* harmony import */ var _core_schemas_gha_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(49054);
/* harmony import */ var _core_schemas_normalized_plan_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(46591);
/* harmony import */ var _core_schemas_provenance_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(35377);
/* harmony import */ var _core_schemas_reports_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(88947);









/**
 * The provenance statement of a passed item (docs/provenance.md), built from the run's own
 * files: the run state, the normalized plan, the attempt's reports, logs, patch and agent call
 * records, the gate records, and git for the commits of the change. Nothing comes from the
 * clock or the environment, so building it again from the same run gives the same bytes.
 */
/** `items/<ITEM>/attempt-<N>/provenance.intoto.json` (absolute). */
function statementPath(layout, itemId, attempt) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,_core_run_layout_js__WEBPACK_IMPORTED_MODULE_4__/* .attemptLayout */ .MR)(layout, itemId, attempt).controlDir, _core_schemas_provenance_js__WEBPACK_IMPORTED_MODULE_7__/* .STATEMENT_FILE */ .zH);
}
/** Writes (or writes again) the statement of a passed item; returns its path. */
async function writeItemStatement(layout, state, itemId, io) {
    const item = itemOf(state, itemId);
    const path = statementPath(layout, itemId, item.attempt_number);
    await io.files.writeText(path, (0,_core_provenance_statement_js__WEBPACK_IMPORTED_MODULE_3__/* .statementText */ .t6)(await buildItemStatement(layout, state, itemId, io.git)));
    return path;
}
/**
 * After a crash between a pass and its statement: writes the statement of every passed item
 * that has none. An existing statement is never rewritten here (`verify` compares it with the
 * run's files; rewriting it would hide a change to them).
 */
async function completeStatements(layout, state, io) {
    for (const item of state.items) {
        if (item.terminal_state !== 'passed')
            continue;
        const path = statementPath(layout, item.item_id, item.attempt_number);
        if (await exists(path))
            continue;
        if (!(await gateRecordReady(layout, item)))
            continue;
        await writeItemStatement(layout, state, item.item_id, io);
    }
}
async function buildItemStatement(layout, state, itemId, git) {
    return (0,_core_provenance_statement_js__WEBPACK_IMPORTED_MODULE_3__/* .buildProvenanceStatement */ .Jo)(await gatherFacts(layout, state, itemId, git));
}
async function gatherFacts(layout, state, itemId, git) {
    const root = layout.repoRoot;
    const item = itemOf(state, itemId);
    if (item.base_ref === null || item.checkpoint_ref === null)
        throw new Error(`item ${itemId} records no base or checkpoint commit`);
    const paths = (0,_core_run_layout_js__WEBPACK_IMPORTED_MODULE_4__/* .attemptLayout */ .MR)(layout, itemId, item.attempt_number);
    const plan = _core_schemas_normalized_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .NormalizedPlanSchema */ .iQ.parse(await readJson(layout.normalizedPlanPath));
    const planItem = plan.items.find((entry) => entry.item_id === itemId);
    if (planItem === undefined)
        throw new Error(`item ${itemId} is not in the run's plan`);
    const cycle = cycleOf(item);
    const digest = (absolute) => fileDigest(root, absolute);
    const maybeDigest = (absolute) => exists(absolute).then((present) => (present ? digest(absolute) : null));
    const verificationPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(paths.controlDir, `verification_report.${cycle}.json`);
    const verification = _core_schemas_reports_js__WEBPACK_IMPORTED_MODULE_8__/* .VerificationReportSchema */ .TS.parse(await readJson(verificationPath));
    const logs = new Map();
    for (const command of verification.command_results) {
        if (command.log_path !== null)
            logs.set(command.log_path, await maybeDigest((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, command.log_path)));
    }
    const calls = await callRecords(root, paths.controlDir);
    const triagePath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(paths.reportDir, `triage_report.${cycle}.json`);
    const gha = await optionalJson((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(layout.controlDir, _core_schemas_gha_js__WEBPACK_IMPORTED_MODULE_5__/* .GHA_RUN_FILE */ .CB));
    return {
        run: {
            runId: state.run_id,
            baseSha: state.base_head_sha,
            runBranch: state.run_branch_name,
            runtimePolicy: state.runtime_policy_path === null
                ? null
                : await maybeDigest((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, state.runtime_policy_path))
        },
        playbook: {
            sourcePath: state.playbook_source_path,
            sourceSha256: state.playbook_source_sha256,
            snapshot: await digest(layout.playbookSnapshotPath),
            normalizedPlan: await digest(layout.normalizedPlanPath)
        },
        planItem,
        attempt: {
            number: item.attempt_number,
            fixRounds: item.fix_rounds_completed,
            remediationRounds: item.remediation_rounds_completed,
            baseSha: item.base_ref,
            checkpointSha: item.checkpoint_ref,
            commits: [...(await git.commitsSince(root, item.base_ref, item.checkpoint_ref))],
            cycle,
            patch: await digest((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(paths.controlDir, `candidate.${cycle}.patch`))
        },
        calls,
        verification: { report: verification, file: await digest(verificationPath), logs },
        audits: {
            codex: await auditFacts(root, paths.reportDir, 'codex', cycle, calls),
            claude: await auditFacts(root, paths.reportDir, 'claude', cycle, calls)
        },
        mergedFindings: await digest((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(paths.controlDir, `merged_findings_packet.${cycle}.json`)),
        triage: {
            report: _core_schemas_reports_js__WEBPACK_IMPORTED_MODULE_8__/* .TriageReportSchema */ .OK.parse(await readJson(triagePath)),
            file: await digest(triagePath)
        },
        gate: planItem.manual_gate.required ? await gateFacts(layout, item) : null,
        evidence: await evidenceFiles(root, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(paths.controlDir, 'external_evidence')),
        gha: gha === undefined ? null : _core_schemas_gha_js__WEBPACK_IMPORTED_MODULE_5__/* .GhaRunRecordSchema */ .e.parse(gha)
    };
}
function itemOf(state, itemId) {
    const item = state.items.find((entry) => entry.item_id === itemId);
    if (item === undefined)
        throw new Error(`item ${itemId} is not part of run ${state.run_id}`);
    return item;
}
/** The cycle whose triage let the item pass (`triage_report.<cycle>.json`). */
function cycleOf(item) {
    const triage = item.latest_paths.triage_report_path;
    const match = triage === null ? null : /^triage_report\.(.+)\.json$/.exec((0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(triage));
    if (match?.[1] === undefined)
        throw new Error(`item ${item.item_id} records no triage report`);
    return match[1];
}
async function callRecords(root, controlDir) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(controlDir, _core_schemas_provenance_js__WEBPACK_IMPORTED_MODULE_7__/* .AGENT_CALLS_DIR */ .GQ);
    const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir).catch(() => []);
    const records = [];
    for (const name of names.filter((entry) => entry.endsWith('.json')).sort()) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name);
        records.push({
            record: _core_schemas_provenance_js__WEBPACK_IMPORTED_MODULE_7__/* .CallRecordSchema */ .pV.parse(await readJson(path)),
            file: await fileDigest(root, path)
        });
    }
    return records;
}
/**
 * A reported audit of the cycle. Its call record decides whether the report counted (an
 * adapter can leave a report file that the kernel then refused); a run without call records
 * goes by the file.
 */
async function auditFacts(root, reportDir, lane, cycle, calls) {
    const call = calls
        .filter(({ record }) => record.lane === `audit_${lane}` && record.cycle === cycle)
        .at(-1);
    if (call !== undefined && call.record.report === null)
        return null;
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(reportDir, `${lane}_audit_report.${cycle}.json`);
    if (!(await exists(path)))
        return null;
    return {
        report: _core_schemas_reports_js__WEBPACK_IMPORTED_MODULE_8__/* .AuditReportSchema */ .h4.parse(await readJson(path)),
        file: await fileDigest(root, path)
    };
}
async function gateFacts(layout, item) {
    const relative = item.latest_paths.manual_gate_path;
    if (relative === null)
        throw new Error(`item ${item.item_id} has no gate record`);
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(layout.repoRoot, relative);
    const record = _core_schemas_reports_js__WEBPACK_IMPORTED_MODULE_8__/* .ManualGateRecordSchema */ .UC.parse(await readJson(path));
    if (record.status !== 'approved' || record.related_refs.checkpoint_ref !== item.checkpoint_ref)
        throw new Error(`the gate record of item ${item.item_id} holds no approval of its checkpoint`);
    const githubPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), _core_schemas_gha_js__WEBPACK_IMPORTED_MODULE_5__/* .GHA_GATE_FILE */ .uU);
    const github = await optionalJson(githubPath);
    const githubRecord = github === undefined ? undefined : _core_schemas_gha_js__WEBPACK_IMPORTED_MODULE_5__/* .GhaGateRecordSchema */ ._C.parse(github);
    if (githubRecord !== undefined &&
        (githubRecord.decision !== 'approved' || githubRecord.checkpoint_ref !== item.checkpoint_ref))
        throw new Error(`GitHub's gate record of item ${item.item_id} holds no approval of its checkpoint`);
    return {
        record,
        file: await fileDigest(layout.repoRoot, path),
        github: githubRecord === undefined
            ? null
            : { record: githubRecord, file: await fileDigest(layout.repoRoot, githubPath) }
    };
}
/** Whether a gated item's record holds its decision yet (a crash can come in between). */
async function gateRecordReady(layout, item) {
    const relative = item.latest_paths.manual_gate_path;
    if (item.manual_gate_status === 'not_required' || relative === null)
        return true;
    const parsed = ManualGateRecordSchema.safeParse(await optionalJson(join(layout.repoRoot, relative)));
    return parsed.success && parsed.data.status === 'approved';
}
/** The evidence as the run received it, every file by path; null when none was supplied. */
async function evidenceFiles(root, dir) {
    if (!(await exists(dir)))
        return null;
    const files = [];
    const walk = async (current) => {
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(current, { withFileTypes: true });
        for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(current, entry.name);
            if (entry.isDirectory())
                await walk(path);
            else if (entry.isFile())
                files.push(await fileDigest(root, path));
        }
    };
    await walk(dir);
    return files;
}
async function fileDigest(root, absolute) {
    const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(absolute);
    return {
        path: (0,_core_run_layout_js__WEBPACK_IMPORTED_MODULE_4__/* .repoRelative */ .Ne)(root, absolute),
        sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')
    };
}
async function readJson(path) {
    return JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8'));
}
async function optionalJson(path) {
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8').catch(() => undefined);
    return text === undefined ? undefined : JSON.parse(text);
}
async function exists(path) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(path).then(() => true, () => false);
}
/**
 * The statement of an item that is passing now, written without putting the pass at risk:
 * a statement that cannot be built is a sentence for the run's history (and `verify` then
 * names the item), never a reason to undo a fast-forward git has made.
 */
async function recordItemStatement(layout, state, itemId, io) {
    try {
        await writeItemStatement(layout, state, itemId, io);
        return undefined;
    }
    catch (error) {
        return `the provenance statement of item ${itemId} could not be written: ${error instanceof Error ? error.message : String(error)}`;
    }
}


/***/ }),

/***/ 12709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   yC: () => (/* binding */ checkRunBranch)
/* harmony export */ });
/* unused harmony exports interruptedApproval, settlePendingPass */
/* harmony import */ var _core_run_run_branch_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6033);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _failpoints_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65334);
/* harmony import */ var _terminals_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46916);




async function checkRunBranch(git, repoRoot, state) {
    const verdict = (0,_core_run_run_branch_js__WEBPACK_IMPORTED_MODULE_2__/* .judgeRunBranch */ .D)(state, await git.branchSha(repoRoot, state.run_branch_name));
    if (verdict.kind === 'moved')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserInputError */ .m2(verdict.message);
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
        throw new UserInputError(approval);
    if (item === undefined ||
        item.terminal_state !== 'none' ||
        item.attempt_number !== pending.attempt_number ||
        item.checkpoint_ref !== pending.to ||
        session.stepOf(pending.item_id, passEvent(true)).kind !== 'move') {
        throw new UserInputError(`run ${state.run_id} records a fast-forward of its run branch for item ${pending.item_id} (attempt ${pending.attempt_number}, ${pending.from} to ${pending.to}) that does not match the item's state; nothing was changed`);
    }
    const repoRoot = session.layout.repoRoot;
    if (verdict.kind === 'pending_not_applied') {
        await base.git.fastForward(repoRoot, state.run_branch_name, pending.to, pending.from);
        session.crashAt(GIT_BOUNDARIES.runBranchFastForwarded);
    }
    await writePassStatement(base, pending.item_id);
    await recordPass(session, pending.item_id, pending.to, true);
    return pending.item_id;
}


/***/ }),

/***/ 46916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* unused harmony exports fastForwardPass, recordTerminal, writePassStatement, recordPass, passEvent, requestGate, finishEscalated */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_schemas_reports_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88947);
/* harmony import */ var _core_run_run_state_ops_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57109);
/* harmony import */ var _core_usage_budget_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35898);
/* harmony import */ var _attempt_context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(94594);
/* harmony import */ var _failpoints_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(65334);
/* harmony import */ var _provenance_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(60358);








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
    const checkpoint = need(workspace.checkpoint, 'checkpoint');
    const summary = need(workspace.triage, 'triage').summary;
    const from = session.state.run_branch_head;
    const base = session.item(item.item_id).base_ref;
    if (base !== from)
        return failed(`run branch could not be fast-forwarded: the attempt started from ${base ?? 'no recorded commit'}, but the run branch must be at ${from}`);
    await context.session.files.writeText(join(context.paths.controlDir, 'passed_summary.md'), `# Item ${item.item_id} passed\n\n${summary}\n\nCheckpoint: ${checkpoint}\n`);
    await session.replace(updateItem({
        ...session.state,
        pending_fast_forward: {
            item_id: item.item_id,
            attempt_number: context.attempt,
            from,
            to: checkpoint,
            recorded_at_utc: nowIso(context.clock)
        }
    }, item.item_id, { terminal_summary: summary }, nowIso(context.clock)));
    session.crashAt(GIT_BOUNDARIES.fastForwardRecorded);
    let added;
    try {
        added = await context.git.fastForward(session.layout.repoRoot, session.state.run_branch_name, checkpoint, from);
    }
    catch (error) {
        await session.replace({ ...session.state, pending_fast_forward: null });
        return failed(`run branch could not be fast-forwarded: ${error.message}`);
    }
    session.crashAt(GIT_BOUNDARIES.runBranchFastForwarded);
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
            return { alongside: passSave(need(workspace.checkpoint, 'checkpoint')) };
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
    const problem = await recordItemStatement(session.layout, session.state, itemId, {
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
    const checkpoint = need(workspace.checkpoint, 'checkpoint');
    const reviewFindings = need(workspace.triage, 'triage').merged_findings;
    const refs = {
        triageReportPath: relativeToRepo(context, need(workspace.triagePath, 'triage report')),
        mergedFindingsPath: relativeToRepo(context, need(workspace.mergedPath, 'merged findings'))
    };
    const current = session.item(item.item_id);
    const gatePath = join(context.paths.controlDir, 'manual_gate.json');
    const record = ManualGateRecordSchema.parse({
        schema_version: 'plan_orchestrator.manual_gate.v1',
        requested_at_utc: nowIso(context.clock),
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
            artifact_manifest_path: current.latest_paths.item_context_path ?? relativeToRepo(context, context.paths.controlDir),
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
        latest_paths: { ...current.latest_paths, manual_gate_path: relativeToRepo(context, gatePath) }
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
    const path = join(context.paths.controlDir, 'escalation_manifest.json');
    // A budget stop asks for a higher limit, not for a look at findings.
    const budget = terminal === 'escalated' &&
        current.budget_stop !== null &&
        current.budget_stop.attempt_number === context.attempt &&
        summary.includes(current.budget_stop.message)
        ? current.budget_stop
        : undefined;
    const reports = Object.values(current.latest_paths).filter((value) => value !== null);
    const manifest = EscalationManifestSchema.parse({
        schema_version: 'plan_orchestrator.escalation_manifest.v1',
        generated_at_utc: nowIso(context.clock),
        terminal_state: terminal,
        run_id: session.state.run_id,
        item_id: item.item_id,
        attempt_number: context.attempt,
        summary,
        blocking_reasons: [summary],
        required_human_actions: budget === undefined ? actions : [budgetAction(budget)],
        preserved_refs: {
            branch_name: current.branch_name,
            worktree_path: current.worktree_path,
            checkpoint_ref: current.checkpoint_ref,
            run_state_path: relativeToRepo(context, session.layout.runStatePath),
            primary_report_paths: reports
        },
        artifact_manifest_path: current.latest_paths.artifact_manifest_path,
        suggested_resume_command: terminal === 'blocked_external'
            ? `plan-orchestrator resume --run-id ${session.state.run_id} --external-evidence-dir DIR`
            : budget !== undefined
                ? budgetResumeCommand(session.state.run_id, budget)
                : `plan-orchestrator resume --run-id ${session.state.run_id}`,
        notes: []
    });
    await context.session.files.writeJson(path, manifest);
    await session.patchItem(item.item_id, {
        latest_paths: {
            ...session.item(item.item_id).latest_paths,
            escalation_manifest_path: relativeToRepo(context, path)
        }
    });
}


/***/ }),

/***/ 98972:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AR: () => (/* binding */ nextLedgerSequence),
/* harmony export */   CU: () => (/* binding */ directoryDigest),
/* harmony export */   R9: () => (/* binding */ readArtifact),
/* harmony export */   Sb: () => (/* binding */ ensureSupervisionDirs),
/* harmony export */   WS: () => (/* binding */ removeFiles),
/* harmony export */   Xi: () => (/* binding */ ledgerFiles),
/* harmony export */   bo: () => (/* binding */ ledgerName),
/* harmony export */   cY: () => (/* binding */ supervisionLayout),
/* harmony export */   ce: () => (/* binding */ compactTimestamp),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   sN: () => (/* binding */ fileSha256),
/* harmony export */   vT: () => (/* binding */ loadedValue),
/* harmony export */   w6: () => (/* binding */ writeArtifact),
/* harmony export */   zN: () => (/* binding */ isRegistered)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_schemas_supervision_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(56079);




function supervisionLayout(run) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(run.controlDir, 'supervision');
    return {
        root,
        registrationPath: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, 'bridge_registration.json'),
        activeStagePath: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, 'active_stage.json'),
        probeRequestPath: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, 'probe_request.json'),
        probeAckPath: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, 'probe_ack.json'),
        heartbeatsDir: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, 'heartbeats'),
        interventionsDir: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, 'interventions'),
        invocationsDir: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, 'invocations'),
        controlLockPath: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, 'control.lock'),
        controlOwnerPath: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, 'control_owner.json')
    };
}
async function ensureSupervisionDirs(layout) {
    for (const dir of [layout.heartbeatsDir, layout.interventionsDir, layout.invocationsDir])
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
}
async function readArtifact(schema, path) {
    let bytes;
    try {
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return { kind: 'missing' };
        return { kind: 'invalid', problem: `${path}: ${error.message}` };
    }
    let json;
    try {
        json = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        return { kind: 'invalid', problem: `${path}: not JSON` };
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
        const first = parsed.error.issues[0];
        return {
            kind: 'invalid',
            problem: `${path}: ${first === undefined ? 'invalid' : `${first.path.join('.') || '(root)'}: ${first.message}`}`
        };
    }
    return { kind: 'ok', value: parsed.data, sha256: sha256Hex(bytes) };
}
function loadedValue(loaded) {
    return loaded.kind === 'ok' ? loaded.value : undefined;
}
/** Validates, then writes atomically (pretty JSON, trailing newline) through `files`. */
async function writeArtifact(files, schema, path, value) {
    await files.writeJson(path, schema.parse(value));
}
async function removeFiles(paths) {
    await Promise.all(paths.map((path) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(path, { force: true })));
}
function sha256Hex(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex');
}
async function fileSha256(path) {
    try {
        return sha256Hex(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path));
    }
    catch {
        return null;
    }
}
/** `2026-04-05T11:00:00Z` \u2192 `20260405T110000Z`, for file names. */
function compactTimestamp(iso) {
    return iso.replace(/[-:]/g, '');
}
/** Ledger files (`NNNNNN_\u2026json`, six digits or more) in sequence order. */
async function ledgerFiles(dir) {
    const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir).catch(() => []);
    return names
        .filter((name) => /^\d{6,}_.*\.json$/.test(name))
        .sort((a, b) => sequenceOf(a) - sequenceOf(b) || (a < b ? -1 : a > b ? 1 : 0))
        .map((name) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, name));
}
function sequenceOf(name) {
    return Number(name.slice(0, name.indexOf('_')));
}
/** One past the highest sequence on disk, so ledgers continue across supervisor sessions. */
async function nextLedgerSequence(dir) {
    const last = (await ledgerFiles(dir)).at(-1);
    return last === undefined ? 1 : sequenceOf((0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(last)) + 1;
}
function ledgerName(sequence, ...parts) {
    return `${[String(sequence).padStart(6, '0'), ...parts].join('_')}.json`;
}
/**
 * The digest of an evidence package: every regular file by relative path (compared component
 * by component), each contributing `path NUL sha256 NUL`. A single file digests to its hash.
 * Anything else in the package (a link, a pipe), which the kernel refuses, contributes
 * `path NUL symlink:<target>` or `path NUL other` instead, so removing it makes a new package.
 */
async function directoryDigest(path) {
    const entries = await packageEntries(path, '').catch(() => null);
    if (entries === null) {
        return fileSha256(path);
    }
    entries.sort((a, b) => compareComponents(a.relative, b.relative));
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const entry of entries) {
        const content = entry.kind === 'file' ? await fileSha256((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(path, entry.relative)) : entry.kind;
        hash
            .update(entry.relative)
            .update('\0')
            .update(content ?? '')
            .update('\0');
    }
    return hash.digest('hex');
}
async function packageEntries(root, prefix) {
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, prefix), { withFileTypes: true });
    const found = [];
    for (const entry of entries) {
        const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
        if (entry.isDirectory())
            found.push(...(await packageEntries(root, relative)));
        else if (entry.isFile())
            found.push({ relative, kind: 'file' });
        else if (entry.isSymbolicLink())
            found.push({
                relative,
                kind: `symlink:${await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readlink)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, relative)).catch(() => '')}`
            });
        else
            found.push({ relative, kind: 'other' });
    }
    return found;
}
function compareComponents(a, b) {
    const left = a.split('/');
    const right = b.split('/');
    for (let index = 0; index < Math.min(left.length, right.length); index += 1) {
        const l = left[index];
        const r = right[index];
        if (l !== r)
            return l < r ? -1 : 1;
    }
    return left.length - right.length;
}
/** Whether the bridge registration names this kernel invocation (it has started working). */
async function isRegistered(layout, invocationId) {
    const registration = loadedValue(await readArtifact(_core_schemas_supervision_js__WEBPACK_IMPORTED_MODULE_3__/* .BridgeRegistrationSchema */ .My, layout.registrationPath));
    return registration?.kernel_invocation_id === invocationId;
}


/***/ }),

/***/ 72726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wy: () => (/* binding */ SUPERVISION_ENV)
/* harmony export */ });
/* unused harmony exports bridgeIdentityFromEnv, startBridge, withSupervisionBridge, runIdOverride */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_run_run_state_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(37703);
/* harmony import */ var _core_run_layout_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(88951);
/* harmony import */ var _core_run_lifecycle_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(95413);
/* harmony import */ var _core_run_run_id_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(74340);
/* harmony import */ var _core_schemas_run_state_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(22221);
/* harmony import */ var _core_schemas_supervision_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(56079);
/* harmony import */ var _artifacts_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(98972);













/**
 * The kernel's side of supervision. When a supervisor launched this kernel, the bridge
 * registers it, answers the supervisor's probes and publishes the child process the kernel
 * is waiting on. It lives on the kernel's event loop, so an answered probe also proves the
 * kernel is not wedged in synchronous work; it never touches the run state.
 */
const SUPERVISION_ENV = {
    enabled: 'PLAN_ORCHESTRATOR_SUPERVISION_ENABLED',
    sessionId: 'PLAN_ORCHESTRATOR_SUPERVISOR_SESSION_ID',
    invocationId: 'PLAN_ORCHESTRATOR_KERNEL_INVOCATION_ID',
    runIdOverride: 'PLAN_ORCHESTRATOR_RUN_ID_OVERRIDE'
};
function bridgeIdentityFromEnv(env) {
    const sessionId = env[SUPERVISION_ENV.sessionId]?.trim() ?? '';
    const invocationId = env[SUPERVISION_ENV.invocationId]?.trim() ?? '';
    if (env[SUPERVISION_ENV.enabled] !== '1' || sessionId === '' || invocationId === '')
        return undefined;
    return { sessionId, invocationId };
}
const POLL_MS = 100;
/** How much of a child's argv the active stage shows; prompts can be long. */
const COMMAND_LIMIT = 2000;
/** Registers and starts answering; a bridge that cannot start leaves the kernel unsupervised. */
async function startBridge(run, identity, ports) {
    const layout = supervisionLayout(run);
    await ensureSupervisionDirs(layout);
    await removeFiles([layout.probeRequestPath, layout.probeAckPath, layout.activeStagePath]);
    await writeArtifact(ports.files, BridgeRegistrationSchema, layout.registrationPath, {
        schema_version: SUPERVISION_SCHEMA_VERSIONS.registration,
        run_id: run.runId,
        supervisor_session_id: identity.sessionId,
        kernel_invocation_id: identity.invocationId,
        bridge_pid: process.pid,
        bridge_host: hostname(),
        bridge_started_at_utc: isoSeconds(new Date()),
        run_state_path: repoRelative(run.repoRoot, run.runStatePath)
    });
    const ephemeral = [
        layout.activeStagePath,
        layout.probeAckPath,
        layout.probeRequestPath,
        layout.registrationPath
    ];
    // A kernel that exits abruptly (a signal, process.exit) still withdraws its registration,
    // so nobody probes a process that is gone. Only SIGKILL leaves the files behind.
    const onExit = () => {
        for (const path of ephemeral)
            rmSync(path, { force: true });
    };
    process.on('exit', onExit);
    const answerer = new ProbeAnswerer(run, layout, identity, ports.files);
    const publisher = new ActiveStagePublisher(run, layout, identity, ports.files);
    const unsubscribe = ports.liveChildren.subscribe((children) => publisher.publish(children));
    const timer = setInterval(() => answerer.tick(), POLL_MS);
    timer.unref();
    return {
        async stop() {
            clearInterval(timer);
            unsubscribe();
            await answerer.idle();
            await publisher.idle();
            process.removeListener('exit', onExit);
            await removeFiles(ephemeral);
        }
    };
}
/** Serializes async work: one at a time, in order, failures swallowed (the bridge is best-effort). */
class SerialQueue {
    tail = Promise.resolve();
    busy = false;
    push(work) {
        this.busy = true;
        this.tail = this.tail
            .then(work)
            .catch(() => undefined)
            .finally(() => {
            this.busy = false;
        });
    }
    idle() {
        return this.tail;
    }
}
class ProbeAnswerer {
    run;
    layout;
    identity;
    files;
    queue = new SerialQueue();
    answered;
    constructor(run, layout, identity, files) {
        this.run = run;
        this.layout = layout;
        this.identity = identity;
        this.files = files;
    }
    tick() {
        if (this.queue.busy)
            return;
        this.queue.push(() => this.answer());
    }
    idle() {
        return this.queue.idle();
    }
    async answer() {
        const loaded = await readArtifact(ProbeRequestSchema, this.layout.probeRequestPath);
        if (loaded.kind !== 'ok')
            return;
        const request = loaded.value;
        if (request.run_id !== this.run.runId ||
            request.supervisor_session_id !== this.identity.sessionId ||
            request.kernel_invocation_id !== this.identity.invocationId)
            return;
        const key = `${request.probe_sequence}:${request.probe_nonce}`;
        if (key === this.answered)
            return;
        const now = new Date();
        if (Date.parse(request.expires_at_utc) + 999 < now.getTime()) {
            this.answered = key;
            return;
        }
        const snapshot = await kernelSnapshot(this.run, this.layout);
        if (snapshot === undefined)
            return;
        const ack = {
            schema_version: SUPERVISION_SCHEMA_VERSIONS.probeAck,
            run_id: request.run_id,
            supervisor_session_id: request.supervisor_session_id,
            kernel_invocation_id: request.kernel_invocation_id,
            probe_sequence: request.probe_sequence,
            probe_nonce: request.probe_nonce,
            acked_at_utc: isoSeconds(now),
            kernel_snapshot: snapshot
        };
        await writeArtifact(this.files, ProbeAckSchema, this.layout.probeAckPath, ack);
        this.answered = key;
    }
}
async function kernelSnapshot(run, layout) {
    let bytes;
    try {
        bytes = await readFile(run.runStatePath);
    }
    catch {
        return undefined;
    }
    let state;
    try {
        state = parseRunState(run.runStatePath, bytes.toString('utf8'));
    }
    catch {
        return undefined;
    }
    const stage = await readArtifact(ActiveStageSchema, layout.activeStagePath);
    return {
        run_state_path: repoRelative(run.repoRoot, run.runStatePath),
        run_state_sha256: sha256Hex(bytes),
        current_state: state.current_state,
        current_item_id: state.current_item_id,
        active_stage_present: stage.kind === 'ok',
        active_stage_path: stage.kind === 'ok' ? repoRelative(run.repoRoot, layout.activeStagePath) : null,
        active_stage_sha256: stage.kind === 'ok' ? stage.sha256 : null,
        run_state_updated_at_utc: state.updated_at_utc
    };
}
/** Keeps active_stage.json equal to the newest running child, or absent when none runs. */
class ActiveStagePublisher {
    run;
    layout;
    identity;
    files;
    queue = new SerialQueue();
    constructor(run, layout, identity, files) {
        this.run = run;
        this.layout = layout;
        this.identity = identity;
        this.files = files;
    }
    publish(children) {
        const newest = children.at(-1);
        const count = children.length;
        this.queue.push(async () => {
            if (newest === undefined) {
                await removeFiles([this.layout.activeStagePath]);
                return;
            }
            const state = await readRunState(this.run);
            const itemId = state?.current_item_id;
            if (state === undefined || itemId === null || itemId === undefined)
                return;
            const item = state.items.find((entry) => entry.item_id === itemId);
            await writeArtifact(this.files, ActiveStageSchema, this.layout.activeStagePath, {
                schema_version: SUPERVISION_SCHEMA_VERSIONS.activeStage,
                run_id: this.run.runId,
                supervisor_session_id: this.identity.sessionId,
                kernel_invocation_id: this.identity.invocationId,
                stage_name: stageOfState(state.current_state) ?? 'unknown',
                item_id: itemId,
                attempt_number: Math.max(1, item?.attempt_number ?? 1),
                child_tool: toolName(newest),
                child_pid: newest.pid,
                child_command: [newest.command, ...newest.args].join(' ').slice(0, COMMAND_LIMIT),
                running_children: count,
                started_at_utc: isoSeconds(new Date(newest.startedAtMs)),
                updated_at_utc: isoSeconds(new Date())
            });
        });
    }
    idle() {
        return this.queue.idle();
    }
}
function toolName(child) {
    const name = basename(child.command);
    // The scripted agent runs as `node <script>`; name it by its script.
    if ((name === 'node' || child.command === process.execPath) && child.args[0] !== undefined)
        return basename(child.args[0]);
    return name;
}
async function readRunState(run) {
    try {
        return parseRunState(run.runStatePath, await readFile(run.runStatePath, 'utf8'));
    }
    catch {
        return undefined;
    }
}
/** Runs the kernel's work with a bridge when a supervisor launched this process. */
async function withSupervisionBridge(run, env, ports, work) {
    const identity = bridgeIdentityFromEnv(env);
    // A bridge that cannot start costs the supervisor its proof, not the kernel its run.
    const bridge = identity === undefined
        ? undefined
        : await startBridge(run, identity, ports).catch(() => undefined);
    try {
        return await work();
    }
    finally {
        await bridge?.stop();
    }
}
/** The run id a supervisor allocated for the new run it launched, if any. */
function runIdOverride(env) {
    const value = env[SUPERVISION_ENV.runIdOverride]?.trim();
    if (value === undefined || value === '' || bridgeIdentityFromEnv(env) === undefined)
        return undefined;
    const problem = runIdProblem(value, SUPERVISION_ENV.runIdOverride, '=');
    if (problem !== undefined)
        throw new UserInputError(problem);
    return value;
}


/***/ })

};
