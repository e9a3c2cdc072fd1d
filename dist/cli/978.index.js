export const id = 978;
export const ids = [978];
export const modules = {

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


/***/ }),

/***/ 8610:
/***/ ((__unused_webpack_module, exports) => {


/**
 * The fixed words of the plan contract. Kept apart from the zod schemas so that code on
 * the fast path (parsing a playbook for `list-items`) does not load the validator.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SECTION_KINDS = exports.CHANGE_PROFILES = exports.EXTERNAL_CHECK_MODES = exports.GATE_TYPES = exports.ITEM_ID_PATTERN = void 0;
exports.ITEM_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
exports.GATE_TYPES = [
    'none',
    'signoff',
    'approval',
    'operator_confirmation',
    'security_review',
    'presenter_review',
    'custom'
];
exports.EXTERNAL_CHECK_MODES = ['none', 'human_supplied_evidence_required'];
exports.CHANGE_PROFILES = ['behavioral_code', 'docs_only', 'mixed'];
exports.SECTION_KINDS = [
    'global_context',
    'phase_detail',
    'shared_guidance',
    'risk_register',
    'informational'
];


/***/ })

};

//# sourceMappingURL=978.index.js.map