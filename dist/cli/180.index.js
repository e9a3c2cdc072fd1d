export const id = 180;
export const ids = [180];
export const modules = {

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
const BACKTICK_SPAN = /`([^`]+)`/g;
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
    if (cell.includes('`')) {
        BACKTICK_SPAN.lastIndex = 0;
        for (let match = BACKTICK_SPAN.exec(cell); match !== null; match = BACKTICK_SPAN.exec(cell)) {
            const content = (0, text_js_1.strip)(match[1] ?? '');
            if (content.includes('/'))
                paths.push(trimTrailingPunctuation(content));
        }
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
    if (path.startsWith('/') || path.startsWith('\\') || /^[A-Za-z]:[\\/]/.test(path)) {
        return `path ${path} is absolute; write it relative to the repository root`;
    }
    if (path.split(/[\\/]/).includes('..')) {
        return `path ${path} leaves the repository through '..'; write it relative to the repository root`;
    }
    return undefined;
}
function readPaths(cell) {
    const paths = extractPaths(cell);
    const problems = paths.map(unsafePathReason).filter((reason) => reason !== undefined);
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
/**
 * `allowed_write_roots`: `;`-separated repo-relative directories, optionally in
 * backticks. Trailing slashes are dropped. A root must name a real directory below the
 * repository: absolute roots, `/`, `.`, `..`, backslashes, `none`, comma lists and the
 * orchestrator's own runtime roots are refused. The forbidden-root check ignores case
 * and looks through `./` and doubled slashes.
 */
function readWriteRoots(cell) {
    const pieces = cell
        .split(';')
        .filter((piece) => (0, text_js_1.strip)(piece) !== '')
        .map((piece) => unwrapBackticks((0, text_js_1.strip)(piece)));
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
    if (root.split('/').includes('..'))
        return `write root ${root} leaves the repository through '..'`;
    const lower = canonical.toLowerCase();
    if (exports.FORBIDDEN_ROOTS.some((name) => lower === name || lower.startsWith(`${name}/`))) {
        return `\`allowed_write_roots\` may not point at forbidden runtime roots: ${root}`;
    }
    return undefined;
}
function unwrapBackticks(text) {
    return text.length >= 2 &&
        text.startsWith('`') &&
        text.endsWith('`') &&
        text.split('`').length === 3
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
    const commands = (0, text_js_1.semicolonList)(cell).map(unwrapBackticks);
    const problems = commands.some((command) => command === '')
        ? ['an empty command (a pair of backticks with nothing inside); remove it or write the command']
        : [];
    return { value: commands.filter((command) => command !== ''), problems };
}
/** Largest range expanded; a longer one cannot name only items of a real plan. */
exports.MAX_RANGE_LENGTH = 100_000;
/**
 * `prerequisites`: blank or `none` for no prerequisites, else `,`-separated ids and
 * inclusive numeric ranges (`01-03` → 01, 02, 03, zero-padded to the wider side).
 */
function readPrerequisites(cell) {
    const trimmed = (0, text_js_1.strip)(cell);
    if (trimmed === '' || trimmed.toLowerCase() === 'none')
        return { value: [], problems: [] };
    const problems = [];
    const ids = [];
    for (const token of trimmed.split(',').map(text_js_1.strip)) {
        if (token === '')
            continue;
        if (token.toLowerCase() === 'none') {
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
            ids.push(String(n).padStart(width, '0'));
    }
    return { value: (0, text_js_1.dedupe)(ids), problems };
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

/***/ 3500:
/***/ ((__unused_webpack_module, exports) => {


/** The plan table's columns, as markdown_playbook_v1 defines them. */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.KNOWN_COLUMNS = exports.RESERVED_COLUMNS = exports.OPTIONAL_COLUMNS = exports.REQUIRED_COLUMNS = void 0;
exports.closestColumn = closestColumn;
exports.REQUIRED_COLUMNS = [
    'step_id',
    'phase',
    'action',
    'why_now',
    'owner_type',
    'prerequisites',
    'repo_surfaces',
    'deliverable',
    'exit_criteria',
    'allowed_write_roots',
    'requires_red_green'
];
exports.OPTIONAL_COLUMNS = [
    'manual_gate',
    'manual_gate_reason',
    'manual_gate_evidence',
    'external_check',
    'external_dependencies',
    'consult_paths',
    'required_verification_commands',
    'suggested_verification_commands',
    'required_verification_artifacts',
    'notes'
];
/** Derived during normalization; a playbook may carry the column but must leave it blank. */
exports.RESERVED_COLUMNS = ['change_profile', 'execution_mode', 'host_commands'];
exports.KNOWN_COLUMNS = new Set([
    ...exports.REQUIRED_COLUMNS,
    ...exports.OPTIONAL_COLUMNS,
    ...exports.RESERVED_COLUMNS
]);
/** The known column an unknown header most likely meant, if it is a near miss. */
function closestColumn(name) {
    let best;
    for (const column of exports.KNOWN_COLUMNS) {
        const distance = editDistance(name, column);
        if (distance <= 2 && (best === undefined || distance < best.distance))
            best = { column, distance };
    }
    return best?.column;
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, k) => k);
    for (let i = 1; i <= a.length; i += 1) {
        const current = [i];
        for (let j = 1; j <= b.length; j += 1) {
            const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
        }
        previous = current;
    }
    return previous[b.length] ?? 0;
}


/***/ }),

/***/ 9739:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatIssue = formatIssue;
exports.sortIssues = sortIssues;
function formatIssue(sourceName, issue) {
    const context = [
        issue.itemId === undefined ? undefined : `item ${issue.itemId}`,
        issue.field === undefined ? undefined : `column ${issue.field}`,
        issue.field === undefined && issue.section !== undefined
            ? `section ${issue.section}`
            : undefined
    ].filter((part) => part !== undefined);
    const where = context.length > 0 ? ` (${context.join(', ')})` : '';
    return oneLine(`${sourceName}:${issue.line}:${issue.column}: ${issue.message}${where}`);
}
/**
 * Messages quote cell text, which may hold control characters or U+2028/U+2029; shown
 * raw they would break the one-problem-per-line output (and editors' parsing of it).
 */
function oneLine(text) {
    return text.replace(/[\p{Cc}\u2028\u2029]/gu, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
function sortIssues(issues) {
    return [...issues].sort((a, b) => a.line - b.line || a.column - b.column);
}


/***/ }),

/***/ 550:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readDocument = readDocument;
exports.cellStartColumns = cellStartColumns;
const markdown_it_1 = __importDefault(__webpack_require__(5182));
const text_js_1 = __webpack_require__(9508);
const NUMBERED_TITLE = new RegExp(`^([0-9]+(?:\\.[0-9]+)*)\\.?[${text_js_1.WS_CLASS}]+(.*)$`, 'su');
// CommonMark with GFM tables and nothing else: what GitHub uses to decide which lines
// are headings and table rows. Inline parsing is never run: cells keep their source text.
const parser = new markdown_it_1.default('commonmark').enable('table');
function readDocument(text) {
    const lines = text.split('\n');
    const tokens = [];
    parser.block.parse(text, parser, {}, tokens);
    const blocks = topLevelBlocks(tokens);
    const h2 = blocks.filter((block) => block.kind === 'heading' && block.depth === 2);
    const sections = h2.map((heading, k) => {
        const next = h2[k + 1];
        const endLine = next === undefined ? lines.length : next.startLine;
        const inner = blocks.filter((block) => block.startLine >= heading.endLine && block.startLine < endLine);
        return readSection(lines, heading, inner, endLine);
    });
    return { lines, sections };
}
function topLevelBlocks(tokens) {
    const blocks = [];
    for (let index = 0; index < tokens.length; index += 1) {
        const token = tokens[index];
        if (token === undefined || token.level !== 0 || token.map === null)
            continue;
        if (token.type === 'heading_open') {
            blocks.push({
                kind: 'heading',
                depth: Number(token.tag.slice(1)),
                startLine: token.map[0],
                endLine: token.map[1],
                tokens: tokens.slice(index, index + 3)
            });
        }
        else if (token.type === 'paragraph_open') {
            blocks.push({
                kind: 'paragraph',
                depth: 0,
                startLine: token.map[0],
                endLine: token.map[1],
                tokens: []
            });
        }
        else if (token.type === 'table_open') {
            const close = tokens.indexOf(tokens.find((t, k) => k > index && t.type === 'table_close' && t.level === 0));
            blocks.push({
                kind: 'table',
                depth: 0,
                startLine: token.map[0],
                endLine: token.map[1],
                tokens: tokens.slice(index, close + 1)
            });
            index = close;
        }
    }
    return blocks;
}
function readSection(lines, heading, inner, endLine) {
    const subHeadings = inner.filter((block) => block.kind === 'heading' && block.depth === 3);
    const subsections = subHeadings.map((sub, k) => ({
        heading: readHeading(lines, sub),
        body: bodyBetween(lines, sub.endLine, subHeadings[k + 1]?.startLine ?? endLine)
    }));
    return {
        heading: readHeading(lines, heading),
        body: bodyBetween(lines, heading.endLine, endLine),
        subsections,
        tables: inner
            .filter((block) => block.kind === 'table')
            .map((table) => {
            const cut = inner.some((block) => block.kind === 'paragraph' && block.startLine === table.endLine);
            return readTable(lines, table, cut ? table.endLine + 1 : undefined);
        })
    };
}
function readHeading(lines, block) {
    const inline = block.tokens.find((token) => token.type === 'inline');
    // A setext heading may span lines; its title reads as one line.
    const title = (0, text_js_1.strip)((inline?.content ?? '').replace(/\n[ \t]*/g, ' '));
    const match = NUMBERED_TITLE.exec(title);
    const sourceLine = lines[block.startLine] ?? '';
    return {
        number: match?.[1],
        title: match ? (0, text_js_1.strip)(match[2] ?? '') : title,
        line: block.startLine + 1,
        column: sourceLine.length - sourceLine.trimStart().length + 1
    };
}
function bodyBetween(lines, fromLine, toLine) {
    return (0, text_js_1.strip)((0, text_js_1.stripChars)(lines.slice(fromLine, toLine).join('\n'), '\n'));
}
function readTable(lines, table, cutAtLine) {
    const rows = [];
    let current;
    for (const token of table.tokens) {
        if (token.type === 'tr_open')
            current = { line: token.map?.[0] ?? table.startLine, values: [] };
        else if (token.type === 'inline' && current !== undefined)
            current.values.push(token.content);
        else if (token.type === 'tr_close' && current !== undefined)
            rows.push(locateRow(lines, current.line, current.values));
    }
    const [header, ...body] = rows;
    const empty = {
        line: table.startLine + 1,
        rawLine: '',
        cells: [],
        sourceCellCount: 0
    };
    return { line: table.startLine + 1, cutAtLine, header: header ?? empty, rows: body };
}
function locateRow(lines, lineIndex, values) {
    const rawLine = (0, text_js_1.stripEnd)(lines[lineIndex] ?? '');
    const starts = cellStartColumns(rawLine);
    return {
        line: lineIndex + 1,
        rawLine,
        sourceCellCount: starts.length,
        cells: values.map((value, k) => ({
            value: (0, text_js_1.strip)(value),
            line: lineIndex + 1,
            column: starts[k] ?? rawLine.length + 1
        }))
    };
}
/**
 * 1-based column where each cell's content starts. Cells are split on pipes not escaped
 * by a backslash, with one optional leading and trailing pipe, as GFM does; this only
 * places messages, the parser decides the values.
 */
function cellStartColumns(rawLine) {
    const starts = [];
    const indent = rawLine.length - rawLine.trimStart().length;
    const row = rawLine.trim();
    let cellStart = 0;
    let escaped = false;
    const push = (from, to) => {
        const cell = row.slice(from, to);
        starts.push(indent + from + (cell.length - cell.trimStart().length) + 1);
    };
    for (let pos = 0; pos < row.length; pos += 1) {
        const ch = row[pos];
        if (ch === '|' && !escaped) {
            if (pos > 0)
                push(cellStart, pos);
            cellStart = pos + 1;
        }
        escaped = ch === '\\';
    }
    if (cellStart < row.length)
        push(cellStart, row.length);
    return starts;
}


/***/ }),

