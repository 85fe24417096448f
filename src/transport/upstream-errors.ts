import type { FastifyError } from '@fastify/error'
import {
  ClientClosedError,
  InternalError,
  type MistralSecureError,
  UpstreamAuthError,
  UpstreamError,
  UpstreamRateLimitedError,
  UpstreamRejectedError,
  UpstreamTimeoutError,
} from '../errors.js'
import { errorClassName } from '../logged-error.js'

/** What went wrong on the way to Mistral, said the same way by every transport. */
export type UpstreamFailureKind =
  | 'http'
  | 'invalid_response'
  /** An answer past what the call's maxTokens allow (src/transport/reply-limit.ts). */
  | 'too_large'
  | 'timeout'
  | 'connection'
  | 'aborted'
  | 'invalid_request'
  | 'unknown'

/** What the operators' log line says of an upstream failure: status and Mistral's request id, never a body. */
export interface UpstreamFailure {
  kind: UpstreamFailureKind
  status?: number
  mistralRequestId?: string
  retryAfterSeconds?: number
  /** For an unexpected error, its class name: its message may hold anything, so it is not logged. */
  errorName?: string
}

export type UpstreamMappedError = MistralSecureError & { upstream: UpstreamFailure; retryAfterSeconds?: number }

/** The headers of an upstream answer this plugin reads; anything with a `get` (undici's, fetch's). */
interface HeaderSource {
  get(name: string): string | null | undefined
}

// An upstream or a proxy may echo anything into these headers, the Authorization header included: only a value
// shaped like an id is kept for the log line, and not even that when it is (part of) the key, since Mistral's
// keys have an id's shape too.
const REQUEST_ID_SHAPE = /^[A-Za-z0-9-]{1,64}$/

function loggableRequestId(headers: HeaderSource, apiKey: string | undefined): string | undefined {
  const id = headers.get('mistral-correlation-id') ?? headers.get('x-request-id')
  if (!id || !REQUEST_ID_SHAPE.test(id)) return undefined
  if (apiKey !== undefined && (apiKey.includes(id) || id.includes(apiKey))) return undefined
  return id
}

/**
 * The one error every transport throws for a failed upstream call. It carries only what the plugin acts on
 * (kind, status, a checked request id, retry-after) and never a body or a message from the upstream.
 */
export class UpstreamCallError extends Error {
  override name = 'UpstreamCallError'
  readonly failure: UpstreamFailure
  /**
   * Set by a transport that knows none of the request left when the call was given up (a timeout or an abort while
   * connecting): Mistral had nothing to bill. Unset, a call given up is taken to have been with Mistral.
   */
  unsent = false
  /**
   * Set by a transport on an answer whose 2xx status came and that failed before it could be read: a whole answer
   * given up (a timeout or an abort) while its body was still coming (answeredFailure: Mistral generated and billed
   * it before sending that line), a stream lost or closed before its first chunk (src/transport/stream-end.ts).
   */
  answered = false
  /**
   * Set by a transport closed while the call was in flight (`app.close()` ends calls no request waits for): no later
   * attempt can reach Mistral, so it is not retried.
   */
  closing = false

  /**
   * True for an answer Mistral gave (a 2xx) that cannot be read: malformed, of the wrong shape, past its size bound,
   * or `answered`. Mistral billed it, and what it cost cannot be known: no transport builds these kinds from anything
   * else. Never retried: a second attempt would be billed again.
   */
  get billed(): boolean {
    return this.answered || this.failure.kind === 'invalid_response' || this.failure.kind === 'too_large'
  }

  /** `apiKey` is the call's key, given with `headers` so that a header echoing it is not kept. */
  constructor(kind: UpstreamFailureKind, status?: number, headers?: HeaderSource, apiKey?: string) {
    super(status === undefined ? `Mistral call failed: ${kind}` : `Mistral answered ${status}`)
    const failure: UpstreamFailure = { kind }
    if (status !== undefined) failure.status = status
    if (headers) {
      const requestId = loggableRequestId(headers, apiKey)
      if (requestId !== undefined) failure.mistralRequestId = requestId
      if (status === 429 || (status !== undefined && status >= 500)) {
        const retryAfterSeconds = parseRetryAfter(headers.get('retry-after') ?? null)
        if (retryAfterSeconds !== undefined) failure.retryAfterSeconds = retryAfterSeconds
      }
    }
    this.failure = failure
  }
}

/**
 * Turns whatever a transport threw into one of the plugin's errors. Nothing of the original error is carried
 * over but its kind, status and checked request id: upstream bodies can echo the prompt.
 */
export function mapUpstreamError(error: unknown, context: { callerAborted?: boolean } = {}): UpstreamMappedError {
  // An abort with a custom reason may surface as anything: the caller's signal says what it was.
  if (context.callerAborted) return upstream(new ClientClosedError(), { kind: 'aborted' })
  if (!(error instanceof UpstreamCallError)) {
    return upstream(new InternalError(), {
      kind: 'unknown',
      errorName: errorClassName(error),
    })
  }
  const { failure } = error
  switch (failure.kind) {
    case 'http':
      return fromStatus(failure)
    case 'timeout':
      return upstream(new UpstreamTimeoutError(), failure)
    case 'aborted':
      return upstream(new ClientClosedError(), failure)
    case 'invalid_request':
      return upstream(new UpstreamRejectedError(), failure)
    default:
      return upstream(new UpstreamError(failure.retryAfterSeconds), failure)
  }
}

