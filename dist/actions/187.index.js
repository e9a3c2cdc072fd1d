export const id = 187;
export const ids = [187];
export const modules = {

/***/ 13187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/adapters/github/run-refs.ts
var run_refs = __webpack_require__(25602);
// EXTERNAL MODULE: ./src/adapters/run-store.ts + 1 modules
var run_store = __webpack_require__(59605);
// EXTERNAL MODULE: ./src/core/run/layout.ts
var run_layout = __webpack_require__(88951);
// EXTERNAL MODULE: ./src/core/text/one-line.ts
var one_line = __webpack_require__(45770);
;// CONCATENATED MODULE: ./src/core/usage/format.ts
/** Usage figures as people read them; one wording for status, summaries and progress. */
/** 1234567 \u2192 `1,234,567` (no locale: the same text on every runner). */
function formatCount(value) {
    return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
/** 0.42 \u2192 `$0.42`, 0.0123 \u2192 `$0.0123`, 12 \u2192 `$12.00`. */
function formatUsd(value) {
    const fixed = value.toFixed(4).replace(/0{1,2}$/, '');
    return `$${fixed}`;
}
/** The cost of some calls: exact, a lower bound with the unknown part named, or unknown. */
function formatCost(totals) {
    if (totals.cost_usd !== null)
        return formatUsd(totals.cost_usd);
    const unknown = `${totals.calls_without_cost} call${totals.calls_without_cost === 1 ? '' : 's'}`;
    return totals.known_cost_usd > 0
        ? `at least ${formatUsd(totals.known_cost_usd)} (cost unknown for ${unknown})`
        : 'cost unknown';
}
/** `1,290 tokens (input 1,234 with 200 cached, output 56 with 7 reasoning)`. */
function formatTokens(totals) {
    if (totals.calls > 0 && totals.calls_without_usage === totals.calls)
        return 'tokens not reported';
    const input = [
        `input ${formatCount(totals.input_tokens)}`,
        ...(totals.cached_input_tokens > 0
            ? [`${formatCount(totals.cached_input_tokens)} cached`]
            : []),
        ...(totals.cache_write_tokens > 0
            ? [`${formatCount(totals.cache_write_tokens)} cache writes`]
            : [])
    ].join(', ');
    const output = totals.reasoning_tokens > 0
        ? `output ${formatCount(totals.output_tokens)} with ${formatCount(totals.reasoning_tokens)} reasoning`
        : `output ${formatCount(totals.output_tokens)}`;
    const missing = totals.calls_without_usage > 0 ? `; ${totals.calls_without_usage} call(s) reported none` : '';
    return `${formatCount(totals.total_tokens)} tokens (${input}; ${output}${missing})`;
}
/** One line: tokens, cost, calls and agent time. */
function formatTotals(totals) {
    if (totals.calls === 0)
        return 'no agent calls';
    const seconds = (totals.duration_ms / 1000).toFixed(1);
    const calls = `${totals.calls} agent call${totals.calls === 1 ? '' : 's'}`;
    return `${formatCost(totals)}, ${formatTokens(totals)}, ${calls}, ${seconds} s`;
}
/** The action output `cost-usd`: a plain number, or `unknown` when any call's cost is. */
function costOutput(totals) {
    return totals.cost_usd === null ? 'unknown' : String(totals.cost_usd);
}

// EXTERNAL MODULE: ./src/core/usage/summary.ts
var summary = __webpack_require__(48071);
// EXTERNAL MODULE: ./src/composition/evidence.ts
var composition_evidence = __webpack_require__(22325);
// EXTERNAL MODULE: ./src/composition/actions/github.ts
var github = __webpack_require__(81071);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/policy/runtime-policy.ts
var runtime_policy = __webpack_require__(11181);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/adapters/child-env.ts
var child_env = __webpack_require__(20804);
;// CONCATENATED MODULE: ./src/composition/actions/agent-clis.ts







/**
 * The codex and claude CLIs of an item job (docs/github-action.md, "Agent CLIs"): installed
 * from npm into the runner's tool cache (`<cache>/<tool>/<version>/<arch>`, finished when
 * `<arch>.complete` exists, the layout of @actions/tool-cache) when they are not there yet, so
 * later jobs on the runner reuse them; what runs is asked for its version, and a version the
 * contract suite has not verified (docs/agent-cli-contract.md) is refused unless the workflow
 * allows it.
 */
const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** The versions the contract suite verifies; the pins of scripts/install-agent-clis.sh. */
const AGENT_CLIS = {
    codex: { package: '@openai/codex', tested: ['0.169.0'] },
    claude: { package: '@anthropic-ai/claude-code', tested: ['2.1.197'] }
};
const TOOLS = ['codex', 'claude'];
const VERSION_PATTERN = /^[0-9]+\.[0-9]+\.[0-9]+(?:-[0-9A-Za-z.-]+)?$/;
async function prepareAgentClis(request) {
    const wanted = Object.fromEntries(TOOLS.map((tool) => [tool, wantedVersion(tool, request)]));
    const used = [];
    const pathDirs = [];
    for (const tool of TOOLS) {
        const found = request.install
            ? await fromToolCache(tool, wanted[tool], request.versions[tool].trim() !== '', request)
            : { executable: onPath(tool, request.env), from: 'PATH' };
        const version = await reportedVersion(found.executable, request.env);
        if (!AGENT_CLIS[tool].tested.includes(version) && !request.allowUntested)
            throw new Error(`${tool} ${version} (${found.executable}) is not a version the agent CLI contract suite verified (${tested(tool)}); ` +
                `use ${tool}-version: ${AGENT_CLIS[tool].tested[0]}, or set allow-untested-agents: true to run it anyway`);
        if (request.install)
            pathDirs.push((0,external_node_path_.dirname)(found.executable));
        used.push({ tool, version, executable: found.executable, from: found.from });
    }
    return { pathDirs, used };
}
/** One summary line: which agent CLIs this job ran, and where they came from. */
function describeAgentClis(clis) {
    return clis.used.map((use) => `${use.tool} ${use.version} (${use.from})`).join(', ');
}
function wantedVersion(tool, request) {
    const given = request.versions[tool].trim();
    const version = given === '' ? AGENT_CLIS[tool].tested[0] : given;
    if (!VERSION_PATTERN.test(version))
        throw new Error(`input ${tool}-version: ${version} is not an exact version (like 1.2.3)`);
    // Refused before anything is installed: an untested version is never fetched unasked.
    if (!AGENT_CLIS[tool].tested.includes(version) && !request.allowUntested)
        throw new Error(`input ${tool}-version: ${version} is not a version the agent CLI contract suite verified (${tested(tool)}); ` +
            'set allow-untested-agents: true to run it anyway');
    return version;
}
function tested(tool) {
    return `tested: ${AGENT_CLIS[tool].tested.join(', ')}`;
}
async function fromToolCache(tool, version, explicit, request) {
    const cache = request.env['RUNNER_TOOL_CACHE'];
    if (cache === undefined || cache === '')
        throw new Error('RUNNER_TOOL_CACHE is not set: install-agents needs the runner tool cache; set install-agents: false and put codex and claude on PATH');
    const dir = (0,external_node_path_.join)(cache, tool, version, (0,external_node_os_.arch)());
    const executable = (0,external_node_path_.join)(dir, 'node_modules', '.bin', tool);
    if ((0,external_node_fs_.existsSync)(`${dir}.complete`) && (0,external_node_fs_.existsSync)(executable))
        return { executable, from: 'tool cache' };
    // A runner provisioned with another version (and no version asked for): that one, which the
    // version check then refuses unless untested versions are allowed; never a silent download
    // beside it. codex-version / claude-version name the version to install instead.
    if (!explicit) {
        const cached = await cachedVersion(cache, tool);
        if (cached !== undefined)
            return { executable: cached, from: 'tool cache' };
    }
    request.log(`installing ${AGENT_CLIS[tool].package}@${version} into ${dir}`);
    await (0,promises_.rm)(dir, { recursive: true, force: true });
    await (0,promises_.rm)(`${dir}.complete`, { force: true });
    await (0,promises_.mkdir)(dir, { recursive: true, mode: 0o755 });
    await npmInstall(tool, version, dir, request.env);
    if (!(0,external_node_fs_.existsSync)(executable))
        throw new Error(`npm installed ${AGENT_CLIS[tool].package}@${version} without a ${tool} executable`);
    // The agent user runs them: every directory on the way and every file readable, none writable.
    await openForReading(cache, dir);
    await (0,promises_.writeFile)(`${dir}.complete`, '');
    return { executable, from: 'installed into the tool cache' };
}
/** The executable of the newest complete version of `tool` in the cache, if any. */
async function cachedVersion(cache, tool) {
    const versions = (await (0,promises_.readdir)((0,external_node_path_.join)(cache, tool)).catch(() => []))
        .filter((version) => VERSION_PATTERN.test(version))
        .filter((version) => {
        const dir = (0,external_node_path_.join)(cache, tool, version, (0,external_node_os_.arch)());
        return (0,external_node_fs_.existsSync)(`${dir}.complete`) && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'node_modules', '.bin', tool));
    })
        .sort(compareVersions);
    const newest = versions.at(-1);
    return newest === undefined
        ? undefined
        : (0,external_node_path_.join)(cache, tool, newest, (0,external_node_os_.arch)(), 'node_modules', '.bin', tool);
}
function compareVersions(a, b) {
    const parts = (version) => (version.split('-')[0] ?? '').split('.').map((part) => Number(part));
    const [x, y] = [parts(a), parts(b)];
    for (let index = 0; index < 3; index += 1) {
        const difference = (x[index] ?? 0) - (y[index] ?? 0);
        if (difference !== 0)
            return difference;
    }
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * `npm install` with every install script off, then the install script of the agent's own
 * package alone (claude-code fetches its native binary there): no dependency runs code.
 */
async function npmInstall(tool, version, dir, env) {
    const name = AGENT_CLIS[tool].package;
    const npmEnv = { ...installEnv(env), npm_config_update_notifier: 'false' };
    const common = ['--prefix', dir, '--no-audit', '--no-fund'];
    try {
        await run('npm', [
            'install',
            ...common,
            '--no-save',
            '--no-package-lock',
            '--ignore-scripts',
            `${name}@${version}`
        ], { env: npmEnv, maxBuffer: 16 * 1024 * 1024 });
        await run('npm', ['rebuild', ...common, name], { env: npmEnv, maxBuffer: 16 * 1024 * 1024 });
    }
    catch (error) {
        const detail = error.stderr?.trim().split('\n').slice(-3).join(' ');
        throw new Error(`cannot install ${name}@${version} with npm into the tool cache: ${detail || String(error)}`);
    }
}
/**
 * What npm, the agent package's install script and a `--version` probe see: the job's
 * environment without its tokens, the Actions inputs, the runner's file commands or any
 * credential (the agents' API keys included). A registry that needs a token reads it from
 * the runner's .npmrc.
 */
function installEnv(env) {
    const kept = (0,child_env/* withoutJobSecrets */.tL)(env);
    for (const name of Object.keys(kept))
        if (/KEY|TOKEN|SECRET|PASSWORD|CREDENTIAL/i.test(name))
            delete kept[name];
    return kept;
}
async function openForReading(cache, dir) {
    for (let at = dir; at.startsWith(cache) && at !== cache; at = (0,external_node_path_.dirname)(at))
        await (0,promises_.chmod)(at, 0o755);
    const walk = async (path) => {
        const info = await (0,promises_.stat)(path);
        if (info.isDirectory()) {
            await (0,promises_.chmod)(path, 0o755);
            for (const entry of await (0,promises_.readdir)(path))
                await walk((0,external_node_path_.join)(path, entry));
        }
        else
            await (0,promises_.chmod)(path, info.mode & 0o111 ? 0o755 : 0o644);
    };
    await walk(dir);
}
function onPath(tool, env) {
    for (const dir of (env['PATH'] ?? '').split(external_node_path_.delimiter)) {
        if (dir === '')
            continue;
        const candidate = (0,external_node_path_.join)(dir, tool);
        if ((0,external_node_fs_.existsSync)(candidate))
            return candidate;
    }
    throw new Error(`${tool} is not on PATH: set install-agents: true (the default) to install it into the tool cache`);
}
async function reportedVersion(executable, env) {
    let stdout;
    try {
        ;
        ({ stdout } = await run(executable, ['--version'], { timeout: 60_000, env: installEnv(env) }));
    }
    catch (error) {
        throw new Error(`${executable} --version failed: ${error.message.split('\n')[0]}`);
    }
    const version = /([0-9]+\.[0-9]+\.[0-9]+(?:-[0-9A-Za-z.-]+)?)/.exec(stdout)?.[1];
    if (version === undefined)
        throw new Error(`${executable} --version reports no version: ${stdout.trim().slice(0, 200)}`);
    return version;
}

;// CONCATENATED MODULE: ./src/composition/actions/item-agent-setup.ts




/**
 * What the item action adds to its kernel's environment for the agents: the agent CLIs from
 * the tool cache first on PATH, and the runtime-policy inputs (codex-model, \u2026) for the kernel
 * to record with the source `action` (docs/github-action.md). Before the kernel starts, so a
 * refused version or a bad input fails the job with one line and no run.
 */
async function itemAgentSetup(input) {
    const policy = givenPolicyInputs();
    const env = {};
    if (Object.keys(policy).length > 0) {
        // A run keeps the policy it was created with: inputs of a later hop change nothing.
        if (input.continuing)
            core/* notice */.lm(`inputs ${Object.keys(policy).join(', ')} apply to the run a job starts; this job continues a run, which keeps the runtime policy it recorded`);
        else
            env[runtime_policy/* ACTION_POLICY_VARIABLE */.r0] = JSON.stringify(policy);
    }
    if (input.agents !== 'codex-claude')
        return { env, summary: '' };
    const clis = await prepareAgentClis({
        install: booleanInput('install-agents', true),
        allowUntested: booleanInput('allow-untested-agents', false),
        versions: {
            codex: core/* getInput */.V4('codex-version'),
            claude: core/* getInput */.V4('claude-version')
        },
        env: input.env,
        log: (line) => core/* info */.pq(line)
    });
    const ran = describeAgentClis(clis);
    core/* info */.pq(`agent CLIs: ${ran}`);
    if (clis.pathDirs.length > 0)
        env['PATH'] = [...clis.pathDirs, input.env['PATH'] ?? ''].join(external_node_path_.delimiter);
    return { env, summary: `**Agent CLIs:** ${ran}\n\n` };
}
/** The runtime-policy inputs the workflow set (a blank one is not set). */
function givenPolicyInputs() {
    return Object.fromEntries(Object.keys(runtime_policy/* ACTION_POLICY_INPUTS */.cc).flatMap((name) => {
        const value = core/* getInput */.V4(name);
        return value === '' ? [] : [[name, value]];
    }));
}
function booleanInput(name, fallback) {
    const value = core/* getInput */.V4(name).trim();
    if (value === '')
        return fallback;
    if (value === 'true' || value === 'false')
        return value === 'true';
    throw new Error(`input ${name}: expected true or false, not ${value}`);
}

// EXTERNAL MODULE: ./src/core/time.ts
var time = __webpack_require__(22334);
// EXTERNAL MODULE: ./src/composition/actions/playbook-drift-note.ts + 1 modules
var playbook_drift_note = __webpack_require__(5054);
// EXTERNAL MODULE: ./src/composition/actions/restore.ts
var restore = __webpack_require__(40332);
;// CONCATENATED MODULE: ./src/composition/actions/item-hop.ts





/**
 * A continued run, restored from the artifacts of the workflow run named in state-run-id and
 * the run branches on origin, and nothing else, after both were checked against GitHub's
 * record (restore.ts); this job is the next link of its chain.
 */
async function continueHop(input) {
    const { ctx, inputs, run } = input;
    const restored = await (0,restore/* restoreVerifiedRun */.Uw)({
        ctx,
        api: input.api,
        token: input.token,
        runId: run.runId,
        from: { kind: 'next-hop', stateRunId: Number(inputs['state-run-id']), hop: input.givenHop },
        log: (line) => core/* info */.pq(line)
    });
    core/* info */.pq(`restored ${restored.artifactName} from workflow run ${inputs['state-run-id']}: hop ${restored.hop}, chain and run branch checked against GitHub and origin`);
    const drift = await (0,playbook_drift_note/* playbookDriftNote */.p)(restored.run, (0,external_node_path_.resolve)(ctx.workspace, inputs.playbook), inputs.playbook);
    await (0,restore/* appendChainLink */.w0)(run, {
        workflow_run_id: ctx.runId,
        run_attempt: ctx.runAttempt,
        hop: restored.hop,
        job: 'item',
        item_id: inputs['item-id'],
        checkpoint_ref: null
    });
    return {
        hop: restored.hop,
        lease: restored.runBranchHead,
        knownAttemptBranches: restored.attemptBranches,
        ...(drift === undefined ? {} : { drift })
    };
}
/** A new run, recorded with who started it, in which workflow and from which branch. */
async function startHop(input) {
    const { ctx, inputs } = input;
    const current = await (0,restore/* currentWorkflowRun */.Gw)(ctx, input.api);
    const requester = current.triggeringActor ?? current.actor;
    if (requester === null)
        throw new Error(`GitHub records no actor for workflow run ${ctx.runId}: who started the run is unknown`);
    const hop = input.givenHop ?? 0;
    return {
        hop,
        lease: null,
        knownAttemptBranches: [],
        newRecord: {
            schema_version: 'plan_orchestrator.gha_run.v2',
            run_id: input.runId,
            repository: `${ctx.repository.owner}/${ctx.repository.repo}`,
            workflow_path: current.path,
            ref: current.headBranch,
            requester,
            started_in_workflow_run: ctx.runId,
            recorded_at_utc: (0,time/* isoSeconds */.n)(new Date()),
            chain: [
                {
                    workflow_run_id: ctx.runId,
                    run_attempt: ctx.runAttempt,
                    hop,
                    job: 'item',
                    item_id: inputs['item-id'],
                    checkpoint_ref: null,
                    recorded_at_utc: (0,time/* isoSeconds */.n)(new Date())
                }
            ]
        }
    };
}

;// CONCATENATED MODULE: ./src/composition/actions/item-isolation.ts

/** Why a job without an agent user is refused, and how to set one up (one line). */
const AGENT_USER_REQUIRED = 'input agent-user: agents codex-claude must run as a dedicated unprivileged OS user, or they could read ' +
    "this job's tokens from the runner's processes; create one on the runner (useradd --create-home plan-agent) " +
    'and set agent-user: plan-agent (the runner set-up is in docs/security.md), or set agent-isolation: none ' +
    "to run them as the runner's own user anyway";
/** On every summary of a job whose agents ran without an agent user. */
const NO_ISOLATION_WARNING = "> [!WARNING]\n> **Agent isolation is off.** The agents and verification commands of this job ran as the runner's own user: " +
    "they could read this job's tokens (the github-token input, ACTIONS_RUNTIME_TOKEN) from the runner's processes " +
    "and write the runner's files. Set the agent-user input to a dedicated OS user (see docs/security.md).\n\n";
/**
 * The OS user the item's agents run as (undefined: the runner's own user), once the inputs
 * agree on it. A job without one says so on its summary before anything else can fail.
 */
async function itemAgentUser(inputs) {
    const agentUser = inputs['agent-user'] === '' ? undefined : inputs['agent-user'];
    if (inputs['agent-isolation'] === 'none' && agentUser !== undefined)
        throw new Error('input agent-user: agent-isolation none runs the agents as the runner user; leave agent-user empty, or drop agent-isolation: none');
    if (agentUser === undefined &&
        inputs.agents === 'codex-claude' &&
        inputs['agent-isolation'] === 'user')
        throw new Error(AGENT_USER_REQUIRED);
    if (agentUser === undefined) {
        // Before anything can fail: the warning is on the summary whatever happens next.
        core/* warning */.$e("agent isolation is off: this job's agents run as the runner's own user (see docs/security.md)");
        await core/* summary */.z.addRaw(NO_ISOLATION_WARNING).write();
    }
    return agentUser;
}

// EXTERNAL MODULE: ./src/core/schemas/gha.ts
var gha = __webpack_require__(49054);
// EXTERNAL MODULE: ./src/composition/actions/provenance-output.ts
var provenance_output = __webpack_require__(26353);
;// CONCATENATED MODULE: ./src/composition/actions/item-publication.ts









/**
 * Whatever happened, what the run saved goes on (a failed hop is diagnosed and resumed from
 * it), but only after its branches are published with a lease: a hop that loses the race to
 * publish must not advance the chain. A run that saved nothing publishes nothing.
 */
async function publishItemHop(input) {
    const { ctx, run, start } = input;
    if (!(0,external_node_fs_.existsSync)(run.runStatePath))
        return { artifactName: '' };
    if (start.newRecord !== undefined)
        await (0,run_store/* writeJson */.GF)((0,external_node_path_.join)(run.controlDir, gha/* GHA_RUN_FILE */.CB), start.newRecord);
    const saved = await (0,run_store/* loadRunState */.fQ)(run);
    const ranItem = saved.items.find((entry) => entry.item_id === input.itemId);
    await (0,restore/* settleLastLink */.Eo)(run, ranItem?.checkpoint_ref ?? null);
    await (0,provenance_output/* publishStatement */.z)(run, input.itemId);
    if (input.push) {
        try {
            await (0,run_refs/* pushRunRefs */.mQ)(ctx.workspace, run.runId, { token: input.token, serverUrl: ctx.serverUrl }, start.lease, start.knownAttemptBranches);
        }
        catch (error) {
            const diagnostics = await (0,github/* uploadDiagnostics */.oB)({
                workspace: ctx.workspace,
                runId: run.runId,
                attempt: ctx.runAttempt
            }).catch(() => '(upload failed)');
            const failure = `${error instanceof Error ? error.message : String(error)}; this job's files are in the artifact ${diagnostics}, which no hop restores`;
            core/* error */.z3(failure);
            return { artifactName: '', failure };
        }
    }
    const artifactName = await (0,github/* uploadRunState */.Wv)({
        workspace: ctx.workspace,
        runId: run.runId,
        stage: 'item',
        attempt: ctx.runAttempt
    });
    input.output('state-artifact', artifactName);
    return { artifactName };
}

// EXTERNAL MODULE: ./src/composition/actions/item-report.ts + 3 modules
var item_report = __webpack_require__(98517);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./src/core/supervision/claims.ts
var claims = __webpack_require__(46126);
// EXTERNAL MODULE: ./src/core/usage/budget.ts
var usage_budget = __webpack_require__(35898);
// EXTERNAL MODULE: ./src/adapters/git-port.ts + 1 modules
var git_port = __webpack_require__(44112);
// EXTERNAL MODULE: ./src/adapters/run-lock.ts
var run_lock = __webpack_require__(82685);
// EXTERNAL MODULE: ./src/core/schemas/supervision.ts
var supervision = __webpack_require__(56079);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/adapters/git/index.ts + 3 modules
var git = __webpack_require__(9778);
// EXTERNAL MODULE: ./src/adapters/playbook-file.ts
var playbook_file = __webpack_require__(84668);
// EXTERNAL MODULE: ./src/core/integrity/outside-state.ts
var outside_state = __webpack_require__(61176);
// EXTERNAL MODULE: ./src/core/schemas/integrity-incident.ts
var integrity_incident = __webpack_require__(86214);
// EXTERNAL MODULE: ./src/adapters/git/git-metadata.ts
var git_metadata = __webpack_require__(49833);
// EXTERNAL MODULE: ./src/adapters/integrity/outside-reader.ts
var outside_reader = __webpack_require__(50415);
;// CONCATENATED MODULE: ./src/adapters/integrity/recheck.ts
/**
 * `doctor`'s second look at an integrity incident: is each recorded change back to what it
 * was before the stage? Reads the same way the check did (refs and files from disk, one
 * `git status` at most, and only when a checkout change needs it).
 */








async function readIncidents(repoRoot, controlDir, relative) {
    const dir = (0,external_node_path_.join)(controlDir, integrity_incident/* INTEGRITY_INCIDENT_DIR */.dD);
    const names = (0,external_node_fs_.existsSync)(dir) ? (0,external_node_fs_.readdirSync)(dir).filter((name) => name.endsWith('.json')) : [];
    if (names.length === 0)
        return [];
    const facts = new Facts(repoRoot);
    const files = [];
    for (const name of names.sort()) {
        const path = (0,external_node_path_.join)(dir, name);
        let incident;
        try {
            incident = integrity_incident/* IntegrityIncidentSchema */.$B.parse(JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8')));
        }
        catch (error) {
            files.push({ path: relative(path), problem: (0,errors/* describeError */.Uc)(error), resolved: [] });
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
                return !pathExists((0,external_node_path_.join)(this.repoRoot, change.path));
            case 'file_matches_before':
                return fileHash((0,external_node_path_.join)(this.repoRoot, change.path)) === change.before;
            case 'ref_matches_before':
                return ((await this.readRefs())[change.path] ?? null) === change.before;
            case 'checkout_clean':
                return (await this.readCheckout())[change.path] === undefined;
        }
    }
    async readRefs() {
        this.refs ??= await (0,outside_reader/* readRefs */.n6)(this.repoRoot, (0,git_metadata/* locateGitDirs */.Td)(this.repoRoot).commonDir);
        return this.refs;
    }
    async readCheckout() {
        this.checkout ??= await (0,outside_reader/* readCheckout */.b$)(this.repoRoot);
        return this.checkout;
    }
}
function pathExists(path) {
    try {
        (0,external_node_fs_.lstatSync)(path);
        return true;
    }
    catch {
        return false;
    }
}
/** Same hash as the check's reading: content, or `symlink:<target>`; null when absent. */
function fileHash(path) {
    try {
        const stats = (0,external_node_fs_.lstatSync)(path);
        const data = stats.isSymbolicLink() ? `symlink:${(0,external_node_fs_.readlinkSync)(path)}` : (0,external_node_fs_.readFileSync)(path);
        return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
    }
    catch {
        return null;
    }
}
/** The stage a dead process left unchecked, if any (its record, see integrity-guard.ts). */
async function readInterruptedStage(controlDir) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(controlDir, outside_state/* STAGE_RECORD */.rS), 'utf8');
    }
    catch {
        return undefined;
    }
    try {
        const { item_id, attempt_number, stage } = integrity_incident/* IntegrityStageSchema */.nt.parse(JSON.parse(text));
        return { item_id, attempt_number, stage };
    }
    catch (error) {
        return { problem: (0,errors/* describeError */.Uc)(error).split('\n')[0] ?? 'unreadable' };
    }
}