/***/ 3180:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GLOBAL_NOTES = void 0;
exports.normalizePlaybook = normalizePlaybook;
const vocabulary_js_1 = __webpack_require__(8610);
const issues_js_1 = __webpack_require__(9739);
const markdown_document_js_1 = __webpack_require__(550);
const plan_items_js_1 = __webpack_require__(9133);
const plan_table_js_1 = __webpack_require__(9805);
const source_text_js_1 = __webpack_require__(1560);
const support_sections_js_1 = __webpack_require__(7789);
const text_js_1 = __webpack_require__(9508);
const time_js_1 = __webpack_require__(2334);
exports.GLOBAL_NOTES = [
    'Immediate item source is the approved markdown playbook itself.',
    'The runtime snapshots the source markdown and normalizes it before execution.',
    'allowed_write_roots and requires_red_green are authored in the playbook.',
    'change_profile is derived during normalization.',
    'execution_mode is fixed to codex in canonical public v1.',
    'host_commands remain reserved for a future extension path and are held empty in canonical public v1.'
];
const FALLBACK_GOAL = 'Execute the approved playbook one item at a time through the plan orchestrator.';
function normalizePlaybook(source) {
    const decoded = (0, source_text_js_1.decodePlaybook)(source.bytes);
    if (!decoded.ok)
        return { ok: false, issues: [decoded.issue], warnings: [] };
    const document = (0, markdown_document_js_1.readDocument)(decoded.text);
    const found = (0, plan_table_js_1.findPlanTable)(document);
    if (!found.ok)
        return found;
    const { planTable } = found;
    const issues = [];
    const warnings = [...found.warnings, ...duplicateSectionWarnings(document.sections)];
    const drafts = planTable.table.rows.map((row, index) => {
        const reading = (0, plan_items_js_1.readItemRow)(planTable, row, index + 1);
        issues.push(...reading.issues);
        warnings.push(...reading.warnings);
        return reading.item;
    });
    issues.push(...checkIdsAndPrerequisites(drafts));
    const support = (0, support_sections_js_1.buildSupportSections)(document.sections, drafts.map((draft) => draft.phase_slug));
    issues.push(...support.issues);
    if (issues.length > 0)
        return { ok: false, issues: (0, issues_js_1.sortIssues)(issues), warnings };
    const idsForPhase = (0, support_sections_js_1.supportSectionIdsByPhase)(support.sections);
    // Spreading keeps every key where the draft put it, so the JSON keeps the contract's order.
    const items = drafts.map(({ prerequisiteCell: _cell, ...draft }) => ({
        ...draft,
        support_section_ids: idsForPhase(draft.phase_slug)
    }));
    const plan = {
        schema_version: 'plan_orchestrator.normalized_plan.v1',
        adapter_id: 'markdown_playbook_v1',
        plan_source: {
            path: source.path,
            source_kind: 'markdown_playbook_v1',
            sha256: source.sha256,
            title: source.path.split('/').pop() || source.path
        },
        generated_at_utc: (0, time_js_1.isoSeconds)(source.generatedAt),
        global_context: globalContext(document.sections, items, support.sections),
        support_sections: support.sections,
        items
    };
    return { ok: true, plan, warnings };
}
/**
 * Step ids must be unique, and every prerequisite must name an earlier item: items run in
 * table order, so anything else could never be satisfied.
 */
