export const id = 923;
export const ids = [923];
export const modules = {

/***/ 6923:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.runDemo = runDemo;
const node_crypto_1 = __webpack_require__(7598);
const node_fs_1 = __webpack_require__(3024);
const promises_1 = __webpack_require__(1455);
const node_os_1 = __webpack_require__(8161);
const node_path_1 = __webpack_require__(6760);
const node_url_1 = __webpack_require__(3136);
const run_store_js_1 = __webpack_require__(6525);
const composition_root_js_1 = __webpack_require__(3802);
const layout_js_1 = __webpack_require__(8951);
const claims_js_1 = __webpack_require__(6126);
const kernel_process_js_1 = __webpack_require__(7874);
const supervise_js_1 = __webpack_require__(3156);
const errors_js_1 = __webpack_require__(3916);
const progress_js_1 = __webpack_require__(9851);
const shell_command_js_1 = __webpack_require__(1160);
const git_runner_js_1 = __webpack_require__(3338);
/**
 * `demo`: the whole flow with no credentials. Copies the demo workspace into a fresh git
 * repository (never into this checkout), runs its playbook with the scripted agent, and
 * shows the three outcomes with the commands that move each one on.
 */
async function runDemo(io, options) {
    const source = findDemoSource();
    const repo = await prepareRepository(io, source, options.dir);
    // A fresh temporary directory is private (0700); the agent user has to get in.
    if (options.agentUser !== undefined)
        await (0, promises_1.chmod)(repo, 0o755);
    if (options.supervise === true) {
        await superviseDemo(io, repo, options);
        return;
    }
    const progress = (0, progress_js_1.progressSink)(io, (options.quiet === true ? 'quiet' : 'text'), {
        repoRoot: repo
    });
    const common = {
        cwd: repo,
        env: io.env,
        playbookPath: 'playbook.md',
        cli: {},
        agents: { kind: 'scripted', scenarioPath: 'scenario.json' },
        progress,
        warn: (line) => io.stderr(`warning: ${line}\n`)
    };
    const agentUser = options.agentUser === undefined ? {} : { agent_user: options.agentUser };
    io.stderr(`demo repository: ${repo}\n\nrun 1: items 01 and 02 (auto-advance)\n`);
    const first = await (0, composition_root_js_1.startRun)({
        ...common,
        selection: { kind: 'next' },
        cli: { auto_advance: true, ...agentUser }
    });
    io.stderr('\nrun 2: item 03, which needs external evidence\n');
    const second = await (0, composition_root_js_1.startRun)({
        ...common,
        selection: { kind: 'items', ids: ['03'], explicitList: false },
        cli: agentUser
    });
    const state = await (0, run_store_js_1.loadRunState)((0, layout_js_1.runLayout)(repo, first.run_id));
    const gated = state.items.find((item) => item.item_id === '02');
    io.stdout(summary(io, repo, first, second, gated?.checkpoint_ref ?? 'SHA'));
}
/**
 * The demo under supervision: each kernel is a child of a supervisor that proves it alive,
 * and each human stop is observed once (`--max-wait-seconds 0`) instead of waited out.
 */
async function superviseDemo(io, repo, options) {
    const quiet = options.quiet === true;
    const say = (line) => {
        if (!quiet)
            io.stderr(`${line}\n`);
    };
    const common = {
        workArgs: [
            '--agents',
            'scripted',
            '--scenario',
            (0, node_path_1.join)(repo, 'scenario.json'),
            ...(options.agentUser === undefined ? [] : ['--agent-user', options.agentUser]),
            ...(quiet ? ['--quiet'] : [])
        ],
        autoAdvance: false,
        policy: claims_js_1.DEFAULT_FRESHNESS,
        maxAutoResumes: 2,
        maxWaitSeconds: 0,
        kernel: (0, kernel_process_js_1.thisCli)(),
        env: io.env,
        log: say,
        kernelLog: say,
        abort: new AbortController().signal
    };
    const playbook = (0, node_path_1.join)(repo, 'playbook.md');
    io.stderr(`demo repository: ${repo}\n\nsupervised run 1: items 01 and 02 (auto-advance)\n`);
    const first = await (0, supervise_js_1.supervise)({
        ...common,
        run: (0, layout_js_1.runLayout)(repo, newRunId()),
        mode: 'run',
        runArgs: ['--playbook', playbook, '--next', '--auto-advance']
    });
    io.stderr('\nsupervised run 2: item 03, which needs external evidence\n');
    const second = await (0, supervise_js_1.supervise)({
        ...common,
        run: (0, layout_js_1.runLayout)(repo, newRunId()),
        mode: 'run',
        runArgs: ['--playbook', playbook, '--item', '03']
    });
    for (const result of [first, second]) {
        if (result.outcome === 'kernel_failed' || result.outcome === 'parked')
            throw new errors_js_1.UserInputError(`the supervised demo stopped: ${result.reason}`);
    }
    const firstState = await (0, run_store_js_1.loadRunState)((0, layout_js_1.runLayout)(repo, first.runId));
    const secondState = await (0, run_store_js_1.loadRunState)((0, layout_js_1.runLayout)(repo, second.runId));
    const terminal = (state, id) => state.items.find((item) => item.item_id === id)?.terminal_state ?? 'none';
    const gated = firstState.items.find((item) => item.item_id === '02');
    const { cli, sh } = stepPrinters(io, repo);
    io.stdout([
        '',
        'Outcomes (supervised)',
        `  item 01  ${terminal(firstState, '01').padEnd(19)}  run ${first.runId}`,
        `  item 02  ${terminal(firstState, '02').padEnd(19)}  run ${first.runId}  supervisor: ${first.outcome}`,
        `  item 03  ${terminal(secondState, '03').padEnd(19)}  run ${second.runId}  supervisor: ${second.outcome}`,
        '',
        `Supervision: ${(0, node_path_1.join)(repo, '.local/automation/plan_orchestrator/runs', first.runId, 'supervision')}`,
        '',
        'Next steps (paste them into one shell, in this order):',
        cli('supervise', 'status', '--run-id', first.runId),
        '  # a human approves the gated item 02 (the supervisor never does); item 02 passes:',
        cli(...gateDecision(first.runId, gated?.checkpoint_ref ?? 'SHA')),
        '  # a supervisor watches an inbox for item 03: evidence copied into it resumes the item',
        `${cli('supervise', 'resume', '--run-id', second.runId, '--evidence-inbox-dir', 'inbox')} &`,
        sh(`mkdir -p inbox && echo ${(0, shell_command_js_1.shellQuote)(EVIDENCE_TEXT)} > inbox/vendor-confirmation.txt`),
        '  wait   # (in the same shell) until that supervisor has seen item 03 through',
        '  # every item of the demo has passed:',
        cli('status', '--all'),
        ''
    ].join('\n'));
}
const NEXT_STEPS = 'Next steps (each line works pasted into a new shell, in this order):';
/**
 * Each printed step stands alone: it starts in the demo repository (`cd '\u2026' && `), so it works
 * pasted into a new shell of its own as well as one after another into the same shell.
 */
function stepPrinters(io, repo) {
    const sh = (command) => `  cd ${(0, shell_command_js_1.shellQuote)(repo)} && ${command}`;
    const cli = (...words) => sh(`${(0, shell_command_js_1.thisCliCommand)(io)} ${(0, shell_command_js_1.shellLine)(words)}`);
    return { cli, sh };
}
const EVIDENCE_TEXT = 'Vendor confirmed the new wording.';
/** The reviewer's decision on item 02: a literal name, never `$USER` (unset in many shells). */
function gateDecision(runId, checkpoint) {
    return [
        'mark-manual-gate',
        '--run-id',
        runId,
        '--item',
        '02',
        '--decision',
        'approved',
        '--by',
        'demo-reviewer',
        '--note',
        'wording reviewed',
        '--checkpoint',
        checkpoint
    ];
}
function newRunId() {
    return (0, layout_js_1.formatRunId)(new Date(), (0, node_crypto_1.randomBytes)(4).toString('hex'));
}
function findDemoSource() {
    let dir = (0, node_path_1.dirname)((0, node_url_1.fileURLToPath)(import.meta.url));
    for (;;) {
        const candidate = (0, node_path_1.join)(dir, 'examples', 'demo');
        if ((0, node_fs_1.existsSync)((0, node_path_1.join)(candidate, 'playbook.md')))
            return candidate;
        const parent = (0, node_path_1.dirname)(dir);
        if (parent === dir)
            throw new errors_js_1.UserInputError('cannot find examples/demo next to this installation');
        dir = parent;
    }
}
async function prepareRepository(io, source, requested) {
    const projectRoot = (0, node_path_1.dirname)((0, node_path_1.dirname)(source));
    const repo = requested === undefined
        ? await (0, promises_1.mkdtemp)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'plan-orchestrator-demo-'))
        : (0, node_path_1.resolve)(io.cwd, requested);
    const fromProject = (0, node_path_1.relative)(projectRoot, repo);
    if (!fromProject.startsWith('..') && !(0, node_path_1.isAbsolute)(fromProject)) {
        throw new errors_js_1.UserInputError(`${repo} is inside the plan-orchestrator checkout; pick a directory outside it`);
    }
    await (0, promises_1.mkdir)(repo, { recursive: true });
    if ((await (0, promises_1.readdir)(repo)).length > 0)
        throw new errors_js_1.UserInputError(`${repo} is not empty; the demo needs an empty directory`);
    await (0, promises_1.cp)((0, node_path_1.join)(source, 'workspace'), repo, { recursive: true });
    await (0, promises_1.cp)((0, node_path_1.join)(source, 'playbook.md'), (0, node_path_1.join)(repo, 'playbook.md'));
    await (0, promises_1.cp)((0, node_path_1.join)(source, 'scenario.json'), (0, node_path_1.join)(repo, 'scenario.json'));
    await (0, promises_1.writeFile)((0, node_path_1.join)(repo, '.gitignore'), '.local/\n');
    await (0, git_runner_js_1.runGit)(repo, ['init', '--quiet', '--initial-branch=main']);
    // A demo identity, local to this repository, so the demo works where git has none.
    await (0, git_runner_js_1.runGit)(repo, ['config', 'user.name', 'plan-orchestrator demo']);
    await (0, git_runner_js_1.runGit)(repo, ['config', 'user.email', 'demo@plan-orchestrator.invalid']);
    await (0, git_runner_js_1.runGit)(repo, ['add', '-A']);
    await (0, git_runner_js_1.runGit)(repo, ['commit', '--quiet', '-m', 'demo workspace']);
    return repo;
}
function summary(io, repo, first, second, gateCheckpoint) {
    const runs = (0, node_path_1.join)(repo, '.local/automation/plan_orchestrator/runs');
    const { cli, sh } = stepPrinters(io, repo);
    return [
        '',
        'Outcomes',
        `  item 01  passed               run ${first.run_id} (run branch orchestrator/run/${first.run_id})`,
        `  item 02  ${first.last_terminal_state.padEnd(19)}  run ${first.run_id}`,
        `  item 03  ${second.last_terminal_state.padEnd(19)}  run ${second.run_id}`,
        '',
        `Artifacts: ${runs}`,
        `Reports:   ${(0, node_path_1.join)(repo, '.local/ai/plan_orchestrator/runs')}`,
        '',
        NEXT_STEPS,
        cli('status', '--run-id', first.run_id),
        '  # approve the gated item 02 (the decision is bound to the reviewed checkpoint):',
        cli(...gateDecision(first.run_id, gateCheckpoint)),
        '  # supply the evidence item 03 waits for, and continue it:',
        sh(`mkdir -p evidence && echo ${(0, shell_command_js_1.shellQuote)(EVIDENCE_TEXT)} > evidence/vendor-confirmation.txt`),
        // No --agents: the run goes on with the scripted agent and the scenario it recorded.
        cli('resume', '--run-id', second.run_id, '--external-evidence-dir', 'evidence'),
        '  # every item of the demo has passed:',
        cli('status', '--all'),
        ''
    ].join('\n');
}


