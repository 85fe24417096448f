import type {
  ChatMessage,
  ChatRequest,
  ContentChunk,
  ResponseFormat,
  SentToolCall,
  Tool,
  ToolChoice,
} from '../types.js'

/**
 * A chat request in Mistral's wire format (snake_case), field by field: only what the client checked, and nothing
 * the caller left out. The SDK transport gets the same request in the SDK's camelCase (`sdkChatRequest`), so
 * both transports send the same body.
 */

type Wire = Record<string, unknown>

/** Our field names and their wire names, as pairs read once at load: a request copies them on every call. */
type Names = ReadonlyArray<readonly [string, string]>

const namesOf = (names: Record<string, string>): Names => Object.entries(names)

/** Copies into `wire` the fields of `source` that are set, under their wire names, after what `wire` holds. */
function copyFields(wire: Wire, source: object, names: Names): Wire {
  for (let i = 0; i < names.length; i++) {
    const [name, wireName] = names[i] as readonly [string, string]
    const value = (source as Record<string, unknown>)[name]
    if (value !== undefined) wire[wireName] = value
  }
  return wire
}

const fields = (source: object, names: Names): Wire => copyFields({}, source, names)

const IMAGE_URL_FIELDS = namesOf({ url: 'url', detail: 'detail' })
const MESSAGE_FIELDS = namesOf({ toolCallId: 'tool_call_id', name: 'name', prefix: 'prefix' })
const TOOL_FIELDS = namesOf({ name: 'name', description: 'description', parameters: 'parameters', strict: 'strict' })
const JSON_SCHEMA_FIELDS = namesOf({ name: 'name', schema: 'schema', description: 'description', strict: 'strict' })
const SDK_JSON_SCHEMA_FIELDS = namesOf({ name: 'name', description: 'description', strict: 'strict' })

const wireChunk = (chunk: ContentChunk): Wire =>
  chunk.type === 'text'
    ? { type: 'text', text: chunk.text }
    : {
        type: 'image_url',
        image_url: typeof chunk.imageUrl === 'string' ? chunk.imageUrl : fields(chunk.imageUrl, IMAGE_URL_FIELDS),
      }

export const wireToolCall = (call: SentToolCall): Wire => ({
  id: call.id,
  type: call.type ?? 'function',
  function: { name: call.function.name, arguments: call.function.arguments },
})

function wireMessage(message: ChatMessage): Wire {
  const { content } = message
  const wire: Wire = { role: message.role }
  if (content !== undefined) wire.content = Array.isArray(content) ? content.map(wireChunk) : content
  if (message.toolCalls !== undefined) wire.tool_calls = message.toolCalls.map(wireToolCall)
  return copyFields(wire, message, MESSAGE_FIELDS)
}

const wireTool = (tool: Tool): Wire => ({
  type: tool.type ?? 'function',
  function: fields(tool.function, TOOL_FIELDS),
})

const wireToolChoice = (choice: ToolChoice): unknown =>
  typeof choice === 'string' ? choice : { type: choice.type ?? 'function', function: { name: choice.function.name } }

function wireResponseFormat(format: ResponseFormat): Wire {
  if (format.type !== 'json_schema') return { type: format.type }
  return {
    type: 'json_schema',
    json_schema: fields(format.jsonSchema, JSON_SCHEMA_FIELDS),
  }
}

const SCALAR_NAMES = {
  maxTokens: 'max_tokens',
  temperature: 'temperature',
  topP: 'top_p',
  randomSeed: 'random_seed',
  stop: 'stop',
  safePrompt: 'safe_prompt',
  parallelToolCalls: 'parallel_tool_calls',
  presencePenalty: 'presence_penalty',
  frequencyPenalty: 'frequency_penalty',
  n: 'n',
  promptMode: 'prompt_mode',
  reasoningEffort: 'reasoning_effort',
  serviceTier: 'service_tier',
}
const SCALARS = namesOf(SCALAR_NAMES)
// The SDK takes our names.
const SDK_SCALARS = namesOf({
  ...Object.fromEntries(Object.keys(SCALAR_NAMES).map((name) => [name, name])),
  prediction: 'prediction',
})

export function wireChatRequest(request: ChatRequest, stream: boolean): Wire {
  const body = copyFields({ model: request.model, messages: request.messages.map(wireMessage) }, request, SCALARS)
  if (request.tools !== undefined) body.tools = request.tools.map(wireTool)
  if (request.toolChoice !== undefined) body.tool_choice = wireToolChoice(request.toolChoice)
  if (request.responseFormat !== undefined) body.response_format = wireResponseFormat(request.responseFormat)
  if (request.prediction !== undefined) body.prediction = { type: 'content', content: request.prediction.content }
  body.stream = stream
  return body
}

/** The same request as the SDK takes it: our names are its names, but for the JSON schema's `schemaDefinition`. */
export function sdkChatRequest(request: ChatRequest) {
  const { responseFormat } = request
  const sdkFormat =
    responseFormat?.type === 'json_schema'
      ? {
          type: 'json_schema' as const,
          jsonSchema: {
            ...fields(responseFormat.jsonSchema, SDK_JSON_SCHEMA_FIELDS),
            schemaDefinition: responseFormat.jsonSchema.schema,
          } as { name: string; schemaDefinition: Record<string, unknown> },
        }
      : responseFormat
  return {
    ...fields(request, SDK_SCALARS),
    // A tool or a forced tool choice without a type is a function, as on the wire: the SDK would send none.
    ...(request.tools !== undefined && {
      tools: request.tools.map((tool) => ({ ...tool, type: tool.type ?? ('function' as const) })),
    }),
    ...(request.toolChoice !== undefined && {
      toolChoice:
        typeof request.toolChoice === 'string'
          ? request.toolChoice
          : { ...request.toolChoice, type: request.toolChoice.type ?? ('function' as const) },
    }),
    model: request.model,
    messages: request.messages.map((message) => ({ ...message })),
    ...(sdkFormat !== undefined && { responseFormat: sdkFormat }),
  }
}
