export const id = 358;
export const ids = [358];
export const modules = {

/***/ 4138:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.buildProvenanceStatement = buildProvenanceStatement;
exports.canonicalJson = canonicalJson;
exports.statementText = statementText;
exports.sha256Hex = sha256Hex;
exports.planRowDigest = planRowDigest;
exports.fileDigestsOf = fileDigestsOf;
const node_crypto_1 = __webpack_require__(7598);
const canonicalize_1 = __importDefault(__webpack_require__(8799));
const provenance_js_1 = __webpack_require__(5377);
function buildProvenanceStatement(facts) {
    const { attempt } = facts;
    const predicate = {
        predicate_version: provenance_js_1.PROVENANCE_PREDICATE_VERSION,
        run: {
            run_id: facts.run.runId,
            base_sha: facts.run.baseSha,
            run_branch: facts.run.runBranch,
            runtime_policy: facts.run.runtimePolicy
        },
        playbook: {
            source_path: facts.playbook.sourcePath,
            source_sha256: facts.playbook.sourceSha256,
            snapshot: facts.playbook.snapshot,
            normalized_plan: facts.playbook.normalizedPlan
        },
        item: {
            item_id: facts.planItem.item_id,
            order: facts.planItem.order,
            row_sha256: planRowDigest(facts.planItem),
            prerequisites: [...facts.planItem.prerequisite_item_ids],
            manual_gate_required: facts.planItem.manual_gate.required,
            external_evidence_required: facts.planItem.external_check.required,
            attempt_number: attempt.number,
            fix_rounds: attempt.fixRounds,
            remediation_rounds: attempt.remediationRounds
        },
        change: {
            base_sha: attempt.baseSha,
            checkpoint_sha: attempt.checkpointSha,
            commits: [...attempt.commits],
            cycle: attempt.cycle,
            patch: attempt.patch
        },
        agent_calls: [...facts.calls]
            .sort((a, b) => a.record.sequence - b.record.sequence)
            .map(({ record, file }) => ({
            sequence: record.sequence,
            lane: record.lane,
            cycle: record.cycle,
            agent: record.agent,
            status: record.status,
            prompt: record.prompt,
            inputs: record.inputs,
            report: record.report,
            duration_ms: record.duration_ms,
            usage: record.usage,
            record: file
        })),
        verification: {
            report: facts.verification.file,
            overall_result: facts.verification.report.overall_result,
            commands: facts.verification.report.command_results.map((command) => ({
                label: command.label,
                command: command.command,
                required: command.required,
                exit_code: command.exit_code,
                status: command.status,
                log: command.log_path === null ? null : (facts.verification.logs.get(command.log_path) ?? null)
            })),
            artifact_checks: facts.verification.report.artifact_checks.map((check) => ({
                path: check.path,
                status: check.status
            })),
            scope_check: facts.verification.report.scope_check.status
        },
        audits: [auditEntry('codex', facts.audits.codex), auditEntry('claude', facts.audits.claude)],
        merged_findings: facts.mergedFindings,
        triage: { decision: facts.triage.report.overall_decision, report: facts.triage.file },
        outcome: facts.gate === null ? 'passed' : 'approved',
        gate: facts.gate === null ? null : gateEntry(facts.planItem, facts.gate),
        external_evidence: facts.evidence === null ? null : { files: [...facts.evidence] },
        producer: producerOf(facts)
    };
    return provenance_js_1.ProvenanceStatementSchema.parse({
        _type: provenance_js_1.IN_TOTO_STATEMENT_TYPE,
        subject: [
            {
                name: `checkpoint of item ${facts.planItem.item_id}`,
                digest: { gitCommit: attempt.checkpointSha }
            },
            { name: attempt.patch.path, digest: { sha256: attempt.patch.sha256 } }
        ],
        predicateType: provenance_js_1.PROVENANCE_PREDICATE_TYPE,
        predicate
    });
}
/** RFC 8785 canonical JSON: sorted keys, no insignificant whitespace. */
function canonicalJson(value) {
    const text = (0, canonicalize_1.default)(value);
    if (text === undefined)
        throw new Error('cannot write this value as canonical JSON');
    return text;
}
/** The bytes of a statement file. */
function statementText(statement) {
    return canonicalJson(statement);
}
function sha256Hex(text) {
    return (0, node_crypto_1.createHash)('sha256').update(text).digest('hex');
}
/** The digest of an item's row in normalized_plan.json (canonical JSON of the row). */
function planRowDigest(item) {
    return sha256Hex(canonicalJson(item));
}
/** Every file digest a statement names (verify checks each against the run's files). */
function fileDigestsOf(value) {
    const found = [];
    const visit = (node) => {
        if (Array.isArray(node)) {
            node.forEach(visit);
            return;
        }
        if (typeof node !== 'object' || node === null)
            return;
        const record = node;
        const keys = Object.keys(record);
        if (keys.length === 2 &&
            typeof record['path'] === 'string' &&
            typeof record['sha256'] === 'string') {
            found.push({ path: record['path'], sha256: record['sha256'] });
            return;
        }
        Object.values(record).forEach(visit);
    };
    visit(value);
    return found;
}
function auditEntry(lane, audit) {
    if (audit === null)
        return { lane, status: 'failed', verdict: null, blocking_findings: null, report: null };
    return {
        lane,
        status: 'reported',
        verdict: audit.report.overall_verdict,
        blocking_findings: audit.report.findings.filter((finding) => finding.is_blocking).length,
        report: audit.file
    };
}
function gateEntry(planItem, gate) {
    const { decision } = gate.record;
    const github = gate.github;
    return {
        gate_type: planItem.manual_gate.gate_type,
        decision: 'approved',
        reviewer: github === null ? decision.decided_by : github.record.reviewer.login,
        comment: wellFormed(github === null ? decision.note : github.record.comment),
        decided_at_utc: decision.decided_at_utc,
        record: gate.file,
        source: github === null
            ? { kind: 'cli' }
            : {
                kind: 'github_approval',
                workflow_run_id: github.record.workflow_run_id,
                workflow_run_attempt: github.record.workflow_run_attempt,
                environment: github.record.environment,
                reviewer_id: github.record.reviewer.id,
                record: github.file
            }
    };
}
/**
 * Who produced the item: the CLI, or the item job whose link in the run's chain carries this
 * checkpoint (and the gate job that approved it).
 */
function producerOf(facts) {
    const gha = facts.gha;
    if (gha === null)
        return { kind: 'cli' };
    const checkpoint = facts.attempt.checkpointSha;
    const itemId = facts.planItem.item_id;
    const produced = gha.chain.find((link) => link.job === 'item' && link.item_id === itemId && link.checkpoint_ref === checkpoint);
    const approved = facts.gate === null
        ? undefined
        : gha.chain.find((link) => link.job === 'gate' && link.item_id === itemId && link.checkpoint_ref === checkpoint);
    const jobs = [produced, approved]
        .filter((link) => link !== undefined)
        .map((link) => ({
        job: link.job,
        workflow_run_id: link.workflow_run_id,
        run_attempt: link.run_attempt,
        hop: link.hop
    }));
    if (jobs.length === 0)
        return { kind: 'cli' };
    return {
        kind: 'github_actions',
        repository: gha.repository,
        workflow_path: gha.workflow_path,
        ref: gha.ref,
        jobs
    };
}
/** Lone surrogates (which canonical JSON refuses) as U+FFFD. */
function wellFormed(text) {
    return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}


/***/ }),

