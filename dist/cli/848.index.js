export const id = 848;
export const ids = [848,981];
export const modules = {

/***/ 5605:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runStateReader = void 0;
const run_lock_js_1 = __webpack_require__(2685);
const run_store_js_1 = __webpack_require__(6525);
/** The run store as `status` reads it (RunStateReader): no more than the state and the lock. */
exports.runStateReader = {
    loadRunState: run_store_js_1.loadRunState,
    isRunLocked: run_lock_js_1.isRunLocked,
    belongsHere: run_store_js_1.belongsHere,
    stateBelongsHere: run_store_js_1.stateBelongsHere
};


/***/ }),

/***/ 9848:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.superviseRun = superviseRun;
exports.superviseResume = superviseResume;
exports.superviseStatus = superviseStatus;
const node_crypto_1 = __webpack_require__(7598);
const node_path_1 = __webpack_require__(6760);
const layout_js_1 = __webpack_require__(8951);
const run_store_js_1 = __webpack_require__(6525);
const run_state_reader_js_1 = __webpack_require__(5605);
const process_group_js_1 = __webpack_require__(2247);
const claims_js_1 = __webpack_require__(6126);
const errors_js_1 = __webpack_require__(3916);
const composition_root_js_1 = __webpack_require__(3802);
const agents_js_1 = __webpack_require__(998);
const resume_run_js_1 = __webpack_require__(3763);
const kernel_process_js_1 = __webpack_require__(7874);
const status_js_1 = __webpack_require__(6169);
const supervise_js_1 = __webpack_require__(3156);
const json_output_js_1 = __webpack_require__(8094);
const load_plan_js_1 = __webpack_require__(9506);
const repo_root_js_1 = __webpack_require__(6981);
const run_selection_js_1 = __webpack_require__(7936);
const work_options_js_1 = __webpack_require__(1062);
/** What `supervise run|resume|status` do; their flags are in ../commands/supervise.ts. */
async function superviseRun(io, setExitCode, options) {
    const { maxItems } = (0, run_selection_js_1.checkRunSelection)(options);
    // The kernel's own checks, before the supervisor writes anything: a refused run is one
    // clear error here, not a supervised kernel that failed to start.
    const work = (0, work_options_js_1.readWorkOptions)(io, options);
    await (0, composition_root_js_1.checkNewRunInput)({
        cwd: io.cwd,
        env: io.env,
        playbookPath: (0, load_plan_js_1.playbookPath)(options.playbook, io),
        ...(0, run_selection_js_1.runSelection)(options, maxItems, work.agentUser),
        agents: (0, agents_js_1.newRunAgentChoice)(work.agents)
    });
    const absolute = (path) => (0, node_path_1.resolve)(io.cwd, path);
    const runArgs = [
        '--playbook',
        absolute((0, load_plan_js_1.playbookPath)(options.playbook, io)),
        ...(options.item !== undefined ? ['--item', options.item] : []),
        ...(options.items !== undefined ? ['--items', options.items] : []),
        ...(options.next === true ? ['--next'] : []),
        ...(options.maxItems !== undefined ? ['--max-items', options.maxItems] : []),
        ...(options.autoAdvance === true ? ['--auto-advance'] : []),
        ...(options.config !== undefined ? ['--config', absolute(options.config)] : []),
        ...(options.externalEvidenceDir !== undefined
            ? ['--external-evidence-dir', absolute(options.externalEvidenceDir)]
            : [])
    ];
    const repoRoot = await (0, repo_root_js_1.resolveRepoRoot)(io.cwd);
    const runId = (0, layout_js_1.formatRunId)(new Date(), (0, node_crypto_1.randomBytes)(4).toString('hex'));
    await superviseAndReport(io, setExitCode, options, {
        run: (0, layout_js_1.runLayout)(repoRoot, runId),
        mode: 'run',
        runArgs,
        autoAdvance: options.autoAdvance === true
    });
}
async function superviseResume(io, setExitCode, options) {
    // Everything `resume` would refuse (but a gate or a blocked item, which it waits at) is
    // refused here, before the supervisor writes anything. The agents not named are the run's.
    const work = (0, work_options_js_1.readWorkOptions)(io, options);
    const { layout, evidenceDir: explicit } = await (0, resume_run_js_1.checkSupervisedResume)({
        cwd: io.cwd,
        env: io.env,
        runId: options.runId,
        agents: work.agents,
        ...(work.agentUser === undefined ? {} : { agentUser: work.agentUser }),
        ...(options.externalEvidenceDir === undefined
            ? {}
            : { evidenceDir: options.externalEvidenceDir })
    });
    await superviseAndReport(io, setExitCode, options, {
        run: layout,
        mode: 'resume',
        autoAdvance: options.autoAdvance === true,
        ...(explicit === undefined ? {} : { explicitEvidenceDir: explicit })
    });
}
async function superviseStatus(io, setExitCode, options) {
    const repoRoot = await (0, repo_root_js_1.resolveRepoRoot)(io.cwd);
    await (0, run_store_js_1.findRun)(repoRoot, options.runId);
    const report = await (0, status_js_1.readSupervisionStatus)(repoRoot, options.runId, run_state_reader_js_1.runStateReader, {
        isAlive: process_group_js_1.isProcessAlive
    });
    io.stdout(options.format === 'json' ? (0, json_output_js_1.toJsonText)(report) : (0, status_js_1.renderSupervisionStatus)(report));
    if (options.exitCode === true)
        setExitCode(report.supervision_status.exit_code);
}
async function superviseAndReport(io, setExitCode, flags, mode) {
    const policy = freshnessFrom(flags);
    const maxAutoResumes = wholeNumber(flags.maxAutoResumeAttempts, '--max-auto-resume-attempts');
    const maxWaitSeconds = flags.maxWaitSeconds === undefined
        ? undefined
        : wholeNumber(flags.maxWaitSeconds, '--max-wait-seconds');
    (0, work_options_js_1.readWorkOptions)(io, flags);
    (0, work_options_js_1.readBudgetFlags)(flags);
    // Only what was given: every kernel this supervisor starts works with the run's own agents
    // unless the command named others.
    const workArgs = [
        ...(0, work_options_js_1.agentArgs)(flags, (path) => (0, node_path_1.resolve)(io.cwd, path)),
        ...(0, work_options_js_1.agentUserArgs)(flags),
        ...(0, work_options_js_1.budgetArgs)(flags),
        ...(flags.json === true ? ['--json'] : []),
        ...(flags.quiet === true ? ['--quiet'] : [])
    ];
    const say = (line) => {
        if (flags.quiet === true)
            return;
        io.stderr(flags.json === true ? `${JSON.stringify({ supervisor: line })}\n` : `${line}\n`);
    };
    const controller = new AbortController();
    const onSignal = (signal) => {
        if (!controller.signal.aborted) {
            say(`supervisor: ${signal} received; stopping the kernel and saving`);
            controller.abort(signal);
        }
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    try {
        const result = await (0, supervise_js_1.supervise)({
            ...mode,
            workArgs,
            ...(flags.evidenceInboxDir === undefined
                ? {}
                : { evidenceInboxDir: (0, node_path_1.resolve)(io.cwd, flags.evidenceInboxDir) }),
            policy,
            maxAutoResumes,
            ...(maxWaitSeconds === undefined ? {} : { maxWaitSeconds }),
            kernel: (0, kernel_process_js_1.thisCli)(),
            env: io.env,
            log: say,
            kernelLog: (line) => {
                if (flags.quiet !== true)
                    io.stderr(`${line}\n`);
            },
            abort: controller.signal
        });
        const status = result.outcome === 'kernel_failed'
            ? null
            : await (0, status_js_1.readSupervisionStatus)(mode.run.repoRoot, result.runId, run_state_reader_js_1.runStateReader, {
                isAlive: process_group_js_1.isProcessAlive
            });
        io.stdout((0, json_output_js_1.toJsonText)({
            run_id: result.runId,
            supervisor_session_id: result.sessionId,
            outcome: result.outcome,
            exit_code: result.exitCode,
            reason: result.reason,
            supervision_root: result.supervisionRoot,
            latest_heartbeat_path: result.latestHeartbeatPath,
            latest_intervention_path: result.latestInterventionPath,
            status
        }));
        setExitCode(result.exitCode);
    }
    finally {
        process.removeListener('SIGINT', onSignal);
        process.removeListener('SIGTERM', onSignal);
    }
}
function freshnessFrom(flags) {
    const pick = (name, ...values) => {
        const given = values.find((value) => value !== undefined);
        return given === undefined ? undefined : wholeNumber(given, name);
    };
    const policy = {
        live_probe_interval_sec: pick('--live-probe-interval-sec', flags.liveProbeIntervalSec, flags.heartbeatIntervalSec) ??
            claims_js_1.DEFAULT_FRESHNESS.live_probe_interval_sec,
        probe_ack_deadline_sec: pick('--probe-ack-deadline-sec', flags.probeAckDeadlineSec) ??
            claims_js_1.DEFAULT_FRESHNESS.probe_ack_deadline_sec,
        live_stale_timeout_sec: pick('--live-stale-timeout-sec', flags.liveStaleTimeoutSec, flags.staleAfterSec) ??
            claims_js_1.DEFAULT_FRESHNESS.live_stale_timeout_sec,
        waiting_poll_interval_sec: pick('--waiting-poll-interval-sec', flags.waitingPollIntervalSec) ??
            claims_js_1.DEFAULT_FRESHNESS.waiting_poll_interval_sec,
        waiting_stale_timeout_sec: pick('--waiting-stale-timeout-sec', flags.waitingStaleTimeoutSec) ??
            claims_js_1.DEFAULT_FRESHNESS.waiting_stale_timeout_sec
    };
    const problems = (0, claims_js_1.freshnessProblems)(policy);
    if (problems.length > 0)
        throw new errors_js_1.UsageError(`freshness policy: ${problems.join('; ')}`);
    return policy;
}
function wholeNumber(text, flag) {
    if (!/^\d+$/.test(text))
        throw new errors_js_1.UsageError(`${flag} must be a whole number, not ${text}`);
    return Number(text);
}


/***/ }),

