export const id = 165;
export const ids = [165];
export const modules = {

/***/ 1165:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SNAPSHOT_SEPARATOR = void 0;
exports.refreshRun = refreshRun;
exports.planFromSnapshot = planFromSnapshot;
exports.planPathInRun = planPathInRun;
exports.rebuildDerivedFile = rebuildDerivedFile;
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const index_js_1 = __webpack_require__(143);
const git_runner_js_1 = __webpack_require__(3338);
const run_lock_js_1 = __webpack_require__(2685);
const run_store_js_1 = __webpack_require__(6525);
const issues_js_1 = __webpack_require__(9739);
const normalize_js_1 = __webpack_require__(3180);
const doctor_checks_js_1 = __webpack_require__(1210);
const layout_js_1 = __webpack_require__(8951);
const run_state_ops_js_1 = __webpack_require__(7109);
const runtime_policy_js_1 = __webpack_require__(1181);
const time_js_1 = __webpack_require__(2334);
const errors_js_1 = __webpack_require__(3916);
const preflight_js_1 = __webpack_require__(1738);
const run_branch_js_1 = __webpack_require__(2709);
async function refreshRun(input) {
    const repoRoot = await input.git.repoRoot(input.cwd).catch(() => {
        throw new errors_js_1.UserInputError(`${input.cwd} is not inside a git repository`);
    });
    const layout = await (0, run_store_js_1.findRun)(repoRoot, input.runId);
    // Read once before locking: an unknown or damaged run is named as such, not as a lock error.
    await (0, run_store_js_1.loadRunState)(layout);
    const problems = await (0, preflight_js_1.preflight)({
        repoRoot,
        git: input.git,
        env: input.env,
        requiredExecutables: ['git']
    });
    if (problems.length > 0)
        throw new errors_js_1.UserInputError(problems.map((problem) => `error: ${problem}`).join('\n'));
    return (0, run_lock_js_1.withRunLock)(layout, 'refresh-run', async () => {
        const state = await (0, run_store_js_1.loadRunState)(layout);
        const gated = state.items.find((item) => item.terminal_state === 'awaiting_human_gate');
        if (gated !== undefined)
            // Approval fast-forwards the run branch from the gated attempt's base; moving the
            // branch now would strand that decision.
            throw new errors_js_1.UserInputError(`item ${gated.item_id} awaits a human gate; decide it first (plan-orchestrator mark-manual-gate --run-id ${state.run_id} --item ${gated.item_id} --checkpoint ${gated.checkpoint_ref ?? 'SHA'} ...), then refresh`);
        // The new base must descend from the branch the run really built, not from a moved one;
        // a pass recorded but not saved is completed by resume first.
        const verdict = await (0, run_branch_js_1.checkRunBranch)(input.git, repoRoot, state);
        if (verdict.kind !== 'at_head')
            throw new errors_js_1.UserInputError(`run ${state.run_id} has an unfinished pass of item ${verdict.pending.item_id}; complete it first: plan-orchestrator resume --run-id ${state.run_id}`);
        const planPath = planPathInRun(layout, state);
        if (planPath === undefined)
            throw new errors_js_1.UserInputError(`refusing to rewrite ${state.normalized_plan_path}: it is outside the run directory`);
        const now = input.clock.now();
        const rebuilt = await planFromSnapshot(layout, state, now);
        if (!rebuilt.ok)
            throw new errors_js_1.UserInputError(rebuilt.detail);
        const refreshed = await (0, index_js_1.createRefreshBranch)({
            repoRoot,
            runId: state.run_id,
            runBranch: state.run_branch_name,
            targetRef: input.targetRef
        });
        await (0, run_store_js_1.writeJson)(planPath, rebuilt.plan);
        const next = (0, run_state_ops_js_1.appendEvent)({ ...state, run_branch_name: refreshed.branch, run_branch_head: refreshed.sha }, {
            actor: 'orchestrator',
            itemId: null,
            message: `run branch refreshed: ${refreshed.branch} at ${refreshed.sha} (${input.targetRef}), was ${state.run_branch_name}; plan normalized again from the snapshot`
        }, (0, time_js_1.isoSeconds)(now));
        await (0, run_store_js_1.saveRunState)(layout, next);
        return {
            run_id: next.run_id,
            current_state: next.current_state,
            current_item_id: next.current_item_id,
            run_branch_name: next.run_branch_name,
            previous_run_branch_name: state.run_branch_name,
            target_sha: refreshed.sha,
            run_state_path: layout.runStatePath,
            normalized_plan_path: planPath
        };
    });
}
exports.SNAPSHOT_SEPARATOR = '\n---\n\n';
/**
 * The run's plan normalized again from `playbook_source_snapshot.md`, with the recorded
 * playbook path. The snapshot must still hash to the recorded playbook sha256 and yield
 * the run's items: a plan that differs from the approved one is refused, not installed.
 */
async function planFromSnapshot(layout, state, generatedAt) {
    const where = (0, layout_js_1.repoRelative)(layout.repoRoot, layout.playbookSnapshotPath);
    const text = await (0, promises_1.readFile)(layout.playbookSnapshotPath, 'utf8').catch(() => undefined);
    if (text === undefined)
        return { ok: false, problem: 'missing', detail: `missing playbook snapshot ${where}` };
    const at = text.indexOf(exports.SNAPSHOT_SEPARATOR);
    if (at < 0)
        return {
            ok: false,
            problem: 'malformed',
            detail: `malformed playbook snapshot ${where}: no "---" line separating its header from the playbook`
        };
    const body = text.slice(at + exports.SNAPSHOT_SEPARATOR.length);
    const recorded = state.playbook_source_sha256;
    // The snapshot keeps the playbook without a byte-order mark; either form may have been hashed.
    const sha = [body, `\ufeff${body}`].map(doctor_checks_js_1.sha256Hex).find((candidate) => candidate === recorded);
    if (sha === undefined)
        return {
            ok: false,
            problem: 'sha_mismatch',
            detail: `playbook snapshot ${where} no longer matches the playbook sha256 the run recorded (${recorded}); it was edited`
        };
    const normalized = (0, normalize_js_1.normalizePlaybook)({
        bytes: new TextEncoder().encode(body),
        path: state.playbook_source_path,
        sha256: sha,
        generatedAt
    });
    if (!normalized.ok) {
        const issues = normalized.issues.map((issue) => (0, issues_js_1.formatIssue)(where, issue));
        return {
            ok: false,
            problem: 'invalid',
            detail: `playbook snapshot ${where} does not normalize: ${issues.join('; ')}`
        };
    }
    const planItems = normalized.plan.items.map((item) => item.item_id).join(', ');
    const runItems = state.items.map((item) => item.item_id).join(', ');
    if (planItems !== runItems)
        return {
            ok: false,
            problem: 'items_differ',
            detail: `playbook snapshot ${where} now yields items ${planItems}, but the run has ${runItems}`
        };
    return { ok: true, plan: normalized.plan };
}
/** Absolute path of the run's normalized plan, or undefined when it points outside the run. */
function planPathInRun(layout, state) {
    const path = (0, node_path_1.resolve)(layout.repoRoot, state.normalized_plan_path);
    return path.startsWith(`${(0, node_path_1.resolve)(layout.controlDir)}${node_path_1.sep}`) ? path : undefined;
}
/**
 * Rebuilds one file a run derives from its frozen inputs, for `doctor --fix-safe` (the
 * caller holds the run lock and has checked the path lies in the run directory). Writes
 * only when the result is exact, and never a file git tracks.
 */
async function rebuildDerivedFile(name, layout, state) {
    const path = (name === 'rebuild_normalized_plan' ? state.normalized_plan_path : state.runtime_policy_path) ??
        '';
    const tracked = await (0, git_runner_js_1.runGit)(layout.repoRoot, [
        '--literal-pathspecs',
        'ls-files',
        '-z',
        '--',
        path
    ]);
    if (tracked !== '')
        return { name, status: 'skipped', detail: `refusing to rewrite ${path}: git tracks it` };
    return REBUILD[name](layout, state);
}
const REBUILD = {
    async rebuild_normalized_plan(layout, state) {
        // The run's creation time is when the plan was first normalized: same input, same bytes.
        const rebuilt = await planFromSnapshot(layout, state, new Date(state.created_at_utc));
        if (!rebuilt.ok) {
            const status = rebuilt.problem === 'missing' ? 'skipped' : 'failed';
            return { name: 'rebuild_normalized_plan', status, detail: rebuilt.detail };
        }
        await (0, run_store_js_1.writeJson)((0, node_path_1.resolve)(layout.repoRoot, state.normalized_plan_path), rebuilt.plan);
        return {
            name: 'rebuild_normalized_plan',
            status: 'applied',
            path: state.normalized_plan_path,
            source_snapshot_path: (0, layout_js_1.repoRelative)(layout.repoRoot, layout.playbookSnapshotPath)
        };
    },
    async rebuild_runtime_policy(layout, state) {
        const path = state.runtime_policy_path ?? '';
        const regenerated = regenerateRuntimePolicy(state);
        if (!regenerated.ok)
            return {
                name: 'rebuild_runtime_policy',
                status: 'skipped',
                detail: `${path} cannot be regenerated exactly (${regenerated.reason}); left as it is`
            };
        await (0, run_store_js_1.writeText)((0, node_path_1.resolve)(layout.repoRoot, path), regenerated.text);
        return { name: 'rebuild_runtime_policy', status: 'applied', path };
    }
};
/**
 * runtime_policy.json exactly as `run` wrote it, rebuilt from the run state. The file
 * also names the control-plane files it was resolved from, which the run state does not
 * record; so every plausible combination is tried and one is accepted only when its
 * SHA-256 equals the recorded one. Anything less exact is refused, not approximated.
 */
function regenerateRuntimePolicy(state) {
    const sources = state.runtime_policy_sources;
    if (state.runtime_policy_sha256 === null || sources === null)
        return { ok: false, reason: 'the run state records no runtime policy sha256 or sources' };
    const used = new Set(Object.values(sources));
    if (used.has('config_file'))
        return {
            ok: false,
            reason: 'the run used a --config file whose path the run state does not record'
        };
    const repoPaths = used.has('repo_config')
        ? ['plan_orchestrator.json']
        : [null, 'plan_orchestrator.json'];
    for (const repoPath of repoPaths) {
        const snapshot = {
            schema_version: 'plan_orchestrator.runtime_policy.v1',
            resolved_at_utc: state.created_at_utc,
            repo_control_plane_path: repoPath,
            overlay_control_plane_path: null,
            sources: Object.fromEntries(runtime_policy_js_1.OPTION_NAMES.map((name) => [name, sources[name]])),
            options: Object.fromEntries(runtime_policy_js_1.OPTION_NAMES.map((name) => [name, state.options[name]]))
        };
        const text = `${JSON.stringify(snapshot, null, 2)}\n`;
        if ((0, doctor_checks_js_1.sha256Hex)(text) === state.runtime_policy_sha256)
            return { ok: true, text };
    }
    return {
        ok: false,
        reason: 'no file rebuilt from the run state matches the recorded sha256 exactly'
    };
}


/***/ }),

