export const id = 940;
export const ids = [940];
export const modules = {

/***/ 18940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/adapters/playbook-file.ts
var playbook_file = __webpack_require__(84668);
// EXTERNAL MODULE: ./src/adapters/review-facts.ts + 1 modules
var review_facts = __webpack_require__(57179);
// EXTERNAL MODULE: ./src/core/gha/summary/decisions.ts
var decisions = __webpack_require__(71170);
// EXTERNAL MODULE: ./src/core/gha/summary/fit.ts
var fit = __webpack_require__(6130);
// EXTERNAL MODULE: ./src/core/gha/summary/markdown.ts
var markdown = __webpack_require__(23748);
// EXTERNAL MODULE: ./src/core/gha/summary/next-action.ts
var next_action = __webpack_require__(23667);
// EXTERNAL MODULE: ./src/core/gha/summary/run-sections.ts
var run_sections = __webpack_require__(85473);
;// CONCATENATED MODULE: ./src/core/gha/plan-summary.ts





const LEVELS = [
    { rows: 200, graph: true, gates: true },
    { rows: 200, graph: false, gates: true },
    { rows: 50, graph: false, gates: false },
    { rows: 0, graph: false, gates: false }
];
function renderPlanSummary(input) {
    const max = Math.min(input.maxBytes ?? fit/* DEFAULT_SUMMARY_MAX_BYTES */._u, fit/* GITHUB_SUMMARY_LIMIT_BYTES */.d4);
    return (0,fit/* fitToLimit */.Qt)({
        levels: LEVELS,
        render: (detail) => render(input, detail),
        measure: fit/* utf8Length */.wI,
        max,
        trailer: `\n\n\u2026 cut to fit ${Math.floor(max)} bytes; the full state is in ${(0,markdown/* text */.Qq)(input.rest, 300)}.\n`
    });
}
function render(input, detail) {
    const title = input.runId === null
        ? `## New run, hop ${input.hop}: ${(0,markdown/* text */.Qq)(input.status, 50)}`
        : `## Run ${(0,markdown/* text */.Qq)(input.runId, 100)}, hop ${input.hop}: ${(0,markdown/* text */.Qq)(input.status, 50)}`;
    const sections = [
        title,
        (0,run_sections/* progressText */.l_)(input.rows),
        input.provenance ?? '',
        input.drift === undefined ? '' : `### Playbook changed\n\n${input.drift}`,
        (0,next_action/* renderNextStep */.YE)(input.next),
        detail.rows > 0
            ? `### Items\n\n${(0,run_sections/* runTable */.cS)(input.rows, { maxRows: detail.rows, rest: input.rest })}`
            : `### Items\n\nThe item table is left out to fit; see ${(0,markdown/* text */.Qq)(input.rest, 300)}.`,
        detail.graph ? `### Items and prerequisites\n\n${(0,run_sections/* dependencyGraph */.iq)(input.rows)}` : '',
        detail.gates && input.items !== undefined ? (0,decisions/* gateDecisionsSection */.K)(input.items) : ''
    ];
    return `${sections.filter((section) => section !== '').join('\n\n')}\n`;
}

// EXTERNAL MODULE: ./src/core/playbook/normalize.ts + 8 modules
var normalize = __webpack_require__(83199);
// EXTERNAL MODULE: ./src/core/run/item-focus.ts
var item_focus = __webpack_require__(26955);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/adapters/github/run-refs.ts
var run_refs = __webpack_require__(25602);
// EXTERNAL MODULE: ./src/core/gha/gate-verification.ts
var gate_verification = __webpack_require__(54255);
// EXTERNAL MODULE: ./src/core/schemas/gha.ts
var gha = __webpack_require__(49054);
// EXTERNAL MODULE: ./src/composition/actions/restore.ts
var restore = __webpack_require__(40332);
;// CONCATENATED MODULE: ./src/composition/actions/gate-records.ts





/**
 * Gate decisions are believed only when GitHub says so. A state carried between workflow runs
 * is just files; before a hop builds on a decided gate, the decision is checked again against
 * the approval record of the workflow run that recorded it, and bound to its checkpoint: the
 * approval must have been given on the workflow run whose item job produced that checkpoint,
 * for the run's gate environment, by someone other than the run's starters (from GitHub's
 * record of the first hop), and the approved checkpoint must be in the run branch.
 */

/** Where an item's gate record (beside its manual_gate.json) lives. */
function gateRecordPath(run, item) {
    const gate = item.latest_paths.manual_gate_path;
    return gate === null ? undefined : (0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_path_.resolve)(run.repoRoot, gate)), gha/* GHA_GATE_FILE */.uU);
}
/** Every decided gate of the run, checked against GitHub; throws on the first that fails. */
async function verifyRecordedGates(input) {
    const verified = [];
    for (const item of input.state.items) {
        if (item.manual_gate_status !== 'approved' && item.manual_gate_status !== 'rejected')
            continue;
        const path = gateRecordPath(input.run, item);
        const text = path === undefined ? undefined : await (0,promises_.readFile)(path, 'utf8').catch(() => undefined);
        if (text === undefined)
            throw new Error(`the gate of item ${item.item_id} is marked ${item.manual_gate_status} without GitHub's review record; a decision made outside the gate job is not accepted`);
        const parsed = gha/* GhaGateRecordSchema */._C.safeParse(JSON.parse(text));
        if (!parsed.success)
            throw new Error(`the gate record of item ${item.item_id} is not one this action writes`);
        const record = parsed.data;
        const verdict = (0,gate_verification/* verifyGateReview */.J)({
            environment: record.environment,
            rules: await input.api.environmentRules(record.environment),
            reviews: await input.api.reviews(record.workflow_run_id),
            starters: input.starters
        });
        if (!verdict.ok)
            throw new Error(`the gate of item ${item.item_id} does not hold against workflow run ${record.workflow_run_id}: ${verdict.reason}`);
        if (verdict.decision !== record.decision ||
            verdict.decision !== item.manual_gate_status ||
            verdict.reviewer.id !== record.reviewer.id ||
            record.checkpoint_ref !== item.checkpoint_ref)
            throw new Error(`the gate record of item ${item.item_id} differs from GitHub's review of workflow run ${record.workflow_run_id} (${verdict.decision} by ${verdict.reviewer.login})`);
        const unbound = (0,gate_verification/* gateBindingProblem */.I)({
            record,
            item,
            chain: input.record.chain,
            environment: input.environment ?? record.environment
        });
        if (unbound !== undefined)
            throw new Error(`the gate of item ${item.item_id} is not bound to its checkpoint: ${unbound}`);
        if (record.decision === 'approved' &&
            !(await (0,run_refs/* contains */.gR)(input.run.repoRoot, input.runBranchHead, record.checkpoint_ref)))
            throw new Error(`the approved checkpoint ${record.checkpoint_ref} of item ${item.item_id} is not in the run branch (at ${input.runBranchHead})`);
        verified.push(record);
    }
    return verified;
}