/***/ 9506:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PLAYBOOK_ENV = void 0;
exports.playbookPath = playbookPath;
exports.loadPlan = loadPlan;
exports.loadPlanItems = loadPlanItems;
const playbook_file_js_1 = __webpack_require__(4668);
const issues_js_1 = __webpack_require__(9739);
const normalize_js_1 = __webpack_require__(3180);
const text_js_1 = __webpack_require__(9508);
const errors_js_1 = __webpack_require__(3916);
const playbook_flag_js_1 = __webpack_require__(2126);
Object.defineProperty(exports, "PLAYBOOK_ENV", ({ enumerable: true, get: function () { return playbook_flag_js_1.PLAYBOOK_ENV; } }));
/** `--playbook`, or the environment default when the flag is absent. */
function playbookPath(flag, io) {
    const fromEnv = (0, text_js_1.strip)(io.env[playbook_flag_js_1.PLAYBOOK_ENV] ?? '');
    const path = flag ?? (fromEnv === '' ? undefined : fromEnv);
    if (path === undefined)
        throw new errors_js_1.UsageError(`required option '--playbook <file>' not specified (or set ${playbook_flag_js_1.PLAYBOOK_ENV})`);
    return path;
}
/**
 * Reads and normalizes a playbook; prints warnings; turns an invalid playbook into one
 * error carrying every problem, each on its own line with file, line and column.
 */
