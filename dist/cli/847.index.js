export const id = 847;
export const ids = [847];
export const modules = {

/***/ 5847:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readFile: () => (/* binding */ readFile),
  readFileSync: () => (/* binding */ readFileSync),
  writeFile: () => (/* binding */ writeFile),
  writeFileSync: () => (/* binding */ writeFileSync)
});

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./node_modules/stubborn-utils/dist/attemptify_async.js
/* IMPORT */
/* MAIN */
const attemptifyAsync = (fn, options) => {
    const { onError } = options;
    return function attemptified(...args) {
        return fn.apply(undefined, args).catch(onError);
    }; //TSC
};
/* EXPORT */
/* harmony default export */ const attemptify_async = (attemptifyAsync);

;// CONCATENATED MODULE: ./node_modules/stubborn-utils/dist/attemptify_sync.js
/* IMPORT */
/* MAIN */
const attemptifySync = (fn, options) => {
    const { onError } = options;
    return function attemptified(...args) {
        try {
            return fn.apply(undefined, args);
        }
        catch (error) {
            return onError(error);
        }
    }; //TSC
};
/* EXPORT */
/* harmony default export */ const attemptify_sync = (attemptifySync);

;// CONCATENATED MODULE: ./node_modules/stubborn-utils/dist/constants.js
/* MAIN */
const RETRY_INTERVAL = 250;
/* EXPORT */


;// CONCATENATED MODULE: ./node_modules/stubborn-utils/dist/retryify_async.js
/* IMPORT */

/* MAIN */
const retryifyAsync = (fn, options) => {
    const { isRetriable } = options;
    return function retryified(options) {
        const { timeout } = options;
        const interval = options.interval ?? RETRY_INTERVAL;
        const timestamp = Date.now() + timeout;
        return function attempt(...args) {
            return fn.apply(undefined, args).catch((error) => {
                if (!isRetriable(error))
                    throw error;
                if (Date.now() >= timestamp)
                    throw error;
                const delay = Math.round(interval * Math.random());
                if (delay > 0) {
                    const delayPromise = new Promise(resolve => setTimeout(resolve, delay));
                    return delayPromise.then(() => attempt.apply(undefined, args));
                }
                else {
                    return attempt.apply(undefined, args);
                }
            });
        }; //TSC
    };
};
/* EXPORT */
/* harmony default export */ const retryify_async = (retryifyAsync);

;// CONCATENATED MODULE: ./node_modules/stubborn-utils/dist/retryify_sync.js
/* IMPORT */
/* MAIN */
const retryifySync = (fn, options) => {
    const { isRetriable } = options;
    return function retryified(options) {
        const { timeout } = options;
        const timestamp = Date.now() + timeout;
        return function attempt(...args) {
            while (true) {
                try {
                    return fn.apply(undefined, args);
                }
                catch (error) {
                    if (!isRetriable(error))
                        throw error;
                    if (Date.now() >= timestamp)
                        throw error;
                    continue;
                }
            }
        }; //TSC
    };
};
/* EXPORT */
/* harmony default export */ const retryify_sync = (retryifySync);

// EXTERNAL MODULE: external "node:process"
var external_node_process_ = __webpack_require__(1708);
;// CONCATENATED MODULE: ./node_modules/stubborn-fs/dist/handlers.js
/* IMPORT */

/* MAIN */
const Handlers = {
    /* API */
    isChangeErrorOk: (error) => {
        if (!Handlers.isNodeError(error))
            return false;
        const { code } = error;
        if (code === 'ENOSYS')
            return true;
        if (!IS_USER_ROOT && (code === 'EINVAL' || code === 'EPERM'))
            return true;
        return false;
    },
    isNodeError: (error) => {
        return (error instanceof Error);
    },
    isRetriableError: (error) => {
        if (!Handlers.isNodeError(error))
            return false;
        const { code } = error;
        if (code === 'EMFILE' || code === 'ENFILE' || code === 'EAGAIN' || code === 'EBUSY' || code === 'EACCESS' || code === 'EACCES' || code === 'EACCS' || code === 'EPERM')
            return true;
        return false;
    },
    onChangeError: (error) => {
        if (!Handlers.isNodeError(error))
            throw error;
        if (Handlers.isChangeErrorOk(error))
            return;
        throw error;
    }
};
/* EXPORT */
/* harmony default export */ const handlers = (Handlers);

