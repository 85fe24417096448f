import { EventEmitter } from 'node:events'
import type { Readable } from 'node:stream'
import { type Dispatcher, errors, Pool } from 'undici'
import { type CallSignal, SignalWatch } from '../call-abort.js'
import type { ChatRequest, ChatResult, ModelInfo } from '../types.js'
import {
  carriesSomething,
  chatChoice,
  chatResult,
  embeddingsResult,
  invalidReply,
  isObject,
  modelInfo,
  streamChunk,
  tokenUsage,
} from './reply.js'
import { embeddingsWireLimit, MODEL_LIST_WIRE_LIMIT, replyTooLarge, replyWireLimit } from './reply-limit.js'
import { SseDataParser } from './sse.js'
import { DONE_DATA, StreamEnd } from './stream-end.js'
import type { ChatStreamChunk, EmbeddingsRequest, MistralTransport, TransportCall } from './types.js'
import { answeredFailure, isConnectionFailure, UpstreamCallError } from './upstream-errors.js'
import { wireChatRequest } from './wire-chat.js'

export interface UndiciTransportOptions {
  serverURL: string
}

// Idle sockets are kept this long for the next call; Mistral's own idle timeout is longer.
const KEEP_ALIVE_MS = 10_000
// An error answer is only read for its status and headers: its body is drained up to this, then dropped.
const ERROR_BODY_LIMIT = 64 * 1024

type HeaderMap = Record<string, string | string[] | undefined>
type Body = Awaited<ReturnType<Pool['request']>>['body']

/**
 * One call in flight, and the signal undici is given for it: undici takes an EventEmitter as a signal, and one
 * costs a fraction of an AbortController (whose making showed in the route's profile on every call). Fired by the
 * call's own timeout or by the caller's signal.
 */
class CallControl extends EventEmitter {
  aborted = false
  timedOut = false
  /** Set when undici, connected, starts writing the request: before that, Mistral has had none of it. */
  sent = false
  /** Set when the transport closed with the call in flight: it ends as a connection failure, not retried. */
  closing = false
  readonly #timer: NodeJS.Timeout
  readonly #signal: CallSignal | undefined
  readonly #watch: SignalWatch
  readonly #inFlight: Set<CallControl>

