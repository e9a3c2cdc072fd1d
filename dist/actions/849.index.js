export const id = 849;
export const ids = [849];
export const modules = {

/***/ 98517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ri: () => (/* binding */ publishItemReport),
  m3: () => (/* binding */ readPlan)
});

// UNUSED EXPORTS: issueAnnotations

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
// EXTERNAL MODULE: ./src/adapters/review-facts.ts + 1 modules
var review_facts = __webpack_require__(57179);
// EXTERNAL MODULE: ./src/core/findings/ordering.ts
var ordering = __webpack_require__(46452);
// EXTERNAL MODULE: ./src/core/playbook/cell-values.ts
var cell_values = __webpack_require__(79294);
// EXTERNAL MODULE: ./src/core/text/one-line.ts
var one_line = __webpack_require__(45770);
;// CONCATENATED MODULE: ./src/core/gha/annotations.ts



const ANNOTATIONS_PER_LEVEL = 10;
const MAX_ANNOTATION_MESSAGE = 1000;
const MAX_TITLE = 200;
const LEVELS = ['error', 'warning', 'notice'];
const LEVEL_OF = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'notice',
    info: 'notice'
};
// Triage or the merge already said these are not problems at that place.
const NOT_ANNOTATED = new Set(['false_positive', 'duplicate']);
function annotationsFor(input) {
    const candidates = [];
    for (const result of input.verification?.command_results ?? []) {
        if (result.status !== 'fail')
            continue;
        const outcome = result.failure_kind === 'timeout'
            ? `timed out${result.timeout_sec === null ? '' : ` after ${result.timeout_sec}s`}`
            : `exited ${result.exit_code ?? 'without an exit code'}`;
        candidates.push(annotation('error', {
            title: `Verification failed: ${result.label}${result.required ? '' : ' (optional)'}`,
            message: `${result.command} ${outcome} (command from ${input.playbookPath})` +
                (result.log_path === null ? '' : `; log: ${result.log_path}`)
        }));
    }
    // Most severe first, so the per-level cut drops the least severe.
    for (const finding of (0,ordering/* sortFindings */.T)(input.findings?.merged_findings ?? [])) {
        if (NOT_ANNOTATED.has(finding.disposition))
            continue;
        const location = locate(finding);
        if (location === undefined)
            continue;
        candidates.push(annotation(LEVEL_OF[finding.severity], {
            title: `${finding.severity} ${finding.category}: ${finding.title}`,
            message: [
                finding.title,
                finding.recommended_action,
                `${finding.canonical_id}, ${finding.disposition}${finding.is_blocking ? ', blocking' : ''}`
            ]
                .filter((part) => part.trim() !== '')
                .join(' \u2014 '),
            ...location
        }));
    }
    return LEVELS.flatMap((level) => capped(level, candidates.filter((candidate) => candidate.level === level)));
}
function capped(level, annotations) {
    if (annotations.length <= ANNOTATIONS_PER_LEVEL)
        return [...annotations];
    const kept = annotations.slice(0, ANNOTATIONS_PER_LEVEL - 1);
    const more = annotations.length - kept.length;
    return [
        ...kept,
        annotation(level, {
            title: `${more} more ${level} annotations`,
            message: `\u2026 and ${more} more ${level} annotations not shown here (GitHub shows ${ANNOTATIONS_PER_LEVEL} per level); see the run's artifact for the full reports.`
        })
    ];
}
function annotation(level, fields) {
    return {
        level,
        title: clip(singleLine(fields.title), MAX_TITLE),
        message: clip(singleLine(fields.message), MAX_ANNOTATION_MESSAGE),
        ...(fields.file === undefined ? {} : { file: fields.file, startLine: fields.startLine })
    };
}
// `path:12`, `path:12:5`, `path:12-20`, `path#L12`, `path#L12-L20`.
const FILE_AND_LINE = /^(.+?)(?::(\d+)(?:[:-]\d+)?|#L(\d+)(?:-L?\d+)?)$/;
/**
 * The first place the finding names with both a file and a line: a path entry carrying a line,
 * or else evidence that cites one of the finding's paths with a line.
 */
function locate(finding) {
    for (const entry of finding.file_paths) {
        const found = parseLocation(entry.trim());
        if (found !== undefined)
            return found;
    }
    const paths = new Set(finding.file_paths.map((path) => normalizePath(path.trim())));
    for (const evidence of finding.evidence) {
        for (const token of evidence.split(/[\s`'"()[\],;]+/)) {
            const found = parseLocation(token);
            if (found !== undefined && paths.has(found.file))
                return found;
        }
    }
    return undefined;
}
function parseLocation(text) {
    const match = FILE_AND_LINE.exec(text);
    if (match === null)
        return undefined;
    const file = normalizePath(match[1] ?? '');
    const line = Number(match[2] ?? match[3]);
    if (file === '' || (0,cell_values/* unsafePathReason */.m0)(file) !== undefined)
        return undefined;
    if (!Number.isSafeInteger(line) || line < 1)
        return undefined;
    return { file, startLine: line };
}
function normalizePath(path) {
    return path.replace(/^(?:\.\/)+/, '');
}
/**
 * One line of plain text. @actions/core escapes what would end a property or the command
 * (`%`, CR, LF, and `:` `,` in properties), so this is about what the reviewer sees: no line
 * breaks of any kind, no terminal or bidi controls that could make a title read as another.
 */
function singleLine(text) {
    return (0,one_line/* oneLine */.T)(text).replace(/ {2,}/g, ' ').trim();
}
function clip(text, max) {
    if (text.length <= max)
        return text;
    let cut = text.slice(0, max - 1);
    // Never leave half of a surrogate pair at the cut.
    if (/[\ud800-\udbff]$/.test(cut))
        cut = cut.slice(0, -1);
    return `${cut}\u2026`;
}

// EXTERNAL MODULE: ./src/core/review/facts.ts
var facts = __webpack_require__(73259);
// EXTERNAL MODULE: ./src/core/gha/summary/fit.ts
var fit = __webpack_require__(6130);
// EXTERNAL MODULE: ./src/core/review/gate-review.ts
var gate_review = __webpack_require__(91058);
// EXTERNAL MODULE: ./src/core/gha/summary/markdown.ts
var markdown = __webpack_require__(23748);
;// CONCATENATED MODULE: ./src/core/gha/summary/gate-section.ts



const MAX_FILE_ROWS = 100;
const MAX_AUDIT_FINDING_ROWS = 25;
function gateSection(review, links, detail) {
    const parts = [
        `### What you are approving: item ${(0,markdown/* text */.Qq)(review.itemId, 100)}`,
        `**${(0,markdown/* text */.Qq)(review.title, 300)}**`,
        `**Why a human decides** (${(0,markdown/* text */.Qq)(review.gateType, 50)}): ${(0,markdown/* text */.Qq)(review.reason, 1000)}`,
        review.requiredEvidence.length === 0
            ? '**Required evidence:** none named.'
            : `**Required evidence:**\n\n${(0,markdown/* bulletList */.fF)(review.requiredEvidence)}`,
        changesPart(review, links, detail),
        ...review.audits.map((audit) => auditPart(audit, detail, links.artifactName)),
        `**Cost of this item:** ${(0,markdown/* text */.Qq)((0,facts/* formatCost */.BD)(review.usage))} (${(0,markdown/* text */.Qq)((0,facts/* formatTokens */._y)(review.usage))}).`,
        `**Your decision:** ${(0,markdown/* text */.Qq)(review.decision, 1000)}`,
        'Outside GitHub, the same decision is recorded with:',
        (0,markdown/* codeBlock */.DV)([review.decideCommand])
    ];
    return parts.join('\n\n');
}
function changesPart(review, links, detail) {
    const where = `Checkpoint ${(0,markdown/* commitText */.tT)(review.checkpoint)}` +
        (review.attemptBranch === null ? '' : ` on ${(0,markdown/* text */.Qq)(review.attemptBranch, 200)}`) +
        ` against the run branch ${(0,markdown/* text */.Qq)(review.runBranch, 200)} at ${(0,markdown/* commitText */.tT)(review.base)}.`;
    const pointers = [
        links.compareUrl === undefined ? undefined : (0,markdown/* link */.nf)('Compare on GitHub', links.compareUrl),
        review.patchPath === null
            ? undefined
            : `the patch: ${(0,markdown/* text */.Qq)(review.patchPath, 300)} in artifact ${links.artifactUrl === undefined
                ? `**${(0,markdown/* text */.Qq)(links.artifactName, 200)}**`
                : (0,markdown/* link */.nf)(links.artifactName, links.artifactUrl)}`
    ].filter((part) => part !== undefined);
    const parts = [where, ...(pointers.length > 0 ? [pointers.join(' \u00B7 ')] : [])];
    const files = review.changedFiles;
    if (files === null) {
        parts.push('**Changed files:** unknown (the checkpoint is not in this checkout).');
        return parts.join('\n\n');
    }
    const totals = (0,gate_review/* diffTotals */.JY)(files);
    parts.push(`**Changed files (${files.length}, +${totals.added} \u2212${totals.deleted}):**`);
    if (!detail.fileRows) {
        parts.push(`The file list is left out to fit; the patch lists them all.`);
        return parts.join('\n\n');
    }
    const rows = files
        .slice(0, MAX_FILE_ROWS)
        .map((file) => [
        (0,markdown/* cell */.Hn)(file.path, 300),
        file.added === null ? 'binary' : `+${file.added}`,
        file.deleted === null ? '' : `\u2212${file.deleted}`
    ]);
    parts.push((0,markdown/* table */.tp)(['File', 'Added', 'Deleted'], rows));
    if (files.length > MAX_FILE_ROWS)
        parts.push(`\u2026 and ${files.length - MAX_FILE_ROWS} more files, see the patch.`);
    return parts.join('\n\n');
}
function auditPart(audit, detail, artifact) {
    const head = `**Audit ${audit.lane}:** ${audit.verdict === null ? 'no verdict' : `**${(0,markdown/* text */.Qq)(audit.verdict, 50)}**`} \u2014 ${(0,markdown/* text */.Qq)(audit.summary, 500)} (${audit.findings.length} finding${audit.findings.length === 1 ? '' : 's'})`;
    if (audit.findings.length === 0 || !detail.findingRows)
        return head;
    const shown = audit.findings.slice(0, MAX_AUDIT_FINDING_ROWS);
    const parts = [
        head,
        (0,markdown/* table */.tp)(['Severity', 'Where', 'Finding'], shown.map((finding) => [
            finding.blocking ? `**${(0,markdown/* cell */.Hn)(finding.severity)}** (blocking)` : (0,markdown/* cell */.Hn)(finding.severity),
            finding.location === null ? '\u2014' : (0,markdown/* cell */.Hn)(finding.location, 200),
            (0,markdown/* cell */.Hn)(finding.message, 300)
        ]))
    ];
    if (audit.findings.length > shown.length)
        parts.push(`\u2026 and ${audit.findings.length - shown.length} more ${audit.lane} findings, see artifact **${(0,markdown/* text */.Qq)(artifact, 200)}**.`);
    return parts.join('\n\n');
}

// EXTERNAL MODULE: ./src/core/gha/summary/item-sections.ts
var item_sections = __webpack_require__(74419);
// EXTERNAL MODULE: ./src/core/gha/summary/next-action.ts
var next_action = __webpack_require__(23667);
// EXTERNAL MODULE: ./src/core/gha/summary/run-sections.ts
var run_sections = __webpack_require__(85473);
;// CONCATENATED MODULE: ./src/core/gha/job-summary.ts









const MAX_ITEM_ROWS = 200;
const FULL = {
    findingRows: true,
    fileRows: true,
    stages: true,
    diagram: true,
    verificationRows: true,
    itemRows: true
};
// What goes first when the summary does not fit: the parts the artifact repeats in full.
const SHORTER = [
    FULL,
    { ...FULL, findingRows: false },
    { ...FULL, findingRows: false, fileRows: false, stages: false },
    {
        ...FULL,
        findingRows: false,
        fileRows: false,
        stages: false,
        diagram: false,
        verificationRows: false
    },
    {
        findingRows: false,
        fileRows: false,
        stages: false,
        diagram: false,
        verificationRows: false,
        itemRows: false
    }
];
function renderJobSummary(input) {
    const max = Math.min(input.maxBytes ?? fit/* DEFAULT_SUMMARY_MAX_BYTES */._u, fit/* GITHUB_SUMMARY_LIMIT_BYTES */.d4);
    const rows = input.rows ??
        (0,run_sections/* rowsOfRun */.G7)((0,facts/* runFacts */.pI)({ state: input.run, plan: undefined, usage: undefined, reports: {} }));
    return (0,fit/* fitToLimit */.Qt)({
        levels: SHORTER,
        render: (detail) => render(input, rows, detail),
        measure: fit/* utf8Length */.wI,
        max,
        trailer: `\n\n\u2026 cut to fit ${Math.floor(max)} bytes; the full reports are in artifact ${(0,markdown/* text */.Qq)(input.links.artifactName, 200)}.\n`
    });
}
function render(input, rows, detail) {
    const item = input.run.items.find((candidate) => candidate.item_id === input.itemId);
    const terminal = item === undefined
        ? 'unknown item'
        : item.terminal_state === 'none'
            ? `not finished (${item.state})`
            : item.terminal_state;
    const artifact = input.links.artifactName;
    const sections = [
        `## Run ${(0,markdown/* text */.Qq)(input.run.run_id, 100)} \u00B7 item ${(0,markdown/* text */.Qq)(input.itemId, 100)}: ${(0,markdown/* text */.Qq)(terminal, 100)}`,
        linksLine(input),
        shortenedNote(input, detail),
        input.gate === undefined
            ? ''
            : gateSection(input.gate.review, input.gate.links, {
                fileRows: detail.fileRows,
                findingRows: detail.findingRows
            }),
        (0,next_action/* renderNextStep */.YE)(input.next),
        itemsSection(input, rows, detail),
        (0,item_sections/* verificationSection */.Ph)(input.verification, detail.verificationRows, artifact),
        (0,item_sections/* findingsSection */.WT)(input.findings, detail.findingRows, artifact),
        (0,item_sections/* stagesSection */.p4)(input.stages, detail.stages),
        (0,item_sections/* diagramSection */.n1)(input.stages, detail.diagram)
    ];
    return `${sections.filter((section) => section !== '').join('\n\n')}\n`;
}
function linksLine(input) {
    const { runUrl, artifactName, runBranchUrl } = input.links;
    return [
        (0,markdown/* link */.nf)('Workflow run', runUrl),
        `Full reports: artifact **${(0,markdown/* text */.Qq)(artifactName, 200)}**`,
        `Run branch ${(0,markdown/* text */.Qq)(input.run.run_branch_name, 200)}` +
            (runBranchUrl === undefined ? '' : ` (${(0,markdown/* link */.nf)('view', runBranchUrl)})`)
    ].join(' \u00B7 ');
}
function shortenedNote(input, detail) {
    const dropped = [
        !detail.findingRows && (input.findings !== undefined || input.gate !== undefined)
            ? 'finding rows'
            : undefined,
        !detail.fileRows && input.gate !== undefined ? 'changed file rows' : undefined,
        !detail.stages && input.stages.length > 0 ? 'stages' : undefined,
        !detail.diagram ? 'diagrams' : undefined,
        !detail.verificationRows && input.verification !== undefined ? 'verification rows' : undefined,
        !detail.itemRows ? 'item table' : undefined
    ].filter((part) => part !== undefined);
    if (dropped.length === 0)
        return '';
    return (`> **Shortened to fit the job summary limit:** ${dropped.join(', ')} left out. ` +
        `The full reports are in artifact **${(0,markdown/* text */.Qq)(input.links.artifactName, 200)}**.`);
}
function itemsSection(input, rows, detail) {
    const counts = new Map();
    for (const row of rows)
        counts.set(row.standing, (counts.get(row.standing) ?? 0) + 1);
    const tally = [...counts].map(([standing, count]) => `${count} ${(0,markdown/* text */.Qq)(standing)}`).join(', ');
    const heading = `### Items (${rows.length}: ${tally})\n\n${(0,run_sections/* progressText */.l_)(rows)}`;
    if (!detail.itemRows)
        return heading;
    const parts = [
        heading,
        (0,run_sections/* runTable */.cS)(rows, {
            maxRows: MAX_ITEM_ROWS,
            focus: input.itemId,
            rest: `artifact ${input.links.artifactName}`
        })
    ];
    if (detail.diagram)
        parts.push((0,run_sections/* dependencyGraph */.iq)(rows));
    return parts.join('\n\n');
}

// EXTERNAL MODULE: ./src/core/run/layout.ts
var layout = __webpack_require__(88951);
// EXTERNAL MODULE: ./src/core/schemas/normalized-plan.ts
var normalized_plan = __webpack_require__(46591);
// EXTERNAL MODULE: ./src/composition/actions/next-step.ts
var next_step = __webpack_require__(52760);
// EXTERNAL MODULE: ./src/composition/actions/restore.ts
var restore = __webpack_require__(40332);
;// CONCATENATED MODULE: ./src/composition/actions/item-report.ts










/**
 * What a reviewer reads on the run page: the job summary of the item (a bounded digest; the
 * full reports are in the state artifact) and annotations for failed verification commands and
 * findings that point at a file and line.
 */
async function publishItemReport(input) {
    const { ctx, run, state, itemId } = input;
    const item = state.items.find((entry) => entry.item_id === itemId);
    if (item === undefined)
        return;
    const facts = await (0,review_facts/* readRunFacts */.FA)(run, state);
    const reports = facts.items.find((entry) => entry.id === itemId)?.reports ?? {};
    const { verification, findings } = reports;
    const review = await (0,review_facts/* readGateReview */.O5)(run, facts, itemId);
    const repoUrl = `${ctx.serverUrl}/${ctx.repository.owner}/${ctx.repository.repo}`;
    const summaryInput = {
        run: state,
        itemId,
        stages: state.event_log
            .filter((event) => event.item_id === itemId)
            .map((event) => ({ state: event.state, atUtc: event.at_utc, message: event.message })),
        ...(verification === undefined ? {} : { verification }),
        ...(findings === undefined ? {} : { findings }),
        rows: (0,run_sections/* rowsOfRun */.G7)(facts),
        ...(review === undefined
            ? {}
            : {
                gate: {
                    review,
                    links: {
                        // The attempt branch is pushed with the run's refs: GitHub can show the change.
                        compareUrl: `${repoUrl}/compare/${review.base}...${review.checkpoint}`,
                        artifactName: input.artifactName,
                        artifactUrl: `${ctx.runUrl}#artifacts`
                    }
                }
            }),
        links: {
            runUrl: ctx.runUrl,
            artifactName: input.artifactName,
            runBranchUrl: `${repoUrl}/tree/${(0,layout/* runBranchName */.Dv)(run.runId)}`
        },
        next: await (0,next_step/* nextStepOf */.V)({
            ctx,
            run,
            state,
            plan: await readPlan(run),
            record: await (0,restore/* readRunRecord */.lR)(run).catch(() => undefined),
            focus: itemId,
            playbookPath: input.playbookPath,
            gateEnvironment: input.gateEnvironment,
            hop: input.hop,
            ...(input.reviewers === undefined ? {} : { reviewers: input.reviewers }),
            ...(input.pullRequestUrl === undefined ? {} : { pullRequestUrl: input.pullRequestUrl })
        })
    };
    core/* summary */.z.addRaw(renderJobSummary(summaryInput), true);
    if (input.drift !== undefined)
        core/* summary */.z.addRaw(`\n### Playbook changed\n\n${input.drift}\n`, true);
    await core/* summary */.z.write();
    const annotated = annotationsFor({
        ...(verification === undefined ? {} : { verification }),
        ...(findings === undefined ? {} : { findings }),
        playbookPath: input.playbookPath
    });
    issueAnnotations(annotated);
}
/**
 * Annotations as workflow commands. Their text comes from agents' findings: annotationsFor
 * made it one line, and @actions/core escapes what would end a property or the command
 * (`%`, CR, LF; `:` and `,` in properties), so a title or message cannot close early or
 * start another command.
 */
function issueAnnotations(annotations) {
    for (const annotation of annotations) {
        const properties = {
            title: annotation.title,
            ...(annotation.file === undefined ? {} : { file: annotation.file }),
            ...(annotation.startLine === undefined ? {} : { startLine: annotation.startLine })
        };
        if (annotation.level === 'error')
            core/* error */.z3(annotation.message, properties);
        else if (annotation.level === 'warning')
            core/* warning */.$e(annotation.message, properties);
        else
            core/* notice */.lm(annotation.message, properties);
    }
}
/** The run's plan snapshot, or undefined when it cannot be read. */
async function readPlan(run) {
    try {
        const parsed = normalized_plan/* NormalizedPlanSchema */.iQ.safeParse(JSON.parse(await (0,promises_.readFile)(run.normalizedPlanPath, 'utf8')));
        return parsed.success ? parsed.data : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 68768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ openAgentTextRelay)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
// EXTERNAL MODULE: ./src/core/text/one-line.ts
var one_line = __webpack_require__(45770);
;// CONCATENATED MODULE: ./src/core/gha/log-fence.ts

/**
 * Text the actions relay into the job log from the kernel, the supervisor and the agents is
 * data, never workflow commands. The runner reads a command from any line of a step's output
 * (stdout and stderr alike): `::name \u2026::` at the start of a line after white space (U+2028,
 * U+2029 and NEL count as white space there) and the legacy `##[name \u2026]` anywhere in a line;
 * lines end at LF, CR and CRLF. `::stop-commands::TOKEN` makes it ignore every command until a
 * line naming TOKEN (`::TOKEN::` or `##[TOKEN]`, any case), so relayed lines go between the two,
 * with a token drawn fresh for each job and never shown to an agent.
 *
 * Each relayed line is also made one line (a CR inside it would otherwise start a new line for
 * the runner) and loses every occurrence of the token, the only text that could end the fence.
 */
/** At least 128 random bits as lowercase hex: no registered command is named like that. */
const TOKEN_PATTERN = /^[0-9a-f]{32,}$/;
function logFence(token) {
    if (!TOKEN_PATTERN.test(token))
        throw new Error('a log fence token must be at least 32 random lowercase hex digits');
    const occurrences = new RegExp(token, 'gi');
    return {
        open: `::stop-commands::${token}`,
        close: `::${token}::`,
        // The replacement holds characters that are not hex digits, so it cannot join its
        // neighbours into a new occurrence of the token.
        line: (text) => (0,one_line/* oneLine */.T)(text).replace(occurrences, '[log fence token]')
    };
}

;// CONCATENATED MODULE: ./src/composition/actions/job-log.ts



function openAgentTextRelay(write = core/* info */.pq) {
    // Fresh for each job: a token from an earlier log cannot end this fence.
    const fence = logFence((0,external_node_crypto_.randomBytes)(32).toString('hex'));
    let open = false;
    return {
        line(text) {
            if (!open) {
                write(fence.open);
                open = true;
            }
            write(fence.line(text));
        },
        close() {
            if (!open)
                return;
            write(fence.close);
            open = false;
        }
    };
}


/***/ }),

/***/ 52760:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ nextStepOf)
/* harmony export */ });
/* harmony import */ var _core_run_item_focus_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(26955);
/* harmony import */ var _core_run_states_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66915);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_schemas_reports_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88947);





