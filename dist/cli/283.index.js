export const id = 283;
export const ids = [283,541];
export const modules = {

/***/ 943:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readIncidents = readIncidents;
exports.readInterruptedStage = readInterruptedStage;
/**
 * `doctor`'s second look at an integrity incident: is each recorded change back to what it
 * was before the stage? Reads the same way the check did (refs and files from disk, one
 * `git status` at most, and only when a checkout change needs it).
 */
const node_crypto_1 = __webpack_require__(7598);
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const outside_state_js_1 = __webpack_require__(1176);
const integrity_incident_js_1 = __webpack_require__(6214);
const errors_js_1 = __webpack_require__(3916);
const git_metadata_js_1 = __webpack_require__(9833);
const outside_reader_js_1 = __webpack_require__(415);
async function readIncidents(repoRoot, controlDir, relative) {
    const dir = (0, node_path_1.join)(controlDir, integrity_incident_js_1.INTEGRITY_INCIDENT_DIR);
    const names = (0, node_fs_1.existsSync)(dir) ? (0, node_fs_1.readdirSync)(dir).filter((name) => name.endsWith('.json')) : [];
    if (names.length === 0)
        return [];
    const facts = new Facts(repoRoot);
    const files = [];
    for (const name of names.sort()) {
        const path = (0, node_path_1.join)(dir, name);
        let incident;
        try {
            incident = integrity_incident_js_1.IntegrityIncidentSchema.parse(JSON.parse((0, node_fs_1.readFileSync)(path, 'utf8')));
        }
        catch (error) {
            files.push({ path: relative(path), problem: (0, errors_js_1.describeError)(error), resolved: [] });
            continue;
        }
        const resolved = [];
        for (const change of incident.changes)
            resolved.push(await facts.isResolved(change));
        files.push({ path: relative(path), incident, resolved });
    }
    return files;
}
/** What the repository looks like now, read once per doctor run. */
class Facts {
    repoRoot;
    refs;
    checkout;
    constructor(repoRoot) {
        this.repoRoot = repoRoot;
    }
    async isResolved(change) {
        switch (change.resolved_when) {
            case 'restored':
                return true;
            case 'acknowledged':
                return false;
            case 'absent':
                return !pathExists((0, node_path_1.join)(this.repoRoot, change.path));
            case 'file_matches_before':
                return fileHash((0, node_path_1.join)(this.repoRoot, change.path)) === change.before;
            case 'ref_matches_before':
                return ((await this.readRefs())[change.path] ?? null) === change.before;
            case 'checkout_clean':
                return (await this.readCheckout())[change.path] === undefined;
        }
    }
    async readRefs() {
        this.refs ??= await (0, outside_reader_js_1.readRefs)(this.repoRoot, (0, git_metadata_js_1.locateGitDirs)(this.repoRoot).commonDir);
        return this.refs;
    }
    async readCheckout() {
        this.checkout ??= await (0, outside_reader_js_1.readCheckout)(this.repoRoot);
        return this.checkout;
    }
}
function pathExists(path) {
    try {
        (0, node_fs_1.lstatSync)(path);
        return true;
    }
    catch {
        return false;
    }
}
/** Same hash as the check's reading: content, or `symlink:<target>`; null when absent. */
function fileHash(path) {
    try {
        const stats = (0, node_fs_1.lstatSync)(path);
        const data = stats.isSymbolicLink() ? `symlink:${(0, node_fs_1.readlinkSync)(path)}` : (0, node_fs_1.readFileSync)(path);
        return (0, node_crypto_1.createHash)('sha256').update(data).digest('hex');
    }
    catch {
        return null;
    }
}
/** The stage a dead process left unchecked, if any (its record, see integrity-guard.ts). */
async function readInterruptedStage(controlDir) {
    let text;
    try {
        text = (0, node_fs_1.readFileSync)((0, node_path_1.join)(controlDir, outside_state_js_1.STAGE_RECORD), 'utf8');
    }
    catch {
        return undefined;
    }
    try {
        const { item_id, attempt_number, stage } = integrity_incident_js_1.IntegrityStageSchema.parse(JSON.parse(text));
        return { item_id, attempt_number, stage };
    }
    catch (error) {
        return { problem: (0, errors_js_1.describeError)(error).split('\n')[0] ?? 'unreadable' };
    }
}


/***/ }),

