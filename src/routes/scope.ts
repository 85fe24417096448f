import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { hasZodFastifySchemaValidationErrors, validatorCompiler } from 'fastify-type-provider-zod'
import { type ActionOf, callState, kCallState, type RouteCallState } from '../call-state.js'
import {
  BodyTooLargeError,
  BudgetExceededError,
  ClientClosedError,
  type ErrorDetail,
  HostFailureError,
  HttpsRequiredError,
  InternalError,
  isMistralSecureError,
  MethodNotAllowedError,
  type MistralSecureError,
  RateLimitedError,
  RequestRefusedError,
  UnsupportedMediaTypeError,
  UpstreamError,
  UpstreamRateLimitedError,
  ValidationError,
} from '../errors.js'
import { withoutHeldKeys } from '../held-keys.js'
import { redactCredentialsInRequestLogs } from '../log-redaction.js'
import { loggedError } from '../logged-error.js'
import type { IdentifyFunction, ResolvedRateLimit } from '../options.js'
import type { CallContext, CallPipeline } from '../pipeline.js'
import { withStoreDeadline } from '../store-deadline.js'
import { requestIssueText } from '../union-issues.js'
import { unknownFieldsMessage } from '../unknown-fields.js'
import type { WireNames } from '../wire-names.js'
import { strictJsonBody } from './json-body.js'
import { registerRateLimit } from './rate-limit.js'

/**
 * A scope whose requests are identified, rate limited, accounted and audited: what the chat route, the embeddings
 * route and the gateway share. Each endpoint adds its routes to the scope and says how its errors look.
 */

/** What every endpoint of the plugin is given: the chat route, the embeddings route, the gateway. */
export interface EndpointOptions {
  pipeline: CallPipeline
  identify: IdentifyFunction | undefined
  /** Per-user (else per-IP) limit of the endpoint's routes; false or absent: none. */
  rateLimit?: ResolvedRateLimit | false
  /** Refuse requests that did not arrive over HTTPS (`request.protocol`, which honours trustProxy). */
  requireHttps?: boolean
  /** Whose token budget a request is charged to; absent: budgets are off. */
  budgetKey?: RouteBudgetKey | undefined
}

/** What of an endpoint's options its scope reads (the budget key is the handlers'). */
type ScopeFields = Pick<EndpointOptions, 'pipeline' | 'identify' | 'rateLimit' | 'requireHttps'>

/** The fields of an endpoint's options its scope takes: nothing else (a path, the gateway's options) is passed in. */
export const scopeFields = ({ pipeline, identify, rateLimit, requireHttps }: EndpointOptions): ScopeFields => ({
  pipeline,
  identify,
  rateLimit,
  requireHttps,
})

/** The scope of an endpoint: its options, and how it names itself, audits and words its errors. */
export interface EndpointScopeOptions extends ScopeFields {
  /** What the scope is, in its log lines (`chat route`, `gateway`). */
  name: string
  /** The audit action of a request, as far as its route tells (a handler may refine it). */
  actionOf: ActionOf
  /** The endpoint's error body (the plugin's own shape, or Mistral's for the gateway). */
  errorBody: (request: FastifyRequest, error: MistralSecureError) => object
  /**
   * Mistral's wire names for the scope's fields, each to the plugin's: a body's wire name refused as unknown says
   * which to write (`max_tokens` on the chat route). None on the gateway, whose bodies use the wire names.
   */
  ourNames?: WireNames
  /**
   * Bodies are read as Mistral's API reads them: under `application/…+json` and with no content-type too (the
   * gateway, for Mistral's clients); otherwise under `application/json` only.
   */
  mistralMediaTypes?: boolean
  /** Runs after the scope's accounting hook and before anything else of the scope: a refusal is audited too. */
  authenticate?: (request: FastifyRequest, reply: FastifyReply) => Promise<void>
}

/** The scope's view of a request's state: made with the scope's action when the request has none yet. */
export type StateOf = (request: FastifyRequest) => RouteCallState

/** Whose token budget a route request is charged to (src/budget/route-key.ts); absent: budgets are off. */
export type RouteBudgetKey = (request: FastifyRequest) => Promise<string>

/**
 * The pipeline's context for a route request's call, whichever endpoint serves it: aborted when the client goes
 * away, logged on the request, recorded in its state, charged to its budget holder.
 */
