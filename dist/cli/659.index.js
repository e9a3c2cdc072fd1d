export const id = 659;
export const ids = [659];
export const modules = {

/***/ 6452:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.sortFindings = sortFindings;
exports.dedupe = dedupe;
const SEVERITY_RANK = {
    critical: 0,
    high: 1,
    medium: 2,
    low: 3,
    info: 4
};
/** Most severe first, then by canonical id, so the same findings always list the same way. */
function sortFindings(findings) {
    // Array.prototype.sort is stable, which keeps equal keys in their candidate order.
    return [...findings].sort((left, right) => SEVERITY_RANK[left.severity] - SEVERITY_RANK[right.severity] ||
        compareAscii(left.canonical_id, right.canonical_id));
}
function compareAscii(left, right) {
    if (left === right)
        return 0;
    return left < right ? -1 : 1;
}
/** Keeps the first occurrence of each value, in order. */
function dedupe(values) {
    return [...new Set(values)];
}


/***/ }),

/***/ 7659:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.renderPrBody = renderPrBody;
exports.prTitle = prTitle;
const pr_lines_js_1 = __webpack_require__(6703);
const facts_js_1 = __webpack_require__(3259);
const decisions_js_1 = __webpack_require__(1170);
const fit_js_1 = __webpack_require__(6130);
const markdown_js_1 = __webpack_require__(3748);
const item_sections_js_1 = __webpack_require__(4419);
const run_sections_js_1 = __webpack_require__(5473);
const LEVELS = [
    { rows: 200, perItem: true, graph: true },
    { rows: 200, perItem: true, graph: false },
    { rows: 200, perItem: false, graph: false },
    { rows: 30, perItem: false, graph: false },
    { rows: 0, perItem: false, graph: false }
];
function renderPrBody(input) {
    const max = Math.min(input.maxChars ?? fit_js_1.GITHUB_PR_BODY_LIMIT_CHARS, fit_js_1.GITHUB_PR_BODY_LIMIT_CHARS);
    return (0, fit_js_1.fitToLimit)({
        levels: LEVELS,
        render: (detail) => render(input, detail),
        measure: fit_js_1.characters,
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
        : `the full reports are in artifact **${(0, markdown_js_1.text)(artifact, 200)}**`;
}
function render(input, detail) {
    const { facts } = input;
    const rows = (0, run_sections_js_1.rowsOfRun)(facts);
    const state = facts.state;
    const done = state.items.every((item) => item.terminal_state === 'passed');
    const sections = [
        `## ${(0, markdown_js_1.text)(facts.planTitle, 200)}`,
        `Run ${(0, markdown_js_1.text)(state.run_id, 100)} of the playbook ${(0, markdown_js_1.text)(state.playbook_source_path, 300)}: ` +
            `the run branch ${(0, markdown_js_1.text)(state.run_branch_name, 200)} into ${(0, markdown_js_1.text)(input.baseBranch, 200)}. ` +
            (done
                ? 'Every item passed; the run is complete.'
                : 'The run is still going: this body is rewritten at every hop.'),
        `${(0, run_sections_js_1.progressText)(rows)} \u00B7 total: ${(0, markdown_js_1.text)((0, facts_js_1.formatCost)(facts.usage))} (${(0, markdown_js_1.text)((0, facts_js_1.formatTokens)(facts.usage))})`,
        detail.rows > 0
            ? `### Items\n\n${(0, run_sections_js_1.runTable)(rows, { maxRows: detail.rows, rest: restText(input) })}`
            : `### Items\n\nThe item table is left out to fit; ${restText(input)}.`,
        detail.graph ? (0, run_sections_js_1.dependencyGraph)(rows) : '',
        (0, decisions_js_1.gateDecisionsSection)(facts.items),
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
        const tally = (0, item_sections_js_1.severityTally)(findings.map((finding) => finding.severity));
        return [
            (0, markdown_js_1.cell)(item.id, 100),
            verification === undefined
                ? '\u2014'
                : `${(0, markdown_js_1.cell)(verification.overall_result)} (${verification.command_results.length} commands${failed.length > 0 ? `, ${failed.length} failed` : ''})`,
            packet === undefined
                ? '\u2014'
                : (0, markdown_js_1.cell)(packet.codex_audit_summary.overall_verdict ?? packet.codex_audit_summary.status),
            packet === undefined
                ? '\u2014'
                : (0, markdown_js_1.cell)(packet.claude_audit_summary.overall_verdict ?? packet.claude_audit_summary.status),
            findings.length === 0 ? 'none' : (0, markdown_js_1.cell)(tally.join(', ')),
            (0, markdown_js_1.cell)((0, facts_js_1.formatCost)(item.usage))
        ];
    });
    return [
        '### Verification and audits',
        (0, markdown_js_1.table)(['Item', 'Verification', 'Codex audit', 'Claude audit', 'Findings', 'Cost'], rows)
    ].join('\n\n');
}
function provenanceSection(input) {
    if (input.provenance === undefined)
        return '';
    return [
        '### Commits and provenance',
        (0, pr_lines_js_1.renderProvenanceLines)(input.provenance).trimEnd(),
        (input.links?.artifactName === undefined
            ? "The statements are in the run's files. "
            : `The statements are in artifact **${(0, markdown_js_1.text)(input.links.artifactName, 200)}**. `) +
            // A run id is RUN_<stamp>_<hex> (validated), safe in a code span, where escapes would show.
            `Check every link: \`plan-orchestrator verify --run-id ${input.facts.state.run_id}\`.`
    ].join('\n\n');
}
function footer(input) {
    const parts = [
        input.hop === undefined
            ? 'Written by plan-orchestrator'
            : `Updated by plan-orchestrator at hop ${input.hop}`,
        input.links?.runUrl === undefined ? undefined : (0, markdown_js_1.link)('workflow run', input.links.runUrl),
        input.links?.artifactName === undefined
            ? undefined
            : `full reports in artifact **${(0, markdown_js_1.text)(input.links.artifactName, 200)}**`
    ].filter((part) => part !== undefined);
    return `---\n\n<sub>${parts.join(' \u00B7 ')}</sub>`;
}


/***/ }),