async function nextStepOf(input) {
    const { state } = input;
    const next = (0,_core_run_item_focus_js__WEBPACK_IMPORTED_MODULE_4__/* .nextItem */ .jA)(state);
    const item = input.focus === undefined ? next : state.items.find((entry) => entry.item_id === input.focus);
    const done = next === undefined;
    if (done || item === undefined)
        return {
            kind: 'done',
            runBranch: state.run_branch_name,
            ...(input.pullRequestUrl === undefined ? {} : { pullRequestUrl: input.pullRequestUrl })
        };
    switch (item.terminal_state) {
        case 'awaiting_human_gate':
            return {
                kind: 'gate',
                itemId: item.item_id,
                environment: input.gateEnvironment,
                checkpoint: item.checkpoint_ref ?? '',
                reviewers: input.reviewers ?? [],
                reviewUrl: input.gateRunUrl ?? input.ctx.runUrl
            };
        case 'blocked_external': {
            const planned = input.plan?.items.find((entry) => entry.item_id === item.item_id);
            const evidenceDir = `evidence/${state.run_id}/${item.item_id}`;
            return {
                kind: 'evidence',
                itemId: item.item_id,
                needed: planned?.external_check.dependencies ?? [],
                evidenceDir,
                dispatch: {
                    workflow: workflowFile(input.record),
                    ref: input.record?.ref ?? 'main',
                    inputs: [
                        ['playbook', input.playbookPath],
                        ['run-id', state.run_id],
                        ['state-run-id', String(input.ctx.runId)],
                        ['hop', String(input.hop + 1)],
                        ['evidence-path', evidenceDir]
                    ]
                }
            };
        }
        case 'escalated':
            return {
                kind: 'escalated',
                itemId: item.item_id,
                reasons: await escalationReasons(input.run, item)
            };
        default:
            return input.focus === undefined
                ? { kind: 'run-item', itemId: item.item_id, why: why(item) }
                : { kind: 'continue' };
    }
}
/** The caller's workflow file as `gh workflow run` names it (its file name). */
function workflowFile(record) {
    const path = record?.workflow_path ?? 'plan-orchestrator.yml';
    return path.split('@')[0]?.split('/').at(-1) ?? path;
}
function why(item) {
    return (0,_core_run_states_js__WEBPACK_IMPORTED_MODULE_0__/* .notStarted */ .DY)(item)
        ? 'the next item in plan order'
        : `it did not finish (${item.state}, attempt ${item.attempt_number}); it resumes`;
}
async function escalationReasons(run, item) {
    const fallback = [item.terminal_summary ?? 'escalated'];
    const path = item.latest_paths.escalation_manifest_path;
    if (path === null)
        return fallback;
    try {
        const parsed = _core_schemas_reports_js__WEBPACK_IMPORTED_MODULE_3__/* .EscalationManifestSchema */ .wg.safeParse(JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(run.repoRoot, path), 'utf8')));
        return parsed.success ? parsed.data.blocking_reasons : fallback;
    }
    catch {
        return fallback;
    }
}