async function loadPlan(path, io) {
    return planOf(path, (0, normalize_js_1.normalizePlaybook)(await (0, playbook_file_js_1.readPlaybookSource)(path, new Date(), io.cwd)), io);
}
/**
 * The items of a playbook, read and checked as loadPlan reads them, for commands that show
 * items and nothing of the plan around them. The file is not hashed: the hash is recorded
 * only in the plan around the items, and taking it loads node:crypto, a noticeable part of
 * such a command's start (docs/performance.md, CLI start-up).
 */
async function loadPlanItems(path, io) {
    const file = await (0, playbook_file_js_1.readPlaybookFile)(path, io.cwd);
    const result = (0, normalize_js_1.normalizePlaybook)({ ...file, sha256: '', generatedAt: new Date() });
    return planOf(path, result, io).items;
}
function planOf(path, result, io) {
    for (const warning of result.warnings)
        io.stderr(`warning: ${(0, issues_js_1.formatIssue)(path, warning)}\n`);
    if (result.ok)
        return result.plan;
    const count = result.issues.length === 1 ? '1 problem' : `${result.issues.length} problems`;
    const lines = result.issues.map((issue) => `error: ${(0, issues_js_1.formatIssue)(path, issue)}`);
    throw new errors_js_1.UserInputError(`${lines.join('\n')}\n${path}: invalid playbook (${count})`);
}


/***/ }),

