import type { FastifyBaseLogger, LogLevel } from 'fastify'
import { withoutHeldKeysOrNull } from './held-keys.js'
import { loggedError } from './logged-error.js'
import type { CallRecord, EmbeddingOptions, Environment, FindingSummary } from './types.js'

export const AUDIT_MESSAGE = 'mistral audit'
export const DEFAULT_AUDIT_LEVEL: LogLevel = 'info'

export type AuditAction =
  | 'chat.complete'
  | 'chat.stream'
  | 'embeddings.create'
  | 'models.list'
  | 'key.rotate'
  // The gateway's endpoints, named after Mistral's paths (a stream is a `gateway.chat.completions` too).
  | 'gateway.chat.completions'
  | 'gateway.embeddings'
  | 'gateway.models'
  // A request under the gateway's prefix that none of its endpoints serves (404), or with a method it does not take (405).
  | 'gateway.unsupported'

/**
 * One audit entry: who asked which model for what, when, and what happened. Counts and identifiers only:
 * never a prompt, a reply, a header value or a key.
 */
export interface AuditEntry {
  /** When the request (or direct call) ended, ISO 8601. */
  timestamp: string
  action: AuditAction
  /** Fastify's request id; null for a direct call of app.mistral outside a request. */
  requestId: string | null
  /** From the `identify` option (or the `userId` call option); null when anonymous. */
  userId: string | null
  ipAddress: string | null
  environment: Environment
  model: string | null
  tokensUsed: { prompt: number; completion: number; total: number } | null
  success: boolean
  /** The HTTP status answered (a direct call: 200, or its error's status). */
  statusCode: number
  /** The plugin's error code, or null on success. */
  errorCode: string | null
  /** The whole request (or call), in milliseconds. */
  latencyMs: number
  /** Time spent waiting on Mistral; null when Mistral was not called. */
  upstreamMs: number | null
  /** Fingerprint of the key used (`key_…`), never the key; null when no key was used. */
  keyId: string | null
  /** What the sensitive-data guard found: type, count, direction (input/output) and action; never values. */
  findings: FindingSummary[]
  /** For `key.rotate`: the fingerprint of the key replaced. */
  previousKeyId?: string | null
  /**
   * For `key.rotate`: the fingerprint of the key the rotation tried to install (its `keyId` once installed; the
   * refused key's when Mistral refused it); null when no key was read (a provider that failed, a malformed key).
   */
  candidateKeyId?: string | null
  /** For a budgeted call: the tokens its budget holder has left after the call settled. */
  budgetRemaining?: number
  /** For an embeddings call that asked any: its options as it asked them (`outputDimension`, `outputDtype`, …). */
  embeddingOptions?: EmbeddingOptions
}

export interface AuditOptions {
  /** The log level of audit lines. Default `info`. */
  level?: LogLevel
  /** An extra sink for each entry (a database, a SIEM). A sink that throws or rejects is logged and ignored. */
  emit?: (entry: AuditEntry) => void | Promise<void>
}

export interface Auditor {
  write(entry: AuditEntry, log: FastifyBaseLogger): void
}

/** What a finished request or call knows about itself; the rest of the entry comes from its CallRecord. */
export interface AuditOutcome {
  action: AuditAction
  requestId: string | null
  userId: string | null
  ipAddress: string | null
  environment: Environment
  statusCode: number
  errorCode: string | null
  latencyMs: number
}

/**
 * The entry of a finished request or call. Its texts come from hooks and callers (`identify`'s user id, a host
 * refusal's code, a request id, a forwarded address, a model name): the plugin's own keys are cut out of them
 * (src/held-keys.ts), for an entry goes to the log and to the host's sink.
 */
export function auditEntry(outcome: AuditOutcome, record: CallRecord): AuditEntry {
  const { usage } = record
  return {
    timestamp: new Date().toISOString(),
    ...outcome,
    requestId: withoutHeldKeysOrNull(outcome.requestId),
    userId: withoutHeldKeysOrNull(outcome.userId),
    ipAddress: withoutHeldKeysOrNull(outcome.ipAddress),
    errorCode: withoutHeldKeysOrNull(outcome.errorCode),
    model: withoutHeldKeysOrNull(record.model ?? null),
    tokensUsed: usage
      ? { prompt: usage.promptTokens, completion: usage.completionTokens, total: usage.totalTokens }
      : null,
    success: outcome.statusCode < 400 && outcome.errorCode === null,
    upstreamMs: record.upstreamMs ?? null,
    keyId: record.keyId ?? null,
    findings: record.findings ?? [],
    ...(record.budget && { budgetRemaining: record.budget.remaining }),
    ...(record.embeddingOptions && { embeddingOptions: { ...record.embeddingOptions } }),
  }
}

export function createAuditor(options: AuditOptions | false): Auditor {
  if (options === false) return { write() {} }
  const level = options.level ?? DEFAULT_AUDIT_LEVEL
  const { emit } = options
  return {
    write(entry, log) {
      log[level]({ audit: entry }, AUDIT_MESSAGE)
      if (!emit) return
      // The sink must never break the response or go unnoticed: both throw and rejection are logged.
      const sinkFailed = (error: unknown) =>
        log.error({ err: loggedError(error), requestId: entry.requestId }, 'mistral audit sink failed')
      try {
        Promise.resolve(emit(entry)).catch(sinkFailed)
      } catch (error) {
        sinkFailed(error)
      }
    },
  }
}
