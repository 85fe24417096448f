import { mapRequestTexts } from '../chat-texts.js'
import type { ChatRequest } from '../types.js'

/**
 * Tokens a message costs beyond its text (role markers, separators): more than Mistral's tokenizer spends, so
 * the estimate stays above the real count.
 */
export const TOKENS_PER_MESSAGE = 8

/**
 * The most a chat call can cost: its prompt, counted as one token per UTF-8 byte (a byte-level tokenizer never
 * spends more than that: it falls back to one token per byte for text it has no merge for), plus the reply's
 * ceiling, `maxTokens`, which the policy always sets. Far above the real cost for plain text (about four bytes
 * make a token), and that is the point: the reservation must hold whatever the call turns out to cost. The
 * unused part is returned when the call settles.
 */
export function estimateCallTokens(request: ChatRequest, maxTokens: number): number {
  // Each of the `n` choices may generate up to maxTokens.
  return estimatePromptTokens(request) + (request.maxTokens ?? maxTokens) * (request.n ?? 1)
}

/** The prompt's share of the estimate: what a call that was cut short had cost before its reply. */
export function estimatePromptTokens(request: ChatRequest): number {
  // Every text that leaves counts (content, tool calls and results, tool schemas, stop, prediction), as the policy
  // and the guard see them.
  let prompt = request.messages.length * TOKENS_PER_MESSAGE
  mapRequestTexts(request, (text) => {
    prompt += Buffer.byteLength(text, 'utf8')
    return text
  })
  return prompt
}

/**
 * What a reply that stopped part-way cost, when Mistral's usage never arrived: its text, counted the same way.
 * A stream the client abandoned settles to `estimatePromptTokens(request) + estimateTextTokens(sent)`.
 */
export function estimateTextTokens(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}