function checkIdsAndPrerequisites(drafts) {
    const issues = [];
    const firstRow = new Map();
    for (const draft of drafts) {
        if (draft.item_id === '')
            continue;
        const earlier = firstRow.get(draft.item_id);
        if (earlier === undefined) {
            firstRow.set(draft.item_id, draft);
            continue;
        }
        issues.push({
            line: draft.source_row.line_start,
            column: 1,
            itemId: draft.item_id,
            field: 'step_id',
            rowIndex: draft.order,
            message: `step_id ${draft.item_id} is used twice (first on line ${earlier.source_row.line_start}); ids must be unique`
        });
    }
    for (const draft of drafts) {
        const at = draft.prerequisiteCell;
        const report = (message) => {
            issues.push({
                line: at.line,
                column: at.column,
                field: 'prerequisites',
                rowIndex: draft.order,
                ...(draft.item_id === '' ? {} : { itemId: draft.item_id }),
                message
            });
        };
        for (const id of draft.prerequisite_item_ids) {
            const target = firstRow.get(id);
            if (!vocabulary_js_1.ITEM_ID_PATTERN.test(id))
                continue; // already reported as not an id
            if (target === draft)
                report(`item ${id} lists itself as a prerequisite`);
            else if (target === undefined)
                report(`prerequisite ${id} is not an item of this playbook`);
            else if (target.order > draft.order) {
                report(`prerequisite ${id} comes later in the table (line ${target.source_row.line_start}); items run in table order`);
            }
        }
    }
    return issues;
}
function globalContext(sections, items, supportSections) {
    const context = sections.find((section) => section.heading.number === '1');
    const goal = context?.body
        .split('\n')
        .map(text_js_1.strip)
        .find((line) => line !== '');
    return {
        primary_goal: goal ?? FALLBACK_GOAL,
        immediate_target: `First unfinished item: ${items[0]?.item_id ?? ''}`,
        default_runtime_profile: {
            offline_default: true,
            auto_advance_default: false,
            max_fix_rounds_default: 2,
            max_remediation_rounds_default: 1
        },
        global_support_section_ids: supportSections
            .filter((section) => ['global_context', 'shared_guidance', 'risk_register'].includes(section.section_kind))
            .map((section) => section.section_id),
        notes: [...exports.GLOBAL_NOTES]
    };
}
/** Sections 1 and 3–6 are read from their first heading; a repeated one is ignored. */
function duplicateSectionWarnings(sections) {
    const seen = new Map();
    const warnings = [];
    for (const section of sections) {
        const number = section.heading.number;
        if (number === undefined || !['1', '3', '4', '5', '6'].includes(number))
            continue;
        const first = seen.get(number);
        if (first === undefined)
            seen.set(number, section);
        else {
            warnings.push({
                line: section.heading.line,
                column: section.heading.column,
                message: `a second section numbered ${number} is ignored; section ${number} is read from line ${first.heading.line}`
            });
        }
    }
    return warnings;
}


