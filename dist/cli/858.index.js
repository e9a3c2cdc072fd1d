export const id = 858;
export const ids = [858];
export const modules = {

/***/ 1472:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readRunFacts = readRunFacts;
exports.readProvenanceLines = readProvenanceLines;
exports.readGateReview = readGateReview;
exports.changedFiles = changedFiles;
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const facts_js_1 = __webpack_require__(3259);
const gate_review_js_1 = __webpack_require__(1058);
const layout_js_1 = __webpack_require__(8951);
const gha_js_1 = __webpack_require__(9054);
const normalized_plan_js_1 = __webpack_require__(6591);
const pr_lines_js_1 = __webpack_require__(6703);
const provenance_js_1 = __webpack_require__(5377);
const reports_js_1 = __webpack_require__(8947);
const git_runner_js_1 = __webpack_require__(3338);
const run_store_js_1 = __webpack_require__(6525);
const usage_summary_js_1 = __webpack_require__(6276);
/**
 * Reads what the review pages are made of from a run's saved files: its state and plan, each
 * item's latest reports and gate records, its usage, and, from git, the files a checkpoint
 * changed. Every report is read through its schema; one that is missing or does not parse is
 * left out (the page says so), never half-believed.
 */
async function readRunFacts(run, state) {
    const loaded = state ?? (await (0, run_store_js_1.loadRunState)(run));
    const plan = await readJson(normalized_plan_js_1.NormalizedPlanSchema, run.normalizedPlanPath);
    const reports = {};
    for (const item of loaded.items)
        reports[item.item_id] = await readItemReports(run, item);
    return (0, facts_js_1.runFacts)({ state: loaded, plan, usage: await (0, usage_summary_js_1.readRunUsage)(run), reports });
}
/**
 * One line per commit of the passed items, from their provenance statements (docs/provenance.md),
 * for the pull request body. A statement that is missing or does not parse leaves its item out;
 * `verify` is what checks them. Each line names its statement's path in the run's files.
 */
async function readProvenanceLines(run, state) {
    const statements = [];
    for (const item of state.items) {
        if (item.terminal_state !== 'passed')
            continue;
        const path = (0, node_path_1.join)((0, layout_js_1.attemptLayout)(run, item.item_id, item.attempt_number).controlDir, provenance_js_1.STATEMENT_FILE);
        const statement = await readJson(provenance_js_1.ProvenanceStatementSchema, path);
        if (statement !== undefined)
            statements.push({ path: (0, layout_js_1.repoRelative)(run.repoRoot, path), statement });
    }
    return (0, pr_lines_js_1.commitProvenance)(statements);
}
/** The gate review of an item that awaits its gate (undefined for any other item). */
async function readGateReview(run, facts, itemId) {
    const item = facts.items.find((entry) => entry.id === itemId);
    if (item?.run.terminal_state !== 'awaiting_human_gate')
        return undefined;
    const checkpoint = item.reports.gate?.related_refs.checkpoint_ref ?? item.run.checkpoint_ref;
    const base = item.run.base_ref ?? facts.state.run_branch_head;
    return (0, gate_review_js_1.gateReview)({
        run: facts,
        item,
        changedFiles: checkpoint === null ? null : await changedFiles(run.repoRoot, base, checkpoint),
        patchPath: await reviewedPatch(run, item.run)
    });
}
/** The files `checkpoint` changed since `base`, with lines added and deleted (git numstat). */
async function changedFiles(repoRoot, base, checkpoint) {
    const result = await (0, git_runner_js_1.runGitForExitCode)(repoRoot, [
        'diff',
        '--numstat',
        '-z',
        '--no-renames',
        '--no-ext-diff',
        '--no-textconv',
        base,
        checkpoint,
        '--'
    ], [128]).catch(() => undefined);
    if (result === undefined || result.exitCode !== 0)
        return null;
    return result.stdout
        .split('\0')
        .filter((entry) => entry !== '')
        .map((entry) => {
        const [added = '-', deleted = '-', ...rest] = entry.split('\t');
        return {
            path: rest.join('\t'),
            added: added === '-' ? null : Number(added),
            deleted: deleted === '-' ? null : Number(deleted)
        };
    });
}
/** The review cycle of the item's latest verification (`execute.round-0`, `fix.round-1`, \u2026). */
function latestCycle(item) {
    const path = item.latest_paths.verification_report_path;
    return path === null ? undefined : /verification_report\.(.+)\.json$/.exec(path)?.[1];
}
/** The candidate patch of the item's latest review cycle (`candidate.<cycle>.patch`). */
async function reviewedPatch(run, item) {
    const dir = (0, layout_js_1.attemptLayout)(run, item.item_id, item.attempt_number).controlDir;
    const cycle = latestCycle(item);
    const names = await (0, promises_1.readdir)(dir).catch(() => []);
    const name = cycle !== undefined && names.includes(`candidate.${cycle}.patch`)
        ? `candidate.${cycle}.patch`
        : await newestNamed(dir, 'candidate.', '.patch');
    return name === undefined ? null : (0, layout_js_1.repoRelative)(run.repoRoot, (0, node_path_1.join)(dir, name));
}
async function readItemReports(run, item) {
    const at = (path) => path === null ? undefined : (0, node_path_1.resolve)(run.repoRoot, path);
    const attemptDir = (0, layout_js_1.attemptLayout)(run, item.item_id, item.attempt_number).controlDir;
    const cycle = latestCycle(item);
    const names = await (0, promises_1.readdir)(attemptDir).catch(() => []);
    const findingsName = cycle !== undefined && names.includes(`merged_findings_packet.${cycle}.json`)
        ? `merged_findings_packet.${cycle}.json`
        : await newestNamed(attemptDir, 'merged_findings_packet.', '.json');
    const gatePath = at(item.latest_paths.manual_gate_path);
    const githubGate = gatePath === undefined
        ? undefined
        : await readJson(gha_js_1.GhaGateRecordSchema, (0, node_path_1.join)((0, node_path_1.dirname)(gatePath), gha_js_1.GHA_GATE_FILE));
    const reports = {
        verification: await readJson(reports_js_1.VerificationReportSchema, at(item.latest_paths.verification_report_path)),
        findings: await readJson(reports_js_1.MergedFindingsPacketSchema, findingsName === undefined ? undefined : (0, node_path_1.join)(attemptDir, findingsName)),
        codexAudit: await readJson(reports_js_1.AuditReportSchema, at(item.latest_paths.codex_audit_report_path)),
        claudeAudit: await readJson(reports_js_1.AuditReportSchema, at(item.latest_paths.claude_audit_report_path)),
        gate: await readJson(reports_js_1.ManualGateRecordSchema, gatePath),
        githubGate
    };
    return Object.fromEntries(Object.entries(reports).filter(([, value]) => value !== undefined));
}
/** `<prefix><k><suffix>` with the highest round or cycle number k (`\u2026round-3.json`). */
async function newestNamed(dir, prefix, suffix) {
    const names = await (0, promises_1.readdir)(dir).catch(() => []);
    const rank = (name) => (name.match(/\d+/g) ?? []).map(Number);
    return names
        .filter((name) => name.startsWith(prefix) && name.endsWith(suffix))
        .sort((a, b) => compareRanks(rank(a), rank(b)) || (a < b ? -1 : a > b ? 1 : 0))
        .at(-1);
}
function compareRanks(a, b) {
    for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
        const diff = (a[index] ?? -1) - (b[index] ?? -1);
        if (diff !== 0)
            return diff;
    }
    return 0;
}
async function readJson(schema, path) {
    if (path === undefined)
        return undefined;
    try {
        const parsed = schema.safeParse(JSON.parse(await (0, promises_1.readFile)(path, 'utf8')));
        return parsed.success ? parsed.data : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 6276:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readRunUsage = readRunUsage;
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const zod_1 = __webpack_require__(924);
const usage_js_1 = __webpack_require__(7131);
/**
 * The hook through which the summaries, the pull request body and `status` read what a run
 * cost: `usage.json` in the run's control directory (schema `plan_orchestrator.usage_summary.v1`,
 * written by the agent adapters after every call, issue #15 part 1). Read leniently and only for
 * the totals shown here (a looser schema than the writer's, on purpose): a run without the file, or with one that does not parse, is "cost
 * unknown" on every page, never $0, and never an error.
 */
const TotalsSchema = zod_1.z.looseObject({
    calls: zod_1.z.number().int().min(0),
    total_tokens: zod_1.z.number().min(0),
    calls_without_usage: zod_1.z.number().int().min(0),
    cost_usd: zod_1.z.number().min(0).nullable()
});
const UsageSummarySchema = zod_1.z.looseObject({
    schema_version: zod_1.z.literal(usage_js_1.USAGE_SUMMARY_VERSION),
    run: TotalsSchema,
    items: zod_1.z.array(zod_1.z.looseObject({ item_id: zod_1.z.string(), totals: TotalsSchema }))
});
function figures(totals) {
    // No call reported tokens: the total is unknown, not 0.
    const unknownTokens = totals.calls > 0 && totals.calls_without_usage === totals.calls;
    return {
        tokens: unknownTokens ? null : totals.total_tokens,
        costUsd: totals.cost_usd,
        calls: totals.calls
    };
}
async function readRunUsage(run) {
    const text = await (0, promises_1.readFile)((0, node_path_1.join)(run.controlDir, usage_js_1.USAGE_FILE), 'utf8').catch(() => undefined);
    if (text === undefined)
        return undefined;
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    const parsed = UsageSummarySchema.safeParse(json);
    if (!parsed.success)
        return undefined;
    return {
        run: figures(parsed.data.run),
        items: Object.fromEntries(parsed.data.items.map((item) => [item.item_id, figures(item.totals)]))
    };
}


/***/ }),

