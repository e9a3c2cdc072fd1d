export const id = 625;
export const ids = [625,981];
export const modules = {

/***/ 4606:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createGitPort = createGitPort;
const agent_config_js_1 = __webpack_require__(3721);
const history_js_1 = __webpack_require__(9355);
const index_js_1 = __webpack_require__(143);
/**
 * The kernel's view of git, over the git adapter. It also remembers, per worktree, the
 * snapshot of git metadata taken when the worktree was made, so every checkpoint can
 * tell whether an agent wrote into `.git`, and the last reading that found a worktree
 * clean at its checkpoint, which a later check takes again while its stamp holds
 * (docs/decisions.md#git-status-between-stages).
 */
function createGitPort() {
    const baselines = new Map();
    // The kernel works in one worktree at a time: only the latest clean reading is kept.
    let lastClean;
    const cleanReadingOf = (worktree) => lastClean?.worktree === worktree ? lastClean.reading : undefined;
    const checkClean = async (worktree, sha) => {
        const reading = await (0, index_js_1.postCheckpointReading)(worktree, sha, baselines.get(worktree), cleanReadingOf(worktree));
        lastClean = reading.clean === undefined ? undefined : { worktree, reading: reading.clean };
        return reading.violations;
    };
    return {
        repoRoot: index_js_1.repoRoot,
        isIgnored: index_js_1.isPathIgnored,
        headSha: index_js_1.headSha,
        async cleanTrackedCheckout(root) {
            const report = await (0, index_js_1.isCleanTracked)(root);
            return { clean: report.clean, dirty: report.dirtyPaths };
        },
        identity: index_js_1.identity,
        async ensureBranch(root, name, sha) {
            await (0, index_js_1.createRunBranch)(root, name, sha);
        },
        branchSha: index_js_1.branchSha,
        async commitsSince(cwd, base, tip) {
            return (await (0, history_js_1.commitsSince)(cwd, base, tip)).map((commit) => commit.sha);
        },
        async addWorktree(root, path, branch, baseBranch) {
            const worktree = await (0, index_js_1.addAttemptWorktree)({ repoRoot: root, path, branch, baseBranch });
            baselines.set(path, worktree.gitMetadata);
            return worktree.headSha;
        },
        async checkpoint(input) {
            const baseline = baselines.get(input.worktree);
            const result = await (0, index_js_1.checkpoint)({
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
            const after = await checkClean(input.worktree, result.headSha);
            if (after.length > 0)
                return { ok: false, violations: after };
            return {
                ok: true,
                sha: result.headSha,
                committed: result.status === 'committed',
                changes: []
            };
        },
        authorityViolations: checkClean,
        committedChanges: index_js_1.readCommittedChangesAndPatch,
        diff: index_js_1.readPatch,
        unreviewedAgentConfig(worktree, known) {
            const reading = cleanReadingOf(worktree);
            const readClean = known?.readClean === true || (reading !== undefined && (0, index_js_1.cleanReadingHolds)(worktree, reading));
            return (0, agent_config_js_1.unreviewedAgentConfig)(worktree, { readClean });
        },
        async fastForward(root, branch, target, expectedOld) {
            const moved = await (0, index_js_1.fastForwardListing)({
                repoRoot: root,
                branch,
                targetSha: target,
                expectedOldSha: expectedOld
            });
            return moved.commits?.map((commit) => commit.sha);
        }
    };
}


/***/ }),

/***/ 3721:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AGENT_CONFIG_DIRS = exports.AGENT_INSTRUCTION_FILES = void 0;
exports.unreviewedAgentConfig = unreviewedAgentConfig;
/**
 * Agent configuration in a worktree that is not part of its commit: instruction files
 * (AGENTS.md, CLAUDE.md and their local/override variants), `.mcp.json`, and anything under
 * `.claude/`, `.codex/` or `.agents/`. A verification command or an agent that writes one of
 * them between stages would otherwise steer the next agent call in that worktree.
 */
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const git_runner_js_1 = __webpack_require__(3338);
const z_output_js_1 = __webpack_require__(8971);
exports.AGENT_INSTRUCTION_FILES = [
    'AGENTS.md',
    'AGENTS.override.md',
    'CLAUDE.md',
    'CLAUDE.local.md',
    '.mcp.json'
];
exports.AGENT_CONFIG_DIRS = ['.claude', '.codex', '.agents'];
/**
 * Worktree-relative paths of agent configuration that differs from the worktree's HEAD:
 * new (untracked, or ignored by a .gitignore rule) or modified. At the top of the worktree,
 * where the CLIs look, ignored files count too; below it only files git would show (a
 * dependency directory full of packages' own AGENTS.md files is not a planted config).
 * Deleted files do not count: removing instructions steers nothing. `readClean`: the
 * caller's own `git status` of the worktree (untracked files listed, no pathspec), with
 * nothing run in it since, showed no change, so the reading below the top would find
 * nothing and is not taken.
 */
async function unreviewedAgentConfig(worktree, known = {}) {
    const top = [...exports.AGENT_INSTRUCTION_FILES, ...exports.AGENT_CONFIG_DIRS].map((name) => `:(top,literal)${name}`);
    const nested = exports.AGENT_INSTRUCTION_FILES.map((name) => `:(top,glob)**/${name}`);
    const status = ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames'];
    // The top-level reading reports only what exists there (deletions do not count): when none
    // of the names does, the nested reading, which covers the top too, is the whole answer.
    const names = [...exports.AGENT_INSTRUCTION_FILES, ...exports.AGENT_CONFIG_DIRS];
    const atTopExists = names.some((name) => exists((0, node_path_1.join)(worktree, name)));
    const readings = await Promise.all([
        atTopExists
            ? (0, git_runner_js_1.runGit)(worktree, [...status, '--ignored=traditional', '--', ...top])
            : Promise.resolve(''),
        known.readClean === true ? Promise.resolve('') : (0, git_runner_js_1.runGit)(worktree, [...status, '--', ...nested])
    ]);
    const paths = new Set();
    for (const record of readings.flatMap(z_output_js_1.parseNulList)) {
        const code = record.slice(0, 2);
        if (code.includes('D'))
            continue;
        paths.add(record.slice(3));
    }
    return [...paths].sort();
}
/** Most names asked about are absent: lstat is asked not to throw for them. */
function exists(path) {
    try {
        return (0, node_fs_1.lstatSync)(path, { throwIfNoEntry: false }) !== undefined;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 3625:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.runVerify = runVerify;
const promises_1 = __webpack_require__(1455);
const run_store_js_1 = __webpack_require__(6525);
const layout_js_1 = __webpack_require__(8951);
const run_id_js_1 = __webpack_require__(4340);
const verify_provenance_js_1 = __webpack_require__(1833);
const errors_js_1 = __webpack_require__(3916);
const repo_root_js_1 = __webpack_require__(6981);
/**
 * `verify`: checks a run branch commit by commit against the run's provenance statements
 * (docs/provenance.md). One line per commit; exit 1 at the first broken link.
 */
async function runVerify(io, setExitCode, options) {
    if (options.runId === undefined && options.branch === undefined)
        throw new errors_js_1.UsageError('give --run-id, --branch, or both');
    const repoRoot = await (0, repo_root_js_1.resolveRepoRoot)(io.cwd);
    const runId = options.runId ?? (await runOfBranch(repoRoot, options.branch));
    const problem = (0, run_id_js_1.runIdProblem)(runId);
    if (problem !== undefined)
        throw new errors_js_1.UserInputError(problem);
    // Not findRun: a run's artifacts downloaded into another checkout are verified as well
    // (verify only reads, and checks everything it reads against git and the statements).
    const layout = (0, layout_js_1.runLayout)(repoRoot, runId);
    const info = await (0, promises_1.lstat)(layout.controlDir).catch(() => undefined);
    if (info === undefined || !info.isDirectory())
        throw new errors_js_1.UserInputError(`no run ${runId} in this repository; list runs: plan-orchestrator status --all`);
    const result = await (0, verify_provenance_js_1.verifyRunBranch)(layout, options.branch);
    for (const line of result.lines)
        io.stdout(`${line.commit} ${line.item ?? '-'} ${line.ok ? line.verdict : `BROKEN: ${line.verdict}`}\n`);
    if (result.ok) {
        io.stdout(`verified: ${result.lines.length} commit(s) of ${result.branch} (at ${result.tip}) against run ${runId}\n`);
        return;
    }
    const broken = result.lines.find((line) => !line.ok);
    io.stderr(`error: verification failed at commit ${broken?.commit ?? '?'}${broken?.item === null || broken === undefined ? '' : ` (item ${broken.item})`}: ${broken?.verdict ?? ''}\n`);
    setExitCode(1);
}
/** The run whose recorded branch is `branch`. */
async function runOfBranch(repoRoot, branch) {
    for (const id of await (0, run_store_js_1.listRunIds)(repoRoot)) {
        const state = await (0, run_store_js_1.loadRunState)((0, layout_js_1.runLayout)(repoRoot, id)).catch(() => undefined);
        if (state?.run_branch_name === branch)
            return id;
    }
    throw new errors_js_1.UserInputError(`no run of this repository has the branch ${branch}; give --run-id`);
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

/***/ 1833:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.verifyRunBranch = verifyRunBranch;
const node_crypto_1 = __webpack_require__(7598);
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const git_port_js_1 = __webpack_require__(4606);
const run_store_js_1 = __webpack_require__(6525);
const history_js_1 = __webpack_require__(9355);
const git_runner_js_1 = __webpack_require__(3338);
const chain_js_1 = __webpack_require__(9918);
const statement_js_1 = __webpack_require__(4138);
const layout_js_1 = __webpack_require__(8951);
const gha_js_1 = __webpack_require__(9054);
const normalized_plan_js_1 = __webpack_require__(6591);
const provenance_js_1 = __webpack_require__(5377);
const errors_js_1 = __webpack_require__(3916);
const provenance_js_2 = __webpack_require__(358);
async function verifyRunBranch(layout, branch) {
    const root = layout.repoRoot;
    const state = await (0, run_store_js_1.loadRunState)(layout);
    const name = branch ?? state.run_branch_name;
    const tip = await resolveCommit(root, name);
    if (tip === undefined)
        throw new errors_js_1.UserInputError(`no branch ${name} in this repository`);
    const base = state.base_head_sha;
    const planText = await (0, promises_1.readFile)(layout.normalizedPlanPath, 'utf8').catch(() => undefined);
    if (planText === undefined)
        throw new errors_js_1.UserInputError(`run ${state.run_id} has no normalized plan (${layout.normalizedPlanPath})`);
    const plan = normalized_plan_js_1.NormalizedPlanSchema.parse(JSON.parse(planText));
    const result = (lines) => ({
        branch: name,
        tip,
        lines,
        ok: lines.every((line) => line.ok)
    });
    if (!(await (0, history_js_1.isAncestor)(root, base, tip)))
        return result([
            {
                commit: tip,
                item: null,
                verdict: `the branch does not start from the run's base ${base}`,
                ok: false
            }
        ]);
    const located = await readStatements(layout);
    if ('broken' in located)
        return result([located.broken]);
    const commits = await (0, history_js_1.commitsSince)(root, base, tip);
    const lines = await (0, chain_js_1.walkChain)({
        runId: state.run_id,
        baseSha: base,
        commits,
        statements: located.statements,
        plan: plan.items,
        ranOnGitHub: await present((0, node_path_1.join)(layout.controlDir, gha_js_1.GHA_RUN_FILE))
    }, (statement) => checkAgainstFiles(layout, state, statement));
    return result(lines);
}
/** Every `items/<ITEM>/attempt-<N>/provenance.intoto.json` of the run, parsed. */
async function readStatements(layout) {
    const statements = [];
    const itemsDir = (0, node_path_1.join)(layout.controlDir, 'items');
    for (const item of (await (0, promises_1.readdir)(itemsDir).catch(() => [])).sort()) {
        for (const attempt of (await (0, promises_1.readdir)((0, node_path_1.join)(itemsDir, item)).catch(() => [])).sort()) {
            const absolute = (0, node_path_1.join)(itemsDir, item, attempt, provenance_js_1.STATEMENT_FILE);
            if (!(await present(absolute)))
                continue;
            const path = (0, node_path_1.relative)(layout.repoRoot, absolute).split(node_path_1.sep).join('/');
            const broken = (reason) => ({
                broken: { commit: '-', item, verdict: `statement ${path}: ${reason}`, ok: false }
            });
            const info = await (0, promises_1.lstat)(absolute);
            if (!info.isFile())
                return broken('not a regular file');
            const text = await (0, promises_1.readFile)(absolute, 'utf8');
            let json;
            try {
                json = JSON.parse(text);
            }
            catch {
                return broken('not JSON (edited?)');
            }
            const parsed = provenance_js_1.ProvenanceStatementSchema.safeParse(json);
            if (!parsed.success)
                return broken('does not match the statement schema (edited?)');
            const statement = parsed.data;
            if ((0, statement_js_1.statementText)(statement) !== text)
                return broken('not in canonical form, so not as the orchestrator wrote it (edited?)');
            if (statement.predicate.run.run_id !== layout.runId)
                return broken(`a statement of run ${statement.predicate.run.run_id}, not of ${layout.runId}`);
            if (statement.predicate.item.item_id !== item)
                return broken(`a statement of item ${statement.predicate.item.item_id} in item ${item}'s directory`);
            statements.push({ path, statement });
        }
    }
    return { statements };
}
/**
 * A statement against the run's files: the files it names must still hold the bytes it
 * digested, and building it again from the run's records must give the same bytes.
 */
async function checkAgainstFiles(layout, state, located) {
    const { statement } = located;
    const [checkpoint, patch] = statement.subject;
    if (checkpoint === undefined ||
        !('gitCommit' in checkpoint.digest) ||
        checkpoint.digest.gitCommit !== statement.predicate.change.checkpoint_sha ||
        patch === undefined ||
        !('sha256' in patch.digest) ||
        patch.digest.sha256 !== statement.predicate.change.patch.sha256 ||
        patch.name !== statement.predicate.change.patch.path ||
        statement.subject.length !== 2)
        return `statement ${located.path}: its subject is not its checkpoint and patch (edited?)`;
    const allowed = [`${layout_js_1.CONTROL_ROOT}/${layout.runId}/`, `${layout_js_1.REPORT_ROOT}/${layout.runId}/`];
    for (const file of (0, statement_js_1.fileDigestsOf)(statement.predicate)) {
        const what = describeFile(file.path);
        if (!allowed.some((prefix) => file.path.startsWith(prefix)) ||
            file.path.split('/').includes('..'))
            return `statement ${located.path} names ${file.path}, which is not a file of run ${layout.runId}`;
        const absolute = (0, node_path_1.join)(layout.repoRoot, file.path);
        const info = await (0, promises_1.lstat)(absolute).catch(() => undefined);
        if (info === undefined)
            return `${what} ${file.path} is missing`;
        if (!info.isFile())
            return `${what} ${file.path} is not a regular file`;
        const digest = (0, node_crypto_1.createHash)('sha256')
            .update(await (0, promises_1.readFile)(absolute))
            .digest('hex');
        if (digest !== file.sha256)
            return `${what} ${file.path} does not match its digest in ${located.path} (changed after the item passed)`;
    }
    let rebuilt;
    try {
        rebuilt = (0, statement_js_1.statementText)(await (0, provenance_js_2.buildItemStatement)(layout, state, statement.predicate.item.item_id, (0, git_port_js_1.createGitPort)()));
    }
    catch (error) {
        return `statement ${located.path} cannot be rebuilt from the run's records: ${error instanceof Error ? error.message : String(error)}`;
    }
    if (rebuilt !== (await (0, promises_1.readFile)((0, node_path_1.join)(layout.repoRoot, located.path), 'utf8')))
        return `statement ${located.path} differs from the one the run's records give (edited?)`;
    return undefined;
}
/** A name for the file a digest is about, for the one-line reason. */
function describeFile(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (name === 'gha_gate.json')
        return "GitHub's approval record";
    if (name === 'manual_gate.json')
        return 'the approval record';
    if (path.includes('/logs/verification.'))
        return 'verification log';
    if (name.startsWith('verification_report'))
        return 'verification report';
    if (name.includes('audit_report'))
        return 'audit report';
    if (name.endsWith('.patch'))
        return 'patch';
    if (path.includes('/calls/'))
        return 'agent call record';
    if (path.includes('/external_evidence/'))
        return 'evidence file';
    return 'file';
}
async function resolveCommit(root, name) {
    if (name.startsWith('-') || name.trim() === '')
        return undefined;
    const { exitCode } = await (0, git_runner_js_1.runGitForExitCode)(root, [
        'rev-parse',
        '--verify',
        '--quiet',
        '--end-of-options',
        `refs/heads/${name}^{commit}`
    ]);
    if (exitCode !== 0)
        return undefined;
    return (await (0, git_runner_js_1.runGit)(root, ['rev-parse', '--verify', '--end-of-options', `refs/heads/${name}^{commit}`])).trim();
}
async function present(path) {
    return (0, promises_1.lstat)(path).then(() => true, () => false);
}


/***/ }),

/***/ 9918:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.walkChain = walkChain;
/**
 * Walks the commits and stops at the first broken link. `checkStatement` returns the reason a
 * statement does not hold against the run's files, or undefined.
 */
async function walkChain(input, checkStatement) {
    const lines = [];
    const fail = (commit, item, reason) => {
        lines.push({ commit, item, verdict: reason, ok: false });
        return lines;
    };
    const byCommit = new Map();
    for (const located of input.statements) {
        for (const commit of located.statement.predicate.change.commits) {
            const other = byCommit.get(commit);
            if (other !== undefined)
                return fail(commit, located.statement.predicate.item.item_id, `named by two statements (${other.path} and ${located.path})`);
            byCommit.set(commit, located);
        }
    }
    const planOrder = new Map(input.plan.map((item) => [item.item_id, item]));
    const passed = new Set();
    let previous = input.baseSha;
    let lastOrder = 0;
    let current;
    for (const commit of input.commits) {
        const located = byCommit.get(commit.sha);
        const itemId = located?.statement.predicate.item.item_id ?? null;
        if (commit.parents.length !== 1 || commit.parents[0] !== previous)
            return fail(commit.sha, itemId, commit.parents.length === 1
                ? `its parent ${commit.parents[0] ?? ''} is not the commit before it on the branch`
                : `a commit with ${commit.parents.length} parents (the run branch is a straight line)`);
        if (located === undefined)
            return fail(commit.sha, null, `no statement of run ${input.runId} names this commit`);
        const { predicate } = located.statement;
        const change = predicate.change;
        if (current === undefined || current.located !== located) {
            if (current !== undefined &&
                current.next < current.located.statement.predicate.change.commits.length)
                return fail(commit.sha, itemId, `item ${current.located.statement.predicate.item.item_id}'s change ends before its checkpoint`);
            if (change.commits[0] !== commit.sha || change.base_sha !== previous)
                return fail(commit.sha, itemId, `item ${predicate.item.item_id}'s change does not start here (its statement says base ${change.base_sha})`);
            const planned = planOrder.get(predicate.item.item_id);
            if (planned === undefined)
                return fail(commit.sha, itemId, `item ${predicate.item.item_id} is not in the run's plan`);
            if (planned.order <= lastOrder)
                return fail(commit.sha, itemId, `item ${planned.item_id} comes after a later item of the plan`);
            const missing = planned.prerequisite_item_ids.filter((id) => !passed.has(id));
            if (missing.length > 0)
                return fail(commit.sha, itemId, `item ${planned.item_id} passed before its prerequisite(s) ${missing.join(', ')}`);
            if (planned.manual_gate.required) {
                const gate = predicate.gate;
                if (gate === null)
                    return fail(commit.sha, itemId, `item ${planned.item_id} is gated but carries no approval`);
                if (input.ranOnGitHub && gate.source.kind !== 'github_approval')
                    return fail(commit.sha, itemId, `item ${planned.item_id} is gated but carries no approval record from GitHub`);
            }
            const problem = await checkStatement(located);
            if (problem !== undefined)
                return fail(commit.sha, itemId, problem);
            current = { located, next: 0 };
            lastOrder = planned.order;
        }
        if (change.commits[current.next] !== commit.sha)
            return fail(commit.sha, itemId, `out of order within item ${predicate.item.item_id}'s change`);
        current.next += 1;
        const atCheckpoint = commit.sha === change.checkpoint_sha;
        if (atCheckpoint)
            passed.add(predicate.item.item_id);
        lines.push({
            commit: commit.sha,
            item: predicate.item.item_id,
            verdict: atCheckpoint
                ? `ok: checkpoint, ${predicate.outcome === 'approved' ? `approved by ${predicate.gate?.reviewer ?? '?'}` : 'passed review'} (${located.path})`
                : `ok: part of the change (${located.path})`,
            ok: true
        });
        previous = commit.sha;
    }
    const last = input.commits.at(-1)?.sha ?? input.baseSha;
    if (current !== undefined &&
        current.next < current.located.statement.predicate.change.commits.length)
        return fail(last, current.located.statement.predicate.item.item_id, `the branch ends inside item ${current.located.statement.predicate.item.item_id}'s change`);
    const onBranch = new Set(input.commits.map((commit) => commit.sha));
    for (const located of input.statements) {
        const checkpoint = located.statement.predicate.change.checkpoint_sha;
        if (!onBranch.has(checkpoint))
            return fail(checkpoint, located.statement.predicate.item.item_id, `item ${located.statement.predicate.item.item_id} has a statement (${located.path}) but its checkpoint is not on the branch`);
    }
    return lines;
}


/***/ })

};

//# sourceMappingURL=625.index.js.map