;// CONCATENATED MODULE: ./node_modules/stubborn-fs/dist/constants.js
/* IMPORT */


/* MAIN */
const ATTEMPTIFY_CHANGE_ERROR_OPTIONS = {
    onError: handlers.onChangeError
};
const ATTEMPTIFY_NOOP_OPTIONS = {
    onError: () => undefined
};
const IS_USER_ROOT = (external_node_process_.getuid ? !external_node_process_.getuid() : false);
const RETRYIFY_OPTIONS = {
    isRetriable: handlers.isRetriableError
};
/* EXPORT */


;// CONCATENATED MODULE: ./node_modules/stubborn-fs/dist/index.js
/* IMPORT */





/* MAIN */
const FS = {
    attempt: {
        /* ASYNC */
        chmod: attemptify_async((0,external_node_util_.promisify)(external_node_fs_.chmod), ATTEMPTIFY_CHANGE_ERROR_OPTIONS),
        chown: attemptify_async((0,external_node_util_.promisify)(external_node_fs_.chown), ATTEMPTIFY_CHANGE_ERROR_OPTIONS),
        close: attemptify_async((0,external_node_util_.promisify)(external_node_fs_.close), ATTEMPTIFY_NOOP_OPTIONS),
        fsync: attemptify_async((0,external_node_util_.promisify)(external_node_fs_.fsync), ATTEMPTIFY_NOOP_OPTIONS),
        mkdir: attemptify_async((0,external_node_util_.promisify)(external_node_fs_.mkdir), ATTEMPTIFY_NOOP_OPTIONS),
        realpath: attemptify_async((0,external_node_util_.promisify)(external_node_fs_.realpath), ATTEMPTIFY_NOOP_OPTIONS),
        stat: attemptify_async((0,external_node_util_.promisify)(external_node_fs_.stat), ATTEMPTIFY_NOOP_OPTIONS),
        unlink: attemptify_async((0,external_node_util_.promisify)(external_node_fs_.unlink), ATTEMPTIFY_NOOP_OPTIONS),
        /* SYNC */
        chmodSync: attemptify_sync(external_node_fs_.chmodSync, ATTEMPTIFY_CHANGE_ERROR_OPTIONS),
        chownSync: attemptify_sync(external_node_fs_.chownSync, ATTEMPTIFY_CHANGE_ERROR_OPTIONS),
        closeSync: attemptify_sync(external_node_fs_.closeSync, ATTEMPTIFY_NOOP_OPTIONS),
        existsSync: attemptify_sync(external_node_fs_.existsSync, ATTEMPTIFY_NOOP_OPTIONS),
        fsyncSync: attemptify_sync(external_node_fs_.fsync, ATTEMPTIFY_NOOP_OPTIONS),
        mkdirSync: attemptify_sync(external_node_fs_.mkdirSync, ATTEMPTIFY_NOOP_OPTIONS),
        realpathSync: attemptify_sync(external_node_fs_.realpathSync, ATTEMPTIFY_NOOP_OPTIONS),
        statSync: attemptify_sync(external_node_fs_.statSync, ATTEMPTIFY_NOOP_OPTIONS),
        unlinkSync: attemptify_sync(external_node_fs_.unlinkSync, ATTEMPTIFY_NOOP_OPTIONS)
    },
    retry: {
        /* ASYNC */
        close: retryify_async((0,external_node_util_.promisify)(external_node_fs_.close), RETRYIFY_OPTIONS),
        fsync: retryify_async((0,external_node_util_.promisify)(external_node_fs_.fsync), RETRYIFY_OPTIONS),
        open: retryify_async((0,external_node_util_.promisify)(external_node_fs_.open), RETRYIFY_OPTIONS),
        readFile: retryify_async((0,external_node_util_.promisify)(external_node_fs_.readFile), RETRYIFY_OPTIONS),
        rename: retryify_async((0,external_node_util_.promisify)(external_node_fs_.rename), RETRYIFY_OPTIONS),
        stat: retryify_async((0,external_node_util_.promisify)(external_node_fs_.stat), RETRYIFY_OPTIONS),
        write: retryify_async((0,external_node_util_.promisify)(external_node_fs_.write), RETRYIFY_OPTIONS),
        writeFile: retryify_async((0,external_node_util_.promisify)(external_node_fs_.writeFile), RETRYIFY_OPTIONS),
        /* SYNC */
        closeSync: retryify_sync(external_node_fs_.closeSync, RETRYIFY_OPTIONS),
        fsyncSync: retryify_sync(external_node_fs_.fsyncSync, RETRYIFY_OPTIONS),
        openSync: retryify_sync(external_node_fs_.openSync, RETRYIFY_OPTIONS),
        readFileSync: retryify_sync(external_node_fs_.readFileSync, RETRYIFY_OPTIONS),
        renameSync: retryify_sync(external_node_fs_.renameSync, RETRYIFY_OPTIONS),
        statSync: retryify_sync(external_node_fs_.statSync, RETRYIFY_OPTIONS),
        writeSync: retryify_sync(external_node_fs_.writeSync, RETRYIFY_OPTIONS),
        writeFileSync: retryify_sync(external_node_fs_.writeFileSync, RETRYIFY_OPTIONS)
    }
};
/* EXPORT */
/* harmony default export */ const dist = (FS);

