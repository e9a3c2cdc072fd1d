export const id = 957;
export const ids = [957];
export const modules = {

/***/ 9328:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.cleanCommand = cleanCommand;
const commander_1 = __webpack_require__(8909);
const json_output_js_1 = __webpack_require__(8094);
function cleanCommand(io) {
    return new commander_1.Command('clean')
        .description("Remove a run's worktrees and attempt branches; keep its state, reports and run branch.")
        .requiredOption('--run-id <id>', 'the run')
        .addHelpText('after', '\nRefused while another command works on the run (it holds the run lock). The attempt branch of an\n' +
        'item that awaits its gate or has not finished is kept: an approval needs its checkpoint.\n' +
        'Example:\n  plan-orchestrator clean --run-id RUN_20261125T120000Z_1a2b3c4d')
        .action(async (options) => {
        const [{ cleanRun }, { findRun }, { resolveRepoRoot }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(924), __webpack_require__.e(648), __webpack_require__.e(98), __webpack_require__.e(525), __webpack_require__.e(369)]).then(__webpack_require__.bind(__webpack_require__, 8369)),
            Promise.all(/* import() */[__webpack_require__.e(924), __webpack_require__.e(98), __webpack_require__.e(525)]).then(__webpack_require__.bind(__webpack_require__, 6525)),
            __webpack_require__.e(/* import() */ 981).then(__webpack_require__.bind(__webpack_require__, 6981))
        ]);
        const run = await findRun(await resolveRepoRoot(io.cwd), options.runId);
        io.stdout((0, json_output_js_1.toJsonText)(await cleanRun(run)));
    });
}


/***/ }),

/***/ 206:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.demoCommand = demoCommand;
const commander_1 = __webpack_require__(8909);
function demoCommand(io) {
    return new commander_1.Command('demo')
        .description('Run the demo playbook end to end with the scripted agent, in a fresh git repository.')
        .option('--dir <dir>', 'where to create the demo repository (must be empty or absent; default: a new temporary directory)')
        .option('--quiet', 'no progress output')
        .option('--supervise', 'run each step under a supervisor (supervise run), which stops watching at the human stops')
        .option('--agent-user <user>', 'run the agent and the verification commands as this dedicated OS user (docs/security.md)')
        .action(async (options) => {
        const { runDemo } = await Promise.all(/* import() */[__webpack_require__.e(924), __webpack_require__.e(785), __webpack_require__.e(648), __webpack_require__.e(98), __webpack_require__.e(525), __webpack_require__.e(967), __webpack_require__.e(143), __webpack_require__.e(180), __webpack_require__.e(358), __webpack_require__.e(915), __webpack_require__.e(99), __webpack_require__.e(105), __webpack_require__.e(998), __webpack_require__.e(273), __webpack_require__.e(802), __webpack_require__.e(165), __webpack_require__.e(283), __webpack_require__.e(922), __webpack_require__.e(923)]).then(__webpack_require__.bind(__webpack_require__, 6923));
        await runDemo(io, options);
    });
}


/***/ }),

/***/ 9866:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.doctorCommand = doctorCommand;
exports.renderDoctor = renderDoctor;
const commander_1 = __webpack_require__(8909);
const errors_js_1 = __webpack_require__(3916);
const json_output_js_1 = __webpack_require__(8094);
function doctorCommand(io, setExitCode) {
    return new commander_1.Command('doctor')
        .description("Check the environment, a playbook and a run's local state; --fix-safe rebuilds what can be rebuilt exactly.")
        .option('--run-id <id>', "check this run's state, branches, worktrees and artifacts")
        .option('--playbook <file>', 'check that this playbook reads and normalizes')
        .option('--fix-safe', 'rebuild normalized_plan.json from the playbook snapshot, and runtime_policy.json when it can be regenerated exactly (under the run lock)')
        .addOption(new commander_1.Option('--agents <set>', "whose CLIs must be on PATH (default: with --run-id the run's recorded agents, else codex-claude)").choices(['codex-claude', 'scripted']))
        .addOption(new commander_1.Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
        .addHelpText('after', '\nExit 0 when no check is an error (warnings allowed), 1 otherwise. Tracked files, branches,\n' +
        'worktrees, model reports and run_state.json are never rewritten.\n' +
        'Example:\n  plan-orchestrator doctor --run-id RUN_20261125T120000Z_1a2b3c4d --fix-safe')
        .action(async (options) => {
        if (options.runId === undefined && options.playbook === undefined)
            throw new errors_js_1.UsageError('give --run-id, --playbook, or both');
        const [{ createGitPort }, { runDoctor }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(924), __webpack_require__.e(143), __webpack_require__.e(789)]).then(__webpack_require__.bind(__webpack_require__, 4606)),
            Promise.all(/* import() */[__webpack_require__.e(924), __webpack_require__.e(785), __webpack_require__.e(648), __webpack_require__.e(98), __webpack_require__.e(525), __webpack_require__.e(967), __webpack_require__.e(143), __webpack_require__.e(180), __webpack_require__.e(358), __webpack_require__.e(915), __webpack_require__.e(99), __webpack_require__.e(105), __webpack_require__.e(273), __webpack_require__.e(165), __webpack_require__.e(283)]).then(__webpack_require__.bind(__webpack_require__, 283))
        ]);
        const report = await runDoctor({
            cwd: io.cwd,
            env: io.env,
            ...(options.runId === undefined ? {} : { runId: options.runId }),
            ...(options.playbook === undefined ? {} : { playbookPath: options.playbook }),
            fixSafe: options.fixSafe === true,
            ...(options.agents === undefined ? {} : { agents: options.agents }),
            git: createGitPort(),
            clock: { now: () => new Date() }
        });
        io.stdout(options.format === 'json' ? (0, json_output_js_1.toJsonText)(report) : renderDoctor(report));
        setExitCode(report.exit_code);
    });
}
function renderDoctor(report) {
    const lines = [`DOCTOR ${report.repo_root}`, `Result: ${report.ok ? 'ok' : 'error'}`];
    for (const check of report.checks) {
        lines.push(`- ${check.name}: ${check.status}${check.detail ? ` (${check.detail})` : ''}`);
        lines.push(...followUp(check).map((line) => `    ${line}`));
    }
    lines.push(report.repairs.length === 0 ? 'Repairs: none' : 'Repairs:');
    for (const repair of report.repairs) {
        const about = repair.detail ?? repair.path;
        lines.push(`- ${repair.name}: ${repair.status}${about === undefined ? '' : ` (${about})`}`);
    }
    return `${lines.join('\n')}\n`;
}
/** The indented lines under a check: its checks map, then non-empty lists and errors. */
function followUp(check) {
    const lines = [];
    const map = check.checks;
    if (typeof map === 'object' && map !== null) {
        for (const [key, value] of Object.entries(map))
            lines.push(`${key}=${value === true ? 'yes' : value === false ? 'no' : 'n/a'}`);
    }
    for (const [key, value] of Object.entries(check)) {
        if (Array.isArray(value) && value.length > 0)
            lines.push(`${key}:`, ...value.map((entry) => `  - ${listEntry(entry)}`));
        else if (key.endsWith('_error') && typeof value === 'string')
            lines.push(`${key}: ${value}`);
    }
    return lines;
}
function listEntry(entry) {
    if (typeof entry !== 'object' || entry === null)
        return String(entry);
    if ('description' in entry)
        return String(entry.description);
    const { item_id, key, path } = entry;
    return `item ${item_id ?? '?'} ${key ?? ''}: ${path ?? ''}`;
}