// EXTERNAL MODULE: ./src/core/playbook/issues.ts
var playbook_issues = __webpack_require__(99739);
// EXTERNAL MODULE: ./src/core/playbook/normalize.ts + 8 modules
var playbook_normalize = __webpack_require__(83199);
;// CONCATENATED MODULE: ./src/core/run/run-state-damage.ts
/** What can be wrong with a run's run_state.json, as doctor reads it, and how it says so. */
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

// EXTERNAL MODULE: ./src/core/playbook/source-text.ts
var source_text = __webpack_require__(1560);
// EXTERNAL MODULE: ./src/core/schemas/normalized-plan.ts
var normalized_plan = __webpack_require__(46591);
// EXTERNAL MODULE: ./src/core/schemas/run-state.ts
var run_state = __webpack_require__(22221);
// EXTERNAL MODULE: ./src/core/run/run-branch.ts
var run_branch = __webpack_require__(6033);
// EXTERNAL MODULE: ./src/core/run/lifecycle.ts
var lifecycle = __webpack_require__(95413);
;// CONCATENATED MODULE: ./src/core/run/doctor-checks.ts







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
    if (!(0,lifecycle/* isInFlight */.wn)(state.current_state))
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
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
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
    const parsed = run_state/* RuntimePolicySnapshotSchema */.Mc.safeParse(json);
    if (!parsed.success)
        return `runtime_policy.json is not a valid runtime policy snapshot: ${parsed.error.issues[0]?.message ?? ''}`;
    // Deep: the price table is an object.
    const differing = runtime_policy/* OPTION_NAMES */.TM.filter((name) => !(0,external_node_util_.isDeepStrictEqual)(parsed.data.options[name], state.options[name]));
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
    const parsed = normalized_plan/* NormalizedPlanSchema */.iQ.safeParse(json);
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
    const verdict = (0,run_branch/* judgeRunBranch */.D)(state, tip);
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

// EXTERNAL MODULE: ./src/core/run/run-state-ops.ts
var run_state_ops = __webpack_require__(57109);
;// CONCATENATED MODULE: ./src/core/run/run-agents.ts
const SCENARIO_NEEDS_SCRIPTED = '--scenario is played by the scripted agent: give it with --agents scripted';
/** A new run: the flags, codex-claude when none are given. */
function newRunAgents(flags) {
    const set = flags.set ?? (flags.scenarioPath === undefined ? 'codex-claude' : undefined);
    if (set === undefined || (set === 'codex-claude' && flags.scenarioPath !== undefined))
        return { ok: false, problem: SCENARIO_NEEDS_SCRIPTED };
    if (set === 'codex-claude')
        return { ok: true, plan: { set } };
    if (flags.scenarioPath === undefined)
        return { ok: false, problem: '--agents scripted needs --scenario <file>' };
    return { ok: true, plan: { set, scenario: { from: 'file', path: flags.scenarioPath } } };
}
/**
 * A run that goes on (resume, supervise resume, doctor): each flag given overrides the
 * record; what is not given comes from it. A run saved before runs recorded their agents
 * (record null) worked with codex-claude, the only default there was.
 */