/***/ 6981:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveRepoRoot = resolveRepoRoot;
const node_child_process_1 = __webpack_require__(1421);
const node_util_1 = __webpack_require__(7975);
const errors_js_1 = __webpack_require__(3916);
/**
 * The repository the command works on: the git work tree around the current directory.
 * One plain `git rev-parse`, so that commands which only read a run (`status`) never load
 * the git adapter.
 */
async function resolveRepoRoot(cwd) {
    try {
        // eslint-disable-next-line no-restricted-syntax -- see above: the adapter is not loaded here
        const { stdout } = await (0, node_util_1.promisify)(node_child_process_1.execFile)('git', ['rev-parse', '--show-toplevel'], {
            cwd,
            encoding: 'utf8'
        });
        return stdout.trim();
    }
    catch {
        throw new errors_js_1.UserInputError(`${cwd} is not inside a git repository`);
    }
}


/***/ }),

/***/ 1062:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readBudgetFlags = readBudgetFlags;
exports.withBudgetFlags = withBudgetFlags;
exports.budgetArgs = budgetArgs;
exports.readWorkOptions = readWorkOptions;
exports.agentArgs = agentArgs;
exports.agentUserArgs = agentUserArgs;
const runtime_policy_js_1 = __webpack_require__(1181);
const budget_js_1 = __webpack_require__(5898);
const errors_js_1 = __webpack_require__(3916);
const progress_js_1 = __webpack_require__(9851);
const BUDGET_FLAG_KEYS = {
    max_cost_usd_per_item: 'maxCostUsdPerItem',
    max_cost_usd_per_run: 'maxCostUsdPerRun',
    max_tokens_per_item: 'maxTokensPerItem'
};
/** The budget flags given, as runtime-policy values (null: `none`); a bad value is refused. */
function readBudgetFlags(options) {
    const limits = {};
    for (const name of runtime_policy_js_1.BUDGET_OPTIONS) {
        const given = options[BUDGET_FLAG_KEYS[name]];
        if (given === undefined)
            continue;
        const value = (0, runtime_policy_js_1.parseBudgetLimit)(name, given);
        if (typeof value === 'string')
            throw new errors_js_1.UsageError(`${budget_js_1.BUDGET_FLAGS[name]} ${given}: ${value}`);
        limits[name] = value;
    }
    return limits;
}
/** A run's policy from the command line with the budget flags added to it. */
function withBudgetFlags(selection, options) {
    return { ...selection, cli: { ...selection.cli, ...readBudgetFlags(options) } };
}
/** The budget flags as given, to pass on to a kernel started by a supervisor. */
function budgetArgs(options) {
    return runtime_policy_js_1.BUDGET_OPTIONS.flatMap((name) => {
        const given = options[BUDGET_FLAG_KEYS[name]];
        return given === undefined ? [] : [budget_js_1.BUDGET_FLAGS[name], given];
    });
}
function readWorkOptions(io, options) {
    if (options.agents === 'codex-claude' && options.scenario !== undefined)
        throw new errors_js_1.UsageError('--scenario is played by the scripted agent: give it with --agents scripted');
    return {
        agents: {
            ...(options.agents === undefined ? {} : { set: options.agents }),
            ...(options.scenario === undefined ? {} : { scenarioPath: options.scenario })
        },
        progress: (0, progress_js_1.progressSink)(io, options.quiet === true ? 'quiet' : options.json === true ? 'json' : 'text'),
        agentUser: options.agentUser === false ? null : options.agentUser,
        warn: (line) => io.stderr(`warning: ${line}\n`)
    };
}
/** --agents and --scenario again, as given, for a kernel a supervisor starts. */
function agentArgs(options, absolute) {
    return [
        ...(options.agents === undefined ? [] : ['--agents', options.agents]),
        ...(options.scenario === undefined ? [] : ['--scenario', absolute(options.scenario)])
    ];
}
/** The agent user flags again, for a kernel a supervisor starts. */
function agentUserArgs(options) {
    if (options.agentUser === false)
        return ['--no-agent-user'];
    return options.agentUser === undefined ? [] : ['--agent-user', options.agentUser];
}


/***/ }),