export async function routeCallContext(
  request: FastifyRequest,
  state: RouteCallState,
  budgetKey: RouteBudgetKey | undefined,
): Promise<CallContext> {
  return {
    signal: state.abort,
    log: request.log,
    record: state.record,
    budgetKey: budgetKey && (await budgetKey(request)),
    budgetHeld: (ended) => {
      state.budgetHoldEnded = ended
    },
  }
}

const CLIENT_CLOSED = new ClientClosedError().code

/** Whether a send failed for the socket's closing; a value whose `code` throws when read is not that. */
function isPrematureClose(error: unknown): boolean {
  try {
    return (error as { code?: unknown } | null)?.code === 'ERR_STREAM_PREMATURE_CLOSE'
  } catch {
    return false
  }
}

/**
 * Sets the scope up: zod validation, the error handler, the audit hooks, HTTPS, authentication, the rate limit and
 * identify-once. The compilers and the error handler apply to this scope alone: the host's other routes keep theirs.
 */
export async function endpointScope(scope: FastifyInstance, options: EndpointScopeOptions): Promise<StateOf> {
  const { pipeline, identify, actionOf } = options
  const stateOf: StateOf = (request) => callState(request, actionOf)
  scope.setValidatorCompiler(validatorCompiler)
  scope.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    // A host onSend hook's own stream, sent after the caller left (its entry written then): its send failing is that
    // leaving, not an error, and there is no one to answer.
    if (stateOf(request).errorCode === CLIENT_CLOSED && isPrematureClose(error)) {
      reply.hijack()
      return undefined
    }
    const { pluginError, ours } = pluginErrorOf(error, options.ourNames)
    // Unexpected errors are logged here with their stack; the plugin's own were logged where they arose.
    if (pluginError instanceof InternalError && !ours) {
      request.log.error({ err: loggedError(error) }, `unexpected error in the mistral ${options.name}`)
    }
    const state = stateOf(request)
    state.errorCode = pluginError.code
    const answer = () => {
      if (!state.errorAnswered) return errorAnswer(request, reply, pluginError, state)
      sendPastHooks(reply, pluginError.statusCode, options.errorBody(request, pluginError))
      return undefined
    }
    // A stream answer a host hook failed before it was sent (onSend): ended before the answer, so the entry written
    // once the answer has gone out tells what its budget holder has left.
    const unsent = endUnsentStream(state)
    return unsent === undefined ? answer() : unsent.then(answer, answer)
  })
  const errorAnswer = (
    request: FastifyRequest,
    reply: FastifyReply,
    pluginError: MistralSecureError,
    state: RouteCallState,
  ): object => {
    state.errorAnswered = true
    const retryAfter = retryAfterSeconds(pluginError)
    if (retryAfter !== undefined) reply.header('retry-after', String(retryAfter))
    if (pluginError instanceof MethodNotAllowedError) reply.header('allow', pluginError.allowedMethods.join(', '))
    // A host's refusal or failure (RequestRefusedError, HostFailureError): the headers of its kept for the client.
    const { refusalHeaders } = pluginError as { refusalHeaders?: Readonly<Record<string, string>> }
    if (refusalHeaders) reply.headers(refusalHeaders)
    budgetHeaders(reply, state.record.budget)
    reply.code(pluginError.statusCode)
    return options.errorBody(request, pluginError)
  }
  // Fastify parses text/plain by default, which would turn a text body into a 400 instead of the documented 415.
  scope.removeContentTypeParser('text/plain')
  // JSON read as it was sent: UTF-8 only, numbers as written, else refused rather than altered (src/routes/json-body.ts).
  strictJsonBody(scope, { asMistral: options.mistralMediaTypes === true })
  scope.decorateRequest(kCallState, null)
  // The scope's own logger only: the host's other routes and its app-level logger are left as the host set them.
  redactCredentialsInRequestLogs(scope)
  const arrivalOf = trackArrivals(scope)

  const identifyOnce = async (request: FastifyRequest, state: RouteCallState) => {
    if (state.identified) return
    state.identified = true
    state.userId = identify ? checkedUserId(await identify(request), request) : null
  }
  const audit = (request: FastifyRequest, state: RouteCallState, statusCode: number, latencyMs: number) => {
    const errorCode = state.errorCode ?? sentRefusalCode(statusCode)
    const end = { statusCode, errorCode, latencyMs, requestId: String(request.id), ipAddress: state.ipAddress }
    pipeline.audit(state, end, request.log)
  }

  // A client that hangs up gets its entry now, not when the aborted upstream call unwinds: a host's slow hook or
  // an upstream slow to close must not hold it back. Only a call holding budget is waited for, until the abort has
  // made it give its hold back, so that the entry's budgetRemaining is what the holder has left after the call; a
  // store's deadline bounds that wait (settling is one store call, under the same deadline).
  const clientClosed = (request: FastifyRequest, latencyMs: number) => {
    const state = stateOf(request)
    state.abort.abort()
    // A stream answer nothing read yet (a host's slow onSend hook was replacing it when the caller left): ended now,
    // so that its hold is settled and the entry below, which waits for that, is not held back until a store deadline.
    // Settled whatever happens: an abandoned answer's end is awaited nowhere else.
    void Promise.allSettled([endUnsentStream(state)])
    // A disconnect reports twice (the request aborted, the reply closed), and a response may report its end too:
    // the first report writes or claims the entry.
    if (state.audited) return
    state.audited = true
    const errorCode = new ClientClosedError().code
    state.errorCode = errorCode
    const write = () => {
      // The request's own account is claimed: the entry is written for a copy of it, read when written.
      const account = { action: state.action, userId: state.userId, record: state.record, audited: false }
      const end = { statusCode: 499, errorCode, latencyMs, requestId: String(request.id), ipAddress: state.ipAddress }
      pipeline.audit(account, end, request.log)
    }
    if (state.budgetHoldEnded === undefined) write()
    else withStoreDeadline(state.budgetHoldEnded).then(write, write)
  }
  // The entry of a response that went out is written when it has gone out: from the raw response's 'finish', not
  // from an onResponse hook, since Fastify skips the later onResponse hooks once one fails, and a host's (metrics,
  // tracing) registered before the plugin runs first. The listener is added by the scope's first onRequest hook, or
  // by its onSend hook when a host hook refused the request before that one ran; the onResponse hook stays for a
  // response that ends without either (none is known), and whichever reports first writes the entry.
  const ended = (request: FastifyRequest, reply: FastifyReply) => {
    const state = stateOf(request)
    if (state.ending) return
    state.ending = true
    // A request refused before validation (HTTPS, body limit, bad JSON, a host hook) is still attributed. Fastify's
    // own clock, from the request's arrival, read now: right even when a host hook refused it first. A stream that
    // failed after its 200 went out is accounted with the status its error event carried.
    const latencyMs = reply.elapsedTime
    // The response's finish and the onResponse fallback may both get here while the caller is identified: one writes.
    /* c8 ignore start */
    const write = () => {
      if (!state.audited) audit(request, state, state.failedStatus ?? reply.statusCode, latencyMs)
    }
    if (state.audited) return
    /* c8 ignore stop */
    // A stream answer a host onSend hook replaced (its own payload sent instead) was never read: ended first.
    const unsent = endUnsentStream(state)
    const ready = identifyOnce(request, state)
    ;(unsent === undefined ? ready : Promise.all([ready, unsent])).then(write, write)
  }
  const watchFinish = (request: FastifyRequest, reply: FastifyReply) => {
    const state = stateOf(request)
    if (state.finishWatched) return
    state.finishWatched = true
    reply.raw.once('finish', () => ended(request, reply))
  }
  // First of the scope's hooks, so every later refusal (HTTPS, rate limit, validation) is accounted for. A host
  // hook that refuses the request before this one runs (authentication) still gets its entry: see callState.
  scope.addHook('onRequest', async (request, reply) => {
    watchFinish(request, reply)
    reply.raw.once('close', () => {
      if (!reply.raw.writableEnded) clientClosed(request, reply.elapsedTime)
    })
  })
  scope.addHook('onSend', async (request, reply) => {
    watchFinish(request, reply)
  })
  // Fastify listens for this from the request's arrival: a caller gone while a host onRequest hook (a slow
  // authentication) still runs, before the listener above exists, is accounted for too.
  scope.addHook('onRequestAbort', async (request) => {
    const latencyMs = performance.now() - arrivalOf(request)
    await identifyOnce(request, stateOf(request)).catch(() => {})
    clientClosed(request, latencyMs)
  })
  scope.addHook('onResponse', async (request, reply) => {
    ended(request, reply)
  })
  if (options.requireHttps) {
    // onRequest: refused before the body is read. request.protocol honours trustProxy and x-forwarded-proto.
    scope.addHook('onRequest', async (request) => {
      if (request.protocol !== 'https') throw new HttpsRequiredError()
    })
  }
  if (options.authenticate) scope.addHook('onRequest', options.authenticate)
  if (options.rateLimit) await registerRateLimit(scope, options.rateLimit)
  // After the host's own onRequest hooks (authentication) and before validation, so that even a request
  // refused for its body is attributed to its user.
  scope.addHook('preValidation', async (request) => identifyOnce(request, stateOf(request)))
  return stateOf
}