;// CONCATENATED MODULE: ./node_modules/atomically/dist/constants.js
/* IMPORT */

/* MAIN */
const DEFAULT_ENCODING = 'utf8';
const DEFAULT_FILE_MODE = 0o666;
const DEFAULT_FOLDER_MODE = 0o777;
const DEFAULT_READ_OPTIONS = {};
const DEFAULT_WRITE_OPTIONS = {};
const DEFAULT_USER_UID = external_node_process_.geteuid ? external_node_process_.geteuid() : -1;
const DEFAULT_USER_GID = external_node_process_.getegid ? external_node_process_.getegid() : -1;
const DEFAULT_INTERVAL_ASYNC = 200;
const DEFAULT_TIMEOUT_ASYNC = 7500;
const DEFAULT_TIMEOUT_SYNC = 1000;
const IS_POSIX = !!external_node_process_.getuid;
const constants_IS_USER_ROOT = external_node_process_.getuid ? !external_node_process_.getuid() : false;
const LIMIT_BASENAME_LENGTH = 128; //TODO: Fetch the real limit from the filesystem //TODO: Fetch the whole-path length limit too
const NOOP = () => { };
/* EXPORT */


;// CONCATENATED MODULE: ./node_modules/atomically/dist/utils/lang.js
/* IMPORT */
/* MAIN */
const isException = (value) => {
    return (value instanceof Error) && ('code' in value);
};
const isFunction = (value) => {
    return (typeof value === 'function');
};
const isString = (value) => {
    return (typeof value === 'string');
};
const isUndefined = (value) => {
    return (value === undefined);
};
/* EXPORT */


;// CONCATENATED MODULE: ./node_modules/atomically/dist/utils/scheduler.js
/* IMPORT */
/* HELPERS */
const Queues = {};
/* MAIN */
//TODO: Maybe publish this as a standalone package
const Scheduler = {
    /* API */
    next: (id) => {
        const queue = Queues[id];
        if (!queue)
            return;
        queue.shift();
        const job = queue[0];
        if (job) {
            job(() => Scheduler.next(id));
        }
        else {
            delete Queues[id];
        }
    },
    schedule: (id) => {
        return new Promise(resolve => {
            let queue = Queues[id];
            if (!queue)
                queue = Queues[id] = [];
            queue.push(resolve);
            if (queue.length > 1)
                return;
            resolve(() => Scheduler.next(id));
        });
    }
};
/* EXPORT */
/* harmony default export */ const scheduler = (Scheduler);

;// CONCATENATED MODULE: ./node_modules/when-exit/dist/node/constants.js
/* IMPORT */

/* MAIN */
const IS_LINUX = (external_node_process_.platform === 'linux');
const IS_WINDOWS = (external_node_process_.platform === 'win32');
/* EXPORT */


;// CONCATENATED MODULE: ./node_modules/when-exit/dist/node/signals.js
/* IMPORT */

