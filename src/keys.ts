import { createHash } from 'node:crypto'
import { InvalidApiKeyError, MissingApiKeyError } from './errors.js'
import { KeyCheckUnavailable } from './key-check.js'
import {
  KeyProviderError,
  KeyUnavailableError,
  KeyVerificationFailedError,
  KeyVerificationUnavailableError,
} from './key-errors.js'
import { errorClassName } from './logged-error.js'
import type { Environment, KeyProvider } from './types.js'

export const MIN_KEY_LENGTH = 20

/**
 * Keys remembered after they leave service, besides the one in service: a key rotated out may still be valid at
 * Mistral (until it is revoked there), so an upstream echoing it must still be caught (see liveValues).
 */
export const REMEMBERED_KEYS = 3

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

/** What can travel in an Authorization header as it is: printable ASCII, no spaces. */
const KEY_CHARACTERS = /^[\x21-\x7e]+$/

/**
 * Refuses a key that cannot be real, naming where it came from and what is wrong, never the key itself. A key with a
 * control, non-ASCII or space character could not be sent in a header: every call would fail later. A key is not
 * trimmed: what was given is what is refused, with the reason that says where to fix it.
 */
export function validateKey(key: unknown, origin: string): asserts key is string {
  const reason = unusableKeyReason(key)
  if (reason !== undefined) throw new InvalidApiKeyError(origin, reason)
}