/***/ 1616:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.findRunSurvivors = findRunSurvivors;
exports.stopRunSurvivors = stopRunSurvivors;
exports.describeSurvivor = describeSurvivor;
const process_table_js_1 = __webpack_require__(3712);
const stage_cgroup_js_1 = __webpack_require__(855);
const stage_processes_js_1 = __webpack_require__(9322);
const stage_records_js_1 = __webpack_require__(521);
async function runScope(run) {
    // The record is data from disk: only what it can rightly name is trusted to find (and
    // kill) processes, never another directory or another cgroup.
    const records = (await (0, stage_records_js_1.readStageRecords)(run.recordPath)).filter((record) => record.run_id === run.runId &&
        record.stage_id.startsWith(`${run.runId}/`) &&
        (0, stage_processes_js_1.isInside)(record.worktree_path, run.worktreesDir) &&
        record.worktree_path !== run.worktreesDir.replace(/\/$/, '') &&
        (record.cgroup_path === null || (0, stage_cgroup_js_1.isStageCgroupPath)(record.cgroup_path)));
    // Ticks, pids and cgroups mean nothing on another machine or after a reboot.
    const here = (0, process_table_js_1.bootId)();
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
            (0, stage_cgroup_js_1.cgroupMembers)(candidate.cgroup_path).includes(found.pid))
        : records.find((candidate) => found.cwd !== null && (0, stage_processes_js_1.isInside)(found.cwd, candidate.worktree_path));
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
    return (0, stage_processes_js_1.findStageProcesses)(scope).map((found) => attribute(found, records));
}
/**
 * For `resume`, before it starts anything: stops what earlier processes of the run left
 * running, removes their stage cgroups and forgets the stages that are fully stopped.
 */
async function stopRunSurvivors(run, graceMs) {
    const { scope, records } = await runScope(run);
    const before = (0, stage_processes_js_1.findStageProcesses)(scope).map((found) => attribute(found, records));
    const outcome = await (0, stage_processes_js_1.stopStageProcesses)(scope, graceMs);
    const attributed = new Map(before.map((survivor) => [survivor.pid, survivor]));
    const named = (found) => attributed.get(found.pid) ?? attribute(found, records);
    const remaining = outcome.remaining.map(named);
    const leftCgroups = new Set(scope.cgroups.filter((dir) => !(0, stage_cgroup_js_1.tryRemove)(dir)));
    if (records.length > 0) {
        const keep = new Set(records
            .filter((record) => (record.cgroup_path !== null && leftCgroups.has(record.cgroup_path)) ||
            remaining.some((survivor) => survivor.stageId === record.stage_id))
            .map((record) => record.stage_id));
        await (0, stage_records_js_1.updateStageRecords)(run.recordPath, (stages) => stages.filter((stage) => stage.run_id !== run.runId || keep.has(stage.stage_id)));
    }
    return { stopped: outcome.found.map(named), remaining };
}
/** One line per process, for an event, an error or doctor. */
function describeSurvivor(survivor) {
    const owner = survivor.itemId === null
        ? 'stage unknown'
        : `item ${survivor.itemId} attempt ${survivor.attempt ?? '?'} ${survivor.stage ?? ''}`.trim();
    return `pid ${survivor.pid} (${survivor.command || '?'}; ${owner}; found by ${survivor.foundBy})`;
}


/***/ }),