/* MAIN */
//URL: https://github.com/tapjs/signal-exit/blob/458776d9cf8be89712aa1f7b45bb2163ce15ef4a/src/signals.ts
const Signals = ['SIGHUP', 'SIGINT', 'SIGTERM'];
if (!IS_WINDOWS) {
    Signals.push('SIGALRM', 'SIGABRT', 'SIGVTALRM', 'SIGXCPU', 'SIGXFSZ', 'SIGUSR2', 'SIGTRAP', 'SIGSYS', 'SIGQUIT', 'SIGIOT');
}
if (IS_LINUX) {
    Signals.push('SIGIO', 'SIGPOLL', 'SIGPWR', 'SIGSTKFLT');
}
/* EXPORT */
/* harmony default export */ const signals = (Signals);

;// CONCATENATED MODULE: ./node_modules/when-exit/dist/node/interceptor.js
/* IMPORT */



/* MAIN */
class Interceptor {
    /* CONSTRUCTOR */
    constructor() {
        /* VARIABLES */
        this.callbacks = new Set();
        this.exited = false;
        /* API */
        this.exit = (signal) => {
            if (this.exited)
                return;
            this.exited = true;
            for (const callback of this.callbacks) {
                callback();
            }
            if (signal) {
                if (IS_WINDOWS && (signal !== 'SIGINT' && signal !== 'SIGTERM' && signal !== 'SIGKILL')) { // Windows doesn't support POSIX signals, but Node emulates these 3 signals for us
                    external_node_process_.kill(external_node_process_.pid, 'SIGTERM');
                }
                else {
                    external_node_process_.kill(external_node_process_.pid, signal);
                }
            }
        };
        this.hook = () => {
            external_node_process_.once('exit', () => this.exit());
            for (const signal of signals) {
                try {
                    external_node_process_.once(signal, () => this.exit(signal));
                }
                catch {
                    // Sometimes "process.once" can throw...
                }
            }
        };
        this.register = (callback) => {
            this.callbacks.add(callback);
            return () => {
                this.callbacks.delete(callback);
            };
        };
        this.hook();
    }
}
/* EXPORT */
/* harmony default export */ const interceptor = (new Interceptor());

;// CONCATENATED MODULE: ./node_modules/when-exit/dist/node/index.js
/* IMPORT */

/* MAIN */
const whenExit = interceptor.register;
/* EXPORT */
/* harmony default export */ const node = (whenExit);

;// CONCATENATED MODULE: ./node_modules/atomically/dist/utils/temp.js
/* IMPORT */




/* MAIN */
//TODO: Maybe publish this as a standalone package
const Temp = {
    /* VARIABLES */
    store: {}, // filePath => purge
    /* API */
    create: (filePath) => {
        const randomness = `000000${Math.floor(Math.random() * 16777215).toString(16)}`.slice(-6); // 6 random-enough hex characters
        const timestamp = Date.now().toString().slice(-10); // 10 precise timestamp digits
        const prefix = 'tmp-';
        const suffix = `.${prefix}${timestamp}${randomness}`;
        const tempPath = `${filePath}${suffix}`;
        return tempPath;
    },
    get: (filePath, creator, purge = true) => {
        const tempPath = Temp.truncate(creator(filePath));
        if (tempPath in Temp.store)
            return Temp.get(filePath, creator, purge); // Collision found, try again
        Temp.store[tempPath] = purge;
        const disposer = () => delete Temp.store[tempPath];
        return [tempPath, disposer];
    },
    purge: (filePath) => {
        if (!Temp.store[filePath])
            return;
        delete Temp.store[filePath];
        dist.attempt.unlink(filePath);
    },
    purgeSync: (filePath) => {
        if (!Temp.store[filePath])
            return;
        delete Temp.store[filePath];
        dist.attempt.unlinkSync(filePath);
    },
    purgeSyncAll: () => {
        for (const filePath in Temp.store) {
            Temp.purgeSync(filePath);
        }
    },
    truncate: (filePath) => {
        const basename = external_node_path_.basename(filePath);
        if (basename.length <= LIMIT_BASENAME_LENGTH)
            return filePath; //FIXME: Rough and quick attempt at detecting ok lengths
        const truncable = /^(\.?)(.*?)((?:\.[^.]+)?(?:\.tmp-\d{10}[a-f0-9]{6})?)$/.exec(basename);
        if (!truncable)
            return filePath; //FIXME: No truncable part detected, can't really do much without also changing the parent path, which is unsafe, hoping for the best here
        const truncationLength = basename.length - LIMIT_BASENAME_LENGTH;
        return `${filePath.slice(0, -basename.length)}${truncable[1]}${truncable[2].slice(0, -truncationLength)}${truncable[3]}`; //FIXME: The truncable part might be shorter than needed here
    }
};
/* INIT */
node(Temp.purgeSyncAll); // Ensuring purgeable temp files are purged on exit
/* EXPORT */
/* harmony default export */ const temp = (Temp);

