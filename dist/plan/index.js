import { runNamedAction } from '../actions/index.js'

await runNamedAction('plan')
