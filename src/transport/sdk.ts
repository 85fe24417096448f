import { Mistral } from '@mistralai/mistralai'
import { HTTPClient } from '@mistralai/mistralai/lib/http.js'
import type { CompletionChunk } from '@mistralai/mistralai/models/components'
import {
  HTTPClientError,
  MistralError,
  RequestAbortedError,
  RequestTimeoutError,
  SDKValidationError,
} from '@mistralai/mistralai/models/errors'
import { Agent, type Dispatcher, fetch as undiciFetch } from 'undici'
import { abortSignalOf } from '../call-abort.js'
import type { ChatRequest, ChatResult, ModelInfo } from '../types.js'
import {
  carriesSomething,
  chatChoice,
  chatResult,
  embeddingsResult,
  invalidReply,
  modelInfo,
  streamChunk,
  tokenUsage,
} from './reply.js'
import { embeddingsWireLimit, MODEL_LIST_WIRE_LIMIT, replyTooLarge, replyWireLimit } from './reply-limit.js'
import { SseDataParser } from './sse.js'
import { DONE_DATA, StreamEnd } from './stream-end.js'
import type { ChatStreamChunk, MistralTransport, TransportCall } from './types.js'
import { answeredFailure, UpstreamCallError } from './upstream-errors.js'
import { sdkChatRequest } from './wire-chat.js'

export interface SdkTransportOptions {
  serverURL: string
}

// The SDK prints every request, Authorization header included, to the console when MISTRAL_DEBUG is set
// and no logger is given; a silent logger keeps the key out of stdout whatever the environment says.
const SILENT_LOGGER = { group() {}, groupEnd() {}, log() {} }
const SDK_INSTANCES_KEPT = 3

/**
 * How a chat call tells the fetcher below its answer's bound (src/transport/reply-limit.ts): the SDK hands the
 * fetcher a Request and nothing else of the call. Removed before the request leaves.
 */
const REPLY_LIMIT_HEADER = 'x-fastify-mistral-secure-reply-limit'

/**
 * What the fetcher below learns of one call that the SDK does not pass on: whether a 2xx status line arrived (a whole
 * answer given up after it was billed: answeredFailure), and, for a stream, its end: the SDK reads Mistral's closing
 * `data: [DONE]` and hides it, and an answer cut before it ends its events quietly, so the fetcher watches a stream's
 * bytes for it (src/transport/stream-end.ts). A call names its note under this header; the fetcher takes it from
 * `callNotes` as the request leaves, so nothing is kept past that.
 */
const CALL_NOTE_HEADER = 'x-fastify-mistral-secure-call'
type SdkUsage = {
  promptTokens?: number | undefined
  completionTokens?: number | undefined
  totalTokens?: number | undefined
}
interface CallNote {
  answered: boolean
  /** The call's own signal (the caller's, its timeout, the app's close), held by the call for as long as it runs. */
  signal: AbortSignal
  end?: StreamEnd | undefined
  /** A whole answer's body as the SDK read it. */
  text?: string
}
const callNotes = new Map<string, CallNote>()
let callsStarted = 0

/** Marks `end` done when the text of the stream's bytes, fed piece by piece, holds Mistral's closing event. */
function doneWatch(end: StreamEnd): (piece: Uint8Array) => void {
  const parser = new SseDataParser()
  const decoder = new TextDecoder()
  return (piece) => {
    if (!end.done && parser.push(decoder.decode(piece, { stream: true })).includes(DONE_DATA)) end.done = true
  }
}

/**
 * The body of a 2xx answer, cut off with the call's failure once it passes `limit` bytes (the socket is closed),
 * and watched for its closing event when it is a stream's.
 */
function bounded(response: Response, limit: number, note: CallNote): Response {
  const { end } = note
  let size = 0
  const watch = end === undefined ? undefined : doneWatch(end)
  const counted = new TransformStream<Uint8Array, Uint8Array>({
    transform(piece, controller) {
      size += piece.byteLength
      if (size > limit) {
        controller.error(replyTooLarge())
        return
      }
      watch?.(piece)
      controller.enqueue(piece)
    },
  })
  // A 204 has no body to bound: the SDK finds no answer in it, which it reports as one it cannot read.
  if (response.body === null) return response
  const body = endedByAbort(response.body.pipeThrough(counted), note.signal)
  const init = { status: response.status, headers: response.headers }
  if (end !== undefined) return new Response(body, init)
  const whole = new Response(brokenOffAsUnreadable(body), init)
  // The SDK reads a whole answer as text, then parses it: the text is kept on the call's note (rawUsage).
  const read = whole.text.bind(whole)
  Object.defineProperty(whole, 'text', {
    value: async () => {
      note.text = await read()
      return withoutNullCounts(note.text)
    },
  })
  return whole
}