/***/ 283:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runDoctor = runDoctor;
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const index_js_1 = __webpack_require__(143);
const playbook_file_js_1 = __webpack_require__(4668);
const recheck_js_1 = __webpack_require__(943);
const run_lock_js_1 = __webpack_require__(2685);
const run_store_js_1 = __webpack_require__(6525);
const issues_js_1 = __webpack_require__(9739);
const normalize_js_1 = __webpack_require__(3180);
const run_state_damage_js_1 = __webpack_require__(6528);
const source_text_js_1 = __webpack_require__(1560);
const doctor_checks_js_1 = __webpack_require__(1210);
const layout_js_1 = __webpack_require__(8951);
const run_state_ops_js_1 = __webpack_require__(7109);
const run_agents_js_1 = __webpack_require__(3823);
const run_scenario_js_1 = __webpack_require__(9744);
const time_js_1 = __webpack_require__(2334);
const errors_js_1 = __webpack_require__(3916);
const preflight_js_1 = __webpack_require__(1738);
const refresh_run_js_1 = __webpack_require__(1165);
const survivors_js_1 = __webpack_require__(7541);
async function runDoctor(input) {
    const repoRoot = await input.git.repoRoot(input.cwd).catch(() => {
        throw new errors_js_1.UserInputError(`${input.cwd} is not inside a git repository`);
    });
    const layout = input.runId === undefined ? undefined : await (0, run_store_js_1.findRun)(repoRoot, input.runId);
    const loaded = layout === undefined ? undefined : await loadForDoctor(layout);
    const agents = input.agents ?? loaded?.state?.agents?.set ?? 'codex-claude';
    const problems = await (0, preflight_js_1.preflight)({
        repoRoot,
        git: input.git,
        env: input.env,
        requiredExecutables: (0, run_agents_js_1.agentExecutables)(agents)
    });
    const checks = (0, doctor_checks_js_1.preflightChecks)(problems);
    if (input.playbookPath !== undefined)
        checks.push(...(await playbookChecks(repoRoot, (0, node_path_1.resolve)(input.cwd, input.playbookPath))));
    const repairs = [];
    if (layout !== undefined && loaded !== undefined) {
        checks.push(loaded.check);
        if (loaded.state !== undefined) {
            checks.push(await runAgentsCheck(layout, loaded.state));
            let state = loaded.state;
            const locked = await (0, run_lock_js_1.isRunLocked)(layout);
            checks.push((0, doctor_checks_js_1.runActivityCheck)(state, locked));
            const processes = await (0, survivors_js_1.stageProcessesCheck)(layout, locked);
            if (processes !== undefined)
                checks.push(processes);
            let facts = await referenceFacts(layout, state);
            if (input.fixSafe) {
                repairs.push(...(await repairRun(layout, state, facts, input.clock)));
                if (repairs.some((repair) => repair.status === 'applied')) {
                    state = await (0, run_store_js_1.loadRunState)(layout);
                    facts = await referenceFacts(layout, state);
                }
            }
            checks.push((0, doctor_checks_js_1.runReferencesCheck)(state, facts));
            checks.push((0, doctor_checks_js_1.runBranchCheck)(state, await (0, index_js_1.branchSha)(layout.repoRoot, state.run_branch_name)));
            checks.push((0, doctor_checks_js_1.integrityIncidentsCheck)(await (0, recheck_js_1.readIncidents)(layout.repoRoot, layout.controlDir, (path) => (0, layout_js_1.repoRelative)(layout.repoRoot, path)), 
            // While a live process holds the run, the record is just the stage in progress.
            locked ? undefined : await (0, recheck_js_1.readInterruptedStage)(layout.controlDir)));
        }
    }
    const ok = checks.every((check) => check.status !== 'error') &&
        repairs.every((repair) => repair.status !== 'failed');
    return { ok, exit_code: ok ? 0 : 1, repo_root: repoRoot, checks, repairs };
}
async function playbookChecks(repoRoot, absolute) {
    const source = await (0, playbook_file_js_1.readPlaybookSource)(absolute).catch((error) => (0, errors_js_1.describeError)(error));
    if (typeof source === 'string')
        return [{ name: 'playbook_parse', status: 'error', detail: source }];
    const path = (0, layout_js_1.repoRelative)(repoRoot, source.path);
    const decoded = (0, source_text_js_1.decodePlaybook)(source.bytes);
    if (!decoded.ok)
        return [
            { name: 'playbook_parse', status: 'error', path, detail: (0, issues_js_1.formatIssue)(path, decoded.issue) }
        ];
    const parse = { name: 'playbook_parse', status: 'ok', path, sha256: source.sha256 };
    const normalized = (0, normalize_js_1.normalizePlaybook)({ ...source, path });
    const warnings = normalized.warnings.map((warning) => (0, issues_js_1.formatIssue)(path, warning));
    if (!normalized.ok) {
        const issues = normalized.issues.map((issue) => (0, issues_js_1.formatIssue)(path, issue));
        const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
        return [parse, { name: 'playbook_normalize', status: 'error', detail: count, issues }];
    }
    const { adapter_id, items } = normalized.plan;
    const item_count = items.length;
    const normalize = {
        name: 'playbook_normalize',
        status: 'ok',
        adapter_id,
        item_count
    };
    return [parse, warnings.length === 0 ? normalize : { ...normalize, warnings }];
}
/**
 * The agents the run continues with, and for a scripted run whether its own copy of the
 * scenario is still what it recorded (resume refuses otherwise).
 */
