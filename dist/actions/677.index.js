export const id = 677;
export const ids = [677];
export const modules = {

/***/ 44677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   discardStagedState: () => (/* binding */ discardStagedState),
/* harmony export */   findRunState: () => (/* binding */ findRunState),
/* harmony export */   installStagedState: () => (/* binding */ installStagedState),
/* harmony export */   stageRunState: () => (/* binding */ stageRunState),
/* harmony export */   uploadDiagnostics: () => (/* binding */ uploadDiagnostics),
/* harmony export */   uploadRunState: () => (/* binding */ uploadRunState)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _actions_artifact__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55451);
/* harmony import */ var yauzl__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(20663);
/* harmony import */ var _core_gha_chain_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(57647);
/* harmony import */ var _core_run_layout_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(88951);







/** Lock directories and their owners belong to the process that held them, not to the state. */
const NOT_STATE = /(^|\/)(run\.lock|control\.lock)(\.owner\.json|\.takeover(\.lock)?)?(\/|$)/;
async function uploadRunState(input) {
    const name = (0,_core_gha_chain_js__WEBPACK_IMPORTED_MODULE_5__/* .stateArtifactName */ .LK)(input.runId, input.stage, input.attempt);
    await uploadRunFiles(input.workspace, input.runId, name);
    return name;
}
/**
 * Uploads what a hop that must not advance the chain saved (it lost a race to publish): under
 * a name no restore ever picks, for diagnosis only.
 */
