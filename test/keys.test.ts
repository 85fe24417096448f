import { execFile } from 'node:child_process'
import { mock as fakeTime } from 'node:test'
import { promisify } from 'node:util'
import t from 'tap'
import { InvalidApiKeyError, MissingApiKeyError } from '../src/errors.js'
import { KeyCheckUnavailable } from '../src/key-check.js'
import {
  KeyProviderError,
  KeyUnavailableError,
  KeyVerificationFailedError,
  KeyVerificationUnavailableError,
} from '../src/key-errors.js'
import {
  type ActiveKey,
  createKeyManager,
  DEFAULT_KEY_MAX_STALE_MS,
  describeKeyFailure,
  fingerprint,
  type KeyManagerOptions,
  type KeyRefusal,
  resolveKeyOrigin,
  validateKey,
  warnIfSdkDebug,
} from '../src/keys.js'
import type { KeyProvider } from '../src/types.js'
import { NODE_LOADER_ARGS, runnablePath } from './helpers/child-node.js'
import { rejection } from './helpers/rejections.js'

// Distinctive values: any of them showing up in an error or a log line is a leak.
const KEY_A = 'sk-CANARY-AAAA-0123456789abcdef'
const KEY_B = 'sk-CANARY-BBBB-0123456789abcdef'
const KEY_C = 'sk-CANARY-CCCC-0123456789abcdef'
const CANARY = /CANARY/
/** What a secrets manager's error might say: nothing of it may reach a log line. */
const PROVIDER_MESSAGE = 'access denied to secret PROVIDER-SECRET-MESSAGE'
const PROVIDER_SECRET = /PROVIDER-SECRET-MESSAGE/

/** The text of an error as a careless host might log or send it. */
function leakText(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  return [
    error.message,
    error.stack,
    String(error),
    JSON.stringify(error),
    JSON.stringify(Object.getOwnPropertyDescriptors(error)),
    String(error.cause),
  ].join('\n')
}

function thrown(fn: () => unknown): Error {
  try {
    fn()
  } catch (error) {
    if (error instanceof Error) return error
    throw new Error(`threw a non-error: ${typeof error}`)
  }
  throw new Error('expected a throw')
}

interface LogLine {
  level: 'error' | 'warn'
  obj: object
  msg: string
}

function recordingLog() {
  const lines: LogLine[] = []
  return {
    lines,
    error: (obj: object, msg: string) => lines.push({ level: 'error', obj, msg }),
    warn: (obj: object, msg: string) => lines.push({ level: 'warn', obj, msg }),
  }
}

function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

/** A provider whose answers the test decides, counting its calls. */
function scriptedProvider(first: string | Error = KEY_A) {
  let next: () => Promise<string> | string = () => {
    if (first instanceof Error) throw first
    return first
  }
  const provider = Object.assign(
    (() => {
      provider.calls += 1
      return next()
    }) as KeyProvider,
    { calls: 0 },
  )
  return {
    provider,
    answer(value: string) {
      next = () => value
    },
    fail(error: unknown = new Error(PROVIDER_MESSAGE)) {
      next = () => {
        throw error
      }
    },
    hold() {
      const pending = deferred<string>()
      next = () => pending.promise
      return pending
    },
  }
}

/** What the transport throws when Mistral refuses a key. */
class Unauthorized extends Error {
  statusCode = 401
}
const isUnauthorized = (error: unknown) => error instanceof Unauthorized

/** A call that Mistral answers with a 401 for `refusedKeyId`, and that records the keys it was given. */
function callRefusing(refusedKeyId: string) {
  const used: string[] = []
  const run = async (key: ActiveKey) => {
    used.push(key.keyId)
    if (key.keyId === refusedKeyId) throw new Unauthorized()
    return key
  }
  return { used, run }
}

function setup(overrides: Partial<KeyManagerOptions> = {}) {
  const clock = { time: 1_000_000 }
  const log = recordingLog()
  const verified: string[] = []
  const manager = createKeyManager({
    apiKey: KEY_A,
    environment: 'production',
    env: {},
    log,
    verify: async (key) => {
      verified.push(key)
    },
    now: () => clock.time,
    ...overrides,
  })
  t.teardown(() => manager.close())
  return { manager, clock, log, verified }
}