/***/ 1210:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.preflightChecks = preflightChecks;
exports.runActivityCheck = runActivityCheck;
exports.sha256Hex = sha256Hex;
exports.runtimePolicyIntegrity = runtimePolicyIntegrity;
exports.normalizedPlanHealth = normalizedPlanHealth;
exports.runReferencesCheck = runReferencesCheck;
exports.orphanedWorktrees = orphanedWorktrees;
exports.runBranchCheck = runBranchCheck;
exports.integrityIncidentsCheck = integrityIncidentsCheck;
const node_crypto_1 = __webpack_require__(7598);
const node_util_1 = __webpack_require__(7975);
const runtime_policy_js_1 = __webpack_require__(1181);
const normalized_plan_js_1 = __webpack_require__(6591);
const run_state_js_1 = __webpack_require__(2221);
const run_branch_js_1 = __webpack_require__(6033);
const lifecycle_js_1 = __webpack_require__(5413);
const PREFLIGHT_NAMES = [
    ['agent_environment', /^ambient agent configuration/],
    ['required_commands', / is not on PATH/],
    ['git_identity', /^git identity/],
    ['clean_tracked_checkout', /^the checkout has uncommitted changes/],
    ['local_ignored', /^\.local\/ is not ignored/]
];
/** Preflight's problem sentences sorted into its named checks; one entry per check. */
function preflightChecks(problems) {
    const claimed = new Set();
    const checks = PREFLIGHT_NAMES.map(([name, pattern]) => {
        const mine = problems.filter((problem) => pattern.test(problem));
        for (const problem of mine)
            claimed.add(problem);
        return mine.length === 0
            ? { name, status: 'ok' }
            : { name, status: 'error', detail: mine.join('; ') };
    });
    // A preflight problem this table does not know yet must still fail the doctor.
    const other = problems.filter((problem) => !claimed.has(problem));
    if (other.length > 0)
        checks.push({ name: 'preflight', status: 'error', detail: other.join('; ') });
    return checks;
}
/** Whether a live writer holds the run, and if not, whether it stopped mid-stage. */
function runActivityCheck(state, locked) {
    if (locked)
        return {
            name: 'run_activity',
            status: 'ok',
            activity: 'running',
            detail: `a live process holds the lock of run ${state.run_id}; what doctor reads may change under it`
        };
    if (!(0, lifecycle_js_1.isInFlight)(state.current_state))
        return { name: 'run_activity', status: 'ok', activity: 'idle' };
    const command = `plan-orchestrator resume --run-id ${state.run_id}`;
    return {
        name: 'run_activity',
        status: 'warning',
        activity: 'interrupted',
        detail: `interrupted at ${state.current_state} (item ${state.current_item_id ?? 'none'}) and no process is working on it; continue with: ${command}`,
        resume_command: command
    };
}
function sha256Hex(data) {
    return (0, node_crypto_1.createHash)('sha256').update(data).digest('hex');
}
/** Shared with status: does runtime_policy.json still say what the run records? */
function runtimePolicyIntegrity(state, fileText) {
    const recorded = state.runtime_policy_path !== null;
    const exists = recorded ? fileText !== undefined : null;
    const mismatch = fileText === undefined ? undefined : policyMismatch(state, fileText);
    const checks = {
        runtime_policy_path_exists: exists,
        runtime_policy_sha256_matches: exists !== true || state.runtime_policy_sha256 === null
            ? null
            : sha256Hex(fileText ?? '') === state.runtime_policy_sha256,
        runtime_policy_matches_run_state: exists === true ? mismatch === undefined : null
    };
    return exists === true && mismatch !== undefined ? { checks, error: mismatch } : { checks };
}
function policyMismatch(state, fileText) {
    let json;
    try {
        json = JSON.parse(fileText);
    }
    catch (error) {
        return `runtime_policy.json is not JSON: ${error.message}`;
    }
    const parsed = run_state_js_1.RuntimePolicySnapshotSchema.safeParse(json);
    if (!parsed.success)
        return `runtime_policy.json is not a valid runtime policy snapshot: ${parsed.error.issues[0]?.message ?? ''}`;
    // Deep: the price table is an object.
    const differing = runtime_policy_js_1.OPTION_NAMES.filter((name) => !(0, node_util_1.isDeepStrictEqual)(parsed.data.options[name], state.options[name]));
    if (differing.length > 0)
        return `runtime_policy.json options differ from the run state: ${differing.join(', ')}`;
    const recorded = state.runtime_policy_sources;
    if (recorded !== null) {
        const keys = new Set([...Object.keys(recorded), ...Object.keys(parsed.data.sources)]);
        const differingSources = [...keys].filter((key) => recorded[key] !== parsed.data.sources[key]);
        if (differingSources.length > 0)
            return `runtime_policy.json sources differ from the run state: ${differingSources.join(', ')}`;
    }
    return undefined;
}
/** `normalized_plan.json` valid, and about this run's playbook and items? */
function normalizedPlanHealth(state, text) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        return { valid: false, matchesRunState: null, error: `not JSON: ${error.message}` };
    }
    const parsed = normalized_plan_js_1.NormalizedPlanSchema.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue === undefined ? '' : `${issue.path.join('.') || '(root)'}: ${issue.message}`;
        return { valid: false, matchesRunState: null, error: `not a valid normalized plan: ${where}` };
    }
    const planItems = parsed.data.items.map((item) => `${item.order}:${item.item_id}`).join(',');
    const runItems = state.items.map((item) => `${item.order}:${item.item_id}`).join(',');
    const mismatch = planItems !== runItems
        ? `its items (${planItems}) are not the run's (${runItems})`
        : parsed.data.plan_source.sha256 !== state.playbook_source_sha256
            ? 'it was normalized from another version of the playbook (sha256 differs)'
            : undefined;
    return {
        valid: true,
        matchesRunState: mismatch === undefined,
        ...(mismatch === undefined ? {} : { error: mismatch })
    };
}
/** Checks whose `false` is damage (error); the others only warn. */
const WARNING_ONLY = new Set([
    'playbook_snapshot_exists',
    'runtime_policy_path_exists',
    'runtime_policy_sha256_matches',
    'runtime_policy_matches_run_state'
]);
function runReferencesCheck(state, facts) {
    const plan = facts.normalizedPlan;
    const checks = {
        playbook_source_path_exists: facts.playbookSourceExists,
        normalized_plan_path_exists: plan.exists,
        normalized_plan_path_within_run_root: plan.withinRunRoot,
        normalized_plan_valid: plan.valid,
        normalized_plan_matches_run_state: plan.matchesRunState,
        playbook_snapshot_exists: facts.snapshotExists,
        run_branch_exists: facts.runBranchExists,
        item_branches_exist: facts.missingItemBranches.length === 0,
        checkpoint_refs_exist: facts.missingCheckpointRefs.length === 0,
        referenced_worktrees_exist: facts.missingWorktrees.length === 0,
        latest_paths_exist: facts.missingArtifacts.length === 0,
        ...facts.policy.checks
    };
    const failed = Object.keys(checks).filter((key) => checks[key] === false);
    const errors = failed.filter((key) => !WARNING_ONLY.has(key));
    const warnings = failed.filter((key) => WARNING_ONLY.has(key));
    if (facts.orphanedWorktrees.length > 0)
        warnings.push('orphaned_worktrees');
    const status = errors.length > 0 ? 'error' : warnings.length > 0 ? 'warning' : 'ok';
    return {
        name: 'run_references',
        status,
        ...(status === 'ok' ? {} : { detail: [...errors, ...warnings].join(', ') }),
        run_id: state.run_id,
        checks,
        missing_item_branches: facts.missingItemBranches,
        missing_checkpoint_refs: facts.missingCheckpointRefs,
        missing_worktrees: facts.missingWorktrees,
        orphaned_worktrees: facts.orphanedWorktrees,
        missing_artifacts: facts.missingArtifacts,
        ...(plan.error === undefined ? {} : { normalized_plan_error: plan.error }),
        ...(state.runtime_policy_path === null
            ? {}
            : { runtime_policy_path: state.runtime_policy_path }),
        ...(facts.policy.error === undefined ? {} : { runtime_policy_error: facts.policy.error })
    };
}
/** Worktree directories of the run that no item points at now (superseded attempts included). */
function orphanedWorktrees(dirNames, worktreesDir, state) {
    const current = new Set(state.items.map((item) => item.worktree_path).filter((p) => p !== null));
    return dirNames
        .map((name) => `${worktreesDir}/${name}`)
        .filter((path) => !current.has(path))
        .sort();
}
/** The run branch against the head the run state recorded (see core/run/run-branch.ts). */
function runBranchCheck(state, tip) {
    const verdict = (0, run_branch_js_1.judgeRunBranch)(state, tip);
    const base = { name: 'run_branch_head', expected: state.run_branch_head, actual: tip ?? null };
    switch (verdict.kind) {
        case 'at_head':
            return { ...base, status: 'ok' };
        case 'moved':
            return { ...base, status: 'error', detail: verdict.message };
        default:
            return {
                ...base,
                status: 'warning',
                detail: `the pass of item ${verdict.pending.item_id} was recorded but not saved before an interruption (run branch ${verdict.kind === 'pending_applied' ? 'already at' : 'not yet at'} ${verdict.pending.to}); plan-orchestrator resume --run-id ${state.run_id} completes it`
            };
    }
}
/**
 * Integrity incidents of the run: an error while any recorded change is unresolved (listed
 * with what resolves it), a warning naming what happened once all are resolved.
 */
