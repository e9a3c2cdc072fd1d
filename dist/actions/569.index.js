export const id = 569;
export const ids = [569];
export const modules = {

/***/ 64569:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(91659);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/adapters/github/run-refs.ts
var run_refs = __webpack_require__(25602);
// EXTERNAL MODULE: ./src/adapters/run-store.ts + 1 modules
var run_store = __webpack_require__(59605);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/adapters/atomic-file.ts + 1 modules
var atomic_file = __webpack_require__(66251);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
// EXTERNAL MODULE: ./src/core/policy/runtime-policy.ts
var runtime_policy = __webpack_require__(11181);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/adapters/capped-log.ts

/** The marker's worst-case length: it carries three numbers of at most 16 digits. */
const MARKER_RESERVE = 200;
/** The tail kept past the cap: a quarter of the cap, at most 1 MiB. */
const MAX_TAIL_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
function truncationMarker(total, head, tail) {
    return `\n[plan-orchestrator: output truncated: ${total} bytes in total, only the first ${head} and the last ${tail} bytes are kept]\n`;
}
function capped_log_openCappedLog(path, flags, maxBytes) {
    return new Promise((resolve, reject) => {
        const stream = createWriteStream(path, { flags });
        stream.once('open', () => {
            stream.removeListener('error', reject);
            // A full disk must not crash the orchestrator; the log is evidence, not control.
            stream.on('error', () => undefined);
            resolve(cappedLog(stream, maxBytes));
        });
        stream.once('error', reject);
    });
}
function cappedLog(stream, maxBytes) {
    const tailLimit = Math.min(MAX_TAIL_BYTES, Math.floor(maxBytes / 4));
    const headLimit = Math.max(0, maxBytes - tailLimit - MARKER_RESERVE);
    let total = 0;
    let head = 0;
    // Oldest first; holds at least the last `keepLimit` bytes past the head (all of them while
    // the output still fits the cap), and without its first chunk it would hold fewer.
    const keepLimit = tailLimit + MARKER_RESERVE;
    const tail = [];
    let tailBytes = 0;
    const keepInTail = (chunk) => {
        tail.push(chunk);
        tailBytes += chunk.length;
        while (tail.length > 1 && tailBytes - (tail[0]?.length ?? 0) >= keepLimit) {
            tailBytes -= tail.shift()?.length ?? 0;
        }
    };
    return {
        write(chunk) {
            total += chunk.length;
            let rest = chunk;
            if (head < headLimit) {
                const room = headLimit - head;
                const kept = rest.subarray(0, room);
                stream.write(kept);
                head += kept.length;
                rest = rest.subarray(kept.length);
            }
            // Copied: the pipe may reuse the chunk's memory once this returns.
            if (rest.length > 0)
                keepInTail(Buffer.from(rest));
        },
        size: () => ({ totalBytes: total, truncated: total > maxBytes }),
        async close() {
            const rest = Buffer.concat(tail);
            if (total <= maxBytes) {
                stream.write(rest);
            }
            else {
                const end = rest.subarray(Math.max(0, rest.length - tailLimit));
                stream.write(truncationMarker(total, head, end.length));
                stream.write(end);
            }
            tail.length = 0;
            await new Promise((resolve) => stream.end(() => resolve()));
        }
    };
}

;// CONCATENATED MODULE: ./src/adapters/live-children.ts
function createLiveChildren() {
    // Replaced, never mutated: a listener or caller may keep a snapshot.
    let children = Object.freeze([]);
    const listeners = new Set();
    const publish = () => {
        for (const listener of [...listeners]) {
            try {
                listener(children);
            }
            catch {
                // A broken observer must not leave a child unregistered or abort the stage
                // that started it; the other observers still hear about the change.
            }
        }
    };
    return {
        list: () => children,
        subscribe(listener) {
            listeners.add(listener);
            return () => {
                listeners.delete(listener);
            };
        },
        add(child) {
            const entry = Object.freeze({ ...child, args: Object.freeze([...child.args]) });
            children = Object.freeze([...children.filter(({ pid }) => pid !== child.pid), entry]);
            publish();
        },
        remove(pid) {
            children = Object.freeze(children.filter((child) => child.pid !== pid));
            publish();
        }
    };
}
const live_children_liveChildren = createLiveChildren();

// EXTERNAL MODULE: ./src/adapters/process-group.ts
var process_group = __webpack_require__(92247);
// EXTERNAL MODULE: ./src/adapters/stage-processes.ts
var stage_processes = __webpack_require__(59322);
;// CONCATENATED MODULE: ./src/adapters/process-runner.ts











/** How long to wait for output pipes to drain once the group is gone. */
const PIPE_DRAIN_MS = 1000;
async function process_runner_runProcess(spec) {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const nothingLogged = { totalBytes: 0, truncated: false };
    let sinks;
    const notStarted = (reason) => ({
        exitCode: null,
        signal: null,
        timedOut: false,
        durationMs: elapsed(),
        pid: null,
        spawnError: reason,
        logs: sinks?.sizes() ?? { stdout: nothingLogged, stderr: nothingLogged }
    });
    try {
        sinks = await openLogSinks(spec.stdoutPath, spec.stderrPath, spec.appendLogs ? 'a' : 'w', spec.maxLogBytes ?? DEFAULT_OPTIONS.max_log_bytes);
    }
    catch (error) {
        return notStarted(`cannot open log files: ${describeError(error)}`);
    }
    const logs = sinks;
    const stage = await openStage(spec.stage);
    const env = stage.environment(spec.env);
    const target = spec.runAs
        ? spec.runAs.spawnTarget(spec.command, spec.args, env)
        : { command: spec.command, args: spec.args, env };
    let child;
    try {
        child = stage.start(() => spawn(target.command, [...target.args], {
            cwd: spec.cwd,
            env: { ...target.env },
            detached: true,
            stdio: [spec.stdin.kind === 'text' ? 'pipe' : 'ignore', 'pipe', 'pipe'],
            ...(target.uid === undefined ? {} : { uid: target.uid }),
            ...(target.gid === undefined ? {} : { gid: target.gid })
        }));
    }
    catch (error) {
        await stage.close(spec.killGraceMs);
        await logs.close();
        return notStarted(describeError(error));
    }
    const exited = new Promise((resolve) => {
        child.once('error', (error) => resolve({ kind: 'error', error }));
        child.once('exit', (code, signal) => resolve({ kind: 'exit', code, signal }));
    });
    let lastOutputAt = performance.now();
    const pipesClosed = [child.stdout, child.stderr].map((stream, index) => {
        const name = index === 0 ? 'stdout' : 'stderr';
        return pumpOutput(stream, logs[name], name, spec.onLine, () => {
            lastOutputAt = performance.now();
        });
    });
    if (spec.stdin.kind === 'text' && child.stdin) {
        // A child that exits without reading its stdin makes the write fail with EPIPE.
        child.stdin.on('error', () => undefined);
        child.stdin.end(spec.stdin.text);
    }
    const pid = child.pid ?? null;
    if (pid !== null) {
        stage.started(pid, spec.command);
        liveChildren.add({
            pid,
            command: spec.command,
            args: spec.args,
            cwd: spec.cwd,
            startedAtMs: Date.now()
        });
    }
    if (pid !== null && spec.onSpawn)
        observe(() => spec.onSpawn?.(pid));
    let timedOut = false;
    let termination = null;
    const timeOut = (kind) => {
        if (timedOut !== false || pid === null)
            return;
        timedOut = kind;
        termination = terminateProcessGroup(pid, spec.killGraceMs);
    };
    const wallTimer = spec.timeoutMs > 0 ? setTimeout(() => timeOut('wall'), spec.timeoutMs) : undefined;
    let idleTimer;
    const idleMs = spec.idleTimeoutMs ?? 0;
    const watchIdle = (delayMs) => {
        idleTimer = setTimeout(() => {
            const quietFor = performance.now() - lastOutputAt;
            if (quietFor >= idleMs)
                timeOut('idle');
            else
                watchIdle(idleMs - quietFor);
        }, delayMs);
    };
    if (idleMs > 0)
        watchIdle(idleMs);
    let exit;
    try {
        exit = await exited;
        clearTimeout(wallTimer);
        clearTimeout(idleTimer);
        // Whatever the child left behind in its group (a daemon, a native binary under an npm
        // wrapper) goes with it, so no stage outlives its own run.
        await (termination ?? (pid === null ? undefined : terminateProcessGroup(pid, spec.killGraceMs)));
        // A daemon that left the group (setsid) still runs as the agent user: it goes too.
        await spec.runAs?.afterExit();
    }
    finally {
        if (pid !== null)
            liveChildren.remove(pid);
    }
    // Then whatever left the group: a setsid daemon, a double fork, anything of the stage.
    const strays = await stage.close(spec.killGraceMs);
    if (exit.kind === 'error' && pid === null) {
        await settleWithin(Promise.all(pipesClosed), PIPE_DRAIN_MS, () => undefined);
        await logs.close();
        return notStarted(describeError(exit.error));
    }
    await settleWithin(Promise.all(pipesClosed), PIPE_DRAIN_MS, () => {
        child.stdout?.destroy();
        child.stderr?.destroy();
    });
    await logs.close();
    return {
        exitCode: exit.kind === 'exit' ? exit.code : null,
        signal: exit.kind === 'exit' ? exit.signal : null,
        timedOut,
        durationMs: elapsed(),
        pid,
        spawnError: exit.kind === 'error' ? describeError(exit.error) : null,
        logs: logs.sizes(),
        ...(strays.found.length > 0 ? { strays } : {})
    };
}
async function openLogSinks(stdoutPath, stderrPath, flags, maxBytes) {
    await mkdir(dirname(stdoutPath), { recursive: true });
    await mkdir(dirname(stderrPath), { recursive: true });
    const stdout = await openCappedLog(stdoutPath, flags, maxBytes);
    const stderr = stderrPath === stdoutPath ? stdout : await openCappedLog(stderrPath, flags, maxBytes);
    const logs = stdout === stderr ? [stdout] : [stdout, stderr];
    return {
        stdout,
        stderr,
        sizes: () => {
            const out = stdout.size();
            return { stdout: out, stderr: stderr === stdout ? out : stderr.size() };
        },
        close: async () => {
            await Promise.all(logs.map((log) => log.close()));
        }
    };
}
function pumpOutput(stream, sink, name, onLine, onActivity) {
    if (!stream)
        return Promise.resolve();
    const decoder = new StringDecoder('utf8');
    let partial = '';
    const emitLines = (text) => {
        if (!onLine)
            return;
        const lines = (partial + text).split('\n');
        partial = lines.pop() ?? '';
        for (const line of lines)
            observe(() => onLine(line.replace(/\r$/, ''), name));
    };
    stream.on('data', (chunk) => {
        onActivity();
        sink.write(chunk);
        emitLines(decoder.write(chunk));
    });
    return new Promise((resolve) => {
        stream.once('close', () => {
            emitLines(decoder.end());
            if (onLine && partial !== '')
                observe(() => onLine(partial, name));
            partial = '';
            resolve();
        });
    });
}
/**
 * Runs an observer callback. A throwing observer must not abandon a running child (the
 * timeouts would never fire) nor crash the orchestrator from inside a stream event.
 */
function observe(callback) {
    try {
        callback();
    }
    catch {
        // Observers are best-effort by contract.
    }
}
async function settleWithin(work, limitMs, onLate) {
    let timer;
    const late = new Promise((resolve) => {
        timer = setTimeout(() => resolve('late'), limitMs);
    });
    const outcome = await Promise.race([work.then(() => 'done'), late]);
    clearTimeout(timer);
    if (outcome === 'late')
        onLate();
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/adapters/agents/call-home.ts




/**
 * Every agent call and every verification command starts from a home nobody wrote before: a
 * fresh, empty HOME with CODEX_HOME and CLAUDE_CONFIG_DIR inside it, in a directory of its
 * own outside the repository, removed when the call ends. Whatever an earlier call or a
 * verification command (code the agent wrote) put into "its" home \u2014 a config.toml that
 * names another model provider, a settings.json with hooks, an AGENTS.md \u2014 is gone before the
 * next call starts, so it can steer nothing.
 *
 * The one thing carried in is the calling agent's own credential file (codex `auth.json`,
 * claude `.credentials.json`): copied, never linked, and never any configuration. See
 * docs/security.md ("Agent configuration").
 */
/** The variables that point a child at its home; they are always set to the fresh one. */
const call_home_CALL_HOME_VARIABLES = (/* unused pure expression or super */ null && ([
    'HOME',
    'CODEX_HOME',
    'CLAUDE_CONFIG_DIR',
    'XDG_CONFIG_HOME',
    'XDG_DATA_HOME',
    'XDG_STATE_HOME',
    'XDG_CACHE_HOME'
]));
/** Credential files are small; anything bigger is not one and is not copied. */
const MAX_CREDENTIAL_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
/** RUNNER_TEMP on a GitHub runner (cleaned after every job), else the OS temp directory. */
function call_home_defaultCallHomeParent(env) {
    const runnerTemp = env.RUNNER_TEMP?.trim();
    return runnerTemp ? runnerTemp : tmpdir();
}
async function createCallHome(spec) {
    await mkdir(spec.parentDir, { recursive: true });
    const root = await mkdtemp(join(spec.parentDir, 'plan-orchestrator-call-'));
    const forget = call_home_removeAtExit(root);
    const home = join(root, 'home');
    const codexHome = join(home, '.codex');
    const claudeConfigDir = join(home, '.claude');
    const remove = async () => {
        await call_home_removeTree(root);
        forget();
    };
    try {
        for (const dir of [home, codexHome, claudeConfigDir])
            await mkdir(dir, { mode: 0o700 });
        const copiedCredential = spec.credential ? await copyCredential(home, spec.credential) : null;
        if (spec.owner)
            await chownTree(root, spec.owner.uid, spec.owner.gid);
        return {
            root,
            home,
            codexHome,
            claudeConfigDir,
            env: {
                HOME: home,
                CODEX_HOME: codexHome,
                CLAUDE_CONFIG_DIR: claudeConfigDir,
                XDG_CONFIG_HOME: join(home, '.config'),
                XDG_DATA_HOME: join(home, '.local', 'share'),
                XDG_STATE_HOME: join(home, '.local', 'state'),
                XDG_CACHE_HOME: join(home, '.cache')
            },
            copiedCredential,
            remove
        };
    }
    catch (error) {
        await remove();
        throw error;
    }
}
/** Runs `work` with a fresh home and removes the home afterwards, whatever happens. */
async function call_home_withCallHome(spec, work) {
    const home = await createCallHome(spec);
    try {
        return await work(home);
    }
    finally {
        await home.remove();
    }
}
/**
 * Copies the credential's bytes (following a symlinked source, never creating a link) into
 * the new home, readable by its owner only. A missing or odd source is simply not copied:
 * the CLI then reports that it is not logged in, which names the problem.
 */
async function copyCredential(home, credential) {
    const target = join(home, credential.target);
    const inside = relative(home, target);
    if (inside === '' || inside.startsWith('..') || inside.split(sep).includes('..')) {
        throw new Error(`credential target ${credential.target} leaves the call home`);
    }
    const info = await stat(credential.source).catch(() => undefined);
    if (!info?.isFile() || info.size > MAX_CREDENTIAL_BYTES)
        return null;
    const content = await readFile(credential.source).catch(() => undefined);
    if (content === undefined)
        return null;
    await mkdir(dirname(target), { recursive: true, mode: 0o700 });
    await writeFile(target, content, { mode: 0o600, flag: 'wx' });
    return inside.split(sep).join('/');
}
const removedAtExit = new Set();
/**
 * Removes `path` when this process exits, even through `process.exit()` on SIGINT/SIGTERM
 * (which skips every pending `finally`), so an interrupted run leaves no home \u2014 and no copied
 * login file \u2014 behind. Returns the function that cancels it once the path is removed anyway.
 */
function call_home_removeAtExit(path) {
    if (removedAtExit.size === 0)
        process.once('exit', removeAllAtExit);
    removedAtExit.add(path);
    return () => {
        removedAtExit.delete(path);
        if (removedAtExit.size === 0)
            process.removeListener('exit', removeAllAtExit);
    };
}
function removeAllAtExit() {
    for (const path of removedAtExit) {
        try {
            rmSync(path, { recursive: true, force: true });
        }
        catch {
            makeDirectoriesWritableSync(path);
            try {
                rmSync(path, { recursive: true, force: true });
            }
            catch {
                // Best effort, at exit: a leftover temp directory must not change the exit code.
            }
        }
    }
    removedAtExit.clear();
}
function makeDirectoriesWritableSync(path) {
    try {
        if (!lstatSync(path).isDirectory())
            return;
        chmodSync(path, 0o700);
        for (const entry of readdirSync(path))
            makeDirectoriesWritableSync(join(path, entry));
    }
    catch {
        // Best effort, at exit.
    }
}
async function chownTree(path, uid, gid) {
    await chown(path, uid, gid);
    const info = await lstat(path);
    if (!info.isDirectory())
        return;
    for (const entry of await readdir(path))
        await chownTree(join(path, entry), uid, gid);
}
/**
 * Removes a per-call directory even when the call left directories without write permission
 * in it (a CLI or a hostile command can chmod its own files). Best effort: a leftover temp
 * directory must not fail the run.
 */
async function call_home_removeTree(path) {
    try {
        await rm(path, { recursive: true, force: true });
        return;
    }
    catch {
        // Unwritable directories inside: make them writable and try once more.
    }
    await makeDirectoriesWritable(path).catch(() => undefined);
    await rm(path, { recursive: true, force: true }).catch(() => undefined);
}
async function makeDirectoriesWritable(path) {
    const info = await lstat(path);
    if (!info.isDirectory())
        return;
    await chmod(path, 0o700);
    for (const entry of await readdir(path)) {
        await makeDirectoriesWritable(join(path, entry)).catch(() => undefined);
    }
}

// EXTERNAL MODULE: ./src/core/run/lifecycle.ts
var lifecycle = __webpack_require__(95413);
;// CONCATENATED MODULE: ./src/core/run/agent-logs.ts


/**
 * Where an agent call's logs go, by name alone: the kernel names them in the run store's
 * record of its own writes, the agent adapters write them.
 */
/**
 * Log stem: mutation logs are `<stage>.<round>` (the cycle tag itself), audit and triage logs
 * `<lane>.<cycle>`.
 */
function logStem(request) {
    return MUTATION_LANES.includes(request.lane)
        ? request.cycleTag
        : `${request.lane}.${request.cycleTag}`;
}
function agent_logs_logPathsFor(request) {
    const stem = logStem(request);
    return {
        stdoutPath: join(request.logDir, `${stem}.stdout.log`),
        stderrPath: join(request.logDir, `${stem}.stderr.log`)
    };
}

;// CONCATENATED MODULE: ./src/adapters/agents/invocation.ts








/** `x.json` \u2192 `x.raw.json`: the agent's own output, kept beside the report. */
function invocation_rawOutputPathFor(reportPath) {
    return reportPath.endsWith('.json')
        ? `${reportPath.slice(0, -'.json'.length)}.raw.json`
        : `${reportPath}.raw.json`;
}
async function executeInvocation(invocation, request, onSpawn, runAs) {
    for (const file of invocation.files) {
        await mkdir(dirname(file.path), { recursive: true });
        // Never through a link an earlier agent left at the name (atomic-file.ts).
        await writeFileAtomically(file.path, file.content);
    }
    for (const path of invocation.removeBeforeRun)
        await rm(path, { force: true });
    await mkdir(dirname(request.reportPath), { recursive: true });
    const run = (homeEnv) => runProcess({
        command: invocation.command,
        args: invocation.args,
        cwd: invocation.cwd,
        env: { ...invocation.env, ...homeEnv },
        stdin: invocation.stdin,
        stdoutPath: invocation.stdoutPath,
        stderrPath: invocation.stderrPath,
        timeoutMs: request.timeoutMs,
        idleTimeoutMs: request.idleTimeoutMs,
        killGraceMs: request.killGraceMs,
        maxLogBytes: request.maxLogBytes,
        ...(request.stage === undefined ? {} : { stage: request.stage }),
        ...(onSpawn ? { onSpawn } : {}),
        ...(runAs ? { runAs } : {})
    });
    // As the agent user, the call's directory (agent-user/call-dir.ts) holds its fresh home,
    // named in the request's environment; otherwise a fresh home is made for this call.
    const processResult = runAs === undefined
        ? await withCallHome(invocation.callHome, (home) => run(home.env))
        : await run(Object.fromEntries(Object.entries(request.env).filter(([name]) => CALL_HOME_VARIABLES.includes(name))));
    return {
        process: processResult,
        stdout: (await invocation_readOptional(invocation.stdoutPath)) ?? '',
        stderr: (await invocation_readOptional(invocation.stderrPath)) ?? ''
    };
}
async function invocation_readOptional(path) {
    try {
        return await readFile(path, 'utf8');
    }
    catch {
        return null;
    }
}
/** Adapts the runner's spawn callback to the adapter's richer event. */
function invocation_spawnReporter(onSpawn, request, invocation) {
    if (!onSpawn)
        return undefined;
    return (pid) => onSpawn({
        pid,
        lane: request.lane,
        itemId: request.itemId,
        attempt: request.attempt,
        command: invocation.command,
        args: invocation.args
    });
}
/** The status of a run that never got to produce output worth parsing, else null. */
function invocation_processFailure(run, tool) {
    if (run.spawnError !== null && run.pid === null) {
        return { status: 'spawn_failed', diagnostics: [`${tool} could not start: ${run.spawnError}`] };
    }
    if (run.timedOut === 'wall') {
        return { status: 'timeout', diagnostics: [`${tool} exceeded its time limit and was killed`] };
    }
    if (run.timedOut === 'idle') {
        return {
            status: 'idle_timeout',
            diagnostics: [`${tool} produced no output for too long and was killed`]
        };
    }
    return null;
}
function invocation_processFields(run) {
    return {
        exitCode: run.exitCode,
        signal: run.signal,
        durationMs: run.durationMs,
        ...(run.logs === undefined ? {} : { logs: run.logs }),
        ...(run.strays === undefined ? {} : { leftRunning: run.strays.found.map(describeStageProcess) })
    };
}
/** The last few non-blank lines of a stream, for a diagnostic a person can act on. */
function invocation_tailLines(text, count = 5) {
    return text
        .split('\n')
        .map((line) => line.trimEnd())
        .filter((line) => line.trim() !== '')
        .slice(-count);
}
/** Writes the report where the kernel expects it, only when there is one. */
async function invocation_settleReport(request, outcome) {
    if (outcome.status !== 'ok' || outcome.report === undefined)
        return outcome;
    try {
        await writeFileAtomically(request.reportPath, `${JSON.stringify(outcome.report, null, 2)}\n`);
        return outcome;
    }
    catch (error) {
        return {
            ...outcome,
            status: 'no_report',
            report: undefined,
            diagnostics: [...outcome.diagnostics, `cannot write the report: ${describeError(error)}`]
        };
    }
}
/** An adapter never throws at the kernel: anything unexpected becomes an outcome. */
function invocation_unexpectedFailure(tool, error, startedAt) {
    return {
        status: 'spawn_failed',
        exitCode: null,
        signal: null,
        durationMs: Math.round(performance.now() - startedAt),
        diagnostics: [`${tool} could not be run: ${describeError(error)}`]
    };
}
/** Parses a JSON object; arrays, scalars and invalid text give undefined. */
function invocation_parseJsonObject(text) {
    try {
        const value = JSON.parse(text);
        return invocation_isPlainObject(value) ? value : undefined;
    }
    catch {
        return undefined;
    }
}
function invocation_isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * The run of every CLI agent: build the invocation, run it, read the tool's own output into
 * an outcome, put the report where the kernel expects it. Anything unexpected becomes an
 * outcome too, so an adapter never throws at the kernel.
 *
 * Under isolation the CLI runs as the agent user and sees the request of its call
 * (agent-user/isolation.ts): what it writes is read only after every process of that user
 * has stopped, and only as checked copies.
 */
function invocation_cliAgent(id, onSpawn, buildInvocation, readOutcome, isolation) {
    const attempt = async (request, runAs, afterRun) => {
        const invocation = buildInvocation(request);
        const raw = await executeInvocation(invocation, request, invocation_spawnReporter(onSpawn, request, invocation), runAs);
        await afterRun?.();
        return invocation_settleReport(request, await readOutcome(request, raw));
    };
    return {
        id,
        buildInvocation,
        async run(request) {
            const startedAt = performance.now();
            if (isolation === undefined) {
                try {
                    return await attempt(request);
                }
                catch (error) {
                    return invocation_unexpectedFailure(id, error, startedAt);
                }
            }
            let outcome;
            let call;
            try {
                call = await isolation.openAgentCall(request);
                const opened = call;
                outcome = await opened.deliver(await attempt(opened.request, opened.runAs, () => opened.sealOutputs()));
            }
            catch (error) {
                outcome = invocation_unexpectedFailure(id, error, startedAt);
            }
            try {
                await call?.close();
            }
            catch (error) {
                // The worktree may still be the agent's: nothing of this call can be trusted.
                return invocation_unexpectedFailure(id, error, startedAt);
            }
            return outcome;
        }
    };
}

;// CONCATENATED MODULE: ./src/adapters/agent-user/run-as.ts

function run_as_spawnModeFor(orchestratorUid) {
    return orchestratorUid === 0 ? 'uid' : 'sudo';
}
/** The one sudoers line a non-root runner needs (docs/security.md). */
function run_as_sudoersLine(runnerUser, agentUser) {
    return `${runnerUser} ALL=(${agentUser}) NOPASSWD:SETENV: ALL`;
}
function run_as_spawnTarget(user, mode, command, args, env) {
    const identity = { USER: user.name, LOGNAME: user.name };
    if (mode === 'uid')
        return { command, args: [...args], env: { ...env, ...identity }, uid: user.uid, gid: user.gid };
    const restated = ['PATH', 'HOME']
        .filter((name) => env[name] !== undefined)
        .map((name) => `${name}=${env[name]}`);
    return {
        command: 'sudo',
        args: ['-n', '-E', '-u', user.name, '--', '/usr/bin/env', '--', ...restated, command, ...args],
        env: { ...env, ...identity }
    };
}
/**
 * The environment of the orchestrator's own short commands as the agent user: the
 * orchestrator's PATH, on which sudo is found (the commands themselves are absolute paths).
 */
function run_as_helperEnv() {
    return { PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin' };
}
/** Throws when a helper command could not be run as the agent user at all (sudo refused it). */
function run_as_assertRanAsAgentUser(run, what) {
    const refused = run.error ?? (/^sudo: /m.test(run.stderr) ? run.stderr.trim() : undefined);
    if (refused !== undefined)
        throw new Error(`cannot ${what} as the agent user: ${refused.split('\n')[0] ?? ''}`);
}
/**
 * A short command of the orchestrator's own (a probe, a permission fix) run as the agent
 * user, output captured. Never for anything an agent wrote.
 */
function run_as_runAsAgentUser(user, mode, command, args, options) {
    const target = run_as_spawnTarget(user, mode, command, args, options.env);
    return new Promise((resolve) => {
        let stdout = '';
        let stderr = '';
        let child;
        try {
            child = spawn(target.command, target.args, {
                cwd: options.cwd ?? '/',
                env: target.env,
                stdio: ['ignore', 'pipe', 'pipe'],
                ...(target.uid === undefined ? {} : { uid: target.uid }),
                ...(target.gid === undefined ? {} : { gid: target.gid })
            });
        }
        catch (error) {
            resolve({ code: null, stdout, stderr, error: String(error) });
            return;
        }
        child.stdout?.on('data', (chunk) => (stdout += chunk.toString('utf8')));
        child.stderr?.on('data', (chunk) => (stderr += chunk.toString('utf8')));
        child.once('error', (error) => resolve({ code: null, stdout, stderr, error: error.message }));
        child.once('close', (code) => resolve({ code, stdout, stderr }));
    });
}

;// CONCATENATED MODULE: ./src/adapters/agent-user/call-dir.ts





/** Largest output file taken from an agent (a report, a final message). */
const MAX_AGENT_OUTPUT_BYTES = (/* unused pure expression or super */ null && (32 * 1024 * 1024));
async function call_dir_openCallDir(user, mode, self) {
    const root = await mkdtemp(join(tmpdir(), 'plan-orchestrator-call-'));
    await chmod(root, 0o711);
    const inputs = join(root, 'inputs');
    await mkdir(inputs, { mode: 0o755 });
    await chmod(inputs, 0o755);
    const agentDirs = ['outputs', 'home', 'tmp'].map((name) => join(root, name));
    for (const dir of agentDirs) {
        await mkdir(dir, { mode: 0o700 });
        if (mode === 'uid')
            await lchown(dir, user.uid, user.gid);
        else {
            // A non-root orchestrator shares them through the agent user's group.
            await lchown(dir, self.uid, user.gid);
            await chmod(dir, 0o2770);
        }
    }
    const [outputs, home, tmp] = agentDirs;
    // The CLIs' own homes, inside the call's HOME: the orchestrator's (CODEX_HOME, a logged-in
    // ~/.claude) are out of the agent user's reach, and want to stay that way.
    for (const dir of [join(home, '.codex'), join(home, '.claude')]) {
        await mkdir(dir, { mode: 0o700 });
        if (mode === 'uid')
            await lchown(dir, user.uid, user.gid);
        else {
            await lchown(dir, self.uid, user.gid);
            await chmod(dir, 0o2770);
        }
    }
    /** Through sudo, the agent's files are opened to its group before we read or delete them. */
    const openUp = async (dir) => {
        if (mode === 'sudo')
            await runAsAgentUser(user, mode, '/bin/chmod', ['-R', 'g+rwX', '--', dir], {
                env: helperEnv()
            });
    };
    return {
        root,
        inputs,
        outputs,
        home,
        tmp,
        async seal(names) {
            const agentOutputs = join(root, 'outputs.agent');
            await openUp(outputs);
            await rename(outputs, agentOutputs);
            await mkdir(outputs, { mode: 0o700 });
            for (const name of names) {
                const content = await call_dir_readAgentFile(join(agentOutputs, name));
                if (content !== undefined)
                    await writeFile(join(outputs, name), content, { mode: 0o600 });
            }
        },
        async remove() {
            for (const dir of agentDirs)
                await openUp(dir);
            await openUp(join(root, 'outputs.agent'));
            await rm(root, { recursive: true, force: true });
        }
    };
}
/**
 * A file an agent wrote, or undefined when it is missing, a link, not a regular file (a fifo
 * would block the read) or larger than `maxBytes`.
 */
async function call_dir_readAgentFile(path, maxBytes = MAX_AGENT_OUTPUT_BYTES) {
    let handle;
    try {
        handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    }
    catch {
        return undefined;
    }
    try {
        const stats = await handle.stat();
        if (!stats.isFile() || stats.size > maxBytes)
            return undefined;
        const content = await handle.readFile();
        return content.length > maxBytes ? undefined : content;
    }
    catch {
        return undefined;
    }
    finally {
        await handle.close();
    }
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./src/adapters/agent-user/user-processes.ts



/**
 * Nothing of the agent user outlives its stage. The user is dedicated to the agents, so every
 * process it owns belongs to the stage that just ended: a daemon that left its process group
 * with setsid, a `nohup` job, a background server a verification command forgot. They are
 * found by uid in /proc, not by process group, and killed until none is left.
 */
const MAX_ROUNDS = 200;
/** Running (not zombie) processes whose real, effective or saved uid is `uid`. */
function listUserProcesses(uid) {
    let entries;
    try {
        entries = readdirSync('/proc');
    }
    catch {
        return [];
    }
    const pids = [];
    for (const entry of entries) {
        if (!/^\d+$/.test(entry) || Number(entry) === process.pid)
            continue;
        let status;
        try {
            status = readFileSync(`/proc/${entry}/status`, 'utf8');
        }
        catch {
            continue;
        }
        const state = /^State:\s+(\S)/m.exec(status)?.[1];
        if (state === 'Z' || state === 'X')
            continue;
        const ids = /^Uid:\s+(\d+)\s+(\d+)\s+(\d+)/m.exec(status);
        if (ids === null)
            continue;
        if ([ids[1], ids[2], ids[3]].some((id) => Number(id) === uid))
            pids.push(Number(entry));
    }
    return pids;
}
/**
 * SIGKILL to every process of the user, round after round, until none runs (a process that
 * forks while it is being killed leaves a child for the next round). A root orchestrator
 * signals them itself; through sudo, the user signals all of its own processes at once
 * (`kill -1`). Throws when some survive: the next stage must not start beside them.
 */
async function user_processes_stopUserProcesses(user, mode) {
    for (let round = 0; round < MAX_ROUNDS; round += 1) {
        const pids = listUserProcesses(user.uid);
        if (pids.length === 0)
            return;
        if (mode === 'uid') {
            for (const pid of pids) {
                try {
                    process.kill(pid, 'SIGKILL');
                }
                catch {
                    // Gone between the scan and the signal.
                }
            }
        }
        else {
            const run = await runAsAgentUser(user, mode, '/bin/sh', ['-c', 'kill -KILL -1'], {
                env: helperEnv()
            });
            assertRanAsAgentUser(run, 'stop the processes');
        }
        await delay(round < 10 ? 5 : 25);
    }
    const left = listUserProcesses(user.uid);
    if (left.length > 0)
        throw new Error(`processes of agent user ${user.name} survive SIGKILL (pids ${left.slice(0, 10).join(', ')})`);
}

// EXTERNAL MODULE: ./src/core/run/layout.ts
var layout = __webpack_require__(88951);
;// CONCATENATED MODULE: ./src/adapters/agent-user/tree-walk.ts


/**
 * Every entry below `root` (not `root` itself), children before their directory, by lstat:
 * a symlink is an entry of its own and never followed, so a link an agent planted cannot
 * lead the walk (and what is done to each entry) out of the tree.
 */
async function tree_walk_walkTree(root, visit, options = {}) {
    const skip = new Set(options.skipTopLevel ?? []);
    const descend = async (dir, top) => {
        let names;
        try {
            names = await readdir(dir);
        }
        catch {
            return;
        }
        for (const name of names) {
            if (top && skip.has(name))
                continue;
            const path = join(dir, name);
            let stats;
            try {
                stats = await lstat(path);
            }
            catch {
                continue;
            }
            if (stats.isDirectory())
                await descend(path, false);
            await visit(path, stats);
        }
    };
    await descend(root, true);
}

;// CONCATENATED MODULE: ./src/adapters/agent-user/worktree-access.ts






const CLOSED = 0o700;
const READABLE = 0o755;
/** setuid, setgid and sticky bits, and write for group and others. */
const UNSAFE_BITS = 0o7022;
const GIT_POINTER = '.git';
function worktree_access_createWorktreeAccess(user, mode, self) {
    const sealEntry = async (path, stats) => {
        if (stats.isSymbolicLink() || stats.uid !== self.uid)
            return;
        if (stats.gid !== self.gid)
            await lchown(path, self.uid, self.gid);
        const wanted = stats.mode & 0o7777 & ~UNSAFE_BITS;
        // A regular file or directory, found by lstat, with no agent process left to swap it.
        if ((stats.mode & 0o7777) !== wanted)
            await chmod(path, wanted);
    };
    /** Everything the agent user owns in the tree becomes the orchestrator's, locked down. */
    const reclaim = async (worktree) => {
        if (mode === 'uid') {
            await walkTree(worktree, async (path, stats) => {
                if (stats.uid === user.uid)
                    await lchown(path, self.uid, self.gid);
                await sealEntry(path, await lstat(path));
            });
            const top = await lstat(worktree);
            if (top.uid === user.uid)
                await lchown(worktree, self.uid, self.gid);
            return;
        }
        // Through sudo: the agent's own files become readable and writable by its group (of
        // which the runner is a member), then each is replaced by the runner's own copy.
        const opened = await runAsAgentUser(user, mode, '/bin/chmod', ['-R', 'g+rwX', '--', worktree], {
            env: helperEnv()
        });
        assertRanAsAgentUser(opened, `open ${worktree} to its group`);
        await walkTree(worktree, async (path, stats) => {
            const current = stats.uid === user.uid ? await replaceWithOwnCopy(path, stats) : stats;
            await sealEntry(path, current);
        });
    };
    const close = async (worktree, topMode) => {
        await secureWorktreeParents(worktree, self);
        const top = await lstat(worktree);
        if (top.uid === user.uid && mode === 'uid')
            await lchown(worktree, self.uid, self.gid);
        await chmod(worktree, topMode);
    };
    return {
        async handOver(worktree) {
            await secureWorktreeParents(worktree, self);
            if (mode === 'uid') {
                await walkTree(worktree, async (path, stats) => {
                    if (stats.uid === self.uid)
                        await lchown(path, user.uid, user.gid);
                }, { skipTopLevel: [GIT_POINTER] });
                await chmod(worktree, CLOSED);
                await lchown(worktree, user.uid, user.gid);
                return;
            }
            const share = async (path, stats) => {
                if (stats.isSymbolicLink() || stats.uid !== self.uid)
                    return;
                await lchown(path, self.uid, user.gid);
                const owner = stats.mode & 0o700;
                // Group gets what the owner has; directories pass their group on to new entries.
                // (Others keep their bits: the closed worktree keeps them out, and audits read by them.)
                const shared = (stats.mode & 0o777) | (owner >> 3);
                await chmod(path, stats.isDirectory() ? shared | 0o2000 : shared);
            };
            await walkTree(worktree, share, { skipTopLevel: [GIT_POINTER] });
            await lchown(worktree, self.uid, user.gid);
            await chmod(worktree, 0o2770);
        },
        async openForReading(worktree) {
            await reclaim(worktree);
            await close(worktree, READABLE);
        },
        async takeBack(worktree) {
            await reclaim(worktree);
            await close(worktree, CLOSED);
            if (mode === 'sudo')
                await lchown(worktree, self.uid, self.gid);
        }
    };
}
/**
 * The directories between the repository and an attempt's worktree must let the agent user
 * through (0711: enter, not list); the other attempts' and other runs' worktrees are closed.
 * Only applies to worktrees in the run layout, and only to what this process owns.
 */
async function secureWorktreeParents(worktree, self) {
    const runDir = dirname(worktree);
    const root = dirname(runDir);
    const marker = `/${WORKTREE_ROOT}`;
    if (!root.endsWith(marker))
        return;
    const repoRoot = root.slice(0, -marker.length);
    let dir = root;
    while (dir.length > repoRoot.length) {
        await ensureMode(dir, self, (mode) => mode | 0o111);
        dir = dirname(dir);
    }
    await ensureMode(root, self, () => 0o711);
    await ensureMode(runDir, self, () => 0o711);
    for (const [parent, keep] of [
        [root, basename(runDir)],
        [runDir, basename(worktree)]
    ]) {
        for (const name of await readdir(parent).catch(() => [])) {
            if (name !== keep)
                await ensureMode(join(parent, name), self, () => CLOSED);
        }
    }
}
async function ensureMode(path, self, wanted) {
    const stats = await lstat(path).catch(() => undefined);
    if (stats === undefined || !stats.isDirectory() || stats.uid !== self.uid)
        return;
    const mode = wanted(stats.mode & 0o7777);
    if (mode !== (stats.mode & 0o7777))
        await chmod(path, mode);
}
/**
 * Replaces an entry the agent user owns with an identical one the orchestrator owns (a
 * non-root process cannot chown). Its directory is writable through the shared group, and
 * for a directory its entries were replaced already (the walk visits children first).
 */
async function replaceWithOwnCopy(path, stats) {
    const temporary = join(dirname(path), `.${basename(path)}.plan-orchestrator-${process.pid}`);
    if (stats.isSymbolicLink()) {
        await symlink(await readlink(path), temporary);
    }
    else if (stats.isDirectory()) {
        await mkdir(temporary, { mode: 0o700 });
        for (const name of await readdir(path))
            await rename(join(path, name), join(temporary, name));
        await chmod(temporary, stats.mode & 0o777);
        await rmdir(path);
    }
    else if (stats.isFile()) {
        const source = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
        try {
            const content = await source.readFile();
            const copy = await open(temporary, 'wx', stats.mode & 0o777);
            try {
                await copy.writeFile(content);
            }
            finally {
                await copy.close();
            }
        }
        finally {
            await source.close();
        }
    }
    else {
        // A fifo, socket or device node is nothing an item needs.
        await unlink(path);
        return stats;
    }
    await rename(temporary, path);
    return lstat(path);
}

;// CONCATENATED MODULE: ./src/adapters/agent-user/isolation.ts









function isolation_createAgentIsolation(user, mode, self) {
    const worktrees = createWorktreeAccess(user, mode, self);
    const stopAll = () => stopUserProcesses(user, mode);
    const runAs = {
        spawnTarget: (command, args, env) => spawnTarget(user, mode, command, args, env),
        afterExit: stopAll
    };
    const open = async (worktree, access) => {
        await stopAll();
        const dir = await openCallDir(user, mode, self);
        try {
            if (access === 'write')
                await worktrees.handOver(worktree);
        }
        catch (error) {
            await dir.remove();
            throw error;
        }
        return {
            dir,
            env: {
                HOME: dir.home,
                TMPDIR: dir.tmp,
                CODEX_HOME: join(dir.home, '.codex'),
                CLAUDE_CONFIG_DIR: join(dir.home, '.claude'),
                // Git refuses a repository another user owns; the agent's read-only git commands
                // in its own worktree are meant to work. Set in the environment, which git counts
                // as command-line configuration, the only place besides the user's and the system's
                // it takes this key from.
                GIT_CONFIG_COUNT: '1',
                GIT_CONFIG_KEY_0: 'safe.directory',
                GIT_CONFIG_VALUE_0: worktree
            },
            async close() {
                try {
                    await stopAll();
                    if (access === 'write')
                        await worktrees.takeBack(worktree);
                }
                finally {
                    await dir.remove();
                }
            }
        };
    };
    return {
        user,
        mode,
        stopAll,
        async recover(runWorktreesDir) {
            await stopAll();
            const entries = await readdir(runWorktreesDir, { withFileTypes: true }).catch(() => []);
            for (const entry of entries) {
                if (entry.isDirectory())
                    await worktrees.takeBack(join(runWorktreesDir, entry.name));
            }
        },
        async openCommand(worktree) {
            const opened = await open(worktree, 'write');
            return { runAs, env: opened.env, close: opened.close };
        },
        async openAgentCall(request) {
            const mutation = MUTATION_LANES.includes(request.lane);
            const kept = {
                report: request.reportPath,
                raw: rawOutputPathFor(request.reportPath)
            };
            // A stale report must never pass for this call's.
            for (const path of Object.values(kept))
                await rm(path, { force: true });
            // A review lane works in a checkpoint copy the orchestrator already made read-only for
            // everyone (adapters/review-copy.ts); changing its modes would break its tamper check.
            const opened = await open(request.cwd, mutation ? 'write' : 'prepared');
            const { dir } = opened;
            const names = { report: basename(kept.report), raw: basename(kept.raw) };
            const schemaPath = join(dir.inputs, basename(request.schema.path));
            try {
                await writeFile(schemaPath, `${JSON.stringify(request.schema.json, null, 2)}\n`);
            }
            catch (error) {
                await opened.close();
                throw error;
            }
            const seen = {
                ...request,
                promptFile: join(dir.inputs, basename(request.promptFile)),
                schema: { ...request.schema, path: schemaPath },
                reportPath: join(dir.outputs, names.report),
                env: { ...request.env, ...opened.env }
            };
            return {
                request: seen,
                runAs,
                env: opened.env,
                close: opened.close,
                sealOutputs: () => dir.seal([names.report, names.raw]),
                async deliver(outcome) {
                    // Written by us into the sealed outputs, or copied there from the agent's: either
                    // way, regular files in a directory only the orchestrator can write.
                    await mkdir(dirname(kept.report), { recursive: true });
                    const report = await readAgentFile(join(dir.outputs, names.report));
                    if (report !== undefined)
                        await writeFileAtomically(kept.report, report.toString('utf8'));
                    const raw = await readAgentFile(join(dir.outputs, names.raw));
                    if (raw !== undefined)
                        await writeFileAtomically(kept.raw, raw.toString('utf8'));
                    if (outcome.rawOutputPath === undefined)
                        return outcome;
                    return raw === undefined
                        ? withoutRawOutput(outcome)
                        : { ...outcome, rawOutputPath: kept.raw };
                }
            };
        }
    };
}
function withoutRawOutput(outcome) {
    const rest = { ...outcome };
    delete rest.rawOutputPath;
    return rest;
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/adapters/agent-user/identity.ts



function identity_orchestratorIdentity() {
    return { uid: process.getuid?.() ?? -1, gid: process.getgid?.() ?? -1 };
}
const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** The user's passwd entry and groups, or undefined when there is no such user. */
async function identity_lookupAgentUser(name) {
    const entry = await passwdEntry(name);
    if (entry === undefined)
        return undefined;
    const [, , uid, gid, , home] = entry.split(':');
    const user = {
        name,
        uid: Number(uid),
        gid: Number(gid),
        home: home ?? '/'
    };
    if (!Number.isInteger(user.uid) || !Number.isInteger(user.gid))
        return undefined;
    return { ...user, groups: await groupsOf(name, user.gid), groupName: await groupName(name) };
}
async function groupName(name) {
    try {
        return (await run('id', ['-gn', '--', name], { encoding: 'utf8' })).stdout.trim();
    }
    catch {
        return name;
    }
}
async function passwdEntry(name) {
    try {
        const { stdout } = await run('getent', ['passwd', name], { encoding: 'utf8' });
        return stdout.split('\n').find((line) => line.startsWith(`${name}:`));
    }
    catch (error) {
        // getent exits 2 for "no such key"; anything else (no getent) falls back to the file.
        if (error.code === 2)
            return undefined;
    }
    const passwd = await readFile('/etc/passwd', 'utf8').catch(() => '');
    return passwd.split('\n').find((line) => line.startsWith(`${name}:`));
}
async function groupsOf(name, primary) {
    try {
        const { stdout } = await run('id', ['-G', '--', name], { encoding: 'utf8' });
        const ids = stdout.trim().split(/\s+/).map(Number).filter(Number.isInteger);
        return [...new Set([primary, ...ids])];
    }
    catch {
        return [primary];
    }
}
/**
 * Why this user cannot be the agent user, one sentence each (empty when it can): it must
 * exist, and be neither root, nor in root's group, nor the orchestrator's own user or group
 * (any of those would hand the agent what isolation is meant to keep from it).
 */
function identity_agentUserProblems(name, user, self) {
    const setUp = 'see docs/security.md for the runner set-up';
    if (process.platform !== 'linux')
        return [`agent user '${name}': running agents as another user needs Linux`];
    if (user === undefined)
        return [
            `agent user '${name}' does not exist; create a dedicated user for the agents (useradd --create-home --shell /bin/bash ${name}; ${setUp})`
        ];
    const problems = [];
    if (user.uid === 0)
        problems.push(`agent user '${name}' is root (uid 0); it must be a dedicated unprivileged user`);
    else if (user.uid === self.uid)
        problems.push(`agent user '${name}' is the user plan-orchestrator runs as; the agents need a user of their own (${setUp})`);
    if (user.groups.includes(0))
        problems.push(`agent user '${name}' is in group 0 (root); remove it from that group`);
    else if (self.uid !== 0 && user.groups.includes(self.gid))
        problems.push(`agent user '${name}' is in the orchestrator's group (gid ${self.gid}); it could read files that group may read \u2014 remove it from that group`);
    return problems;
}

;// CONCATENATED MODULE: ./src/adapters/agent-user/preflight.ts




/** The runner's file-command files: a write to one is a workflow command. */
const RUNNER_FILES = (/* unused pure expression or super */ null && ([
    'GITHUB_OUTPUT',
    'GITHUB_ENV',
    'GITHUB_PATH',
    'GITHUB_STEP_SUMMARY',
    'GITHUB_STATE'
]));
/**
 * Arguments: directories, `--`, executables, `--`, paths, `--`, the repository. For the
 * repository it lists the credentials git would hand the agent user from the checkout's
 * configuration (actions/checkout's persisted token): where and which key, never the value.
 */
const PROBE = (/* unused pure expression or super */ null && (`
phase=dirs
for arg; do
  case "$phase:$arg" in
    dirs:--) phase=exes ;;
    exes:--) phase=protected ;;
    protected:--) phase=repo ;;
    dirs:*) { [ -d "$arg" ] && [ -x "$arg" ]; } || printf 'blocked\\t%s\\n' "$arg" ;;
    exes:*) command -v -- "$arg" >/dev/null 2>&1 || printf 'missing\\t%s\\n' "$arg" ;;
    protected:*) if [ -e "$arg" ] && [ -w "$arg" ]; then printf 'writable\\t%s\\n' "$arg"; fi ;;
    repo:*)
      git -c safe.directory='*' -C "$arg" config --show-origin --get-regexp '^http\\..*extraheader$' 2>/dev/null |
        while IFS= read -r line; do
          origin=\${line%%\t*}
          rest=\${line#*\t}
          printf 'credential\\t%s %s\\n' "$origin" "\${rest%% *}"
        done ;;
  esac
done
printf 'probe-done\\n'
`));
async function preflight_probeAgentUser(input) {
    const { user, mode, repoRoot } = input;
    const who = `agent user '${user.name}'`;
    const problems = [];
    if (mode === 'sudo' && !process.getgroups?.().includes(user.gid)) {
        problems.push(`${who}: a non-root orchestrator shares each worktree with the agent user through its group; ` +
            `add this user to group ${user.groupName} (usermod -aG ${user.groupName} "$USER", then log in again; see docs/security.md)`);
    }
    const run = await runAsAgentUser(user, mode, '/bin/sh', [
        '-c',
        PROBE,
        'probe',
        ...ancestors(repoRoot),
        '--',
        ...input.executables,
        '--',
        ...protectedPaths(repoRoot, input.env),
        '--',
        repoRoot
    ], { env: { PATH: input.path, HOME: '/' } });
    if (!run.stdout.includes('probe-done')) {
        const detail = (run.error ?? run.stderr.trim().split('\n').slice(-2).join(' ')) || 'no output';
        problems.push(mode === 'sudo'
            ? `cannot run commands as ${who} through sudo (${detail}); a non-root orchestrator needs the sudoers line "${sudoersLine(runnerName(input.env), user.name)}" (see docs/security.md)`
            : `cannot run commands as ${who} (${detail})`);
        return problems;
    }
    const findings = run.stdout
        .split('\n')
        .map((line) => line.split('\t'))
        .filter((parts) => parts.length === 2);
    const blocked = findings.find(([kind]) => kind === 'blocked');
    if (blocked !== undefined)
        problems.push(`${who} cannot enter ${blocked[1]}, on the way to the repository ${repoRoot}; ` +
            `let it through (chmod o+x ${blocked[1]}) or move the checkout (see docs/security.md)`);
    for (const [kind, what] of findings) {
        if (kind === 'missing')
            problems.push(`${who} cannot run ${what}: not on PATH or not executable for that user`);
        if (kind === 'credential')
            problems.push(`${who} can read a credential in the checkout's git configuration (${what}); ` +
                'check out without persisting credentials (actions/checkout with persist-credentials: false; see docs/security.md)');
        if (kind === 'writable')
            problems.push(`${who} can write ${what}; the checkout, its git directory and the runner's files must belong to the orchestrator's user and not be writable by the agent user`);
    }
    return problems;
}
/** `/`, `/home`, `/home/runner`, \u2026 down to the repository itself. */
function ancestors(path) {
    const chain = [];
    let dir = resolve(path);
    for (;;) {
        chain.unshift(dir);
        const parent = dirname(dir);
        if (parent === dir)
            return chain;
        dir = parent;
    }
}
function protectedPaths(repoRoot, env) {
    const gitDir = join(repoRoot, '.git');
    const paths = [repoRoot, gitDir];
    if (isDirectory(gitDir))
        paths.push(...['config', 'hooks', 'refs', 'refs/heads', 'HEAD', 'info'].map((p) => join(gitDir, p)));
    for (const root of [CONTROL_ROOT, REPORT_ROOT])
        paths.push(join(repoRoot, root));
    for (const name of RUNNER_FILES) {
        const file = env[name];
        if (file !== undefined && file !== '')
            paths.push(file, dirname(file));
    }
    return paths.filter((path) => existsSync(path));
}
function isDirectory(path) {
    try {
        return statSync(path).isDirectory();
    }
    catch {
        return false;
    }
}
function runnerName(env) {
    return env.USER ?? env.LOGNAME ?? 'RUNNER_USER';
}

;// CONCATENATED MODULE: ./src/adapters/agent-user/index.ts




/**
 * The agent user named by the runtime policy, looked up and probed once: an isolation to
 * run agents and verification with, or the problems that refuse the run (fail closed: a
 * named user that cannot be used never means "run as ourselves instead").
 */
async function agent_user_prepareAgentUser(name, check) {
    if (name === null)
        return { ok: true, isolation: undefined };
    const self = orchestratorIdentity();
    const user = await lookupAgentUser(name);
    const problems = agentUserProblems(name, user, self);
    if (problems.length > 0 || user === undefined)
        return { ok: false, problems };
    const mode = spawnModeFor(self.uid);
    const probed = await probeAgentUser({
        user,
        mode,
        repoRoot: check.repoRoot,
        executables: check.executables,
        path: check.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
        env: check.env
    });
    if (probed.length > 0)
        return { ok: false, problems: probed };
    return { ok: true, isolation: createAgentIsolation(user, mode, self) };
}

// EXTERNAL MODULE: ./src/adapters/git-port.ts + 1 modules
var git_port = __webpack_require__(44112);
;// CONCATENATED MODULE: ./src/adapters/interruption.ts




/**
 * SIGINT / SIGTERM while a run or resume works (a cancelled CI job, a supervisor, Ctrl-C).
 * The run stays where it was and is marked as interrupted, so `status` says so and `resume`
 * continues it; every child group and stage is stopped, the lock released, and the process exits
 * well before a CI runner's own SIGKILL (7.5 s after its SIGTERM), even if a child ignores
 * SIGTERM. The handlers exist only around the work: every other command, and a later run
 * in the same process, keeps Node's default behaviour.
 */
const INTERRUPTION_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 };
const SIGNALS = Object.keys(INTERRUPTION_EXIT_CODES);
/** Between SIGTERM and SIGKILL to each child group. */
const CHILD_KILL_GRACE_MS = 1500;
/** The process exits by then even if the state save or the lock release hangs (a stuck disk). */
const EXIT_DEADLINE_MS = 4000;
async function interruption_withInterruptionGuard(lock, work) {
    let session;
    let stopping = false;
    const onSignal = (signal) => {
        // A second signal changes nothing: the shutdown under way is already bounded.
        if (stopping)
            return;
        stopping = true;
        void stopAndExit(signal, lock, session);
    };
    for (const signal of SIGNALS)
        process.on(signal, onSignal);
    const interruption = {
        track(tracked) {
            session = tracked;
            return tracked;
        }
    };
    // Once stopping, whatever the work still does (it may end, or fail on a killed child)
    // must reach neither the caller nor the lock: the shutdown owns both until the exit.
    try {
        const result = await work(interruption);
        if (stopping)
            return await pendingForever();
        return result;
    }
    catch (error) {
        if (stopping)
            return await pendingForever();
        throw error;
    }
    finally {
        if (!stopping)
            for (const signal of SIGNALS)
                process.removeListener(signal, onSignal);
    }
}
async function stopAndExit(signal, lock, session) {
    const resumeHint = `resume with: plan-orchestrator resume --run-id ${lock.runId}`;
    const at = session?.state.current_state;
    let exited = false;
    const exit = (outcome) => {
        if (exited)
            return;
        exited = true;
        // A stage may have started a child after the groups were stopped; it must not outlive us.
        killRemainingGroups();
        process.stderr.write(`interrupted by ${signal}; run ${lock.runId} ${outcome}; ${resumeHint}\n`);
        process.exit(INTERRUPTION_EXIT_CODES[signal]);
    };
    const deadline = setTimeout(() => exit(`left at ${at ?? 'its saved state'} (the shutdown did not finish in time)`), EXIT_DEADLINE_MS);
    // Frozen at once (synchronously, before any child is signalled), so the kernel cannot
    // record a child's death as its failure; the children are stopped meanwhile.
    const recorded = session === undefined
        ? Promise.resolve('unchanged')
        : session.freeze('orchestrator', `interrupted by ${signal} at ${at}; ${resumeHint}`).then(() => `saved at ${at}`, (error) => `left at ${at} (the interruption could not be recorded: ${describeError(error)})`);
    const [outcome] = await Promise.all([recorded, stopAllChildren()]);
    await lock.release().catch(() => undefined);
    clearTimeout(deadline);
    exit(outcome);
}
/**
 * Stops every registered child group, including any that starts while this is under way,
 * and whatever the open stages started outside their groups.
 */
async function stopAllChildren() {
    await Promise.all([stopChildGroups(), stopOpenStages(CHILD_KILL_GRACE_MS)]);
}
async function stopChildGroups() {
    const stopping = new Map();
    const stopNewOnes = (children) => {
        for (const { pid } of children) {
            if (!stopping.has(pid))
                stopping.set(pid, terminateProcessGroup(pid, CHILD_KILL_GRACE_MS));
        }
    };
    // Never unsubscribed: the process exits at the end of this shutdown.
    liveChildren.subscribe(stopNewOnes);
    stopNewOnes(liveChildren.list());
    let waitedFor = -1;
    while (waitedFor !== stopping.size) {
        waitedFor = stopping.size;
        await Promise.all(stopping.values());
    }
}
function killRemainingGroups() {
    for (const { pid } of liveChildren.list()) {
        if (isProcessGroupRunning(pid))
            signalProcessGroup(pid, 'SIGKILL');
    }
    killOpenStages();
}
function pendingForever() {
    return new Promise(() => undefined);
}

// EXTERNAL MODULE: ./src/adapters/run-lock.ts
var run_lock = __webpack_require__(82685);
// EXTERNAL MODULE: ./src/adapters/run-files.ts + 2 modules
var run_files = __webpack_require__(59903);
// EXTERNAL MODULE: ./src/adapters/playbook-file.ts
var playbook_file = __webpack_require__(84668);
// EXTERNAL MODULE: ./src/core/run/gate-summary.ts
var gate_summary = __webpack_require__(7371);
// EXTERNAL MODULE: ./src/core/run/run-state-ops.ts
var run_state_ops = __webpack_require__(57109);
;// CONCATENATED MODULE: ./src/core/run/step.ts


/** The work an edge does before the state it leads to is saved (the state depends on it). */
function viaEffects(edge, to, item) {
    const terminal = lifecycle/* LIFECYCLE */.VD[to].terminal;
    if (edge === 'fix' || edge === 'remediate')
        return [
            { kind: 'count_round', lane: edge === 'fix' ? 'fix' : 'remediation', round: item.round }
        ];
    if (terminal === 'passed')
        return [{ kind: 'fast_forward' }, { kind: 'record_terminal', terminal }];
    if (terminal === 'awaiting_human_gate')
        return [{ kind: 'request_gate' }];
    if (terminal !== undefined && edge !== 'gate_rejected')
        return [{ kind: 'record_terminal', terminal }];
    return [];
}
function edgeOf(event) {
    if (event.kind !== 'decided')
        return event.kind;
    switch (event.decision.kind) {
        case 'pass':
            return 'pass';
        case 'awaiting_human_gate':
            return 'gate';
        case 'blocked_external':
            return 'blocked';
        case 'escalate':
            return 'escalate';
        case 'fix':
            return 'fix';
        case 'remediate':
            return 'remediate';
    }
}
/** The pure heart of the kernel: where an event leads from the item's state, and the work. */
function step_step(item, event) {
    const edge = edgeOf(event);
    const row = lifecycle/* LIFECYCLE */.VD[item.state];
    const to = row.on[edge];
    if (to === undefined)
        return { kind: 'refused', from: item.state, event: event.kind };
    const round = event.kind === 'decided' &&
        (event.decision.kind === 'fix' || event.decision.kind === 'remediate')
        ? event.decision.round
        : item.round;
    const lane = edge === 'fix'
        ? 'fix'
        : edge === 'remediate'
            ? 'remediation'
            : edge === 'restart'
                ? 'execute'
                : item.lane;
    const moved = { ...item, state: to, round, lane };
    const target = lifecycle/* LIFECYCLE */.VD[to];
    return {
        kind: 'move',
        edge,
        from: item.state,
        to,
        item: moved,
        actor: event.kind === 'gate_approved' || event.kind === 'gate_rejected'
            ? 'human'
            : step_isRewind(edge)
                ? 'orchestrator'
                : target.actor,
        message: target.enter(moved, event, item.state),
        via: step_isRewind(edge) ? [] : viaEffects(edge, to, moved),
        entry: edge === 'redo_review' ? [] : target.entry(moved),
        ...(target.terminal === undefined ? {} : { terminal: target.terminal })
    };
}
/** Resume's moves back to an earlier point of an item (the orchestrator makes them). */
function step_isRewind(edge) {
    return edge === 'restart' || edge === 'redo_review';
}
/** An event the lifecycle table has no edge for in the item's state. */
class step_RefusedEventError extends Error {
    from;
    event;
    name = 'RefusedEventError';
    constructor(from, event) {
        super(`illegal state transition: no ${event} edge from ${from}`);
        this.from = from;
        this.event = event;
    }
}
/**
 * What `step` needs to know about an item of a run: the run's current state (the one every
 * move starts from), the item's attempt and rounds, and from its plan entry the evidence it
 * needs and its gate.
 */
function step_itemSnapshot(run, itemId, planItem) {
    const item = (0,run_state_ops/* itemState */.nw)(run, itemId);
    // Remediation rounds only follow fix rounds, so a started remediation is the current cycle.
    const lane = item.remediation_rounds_completed > 0
        ? 'remediation'
        : item.fix_rounds_completed > 0
            ? 'fix'
            : 'execute';
    return {
        state: run.current_state,
        itemId,
        attempt: item.attempt_number,
        lane,
        round: lane === 'remediation'
            ? item.remediation_rounds_completed
            : lane === 'fix'
                ? item.fix_rounds_completed
                : 0,
        needsEvidence: planItem?.external_check.required ?? false,
        evidenceSupplied: item.external_check_status === 'resolved',
        gateType: planItem?.manual_gate.gate_type ?? ''
    };
}

// EXTERNAL MODULE: ./src/core/schemas/reports.ts
var reports = __webpack_require__(88947);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/core/time.ts
var time = __webpack_require__(22334);
// EXTERNAL MODULE: ./src/kernel/failpoints.ts
var failpoints = __webpack_require__(65334);
// EXTERNAL MODULE: ./src/kernel/provenance.ts
var provenance = __webpack_require__(60358);
// EXTERNAL MODULE: ./src/kernel/run-branch.ts
var run_branch = __webpack_require__(12709);
;// CONCATENATED MODULE: ./src/kernel/manual-gate.ts











async function recordManualGateDecision(input) {
    const now = (0,time/* isoSeconds */.n)(input.clock.now());
    let state = await input.loadRunState(input.layout);
    const item = findItem(state, input.itemId);
    const gatePath = item.latest_paths.manual_gate_path;
    if (gatePath === null)
        throw new errors/* UserInputError */.m2(`item ${input.itemId} has no manual gate record`);
    const absoluteGatePath = (0,external_node_path_.join)(input.layout.repoRoot, gatePath);
    const gate = reports/* ManualGateRecordSchema */.UC.parse(JSON.parse(await (0,promises_.readFile)(absoluteGatePath, 'utf8')));
    const checkpoint = gate.related_refs.checkpoint_ref;
    if (checkpoint === null)
        throw new errors/* UserInputError */.m2(`the gate of item ${input.itemId} records no checkpoint`);
    // Before anything is written: the run branch must be where the state says (or at either
    // end of an approval that was recorded but not saved).
    const verdict = await (0,run_branch/* checkRunBranch */.yC)(input.git, input.layout.repoRoot, state);
    const pending = verdict.kind === 'at_head' ? undefined : verdict.pending;
    if (pending !== undefined && (pending.item_id !== input.itemId || pending.to !== checkpoint)) {
        throw new errors/* UserInputError */.m2(`run ${state.run_id} has an unfinished pass of item ${pending.item_id} (run branch to ${pending.to}); complete it first: plan-orchestrator resume --run-id ${state.run_id}`);
    }
    const alreadyDecided = item.manual_gate_status === input.decision && gate.status === 'pending';
    if (!alreadyDecided) {
        if (item.terminal_state !== 'awaiting_human_gate' || item.manual_gate_status !== 'pending') {
            throw new errors/* UserInputError */.m2(`item ${input.itemId} is not awaiting a gate (it is ${item.terminal_state})`);
        }
        if (input.checkpoint !== undefined && !sameCommit(input.checkpoint, checkpoint)) {
            throw new errors/* UserInputError */.m2(`stale decision: you reviewed ${input.checkpoint}, but the gate of item ${input.itemId} is for checkpoint ${checkpoint}`);
        }
        if (item.checkpoint_ref !== checkpoint) {
            throw new errors/* UserInputError */.m2(`stale gate: item ${input.itemId} moved to checkpoint ${item.checkpoint_ref ?? 'none'} after the gate was requested for ${checkpoint}`);
        }
        if (input.decision === 'approved') {
            state = await moveRunBranchForApproval(input, state, item, checkpoint, verdict);
            state = decide({ ...state, run_branch_head: checkpoint, pending_fast_forward: null }, input.itemId, { kind: 'gate_approved', by: input.by }, now);
            state = (0,run_state_ops/* updateItem */.fk)(state, input.itemId, {
                manual_gate_status: 'approved',
                terminal_summary: (0,gate_summary/* gateDecisionSummary */.G)('approved', input.by, input.note)
            }, now);
        }
        else {
            if (verdict.kind === 'pending_applied') {
                throw new errors/* UserInputError */.m2(`the approval of item ${input.itemId} was already applied to the run branch ${state.run_branch_name} (now at ${checkpoint}) when it was interrupted; complete it with --decision approved`);
            }
            const summary = (0,gate_summary/* gateDecisionSummary */.G)('rejected', input.by, input.note);
            state = decide({ ...state, pending_fast_forward: null }, input.itemId, { kind: 'gate_rejected', by: input.by, note: input.note }, now);
            state = (0,run_state_ops/* updateItem */.fk)(state, input.itemId, { manual_gate_status: 'rejected', terminal_summary: summary }, now);
        }
        await input.files.saveRunState(input.layout, state);
        (0,failpoints/* crashAt */.LR)(input.failpoint, state.current_state);
    }
    await input.files.writeJson(absoluteGatePath, decidedRecord(gate, input, now));
    // The approved item's provenance statement, once its approval is on record. A failure is
    // not the decision's: the approval stands, and `verify` names the item without a statement.
    if (input.decision === 'approved')
        await (0,provenance/* recordItemStatement */.wZ)(input.layout, state, input.itemId, input);
    return {
        run_id: state.run_id,
        item_id: input.itemId,
        decision: input.decision,
        checkpoint_ref: checkpoint,
        current_state: state.current_state,
        run_state_path: input.layout.runStatePath
    };
}
/** Moves the gated item where the lifecycle table takes it on the human's decision. */
function decide(state, itemId, event, now) {
    const moved = step_step(step_itemSnapshot(state, itemId, undefined), event);
    if (moved.kind === 'refused')
        throw new step_RefusedEventError(moved.from, moved.event);
    return (0,run_state_ops/* moveTo */.tw)(state, itemId, moved.to, { actor: moved.actor, message: moved.message }, now);
}
/**
 * Moves the run branch to the approved checkpoint exactly once: the intended move is saved
 * first, then git makes it (compare-and-swap); a command interrupted after either step
 * finds the record and completes it.
 */
async function moveRunBranchForApproval(input, state, item, checkpoint, verdict) {
    const root = input.layout.repoRoot;
    const branch = state.run_branch_name;
    if (verdict.kind === 'pending_applied')
        return state;
    if (verdict.kind === 'pending_not_applied') {
        await input.git.fastForward(root, branch, checkpoint, verdict.pending.from);
        (0,failpoints/* crashAt */.LR)(input.failpoint, failpoints/* GIT_BOUNDARIES */.YM.runBranchFastForwarded);
        return state;
    }
    if (item.base_ref !== state.run_branch_head) {
        throw new errors/* UserInputError */.m2(`the run branch ${branch} is at ${state.run_branch_head}, but item ${input.itemId}'s change was made on ${item.base_ref ?? 'an unrecorded commit'}; the reviewed change no longer applies on top of it`);
    }
    const recorded = {
        ...state,
        pending_fast_forward: {
            item_id: input.itemId,
            attempt_number: item.attempt_number,
            from: state.run_branch_head,
            to: checkpoint,
            recorded_at_utc: (0,time/* isoSeconds */.n)(input.clock.now())
        }
    };
    await input.files.saveRunState(input.layout, recorded);
    (0,failpoints/* crashAt */.LR)(input.failpoint, failpoints/* GIT_BOUNDARIES */.YM.fastForwardRecorded);
    await input.git.fastForward(root, branch, checkpoint, state.run_branch_head);
    (0,failpoints/* crashAt */.LR)(input.failpoint, failpoints/* GIT_BOUNDARIES */.YM.runBranchFastForwarded);
    return recorded;
}
function decidedRecord(gate, input, now) {
    return reports/* ManualGateRecordSchema */.UC.parse({
        ...gate,
        status: input.decision,
        decision: {
            outcome: input.decision,
            decided_at_utc: now,
            decided_by: input.by,
            note: input.note,
            evidence_paths: [...input.evidencePaths]
        }
    });
}
function findItem(state, itemId) {
    const item = state.items.find((candidate) => candidate.item_id === itemId);
    if (item === undefined) {
        throw new errors/* UserInputError */.m2(`item ${itemId} is not part of run ${state.run_id} (items: ${state.items.map((i) => i.item_id).join(', ')})`);
    }
    return item;
}
function sameCommit(given, recorded) {
    return given.length >= 7 && recorded.startsWith(given.toLowerCase());
}

// EXTERNAL MODULE: ./src/kernel/evidence-intake.ts
var evidence_intake = __webpack_require__(27769);
// EXTERNAL MODULE: ./src/supervision/bridge.ts
var bridge = __webpack_require__(72726);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/core/playbook/normalize.ts + 8 modules
var normalize = __webpack_require__(83199);
// EXTERNAL MODULE: ./src/kernel/preflight.ts
var kernel_preflight = __webpack_require__(61738);
;// CONCATENATED MODULE: ./src/kernel/create-run.ts













async function create_run_createRun(input) {
    return writeRun(input, await create_run_checkNewRun(input));
}
/**
 * Every check a new run must pass, all problems reported together; reads only. `supervise
 * run` calls it too, so a refused run is refused before the supervisor writes anything.
 */
async function create_run_checkNewRun(input) {
    const repoRoot = await input.git.repoRoot(input.cwd).catch(() => {
        throw new UserInputError(`${input.cwd} is not inside a git repository; run plan-orchestrator from the repository to change`);
    });
    const now = input.clock.now();
    const playbookAbsolute = resolve(input.cwd, input.playbookPath);
    const source = await input.readPlaybook(playbookAbsolute, now);
    const normalized = normalizePlaybook({
        ...source,
        path: repoRelative(repoRoot, playbookAbsolute)
    });
    if (!normalized.ok) {
        const lines = normalized.issues.map((issue) => `error: ${formatIssue(input.playbookPath, issue)}`);
        throw new UserInputError(`${lines.join('\n')}\n${input.playbookPath}: invalid playbook (${normalized.issues.length})`);
    }
    const plan = normalized.plan;
    const repoConfig = await readJsonIfPresent(join(repoRoot, 'plan_orchestrator.json'));
    const policy = resolveRuntimePolicy({
        repoConfig,
        configFile: input.configPath === undefined
            ? undefined
            : await readJsonFile(resolve(input.cwd, input.configPath)),
        env: input.env,
        cli: input.cli
    });
    const problems = policy.ok
        ? [...((await input.checkOptions?.(policy.options)) ?? [])]
        : [...policy.errors];
    problems.unshift(...selectionProblems(plan, input.requestedItems));
    problems.push(...(await preflight({
        repoRoot,
        git: input.git,
        env: input.env,
        requiredExecutables: input.requiredExecutables
    })));
    if (policy.ok && input.checkAgentUser)
        problems.push(...(await input.checkAgentUser(policy.options, repoRoot)));
    if (problems.length > 0 || !policy.ok) {
        throw new UserInputError(problems.map((problem) => `error: ${problem}`).join('\n'));
    }
    return {
        repoRoot,
        now,
        plan,
        playbookText: new TextDecoder().decode(source.bytes),
        repoConfigPresent: repoConfig !== undefined,
        policy
    };
}
async function writeRun(input, checked) {
    const { repoRoot, now, plan, policy } = checked;
    const runId = input.runIdOverride ?? formatRunId(now, randomBytes(4).toString('hex'));
    const layout = runLayout(repoRoot, runId);
    if (existsSync(layout.runStatePath))
        throw new UserInputError(`run ${runId} already exists; a new run needs a new id`);
    const nowIso = isoSeconds(now);
    await input.files.secureRunStore(repoRoot);
    await mkdir(layout.controlDir, { recursive: true });
    await input.files.writeText(layout.playbookSnapshotPath, snapshotText(plan, checked.playbookText));
    await input.files.writeJson(layout.normalizedPlanPath, plan);
    const snapshot = {
        schema_version: 'plan_orchestrator.runtime_policy.v1',
        resolved_at_utc: nowIso,
        repo_control_plane_path: checked.repoConfigPresent ? 'plan_orchestrator.json' : null,
        overlay_control_plane_path: input.configPath === undefined
            ? null
            : repoRelative(repoRoot, resolve(input.cwd, input.configPath)),
        sources: policy.sources,
        options: policy.options
    };
    const policyText = `${JSON.stringify(snapshot, null, 2)}\n`;
    await input.files.writeText(layout.runtimePolicyPath, policyText);
    const scenario = input.agents?.record.scenario ?? null;
    if (scenario !== null && input.agents?.scenarioText !== undefined)
        await input.files.writeText(scenarioCopyPath(layout, scenario.sha256), input.agents.scenarioText);
    const head = await input.git.headSha(repoRoot);
    const branch = runBranchName(runId);
    await input.git.ensureBranch(repoRoot, branch, head);
    const state = newRunState({
        run_id: runId,
        adapter_id: 'markdown_playbook_v1',
        repo_root: repoRoot,
        playbook_source_path: plan.plan_source.path,
        playbook_source_sha256: plan.plan_source.sha256,
        normalized_plan_path: repoRelative(repoRoot, layout.normalizedPlanPath),
        base_head_sha: head,
        run_branch_name: branch,
        created_at_utc: nowIso,
        options: policy.options,
        runtime_policy_path: repoRelative(repoRoot, layout.runtimePolicyPath),
        runtime_policy_sha256: createHash('sha256').update(policyText).digest('hex'),
        runtime_policy_sources: policy.sources,
        agents: input.agents?.record ?? null
    }, plan);
    await input.files.writeJson(layout.runStatePath, state);
    return { layout, state, plan };
}
function snapshotText(plan, text) {
    return [
        '# Playbook Source Snapshot',
        '',
        `- source_path: \`${plan.plan_source.path}\``,
        `- sha256: \`${plan.plan_source.sha256}\``,
        '',
        '---',
        '',
        text
    ].join('\n');
}
/** A JSON file's value, undefined when there is no such file; bad JSON is a user error. */
async function readJsonIfPresent(path) {
    const text = await readFile(path, 'utf8').catch(() => undefined);
    if (text === undefined)
        return undefined;
    return parseJson(path, text);
}
async function readJsonFile(path) {
    const text = await readFile(path, 'utf8').catch((error) => {
        throw new UserInputError(`${path}: cannot read config file: ${error.message}`);
    });
    return parseJson(path, text);
}
function parseJson(path, text) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new UserInputError(`${path}: not valid JSON: ${error.message}`);
    }
}

// EXTERNAL MODULE: ./src/kernel/attempt-context.ts
var attempt_context = __webpack_require__(94594);
;// CONCATENATED MODULE: ./src/kernel/attempt-setup.ts







/** The effects of an attempt's set-up: its worktree, and the evidence it was given or waits for. */
/** `block_for_evidence`: the item needs evidence and none was given; it waits for it. */
function attempt_setup_blockForEvidence() {
    return {
        event: {
            kind: 'needs_evidence',
            reason: 'the item needs human-supplied external evidence before it can start'
        }
    };
}
/** `prepare_worktree`: the attempt's branch and worktree, from the run branch's head. */
async function attempt_setup_prepareWorktree(context, workspace) {
    const { session, item } = context;
    const itemId = item.item_id;
    const runBranch = session.state.run_branch_name;
    // Named before git makes them: after a crash in between, resume sets this attempt aside
    // and starts the next one, instead of colliding with a branch the state never mentioned.
    await session.patchItem(itemId, {
        branch_name: context.paths.branchName,
        worktree_path: relativeToRepo(context, context.paths.worktreePath)
    });
    const head = await context.git.addWorktree(session.layout.repoRoot, context.paths.worktreePath, context.paths.branchName, runBranch);
    session.crashAt(GIT_BOUNDARIES.worktreeCreated);
    await session.patchItem(itemId, { base_ref: head });
    const branchCheck = judgeRunBranch(session.state, head);
    if (branchCheck.kind === 'at_head') {
        // Git has just checked out the worktree: it holds its HEAD and nothing else, which is
        // what a status of it would find (docs/decisions.md#agent-configuration-between-review-lanes).
        workspace.worktreeReadClean = true;
        return undefined;
    }
    const reason = branchCheck.kind === 'moved'
        ? branchCheck.message
        : 'a fast-forward of the run branch is pending';
    return { event: { kind: 'failed', reason } };
}
/** `receive_evidence`: the run's received copy, copied by the same rules (files and directories only). */
async function attempt_setup_receiveEvidence(context, workspace) {
    const evidenceDir = need(workspace.evidenceDir, 'evidence directory');
    const attemptCopy = join(context.paths.controlDir, 'external_evidence');
    await rm(attemptCopy, { recursive: true, force: true });
    await context.session.files.copyEvidence(evidenceDir, attemptCopy, evidenceRules(evidenceDir, context.options));
    await context.session.patchItem(context.item.item_id, { external_check_status: 'resolved' });
    return undefined;
}

// EXTERNAL MODULE: ./src/core/integrity/outside-state.ts
var outside_state = __webpack_require__(61176);
// EXTERNAL MODULE: ./src/core/schemas/integrity-incident.ts
var integrity_incident = __webpack_require__(86214);
;// CONCATENATED MODULE: ./src/kernel/integrity-guard.ts







/**
 * Nothing outside the attempt changes unnoticed. Around every agent call and every
 * verification run, the guard reads the operator's checkout (files, git configuration,
 * hooks, refs) and the run store before and after; any difference the stage may not make
 * escalates the item, is put back where it is the orchestrator's (the run's refs, planted git
 * configuration, run_state.json), and is kept as an incident record that `doctor` reports
 * until it is resolved. One `git status` and one walk of the run store per stage: the reading
 * after a stage is, for the checkout and the settled parts of the store, the reading before
 * the next.
 */
/** The item escalates with this reason; nothing the stage produced is used. */
class integrity_guard_IntegrityBreach extends (/* unused pure expression or super */ null && (Error)) {
    name = 'IntegrityBreach';
}
class integrity_guard_IntegrityGuard {
    port;
    last;
    constructor(port) {
        this.port = port;
    }
    /**
     * Runs one stage between two readings. `ownWrites` are the absolute paths in the run store
     * that the orchestrator itself writes while the stage runs (logs, the prompt); a trailing
     * `/` stands for a whole directory.
     */
    async around(context, stage, ownWrites, work) {
        const { session } = context;
        const repoRoot = session.layout.repoRoot;
        const read = readScope(context);
        const scope = stageScope(context, ownWrites);
        const before = await this.port.snapshot(read, previousReading(this.last, context));
        this.last = undefined;
        // Kept until the check below: a process killed meanwhile is checked by the next resume.
        await context.session.files.writeJson(stageRecordPath(context), stageRecord(context, stage, scope, before));
        let outcome;
        try {
            outcome = { ok: true, value: await work() };
        }
        catch (error) {
            // A stage that failed may still have changed things: check before reporting its error.
            outcome = { ok: false, error };
        }
        const checked = await this.port.check(before, read, scope);
        const changes = [...checked.changes];
        const restored = new Set(checked.restored);
        const digest = checked.after.state.runStateDigest;
        if (digest !== session.lastSavedDigest) {
            const path = repoRelative(repoRoot, session.layout.runStatePath);
            changes.push({
                area: 'run_state',
                path,
                before: session.lastSavedDigest ?? null,
                after: digest,
                ours: true
            });
            // The session holds the true state: writing it again undoes the forgery.
            await session.replace(session.state);
            restored.add(path);
        }
        await rm(stageRecordPath(context), { force: true });
        if (changes.length === 0) {
            this.last = lastReading(checked.after, context);
            if (!outcome.ok)
                throw outcome.error;
            return outcome.value;
        }
        const incident = await recordIncident(context, stage, changes, restored, checked.unrestored);
        throw new integrity_guard_IntegrityBreach(incident.summary);
    }
    /**
     * After a process was killed during a stage: compares what is there now with the reading
     * kept from before that stage, puts back what it can (the run's refs, planted git files and
     * config entries, the `info/` files it kept copies of), and returns the incident's summary,
     * or undefined when nothing changed. The record is gone afterwards either way.
     */
    async settleInterrupted(context, record) {
        const before = {
            state: record.state,
            contents: new Map(Object.entries(record.copies).map(([path, copy]) => [
                path,
                { kind: 'file', data: Buffer.from(copy.base64, 'base64'), mode: copy.mode }
            ]))
        };
        await removeWriteDebris(context.session.layout, record.scope.ownWrites, record.state.store);
        const checked = await this.port.check(before, readScope(context), record.scope);
        await rm(stageRecordPath(context), { force: true });
        if (checked.changes.length === 0) {
            this.last = lastReading(checked.after, context);
            return undefined;
        }
        const incident = await recordIncident(context, `${record.stage}, which was interrupted before its check`, checked.changes, checked.restored, checked.unrestored);
        return incident.summary;
    }
}
/**
 * A kernel killed in the middle of one of its own whole-file writes during the stage (the
 * stage's process record, the run state) leaves that write's temporary file behind. It is
 * the orchestrator's, not a change the stage made: removed before the comparison, as a kill
 * at any moment must leave a run that resumes. Only next to the files the orchestrator
 * writes, and only one that appeared during the stage (`before`: the run store before it):
 * a temporary-looking file anywhere else, or one already there, is compared as any other.
 */
async function removeWriteDebris(layout, ownWrites, before) {
    // The record is read back from the run store: only files in it, by plain relative paths.
    const inStore = (path) => [CONTROL_ROOT, REPORT_ROOT].some((root) => path.startsWith(`${root}/`)) &&
        !path.endsWith('/') &&
        !path.split('/').includes('..');
    // Directory \u2192 the names written there; most share the run's control directory.
    const written = new Map();
    for (const file of [
        ...ownWrites.filter(inStore).map((path) => join(layout.repoRoot, path)),
        layout.runStatePath
    ])
        written.set(dirname(file), (written.get(dirname(file)) ?? new Set()).add(basename(file)));
    for (const [dir, names] of written) {
        for (const name of await readdir(dir).catch(() => [])) {
            const path = join(dir, name);
            const target = atomicWriteTarget(name);
            const wasThere = Object.hasOwn(before, repoRelative(layout.repoRoot, path));
            if (target !== undefined && names.has(target) && !wasThere)
                await rm(path, { force: true });
        }
    }
}
function lastReading(snapshot, context) {
    const items = new Map();
    for (const item of context.session.state.items)
        items.set(item.item_id, item);
    return { snapshot, itemId: context.item.item_id, items };
}
/**
 * The last reading, and the items whose run store directories the kernel may have written
 * since: the one it was taken for, the one now, and any whose state the kernel changed
 * (every write of an item's files comes with a move of its state).
 */
function previousReading(last, context) {
    if (last === undefined)
        return undefined;
    const touchedItems = new Set([last.itemId, context.item.item_id]);
    for (const item of context.session.state.items)
        if (last.items.get(item.item_id) !== item)
            touchedItems.add(item.item_id);
    return { snapshot: last.snapshot, touchedItems };
}
function stageRecordPath(context) {
    return join(context.session.layout.controlDir, STAGE_RECORD);
}
function readScope(context) {
    return {
        repoRoot: context.session.layout.repoRoot,
        runId: context.session.state.run_id,
        ownWorktree: context.paths.worktreePath
    };
}
function stageScope(context, ownWrites) {
    const { session } = context;
    const repoRoot = session.layout.repoRoot;
    return {
        runId: session.state.run_id,
        ownBranch: context.paths.branchName,
        ownWrites: ownWrites.map((path) => path.endsWith('/')
            ? `${repoRelative(repoRoot, path.slice(0, -1))}/`
            : repoRelative(repoRoot, path)),
        expectedRefs: {
            [`refs/heads/${session.state.run_branch_name}`]: session.state.run_branch_head
        }
    };
}
/** Small `info/` files are copied whole (patterns, no secrets); config only as redacted lines. */
const COPIED = /(^|\/)info\/[^/]+$/;
const COPY_LIMIT = (/* unused pure expression or super */ null && (64 * 1024));
function stageRecord(context, stage, scope, before) {
    const copies = {};
    for (const [path, content] of before.contents) {
        if (content.kind === 'file' && COPIED.test(path) && content.data.length <= COPY_LIMIT)
            copies[path] = { base64: Buffer.from(content.data).toString('base64'), mode: content.mode };
    }
    return IntegrityStageSchema.parse({
        schema_version: 'plan_orchestrator.integrity_stage.v1',
        run_id: context.session.state.run_id,
        item_id: context.item.item_id,
        attempt_number: context.attempt,
        stage,
        started_at_utc: isoSeconds(context.clock.now()),
        scope,
        state: before.state,
        copies
    });
}
const LISTED_IN_SUMMARY = 6;
async function recordIncident(context, stage, changes, restored, unrestored) {
    const { session, item } = context;
    const runId = session.state.run_id;
    const now = context.clock.now();
    const described = changes.map((change) => {
        const failed = unrestored.get(change.path);
        const outcome = restored.has(change.path)
            ? ' (restored)'
            : failed !== undefined
                ? ` (could not be restored: ${failed})`
                : '';
        return { change, text: `${describeChange(change, runId)}${outcome}` };
    });
    const listed = described.slice(0, LISTED_IN_SUMMARY).map((entry) => entry.text);
    const more = described.length - listed.length;
    const summary = `${INTEGRITY_ESCALATION} during the ${stage}: ${listed.join('; ')}` +
        `${more > 0 ? `; and ${more} more` : ''}. ` +
        `See plan-orchestrator doctor --run-id ${runId} until it is resolved`;
    const stamp = isoSeconds(now).replace(/[-:]/g, '');
    const slug = stage.replace(/[^A-Za-z0-9.]+/g, '-').replace(/^-+|-+$/g, '');
    const file = `${stamp}_${item.item_id}_attempt-${context.attempt}_${slug}.json`;
    const incident = IntegrityIncidentSchema.parse({
        schema_version: 'plan_orchestrator.integrity_incident.v1',
        run_id: runId,
        item_id: item.item_id,
        attempt_number: context.attempt,
        stage,
        detected_at_utc: isoSeconds(now),
        summary,
        changes: described.map(({ change, text }) => ({
            area: change.area,
            path: change.path,
            before: change.before,
            after: change.after,
            description: text,
            restored: restored.has(change.path),
            resolved_when: expectationOf(change, restored.has(change.path))
        }))
    });
    await context.session.files.writeJson(join(session.layout.controlDir, INTEGRITY_INCIDENT_DIR, file), incident);
    return incident;
}

;// CONCATENATED MODULE: ./src/kernel/lifecycle-interpreter.ts

/** Steps and performs until the item reaches a terminal; returns it. */
async function lifecycle_interpreter_interpret(machine, start) {
    let event = 'event' in start ? start.event : await performEntry(machine, start.entry, start.cause);
    for (;;) {
        const moved = await lifecycle_interpreter_moveBy(machine, event);
        if (moved.terminal !== undefined)
            return moved.terminal;
        event = await performEntry(machine, moved.entry, event);
    }
}
/** Makes the one move `event` leads to: its via effects, then the save. */
async function lifecycle_interpreter_moveBy(machine, event) {
    const planned = machine.peek(event);
    if (planned.kind === 'refused')
        throw new RefusedEventError(planned.from, planned.event);
    await machine.leaving?.(planned);
    let alongside;
    for (const effect of planned.via) {
        const outcome = await machine.perform(effect, event);
        if (outcome === undefined)
            continue;
        if ('event' in outcome)
            return lifecycle_interpreter_moveBy(machine, outcome.event);
        alongside = outcome.alongside;
    }
    return machine.save(event, alongside);
}
async function performEntry(machine, entry, cause) {
    for (const effect of entry) {
        const outcome = await machine.perform(effect, cause);
        if (outcome !== undefined && 'event' in outcome)
            return outcome.event;
    }
    return { kind: 'done' };
}

// EXTERNAL MODULE: ./src/core/playbook/cell-values.ts
var cell_values = __webpack_require__(79294);
// EXTERNAL MODULE: ./src/core/run/states.ts
var states = __webpack_require__(66915);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/iso.js
var iso = __webpack_require__(64377);
// EXTERNAL MODULE: ./src/core/schemas/vocabulary.ts
var vocabulary = __webpack_require__(8610);
;// CONCATENATED MODULE: ./src/core/schemas/item-context.ts



/**
 * `item_context.json`: what an agent is told about the item it works on, for one stage.
 * Key order is the contract's order.
 */
// The lanes (src/core/run/lifecycle.ts), in the contract's order.
const STAGES = [
    'execute',
    'audit_codex',
    'audit_claude',
    'triage',
    'fix',
    'remediation'
];
const nonEmpty = schemas/* string */.YjP().min(1);
const item_context_ItemContextSchema = schemas/* strictObject */.rej({
    schema_version: schemas/* literal */.euz('plan_orchestrator.item_context.v1'),
    generated_at_utc: iso/* datetime */.w$(),
    run_id: nonEmpty,
    adapter_id: schemas/* literal */.euz('markdown_playbook_v1'),
    item: schemas/* strictObject */.rej({
        item_id: schemas/* string */.YjP().regex(vocabulary/* ITEM_ID_PATTERN */.vg),
        phase: nonEmpty,
        phase_slug: nonEmpty,
        action: nonEmpty,
        owner_type: nonEmpty,
        deliverable: nonEmpty,
        exit_criteria: nonEmpty,
        change_profile: schemas/* enum */.k5n(vocabulary/* CHANGE_PROFILES */.SQ),
        requires_red_green: schemas/* boolean */.zMY(),
        manual_gate_required: schemas/* boolean */.zMY(),
        external_check_required: schemas/* boolean */.zMY()
    }),
    worktree: schemas/* strictObject */.rej({
        path: nonEmpty,
        branch_name: nonEmpty,
        base_ref: nonEmpty,
        head_ref: nonEmpty,
        workspace_packet_root: nonEmpty
    }),
    stage_context: schemas/* strictObject */.rej({
        stage: schemas/* enum */.k5n(STAGES),
        attempt_number: schemas/* int */.Whr().min(1),
        fix_round_index: schemas/* int */.Whr().min(0),
        remediation_round_index: schemas/* int */.Whr().min(0),
        prior_checkpoint_ref: schemas/* string */.YjP().nullable(),
        terminal_targets: schemas/* array */.YOg(schemas/* enum */.k5n(states/* TERMINALS */.en)),
        notes: schemas/* array */.YOg(schemas/* string */.YjP())
    }),
    repo_scope: schemas/* strictObject */.rej({
        consult_paths: schemas/* array */.YOg(schemas/* string */.YjP()),
        allowed_write_roots: schemas/* array */.YOg(schemas/* string */.YjP()).min(1),
        forbidden_roots: schemas/* array */.YOg(nonEmpty),
        scope_notes: schemas/* array */.YOg(schemas/* string */.YjP())
    }),
    source_of_truth_paths: schemas/* array */.YOg(schemas/* string */.YjP()),
    sensitive_path_globs: schemas/* array */.YOg(nonEmpty),
    support_sections: schemas/* array */.YOg(schemas/* strictObject */.rej({
        section_id: nonEmpty,
        title: nonEmpty,
        body_markdown: schemas/* string */.YjP(),
        why_included: nonEmpty
    })),
    artifact_inputs: schemas/* array */.YOg(schemas/* strictObject */.rej({
        logical_name: nonEmpty,
        path: nonEmpty,
        workspace_path: nonEmpty,
        sha256: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/),
        required_for_stage: schemas/* boolean */.zMY(),
        purpose: nonEmpty
    })),
    verification_plan: schemas/* strictObject */.rej({
        command_groups: schemas/* array */.YOg(schemas/* strictObject */.rej({
            label: schemas/* enum */.k5n(['playbook_required', 'playbook_suggested']),
            commands: schemas/* array */.YOg(nonEmpty).min(1),
            required: schemas/* boolean */.zMY()
        })),
        artifact_checks: schemas/* array */.YOg(schemas/* strictObject */.rej({
            path: nonEmpty,
            check_kind: schemas/* literal */.euz('exists'),
            expected_values: schemas/* array */.YOg(schemas/* string */.YjP()),
            reason: nonEmpty
        }))
    })
});

;// CONCATENATED MODULE: ./src/core/playbook/item-context.ts




const SENSITIVE_PATH_GLOBS = (/* unused pure expression or super */ null && ([
    '.env',
    '.env.*',
    'secrets/**',
    'ops/config/**',
    '.git/**'
]));
function whyIncluded(kind, item) {
    switch (kind) {
        case 'global_context':
            return 'Global plan context that constrains how this item should be executed.';
        case 'phase_detail':
            return `Phase-specific guidance for ${item.phase}.`;
        case 'shared_guidance':
            return 'Shared guidance that applies across multiple items in the plan.';
        case 'risk_register':
            return 'Known risks and contingency guidance relevant to this item.';
        case 'informational':
            return 'Informational context attached for operator awareness.';
    }
}
/** Projects a plan item into the context an agent receives for one stage. */
function item_context_buildItemContext(plan, item, situation) {
    const wanted = new Set(item.support_section_ids);
    const hints = item.verification_hints;
    return ItemContextSchema.parse({
        schema_version: 'plan_orchestrator.item_context.v1',
        generated_at_utc: isoSeconds(situation.generatedAt),
        run_id: situation.runId,
        adapter_id: plan.adapter_id,
        item: {
            item_id: item.item_id,
            phase: item.phase,
            phase_slug: item.phase_slug,
            action: item.action,
            owner_type: item.owner_type,
            deliverable: item.deliverable,
            exit_criteria: item.exit_criteria,
            change_profile: item.change_profile,
            requires_red_green: item.requires_red_green,
            manual_gate_required: item.manual_gate.required,
            external_check_required: item.external_check.required
        },
        worktree: situation.worktree,
        stage_context: {
            stage: situation.stage,
            attempt_number: situation.attemptNumber,
            fix_round_index: situation.fixRoundIndex,
            remediation_round_index: situation.remediationRoundIndex,
            prior_checkpoint_ref: situation.priorCheckpointRef,
            terminal_targets: [...TERMINALS],
            notes: item.notes
        },
        repo_scope: {
            consult_paths: item.consult_paths,
            allowed_write_roots: item.allowed_write_roots,
            forbidden_roots: [...FORBIDDEN_ROOTS],
            scope_notes: item.notes
        },
        source_of_truth_paths: item.consult_paths,
        sensitive_path_globs: [...SENSITIVE_PATH_GLOBS],
        support_sections: plan.support_sections
            .filter((section) => wanted.has(section.section_id))
            .map((section) => ({
            section_id: section.section_id,
            title: section.title,
            body_markdown: section.body_markdown,
            why_included: whyIncluded(section.section_kind, item)
        })),
        artifact_inputs: situation.artifactInputs,
        verification_plan: {
            command_groups: [
                ...(hints.required_commands.length > 0
                    ? [{ label: 'playbook_required', commands: hints.required_commands, required: true }]
                    : []),
                ...(hints.suggested_commands.length > 0
                    ? [{ label: 'playbook_suggested', commands: hints.suggested_commands, required: false }]
                    : [])
            ],
            artifact_checks: hints.required_artifacts.map((path) => ({
                path,
                check_kind: 'exists',
                expected_values: [],
                reason: 'Required deliverable artifact exists.'
            }))
        }
    });
}

// EXTERNAL MODULE: ./src/core/scope.ts
var scope = __webpack_require__(23203);
// EXTERNAL MODULE: ./src/core/schemas/usage.ts
var usage = __webpack_require__(47131);
// EXTERNAL MODULE: ./src/core/usage/budget.ts
var budget = __webpack_require__(35898);
// EXTERNAL MODULE: ./src/core/usage/prices.ts
var prices = __webpack_require__(97185);
;// CONCATENATED MODULE: ./src/core/usage/records.ts

const whole = (value) => value === undefined || !Number.isFinite(value) || value < 0 ? 0 : Math.round(value);
/** Null when the CLI reported neither input nor output tokens. */
function tokenCounts(usage) {
    if (usage === undefined)
        return null;
    if (usage.inputTokens === undefined && usage.outputTokens === undefined)
        return null;
    const input = whole(usage.inputTokens);
    const output = whole(usage.outputTokens);
    return {
        input,
        cached_input: Math.min(input, whole(usage.cachedInputTokens)),
        cache_write: Math.min(input, whole(usage.cacheWriteTokens)),
        output,
        reasoning: usage.reasoningTokens === undefined ? null : whole(usage.reasoningTokens),
        total: input + output
    };
}
function records_agentCallRecord(facts, prices) {
    const tokens = tokenCounts(facts.usage);
    const model = facts.usage?.model ?? null;
    const cost = callCost(facts.usage, tokens, model, prices);
    return {
        item_id: facts.itemId,
        attempt_number: facts.attempt,
        lane: facts.lane,
        cycle: facts.cycle,
        agent: facts.agent,
        status: facts.status,
        started_at_utc: facts.startedAtUtc,
        duration_ms: whole(facts.durationMs),
        model,
        effort: facts.usage?.effort ?? null,
        tokens,
        cost_usd: cost?.usd ?? null,
        cost_source: cost?.source ?? null
    };
}
function callCost(usage, tokens, model, prices) {
    const reported = usage?.costUsd;
    if (reported !== undefined && Number.isFinite(reported) && reported >= 0)
        return { usd: reported, source: 'cli' };
    if (tokens === null || model === null)
        return undefined;
    const price = priceFor(prices, model);
    if (price === undefined)
        return undefined;
    return {
        usd: costAt(price, {
            input: tokens.input,
            cachedInput: tokens.cached_input,
            cacheWrite: tokens.cache_write,
            output: tokens.output
        }),
        source: 'price_table'
    };
}
/** The state with one more call recorded. */
function records_appendAgentCall(state, record, now) {
    return { ...state, agent_calls: [...state.agent_calls, record], updated_at_utc: now };
}

// EXTERNAL MODULE: ./src/core/usage/summary.ts
var summary = __webpack_require__(48071);
;// CONCATENATED MODULE: ./src/kernel/agent-budget.ts






async function agent_budget_callAgentWithinBudget(context, request, 
/** The call itself (with the guards the caller puts around it). */
run) {
    const { session } = context;
    const where = {
        itemId: request.itemId,
        lane: request.lane,
        cycle: request.cycleTag
    };
    const before = checkBudget({ state: session.state, moment: 'before_call', ...where });
    if (before.kind === 'exhausted')
        return stopForBudget(context, before.stop);
    const startedAt = context.clock.now();
    const agent = context.agents[request.lane];
    const outcome = await run();
    await session.recordAgentCall(agentCallRecord({
        itemId: request.itemId,
        attempt: request.attempt,
        lane: request.lane,
        cycle: request.cycleTag,
        agent: agent.id,
        status: outcome.status,
        startedAtUtc: isoSeconds(startedAt),
        durationMs: outcome.durationMs,
        usage: outcome.usage
    }, session.state.options.model_prices));
    await writeUsageFile(session);
    const after = checkBudget({ state: session.state, moment: 'after_call', ...where });
    if (after.kind === 'exhausted')
        return { ...(await stopForBudget(context, after.stop)), outcome };
    return { kind: 'ran', outcome };
}
async function stopForBudget(context, stop) {
    const itemId = context.item.item_id;
    await context.session.patchItem(itemId, {
        budget_stop: {
            ...stop,
            attempt_number: context.attempt,
            at_utc: isoSeconds(context.clock.now())
        }
    });
    return { kind: 'budget_exhausted', reason: stop.message };
}
async function writeUsageFile(session) {
    await session.files.writeJson(join(session.layout.controlDir, USAGE_FILE), runUsageSummary(session.state));
}

// EXTERNAL MODULE: ./src/core/schemas/provenance.ts
var schemas_provenance = __webpack_require__(35377);
;// CONCATENATED MODULE: ./src/kernel/call-record.ts




async function call_record_recordAgentCall(context, facts) {
    const root = context.session.layout.repoRoot;
    const dir = join(context.paths.controlDir, AGENT_CALLS_DIR);
    const agent = context.agents[facts.lane];
    const identity = (await agent.describe?.()) ?? {
        adapter: agent.id,
        cli: agent.id,
        cli_version: null,
        model: null,
        effort: null
    };
    const inputs = [];
    for (const input of facts.inputs)
        inputs.push(await fileDigest(root, input));
    const record = CallRecordSchema.parse({
        schema_version: CALL_RECORD_VERSION,
        sequence: (await lastSequence(dir)) + 1,
        item_id: context.item.item_id,
        attempt_number: context.attempt,
        lane: facts.lane,
        cycle: facts.cycleTag,
        agent: identity,
        status: facts.status,
        prompt: await fileDigest(root, facts.promptFile),
        inputs,
        report: facts.acceptedReport === undefined ? null : await fileDigest(root, facts.acceptedReport),
        duration_ms: Math.max(0, Math.round(facts.outcome.durationMs)),
        usage: facts.outcome.usage === undefined ? null : usageOf(facts.outcome.usage)
    });
    await context.session.files.writeJson(join(dir, `${facts.lane}.${facts.cycleTag}.json`), record);
}
async function lastSequence(dir) {
    const names = await readdir(dir).catch(() => []);
    let last = 0;
    for (const name of names.filter((entry) => entry.endsWith('.json'))) {
        const parsed = CallRecordSchema.safeParse(JSON.parse(await readFile(join(dir, name), 'utf8').catch(() => 'null')));
        if (parsed.success)
            last = Math.max(last, parsed.data.sequence);
    }
    return last;
}
/**
 * Usage hook: what an adapter reports as `AgentOutcome.usage` lands here, field by field,
 * and null when it reports nothing. The usage work (adapters reading tokens and cost from each
 * CLI) fills `AgentUsage`; a field it adds maps here and in `CallUsageSchema`, nowhere else.
 */
function usageOf(usage) {
    const count = (value) => value === undefined || !Number.isFinite(value) || value < 0 ? null : Math.round(value);
    return {
        input_tokens: count(usage.inputTokens),
        cached_input_tokens: count(usage.cachedInputTokens),
        cache_write_tokens: count(usage.cacheWriteTokens),
        output_tokens: count(usage.outputTokens),
        reasoning_tokens: count(usage.reasoningTokens),
        cost_usd: usage.costUsd === undefined || !Number.isFinite(usage.costUsd) || usage.costUsd < 0
            ? null
            : usage.costUsd,
        num_turns: count(usage.numTurns),
        model: usage.model ?? null
    };
}

;// CONCATENATED MODULE: ./src/kernel/lane-call.ts







const FAILURE_WORDS = {
    timeout: 'timed out',
    idle_timeout: 'stopped producing output and was stopped',
    exit_nonzero: 'exited with an error',
    auth_error: 'is not authenticated',
    error_envelope: 'reported an error',
    no_report: 'wrote no report',
    unparseable_report: 'wrote a report that is not JSON',
    spawn_failed: 'could not be started'
};
async function lane_call_callLane(context, call) {
    const request = {
        lane: call.lane,
        itemId: context.item.item_id,
        attempt: context.attempt,
        cycleTag: call.cycleTag,
        cwd: call.cwd ?? context.paths.worktreePath,
        promptText: call.prompt,
        promptFile: call.promptFile,
        schema: await schemaFile(context, call.schemaName, call.schema),
        reportPath: call.reportPath,
        logDir: context.paths.logsDir,
        timeoutMs: call.timeoutSec * 1000,
        idleTimeoutMs: context.options.agent_idle_timeout_sec * 1000,
        killGraceMs: 2000,
        maxLogBytes: context.options.max_log_bytes,
        env: context.childEnv,
        stage: stageRef(context, MUTATION_LANES.includes(call.lane) ? call.cycleTag : `${call.lane}.${call.cycleTag}`)
    };
    const called = await callAgentWithinBudget(context, request, () => context.integrity.around(context, `${call.lane} agent (${call.cycleTag})`, [
        ...ownWritesOf(request),
        `${context.paths.reportDir}/`,
        // The stage's live processes, recorded while it runs (survivors are found by it).
        context.session.layout.stageProcessesPath
    ], () => context.agents[call.lane].run(request)));
    // Noted even when the call went over the budget: its logs and processes are as real.
    const ran = called.outcome;
    if (ran !== undefined) {
        await noteTruncatedLogs(context, call, ran.logs);
        if (ran.leftRunning !== undefined && ran.leftRunning.length > 0) {
            await context.session.note(context.item.item_id, 'orchestrator', `${call.lane} agent left processes running outside its process group; stopped: ${ran.leftRunning.join('; ')}`);
        }
    }
    if (called.kind === 'budget_exhausted')
        return { kind: 'failed', reason: called.reason };
    const outcome = called.outcome;
    const record = (status, acceptedReport) => recordAgentCall(context, {
        lane: call.lane,
        cycleTag: call.cycleTag,
        promptFile: call.promptFile,
        inputs: call.inputs ?? [],
        status,
        outcome,
        ...(acceptedReport === undefined ? {} : { acceptedReport })
    });
    if (outcome.status !== 'ok') {
        await record(outcome.status);
        const detail = outcome.diagnostics.length > 0 ? outcome.diagnostics.join('; ') : 'no detail';
        return {
            kind: 'failed',
            reason: `${call.lane} agent ${FAILURE_WORDS[outcome.status]}: ${detail}`
        };
    }
    const parsed = call.schema.safeParse(outcome.report);
    if (!parsed.success) {
        const issues = parsed.error.issues
            .slice(0, 3)
            .map((issue) => `${issue.path.join('.')}: ${issue.message}`);
        await record('report_rejected');
        return {
            kind: 'failed',
            reason: `${call.lane} report does not match its schema: ${issues.join('; ')}`
        };
    }
    const foreign = reportIdentityProblem({
        runId: context.session.state.run_id,
        lane: call.lane,
        itemId: context.item.item_id,
        attempt: context.attempt,
        cycleTag: call.cycleTag
    }, parsed.data);
    if (foreign !== null) {
        await record('report_rejected');
        return { kind: 'failed', reason: foreign };
    }
    await context.session.files.writeJson(call.reportPath, parsed.data);
    await record('ok', call.reportPath);
    return { kind: 'ok', report: parsed.data };
}
/**
 * What the orchestrator itself writes in the run store while an agent runs (the attempt's
 * report directory, where the agent writes its report, is added by the caller).
 */
function ownWritesOf(request) {
    const logs = logPathsFor(request);
    return [
        request.promptFile,
        logs.stdoutPath,
        logs.stderrPath,
        // The report schemas, rewritten before every call (codex gets its strict-mode copy).
        `${dirname(request.schema.path)}/`
    ];
}
/** A cut log is recorded where the run's history is read, with what the agent wrote in all. */
async function noteTruncatedLogs(context, call, logs) {
    if (logs === undefined)
        return;
    const cut = ['stdout', 'stderr'].filter((stream) => logs[stream].truncated);
    if (cut.length === 0)
        return;
    const sizes = cut.map((stream) => `${stream} ${logs[stream].totalBytes} bytes`).join(', ');
    await context.session.note(context.item.item_id, 'orchestrator', `${call.lane} agent output over max_log_bytes (${context.options.max_log_bytes}) was cut in its logs (${sizes} in total; the head and the tail are kept)`);
}

;// CONCATENATED MODULE: ./src/kernel/verification-gate.ts


async function verification_gate_runVerificationGate(input) {
    const commandResults = [];
    for (const [g, group] of input.context.verification_plan.command_groups.entries()) {
        for (const [c, command] of group.commands.entries()) {
            const logPath = join(input.logDir, `${pad(g + 1)}_${pad(c + 1)}.log`);
            const result = await input.runner.run({
                command,
                cwd: input.worktree,
                logPath,
                timeoutMs: input.timeoutMs,
                maxLogBytes: input.maxLogBytes,
                env: input.env,
                ...(input.stage === undefined ? {} : { stage: input.stage })
            });
            const passed = !result.timedOut && result.exitCode === 0;
            commandResults.push({
                label: `${group.label}#${c + 1}`,
                command,
                exit_code: result.timedOut ? null : result.exitCode,
                status: passed ? 'pass' : 'fail',
                failure_kind: passed ? null : result.timedOut ? 'timeout' : 'exit_nonzero',
                required: group.required,
                log_path: input.relative(logPath),
                timeout_sec: result.timedOut ? Math.round(input.timeoutMs / 1000) : null,
                ...(result.log === undefined
                    ? {}
                    : { log_bytes: result.log.totalBytes, log_truncated: result.log.truncated })
            });
        }
    }
    const artifactChecks = [];
    for (const check of input.context.verification_plan.artifact_checks) {
        const present = await access(join(input.worktree, check.path)).then(() => true, () => false);
        artifactChecks.push({
            path: check.path,
            check_kind: check.check_kind,
            status: present ? 'pass' : 'fail',
            reason: present ? check.reason : `${check.reason} (missing: ${check.path})`
        });
    }
    const scopeFailed = input.scopeViolations.length > 0;
    const failedRequired = commandResults.filter((result) => result.required && result.status === 'fail');
    const failedOptional = commandResults.filter((result) => !result.required && result.status === 'fail');
    const failedArtifacts = artifactChecks.filter((check) => check.status === 'fail');
    const outcome = scopeFailed
        ? {
            overall: 'fail',
            next: 'escalate',
            summary: `committed changes escaped the allowed write roots: ${input.scopeViolations.join(', ')}`
        }
        : failedRequired.length > 0 || failedArtifacts.length > 0
            ? {
                overall: 'fail',
                next: 'fix',
                summary: `verification failed: ${[...failedRequired.map((r) => `${r.command} (${r.failure_kind})`), ...failedArtifacts.map((a) => `missing ${a.path}`)].join('; ')}`
            }
            : failedOptional.length > 0
                ? {
                    overall: 'partial',
                    next: 'audit',
                    summary: `optional checks failed: ${failedOptional.map((r) => r.command).join('; ')}`
                }
                : { overall: 'pass', next: 'audit', summary: 'verification passed' };
    return {
        schema_version: 'plan_orchestrator.verification_report.v1',
        generated_at_utc: input.now,
        stage: 'verify',
        item_id: input.context.item.item_id,
        attempt_number: input.context.stage_context.attempt_number,
        summary: outcome.summary,
        overall_result: outcome.overall,
        command_results: commandResults,
        artifact_checks: artifactChecks,
        scope_check: {
            status: scopeFailed ? 'fail' : 'pass',
            out_of_scope_paths: [...input.scopeViolations],
            note: scopeFailed
                ? 'committed changes include paths outside the allowed write roots'
                : `all ${input.committed.length} committed changes are within the allowed write roots`
        },
        next_recommended_state: outcome.next
    };
}
function pad(n) {
    return String(n).padStart(2, '0');
}

;// CONCATENATED MODULE: ./src/kernel/mutation-stage.ts











/**
 * The effects of a mutation cycle (execute, fix or remediation) and the verification after it:
 * context \u2192 agent \u2192 checkpoint commit (scope-checked) \u2192 verification, each a handler of the
 * lifecycle interpreter (effect-handlers.ts). Agent and scope failures report `failed` with
 * the reason, which escalates the attempt.
 */
const MUTATION_REPORT_SCHEMAS = { execution_report: reports/* ExecutionReportSchema */.IB, fix_report: reports/* FixReportSchema */.fZ };
const failed = (reason) => ({ event: { kind: 'failed', reason } });
/** `prepare_context`: the item context and the prompt of a new cycle, in the control dir and the packet. */
async function mutation_stage_prepareContext(context, workspace, stage, round) {
    const { session, item } = context;
    const cycleTag = `${stage}.round-${round}`;
    const itemId = item.item_id;
    const decision = workspace.decision;
    const targetFindingIds = stage !== 'execute' && (decision?.kind === 'fix' || decision?.kind === 'remediate')
        ? decision.targetFindingIds
        : [];
    const before = session.item(itemId);
    const headBefore = before.checkpoint_ref ??
        before.base_ref ??
        (await context.git.headSha(context.paths.worktreePath));
    const itemContext = buildItemContext(context.plan, item, {
        runId: session.state.run_id,
        generatedAt: context.clock.now(),
        stage,
        attemptNumber: context.attempt,
        fixRoundIndex: before.fix_rounds_completed,
        remediationRoundIndex: before.remediation_rounds_completed,
        priorCheckpointRef: before.checkpoint_ref,
        worktree: {
            path: relativeToRepo(context, context.paths.worktreePath),
            branch_name: context.paths.branchName,
            base_ref: runBranchName(session.state.run_id),
            head_ref: headBefore,
            workspace_packet_root: PACKET_DIR
        },
        artifactInputs: []
    });
    const contextFile = `item_context.${cycleTag}.json`;
    const contextPath = join(context.paths.controlDir, contextFile);
    await context.session.files.writeJson(contextPath, itemContext);
    const inPacket = packetPath(context, contextFile);
    await context.session.files.copyIntoWorktree(contextPath, context.paths.worktreePath, inPacket.inWorktree);
    const prompt = renderPrompt({
        lane: stage,
        context: itemContext,
        contextPath: inPacket.inWorktree,
        inputs: [],
        cycleTag,
        targetFindingIds
    });
    const promptFile = join(context.paths.promptsDir, `${cycleTag}.md`);
    await context.session.files.writeText(promptFile, prompt);
    await session.patchItem(itemId, {
        latest_paths: {
            ...session.item(itemId).latest_paths,
            item_context_path: relativeToRepo(context, contextPath)
        }
    });
    Object.assign(workspace, {
        cycleTag,
        lane: stage,
        round,
        headBefore,
        itemContext,
        contextPath,
        prompt,
        promptFile
    });
    // The execute lane's state is entered once its context is ready, with this line; a fix or
    // remediation round's state was entered by the decision that started it, before its context.
    if (stage !== 'execute')
        await session.note(itemId, 'orchestrator', `running ${stage} stage`);
    return undefined;
}
/** `call_agent` for a mutation lane: the agent changes the worktree and writes its report. */
async function mutation_stage_callMutationAgent(context, workspace, call) {
    const { session, item } = context;
    const itemId = item.item_id;
    const stage = need(workspace.lane, 'mutation lane');
    const round = need(workspace.round, 'round');
    const reportKind = call.report === 'execution_report' ? 'execution_report' : 'fix_report';
    // Files are named by lane (`remediation_report.round-1.json`), reports by kind.
    const reportFile = `${stage === 'execute' ? 'execution' : stage}_report.round-${round}.json`;
    const reportPath = join(context.paths.reportDir, reportFile);
    const contextPath = need(workspace.contextPath, 'item context');
    const called = await callLane(context, {
        lane: stage,
        cycleTag: need(workspace.cycleTag, 'cycle'),
        prompt: need(workspace.prompt, 'prompt'),
        promptFile: need(workspace.promptFile, 'prompt file'),
        schemaName: reportKind,
        schema: MUTATION_REPORT_SCHEMAS[reportKind],
        reportPath,
        timeoutSec: context.options[call.timeout],
        inputs: [contextPath]
    });
    if (called.kind === 'failed')
        return failed(called.reason);
    workspace.report = called.report;
    const pathKey = `${reportKind}_path`;
    await session.patchItem(itemId, {
        latest_paths: {
            ...session.item(itemId).latest_paths,
            [pathKey]: relativeToRepo(context, reportPath)
        }
    });
    return undefined;
}
/** `checkpoint`: commits the agent's changes, refused outside the item's write roots. */
async function mutation_stage_checkpointCycle(context, workspace, stage) {
    const { session, item } = context;
    const checkpoint = await context.git.checkpoint({
        worktree: context.paths.worktreePath,
        itemId: item.item_id,
        stage,
        allowedRoots: item.allowed_write_roots,
        expectedHead: need(workspace.headBefore, 'head before the cycle'),
        maxFileBytes: context.options.max_checkpoint_file_bytes
    });
    if (!checkpoint.ok)
        return failed(`the ${stage} checkpoint was refused: ${checkpoint.violations.join('; ')}`);
    session.crashAt(GIT_BOUNDARIES.checkpointCommitted);
    await session.patchItem(item.item_id, { checkpoint_ref: checkpoint.sha });
    workspace.checkpoint = checkpoint.sha;
    // The checkpoint's check read the worktree clean after the commit.
    workspace.worktreeReadClean = true;
    return undefined;
}
/** `verify`: the verification gate on the checkpoint, and the worktree left as committed. */
async function mutation_stage_verifyCycle(context, workspace) {
    const { session, item } = context;
    const itemId = item.item_id;
    const stage = need(workspace.lane, 'mutation lane');
    const cycleTag = need(workspace.cycleTag, 'cycle');
    const checkpoint = need(workspace.checkpoint, 'checkpoint');
    const base = session.item(itemId).base_ref ?? need(workspace.headBefore, 'head before the cycle');
    const read = await context.git.committedChanges(context.paths.worktreePath, base, checkpoint);
    const committed = read.changes;
    workspace.candidatePatch = { from: base, to: checkpoint, text: read.patch };
    const scope = classifyChanges(committed, item.allowed_write_roots);
    const logDir = join(context.paths.logsDir, `verification.${cycleTag}`);
    const itemContext = need(workspace.itemContext, 'item context');
    const verification = VerificationReportSchema.parse(await context.integrity.around(context, `verification (${cycleTag})`, [`${logDir}/`, context.session.layout.stageProcessesPath], () => runVerificationGate({
        context: itemContext,
        worktree: context.paths.worktreePath,
        cycleTag,
        logDir,
        timeoutMs: context.options.verification_timeout_sec * 1000,
        maxLogBytes: context.options.max_log_bytes,
        stage: stageRef(context, `verification.${cycleTag}`),
        env: { ...context.childEnv, PLAN_ORCHESTRATOR_VERIFICATION: '1' },
        runner: context.runner,
        committed,
        scopeViolations: [...scope.forbidden, ...scope.outOfScope, ...scope.unsafeSymlinks],
        now: nowIso(context.clock),
        relative: (absolute) => relativeToRepo(context, absolute)
    })));
    const verificationPath = join(context.paths.controlDir, `verification_report.${cycleTag}.json`);
    await context.session.files.writeJson(verificationPath, verification);
    await session.patchItem(itemId, {
        latest_paths: {
            ...session.item(itemId).latest_paths,
            verification_report_path: relativeToRepo(context, verificationPath)
        }
    });
    if (verification.scope_check.status === 'fail')
        return failed(verification.summary);
    const leftovers = await context.git.authorityViolations(context.paths.worktreePath, checkpoint);
    if (leftovers.length > 0)
        return failed(`the worktree changed after the ${stage} checkpoint (ignore build output in .gitignore): ${leftovers.join('; ')}`);
    workspace.verification = verification;
    // The reading above, taken after verification, found the worktree clean at the checkpoint.
    workspace.worktreeReadClean = true;
    return undefined;
}

// EXTERNAL MODULE: ./src/core/findings/ordering.ts
var ordering = __webpack_require__(46452);
;// CONCATENATED MODULE: ./src/core/findings/pass-blockers.ts
const GUARDED_SOURCES = new Set(['codex_audit', 'claude_audit', 'verification']);
function pass_blockers_findPassBlockers(merged) {
    const gate = merged.verification_summary;
    const verificationFailures = [
        ...gate.failed_required_commands.map((label) => `required verification command ${label} failed`),
        ...gate.failed_artifact_checks.map((path) => `required artifact check ${path} failed`),
        ...(gate.scope_check_status === 'fail' ? ['the committed-change scope check failed'] : [])
    ];
    const blockingFindings = merged.merged_findings.filter((finding) => finding.is_blocking && finding.source_refs.some((ref) => GUARDED_SOURCES.has(ref.source_type)));
    return { verificationFailures, blockingFindings };
}
function pass_blockers_hasPassBlockers(blockers) {
    return blockers.verificationFailures.length > 0 || blockers.blockingFindings.length > 0;
}
/** One line for summaries and reasoning notes. */
function pass_blockers_describePassBlockers(blockers) {
    const parts = [...blockers.verificationFailures];
    if (blockers.blockingFindings.length > 0) {
        const titles = blockers.blockingFindings.map((finding) => finding.title).join('; ');
        parts.push(`blocking findings: ${titles}`);
    }
    return parts.join('; ');
}

;// CONCATENATED MODULE: ./src/core/findings/decision.ts


/** Fix rounds first, then remediation rounds; there is no way back from remediation to fix. */
function planNextRound(budget) {
    if (budget.fixRoundsCompleted < budget.maxFixRounds)
        return { kind: 'fix', round: budget.fixRoundsCompleted + 1 };
    if (budget.remediationRoundsCompleted < budget.maxRemediationRounds)
        return { kind: 'remediate', round: budget.remediationRoundsCompleted + 1 };
    return { kind: 'exhausted' };
}
const BUDGET_EXHAUSTED_SUMMARY = 'actionable findings remained after fix and remediation budgets were exhausted';
/**
 * docs/decisions.md#decision-after-triage: the pass gate is checked here again, from the merged
 * packet alone, so no triage report (overridden or not) can pass an item the gate holds back.
 */
function decision_decideAfterTriage(input) {
    const { triage, merged, manualGateRequired } = input;
    const blockers = findPassBlockers(merged);
    const holdsBack = hasPassBlockers(blockers);
    const wantsToPass = triage.overall_decision === 'pass' || triage.overall_decision === 'awaiting_human_gate';
    const decision = wantsToPass && holdsBack ? 'fix_required' : triage.overall_decision;
    switch (decision) {
        case 'pass':
            return manualGateRequired ? { kind: 'awaiting_human_gate' } : { kind: 'pass' };
        case 'awaiting_human_gate':
            // Without a configured gate there is nobody to approve it: stop loudly instead of waiting forever.
            return manualGateRequired
                ? { kind: 'awaiting_human_gate' }
                : {
                    kind: 'escalate',
                    summary: `triage asked for a human gate, but the item has no manual gate: ${triage.summary}`
                };
        case 'blocked_external':
            return { kind: 'blocked_external', summary: triage.summary };
        case 'escalate':
            return { kind: 'escalate', summary: triage.summary };
        case 'fix_required': {
            const next = planNextRound(input.budget);
            if (next.kind === 'exhausted') {
                const why = holdsBack ? `; ${describePassBlockers(blockers)}` : '';
                return { kind: 'escalate', summary: `${BUDGET_EXHAUSTED_SUMMARY}${why}` };
            }
            const forced = blockers.blockingFindings.map((finding) => finding.canonical_id);
            const targetFindingIds = dedupe([
                ...triage.merged_findings
                    .filter((finding) => finding.disposition === 'actionable' || forced.includes(finding.canonical_id))
                    .map((finding) => finding.canonical_id),
                ...forced
            ]);
            return { kind: next.kind, round: next.round, targetFindingIds };
        }
    }
}

;// CONCATENATED MODULE: ./src/core/findings/canonical-id.ts


function canonicalFindingId(identity) {
    const serialized = canonicalSerialization(identity);
    const digest = createHash('sha256').update(serialized, 'utf8').digest('hex');
    return `finding_${digest.slice(0, 16)}`;
}
/** The exact text that is hashed; exported so tests can pin it. */
function canonicalSerialization(identity) {
    // Keys already in sorted order: category, evidence, file_paths, title.
    const evidence = sortedUnique(identity.evidence).map(pythonJsonString).join(', ');
    const filePaths = sortedUnique(identity.file_paths).map(pythonJsonString).join(', ');
    return (`{"category": ${pythonJsonString(strip(identity.category))}, ` +
        `"evidence": [${evidence}], ` +
        `"file_paths": [${filePaths}], ` +
        `"title": ${pythonJsonString(strip(identity.title))}}`);
}
/** A finding with its canonical id computed from its own fields, in schema key order. */
function canonical_id_withCanonicalId(draft) {
    return { canonical_id: canonicalFindingId(draft), ...draft };
}
/** Python's string order: by code point, where JavaScript's default compares UTF-16 units. */
function compareCodePoints(left, right) {
    const a = [...left];
    const b = [...right];
    const length = Math.min(a.length, b.length);
    for (let index = 0; index < length; index += 1) {
        const difference = (a[index]?.codePointAt(0) ?? 0) - (b[index]?.codePointAt(0) ?? 0);
        if (difference !== 0)
            return difference;
    }
    return a.length - b.length;
}
function sortedUnique(values) {
    return [...new Set(values)].sort(compareCodePoints);
}
const SHORT_ESCAPES = {
    '"': '\\"',
    '\\': '\\\\',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
    '\b': '\\b',
    '\f': '\\f'
};
/**
 * A string as Python's `json.dumps` writes it with `ensure_ascii=True`: everything outside
 * printable ASCII becomes `\uXXXX` (lower-case hex, UTF-16 units, so astral characters are
 * surrogate pairs), `/` stays as it is.
 */
function pythonJsonString(text) {
    let out = '"';
    for (let index = 0; index < text.length; index += 1) {
        const char = text.charAt(index);
        const code = text.charCodeAt(index);
        const short = SHORT_ESCAPES[char];
        if (short !== undefined)
            out += short;
        else if (code >= 0x20 && code <= 0x7e)
            out += char;
        else
            out += `\\u${code.toString(16).padStart(4, '0')}`;
    }
    return `${out}"`;
}

;// CONCATENATED MODULE: ./src/core/findings/audit-findings.ts


const SOURCE_TYPE = { codex: 'codex_audit', claude: 'claude_audit' };
/** The audit finding as a merge candidate (docs/decisions.md#findings-merge). */
function normalizeAuditFinding(lane, finding) {
    const { disposition, recommended_owner } = routeByCategory(finding.category);
    return withCanonicalId({
        title: finding.title,
        severity: finding.severity,
        category: finding.category,
        disposition,
        recommended_owner,
        source_refs: [{ source_type: SOURCE_TYPE[lane], source_id: finding.finding_id }],
        file_paths: [...finding.file_paths],
        evidence: [...finding.evidence],
        recommended_action: finding.recommended_action,
        acceptance_check: finding.why_it_matters,
        is_blocking: finding.is_blocking
    });
}
function routeByCategory(category) {
    if (category === 'manual_gate')
        return { disposition: 'requires_human_judgment', recommended_owner: 'human' };
    if (category === 'external_dependency')
        return { disposition: 'blocked_external', recommended_owner: 'operator_external' };
    return { disposition: 'actionable', recommended_owner: 'codex_fix' };
}
/**
 * The finding that stands in for an audit that did not happen. Blocking by default: dual audit
 * fails closed, so a silent auditor can never let an item pass on the other lane alone.
 */
function audit_findings_inconclusiveAuditFinding(lane, reason, blocking = true) {
    return withCanonicalId({
        title: `The ${lane} audit was inconclusive`,
        severity: 'high',
        category: 'process',
        disposition: 'actionable',
        recommended_owner: 'none',
        source_refs: [{ source_type: SOURCE_TYPE[lane], source_id: inconclusiveSourceId(lane) }],
        file_paths: [],
        evidence: [strip(reason) === '' ? 'no reason was given' : reason],
        recommended_action: `Re-run the ${lane} audit: the next round audits the checkpoint again. ` +
            `If the lane keeps failing, repair the ${lane} setup and resume the run.`,
        acceptance_check: `The ${lane} audit returns a schema-valid report with a conclusive verdict.`,
        is_blocking: blocking
    });
}
function inconclusiveSourceId(lane) {
    return `${lane}_audit_inconclusive`;
}
/** True for the stand-in findings of `inconclusiveAuditFinding`. */
function isInconclusiveAuditFinding(finding) {
    return finding.source_refs.some((ref) => ref.source_id === inconclusiveSourceId('codex') ||
        ref.source_id === inconclusiveSourceId('claude'));
}
/**
 * Reads one lane. A report that names another lane, item or attempt is not this lane's
 * review of this checkpoint, and an `inconclusive` verdict is not a review at all: both
 * count as an inconclusive lane, next to whatever findings the report did carry.
 */
function audit_findings_readAuditLane(lane, outcome, expected) {
    if (outcome.status === 'failed') {
        return {
            summary: { status: 'inconclusive', overall_verdict: null, summary: outcome.reason },
            findings: [],
            inconclusiveReason: outcome.reason
        };
    }
    const { report } = outcome;
    const mismatch = identityMismatch(lane, report, expected);
    if (mismatch !== null) {
        return {
            summary: {
                status: 'inconclusive',
                overall_verdict: report.overall_verdict,
                summary: mismatch
            },
            findings: [],
            inconclusiveReason: mismatch
        };
    }
    const findings = report.findings.map((finding) => normalizeAuditFinding(lane, finding));
    const inconclusiveReason = report.overall_verdict === 'inconclusive' ? describeInconclusiveVerdict(report) : null;
    return {
        summary: {
            status: inconclusiveReason === null ? 'reported' : 'inconclusive',
            overall_verdict: report.overall_verdict,
            summary: report.summary
        },
        findings,
        inconclusiveReason
    };
}
function identityMismatch(lane, report, expected) {
    if (report.audit_lane === lane &&
        report.item_id === expected.itemId &&
        report.attempt_number === expected.attemptNumber)
        return null;
    return (`the ${lane} audit report is for lane ${report.audit_lane}, item ${report.item_id}, ` +
        `attempt ${report.attempt_number}; expected lane ${lane}, item ${expected.itemId}, ` +
        `attempt ${expected.attemptNumber}`);
}
function describeInconclusiveVerdict(report) {
    const limitations = report.limitations.map(strip).filter((line) => line !== '');
    const tail = limitations.length > 0 ? ` (limitations: ${limitations.join('; ')})` : '';
    return `overall_verdict=inconclusive: ${strip(report.summary)}${tail}`;
}

;// CONCATENATED MODULE: ./src/core/findings/mutation-control.ts



/**
 * What the mutation stage (execute, fix, remediation) said about itself: a stop it asked for,
 * or work it left open. Each signal becomes a blocking finding so triage cannot miss it, and
 * the post-triage override honours it unless triage suppressed that finding explicitly.
 */
const MUTATION_SIGNAL_SOURCE_IDS = {
    blocked_external: 'mutation_control_blocked_external',
    needs_human_input: 'mutation_control_needs_human_input',
    escalate: 'mutation_control_escalate',
    unresolved_items: 'mutation_control_unresolved_items'
};
const SIGNAL_FINDINGS = {
    blocked_external: {
        title: 'Mutation stage reported an unresolved external dependency',
        category: 'external_dependency',
        disposition: 'blocked_external',
        recommended_owner: 'operator_external',
        recommended_action: 'Provide the external evidence or dependency named in the evidence, then resume the item with it.',
        acceptance_check: 'The external dependency is available to a fresh attempt of the item.',
        withResidualRisks: true
    },
    needs_human_input: {
        title: 'Mutation stage requested human input',
        category: 'manual_gate',
        disposition: 'requires_human_judgment',
        recommended_owner: 'human',
        recommended_action: 'Collect the human input the mutation stage asked for before the item can pass.',
        acceptance_check: 'A human has answered the open question and the answer is recorded.',
        withResidualRisks: true
    },
    escalate: {
        title: 'Mutation stage requested escalation',
        category: 'process',
        disposition: 'actionable',
        recommended_owner: 'none',
        recommended_action: 'Escalate the item to an operator: the mutation stage could not complete it.',
        acceptance_check: 'An operator has reviewed the escalation and decided how the item continues.',
        withResidualRisks: true
    },
    unresolved_items: {
        title: 'Mutation stage left unresolved dependencies or open items',
        category: 'process',
        disposition: 'actionable',
        recommended_owner: 'none',
        recommended_action: 'Resolve the listed dependencies and open items, or suppress this finding in triage with a reason.',
        acceptance_check: 'The mutation report lists no unresolved dependencies or open items.',
        withResidualRisks: false
    }
};
const NO_REPORT = {
    stage: null,
    verdict: null,
    next_recommended_state: null,
    summary: '',
    signals: [],
    signal_refs: [],
    unresolved_items: []
};
/** Control block and control findings of the latest mutation report (docs/decisions.md#mutation-report-control). */
function mutation_control_readMutationControl(report) {
    if (report === null)
        return { control: NO_REPORT, findings: [] };
    const verdict = strip(report.verdict);
    const nextState = strip(report.next_recommended_state);
    const summary = strip(report.summary);
    const unresolvedItems = nonBlank([
        ...('unresolved_dependencies' in report ? report.unresolved_dependencies : []),
        ...('residual_open_items' in report ? report.residual_open_items : [])
    ]);
    const signals = raisedSignals(verdict, nextState, unresolvedItems.length > 0);
    const control = {
        stage: report.stage,
        verdict: verdict === '' ? null : verdict,
        next_recommended_state: nextState === '' ? null : nextState,
        summary,
        signals,
        signal_refs: signals.map((signal) => ({
            signal,
            source_id: MUTATION_SIGNAL_SOURCE_IDS[signal]
        })),
        unresolved_items: unresolvedItems
    };
    const baseEvidence = [
        summary,
        `stage=${report.stage}`,
        verdict === '' ? '' : `verdict=${verdict}`,
        nextState === '' ? '' : `next_recommended_state=${nextState}`
    ].filter((line) => line !== '');
    const residualRisks = nonBlank(report.residual_risks);
    const filePaths = dedupe(report.files_touched.filter((path) => strip(path) !== ''));
    const findings = signals.map((signal) => {
        const text = SIGNAL_FINDINGS[signal];
        const extras = text.withResidualRisks ? [...unresolvedItems, ...residualRisks] : unresolvedItems;
        return withCanonicalId({
            title: text.title,
            severity: 'high',
            category: text.category,
            disposition: text.disposition,
            recommended_owner: text.recommended_owner,
            source_refs: [
                { source_type: 'mutation_report', source_id: MUTATION_SIGNAL_SOURCE_IDS[signal] }
            ],
            file_paths: filePaths,
            evidence: dedupe([...baseEvidence, ...extras]),
            recommended_action: text.recommended_action,
            acceptance_check: text.acceptance_check,
            is_blocking: true
        });
    });
    return { control, findings };
}
function raisedSignals(verdict, nextState, hasUnresolved) {
    const raised = [];
    if (verdict === 'blocked_external' || nextState === 'blocked_external')
        raised.push('blocked_external');
    if (verdict === 'needs_human_input' || nextState === 'awaiting_human_gate')
        raised.push('needs_human_input');
    if (verdict === 'blocked' || nextState === 'escalate')
        raised.push('escalate');
    if (hasUnresolved)
        raised.push('unresolved_items');
    return raised;
}
function nonBlank(values) {
    return dedupe(values.map(strip).filter((value) => value !== ''));
}

;// CONCATENATED MODULE: ./src/core/findings/verification-findings.ts

function verification_findings_verificationFindings(report) {
    const findings = [];
    for (const result of report.command_results) {
        if (result.status !== 'fail' || !result.required)
            continue;
        findings.push(withCanonicalId({
            title: `Verification command failed: ${result.label}`,
            severity: 'high',
            category: 'correctness',
            disposition: 'actionable',
            recommended_owner: 'codex_fix',
            source_refs: [
                {
                    source_type: 'verification',
                    source_id: `verification_command_${result.label.replaceAll('#', '_')}`
                }
            ],
            file_paths: [],
            evidence: result.log_path ? [result.command, result.log_path] : [result.command],
            recommended_action: 'Change the implementation (not the command) until the required verification command passes.',
            acceptance_check: `\`${result.command}\` exits 0 during verification`,
            is_blocking: true
        }));
    }
    for (const check of report.artifact_checks) {
        if (check.status !== 'fail')
            continue;
        findings.push(withCanonicalId({
            title: `Required artifact check failed: ${check.path}`,
            severity: 'medium',
            category: 'artifact',
            disposition: 'actionable',
            recommended_owner: 'codex_fix',
            source_refs: [
                {
                    source_type: 'verification',
                    source_id: `verification_artifact_${check.path.replaceAll('/', '_')}`
                }
            ],
            file_paths: [check.path],
            evidence: [check.reason, check.path],
            recommended_action: 'Create or correct the required artifact so that its check passes.',
            acceptance_check: check.reason,
            is_blocking: true
        }));
    }
    if (report.scope_check.status === 'fail') {
        const paths = report.scope_check.out_of_scope_paths;
        findings.push(withCanonicalId({
            title: 'Scope violation detected by verification',
            severity: 'high',
            category: 'scope',
            disposition: 'actionable',
            recommended_owner: 'none',
            source_refs: [{ source_type: 'verification', source_id: 'verification_scope_check' }],
            file_paths: [...paths],
            evidence: [...paths, report.scope_check.note],
            recommended_action: 'Revert the committed changes outside the allowed write roots.',
            acceptance_check: 'Every committed change lies inside the allowed write roots.',
            is_blocking: true
        }));
    }
    return findings;
}
function verification_findings_summarizeVerification(report) {
    return {
        overall_result: report.overall_result,
        summary: report.summary,
        failed_required_commands: report.command_results
            .filter((result) => result.required && result.status === 'fail')
            .map((result) => result.label),
        failed_artifact_checks: report.artifact_checks
            .filter((check) => check.status === 'fail')
            .map((check) => check.path),
        scope_check_status: report.scope_check.status
    };
}

;// CONCATENATED MODULE: ./src/core/findings/merge.ts




/**
 * The deterministic findings merge (docs/decisions.md#findings-merge): the same inputs always give the same
 * packet, byte for byte, whatever order the auditors listed their findings in.
 */
function merge_mergeFindings(input) {
    const expected = { itemId: input.itemId, attemptNumber: input.attemptNumber };
    const codex = readAuditLane('codex', input.codexAudit, expected);
    const claude = readAuditLane('claude', input.claudeAudit, expected);
    const bothInconclusive = codex.inconclusiveReason !== null && claude.inconclusiveReason !== null;
    const inconclusiveBlocks = (input.requireBothAudits ?? true) || bothInconclusive;
    const mutation = readMutationControl(input.mutationReport);
    const candidates = [
        ...laneCandidates('codex', codex, inconclusiveBlocks),
        ...laneCandidates('claude', claude, inconclusiveBlocks),
        ...mutation.findings,
        ...verificationFindings(input.verification)
    ];
    const { findings, suppressed } = dedupeCandidates(candidates);
    return {
        schema_version: 'plan_orchestrator.merged_findings_packet.v1',
        item_id: input.itemId,
        attempt_number: input.attemptNumber,
        mutation_report_control: mutation.control,
        verification_summary: summarizeVerification(input.verification),
        codex_audit_summary: codex.summary,
        claude_audit_summary: claude.summary,
        merged_findings: sortFindings(findings),
        suppressed_findings: suppressed
    };
}
function laneCandidates(lane, reading, inconclusiveBlocks) {
    if (reading.inconclusiveReason === null)
        return reading.findings;
    return [
        ...reading.findings,
        inconclusiveAuditFinding(lane, reading.inconclusiveReason, inconclusiveBlocks)
    ];
}
/**
 * Later candidates with a known canonical id fold into the first: their sources, paths and
 * evidence are added and blocking wins, but title, severity and routing stay the first one's.
 */
function dedupeCandidates(candidates) {
    const byId = new Map();
    const suppressed = [];
    for (const candidate of candidates) {
        const first = byId.get(candidate.canonical_id);
        if (first === undefined) {
            byId.set(candidate.canonical_id, candidate);
            continue;
        }
        byId.set(candidate.canonical_id, {
            ...first,
            source_refs: [...first.source_refs, ...candidate.source_refs],
            file_paths: dedupe([...first.file_paths, ...candidate.file_paths]),
            evidence: dedupe([...first.evidence, ...candidate.evidence]),
            is_blocking: first.is_blocking || candidate.is_blocking
        });
        for (const ref of candidate.source_refs) {
            suppressed.push({
                source_type: ref.source_type,
                source_id: ref.source_id,
                suppression_reason: `duplicate_of:${candidate.canonical_id}`
            });
        }
    }
    return { findings: [...byId.values()], suppressed };
}

;// CONCATENATED MODULE: ./src/core/findings/triage-override.ts


const NEXT_STAGE_OF = {
    pass: 'passed',
    fix_required: 'fix',
    awaiting_human_gate: 'awaiting_human_gate',
    blocked_external: 'blocked_external',
    escalate: 'escalated'
};
/**
 * The post-triage override. First the reference's "preserve mutation-control handoff"
 * (docs/decisions.md#post-triage-override): a stop the mutation stage asked for survives
 * triage unless triage suppressed that finding explicitly. Then, unconditionally (where the
 * reference trusted triage): blocking audit and verification findings that triage left out are
 * put back, and `pass` or `awaiting_human_gate` becomes `fix_required` while anything in
 * `findPassBlockers` remains.
 */
function triage_override_applyTriageOverride(triage, merged, context) {
    let findings = [...triage.merged_findings];
    let decision = triage.overall_decision;
    let summary = triage.summary;
    const notes = [...triage.reasoning_notes];
    let rewritten = false;
    const known = new Set(findings.map((finding) => finding.canonical_id));
    const inject = (dropped, what) => {
        if (dropped.length === 0)
            return;
        for (const finding of dropped)
            known.add(finding.canonical_id);
        findings = sortFindings([...findings, ...dropped]);
        notes.push(`Post-triage override re-injected ${what}: ${titles(dropped)}.`);
        rewritten = true;
    };
    const handoff = mutationHandoff(triage, merged, known);
    inject(handoff.dropped, 'mutation-control findings');
    const desired = desiredDecision(handoff.signals, decision, context.manualGateRequired);
    if (desired !== null) {
        rewritten = true;
        if (desired !== decision) {
            notes.push(`Post-triage override: mutation-control signals (${[...handoff.signals].join(', ')}) ` +
                `require ${desired} instead of ${decision}.`);
            summary += ` [orchestrator preserved the mutation-control state: ${desired}]`;
            decision = desired;
        }
    }
    const blockers = findPassBlockers(merged);
    inject(blockers.blockingFindings.filter((finding) => !known.has(finding.canonical_id)), 'blocking findings that triage left out');
    if ((decision === 'pass' || decision === 'awaiting_human_gate') && hasPassBlockers(blockers)) {
        const reasons = describePassBlockers(blockers);
        notes.push(`Post-triage override: ${decision} is not allowed while ${reasons}.`);
        summary += ` [orchestrator gate: fix required because ${reasons}]`;
        decision = 'fix_required';
        rewritten = true;
    }
    if (!rewritten)
        return { report: triage, rewritten };
    const report = {
        ...triage,
        summary,
        overall_decision: decision,
        reasoning_notes: notes.length === triage.reasoning_notes.length ? notes : dedupe(notes),
        merged_findings: findings,
        next_stage: decision === triage.overall_decision ? triage.next_stage : NEXT_STAGE_OF[decision]
    };
    return { report, rewritten };
}
/**
 * Mutation-sourced findings with at least one source triage did not suppress: those triage
 * left out, and the signals still active.
 */
function mutationHandoff(triage, merged, known) {
    const dropped = [];
    const signals = new Set();
    const signalRefs = merged.mutation_report_control.signal_refs;
    if (signalRefs.length === 0)
        return { dropped, signals };
    const suppressed = new Set(triage.suppressed_findings
        .filter((entry) => entry.source_type === 'mutation_report')
        .map((entry) => entry.source_id));
    for (const finding of merged.merged_findings) {
        const active = finding.source_refs
            .filter((ref) => ref.source_type === 'mutation_report' && !suppressed.has(ref.source_id))
            .map((ref) => ref.source_id);
        if (active.length === 0)
            continue;
        if (!known.has(finding.canonical_id))
            dropped.push(finding);
        for (const ref of signalRefs)
            if (active.includes(ref.source_id))
                signals.add(ref.signal);
    }
    return { dropped, signals };
}
/** The first matching signal wins (docs/decisions.md#post-triage-override). */
function desiredDecision(signals, current, manualGateRequired) {
    if (signals.has('blocked_external'))
        return 'blocked_external';
    if (signals.has('escalate'))
        return 'escalate';
    if (signals.has('needs_human_input'))
        return manualGateRequired ? 'awaiting_human_gate' : 'escalate';
    if (signals.has('unresolved_items') && current === 'pass')
        return 'fix_required';
    return null;
}
function titles(findings) {
    return findings.map((finding) => finding.title).join('; ');
}

;// CONCATENATED MODULE: ./src/kernel/review-stage.ts










function verifiedOf(workspace) {
    return {
        cycleTag: need(workspace.cycleTag, 'cycle'),
        checkpoint: need(workspace.checkpoint, 'checkpoint'),
        context: need(workspace.itemContext, 'item context')
    };
}
/** `freeze_packet`: the candidate patch, and the review copy with the packet. */
async function review_stage_freezePacket(context, workspace) {
    const { session } = context;
    const verified = verifiedOf(workspace);
    const base = session.item(context.item.item_id).base_ref ?? verified.checkpoint;
    // Commits do not change: the patch verification's scope reading took of the same two
    // commits is the one the auditors get.
    const known = workspace.candidatePatch;
    workspace.candidatePatch = undefined;
    const patch = known?.from === base && known.to === verified.checkpoint
        ? known.text
        : await context.git.diff(context.paths.worktreePath, base, verified.checkpoint);
    await context.session.files.writeText(join(context.paths.controlDir, `candidate.${verified.cycleTag}.patch`), patch);
    // The review lanes never work in the agent's worktree: they read a read-only copy of the
    // checkpoint (with the packet) that no agent or verification command can write.
    workspace.copy = await context.reviewCopies.create({
        repoRoot: session.layout.repoRoot,
        checkpoint: verified.checkpoint,
        packet: [
            `candidate.${verified.cycleTag}.patch`,
            `verification_report.${verified.cycleTag}.json`,
            `item_context.${verified.cycleTag}.json`
        ].map((name) => ({ name, source: join(context.paths.controlDir, name) }))
    });
    const cycle = verified.cycleTag;
    // The worktree keeps its own copy of the packet for a later fix round to read.
    await toWorktreePacket(context, `candidate.${cycle}.patch`);
    await toWorktreePacket(context, `verification_report.${cycle}.json`);
    workspace.packetInputs = [
        { name: 'candidate patch', path: `${PACKET_DIR}/candidate.${cycle}.patch` },
        { name: 'verification report', path: `${PACKET_DIR}/verification_report.${cycle}.json` }
    ];
    return undefined;
}
/** `call_agent` for an audit lane; a failed audit is an inconclusive finding, not a failure. */
async function review_stage_callAuditor(context, workspace, lane) {
    const outcome = await audit(context, lane, verifiedOf(workspace), need(workspace.packetInputs, 'audit packet'), need(workspace.copy, 'review copy'));
    if (lane === 'audit_codex')
        workspace.codexAudit = outcome;
    else
        workspace.claudeAudit = outcome;
    return undefined;
}
/** `merge_findings`: both audits, the agent's report and verification, merged. */
async function review_stage_mergeCycleFindings(context, workspace) {
    const merged = mergeFindings({
        itemId: context.item.item_id,
        attemptNumber: context.attempt,
        codexAudit: need(workspace.codexAudit, 'codex audit'),
        claudeAudit: need(workspace.claudeAudit, 'claude audit'),
        mutationReport: need(workspace.report, 'mutation report'),
        verification: need(workspace.verification, 'verification report')
    });
    const mergedFile = `merged_findings_packet.${need(workspace.cycleTag, 'cycle')}.json`;
    const mergedPath = join(context.paths.controlDir, mergedFile);
    await context.session.files.writeJson(mergedPath, merged);
    await toWorktreePacket(context, mergedFile);
    workspace.merged = merged;
    workspace.mergedPath = mergedPath;
    return undefined;
}
/** `call_agent` for triage: it reads the packet and the merged findings; its failure escalates. */
async function review_stage_callTriage(context, workspace) {
    const verified = verifiedOf(workspace);
    const copy = need(workspace.copy, 'review copy');
    const mergedPath = need(workspace.mergedPath, 'merged findings');
    const triageInputs = [
        ...need(workspace.packetInputs, 'audit packet'),
        {
            name: 'merged findings',
            path: await copy.addPacketFile(`merged_findings_packet.${verified.cycleTag}.json`, mergedPath)
        }
    ];
    const triageOutcome = await callAgent(context, 'triage', verified, triageInputs, 'triage_report', TriageReportSchema, context.options.triage_timeout_sec, copy);
    if (triageOutcome.kind === 'failed')
        return { event: { kind: 'failed', reason: `triage failed: ${triageOutcome.reason}` } };
    workspace.triage = triageOutcome.report;
    return undefined;
}
/**
 * The `decide` effect: triage as the override rules leave it, saved, and the decision it
 * leads to.
 */
async function review_stage_recordTriageDecision(context, workspace) {
    const { session, item } = context;
    const itemId = item.item_id;
    const merged = need(workspace.merged, 'merged findings');
    const triagePath = join(context.paths.reportDir, `triage_report.${need(workspace.cycleTag, 'cycle')}.json`);
    const { report: triage } = applyTriageOverride(need(workspace.triage, 'triage'), merged, {
        manualGateRequired: item.manual_gate.required
    });
    await context.session.files.writeJson(triagePath, TriageReportSchema.parse(triage));
    await session.patchItem(itemId, {
        latest_paths: {
            ...session.item(itemId).latest_paths,
            triage_report_path: relativeToRepo(context, triagePath)
        }
    });
    workspace.triage = triage;
    workspace.triagePath = triagePath;
    const current = session.item(itemId);
    const decision = decideAfterTriage({
        triage,
        merged,
        manualGateRequired: item.manual_gate.required,
        budget: {
            fixRoundsCompleted: current.fix_rounds_completed,
            maxFixRounds: context.options.max_fix_rounds,
            remediationRoundsCompleted: current.remediation_rounds_completed,
            maxRemediationRounds: context.options.max_remediation_rounds
        }
    });
    workspace.decision = decision;
    return { event: { kind: 'decided', decision } };
}
async function audit(context, lane, verified, inputs, copy) {
    const outcome = await callAgent(context, lane, verified, inputs, 'audit_report', AuditReportSchema, context.options.audit_timeout_sec, copy);
    if (outcome.kind === 'failed')
        return { status: 'failed', reason: outcome.reason };
    const key = lane === 'audit_codex' ? 'codex_audit_report_path' : 'claude_audit_report_path';
    await context.session.patchItem(context.item.item_id, {
        latest_paths: {
            ...context.session.item(context.item.item_id).latest_paths,
            [key]: relativeToRepo(context, outcome.path)
        }
    });
    return { status: 'reported', report: outcome.report };
}
async function callAgent(context, lane, verified, inputs, schemaName, schema, timeoutSec, copy) {
    const cycle = verified.cycleTag;
    const reportName = lane === 'audit_codex'
        ? `codex_audit_report.${cycle}.json`
        : lane === 'audit_claude'
            ? `claude_audit_report.${cycle}.json`
            : `triage_report.${cycle}.json`;
    const reportPath = join(context.paths.reportDir, reportName);
    const prompt = renderPrompt({
        lane,
        context: verified.context,
        contextPath: `${PACKET_DIR}/item_context.${cycle}.json`,
        inputs,
        cycleTag: cycle
    });
    const promptFile = join(context.paths.promptsDir, `${lane}.${cycle}.md`);
    await context.session.files.writeText(promptFile, prompt);
    const result = await callLane(context, {
        lane,
        cycleTag: cycle,
        prompt,
        promptFile,
        schemaName,
        schema,
        reportPath,
        timeoutSec,
        cwd: copy.path,
        inputs: [
            `item_context.${cycle}.json`,
            ...inputs.map((input) => input.path.slice(input.path.lastIndexOf('/') + 1))
        ].map((name) => join(context.paths.controlDir, name))
    });
    return result.kind === 'failed' ? result : { kind: 'ok', report: result.report, path: reportPath };
}
/** Copies a control-dir file into the worktree's packet, where a fix round can read it. */
async function toWorktreePacket(context, fileName) {
    const target = packetPath(context, fileName);
    await context.session.files.copyIntoWorktree(join(context.paths.controlDir, fileName), context.paths.worktreePath, target.inWorktree);
}

;// CONCATENATED MODULE: ./src/kernel/stage-guard.ts


async function stage_guard_createStageGuard(input) {
    const baseline = await snapshotAgentConfig(input.env);
    return {
        async check(scope) {
            const problems = [];
            const changed = agentConfigChanges(baseline, await snapshotAgentConfig(input.env));
            if (changed.length > 0) {
                problems.push(`agent configuration changed since the run started: ${changed.join(', ')} ` +
                    '(an agent or a verification command may have written it; check it before you resume)');
            }
            if (scope.worktree !== undefined) {
                const worktree = scope.worktree;
                const planted = await input.git.unreviewedAgentConfig(worktree, scope.worktreeReadClean === true ? { readClean: true } : {});
                if (planted.length > 0) {
                    problems.push(`agent configuration in the worktree that is not part of the reviewed change: ` +
                        planted.map((path) => join(worktree, path)).join(', '));
                }
            }
            if (scope.reviewCopy !== undefined) {
                const changes = await scope.reviewCopy.changes();
                if (changes.length > 0) {
                    problems.push(`the read-only review copy ${scope.reviewCopy.path} was changed: ${changes.join(', ')}`);
                }
            }
            return problems;
        }
    };
}
/** The escalation reason when the guard finds something before `scope.stage`, else undefined. */
async function stage_guard_stageBlocked(context, scope) {
    const problems = await context.stageGuard.check(scope);
    return problems.length === 0 ? undefined : `before ${scope.stage}: ${problems.join('; ')}`;
}

// EXTERNAL MODULE: ./src/kernel/terminals.ts
var terminals = __webpack_require__(46916);
;// CONCATENATED MODULE: ./src/kernel/effect-handlers.ts









/**
 * One attempt as the lifecycle interpreter drives it: the machine that steps the item through
 * the run session, and a handler per effect kind, each one stage module's piece of work,
 * sharing the attempt's workspace.
 */
/**
 * Effects that leave a reading of the worktree standing: preparing a lane's context (its copy
 * of the item context in the worktree's packet directory) and freezing the review packet.
 */
const KEEP_WORKTREE_READING = new Set([
    'prepare_context',
    'freeze_packet'
]);
/** Performs one effect of the attempt, with the stage guard's check the effect names. */
async function performEffect(context, workspace, effect, cause) {
    const check = 'guard' in effect ? effect.guard : undefined;
    if (check?.when === 'before') {
        const blocked = await guard(context, workspace, check);
        if (blocked !== undefined)
            return blocked;
    }
    // A reading of the worktree stands only until something may have written it since: of the
    // effects, only the ones that write nothing there but the orchestrator's own packet files
    // (none of them agent configuration) may come between a reading and the check that takes it.
    if (!KEEP_WORKTREE_READING.has(effect.kind))
        delete workspace.worktreeReadClean;
    const outcome = await handle(context, workspace, effect, cause);
    if (outcome !== undefined || check?.when !== 'after')
        return outcome;
    return guard(context, workspace, check);
}
async function guard(context, workspace, check) {
    const readClean = workspace.worktreeReadClean;
    delete workspace.worktreeReadClean;
    // Between review lanes only the copy they work in: the worktree is checked before the
    // review, before the next stage in it and before the pass
    // (docs/decisions.md#agent-configuration-between-review-lanes).
    const worktree = check.reviewCopyOnly === true && workspace.copy !== undefined
        ? {}
        : {
            worktree: context.paths.worktreePath,
            ...(readClean === true ? { worktreeReadClean: readClean } : {})
        };
    const blocked = await stageBlocked(context, {
        stage: check.stage,
        ...worktree,
        ...(workspace.copy === undefined ? {} : { reviewCopy: workspace.copy })
    });
    return blocked === undefined ? undefined : { event: { kind: 'failed', reason: blocked } };
}
function handle(context, workspace, effect, cause) {
    switch (effect.kind) {
        case 'block_for_evidence':
            return blockForEvidence();
        case 'prepare_worktree':
            return prepareWorktree(context, workspace);
        case 'receive_evidence':
            return receiveEvidence(context, workspace);
        case 'prepare_context':
            return prepareContext(context, workspace, effect.lane, effect.round);
        case 'call_agent':
            switch (effect.lane) {
                case 'audit_codex':
                case 'audit_claude':
                    return callAuditor(context, workspace, effect.lane);
                case 'triage':
                    return callTriage(context, workspace);
                default:
                    return callMutationAgent(context, workspace, effect);
            }
        case 'checkpoint':
            return checkpointCycle(context, workspace, effect.lane);
        case 'verify':
            return verifyCycle(context, workspace);
        case 'freeze_packet':
            return freezePacket(context, workspace);
        case 'merge_findings':
            return mergeCycleFindings(context, workspace);
        case 'decide':
            return recordTriageDecision(context, workspace);
        case 'count_round':
            return countRound(context, effect.lane, effect.round);
        case 'fast_forward':
            return fastForwardPass(context, workspace);
        case 'request_gate':
            return requestGate(context, workspace);
        case 'record_terminal':
            return recordTerminal(context, workspace, effect.terminal, cause);
    }
}
/** `count_round`: the round a fix or remediation decision starts, saved before it starts. */
async function countRound(context, lane, round) {
    await context.session.patchItem(context.item.item_id, lane === 'fix' ? { fix_rounds_completed: round } : { remediation_rounds_completed: round });
    return undefined;
}
/** The attempt's item, stepped through the run session; the review copy goes when the review ends. */
function attemptMachine(context, workspace) {
    const { session, item } = context;
    const evidenceSupplied = workspace.evidenceDir !== undefined;
    return {
        peek: (event) => session.stepOf(item.item_id, event, item, evidenceSupplied),
        save: (event, alongside) => session.advance(item.item_id, event, {
            planItem: item,
            evidenceSupplied,
            ...(alongside === undefined ? {} : { alongside })
        }),
        perform: (effect, cause) => performEffect(context, workspace, effect, cause),
        leaving: async (move) => {
            if (isReviewing(move.from) && !isReviewing(move.to))
                await releaseReviewCopy(workspace);
        }
    };
}
/** Makes one move of the attempt (its via effects and the save); returns it. */
function effect_handlers_moveAttempt(context, workspace, event) {
    return moveBy(attemptMachine(context, workspace), event);
}
/**
 * Drives the attempt from `start` to a terminal. A change outside the attempt during any
 * stage (an integrity breach) ends the attempt as an escalation naming what changed; any
 * other error surfaces, once the review copy is gone.
 */
async function effect_handlers_driveAttempt(context, workspace, start) {
    try {
        return await interpret(attemptMachine(context, workspace), start);
    }
    catch (error) {
        await releaseReviewCopy(workspace);
        if (!(error instanceof IntegrityBreach))
            throw error;
        return interpret(attemptMachine(context, workspace), {
            event: { kind: 'failed', reason: error.message }
        });
    }
}

;// CONCATENATED MODULE: ./src/kernel/item-attempt.ts







async function item_attempt_runItemAttempt(base, item, evidenceDir) {
    const { session } = base;
    const itemId = item.item_id;
    const unmet = unmetPrerequisites(session.state, base.plan, itemId);
    if (unmet.length > 0)
        throw new UserInputError(`item ${itemId} needs ${unmet.join(', ')} to pass first; run ${unmet.length === 1 ? 'it' : 'them'} before it`);
    await session.replace(startAttempt(session.state, itemId, isoSeconds(base.clock.now())));
    const attempt = session.item(itemId).attempt_number;
    const context = {
        ...base,
        item,
        attempt,
        paths: attemptLayout(session.layout, itemId, attempt)
    };
    const workspace = { evidenceDir };
    const begin = { kind: 'begin' };
    const selected = await moveAttempt(context, workspace, begin);
    await mkdir(context.paths.controlDir, { recursive: true });
    await mkdir(context.paths.reportDir, { recursive: true });
    try {
        return await driveAttempt(context, workspace, { entry: selected.entry, cause: begin });
    }
    catch (error) {
        await escalateInternalFailure(context, error);
        throw error;
    }
}
/** An error no stage handled ends the attempt as an escalation with its message. */
async function escalateInternalFailure(context, error) {
    const message = error instanceof Error ? error.message : String(error);
    if (context.session.item(context.item.item_id).terminal_state === 'none')
        await finishEscalated(context, `internal failure: ${message}`, []);
}

;// CONCATENATED MODULE: ./src/kernel/queue.ts



async function queue_processQueue(base, requested, options) {
    const pending = [...requested];
    let processed = 0;
    let last = 'none';
    while (pending.length > 0) {
        if (options.maxItems !== null && processed >= options.maxItems)
            break;
        const itemId = pending.shift();
        const item = base.plan.items.find((candidate) => candidate.item_id === itemId);
        if (item === undefined)
            throw new UserInputError(`item ${itemId} is not in the playbook`);
        last = await runItemAttempt(base, item, processed === 0 ? options.evidenceDir : undefined);
        processed += 1;
        if (last !== 'passed')
            break;
        if (options.continueAfterQueue && pending.length === 0) {
            const next = queue_nextCandidate(base.session.state);
            if (next !== undefined)
                pending.push(next);
        }
    }
    return last;
}
/**
 * The item `--next` and auto-advance pick: the first unfinished one, if it can start.
 * An item stopped at a gate, blocked or escalated must be settled first.
 */
function queue_nextCandidate(state) {
    const item = nextItem(state);
    if (item === undefined)
        return undefined;
    switch (item.terminal_state) {
        case 'awaiting_human_gate':
            throw new UserInputError(`item ${item.item_id} awaits a human gate; decide it with mark-manual-gate first`);
        case 'blocked_external':
            throw new UserInputError(`item ${item.item_id} is blocked on external evidence; supply it with resume --external-evidence-dir`);
        case 'escalated':
            throw new UserInputError(`item ${item.item_id} is escalated; resolve it and resume the run`);
        default:
            return item.item_id;
    }
}

;// CONCATENATED MODULE: ./src/kernel/run-session.ts







/**
 * The live run: holds the current run state, and saves it after every change so that
 * run_state.json is always the last thing that happened. All changes go through here.
 */
class run_session_RunSession {
    layout;
    clock;
    progress;
    files;
    failpoint;
    current;
    startedAt;
    /** The save in progress, if any; settled either way. */
    saving = Promise.resolve();
    frozen = false;
    /** sha256 of the run_state.json text this session wrote last (the integrity check's reference). */
    savedDigest;
    constructor(layout, initial, clock, progress, 
    /** The run store's files: run_state.json here, and every record the attempt writes. */
    files, 
    /** Test-only crash injection: the process dies right after this state is saved. */
    failpoint) {
        this.layout = layout;
        this.clock = clock;
        this.progress = progress;
        this.files = files;
        this.failpoint = failpoint;
        this.current = initial;
        this.startedAt = clock.now().getTime();
    }
    get state() {
        return this.current;
    }
    item(itemId) {
        return itemState(this.current, itemId);
    }
    nowIso() {
        return isoSeconds(this.clock.now());
    }
    /**
     * Where `event` would take the item now, by the lifecycle table; nothing is saved.
     * `evidenceSupplied`: whether this attempt was given external evidence (by default, whether
     * the item's evidence is resolved).
     */
    stepOf(itemId, event, planItem, evidenceSupplied) {
        const item = itemSnapshot(this.current, itemId, planItem);
        return step(evidenceSupplied === undefined ? item : { ...item, evidenceSupplied }, event);
    }
    /**
     * Moves the item where the lifecycle table (lifecycle.ts) takes it on `event`, with the
     * table's actor and event log line; an event the table has no edge for is refused. Resume's
     * rewinds (`restart`, `redo_review`) are saved as they are, without a progress line.
     * `planItem` tells the table the item's gate and evidence, `evidenceSupplied` is as for
     * `stepOf`, `alongside` as for `move`. Returns the move made (its entry effects come next).
     */
    async advance(itemId, event, options = {}) {
        const moved = this.stepOf(itemId, event, options.planItem, options.evidenceSupplied);
        if (moved.kind === 'refused')
            throw new RefusedEventError(moved.from, moved.event);
        if (isRewind(moved.edge)) {
            await this.replace(rewindForResume(options.alongside?.(this.current) ?? this.current, itemId, moved.to, moved.message, this.nowIso()));
            return moved;
        }
        await this.move(itemId, moved.to, moved.actor, moved.message, options.alongside);
        return moved;
    }
    /**
     * Moves the item to `to`. `alongside` changes the run state in the same save (so a crash
     * can never keep one change without the other).
     */
    async move(itemId, to, actor, message, alongside = (state) => state) {
        const now = this.nowIso();
        await this.replace(moveTo(alongside(this.current), itemId, to, { actor, message }, now));
        this.report(itemId, message);
        this.crashAt(to);
    }
    /** Test-only: dies here when `name` is the configured failpoint (see failpoints.ts). */
    crashAt(name) {
        crashAt(this.failpoint, name);
    }
    /** Whether run_state.json on disk is still exactly what this session saved last. */
    get lastSavedDigest() {
        return this.savedDigest;
    }
    async note(itemId, actor, message) {
        await this.replace(appendEvent(this.current, { actor, itemId, message }, this.nowIso()));
        this.report(itemId, message);
    }
    async patchItem(itemId, patch) {
        await this.replace(updateItem(this.current, itemId, patch, this.nowIso()));
    }
    /** Records what an agent call used and cost, then reports it with the totals so far. */
    async recordAgentCall(record) {
        await this.replace(appendAgentCall(this.current, record, this.nowIso()));
        this.progress.agentCall?.({
            runId: this.current.run_id,
            itemId: record.item_id,
            attempt: record.attempt_number,
            elapsedMs: this.clock.now().getTime() - this.startedAt,
            call: record,
            item: totalsOf(callsOfItem(this.current, record.item_id)),
            run: totalsOf(this.current.agent_calls)
        });
    }
    async replace(next) {
        // The process is about to exit: the caller must neither record what it saw after the
        // interruption (a killed agent is no agent failure) nor go on to its next step.
        if (this.frozen)
            return new Promise(() => undefined);
        this.current = next;
        const saved = this.files.saveRunState(this.layout, next);
        this.saving = saved.then(() => undefined, () => undefined);
        this.savedDigest = await saved;
    }
    /**
     * Ends the session for a process that is stopping on a signal: from now on every change
     * stays pending forever; the save in flight, if any, completes; then `message` is
     * recorded as the last event, without moving the run, so `resume` continues from here.
     */
    async freeze(actor, message) {
        if (this.frozen)
            return;
        this.frozen = true;
        await this.saving;
        this.current = appendEvent(this.current, { actor, itemId: this.current.current_item_id, message }, this.nowIso());
        this.savedDigest = await this.files.saveRunState(this.layout, this.current);
    }
    report(itemId, message) {
        this.progress.stage({
            runId: this.current.run_id,
            itemId,
            attempt: itemId === null ? null : this.item(itemId).attempt_number,
            state: this.current.current_state,
            message: oneLine(message),
            elapsedMs: this.clock.now().getTime() - this.startedAt
        });
    }
}

// EXTERNAL MODULE: ./src/adapters/git/git-runner.ts
var git_runner = __webpack_require__(63338);
// EXTERNAL MODULE: ./src/adapters/integrity/outside-reader.ts
var outside_reader = __webpack_require__(50415);
// EXTERNAL MODULE: ./src/adapters/integrity/store-reader.ts
var store_reader = __webpack_require__(30369);
;// CONCATENATED MODULE: ./src/adapters/integrity/index.ts
/**
 * The integrity check's adapter: reads before and after a stage, then puts back what the
 * orchestrator owns. Git metadata goes back first, before `git status` or `update-ref` run,
 * so that no git command of ours ever reads configuration an agent planted.
 */








function integrity_createIntegrityPort() {
    return {
        snapshot: (scope, previous) => readOutside(scope, previous),
        check: checkOutside
    };
}
async function checkOutside(before, scope, stage) {
    const restored = new Set();
    const unrestored = new Map();
    const git = readGitFiles(scope, before);
    for (const path of changedRestorableFiles(before.state, git.files)) {
        const had = before.state.gitFiles[path];
        const content = before.contents.get(path);
        const absolute = join(scope.repoRoot, path);
        try {
            if (had === undefined || content !== undefined) {
                restoreFile(absolute, content);
                restored.add(path);
            }
            else if (had.configLines !== undefined) {
                // No copy (a reading from before an interruption): take the planted entries out.
                restoreConfigEntries(absolute, had.configLines);
                if (fileSha256(absolute) === had.sha256)
                    restored.add(path);
                else
                    unrestored.set(path, 'its planted entries were removed, but it still differs');
            }
            else
                unrestored.set(path, 'no copy of its earlier content was kept');
        }
        catch (error) {
            unrestored.set(path, describeError(error));
        }
    }
    const refs = await readRefs(scope.repoRoot, git.commonDir);
    const checkout = await readCheckoutStamped(scope.repoRoot, {
        checkout: before.state.checkout,
        ...(before.checkoutStamp === undefined ? {} : { stamp: before.checkoutStamp })
    });
    const after = {
        refs,
        gitFiles: git.files,
        checkout: checkout.checkout,
        store: readStore(scope.repoRoot),
        liveRuns: readLiveRuns(scope.repoRoot, scope.runId),
        runStateDigest: readRunStateDigest(scope.repoRoot, scope.runId)
    };
    const changes = compareOutside(before.state, after, stage);
    for (const change of changes) {
        if (change.area !== 'ref' || !change.ours)
            continue;
        try {
            await restoreRef(scope.repoRoot, change);
            restored.add(change.path);
        }
        catch (error) {
            unrestored.set(change.path, describeError(error));
        }
    }
    const fileStats = { signatures: git.signatures, readAtMs: git.readAtMs };
    return {
        after: {
            state: after,
            contents: git.contents,
            fileStats,
            ...(checkout.stamp === undefined ? {} : { checkoutStamp: checkout.stamp })
        },
        changes,
        restored,
        unrestored
    };
}
function changedRestorableFiles(before, now) {
    const paths = new Set([...Object.keys(before.gitFiles), ...Object.keys(now)]);
    return [...paths].filter((path) => isRestorableGitFile(path) && before.gitFiles[path]?.sha256 !== now[path]?.sha256);
}
/** Puts a file back as it was (written beside it, then renamed over), or removes a planted one. */
function restoreFile(path, content) {
    let existing;
    try {
        existing = lstatSync(path);
    }
    catch {
        existing = undefined;
    }
    if (existing?.isDirectory() === true)
        rmSync(path, { recursive: true, force: true });
    if (content === undefined) {
        rmSync(path, { force: true });
        return;
    }
    const temporary = `${path}.plan-orchestrator-restore-${process.pid}`;
    rmSync(temporary, { force: true });
    if (content.kind === 'symlink')
        symlinkSync(content.target, temporary);
    else {
        writeFileSync(temporary, content.data, { mode: content.mode });
        chmodSync(temporary, content.mode);
    }
    renameSync(temporary, path);
}
function restoreConfigEntries(path, before) {
    const text = readFileSync(path, 'utf8');
    const mode = lstatSync(path).mode & 0o7777;
    restoreFile(path, {
        kind: 'file',
        data: Buffer.from(withoutPlantedEntries(text, before), 'utf8'),
        mode
    });
}
function fileSha256(path) {
    try {
        return createHash('sha256').update(readFileSync(path)).digest('hex');
    }
    catch {
        return undefined;
    }
}
const SHA = /^[0-9a-f]{40,64}$/;
/** Moves a ref of the run back (compare-and-swap on what the stage left), or deletes a planted one. */
async function restoreRef(repoRoot, change) {
    const message = 'plan-orchestrator: restore after an integrity incident';
    const old = change.after !== null && SHA.test(change.after) ? [change.after] : [];
    if (change.before === null) {
        await runGit(repoRoot, ['update-ref', '--no-deref', '-m', message, '-d', change.path, ...old]);
        return;
    }
    if (!SHA.test(change.before))
        throw new Error(`cannot restore symbolic ref ${change.path}`);
    await runGit(repoRoot, [
        'update-ref',
        '--no-deref',
        '-m',
        message,
        change.path,
        change.before,
        ...(change.after === null ? [''] : old)
    ]);
}

;// CONCATENATED MODULE: ./src/adapters/agents/claude-envelope.ts

/** The result envelope in stdout, or undefined when there is none. */
function claude_envelope_findResultEnvelope(stdout) {
    const whole = parseJsonObject(stdout.trim());
    if (whole)
        return whole;
    const lines = stdout.split('\n').reverse();
    for (const line of lines) {
        if (!line.trimStart().startsWith('{'))
            continue;
        const event = parseJsonObject(line);
        if (event?.type === 'result')
            return event;
    }
    return undefined;
}
/**
 * Claude exits 1 whenever the envelope says `is_error` (auth, max turns, budget, structured
 * output retries). `subtype` alone is not enough: "Not logged in" comes with `success`.
 */
function claude_envelope_isErrorEnvelope(envelope) {
    return (envelope.is_error === true ||
        (typeof envelope.subtype === 'string' && envelope.subtype.startsWith('error_')));
}
const AUTH_FAILURE = /not logged in|authentication_failed|invalid api key|oauth token/i;
function claude_envelope_classifyErrorEnvelope(envelope) {
    const subtype = typeof envelope.subtype === 'string' ? envelope.subtype : 'unknown';
    const result = typeof envelope.result === 'string' ? envelope.result : '';
    const errors = Array.isArray(envelope.errors) ? envelope.errors.map(String) : [];
    const apiStatus = envelope.api_error_status;
    const auth = AUTH_FAILURE.test(result) ||
        errors.some((error) => AUTH_FAILURE.test(error)) ||
        apiStatus === 401 ||
        apiStatus === 403;
    const diagnostics = [
        `claude reported an error (subtype ${subtype}, stop_reason ${String(envelope.stop_reason ?? 'unknown')})`,
        ...(result !== '' ? [result] : []),
        ...errors,
        ...describeDenials(envelope.permission_denials)
    ];
    return { status: auth ? 'auth_error' : 'error_envelope', diagnostics };
}
function describeDenials(denials) {
    if (!Array.isArray(denials))
        return [];
    return denials.filter(isPlainObject).map((denial) => {
        const tool = String(denial.tool_name ?? 'tool');
        const input = isPlainObject(denial.tool_input) ? denial.tool_input : {};
        const path = input.file_path ?? input.path;
        return typeof path === 'string' ? `${tool} denied for ${path}` : `${tool} denied`;
    });
}
/**
 * A report from free text, for when structured output is missing: the text itself as JSON,
 * a text that is one fenced block, or the first fenced block holding an object.
 */
function claude_envelope_extractReportFromText(value) {
    if (isPlainObject(value))
        return value;
    if (typeof value !== 'string')
        return undefined;
    const text = value.trim();
    const direct = parseJsonObject(text);
    if (direct)
        return direct;
    const whole = /^```[a-zA-Z]*\s*\n([\s\S]*?)\n?```$/.exec(text);
    if (whole?.[1] !== undefined) {
        const inside = parseJsonObject(whole[1].trim());
        if (inside)
            return inside;
    }
    const first = /```[a-zA-Z]*\s*\n(\{[\s\S]*?\})\s*\n?```/.exec(text);
    return first?.[1] !== undefined ? parseJsonObject(first[1]) : undefined;
}
/**
 * Tokens, cost and model of a call from its result envelope. Claude counts `input_tokens`
 * without the cache; the port counts all input, so cache reads and writes are added in. The
 * cost is the envelope's `total_cost_usd` (else the sum of `modelUsage[*].costUSD`); the model
 * is the `modelUsage` entry that cost the most (claude may use a small model on the side).
 */
function claude_envelope_envelopeUsage(envelope, configured = {}) {
    const numberAt = (source, key) => typeof source[key] === 'number' && Number.isFinite(source[key]) && source[key] >= 0
        ? source[key]
        : undefined;
    const perModel = isPlainObject(envelope.modelUsage)
        ? Object.entries(envelope.modelUsage).filter((entry) => isPlainObject(entry[1]))
        : [];
    const sumModels = (key) => {
        const values = perModel.map(([, usage]) => numberAt(usage, key));
        return values.some((value) => value !== undefined)
            ? values.reduce((sum, value) => sum + (value ?? 0), 0)
            : undefined;
    };
    const usage = isPlainObject(envelope.usage) ? envelope.usage : undefined;
    const tokens = (envelopeKey, modelKey) => usage !== undefined ? numberAt(usage, envelopeKey) : sumModels(modelKey);
    const uncachedInput = tokens('input_tokens', 'inputTokens');
    const cacheRead = tokens('cache_read_input_tokens', 'cacheReadInputTokens');
    const cacheWrite = tokens('cache_creation_input_tokens', 'cacheCreationInputTokens');
    const main = [...perModel].sort(([, a], [, b]) => (numberAt(b, 'costUSD') ?? 0) - (numberAt(a, 'costUSD') ?? 0))[0];
    const fields = {
        inputTokens: uncachedInput === undefined
            ? undefined
            : uncachedInput + (cacheRead ?? 0) + (cacheWrite ?? 0),
        cachedInputTokens: cacheRead,
        cacheWriteTokens: cacheWrite,
        outputTokens: tokens('output_tokens', 'outputTokens'),
        costUsd: numberAt(envelope, 'total_cost_usd') ?? sumModels('costUSD'),
        numTurns: numberAt(envelope, 'num_turns'),
        model: main?.[0] ?? configured.model,
        effort: configured.effort
    };
    const present = Object.entries(fields).filter(([, value]) => value !== undefined);
    return present.length === 0 ? undefined : Object.fromEntries(present);
}

;// CONCATENATED MODULE: ./src/adapters/agents/credentials.ts


/**
 * Each agent sees only its own credentials: a prompt-injected codex must not be able to read
 * claude's key, nor the other way round. Credentials reach an agent through its environment;
 * its home is a fresh one per call (call-home.ts), into which only its own login file is
 * copied for a user who logged in interactively.
 */
const credentials_CODEX_CREDENTIAL_ENV = [
    'CODEX_API_KEY',
    'OPENAI_API_KEY',
    'CODEX_ACCESS_TOKEN'
];
const credentials_CLAUDE_CREDENTIAL_ENV = [
    'ANTHROPIC_API_KEY',
    'CLAUDE_CODE_OAUTH_TOKEN',
    'ANTHROPIC_AUTH_TOKEN'
];
/**
 * Credentials plus the CLI's endpoint settings. Not `CODEX_HOME`/`CLAUDE_CONFIG_DIR`: those
 * always point at the call's fresh home, never at a shared, writable configuration.
 */
const credentials_CODEX_PASS_THROUGH = [
    ...credentials_CODEX_CREDENTIAL_ENV,
    'OPENAI_BASE_URL',
    'CODEX_CA_CERTIFICATE'
];
const credentials_CLAUDE_PASS_THROUGH = [
    ...credentials_CLAUDE_CREDENTIAL_ENV,
    'ANTHROPIC_BASE_URL'
];
function userHome(env) {
    return env.HOME?.trim() || homedir();
}
/** `$CODEX_HOME/auth.json` (default `~/.codex/auth.json`): what `codex login` writes. */
function credentials_codexLoginFile(env) {
    const codexHome = env.CODEX_HOME?.trim() || join(userHome(env), '.codex');
    return { source: join(codexHome, 'auth.json'), target: '.codex/auth.json' };
}
/**
 * `$CLAUDE_CONFIG_DIR/.credentials.json` (default `~/.claude/.credentials.json`): where
 * `claude auth login` keeps its OAuth login on Linux. A login kept in the macOS keychain is
 * not a file and does not carry over; use `CLAUDE_CODE_OAUTH_TOKEN` or `ANTHROPIC_API_KEY`.
 */
function credentials_claudeLoginFile(env) {
    const configDir = env.CLAUDE_CONFIG_DIR?.trim() || join(userHome(env), '.claude');
    return { source: join(configDir, '.credentials.json'), target: '.claude/.credentials.json' };
}

;// CONCATENATED MODULE: ./src/adapters/agents/identity.ts




/**
 * Which CLI serves an agent, for the provenance record of each call: the adapter, the
 * executable, the model and effort it is asked for, and the first line of `<cli> --version`
 * (asked once per process, in an empty home with nothing of ours in its environment).
 */
const VERSION_TIMEOUT_MS = 15_000;
const MAX_VERSION_LENGTH = 200;
function identity_withIdentity(agent, spec) {
    let version;
    return {
        ...agent,
        async describe() {
            version ??= cliVersion(spec.command, spec.path ?? process.env['PATH'] ?? '');
            return {
                adapter: spec.adapter,
                cli: spec.command,
                cli_version: await version,
                model: spec.model,
                effort: spec.effort
            };
        }
    };
}
/** First non-blank line of `<command> --version`, or null when it does not answer cleanly. */
async function cliVersion(command, path) {
    const home = await mkdtemp(join(tmpdir(), 'plan-orchestrator-version-'));
    try {
        const stdout = await new Promise((resolve) => {
            execFile(command, ['--version'], {
                cwd: home,
                env: { PATH: path, HOME: home },
                timeout: VERSION_TIMEOUT_MS,
                maxBuffer: 64 * 1024,
                encoding: 'utf8'
            }, (error, out) => resolve(error === null ? out : null)).stdin?.end();
        });
        const line = stdout
            ?.split('\n')
            .map((text) => text.trim())
            .find((text) => text !== '');
        return line === undefined ? null : line.slice(0, MAX_VERSION_LENGTH);
    }
    finally {
        await rm(home, { recursive: true, force: true });
    }
}
/** The PATH a CLI agent's calls look their executable up on (its source environment's). */
function identity_agentPath(options) {
    const path = (options.sourceEnv ?? process.env)['PATH'];
    return path === undefined ? {} : { path };
}

;// CONCATENATED MODULE: ./src/adapters/agents/claude.ts







/**
 * `claude -p` (Claude Code 2.1.197) for the second audit. Read-only (plan mode, Read/Glob/
 * Grep), no configuration of anyone's (CLAUDE_REVIEW_ISOLATION), instructions as an appended
 * system-prompt file, stdin ignored, the audit schema inline. Its envelope is read whatever the exit code: an `is_error` envelope is an outcome.
 */
const CLAUDE_EFFORTS = (/* unused pure expression or super */ null && (['low', 'medium', 'high', 'xhigh', 'max']));
/** The user prompt; the real instructions are in the appended system-prompt file. */
const CLAUDE_INSTRUCTION = (/* unused pure expression or super */ null && ('Review the item using the appended audit instructions and the workspace packet files. ' +
    'Return only schema-valid JSON.'));
const CLAUDE_DEFAULTS = {
    command: 'claude',
    model: 'opus',
    effort: 'max',
    maxTurns: 8,
    outputFormat: 'stream-json'
};
/**
 * What the audit lane never loads, whatever the call's cwd or home holds. Verified against
 * Claude Code 2.1.197 in __tests__/contract/:
 * - `--setting-sources ''`: no user, project or local settings, so no hooks, no `env` block
 *   (which could point ANTHROPIC_BASE_URL elsewhere: `--safe-mode` and `--bare` still apply
 *   it), no `apiKeyHelper`, no permissions, and no CLAUDE.md / CLAUDE.local.md anywhere.
 * - `--strict-mcp-config` with no `--mcp-config`: no MCP server from `.mcp.json` or
 *   `.claude.json`.
 * - `--safe-mode` (or `--bare`): skills, plugins, custom agents and commands, output styles
 *   and hooks off as well.
 */
const CLAUDE_REVIEW_ISOLATION = (/* unused pure expression or super */ null && ([
    '--setting-sources',
    '',
    '--strict-mcp-config'
]));
/**
 * Claude compiles `--json-schema` with draft-07 Ajv: a 2020-12 `$schema` line makes it drop
 * structured output without a word, so the dialect line goes.
 */
function schemaForClaude(schema) {
    const withoutDialect = Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema'));
    return JSON.stringify(withoutDialect);
}
/** Pure: the whole invocation for one request. */
function buildClaudeInvocation(request, options = {}) {
    const outputFormat = options.outputFormat ?? CLAUDE_DEFAULTS.outputFormat;
    const isolation = options.isolation ?? 'safe-mode';
    const args = [
        '-p',
        '--model',
        options.model ?? CLAUDE_DEFAULTS.model,
        '--effort',
        options.effort ?? CLAUDE_DEFAULTS.effort,
        '--no-session-persistence',
        '--max-turns',
        String(options.maxTurns ?? CLAUDE_DEFAULTS.maxTurns),
        '--permission-mode',
        'plan',
        '--tools',
        'Read,Glob,Grep',
        '--append-system-prompt-file',
        request.promptFile,
        '--output-format',
        outputFormat,
        ...(outputFormat === 'stream-json' ? ['--verbose'] : []),
        '--json-schema',
        schemaForClaude(request.schema.json),
        `--${isolation}`,
        ...CLAUDE_REVIEW_ISOLATION,
        ...(options.maxBudgetUsd !== undefined
            ? ['--max-budget-usd', String(options.maxBudgetUsd)]
            : []),
        // `--tools` is variadic: without `--` it would swallow the prompt.
        '--',
        CLAUDE_INSTRUCTION
    ];
    const sourceEnv = options.sourceEnv ?? process.env;
    return {
        command: options.command ?? CLAUDE_DEFAULTS.command,
        args,
        cwd: request.cwd,
        env: buildAgentEnv({ ...sourceEnv, ...request.env }, 'claude', {
            passThrough: [
                ...CLAUDE_PASS_THROUGH,
                ...(options.passThrough ?? []),
                ...Object.keys(request.env)
            ],
            deny: [...CODEX_CREDENTIAL_ENV, ...CALL_HOME_VARIABLES]
        }),
        callHome: {
            parentDir: options.callHomeParent ?? defaultCallHomeParent(sourceEnv),
            credential: claudeLoginFile(sourceEnv),
            ...(options.callHomeOwner ? { owner: options.callHomeOwner } : {})
        },
        stdin: { kind: 'ignore' },
        files: [{ path: request.promptFile, content: request.promptText }],
        removeBeforeRun: [request.reportPath, rawOutputPathFor(request.reportPath)],
        ...logPathsFor(request)
    };
}
/** Pure: classify a finished claude run and pull out its report and usage. */
function parseClaudeResult(request, run, options = {}) {
    const envelope = findResultEnvelope(run.stdout);
    const configured = {
        ...(options.model === undefined ? {} : { model: options.model }),
        ...(options.effort === undefined ? {} : { effort: options.effort })
    };
    const usage = envelope
        ? envelopeUsage(envelope, configured)
        : Object.keys(configured).length > 0
            ? configured
            : undefined;
    const base = {
        ...processFields(run.process),
        ...(usage ? { usage } : {}),
        ...(envelope ? { rawOutputPath: rawOutputPathFor(request.reportPath) } : {})
    };
    const failure = processFailure(run.process, 'claude');
    if (failure)
        return { ...base, ...failure };
    if (envelope && isErrorEnvelope(envelope))
        return { ...base, ...classifyErrorEnvelope(envelope) };
    if (run.process.exitCode !== 0) {
        const exit = run.process.exitCode ?? run.process.signal;
        return {
            ...base,
            status: 'exit_nonzero',
            diagnostics: [`claude -p failed with exit code ${exit}`, ...tailLines(run.stderr)]
        };
    }
    if (!envelope) {
        return run.stdout.trim() === ''
            ? { ...base, status: 'no_report', diagnostics: ['claude printed nothing on stdout'] }
            : {
                ...base,
                status: 'unparseable_report',
                diagnostics: ['claude stdout has no JSON envelope']
            };
    }
    return reportFromEnvelope(envelope, base, options.lenientTextReport ?? true);
}
function reportFromEnvelope(envelope, base, lenient) {
    if (isPlainObject(envelope.structured_output)) {
        return { ...base, status: 'ok', report: envelope.structured_output, diagnostics: [] };
    }
    // No envelope fields at all: the CLI printed the report itself.
    if (envelope.type === undefined && 'schema_version' in envelope) {
        return { ...base, status: 'ok', report: envelope, diagnostics: [] };
    }
    const missing = 'structured_output missing (schema not accepted by the CLI?)';
    if (!('result' in envelope) || envelope.result === '') {
        return { ...base, status: 'no_report', diagnostics: [missing, 'the envelope has no result'] };
    }
    const report = lenient ? extractReportFromText(envelope.result) : undefined;
    if (report === undefined) {
        return {
            ...base,
            status: 'unparseable_report',
            diagnostics: [missing, 'the result text holds no JSON object']
        };
    }
    return {
        ...base,
        status: 'ok',
        report,
        diagnostics: [missing, 'report taken from the result text']
    };
}
function claude_createClaudeAgent(options = {}) {
    if (options.effort !== undefined && !CLAUDE_EFFORTS.includes(options.effort)) {
        throw new Error(`unknown claude effort '${options.effort}' (${CLAUDE_EFFORTS.join(', ')})`);
    }
    if (options.maxTurns !== undefined &&
        !(Number.isInteger(options.maxTurns) && options.maxTurns > 1)) {
        throw new Error('claude maxTurns must be an integer above 1 (one turn is the report itself)');
    }
    const agent = cliAgent('claude', options.onSpawn, (request) => buildClaudeInvocation(request, options), async (request, raw) => {
        const outcome = parseClaudeResult(request, raw, {
            ...options,
            model: options.model ?? CLAUDE_DEFAULTS.model,
            effort: options.effort ?? CLAUDE_DEFAULTS.effort
        });
        // Keep the whole envelope beside the report: it carries cost, usage and errors.
        const envelope = findResultEnvelope(raw.stdout);
        if (envelope && outcome.rawOutputPath) {
            // In the reports directory, where the agent could have left a link at the name.
            await writeFileAtomically(outcome.rawOutputPath, `${JSON.stringify(envelope, null, 2)}\n`);
        }
        return outcome;
    }, options.agentUser);
    return withIdentity(agent, {
        adapter: 'claude',
        command: options.command ?? CLAUDE_DEFAULTS.command,
        model: options.model ?? CLAUDE_DEFAULTS.model,
        effort: options.effort ?? CLAUDE_DEFAULTS.effort,
        ...agentPath(options)
    });
}

;// CONCATENATED MODULE: ./src/adapters/agents/codex.ts







/**
 * `codex exec` (codex-cli 0.169) for the mutation lanes, the codex audit and triage.
 * Prompt on stdin (then closed), JSONL events on stdout for liveness and usage, the final
 * message in the `-o` file, which is parsed strictly: the whole file is one JSON object.
 */
/** Values the 0.169 model catalog accepts; the CLI itself sends anything verbatim. */
const codex_CODEX_EFFORTS = (/* unused pure expression or super */ null && (['low', 'medium', 'high', 'xhigh', 'max', 'ultra']));
const CODEX_DEFAULTS = { command: 'codex', model: 'gpt-5.4', effort: 'xhigh' };
function codexSandboxFor(lane) {
    return MUTATION_LANES.includes(lane) ? 'workspace-write' : 'read-only';
}
/**
 * Every lane: no user configuration and no execpolicy rules, whatever CODEX_HOME holds (it
 * is a fresh one anyway: belt and braces).
 */
const CODEX_NO_USER_CONFIG = (/* unused pure expression or super */ null && (['--ignore-user-config', '--ignore-rules']));
/**
 * The review lanes (audit, triage) additionally read no project instructions: no AGENTS.md
 * or AGENTS.override.md (`project_doc_max_bytes=0`) and no skill descriptions from
 * `.agents/skills` or `.codex/skills` (`skills.include_instructions=false`). They work in a
 * read-only export of the checkpoint that is not a git repository, hence
 * `--skip-git-repo-check`. A project's `.codex/config.toml` (MCP servers, hooks, providers) is
 * never loaded: codex applies it only to projects trusted in the user config, and that config
 * is empty and ignored. Verified against codex 0.169.0 in __tests__/contract/.
 */
const CODEX_REVIEW_ISOLATION = (/* unused pure expression or super */ null && ([
    '--skip-git-repo-check',
    '-c',
    'project_doc_max_bytes=0',
    '-c',
    'skills.include_instructions=false'
]));
/**
 * Codex sends the `--output-schema` file as an OpenAI structured output with `strict: true`,
 * which takes only a subset of JSON Schema. The kernel's 2020-12 schema goes through this
 * first: no `$schema`/`$id` lines, `const` as a one-value `enum`, no string length bounds
 * (not in the documented strict subset). Nothing is lost: the kernel validates the report
 * against the full schema afterwards.
 */
function schemaForCodex(schema) {
    return toStrictSubset(schema);
}
const CODEX_DROPPED_KEYWORDS = new Set(['$schema', '$id', 'minLength', 'maxLength']);
function toStrictSubset(node) {
    if (Array.isArray(node))
        return node.map(toStrictSubset);
    if (!isPlainObject(node))
        return node;
    const out = {};
    for (const [key, value] of Object.entries(node)) {
        if (CODEX_DROPPED_KEYWORDS.has(key))
            continue;
        if (key === 'const') {
            if (!('enum' in node))
                out.enum = [value];
        }
        else if (key === 'properties' || key === '$defs' || key === 'definitions') {
            // Keys here are names, not keywords: only their values are schemas.
            out[key] = isPlainObject(value)
                ? Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, toStrictSubset(sub)]))
                : value;
        }
        else if (key === 'enum' || key === 'required') {
            out[key] = value;
        }
        else {
            out[key] = toStrictSubset(value);
        }
    }
    return out;
}
function operatorConfig(overrides) {
    return (overrides ?? []).flatMap((override) => ['-c', override]);
}
/** Beside the kernel's schema file: `<dir>/<name>.codex.schema.json`. */
function codexSchemaPathFor(schema) {
    return join(dirname(schema.path), `${schema.name}.codex.schema.json`);
}
/** Pure: the whole invocation for one request. */
function buildCodexInvocation(request, options = {}) {
    const lastMessagePath = rawOutputPathFor(request.reportPath);
    const schemaPath = codexSchemaPathFor(request.schema);
    const args = [
        'exec',
        '--json',
        '-C',
        request.cwd,
        '-m',
        options.model ?? CODEX_DEFAULTS.model,
        '-s',
        codexSandboxFor(request.lane),
        '--output-schema',
        schemaPath,
        '-o',
        lastMessagePath,
        '--ephemeral',
        ...operatorConfig(options.configOverrides),
        '-c',
        `model_reasoning_effort=${options.effort ?? CODEX_DEFAULTS.effort}`,
        '-c',
        'web_search=disabled',
        // Codex otherwise syncs a plugin catalogue from github.com and sends metrics on every
        // start: traffic no item needs, and nothing a reviewed plan asked for.
        '-c',
        'features.plugins=false',
        '-c',
        'analytics.enabled=false',
        ...CODEX_NO_USER_CONFIG,
        ...(MUTATION_LANES.includes(request.lane) ? [] : CODEX_REVIEW_ISOLATION),
        '-'
    ];
    const sourceEnv = options.sourceEnv ?? process.env;
    return {
        command: options.command ?? CODEX_DEFAULTS.command,
        args,
        cwd: request.cwd,
        env: buildAgentEnv({ ...sourceEnv, ...request.env }, 'codex', {
            passThrough: [
                ...CODEX_PASS_THROUGH,
                ...(options.passThrough ?? []),
                ...Object.keys(request.env)
            ],
            deny: [...CLAUDE_CREDENTIAL_ENV, ...CALL_HOME_VARIABLES]
        }),
        callHome: {
            parentDir: options.callHomeParent ?? defaultCallHomeParent(sourceEnv),
            credential: codexLoginFile(sourceEnv),
            ...(options.callHomeOwner ? { owner: options.callHomeOwner } : {})
        },
        stdin: { kind: 'text', text: request.promptText },
        files: [
            { path: request.promptFile, content: request.promptText },
            {
                path: schemaPath,
                content: `${JSON.stringify(schemaForCodex(request.schema.json), null, 2)}\n`
            }
        ],
        removeBeforeRun: [request.reportPath, lastMessagePath],
        ...logPathsFor(request)
    };
}
/**
 * Pure: classify a finished codex run and pull out its report and usage. `configured` is the
 * model and effort the run was started with: codex's events do not name them.
 */