/***/ 358:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.statementPath = statementPath;
exports.writeItemStatement = writeItemStatement;
exports.completeStatements = completeStatements;
exports.buildItemStatement = buildItemStatement;
exports.fileDigest = fileDigest;
exports.recordItemStatement = recordItemStatement;
const node_crypto_1 = __webpack_require__(7598);
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const statement_js_1 = __webpack_require__(4138);
const layout_js_1 = __webpack_require__(8951);
const gha_js_1 = __webpack_require__(9054);
const normalized_plan_js_1 = __webpack_require__(6591);
const provenance_js_1 = __webpack_require__(5377);
const reports_js_1 = __webpack_require__(8947);
/**
 * The provenance statement of a passed item (docs/provenance.md), built from the run's own
 * files: the run state, the normalized plan, the attempt's reports, logs, patch and agent call
 * records, the gate records, and git for the commits of the change. Nothing comes from the
 * clock or the environment, so building it again from the same run gives the same bytes.
 */
/** `items/<ITEM>/attempt-<N>/provenance.intoto.json` (absolute). */
function statementPath(layout, itemId, attempt) {
    return (0, node_path_1.join)((0, layout_js_1.attemptLayout)(layout, itemId, attempt).controlDir, provenance_js_1.STATEMENT_FILE);
}
/** Writes (or writes again) the statement of a passed item; returns its path. */
async function writeItemStatement(layout, state, itemId, io) {
    const item = itemOf(state, itemId);
    const path = statementPath(layout, itemId, item.attempt_number);
    await io.files.writeText(path, (0, statement_js_1.statementText)(await buildItemStatement(layout, state, itemId, io.git)));
    return path;
}
/**
 * After a crash between a pass and its statement: writes the statement of every passed item
 * that has none. An existing statement is never rewritten here (`verify` compares it with the
 * run's files; rewriting it would hide a change to them).
 */