async function uploadDiagnostics(input) {
    const name = `plan-orchestrator-diagnostics-${input.runId}-attempt-${input.attempt}`;
    await uploadRunFiles(input.workspace, input.runId, name);
    return name;
}
async function uploadRunFiles(workspace, runId, name) {
    const roots = [_core_run_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .CONTROL_ROOT */ .dF, _core_run_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .REPORT_ROOT */ ._q].map((root) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(workspace, root, runId));
    const files = (await Promise.all(roots.map(listFiles))).flat().filter((path) => {
        return !NOT_STATE.test((0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(workspace, path));
    });
    await new _actions_artifact__WEBPACK_IMPORTED_MODULE_3__/* .DefaultArtifactClient */ .t9().uploadArtifact(name, files, workspace, {
        retentionDays: 90
    });
}
/** The name of the newest state artifact of a run in a workflow run, if it holds one. */
async function findRunState(runId, source) {
    return (await newestState(runId, source)).picked?.artifact.name;
}
async function newestState(runId, source) {
    const client = new _actions_artifact__WEBPACK_IMPORTED_MODULE_3__/* .DefaultArtifactClient */ .t9();
    const findBy = source.workflowRunId === undefined
        ? undefined
        : {
            token: source.token,
            workflowRunId: source.workflowRunId,
            repositoryOwner: source.repository.owner,
            repositoryName: source.repository.repo
        };
    const { artifacts } = await client.listArtifacts({
        latest: true,
        ...(findBy === undefined ? {} : { findBy })
    });
    return { client, findBy, picked: (0,_core_gha_chain_js__WEBPACK_IMPORTED_MODULE_5__/* .pickStateArtifact */ .RH)(runId, artifacts, source.latestAttempt) };
}
/**
 * Downloads the newest state of a run from a workflow run (the highest attempt that saved
 * one, its gate job's over its item job's) and stages it. Throws, with nothing written outside
 * the temporary directory, when there is none or any entry is absolute, climbs out with `..`,
 * is a link, or lies outside the run's control and report directories.
 */
async function stageRunState(input) {
    const { client, findBy, picked } = await newestState(input.runId, input.source);
    if (picked === undefined) {
        const where = input.source.workflowRunId === undefined
            ? 'this workflow run'
            : `workflow run ${input.source.workflowRunId}`;
        throw new Error(`no state of run ${input.runId} among the artifacts of ${where}`);
    }
    const scratch = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(input.tempRoot ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'po-state-'));
    try {
        const download = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(scratch, 'download');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(download);
        await client.downloadArtifact(picked.artifact.id, {
            path: download,
            skipDecompress: true,
            ...(findBy === undefined ? {} : { findBy })
        });
        const [zipName, ...extra] = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(download);
        if (zipName === undefined || extra.length > 0)
            throw new Error(`artifact ${picked.artifact.name} did not download as one archive`);
        const root = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(scratch, 'state');
        const skipped = await stageEntries({
            zip: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(download, zipName)),
            root,
            runId: input.runId,
            artifactName: picked.artifact.name
        });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(download, { recursive: true, force: true });
        return {
            root,
            artifactName: picked.artifact.name,
            stage: picked.stage,
            attempt: picked.attempt,
            skipped
        };
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(scratch, { recursive: true, force: true });
        throw error;
    }
}
const S_IFMT = 0o170000;
const FILE_TYPES = {
    0o100000: 'file',
    0o040000: 'directory',
    0o120000: 'symlink'
};
/** Every entry is checked before any is written: one bad entry refuses the whole artifact. */
async function stageEntries(input) {
    // Names are checked here, not by yauzl, so that the refusal names the rule it broke.
    const zipfile = await yauzl__WEBPACK_IMPORTED_MODULE_4__.fromBufferPromise(input.zip, {
        decodeStrings: false,
        validateEntrySizes: true,
        autoClose: false
    });
    const entries = [];
    try {
        for (;;) {
            const entry = await nextEntry(zipfile);
            if (entry === null)
                break;
            const name = entry.fileNameRaw.toString('utf8');
            const unixType = (entry.externalFileAttributes >>> 16) & S_IFMT;
            const kind = unixType === 0
                ? name.endsWith('/')
                    ? 'directory'
                    : 'file'
                : (FILE_TYPES[unixType] ?? 'other');
            const reason = (0,_core_gha_chain_js__WEBPACK_IMPORTED_MODULE_5__/* .refusedEntryReason */ .Dr)({ runId: input.runId, name, kind });
            if (reason !== undefined)
                throw new Error(`state artifact ${input.artifactName} refused, nothing restored: ${reason}`);
            entries.push({ entry, name, directory: kind === 'directory' });
        }
        const skipped = [];
        for (const { entry, name, directory } of entries) {
            if (NOT_STATE.test(name)) {
                skipped.push(name);
                continue;
            }
            const target = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(input.root, name);
            if (directory) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(target, { recursive: true });
                continue;
            }
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), { recursive: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(target, await readEntry(zipfile, entry), { flag: 'wx' });
        }
        return skipped;
    }
    finally {
        zipfile.close();
    }
}
/** The next central-directory entry (lazyEntries mode), or null after the last. */
function nextEntry(zipfile) {
    return new Promise((resolve, reject) => {
        const onEntry = (entry) => {
            cleanup();
            resolve(entry);
        };
        const onEnd = () => {
            cleanup();
            resolve(null);
        };
        const onError = (error) => {
            cleanup();
            reject(error);
        };
        const cleanup = () => {
            zipfile.off('entry', onEntry);
            zipfile.off('end', onEnd);
            zipfile.off('error', onError);
        };
        zipfile.on('entry', onEntry);
        zipfile.on('end', onEnd);
        zipfile.on('error', onError);
        zipfile.readEntry();
    });
}
async function readEntry(zipfile, entry) {
    const stream = await zipfile.openReadStreamPromise(entry);
    const chunks = [];
    for await (const chunk of stream)
        chunks.push(chunk);
    return Buffer.concat(chunks);
}
/**
 * Moves a verified state into the workspace. The run's directories must not exist there yet
 * (a job starts from a clean checkout), so nothing already in the workspace is overwritten.
 */
