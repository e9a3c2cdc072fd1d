export const id = 784;
export const ids = [784];
export const modules = {

/***/ 43784:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./src/core/playbook/cell-values.ts
var cell_values = __webpack_require__(79294);
// EXTERNAL MODULE: ./src/core/run/run-id.ts
var run_id = __webpack_require__(74340);
;// CONCATENATED MODULE: ./src/core/gha/dispatch-inputs.ts



/**
 * What one workflow run hands the next through `workflow_dispatch`. Anyone with write access
 * can dispatch with any inputs, so the chain carries only pointers (which playbook, which run,
 * where its state lives, how far the chain has come) and nothing that grants anything: there
 * is deliberately no approval input, because a gate decision is only ever read back from
 * GitHub's review history. Unknown inputs are refused rather than ignored, so a dispatch that
 * tries to claim more than this fails loudly.
 */
// Control characters in a path would be hidden in logs and summaries.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;
const repoPath = schemas/* string */.YjP()
    .min(1, 'must not be empty')
    .superRefine((path, context) => {
    const problem = CONTROL_CHARACTER.test(path)
        ? `path ${JSON.stringify(path)} contains a control character`
        : path.trim() !== path
            ? `path ${JSON.stringify(path)} has leading or trailing whitespace`
            : (0,cell_values/* unsafePathReason */.m0)(path);
    if (problem !== undefined)
        context.addIssue({ code: 'custom', message: problem });
});
// workflow_dispatch sends every declared input, an unset one as ''.
const optionalRepoPath = schemas/* preprocess */.vkY((value) => (value === '' ? undefined : value), repoPath.optional());
const hop = schemas/* union */.KCZ([
    schemas/* int */.Whr(),
    schemas/* string */.YjP()
        .regex(/^[0-9]+$/, 'must be a whole number')
        .transform(Number)
])
    .pipe(schemas/* int */.Whr().min(0));
const DispatchInputsSchema = schemas/* strictObject */.rej({
    playbook: repoPath,
    /** Empty starts a new run. */
    run_id: schemas/* union */.KCZ([schemas/* literal */.euz(''), run_id/* RunIdSchema */.Iz]),
    /** The workflow run whose artifacts hold the run's state; empty for a new run. */
    state_run_id: schemas/* string */.YjP().regex(/^(?:[0-9]+)?$/, 'must be a workflow run id (digits)'),
    hop,
    evidence_path: optionalRepoPath
})
    .superRefine((inputs, context) => {
    // A continued run without its state would silently restart; state without a run is noise.
    if ((inputs.run_id === '') !== (inputs.state_run_id === '')) {
        context.addIssue({
            code: 'custom',
            path: ['state_run_id'],
            message: 'run_id and state_run_id are given together (a continued run) or both left empty'
        });
    }
});
/** The hop number for the next dispatch, or why the chain must stop here (a loop brake). */
function nextHop(hop, maxHops) {
    if (!Number.isSafeInteger(hop) || hop < 0) {
        return { ok: false, reason: `hop ${hop} is not a whole number of at least 0` };
    }
    if (!Number.isSafeInteger(maxHops) || maxHops < 0) {
        return { ok: false, reason: `max-hops ${maxHops} is not a whole number of at least 0` };
    }
    const next = hop + 1;
    if (next > maxHops) {
        return {
            ok: false,
            reason: `hop ${next} would exceed max-hops ${maxHops}; the chain stops here. ` +
                'Continue it by dispatching the workflow by hand, or raise max-hops.'
        };
    }
    return { ok: true, hop: next };
}

// EXTERNAL MODULE: ./src/composition/actions/github.ts
var github = __webpack_require__(81071);
// EXTERNAL MODULE: ./src/composition/actions/runner-context.ts
var runner_context = __webpack_require__(65200);
;// CONCATENATED MODULE: ./src/composition/actions/dispatch-job.ts




/**
 * The dispatch action's job: starts the next hop of the run with workflow_dispatch. It
 * carries only pointers (playbook, run, the workflow run holding the state, hop, evidence
 * path); whatever a later hop believes about a gate it reads back from GitHub.
 */
async function runDispatchJob(inputs, output) {
    const ctx = (0,runner_context/* runnerContext */.c)();
    core/* setSecret */.Pq(inputs['github-token']);
    const next = nextHop(Number(inputs.hop), Number(inputs['max-hops']));
    if (!next.ok)
        throw new Error(next.reason);
    const carried = DispatchInputsSchema.safeParse({
        playbook: inputs.playbook,
        run_id: inputs['run-id'],
        state_run_id: inputs['state-run-id'],
        hop: next.hop,
        evidence_path: inputs['evidence-path']
    });
    if (!carried.success)
        throw new Error(carried.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
    const api = await (0,github/* createGitHubApi */._j)({
        token: inputs['github-token'],
        baseUrl: ctx.apiUrl,
        repository: ctx.repository
    });
    // The workflow's inputs are kebab-case, like the actions'.
    const dispatched = await api.dispatch({
        workflow: inputs.workflow,
        ref: inputs.ref,
        inputs: {
            playbook: carried.data.playbook,
            'run-id': carried.data.run_id,
            'state-run-id': carried.data.state_run_id,
            hop: String(carried.data.hop),
            ...(carried.data.evidence_path === undefined
                ? {}
                : { 'evidence-path': carried.data.evidence_path })
        }
    });
    output('workflow-run-id', dispatched.workflowRunId === null ? '' : String(dispatched.workflowRunId));
    output('html-url', dispatched.htmlUrl ?? '');
    core/* info */.pq(dispatched.workflowRunId === null
        ? `dispatched hop ${next.hop} of run ${carried.data.run_id} (GitHub did not return the new run's id)`
        : `dispatched hop ${next.hop} of run ${carried.data.run_id}: ${dispatched.htmlUrl ?? dispatched.workflowRunId}`);
}

;// CONCATENATED MODULE: ./src/actions/dispatch/main.ts


/**
 * The dispatch action: starts the next hop of the run with workflow_dispatch. The job is
 * built and run by the composition root (src/composition/actions/dispatch-job.ts); here its
 * outputs go to the runner.
 */
async function main(inputs) {
    await runDispatchJob(inputs, (name, value) => core/* setOutput */.uH(name, value));
}


/***/ }),