t.test('resolveKeyOrigin', async (t) => {
  t.test('each environment reads its own variables, in order, then MISTRAL_API_KEY', async (t) => {
    const cases: Array<[KeyManagerOptions['environment'], NodeJS.ProcessEnv, string]> = [
      [
        'development',
        { MISTRAL_API_KEY_DEVELOPMENT: KEY_A, MISTRAL_API_KEY_DEV: KEY_B, MISTRAL_API_KEY: KEY_C },
        'MISTRAL_API_KEY_DEVELOPMENT',
      ],
      ['development', { MISTRAL_API_KEY_DEV: KEY_B, MISTRAL_API_KEY: KEY_C }, 'MISTRAL_API_KEY_DEV'],
      ['development', { MISTRAL_API_KEY: KEY_C, MISTRAL_API_KEY_STAGING: KEY_A }, 'MISTRAL_API_KEY'],
      ['staging', { MISTRAL_API_KEY_STAGING: KEY_A, MISTRAL_API_KEY: KEY_C }, 'MISTRAL_API_KEY_STAGING'],
      [
        'staging',
        { MISTRAL_API_KEY_DEV: KEY_A, MISTRAL_API_KEY_PROD: KEY_B, MISTRAL_API_KEY: KEY_C },
        'MISTRAL_API_KEY',
      ],
      [
        'production',
        { MISTRAL_API_KEY_PRODUCTION: KEY_A, MISTRAL_API_KEY_PROD: KEY_B, MISTRAL_API_KEY: KEY_C },
        'MISTRAL_API_KEY_PRODUCTION',
      ],
      ['production', { MISTRAL_API_KEY_PROD: KEY_B, MISTRAL_API_KEY: KEY_C }, 'MISTRAL_API_KEY_PROD'],
      ['production', { MISTRAL_API_KEY_DEVELOPMENT: KEY_A, MISTRAL_API_KEY: KEY_C }, 'MISTRAL_API_KEY'],
      // A blank variable, as env files often leave them, counts as unset.
      ['production', { MISTRAL_API_KEY_PRODUCTION: '', MISTRAL_API_KEY_PROD: KEY_B }, 'MISTRAL_API_KEY_PROD'],
    ]
    for (const [environment, env, origin] of cases) {
      const resolved = resolveKeyOrigin(undefined, environment, env)
      t.same(resolved, { value: env[origin], origin }, `${environment} with ${Object.keys(env).join(', ')}`)
    }
  })

  t.test('the apiKey option beats every variable; a provider is returned unread', async (t) => {
    const env = { MISTRAL_API_KEY_PRODUCTION: KEY_B, MISTRAL_API_KEY: KEY_C }
    t.same(resolveKeyOrigin(KEY_A, 'production', env), { value: KEY_A, origin: 'the apiKey option' })
    const { provider } = scriptedProvider()
    t.same(resolveKeyOrigin(provider, 'production', env), { provider, origin: 'the apiKey provider' })
    t.equal(provider.calls, 0)
  })

  t.test('without an environment only MISTRAL_API_KEY is read', async (t) => {
    t.same(resolveKeyOrigin(undefined, undefined, { MISTRAL_API_KEY_DEV: KEY_A, MISTRAL_API_KEY: KEY_C }), {
      value: KEY_C,
      origin: 'MISTRAL_API_KEY',
    })
    t.throws(() => resolveKeyOrigin(undefined, undefined, { MISTRAL_API_KEY_DEV: KEY_A }), MissingApiKeyError)
  })

  t.test('no key anywhere, or an empty apiKey, is a MissingApiKeyError', async (t) => {
    for (const environment of ['development', 'staging', 'production'] as const) {
      t.throws(() => resolveKeyOrigin(undefined, environment, { MISTRAL_API_KEY: '' }), MissingApiKeyError)
    }
    t.throws(() => resolveKeyOrigin('', 'production', { MISTRAL_API_KEY: KEY_C }), MissingApiKeyError)
  })

  t.test('an unusable key is refused, naming its origin and never the key', async (t) => {
    const planted = 'CANARY-planted key-0123456789abcdef'
    const cases: Array<[string | undefined, NodeJS.ProcessEnv, string]> = [
      [planted, {}, 'the apiKey option'],
      [undefined, { MISTRAL_API_KEY_PROD: 'CANARY-short' }, 'MISTRAL_API_KEY_PROD'],
      [undefined, { MISTRAL_API_KEY_PRODUCTION: `${KEY_A}\n` }, 'MISTRAL_API_KEY_PRODUCTION'],
      // An invalid environment key does not silently fall through to the generic one.
      [undefined, { MISTRAL_API_KEY_PROD: `${KEY_A}\t`, MISTRAL_API_KEY: KEY_C }, 'MISTRAL_API_KEY_PROD'],
      [undefined, { MISTRAL_API_KEY: `CANARY ${KEY_A}` }, 'MISTRAL_API_KEY'],
    ]
    for (const [apiKey, env, origin] of cases) {
      const error = thrown(() => resolveKeyOrigin(apiKey, 'production', env))
      t.ok(error instanceof InvalidApiKeyError, origin)
      t.match(error, { code: 'FST_MISTRAL_INVALID_API_KEY', statusCode: 500 })
      t.match(error.message, `from ${origin} is not usable`)
      t.notMatch(leakText(error), CANARY, `${origin}: no key in the error`)
    }
  })
})

t.test(
  'validateKey draws the line at 20 characters (as documented) and refuses whitespace, what cannot travel in a header, and non-strings',
  async (t) => {
    t.doesNotThrow(() => validateKey('x'.repeat(20), 'here'))
    t.throws(() => validateKey('x'.repeat(19), 'here'), InvalidApiKeyError)
    t.throws(() => validateKey(`${'x'.repeat(20)} `, 'here'), InvalidApiKeyError)
    // What cannot travel in an Authorization header: control characters, DEL, anything beyond ASCII.
    for (const character of ['\u0000', '\t', '\r\n', '\u001b', '\u007f', 'é', '\u00a0', '\u200b', '\ufeff', '😀']) {
      t.throws(() => validateKey(`${'x'.repeat(20)}${character}`, 'here'), InvalidApiKeyError)
    }
    t.doesNotThrow(() => validateKey('!"#$%&\'()*+,-./0123456789:;<=>?@AZ[\\]^_`az{|}~', 'here'), 'printable ASCII')
    t.throws(() => validateKey(undefined, 'here'), InvalidApiKeyError)
    t.throws(() => validateKey(12345678901234567890n, 'here'), InvalidApiKeyError)
  },
)

t.test('fingerprint tells keys apart without revealing them', async (t) => {
  t.match(fingerprint(KEY_A), /^key_[0-9a-f]{12}$/)
  t.equal(fingerprint(KEY_A), fingerprint(KEY_A))
  t.not(fingerprint(KEY_A), fingerprint(KEY_B))
  t.notMatch(fingerprint(KEY_A), CANARY)
})

