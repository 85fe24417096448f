import { STATUS_CODES } from 'node:http'
import fastJson, { type Schema } from 'fast-json-stringify'
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { hasZodFastifySchemaValidationErrors, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { callState, kCallState, type RouteCallState } from './call-state.js'
import { isFieldName } from './chat-request.js'
import {
  BodyTooLargeError,
  BudgetExceededError,
  ClientClosedError,
  type ErrorDetail,
  HttpsRequiredError,
  InternalError,
  isMistralSecureError,
  type MistralSecureError,
  RateLimitedError,
  RequestRefusedError,
  UnsupportedMediaTypeError,
  UpstreamRateLimitedError,
  ValidationError,
} from './errors.js'
import { redactCredentialsInRequestLogs } from './log-redaction.js'
import type { IdentifyFunction, ResolvedRateLimit } from './options.js'
import type { CallPipeline } from './pipeline.js'
import { registerRateLimit } from './rate-limit.js'
import { SSE_HEADERS, sseStream } from './sse-reply.js'
import { type PolicyProfile, ROLES } from './types.js'

/** Longest model name the route accepts: Mistral's run to a few dozen characters. */
export const MAX_MODEL_CHARS = 128

const toolCallSchema = z.strictObject({
  id: z.string(),
  type: z.literal('function').optional(),
  function: z.strictObject({ name: z.string(), arguments: z.string() }),
})
const contentChunkSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('text'), text: z.string() }),
  z.strictObject({
    type: z.literal('image_url'),
    imageUrl: z.union([z.string(), z.strictObject({ url: z.string() })]),
  }),
])
const jsonObjectSchema = z.record(z.string(), z.unknown())

/**
 * Every field of app.mistral.chat.complete. The route accepts what the active profile allows: the policy refuses
 * tools, images, JSON formats or choices a profile does not allow, with FST_MISTRAL_POLICY_VIOLATION.
 */
export const chatRequestBodySchema = z.strictObject({
  // Capped so that nothing a caller sends as a name travels further than the validation error. Message content
  // is bounded by the route's body limit and then by the policy, which reports it without echoing it.
  model: z.string().min(1).max(MAX_MODEL_CHARS),
  messages: z.array(
    z.strictObject({
      role: z.enum(ROLES),
      content: z
        .union([z.string(), z.array(contentChunkSchema)])
        .nullable()
        .optional(),
      toolCalls: z.array(toolCallSchema).optional(),
      toolCallId: z.string().optional(),
      name: z.string().optional(),
      prefix: z.boolean().optional(),
    }),
  ),
  temperature: z.number().optional(),
  topP: z.number().optional(),
  maxTokens: z.number().int().positive().optional(),
  randomSeed: z.number().int().nonnegative().optional(),
  stop: z.union([z.string(), z.array(z.string())]).optional(),
  safePrompt: z.boolean().optional(),
  presencePenalty: z.number().optional(),
  frequencyPenalty: z.number().optional(),
  n: z.number().int().positive().optional(),
  tools: z
    .array(
      z.strictObject({
        type: z.literal('function').optional(),
        function: z.strictObject({
          name: z.string(),
          description: z.string().optional(),
          parameters: jsonObjectSchema.optional(),
          strict: z.boolean().optional(),
        }),
      }),
    )
    .optional(),
  toolChoice: z
    .union([
      z.enum(['auto', 'none', 'any', 'required']),
      z.strictObject({ type: z.literal('function').optional(), function: z.strictObject({ name: z.string() }) }),
    ])
    .optional(),
  parallelToolCalls: z.boolean().optional(),
  responseFormat: z
    .discriminatedUnion('type', [
      z.strictObject({ type: z.literal('text') }),
      z.strictObject({ type: z.literal('json_object') }),
      z.strictObject({
        type: z.literal('json_schema'),
        jsonSchema: z.strictObject({
          name: z.string(),
          schema: jsonObjectSchema,
          description: z.string().optional(),
          strict: z.boolean().optional(),
        }),
      }),
    ])
    .optional(),
  prediction: z.strictObject({ type: z.literal('content'), content: z.string() }).optional(),
  stream: z
    .boolean()
    .optional()
    .describe(
      'true: answer as server-sent events (text/event-stream): `data: {"type":"delta","content":"…"}` per piece of ' +
        'screened text, then `data: {"type":"done","finishReason":"…","usage":{…}}`, then `data: [DONE]`. An error ' +
        'after the first event is one `event: error` whose data is the error body, and the stream ends.',
    ),
})

