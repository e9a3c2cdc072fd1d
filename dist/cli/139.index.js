export const id = 139;
export const ids = [139];
export const modules = {

/***/ 139:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.renderItemTable = renderItemTable;
exports.renderItemText = renderItemText;
const text_js_1 = __webpack_require__(9508);
/** Text views of a normalized plan for `list-items` and `show-item`. */
const TABLE_COLUMNS = [
    ['STEP', (item) => item.item_id],
    ['PHASE', (item) => item.phase],
    ['PROFILE', (item) => item.change_profile],
    ['R/G', (item) => yesNo(item.requires_red_green)],
    ['MANUAL_GATE', (item) => yesNo(item.manual_gate.required)],
    ['EXTERNAL', (item) => yesNo(item.external_check.required)]
];
function renderItemTable(items) {
    const rows = items.map((item) => TABLE_COLUMNS.map(([, read]) => read(item)));
    const widths = TABLE_COLUMNS.map(([label], k) => Math.max((0, text_js_1.codePointLength)(label), ...rows.map((row) => (0, text_js_1.codePointLength)(row[k] ?? ''))));
    const line = (cells) => cells.map((cell, k) => cell + ' '.repeat((widths[k] ?? 0) - (0, text_js_1.codePointLength)(cell))).join('  ') +
        '\n';
    return [
        line(TABLE_COLUMNS.map(([label]) => label)),
        line(widths.map((width) => '-'.repeat(width))),
        ...rows.map(line)
    ].join('');
}
function renderItemText(item) {
    const gate = item.manual_gate;
    const external = item.external_check;
    const gateText = gate.required
        ? `${gate.gate_type}${(0, text_js_1.strip)(gate.gate_reason) === '' ? '' : ` (${(0, text_js_1.strip)(gate.gate_reason)})`}`
        : 'not required';
    const dependencies = external.dependencies.map(text_js_1.strip).filter((d) => d !== '');
    const externalText = external.required
        ? `${external.mode}${dependencies.length > 0 ? ` (${dependencies.join(', ')})` : ''}`
        : 'not required';
    const head = [
        `ITEM ${item.item_id}`,
        `Phase: ${item.phase} (${item.phase_slug})`,
        `Action: ${item.action}`,
        `Why now: ${item.why_now}`,
        `Owner type: ${item.owner_type}`,
        `Change profile: ${item.change_profile}`,
        `Execution mode: ${item.execution_mode}`,
        `Requires red/green: ${yesNo(item.requires_red_green)}`,
        `Prerequisites: ${item.prerequisite_item_ids.length > 0 ? item.prerequisite_item_ids.join(', ') : 'none'}`,
        `Manual gate: ${gateText}`,
        `External check: ${externalText}`,
        ''
    ];
    const blocks = [
        ['Allowed write roots', item.allowed_write_roots],
        ['Repo surfaces', item.repo_surface_paths],
        ['Consult paths', item.consult_paths],
        ['Deliverable paths', item.deliverable_paths],
        ['Support sections', item.support_section_ids],
        ...(gate.required
            ? [['Manual gate evidence', gate.required_evidence]]
            : []),
        ...(external.required
            ? [['External dependencies', external.dependencies]]
            : []),
        ['Required verification commands', item.verification_hints.required_commands],
        ['Suggested verification commands', item.verification_hints.suggested_commands],
        ['Required verification artifacts', item.verification_hints.required_artifacts],
        ['Notes', item.notes]
    ];
    const body = blocks.flatMap(([title, values]) => [
        `${title}:`,
        ...(values.length > 0 ? values.map((value) => `  - ${value}`) : ['  - none'])
    ]);
    return [...head, ...body].join('\n') + '\n';
}
function yesNo(flag) {
    return flag ? 'yes' : 'no';
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

//# sourceMappingURL=139.index.js.map