/***/ 1170:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.gateDecisionsSection = gateDecisionsSection;
const markdown_js_1 = __webpack_require__(3748);
/** The run's gate decisions with who decided and what they said, for the plan and PR pages. */
function gateDecisionsSection(items, heading = '### Gate decisions') {
    const decided = items.filter((item) => item.gateDecision !== undefined);
    if (decided.length === 0)
        return '';
    const rows = decided.map((item) => {
        const gate = item.gateDecision;
        return [
            (0, markdown_js_1.cell)(item.id, 100),
            gate.decision === 'approved' ? 'approved' : '**rejected**',
            (0, markdown_js_1.cell)(gate.github === undefined ? gate.by : `@${gate.by}`, 100),
            (0, markdown_js_1.cell)(gate.note, 300),
            gate.checkpoint === null ? '\u2014' : (0, markdown_js_1.commitText)(gate.checkpoint.slice(0, 12)),
            gate.github === undefined
                ? 'CLI'
                : `GitHub (${(0, markdown_js_1.cell)(gate.github.environment, 100)}, workflow run ${gate.github.workflowRunId})`
        ];
    });
    return [
        heading,
        (0, markdown_js_1.table)(['Item', 'Decision', 'Reviewer', 'Comment', 'Checkpoint', 'Where'], rows)
    ].join('\n\n');
}


/***/ }),

/***/ 6130:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Keeping a rendered page inside a size limit: GitHub drops a step summary over 1 MiB
 * altogether and refuses a pull request body over 65,536 characters. A page is rendered at
 * decreasing detail until it fits (what goes first is what the artifact repeats in full); when
 * even the least detail is too big, it is cut on a character boundary and says where the rest is.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.characters = exports.GITHUB_PR_BODY_LIMIT_CHARS = exports.DEFAULT_SUMMARY_MAX_BYTES = exports.GITHUB_SUMMARY_LIMIT_BYTES = void 0;
exports.utf8Length = utf8Length;
exports.truncateUtf8 = truncateUtf8;
exports.fitToLimit = fitToLimit;
/** Over this GitHub refuses the step's summary altogether. */
exports.GITHUB_SUMMARY_LIMIT_BYTES = 1024 * 1024;
exports.DEFAULT_SUMMARY_MAX_BYTES = 512 * 1024;
/** GitHub's limit on a pull request body, in characters. */
exports.GITHUB_PR_BODY_LIMIT_CHARS = 65_536;
/** The UTF-8 length of a string, as TextEncoder would write it (lone surrogates as U+FFFD). */
function utf8Length(value) {
    let bytes = 0;
    for (let index = 0; index < value.length; index += 1) {
        const code = value.charCodeAt(index);
        if (code < 0x80)
            bytes += 1;
        else if (code < 0x800)
            bytes += 2;
        else if (isPairAt(value, index)) {
            bytes += 4;
            index += 1;
        }
        else
            bytes += 3;
    }
    return bytes;
}
function truncateUtf8(value, maxBytes) {
    let bytes = 0;
    for (let index = 0; index < value.length; index += 1) {
        const code = value.charCodeAt(index);
        const pair = isPairAt(value, index);
        const size = code < 0x80 ? 1 : code < 0x800 ? 2 : pair ? 4 : 3;
        if (bytes + size > maxBytes)
            return value.slice(0, index);
        bytes += size;
        if (pair)
            index += 1;
    }
    return value;
}
function isPairAt(value, index) {
    const high = value.charCodeAt(index);
    const low = value.charCodeAt(index + 1);
    return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}
function fitToLimit(request) {
    const max = Math.floor(request.max);
    if (!(max > 0))
        return '';
    let least = '';
    for (const detail of request.levels) {
        least = request.render(detail);
        if (request.measure(least) <= max)
            return least;
    }
    const room = max - request.measure(request.trailer);
    const cut = (page, limit) => request.measure === utf8Length ? truncateUtf8(page, limit) : clipChars(page, limit);
    return room > 0 ? cut(least, room) + request.trailer : cut(least, max);
}
function clipChars(value, max) {
    let cut = value.slice(0, Math.max(0, max));
    if (/[\ud800-\udbff]$/.test(cut))
        cut = cut.slice(0, -1);
    return cut;
}
const characters = (page) => page.length;
exports.characters = characters;