function parseCodexResult(request, run, configured = {}) {
    const events = parseJsonLines(run.stdout);
    const tokens = codex_codexUsageFromEvents(events);
    const usage = tokens === undefined && Object.keys(configured).length === 0
        ? undefined
        : { ...tokens, ...configured };
    const base = {
        ...processFields(run.process),
        ...(usage ? { usage } : {}),
        ...(run.lastMessage !== null ? { rawOutputPath: rawOutputPathFor(request.reportPath) } : {})
    };
    const failure = processFailure(run.process, 'codex');
    if (failure)
        return { ...base, ...failure };
    if (run.process.exitCode !== 0) {
        const reasons = [...failureMessages(events), ...tailLines(run.stderr)];
        const status = reasons.some((line) => codex_AUTH_FAILURE.test(line)) ? 'auth_error' : 'exit_nonzero';
        const exit = run.process.exitCode ?? run.process.signal;
        return {
            ...base,
            status,
            diagnostics: [`codex exec failed with exit code ${exit}; see its stderr log`, ...reasons]
        };
    }
    if (run.lastMessage === null || run.lastMessage.trim() === '') {
        return { ...base, status: 'no_report', diagnostics: ['codex wrote no final message (-o file)'] };
    }
    const report = parseJsonObject(run.lastMessage);
    if (report === undefined) {
        return {
            ...base,
            status: 'unparseable_report',
            diagnostics: ['codex final message is not one JSON object']
        };
    }
    return { ...base, status: 'ok', report, diagnostics: [] };
}
/** 401/403 and "no credentials" texts in codex's stderr or `turn.failed` events. */
const codex_AUTH_FAILURE = /\b40[13]\b|unauthori[sz]ed|forbidden|not logged in|no codex credentials|api key/i;
/** The JSON objects among the lines of codex's `--json` stdout. */
function parseJsonLines(text) {
    const events = [];
    for (const line of text.split('\n')) {
        if (!line.startsWith('{'))
            continue;
        const event = parseJsonObject(line);
        if (event)
            events.push(event);
    }
    return events;
}
function failureMessages(events) {
    const messages = [];
    for (const event of events) {
        if (event.type === 'turn.failed' && isPlainObject(event.error)) {
            messages.push(String(event.error.message ?? 'turn failed'));
        }
        else if (event.type === 'error' && typeof event.message === 'string') {
            messages.push(event.message);
        }
    }
    return messages.slice(-5);
}
/**
 * Codex reports tokens per turn (`turn.completed.usage`, the sum over the turn's model
 * requests) and no cost. Its counts follow the Responses API: `input_tokens` includes the
 * cached and cache-written ones, `output_tokens` the reasoning ones, which is the port's
 * convention too. A `--json` stdout log as a whole goes in; other lines are ignored.
 */