;// CONCATENATED MODULE: ./node_modules/atomically/dist/index.js
/* IMPORT */









function readFile(filePath, options = DEFAULT_READ_OPTIONS) {
    if (isString(options))
        return readFile(filePath, { encoding: options });
    const timeout = options.timeout ?? DEFAULT_TIMEOUT_ASYNC;
    const retryOptions = { timeout, interval: DEFAULT_INTERVAL_ASYNC };
    return dist.retry.readFile(retryOptions)(filePath, options);
}
function readFileSync(filePath, options = DEFAULT_READ_OPTIONS) {
    if (isString(options))
        return readFileSync(filePath, { encoding: options });
    const timeout = options.timeout ?? DEFAULT_TIMEOUT_SYNC;
    const retryOptions = { timeout };
    return dist.retry.readFileSync(retryOptions)(filePath, options);
}
function writeFile(filePath, data, options, callback) {
    if (isFunction(options))
        return writeFile(filePath, data, DEFAULT_WRITE_OPTIONS, options);
    const promise = writeFileAsync(filePath, data, options);
    if (callback)
        promise.then(callback, callback);
    return promise;
}
async function writeFileAsync(filePath, data, options = DEFAULT_WRITE_OPTIONS) {
    if (isString(options))
        return writeFileAsync(filePath, data, { encoding: options });
    const timeout = options.timeout ?? DEFAULT_TIMEOUT_ASYNC;
    const retryOptions = { timeout, interval: DEFAULT_INTERVAL_ASYNC };
    let schedulerCustomDisposer = null;
    let schedulerDisposer = null;
    let tempDisposer = null;
    let tempPath = null;
    let fd = null;
    try {
        if (options.schedule)
            schedulerCustomDisposer = await options.schedule(filePath);
        schedulerDisposer = await scheduler.schedule(filePath);
        const filePathReal = await dist.attempt.realpath(filePath);
        const filePathExists = !!filePathReal;
        filePath = filePathReal || filePath;
        [tempPath, tempDisposer] = temp.get(filePath, options.tmpCreate || temp.create, !(options.tmpPurge === false));
        const useStatChown = IS_POSIX && isUndefined(options.chown);
        const useStatMode = isUndefined(options.mode);
        if (filePathExists && (useStatChown || useStatMode)) {
            const stats = await dist.attempt.stat(filePath);
            if (stats) {
                options = { ...options };
                if (useStatChown) {
                    options.chown = { uid: stats.uid, gid: stats.gid };
                }
                if (useStatMode) {
                    options.mode = stats.mode;
                }
            }
        }
        if (!filePathExists) {
            const parentPath = external_node_path_.dirname(filePath);
            await dist.attempt.mkdir(parentPath, {
                mode: DEFAULT_FOLDER_MODE,
                recursive: true
            });
        }
        fd = await dist.retry.open(retryOptions)(tempPath, 'w', options.mode || DEFAULT_FILE_MODE);
        if (options.tmpCreated) {
            options.tmpCreated(tempPath);
        }
        if (isString(data)) {
            await dist.retry.write(retryOptions)(fd, data, 0, options.encoding || DEFAULT_ENCODING);
        }
        else if (data instanceof external_node_stream_.Readable) {
            const writeStream = (0,external_node_fs_.createWriteStream)(tempPath, { fd, autoClose: false });
            const finishPromise = (0,external_node_events_.once)(writeStream, 'finish');
            data.pipe(writeStream);
            await finishPromise;
        }
        else if (!isUndefined(data)) {
            await dist.retry.write(retryOptions)(fd, data, 0, data.length, 0);
        }
        if (options.fsync !== false) {
            if (options.fsyncWait !== false) {
                await dist.retry.fsync(retryOptions)(fd);
            }
            else {
                dist.attempt.fsync(fd);
            }
        }
        await dist.retry.close(retryOptions)(fd);
        fd = null;
        if (options.chown && (options.chown.uid !== DEFAULT_USER_UID || options.chown.gid !== DEFAULT_USER_GID)) {
            await dist.attempt.chown(tempPath, options.chown.uid, options.chown.gid);
        }
        if (options.mode && options.mode !== DEFAULT_FILE_MODE) {
            await dist.attempt.chmod(tempPath, options.mode);
        }
        try {
            await dist.retry.rename(retryOptions)(tempPath, filePath);
        }
        catch (error) {
            if (!isException(error))
                throw error;
            if (error.code !== 'ENAMETOOLONG')
                throw error;
            await dist.retry.rename(retryOptions)(tempPath, temp.truncate(filePath));
        }
        tempDisposer();
        tempPath = null;
    }
    finally {
        if (fd)
            await dist.attempt.close(fd);
        if (tempPath)
            temp.purge(tempPath);
        if (schedulerCustomDisposer)
            schedulerCustomDisposer();
        if (schedulerDisposer)
            schedulerDisposer();
    }
}
function writeFileSync(filePath, data, options = DEFAULT_WRITE_OPTIONS) {
    if (isString(options))
        return writeFileSync(filePath, data, { encoding: options });
    const timeout = options.timeout ?? DEFAULT_TIMEOUT_SYNC;
    const retryOptions = { timeout };
    let tempDisposer = null;
    let tempPath = null;
    let fd = null;
    try {
        const filePathReal = dist.attempt.realpathSync(filePath);
        const filePathExists = !!filePathReal;
        filePath = filePathReal || filePath;
        [tempPath, tempDisposer] = temp.get(filePath, options.tmpCreate || temp.create, !(options.tmpPurge === false));
        const useStatChown = IS_POSIX && isUndefined(options.chown);
        const useStatMode = isUndefined(options.mode);
        if (filePathExists && (useStatChown || useStatMode)) {
            const stats = dist.attempt.statSync(filePath);
            if (stats) {
                options = { ...options };
                if (useStatChown) {
                    options.chown = { uid: stats.uid, gid: stats.gid };
                }
                if (useStatMode) {
                    options.mode = stats.mode;
                }
            }
        }
        if (!filePathExists) {
            const parentPath = external_node_path_.dirname(filePath);
            dist.attempt.mkdirSync(parentPath, {
                mode: DEFAULT_FOLDER_MODE,
                recursive: true
            });
        }
        fd = dist.retry.openSync(retryOptions)(tempPath, 'w', options.mode || DEFAULT_FILE_MODE);
        if (options.tmpCreated) {
            options.tmpCreated(tempPath);
        }
        if (isString(data)) {
            dist.retry.writeSync(retryOptions)(fd, data, 0, options.encoding || DEFAULT_ENCODING);
        }
        else if (!isUndefined(data)) {
            dist.retry.writeSync(retryOptions)(fd, data, 0, data.length, 0);
        }
        if (options.fsync !== false) {
            if (options.fsyncWait !== false) {
                dist.retry.fsyncSync(retryOptions)(fd);
            }
            else {
                dist.attempt.fsync(fd);
            }
        }
        dist.retry.closeSync(retryOptions)(fd);
        fd = null;
        if (options.chown && (options.chown.uid !== DEFAULT_USER_UID || options.chown.gid !== DEFAULT_USER_GID)) {
            dist.attempt.chownSync(tempPath, options.chown.uid, options.chown.gid);
        }
        if (options.mode && options.mode !== DEFAULT_FILE_MODE) {
            dist.attempt.chmodSync(tempPath, options.mode);
        }
        try {
            dist.retry.renameSync(retryOptions)(tempPath, filePath);
        }
        catch (error) {
            if (!isException(error))
                throw error;
            if (error.code !== 'ENAMETOOLONG')
                throw error;
            dist.retry.renameSync(retryOptions)(tempPath, temp.truncate(filePath));
        }
        tempDisposer();
        tempPath = null;
    }
    finally {
        if (fd)
            dist.attempt.closeSync(fd);
        if (tempPath)
            temp.purge(tempPath);
    }
}
/* EXPORT */



/***/ })

};

//# sourceMappingURL=847.index.js.map