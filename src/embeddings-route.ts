import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { callState } from './call-state.js'
import type { MistralClient } from './client.js'
import type { EmbeddingsRequest } from './embeddings.js'
import { HttpsRequiredError } from './errors.js'
import type { IdentifyFunction } from './options.js'
import { budgetHeaders, errorBody, toPluginError } from './route.js'
import type { CallRecord } from './types.js'

export interface EmbeddingsRouteOptions {
  client: MistralClient
  path: string
  identify: IdentifyFunction | undefined
  requireHttps: boolean
  /** Whose token budget a request is charged to (as on the chat route); absent: budgets are off. */
  budgetKey?: ((request: FastifyRequest) => Promise<string>) | undefined
}

// Inputs are bounded by the policy (count × characters); 6 bytes per character covers any JSON escaping of them.
const FRAMING_BYTES = 64 * 1024

/**
 * `POST <path>` with `{ model, inputs }`: app.mistral.embeddings.create for the caller. The client checks the body
 * (FST_MISTRAL_VALIDATION naming the field) and writes the audit entry, so a refused body is accounted for too.
 */
export async function embeddingsRoute(scope: FastifyInstance, options: EmbeddingsRouteOptions): Promise<void> {
  const { client, identify } = options
  const { maxEmbeddingInputs, maxEmbeddingInputChars } = client.policy
  scope.removeContentTypeParser('text/plain')
  scope.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const pluginError = toPluginError(error)
    reply.code(pluginError.statusCode)
    return errorBody(request, pluginError)
  })
  if (options.requireHttps) {
    scope.addHook('onRequest', async (request) => {
      if (request.protocol !== 'https') throw new HttpsRequiredError()
    })
  }
  scope.post(
    options.path,
    { bodyLimit: maxEmbeddingInputs * maxEmbeddingInputChars * 6 + FRAMING_BYTES },
    async (request, reply) => {
      const userId = identify ? ((await identify(request)) ?? undefined) : undefined
      // The budget holder is the identified user, as on the chat route (else the caller's address).
      callState(request).userId = typeof userId === 'string' ? userId : null
      const budgetKey = options.budgetKey && (await options.budgetKey(request))
      // The chat route's x-budget-* headers, refused calls included: what the holder has left after this one.
      const record: CallRecord = {}
      try {
        const { id, model, data, usage } = await client.embeddings.create(request.body as EmbeddingsRequest, {
          log: request.log,
          record,
          ...(typeof userId === 'string' && { userId }),
          ...(budgetKey !== undefined && { budgetKey }),
        })
        return { id, model, data, usage }
      } finally {
        budgetHeaders(reply, record.budget)
      }
    },
  )
}