function codex_codexUsageFromEvents(events) {
    const turns = events.filter((event) => event.type === 'turn.completed' && isPlainObject(event.usage));
    if (turns.length === 0)
        return undefined;
    const total = (key) => turns.reduce((sum, event) => {
        const value = event.usage[key];
        return sum + (typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0);
    }, 0);
    return {
        inputTokens: total('input_tokens'),
        cachedInputTokens: total('cached_input_tokens'),
        cacheWriteTokens: total('cache_write_input_tokens'),
        outputTokens: total('output_tokens'),
        reasoningTokens: total('reasoning_output_tokens'),
        numTurns: turns.length
    };
}
function codex_createCodexAgent(options = {}) {
    if (options.effort !== undefined && !codex_CODEX_EFFORTS.includes(options.effort)) {
        throw new Error(`unknown codex effort '${options.effort}' (${codex_CODEX_EFFORTS.join(', ')})`);
    }
    const agent = cliAgent('codex', options.onSpawn, (request) => buildCodexInvocation(request, options), async (request, raw) => {
        const lastMessage = await readOptional(rawOutputPathFor(request.reportPath));
        return parseCodexResult(request, { ...raw, lastMessage }, {
            model: options.model ?? CODEX_DEFAULTS.model,
            effort: options.effort ?? CODEX_DEFAULTS.effort
        });
    }, options.agentUser);
    return withIdentity(agent, {
        adapter: 'codex',
        command: options.command ?? CODEX_DEFAULTS.command,
        model: options.model ?? CODEX_DEFAULTS.model,
        effort: options.effort ?? CODEX_DEFAULTS.effort,
        ...agentPath(options)
    });
}

