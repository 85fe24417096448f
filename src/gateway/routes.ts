import { randomUUID } from 'node:crypto'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import type { AuditAction } from '../audit.js'
import { answerChat } from '../chat-reply.js'
import { embeddingsBodyLimit } from '../embeddings-route.js'
import { budgetHeaders, type EndpointOptions, endpointScope, routeCallContext } from '../endpoint-scope.js'
import { UnauthenticatedError } from '../errors.js'
import { chatBodyLimit } from '../route.js'
import type { GatewayAuthenticate, ResolvedGateway } from './options.js'
import { wireErrorBody } from './wire-error.js'
import { wireChunks, wireCompletion, wireEmbeddings, wireModels } from './wire-reply.js'
import { wireChatBodySchema, wireEmbeddingsBodySchema } from './wire-request.js'

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
    chat: `${gateway.prefix}/v1/chat/completions`,
    embeddings: `${gateway.prefix}/v1/embeddings`,
    models: `${gateway.prefix}/v1/models`,
  }
  const actions = new Map<string | undefined, AuditAction>([
    [paths.chat, 'gateway.chat.completions'],
    [paths.embeddings, 'gateway.embeddings'],
    [paths.models, 'gateway.models'],
  ])
  const stateOf = await endpointScope(scope, {
    ...options,
    name: 'gateway',
    // The scope serves these three routes only: Fastify's 404 for any other path is answered outside it.
    actionOf: (request) => actions.get(request.routeOptions.url) as AuditAction,
    errorBody: wireErrorBody,
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
    { bodyLimit: chatBodyLimit(pipeline.policy), ...ownLimiter, schema: { body: wireChatBodySchema, ...hidden } },
    async (request, reply) => {
      const { stream, ...chat } = request.body
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
}

/** The host's hook, failing closed: a hook that answers `false` (a check written as a test) refuses too. */
function refusingOnFalse(authenticate: GatewayAuthenticate) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if ((await authenticate(request, reply)) === false) throw new UnauthenticatedError()
  }
}

const unixSeconds = () => Math.floor(Date.now() / 1000)
