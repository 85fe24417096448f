import type { CallSignal } from './call-abort.js'

/** How a wait ended without its work: its time was up, its call's signal aborted, or the app closed. */
export type WaitEnd = 'elapsed' | 'aborted' | 'closed'

/** What a wait gives: its work's value, or how it ended first. */
export type WaitResult<T> = { ended: 'done'; value: T } | { ended: WaitEnd }

interface Waiting {
  finish(end: WaitEnd): void
}

interface Watched {
  waiting: Set<Waiting>
  onAbort: () => void
}

/**
 * The waits a call makes outside its transport: a retry's backoff, the read of a stale key. Each ends when its time
 * is up, when its call's signal aborts, or at once when the app closes (Fastify closes plugins once its requests are
 * done: what still waits then is a direct call no request waits for). A signal many calls share (one per job, one for
 * a whole app) gets one listener however many of its calls wait, as the undici transport's signal watch does: one
 * each made Node warn of a leak past ten.
 */
export class CallWaits {
  #closed = false
  readonly #waiting = new Set<Waiting>()
  readonly #watched = new Map<CallSignal, Watched>()

  get closed(): boolean {
    return this.#closed
  }

  /** Resolves with `work`'s value, or with how the wait ended first; without `work`, a wait of `ms`. */
  wait<T = never>(ms: number, signal: CallSignal | undefined, work?: Promise<T>): Promise<WaitResult<T>> {
    if (this.#closed) return Promise.resolve({ ended: 'closed' })
    if (signal?.aborted) return Promise.resolve({ ended: 'aborted' })
    return new Promise<WaitResult<T>>((resolve, reject) => {
      let settled = false
      const settle = () => {
        if (settled) return false
        settled = true
        clearTimeout(timer)
        this.#waiting.delete(waiting)
        if (signal !== undefined) this.#unwatch(signal, waiting)
        return true
      }
      const waiting: Waiting = {
        finish: (end) => {
          if (settle()) resolve({ ended: end })
        },
      }
      // Not unref'd: a call awaits it (a script's direct call in a backoff would otherwise let the process exit);
      // close() ends it, so it never holds a closing app.
      const timer = setTimeout(() => waiting.finish('elapsed'), Math.max(0, ms))
      this.#waiting.add(waiting)
      if (signal !== undefined) this.#watch(signal, waiting)
      work?.then(
        (value) => {
          if (settle()) resolve({ ended: 'done', value })
        },
        (error: unknown) => {
          if (settle()) reject(error)
        },
      )
    })
  }

  /** The app is closing: every wait ends now, and every later one at once. */
  close(): void {
    this.#closed = true
    for (const waiting of [...this.#waiting]) waiting.finish('closed')
  }

  #watch(signal: CallSignal, waiting: Waiting): void {
    const watched = this.#watched.get(signal)
    if (watched !== undefined) {
      watched.waiting.add(waiting)
      return
    }
    const entry: Watched = {
      waiting: new Set([waiting]),
      onAbort: () => {
        this.#watched.delete(signal)
        for (const each of [...entry.waiting]) each.finish('aborted')
      },
    }
    this.#watched.set(signal, entry)
    signal.addEventListener('abort', entry.onAbort, { once: true })
  }

  #unwatch(signal: CallSignal, waiting: Waiting): void {
    const watched = this.#watched.get(signal)
    // Gone when the signal fired: its listener went with it.
    if (watched === undefined) return
    watched.waiting.delete(waiting)
    if (watched.waiting.size > 0) return
    this.#watched.delete(signal)
    signal.removeEventListener('abort', watched.onAbort)
  }
}