// EXTERNAL MODULE: ./src/adapters/agents/scenario.ts
var scenario = __webpack_require__(31241);
;// CONCATENATED MODULE: ./src/adapters/agents/default-reports.ts

/**
 * The report a scripted lane returns when its scenario says nothing about the report: the
 * uneventful path, so a scenario only spells out what differs.
 *
 * - execute: `implemented`, next state `verify`; `files_touched` = the script's writes.
 * - fix / remediation: `changes_applied`, next state `reverify`, `loop_round` from the cycle.
 * - audit_codex / audit_claude: `pass`, no findings, next state `pass`.
 * - triage: `pass` \u2192 `passed`, no findings, nothing suppressed.
 *
 * Field sets follow the report schemas in schemas/ (generated from src/core/schemas/reports.ts).
 */
function default_reports_defaultReport(call, filesTouched) {
    const identity = { item_id: call.itemId, attempt_number: call.attempt };
    switch (call.lane) {
        case 'execute':
            return {
                schema_version: 'plan_orchestrator.execution_report.v1',
                stage: 'execute',
                ...identity,
                summary: 'Scripted execution completed.',
                verdict: 'implemented',
                consulted_inputs: [],
                files_touched: [...filesTouched],
                artifacts_created: [],
                red_green: noRedGreen(),
                scope_compliance: withinScope(),
                unresolved_dependencies: [],
                residual_risks: [],
                next_recommended_state: 'verify'
            };
        case 'fix':
        case 'remediation':
            return {
                schema_version: 'plan_orchestrator.fix_report.v1',
                stage: call.lane,
                ...identity,
                loop_round: Math.max(1, roundOf(call.cycle)),
                summary: `Scripted ${call.lane} completed.`,
                verdict: 'changes_applied',
                source_finding_ids: [],
                files_touched: [...filesTouched],
                artifacts_created: [],
                red_green: noRedGreen(),
                scope_compliance: withinScope(),
                residual_open_items: [],
                residual_risks: [],
                next_recommended_state: 'reverify'
            };
        case 'audit_codex':
        case 'audit_claude':
            return {
                schema_version: 'plan_orchestrator.audit_report.v1',
                audit_lane: auditLane(call.lane),
                ...identity,
                summary: 'Scripted audit found nothing to report.',
                overall_verdict: 'pass',
                audited_artifacts: [],
                positive_signals: ['Scripted audit: no issues.'],
                limitations: [],
                findings: [],
                next_recommended_state: 'pass'
            };
        case 'triage':
            return {
                schema_version: 'plan_orchestrator.triage_report.v1',
                stage: 'triage',
                ...identity,
                summary: 'Scripted triage: nothing blocks the item.',
                overall_decision: 'pass',
                reasoning_notes: [],
                merged_findings: [],
                suppressed_findings: [],
                next_stage: 'passed'
            };
    }
}
function auditLane(lane) {
    return lane === 'audit_claude' ? 'claude' : 'codex';
}
function noRedGreen() {
    return {
        required: false,
        tests_added_or_updated: [],
        red_commands: [],
        red_failure_evidence: 'Not required for this item.',
        green_commands: [],
        green_pass_evidence: 'Not required for this item.'
    };
}
function withinScope() {
    return {
        status: 'within_scope',
        notes: 'Scripted changes stay inside the allowed roots.',
        scope_exceptions: []
    };
}

