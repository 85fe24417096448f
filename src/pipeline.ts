import type { FastifyBaseLogger } from 'fastify'
import { type AuditAction, type AuditEntry, type Auditor, auditEntry } from './audit.js'
import {
  type Budget,
  type BudgetReservation,
  estimateCallTokens,
  estimateInputsTokens,
  estimatePromptTokens,
  estimateTextTokens,
  reserveBudget,
} from './budget/index.js'
import type { CallSignal } from './call-abort.js'
import { CallWaits } from './call-waits.js'
import { ownChatRequest } from './chat-request.js'
import { chatRequestShapeIssues, MAX_SHAPE_DETAILS } from './chat-request-schema.js'
import { createEmbeddings, type EmbeddingsRequest, type EmbeddingsResult } from './embeddings.js'
import {
  InternalError,
  isMistralSecureError,
  type MistralSecureError,
  PolicyViolationError,
  ValidationError,
} from './errors.js'
import { KeyUnavailableError } from './key-errors.js'
import type { ActiveKey, KeyManager } from './keys.js'
import { loggedError } from './logged-error.js'
import { applyPolicyDefaults, checkChatRequest } from './policy.js'
import { closedError, withRetries } from './retry.js'
import type { Screening } from './screening.js'
import { type ChatStreamEvent, StreamedReply } from './stream-reply.js'
import { checkToolCalls } from './tool-call-rules.js'
import type { ChatStreamChunk, MistralTransport, TransportCall } from './transport/index.js'
import { isTotalUnread } from './transport/reply.js'
import {
  isAbandonedAttempt,
  isBilledFailure,
  isUpstreamAuthFailure,
  mapUpstreamError,
  UpstreamCallError,
} from './transport/upstream-errors.js'
import type { CallRecord, ChatRequest, ChatResult, Environment, ModelInfo, PolicyProfile, TokenUsage } from './types.js'

// Every call takes the same road, whoever makes it (the route, `app.mistral`): policy → prompt guard → key →
// transport → reply guard → usage, leaving what it learnt in its CallRecord; whoever made the call then writes the
// one audit entry through `audit()`, adding only what it alone knows (the HTTP request, the status it answered).

export type { ChatStreamChoiceEnd, ChatStreamEvent } from './stream-reply.js'

/** What one stage of a call needs from whoever runs it. */
export interface CallContext {
  /** Aborts the upstream call, e.g. when the route's client disconnects. */
  signal?: CallSignal | undefined
  log: FastifyBaseLogger
  /** Filled in as the call goes (model, key, usage, findings, upstream time), so it is right however it ends. */
  record: CallRecord
  /** Whose token budget the call is charged to; absent: not budgeted. */
  budgetKey?: string | undefined
  /**
   * Told when the call holds budget, with a promise of the hold's end (settled or released, the record updated):
   * the entry of a route's client gone mid-call waits for it to say what the holder has left.
   */
  budgetHeld?: ((ended: Promise<void>) => void) | undefined
  /**
   * Set by direct calls (app.mistral): no schema checked the request's types, as the route's and the gateway's
   * did, so the pipeline checks its own copy against the route's schema: the same 400 at the same field.
   */
  shapeUnchecked?: boolean | undefined
}

/** Who a call was for and what it left behind: the part of its audit entry the pipeline did not see end. */
export interface CallAccount {
  action: AuditAction
  userId: string | null
  record: CallRecord
  /** Set once the entry is written: one entry per call, whichever way of ending comes first. */
  audited: boolean
}

/** How a call ended, as its caller saw it: the audit entry's fields the caller alone knows. */
export type CallEnd = Pick<AuditEntry, 'statusCode' | 'errorCode' | 'latencyMs' | 'requestId' | 'ipAddress'>

