export const id = 14;
export const ids = [14];
export const modules = {

/***/ 7014:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.writeFileAtomically = writeFileAtomically;
const node_crypto_1 = __webpack_require__(7598);
const atomically_1 = __webpack_require__(5847);
const atomic_temp_js_1 = __webpack_require__(6491);
/**
 * Writes a whole file or nothing: a temporary file in the same directory is written,
 * flushed to disk and renamed over the target, so a crash never leaves half a file. The
 * temporary file is named by src/core/run/atomic-temp.ts, so that one a crash leaves behind
 * is known for what it is.
 */
async function writeFileAtomically(path, text) {
    await (0, atomically_1.writeFile)(path, text, {
        encoding: 'utf8',
        fsync: true,
        fsyncWait: true,
        tmpCreate: (target) => (0, atomic_temp_js_1.atomicTempPath)(target, (0, node_crypto_1.randomBytes)(8).toString('hex'))
    });
}


/***/ }),

/***/ 6491:
/***/ ((__unused_webpack_module, exports) => {


/**
 * The temporary file every whole-file write of the orchestrator goes through
 * (src/adapters/atomic-file.ts): the target's name with `.tmp-` and 16 hex digits, in the
 * target's directory, renamed over the target once written and synced. A process killed in
 * between leaves it behind; this names it, so that what such a kill leaves can be told from
 * what a stage wrote.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.atomicTempPath = atomicTempPath;
exports.atomicWriteTarget = atomicWriteTarget;
const TEMP_SUFFIX = /\.tmp-[0-9a-f]{16}$/;
/** The temporary file of a write of `path`, given 16 random hex digits. */
function atomicTempPath(path, randomHex) {
    return `${path}.tmp-${randomHex}`;
}
/** The path whose write `path` is the temporary file of, or undefined if it is none. */
function atomicWriteTarget(path) {
    const suffix = TEMP_SUFFIX.exec(path);
    return suffix === null || suffix.index === 0 ? undefined : path.slice(0, suffix.index);
}


/***/ })

};

//# sourceMappingURL=14.index.js.map