async function installStagedState(input) {
    for (const root of [_core_run_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .CONTROL_ROOT */ .dF, _core_run_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .REPORT_ROOT */ ._q]) {
        const target = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(input.workspace, root, input.runId);
        if (await exists(target))
            throw new Error(`${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(input.workspace, target)} already exists in the workspace: a job restores a run only into a clean checkout`);
    }
    for (const root of [_core_run_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .CONTROL_ROOT */ .dF, _core_run_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .REPORT_ROOT */ ._q]) {
        const from = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(input.staged.root, root, input.runId);
        if (!(await exists(from)))
            continue;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.cp)(from, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(input.workspace, root, input.runId), {
            recursive: true,
            errorOnExist: true,
            force: false
        });
    }
}
async function discardStagedState(staged) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(staged.root), { recursive: true, force: true });
}
async function exists(path) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).then(() => true, () => false);
}
async function listFiles(dir) {
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true }).catch(() => []);
    const files = [];
    for (const entry of entries) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, entry.name);
        if (entry.isDirectory())
            files.push(...(await listFiles(path)));
        else if (entry.isFile())
            files.push(path);
    }
    return files;
}


/***/ }),

/***/ 57647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dr: () => (/* binding */ refusedEntryReason),
/* harmony export */   Iu: () => (/* binding */ runBranchMismatch),
/* harmony export */   Kh: () => (/* binding */ unknownAttemptBranches),
/* harmony export */   LK: () => (/* binding */ stateArtifactName),
/* harmony export */   RH: () => (/* binding */ pickStateArtifact),
/* harmony export */   S6: () => (/* binding */ foreignRunReason),
/* harmony export */   uy: () => (/* binding */ checkChain)
/* harmony export */ });
/* unused harmony export parseStateArtifactName */
/* harmony import */ var _run_layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88951);

// --- state artifacts --------------------------------------------------------------------------
/**
 * One artifact per job that saved the state. The first attempt keeps the plain name; a re-run
 * (attempt n > 1) gets its own, since an artifact name cannot be reused within a workflow run.
 */
function stateArtifactName(runId, stage, attempt) {
    const base = `plan-orchestrator-state-${runId}-${stage}`;
    return attempt === 1 ? base : `${base}-attempt-${attempt}`;
}
function parseStateArtifactName(runId, name) {
    const prefix = `plan-orchestrator-state-${runId}-`;
    if (!name.startsWith(prefix))
        return undefined;
    const match = /^(item|gate)(?:-attempt-([1-9]\d*))?$/.exec(name.slice(prefix.length));
    if (match === null)
        return undefined;
    const attempt = match[2] === undefined ? 1 : Number(match[2]);
    if (match[2] !== undefined && attempt === 1)
        return undefined;
    return { stage: match[1], attempt };
}
/**
 * The newest state of a run among a workflow run's artifacts: the highest attempt that saved
 * one (never above the attempt GitHub says the run is at), and within it the gate job's over
 * the item job's.
 */
function pickStateArtifact(runId, artifacts, latestAttempt) {
    let best;
    for (const artifact of artifacts) {
        const parsed = parseStateArtifactName(runId, artifact.name);
        if (parsed === undefined || parsed.attempt > latestAttempt)
            continue;
        const rank = (p) => p.attempt * 2 + (p.stage === 'gate' ? 1 : 0);
        if (best === undefined || rank(parsed) > rank(best))
            best = { artifact, ...parsed };
    }
    return best;
}
// --- the workflow runs ---------------------------------------------------------------------------
/**
 * Why a workflow run is not a hop of this run, or undefined when it is: it must be in this
 * repository, run this workflow file, and run on the ref the run was started from.
 */
function foreignRunReason(input) {
    const { run, role } = input;
    const named = `${role} ${run.id}`;
    const sameRepo = (name) => name !== null && name.toLowerCase() === input.repository.toLowerCase();
    if (!sameRepo(run.repository) || !sameRepo(run.headRepository))
        return `${named} ran code of ${run.headRepository ?? run.repository}, not of ${input.repository}`;
    if (run.path !== input.workflowPath)
        return `${named} ran the workflow ${run.path}, not ${input.workflowPath}: a run's state is taken only from runs of its own workflow`;
    if (run.headBranch !== input.ref)
        return `${named} ran on ${run.headBranch ?? 'no branch'}, not on ${input.ref}, the ref the run was started from: a run's state is taken only from runs on that ref`;
    return undefined;
}
function describeLink(link) {
    return `workflow run ${link.workflow_run_id} (attempt ${link.run_attempt}, ${link.job} job)`;
}
/**
 * Checks a restored state's chain: well formed, ending exactly at the artifact it came from,
 * and continued by the right hop. `hop` of the verdict is the hop this job belongs to.
 */