/***/ }),

/***/ 9787:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.STARTER_PLAYBOOK = void 0;
exports.initCommand = initCommand;
const commander_1 = __webpack_require__(8909);
exports.STARTER_PLAYBOOK = 'playbook.md';
function initCommand(io) {
    return new commander_1.Command('init')
        .description('Write a commented starter playbook, plan_orchestrator.json with the default runtime policy, and an example scenario.')
        .option('--dir <dir>', 'where to write them (default: the top of the git repository around the current directory)')
        .addHelpText('after', '\nExisting files are never overwritten. Example:\n  plan-orchestrator init && plan-orchestrator lint')
        .action(async (options) => {
        const { runInit } = await Promise.all(/* import() */[__webpack_require__.e(924), __webpack_require__.e(478)]).then(__webpack_require__.bind(__webpack_require__, 1478));
        await runInit(io, options);
    });
}


/***/ }),

/***/ 980:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.lintCommand = lintCommand;
const commander_1 = __webpack_require__(8909);
const playbook_flag_js_1 = __webpack_require__(2126);
const init_js_1 = __webpack_require__(9787);
function lintCommand(io) {
    return new commander_1.Command('lint')
        .description("Check a playbook (and the repository's plan_orchestrator.json) the way a run would, without running anything.")
        .option('--playbook <file>', `the markdown_playbook_v1 file (default: $${playbook_flag_js_1.PLAYBOOK_ENV}, else ${init_js_1.STARTER_PLAYBOOK} at the top of the repository, as init writes it)`)
        .option('--scenario <file>', 'also check a scenario file for --agents scripted')
        .addHelpText('after', '\nIn a GitHub Actions job every problem is also an annotation on its line (::error file=\u2026,line=\u2026).\n' +
        'Example:\n  plan-orchestrator lint --playbook playbook.md')
        .action(async (options) => {
        const { runLint } = await Promise.all(/* import() */[__webpack_require__.e(924), __webpack_require__.e(785), __webpack_require__.e(98), __webpack_require__.e(180), __webpack_require__.e(638)]).then(__webpack_require__.bind(__webpack_require__, 8025));
        await runLint(io, options);
    });
}


/***/ }),

/***/ 4424:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.listItemsCommand = listItemsCommand;
const commander_1 = __webpack_require__(8909);
const json_output_js_1 = __webpack_require__(8094);
function listItemsCommand(io) {
    return new commander_1.Command('list-items')
        .description('List the items of a playbook in execution order.')
        .option('--playbook <file>', 'the markdown_playbook_v1 file (default: $PLAN_ORCHESTRATOR_PLAYBOOK_PATH)')
        .addOption(new commander_1.Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
        .addHelpText('after', '\nExample:\n  plan-orchestrator list-items --playbook examples/demo/playbook.md --format json')
        .action(async (options) => {
        const [{ loadPlanItems, playbookPath }, { renderItemTable }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(785), __webpack_require__.e(180), __webpack_require__.e(978)]).then(__webpack_require__.bind(__webpack_require__, 9506)),
            __webpack_require__.e(/* import() */ 139).then(__webpack_require__.bind(__webpack_require__, 139))
        ]);
        const items = await loadPlanItems(playbookPath(options.playbook, io), io);
        io.stdout(options.format === 'json' ? (0, json_output_js_1.toJsonText)(items) : renderItemTable(items));
    });
}


/***/ }),

/***/ 627:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MISSING_CHECKPOINT = void 0;
exports.markManualGateCommand = markManualGateCommand;
const commander_1 = __webpack_require__(8909);
const errors_js_1 = __webpack_require__(3916);
const json_output_js_1 = __webpack_require__(8094);
/**
 * Why a decision must name its checkpoint: without it, a decision taken on one version of the
 * item's work could land on another one that replaced it after the review.
 */