t.test('describeKeyFailure gives a well-known system code or the class, nothing the error carries', async (t) => {
  t.equal(describeKeyFailure(new TypeError(PROVIDER_MESSAGE)), 'TypeError')
  t.equal(describeKeyFailure(Object.assign(new Error(PROVIDER_MESSAGE), { code: 'ECONNREFUSED' })), 'ECONNREFUSED')
  t.equal(describeKeyFailure(Object.assign(new Error(PROVIDER_MESSAGE), { code: 'ETIMEDOUT' })), 'ETIMEDOUT')
  t.equal(describeKeyFailure(new InvalidApiKeyError('x', 'y')), 'FST_MISTRAL_INVALID_API_KEY')
  class AccessDeniedException extends Error {
    override name = 'AccessDeniedException'
  }
  t.equal(describeKeyFailure(new AccessDeniedException(PROVIDER_MESSAGE)), 'AccessDeniedException')
  // A code or a name is data: whoever built the error chose it, and a key looks like an identifier.
  const identifierKey = 'Zq8xk3LmP0aB7cD9eF1gH2iJ4kL5mN6o'
  for (const error of [
    Object.assign(new Error('x'), { code: identifierKey }),
    Object.assign(new Error('x'), { code: 7 }),
    Object.assign(new Error('x'), { name: identifierKey }),
    Object.assign(new Error('x'), { code: `leak ${KEY_A}` }),
  ]) {
    t.equal(describeKeyFailure(error), 'Error')
  }
  class Anonymous extends Error {}
  Object.defineProperty(Anonymous, 'name', { value: `leak ${KEY_A}` })
  t.equal(describeKeyFailure(new Anonymous()), 'Error', 'a class name that is no identifier is withheld')
  t.equal(describeKeyFailure(Object.create(null)), 'object')
  t.equal(describeKeyFailure(KEY_A), 'string')
  t.equal(describeKeyFailure(undefined), 'undefined')
})

t.test('a fixed key', async (t) => {
  t.test('is served synchronously from construction and never goes stale', async (t) => {
    const { manager, clock, verified } = setup()
    t.equal(manager.isProvider, false)
    t.equal(manager.keyId, fingerprint(KEY_A))
    t.same(manager.current(), { value: KEY_A, keyId: fingerprint(KEY_A) })
    await manager.start()
    clock.time += 10 * DEFAULT_KEY_MAX_STALE_MS
    const key = manager.current()
    t.notOk(key instanceof Promise, 'no promise on the fast path')
    t.same(key, { value: KEY_A, keyId: fingerprint(KEY_A) })
    await manager.refreshNow()
    t.equal(manager.keyId, fingerprint(KEY_A))
    t.same(verified, [], 'the configured key is not checked against Mistral')
  })

  t.test('comes from the environment profile', async (t) => {
    const { manager } = setup({ apiKey: undefined, env: { MISTRAL_API_KEY_PROD: KEY_B, MISTRAL_API_KEY: KEY_C } })
    t.equal(manager.keyId, fingerprint(KEY_B))
  })

  t.test('is refused at construction when missing or unusable', async (t) => {
    t.throws(() => setup({ apiKey: undefined, env: {} }), MissingApiKeyError)
    const error = thrown(() => setup({ apiKey: 'CANARY too short' }))
    t.ok(error instanceof InvalidApiKeyError)
    t.notMatch(leakText(error), CANARY)
  })

  t.test('a 401 has nothing to re-read: the call fails with its own error, once', async (t) => {
    const { manager } = setup()
    const call = callRefusing(fingerprint(KEY_A))
    t.ok((await rejection(manager.withKey(call.run, isUnauthorized))) instanceof Unauthorized)
    t.same(call.used, [fingerprint(KEY_A)])
  })
})