export interface CallPipeline {
  readonly environment: Environment
  readonly policy: Readonly<PolicyProfile>
  /** The call timeout (`timeoutMs`): a whole call's, a whole stream's included. */
  readonly timeoutMs: number
  complete(request: ChatRequest, context: CallContext): Promise<ChatResult>
  /** Checks and screens the request on the first `next()`, before any upstream request; see ChatStreamEvent. */
  stream(request: ChatRequest, context: CallContext): AsyncGenerator<ChatStreamEvent, void, undefined>
  embeddings(request: EmbeddingsRequest, context: CallContext): Promise<EmbeddingsResult>
  listModels(context: CallContext): Promise<ModelInfo[]>
  /** Writes the call's audit entry, once: later calls for the same account do nothing. */
  audit(account: CallAccount, end: CallEnd, log: FastifyBaseLogger, extra?: Partial<AuditEntry>): void
  /** Any failure as one of the plugin's errors; anything else is logged with its stack and becomes FST_MISTRAL_INTERNAL. */
  failure(error: unknown, action: AuditAction, log: FastifyBaseLogger): MistralSecureError
  /** The app is closing: calls waiting to retry or for a key end now (the transport ends the ones in flight). */
  close(): void
}

export interface PipelineParts {
  environment: Environment
  policy: Readonly<PolicyProfile>
  transport: MistralTransport
  keys: KeyManager
  timeoutMs: number
  auditor: Auditor
  screening: Screening
  /** Upstream retries of 429, 5xx and failed connections, within timeoutMs (for a stream: before its first chunk). */
  retries: number
  /** Token budgets (the `budget` option); absent: off. */
  budget?: Budget | undefined
}

/**
 * What a reply Mistral answered is charged: its usage's total, unless that cannot be this reply's count (left out, or
 * 0 for a reply that says something, which no prompt Mistral read costs): then `fallback`, the most it may have cost.
 */
const chargedTokens = (usage: TokenUsage | undefined, saidSomething: boolean, fallback: () => number): number =>
  usage === undefined || isTotalUnread(usage) || (usage.totalTokens === 0 && saidSomething)
    ? fallback()
    : usage.totalTokens

// What a stream's `done` reports when Mistral's last chunk carried no usage (it always does today).
const NO_USAGE: TokenUsage = Object.freeze({ promptTokens: 0, completionTokens: 0, totalTokens: 0 })