  constructor(call: TransportCall, watch: SignalWatch, inFlight: Set<CallControl>) {
    super()
    this.#inFlight = inFlight
    inFlight.add(this)
    this.#timer = setTimeout(() => {
      this.timedOut = true
      this.abort()
    }, call.timeoutMs)
    this.#timer.unref()
    this.#signal = call.signal
    this.#watch = watch
    if (call.signal?.aborted) this.aborted = true
    else if (call.signal !== undefined) watch.add(call.signal, this)
  }

  /** A whole answer being read for this call (the JSON calls): told of the abort directly, not through the event. */
  answer: WholeAnswer | undefined

  // Undici listens once, so a timeout that fires after the caller's abort changes nothing.
  abort(): void {
    this.aborted = true
    this.answer?.cancel()
    this.emit('abort')
  }

  /**
   * The request's body, handed to undici to be pulled once the connection is made (a TLS handshake included) and the
   * request's head is being written: the first pull is the moment the request leaves.
   */
  *sending(body: string): Generator<string> {
    this.sent = true
    yield body
  }

  /**
   * `request`, or a rejection as soon as the call is given up: undici acts on an abort only once connected, so a
   * connection that stalls (a TLS handshake never answered) held the call until undici's own connect timeout,
   * whatever the call's timeout and the caller's abort. The request itself is stopped when it connects, unsent.
   */
  until<T>(request: Promise<T>): Promise<T> {
    return new Promise((resolve, reject) => {
      const givenUp = () => reject(new errors.RequestAbortedError())
      this.once('abort', givenUp)
      request.then(
        (response) => {
          // Answered just as it was given up: undici, which listens to the same abort, destroys the body it made.
          this.off('abort', givenUp)
          resolve(response)
        },
        (error: unknown) => {
          this.off('abort', givenUp)
          reject(error)
        },
      )
    })
  }

  /** The transport is closing: the request in flight is aborted. */
  close(): void {
    this.closing = true
    this.abort()
  }

  /** What a thrown error means for this call: the transport closing, its own timeout and the caller's abort first. */
  failure(error: unknown): unknown {
    if (this.closing) {
      const closed = new UpstreamCallError('connection')
      closed.closing = true
      closed.unsent = !this.sent
      return closed
    }
    if (this.timedOut) return this.#givenUp('timeout')
    if (this.#signal?.aborted) return this.#givenUp('aborted')
    if (error instanceof UpstreamCallError) return error
    if (error instanceof SyntaxError) return invalidReply()
    // undici's and the system's errors carry a code (UND_ERR_SOCKET, ECONNREFUSED…): the connection failed. So does
    // an answer undici cannot parse (a bad chunk size, a status line that is not HTTP), whose parser error may carry
    // none; after a 200 it is an unreadable answer Mistral billed (answeredFailure). Its `data` (the bytes it could
    // not parse) is dropped with it. Anything else is a bug, left as it is so that it is logged as one.
    if (
      error instanceof errors.HTTPParserError ||
      (error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string')
    ) {
      return new UpstreamCallError('connection')
    }
    return error
  }

  #givenUp(kind: 'timeout' | 'aborted'): UpstreamCallError {
    const error = new UpstreamCallError(kind)
    error.unsent = !this.sent
    return error
  }

  release(): void {
    clearTimeout(this.#timer)
    this.#inFlight.delete(this)
    if (this.#signal !== undefined) this.#watch.delete(this.#signal, this)
  }
}

/** An answer's headers as undici parses them: names lower-cased, a repeated header as the list of its values. */
function headerSource(headers: HeaderMap) {
  return {
    get(name: string) {
      const value = headers[name]
      // Repeated headers read as fetch reads them: joined, so no single copy can stand for the list.
      return Array.isArray(value) ? value.join(', ') : value
    },
  }
}

/**
 * What an answer other than the 200 a call waits for means, for every call (whole or streamed). Mistral answers these
 * calls with 200 only: another 2xx (a proxy's 203, a 206 that is part of an answer) is an answer it billed that cannot
 * be taken as whole, as the SDK transport reads it. Anything else fails with its status and the few headers the plugin
 * reads (request id, retry-after); `apiKey` is the call's, so that a header echoing it is not kept.
 */
function refusal(status: number, headers: HeaderMap, apiKey: string): UpstreamCallError {
  if (status >= 200 && status < 300) return new UpstreamCallError('invalid_response')
  return new UpstreamCallError('http', status, headerSource(headers), apiKey)
}

/** A declared length past `limit`: the answer is given up before its body is read. */
function declaredPast(headers: HeaderMap, limit: number): boolean {
  const length = headers['content-length']
  return typeof length === 'string' && Number(length) > limit
}

/** `application/json`, in any case, with or without parameters (`; charset=utf-8`). */
function isJsonMediaType(value: string | string[] | undefined): boolean {
  return typeof value === 'string' && value.split(';', 1)[0]?.trim().toLowerCase() === 'application/json'
}

// Decoding a whole body keeps no state between calls: one decoder serves them all.
const utf8 = new TextDecoder()

/**
 * One whole answer (chat, embeddings, the model list), read from undici's handler calls (`pool.dispatch`) rather
 * than through `pool.request`'s body stream, its async iteration and promise chain, which cost more than the rest of
 * the transport's work on each call. A 200's body is kept as the pieces undici hands over, up to `limit` bytes (past
 * it the request is aborted, which closes the socket, and the call fails as too large), and decoded once at its end.
 * Any other answer keeps only its status and headers: its body may echo the prompt, so it is drained up to
 * ERROR_BODY_LIMIT (the socket goes back to the pool) and never kept; past that the request is aborted.
 */
class WholeAnswer implements Dispatcher.DispatchHandler {
  /** The 200's body as text; rejects with what ended the call otherwise. */
  readonly text: Promise<string>
  /** Set when a 200's status line came: whatever fails after it is an answer Mistral generated and billed. */
  answered = false
  /** Whether the 200 said its body is JSON (`application/json`, parameters allowed), as the SDK requires. */
  json = false
  readonly #control: CallControl
  readonly #limit: number
  readonly #apiKey: string
  // Set by the promise's executor, which runs in the constructor.
  #resolve!: (text: string) => void
  #reject!: (error: unknown) => void
  /** undici's handle on the request in flight, from the moment it starts going out. */
  #controller: Dispatcher.DispatchController | undefined
  /** A non-200 answer's failure, given once its body is drained or given up. */
  #refused: UpstreamCallError | undefined
  #pieces: Buffer[] = []
  #size = 0

  constructor(control: CallControl, limit: number, apiKey: string) {
    this.#control = control
    this.#limit = limit
    this.#apiKey = apiKey
    this.text = new Promise<string>((resolve, reject) => {
      this.#resolve = resolve
      this.#reject = reject
    })
    control.answer = this
  }

  /** The call's timeout or the caller's abort: the request in flight is aborted and its socket closed. */
  cancel(): void {
    if (this.#controller !== undefined) {
      this.#controller.abort(new errors.RequestAbortedError())
      return
    }
    // Not started yet (still connecting: a TLS handshake can stall until undici's connect timeout): the call ends
    // now, and onRequestStart stops the request if its connection is ever made.
    this.#reject(new errors.RequestAbortedError())
  }

  /** Connected (a TLS handshake included), the request is about to be written: from now on it has left. */
  onRequestStart(controller: Dispatcher.DispatchController): void {
    if (this.#control.aborted) {
      controller.abort(new errors.RequestAbortedError())
      return
    }
    this.#controller = controller
    this.#control.sent = true
  }

  onResponseStart(controller: Dispatcher.DispatchController, status: number, headers: HeaderMap): void {
    // An informational answer (103 Early Hints and the like): the real one follows on the same request.
    if (status < 200) return
    if (status === 200) {
      this.answered = true
      this.json = isJsonMediaType(headers['content-type'])
      if (declaredPast(headers, this.#limit)) controller.abort(replyTooLarge())
      return
    }
    this.#refused = refusal(status, headers, this.#apiKey)
    if (declaredPast(headers, ERROR_BODY_LIMIT)) controller.abort(this.#refused)
  }

  onResponseData(controller: Dispatcher.DispatchController, chunk: Buffer): void {
    this.#size += chunk.length
    if (this.#refused !== undefined) {
      if (this.#size > ERROR_BODY_LIMIT) controller.abort(this.#refused)
      return
    }
    if (this.#size > this.#limit) {
      controller.abort(replyTooLarge())
      return
    }
    this.#pieces.push(chunk)
  }

  onResponseEnd(): void {
    if (this.#refused !== undefined) {
      this.#reject(this.#refused)
      return
    }
    const pieces = this.#pieces
    this.#pieces = []
    // One piece (the usual answer) is decoded as it is, not copied first.
    this.#resolve(utf8.decode(pieces.length === 1 ? (pieces[0] as Buffer) : Buffer.concat(pieces, this.#size)))
  }

  onResponseError(_controller: Dispatcher.DispatchController, error: Error): void {
    this.#pieces = []
    // An error answer's body lost or given up while drained: what counts is its status (the call's own timeout and
    // the caller's abort still come first: CallControl.failure).
    this.#reject(this.#refused ?? error)
  }
}

const wireUsage = (usage: unknown) => {
  if (!isObject(usage)) throw invalidReply()
  return tokenUsage(usage.prompt_tokens, usage.completion_tokens, usage.total_tokens)
}

function toChatResult(json: unknown): ChatResult {
  if (!isObject(json) || !Array.isArray(json.choices)) throw invalidReply()
  const choices = json.choices.map((choice: unknown) => {
    if (!isObject(choice)) throw invalidReply()
    const message = choice.message
    if (message !== undefined && message !== null && !isObject(message)) throw invalidReply()
    return chatChoice({ content: message?.content, finishReason: choice.finish_reason, toolCalls: message?.tool_calls })
  })
  return chatResult({ id: json.id, model: json.model, choices, usage: wireUsage(json.usage) })
}

/** One wire chunk as one piece per choice it names (one piece, for the first choice, when it names none). */
function toStreamChunks(json: unknown): ChatStreamChunk[] {
  if (!isObject(json) || !Array.isArray(json.choices)) throw invalidReply()
  const usage = json.usage === undefined || json.usage === null ? undefined : wireUsage(json.usage)
  const choices: unknown[] = json.choices.length > 0 ? json.choices : [undefined]
  return choices.map((choice, i) => {
    if (choice !== undefined && !isObject(choice)) throw invalidReply()
    const delta = choice?.delta
    if (delta !== undefined && !isObject(delta)) throw invalidReply()
    return streamChunk({
      id: json.id,
      model: json.model,
      index: choice?.index,
      content: delta?.content,
      toolCalls: delta?.tool_calls,
      finishReason: choice?.finish_reason,
      // Usage is the whole answer's: it goes with the chunk's last piece.
      usage: i === choices.length - 1 ? usage : undefined,
    })
  })
}

/** An embeddings request in Mistral's body: `input`, and each option asked under its wire name (none is sent unasked). */
function wireEmbeddingsRequest(request: EmbeddingsRequest): Record<string, unknown> {
  const { model, inputs, outputDimension, outputDtype, encodingFormat } = request
  return {
    model,
    input: inputs,
    ...(outputDimension !== undefined && { output_dimension: outputDimension }),
    ...(outputDtype !== undefined && { output_dtype: outputDtype }),
    ...(encodingFormat !== undefined && { encoding_format: encodingFormat }),
  }
}

function toModelList(json: unknown): ModelInfo[] {
  if (!isObject(json) || !(json.data === undefined || Array.isArray(json.data))) throw invalidReply()
  return (json.data ?? []).flatMap((card: unknown) =>
    isObject(card)
      ? modelInfo({
          id: card.id,
          ownedBy: card.owned_by,
          created: card.created,
          maxContextLength: card.max_context_length,
          capabilities: card.capabilities,
          names: 'wire',
        })
      : [],
  )
}

/** The default transport: plain HTTP/1.1 over a keep-alive pool, JSON in Mistral's wire format. */
export function createUndiciTransport(options: UndiciTransportOptions): MistralTransport {
  const base = new URL(options.serverURL)
  const prefix = base.pathname.replace(/\/+$/, '')
  const pool = new Pool(base.origin, { keepAliveTimeout: KEEP_ALIVE_MS })
  const watch = new SignalWatch()
  // Calls no request waits for any more when the app closes (Fastify closes plugins after its requests are done):
  // direct calls, injected requests. They are ended then, not waited for up to their timeout.
  const inFlight = new Set<CallControl>()
  let closed = false
  /** A call's control; a call made after close() reaches nothing, as one ended by it, and is not retried either. */
  const controlOf = (call: TransportCall) => {
    const control = new CallControl(call, watch, inFlight)
    if (closed) control.closing = true
    return control
  }

  /**
   * Sends a streamed chat request; resolves on a 200 with the stream still to read, throws an UpstreamCallError
   * otherwise. The whole answers go through `json` instead.
   */
  async function send(control: CallControl, call: TransportCall, body: unknown): Promise<Body> {
    const text = JSON.stringify(body)
    const response = await control.until(
      pool.request({
        method: 'POST',
        path: `${prefix}/v1/chat/completions`,
        headers: {
          authorization: `Bearer ${call.apiKey}`,
          accept: 'text/event-stream',
          'content-type': 'application/json',
          // Given with its length, a body undici pulls is sent as one, not chunked.
          'content-length': String(Buffer.byteLength(text)),
        },
        // undici's documentation takes an Iterable body (Dispatcher.md, `body`); its type declarations leave it out.
        body: control.sending(text) as unknown as Readable,
        signal: control,
      }),
    )
    if (response.statusCode === 200) return response.body
    // Only the status and a few headers matter: the body may echo the prompt, so it is never kept.
    await response.body.dump({ limit: ERROR_BODY_LIMIT }).catch(() => {})
    throw refusal(response.statusCode, response.headers as HeaderMap, call.apiKey)
  }

  /**
   * One whole JSON answer, read by a WholeAnswer straight from undici's handler calls. The request's body goes as
   * one string (undici gives it its length); the handler marks it sent when undici starts writing it.
   */
  async function json<T>(
    call: TransportCall,
    method: 'GET' | 'POST',
    path: string,
    body: unknown,
    read: (json: unknown) => T,
    limit: number,
  ): Promise<T> {
    const control = controlOf(call)
    let answer: WholeAnswer | undefined
    try {
      const headers = ['authorization', `Bearer ${call.apiKey}`, 'accept', 'application/json']
      const text = body === undefined ? undefined : JSON.stringify(body)
      if (text !== undefined) headers.push('content-type', 'application/json')
      // Given up before it started (a caller's signal already aborted): nothing is sent, nor a connection made.
      if (control.aborted) throw new errors.RequestAbortedError()
      answer = new WholeAnswer(control, limit, call.apiKey)
      pool.dispatch({ method, path: prefix + path, headers, body: text }, answer)
      const answered = await answer.text
      // JSON under another media type (a proxy's text/plain, none at all) is no answer of Mistral's: unreadable, as
      // the SDK transport reads it.
      if (!answer.json) throw invalidReply()
      return read(JSON.parse(answered))
    } catch (error) {
      const failure = control.failure(error)
      // After a 200 status line: a body that broke off, or given up while it came, is an answer Mistral billed.
      throw answer?.answered ? answeredFailure(failure) : failure
    } finally {
      control.release()
    }
  }

  async function* chatStream(request: ChatRequest, call: TransportCall): AsyncGenerator<ChatStreamChunk> {
    const control = controlOf(call)
    const end = new StreamEnd(request)
    let body: Body | undefined
    try {
      body = await send(control, call, wireChatRequest(request, true))
      const parser = new SseDataParser()
      const decoder = new TextDecoder()
      const limit = replyWireLimit(request)
      let size = 0
      for await (const bytes of body) {
        size += bytes.length
        if (size > limit) throw replyTooLarge()
        for (const data of parser.push(decoder.decode(bytes, { stream: true }))) {
          if (data === DONE_DATA) {
            end.done = true
            return
          }
          for (const chunk of toStreamChunks(JSON.parse(data))) {
            end.see(chunk)
            if (carriesSomething(chunk)) yield chunk
          }
        }
      }
      end.closed()
    } catch (error) {
      let failure = control.failure(error)
      // Once the 200 came, bytes undici cannot parse are a malformed answer, as a malformed chunk is (and as the SDK
      // transport reads them); a body lost before the first chunk is an answer Mistral billed (StreamEnd).
      if (body !== undefined && error instanceof errors.HTTPParserError && isConnectionFailure(failure)) {
        failure = invalidReply()
      }
      throw body === undefined ? failure : end.failure(failure)
    } finally {
      control.release()
      // After [DONE] the rest is drained so the socket goes back to the pool; a consumer that stopped early
      // leaves an answer in flight, so that socket is closed.
      if (end.done) body?.dump().catch(() => {})
      else body?.destroy()
    }
  }

  return {
    chatComplete: (request, call) =>
      json(
        call,
        'POST',
        '/v1/chat/completions',
        wireChatRequest(request, false),
        toChatResult,
        replyWireLimit(request),
      ),
    chatStream,
    embeddings: (request, call) =>
      json(
        call,
        'POST',
        '/v1/embeddings',
        wireEmbeddingsRequest(request),
        (reply) => {
          if (!isObject(reply)) throw invalidReply()
          const fields = { id: reply.id, model: reply.model, data: reply.data, usage: wireUsage(reply.usage) }
          return embeddingsResult(fields, request)
        },
        embeddingsWireLimit(request),
      ),
    listModels: (call) => json(call, 'GET', '/v1/models', undefined, toModelList, MODEL_LIST_WIRE_LIMIT),
    async close() {
      if (closed) return
      closed = true
      for (const call of inFlight) call.close()
      // Every call is ended: nothing in the pool is worth waiting for, a connection still being made included
      // (pool.close() would wait for it up to undici's connect timeout).
      await pool.destroy()
    },
  }
}
