import type { FastifyRequest } from 'fastify'
import type { AuditAction } from './audit.js'
import type { CallRecord } from './types.js'

/** What a route request carries through its life, for the audit entry and the rate limiter. */
export interface RouteCallState {
  /** `chat.stream` once the body asks for a stream. */
  action: Extract<AuditAction, 'chat.complete' | 'chat.stream'>
  userId: string | null
  record: CallRecord
  errorCode: string | null
  /** The status of a streamed answer's error event: the 200 was already sent, the entry tells what happened. */
  failedStatus: number | null
  /** Aborts the upstream call when the client goes away: Mistral then bills for nothing. */
  abort: AbortController
  /** Set once the audit entry is written: exactly one per request, whichever of end or disconnect comes first. */
  audited: boolean
  /** Whether `identify` has been asked (it is asked once, however the request ends). */
  identified: boolean
}

/**
 * Private, as @fastify/rate-limit keeps its own: a symbol no host can name, never typed on FastifyRequest, so
 * no host comes to depend on the plugin's bookkeeping (or switches it off by writing to it).
 */
export const kCallState = Symbol('fastify-mistral-secure.callState')

type WithCallState = { [kCallState]?: RouteCallState | null }

/** The request's state, made on first use: normally by the route's first hook, or later if a host hook refused first. */
export function callState(request: FastifyRequest): RouteCallState {
  const holder = request as FastifyRequest & WithCallState
  holder[kCallState] ??= {
    action: 'chat.complete',
    userId: null,
    record: {},
    errorCode: null,
    failedStatus: null,
    abort: new AbortController(),
    audited: false,
    identified: false,
  }
  return holder[kCallState]
}
