/** The environment variable `--playbook` falls back to. */
export const PLAYBOOK_ENV = 'PLAN_ORCHESTRATOR_PLAYBOOK_PATH'