async function runAgentsCheck(layout, state) {
    const detail = (0, run_agents_js_1.describeAgents)(state.agents);
    const scenario = state.agents?.scenario ?? null;
    if (scenario === null)
        return { name: 'run_agents', status: 'ok', detail };
    try {
        await (0, run_scenario_js_1.readRunScenario)(layout, scenario);
        return { name: 'run_agents', status: 'ok', detail };
    }
    catch (error) {
        return { name: 'run_agents', status: 'error', detail: `${detail}: ${(0, errors_js_1.describeError)(error)}` };
    }
}
/** run_state.json read the way every command reads it, with the damage named exactly. */
async function loadForDoctor(layout) {
    const path = (0, layout_js_1.repoRelative)(layout.repoRoot, layout.runStatePath);
    const fail = (damage, bytes, why) => ({
        check: {
            name: 'run_state_load',
            status: 'error',
            problem: damage,
            path,
            detail: (0, run_state_damage_js_1.describeRunStateDamage)(damage, bytes, why)
        }
    });
    let text;
    try {
        text = await (0, promises_1.readFile)(layout.runStatePath, 'utf8');
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            return fail('unreadable', 0, (0, errors_js_1.describeError)(error));
        // findRun found the run's directory; the state file in it is what is missing.
        return fail('missing', 0, 'the run directory exists but holds no run state');
    }
    const bytes = Buffer.byteLength(text);
    let state;
    try {
        state = (0, run_store_js_1.parseRunState)(layout.runStatePath, text);
    }
    catch (error) {
        if (!(error instanceof run_store_js_1.RunStateUnreadableError))
            throw error;
        const damage = error.problem === 'not_json' && (0, run_state_damage_js_1.looksTruncated)(text) ? 'truncated' : error.problem;
        // parseRunState says "<path>: run state <what>: <cause>"; keep only the cause.
        const cause = error.message
            .slice(`${layout.runStatePath}: `.length)
            .replace(/^run state [^:]*: /, '');
        return fail(damage, bytes, cause);
    }
    if (state.run_id !== layout.runId)
        return fail('wrong_run', bytes, `it is ${state.run_id}`);
    const { run_id, current_state, current_item_id } = state;
    return {
        state,
        check: {
            name: 'run_state_load',
            status: 'ok',
            detail: `${run_id} at ${current_state}`,
            run_id,
            current_state,
            current_item_id
        }
    };
}
async function referenceFacts(layout, state) {
    const root = layout.repoRoot;
    const at = (path) => (0, node_path_1.resolve)(root, path);
    const planPath = at(state.normalized_plan_path);
    const withinRunRoot = (0, refresh_run_js_1.planPathInRun)(layout, state) !== undefined;
    const planText = await readText(planPath);
    const health = withinRunRoot && planText !== undefined ? (0, doctor_checks_js_1.normalizedPlanHealth)(state, planText) : undefined;
    const items = state.items;
    const worktreeDirs = await (0, promises_1.readdir)(layout.worktreesDir, { withFileTypes: true }).catch(() => []);
    const policyText = state.runtime_policy_path === null ? undefined : await readText(at(state.runtime_policy_path));
    return {
        playbookSourceExists: await exists(at(state.playbook_source_path)),
        normalizedPlan: {
            withinRunRoot,
            exists: planText !== undefined,
            valid: health?.valid ?? null,
            matchesRunState: health?.matchesRunState ?? null,
            ...(health?.error === undefined ? {} : { error: health.error })
        },
        snapshotExists: await exists(layout.playbookSnapshotPath),
        runBranchExists: (await (0, index_js_1.branchSha)(root, state.run_branch_name)) !== undefined,
        missingItemBranches: await keepAsync(items.map((item) => item.branch_name), async (name) => (await (0, index_js_1.branchSha)(root, name)) === undefined),
        missingCheckpointRefs: await keepAsync(items.map((item) => item.checkpoint_ref), async (sha) => (await (0, index_js_1.tryResolveCommit)(root, sha)) === undefined),
        missingWorktrees: await keepAsync(items.map((item) => item.worktree_path), async (path) => !(await exists(at(path)))),
        orphanedWorktrees: (0, doctor_checks_js_1.orphanedWorktrees)(worktreeDirs.filter((entry) => entry.isDirectory()).map((entry) => entry.name), `${layout_js_1.WORKTREE_ROOT}/${state.run_id}`, state),
        missingArtifacts: (await Promise.all(items.flatMap((item) => Object.entries(item.latest_paths).map(async ([key, path]) => path !== null && !(await exists(at(path))) ? [{ item_id: item.item_id, key, path }] : [])))).flat(),
        policy: (0, doctor_checks_js_1.runtimePolicyIntegrity)(state, policyText)
    };
}
/**
 * `--fix-safe`: rebuilds normalized_plan.json from the playbook snapshot, and
 * runtime_policy.json when the run state determines it byte for byte. Both are files the
 * orchestrator derives; nothing a person or an agent wrote is touched, and run_state.json
 * only gains an event, through a validated save, under the run's lock.
 */