function checkChain(input) {
    const { record, source, continuation } = input;
    const chain = record.chain;
    const first = chain[0];
    const last = chain.at(-1);
    if (first === undefined || last === undefined)
        return refuse('the state records no chain');
    if (first.workflow_run_id !== record.started_in_workflow_run)
        return refuse(`the state's chain starts at workflow run ${first.workflow_run_id}, but the run was started in workflow run ${record.started_in_workflow_run}`);
    const seen = new Set();
    for (let index = 1; index < chain.length; index += 1) {
        const before = chain[index - 1];
        const link = chain[index];
        seen.add(before.workflow_run_id);
        const sameRun = link.workflow_run_id === before.workflow_run_id;
        const wellFormed = sameRun
            ? link.hop === before.hop && link.job === 'gate' && link.run_attempt >= before.run_attempt
            : link.hop === before.hop + 1 && link.job === 'item' && !seen.has(link.workflow_run_id);
        if (!wellFormed)
            return refuse(`the state's chain is broken after ${describeLink(before)}: ${describeLink(link)} at hop ${link.hop} cannot follow it`);
    }
    const from = {
        workflow_run_id: source.workflowRunId,
        run_attempt: source.attempt,
        job: source.stage
    };
    if (last.workflow_run_id !== from.workflow_run_id ||
        last.run_attempt !== from.run_attempt ||
        last.job !== from.job)
        return refuse(`the state found in ${describeLink(from)} was saved by ${describeLink(last)}: a state copied into another workflow run, or left by an older attempt, is not restored`);
    if (continuation.kind === 'same-hop') {
        if (last.workflow_run_id !== continuation.currentRunId)
            return refuse(`the state was saved by workflow run ${last.workflow_run_id}, not by this one`);
        const itemLink = chain.find((link) => link.workflow_run_id === continuation.currentRunId && link.job === 'item');
        if (itemLink?.item_id !== continuation.itemId)
            return refuse(`the item job of this workflow run ran item ${itemLink?.item_id ?? '(none)'}, not item ${continuation.itemId}`);
        return { ok: true, hop: last.hop, last };
    }
    if (chain.some((link) => link.workflow_run_id === continuation.currentRunId))
        return refuse(`this workflow run (${continuation.currentRunId}) is already in the run's chain at hop ${chain.find((link) => link.workflow_run_id === continuation.currentRunId)?.hop}: a replayed hop is not run again`);
    const expected = last.hop + 1;
    const hop = continuation.hop ?? expected;
    if (hop > expected)
        return refuse(`this is hop ${hop}, but the state of workflow run ${last.workflow_run_id} ends at hop ${last.hop}: hop ${expected}${hop - 1 > expected ? `\u2013${hop - 1}` : ''} would be skipped (an older hop's state, or a wrong hop number); continue from the newest hop's workflow run`);
    if (hop < expected)
        return refuse(`this is hop ${hop}, but the state of workflow run ${last.workflow_run_id} is already at hop ${last.hop}: a replayed or superseded hop is not run again`);
    return { ok: true, hop, last };
}
function refuse(reason) {
    return { ok: false, reason };
}
/**
 * Why origin's run branch may not be built on, or undefined when it is where the state says.
 * A fast-forward the state recorded as pending (a job stopped between moving the branch and
 * recording the pass) may have reached origin: its target is accepted too.
 */