;// CONCATENATED MODULE: ./src/adapters/agents/scripted-children.ts







/**
 * The scripted agent's child processes: process faults acted out by a tiny Node child, `run`
 * steps as `bash -c`, and commits made behind the orchestrator's back. They go through the
 * shared process runner, so timeouts, group kills and the agent user take the real path.
 */
/** Runs the process steps it is given as JSON in argv[1]; CommonJS because of `node -e`. */
const PROCESS_STEPS_SCRIPT = (/* unused pure expression or super */ null && (`
const { spawn } = require('node:child_process')
const steps = JSON.parse(process.argv[1])
const wait = (ms) => new Promise((done) => setTimeout(done, ms))
async function main() {
  for (const step of steps) {
    if ('sleep_ms' in step) {
      const end = Date.now() + step.sleep_ms
      while (Date.now() < end) {
        process.stdout.write('scripted agent: working\\n')
        await wait(Math.min(100, end - Date.now()))
      }
    } else if ('stdout_bytes' in step) {
      const block = Buffer.from(('scripted agent: flooding stdout '.padEnd(99, '.') + '\\n').repeat(640))
      let left = step.stdout_bytes
      while (left > 0) {
        const chunk = block.subarray(0, Math.min(block.length, left))
        left -= chunk.length
        if (!process.stdout.write(chunk)) await new Promise((done) => process.stdout.once('drain', done))
      }
    } else if ('exit_code' in step) {
      if (step.stderr) process.stderr.write(step.stderr + '\\n')
      process.exit(step.exit_code)
    } else if (step.fault === 'spawn_grandchild') {
      const grandchild = spawn(process.execPath, ['-e', 'setInterval(() => {}, 60000)'], { stdio: 'ignore' })
      grandchild.unref()
      process.stdout.write('scripted agent: grandchild ' + grandchild.pid + '\\n')
    } else if (step.fault === 'spawn_setsid_grandchild' || step.fault === 'spawn_hidden_daemon') {
      // detached: the daemon calls setsid(), leaving this process group and session.
      const hidden = step.fault === 'spawn_hidden_daemon'
      const daemon = spawn(process.execPath, ['-e', 'process.on("SIGTERM", () => {}); setInterval(() => {}, 60000)'], {
        stdio: 'ignore',
        detached: true,
        ...(hidden ? { cwd: '/', env: {} } : {})
      })
      daemon.unref()
      process.stdout.write('scripted agent: daemon ' + daemon.pid + '\\n')
    } else {
      if (step.fault === 'hang_ignoring_sigterm') process.on('SIGTERM', () => {})
      setInterval(() => {}, 60000)
      await new Promise(() => {})
    }
  }
}
main()
`));
function isProcessStep(step) {
    if ('sleep_ms' in step || 'stdout_bytes' in step || 'exit_code' in step)
        return true;
    return 'fault' in step && PROCESS_FAULTS.includes(step.fault);
}
function scripted_children_runProcessSteps(steps, request, options, logs, child) {
    // The orchestrator's own node may live where the agent user cannot reach it (a private
    // cache or home); as the agent user, the node on the agent's PATH acts the steps out.
    const node = child.runAs === undefined ? process.execPath : 'node';
    return runScenarioChild(node, ['-e', PROCESS_STEPS_SCRIPT, JSON.stringify(steps)], {
        request,
        options,
        logs,
        child
    });
}
/** A `run` step: one `bash -c` child, as a real agent's shell tool would run it. */
function scripted_children_runShellStep(command, request, options, logs, child) {
    return runScenarioChild('bash', ['-c', command], { request, options, logs, child });
}
function runScenarioChild(command, args, context) {
    const { request, options, logs, child } = context;
    const onSpawn = spawnReporter(options.onSpawn, request, { command, args });
    const sourceEnv = options.sourceEnv ?? process.env;
    const run = (homeEnv) => runProcess({
        command,
        args,
        cwd: request.cwd,
        env: {
            ...buildAgentEnv({ ...sourceEnv, ...child.env }, 'scripted', {
                passThrough: [...(options.passThrough ?? []), ...Object.keys(child.env)],
                deny: CALL_HOME_VARIABLES
            }),
            ...homeEnv
        },
        stdin: { kind: 'ignore' },
        ...logs,
        appendLogs: true,
        timeoutMs: request.timeoutMs,
        idleTimeoutMs: request.idleTimeoutMs,
        killGraceMs: request.killGraceMs,
        maxLogBytes: request.maxLogBytes,
        ...(request.stage === undefined ? {} : { stage: request.stage }),
        ...(onSpawn ? { onSpawn } : {}),
        ...(child.runAs ? { runAs: child.runAs } : {})
    });
    // Like the CLI agents: a fresh, empty home per call (no login to copy); as the agent user,
    // the home of the call's own directory (named in child.env).
    if (child.runAs !== undefined)
        return run(Object.fromEntries(Object.entries(child.env).filter(([name]) => CALL_HOME_VARIABLES.includes(name))));
    const callHome = {
        parentDir: options.callHomeParent ?? defaultCallHomeParent(sourceEnv),
        ...(options.callHomeOwner ? { owner: options.callHomeOwner } : {})
    };
    return withCallHome(callHome, (home) => run(home.env));
}
/** Stages and commits the whole worktree as the agent, behind the orchestrator's back. */
async function scripted_children_commitAsAgent(cwd, message) {
    const git = promisify(execFile);
    // Under isolation the worktree belongs to the agent user while it works.
    const trust = ['-c', `safe.directory=${cwd}`];
    const identity = ['-c', 'user.name=scripted agent', '-c', 'user.email=agent@example.invalid'];
    // The agent's own git, not the orchestrator's: it must not get the hardened settings.
    // eslint-disable-next-line no-restricted-syntax
    await git('git', [...trust, 'add', '-A'], { cwd });
    // eslint-disable-next-line no-restricted-syntax
    await git('git', [...trust, ...identity, 'commit', '-q', '--allow-empty', '-m', message], {
        cwd
    });
}
/** Consecutive process steps share one child, so a grandchild outlives the step that made it. */
function scripted_children_segmentSteps(steps) {
    const segments = [];
    for (const step of steps) {
        const last = segments.at(-1);
        if (!isProcessStep(step))
            segments.push({ step });
        else if (last && 'processSteps' in last)
            last.processSteps.push(step);
        else
            segments.push({ processSteps: [step] });
    }
    return segments;
}

