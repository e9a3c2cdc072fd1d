export const id = 472;
export const ids = [472];
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

/***/ 1058:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.gateReview = gateReview;
exports.decideCommand = decideCommand;
exports.diffTotals = diffTotals;
const ordering_js_1 = __webpack_require__(6452);
const facts_js_1 = __webpack_require__(3259);
function gateReview(input) {
    const { run, item } = input;
    const gate = item.reports.gate;
    const checkpoint = gate?.related_refs.checkpoint_ref ?? item.run.checkpoint_ref;
    if (checkpoint === null || checkpoint === undefined)
        return undefined;
    const base = item.run.base_ref ?? run.state.run_branch_head;
    const runBranch = run.state.run_branch_name;
    const verification = item.reports.verification;
    return {
        runId: run.state.run_id,
        itemId: item.id,
        title: item.title,
        attempt: item.run.attempt_number,
        gateType: gate?.gate_type ?? item.plan?.manual_gate.gate_type ?? 'approval',
        reason: gate?.requested_reason ??
            (item.plan === undefined
                ? 'the playbook asks for a human sign-off'
                : item.plan.manual_gate.gate_reason || item.plan.exit_criteria),
        requiredEvidence: gate?.required_evidence ?? item.plan?.manual_gate.required_evidence ?? [],
        checkpoint,
        base,
        runBranch,
        attemptBranch: gate?.related_refs.branch_name ?? item.run.branch_name,
        changedFiles: input.changedFiles,
        patchPath: input.patchPath,
        verification: verification === undefined
            ? null
            : {
                result: verification.overall_result,
                summary: verification.summary,
                commands: verification.command_results.map((result) => ({
                    label: result.label,
                    command: result.command,
                    exitCode: result.exit_code,
                    status: result.status,
                    timedOut: result.failure_kind === 'timeout',
                    required: result.required
                }))
            },
        audits: [
            auditView('codex', item.reports.codexAudit, item.reports.findings?.codex_audit_summary),
            auditView('claude', item.reports.claudeAudit, item.reports.findings?.claude_audit_summary)
        ],
        mergedFindings: (0, ordering_js_1.sortFindings)(gate?.review_findings ?? item.reports.findings?.merged_findings ?? []),
        usage: item.usage,
        decision: `Approve or reject checkpoint ${checkpoint.slice(0, 12)} of item ${item.id} (attempt ${item.run.attempt_number}). ` +
            `Approving fast-forwards the run branch ${runBranch} from ${base.slice(0, 12)} to it, and the run goes on; ` +
            'rejecting escalates the item and leaves the run branch where it is. The decision holds for this checkpoint only.',
        decideCommand: decideCommand(run.state.run_id, item.id, checkpoint)
    };
}
/** The one way the CLI records a gate decision: always bound to the reviewed checkpoint. */
function decideCommand(runId, itemId, checkpoint) {
    return `plan-orchestrator mark-manual-gate --run-id ${runId} --item ${itemId} --decision approved|rejected --by NAME --note TEXT --checkpoint ${checkpoint}`;
}
const SEVERITY_RANK = {
    critical: 0,
    high: 1,
    medium: 2,
    low: 3,
    info: 4
};
function auditView(lane, report, merged) {
    if (report !== undefined)
        return {
            lane,
            verdict: report.overall_verdict,
            summary: report.summary,
            findings: report.findings
                .map((finding) => ({
                severity: finding.severity,
                location: finding.file_paths[0] ?? null,
                message: finding.title,
                blocking: finding.is_blocking
            }))
                .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])
        };
    return {
        lane,
        verdict: merged?.overall_verdict ?? null,
        summary: merged?.summary ?? 'no audit report',
        findings: []
    };
}
/** Lines added and deleted over all changed files (binary files count as 0). */
function diffTotals(files) {
    return files.reduce((total, file) => ({
        added: total.added + (file.added ?? 0),
        deleted: total.deleted + (file.deleted ?? 0)
    }), { added: 0, deleted: 0 });
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


/***/ })

};

//# sourceMappingURL=472.index.js.map