/***/ 81071:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wv: () => (/* binding */ uploadRunState),
/* harmony export */   _j: () => (/* binding */ createGitHubApi),
/* harmony export */   bg: () => (/* binding */ stageRunState),
/* harmony export */   eq: () => (/* binding */ findRunState),
/* harmony export */   oB: () => (/* binding */ uploadDiagnostics),
/* harmony export */   xt: () => (/* binding */ installStagedState),
/* harmony export */   yy: () => (/* binding */ discardStagedState)
/* harmony export */ });
/**
 * GitHub's clients, loaded when an action first calls GitHub or moves an artifact: Octokit
 * and @actions/artifact (with its protobuf, archiver and Azure code, about 2 MB) are most of
 * the bundle, and a plan job for a new run or a failing input check needs neither. ncc turns
 * each import() into a chunk of its own (docs/performance.md, "Action bundle cold start").
 */
async function createGitHubApi(input) {
    return (await Promise.all(/* import() */[__webpack_require__.e(579), __webpack_require__.e(812)]).then(__webpack_require__.bind(__webpack_require__, 76812))).createGitHubApi(input);
}
const artifacts = () => Promise.all(/* import() */[__webpack_require__.e(744), __webpack_require__.e(579), __webpack_require__.e(165), __webpack_require__.e(677)]).then(__webpack_require__.bind(__webpack_require__, 44677));
const uploadRunState = async (input) => (await artifacts()).uploadRunState(input);
const uploadDiagnostics = async (input) => (await artifacts()).uploadDiagnostics(input);
const findRunState = async (runId, source) => (await artifacts()).findRunState(runId, source);
const stageRunState = async (input) => (await artifacts()).stageRunState(input);
const installStagedState = async (input) => (await artifacts()).installStagedState(input);
const discardStagedState = async (staged) => (await artifacts()).discardStagedState(staged);


/***/ }),

/***/ 65200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ runnerContext)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92857);