/** Why a key cannot be one, in words that point at the usual mistake; never a character of the key. */
function unusableKeyReason(key: unknown): string | undefined {
  if (typeof key !== 'string') {
    return `it is ${key == null ? String(key) : typeof key === 'object' ? 'an object' : `a ${typeof key}`}, not a string`
  }
  if (KEY_CHARACTERS.test(key) && key.length >= MIN_KEY_LENGTH) return undefined
  // The usual mistakes first: a file's or a secret's last line break, a header's scheme pasted with the key.
  if (/^\s|\s$/.test(key)) return "it starts or ends with whitespace, such as a file's last line break; trim it"
  if (/^bearer\s/i.test(key)) return 'it starts with "Bearer "; give the key alone, the plugin adds the scheme'
  if (!KEY_CHARACTERS.test(key)) return 'it holds a space, a control or a non-ASCII character'
  return `it is ${key.length} characters long`
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
 * Error codes that name a failure of the machine or the network, never data: the only codes a log line
 * repeats. A provider's own `code` (and its `name`, `message`, `cause`) may be anything, the key included.
 */
const SYSTEM_ERROR_CODES: ReadonlySet<string> = new Set([
  'EACCES',
  'EAI_AGAIN',
  'ECONNABORTED',
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETDOWN',
  'ENETUNREACH',
  'ENOENT',
  'ENOTFOUND',
  'EPERM',
  'EPIPE',
  'ETIMEDOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_SOCKET',
  // Ours: a provider answered with something that cannot be a key.
  'FST_MISTRAL_INVALID_API_KEY',
])
/**
 * Names a failure for the logs by a well-known code or its class only. A class name is written in code,
 * not chosen by data; `name`, `code` and the message can be set by whoever built the error, and secrets
 * managers' errors do echo what they were asked or answered.
 */
export function describeKeyFailure(error: unknown): string {
  try {
    if (error instanceof KeyProviderError) return error.reason
    const code = error instanceof Error ? Object.getOwnPropertyDescriptor(error, 'code')?.value : undefined
    if (typeof code === 'string' && SYSTEM_ERROR_CODES.has(code)) return code
  } catch {
    // A Proxy trap threw while being looked at; what it threw may hold anything.
    return 'Error'
  }
  return errorClassName(error)
}

export interface KeyManagerLog {
  error(obj: object, msg: string): void
  warn(obj: object, msg: string): void
}

/** How often keys are read; validated by resolveOptions (src/options.ts), trusted here. */
export interface KeyTimings {
  /** Provider keys are re-read this often. */
  refreshMs: number
  /** Once the last good provider key is older than this, calls fail with KeyUnavailableError. */
  maxStaleMs: number
  /** Least time between two provider reads triggered by calls (not by the refresh timer). */
  minFetchIntervalMs: number
  /** A provider read taking longer than this counts as failed. */
  fetchTimeoutMs: number
}

export const DEFAULT_KEY_TIMINGS: Readonly<KeyTimings> = Object.freeze({
  refreshMs: DEFAULT_KEY_REFRESH_MS,
  maxStaleMs: DEFAULT_KEY_MAX_STALE_MS,
  minFetchIntervalMs: DEFAULT_KEY_MIN_FETCH_INTERVAL_MS,
  fetchTimeoutMs: DEFAULT_KEY_FETCH_TIMEOUT_MS,
})

export interface KeyManagerOptions extends Partial<KeyTimings> {
  apiKey: string | KeyProvider | undefined
  environment: Environment
  env: NodeJS.ProcessEnv
  log: KeyManagerLog
  /**
   * Checks a key against Mistral (GET /v1/models); throws when Mistral refuses it, or KeyCheckUnavailable when
   * Mistral could not answer (src/key-check.ts).
   */
  verify: (key: string) => Promise<void>
  /**
   * Told of each key a provider's refresh handed over and that was not installed (Mistral refused it, or could not
   * check it): the plugin audits it as `key.rotate` does a refused rotation.
   */
  onRefreshRefused?: (refusal: KeyRefusal) => void
  /**
   * Told of each key a provider's refresh installed in place of the one in service once Mistral accepted it: the
   * plugin audits it as `key.rotate` does a rotation. (A key read after Mistral's 401 is installed unchecked: the
   * call retried with it is its check, and that call's entry names it.)
   */
  onRefreshInstalled?: (change: KeyChange) => void
  /** A monotonic clock in milliseconds, for tests. Default performance.now. */
  now?: () => number
}

export interface KeyRotation {
  /** Undefined only when a provider-backed manager is rotated before its first key was read. */
  previousKeyId: string | undefined
  keyId: string
}

/** A key that replaced the one in service, both by fingerprint. */
export interface KeyChange {
  previousKeyId: string
  keyId: string
}

/** A provider's new key that was not installed: the failure (a KeyVerification*Error) and the keys by fingerprint. */
export interface KeyRefusal {
  error: KeyVerificationFailedError | KeyVerificationUnavailableError
  previousKeyId: string | undefined
  candidateKeyId: string
}

interface Source {
  read: KeyProvider
  origin: string
  isProvider: boolean
}

class KeyProviderTimeout extends Error {}

/**
 * The one place a provider is called: with a time limit, its answer checked as a key. Throws
 * InvalidApiKeyError (an answer that is no key) or KeyProviderError (the provider failed), neither holding
 * anything the provider said.
 */
async function readProvider(source: Source, timeoutMs: number): Promise<ActiveKey> {
  let value: unknown
  let timeout: NodeJS.Timeout | undefined
  const expired = new Promise<never>((_, reject) => {
    timeout = setTimeout(() => reject(new KeyProviderTimeout()), timeoutMs)
    timeout.unref()
  })
  try {
    value = await Promise.race([Promise.resolve().then(source.read), expired])
  } catch (error) {
    throw new KeyProviderError(source.origin, describeKeyFailure(error))
  } finally {
    clearTimeout(timeout)
  }
  validateKey(value, source.origin)
  return activeKey(value)
}

/**
 * Holds the key in service: a fixed key, or a provider's, re-read on a timer, on demand when it goes stale,
 * and after Mistral refuses it. Rotations run one after another, so the last one asked for wins.
 */
export class KeyManager implements KeySource {
  readonly #timings: KeyTimings
  readonly #log: KeyManagerLog
  readonly #verify: (key: string) => Promise<void>
  readonly #onRefreshRefused: (refusal: KeyRefusal) => void
  readonly #onRefreshInstalled: (change: KeyChange) => void
  readonly #now: () => number
  #source: Source
  #active: ActiveKey | undefined
  /** When `#active` was last read from its source (or installed by a rotation). */
  #fetchedAt: number
  /** Bumped by each rotation, so that a read started before it cannot undo it. */
  #generation = 0
  /** The provider read in flight, shared by everyone who needs it. */
  #inflight: Promise<ActiveKey> | undefined
  /** The last provider read and, if it succeeded, the key it installed; cleared by a rotation. */
  #lastRead: { at: number; key: ActiveKey | undefined } | undefined
  /** The tail of the rotation queue. */
  #rotations: Promise<unknown> = Promise.resolve()
  #timer: NodeJS.Timeout | undefined
  #state: 'created' | 'started' | 'closed' = 'created'
  /** The key in service first, then the ones before it, newest first; replaced whole on each change. */
  #values: readonly string[] = Object.freeze([])

  constructor(options: KeyManagerOptions) {
    this.#timings = {
      refreshMs: options.refreshMs ?? DEFAULT_KEY_TIMINGS.refreshMs,
      maxStaleMs: options.maxStaleMs ?? DEFAULT_KEY_TIMINGS.maxStaleMs,
      // Capped by maxStaleMs: a throttled call must never be handed a key that has already gone stale.
      minFetchIntervalMs: Math.min(
        options.minFetchIntervalMs ?? DEFAULT_KEY_TIMINGS.minFetchIntervalMs,
        options.maxStaleMs ?? DEFAULT_KEY_TIMINGS.maxStaleMs,
      ),
      fetchTimeoutMs: options.fetchTimeoutMs ?? DEFAULT_KEY_TIMINGS.fetchTimeoutMs,
    }
    this.#log = options.log
    this.#verify = options.verify
    this.#onRefreshRefused = options.onRefreshRefused ?? (() => {})
    this.#onRefreshInstalled = options.onRefreshInstalled ?? (() => {})
    this.#now = options.now ?? (() => performance.now())
    const initial = resolveKeyOrigin(options.apiKey, options.environment, options.env)
    if (initial.provider === undefined) {
      this.#source = staticSource(initial.value, initial.origin)
      this.#install(activeKey(initial.value))
    } else {
      this.#source = { read: initial.provider, origin: initial.origin, isProvider: true }
    }
    this.#fetchedAt = this.#now()
  }

  get keyId(): string | undefined {
    return this.#active?.keyId
  }

  /**
   * The key values this manager holds: the one in service and up to REMEMBERED_KEYS before it (a rotation's previous
   * key, an earlier provider key). For the reply screen only, which looks for them in what Mistral sends back: they
   * never leave the process another way.
   */
  liveValues(): readonly string[] {
    return this.#values
  }

  get isProvider(): boolean {
    return this.#source.isProvider
  }

  /** Reads a provider's first key and starts the refresh timer. Rejects with InvalidApiKeyError or KeyProviderError. */
  async start(): Promise<void> {
    if (this.#state !== 'created') return
    if (this.#source.isProvider) await this.#read('start')
    this.#state = 'started'
    this.#schedule()
  }

  /**
   * The key for a call starting now: synchronous while the cached key is fresh; otherwise one shared provider
   * read. Throws KeyUnavailableError (503) when no usable key can be had.
   */
  current(): Promise<ActiveKey> | ActiveKey {
    const active = this.#active
    if (
      active !== undefined &&
      (!this.#source.isProvider || this.#now() - this.#fetchedAt <= this.#timings.maxStaleMs)
    ) {
      return active
    }
    return this.#readOnDemand('stale')
  }

  /**
   * Runs `run` with the current key. When it fails with what `isUnauthorized` calls Mistral refusing the key,
   * a provider's key may have been rotated at the source since it was read: one re-read, one retry with the
   * new key if there is one; otherwise the original error stands. Throws KeyUnavailableError when no key can be had,
   * or what `waitFor` throws when the call stops waiting for one.
   */
  async withKey<T>(
    run: (key: ActiveKey) => Promise<T>,
    isUnauthorized: (error: unknown) => boolean,
    waitFor: (key: Promise<ActiveKey>) => Promise<ActiveKey> = (key) => key,
  ): Promise<T> {
    const current = this.current()
    // A stale key's provider read is shared and runs to its own deadline; the call waits for it only as long as it
    // may (its timeout, its caller): `waitFor`.
    const key = current instanceof Promise ? await waitFor(current) : current
    try {
      return await run(key)
    } catch (error) {
      if (!this.#source.isProvider || !isUnauthorized(error)) throw error
      // The re-read after a refusal is waited for as a stale key's read is: within the call's time.
      const fresh = await waitFor(this.#afterUnauthorized(key.keyId).catch(() => key))
      if (fresh.keyId === key.keyId) throw error
      return run(fresh)
    }
  }

  /**
   * Installs a new key, or a provider that becomes the source for later refreshes, once Mistral accepts it.
   * Rotations asked for while one is running wait their turn. Throws InvalidApiKeyError, KeyProviderError or
   * KeyVerificationFailedError (Mistral refused it) or KeyVerificationUnavailableError (Mistral could not check it),
   * and then the key in service keeps serving.
   */
  rotate(next: string | KeyProvider): Promise<KeyRotation> {
    const turn = this.#rotations.then(() => this.#rotateNow(next))
    this.#rotations = turn.catch(() => {})
    return turn
  }

  /** Runs one refresh now, as the timer would; never rejects (failures are logged). */
  async refreshNow(): Promise<void> {
    if (!this.#source.isProvider) return
    await this.#read('refresh').catch(() => {
      // Logged by #read(); the last good key keeps serving until it goes stale.
    })
  }

  /** Stops the refresh timer. Keys already handed out stay valid. */
  close(): void {
    this.#state = 'closed'
    this.#schedule()
  }

  async #rotateNow(next: string | KeyProvider): Promise<KeyRotation> {
    const nextSource =
      typeof next === 'function'
        ? { read: next, origin: ROTATE_PROVIDER_ORIGIN, isProvider: true }
        : staticSource(next, ROTATE_KEY_ORIGIN)
    const candidate = await readProvider(nextSource, this.#timings.fetchTimeoutMs)
    await this.#check(candidate, 'rotation', {})
    const previousKeyId = this.keyId
    this.#generation += 1
    this.#inflight = undefined
    this.#lastRead = undefined
    this.#source = nextSource
    this.#install(candidate)
    this.#schedule()
    return { previousKeyId, keyId: candidate.keyId }
  }

  /**
   * Asks Mistral whether `candidate` is good; throws KeyVerificationFailedError when Mistral refused it and
   * KeyVerificationUnavailableError when it could not answer, after an error line naming which (never the key).
   */
  async #check(candidate: ActiveKey, what: 'rotation' | 'refresh', fields: object): Promise<void> {
    try {
      await this.#verify(candidate.value)
    } catch (error) {
      const keys = { keyId: this.keyId, candidateKeyId: candidate.keyId, ...fields }
      if (error instanceof KeyCheckUnavailable) {
        const { upstream, upstreamCode } = error
        this.#log.error({ ...keys, upstream, upstreamCode }, `mistral key ${what} check unavailable`)
        throw new KeyVerificationUnavailableError(candidate.keyId, error.summary)
      }
      this.#log.error({ ...keys, reason: describeKeyFailure(error) }, `mistral key ${what} refused`)
      throw new KeyVerificationFailedError(candidate.keyId)
    }
  }

  /**
   * A provider's key read by a refresh: installed at once when it is the key in service (or the first), else once
   * Mistral accepts it, as a rotation's. After a 401 it is not checked first: the key in service was just refused,
   * and the call's retry with the new key is the check. A key that fails the check is not installed (the key in
   * service keeps serving until it goes stale) and is reported; the next refresh tries again.
   */
  async #accept(key: ActiveKey, generation: number, trigger: string): Promise<ActiveKey> {
    if (generation !== this.#generation) return this.#active as ActiveKey
    const active = this.#active
    if (active !== undefined && active.keyId !== key.keyId && trigger !== 'upstream_401') {
      try {
        await this.#check(key, 'refresh', { trigger })
      } catch (error) {
        if (generation !== this.#generation) return this.#active as ActiveKey
        this.#lastRead = { at: this.#now(), key: undefined }
        const refusal = error as KeyRefusal['error']
        this.#onRefreshRefused({ error: refusal, previousKeyId: active.keyId, candidateKeyId: key.keyId })
        throw error
      }
    }
    if (generation !== this.#generation) return this.#active as ActiveKey
    this.#install(key)
    this.#lastRead = { at: this.#now(), key }
    // Only a key Mistral accepted is reported: one read after a 401 is not checked first (review 27), and the entry of
    // the call retried with it names it (its keyId) whatever Mistral answers.
    if (active !== undefined && active.keyId !== key.keyId && trigger !== 'upstream_401') {
      this.#onRefreshInstalled({ previousKeyId: active.keyId, keyId: key.keyId })
    }
    return key
  }

  /** A re-read after Mistral refused `failedKeyId`, unless the key in service has already changed. */
  async #afterUnauthorized(failedKeyId: string): Promise<ActiveKey> {
    const active = this.#active
    if (active !== undefined && active.keyId !== failedKeyId) return active
    return this.#readOnDemand('upstream_401')
  }

  /** Reads the source once for everyone waiting; a read that a rotation overtook yields the rotated key. */
  #read(trigger: string): Promise<ActiveKey> {
    if (this.#inflight !== undefined) return this.#inflight
    const generation = this.#generation
    const attempt = readProvider(this.#source, this.#timings.fetchTimeoutMs).then(
      (key) => this.#accept(key, generation, trigger),
      (error: unknown) => {
        if (generation !== this.#generation) return this.#active as ActiveKey
        this.#lastRead = { at: this.#now(), key: undefined }
        // At start-up the error goes to the caller of start(), which fails the plugin's registration.
        if (trigger !== 'start') {
          this.#log.error(
            { keyId: this.keyId, reason: describeKeyFailure(error), trigger },
            'mistral key refresh failed',
          )
        }
        throw error
      },
    )
    const shared = attempt.finally(() => {
      if (this.#inflight === shared) this.#inflight = undefined
    })
    this.#inflight = shared
    return shared
  }

  /** A read asked for by a call rather than the timer: throttled, so failing traffic cannot hammer the provider. */
  #readOnDemand(trigger: string): Promise<ActiveKey> {
    const last = this.#lastRead
    if (
      this.#inflight === undefined &&
      last !== undefined &&
      this.#now() - last.at < this.#timings.minFetchIntervalMs
    ) {
      return last.key === undefined ? Promise.reject(new KeyUnavailableError()) : Promise.resolve(last.key)
    }
    return this.#read(trigger).catch(() => {
      throw new KeyUnavailableError()
    })
  }

  #install(key: ActiveKey): void {
    this.#active = key
    const kept = this.#values.filter((value) => value !== key.value).slice(0, REMEMBERED_KEYS)
    this.#values = Object.freeze([key.value, ...kept])
    this.#fetchedAt = this.#now()
  }

  #schedule(): void {
    clearTimeout(this.#timer)
    this.#timer = undefined
    if (this.#state !== 'started' || !this.#source.isProvider) return
    // Chained rather than an interval: a slow provider never has two refreshes queued behind it.
    this.#timer = setTimeout(() => {
      void this.refreshNow().then(() => this.#schedule())
    }, this.#timings.refreshMs)
    this.#timer.unref()
  }
}

export function createKeyManager(options: KeyManagerOptions): KeyManager {
  return new KeyManager(options)
}

function staticSource(value: string, origin: string): Source {
  return { read: () => value, origin, isProvider: false }
}

function activeKey(value: string): ActiveKey {
  return Object.freeze({ value, keyId: fingerprint(value) })
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
