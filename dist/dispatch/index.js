import { runNamedAction } from '../actions/index.js'

await runNamedAction('dispatch')
