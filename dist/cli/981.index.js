export const id = 981;
export const ids = [981];
export const modules = {

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


/***/ })

};

//# sourceMappingURL=981.index.js.map