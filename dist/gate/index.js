import { runNamedAction } from '../actions/index.js'

runNamedAction('gate')