/** A cancel of a body that has already ended or errored (rejected then): nothing is left to close. */
function settledAlready(): void {}

/**
 * The body, ended by the call's abort whatever becomes of the fetch under it. undici's fetch follows a signal through
 * the Request objects it makes, each holding the next weakly: once a garbage collection takes one, an abort no longer
 * reaches a body still coming, and a call whose caller left, or whose time ran out, after the status line never
 * settled. The call's own signal is held by the call, so its listener here always fires. Cancelling the body closes
 * the socket under it.
 */
function endedByAbort(body: ReadableStream<Uint8Array>, signal: AbortSignal): ReadableStream<Uint8Array> {
  const reader = body.getReader()
  let ended = false
  let stream!: ReadableStreamDefaultController<Uint8Array>
  const onAbort = () => {
    end()
    stream.error(signal.reason)
    reader.cancel(signal.reason).catch(settledAlready)
  }
  const end = () => {
    ended = true
    signal.removeEventListener('abort', onAbort)
  }
  return new ReadableStream<Uint8Array>({
    start(controller) {
      stream = controller
      signal.addEventListener('abort', onAbort, { once: true })
    },
    async pull(controller) {
      try {
        const { done, value } = await reader.read()
        // On a stream the abort errored, both throw: caught below.
        if (done) {
          end()
          controller.close()
        } else controller.enqueue(value)
      } catch (error) {
        if (ended) return
        end()
        // Errored, this stream takes no cancel from its reader: the body under it is cancelled here (its socket closed).
        controller.error(error)
        reader.cancel(error).catch(settledAlready)
      }
    },
    // A reader that stops (the SDK leaving a stream) cancels the body under it, as it did reading it directly.
    cancel(reason) {
      end()
      return reader.cancel(reason)
    },
  })
}

/**
 * `fetching`, or the call's abort when it comes first: before the status line too, the abort may not reach the fetch
 * (endedByAbort). An answer that comes after it is cancelled, so its socket is closed.
 */
function untilAborted<R extends { body: { cancel(): Promise<void> } | null }>(
  fetching: Promise<R>,
  signal: AbortSignal,
): Promise<R> {
  return new Promise((resolve, reject) => {
    let aborted = false
    const onAbort = () => {
      aborted = true
      reject(signal.reason)
    }
    signal.addEventListener('abort', onAbort, { once: true })
    fetching.then(
      (response) => {
        signal.removeEventListener('abort', onAbort)
        /* c8 ignore next -- only when a garbage collection lost the abort on its way to the fetch (see above) */
        if (aborted) response.body?.cancel().catch(settledAlready)
        resolve(response)
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort)
        reject(error)
      },
    )
  })
}

const NULL_COUNT = /_tokens"\s*:\s*null/

/**
 * The answer's text as the SDK is given it: a usage count that is null is left out. The SDK's schema takes a count left
 * out (as 0) but refuses a null one, which would make a reply the default transport reads (its total, or its two
 * counts added) unreadable on this one; rawUsage then reads the counts from the text as Mistral wrote it.
 */
function withoutNullCounts(text: string): string {
  if (!NULL_COUNT.test(text)) return text
  try {
    const answer = JSON.parse(text) as { usage?: unknown }
    // Object() of a usage that is no object (null, a string) is a copy the answer does not hold: left as it came.
    const usage = Object(answer.usage) as Record<string, unknown>
    for (const [name, count] of Object.entries(usage)) if (count === null) delete usage[name]
    return JSON.stringify(answer)
  } catch {
    return text
  }
}

/**
 * A whole answer's usage as Mistral wrote it. The SDK reads a count left out (`usage: {}`, a total missing) as 0, and
 * a total of 0 for a reply without text is one the plugin would charge as it says: a total of 0 is read again from the
 * answer's text, so a total left out is unread (isTotalUnread: charged the hold), as the default transport reads it.
 */
function rawUsage(usage: SdkUsage, note: Pick<CallNote, 'text'>) {
  if (usage.totalTokens !== 0) return tokenUsage(usage.promptTokens, usage.completionTokens, usage.totalTokens)
  // The SDK parsed this very text, and found `usage` an object of counts (or left out: its schema then failed).
  const wire = (JSON.parse(note.text as string) as { usage: Record<string, unknown> }).usage
  return tokenUsage(wire.prompt_tokens, wire.completion_tokens, wire.total_tokens)
}

