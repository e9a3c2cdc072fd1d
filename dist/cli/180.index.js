export const id = 180;
export const ids = [180];
export const modules = {

/***/ 6668:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.commonmarkBlockParser = commonmarkBlockParser;
const index_mjs_1 = __importDefault(__webpack_require__(6785));
const helpers = __importStar(__webpack_require__(5028));
const parser_block_mjs_1 = __importDefault(__webpack_require__(4125));
function commonmarkBlockParser() {
    let whole;
    const linkChecks = () => (whole ??= new index_mjs_1.default('commonmark'));
    const md = {
        block: new parser_block_mjs_1.default(),
        options: { html: true, maxNesting: 20 },
        helpers: { ...helpers },
        normalizeLink: (url) => linkChecks().normalizeLink(url),
        validateLink: (url) => linkChecks().validateLink(url)
    };
    return {
        block: md.block,
        parse(text, env = {}) {
            const tokens = [];
            md.block.parse(text, md, env, tokens);
            return tokens;
        }
    };
}


/***/ }),

/***/ 1129:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.cellStartColumns = cellStartColumns;
exports.scanCells = scanCells;
const text_js_1 = __webpack_require__(9508);
/** Where a table cell starts on its line, for messages that point at it. */
/**
 * 1-based column where each cell's content starts. Cells are split on pipes not escaped
 * by a backslash, with one optional leading and trailing pipe, as GFM does; this only
 * places messages, the parser decides the values.
 */
function cellStartColumns(rawLine) {
    const starts = [];
    scanCells(rawLine, starts);
    return starts;
}
/**
 * Counts the cells of a row's source line and, given `starts`, records where each begins.
 * The row is trimmed as `String.prototype.trim` does; pipes are found with `indexOf` and
 * a pipe right after a backslash is escaped (index scanning, so no copies).
 */
function scanCells(rawLine, starts) {
    let from = 0;
    let to = rawLine.length;
    while (from < to && (0, text_js_1.isJsSpace)(rawLine.charCodeAt(from)))
        from += 1;
    while (to > from && (0, text_js_1.isJsSpace)(rawLine.charCodeAt(to - 1)))
        to -= 1;
    let count = 0;
    let cellStart = from;
    for (let pos = rawLine.indexOf('|', from); pos !== -1 && pos < to; pos = rawLine.indexOf('|', pos + 1)) {
        if (pos === from) {
            cellStart = pos + 1;
            continue;
        }
        if (rawLine.charCodeAt(pos - 1) === 0x5c)
            continue;
        count += 1;
        if (starts !== undefined)
            starts.push(contentStart(rawLine, cellStart, pos));
        cellStart = pos + 1;
    }
    if (cellStart < to) {
        count += 1;
        if (starts !== undefined)
            starts.push(contentStart(rawLine, cellStart, to));
    }
    return count;
}
/** 1-based column of the first character of `rawLine[from, to)` that `trim` would keep. */
function contentStart(rawLine, from, to) {
    let start = from;
    while (start < to && (0, text_js_1.isJsSpace)(rawLine.charCodeAt(start)))
        start += 1;
    return start + 1;
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

/***/ 1652:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NO_GATE = exports.GENERATED_ITEM_NOTES = void 0;
exports.readManualGate = readManualGate;
exports.readExternalCheck = readExternalCheck;
exports.changeProfile = changeProfile;
exports.itemNotes = itemNotes;
exports.pythonList = pythonList;
const vocabulary_js_1 = __webpack_require__(8610);
const text_js_1 = __webpack_require__(9508);
/** The fields of a plan item built from several cells: its gate, external check, profile and notes. */
exports.GENERATED_ITEM_NOTES = {
    snapshot: 'Immediate source is the frozen markdown playbook snapshot.',
    redGreen: 'Behavioral changes require real Red/Green evidence.',
    nonBehavioral: 'Non-behavioral items may verify through artifact and content checks without fabricated failing tests.',
    manualGate: 'Manual review is required before the item can be treated as finally passed.',
    external: 'This item requires human-supplied external evidence; the runtime must not browse the web to satisfy it.'
};
exports.NO_GATE = {
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
        return exports.NO_GATE;
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
    const notes = authored;
    notes.push(exports.GENERATED_ITEM_NOTES.snapshot, redGreen ? exports.GENERATED_ITEM_NOTES.redGreen : exports.GENERATED_ITEM_NOTES.nonBehavioral);
    if (manualGate)
        notes.push(exports.GENERATED_ITEM_NOTES.manualGate);
    if (external)
        notes.push(exports.GENERATED_ITEM_NOTES.external);
    return (0, text_js_1.dedupe)(notes);
}
function pythonList(values) {
    return `[${values.map((v) => `'${v}'`).join(', ')}]`;
}


/***/ }),