const choiceSchema = z.object({
  content: z.string(),
  finishReason: z.string(),
  toolCalls: z.array(toolCallSchema).optional(),
})

export const chatResponseSchema = z.object({
  id: z.string(),
  model: z.string(),
  content: z.string(),
  finishReason: z.string(),
  usage: z.object({ promptTokens: z.number(), completionTokens: z.number(), totalTokens: z.number() }),
  toolCalls: z.array(toolCallSchema).optional(),
  choices: z.array(choiceSchema).optional(),
})

/**
 * The 200 body, compiled once from its schema (Fastify's own serializer for JSON schemas): the result is built by
 * the pipeline from checked parts (transport/reply.ts), so a zod encode of every answer, five to ten times the
 * cost, would only check it again. Like the encode, it writes the schema's fields alone, in its order.
 */
const serializeChatResponse = fastJson(z.toJSONSchema(chatResponseSchema, { io: 'output' }) as Schema)

const errorDetailSchema = z.object({
  path: z.string(),
  message: z.string().optional(),
  rule: z.string().optional(),
  limit: z.union([z.number(), z.string(), z.array(z.string())]).optional(),
  type: z.string().optional(),
  count: z.number().optional(),
})

/** The one shape of every error the plugin answers with. */
export const errorResponseSchema = z.object({
  statusCode: z.number(),
  code: z.string(),
  error: z.string(),
  message: z.string(),
  requestId: z.string(),
  details: z.array(errorDetailSchema).optional(),
})

export type ChatRequestBody = z.infer<typeof chatRequestBodySchema>
export type ChatResponseBody = z.infer<typeof chatResponseSchema>
export type ErrorResponseBody = z.infer<typeof errorResponseSchema>

export interface ChatRouteOptions {
  pipeline: CallPipeline
  path: string
  identify: IdentifyFunction | undefined
  /** Per-user (else per-IP) limit of the route; false or absent: none. */
  rateLimit?: ResolvedRateLimit | false
  /** Refuse requests that did not arrive over HTTPS (`request.protocol`, which honours trustProxy). */
  requireHttps?: boolean
  /** Whose token budget a request is charged to; absent: budgets are off. */
  budgetKey?: (request: FastifyRequest) => Promise<string>
}

/**
 * The route's own body limit, derived from the policy rather than Fastify's global 1 MiB: a JS string's length
 * counts UTF-16 units, and the longest JSON form of one unit is a `\uXXXX` escape, 6 bytes (clients such as
 * Python's json.dumps escape all non-ASCII text; control characters are always escaped), so 6 bytes per
 * character covers any text the policy accepts; 64 KiB more covers the JSON framing (up to 100 messages of
 * `{"role":"assistant","content":""}`, model, options). A body over it cannot pass the policy, so it is
 * refused from its content-length, before it is read or parsed.
 */
export function chatBodyLimit(policy: Readonly<PolicyProfile>): number {
  return policy.maxTotalChars * 6 + 64 * 1024
}

/**
 * The chat route, in a scope of its own so the zod compilers and the error handler apply to it alone:
 * the host app's other routes keep theirs.
 */