/***/ }),

/***/ 9133:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GENERATED_ITEM_NOTES = void 0;
exports.readItemRow = readItemRow;
const vocabulary_js_1 = __webpack_require__(8610);
const cell_values_js_1 = __webpack_require__(9294);
const columns_js_1 = __webpack_require__(3500);
const plan_table_js_1 = __webpack_require__(9805);
const text_js_1 = __webpack_require__(9508);
exports.GENERATED_ITEM_NOTES = {
    snapshot: 'Immediate source is the frozen markdown playbook snapshot.',
    redGreen: 'Behavioral changes require real Red/Green evidence.',
    nonBehavioral: 'Non-behavioral items may verify through artifact and content checks without fabricated failing tests.',
    manualGate: 'Manual review is required before the item can be treated as finally passed.',
    external: 'This item requires human-supplied external evidence; the runtime must not browse the web to satisfy it.'
};
const RED_GREEN_WORDS = "['0', '1', 'false', 'n', 'no', 'true', 'y', 'yes']";
function readItemRow(planTable, row, rowIndex) {
    const issues = [];
    const cell = (column) => (0, plan_table_js_1.cellAt)(planTable, row, column);
    const value = (column) => cell(column).value;
    const itemId = value('step_id');
    const report = (column, message) => {
        const at = cell(column);
        issues.push({
            line: at.line,
            column: at.column,
            message,
            field: column,
            rowIndex,
            ...(itemId === '' ? {} : { itemId })
        });
    };
    // GitHub drops cells beyond the header when it renders the table, and so do we; an
    // unescaped pipe is the usual cause, so say so.
    const headerWidth = planTable.table.header.cells.length;
    const warnings = row.sourceCellCount > headerWidth
        ? [
            {
                line: row.line,
                column: 1,
                message: `row has ${row.sourceCellCount} cells but the header has ${headerWidth}; the extra cells are ignored (write a literal | as \\|)`
            }
        ]
        : [];
    if (itemId === '')
        report('step_id', '`step_id` must be non-empty.');
    else if (!vocabulary_js_1.ITEM_ID_PATTERN.test(itemId)) {
        report('step_id', `step_id ${itemId} is not a valid id: use ASCII letters, digits and . _ : - (starting with a letter or digit)`);
    }
    const reserved = columns_js_1.RESERVED_COLUMNS.filter((column) => value(column) !== '');
    if (reserved.length > 0) {
        report(reserved[0] ?? 'change_profile', `reserved authored columns are not allowed in markdown_playbook_v1: ${reserved.join(', ')}. Keep them empty and let normalization derive the internal fields.`);
    }
    for (const column of [
        'phase',
        'action',
        'why_now',
        'owner_type',
        'repo_surfaces',
        'deliverable',
        'exit_criteria'
    ]) {
        if (value(column) === '')
            report(column, `\`${column}\` must be non-empty.`);
    }
    const phaseSlug = (0, text_js_1.slugify)(value('phase'));
    if (value('phase') !== '' && phaseSlug === '') {
        report('phase', `phase ${value('phase')} has no ASCII letters or digits, so it has no slug to match phase details by`);
    }
    const pathColumn = (column, requireOne) => {
        const reading = (0, cell_values_js_1.readPaths)(value(column));
        reading.problems.forEach((problem) => report(column, problem));
        if (requireOne && value(column) !== '' && reading.value.length === 0) {
            report(column, `\`${column}\` must contain at least one concrete repo-relative path.`);
        }
        return reading.value;
    };
    const repoSurfacePaths = pathColumn('repo_surfaces', true);
    const deliverablePaths = pathColumn('deliverable', true);
    const consultPaths = pathColumn('consult_paths', false);
    const artifactPaths = pathColumn('required_verification_artifacts', false);
    const writeRoots = (0, cell_values_js_1.readWriteRoots)(value('allowed_write_roots'));
    writeRoots.problems.forEach((problem) => report('allowed_write_roots', problem));
    const redGreen = (0, cell_values_js_1.readBoolean)(value('requires_red_green'));
    if (redGreen === undefined)
        report('requires_red_green', `\`requires_red_green\` must be one of ${RED_GREEN_WORDS}.`);
    const manualGate = readManualGate(value('manual_gate'), value('manual_gate_reason'), value('manual_gate_evidence'), value('exit_criteria'));
    if (manualGate === undefined) {
        report('manual_gate', `\`manual_gate\` must be one of ${pythonList([...vocabulary_js_1.GATE_TYPES].sort())}.`);
    }
    const externalDependencies = (0, text_js_1.semicolonList)(value('external_dependencies'));
    const externalCheck = readExternalCheck(value('external_check'), externalDependencies);
    if (externalCheck === undefined) {
        report('external_check', `\`external_check\` must be one of ${pythonList([...vocabulary_js_1.EXTERNAL_CHECK_MODES].sort())}.`);
    }
    const required = (0, cell_values_js_1.readCommands)(value('required_verification_commands'));
    const suggested = (0, cell_values_js_1.readCommands)(value('suggested_verification_commands'));
    required.problems.forEach((problem) => report('required_verification_commands', problem));
    suggested.problems.forEach((problem) => report('suggested_verification_commands', problem));
    if (redGreen === true && required.value.length === 0 && required.problems.length === 0) {
        report('required_verification_commands', 'requires_red_green=true requires at least one required_verification_commands entry.');
    }
    const prerequisites = (0, cell_values_js_1.readPrerequisites)(value('prerequisites'));
    prerequisites.problems.forEach((problem) => report('prerequisites', problem));
    for (const id of prerequisites.value.filter((candidate) => !vocabulary_js_1.ITEM_ID_PATTERN.test(candidate))) {
        report('prerequisites', `prerequisite ${id} is not a valid item id; separate ids with commas`);
    }
    const gate = manualGate ?? NO_GATE;
    const external = externalCheck ?? { required: false, mode: 'none', dependencies: [] };
    const item = {
        item_id: itemId,
        order: rowIndex,
        phase: value('phase'),
        phase_slug: phaseSlug,
        action: value('action'),
        why_now: value('why_now'),
        owner_type: value('owner_type'),
        prerequisites_raw: value('prerequisites'),
        prerequisite_item_ids: prerequisites.value,
        repo_surfaces_raw: (0, text_js_1.semicolonList)(value('repo_surfaces')),
        repo_surface_paths: repoSurfacePaths,
        external_dependencies_raw: externalDependencies,
        deliverable: value('deliverable'),
        deliverable_paths: deliverablePaths,
        exit_criteria: value('exit_criteria'),
        change_profile: changeProfile(redGreen === true, deliverablePaths, writeRoots.value),
        execution_mode: 'codex',
        host_commands: [],
        requires_red_green: redGreen === true,
        manual_gate: gate,
        external_check: external,
        verification_hints: {
            required_artifacts: artifactPaths.length > 0 ? artifactPaths : [...deliverablePaths],
            required_commands: required.value,
            suggested_commands: suggested.value
        },
        source_row: {
            section_title: planTable.section.heading.title,
            row_index: rowIndex,
            line_start: row.line,
            line_end: row.line,
            raw_row_markdown: row.rawLine
        },
        support_section_ids: [],
        consult_paths: (0, text_js_1.dedupe)([...repoSurfacePaths, ...consultPaths]),
        allowed_write_roots: writeRoots.value,
        notes: itemNotes((0, text_js_1.semicolonList)(value('notes')), redGreen === true, gate.required, external.required),
        prerequisiteCell: cell('prerequisites')
    };
    return { item, issues, warnings };
}
const NO_GATE = {
    required: false,
    gate_type: 'none',
    gate_reason: '',
    required_evidence: []
};
function readManualGate(kindCell, reason, evidence, exitCriteria) {
    const kind = kindCell === '' ? 'none' : kindCell.toLowerCase();
    const gateType = vocabulary_js_1.GATE_TYPES.find((type) => type === kind);
    if (gateType === undefined)
        return undefined;
    if (gateType === 'none')
        return NO_GATE;
    const requiredEvidence = (0, text_js_1.semicolonList)(evidence);
    return {
        required: true,
        gate_type: gateType,
        gate_reason: reason === '' ? exitCriteria : reason,
        required_evidence: requiredEvidence.length > 0 ? requiredEvidence : ['decision record']
    };
}
function readExternalCheck(modeCell, dependencies) {
    const mode = vocabulary_js_1.EXTERNAL_CHECK_MODES.find((candidate) => candidate === (modeCell === '' ? 'none' : modeCell.toLowerCase()));
    if (mode === undefined)
        return undefined;
    const required = mode !== 'none';
    return { required, mode, dependencies: required ? [...dependencies] : [] };
}
function changeProfile(redGreen, deliverablePaths, writeRoots) {
    if (redGreen)
        return 'behavioral_code';
    const docsDeliverables = deliverablePaths.every((path) => path.startsWith('docs/') || path.endsWith('.md') || path.endsWith('.json'));
    const docsRoots = writeRoots.every((root) => root.startsWith('docs'));
    return docsDeliverables && docsRoots ? 'docs_only' : 'mixed';
}
function itemNotes(authored, redGreen, manualGate, external) {
    return (0, text_js_1.dedupe)([
        ...authored,
        exports.GENERATED_ITEM_NOTES.snapshot,
        redGreen ? exports.GENERATED_ITEM_NOTES.redGreen : exports.GENERATED_ITEM_NOTES.nonBehavioral,
        ...(manualGate ? [exports.GENERATED_ITEM_NOTES.manualGate] : []),
        ...(external ? [exports.GENERATED_ITEM_NOTES.external] : [])
    ]);
}
function pythonList(values) {
    return `[${values.map((v) => `'${v}'`).join(', ')}]`;
}


