import Fastify from 'fastify'
import t from 'tap'
import type { AuditEntry } from '../src/index.js'
import mistralSecure from '../src/index.js'
import { fingerprint } from '../src/keys.js'
import { createMockMistral } from '../src/testing/index.js'
import { buildApp, errorText, forbid, recordOutput, TEST_API_KEY } from './helpers/app.js'

const NEW_KEY = 'rotated-key-CANARY-1b2c3d4e5f6a7b8c'
const REFUSED_KEY = 'refused-key-CANARY-9z8y7x6w5v4u3t2s'
forbid(NEW_KEY)
forbid(REFUSED_KEY)

const goodBody = { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'ping' }] }
const auditEntries = (logs: Array<Record<string, unknown>>) =>
  logs.filter((line) => line.msg === 'mistral audit').map((line) => line.audit as AuditEntry)

t.test('rotation under concurrent load: zero failed requests, new calls on the new key', async (t) => {
  const { app, mock, logs } = await buildApp(t)
  mock.addKey(NEW_KEY)
  mock.fault({ delayMs: 30, times: Number.POSITIVE_INFINITY, path: '/v1/chat' })
  // Three batches told apart by their prompt, not by timing: calls in flight while the key rotates, calls started
  // after the rotation, and calls started after the old key was revoked at Mistral.
  const batch = (name: string) =>
    Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        app.inject({
          method: 'POST',
          url: '/api/chat',
          payload: { ...goodBody, messages: [{ role: 'user', content: `${name} ${i}` }] },
        }),
      ),
    )
  const during = batch('during')
  const rotation = await app.mistral.rotateKey(NEW_KEY)
  const after = batch('after')
  // Calls that started on the old key finish on it; only then is the old key revoked at Mistral.
  const statuses = (await Promise.all([during, after])).flat().map((response) => response.statusCode)
  mock.revokeKey(TEST_API_KEY)
  statuses.push(...(await batch('revoked')).map((response) => response.statusCode))

  t.same(rotation, { previousKeyId: fingerprint(TEST_API_KEY), keyId: fingerprint(NEW_KEY) })
  t.strictSame(statuses, Array(24).fill(200), 'no request failed')
  const verification = mock.requests.find((request) => request.path === '/v1/models')
  t.equal(verification?.headers.authorization, `Bearer ${NEW_KEY}`, 'the new key was verified first')
  const keysOf = (name: string) =>
    mock.requests
      .filter((request) => request.path.startsWith('/v1/chat') && JSON.stringify(request.body).includes(`"${name} `))
      .map((request) => request.headers.authorization)
  t.strictSame(keysOf('after'), Array(8).fill(`Bearer ${NEW_KEY}`), 'calls started after the rotation use the new key')
  t.strictSame(keysOf('revoked'), Array(8).fill(`Bearer ${NEW_KEY}`), 'and so do calls after the revocation')
  const rotateEntries = auditEntries(logs).filter((entry) => entry.action === 'key.rotate')
  t.match(rotateEntries, [
    {
      action: 'key.rotate',
      success: true,
      errorCode: null,
      previousKeyId: fingerprint(TEST_API_KEY),
      keyId: fingerprint(NEW_KEY),
      candidateKeyId: fingerprint(NEW_KEY),
    },
  ])
})

t.test('a key Mistral refuses is not installed: the old key keeps serving', async (t) => {
  const { app, mock, logs } = await buildApp(t)
  const error = await app.mistral.rotateKey(REFUSED_KEY, { userId: 'ops-admin' }).catch((caught: unknown) => caught)
  t.match(error, { code: 'FST_MISTRAL_KEY_VERIFICATION_FAILED' })
  recordOutput(errorText(error))
  const response = await app.inject({ method: 'POST', url: '/api/chat', payload: goodBody })
  t.equal(response.statusCode, 200)
  t.equal(mock.requests.at(-1)?.headers.authorization, `Bearer ${TEST_API_KEY}`)
  t.match(
    auditEntries(logs).filter((entry) => entry.action === 'key.rotate'),
    [
      {
        success: false,
        userId: 'ops-admin',
        errorCode: 'FST_MISTRAL_KEY_VERIFICATION_FAILED',
        previousKeyId: fingerprint(TEST_API_KEY),
        keyId: fingerprint(TEST_API_KEY),
        candidateKeyId: fingerprint(REFUSED_KEY),
      },
    ],
  )
  t.notOk(
    JSON.stringify(error).includes(fingerprint(REFUSED_KEY)),
    'the refused key id stays out of a serialised error',
  )
})

