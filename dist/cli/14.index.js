export const id = 14;
export const ids = [14];
export const modules = {

/***/ 7014:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.writeFileAtomically = writeFileAtomically;
const atomically_1 = __webpack_require__(5847);
/**
 * Writes a whole file or nothing: a temporary file in the same directory is written,
 * flushed to disk and renamed over the target, so a crash never leaves half a file.
 */
async function writeFileAtomically(path, text) {
    await (0, atomically_1.writeFile)(path, text, { encoding: 'utf8', fsync: true, fsyncWait: true });
}


/***/ })

};

//# sourceMappingURL=14.index.js.map