/***/ }),

/***/ 9805:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.findPlanTable = findPlanTable;
exports.cellAt = cellAt;
const columns_js_1 = __webpack_require__(3500);
const text_js_1 = __webpack_require__(9508);
function findPlanTable(document) {
    const candidates = document.sections.filter((section) => section.heading.number === '2');
    const section = candidates[0];
    if (section === undefined) {
        return fail({
            line: 1,
            column: 1,
            section: '2',
            message: 'Playbook is missing section 2: add a heading like "## 2. Ordered Execution Plan" above the plan table'
        });
    }
    const duplicates = candidates.slice(1).map((extra) => ({
        line: extra.heading.line,
        column: extra.heading.column,
        section: '2',
        message: `a second section numbered 2 (the first is on line ${section.heading.line}); the plan table must have one home`
    }));
    if (duplicates.length > 0)
        return { ok: false, issues: duplicates, warnings: [] };
    const table = section.tables.find((candidate) => headerName(candidate.header.cells[0]) === 'step_id');
    if (table === undefined) {
        return fail({
            line: section.heading.line,
            column: section.heading.column,
            section: '2',
            message: 'Could not find Ordered Execution Plan table header: section 2 has no table whose first column is step_id ' +
                '(a table needs its header row, then a delimiter row such as | --- | --- |, each starting on its own line)'
        });
    }
    return checkHeader(section, table);
}
function checkHeader(section, table) {
    const issues = [];
    const warnings = [];
    const columns = new Map();
    table.header.cells.forEach((cell, index) => {
        const name = headerName(cell);
        const where = { line: cell.line, column: cell.column, section: '2' };
        if (columns.has(name)) {
            issues.push({ ...where, message: `column ${name} appears twice in the header; keep one` });
            return;
        }
        columns.set(name, index);
        if (columns_js_1.KNOWN_COLUMNS.has(name))
            return;
        const guess = (0, columns_js_1.closestColumn)(name);
        if (guess !== undefined) {
            issues.push({ ...where, message: `unknown column ${name}; did you mean ${guess}?` });
        }
        else {
            warnings.push({
                ...where,
                message: `column ${name} is not part of markdown_playbook_v1 and is ignored`
            });
        }
    });
    const missing = columns_js_1.REQUIRED_COLUMNS.filter((name) => !columns.has(name)).sort();
    if (missing.length > 0) {
        issues.push({
            line: table.header.line,
            column: 1,
            section: '2',
            message: `Ordered Execution Plan table is missing required columns: ${missing.join(', ')}`
        });
    }
    if (table.cutAtLine !== undefined) {
        issues.push({
            line: table.cutAtLine,
            column: 1,
            section: '2',
            message: 'the plan table stops being read here: its rows are missing too many cells (over 65,536 in all); give every row all header columns'
        });
    }
    if (table.rows.length === 0) {
        issues.push({
            line: table.line,
            column: 1,
            section: '2',
            message: 'Ordered Execution Plan table contains no rows'
        });
    }
    if (issues.length > 0)
        return { ok: false, issues, warnings };
    return { ok: true, planTable: { section, table, columns }, warnings };
}
function headerName(cell) {
    return (0, text_js_1.strip)(cell?.value ?? '').toLowerCase();
}
function fail(issue) {
    return { ok: false, issues: [issue], warnings: [] };
}
/** The cell of `row` under `column`, or an empty cell placed at the end of the row. */
function cellAt(planTable, row, column) {
    const index = planTable.columns.get(column);
    const cell = index === undefined ? undefined : row.cells[index];
    return cell ?? { value: '', line: row.line, column: row.rawLine.length + 1 };
}


