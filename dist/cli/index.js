#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3242:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.compileCacheDir = compileCacheDir;
exports.enableCompileCache = enableCompileCache;
const node_fs_1 = __nccwpck_require__(3024);
const node_module_1 = __importDefault(__nccwpck_require__(8995));
const node_os_1 = __nccwpck_require__(8161);
const node_path_1 = __nccwpck_require__(6760);
/** The runner's tool cache on a GitHub runner (kept between jobs), else the user's cache dir. */
function compileCacheDir(env) {
    return (0, node_path_1.join)(cacheRoot(env), 'plan-orchestrator', 'compile-cache');
}
function enableCompileCache(env = process.env) {
    // Set at all, as Node.js itself reads it.
    if (env['NODE_DISABLE_COMPILE_CACHE'] !== undefined)
        return;
    // Node.js has turned on the cache in the directory the user chose, before this code ran.
    if ((env['NODE_COMPILE_CACHE'] ?? '') !== '')
        return;
    // Not in @types/node 20, which the sources are checked against.
    const enable = node_module_1.default
        .enableCompileCache;
    if (typeof enable !== 'function')
        return;
    try {
        const dir = compileCacheDir(env);
        if (makeDirectory(dir) && isPrivateDirectory(dir))
            enable.call(node_module_1.default, dir);
    }
    catch {
        // No cache: the same code, compiled afresh.
    }
}
function cacheRoot(env) {
    const toolCache = env['RUNNER_TOOL_CACHE'];
    if (toolCache !== undefined && toolCache !== '')
        return toolCache;
    switch ((0, node_os_1.platform)()) {
        case 'win32':
            return env['LOCALAPPDATA'] || (0, node_path_1.join)((0, node_os_1.homedir)(), 'AppData', 'Local');
        case 'darwin':
            return (0, node_path_1.join)((0, node_os_1.homedir)(), 'Library', 'Caches');
        default:
            return env['XDG_CACHE_HOME'] || (0, node_path_1.join)((0, node_os_1.homedir)(), '.cache');
    }
}
/**
 * `mkdir -p`, one level at a time, each level it makes 0700: Node's own recursive mkdir never
 * returns where a parent refuses new entries, such as under /proc.
 */
function makeDirectory(dir) {
    const missing = [];
    for (let at = dir; !(0, node_fs_1.existsSync)(at); at = (0, node_path_1.dirname)(at)) {
        if ((0, node_path_1.dirname)(at) === at)
            return false;
        missing.unshift(at);
    }
    for (const at of missing) {
        try {
            (0, node_fs_1.mkdirSync)(at, { mode: 0o700 });
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                return false;
        }
    }
    return true;
}
/** Made earlier, by someone else or with looser modes: not ours to trust. */
function isPrivateDirectory(dir) {
    const made = (0, node_fs_1.lstatSync)(dir);
    if (!made.isDirectory() || (made.mode & 0o077) !== 0)
        return false;
    return process.getuid === undefined || made.uid === process.getuid();
}


/***/ }),

/***/ 9612:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isKernelCommand = isKernelCommand;
exports.kernelV8Flags = kernelV8Flags;
exports.favourMemoryInKernel = favourMemoryInKernel;
/** Subcommands whose process is a kernel: it runs items, for minutes or hours. */
const KERNEL_COMMANDS = new Set(['run', 'resume']);
/**
 * A kernel asks V8 to favour memory over speed (`--optimize-for-size`), so that its young
 * generation stays at a few MB instead of growing to 32 and its old one is collected near its
 * live size, and runs without V8's compilers (`--no-opt --no-maglev --no-sparkplug`): the
 * optimizing ones map about 10 MB more of node's code, and each holds its own output (the
 * baseline's about 0.75 MB of the heap), for code the kernel runs a few times per item while
 * it waits for git, agents and verification. `--max-lazy` compiles a function when it first
 * runs even where V8's heuristics would compile it with its script (the bundle's module
 * functions, wrapped in parentheses, look like code about to run): about 3.5 MB less at the
 * peak for 3 % more CPU. The trades are measured in docs/performance.md ("Memory" and the
 * third pass below it).
 */
const KERNEL_FLAGS = '--optimize-for-size --no-opt --no-maglev --no-sparkplug --max-lazy';
/**
 * A process of this CLI that runs items: it favours memory over start-up time. It sets the
 * flags above and leaves V8's compile cache off, because a warm cache hands V8 at once the
 * compiled code of every function an earlier process ran, which added about 1.5 MB to the
 * peak at a run's start, for about 20 ms saved once per run.
 */
function isKernelCommand(args) {
    return KERNEL_COMMANDS.has(args[0] ?? '');
}
/**
 * The V8 flags a process of this CLI sets for itself, given its arguments. Other commands
 * than the kernel's are short and keep V8's defaults.
 */
function kernelV8Flags(args) {
    return isKernelCommand(args) ? KERNEL_FLAGS : undefined;
}
/**
 * Sets them before the command loads its code (the flag is read as the heap grows). `node:v8`
 * is loaded only then: loading it costs every other command about 1.5 ms of its start.
 */
async function favourMemoryInKernel(args) {
    const flags = kernelV8Flags(args);
    if (flags !== undefined)
        (await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8877, 23))).setFlagsFromString(flags);
}


/***/ }),

/***/ 3882:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.VERSION = void 0;
/** The CLI's version (`--version`), kept apart so the entry can answer it alone. */
exports.VERSION = '0.1.0';


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 9140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1535:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path/posix");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};
// This entry need to be wrapped in an IIFE because it uses a non-standard name for the exports (exports).
(() => {
var exports = __webpack_exports__;

Object.defineProperty(exports, "B", ({ value: true }));
const compile_cache_js_1 = __nccwpck_require__(3242);
const kernel_heap_js_1 = __nccwpck_require__(9612);
const version_js_1 = __nccwpck_require__(3882);
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
    // What commander prints for it, without loading the CLI to say one line.
    process.stdout.write(`${version_js_1.VERSION}\n`);
}
else {
    // The compile cache covers only modules loaded after it is on, so the entry stays this
    // small and loads the CLI (and each command its own code, src/cli/program.ts) afterwards.
    // A kernel runs for minutes: it compiles as it goes rather than hold at its start the
    // compiled code of everything an earlier process ran (src/cli/kernel-heap.ts).
    if (!(0, kernel_heap_js_1.isKernelCommand)(args))
        (0, compile_cache_js_1.enableCompileCache)(process.env);
    void Promise.all(/* import() */[__nccwpck_require__.e(909), __nccwpck_require__.e(957)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2957)).then(({ main }) => main());
}

})();

var __webpack_exports___esModule = __webpack_exports__.B;
export { __webpack_exports___esModule as __esModule };

//# sourceMappingURL=index.js.map