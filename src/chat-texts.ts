import type { ChatChoice, ChatMessage, ChatRequest, ContentChunk, ToolCall } from './types.js'

/**
 * Every text a chat call sends or receives, with its path: the one list the policy counts and the guard reads,
 * so a field cannot be forwarded without being both. JSON carried as text (tool-call arguments, JSON-mode
 * replies) is read value by value, so redaction keeps it valid JSON.
 */

/** Replaces one text; returns it unchanged to keep it. */
export type TextMapper = (text: string, path: string) => string

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Maps every string in JSON data, keys included (a key is text the model reads too), and every number as the text it
 * is written as (`{"card": 4111111111111111}` holds a card number too); a number the map changes becomes its string.
 */
export function mapJsonStrings(value: unknown, map: (text: string) => string): unknown {
  if (typeof value === 'string') return map(value)
  if (typeof value === 'number') {
    const text = String(value)
    const mapped = map(text)
    return mapped === text ? value : mapped
  }
  if (Array.isArray(value)) return value.map((item) => mapJsonStrings(item, map))
  if (!isRecord(value)) return value
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [map(key), mapJsonStrings(inner, map)]))
}

/**
 * A text holding JSON, mapped value by value and written back as JSON; text that is not JSON is mapped whole.
 * Unchanged texts are returned as they came (same spacing).
 */
export function mapJsonText(text: string, path: string, map: TextMapper): string {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return map(text, path)
  }
  let changed = false
  const mapped = mapJsonStrings(parsed, (inner) => {
    const next = map(inner, path)
    if (next !== inner) changed = true
    return next
  })
  return changed ? JSON.stringify(mapped) : text
}

/** An image's URL, in either of the SDK's forms. */
export function imageUrlOf(chunk: ContentChunk): string | undefined {
  if (chunk.type !== 'image_url') return undefined
  const { imageUrl } = chunk
  return typeof imageUrl === 'string' ? imageUrl : isRecord(imageUrl) ? (imageUrl.url as string) : undefined
}

function mapToolCalls(calls: ToolCall[], path: string, map: TextMapper): ToolCall[] {
  return calls.map((call, index) => {
    const at = `${path}.${index}.arguments`
    const args = call.function.arguments
    const next = mapJsonText(args, at, map)
    return next === args ? call : { ...call, function: { ...call.function, arguments: next } }
  })
}

function mapContent(content: ChatMessage['content'], path: string, map: TextMapper): ChatMessage['content'] {
  if (typeof content === 'string') return map(content, path)
  if (!Array.isArray(content)) return content
  return content.map((chunk, index) => {
    const at = `${path}.${index}`
    if (chunk.type === 'text') return { ...chunk, text: map(chunk.text, `${at}.text`) }
    // Inline images are pixels, not text; a remote image's URL is text that leaves (a token in its query).
    const url = imageUrlOf(chunk)
    if (url === undefined || url.startsWith('data:')) return chunk
    const next = map(url, `${at}.imageUrl`)
    return next === url ? chunk : { ...chunk, imageUrl: next }
  })
}

function mapMessage(message: ChatMessage, index: number, map: TextMapper): ChatMessage {
  const path = `messages.${index}`
  const next: ChatMessage = { ...message }
  if (message.content !== undefined && message.content !== null) {
    next.content = mapContent(message.content, `${path}.content`, map)
  }
  if (message.toolCalls) next.toolCalls = mapToolCalls(message.toolCalls, `${path}.toolCalls`, map)
  return next
}

const mapSchema = (schema: Record<string, unknown>, path: string, map: TextMapper) =>
  mapJsonStrings(schema, (text) => map(text, path)) as Record<string, unknown>

/** The request with every text that leaves passed through `map` (the guard), each with its path. */
export function mapRequestTexts(request: ChatRequest, map: TextMapper): ChatRequest {
  const next: ChatRequest = { ...request, messages: request.messages.map((message, i) => mapMessage(message, i, map)) }
  const { stop, tools, responseFormat, prediction } = request
  if (stop !== undefined) {
    next.stop = Array.isArray(stop) ? stop.map((sequence, i) => map(sequence, `stop.${i}`)) : map(stop, 'stop')
  }
  if (tools) {
    next.tools = tools.map((tool, i) => {
      const path = `tools.${i}.function`
      const { description, parameters } = tool.function
      const fn = { ...tool.function }
      if (description !== undefined) fn.description = map(description, `${path}.description`)
      if (parameters !== undefined) fn.parameters = mapSchema(parameters, `${path}.parameters`, map)
      return { ...tool, function: fn }
    })
  }
  if (responseFormat?.type === 'json_schema') {
    const { jsonSchema } = responseFormat
    const schema = { ...jsonSchema, schema: mapSchema(jsonSchema.schema, 'responseFormat.jsonSchema.schema', map) }
    if (jsonSchema.description !== undefined) {
      schema.description = map(jsonSchema.description, 'responseFormat.jsonSchema.description')
    }
    next.responseFormat = { ...responseFormat, jsonSchema: schema as typeof jsonSchema }
  }
  if (prediction) next.prediction = { ...prediction, content: map(prediction.content, 'prediction.content') }
  return next
}

/** One returned choice with its texts mapped: the content (value by value in JSON mode) and tool-call arguments. */
export function mapChoiceTexts(choice: ChatChoice, path: string, jsonMode: boolean, map: TextMapper): ChatChoice {
  const content = jsonMode
    ? mapJsonText(choice.content, `${path}.content`, map)
    : map(choice.content, `${path}.content`)
  const next: ChatChoice = { ...choice, content }
  if (choice.toolCalls) next.toolCalls = mapToolCalls(choice.toolCalls, `${path}.toolCalls`, map)
  return next
}