async function completeStatements(layout, state, io) {
    for (const item of state.items) {
        if (item.terminal_state !== 'passed')
            continue;
        const path = statementPath(layout, item.item_id, item.attempt_number);
        if (await exists(path))
            continue;
        if (!(await gateRecordReady(layout, item)))
            continue;
        await writeItemStatement(layout, state, item.item_id, io);
    }
}
async function buildItemStatement(layout, state, itemId, git) {
    return (0, statement_js_1.buildProvenanceStatement)(await gatherFacts(layout, state, itemId, git));
}
async function gatherFacts(layout, state, itemId, git) {
    const root = layout.repoRoot;
    const item = itemOf(state, itemId);
    if (item.base_ref === null || item.checkpoint_ref === null)
        throw new Error(`item ${itemId} records no base or checkpoint commit`);
    const paths = (0, layout_js_1.attemptLayout)(layout, itemId, item.attempt_number);
    const plan = normalized_plan_js_1.NormalizedPlanSchema.parse(await readJson(layout.normalizedPlanPath));
    const planItem = plan.items.find((entry) => entry.item_id === itemId);
    if (planItem === undefined)
        throw new Error(`item ${itemId} is not in the run's plan`);
    const cycle = cycleOf(item);
    const digest = (absolute) => fileDigest(root, absolute);
    const maybeDigest = (absolute) => exists(absolute).then((present) => (present ? digest(absolute) : null));
    const verificationPath = (0, node_path_1.join)(paths.controlDir, `verification_report.${cycle}.json`);
    const verification = reports_js_1.VerificationReportSchema.parse(await readJson(verificationPath));
    const logs = new Map();
    for (const command of verification.command_results) {
        if (command.log_path !== null)
            logs.set(command.log_path, await maybeDigest((0, node_path_1.join)(root, command.log_path)));
    }
    const calls = await callRecords(root, paths.controlDir);
    const triagePath = (0, node_path_1.join)(paths.reportDir, `triage_report.${cycle}.json`);
    const gha = await optionalJson((0, node_path_1.join)(layout.controlDir, gha_js_1.GHA_RUN_FILE));
    return {
        run: {
            runId: state.run_id,
            baseSha: state.base_head_sha,
            runBranch: state.run_branch_name,
            runtimePolicy: state.runtime_policy_path === null
                ? null
                : await maybeDigest((0, node_path_1.join)(root, state.runtime_policy_path))
        },
        playbook: {
            sourcePath: state.playbook_source_path,
            sourceSha256: state.playbook_source_sha256,
            snapshot: await digest(layout.playbookSnapshotPath),
            normalizedPlan: await digest(layout.normalizedPlanPath)
        },
        planItem,
        attempt: {
            number: item.attempt_number,
            fixRounds: item.fix_rounds_completed,
            remediationRounds: item.remediation_rounds_completed,
            baseSha: item.base_ref,
            checkpointSha: item.checkpoint_ref,
            commits: [...(await git.commitsSince(root, item.base_ref, item.checkpoint_ref))],
            cycle,
            patch: await digest((0, node_path_1.join)(paths.controlDir, `candidate.${cycle}.patch`))
        },
        calls,
        verification: { report: verification, file: await digest(verificationPath), logs },
        audits: {
            codex: await auditFacts(root, paths.reportDir, 'codex', cycle, calls),
            claude: await auditFacts(root, paths.reportDir, 'claude', cycle, calls)
        },
        mergedFindings: await digest((0, node_path_1.join)(paths.controlDir, `merged_findings_packet.${cycle}.json`)),
        triage: {
            report: reports_js_1.TriageReportSchema.parse(await readJson(triagePath)),
            file: await digest(triagePath)
        },
        gate: planItem.manual_gate.required ? await gateFacts(layout, item) : null,
        evidence: await evidenceFiles(root, (0, node_path_1.join)(paths.controlDir, 'external_evidence')),
        gha: gha === undefined ? null : gha_js_1.GhaRunRecordSchema.parse(gha)
    };
}
function itemOf(state, itemId) {
    const item = state.items.find((entry) => entry.item_id === itemId);
    if (item === undefined)
        throw new Error(`item ${itemId} is not part of run ${state.run_id}`);
    return item;
}
/** The cycle whose triage let the item pass (`triage_report.<cycle>.json`). */
function cycleOf(item) {
    const triage = item.latest_paths.triage_report_path;
    const match = triage === null ? null : /^triage_report\.(.+)\.json$/.exec((0, node_path_1.basename)(triage));
    if (match?.[1] === undefined)
        throw new Error(`item ${item.item_id} records no triage report`);
    return match[1];
}
async function callRecords(root, controlDir) {
    const dir = (0, node_path_1.join)(controlDir, provenance_js_1.AGENT_CALLS_DIR);
    const names = await (0, promises_1.readdir)(dir).catch(() => []);
    const records = [];
    for (const name of names.filter((entry) => entry.endsWith('.json')).sort()) {
        const path = (0, node_path_1.join)(dir, name);
        records.push({
            record: provenance_js_1.CallRecordSchema.parse(await readJson(path)),
            file: await fileDigest(root, path)
        });
    }
    return records;
}
/**
 * A reported audit of the cycle. Its call record decides whether the report counted (an
 * adapter can leave a report file that the kernel then refused); a run without call records
 * goes by the file.
 */