/***/ }),

/***/ 4419:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_VERIFICATION_ROWS = exports.MAX_FINDING_ROWS = void 0;
exports.moreRows = moreRows;
exports.verificationSection = verificationSection;
exports.severityTally = severityTally;
exports.findingsSection = findingsSection;
exports.stagesSection = stagesSection;
exports.diagramSection = diagramSection;
const ordering_js_1 = __webpack_require__(6452);
const states_js_1 = __webpack_require__(6915);
const markdown_js_1 = __webpack_require__(3748);
exports.MAX_FINDING_ROWS = 50;
exports.MAX_VERIFICATION_ROWS = 100;
// GitHub's mermaid refuses large diagrams; a path through more states than exist is not a path.
const MAX_DIAGRAM_STATES = 40;
const MAX_EDGE_STEPS = 6;
function moreRows(count, what, artifact) {
    return `\u2026 and ${count} more ${what}, see artifact **${(0, markdown_js_1.text)(artifact, 200)}**.`;
}
function verificationSection(report, rows, artifact) {
    if (report === undefined)
        return '### Verification\n\nNot run yet.';
    const failed = report.command_results.filter((result) => result.status === 'fail').length;
    const parts = [
        `### Verification: ${(0, markdown_js_1.text)(report.overall_result)}`,
        `${(0, markdown_js_1.text)(report.summary)} (attempt ${report.attempt_number}; ${report.command_results.length} commands, ${failed} failed)`
    ];
    if (rows && report.command_results.length > 0) {
        const shown = report.command_results
            .slice(0, exports.MAX_VERIFICATION_ROWS)
            .map((result) => [
            result.label === result.command
                ? (0, markdown_js_1.cell)(result.command)
                : `${(0, markdown_js_1.cell)(result.label, 80)}: ${(0, markdown_js_1.cell)(result.command)}`,
            result.required ? 'yes' : 'no',
            result.exit_code === null ? '\u2014' : String(result.exit_code),
            result.timeout_sec === null ? '\u2014' : (0, markdown_js_1.formatDuration)(result.timeout_sec * 1000),
            commandOutcome(result)
        ]);
        parts.push((0, markdown_js_1.table)(['Command', 'Required', 'Exit', 'Time limit', 'Result'], shown));
        const more = report.command_results.length - exports.MAX_VERIFICATION_ROWS;
        if (more > 0)
            parts.push(moreRows(more, 'commands', artifact));
    }
    const failedChecks = report.artifact_checks.filter((check) => check.status === 'fail');
    if (failedChecks.length > 0) {
        parts.push(`Failed artifact checks (${failedChecks.length} of ${report.artifact_checks.length}):`, (0, markdown_js_1.bulletList)(failedChecks.map((check) => `${check.path}: ${check.reason}`)));
    }
    else if (report.artifact_checks.length > 0) {
        parts.push(`Artifact checks: ${report.artifact_checks.length} passed.`);
    }
    const scope = report.scope_check;
    parts.push(`Scope check: **${(0, markdown_js_1.text)(scope.status)}**${scope.note === '' ? '' : ` \u2014 ${(0, markdown_js_1.text)(scope.note)}`}`);
    if (scope.out_of_scope_paths.length > 0) {
        parts.push('Changed outside the allowed roots:', (0, markdown_js_1.bulletList)(scope.out_of_scope_paths));
    }
    return parts.join('\n\n');
}
function commandOutcome(result) {
    if (result.status !== 'fail')
        return result.status;
    return result.failure_kind === 'timeout' ? '**fail** (timed out)' : '**fail**';
}
const SEVERITY_ORDER = ['critical', 'high', 'medium', 'low', 'info'];
function severityTally(severities) {
    return SEVERITY_ORDER.map((severity) => [severity, severities.filter((entry) => entry === severity).length])
        .filter(([, count]) => count > 0)
        .map(([severity, count]) => `${count} ${severity}`);
}
function findingsSection(packet, rows, artifact) {
    if (packet === undefined)
        return '';
    const findings = packet.merged_findings;
    const tally = severityTally(findings.map((finding) => finding.severity));
    const blocking = findings.filter((finding) => finding.is_blocking).length;
    const parts = [
        `### Findings (${findings.length}${tally.length > 0 ? `: ${tally.join(', ')}` : ''}; ${blocking} blocking)`,
        `Audits: codex ${auditLane(packet.codex_audit_summary)}; claude ${auditLane(packet.claude_audit_summary)}.`
    ];
    if (findings.length === 0)
        return [...parts, 'No findings.'].join('\n\n');
    if (!rows)
        return parts.join('\n\n');
    const shown = (0, ordering_js_1.sortFindings)(findings).slice(0, exports.MAX_FINDING_ROWS);
    parts.push((0, markdown_js_1.table)(['Severity', 'Category', 'Title', 'Location', 'Disposition'], shown.map((finding) => [
        finding.is_blocking ? `**${(0, markdown_js_1.cell)(finding.severity)}**` : (0, markdown_js_1.cell)(finding.severity),
        (0, markdown_js_1.cell)(finding.category),
        (0, markdown_js_1.cell)(finding.title),
        location(finding),
        (0, markdown_js_1.cell)(finding.disposition) + (finding.is_blocking ? ' (blocking)' : '')
    ])));
    if (findings.length > shown.length) {
        parts.push(moreRows(findings.length - shown.length, 'findings', artifact));
    }
    return parts.join('\n\n');
}
function auditLane(lane) {
    return lane.status === 'reported'
        ? `reported ${(0, markdown_js_1.text)(lane.overall_verdict ?? 'no verdict', 50)}`
        : `**inconclusive** (${(0, markdown_js_1.text)(lane.summary, 200)})`;
}
function location(finding) {
    const [first, ...rest] = finding.file_paths;
    if (first === undefined)
        return '\u2014';
    return (0, markdown_js_1.cell)(first, 150) + (rest.length > 0 ? ` (+${rest.length} more)` : '');
}
function stagesSection(stages, shown) {
    if (!shown || stages.length === 0)
        return '';
    const rows = stages.map((stage, index) => {
        const following = stages[index + 1];
        const took = following === undefined
            ? '\u2014'
            : (0, markdown_js_1.formatDuration)(Date.parse(following.atUtc) - Date.parse(stage.atUtc));
        return [
            String(index + 1),
            (0, markdown_js_1.cell)(stage.state, 80),
            (0, markdown_js_1.cell)(stage.atUtc, 40),
            took,
            (0, markdown_js_1.cell)(stage.message)
        ];
    });
    return ['### Stages', (0, markdown_js_1.table)(['#', 'State', 'At (UTC)', 'Took', 'Message'], rows)].join('\n\n');
}
const TERMINAL_STATE_IDS = new Set(Object.keys(states_js_1.TERMINAL_STATE_OF));
/**
 * The item's path as a state diagram: one node per state in the order first reached, one
 * edge per distinct move labelled with the stage numbers that made it, so loops stay readable.
 */