/***/ 2477:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.gateReviewOf = gateReviewOf;
exports.printGateHint = printGateHint;
const review_facts_js_1 = __webpack_require__(1472);
const gate_review_text_js_1 = __webpack_require__(9488);
const layout_js_1 = __webpack_require__(8951);
const repo_root_js_1 = __webpack_require__(6981);
/**
 * The gate review of the run's item that awaits its gate, as `status` and the hint after `run`
 * and `resume` show it: the same facts as the GitHub gate summary (why, evidence, changed
 * files, verification, audits, cost, the decision and its command). Undefined when no item
 * awaits a gate, or the run cannot be read (status says why elsewhere).
 */
async function gateReviewOf(repoRoot, runId) {
    try {
        const run = (0, layout_js_1.runLayout)(repoRoot, runId);
        const facts = await (0, review_facts_js_1.readRunFacts)(run);
        const gated = facts.items.find((item) => item.run.terminal_state === 'awaiting_human_gate');
        return gated === undefined ? undefined : await (0, review_facts_js_1.readGateReview)(run, facts, gated.id);
    }
    catch {
        return undefined;
    }
}
/** After `run` or `resume` stopped at a gate: what to review and the command that decides it. */
async function printGateHint(io, result, quiet) {
    if (quiet || result.last_terminal_state !== 'awaiting_human_gate')
        return;
    const review = await gateReviewOf(await (0, repo_root_js_1.resolveRepoRoot)(io.cwd), result.run_id);
    if (review === undefined)
        return;
    io.stderr(`\n${(0, gate_review_text_js_1.renderGateReviewText)(review).join('\n')}\n`);
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


/***/ })

};

//# sourceMappingURL=858.index.js.map