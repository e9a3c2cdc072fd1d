export const id = 541;
export const ids = [541];
export const modules = {

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


/***/ })

};

//# sourceMappingURL=541.index.js.map