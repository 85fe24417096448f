import type { FastifyBaseLogger } from 'fastify'
import { type AuditAction, type AuditEntry, type Auditor, auditEntry } from './audit.js'
import type { Budget, BudgetState } from './budget/budget.js'
import { reserveCallBudget } from './budget/call.js'
import { ownChatRequest } from './chat-request.js'
import {
  InternalError,
  isMistralSecureError,
  type MistralSecureError,
  PolicyViolationError,
  ValidationError,
} from './errors.js'
import { KeyUnavailableError } from './key-errors.js'
import type { ActiveKey, KeyManager, KeyRotation } from './keys.js'
import { applyPolicyDefaults, checkChatRequest } from './policy.js'
import { withRetries } from './retry.js'
import type { Screening } from './screening.js'
import type { MistralTransport } from './transport/index.js'
import { isUpstreamAuthFailure, mapUpstreamError } from './transport/upstream-errors.js'
import type {
  CallRecord,
  ChatRequest,
  ChatResult,
  Environment,
  KeyProvider,
  ModelInfo,
  PolicyProfile,
} from './types.js'

/**
 * Marks a call whose caller writes the audit entry itself (the chat route, which knows the HTTP outcome).
 * A symbol, so a host cannot switch auditing off by accident with a plain option.
 */
export const AUDITED_BY_CALLER = Symbol('fastify-mistral-secure.auditedByCaller')

export interface CallOptions {
  /** Aborts the upstream call, e.g. when the route's client disconnects. */
  signal?: AbortSignal
  /** Where upstream failures are logged for operators. Default: the app's logger. */
  log?: FastifyBaseLogger
  /** Filled in with the model, key fingerprint, usage and upstream time of the call. */
  record?: CallRecord
  /** Who the call is for, in its audit entry. */
  userId?: string
  /** Whose token budget the call is charged to (`budget` option). Direct calls without one are not budgeted. */
  budgetKey?: string
  [AUDITED_BY_CALLER]?: boolean
}

/** `app.mistral`: the official SDK behind the active policy. */
export interface MistralClient {
  /** The active environment profile's name. */
  readonly environment: Environment
  /** The active policy: what a call may ask for. */
  readonly policy: Readonly<PolicyProfile>
  readonly chat: {
    /** Checks the request against the policy, then asks Mistral. Throws FST_MISTRAL_* errors only. */
    complete(request: ChatRequest, options?: CallOptions): Promise<ChatResult>
  }
  readonly models: {
    list(options?: Omit<CallOptions, 'record'>): Promise<ModelInfo[]>
  }
  /**
   * Switches to a new key (or key provider) once Mistral accepts it (GET /v1/models). New calls use it at
   * once; calls in flight finish on the key they started with. If Mistral refuses it, this throws
   * FST_MISTRAL_KEY_VERIFICATION_FAILED and the old key keeps serving. Writes a `key.rotate` audit entry.
   */
  rotateKey(next: string | KeyProvider, options?: Pick<CallOptions, 'userId'>): Promise<KeyRotation>
  readonly budget: {
    /** A budget holder's state in the current window; null when the `budget` option is off. */
    get(key: string): Promise<BudgetState | null>
  }
}

export interface ClientParts {
  environment: Environment
  policy: Readonly<PolicyProfile>
  transport: MistralTransport
  keys: KeyManager
  timeoutMs: number
  log: FastifyBaseLogger
  auditor: Auditor
  screening: Screening
  /** Upstream retries of 429, 5xx and failed connections, within timeoutMs. */
  retries: number
  /** Token budgets; absent when the `budget` option is off. */
  budget?: Budget
}

