/**
 * The abort of a route request's call: fired when the client goes away, read by the pipeline and the transports as
 * they read a direct call's AbortSignal (`aborted`, the `abort` event). Every route request makes one, and an
 * AbortController with its signal and a listener cost about 6 µs a request on Node 20, more than the route's
 * whole policy check: a real signal is made only for a transport that needs one (the SDK's fetch).
 */
export class CallAbort {
  aborted = false
  #listeners: Array<() => void> = []
  #controller: AbortController | undefined

  addEventListener(_type: 'abort', listener: () => void, _options?: { once: true }): void {
    this.#listeners.push(listener)
  }

  removeEventListener(_type: 'abort', listener: () => void): void {
    const at = this.#listeners.indexOf(listener)
    if (at !== -1) this.#listeners.splice(at, 1)
  }

  /** Fires once: every listener is told and forgotten, as `{ once: true }` listeners of a signal are. */
  abort(): void {
    if (this.aborted) return
    this.aborted = true
    const listeners = this.#listeners
    this.#listeners = []
    this.#controller?.abort()
    for (const listener of listeners) listener()
  }

  /** A real AbortSignal that follows this abort, made on first use. */
  get signal(): AbortSignal {
    if (this.#controller === undefined) {
      this.#controller = new AbortController()
      if (this.aborted) this.#controller.abort()
    }
    return this.#controller.signal
  }
}

/** What cancels a call: a direct call's own AbortSignal, or a route request's CallAbort. */
export type CallSignal = AbortSignal | CallAbort

/** The call's signal as an AbortSignal, for an API that takes nothing else. */
export const abortSignalOf = (signal: CallSignal): AbortSignal => (signal instanceof CallAbort ? signal.signal : signal)

/** What a signal's abort ends: a call in flight, a call's wait. */
export interface Abortable {
  abort(): void
}

/**
 * Callers' signals, each listened to once however many of its calls are in flight or waiting: a signal shared by many
 * concurrent calls (an app's shutdown signal, a job's) held one listener per call, and Node warns of a leak past ten.
 * A signal is forgotten with its last call, so nothing outlives the calls.
 */
export class SignalWatch {
  readonly #watched = new Map<CallSignal, { calls: Set<Abortable>; onAbort: () => void }>()

  add(signal: CallSignal, call: Abortable): void {
    const watched = this.#watched.get(signal)
    if (watched !== undefined) {
      watched.calls.add(call)
      return
    }
    const calls = new Set([call])
    const onAbort = () => {
      this.#watched.delete(signal)
      for (const each of calls) each.abort()
    }
    this.#watched.set(signal, { calls, onAbort })
    signal.addEventListener('abort', onAbort, { once: true })
  }

  delete(signal: CallSignal, call: Abortable): void {
    const watched = this.#watched.get(signal)
    // Gone when the signal fired: its listener went with it.
    if (watched === undefined) return
    watched.calls.delete(call)
    if (watched.calls.size > 0) return
    this.#watched.delete(signal)
    signal.removeEventListener('abort', watched.onAbort)
  }
}