/** What every action reads from the runner's environment (its inputs are in src/actions/inputs.ts). */
const RunnerEnvSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    GITHUB_WORKSPACE: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    GITHUB_REPOSITORY: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[^/]+\/[^/]+$/),
    GITHUB_RUN_ID: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^\d+$/),
    GITHUB_RUN_ATTEMPT: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^\d+$/).default('1'),
    GITHUB_SERVER_URL: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().default('https://github.com'),
    GITHUB_API_URL: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().default('https://api.github.com'),
    GITHUB_ACTOR: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().default(''),
    GITHUB_ACTOR_ID: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().default('')
});
function runnerContext(env = process.env) {
    const parsed = RunnerEnvSchema.safeParse(env);
    if (!parsed.success)
        throw new Error(`not running in a GitHub Actions job: ${parsed.error.issues.map((issue) => issue.path.join('.')).join(', ')} missing or invalid`);
    const e = parsed.data;
    const [owner, repo] = e.GITHUB_REPOSITORY.split('/');
    const actorId = Number(e.GITHUB_ACTOR_ID);
    return {
        workspace: e.GITHUB_WORKSPACE,
        repository: { owner, repo },
        runId: Number(e.GITHUB_RUN_ID),
        runAttempt: Number(e.GITHUB_RUN_ATTEMPT),
        serverUrl: e.GITHUB_SERVER_URL,
        apiUrl: e.GITHUB_API_URL,
        actor: e.GITHUB_ACTOR === '' || !Number.isInteger(actorId) || actorId <= 0
            ? undefined
            : { login: e.GITHUB_ACTOR, id: actorId },
        runUrl: `${e.GITHUB_SERVER_URL}/${e.GITHUB_REPOSITORY}/actions/runs/${e.GITHUB_RUN_ID}`
    };
}


/***/ }),

/***/ 79294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P4: () => (/* binding */ readCommands),
/* harmony export */   Vf: () => (/* binding */ readBoolean),
/* harmony export */   Vv: () => (/* binding */ readPaths),
/* harmony export */   Xr: () => (/* binding */ readWriteRoots),
/* harmony export */   _w: () => (/* binding */ FORBIDDEN_ROOTS),
/* harmony export */   m0: () => (/* binding */ unsafePathReason),
/* harmony export */   ye: () => (/* binding */ readPrerequisites)
/* harmony export */ });
/* unused harmony exports extractPaths, MAX_RANGE_LENGTH */
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29508);

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
            paths.push(trimTrailingPunctuation((0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .strip */ .bB)(cell.slice(open + 1, close))));
        }
        open = cell.indexOf('`', close + 1);
    }
    for (const path of barePaths(cell))
        paths.push(trimTrailingPunctuation(path));
    return paths.length > 1 ? (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .dedupe */ .Qq)(paths) : paths;
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
const FORBIDDEN_ROOTS = [
    '.local',
    '.git',
    '.codex',
    '.claude',
    '.mcp.json',
    'ops/config',
    'secrets'
];
const FORBIDDEN_PREFIXES = FORBIDDEN_ROOTS.map((name) => `${name}/`);
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
        const stripped = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .strip */ .bB)(piece);
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
            roots.push((0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .strip */ .bB)((0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .stripChars */ .aN)(piece, '/')));
    }
    if (pieces.length === 0) {
        problems.push('`allowed_write_roots` must contain at least one repo-relative root.');
    }
    return { value: (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .dedupe */ .Qq)(roots), problems };
}
function writeRootProblem(piece) {
    if (piece.includes('\\'))
        return `write root ${piece} uses a backslash; separate directories with /`;
    if (piece.startsWith('/') || /^[A-Za-z]:/.test(piece)) {
        return (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .stripChars */ .aN)(piece, '/') === ''
            ? 'a write root of / would let the item write anywhere; name the directories it may change'
            : `\`allowed_write_roots\` must be repo-relative: ${piece}`;
    }
    const root = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .strip */ .bB)((0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .stripChars */ .aN)(piece, '/'));
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
    if (FORBIDDEN_ROOTS.some((name, k) => lower === name || lower.startsWith(FORBIDDEN_PREFIXES[k] ?? ''))) {
        return `\`allowed_write_roots\` may not point at forbidden runtime roots: ${root}`;
    }
    return undefined;
}
function unwrapBackticks(text) {
    // Exactly two backticks, one at each end.
    return text.length >= 2 && text.charCodeAt(0) === 0x60 && text.indexOf('`', 1) === text.length - 1
        ? (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .strip */ .bB)(text.slice(1, -1))
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
    for (const piece of (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .semicolonList */ .cY)(cell)) {
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
const MAX_RANGE_LENGTH = 100_000;
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
    const trimmed = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .strip */ .bB)(cell);
    if (trimmed === '' || (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .isNone */ .$I)(trimmed))
        return { value: [], problems: [] };
    const problems = [];
    const ids = [];
    // One token (one id or one range) cannot repeat an id; only a list needs deduplicating.
    let tokens = 0;
    for (const piece of trimmed.split(',')) {
        const token = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .strip */ .bB)(piece);
        if (token === '')
            continue;
        tokens += 1;
        if ((0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .isNone */ .$I)(token)) {
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
        if (!Number.isSafeInteger(right) || right - left >= MAX_RANGE_LENGTH) {
            problems.push(`range ${token} names more than ${MAX_RANGE_LENGTH} items`);
            continue;
        }
        const width = Math.max(leftText.length, rightText.length);
        for (let n = left; n <= right; n += 1)
            ids.push(paddedId(n, width, cache));
    }
    return { value: tokens > 1 ? (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .dedupe */ .Qq)(ids) : ids, problems };
}
const TRUE_WORDS = new Set(['1', 'true', 'yes', 'y']);
const FALSE_WORDS = new Set(['0', 'false', 'no', 'n']);
function readBoolean(cell) {
    const word = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .strip */ .bB)(cell).toLowerCase();
    if (TRUE_WORDS.has(word))
        return true;
    if (FALSE_WORDS.has(word))
        return false;
    return undefined;
}