/***/ }),

/***/ 5054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ playbookDriftNote)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/adapters/playbook-file.ts
var playbook_file = __webpack_require__(84668);
// EXTERNAL MODULE: ./src/core/gha/summary/markdown.ts
var markdown = __webpack_require__(23748);
;// CONCATENATED MODULE: ./src/core/gha/playbook-drift.ts
function comparable(item) {
    const { source_row: row, ...rest } = item;
    return JSON.stringify({ ...rest, row: row.raw_row_markdown, section: row.section_title });
}
function playbookDrift(snapshot, current) {
    const before = new Map(snapshot.items.map((item) => [item.item_id, item]));
    const after = new Map(current.items.map((item) => [item.item_id, item]));
    const changed = [];
    for (const [id, item] of after) {
        const old = before.get(id);
        if (old !== undefined && comparable(old) !== comparable(item))
            changed.push(id);
    }
    return {
        added: [...after.keys()].filter((id) => !before.has(id)),
        removed: [...before.keys()].filter((id) => !after.has(id)),
        changed
    };
}
function hasDrift(drift) {
    return drift.added.length + drift.removed.length + drift.changed.length > 0;
}
/** One markdown paragraph for a job summary. */
function describeDrift(drift, playbookPath) {
    const parts = [
        drift.changed.length > 0 ? `changed: ${drift.changed.join(', ')}` : '',
        drift.added.length > 0 ? `added: ${drift.added.join(', ')}` : '',
        drift.removed.length > 0 ? `removed: ${drift.removed.join(', ')}` : ''
    ].filter((part) => part !== '');
    return (`The playbook ${playbookPath} at this ref differs from the run's snapshot (items ${parts.join('; ')}). ` +
        'The run keeps its snapshot: these changes do not run in it. Start a new run to use them.');
}