// EXTERNAL MODULE: ./src/composition/actions/github.ts
var github = __webpack_require__(81071);
// EXTERNAL MODULE: ./src/composition/actions/item-report.ts + 3 modules
var item_report = __webpack_require__(98517);
// EXTERNAL MODULE: ./src/composition/actions/job-log.ts + 1 modules
var job_log = __webpack_require__(68768);
// EXTERNAL MODULE: ./src/composition/actions/next-step.ts
var next_step = __webpack_require__(52760);
// EXTERNAL MODULE: ./src/composition/actions/playbook-drift-note.ts + 1 modules
var playbook_drift_note = __webpack_require__(5054);
// EXTERNAL MODULE: ./src/composition/actions/runner-context.ts
var runner_context = __webpack_require__(65200);
;// CONCATENATED MODULE: ./src/composition/actions/plan-job.ts

















async function runPlanJob(inputs, output) {
    const ctx = (0,runner_context/* runnerContext */.c)();
    const token = inputs['github-token'];
    if (token !== '')
        core/* setSecret */.Pq(token);
    const plan = await readValidPlaybook((0,external_node_path_.resolve)(ctx.workspace, inputs.playbook), inputs.playbook);
    if (inputs['run-id'] === '') {
        const first = [...plan.items].sort((a, b) => a.order - b.order)[0];
        await core/* summary */.z
            .addRaw(renderPlanSummary({
            runId: null,
            hop: inputs.hop === '' ? 0 : Number(inputs.hop),
            status: 'new',
            rows: (0,run_sections/* rowsOfPlan */.QC)(plan),
            next: first === undefined
                ? { kind: 'continue' }
                : { kind: 'run-item', itemId: first.item_id, why: 'the first item of a new run' },
            rest: 'the state artifact of the item job'
        }), true)
            .write();
        report({ runId: '', itemId: first?.item_id ?? '', status: 'new' }, output);
        return;
    }
    if (inputs['state-run-id'] === '')
        throw new Error('input state-run-id: a continued run needs the workflow run that holds its state');
    const api = await (0,github/* createGitHubApi */._j)({ token, baseUrl: ctx.apiUrl, repository: ctx.repository });
    const restored = await (0,restore/* restoreVerifiedRun */.Uw)({
        ctx,
        api,
        token,
        runId: inputs['run-id'],
        from: {
            kind: 'next-hop',
            stateRunId: Number(inputs['state-run-id']),
            hop: inputs.hop === '' ? undefined : Number(inputs.hop)
        },
        log: (line) => core/* info */.pq(line)
    });
    const { run, state } = restored;
    core/* info */.pq(`restored ${restored.artifactName} from workflow run ${inputs['state-run-id']}: hop ${restored.hop}, chain and run branch checked against GitHub and origin`);
    const gates = await verifyRecordedGates({
        run,
        state,
        record: restored.record,
        starters: restored.starters,
        environment: inputs['gate-environment'] === '' ? undefined : inputs['gate-environment'],
        runBranchHead: restored.runBranchHead,
        api
    });
    // The records come from an artifact: their text is data in the log, not commands.
    const relay = (0,job_log/* openAgentTextRelay */.y)();
    for (const gate of gates)
        relay.line(`gate of item ${gate.item_id}: ${gate.decision} by ${gate.reviewer.login} in workflow run ${gate.workflow_run_id} (checked against GitHub)`);
    relay.close();
    const drift = await (0,playbook_drift_note/* playbookDriftNote */.p)(run, (0,external_node_path_.resolve)(ctx.workspace, inputs.playbook), inputs.playbook);
    const next = nextStep(state);
    if (drift !== undefined)
        core/* warning */.$e(drift, { title: 'playbook changed', file: inputs.playbook });
    const facts = await (0,review_facts/* readRunFacts */.FA)(run, state);
    await core/* summary */.z
        .addRaw(renderPlanSummary({
        runId: run.runId,
        hop: restored.hop,
        status: next.status,
        rows: (0,run_sections/* rowsOfRun */.G7)(facts),
        items: facts.items,
        provenance: `Restored from workflow run ${inputs['state-run-id']} (${(0,markdown/* escapeMarkdownText */.m4)(restored.artifactName)}); its chain, the run branch (\`${restored.runBranchHead}\`) and ${gates.length} recorded gate decision(s) were checked against GitHub and origin.`,
        ...(drift === undefined ? {} : { drift }),
        next: await (0,next_step/* nextStepOf */.V)({
            ctx,
            run,
            state,
            plan: await (0,item_report/* readPlan */.m3)(run),
            record: restored.record,
            playbookPath: inputs.playbook,
            gateEnvironment: gateEnvironmentOf(inputs),
            hop: restored.hop,
            reviewers: (await api.environmentRules(gateEnvironmentOf(inputs)).catch(() => undefined))
                ?.reviewerNames ?? [],
            gateRunUrl: `${ctx.serverUrl}/${ctx.repository.owner}/${ctx.repository.repo}/actions/runs/${inputs['state-run-id']}`
        }),
        rest: `artifact ${restored.artifactName} of workflow run ${inputs['state-run-id']}`
    }), true)
        .write();
    report({ runId: run.runId, ...next }, output);
}
/** The playbook's plan; every warning and problem is annotated on its line, and a problem fails. */
async function readValidPlaybook(path, shownPath) {
    const normalized = (0,normalize/* normalizePlaybook */.T)(await (0,playbook_file/* readPlaybookSource */.Fx)(path));
    for (const warning of normalized.warnings)
        core/* warning */.$e(warning.message, {
            title: 'playbook',
            file: shownPath,
            startLine: warning.line,
            startColumn: warning.column
        });
    if (!normalized.ok) {
        for (const issue of normalized.issues)
            core/* error */.z3(issue.message, {
                title: 'invalid playbook',
                file: shownPath,
                startLine: issue.line,
                startColumn: issue.column
            });
        throw new Error(`${shownPath}: invalid playbook (${normalized.issues.length} problems)`);
    }
    return normalized.plan;
}
function nextStep(state) {
    const open = (0,item_focus/* nextItem */.jA)(state);
    if (open === undefined)
        return { itemId: '', status: 'done' };
    switch (open.terminal_state) {
        case 'awaiting_human_gate':
            return { itemId: '', status: 'awaiting_human_gate' };
        case 'escalated':
            return { itemId: '', status: 'escalated' };
        case 'blocked_external':
            return { itemId: open.item_id, status: 'blocked_external' };
        default:
            return { itemId: open.item_id, status: 'continue' };
    }
}
function report(result, output) {
    output('run-id', result.runId);
    output('item-id', result.itemId);
    output('status', result.status);
    output('done', result.itemId === '' ? 'true' : 'false');
    core/* info */.pq(`run ${result.runId || '(new)'}: ${result.status}${result.itemId === '' ? '' : `, next item ${result.itemId}`}`);
}
function gateEnvironmentOf(inputs) {
    return inputs['gate-environment'] === '' ? 'plan-orchestrator-gate' : inputs['gate-environment'];
}

