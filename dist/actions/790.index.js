export const id = 790;
export const ids = [790];
export const modules = {

/***/ 38790:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   main: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91659);
/* harmony import */ var _adapters_github_run_refs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25602);
/* harmony import */ var _adapters_run_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(36525);
/* harmony import */ var _composition_root_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5146);
/* harmony import */ var _core_gha_gate_verification_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(54255);
/* harmony import */ var _core_gha_summary_markdown_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(23748);
/* harmony import */ var _core_schemas_gha_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(49054);
/* harmony import */ var _core_time_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(22334);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9428);
/* harmony import */ var _github_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(27136);
/* harmony import */ var _provenance_output_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(45340);
/* harmony import */ var _restore_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(89529);
/* harmony import */ var _pull_request_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(76208);














/**
 * The gate job, which GitHub starts only after a required reviewer acted on its environment.
 * The decision is read from GitHub's review record of this workflow run, never from an input,
 * and recorded with the reviewer's login, id and comment, bound to the checkpoint this workflow
 * run's item job produced. The state comes from this workflow run's own artifacts, checked like
 * any restore (restore.ts). Anything it cannot prove fails the job and records nothing.
 */
async function main(inputs) {
    const ctx = (0,_context_js__WEBPACK_IMPORTED_MODULE_7__/* .runnerContext */ .c)();
    const token = inputs['github-token'];
    if (token !== '')
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setSecret */ .Pq(token);
    const gitAuth = { token, serverUrl: ctx.serverUrl };
    const api = await (0,_github_js__WEBPACK_IMPORTED_MODULE_11__/* .createGitHubApi */ ._j)({ token, baseUrl: ctx.apiUrl, repository: ctx.repository });
    const restored = await (0,_restore_js__WEBPACK_IMPORTED_MODULE_9__/* .restoreVerifiedRun */ .Uw)({
        ctx,
        api,
        token,
        runId: inputs['run-id'],
        from: { kind: 'same-hop', itemId: inputs['item-id'] },
        log: (line) => _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(line)
    });
    const { run, state } = restored;
    const item = state.items.find((entry) => entry.item_id === inputs['item-id']);
    if (item?.terminal_state !== 'awaiting_human_gate' || item.checkpoint_ref === null)
        throw new Error(`item ${inputs['item-id']} of run ${run.runId} does not await a gate`);
    // The review on this workflow run approves what this run's item job produced, nothing else.
    const produced = restored.record.chain.find((link) => link.workflow_run_id === ctx.runId && link.job === 'item');
    if (produced?.checkpoint_ref !== item.checkpoint_ref)
        throw new Error(`gate not recorded: checkpoint ${item.checkpoint_ref} of item ${item.item_id} was not produced by the item job of this workflow run (${produced?.checkpoint_ref ?? 'no checkpoint'})`);
    const verdict = (0,_core_gha_gate_verification_js__WEBPACK_IMPORTED_MODULE_12__/* .verifyGateReview */ .J)({
        environment: inputs.environment,
        rules: await api.environmentRules(inputs.environment),
        reviews: await api.reviews(ctx.runId),
        starters: restored.starters
    });
    if (!verdict.ok)
        throw new Error(`gate not recorded: ${verdict.reason}`);
    const decided = await (0,_composition_root_js__WEBPACK_IMPORTED_MODULE_4__/* .decideGate */ .q7)({
        cwd: ctx.workspace,
        runId: run.runId,
        itemId: item.item_id,
        decision: verdict.decision,
        by: verdict.reviewer.login,
        note: verdict.comment.trim() === ''
            ? `${verdict.decision} in GitHub by ${verdict.reviewer.login} without a comment`
            : verdict.comment,
        evidencePaths: [],
        checkpoint: item.checkpoint_ref
    });
    const record = {
        schema_version: 'plan_orchestrator.gha_gate.v1',
        run_id: run.runId,
        item_id: item.item_id,
        attempt_number: item.attempt_number,
        decision: verdict.decision,
        reviewer: verdict.reviewer,
        comment: verdict.comment,
        environment: inputs.environment,
        workflow_run_id: ctx.runId,
        workflow_run_attempt: ctx.runAttempt,
        checkpoint_ref: decided.checkpoint_ref,
        recorded_at_utc: (0,_core_time_js__WEBPACK_IMPORTED_MODULE_13__/* .isoSeconds */ .n)(new Date())
    };
    const gatePath = item.latest_paths.manual_gate_path;
    if (gatePath === null)
        throw new Error(`item ${item.item_id} has no gate record`);
    await (0,_adapters_run_store_js__WEBPACK_IMPORTED_MODULE_3__/* .writeJson */ .GF)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(ctx.workspace, gatePath)), _core_schemas_gha_js__WEBPACK_IMPORTED_MODULE_6__/* .GHA_GATE_FILE */ .uU), record);
    await (0,_restore_js__WEBPACK_IMPORTED_MODULE_9__/* .appendChainLink */ .w0)(run, {
        workflow_run_id: ctx.runId,
        run_attempt: ctx.runAttempt,
        hop: restored.hop,
        job: 'gate',
        item_id: item.item_id,
        checkpoint_ref: decided.checkpoint_ref
    });
    await (0,_provenance_output_js__WEBPACK_IMPORTED_MODULE_8__/* .publishStatement */ .z)(run, item.item_id);
    // Published with a lease before the state goes up: a gate that loses a race to publish
    // leaves the chain where it was.
    await (0,_adapters_github_run_refs_js__WEBPACK_IMPORTED_MODULE_2__/* .pushRunRefs */ .mQ)(ctx.workspace, run.runId, gitAuth, restored.runBranchHead, restored.attemptBranches);
    const artifact = await (0,_github_js__WEBPACK_IMPORTED_MODULE_11__/* .uploadRunState */ .Wv)({
        workspace: ctx.workspace,
        runId: run.runId,
        stage: 'gate',
        attempt: ctx.runAttempt
    });
    _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('decision', verdict.decision);
    _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('reviewer', verdict.reviewer.login);
    _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('state-artifact', artifact);
    // The body shows the decision, with reviewer and comment; an approval may complete the run.
    await (0,_pull_request_js__WEBPACK_IMPORTED_MODULE_10__/* .handOff */ .VW)({
        api: await (0,_pull_request_js__WEBPACK_IMPORTED_MODULE_10__/* .pullRequestApi */ .rB)(inputs['pull-request-token'], api, ctx),
        run,
        state: await (0,_adapters_run_store_js__WEBPACK_IMPORTED_MODULE_3__/* .loadRunState */ .fQ)(run),
        mode: inputs['pull-request'],
        baseBranch: restored.record.ref,
        hop: restored.hop,
        runUrl: ctx.runUrl,
        artifactName: artifact
    });
    await _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .summary */ .z
        .addHeading(`Gate of item ${item.item_id}: ${verdict.decision}`, 2)
        .addRaw(`Reviewed by ${(0,_core_gha_summary_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeMarkdownText */ .m4)(verdict.reviewer.login)} (GitHub user ${verdict.reviewer.id}) in environment ${(0,_core_gha_summary_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeMarkdownText */ .m4)(inputs.environment)}, checkpoint \`${decided.checkpoint_ref}\`.`, true)
        .addRaw(verdict.comment === '' ? '' : `\n> ${(0,_core_gha_summary_markdown_js__WEBPACK_IMPORTED_MODULE_5__/* .escapeMarkdownText */ .m4)(verdict.comment)}\n`, true)
        .write();
    const after = await (0,_adapters_run_store_js__WEBPACK_IMPORTED_MODULE_3__/* .loadRunState */ .fQ)(run);
    _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`run ${run.runId} is now at ${after.current_state}`);
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