export async function chatRoute(scope: FastifyInstance, options: ChatRouteOptions): Promise<void> {
  const { pipeline, path, identify } = options
  scope.setValidatorCompiler(validatorCompiler)
  scope.setErrorHandler(handleRouteError)
  // Fastify parses text/plain by default, which would turn a text body into a 400 instead of the documented 415.
  scope.removeContentTypeParser('text/plain')
  scope.decorateRequest(kCallState, null)
  // The route's own logger only: the host's other routes and its app-level logger are left as the host set them.
  redactCredentialsInRequestLogs(scope)
  const arrivalOf = trackArrivals(scope)

  const identifyOnce = async (request: FastifyRequest, state: RouteCallState) => {
    if (state.identified) return
    state.identified = true
    state.userId = identify ? checkedUserId(await identify(request), request) : null
  }
  const audit = (request: FastifyRequest, state: RouteCallState, statusCode: number, latencyMs: number) => {
    const end = { statusCode, errorCode: state.errorCode, latencyMs, requestId: request.id, ipAddress: request.ip }
    pipeline.audit(state, end, request.log)
  }

  // A client that hangs up gets its entry now, not when the aborted upstream call unwinds.
  const clientClosed = (request: FastifyRequest, latencyMs: number) => {
    const state = callState(request)
    state.abort.abort()
    state.errorCode = new ClientClosedError().code
    audit(request, state, 499, latencyMs)
  }
  // First of the route's hooks, so every later refusal (HTTPS, rate limit, validation) is accounted for. A host
  // hook that refuses the request before this one runs (authentication) still gets its entry: see callState.
  scope.addHook('onRequest', async (request, reply) => {
    callState(request)
    reply.raw.once('close', () => {
      if (!reply.raw.writableEnded) clientClosed(request, reply.elapsedTime)
    })
  })
  // Fastify listens for this from the request's arrival: a caller gone while a host onRequest hook (a slow
  // authentication) still runs, before the listener above exists, is accounted for too.
  scope.addHook('onRequestAbort', async (request) => {
    const latencyMs = performance.now() - arrivalOf(request)
    await identifyOnce(request, callState(request)).catch(() => {})
    clientClosed(request, latencyMs)
  })
  scope.addHook('onResponse', async (request, reply) => {
    const state = callState(request)
    // A request refused before validation (HTTPS, body limit, bad JSON, a host hook) is still attributed.
    if (!state.audited) await identifyOnce(request, state).catch(() => {})
    // Fastify's own clock, from the request's arrival: right even when a host hook refused it first. A stream
    // that failed after its 200 went out is accounted with the status its error event carried.
    audit(request, state, state.failedStatus ?? reply.statusCode, reply.elapsedTime)
  })
  if (options.requireHttps) {
    // onRequest: refused before the body is read. request.protocol honours trustProxy and x-forwarded-proto.
    scope.addHook('onRequest', async (request) => {
      if (request.protocol !== 'https') throw new HttpsRequiredError()
    })
  }
  if (options.rateLimit) await registerRateLimit(scope, options.rateLimit)
  // After the host's own onRequest hooks (authentication) and before validation, so that even a request
  // refused for its body is attributed to its user.
  scope.addHook('preValidation', async (request) => identifyOnce(request, callState(request)))

  scope.withTypeProvider<ZodTypeProvider>().post(
    path,
    {
      bodyLimit: chatBodyLimit(pipeline.policy),
      // A host's own global @fastify/rate-limit skips the route, which has its own limiter (per user, fail closed,
      // the plugin's 429); with that limiter off, the host's applies as it would to any route.
      ...(options.rateLimit && { config: { rateLimit: false } }),
      // Only the 200 body is the route's own to check; error schemas document the shape (OpenAPI) without
      // refusing a body a host hook sent, such as its own 401.
      serializerCompiler: (route) =>
        route.httpStatus === '200' ? serializeChatResponse : (data: unknown) => JSON.stringify(data),
      schema: {
        body: chatRequestBodySchema,
        response: { 200: chatResponseSchema, '4xx': errorResponseSchema, '5xx': errorResponseSchema },
      },
    },
    async (request, reply) => {
      const state = callState(request)
      const { stream, ...chat } = request.body
      const budgetKey = options.budgetKey && (await options.budgetKey(request))
      const context = { signal: state.abort.signal, log: request.log, record: state.record, budgetKey }
      if (stream !== true) {
        const result = await pipeline.complete(chat, context)
        budgetHeaders(reply, state.record.budget)
        return result
      }
      state.action = 'chat.stream'
      const events = pipeline.stream(chat, context)
      // Everything that can refuse the call before the first byte (policy, prompt guard, key, Mistral's answer,
      // a reply blocked in its first words) throws here and gets an ordinary HTTP error.
      const first = await events.next()
      /* c8 ignore next -- the call's stream always ends with a done event */
      if (first.done) throw new InternalError()
      const failed = (error: unknown) => {
        const failure = pipeline.failure(error, state.action, request.log)
        state.errorCode = failure.code
        state.failedStatus = failure.statusCode
        return errorBody(request, failure)
      }
      // The budget as reserved: a stream's headers leave before it settles.
      budgetHeaders(reply, state.record.budget)
      // A stream is sent as it is, past the serializer: the typed reply only knows the JSON answer's schema.
      return reply.headers(SSE_HEADERS).send(sseStream(first.value, events, failed) as never)
    },
  )
}