async function auditFacts(root, reportDir, lane, cycle, calls) {
    const call = calls
        .filter(({ record }) => record.lane === `audit_${lane}` && record.cycle === cycle)
        .at(-1);
    if (call !== undefined && call.record.report === null)
        return null;
    const path = (0, node_path_1.join)(reportDir, `${lane}_audit_report.${cycle}.json`);
    if (!(await exists(path)))
        return null;
    return {
        report: reports_js_1.AuditReportSchema.parse(await readJson(path)),
        file: await fileDigest(root, path)
    };
}
async function gateFacts(layout, item) {
    const relative = item.latest_paths.manual_gate_path;
    if (relative === null)
        throw new Error(`item ${item.item_id} has no gate record`);
    const path = (0, node_path_1.join)(layout.repoRoot, relative);
    const record = reports_js_1.ManualGateRecordSchema.parse(await readJson(path));
    if (record.status !== 'approved' || record.related_refs.checkpoint_ref !== item.checkpoint_ref)
        throw new Error(`the gate record of item ${item.item_id} holds no approval of its checkpoint`);
    const githubPath = (0, node_path_1.join)((0, node_path_1.dirname)(path), gha_js_1.GHA_GATE_FILE);
    const github = await optionalJson(githubPath);
    const githubRecord = github === undefined ? undefined : gha_js_1.GhaGateRecordSchema.parse(github);
    if (githubRecord !== undefined &&
        (githubRecord.decision !== 'approved' || githubRecord.checkpoint_ref !== item.checkpoint_ref))
        throw new Error(`GitHub's gate record of item ${item.item_id} holds no approval of its checkpoint`);
    return {
        record,
        file: await fileDigest(layout.repoRoot, path),
        github: githubRecord === undefined
            ? null
            : { record: githubRecord, file: await fileDigest(layout.repoRoot, githubPath) }
    };
}
/** Whether a gated item's record holds its decision yet (a crash can come in between). */
async function gateRecordReady(layout, item) {
    const relative = item.latest_paths.manual_gate_path;
    if (item.manual_gate_status === 'not_required' || relative === null)
        return true;
    const parsed = reports_js_1.ManualGateRecordSchema.safeParse(await optionalJson((0, node_path_1.join)(layout.repoRoot, relative)));
    return parsed.success && parsed.data.status === 'approved';
}
/** The evidence as the run received it, every file by path; null when none was supplied. */
async function evidenceFiles(root, dir) {
    if (!(await exists(dir)))
        return null;
    const files = [];
    const walk = async (current) => {
        const entries = await (0, promises_1.readdir)(current, { withFileTypes: true });
        for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
            const path = (0, node_path_1.join)(current, entry.name);
            if (entry.isDirectory())
                await walk(path);
            else if (entry.isFile())
                files.push(await fileDigest(root, path));
        }
    };
    await walk(dir);
    return files;
}
async function fileDigest(root, absolute) {
    const bytes = await (0, promises_1.readFile)(absolute);
    return {
        path: (0, layout_js_1.repoRelative)(root, absolute),
        sha256: (0, node_crypto_1.createHash)('sha256').update(bytes).digest('hex')
    };
}
async function readJson(path) {
    return JSON.parse(await (0, promises_1.readFile)(path, 'utf8'));
}
async function optionalJson(path) {
    const text = await (0, promises_1.readFile)(path, 'utf8').catch(() => undefined);
    return text === undefined ? undefined : JSON.parse(text);
}
async function exists(path) {
    return (0, promises_1.lstat)(path).then(() => true, () => false);
}
/**
 * The statement of an item that is passing now, written without putting the pass at risk:
 * a statement that cannot be built is a sentence for the run's history (and `verify` then
 * names the item), never a reason to undo a fast-forward git has made.
 */
