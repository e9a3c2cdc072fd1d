import { runNamedAction } from '../actions/index.js'

runNamedAction('plan')
