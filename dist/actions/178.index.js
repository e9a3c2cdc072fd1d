export const id = 178;
export const ids = [178,982];
export const modules = {

/***/ 68178:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   InputsSchema: () => (/* binding */ InputsSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92857);
/* harmony import */ var _core_run_run_id_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74340);
/* harmony import */ var _core_schemas_vocabulary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8610);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36982);




/** The gate action's inputs, checked before its job loads (main.ts). */
const InputsSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    'run-id': _core_run_run_id_js__WEBPACK_IMPORTED_MODULE_0__/* .RunIdSchema */ .Iz,
    'item-id': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(_core_schemas_vocabulary_js__WEBPACK_IMPORTED_MODULE_3__/* .ITEM_ID_PATTERN */ .vg),
    environment: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1),
    'github-token': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    'pull-request': _inputs_js__WEBPACK_IMPORTED_MODULE_1__.PullRequestModeSchema,
    'pull-request-token': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
});


/***/ }),

/***/ 36982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PullRequestModeSchema: () => (/* binding */ PullRequestModeSchema),
/* harmony export */   readInputs: () => (/* binding */ readInputs),
/* harmony export */   repoPath: () => (/* binding */ repoPath)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92857);

/**
 * An action's inputs. Everything here runs before the step's first log line, so it loads zod
 * and nothing else: @actions/core's entry loads its OIDC client and with it undici (0.9 MB),
 * which costs more start-up time than the whole input check (see step-failure.ts).
 */
/** A path inside the checked-out repository: relative, and never climbing out of it. */
const repoPath = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .min(1)
    .refine((path) => !path.startsWith('/') && !path.split(/[\\/]/).includes('..'), {
    message: 'must be a path inside the repository (relative, no ..)'
});
const PullRequestModeSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['none', 'draft', 'ready']);
/** As `core.getInput(name)`: the runner passes input `name` as `INPUT_<NAME>`, trimmed here. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}
/** Validated with zod, kebab-case names as in action.yml; a bad input names itself. */
function readInputs(schema) {
    const raw = {};
    for (const name of Object.keys(schema.shape))
        raw[name] = getInput(name);
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
        const problems = parsed.error.issues.map((issue) => `input ${issue.path.join('.')}: ${issue.message}`);
        throw new Error(problems.join('; '));
    }
    return parsed.data;
}


/***/ }),

/***/ 74340:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Iz: () => (/* binding */ RunIdSchema),
/* harmony export */   Pk: () => (/* binding */ isRunId),
/* harmony export */   dQ: () => (/* binding */ noSuchRunMessage),
/* harmony export */   w2: () => (/* binding */ runIdProblem),
/* harmony export */   z6: () => (/* binding */ RUN_ID_PATTERN)
/* harmony export */ });
/* unused harmony export RUN_ID_FORM */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92857);

/**
 * A run id is an id: `RUN_<yyyymmddTHHMMSSZ>_<8 hex>`, nothing else. Paths under `.local/`,
 * branch names and artifact names are built from it, so every entry point (CLI flags, action
 * inputs, supervision variables) checks it here before any of those is built.
 */
const RUN_ID_PATTERN = /^RUN_[0-9]{8}T[0-9]{6}Z_[0-9a-f]{8}$/;
const RUN_ID_FORM = 'RUN_<yyyymmddTHHMMSSZ>_<8 hex>';
function isRunId(value) {
    return typeof value === 'string' && RUN_ID_PATTERN.test(value);
}
/** For zod schemas of inputs and records: the same rule, the same words. */
const RunIdSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(RUN_ID_PATTERN, `must be a run id (${RUN_ID_FORM})`);
/**
 * Why a value given for a run id is not one, in one line; undefined when it is one. A value
 * with anything but plain path characters is quoted the JSON way, so a newline or a control
 * character in it cannot forge a second line of output.
 */
function runIdProblem(value, label = '--run-id', separator = ' ') {
    if (RUN_ID_PATTERN.test(value))
        return undefined;
    const cut = value.length > 80 ? `${value.slice(0, 80)}\u2026` : value;
    const shown = /^[A-Za-z0-9_./-]+$/.test(cut) ? cut : JSON.stringify(cut);
    return `${label}${separator}${shown} is not a run id (${RUN_ID_FORM})`;
}
/** The one line for a well-formed id that names no run of this repository. */
function noSuchRunMessage(runId, why) {
    return `no run ${runId} in this repository${why === undefined ? '' : ` (${why})`}; list runs: plan-orchestrator status --all`;
}


/***/ }),

/***/ 8610:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qd: () => (/* binding */ GATE_TYPES),
/* harmony export */   SQ: () => (/* binding */ CHANGE_PROFILES),
/* harmony export */   aE: () => (/* binding */ SECTION_KINDS),
/* harmony export */   ev: () => (/* binding */ EXTERNAL_CHECK_MODES),
/* harmony export */   vg: () => (/* binding */ ITEM_ID_PATTERN)
/* harmony export */ });
/**
 * The fixed words of the plan contract. Kept apart from the zod schemas so that code on
 * the fast path (parsing a playbook for `list-items`) does not load the validator.
 */
const ITEM_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const GATE_TYPES = [
    'none',
    'signoff',
    'approval',
    'operator_confirmation',
    'security_review',
    'presenter_review',
    'custom'
];
const EXTERNAL_CHECK_MODES = ['none', 'human_supplied_evidence_required'];
const CHANGE_PROFILES = ['behavioral_code', 'docs_only', 'mixed'];
const SECTION_KINDS = [
    'global_context',
    'phase_detail',
    'shared_guidance',
    'risk_register',
    'informational'
];


/***/ })

};