function continuedRunAgents(flags, recorded, runId) {
    const recordedSet = recorded?.set ?? 'codex-claude';
    const set = flags.set ?? recordedSet;
    if (set === 'codex-claude') {
        if (flags.scenarioPath === undefined)
            return { ok: true, plan: { set } };
        return {
            ok: false,
            problem: flags.set === undefined
                ? `run ${runId} works with codex-claude, and --scenario is played by the scripted agent: add --agents scripted to switch the run to the scenario`
                : SCENARIO_NEEDS_SCRIPTED
        };
    }
    if (flags.scenarioPath !== undefined)
        return { ok: true, plan: { set, scenario: { from: 'file', path: flags.scenarioPath } } };
    const scenario = recorded?.scenario ?? null;
    if (scenario === null)
        return {
            ok: false,
            problem: `--agents scripted needs --scenario <file>: run ${runId} works with codex-claude and has no scenario of its own`
        };
    return { ok: true, plan: { set, scenario: { from: 'run', ...scenario } } };
}
/** The executables the agents need on PATH besides the shell (git always). */
function agentExecutables(set) {
    return set === 'codex-claude' ? ['git', 'codex', 'claude'] : ['git'];
}
/** `codex-claude`, or `scripted (scenario examples/demo/scenario.json)`. */
function describeAgents(agents) {
    if (agents === null)
        return 'codex-claude (not recorded: a run from an earlier version)';
    return agents.scenario === null
        ? agents.set
        : `${agents.set} (scenario ${agents.scenario.source_path}, sha256 ${agents.scenario.sha256.slice(0, 12)})`;
}
function sameAgents(a, b) {
    if (a === null || b === null)
        return a === b;
    return (a.set === b.set &&
        a.scenario?.sha256 === b.scenario?.sha256 &&
        a.scenario?.source_path === b.scenario?.source_path);
}
/** The event a resume records when it was told to continue with other agents. */
function agentsChangedMessage(before, after) {
    return `the run's agents are now ${describeAgents(after)}, as this command was told; they were ${describeAgents(before)}`;
}

// EXTERNAL MODULE: ./src/adapters/run-scenario.ts
var run_scenario = __webpack_require__(29744);
// EXTERNAL MODULE: ./src/kernel/preflight.ts
var kernel_preflight = __webpack_require__(61738);
// EXTERNAL MODULE: ./src/adapters/git/git-runner.ts
var git_runner = __webpack_require__(63338);
// EXTERNAL MODULE: ./src/kernel/run-branch.ts
var kernel_run_branch = __webpack_require__(12709);
;// CONCATENATED MODULE: ./src/composition/refresh-run.ts
