exports.MISSING_CHECKPOINT = '--checkpoint is required: a gate decision holds for the checkpoint you reviewed only, so name it (status and the gate summary print the exact command)';
function markManualGateCommand(io) {
    return new commander_1.Command('mark-manual-gate')
        .description('Record a human decision on an item that awaits its gate. Approval moves the run branch to the reviewed checkpoint.')
        .requiredOption('--run-id <id>', 'the run')
        .requiredOption('--item <id>', 'the gated item')
        .addOption(new commander_1.Option('--decision <decision>', 'the decision')
        .choices(['approved', 'rejected'])
        .makeOptionMandatory())
        .requiredOption('--by <name>', 'who decides')
        .option('--note <text>', 'why (required for a rejection)')
        .option('--evidence-path <path>', 'evidence of the review (repeatable)', (value, all) => [...all, value], [])
        .option('--checkpoint <sha>', 'the checkpoint you reviewed (required); the decision is refused for any other')
        .addHelpText('after', '\nThe gate record (manual_gate.json) names the checkpoint under review; a decision is refused when\n' +
        'the item or the run branch moved since. `status` prints the exact command. Example:\n' +
        '  plan-orchestrator mark-manual-gate --run-id RUN_\u2026 --item 02 --decision approved --by ada --note "wording ok" --checkpoint 3f2a\u2026')
        .action(async (options) => {
        if (options.checkpoint === undefined || options.checkpoint.trim() === '')
            throw new errors_js_1.UsageError(exports.MISSING_CHECKPOINT);
        if (options.by.trim() === '')
            throw new errors_js_1.UsageError('--by must name who decides');
        if (options.decision === 'rejected' && (options.note ?? '').trim() === '') {
            throw new errors_js_1.UsageError('a rejection needs --note saying why');
        }
        const { recordGateDecision } = await Promise.all(/* import() */[__webpack_require__.e(924), __webpack_require__.e(785), __webpack_require__.e(648), __webpack_require__.e(98), __webpack_require__.e(525), __webpack_require__.e(967), __webpack_require__.e(143), __webpack_require__.e(180), __webpack_require__.e(358), __webpack_require__.e(915), __webpack_require__.e(99), __webpack_require__.e(105), __webpack_require__.e(998), __webpack_require__.e(273), __webpack_require__.e(802)]).then(__webpack_require__.bind(__webpack_require__, 3802));
        const result = await recordGateDecision({
            cwd: io.cwd,
            env: io.env,
            runId: options.runId,
            itemId: options.item,
            decision: options.decision,
            by: options.by.trim(),
            note: (options.note ?? '').trim() || `${options.decision} by ${options.by.trim()}`,
            evidencePaths: options.evidencePath,
            checkpoint: options.checkpoint.trim()
        });
        io.stdout((0, json_output_js_1.toJsonText)(result));
    });
}


/***/ }),

/***/ 1394:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.normalizeCommand = normalizeCommand;
const commander_1 = __webpack_require__(8909);
const errors_js_1 = __webpack_require__(3916);
const json_output_js_1 = __webpack_require__(8094);
function normalizeCommand(io) {
    return new commander_1.Command('normalize')
        .description('Print the normalized plan (normalized_plan.json) of a playbook.')
        .option('--playbook <file>', 'the markdown_playbook_v1 file (default: $PLAN_ORCHESTRATOR_PLAYBOOK_PATH)')
        .option('--output <file>', 'write the plan to this file (atomically) instead of standard output')
        .addHelpText('after', '\nExample:\n  plan-orchestrator normalize --playbook examples/demo/playbook.md --output plan.json')
        .action(async (options) => {
        const { loadPlan, playbookPath } = await Promise.all(/* import() */[__webpack_require__.e(785), __webpack_require__.e(180), __webpack_require__.e(978)]).then(__webpack_require__.bind(__webpack_require__, 9506));
        const plan = await loadPlan(playbookPath(options.playbook, io), io);
        const text = (0, json_output_js_1.toJsonText)(plan);
        if (options.output === undefined) {
            io.stdout(text);
            return;
        }
        const output = options.output;
        const { writeFileAtomically } = await __webpack_require__.e(/* import() */ 14).then(__webpack_require__.bind(__webpack_require__, 7014));
        await writeFileAtomically(output, text, { userFile: true }).catch((error) => {
            throw new errors_js_1.UserInputError(`cannot write ${output}: ${(0, errors_js_1.describeError)(error)}`);
        });
        io.stderr(`wrote ${options.output} (${plan.items.length} items)\n`);
    });
}


/***/ }),

/***/ 3688:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.prBodyCommand = prBodyCommand;
const commander_1 = __webpack_require__(8909);
function prBodyCommand(io) {
    return new commander_1.Command('pr-body')
        .description("Print the pull request body of a run (markdown): the run's items, gate decisions, verification, audits and cost.")
        .requiredOption('--run-id <id>', 'the run')
        .option('--base <branch>', 'the branch the pull request merges into', 'main')
        .addHelpText('after', '\nThe same body the GitHub Action writes. Example:\n' +
        '  plan-orchestrator pr-body --run-id RUN_\u2026 | gh pr create --head orchestrator/run/RUN_\u2026 --title "\u2026" --body-file -')
        .action(async (options) => {
        const [{ readProvenanceLines, readRunFacts }, { findRun }, { renderPrBody }, { resolveRepoRoot }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(924), __webpack_require__.e(98), __webpack_require__.e(525), __webpack_require__.e(967), __webpack_require__.e(472)]).then(__webpack_require__.bind(__webpack_require__, 1472)),
            Promise.all(/* import() */[__webpack_require__.e(924), __webpack_require__.e(98), __webpack_require__.e(525)]).then(__webpack_require__.bind(__webpack_require__, 6525)),
            __webpack_require__.e(/* import() */ 659).then(__webpack_require__.bind(__webpack_require__, 7659)),
            __webpack_require__.e(/* import() */ 981).then(__webpack_require__.bind(__webpack_require__, 6981))
        ]);
        const run = await findRun(await resolveRepoRoot(io.cwd), options.runId);
        const facts = await readRunFacts(run);
        const provenance = await readProvenanceLines(run, facts.state);
        io.stdout(renderPrBody({ facts, baseBranch: options.base, provenance }));
    });
}


/***/ }),