function diagramSection(stages, shown) {
    if (!shown || stages.length === 0)
        return '';
    const ids = new Map();
    for (const stage of stages)
        if (!ids.has(stage.state))
            ids.set(stage.state, `s${ids.size}`);
    if (ids.size > MAX_DIAGRAM_STATES) {
        return `### Path\n\nThe item passed through ${ids.size} distinct states, too many to draw.`;
    }
    const edges = new Map();
    let previous = '[*]';
    stages.forEach((stage, index) => {
        const to = ids.get(stage.state) ?? '[*]';
        const key = `${previous} ${to}`;
        const edge = edges.get(key) ?? { from: previous, to, steps: [] };
        edge.steps.push(index + 1);
        edges.set(key, edge);
        previous = to;
    });
    const last = stages[stages.length - 1];
    const lines = [
        '```mermaid',
        'stateDiagram-v2',
        ...[...ids].map(([state, id]) => `  state "${(0, markdown_js_1.mermaidLabel)(state)}" as ${id}`),
        ...[...edges.values()].map(({ from, to, steps }) => {
            const listed = steps.slice(0, MAX_EDGE_STEPS).join(', ');
            return `  ${from} --> ${to} : ${listed}${steps.length > MAX_EDGE_STEPS ? ', \u2026' : ''}`;
        }),
        ...(last !== undefined && TERMINAL_STATE_IDS.has(last.state) ? [`  ${previous} --> [*]`] : []),
        '```'
    ];
    return ['### Path', lines.join('\n')].join('\n\n');
}


/***/ }),

/***/ 3748:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.cell = exports.text = exports.MAX_LIST_ENTRIES = exports.MAX_PROSE = exports.MAX_CELL = void 0;
exports.escapeHtml = escapeHtml;
exports.escapeMarkdownText = escapeMarkdownText;
exports.escapeTableCell = escapeTableCell;
exports.clip = clip;
exports.commitText = commitText;
exports.codeBlock = codeBlock;
exports.link = link;
exports.safeHref = safeHref;
exports.mermaidLabel = mermaidLabel;
exports.table = table;
exports.bulletList = bulletList;
exports.formatDuration = formatDuration;
const one_line_js_1 = __webpack_require__(5770);
/**
 * The markdown every summary, the gate review and the pull request body are written in.
 * GitHub renders them as markdown with HTML and the toolkit's summary helpers escape nothing,
 * so every string that came from a playbook, an agent or a report goes through these helpers
 * before it reaches the page: it renders as exactly its characters, on one line.
 */
