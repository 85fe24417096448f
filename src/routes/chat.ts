import { STATUS_CODES } from 'node:http'
import fastJson, { type Schema } from 'fast-json-stringify'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { chatRequestBodySchema, toolCallSchema } from '../chat-request-schema.js'
import type { MistralSecureError } from '../errors.js'
import { requestIdText } from '../held-keys.js'
import type { ChatRequest, PolicyProfile } from '../types.js'
import { CHAT_OUR_NAMES } from '../wire-names.js'
import { answerChat, type ChatReplyFormat } from './chat-reply.js'
import { type EndpointOptions, endpointScope, scopeFields } from './scope.js'

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

export interface ChatRouteOptions extends EndpointOptions {
  path: string
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
  const { pipeline, path } = options
  const stateOf = await endpointScope(scope, {
    ...scopeFields(options),
    name: 'chat route',
    actionOf: () => 'chat.complete',
    errorBody,
    ourNames: CHAT_OUR_NAMES,
  })

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
      // The scope's handler once more, for an answer of its own that a host hook failed (src/routes/scope.ts).
      errorHandler: scope.errorHandler,
    },
    async (request, reply) => {
      const { stream, ...body } = request.body
      // The schema checks each field's type; which role may carry which field is the policy's to refuse, with its
      // rule named (403), as for a call of app.mistral compiled without the types.
      const chat = body as ChatRequest
      const call = { request, reply, state: stateOf(request), pipeline, chat, stream, budgetKey: options.budgetKey }
      return answerChat(call, CHAT_ROUTE_FORMAT)
    },
  )
}

/** The route's own shape: the plugin's result and events as they are, streams audited as `chat.stream`. */
const CHAT_ROUTE_FORMAT: ChatReplyFormat<ChatResponseBody> = {
  result: (result) => result,
  event: (event) => event,
  error: errorBody,
  streamAction: 'chat.stream',
}

/**
 * The client-facing body: the plugin's code and message, never an upstream body, a stack or a key (not even in a
 * request id taken from the caller's header: src/held-keys.ts).
 */
export function errorBody(request: FastifyRequest, error: MistralSecureError): ErrorResponseBody {
  return {
    statusCode: error.statusCode,
    code: error.code,
    error: STATUS_CODES[error.statusCode] ?? 'Error',
    message: error.message,
    requestId: requestIdText(request.id),
    ...(error.details && { details: error.details }),
  }
}