t.test('a provider key', async (t) => {
  t.test('start() reads it once, then current() serves it synchronously', async (t) => {
    const script = scriptedProvider(KEY_A)
    const { manager } = setup({ apiKey: script.provider })
    t.equal(manager.isProvider, true)
    t.equal(manager.keyId, undefined, 'nothing read before start()')
    await manager.start()
    await manager.start()
    t.equal(script.provider.calls, 1, 'a second start() does not read again')
    t.equal(manager.keyId, fingerprint(KEY_A))
    const key = manager.current()
    t.notOk(key instanceof Promise)
    t.same(key, { value: KEY_A, keyId: fingerprint(KEY_A) })
  })

  t.test('100 concurrent current() calls share one provider read', async (t) => {
    const script = scriptedProvider()
    const pending = script.hold()
    const { manager } = setup({ apiKey: script.provider })
    const calls = Array.from({ length: 100 }, () => manager.current())
    pending.resolve(KEY_B)
    const keys = await Promise.all(calls)
    t.equal(script.provider.calls, 1)
    t.ok(keys.every((key) => key.value === KEY_B && key.keyId === fingerprint(KEY_B)))
  })

  t.test('a refresh swaps the key; an ActiveKey already handed out keeps its value', async (t) => {
    const script = scriptedProvider(KEY_A)
    const { manager, log } = setup({ apiKey: script.provider })
    await manager.start()
    const before = (await manager.current()) as ActiveKey
    script.answer(KEY_B)
    await manager.refreshNow()
    t.equal(manager.keyId, fingerprint(KEY_B))
    t.same(manager.current(), { value: KEY_B, keyId: fingerprint(KEY_B) })
    t.same(before, { value: KEY_A, keyId: fingerprint(KEY_A) })
    t.ok(Object.isFrozen(before))
    t.same(log.lines, [])
  })

  t.test('a failed refresh keeps the last good key and logs the failure without secrets', async (t) => {
    const script = scriptedProvider(KEY_A)
    const { manager, log } = setup({ apiKey: script.provider })
    await manager.start()
    const failures: Array<[unknown, string]> = [
      [new Error(`${PROVIDER_MESSAGE} ${KEY_B}`), 'Error'],
      // A provider's own code is not repeated: only well-known system codes are.
      [Object.assign(new Error(PROVIDER_MESSAGE), { code: 'ThrottlingException' }), 'Error'],
      [Object.assign(new Error(PROVIDER_MESSAGE), { code: 'ECONNRESET' }), 'ECONNRESET'],
      [`${PROVIDER_MESSAGE} ${KEY_B}`, 'string'],
    ]
    for (const [error, reason] of failures) {
      script.fail(error)
      await manager.refreshNow()
      t.same(manager.current(), { value: KEY_A, keyId: fingerprint(KEY_A) })
      t.same(log.lines.at(-1), {
        level: 'error',
        obj: { keyId: fingerprint(KEY_A), reason, trigger: 'refresh' },
        msg: 'mistral key refresh failed',
      })
    }
    // A provider answering with something that is not a key is a failure too; the value is never echoed.
    script.answer('CANARY not a key')
    await manager.refreshNow()
    t.match(log.lines.at(-1), { obj: { reason: 'FST_MISTRAL_INVALID_API_KEY' } })
    t.equal(manager.keyId, fingerprint(KEY_A))
    t.equal(log.lines.length, 5)
    const text = JSON.stringify(log.lines)
    t.notMatch(text, CANARY)
    t.notMatch(text, PROVIDER_SECRET)
  })

  t.test('past maxStaleMs without a good key, calls fail closed with a 503 until a read succeeds', async (t) => {
    const script = scriptedProvider(KEY_A)
    const { manager, clock, log } = setup({
      apiKey: script.provider,
      refreshMs: 100,
      maxStaleMs: 1_000,
      minFetchIntervalMs: 50,
    })
    await manager.start()
    script.fail()
    clock.time += 500
    await manager.refreshNow()
    clock.time += 500
    t.same(manager.current(), { value: KEY_A, keyId: fingerprint(KEY_A) }, 'still served at exactly maxStaleMs')
    t.equal(script.provider.calls, 2)

    clock.time += 1
    const error = await rejection(manager.current())
    t.ok(error instanceof KeyUnavailableError)
    t.match(error, {
      code: 'FST_MISTRAL_KEY_UNAVAILABLE',
      statusCode: 503,
      message: 'No valid Mistral API key is available; the key provider has been failing',
    })
    t.notMatch(leakText(error), CANARY)
    t.notMatch(leakText(error), PROVIDER_SECRET)
    t.equal(script.provider.calls, 3, 'the stale call itself asked the provider')
    t.match(log.lines.at(-1), { obj: { trigger: 'stale' }, msg: 'mistral key refresh failed' })

    // Failing traffic does not hammer the provider: within minFetchIntervalMs, calls fail without a read.
    clock.time += 49
    t.ok((await rejection(manager.current())) instanceof KeyUnavailableError)
    t.equal(script.provider.calls, 3)

    script.answer(KEY_B)
    clock.time += 1
    t.same(await manager.current(), { value: KEY_B, keyId: fingerprint(KEY_B) }, 'recovered')
    t.equal(script.provider.calls, 4)
    t.notOk(manager.current() instanceof Promise, 'back on the fast path')
  })

  t.test('a background refresh also recovers from staleness', async (t) => {
    const script = scriptedProvider(KEY_A)
    const { manager, clock } = setup({ apiKey: script.provider, refreshMs: 100, maxStaleMs: 100 })
    await manager.start()
    clock.time += 101
    script.fail()
    await rejection(manager.current())
    script.answer(KEY_B)
    await manager.refreshNow()
    t.same(manager.current(), { value: KEY_B, keyId: fingerprint(KEY_B) })
  })

  t.test('start() rejects when the provider fails, naming the provider and not its message', async (t) => {
    const failing = scriptedProvider(new TypeError(`${PROVIDER_MESSAGE} ${KEY_A}`))
    const { manager, log } = setup({ apiKey: failing.provider })
    const error = await rejection(manager.start())
    t.ok(error instanceof KeyProviderError)
    t.match(error, { code: 'FST_MISTRAL_KEY_PROVIDER_FAILED', statusCode: 500 })
    t.match(error.message, 'from the apiKey provider (TypeError)')
    t.notMatch(leakText(error), CANARY)
    t.notMatch(leakText(error), PROVIDER_SECRET)
    t.same(log.lines, [], 'the error goes to the caller of start(), not to the log')
    t.equal(manager.keyId, undefined)
    t.ok((await rejection(manager.current())) instanceof KeyUnavailableError, 'no key, so calls fail closed')
  })

  t.test('start() rejects a provider answer that is not a key', async (t) => {
    const { manager } = setup({ apiKey: scriptedProvider('CANARY short').provider })
    const error = await rejection(manager.start())
    t.ok(error instanceof InvalidApiKeyError)
    t.match(error.message, 'from the apiKey provider is not usable')
    t.notMatch(leakText(error), CANARY)
  })

  t.test('start() gives up on a provider that does not answer in time', async (t) => {
    const script = scriptedProvider()
    script.hold()
    const { manager } = setup({ apiKey: script.provider, fetchTimeoutMs: 5 })
    // The manager's own timers are unref'd: something must keep this test's process alive meanwhile.
    const keepAlive = setTimeout(() => {}, 1_000)
    const error = await rejection(manager.start())
    clearTimeout(keepAlive)
    t.ok(error instanceof KeyProviderError)
    t.match(error.message, '(KeyProviderTimeout)')
  })
})