exports.MAX_CELL = 200;
exports.MAX_PROSE = 500;
exports.MAX_LIST_ENTRIES = 20;
const HTML_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;'
};
// Everything markdown could read as syntax, including a table's `|` and GitHub's `$` math.
const MARKDOWN_SYNTAX = /[\\`*_{}[\]()#+\-.!|~$=^]/g;
function escapeHtml(value) {
    return value.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char] ?? char);
}
/** Text shown inline, on one line, rendered as exactly these characters. */
function escapeMarkdownText(value) {
    // Backslashes first, so the `&`, `#` and `;` of the entities added after stay intact.
    return escapeHtml((0, one_line_js_1.oneLine)(value).replace(MARKDOWN_SYNTAX, (char) => `\\${char}`));
}
/** A GFM table cell: inline text whose `|` cannot split the row. */
function escapeTableCell(value) {
    // escapeMarkdownText already writes `|` as `\|`, which GFM honours even inside a cell.
    return escapeMarkdownText(value);
}
function clip(value, max) {
    if (value.length <= max)
        return value;
    let cut = value.slice(0, max - 1);
    if (/[\ud800-\udbff]$/.test(cut))
        cut = cut.slice(0, -1);
    return `${cut}\u2026`;
}
/** Escaped prose, clipped. */
const text = (value, max = exports.MAX_PROSE) => escapeMarkdownText(clip(value, max));
exports.text = text;
/** An escaped table cell, clipped. */
const cell = (value, max = exports.MAX_CELL) => escapeTableCell(clip(value, max));
exports.cell = cell;
/** A commit id is shown as code only when it is one; anything else is plain escaped text. */
function commitText(value) {
    return /^[0-9a-f]{7,64}$/.test(value) ? `\`${value}\`` : (0, exports.text)(value, 100);
}
/**
 * Text a reader copies into a shell, as a fenced code block. Code blocks render their
 * content literally; the fence is longer than any run of backticks inside, and every line is
 * made one line first, so nothing can close it early.
 */
function codeBlock(lines, language = 'sh') {
    const body = lines.map((line) => (0, one_line_js_1.oneLine)(line));
    const longest = Math.max(2, ...body.map((line) => longestRun(line, '`')));
    const fence = '`'.repeat(longest + 1);
    return [`${fence}${language}`, ...body, fence].join('\n');
}
function longestRun(value, char) {
    let best = 0;
    let current = 0;
    for (const c of value) {
        current = c === char ? current + 1 : 0;
        best = Math.max(best, current);
    }
    return best;
}
function link(label, url) {
    const href = safeHref(url);
    if (href === undefined)
        return `${escapeMarkdownText(label)} (${(0, exports.text)(url, 300)})`;
    return `[${escapeMarkdownText(label)}](${href})`;
}
// Only web links, and with every character that could end the destination percent-encoded.
function safeHref(url) {
    if (!/^https?:\/\/[^\s/]/i.test(url) || url.length > 2000)
        return undefined;
    return url.replace(/[^A-Za-z0-9\-._~:/?#@!$&*+,;=%]/gu, (char) => {
        try {
            // encodeURIComponent leaves the parentheses and quote that could end a markdown link.
            return encodeURIComponent(char).replace(/[()']/g, (mark) => `%${mark.charCodeAt(0).toString(16).toUpperCase()}`);
        }
        catch {
            return '%EF%BF%BD';
        }
    });
}
/** Mermaid reads `#<code>;` as a character reference; nothing else in a label is left to parse. */
function mermaidLabel(value, max = 80) {
    return (0, one_line_js_1.oneLine)(clip(value, max)).replace(/[^A-Za-z0-9 _.-]/gu, (char) => `#${char.codePointAt(0) ?? 65533};`);
}
function table(header, rows) {
    return [
        `| ${header.join(' | ')} |`,
        `| ${header.map(() => '---').join(' | ')} |`,
        ...rows.map((row) => `| ${row.join(' | ')} |`)
    ].join('\n');
}
function bulletList(entries, max = exports.MAX_LIST_ENTRIES) {
    if (entries.length === 0)
        return '- (none recorded)';
    const shown = entries.slice(0, max).map((entry) => `- ${(0, exports.text)(entry)}`);
    const more = entries.length - max;
    return more > 0 ? [...shown, `- \u2026 and ${more} more`].join('\n') : shown.join('\n');
}
/** A span for people: `850ms`, `42s`, `3m 05s`, `2h 10m`, `1d 4h`. */
function formatDuration(milliseconds) {
    if (!Number.isFinite(milliseconds) || milliseconds < 0)
        return '?';
    if (milliseconds < 1000)
        return `${Math.round(milliseconds)}ms`;
    const seconds = Math.floor(milliseconds / 1000);
    if (seconds < 60)
        return `${seconds}s`;
    const minutes = Math.floor(seconds / 60);
    if (minutes < 60)
        return `${minutes}m ${String(seconds % 60).padStart(2, '0')}s`;
    const hours = Math.floor(minutes / 60);
    if (hours < 24)
        return `${hours}h ${String(minutes % 60).padStart(2, '0')}m`;
    return `${Math.floor(hours / 24)}d ${hours % 24}h`;
}


/***/ }),