/**
 * A whole answer's body, whose breaking off (the socket closed, a body shorter than its length) is an answer Mistral
 * generated and billed before its status line and that cannot be read, as the direct transport reads it; not a lost
 * connection. A stream's is left as it is: cut after its chunks, it is a cut stream.
 */
function brokenOffAsUnreadable(body: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  const reader = body.getReader()
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read()
        if (done) controller.close()
        else controller.enqueue(value)
      } catch (error) {
        controller.error(error instanceof UpstreamCallError ? error : invalidReply())
      }
    },
    // No cancel to pass on: the SDK reads a whole answer to its end, and the call's abort ends the fetch under it.
  })
}

/**
 * The SDK's fetcher, on the transport's own connections (`dispatcher`). Error answers reach the SDK as bodiless text:
 * it then reports any of them as an error with its status. Given the body, it parses it first and throws a SyntaxError
 * (status lost) when a 422 is not JSON; and its error messages would embed the body, which may echo the prompt. Every
 * answer's body is bounded (src/transport/reply-limit.ts).
 */
function opaqueErrors(dispatcher: Dispatcher): HTTPClient {
  return new HTTPClient({
    async fetcher(input) {
      // The SDK always hands over a Request: its headers carry the call's bound (a request without one reads nothing:
      // Number(null) is 0).
      const request = input as Request
      const limit = Number(request.headers.get(REPLY_LIMIT_HEADER))
      // Every call the transport makes names its note (callControl), taken here once: the SDK fetches once a call.
      const noteId = request.headers.get(CALL_NOTE_HEADER) as string
      const note = callNotes.get(noteId) as CallNote
      callNotes.delete(noteId)
      request.headers.delete(REPLY_LIMIT_HEADER)
      request.headers.delete(CALL_NOTE_HEADER)
      // The request is sent again on the transport's own connections, which close() destroys: a socket the call's
      // abort did not reach (see endedByAbort) is not left open past the app. Its body is the SDK's JSON, read whole.
      const fetching = undiciFetch(request.url, {
        method: request.method,
        headers: [...request.headers],
        body: request.body === null ? null : await request.arrayBuffer(),
        signal: note.signal,
        // A redirect is not followed (undici's pool does not either): it would send the prompt to a host nobody checked.
        redirect: 'manual',
        dispatcher,
      })
      const response = (await untilAborted(fetching, note.signal)) as unknown as Response
      if (response.ok) {
        note.answered = true
        return bounded(response, limit, note)
      }
      await response.body?.cancel()
      const headers = new Headers(response.headers)
      headers.set('content-type', 'text/plain')
      headers.delete('content-length')
      return new Response(null, { status: response.status, headers })
    },
  })
}