t.test('withKey: a call Mistral refuses with a 401', async (t) => {
  t.test('concurrent refusals share one provider read and each call retries once on the new key', async (t) => {
    const script = scriptedProvider(KEY_A)
    const { manager, clock } = setup({ apiKey: script.provider })
    await manager.start()
    clock.time += 10_000
    const pending = script.hold()
    const calls = Array.from({ length: 20 }, () => callRefusing(fingerprint(KEY_A)))
    const results = calls.map((call) => manager.withKey(call.run, isUnauthorized))
    pending.resolve(KEY_B)
    const keys = await Promise.all(results)
    t.equal(script.provider.calls, 2)
    t.ok(keys.every((key) => key.keyId === fingerprint(KEY_B)))
    t.ok(calls.every((call) => call.used.join() === [fingerprint(KEY_A), fingerprint(KEY_B)].join()))
    t.equal(manager.keyId, fingerprint(KEY_B))
  })

  t.test('a 401 for a key already replaced retries on the current key without a read', async (t) => {
    const script = scriptedProvider(KEY_A)
    const { manager } = setup({ apiKey: script.provider })
    await manager.start()
    const call = callRefusing(fingerprint(KEY_A))
    const run = async (key: ActiveKey) => {
      if (call.used.length === 0) {
        // The refresh lands while the first attempt is in flight.
        script.answer(KEY_B)
        await manager.refreshNow()
      }
      return call.run(key)
    }
    t.same(await manager.withKey(run, isUnauthorized), { value: KEY_B, keyId: fingerprint(KEY_B) })
    t.equal(script.provider.calls, 2, 'the refresh only')
  })

  t.test('other failures are not retried and the provider is not read', async (t) => {
    const script = scriptedProvider(KEY_A)
    const { manager, clock } = setup({ apiKey: script.provider })
    await manager.start()
    clock.time += 10_000
    const failure = new Error('upstream 500')
    const error = await rejection(
      manager.withKey(async () => {
        throw failure
      }, isUnauthorized),
    )
    t.equal(error, failure)
    t.equal(script.provider.calls, 1)
  })

  t.test('re-reads are throttled to one per minFetchIntervalMs; an unchanged key fails with the 401', async (t) => {
    const script = scriptedProvider(KEY_A)
    const { manager, clock } = setup({ apiKey: script.provider, minFetchIntervalMs: 1_000 })
    await manager.start()
    clock.time += 1_000
    script.answer(KEY_B)
    t.equal((await manager.withKey(callRefusing(fingerprint(KEY_A)).run, isUnauthorized)).keyId, fingerprint(KEY_B))
    script.answer(KEY_C)
    clock.time += 999
    const tooSoon = callRefusing(fingerprint(KEY_B))
    t.ok((await rejection(manager.withKey(tooSoon.run, isUnauthorized))) instanceof Unauthorized, 'too soon')
    t.same(tooSoon.used, [fingerprint(KEY_B)], 'the last read stands: no second attempt')
    t.equal(script.provider.calls, 2)
    clock.time += 1
    t.equal((await manager.withKey(callRefusing(fingerprint(KEY_B)).run, isUnauthorized)).keyId, fingerprint(KEY_C))
    t.equal(script.provider.calls, 3)
  })

  t.test('a failed re-read keeps the 401 as the call error, logged with its trigger', async (t) => {
    const script = scriptedProvider(KEY_A)
    const { manager, log, clock } = setup({ apiKey: script.provider })
    await manager.start()
    clock.time += 10_000
    script.fail()
    const error = await rejection(manager.withKey(callRefusing(fingerprint(KEY_A)).run, isUnauthorized))
    t.ok(error instanceof Unauthorized)
    t.same(log.lines, [
      {
        level: 'error',
        obj: { keyId: fingerprint(KEY_A), reason: 'Error', trigger: 'upstream_401' },
        msg: 'mistral key refresh failed',
      },
    ])
    t.equal(manager.keyId, fingerprint(KEY_A), 'the last good key is kept')
  })

  t.test('no usable key at all is a KeyUnavailableError before the call runs', async (t) => {
    const script = scriptedProvider(KEY_A)
    const { manager, clock } = setup({ apiKey: script.provider })
    await manager.start()
    clock.time += DEFAULT_KEY_MAX_STALE_MS + 1
    script.fail()
    const call = callRefusing('none')
    t.ok((await rejection(manager.withKey(call.run, isUnauthorized))) instanceof KeyUnavailableError)
    t.same(call.used, [])
  })
})