/***/ 1514:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.refreshRunCommand = refreshRunCommand;
const commander_1 = __webpack_require__(8909);
const json_output_js_1 = __webpack_require__(8094);
function refreshRunCommand(io) {
    return new commander_1.Command('refresh-run')
        .description('Continue a run on a newer base: move it to a new run branch at REF (which must contain the current run branch) and normalize its plan again from the snapshot.')
        .requiredOption('--run-id <id>', 'the run to refresh')
        .requiredOption('--retarget-run-branch-to <ref>', 'a commit, branch or tag that descends from (or equals) the run branch')
        .addHelpText('after', '\nThe new branch is orchestrator/run-refresh/<RUN>/<K>; the old run branch is kept. Refused while\n' +
        'an item awaits a human gate. The result is printed as JSON on stdout.\n' +
        'Example:\n  plan-orchestrator refresh-run --run-id RUN_20261125T120000Z_1a2b3c4d --retarget-run-branch-to main')
        .action(async (options) => {
        // One after the other: jest's ESM loader fails to link two modules that share
        // dependencies when they are imported at once (the bundle does not care).
        const { refreshRun } = await Promise.all(/* import() */[__webpack_require__.e(924), __webpack_require__.e(785), __webpack_require__.e(648), __webpack_require__.e(98), __webpack_require__.e(525), __webpack_require__.e(967), __webpack_require__.e(143), __webpack_require__.e(180), __webpack_require__.e(358), __webpack_require__.e(915), __webpack_require__.e(105), __webpack_require__.e(165)]).then(__webpack_require__.bind(__webpack_require__, 1165));
        const { createGitPort } = await Promise.all(/* import() */[__webpack_require__.e(924), __webpack_require__.e(143), __webpack_require__.e(789)]).then(__webpack_require__.bind(__webpack_require__, 4606));
        const result = await refreshRun({
            cwd: io.cwd,
            env: io.env,
            runId: options.runId,
            targetRef: options.retargetRunBranchTo,
            git: createGitPort(),
            clock: { now: () => new Date() }
        });
        io.stdout((0, json_output_js_1.toJsonText)(result));
    });
}


/***/ }),

/***/ 4426:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resumeCommand = resumeCommand;
const commander_1 = __webpack_require__(8909);
const json_output_js_1 = __webpack_require__(8094);
const work_flags_js_1 = __webpack_require__(1739);
function resumeCommand(io) {
    return (0, work_flags_js_1.addWorkOptions)(new commander_1.Command('resume')
        .description('Continue a run: retry a blocked (with evidence), escalated or interrupted item with a fresh attempt, or run the next unfinished item.')
        .requiredOption('--run-id <id>', 'the run to continue')
        .option('--external-evidence-dir <dir>', 'evidence for an item blocked on human-supplied evidence (copied and hashed)')
        .option('--auto-advance', 'after a pass, go on to the following items'))
        .addHelpText('after', '\nRefused while an item awaits a human gate (decide it with mark-manual-gate).\n' +
        'The budget flags (and the same keys in plan_orchestrator.json or the environment) replace\n' +
        "the run's recorded limits, e.g. to continue an item stopped with budget_exhausted.\n" +
        'Works with the agents (and scenario) the run recorded unless --agents or --scenario say otherwise;\n' +
        'what they say is recorded, so later commands continue with it.\n' +
        'Example:\n  plan-orchestrator resume --run-id RUN_20261125T120000Z_1a2b3c4d --external-evidence-dir evidence')
        .action(async (options) => {
        const [{ resumeExistingRun }, { printGateHint }, { readBudgetFlags, readWorkOptions }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(924), __webpack_require__.e(785), __webpack_require__.e(648), __webpack_require__.e(98), __webpack_require__.e(525), __webpack_require__.e(967), __webpack_require__.e(143), __webpack_require__.e(180), __webpack_require__.e(358), __webpack_require__.e(915), __webpack_require__.e(99), __webpack_require__.e(105), __webpack_require__.e(998), __webpack_require__.e(273), __webpack_require__.e(802), __webpack_require__.e(763), __webpack_require__.e(541)]).then(__webpack_require__.bind(__webpack_require__, 3763)),
            Promise.all(/* import() */[__webpack_require__.e(924), __webpack_require__.e(98), __webpack_require__.e(525), __webpack_require__.e(967), __webpack_require__.e(477)]).then(__webpack_require__.bind(__webpack_require__, 2477)),
            Promise.all(/* import() */[__webpack_require__.e(924), __webpack_require__.e(98), __webpack_require__.e(62)]).then(__webpack_require__.bind(__webpack_require__, 1062))
        ]);
        const work = readWorkOptions(io, options);
        const result = await resumeExistingRun({
            cwd: io.cwd,
            env: io.env,
            runId: options.runId,
            autoAdvance: options.autoAdvance === true,
            budgets: readBudgetFlags(options),
            ...(options.externalEvidenceDir === undefined
                ? {}
                : { evidenceDir: options.externalEvidenceDir }),
            ...work
        });
        io.stdout((0, json_output_js_1.toJsonText)(result));
        await printGateHint(io, result, options.quiet === true);
    });
}


/***/ }),

/***/ 7948:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runCommand = runCommand;
const commander_1 = __webpack_require__(8909);
const json_output_js_1 = __webpack_require__(8094);
const run_selection_js_1 = __webpack_require__(7936);
const work_flags_js_1 = __webpack_require__(1739);
function runCommand(io) {
    return (0, work_flags_js_1.addWorkOptions)((0, run_selection_js_1.addRunSelectionOptions)(new commander_1.Command('run').description('Start a new run of a playbook and run the selected items, one attempt each.')))
        .addHelpText('after', '\nThe result (run id, last terminal state) is printed as JSON on stdout; progress goes to stderr.\n' +
        'Example:\n  plan-orchestrator run --playbook plan.md --next --auto-advance')
        .action(async (options) => {
        const { maxItems } = (0, run_selection_js_1.checkRunSelection)(options);
        const [{ startRun }, { newRunAgentChoice }, { playbookPath }, { printGateHint }, { readWorkOptions, withBudgetFlags }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(924), __webpack_require__.e(785), __webpack_require__.e(648), __webpack_require__.e(98), __webpack_require__.e(525), __webpack_require__.e(967), __webpack_require__.e(143), __webpack_require__.e(180), __webpack_require__.e(358), __webpack_require__.e(915), __webpack_require__.e(99), __webpack_require__.e(105), __webpack_require__.e(998), __webpack_require__.e(273), __webpack_require__.e(802)]).then(__webpack_require__.bind(__webpack_require__, 3802)),
            Promise.all(/* import() */[__webpack_require__.e(924), __webpack_require__.e(98), __webpack_require__.e(525), __webpack_require__.e(915), __webpack_require__.e(99), __webpack_require__.e(998), __webpack_require__.e(338)]).then(__webpack_require__.bind(__webpack_require__, 998)),
            Promise.all(/* import() */[__webpack_require__.e(785), __webpack_require__.e(180), __webpack_require__.e(978)]).then(__webpack_require__.bind(__webpack_require__, 9506)),
            Promise.all(/* import() */[__webpack_require__.e(924), __webpack_require__.e(98), __webpack_require__.e(525), __webpack_require__.e(967), __webpack_require__.e(477)]).then(__webpack_require__.bind(__webpack_require__, 2477)),
            Promise.all(/* import() */[__webpack_require__.e(924), __webpack_require__.e(98), __webpack_require__.e(62)]).then(__webpack_require__.bind(__webpack_require__, 1062))
        ]);
        const { agentUser, agents, ...work } = readWorkOptions(io, options);
        const result = await startRun({
            cwd: io.cwd,
            env: io.env,
            playbookPath: playbookPath(options.playbook, io),
            ...withBudgetFlags((0, run_selection_js_1.runSelection)(options, maxItems, agentUser), options),
            agents: newRunAgentChoice(agents),
            ...work
        });
        io.stdout((0, json_output_js_1.toJsonText)(result));
        await printGateHint(io, result, options.quiet === true);
    });
}