/**
 * The code of a failure answered without the scope's error handler: a host hook that sent its own refusal
 * (`return reply.code(401).send(…)`) gets the code the same refusal thrown gets, so `errorCode` says why every failed
 * request failed.
 */
function sentRefusalCode(statusCode: number): string | null {
  if (statusCode >= 500) return new InternalError().code
  return statusCode >= 400 ? new RequestRefusedError().code : null
}

function retryAfterSeconds(error: MistralSecureError): number | undefined {
  return error instanceof RateLimitedError ||
    error instanceof UpstreamRateLimitedError ||
    error instanceof UpstreamError ||
    error instanceof BudgetExceededError
    ? error.retryAfterSeconds
    : undefined
}

/** The caller's token budget: its limit and what is left (after this call, once it settled). */
export function budgetHeaders(reply: FastifyReply, budget: { limit: number; remaining: number } | undefined): void {
  if (!budget) return
  reply.header('x-budget-limit', String(budget.limit))
  reply.header('x-budget-remaining', String(budget.remaining))
}

/** Enough to fix a request; a body of a thousand bad messages does not make a thousand-line answer. */
const MAX_VALIDATION_DETAILS = 20

/**
 * One validation issue as a detail. Paths are built from the schema's own keys and array indexes; zod's messages
 * state the expectation, never the value, except the names of unknown keys, which are the caller's text.
 */