async function recordItemStatement(layout, state, itemId, io) {
    try {
        await writeItemStatement(layout, state, itemId, io);
        return undefined;
    }
    catch (error) {
        return `the provenance statement of item ${itemId} could not be written: ${error instanceof Error ? error.message : String(error)}`;
    }
}


/***/ }),

/***/ 8799:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (/* binding */ canonicalize)
/* harmony export */ });
function serializeString (value) {
  if (!value.isWellFormed()) {
    throw new Error('Lone surrogate is not allowed');
  }
  return JSON.stringify(value);
}

function serializePrimitive (value) {
  switch (typeof value) {
    case 'number':
      if (isNaN(value)) {
        throw new Error('NaN is not allowed');
      }
      if (!isFinite(value)) {
        throw new Error('Infinity is not allowed');
      }
      // For finite numbers String(value) would give identical output, but
      // JSON.stringify benchmarks faster on V8.
      return JSON.stringify(value);
    case 'string':
      return serializeString(value);
    case 'boolean':
      return value ? 'true' : 'false';
    default:
      // null, or values JSON.stringify maps to undefined (undefined,
      // functions, symbols).
      return JSON.stringify(value);
  }
}

// Resolves a value to either its serialized primitive form (a string \u2014 or
// undefined, for values JSON.stringify drops) or a frame describing the
// container to descend into. Callers distinguish the two cases with
// `typeof result !== 'object'`.
//
// toJSON results are unwrapped here, and the wrapper objects stay in `seen`
// until the resolved subtree is fully serialized, so cycles introduced via
// toJSON are still detected.
function enterValue (value, seen) {
  let wrappers = null;
  while (value !== null && typeof value === 'object' && typeof value.toJSON === 'function') {
    if (seen.has(value)) {
      throw new Error('Circular reference detected');
    }
    seen.add(value);
    (wrappers ??= []).push(value);
    value = value.toJSON();
  }

  // Boxed Number/String/Boolean objects serialize as their primitive values,
  // mirroring how JSON.stringify treats them.
  if (value instanceof Number || value instanceof String || value instanceof Boolean) {
    value = value.valueOf();
  }

  if (value === null || typeof value !== 'object') {
    if (wrappers !== null) {
      for (const wrapper of wrappers) seen.delete(wrapper);
    }
    return serializePrimitive(value);
  }

  if (seen.has(value)) {
    throw new Error('Circular reference detected');
  }
  seen.add(value);

  return {
    container: value,
    // null marks an array frame; object frames carry their sorted keys.
    // `sort()`'s default comparator orders by UTF-16 code unit, which is the
    // order JCS requires.
    keys: Array.isArray(value) ? null : Object.keys(value).sort(),
    // Next child to serialize; the frame resumes here after a nested
    // container's subtree completes.
    index: 0,
    // Whether no member has been emitted yet (controls comma placement).
    first: true,
    // toJSON wrappers to release from `seen` when this frame completes.
    wrappers
  };
}