function runBranchMismatch(input) {
    const { state, actual } = input;
    const branch = state.run_branch_name;
    const expected = state.run_branch_head;
    const same = (a, b) => a.startsWith(b) || b.startsWith(a);
    if (actual !== undefined && same(actual, expected))
        return undefined;
    const pending = state.pending_fast_forward;
    if (actual !== undefined &&
        pending !== null &&
        same(pending.from, expected) &&
        same(actual, pending.to))
        return undefined;
    const how = {
        ahead: 'has commits no passed item made',
        behind: 'was rewound: passed items are missing from it',
        diverged: 'was replaced by another history',
        unknown: 'differs',
        missing: 'is missing'
    };
    const recover = actual === undefined
        ? `push it back with: git push origin ${expected}:refs/heads/${branch}`
        : `check who moved it, then put it back with: git push --force-with-lease=refs/heads/${branch}:${actual} origin ${expected}:refs/heads/${branch}`;
    return (`the run branch ${branch} on origin ${how[input.relation]}: it is at ${actual ?? '(nothing)'}, ` +
        `but the run's state says ${expected}. Nothing was built on it or published. To recover, ${recover}, and start the hop again`);
}
/**
 * Attempt branches on origin that the state does not know: a later hop ran those attempts, so
 * the state is older than the run (superseded) and must not be run again.
 */
function unknownAttemptBranches(state, branches) {
    const prefix = `orchestrator/item/${state.run_id}/`;
    return branches.filter((branch) => {
        if (!branch.startsWith(prefix))
            return false;
        const match = /^([^/]+)\/attempt-(\d+)$/.exec(branch.slice(prefix.length));
        if (match === null)
            return true;
        const item = state.items.find((entry) => entry.item_id === match[1]);
        if (item === undefined)
            return true;
        const attempt = Number(match[2]);
        if (item.attempt_number > attempt)
            return false;
        return !(item.attempt_number === attempt && item.branch_name === branch);
    });
}
// --- artifact entries ------------------------------------------------------------------------------
/**
 * Why an entry of a state artifact may not be unpacked, or undefined when it lies inside the
 * run's own control or report directory. `kind` comes from the entry's recorded file type.
 */
function refusedEntryReason(input) {
    const { name } = input;
    if (name.startsWith('/') || /^[A-Za-z]:/.test(name) || name.startsWith('\\'))
        return `entry ${JSON.stringify(name)} is an absolute path`;
    const segments = name.split(/[\\/]/);
    if (segments.includes('..'))
        return `entry ${JSON.stringify(name)} climbs out with ..`;
    if (input.kind === 'symlink')
        return `entry ${JSON.stringify(name)} is a symbolic link`;
    if (input.kind === 'other')
        return `entry ${JSON.stringify(name)} is not a file or directory`;
    const path = segments.filter((segment) => segment !== '' && segment !== '.').join('/');
    const inside = [_run_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .CONTROL_ROOT */ .dF, _run_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .REPORT_ROOT */ ._q].some((root) => {
        const dir = `${root}/${input.runId}`;
        return path === dir || path.startsWith(`${dir}/`);
    });
    if (!inside)
        return `entry ${JSON.stringify(name)} lies outside the run's directories (${_run_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .CONTROL_ROOT */ .dF}/${input.runId}, ${_run_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .REPORT_ROOT */ ._q}/${input.runId})`;
    return undefined;
}


/***/ }),

/***/ 88951:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dv: () => (/* binding */ runBranchName),
/* harmony export */   MR: () => (/* binding */ attemptLayout),
/* harmony export */   Ne: () => (/* binding */ repoRelative),
/* harmony export */   Qq: () => (/* binding */ formatRunId),
/* harmony export */   UN: () => (/* binding */ CLOCK_PROBE),
/* harmony export */   WA: () => (/* binding */ runLayout),
/* harmony export */   _q: () => (/* binding */ REPORT_ROOT),
/* harmony export */   dF: () => (/* binding */ CONTROL_ROOT),
/* harmony export */   rf: () => (/* binding */ WORKTREE_ROOT),
/* harmony export */   tI: () => (/* binding */ scenarioCopyPath)
/* harmony export */ });
/* unused harmony export PACKET_DIR */
/* harmony import */ var node_path_posix__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53916);
/* harmony import */ var node_path_posix__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path_posix__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _run_id_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74340);


/**
 * Where a run keeps its files. Names and places are the reference tool's, so operators'
 * habits and docs carry over. Pure path arithmetic; nothing is created here.
 */