function validationDetail(
  issue: { instancePath: string; keyword: string; message?: string; params: unknown },
  ourNames: WireNames,
): ErrorDetail {
  const at = issue.instancePath.split('/').filter(Boolean)
  const { path, message } = requestIssueText(
    { ...(issue.params as object), code: issue.keyword, path: [], message: String(issue.message) },
    (unknown) => ({
      path: unknown.path,
      message: unknownFieldsMessage(unknown.keys, ourNames, MAX_VALIDATION_DETAILS),
    }),
  )
  return { path: [...at, ...path].join('.') || 'body', message }
}

const NO_NAMES: WireNames = new Map()

/**
 * Ends the stream answer of a request that nothing read (src/routes/chat-reply.ts hands it to Fastify; piping it marks it
 * read): a host onSend hook failed or replaced it. Its call is abandoned as one whose caller left (the upstream socket
 * closed, Mistral stops generating) and its budget hold settled; the promise ends when it has been.
 */
function endUnsentStream(state: RouteCallState): Promise<unknown> | undefined {
  const unsent = state.unsentStream
  state.unsentStream = undefined
  return unsent?.return(undefined)
}

/**
 * The second time the scope's error handler is asked for one request, its first answer failed in a host's onSend or
 * preSerialization hook (each endpoint sets the handler on two levels: src/routes/chat.ts, src/routes/embeddings.ts,
 * src/routes/gateway/routes.ts). Sent through the hooks again, it would fail again, and Fastify would hand the hook's error
 * to the next handler up, the host's or its default, which logs and sends the hook's message. So this answer goes
 * out as it is, past the hooks; the entry is written when it has gone out, as for any answer.
 */
function sendPastHooks(reply: FastifyReply, statusCode: number, body: unknown): void {
  const text = JSON.stringify(body)
  reply.hijack()
  reply.raw.writeHead(statusCode, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  })
  reply.raw.end(text)
}

/**
 * toPluginError on whatever reached the scope's error handler, and whether it was the plugin's own. A thrown value
 * whose fields throw when read (a getter, a Proxy's trap) is an internal error: were this handler to throw, Fastify's
 * own would answer, with the message of what threw.
 */