/***/ }),

/***/ 1560:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.decodePlaybook = decodePlaybook;
exports.findInvalidUtf8 = findInvalidUtf8;
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
function decodePlaybook(bytes) {
    const invalidAt = findInvalidUtf8(bytes);
    if (invalidAt !== undefined) {
        const { line, column } = positionOfByte(bytes, invalidAt.offset);
        const byte = (bytes[invalidAt.offset] ?? 0).toString(16).padStart(2, '0');
        return {
            ok: false,
            issue: {
                line,
                column,
                message: `not valid UTF-8: byte 0x${byte} at byte offset ${invalidAt.offset} (${invalidAt.reason}); save the file as UTF-8`
            }
        };
    }
    const decoded = decoder.decode(bytes);
    const withoutBom = decoded.startsWith('\ufeff') ? decoded.slice(1) : decoded;
    return { ok: true, text: withoutBom.replace(/\r\n?/g, '\n') };
}
/** The first offending byte of a malformed UTF-8 sequence, per the Unicode standard's rules. */
function findInvalidUtf8(bytes) {
    let index = 0;
    while (index < bytes.length) {
        const lead = bytes[index] ?? 0;
        if (lead < 0x80) {
            index += 1;
            continue;
        }
        const shape = sequenceShape(lead);
        if (shape === undefined)
            return { offset: index, reason: 'invalid start byte' };
        for (let k = 1; k < shape.length; k += 1) {
            const next = bytes[index + k];
            if (next === undefined)
                return { offset: index, reason: 'unexpected end of data' };
            const [low, high] = k === 1 ? shape.secondRange : [0x80, 0xbf];
            if (next < low || next > high)
                return { offset: index, reason: 'invalid continuation byte' };
        }
        index += shape.length;
    }
    return undefined;
}
function sequenceShape(lead) {
    if (lead >= 0xc2 && lead <= 0xdf)
        return { length: 2, secondRange: [0x80, 0xbf] };
    if (lead === 0xe0)
        return { length: 3, secondRange: [0xa0, 0xbf] };
    if (lead === 0xed)
        return { length: 3, secondRange: [0x80, 0x9f] };
    if (lead >= 0xe1 && lead <= 0xef)
        return { length: 3, secondRange: [0x80, 0xbf] };
    if (lead === 0xf0)
        return { length: 4, secondRange: [0x90, 0xbf] };
    if (lead >= 0xf1 && lead <= 0xf3)
        return { length: 4, secondRange: [0x80, 0xbf] };
    if (lead === 0xf4)
        return { length: 4, secondRange: [0x80, 0x8f] };
    return undefined;
}
function positionOfByte(bytes, offset) {
    let line = 1;
    let lineStart = 0;
    for (let index = 0; index < offset; index += 1) {
        const byte = bytes[index];
        const isLf = byte === 0x0a;
        const isLoneCr = byte === 0x0d && bytes[index + 1] !== 0x0a;
        if (isLf || isLoneCr) {
            line += 1;
            lineStart = index + 1;
        }
    }
    return { line, column: offset - lineStart + 1 };
}