// EXTERNAL MODULE: ./src/core/playbook/normalize.ts + 8 modules
var normalize = __webpack_require__(83199);
// EXTERNAL MODULE: ./src/core/schemas/normalized-plan.ts
var normalized_plan = __webpack_require__(46591);
;// CONCATENATED MODULE: ./src/composition/actions/playbook-drift-note.ts






/**
 * The summary paragraph for a playbook that changed since the run took its snapshot, or
 * undefined when it did not (or cannot be compared). The run keeps its snapshot either way.
 */
async function playbookDriftNote(run, playbookFile, playbookPath) {
    const snapshotText = await (0,promises_.readFile)(run.normalizedPlanPath, 'utf8').catch(() => undefined);
    if (snapshotText === undefined)
        return undefined;
    const snapshot = normalized_plan/* NormalizedPlanSchema */.iQ.safeParse(JSON.parse(snapshotText));
    if (!snapshot.success)
        return undefined;
    const source = await (0,playbook_file/* readPlaybookSource */.Fx)(playbookFile).catch(() => undefined);
    if (source === undefined)
        return (0,markdown/* escapeMarkdownText */.m4)(`The playbook ${playbookPath} is not at this ref any more; the run keeps its snapshot.`);
    if (source.sha256 === snapshot.data.plan_source.sha256)
        return undefined;
    const normalized = (0,normalize/* normalizePlaybook */.T)(source);
    if (!normalized.ok)
        return (0,markdown/* escapeMarkdownText */.m4)(`The playbook ${playbookPath} at this ref differs from the run's snapshot and is not valid; the run keeps its snapshot.`);
    const drift = playbookDrift(snapshot.data, normalized.plan);
    if (!hasDrift(drift))
        return undefined;
    return (0,markdown/* escapeMarkdownText */.m4)(describeDrift(drift, playbookPath));
}


