import { createHash } from 'node:crypto'
import { InvalidApiKeyError, InvalidOptionError, MissingApiKeyError } from './errors.js'
import { KeyProviderError, KeyUnavailableError, KeyVerificationFailedError } from './key-errors.js'
import type { Environment } from './options.js'

export const MIN_KEY_LENGTH = 20

/** A provider's key is re-read this often, so a rotation in the secrets manager reaches the app within it. */
export const DEFAULT_KEY_REFRESH_MS = 5 * 60_000
/**
 * How long the last good provider key keeps serving while the provider fails: six refresh attempts, enough
 * to ride out a secrets-manager incident, yet short enough that revoking the app's access to the secret
 * (the operator's kill switch) takes effect within half an hour. Past it, calls fail closed with a 503.
 */
export const DEFAULT_KEY_MAX_STALE_MS = 30 * 60_000
/** Calls that find no usable key (stale, or after a 401) ask the provider at most this often: a burst of
 * failing requests must not turn into a burst of (billed, throttled) secrets-manager reads. */
export const DEFAULT_KEY_MIN_FETCH_INTERVAL_MS = 5_000
/** A provider that never answers would otherwise hold the single in-flight fetch, and every waiter, forever. */
export const DEFAULT_KEY_FETCH_TIMEOUT_MS = 10_000

// setTimeout turns longer delays into 1 ms, which would make a refresh loop spin.
const MAX_TIMER_MS = 2_147_483_647

/** Where the client gets the key for each call. Small on purpose: a secrets manager can stand behind it. */
export interface KeySource {
  /** The key to use for a call that starts now. */
  current(): Promise<ActiveKey> | ActiveKey
}

export interface ActiveKey {
  value: string
  /** A short, non-reversible fingerprint: safe to log and to put in audit entries. */
  keyId: string
}

/** Reads the key from wherever it is kept (AWS Secrets Manager, GCP Secret Manager, Vault…). */
export type KeyProvider = () => Promise<string> | string

/** The variables read, in order, when no `apiKey` is given; MISTRAL_API_KEY comes last for every environment. */
export const KEY_ENV_VARIABLES: Readonly<Record<Environment, readonly string[]>> = {
  development: ['MISTRAL_API_KEY_DEVELOPMENT', 'MISTRAL_API_KEY_DEV'],
  staging: ['MISTRAL_API_KEY_STAGING'],
  production: ['MISTRAL_API_KEY_PRODUCTION', 'MISTRAL_API_KEY_PROD'],
}
export const FALLBACK_KEY_ENV_VARIABLE = 'MISTRAL_API_KEY'

export const API_KEY_OPTION_ORIGIN = 'the apiKey option'
export const API_KEY_PROVIDER_ORIGIN = 'the apiKey provider'
export const ROTATE_KEY_ORIGIN = 'the key given to rotateKey'
export const ROTATE_PROVIDER_ORIGIN = 'the provider given to rotateKey'

/** A key or a provider, with the origin that error messages name instead of the key. */
export type ResolvedKeyOrigin =
  | { value: string; provider?: undefined; origin: string }
  | { value?: undefined; provider: KeyProvider; origin: string }

/** `key_` and the first 12 hex digits of the key's SHA-256: enough to tell keys apart, useless to an attacker. */
export function fingerprint(key: string): string {
  return `key_${createHash('sha256').update(key).digest('hex').slice(0, 12)}`
}

/** Refuses a key that cannot be real, naming where it came from and never the key itself. */
export function validateKey(key: unknown, origin: string): asserts key is string {
  if (typeof key !== 'string' || key.length < MIN_KEY_LENGTH || /\s/.test(key)) throw new InvalidApiKeyError(origin)
}

/**
 * Finds the key: the `apiKey` option (a key or a provider), else the active environment's own variable,
 * else MISTRAL_API_KEY. Without an environment only MISTRAL_API_KEY is read. A static key is validated here.
 * An empty variable counts as unset, as env files often declare variables they leave blank.
 */