/***/ 5473:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.rowsOfRun = rowsOfRun;
exports.rowsOfPlan = rowsOfPlan;
exports.progressText = progressText;
exports.runTable = runTable;
exports.dependencyGraph = dependencyGraph;
const facts_js_1 = __webpack_require__(3259);
const markdown_js_1 = __webpack_require__(3748);
function rowsOfRun(facts) {
    return facts.items.map((item) => {
        const state = (0, facts_js_1.standing)(item.run);
        return {
            id: item.id,
            title: item.title,
            standing: state,
            attempts: state === 'not started' ? null : item.run.attempt_number,
            usage: item.usage,
            durationMs: item.durationMs,
            note: item.run.terminal_summary ??
                (item.run.terminal_state === 'awaiting_human_gate'
                    ? `awaits a human gate: ${item.plan?.manual_gate.gate_reason || 'sign-off'}`
                    : ''),
            prerequisites: item.plan?.prerequisite_item_ids ?? []
        };
    });
}
/** A new run: every item of the playbook, none started. */
function rowsOfPlan(plan) {
    return [...plan.items]
        .sort((a, b) => a.order - b.order)
        .map((item) => ({
        id: item.item_id,
        title: item.action,
        standing: 'not started',
        attempts: null,
        usage: undefined,
        durationMs: null,
        note: '',
        prerequisites: item.prerequisite_item_ids
    }));
}
function progressText(rows) {
    const passed = rows.filter((row) => row.standing === 'passed').length;
    return `**${passed} of ${rows.length} items passed**`;
}
function runTable(rows, options) {
    const shown = rows.slice(0, options.maxRows).map((row) => {
        const id = (0, markdown_js_1.cell)(row.id, 100);
        return [
            row.id === options.focus ? `**${id}**` : id,
            (0, markdown_js_1.cell)(row.title, 120),
            row.standing === 'passed' || row.standing === 'not started'
                ? (0, markdown_js_1.cell)(row.standing)
                : `**${(0, markdown_js_1.cell)(row.standing)}**`,
            row.attempts === null ? '\u2014' : String(row.attempts),
            (0, markdown_js_1.cell)((0, facts_js_1.formatCost)(row.usage)),
            row.durationMs === null ? '\u2014' : (0, markdown_js_1.formatDuration)(row.durationMs),
            (0, markdown_js_1.cell)(row.note)
        ];
    });
    const parts = [
        (0, markdown_js_1.table)(['Item', 'Action', 'Terminal', 'Attempts', 'Cost', 'Duration', 'Summary'], shown)
    ];
    if (rows.length > shown.length)
        parts.push(`\u2026 and ${rows.length - shown.length} more items, see ${(0, markdown_js_1.text)(options.rest, 300)}.`);
    return parts.join('\n\n');
}
const MAX_GRAPH_ITEMS = 100;
const COLOURS = {
    passed: 'fill:#d3f9d8,stroke:#2b8a3e,color:#1b4332',
    awaiting_human_gate: 'fill:#fff3bf,stroke:#e67700,color:#5c3d00',
    blocked_external: 'fill:#ffe8cc,stroke:#d9480f,color:#5c2100',
    escalated: 'fill:#ffe3e3,stroke:#c92a2a,color:#5c0000',
    in_progress: 'fill:#d0ebff,stroke:#1864ab,color:#0b3d6b',
    not_started: 'fill:#f1f3f5,stroke:#868e96,color:#343a40'
};
/** A Mermaid flowchart: one node per item, an edge per prerequisite, coloured by standing. */
function dependencyGraph(rows) {
    if (rows.length === 0)
        return '';
    if (rows.length > MAX_GRAPH_ITEMS)
        return `The run has ${rows.length} items, too many to draw.`;
    const ids = new Map(rows.map((row, index) => [row.id, `i${index + 1}`]));
    const lines = ['```mermaid', 'flowchart LR'];
    for (const row of rows)
        lines.push(`  ${ids.get(row.id)}["${(0, markdown_js_1.mermaidLabel)(`${row.id}: ${row.standing}`, 60)}"]`);
    for (const row of rows)
        for (const prerequisite of row.prerequisites) {
            const from = ids.get(prerequisite);
            if (from !== undefined)
                lines.push(`  ${from} --> ${ids.get(row.id)}`);
        }
    const used = new Set(rows.map((row) => classOf(row.standing)));
    for (const [name, style] of Object.entries(COLOURS))
        if (used.has(name))
            lines.push(`  classDef ${name} ${style}`);
    for (const name of used) {
        const members = rows
            .filter((row) => classOf(row.standing) === name)
            .map((row) => ids.get(row.id));
        lines.push(`  class ${members.join(',')} ${name}`);
    }
    lines.push('```');
    return lines.join('\n');
}
function classOf(value) {
    return value.replace(/ /g, '_');
}


/***/ }),