/***/ }),

/***/ 2058:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.showItemCommand = showItemCommand;
const commander_1 = __webpack_require__(8909);
const errors_js_1 = __webpack_require__(3916);
const json_output_js_1 = __webpack_require__(8094);
function showItemCommand(io) {
    return new commander_1.Command('show-item')
        .description('Show one normalized item of a playbook.')
        .option('--playbook <file>', 'the markdown_playbook_v1 file (default: $PLAN_ORCHESTRATOR_PLAYBOOK_PATH)')
        .requiredOption('--item <id>', 'the step_id of the item')
        .addOption(new commander_1.Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
        .addHelpText('after', '\nExample:\n  plan-orchestrator show-item --playbook examples/demo/playbook.md --item 01')
        .action(async (options) => {
        const [{ loadPlanItems, playbookPath }, { renderItemText }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(785), __webpack_require__.e(180), __webpack_require__.e(978)]).then(__webpack_require__.bind(__webpack_require__, 9506)),
            __webpack_require__.e(/* import() */ 139).then(__webpack_require__.bind(__webpack_require__, 139))
        ]);
        const items = await loadPlanItems(playbookPath(options.playbook, io), io);
        const item = items.find((candidate) => candidate.item_id === options.item);
        if (item === undefined) {
            const known = items.map((candidate) => candidate.item_id).join(', ');
            throw new errors_js_1.UserInputError(`unknown item ${options.item}; this playbook has: ${known}`);
        }
        io.stdout(options.format === 'json' ? (0, json_output_js_1.toJsonText)(item) : renderItemText(item));
    });
}


/***/ }),

/***/ 6171:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.statusCommand = statusCommand;
const commander_1 = __webpack_require__(8909);
function statusCommand(io, setExitCode) {
    return new commander_1.Command('status')
        .description('Show what the saved state of a run (or of every run) says.')
        .option('--run-id <id>', 'the run to show')
        .option('--all', 'show every run of this repository')
        .addOption(new commander_1.Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
        .option('--exit-code', 'exit with the run status: 0 ok, 1 waiting or interrupted, 2 error (highest of all runs with --all); without it, status exits 0 once it has read the runs')
        .addHelpText('after', '\nExample:\n  plan-orchestrator status --run-id RUN_20261125T120000Z_1a2b3c4d --format json')
        .action(async (options) => {
        const { showStatus } = await Promise.all(/* import() */[__webpack_require__.e(924), __webpack_require__.e(648), __webpack_require__.e(98), __webpack_require__.e(525), __webpack_require__.e(170)]).then(__webpack_require__.bind(__webpack_require__, 170));
        await showStatus(io, setExitCode, options);
    });
}


/***/ }),

/***/ 3523:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.superviseCommand = superviseCommand;
const commander_1 = __webpack_require__(8909);
const claims_js_1 = __webpack_require__(6126);
const run_selection_js_1 = __webpack_require__(7936);
const work_flags_js_1 = __webpack_require__(1739);
/**
 * `supervise run|resume|status`: the kernel under a supervisor that proves it alive, waits
 * at human stops, and recovers machine stops within a budget (src/supervision/).
 */
const OUTCOME_HELP = `
Exit codes (supervise run / resume):
  0    passed (every item), or the selected items passed and nothing may continue them
  10   stopped waiting for a human (gate decision or evidence) after --max-wait-seconds
  20   parked: a stop the supervisor may not or can no longer recover (see the intervention)
  130  interrupted by SIGINT (143 by SIGTERM); the run is saved and can be resumed
  1    error (bad input, run already supervised, kernel refused to start)
  2    usage error`;
const STATUS_HELP = `
Exit codes with --exit-code (without it: 0):
  0   live_attached           a fresh probe proved the kernel alive
  10  waiting_state_observed  the supervisor is watching a gate or blocked item
  11  attachment_unproven     a kernel registered but liveness cannot be proven now
  12  terminal_observed       the supervisor saw the run stop at a terminal
  13  snapshot_only           no fresh supervision evidence; only the saved state`;
