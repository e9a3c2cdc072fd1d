import { runAction } from './context.js'
import { main as dispatch } from './dispatch/main.js'
import { main as gate } from './gate/main.js'
import { main as item } from './item/main.js'
import { main as plan } from './plan/main.js'

/**
 * One bundle for the four actions (dist/actions/index.js); each action's own entry
 * (dist/<name>/index.js, written by scripts/build-actions.sh) only names which one to run.
 */

const ACTIONS: Readonly<Record<string, () => Promise<void>>> = { item, plan, gate, dispatch }

export function runNamedAction(name: string): void {
  const main = ACTIONS[name]
  if (main === undefined) throw new Error(`no action named ${name}`)
  runAction(main)
}