/***/ 6703:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.renderProvenanceLines = renderProvenanceLines;
exports.commitProvenance = commitProvenance;
/** Markdown list, oldest commit first; an empty list renders as a one-line note. */
function renderProvenanceLines(commits) {
    if (commits.length === 0)
        return '_No commits on the run branch._\n';
    return commits
        .map((commit) => {
        const outcome = commit.outcome === 'approved'
            ? `approved${commit.reviewer === undefined ? '' : ` by ${plain(commit.reviewer)}`}`
            : 'passed review';
        const link = commit.attestationUrl === undefined
            ? `statement: \`${code(commit.statement)}\``
            : `[signed statement](${url(commit.attestationUrl)}) (\`${code(commit.statement)}\`)`;
        const role = commit.checkpoint ? `checkpoint, ${outcome}` : 'part of the change';
        return `- \`${commit.sha.slice(0, 12)}\` item ${plain(commit.itemId)}: ${role}; ${link}`;
    })
        .join('\n')
        .concat('\n');
}
/** Text a reviewer's login or an item id can carry, with markdown and HTML defused. */
function plain(text) {
    return text.replace(/[\\`*_[\]()<>#|!~]/g, (char) => `\\${char}`).replace(/\s+/g, ' ');
}
function code(text) {
    return text.replace(/[`\r\n]/g, '');
}
/** Only http(s) links; anything else is shown as text. */
function url(text) {
    return /^https?:\/\/[^\s()<>]+$/.test(text) ? text : encodeURI('about:blank');
}
/**
 * The lines of a run's statements, in plan order and commit order within an item.
 * `statementLink` turns a statement's repo-relative path into what the reader can open;
 * `attestations` maps an item id to its attestation URL.
 */
function commitProvenance(statements, options = {}) {
    const link = options.statementLink ?? ((path) => path);
    return [...statements]
        .sort((a, b) => a.statement.predicate.item.order - b.statement.predicate.item.order)
        .flatMap(({ path, statement }) => {
        const { item, change, outcome, gate } = statement.predicate;
        const attestationUrl = options.attestations?.get(item.item_id);
        return change.commits.map((sha) => ({
            sha,
            itemId: item.item_id,
            checkpoint: sha === change.checkpoint_sha,
            statement: link(path),
            outcome,
            ...(gate === null ? {} : { reviewer: gate.reviewer }),
            ...(attestationUrl === undefined ? {} : { attestationUrl })
        }));
    });
}


/***/ }),