;// CONCATENATED MODULE: ./src/adapters/agents/scripted.ts








const SCRIPTED = 'scripted agent';
function scripted_createScriptedAgent(options = {}) {
    const scenario = options.scenario ??
        (options.scenarioPath ? loadScenarioFile(options.scenarioPath) : { version: 1, scripts: [] });
    return {
        id: 'scripted',
        describe: () => Promise.resolve({
            adapter: 'scripted',
            cli: 'scripted',
            cli_version: null,
            model: null,
            effort: null
        }),
        async run(request) {
            const startedAt = performance.now();
            if (options.agentUser === undefined) {
                try {
                    return await runScripted(request, scenario, options, startedAt);
                }
                catch (error) {
                    return unexpectedFailure(SCRIPTED, error, startedAt);
                }
            }
            // Its processes run as the agent user; its reports stay the orchestrator's to write.
            let outcome;
            let call;
            try {
                call = await options.agentUser.openAgentCall(request);
                outcome = await runScripted(request, scenario, options, startedAt, {
                    env: call.request.env,
                    runAs: call.runAs
                });
            }
            catch (error) {
                outcome = unexpectedFailure(SCRIPTED, error, startedAt);
            }
            try {
                await call?.close();
            }
            catch (error) {
                return unexpectedFailure(SCRIPTED, error, startedAt);
            }
            return outcome;
        }
    };
}
async function runScripted(request, scenario, options, startedAt, child = { env: request.env }) {
    const call = {
        lane: request.lane,
        itemId: request.itemId,
        attempt: request.attempt,
        cycle: request.cycleTag
    };
    const script = selectScript(scenario, call);
    const logs = await prepareRun(request);
    const note = (line) => appendFile(logs.stdoutPath, `scripted agent: ${line}\n`, 'utf8');
    await note(script ? `running the ${request.lane} script` : `no script: default ${request.lane}`);
    const elapsed = () => Math.round(performance.now() - startedAt);
    const written = [];
    const reported = [];
    const withUsage = async (outcome) => {
        const usage = await scriptedUsage(request, options, reported, logs.stdoutPath);
        return usage === undefined ? outcome : { ...outcome, usage };
    };
    let final;
    let logged;
    const leftRunning = [];
    const processRecord = () => ({
        ...(logged === undefined ? {} : { logs: logged }),
        ...(leftRunning.length === 0 ? {} : { leftRunning: [...leftRunning] })
    });
    for (const segment of segmentSteps(script?.steps ?? [])) {
        if ('processSteps' in segment) {
            const run = await runProcessSteps(segment.processSteps, request, options, logs, child);
            logged = addLogSizes(logged, run.logs);
            leftRunning.push(...(processFields(run).leftRunning ?? []));
            const base = { ...processFields(run), durationMs: elapsed(), ...processRecord() };
            const failure = processFailure(run, SCRIPTED);
            if (failure)
                return withUsage({ ...base, ...failure });
            if (run.exitCode === 0)
                continue;
            const stderr = tailLines((await readOptional(logs.stderrPath)) ?? '');
            const reason = `${SCRIPTED} exited with code ${run.exitCode}`;
            return withUsage({ ...base, status: 'exit_nonzero', diagnostics: [reason, ...stderr] });
        }
        const step = segment.step;
        if ('usage' in step) {
            reported.push(step.usage);
        }
        else if ('run' in step) {
            const command = String(substitutePlaceholders(step.run, call));
            await note(`running: ${command}`);
            const run = await runShellStep(command, request, options, logs, child);
            logged = addLogSizes(logged, run.logs);
            leftRunning.push(...(processFields(run).leftRunning ?? []));
            const failure = processFailure(run, SCRIPTED);
            if (failure)
                return withUsage({
                    ...processFields(run),
                    durationMs: elapsed(),
                    ...processRecord(),
                    ...failure
                });
            // Like a tool call inside a real agent: a failing command does not end the call.
            await note(`command exited with ${run.exitCode ?? run.signal}`);
        }
        else if ('write' in step) {
            const paths = await applyWrites(step.write, request.cwd, call);
            written.push(...paths);
            await note(`wrote ${paths.join(', ')}`);
        }
        else if ('write_bytes' in step) {
            const sizes = step.write_bytes;
            for (const [path, bytes] of Object.entries(sizes)) {
                const target = resolve(request.cwd, String(substitutePlaceholders(path, call)));
                await mkdir(dirname(target), { recursive: true });
                await writeFile(target, '');
                await truncate(target, bytes);
                written.push(relative(request.cwd, target).split('\\').join('/'));
            }
            await note(`wrote ${Object.keys(sizes).join(', ')} (sized)`);
        }
        else if ('symlink' in step) {
            const links = step.symlink;
            for (const [path, target] of Object.entries(links)) {
                const link = resolve(request.cwd, path);
                await mkdir(dirname(link), { recursive: true });
                await symlink(target, link);
                written.push(path);
            }
            await note(`linked ${Object.keys(links).join(', ')}`);
        }
        else if ('commit' in step) {
            const message = String(step.commit);
            await commitAsAgent(request.cwd, message);
            await note(`committed "${message}"`);
        }
        else if ('agent_error' in step) {
            return withUsage({ ...agentError(step.agent_error), durationMs: elapsed() });
        }
        else {
            final = step;
        }
    }
    const outcome = await finalOutcome(final, call, written, request);
    return settleReport(request, await withUsage({
        exitCode: 0,
        signal: null,
        durationMs: elapsed(),
        ...processRecord(),
        ...outcome
    }));
}
/** The process segments of one call append to the same logs: their sizes add up. */
function addLogSizes(sum, next) {
    if (next === undefined)
        return sum;
    if (sum === undefined)
        return next;
    const add = (a, b) => ({
        totalBytes: a.totalBytes + b.totalBytes,
        truncated: a.truncated || b.truncated
    });
    return { stdout: add(sum.stdout, next.stdout), stderr: add(sum.stderr, next.stderr) };
}
/**
 * The call's usage as the real CLI of its lane would report it: the scenario's `usage` steps
 * become codex `turn.completed` events or one claude result envelope (kept in the stdout log,
 * as the CLI would print them) and are read back by the real adapters' parsers.
 */