/***/ 550:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readDocument = readDocument;
const block_parser_js_1 = __webpack_require__(6668);
const cell_columns_js_1 = __webpack_require__(1129);
const text_js_1 = __webpack_require__(9508);
const NUMBERED_TITLE = new RegExp(`^([0-9]+(?:\\.[0-9]+)*)\\.?[${text_js_1.WS_CLASS}]+(.*)$`, 'su');
// CommonMark with GFM tables and nothing else. Inline parsing is never run: cells keep their
// source text.
const parser = (0, block_parser_js_1.commonmarkBlockParser)();
/**
 * markdown-it's GFM table rule, run as is, but with the tokens inside the table (four per
 * cell: most of what a large plan allocates) read as they are made and not kept: the rule
 * only writes to the tokens it pushes, never reads them back, so each cell's text is
 * taken from the token when the next one is pushed. The `table_open` token carries the
 * rows in `meta`; `table_open` and `table_close` stay real tokens in the stream.
 */
function leanTableRule(gfmTable) {
    return (state, startLine, endLine, silent) => {
        if (silent)
            return gfmTable(state, startLine, endLine, silent);
        const rows = [];
        let open;
        let pending;
        let scratch;
        let row;
        const take = () => {
            if (pending === undefined)
                return;
            if (pending.type === 'tr_open') {
                row = { line: pending.map?.[0] ?? startLine, values: [] };
                rows.push(row);
            }
            else if (pending.type === 'inline')
                row?.values.push(pending.content);
            pending = undefined;
        };
        const push = state.push;
        state.push = function (type, tag, nesting) {
            take();
            if (type === 'table_open' || type === 'table_close') {
                const token = push.call(this, type, tag, nesting);
                if (type === 'table_open')
                    open = token;
                return token;
            }
            // Inside the table tokens balance, so the level is right again at table_close. The
            // rule is done with a token once it pushes the next, so one token serves them all.
            scratch ??= new state.Token(type, tag, nesting);
            scratch.type = type;
            scratch.tag = tag;
            scratch.nesting = nesting;
            scratch.map = null;
            scratch.attrs = null;
            scratch.content = '';
            pending = scratch;
            return scratch;
        };
        try {
            const matched = gfmTable(state, startLine, endLine, silent);
            take();
            if (open !== undefined)
                open.meta = { rows };
            return matched;
        }
        finally {
            delete state.push;
        }
    };
}
// Ruler offers no lookup by name, so the installed rule (and its `alt` chains) is read from
// its list; if markdown-it ever renames the rule, readTable falls back to walking tokens.
{
    const rules = parser.block.ruler.__rules__;
    const table = rules.find((rule) => rule.name === 'table');
    if (table !== undefined)
        parser.block.ruler.at('table', leanTableRule(table.fn), { alt: table.alt });
}
function readDocument(text) {
    const lines = text.split('\n');
    const tokens = parser.parse(text);
    const blocks = topLevelBlocks(tokens);
    // Top-level blocks come in document order and do not overlap, so a section's blocks are
    // the ones between its heading and the next H2.
    const h2 = [];
    blocks.forEach((block, index) => {
        if (block.kind === 'heading' && block.depth === 2)
            h2.push(index);
    });
    const sections = h2.map((headingIndex, k) => {
        const nextIndex = h2[k + 1];
        const next = nextIndex === undefined ? undefined : blocks[nextIndex];
        const endLine = next === undefined ? lines.length : next.startLine;
        const inner = blocks.slice(headingIndex + 1, nextIndex ?? blocks.length);
        return readSection(lines, tokens, blocks[headingIndex], inner, endLine);
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
                tokenStart: index,
                tokenEnd: Math.min(index + 3, tokens.length)
            });
        }
        else if (token.type === 'paragraph_open') {
            blocks.push({
                kind: 'paragraph',
                depth: 0,
                startLine: token.map[0],
                endLine: token.map[1],
                tokenStart: index,
                tokenEnd: index
            });
        }
        else if (token.type === 'table_open') {
            let close = index + 1;
            while (close < tokens.length) {
                const candidate = tokens[close];
                if (candidate.type === 'table_close' && candidate.level === 0)
                    break;
                close += 1;
            }
            blocks.push({
                kind: 'table',
                depth: 0,
                startLine: token.map[0],
                endLine: token.map[1],
                tokenStart: index,
                tokenEnd: close + 1
            });
            index = close;
        }
    }
    return blocks;
}
function readSection(lines, tokens, heading, inner, endLine) {
    const subHeadings = inner.filter((block) => block.kind === 'heading' && block.depth === 3);
    const subsections = subHeadings.map((sub, k) => ({
        heading: readHeading(lines, tokens, sub),
        body: bodyBetween(lines, sub.endLine, subHeadings[k + 1]?.startLine ?? endLine)
    }));
    const tables = [];
    inner.forEach((block, k) => {
        if (block.kind !== 'table')
            return;
        const after = inner[k + 1];
        const cut = after?.kind === 'paragraph' && after.startLine === block.endLine;
        tables.push(readTable(lines, tokens, block, cut ? block.endLine + 1 : undefined));
    });
    return new DocumentSection(readHeading(lines, tokens, heading), lines, heading.endLine, endLine, subsections, tables);
}
/**
 * The plan table's section is most of the file and its body is never used, so a body is
 * joined only when read.
 */
