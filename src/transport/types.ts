import type { CallSignal } from '../call-abort.js'
import type { ChatRequest, ChatResult, EmbeddingOptions, ModelInfo, TokenUsage } from '../types.js'

/** Per-call settings the client decides: which key, how long, and when to give up. */
export interface TransportCall {
  apiKey: string
  /** The whole call's budget, streamed answers included: the socket is cancelled when it runs out. */
  timeoutMs: number
  signal?: CallSignal | undefined
}

/**
 * A piece of one tool call as a stream brings it. A call may come whole or in pieces: the first piece of an index
 * names the call (id, function name), later pieces of the same index add to its arguments.
 */
export interface ToolCallPiece {
  /** Which call of the choice the piece belongs to. */
  index: number
  id?: string
  name?: string
  /** The part of the arguments' JSON text this piece adds. */
  arguments: string
}

/**
 * One piece of a streamed chat answer, for one choice (a wire chunk naming several choices becomes one per choice).
 * A choice's last piece carries its `finishReason`; the answer's last one `usage` when Mistral sends it.
 */
export interface ChatStreamChunk {
  id: string
  model: string
  /** The choice it belongs to: 0 unless the call asked for `n` > 1. */
  index: number
  /** The text added by this chunk; empty when it only carries the end of the answer. */
  content: string
  /** Pieces of tool calls, when the model calls tools. */
  toolCalls?: ToolCallPiece[]
  finishReason?: string
  usage?: TokenUsage
}

export { EMBEDDING_DTYPES, type EmbeddingDtype } from '../types.js'

export interface EmbeddingsRequest extends EmbeddingOptions {
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
