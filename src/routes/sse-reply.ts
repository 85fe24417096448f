import { Readable } from 'node:stream'
import type { ChatStreamEvent } from '../pipeline.js'

/**
 * The chat route's streamed answer, as server-sent events: one `data:` event per event of the call, JSON, then
 * `data: [DONE]`. A failure after the first byte cannot change the status any more: it becomes one `event: error`
 * whose data is the plugin's error body, and the stream ends there.
 */

export const SSE_HEADERS = Object.freeze({
  'content-type': 'text/event-stream; charset=utf-8',
  // Proxies (nginx, CDNs) must neither cache nor buffer the answer, or the reader sees it all at the end.
  'cache-control': 'no-cache',
  'x-accel-buffering': 'no',
})

export const SSE_DONE = 'data: [DONE]\n\n'

export const sseData = (data: unknown): string => `data: ${JSON.stringify(data)}\n\n`
export const sseError = (body: object): string => `event: error\ndata: ${JSON.stringify(body)}\n\n`

/**
 * The bytes to send, pulled one event at a time: the socket's backpressure (pipe waits for 'drain') reaches the
 * upstream, so a slow reader holds Mistral's answer in the socket buffers, not in this process.
 * `onFailure` turns a failure into the error event's body (and notes it for the audit entry); `encode` words each
 * event in the endpoint's format.
 */
export function sseStream(
  first: ChatStreamEvent,
  rest: AsyncIterator<ChatStreamEvent, void, undefined>,
  onFailure: (error: unknown) => object,
  encode: (event: ChatStreamEvent) => unknown,
): Readable {
  async function* frames(): AsyncGenerator<string> {
    try {
      yield sseData(encode(first))
      for (let step = await rest.next(); !step.done; step = await rest.next()) yield sseData(encode(step.value))
      yield SSE_DONE
    } catch (error) {
      yield sseError(onFailure(error))
    } finally {
      // The reader gone (Fastify destroys this stream): the call's own stream abandons the upstream answer.
      await rest.return?.()
    }
  }
  return Readable.from(frames(), { objectMode: false, highWaterMark: 1 })
}