class DocumentSection {
    heading;
    lines;
    fromLine;
    toLine;
    subsections;
    tables;
    #body;
    constructor(heading, lines, fromLine, toLine, subsections, tables) {
        this.heading = heading;
        this.lines = lines;
        this.fromLine = fromLine;
        this.toLine = toLine;
        this.subsections = subsections;
        this.tables = tables;
    }
    get body() {
        this.#body ??= bodyBetween(this.lines, this.fromLine, this.toLine);
        return this.#body;
    }
}
function readHeading(lines, tokens, block) {
    let inline;
    for (let index = block.tokenStart; index < block.tokenEnd; index += 1) {
        if (tokens[index]?.type === 'inline') {
            inline = tokens[index];
            break;
        }
    }
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
function readTable(lines, tokens, table, cutAtLine) {
    let header;
    const rows = [];
    const parsed = tokens[table.tokenStart]?.meta?.rows;
    if (parsed !== undefined) {
        for (const { line, values } of parsed) {
            for (let k = 0; k < values.length; k += 1)
                values[k] = (0, text_js_1.strip)(values[k] ?? '');
            const row = new TableRow(line + 1, (0, text_js_1.stripEnd)(lines[line] ?? ''), values);
            if (header === undefined)
                header = row;
            else
                rows.push(row);
        }
    }
    // Without the lean rule (markdown-it renamed its table rule) the rows are in the tokens.
    let line = table.startLine;
    let values;
    const walkEnd = parsed === undefined ? table.tokenEnd : table.tokenStart;
    for (let index = table.tokenStart; index < walkEnd; index += 1) {
        const token = tokens[index];
        const type = token.type;
        if (type === 'inline') {
            if (values !== undefined)
                values.push((0, text_js_1.strip)(token.content));
        }
        else if (type === 'tr_open') {
            line = token.map?.[0] ?? table.startLine;
            values = [];
        }
        else if (type === 'tr_close' && values !== undefined) {
            const row = new TableRow(line + 1, (0, text_js_1.stripEnd)(lines[line] ?? ''), values);
            if (header === undefined)
                header = row;
            else
                rows.push(row);
            values = undefined;
        }
    }
    return {
        line: table.startLine + 1,
        cutAtLine,
        header: header ?? new TableRow(table.startLine + 1, '', []),
        rows
    };
}
class TableRow {
    line;
    rawLine;
    values;
    sourceCellCount;
    #starts;
    constructor(line, rawLine, values) {
        this.line = line;
        this.rawLine = rawLine;
        this.values = values;
        this.sourceCellCount = (0, cell_columns_js_1.scanCells)(rawLine, undefined);
    }
    cellAt(index) {
        const value = this.values[index];
        if (value === undefined)
            return { value: '', line: this.line, column: this.rawLine.length + 1 };
        this.#starts ??= (0, cell_columns_js_1.cellStartColumns)(this.rawLine);
        return { value, line: this.line, column: this.#starts[index] ?? this.rawLine.length + 1 };
    }
    get cells() {
        return this.values.map((_, index) => this.cellAt(index));
    }
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
    const readings = (0, plan_items_js_1.readItemRows)(planTable);
    for (const reading of readings) {
        for (const issue of reading.issues)
            issues.push(issue);
        for (const warning of reading.warnings)
            warnings.push(warning);
    }
    for (const issue of checkIdsAndPrerequisites(readings))
        issues.push(issue);
    const items = readings.map((reading) => reading.item);
    const support = (0, support_sections_js_1.buildSupportSections)(document.sections, items.map((item) => item.phase_slug));
    for (const issue of support.issues)
        issues.push(issue);
    if (issues.length > 0)
        return { ok: false, issues: (0, issues_js_1.sortIssues)(issues), warnings };
    const idsForPhase = (0, support_sections_js_1.supportSectionIdsByPhase)(support.sections);
    // The key is already in place, so the JSON keeps the contract's order.
    for (const item of items)
        item.support_section_ids = idsForPhase(item.phase_slug);
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
function checkIdsAndPrerequisites(readings) {
    const issues = [];
    const firstRow = new Map();
    for (const { item: draft } of readings) {
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
    for (const reading of readings) {
        const draft = reading.item;
        const report = (message) => {
            const at = reading.prerequisiteCell();
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
            // The usual case, an earlier item, needs no report whether or not the id is valid.
            if (target !== undefined && target.order < draft.order)
                continue;
            if (!(0, plan_items_js_1.isDigits)(id) && !vocabulary_js_1.ITEM_ID_PATTERN.test(id))
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
/** Sections 1 and 3\u20136 are read from their first heading; a repeated one is ignored. */
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
exports.readItemRows = readItemRows;
exports.isDigits = isDigits;
const vocabulary_js_1 = __webpack_require__(8610);
const cell_values_js_1 = __webpack_require__(9294);
const columns_js_1 = __webpack_require__(3500);
const item_fields_js_1 = __webpack_require__(1652);
const text_js_1 = __webpack_require__(9508);
const RED_GREEN_WORDS = "['0', '1', 'false', 'n', 'no', 'true', 'y', 'yes']";
const NON_EMPTY_COLUMNS = [
    'phase',
    'action',
    'why_now',
    'owner_type',
    'repo_surfaces',
    'deliverable',
    'exit_criteria'
];
/**
 * Reads every row of the plan table. Column positions are looked up once per table, not
 * per cell, and a cell's place in its line is only worked out for a message.
 */
function readItemRows(planTable) {
    const position = (column) => planTable.columns.get(column) ?? -1;
    const at = {
        step_id: position('step_id'),
        phase: position('phase'),
        action: position('action'),
        why_now: position('why_now'),
        owner_type: position('owner_type'),
        prerequisites: position('prerequisites'),
        repo_surfaces: position('repo_surfaces'),
        deliverable: position('deliverable'),
        exit_criteria: position('exit_criteria'),
        allowed_write_roots: position('allowed_write_roots'),
        requires_red_green: position('requires_red_green'),
        manual_gate: position('manual_gate'),
        manual_gate_reason: position('manual_gate_reason'),
        manual_gate_evidence: position('manual_gate_evidence'),
        external_check: position('external_check'),
        external_dependencies: position('external_dependencies'),
        consult_paths: position('consult_paths'),
        required_verification_commands: position('required_verification_commands'),
        suggested_verification_commands: position('suggested_verification_commands'),
        required_verification_artifacts: position('required_verification_artifacts'),
        notes: position('notes')
    };
    const reserved = columns_js_1.RESERVED_COLUMNS.filter((column) => planTable.columns.has(column)).map((column) => ({ column, index: position(column) }));
    const context = {
        planTable,
        at,
        reserved,
        headerWidth: planTable.table.header.values.length,
        sectionTitle: planTable.section.heading.title,
        rangeIds: new Map(),
        phaseSlugs: new Map()
    };
    return planTable.table.rows.map((row, index) => readItemRow(context, row, index + 1));
}
function readItemRow(context, row, rowIndex) {
    const { at } = context;
    const issues = [];
    const values = row.values;
    const value = (index) => (index < 0 ? '' : (values[index] ?? ''));
    const itemId = value(at.step_id);
    const report = (column, index, message) => {
        const place = row.cellAt(index);
        issues.push({
            line: place.line,
            column: place.column,
            message,
            field: column,
            rowIndex,
            ...(itemId === '' ? {} : { itemId })
        });
    };
    // GitHub drops cells beyond the header when it renders the table, and so do we; an
    // unescaped pipe is the usual cause, so say so.
    const headerWidth = context.headerWidth;
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
        report('step_id', at.step_id, '`step_id` must be non-empty.');
    else if (!vocabulary_js_1.ITEM_ID_PATTERN.test(itemId)) {
        report('step_id', at.step_id, `step_id ${itemId} is not a valid id: use ASCII letters, digits and . _ : - (starting with a letter or digit)`);
    }
    if (context.reserved.length > 0) {
        const reserved = context.reserved.filter(({ index }) => value(index) !== '');
        const first = reserved[0];
        if (first !== undefined) {
            report(first.column, first.index, `reserved authored columns are not allowed in markdown_playbook_v1: ${reserved.map(({ column }) => column).join(', ')}. Keep them empty and let normalization derive the internal fields.`);
        }
    }
    for (const column of NON_EMPTY_COLUMNS) {
        if (value(at[column]) === '')
            report(column, at[column], `\`${column}\` must be non-empty.`);
    }
    const phase = value(at.phase);
    let phaseSlug = context.phaseSlugs.get(phase);
    if (phaseSlug === undefined) {
        phaseSlug = (0, text_js_1.slugify)(phase);
        context.phaseSlugs.set(phase, phaseSlug);
    }
    if (phase !== '' && phaseSlug === '') {
        report('phase', at.phase, `phase ${phase} has no ASCII letters or digits, so it has no slug to match phase details by`);
    }
    const pathColumn = (column, requireOne) => {
        const index = at[column];
        const cell = value(index);
        if (cell === '')
            return [];
        const reading = (0, cell_values_js_1.readPaths)(cell);
        for (const problem of reading.problems)
            report(column, index, problem);
        if (requireOne && reading.value.length === 0) {
            report(column, index, `\`${column}\` must contain at least one concrete repo-relative path.`);
        }
        return reading.value;
    };
    const repoSurfacePaths = pathColumn('repo_surfaces', true);
    const deliverablePaths = pathColumn('deliverable', true);
    const consultPaths = pathColumn('consult_paths', false);
    const artifactPaths = pathColumn('required_verification_artifacts', false);
    const writeRoots = (0, cell_values_js_1.readWriteRoots)(value(at.allowed_write_roots));
    for (const problem of writeRoots.problems)
        report('allowed_write_roots', at.allowed_write_roots, problem);
    const redGreen = (0, cell_values_js_1.readBoolean)(value(at.requires_red_green));
    if (redGreen === undefined)
        report('requires_red_green', at.requires_red_green, `\`requires_red_green\` must be one of ${RED_GREEN_WORDS}.`);
    const exitCriteria = value(at.exit_criteria);
    const manualGate = (0, item_fields_js_1.readManualGate)(value(at.manual_gate), value(at.manual_gate_reason), value(at.manual_gate_evidence), exitCriteria);
    if (manualGate === undefined) {
        report('manual_gate', at.manual_gate, `\`manual_gate\` must be one of ${(0, item_fields_js_1.pythonList)([...vocabulary_js_1.GATE_TYPES].sort())}.`);
    }
    const externalDependencies = (0, text_js_1.semicolonList)(value(at.external_dependencies));
    const externalCheck = (0, item_fields_js_1.readExternalCheck)(value(at.external_check), externalDependencies);
    if (externalCheck === undefined) {
        report('external_check', at.external_check, `\`external_check\` must be one of ${(0, item_fields_js_1.pythonList)([...vocabulary_js_1.EXTERNAL_CHECK_MODES].sort())}.`);
    }
    const required = (0, cell_values_js_1.readCommands)(value(at.required_verification_commands));
    const suggested = (0, cell_values_js_1.readCommands)(value(at.suggested_verification_commands));
    for (const problem of required.problems)
        report('required_verification_commands', at.required_verification_commands, problem);
    for (const problem of suggested.problems)
        report('suggested_verification_commands', at.suggested_verification_commands, problem);
    if (redGreen === true && required.value.length === 0 && required.problems.length === 0) {
        report('required_verification_commands', at.required_verification_commands, 'requires_red_green=true requires at least one required_verification_commands entry.');
    }
    const prerequisitesCell = value(at.prerequisites);
    const prerequisites = (0, cell_values_js_1.readPrerequisites)(prerequisitesCell, context.rangeIds);
    for (const problem of prerequisites.problems)
        report('prerequisites', at.prerequisites, problem);
    for (const id of prerequisites.value) {
        if (!isDigits(id) && !vocabulary_js_1.ITEM_ID_PATTERN.test(id)) {
            report('prerequisites', at.prerequisites, `prerequisite ${id} is not a valid item id; separate ids with commas`);
        }
    }
    const gate = manualGate ?? item_fields_js_1.NO_GATE;
    const external = externalCheck ?? { required: false, mode: 'none', dependencies: [] };
    const item = {
        item_id: itemId,
        order: rowIndex,
        phase,
        phase_slug: phaseSlug,
        action: value(at.action),
        why_now: value(at.why_now),
        owner_type: value(at.owner_type),
        prerequisites_raw: prerequisitesCell,
        prerequisite_item_ids: prerequisites.value,
        repo_surfaces_raw: (0, text_js_1.semicolonList)(value(at.repo_surfaces)),
        repo_surface_paths: repoSurfacePaths,
        external_dependencies_raw: externalDependencies,
        deliverable: value(at.deliverable),
        deliverable_paths: deliverablePaths,
        exit_criteria: exitCriteria,
        change_profile: (0, item_fields_js_1.changeProfile)(redGreen === true, deliverablePaths, writeRoots.value),
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
            section_title: context.sectionTitle,
            row_index: rowIndex,
            line_start: row.line,
            line_end: row.line,
            raw_row_markdown: row.rawLine
        },
        support_section_ids: [],
        consult_paths: consultPaths.length === 0
            ? (0, text_js_1.dedupe)(repoSurfacePaths)
            : (0, text_js_1.dedupe)([...repoSurfacePaths, ...consultPaths]),
        allowed_write_roots: writeRoots.value,
        notes: (0, item_fields_js_1.itemNotes)((0, text_js_1.semicolonList)(value(at.notes)), redGreen === true, gate.required, external.required)
    };
    return {
        item,
        prerequisiteCell: () => row.cellAt(at.prerequisites),
        issues,
        warnings
    };
}
/**
 * A non-empty run of ASCII digits, which is always a valid id: every id a range expands to
 * is one, and a large plan's ranges name hundreds of thousands of them.
 */
function isDigits(id) {
    if (id === '')
        return false;
    for (let index = 0; index < id.length; index += 1) {
        const code = id.charCodeAt(index);
        if (code < 0x30 || code > 0x39)
            return false;
    }
    return true;
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
    return row.cellAt(planTable.columns.get(column) ?? -1);
}


/***/ }),

/***/ 1560:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.decodePlaybook = decodePlaybook;
exports.findInvalidUtf8 = findInvalidUtf8;
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
function decodePlaybook(bytes) {
    // The strict decoder rejects exactly the malformed sequences findInvalidUtf8 finds, and
    // natively: the byte-by-byte scan runs only to say where a bad file goes wrong.
    const decoded = strictDecode(bytes);
    if (decoded === undefined) {
        const invalidAt = findInvalidUtf8(bytes);
        if (invalidAt === undefined)
            throw new Error('the UTF-8 decoder and validator disagree');
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
    const withoutBom = decoded.startsWith('\ufeff') ? decoded.slice(1) : decoded;
    return { ok: true, text: withoutBom.replace(/\r\n?/g, '\n') };
}
function strictDecode(bytes) {
    try {
        return decoder.decode(bytes);
    }
    catch {
        return undefined;
    }
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