;// CONCATENATED MODULE: ./src/actions/plan/main.ts


/**
 * The plan action: checks the playbook, restores and checks the run, and names the item that
 * runs next. The job is built and run by the composition root
 * (src/composition/actions/plan-job.ts); here its outputs go to the runner.
 */
async function main(inputs) {
    await runPlanJob(inputs, (name, value) => core/* setOutput */.uH(name, value));
}


/***/ }),

/***/ 54255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ gateBindingProblem),
/* harmony export */   J: () => (/* binding */ verifyGateReview)
/* harmony export */ });
function verifyGateReview(input) {
    const { environment, rules, starters } = input;
    const named = `environment '${environment}'`;
    if (rules === undefined) {
        // A job naming a missing environment is created on the fly, unprotected.
        return refuse(`${named} does not exist, so nothing guarded the gate job`);
    }
    if (!(rules.requiredReviewers >= 1)) {
        return refuse(`${named} has no required reviewers (required reviewers on private repositories need ` +
            'GitHub Enterprise), so the gate job ran without anyone approving it');
    }
    if (!rules.preventSelfReview) {
        return refuse(`${named} does not prevent self-review, so whoever started the run could have approved it`);
    }
    // GitHub treats environment names case-insensitively, so the workflow's spelling may differ.
    const key = environment.toLowerCase();
    const decided = input.reviews.filter((review) => (review.state === 'approved' || review.state === 'rejected') &&
        review.environments.some((env) => env.name.toLowerCase() === key));
    if (decided.length === 0) {
        return refuse(`no approval or rejection of ${named} is recorded for this workflow run ` +
            '(an administrator bypass, or the review history lagging behind)');
    }
    // A rejection stops the item whoever approved alongside it.
    const rejection = decided.find((review) => review.state === 'rejected');
    if (rejection !== undefined) {
        return {
            ok: true,
            decision: 'rejected',
            reviewer: { login: rejection.user.login, id: rejection.user.id },
            comment: rejection.comment
        };
    }
    // Entries carry no timestamp and accumulate across re-runs, so two approvals cannot be ordered.
    if (decided.length > 1) {
        const logins = decided.map((review) => review.user.login).join(', ');
        return refuse(`${decided.length} approvals of ${named} are recorded for this workflow run (${logins}); ` +
            'which one approved this checkpoint is ambiguous');
    }
    const approval = decided[0];
    if (approval === undefined)
        return refuse(`no approval of ${named} is recorded`);
    const { login, id } = approval.user;
    if (login.trim() === '' || !Number.isSafeInteger(id) || id <= 0) {
        return refuse(`the approval of ${named} names no identifiable reviewer`);
    }
    // GitHub logins are case-insensitive; the id survives a rename, the login check a missing id.
    const starter = starters.find((user) => user.id === id || user.login.toLowerCase() === login.toLowerCase());
    if (starter !== undefined) {
        return refuse(`the approval of ${named} was given by ${login} (id ${id}), who started the playbook run; ` +
            'a different reviewer must approve');
    }
    return { ok: true, decision: 'approved', reviewer: { login, id }, comment: approval.comment };
}
function refuse(reason) {
    return { ok: false, reason: `gate refused: ${reason}` };
}
/**
 * Why a recorded gate decision does not belong to the item's checkpoint, or undefined when it
 * does: it must name the configured environment, and it must have been given on the workflow
 * run whose item job produced the checkpoint under review (as the run's chain records it), by
 * that run's gate job.
 */