/***/ }),

/***/ 1160:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.shellQuote = shellQuote;
exports.shellLine = shellLine;
exports.thisCliCommand = thisCliCommand;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const node_url_1 = __webpack_require__(3136);
/**
 * Commands the CLI prints for a person to paste into a new shell. They must run verbatim
 * there, on a machine where `plan-orchestrator` may not be installed: so they name this very
 * bundle by its absolute path (`node '/\u2026/dist/cli/index.js' \u2026`) and quote every argument
 * the shell could split or expand.
 */
const SAFE = /^[A-Za-z0-9_./:@%+=,-]+$/;
/** One shell word: as is when nothing in it is special to the shell, else single-quoted. */
function shellQuote(word) {
    if (SAFE.test(word))
        return word;
    return `'${word.replaceAll("'", `'\\''`)}'`;
}
function shellLine(words) {
    return words.map(shellQuote).join(' ');
}
/**
 * How to run this CLI again from any directory: `plan-orchestrator` when that command on PATH
 * is this very bundle; else `node` (or node's absolute path when no `node` is on PATH) and the
 * absolute path of the bundle running now. Run from its TypeScript sources (tests), there is
 * no bundle to name: the installed command stands in.
 */
function thisCliCommand(io) {
    const code = (0, node_url_1.fileURLToPath)(import.meta.url);
    if (!code.endsWith('.js'))
        return 'plan-orchestrator';
    // Bundled, this code is one of the chunks beside the entry (dist/cli/index.js), which is
    // what runs the CLI.
    const here = realpathOr((0, node_path_1.join)((0, node_path_1.dirname)(code), 'index.js'));
    const installed = onPath(io.env['PATH'], 'plan-orchestrator');
    if (installed !== undefined && realpathOr(installed) === here)
        return 'plan-orchestrator';
    const node = onPath(io.env['PATH'], 'node') !== undefined ? 'node' : shellQuote(process.execPath);
    return `${node} ${shellQuote(here)}`;
}
/** The first executable `name` on PATH, the way a shell would find it. */
function onPath(path, name) {
    for (const dir of (path ?? '').split(node_path_1.delimiter)) {
        if (dir === '')
            continue;
        const candidate = (0, node_path_1.join)(dir, name);
        try {
            (0, node_fs_1.accessSync)(candidate, node_fs_1.constants.X_OK);
            return candidate;
        }
        catch {
            // not here; the next directory
        }
    }
    return undefined;
}
function realpathOr(path) {
    try {
        return (0, node_fs_1.realpathSync)(path);
    }
    catch {
        return path;
    }
}


/***/ })

};

//# sourceMappingURL=923.index.js.map