function handleRouteError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): ErrorResponseBody {
  const pluginError = toPluginError(error)
  // Unexpected errors are logged here with their stack; the plugin's own were logged where they arose.
  if (pluginError instanceof InternalError && !isMistralSecureError(error)) {
    request.log.error({ err: error }, 'unexpected error in the mistral chat route')
  }
  callState(request).errorCode = pluginError.code
  const retryAfter =
    pluginError instanceof RateLimitedError ||
    pluginError instanceof UpstreamRateLimitedError ||
    pluginError instanceof BudgetExceededError
      ? pluginError.retryAfterSeconds
      : undefined
  if (retryAfter !== undefined) reply.header('retry-after', String(retryAfter))
  budgetHeaders(reply, callState(request).record.budget)
  reply.code(pluginError.statusCode)
  return errorBody(request, pluginError)
}

/** The caller's token budget: its limit and what is left (after this call, once it settled). */
function budgetHeaders(reply: FastifyReply, budget: { limit: number; remaining: number } | undefined): void {
  if (!budget) return
  reply.header('x-budget-limit', String(budget.limit))
  reply.header('x-budget-remaining', String(budget.remaining))
}

/** The client-facing body: the plugin's code and message, never an upstream body, a stack or a key. */
export function errorBody(request: FastifyRequest, error: MistralSecureError): ErrorResponseBody {
  return {
    statusCode: error.statusCode,
    code: error.code,
    error: STATUS_CODES[error.statusCode] ?? 'Error',
    message: error.message,
    requestId: request.id,
    ...(error.details && { details: error.details }),
  }
}

/** Enough to fix a request; a body of a thousand bad messages does not make a thousand-line answer. */
const MAX_VALIDATION_DETAILS = 20

/**
 * One validation issue as a detail. Paths are built from the schema's own keys and array indexes; zod's messages
 * state the expectation, never the value, except the names of unknown keys, which are the caller's text.
 */
function validationDetail(issue: {
  instancePath: string
  keyword: string
  message?: string
  params: unknown
}): ErrorDetail {
  const path = issue.instancePath.split('/').filter(Boolean).join('.') || 'body'
  if (issue.keyword !== 'unrecognized_keys') return { path, message: String(issue.message) }
  const keys = (issue.params as { keys?: unknown }).keys
  const nameable = Array.isArray(keys) && keys.every(isFieldName)
  return {
    path,
    message: nameable
      ? `unknown fields: ${keys.slice(0, MAX_VALIDATION_DETAILS).join(', ')}`
      : 'unknown fields are not allowed',
  }
}

/** Every failure the route can see, as one of the plugin's errors. */
export function toPluginError(error: FastifyError): MistralSecureError {
  if (hasZodFastifySchemaValidationErrors(error)) {
    return new ValidationError(error.validation.slice(0, MAX_VALIDATION_DETAILS).map(validationDetail))
  }
  if (isMistralSecureError(error)) return error
  // Fastify's own body errors: their messages can quote the request's headers, so only the status is kept.
  if (error.statusCode === 413) return new BodyTooLargeError()
  if (error.statusCode === 415) return new UnsupportedMediaTypeError()
  if (error.statusCode === 400 && (error.code === undefined || error.code.startsWith('FST_ERR_CTP_'))) {
    return new ValidationError([{ path: 'body', message: 'the body must be a valid JSON object' }])
  }
  // A refusal of the host's own (an authentication hook's 401): its status, code and message are the host's.
  if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
    return new RequestRefusedError({ statusCode: error.statusCode, code: error.code, message: error.message })
  }
  return new InternalError()
}

/**
 * When each request of the scope arrived, for the entry of a caller gone before the route's first hook (and
 * so before it holds the reply, whose clock Fastify starts there): Fastify makes the request's logger on
 * arrival, before any hook, and the scope's logger factory is the route's own.
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
