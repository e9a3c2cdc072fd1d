export const id = 933;
export const ids = [933];
export const modules = {

/***/ 52933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   InputsSchema: () => (/* binding */ InputsSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92857);

/** The continue action's inputs, checked before its job loads (main.ts). */
const InputsSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    workflow: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    ref: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    playbook: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    'run-id': zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    'state-run-id': zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    hop: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^\d+$/, 'must be a whole number'),
    'max-hops': zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^\d+$/, 'must be a whole number'),
    'evidence-path': zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    'github-token': zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1)
});


/***/ })

};