function pluginErrorOf(error: FastifyError, ourNames?: WireNames): { pluginError: MistralSecureError; ours: boolean } {
  try {
    return { pluginError: toPluginError(error, ourNames), ours: isMistralSecureError(error) }
  } catch {
    return { pluginError: new InternalError(), ours: false }
  }
}

/** A detail's texts (its path, message, rule, type, a limit's names) with the plugin's keys cut out. */
function detailWithoutHeldKeys(detail: ErrorDetail): ErrorDetail {
  const cut = (value: unknown): unknown =>
    typeof value === 'string' ? withoutHeldKeys(value) : Array.isArray(value) ? value.map(cut) : value
  return Object.fromEntries(Object.entries(detail).map(([name, value]) => [name, cut(value)])) as unknown as ErrorDetail
}

/** Every failure a route can see, as one of the plugin's errors; `ourNames` hints the plugin's name of a wire name. */
export function toPluginError(error: FastifyError, ourNames: WireNames = NO_NAMES): MistralSecureError {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues = error.validation.slice(0, MAX_VALIDATION_DETAILS)
    return new ValidationError(issues.map((issue) => validationDetail(issue, ourNames)))
  }
  if (isMistralSecureError(error)) {
    // The plugin's own, whose texts hold no key, or one a host made to look like it (`code: 'FST_MISTRAL_…'`), whose
    // texts are the host's: the plugin's keys are cut out of them as out of a host's refusal (src/held-keys.ts).
    error.code = withoutHeldKeys(error.code)
    error.message = withoutHeldKeys(String(error.message))
    if (Array.isArray(error.details)) error.details = error.details.map(detailWithoutHeldKeys)
    return error
  }
  // Fastify's own body errors: their messages can quote the request's headers, so only the status is kept.
  if (error.statusCode === 413) return new BodyTooLargeError()
  if (error.statusCode === 415) return new UnsupportedMediaTypeError()
  if (error.statusCode === 400 && (error.code === undefined || error.code.startsWith('FST_ERR_CTP_'))) {
    return new ValidationError([{ path: 'body', message: 'the body must be a valid JSON object' }])
  }
  const headers = (error as { headers?: unknown }).headers
  // A refusal of the host's own (an authentication hook's 401): its status, code and message are the host's.
  if (Number.isInteger(error.statusCode) && (error.statusCode as number) >= 400 && (error.statusCode as number) < 500) {
    const { statusCode, code, message } = error
    return new RequestRefusedError({ statusCode, code, message, headers })
  }
  // A failure of the host's own that says what it is (503: its identity provider is down) keeps that status.
  if (Number.isInteger(error.statusCode) && (error.statusCode as number) > 500 && (error.statusCode as number) < 600) {
    return new HostFailureError(error.statusCode as number, headers)
  }
  return new InternalError()
}

/**
 * When each request of the scope arrived, for the entry of a caller gone before the scope's first hook (and
 * so before it holds the reply, whose clock Fastify starts there): Fastify makes the request's logger on
 * arrival, before any hook, and the scope's logger factory is its own.
 */
function trackArrivals(scope: FastifyInstance): (request: FastifyRequest) => number {
  const arrivals = new WeakMap<object, number>()
  const previous = scope.childLoggerFactory
  scope.setChildLoggerFactory(function childNotingArrival(logger, bindings, childOptions, rawRequest) {
    arrivals.set(rawRequest, performance.now())
    return previous.call(this, logger, bindings, childOptions, rawRequest)
  })
  // Always set: Fastify makes the request's logger before it runs any hook.
  return (request) => arrivals.get(request.raw) as number
}

/** `identify`'s answer as a user id: a string, or anonymous (an empty string names nobody, so it is anonymous too).
 * Anything else is a host bug, refused before it can merge every caller into one rate-limit bucket or put a user
 * object into the audit trail. */
function checkedUserId(userId: unknown, request: FastifyRequest): string | null {
  if (userId === null || userId === undefined || userId === '') return null
  if (typeof userId === 'string') return userId
  const type = Array.isArray(userId) ? 'array' : typeof userId
  request.log.error(
    { identifyReturned: type },
    'mistral identify option returned a non-string user id; request refused',
  )
  throw new InternalError()
}
