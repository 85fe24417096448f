import { STATUS_CODES } from 'node:http'
import fastJson, { type Schema } from 'fast-json-stringify'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { answerChat, type ChatReplyFormat } from './chat-reply.js'
import { PARAMETERS_REQUIRED } from './chat-request.js'
import { type EndpointOptions, endpointScope, scopeFields } from './endpoint-scope.js'
import type { MistralSecureError } from './errors.js'
import { type ChatRequest, IMAGE_DETAILS, type PolicyProfile, ROLES } from './types.js'
import { CHAT_OUR_NAMES } from './wire-names.js'

/** Longest model name the route accepts: Mistral's run to a few dozen characters. */
export const MAX_MODEL_CHARS = 128

const toolCallSchema = z.strictObject({
  id: z.string(),
  type: z.literal('function').optional(),
  // Mistral takes the arguments as JSON text or as an object (the SDK's `FunctionCall.arguments`).
  function: z.strictObject({ name: z.string(), arguments: z.union([z.string(), z.record(z.string(), z.unknown())]) }),
})
const contentChunkSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('text'), text: z.string() }),
  z.strictObject({
    type: z.literal('image_url'),
    imageUrl: z.union([z.string(), z.strictObject({ url: z.string(), detail: z.enum(IMAGE_DETAILS).optional() })]),
  }),
])
const jsonObjectSchema = z.record(z.string(), z.unknown())
// Mistral refuses a function without its parameters (src/chat-request.ts, REQUIRED_FIELDS): said as app.mistral says it.
const toolParametersSchema = z.record(z.string(), z.unknown(), {
  error: (issue) => (issue.input === undefined ? PARAMETERS_REQUIRED : undefined),
})

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
  // Mistral takes 0 (a reply of nothing, the prompt still read): its API sets a minimum of 0.
  maxTokens: z.number().int().nonnegative().optional(),
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
          parameters: toolParametersSchema,
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
        'screened text (a JSON-mode reply comes whole, once screened), `data: {"type":"toolCalls","toolCalls":[…]}` ' +
        "once a choice's tool calls are whole and screened, then " +
        '`data: {"type":"done","finishReason":"…","usage":{…}}`, then `data: [DONE]`. With n > 1 every delta and ' +
        "toolCalls event carries the choice's `index`, and done lists `choices: [{index, finishReason}]`. An error " +
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