async function repairRun(layout, state, facts, clock) {
    const plan = facts.normalizedPlan;
    const wanted = [];
    if (!(plan.exists && plan.valid === true && plan.matchesRunState === true))
        wanted.push(['rebuild_normalized_plan', state.normalized_plan_path]);
    if (Object.values(facts.policy.checks).includes(false))
        wanted.push(['rebuild_runtime_policy', state.runtime_policy_path]);
    const inRun = (path) => path !== null &&
        (0, node_path_1.resolve)(layout.repoRoot, path).startsWith(`${(0, node_path_1.resolve)(layout.controlDir)}${node_path_1.sep}`);
    const skipped = wanted
        .filter(([, path]) => !inRun(path))
        .map(([name, path]) => ({
        name,
        status: 'skipped',
        detail: `refusing to rewrite out-of-scope path ${path ?? ''}`
    }));
    const todo = wanted.filter(([, path]) => inRun(path)).map(([name]) => name);
    if (todo.length === 0)
        return skipped;
    try {
        return await (0, run_lock_js_1.withRunLock)(layout, 'doctor --fix-safe', async () => {
            // Decide on the state as it is now that no one else can write it.
            const fresh = await (0, run_store_js_1.loadRunState)(layout);
            const done = [...skipped];
            for (const name of todo)
                done.push(await (0, refresh_run_js_1.rebuildDerivedFile)(name, layout, fresh));
            const applied = done.filter((repair) => repair.status === 'applied');
            if (applied.length > 0) {
                const now = (0, time_js_1.isoSeconds)(clock.now());
                const message = `doctor --fix-safe rebuilt ${applied.map((repair) => repair.path).join(', ')}`;
                const event = { actor: 'orchestrator', itemId: null, message };
                await (0, run_store_js_1.saveRunState)(layout, (0, run_state_ops_js_1.appendEvent)(fresh, event, now));
            }
            return done;
        });
    }
    catch (error) {
        // A live writer owns the run: come back later. Anything else is a failed repair.
        const status = error instanceof run_lock_js_1.RunLockedError ? 'skipped' : 'failed';
        return [...skipped, ...todo.map((name) => ({ name, status, detail: (0, errors_js_1.describeError)(error) }))];
    }
}
async function keepAsync(values, keep) {
    const present = values.filter((value) => value !== null);
    const kept = await Promise.all(present.map(keep));
    return present.filter((_, index) => kept[index]);
}
async function exists(path) {
    return (0, promises_1.access)(path)
        .then(() => true)
        .catch(() => false);
}
async function readText(path) {
    return (0, promises_1.readFile)(path, 'utf8').catch(() => undefined);
}


