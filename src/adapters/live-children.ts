import type { LiveChild, LiveChildFeed, LiveChildrenListener } from '../supervision/ports.js'

/**
 * The child processes this process is running right now, process-wide. A signal handler has
 * to stop every one of them, and supervision reports them, without either reaching into the
 * stage that started them. runProcess is the only writer.
 */

export type { LiveChild, LiveChildrenListener }

export interface LiveChildren extends LiveChildFeed {
  /** Oldest first. */
  list(): readonly LiveChild[]
  add(child: LiveChild): void
  remove(pid: number): void
}

export function createLiveChildren(): LiveChildren {
  // Replaced, never mutated: a listener or caller may keep a snapshot.
  let children: readonly LiveChild[] = Object.freeze([])
  const listeners = new Set<LiveChildrenListener>()

  const publish = (): void => {
    for (const listener of [...listeners]) {
      try {
        listener(children)
      } catch {
        // A broken observer must not leave a child unregistered or abort the stage
        // that started it; the other observers still hear about the change.
      }
    }
  }

  return {
    list: () => children,
    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    add(child) {
      const entry = Object.freeze({ ...child, args: Object.freeze([...child.args]) })
      children = Object.freeze([...children.filter(({ pid }) => pid !== child.pid), entry])
      publish()
    },
    remove(pid) {
      children = Object.freeze(children.filter((child) => child.pid !== pid))
      publish()
    }
  }
}

export const liveChildren: LiveChildren = createLiveChildren()
