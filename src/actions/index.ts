import type { z } from 'zod'
import { enableCompileCache } from '../adapters/compile-cache.js'
import { failStep } from './step-failure.js'

/**
 * The launcher of the four actions (dist/actions/index.js); each action's own entry
 * (dist/<name>/index.js, written by scripts/build-actions.sh) only names which one to run.
 * Everything else is loaded with import(), so ncc splits it into chunks and an action loads
 * only its own code path: first its input schema, then, once the inputs are valid, its job.
 * The compile cache is turned on before any chunk loads: it only covers modules loaded after.
 */

interface Action {
  readonly inputs: () => Promise<{ readonly InputsSchema: z.ZodObject }>
  readonly main: () => Promise<{ readonly main: (inputs: never) => Promise<void> }>
}

const ACTIONS: Readonly<Record<string, Action>> = {
  item: { inputs: () => import('./item/inputs.js'), main: () => import('./item/main.js') },
  plan: { inputs: () => import('./plan/inputs.js'), main: () => import('./plan/main.js') },
  gate: { inputs: () => import('./gate/inputs.js'), main: () => import('./gate/main.js') },
  dispatch: {
    inputs: () => import('./dispatch/inputs.js'),
    main: () => import('./dispatch/main.js')
  }
}

/** Runs an action: any failure fails the step with one clear message. */
export async function runNamedAction(name: string): Promise<void> {
  const action = ACTIONS[name]
  if (action === undefined) throw new Error(`no action named ${name}`)
  enableCompileCache()
  try {
    const [{ readInputs }, { InputsSchema }] = await Promise.all([
      import('./inputs.js'),
      action.inputs()
    ])
    const inputs = readInputs(InputsSchema)
    await (await action.main()).main(inputs as never)
  } catch (error) {
    failStep(error instanceof Error ? error.message : String(error))
  }
}