const CONTROL_ROOT = '.local/automation/plan_orchestrator/runs';
const REPORT_ROOT = '.local/ai/plan_orchestrator/runs';
const WORKTREE_ROOT = '.local/automation/plan_orchestrator/worktrees';
const PACKET_DIR = '.local/plan_orchestrator/packet';
/**
 * An empty file whose change time the integrity readings take as the filesystem's clock
 * (adapters/integrity/checkout-stamp.ts); outside the run store, touched before a reading.
 */
const CLOCK_PROBE = '.local/automation/plan_orchestrator/clock';
function runLayout(repoRoot, runId) {
    // Entry points refuse a bad id with a clear message first; this is the backstop that keeps
    // any path from being built out of one they missed.
    if (!(0,_run_id_js__WEBPACK_IMPORTED_MODULE_1__/* .isRunId */ .Pk)(runId))
        throw new Error((0,_run_id_js__WEBPACK_IMPORTED_MODULE_1__/* .runIdProblem */ .w2)(runId, 'run id'));
    const controlDir = (0,node_path_posix__WEBPACK_IMPORTED_MODULE_0__.join)(repoRoot, CONTROL_ROOT, runId);
    // controlDir is normal and the names are plain, so appending gives what join would;
    // `status --all` lays out every run in the store (docs/performance.md).
    const inControl = (name) => `${controlDir}/${name}`;
    return {
        repoRoot,
        runId,
        controlDir,
        reportDir: (0,node_path_posix__WEBPACK_IMPORTED_MODULE_0__.join)(repoRoot, REPORT_ROOT, runId),
        worktreesDir: (0,node_path_posix__WEBPACK_IMPORTED_MODULE_0__.join)(repoRoot, WORKTREE_ROOT, runId),
        runStatePath: inControl('run_state.json'),
        normalizedPlanPath: inControl('normalized_plan.json'),
        runtimePolicyPath: inControl('runtime_policy.json'),
        playbookSnapshotPath: inControl('playbook_source_snapshot.md'),
        lockPath: inControl('run.lock'),
        stageProcessesPath: inControl('stage_processes.json')
    };
}
function attemptLayout(run, itemId, attempt) {
    const controlDir = (0,node_path_posix__WEBPACK_IMPORTED_MODULE_0__.join)(run.controlDir, 'items', itemId, `attempt-${attempt}`);
    return {
        controlDir,
        reportDir: (0,node_path_posix__WEBPACK_IMPORTED_MODULE_0__.join)(run.reportDir, 'items', itemId, `attempt-${attempt}`),
        worktreePath: (0,node_path_posix__WEBPACK_IMPORTED_MODULE_0__.join)(run.worktreesDir, `item-${itemId}-attempt-${attempt}`),
        branchName: `orchestrator/item/${run.runId}/${itemId}/attempt-${attempt}`,
        logsDir: (0,node_path_posix__WEBPACK_IMPORTED_MODULE_0__.join)(controlDir, 'logs'),
        promptsDir: (0,node_path_posix__WEBPACK_IMPORTED_MODULE_0__.join)(controlDir, 'prompts')
    };
}
/** A scripted run's copy of a scenario it plays, named by the sha256 of its bytes. */
function scenarioCopyPath(run, sha256) {
    return (0,node_path_posix__WEBPACK_IMPORTED_MODULE_0__.join)(run.controlDir, 'scenarios', `${sha256}.json`);
}
function runBranchName(runId) {
    return `orchestrator/run/${runId}`;
}
/** `RUN_<yyyymmddTHHMMSSZ>_<8 hex>` from a time and random bytes supplied by the caller. */
function formatRunId(now, randomHex) {
    const stamp = now
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}Z$/, 'Z');
    return `RUN_${stamp}_${randomHex.slice(0, 8)}`;
}
/** Repo-relative form of an absolute path under the repo root (for the run state). */
function repoRelative(repoRoot, absolute) {
    const prefix = repoRoot.endsWith('/') ? repoRoot : `${repoRoot}/`;
    return absolute.startsWith(prefix) ? absolute.slice(prefix.length) : absolute;
}


/***/ })

};