t.test('a rotation whose provider fails records no candidate key', async (t) => {
  const { app, logs } = await buildApp(t)
  const error = await app.mistral
    .rotateKey(async () => {
      throw new Error('secrets manager down')
    })
    .catch((caught: unknown) => caught)
  t.match(error, { code: 'FST_MISTRAL_KEY_PROVIDER_FAILED' })
  t.match(
    auditEntries(logs).filter((entry) => entry.action === 'key.rotate'),
    [{ success: false, keyId: fingerprint(TEST_API_KEY), candidateKeyId: null }],
  )
})

t.test('a key with a bad format is refused before Mistral is asked', async (t) => {
  const { app, mock } = await buildApp(t)
  const error = await app.mistral.rotateKey('too short').catch((caught: unknown) => caught)
  t.match(error, { code: 'FST_MISTRAL_INVALID_API_KEY' })
  t.equal(mock.requests.length, 0)
})

t.test('an async provider supplies the key; a 401 triggers one re-read and a retry', async (t) => {
  let current = TEST_API_KEY
  let reads = 0
  const { app, mock } = await buildApp(t, {
    plugin: {
      apiKey: async () => {
        reads++
        return current
      },
      keyMinFetchIntervalMs: 1,
    },
  })
  t.equal(reads, 1, 'read once at start-up')
  t.equal((await app.inject({ method: 'POST', url: '/api/chat', payload: goodBody })).statusCode, 200)
  // The secret is rotated at the source and the old key revoked before our refresh timer fires.
  current = NEW_KEY
  mock.addKey(NEW_KEY)
  mock.revokeKey(TEST_API_KEY)
  const response = await app.inject({ method: 'POST', url: '/api/chat', payload: goodBody })
  t.equal(response.statusCode, 200, 'the caller never sees the rotation')
  t.same(
    mock.requests.slice(-2).map((request) => request.headers.authorization),
    [`Bearer ${TEST_API_KEY}`, `Bearer ${NEW_KEY}`],
  )
  t.equal(reads, 2)
})

t.test('a 401 with an unchanged provider key is an upstream auth error', async (t) => {
  const { app, mock } = await buildApp(t, { plugin: { apiKey: async () => TEST_API_KEY, keyMinFetchIntervalMs: 1 } })
  mock.revokeKey(TEST_API_KEY)
  const response = await app.inject({ method: 'POST', url: '/api/chat', payload: goodBody })
  t.equal(response.statusCode, 502)
  t.equal(response.json().code, 'FST_MISTRAL_UPSTREAM_AUTH')
})

t.test('a provider that fails at start-up fails registration without its message', async (t) => {
  const app = Fastify()
  t.teardown(() => app.close())
  app.register(mistralSecure, {
    apiKey: async () => {
      throw new Error(`vault said no for ${NEW_KEY}`)
    },
  })
  const error = await app.ready().then(
    () => undefined,
    (caught: unknown) => caught,
  )
  t.match(error, { code: 'FST_MISTRAL_KEY_PROVIDER_FAILED' })
  t.notMatch(errorText(error), NEW_KEY)
  recordOutput(errorText(error))
})

t.test('without apiKey, the active environment’s variable wins over MISTRAL_API_KEY', async (t) => {
  const mock = await createMockMistral({ apiKeys: [TEST_API_KEY] })
  t.teardown(() => mock.close())
  const saved = { ...process.env }
  t.teardown(() => {
    process.env = saved
  })
  process.env.MISTRAL_API_KEY = REFUSED_KEY
  process.env.MISTRAL_API_KEY_PROD = TEST_API_KEY
  const { app } = await buildApp(t, { mock, plugin: { apiKey: undefined, environment: 'production' } })
  await app.mistral.models.list()
  t.equal(mock.requests.at(-1)?.headers.authorization, `Bearer ${TEST_API_KEY}`)
})

