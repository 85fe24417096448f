import { estimateTokens, type MockChatRequest, textOf } from './replies.js'
import { type MistralError, mistralError } from './request-rules.js'

/**
 * How many tokens a request's prompt holds, by the local server's estimate (a token per four characters), and the
 * sizes past which Mistral refuses a prompt. The prompt is everything Mistral's tokenizer renders, which it counts
 * and bills: the messages' text, the assistant's earlier tool calls (as JSON: id, name, arguments), the call id a
 * tool result answers, the tools offered (as JSON) and a JSON schema response format.
 */

// Per-message framing tokens, as chat templates add for role markers.
const TOKENS_PER_MESSAGE = 4

/** The context window every served chat model advertises in `GET /v1/models`, as Mistral's current models do. */
export const CONTEXT_WINDOW = 131_072

/** Tokens one embeddings input may hold, and all the inputs of one request together (mistral-embed's limits). */
export const EMBEDDING_INPUT_TOKENS = 8192
export const EMBEDDING_BATCH_TOKENS = 16_384

const jsonLength = (value: unknown): number => (value == null ? 0 : JSON.stringify(value).length)

function messageChars(message: MockChatRequest['messages'][number]): number {
  const calls = Array.isArray(message.tool_calls)
    ? (message.tool_calls as Array<{ id?: unknown; function?: unknown }>).map((call) => ({
        id: call.id,
        ...(call.function as object),
      }))
    : undefined
  return textOf(message.content).length + jsonLength(calls) + jsonLength(message.tool_call_id)
}

export function promptTokens(chat: MockChatRequest): number {
  const chars =
    chat.messages.reduce((sum, message) => sum + messageChars(message), 0) +
    jsonLength(chat.tools) +
    jsonLength(chat.response_format?.json_schema)
  return Math.ceil(chars / 4) + TOKENS_PER_MESSAGE * chat.messages.length
}

/** Mistral's refusal of a prompt its model cannot hold (it counts the prompt alone, not `max_tokens`). */
export function oversizedPrompt(tokens: number): MistralError | undefined {
  if (tokens <= CONTEXT_WINDOW) return undefined
  return mistralError(
    `Prompt contains ${tokens} tokens and 0 draft tokens, too large for model with ${CONTEXT_WINDOW} maximum context length`,
    'invalid_request_invalid_args',
    '3051',
  )
}

/** Mistral's refusal of an embeddings input, or of a whole request, longer than the model takes. */
export function oversizedEmbeddings(inputs: string[]): MistralError | undefined {
  const sizes = inputs.map(estimateTokens)
  const long = sizes.findIndex((size) => size > EMBEDDING_INPUT_TOKENS)
  if (long >= 0) {
    return mistralError(
      `Input id ${long} has ${sizes[long]} tokens, exceeding max ${EMBEDDING_INPUT_TOKENS} tokens`,
      'invalid_request_error',
    )
  }
  const total = sizes.reduce((sum, size) => sum + size, 0)
  if (total <= EMBEDDING_BATCH_TOKENS) return undefined
  return mistralError(
    `Too many tokens in batch. Max is ${EMBEDDING_BATCH_TOKENS} got ${total}`,
    'invalid_request_error',
  )
}