async function refreshRun(input) {
    const repoRoot = await input.git.repoRoot(input.cwd).catch(() => {
        throw new UserInputError(`${input.cwd} is not inside a git repository`);
    });
    const layout = await findRun(repoRoot, input.runId);
    // Read once before locking: an unknown or damaged run is named as such, not as a lock error.
    await loadRunState(layout);
    const problems = await preflight({
        repoRoot,
        git: input.git,
        env: input.env,
        requiredExecutables: ['git']
    });
    if (problems.length > 0)
        throw new UserInputError(problems.map((problem) => `error: ${problem}`).join('\n'));
    return withRunLock(layout, 'refresh-run', async () => {
        const state = await loadRunState(layout);
        const gated = state.items.find((item) => item.terminal_state === 'awaiting_human_gate');
        if (gated !== undefined)
            // Approval fast-forwards the run branch from the gated attempt's base; moving the
            // branch now would strand that decision.
            throw new UserInputError(`item ${gated.item_id} awaits a human gate; decide it first (plan-orchestrator mark-manual-gate --run-id ${state.run_id} --item ${gated.item_id} --checkpoint ${gated.checkpoint_ref ?? 'SHA'} ...), then refresh`);
        // The new base must descend from the branch the run really built, not from a moved one;
        // a pass recorded but not saved is completed by resume first.
        const verdict = await checkRunBranch(input.git, repoRoot, state);
        if (verdict.kind !== 'at_head')
            throw new UserInputError(`run ${state.run_id} has an unfinished pass of item ${verdict.pending.item_id}; complete it first: plan-orchestrator resume --run-id ${state.run_id}`);
        const planPath = planPathInRun(layout, state);
        if (planPath === undefined)
            throw new UserInputError(`refusing to rewrite ${state.normalized_plan_path}: it is outside the run directory`);
        const now = input.clock.now();
        const rebuilt = await planFromSnapshot(layout, state, now);
        if (!rebuilt.ok)
            throw new UserInputError(rebuilt.detail);
        const refreshed = await createRefreshBranch({
            repoRoot,
            runId: state.run_id,
            runBranch: state.run_branch_name,
            targetRef: input.targetRef
        });
        await writeJson(planPath, rebuilt.plan);
        const next = appendEvent({ ...state, run_branch_name: refreshed.branch, run_branch_head: refreshed.sha }, {
            actor: 'orchestrator',
            itemId: null,
            message: `run branch refreshed: ${refreshed.branch} at ${refreshed.sha} (${input.targetRef}), was ${state.run_branch_name}; plan normalized again from the snapshot`
        }, isoSeconds(now));
        await saveRunState(layout, next);
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
const SNAPSHOT_SEPARATOR = '\n---\n\n';
/**
 * The run's plan normalized again from `playbook_source_snapshot.md`, with the recorded
 * playbook path. The snapshot must still hash to the recorded playbook sha256 and yield
 * the run's items: a plan that differs from the approved one is refused, not installed.
 */
async function planFromSnapshot(layout, state, generatedAt) {
    const where = (0,run_layout/* repoRelative */.Ne)(layout.repoRoot, layout.playbookSnapshotPath);
    const text = await (0,promises_.readFile)(layout.playbookSnapshotPath, 'utf8').catch(() => undefined);
    if (text === undefined)
        return { ok: false, problem: 'missing', detail: `missing playbook snapshot ${where}` };
    const at = text.indexOf(SNAPSHOT_SEPARATOR);
    if (at < 0)
        return {
            ok: false,
            problem: 'malformed',
            detail: `malformed playbook snapshot ${where}: no "---" line separating its header from the playbook`
        };
    const body = text.slice(at + SNAPSHOT_SEPARATOR.length);
    const recorded = state.playbook_source_sha256;
    // The snapshot keeps the playbook without a byte-order mark; either form may have been hashed.
    const sha = [body, `\ufeff${body}`].map(sha256Hex).find((candidate) => candidate === recorded);
    if (sha === undefined)
        return {
            ok: false,
            problem: 'sha_mismatch',
            detail: `playbook snapshot ${where} no longer matches the playbook sha256 the run recorded (${recorded}); it was edited`
        };
    const normalized = (0,playbook_normalize/* normalizePlaybook */.T)({
        bytes: new TextEncoder().encode(body),
        path: state.playbook_source_path,
        sha256: sha,
        generatedAt
    });
    if (!normalized.ok) {
        const issues = normalized.issues.map((issue) => (0,playbook_issues/* formatIssue */.H)(where, issue));
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
    const path = (0,external_node_path_.resolve)(layout.repoRoot, state.normalized_plan_path);
    return path.startsWith(`${(0,external_node_path_.resolve)(layout.controlDir)}${external_node_path_.sep}`) ? path : undefined;
}
/**
 * Rebuilds one file a run derives from its frozen inputs, for `doctor --fix-safe` (the
 * caller holds the run lock and has checked the path lies in the run directory). Writes
 * only when the result is exact, and never a file git tracks.
 */
async function rebuildDerivedFile(name, layout, state) {
    const path = (name === 'rebuild_normalized_plan' ? state.normalized_plan_path : state.runtime_policy_path) ??
        '';
    const tracked = await (0,git_runner/* runGit */.EO)(layout.repoRoot, [
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
        await (0,run_store/* writeJson */.GF)((0,external_node_path_.resolve)(layout.repoRoot, state.normalized_plan_path), rebuilt.plan);
        return {
            name: 'rebuild_normalized_plan',
            status: 'applied',
            path: state.normalized_plan_path,
            source_snapshot_path: (0,run_layout/* repoRelative */.Ne)(layout.repoRoot, layout.playbookSnapshotPath)
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
        await (0,run_store/* writeText */.x3)((0,external_node_path_.resolve)(layout.repoRoot, path), regenerated.text);
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
            sources: Object.fromEntries(runtime_policy/* OPTION_NAMES */.TM.map((name) => [name, sources[name]])),
            options: Object.fromEntries(runtime_policy/* OPTION_NAMES */.TM.map((name) => [name, state.options[name]]))
        };
        const text = `${JSON.stringify(snapshot, null, 2)}\n`;
        if (sha256Hex(text) === state.runtime_policy_sha256)
            return { ok: true, text };
    }
    return {
        ok: false,
        reason: 'no file rebuilt from the run state matches the recorded sha256 exactly'
    };
}

// EXTERNAL MODULE: ./src/adapters/process-table.ts
var process_table = __webpack_require__(93712);
// EXTERNAL MODULE: ./src/adapters/stage-cgroup.ts
var stage_cgroup = __webpack_require__(70855);
// EXTERNAL MODULE: ./src/adapters/stage-processes.ts
var stage_processes = __webpack_require__(59322);
// EXTERNAL MODULE: ./src/adapters/stage-records.ts
var stage_records = __webpack_require__(40521);
;// CONCATENATED MODULE: ./src/adapters/stage-survivors.ts




async function runScope(run) {
    // The record is data from disk: only what it can rightly name is trusted to find (and
    // kill) processes, never another directory or another cgroup.
    const records = (await (0,stage_records/* readStageRecords */.tc)(run.recordPath)).filter((record) => record.run_id === run.runId &&
        record.stage_id.startsWith(`${run.runId}/`) &&
        (0,stage_processes/* isInside */.FK)(record.worktree_path, run.worktreesDir) &&
        record.worktree_path !== run.worktreesDir.replace(/\/$/, '') &&
        (record.cgroup_path === null || (0,stage_cgroup/* isStageCgroupPath */.oc)(record.cgroup_path)));
    // Ticks, pids and cgroups mean nothing on another machine or after a reboot.
    const here = (0,process_table/* bootId */.aW)();
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
            (0,stage_cgroup/* cgroupMembers */.eQ)(candidate.cgroup_path).includes(found.pid))
        : records.find((candidate) => found.cwd !== null && (0,stage_processes/* isInside */.FK)(found.cwd, candidate.worktree_path));
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
    return (0,stage_processes/* findStageProcesses */.jb)(scope).map((found) => attribute(found, records));
}
/**
 * For `resume`, before it starts anything: stops what earlier processes of the run left
 * running, removes their stage cgroups and forgets the stages that are fully stopped.
 */
async function stage_survivors_stopRunSurvivors(run, graceMs) {
    const { scope, records } = await runScope(run);
    const before = findStageProcesses(scope).map((found) => attribute(found, records));
    const outcome = await stopStageProcesses(scope, graceMs);
    const attributed = new Map(before.map((survivor) => [survivor.pid, survivor]));
    const named = (found) => attributed.get(found.pid) ?? attribute(found, records);
    const remaining = outcome.remaining.map(named);
    const leftCgroups = new Set(scope.cgroups.filter((dir) => !tryRemove(dir)));
    if (records.length > 0) {
        const keep = new Set(records
            .filter((record) => (record.cgroup_path !== null && leftCgroups.has(record.cgroup_path)) ||
            remaining.some((survivor) => survivor.stageId === record.stage_id))
            .map((record) => record.stage_id));
        await updateStageRecords(run.recordPath, (stages) => stages.filter((stage) => stage.run_id !== run.runId || keep.has(stage.stage_id)));
    }
    return { stopped: outcome.found.map(named), remaining };
}
/** One line per process, for an event, an error or doctor. */
function stage_survivors_describeSurvivor(survivor) {
    const owner = survivor.itemId === null
        ? 'stage unknown'
        : `item ${survivor.itemId} attempt ${survivor.attempt ?? '?'} ${survivor.stage ?? ''}`.trim();
    return `pid ${survivor.pid} (${survivor.command || '?'}; ${owner}; found by ${survivor.foundBy})`;
}

;// CONCATENATED MODULE: ./src/composition/survivors.ts


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
    const { stopped, remaining } = await stopRunSurvivors(runStages(session.layout), SURVIVOR_GRACE_MS);
    if (stopped.length === 0)
        return;
    const items = new Set(stopped.map((survivor) => survivor.itemId));
    const itemId = items.size === 1 ? ([...items][0] ?? null) : null;
    await session.note(itemId, 'orchestrator', `stopped ${count(stopped.length)} left running by an earlier process of this run: ${stopped.map(describeSurvivor).join('; ')}`);
    if (remaining.length > 0) {
        throw new UserInputError(`${count(remaining.length)} of an earlier process of run ${session.state.run_id} could not be stopped: ${remaining.map(describeSurvivor).join('; ')}; stop them, then resume again`);
    }
}
/**
 * doctor's `stage_processes` check, present only when some process of the run is running:
 * each named, and whether a live writer of the run accounts for it.
 */
async function stageProcessesCheck(layout, locked) {
    const survivors = await findRunSurvivors(runStages(layout));
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
        description: stage_survivors_describeSurvivor(survivor)
    };
}
function count(n) {
    return n === 1 ? '1 process' : `${n} processes`;
}

;// CONCATENATED MODULE: ./src/composition/doctor.ts





















async function runDoctor(input) {
    const repoRoot = await input.git.repoRoot(input.cwd).catch(() => {
        throw new errors/* UserInputError */.m2(`${input.cwd} is not inside a git repository`);
    });
    const layout = input.runId === undefined ? undefined : await (0,run_store/* findRun */.Lc)(repoRoot, input.runId);
    const loaded = layout === undefined ? undefined : await loadForDoctor(layout);
    const agents = input.agents ?? loaded?.state?.agents?.set ?? 'codex-claude';
    const problems = await (0,kernel_preflight/* preflight */.Mz)({
        repoRoot,
        git: input.git,
        env: input.env,
        requiredExecutables: agentExecutables(agents)
    });
    const checks = preflightChecks(problems);
    if (input.playbookPath !== undefined)
        checks.push(...(await playbookChecks(repoRoot, (0,external_node_path_.resolve)(input.cwd, input.playbookPath))));
    const repairs = [];
    if (layout !== undefined && loaded !== undefined) {
        checks.push(loaded.check);
        if (loaded.state !== undefined) {
            checks.push(await runAgentsCheck(layout, loaded.state));
            let state = loaded.state;
            const locked = await (0,run_lock/* isRunLocked */.iQ)(layout);
            checks.push(runActivityCheck(state, locked));
            const processes = await stageProcessesCheck(layout, locked);
            if (processes !== undefined)
                checks.push(processes);
            let facts = await referenceFacts(layout, state);
            if (input.fixSafe) {
                repairs.push(...(await repairRun(layout, state, facts, input.clock)));
                if (repairs.some((repair) => repair.status === 'applied')) {
                    state = await (0,run_store/* loadRunState */.fQ)(layout);
                    facts = await referenceFacts(layout, state);
                }
            }
            checks.push(runReferencesCheck(state, facts));
            checks.push(runBranchCheck(state, await (0,git/* branchSha */.xi)(layout.repoRoot, state.run_branch_name)));
            checks.push(integrityIncidentsCheck(await readIncidents(layout.repoRoot, layout.controlDir, (path) => (0,run_layout/* repoRelative */.Ne)(layout.repoRoot, path)), 
            // While a live process holds the run, the record is just the stage in progress.
            locked ? undefined : await readInterruptedStage(layout.controlDir)));
        }
    }
    const ok = checks.every((check) => check.status !== 'error') &&
        repairs.every((repair) => repair.status !== 'failed');
    return { ok, exit_code: ok ? 0 : 1, repo_root: repoRoot, checks, repairs };
}
async function playbookChecks(repoRoot, absolute) {
    const source = await (0,playbook_file/* readPlaybookSource */.Fx)(absolute).catch((error) => (0,errors/* describeError */.Uc)(error));
    if (typeof source === 'string')
        return [{ name: 'playbook_parse', status: 'error', detail: source }];
    const path = (0,run_layout/* repoRelative */.Ne)(repoRoot, source.path);
    const decoded = (0,source_text/* decodePlaybook */.u)(source.bytes);
    if (!decoded.ok)
        return [
            { name: 'playbook_parse', status: 'error', path, detail: (0,playbook_issues/* formatIssue */.H)(path, decoded.issue) }
        ];
    const parse = { name: 'playbook_parse', status: 'ok', path, sha256: source.sha256 };
    const normalized = (0,playbook_normalize/* normalizePlaybook */.T)({ ...source, path });
    const warnings = normalized.warnings.map((warning) => (0,playbook_issues/* formatIssue */.H)(path, warning));
    if (!normalized.ok) {
        const issues = normalized.issues.map((issue) => (0,playbook_issues/* formatIssue */.H)(path, issue));
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
    const detail = describeAgents(state.agents);
    const scenario = state.agents?.scenario ?? null;
    if (scenario === null)
        return { name: 'run_agents', status: 'ok', detail };
    try {
        await (0,run_scenario/* readRunScenario */.Q1)(layout, scenario);
        return { name: 'run_agents', status: 'ok', detail };
    }
    catch (error) {
        return { name: 'run_agents', status: 'error', detail: `${detail}: ${(0,errors/* describeError */.Uc)(error)}` };
    }
}
/** run_state.json read the way every command reads it, with the damage named exactly. */
async function loadForDoctor(layout) {
    const path = (0,run_layout/* repoRelative */.Ne)(layout.repoRoot, layout.runStatePath);
    const fail = (damage, bytes, why) => ({
        check: {
            name: 'run_state_load',
            status: 'error',
            problem: damage,
            path,
            detail: describeRunStateDamage(damage, bytes, why)
        }
    });
    let text;
    try {
        text = await (0,promises_.readFile)(layout.runStatePath, 'utf8');
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            return fail('unreadable', 0, (0,errors/* describeError */.Uc)(error));
        // findRun found the run's directory; the state file in it is what is missing.
        return fail('missing', 0, 'the run directory exists but holds no run state');
    }
    const bytes = Buffer.byteLength(text);
    let state;
    try {
        state = (0,run_store/* parseRunState */.Qw)(layout.runStatePath, text);
    }
    catch (error) {
        if (!(error instanceof run_store/* RunStateUnreadableError */.K$))
            throw error;
        const damage = error.problem === 'not_json' && looksTruncated(text) ? 'truncated' : error.problem;
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
    const at = (path) => (0,external_node_path_.resolve)(root, path);
    const planPath = at(state.normalized_plan_path);
    const withinRunRoot = planPathInRun(layout, state) !== undefined;
    const planText = await readText(planPath);
    const health = withinRunRoot && planText !== undefined ? normalizedPlanHealth(state, planText) : undefined;
    const items = state.items;
    const worktreeDirs = await (0,promises_.readdir)(layout.worktreesDir, { withFileTypes: true }).catch(() => []);
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
        runBranchExists: (await (0,git/* branchSha */.xi)(root, state.run_branch_name)) !== undefined,
        missingItemBranches: await keepAsync(items.map((item) => item.branch_name), async (name) => (await (0,git/* branchSha */.xi)(root, name)) === undefined),
        missingCheckpointRefs: await keepAsync(items.map((item) => item.checkpoint_ref), async (sha) => (await (0,git/* tryResolveCommit */.Fl)(root, sha)) === undefined),
        missingWorktrees: await keepAsync(items.map((item) => item.worktree_path), async (path) => !(await exists(at(path)))),
        orphanedWorktrees: orphanedWorktrees(worktreeDirs.filter((entry) => entry.isDirectory()).map((entry) => entry.name), `${run_layout/* WORKTREE_ROOT */.rf}/${state.run_id}`, state),
        missingArtifacts: (await Promise.all(items.flatMap((item) => Object.entries(item.latest_paths).map(async ([key, path]) => path !== null && !(await exists(at(path))) ? [{ item_id: item.item_id, key, path }] : [])))).flat(),
        policy: runtimePolicyIntegrity(state, policyText)
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
        (0,external_node_path_.resolve)(layout.repoRoot, path).startsWith(`${(0,external_node_path_.resolve)(layout.controlDir)}${external_node_path_.sep}`);
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
        return await (0,run_lock/* withRunLock */.Z4)(layout, 'doctor --fix-safe', async () => {
            // Decide on the state as it is now that no one else can write it.
            const fresh = await (0,run_store/* loadRunState */.fQ)(layout);
            const done = [...skipped];
            for (const name of todo)
                done.push(await rebuildDerivedFile(name, layout, fresh));
            const applied = done.filter((repair) => repair.status === 'applied');
            if (applied.length > 0) {
                const now = (0,time/* isoSeconds */.n)(clock.now());
                const message = `doctor --fix-safe rebuilt ${applied.map((repair) => repair.path).join(', ')}`;
                const event = { actor: 'orchestrator', itemId: null, message };
                await (0,run_store/* saveRunState */.iZ)(layout, (0,run_state_ops/* appendEvent */.Zn)(fresh, event, now));
            }
            return done;
        });
    }
    catch (error) {
        // A live writer owns the run: come back later. Anything else is a failed repair.
        const status = error instanceof run_lock/* RunLockedError */.c6 ? 'skipped' : 'failed';
        return [...skipped, ...todo.map((name) => ({ name, status, detail: (0,errors/* describeError */.Uc)(error) }))];
    }
}
async function keepAsync(values, keep) {
    const present = values.filter((value) => value !== null);
    const kept = await Promise.all(present.map(keep));
    return present.filter((_, index) => kept[index]);
}
async function exists(path) {
    return (0,promises_.access)(path)
        .then(() => true)
        .catch(() => false);
}
async function readText(path) {
    return (0,promises_.readFile)(path, 'utf8').catch(() => undefined);
}

// EXTERNAL MODULE: ./src/adapters/exclusive-lock.ts
var exclusive_lock = __webpack_require__(35370);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
// EXTERNAL MODULE: ./src/adapters/process-group.ts
var process_group = __webpack_require__(92247);
;// CONCATENATED MODULE: ./src/adapters/kernel-process.ts





/** The supervisor's kernel processes (KernelProcesses, src/supervision/ports.ts). */
const kernelProcesses = {
    spawn: spawnKernel,
    signalGroup: process_group/* signalProcessGroup */.vz,
    isGroupRunning: process_group/* isProcessGroupRunning */.Sq,
    isAlive: process_group/* isProcessAlive */.jW
};
const TAIL_LINES = 20;
const FOLLOW_MS = 200;
function spawnKernel(spec) {
    // Its own process group: a terminal's Ctrl-C reaches the supervisor only, which forwards
    // it, so the kernel hears one signal, not two. Its output goes straight to the log files,
    // not through pipes: a supervisor that dies must not take its kernel down with a broken
    // pipe, so a later `supervise resume` can attach to it.
    const stdoutFd = (0,external_node_fs_.openSync)(spec.stdoutPath, 'a');
    const stderrFd = (0,external_node_fs_.openSync)(spec.stderrPath, 'a');
    let child;
    try {
        child = (0,external_node_child_process_.spawn)(spec.command, [...spec.args], {
            cwd: spec.cwd,
            env: { ...spec.env },
            detached: true,
            stdio: ['ignore', stdoutFd, stderrFd]
        });
    }
    finally {
        (0,external_node_fs_.closeSync)(stdoutFd);
        (0,external_node_fs_.closeSync)(stderrFd);
    }
    const follower = followLines(spec.stderrPath, spec.onStderrLine);
    const exited = new Promise((resolve) => {
        child.once('error', () => resolve({ exit_code: null, signal: null }));
        child.once('exit', (code, signal) => resolve({ exit_code: code, signal }));
    }).then(async (exit) => {
        await follower.stop();
        return exit;
    });
    return { pid: child.pid ?? 0, exited, stderrTail: () => follower.tail() };
}
/** Reads a growing log file line by line, keeping the last lines for error reports. */
function followLines(path, onLine) {
    const tail = [];
    const decoder = new external_node_string_decoder_.StringDecoder('utf8');
    let position = 0;
    let partial = '';
    const emit = (text) => {
        const lines = (partial + text).split('\n');
        partial = lines.pop() ?? '';
        for (const line of lines) {
            tail.push(line);
            if (tail.length > TAIL_LINES)
                tail.shift();
            onLine?.(line);
        }
    };
    const readNew = async () => {
        const handle = await (0,promises_.open)(path, 'r').catch(() => undefined);
        if (handle === undefined)
            return;
        try {
            const buffer = Buffer.alloc(64 * 1024);
            for (;;) {
                const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
                if (bytesRead === 0)
                    break;
                position += bytesRead;
                emit(decoder.write(buffer.subarray(0, bytesRead)));
            }
        }
        finally {
            await handle.close();
        }
    };
    let reading = Promise.resolve();
    const timer = setInterval(() => {
        reading = reading.then(readNew);
    }, FOLLOW_MS);
    return {
        tail: () => [...tail, ...(partial === '' ? [] : [partial])].join('\n'),
        async stop() {
            clearInterval(timer);
            reading = reading.then(readNew);
            await reading;
            emit(decoder.end());
            if (partial !== '') {
                const last = partial;
                partial = '';
                tail.push(last);
                onLine?.(last);
            }
        }
    };
}

// EXTERNAL MODULE: ./src/adapters/run-files.ts + 2 modules
var run_files = __webpack_require__(59903);
// EXTERNAL MODULE: ./src/adapters/git/repository.ts
var repository = __webpack_require__(3739);
// EXTERNAL MODULE: ./src/supervision/artifacts.ts
var artifacts = __webpack_require__(98972);
;// CONCATENATED MODULE: ./src/supervision/control-lock.ts





/**
 * One supervisor per run. The lock is an atomic directory (proper-lockfile), so two
 * supervisors starting together cannot both win, as they could with the reference's
 * check-then-write file; the owner record beside it says who holds it. A holder that ran on
 * this host and is gone loses the lock at once, any other after the stale time.
 */
class SupervisorLockedError extends Error {
    name = 'SupervisorLockedError';
    exitCode = 1;
}
async function acquireControlLock(layout, runId, sessionId, io) {
    const { lockExclusively, files, processes } = io;
    const readHolder = async () => (0,artifacts/* loadedValue */.vT)(await (0,artifacts/* readArtifact */.R9)(supervision/* ControlLockOwnerSchema */.TU, layout.controlOwnerPath));
    const release = await lockExclusively({
        target: layout.root,
        lockPath: layout.controlLockPath,
        holderIsGone: async () => {
            const holder = await readHolder();
            return (holder !== undefined &&
                holder.owner_host === (0,external_node_os_.hostname)() &&
                !processes.isAlive(holder.owner_pid));
        },
        clearHolder: () => (0,promises_.rm)(layout.controlOwnerPath, { force: true }),
        claim: () => (0,artifacts/* writeArtifact */.w6)(files, supervision/* ControlLockOwnerSchema */.TU, layout.controlOwnerPath, {
            schema_version: supervision/* SUPERVISION_SCHEMA_VERSIONS */.yZ.controlLock,
            run_id: runId,
            supervisor_session_id: sessionId,
            owner_pid: process.pid,
            owner_host: (0,external_node_os_.hostname)(),
            acquired_at_utc: (0,time/* isoSeconds */.n)(new Date())
        }),
        onCompromised: () => {
            process.stderr.write(`error: lost the supervision lock of run ${runId}; stopping\n`);
            process.exit(1);
        }
    });
    if (release === undefined) {
        const holder = await readHolder();
        const who = holder === undefined
            ? 'another supervisor'
            : `supervisor ${holder.supervisor_session_id} (pid ${holder.owner_pid} on ${holder.owner_host}, since ${holder.acquired_at_utc})`;
        throw new SupervisorLockedError(`run ${runId} is already supervised by ${who}; watch it with: plan-orchestrator supervise status --run-id ${runId}`);
    }
    let released;
    return {
        release: () => (released ??= (async () => {
            await (0,promises_.rm)(layout.controlOwnerPath, { force: true });
            await release().catch(() => undefined);
        })())
    };
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./src/supervision/bridge.ts
var bridge = __webpack_require__(72726);
;// CONCATENATED MODULE: ./src/supervision/kernel-process.ts





function thisCli() {
    return { command: process.execPath, args: [process.argv[1] ?? ''] };
}
function newId(prefix) {
    return `${prefix}_${(0,external_node_crypto_.randomBytes)(16).toString('hex')}`;
}
function launchKernel(processes, input) {
    const invocationId = newId('kernel');
    const stdoutPath = (0,external_node_path_.join)(input.layout.invocationsDir, `${invocationId}.stdout.log`);
    const stderrPath = (0,external_node_path_.join)(input.layout.invocationsDir, `${invocationId}.stderr.log`);
    const env = {};
    for (const [name, value] of Object.entries(input.env)) {
        if (value !== undefined && !Object.values(bridge/* SUPERVISION_ENV */.Wy).includes(name))
            env[name] = value;
    }
    env[bridge/* SUPERVISION_ENV */.Wy.enabled] = '1';
    env[bridge/* SUPERVISION_ENV */.Wy.sessionId] = input.sessionId;
    env[bridge/* SUPERVISION_ENV */.Wy.invocationId] = invocationId;
    if (input.runIdOverride !== undefined)
        env[bridge/* SUPERVISION_ENV */.Wy.runIdOverride] = input.runIdOverride;
    const spawned = processes.spawn({
        command: input.kernel.command,
        args: [...input.kernel.args, ...input.subcommand],
        cwd: input.run.repoRoot,
        env,
        stdoutPath,
        stderrPath,
        ...(input.onStderrLine === undefined ? {} : { onStderrLine: input.onStderrLine })
    });
    const pid = spawned.pid;
    return {
        invocationId,
        pid,
        recordedCommand: ['plan-orchestrator', ...input.subcommand],
        logPaths: [stdoutPath, stderrPath].map((path) => (0,run_layout/* repoRelative */.Ne)(input.run.repoRoot, path)),
        launched: true,
        exited: spawned.exited,
        stderrTail: () => spawned.stderrTail(),
        signal: (signal) => {
            if (pid > 0)
                processes.signalGroup(pid, signal);
        }
    };
}
const ATTACH_POLL_MS = 250;
/** A kernel some earlier supervisor launched and that still runs: watched by its pid only. */
function attachKernel(processes, pid, invocationId) {
    const exited = (async () => {
        while (processes.isAlive(pid))
            await (0,external_node_timers_promises_.setTimeout)(ATTACH_POLL_MS);
        return { exit_code: null, signal: null };
    })();
    return {
        invocationId,
        pid,
        recordedCommand: ['<attached-live-kernel>'],
        logPaths: [],
        launched: false,
        exited,
        stderrTail: () => '',
        // Not ours to stop: it belongs to whoever launched it.
        signal: () => undefined
    };
}
/** Signals the launched kernel, then kills its group if it outlives the grace period. */
async function stopKernel(processes, kernel, signal, graceMs) {
    kernel.signal(signal);
    const result = await Promise.race([kernel.exited, (0,external_node_timers_promises_.setTimeout)(graceMs).then(() => undefined)]);
    if (result !== undefined || !kernel.launched)
        return result;
    processes.signalGroup(kernel.pid, 'SIGKILL');
    const killed = await Promise.race([kernel.exited, (0,external_node_timers_promises_.setTimeout)(1000).then(() => undefined)]);
    return processes.isGroupRunning(kernel.pid) ? undefined : killed;
}

// EXTERNAL MODULE: ./src/core/run/run-state-file.ts
var run_state_file = __webpack_require__(37703);
// EXTERNAL MODULE: ./src/core/run/states.ts
var states = __webpack_require__(66915);
;// CONCATENATED MODULE: ./src/supervision/ledger.ts








class SupervisionLedger {
    run;
    layout;
    sessionId;
    policy;
    now;
    files;
    heartbeatSequence = 1;
    interventionSequence = 1;
    lastObservedAt;
    latestIntervention = null;
    latestHeartbeatPath = null;
    constructor(run, layout, sessionId, policy, now, files) {
        this.run = run;
        this.layout = layout;
        this.sessionId = sessionId;
        this.policy = policy;
        this.now = now;
        this.files = files;
    }
    async open() {
        this.heartbeatSequence = await (0,artifacts/* nextLedgerSequence */.AR)(this.layout.heartbeatsDir);
        this.interventionSequence = await (0,artifacts/* nextLedgerSequence */.AR)(this.layout.interventionsDir);
        const newest = await newestHeartbeat(this.layout);
        this.lastObservedAt = newest?.observed_at_utc;
    }
    /** observed_at of the previous heartbeat (this session's, or the newest on disk at start). */
    get previousObservedAt() {
        return this.lastObservedAt;
    }
    get latestInterventionPath() {
        return this.latestIntervention;
    }
    async heartbeat(input) {
        const observed = (0,time/* isoSeconds */.n)(this.now());
        const heartbeat = {
            schema_version: supervision/* SUPERVISION_SCHEMA_VERSIONS */.yZ.heartbeat,
            run_id: this.run.runId,
            supervisor_session_id: this.sessionId,
            heartbeat_sequence: this.heartbeatSequence,
            observed_at_utc: observed,
            freshness_policy: { ...this.policy },
            ...input,
            latest_intervention_path: this.latestIntervention
        };
        const path = (0,external_node_path_.join)(this.layout.heartbeatsDir, (0,artifacts/* ledgerName */.bo)(this.heartbeatSequence, (0,artifacts/* compactTimestamp */.ce)(observed)));
        await (0,artifacts/* writeArtifact */.w6)(this.files, supervision/* HeartbeatSchema */.KE, path, heartbeat);
        this.heartbeatSequence += 1;
        this.lastObservedAt = observed;
        this.latestHeartbeatPath = (0,run_layout/* repoRelative */.Ne)(this.run.repoRoot, path);
        return heartbeat;
    }
    async intervention(input) {
        const observed = (0,time/* isoSeconds */.n)(this.now());
        const intervention = {
            schema_version: supervision/* SUPERVISION_SCHEMA_VERSIONS */.yZ.intervention,
            run_id: this.run.runId,
            supervisor_session_id: this.sessionId,
            intervention_sequence: this.interventionSequence,
            observed_at_utc: observed,
            ...input
        };
        const path = (0,external_node_path_.join)(this.layout.interventionsDir, (0,artifacts/* ledgerName */.bo)(this.interventionSequence, input.action_kind, (0,artifacts/* compactTimestamp */.ce)(observed)));
        await (0,artifacts/* writeArtifact */.w6)(this.files, supervision/* InterventionSchema */.XE, path, intervention);
        this.interventionSequence += 1;
        this.latestIntervention = (0,run_layout/* repoRelative */.Ne)(this.run.repoRoot, path);
        return intervention;
    }
}
/** Every intervention of the run, all sessions, oldest first; unreadable files are skipped. */
async function readInterventions(layout) {
    const found = [];
    for (const path of await (0,artifacts/* ledgerFiles */.Xi)(layout.interventionsDir)) {
        const value = (0,artifacts/* loadedValue */.vT)(await (0,artifacts/* readArtifact */.R9)(supervision/* InterventionSchema */.XE, path));
        if (value !== undefined)
            found.push(value);
    }
    return found;
}
async function newestHeartbeat(layout) {
    const last = (await (0,artifacts/* ledgerFiles */.Xi)(layout.heartbeatsDir)).at(-1);
    return last === undefined ? undefined : (0,artifacts/* loadedValue */.vT)(await (0,artifacts/* readArtifact */.R9)(supervision/* HeartbeatSchema */.KE, last));
}
async function observeRunState(run) {
    const path = (0,run_layout/* repoRelative */.Ne)(run.repoRoot, run.runStatePath);
    const empty = {
        run_state_path: path,
        run_state_sha256: null,
        current_state: null,
        current_item_id: null,
        current_terminal_state: null,
        run_state_updated_at_utc: null
    };
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(run.runStatePath);
    }
    catch {
        return { state: undefined, snapshot: empty, problem: `${path} does not exist` };
    }
    try {
        const state = (0,run_state_file/* parseRunState */.Q)(run.runStatePath, bytes.toString('utf8'));
        return {
            state,
            snapshot: {
                run_state_path: path,
                run_state_sha256: (0,artifacts/* sha256Hex */.fg)(bytes),
                current_state: state.current_state,
                current_item_id: state.current_item_id,
                current_terminal_state: currentTerminal(state),
                run_state_updated_at_utc: state.updated_at_utc
            }
        };
    }
    catch (error) {
        return {
            state: undefined,
            snapshot: { ...empty, run_state_sha256: (0,artifacts/* sha256Hex */.fg)(bytes) },
            problem: error.message
        };
    }
}
function currentTerminal(state) {
    const item = state.items.find((entry) => entry.item_id === state.current_item_id);
    if (item !== undefined)
        return item.terminal_state;
    return states/* TERMINAL_STATE_OF */.bZ[state.current_state] ?? null;
}

// EXTERNAL MODULE: ./src/core/run/item-focus.ts
var item_focus = __webpack_require__(26955);
;// CONCATENATED MODULE: ./src/core/run/status-summary.ts




const EXIT_CODES = { ok: 0, waiting: 1, interrupted: 1, error: 2 };
function summarizeRun(state, options) {
    const counts = Object.fromEntries(['none', ...states/* TERMINALS */.en].map((t) => [t, 0]));
    for (const item of state.items)
        counts[item.terminal_state] += 1;
    const selected = new Set(state.items.filter((item) => wasSelected(state, item)).map((i) => i.item_id));
    // A current item that just passed stays in focus: the run last worked on it.
    const focus = (0,item_focus/* focusItem */.GI)(state, { keepPassedCurrent: true });
    const interrupted = !options.writerAlive && (0,lifecycle/* isInFlight */.wn)(state.current_state);
    const pending = pendingAction(state, focus, interrupted);
    const level = counts.escalated > 0
        ? 'error'
        : interrupted
            ? 'interrupted'
            : counts.awaiting_human_gate > 0 || counts.blocked_external > 0
                ? 'waiting'
                : 'ok';
    const usage = (0,summary/* runUsageSummary */.vU)(state);
    return {
        run_id: state.run_id,
        current_state: state.current_state,
        current_item_id: focus?.item_id ?? null,
        run_branch_name: state.run_branch_name,
        playbook_source_path: state.playbook_source_path,
        updated_at_utc: state.updated_at_utc,
        status_level: level,
        exit_code: EXIT_CODES[level],
        pending_action: pending,
        terminal_counts: counts,
        progress: {
            passed: state.items.filter((item) => item.terminal_state === 'passed').length,
            selected: selected.size,
            total: state.items.length,
            not_selected: (0,item_focus/* itemsInPlanOrder */.lq)(state)
                .filter((item) => !selected.has(item.item_id))
                .map((item) => item.item_id)
        },
        items: state.items.map((item) => ({
            item_id: item.item_id,
            state: item.state,
            attempt_number: item.attempt_number,
            terminal_state: item.terminal_state,
            terminal_summary: item.terminal_summary,
            terminal_reason: (0,summary/* activeBudgetStop */.eh)(item) === null ? null : 'budget_exhausted',
            usage: usage.items.find((entry) => entry.item_id === item.item_id)?.totals ?? summary/* EMPTY_TOTALS */.eQ,
            selected: selected.has(item.item_id)
        })),
        usage
    };
}
/**
 * Every item of the playbook is in the run, but a run only works on the items it was asked
 * for (`--item 03`) or reached (`--next`, auto-advance). An item it has never picked is still
 * at its initial state with no event of its own.
 */
function wasSelected(state, item) {
    return (!(0,states/* notStarted */.DY)(item) ||
        item.terminal_state !== 'none' ||
        state.event_log.some((event) => event.item_id === item.item_id));
}
/** The summary of a run whose state cannot be read. */
function brokenRunSummary(runId, error) {
    return {
        run_id: runId,
        current_state: null,
        current_item_id: null,
        run_branch_name: null,
        playbook_source_path: null,
        updated_at_utc: null,
        status_level: 'error',
        exit_code: 2,
        pending_action: { kind: 'repair_local_state', item_id: null, detail: error },
        terminal_counts: {
            none: 0,
            passed: 0,
            awaiting_human_gate: 0,
            blocked_external: 0,
            escalated: 0
        },
        progress: { passed: 0, selected: 0, total: 0, not_selected: [] },
        items: [],
        usage: null,
        error
    };
}
function pendingAction(state, focus, interrupted) {
    if (focus === undefined)
        return null;
    const id = focus.item_id;
    switch (focus.terminal_state) {
        case 'awaiting_human_gate':
            return {
                kind: 'manual_gate',
                item_id: id,
                path: focus.latest_paths.manual_gate_path,
                detail: `approve or reject: plan-orchestrator mark-manual-gate --run-id ${state.run_id} --item ${id} --decision approved|rejected --by NAME --note TEXT --checkpoint ${focus.checkpoint_ref ?? 'SHA'}`
            };
        case 'blocked_external':
            return {
                kind: 'external_evidence',
                item_id: id,
                detail: `supply evidence: plan-orchestrator resume --run-id ${state.run_id} --external-evidence-dir DIR`
            };
        case 'escalated': {
            const budget = (0,summary/* activeBudgetStop */.eh)(focus);
            return {
                kind: 'escalated',
                item_id: id,
                path: focus.latest_paths.escalation_manifest_path,
                detail: budget?.message ?? focus.terminal_summary ?? 'escalated; see the escalation manifest'
            };
        }
        default:
            return interrupted
                ? {
                    kind: 'resume',
                    item_id: id,
                    detail: `interrupted at ${state.current_state}: plan-orchestrator resume --run-id ${state.run_id}`
                }
                : null;
    }
}

;// CONCATENATED MODULE: ./src/core/supervision/recovery-decision.ts





// Both count against one budget: an item that keeps dying mid-stage is as stuck as one that
// keeps escalating, and alternating between the two must not reset the bound.
const BUDGETED_RESUMES = new Set(['resume_escalated', 'resume_interrupted']);
function decideRecovery(context) {
    const { state, facts } = context;
    const focus = (0,item_focus/* focusItem */.GI)(state);
    if (focus === undefined) {
        return {
            action_kind: 'terminal_passed',
            recoverability: 'passed',
            item_id: null,
            attempt_number: null,
            terminal_state: null,
            reason: `All ${state.items.length} items of run ${state.run_id} passed.`
        };
    }
    const decide = (action_kind, recoverability, reason, item = focus) => ({
        action_kind,
        recoverability,
        item_id: item.item_id,
        attempt_number: item.attempt_number,
        terminal_state: item.terminal_state,
        reason
    });
    const id = focus.item_id;
    const current = state.current_state;
    // The wait must have been watched by this loop: an approval seen only on disk could be
    // one the supervisor never waited for, and a run without auto-advance stops at its item.
    if (context.previousWait === 'manual_gate' &&
        (context.mode === 'resume' || context.autoAdvance) &&
        states/* TERMINAL_STATE_OF */.bZ[current] === 'passed') {
        return decide('resume_after_manual_gate', 'recoverable', `The manual gate the supervisor waited on was approved and the run is at ${current}; resuming with item ${id}.`);
    }
    const gateItem = focus.terminal_state === 'awaiting_human_gate'
        ? focus
        : ((0,item_focus/* itemsInPlanOrder */.lq)(state).find((item) => item.terminal_state === 'awaiting_human_gate') ??
            (states/* TERMINAL_STATE_OF */.bZ[current] === 'awaiting_human_gate' ? focus : undefined));
    if (gateItem !== undefined) {
        return decide('wait_manual_gate', 'waiting', `Item ${gateItem.item_id} awaits a manual gate decision (run state ${current}); only a human may approve or reject it.`, gateItem);
    }
    if (focus.terminal_state === 'blocked_external' ||
        states/* TERMINAL_STATE_OF */.bZ[current] === 'blocked_external') {
        const evidence = context.evidence;
        if (evidence === null) {
            return decide('wait_external_evidence', 'waiting', `Item ${id} is blocked on external evidence (run state ${current}) and no ready evidence package exists.`);
        }
        const tried = context.interventions.some((past) => past.action_kind === 'resume_blocked_external' &&
            past.item_id === id &&
            past.evidence_package_sha256 === evidence.digest);
        // Waiting rather than parking: the inbox keeps the old package, so a park would make
        // a corrected package that arrives later useless.
        if (tried) {
            return decide('wait_external_evidence', 'waiting', `Item ${id} was already resumed with the evidence package at ${evidence.path} (digest ${evidence.digest}); waiting for a new package.`);
        }
        return decide('resume_blocked_external', 'recoverable', `Item ${id} is blocked on external evidence and a ready package is at ${evidence.path} (digest ${evidence.digest}); resuming with it.`);
    }
    if (!facts.normalizedPlanHealthy) {
        const repaired = context.interventions.some((past) => past.action_kind === 'doctor_fix_safe' &&
            past.item_id === id &&
            past.attempt_number === focus.attempt_number);
        return repaired
            ? decide('park', 'non_recoverable', `The normalized plan is still missing or invalid after a safe repair for item ${id} attempt ${focus.attempt_number}; a human must look.`)
            : decide('doctor_fix_safe', 'recoverable', `The normalized plan is missing or invalid; running one safe repair for item ${id} attempt ${focus.attempt_number}.`);
    }
    if (focus.terminal_state === 'escalated' || states/* TERMINAL_STATE_OF */.bZ[current] === 'escalated') {
        if (facts.gateRejected) {
            return decide('park', 'non_recoverable', `Item ${id} escalated after a manual-gate rejection; only a human may take it further.`);
        }
        if (!facts.runBranchExists) {
            return decide('park', 'non_recoverable', `Item ${id} escalated and the run branch ${state.run_branch_name} does not exist; a human must restore it.`);
        }
        if (facts.scopeFailed) {
            return decide('park', 'non_recoverable', `Item ${id} escalated after its latest verification failed the scope check; scope violations are for a human to judge.`);
        }
        // The same limits would stop it again: only a human's higher limit can take it further.
        // A supervised resume (started by a human, maybe with that limit) still gets its try.
        const budget = (0,summary/* activeBudgetStop */.eh)(focus);
        if (budget !== null && (context.mode === 'run' || context.launchedResume)) {
            return decide('park', 'non_recoverable', `Item ${id} stopped on its budget (${budget.limit}); a human must raise the limit: ${(0,usage_budget/* budgetResumeCommand */.I5)(state.run_id, budget)}`);
        }
        return withinBudget(context, focus, 'resume_escalated', `Item ${id} escalated`, decide);
    }
    if (focus.terminal_state === 'none' && (0,lifecycle/* isInFlight */.wn)(current)) {
        return withinBudget(context, focus, 'resume_interrupted', `The kernel ended with item ${id} in flight at ${current}`, decide);
    }
    if (context.mode === 'resume' && !context.launchedResume) {
        return decide('resume_saved_run', 'recoverable', `Resuming the saved run at ${current}; item ${id} is the next unfinished item.`);
    }
    if (states/* TERMINAL_STATE_OF */.bZ[current] === 'passed') {
        return decide('selection_done', 'passed', `The selection passed at ${current}; ${unfinishedCount(state)} item(s) remain unfinished for a later invocation, next is item ${id}.`);
    }
    return decide('park', 'non_recoverable', `The run stopped at ${current} with item ${id} at terminal ${focus.terminal_state}, which no automatic action covers.`);
}
function withinBudget(context, focus, action, situation, decide) {
    const used = context.interventions.filter((past) => BUDGETED_RESUMES.has(past.action_kind) && past.item_id === focus.item_id).length;
    const budget = context.maxAutoResumes;
    if (used >= budget) {
        return decide('park', 'non_recoverable', `${situation}; automatic resume budget exhausted (${used} of ${budget}) for item ${focus.item_id}.`);
    }
    return decide(action, 'recoverable', `${situation}; automatic resume ${used + 1} of ${budget} for item ${focus.item_id}.`);
}
function unfinishedCount(state) {
    return state.items.filter((item) => item.terminal_state !== 'passed').length;
}

;// CONCATENATED MODULE: ./src/supervision/intervention-fields.ts

const ACTING_KINDS = new Set(supervision/* INTERVENTION_KINDS */.i6);
/** The decision-derived fields of an intervention; the fingerprint is the state decided on. */
function interventionFields(basis) {
    const { decision } = basis;
    if (!ACTING_KINDS.has(decision.action_kind))
        throw new Error(`${decision.action_kind} is not an intervention`);
    return {
        action_kind: decision.action_kind,
        item_id: decision.item_id,
        attempt_number: decision.attempt_number,
        terminal_state: decision.terminal_state,
        recoverability_class: decision.recoverability === 'recoverable'
            ? 'recoverable'
            : 'non_recoverable',
        fingerprint: basis.stateSha256,
        reason: decision.reason
    };
}
/** The record fields of an intervention that ran no command and names no file or evidence. */
function nothingRecorded() {
    return {
        command: [],
        related_paths: [],
        evidence_paths: [],
        evidence_package_sha256: null,
        kernel_exit: null,
        notes: []
    };
}

;// CONCATENATED MODULE: ./src/core/supervision/probe-round-trip.ts
/**
 * Whether a probe acknowledgement proves the supervisor is attached to the live kernel.
 * The ack must answer this exact request, come from the registered bridge, arrive in time,
 * and describe the same run state the supervisor reads itself. The first failed check is
 * the rejection reason; the check order is part of the contract because operators and
 * tests read the token.
 */
const ECHOED_FIELDS = [
    'run_id',
    'supervisor_session_id',
    'kernel_invocation_id',
    'probe_sequence',
    'probe_nonce'
];
function judgeRoundTrip(input) {
    const reason = rejectionOf(input);
    return reason === undefined ? { valid: true } : { valid: false, rejection_reason: reason };
}
// A state write or stage swap between the kernel's ack and the supervisor's re-read causes
// exactly these; one more probe usually settles them, unlike a wrong identity or a stale ack.
const RETRYABLE = new Set([
    'run_state_sha256_mismatch',
    'current_state_mismatch',
    'current_item_id_mismatch',
    'active_stage_missing',
    'active_stage_presence_mismatch',
    'active_stage_sha256_mismatch',
    'active_stage_path_mismatch'
]);
/** Whether a rejection may be a race with a state write, worth one immediate re-probe. */
function isRetryableRejection(reason) {
    return RETRYABLE.has(reason);
}
function rejectionOf(input) {
    const { request, ack, registration } = input;
    if (registration === undefined)
        return 'bridge_registration_missing';
    if (ack === undefined)
        return 'probe_ack_missing';
    const mismatched = ECHOED_FIELDS.find((field) => ack[field] !== request[field]);
    if (mismatched !== undefined)
        return `probe_ack_mismatch:${mismatched}`;
    if (registration.supervisor_session_id !== request.supervisor_session_id)
        return 'bridge_registration_session_mismatch';
    if (registration.kernel_invocation_id !== request.kernel_invocation_id)
        return 'bridge_registration_invocation_mismatch';
    const ackedAt = parseUtcSeconds(ack.acked_at_utc);
    const expiresAt = parseUtcSeconds(request.expires_at_utc);
    const previous = input.previousObservedAt === undefined ? null : parseUtcSeconds(input.previousObservedAt);
    // An unreadable previous heartbeat time leaves freshness unprovable, so it is refused with
    // the others rather than skipped.
    if (ackedAt === undefined || expiresAt === undefined || previous === undefined)
        return 'probe_ack_invalid_timestamp';
    if (ackedAt > expiresAt)
        return 'probe_ack_expired';
    // Whole-second timestamps: a heartbeat and the next ack often share a second, so only an
    // ack strictly older than the previous heartbeat is provably stale.
    if (previous !== null && ackedAt < previous)
        return 'probe_ack_not_fresh';
    const theirs = ack.kernel_snapshot;
    const ours = input.supervisorView;
    if (ours.run_state_sha256 === null)
        return 'run_state_missing';
    if (theirs.run_state_sha256 !== ours.run_state_sha256)
        return 'run_state_sha256_mismatch';
    if (theirs.run_state_path !== ours.run_state_path)
        return 'run_state_path_mismatch';
    if (theirs.current_state !== ours.current_state)
        return 'current_state_mismatch';
    if (theirs.current_item_id !== ours.current_item_id)
        return 'current_item_id_mismatch';
    if (theirs.active_stage_present && !ours.active_stage_present)
        return 'active_stage_missing';
    if (!theirs.active_stage_present && ours.active_stage_present)
        return 'active_stage_presence_mismatch';
    // Path and hash mean nothing without a stage, so they are compared only when both see one.
    if (theirs.active_stage_present) {
        if (theirs.active_stage_sha256 !== ours.active_stage_sha256)
            return 'active_stage_sha256_mismatch';
        if (theirs.active_stage_path !== ours.active_stage_path)
            return 'active_stage_path_mismatch';
    }
    return undefined;
}
const UTC_SECONDS = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;
/** Seconds since the epoch of a `YYYY-MM-DDTHH:MM:SSZ` time; undefined for anything else. */
function parseUtcSeconds(text) {
    const match = UTC_SECONDS.exec(text);
    if (match === null)
        return undefined;
    const [year, month, day, hour, minute, second] = match.slice(1).map(Number);
    const millis = Date.UTC(year, month - 1, day, hour, minute, second);
    const date = new Date(millis);
    // Date.UTC rolls 2026-02-30 over to March; a round trip catches every out-of-range field.
    const exact = date.getUTCFullYear() === year &&
        date.getUTCMonth() === month - 1 &&
        date.getUTCDate() === day &&
        date.getUTCHours() === hour &&
        date.getUTCMinutes() === minute &&
        date.getUTCSeconds() === second;
    return exact ? millis / 1000 : undefined;
}

;// CONCATENATED MODULE: ./src/supervision/probe.ts








/**
 * One liveness proof: a fresh nonce written for the kernel's bridge, its acknowledgement,
 * and the supervisor's own reading of the same run state. Anything short of a full match is
 * reported as unproven, with the first reason it failed.
 */
const ACK_POLL_MS = 100;
class Prober {
    run;
    layout;
    sessionId;
    policy;
    files;
    sequence;
    constructor(run, layout, sessionId, policy, firstSequence, files) {
        this.run = run;
        this.layout = layout;
        this.sessionId = sessionId;
        this.policy = policy;
        this.files = files;
        this.sequence = firstSequence;
    }
    /** Probes; a mismatch that a state write racing the probe explains is retried once. */
    async probe(invocationId, previousObservedAt) {
        const first = await this.probeOnce(invocationId, previousObservedAt);
        if (first.verdict.valid || !isRetryableRejection(first.verdict.rejection_reason))
            return first;
        return this.probeOnce(invocationId, previousObservedAt);
    }
    async probeOnce(invocationId, previousObservedAt) {
        await (0,artifacts/* removeFiles */.WS)([this.layout.probeAckPath]);
        const issued = new Date();
        const request = {
            schema_version: supervision/* SUPERVISION_SCHEMA_VERSIONS */.yZ.probeRequest,
            run_id: this.run.runId,
            supervisor_session_id: this.sessionId,
            kernel_invocation_id: invocationId,
            probe_sequence: this.sequence,
            probe_nonce: (0,external_node_crypto_.randomBytes)(16).toString('hex'),
            issued_at_utc: (0,time/* isoSeconds */.n)(issued),
            expires_at_utc: (0,time/* isoSeconds */.n)(new Date(Date.parse((0,time/* isoSeconds */.n)(issued)) + this.policy.probe_ack_deadline_sec * 1000))
        };
        this.sequence += 1;
        await (0,artifacts/* writeArtifact */.w6)(this.files, supervision/* ProbeRequestSchema */.Tr, this.layout.probeRequestPath, request);
        const ack = await this.awaitAck(request);
        const registration = (0,artifacts/* loadedValue */.vT)(await (0,artifacts/* readArtifact */.R9)(supervision/* BridgeRegistrationSchema */.My, this.layout.registrationPath));
        const observed = await observeRunState(this.run);
        const stage = await (0,artifacts/* readArtifact */.R9)(supervision/* ActiveStageSchema */.EH, this.layout.activeStagePath);
        const activeStagePath = (0,run_layout/* repoRelative */.Ne)(this.run.repoRoot, this.layout.activeStagePath);
        const supervisorView = {
            run_state_path: observed.snapshot.run_state_path,
            run_state_sha256: observed.state === undefined ? null : observed.snapshot.run_state_sha256,
            current_state: observed.snapshot.current_state,
            current_item_id: observed.snapshot.current_item_id,
            active_stage_present: stage.kind === 'ok',
            active_stage_path: stage.kind === 'ok' ? activeStagePath : null,
            active_stage_sha256: stage.kind === 'ok' ? stage.sha256 : null
        };
        const verdict = judgeRoundTrip({
            request,
            ack,
            registration,
            previousObservedAt,
            supervisorView
        });
        const evidence = {
            probe_sequence: request.probe_sequence,
            probe_nonce: request.probe_nonce,
            probe_request_issued_at_utc: request.issued_at_utc,
            probe_request_expires_at_utc: request.expires_at_utc,
            probe_ack_at_utc: ack?.acked_at_utc ?? null,
            bridge_registration_path: (0,run_layout/* repoRelative */.Ne)(this.run.repoRoot, this.layout.registrationPath),
            bridge_registration_sha256: await (0,artifacts/* fileSha256 */.sN)(this.layout.registrationPath),
            probe_request_sha256: await (0,artifacts/* fileSha256 */.sN)(this.layout.probeRequestPath),
            probe_ack_sha256: await (0,artifacts/* fileSha256 */.sN)(this.layout.probeAckPath)
        };
        return {
            verdict,
            evidence,
            activeStage: stage.kind === 'ok'
                ? {
                    stage_name: stage.value.stage_name,
                    item_id: stage.value.item_id,
                    attempt_number: stage.value.attempt_number,
                    child_tool: stage.value.child_tool,
                    child_pid: stage.value.child_pid,
                    child_command: stage.value.child_command,
                    started_at_utc: stage.value.started_at_utc,
                    active_stage_path: activeStagePath,
                    active_stage_sha256: stage.sha256
                }
                : null,
            observed
        };
    }
    async awaitAck(request) {
        const deadline = performance.now() + this.policy.probe_ack_deadline_sec * 1000;
        for (;;) {
            const ack = (0,artifacts/* loadedValue */.vT)(await (0,artifacts/* readArtifact */.R9)(supervision/* ProbeAckSchema */.NQ, this.layout.probeAckPath));
            if (ack !== undefined &&
                ack.probe_sequence === request.probe_sequence &&
                ack.probe_nonce === request.probe_nonce &&
                ack.kernel_invocation_id === request.kernel_invocation_id)
                return ack;
            if (performance.now() >= deadline)
                return undefined;
            await (0,external_node_timers_promises_.setTimeout)(ACK_POLL_MS);
        }
    }
}

;// CONCATENATED MODULE: ./src/supervision/session-interventions.ts



/** Interventions a supervision session makes besides launching kernels. */
/** `doctor --fix-safe` on the run, recorded as an intervention with what it repaired. */
async function session_interventions_repairRun(input, ledger, doctorFixSafe, basis) {
    const report = await doctorFixSafe(input);
    const applied = report.repairs.some((repair) => repair.status === 'applied');
    await ledger.intervention({
        ...nothingRecorded(),
        ...interventionFields(basis),
        result_status: applied ? 'applied' : 'skipped',
        command: ['plan-orchestrator', 'doctor', '--run-id', input.run.runId, '--fix-safe'],
        related_paths: report.repairs.flatMap((repair) => repair.path === undefined ? [] : [repair.path]),
        notes: report.repairs.map((repair) => `${repair.name}: ${repair.status}`)
    });
}
/**
 * Told to stop: the launched kernel gets the same signal and the time to save and exit, and
 * the interruption is recorded with the state the run was saved at.
 */
async function recordInterruption(input, ledger, kernel, graceMs, processes) {
    const signal = String(input.abort.reason ?? 'SIGINT');
    const exit = kernel !== undefined && kernel.launched
        ? await stopKernel(processes, kernel, signal, graceMs)
        : undefined;
    const observed = await observeRunState(input.run);
    await ledger.intervention({
        ...nothingRecorded(),
        action_kind: 'interrupt',
        item_id: observed.state?.current_item_id ?? null,
        attempt_number: null,
        terminal_state: observed.snapshot.current_terminal_state,
        recoverability_class: 'observed',
        fingerprint: null,
        reason: `The supervisor received ${signal}${kernel?.launched === true ? ' and passed it to its kernel' : ''}; the run is saved at ${observed.snapshot.current_state ?? 'no state'}.`,
        result_status: 'observed',
        related_paths: kernel === undefined ? [] : [...kernel.logPaths],
        kernel_exit: exit ?? null
    });
    return { signal, observed };
}
/** A kernel this session launched. */
async function recordLaunch(ledger, kernel) {
    await ledger.intervention({
        ...nothingRecorded(),
        action_kind: 'attach_kernel',
        item_id: null,
        attempt_number: null,
        terminal_state: null,
        recoverability_class: 'observed',
        fingerprint: null,
        reason: `Launched kernel ${kernel.invocationId} (pid ${kernel.pid}).`,
        result_status: 'applied',
        command: [...kernel.recordedCommand],
        related_paths: [...kernel.logPaths]
    });
}
/** A launched kernel's exit, with the state the run was left at. */
async function recordKernelExit(ledger, kernel, exit, observed) {
    const how = exit.signal !== null ? `was killed by ${exit.signal}` : `exited with code ${exit.exit_code}`;
    await ledger.intervention({
        ...nothingRecorded(),
        action_kind: 'kernel_exited',
        item_id: observed.state?.current_item_id ?? null,
        attempt_number: null,
        terminal_state: observed.snapshot.current_terminal_state,
        recoverability_class: 'observed',
        fingerprint: null,
        reason: `Kernel ${kernel.invocationId} ${how} at ${observed.snapshot.current_state ?? 'no saved state'}.`,
        result_status: 'observed',
        command: [...kernel.recordedCommand],
        related_paths: [...kernel.logPaths],
        kernel_exit: exit,
        notes: exit.exit_code === 0 ? [] : [kernel.stderrTail()].filter(Boolean)
    });
}

;// CONCATENATED MODULE: ./src/supervision/waits.ts

/**
 * Waits a supervisor can be woken from: by its stop signal, or by the event it waits for (a
 * kernel exiting), so neither a SIGTERM nor an exit is noticed a whole poll interval late.
 */
async function sleepUnless(ms, stop, wake) {
    const timer = new AbortController();
    const onStop = () => timer.abort();
    stop.addEventListener('abort', onStop, { once: true });
    try {
        await Promise.race([
            (0,external_node_timers_promises_.setTimeout)(Math.max(0, ms), undefined, { signal: timer.signal }).catch(() => undefined),
            ...(wake === undefined ? [] : [wake])
        ]);
    }
    finally {
        timer.abort();
        stop.removeEventListener('abort', onStop);
    }
}
/** Polls `condition` every 100 ms until it holds, `wake` settles, `stop` fires or time is up. */
async function pollUntil(condition, options) {
    let woken = false;
    void options.wake.then(() => {
        woken = true;
    });
    const deadline = performance.now() + options.limitMs;
    while (!woken && !options.stop.aborted && performance.now() < deadline) {
        if (await condition())
            return;
        await sleepUnless(100, options.stop, options.wake);
    }
}

// EXTERNAL MODULE: ./src/core/schemas/reports.ts
var reports = __webpack_require__(88947);
;// CONCATENATED MODULE: ./src/supervision/recovery-facts.ts








/**
 * What the supervisor reads from disk and git before deciding: facts about the run that the
 * run state alone does not carry, and whether a human has supplied evidence.
 */
async function gatherFacts(run, state, git) {
    const plan = await (0,artifacts/* readArtifact */.R9)(normalized_plan/* NormalizedPlanSchema */.iQ, run.normalizedPlanPath);
    // The same item the decision will be about, so its facts are the ones that matter.
    const focus = (0,item_focus/* focusItem */.GI)(state);
    return {
        normalizedPlanHealthy: plan.kind === 'ok',
        runBranchExists: (await git.branchSha(run.repoRoot, state.run_branch_name)) !== undefined,
        scopeFailed: focus === undefined ? false : await scopeFailed(run, focus),
        gateRejected: focus === undefined ? false : await gateRejected(run, focus)
    };
}
async function scopeFailed(run, item) {
    // A checkpoint refused for scope escalates before any verification report exists; its
    // summary is the only record, and the kernel words it this way on purpose.
    if (item.terminal_summary?.startsWith('scope violation') === true)
        return true;
    // Something changed outside the attempt: as much a human's to judge as a scope violation.
    if (item.terminal_summary?.startsWith(outside_state/* INTEGRITY_ESCALATION */.uC) === true)
        return true;
    const path = item.latest_paths.verification_report_path;
    if (path === null)
        return false;
    const report = (0,artifacts/* loadedValue */.vT)(await (0,artifacts/* readArtifact */.R9)(reports/* VerificationReportSchema */.TS, (0,external_node_path_.resolve)(run.repoRoot, path)));
    return report?.scope_check.status === 'fail';
}
async function gateRejected(run, item) {
    const path = item.latest_paths.manual_gate_path;
    if (path === null)
        return false;
    const record = (0,artifacts/* loadedValue */.vT)(await (0,artifacts/* readArtifact */.R9)(reports/* ManualGateRecordSchema */.UC, (0,external_node_path_.resolve)(run.repoRoot, path)));
    return record?.status === 'rejected';
}
/** How long a package must stay unchanged to count as completely copied. */
const SETTLE_MS = 1000;
/**
 * The first candidate directory that exists, has at least one entry, and whose digest is the
 * same twice in a row a second apart: a package still being copied is not taken half-done.
 */
async function readyEvidence(candidates) {
    for (const path of candidates) {
        if (path === undefined || !(await hasEntries(path)))
            continue;
        const before = await (0,artifacts/* directoryDigest */.CU)(path);
        await (0,external_node_timers_promises_.setTimeout)(SETTLE_MS);
        const after = await (0,artifacts/* directoryDigest */.CU)(path);
        if (before !== null && before === after)
            return { path, digest: after };
    }
    return null;
}
async function hasEntries(path) {
    return (0,promises_.readdir)(path).then((entries) => entries.length > 0, () => false);
}

;// CONCATENATED MODULE: ./src/supervision/outcome.ts
/** `supervise run|resume` exit codes: a stable contract, documented in docs/supervision.md. */
const OUTCOME_EXIT_CODES = {
    passed: 0,
    selection_done: 0,
    waiting_timeout: 10,
    parked: 20,
    interrupted: 130,
    kernel_failed: 1
};

;// CONCATENATED MODULE: ./src/supervision/supervisor-session.ts














const SHUTDOWN_GRACE_MS = 4000;
class SupervisorSession {
    input;
    layout;
    sessionId;
    ports;
    ledger;
    prober;
    previousWait = null;
    waitStartedAt;
    launchedResume = false;
    explicitEvidence;
    lastClaim;
    constructor(input, layout, sessionId, ports) {
        this.input = input;
        this.layout = layout;
        this.sessionId = sessionId;
        this.ports = ports;
        this.ledger = new SupervisionLedger(input.run, layout, sessionId, input.policy, () => new Date(), ports.files);
        this.explicitEvidence = input.explicitEvidenceDir;
    }
    async open() {
        await this.ledger.open();
        const newest = await newestHeartbeat(this.layout);
        this.prober = new Prober(this.input.run, this.layout, this.sessionId, this.input.policy, (newest?.probe_evidence?.probe_sequence ?? 0) + 1, this.ports.files);
    }
    async loop(attached) {
        let current = attached;
        if (this.input.mode === 'run') {
            current = await this.launch(['run', ...(this.input.runArgs ?? [])], true);
        }
        else if (attached !== undefined) {
            this.input.log(`supervisor: attached to the running kernel (pid ${attached.pid})`);
        }
        for (;;) {
            if (current !== undefined) {
                const exit = await this.monitor(current);
                if (this.input.abort.aborted)
                    return this.interrupted(current);
                const failed = await this.recordExit(current, exit);
                if (failed !== undefined)
                    return failed;
                current = undefined;
            }
            if (this.input.abort.aborted)
                return this.interrupted(undefined);
            const observed = await observeRunState(this.input.run);
            if (observed.state === undefined) {
                return this.park(observed, {
                    decision: {
                        action_kind: 'park',
                        recoverability: 'non_recoverable',
                        item_id: null,
                        attempt_number: null,
                        terminal_state: null,
                        reason: `The run state cannot be read (${observed.problem ?? 'unknown'}); see plan-orchestrator doctor --run-id ${this.input.run.runId}.`
                    },
                    evidence: null,
                    stateSha256: observed.snapshot.run_state_sha256
                });
            }
            const { decision, evidence } = await this.readFactsAndDecide(observed.state);
            const basis = {
                decision,
                evidence,
                stateSha256: observed.snapshot.run_state_sha256
            };
            this.input.log(`supervisor: ${decision.action_kind}: ${decision.reason}`);
            switch (decision.action_kind) {
                case 'terminal_passed':
                case 'selection_done':
                    await this.heartbeat('terminal_observed', observed, decision);
                    return this.result(decision.action_kind === 'terminal_passed' ? 'passed' : 'selection_done', decision.reason);
                case 'wait_manual_gate':
                case 'wait_external_evidence': {
                    const waited = await this.wait(observed, decision);
                    if (waited !== undefined)
                        return waited;
                    continue;
                }
                default:
                    break;
            }
            this.previousWait = null;
            this.waitStartedAt = undefined;
            await this.heartbeat('snapshot_only', observed, decision);
            switch (decision.action_kind) {
                case 'doctor_fix_safe':
                    await this.repair(basis);
                    continue;
                case 'park':
                    return this.park(observed, basis);
                default:
                    current = await this.resume(basis, observed.state);
            }
        }
    }
    async readFactsAndDecide(state) {
        const blocked = states/* TERMINAL_STATE_OF */.bZ[state.current_state] === 'blocked_external' ||
            state.items.some((item) => item.terminal_state === 'blocked_external');
        const evidence = blocked
            ? await readyEvidence([this.explicitEvidence, this.input.evidenceInboxDir])
            : null;
        const decision = decideRecovery({
            state,
            mode: this.input.mode,
            previousWait: this.previousWait,
            autoAdvance: this.input.mode === 'run' ? state.options.auto_advance : this.input.autoAdvance,
            launchedResume: this.launchedResume,
            evidence,
            facts: await gatherFacts(this.input.run, state, this.ports.git),
            interventions: await readInterventions(this.layout),
            maxAutoResumes: this.input.maxAutoResumes
        });
        return { decision, evidence };
    }
    async launch(subcommand, newRun) {
        const kernel = launchKernel(this.ports.processes, {
            kernel: this.input.kernel,
            subcommand: [...subcommand, ...this.input.workArgs],
            run: this.input.run,
            layout: this.layout,
            sessionId: this.sessionId,
            env: this.input.env,
            ...(newRun ? { runIdOverride: this.input.run.runId } : {}),
            onStderrLine: this.input.kernelLog
        });
        this.input.log(`supervisor: launched kernel ${kernel.invocationId} (pid ${kernel.pid})`);
        await recordLaunch(this.ledger, kernel);
        return kernel;
    }
    /** Probes the kernel every interval until it exits or the supervisor is told to stop. */
    async monitor(kernel) {
        let exit;
        void kernel.exited.then((value) => {
            exit = value;
        });
        const prober = this.prober;
        // The bridge registers within moments of the kernel starting; probing before that
        // would only produce the spurious "unproven" every reference run began with.
        await pollUntil(() => (0,artifacts/* isRegistered */.zN)(this.layout, kernel.invocationId), {
            stop: this.input.abort,
            wake: kernel.exited,
            limitMs: 5000
        });
        while (exit === undefined && !this.input.abort.aborted) {
            const outcome = await prober.probe(kernel.invocationId, this.ledger.previousObservedAt);
            if (exit !== undefined || this.input.abort.aborted)
                break;
            const claim = outcome.verdict.valid ? 'live_attached' : 'attachment_unproven';
            const summary = outcome.observed.state === undefined
                ? undefined
                : summarizeRun(outcome.observed.state, { writerAlive: true });
            await this.ledger.heartbeat({
                kernel_invocation_id: kernel.invocationId,
                claim_class: claim,
                kernel_snapshot: outcome.observed.snapshot,
                probe_evidence: outcome.evidence,
                active_stage: outcome.activeStage,
                diagnosis_snapshot: {
                    kernel_status_level: summary?.status_level ?? null,
                    pending_action_kind: summary?.pending_action?.kind ?? null,
                    recoverability_class: null,
                    next_supervisor_action: null
                },
                rejection_reason: outcome.verdict.valid ? null : outcome.verdict.rejection_reason
            });
            this.noteClaim(claim, outcome.verdict.valid
                ? `kernel pid ${kernel.pid}${outcome.activeStage === null ? '' : `, ${outcome.activeStage.stage_name} of item ${outcome.activeStage.item_id}`}`
                : outcome.verdict.rejection_reason);
            await sleepUnless(this.input.policy.live_probe_interval_sec * 1000, this.input.abort, kernel.exited);
        }
        return exit;
    }
    /** Records a launched kernel's exit; a new run whose kernel saved nothing is a failure. */
    async recordExit(kernel, exit) {
        if (!kernel.launched || exit === undefined)
            return undefined;
        const observed = await observeRunState(this.input.run);
        if (this.input.mode === 'run' && observed.state === undefined && exit.exit_code !== 0) {
            // The kernel refused its inputs; like a refused plain run, it leaves nothing behind.
            await (0,promises_.rm)(this.input.run.controlDir, { recursive: true, force: true });
            return {
                ...this.result('kernel_failed', kernel.stderrTail() || 'the kernel failed to start'),
                exitCode: exit.exit_code ?? 1,
                latestHeartbeatPath: null,
                latestInterventionPath: null
            };
        }
        await recordKernelExit(this.ledger, kernel, exit, observed);
        return undefined;
    }
    async wait(observed, decision) {
        this.previousWait =
            decision.action_kind === 'wait_manual_gate' ? 'manual_gate' : 'external_evidence';
        this.waitStartedAt ??= performance.now();
        await this.heartbeat('waiting_state_observed', observed, decision);
        const waitedMs = performance.now() - this.waitStartedAt;
        const limit = this.input.maxWaitSeconds;
        if (limit !== undefined && waitedMs >= limit * 1000)
            return this.result('waiting_timeout', `Stopped waiting: ${decision.reason}`);
        const pollMs = this.input.policy.waiting_poll_interval_sec * 1000;
        await sleepUnless(limit === undefined ? pollMs : Math.min(pollMs, limit * 1000 - waitedMs), this.input.abort);
        return this.input.abort.aborted ? this.interrupted(undefined) : undefined;
    }
    repair(basis) {
        return session_interventions_repairRun(this.input, this.ledger, this.ports.repairRun, basis);
    }
    async resume(basis, state) {
        const evidence = basis.decision.action_kind === 'resume_blocked_external' ? basis.evidence : null;
        const autoAdvance = this.input.mode === 'run' ? state.options.auto_advance : this.input.autoAdvance;
        const kernel = await this.launch([
            'resume',
            '--run-id',
            this.input.run.runId,
            ...(autoAdvance ? ['--auto-advance'] : []),
            ...(evidence === null ? [] : ['--external-evidence-dir', evidence.path])
        ], false);
        this.launchedResume = true;
        if (evidence !== null && evidence.path === this.explicitEvidence)
            this.explicitEvidence = undefined;
        await this.ledger.intervention({
            ...nothingRecorded(),
            ...interventionFields(basis),
            result_status: 'applied',
            command: [...kernel.recordedCommand],
            related_paths: [...kernel.logPaths],
            evidence_paths: evidence === null ? [] : [evidence.path],
            evidence_package_sha256: evidence?.digest ?? null
        });
        return kernel;
    }
    async park(observed, basis) {
        const { decision } = basis;
        await this.ledger.intervention({
            ...nothingRecorded(),
            ...interventionFields(basis),
            result_status: 'parked'
        });
        await this.heartbeat('terminal_observed', observed, decision);
        return this.result('parked', decision.reason);
    }
    /** Told to stop: the launched kernel gets the same signal and the time to save and exit. */
    async interrupted(kernel) {
        const { signal, observed } = await recordInterruption(this.input, this.ledger, kernel, SHUTDOWN_GRACE_MS, this.ports.processes);
        await this.heartbeat('snapshot_only', observed, undefined);
        return {
            ...this.result('interrupted', `interrupted by ${signal}`),
            exitCode: signal === 'SIGTERM' ? 143 : 130
        };
    }
    async heartbeat(claim, observed, decision) {
        const summary = observed.state === undefined
            ? undefined
            : summarizeRun(observed.state, {
                writerAlive: await this.ports.isRunLocked(this.input.run)
            });
        const heartbeat = await this.ledger.heartbeat({
            kernel_invocation_id: 'none',
            claim_class: claim,
            kernel_snapshot: observed.snapshot,
            probe_evidence: null,
            active_stage: null,
            diagnosis_snapshot: {
                kernel_status_level: summary?.status_level ?? null,
                pending_action_kind: summary?.pending_action?.kind ?? null,
                recoverability_class: decision?.recoverability ?? null,
                next_supervisor_action: decision?.action_kind ?? null
            },
            rejection_reason: null
        });
        this.noteClaim(claim, '');
        return heartbeat;
    }
    noteClaim(claim, detail) {
        if (claim === this.lastClaim)
            return;
        this.lastClaim = claim;
        this.input.log(`supervisor: ${claim}${detail === '' ? '' : ` (${detail})`}`);
    }
    result(outcome, reason) {
        return {
            runId: this.input.run.runId,
            sessionId: this.sessionId,
            outcome,
            exitCode: OUTCOME_EXIT_CODES[outcome],
            reason,
            supervisionRoot: this.layout.root,
            latestHeartbeatPath: this.ledger.latestHeartbeatPath,
            latestInterventionPath: this.ledger.latestInterventionPath
        };
    }
}

;// CONCATENATED MODULE: ./src/composition/supervise.ts
















/**
 * `supervise run` / `supervise resume`: a parent that launches the kernel, proves it is alive
 * while it works, and after every kernel exit decides, from the saved state and its own
 * ledgers alone, whether to wait, repair, resume within budget, or park. It never writes the
 * run state and never decides a gate.
 */
async function supervise(given) {
    // The kernel's stderr and the supervisor's reasons can carry agent text: every line passed
    // on is one line, whatever control characters it held.
    const input = {
        ...given,
        log: (line) => given.log((0,one_line/* oneLine */.T)(line)),
        kernelLog: (line) => given.kernelLog((0,one_line/* oneLine */.T)(line))
    };
    const layout = (0,artifacts/* supervisionLayout */.cY)(input.run);
    const registration = (0,artifacts/* loadedValue */.vT)(await (0,artifacts/* readArtifact */.R9)(supervision/* BridgeRegistrationSchema */.My, layout.registrationPath));
    if (input.mode === 'resume')
        await assertResumable(input.run);
    await (0,artifacts/* ensureSupervisionDirs */.Sb)(layout);
    // A bridge answers only probes carrying its own session id, so resuming a run whose
    // kernel still works means continuing that session.
    const sessionId = input.mode === 'resume' && registration !== undefined
        ? registration.supervisor_session_id
        : newId('svs');
    const lock = await acquireControlLock(layout, input.run.runId, sessionId, {
        lockExclusively: exclusive_lock/* lockExclusively */.By,
        files: run_files/* runFiles */.N,
        processes: kernelProcesses
    });
    try {
        const session = new SupervisorSession(input, layout, sessionId, {
            isRunLocked: run_lock/* isRunLocked */.iQ,
            git: { branchSha: repository/* branchSha */.xi },
            repairRun: (given) => runDoctor({
                cwd: given.run.repoRoot,
                env: given.env,
                runId: given.run.runId,
                fixSafe: true,
                git: (0,git_port/* createGitPort */.a)(),
                clock: { now: () => new Date() }
            }),
            processes: kernelProcesses,
            files: run_files/* runFiles */.N
        });
        await session.open();
        const attachable = input.mode === 'resume' &&
            registration !== undefined &&
            registration.bridge_host === (0,external_node_os_.hostname)() &&
            kernelProcesses.isAlive(registration.bridge_pid)
            ? attachKernel(kernelProcesses, registration.bridge_pid, registration.kernel_invocation_id)
            : undefined;
        if (input.mode === 'resume' && attachable === undefined && (await (0,run_lock/* isRunLocked */.iQ)(input.run))) {
            throw new errors/* UserInputError */.m2(`run ${input.run.runId} is being changed by a kernel this supervisor cannot attach to (it was not started under supervision); wait for it to finish`);
        }
        return await session.loop(attachable);
    }
    finally {
        await lock.release();
    }
}
async function assertResumable(run) {
    const observed = await observeRunState(run);
    if (observed.state === undefined)
        throw new errors/* UserInputError */.m2(`cannot supervise run ${run.runId}: ${observed.problem ?? 'no state'}`);
}

// EXTERNAL MODULE: ./src/composition/actions/job-log.ts + 1 modules
var job_log = __webpack_require__(68768);
;// CONCATENATED MODULE: ./src/composition/actions/item-supervision.ts










/**
 * The item job's kernel, run under the supervisor in this process: the kernel is the CLI
 * bundle in a process of its own, its argv built from the inputs, the job's tokens left out
 * of its environment. A signal to the job stops it; a kernel that failed fails the job.
 */
async function superviseItem(input) {
    const { ctx, inputs, agentUser, evidence } = input;
    const abort = new AbortController();
    const onSignal = (signal) => abort.abort(signal);
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    // Whatever the kernel, the supervisor or an agent wrote reaches the job log as text only.
    const relay = (0,job_log/* openAgentTextRelay */.y)();
    try {
        const outcome = await supervise({
            run: input.run,
            mode: input.continuing ? 'resume' : 'run',
            ...(input.continuing
                ? {}
                : {
                    runArgs: [
                        '--playbook',
                        (0,external_node_path_.resolve)(ctx.workspace, inputs.playbook),
                        '--item',
                        inputs['item-id']
                    ]
                }),
            workArgs: [
                '--agents',
                inputs.agents,
                ...(inputs.scenario === '' ? [] : ['--scenario', (0,external_node_path_.resolve)(ctx.workspace, inputs.scenario)]),
                ...budgetFlags(inputs),
                // Explicit either way: a user recorded by an earlier hop is not this runner's choice.
                ...(agentUser === undefined ? ['--no-agent-user'] : ['--agent-user', agentUser])
            ],
            autoAdvance: false,
            ...(evidence === undefined ? {} : { explicitEvidenceDir: await (0,promises_.realpath)(evidence) }),
            policy: claims/* DEFAULT_FRESHNESS */.CB,
            maxAutoResumes: Number(inputs['max-auto-resume-attempts']),
            maxWaitSeconds: 0,
            kernel: { command: process.execPath, args: [kernelBundle()] },
            env: { ...(0,child_env/* withoutJobSecrets */.tL)(process.env), ...input.agentEnv },
            log: relay.line,
            kernelLog: relay.line,
            abort: abort.signal
        });
        if (outcome.outcome === 'kernel_failed')
            throw new Error((0,one_line/* oneLine */.T)(outcome.reason));
        return outcome;
    }
    finally {
        relay.close();
        process.removeListener('SIGINT', onSignal);
        process.removeListener('SIGTERM', onSignal);
    }
}
/** The budget inputs given, as the kernel's flags; an empty one leaves the recorded limit. */
function budgetFlags(inputs) {
    return runtime_policy/* BUDGET_OPTIONS */.F.flatMap((name) => {
        const given = (inputs[`${usage_budget/* BUDGET_FLAGS */.UH[name].slice(2)}`] ?? '').trim();
        return given === '' ? [] : [usage_budget/* BUDGET_FLAGS */.UH[name], given];
    });
}
/**
 * The CLI bundle beside the actions' bundle: the kernel runs as its own process. This module
 * is bundled into a chunk of dist/actions/, so the CLI is at dist/cli/index.js.
 */
function kernelBundle() {
    return (0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url)), '..', 'cli', 'index.js');
}

// EXTERNAL MODULE: ./src/composition/actions/pull-request.ts + 1 modules
var pull_request = __webpack_require__(24722);
// EXTERNAL MODULE: ./src/composition/actions/runner-context.ts
var runner_context = __webpack_require__(65200);
;// CONCATENATED MODULE: ./src/composition/actions/item-job.ts



















/**
 * The item action's job: one playbook item, under supervision. A new run starts here; a
 * continued run is restored first (item-hop.ts). Its branches are published with a lease, then
 * its state is uploaded, whatever the item's outcome (item-publication.ts); then the outputs,
 * the pull request hand-off and the job summary. Returns why the job fails, if it does.
 */
async function runItemJob(inputs, output) {
    const ctx = (0,runner_context/* runnerContext */.c)();
    const token = inputs['github-token'];
    if (token !== '')
        core/* setSecret */.Pq(token);
    const continuing = inputs['run-id'] !== '';
    if (continuing && inputs['state-run-id'] === '')
        throw new Error('input state-run-id: a continued run needs the workflow run that holds its state');
    if (inputs.agents === 'scripted' && inputs.scenario === '')
        throw new Error('input scenario: agents scripted needs a scenario file');
    const givenHop = inputs.hop === '' ? undefined : Number(inputs.hop);
    const api = await (0,github/* createGitHubApi */._j)({ token, baseUrl: ctx.apiUrl, repository: ctx.repository });
    const agentUser = await itemAgentUser(inputs);
    const runId = continuing
        ? inputs['run-id']
        : (0,run_layout/* formatRunId */.Qq)(new Date(), (0,external_node_crypto_.randomBytes)(4).toString('hex'));
    const run = (0,run_layout/* runLayout */.WA)(ctx.workspace, runId);
    const start = continuing
        ? await continueHop({ ctx, api, inputs, givenHop, token, run })
        : await startHop({ ctx, api, inputs, givenHop, runId });
    // Evidence comes from this checkout only, never through a committed link to the runner's
    // files (~/.ssh, /etc), and is held to the run's size limit before anything runs.
    const evidence = await (0,composition_evidence/* evidenceDirectory */.pT)(ctx.workspace, inputs['evidence-path'] === '' ? undefined : inputs['evidence-path'], {
        insideRepository: ctx.workspace,
        ...(continuing ? { options: (await (0,run_store/* loadRunState */.fQ)(run)).options } : {})
    });
    // The agent CLIs (tool cache) and the runtime-policy inputs, checked before the kernel starts.
    const agentSetup = await itemAgentSetup({ agents: inputs.agents, continuing, env: process.env });
    if (agentSetup.summary !== '')
        await core/* summary */.z.addRaw(agentSetup.summary).write();
    await (0,run_refs/* ensureCommitIdentity */.mC)(ctx.workspace);
    let outcome;
    let published;
    try {
        outcome = await superviseItem({
            ctx,
            inputs,
            run,
            continuing,
            agentUser,
            evidence,
            agentEnv: agentSetup.env
        });
    }
    finally {
        published = await publishItemHop({
            ctx,
            run,
            itemId: inputs['item-id'],
            push: inputs.push === 'true',
            token,
            start,
            output
        });
    }
    if (published.failure !== undefined)
        throw new Error(published.failure);
    const state = await (0,run_store/* loadRunState */.fQ)(run);
    const ran = state.items.find((entry) => entry.item_id === inputs['item-id']);
    if (ran === undefined)
        throw new Error(`run ${runId} has no item ${inputs['item-id']}`);
    output('run-id', runId);
    output('item-id', ran.item_id);
    output('terminal-state', ran.terminal_state);
    output('checkpoint', ran.checkpoint_ref ?? '');
    writeUsageOutputs(state, ran.item_id, output);
    const pull = inputs.push === 'true'
        ? await (0,pull_request/* handOff */.VW)({
            api: await (0,pull_request/* pullRequestApi */.rB)(inputs['pull-request-token'], api, ctx),
            run,
            state,
            mode: inputs['pull-request'],
            baseBranch: (await (0,restore/* readRunRecord */.lR)(run)).ref,
            hop: start.hop,
            runUrl: ctx.runUrl,
            artifactName: published.artifactName
        })
        : undefined;
    await (0,item_report/* publishItemReport */.Ri)({
        ctx,
        run,
        state,
        itemId: ran.item_id,
        playbookPath: inputs.playbook,
        gateEnvironment: inputs['gate-environment'],
        artifactName: published.artifactName,
        hop: start.hop,
        ...(start.drift === undefined ? {} : { drift: start.drift }),
        ...(pull === undefined ? {} : { pullRequestUrl: pull.url }),
        ...(ran.terminal_state === 'awaiting_human_gate'
            ? {
                reviewers: (await api.environmentRules(inputs['gate-environment']).catch(() => undefined))
                    ?.reviewerNames ?? []
            }
            : {})
    });
    // A stop that needs attention fails the job; a requested item that could not run (another
    // item's gate is pending, say) is one too: nothing ran, and the job must not look green.
    if (ran.terminal_state === 'escalated')
        return { failure: `item ${ran.item_id} escalated: ${(0,one_line/* oneLine */.T)(ran.terminal_summary ?? '')}` };
    if (ran.terminal_state === 'none')
        return { failure: `item ${ran.item_id} did not run: ${(0,one_line/* oneLine */.T)(outcome.reason)}` };
    return {};
}
/** `tokens`, `cost-usd` (this item, every attempt), the run's, and the whole usage as JSON. */
function writeUsageOutputs(state, itemId, output) {
    const usage = (0,summary/* itemUsageSummary */.bI)(state, itemId);
    output('tokens', String(usage.item.totals.total_tokens));
    output('cost-usd', costOutput(usage.item.totals));
    output('run-tokens', String(usage.run.total_tokens));
    output('run-cost-usd', costOutput(usage.run));
    output('usage', JSON.stringify(usage));
}

;// CONCATENATED MODULE: ./src/actions/item/main.ts


/**
 * The root action: one playbook item in this job, under supervision. The job is built and
 * run by the composition root (src/composition/actions/item-job.ts); here its outputs go to
 * the runner as the job reaches them, and a stop that needs attention fails the step.
 */
async function main(inputs) {
    const { failure } = await runItemJob(inputs, (name, value) => core/* setOutput */.uH(name, value));
    if (failure !== undefined)
        core/* setFailed */.C1(failure);
}


/***/ })

};