/***/ 1759:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readRunStatus = readRunStatus;
exports.readRunStatusHere = readRunStatusHere;
const layout_js_1 = __webpack_require__(8951);
const status_summary_js_1 = __webpack_require__(957);
/** What `status` reports for one run: its saved state, read without the lock. */
async function readRunStatus(repoRoot, runId, store) {
    try {
        const layout = (0, layout_js_1.runLayout)(repoRoot, runId);
        const state = await store.loadRunState(layout);
        return (0, status_summary_js_1.summarizeRun)(state, { writerAlive: await store.isRunLocked(layout) });
    }
    catch (error) {
        return (0, status_summary_js_1.brokenRunSummary)(runId, error.message);
    }
}
const NOT_THIS_REPOSITORY = 'not a run of this repository: its run state names another one';
/**
 * What `status` reports for a run of this checkout, its state read once: a run whose state
 * names another repository (a copied `.local/`, a restored backup) is reported as not this
 * one's, whether or not the rest of its state is valid.
 */
async function readRunStatusHere(repoRoot, runId, store) {
    const layout = (0, layout_js_1.runLayout)(repoRoot, runId);
    let state;
    try {
        state = await store.loadRunState(layout);
    }
    catch (error) {
        if (!(await store.belongsHere(layout)))
            return (0, status_summary_js_1.brokenRunSummary)(runId, NOT_THIS_REPOSITORY);
        return (0, status_summary_js_1.brokenRunSummary)(runId, error.message);
    }
    if (!(await store.stateBelongsHere(layout, state)))
        return (0, status_summary_js_1.brokenRunSummary)(runId, NOT_THIS_REPOSITORY);
    try {
        return (0, status_summary_js_1.summarizeRun)(state, { writerAlive: await store.isRunLocked(layout) });
    }
    catch (error) {
        return (0, status_summary_js_1.brokenRunSummary)(runId, error.message);
    }
}


/***/ }),

