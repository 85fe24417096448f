import { randomInt } from 'node:crypto'

/** What the local server answers to one chat request, before it is framed whole or as a stream. */

/** A chat request body as it arrives on the wire (snake_case, as the SDK sends it), after validation. */
export interface MockChatRequest {
  model: string
  messages: Array<{ role: string; content?: unknown; [k: string]: unknown }>
  max_tokens?: number | null
  temperature?: number | null
  top_p?: number | null
  stream?: boolean
  stop?: string | string[] | null
  n?: number | null
  response_format?: { type?: string; json_schema?: { schema?: unknown } | null }
  tools?: Array<{ type?: string; function?: { name: string } }> | null
  tool_choice?: string | { type?: string; function?: { name: string } }
  [k: string]: unknown
}

export interface MockToolCall {
  /** Default: a fresh id of Mistral's shape (nine letters and digits). */
  id?: string
  name: string
  /** A JSON string, or an object the server serialises. Left out when `argumentChunks` gives them. */
  arguments?: string | Record<string, unknown>
  /**
   * A streamed reply sends the arguments in these pieces (joined, they are the arguments): the first piece with the
   * call's id and name, each later one with only its `index`, an empty name and the next part. Default: one piece.
   */
  argumentChunks?: string[]
}

/** One scripted reply. A plain string is the same as `{ content }`. */
export interface MockReply {
  content?: string
  toolCalls?: MockToolCall[]
  /** The exact content deltas of a streamed reply; their concatenation is the content. */
  chunks?: string[]
  /** Default: `tool_calls` when there are tool calls, `length` when cut by `max_tokens`, otherwise `stop`. */
  finishReason?: 'stop' | 'length' | 'model_length' | 'error' | 'tool_calls'
}

/** A reply for choice `index` (0 unless the request asks for `n` choices). */
export type MockReplyFunction = (body: MockChatRequest, index: number) => string | MockReply

/** A choice as it is sent: content final (stop sequences and `max_tokens` applied), ids assigned. */
export interface ShapedChoice {
  chunks: string[]
  content: string
  toolCalls: Array<{ id: string; type: 'function'; function: { name: string; arguments: string }; index: number }>
  /** Per tool call, the pieces its arguments are streamed in. */
  argumentChunks: string[][]
  finishReason: string
}

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'

export const newToolCallId = (): string =>
  Array.from({ length: 9 }, () => ID_ALPHABET[randomInt(ID_ALPHABET.length)]).join('')

export const estimateTokens = (text: string): number => Math.ceil(text.length / 4)

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The text of a message's content: a string, or the `text` parts of a content-chunk list. */
export function textOf(content: unknown): string {
  if (typeof content === 'string') return content
  if (!Array.isArray(content)) return ''
  return content.map((part) => (isObject(part) && typeof part.text === 'string' ? part.text : '')).join('')
}

/** A value of the schema's shape: enough for JSON-schema mode to answer JSON the caller's schema accepts. */
function sampleOf(schema: unknown, text: string): unknown {
  if (!isObject(schema)) return text
  if (Array.isArray(schema.enum)) return schema.enum[0]
  if ('const' in schema) return schema.const
  switch (schema.type) {
    case 'object': {
      const properties = isObject(schema.properties) ? schema.properties : {}
      return Object.fromEntries(Object.entries(properties).map(([key, inner]) => [key, sampleOf(inner, text)]))
    }
    case 'array':
      return []
    case 'integer':
    case 'number':
      return 0
    case 'boolean':
      return false
    case 'null':
      return null
    default:
      return text
  }
}

/**
 * The function a call is forced to: the one `tool_choice` names, or the first one offered under `any`/`required`.
 * Only ever a function offered in `tools` (the server refuses a choice naming another one, but a reply function
 * may hand the default reply any body); none under `none` or `auto`.
 */
function forcedFunction(body: MockChatRequest): string | undefined {
  const offered = (body.tools ?? []).flatMap((tool) => (tool.function ? [tool.function.name] : []))
  const choice = body.tool_choice
  if (typeof choice === 'object') return offered.find((name) => name === choice.function?.name)
  return choice === 'any' || choice === 'required' ? offered[0] : undefined
}

/** The default reply: an echo of the last user message, as JSON in JSON mode, a tool call when one is forced. */
export function defaultReply(body: MockChatRequest): MockReply {
  const text = `You said: ${textOf(body.messages.findLast((m) => m.role === 'user')?.content)}`
  const name = forcedFunction(body)
  if (name) return { toolCalls: [{ name, arguments: {} }] }
  const format = body.response_format?.type
  if (format === 'json_object') return { content: JSON.stringify({ reply: text }) }
  if (format === 'json_schema')
    return { content: JSON.stringify(sampleOf(body.response_format?.json_schema?.schema, text)) }
  return { content: text }
}

/** Cuts the content at the first stop sequence, then at `max_tokens`; scripted chunks are cut alike. */
export function shapeChoice(body: MockChatRequest, reply: string | MockReply): ShapedChoice {
  const scripted = typeof reply === 'string' ? { content: reply } : reply
  let content = scripted.chunks?.join('') ?? scripted.content ?? ''
  let finishReason = scripted.finishReason
  // An empty stop string can never end a generation (every text "starts with" it): it is left out, not cut at 0.
  const stops = body.stop == null ? [] : [body.stop].flat().filter((stop) => stop !== '')
  const stopAt = Math.min(...stops.map((stop) => content.indexOf(stop)).filter((i) => i >= 0))
  if (Number.isFinite(stopAt)) content = content.slice(0, stopAt)
  if (body.max_tokens != null && estimateTokens(content) > body.max_tokens) {
    content = content.slice(0, body.max_tokens * 4)
    finishReason ??= 'length'
  }
  const calls = scripted.toolCalls ?? []
  const argumentChunks = calls.map(({ arguments: args = {}, argumentChunks }) =>
    argumentChunks?.length ? argumentChunks : [typeof args === 'string' ? args : JSON.stringify(args)],
  )
  const toolCalls = calls.map((call, i) => ({
    id: call.id ?? newToolCallId(),
    type: 'function' as const,
    function: { name: call.name, arguments: (argumentChunks[i] as string[]).join('') },
    index: i,
  }))
  finishReason ??= toolCalls.length > 0 ? 'tool_calls' : 'stop'
  return { chunks: splitChunks(scripted.chunks, content), content, toolCalls, argumentChunks, finishReason }
}

/** Scripted chunks trimmed to the (possibly cut) content; otherwise words, split after whitespace. */
function splitChunks(scripted: string[] | undefined, content: string): string[] {
  if (!scripted) return content === '' ? [] : content.split(/(?<=\s)(?=\S)/)
  const chunks: string[] = []
  let left = content.length
  for (const chunk of scripted) {
    if (left <= 0) break
    chunks.push(chunk.slice(0, left))
    left -= chunk.length
  }
  return chunks
}