t.test('MISTRAL_DEBUG: one warning, and the SDK prints nothing', async (t) => {
  const saved = process.env.MISTRAL_DEBUG
  process.env.MISTRAL_DEBUG = '1'
  t.teardown(() => {
    if (saved === undefined) delete process.env.MISTRAL_DEBUG
    else process.env.MISTRAL_DEBUG = saved
  })
  const printed: string[] = []
  const original = { log: console.log, group: console.group, groupEnd: console.groupEnd }
  console.log = console.group = (...args: unknown[]) => printed.push(args.map(String).join(' '))
  console.groupEnd = () => {}
  t.teardown(() => Object.assign(console, original))
  const { app, logs } = await buildApp(t)
  await app.inject({ method: 'POST', url: '/api/chat', payload: goodBody })
  await app.mistral.models.list()
  Object.assign(console, original)
  recordOutput(printed.join('\n'))
  t.same(printed, [], 'nothing on the console')
  t.equal(
    logs.filter((line) => line.level === 40 && String(line.msg).includes('MISTRAL_DEBUG')).length,
    1,
    'one warning',
  )
})

/** A key that is also a valid identifier: what a careless error code or name check would let through. */
const IDENTIFIER_KEY = 'CANARYidentKey0123456789abcdefXY'
forbid(IDENTIFIER_KEY)

/** What a secrets-manager client might throw: the key in every field a logger or a host could print. */
function errorHoldingKey(key: string): Error {
  const error = new Error(`denied: ${key}`, { cause: { secret: key } })
  Object.assign(error, { code: key, name: key, secret: key })
  error.stack = `${key}\n    at provider`
  return error
}

function deferred<T>() {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((res) => {
    resolve = res
  })
  return { promise, resolve }
}

t.test('key provider errors: the key appears in no start-up error, log line or rotateKey error', async (t) => {
  // Start-up: the provider throws an error holding the key in its code, name, message, cause and stack.
  const failing = Fastify()
  t.teardown(() => failing.close())
  failing.register(mistralSecure, {
    apiKey: async () => {
      throw errorHoldingKey(IDENTIFIER_KEY)
    },
  })
  const startError = await failing.ready().then(
    () => undefined,
    (caught: unknown) => caught,
  )
  t.match(startError, { code: 'FST_MISTRAL_KEY_PROVIDER_FAILED' })
  t.match((startError as Error).message, 'from the apiKey provider (Error)', 'only the class is named')
  t.notMatch(errorText(startError), IDENTIFIER_KEY)
  recordOutput(errorText(startError))

  // A refresh after an upstream 401: the failure is logged with the class only.
  let fail = false
  const { app, mock, logs } = await buildApp(t, {
    plugin: {
      apiKey: async () => {
        if (fail) throw errorHoldingKey(IDENTIFIER_KEY)
        return TEST_API_KEY
      },
      keyMinFetchIntervalMs: 1,
    },
  })
  fail = true
  mock.revokeKey(TEST_API_KEY)
  const response = await app.inject({ method: 'POST', url: '/api/chat', payload: goodBody })
  t.equal(response.json().code, 'FST_MISTRAL_UPSTREAM_AUTH')
  t.match(
    logs.filter((line) => line.msg === 'mistral key refresh failed'),
    [{ reason: 'Error', trigger: 'upstream_401' }],
  )

  // rotateKey with a failing provider, and with a key Mistral refuses (the rotation-refused line).
  const rotateError = await app.mistral
    .rotateKey(async () => {
      throw errorHoldingKey(IDENTIFIER_KEY)
    })
    .catch((caught: unknown) => caught)
  t.match(rotateError, { code: 'FST_MISTRAL_KEY_PROVIDER_FAILED' })
  t.match((rotateError as Error).message, 'from the provider given to rotateKey (Error)')
  recordOutput(errorText(rotateError))
  const verifyError = await app.mistral.rotateKey(IDENTIFIER_KEY).catch((caught: unknown) => caught)
  t.match(verifyError, { code: 'FST_MISTRAL_KEY_VERIFICATION_FAILED' })
  recordOutput(errorText(verifyError))
  t.equal(logs.filter((line) => line.msg === 'mistral key rotation refused').length, 1)
  t.notMatch(JSON.stringify(logs), IDENTIFIER_KEY, 'checked here too; the file-wide canary check covers it again')
})