/***/ }),

/***/ 7789:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.buildSupportSections = buildSupportSections;
exports.supportSectionIdsByPhase = supportSectionIdsByPhase;
const text_js_1 = __webpack_require__(9508);
function buildSupportSections(sections, allPhaseSlugs) {
    const first = (number) => sections.find((section) => section.heading.number === number);
    const built = [];
    const issues = [];
    const usedIds = new Set();
    const add = (section, idPrefix, idSlug) => {
        const base = `${idPrefix}${idSlug}`;
        let id = base;
        for (let suffix = 2; usedIds.has(id); suffix += 1)
            id = `${base}-${suffix}`;
        usedIds.add(id);
        built.push({ section_id: id, ...section });
    };
    const context = first('1');
    if (context !== undefined && context.body !== '') {
        const section = { title: context.heading.title, section_kind: 'global_context' };
        add({ ...section, body_markdown: context.body, applies_to_phase_slugs: [...allPhaseSlugs] }, 'sec1_', 'plan-context');
    }
    const phases = first('3');
    for (const sub of phases?.subsections ?? []) {
        if (sub.body === '')
            continue;
        const slug = (0, text_js_1.slugify)(sub.heading.title);
        if (slug === '') {
            issues.push(emptySlugIssue(sub.heading, '3'));
            continue;
        }
        add({
            title: sub.heading.title,
            section_kind: 'phase_detail',
            body_markdown: sub.body,
            applies_to_phase_slugs: [slug]
        }, 'sec3_', slug);
    }
    const guidance = first('4');
    const guidanceParts = guidance === undefined
        ? []
        : guidance.subsections.length > 0
            ? guidance.subsections
            : [guidance];
    for (const part of guidanceParts) {
        if (part.body === '')
            continue;
        const slug = (0, text_js_1.slugify)(part.heading.title);
        if (slug === '') {
            issues.push(emptySlugIssue(part.heading, '4'));
            continue;
        }
        add({
            title: part.heading.title,
            section_kind: 'shared_guidance',
            body_markdown: part.body,
            applies_to_phase_slugs: [...allPhaseSlugs]
        }, 'sec4_', slug);
    }
    const wholeSections = [
        { number: '5', kind: 'risk_register', applies: allPhaseSlugs },
        { number: '6', kind: 'informational', applies: [] }
    ];
    for (const { number, kind, applies } of wholeSections) {
        const section = first(number);
        if (section === undefined || section.body === '')
            continue;
        const slug = (0, text_js_1.slugify)(section.heading.title);
        if (slug === '') {
            issues.push(emptySlugIssue(section.heading, number));
            continue;
        }
        add({
            title: section.heading.title,
            section_kind: kind,
            body_markdown: section.body,
            applies_to_phase_slugs: [...applies]
        }, `sec${number}_`, slug);
    }
    return { sections: built, issues };
}
function emptySlugIssue(heading, number) {
    const shown = heading.title === '' ? 'an empty title' : `title "${heading.title}"`;
    return {
        line: heading.line,
        column: heading.column,
        section: number,
        message: `heading has ${shown}, which gives no section id; use ASCII letters or digits in the title`
    };
}
/**
 * The support sections an item gets: every non-informational section that applies to all
 * phases or to the item's phase, in plan order. Returns a lookup by phase slug, built once
 * per plan (large plans have thousands of items sharing a handful of phases).
 */
