import type { CallSignal } from './call-abort.js'
import { CallWaits } from './call-waits.js'
import { isRetryableUpstreamError, retryAfterMs, UpstreamCallError } from './transport/upstream-errors.js'

/** What one attempt is given: its number (1 for the first call) and what is left of the time budget. */
export interface RetryAttempt {
  attempt: number
  /** The rest of the budget: pass it as the attempt's timeout, so all attempts together stay within it. */
  timeoutMs: number
  signal: CallSignal | undefined
}

export interface RetryOptions {
  /** Retries after the first attempt; 0 runs it once. */
  retries: number
  /** Time for all attempts and waits together, in milliseconds (the call's `timeoutMs`). */
  budgetMs: number
  /** The caller's signal: an abort stops retrying at once. */
  signal?: CallSignal | undefined
  /** Which failures are worth another attempt. Default: Mistral's 429 and 5xx, and failed connections. */
  isRetryable?: (error: unknown) => boolean
  /** First backoff delay, doubled at each retry. Default 250 ms. */
  baseDelayMs?: number
  /** Longest backoff delay (a longer retry-after is still honoured). Default 8000 ms. */
  maxDelayMs?: number
  /** Source of jitter, in [0, 1). Default Math.random. */
  random?: () => number
  /** The clock the budget is measured on, in milliseconds. Default performance.now. */
  now?: () => number
  /** Called before each wait, e.g. to log the retry. */
  onRetry?: (info: { attempt: number; delayMs: number; error: unknown }) => void
  /** Where the waits between attempts are kept, to end them when the app closes. Default: waits of their own. */
  waits?: CallWaits
}

/**
 * Runs `run` and retries it on retryable failures with exponential backoff and jitter (half the delay is
 * random, so instances that failed together do not retry together), waiting at least Mistral's retry-after.
 * Never exceeds the budget: a wait that would end past it is not started, and the last failure is thrown.
 * Throws whatever `run` threw (map it with mapUpstreamError), or an UpstreamCallError of kind `aborted` when
 * the caller aborted between attempts (`connection`, marked `closing`, when the app closed then).
 */
export async function withRetries<T>(run: (attempt: RetryAttempt) => Promise<T>, options: RetryOptions): Promise<T> {
  const { retries, budgetMs, signal } = options
  const isRetryable = options.isRetryable ?? isRetryableUpstreamError
  const baseDelayMs = options.baseDelayMs ?? 250
  const maxDelayMs = options.maxDelayMs ?? 8000
  const random = options.random ?? Math.random
  const now = options.now ?? (() => performance.now())
  const deadline = now() + budgetMs
  const waits = options.waits ?? new CallWaits()

  for (let attempt = 1; ; attempt++) {
    if (signal?.aborted) throw abortedError()
    if (waits.closed) throw closedError()
    try {
      return await run({ attempt, timeoutMs: Math.max(1, Math.round(deadline - now())), signal })
    } catch (error) {
      if (attempt > retries || !isRetryable(error)) throw error
      const backoff = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1))
      const delayMs = Math.max(retryAfterMs(error) ?? 0, Math.round(backoff / 2 + (random() * backoff) / 2))
      // The next attempt needs time of its own: a wait that ends at or past the deadline is pointless.
      if (now() + delayMs >= deadline) throw error
      options.onRetry?.({ attempt, delayMs, error })
      const { ended } = await waits.wait(delayMs, signal)
      if (ended === 'aborted') throw abortedError()
      if (ended === 'closed') throw closedError()
    }
  }
}

function abortedError(): UpstreamCallError {
  return new UpstreamCallError('aborted')
}

/** The app closed while the call waited to try again: nothing of the next attempt left, none will be made. */
export function closedError(): UpstreamCallError {
  const error = new UpstreamCallError('connection')
  error.closing = true
  error.unsent = true
  return error
}
