import { setTimeout as delay } from 'node:timers/promises'

/**
 * Waits a supervisor can be woken from: by its stop signal, or by the event it waits for (a
 * kernel exiting), so neither a SIGTERM nor an exit is noticed a whole poll interval late.
 */

export async function sleepUnless(
  ms: number,
  stop: AbortSignal,
  wake?: Promise<unknown>
): Promise<void> {
  const timer = new AbortController()
  const onStop = (): void => timer.abort()
  stop.addEventListener('abort', onStop, { once: true })
  try {
    await Promise.race([
      delay(Math.max(0, ms), undefined, { signal: timer.signal }).catch(() => undefined),
      ...(wake === undefined ? [] : [wake])
    ])
  } finally {
    timer.abort()
    stop.removeEventListener('abort', onStop)
  }
}

/** Polls `condition` every 100 ms until it holds, `wake` settles, `stop` fires or time is up. */
export async function pollUntil(
  condition: () => Promise<boolean>,
  options: { readonly stop: AbortSignal; readonly wake: Promise<unknown>; readonly limitMs: number }
): Promise<void> {
  let woken = false
  void options.wake.then(() => {
    woken = true
  })
  const deadline = performance.now() + options.limitMs
  while (!woken && !options.stop.aborted && performance.now() < deadline) {
    if (await condition()) return
    await sleepUnless(100, options.stop, options.wake)
  }
}