/** The official SDK behind the transport interface: `transport: 'sdk'`. Loaded only when chosen. */
export function createSdkTransport(options: SdkTransportOptions): MistralTransport {
  // One SDK instance per key: a call keeps the instance (and so the key) it started with, even if a
  // rotation swaps the key while it is in flight.
  // Two keys are in use at once only around a rotation or a refresh; a few slots cover that without churn.
  const instances = new Map<string, Mistral>()
  const connections = new Agent()
  const httpClient = opaqueErrors(connections)
  let closed = false
  // Calls in flight when the app closes (Fastify closes plugins after its requests are done: direct calls, injected
  // requests) are ended then, not waited for: as the default transport does. Each call has its own controller: on
  // Node 20 a signal joined by AbortSignal.any keeps every signal made from it, so one the transport's life long
  // would hold every call's.
  const inFlight = new Set<AbortController>()
  const sdkFor = (apiKey: string): Mistral => {
    // As undici's closed pool does: a call after close() reaches nothing (a new instance would open new sockets).
    if (closed) throw closedFailure(true)
    let sdk = instances.get(apiKey)
    if (sdk === undefined) {
      sdk = new Mistral({ apiKey, serverURL: options.serverURL, debugLogger: SILENT_LOGGER, httpClient })
      if (instances.size >= SDK_INSTANCES_KEPT) instances.delete(instances.keys().next().value as string)
      instances.set(apiKey, sdk)
    }
    return sdk
  }
  /**
   * The SDK's own timeout ends when the answer starts and is ignored when a signal is given: one timeout signal,
   * joined to the caller's, bounds the whole call, streamed answers included. An abort that lands mid-stream
   * surfaces as its bare reason, so the signals, not the error, say what it was.
   */
  function callControl(call: TransportCall, replyLimit: number, end?: StreamEnd) {
    const timeout = AbortSignal.timeout(call.timeoutMs)
    const ended = new AbortController()
    inFlight.add(ended)
    const signal = AbortSignal.any(
      call.signal ? [abortSignalOf(call.signal), timeout, ended.signal] : [timeout, ended.signal],
    )
    const noteId = String(++callsStarted)
    const note: CallNote = { answered: false, signal, end }
    const headers: Record<string, string> = { [REPLY_LIMIT_HEADER]: String(replyLimit), [CALL_NOTE_HEADER]: noteId }
    return {
      options: { timeoutMs: call.timeoutMs, retries: { strategy: 'none' as const }, signal, headers },
      note,
      /** Noted for the fetcher until the request leaves; forget() drops it if it never did (refused before sending). */
      noted: () => callNotes.set(noteId, note),
      forget: () => callNotes.delete(noteId),
      /** The call is over: closing has nothing of it to end. */
      release: () => inFlight.delete(ended),
      failure(error: unknown): unknown {
        if (ended.signal.aborted) return closedFailure(false)
        if (call.signal?.aborted) return new UpstreamCallError('aborted')
        if (timeout.aborted) return new UpstreamCallError('timeout')
        return fromSdkError(error, call.apiKey)
      },
    }
  }
  // The SDK's types name every message variant; ours is checked by the policy to be one of them.
  const sdkChat = (request: ChatRequest) => sdkChatRequest(request) as Parameters<Mistral['chat']['complete']>[0]

  async function* chatStream(request: ChatRequest, call: TransportCall): AsyncGenerator<ChatStreamChunk> {
    const end = new StreamEnd(request)
    const control = callControl(call, replyWireLimit(request), end)
    try {
      control.noted()
      let events: Awaited<ReturnType<Mistral['chat']['stream']>>
      try {
        events = await sdkFor(call.apiKey).chat.stream(sdkChat(request), control.options)
      } finally {
        // Taken by the fetcher when the request left; still here when it never did (refused before sending).
        control.forget()
      }
      for await (const event of events) {
        for (const chunk of toStreamChunks(event.data)) {
          end.see(chunk)
          if (carriesSomething(chunk)) yield chunk
        }
      }
      end.closed()
    } catch (error) {
      const failure = control.failure(error)
      // Once the 2xx status came, a body lost before the first chunk is an answer Mistral billed (StreamEnd).
      throw control.note.answered ? end.failure(failure) : failure
    } finally {
      control.release()
    }
  }

  /** One call through the SDK, its failure said as an UpstreamCallError. */
  async function run<T>(
    call: TransportCall,
    replyLimit: number,
    send: (sdk: Mistral, options: object, note: CallNote) => Promise<T>,
  ): Promise<T> {
    const control = callControl(call, replyLimit)
    try {
      control.noted()
      return await send(sdkFor(call.apiKey), control.options, control.note)
    } catch (error) {
      const failure = control.failure(error)
      // After a 2xx status line: a body that broke off, or given up while it came, is an answer Mistral billed.
      throw control.note.answered ? answeredFailure(failure) : failure
    } finally {
      control.forget()
      control.release()
    }
  }

  return {
    chatComplete: (request, call) =>
      run(call, replyWireLimit(request), async (sdk, options, note) =>
        toChatResult(await sdk.chat.complete(sdkChat(request), options), note),
      ),
    chatStream,
    embeddings: (request, call) =>
      run(call, embeddingsWireLimit(request), async (sdk, options, note) => {
        const { model, inputs, outputDimension, outputDtype, encodingFormat } = request
        const asked = { model, inputs, outputDimension, outputDtype, encodingFormat }
        const reply = await sdk.embeddings.create(asked, options)
        const fields = { id: reply.id, model: reply.model, data: reply.data, usage: rawUsage(reply.usage, note) }
        return embeddingsResult(fields, request)
      }),
    listModels: (call) =>
      run(call, MODEL_LIST_WIRE_LIMIT, async (sdk, options) => toModelList(await sdk.models.list(undefined, options))),
    async close() {
      closed = true
      instances.clear()
      for (const call of inFlight) call.abort()
      // Every call is ended: a socket still open (an abort lost to a garbage collection) is closed with the rest.
      await connections.destroy()
    },
  }
}

/**
 * A call the closed transport ended, or one made after it closed (`unsent`): a connection failure, never retried. One
 * ended in flight may have reached Mistral (fetch cannot tell), and is charged as a call given up there.
 */
