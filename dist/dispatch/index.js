import { runNamedAction } from '../actions/index.js'

runNamedAction('dispatch')