export function createMistralClient(parts: ClientParts): MistralClient {
  const { environment, policy, transport, keys, timeoutMs, auditor, screening } = parts

  /**
   * Direct calls write their own audit entry, so using the client outside the route is no blind spot. Anything
   * but a plugin error is logged with its stack and thrown as FST_MISTRAL_INTERNAL, as the interface promises.
   */
  function audited<T>(
    action: AuditAction,
    options: CallOptions,
    record: CallRecord,
    run: () => Promise<T>,
    extra: Partial<AuditEntry> = {},
  ): Promise<T> {
    const log = options.log ?? parts.log
    const started = performance.now()
    const write = (failure: MistralSecureError | undefined) => {
      if (options[AUDITED_BY_CALLER]) return
      const outcome = {
        action,
        requestId: null,
        userId: options.userId ?? null,
        ipAddress: null,
        environment,
        statusCode: failure?.statusCode ?? 200,
        errorCode: failure?.code ?? null,
        latencyMs: performance.now() - started,
      }
      auditor.write({ ...auditEntry(outcome, record), ...extra }, log)
    }
    return Promise.resolve()
      .then(run)
      .then(
        (result) => {
          write(undefined)
          return result
        },
        (error: unknown) => {
          const failure = isMistralSecureError(error) ? error : unexpected(error, action, log)
          write(failure)
          throw failure
        },
      )
  }

  /** Runs one upstream call with the current key, timing it and mapping any failure to a plugin error. */
  async function callUpstream<T>(
    operation: string,
    options: CallOptions,
    record: CallRecord,
    run: (call: { apiKey: string; timeoutMs: number; signal: AbortSignal | undefined }) => Promise<T>,
  ): Promise<T> {
    // One time budget for the whole call: waiting for a key, every attempt and retry, the re-read after a 401.
    const deadline = performance.now() + timeoutMs
    let started: number | undefined
    const log = options.log ?? parts.log
    const attempt = (key: ActiveKey) => {
      started ??= performance.now()
      record.keyId = key.keyId
      return withRetries((retry) => run({ apiKey: key.value, timeoutMs: retry.timeoutMs, signal: retry.signal }), {
        retries: parts.retries,
        budgetMs: Math.max(1, deadline - performance.now()),
        signal: options.signal,
        onRetry: ({ attempt, delayMs }) => log.warn({ operation, attempt, delayMs }, 'mistral call retried'),
      })
    }
    try {
      return await keys.withKey(attempt, isUpstreamAuthFailure)
    } catch (error) {
      // No key to be had: the key manager's own 503, logged where it arose.
      if (error instanceof KeyUnavailableError) throw error
      const mapped = mapUpstreamError(error, { callerAborted: options.signal?.aborted === true })
      log.error(
        { operation, code: mapped.code, upstream: mapped.upstream, keyId: record.keyId },
        'mistral upstream call failed',
      )
      throw mapped
    } finally {
      if (started !== undefined) record.upstreamMs = performance.now() - started
    }
  }

  function rotateKey(next: string | KeyProvider, options: Pick<CallOptions, 'userId'> = {}): Promise<KeyRotation> {
    // The entry records the transition this rotation made (previousKeyId → keyId), read when its turn came:
    // overlapping rotations run one after another. A refused one records the key that kept serving, twice.
    const record: CallRecord = {}
    const transition: Pick<AuditEntry, 'previousKeyId'> = {}
    const rotate = async () => {
      try {
        const rotation = await keys.rotate(next)
        transition.previousKeyId = rotation.previousKeyId
        record.keyId = rotation.keyId
        return rotation
      } catch (error) {
        transition.previousKeyId = keys.keyId
        record.keyId = keys.keyId
        throw error
      }
    }
    return audited('key.rotate', options, record, rotate, transition)
  }

  async function completeChat(given: ChatRequest, options: CallOptions, record: CallRecord): Promise<ChatResult> {
    // Built from known fields only: what the policy counts and the guard scans is exactly what leaves.
    const { request, refused } = ownChatRequest(given)
    if (refused.length > 0) throw new ValidationError(refused)
    // Only a model the policy allows is worth recording: anything else is the caller's text, of any size.
    if (policy.allowedModels.includes(request.model)) record.model = request.model
    const violations = checkChatRequest(request, policy)
    if (violations.length > 0) {
      throw new PolicyViolationError(
        environment,
        violations.map(({ rule, path, limit, message }) => ({ rule, path, limit, message })),
      )
    }
    const log = options.log ?? parts.log
    const allowed = screening.screenRequest(applyPolicyDefaults(request, policy), record, log)
    // Budget step before: the most this call can cost is held, or the call is refused.
    const reservation = await reserveCallBudget(parts.budget, options.budgetKey, allowed, policy.maxTokens, record, log)
    const result = await callUpstream('chat.complete', options, record, (call) =>
      transport.chatComplete(allowed, call),
    ).catch(async (error: unknown) => {
      await reservation?.release()
      throw error
    })
    record.usage = result.usage
    // Budget step after: the hold becomes the real cost, the unused part returns to the budget.
    await reservation?.settle(result.usage.totalTokens)
    return { ...result, content: screening.screenReply(result.content, record, log) }
  }

  return {
    environment,
    policy,
    chat: {
      complete(request, options = {}) {
        const record = options.record ?? {}
        return audited('chat.complete', options, record, () => completeChat(request, options, record))
      },
    },
    rotateKey,
    budget: {
      get: async (key) => (parts.budget ? parts.budget.get(key) : null),
    },
    models: {
      list(options = {}) {
        const record: CallRecord = {}
        return audited('models.list', options, record, () =>
          callUpstream('models.list', options, record, (call) => transport.listModels(call)),
        )
      },
    },
  }
}

/** An error that is not the plugin's: a bug, or a caller passing what the types forbid. */
function unexpected(error: unknown, action: AuditAction, log: FastifyBaseLogger): MistralSecureError {
  log.error({ err: error, action }, 'unexpected error in a mistral call')
  return new InternalError()
}
