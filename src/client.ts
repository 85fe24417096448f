import type { FastifyBaseLogger } from 'fastify'
import type { AuditAction, AuditEntry } from './audit.js'
import type { Budget, BudgetState } from './budget/index.js'
import { type CallOptions, checkCallOptions } from './call-options.js'
import type { EmbeddingsRequest, EmbeddingsResult } from './embeddings.js'
import { ClientClosedError, type MistralSecureError, UpstreamTimeoutError, ValidationError } from './errors.js'
import { KeyVerificationFailedError, KeyVerificationUnavailableError } from './key-errors.js'
import type { KeyChange, KeyManager, KeyRefusal, KeyRotation } from './keys.js'
import type { CallAccount, CallContext, CallPipeline, ChatStreamEvent } from './pipeline.js'
import type {
  CallRecord,
  ChatRequest,
  ChatResult,
  Environment,
  KeyProvider,
  ModelInfo,
  PolicyProfile,
} from './types.js'

export type { CallOptions } from './call-options.js'
export type { ChatStreamChoiceEnd, ChatStreamEvent } from './pipeline.js'

/** `app.mistral`: the official SDK behind the active policy. */
export interface MistralClient {
  /** The active environment profile's name. */
  readonly environment: Environment
  /** The active policy: what a call may ask for. */
  readonly policy: Readonly<PolicyProfile>
  readonly chat: {
    /** Checks the request against the policy, then asks Mistral. Throws FST_MISTRAL_* errors only. */
    complete(request: ChatRequest, options?: CallOptions): Promise<ChatResult>
    /**
     * The reply as it is generated: `delta` events of screened text, then one `done`. Nothing happens until the
     * first `next()` (a `for await` starts it): that is where a refused request throws, before any upstream
     * request. Leaving the loop (`break`, `return()`, `throw()`, which hands its error back) or aborting `signal`
     * abandons the upstream answer at once. An error mid-stream is thrown from `next()`; FST_MISTRAL_* errors only.
     * One audit entry, written at the end.
     */
    stream(request: ChatRequest, options?: CallOptions): AsyncGenerator<ChatStreamEvent, void, undefined>
  }
  readonly models: {
    list(options?: Omit<CallOptions, 'record'>): Promise<ModelInfo[]>
  }
  readonly budget: {
    /** A budget holder's state in the current window; null when the `budget` option is off. */
    get(key: string): Promise<BudgetState | null>
  }
  readonly embeddings: {
    /**
     * Checks the inputs against the profile's embeddings policy and the prompt guard (a redacted input is embedded
     * redacted), then asks Mistral. Writes an `embeddings.create` audit entry. Throws FST_MISTRAL_* errors only.
     */
    create(request: EmbeddingsRequest, options?: CallOptions): Promise<EmbeddingsResult>
  }
  /**
   * Switches to a new key (or key provider) once Mistral accepts it (GET /v1/models). New calls use it at
   * once; calls in flight finish on the key they started with. If Mistral refuses it, this throws
   * FST_MISTRAL_KEY_VERIFICATION_FAILED, if Mistral cannot answer the check (an outage) it throws
   * FST_MISTRAL_KEY_VERIFICATION_UNAVAILABLE, and the old key keeps serving. Writes a `key.rotate` audit entry.
   */
  rotateKey(next: string | KeyProvider, options?: Pick<CallOptions, 'userId'>): Promise<KeyRotation>
}

export interface ClientParts {
  pipeline: CallPipeline
  keys: KeyManager
  log: FastifyBaseLogger
  /** Token budgets; absent when the `budget` option is off. */
  budget?: Budget | undefined
}

/** A direct call: no HTTP request around it, so the call itself ends its audit entry. */
class DirectCall {
  readonly account: CallAccount
  readonly context: CallContext
  readonly #started = performance.now()
  /** Options of the wrong kind: the call is refused (and audited) before it starts. */
  readonly #refused: ValidationError | undefined
  /** The caller's `record`, filled in from the call's own when the call ends. */
  readonly #callerRecord: CallRecord | undefined
  /** Takes the call's listener off the caller's signal. */
  readonly #unlink: () => void