/***/ 6169:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readSupervisionStatus = readSupervisionStatus;
exports.renderSupervisionStatus = renderSupervisionStatus;
const node_os_1 = __webpack_require__(8161);
const layout_js_1 = __webpack_require__(8951);
const supervision_js_1 = __webpack_require__(6079);
const claims_js_1 = __webpack_require__(6126);
const run_status_js_1 = __webpack_require__(1759);
const artifacts_js_1 = __webpack_require__(8972);
const ledger_js_1 = __webpack_require__(5158);
async function readSupervisionStatus(repoRoot, runId, store, processes, now = new Date()) {
    const run = (0, layout_js_1.runLayout)(repoRoot, runId);
    const layout = (0, artifacts_js_1.supervisionLayout)(run);
    const relative = (path) => (0, layout_js_1.repoRelative)(repoRoot, path);
    const kernelStatus = await (0, run_status_js_1.readRunStatus)(repoRoot, runId, store);
    const registration = await (0, artifacts_js_1.readArtifact)(supervision_js_1.BridgeRegistrationSchema, layout.registrationPath);
    const liveRegistration = registration.kind === 'ok' &&
        processRuns(processes, registration.value.bridge_pid, registration.value.bridge_host)
        ? registration.value
        : undefined;
    const heartbeatPath = (await (0, artifacts_js_1.ledgerFiles)(layout.heartbeatsDir)).at(-1);
    const heartbeat = heartbeatPath === undefined ? undefined : await (0, artifacts_js_1.readArtifact)(supervision_js_1.HeartbeatSchema, heartbeatPath);
    const newest = heartbeat === undefined ? undefined : (0, artifacts_js_1.loadedValue)(heartbeat);
    const interventionPath = (await (0, artifacts_js_1.ledgerFiles)(layout.interventionsDir)).at(-1);
    const intervention = interventionPath === undefined
        ? undefined
        : (0, artifacts_js_1.loadedValue)(await (0, artifacts_js_1.readArtifact)(supervision_js_1.InterventionSchema, interventionPath));
    const owner = (0, artifacts_js_1.loadedValue)(await (0, artifacts_js_1.readArtifact)(supervision_js_1.ControlLockOwnerSchema, layout.controlOwnerPath));
    let derived = (0, claims_js_1.deriveClaim)({
        ...(newest === undefined
            ? {}
            : {
                newest: {
                    claim: newest.claim_class,
                    observedAt: new Date(newest.observed_at_utc),
                    policy: newest.freshness_policy
                }
            }),
        registrationPresent: liveRegistration !== undefined,
        loadErrors: heartbeat?.kind === 'invalid' || registration.kind === 'invalid',
        now
    });
    if (derived.claim === 'terminal_observed' && newest !== undefined) {
        const current = await (0, ledger_js_1.observeRunState)(run);
        if (current.snapshot.run_state_sha256 !== newest.kernel_snapshot.run_state_sha256) {
            derived = {
                claim: 'snapshot_only',
                reason: 'The run changed after the supervisor observed its stop; only the saved run state can be reported.'
            };
        }
    }
    let activeStage = newest?.active_stage ?? null;
    if (liveRegistration !== undefined) {
        const live = await (0, artifacts_js_1.readArtifact)(supervision_js_1.ActiveStageSchema, layout.activeStagePath);
        if (live.kind === 'ok') {
            const { stage_name, item_id, attempt_number, child_tool, child_pid, child_command } = live.value;
            activeStage = {
                stage_name,
                item_id,
                attempt_number,
                child_tool,
                child_pid,
                child_command,
                started_at_utc: live.value.started_at_utc,
                active_stage_path: relative(layout.activeStagePath),
                active_stage_sha256: live.sha256
            };
        }
    }
    return {
        run_id: runId,
        kernel_status: kernelStatus,
        supervision_status: {
            claim_class: derived.claim,
            last_heartbeat_claim_class: newest?.claim_class ?? null,
            exit_code: claims_js_1.CLAIM_EXIT_CODES[derived.claim],
            reason: derived.reason,
            supervisor_session_id: liveRegistration?.supervisor_session_id ?? newest?.supervisor_session_id ?? null,
            supervisor_running: owner !== undefined && processRuns(processes, owner.owner_pid, owner.owner_host),
            kernel_invocation_id: liveRegistration?.kernel_invocation_id ?? newest?.kernel_invocation_id ?? null,
            bridge_registration_path: registration.kind === 'missing' ? null : relative(layout.registrationPath),
            latest_heartbeat_path: heartbeatPath === undefined ? null : relative(heartbeatPath),
            latest_heartbeat_observed_at_utc: newest?.observed_at_utc ?? null,
            latest_intervention_path: interventionPath === undefined ? null : relative(interventionPath),
            latest_intervention: intervention ?? null,
            active_stage: activeStage,
            freshness_policy: newest?.freshness_policy ?? null,
            last_rejection_reason: newest?.rejection_reason ?? null
        }
    };
}
/** A process we can vouch for: on this host and running. Another host's cannot be checked. */
function processRuns(processes, pid, host) {
    return host !== (0, node_os_1.hostname)() || processes.isAlive(pid);
}
function renderSupervisionStatus(report) {
    const s = report.supervision_status;
    const k = report.kernel_status;
    const lines = [
        `RUN ${report.run_id}`,
        `Supervision: ${s.claim_class} (exit ${s.exit_code})`,
        `Reason: ${s.reason}`,
        `Supervisor: ${s.supervisor_running ? `running (session ${s.supervisor_session_id ?? '?'})` : 'not running'}`,
        `Kernel status: ${k.status_level} (kernel exit ${k.exit_code})`,
        `Kernel state: ${k.current_state ?? 'unknown'}`,
        `Current item: ${k.current_item_id ?? 'none'}`
    ];
    if (k.pending_action !== null)
        lines.push(`Pending action: ${k.pending_action.kind} (${k.pending_action.detail})`);
    if (s.latest_heartbeat_path !== null)
        lines.push(`Latest heartbeat: ${s.latest_heartbeat_path} (${s.latest_heartbeat_observed_at_utc ?? '?'})`);
    if (s.bridge_registration_path !== null)
        lines.push(`Bridge registration: ${s.bridge_registration_path}`);
    if (s.latest_intervention !== null && s.latest_intervention_path !== null)
        lines.push(`Latest intervention: ${s.latest_intervention.action_kind} \u2014 ${s.latest_intervention.reason} (${s.latest_intervention_path})`);
    if (s.active_stage !== null) {
        const a = s.active_stage;
        lines.push(`Active stage: ${a.stage_name} (item=${a.item_id}, attempt=${a.attempt_number}, tool=${a.child_tool}, pid=${a.child_pid}, since ${a.started_at_utc})`);
    }
    if (s.last_rejection_reason !== null)
        lines.push(`Last probe rejection: ${s.last_rejection_reason}`);
    return `${lines.join('\n')}\n`;
}


/***/ })

};

//# sourceMappingURL=848.index.js.map