import type { FastifyRequest } from 'fastify'
import type { AuditAction } from './audit.js'
import { CallAbort } from './call-abort.js'
import type { CallRecord } from './types.js'

/** What a route request carries through its life, for the audit entry and the rate limiter. */
export interface RouteCallState {
  /** What the entry names: the endpoint's action (the chat route's becomes `chat.stream` once the body asks for one). */
  action: AuditAction
  userId: string | null
  /**
   * The caller's address (`request.ip`), read when the state is made: a socket that has closed since has none to
   * give. Null when the connection has no address at all: a server listening on a Unix socket (behind nginx).
   */
  ipAddress: string | null
  record: CallRecord
  errorCode: string | null
  /** The status of a streamed answer's error event: the 200 was already sent, the entry tells what happened. */
  failedStatus: number | null
  /** Aborts the upstream call when the client goes away: Mistral then bills for nothing. */
  abort: CallAbort
  /**
   * Set once the audit entry is written, or claimed by a client gone while its call gives its budget hold back:
   * exactly one per request, whichever of end or disconnect comes first.
   */
  audited: boolean
  /** The end of the call's budget hold, once it took one (src/budget/call.ts). */
  budgetHoldEnded: Promise<void> | undefined
  /** Whether `identify` has been asked (it is asked once, however the request ends). */
  identified: boolean
  /** Whether the raw response's 'finish' is listened for, to write the entry when the response has gone out. */
  finishWatched: boolean
  /** Set by the first report of the response's end ('finish' or onResponse): the entry is written once. */
  ending: boolean
  /** Whether the scope's error handler has answered once: a second call means a host hook failed on its answer. */
  errorAnswered: boolean
  /** A stream answer handed to Fastify, not yet read: ended by the error handler if a host hook fails its sending. */
  unsentStream: AsyncGenerator<unknown, void, undefined> | undefined
}

/**
 * Private, as @fastify/rate-limit keeps its own: a symbol no host can name, never typed on FastifyRequest, so
 * no host comes to depend on the plugin's bookkeeping (or switches it off by writing to it).
 */
export const kCallState = Symbol('fastify-mistral-secure.callState')

type WithCallState = { [kCallState]?: RouteCallState | null }

/** Which action a request of an endpoint's scope is audited as, until its handler knows better. */
export type ActionOf = (request: FastifyRequest) => AuditAction

/**
 * The request's state, made on first use: normally by the scope's first hook, or later if a host hook refused
 * first. `actionOf` is asked only then.
 */
export function callState(request: FastifyRequest, actionOf: ActionOf): RouteCallState {
  const holder = request as FastifyRequest & WithCallState
  holder[kCallState] ??= {
    action: actionOf(request),
    userId: null,
    ipAddress: request.ip ?? null,
    record: {},
    errorCode: null,
    failedStatus: null,
    abort: new CallAbort(),
    audited: false,
    budgetHoldEnded: undefined,
    identified: false,
    finishWatched: false,
    ending: false,
    errorAnswered: false,
    unsentStream: undefined,
  }
  return holder[kCallState]
}

/** The state of a request of an endpoint's scope, for readers that run after the scope's first hook made it. */
export function madeCallState(request: FastifyRequest): RouteCallState {
  return (request as FastifyRequest & WithCallState)[kCallState] as RouteCallState
}