/***/ 3259:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runFacts = runFacts;
exports.formatCost = formatCost;
exports.formatTokens = formatTokens;
exports.standing = standing;
const item_focus_js_1 = __webpack_require__(6955);
const states_js_1 = __webpack_require__(6915);
function runFacts(input) {
    const { state, plan } = input;
    const items = (0, item_focus_js_1.itemsInPlanOrder)(state).map((item) => {
        const planned = plan?.items.find((entry) => entry.item_id === item.item_id);
        const reports = input.reports[item.item_id] ?? {};
        return {
            id: item.item_id,
            title: planned?.action ?? item.item_id,
            run: item,
            plan: planned,
            durationMs: itemDuration(state, item.item_id),
            usage: input.usage?.items[item.item_id],
            reports,
            gateDecision: gateDecision(reports)
        };
    });
    return {
        state,
        planTitle: plan?.plan_source.title ?? state.playbook_source_path,
        items,
        usage: input.usage?.run
    };
}
function itemDuration(state, itemId) {
    const times = state.event_log
        .filter((event) => event.item_id === itemId)
        .map((event) => Date.parse(event.at_utc))
        .filter((time) => Number.isFinite(time));
    const first = times[0];
    const last = times.at(-1);
    return first === undefined || last === undefined ? null : Math.max(0, last - first);
}
function gateDecision(reports) {
    const github = reports.githubGate;
    if (github !== undefined)
        return {
            decision: github.decision,
            by: github.reviewer.login,
            note: github.comment,
            atUtc: github.recorded_at_utc,
            checkpoint: github.checkpoint_ref,
            github: {
                reviewerId: github.reviewer.id,
                environment: github.environment,
                workflowRunId: github.workflow_run_id
            }
        };
    const decided = reports.gate?.decision;
    if (decided === null || decided === undefined)
        return undefined;
    return {
        decision: decided.outcome,
        by: decided.decided_by,
        note: decided.note,
        atUtc: decided.decided_at_utc,
        checkpoint: reports.gate?.related_refs.checkpoint_ref ?? null
    };
}
/** `$0.42`, `<$0.01`, `cost unknown` when nothing reported a cost, `\u2014` without a call. */
function formatCost(usage) {
    if (usage?.calls === 0)
        return '\u2014';
    const cost = usage?.costUsd;
    if (cost === null || cost === undefined || !Number.isFinite(cost))
        return 'cost unknown';
    if (cost > 0 && cost < 0.01)
        return '<$0.01';
    return `$${cost.toFixed(2)}`;
}
/** `12,345 tokens`, or `tokens unknown`. */
function formatTokens(usage) {
    if (usage?.calls === 0)
        return 'no agent calls';
    const tokens = usage?.tokens;
    if (tokens === null || tokens === undefined || !Number.isFinite(tokens))
        return 'tokens unknown';
    return `${Math.round(tokens).toLocaleString('en-US')} tokens`;
}
/** How an item stands, in a word or two: its terminal, or `not started` / `in progress`. */
function standing(item) {
    if (item.terminal_state !== 'none')
        return item.terminal_state;
    return (0, states_js_1.notStarted)(item) ? 'not started' : 'in progress';
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

/***/ 6915:
/***/ ((__unused_webpack_module, exports) => {


/**
 * The run state machine as data: state ids, the transitions allowed between them, and
 * the item-level terminal each terminal state stands for. The lifecycle table (lifecycle.ts)
 * chooses each move by event; every move is also checked against TRANSITIONS when it is
 * saved (run-state-ops.ts), except resume's rewinds. Only these two modules name state ids.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.IllegalTransitionError = exports.TERMINAL_STATE_OF = exports.TRANSITIONS = exports.TERMINALS = exports.INITIAL_ITEM_STATE = exports.STATE_IDS = void 0;
exports.notStarted = notStarted;
exports.canTransition = canTransition;
exports.STATE_IDS = [
    'ST00_RUN_CREATED',
    'ST05_PLAN_NORMALIZED',
    'ST10_ITEM_SELECTED',
    'ST15_WORKTREE_PREPARED',
    'ST20_CONTEXT_PREPARED',
    'ST30_EXECUTING',
    'ST40_VERIFYING',
    'ST50_AUDIT_PACKET_READY',
    'ST60_AUDITING_CODEX',
    'ST61_AUDITING_CLAUDE',
    'ST70_TRIAGING',
    'ST80_FIXING',
    'ST95_REMEDIATING',
    'ST110_AWAITING_HUMAN_GATE',
    'ST120_BLOCKED_EXTERNAL',
    'ST130_PASSED',
    'ST140_ESCALATED'
];
/** Where every item of a new run waits, and where `resume` puts an item back for a fresh attempt. */
exports.INITIAL_ITEM_STATE = 'ST05_PLAN_NORMALIZED';
/** An item the run has not tried yet: still at its initial state, on its first attempt. */
function notStarted(item) {
    return item.state === exports.INITIAL_ITEM_STATE && item.attempt_number === 1;
}
exports.TERMINALS = ['passed', 'awaiting_human_gate', 'blocked_external', 'escalated'];
const ESCALATE = 'ST140_ESCALATED';
const BLOCK = 'ST120_BLOCKED_EXTERNAL';
exports.TRANSITIONS = {
    ST00_RUN_CREATED: ['ST05_PLAN_NORMALIZED', ESCALATE],
    ST05_PLAN_NORMALIZED: ['ST10_ITEM_SELECTED', ESCALATE],
    ST10_ITEM_SELECTED: ['ST15_WORKTREE_PREPARED', BLOCK, ESCALATE],
    ST15_WORKTREE_PREPARED: ['ST20_CONTEXT_PREPARED', ESCALATE],
    ST20_CONTEXT_PREPARED: ['ST30_EXECUTING', BLOCK, ESCALATE],
    ST30_EXECUTING: ['ST40_VERIFYING', BLOCK, ESCALATE],
    ST40_VERIFYING: ['ST50_AUDIT_PACKET_READY', ESCALATE],
    ST50_AUDIT_PACKET_READY: ['ST60_AUDITING_CODEX', 'ST61_AUDITING_CLAUDE', ESCALATE],
    ST60_AUDITING_CODEX: ['ST61_AUDITING_CLAUDE', 'ST70_TRIAGING', ESCALATE],
    ST61_AUDITING_CLAUDE: ['ST70_TRIAGING', ESCALATE],
    ST70_TRIAGING: [
        'ST80_FIXING',
        'ST95_REMEDIATING',
        'ST110_AWAITING_HUMAN_GATE',
        BLOCK,
        'ST130_PASSED',
        ESCALATE
    ],
    ST80_FIXING: ['ST40_VERIFYING', BLOCK, ESCALATE],
    ST95_REMEDIATING: ['ST40_VERIFYING', BLOCK, ESCALATE],
    ST110_AWAITING_HUMAN_GATE: ['ST130_PASSED', ESCALATE],
    ST120_BLOCKED_EXTERNAL: [],
    ST130_PASSED: ['ST10_ITEM_SELECTED', ESCALATE],
    ST140_ESCALATED: []
};
exports.TERMINAL_STATE_OF = {
    ST110_AWAITING_HUMAN_GATE: 'awaiting_human_gate',
    ST120_BLOCKED_EXTERNAL: 'blocked_external',
    ST130_PASSED: 'passed',
    ST140_ESCALATED: 'escalated'
};
function canTransition(from, to) {
    return exports.TRANSITIONS[from].includes(to);
}
class IllegalTransitionError extends Error {
    from;
    to;
    name = 'IllegalTransitionError';
    constructor(from, to) {
        super(`illegal state transition ${from} \u2192 ${to}`);
        this.from = from;
        this.to = to;
    }
}
exports.IllegalTransitionError = IllegalTransitionError;


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


/***/ })

};

//# sourceMappingURL=659.index.js.map