t.test('keys that cannot travel in a header are refused at start-up and by rotateKey', async (t) => {
  const unusable = [
    `${TEST_API_KEY}\u0000`,
    `${TEST_API_KEY}\u007f`,
    `${TEST_API_KEY}\u001b[0m`,
    `${TEST_API_KEY}é`,
    `${TEST_API_KEY}\u2028`,
    `\ufeff${TEST_API_KEY}`,
  ]
  // Labels by index: a line separator in a test name would break tap's own output.
  for (const [index, key] of unusable.entries()) {
    const app = Fastify()
    t.teardown(() => app.close())
    app.register(mistralSecure, { apiKey: key })
    const error = await app.ready().then(
      () => undefined,
      (caught: unknown) => caught,
    )
    t.match(error, { code: 'FST_MISTRAL_INVALID_API_KEY' }, `start-up: key ${index}`)
    recordOutput(errorText(error))
  }
  const { app, mock } = await buildApp(t)
  for (const [index, key] of unusable.entries()) {
    const error = await app.mistral.rotateKey(key).catch((caught: unknown) => caught)
    t.match(error, { code: 'FST_MISTRAL_INVALID_API_KEY' }, `rotateKey: key ${index}`)
    const fromProvider = await app.mistral.rotateKey(async () => key).catch((caught: unknown) => caught)
    t.match(fromProvider, { code: 'FST_MISTRAL_INVALID_API_KEY' })
    recordOutput(errorText(error) + errorText(fromProvider))
  }
  t.equal(mock.requests.length, 0, 'Mistral was never asked')
  t.equal((await app.inject({ method: 'POST', url: '/api/chat', payload: goodBody })).statusCode, 200)
})

t.test(
  'overlapping rotateKey calls: the last one asked for serves, and the entries record real transitions',
  async (t) => {
    const SECOND_KEY = 'second-key-CANARY-5d6e7f8a9b0c1d2e3f'
    forbid(SECOND_KEY)
    const { app, mock, logs } = await buildApp(t)
    mock.addKey(NEW_KEY)
    mock.addKey(SECOND_KEY)
    // The first rotation's key is slow to arrive; the second is given at once.
    const slow = deferred<string>()
    const first = app.mistral.rotateKey(() => slow.promise)
    const second = app.mistral.rotateKey(SECOND_KEY)
    await new Promise((resolve) => setImmediate(resolve))
    slow.resolve(NEW_KEY)
    t.same(await first, { previousKeyId: fingerprint(TEST_API_KEY), keyId: fingerprint(NEW_KEY) })
    t.same(await second, { previousKeyId: fingerprint(NEW_KEY), keyId: fingerprint(SECOND_KEY) })

    await app.inject({ method: 'POST', url: '/api/chat', payload: goodBody })
    t.equal(mock.requests.at(-1)?.headers.authorization, `Bearer ${SECOND_KEY}`, 'the last rotation is in service')
    t.match(
      auditEntries(logs).filter((entry) => entry.action === 'key.rotate'),
      [
        { success: true, previousKeyId: fingerprint(TEST_API_KEY), keyId: fingerprint(NEW_KEY) },
        { success: true, previousKeyId: fingerprint(NEW_KEY), keyId: fingerprint(SECOND_KEY) },
      ],
    )
  },
)

t.test(
  'past keyMaxStaleMs without a good provider key, calls fail closed with 503 and reach no upstream',
  async (t) => {
    let fail = false
    const { app, mock, logs } = await buildApp(t, {
      plugin: {
        apiKey: async () => {
          if (fail) throw new Error('vault unreachable')
          return TEST_API_KEY
        },
        keyRefreshMs: 1,
        keyMaxStaleMs: 1,
      },
    })
    fail = true
    // Longer than keyMaxStaleMs: the key read at start-up is stale, whatever the refresh timer did meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 10))
    const error = await app.mistral.models.list().catch((caught: unknown) => caught)
    t.match(error, { code: 'FST_MISTRAL_KEY_UNAVAILABLE', statusCode: 503 })
    t.equal(mock.requests.length, 0, 'no call went out without a key')
    t.equal(logs.filter((line) => line.msg === 'mistral upstream call failed').length, 0, 'not an upstream failure')
  },
)
