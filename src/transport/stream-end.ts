import type { ChatRequest } from '../types.js'
import type { ChatStreamChunk } from './types.js'
import { UpstreamCallError } from './upstream-errors.js'

/** The `data` of Mistral's closing event. */
export const DONE_DATA = '[DONE]'

/**
 * Whether a streamed answer ended or was cut: one rule for every transport, so the same bytes from Mistral give the
 * same answer, audit entry and charge whichever transport reads them. The answer is whole once Mistral's closing
 * `data: [DONE]` arrived (a choice may end without a finish reason: it then ends as tool_calls or stop), or once every
 * choice the call asked for gave its finish reason (its last chunk, usage included, came: only the closing line was
 * lost). A stream that closes before either was cut.
 */
export class StreamEnd {
  /** Mistral's closing event arrived. */
  done = false
  readonly #choices: number
  // Indexes past the call's `n` are the reply's fault, refused where the choices are read: they never count here.
  readonly #finished = new Set<number>()

  constructor(request: ChatRequest) {
    this.#choices = request.n ?? 1
  }

  see(chunk: ChatStreamChunk): void {
    if (chunk.finishReason !== undefined && chunk.index < this.#choices) this.#finished.add(chunk.index)
  }

  /** Called when the stream closed: throws the cut answer's failure unless it was whole. */
  closed(): void {
    if (!this.done && this.#finished.size < this.#choices) throw new UpstreamCallError('connection')
  }
}
