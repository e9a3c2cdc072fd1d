export const id = 982;
export const ids = [982];
export const modules = {

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


/***/ })

};
