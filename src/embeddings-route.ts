import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { MistralClient } from './client.js'
import type { EmbeddingsRequest } from './embeddings.js'
import { HttpsRequiredError } from './errors.js'
import type { IdentifyFunction } from './options.js'
import { errorBody, toPluginError } from './route.js'

export interface EmbeddingsRouteOptions {
  client: MistralClient
  path: string
  identify: IdentifyFunction | undefined
  requireHttps: boolean
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
    async (request) => {
      const userId = identify ? ((await identify(request)) ?? undefined) : undefined
      const { id, model, data, usage } = await client.embeddings.create(request.body as EmbeddingsRequest, {
        log: request.log,
        ...(typeof userId === 'string' && { userId }),
      })
      return { id, model, data, usage }
    },
  )
}
