export const id = 57;
export const ids = [57];
export const modules = {

/***/ 4668:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readPlaybookSource = readPlaybookSource;
exports.posixPath = posixPath;
const node_crypto_1 = __webpack_require__(7598);
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const errors_js_1 = __webpack_require__(3916);
/**
 * Reads a playbook from disk for normalization. A relative path is read from `cwd` (the
 * caller's working directory, not necessarily this process's). Failures become one-line
 * messages that name the path as the user typed it.
 */
async function readPlaybookSource(path, now = new Date(), cwd = process.cwd()) {
    const file = (0, node_path_1.resolve)(cwd, path);
    const info = await (0, promises_1.stat)(file).catch((error) => {
        throw new errors_js_1.UserInputError(describeFsError(path, error));
    });
    if (info.isDirectory())
        throw new errors_js_1.UserInputError(`${path}: is a directory, not a playbook file`);
    const bytes = await (0, promises_1.readFile)(file).catch((error) => {
        throw new errors_js_1.UserInputError(describeFsError(path, error));
    });
    return {
        bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        path: posixPath(path),
        sha256: (0, node_crypto_1.createHash)('sha256').update(bytes).digest('hex'),
        generatedAt: now
    };
}
function describeFsError(path, error) {
    const code = error?.code;
    if (code === 'ENOENT')
        return `${path}: no such file`;
    if (code === 'EACCES' || code === 'EPERM')
        return `${path}: permission denied`;
    if (code === 'ENOTDIR')
        return `${path}: a parent of this path is not a directory`;
    return `${path}: cannot read: ${error instanceof Error ? error.message : String(error)}`;
}
/**
 * The path as recorded in the plan: forward slashes, `.` segments and doubled slashes
 * removed, `..` kept as written (resolving it would hide where the file really was).
 */
function posixPath(path) {
    const absolute = path.startsWith('/');
    const segments = path
        .replaceAll('\\', '/')
        .split('/')
        .filter((segment) => segment !== '' && segment !== '.');
    const joined = segments.join('/');
    if (absolute)
        return `/${joined}`;
    return joined === '' ? '.' : joined;
}


/***/ }),

/***/ 9506:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PLAYBOOK_ENV = void 0;
exports.playbookPath = playbookPath;
exports.loadPlan = loadPlan;
const playbook_file_js_1 = __webpack_require__(4668);
const issues_js_1 = __webpack_require__(9739);
const normalize_js_1 = __webpack_require__(3180);
const text_js_1 = __webpack_require__(9508);
const errors_js_1 = __webpack_require__(3916);
const playbook_flag_js_1 = __webpack_require__(2126);
Object.defineProperty(exports, "PLAYBOOK_ENV", ({ enumerable: true, get: function () { return playbook_flag_js_1.PLAYBOOK_ENV; } }));
/** `--playbook`, or the environment default when the flag is absent. */
function playbookPath(flag, io) {
    const fromEnv = (0, text_js_1.strip)(io.env[playbook_flag_js_1.PLAYBOOK_ENV] ?? '');
    const path = flag ?? (fromEnv === '' ? undefined : fromEnv);
    if (path === undefined)
        throw new errors_js_1.UsageError(`required option '--playbook <file>' not specified (or set ${playbook_flag_js_1.PLAYBOOK_ENV})`);
    return path;
}
/**
 * Reads and normalizes a playbook; prints warnings; turns an invalid playbook into one
 * error carrying every problem, each on its own line with file, line and column.
 */
async function loadPlan(path, io) {
    const result = (0, normalize_js_1.normalizePlaybook)(await (0, playbook_file_js_1.readPlaybookSource)(path, new Date(), io.cwd));
    for (const warning of result.warnings)
        io.stderr(`warning: ${(0, issues_js_1.formatIssue)(path, warning)}\n`);
    if (result.ok)
        return result.plan;
    const count = result.issues.length === 1 ? '1 problem' : `${result.issues.length} problems`;
    const lines = result.issues.map((issue) => `error: ${(0, issues_js_1.formatIssue)(path, issue)}`);
    throw new errors_js_1.UserInputError(`${lines.join('\n')}\n${path}: invalid playbook (${count})`);
}


/***/ }),

/***/ 8610:
/***/ ((__unused_webpack_module, exports) => {


/**
 * The fixed words of the plan contract. Kept apart from the zod schemas so that code on
 * the fast path (parsing a playbook for `list-items`) does not load the validator.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SECTION_KINDS = exports.CHANGE_PROFILES = exports.EXTERNAL_CHECK_MODES = exports.GATE_TYPES = exports.ITEM_ID_PATTERN = void 0;
exports.ITEM_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
exports.GATE_TYPES = [
    'none',
    'signoff',
    'approval',
    'operator_confirmation',
    'security_review',
    'presenter_review',
    'custom'
];
exports.EXTERNAL_CHECK_MODES = ['none', 'human_supplied_evidence_required'];
exports.CHANGE_PROFILES = ['behavioral_code', 'docs_only', 'mixed'];
exports.SECTION_KINDS = [
    'global_context',
    'phase_detail',
    'shared_guidance',
    'risk_register',
    'informational'
];


/***/ })

};

//# sourceMappingURL=57.index.js.map