/***/ }),

/***/ 23667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YE: () => (/* binding */ renderNextStep)
/* harmony export */ });
/* unused harmony exports shellWord, ghWorkflowRun */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23748);

const SAFE_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;
/** One shell word: as it is when nothing in it is special, else single-quoted. */
function shellWord(value) {
    if (value !== '' && SAFE_WORD.test(value))
        return value;
    return `'${value.replace(/'/g, `'\\''`)}'`;
}
function ghWorkflowRun(dispatch) {
    return [
        'gh workflow run',
        shellWord(dispatch.workflow),
        '--ref',
        shellWord(dispatch.ref),
        ...dispatch.inputs.map(([name, value]) => `-f ${shellWord(`${name}=${value}`)}`)
    ].join(' ');
}
/**
 * A command to copy, in a code block when it is plain printable text; anything else (markup a
 * page should never carry, even inside a fence) is shown escaped inline instead.
 */
function commandBlock(command) {
    return /^[\x20-\x7e]*$/.test(command) && !/[<>&]/.test(command)
        ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeBlock */ .DV)([command])
        : `Command: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(command, 2000)}`;
}
function renderNextStep(next) {
    switch (next.kind) {
        case 'gate':
            return [
                '### Next: human approval',
                `Item ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(next.itemId, 100)} waits for a reviewer${next.reviewers.length === 0
                    ? ` of environment **${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(next.environment, 200)}**`
                    : `: one of ${next.reviewers.map((reviewer) => `**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(reviewer, 100)}**`).join(', ')} (the required reviewers of environment **${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(next.environment, 200)}**)`}. Open the ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .link */ .nf)('workflow run', next.reviewUrl)}, choose **Review deployments**, and approve or reject environment **${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(next.environment, 200)}**.`,
                `The approval applies to the reviewed checkpoint ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .commitText */ .tT)(next.checkpoint)} only. ` +
                    'It must come from someone other than the person who started the playbook run.'
            ].join('\n\n');
        case 'evidence':
            return [
                '### Next: external evidence',
                `Item ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(next.itemId, 100)} is blocked until the following evidence is supplied:`,
                (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .bulletList */ .fF)(next.needed),
                `Commit it to the directory ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(next.evidenceDir, 300)} of the branch ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(next.dispatch.ref, 200)}, then start the next hop:`,
                commandBlock(ghWorkflowRun(next.dispatch))
            ].join('\n\n');
        case 'run-item':
            return `### Next: item ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(next.itemId, 100)}\n\nThis hop runs item ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(next.itemId, 100)} (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(next.why, 300)}).`;
        case 'continue':
            return '### Next: continue\n\nThe next hop continues the run with the next item.';
        case 'escalated':
            return [
                '### Next: escalated',
                `Item ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(next.itemId, 100)} escalated. The run stops here until a human resolves:`,
                (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .bulletList */ .fF)(next.reasons)
            ].join('\n\n');
        case 'done':
            return [
                '### Next: done',
                `Every item of the playbook passed. The run branch ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(next.runBranch, 200)} holds the result` +
                    (next.pullRequestUrl === undefined
                        ? '.'
                        : `; review and merge it in the ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .link */ .nf)('pull request', next.pullRequestUrl)}.`)
            ].join('\n\n');
    }
}


/***/ })

};