export function createCallPipeline(parts: PipelineParts): CallPipeline {
  const { environment, policy, transport, keys, timeoutMs, auditor, screening } = parts
  const waits = new CallWaits()

  /** The upstream failure as a plugin error, logged for operators once, where it arose. */
  function upstreamFailure(operation: string, error: unknown, context: CallContext): MistralSecureError {
    const mapped = mapUpstreamError(error, { callerAborted: context.signal?.aborted === true })
    // The transport kept a request id only if it is not the call's key; an earlier key of this app is checked here.
    const requestId = mapped.upstream.mistralRequestId
    if (requestId !== undefined && screening.holdsKnownSecret(requestId)) delete mapped.upstream.mistralRequestId
    context.log.error(
      { operation, code: mapped.code, upstream: mapped.upstream, keyId: context.record.keyId },
      'mistral upstream call failed',
    )
    return mapped
  }

  /**
   * A reply's id and model name reach the caller and the logs as they are: one that holds a key of this app makes the
   * reply invalid, as an identifier the guard finds anything in does. Tool calls' ids and names: checkToolCalls.
   */
  function identified<T extends { id: string; model: string }>(reply: T): T {
    if ([reply.id, reply.model].some(screening.holdsKnownSecret)) throw new UpstreamCallError('invalid_response')
    return reply
  }

  /**
   * A reply Mistral answered, checked after its usage was settled: Mistral billed it whether or not it is refused
   * here, so a refusal must not make it free. A refusal is an upstream failure (502), logged as one, never retried.
   */
  function accepted<A, T>(operation: string, context: CallContext, check: (arg: A) => T, arg: A): T {
    try {
      return check(arg)
    } catch (error) {
      throw error instanceof UpstreamCallError ? upstreamFailure(operation, error, context) : error
    }
  }

  /**
   * A key still being read, waited for within the call's time, until its caller gives up and until the app closes:
   * then the call fails as a timeout (504), a closed client (499) or a closed transport (502), having sent nothing.
   */
  async function withinCall(key: Promise<ActiveKey>, deadline: number, signal: CallSignal | undefined) {
    const waited = await waits.wait(deadline - performance.now(), signal, key)
    if (waited.ended === 'done') return waited.value
    if (waited.ended === 'closed') throw closedError()
    const failure = new UpstreamCallError(waited.ended === 'elapsed' ? 'timeout' : 'aborted')
    failure.unsent = true
    throw failure
  }

  /** Runs one upstream call with the current key, timing it and mapping any failure to a plugin error. */
  async function callUpstream<T>(
    operation: string,
    context: CallContext,
    run: (call: TransportCall) => Promise<T>,
  ): Promise<T> {
    // One time budget for the whole call: waiting for a key, every attempt and retry, the re-read after a 401.
    const deadline = performance.now() + timeoutMs
    let started: number | undefined
    const { record, log } = context
    const attempt = (key: ActiveKey) => {
      started ??= performance.now()
      record.keyId = key.keyId
      return withRetries((retry) => run({ apiKey: key.value, timeoutMs: retry.timeoutMs, signal: retry.signal }), {
        retries: parts.retries,
        budgetMs: Math.max(1, deadline - performance.now()),
        signal: context.signal,
        waits,
        onRetry: ({ attempt, delayMs }) => log.warn({ operation, attempt, delayMs }, 'mistral call retried'),
      })
    }
    try {
      return await keys.withKey(attempt, isUpstreamAuthFailure, (key) => withinCall(key, deadline, context.signal))
    } catch (error) {
      // No key to be had: the key manager's own 503, logged where it arose.
      if (error instanceof KeyUnavailableError) throw error
      throw upstreamFailure(operation, error, context)
    } finally {
      if (started !== undefined) record.upstreamMs = performance.now() - started
    }
  }

  /** The request as it will leave: known fields only, within the policy, screened by the prompt guard. */
  function admitted(given: ChatRequest, context: CallContext): ChatRequest {
    // Built from known fields only: what the policy counts and the guard scans is exactly what leaves.
    const { request, refused } = ownChatRequest(given)
    if (refused.length > 0) throw new ValidationError(refused.slice(0, MAX_SHAPE_DETAILS))
    if (context.shapeUnchecked) {
      const issues = chatRequestShapeIssues(request)
      if (issues.length > 0) throw new ValidationError(issues)
    }
    // Only a model the policy allows is worth recording: anything else is the caller's text, of any size.
    if (policy.allowedModels.includes(request.model)) context.record.model = request.model
    const violations = checkChatRequest(request, policy)
    if (violations.length > 0) {
      throw new PolicyViolationError(
        environment,
        violations.map(({ rule, path, limit, message }) => ({ rule, path, limit, message })),
      )
    }
    return screening.screenRequest(applyPolicyDefaults(request, policy), context.record, context.log)
  }

  /**
   * The budget step before going upstream, for every kind of call: the most the call can cost (`estimate`) is held,
   * or the call is refused. A failed upstream call returns the hold (Mistral bills no refusal, no 5xx, no connection
   * it never got), except when an attempt with Mistral was abandoned, by the caller leaving or by the call's own
   * timeout: Mistral has the prompt and reads it whether anyone waits for the answer, so that is charged (`sent`), as
   * a stream left after its first chunk is; else leaving before the first token, or asking for a reply longer than
   * `timeoutMs` can wait for, would make any prompt free. The caller settles the hold to the real cost.
   */
  async function budgetedCall<T>(
    operation: string,
    context: CallContext,
    costs: { estimate: () => number; sent: () => number },
    run: (call: TransportCall) => Promise<T>,
  ): Promise<{ result: T; reservation: BudgetReservation | undefined }> {
    const { budgetKey, record, log } = context
    const reservation = await reserveBudget(parts.budget, budgetKey, costs.estimate, record, log)
    if (reservation) context.budgetHeld?.(reservation.ended)
    // What the last attempt's failure owes: the prompt when given up while with Mistral (an abort between attempts,
    // or while waiting for a key, fails outside `run`; a transport that knows its request never left says so), the
    // whole hold when Mistral answered but the answer cannot be read (it billed a cost no one can read), else nothing.
    // A later attempt's plain failure clears it.
    let owed: 'nothing' | 'sent' | 'held' = 'nothing'
    const attempt = async (call: TransportCall) => {
      try {
        return await run(call)
      } catch (error) {
        const callerAborted = context.signal?.aborted === true
        owed = isBilledFailure(error) ? 'held' : isAbandonedAttempt(error, callerAborted) ? 'sent' : 'nothing'
        throw error
      }
    }
    const result = await callUpstream(operation, context, attempt).catch(async (error: unknown) => {
      if (reservation) {
        if (owed === 'nothing') await reservation.release()
        else await reservation.settle(owed === 'held' ? reservation.held : costs.sent())
      }
      throw error
    })
    return { result, reservation }
  }

  /** A chat call's costs: at most its prompt and, for each choice, the tokens it may generate; once sent, its prompt. */
  const chatCosts = (request: ChatRequest) => ({
    estimate: () => estimateCallTokens(request, policy.maxTokens),
    sent: () => estimatePromptTokens(request),
  })

  async function complete(given: ChatRequest, context: CallContext): Promise<ChatResult> {
    const allowed = admitted(given, context)
    const ask = (call: TransportCall) => transport.chatComplete(allowed, call)
    const { result, reservation } = await budgetedCall('chat.complete', context, chatCosts(allowed), ask)
    context.record.usage = result.usage
    // The budget step after: the hold becomes the real cost, the unused part returns to the budget; a count that
    // cannot be the reply's (chargedTokens) keeps the whole hold.
    if (reservation) {
      const saidSomething = (result.choices ?? [result]).some((choice) => choice.content !== '' || choice.toolCalls)
      await reservation.settle(chargedTokens(result.usage, saidSomething, () => reservation.held))
    }
    const checkReply = (reply: ChatResult) => {
      const calls = (identified(reply).choices ?? [reply]).flatMap((choice) => choice.toolCalls ?? [])
      checkToolCalls(calls, allowed, screening.holdsKnownSecret)
    }
    accepted('chat.complete', context, checkReply, result)
    // JSON-mode replies are screened value by value, so a redaction keeps them valid JSON.
    const jsonMode = allowed.responseFormat !== undefined && allowed.responseFormat.type !== 'text'
    return screening.screenResult(result, jsonMode, context.record, context.log)
  }

  function embeddings(request: EmbeddingsRequest, context: CallContext): Promise<EmbeddingsResult> {
    const { log, record } = context
    return createEmbeddings(request, { policy, environment, screening, log, record }, async (allowed) => {
      // Budgeted as a chat call is: the inputs' estimate held, settled to Mistral's usage, released on failure.
      // Nothing is generated: what was sent is the whole estimate.
      const estimate = () => estimateInputsTokens(allowed.inputs)
      const costs = { estimate, sent: estimate }
      const { result, reservation } = await budgetedCall('embeddings.create', context, costs, (call) =>
        transport.embeddings(allowed, call),
      )
      if (reservation) {
        await reservation.settle(chargedTokens(result.usage, result.data.length > 0, () => reservation.held))
      }
      return accepted('embeddings.create', context, identified, result)
    })
  }

  async function* stream(given: ChatRequest, context: CallContext): AsyncGenerator<ChatStreamEvent, void, undefined> {
    const allowed = admitted(given, context)
    const { record } = context
    // One text screen per choice; JSON-mode replies and tool calls are screened whole (src/stream-reply.ts).
    const reply = new StreamedReply(allowed, { screening, record, log: context.log })
    let upstreamStarted: number | undefined
    // Retries, the key's re-read after a 401 and the time budget apply until the first chunk: after it, text has
    // been handed on and a second answer could not be joined to the first.
    const { result, reservation } = await budgetedCall('chat.stream', context, chatCosts(allowed), async (call) => {
      upstreamStarted ??= performance.now()
      const chunks = transport.chatStream(allowed, call)[Symbol.asyncIterator]()
      const first = await chunks.next()
      // A 2xx stream whose `[DONE]` came before any chunk: an answer Mistral gave whose cost cannot be read.
      if (first.done) throw new UpstreamCallError('invalid_response')
      return { chunks, first }
    })
    const { chunks, first } = result
    // A chunk breaking the stream's rules (or a tool call left incomplete) is an upstream failure like a malformed one.
    // Made once per stream, as the loop below makes no closure or promise of its own: it runs for every piece.
    const checked = <A>(step: (arg: A) => ChatStreamEvent[], arg: A): ChatStreamEvent[] =>
      accepted('chat.stream', context, step, arg)
    const take = (chunk: ChatStreamChunk) => reply.take(chunk)
    try {
      for (let step: IteratorResult<ChatStreamChunk> = first; !step.done; ) {
        const chunk = step.value
        if (chunk.usage) record.usage = chunk.usage
        const events = checked(take, chunk)
        if (events.length > 0) yield* events
        try {
          step = await chunks.next()
        } catch (error) {
          throw upstreamFailure('chat.stream', error, context)
        }
      }
      /* c8 ignore next -- Mistral's last chunk carries usage (the local server's too): the fallback is for a proxy */
      const usage = record.usage ?? NO_USAGE
      yield* checked((given: TokenUsage) => reply.end(given), usage)
    } finally {
      // However the stream ends (a break, a blocked reply, the caller gone), an unfinished answer is abandoned
      // now: the transport closes its socket, so Mistral stops generating and bills for nothing more.
      /* c8 ignore next -- both transports are generators, which always have return() */
      await chunks.return?.()
      record.upstreamMs = performance.now() - (upstreamStarted as number)
      // Settled to Mistral's usage when it arrived and can be read. Else (a stream cut short, a usage without a total,
      // or 0 for a stream that delivered text) to an estimate of what was sent and generated, at most the hold: the
      // estimate counts bytes for some text, which can outnumber tokens.
      if (reservation) {
        const cutShort = () => estimatePromptTokens(allowed) + estimateTextTokens(reply.generated)
        const estimated = () => Math.min(reservation.held, cutShort())
        await reservation.settle(chargedTokens(record.usage, reply.generated !== '', estimated))
      }
    }
  }

  return {
    environment,
    policy,
    timeoutMs,
    complete,
    stream,
    embeddings,
    listModels: async (context) => {
      const models = await callUpstream('models.list', context, (call) => transport.listModels(call))
      // A card naming a key of this app is skipped, as one whose id the guard finds anything in.
      return models.filter(
        (model) => !screening.holdsKnownSecret(model.id) && !screening.holdsKnownSecret(model.ownedBy ?? ''),
      )
    },
    audit(account, end, log, extra = {}) {
      // Taken when a client's disconnect and the response's end both report: which comes first is the socket's race.
      /* c8 ignore next */
      if (account.audited) return
      account.audited = true
      const outcome = { action: account.action, userId: account.userId, environment, ...end }
      auditor.write({ ...auditEntry(outcome, account.record), ...extra }, log)
    },
    close: () => waits.close(),
    failure(error, action, log) {
      if (isMistralSecureError(error)) return error
      log.error({ err: loggedError(error), action }, 'unexpected error in a mistral call')
      return new InternalError()
    },
  }
}
