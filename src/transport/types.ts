import type { ChatRequest, ChatResult, ModelInfo, TokenUsage } from '../types.js'

/** Per-call settings the client decides: which key, how long, and when to give up. */
export interface TransportCall {
  apiKey: string
  /** The whole call's budget, streamed answers included: the socket is cancelled when it runs out. */
  timeoutMs: number
  signal?: AbortSignal | undefined
}

/** One piece of a streamed chat answer. The last one carries `finishReason`, and `usage` when Mistral sends it. */
export interface ChatStreamChunk {
  id: string
  model: string
  /** The text added by this chunk; empty when it only carries the end of the answer. */
  content: string
  finishReason?: string
  usage?: TokenUsage
}

export interface EmbeddingsRequest {
  model: string
  inputs: string[]
}

export interface EmbeddingsResult {
  id: string
  model: string
  /** One vector per input, in the order of the inputs. */
  data: number[][]
  usage: TokenUsage
}

/**
 * The only code that speaks to Mistral. Every failure is thrown as an UpstreamCallError (see upstream-errors.ts)
 * and every reply is checked against its expected shape before it is returned, whichever transport runs.
 */
export interface MistralTransport {
  chatComplete(request: ChatRequest, call: TransportCall): Promise<ChatResult>
  chatStream(request: ChatRequest, call: TransportCall): AsyncIterable<ChatStreamChunk>
  embeddings(request: EmbeddingsRequest, call: TransportCall): Promise<EmbeddingsResult>
  listModels(call: TransportCall): Promise<ModelInfo[]>
  /** Closes pooled connections; the plugin calls it when the app closes. */
  close(): Promise<void>
}