function addSupervisionFlags(command) {
    return (0, work_flags_js_1.addWorkOptions)(command)
        .option('--evidence-inbox-dir <dir>', 'watched while an item is blocked: evidence copied here resumes it')
        .option('--live-probe-interval-sec <n>', `seconds between liveness probes (default ${claims_js_1.DEFAULT_FRESHNESS.live_probe_interval_sec})`)
        .addOption(new commander_1.Option('--heartbeat-interval-sec <n>').hideHelp())
        .option('--probe-ack-deadline-sec <n>', `seconds the kernel has to answer a probe (default ${claims_js_1.DEFAULT_FRESHNESS.probe_ack_deadline_sec})`)
        .option('--live-stale-timeout-sec <n>', `age at which a live proof expires (default ${claims_js_1.DEFAULT_FRESHNESS.live_stale_timeout_sec})`)
        .addOption(new commander_1.Option('--stale-after-sec <n>').hideHelp())
        .option('--waiting-poll-interval-sec <n>', `seconds between looks at a waiting run (default ${claims_js_1.DEFAULT_FRESHNESS.waiting_poll_interval_sec})`)
        .option('--waiting-stale-timeout-sec <n>', `age at which a waiting observation expires (default ${claims_js_1.DEFAULT_FRESHNESS.waiting_stale_timeout_sec})`)
        .option('--max-auto-resume-attempts <n>', 'automatic resumes of an escalated or interrupted item, per item', '2')
        .option('--max-wait-seconds <n>', 'stop watching a human stop after this long (default: wait until decided; 0: look once)');
}
function superviseCommand(io, setExitCode) {
    const command = new commander_1.Command('supervise').description('Run or resume under a supervisor (liveness proof, waits at human stops, bounded recovery), or show what it can claim.');
    command.addCommand(superviseRunCommand(io, setExitCode).addHelpText('after', OUTCOME_HELP));
    command.addCommand(superviseResumeCommand(io, setExitCode).addHelpText('after', OUTCOME_HELP));
    command.addCommand(superviseStatusCommand(io, setExitCode).addHelpText('after', STATUS_HELP));
    return command;
}
function superviseRunCommand(io, setExitCode) {
    return addSupervisionFlags((0, run_selection_js_1.addRunSelectionOptions)(new commander_1.Command('run').description('Start a new run under a supervisor (same selection as `run`).')))
        .addHelpText('after', '\nThe result (outcome, supervision status) is printed as JSON on stdout; progress goes to stderr.\n' +
        'Example:\n  plan-orchestrator supervise run --playbook plan.md --next --auto-advance --evidence-inbox-dir inbox')
        .action(async (options) => {
        const { superviseRun } = await Promise.all(/* import() */[__webpack_require__.e(924), __webpack_require__.e(785), __webpack_require__.e(648), __webpack_require__.e(98), __webpack_require__.e(525), __webpack_require__.e(967), __webpack_require__.e(143), __webpack_require__.e(180), __webpack_require__.e(358), __webpack_require__.e(915), __webpack_require__.e(99), __webpack_require__.e(105), __webpack_require__.e(998), __webpack_require__.e(273), __webpack_require__.e(802), __webpack_require__.e(165), __webpack_require__.e(283), __webpack_require__.e(922), __webpack_require__.e(763), __webpack_require__.e(848)]).then(__webpack_require__.bind(__webpack_require__, 9848));
        await superviseRun(io, setExitCode, options);
    });
}
function superviseResumeCommand(io, setExitCode) {
    return addSupervisionFlags(new commander_1.Command('resume')
        .description('Supervise a saved run: attach to its kernel if one still works, else continue it like `resume`.')
        .requiredOption('--run-id <id>', 'the run to supervise')
        .option('--external-evidence-dir <dir>', 'evidence for a blocked item (used once; the inbox is watched for more)')
        .option('--auto-advance', 'let every resume this supervisor launches go on to further items'))
        .addHelpText('after', '\nExample:\n  plan-orchestrator supervise resume --run-id RUN_20261125T120000Z_1a2b3c4d --auto-advance')
        .action(async (options) => {
        const { superviseResume } = await Promise.all(/* import() */[__webpack_require__.e(924), __webpack_require__.e(785), __webpack_require__.e(648), __webpack_require__.e(98), __webpack_require__.e(525), __webpack_require__.e(967), __webpack_require__.e(143), __webpack_require__.e(180), __webpack_require__.e(358), __webpack_require__.e(915), __webpack_require__.e(99), __webpack_require__.e(105), __webpack_require__.e(998), __webpack_require__.e(273), __webpack_require__.e(802), __webpack_require__.e(165), __webpack_require__.e(283), __webpack_require__.e(922), __webpack_require__.e(763), __webpack_require__.e(848)]).then(__webpack_require__.bind(__webpack_require__, 9848));
        await superviseResume(io, setExitCode, options);
    });
}
function superviseStatusCommand(io, setExitCode) {
    return new commander_1.Command('status')
        .description('What the supervision plane can claim about a run now, with the kernel status.')
        .requiredOption('--run-id <id>', 'the run to show')
        .addOption(new commander_1.Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
        .option('--exit-code', 'exit with the claim class code (0, 10, 11, 12, 13)')
        .action(async (options) => {
        const { superviseStatus } = await Promise.all(/* import() */[__webpack_require__.e(924), __webpack_require__.e(785), __webpack_require__.e(648), __webpack_require__.e(98), __webpack_require__.e(525), __webpack_require__.e(967), __webpack_require__.e(143), __webpack_require__.e(180), __webpack_require__.e(358), __webpack_require__.e(915), __webpack_require__.e(99), __webpack_require__.e(105), __webpack_require__.e(998), __webpack_require__.e(273), __webpack_require__.e(802), __webpack_require__.e(165), __webpack_require__.e(283), __webpack_require__.e(922), __webpack_require__.e(763), __webpack_require__.e(848)]).then(__webpack_require__.bind(__webpack_require__, 9848));
        await superviseStatus(io, setExitCode, options);
    });
}


/***/ }),

/***/ 3412:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.verifyCommand = verifyCommand;
const commander_1 = __webpack_require__(8909);
function verifyCommand(io, setExitCode) {
    return new commander_1.Command('verify')
        .description("Check every commit of a run branch against the run's provenance statements and files.")
        .option('--run-id <id>', 'the run whose statements to check against')
        .option('--branch <branch>', "the branch to walk (default: the run's branch; alone, the run whose branch it is)")
        .addHelpText('after', '\nExample:\n  plan-orchestrator verify --run-id RUN_20261125T120000Z_1a2b3c4d')
        .action(async (options) => {
        const { runVerify } = await Promise.all(/* import() */[__webpack_require__.e(924), __webpack_require__.e(98), __webpack_require__.e(525), __webpack_require__.e(967), __webpack_require__.e(143), __webpack_require__.e(358), __webpack_require__.e(625)]).then(__webpack_require__.bind(__webpack_require__, 3625));
        await runVerify(io, setExitCode, options);
    });
}


/***/ }),

/***/ 1604:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.processIo = processIo;
/**
 * The process streams, each set up the first time it is used: Node.js makes a stream on
 * first access, which loads its stream code (and, for a pipe or terminal, its socket code),
 * and most commands never write to stderr (docs/performance.md, CLI start-up).
 */
