import { randomUUID } from 'node:crypto'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import type { AuditAction } from '../../audit.js'
import { MethodNotAllowedError, UnauthenticatedError, UnsupportedEndpointError } from '../../errors.js'
import type { ChatRequest } from '../../types.js'
import { EMBEDDINGS_WIRE_NAMES } from '../../wire-names.js'
import { chatBodyLimit } from '../chat.js'
import { answerChat } from '../chat-reply.js'
import { embeddingsBodyLimit } from '../embeddings.js'
import {
  budgetHeaders,
  type EndpointOptions,
  endpointScope,
  routeCallContext,
  type StateOf,
  scopeFields,
} from '../scope.js'
import type { GatewayAuthenticate, ResolvedGateway } from './options.js'
import { wireErrorBody, wireErrorBodyFor } from './wire-error.js'
import { wireChunks, wireCompletion, wireEmbeddings, wireModels } from './wire-reply.js'
import { wireChatBodySchema, wireChatValidatorCompiler, wireEmbeddingsBodySchema } from './wire-request.js'

const embeddingsErrorBody = wireErrorBodyFor(EMBEDDINGS_WIRE_NAMES)

/** The endpoints served, as paths under the prefix. */
const ENDPOINTS = { chat: 'v1/chat/completions', embeddings: 'v1/embeddings', models: 'v1/models' } as const
/** The methods each endpoint takes: a 405 names them in `allow`. */
const SERVED_METHODS = new Map<string, readonly string[]>([
  [ENDPOINTS.chat, ['POST']],
  [ENDPOINTS.embeddings, ['POST']],
  [ENDPOINTS.models, ['GET', 'HEAD']],
])

export interface GatewayRoutesOptions extends EndpointOptions {
  gateway: ResolvedGateway
}

/**
 * Mistral's API under the host's prefix, for Mistral's own SDKs: `POST /v1/chat/completions` (whole and streamed),
 * `POST /v1/embeddings`, `GET /v1/models`. Every call takes the pipeline `app.mistral` takes, in one scope
 * with the host's authentication in front. The caller's `Authorization` is the host's to read: it is never used
 * as a Mistral key, never sent on, and censored in the scope's logs.
 */
export async function gatewayRoutes(scope: FastifyInstance, options: GatewayRoutesOptions): Promise<void> {
  const { gateway } = options
  // The routes' URLs as Fastify reports them: under any prefix the host registered the plugin in, then the gateway's.
  const base = `${scope.prefix}${gateway.prefix}`
  const actions = new Map<string | undefined, AuditAction>([
    [`${base}/${ENDPOINTS.chat}`, 'gateway.chat.completions'],
    [`${base}/${ENDPOINTS.embeddings}`, 'gateway.embeddings'],
    [`${base}/${ENDPOINTS.models}`, 'gateway.models'],
  ])
  const stateOf = await endpointScope(scope, {
    ...scopeFields(options),
    name: 'gateway',
    // Mistral's clients send JSON without a content-type (Python's `requests`) or as `application/…+json`.
    mistralMediaTypes: true,
    // Anything else is the gateway's not-found answer, which has no route.
    actionOf: (request) => actions.get(request.routeOptions.url) ?? 'gateway.unsupported',
    // Each endpoint's errors name the fields as its body does: chat's snake_case, embeddings' `input`.
    errorBody: (request, error) =>
      (actions.get(request.routeOptions.url) === 'gateway.embeddings' ? embeddingsErrorBody : wireErrorBody)(
        request,
        error,
      ),
    ...(gateway.authenticate && { authenticate: refusingOnFalse(gateway.authenticate) }),
  })
  // Under the prefix, in a scope of its own: its not-found handler answers every other request under the prefix,
  // with any method Node parses, without adding a method to the host's router (only a route needs the method known).
  await scope.register(
    async (served) => {
      // The scope's handler once more, for an answer of its own that a host hook failed (src/routes/scope.ts).
      served.setErrorHandler(scope.errorHandler)
      servedEndpoints(served, options, stateOf)
      // After the scope's onRequest hooks (HTTPS, the host's authentication) and before the body is read or the
      // scope's own limiter runs (a host's global limiter, not switched off here, counts it once).
      served.addHook('onRequest', async (request) => {
        if (request.is404) refuseUnserved(request)
      })
      served.setNotFoundHandler(refuseUnserved)
    },
    { prefix: gateway.prefix },
  )
}