t.test('rotate', async (t) => {
  t.test('the keys held for the reply screen: the one in service first, then the last three before it', async (t) => {
    const { manager } = setup()
    t.same(manager.liveValues(), [KEY_A])
    const more = ['sk-CANARY-DDDD-0123456789abcdef', 'sk-CANARY-EEEE-0123456789abcdef']
    for (const key of [KEY_B, KEY_C, ...more]) await manager.rotate(key)
    t.same(manager.liveValues(), [more[1], more[0], KEY_C, KEY_B], 'the oldest is forgotten')
    await manager.rotate(KEY_C)
    t.same(manager.liveValues(), [KEY_C, more[1], more[0], KEY_B], 'a key back in service is listed once')
  })

  t.test('installs a verified key at once; keys handed out before keep their value', async (t) => {
    const { manager, verified, log } = setup()
    const before = manager.current() as ActiveKey
    const rotation = await manager.rotate(KEY_B)
    t.same(rotation, { previousKeyId: fingerprint(KEY_A), keyId: fingerprint(KEY_B) })
    t.same(verified, [KEY_B])
    t.equal(manager.keyId, fingerprint(KEY_B))
    t.same(manager.current(), { value: KEY_B, keyId: fingerprint(KEY_B) })
    t.equal(before.value, KEY_A)
    t.same(log.lines, [])
  })

  t.test('a key Mistral refuses is not installed and the old key keeps serving', async (t) => {
    const { manager, log } = setup({
      verify: async () => {
        throw Object.assign(new Error(`401 Unauthorized for ${KEY_B}`), { statusCode: 401 })
      },
    })
    const error = await rejection(manager.rotate(KEY_B))
    t.ok(error instanceof KeyVerificationFailedError)
    t.match(error, { code: 'FST_MISTRAL_KEY_VERIFICATION_FAILED', statusCode: 500 })
    t.match(error.message, /refused the new API key.*old key keeps serving/)
    t.notMatch(leakText(error), CANARY)
    t.same(manager.current(), { value: KEY_A, keyId: fingerprint(KEY_A) })
    t.same(log.lines, [
      {
        level: 'error',
        obj: { keyId: fingerprint(KEY_A), candidateKeyId: fingerprint(KEY_B), reason: 'Error' },
        msg: 'mistral key rotation refused',
      },
    ])
    t.notMatch(JSON.stringify(log.lines), CANARY)
  })

  t.test('a malformed key is refused before Mistral is asked', async (t) => {
    const { manager, verified } = setup()
    const error = await rejection(manager.rotate('CANARY not a key'))
    t.ok(error instanceof InvalidApiKeyError)
    t.match(error.message, 'from the key given to rotateKey')
    t.notMatch(leakText(error), CANARY)
    t.same(verified, [])
    t.equal(manager.keyId, fingerprint(KEY_A))
  })

  t.test('a provider becomes the source of later refreshes; a fixed key ends them', async (t) => {
    const oldSource = scriptedProvider(KEY_A)
    const { manager, verified } = setup({ apiKey: oldSource.provider })
    await manager.start()
    const newSource = scriptedProvider(KEY_B)
    t.same(await manager.rotate(newSource.provider), {
      previousKeyId: fingerprint(KEY_A),
      keyId: fingerprint(KEY_B),
    })
    t.same(verified, [KEY_B])
    newSource.answer(KEY_C)
    await manager.refreshNow()
    t.equal(manager.keyId, fingerprint(KEY_C))
    t.equal(oldSource.provider.calls, 1, 'the old provider is no longer read')
    t.equal(newSource.provider.calls, 2)

    await manager.rotate(KEY_A)
    t.equal(manager.isProvider, false)
    await manager.refreshNow()
    t.equal(newSource.provider.calls, 2, 'a fixed key is not refreshed')
    t.equal(manager.keyId, fingerprint(KEY_A))
  })

  t.test('a fixed-key manager rotated to a provider starts refreshing from it', async (t) => {
    const { manager } = setup()
    const source = scriptedProvider(KEY_B)
    await manager.rotate(source.provider)
    t.equal(manager.isProvider, true)
    source.answer(KEY_C)
    await manager.refreshNow()
    t.equal(manager.keyId, fingerprint(KEY_C))
  })

  t.test('a rotation before the first read reports no previous key', async (t) => {
    const { manager } = setup({ apiKey: scriptedProvider(KEY_A).provider })
    t.same(await manager.rotate(KEY_B), { previousKeyId: undefined, keyId: fingerprint(KEY_B) })
  })

  t.test('a failing or malformed rotation provider is refused before Mistral is asked', async (t) => {
    const { manager, verified } = setup()
    const failing = await rejection(manager.rotate(scriptedProvider(new RangeError(PROVIDER_MESSAGE)).provider))
    t.ok(failing instanceof KeyProviderError)
    t.match(failing.message, 'from the provider given to rotateKey (RangeError)')
    t.notMatch(leakText(failing), PROVIDER_SECRET)
    const malformed = await rejection(manager.rotate(scriptedProvider('CANARY short').provider))
    t.ok(malformed instanceof InvalidApiKeyError)
    t.match(malformed.message, 'from the provider given to rotateKey')
    t.notMatch(leakText(malformed), CANARY)
    t.same(verified, [])
    t.equal(manager.keyId, fingerprint(KEY_A))
    t.equal(manager.isProvider, false)
  })

  t.test('overlapping rotations run one after another, so the last one asked for serves', async (t) => {
    const checks: Array<{ key: string; answer: ReturnType<typeof deferred<void>> }> = []
    const { manager } = setup({
      verify: (key) => {
        const answer = deferred<void>()
        checks.push({ key, answer })
        return answer.promise
      },
    })
    const first = manager.rotate(KEY_B)
    const refused = manager.rotate(KEY_A)
    const last = manager.rotate(KEY_C)
    await new Promise((resolve) => setImmediate(resolve))
    t.same(
      checks.map((check) => check.key),
      [KEY_B],
      'the later rotations wait for the first',
    )
    checks[0]?.answer.resolve()
    t.same(await first, { previousKeyId: fingerprint(KEY_A), keyId: fingerprint(KEY_B) })
    await new Promise((resolve) => setImmediate(resolve))
    checks[1]?.answer.reject(new Error('401'))
    t.ok((await rejection(refused)) instanceof KeyVerificationFailedError, 'a refused rotation does not stop the queue')
    await new Promise((resolve) => setImmediate(resolve))
    checks[2]?.answer.resolve()
    t.same(await last, { previousKeyId: fingerprint(KEY_B), keyId: fingerprint(KEY_C) })
    t.equal(manager.keyId, fingerprint(KEY_C))
    t.same(
      checks.map((check) => check.key),
      [KEY_B, KEY_A, KEY_C],
    )
  })

  t.test('a read started before a rotation cannot undo it', async (t) => {
    const script = scriptedProvider(KEY_A)
    const { manager, log, clock } = setup({ apiKey: script.provider })
    await manager.start()
    clock.time += DEFAULT_KEY_MAX_STALE_MS + 1

    const stale = script.hold()
    const call = callRefusing('none')
    const waiting = manager.withKey(call.run, isUnauthorized)
    await manager.rotate(KEY_B)
    stale.resolve(KEY_C)
    t.equal((await waiting).keyId, fingerprint(KEY_B), 'the waiter gets the rotated key')
    t.equal(manager.keyId, fingerprint(KEY_B))

    const rotatedSource = scriptedProvider(KEY_A)
    await manager.rotate(rotatedSource.provider)
    const failing = rotatedSource.hold()
    const failingRefresh = manager.refreshNow()
    await manager.rotate(KEY_C)
    failing.reject(new Error(PROVIDER_MESSAGE))
    await failingRefresh
    t.equal(manager.keyId, fingerprint(KEY_C))
    t.same(log.lines, [], 'a superseded read is not reported')
  })
})