/***/ }),

/***/ 7541:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.stopEarlierStages = stopEarlierStages;
exports.stageProcessesCheck = stageProcessesCheck;
const stage_survivors_js_1 = __webpack_require__(1616);
const errors_js_1 = __webpack_require__(3916);
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
    const { stopped, remaining } = await (0, stage_survivors_js_1.stopRunSurvivors)(runStages(session.layout), SURVIVOR_GRACE_MS);
    if (stopped.length === 0)
        return;
    const items = new Set(stopped.map((survivor) => survivor.itemId));
    const itemId = items.size === 1 ? ([...items][0] ?? null) : null;
    await session.note(itemId, 'orchestrator', `stopped ${count(stopped.length)} left running by an earlier process of this run: ${stopped.map(stage_survivors_js_1.describeSurvivor).join('; ')}`);
    if (remaining.length > 0) {
        throw new errors_js_1.UserInputError(`${count(remaining.length)} of an earlier process of run ${session.state.run_id} could not be stopped: ${remaining.map(stage_survivors_js_1.describeSurvivor).join('; ')}; stop them, then resume again`);
    }
}
/**
 * doctor's `stage_processes` check, present only when some process of the run is running:
 * each named, and whether a live writer of the run accounts for it.
 */
async function stageProcessesCheck(layout, locked) {
    const survivors = await (0, stage_survivors_js_1.findRunSurvivors)(runStages(layout));
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
        description: (0, stage_survivors_js_1.describeSurvivor)(survivor)
    };
}
function count(n) {
    return n === 1 ? '1 process' : `${n} processes`;
}


/***/ }),

/***/ 6528:
/***/ ((__unused_webpack_module, exports) => {


/** What can be wrong with a run's run_state.json, as doctor reads it, and how it says so. */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.looksTruncated = looksTruncated;
exports.describeRunStateDamage = describeRunStateDamage;
/** A JSON object that starts but never closes: a write cut off partway. */
function looksTruncated(text) {
    const body = text.trim();
    if (!body.startsWith('{'))
        return false;
    let depth = 0;
    let inString = false;
    let escaped = false;
    for (const char of body) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (char === '\\')
                escaped = true;
            else if (char === '"')
                inString = false;
        }
        else if (char === '"')
            inString = true;
        else if (char === '{' || char === '[')
            depth += 1;
        else if (char === '}' || char === ']') {
            depth -= 1;
            // The top-level object closed: whatever is wrong after it is not a cut-off write.
            if (depth === 0)
                return false;
        }
    }
    return inString || depth > 0;
}
const NO_REWRITE = 'doctor --fix-safe never rewrites run state; restore the file from a backup or start a new run';
const DAMAGE_TEXT = {
    missing: (_, why) => `run_state.json is missing: ${why}`,
    unreadable: (_, why) => `run_state.json cannot be read: ${why}`,
    empty: (bytes) => `run_state.json is empty (${bytes} bytes): the run's state was lost, most likely while it was being written; ${NO_REWRITE}`,
    truncated: (bytes, why) => `run_state.json is truncated: its ${bytes} bytes of JSON stop before the closing brace, so it was cut off while being written (${why}); ${NO_REWRITE}`,
    not_json: (_, why) => `run_state.json is not JSON (${why}); ${NO_REWRITE}`,
    schema_invalid: (_, why) => `run_state.json is JSON but not a valid run state (${why}); ${NO_REWRITE}`,
    wrong_run: (_, why) => `run_state.json belongs to another run (${why})`
};
function describeRunStateDamage(damage, bytes, why) {
    return DAMAGE_TEXT[damage](bytes, why);
}


/***/ })

};

//# sourceMappingURL=283.index.js.map