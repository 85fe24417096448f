import type { FastifyInstance } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { MAX_MODEL_CHARS } from '../chat-request-schema.js'
import { embeddingOptionsShape } from '../embedding-options.js'
import type { PolicyProfile } from '../types.js'
import { EMBEDDINGS_OUR_NAMES } from '../wire-names.js'
import { errorBody } from './chat.js'
import { budgetHeaders, type EndpointOptions, endpointScope, routeCallContext, scopeFields } from './scope.js'

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
 * The body app.mistral.embeddings.create takes, checked as the chat route's is: before the rate limit, so a refused
 * body costs no quota, and with the route's model name bound (nothing longer reaches the policy or the audit entry).
 */
export const embeddingsRequestBodySchema = z.strictObject({
  model: z.string().min(1).max(MAX_MODEL_CHARS),
  inputs: z.array(z.string()),
  ...embeddingOptionsShape,
})

/**
 * `POST <path>` with `{ model, inputs }`: app.mistral.embeddings.create for the caller, in a scope like the chat
 * route's (identified, validated, rate limited, one audit entry with the request's id and address).
 */
export async function embeddingsRoute(scope: FastifyInstance, options: EmbeddingsRouteOptions): Promise<void> {
  const { pipeline } = options
  const stateOf = await endpointScope(scope, {
    ...scopeFields(options),
    name: 'embeddings route',
    actionOf: () => 'embeddings.create',
    errorBody,
    // A wire name (`input`) is named with the plugin's (`inputs`), as on the chat route.
    ourNames: EMBEDDINGS_OUR_NAMES,
  })
  scope.withTypeProvider<ZodTypeProvider>().post(
    options.path,
    {
      bodyLimit: embeddingsBodyLimit(pipeline.policy),
      // The scope's own limiter applies; a host's global @fastify/rate-limit would count the request twice.
      ...(options.rateLimit && { config: { rateLimit: false } }),
      schema: { body: embeddingsRequestBodySchema },
      // The scope's handler once more, for an answer of its own that a host hook failed (src/routes/scope.ts).
      errorHandler: scope.errorHandler,
    },
    async (request, reply) => {
      const state = stateOf(request)
      const context = await routeCallContext(request, state, options.budgetKey)
      const { id, model, data, usage } = await pipeline.embeddings(request.body, context)
      // Refusals get theirs from the scope's error handler.
      budgetHeaders(reply, state.record.budget)
      return { id, model, data, usage }
    },
  )
}