function fromStatus(failure: UpstreamFailure): UpstreamMappedError {
  const status = failure.status as number
  if (status === 401 || status === 403) return upstream(new UpstreamAuthError(), failure)
  if (status === 429) return upstream(new UpstreamRateLimitedError(failure.retryAfterSeconds), failure)
  // Only these say the request itself was wrong; a 404 or 408 is this service's or the network's problem.
  if (status === 400 || status === 413 || status === 422) return upstream(new UpstreamRejectedError(), failure)
  // A 5xx's retry-after (Mistral's 503 while overloaded) is passed on as a 429's is: the caller's next try waits.
  return upstream(new UpstreamError(failure.retryAfterSeconds), failure)
}

function upstream(error: FastifyError, failure: UpstreamFailure): UpstreamMappedError {
  // Not enumerable: a host that serialises the error for a client must not send operator details along.
  Object.defineProperty(error, 'upstream', { value: failure, enumerable: false })
  return error as UpstreamMappedError
}

/**
 * Mistral's 429 and 5xx and refused or dropped connections: another attempt may succeed. Timeouts are not
 * retried (the budget is spent), nor aborts, nor 4xx (the same request would fail the same way).
 */
export function isRetryableUpstreamError(error: unknown): boolean {
  if (!(error instanceof UpstreamCallError) || error.billed || error.closing) return false
  const { kind, status } = error.failure
  if (kind === 'http') return status === 429 || (status as number) >= 500
  return kind === 'connection'
}

/** Mistral's retry-after (seconds or an HTTP date), in milliseconds; undefined when absent or unreadable. */
export function retryAfterMs(error: unknown): number | undefined {
  if (!(error instanceof UpstreamCallError)) return undefined
  const seconds = error.failure.retryAfterSeconds
  return seconds === undefined ? undefined : seconds * 1000
}

/**
 * True when an attempt was given up while with Mistral, by the call's own timeout, the caller's abort or the app
 * closing, rather than refused, failed or dropped by the other side: Mistral may have read the prompt, and bills it either way. Not when
 * the transport knows the request never left (`unsent`).
 */
export function isAbandonedAttempt(error: unknown, callerAborted: boolean): boolean {
  if (!(error instanceof UpstreamCallError)) return callerAborted
  if (error.unsent) return false
  return callerAborted || error.closing || error.failure.kind === 'timeout' || error.failure.kind === 'aborted'
}

/** A connection lost or refused: what a transport reads a socket error as. */
export const isConnectionFailure = (error: unknown): boolean =>
  error instanceof UpstreamCallError && error.failure.kind === 'connection'

/**
 * What a whole answer's failure means once its 2xx status line arrived: Mistral generated, and billed, the whole answer
 * before that line. A body that breaks off (the socket closed, shorter than its length) is an answer that cannot be
 * read, not a lost connection (which would be retried); a call given up while the body comes (its own timeout, the
 * caller leaving) still fails as what ended it, and is charged as billed (`answered`). Anything else is as it was.
 */
export function answeredFailure(failure: unknown): unknown {
  if (!(failure instanceof UpstreamCallError)) return failure
  const { kind } = failure.failure
  if (kind === 'connection') return new UpstreamCallError('invalid_response')
  if (kind === 'timeout' || kind === 'aborted') failure.answered = true
  return failure
}

/** True when Mistral answered the attempt but its answer could not be read: it billed a call whose cost is unknown. */
export const isBilledFailure = (error: unknown): boolean => error instanceof UpstreamCallError && error.billed

/** True when Mistral refused the key: a key provider may have a newer one. */
export function isUpstreamAuthFailure(error: unknown): boolean {
  return error instanceof UpstreamCallError && error.failure.status === 401
}

/**
 * The longest delay passed on from Mistral's retry-after, in seconds: an hour, longer than any window of Mistral's
 * per-minute limits or of the plugin's own limiter by default. The route sends it on to every caller; an upstream or
 * a proxy between that says 999999999 (or a date years ahead) would otherwise park every well-behaved client for
 * good. A longer delay is cut to this one: a client told to wait an hour and refused again is told again.
 */
export const MAX_RETRY_AFTER_SECONDS = 3600

// A delay in decimal seconds (`30`, `2.5`; a negative one means now) and the three HTTP-date forms RFC 9110 §5.6.7
// asks a reader to take (IMF-fixdate, RFC 850, asctime). Anything else is garbage Date.parse would still read a
// date from (`junk 2099` is 1 January 2099; `0x10` is 16 to Number).
const DELAY_SECONDS = /^[+-]?\d+(?:\.\d+)?$/
const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)'
const LONG_DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)'
const TIME = '\\d{2}:\\d{2}:\\d{2}'
const IMF_FIXDATE = `${DAY}, \\d{2} ${MONTH} \\d{4} ${TIME} GMT`
const RFC_850_DATE = `${LONG_DAY}, \\d{2}-${MONTH}-\\d{2} ${TIME} GMT`
const ASCTIME_DATE = `${DAY} ${MONTH} [ \\d]\\d ${TIME} \\d{4}`
const HTTP_DATE = new RegExp(`^(?:${IMF_FIXDATE}|${RFC_850_DATE}|${ASCTIME_DATE})$`)

/**
 * Retry-After is either seconds or an HTTP date, read as whole seconds from now, at most MAX_RETRY_AFTER_SECONDS;
 * anything else is ignored rather than trusted.
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined
  const text = value.trim()
  let seconds: number
  if (DELAY_SECONDS.test(text)) seconds = Number(text)
  else if (HTTP_DATE.test(text)) seconds = (Date.parse(text) - now) / 1000
  else return undefined
  // A date of the right form on no day there is (`Wed, 99 Oct 2015 …`) reads as NaN.
  if (Number.isNaN(seconds)) return undefined
  return Math.min(MAX_RETRY_AFTER_SECONDS, Math.max(0, Math.ceil(seconds)))
}
