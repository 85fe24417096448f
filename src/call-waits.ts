import { type CallSignal, SignalWatch } from './call-abort.js'

/** How a wait ended without its work: its time was up, its call's signal aborted, or the app closed. */
export type WaitEnd = 'elapsed' | 'aborted' | 'closed'

/** What a wait gives: its work's value, or how it ended first. */
export type WaitResult<T> = { ended: 'done'; value: T } | { ended: WaitEnd }

interface Waiting {
  finish(end: WaitEnd): void
  /** Its signal aborted (SignalWatch). */
  abort(): void
}

/**
 * The waits a call makes outside its transport: a retry's backoff, the read of a stale key. Each ends when its time
 * is up, when its call's signal aborts, or at once when the app closes (Fastify closes plugins once its requests are
 * done: what still waits then is a direct call no request waits for). A signal many calls share gets one listener
 * however many of its calls wait (SignalWatch, as in the undici transport).
 */
export class CallWaits {
  #closed = false
  readonly #waiting = new Set<Waiting>()
  readonly #signals = new SignalWatch()

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
        if (signal !== undefined) this.#signals.delete(signal, waiting)
        return true
      }
      const waiting: Waiting = {
        finish: (end) => {
          if (settle()) resolve({ ended: end })
        },
        abort: () => waiting.finish('aborted'),
      }
      // Not unref'd: a call awaits it (a script's direct call in a backoff would otherwise let the process exit);
      // close() ends it, so it never holds a closing app.
      const timer = setTimeout(() => waiting.finish('elapsed'), Math.max(0, ms))
      this.#waiting.add(waiting)
      if (signal !== undefined) this.#signals.add(signal, waiting)
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
}
