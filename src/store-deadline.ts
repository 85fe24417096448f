/**
 * How long a check waits for its shared store (the rate limit's, the budget's). A store that is connected but silent
 * (a partition dropping packets, a Redis blocked by a slow script or failing over) keeps its TCP connection up for
 * minutes, and a client's own options (`maxRetriesPerRequest`, `enableOfflineQueue`) only cover one that is down:
 * without a deadline every request would wait on it, unanswered and unaudited. Far above a healthy store's
 * milliseconds, even under load (200 concurrent Lua calls on a busy machine), and far below a call's timeout.
 */
export const STORE_DEADLINE_MS = 5_000

/** A store that did not answer within STORE_DEADLINE_MS: the check fails, and fails closed, as for a store error. */
export class StoreTimeoutError extends Error {
  readonly code = 'STORE_TIMEOUT'
  constructor() {
    super(`the store did not answer within ${STORE_DEADLINE_MS} ms`)
    this.name = 'StoreTimeoutError'
  }
}

/**
 * `work`, or a StoreTimeoutError once STORE_DEADLINE_MS pass first. What `work` does later is ignored (a late
 * failure is not left unhandled); its effects on the store are the store's (a late hold lapses with its TTL).
 */
export function withStoreDeadline<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StoreTimeoutError()), STORE_DEADLINE_MS)
    timer.unref()
  })
  work.catch(() => {})
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer))
}