t.test('the refresh timer refreshes on its own, stops on close() and never holds the process open', async (t) => {
  // Time moves only when the test ticks it: each tick past refreshMs is one refresh, or none once closed.
  fakeTime.timers.enable({ apis: ['setTimeout'] })
  t.teardown(() => fakeTime.timers.reset())
  const settle = () => new Promise((resolve) => setImmediate(resolve))
  const script = scriptedProvider(KEY_A)
  const manager = createKeyManager({
    apiKey: script.provider,
    environment: 'production',
    env: {},
    log: recordingLog(),
    verify: async () => {},
    refreshMs: 2,
    maxStaleMs: 2,
  })
  t.teardown(() => manager.close())
  await manager.start()
  t.equal(script.provider.calls, 1)
  script.answer(KEY_B)
  for (let refresh = 2; refresh <= 3; refresh++) {
    fakeTime.timers.tick(2)
    await settle()
    t.equal(script.provider.calls, refresh, `refresh ${refresh - 1} ran when its time came`)
  }
  t.equal(manager.keyId, fingerprint(KEY_B))
  manager.close()
  fakeTime.timers.tick(1_000)
  await settle()
  t.equal(script.provider.calls, 3, 'no refresh after close()')
  await manager.start()
  const rotated = scriptedProvider(KEY_C)
  await manager.rotate(rotated.provider)
  fakeTime.timers.tick(1_000)
  await settle()
  t.equal(script.provider.calls, 3)
  t.equal(rotated.provider.calls, 1, 'a closed manager does not restart its timer')
})

t.test('a started manager with the default refresh does not keep the process alive', async (t) => {
  const keysModule = runnablePath(new URL('../src/keys.ts', import.meta.url))
  const script = `
    const { createKeyManager } = await import(${JSON.stringify(keysModule)})
    const manager = createKeyManager({
      apiKey: async () => ${JSON.stringify(KEY_A)},
      environment: 'production', env: {}, log: console, verify: async () => {},
    })
    await manager.start()
    console.log('started', manager.keyId)
  `
  // A held-open process would run into the timeout, which rejects.
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [...NODE_LOADER_ARGS, '--input-type=module', '-e', script],
    { timeout: 20_000 },
  )
  t.equal(stdout.trim(), `started ${fingerprint(KEY_A)}`)
})

t.test('warnIfSdkDebug warns once per process, for any value the SDK reads as on', async (t) => {
  const log = recordingLog()
  t.equal(warnIfSdkDebug({}, log), false)
  t.equal(warnIfSdkDebug({ MISTRAL_DEBUG: '' }, log), false)
  t.same(log.lines, [])
  // The SDK coerces with Boolean(), so even "0" turns its request printing on.
  t.equal(warnIfSdkDebug({ MISTRAL_DEBUG: '0' }, log), true)
  t.equal(warnIfSdkDebug({ MISTRAL_DEBUG: 'true' }, log), false)
  t.same(log.lines, [
    {
      level: 'warn',
      obj: {},
      msg: 'MISTRAL_DEBUG is set: fastify-mistral-secure keeps the Mistral SDK from printing requests, which would include the API key',
    },
  ])
})

