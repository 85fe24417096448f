import type { ChatRequest } from '../types.js'
import { carriesSomething } from './reply.js'
import type { ChatStreamChunk } from './types.js'
import { isConnectionFailure, UpstreamCallError } from './upstream-errors.js'

/** The `data` of Mistral's closing event. */
export const DONE_DATA = '[DONE]'

/**
 * Whether a streamed answer ended or was cut: one rule for every transport, so the same bytes from Mistral give the
 * same answer, audit entry and charge whichever transport reads them. The answer is whole once Mistral's closing
 * `data: [DONE]` arrived (a choice may end without a finish reason: it then ends as tool_calls or stop), or once every
 * choice the call asked for gave its finish reason (its last chunk, usage included, came: only the closing line was
 * lost). A stream that closes before either was cut; one that ends before its first chunk (nothing but comments,
 * keep-alives or the opening role, then its end or a closed socket) is an answer Mistral gave (a 2xx: it billed the
 * call) that cannot be read, charged the call's whole hold (a `[DONE]` before any chunk: src/pipeline.ts).
 */
export class StreamEnd {
  /** Mistral's closing event arrived. */
  done = false
  readonly #choices: number
  // Indexes past the call's `n` are the reply's fault, refused where the choices are read: they never count here.
  readonly #finished = new Set<number>()
  // A chunk carrying something for the caller came (the transports hand on only those).
  #started = false

  constructor(request: ChatRequest) {
    this.#choices = request.n ?? 1
  }

  see(chunk: ChatStreamChunk): void {
    if (carriesSomething(chunk)) this.#started = true
    if (chunk.finishReason !== undefined && chunk.index < this.#choices) this.#finished.add(chunk.index)
  }

  /** Called when the stream closed: throws the cut answer's failure unless it was whole. */
  closed(): void {
    if (!this.done && this.#finished.size < this.#choices) throw this.failure(new UpstreamCallError('connection'))
  }

  /**
   * What a failure of the stream's body (its 2xx status came) means: a connection lost, or a stream closed, before the
   * first chunk is an answer Mistral gave and billed that cannot be read (`answered`: charged the hold, not retried);
   * after it, a cut stream. Anything else is as it was.
   */
  failure(failure: unknown): unknown {
    if (!this.#started && isConnectionFailure(failure)) (failure as UpstreamCallError).answered = true
    return failure
  }
}