/***/ }),

/***/ 29508:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ isNone),
/* harmony export */   Gl: () => (/* binding */ stripEnd),
/* harmony export */   Ko: () => (/* binding */ WS_CLASS),
/* harmony export */   QZ: () => (/* binding */ isJsSpace),
/* harmony export */   Qq: () => (/* binding */ dedupe),
/* harmony export */   Yv: () => (/* binding */ slugify),
/* harmony export */   aN: () => (/* binding */ stripChars),
/* harmony export */   bB: () => (/* binding */ strip),
/* harmony export */   cY: () => (/* binding */ semicolonList)
/* harmony export */ });
/* unused harmony exports isPythonSpace, isBlank, codePointLength */
/**
 * Text rules of markdown_playbook_v1. The contract was defined by a Python tool, so
 * "whitespace" means Python's `str.isspace()` set, which differs from JavaScript's
 * `trim()` (JS strips U+FEFF and keeps U+001C\u2013U+001F and U+0085).
 */
const PY_WS = '\\u0009-\\u000d\\u001c-\\u001f\\u0020\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const WS_CLASS = PY_WS;
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


/***/ }),

/***/ 74340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iz: () => (/* binding */ RunIdSchema),
/* harmony export */   Pk: () => (/* binding */ isRunId),
/* harmony export */   dQ: () => (/* binding */ noSuchRunMessage),
/* harmony export */   w2: () => (/* binding */ runIdProblem),
/* harmony export */   z6: () => (/* binding */ RUN_ID_PATTERN)
/* harmony export */ });
/* unused harmony export RUN_ID_FORM */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92857);

/**
 * A run id is an id: `RUN_<yyyymmddTHHMMSSZ>_<8 hex>`, nothing else. Paths under `.local/`,
 * branch names and artifact names are built from it, so every entry point (CLI flags, action
 * inputs, supervision variables) checks it here before any of those is built.
 */
const RUN_ID_PATTERN = /^RUN_[0-9]{8}T[0-9]{6}Z_[0-9a-f]{8}$/;
const RUN_ID_FORM = 'RUN_<yyyymmddTHHMMSSZ>_<8 hex>';
function isRunId(value) {
    return typeof value === 'string' && RUN_ID_PATTERN.test(value);
}
/** For zod schemas of inputs and records: the same rule, the same words. */
const RunIdSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(RUN_ID_PATTERN, `must be a run id (${RUN_ID_FORM})`);
/**
 * Why a value given for a run id is not one, in one line; undefined when it is one. A value
 * with anything but plain path characters is quoted the JSON way, so a newline or a control
 * character in it cannot forge a second line of output.
 */
function runIdProblem(value, label = '--run-id', separator = ' ') {
    if (RUN_ID_PATTERN.test(value))
        return undefined;
    const cut = value.length > 80 ? `${value.slice(0, 80)}\u2026` : value;
    const shown = /^[A-Za-z0-9_./-]+$/.test(cut) ? cut : JSON.stringify(cut);
    return `${label}${separator}${shown} is not a run id (${RUN_ID_FORM})`;
}
/** The one line for a well-formed id that names no run of this repository. */
function noSuchRunMessage(runId, why) {
    return `no run ${runId} in this repository${why === undefined ? '' : ` (${why})`}; list runs: plan-orchestrator status --all`;
}


/***/ })

};