t.test('a refreshed key is checked with Mistral before it replaces the key in service', async (t) => {
  const outage = () => new KeyCheckUnavailable({ kind: 'http', status: 503 }, 'FST_MISTRAL_UPSTREAM_ERROR')
  function refreshing(verify: (key: string) => Promise<void>) {
    const script = scriptedProvider(KEY_A)
    const refusals: KeyRefusal[] = []
    const built = setup({ apiKey: script.provider, verify, onRefreshRefused: (refusal) => refusals.push(refusal) })
    return { ...built, script, refusals }
  }

  t.test('a key Mistral refuses is not installed: the old key serves, an error line and a refusal', async (t) => {
    const checked: string[] = []
    const { manager, script, log, refusals } = refreshing(async (key) => {
      checked.push(key)
      if (key === KEY_B) throw new Unauthorized()
    })
    await manager.start()
    t.same(checked, [], 'the first key is not checked (no key in service to keep)')
    script.answer(KEY_A)
    await manager.refreshNow()
    t.same(checked, [], 'the key in service read again is not checked again')
    script.answer(KEY_B)
    await manager.refreshNow()
    t.same(checked, [KEY_B])
    t.same(manager.current(), { value: KEY_A, keyId: fingerprint(KEY_A) })
    t.same(manager.liveValues(), [KEY_A], 'the refused key is not among the live keys')
    t.same(log.lines, [
      {
        level: 'error',
        obj: {
          keyId: fingerprint(KEY_A),
          candidateKeyId: fingerprint(KEY_B),
          trigger: 'refresh',
          reason: 'Unauthorized',
        },
        msg: 'mistral key refresh refused',
      },
    ])
    t.equal(refusals.length, 1)
    t.ok(refusals[0]?.error instanceof KeyVerificationFailedError)
    t.match(refusals[0], { previousKeyId: fingerprint(KEY_A), candidateKeyId: fingerprint(KEY_B) })
    t.notMatch(JSON.stringify(log.lines), CANARY)
    script.answer(KEY_C)
    await manager.refreshNow()
    t.equal(manager.keyId, fingerprint(KEY_C), 'the next refresh to a good key installs it')
  })

  t.test('Mistral failing the check installs nothing; the next refresh tries again', async (t) => {
    let down = true
    const { manager, script, log, refusals } = refreshing(async () => {
      if (down) throw outage()
    })
    await manager.start()
    script.answer(KEY_B)
    await manager.refreshNow()
    t.equal(manager.keyId, fingerprint(KEY_A), 'the unverified key is not installed')
    t.same(log.lines, [
      {
        level: 'error',
        obj: {
          keyId: fingerprint(KEY_A),
          candidateKeyId: fingerprint(KEY_B),
          trigger: 'refresh',
          upstream: { kind: 'http', status: 503 },
          upstreamCode: 'FST_MISTRAL_UPSTREAM_ERROR',
        },
        msg: 'mistral key refresh check unavailable',
      },
    ])
    t.ok(refusals[0]?.error instanceof KeyVerificationUnavailableError)
    t.match(refusals[0]?.error, { code: 'FST_MISTRAL_KEY_VERIFICATION_UNAVAILABLE', statusCode: 503 })
    down = false
    await manager.refreshNow()
    t.equal(manager.keyId, fingerprint(KEY_B), 'checked and installed at the next refresh')
  })

  t.test('without a listener, a refused refresh is logged alone', async (t) => {
    const script = scriptedProvider(KEY_A)
    const { manager, log } = setup({
      apiKey: script.provider,
      verify: async () => {
        throw new Unauthorized()
      },
    })
    await manager.start()
    script.answer(KEY_B)
    await manager.refreshNow()
    t.equal(manager.keyId, fingerprint(KEY_A))
    t.same(
      log.lines.map((line) => line.msg),
      ['mistral key refresh refused'],
    )
  })

  t.test('a stale key whose re-read is refused leaves no usable key (fail closed)', async (t) => {
    const { manager, script, clock } = refreshing(async (key) => {
      if (key === KEY_B) throw new Unauthorized()
    })
    await manager.start()
    clock.time += DEFAULT_KEY_MAX_STALE_MS + 1
    script.answer(KEY_B)
    t.ok((await rejection(manager.current())) instanceof KeyUnavailableError)
    t.ok((await rejection(manager.current())) instanceof KeyUnavailableError, 'throttled: the refusal is remembered')
  })

  t.test('after a 401 the re-read key is not checked first: the retry with it is the check', async (t) => {
    const checked: string[] = []
    const { manager, script, clock } = refreshing(async (key) => {
      checked.push(key)
    })
    await manager.start()
    clock.time += 60_000 // past the least time between two reads asked for by calls
    script.answer(KEY_B)
    const call = callRefusing(fingerprint(KEY_A))
    await manager.withKey(call.run, isUnauthorized)
    t.same(call.used, [fingerprint(KEY_A), fingerprint(KEY_B)])
    t.same(checked, [])
  })

  t.test('a rotation during the check wins over the refreshed key, accepted or not', async (t) => {
    for (const accepted of [true, false]) {
      const checks: Array<ReturnType<typeof deferred<void>>> = []
      const { manager, script, refusals } = refreshing((key) => {
        if (key === KEY_C) return Promise.resolve()
        const check = deferred<void>()
        checks.push(check)
        return check.promise
      })
      await manager.start()
      script.answer(KEY_B)
      const refresh = manager.refreshNow()
      await new Promise((resolve) => setImmediate(resolve))
      await manager.rotate(KEY_C)
      if (accepted) checks[0]?.resolve()
      else checks[0]?.reject(new Unauthorized())
      await refresh
      t.equal(manager.keyId, fingerprint(KEY_C), `the rotated key serves (check ${accepted ? 'passed' : 'failed'})`)
      t.same(refusals, [], 'a refresh overtaken by a rotation reports nothing')
    }
  })

  t.test('a read a rotation overtook before it was checked is not checked', async (t) => {
    const checked: string[] = []
    const { manager, script } = refreshing(async (key) => {
      checked.push(key)
    })
    await manager.start()
    const pending = script.hold()
    const refresh = manager.refreshNow()
    await manager.rotate(KEY_C)
    pending.resolve(KEY_B)
    await refresh
    t.same(checked, [KEY_C], 'only the rotation asked Mistral')
    t.equal(manager.keyId, fingerprint(KEY_C))
  })
})

t.test('a rotation Mistral cannot check fails apart from a refused one, and the old key serves', async (t) => {
  const { manager, log } = setup({
    verify: async () => {
      throw new KeyCheckUnavailable({ kind: 'connection' }, 'FST_MISTRAL_UPSTREAM_ERROR')
    },
  })
  const error = await rejection(manager.rotate(KEY_B))
  t.ok(error instanceof KeyVerificationUnavailableError)
  t.match(error, { code: 'FST_MISTRAL_KEY_VERIFICATION_UNAVAILABLE', statusCode: 503 })
  t.match(error.message, /could not check the new API key \(connection\).*old key keeps serving/)
  t.notMatch(error.message, /refused/)
  t.equal((error as KeyVerificationUnavailableError).candidateKeyId, fingerprint(KEY_B))
  t.notMatch(leakText(error), CANARY)
  t.same(manager.current(), { value: KEY_A, keyId: fingerprint(KEY_A) })
  t.same(log.lines, [
    {
      level: 'error',
      obj: {
        keyId: fingerprint(KEY_A),
        candidateKeyId: fingerprint(KEY_B),
        upstream: { kind: 'connection' },
        upstreamCode: 'FST_MISTRAL_UPSTREAM_ERROR',
      },
      msg: 'mistral key rotation check unavailable',
    },
  ])
})