export function resolveKeyOrigin(
  apiKey: string | KeyProvider | undefined,
  environment: Environment | undefined,
  env: NodeJS.ProcessEnv,
): ResolvedKeyOrigin {
  if (typeof apiKey === 'function') return { provider: apiKey, origin: API_KEY_PROVIDER_ORIGIN }
  const [value, origin] = apiKey !== undefined ? [apiKey, API_KEY_OPTION_ORIGIN] : fromEnvironment(environment, env)
  if (value === undefined || value === '') throw new MissingApiKeyError()
  validateKey(value, origin)
  return { value, origin }
}

function fromEnvironment(environment: Environment | undefined, env: NodeJS.ProcessEnv): [string | undefined, string] {
  const names = [...(environment === undefined ? [] : KEY_ENV_VARIABLES[environment]), FALLBACK_KEY_ENV_VARIABLE]
  const name = names.find((candidate) => env[candidate] !== undefined && env[candidate] !== '')
  return name === undefined ? [undefined, FALLBACK_KEY_ENV_VARIABLE] : [env[name], name]
}

/**
 * Names a failure for the logs by its code or class name only: a provider's message (and so a thrown
 * string) may embed the very secret it failed to return.
 */
export function describeKeyFailure(error: unknown): string {
  if (!(error instanceof Error)) return typeof error
  const code = (error as { code?: unknown }).code
  const label = typeof code === 'string' || typeof code === 'number' ? String(code) : error.name
  // A name or code is an identifier; anything else is treated as content and withheld.
  return /^[\w.:-]{1,80}$/.test(label) ? label : 'Error'
}

export interface KeyManagerLog {
  error(obj: object, msg: string): void
  warn(obj: object, msg: string): void
}

export interface KeyManagerOptions {
  apiKey: string | KeyProvider | undefined
  environment: Environment
  env: NodeJS.ProcessEnv
  /** Provider keys are re-read this often. Default DEFAULT_KEY_REFRESH_MS (5 minutes). */
  refreshMs?: number
  /** Once the last good provider key is older than this, calls fail with KeyUnavailableError. Default 30 minutes. */
  maxStaleMs?: number
  /** Least time between two provider reads triggered by calls (not by the refresh timer). Default 5 seconds. */
  minFetchIntervalMs?: number
  /** A provider read taking longer than this counts as failed. Default 10 seconds. */
  fetchTimeoutMs?: number
  log: KeyManagerLog
  /** Checks a key against Mistral (GET /v1/models); throws when Mistral refuses it. */
  verify: (key: string) => Promise<void>
  /** A monotonic clock in milliseconds, for tests. Default performance.now. */
  now?: () => number
}

export interface KeyRotation {
  /** Undefined only when a provider-backed manager is rotated before its first key was read. */
  previousKeyId: string | undefined
  keyId: string
}

export interface KeyManager extends KeySource {
  /** Reads a provider's first key and starts the refresh timer. Rejects with InvalidApiKeyError or KeyProviderError. */
  start(): Promise<void>
  /**
   * The key for a call starting now: synchronous while the cached key is fresh; otherwise one shared provider
   * read. Throws KeyUnavailableError (503) when no usable key can be had.
   */
  current(): Promise<ActiveKey> | ActiveKey
  /**
   * Re-reads the provider after Mistral refused `failedKeyId` (an upstream 401). Returns the current key at
   * once when it already differs from `failedKeyId`; compare the result's keyId before retrying a call.
   * Throws KeyUnavailableError when the provider fails.
   */
  refetch(reason: string, failedKeyId?: string): Promise<ActiveKey>
  /**
   * Installs a new key, or a provider that becomes the source for later refreshes, once Mistral accepts it.
   * Throws InvalidApiKeyError, KeyProviderError or KeyVerificationFailedError, and then the old key keeps serving.
   */
  rotate(next: string | KeyProvider): Promise<KeyRotation>
  /** Runs one refresh now, as the timer would; never rejects (failures are logged). */
  refreshNow(): Promise<void>
  readonly keyId: string | undefined
  readonly isProvider: boolean
  /** Stops the refresh timer. Keys already handed out stay valid. */
  close(): void
}