function closedFailure(unsent: boolean): UpstreamCallError {
  const failure = new UpstreamCallError('connection')
  failure.closing = true
  failure.unsent = unsent
  return failure
}

/**
 * What the SDK threw, said as an UpstreamCallError. Anything it does not explain is returned as it is, so the
 * client logs it as an internal error by its class name only.
 */
export function fromSdkError(error: unknown, apiKey?: string): unknown {
  if (error instanceof UpstreamCallError) return error
  if (error instanceof MistralError) {
    // A 2xx the SDK could not take (a body not of Mistral's shape, an HTML page, JSON under another content-type, a
    // 202) is an answer Mistral gave and billed, unreadable: as the direct transport reads it. The SDK validates
    // error bodies too: a 422 whose body is not Mistral's shape is still a 422.
    const answered = error.statusCode >= 200 && error.statusCode < 300
    if (answered) return new UpstreamCallError('invalid_response')
    return new UpstreamCallError('http', error.statusCode, error.headers, apiKey)
  }
  // fetch reports a socket closed mid-answer as a TypeError whose cause is undici's socket error.
  if (error instanceof TypeError && typeof (error.cause as { code?: unknown } | undefined)?.code === 'string') {
    return new UpstreamCallError('connection')
  }
  // A truncated 200 surfaces as a bare SyntaxError, a malformed stream chunk as a raw ZodError.
  if (error instanceof SyntaxError || (error instanceof Error && error.name === 'ZodError')) {
    return new UpstreamCallError('invalid_response')
  }
  if (error instanceof RequestTimeoutError) return new UpstreamCallError('timeout')
  if (error instanceof RequestAbortedError) return new UpstreamCallError('aborted')
  // Refused or dropped connections and other transport faults.
  if (error instanceof HTTPClientError) return new UpstreamCallError('connection')
  if (error instanceof SDKValidationError) return new UpstreamCallError('invalid_request')
  return error
}

type SdkChatResponse = Awaited<ReturnType<Mistral['chat']['complete']>>
type SdkStreamChunk = CompletionChunk

/** The SDK's response, reduced to what a caller needs and checked like the direct transport's. */
export function toChatResult(response: SdkChatResponse, note: Pick<CallNote, 'text'> = {}): ChatResult {
  return chatResult({
    id: response.id,
    model: response.model,
    choices: response.choices.map((choice) =>
      chatChoice({
        content: choice.message?.content,
        finishReason: choice.finishReason,
        toolCalls: choice.message?.toolCalls,
      }),
    ),
    usage: rawUsage(response.usage, note),
  })
}

/** The SDK's wire form of a tool-call piece: it fills a missing id with the text "null". */
const SDK_MISSING_ID = 'null'

/** One chunk as one piece per choice it names (one piece, for the first choice, when it names none). */
function toStreamChunks(data: SdkStreamChunk): ChatStreamChunk[] {
  const usage = data.usage
    ? tokenUsage(data.usage.promptTokens, data.usage.completionTokens, data.usage.totalTokens)
    : undefined
  const choices = data.choices.length > 0 ? data.choices : [undefined]
  return choices.map((choice, i) =>
    streamChunk({
      id: data.id,
      model: data.model,
      index: choice?.index,
      content: choice?.delta.content,
      toolCalls: choice?.delta.toolCalls?.map((call) => ({
        ...call,
        id: call.id === SDK_MISSING_ID ? undefined : call.id,
      })),
      finishReason: choice?.finishReason,
      // Usage is the whole answer's: it goes with the chunk's last piece.
      usage: i === choices.length - 1 ? usage : undefined,
    }),
  )
}

type SdkModelList = Awaited<ReturnType<Mistral['models']['list']>>

/** Model cards of a type this SDK version does not know are kept by id when they have one. */
export function toModelList(list: SdkModelList): ModelInfo[] {
  return (list.data ?? []).flatMap((card) => {
    // A card of a type this SDK does not know keeps its wire form: snake_case.
    const raw = 'isUnknown' in card ? (card.raw as Record<string, unknown> | null) : null
    if (raw) {
      const { id, owned_by, created, max_context_length, capabilities } = raw
      return modelInfo({
        id,
        ownedBy: owned_by,
        created,
        maxContextLength: max_context_length,
        capabilities,
        names: 'wire',
      })
    }
    const known = card as Record<string, unknown>
    const { id, ownedBy, created, maxContextLength, capabilities } = known
    return modelInfo({ id, ownedBy, created, maxContextLength, capabilities, names: 'sdk' })
  })
}
