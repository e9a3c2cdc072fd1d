export const id = 812;
export const ids = [812];
export const modules = {

/***/ 76812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubApi: () => (/* binding */ createGitHubApi)
});

// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(14730);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-request-log/dist-src/index.js + 1 modules
var plugin_request_log_dist_src = __webpack_require__(55077);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var dist_bundle = __webpack_require__(93779);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js + 3 modules
var plugin_rest_endpoint_methods_dist_src = __webpack_require__(49210);
;// CONCATENATED MODULE: ./node_modules/@octokit/rest/dist-src/version.js
const VERSION = "22.0.1";


;// CONCATENATED MODULE: ./node_modules/@octokit/rest/dist-src/index.js





const Octokit = dist_src/* Octokit */.E.plugin(plugin_request_log_dist_src/* requestLog */.M, plugin_rest_endpoint_methods_dist_src/* legacyRestEndpointMethods */.T, dist_bundle/* paginateRest */.ud).defaults(
  {
    userAgent: `octokit-rest.js/${VERSION}`
  }
);


// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
;// CONCATENATED MODULE: ./src/adapters/github/github-api.ts


/**
 * The few GitHub REST calls the actions make, behind one small interface. Responses are read
 * through zod, so a changed or partial answer fails loudly instead of being half-believed.
 */