function integrityIncidentsCheck(readings, interrupted) {
    if (readings.length === 0 && interrupted === undefined)
        return { name: 'integrity_incidents', status: 'ok' };
    if (readings.length === 0 && interrupted !== undefined)
        return {
            name: 'integrity_incidents',
            status: 'warning',
            detail: describeInterrupted(interrupted)
        };
    const unresolved = [];
    const resolved = [];
    for (const reading of readings) {
        if (reading.incident === undefined) {
            unresolved.push(`${reading.path}: unreadable incident record (${reading.problem ?? '?'})`);
            continue;
        }
        const { item_id, attempt_number, stage } = reading.incident;
        const where = `item ${item_id} attempt ${attempt_number}, ${stage}`;
        reading.incident.changes.forEach((change, index) => {
            const line = `${where}: ${change.description}`;
            if (reading.resolved[index] === true)
                resolved.push(line);
            else
                unresolved.push(`${line} [${UNRESOLVED_HINT[change.resolved_when]}; record ${reading.path}]`);
        });
    }
    if (interrupted !== undefined)
        unresolved.push(describeInterrupted(interrupted));
    const count = readings.length === 1 ? '1 incident' : `${readings.length} incidents`;
    return unresolved.length > 0
        ? {
            name: 'integrity_incidents',
            status: 'error',
            detail: `${count}: ${unresolved.length} change(s) outside an attempt not resolved`,
            unresolved,
            resolved
        }
        : {
            name: 'integrity_incidents',
            status: 'warning',
            detail: `${count}, every change resolved`,
            unresolved,
            resolved
        };
}
function describeInterrupted(stage) {
    return 'problem' in stage
        ? `the record of an interrupted stage cannot be read (${stage.problem}); resume refuses until it is removed`
        : `the ${stage.stage} of item ${stage.item_id} attempt ${stage.attempt_number} was interrupted before its integrity check; resume runs the check first`;
}
const UNRESOLVED_HINT = {
    ref_matches_before: 'resolved when the ref points where it did before',
    file_matches_before: 'resolved when the file is back as it was',
    checkout_clean: 'resolved when git status no longer lists it',
    absent: 'resolved when the file is removed',
    restored: 'restored',
    acknowledged: 'cannot be checked; remove the record once you have inspected it'
};


/***/ })

};

//# sourceMappingURL=165.index.js.map