async function scriptedUsage(request, options, reported, stdoutPath) {
    const claude = request.lane === 'audit_claude';
    const configured = (claude ? options.models?.claude : options.models?.codex) ?? {};
    const named = [...reported].reverse();
    const model = named.find((usage) => usage.model !== undefined)?.model ?? configured.model;
    const effort = named.find((usage) => usage.effort !== undefined)?.effort ?? configured.effort;
    const identity = {
        ...(model === undefined ? {} : { model }),
        ...(effort === undefined ? {} : { effort })
    };
    if (reported.length === 0)
        return Object.keys(identity).length === 0 ? undefined : identity;
    const sum = (field) => {
        const values = reported.map((usage) => usage[field]).filter((v) => typeof v === 'number');
        return values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0);
    };
    const defined = (fields) => Object.fromEntries(Object.entries(fields).filter((entry) => entry[1] !== undefined));
    if (claude) {
        const cost = sum('total_cost_usd');
        const envelope = {
            type: 'result',
            subtype: 'success',
            is_error: false,
            ...defined({ num_turns: sum('num_turns'), total_cost_usd: cost }),
            usage: defined({
                input_tokens: sum('input_tokens') ?? 0,
                cache_read_input_tokens: sum('cache_read_input_tokens'),
                cache_creation_input_tokens: sum('cache_creation_input_tokens'),
                output_tokens: sum('output_tokens') ?? 0
            }),
            modelUsage: model === undefined ? {} : { [model]: defined({ costUSD: cost }) }
        };
        await appendFile(stdoutPath, `${JSON.stringify(envelope)}\n`, 'utf8');
        return { ...envelopeUsage(envelope, identity), ...identity };
    }
    const events = reported.map((usage) => ({
        type: 'turn.completed',
        usage: {
            input_tokens: usage.input_tokens ?? 0,
            cached_input_tokens: usage.cached_input_tokens ?? 0,
            cache_write_input_tokens: usage.cache_write_input_tokens ?? 0,
            output_tokens: usage.output_tokens ?? 0,
            reasoning_output_tokens: usage.reasoning_output_tokens ?? 0
        }
    }));
    await appendFile(stdoutPath, events.map((event) => `${JSON.stringify(event)}\n`).join(''), 'utf8');
    return { ...codexUsageFromEvents(events), ...identity };
}
/** Fresh logs, no stale report, and the prompt kept for the record, as the CLI adapters do. */
async function prepareRun(request) {
    const logs = logPathsFor(request);
    await mkdir(request.logDir, { recursive: true });
    await writeFile(logs.stdoutPath, '', 'utf8');
    await writeFile(logs.stderrPath, '', 'utf8');
    for (const path of [request.reportPath, rawOutputPathFor(request.reportPath)]) {
        await rm(path, { force: true });
    }
    await mkdir(dirname(request.promptFile), { recursive: true });
    await writeFile(request.promptFile, request.promptText, 'utf8');
    return logs;
}
function agentError(error) {
    const auth = /not logged in|\b40[13]\b|unauthori[sz]ed/i.test(error.message);
    return {
        status: auth ? 'auth_error' : 'error_envelope',
        exitCode: 1,
        signal: null,
        diagnostics: [
            `${SCRIPTED} reported an error (subtype ${error.subtype ?? 'success'})`,
            error.message
        ]
    };
}
async function finalOutcome(final, call, written, request) {
    if (final === undefined)
        return { status: 'ok', report: defaultReport(call, written), diagnostics: [] };
    if ('report' in final) {
        return { status: 'ok', report: substitutePlaceholders(final.report, call), diagnostics: [] };
    }
    if ('report_fields' in final) {
        const fields = substitutePlaceholders(final.report_fields, call);
        return { status: 'ok', report: { ...defaultReport(call, written), ...fields }, diagnostics: [] };
    }
    if ('fault' in final && final.fault === 'no_report') {
        return { status: 'no_report', diagnostics: [`${SCRIPTED} returned no report (scripted fault)`] };
    }
    const text = 'raw_report' in final
        ? String(substitutePlaceholders(final.raw_report, call))
        : '{"schema_version": "plan_orchestrator.';
    const rawOutputPath = rawOutputPathFor(request.reportPath);
    await writeFile(rawOutputPath, text, 'utf8');
    // Mirror the real adapters: claude's text is read leniently, codex's strictly.
    const report = call.lane === 'audit_claude' ? extractReportFromText(text) : parseJsonObject(text);
    return report === undefined
        ? {
            status: 'unparseable_report',
            rawOutputPath,
            diagnostics: [`${SCRIPTED} report is not one JSON object`]
        }
        : { status: 'ok', report, rawOutputPath, diagnostics: [] };
}
async function applyWrites(writes, cwd, call) {
    const paths = [];
    for (const [rawPath, rawContent] of Object.entries(writes)) {
        const path = String(substitutePlaceholders(rawPath, call));
        const target = resolve(cwd, path);
        const inside = relative(cwd, target);
        if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
            throw new Error(`scenario write '${path}' leaves the worktree`);
        }
        if (rawContent === null) {
            await rm(target, { force: true });
        }
        else {
            await mkdir(dirname(target), { recursive: true });
            await writeFile(target, String(substitutePlaceholders(rawContent, call)), 'utf8');
        }
        paths.push(inside.split('\\').join('/'));
    }
    return paths;
}

;// CONCATENATED MODULE: ./src/adapters/agents/index.ts



/**
 * Which agent serves which lane. Codex makes the changes, audits once and triages; claude is
 * the second, independent auditor. `scripted` serves every lane from one scenario.
 */
function agents_createAgents(kind, options = {}) {
    const shared = options.passThrough ?? [];
    const merged = (own) => [...shared, ...(own ?? [])];
    const isolated = options.agentUser === undefined ? {} : { agentUser: options.agentUser };
    if (kind === 'scripted') {
        const scripted = createScriptedAgent({
            models: {
                codex: { model: options.codex?.model, effort: options.codex?.effort },
                claude: { model: options.claude?.model, effort: options.claude?.effort }
            },
            ...options.scripted,
            ...isolated,
            passThrough: merged(options.scripted?.passThrough)
        });
        return {
            execute: scripted,
            fix: scripted,
            remediation: scripted,
            audit_codex: scripted,
            audit_claude: scripted,
            triage: scripted
        };
    }
    const codex = createCodexAgent({
        ...options.codex,
        ...isolated,
        passThrough: merged(options.codex?.passThrough)
    });
    const claude = createClaudeAgent({
        ...options.claude,
        ...isolated,
        passThrough: merged(options.claude?.passThrough)
    });
    return {
        execute: codex,
        fix: codex,
        remediation: codex,
        audit_codex: codex,
        audit_claude: claude,
        triage: codex
    };
}

;// CONCATENATED MODULE: ./src/adapters/command-runner.ts


/**
 * Verification commands: `bash -c`, stdin closed, output merged into one log, own process
 * group, and a fresh, empty HOME (and CODEX_HOME, CLAUDE_CONFIG_DIR) per command: the code a
 * command runs is the agent's, and nothing it writes into its home may reach a later call.
 * Under isolation they run as the agent user, with the home of the command's own directory,
 * in the worktree handed over for the command and taken back after it.
 */
function command_runner_createCommandRunner(options) {
    return {
        async run(input) {
            const env = Object.fromEntries(Object.entries(input.env).filter(([name]) => !CALL_HOME_VARIABLES.includes(name)));
            const isolated = options.agentUser === undefined ? undefined : await options.agentUser.openCommand(input.cwd);
            const run = (homeEnv) => runProcess({
                command: 'bash',
                args: ['-c', input.command],
                cwd: input.cwd,
                env: { ...env, ...homeEnv },
                stdin: { kind: 'ignore' },
                stdoutPath: input.logPath,
                stderrPath: input.logPath,
                timeoutMs: input.timeoutMs,
                killGraceMs: 2000,
                maxLogBytes: input.maxLogBytes,
                ...(input.stage === undefined ? {} : { stage: input.stage }),
                ...(isolated === undefined ? {} : { runAs: isolated.runAs })
            });
            try {
                const callHome = {
                    parentDir: options.callHomeParent,
                    ...(options.callHomeOwner ? { owner: options.callHomeOwner } : {})
                };
                const result = isolated === undefined
                    ? await withCallHome(callHome, (home) => run(home.env))
                    : await run(isolated.env);
                return {
                    exitCode: result.exitCode,
                    timedOut: result.timedOut !== false,
                    durationMs: result.durationMs,
                    ...(result.logs === undefined ? {} : { log: result.logs.stdout })
                };
            }
            finally {
                await isolated?.close();
            }
        }
    };
}

// EXTERNAL MODULE: ./src/adapters/git/errors.ts
var git_errors = __webpack_require__(88668);
;// CONCATENATED MODULE: ./src/adapters/git/cat-file-batch.ts
/**
 * One `git cat-file --batch` process, asked for objects in rounds: the caller writes a round
 * of names and reads their answers in the same order before it writes the next, so a walk
 * whose next names come from the objects just read (a tree's subtrees) costs one process.
 */



class cat_file_batch_CatFileBatch {
    child;
    reader;
    exited;
    stderr = '';
    constructor(repoRoot) {
        this.child = spawn('git', [...HARDENED_ARGS, 'cat-file', '--batch'], {
            cwd: repoRoot,
            env: hardenedGitEnv(),
            stdio: ['pipe', 'pipe', 'pipe']
        });
        this.exited = new Promise((resolve, reject) => {
            this.child.once('error', reject);
            // 'exit', not 'close': the output stream is not read to its end once the answers are in.
            this.child.once('exit', (code) => resolve(code));
        });
        this.exited.catch(() => undefined);
        this.child.stderr.on('data', (chunk) => (this.stderr += chunk.toString('utf8')));
        this.child.stdin.on('error', () => undefined);
        this.reader = new ByteReader(this.child.stdout);
    }
    /** Asks for `names` (object ids or revisions such as `<commit>^{tree}`), one per line. */
    request(names) {
        for (const name of names) {
            if (name.includes('\n'))
                throw new GitAdapterError('command_failed', `bad object name`);
        }
        if (names.length > 0)
            this.child.stdin.write(names.map((name) => `${name}\n`).join(''));
    }
    /** The answer to the next name asked for; `what` names it in the error when git has none. */
    async next(what) {
        const header = (await this.reader.line()).split(' ');
        const [id = '', type = '', size] = header;
        if (size === undefined || !/^[0-9]+$/.test(size)) {
            throw new GitAdapterError('command_failed', `git cat-file gave '${header.join(' ')}' for ${what}`);
        }
        const content = await this.reader.bytes(Number(size));
        await this.reader.bytes(1);
        return { id, type, content };
    }
    /**
     * Ends the input once every answer was read and waits for git to exit on its own: killing
     * it here would hide a failure its exit code reports.
     */
    async close() {
        this.child.stdin.end();
        const code = await this.exited.catch(() => null);
        if (code !== 0) {
            const detail = this.stderr.trim();
            throw new GitAdapterError('command_failed', `git cat-file failed${detail === '' ? ` (exit code ${String(code)})` : `: ${detail}`}`);
        }
    }
    /** Stops the process whatever state it is in (after an error). */
    stop() {
        this.child.stdout.destroy();
        this.child.kill();
    }
}
/**
 * Reads lines and exact byte counts from a stream of chunks. Each byte is copied once, into
 * what `line` or `bytes` returns: a tree of thousands of small blobs arrives many objects per
 * chunk, and one large blob across many chunks.
 */
class ByteReader {
    chunks;
    /** Unread data: `pending[0]` from `offset` on, then the later chunks whole. */
    pending = [];
    offset = 0;
    length = 0;
    constructor(stream) {
        this.chunks = stream[Symbol.asyncIterator]();
    }
    async line() {
        let searched = 0;
        for (;;) {
            const end = this.newlineAt(searched);
            if (end >= 0)
                return this.take(end + 1).toString('utf8', 0, end);
            searched = this.length;
            if (!(await this.more()))
                throw new GitAdapterError('command_failed', 'git cat-file ended early');
        }
    }
    async bytes(count) {
        while (this.length < count) {
            if (!(await this.more()))
                throw new GitAdapterError('command_failed', 'git cat-file ended early');
        }
        return this.take(count);
    }
    /** Where the first newline at or after unread byte `from` is, counted in unread bytes. */
    newlineAt(from) {
        let before = 0;
        for (const [index, chunk] of this.pending.entries()) {
            const start = index === 0 ? this.offset : 0;
            const size = chunk.length - start;
            if (before + size > from) {
                const found = chunk.indexOf(0x0a, start + Math.max(0, from - before));
                if (found >= 0)
                    return before + found - start;
            }
            before += size;
        }
        return -1;
    }
    take(count) {
        const taken = Buffer.allocUnsafe(count);
        let filled = 0;
        while (filled < count) {
            const chunk = this.pending[0];
            if (chunk === undefined)
                break;
            const copied = chunk.copy(taken, filled, this.offset, Math.min(chunk.length, this.offset + count - filled));
            filled += copied;
            this.offset += copied;
            if (this.offset === chunk.length) {
                this.pending.shift();
                this.offset = 0;
            }
        }
        this.length -= count;
        return taken;
    }
    async more() {
        const next = await this.chunks.next();
        if (next.done)
            return false;
        this.pending.push(next.value);
        this.length += next.value.length;
        return true;
    }
}

;// CONCATENATED MODULE: ./src/adapters/git/tree-export.ts
/**
 * Writes the tree of one commit into a plain directory, byte for byte as git stores it: no
 * checkout, no `.git`, no smudge filters or line-ending conversion, and no `export-ignore` /
 * `export-subst` (which `git archive` honours from the commit's own `.gitattributes`, so a
 * change could hide a file from its reviewers). The review lanes work in such a copy.
 */





/**
 * The entries of `commit`'s tree, recursively (blobs and submodule commits), in the order
 * `git ls-tree -r` lists them: read through `batch`, one round of requests per tree depth.
 */
async function listTree(batch, commit) {
    batch.request([`${commit}^{tree}`]);
    const root = await batch.next(`the tree of ${commit}`);
    if (root.type !== 'tree')
        throw new GitAdapterError('command_failed', `${commit} names no tree (${root.type})`);
    const idBytes = root.id.length / 2;
    const trees = new Map([['', parseTree(root.content, idBytes)]]);
    let level = [''];
    while (level.length > 0) {
        const subtrees = level.flatMap((dir) => (trees.get(dir) ?? [])
            .filter((entry) => entry.kind === 'tree')
            .map((entry) => ({ path: joined(dir, entry.name), objectId: entry.objectId })));
        batch.request(subtrees.map((subtree) => subtree.objectId));
        for (const subtree of subtrees) {
            const tree = await batch.next(`${subtree.path} (${subtree.objectId})`);
            if (tree.id !== subtree.objectId || tree.type !== 'tree')
                throw new GitAdapterError('command_failed', `git cat-file gave '${tree.id} ${tree.type}' for ${subtree.path} (${subtree.objectId})`);
            trees.set(subtree.path, parseTree(tree.content, idBytes));
        }
        level = subtrees.map((subtree) => subtree.path);
    }
    const entries = [];
    const flatten = (dir) => {
        for (const entry of trees.get(dir) ?? []) {
            const path = joined(dir, entry.name);
            if (entry.kind === 'tree')
                flatten(path);
            else {
                assertSafePath(path);
                entries.push({ path, kind: entry.kind, objectId: entry.objectId });
            }
        }
    };
    flatten('');
    return entries;
}
function joined(dir, name) {
    return dir === '' ? name : `${dir}/${name}`;
}
/**
 * A tree object: `<octal mode> <name>` NUL `<binary object id>`, repeated. Modes are taken
 * as git takes them (`canon_mode`): any regular file is 100644 or 100755 by its owner's
 * execute bit, and a type git does not know is a submodule.
 */