/** The three endpoints, registered in the prefix's scope. */
function servedEndpoints(served: FastifyInstance, options: GatewayRoutesOptions, stateOf: StateOf): void {
  const { pipeline } = options
  const routes = served.withTypeProvider<ZodTypeProvider>()
  // The scope's own limiter applies; a host's global @fastify/rate-limit would count each request twice.
  const ownLimiter = options.rateLimit ? { config: { rateLimit: false } } : {}
  // Left out of a host's OpenAPI document (@fastify/swagger reads `hide`): it would show the plugin's camelCase
  // schema, not the wire format; Mistral publishes the document of its own API. Typed as nothing, so the body's
  // type still comes from its zod schema.
  const hidden = { hide: true } as Record<never, never>

  routes.post(
    `/${ENDPOINTS.chat}`,
    {
      bodyLimit: chatBodyLimit(pipeline.policy),
      ...ownLimiter,
      schema: { body: wireChatBodySchema, ...hidden },
      validatorCompiler: wireChatValidatorCompiler,
    },
    async (request, reply) => {
      const { stream, ...body } = request.body
      // Typed by the chat route's schema, which leaves each role's fields to the policy (as the chat route does).
      const chat = body as ChatRequest
      const meta = { id: randomUUID().replaceAll('-', ''), model: chat.model, created: unixSeconds() }
      const call = { request, reply, state: stateOf(request), pipeline, chat, stream, budgetKey: options.budgetKey }
      return answerChat(call, {
        result: (result) => wireCompletion(result, meta.created),
        event: wireChunks(meta),
        error: wireErrorBody,
      })
    },
  )

  routes.post(
    `/${ENDPOINTS.embeddings}`,
    {
      bodyLimit: embeddingsBodyLimit(pipeline.policy),
      ...ownLimiter,
      schema: { body: wireEmbeddingsBodySchema, ...hidden },
    },
    async (request, reply) => {
      const state = stateOf(request)
      const { input, ...fields } = request.body
      const inputs = typeof input === 'string' ? [input] : input
      const context = await routeCallContext(request, state, options.budgetKey)
      const result = await pipeline.embeddings({ ...fields, inputs }, context)
      budgetHeaders(reply, state.record.budget)
      return wireEmbeddings(result)
    },
  )

  routes.get(`/${ENDPOINTS.models}`, { ...ownLimiter, schema: hidden }, async (request) => {
    // Listing models costs no tokens: charged to no budget.
    const models = await pipeline.listModels(await routeCallContext(request, stateOf(request), undefined))
    return wireModels(models, pipeline.policy)
  })
}

/**
 * A request under the prefix that no endpoint serves: after the HTTPS check and the host's authentication (the
 * scope's onRequest hooks run before its child's), so a caller without valid credentials learns nothing of what is
 * served, and before the body is read. A served path asked with another method gets 405 and the methods it takes.
 */
function refuseUnserved(request: FastifyRequest): never {
  // The path after the prefix, as the router decoded it (without the query; none for the bare prefix). The router
  // routes by the raw path, so `chat%2Fcompletions` is not the chat endpoint, though it decodes to its path.
  const rawPath = request.url.split('?', 1)[0] as string
  const served = /%2f/i.test(rawPath) ? undefined : SERVED_METHODS.get((request.params as { '*'?: string })['*'] ?? '')
  // The method used is not served here even when listed (HEAD, on a host whose `exposeHeadRoutes` is false).
  const allowed = served?.filter((method) => method !== request.method)
  throw allowed?.length ? new MethodNotAllowedError(allowed) : new UnsupportedEndpointError()
}

/**
 * The host's hook, failing closed: a hook that answers "no" (`false`, `null`, `0`, `''`, `NaN`: a check written as a
 * test) refuses too. Only `undefined`, the answer of a void hook that throws to refuse, and truthy answers pass.
 */
function refusingOnFalse(authenticate: GatewayAuthenticate) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const answer = await authenticate(request, reply)
    if (answer !== undefined && !answer) throw new UnauthenticatedError()
  }
}

const unixSeconds = () => Math.floor(Date.now() / 1000)