  constructor(
    readonly pipeline: CallPipeline,
    action: AuditAction,
    given: unknown,
    log: FastifyBaseLogger,
  ) {
    const { options, refused, unlink } = checkCallOptions(given, log)
    this.#unlink = unlink
    if (refused.length > 0) this.#refused = new ValidationError(refused)
    // The call writes its own record, which its audit entry reads: a caller's object (a proxy, a setter) could refuse a
    // write after the answer came, or answer the audit with values of its own.
    const record: CallRecord = {}
    this.#callerRecord = options.record
    this.account = { action, userId: options.userId, record, audited: false }
    this.context = {
      signal: options.signal,
      log: options.log ?? log,
      record,
      budgetKey: options.budgetKey,
      shapeUnchecked: true,
    }
  }

  /** Throws FST_MISTRAL_VALIDATION naming the options at fault, if any: before anything is checked or sent. */
  checkOptions(): void {
    if (this.#refused) throw this.#refused
  }

  /** Writes the entry (once) and returns the failure as a plugin error, for the caller to throw. */
  end(error?: unknown, extra?: Partial<AuditEntry>): MistralSecureError | undefined {
    const failure =
      error === undefined ? undefined : this.pipeline.failure(error, this.account.action, this.context.log)
    const end = {
      statusCode: failure?.statusCode ?? 200,
      errorCode: failure?.code ?? null,
      latencyMs: performance.now() - this.#started,
      requestId: null,
      ipAddress: null,
    }
    this.pipeline.audit(this.account, end, this.context.log, extra)
    this.#unlink()
    this.#fillCallerRecord()
    return failure
  }

  #fillCallerRecord(): void {
    if (this.#callerRecord === undefined) return
    try {
      Object.assign(this.#callerRecord, this.account.record)
    } catch {
      // The answer is the caller's either way: it is not lost to a record that refused a field.
      this.context.log.warn({ option: 'record' }, 'mistral call record not filled in: options.record refused a field')
    }
  }

  async run<T>(work: (context: CallContext) => Promise<T>, extra?: Partial<AuditEntry>): Promise<T> {
    try {
      this.checkOptions()
      const result = await work(this.context)
      this.end(undefined, extra)
      return result
    } catch (error) {
      throw this.end(error, extra)
    }
  }
}

/**
 * The `key.rotate` entry of a provider's refreshed key that was not installed (src/keys.ts): written as a refused
 * `rotateKey`'s is, with the key that kept serving and the one refused, by fingerprint.
 */
export function auditKeyRefusal(pipeline: CallPipeline, log: FastifyBaseLogger, refusal: KeyRefusal): void {
  const call = new DirectCall(pipeline, 'key.rotate', undefined, log)
  call.context.record.keyId = refusal.previousKeyId
  call.end(refusal.error, { previousKeyId: refusal.previousKeyId, candidateKeyId: refusal.candidateKeyId })
}

/**
 * The `key.rotate` entry of a provider's refreshed key that was installed (src/keys.ts): written as a successful
 * `rotateKey`'s is, with the key replaced and the new one, by fingerprint.
 */
export function auditKeyRefresh(pipeline: CallPipeline, log: FastifyBaseLogger, change: KeyChange): void {
  const call = new DirectCall(pipeline, 'key.rotate', undefined, log)
  call.context.record.keyId = change.keyId
  call.end(undefined, { previousKeyId: change.previousKeyId, candidateKeyId: change.keyId })
}

export function createMistralClient(parts: ClientParts): MistralClient {
  const { pipeline, keys } = parts
  const direct = (action: AuditAction, options: CallOptions | undefined) =>
    new DirectCall(pipeline, action, options, parts.log)

  function rotateKey(next: string | KeyProvider, options?: Pick<CallOptions, 'userId'>): Promise<KeyRotation> {
    // The entry records the transition this rotation made (previousKeyId → keyId), read when its turn came:
    // overlapping rotations run one after another. A refused one records no transition (the key that kept serving,
    // twice) and the key it tried, by fingerprint, when one was read: a provider that failed handed over none.
    const call = direct('key.rotate', options)
    const transition: Pick<AuditEntry, 'previousKeyId' | 'candidateKeyId'> = { candidateKeyId: null }
    const rotate = async ({ record }: CallContext) => {
      try {
        const rotation = await keys.rotate(next)
        transition.previousKeyId = rotation.previousKeyId
        transition.candidateKeyId = rotation.keyId
        record.keyId = rotation.keyId
        return rotation
      } catch (error) {
        transition.previousKeyId = keys.keyId
        if (error instanceof KeyVerificationFailedError || error instanceof KeyVerificationUnavailableError) {
          transition.candidateKeyId = error.candidateKeyId
        }
        record.keyId = keys.keyId
        throw error
      }
    }
    return call.run(rotate, transition)
  }

  async function* stream(
    request: ChatRequest,
    options: CallOptions | undefined,
  ): AsyncGenerator<ChatStreamEvent, void, undefined> {
    const call = direct('chat.stream', options)
    const events = pipeline.stream(request, call.context)
    let ended = false
    // A consumer that stops pulling without return() would leave the call suspended at its yield for good: never
    // audited, its reservation never settled, its socket held. Left longer than the call's timeout, it is ended
    // here as a timed-out call; the consumer's next pull then throws that error.
    let idleTimer: NodeJS.Timeout | undefined
    let expiry: { error: MistralSecureError; ended: Promise<void> } | undefined
    // Set while an event is with the consumer: an error arriving then is the consumer's own (`throw()` on the
    // iterator), which leaves the stream as `return()` does, not a failure of the call.
    let handedOver = false
    const expire = () => {
      call.context.log.warn({ timeoutMs: pipeline.timeoutMs }, 'mistral stream not read within timeoutMs; ended')
      const error = new UpstreamTimeoutError()
      const end = () => {
        call.end(error)
      }
      // The upstream request is abandoned and the budget settled (the pipeline's finally), then the entry written.
      expiry = { error, ended: events.return().then(end, end) }
    }
    try {
      call.checkOptions()
      for (let step = await events.next(); !step.done; step = await events.next()) {
        if (step.value.type === 'done') {
          // The answer is whole: the call ends before its last event is handed over, so a consumer that stops at
          // `done` (without pulling once more or calling return()) leaves nothing open and is not reported as gone.
          await events.return()
          ended = true
          call.end()
          handedOver = true
          yield step.value
          return
        }
        idleTimer = setTimeout(expire, pipeline.timeoutMs)
        idleTimer.unref()
        handedOver = true
        yield step.value
        handedOver = false
        clearTimeout(idleTimer)
        if (expiry !== undefined) {
          await expiry.ended
          throw expiry.error
        }
      }
      /* c8 ignore next 2 -- the pipeline's last event is always `done` (src/stream-reply.ts): it ends the call above */
      ended = true
      call.end()
    } catch (error) {
      // The consumer's own error, thrown in with `throw()`: it goes back to the consumer, and the call ends as a left
      // one (the finally below: abandoned, settled, 499).
      if (handedOver) throw error
      ended = true
      throw call.end(error)
    } finally {
      clearTimeout(idleTimer)
      // Neither finished nor failed: the caller left the loop, and the answer was abandoned mid-way.
      if (!ended) {
        // Left after its time was up (the entry is the timeout's), or mid-way: the upstream answer is abandoned.
        await (expiry?.ended ?? events.return())
        call.end(new ClientClosedError())
      }
    }
  }

  return {
    environment: pipeline.environment,
    policy: pipeline.policy,
    chat: {
      complete: (request, options) =>
        direct('chat.complete', options).run((context) => pipeline.complete(request, context)),
      stream: (request, options) => stream(request, options),
    },
    rotateKey,
    budget: {
      get: async (key) => (parts.budget ? parts.budget.get(key) : null),
    },
    embeddings: {
      create: (request, options) =>
        direct('embeddings.create', options).run((context) => pipeline.embeddings(request, context)),
    },
    models: {
      list: (options) => direct('models.list', options).run((context) => pipeline.listModels(context)),
    },
  }
}
