import { randomUUID } from 'node:crypto'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import type { AuditAction } from '../audit.js'
import { answerChat } from '../chat-reply.js'
import { embeddingsBodyLimit } from '../embeddings-route.js'
import { budgetHeaders, type EndpointOptions, endpointScope, routeCallContext, scopeFields } from '../endpoint-scope.js'
import { MethodNotAllowedError, UnauthenticatedError, UnsupportedEndpointError } from '../errors.js'
import { chatBodyLimit } from '../route.js'
import type { ChatRequest } from '../types.js'
import { EMBEDDINGS_WIRE_NAMES } from '../wire-names.js'
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
  const { pipeline, gateway } = options
  const paths = {
    chat: `${gateway.prefix}/${ENDPOINTS.chat}`,
    embeddings: `${gateway.prefix}/${ENDPOINTS.embeddings}`,
    models: `${gateway.prefix}/${ENDPOINTS.models}`,
  }
  // Every other path under the prefix: refused in Mistral's shape by the gateway rather than by the host's 404.
  const unserved = `${gateway.prefix}/*`
  const actions = new Map<string | undefined, AuditAction>([
    [paths.chat, 'gateway.chat.completions'],
    [paths.embeddings, 'gateway.embeddings'],
    [paths.models, 'gateway.models'],
    [unserved, 'gateway.unsupported'],
  ])
  const stateOf = await endpointScope(scope, {
    ...scopeFields(options),
    name: 'gateway',
    // Every route of the scope is in the map, the catch-all under the prefix included.
    actionOf: (request) => actions.get(request.routeOptions.url) as AuditAction,
    // Each endpoint's errors name the fields as its body does: chat's snake_case, embeddings' `input`.
    errorBody: (request, error) =>
      (request.routeOptions.url === paths.embeddings ? embeddingsErrorBody : wireErrorBody)(request, error),
    ...(gateway.authenticate && { authenticate: refusingOnFalse(gateway.authenticate) }),
  })
  const routes = scope.withTypeProvider<ZodTypeProvider>()
  // The scope's own limiter applies; a host's global @fastify/rate-limit would count each request twice.
  const ownLimiter = options.rateLimit ? { config: { rateLimit: false } } : {}
  // Left out of a host's OpenAPI document (@fastify/swagger reads `hide`): it would show the plugin's camelCase
  // schema, not the wire format; Mistral publishes the document of its own API. Typed as nothing, so the body's
  // type still comes from its zod schema.
  const hidden = { hide: true } as Record<never, never>

  routes.post(
    paths.chat,
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
    paths.embeddings,
    {
      bodyLimit: embeddingsBodyLimit(pipeline.policy),
      ...ownLimiter,
      schema: { body: wireEmbeddingsBodySchema, ...hidden },
    },
    async (request, reply) => {
      const state = stateOf(request)
      const { model, input } = request.body
      const inputs = typeof input === 'string' ? [input] : input
      const context = await routeCallContext(request, state, options.budgetKey)
      const result = await pipeline.embeddings({ model, inputs }, context)
      budgetHeaders(reply, state.record.budget)
      return wireEmbeddings(result)
    },
  )

  routes.get(paths.models, { ...ownLimiter, schema: hidden }, async (request) => {
    // Listing models costs no tokens: charged to no budget.
    const models = await pipeline.listModels(await routeCallContext(request, stateOf(request), undefined))
    return wireModels(models, pipeline.policy)
  })

  // OPTIONS is left to the host: a browser's CORS preflight carries no credentials and must reach its CORS handling.
  // Refused before the scope's own limiter runs, so a host's global limiter (not switched off here) counts it once.
  scope.route({
    method: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    url: unserved,
    schema: hidden,
    onRequest: refuseUnserved,
    handler: refuseUnserved,
  })
}

/**
 * A request under the prefix that no endpoint serves: after the HTTPS check and the host's authentication (the
 * scope's own onRequest hooks run before a route's), so a caller without valid credentials learns nothing of what is
 * served, and before the body is read. A served path asked with another method gets 405 and the methods it takes.
 */
async function refuseUnserved(request: FastifyRequest): Promise<never> {
  // The path after the prefix, as the router decoded it (without the query). The router routes by the raw path, so
  // `chat%2Fcompletions` is not the chat endpoint, though it decodes to its path.
  const rawPath = request.url.split('?', 1)[0] as string
  const served = /%2f/i.test(rawPath) ? undefined : SERVED_METHODS.get((request.params as { '*': string })['*'])
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