function supportSectionIdsByPhase(sections) {
    const candidates = sections
        .filter((section) => section.section_kind !== 'informational')
        .map((section) => ({ id: section.section_id, phases: new Set(section.applies_to_phase_slugs) }));
    const cache = new Map();
    return (phaseSlug) => {
        let ids = cache.get(phaseSlug);
        if (ids === undefined) {
            ids = candidates
                .filter(({ phases }) => phases.size === 0 || phases.has(phaseSlug))
                .map(({ id }) => id);
            cache.set(phaseSlug, ids);
        }
        return [...ids];
    };
}


/***/ }),

/***/ 9508:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Text rules of markdown_playbook_v1. The contract was defined by a Python tool, so
 * "whitespace" means Python's `str.isspace()` set, which differs from JavaScript's
 * `trim()` (JS strips U+FEFF and keeps U+001C–U+001F and U+0085).
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.WS_CLASS = void 0;
exports.isPythonSpace = isPythonSpace;
exports.strip = strip;
exports.stripEnd = stripEnd;
exports.isBlank = isBlank;
exports.stripChars = stripChars;
exports.dedupe = dedupe;
exports.semicolonList = semicolonList;
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
    return [...new Set(values)];
}
/**
 * A cell read as a `;`-separated list: pieces trimmed, blanks and the word `none`
 * (any case) dropped. No escaping: a `;` inside backticks splits too.
 */
function semicolonList(cell) {
    return cell
        .split(';')
        .map(strip)
        .filter((piece) => piece !== '' && piece.toLowerCase() !== 'none');
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

/***/ 2334:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isoSeconds = isoSeconds;
/** UTC time to the second, `2026-11-25T12:00:00Z`: the one timestamp format of every artifact. */
function isoSeconds(date) {
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}


/***/ })

};

//# sourceMappingURL=180.index.js.map