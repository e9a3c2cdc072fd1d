export const id = 922;
export const ids = [922,982];
export const modules = {

/***/ 36982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PullRequestModeSchema: () => (/* binding */ PullRequestModeSchema),
/* harmony export */   readInputs: () => (/* binding */ readInputs),
/* harmony export */   repoPath: () => (/* binding */ repoPath)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92857);

/**
 * An action's inputs. Everything here runs before the step's first log line, so it loads zod
 * and nothing else: @actions/core's entry loads its OIDC client and with it undici (0.9 MB),
 * which costs more start-up time than the whole input check (see step-failure.ts).
 */
/** A path inside the checked-out repository: relative, and never climbing out of it. */
const repoPath = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .min(1)
    .refine((path) => !path.startsWith('/') && !path.split(/[\\/]/).includes('..'), {
    message: 'must be a path inside the repository (relative, no ..)'
});
const PullRequestModeSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['none', 'draft', 'ready']);
/** As `core.getInput(name)`: the runner passes input `name` as `INPUT_<NAME>`, trimmed here. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}
/** Validated with zod, kebab-case names as in action.yml; a bad input names itself. */
function readInputs(schema) {
    const raw = {};
    for (const name of Object.keys(schema.shape))
        raw[name] = getInput(name);
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
        const problems = parsed.error.issues.map((issue) => `input ${issue.path.join('.')}: ${issue.message}`);
        throw new Error(problems.join('; '));
    }
    return parsed.data;
}


/***/ }),

/***/ 45340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ publishStatement)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91659);
/* harmony import */ var _adapters_run_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(36525);
/* harmony import */ var _core_provenance_statement_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24138);
/* harmony import */ var _core_schemas_provenance_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(35377);
/* harmony import */ var _kernel_provenance_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(25913);







/**
 * A passed item's provenance statement on GitHub (docs/provenance.md). The kernel wrote it
 * when the item passed; the job writes it again once GitHub's facts are on record (the item
 * job's link in the chain, GitHub's approval record), before the state is uploaded, so the
 * statement names the jobs that produced and approved the checkpoint. The outputs feed the
 * reusable workflow's `attest` job: actions/attest signs the predicate for the item's patch.
 */
async function publishStatement(run, itemId) {
    const state = await (0,_adapters_run_store_js__WEBPACK_IMPORTED_MODULE_3__/* .loadRunState */ .fQ)(run);
    const item = state.items.find((entry) => entry.item_id === itemId);
    if (item?.terminal_state !== 'passed')
        return;
    try {
        const path = await (0,_kernel_provenance_js__WEBPACK_IMPORTED_MODULE_6__/* .writeItemStatement */ .gd)(run, state, itemId);
        const statement = _core_schemas_provenance_js__WEBPACK_IMPORTED_MODULE_5__/* .ProvenanceStatementSchema */ ._4.parse(JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8')));
        const patch = statement.subject.find((subject) => 'sha256' in subject.digest);
        if (patch === undefined || !('sha256' in patch.digest))
            return;
        _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH('provenance-statement', (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(run.repoRoot, path));
        _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH('provenance-subject-name', patch.name);
        _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH('provenance-subject-digest', `sha256:${patch.digest.sha256}`);
        _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH('provenance-predicate-type', statement.predicateType);
        _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH('provenance-predicate', (0,_core_provenance_statement_js__WEBPACK_IMPORTED_MODULE_4__/* .canonicalJson */ .dj)(statement.predicate));
    }
    catch (error) {
        // The pass stands; `verify` names the item whose statement is missing or stale.
        _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e(`the provenance statement of item ${itemId} could not be written: ${error instanceof Error ? error.message : String(error)}`);
    }
}


/***/ }),

/***/ 76208:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VW: () => (/* binding */ handOff),
  rB: () => (/* binding */ pullRequestApi)
});

// UNUSED EXPORTS: PullRequestModeSchema, syncPullRequest

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
        trailer: `\n\n… cut to fit the pull request body; ${restText(input)}.\n`
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
        `${(0,run_sections/* progressText */.l_)(rows)} · total: ${(0,markdown/* text */.Qq)((0,core_review_facts/* formatCost */.BD)(facts.usage))} (${(0,markdown/* text */.Qq)((0,core_review_facts/* formatTokens */._y)(facts.usage))})`,
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
                ? '—'
                : `${(0,markdown/* cell */.Hn)(verification.overall_result)} (${verification.command_results.length} commands${failed.length > 0 ? `, ${failed.length} failed` : ''})`,
            packet === undefined
                ? '—'
                : (0,markdown/* cell */.Hn)(packet.codex_audit_summary.overall_verdict ?? packet.codex_audit_summary.status),
            packet === undefined
                ? '—'
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
    return `---\n\n<sub>${parts.join(' · ')}</sub>`;
}

// EXTERNAL MODULE: ./src/actions/github.ts
var github = __webpack_require__(27136);
// EXTERNAL MODULE: ./src/actions/inputs.ts
var inputs = __webpack_require__(36982);
;// CONCATENATED MODULE: ./src/actions/pull-request.ts





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

/***/ 31241:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mo: () => (/* binding */ parseScenario)
/* harmony export */ });
/* unused harmony exports SCENARIO_LANES, REPORT_FAULTS, PROCESS_FAULTS, CODEX_USAGE_FIELDS, CLAUDE_USAGE_FIELDS, ScenarioUsageSchema, ScenarioStepSchema, ScenarioScriptSchema, ScenarioSchema, loadScenarioFile, selectScript, roundOf, substitutePlaceholders */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92857);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88532);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);




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
const SCENARIO_LANES = [
    'execute',
    'fix',
    'remediation',
    'audit_codex',
    'audit_claude',
    'triage'
];
function isInsideWorktree(path) {
    const normal = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.normalize(path);
    return path !== '' && !node_path__WEBPACK_IMPORTED_MODULE_1__.posix.isAbsolute(path) && normal !== '..' && !normal.startsWith('../');
}
const FileWrites = zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable()).superRefine((writes, ctx) => {
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
const tokenCount = zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().min(0).optional();
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
const ScenarioUsageSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    input_tokens: tokenCount,
    cached_input_tokens: tokenCount,
    cache_write_input_tokens: tokenCount,
    output_tokens: tokenCount,
    reasoning_output_tokens: tokenCount,
    cache_read_input_tokens: tokenCount,
    cache_creation_input_tokens: tokenCount,
    total_cost_usd: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).optional(),
    num_turns: zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().min(0).optional(),
    model: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional(),
    effort: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional()
});
const STEP_SHAPES = {
    write: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ write: FileWrites }),
    write_bytes: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        write_bytes: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().refine(isInsideWorktree, 'must be a relative path inside the worktree'), zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().min(0))
    }),
    /** Symlinks: path → link text. Targets are not checked: tests need bad ones. Scripted only. */
    symlink: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        symlink: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().refine(isInsideWorktree, 'must be a relative path inside the worktree'), zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1))
    }),
    /** The agent commits everything itself, which the orchestrator must refuse. Scripted only. */
    commit: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ commit: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1) }),
    /** A shell command run as the agent's own child process. Scripted and the fake CLIs. */
    run: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ run: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1) }),
    report: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ report: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J()) }),
    report_fields: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ report_fields: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J()) }),
    raw_report: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ raw_report: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP() }),
    fault: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ fault: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n([...REPORT_FAULTS, ...PROCESS_FAULTS]) }),
    sleep_ms: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ sleep_ms: zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().min(0) }),
    stdout_bytes: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ stdout_bytes: zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().min(0) }),
    exit_code: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ exit_code: zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().min(1).max(255), stderr: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional() }),
    /** What the CLI reports the call used (see above). */
    usage: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({ usage: ScenarioUsageSchema }),
    agent_error: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
        agent_error: zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
            message: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
            /** claude's envelope subtype, e.g. `error_max_turns`; default `success` (as "Not logged in"). */
            subtype: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional()
        })
    })
};
const STEP_KINDS = Object.keys(STEP_SHAPES);
/**
 * A step is picked by its key before it is checked, so an error names what is wrong with
 * that step instead of listing every shape a step could have.
 */
const ScenarioStepSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J().transform((value, ctx) => {
    const kind = typeof value === 'object' && value !== null ? STEP_KINDS.find((key) => key in value) : undefined;
    if (kind === undefined) {
        ctx.addIssue({ code: 'custom', message: `a step needs one of: ${STEP_KINDS.join(', ')}` });
        return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
    }
    const parsed = STEP_SHAPES[kind].safeParse(value);
    if (!parsed.success) {
        for (const issue of parsed.error.issues) {
            ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
        }
        return zod__WEBPACK_IMPORTED_MODULE_3__/* .NEVER */ .tm;
    }
    return parsed.data;
});
const ScenarioScriptSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    lane: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(SCENARIO_LANES),
    item_id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional(),
    attempt: zod__WEBPACK_IMPORTED_MODULE_2__/* .int */ .Whr().min(1).optional(),
    cycle: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).optional(),
    /** Fake claude only: `auto` mirrors the CLI dropping structured output for a 2020-12 schema. */
    structured_output: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['auto', 'present', 'omit']).optional(),
    steps: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(ScenarioStepSchema)
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
const ScenarioSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    version: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(1),
    scripts: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(ScenarioScriptSchema)
});
function parseScenario(value, source = 'scenario') {
    const parsed = ScenarioSchema.safeParse(value);
    if (!parsed.success) {
        // One line, like every other refusal: each problem with where it is in the file.
        const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(top level)'}: ${issue.message}`);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserInputError */ .m2(`${source}: invalid scenario: ${problems.join('; ')}`);
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
/** `fix.round-2` → 2; `execute.round-0` → 0. */
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

/***/ 35370:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   By: () => (/* binding */ lockExclusively),
/* harmony export */   LP: () => (/* binding */ LOCK_STALE_MS),
/* harmony export */   d8: () => (/* binding */ isLockHeld)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var proper_lockfile__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83648);
/* harmony import */ var proper_lockfile__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(proper_lockfile__WEBPACK_IMPORTED_MODULE_1__);


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
        takeover = await proper_lockfile__WEBPACK_IMPORTED_MODULE_1___default().lock(`${spec.lockPath}.takeover`, {
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
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(spec.lockPath, { recursive: true, force: true });
            await spec.clearHolder();
        }
        let release;
        try {
            release = await proper_lockfile__WEBPACK_IMPORTED_MODULE_1___default().lock(spec.target, {
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
    return proper_lockfile__WEBPACK_IMPORTED_MODULE_1___default().check(target, { lockfilePath: lockPath, realpath: false, stale: LOCK_STALE_MS })
        .catch(() => false);
}


/***/ }),

/***/ 44112:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* binding */ createGitPort)
});

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
 * Deleted files do not count: removing instructions steers nothing.
 */
async function unreviewedAgentConfig(worktree) {
    const top = [...AGENT_INSTRUCTION_FILES, ...AGENT_CONFIG_DIRS].map((name) => `:(top,literal)${name}`);
    const nested = AGENT_INSTRUCTION_FILES.map((name) => `:(top,glob)**/${name}`);
    const status = ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames'];
    const [atTop, below] = await Promise.all([
        (0,git_runner/* runGit */.EO)(worktree, [...status, '--ignored=traditional', '--', ...top]),
        (0,git_runner/* runGit */.EO)(worktree, [...status, '--', ...nested])
    ]);
    const paths = new Set();
    for (const record of [...(0,z_output/* parseNulList */.XM)(atTop), ...(0,z_output/* parseNulList */.XM)(below)]) {
        const code = record.slice(0, 2);
        if (code.includes('D'))
            continue;
        paths.add(record.slice(3));
    }
    return [...paths].sort();
}

// EXTERNAL MODULE: ./src/adapters/git/index.ts + 3 modules
var git = __webpack_require__(9778);
;// CONCATENATED MODULE: ./src/adapters/git-port.ts


/**
 * The kernel's view of git, over the git adapter. It also remembers, per worktree, the
 * snapshot of git metadata taken when the worktree was made, so every checkpoint can
 * tell whether an agent wrote into `.git`.
 */
function createGitPort() {
    const baselines = new Map();
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
            const after = await (0,git/* postCheckpointViolations */.Lf)(input.worktree, result.headSha, baseline);
            if (after.length > 0)
                return { ok: false, violations: after };
            return {
                ok: true,
                sha: result.headSha,
                committed: result.status === 'committed',
                changes: []
            };
        },
        authorityViolations: (worktree, sha) => (0,git/* postCheckpointViolations */.Lf)(worktree, sha, baselines.get(worktree)),
        committedChanges: git/* listCommittedChanges */.KV,
        diff: git/* readPatch */.Hx,
        unreviewedAgentConfig: unreviewedAgentConfig,
        async fastForward(root, branch, target, expectedOld) {
            await (0,git/* fastForward */.AF)({ repoRoot: root, branch, targetSha: target, expectedOldSha: expectedOld });
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
        stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(path);
    }
    catch {
        return;
    }
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

/***/ 9778:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Sg: () => (/* reexport */ worktree_addAttemptWorktree),
  xi: () => (/* reexport */ repository/* branchSha */.xi),
  Fn: () => (/* reexport */ checkpoint_checkpoint),
  Sd: () => (/* reexport */ repository/* createRunBranch */.Sd),
  AF: () => (/* reexport */ repository/* fastForward */.AF),
  xF: () => (/* reexport */ repository/* headSha */.xF),
  D_: () => (/* reexport */ repository/* identity */.D_),
  e0: () => (/* reexport */ repository/* isCleanTracked */.e0),
  kB: () => (/* reexport */ repository/* isPathIgnored */.kB),
  KV: () => (/* reexport */ changes_listCommittedChanges),
  Lf: () => (/* reexport */ checkpoint_postCheckpointViolations),
  Hx: () => (/* reexport */ changes_readPatch),
  jv: () => (/* reexport */ repository/* repoRoot */.jv),
  Fl: () => (/* reexport */ repository/* tryResolveCommit */.Fl)
});

// UNUSED EXPORTS: GitAdapter, GitAdapterError, assertBranchName, checkCommittedScope, checkpointMessage, createRefreshBranch, detectAgentCommits, gitMetadataViolations, hardenedGitEnv, isAncestor, listChanges, listHiddenIndexEntries, listStagedChanges, listTrackedPaths, listUncommittedChanges, locateGitDirs, oneLine, resolveCommit, snapshotGitMetadata

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/scope.ts
var core_scope = __webpack_require__(23203);
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
/** Changes committed between two commits (§10.4), renames split, symlink targets from git. */
async function changes_listCommittedChanges(worktree, fromRef, toRef = 'HEAD') {
    const output = await (0,git_runner/* runGit */.EO)(worktree, ['diff-tree', ...RAW_DIFF_FLAGS, fromRef, toRef, '--']);
    return fromDiff(worktree, (0,z_output/* parseRawDiff */.LP)(output));
}
/** What the index holds relative to HEAD: exactly what the next commit would record. */
async function listStagedChanges(worktree) {
    const output = await (0,git_runner/* runGit */.EO)(worktree, ['diff-index', '--cached', ...RAW_DIFF_FLAGS, 'HEAD', '--']);
    return fromDiff(worktree, (0,z_output/* parseRawDiff */.LP)(output));
}
/** Staged, unstaged and untracked (not ignored) changes in the worktree. */
async function listUncommittedChanges(worktree) {
    const output = await (0,git_runner/* runGit */.EO)(worktree, [
        'status',
        '--porcelain=v2',
        '-z',
        '--untracked-files=all',
        '--no-renames',
        '--ignore-submodules=none'
    ]);
    return fromStatus(worktree, (0,z_output/* parseStatusV2 */.S5)(output));
}
/** Everything changed since `sinceRef`: commits on top of it plus the uncommitted state. */
async function changes_listChanges(worktree, sinceRef) {
    const committed = await changes_listCommittedChanges(worktree, sinceRef, 'HEAD');
    return [...committed, ...(await listUncommittedChanges(worktree))];
}
/** §10.4: the committed-change scope check between two refs. */
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
    const shown = commits.slice(0, 5).join(', ') + (commits.length > 5 ? `, … (${commits.length})` : '');
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
    return (0,z_output/* parseHiddenIndexEntries */.k7)(await (0,git_runner/* runGit */.EO)(worktree, ['ls-files', '-v', '-z']));
}
/** Tracked paths at a commit (NUL-separated, so any file name survives). */
async function listTrackedPaths(worktree, ref = 'HEAD') {
    return parseNulList(await runGit(worktree, ['ls-tree', '-r', '-z', '--name-only', ref, '--']));
}
/**
 * The patch between two commits for auditors. Porcelain `diff` would honour a configured
 * external diff or textconv program; those are switched off so the patch is git's own.
 */
async function changes_readPatch(worktree, fromRef, toRef) {
    return (0,git_runner/* runGit */.EO)(worktree, [
        'diff',
        '--no-renames',
        '--no-color',
        '--no-ext-diff',
        '--no-textconv',
        '--binary',
        fromRef,
        toRef,
        '--'
    ]);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/core/policy/runtime-policy.ts
var runtime_policy = __webpack_require__(11181);
// EXTERNAL MODULE: ./src/adapters/git/git-metadata.ts
var git_metadata = __webpack_require__(49833);
;// CONCATENATED MODULE: ./src/adapters/git/checkpoint.ts
/**
 * The checkpoint commit after a mutation stage (§8.3) and the authority check after it
 * (§9.6 step 4). The orchestrator is the only committer in a worktree: the scope check runs
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
    const hidden = await listHiddenIndexEntries(worktree);
    if (hidden.length > 0)
        violations.push(`index entries hide worktree edits (assume-unchanged/skip-worktree): ${listed(hidden)}`);
    return violations;
}
async function checkpoint_checkpoint(request) {
    const { worktree, expectedHead, allowedRoots } = request;
    // Before any git command: tampered metadata could make git run the agent's programs.
    const metadata = (0,git_metadata/* gitMetadataViolations */.oi)(worktree, request.gitMetadata);
    if (metadata.length > 0)
        return { status: 'refused', violations: metadata };
    const violations = await authorityViolations(worktree, expectedHead);
    const changes = await changes_listChanges(worktree, expectedHead);
    // simple-git decodes output as UTF-8; a name that was not UTF-8 cannot be named back to git.
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
        headSha: await (0,repository/* headSha */.xF)(worktree),
        paths: uniquePaths(staged),
        scope: stagedScope
    };
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
 * §9.6 step 4, after verification ran: HEAD must still be the checkpoint and the worktree
 * must be clean (nothing filtered: a file verification left behind is a change the run
 * branch would not carry, so it must be git-ignored or it is reported).
 */
async function checkpoint_postCheckpointViolations(worktree, checkpointSha, gitMetadata) {
    const metadata = (0,git_metadata/* gitMetadataViolations */.oi)(worktree, gitMetadata);
    if (metadata.length > 0)
        return metadata;
    const violations = [];
    const actualHead = await (0,repository/* headSha */.xF)(worktree);
    if (actualHead !== checkpointSha) {
        const moved = uniquePaths(await changes_listCommittedChanges(worktree, checkpointSha, actualHead));
        violations.push(`worktree HEAD ${actualHead} differs from checkpoint ${checkpointSha}; changed paths: ${listed(moved)}`);
    }
    const dirty = uniquePaths(await listUncommittedChanges(worktree));
    if (dirty.length > 0)
        violations.push(`worktree has uncommitted changes: ${listed(dirty)}`);
    return violations;
}

// EXTERNAL MODULE: ./src/adapters/git/errors.ts
var errors = __webpack_require__(88668);
;// CONCATENATED MODULE: ./src/adapters/git/worktree.ts
/**
 * Attempt worktrees (§8.2): one per item attempt, on the attempt's own branch, created from
 * the run branch tip at that moment (or reusing the attempt branch when it already exists).
 */






function pathExists(path) {
    try {
        (0,external_node_fs_.lstatSync)(path);
        return true;
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
    await (0,repository/* assertBranchName */.ae)(repoRoot, branch);
    const reusedBranch = (await (0,repository/* branchSha */.xi)(repoRoot, branch)) !== undefined;
    if (reusedBranch) {
        await (0,git_runner/* runGit */.EO)(repoRoot, ['worktree', 'add', '--quiet', '--', path, branch]);
    }
    else {
        if ((await (0,repository/* branchSha */.xi)(repoRoot, baseBranch)) === undefined)
            throw new errors/* GitAdapterError */._('unknown_ref', `branch ${baseBranch} does not exist`);
        // --no-track: a user's branch.autoSetupMerge must not write tracking config for us.
        await (0,git_runner/* runGit */.EO)(repoRoot, [
            'worktree',
            'add',
            '--quiet',
            '--no-track',
            '-b',
            branch,
            '--',
            path,
            baseBranch
        ]);
    }
    return {
        path,
        branch,
        headSha: await (0,repository/* headSha */.xF)(path),
        reusedBranch,
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
/* harmony export */   AF: () => (/* binding */ fastForward),
/* harmony export */   D_: () => (/* binding */ identity),
/* harmony export */   Fl: () => (/* binding */ tryResolveCommit),
/* harmony export */   Sd: () => (/* binding */ createRunBranch),
/* harmony export */   ae: () => (/* binding */ assertBranchName),
/* harmony export */   e0: () => (/* binding */ isCleanTracked),
/* harmony export */   jv: () => (/* binding */ repoRoot),
/* harmony export */   kB: () => (/* binding */ isPathIgnored),
/* harmony export */   xF: () => (/* binding */ headSha),
/* harmony export */   xi: () => (/* binding */ branchSha)
/* harmony export */ });
/* unused harmony exports resolveCommit, isAncestor, createRefreshBranch */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88668);
/* harmony import */ var _git_runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63338);
/* harmony import */ var _z_output_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68971);
/**
 * Repository-level git operations: discovery, preflight checks (identity, clean tracked
 * checkout) and the refs the orchestrator owns (run branch, refresh branches, fast-forward).
 */



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
    const dirtyPaths = [...new Set((0,_z_output_js__WEBPACK_IMPORTED_MODULE_2__/* .parseStatusV2 */ .S5)(output).map((change) => change.path))];
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
    const { repoRoot: cwd, branch, expectedOldSha } = request;
    const current = await branchSha(cwd, branch);
    if (current === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitAdapterError */ ._('unknown_ref', `branch ${branch} does not exist`);
    if (current !== expectedOldSha)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitAdapterError */ ._('ref_moved', `branch ${branch} moved: expected ${expectedOldSha}, found ${current}`);
    const target = await resolveCommit(cwd, request.targetSha);
    if (!(await isAncestor(cwd, current, target)))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitAdapterError */ ._('not_fast_forward', `run branch cannot be fast-forwarded: ${target} does not descend from ${branch} (${current})`);
    const { exitCode } = await (0,_git_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .runGitForExitCode */ .uY)(cwd, [
        'update-ref',
        '-m',
        'plan-orchestrator: fast-forward',
        `refs/heads/${branch}`,
        target,
        current
    ], [1, 128]);
    if (exitCode !== 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitAdapterError */ ._('ref_moved', `branch ${branch} moved while fast-forwarding it`);
    return target;
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
/* harmony export */   LP: () => (/* binding */ parseRawDiff),
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

/***/ 44469:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b$: () => (/* binding */ readCheckout),
  n6: () => (/* binding */ readRefs)
});

// UNUSED EXPORTS: readGitFiles, readLiveRuns, readOutside, readRunStateDigest, readStore

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/integrity/outside-state.ts
var outside_state = __webpack_require__(61176);
// EXTERNAL MODULE: ./src/core/run/layout.ts
var layout = __webpack_require__(88951);
// EXTERNAL MODULE: ./src/adapters/git/git-metadata.ts
var git_metadata = __webpack_require__(49833);
// EXTERNAL MODULE: ./src/adapters/git/git-runner.ts
var git_runner = __webpack_require__(63338);
// EXTERNAL MODULE: ./src/adapters/git/z-output.ts
var z_output = __webpack_require__(68971);
;// CONCATENATED MODULE: ./src/adapters/integrity/hidden-index-entries.ts
/**
 * Paths of the checkout's index that `git status` does not look at: entries marked
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
function readHiddenIndexEntries(gitDir, hashBytes) {
    let index;
    try {
        index = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(gitDir, 'index'));
    }
    catch (error) {
        return error.code === 'ENOENT' ? [] : undefined;
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
    return hidden;
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

;// CONCATENATED MODULE: ./src/adapters/integrity/outside-reader.ts
/**
 * Reads what lies outside an attempt (see core/integrity/outside-state.ts) cheaply: git
 * metadata, hooks and refs (loose and packed) straight from the filesystem, the run store by
 * `lstat`, and the operator's checkout with one `git status`. Git is run only after the git
 * metadata has been read (and, by the caller, restored), never on metadata an agent planted.
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
function lstatOrUndefined(path) {
    try {
        return (0,external_node_fs_.lstatSync)(path, { bigint: true });
    }
    catch {
        return undefined;
    }
}
/** Changes whenever the file is written, renamed over or re-permissioned (ctime cannot be set back). */
function signature(stats, path) {
    if (stats.isDirectory())
        return 'd';
    if (stats.isSymbolicLink())
        return `l:${(0,external_node_fs_.readlinkSync)(path)}:${stats.ctimeNs}`;
    return `f:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}:${stats.ino}:${stats.mode}`;
}
function watchFile(files, repoRoot, path, run) {
    const stats = lstatOrUndefined(path);
    if (stats === undefined)
        return;
    const label = repoRelative(repoRoot, path);
    if (stats.isDirectory()) {
        for (const name of readdirSync(path).sort())
            watchFile(files, repoRoot, join(path, name), run);
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
function sameDirectory(a, b) {
    try {
        return realpathSync(a) === realpathSync(b);
    }
    catch {
        return resolve(a) === resolve(b);
    }
}
/** The run whose worktree a git worktree administrative directory serves, if any. */
function worktreeRun(repoRoot, adminDir) {
    let pointer;
    try {
        pointer = readFileSync(join(adminDir, 'gitdir'), 'utf8').trim();
    }
    catch {
        return undefined;
    }
    const worktree = dirname(resolve(adminDir, pointer));
    const prefix = `${join(repoRoot, WORKTREE_ROOT)}/`;
    return worktree.startsWith(prefix) ? worktree.slice(prefix.length).split('/')[0] : undefined;
}
function isOwnWorktree(adminDir, ownWorktree) {
    if (ownWorktree === null)
        return false;
    try {
        const pointer = readFileSync(join(adminDir, 'gitdir'), 'utf8').trim();
        return sameDirectory(dirname(resolve(adminDir, pointer)), ownWorktree);
    }
    catch {
        return false;
    }
}
/** Git metadata of the checkout: config, info files, hooks, HEAD, other worktrees' pointers. */
function readGitFiles(scope) {
    const { gitDir, commonDir } = locateGitDirs(scope.repoRoot);
    const files = { files: {}, contents: new Map() };
    for (const name of COMMON_FILES)
        watchFile(files, scope.repoRoot, join(commonDir, name));
    watchFile(files, scope.repoRoot, join(commonDir, 'hooks'));
    watchFile(files, scope.repoRoot, join(gitDir, 'HEAD'));
    if (gitDir !== commonDir)
        watchFile(files, scope.repoRoot, join(gitDir, 'config.worktree'));
    const admins = join(commonDir, 'worktrees');
    const names = existsSync(admins) ? readdirSync(admins).sort() : [];
    for (const name of names) {
        const adminDir = join(admins, name);
        if (adminDir === gitDir || isOwnWorktree(adminDir, scope.ownWorktree))
            continue;
        const run = worktreeRun(scope.repoRoot, adminDir);
        for (const file of WORKTREE_ADMIN_FILES)
            watchFile(files, scope.repoRoot, join(adminDir, file), run);
    }
    return { ...files, commonDir };
}
function walkRefs(refs, dir, prefix) {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
    }
    catch {
        return;
    }
    for (const entry of entries) {
        const path = (0,external_node_path_.join)(dir, entry.name);
        const name = `${prefix}/${entry.name}`;
        if (entry.isDirectory())
            walkRefs(refs, path, name);
        else if (!entry.name.endsWith('.lock')) {
            try {
                refs[name] = (0,external_node_fs_.readFileSync)(path, 'utf8').trim();
            }
            catch {
                // gone between listing and reading: a ref being deleted right now
            }
        }
    }
}
/** Every ref, loose over packed, as git resolves names (symbolic refs as `ref: <target>`). */
async function readRefs(repoRoot, commonDir) {
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(commonDir, 'reftable')))
        return readRefsThroughGit(repoRoot);
    const refs = {};
    let packed = '';
    try {
        packed = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(commonDir, 'packed-refs'), 'utf8');
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
    walkRefs(refs, (0,external_node_path_.join)(commonDir, 'refs'), 'refs');
    return refs;
}
/** A reftable repository keeps refs in a binary format: ask git (one process). */
async function readRefsThroughGit(repoRoot) {
    const output = await (0,git_runner/* runGit */.EO)(repoRoot, [
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
    const { gitDir, commonDir } = (0,git_metadata/* locateGitDirs */.Td)(repoRoot);
    const output = await (0,git_runner/* runGit */.EO)(repoRoot, [
        'status',
        '--porcelain=v2',
        '-z',
        '--untracked-files=all',
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
        const stats = lstatOrUndefined((0,external_node_path_.join)(repoRoot, path));
        const sig = stats === undefined ? 'absent' : signature(stats, (0,external_node_path_.join)(repoRoot, path));
        entries[path] = `${record.slice(0, position).trim()}|${sig}`;
    }
    // git status does not look at these paths at all: each is listed with its signature.
    for (const path of await hiddenIndexEntries(repoRoot, gitDir, commonDir)) {
        const stats = lstatOrUndefined((0,external_node_path_.join)(repoRoot, path));
        const sig = stats === undefined ? 'absent' : signature(stats, (0,external_node_path_.join)(repoRoot, path));
        entries[path] = `${entries[path] ?? outside_state/* HIDDEN_FROM_STATUS */.J_}|${sig}`;
    }
    return entries;
}
async function hiddenIndexEntries(repoRoot, gitDir, commonDir) {
    let config = '';
    try {
        config = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(commonDir, 'config'), 'utf8');
    }
    catch {
        // no config: SHA-1
    }
    const hashBytes = /objectformat\s*=\s*sha256/i.test(config) ? 32 : 20;
    const read = readHiddenIndexEntries(gitDir, hashBytes);
    if (read !== undefined)
        return read;
    return (0,z_output/* parseHiddenIndexEntries */.k7)(await (0,git_runner/* runGit */.EO)(repoRoot, ['ls-files', '-v', '-z']));
}
function walkStore(store, repoRoot, dir) {
    let names;
    try {
        names = readdirSync(dir);
    }
    catch {
        return;
    }
    for (const name of names) {
        const path = join(dir, name);
        const stats = lstatOrUndefined(path);
        if (stats === undefined)
            continue;
        store[repoRelative(repoRoot, path)] = signature(stats, path);
        if (stats.isDirectory())
            walkStore(store, repoRoot, path);
    }
}
/** Every file and directory under the run store roots, by `lstat` signature. */
function readStore(repoRoot) {
    const store = {};
    for (const root of [CONTROL_ROOT, REPORT_ROOT])
        walkStore(store, repoRoot, join(repoRoot, root));
    return store;
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
function readRunStateDigest(repoRoot, runId) {
    try {
        return sha256(readFileSync(join(repoRoot, CONTROL_ROOT, runId, 'run_state.json')));
    }
    catch {
        return null;
    }
}
/**
 * A whole reading. `reuseCheckout` is the previous stage's reading: the orchestrator never
 * writes in the checkout's files between stages, so its `git status` is still true.
 */
async function readOutside(scope, reuseCheckout) {
    const git = readGitFiles(scope);
    const refs = await readRefs(scope.repoRoot, git.commonDir);
    const checkout = reuseCheckout?.state.checkout ?? (await readCheckout(scope.repoRoot));
    return {
        state: {
            refs,
            gitFiles: git.files,
            checkout,
            store: readStore(scope.repoRoot),
            liveRuns: readLiveRuns(scope.repoRoot, scope.runId),
            runStateDigest: readRunStateDigest(scope.repoRoot, scope.runId)
        },
        contents: git.contents
    };
}


/***/ }),

/***/ 43026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* unused harmony exports createLiveChildren, liveChildren */
/**
 * The child processes this process is running right now, process-wide. A signal handler has
 * to stop every one of them, and supervision reports them, without either reaching into the
 * stage that started them. runProcess is the only writer.
 */
function createLiveChildren() {
    // Replaced, never mutated: a listener or caller may keep a snapshot.
    let children = Object.freeze([]);
    const listeners = new Set();
    const publish = () => {
        for (const listener of [...listeners]) {
            try {
                listener(children);
            }
            catch {
                // A broken observer must not leave a child unregistered or abort the stage
                // that started it; the other observers still hear about the change.
            }
        }
    };
    return {
        list: () => children,
        subscribe(listener) {
            listeners.add(listener);
            return () => {
                listeners.delete(listener);
            };
        },
        add(child) {
            const entry = Object.freeze({ ...child, args: Object.freeze([...child.args]) });
            children = Object.freeze([...children.filter(({ pid }) => pid !== child.pid), entry]);
            publish();
        },
        remove(pid) {
            children = Object.freeze(children.filter((child) => child.pid !== pid));
            publish();
        }
    };
}
const liveChildren = createLiveChildren();


/***/ }),

/***/ 92247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sq: () => (/* binding */ isProcessGroupRunning),
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
        return text.length > COMMAND_SHOWN ? `${text.slice(0, COMMAND_SHOWN - 1)}…` : text;
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
/* harmony import */ var _run_store_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(36525);







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
/* harmony import */ var _atomic_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17014);



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

/***/ 5146:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q7: () => (/* binding */ decideGate),
  pT: () => (/* binding */ evidenceDirectory)
});

// UNUSED EXPORTS: AGENT_ENV_VARIABLE, CODEX_CONFIG_VARIABLE, FAILPOINT_VARIABLE, agentExecutables, checkNewRunInput, checkSupervisedResume, codexConfigOverrides, newRunAgentChoice, resumeExistingRun, startRun

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/adapters/atomic-file.ts
var atomic_file = __webpack_require__(17014);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
// EXTERNAL MODULE: ./src/core/policy/runtime-policy.ts
var runtime_policy = __webpack_require__(11181);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/adapters/capped-log.ts

/** The marker's worst-case length: it carries three numbers of at most 16 digits. */
const MARKER_RESERVE = 200;
/** The tail kept past the cap: a quarter of the cap, at most 1 MiB. */
const MAX_TAIL_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
function truncationMarker(total, head, tail) {
    return `\n[plan-orchestrator: output truncated: ${total} bytes in total, only the first ${head} and the last ${tail} bytes are kept]\n`;
}
function capped_log_openCappedLog(path, flags, maxBytes) {
    return new Promise((resolve, reject) => {
        const stream = createWriteStream(path, { flags });
        stream.once('open', () => {
            stream.removeListener('error', reject);
            // A full disk must not crash the orchestrator; the log is evidence, not control.
            stream.on('error', () => undefined);
            resolve(cappedLog(stream, maxBytes));
        });
        stream.once('error', reject);
    });
}
function cappedLog(stream, maxBytes) {
    const tailLimit = Math.min(MAX_TAIL_BYTES, Math.floor(maxBytes / 4));
    const headLimit = Math.max(0, maxBytes - tailLimit - MARKER_RESERVE);
    let total = 0;
    let head = 0;
    // Oldest first; holds at least the last `keepLimit` bytes past the head (all of them while
    // the output still fits the cap), and without its first chunk it would hold fewer.
    const keepLimit = tailLimit + MARKER_RESERVE;
    const tail = [];
    let tailBytes = 0;
    const keepInTail = (chunk) => {
        tail.push(chunk);
        tailBytes += chunk.length;
        while (tail.length > 1 && tailBytes - (tail[0]?.length ?? 0) >= keepLimit) {
            tailBytes -= tail.shift()?.length ?? 0;
        }
    };
    return {
        write(chunk) {
            total += chunk.length;
            let rest = chunk;
            if (head < headLimit) {
                const room = headLimit - head;
                const kept = rest.subarray(0, room);
                stream.write(kept);
                head += kept.length;
                rest = rest.subarray(kept.length);
            }
            // Copied: the pipe may reuse the chunk's memory once this returns.
            if (rest.length > 0)
                keepInTail(Buffer.from(rest));
        },
        size: () => ({ totalBytes: total, truncated: total > maxBytes }),
        async close() {
            const rest = Buffer.concat(tail);
            if (total <= maxBytes) {
                stream.write(rest);
            }
            else {
                const end = rest.subarray(Math.max(0, rest.length - tailLimit));
                stream.write(truncationMarker(total, head, end.length));
                stream.write(end);
            }
            tail.length = 0;
            await new Promise((resolve) => stream.end(() => resolve()));
        }
    };
}

// EXTERNAL MODULE: ./src/adapters/live-children.ts
var live_children = __webpack_require__(43026);
// EXTERNAL MODULE: ./src/adapters/process-group.ts
var process_group = __webpack_require__(92247);
// EXTERNAL MODULE: ./src/adapters/stage-processes.ts
var stage_processes = __webpack_require__(59322);
;// CONCATENATED MODULE: ./src/adapters/process-runner.ts











/** How long to wait for output pipes to drain once the group is gone. */
const PIPE_DRAIN_MS = 1000;
async function process_runner_runProcess(spec) {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const nothingLogged = { totalBytes: 0, truncated: false };
    let sinks;
    const notStarted = (reason) => ({
        exitCode: null,
        signal: null,
        timedOut: false,
        durationMs: elapsed(),
        pid: null,
        spawnError: reason,
        logs: sinks?.sizes() ?? { stdout: nothingLogged, stderr: nothingLogged }
    });
    try {
        sinks = await openLogSinks(spec.stdoutPath, spec.stderrPath, spec.appendLogs ? 'a' : 'w', spec.maxLogBytes ?? DEFAULT_OPTIONS.max_log_bytes);
    }
    catch (error) {
        return notStarted(`cannot open log files: ${describeError(error)}`);
    }
    const logs = sinks;
    const stage = await openStage(spec.stage);
    const env = stage.environment(spec.env);
    const target = spec.runAs
        ? spec.runAs.spawnTarget(spec.command, spec.args, env)
        : { command: spec.command, args: spec.args, env };
    let child;
    try {
        child = stage.start(() => spawn(target.command, [...target.args], {
            cwd: spec.cwd,
            env: { ...target.env },
            detached: true,
            stdio: [spec.stdin.kind === 'text' ? 'pipe' : 'ignore', 'pipe', 'pipe'],
            ...(target.uid === undefined ? {} : { uid: target.uid }),
            ...(target.gid === undefined ? {} : { gid: target.gid })
        }));
    }
    catch (error) {
        await stage.close(spec.killGraceMs);
        await logs.close();
        return notStarted(describeError(error));
    }
    const exited = new Promise((resolve) => {
        child.once('error', (error) => resolve({ kind: 'error', error }));
        child.once('exit', (code, signal) => resolve({ kind: 'exit', code, signal }));
    });
    let lastOutputAt = performance.now();
    const pipesClosed = [child.stdout, child.stderr].map((stream, index) => {
        const name = index === 0 ? 'stdout' : 'stderr';
        return pumpOutput(stream, logs[name], name, spec.onLine, () => {
            lastOutputAt = performance.now();
        });
    });
    if (spec.stdin.kind === 'text' && child.stdin) {
        // A child that exits without reading its stdin makes the write fail with EPIPE.
        child.stdin.on('error', () => undefined);
        child.stdin.end(spec.stdin.text);
    }
    const pid = child.pid ?? null;
    if (pid !== null) {
        stage.started(pid, spec.command);
        liveChildren.add({
            pid,
            command: spec.command,
            args: spec.args,
            cwd: spec.cwd,
            startedAtMs: Date.now()
        });
    }
    if (pid !== null && spec.onSpawn)
        observe(() => spec.onSpawn?.(pid));
    let timedOut = false;
    let termination = null;
    const timeOut = (kind) => {
        if (timedOut !== false || pid === null)
            return;
        timedOut = kind;
        termination = terminateProcessGroup(pid, spec.killGraceMs);
    };
    const wallTimer = spec.timeoutMs > 0 ? setTimeout(() => timeOut('wall'), spec.timeoutMs) : undefined;
    let idleTimer;
    const idleMs = spec.idleTimeoutMs ?? 0;
    const watchIdle = (delayMs) => {
        idleTimer = setTimeout(() => {
            const quietFor = performance.now() - lastOutputAt;
            if (quietFor >= idleMs)
                timeOut('idle');
            else
                watchIdle(idleMs - quietFor);
        }, delayMs);
    };
    if (idleMs > 0)
        watchIdle(idleMs);
    let exit;
    try {
        exit = await exited;
        clearTimeout(wallTimer);
        clearTimeout(idleTimer);
        // Whatever the child left behind in its group (a daemon, a native binary under an npm
        // wrapper) goes with it, so no stage outlives its own run.
        await (termination ?? (pid === null ? undefined : terminateProcessGroup(pid, spec.killGraceMs)));
        // A daemon that left the group (setsid) still runs as the agent user: it goes too.
        await spec.runAs?.afterExit();
    }
    finally {
        if (pid !== null)
            liveChildren.remove(pid);
    }
    // Then whatever left the group: a setsid daemon, a double fork, anything of the stage.
    const strays = await stage.close(spec.killGraceMs);
    if (exit.kind === 'error' && pid === null) {
        await settleWithin(Promise.all(pipesClosed), PIPE_DRAIN_MS, () => undefined);
        await logs.close();
        return notStarted(describeError(exit.error));
    }
    await settleWithin(Promise.all(pipesClosed), PIPE_DRAIN_MS, () => {
        child.stdout?.destroy();
        child.stderr?.destroy();
    });
    await logs.close();
    return {
        exitCode: exit.kind === 'exit' ? exit.code : null,
        signal: exit.kind === 'exit' ? exit.signal : null,
        timedOut,
        durationMs: elapsed(),
        pid,
        spawnError: exit.kind === 'error' ? describeError(exit.error) : null,
        logs: logs.sizes(),
        ...(strays.found.length > 0 ? { strays } : {})
    };
}
async function openLogSinks(stdoutPath, stderrPath, flags, maxBytes) {
    await mkdir(dirname(stdoutPath), { recursive: true });
    await mkdir(dirname(stderrPath), { recursive: true });
    const stdout = await openCappedLog(stdoutPath, flags, maxBytes);
    const stderr = stderrPath === stdoutPath ? stdout : await openCappedLog(stderrPath, flags, maxBytes);
    const logs = stdout === stderr ? [stdout] : [stdout, stderr];
    return {
        stdout,
        stderr,
        sizes: () => {
            const out = stdout.size();
            return { stdout: out, stderr: stderr === stdout ? out : stderr.size() };
        },
        close: async () => {
            await Promise.all(logs.map((log) => log.close()));
        }
    };
}
function pumpOutput(stream, sink, name, onLine, onActivity) {
    if (!stream)
        return Promise.resolve();
    const decoder = new StringDecoder('utf8');
    let partial = '';
    const emitLines = (text) => {
        if (!onLine)
            return;
        const lines = (partial + text).split('\n');
        partial = lines.pop() ?? '';
        for (const line of lines)
            observe(() => onLine(line.replace(/\r$/, ''), name));
    };
    stream.on('data', (chunk) => {
        onActivity();
        sink.write(chunk);
        emitLines(decoder.write(chunk));
    });
    return new Promise((resolve) => {
        stream.once('close', () => {
            emitLines(decoder.end());
            if (onLine && partial !== '')
                observe(() => onLine(partial, name));
            partial = '';
            resolve();
        });
    });
}
/**
 * Runs an observer callback. A throwing observer must not abandon a running child (the
 * timeouts would never fire) nor crash the orchestrator from inside a stream event.
 */
function observe(callback) {
    try {
        callback();
    }
    catch {
        // Observers are best-effort by contract.
    }
}
async function settleWithin(work, limitMs, onLate) {
    let timer;
    const late = new Promise((resolve) => {
        timer = setTimeout(() => resolve('late'), limitMs);
    });
    const outcome = await Promise.race([work.then(() => 'done'), late]);
    clearTimeout(timer);
    if (outcome === 'late')
        onLate();
}

;// CONCATENATED MODULE: ./src/adapters/agents/call-home.ts




/**
 * Every agent call and every verification command starts from a home nobody wrote before: a
 * fresh, empty HOME with CODEX_HOME and CLAUDE_CONFIG_DIR inside it, in a directory of its
 * own outside the repository, removed when the call ends. Whatever an earlier call or a
 * verification command (code the agent wrote) put into "its" home — a config.toml that
 * names another model provider, a settings.json with hooks, an AGENTS.md — is gone before the
 * next call starts, so it can steer nothing.
 *
 * The one thing carried in is the calling agent's own credential file (codex `auth.json`,
 * claude `.credentials.json`): copied, never linked, and never any configuration. See
 * docs/security.md ("Agent configuration").
 */
/** The variables that point a child at its home; they are always set to the fresh one. */
const call_home_CALL_HOME_VARIABLES = (/* unused pure expression or super */ null && ([
    'HOME',
    'CODEX_HOME',
    'CLAUDE_CONFIG_DIR',
    'XDG_CONFIG_HOME',
    'XDG_DATA_HOME',
    'XDG_STATE_HOME',
    'XDG_CACHE_HOME'
]));
/** Credential files are small; anything bigger is not one and is not copied. */
const MAX_CREDENTIAL_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
/** RUNNER_TEMP on a GitHub runner (cleaned after every job), else the OS temp directory. */
function call_home_defaultCallHomeParent(env) {
    const runnerTemp = env.RUNNER_TEMP?.trim();
    return runnerTemp ? runnerTemp : tmpdir();
}
async function createCallHome(spec) {
    await mkdir(spec.parentDir, { recursive: true });
    const root = await mkdtemp(join(spec.parentDir, 'plan-orchestrator-call-'));
    const forget = call_home_removeAtExit(root);
    const home = join(root, 'home');
    const codexHome = join(home, '.codex');
    const claudeConfigDir = join(home, '.claude');
    const remove = async () => {
        await call_home_removeTree(root);
        forget();
    };
    try {
        for (const dir of [home, codexHome, claudeConfigDir])
            await mkdir(dir, { mode: 0o700 });
        const copiedCredential = spec.credential ? await copyCredential(home, spec.credential) : null;
        if (spec.owner)
            await chownTree(root, spec.owner.uid, spec.owner.gid);
        return {
            root,
            home,
            codexHome,
            claudeConfigDir,
            env: {
                HOME: home,
                CODEX_HOME: codexHome,
                CLAUDE_CONFIG_DIR: claudeConfigDir,
                XDG_CONFIG_HOME: join(home, '.config'),
                XDG_DATA_HOME: join(home, '.local', 'share'),
                XDG_STATE_HOME: join(home, '.local', 'state'),
                XDG_CACHE_HOME: join(home, '.cache')
            },
            copiedCredential,
            remove
        };
    }
    catch (error) {
        await remove();
        throw error;
    }
}
/** Runs `work` with a fresh home and removes the home afterwards, whatever happens. */
async function call_home_withCallHome(spec, work) {
    const home = await createCallHome(spec);
    try {
        return await work(home);
    }
    finally {
        await home.remove();
    }
}
/**
 * Copies the credential's bytes (following a symlinked source, never creating a link) into
 * the new home, readable by its owner only. A missing or odd source is simply not copied:
 * the CLI then reports that it is not logged in, which names the problem.
 */
async function copyCredential(home, credential) {
    const target = join(home, credential.target);
    const inside = relative(home, target);
    if (inside === '' || inside.startsWith('..') || inside.split(sep).includes('..')) {
        throw new Error(`credential target ${credential.target} leaves the call home`);
    }
    const info = await stat(credential.source).catch(() => undefined);
    if (!info?.isFile() || info.size > MAX_CREDENTIAL_BYTES)
        return null;
    const content = await readFile(credential.source).catch(() => undefined);
    if (content === undefined)
        return null;
    await mkdir(dirname(target), { recursive: true, mode: 0o700 });
    await writeFile(target, content, { mode: 0o600, flag: 'wx' });
    return inside.split(sep).join('/');
}
const removedAtExit = new Set();
/**
 * Removes `path` when this process exits, even through `process.exit()` on SIGINT/SIGTERM
 * (which skips every pending `finally`), so an interrupted run leaves no home — and no copied
 * login file — behind. Returns the function that cancels it once the path is removed anyway.
 */
function call_home_removeAtExit(path) {
    if (removedAtExit.size === 0)
        process.once('exit', removeAllAtExit);
    removedAtExit.add(path);
    return () => {
        removedAtExit.delete(path);
        if (removedAtExit.size === 0)
            process.removeListener('exit', removeAllAtExit);
    };
}
function removeAllAtExit() {
    for (const path of removedAtExit) {
        try {
            rmSync(path, { recursive: true, force: true });
        }
        catch {
            makeDirectoriesWritableSync(path);
            try {
                rmSync(path, { recursive: true, force: true });
            }
            catch {
                // Best effort, at exit: a leftover temp directory must not change the exit code.
            }
        }
    }
    removedAtExit.clear();
}
function makeDirectoriesWritableSync(path) {
    try {
        if (!lstatSync(path).isDirectory())
            return;
        chmodSync(path, 0o700);
        for (const entry of readdirSync(path))
            makeDirectoriesWritableSync(join(path, entry));
    }
    catch {
        // Best effort, at exit.
    }
}
async function chownTree(path, uid, gid) {
    await chown(path, uid, gid);
    const info = await lstat(path);
    if (!info.isDirectory())
        return;
    for (const entry of await readdir(path))
        await chownTree(join(path, entry), uid, gid);
}
/**
 * Removes a per-call directory even when the call left directories without write permission
 * in it (a CLI or a hostile command can chmod its own files). Best effort: a leftover temp
 * directory must not fail the run.
 */
async function call_home_removeTree(path) {
    try {
        await rm(path, { recursive: true, force: true });
        return;
    }
    catch {
        // Unwritable directories inside: make them writable and try once more.
    }
    await makeDirectoriesWritable(path).catch(() => undefined);
    await rm(path, { recursive: true, force: true }).catch(() => undefined);
}
async function makeDirectoriesWritable(path) {
    const info = await lstat(path);
    if (!info.isDirectory())
        return;
    await chmod(path, 0o700);
    for (const entry of await readdir(path)) {
        await makeDirectoriesWritable(join(path, entry)).catch(() => undefined);
    }
}

;// CONCATENATED MODULE: ./src/adapters/agents/invocation.ts








/**
 * Log stem per the reference's names: mutation logs are `<stage>.<round>` (the cycle tag
 * itself), audit and triage logs `<lane>.<cycle>`.
 */
function logStem(request) {
    return MUTATION_LANES.includes(request.lane)
        ? request.cycleTag
        : `${request.lane}.${request.cycleTag}`;
}
function invocation_logPathsFor(request) {
    const stem = logStem(request);
    return {
        stdoutPath: join(request.logDir, `${stem}.stdout.log`),
        stderrPath: join(request.logDir, `${stem}.stderr.log`)
    };
}
/** `x.json` → `x.raw.json`: the agent's own output, kept beside the report. */
function invocation_rawOutputPathFor(reportPath) {
    return reportPath.endsWith('.json')
        ? `${reportPath.slice(0, -'.json'.length)}.raw.json`
        : `${reportPath}.raw.json`;
}
async function executeInvocation(invocation, request, onSpawn, runAs) {
    for (const file of invocation.files) {
        await mkdir(dirname(file.path), { recursive: true });
        await writeFile(file.path, file.content, 'utf8');
    }
    for (const path of invocation.removeBeforeRun)
        await rm(path, { force: true });
    await mkdir(dirname(request.reportPath), { recursive: true });
    const run = (homeEnv) => runProcess({
        command: invocation.command,
        args: invocation.args,
        cwd: invocation.cwd,
        env: { ...invocation.env, ...homeEnv },
        stdin: invocation.stdin,
        stdoutPath: invocation.stdoutPath,
        stderrPath: invocation.stderrPath,
        timeoutMs: request.timeoutMs,
        idleTimeoutMs: request.idleTimeoutMs,
        killGraceMs: request.killGraceMs,
        maxLogBytes: request.maxLogBytes,
        ...(request.stage === undefined ? {} : { stage: request.stage }),
        ...(onSpawn ? { onSpawn } : {}),
        ...(runAs ? { runAs } : {})
    });
    // As the agent user, the call's directory (agent-user/call-dir.ts) holds its fresh home,
    // named in the request's environment; otherwise a fresh home is made for this call.
    const processResult = runAs === undefined
        ? await withCallHome(invocation.callHome, (home) => run(home.env))
        : await run(Object.fromEntries(Object.entries(request.env).filter(([name]) => CALL_HOME_VARIABLES.includes(name))));
    return {
        process: processResult,
        stdout: (await invocation_readOptional(invocation.stdoutPath)) ?? '',
        stderr: (await invocation_readOptional(invocation.stderrPath)) ?? ''
    };
}
async function invocation_readOptional(path) {
    try {
        return await readFile(path, 'utf8');
    }
    catch {
        return null;
    }
}
/** Adapts the runner's spawn callback to the adapter's richer event. */
function invocation_spawnReporter(onSpawn, request, invocation) {
    if (!onSpawn)
        return undefined;
    return (pid) => onSpawn({
        pid,
        lane: request.lane,
        itemId: request.itemId,
        attempt: request.attempt,
        command: invocation.command,
        args: invocation.args
    });
}
/** The status of a run that never got to produce output worth parsing, else null. */
function invocation_processFailure(run, tool) {
    if (run.spawnError !== null && run.pid === null) {
        return { status: 'spawn_failed', diagnostics: [`${tool} could not start: ${run.spawnError}`] };
    }
    if (run.timedOut === 'wall') {
        return { status: 'timeout', diagnostics: [`${tool} exceeded its time limit and was killed`] };
    }
    if (run.timedOut === 'idle') {
        return {
            status: 'idle_timeout',
            diagnostics: [`${tool} produced no output for too long and was killed`]
        };
    }
    return null;
}
function invocation_processFields(run) {
    return {
        exitCode: run.exitCode,
        signal: run.signal,
        durationMs: run.durationMs,
        ...(run.logs === undefined ? {} : { logs: run.logs }),
        ...(run.strays === undefined ? {} : { leftRunning: run.strays.found.map(describeStageProcess) })
    };
}
/** The last few non-blank lines of a stream, for a diagnostic a person can act on. */
function invocation_tailLines(text, count = 5) {
    return text
        .split('\n')
        .map((line) => line.trimEnd())
        .filter((line) => line.trim() !== '')
        .slice(-count);
}
/** Writes the report where the kernel expects it, only when there is one. */
async function invocation_settleReport(request, outcome) {
    if (outcome.status !== 'ok' || outcome.report === undefined)
        return outcome;
    try {
        await writeFileAtomically(request.reportPath, `${JSON.stringify(outcome.report, null, 2)}\n`);
        return outcome;
    }
    catch (error) {
        return {
            ...outcome,
            status: 'no_report',
            report: undefined,
            diagnostics: [...outcome.diagnostics, `cannot write the report: ${describeError(error)}`]
        };
    }
}
/** An adapter never throws at the kernel: anything unexpected becomes an outcome. */
function invocation_unexpectedFailure(tool, error, startedAt) {
    return {
        status: 'spawn_failed',
        exitCode: null,
        signal: null,
        durationMs: Math.round(performance.now() - startedAt),
        diagnostics: [`${tool} could not be run: ${describeError(error)}`]
    };
}
/** Parses a JSON object; arrays, scalars and invalid text give undefined. */
function invocation_parseJsonObject(text) {
    try {
        const value = JSON.parse(text);
        return invocation_isPlainObject(value) ? value : undefined;
    }
    catch {
        return undefined;
    }
}
function invocation_isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * The run of every CLI agent: build the invocation, run it, read the tool's own output into
 * an outcome, put the report where the kernel expects it. Anything unexpected becomes an
 * outcome too, so an adapter never throws at the kernel.
 *
 * Under isolation the CLI runs as the agent user and sees the request of its call
 * (agent-user/isolation.ts): what it writes is read only after every process of that user
 * has stopped, and only as checked copies.
 */
function invocation_cliAgent(id, onSpawn, buildInvocation, readOutcome, isolation) {
    const attempt = async (request, runAs, afterRun) => {
        const invocation = buildInvocation(request);
        const raw = await executeInvocation(invocation, request, invocation_spawnReporter(onSpawn, request, invocation), runAs);
        await afterRun?.();
        return invocation_settleReport(request, await readOutcome(request, raw));
    };
    return {
        id,
        buildInvocation,
        async run(request) {
            const startedAt = performance.now();
            if (isolation === undefined) {
                try {
                    return await attempt(request);
                }
                catch (error) {
                    return invocation_unexpectedFailure(id, error, startedAt);
                }
            }
            let outcome;
            let call;
            try {
                call = await isolation.openAgentCall(request);
                const opened = call;
                outcome = await opened.deliver(await attempt(opened.request, opened.runAs, () => opened.sealOutputs()));
            }
            catch (error) {
                outcome = invocation_unexpectedFailure(id, error, startedAt);
            }
            try {
                await call?.close();
            }
            catch (error) {
                // The worktree may still be the agent's: nothing of this call can be trusted.
                return invocation_unexpectedFailure(id, error, startedAt);
            }
            return outcome;
        }
    };
}

;// CONCATENATED MODULE: ./src/adapters/agent-user/run-as.ts

function run_as_spawnModeFor(orchestratorUid) {
    return orchestratorUid === 0 ? 'uid' : 'sudo';
}
/** The one sudoers line a non-root runner needs (docs/security.md). */
function run_as_sudoersLine(runnerUser, agentUser) {
    return `${runnerUser} ALL=(${agentUser}) NOPASSWD:SETENV: ALL`;
}
function run_as_spawnTarget(user, mode, command, args, env) {
    const identity = { USER: user.name, LOGNAME: user.name };
    if (mode === 'uid')
        return { command, args: [...args], env: { ...env, ...identity }, uid: user.uid, gid: user.gid };
    const restated = ['PATH', 'HOME']
        .filter((name) => env[name] !== undefined)
        .map((name) => `${name}=${env[name]}`);
    return {
        command: 'sudo',
        args: ['-n', '-E', '-u', user.name, '--', '/usr/bin/env', '--', ...restated, command, ...args],
        env: { ...env, ...identity }
    };
}
/**
 * The environment of the orchestrator's own short commands as the agent user: the
 * orchestrator's PATH, on which sudo is found (the commands themselves are absolute paths).
 */
function run_as_helperEnv() {
    return { PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin' };
}
/** Throws when a helper command could not be run as the agent user at all (sudo refused it). */
function run_as_assertRanAsAgentUser(run, what) {
    const refused = run.error ?? (/^sudo: /m.test(run.stderr) ? run.stderr.trim() : undefined);
    if (refused !== undefined)
        throw new Error(`cannot ${what} as the agent user: ${refused.split('\n')[0] ?? ''}`);
}
/**
 * A short command of the orchestrator's own (a probe, a permission fix) run as the agent
 * user, output captured. Never for anything an agent wrote.
 */
function run_as_runAsAgentUser(user, mode, command, args, options) {
    const target = run_as_spawnTarget(user, mode, command, args, options.env);
    return new Promise((resolve) => {
        let stdout = '';
        let stderr = '';
        let child;
        try {
            child = spawn(target.command, target.args, {
                cwd: options.cwd ?? '/',
                env: target.env,
                stdio: ['ignore', 'pipe', 'pipe'],
                ...(target.uid === undefined ? {} : { uid: target.uid }),
                ...(target.gid === undefined ? {} : { gid: target.gid })
            });
        }
        catch (error) {
            resolve({ code: null, stdout, stderr, error: String(error) });
            return;
        }
        child.stdout?.on('data', (chunk) => (stdout += chunk.toString('utf8')));
        child.stderr?.on('data', (chunk) => (stderr += chunk.toString('utf8')));
        child.once('error', (error) => resolve({ code: null, stdout, stderr, error: error.message }));
        child.once('close', (code) => resolve({ code, stdout, stderr }));
    });
}

;// CONCATENATED MODULE: ./src/adapters/agent-user/call-dir.ts





/** Largest output file taken from an agent (a report, a final message). */
const MAX_AGENT_OUTPUT_BYTES = (/* unused pure expression or super */ null && (32 * 1024 * 1024));
async function call_dir_openCallDir(user, mode, self) {
    const root = await mkdtemp(join(tmpdir(), 'plan-orchestrator-call-'));
    await chmod(root, 0o711);
    const inputs = join(root, 'inputs');
    await mkdir(inputs, { mode: 0o755 });
    await chmod(inputs, 0o755);
    const agentDirs = ['outputs', 'home', 'tmp'].map((name) => join(root, name));
    for (const dir of agentDirs) {
        await mkdir(dir, { mode: 0o700 });
        if (mode === 'uid')
            await lchown(dir, user.uid, user.gid);
        else {
            // A non-root orchestrator shares them through the agent user's group.
            await lchown(dir, self.uid, user.gid);
            await chmod(dir, 0o2770);
        }
    }
    const [outputs, home, tmp] = agentDirs;
    // The CLIs' own homes, inside the call's HOME: the orchestrator's (CODEX_HOME, a logged-in
    // ~/.claude) are out of the agent user's reach, and want to stay that way.
    for (const dir of [join(home, '.codex'), join(home, '.claude')]) {
        await mkdir(dir, { mode: 0o700 });
        if (mode === 'uid')
            await lchown(dir, user.uid, user.gid);
        else {
            await lchown(dir, self.uid, user.gid);
            await chmod(dir, 0o2770);
        }
    }
    /** Through sudo, the agent's files are opened to its group before we read or delete them. */
    const openUp = async (dir) => {
        if (mode === 'sudo')
            await runAsAgentUser(user, mode, '/bin/chmod', ['-R', 'g+rwX', '--', dir], {
                env: helperEnv()
            });
    };
    return {
        root,
        inputs,
        outputs,
        home,
        tmp,
        async seal(names) {
            const agentOutputs = join(root, 'outputs.agent');
            await openUp(outputs);
            await rename(outputs, agentOutputs);
            await mkdir(outputs, { mode: 0o700 });
            for (const name of names) {
                const content = await call_dir_readAgentFile(join(agentOutputs, name));
                if (content !== undefined)
                    await writeFile(join(outputs, name), content, { mode: 0o600 });
            }
        },
        async remove() {
            for (const dir of agentDirs)
                await openUp(dir);
            await openUp(join(root, 'outputs.agent'));
            await rm(root, { recursive: true, force: true });
        }
    };
}
/**
 * A file an agent wrote, or undefined when it is missing, a link, not a regular file (a fifo
 * would block the read) or larger than `maxBytes`.
 */
async function call_dir_readAgentFile(path, maxBytes = MAX_AGENT_OUTPUT_BYTES) {
    let handle;
    try {
        handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    }
    catch {
        return undefined;
    }
    try {
        const stats = await handle.stat();
        if (!stats.isFile() || stats.size > maxBytes)
            return undefined;
        const content = await handle.readFile();
        return content.length > maxBytes ? undefined : content;
    }
    catch {
        return undefined;
    }
    finally {
        await handle.close();
    }
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./src/adapters/agent-user/user-processes.ts



/**
 * Nothing of the agent user outlives its stage. The user is dedicated to the agents, so every
 * process it owns belongs to the stage that just ended: a daemon that left its process group
 * with setsid, a `nohup` job, a background server a verification command forgot. They are
 * found by uid in /proc, not by process group, and killed until none is left.
 */
const MAX_ROUNDS = 200;
/** Running (not zombie) processes whose real, effective or saved uid is `uid`. */
function listUserProcesses(uid) {
    let entries;
    try {
        entries = readdirSync('/proc');
    }
    catch {
        return [];
    }
    const pids = [];
    for (const entry of entries) {
        if (!/^\d+$/.test(entry) || Number(entry) === process.pid)
            continue;
        let status;
        try {
            status = readFileSync(`/proc/${entry}/status`, 'utf8');
        }
        catch {
            continue;
        }
        const state = /^State:\s+(\S)/m.exec(status)?.[1];
        if (state === 'Z' || state === 'X')
            continue;
        const ids = /^Uid:\s+(\d+)\s+(\d+)\s+(\d+)/m.exec(status);
        if (ids === null)
            continue;
        if ([ids[1], ids[2], ids[3]].some((id) => Number(id) === uid))
            pids.push(Number(entry));
    }
    return pids;
}
/**
 * SIGKILL to every process of the user, round after round, until none runs (a process that
 * forks while it is being killed leaves a child for the next round). A root orchestrator
 * signals them itself; through sudo, the user signals all of its own processes at once
 * (`kill -1`). Throws when some survive: the next stage must not start beside them.
 */
async function user_processes_stopUserProcesses(user, mode) {
    for (let round = 0; round < MAX_ROUNDS; round += 1) {
        const pids = listUserProcesses(user.uid);
        if (pids.length === 0)
            return;
        if (mode === 'uid') {
            for (const pid of pids) {
                try {
                    process.kill(pid, 'SIGKILL');
                }
                catch {
                    // Gone between the scan and the signal.
                }
            }
        }
        else {
            const run = await runAsAgentUser(user, mode, '/bin/sh', ['-c', 'kill -KILL -1'], {
                env: helperEnv()
            });
            assertRanAsAgentUser(run, 'stop the processes');
        }
        await delay(round < 10 ? 5 : 25);
    }
    const left = listUserProcesses(user.uid);
    if (left.length > 0)
        throw new Error(`processes of agent user ${user.name} survive SIGKILL (pids ${left.slice(0, 10).join(', ')})`);
}

// EXTERNAL MODULE: ./src/core/run/layout.ts
var layout = __webpack_require__(88951);
;// CONCATENATED MODULE: ./src/adapters/agent-user/tree-walk.ts


/**
 * Every entry below `root` (not `root` itself), children before their directory, by lstat:
 * a symlink is an entry of its own and never followed, so a link an agent planted cannot
 * lead the walk (and what is done to each entry) out of the tree.
 */
async function tree_walk_walkTree(root, visit, options = {}) {
    const skip = new Set(options.skipTopLevel ?? []);
    const descend = async (dir, top) => {
        let names;
        try {
            names = await readdir(dir);
        }
        catch {
            return;
        }
        for (const name of names) {
            if (top && skip.has(name))
                continue;
            const path = join(dir, name);
            let stats;
            try {
                stats = await lstat(path);
            }
            catch {
                continue;
            }
            if (stats.isDirectory())
                await descend(path, false);
            await visit(path, stats);
        }
    };
    await descend(root, true);
}

;// CONCATENATED MODULE: ./src/adapters/agent-user/worktree-access.ts






const CLOSED = 0o700;
const READABLE = 0o755;
/** setuid, setgid and sticky bits, and write for group and others. */
const UNSAFE_BITS = 0o7022;
const GIT_POINTER = '.git';
function worktree_access_createWorktreeAccess(user, mode, self) {
    const sealEntry = async (path, stats) => {
        if (stats.isSymbolicLink() || stats.uid !== self.uid)
            return;
        if (stats.gid !== self.gid)
            await lchown(path, self.uid, self.gid);
        const wanted = stats.mode & 0o7777 & ~UNSAFE_BITS;
        // A regular file or directory, found by lstat, with no agent process left to swap it.
        if ((stats.mode & 0o7777) !== wanted)
            await chmod(path, wanted);
    };
    /** Everything the agent user owns in the tree becomes the orchestrator's, locked down. */
    const reclaim = async (worktree) => {
        if (mode === 'uid') {
            await walkTree(worktree, async (path, stats) => {
                if (stats.uid === user.uid)
                    await lchown(path, self.uid, self.gid);
                await sealEntry(path, await lstat(path));
            });
            const top = await lstat(worktree);
            if (top.uid === user.uid)
                await lchown(worktree, self.uid, self.gid);
            return;
        }
        // Through sudo: the agent's own files become readable and writable by its group (of
        // which the runner is a member), then each is replaced by the runner's own copy.
        const opened = await runAsAgentUser(user, mode, '/bin/chmod', ['-R', 'g+rwX', '--', worktree], {
            env: helperEnv()
        });
        assertRanAsAgentUser(opened, `open ${worktree} to its group`);
        await walkTree(worktree, async (path, stats) => {
            const current = stats.uid === user.uid ? await replaceWithOwnCopy(path, stats) : stats;
            await sealEntry(path, current);
        });
    };
    const close = async (worktree, topMode) => {
        await secureWorktreeParents(worktree, self);
        const top = await lstat(worktree);
        if (top.uid === user.uid && mode === 'uid')
            await lchown(worktree, self.uid, self.gid);
        await chmod(worktree, topMode);
    };
    return {
        async handOver(worktree) {
            await secureWorktreeParents(worktree, self);
            if (mode === 'uid') {
                await walkTree(worktree, async (path, stats) => {
                    if (stats.uid === self.uid)
                        await lchown(path, user.uid, user.gid);
                }, { skipTopLevel: [GIT_POINTER] });
                await chmod(worktree, CLOSED);
                await lchown(worktree, user.uid, user.gid);
                return;
            }
            const share = async (path, stats) => {
                if (stats.isSymbolicLink() || stats.uid !== self.uid)
                    return;
                await lchown(path, self.uid, user.gid);
                const owner = stats.mode & 0o700;
                // Group gets what the owner has; directories pass their group on to new entries.
                // (Others keep their bits: the closed worktree keeps them out, and audits read by them.)
                const shared = (stats.mode & 0o777) | (owner >> 3);
                await chmod(path, stats.isDirectory() ? shared | 0o2000 : shared);
            };
            await walkTree(worktree, share, { skipTopLevel: [GIT_POINTER] });
            await lchown(worktree, self.uid, user.gid);
            await chmod(worktree, 0o2770);
        },
        async openForReading(worktree) {
            await reclaim(worktree);
            await close(worktree, READABLE);
        },
        async takeBack(worktree) {
            await reclaim(worktree);
            await close(worktree, CLOSED);
            if (mode === 'sudo')
                await lchown(worktree, self.uid, self.gid);
        }
    };
}
/**
 * The directories between the repository and an attempt's worktree must let the agent user
 * through (0711: enter, not list); the other attempts' and other runs' worktrees are closed.
 * Only applies to worktrees in the run layout, and only to what this process owns.
 */
async function secureWorktreeParents(worktree, self) {
    const runDir = dirname(worktree);
    const root = dirname(runDir);
    const marker = `/${WORKTREE_ROOT}`;
    if (!root.endsWith(marker))
        return;
    const repoRoot = root.slice(0, -marker.length);
    let dir = root;
    while (dir.length > repoRoot.length) {
        await ensureMode(dir, self, (mode) => mode | 0o111);
        dir = dirname(dir);
    }
    await ensureMode(root, self, () => 0o711);
    await ensureMode(runDir, self, () => 0o711);
    for (const [parent, keep] of [
        [root, basename(runDir)],
        [runDir, basename(worktree)]
    ]) {
        for (const name of await readdir(parent).catch(() => [])) {
            if (name !== keep)
                await ensureMode(join(parent, name), self, () => CLOSED);
        }
    }
}
async function ensureMode(path, self, wanted) {
    const stats = await lstat(path).catch(() => undefined);
    if (stats === undefined || !stats.isDirectory() || stats.uid !== self.uid)
        return;
    const mode = wanted(stats.mode & 0o7777);
    if (mode !== (stats.mode & 0o7777))
        await chmod(path, mode);
}
/**
 * Replaces an entry the agent user owns with an identical one the orchestrator owns (a
 * non-root process cannot chown). Its directory is writable through the shared group, and
 * for a directory its entries were replaced already (the walk visits children first).
 */
async function replaceWithOwnCopy(path, stats) {
    const temporary = join(dirname(path), `.${basename(path)}.plan-orchestrator-${process.pid}`);
    if (stats.isSymbolicLink()) {
        await symlink(await readlink(path), temporary);
    }
    else if (stats.isDirectory()) {
        await mkdir(temporary, { mode: 0o700 });
        for (const name of await readdir(path))
            await rename(join(path, name), join(temporary, name));
        await chmod(temporary, stats.mode & 0o777);
        await rmdir(path);
    }
    else if (stats.isFile()) {
        const source = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
        try {
            const content = await source.readFile();
            const copy = await open(temporary, 'wx', stats.mode & 0o777);
            try {
                await copy.writeFile(content);
            }
            finally {
                await copy.close();
            }
        }
        finally {
            await source.close();
        }
    }
    else {
        // A fifo, socket or device node is nothing an item needs.
        await unlink(path);
        return stats;
    }
    await rename(temporary, path);
    return lstat(path);
}

;// CONCATENATED MODULE: ./src/adapters/agent-user/isolation.ts









function isolation_createAgentIsolation(user, mode, self) {
    const worktrees = createWorktreeAccess(user, mode, self);
    const stopAll = () => stopUserProcesses(user, mode);
    const runAs = {
        spawnTarget: (command, args, env) => spawnTarget(user, mode, command, args, env),
        afterExit: stopAll
    };
    const open = async (worktree, access) => {
        await stopAll();
        const dir = await openCallDir(user, mode, self);
        try {
            if (access === 'write')
                await worktrees.handOver(worktree);
        }
        catch (error) {
            await dir.remove();
            throw error;
        }
        return {
            dir,
            env: {
                HOME: dir.home,
                TMPDIR: dir.tmp,
                CODEX_HOME: join(dir.home, '.codex'),
                CLAUDE_CONFIG_DIR: join(dir.home, '.claude'),
                // Git refuses a repository another user owns; the agent's read-only git commands
                // in its own worktree are meant to work. Set in the environment, which git counts
                // as command-line configuration, the only place besides the user's and the system's
                // it takes this key from.
                GIT_CONFIG_COUNT: '1',
                GIT_CONFIG_KEY_0: 'safe.directory',
                GIT_CONFIG_VALUE_0: worktree
            },
            async close() {
                try {
                    await stopAll();
                    if (access === 'write')
                        await worktrees.takeBack(worktree);
                }
                finally {
                    await dir.remove();
                }
            }
        };
    };
    return {
        user,
        mode,
        stopAll,
        async recover(runWorktreesDir) {
            await stopAll();
            const entries = await readdir(runWorktreesDir, { withFileTypes: true }).catch(() => []);
            for (const entry of entries) {
                if (entry.isDirectory())
                    await worktrees.takeBack(join(runWorktreesDir, entry.name));
            }
        },
        async openCommand(worktree) {
            const opened = await open(worktree, 'write');
            return { runAs, env: opened.env, close: opened.close };
        },
        async openAgentCall(request) {
            const mutation = MUTATION_LANES.includes(request.lane);
            const kept = {
                report: request.reportPath,
                raw: rawOutputPathFor(request.reportPath)
            };
            // A stale report must never pass for this call's.
            for (const path of Object.values(kept))
                await rm(path, { force: true });
            // A review lane works in a checkpoint copy the orchestrator already made read-only for
            // everyone (adapters/review-copy.ts); changing its modes would break its tamper check.
            const opened = await open(request.cwd, mutation ? 'write' : 'prepared');
            const { dir } = opened;
            const names = { report: basename(kept.report), raw: basename(kept.raw) };
            const schemaPath = join(dir.inputs, basename(request.schema.path));
            try {
                await writeFile(schemaPath, `${JSON.stringify(request.schema.json, null, 2)}\n`);
            }
            catch (error) {
                await opened.close();
                throw error;
            }
            const seen = {
                ...request,
                promptFile: join(dir.inputs, basename(request.promptFile)),
                schema: { ...request.schema, path: schemaPath },
                reportPath: join(dir.outputs, names.report),
                env: { ...request.env, ...opened.env }
            };
            return {
                request: seen,
                runAs,
                env: opened.env,
                close: opened.close,
                sealOutputs: () => dir.seal([names.report, names.raw]),
                async deliver(outcome) {
                    // Written by us into the sealed outputs, or copied there from the agent's: either
                    // way, regular files in a directory only the orchestrator can write.
                    await mkdir(dirname(kept.report), { recursive: true });
                    const report = await readAgentFile(join(dir.outputs, names.report));
                    if (report !== undefined)
                        await writeFileAtomically(kept.report, report.toString('utf8'));
                    const raw = await readAgentFile(join(dir.outputs, names.raw));
                    if (raw !== undefined)
                        await writeFileAtomically(kept.raw, raw.toString('utf8'));
                    if (outcome.rawOutputPath === undefined)
                        return outcome;
                    return raw === undefined
                        ? withoutRawOutput(outcome)
                        : { ...outcome, rawOutputPath: kept.raw };
                }
            };
        }
    };
}
function withoutRawOutput(outcome) {
    const rest = { ...outcome };
    delete rest.rawOutputPath;
    return rest;
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/adapters/agent-user/identity.ts



function identity_orchestratorIdentity() {
    return { uid: process.getuid?.() ?? -1, gid: process.getgid?.() ?? -1 };
}
const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** The user's passwd entry and groups, or undefined when there is no such user. */
async function identity_lookupAgentUser(name) {
    const entry = await passwdEntry(name);
    if (entry === undefined)
        return undefined;
    const [, , uid, gid, , home] = entry.split(':');
    const user = {
        name,
        uid: Number(uid),
        gid: Number(gid),
        home: home ?? '/'
    };
    if (!Number.isInteger(user.uid) || !Number.isInteger(user.gid))
        return undefined;
    return { ...user, groups: await groupsOf(name, user.gid), groupName: await groupName(name) };
}
async function groupName(name) {
    try {
        return (await run('id', ['-gn', '--', name], { encoding: 'utf8' })).stdout.trim();
    }
    catch {
        return name;
    }
}
async function passwdEntry(name) {
    try {
        const { stdout } = await run('getent', ['passwd', name], { encoding: 'utf8' });
        return stdout.split('\n').find((line) => line.startsWith(`${name}:`));
    }
    catch (error) {
        // getent exits 2 for "no such key"; anything else (no getent) falls back to the file.
        if (error.code === 2)
            return undefined;
    }
    const passwd = await readFile('/etc/passwd', 'utf8').catch(() => '');
    return passwd.split('\n').find((line) => line.startsWith(`${name}:`));
}
async function groupsOf(name, primary) {
    try {
        const { stdout } = await run('id', ['-G', '--', name], { encoding: 'utf8' });
        const ids = stdout.trim().split(/\s+/).map(Number).filter(Number.isInteger);
        return [...new Set([primary, ...ids])];
    }
    catch {
        return [primary];
    }
}
/**
 * Why this user cannot be the agent user, one sentence each (empty when it can): it must
 * exist, and be neither root, nor in root's group, nor the orchestrator's own user or group
 * (any of those would hand the agent what isolation is meant to keep from it).
 */
function identity_agentUserProblems(name, user, self) {
    const setUp = 'see docs/security.md for the runner set-up';
    if (process.platform !== 'linux')
        return [`agent user '${name}': running agents as another user needs Linux`];
    if (user === undefined)
        return [
            `agent user '${name}' does not exist; create a dedicated user for the agents (useradd --create-home --shell /bin/bash ${name}; ${setUp})`
        ];
    const problems = [];
    if (user.uid === 0)
        problems.push(`agent user '${name}' is root (uid 0); it must be a dedicated unprivileged user`);
    else if (user.uid === self.uid)
        problems.push(`agent user '${name}' is the user plan-orchestrator runs as; the agents need a user of their own (${setUp})`);
    if (user.groups.includes(0))
        problems.push(`agent user '${name}' is in group 0 (root); remove it from that group`);
    else if (self.uid !== 0 && user.groups.includes(self.gid))
        problems.push(`agent user '${name}' is in the orchestrator's group (gid ${self.gid}); it could read files that group may read — remove it from that group`);
    return problems;
}

;// CONCATENATED MODULE: ./src/adapters/agent-user/preflight.ts




/** The runner's file-command files: a write to one is a workflow command. */
const RUNNER_FILES = (/* unused pure expression or super */ null && ([
    'GITHUB_OUTPUT',
    'GITHUB_ENV',
    'GITHUB_PATH',
    'GITHUB_STEP_SUMMARY',
    'GITHUB_STATE'
]));
/**
 * Arguments: directories, `--`, executables, `--`, paths, `--`, the repository. For the
 * repository it lists the credentials git would hand the agent user from the checkout's
 * configuration (actions/checkout's persisted token): where and which key, never the value.
 */
const PROBE = (/* unused pure expression or super */ null && (`
phase=dirs
for arg; do
  case "$phase:$arg" in
    dirs:--) phase=exes ;;
    exes:--) phase=protected ;;
    protected:--) phase=repo ;;
    dirs:*) { [ -d "$arg" ] && [ -x "$arg" ]; } || printf 'blocked\\t%s\\n' "$arg" ;;
    exes:*) command -v -- "$arg" >/dev/null 2>&1 || printf 'missing\\t%s\\n' "$arg" ;;
    protected:*) if [ -e "$arg" ] && [ -w "$arg" ]; then printf 'writable\\t%s\\n' "$arg"; fi ;;
    repo:*)
      git -c safe.directory='*' -C "$arg" config --show-origin --get-regexp '^http\\..*extraheader$' 2>/dev/null |
        while IFS= read -r line; do
          origin=\${line%%\t*}
          rest=\${line#*\t}
          printf 'credential\\t%s %s\\n' "$origin" "\${rest%% *}"
        done ;;
  esac
done
printf 'probe-done\\n'
`));
async function preflight_probeAgentUser(input) {
    const { user, mode, repoRoot } = input;
    const who = `agent user '${user.name}'`;
    const problems = [];
    if (mode === 'sudo' && !process.getgroups?.().includes(user.gid)) {
        problems.push(`${who}: a non-root orchestrator shares each worktree with the agent user through its group; ` +
            `add this user to group ${user.groupName} (usermod -aG ${user.groupName} "$USER", then log in again; see docs/security.md)`);
    }
    const run = await runAsAgentUser(user, mode, '/bin/sh', [
        '-c',
        PROBE,
        'probe',
        ...ancestors(repoRoot),
        '--',
        ...input.executables,
        '--',
        ...protectedPaths(repoRoot, input.env),
        '--',
        repoRoot
    ], { env: { PATH: input.path, HOME: '/' } });
    if (!run.stdout.includes('probe-done')) {
        const detail = (run.error ?? run.stderr.trim().split('\n').slice(-2).join(' ')) || 'no output';
        problems.push(mode === 'sudo'
            ? `cannot run commands as ${who} through sudo (${detail}); a non-root orchestrator needs the sudoers line "${sudoersLine(runnerName(input.env), user.name)}" (see docs/security.md)`
            : `cannot run commands as ${who} (${detail})`);
        return problems;
    }
    const findings = run.stdout
        .split('\n')
        .map((line) => line.split('\t'))
        .filter((parts) => parts.length === 2);
    const blocked = findings.find(([kind]) => kind === 'blocked');
    if (blocked !== undefined)
        problems.push(`${who} cannot enter ${blocked[1]}, on the way to the repository ${repoRoot}; ` +
            `let it through (chmod o+x ${blocked[1]}) or move the checkout (see docs/security.md)`);
    for (const [kind, what] of findings) {
        if (kind === 'missing')
            problems.push(`${who} cannot run ${what}: not on PATH or not executable for that user`);
        if (kind === 'credential')
            problems.push(`${who} can read a credential in the checkout's git configuration (${what}); ` +
                'check out without persisting credentials (actions/checkout with persist-credentials: false; see docs/security.md)');
        if (kind === 'writable')
            problems.push(`${who} can write ${what}; the checkout, its git directory and the runner's files must belong to the orchestrator's user and not be writable by the agent user`);
    }
    return problems;
}
/** `/`, `/home`, `/home/runner`, … down to the repository itself. */
function ancestors(path) {
    const chain = [];
    let dir = resolve(path);
    for (;;) {
        chain.unshift(dir);
        const parent = dirname(dir);
        if (parent === dir)
            return chain;
        dir = parent;
    }
}
function protectedPaths(repoRoot, env) {
    const gitDir = join(repoRoot, '.git');
    const paths = [repoRoot, gitDir];
    if (isDirectory(gitDir))
        paths.push(...['config', 'hooks', 'refs', 'refs/heads', 'HEAD', 'info'].map((p) => join(gitDir, p)));
    for (const root of [CONTROL_ROOT, REPORT_ROOT])
        paths.push(join(repoRoot, root));
    for (const name of RUNNER_FILES) {
        const file = env[name];
        if (file !== undefined && file !== '')
            paths.push(file, dirname(file));
    }
    return paths.filter((path) => existsSync(path));
}
function isDirectory(path) {
    try {
        return statSync(path).isDirectory();
    }
    catch {
        return false;
    }
}
function runnerName(env) {
    return env.USER ?? env.LOGNAME ?? 'RUNNER_USER';
}

;// CONCATENATED MODULE: ./src/adapters/agent-user/index.ts




/**
 * The agent user named by the runtime policy, looked up and probed once: an isolation to
 * run agents and verification with, or the problems that refuse the run (fail closed: a
 * named user that cannot be used never means "run as ourselves instead").
 */
async function agent_user_prepareAgentUser(name, check) {
    if (name === null)
        return { ok: true, isolation: undefined };
    const self = orchestratorIdentity();
    const user = await lookupAgentUser(name);
    const problems = agentUserProblems(name, user, self);
    if (problems.length > 0 || user === undefined)
        return { ok: false, problems };
    const mode = spawnModeFor(self.uid);
    const probed = await probeAgentUser({
        user,
        mode,
        repoRoot: check.repoRoot,
        executables: check.executables,
        path: check.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
        env: check.env
    });
    if (probed.length > 0)
        return { ok: false, problems: probed };
    return { ok: true, isolation: createAgentIsolation(user, mode, self) };
}

;// CONCATENATED MODULE: ./src/adapters/agents/claude-envelope.ts

/** The result envelope in stdout, or undefined when there is none. */
function claude_envelope_findResultEnvelope(stdout) {
    const whole = parseJsonObject(stdout.trim());
    if (whole)
        return whole;
    const lines = stdout.split('\n').reverse();
    for (const line of lines) {
        if (!line.trimStart().startsWith('{'))
            continue;
        const event = parseJsonObject(line);
        if (event?.type === 'result')
            return event;
    }
    return undefined;
}
/**
 * Claude exits 1 whenever the envelope says `is_error` (auth, max turns, budget, structured
 * output retries). `subtype` alone is not enough: "Not logged in" comes with `success`.
 */
function claude_envelope_isErrorEnvelope(envelope) {
    return (envelope.is_error === true ||
        (typeof envelope.subtype === 'string' && envelope.subtype.startsWith('error_')));
}
const AUTH_FAILURE = /not logged in|authentication_failed|invalid api key|oauth token/i;
function claude_envelope_classifyErrorEnvelope(envelope) {
    const subtype = typeof envelope.subtype === 'string' ? envelope.subtype : 'unknown';
    const result = typeof envelope.result === 'string' ? envelope.result : '';
    const errors = Array.isArray(envelope.errors) ? envelope.errors.map(String) : [];
    const apiStatus = envelope.api_error_status;
    const auth = AUTH_FAILURE.test(result) ||
        errors.some((error) => AUTH_FAILURE.test(error)) ||
        apiStatus === 401 ||
        apiStatus === 403;
    const diagnostics = [
        `claude reported an error (subtype ${subtype}, stop_reason ${String(envelope.stop_reason ?? 'unknown')})`,
        ...(result !== '' ? [result] : []),
        ...errors,
        ...describeDenials(envelope.permission_denials)
    ];
    return { status: auth ? 'auth_error' : 'error_envelope', diagnostics };
}
function describeDenials(denials) {
    if (!Array.isArray(denials))
        return [];
    return denials.filter(isPlainObject).map((denial) => {
        const tool = String(denial.tool_name ?? 'tool');
        const input = isPlainObject(denial.tool_input) ? denial.tool_input : {};
        const path = input.file_path ?? input.path;
        return typeof path === 'string' ? `${tool} denied for ${path}` : `${tool} denied`;
    });
}
/**
 * A report from free text, for when structured output is missing: the text itself as JSON,
 * a text that is one fenced block, or the first fenced block holding an object.
 */
function claude_envelope_extractReportFromText(value) {
    if (isPlainObject(value))
        return value;
    if (typeof value !== 'string')
        return undefined;
    const text = value.trim();
    const direct = parseJsonObject(text);
    if (direct)
        return direct;
    const whole = /^```[a-zA-Z]*\s*\n([\s\S]*?)\n?```$/.exec(text);
    if (whole?.[1] !== undefined) {
        const inside = parseJsonObject(whole[1].trim());
        if (inside)
            return inside;
    }
    const first = /```[a-zA-Z]*\s*\n(\{[\s\S]*?\})\s*\n?```/.exec(text);
    return first?.[1] !== undefined ? parseJsonObject(first[1]) : undefined;
}
/**
 * Tokens, cost and model of a call from its result envelope. Claude counts `input_tokens`
 * without the cache; the port counts all input, so cache reads and writes are added in. The
 * cost is the envelope's `total_cost_usd` (else the sum of `modelUsage[*].costUSD`); the model
 * is the `modelUsage` entry that cost the most (claude may use a small model on the side).
 */
function claude_envelope_envelopeUsage(envelope, configured = {}) {
    const numberAt = (source, key) => typeof source[key] === 'number' && Number.isFinite(source[key]) && source[key] >= 0
        ? source[key]
        : undefined;
    const perModel = isPlainObject(envelope.modelUsage)
        ? Object.entries(envelope.modelUsage).filter((entry) => isPlainObject(entry[1]))
        : [];
    const sumModels = (key) => {
        const values = perModel.map(([, usage]) => numberAt(usage, key));
        return values.some((value) => value !== undefined)
            ? values.reduce((sum, value) => sum + (value ?? 0), 0)
            : undefined;
    };
    const usage = isPlainObject(envelope.usage) ? envelope.usage : undefined;
    const tokens = (envelopeKey, modelKey) => usage !== undefined ? numberAt(usage, envelopeKey) : sumModels(modelKey);
    const uncachedInput = tokens('input_tokens', 'inputTokens');
    const cacheRead = tokens('cache_read_input_tokens', 'cacheReadInputTokens');
    const cacheWrite = tokens('cache_creation_input_tokens', 'cacheCreationInputTokens');
    const main = [...perModel].sort(([, a], [, b]) => (numberAt(b, 'costUSD') ?? 0) - (numberAt(a, 'costUSD') ?? 0))[0];
    const fields = {
        inputTokens: uncachedInput === undefined
            ? undefined
            : uncachedInput + (cacheRead ?? 0) + (cacheWrite ?? 0),
        cachedInputTokens: cacheRead,
        cacheWriteTokens: cacheWrite,
        outputTokens: tokens('output_tokens', 'outputTokens'),
        costUsd: numberAt(envelope, 'total_cost_usd') ?? sumModels('costUSD'),
        numTurns: numberAt(envelope, 'num_turns'),
        model: main?.[0] ?? configured.model,
        effort: configured.effort
    };
    const present = Object.entries(fields).filter(([, value]) => value !== undefined);
    return present.length === 0 ? undefined : Object.fromEntries(present);
}

;// CONCATENATED MODULE: ./src/adapters/agents/credentials.ts


/**
 * Each agent sees only its own credentials: a prompt-injected codex must not be able to read
 * claude's key, nor the other way round. Credentials reach an agent through its environment;
 * its home is a fresh one per call (call-home.ts), into which only its own login file is
 * copied for a user who logged in interactively.
 */
const credentials_CODEX_CREDENTIAL_ENV = [
    'CODEX_API_KEY',
    'OPENAI_API_KEY',
    'CODEX_ACCESS_TOKEN'
];
const credentials_CLAUDE_CREDENTIAL_ENV = [
    'ANTHROPIC_API_KEY',
    'CLAUDE_CODE_OAUTH_TOKEN',
    'ANTHROPIC_AUTH_TOKEN'
];
/**
 * Credentials plus the CLI's endpoint settings. Not `CODEX_HOME`/`CLAUDE_CONFIG_DIR`: those
 * always point at the call's fresh home, never at a shared, writable configuration.
 */
const credentials_CODEX_PASS_THROUGH = [
    ...credentials_CODEX_CREDENTIAL_ENV,
    'OPENAI_BASE_URL',
    'CODEX_CA_CERTIFICATE'
];
const credentials_CLAUDE_PASS_THROUGH = [
    ...credentials_CLAUDE_CREDENTIAL_ENV,
    'ANTHROPIC_BASE_URL'
];
function userHome(env) {
    return env.HOME?.trim() || homedir();
}
/** `$CODEX_HOME/auth.json` (default `~/.codex/auth.json`): what `codex login` writes. */
function credentials_codexLoginFile(env) {
    const codexHome = env.CODEX_HOME?.trim() || join(userHome(env), '.codex');
    return { source: join(codexHome, 'auth.json'), target: '.codex/auth.json' };
}
/**
 * `$CLAUDE_CONFIG_DIR/.credentials.json` (default `~/.claude/.credentials.json`): where
 * `claude auth login` keeps its OAuth login on Linux. A login kept in the macOS keychain is
 * not a file and does not carry over; use `CLAUDE_CODE_OAUTH_TOKEN` or `ANTHROPIC_API_KEY`.
 */
function credentials_claudeLoginFile(env) {
    const configDir = env.CLAUDE_CONFIG_DIR?.trim() || join(userHome(env), '.claude');
    return { source: join(configDir, '.credentials.json'), target: '.claude/.credentials.json' };
}

;// CONCATENATED MODULE: ./src/adapters/agents/identity.ts




/**
 * Which CLI serves an agent, for the provenance record of each call: the adapter, the
 * executable, the model and effort it is asked for, and the first line of `<cli> --version`
 * (asked once per process, in an empty home with nothing of ours in its environment).
 */
const VERSION_TIMEOUT_MS = 15_000;
const MAX_VERSION_LENGTH = 200;
function identity_withIdentity(agent, spec) {
    let version;
    return {
        ...agent,
        async describe() {
            version ??= cliVersion(spec.command, spec.path ?? process.env['PATH'] ?? '');
            return {
                adapter: spec.adapter,
                cli: spec.command,
                cli_version: await version,
                model: spec.model,
                effort: spec.effort
            };
        }
    };
}
/** First non-blank line of `<command> --version`, or null when it does not answer cleanly. */
async function cliVersion(command, path) {
    const home = await mkdtemp(join(tmpdir(), 'plan-orchestrator-version-'));
    try {
        const stdout = await new Promise((resolve) => {
            execFile(command, ['--version'], {
                cwd: home,
                env: { PATH: path, HOME: home },
                timeout: VERSION_TIMEOUT_MS,
                maxBuffer: 64 * 1024,
                encoding: 'utf8'
            }, (error, out) => resolve(error === null ? out : null)).stdin?.end();
        });
        const line = stdout
            ?.split('\n')
            .map((text) => text.trim())
            .find((text) => text !== '');
        return line === undefined ? null : line.slice(0, MAX_VERSION_LENGTH);
    }
    finally {
        await rm(home, { recursive: true, force: true });
    }
}
/** The PATH a CLI agent's calls look their executable up on (its source environment's). */
function identity_agentPath(options) {
    const path = (options.sourceEnv ?? process.env)['PATH'];
    return path === undefined ? {} : { path };
}

;// CONCATENATED MODULE: ./src/adapters/agents/claude.ts







/**
 * `claude -p` (Claude Code 2.1.197) for the second audit. Read-only (plan mode, Read/Glob/
 * Grep), no configuration of anyone's (CLAUDE_REVIEW_ISOLATION), instructions as an appended
 * system-prompt file, stdin ignored, the audit schema inline. Its envelope is read whatever the exit code: an `is_error` envelope is an outcome.
 */
const CLAUDE_EFFORTS = (/* unused pure expression or super */ null && (['low', 'medium', 'high', 'xhigh', 'max']));
/** The user prompt; the real instructions are in the appended system-prompt file. */
const CLAUDE_INSTRUCTION = (/* unused pure expression or super */ null && ('Review the item using the appended audit instructions and the workspace packet files. ' +
    'Return only schema-valid JSON.'));
const CLAUDE_DEFAULTS = {
    command: 'claude',
    model: 'opus',
    effort: 'max',
    maxTurns: 8,
    outputFormat: 'stream-json'
};
/**
 * What the audit lane never loads, whatever the call's cwd or home holds. Verified against
 * Claude Code 2.1.197 in __tests__/contract/:
 * - `--setting-sources ''`: no user, project or local settings, so no hooks, no `env` block
 *   (which could point ANTHROPIC_BASE_URL elsewhere: `--safe-mode` and `--bare` still apply
 *   it), no `apiKeyHelper`, no permissions, and no CLAUDE.md / CLAUDE.local.md anywhere.
 * - `--strict-mcp-config` with no `--mcp-config`: no MCP server from `.mcp.json` or
 *   `.claude.json`.
 * - `--safe-mode` (or `--bare`): skills, plugins, custom agents and commands, output styles
 *   and hooks off as well.
 */
const CLAUDE_REVIEW_ISOLATION = (/* unused pure expression or super */ null && ([
    '--setting-sources',
    '',
    '--strict-mcp-config'
]));
/**
 * Claude compiles `--json-schema` with draft-07 Ajv: a 2020-12 `$schema` line makes it drop
 * structured output without a word, so the dialect line goes.
 */
function schemaForClaude(schema) {
    const withoutDialect = Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema'));
    return JSON.stringify(withoutDialect);
}
/** Pure: the whole invocation for one request. */
function buildClaudeInvocation(request, options = {}) {
    const outputFormat = options.outputFormat ?? CLAUDE_DEFAULTS.outputFormat;
    const isolation = options.isolation ?? 'safe-mode';
    const args = [
        '-p',
        '--model',
        options.model ?? CLAUDE_DEFAULTS.model,
        '--effort',
        options.effort ?? CLAUDE_DEFAULTS.effort,
        '--no-session-persistence',
        '--max-turns',
        String(options.maxTurns ?? CLAUDE_DEFAULTS.maxTurns),
        '--permission-mode',
        'plan',
        '--tools',
        'Read,Glob,Grep',
        '--append-system-prompt-file',
        request.promptFile,
        '--output-format',
        outputFormat,
        ...(outputFormat === 'stream-json' ? ['--verbose'] : []),
        '--json-schema',
        schemaForClaude(request.schema.json),
        `--${isolation}`,
        ...CLAUDE_REVIEW_ISOLATION,
        ...(options.maxBudgetUsd !== undefined
            ? ['--max-budget-usd', String(options.maxBudgetUsd)]
            : []),
        // `--tools` is variadic: without `--` it would swallow the prompt.
        '--',
        CLAUDE_INSTRUCTION
    ];
    const sourceEnv = options.sourceEnv ?? process.env;
    return {
        command: options.command ?? CLAUDE_DEFAULTS.command,
        args,
        cwd: request.cwd,
        env: buildAgentEnv({ ...sourceEnv, ...request.env }, 'claude', {
            passThrough: [
                ...CLAUDE_PASS_THROUGH,
                ...(options.passThrough ?? []),
                ...Object.keys(request.env)
            ],
            deny: [...CODEX_CREDENTIAL_ENV, ...CALL_HOME_VARIABLES]
        }),
        callHome: {
            parentDir: options.callHomeParent ?? defaultCallHomeParent(sourceEnv),
            credential: claudeLoginFile(sourceEnv),
            ...(options.callHomeOwner ? { owner: options.callHomeOwner } : {})
        },
        stdin: { kind: 'ignore' },
        files: [{ path: request.promptFile, content: request.promptText }],
        removeBeforeRun: [request.reportPath, rawOutputPathFor(request.reportPath)],
        ...logPathsFor(request)
    };
}
/** Pure: classify a finished claude run and pull out its report and usage. */
function parseClaudeResult(request, run, options = {}) {
    const envelope = findResultEnvelope(run.stdout);
    const configured = {
        ...(options.model === undefined ? {} : { model: options.model }),
        ...(options.effort === undefined ? {} : { effort: options.effort })
    };
    const usage = envelope
        ? envelopeUsage(envelope, configured)
        : Object.keys(configured).length > 0
            ? configured
            : undefined;
    const base = {
        ...processFields(run.process),
        ...(usage ? { usage } : {}),
        ...(envelope ? { rawOutputPath: rawOutputPathFor(request.reportPath) } : {})
    };
    const failure = processFailure(run.process, 'claude');
    if (failure)
        return { ...base, ...failure };
    if (envelope && isErrorEnvelope(envelope))
        return { ...base, ...classifyErrorEnvelope(envelope) };
    if (run.process.exitCode !== 0) {
        const exit = run.process.exitCode ?? run.process.signal;
        return {
            ...base,
            status: 'exit_nonzero',
            diagnostics: [`claude -p failed with exit code ${exit}`, ...tailLines(run.stderr)]
        };
    }
    if (!envelope) {
        return run.stdout.trim() === ''
            ? { ...base, status: 'no_report', diagnostics: ['claude printed nothing on stdout'] }
            : {
                ...base,
                status: 'unparseable_report',
                diagnostics: ['claude stdout has no JSON envelope']
            };
    }
    return reportFromEnvelope(envelope, base, options.lenientTextReport ?? true);
}
function reportFromEnvelope(envelope, base, lenient) {
    if (isPlainObject(envelope.structured_output)) {
        return { ...base, status: 'ok', report: envelope.structured_output, diagnostics: [] };
    }
    // No envelope fields at all: the CLI printed the report itself.
    if (envelope.type === undefined && 'schema_version' in envelope) {
        return { ...base, status: 'ok', report: envelope, diagnostics: [] };
    }
    const missing = 'structured_output missing (schema not accepted by the CLI?)';
    if (!('result' in envelope) || envelope.result === '') {
        return { ...base, status: 'no_report', diagnostics: [missing, 'the envelope has no result'] };
    }
    const report = lenient ? extractReportFromText(envelope.result) : undefined;
    if (report === undefined) {
        return {
            ...base,
            status: 'unparseable_report',
            diagnostics: [missing, 'the result text holds no JSON object']
        };
    }
    return {
        ...base,
        status: 'ok',
        report,
        diagnostics: [missing, 'report taken from the result text']
    };
}
function claude_createClaudeAgent(options = {}) {
    if (options.effort !== undefined && !CLAUDE_EFFORTS.includes(options.effort)) {
        throw new Error(`unknown claude effort '${options.effort}' (${CLAUDE_EFFORTS.join(', ')})`);
    }
    if (options.maxTurns !== undefined &&
        !(Number.isInteger(options.maxTurns) && options.maxTurns > 1)) {
        throw new Error('claude maxTurns must be an integer above 1 (one turn is the report itself)');
    }
    const agent = cliAgent('claude', options.onSpawn, (request) => buildClaudeInvocation(request, options), async (request, raw) => {
        const outcome = parseClaudeResult(request, raw, {
            ...options,
            model: options.model ?? CLAUDE_DEFAULTS.model,
            effort: options.effort ?? CLAUDE_DEFAULTS.effort
        });
        // Keep the whole envelope beside the report: it carries cost, usage and errors.
        const envelope = findResultEnvelope(raw.stdout);
        if (envelope && outcome.rawOutputPath) {
            await writeFile(outcome.rawOutputPath, `${JSON.stringify(envelope, null, 2)}\n`, 'utf8');
        }
        return outcome;
    }, options.agentUser);
    return withIdentity(agent, {
        adapter: 'claude',
        command: options.command ?? CLAUDE_DEFAULTS.command,
        model: options.model ?? CLAUDE_DEFAULTS.model,
        effort: options.effort ?? CLAUDE_DEFAULTS.effort,
        ...agentPath(options)
    });
}

;// CONCATENATED MODULE: ./src/adapters/agents/codex.ts







/**
 * `codex exec` (codex-cli 0.169) for the mutation lanes, the codex audit and triage.
 * Prompt on stdin (then closed), JSONL events on stdout for liveness and usage, the final
 * message in the `-o` file, which is parsed strictly: the whole file is one JSON object.
 */
/** Values the 0.169 model catalog accepts; the CLI itself sends anything verbatim. */
const codex_CODEX_EFFORTS = (/* unused pure expression or super */ null && (['low', 'medium', 'high', 'xhigh', 'max', 'ultra']));
const CODEX_DEFAULTS = { command: 'codex', model: 'gpt-5.4', effort: 'xhigh' };
function codexSandboxFor(lane) {
    return MUTATION_LANES.includes(lane) ? 'workspace-write' : 'read-only';
}
/**
 * Every lane: no user configuration and no execpolicy rules, whatever CODEX_HOME holds (it
 * is a fresh one anyway: belt and braces).
 */
const CODEX_NO_USER_CONFIG = (/* unused pure expression or super */ null && (['--ignore-user-config', '--ignore-rules']));
/**
 * The review lanes (audit, triage) additionally read no project instructions: no AGENTS.md
 * or AGENTS.override.md (`project_doc_max_bytes=0`) and no skill descriptions from
 * `.agents/skills` or `.codex/skills` (`skills.include_instructions=false`). They work in a
 * read-only export of the checkpoint that is not a git repository, hence
 * `--skip-git-repo-check`. A project's `.codex/config.toml` (MCP servers, hooks, providers) is
 * never loaded: codex applies it only to projects trusted in the user config, and that config
 * is empty and ignored. Verified against codex 0.169.0 in __tests__/contract/.
 */
const CODEX_REVIEW_ISOLATION = (/* unused pure expression or super */ null && ([
    '--skip-git-repo-check',
    '-c',
    'project_doc_max_bytes=0',
    '-c',
    'skills.include_instructions=false'
]));
/**
 * Codex sends the `--output-schema` file as an OpenAI structured output with `strict: true`,
 * which takes only a subset of JSON Schema. The kernel's 2020-12 schema goes through this
 * first: no `$schema`/`$id` lines, `const` as a one-value `enum`, no string length bounds
 * (not in the documented strict subset). Nothing is lost: the kernel validates the report
 * against the full schema afterwards.
 */
function schemaForCodex(schema) {
    return toStrictSubset(schema);
}
const CODEX_DROPPED_KEYWORDS = new Set(['$schema', '$id', 'minLength', 'maxLength']);
function toStrictSubset(node) {
    if (Array.isArray(node))
        return node.map(toStrictSubset);
    if (!isPlainObject(node))
        return node;
    const out = {};
    for (const [key, value] of Object.entries(node)) {
        if (CODEX_DROPPED_KEYWORDS.has(key))
            continue;
        if (key === 'const') {
            if (!('enum' in node))
                out.enum = [value];
        }
        else if (key === 'properties' || key === '$defs' || key === 'definitions') {
            // Keys here are names, not keywords: only their values are schemas.
            out[key] = isPlainObject(value)
                ? Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, toStrictSubset(sub)]))
                : value;
        }
        else if (key === 'enum' || key === 'required') {
            out[key] = value;
        }
        else {
            out[key] = toStrictSubset(value);
        }
    }
    return out;
}
function operatorConfig(overrides) {
    return (overrides ?? []).flatMap((override) => ['-c', override]);
}
/** Beside the kernel's schema file: `<dir>/<name>.codex.schema.json`. */
function codexSchemaPathFor(schema) {
    return join(dirname(schema.path), `${schema.name}.codex.schema.json`);
}
/** Pure: the whole invocation for one request. */
function buildCodexInvocation(request, options = {}) {
    const lastMessagePath = rawOutputPathFor(request.reportPath);
    const schemaPath = codexSchemaPathFor(request.schema);
    const args = [
        'exec',
        '--json',
        '-C',
        request.cwd,
        '-m',
        options.model ?? CODEX_DEFAULTS.model,
        '-s',
        codexSandboxFor(request.lane),
        '--output-schema',
        schemaPath,
        '-o',
        lastMessagePath,
        '--ephemeral',
        ...operatorConfig(options.configOverrides),
        '-c',
        `model_reasoning_effort=${options.effort ?? CODEX_DEFAULTS.effort}`,
        '-c',
        'web_search=disabled',
        // Codex otherwise syncs a plugin catalogue from github.com and sends metrics on every
        // start: traffic no item needs, and nothing a reviewed plan asked for.
        '-c',
        'features.plugins=false',
        '-c',
        'analytics.enabled=false',
        ...CODEX_NO_USER_CONFIG,
        ...(MUTATION_LANES.includes(request.lane) ? [] : CODEX_REVIEW_ISOLATION),
        '-'
    ];
    const sourceEnv = options.sourceEnv ?? process.env;
    return {
        command: options.command ?? CODEX_DEFAULTS.command,
        args,
        cwd: request.cwd,
        env: buildAgentEnv({ ...sourceEnv, ...request.env }, 'codex', {
            passThrough: [
                ...CODEX_PASS_THROUGH,
                ...(options.passThrough ?? []),
                ...Object.keys(request.env)
            ],
            deny: [...CLAUDE_CREDENTIAL_ENV, ...CALL_HOME_VARIABLES]
        }),
        callHome: {
            parentDir: options.callHomeParent ?? defaultCallHomeParent(sourceEnv),
            credential: codexLoginFile(sourceEnv),
            ...(options.callHomeOwner ? { owner: options.callHomeOwner } : {})
        },
        stdin: { kind: 'text', text: request.promptText },
        files: [
            { path: request.promptFile, content: request.promptText },
            {
                path: schemaPath,
                content: `${JSON.stringify(schemaForCodex(request.schema.json), null, 2)}\n`
            }
        ],
        removeBeforeRun: [request.reportPath, lastMessagePath],
        ...logPathsFor(request)
    };
}
/**
 * Pure: classify a finished codex run and pull out its report and usage. `configured` is the
 * model and effort the run was started with: codex's events do not name them.
 */
function parseCodexResult(request, run, configured = {}) {
    const events = parseJsonLines(run.stdout);
    const tokens = codex_codexUsageFromEvents(events);
    const usage = tokens === undefined && Object.keys(configured).length === 0
        ? undefined
        : { ...tokens, ...configured };
    const base = {
        ...processFields(run.process),
        ...(usage ? { usage } : {}),
        ...(run.lastMessage !== null ? { rawOutputPath: rawOutputPathFor(request.reportPath) } : {})
    };
    const failure = processFailure(run.process, 'codex');
    if (failure)
        return { ...base, ...failure };
    if (run.process.exitCode !== 0) {
        const reasons = [...failureMessages(events), ...tailLines(run.stderr)];
        const status = reasons.some((line) => codex_AUTH_FAILURE.test(line)) ? 'auth_error' : 'exit_nonzero';
        const exit = run.process.exitCode ?? run.process.signal;
        return {
            ...base,
            status,
            diagnostics: [`codex exec failed with exit code ${exit}; see its stderr log`, ...reasons]
        };
    }
    if (run.lastMessage === null || run.lastMessage.trim() === '') {
        return { ...base, status: 'no_report', diagnostics: ['codex wrote no final message (-o file)'] };
    }
    const report = parseJsonObject(run.lastMessage);
    if (report === undefined) {
        return {
            ...base,
            status: 'unparseable_report',
            diagnostics: ['codex final message is not one JSON object']
        };
    }
    return { ...base, status: 'ok', report, diagnostics: [] };
}
/** 401/403 and "no credentials" texts in codex's stderr or `turn.failed` events. */
const codex_AUTH_FAILURE = /\b40[13]\b|unauthori[sz]ed|forbidden|not logged in|no codex credentials|api key/i;
/** The JSON objects among the lines of codex's `--json` stdout. */
function parseJsonLines(text) {
    const events = [];
    for (const line of text.split('\n')) {
        if (!line.startsWith('{'))
            continue;
        const event = parseJsonObject(line);
        if (event)
            events.push(event);
    }
    return events;
}
function failureMessages(events) {
    const messages = [];
    for (const event of events) {
        if (event.type === 'turn.failed' && isPlainObject(event.error)) {
            messages.push(String(event.error.message ?? 'turn failed'));
        }
        else if (event.type === 'error' && typeof event.message === 'string') {
            messages.push(event.message);
        }
    }
    return messages.slice(-5);
}
/**
 * Codex reports tokens per turn (`turn.completed.usage`, the sum over the turn's model
 * requests) and no cost. Its counts follow the Responses API: `input_tokens` includes the
 * cached and cache-written ones, `output_tokens` the reasoning ones, which is the port's
 * convention too. A `--json` stdout log as a whole goes in; other lines are ignored.
 */
function codex_codexUsageFromEvents(events) {
    const turns = events.filter((event) => event.type === 'turn.completed' && isPlainObject(event.usage));
    if (turns.length === 0)
        return undefined;
    const total = (key) => turns.reduce((sum, event) => {
        const value = event.usage[key];
        return sum + (typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0);
    }, 0);
    return {
        inputTokens: total('input_tokens'),
        cachedInputTokens: total('cached_input_tokens'),
        cacheWriteTokens: total('cache_write_input_tokens'),
        outputTokens: total('output_tokens'),
        reasoningTokens: total('reasoning_output_tokens'),
        numTurns: turns.length
    };
}
function codex_createCodexAgent(options = {}) {
    if (options.effort !== undefined && !codex_CODEX_EFFORTS.includes(options.effort)) {
        throw new Error(`unknown codex effort '${options.effort}' (${codex_CODEX_EFFORTS.join(', ')})`);
    }
    const agent = cliAgent('codex', options.onSpawn, (request) => buildCodexInvocation(request, options), async (request, raw) => {
        const lastMessage = await readOptional(rawOutputPathFor(request.reportPath));
        return parseCodexResult(request, { ...raw, lastMessage }, {
            model: options.model ?? CODEX_DEFAULTS.model,
            effort: options.effort ?? CODEX_DEFAULTS.effort
        });
    }, options.agentUser);
    return withIdentity(agent, {
        adapter: 'codex',
        command: options.command ?? CODEX_DEFAULTS.command,
        model: options.model ?? CODEX_DEFAULTS.model,
        effort: options.effort ?? CODEX_DEFAULTS.effort,
        ...agentPath(options)
    });
}

// EXTERNAL MODULE: ./src/adapters/agents/scenario.ts
var scenario = __webpack_require__(31241);
;// CONCATENATED MODULE: ./src/adapters/agents/default-reports.ts

/**
 * The report a scripted lane returns when its scenario says nothing about the report: the
 * uneventful path, so a scenario only spells out what differs.
 *
 * - execute: `implemented`, next state `verify`; `files_touched` = the script's writes.
 * - fix / remediation: `changes_applied`, next state `reverify`, `loop_round` from the cycle.
 * - audit_codex / audit_claude: `pass`, no findings, next state `pass`.
 * - triage: `pass` → `passed`, no findings, nothing suppressed.
 *
 * Field sets follow the report schemas in schemas/ (generated from src/core/schemas/reports.ts).
 */
function default_reports_defaultReport(call, filesTouched) {
    const identity = { item_id: call.itemId, attempt_number: call.attempt };
    switch (call.lane) {
        case 'execute':
            return {
                schema_version: 'plan_orchestrator.execution_report.v1',
                stage: 'execute',
                ...identity,
                summary: 'Scripted execution completed.',
                verdict: 'implemented',
                consulted_inputs: [],
                files_touched: [...filesTouched],
                artifacts_created: [],
                red_green: noRedGreen(),
                scope_compliance: withinScope(),
                unresolved_dependencies: [],
                residual_risks: [],
                next_recommended_state: 'verify'
            };
        case 'fix':
        case 'remediation':
            return {
                schema_version: 'plan_orchestrator.fix_report.v1',
                stage: call.lane,
                ...identity,
                loop_round: Math.max(1, roundOf(call.cycle)),
                summary: `Scripted ${call.lane} completed.`,
                verdict: 'changes_applied',
                source_finding_ids: [],
                files_touched: [...filesTouched],
                artifacts_created: [],
                red_green: noRedGreen(),
                scope_compliance: withinScope(),
                residual_open_items: [],
                residual_risks: [],
                next_recommended_state: 'reverify'
            };
        case 'audit_codex':
        case 'audit_claude':
            return {
                schema_version: 'plan_orchestrator.audit_report.v1',
                audit_lane: auditLane(call.lane),
                ...identity,
                summary: 'Scripted audit found nothing to report.',
                overall_verdict: 'pass',
                audited_artifacts: [],
                positive_signals: ['Scripted audit: no issues.'],
                limitations: [],
                findings: [],
                next_recommended_state: 'pass'
            };
        case 'triage':
            return {
                schema_version: 'plan_orchestrator.triage_report.v1',
                stage: 'triage',
                ...identity,
                summary: 'Scripted triage: nothing blocks the item.',
                overall_decision: 'pass',
                reasoning_notes: [],
                merged_findings: [],
                suppressed_findings: [],
                next_stage: 'passed'
            };
    }
}
function auditLane(lane) {
    return lane === 'audit_claude' ? 'claude' : 'codex';
}
function noRedGreen() {
    return {
        required: false,
        tests_added_or_updated: [],
        red_commands: [],
        red_failure_evidence: 'Not required for this item.',
        green_commands: [],
        green_pass_evidence: 'Not required for this item.'
    };
}
function withinScope() {
    return {
        status: 'within_scope',
        notes: 'Scripted changes stay inside the allowed roots.',
        scope_exceptions: []
    };
}

;// CONCATENATED MODULE: ./src/adapters/agents/scripted-children.ts







/**
 * The scripted agent's child processes: process faults acted out by a tiny Node child, `run`
 * steps as `bash -c`, and commits made behind the orchestrator's back. They go through the
 * shared process runner, so timeouts, group kills and the agent user take the real path.
 */
/** Runs the process steps it is given as JSON in argv[1]; CommonJS because of `node -e`. */
const PROCESS_STEPS_SCRIPT = (/* unused pure expression or super */ null && (`
const { spawn } = require('node:child_process')
const steps = JSON.parse(process.argv[1])
const wait = (ms) => new Promise((done) => setTimeout(done, ms))
async function main() {
  for (const step of steps) {
    if ('sleep_ms' in step) {
      const end = Date.now() + step.sleep_ms
      while (Date.now() < end) {
        process.stdout.write('scripted agent: working\\n')
        await wait(Math.min(100, end - Date.now()))
      }
    } else if ('stdout_bytes' in step) {
      const block = Buffer.from(('scripted agent: flooding stdout '.padEnd(99, '.') + '\\n').repeat(640))
      let left = step.stdout_bytes
      while (left > 0) {
        const chunk = block.subarray(0, Math.min(block.length, left))
        left -= chunk.length
        if (!process.stdout.write(chunk)) await new Promise((done) => process.stdout.once('drain', done))
      }
    } else if ('exit_code' in step) {
      if (step.stderr) process.stderr.write(step.stderr + '\\n')
      process.exit(step.exit_code)
    } else if (step.fault === 'spawn_grandchild') {
      const grandchild = spawn(process.execPath, ['-e', 'setInterval(() => {}, 60000)'], { stdio: 'ignore' })
      grandchild.unref()
      process.stdout.write('scripted agent: grandchild ' + grandchild.pid + '\\n')
    } else if (step.fault === 'spawn_setsid_grandchild' || step.fault === 'spawn_hidden_daemon') {
      // detached: the daemon calls setsid(), leaving this process group and session.
      const hidden = step.fault === 'spawn_hidden_daemon'
      const daemon = spawn(process.execPath, ['-e', 'process.on("SIGTERM", () => {}); setInterval(() => {}, 60000)'], {
        stdio: 'ignore',
        detached: true,
        ...(hidden ? { cwd: '/', env: {} } : {})
      })
      daemon.unref()
      process.stdout.write('scripted agent: daemon ' + daemon.pid + '\\n')
    } else {
      if (step.fault === 'hang_ignoring_sigterm') process.on('SIGTERM', () => {})
      setInterval(() => {}, 60000)
      await new Promise(() => {})
    }
  }
}
main()
`));
function scripted_children_isProcessStep(step) {
    if ('sleep_ms' in step || 'stdout_bytes' in step || 'exit_code' in step)
        return true;
    return 'fault' in step && PROCESS_FAULTS.includes(step.fault);
}
function scripted_children_runProcessSteps(steps, request, options, logs, child) {
    // The orchestrator's own node may live where the agent user cannot reach it (a private
    // cache or home); as the agent user, the node on the agent's PATH acts the steps out.
    const node = child.runAs === undefined ? process.execPath : 'node';
    return runScenarioChild(node, ['-e', PROCESS_STEPS_SCRIPT, JSON.stringify(steps)], {
        request,
        options,
        logs,
        child
    });
}
/** A `run` step: one `bash -c` child, as a real agent's shell tool would run it. */
function scripted_children_runShellStep(command, request, options, logs, child) {
    return runScenarioChild('bash', ['-c', command], { request, options, logs, child });
}
function runScenarioChild(command, args, context) {
    const { request, options, logs, child } = context;
    const onSpawn = spawnReporter(options.onSpawn, request, { command, args });
    const sourceEnv = options.sourceEnv ?? process.env;
    const run = (homeEnv) => runProcess({
        command,
        args,
        cwd: request.cwd,
        env: {
            ...buildAgentEnv({ ...sourceEnv, ...child.env }, 'scripted', {
                passThrough: [...(options.passThrough ?? []), ...Object.keys(child.env)],
                deny: CALL_HOME_VARIABLES
            }),
            ...homeEnv
        },
        stdin: { kind: 'ignore' },
        ...logs,
        appendLogs: true,
        timeoutMs: request.timeoutMs,
        idleTimeoutMs: request.idleTimeoutMs,
        killGraceMs: request.killGraceMs,
        maxLogBytes: request.maxLogBytes,
        ...(request.stage === undefined ? {} : { stage: request.stage }),
        ...(onSpawn ? { onSpawn } : {}),
        ...(child.runAs ? { runAs: child.runAs } : {})
    });
    // Like the CLI agents: a fresh, empty home per call (no login to copy); as the agent user,
    // the home of the call's own directory (named in child.env).
    if (child.runAs !== undefined)
        return run(Object.fromEntries(Object.entries(child.env).filter(([name]) => CALL_HOME_VARIABLES.includes(name))));
    const callHome = {
        parentDir: options.callHomeParent ?? defaultCallHomeParent(sourceEnv),
        ...(options.callHomeOwner ? { owner: options.callHomeOwner } : {})
    };
    return withCallHome(callHome, (home) => run(home.env));
}
/** Stages and commits the whole worktree as the agent, behind the orchestrator's back. */
async function scripted_children_commitAsAgent(cwd, message) {
    const git = promisify(execFile);
    // Under isolation the worktree belongs to the agent user while it works.
    const trust = ['-c', `safe.directory=${cwd}`];
    const identity = ['-c', 'user.name=scripted agent', '-c', 'user.email=agent@example.invalid'];
    await git('git', [...trust, 'add', '-A'], { cwd });
    await git('git', [...trust, ...identity, 'commit', '-q', '--allow-empty', '-m', message], {
        cwd
    });
}

;// CONCATENATED MODULE: ./src/adapters/agents/scripted.ts








const SCRIPTED = 'scripted agent';
function scripted_createScriptedAgent(options = {}) {
    const scenario = options.scenario ??
        (options.scenarioPath ? loadScenarioFile(options.scenarioPath) : { version: 1, scripts: [] });
    return {
        id: 'scripted',
        describe: () => Promise.resolve({
            adapter: 'scripted',
            cli: 'scripted',
            cli_version: null,
            model: null,
            effort: null
        }),
        async run(request) {
            const startedAt = performance.now();
            if (options.agentUser === undefined) {
                try {
                    return await runScripted(request, scenario, options, startedAt);
                }
                catch (error) {
                    return unexpectedFailure(SCRIPTED, error, startedAt);
                }
            }
            // Its processes run as the agent user; its reports stay the orchestrator's to write.
            let outcome;
            let call;
            try {
                call = await options.agentUser.openAgentCall(request);
                outcome = await runScripted(request, scenario, options, startedAt, {
                    env: call.request.env,
                    runAs: call.runAs
                });
            }
            catch (error) {
                outcome = unexpectedFailure(SCRIPTED, error, startedAt);
            }
            try {
                await call?.close();
            }
            catch (error) {
                return unexpectedFailure(SCRIPTED, error, startedAt);
            }
            return outcome;
        }
    };
}
async function runScripted(request, scenario, options, startedAt, child = { env: request.env }) {
    const call = {
        lane: request.lane,
        itemId: request.itemId,
        attempt: request.attempt,
        cycle: request.cycleTag
    };
    const script = selectScript(scenario, call);
    const logs = await prepareRun(request);
    const note = (line) => appendFile(logs.stdoutPath, `scripted agent: ${line}\n`, 'utf8');
    await note(script ? `running the ${request.lane} script` : `no script: default ${request.lane}`);
    const elapsed = () => Math.round(performance.now() - startedAt);
    const written = [];
    const reported = [];
    const withUsage = async (outcome) => {
        const usage = await scriptedUsage(request, options, reported, logs.stdoutPath);
        return usage === undefined ? outcome : { ...outcome, usage };
    };
    let final;
    let logged;
    const leftRunning = [];
    const processRecord = () => ({
        ...(logged === undefined ? {} : { logs: logged }),
        ...(leftRunning.length === 0 ? {} : { leftRunning: [...leftRunning] })
    });
    for (const segment of segmentSteps(script?.steps ?? [])) {
        if ('processSteps' in segment) {
            const run = await runProcessSteps(segment.processSteps, request, options, logs, child);
            logged = addLogSizes(logged, run.logs);
            leftRunning.push(...(processFields(run).leftRunning ?? []));
            const base = { ...processFields(run), durationMs: elapsed(), ...processRecord() };
            const failure = processFailure(run, SCRIPTED);
            if (failure)
                return withUsage({ ...base, ...failure });
            if (run.exitCode === 0)
                continue;
            const stderr = tailLines((await readOptional(logs.stderrPath)) ?? '');
            const reason = `${SCRIPTED} exited with code ${run.exitCode}`;
            return withUsage({ ...base, status: 'exit_nonzero', diagnostics: [reason, ...stderr] });
        }
        const step = segment.step;
        if ('usage' in step) {
            reported.push(step.usage);
        }
        else if ('run' in step) {
            const command = String(substitutePlaceholders(step.run, call));
            await note(`running: ${command}`);
            const run = await runShellStep(command, request, options, logs, child);
            logged = addLogSizes(logged, run.logs);
            leftRunning.push(...(processFields(run).leftRunning ?? []));
            const failure = processFailure(run, SCRIPTED);
            if (failure)
                return withUsage({
                    ...processFields(run),
                    durationMs: elapsed(),
                    ...processRecord(),
                    ...failure
                });
            // Like a tool call inside a real agent: a failing command does not end the call.
            await note(`command exited with ${run.exitCode ?? run.signal}`);
        }
        else if ('write' in step) {
            const paths = await applyWrites(step.write, request.cwd, call);
            written.push(...paths);
            await note(`wrote ${paths.join(', ')}`);
        }
        else if ('write_bytes' in step) {
            const sizes = step.write_bytes;
            for (const [path, bytes] of Object.entries(sizes)) {
                const target = resolve(request.cwd, String(substitutePlaceholders(path, call)));
                await mkdir(dirname(target), { recursive: true });
                await writeFile(target, '');
                await truncate(target, bytes);
                written.push(relative(request.cwd, target).split('\\').join('/'));
            }
            await note(`wrote ${Object.keys(sizes).join(', ')} (sized)`);
        }
        else if ('symlink' in step) {
            const links = step.symlink;
            for (const [path, target] of Object.entries(links)) {
                const link = resolve(request.cwd, path);
                await mkdir(dirname(link), { recursive: true });
                await symlink(target, link);
                written.push(path);
            }
            await note(`linked ${Object.keys(links).join(', ')}`);
        }
        else if ('commit' in step) {
            const message = String(step.commit);
            await commitAsAgent(request.cwd, message);
            await note(`committed "${message}"`);
        }
        else if ('agent_error' in step) {
            return withUsage({ ...agentError(step.agent_error), durationMs: elapsed() });
        }
        else {
            final = step;
        }
    }
    const outcome = await finalOutcome(final, call, written, request);
    return settleReport(request, await withUsage({
        exitCode: 0,
        signal: null,
        durationMs: elapsed(),
        ...processRecord(),
        ...outcome
    }));
}
/** The process segments of one call append to the same logs: their sizes add up. */
function addLogSizes(sum, next) {
    if (next === undefined)
        return sum;
    if (sum === undefined)
        return next;
    const add = (a, b) => ({
        totalBytes: a.totalBytes + b.totalBytes,
        truncated: a.truncated || b.truncated
    });
    return { stdout: add(sum.stdout, next.stdout), stderr: add(sum.stderr, next.stderr) };
}
/**
 * The call's usage as the real CLI of its lane would report it: the scenario's `usage` steps
 * become codex `turn.completed` events or one claude result envelope (kept in the stdout log,
 * as the CLI would print them) and are read back by the real adapters' parsers.
 */
async function scriptedUsage(request, options, reported, stdoutPath) {
    const claude = request.lane === 'audit_claude';
    const configured = (claude ? options.models?.claude : options.models?.codex) ?? {};
    const named = [...reported].reverse();
    const model = named.find((usage) => usage.model !== undefined)?.model ?? configured.model;
    const effort = named.find((usage) => usage.effort !== undefined)?.effort ?? configured.effort;
    const identity = {
        ...(model === undefined ? {} : { model }),
        ...(effort === undefined ? {} : { effort })
    };
    if (reported.length === 0)
        return Object.keys(identity).length === 0 ? undefined : identity;
    const sum = (field) => {
        const values = reported.map((usage) => usage[field]).filter((v) => typeof v === 'number');
        return values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0);
    };
    const defined = (fields) => Object.fromEntries(Object.entries(fields).filter((entry) => entry[1] !== undefined));
    if (claude) {
        const cost = sum('total_cost_usd');
        const envelope = {
            type: 'result',
            subtype: 'success',
            is_error: false,
            ...defined({ num_turns: sum('num_turns'), total_cost_usd: cost }),
            usage: defined({
                input_tokens: sum('input_tokens') ?? 0,
                cache_read_input_tokens: sum('cache_read_input_tokens'),
                cache_creation_input_tokens: sum('cache_creation_input_tokens'),
                output_tokens: sum('output_tokens') ?? 0
            }),
            modelUsage: model === undefined ? {} : { [model]: defined({ costUSD: cost }) }
        };
        await appendFile(stdoutPath, `${JSON.stringify(envelope)}\n`, 'utf8');
        return { ...envelopeUsage(envelope, identity), ...identity };
    }
    const events = reported.map((usage) => ({
        type: 'turn.completed',
        usage: {
            input_tokens: usage.input_tokens ?? 0,
            cached_input_tokens: usage.cached_input_tokens ?? 0,
            cache_write_input_tokens: usage.cache_write_input_tokens ?? 0,
            output_tokens: usage.output_tokens ?? 0,
            reasoning_output_tokens: usage.reasoning_output_tokens ?? 0
        }
    }));
    await appendFile(stdoutPath, events.map((event) => `${JSON.stringify(event)}\n`).join(''), 'utf8');
    return { ...codexUsageFromEvents(events), ...identity };
}
/** Fresh logs, no stale report, and the prompt kept for the record, as the CLI adapters do. */
async function prepareRun(request) {
    const logs = logPathsFor(request);
    await mkdir(request.logDir, { recursive: true });
    await writeFile(logs.stdoutPath, '', 'utf8');
    await writeFile(logs.stderrPath, '', 'utf8');
    for (const path of [request.reportPath, rawOutputPathFor(request.reportPath)]) {
        await rm(path, { force: true });
    }
    await mkdir(dirname(request.promptFile), { recursive: true });
    await writeFile(request.promptFile, request.promptText, 'utf8');
    return logs;
}
/** Consecutive process steps share one child, so a grandchild outlives the step that made it. */
function segmentSteps(steps) {
    const segments = [];
    for (const step of steps) {
        const last = segments.at(-1);
        if (!isProcessStep(step))
            segments.push({ step });
        else if (last && 'processSteps' in last)
            last.processSteps.push(step);
        else
            segments.push({ processSteps: [step] });
    }
    return segments;
}
function agentError(error) {
    const auth = /not logged in|\b40[13]\b|unauthori[sz]ed/i.test(error.message);
    return {
        status: auth ? 'auth_error' : 'error_envelope',
        exitCode: 1,
        signal: null,
        diagnostics: [
            `${SCRIPTED} reported an error (subtype ${error.subtype ?? 'success'})`,
            error.message
        ]
    };
}
async function finalOutcome(final, call, written, request) {
    if (final === undefined)
        return { status: 'ok', report: defaultReport(call, written), diagnostics: [] };
    if ('report' in final) {
        return { status: 'ok', report: substitutePlaceholders(final.report, call), diagnostics: [] };
    }
    if ('report_fields' in final) {
        const fields = substitutePlaceholders(final.report_fields, call);
        return { status: 'ok', report: { ...defaultReport(call, written), ...fields }, diagnostics: [] };
    }
    if ('fault' in final && final.fault === 'no_report') {
        return { status: 'no_report', diagnostics: [`${SCRIPTED} returned no report (scripted fault)`] };
    }
    const text = 'raw_report' in final
        ? String(substitutePlaceholders(final.raw_report, call))
        : '{"schema_version": "plan_orchestrator.';
    const rawOutputPath = rawOutputPathFor(request.reportPath);
    await writeFile(rawOutputPath, text, 'utf8');
    // Mirror the real adapters: claude's text is read leniently, codex's strictly.
    const report = call.lane === 'audit_claude' ? extractReportFromText(text) : parseJsonObject(text);
    return report === undefined
        ? {
            status: 'unparseable_report',
            rawOutputPath,
            diagnostics: [`${SCRIPTED} report is not one JSON object`]
        }
        : { status: 'ok', report, rawOutputPath, diagnostics: [] };
}
async function applyWrites(writes, cwd, call) {
    const paths = [];
    for (const [rawPath, rawContent] of Object.entries(writes)) {
        const path = String(substitutePlaceholders(rawPath, call));
        const target = resolve(cwd, path);
        const inside = relative(cwd, target);
        if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
            throw new Error(`scenario write '${path}' leaves the worktree`);
        }
        if (rawContent === null) {
            await rm(target, { force: true });
        }
        else {
            await mkdir(dirname(target), { recursive: true });
            await writeFile(target, String(substitutePlaceholders(rawContent, call)), 'utf8');
        }
        paths.push(inside.split('\\').join('/'));
    }
    return paths;
}

;// CONCATENATED MODULE: ./src/adapters/agents/index.ts



/**
 * Which agent serves which lane. Codex makes the changes, audits once and triages; claude is
 * the second, independent auditor. `scripted` serves every lane from one scenario.
 */
function agents_createAgents(kind, options = {}) {
    const shared = options.passThrough ?? [];
    const merged = (own) => [...shared, ...(own ?? [])];
    const isolated = options.agentUser === undefined ? {} : { agentUser: options.agentUser };
    if (kind === 'scripted') {
        const scripted = createScriptedAgent({
            models: {
                codex: { model: options.codex?.model, effort: options.codex?.effort },
                claude: { model: options.claude?.model, effort: options.claude?.effort }
            },
            ...options.scripted,
            ...isolated,
            passThrough: merged(options.scripted?.passThrough)
        });
        return {
            execute: scripted,
            fix: scripted,
            remediation: scripted,
            audit_codex: scripted,
            audit_claude: scripted,
            triage: scripted
        };
    }
    const codex = createCodexAgent({
        ...options.codex,
        ...isolated,
        passThrough: merged(options.codex?.passThrough)
    });
    const claude = createClaudeAgent({
        ...options.claude,
        ...isolated,
        passThrough: merged(options.claude?.passThrough)
    });
    return {
        execute: codex,
        fix: codex,
        remediation: codex,
        audit_codex: codex,
        audit_claude: claude,
        triage: codex
    };
}

;// CONCATENATED MODULE: ./src/adapters/command-runner.ts


/**
 * Verification commands: `bash -c`, stdin closed, output merged into one log, own process
 * group, and a fresh, empty HOME (and CODEX_HOME, CLAUDE_CONFIG_DIR) per command: the code a
 * command runs is the agent's, and nothing it writes into its home may reach a later call.
 * Under isolation they run as the agent user, with the home of the command's own directory,
 * in the worktree handed over for the command and taken back after it.
 */
function command_runner_createCommandRunner(options) {
    return {
        async run(input) {
            const env = Object.fromEntries(Object.entries(input.env).filter(([name]) => !CALL_HOME_VARIABLES.includes(name)));
            const isolated = options.agentUser === undefined ? undefined : await options.agentUser.openCommand(input.cwd);
            const run = (homeEnv) => runProcess({
                command: 'bash',
                args: ['-c', input.command],
                cwd: input.cwd,
                env: { ...env, ...homeEnv },
                stdin: { kind: 'ignore' },
                stdoutPath: input.logPath,
                stderrPath: input.logPath,
                timeoutMs: input.timeoutMs,
                killGraceMs: 2000,
                maxLogBytes: input.maxLogBytes,
                ...(input.stage === undefined ? {} : { stage: input.stage }),
                ...(isolated === undefined ? {} : { runAs: isolated.runAs })
            });
            try {
                const callHome = {
                    parentDir: options.callHomeParent,
                    ...(options.callHomeOwner ? { owner: options.callHomeOwner } : {})
                };
                const result = isolated === undefined
                    ? await withCallHome(callHome, (home) => run(home.env))
                    : await run(isolated.env);
                return {
                    exitCode: result.exitCode,
                    timedOut: result.timedOut !== false,
                    durationMs: result.durationMs,
                    ...(result.logs === undefined ? {} : { log: result.logs.stdout })
                };
            }
            finally {
                await isolated?.close();
            }
        }
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/adapters/git/errors.ts
var errors = __webpack_require__(88668);
// EXTERNAL MODULE: ./src/adapters/git/git-runner.ts
var git_runner = __webpack_require__(63338);
;// CONCATENATED MODULE: ./src/adapters/git/tree-export.ts
/**
 * Writes the tree of one commit into a plain directory, byte for byte as git stores it: no
 * checkout, no `.git`, no smudge filters or line-ending conversion, and no `export-ignore` /
 * `export-subst` (which `git archive` honours from the commit's own `.gitattributes`, so a
 * change could hide a file from its reviewers). The review lanes work in such a copy.
 */







/** The entries of `commit`'s tree, recursively (blobs and submodule commits). */
async function listTree(repoRoot, commit) {
    const output = await runGit(repoRoot, ['ls-tree', '-r', '-z', '--full-tree', commit]);
    return parseNulList(output).map((record) => {
        const tab = record.indexOf('\t');
        const [mode, , objectId] = record.slice(0, tab).split(' ');
        const path = record.slice(tab + 1);
        const kind = kindOf(mode ?? '');
        if (tab < 0 || objectId === undefined || kind === undefined) {
            throw new GitAdapterError('command_failed', `unexpected ls-tree record: ${record}`);
        }
        assertSafePath(path);
        return { path, kind, objectId };
    });
}
function kindOf(mode) {
    if (mode === '100644')
        return 'file';
    if (mode === '100755')
        return 'executable';
    if (mode === '120000')
        return 'symlink';
    if (mode === '160000')
        return 'submodule';
    return undefined;
}
/** Git refuses such paths in a checkout; a hand-made tree object could still hold them. */
function assertSafePath(path) {
    const parts = path.split('/');
    if (path === '' ||
        path.startsWith('/') ||
        parts.some((part) => part === '' || part === '.' || part === '..' || part.toLowerCase() === '.git')) {
        throw new GitAdapterError('command_failed', `the commit holds an unsafe path: ${path}`);
    }
}
/**
 * Exports `commit` into `target` (which must be empty or absent) and returns its entries.
 * Blobs come from one `git cat-file --batch` process, streamed, so a large tree costs one
 * process, not one per file.
 */
async function tree_export_exportCommitTree(repoRoot, commit, target) {
    const entries = await listTree(repoRoot, commit);
    await mkdir(target, { recursive: true });
    const blobs = entries.filter((entry) => entry.kind !== 'submodule');
    for (const entry of entries.filter((candidate) => candidate.kind === 'submodule')) {
        // Not checked out, as in a fresh clone: an empty directory marks it.
        await mkdir(join(target, entry.path), { recursive: true });
    }
    await readBlobs(repoRoot, blobs, async (entry, content) => {
        const path = join(target, entry.path);
        await mkdir(dirname(path), { recursive: true });
        if (entry.kind === 'symlink')
            await symlink(content.toString('utf8'), path);
        else
            await writeFile(path, content, { flag: 'wx', mode: 0o600 });
    });
    return entries;
}
/** The object id git gives `content` as a blob, in the hash of `likeId` (SHA-1 or SHA-256). */
function tree_export_blobId(content, likeId) {
    const algorithm = likeId.length === 64 ? 'sha256' : 'sha1';
    return createHash(algorithm).update(`blob ${content.length}\0`).update(content).digest('hex');
}
async function readBlobs(repoRoot, entries, onBlob) {
    if (entries.length === 0)
        return;
    const child = spawn('git', [...HARDENED_CONFIG.flatMap((setting) => ['-c', setting]), 'cat-file', '--batch'], { cwd: repoRoot, env: hardenedGitEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    const exited = new Promise((resolve, reject) => {
        child.once('error', reject);
        child.once('close', (code) => resolve(code));
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk.toString('utf8')));
    child.stdin.on('error', () => undefined);
    child.stdin.end(entries.map((entry) => `${entry.objectId}\n`).join(''));
    try {
        const reader = new ByteReader(child.stdout);
        for (const entry of entries) {
            const header = (await reader.line()).split(' ');
            if (header[0] !== entry.objectId || header[1] !== 'blob' || header[2] === undefined) {
                throw new GitAdapterError('command_failed', `git cat-file gave '${header.join(' ')}' for ${entry.path} (${entry.objectId})`);
            }
            const content = await reader.bytes(Number(header[2]));
            await reader.bytes(1);
            await onBlob(entry, content);
        }
    }
    finally {
        child.stdout.destroy();
        child.kill();
    }
    const code = await exited.catch(() => null);
    if (code !== 0 && code !== null && stderr.trim() !== '') {
        throw new GitAdapterError('command_failed', `git cat-file failed: ${stderr.trim()}`);
    }
}
/** Reads lines and exact byte counts from a stream of chunks. */
class ByteReader {
    chunks;
    buffered = [];
    length = 0;
    constructor(stream) {
        this.chunks = stream[Symbol.asyncIterator]();
    }
    async line() {
        for (;;) {
            const joined = this.peek();
            const end = joined.indexOf(0x0a);
            if (end >= 0)
                return this.take(end + 1)
                    .subarray(0, end)
                    .toString('utf8');
            if (!(await this.more()))
                throw new GitAdapterError('command_failed', 'git cat-file ended early');
        }
    }
    async bytes(count) {
        while (this.length < count) {
            if (!(await this.more()))
                throw new GitAdapterError('command_failed', 'git cat-file ended early');
        }
        return this.take(count);
    }
    peek() {
        if (this.buffered.length > 1)
            this.buffered = [Buffer.concat(this.buffered)];
        return this.buffered[0] ?? Buffer.alloc(0);
    }
    take(count) {
        const all = Buffer.concat(this.buffered, this.length);
        const taken = all.subarray(0, count);
        const rest = all.subarray(count);
        this.buffered = rest.length > 0 ? [rest] : [];
        this.length = rest.length;
        return Buffer.from(taken);
    }
    async more() {
        const next = await this.chunks.next();
        if (next.done)
            return false;
        this.buffered.push(next.value);
        this.length += next.value.length;
        return true;
    }
}

;// CONCATENATED MODULE: ./src/adapters/review-copy.ts






function review_copy_createReviewCopies(options) {
    return {
        async create(input) {
            await mkdir(options.parentDir, { recursive: true });
            const container = await mkdtemp(join(options.parentDir, 'plan-orchestrator-review-'));
            const forget = removeAtExit(container);
            try {
                // Traversable for an agent user, not listable: the copy's name is not guessable.
                await chmod(container, 0o711);
                const root = join(container, `checkpoint-${randomBytes(6).toString('hex')}`);
                const expected = new Map();
                for (const entry of await exportCommitTree(input.repoRoot, input.checkpoint, root)) {
                    expected.set(entry.path, await expectedEntry(root, entry));
                    addParents(expected, entry.path);
                }
                const copy = new ReadOnlyCopy(container, root, expected, input.checkpoint, forget);
                for (const file of input.packet)
                    await copy.writePacketFile(file.name, file.source);
                await lockTree(root, expected);
                return copy;
            }
            catch (error) {
                await removeTree(container);
                forget();
                throw error;
            }
        }
    };
}
class ReadOnlyCopy {
    container;
    path;
    expected;
    likeId;
    forget;
    constructor(container, path, expected, likeId, forget) {
        this.container = container;
        this.path = path;
        this.expected = expected;
        this.likeId = likeId;
        this.forget = forget;
    }
    async addPacketFile(name, source) {
        assertPacketName(name);
        const packet = join(this.path, PACKET_DIR);
        await chmod(packet, 0o755);
        try {
            const relative = await this.writePacketFile(name, source);
            await chmod(join(this.path, relative), 0o444);
            return relative;
        }
        finally {
            await chmod(packet, 0o555);
        }
    }
    /** Only while the copy is being made, or inside `addPacketFile`. */
    async writePacketFile(name, source) {
        assertPacketName(name);
        const relative = `${PACKET_DIR}/${name}`;
        const content = await readFile(source);
        await mkdir(dirname(join(this.path, relative)), { recursive: true });
        await writeFile(join(this.path, relative), content, { flag: 'wx', mode: 0o600 });
        this.expected.set(relative, { kind: 'file', content: blobId(content, this.likeId) });
        addParents(this.expected, relative);
        return relative;
    }
    async changes() {
        const problems = [];
        const rootInfo = await lstat(this.path).catch(() => undefined);
        if (!rootInfo?.isDirectory())
            return ['. (removed)'];
        if ((rootInfo.mode & 0o222) !== 0)
            problems.push('. (made writable)');
        const found = new Map();
        await walk(this.path, '', found);
        for (const [path, actual] of found) {
            const want = this.expected.get(path);
            if (want === undefined) {
                problems.push(`${path} (added)`);
            }
            else if (want.kind !== actual.kind && !sameFileKind(want.kind, actual.kind)) {
                problems.push(`${path} (replaced)`);
            }
            else if ((actual.mode & 0o222) !== 0) {
                problems.push(`${path} (made writable)`);
            }
            else if (want.content !== undefined && !(await this.sameContent(path, want))) {
                problems.push(`${path} (changed)`);
            }
        }
        for (const path of this.expected.keys()) {
            if (!found.has(path))
                problems.push(`${path} (removed)`);
        }
        return problems.sort();
    }
    async sameContent(path, want) {
        const absolute = join(this.path, path);
        if (want.kind === 'symlink')
            return (await readlink(absolute).catch(() => '')) === want.content;
        const content = await readFile(absolute).catch(() => undefined);
        return content !== undefined && blobId(content, this.likeId) === want.content;
    }
    async remove() {
        await removeTree(this.container);
        this.forget();
    }
}
function assertPacketName(name) {
    if (name === '' || name.includes('/') || name.startsWith('.')) {
        throw new Error(`bad packet file name: ${name}`);
    }
}
async function expectedEntry(root, entry) {
    if (entry.kind === 'submodule')
        return { kind: 'directory' };
    if (entry.kind === 'symlink') {
        return { kind: 'symlink', content: await readlink(join(root, entry.path)) };
    }
    return { kind: entry.kind, content: entry.objectId };
}
function addParents(expected, path) {
    const parts = path.split('/');
    for (let end = parts.length - 1; end > 0; end -= 1) {
        const parent = parts.slice(0, end).join('/');
        if (expected.has(parent))
            return;
        expected.set(parent, { kind: 'directory' });
    }
}
/** A file's execute bit is checked through its mode below, not its kind. */
function sameFileKind(want, actual) {
    const files = ['file', 'executable'];
    return files.includes(want) && files.includes(actual);
}
async function walk(root, prefix, found) {
    for (const name of await readdir(join(root, prefix))) {
        const path = prefix === '' ? name : `${prefix}/${name}`;
        const info = await lstat(join(root, path));
        if (info.isSymbolicLink()) {
            found.set(path, { kind: 'symlink', mode: 0 });
        }
        else if (info.isDirectory()) {
            // An empty directory is a submodule placeholder or a plain directory; both lock alike.
            found.set(path, { kind: 'directory', mode: info.mode });
            await walk(root, path, found);
        }
        else {
            found.set(path, { kind: info.mode & 0o100 ? 'executable' : 'file', mode: info.mode });
        }
    }
}
/** Files 0444 (0555 when executable), directories 0555, the copy's root last. */
async function lockTree(root, expected) {
    const paths = [...expected.keys()].sort((a, b) => b.split('/').length - a.split('/').length);
    for (const path of paths) {
        const entry = expected.get(path);
        if (entry.kind === 'symlink')
            continue;
        const mode = entry.kind === 'file' ? 0o444 : 0o555;
        await chmod(join(root, path), mode);
    }
    await chmod(root, 0o555);
}

// EXTERNAL MODULE: ./src/adapters/git-port.ts + 1 modules
var git_port = __webpack_require__(44112);
;// CONCATENATED MODULE: ./src/adapters/interruption.ts




/**
 * SIGINT / SIGTERM while a run or resume works (a cancelled CI job, a supervisor, Ctrl-C).
 * The run stays where it was and is marked as interrupted, so `status` says so and `resume`
 * continues it; every child group and stage is stopped, the lock released, and the process exits
 * well before a CI runner's own SIGKILL (7.5 s after its SIGTERM), even if a child ignores
 * SIGTERM. The handlers exist only around the work: every other command, and a later run
 * in the same process, keeps Node's default behaviour.
 */
const INTERRUPTION_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 };
const SIGNALS = Object.keys(INTERRUPTION_EXIT_CODES);
/** Between SIGTERM and SIGKILL to each child group. */
const CHILD_KILL_GRACE_MS = 1500;
/** The process exits by then even if the state save or the lock release hangs (a stuck disk). */
const EXIT_DEADLINE_MS = 4000;
async function interruption_withInterruptionGuard(lock, work) {
    let session;
    let stopping = false;
    const onSignal = (signal) => {
        // A second signal changes nothing: the shutdown under way is already bounded.
        if (stopping)
            return;
        stopping = true;
        void stopAndExit(signal, lock, session);
    };
    for (const signal of SIGNALS)
        process.on(signal, onSignal);
    const interruption = {
        track(tracked) {
            session = tracked;
            return tracked;
        }
    };
    // Once stopping, whatever the work still does (it may end, or fail on a killed child)
    // must reach neither the caller nor the lock: the shutdown owns both until the exit.
    try {
        const result = await work(interruption);
        if (stopping)
            return await pendingForever();
        return result;
    }
    catch (error) {
        if (stopping)
            return await pendingForever();
        throw error;
    }
    finally {
        if (!stopping)
            for (const signal of SIGNALS)
                process.removeListener(signal, onSignal);
    }
}
async function stopAndExit(signal, lock, session) {
    const resumeHint = `resume with: plan-orchestrator resume --run-id ${lock.runId}`;
    const at = session?.state.current_state;
    let exited = false;
    const exit = (outcome) => {
        if (exited)
            return;
        exited = true;
        // A stage may have started a child after the groups were stopped; it must not outlive us.
        killRemainingGroups();
        process.stderr.write(`interrupted by ${signal}; run ${lock.runId} ${outcome}; ${resumeHint}\n`);
        process.exit(INTERRUPTION_EXIT_CODES[signal]);
    };
    const deadline = setTimeout(() => exit(`left at ${at ?? 'its saved state'} (the shutdown did not finish in time)`), EXIT_DEADLINE_MS);
    // Frozen at once (synchronously, before any child is signalled), so the kernel cannot
    // record a child's death as its failure; the children are stopped meanwhile.
    const recorded = session === undefined
        ? Promise.resolve('unchanged')
        : session.freeze('orchestrator', `interrupted by ${signal} at ${at}; ${resumeHint}`).then(() => `saved at ${at}`, (error) => `left at ${at} (the interruption could not be recorded: ${describeError(error)})`);
    const [outcome] = await Promise.all([recorded, stopAllChildren()]);
    await lock.release().catch(() => undefined);
    clearTimeout(deadline);
    exit(outcome);
}
/**
 * Stops every registered child group, including any that starts while this is under way,
 * and whatever the open stages started outside their groups.
 */
async function stopAllChildren() {
    await Promise.all([stopChildGroups(), stopOpenStages(CHILD_KILL_GRACE_MS)]);
}
async function stopChildGroups() {
    const stopping = new Map();
    const stopNewOnes = (children) => {
        for (const { pid } of children) {
            if (!stopping.has(pid))
                stopping.set(pid, terminateProcessGroup(pid, CHILD_KILL_GRACE_MS));
        }
    };
    // Never unsubscribed: the process exits at the end of this shutdown.
    liveChildren.subscribe(stopNewOnes);
    stopNewOnes(liveChildren.list());
    let waitedFor = -1;
    while (waitedFor !== stopping.size) {
        waitedFor = stopping.size;
        await Promise.all(stopping.values());
    }
}
function killRemainingGroups() {
    for (const { pid } of liveChildren.list()) {
        if (isProcessGroupRunning(pid))
            signalProcessGroup(pid, 'SIGKILL');
    }
    killOpenStages();
}
function pendingForever() {
    return new Promise(() => undefined);
}

// EXTERNAL MODULE: ./src/adapters/run-lock.ts
var run_lock = __webpack_require__(82685);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/adapters/evidence-package.ts





/** Checks a package without changing anything; refuses with one line naming what is wrong. */
async function inspectEvidence(root, rules) {
    const top = await (0,promises_.lstat)(root).catch((error) => {
        if (error.code === 'ENOENT')
            throw new src_errors/* UserInputError */.m2(`${rules.label}: does not exist`);
        throw new src_errors/* UserInputError */.m2(`${rules.label}: cannot read it: ${error.message}`);
    });
    if (top.isSymbolicLink())
        throw linkRefusal(rules, root);
    if (!top.isDirectory())
        throw new src_errors/* UserInputError */.m2(`${rules.label}: not a directory`);
    const directories = [];
    const files = [];
    let totalBytes = 0;
    const walk = async (relative) => {
        const dir = relative === '' ? root : (0,external_node_path_.join)(root, relative);
        const names = await (0,promises_.readdir)(dir).catch((error) => {
            throw new src_errors/* UserInputError */.m2(`${rules.label}: cannot read ${dir}: ${error.message}`);
        });
        for (const name of names.sort()) {
            const path = relative === '' ? name : `${relative}/${name}`;
            const absolute = (0,external_node_path_.join)(root, path);
            const info = await (0,promises_.lstat)(absolute);
            if (info.isSymbolicLink())
                throw linkRefusal(rules, absolute);
            if (info.isDirectory()) {
                directories.push(path);
                await walk(path);
            }
            else if (info.isFile()) {
                await (0,promises_.access)(absolute, external_node_fs_.constants.R_OK).catch((error) => {
                    throw new src_errors/* UserInputError */.m2(`${rules.label}: cannot read ${absolute}: ${error.message}`);
                });
                files.push({ path, size: info.size });
                totalBytes += info.size;
            }
            else {
                throw new src_errors/* UserInputError */.m2(`${rules.label}: ${absolute} is not a regular file or directory; evidence is files in directories`);
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
async function evidence_package_copyEvidence(root, destination, rules) {
    const inventory = await inspectEvidence(root, rules);
    const realRoot = await realpath(root);
    await mkdir(destination);
    try {
        for (const dir of inventory.directories)
            await mkdir(join(destination, dir));
        const files = [];
        let totalBytes = 0;
        for (const file of inventory.files) {
            const copied = await copyRegularFile(join(realRoot, file.path), join(destination, file.path), rules, totalBytes);
            totalBytes += copied.bytes;
            files.push({ path: file.path, sha256: copied.sha256 });
        }
        files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
        return { files, totalBytes };
    }
    catch (error) {
        await rm(destination, { recursive: true, force: true });
        throw error;
    }
}
/** One file, opened without following a link and checked to be the file the walk found. */
async function copyRegularFile(source, target, rules, bytesSoFar) {
    const input = await open(source, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK).catch((error) => {
        if (error.code === 'ELOOP')
            throw linkRefusal(rules, source);
        throw new UserInputError(`${rules.label}: cannot read ${source}: ${error.message}`);
    });
    try {
        if (!(await input.stat()).isFile())
            throw new UserInputError(`${rules.label}: ${source} is not a regular file or directory; evidence is files in directories`);
        // A directory on the way swapped for a link since the walk: the open file is elsewhere.
        const opened = await readlink(`/proc/self/fd/${input.fd}`).catch(() => source);
        if (opened !== source)
            throw new UserInputError(`${rules.label}: ${source} changed while it was being copied`);
        const output = await open(target, 'wx', 0o644);
        const hash = createHash('sha256');
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
    return new src_errors/* UserInputError */.m2(`${rules.label}: ${path} is a symbolic link; evidence must be regular files and directories (copy the file itself, not a link to it)`);
}
function sizeRefusal(rules, bytes, qualifier = '') {
    const source = rules.limitSource === undefined ? '' : ` (${rules.limitSource})`;
    return new src_errors/* UserInputError */.m2(`${rules.label} holds ${qualifier}${byteCount(bytes)}, over the limit of ${byteCount(rules.maxBytes ?? 0)}${source}`);
}
function byteCount(bytes) {
    const mib = 1024 * 1024;
    return bytes < mib ? `${bytes} bytes` : `${bytes} bytes = ${(bytes / mib).toFixed(1)} MiB`;
}

// EXTERNAL MODULE: ./src/adapters/run-store.ts
var run_store = __webpack_require__(36525);
// EXTERNAL MODULE: ./src/adapters/run-scenario.ts
var run_scenario = __webpack_require__(29744);
// EXTERNAL MODULE: ./src/core/run/run-state-ops.ts
var run_state_ops = __webpack_require__(57109);
// EXTERNAL MODULE: ./src/core/schemas/normalized-plan.ts
var normalized_plan = __webpack_require__(46591);
;// CONCATENATED MODULE: ./src/core/run/gate-summary.ts
/**
 * The one-line summary an item keeps after a human gate decision (`status` shows it next to
 * the item). The note is added after who decided, unless it already says that itself (the
 * note a command fills in when none was given, such as `approved by ada`), so the line never
 * repeats itself as `approved by ada: approved by ada`.
 */
function gateDecisionSummary(decision, by, note) {
    const head = decision === 'approved' ? `approved by ${by}` : `manual gate rejected by ${by}`;
    const text = note.trim();
    if (text === '')
        return head;
    const lower = text.toLowerCase();
    const restates = lower.startsWith(decision) && lower.includes(by.toLowerCase());
    if (restates)
        return decision === 'approved' ? text : `manual gate ${text}`;
    return `${head}: ${text}`;
}

// EXTERNAL MODULE: ./src/core/schemas/reports.ts
var reports = __webpack_require__(88947);
// EXTERNAL MODULE: ./src/core/time.ts
var time = __webpack_require__(22334);
// EXTERNAL MODULE: ./src/kernel/failpoints.ts
var failpoints = __webpack_require__(65334);
// EXTERNAL MODULE: ./src/kernel/provenance.ts + 1 modules
var provenance = __webpack_require__(25913);
// EXTERNAL MODULE: ./src/kernel/run-branch.ts
var run_branch = __webpack_require__(12709);
;// CONCATENATED MODULE: ./src/kernel/manual-gate.ts











async function decideManualGate(input) {
    const now = (0,time/* isoSeconds */.n)(input.clock.now());
    let state = await (0,run_store/* loadRunState */.fQ)(input.layout);
    const item = findItem(state, input.itemId);
    const gatePath = item.latest_paths.manual_gate_path;
    if (gatePath === null)
        throw new src_errors/* UserInputError */.m2(`item ${input.itemId} has no manual gate record`);
    const absoluteGatePath = (0,external_node_path_.join)(input.layout.repoRoot, gatePath);
    const gate = reports/* ManualGateRecordSchema */.UC.parse(JSON.parse(await (0,promises_.readFile)(absoluteGatePath, 'utf8')));
    const checkpoint = gate.related_refs.checkpoint_ref;
    if (checkpoint === null)
        throw new src_errors/* UserInputError */.m2(`the gate of item ${input.itemId} records no checkpoint`);
    // Before anything is written: the run branch must be where the state says (or at either
    // end of an approval that was recorded but not saved).
    const verdict = await (0,run_branch/* checkRunBranch */.yC)(input.git, input.layout.repoRoot, state);
    const pending = verdict.kind === 'at_head' ? undefined : verdict.pending;
    if (pending !== undefined && (pending.item_id !== input.itemId || pending.to !== checkpoint)) {
        throw new src_errors/* UserInputError */.m2(`run ${state.run_id} has an unfinished pass of item ${pending.item_id} (run branch to ${pending.to}); complete it first: plan-orchestrator resume --run-id ${state.run_id}`);
    }
    const alreadyDecided = item.manual_gate_status === input.decision && gate.status === 'pending';
    if (!alreadyDecided) {
        if (item.terminal_state !== 'awaiting_human_gate' || item.manual_gate_status !== 'pending') {
            throw new src_errors/* UserInputError */.m2(`item ${input.itemId} is not awaiting a gate (it is ${item.terminal_state})`);
        }
        if (input.checkpoint !== undefined && !sameCommit(input.checkpoint, checkpoint)) {
            throw new src_errors/* UserInputError */.m2(`stale decision: you reviewed ${input.checkpoint}, but the gate of item ${input.itemId} is for checkpoint ${checkpoint}`);
        }
        if (item.checkpoint_ref !== checkpoint) {
            throw new src_errors/* UserInputError */.m2(`stale gate: item ${input.itemId} moved to checkpoint ${item.checkpoint_ref ?? 'none'} after the gate was requested for ${checkpoint}`);
        }
        if (input.decision === 'approved') {
            state = await moveRunBranchForApproval(input, state, item, checkpoint, verdict);
            state = (0,run_state_ops/* moveTo */.tw)({ ...state, run_branch_head: checkpoint, pending_fast_forward: null }, input.itemId, 'ST130_PASSED', { actor: 'human', message: `manual gate approved by ${input.by}` }, now);
            state = (0,run_state_ops/* updateItem */.fk)(state, input.itemId, {
                manual_gate_status: 'approved',
                terminal_summary: gateDecisionSummary('approved', input.by, input.note)
            }, now);
        }
        else {
            if (verdict.kind === 'pending_applied') {
                throw new src_errors/* UserInputError */.m2(`the approval of item ${input.itemId} was already applied to the run branch ${state.run_branch_name} (now at ${checkpoint}) when it was interrupted; complete it with --decision approved`);
            }
            const summary = gateDecisionSummary('rejected', input.by, input.note);
            state = (0,run_state_ops/* moveTo */.tw)({ ...state, pending_fast_forward: null }, input.itemId, 'ST140_ESCALATED', { actor: 'human', message: summary }, now);
            state = (0,run_state_ops/* updateItem */.fk)(state, input.itemId, { manual_gate_status: 'rejected', terminal_summary: summary }, now);
        }
        await (0,run_store/* saveRunState */.iZ)(input.layout, state);
        (0,failpoints/* crashAt */.LR)(input.failpoint, state.current_state);
    }
    await (0,run_store/* writeJson */.GF)(absoluteGatePath, decidedRecord(gate, input, now));
    // The approved item's provenance statement, once its approval is on record. A failure is
    // not the decision's: the approval stands, and `verify` names the item without a statement.
    if (input.decision === 'approved')
        await (0,provenance/* recordItemStatement */.wZ)(input.layout, state, input.itemId);
    return {
        run_id: state.run_id,
        item_id: input.itemId,
        decision: input.decision,
        checkpoint_ref: checkpoint,
        current_state: state.current_state,
        run_state_path: input.layout.runStatePath
    };
}
/**
 * Moves the run branch to the approved checkpoint exactly once: the intended move is saved
 * first, then git makes it (compare-and-swap); a command interrupted after either step
 * finds the record and completes it.
 */
async function moveRunBranchForApproval(input, state, item, checkpoint, verdict) {
    const root = input.layout.repoRoot;
    const branch = state.run_branch_name;
    if (verdict.kind === 'pending_applied')
        return state;
    if (verdict.kind === 'pending_not_applied') {
        await input.git.fastForward(root, branch, checkpoint, verdict.pending.from);
        (0,failpoints/* crashAt */.LR)(input.failpoint, failpoints/* GIT_BOUNDARIES */.YM.runBranchFastForwarded);
        return state;
    }
    if (item.base_ref !== state.run_branch_head) {
        throw new src_errors/* UserInputError */.m2(`the run branch ${branch} is at ${state.run_branch_head}, but item ${input.itemId}'s change was made on ${item.base_ref ?? 'an unrecorded commit'}; the reviewed change no longer applies on top of it`);
    }
    const recorded = {
        ...state,
        pending_fast_forward: {
            item_id: input.itemId,
            attempt_number: item.attempt_number,
            from: state.run_branch_head,
            to: checkpoint,
            recorded_at_utc: (0,time/* isoSeconds */.n)(input.clock.now())
        }
    };
    await (0,run_store/* saveRunState */.iZ)(input.layout, recorded);
    (0,failpoints/* crashAt */.LR)(input.failpoint, failpoints/* GIT_BOUNDARIES */.YM.fastForwardRecorded);
    await input.git.fastForward(root, branch, checkpoint, state.run_branch_head);
    (0,failpoints/* crashAt */.LR)(input.failpoint, failpoints/* GIT_BOUNDARIES */.YM.runBranchFastForwarded);
    return recorded;
}
function decidedRecord(gate, input, now) {
    return reports/* ManualGateRecordSchema */.UC.parse({
        ...gate,
        status: input.decision,
        decision: {
            outcome: input.decision,
            decided_at_utc: now,
            decided_by: input.by,
            note: input.note,
            evidence_paths: [...input.evidencePaths]
        }
    });
}
function findItem(state, itemId) {
    const item = state.items.find((candidate) => candidate.item_id === itemId);
    if (item === undefined) {
        throw new src_errors/* UserInputError */.m2(`item ${itemId} is not part of run ${state.run_id} (items: ${state.items.map((i) => i.item_id).join(', ')})`);
    }
    return item;
}
function sameCommit(given, recorded) {
    return given.length >= 7 && recorded.startsWith(given.toLowerCase());
}

// EXTERNAL MODULE: ./src/kernel/preflight.ts
var kernel_preflight = __webpack_require__(61738);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/iso.js
var iso = __webpack_require__(64377);
// EXTERNAL MODULE: ./src/core/run/states.ts
var states = __webpack_require__(66915);
// EXTERNAL MODULE: ./src/core/schemas/vocabulary.ts
var vocabulary = __webpack_require__(8610);
;// CONCATENATED MODULE: ./src/core/schemas/item-context.ts



/**
 * `item_context.json`: what an agent is told about the item it works on, for one stage.
 * Key order is the contract's order.
 */
const STAGES = ['execute', 'audit_codex', 'audit_claude', 'triage', 'fix', 'remediation'];
const nonEmpty = schemas/* string */.YjP().min(1);
const item_context_ItemContextSchema = schemas/* strictObject */.rej({
    schema_version: schemas/* literal */.euz('plan_orchestrator.item_context.v1'),
    generated_at_utc: iso/* datetime */.w$(),
    run_id: nonEmpty,
    adapter_id: schemas/* literal */.euz('markdown_playbook_v1'),
    item: schemas/* strictObject */.rej({
        item_id: schemas/* string */.YjP().regex(vocabulary/* ITEM_ID_PATTERN */.vg),
        phase: nonEmpty,
        phase_slug: nonEmpty,
        action: nonEmpty,
        owner_type: nonEmpty,
        deliverable: nonEmpty,
        exit_criteria: nonEmpty,
        change_profile: schemas/* enum */.k5n(vocabulary/* CHANGE_PROFILES */.SQ),
        requires_red_green: schemas/* boolean */.zMY(),
        manual_gate_required: schemas/* boolean */.zMY(),
        external_check_required: schemas/* boolean */.zMY()
    }),
    worktree: schemas/* strictObject */.rej({
        path: nonEmpty,
        branch_name: nonEmpty,
        base_ref: nonEmpty,
        head_ref: nonEmpty,
        workspace_packet_root: nonEmpty
    }),
    stage_context: schemas/* strictObject */.rej({
        stage: schemas/* enum */.k5n(STAGES),
        attempt_number: schemas/* int */.Whr().min(1),
        fix_round_index: schemas/* int */.Whr().min(0),
        remediation_round_index: schemas/* int */.Whr().min(0),
        prior_checkpoint_ref: schemas/* string */.YjP().nullable(),
        terminal_targets: schemas/* array */.YOg(schemas/* enum */.k5n(states/* TERMINALS */.en)),
        notes: schemas/* array */.YOg(schemas/* string */.YjP())
    }),
    repo_scope: schemas/* strictObject */.rej({
        consult_paths: schemas/* array */.YOg(schemas/* string */.YjP()),
        allowed_write_roots: schemas/* array */.YOg(schemas/* string */.YjP()).min(1),
        forbidden_roots: schemas/* array */.YOg(nonEmpty),
        scope_notes: schemas/* array */.YOg(schemas/* string */.YjP())
    }),
    source_of_truth_paths: schemas/* array */.YOg(schemas/* string */.YjP()),
    sensitive_path_globs: schemas/* array */.YOg(nonEmpty),
    support_sections: schemas/* array */.YOg(schemas/* strictObject */.rej({
        section_id: nonEmpty,
        title: nonEmpty,
        body_markdown: schemas/* string */.YjP(),
        why_included: nonEmpty
    })),
    artifact_inputs: schemas/* array */.YOg(schemas/* strictObject */.rej({
        logical_name: nonEmpty,
        path: nonEmpty,
        workspace_path: nonEmpty,
        sha256: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/),
        required_for_stage: schemas/* boolean */.zMY(),
        purpose: nonEmpty
    })),
    verification_plan: schemas/* strictObject */.rej({
        command_groups: schemas/* array */.YOg(schemas/* strictObject */.rej({
            label: schemas/* enum */.k5n(['playbook_required', 'playbook_suggested']),
            commands: schemas/* array */.YOg(nonEmpty).min(1),
            required: schemas/* boolean */.zMY()
        })),
        artifact_checks: schemas/* array */.YOg(schemas/* strictObject */.rej({
            path: nonEmpty,
            check_kind: schemas/* literal */.euz('exists'),
            expected_values: schemas/* array */.YOg(schemas/* string */.YjP()),
            reason: nonEmpty
        }))
    })
});

// EXTERNAL MODULE: ./src/core/findings/ordering.ts
var ordering = __webpack_require__(46452);
;// CONCATENATED MODULE: ./src/core/findings/pass-blockers.ts
const GUARDED_SOURCES = new Set(['codex_audit', 'claude_audit', 'verification']);
function pass_blockers_findPassBlockers(merged) {
    const gate = merged.verification_summary;
    const verificationFailures = [
        ...gate.failed_required_commands.map((label) => `required verification command ${label} failed`),
        ...gate.failed_artifact_checks.map((path) => `required artifact check ${path} failed`),
        ...(gate.scope_check_status === 'fail' ? ['the committed-change scope check failed'] : [])
    ];
    const blockingFindings = merged.merged_findings.filter((finding) => finding.is_blocking && finding.source_refs.some((ref) => GUARDED_SOURCES.has(ref.source_type)));
    return { verificationFailures, blockingFindings };
}
function pass_blockers_hasPassBlockers(blockers) {
    return blockers.verificationFailures.length > 0 || blockers.blockingFindings.length > 0;
}
/** One line for summaries and reasoning notes. */
function pass_blockers_describePassBlockers(blockers) {
    const parts = [...blockers.verificationFailures];
    if (blockers.blockingFindings.length > 0) {
        const titles = blockers.blockingFindings.map((finding) => finding.title).join('; ');
        parts.push(`blocking findings: ${titles}`);
    }
    return parts.join('; ');
}

;// CONCATENATED MODULE: ./src/core/findings/decision.ts


/** Fix rounds first, then remediation rounds; there is no way back from remediation to fix. */
function planNextRound(budget) {
    if (budget.fixRoundsCompleted < budget.maxFixRounds)
        return { kind: 'fix', round: budget.fixRoundsCompleted + 1 };
    if (budget.remediationRoundsCompleted < budget.maxRemediationRounds)
        return { kind: 'remediate', round: budget.remediationRoundsCompleted + 1 };
    return { kind: 'exhausted' };
}
const BUDGET_EXHAUSTED_SUMMARY = 'actionable findings remained after fix and remediation budgets were exhausted';
/**
 * docs/decisions.md#decision-after-triage: the pass gate is checked here again, from the merged
 * packet alone, so no triage report (overridden or not) can pass an item the gate holds back.
 */
function decision_decideAfterTriage(input) {
    const { triage, merged, manualGateRequired } = input;
    const blockers = findPassBlockers(merged);
    const holdsBack = hasPassBlockers(blockers);
    const wantsToPass = triage.overall_decision === 'pass' || triage.overall_decision === 'awaiting_human_gate';
    const decision = wantsToPass && holdsBack ? 'fix_required' : triage.overall_decision;
    switch (decision) {
        case 'pass':
            return manualGateRequired ? { kind: 'awaiting_human_gate' } : { kind: 'pass' };
        case 'awaiting_human_gate':
            // Without a configured gate there is nobody to approve it: stop loudly instead of waiting forever.
            return manualGateRequired
                ? { kind: 'awaiting_human_gate' }
                : {
                    kind: 'escalate',
                    summary: `triage asked for a human gate, but the item has no manual gate: ${triage.summary}`
                };
        case 'blocked_external':
            return { kind: 'blocked_external', summary: triage.summary };
        case 'escalate':
            return { kind: 'escalate', summary: triage.summary };
        case 'fix_required': {
            const next = planNextRound(input.budget);
            if (next.kind === 'exhausted') {
                const why = holdsBack ? `; ${describePassBlockers(blockers)}` : '';
                return { kind: 'escalate', summary: `${BUDGET_EXHAUSTED_SUMMARY}${why}` };
            }
            const forced = blockers.blockingFindings.map((finding) => finding.canonical_id);
            const targetFindingIds = dedupe([
                ...triage.merged_findings
                    .filter((finding) => finding.disposition === 'actionable' || forced.includes(finding.canonical_id))
                    .map((finding) => finding.canonical_id),
                ...forced
            ]);
            return { kind: next.kind, round: next.round, targetFindingIds };
        }
    }
}

// EXTERNAL MODULE: ./src/kernel/attempt-context.ts
var attempt_context = __webpack_require__(94594);
// EXTERNAL MODULE: ./src/core/playbook/cell-values.ts
var cell_values = __webpack_require__(79294);
;// CONCATENATED MODULE: ./src/core/playbook/item-context.ts




const SENSITIVE_PATH_GLOBS = (/* unused pure expression or super */ null && ([
    '.env',
    '.env.*',
    'secrets/**',
    'ops/config/**',
    '.git/**'
]));
function whyIncluded(kind, item) {
    switch (kind) {
        case 'global_context':
            return 'Global plan context that constrains how this item should be executed.';
        case 'phase_detail':
            return `Phase-specific guidance for ${item.phase}.`;
        case 'shared_guidance':
            return 'Shared guidance that applies across multiple items in the plan.';
        case 'risk_register':
            return 'Known risks and contingency guidance relevant to this item.';
        case 'informational':
            return 'Informational context attached for operator awareness.';
    }
}
/** Projects a plan item into the context an agent receives for one stage. */
function item_context_buildItemContext(plan, item, situation) {
    const wanted = new Set(item.support_section_ids);
    const hints = item.verification_hints;
    return ItemContextSchema.parse({
        schema_version: 'plan_orchestrator.item_context.v1',
        generated_at_utc: isoSeconds(situation.generatedAt),
        run_id: situation.runId,
        adapter_id: plan.adapter_id,
        item: {
            item_id: item.item_id,
            phase: item.phase,
            phase_slug: item.phase_slug,
            action: item.action,
            owner_type: item.owner_type,
            deliverable: item.deliverable,
            exit_criteria: item.exit_criteria,
            change_profile: item.change_profile,
            requires_red_green: item.requires_red_green,
            manual_gate_required: item.manual_gate.required,
            external_check_required: item.external_check.required
        },
        worktree: situation.worktree,
        stage_context: {
            stage: situation.stage,
            attempt_number: situation.attemptNumber,
            fix_round_index: situation.fixRoundIndex,
            remediation_round_index: situation.remediationRoundIndex,
            prior_checkpoint_ref: situation.priorCheckpointRef,
            terminal_targets: [...TERMINALS],
            notes: item.notes
        },
        repo_scope: {
            consult_paths: item.consult_paths,
            allowed_write_roots: item.allowed_write_roots,
            forbidden_roots: [...FORBIDDEN_ROOTS],
            scope_notes: item.notes
        },
        source_of_truth_paths: item.consult_paths,
        sensitive_path_globs: [...SENSITIVE_PATH_GLOBS],
        support_sections: plan.support_sections
            .filter((section) => wanted.has(section.section_id))
            .map((section) => ({
            section_id: section.section_id,
            title: section.title,
            body_markdown: section.body_markdown,
            why_included: whyIncluded(section.section_kind, item)
        })),
        artifact_inputs: situation.artifactInputs,
        verification_plan: {
            command_groups: [
                ...(hints.required_commands.length > 0
                    ? [{ label: 'playbook_required', commands: hints.required_commands, required: true }]
                    : []),
                ...(hints.suggested_commands.length > 0
                    ? [{ label: 'playbook_suggested', commands: hints.suggested_commands, required: false }]
                    : [])
            ],
            artifact_checks: hints.required_artifacts.map((path) => ({
                path,
                check_kind: 'exists',
                expected_values: [],
                reason: 'Required deliverable artifact exists.'
            }))
        }
    });
}

// EXTERNAL MODULE: ./src/core/scope.ts
var scope = __webpack_require__(23203);
// EXTERNAL MODULE: ./src/core/schemas/usage.ts
var usage = __webpack_require__(47131);
// EXTERNAL MODULE: ./src/core/usage/budget.ts
var budget = __webpack_require__(35898);
// EXTERNAL MODULE: ./src/core/usage/prices.ts
var prices = __webpack_require__(97185);
;// CONCATENATED MODULE: ./src/core/usage/records.ts

const whole = (value) => value === undefined || !Number.isFinite(value) || value < 0 ? 0 : Math.round(value);
/** Null when the CLI reported neither input nor output tokens. */
function tokenCounts(usage) {
    if (usage === undefined)
        return null;
    if (usage.inputTokens === undefined && usage.outputTokens === undefined)
        return null;
    const input = whole(usage.inputTokens);
    const output = whole(usage.outputTokens);
    return {
        input,
        cached_input: Math.min(input, whole(usage.cachedInputTokens)),
        cache_write: Math.min(input, whole(usage.cacheWriteTokens)),
        output,
        reasoning: usage.reasoningTokens === undefined ? null : whole(usage.reasoningTokens),
        total: input + output
    };
}
function records_agentCallRecord(facts, prices) {
    const tokens = tokenCounts(facts.usage);
    const model = facts.usage?.model ?? null;
    const cost = callCost(facts.usage, tokens, model, prices);
    return {
        item_id: facts.itemId,
        attempt_number: facts.attempt,
        lane: facts.lane,
        cycle: facts.cycle,
        agent: facts.agent,
        status: facts.status,
        started_at_utc: facts.startedAtUtc,
        duration_ms: whole(facts.durationMs),
        model,
        effort: facts.usage?.effort ?? null,
        tokens,
        cost_usd: cost?.usd ?? null,
        cost_source: cost?.source ?? null
    };
}
function callCost(usage, tokens, model, prices) {
    const reported = usage?.costUsd;
    if (reported !== undefined && Number.isFinite(reported) && reported >= 0)
        return { usd: reported, source: 'cli' };
    if (tokens === null || model === null)
        return undefined;
    const price = priceFor(prices, model);
    if (price === undefined)
        return undefined;
    return {
        usd: costAt(price, {
            input: tokens.input,
            cachedInput: tokens.cached_input,
            cacheWrite: tokens.cache_write,
            output: tokens.output
        }),
        source: 'price_table'
    };
}
/** The state with one more call recorded. */
function records_appendAgentCall(state, record, now) {
    return { ...state, agent_calls: [...state.agent_calls, record], updated_at_utc: now };
}

// EXTERNAL MODULE: ./src/core/usage/summary.ts
var summary = __webpack_require__(48071);
;// CONCATENATED MODULE: ./src/kernel/agent-budget.ts







async function agent_budget_callAgentWithinBudget(context, request, 
/** The call itself (with the guards the caller puts around it). */
run) {
    const { session } = context;
    const where = {
        itemId: request.itemId,
        lane: request.lane,
        cycle: request.cycleTag
    };
    const before = checkBudget({ state: session.state, moment: 'before_call', ...where });
    if (before.kind === 'exhausted')
        return stopForBudget(context, before.stop);
    const startedAt = context.clock.now();
    const agent = context.agents[request.lane];
    const outcome = await run();
    await session.recordAgentCall(agentCallRecord({
        itemId: request.itemId,
        attempt: request.attempt,
        lane: request.lane,
        cycle: request.cycleTag,
        agent: agent.id,
        status: outcome.status,
        startedAtUtc: isoSeconds(startedAt),
        durationMs: outcome.durationMs,
        usage: outcome.usage
    }, session.state.options.model_prices));
    await agent_budget_writeUsageFile(session);
    const after = checkBudget({ state: session.state, moment: 'after_call', ...where });
    if (after.kind === 'exhausted')
        return { ...(await stopForBudget(context, after.stop)), outcome };
    return { kind: 'ran', outcome };
}
async function stopForBudget(context, stop) {
    const itemId = context.item.item_id;
    await context.session.patchItem(itemId, {
        budget_stop: {
            ...stop,
            attempt_number: context.attempt,
            at_utc: isoSeconds(context.clock.now())
        }
    });
    return { kind: 'budget_exhausted', reason: stop.message };
}
async function agent_budget_writeUsageFile(session) {
    await writeJson(join(session.layout.controlDir, USAGE_FILE), runUsageSummary(session.state));
}

// EXTERNAL MODULE: ./src/core/schemas/provenance.ts
var schemas_provenance = __webpack_require__(35377);
;// CONCATENATED MODULE: ./src/kernel/call-record.ts





async function call_record_recordAgentCall(context, facts) {
    const root = context.session.layout.repoRoot;
    const dir = join(context.paths.controlDir, AGENT_CALLS_DIR);
    const agent = context.agents[facts.lane];
    const identity = (await agent.describe?.()) ?? {
        adapter: agent.id,
        cli: agent.id,
        cli_version: null,
        model: null,
        effort: null
    };
    const inputs = [];
    for (const input of facts.inputs)
        inputs.push(await fileDigest(root, input));
    const record = CallRecordSchema.parse({
        schema_version: CALL_RECORD_VERSION,
        sequence: (await lastSequence(dir)) + 1,
        item_id: context.item.item_id,
        attempt_number: context.attempt,
        lane: facts.lane,
        cycle: facts.cycleTag,
        agent: identity,
        status: facts.status,
        prompt: await fileDigest(root, facts.promptFile),
        inputs,
        report: facts.acceptedReport === undefined ? null : await fileDigest(root, facts.acceptedReport),
        duration_ms: Math.max(0, Math.round(facts.outcome.durationMs)),
        usage: facts.outcome.usage === undefined ? null : usageOf(facts.outcome.usage)
    });
    await writeJson(join(dir, `${facts.lane}.${facts.cycleTag}.json`), record);
}
async function lastSequence(dir) {
    const names = await readdir(dir).catch(() => []);
    let last = 0;
    for (const name of names.filter((entry) => entry.endsWith('.json'))) {
        const parsed = CallRecordSchema.safeParse(JSON.parse(await readFile(join(dir, name), 'utf8').catch(() => 'null')));
        if (parsed.success)
            last = Math.max(last, parsed.data.sequence);
    }
    return last;
}
/**
 * Usage hook: what an adapter reports as `AgentOutcome.usage` lands here, field by field,
 * and null when it reports nothing. The usage work (adapters reading tokens and cost from each
 * CLI) fills `AgentUsage`; a field it adds maps here and in `CallUsageSchema`, nowhere else.
 */
function usageOf(usage) {
    const count = (value) => value === undefined || !Number.isFinite(value) || value < 0 ? null : Math.round(value);
    return {
        input_tokens: count(usage.inputTokens),
        cached_input_tokens: count(usage.cachedInputTokens),
        cache_write_tokens: count(usage.cacheWriteTokens),
        output_tokens: count(usage.outputTokens),
        reasoning_tokens: count(usage.reasoningTokens),
        cost_usd: usage.costUsd === undefined || !Number.isFinite(usage.costUsd) || usage.costUsd < 0
            ? null
            : usage.costUsd,
        num_turns: count(usage.numTurns),
        model: usage.model ?? null
    };
}

;// CONCATENATED MODULE: ./src/kernel/lane-call.ts








const FAILURE_WORDS = {
    timeout: 'timed out',
    idle_timeout: 'stopped producing output and was stopped',
    exit_nonzero: 'exited with an error',
    auth_error: 'is not authenticated',
    error_envelope: 'reported an error',
    no_report: 'wrote no report',
    unparseable_report: 'wrote a report that is not JSON',
    spawn_failed: 'could not be started'
};
async function lane_call_callLane(context, call) {
    const request = {
        lane: call.lane,
        itemId: context.item.item_id,
        attempt: context.attempt,
        cycleTag: call.cycleTag,
        cwd: call.cwd ?? context.paths.worktreePath,
        promptText: call.prompt,
        promptFile: call.promptFile,
        schema: await schemaFile(context, call.schemaName, call.schema),
        reportPath: call.reportPath,
        logDir: context.paths.logsDir,
        timeoutMs: call.timeoutSec * 1000,
        idleTimeoutMs: context.options.agent_idle_timeout_sec * 1000,
        killGraceMs: 2000,
        maxLogBytes: context.options.max_log_bytes,
        env: context.childEnv,
        stage: stageRef(context, MUTATION_LANES.includes(call.lane) ? call.cycleTag : `${call.lane}.${call.cycleTag}`)
    };
    const called = await callAgentWithinBudget(context, request, () => context.integrity.around(context, `${call.lane} agent (${call.cycleTag})`, [
        ...ownWritesOf(request),
        `${context.paths.reportDir}/`,
        // The stage's live processes, recorded while it runs (survivors are found by it).
        context.session.layout.stageProcessesPath
    ], () => context.agents[call.lane].run(request)));
    // Noted even when the call went over the budget: its logs and processes are as real.
    const ran = called.outcome;
    if (ran !== undefined) {
        await noteTruncatedLogs(context, call, ran.logs);
        if (ran.leftRunning !== undefined && ran.leftRunning.length > 0) {
            await context.session.note(context.item.item_id, 'orchestrator', `${call.lane} agent left processes running outside its process group; stopped: ${ran.leftRunning.join('; ')}`);
        }
    }
    if (called.kind === 'budget_exhausted')
        return { kind: 'failed', reason: called.reason };
    const outcome = called.outcome;
    const record = (status, acceptedReport) => recordAgentCall(context, {
        lane: call.lane,
        cycleTag: call.cycleTag,
        promptFile: call.promptFile,
        inputs: call.inputs ?? [],
        status,
        outcome,
        ...(acceptedReport === undefined ? {} : { acceptedReport })
    });
    if (outcome.status !== 'ok') {
        await record(outcome.status);
        const detail = outcome.diagnostics.length > 0 ? outcome.diagnostics.join('; ') : 'no detail';
        return {
            kind: 'failed',
            reason: `${call.lane} agent ${FAILURE_WORDS[outcome.status]}: ${detail}`
        };
    }
    const parsed = call.schema.safeParse(outcome.report);
    if (!parsed.success) {
        const issues = parsed.error.issues
            .slice(0, 3)
            .map((issue) => `${issue.path.join('.')}: ${issue.message}`);
        await record('report_rejected');
        return {
            kind: 'failed',
            reason: `${call.lane} report does not match its schema: ${issues.join('; ')}`
        };
    }
    const foreign = reportIdentityProblem({
        runId: context.session.state.run_id,
        lane: call.lane,
        itemId: context.item.item_id,
        attempt: context.attempt,
        cycleTag: call.cycleTag
    }, parsed.data);
    if (foreign !== null) {
        await record('report_rejected');
        return { kind: 'failed', reason: foreign };
    }
    await writeJson(call.reportPath, parsed.data);
    await record('ok', call.reportPath);
    return { kind: 'ok', report: parsed.data };
}
/**
 * What the orchestrator itself writes in the run store while an agent runs (the attempt's
 * report directory, where the agent writes its report, is added by the caller).
 */
function ownWritesOf(request) {
    const logs = logPathsFor(request);
    return [
        request.promptFile,
        logs.stdoutPath,
        logs.stderrPath,
        // The report schemas, rewritten before every call (codex gets its strict-mode copy).
        `${dirname(request.schema.path)}/`
    ];
}
/** A cut log is recorded where the run's history is read, with what the agent wrote in all. */
async function noteTruncatedLogs(context, call, logs) {
    if (logs === undefined)
        return;
    const cut = ['stdout', 'stderr'].filter((stream) => logs[stream].truncated);
    if (cut.length === 0)
        return;
    const sizes = cut.map((stream) => `${stream} ${logs[stream].totalBytes} bytes`).join(', ');
    await context.session.note(context.item.item_id, 'orchestrator', `${call.lane} agent output over max_log_bytes (${context.options.max_log_bytes}) was cut in its logs (${sizes} in total; the head and the tail are kept)`);
}

;// CONCATENATED MODULE: ./src/kernel/stage-guard.ts


async function stage_guard_createStageGuard(input) {
    const baseline = await snapshotAgentConfig(input.env);
    return {
        async check(scope) {
            const problems = [];
            const changed = agentConfigChanges(baseline, await snapshotAgentConfig(input.env));
            if (changed.length > 0) {
                problems.push(`agent configuration changed since the run started: ${changed.join(', ')} ` +
                    '(an agent or a verification command may have written it; check it before you resume)');
            }
            if (scope.worktree !== undefined) {
                const worktree = scope.worktree;
                const planted = await input.git.unreviewedAgentConfig(worktree);
                if (planted.length > 0) {
                    problems.push(`agent configuration in the worktree that is not part of the reviewed change: ` +
                        planted.map((path) => join(worktree, path)).join(', '));
                }
            }
            if (scope.reviewCopy !== undefined) {
                const changes = await scope.reviewCopy.changes();
                if (changes.length > 0) {
                    problems.push(`the read-only review copy ${scope.reviewCopy.path} was changed: ${changes.join(', ')}`);
                }
            }
            return problems;
        }
    };
}
/** The escalation reason when the guard finds something before `scope.stage`, else undefined. */
async function stage_guard_stageBlocked(context, scope) {
    const problems = await context.stageGuard.check(scope);
    return problems.length === 0 ? undefined : `before ${scope.stage}: ${problems.join('; ')}`;
}

;// CONCATENATED MODULE: ./src/kernel/verification-gate.ts


async function verification_gate_runVerificationGate(input) {
    const commandResults = [];
    for (const [g, group] of input.context.verification_plan.command_groups.entries()) {
        for (const [c, command] of group.commands.entries()) {
            const logPath = join(input.logDir, `${pad(g + 1)}_${pad(c + 1)}.log`);
            const result = await input.runner.run({
                command,
                cwd: input.worktree,
                logPath,
                timeoutMs: input.timeoutMs,
                maxLogBytes: input.maxLogBytes,
                env: input.env,
                ...(input.stage === undefined ? {} : { stage: input.stage })
            });
            const passed = !result.timedOut && result.exitCode === 0;
            commandResults.push({
                label: `${group.label}#${c + 1}`,
                command,
                exit_code: result.timedOut ? null : result.exitCode,
                status: passed ? 'pass' : 'fail',
                failure_kind: passed ? null : result.timedOut ? 'timeout' : 'exit_nonzero',
                required: group.required,
                log_path: input.relative(logPath),
                timeout_sec: result.timedOut ? Math.round(input.timeoutMs / 1000) : null,
                ...(result.log === undefined
                    ? {}
                    : { log_bytes: result.log.totalBytes, log_truncated: result.log.truncated })
            });
        }
    }
    const artifactChecks = [];
    for (const check of input.context.verification_plan.artifact_checks) {
        const present = await access(join(input.worktree, check.path)).then(() => true, () => false);
        artifactChecks.push({
            path: check.path,
            check_kind: check.check_kind,
            status: present ? 'pass' : 'fail',
            reason: present ? check.reason : `${check.reason} (missing: ${check.path})`
        });
    }
    const scopeFailed = input.scopeViolations.length > 0;
    const failedRequired = commandResults.filter((result) => result.required && result.status === 'fail');
    const failedOptional = commandResults.filter((result) => !result.required && result.status === 'fail');
    const failedArtifacts = artifactChecks.filter((check) => check.status === 'fail');
    const outcome = scopeFailed
        ? {
            overall: 'fail',
            next: 'escalate',
            summary: `committed changes escaped the allowed write roots: ${input.scopeViolations.join(', ')}`
        }
        : failedRequired.length > 0 || failedArtifacts.length > 0
            ? {
                overall: 'fail',
                next: 'fix',
                summary: `verification failed: ${[...failedRequired.map((r) => `${r.command} (${r.failure_kind})`), ...failedArtifacts.map((a) => `missing ${a.path}`)].join('; ')}`
            }
            : failedOptional.length > 0
                ? {
                    overall: 'partial',
                    next: 'audit',
                    summary: `optional checks failed: ${failedOptional.map((r) => r.command).join('; ')}`
                }
                : { overall: 'pass', next: 'audit', summary: 'verification passed' };
    return {
        schema_version: 'plan_orchestrator.verification_report.v1',
        generated_at_utc: input.now,
        stage: 'verify',
        item_id: input.context.item.item_id,
        attempt_number: input.context.stage_context.attempt_number,
        summary: outcome.summary,
        overall_result: outcome.overall,
        command_results: commandResults,
        artifact_checks: artifactChecks,
        scope_check: {
            status: scopeFailed ? 'fail' : 'pass',
            out_of_scope_paths: [...input.scopeViolations],
            note: scopeFailed
                ? 'committed changes include paths outside the allowed write roots'
                : `all ${input.committed.length} committed changes are within the allowed write roots`
        },
        next_recommended_state: outcome.next
    };
}
function pad(n) {
    return String(n).padStart(2, '0');
}

;// CONCATENATED MODULE: ./src/kernel/mutation-stage.ts













async function mutation_stage_runMutationStage(context, stage, round, targetFindingIds) {
    const { session, item } = context;
    const cycleTag = `${stage}.round-${round}`;
    const itemId = item.item_id;
    if (stage === 'execute') {
        await session.move(itemId, 'ST20_CONTEXT_PREPARED', 'orchestrator', 'preparing execute context');
    }
    const before = session.item(itemId);
    const headBefore = before.checkpoint_ref ??
        before.base_ref ??
        (await context.git.headSha(context.paths.worktreePath));
    const itemContext = buildItemContext(context.plan, item, {
        runId: session.state.run_id,
        generatedAt: context.clock.now(),
        stage,
        attemptNumber: context.attempt,
        fixRoundIndex: before.fix_rounds_completed,
        remediationRoundIndex: before.remediation_rounds_completed,
        priorCheckpointRef: before.checkpoint_ref,
        worktree: {
            path: relativeToRepo(context, context.paths.worktreePath),
            branch_name: context.paths.branchName,
            base_ref: runBranchName(session.state.run_id),
            head_ref: headBefore,
            workspace_packet_root: PACKET_DIR
        },
        artifactInputs: []
    });
    const contextFile = `item_context.${cycleTag}.json`;
    const contextPath = join(context.paths.controlDir, contextFile);
    await writeJson(contextPath, itemContext);
    const inPacket = packetPath(context, contextFile);
    await mkdir(dirname(inPacket.absolute), { recursive: true });
    await copyFile(contextPath, inPacket.absolute);
    const prompt = renderPrompt({
        lane: stage,
        context: itemContext,
        contextPath: inPacket.inWorktree,
        inputs: [],
        cycleTag,
        targetFindingIds
    });
    const promptFile = join(context.paths.promptsDir, `${cycleTag}.md`);
    await writeText(promptFile, prompt);
    await session.patchItem(itemId, {
        latest_paths: {
            ...session.item(itemId).latest_paths,
            item_context_path: relativeToRepo(context, contextPath)
        }
    });
    if (stage === 'execute')
        await session.move(itemId, 'ST30_EXECUTING', 'orchestrator', 'running execute stage');
    else
        await session.note(itemId, 'orchestrator', `running ${stage} stage`);
    const reportName = stage === 'execute' ? 'execution_report.round-0.json' : `${stage}_report.round-${round}.json`;
    const reportSchema = stage === 'execute' ? ExecutionReportSchema : FixReportSchema;
    const reportPath = join(context.paths.reportDir, reportName);
    const timeoutSec = stage === 'execute'
        ? context.options.execution_timeout_sec
        : stage === 'fix'
            ? context.options.fix_timeout_sec
            : context.options.remediation_timeout_sec;
    const blocked = await stageBlocked(context, { stage, worktree: context.paths.worktreePath });
    if (blocked !== undefined)
        return { kind: 'escalate', reason: blocked };
    const called = await callLane(context, {
        lane: stage,
        cycleTag,
        prompt,
        promptFile,
        schemaName: stage === 'execute' ? 'execution_report' : 'fix_report',
        schema: reportSchema,
        reportPath,
        timeoutSec,
        inputs: [contextPath]
    });
    if (called.kind === 'failed')
        return { kind: 'escalate', reason: called.reason };
    const report = called.report;
    const pathKey = stage === 'execute' ? 'execution_report_path' : 'fix_report_path';
    await session.patchItem(itemId, {
        latest_paths: {
            ...session.item(itemId).latest_paths,
            [pathKey]: relativeToRepo(context, reportPath)
        }
    });
    const checkpoint = await context.git.checkpoint({
        worktree: context.paths.worktreePath,
        itemId,
        stage,
        allowedRoots: item.allowed_write_roots,
        expectedHead: headBefore,
        maxFileBytes: context.options.max_checkpoint_file_bytes
    });
    if (!checkpoint.ok)
        return {
            kind: 'escalate',
            reason: `the ${stage} checkpoint was refused: ${checkpoint.violations.join('; ')}`
        };
    session.crashAt(GIT_BOUNDARIES.checkpointCommitted);
    await session.patchItem(itemId, { checkpoint_ref: checkpoint.sha });
    const unverifiable = await stageBlocked(context, {
        stage: 'verification',
        worktree: context.paths.worktreePath
    });
    if (unverifiable !== undefined)
        return { kind: 'escalate', reason: unverifiable };
    await session.move(itemId, 'ST40_VERIFYING', 'verification', 'running verification gate');
    const base = session.item(itemId).base_ref ?? headBefore;
    const committed = await context.git.committedChanges(context.paths.worktreePath, base, checkpoint.sha);
    const scope = classifyChanges(committed, item.allowed_write_roots);
    const logDir = join(context.paths.logsDir, `verification.${cycleTag}`);
    const verification = VerificationReportSchema.parse(await context.integrity.around(context, `verification (${cycleTag})`, [`${logDir}/`, context.session.layout.stageProcessesPath], () => runVerificationGate({
        context: itemContext,
        worktree: context.paths.worktreePath,
        cycleTag,
        logDir,
        timeoutMs: context.options.verification_timeout_sec * 1000,
        maxLogBytes: context.options.max_log_bytes,
        stage: stageRef(context, `verification.${cycleTag}`),
        env: { ...context.childEnv, PLAN_ORCHESTRATOR_VERIFICATION: '1' },
        runner: context.runner,
        committed,
        scopeViolations: [...scope.forbidden, ...scope.outOfScope, ...scope.unsafeSymlinks],
        now: nowIso(context.clock),
        relative: (absolute) => relativeToRepo(context, absolute)
    })));
    const verificationPath = join(context.paths.controlDir, `verification_report.${cycleTag}.json`);
    await writeJson(verificationPath, verification);
    await session.patchItem(itemId, {
        latest_paths: {
            ...session.item(itemId).latest_paths,
            verification_report_path: relativeToRepo(context, verificationPath)
        }
    });
    if (verification.scope_check.status === 'fail')
        return { kind: 'escalate', reason: verification.summary };
    const leftovers = await context.git.authorityViolations(context.paths.worktreePath, checkpoint.sha);
    if (leftovers.length > 0) {
        return {
            kind: 'escalate',
            reason: `the worktree changed after the ${stage} checkpoint (ignore build output in .gitignore): ${leftovers.join('; ')}`
        };
    }
    return {
        kind: 'verified',
        report,
        verification,
        context: itemContext,
        checkpoint: checkpoint.sha,
        cycleTag
    };
}

;// CONCATENATED MODULE: ./src/kernel/evidence-intake.ts






/**
 * Receiving external evidence for an item (`run` and `resume --external-evidence-dir`): the
 * package is copied into the run, so it cannot change under the attempt, as regular files and
 * directories only (see adapters/evidence-package.ts), every file hashed into a manifest
 * beside the copy. The caller has already checked the package before writing anything; the
 * copy checks it again as it goes.
 */
const EVIDENCE_LIMIT_SOURCE = 'runtime policy max_evidence_package_bytes';
/** The rules a run's evidence is held to, named as the user gave the directory. */
function evidence_intake_evidenceRules(given, options) {
    return {
        label: `--external-evidence-dir ${given}`,
        maxBytes: options.max_evidence_package_bytes,
        limitSource: EVIDENCE_LIMIT_SOURCE
    };
}
/** Copies, hashes and records the evidence for `itemId`; returns the stored copy. */
async function evidence_intake_receiveEvidence(base, itemId, dir) {
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
    const copied = await copyEvidence(dir, copy, evidence_intake_evidenceRules(dir, base.options));
    await writeJson(`${copy}.manifest.json`, {
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

;// CONCATENATED MODULE: ./src/core/findings/canonical-id.ts


function canonicalFindingId(identity) {
    const serialized = canonicalSerialization(identity);
    const digest = createHash('sha256').update(serialized, 'utf8').digest('hex');
    return `finding_${digest.slice(0, 16)}`;
}
/** The exact text that is hashed; exported so tests can pin it. */
function canonicalSerialization(identity) {
    // Keys already in sorted order: category, evidence, file_paths, title.
    const evidence = sortedUnique(identity.evidence).map(pythonJsonString).join(', ');
    const filePaths = sortedUnique(identity.file_paths).map(pythonJsonString).join(', ');
    return (`{"category": ${pythonJsonString(strip(identity.category))}, ` +
        `"evidence": [${evidence}], ` +
        `"file_paths": [${filePaths}], ` +
        `"title": ${pythonJsonString(strip(identity.title))}}`);
}
/** A finding with its canonical id computed from its own fields, in schema key order. */
function canonical_id_withCanonicalId(draft) {
    return { canonical_id: canonicalFindingId(draft), ...draft };
}
/** Python's string order: by code point, where JavaScript's default compares UTF-16 units. */
function compareCodePoints(left, right) {
    const a = [...left];
    const b = [...right];
    const length = Math.min(a.length, b.length);
    for (let index = 0; index < length; index += 1) {
        const difference = (a[index]?.codePointAt(0) ?? 0) - (b[index]?.codePointAt(0) ?? 0);
        if (difference !== 0)
            return difference;
    }
    return a.length - b.length;
}
function sortedUnique(values) {
    return [...new Set(values)].sort(compareCodePoints);
}
const SHORT_ESCAPES = {
    '"': '\\"',
    '\\': '\\\\',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
    '\b': '\\b',
    '\f': '\\f'
};
/**
 * A string as Python's `json.dumps` writes it with `ensure_ascii=True`: everything outside
 * printable ASCII becomes `\uXXXX` (lower-case hex, UTF-16 units, so astral characters are
 * surrogate pairs), `/` stays as it is.
 */
function pythonJsonString(text) {
    let out = '"';
    for (let index = 0; index < text.length; index += 1) {
        const char = text.charAt(index);
        const code = text.charCodeAt(index);
        const short = SHORT_ESCAPES[char];
        if (short !== undefined)
            out += short;
        else if (code >= 0x20 && code <= 0x7e)
            out += char;
        else
            out += `\\u${code.toString(16).padStart(4, '0')}`;
    }
    return `${out}"`;
}

;// CONCATENATED MODULE: ./src/core/findings/audit-findings.ts


const SOURCE_TYPE = { codex: 'codex_audit', claude: 'claude_audit' };
/** The audit finding as a merge candidate (docs/decisions.md#findings-merge). */
function normalizeAuditFinding(lane, finding) {
    const { disposition, recommended_owner } = routeByCategory(finding.category);
    return withCanonicalId({
        title: finding.title,
        severity: finding.severity,
        category: finding.category,
        disposition,
        recommended_owner,
        source_refs: [{ source_type: SOURCE_TYPE[lane], source_id: finding.finding_id }],
        file_paths: [...finding.file_paths],
        evidence: [...finding.evidence],
        recommended_action: finding.recommended_action,
        acceptance_check: finding.why_it_matters,
        is_blocking: finding.is_blocking
    });
}
function routeByCategory(category) {
    if (category === 'manual_gate')
        return { disposition: 'requires_human_judgment', recommended_owner: 'human' };
    if (category === 'external_dependency')
        return { disposition: 'blocked_external', recommended_owner: 'operator_external' };
    return { disposition: 'actionable', recommended_owner: 'codex_fix' };
}
/**
 * The finding that stands in for an audit that did not happen. Blocking by default: dual audit
 * fails closed, so a silent auditor can never let an item pass on the other lane alone.
 */
function audit_findings_inconclusiveAuditFinding(lane, reason, blocking = true) {
    return withCanonicalId({
        title: `The ${lane} audit was inconclusive`,
        severity: 'high',
        category: 'process',
        disposition: 'actionable',
        recommended_owner: 'none',
        source_refs: [{ source_type: SOURCE_TYPE[lane], source_id: inconclusiveSourceId(lane) }],
        file_paths: [],
        evidence: [strip(reason) === '' ? 'no reason was given' : reason],
        recommended_action: `Re-run the ${lane} audit: the next round audits the checkpoint again. ` +
            `If the lane keeps failing, repair the ${lane} setup and resume the run.`,
        acceptance_check: `The ${lane} audit returns a schema-valid report with a conclusive verdict.`,
        is_blocking: blocking
    });
}
function inconclusiveSourceId(lane) {
    return `${lane}_audit_inconclusive`;
}
/** True for the stand-in findings of `inconclusiveAuditFinding`. */
function isInconclusiveAuditFinding(finding) {
    return finding.source_refs.some((ref) => ref.source_id === inconclusiveSourceId('codex') ||
        ref.source_id === inconclusiveSourceId('claude'));
}
/**
 * Reads one lane. A report that names another lane, item or attempt is not this lane's
 * review of this checkpoint, and an `inconclusive` verdict is not a review at all: both
 * count as an inconclusive lane, next to whatever findings the report did carry.
 */
function audit_findings_readAuditLane(lane, outcome, expected) {
    if (outcome.status === 'failed') {
        return {
            summary: { status: 'inconclusive', overall_verdict: null, summary: outcome.reason },
            findings: [],
            inconclusiveReason: outcome.reason
        };
    }
    const { report } = outcome;
    const mismatch = identityMismatch(lane, report, expected);
    if (mismatch !== null) {
        return {
            summary: {
                status: 'inconclusive',
                overall_verdict: report.overall_verdict,
                summary: mismatch
            },
            findings: [],
            inconclusiveReason: mismatch
        };
    }
    const findings = report.findings.map((finding) => normalizeAuditFinding(lane, finding));
    const inconclusiveReason = report.overall_verdict === 'inconclusive' ? describeInconclusiveVerdict(report) : null;
    return {
        summary: {
            status: inconclusiveReason === null ? 'reported' : 'inconclusive',
            overall_verdict: report.overall_verdict,
            summary: report.summary
        },
        findings,
        inconclusiveReason
    };
}
function identityMismatch(lane, report, expected) {
    if (report.audit_lane === lane &&
        report.item_id === expected.itemId &&
        report.attempt_number === expected.attemptNumber)
        return null;
    return (`the ${lane} audit report is for lane ${report.audit_lane}, item ${report.item_id}, ` +
        `attempt ${report.attempt_number}; expected lane ${lane}, item ${expected.itemId}, ` +
        `attempt ${expected.attemptNumber}`);
}
function describeInconclusiveVerdict(report) {
    const limitations = report.limitations.map(strip).filter((line) => line !== '');
    const tail = limitations.length > 0 ? ` (limitations: ${limitations.join('; ')})` : '';
    return `overall_verdict=inconclusive: ${strip(report.summary)}${tail}`;
}

;// CONCATENATED MODULE: ./src/core/findings/mutation-control.ts



/**
 * What the mutation stage (execute, fix, remediation) said about itself: a stop it asked for,
 * or work it left open. Each signal becomes a blocking finding so triage cannot miss it, and
 * the post-triage override honours it unless triage suppressed that finding explicitly.
 */
const MUTATION_SIGNAL_SOURCE_IDS = {
    blocked_external: 'mutation_control_blocked_external',
    needs_human_input: 'mutation_control_needs_human_input',
    escalate: 'mutation_control_escalate',
    unresolved_items: 'mutation_control_unresolved_items'
};
const SIGNAL_FINDINGS = {
    blocked_external: {
        title: 'Mutation stage reported an unresolved external dependency',
        category: 'external_dependency',
        disposition: 'blocked_external',
        recommended_owner: 'operator_external',
        recommended_action: 'Provide the external evidence or dependency named in the evidence, then resume the item with it.',
        acceptance_check: 'The external dependency is available to a fresh attempt of the item.',
        withResidualRisks: true
    },
    needs_human_input: {
        title: 'Mutation stage requested human input',
        category: 'manual_gate',
        disposition: 'requires_human_judgment',
        recommended_owner: 'human',
        recommended_action: 'Collect the human input the mutation stage asked for before the item can pass.',
        acceptance_check: 'A human has answered the open question and the answer is recorded.',
        withResidualRisks: true
    },
    escalate: {
        title: 'Mutation stage requested escalation',
        category: 'process',
        disposition: 'actionable',
        recommended_owner: 'none',
        recommended_action: 'Escalate the item to an operator: the mutation stage could not complete it.',
        acceptance_check: 'An operator has reviewed the escalation and decided how the item continues.',
        withResidualRisks: true
    },
    unresolved_items: {
        title: 'Mutation stage left unresolved dependencies or open items',
        category: 'process',
        disposition: 'actionable',
        recommended_owner: 'none',
        recommended_action: 'Resolve the listed dependencies and open items, or suppress this finding in triage with a reason.',
        acceptance_check: 'The mutation report lists no unresolved dependencies or open items.',
        withResidualRisks: false
    }
};
const NO_REPORT = {
    stage: null,
    verdict: null,
    next_recommended_state: null,
    summary: '',
    signals: [],
    signal_refs: [],
    unresolved_items: []
};
/** Control block and control findings of the latest mutation report (docs/decisions.md#mutation-report-control). */
function mutation_control_readMutationControl(report) {
    if (report === null)
        return { control: NO_REPORT, findings: [] };
    const verdict = strip(report.verdict);
    const nextState = strip(report.next_recommended_state);
    const summary = strip(report.summary);
    const unresolvedItems = nonBlank([
        ...('unresolved_dependencies' in report ? report.unresolved_dependencies : []),
        ...('residual_open_items' in report ? report.residual_open_items : [])
    ]);
    const signals = raisedSignals(verdict, nextState, unresolvedItems.length > 0);
    const control = {
        stage: report.stage,
        verdict: verdict === '' ? null : verdict,
        next_recommended_state: nextState === '' ? null : nextState,
        summary,
        signals,
        signal_refs: signals.map((signal) => ({
            signal,
            source_id: MUTATION_SIGNAL_SOURCE_IDS[signal]
        })),
        unresolved_items: unresolvedItems
    };
    const baseEvidence = [
        summary,
        `stage=${report.stage}`,
        verdict === '' ? '' : `verdict=${verdict}`,
        nextState === '' ? '' : `next_recommended_state=${nextState}`
    ].filter((line) => line !== '');
    const residualRisks = nonBlank(report.residual_risks);
    const filePaths = dedupe(report.files_touched.filter((path) => strip(path) !== ''));
    const findings = signals.map((signal) => {
        const text = SIGNAL_FINDINGS[signal];
        const extras = text.withResidualRisks ? [...unresolvedItems, ...residualRisks] : unresolvedItems;
        return withCanonicalId({
            title: text.title,
            severity: 'high',
            category: text.category,
            disposition: text.disposition,
            recommended_owner: text.recommended_owner,
            source_refs: [
                { source_type: 'mutation_report', source_id: MUTATION_SIGNAL_SOURCE_IDS[signal] }
            ],
            file_paths: filePaths,
            evidence: dedupe([...baseEvidence, ...extras]),
            recommended_action: text.recommended_action,
            acceptance_check: text.acceptance_check,
            is_blocking: true
        });
    });
    return { control, findings };
}
function raisedSignals(verdict, nextState, hasUnresolved) {
    const raised = [];
    if (verdict === 'blocked_external' || nextState === 'blocked_external')
        raised.push('blocked_external');
    if (verdict === 'needs_human_input' || nextState === 'awaiting_human_gate')
        raised.push('needs_human_input');
    if (verdict === 'blocked' || nextState === 'escalate')
        raised.push('escalate');
    if (hasUnresolved)
        raised.push('unresolved_items');
    return raised;
}
function nonBlank(values) {
    return dedupe(values.map(strip).filter((value) => value !== ''));
}

;// CONCATENATED MODULE: ./src/core/findings/verification-findings.ts

function verification_findings_verificationFindings(report) {
    const findings = [];
    for (const result of report.command_results) {
        if (result.status !== 'fail' || !result.required)
            continue;
        findings.push(withCanonicalId({
            title: `Verification command failed: ${result.label}`,
            severity: 'high',
            category: 'correctness',
            disposition: 'actionable',
            recommended_owner: 'codex_fix',
            source_refs: [
                {
                    source_type: 'verification',
                    source_id: `verification_command_${result.label.replaceAll('#', '_')}`
                }
            ],
            file_paths: [],
            evidence: result.log_path ? [result.command, result.log_path] : [result.command],
            recommended_action: 'Change the implementation (not the command) until the required verification command passes.',
            acceptance_check: `\`${result.command}\` exits 0 during verification`,
            is_blocking: true
        }));
    }
    for (const check of report.artifact_checks) {
        if (check.status !== 'fail')
            continue;
        findings.push(withCanonicalId({
            title: `Required artifact check failed: ${check.path}`,
            severity: 'medium',
            category: 'artifact',
            disposition: 'actionable',
            recommended_owner: 'codex_fix',
            source_refs: [
                {
                    source_type: 'verification',
                    source_id: `verification_artifact_${check.path.replaceAll('/', '_')}`
                }
            ],
            file_paths: [check.path],
            evidence: [check.reason, check.path],
            recommended_action: 'Create or correct the required artifact so that its check passes.',
            acceptance_check: check.reason,
            is_blocking: true
        }));
    }
    if (report.scope_check.status === 'fail') {
        const paths = report.scope_check.out_of_scope_paths;
        findings.push(withCanonicalId({
            title: 'Scope violation detected by verification',
            severity: 'high',
            category: 'scope',
            disposition: 'actionable',
            recommended_owner: 'none',
            source_refs: [{ source_type: 'verification', source_id: 'verification_scope_check' }],
            file_paths: [...paths],
            evidence: [...paths, report.scope_check.note],
            recommended_action: 'Revert the committed changes outside the allowed write roots.',
            acceptance_check: 'Every committed change lies inside the allowed write roots.',
            is_blocking: true
        }));
    }
    return findings;
}
function verification_findings_summarizeVerification(report) {
    return {
        overall_result: report.overall_result,
        summary: report.summary,
        failed_required_commands: report.command_results
            .filter((result) => result.required && result.status === 'fail')
            .map((result) => result.label),
        failed_artifact_checks: report.artifact_checks
            .filter((check) => check.status === 'fail')
            .map((check) => check.path),
        scope_check_status: report.scope_check.status
    };
}

;// CONCATENATED MODULE: ./src/core/findings/merge.ts




/**
 * The deterministic findings merge (docs/decisions.md#findings-merge): the same inputs always give the same
 * packet, byte for byte, whatever order the auditors listed their findings in.
 */
function merge_mergeFindings(input) {
    const expected = { itemId: input.itemId, attemptNumber: input.attemptNumber };
    const codex = readAuditLane('codex', input.codexAudit, expected);
    const claude = readAuditLane('claude', input.claudeAudit, expected);
    const bothInconclusive = codex.inconclusiveReason !== null && claude.inconclusiveReason !== null;
    const inconclusiveBlocks = (input.requireBothAudits ?? true) || bothInconclusive;
    const mutation = readMutationControl(input.mutationReport);
    const candidates = [
        ...laneCandidates('codex', codex, inconclusiveBlocks),
        ...laneCandidates('claude', claude, inconclusiveBlocks),
        ...mutation.findings,
        ...verificationFindings(input.verification)
    ];
    const { findings, suppressed } = dedupeCandidates(candidates);
    return {
        schema_version: 'plan_orchestrator.merged_findings_packet.v1',
        item_id: input.itemId,
        attempt_number: input.attemptNumber,
        mutation_report_control: mutation.control,
        verification_summary: summarizeVerification(input.verification),
        codex_audit_summary: codex.summary,
        claude_audit_summary: claude.summary,
        merged_findings: sortFindings(findings),
        suppressed_findings: suppressed
    };
}
function laneCandidates(lane, reading, inconclusiveBlocks) {
    if (reading.inconclusiveReason === null)
        return reading.findings;
    return [
        ...reading.findings,
        inconclusiveAuditFinding(lane, reading.inconclusiveReason, inconclusiveBlocks)
    ];
}
/**
 * Later candidates with a known canonical id fold into the first: their sources, paths and
 * evidence are added and blocking wins, but title, severity and routing stay the first one's.
 */
function dedupeCandidates(candidates) {
    const byId = new Map();
    const suppressed = [];
    for (const candidate of candidates) {
        const first = byId.get(candidate.canonical_id);
        if (first === undefined) {
            byId.set(candidate.canonical_id, candidate);
            continue;
        }
        byId.set(candidate.canonical_id, {
            ...first,
            source_refs: [...first.source_refs, ...candidate.source_refs],
            file_paths: dedupe([...first.file_paths, ...candidate.file_paths]),
            evidence: dedupe([...first.evidence, ...candidate.evidence]),
            is_blocking: first.is_blocking || candidate.is_blocking
        });
        for (const ref of candidate.source_refs) {
            suppressed.push({
                source_type: ref.source_type,
                source_id: ref.source_id,
                suppression_reason: `duplicate_of:${candidate.canonical_id}`
            });
        }
    }
    return { findings: [...byId.values()], suppressed };
}

;// CONCATENATED MODULE: ./src/core/findings/triage-override.ts


const NEXT_STAGE_OF = {
    pass: 'passed',
    fix_required: 'fix',
    awaiting_human_gate: 'awaiting_human_gate',
    blocked_external: 'blocked_external',
    escalate: 'escalated'
};
/**
 * The post-triage override. First the reference's "preserve mutation-control handoff"
 * (docs/decisions.md#post-triage-override): a stop the mutation stage asked for survives
 * triage unless triage suppressed that finding explicitly. Then, unconditionally (where the
 * reference trusted triage): blocking audit and verification findings that triage left out are
 * put back, and `pass` or `awaiting_human_gate` becomes `fix_required` while anything in
 * `findPassBlockers` remains.
 */
function triage_override_applyTriageOverride(triage, merged, context) {
    let findings = [...triage.merged_findings];
    let decision = triage.overall_decision;
    let summary = triage.summary;
    const notes = [...triage.reasoning_notes];
    let rewritten = false;
    const known = new Set(findings.map((finding) => finding.canonical_id));
    const inject = (dropped, what) => {
        if (dropped.length === 0)
            return;
        for (const finding of dropped)
            known.add(finding.canonical_id);
        findings = sortFindings([...findings, ...dropped]);
        notes.push(`Post-triage override re-injected ${what}: ${titles(dropped)}.`);
        rewritten = true;
    };
    const handoff = mutationHandoff(triage, merged, known);
    inject(handoff.dropped, 'mutation-control findings');
    const desired = desiredDecision(handoff.signals, decision, context.manualGateRequired);
    if (desired !== null) {
        rewritten = true;
        if (desired !== decision) {
            notes.push(`Post-triage override: mutation-control signals (${[...handoff.signals].join(', ')}) ` +
                `require ${desired} instead of ${decision}.`);
            summary += ` [orchestrator preserved the mutation-control state: ${desired}]`;
            decision = desired;
        }
    }
    const blockers = findPassBlockers(merged);
    inject(blockers.blockingFindings.filter((finding) => !known.has(finding.canonical_id)), 'blocking findings that triage left out');
    if ((decision === 'pass' || decision === 'awaiting_human_gate') && hasPassBlockers(blockers)) {
        const reasons = describePassBlockers(blockers);
        notes.push(`Post-triage override: ${decision} is not allowed while ${reasons}.`);
        summary += ` [orchestrator gate: fix required because ${reasons}]`;
        decision = 'fix_required';
        rewritten = true;
    }
    if (!rewritten)
        return { report: triage, rewritten };
    const report = {
        ...triage,
        summary,
        overall_decision: decision,
        reasoning_notes: notes.length === triage.reasoning_notes.length ? notes : dedupe(notes),
        merged_findings: findings,
        next_stage: decision === triage.overall_decision ? triage.next_stage : NEXT_STAGE_OF[decision]
    };
    return { report, rewritten };
}
/**
 * Mutation-sourced findings with at least one source triage did not suppress: those triage
 * left out, and the signals still active.
 */
function mutationHandoff(triage, merged, known) {
    const dropped = [];
    const signals = new Set();
    const signalRefs = merged.mutation_report_control.signal_refs;
    if (signalRefs.length === 0)
        return { dropped, signals };
    const suppressed = new Set(triage.suppressed_findings
        .filter((entry) => entry.source_type === 'mutation_report')
        .map((entry) => entry.source_id));
    for (const finding of merged.merged_findings) {
        const active = finding.source_refs
            .filter((ref) => ref.source_type === 'mutation_report' && !suppressed.has(ref.source_id))
            .map((ref) => ref.source_id);
        if (active.length === 0)
            continue;
        if (!known.has(finding.canonical_id))
            dropped.push(finding);
        for (const ref of signalRefs)
            if (active.includes(ref.source_id))
                signals.add(ref.signal);
    }
    return { dropped, signals };
}
/** The first matching signal wins (docs/decisions.md#post-triage-override). */
function desiredDecision(signals, current, manualGateRequired) {
    if (signals.has('blocked_external'))
        return 'blocked_external';
    if (signals.has('escalate'))
        return 'escalate';
    if (signals.has('needs_human_input'))
        return manualGateRequired ? 'awaiting_human_gate' : 'escalate';
    if (signals.has('unresolved_items') && current === 'pass')
        return 'fix_required';
    return null;
}
function titles(findings) {
    return findings.map((finding) => finding.title).join('; ');
}

;// CONCATENATED MODULE: ./src/kernel/review-stage.ts











async function review_stage_runReviewStage(context, verified) {
    const { session } = context;
    await session.move(context.item.item_id, 'ST50_AUDIT_PACKET_READY', 'orchestrator', 'preparing audit packet');
    const base = session.item(context.item.item_id).base_ref ?? verified.checkpoint;
    const patch = await context.git.diff(context.paths.worktreePath, base, verified.checkpoint);
    await writeText(join(context.paths.controlDir, `candidate.${verified.cycleTag}.patch`), patch);
    // The review lanes never work in the agent's worktree: they read a read-only copy of the
    // checkpoint (with the packet) that no agent or verification command can write.
    const copy = await context.reviewCopies.create({
        repoRoot: session.layout.repoRoot,
        checkpoint: verified.checkpoint,
        packet: [
            `candidate.${verified.cycleTag}.patch`,
            `verification_report.${verified.cycleTag}.json`,
            `item_context.${verified.cycleTag}.json`
        ].map((name) => ({ name, source: join(context.paths.controlDir, name) }))
    });
    try {
        return await reviewInCopy(context, verified, copy);
    }
    finally {
        await copy.remove();
    }
}
async function reviewInCopy(context, verified, copy) {
    const { session, item } = context;
    const itemId = item.item_id;
    const cycle = verified.cycleTag;
    const guarded = (stage) => stageBlocked(context, { stage, worktree: context.paths.worktreePath, reviewCopy: copy });
    // The worktree keeps its own copy of the packet for a later fix round to read.
    await toWorktreePacket(context, `candidate.${cycle}.patch`);
    await toWorktreePacket(context, `verification_report.${cycle}.json`);
    const packetInputs = [
        { name: 'candidate patch', path: `${PACKET_DIR}/candidate.${cycle}.patch` },
        { name: 'verification report', path: `${PACKET_DIR}/verification_report.${cycle}.json` }
    ];
    const beforeCodex = await guarded('audit_codex');
    if (beforeCodex !== undefined)
        return { kind: 'escalate', reason: beforeCodex };
    await session.move(itemId, 'ST60_AUDITING_CODEX', 'codex', 'running codex audit');
    const codexAudit = await audit(context, 'audit_codex', verified, packetInputs, copy);
    const beforeClaude = await guarded('audit_claude');
    if (beforeClaude !== undefined)
        return { kind: 'escalate', reason: beforeClaude };
    await session.move(itemId, 'ST61_AUDITING_CLAUDE', 'claude', 'running claude audit');
    const claudeAudit = await audit(context, 'audit_claude', verified, packetInputs, copy);
    const merged = mergeFindings({
        itemId,
        attemptNumber: context.attempt,
        codexAudit,
        claudeAudit,
        mutationReport: verified.report,
        verification: verified.verification
    });
    const mergedFile = `merged_findings_packet.${cycle}.json`;
    const mergedPath = join(context.paths.controlDir, mergedFile);
    await writeJson(mergedPath, merged);
    await toWorktreePacket(context, mergedFile);
    const beforeTriage = await guarded('triage');
    if (beforeTriage !== undefined)
        return { kind: 'escalate', reason: beforeTriage };
    await session.move(itemId, 'ST70_TRIAGING', 'codex', 'running triage');
    const triageInputs = [
        ...packetInputs,
        { name: 'merged findings', path: await copy.addPacketFile(mergedFile, mergedPath) }
    ];
    const triageOutcome = await callAgent(context, 'triage', verified, triageInputs, 'triage_report', TriageReportSchema, context.options.triage_timeout_sec, copy);
    if (triageOutcome.kind === 'failed')
        return { kind: 'escalate', reason: `triage failed: ${triageOutcome.reason}` };
    const afterTriage = await guarded('the decision after triage');
    if (afterTriage !== undefined)
        return { kind: 'escalate', reason: afterTriage };
    const triagePath = join(context.paths.reportDir, `triage_report.${cycle}.json`);
    const { report: triage } = applyTriageOverride(triageOutcome.report, merged, {
        manualGateRequired: item.manual_gate.required
    });
    await writeJson(triagePath, TriageReportSchema.parse(triage));
    await session.patchItem(itemId, {
        latest_paths: {
            ...session.item(itemId).latest_paths,
            triage_report_path: relativeToRepo(context, triagePath)
        }
    });
    return {
        kind: 'triaged',
        triage,
        merged,
        triagePath: relativeToRepo(context, triagePath),
        mergedPath: relativeToRepo(context, mergedPath)
    };
}
async function audit(context, lane, verified, inputs, copy) {
    const outcome = await callAgent(context, lane, verified, inputs, 'audit_report', AuditReportSchema, context.options.audit_timeout_sec, copy);
    if (outcome.kind === 'failed')
        return { status: 'failed', reason: outcome.reason };
    const key = lane === 'audit_codex' ? 'codex_audit_report_path' : 'claude_audit_report_path';
    await context.session.patchItem(context.item.item_id, {
        latest_paths: {
            ...context.session.item(context.item.item_id).latest_paths,
            [key]: relativeToRepo(context, outcome.path)
        }
    });
    return { status: 'reported', report: outcome.report };
}
async function callAgent(context, lane, verified, inputs, schemaName, schema, timeoutSec, copy) {
    const cycle = verified.cycleTag;
    const reportName = lane === 'audit_codex'
        ? `codex_audit_report.${cycle}.json`
        : lane === 'audit_claude'
            ? `claude_audit_report.${cycle}.json`
            : `triage_report.${cycle}.json`;
    const reportPath = join(context.paths.reportDir, reportName);
    const prompt = renderPrompt({
        lane,
        context: verified.context,
        contextPath: `${PACKET_DIR}/item_context.${cycle}.json`,
        inputs,
        cycleTag: cycle
    });
    const promptFile = join(context.paths.promptsDir, `${lane}.${cycle}.md`);
    await writeText(promptFile, prompt);
    const result = await callLane(context, {
        lane,
        cycleTag: cycle,
        prompt,
        promptFile,
        schemaName,
        schema,
        reportPath,
        timeoutSec,
        cwd: copy.path,
        inputs: [
            `item_context.${cycle}.json`,
            ...inputs.map((input) => input.path.slice(input.path.lastIndexOf('/') + 1))
        ].map((name) => join(context.paths.controlDir, name))
    });
    return result.kind === 'failed' ? result : { kind: 'ok', report: result.report, path: reportPath };
}
/** Copies a control-dir file into the worktree's packet, where a fix round can read it. */
async function toWorktreePacket(context, fileName) {
    const target = packetPath(context, fileName);
    await mkdir(dirname(target.absolute), { recursive: true });
    await copyFile(join(context.paths.controlDir, fileName), target.absolute);
}

// EXTERNAL MODULE: ./src/core/integrity/outside-state.ts
var outside_state = __webpack_require__(61176);
// EXTERNAL MODULE: ./src/core/schemas/integrity-incident.ts
var integrity_incident = __webpack_require__(86214);
;// CONCATENATED MODULE: ./src/kernel/integrity-guard.ts







/**
 * Nothing outside the attempt changes unnoticed. Around every agent call and every
 * verification run, the guard reads the operator's checkout (files, git configuration,
 * hooks, refs) and the run store before and after; any difference the stage may not make
 * escalates the item, is put back where it is the orchestrator's (the run's refs, planted git
 * configuration, run_state.json), and is kept as an incident record that `doctor` reports
 * until it is resolved. One `git status` per stage: the reading after a stage is the reading
 * before the next.
 */
/** The item escalates with this reason; nothing the stage produced is used. */
class integrity_guard_IntegrityBreach extends (/* unused pure expression or super */ null && (Error)) {
    name = 'IntegrityBreach';
}
class integrity_guard_IntegrityGuard {
    port;
    last;
    constructor(port) {
        this.port = port;
    }
    /**
     * Runs one stage between two readings. `ownWrites` are the absolute paths in the run store
     * that the orchestrator itself writes while the stage runs (logs, the prompt); a trailing
     * `/` stands for a whole directory.
     */
    async around(context, stage, ownWrites, work) {
        const { session } = context;
        const repoRoot = session.layout.repoRoot;
        const read = readScope(context);
        const scope = stageScope(context, ownWrites);
        const before = await this.port.snapshot(read, this.last);
        this.last = undefined;
        // Kept until the check below: a process killed meanwhile is checked by the next resume.
        await writeJson(integrity_guard_stageRecordPath(context), stageRecord(context, stage, scope, before));
        let outcome;
        try {
            outcome = { ok: true, value: await work() };
        }
        catch (error) {
            // A stage that failed may still have changed things: check before reporting its error.
            outcome = { ok: false, error };
        }
        const checked = await this.port.check(before, read, scope);
        const changes = [...checked.changes];
        const restored = new Set(checked.restored);
        const digest = checked.after.state.runStateDigest;
        if (digest !== session.lastSavedDigest) {
            const path = repoRelative(repoRoot, session.layout.runStatePath);
            changes.push({
                area: 'run_state',
                path,
                before: session.lastSavedDigest ?? null,
                after: digest,
                ours: true
            });
            // The session holds the true state: writing it again undoes the forgery.
            await session.replace(session.state);
            restored.add(path);
        }
        await rm(integrity_guard_stageRecordPath(context), { force: true });
        if (changes.length === 0) {
            this.last = checked.after;
            if (!outcome.ok)
                throw outcome.error;
            return outcome.value;
        }
        const incident = await recordIncident(context, stage, changes, restored, checked.unrestored);
        throw new integrity_guard_IntegrityBreach(incident.summary);
    }
    /**
     * After a process was killed during a stage: compares what is there now with the reading
     * kept from before that stage, puts back what it can (the run's refs, planted git files and
     * config entries, the `info/` files it kept copies of), and returns the incident's summary,
     * or undefined when nothing changed. The record is gone afterwards either way.
     */
    async settleInterrupted(context, record) {
        const before = {
            state: record.state,
            contents: new Map(Object.entries(record.copies).map(([path, copy]) => [
                path,
                { kind: 'file', data: Buffer.from(copy.base64, 'base64'), mode: copy.mode }
            ]))
        };
        const checked = await this.port.check(before, readScope(context), record.scope);
        await rm(integrity_guard_stageRecordPath(context), { force: true });
        if (checked.changes.length === 0) {
            this.last = checked.after;
            return undefined;
        }
        const incident = await recordIncident(context, `${record.stage}, which was interrupted before its check`, checked.changes, checked.restored, checked.unrestored);
        return incident.summary;
    }
}
function integrity_guard_stageRecordPath(context) {
    return join(context.session.layout.controlDir, STAGE_RECORD);
}
function readScope(context) {
    return {
        repoRoot: context.session.layout.repoRoot,
        runId: context.session.state.run_id,
        ownWorktree: context.paths.worktreePath
    };
}
function stageScope(context, ownWrites) {
    const { session } = context;
    const repoRoot = session.layout.repoRoot;
    return {
        runId: session.state.run_id,
        ownBranch: context.paths.branchName,
        ownWrites: ownWrites.map((path) => path.endsWith('/')
            ? `${repoRelative(repoRoot, path.slice(0, -1))}/`
            : repoRelative(repoRoot, path)),
        expectedRefs: {
            [`refs/heads/${session.state.run_branch_name}`]: session.state.run_branch_head
        }
    };
}
/** Small `info/` files are copied whole (patterns, no secrets); config only as redacted lines. */
const COPIED = /(^|\/)info\/[^/]+$/;
const COPY_LIMIT = (/* unused pure expression or super */ null && (64 * 1024));
function stageRecord(context, stage, scope, before) {
    const copies = {};
    for (const [path, content] of before.contents) {
        if (content.kind === 'file' && COPIED.test(path) && content.data.length <= COPY_LIMIT)
            copies[path] = { base64: Buffer.from(content.data).toString('base64'), mode: content.mode };
    }
    return IntegrityStageSchema.parse({
        schema_version: 'plan_orchestrator.integrity_stage.v1',
        run_id: context.session.state.run_id,
        item_id: context.item.item_id,
        attempt_number: context.attempt,
        stage,
        started_at_utc: isoSeconds(context.clock.now()),
        scope,
        state: before.state,
        copies
    });
}
const LISTED_IN_SUMMARY = 6;
async function recordIncident(context, stage, changes, restored, unrestored) {
    const { session, item } = context;
    const runId = session.state.run_id;
    const now = context.clock.now();
    const described = changes.map((change) => {
        const failed = unrestored.get(change.path);
        const outcome = restored.has(change.path)
            ? ' (restored)'
            : failed !== undefined
                ? ` (could not be restored: ${failed})`
                : '';
        return { change, text: `${describeChange(change, runId)}${outcome}` };
    });
    const listed = described.slice(0, LISTED_IN_SUMMARY).map((entry) => entry.text);
    const more = described.length - listed.length;
    const summary = `${INTEGRITY_ESCALATION} during the ${stage}: ${listed.join('; ')}` +
        `${more > 0 ? `; and ${more} more` : ''}. ` +
        `See plan-orchestrator doctor --run-id ${runId} until it is resolved`;
    const stamp = isoSeconds(now).replace(/[-:]/g, '');
    const slug = stage.replace(/[^A-Za-z0-9.]+/g, '-').replace(/^-+|-+$/g, '');
    const file = `${stamp}_${item.item_id}_attempt-${context.attempt}_${slug}.json`;
    const incident = IntegrityIncidentSchema.parse({
        schema_version: 'plan_orchestrator.integrity_incident.v1',
        run_id: runId,
        item_id: item.item_id,
        attempt_number: context.attempt,
        stage,
        detected_at_utc: isoSeconds(now),
        summary,
        changes: described.map(({ change, text }) => ({
            area: change.area,
            path: change.path,
            before: change.before,
            after: change.after,
            description: text,
            restored: restored.has(change.path),
            resolved_when: expectationOf(change, restored.has(change.path))
        }))
    });
    await writeJson(join(session.layout.controlDir, INTEGRITY_INCIDENT_DIR, file), incident);
    return incident;
}

// EXTERNAL MODULE: ./src/kernel/terminals.ts
var terminals = __webpack_require__(46916);
;// CONCATENATED MODULE: ./src/kernel/item-attempt.ts
















async function item_attempt_runItemAttempt(base, item, evidenceDir) {
    const { session } = base;
    const itemId = item.item_id;
    const unmet = unmetPrerequisites(session.state, base.plan, itemId);
    if (unmet.length > 0)
        throw new UserInputError(`item ${itemId} needs ${unmet.join(', ')} to pass first; run ${unmet.length === 1 ? 'it' : 'them'} before it`);
    await session.replace(startAttempt(session.state, itemId, isoSeconds(base.clock.now())));
    const attempt = session.item(itemId).attempt_number;
    const context = {
        ...base,
        item,
        attempt,
        paths: attemptLayout(session.layout, itemId, attempt)
    };
    await session.move(itemId, 'ST10_ITEM_SELECTED', 'orchestrator', `selected item ${itemId} (attempt ${attempt})`);
    await mkdir(context.paths.controlDir, { recursive: true });
    await mkdir(context.paths.reportDir, { recursive: true });
    try {
        return await runSelectedAttempt(context, evidenceDir);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (session.item(itemId).terminal_state === 'none')
            await finishEscalated(context, `internal failure: ${message}`, []);
        throw error;
    }
}
async function runSelectedAttempt(context, evidenceDir) {
    const { session, item } = context;
    const itemId = item.item_id;
    if (item.external_check.required && evidenceDir === undefined) {
        return finishBlocked(context, 'the item needs human-supplied external evidence before it can start');
    }
    const runBranch = session.state.run_branch_name;
    // Named before git makes them: after a crash in between, resume sets this attempt aside
    // and starts the next one, instead of colliding with a branch the state never mentioned.
    await session.patchItem(itemId, {
        branch_name: context.paths.branchName,
        worktree_path: relativeToRepo(context, context.paths.worktreePath)
    });
    const head = await context.git.addWorktree(session.layout.repoRoot, context.paths.worktreePath, context.paths.branchName, runBranch);
    session.crashAt(GIT_BOUNDARIES.worktreeCreated);
    await session.patchItem(itemId, { base_ref: head });
    const branchCheck = judgeRunBranch(session.state, head);
    if (branchCheck.kind !== 'at_head') {
        const reason = branchCheck.kind === 'moved'
            ? branchCheck.message
            : 'a fast-forward of the run branch is pending';
        return finishEscalated(context, reason, []);
    }
    await session.move(itemId, 'ST15_WORKTREE_PREPARED', 'git', 'worktree prepared');
    if (evidenceDir !== undefined) {
        // The run's received copy, copied by the same rules: only files and directories.
        const attemptCopy = join(context.paths.controlDir, 'external_evidence');
        await rm(attemptCopy, { recursive: true, force: true });
        await copyEvidence(evidenceDir, attemptCopy, evidenceRules(evidenceDir, context.options));
        await session.patchItem(itemId, { external_check_status: 'resolved' });
    }
    return item_attempt_runRounds(context, { stage: 'execute', round: 0, targets: [] });
}
/**
 * Mutation, review and decision, round after round, until a terminal. A change outside the
 * attempt during any stage ends the attempt as an escalation naming what changed.
 */
async function item_attempt_runRounds(context, start) {
    try {
        return await runRoundsUnguarded(context, start);
    }
    catch (error) {
        if (!(error instanceof IntegrityBreach))
            throw error;
        return finishEscalated(context, error.message, []);
    }
}
async function runRoundsUnguarded(context, start) {
    const { session, item } = context;
    const itemId = item.item_id;
    let next = start;
    for (;;) {
        const mutation = 'verified' in next
            ? next.verified
            : await runMutationStage(context, next.stage, next.round, next.targets);
        if (mutation.kind === 'escalate')
            return finishEscalated(context, mutation.reason, []);
        const review = await runReviewStage(context, mutation);
        if (review.kind === 'escalate')
            return finishEscalated(context, review.reason, []);
        const current = session.item(itemId);
        const decision = decideAfterTriage({
            triage: review.triage,
            merged: review.merged,
            manualGateRequired: item.manual_gate.required,
            budget: {
                fixRoundsCompleted: current.fix_rounds_completed,
                maxFixRounds: context.options.max_fix_rounds,
                remediationRoundsCompleted: current.remediation_rounds_completed,
                maxRemediationRounds: context.options.max_remediation_rounds
            }
        });
        const blocking = review.merged.merged_findings.filter((finding) => finding.is_blocking);
        switch (decision.kind) {
            case 'pass':
                return finishPassed(context, mutation.checkpoint, review.triage.summary);
            case 'awaiting_human_gate':
                return finishAwaitingGate(context, mutation.checkpoint, review.triage.merged_findings, {
                    triageReportPath: review.triagePath,
                    mergedFindingsPath: review.mergedPath
                });
            case 'blocked_external':
                return finishBlocked(context, decision.summary);
            case 'escalate':
                return finishEscalated(context, decision.summary, blocking);
            case 'fix':
                await session.patchItem(itemId, { fix_rounds_completed: decision.round });
                await session.move(itemId, 'ST80_FIXING', 'codex', `starting fix round ${decision.round}`);
                next = { stage: 'fix', round: decision.round, targets: decision.targetFindingIds };
                break;
            case 'remediate':
                await session.patchItem(itemId, { remediation_rounds_completed: decision.round });
                await session.move(itemId, 'ST95_REMEDIATING', 'codex', `starting remediation round ${decision.round}`);
                next = { stage: 'remediation', round: decision.round, targets: decision.targetFindingIds };
                break;
        }
    }
}

;// CONCATENATED MODULE: ./src/kernel/continue-review.ts










/**
 * An attempt interrupted during its review (audit packet, audits, triage) has everything
 * the review needs on disk: a verified checkpoint, its verification report, the agent's
 * report and the item context. Resume then redoes only the review of that cycle, inside the
 * same attempt. Anything missing or changed, and any earlier stage, gets a fresh attempt.
 */
const REVIEW_STATES = (/* unused pure expression or super */ null && ([
    'ST50_AUDIT_PACKET_READY',
    'ST60_AUDITING_CODEX',
    'ST61_AUDITING_CLAUDE',
    'ST70_TRIAGING'
]));
async function continue_review_continueInterruptedReview(base, itemId) {
    const { session } = base;
    const interruptedAt = session.state.current_state;
    if (!REVIEW_STATES.includes(interruptedAt) || session.state.current_item_id !== itemId)
        return undefined;
    const item = session.item(itemId);
    const planItem = base.plan.items.find((candidate) => candidate.item_id === itemId);
    const paths = item.latest_paths;
    if (planItem === undefined || item.checkpoint_ref === null || item.worktree_path === null)
        return undefined;
    if (paths.item_context_path === null || paths.verification_report_path === null)
        return undefined;
    const cycleTag = /verification_report\.(.+)\.json$/.exec(paths.verification_report_path)?.[1];
    const stage = cycleTag?.split('.')[0];
    const reportPath = stage === 'execute' ? paths.execution_report_path : paths.fix_report_path;
    if (cycleTag === undefined || reportPath === null)
        return undefined;
    const root = session.layout.repoRoot;
    const worktree = join(root, item.worktree_path);
    const head = await base.git.headSha(worktree).catch(() => undefined);
    if (head !== item.checkpoint_ref)
        return undefined;
    if ((await base.git.authorityViolations(worktree, item.checkpoint_ref)).length > 0)
        return undefined;
    const reportSchema = stage === 'execute' ? ExecutionReportSchema : FixReportSchema;
    const [context, verification, report] = await Promise.all([
        readValid(join(root, paths.item_context_path), ItemContextSchema),
        readValid(join(root, paths.verification_report_path), VerificationReportSchema),
        readValid(join(root, reportPath), reportSchema)
    ]);
    if (context === undefined || verification === undefined || report === undefined)
        return undefined;
    if (verification.scope_check.status === 'fail')
        return undefined;
    // A saved report is trusted no further than a fresh one: it must be about this cycle.
    const call = {
        runId: session.state.run_id,
        lane: report.stage,
        itemId,
        attempt: item.attempt_number,
        cycleTag
    };
    if (report.stage !== stage || reportIdentityProblem(call, report) !== null)
        return undefined;
    await session.replace(rewindForResume(session.state, itemId, 'ST40_VERIFYING', `resuming attempt ${item.attempt_number} of item ${itemId}, interrupted at ${interruptedAt}: redoing the review of ${cycleTag} from checkpoint ${item.checkpoint_ref}`, isoSeconds(base.clock.now())));
    const attempt = {
        ...base,
        item: planItem,
        attempt: item.attempt_number,
        paths: attemptLayout(session.layout, itemId, item.attempt_number)
    };
    try {
        return await runRounds(attempt, {
            verified: {
                kind: 'verified',
                report,
                verification,
                context,
                checkpoint: item.checkpoint_ref,
                cycleTag
            }
        });
    }
    catch (error) {
        if (session.item(itemId).terminal_state === 'none') {
            await finishEscalated(attempt, `internal failure: ${error instanceof Error ? error.message : String(error)}`, []);
        }
        throw error;
    }
}
async function readValid(path, schema) {
    try {
        const parsed = schema.safeParse(JSON.parse(await readFile(path, 'utf8')));
        return parsed.success ? parsed.data : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/kernel/queue.ts



async function queue_processQueue(base, requested, options) {
    const pending = [...requested];
    let processed = 0;
    let last = 'none';
    while (pending.length > 0) {
        if (options.maxItems !== null && processed >= options.maxItems)
            break;
        const itemId = pending.shift();
        const item = base.plan.items.find((candidate) => candidate.item_id === itemId);
        if (item === undefined)
            throw new UserInputError(`item ${itemId} is not in the playbook`);
        last = await runItemAttempt(base, item, processed === 0 ? options.evidenceDir : undefined);
        processed += 1;
        if (last !== 'passed')
            break;
        if (options.continueAfterQueue && pending.length === 0) {
            const next = queue_nextCandidate(base.session.state);
            if (next !== undefined)
                pending.push(next);
        }
    }
    return last;
}
/**
 * The item `--next` and auto-advance pick: the first unfinished one, if it can start.
 * An item stopped at a gate, blocked or escalated must be settled first.
 */
function queue_nextCandidate(state) {
    const item = nextItem(state);
    if (item === undefined)
        return undefined;
    switch (item.terminal_state) {
        case 'awaiting_human_gate':
            throw new UserInputError(`item ${item.item_id} awaits a human gate; decide it with mark-manual-gate first`);
        case 'blocked_external':
            throw new UserInputError(`item ${item.item_id} is blocked on external evidence; supply it with resume --external-evidence-dir`);
        case 'escalated':
            throw new UserInputError(`item ${item.item_id} is escalated; resolve it and resume the run`);
        default:
            return item.item_id;
    }
}

;// CONCATENATED MODULE: ./src/kernel/interrupted-stage.ts








/**
 * `resume` after a process died during an agent or verification stage (a crash, a lost
 * runner, or an agent that killed the kernel to skip its check): the stage's integrity check
 * is done now, from the reading kept before the stage. Anything changed outside the attempt
 * escalates the interrupted item with the incident, exactly as if the check had run in time.
 */
async function interrupted_stage_checkInterruptedStage(base) {
    const { session } = base;
    const path = stageRecordPath(base);
    const record = await readRecord(path, session.layout.repoRoot);
    if (record === undefined)
        return undefined;
    const state = session.state;
    const item = state.items.find((candidate) => candidate.item_id === record.item_id);
    const planItem = base.plan.items.find((candidate) => candidate.item_id === record.item_id);
    const stillInterrupted = record.run_id === state.run_id &&
        item !== undefined &&
        planItem !== undefined &&
        item.terminal_state === 'none' &&
        item.attempt_number === record.attempt_number &&
        state.current_item_id === record.item_id &&
        isInFlight(state.current_state);
    if (!stillInterrupted) {
        // Left by a stage whose item has moved on since: nothing is waiting for this check.
        await rm(path, { force: true });
        return undefined;
    }
    const context = {
        ...base,
        item: planItem,
        attempt: record.attempt_number,
        paths: attemptLayout(session.layout, record.item_id, record.attempt_number)
    };
    const summary = await base.integrity.settleInterrupted(context, record);
    if (summary === undefined)
        return undefined;
    return { itemId: record.item_id, terminal: await finishEscalated(context, summary, []) };
}
async function readRecord(path, repoRoot) {
    let text;
    try {
        text = await readFile(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
    try {
        return IntegrityStageSchema.parse(JSON.parse(text));
    }
    catch (error) {
        // The orchestrator writes it whole (atomic rename): a record that does not read was
        // written by someone else, and the interrupted stage cannot be checked against it.
        throw new UserInputError(`${relative(repoRoot, path)} is not a record the orchestrator wrote (${describeError(error).split('\n')[0] ?? ''}); the interrupted stage cannot be checked. Inspect the checkout, its .git directory and the run store, remove the file, then resume`);
    }
}

;// CONCATENATED MODULE: ./src/kernel/resume.ts











async function resume_resumeRun(input) {
    const { session } = input.base;
    // A stage cut short is checked first (its check puts back a run branch its agent moved).
    const breached = await checkInterruptedStage(input.base);
    if (breached !== undefined)
        return { itemId: breached.itemId, last: breached.terminal };
    await input.recordChoices?.();
    // Before anything is written: a run branch someone else moved is refused, and a pass that
    // was recorded but not saved before an interruption is completed, not redone.
    const verdict = await checkRunBranch(input.base.git, session.layout.repoRoot, session.state);
    const settled = await settlePendingPass(input.base, verdict);
    if (settled !== undefined)
        return continueAfter(input, settled, 'passed');
    const state = session.state;
    const refusal = resume_resumeRefusal(state, input.evidenceDir !== undefined);
    if (refusal !== undefined)
        throw new UserInputError(refusal);
    // A pass saved just before an interruption may lack its provenance statement (after the
    // refusals: a refused resume writes nothing).
    await completeStatements(session.layout, session.state);
    const target = resumeTarget(state);
    if (target === undefined)
        return { itemId: null, last: 'passed' };
    const item = session.item(target);
    const now = () => isoSeconds(input.base.clock.now());
    const evidence = input.evidenceDir === undefined
        ? undefined
        : await receiveEvidence(input.base, target, input.evidenceDir);
    const interrupted = item.terminal_state === 'none' && isInFlight(state.current_state);
    if (interrupted && evidence === undefined) {
        const continued = await continueInterruptedReview(input.base, target);
        if (continued !== undefined)
            return continueAfter(input, target, continued);
    }
    const stopped = item.terminal_state !== 'none'
        ? item.terminal_state
        : interrupted
            ? `an interrupted ${state.current_state}`
            : undefined;
    if (stopped !== undefined) {
        await session.replace(rewindForResume(session.state, target, 'ST05_PLAN_NORMALIZED', `reset item ${target} from ${stopped} for a fresh resume attempt`, now()));
    }
    const options = {
        continueAfterQueue: input.autoAdvance,
        maxItems: input.autoAdvance ? session.state.options.max_items : 1,
        ...(evidence === undefined ? {} : { evidenceDir: evidence })
    };
    return { itemId: target, last: await processQueue(input.base, [target], options) };
}
/**
 * Why `resume` cannot continue this run as asked, or undefined. Checked before anything is
 * written (and again under the run lock, where the state may have moved on).
 */
function resume_resumeRefusal(state, evidenceGiven) {
    const approval = interruptedApproval(state);
    if (approval !== undefined)
        return approval;
    const gated = state.items.find((item) => item.terminal_state === 'awaiting_human_gate');
    if (gated !== undefined)
        return `item ${gated.item_id} awaits a human gate; decide it first: plan-orchestrator mark-manual-gate --run-id ${state.run_id} --item ${gated.item_id} --decision approved|rejected --by NAME --note TEXT --checkpoint ${gated.checkpoint_ref ?? 'SHA'}`;
    const target = resumeTarget(state);
    const item = state.items.find((candidate) => candidate.item_id === target);
    if (item?.terminal_state === 'blocked_external' && !evidenceGiven)
        return `item ${item.item_id} is blocked on external evidence; give it with --external-evidence-dir DIR`;
    return undefined;
}
/** After the resumed item ended: with auto-advance and a pass, on to the next items. */
async function continueAfter(input, itemId, terminal) {
    const { session } = input.base;
    const next = terminal === 'passed' && input.autoAdvance ? nextCandidate(session.state) : undefined;
    if (next === undefined)
        return { itemId, last: terminal };
    const maxItems = session.state.options.max_items;
    const more = await processQueue(input.base, [next], {
        continueAfterQueue: true,
        maxItems: maxItems === null ? null : Math.max(0, maxItems - 1)
    });
    return { itemId, last: more === 'none' ? terminal : more };
}
/** The item resume works on: the stopped current item, else the first unfinished one. */
function resumeTarget(state) {
    const current = state.items.find((item) => item.item_id === state.current_item_id);
    if (current !== undefined &&
        (current.terminal_state === 'blocked_external' || current.terminal_state === 'escalated')) {
        return current.item_id;
    }
    if (current !== undefined && current.terminal_state === 'none' && isInFlight(state.current_state))
        return current.item_id;
    return nextItem(state)?.item_id;
}

;// CONCATENATED MODULE: ./src/adapters/run-store-access.ts




/**
 * The run store (states, logs, evidence, gate records, supervision) and the reports root are
 * the orchestrator's alone: 0700, so the agent user cannot enter either (docs/security.md).
 * Agents get their inputs and leave their outputs in a directory of each call instead.
 */
async function run_store_access_secureRunStore(repoRoot) {
    for (const root of [CONTROL_ROOT, REPORT_ROOT]) {
        const path = join(repoRoot, root);
        try {
            await mkdir(path, { recursive: true });
            await chmod(path, 0o700);
        }
        catch (error) {
            throw new UserInputError(`cannot make ${path} private (0700): ${describeError(error)}`);
        }
    }
}

;// CONCATENATED MODULE: ./src/core/policy/resume-budgets.ts

/**
 * The budget limits a resumed run works with. A run keeps the policy it was created with,
 * except its limits: `resume` reads them again from plan_orchestrator.json, the environment
 * and its flags. The recorded value counts as a value of the layer it came from, so a value
 * set now in the same or a stronger layer replaces it, and a weaker one does not (a limit
 * given as a flag is not undone by the config file it overrode). Nothing set now: unchanged.
 */
function resume_budgets_resolveBudgetsOnResume(recorded, layers) {
    const budgetsOnly = (raw) => {
        if (typeof raw !== 'object' || raw === null || !('runtime_policy' in raw))
            return raw;
        const policy = raw.runtime_policy;
        if (typeof policy !== 'object' || policy === null)
            return raw;
        const picked = Object.entries(policy).filter(([name]) => BUDGET_OPTIONS.includes(name));
        return { ...raw, runtime_policy: Object.fromEntries(picked) };
    };
    const budgetEnv = Object.fromEntries(BUDGET_OPTIONS.map((name) => {
        const variable = OPTION_ENV[name];
        return [variable, layers.env[variable]];
    }));
    const current = resolveRuntimePolicy({
        repoConfig: budgetsOnly(layers.repoConfig),
        env: budgetEnv,
        cli: Object.fromEntries(Object.entries(layers.cli).filter(([name]) => BUDGET_OPTIONS.includes(name)))
    });
    if (!current.ok)
        return current;
    const rank = (source) => POLICY_SOURCES.indexOf(source ?? 'default');
    const options = { ...recorded.options };
    const sources = { ...recorded.sources };
    const changes = [];
    for (const name of BUDGET_OPTIONS) {
        const toSource = current.sources[name];
        const fromSource = recorded.sources[name] ?? 'default';
        const to = current.options[name];
        const from = recorded.options[name];
        if (toSource === 'default' || rank(toSource) < rank(fromSource) || to === from)
            continue;
        options[name] = to;
        sources[name] = toSource;
        changes.push({ name, from, fromSource, to, toSource });
    }
    return { ok: true, options, sources, changes };
}

// EXTERNAL MODULE: ./src/core/schemas/run-state.ts
var run_state = __webpack_require__(22221);
// EXTERNAL MODULE: ./src/adapters/playbook-file.ts
var playbook_file = __webpack_require__(84668);
// EXTERNAL MODULE: ./src/core/playbook/normalize.ts + 5 modules
var normalize = __webpack_require__(98247);
;// CONCATENATED MODULE: ./src/kernel/create-run.ts
















async function create_run_createRun(input) {
    return writeRun(input, await create_run_checkNewRun(input));
}
/**
 * Every check a new run must pass, all problems reported together; reads only. `supervise
 * run` calls it too, so a refused run is refused before the supervisor writes anything.
 */
async function create_run_checkNewRun(input) {
    const repoRoot = await input.git.repoRoot(input.cwd).catch(() => {
        throw new UserInputError(`${input.cwd} is not inside a git repository; run plan-orchestrator from the repository to change`);
    });
    const now = input.clock.now();
    const playbookAbsolute = resolve(input.cwd, input.playbookPath);
    const source = await readPlaybookSource(playbookAbsolute, now);
    const normalized = normalizePlaybook({
        ...source,
        path: repoRelative(repoRoot, playbookAbsolute)
    });
    if (!normalized.ok) {
        const lines = normalized.issues.map((issue) => `error: ${formatIssue(input.playbookPath, issue)}`);
        throw new UserInputError(`${lines.join('\n')}\n${input.playbookPath}: invalid playbook (${normalized.issues.length})`);
    }
    const plan = normalized.plan;
    const repoConfig = await create_run_readJsonIfPresent(join(repoRoot, 'plan_orchestrator.json'));
    const policy = resolveRuntimePolicy({
        repoConfig,
        configFile: input.configPath === undefined
            ? undefined
            : await readJsonFile(resolve(input.cwd, input.configPath)),
        env: input.env,
        cli: input.cli
    });
    const problems = policy.ok
        ? [...((await input.checkOptions?.(policy.options)) ?? [])]
        : [...policy.errors];
    problems.unshift(...selectionProblems(plan, input.requestedItems));
    problems.push(...(await preflight({
        repoRoot,
        git: input.git,
        env: input.env,
        requiredExecutables: input.requiredExecutables
    })));
    if (policy.ok && input.checkAgentUser)
        problems.push(...(await input.checkAgentUser(policy.options, repoRoot)));
    if (problems.length > 0 || !policy.ok) {
        throw new UserInputError(problems.map((problem) => `error: ${problem}`).join('\n'));
    }
    return {
        repoRoot,
        now,
        plan,
        playbookText: new TextDecoder().decode(source.bytes),
        repoConfigPresent: repoConfig !== undefined,
        policy
    };
}
async function writeRun(input, checked) {
    const { repoRoot, now, plan, policy } = checked;
    const runId = input.runIdOverride ?? formatRunId(now, randomBytes(4).toString('hex'));
    const layout = runLayout(repoRoot, runId);
    if (existsSync(layout.runStatePath))
        throw new UserInputError(`run ${runId} already exists; a new run needs a new id`);
    const nowIso = isoSeconds(now);
    await secureRunStore(repoRoot);
    await mkdir(layout.controlDir, { recursive: true });
    await writeText(layout.playbookSnapshotPath, snapshotText(plan, checked.playbookText));
    await writeJson(layout.normalizedPlanPath, plan);
    const snapshot = {
        schema_version: 'plan_orchestrator.runtime_policy.v1',
        resolved_at_utc: nowIso,
        repo_control_plane_path: checked.repoConfigPresent ? 'plan_orchestrator.json' : null,
        overlay_control_plane_path: input.configPath === undefined
            ? null
            : repoRelative(repoRoot, resolve(input.cwd, input.configPath)),
        sources: policy.sources,
        options: policy.options
    };
    const policyText = `${JSON.stringify(snapshot, null, 2)}\n`;
    await writeText(layout.runtimePolicyPath, policyText);
    const scenario = input.agents?.record.scenario ?? null;
    if (scenario !== null && input.agents?.scenarioText !== undefined)
        await writeText(scenarioCopyPath(layout, scenario.sha256), input.agents.scenarioText);
    const head = await input.git.headSha(repoRoot);
    const branch = runBranchName(runId);
    await input.git.ensureBranch(repoRoot, branch, head);
    const state = newRunState({
        run_id: runId,
        adapter_id: 'markdown_playbook_v1',
        repo_root: repoRoot,
        playbook_source_path: plan.plan_source.path,
        playbook_source_sha256: plan.plan_source.sha256,
        normalized_plan_path: repoRelative(repoRoot, layout.normalizedPlanPath),
        base_head_sha: head,
        run_branch_name: branch,
        created_at_utc: nowIso,
        options: policy.options,
        runtime_policy_path: repoRelative(repoRoot, layout.runtimePolicyPath),
        runtime_policy_sha256: createHash('sha256').update(policyText).digest('hex'),
        runtime_policy_sources: policy.sources,
        agents: input.agents?.record ?? null
    }, plan);
    await writeJson(layout.runStatePath, state);
    return { layout, state, plan };
}
function snapshotText(plan, text) {
    return [
        '# Playbook Source Snapshot',
        '',
        `- source_path: \`${plan.plan_source.path}\``,
        `- sha256: \`${plan.plan_source.sha256}\``,
        '',
        '---',
        '',
        text
    ].join('\n');
}
/** A JSON file's value, undefined when there is no such file; bad JSON is a user error. */
async function create_run_readJsonIfPresent(path) {
    const text = await readFile(path, 'utf8').catch(() => undefined);
    if (text === undefined)
        return undefined;
    return parseJson(path, text);
}
async function readJsonFile(path) {
    const text = await readFile(path, 'utf8').catch((error) => {
        throw new UserInputError(`${path}: cannot read config file: ${error.message}`);
    });
    return parseJson(path, text);
}
function parseJson(path, text) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new UserInputError(`${path}: not valid JSON: ${error.message}`);
    }
}

;// CONCATENATED MODULE: ./src/kernel/resume-budgets.ts












/**
 * `resume` may change a run's budget limits, and only those (docs/configuration.md): the new
 * values and their sources go into the run state and runtime_policy.json, and the change is
 * an event of the run, so the record says which limit an item ran under and who set it.
 */
async function resume_budgets_applyBudgetsOnResume(session, input) {
    const state = session.state;
    const repoRoot = session.layout.repoRoot;
    const recordedSources = {
        ...Object.fromEntries(OPTION_NAMES.map((name) => [name, 'default'])),
        ...(state.runtime_policy_sources ?? {})
    };
    const resolved = resolveBudgetsOnResume({ options: state.options, sources: recordedSources }, {
        repoConfig: await readJsonIfPresent(join(repoRoot, 'plan_orchestrator.json')),
        env: input.env,
        cli: input.cli
    });
    const problems = resolved.ok ? [...(input.check?.(resolved.options) ?? [])] : resolved.errors;
    if (problems.length > 0)
        throw new UserInputError(problems.map((problem) => `error: ${problem}`).join('\n'));
    if (!resolved.ok || resolved.changes.length === 0)
        return [];
    const policyPath = resolve(repoRoot, state.runtime_policy_path ?? repoRelative(repoRoot, session.layout.runtimePolicyPath));
    const previous = await readSnapshot(policyPath);
    const snapshot = {
        schema_version: 'plan_orchestrator.runtime_policy.v1',
        resolved_at_utc: previous?.resolved_at_utc ?? state.created_at_utc,
        repo_control_plane_path: Object.values(resolved.sources).includes('repo_config')
            ? 'plan_orchestrator.json'
            : (previous?.repo_control_plane_path ?? null),
        overlay_control_plane_path: previous?.overlay_control_plane_path ?? null,
        sources: Object.fromEntries(OPTION_NAMES.map((name) => [name, resolved.sources[name] ?? 'default'])),
        options: Object.fromEntries(OPTION_NAMES.map((name) => [name, resolved.options[name]]))
    };
    const text = `${JSON.stringify(snapshot, null, 2)}\n`;
    const next = {
        ...state,
        options: resolved.options,
        runtime_policy_path: state.runtime_policy_path ?? repoRelative(repoRoot, policyPath),
        runtime_policy_sources: snapshot.sources,
        runtime_policy_sha256: createHash('sha256').update(text).digest('hex')
    };
    // The state first: runtime_policy.json is rebuilt from it (doctor) if the write is lost.
    await session.replace(next);
    await writeText(policyPath, text);
    // usage.json names the limits too: it says the new ones before the next call rewrites it.
    await writeUsageFile(session);
    await session.note(null, 'human', `budget changed on resume: ${resolved.changes.map(resume_budgets_describeChange).join('; ')}`);
    return resolved.changes;
}
async function readSnapshot(path) {
    const text = await readFile(path, 'utf8').catch(() => undefined);
    if (text === undefined)
        return undefined;
    try {
        const parsed = RuntimePolicySnapshotSchema.safeParse(JSON.parse(text));
        return parsed.success ? parsed.data : undefined;
    }
    catch {
        return undefined;
    }
}
function resume_budgets_describeChange(change) {
    const show = (value) => value === null
        ? 'none'
        : change.name === 'max_tokens_per_item'
            ? formatCount(value)
            : formatUsd(value);
    return `${change.name} ${show(change.from)} (${change.fromSource}) → ${show(change.to)} (${change.toSource})`;
}

// EXTERNAL MODULE: ./src/supervision/bridge.ts
var bridge = __webpack_require__(72726);
;// CONCATENATED MODULE: ./src/kernel/run-session.ts







/**
 * The live run: holds the current run state, and saves it after every change so that
 * run_state.json is always the last thing that happened. All changes go through here.
 */
class run_session_RunSession {
    layout;
    clock;
    progress;
    failpoint;
    current;
    startedAt;
    /** The save in progress, if any; settled either way. */
    saving = Promise.resolve();
    frozen = false;
    /** sha256 of the run_state.json text this session wrote last (the integrity check's reference). */
    savedDigest;
    constructor(layout, initial, clock, progress, 
    /** Test-only crash injection: the process dies right after this state is saved. */
    failpoint) {
        this.layout = layout;
        this.clock = clock;
        this.progress = progress;
        this.failpoint = failpoint;
        this.current = initial;
        this.startedAt = clock.now().getTime();
    }
    get state() {
        return this.current;
    }
    item(itemId) {
        return itemState(this.current, itemId);
    }
    nowIso() {
        return isoSeconds(this.clock.now());
    }
    /**
     * Moves the item to `to`. `alongside` changes the run state in the same save (so a crash
     * can never keep one change without the other).
     */
    async move(itemId, to, actor, message, alongside = (state) => state) {
        const now = this.nowIso();
        await this.replace(moveTo(alongside(this.current), itemId, to, { actor, message }, now));
        this.report(itemId, message);
        this.crashAt(to);
    }
    /** Test-only: dies here when `name` is the configured failpoint (see failpoints.ts). */
    crashAt(name) {
        crashAt(this.failpoint, name);
    }
    /** Whether run_state.json on disk is still exactly what this session saved last. */
    get lastSavedDigest() {
        return this.savedDigest;
    }
    async note(itemId, actor, message) {
        await this.replace(appendEvent(this.current, { actor, itemId, message }, this.nowIso()));
        this.report(itemId, message);
    }
    async patchItem(itemId, patch) {
        await this.replace(updateItem(this.current, itemId, patch, this.nowIso()));
    }
    /** Records what an agent call used and cost, then reports it with the totals so far. */
    async recordAgentCall(record) {
        await this.replace(appendAgentCall(this.current, record, this.nowIso()));
        this.progress.agentCall?.({
            runId: this.current.run_id,
            itemId: record.item_id,
            attempt: record.attempt_number,
            elapsedMs: this.clock.now().getTime() - this.startedAt,
            call: record,
            item: totalsOf(callsOfItem(this.current, record.item_id)),
            run: totalsOf(this.current.agent_calls)
        });
    }
    async replace(next) {
        // The process is about to exit: the caller must neither record what it saw after the
        // interruption (a killed agent is no agent failure) nor go on to its next step.
        if (this.frozen)
            return new Promise(() => undefined);
        this.current = next;
        const saved = saveRunState(this.layout, next);
        this.saving = saved.then(() => undefined, () => undefined);
        this.savedDigest = await saved;
    }
    /**
     * Ends the session for a process that is stopping on a signal: from now on every change
     * stays pending forever; the save in flight, if any, completes; then `message` is
     * recorded as the last event, without moving the run, so `resume` continues from here.
     */
    async freeze(actor, message) {
        if (this.frozen)
            return;
        this.frozen = true;
        await this.saving;
        this.current = appendEvent(this.current, { actor, itemId: this.current.current_item_id, message }, this.nowIso());
        this.savedDigest = await saveRunState(this.layout, this.current);
    }
    report(itemId, message) {
        this.progress.stage({
            runId: this.current.run_id,
            itemId,
            attempt: itemId === null ? null : this.item(itemId).attempt_number,
            state: this.current.current_state,
            message: oneLine(message),
            elapsedMs: this.clock.now().getTime() - this.startedAt
        });
    }
}

// EXTERNAL MODULE: ./src/adapters/integrity/outside-reader.ts + 1 modules
var outside_reader = __webpack_require__(44469);
;// CONCATENATED MODULE: ./src/adapters/integrity/index.ts
/**
 * The integrity check's adapter: reads before and after a stage, then puts back what the
 * orchestrator owns. Git metadata goes back first, before `git status` or `update-ref` run,
 * so that no git command of ours ever reads configuration an agent planted.
 */







function integrity_createIntegrityPort() {
    return {
        snapshot: (scope, previous) => readOutside(scope, previous),
        check: checkOutside
    };
}
async function checkOutside(before, scope, stage) {
    const restored = new Set();
    const unrestored = new Map();
    const git = readGitFiles(scope);
    for (const path of changedRestorableFiles(before.state, git.files)) {
        const had = before.state.gitFiles[path];
        const content = before.contents.get(path);
        const absolute = join(scope.repoRoot, path);
        try {
            if (had === undefined || content !== undefined) {
                restoreFile(absolute, content);
                restored.add(path);
            }
            else if (had.configLines !== undefined) {
                // No copy (a reading from before an interruption): take the planted entries out.
                restoreConfigEntries(absolute, had.configLines);
                if (fileSha256(absolute) === had.sha256)
                    restored.add(path);
                else
                    unrestored.set(path, 'its planted entries were removed, but it still differs');
            }
            else
                unrestored.set(path, 'no copy of its earlier content was kept');
        }
        catch (error) {
            unrestored.set(path, describeError(error));
        }
    }
    const after = {
        refs: await readRefs(scope.repoRoot, git.commonDir),
        gitFiles: git.files,
        checkout: await readCheckout(scope.repoRoot),
        store: readStore(scope.repoRoot),
        liveRuns: readLiveRuns(scope.repoRoot, scope.runId),
        runStateDigest: readRunStateDigest(scope.repoRoot, scope.runId)
    };
    const changes = compareOutside(before.state, after, stage);
    for (const change of changes) {
        if (change.area !== 'ref' || !change.ours)
            continue;
        try {
            await restoreRef(scope.repoRoot, change);
            restored.add(change.path);
        }
        catch (error) {
            unrestored.set(change.path, describeError(error));
        }
    }
    return { after: { state: after, contents: git.contents }, changes, restored, unrestored };
}
function changedRestorableFiles(before, now) {
    const paths = new Set([...Object.keys(before.gitFiles), ...Object.keys(now)]);
    return [...paths].filter((path) => isRestorableGitFile(path) && before.gitFiles[path]?.sha256 !== now[path]?.sha256);
}
/** Puts a file back as it was (written beside it, then renamed over), or removes a planted one. */
function restoreFile(path, content) {
    let existing;
    try {
        existing = lstatSync(path);
    }
    catch {
        existing = undefined;
    }
    if (existing?.isDirectory() === true)
        rmSync(path, { recursive: true, force: true });
    if (content === undefined) {
        rmSync(path, { force: true });
        return;
    }
    const temporary = `${path}.plan-orchestrator-restore-${process.pid}`;
    rmSync(temporary, { force: true });
    if (content.kind === 'symlink')
        symlinkSync(content.target, temporary);
    else {
        writeFileSync(temporary, content.data, { mode: content.mode });
        chmodSync(temporary, content.mode);
    }
    renameSync(temporary, path);
}
function restoreConfigEntries(path, before) {
    const text = readFileSync(path, 'utf8');
    const mode = lstatSync(path).mode & 0o7777;
    restoreFile(path, {
        kind: 'file',
        data: Buffer.from(withoutPlantedEntries(text, before), 'utf8'),
        mode
    });
}
function fileSha256(path) {
    try {
        return createHash('sha256').update(readFileSync(path)).digest('hex');
    }
    catch {
        return undefined;
    }
}
const SHA = /^[0-9a-f]{40,64}$/;
/** Moves a ref of the run back (compare-and-swap on what the stage left), or deletes a planted one. */
async function restoreRef(repoRoot, change) {
    const message = 'plan-orchestrator: restore after an integrity incident';
    const old = change.after !== null && SHA.test(change.after) ? [change.after] : [];
    if (change.before === null) {
        await runGit(repoRoot, ['update-ref', '--no-deref', '-m', message, '-d', change.path, ...old]);
        return;
    }
    if (!SHA.test(change.before))
        throw new Error(`cannot restore symbolic ref ${change.path}`);
    await runGit(repoRoot, [
        'update-ref',
        '--no-deref',
        '-m',
        message,
        change.path,
        change.before,
        ...(change.after === null ? [''] : old)
    ]);
}

// EXTERNAL MODULE: ./src/kernel/survivors.ts + 1 modules
var survivors = __webpack_require__(84999);
;// CONCATENATED MODULE: ./src/composition-root.ts







































async function loadAgents(plan, cwd, repoRoot, layout) {
    if (plan.set === 'codex-claude')
        return plan;
    const source = plan.scenario.from === 'file'
        ? await readScenarioFile(cwd, plan.scenario.path, repoRoot)
        : await readRunScenario(layout, plan.scenario);
    return { set: 'scripted', source };
}
function agentsRecord(agents) {
    return agents.set === 'codex-claude'
        ? { set: agents.set, scenario: null }
        : {
            set: agents.set,
            scenario: { source_path: agents.source.sourcePath, sha256: agents.source.sha256 }
        };
}
function planOf(choice) {
    return choice.kind === 'codex-claude'
        ? { set: choice.kind }
        : { set: choice.kind, scenario: { from: 'file', path: choice.scenarioPath } };
}
/** The agents of a new run, from its flags; a flag mistake is a usage error. */
function newRunAgentChoice(flags) {
    const result = newRunAgents(flags);
    if (!result.ok)
        throw new UsageError(result.problem);
    const { plan } = result;
    if (plan.set === 'scripted' && plan.scenario.from === 'file')
        return { kind: 'scripted', scenarioPath: plan.scenario.path };
    return { kind: 'codex-claude' };
}
const systemClock = { now: () => new Date() };
async function startRun(input) {
    const clock = input.clock ?? systemClock;
    // Checked before the run exists, like every other input.
    const codexConfig = codexConfigOverrides(input.env);
    const git = createGitPort();
    let isolation;
    const { createInput, loaded } = await newRunInput(input, git, clock, (prepared) => {
        isolation = prepared;
    });
    const created = await createRun(createInput);
    warnWithoutIsolation(input.env, isolation, input.warn);
    const agents = buildAgents(loaded, input.env, created.state.options, isolation, codexConfig);
    const evidenceDir = await evidenceDirectory(input.cwd, input.evidenceDir, {
        options: created.state.options
    });
    const sandbox = await agentCallSandbox(input.env, git, isolation);
    return withRunLock(created.layout, 'run', (lock) => withSupervisionBridge(created.layout, input.env, () => withInterruptionGuard(lock, async (interruption) => {
        await isolation?.recover(created.layout.worktreesDir);
        const session = interruption.track(new RunSession(created.layout, created.state, clock, input.progress, input.env[FAILPOINT_VARIABLE]));
        const base = {
            session,
            plan: created.plan,
            agents,
            git,
            clock,
            options: created.state.options,
            childEnv: buildChildEnv(input.env),
            integrity: new IntegrityGuard(createIntegrityPort()),
            ...sandbox
        };
        const requested = input.selection.kind === 'items'
            ? input.selection.ids
            : [nextCandidate(session.state)].filter((id) => id !== undefined);
        const explicitList = input.selection.kind === 'items' && input.selection.explicitList;
        const first = requested[0];
        const received = evidenceDir === undefined || first === undefined
            ? undefined
            : await receiveEvidence(base, first, evidenceDir);
        const last = await processQueue(base, requested, {
            continueAfterQueue: created.state.options.auto_advance && !explicitList,
            maxItems: created.state.options.max_items,
            ...(received === undefined ? {} : { evidenceDir: received })
        });
        return {
            run_id: session.state.run_id,
            current_state: session.state.current_state,
            current_item_id: session.state.current_item_id,
            last_terminal_state: last,
            run_state_path: session.layout.runStatePath
        };
    })));
}
/**
 * What `run` asks `createRun` for, checks included; `supervise run` checks the same. The
 * scenario is read here, once: a bad one is refused with the other problems.
 */
async function newRunInput(input, git, clock, onIsolation = () => undefined) {
    const repoRoot = await git.repoRoot(input.cwd).catch(() => undefined);
    let loaded;
    const agentProblems = await refusalOfAsync(async () => {
        loaded = await loadAgents(planOf(input.agents), input.cwd, repoRoot);
    });
    const createInput = {
        cwd: input.cwd,
        playbookPath: input.playbookPath,
        ...(input.configPath === undefined ? {} : { configPath: input.configPath }),
        env: input.env,
        cli: input.cli,
        requestedItems: input.selection.kind === 'items' ? input.selection.ids : [],
        requiredExecutables: executablesOf(input.agents.kind),
        git,
        clock,
        runIdOverride: runIdOverride(input.env),
        // Everything that needs the resolved policy is checked with the rest, before any write.
        checkOptions: async (options) => [
            ...(input.agents.kind === 'codex-claude' ? agentOptionProblems(options) : []),
            ...(loaded === undefined
                ? agentProblems
                : refusalOf(() => buildAgents(loaded, input.env, options, undefined))),
            ...(await refusalOfAsync(() => evidenceDirectory(input.cwd, input.evidenceDir, { options })))
        ],
        async checkAgentUser(options, repoRoot) {
            const setup = await prepareAgentUser(options.agent_user, {
                repoRoot,
                executables: agentExecutables(input.agents.kind),
                env: input.env
            });
            if (!setup.ok)
                return setup.problems;
            onIsolation(setup.isolation);
            return [];
        },
        ...(loaded === undefined
            ? {}
            : {
                agents: {
                    record: agentsRecord(loaded),
                    ...(loaded.set === 'scripted' ? { scenarioText: loaded.source.text } : {})
                }
            })
    };
    return { createInput, loaded };
}
/**
 * The checks `run` makes before it writes anything, without running: `supervise run` refuses
 * with them before it writes its own files.
 */
async function checkNewRunInput(input) {
    const git = createGitPort();
    await checkNewRun((await newRunInput(input, git, input.clock ?? systemClock)).createInput);
}
/** Names a state or a git boundary where the kernel kills itself. For crash tests only. */

/** What the agent user must be able to run: the shell verification uses, and the agents' CLIs. */
function agentExecutables(set) {
    return set === 'codex-claude' ? ['bash', 'git', 'codex', 'claude'] : ['bash'];
}
/**
 * Inside GitHub Actions an agent running as the runner's own user can read the job's tokens
 * from the runner's processes; the CLI still runs it (its default), and says so.
 */
function warnWithoutIsolation(env, isolation, warn) {
    if (isolation !== undefined || env.GITHUB_ACTIONS !== 'true')
        return;
    warn?.("agents and verification commands run as this job's own user (no agent user): inside GitHub Actions " +
        "they can read the job's tokens from its processes; name a dedicated user with --agent-user (see docs/security.md)");
}
/**
 * The agent user of a resumed run: --agent-user / --no-agent-user, else
 * PLAN_ORCHESTRATOR_AGENT_USER, else the one the run recorded. Which users exist is the
 * runner's business, not the run's, so a later hop may name its own.
 */
function resumedAgentUser(flag, env, recorded) {
    if (flag !== undefined)
        return checkedAgentUser(flag, '--agent-user');
    const variable = OPTION_ENV.agent_user;
    const fromEnv = env[variable]?.trim();
    if (fromEnv !== undefined && fromEnv !== '')
        return checkedAgentUser(fromEnv, variable);
    return recorded;
}
function checkedAgentUser(name, source) {
    if (name !== null && !AGENT_USER_PATTERN.test(name))
        throw new UserInputError(`${source} ${name}: not an OS user name (letters, digits, _ . -)`);
    return name;
}
/**
 * What keeps agent calls from configuring each other (docs/security.md, "Agent
 * configuration"): a fresh home per verification command (the agents make theirs, see
 * buildAgents), read-only checkpoint copies for the review lanes, and the ambient-config
 * check before every stage, whose baseline is taken now, after preflight passed.
 */
async function agentCallSandbox(env, git, agentUser) {
    const scratch = defaultCallHomeParent(env);
    return {
        runner: createCommandRunner({
            callHomeParent: scratch,
            ...(agentUser === undefined ? {} : { agentUser })
        }),
        // The agent user reaches its copy through the system temp directory, as it reaches its
        // call directories; RUNNER_TEMP may be closed to other users.
        reviewCopies: createReviewCopies({ parentDir: agentUser === undefined ? scratch : tmpdir() }),
        stageGuard: await createStageGuard({ env, git })
    };
}
/**
 * Extra environment variables the agents may see, named in PLAN_ORCHESTRATOR_AGENT_ENV
 * (comma-separated, `NAME_*` patterns allowed): proxies, CLI homes, test doubles. The
 * allowlist's denials (GitHub and npm tokens, git overrides) still apply.
 */
const AGENT_ENV_VARIABLE = 'PLAN_ORCHESTRATOR_AGENT_ENV';
function agentEnvPassThrough(env) {
    return (env[AGENT_ENV_VARIABLE] ?? '')
        .split(',')
        .map((name) => name.trim())
        .filter((name) => name !== '');
}
/**
 * The operator's codex configuration, one `key=value` TOML override per line (`#` comments
 * and blank lines skipped), passed to every codex call as `-c`: with a fresh CODEX_HOME per
 * call it is the only configuration codex gets (a model provider, a gateway). It is on the
 * command line, so it must hold no secret (name the key's variable with `env_key` and list
 * that variable in PLAN_ORCHESTRATOR_AGENT_ENV).
 */
const CODEX_CONFIG_VARIABLE = 'PLAN_ORCHESTRATOR_CODEX_CONFIG';
const TOML_KEY_PART = String.raw `(?:[A-Za-z0-9_-]+|"[^"\\\n]*")`;
const CODEX_OVERRIDE = new RegExp(String.raw `^${TOML_KEY_PART}(?:\.${TOML_KEY_PART})*\s*=\s*\S.*$`);
function codexConfigOverrides(env) {
    const overrides = [];
    for (const [index, raw] of (env[CODEX_CONFIG_VARIABLE] ?? '').split('\n').entries()) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        if (!CODEX_OVERRIDE.test(line)) {
            throw new UserInputError(`${CODEX_CONFIG_VARIABLE} line ${index + 1}: expected key=value (a TOML key and value), got '${line}'`);
        }
        overrides.push(line);
    }
    return overrides;
}
/**
 * The one check of `--external-evidence-dir` (run, resume, supervise resume, the Action):
 * an existing directory, not a link, holding only regular files and directories (no link
 * anywhere, each named when refused), within the run's size limit. Reads only. Returns the
 * absolute path; undefined when none was given.
 */
async function evidenceDirectory(cwd, given, checks = {}) {
    if (given === undefined)
        return undefined;
    const path = (0,external_node_path_.resolve)(cwd, given);
    const rules = checks.options === undefined
        ? { label: `--external-evidence-dir ${given}` }
        : evidence_intake_evidenceRules(given, checks.options);
    await inspectEvidence(path, rules);
    if (checks.insideRepository !== undefined)
        await assertInsideRepository(path, checks.insideRepository, rules.label);
    return path;
}
async function assertInsideRepository(path, repo, label) {
    const [real, root] = await Promise.all([(0,promises_.realpath)(path), (0,promises_.realpath)(repo)]);
    const inside = (0,external_node_path_.relative)(root, real);
    const parts = inside.split(external_node_path_.sep);
    if (inside === '' || inside.startsWith('..') || (0,external_node_path_.isAbsolute)(inside))
        throw new src_errors/* UserInputError */.m2(`${label}: resolves to ${real}, which is not a directory inside the repository; evidence must be a directory of the checkout`);
    if (parts[0] === '.git' || parts[0] === '.local')
        throw new src_errors/* UserInputError */.m2(`${label}: resolves to ${real}, inside ${parts[0]}/, which is never evidence`);
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
/**
 * Continues a saved run under its lock (see kernel/resume.ts for what it picks). Everything
 * that can refuse the resume is checked before the lock is taken and anything is written:
 * the run id and run, its saved state and plan, the repository, the agents and their
 * scenario, the evidence, a pending gate or a blocked item without evidence.
 */
async function resumeExistingRun(input) {
    const clock = input.clock ?? systemClock;
    const codexConfig = codexConfigOverrides(input.env);
    const git = createGitPort();
    const repoRoot = await git.repoRoot(input.cwd).catch(() => {
        throw new UserInputError(`${input.cwd} is not inside a git repository`);
    });
    const layout = await findRun(repoRoot, input.runId);
    const checked = await checkResume(input, layout, git);
    return withRunLock(layout, 'resume', (lock) => withSupervisionBridge(layout, input.env, () => withInterruptionGuard(lock, async (interruption) => {
        // The state may have moved on while we waited for nothing: read it again under the lock.
        const state = await loadRunState(layout);
        const session = interruption.track(new RunSession(layout, state, clock, input.progress, input.env[FAILPOINT_VARIABLE]));
        // First of all: an agent of a killed process may still run, and write.
        await stopEarlierStages(session);
        const refusal = resumeRefusal(session.state, checked.evidenceDir !== undefined);
        if (refusal !== undefined)
            throw new UserInputError(refusal);
        if (checked.drift !== undefined)
            input.warn?.(checked.drift);
        await applyBudgetsOnResume(session, {
            env: input.env,
            cli: input.budgets ?? {},
            ...(checked.agents.set === 'codex-claude' ? { check: unpricedBudgetProblems } : {})
        });
        const stillReached = budgetStillReached(session.state);
        if (stillReached !== undefined)
            throw new UserInputError(`error: ${stillReached}`);
        // The run's policy with the limits this resume gave it.
        const options = session.state.options;
        warnWithoutIsolation(input.env, checked.isolation, input.warn);
        await secureRunStore(repoRoot);
        await checked.isolation?.recover(layout.worktreesDir);
        const outcome = await resumeRun({
            base: {
                session,
                plan: checked.plan,
                agents: buildAgents(checked.agents, input.env, options, checked.isolation, codexConfig),
                git,
                clock,
                options,
                childEnv: buildChildEnv(input.env),
                integrity: new IntegrityGuard(createIntegrityPort()),
                ...(await agentCallSandbox(input.env, git, checked.isolation))
            },
            autoAdvance: input.autoAdvance,
            ...(checked.evidenceDir === undefined ? {} : { evidenceDir: checked.evidenceDir }),
            // After the check of an interrupted stage: a new scenario copy in the run store is
            // ours, not something the interrupted agent wrote.
            recordChoices: () => recordAgents(session, input.agents, checked.agents, clock)
        });
        return {
            run_id: session.state.run_id,
            current_state: session.state.current_state,
            current_item_id: outcome.itemId === null ? null : session.state.current_item_id,
            last_terminal_state: outcome.last,
            run_state_path: layout.runStatePath
        };
    })));
}
/**
 * A resume told to continue with other agents (or another scenario) than the run recorded
 * records them, so that every later command and hint continues with them too. The scenario's
 * copy is written before the state names it.
 */
async function recordAgents(session, flags, agents, clock) {
    if (flags.set === undefined && flags.scenarioPath === undefined)
        return;
    if (agents.set === 'scripted')
        await keepScenarioCopy(session.layout, agents.source);
    const before = session.state.agents;
    const after = agentsRecord(agents);
    if (sameAgents(before, after))
        return;
    await session.replace(appendEvent({ ...session.state, agents: after }, { actor: 'orchestrator', itemId: null, message: agentsChangedMessage(before, after) }, isoSeconds(clock.now())));
}
/**
 * `supervise resume`'s checks before the supervisor writes anything: the same as `resume`'s,
 * except that a pending gate or a blocked item is something a supervisor waits at.
 */
async function checkSupervisedResume(input) {
    const git = createGitPort();
    const repoRoot = await git.repoRoot(input.cwd).catch(() => {
        throw new UserInputError(`${input.cwd} is not inside a git repository`);
    });
    const layout = await findRun(repoRoot, input.runId);
    const { evidenceDir } = await checkResume(input, layout, git, { humanStopsWait: true });
    return { layout, evidenceDir };
}
async function checkResume(input, layout, git, { humanStopsWait } = { humanStopsWait: false }) {
    const agentUserFlag = input.agentUser === undefined ? undefined : checkedAgentUser(input.agentUser, '--agent-user');
    const state = await loadRunState(layout);
    if (state.run_id !== layout.runId)
        throw new UserInputError(`the directory of run ${layout.runId} holds the state of ${state.run_id}; check it: plan-orchestrator doctor --run-id ${layout.runId}`);
    const plan = await loadRunPlan(layout);
    const agentPlan = continuedRunAgents(input.agents, state.agents, state.run_id);
    const set = agentPlan.ok ? agentPlan.plan.set : 'codex-claude';
    const problems = await preflight({
        repoRoot: layout.repoRoot,
        git,
        env: input.env,
        requiredExecutables: executablesOf(set)
    });
    let agents;
    if (!agentPlan.ok)
        problems.push(agentPlan.problem);
    else
        problems.push(...(await refusalOfAsync(async () => {
            agents = await loadAgents(agentPlan.plan, input.cwd, layout.repoRoot, layout);
            buildAgents(agents, input.env, state.options, undefined);
        })));
    const drift = agentPlan.ok && agentPlan.plan.set === 'scripted' && agentPlan.plan.scenario.from === 'run'
        ? await scenarioDrift(layout.repoRoot, state.agents)
        : undefined;
    let evidenceDir;
    problems.push(...(await refusalOfAsync(async () => {
        evidenceDir = await evidenceDirectory(input.cwd, input.evidenceDir, {
            options: state.options
        });
    })));
    const agentUser = await prepareAgentUser(resumedAgentUser(agentUserFlag, input.env, state.options.agent_user), { repoRoot: layout.repoRoot, executables: agentExecutables(set), env: input.env });
    if (!agentUser.ok)
        problems.push(...agentUser.problems);
    const refusal = humanStopsWait ? undefined : resumeRefusal(state, input.evidenceDir !== undefined);
    if (refusal !== undefined)
        problems.unshift(refusal);
    if (problems.length > 0 || agents === undefined)
        throw new UserInputError(problems.map((problem) => `error: ${problem}`).join('\n'));
    return {
        plan,
        evidenceDir,
        isolation: agentUser.ok ? agentUser.isolation : undefined,
        agents,
        drift
    };
}
/** The run's normalized plan; a damaged one is named with the way to rebuild it. */
async function loadRunPlan(layout) {
    const text = await readFile(layout.normalizedPlanPath, 'utf8').catch(() => undefined);
    let json;
    try {
        json = text === undefined ? undefined : JSON.parse(text);
    }
    catch {
        json = undefined;
    }
    const parsed = NormalizedPlanSchema.safeParse(json);
    if (!parsed.success)
        throw new UserInputError(`${repoRelative(layout.repoRoot, layout.normalizedPlanPath)} is ${text === undefined ? 'missing' : 'damaged'}; check and rebuild it: plan-orchestrator doctor --run-id ${layout.runId} --fix-safe`);
    return parsed.data;
}
async function decideGate(input) {
    const git = (0,git_port/* createGitPort */.a)();
    const repoRoot = await git.repoRoot(input.cwd).catch(() => {
        throw new src_errors/* UserInputError */.m2(`${input.cwd} is not inside a git repository`);
    });
    const layout = await (0,run_store/* findRun */.Lc)(repoRoot, input.runId);
    return (0,run_lock/* withRunLock */.Z4)(layout, 'mark-manual-gate', () => decideManualGate({
        layout,
        itemId: input.itemId,
        decision: input.decision,
        by: input.by,
        note: input.note,
        evidencePaths: input.evidencePaths,
        ...(input.checkpoint === undefined ? {} : { checkpoint: input.checkpoint }),
        git,
        clock: input.clock ?? systemClock,
        ...(input.env?.[failpoints/* FAILPOINT_VARIABLE */.Ae] === undefined
            ? {}
            : { failpoint: input.env[failpoints/* FAILPOINT_VARIABLE */.Ae] })
    }));
}
function buildAgents(choice, env, options, agentUser, codexConfig = []) {
    const callHomeParent = defaultCallHomeParent(env);
    return createAgents(choice.set, {
        passThrough: agentEnvPassThrough(env),
        ...(agentUser === undefined ? {} : { agentUser }),
        // The run's recorded policy picks the models, so every attempt of a run uses the same ones.
        codex: {
            model: options.codex_model,
            effort: codexEffort(options.codex_reasoning_effort),
            configOverrides: codexConfig,
            callHomeParent
        },
        claude: { model: options.claude_model, effort: options.claude_effort, callHomeParent },
        ...(choice.set === 'scripted'
            ? { scripted: { scenario: choice.source.scenario, callHomeParent } }
            : {})
    });
}
/**
 * The policy contract allows `minimal`, which today's codex model catalogue refuses; and a
 * cost limit needs a price for the codex model, which reports no cost of its own.
 */
function agentOptionProblems(options) {
    const known = CODEX_EFFORTS;
    return [
        ...(known.includes(options.codex_reasoning_effort)
            ? []
            : [
                `runtime policy codex_reasoning_effort '${options.codex_reasoning_effort}' is not accepted by codex (${CODEX_EFFORTS.join(', ')})`
            ]),
        ...unpricedBudgetProblems(options)
    ];
}
function codexEffort(effort) {
    // Refused when the run was created (agentOptionProblems); a scripted run never reads it.
    const known = CODEX_EFFORTS;
    return known.includes(effort) ? effort : undefined;
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
        if (path.startsWith(`${root}/`))
            return path.slice(root.length + 1).split('/')[0];
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
    const known = new Set(Object.keys(before.store).map(runOfStorePath));
    return new Set([...before.liveRuns, ...after.liveRuns.filter((run) => !known.has(run))]);
}
function diffKeys(before, after, same = (a, b) => a === b) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    return [...keys]
        .filter((key) => {
        const a = before[key];
        const b = after[key];
        return a === undefined || b === undefined ? a !== b : !same(a, b);
    })
        .sort();
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
/** One change in words, e.g. `run branch orchestrator/run/RUN_… moved from 1a2b… to 3c4d…`. */
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
 * `git config` text → sorted `section.key=value` lines (subsections kept as written,
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
/* harmony export */   tw: () => (/* binding */ moveTo)
/* harmony export */ });
/* unused harmony exports newRunState, itemState, startAttempt, unmetPrerequisites, rewindForResume */
/* harmony import */ var _schemas_run_state_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22221);
/* harmony import */ var _text_one_line_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45770);
/* harmony import */ var _states_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66915);



function newRunState(fields, plan) {
    const now = fields.created_at_utc;
    const items = plan.items.map((item) => ({
        item_id: item.item_id,
        order: item.order,
        state: 'ST05_PLAN_NORMALIZED',
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
        current_state: 'ST05_PLAN_NORMALIZED',
        current_item_id: null,
        items,
        agent_calls: [],
        event_log: [
            {
                at_utc: now,
                state: 'ST05_PLAN_NORMALIZED',
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
 * attempt (ST05), or to just after verification to redo an interrupted review (ST40).
 * These are the only moves out of a blocked, escalated or interrupted state, so they
 * bypass the transition table on purpose and say so in the event log.
 */
function rewindForResume(state, itemId, to, reason, now) {
    const rewound = updateItem({ ...state, current_state: to, current_item_id: to === 'ST05_PLAN_NORMALIZED' ? null : itemId }, itemId, { state: to }, now);
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
    /** Copies of small git metadata files that hold no secrets (`info/exclude` …), base64. */
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
    const items = [...state.items].sort((a, b) => a.order - b.order);
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
/* harmony import */ var _adapters_run_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36525);





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
    await writeJson(path, json);
    return { name, path, json };
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
        problems.push(`git identity is not set (${missing.join(', ')}); checkpoint commits need it: git config ${missing[0]} …`);
    }
    const checkout = await input.git.cleanTrackedCheckout(input.repoRoot);
    if (!checkout.clean) {
        problems.push(`the checkout has uncommitted changes to tracked files (${checkout.dirty.slice(0, 5).join(', ')}` +
            `${checkout.dirty.length > 5 ? ', …' : ''}); commit or stash them first`);
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

/***/ 25913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wZ: () => (/* binding */ recordItemStatement),
  gd: () => (/* binding */ writeItemStatement)
});

// UNUSED EXPORTS: buildItemStatement, completeStatements, fileDigest, statementPath

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/adapters/run-store.ts
var run_store = __webpack_require__(36525);
// EXTERNAL MODULE: ./src/adapters/git/git-runner.ts
var git_runner = __webpack_require__(63338);
;// CONCATENATED MODULE: ./src/adapters/git/history.ts
/**
 * The commits of a branch since a base, for provenance: written for a passed item (the
 * commits of its change) and walked by `verify` (every commit of the run branch).
 */

/** Every commit reachable from `tip` but not from `base`, oldest first, with its parents. */
async function commitsSince(cwd, base, tip) {
    const output = await (0,git_runner/* runGit */.EO)(cwd, [
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

// EXTERNAL MODULE: ./src/core/provenance/statement.ts
var statement = __webpack_require__(24138);
// EXTERNAL MODULE: ./src/core/run/layout.ts
var run_layout = __webpack_require__(88951);
// EXTERNAL MODULE: ./src/core/schemas/gha.ts
var schemas_gha = __webpack_require__(49054);
// EXTERNAL MODULE: ./src/core/schemas/normalized-plan.ts
var normalized_plan = __webpack_require__(46591);
// EXTERNAL MODULE: ./src/core/schemas/provenance.ts
var provenance = __webpack_require__(35377);
// EXTERNAL MODULE: ./src/core/schemas/reports.ts
var reports = __webpack_require__(88947);
;// CONCATENATED MODULE: ./src/kernel/provenance.ts











/**
 * The provenance statement of a passed item (docs/provenance.md), built from the run's own
 * files: the run state, the normalized plan, the attempt's reports, logs, patch and agent call
 * records, the gate records, and git for the commits of the change. Nothing comes from the
 * clock or the environment, so building it again from the same run gives the same bytes.
 */
/** `items/<ITEM>/attempt-<N>/provenance.intoto.json` (absolute). */
function statementPath(layout, itemId, attempt) {
    return (0,external_node_path_.join)((0,run_layout/* attemptLayout */.MR)(layout, itemId, attempt).controlDir, provenance/* STATEMENT_FILE */.zH);
}
/** Writes (or writes again) the statement of a passed item; returns its path. */
async function writeItemStatement(layout, state, itemId) {
    const item = itemOf(state, itemId);
    const path = statementPath(layout, itemId, item.attempt_number);
    await (0,run_store/* writeText */.x3)(path, (0,statement/* statementText */.t6)(await buildItemStatement(layout, state, itemId)));
    return path;
}
/**
 * After a crash between a pass and its statement: writes the statement of every passed item
 * that has none. An existing statement is never rewritten here (`verify` compares it with the
 * run's files; rewriting it would hide a change to them).
 */
async function completeStatements(layout, state) {
    for (const item of state.items) {
        if (item.terminal_state !== 'passed')
            continue;
        const path = statementPath(layout, item.item_id, item.attempt_number);
        if (await exists(path))
            continue;
        if (!(await gateRecordReady(layout, item)))
            continue;
        await writeItemStatement(layout, state, item.item_id);
    }
}
async function buildItemStatement(layout, state, itemId) {
    return (0,statement/* buildProvenanceStatement */.Jo)(await gatherFacts(layout, state, itemId));
}
async function gatherFacts(layout, state, itemId) {
    const root = layout.repoRoot;
    const item = itemOf(state, itemId);
    if (item.base_ref === null || item.checkpoint_ref === null)
        throw new Error(`item ${itemId} records no base or checkpoint commit`);
    const paths = (0,run_layout/* attemptLayout */.MR)(layout, itemId, item.attempt_number);
    const plan = normalized_plan/* NormalizedPlanSchema */.iQ.parse(await readJson(layout.normalizedPlanPath));
    const planItem = plan.items.find((entry) => entry.item_id === itemId);
    if (planItem === undefined)
        throw new Error(`item ${itemId} is not in the run's plan`);
    const cycle = cycleOf(item);
    const digest = (absolute) => fileDigest(root, absolute);
    const maybeDigest = (absolute) => exists(absolute).then((present) => (present ? digest(absolute) : null));
    const verificationPath = (0,external_node_path_.join)(paths.controlDir, `verification_report.${cycle}.json`);
    const verification = reports/* VerificationReportSchema */.TS.parse(await readJson(verificationPath));
    const logs = new Map();
    for (const command of verification.command_results) {
        if (command.log_path !== null)
            logs.set(command.log_path, await maybeDigest((0,external_node_path_.join)(root, command.log_path)));
    }
    const calls = await callRecords(root, paths.controlDir);
    const triagePath = (0,external_node_path_.join)(paths.reportDir, `triage_report.${cycle}.json`);
    const gha = await optionalJson((0,external_node_path_.join)(layout.controlDir, schemas_gha/* GHA_RUN_FILE */.CB));
    return {
        run: {
            runId: state.run_id,
            baseSha: state.base_head_sha,
            runBranch: state.run_branch_name,
            runtimePolicy: state.runtime_policy_path === null
                ? null
                : await maybeDigest((0,external_node_path_.join)(root, state.runtime_policy_path))
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
            commits: (await commitsSince(root, item.base_ref, item.checkpoint_ref)).map((commit) => commit.sha),
            cycle,
            patch: await digest((0,external_node_path_.join)(paths.controlDir, `candidate.${cycle}.patch`))
        },
        calls,
        verification: { report: verification, file: await digest(verificationPath), logs },
        audits: {
            codex: await auditFacts(root, paths.reportDir, 'codex', cycle, calls),
            claude: await auditFacts(root, paths.reportDir, 'claude', cycle, calls)
        },
        mergedFindings: await digest((0,external_node_path_.join)(paths.controlDir, `merged_findings_packet.${cycle}.json`)),
        triage: {
            report: reports/* TriageReportSchema */.OK.parse(await readJson(triagePath)),
            file: await digest(triagePath)
        },
        gate: planItem.manual_gate.required ? await gateFacts(layout, item) : null,
        evidence: await evidenceFiles(root, (0,external_node_path_.join)(paths.controlDir, 'external_evidence')),
        gha: gha === undefined ? null : schemas_gha/* GhaRunRecordSchema */.e.parse(gha)
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
    const match = triage === null ? null : /^triage_report\.(.+)\.json$/.exec((0,external_node_path_.basename)(triage));
    if (match?.[1] === undefined)
        throw new Error(`item ${item.item_id} records no triage report`);
    return match[1];
}
async function callRecords(root, controlDir) {
    const dir = (0,external_node_path_.join)(controlDir, provenance/* AGENT_CALLS_DIR */.GQ);
    const names = await (0,promises_.readdir)(dir).catch(() => []);
    const records = [];
    for (const name of names.filter((entry) => entry.endsWith('.json')).sort()) {
        const path = (0,external_node_path_.join)(dir, name);
        records.push({
            record: provenance/* CallRecordSchema */.pV.parse(await readJson(path)),
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
    const path = (0,external_node_path_.join)(reportDir, `${lane}_audit_report.${cycle}.json`);
    if (!(await exists(path)))
        return null;
    return {
        report: reports/* AuditReportSchema */.h4.parse(await readJson(path)),
        file: await fileDigest(root, path)
    };
}
async function gateFacts(layout, item) {
    const relative = item.latest_paths.manual_gate_path;
    if (relative === null)
        throw new Error(`item ${item.item_id} has no gate record`);
    const path = (0,external_node_path_.join)(layout.repoRoot, relative);
    const record = reports/* ManualGateRecordSchema */.UC.parse(await readJson(path));
    if (record.status !== 'approved' || record.related_refs.checkpoint_ref !== item.checkpoint_ref)
        throw new Error(`the gate record of item ${item.item_id} holds no approval of its checkpoint`);
    const githubPath = (0,external_node_path_.join)((0,external_node_path_.dirname)(path), schemas_gha/* GHA_GATE_FILE */.uU);
    const github = await optionalJson(githubPath);
    const githubRecord = github === undefined ? undefined : schemas_gha/* GhaGateRecordSchema */._C.parse(github);
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
        const entries = await (0,promises_.readdir)(current, { withFileTypes: true });
        for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
            const path = (0,external_node_path_.join)(current, entry.name);
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
    const bytes = await (0,promises_.readFile)(absolute);
    return {
        path: (0,run_layout/* repoRelative */.Ne)(root, absolute),
        sha256: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')
    };
}
async function readJson(path) {
    return JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
}
async function optionalJson(path) {
    const text = await (0,promises_.readFile)(path, 'utf8').catch(() => undefined);
    return text === undefined ? undefined : JSON.parse(text);
}
async function exists(path) {
    return (0,promises_.lstat)(path).then(() => true, () => false);
}
/**
 * The statement of an item that is passing now, written without putting the pass at risk:
 * a statement that cannot be built is a sentence for the run's history (and `verify` then
 * names the item), never a reason to undo a fast-forward git has made.
 */
async function recordItemStatement(layout, state, itemId) {
    try {
        await writeItemStatement(layout, state, itemId);
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
/* harmony import */ var _core_run_run_branch_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6033);
/* harmony import */ var _core_run_states_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66915);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _failpoints_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65334);
/* harmony import */ var _terminals_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46916);





async function checkRunBranch(git, repoRoot, state) {
    const verdict = (0,_core_run_run_branch_js__WEBPACK_IMPORTED_MODULE_3__/* .judgeRunBranch */ .D)(state, await git.branchSha(repoRoot, state.run_branch_name));
    if (verdict.kind === 'moved')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserInputError */ .m2(verdict.message);
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
        !canTransition(state.current_state, 'ST130_PASSED')) {
        throw new UserInputError(`run ${state.run_id} records a fast-forward of its run branch for item ${pending.item_id} (attempt ${pending.attempt_number}, ${pending.from} to ${pending.to}) that does not match the item's state; nothing was changed`);
    }
    const repoRoot = session.layout.repoRoot;
    if (verdict.kind === 'pending_not_applied') {
        await base.git.fastForward(repoRoot, state.run_branch_name, pending.to, pending.from);
        session.crashAt(GIT_BOUNDARIES.runBranchFastForwarded);
    }
    await writePassStatement(session, pending.item_id);
    await recordPass(session, pending.item_id, pending.to, `item passed and run branch fast-forwarded (its pass was recorded before an interruption; completed on resume)`);
    return pending.item_id;
}


/***/ }),

/***/ 84999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ stageProcessesCheck)
});

// UNUSED EXPORTS: stopEarlierStages

// EXTERNAL MODULE: ./src/adapters/process-table.ts
var process_table = __webpack_require__(93712);
// EXTERNAL MODULE: ./src/adapters/stage-cgroup.ts
var stage_cgroup = __webpack_require__(70855);
// EXTERNAL MODULE: ./src/adapters/stage-processes.ts
var stage_processes = __webpack_require__(59322);
// EXTERNAL MODULE: ./src/adapters/stage-records.ts
var stage_records = __webpack_require__(40521);
;// CONCATENATED MODULE: ./src/adapters/stage-survivors.ts




async function runScope(run) {
    // The record is data from disk: only what it can rightly name is trusted to find (and
    // kill) processes, never another directory or another cgroup.
    const records = (await (0,stage_records/* readStageRecords */.tc)(run.recordPath)).filter((record) => record.run_id === run.runId &&
        record.stage_id.startsWith(`${run.runId}/`) &&
        (0,stage_processes/* isInside */.FK)(record.worktree_path, run.worktreesDir) &&
        record.worktree_path !== run.worktreesDir.replace(/\/$/, '') &&
        (record.cgroup_path === null || (0,stage_cgroup/* isStageCgroupPath */.oc)(record.cgroup_path)));
    // Ticks, pids and cgroups mean nothing on another machine or after a reboot.
    const here = (0,process_table/* bootId */.aW)();
    const local = records.filter((record) => here !== null && record.boot_id === here);
    return {
        records,
        scope: {
            ids: [`${run.runId}/`],
            workdirs: local.flatMap((record) => record.since_ticks === null
                ? []
                : [{ path: record.worktree_path, sinceTicks: record.since_ticks }]),
            cgroups: local.flatMap((record) => (record.cgroup_path === null ? [] : [record.cgroup_path]))
        }
    };
}
function attribute(found, records) {
    const byMarker = found.stageId?.split('/');
    if (found.foundBy === 'marker' && byMarker !== undefined && byMarker.length >= 4) {
        const [, itemId, attempt, ...stage] = byMarker;
        return {
            ...found,
            itemId: itemId ?? null,
            attempt: Number(attempt) || null,
            stage: stage.join('/')
        };
    }
    const record = found.foundBy === 'cgroup'
        ? records.find((candidate) => candidate.cgroup_path !== null &&
            (0,stage_cgroup/* cgroupMembers */.eQ)(candidate.cgroup_path).includes(found.pid))
        : records.find((candidate) => found.cwd !== null && (0,stage_processes/* isInside */.FK)(found.cwd, candidate.worktree_path));
    return {
        ...found,
        itemId: record?.item_id ?? null,
        attempt: record?.attempt_number ?? null,
        stage: record?.stage ?? null
    };
}
/** Processes of a run's stages that are still running (for `doctor`); nothing is changed. */
async function findRunSurvivors(run) {
    const { scope, records } = await runScope(run);
    return (0,stage_processes/* findStageProcesses */.jb)(scope).map((found) => attribute(found, records));
}
/**
 * For `resume`, before it starts anything: stops what earlier processes of the run left
 * running, removes their stage cgroups and forgets the stages that are fully stopped.
 */
async function stage_survivors_stopRunSurvivors(run, graceMs) {
    const { scope, records } = await runScope(run);
    const before = findStageProcesses(scope).map((found) => attribute(found, records));
    const outcome = await stopStageProcesses(scope, graceMs);
    const attributed = new Map(before.map((survivor) => [survivor.pid, survivor]));
    const named = (found) => attributed.get(found.pid) ?? attribute(found, records);
    const remaining = outcome.remaining.map(named);
    const leftCgroups = new Set(scope.cgroups.filter((dir) => !tryRemove(dir)));
    if (records.length > 0) {
        const keep = new Set(records
            .filter((record) => (record.cgroup_path !== null && leftCgroups.has(record.cgroup_path)) ||
            remaining.some((survivor) => survivor.stageId === record.stage_id))
            .map((record) => record.stage_id));
        await updateStageRecords(run.recordPath, (stages) => stages.filter((stage) => stage.run_id !== run.runId || keep.has(stage.stage_id)));
    }
    return { stopped: outcome.found.map(named), remaining };
}
/** One line per process, for an event, an error or doctor. */
function stage_survivors_describeSurvivor(survivor) {
    const owner = survivor.itemId === null
        ? 'stage unknown'
        : `item ${survivor.itemId} attempt ${survivor.attempt ?? '?'} ${survivor.stage ?? ''}`.trim();
    return `pid ${survivor.pid} (${survivor.command || '?'}; ${owner}; found by ${survivor.foundBy})`;
}

;// CONCATENATED MODULE: ./src/kernel/survivors.ts


/**
 * What a killed orchestrator left running: the agents and commands of its open stages and
 * everything they started (see docs/reliability.md). `resume` stops them before it starts
 * anything, `doctor` names them.
 */
/** SIGTERM, then SIGKILL after this long: an agent gets the grace it gets at a timeout. */
const SURVIVOR_GRACE_MS = 2000;
/**
 * Stops what earlier processes of the run left running and records it in the event log;
 * refuses to go on while any of it cannot be stopped (it could still write).
 */
async function stopEarlierStages(session) {
    const { stopped, remaining } = await stopRunSurvivors(runStages(session.layout), SURVIVOR_GRACE_MS);
    if (stopped.length === 0)
        return;
    const items = new Set(stopped.map((survivor) => survivor.itemId));
    const itemId = items.size === 1 ? ([...items][0] ?? null) : null;
    await session.note(itemId, 'orchestrator', `stopped ${count(stopped.length)} left running by an earlier process of this run: ${stopped.map(describeSurvivor).join('; ')}`);
    if (remaining.length > 0) {
        throw new UserInputError(`${count(remaining.length)} of an earlier process of run ${session.state.run_id} could not be stopped: ${remaining.map(describeSurvivor).join('; ')}; stop them, then resume again`);
    }
}
/**
 * doctor's `stage_processes` check, present only when some process of the run is running:
 * each named, and whether a live writer of the run accounts for it.
 */
async function stageProcessesCheck(layout, locked) {
    const survivors = await findRunSurvivors(runStages(layout));
    const processes = survivors.map(processEntry);
    if (survivors.length === 0)
        return undefined;
    if (locked)
        return {
            name: 'stage_processes',
            status: 'ok',
            detail: `${count(survivors.length)} of the stage that is running now`,
            processes
        };
    return {
        name: 'stage_processes',
        status: 'warning',
        detail: `${count(survivors.length)} left running by an earlier process of this run, which no process holds; resume stops them first (plan-orchestrator resume --run-id ${layout.runId}), or stop them yourself`,
        processes
    };
}
function runStages(layout) {
    return {
        runId: layout.runId,
        recordPath: layout.stageProcessesPath,
        worktreesDir: layout.worktreesDir
    };
}
function processEntry(survivor) {
    return {
        pid: survivor.pid,
        command: survivor.command,
        item_id: survivor.itemId,
        attempt_number: survivor.attempt,
        stage: survivor.stage,
        found_by: survivor.foundBy,
        description: stage_survivors_describeSurvivor(survivor)
    };
}
function count(n) {
    return n === 1 ? '1 process' : `${n} processes`;
}


/***/ }),

/***/ 46916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* unused harmony exports finishPassed, writePassStatement, recordPass, finishAwaitingGate, finishBlocked, finishEscalated */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_schemas_reports_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88947);
/* harmony import */ var _adapters_run_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36525);
/* harmony import */ var _core_run_run_state_ops_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57109);
/* harmony import */ var _core_usage_budget_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(35898);
/* harmony import */ var _attempt_context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(94594);
/* harmony import */ var _failpoints_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(65334);
/* harmony import */ var _provenance_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(25913);








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
async function finishPassed(context, checkpoint, summary) {
    const { session, item } = context;
    const from = session.state.run_branch_head;
    const base = session.item(item.item_id).base_ref;
    if (base !== from) {
        return finishEscalated(context, `run branch could not be fast-forwarded: the attempt started from ${base ?? 'no recorded commit'}, but the run branch must be at ${from}`, []);
    }
    await writeText(join(context.paths.controlDir, 'passed_summary.md'), `# Item ${item.item_id} passed\n\n${summary}\n\nCheckpoint: ${checkpoint}\n`);
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
    try {
        await context.git.fastForward(session.layout.repoRoot, session.state.run_branch_name, checkpoint, from);
    }
    catch (error) {
        await session.replace({ ...session.state, pending_fast_forward: null });
        return finishEscalated(context, `run branch could not be fast-forwarded: ${error.message}`, []);
    }
    session.crashAt(GIT_BOUNDARIES.runBranchFastForwarded);
    await writePassStatement(session, item.item_id);
    await recordPass(session, item.item_id, checkpoint, 'item passed and run branch fast-forwarded');
    return 'passed';
}
/**
 * The provenance statement of the item passing now, once git has moved the run branch and
 * before the pass is saved: a crash in between leaves the pending fast-forward, whose
 * completion on resume writes the statement again (the same bytes).
 */
async function writePassStatement(session, itemId) {
    const problem = await recordItemStatement(session.layout, session.state, itemId);
    if (problem !== undefined)
        await session.note(itemId, 'orchestrator', problem);
}
/**
 * Saves a pass whose fast-forward git has made: the item's terminal, the run branch's new
 * head and the cleared pending record, in one save.
 */
async function recordPass(session, itemId, checkpoint, message) {
    await session.move(itemId, 'ST130_PASSED', 'git', message, (state) => ({
        ...state,
        run_branch_head: checkpoint,
        pending_fast_forward: null
    }));
}
async function finishAwaitingGate(context, checkpoint, reviewFindings, refs) {
    const { session, item } = context;
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
    await writeJson(gatePath, record);
    await session.patchItem(item.item_id, {
        manual_gate_status: 'pending',
        latest_paths: { ...current.latest_paths, manual_gate_path: relativeToRepo(context, gatePath) }
    });
    await session.move(item.item_id, 'ST110_AWAITING_HUMAN_GATE', 'orchestrator', `awaiting human gate (${item.manual_gate.gate_type})`);
    return 'awaiting_human_gate';
}
async function finishBlocked(context, summary) {
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
    await context.session.move(context.item.item_id, 'ST120_BLOCKED_EXTERNAL', 'orchestrator', summary);
    return 'blocked_external';
}
async function finishEscalated(context, summary, blockingFindings) {
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
    await context.session.move(context.item.item_id, 'ST140_ESCALATED', 'orchestrator', summary);
    return 'escalated';
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
    await writeJson(path, manifest);
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
/* harmony import */ var _adapters_run_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(36525);
/* harmony import */ var _core_schemas_supervision_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(56079);





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
/** Validates, then writes atomically (pretty JSON, trailing newline). */
async function writeArtifact(schema, path, value) {
    await (0,_adapters_run_store_js__WEBPACK_IMPORTED_MODULE_3__/* .writeJson */ .GF)(path, schema.parse(value));
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
/** `2026-04-05T11:00:00Z` → `20260405T110000Z`, for file names. */
function compactTimestamp(iso) {
    return iso.replace(/[-:]/g, '');
}
/** Ledger files (`NNNNNN_…json`, six digits or more) in sequence order. */
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
    const registration = loadedValue(await readArtifact(_core_schemas_supervision_js__WEBPACK_IMPORTED_MODULE_4__/* .BridgeRegistrationSchema */ .My, layout.registrationPath));
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
/* harmony import */ var _adapters_live_children_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43026);
/* harmony import */ var _adapters_run_store_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(36525);
/* harmony import */ var _core_run_layout_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(88951);
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
const STAGE_OF_STATE = {
    ST30_EXECUTING: 'execute',
    ST40_VERIFYING: 'verify',
    ST50_AUDIT_PACKET_READY: 'audit',
    ST60_AUDITING_CODEX: 'audit_codex',
    ST61_AUDITING_CLAUDE: 'audit_claude',
    ST70_TRIAGING: 'triage',
    ST80_FIXING: 'fix',
    ST95_REMEDIATING: 'remediation'
};
/** How much of a child's argv the active stage shows; prompts can be long. */
const COMMAND_LIMIT = 2000;
/** Registers and starts answering; a bridge that cannot start leaves the kernel unsupervised. */
async function startBridge(run, identity) {
    const layout = supervisionLayout(run);
    await ensureSupervisionDirs(layout);
    await removeFiles([layout.probeRequestPath, layout.probeAckPath, layout.activeStagePath]);
    await writeArtifact(BridgeRegistrationSchema, layout.registrationPath, {
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
    const answerer = new ProbeAnswerer(run, layout, identity);
    const publisher = new ActiveStagePublisher(run, layout, identity);
    const unsubscribe = liveChildren.subscribe((children) => publisher.publish(children));
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
    queue = new SerialQueue();
    answered;
    constructor(run, layout, identity) {
        this.run = run;
        this.layout = layout;
        this.identity = identity;
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
        await writeArtifact(ProbeAckSchema, this.layout.probeAckPath, ack);
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
    queue = new SerialQueue();
    constructor(run, layout, identity) {
        this.run = run;
        this.layout = layout;
        this.identity = identity;
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
            await writeArtifact(ActiveStageSchema, this.layout.activeStagePath, {
                schema_version: SUPERVISION_SCHEMA_VERSIONS.activeStage,
                run_id: this.run.runId,
                supervisor_session_id: this.identity.sessionId,
                kernel_invocation_id: this.identity.invocationId,
                stage_name: STAGE_OF_STATE[state.current_state] ?? 'unknown',
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
async function withSupervisionBridge(run, env, work) {
    const identity = bridgeIdentityFromEnv(env);
    // A bridge that cannot start costs the supervisor its proof, not the kernel its run.
    const bridge = identity === undefined ? undefined : await startBridge(run, identity).catch(() => undefined);
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