function processIo() {
    return {
        stdout: (text) => void guarded(process.stdout).write(text),
        stderr: (text) => void guarded(process.stderr).write(text),
        env: process.env,
        cwd: process.cwd(),
        get stdoutIsTTY() {
            return guarded(process.stdout).isTTY === true;
        },
        get stderrIsTTY() {
            return guarded(process.stderr).isTTY === true;
        }
    };
}
const guardedStreams = new WeakSet();
/** A closed pipe (`plan-orchestrator \u2026 | head`) ends the output, not the program with a crash. */
function guarded(stream) {
    if (guardedStreams.has(stream))
        return stream;
    guardedStreams.add(stream);
    stream.on('error', (error) => {
        if (error.code === 'EPIPE')
            process.exit(process.exitCode ?? 0);
        throw error;
    });
    return stream;
}


/***/ }),

/***/ 8094:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.toJsonText = toJsonText;
/** JSON as the CLI prints and saves it: two-space indent, trailing newline. */
function toJsonText(value) {
    return `${JSON.stringify(value, null, 2)}\n`;
}


/***/ }),

/***/ 2957:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.main = main;
const io_js_1 = __webpack_require__(1604);
const kernel_heap_js_1 = __webpack_require__(9612);
const program_js_1 = __webpack_require__(6806);
/** The CLI proper, loaded by the entry (./index.ts) once the compile cache is on. */
async function main() {
    const args = process.argv.slice(2);
    await (0, kernel_heap_js_1.favourMemoryInKernel)(args);
    process.exitCode = await (0, program_js_1.runCli)(args, (0, io_js_1.processIo)());
}


/***/ }),

/***/ 2126:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PLAYBOOK_ENV = void 0;
/** The environment variable `--playbook` falls back to. */
exports.PLAYBOOK_ENV = 'PLAN_ORCHESTRATOR_PLAYBOOK_PATH';


/***/ }),

/***/ 6806:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.COMMAND_NAMES = exports.VERSION = void 0;
exports.buildProgram = buildProgram;
exports.runCli = runCli;
const commander_1 = __webpack_require__(8909);
const errors_js_1 = __webpack_require__(3916);
const clean_js_1 = __webpack_require__(9328);
const demo_js_1 = __webpack_require__(206);
const doctor_js_1 = __webpack_require__(9866);
const init_js_1 = __webpack_require__(9787);
const lint_js_1 = __webpack_require__(980);
const list_items_js_1 = __webpack_require__(4424);
const mark_manual_gate_js_1 = __webpack_require__(627);
const normalize_js_1 = __webpack_require__(1394);
const pr_body_js_1 = __webpack_require__(3688);
const refresh_run_js_1 = __webpack_require__(1514);
const resume_js_1 = __webpack_require__(4426);
const run_js_1 = __webpack_require__(7948);
const status_js_1 = __webpack_require__(6171);
const show_item_js_1 = __webpack_require__(2058);
const supervise_js_1 = __webpack_require__(3523);
const verify_js_1 = __webpack_require__(3412);
const version_js_1 = __webpack_require__(3882);
Object.defineProperty(exports, "VERSION", ({ enumerable: true, get: function () { return version_js_1.VERSION; } }));
const EXIT_CODES_HELP = `
Exit codes:
  0  success
  1  invalid input (playbook, files, item, run id) or a failed check; nothing is written
  2  usage error (unknown command or option, missing argument, a flag value it cannot take)`;
/** Every command, by the name commander finds it under, in the order help lists them. */
const COMMANDS = [
    ['list-items', list_items_js_1.listItemsCommand],
    ['show-item', show_item_js_1.showItemCommand],
    ['normalize', normalize_js_1.normalizeCommand],
    ['run', run_js_1.runCommand],
    ['status', status_js_1.statusCommand],
    ['resume', resume_js_1.resumeCommand],
    ['mark-manual-gate', mark_manual_gate_js_1.markManualGateCommand],
    ['doctor', doctor_js_1.doctorCommand],
    ['refresh-run', refresh_run_js_1.refreshRunCommand],
    ['pr-body', pr_body_js_1.prBodyCommand],
    ['clean', clean_js_1.cleanCommand],
    ['supervise', supervise_js_1.superviseCommand],
    ['demo', demo_js_1.demoCommand],
    ['init', init_js_1.initCommand],
    ['lint', lint_js_1.lintCommand],
    ['verify', verify_js_1.verifyCommand]
];
exports.COMMAND_NAMES = COMMANDS.map(([name]) => name);
/** The program with every command, or with only the one named by `only`. */
function buildProgram(io, setExitCode, only) {
    const program = new commander_1.Command('plan-orchestrator')
        .description('Run approved AI repo changes one playbook item at a time, with verification, dual audit and human gates.')
        .version(version_js_1.VERSION)
        .showHelpAfterError('(run with --help for usage)')
        .addHelpText('after', EXIT_CODES_HELP);
    for (const [name, make] of COMMANDS) {
        if (only !== undefined && name !== only)
            continue;
        program.addCommand(make(io, setExitCode).addHelpText('after', EXIT_CODES_HELP));
    }
    const output = { writeOut: io.stdout, writeErr: io.stderr };
    const everyCommand = (command) => [
        command,
        ...command.commands.flatMap(everyCommand)
    ];
    for (const command of everyCommand(program))
        command.exitOverride().configureOutput(output);
    return program;
}
/** Runs one CLI invocation and returns its exit code; never throws. */
async function runCli(argv, io) {
    let exitCode = 0;
    // When the first word names a command, commander dispatches to it and looks at no other,
    // so only that one is set up: setting up all 16 is a noticeable part of a short command's
    // start (docs/performance.md, CLI start-up). Help, a leading option or an unknown name
    // (which commander answers with the closest names) get them all.
    const first = argv[0];
    const only = first !== undefined && exports.COMMAND_NAMES.includes(first) ? first : undefined;
    const program = buildProgram(io, (code) => {
        exitCode = code;
    }, only);
    try {
        if (argv.length === 0) {
            program.outputHelp();
            return 2;
        }
        await program.parseAsync([...argv], { from: 'user' });
        return exitCode;
    }
    catch (error) {
        if (error instanceof commander_1.CommanderError)
            return error.exitCode === 0 ? 0 : 2;
        if (error instanceof errors_js_1.UsageError) {
            io.stderr(`error: ${error.message}\n`);
            return error.exitCode;
        }
        const exitCode = error.exitCode;
        if (typeof exitCode === 'number') {
            io.stderr(`${(0, errors_js_1.describeError)(error).startsWith('error:') ? '' : 'error: '}${(0, errors_js_1.describeError)(error)}\n`);
            return exitCode;
        }
        io.stderr(`internal error: ${(0, errors_js_1.describeError)(error)}\n`);
        if (io.env.PLAN_ORCHESTRATOR_DEBUG === '1' && error instanceof Error)
            io.stderr(`${error.stack ?? ''}\n`);
        return 1;
    }
}