function gateBindingProblem(input) {
    const { record, item, chain } = input;
    if (record.environment.toLowerCase() !== input.environment.toLowerCase())
        return `the decision was given for environment '${record.environment}', not for the run's gate environment '${input.environment}'`;
    if (record.item_id !== item.item_id || record.checkpoint_ref !== item.checkpoint_ref)
        return `the decision covers item ${record.item_id} at ${record.checkpoint_ref}, but item ${item.item_id} is at ${item.checkpoint_ref ?? 'no checkpoint'}`;
    const producer = [...chain]
        .reverse()
        .find((link) => link.job === 'item' &&
        link.item_id === item.item_id &&
        link.checkpoint_ref === item.checkpoint_ref);
    if (producer === undefined)
        return `no item job in the run's chain produced checkpoint ${item.checkpoint_ref ?? '(none)'} of item ${item.item_id}`;
    if (producer.workflow_run_id !== record.workflow_run_id)
        return `the approval was given on workflow run ${record.workflow_run_id}, but checkpoint ${item.checkpoint_ref ?? ''} of item ${item.item_id} was produced by workflow run ${producer.workflow_run_id}: an approval counts only on the run that produced its checkpoint`;
    const recorder = chain.find((link) => link.workflow_run_id === record.workflow_run_id &&
        link.job === 'gate' &&
        link.run_attempt === record.workflow_run_attempt);
    if (recorder === undefined)
        return `no gate job of workflow run ${record.workflow_run_id} (attempt ${record.workflow_run_attempt}) is in the run's chain`;
    return undefined;
}


/***/ })

};