function canonicalize (object) {
  if (object === null || typeof object !== 'object') {
    return serializePrimitive(object);
  }

  const seen = new Set();
  const root = enterValue(object, seen);
  if (typeof root !== 'object') {
    // A toJSON chain resolved the input to a primitive.
    return root;
  }

  let result = root.keys === null ? '[' : '{';
  const stack = [root];

  // Depth-first serialization with an explicit stack instead of recursion, so
  // nesting depth is bounded by heap size rather than call-stack size. The top
  // frame is the container currently being serialized: primitive children are
  // appended inline, while a nested container pushes a new frame and jumps
  // back to the outer loop. Because frame.index was already advanced, the
  // parent resumes at its next child once the subtree is done. Opening
  // brackets are emitted when a frame is pushed, closing brackets when it
  // completes.
  outer:
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    const container = frame.container;

    // keys === null marks an array frame; otherwise keys holds the object's
    // sorted property names. Either way the iteration counter lives on the
    // frame itself (frame.index), so when a frame is resumed after a nested
    // container completes, the while condition continues at the first
    // unserialized child instead of restarting from the beginning.
    if (frame.keys === null) {
      while (frame.index < container.length) {
        const i = frame.index++;
        if (i > 0) {
          result += ',';
        }
        const element = container[i];
        // Inside arrays, JSON.stringify serializes values with no JSON
        // representation (undefined, symbols, functions) as null.
        const value = element === undefined || typeof element === 'symbol' || typeof element === 'function' ? null : element;
        if (value === null || typeof value !== 'object') {
          result += serializePrimitive(value);
          continue;
        }
        const child = enterValue(value, seen);
        if (typeof child !== 'object') {
          // A toJSON chain resolved the child to an already-serialized
          // primitive \u2014 or, when child is undefined, to a value with no JSON
          // representation, which becomes null inside arrays.
          result += child === undefined ? 'null' : child;
          continue;
        }
        result += child.keys === null ? '[' : '{';
        stack.push(child);
        continue outer;
      }
      result += ']';
    } else {
      const keys = frame.keys;
      while (frame.index < keys.length) {
        const key = keys[frame.index++];
        const value = container[key];
        // Inside objects, JSON.stringify omits properties whose value has no
        // JSON representation (undefined, symbols, functions).
        if (value === undefined || typeof value === 'symbol' || typeof value === 'function') {
          continue;
        }
        if (value === null || typeof value !== 'object') {
          // Commas are tracked with a flag rather than the key index: a
          // skipped key must not leave a stray comma behind.
          if (frame.first) {
            frame.first = false;
          } else {
            result += ',';
          }
          result += serializeString(key) + ':' + serializePrimitive(value);
          continue;
        }
        // The child must be resolved before the key is emitted: a toJSON
        // returning a value with no JSON representation drops the whole
        // property.
        const child = enterValue(value, seen);
        if (child === undefined) {
          continue;
        }
        if (frame.first) {
          frame.first = false;
        } else {
          result += ',';
        }
        result += serializeString(key) + ':';
        if (typeof child !== 'object') {
          result += child;
          continue;
        }
        result += child.keys === null ? '[' : '{';
        stack.push(child);
        continue outer;
      }
      result += '}';
    }

    // Frame complete. The container leaves `seen` so that a later, sibling
    // reference to the same object is not mistaken for a cycle.
    seen.delete(container);
    if (frame.wrappers !== null) {
      for (const wrapper of frame.wrappers) seen.delete(wrapper);
    }
    stack.pop();
  }

  return result;
}


/***/ })

};

//# sourceMappingURL=358.index.js.map