import type { FastifyReply, FastifyRequest } from 'fastify'
import type { AuditAction } from '../audit.js'
import type { RouteCallState } from '../call-state.js'
import { InternalError, type MistralSecureError } from '../errors.js'
import type { CallPipeline, ChatStreamEvent } from '../pipeline.js'
import type { ChatRequest, ChatResult } from '../types.js'
import { budgetHeaders, type RouteBudgetKey, routeCallContext } from './scope.js'
import { SSE_HEADERS, sseStream } from './sse-reply.js'

/** How one endpoint words a chat answer: the chat route in the plugin's shape, the gateway in Mistral's. */
export interface ChatReplyFormat<Result> {
  result: (result: ChatResult) => Result
  /** Each event of a stream as the data of its server-sent event. */
  event: (event: ChatStreamEvent) => unknown
  error: (request: FastifyRequest, error: MistralSecureError) => object
  /** The audit action of a streamed call, when it differs from the endpoint's. */
  streamAction?: AuditAction
}

export interface ChatCall {
  request: FastifyRequest
  reply: FastifyReply
  state: RouteCallState
  pipeline: CallPipeline
  chat: ChatRequest
  stream: boolean | undefined
  budgetKey?: RouteBudgetKey | undefined
}

/** Runs one chat call of a route request: the whole answer, or a stream of server-sent events. */
export async function answerChat<Result>(call: ChatCall, format: ChatReplyFormat<Result>): Promise<Result> {
  const { request, reply, state, pipeline, chat } = call
  const context = await routeCallContext(request, state, call.budgetKey)
  if (call.stream !== true) {
    const result = await pipeline.complete(chat, context)
    budgetHeaders(reply, state.record.budget)
    return format.result(result)
  }
  if (format.streamAction) state.action = format.streamAction
  const events = pipeline.stream(chat, context)
  // Everything that can refuse the call before the first byte (policy, prompt guard, key, Mistral's answer,
  // a reply blocked in its first words) throws here and gets an ordinary HTTP error.
  const first = await events.next()
  /* c8 ignore next -- the call's stream always ends with a done event */
  if (first.done) throw new InternalError()
  const failed = (error: unknown) => {
    const failure = pipeline.failure(error, state.action, request.log)
    state.errorCode = failure.code
    state.failedStatus = failure.statusCode
    return format.error(request, failure)
  }
  // The budget as reserved: a stream's headers leave before it settles.
  budgetHeaders(reply, state.record.budget)
  const answer = sseStream(first.value, events, failed, format.event)
  // Until Fastify pipes it, the scope ends it if a host's onSend hook fails or replaces it (src/routes/scope.ts).
  state.unsentStream = events
  answer.once('resume', () => {
    state.unsentStream = undefined
  })
  // A stream is sent as it is, past the serializer: the typed reply only knows the JSON answer's schema.
  return reply.headers(SSE_HEADERS).send(answer as never) as never
}