interface Source {
  read: KeyProvider
  origin: string
  isProvider: boolean
}

class KeyProviderTimeout extends Error {
  override name = 'KeyProviderTimeout'
}

export function createKeyManager(options: KeyManagerOptions): KeyManager {
  const refreshMs = checkDelay(options.refreshMs ?? DEFAULT_KEY_REFRESH_MS, 'keyRefreshMs')
  const maxStaleMs = checkDelay(options.maxStaleMs ?? DEFAULT_KEY_MAX_STALE_MS, 'keyMaxStaleMs')
  if (maxStaleMs < refreshMs) {
    // Otherwise the key would go stale between two refreshes even while the provider works.
    throw new InvalidOptionError('keyMaxStaleMs', 'must not be shorter than keyRefreshMs')
  }
  // Capped by maxStaleMs: a throttled call must never be handed a key that has already gone stale.
  const minFetchIntervalMs = Math.min(
    checkDelay(options.minFetchIntervalMs ?? DEFAULT_KEY_MIN_FETCH_INTERVAL_MS, 'keyMinFetchIntervalMs'),
    maxStaleMs,
  )
  const fetchTimeoutMs = checkDelay(options.fetchTimeoutMs ?? DEFAULT_KEY_FETCH_TIMEOUT_MS, 'keyFetchTimeoutMs')
  const { log, verify } = options
  const now = options.now ?? (() => performance.now())

  const initial = resolveKeyOrigin(options.apiKey, options.environment, options.env)
  let source: Source =
    initial.provider === undefined
      ? staticSource(initial.value, initial.origin)
      : { read: initial.provider, origin: initial.origin, isProvider: true }
  let active: ActiveKey | undefined = initial.provider === undefined ? activeKey(initial.value) : undefined
  /** When `active` was last read from its source (or installed by a rotation). */
  let fetchedAt = now()
  /** Bumped by each rotation, so that a read started before it cannot undo it. */
  let generation = 0
  let inflight: Promise<ActiveKey> | undefined
  /** The last provider read and, if it succeeded, the key it installed; cleared by a rotation. */
  let lastRead: { at: number; key: ActiveKey | undefined } | undefined
  let timer: NodeJS.Timeout | undefined
  let started = false
  let closed = false

  function install(key: ActiveKey): void {
    active = key
    fetchedAt = now()
  }

  /** The one place a provider is called: every caller shares the read in flight. */
  function read(trigger: string): Promise<ActiveKey> {
    if (inflight !== undefined) return inflight
    const readGeneration = generation
    const { read: provider, origin } = source
    const attempt = withTimeout(Promise.resolve().then(provider), fetchTimeoutMs)
      .then((value) => {
        validateKey(value, origin)
        if (generation !== readGeneration) return active as ActiveKey // a rotation has installed a verified key
        const key = activeKey(value)
        install(key)
        lastRead = { at: now(), key }
        return key
      })
      .catch((error: unknown) => {
        if (generation !== readGeneration) return active as ActiveKey
        lastRead = { at: now(), key: undefined }
        // At start-up the error goes to the caller of start(), which fails the plugin's registration.
        if (trigger !== 'start') {
          log.error({ keyId: active?.keyId, reason: describeKeyFailure(error), trigger }, 'mistral key refresh failed')
        }
        throw error
      })
      .finally(() => {
        if (inflight === attempt) inflight = undefined
      })
    inflight = attempt
    return attempt
  }

  /** A read asked for by a call rather than the timer: throttled, so failing traffic cannot hammer the provider. */
  function readOnDemand(trigger: string): Promise<ActiveKey> {
    if (inflight === undefined && lastRead !== undefined && now() - lastRead.at < minFetchIntervalMs) {
      return lastRead.key === undefined ? Promise.reject(new KeyUnavailableError()) : Promise.resolve(lastRead.key)
    }
    return read(trigger).catch(() => {
      throw new KeyUnavailableError()
    })
  }

  function schedule(): void {
    clearTimeout(timer)
    timer = undefined
    if (closed || !started || !source.isProvider) return
    // Chained rather than an interval: a slow provider never has two refreshes queued behind it.
    timer = setTimeout(() => {
      void manager.refreshNow().then(schedule)
    }, refreshMs)
    timer.unref()
  }

  function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
    let timeout: NodeJS.Timeout | undefined
    const expired = new Promise<never>((_, reject) => {
      timeout = setTimeout(() => reject(new KeyProviderTimeout()), ms)
      timeout.unref()
    })
    return Promise.race([promise, expired]).finally(() => clearTimeout(timeout))
  }

  const manager: KeyManager = {
    async start() {
      if (started) return
      if (source.isProvider) {
        const { origin } = source
        try {
          await read('start')
        } catch (error) {
          throw error instanceof InvalidApiKeyError ? error : new KeyProviderError(origin, describeKeyFailure(error))
        }
      }
      started = true
      schedule()
    },

    current() {
      if (active !== undefined && (!source.isProvider || now() - fetchedAt <= maxStaleMs)) return active
      return readOnDemand('stale')
    },

    async refetch(reason, failedKeyId) {
      if (failedKeyId !== undefined && active !== undefined && active.keyId !== failedKeyId) return active
      return readOnDemand(reason)
    },

    async rotate(next) {
      let candidate: ActiveKey
      let nextSource: Source
      if (typeof next === 'function') {
        nextSource = { read: next, origin: ROTATE_PROVIDER_ORIGIN, isProvider: true }
        try {
          const value = await withTimeout(Promise.resolve().then(next), fetchTimeoutMs)
          validateKey(value, ROTATE_PROVIDER_ORIGIN)
          candidate = activeKey(value)
        } catch (error) {
          throw error instanceof InvalidApiKeyError
            ? error
            : new KeyProviderError(ROTATE_PROVIDER_ORIGIN, describeKeyFailure(error))
        }
      } else {
        validateKey(next, ROTATE_KEY_ORIGIN)
        nextSource = staticSource(next, ROTATE_KEY_ORIGIN)
        candidate = activeKey(next)
      }
      try {
        await verify(candidate.value)
      } catch (error) {
        log.error(
          { keyId: active?.keyId, candidateKeyId: candidate.keyId, reason: describeKeyFailure(error) },
          'mistral key rotation refused',
        )
        throw new KeyVerificationFailedError()
      }
      const previousKeyId = active?.keyId
      generation += 1
      inflight = undefined
      lastRead = undefined
      source = nextSource
      install(candidate)
      schedule()
      return { previousKeyId, keyId: candidate.keyId }
    },

    async refreshNow() {
      if (!source.isProvider) return
      await read('refresh').catch(() => {
        // Logged by read(); the last good key keeps serving until it goes stale.
      })
    },

    get keyId() {
      return active?.keyId
    },

    get isProvider() {
      return source.isProvider
    },

    close() {
      closed = true
      schedule()
    },
  }
  return manager
}

function staticSource(value: string, origin: string): Source {
  return { read: () => value, origin, isProvider: false }
}

function activeKey(value: string): ActiveKey {
  return Object.freeze({ value, keyId: fingerprint(value) })
}

function checkDelay(value: number, option: string): number {
  if (!Number.isInteger(value) || value < 1 || value > MAX_TIMER_MS) {
    throw new InvalidOptionError(option, `must be a whole number of milliseconds between 1 and ${MAX_TIMER_MS}`)
  }
  return value
}

let sdkDebugWarned = false

/**
 * Warns once per process that MISTRAL_DEBUG is set. The SDK treats any non-empty value as on, "0" and
 * "false" included, so this does too.
 */
export function warnIfSdkDebug(env: NodeJS.ProcessEnv, log: Pick<KeyManagerLog, 'warn'>): boolean {
  if (sdkDebugWarned || !env.MISTRAL_DEBUG) return false
  sdkDebugWarned = true
  log.warn(
    {},
    'MISTRAL_DEBUG is set: fastify-mistral-secure keeps the Mistral SDK from printing requests, which would include the API key',
  )
  return true
}
