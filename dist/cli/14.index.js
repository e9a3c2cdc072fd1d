export const id = 14;
export const ids = [14];
export const modules = {

/***/ 7014:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.writeFileAtomically = writeFileAtomically;
const node_crypto_1 = __webpack_require__(7598);
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const atomic_temp_js_1 = __webpack_require__(6491);
const queued = new Map();
function writeFileAtomically(path, text, options = {}) {
    const before = queued.get(path) ?? Promise.resolve();
    const write = before.then(() => replaceFile(path, text, options));
    const settled = write.then(() => undefined, () => undefined);
    queued.set(path, settled);
    void settled.then(() => {
        if (queued.get(path) === settled)
            queued.delete(path);
    });
    return write;
}
async function replaceFile(requested, text, options) {
    const path = options.userFile === true ? await (0, promises_1.realpath)(requested).catch(() => requested) : requested;
    const mode = options.userFile === true
        ? await (0, promises_1.stat)(path).then((stats) => stats.mode & 0o7777, () => undefined)
        : undefined;
    if (options.userFile !== true)
        await refuseLinkedDirectory((0, node_path_1.dirname)(path));
    const temporary = (0, atomic_temp_js_1.atomicTempPath)(path, (0, node_crypto_1.randomBytes)(8).toString('hex'));
    try {
        const handle = await (0, promises_1.open)(temporary, 'wx', mode ?? 0o666).catch(async (error) => {
            if (error.code !== 'ENOENT')
                throw error;
            await (0, promises_1.mkdir)((0, node_path_1.dirname)(temporary), { recursive: true });
            return (0, promises_1.open)(temporary, 'wx', mode ?? 0o666);
        });
        try {
            await writeWhole(handle, text);
            if (mode !== undefined)
                await handle.chmod(mode);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0, promises_1.rename)(temporary, path);
    }
    catch (error) {
        await (0, promises_1.rm)(temporary, { force: true });
        throw error;
    }
}
/** A directory that is a link could lead anywhere: the orchestrator's files are not written there. */
async function refuseLinkedDirectory(directory) {
    const stats = await (0, promises_1.lstat)(directory).catch(() => undefined);
    if (stats?.isSymbolicLink() === true)
        throw new Error(`${directory} is a symbolic link; refusing to write through it`);
}
/**
 * The text as one string write, which node converts to bytes on its own side of the call
 * (`FileHandle.writeFile` makes a Buffer of the whole text first); the rest, in the rare
 * case a write stops short.
 */
async function writeWhole(handle, data) {
    if (typeof data === 'string') {
        const { bytesWritten } = await handle.write(data, null, 'utf8');
        if (bytesWritten < Buffer.byteLength(data, 'utf8'))
            await handle.writeFile(Buffer.from(data, 'utf8').subarray(bytesWritten));
        return;
    }
    await handle.writeFile(data);
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