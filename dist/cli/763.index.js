export const id = 763;
export const ids = [763];
export const modules = {

/***/ 3763:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resumeExistingRun = resumeExistingRun;
exports.checkSupervisedResume = checkSupervisedResume;
const promises_1 = __webpack_require__(1455);
const index_js_1 = __webpack_require__(5062);
const child_env_js_1 = __webpack_require__(804);
const git_port_js_1 = __webpack_require__(4606);
const interruption_js_1 = __webpack_require__(9289);
const live_children_js_1 = __webpack_require__(3026);
const run_lock_js_1 = __webpack_require__(2685);
const run_store_js_1 = __webpack_require__(6525);
const run_files_js_1 = __webpack_require__(2803);
const run_scenario_js_1 = __webpack_require__(9744);
const layout_js_1 = __webpack_require__(8951);
const run_agents_js_1 = __webpack_require__(3823);
const run_state_ops_js_1 = __webpack_require__(7109);
const time_js_1 = __webpack_require__(2334);
const normalized_plan_js_1 = __webpack_require__(6591);
const preflight_js_1 = __webpack_require__(1738);
const resume_js_1 = __webpack_require__(8694);
const runtime_policy_js_1 = __webpack_require__(1181);
const run_store_access_js_1 = __webpack_require__(3632);
const budget_js_1 = __webpack_require__(5898);
const resume_budgets_js_1 = __webpack_require__(3573);
const errors_js_1 = __webpack_require__(3916);
const bridge_js_1 = __webpack_require__(2726);
const run_session_js_1 = __webpack_require__(1033);
const integrity_guard_js_1 = __webpack_require__(6722);
const index_js_2 = __webpack_require__(8412);
const failpoints_js_1 = __webpack_require__(5334);
const survivors_js_1 = __webpack_require__(7541);
const agents_js_1 = __webpack_require__(998);
const composition_root_js_1 = __webpack_require__(3802);
const evidence_js_1 = __webpack_require__(2325);
/**
 * Continues a saved run under its lock (see kernel/resume.ts for what it picks). Everything
 * that can refuse the resume is checked before the lock is taken and anything is written:
 * the run id and run, its saved state and plan, the repository, the agents and their
 * scenario, the evidence, a pending gate or a blocked item without evidence.
 */
async function resumeExistingRun(input) {
    const clock = input.clock ?? composition_root_js_1.systemClock;
    const codexConfig = (0, agents_js_1.codexConfigOverrides)(input.env);
    const git = (0, git_port_js_1.createGitPort)();
    const repoRoot = await git.repoRoot(input.cwd).catch(() => {
        throw new errors_js_1.UserInputError(`${input.cwd} is not inside a git repository`);
    });
    const layout = await (0, run_store_js_1.findRun)(repoRoot, input.runId);
    const checked = await checkResume(input, layout, git);
    return (0, run_lock_js_1.withRunLock)(layout, 'resume', (lock) => (0, bridge_js_1.withSupervisionBridge)(layout, input.env, { files: run_files_js_1.runFiles, liveChildren: live_children_js_1.liveChildren }, () => (0, interruption_js_1.withInterruptionGuard)(lock, async (interruption) => {
        // The state may have moved on while we waited for nothing: read it again under the lock.
        const state = await (0, run_store_js_1.loadRunState)(layout);
        const session = interruption.track(new run_session_js_1.RunSession(layout, state, clock, input.progress, run_files_js_1.runFiles, input.env[failpoints_js_1.FAILPOINT_VARIABLE]));
        // First of all: an agent of a killed process may still run, and write.
        await (0, survivors_js_1.stopEarlierStages)(session);
        const refusal = (0, resume_js_1.resumeRefusal)(session.state, checked.evidenceDir !== undefined);
        if (refusal !== undefined)
            throw new errors_js_1.UserInputError(refusal);
        if (checked.drift !== undefined)
            input.warn?.(checked.drift);
        await (0, resume_budgets_js_1.applyBudgetsOnResume)(session, {
            env: input.env,
            cli: input.budgets ?? {},
            ...(checked.agents.set === 'codex-claude' ? { check: budget_js_1.unpricedBudgetProblems } : {})
        });
        const stillReached = (0, budget_js_1.budgetStillReached)(session.state);
        if (stillReached !== undefined)
            throw new errors_js_1.UserInputError(`error: ${stillReached}`);
        // The run's policy with the limits this resume gave it.
        const options = session.state.options;
        (0, agents_js_1.warnWithoutIsolation)(input.env, checked.isolation, input.warn);
        await (0, run_store_access_js_1.secureRunStore)(repoRoot);
        await checked.isolation?.recover(layout.worktreesDir);
        const outcome = await (0, resume_js_1.resumeRun)({
            base: {
                session,
                plan: checked.plan,
                agents: (0, agents_js_1.buildAgents)(checked.agents, input.env, options, checked.isolation, codexConfig),
                git,
                clock,
                options,
                childEnv: (0, child_env_js_1.buildChildEnv)(input.env),
                integrity: new integrity_guard_js_1.IntegrityGuard((0, index_js_2.createIntegrityPort)()),
                ...(await (0, agents_js_1.agentCallSandbox)(input.env, git, checked.isolation))
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
        await (0, run_scenario_js_1.keepScenarioCopy)(session.layout, agents.source);
    const before = session.state.agents;
    const after = (0, agents_js_1.agentsRecord)(agents);
    if ((0, run_agents_js_1.sameAgents)(before, after))
        return;
    await session.replace((0, run_state_ops_js_1.appendEvent)({ ...session.state, agents: after }, { actor: 'orchestrator', itemId: null, message: (0, run_agents_js_1.agentsChangedMessage)(before, after) }, (0, time_js_1.isoSeconds)(clock.now())));
}
/**
 * `supervise resume`'s checks before the supervisor writes anything: the same as `resume`'s,
 * except that a pending gate or a blocked item is something a supervisor waits at.
 */
async function checkSupervisedResume(input) {
    const git = (0, git_port_js_1.createGitPort)();
    const repoRoot = await git.repoRoot(input.cwd).catch(() => {
        throw new errors_js_1.UserInputError(`${input.cwd} is not inside a git repository`);
    });
    const layout = await (0, run_store_js_1.findRun)(repoRoot, input.runId);
    const { evidenceDir } = await checkResume(input, layout, git, { humanStopsWait: true });
    return { layout, evidenceDir };
}
async function checkResume(input, layout, git, { humanStopsWait } = { humanStopsWait: false }) {
    const agentUserFlag = input.agentUser === undefined ? undefined : (0, agents_js_1.checkedAgentUser)(input.agentUser, '--agent-user');
    const state = await (0, run_store_js_1.loadRunState)(layout);
    if (state.run_id !== layout.runId)
        throw new errors_js_1.UserInputError(`the directory of run ${layout.runId} holds the state of ${state.run_id}; check it: plan-orchestrator doctor --run-id ${layout.runId}`);
    const plan = await loadRunPlan(layout);
    const agentPlan = (0, run_agents_js_1.continuedRunAgents)(input.agents, state.agents, state.run_id);
    const set = agentPlan.ok ? agentPlan.plan.set : 'codex-claude';
    const problems = await (0, preflight_js_1.preflight)({
        repoRoot: layout.repoRoot,
        git,
        env: input.env,
        requiredExecutables: (0, run_agents_js_1.agentExecutables)(set)
    });
    let agents;
    if (!agentPlan.ok)
        problems.push(agentPlan.problem);
    else
        problems.push(...(await (0, evidence_js_1.refusalOfAsync)(async () => {
            agents = await (0, agents_js_1.loadAgents)(agentPlan.plan, input.cwd, layout.repoRoot, layout);
            (0, agents_js_1.buildAgents)(agents, input.env, state.options, undefined);
        })));
    const drift = agentPlan.ok && agentPlan.plan.set === 'scripted' && agentPlan.plan.scenario.from === 'run'
        ? await (0, run_scenario_js_1.scenarioDrift)(layout.repoRoot, state.agents)
        : undefined;
    let evidenceDir;
    problems.push(...(await (0, evidence_js_1.refusalOfAsync)(async () => {
        evidenceDir = await (0, evidence_js_1.evidenceDirectory)(input.cwd, input.evidenceDir, {
            options: state.options
        });
    })));
    const agentUser = await (0, index_js_1.prepareAgentUser)((0, agents_js_1.resumedAgentUser)(agentUserFlag, input.env, state.options.agent_user), { repoRoot: layout.repoRoot, executables: (0, agents_js_1.agentExecutables)(set), env: input.env });
    if (!agentUser.ok)
        problems.push(...agentUser.problems);
    const refusal = humanStopsWait ? undefined : (0, resume_js_1.resumeRefusal)(state, input.evidenceDir !== undefined);
    if (refusal !== undefined)
        problems.unshift(refusal);
    if (problems.length > 0 || agents === undefined)
        throw new errors_js_1.UserInputError(problems.map((problem) => `error: ${problem}`).join('\n'));
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
    const text = await (0, promises_1.readFile)(layout.normalizedPlanPath, 'utf8').catch(() => undefined);
    let json;
    try {
        json = text === undefined ? undefined : JSON.parse(text);
    }
    catch {
        json = undefined;
    }
    const parsed = normalized_plan_js_1.NormalizedPlanSchema.safeParse(json);
    if (!parsed.success)
        throw new errors_js_1.UserInputError(`${(0, layout_js_1.repoRelative)(layout.repoRoot, layout.normalizedPlanPath)} is ${text === undefined ? 'missing' : 'damaged'}; check and rebuild it: plan-orchestrator doctor --run-id ${layout.runId} --fix-safe`);
    return parsed.data;
}


/***/ }),

/***/ 1808:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveBudgetsOnResume = resolveBudgetsOnResume;
const runtime_policy_js_1 = __webpack_require__(1181);
/**
 * The budget limits a resumed run works with. A run keeps the policy it was created with,
 * except its limits: `resume` reads them again from plan_orchestrator.json, the environment
 * and its flags. The recorded value counts as a value of the layer it came from, so a value
 * set now in the same or a stronger layer replaces it, and a weaker one does not (a limit
 * given as a flag is not undone by the config file it overrode). Nothing set now: unchanged.
 */
function resolveBudgetsOnResume(recorded, layers) {
    const budgetsOnly = (raw) => {
        if (typeof raw !== 'object' || raw === null || !('runtime_policy' in raw))
            return raw;
        const policy = raw.runtime_policy;
        if (typeof policy !== 'object' || policy === null)
            return raw;
        const picked = Object.entries(policy).filter(([name]) => runtime_policy_js_1.BUDGET_OPTIONS.includes(name));
        return { ...raw, runtime_policy: Object.fromEntries(picked) };
    };
    const budgetEnv = Object.fromEntries(runtime_policy_js_1.BUDGET_OPTIONS.map((name) => {
        const variable = runtime_policy_js_1.OPTION_ENV[name];
        return [variable, layers.env[variable]];
    }));
    const current = (0, runtime_policy_js_1.resolveRuntimePolicy)({
        repoConfig: budgetsOnly(layers.repoConfig),
        env: budgetEnv,
        cli: Object.fromEntries(Object.entries(layers.cli).filter(([name]) => runtime_policy_js_1.BUDGET_OPTIONS.includes(name)))
    });
    if (!current.ok)
        return current;
    const rank = (source) => runtime_policy_js_1.POLICY_SOURCES.indexOf(source ?? 'default');
    const options = { ...recorded.options };
    const sources = { ...recorded.sources };
    const changes = [];
    for (const name of runtime_policy_js_1.BUDGET_OPTIONS) {
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


/***/ }),

/***/ 8373:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.continueInterruptedReview = continueInterruptedReview;
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const layout_js_1 = __webpack_require__(8951);
const report_identity_js_1 = __webpack_require__(4330);
const lifecycle_js_1 = __webpack_require__(5413);
const item_context_js_1 = __webpack_require__(5611);
const reports_js_1 = __webpack_require__(8947);
const effect_handlers_js_1 = __webpack_require__(7372);
const item_attempt_js_1 = __webpack_require__(8302);
/**
 * An attempt interrupted during its review (audit packet, audits, triage) has everything
 * the review needs on disk: a verified checkpoint, its verification report, the agent's
 * report and the item context. Resume then redoes only the review of that cycle, inside the
 * same attempt. Anything missing or changed, and any earlier stage, gets a fresh attempt.
 */
async function continueInterruptedReview(base, itemId) {
    const { session } = base;
    const interruptedAt = session.state.current_state;
    if (!(0, lifecycle_js_1.isReviewing)(interruptedAt) || session.state.current_item_id !== itemId)
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
    const worktree = (0, node_path_1.join)(root, item.worktree_path);
    const head = await base.git.headSha(worktree).catch(() => undefined);
    if (head !== item.checkpoint_ref)
        return undefined;
    if ((await base.git.authorityViolations(worktree, item.checkpoint_ref)).length > 0)
        return undefined;
    const reportSchema = stage === 'execute' ? reports_js_1.ExecutionReportSchema : reports_js_1.FixReportSchema;
    const [context, verification, report] = await Promise.all([
        readValid((0, node_path_1.join)(root, paths.item_context_path), item_context_js_1.ItemContextSchema),
        readValid((0, node_path_1.join)(root, paths.verification_report_path), reports_js_1.VerificationReportSchema),
        readValid((0, node_path_1.join)(root, reportPath), reportSchema)
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
    if (report.stage !== stage || (0, report_identity_js_1.reportIdentityProblem)(call, report) !== null)
        return undefined;
    const attempt = {
        ...base,
        item: planItem,
        attempt: item.attempt_number,
        paths: (0, layout_js_1.attemptLayout)(session.layout, itemId, item.attempt_number)
    };
    // The interpreter starts at the saved cycle's verification, with what it verified at hand.
    const workspace = {
        evidenceDir: undefined,
        cycleTag,
        report,
        verification,
        itemContext: context,
        checkpoint: item.checkpoint_ref
    };
    const redo = { kind: 'redo_review', cycleTag, checkpoint: item.checkpoint_ref };
    const rewound = await (0, effect_handlers_js_1.moveAttempt)(attempt, workspace, redo);
    try {
        return await (0, effect_handlers_js_1.driveAttempt)(attempt, workspace, { entry: rewound.entry, cause: redo });
    }
    catch (error) {
        await (0, item_attempt_js_1.escalateInternalFailure)(attempt, error);
        throw error;
    }
}
async function readValid(path, schema) {
    try {
        const parsed = schema.safeParse(JSON.parse(await (0, promises_1.readFile)(path, 'utf8')));
        return parsed.success ? parsed.data : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 920:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkInterruptedStage = checkInterruptedStage;
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const layout_js_1 = __webpack_require__(8951);
const lifecycle_js_1 = __webpack_require__(5413);
const integrity_incident_js_1 = __webpack_require__(6214);
const errors_js_1 = __webpack_require__(3916);
const integrity_guard_js_1 = __webpack_require__(6722);
const terminals_js_1 = __webpack_require__(6916);
/**
 * `resume` after a process died during an agent or verification stage (a crash, a lost
 * runner, or an agent that killed the kernel to skip its check): the stage's integrity check
 * is done now, from the reading kept before the stage. Anything changed outside the attempt
 * escalates the interrupted item with the incident, exactly as if the check had run in time.
 */
async function checkInterruptedStage(base) {
    const { session } = base;
    const path = (0, integrity_guard_js_1.stageRecordPath)(base);
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
        (0, lifecycle_js_1.isInFlight)(state.current_state);
    if (!stillInterrupted) {
        // Left by a stage whose item has moved on since: nothing is waiting for this check.
        await (0, promises_1.rm)(path, { force: true });
        return undefined;
    }
    const context = {
        ...base,
        item: planItem,
        attempt: record.attempt_number,
        paths: (0, layout_js_1.attemptLayout)(session.layout, record.item_id, record.attempt_number)
    };
    const summary = await base.integrity.settleInterrupted(context, record);
    if (summary === undefined)
        return undefined;
    return { itemId: record.item_id, terminal: await (0, terminals_js_1.finishEscalated)(context, summary, []) };
}
async function readRecord(path, repoRoot) {
    let text;
    try {
        text = await (0, promises_1.readFile)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
    try {
        return integrity_incident_js_1.IntegrityStageSchema.parse(JSON.parse(text));
    }
    catch (error) {
        // The orchestrator writes it whole (atomic rename): a record that does not read was
        // written by someone else, and the interrupted stage cannot be checked against it.
        throw new errors_js_1.UserInputError(`${(0, node_path_1.relative)(repoRoot, path)} is not a record the orchestrator wrote (${(0, errors_js_1.describeError)(error).split('\n')[0] ?? ''}); the interrupted stage cannot be checked. Inspect the checkout, its .git directory and the run store, remove the file, then resume`);
    }
}


/***/ }),

/***/ 3573:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.applyBudgetsOnResume = applyBudgetsOnResume;
const node_crypto_1 = __webpack_require__(7598);
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const resume_budgets_js_1 = __webpack_require__(1808);
const runtime_policy_js_1 = __webpack_require__(1181);
const layout_js_1 = __webpack_require__(8951);
const run_state_js_1 = __webpack_require__(2221);
const format_js_1 = __webpack_require__(3464);
const errors_js_1 = __webpack_require__(3916);
const create_run_js_1 = __webpack_require__(6025);
const agent_budget_js_1 = __webpack_require__(1712);
/**
 * `resume` may change a run's budget limits, and only those (docs/configuration.md): the new
 * values and their sources go into the run state and runtime_policy.json, and the change is
 * an event of the run, so the record says which limit an item ran under and who set it.
 */
async function applyBudgetsOnResume(session, input) {
    const state = session.state;
    const repoRoot = session.layout.repoRoot;
    const recordedSources = {
        ...Object.fromEntries(runtime_policy_js_1.OPTION_NAMES.map((name) => [name, 'default'])),
        ...(state.runtime_policy_sources ?? {})
    };
    const resolved = (0, resume_budgets_js_1.resolveBudgetsOnResume)({ options: state.options, sources: recordedSources }, {
        repoConfig: await (0, create_run_js_1.readJsonIfPresent)((0, node_path_1.join)(repoRoot, 'plan_orchestrator.json')),
        env: input.env,
        cli: input.cli
    });
    const problems = resolved.ok ? [...(input.check?.(resolved.options) ?? [])] : resolved.errors;
    if (problems.length > 0)
        throw new errors_js_1.UserInputError(problems.map((problem) => `error: ${problem}`).join('\n'));
    if (!resolved.ok || resolved.changes.length === 0)
        return [];
    const policyPath = (0, node_path_1.resolve)(repoRoot, state.runtime_policy_path ?? (0, layout_js_1.repoRelative)(repoRoot, session.layout.runtimePolicyPath));
    const previous = await readSnapshot(policyPath);
    const snapshot = {
        schema_version: 'plan_orchestrator.runtime_policy.v1',
        resolved_at_utc: previous?.resolved_at_utc ?? state.created_at_utc,
        repo_control_plane_path: Object.values(resolved.sources).includes('repo_config')
            ? 'plan_orchestrator.json'
            : (previous?.repo_control_plane_path ?? null),
        overlay_control_plane_path: previous?.overlay_control_plane_path ?? null,
        sources: Object.fromEntries(runtime_policy_js_1.OPTION_NAMES.map((name) => [name, resolved.sources[name] ?? 'default'])),
        options: Object.fromEntries(runtime_policy_js_1.OPTION_NAMES.map((name) => [name, resolved.options[name]]))
    };
    const text = `${JSON.stringify(snapshot, null, 2)}\n`;
    const next = {
        ...state,
        options: resolved.options,
        runtime_policy_path: state.runtime_policy_path ?? (0, layout_js_1.repoRelative)(repoRoot, policyPath),
        runtime_policy_sources: snapshot.sources,
        runtime_policy_sha256: (0, node_crypto_1.createHash)('sha256').update(text).digest('hex')
    };
    // The state first: runtime_policy.json is rebuilt from it (doctor) if the write is lost.
    await session.replace(next);
    await session.files.writeText(policyPath, text);
    // usage.json names the limits too: it says the new ones before the next call rewrites it.
    await (0, agent_budget_js_1.writeUsageFile)(session);
    await session.note(null, 'human', `budget changed on resume: ${resolved.changes.map(describeChange).join('; ')}`);
    return resolved.changes;
}
async function readSnapshot(path) {
    const text = await (0, promises_1.readFile)(path, 'utf8').catch(() => undefined);
    if (text === undefined)
        return undefined;
    try {
        const parsed = run_state_js_1.RuntimePolicySnapshotSchema.safeParse(JSON.parse(text));
        return parsed.success ? parsed.data : undefined;
    }
    catch {
        return undefined;
    }
}
function describeChange(change) {
    const show = (value) => value === null
        ? 'none'
        : change.name === 'max_tokens_per_item'
            ? (0, format_js_1.formatCount)(value)
            : (0, format_js_1.formatUsd)(value);
    return `${change.name} ${show(change.from)} (${change.fromSource}) \u2192 ${show(change.to)} (${change.toSource})`;
}


/***/ }),

/***/ 8694:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resumeRun = resumeRun;
exports.resumeRefusal = resumeRefusal;
const item_focus_js_1 = __webpack_require__(6955);
const continue_review_js_1 = __webpack_require__(8373);
const lifecycle_js_1 = __webpack_require__(5413);
const errors_js_1 = __webpack_require__(3916);
const queue_js_1 = __webpack_require__(8858);
const evidence_intake_js_1 = __webpack_require__(7769);
const run_branch_js_1 = __webpack_require__(2709);
const interrupted_stage_js_1 = __webpack_require__(920);
const provenance_js_1 = __webpack_require__(358);
async function resumeRun(input) {
    const { session } = input.base;
    // A stage cut short is checked first (its check puts back a run branch its agent moved).
    const breached = await (0, interrupted_stage_js_1.checkInterruptedStage)(input.base);
    if (breached !== undefined)
        return { itemId: breached.itemId, last: breached.terminal };
    await input.recordChoices?.();
    // Before anything is written: a run branch someone else moved is refused, and a pass that
    // was recorded but not saved before an interruption is completed, not redone.
    const verdict = await (0, run_branch_js_1.checkRunBranch)(input.base.git, session.layout.repoRoot, session.state);
    const settled = await (0, run_branch_js_1.settlePendingPass)(input.base, verdict);
    if (settled !== undefined)
        return continueAfter(input, settled, 'passed');
    const state = session.state;
    const refusal = resumeRefusal(state, input.evidenceDir !== undefined);
    if (refusal !== undefined)
        throw new errors_js_1.UserInputError(refusal);
    // A pass saved just before an interruption may lack its provenance statement (after the
    // refusals: a refused resume writes nothing).
    await (0, provenance_js_1.completeStatements)(session.layout, session.state, {
        files: session.files,
        git: input.base.git
    });
    const target = resumeTarget(state);
    if (target === undefined)
        return { itemId: null, last: 'passed' };
    const item = session.item(target);
    const evidence = input.evidenceDir === undefined
        ? undefined
        : await (0, evidence_intake_js_1.receiveEvidence)(input.base, target, input.evidenceDir);
    const interrupted = item.terminal_state === 'none' && (0, lifecycle_js_1.isInFlight)(state.current_state);
    if (interrupted && evidence === undefined) {
        const continued = await (0, continue_review_js_1.continueInterruptedReview)(input.base, target);
        if (continued !== undefined)
            return continueAfter(input, target, continued);
    }
    const stopped = item.terminal_state !== 'none'
        ? item.terminal_state
        : interrupted
            ? `an interrupted ${state.current_state}`
            : undefined;
    if (stopped !== undefined) {
        await session.advance(target, { kind: 'restart', stopped }, { planItem: input.base.plan.items.find((planned) => planned.item_id === target) });
    }
    const options = {
        continueAfterQueue: input.autoAdvance,
        maxItems: input.autoAdvance ? session.state.options.max_items : 1,
        ...(evidence === undefined ? {} : { evidenceDir: evidence })
    };
    return { itemId: target, last: await (0, queue_js_1.processQueue)(input.base, [target], options) };
}
/**
 * Why `resume` cannot continue this run as asked, or undefined. Checked before anything is
 * written (and again under the run lock, where the state may have moved on).
 */
function resumeRefusal(state, evidenceGiven) {
    const approval = (0, run_branch_js_1.interruptedApproval)(state);
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
    const next = terminal === 'passed' && input.autoAdvance ? (0, queue_js_1.nextCandidate)(session.state) : undefined;
    if (next === undefined)
        return { itemId, last: terminal };
    const maxItems = session.state.options.max_items;
    const more = await (0, queue_js_1.processQueue)(input.base, [next], {
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
    if (current !== undefined && current.terminal_state === 'none' && (0, lifecycle_js_1.isInFlight)(state.current_state))
        return current.item_id;
    return (0, item_focus_js_1.nextItem)(state)?.item_id;
}


/***/ })

};

//# sourceMappingURL=763.index.js.map