/***/ }),

/***/ 7936:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.addRunSelectionOptions = addRunSelectionOptions;
exports.checkRunSelection = checkRunSelection;
exports.runSelection = runSelection;
const errors_js_1 = __webpack_require__(3916);
function addRunSelectionOptions(command) {
    return command
        .option('--playbook <file>', 'the markdown_playbook_v1 file (default: $PLAN_ORCHESTRATOR_PLAYBOOK_PATH)')
        .option('--item <id>', 'run this item')
        .option('--items <ids>', 'run these items, comma-separated, in this order')
        .option('--next', 'run the first unfinished item')
        .option('--max-items <n>', 'stop after this many items')
        .option('--auto-advance', 'after a pass, go on to the next unfinished item')
        .option('--config <file>', 'a plan_orchestrator.control_plane.v1 JSON file with runtime policy')
        .option('--external-evidence-dir <dir>', 'evidence for an item that needs human-supplied evidence');
}
/** Refuses a selection `run` would refuse; returns `--max-items` as a number. */
function checkRunSelection(options) {
    const selectors = [options.item, options.items, options.next].filter((value) => value !== undefined);
    if (selectors.length !== 1)
        throw new errors_js_1.UsageError('give exactly one of --item, --items or --next');
    if (options.items !== undefined && options.externalEvidenceDir !== undefined)
        throw new errors_js_1.UsageError('--external-evidence-dir applies to one item; use it with --item or --next');
    if (options.maxItems === undefined)
        return {};
    if (!/^[1-9][0-9]*$/.test(options.maxItems))
        throw new errors_js_1.UsageError(`--max-items must be a whole number of at least 1, not ${options.maxItems}`);
    return { maxItems: Number(options.maxItems) };
}
/** The selection and policy flags as `startRun` takes them (after `checkRunSelection`). */
function runSelection(options, maxItems, 
/** --agent-user (a name), --no-agent-user (null), or neither. */
agentUser) {
    return {
        selection: options.item !== undefined
            ? { kind: 'items', ids: [options.item], explicitList: false }
            : options.items !== undefined
                ? {
                    kind: 'items',
                    ids: options.items
                        .split(',')
                        .map((id) => id.trim())
                        .filter(Boolean),
                    explicitList: true
                }
                : { kind: 'next' },
        cli: {
            ...(options.autoAdvance === true ? { auto_advance: true } : {}),
            ...(maxItems === undefined ? {} : { max_items: maxItems }),
            ...(agentUser === undefined ? {} : { agent_user: agentUser })
        },
        ...(options.config === undefined ? {} : { configPath: options.config }),
        ...(options.externalEvidenceDir === undefined
            ? {}
            : { evidenceDir: options.externalEvidenceDir })
    };
}


/***/ }),

/***/ 1739:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.addWorkOptions = addWorkOptions;
const commander_1 = __webpack_require__(8909);
function addWorkOptions(command) {
    return command
        .addOption(new commander_1.Option('--agents <set>', 'which agents do the work (default: for a new run codex-claude, for a run that goes on the ones it recorded)').choices(['codex-claude', 'scripted']))
        .option('--scenario <file>', 'scenario file the scripted agent plays (default for a run that goes on: its own copy)')
        .option('--agent-user <user>', 'run agents and verification as this dedicated OS user (docs/security.md); default $PLAN_ORCHESTRATOR_AGENT_USER, then the runtime policy')
        .option('--no-agent-user', 'run agents as the invoking user, whatever the policy says')
        .option('--json', 'progress as JSON lines on stderr')
        .option('--quiet', 'no progress output')
        .option('--max-cost-usd-per-item <usd>', 'stop an item (escalated, budget_exhausted) once its agent calls cost more; none: no limit')
        .option('--max-cost-usd-per-run <usd>', "stop the current item once the run's agent calls cost more; none: no limit")
        .option('--max-tokens-per-item <n>', 'stop an item once its agent calls used more tokens; none: no limit');
}


/***/ }),

/***/ 6126:
/***/ ((__unused_webpack_module, exports) => {


/**
 * What the supervision plane may claim about a run, and how long a claim stays true. A claim
 * is only as good as its newest evidence: a live claim decays to "unproven" or "snapshot
 * only" once its heartbeat is older than the freshness policy allows. Never the reverse.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_FRESHNESS = exports.CLAIM_EXIT_CODES = exports.CLAIM_CLASSES = void 0;
exports.freshnessProblems = freshnessProblems;
exports.deriveClaim = deriveClaim;
exports.CLAIM_CLASSES = [
    'live_attached',
    'waiting_state_observed',
    'attachment_unproven',
    'terminal_observed',
    'snapshot_only'
];
/** `supervise status --exit-code`: a stable contract, separate from the kernel's 0/1/2. */
exports.CLAIM_EXIT_CODES = {
    live_attached: 0,
    waiting_state_observed: 10,
    attachment_unproven: 11,
    terminal_observed: 12,
    snapshot_only: 13
};
exports.DEFAULT_FRESHNESS = {
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

/***/ 3916:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.UsageError = exports.UserInputError = void 0;
exports.describeError = describeError;
/**
 * Errors that reach the user as a message and an exit code, never as a stack trace.
 * Anything else that escapes is an internal error.
 */
class UserInputError extends Error {
    name = 'UserInputError';
    exitCode = 1;
}
exports.UserInputError = UserInputError;
/** Bad command-line usage: exit code 2, like other Unix tools. */
class UsageError extends Error {
    name = 'UsageError';
    exitCode = 2;
}
exports.UsageError = UsageError;
function describeError(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}


/***/ })

};

//# sourceMappingURL=957.index.js.map