function parseTree(content, idBytes) {
    const entries = [];
    let position = 0;
    while (position < content.length) {
        const space = content.indexOf(0x20, position);
        const nul = content.indexOf(0, space + 1);
        const mode = Number.parseInt(content.toString('latin1', position, space), 8);
        if (space < 0 || nul < 0 || nul + 1 + idBytes > content.length || Number.isNaN(mode))
            throw new GitAdapterError('command_failed', 'git cat-file gave a malformed tree object');
        entries.push({
            name: content.toString('utf8', space + 1, nul),
            kind: kindOf(mode),
            objectId: content.toString('hex', nul + 1, nul + 1 + idBytes)
        });
        position = nul + 1 + idBytes;
    }
    return entries;
}
function kindOf(mode) {
    const type = mode & 0o170000;
    if (type === 0o040000)
        return 'tree';
    if (type === 0o100000)
        return mode & 0o100 ? 'executable' : 'file';
    if (type === 0o120000)
        return 'symlink';
    return 'submodule';
}
/** Git refuses such paths in a checkout; a hand-made tree object could still hold them. */
function assertSafePath(path) {
    const parts = path.split('/');
    if (path === '' ||
        path.startsWith('/') ||
        parts.some((part) => part === '' || part === '.' || part === '..' || part.toLowerCase() === '.git')) {
        throw new GitAdapterError('command_failed', `the commit holds an unsafe path: ${path}`);
    }
}
/**
 * Exports `commit` into `target` (which must be empty or absent) and returns its entries.
 * Trees and blobs come from one `git cat-file --batch` process, streamed, so a large tree
 * costs one process, not one per file.
 */
async function tree_export_exportCommitTree(repoRoot, commit, target) {
    const batch = new CatFileBatch(repoRoot);
    try {
        const entries = await listTree(batch, commit);
        await mkdir(target, { recursive: true });
        const blobs = entries.filter((entry) => entry.kind !== 'submodule');
        for (const entry of entries.filter((candidate) => candidate.kind === 'submodule')) {
            // Not checked out, as in a fresh clone: an empty directory marks it.
            await mkdir(join(target, entry.path), { recursive: true });
        }
        await readBlobs(batch, blobs, async (entry, content) => {
            const path = join(target, entry.path);
            await mkdir(dirname(path), { recursive: true });
            if (entry.kind === 'symlink')
                await symlink(content.toString('utf8'), path);
            else
                await writeFile(path, content, { flag: 'wx', mode: 0o600 });
        });
        await batch.close();
        return entries;
    }
    finally {
        batch.stop();
    }
}
/** The object id git gives `content` as a blob, in the hash of `likeId` (SHA-1 or SHA-256). */
function tree_export_blobId(content, likeId) {
    const algorithm = likeId.length === 64 ? 'sha256' : 'sha1';
    return createHash(algorithm).update(`blob ${content.length}\0`).update(content).digest('hex');
}
async function readBlobs(batch, entries, onBlob) {
    batch.request(entries.map((entry) => entry.objectId));
    for (const entry of entries) {
        const blob = await batch.next(`${entry.path} (${entry.objectId})`);
        if (blob.id !== entry.objectId || blob.type !== 'blob') {
            throw new GitAdapterError('command_failed', `git cat-file gave '${blob.id} ${blob.type} ${blob.content.length}' for ${entry.path} (${entry.objectId})`);
        }
        await onBlob(entry, blob.content);
    }
}

;// CONCATENATED MODULE: ./src/adapters/review-copy.ts






function review_copy_createReviewCopies(options) {
    return {
        async create(input) {
            await mkdir(options.parentDir, { recursive: true });
            const container = await mkdtemp(join(options.parentDir, 'plan-orchestrator-review-'));
            const forget = removeAtExit(container);
            try {
                // Traversable for an agent user, not listable: the copy's name is not guessable.
                await chmod(container, 0o711);
                const root = join(container, `checkpoint-${randomBytes(6).toString('hex')}`);
                const expected = new Map();
                for (const entry of await exportCommitTree(input.repoRoot, input.checkpoint, root)) {
                    expected.set(entry.path, await expectedEntry(root, entry));
                    addParents(expected, entry.path);
                }
                const copy = new ReadOnlyCopy(container, root, expected, input.checkpoint, forget);
                for (const file of input.packet)
                    await copy.writePacketFile(file.name, file.source);
                await lockTree(root, expected);
                return copy;
            }
            catch (error) {
                await removeTree(container);
                forget();
                throw error;
            }
        }
    };
}
class ReadOnlyCopy {
    container;
    path;
    expected;
    likeId;
    forget;
    constructor(container, path, expected, likeId, forget) {
        this.container = container;
        this.path = path;
        this.expected = expected;
        this.likeId = likeId;
        this.forget = forget;
    }
    async addPacketFile(name, source) {
        assertPacketName(name);
        const packet = join(this.path, PACKET_DIR);
        await chmod(packet, 0o755);
        try {
            const relative = await this.writePacketFile(name, source);
            await chmod(join(this.path, relative), 0o444);
            return relative;
        }
        finally {
            await chmod(packet, 0o555);
        }
    }
    /** Only while the copy is being made, or inside `addPacketFile`. */
    async writePacketFile(name, source) {
        assertPacketName(name);
        const relative = `${PACKET_DIR}/${name}`;
        const content = await readFile(source);
        await mkdir(dirname(join(this.path, relative)), { recursive: true });
        await writeFile(join(this.path, relative), content, { flag: 'wx', mode: 0o600 });
        this.expected.set(relative, { kind: 'file', content: blobId(content, this.likeId) });
        addParents(this.expected, relative);
        return relative;
    }
    async changes() {
        const problems = [];
        const rootInfo = await lstat(this.path).catch(() => undefined);
        if (!rootInfo?.isDirectory())
            return ['. (removed)'];
        if ((rootInfo.mode & 0o222) !== 0)
            problems.push('. (made writable)');
        const found = new Map();
        await walk(this.path, '', found);
        for (const [path, actual] of found) {
            const want = this.expected.get(path);
            if (want === undefined) {
                problems.push(`${path} (added)`);
            }
            else if (want.kind !== actual.kind && !sameFileKind(want.kind, actual.kind)) {
                problems.push(`${path} (replaced)`);
            }
            else if ((actual.mode & 0o222) !== 0) {
                problems.push(`${path} (made writable)`);
            }
            else if (want.content !== undefined && !(await this.sameContent(path, want))) {
                problems.push(`${path} (changed)`);
            }
        }
        for (const path of this.expected.keys()) {
            if (!found.has(path))
                problems.push(`${path} (removed)`);
        }
        return problems.sort();
    }
    async sameContent(path, want) {
        const absolute = join(this.path, path);
        if (want.kind === 'symlink')
            return (await readlink(absolute).catch(() => '')) === want.content;
        const content = await readFile(absolute).catch(() => undefined);
        return content !== undefined && blobId(content, this.likeId) === want.content;
    }
    async remove() {
        await removeTree(this.container);
        this.forget();
    }
}
function assertPacketName(name) {
    if (name === '' || name.includes('/') || name.startsWith('.')) {
        throw new Error(`bad packet file name: ${name}`);
    }
}
async function expectedEntry(root, entry) {
    if (entry.kind === 'submodule')
        return { kind: 'directory' };
    if (entry.kind === 'symlink') {
        return { kind: 'symlink', content: await readlink(join(root, entry.path)) };
    }
    return { kind: entry.kind, content: entry.objectId };
}
function addParents(expected, path) {
    const parts = path.split('/');
    for (let end = parts.length - 1; end > 0; end -= 1) {
        const parent = parts.slice(0, end).join('/');
        if (expected.has(parent))
            return;
        expected.set(parent, { kind: 'directory' });
    }
}
/** A file's execute bit is checked through its mode below, not its kind. */
function sameFileKind(want, actual) {
    const files = ['file', 'executable'];
    return files.includes(want) && files.includes(actual);
}
async function walk(root, prefix, found) {
    for (const name of await readdir(join(root, prefix))) {
        const path = prefix === '' ? name : `${prefix}/${name}`;
        const info = await lstat(join(root, path));
        if (info.isSymbolicLink()) {
            found.set(path, { kind: 'symlink', mode: 0 });
        }
        else if (info.isDirectory()) {
            // An empty directory is a submodule placeholder or a plain directory; both lock alike.
            found.set(path, { kind: 'directory', mode: info.mode });
            await walk(root, path, found);
        }
        else {
            found.set(path, { kind: info.mode & 0o100 ? 'executable' : 'file', mode: info.mode });
        }
    }
}
/** Files 0444 (0555 when executable), directories 0555, the copy's root last. */
async function lockTree(root, expected) {
    const paths = [...expected.keys()].sort((a, b) => b.split('/').length - a.split('/').length);
    for (const path of paths) {
        const entry = expected.get(path);
        if (entry.kind === 'symlink')
            continue;
        const mode = entry.kind === 'file' ? 0o444 : 0o555;
        await chmod(join(root, path), mode);
    }
    await chmod(root, 0o555);
}

// EXTERNAL MODULE: ./src/adapters/run-scenario.ts
var run_scenario = __webpack_require__(29744);
;// CONCATENATED MODULE: ./src/composition/agents.ts














async function agents_loadAgents(plan, cwd, repoRoot, layout) {
    if (plan.set === 'codex-claude')
        return plan;
    const source = plan.scenario.from === 'file'
        ? await readScenarioFile(cwd, plan.scenario.path, repoRoot)
        : await readRunScenario(layout, plan.scenario);
    return { set: 'scripted', source };
}
function agents_agentsRecord(agents) {
    return agents.set === 'codex-claude'
        ? { set: agents.set, scenario: null }
        : {
            set: agents.set,
            scenario: { source_path: agents.source.sourcePath, sha256: agents.source.sha256 }
        };
}
function agents_planOf(choice) {
    return choice.kind === 'codex-claude'
        ? { set: choice.kind }
        : { set: choice.kind, scenario: { from: 'file', path: choice.scenarioPath } };
}
/** The agents of a new run, from its flags; a flag mistake is a usage error. */
function newRunAgentChoice(flags) {
    const result = newRunAgents(flags);
    if (!result.ok)
        throw new UsageError(result.problem);
    const { plan } = result;
    if (plan.set === 'scripted' && plan.scenario.from === 'file')
        return { kind: 'scripted', scenarioPath: plan.scenario.path };
    return { kind: 'codex-claude' };
}
/** What the agent user must be able to run: the shell verification uses, and the agents' CLIs. */
function agents_agentExecutables(set) {
    return set === 'codex-claude' ? ['bash', 'git', 'codex', 'claude'] : ['bash'];
}
/**
 * Inside GitHub Actions an agent running as the runner's own user can read the job's tokens
 * from the runner's processes; the CLI still runs it (its default), and says so.
 */
function agents_warnWithoutIsolation(env, isolation, warn) {
    if (isolation !== undefined || env.GITHUB_ACTIONS !== 'true')
        return;
    warn?.("agents and verification commands run as this job's own user (no agent user): inside GitHub Actions " +
        "they can read the job's tokens from its processes; name a dedicated user with --agent-user (see docs/security.md)");
}
/**
 * The agent user of a resumed run: --agent-user / --no-agent-user, else
 * PLAN_ORCHESTRATOR_AGENT_USER, else the one the run recorded. Which users exist is the
 * runner's business, not the run's, so a later hop may name its own.
 */
function resumedAgentUser(flag, env, recorded) {
    if (flag !== undefined)
        return checkedAgentUser(flag, '--agent-user');
    const variable = OPTION_ENV.agent_user;
    const fromEnv = env[variable]?.trim();
    if (fromEnv !== undefined && fromEnv !== '')
        return checkedAgentUser(fromEnv, variable);
    return recorded;
}
function checkedAgentUser(name, source) {
    if (name !== null && !AGENT_USER_PATTERN.test(name))
        throw new UserInputError(`${source} ${name}: not an OS user name (letters, digits, _ . -)`);
    return name;
}
/**
 * What keeps agent calls from configuring each other (docs/security.md, "Agent
 * configuration"): a fresh home per verification command (the agents make theirs, see
 * buildAgents), read-only checkpoint copies for the review lanes, and the ambient-config
 * check before every stage, whose baseline is taken now, after preflight passed.
 */
async function agents_agentCallSandbox(env, git, agentUser) {
    const scratch = defaultCallHomeParent(env);
    return {
        runner: createCommandRunner({
            callHomeParent: scratch,
            ...(agentUser === undefined ? {} : { agentUser })
        }),
        // The agent user reaches its copy through the system temp directory, as it reaches its
        // call directories; RUNNER_TEMP may be closed to other users.
        reviewCopies: createReviewCopies({ parentDir: agentUser === undefined ? scratch : tmpdir() }),
        stageGuard: await createStageGuard({ env, git })
    };
}
/**
 * Extra environment variables the agents may see, named in PLAN_ORCHESTRATOR_AGENT_ENV
 * (comma-separated, `NAME_*` patterns allowed): proxies, CLI homes, test doubles. The
 * allowlist's denials (GitHub and npm tokens, git overrides) still apply.
 */
const AGENT_ENV_VARIABLE = 'PLAN_ORCHESTRATOR_AGENT_ENV';
function agentEnvPassThrough(env) {
    return (env[AGENT_ENV_VARIABLE] ?? '')
        .split(',')
        .map((name) => name.trim())
        .filter((name) => name !== '');
}
/**
 * The operator's codex configuration, one `key=value` TOML override per line (`#` comments
 * and blank lines skipped), passed to every codex call as `-c`: with a fresh CODEX_HOME per
 * call it is the only configuration codex gets (a model provider, a gateway). It is on the
 * command line, so it must hold no secret (name the key's variable with `env_key` and list
 * that variable in PLAN_ORCHESTRATOR_AGENT_ENV).
 */
const CODEX_CONFIG_VARIABLE = 'PLAN_ORCHESTRATOR_CODEX_CONFIG';
const TOML_KEY_PART = String.raw `(?:[A-Za-z0-9_-]+|"[^"\\\n]*")`;
const CODEX_OVERRIDE = new RegExp(String.raw `^${TOML_KEY_PART}(?:\.${TOML_KEY_PART})*\s*=\s*\S.*$`);
function agents_codexConfigOverrides(env) {
    const overrides = [];
    for (const [index, raw] of (env[CODEX_CONFIG_VARIABLE] ?? '').split('\n').entries()) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        if (!CODEX_OVERRIDE.test(line)) {
            throw new UserInputError(`${CODEX_CONFIG_VARIABLE} line ${index + 1}: expected key=value (a TOML key and value), got '${line}'`);
        }
        overrides.push(line);
    }
    return overrides;
}
function agents_buildAgents(choice, env, options, agentUser, codexConfig = []) {
    const callHomeParent = defaultCallHomeParent(env);
    return createAgents(choice.set, {
        passThrough: agentEnvPassThrough(env),
        ...(agentUser === undefined ? {} : { agentUser }),
        // The run's recorded policy picks the models, so every attempt of a run uses the same ones.
        codex: {
            model: options.codex_model,
            effort: codexEffort(options.codex_reasoning_effort),
            configOverrides: codexConfig,
            callHomeParent
        },
        claude: { model: options.claude_model, effort: options.claude_effort, callHomeParent },
        ...(choice.set === 'scripted'
            ? { scripted: { scenario: choice.source.scenario, callHomeParent } }
            : {})
    });
}
/**
 * The policy contract allows `minimal`, which today's codex model catalogue refuses; and a
 * cost limit needs a price for the codex model, which reports no cost of its own.
 */
function agents_agentOptionProblems(options) {
    const known = CODEX_EFFORTS;
    return [
        ...(known.includes(options.codex_reasoning_effort)
            ? []
            : [
                `runtime policy codex_reasoning_effort '${options.codex_reasoning_effort}' is not accepted by codex (${CODEX_EFFORTS.join(', ')})`
            ]),
        ...unpricedBudgetProblems(options)
    ];
}
function codexEffort(effort) {
    // Refused when the run was created (agentOptionProblems); a scripted run never reads it.
    const known = CODEX_EFFORTS;
    return known.includes(effort) ? effort : undefined;
}

// EXTERNAL MODULE: ./src/composition/evidence.ts
var evidence = __webpack_require__(22325);
;// CONCATENATED MODULE: ./src/composition-root.ts























const systemClock = { now: () => new Date() };
async function startRun(input) {
    const clock = input.clock ?? systemClock;
    // Checked before the run exists, like every other input.
    const codexConfig = codexConfigOverrides(input.env);
    const git = createGitPort();
    let isolation;
    const { createInput, loaded } = await newRunInput(input, git, clock, (prepared) => {
        isolation = prepared;
    });
    const created = await createRun(createInput);
    warnWithoutIsolation(input.env, isolation, input.warn);
    const agents = buildAgents(loaded, input.env, created.state.options, isolation, codexConfig);
    const evidenceDir = await evidenceDirectory(input.cwd, input.evidenceDir, {
        options: created.state.options
    });
    const sandbox = await agentCallSandbox(input.env, git, isolation);
    return withRunLock(created.layout, 'run', (lock) => withSupervisionBridge(created.layout, input.env, { files: runFiles, liveChildren }, () => withInterruptionGuard(lock, async (interruption) => {
        await isolation?.recover(created.layout.worktreesDir);
        const session = interruption.track(new RunSession(created.layout, created.state, clock, input.progress, runFiles, input.env[FAILPOINT_VARIABLE]));
        const base = {
            session,
            plan: created.plan,
            agents,
            git,
            clock,
            options: created.state.options,
            childEnv: buildChildEnv(input.env),
            integrity: new IntegrityGuard(createIntegrityPort()),
            ...sandbox
        };
        const requested = input.selection.kind === 'items'
            ? input.selection.ids
            : [nextCandidate(session.state)].filter((id) => id !== undefined);
        const explicitList = input.selection.kind === 'items' && input.selection.explicitList;
        const first = requested[0];
        const received = evidenceDir === undefined || first === undefined
            ? undefined
            : await receiveEvidence(base, first, evidenceDir);
        const last = await processQueue(base, requested, {
            continueAfterQueue: created.state.options.auto_advance && !explicitList,
            maxItems: created.state.options.max_items,
            ...(received === undefined ? {} : { evidenceDir: received })
        });
        return {
            run_id: session.state.run_id,
            current_state: session.state.current_state,
            current_item_id: session.state.current_item_id,
            last_terminal_state: last,
            run_state_path: session.layout.runStatePath
        };
    })));
}
/**
 * What `run` asks `createRun` for, checks included; `supervise run` checks the same. The
 * scenario is read here, once: a bad one is refused with the other problems.
 */
async function newRunInput(input, git, clock, onIsolation = () => undefined) {
    const repoRoot = await git.repoRoot(input.cwd).catch(() => undefined);
    let loaded;
    const agentProblems = await refusalOfAsync(async () => {
        loaded = await loadAgents(planOf(input.agents), input.cwd, repoRoot);
    });
    const createInput = {
        cwd: input.cwd,
        playbookPath: input.playbookPath,
        ...(input.configPath === undefined ? {} : { configPath: input.configPath }),
        env: input.env,
        cli: input.cli,
        requestedItems: input.selection.kind === 'items' ? input.selection.ids : [],
        requiredExecutables: executablesOf(input.agents.kind),
        git,
        clock,
        files: runFiles,
        readPlaybook: readPlaybookSource,
        runIdOverride: runIdOverride(input.env),
        // Everything that needs the resolved policy is checked with the rest, before any write.
        checkOptions: async (options) => [
            ...(input.agents.kind === 'codex-claude' ? agentOptionProblems(options) : []),
            ...(loaded === undefined
                ? agentProblems
                : refusalOf(() => buildAgents(loaded, input.env, options, undefined))),
            ...(await refusalOfAsync(() => evidenceDirectory(input.cwd, input.evidenceDir, { options })))
        ],
        async checkAgentUser(options, repoRoot) {
            const setup = await prepareAgentUser(options.agent_user, {
                repoRoot,
                executables: agentExecutables(input.agents.kind),
                env: input.env
            });
            if (!setup.ok)
                return setup.problems;
            onIsolation(setup.isolation);
            return [];
        },
        ...(loaded === undefined
            ? {}
            : {
                agents: {
                    record: agentsRecord(loaded),
                    ...(loaded.set === 'scripted' ? { scenarioText: loaded.source.text } : {})
                }
            })
    };
    return { createInput, loaded };
}
/**
 * The checks `run` makes before it writes anything, without running: `supervise run` refuses
 * with them before it writes its own files.
 */
async function checkNewRunInput(input) {
    const git = createGitPort();
    await checkNewRun((await newRunInput(input, git, input.clock ?? systemClock)).createInput);
}
async function recordGateDecision(input) {
    const git = (0,git_port/* createGitPort */.a)();
    const repoRoot = await git.repoRoot(input.cwd).catch(() => {
        throw new errors/* UserInputError */.m2(`${input.cwd} is not inside a git repository`);
    });
    const layout = await (0,run_store/* findRun */.Lc)(repoRoot, input.runId);
    return (0,run_lock/* withRunLock */.Z4)(layout, 'mark-manual-gate', () => recordManualGateDecision({
        layout,
        itemId: input.itemId,
        decision: input.decision,
        by: input.by,
        note: input.note,
        evidencePaths: input.evidencePaths,
        ...(input.checkpoint === undefined ? {} : { checkpoint: input.checkpoint }),
        git,
        clock: input.clock ?? systemClock,
        files: run_files/* runFiles */.N,
        loadRunState: run_store/* loadRunState */.fQ,
        ...(input.env?.[failpoints/* FAILPOINT_VARIABLE */.Ae] === undefined
            ? {}
            : { failpoint: input.env[failpoints/* FAILPOINT_VARIABLE */.Ae] })
    }));
}

// EXTERNAL MODULE: ./src/core/gha/gate-verification.ts
var gate_verification = __webpack_require__(54255);
// EXTERNAL MODULE: ./src/core/gha/summary/markdown.ts
var markdown = __webpack_require__(23748);
// EXTERNAL MODULE: ./src/core/schemas/gha.ts
var gha = __webpack_require__(49054);
// EXTERNAL MODULE: ./src/composition/actions/github.ts
var github = __webpack_require__(81071);
// EXTERNAL MODULE: ./src/composition/actions/provenance-output.ts
var provenance_output = __webpack_require__(26353);
// EXTERNAL MODULE: ./src/composition/actions/pull-request.ts + 1 modules
var pull_request = __webpack_require__(24722);
// EXTERNAL MODULE: ./src/composition/actions/restore.ts
var restore = __webpack_require__(40332);
// EXTERNAL MODULE: ./src/composition/actions/runner-context.ts
var runner_context = __webpack_require__(65200);
;// CONCATENATED MODULE: ./src/composition/actions/gate-job.ts














/**
 * The gate action's job, which GitHub starts only after a required reviewer acted on its
 * environment. The decision is read from GitHub's review record of this workflow run, never
 * from an input, and recorded with the reviewer's login, id and comment, bound to the
 * checkpoint this workflow run's item job produced. The state comes from this workflow run's
 * own artifacts, checked like any restore (restore.ts). Anything it cannot prove fails the job
 * and records nothing.
 */
async function runGateJob(inputs, output) {
    const ctx = (0,runner_context/* runnerContext */.c)();
    const token = inputs['github-token'];
    if (token !== '')
        core/* setSecret */.Pq(token);
    const gitAuth = { token, serverUrl: ctx.serverUrl };
    const api = await (0,github/* createGitHubApi */._j)({ token, baseUrl: ctx.apiUrl, repository: ctx.repository });
    const restored = await (0,restore/* restoreVerifiedRun */.Uw)({
        ctx,
        api,
        token,
        runId: inputs['run-id'],
        from: { kind: 'same-hop', itemId: inputs['item-id'] },
        log: (line) => core/* info */.pq(line)
    });
    const { run, state } = restored;
    const item = state.items.find((entry) => entry.item_id === inputs['item-id']);
    if (item?.terminal_state !== 'awaiting_human_gate' || item.checkpoint_ref === null)
        throw new Error(`item ${inputs['item-id']} of run ${run.runId} does not await a gate`);
    // The review on this workflow run approves what this run's item job produced, nothing else.
    const produced = restored.record.chain.find((link) => link.workflow_run_id === ctx.runId && link.job === 'item');
    if (produced?.checkpoint_ref !== item.checkpoint_ref)
        throw new Error(`gate not recorded: checkpoint ${item.checkpoint_ref} of item ${item.item_id} was not produced by the item job of this workflow run (${produced?.checkpoint_ref ?? 'no checkpoint'})`);
    const verdict = (0,gate_verification/* verifyGateReview */.J)({
        environment: inputs.environment,
        rules: await api.environmentRules(inputs.environment),
        reviews: await api.reviews(ctx.runId),
        starters: restored.starters
    });
    if (!verdict.ok)
        throw new Error(`gate not recorded: ${verdict.reason}`);
    const decided = await recordGateDecision({
        cwd: ctx.workspace,
        runId: run.runId,
        itemId: item.item_id,
        decision: verdict.decision,
        by: verdict.reviewer.login,
        note: verdict.comment.trim() === ''
            ? `${verdict.decision} in GitHub by ${verdict.reviewer.login} without a comment`
            : verdict.comment,
        evidencePaths: [],
        checkpoint: item.checkpoint_ref
    });
    const record = {
        schema_version: 'plan_orchestrator.gha_gate.v1',
        run_id: run.runId,
        item_id: item.item_id,
        attempt_number: item.attempt_number,
        decision: verdict.decision,
        reviewer: verdict.reviewer,
        comment: verdict.comment,
        environment: inputs.environment,
        workflow_run_id: ctx.runId,
        workflow_run_attempt: ctx.runAttempt,
        checkpoint_ref: decided.checkpoint_ref,
        recorded_at_utc: (0,time/* isoSeconds */.n)(new Date())
    };
    const gatePath = item.latest_paths.manual_gate_path;
    if (gatePath === null)
        throw new Error(`item ${item.item_id} has no gate record`);
    await (0,run_store/* writeJson */.GF)((0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_path_.resolve)(ctx.workspace, gatePath)), gha/* GHA_GATE_FILE */.uU), record);
    await (0,restore/* appendChainLink */.w0)(run, {
        workflow_run_id: ctx.runId,
        run_attempt: ctx.runAttempt,
        hop: restored.hop,
        job: 'gate',
        item_id: item.item_id,
        checkpoint_ref: decided.checkpoint_ref
    });
    await (0,provenance_output/* publishStatement */.z)(run, item.item_id);
    // Published with a lease before the state goes up: a gate that loses a race to publish
    // leaves the chain where it was.
    await (0,run_refs/* pushRunRefs */.mQ)(ctx.workspace, run.runId, gitAuth, restored.runBranchHead, restored.attemptBranches);
    const artifact = await (0,github/* uploadRunState */.Wv)({
        workspace: ctx.workspace,
        runId: run.runId,
        stage: 'gate',
        attempt: ctx.runAttempt
    });
    output('decision', verdict.decision);
    output('reviewer', verdict.reviewer.login);
    output('state-artifact', artifact);
    // The body shows the decision, with reviewer and comment; an approval may complete the run.
    await (0,pull_request/* handOff */.VW)({
        api: await (0,pull_request/* pullRequestApi */.rB)(inputs['pull-request-token'], api, ctx),
        run,
        state: await (0,run_store/* loadRunState */.fQ)(run),
        mode: inputs['pull-request'],
        baseBranch: restored.record.ref,
        hop: restored.hop,
        runUrl: ctx.runUrl,
        artifactName: artifact
    });
    await core/* summary */.z
        .addHeading(`Gate of item ${item.item_id}: ${verdict.decision}`, 2)
        .addRaw(`Reviewed by ${(0,markdown/* escapeMarkdownText */.m4)(verdict.reviewer.login)} (GitHub user ${verdict.reviewer.id}) in environment ${(0,markdown/* escapeMarkdownText */.m4)(inputs.environment)}, checkpoint \`${decided.checkpoint_ref}\`.`, true)
        .addRaw(verdict.comment === '' ? '' : `\n> ${(0,markdown/* escapeMarkdownText */.m4)(verdict.comment)}\n`, true)
        .write();
    const after = await (0,run_store/* loadRunState */.fQ)(run);
    core/* info */.pq(`run ${run.runId} is now at ${after.current_state}`);
}

;// CONCATENATED MODULE: ./src/actions/gate/main.ts


/**
 * The gate action: records the decision a required reviewer made on the gate environment,
 * as GitHub's review record of this workflow run has it. The job is built and run by the
 * composition root (src/composition/actions/gate-job.ts); here its outputs go to the runner.
 */
async function main(inputs) {
    await runGateJob(inputs, (name, value) => core/* setOutput */.uH(name, value));
}


/***/ }),

/***/ 54255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ gateBindingProblem),
/* harmony export */   J: () => (/* binding */ verifyGateReview)
/* harmony export */ });
function verifyGateReview(input) {
    const { environment, rules, starters } = input;
    const named = `environment '${environment}'`;
    if (rules === undefined) {
        // A job naming a missing environment is created on the fly, unprotected.
        return refuse(`${named} does not exist, so nothing guarded the gate job`);
    }
    if (!(rules.requiredReviewers >= 1)) {
        return refuse(`${named} has no required reviewers (required reviewers on private repositories need ` +
            'GitHub Enterprise), so the gate job ran without anyone approving it');
    }
    if (!rules.preventSelfReview) {
        return refuse(`${named} does not prevent self-review, so whoever started the run could have approved it`);
    }
    // GitHub treats environment names case-insensitively, so the workflow's spelling may differ.
    const key = environment.toLowerCase();
    const decided = input.reviews.filter((review) => (review.state === 'approved' || review.state === 'rejected') &&
        review.environments.some((env) => env.name.toLowerCase() === key));
    if (decided.length === 0) {
        return refuse(`no approval or rejection of ${named} is recorded for this workflow run ` +
            '(an administrator bypass, or the review history lagging behind)');
    }
    // A rejection stops the item whoever approved alongside it.
    const rejection = decided.find((review) => review.state === 'rejected');
    if (rejection !== undefined) {
        return {
            ok: true,
            decision: 'rejected',
            reviewer: { login: rejection.user.login, id: rejection.user.id },
            comment: rejection.comment
        };
    }
    // Entries carry no timestamp and accumulate across re-runs, so two approvals cannot be ordered.
    if (decided.length > 1) {
        const logins = decided.map((review) => review.user.login).join(', ');
        return refuse(`${decided.length} approvals of ${named} are recorded for this workflow run (${logins}); ` +
            'which one approved this checkpoint is ambiguous');
    }
    const approval = decided[0];
    if (approval === undefined)
        return refuse(`no approval of ${named} is recorded`);
    const { login, id } = approval.user;
    if (login.trim() === '' || !Number.isSafeInteger(id) || id <= 0) {
        return refuse(`the approval of ${named} names no identifiable reviewer`);
    }
    // GitHub logins are case-insensitive; the id survives a rename, the login check a missing id.
    const starter = starters.find((user) => user.id === id || user.login.toLowerCase() === login.toLowerCase());
    if (starter !== undefined) {
        return refuse(`the approval of ${named} was given by ${login} (id ${id}), who started the playbook run; ` +
            'a different reviewer must approve');
    }
    return { ok: true, decision: 'approved', reviewer: { login, id }, comment: approval.comment };
}
function refuse(reason) {
    return { ok: false, reason: `gate refused: ${reason}` };
}
/**
 * Why a recorded gate decision does not belong to the item's checkpoint, or undefined when it
 * does: it must name the configured environment, and it must have been given on the workflow
 * run whose item job produced the checkpoint under review (as the run's chain records it), by
 * that run's gate job.
 */
function gateBindingProblem(input) {
    const { record, item, chain } = input;
    if (record.environment.toLowerCase() !== input.environment.toLowerCase())
        return `the decision was given for environment '${record.environment}', not for the run's gate environment '${input.environment}'`;
    if (record.item_id !== item.item_id || record.checkpoint_ref !== item.checkpoint_ref)
        return `the decision covers item ${record.item_id} at ${record.checkpoint_ref}, but item ${item.item_id} is at ${item.checkpoint_ref ?? 'no checkpoint'}`;
    const producer = [...chain]
        .reverse()
        .find((link) => link.job === 'item' &&
        link.item_id === item.item_id &&
        link.checkpoint_ref === item.checkpoint_ref);
    if (producer === undefined)
        return `no item job in the run's chain produced checkpoint ${item.checkpoint_ref ?? '(none)'} of item ${item.item_id}`;
    if (producer.workflow_run_id !== record.workflow_run_id)
        return `the approval was given on workflow run ${record.workflow_run_id}, but checkpoint ${item.checkpoint_ref ?? ''} of item ${item.item_id} was produced by workflow run ${producer.workflow_run_id}: an approval counts only on the run that produced its checkpoint`;
    const recorder = chain.find((link) => link.workflow_run_id === record.workflow_run_id &&
        link.job === 'gate' &&
        link.run_attempt === record.workflow_run_attempt);
    if (recorder === undefined)
        return `no gate job of workflow run ${record.workflow_run_id} (attempt ${record.workflow_run_attempt}) is in the run's chain`;
    return undefined;
}


/***/ })

};
