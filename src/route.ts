import { STATUS_CODES } from 'node:http'
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import {
  hasZodFastifySchemaValidationErrors,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod'
import { z } from 'zod'
import { type Auditor, auditEntry } from './audit.js'
import { AUDITED_BY_CALLER, type CallRecord, type MistralClient } from './client.js'
import {
  BodyTooLargeError,
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
import { type IdentifyFunction, type PolicyProfile, type ResolvedRateLimit, ROLES } from './options.js'
import { registerRateLimit } from './rate-limit.js'

export const chatRequestBodySchema = z.strictObject({
  model: z.string().min(1),
  messages: z.array(z.strictObject({ role: z.enum(ROLES), content: z.string() })),
  temperature: z.number().optional(),
  topP: z.number().optional(),
  maxTokens: z.number().int().positive().optional(),
})

export const chatResponseSchema = z.object({
  id: z.string(),
  model: z.string(),
  content: z.string(),
  finishReason: z.string(),
  usage: z.object({ promptTokens: z.number(), completionTokens: z.number(), totalTokens: z.number() }),
})

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

/** What a route request carries through its life, for the audit entry and the rate limiter. */
export interface RouteCallState {
  action: 'chat.complete'
  userId: string | null
  record: CallRecord
  errorCode: string | null
  /** Aborts the upstream call when the client goes away: Mistral then bills for nothing. */
  abort: AbortController
  /** Set once the audit entry is written: exactly one per request, whichever of end or disconnect comes first. */
  audited: boolean
  /** Whether `identify` has been asked (it is asked once, however the request ends). */
  identified: boolean
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set on requests to the plugin's chat route; null elsewhere. */
    mistralCall: RouteCallState | null
  }
}

export interface ChatRouteOptions {
  client: MistralClient
  path: string
  identify: IdentifyFunction | undefined
  auditor: Auditor
  /** Per-user (else per-IP) limit of the route; false or absent: none. */
  rateLimit?: ResolvedRateLimit | false
  /** Refuse requests that did not arrive over HTTPS (`request.protocol`, which honours trustProxy). */
  requireHttps?: boolean
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
  const { client, path, identify } = options
  scope.setValidatorCompiler(validatorCompiler)
  scope.setErrorHandler(handleRouteError)
  scope.decorateRequest('mistralCall', null)

  const identifyOnce = async (request: FastifyRequest, state: RouteCallState) => {
    if (state.identified) return
    state.identified = true
    state.userId = identify ? ((await identify(request)) ?? null) : null
  }
  const audit = (request: FastifyRequest, reply: FastifyReply, state: RouteCallState, statusCode: number) => {
    if (state.audited) return
    state.audited = true
    const outcome = {
      action: state.action,
      requestId: request.id,
      userId: state.userId,
      ipAddress: request.ip,
      environment: client.environment,
      statusCode,
      errorCode: state.errorCode,
      // Fastify's own clock, from the request's arrival: right even when a host hook refused it first.
      latencyMs: reply.elapsedTime,
    }
    options.auditor.write(auditEntry(outcome, state.record), request.log)
  }

  // First of the route's hooks, so every later refusal (HTTPS, rate limit, validation) is accounted for. A host
  // hook that refuses the request before this one runs (authentication) still gets its entry: see callState.
  scope.addHook('onRequest', async (request, reply) => {
    const state = callState(request)
    // A client that hangs up gets its entry now, not when the aborted upstream call unwinds.
    reply.raw.once('close', () => {
      if (reply.raw.writableFinished) return
      state.abort.abort()
      state.errorCode = new ClientClosedError().code
      audit(request, reply, state, 499)
    })
  })
  scope.addHook('onResponse', async (request, reply) => {
    const state = callState(request)
    // A request refused before validation (HTTPS, body limit, bad JSON, a host hook) is still attributed.
    if (!state.audited) await identifyOnce(request, state).catch(() => {})
    audit(request, reply, state, reply.statusCode)
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
      bodyLimit: chatBodyLimit(client.policy),
      // Only the 200 body is the route's own to check; error schemas document the shape (OpenAPI) without
      // refusing a body a host hook sent, such as its own 401.
      serializerCompiler: (route) =>
        route.httpStatus === '200'
          ? serializerCompiler(route as unknown as Parameters<typeof serializerCompiler>[0])
          : (data: unknown) => JSON.stringify(data),
      schema: {
        body: chatRequestBodySchema,
        response: { 200: chatResponseSchema, '4xx': errorResponseSchema, '5xx': errorResponseSchema },
      },
    },
    async (request) => {
      const state = request.mistralCall as RouteCallState
      return client.chat.complete(request.body, {
        signal: state.abort.signal,
        log: request.log,
        record: state.record,
        [AUDITED_BY_CALLER]: true,
      })
    },
  )
}

/** The request's state, made on first use: normally by the route's first hook, or later if a host hook refused first. */
function callState(request: FastifyRequest): RouteCallState {
  request.mistralCall ??= {
    action: 'chat.complete',
    userId: null,
    record: {},
    errorCode: null,
    abort: new AbortController(),
    audited: false,
    identified: false,
  }
  return request.mistralCall
}

function handleRouteError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): ErrorResponseBody {
  const pluginError = toPluginError(error)
  // Unexpected errors are logged here with their stack; the plugin's own were logged where they arose.
  if (pluginError instanceof InternalError && !isMistralSecureError(error)) {
    request.log.error({ err: error }, 'unexpected error in the mistral chat route')
  }
  callState(request).errorCode = pluginError.code
  const retryAfter =
    pluginError instanceof RateLimitedError || pluginError instanceof UpstreamRateLimitedError
      ? pluginError.retryAfterSeconds
      : undefined
  if (retryAfter !== undefined) reply.header('retry-after', String(retryAfter))
  reply.code(pluginError.statusCode)
  return errorBody(request, pluginError)
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

/** Every failure the route can see, as one of the plugin's errors. */
export function toPluginError(error: FastifyError): MistralSecureError {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const details: ErrorDetail[] = error.validation.map((issue) => ({
      path: issue.instancePath.split('/').filter(Boolean).join('.') || 'body',
      message: String(issue.message),
    }))
    return new ValidationError(details)
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