/** Requests run as this API version whatever the client's default: the version GitHub's REST description (which the tests validate against) speaks. */
const API_VERSION = '2022-11-28';
const PullRequestSchema = schemas/* object */.Ikc({
    number: schemas/* number */.aig(),
    node_id: schemas/* string */.YjP(),
    html_url: schemas/* string */.YjP(),
    draft: schemas/* boolean */.zMY().optional(),
    base: schemas/* object */.Ikc({ ref: schemas/* string */.YjP() })
});
function pullFacts(data) {
    const pull = PullRequestSchema.parse(data);
    return {
        number: pull.number,
        nodeId: pull.node_id,
        url: pull.html_url,
        draft: pull.draft === true,
        base: pull.base.ref
    };
}
const ReadyResponseSchema = schemas/* object */.Ikc({
    markPullRequestReadyForReview: schemas/* object */.Ikc({
        pullRequest: schemas/* object */.Ikc({ isDraft: schemas/* boolean */.zMY() })
    })
});
const UserSchema = schemas/* object */.Ikc({ login: schemas/* string */.YjP(), id: schemas/* number */.aig() });
const ReviewsSchema = schemas/* array */.YOg(schemas/* object */.Ikc({
    state: schemas/* string */.YjP(),
    user: UserSchema,
    comment: schemas/* string */.YjP(),
    environments: schemas/* array */.YOg(schemas/* object */.Ikc({ name: schemas/* string */.YjP() }))
}));
const EnvironmentSchema = schemas/* object */.Ikc({
    protection_rules: schemas/* array */.YOg(schemas/* object */.Ikc({
        type: schemas/* string */.YjP(),
        prevent_self_review: schemas/* boolean */.zMY().optional(),
        reviewers: schemas/* array */.YOg(schemas/* unknown */.L5J()).optional()
    }))
        .optional()
});
const ReviewerSchema = schemas/* object */.Ikc({
    type: schemas/* string */.YjP(),
    reviewer: schemas/* object */.Ikc({
        login: schemas/* string */.YjP().optional(),
        slug: schemas/* string */.YjP().optional(),
        organization: schemas/* object */.Ikc({ login: schemas/* string */.YjP() }).optional()
    })
});
const RepositorySchema = schemas/* object */.Ikc({ full_name: schemas/* string */.YjP() });
const WorkflowRunSchema = schemas/* object */.Ikc({
    id: schemas/* number */.aig(),
    path: schemas/* string */.YjP(),
    head_branch: schemas/* string */.YjP().nullable(),
    run_attempt: schemas/* number */.aig().int().min(1).optional(),
    actor: UserSchema.nullable().optional(),
    triggering_actor: UserSchema.nullable().optional(),
    repository: RepositorySchema,
    head_repository: RepositorySchema.nullable().optional()
});
const DispatchResponseSchema = schemas/* object */.Ikc({
    workflow_run_id: schemas/* number */.aig(),
    html_url: schemas/* string */.YjP()
});
function createGitHubApi(input) {
    const octokit = new Octokit({
        auth: input.token,
        baseUrl: input.baseUrl,
        headers: { 'x-github-api-version': API_VERSION }
    });
    const { owner, repo } = input.repository;
    return {
        async reviews(runId) {
            const response = await octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals', { owner, repo, run_id: runId });
            return ReviewsSchema.parse(response.data);
        },
        async environmentRules(name) {
            let data;
            try {
                data = (await octokit.request('GET /repos/{owner}/{repo}/environments/{environment_name}', {
                    owner,
                    repo,
                    environment_name: name
                })).data;
            }
            catch (error) {
                if (error.status === 404)
                    return undefined;
                throw error;
            }
            const rules = EnvironmentSchema.parse(data).protection_rules ?? [];
            const reviewers = rules.find((rule) => rule.type === 'required_reviewers');
            return {
                requiredReviewers: reviewers?.reviewers?.length ?? 0,
                preventSelfReview: reviewers?.prevent_self_review === true,
                reviewerNames: (reviewers?.reviewers ?? []).flatMap((entry) => {
                    const named = ReviewerSchema.safeParse(entry);
                    if (!named.success)
                        return [];
                    const { type, reviewer } = named.data;
                    if (type === 'User' && reviewer.login !== undefined)
                        return [`@${reviewer.login}`];
                    if (type === 'Team' && reviewer.slug !== undefined)
                        return [`team ${reviewer.organization?.login ?? owner}/${reviewer.slug}`];
                    return [];
                })
            };
        },
        async workflowRun(runId) {
            const response = await octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', {
                owner,
                repo,
                run_id: runId
            });
            const run = WorkflowRunSchema.parse(response.data);
            return {
                id: run.id,
                repository: run.repository.full_name,
                headRepository: run.head_repository?.full_name ?? null,
                path: run.path,
                headBranch: run.head_branch,
                runAttempt: run.run_attempt ?? 1,
                actor: run.actor ?? null,
                triggeringActor: run.triggering_actor ?? null
            };
        },
        async dispatch({ workflow, ref, inputs }) {
            const response = await octokit.request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', { owner, repo, workflow_id: workflow, ref, inputs, return_run_details: true });
            // 204 from servers that predate run details; 200 with the new run's id otherwise.
            if (response.status === 204)
                return { workflowRunId: null, htmlUrl: null };
            const details = DispatchResponseSchema.parse(response.data);
            return { workflowRunId: details.workflow_run_id, htmlUrl: details.html_url };
        },
        async pullRequestsFrom(branch) {
            const response = await octokit.request('GET /repos/{owner}/{repo}/pulls', {
                owner,
                repo,
                head: `${owner}:${branch}`,
                state: 'open',
                sort: 'created',
                direction: 'asc',
                per_page: 100
            });
            return schemas/* array */.YOg(schemas/* unknown */.L5J()).parse(response.data).map(pullFacts);
        },
        async createPullRequest({ head, base, title, body, draft }) {
            const response = await octokit.request('POST /repos/{owner}/{repo}/pulls', {
                owner,
                repo,
                head,
                base,
                title,
                body,
                draft
            });
            return pullFacts(response.data);
        },
        async updatePullRequestBody(number, body) {
            const response = await octokit.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
                owner,
                repo,
                pull_number: number,
                body
            });
            return pullFacts(response.data);
        },
        async markReadyForReview(nodeId) {
            const data = await octokit.graphql(`mutation($pullRequestId: ID!) {
          markPullRequestReadyForReview(input: { pullRequestId: $pullRequestId }) {
            pullRequest { isDraft }
          }
        }`, { pullRequestId: nodeId });
            if (ReadyResponseSchema.parse(data).markPullRequestReadyForReview.pullRequest.isDraft)
                throw new Error('GitHub left the pull request a draft');
        }
    };
}


/***/ })

};
