import type { FastifyInstance } from 'fastify'
import type { EmbeddingsRequest } from './embeddings.js'
import { budgetHeaders, type EndpointOptions, endpointScope, routeCallContext, scopeFields } from './endpoint-scope.js'
import { errorBody } from './route.js'
import type { PolicyProfile } from './types.js'

export interface EmbeddingsRouteOptions extends EndpointOptions {
  path: string
}

// Inputs are bounded by the policy (count × characters); 6 bytes per character covers any JSON escaping of them.
const FRAMING_BYTES = 64 * 1024

/** The most an embeddings body can hold and still pass the policy: larger ones are refused before they are read. */
export function embeddingsBodyLimit(policy: Readonly<PolicyProfile>): number {
  return policy.maxEmbeddingInputs * policy.maxEmbeddingInputChars * 6 + FRAMING_BYTES
}

/**
 * `POST <path>` with `{ model, inputs }`: app.mistral.embeddings.create for the caller, in a scope like the chat
 * route's (identified, rate limited, one audit entry with the request's id and address). The call checks the body
 * (FST_MISTRAL_VALIDATION naming the field), so a refused body is accounted for too.
 */
export async function embeddingsRoute(scope: FastifyInstance, options: EmbeddingsRouteOptions): Promise<void> {
  const { pipeline } = options
  const stateOf = await endpointScope(scope, {
    ...scopeFields(options),
    name: 'embeddings route',
    actionOf: () => 'embeddings.create',
    errorBody,
  })
  scope.post(
    options.path,
    {
      bodyLimit: embeddingsBodyLimit(pipeline.policy),
      // The scope's own limiter applies; a host's global @fastify/rate-limit would count the request twice.
      ...(options.rateLimit && { config: { rateLimit: false } }),
    },
    async (request, reply) => {
      const state = stateOf(request)
      const context = await routeCallContext(request, state, options.budgetKey)
      const { id, model, data, usage } = await pipeline.embeddings(request.body as EmbeddingsRequest, context)
      // Refusals get theirs from the scope's error handler.
      budgetHeaders(reply, state.record.budget)
      return { id, model, data, usage }
    },
  )
}
