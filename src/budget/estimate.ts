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
export function estimateCallTokens(request: Pick<ChatRequest, 'messages' | 'maxTokens'>, maxTokens: number): number {
  return estimatePromptTokens(request) + (request.maxTokens ?? maxTokens)
}

/** The prompt's share of the estimate: what a call that was cut short had cost before its reply. */
export function estimatePromptTokens(request: Pick<ChatRequest, 'messages'>): number {
  let prompt = 0
  for (const message of request.messages) prompt += Buffer.byteLength(message.content, 'utf8') + TOKENS_PER_MESSAGE
  return prompt
}

/**
 * What a reply that stopped part-way cost, when Mistral's usage never arrived: its text, counted the same way.
 * A stream the client abandoned settles to `estimatePromptTokens(request) + estimateTextTokens(sent)`.
 */
export function estimateTextTokens(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}
