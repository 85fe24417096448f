import { randomUUID } from 'node:crypto'
import { mock as fakeTime } from 'node:test'
import fastifyRateLimit from '@fastify/rate-limit'
import type { LightMyRequestResponse } from 'fastify'
import Fastify from 'fastify'
import type { Redis } from 'ioredis'
import t from 'tap'
import mistralSecure from '../src/index.js'
import { createMockMistral } from '../src/testing/index.js'
import { buildApp, TEST_API_KEY } from './helpers/app.js'
import { brokenRedis, connectRedis, redisSkipReason } from './helpers/redis.js'

// Several instances sharing one limit need Redis: probed before any test is declared (see the leak check).
const redisMissing = await redisSkipReason()

const goodBody = { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'Hello there' }] }
const errorShape = { statusCode: Number, code: String, error: String, message: String, requestId: String }
const byHeader = (request: { headers: Record<string, unknown> }) => {
  const id = request.headers['x-user-id']
  return typeof id === 'string' ? id : null
}
const chat = (user?: string) => ({
  method: 'POST' as const,
  url: '/api/chat',
  payload: goodBody,
  ...(user !== undefined && { headers: { 'x-user-id': user } }),
})
const statuses = (responses: LightMyRequestResponse[]) => responses.map((response) => response.statusCode)

t.test(
  'on by default: 60 requests per minute, then 429 FST_MISTRAL_RATE_LIMITED with the standard headers',
  async (t) => {
    const { app, mock } = await buildApp(t, { plugin: { identify: byHeader } })
    for (let i = 1; i <= 60; i++) {
      const response = await app.inject(chat('alice'))
      t.equal(response.statusCode, 200, `request ${i} passes`)
      if (i === 1 || i === 60) {
        t.equal(response.headers['x-ratelimit-limit'], '60')
        t.equal(response.headers['x-ratelimit-remaining'], String(60 - i))
        t.match(response.headers['x-ratelimit-reset'], i === 1 ? '60' : /^[1-9]\d*$/)
      }
    }
    const refused = await app.inject(chat('alice'))
    t.equal(refused.statusCode, 429)
    t.same(Object.keys(refused.json()).sort(), ['code', 'error', 'message', 'requestId', 'statusCode'])
    t.match(refused.json(), {
      ...errorShape,
      statusCode: 429,
      code: 'FST_MISTRAL_RATE_LIMITED',
      error: 'Too Many Requests',
      requestId: refused.headers['request-id'] ?? String,
    })
    t.equal(refused.headers['x-ratelimit-limit'], '60')
    t.equal(refused.headers['x-ratelimit-remaining'], '0')
    t.match(refused.headers['x-ratelimit-reset'], /^[1-9]\d*$/)
    t.match(refused.headers['retry-after'], /^[1-9]\d*$/)
    t.ok(Number(refused.headers['retry-after']) <= 60)
    t.equal(mock.requests.length, 60, 'the refused request never reached Mistral')
  },
)

t.test('the key is the user from identify, else the client IP', async (t) => {
  const { app, mock } = await buildApp(t, { plugin: { identify: byHeader, rateLimit: { max: 2 } } })
  t.same(statuses([await app.inject(chat('alice')), await app.inject(chat('alice'))]), [200, 200])
  t.equal((await app.inject(chat('alice'))).statusCode, 429, 'alice is over her limit')
  t.equal((await app.inject(chat('bob'))).statusCode, 200, 'bob has his own')
  // Anonymous callers are limited per IP, apart from identified users on that IP.
  const anonymous = (ip: string) => ({ ...chat(), remoteAddress: ip })
  t.same(statuses([await app.inject(anonymous('10.0.0.1')), await app.inject(anonymous('10.0.0.1'))]), [200, 200])
  t.equal((await app.inject(anonymous('10.0.0.1'))).statusCode, 429)
  t.equal((await app.inject(anonymous('10.0.0.2'))).statusCode, 200, 'another IP has its own limit')
  t.equal(mock.requests.length, 6)
})

t.test('users and IPs have separate buckets, so a user id cannot take an IP’s quota', async (t) => {
  const { app } = await buildApp(t, { plugin: { identify: byHeader, rateLimit: { max: 1 } } })
  const asUser = { ...chat('10.0.0.1'), remoteAddress: '127.0.0.1' }
  const anonymous = { ...chat(), remoteAddress: '10.0.0.1' }
  t.same(statuses([await app.inject(asUser), await app.inject(anonymous)]), [200, 200])
  t.same(statuses([await app.inject(asUser), await app.inject(anonymous)]), [429, 429])
})

t.test('requests refused for their body consume no quota; the window resets', async (t) => {
  // The in-memory store reads Date.now(): a fake clock makes the window end when the test says so.
  fakeTime.timers.enable({ apis: ['Date'], now: Date.now() })
  t.teardown(() => fakeTime.timers.reset())
  const { app, mock } = await buildApp(t, { plugin: { identify: byHeader, rateLimit: { max: 1, timeWindow: 60_000 } } })
  for (let i = 0; i < 3; i++) {
    const invalid = await app.inject({ ...chat('carol'), payload: { model: 'mistral-small-latest' } })
    t.equal(invalid.statusCode, 400)
    t.equal(invalid.headers['x-ratelimit-limit'], undefined, 'the limiter did not run')
  }
  t.equal((await app.inject(chat('carol'))).statusCode, 200)
  t.equal((await app.inject(chat('carol'))).statusCode, 429)
  fakeTime.timers.tick(59_999)
  t.equal((await app.inject(chat('carol'))).statusCode, 429, 'still the same window 1 ms before its end')
  fakeTime.timers.tick(1)
  t.equal((await app.inject(chat('carol'))).statusCode, 200, 'a new window')
  t.equal(mock.requests.length, 2)
})

t.test('the 429 is recorded as the request’s error code', async (t) => {
  const { app, logs } = await buildApp(t, { plugin: { rateLimit: { max: 1 } } })
  await app.inject(chat())
  await app.inject(chat())
  const codes = logs
    .filter((line) => line.msg === 'mistral audit')
    .map((line) => (line.audit as { errorCode: unknown }).errorCode)
  t.same(codes, [null, 'FST_MISTRAL_RATE_LIMITED'])
})

t.test('only the chat route is limited: the host’s other routes are untouched', async (t) => {
  const { app } = await buildApp(t, { plugin: { rateLimit: { max: 1 } } })
  app.get('/other', async () => ({ ok: true }))
  app.post('/api/other', async () => ({ ok: true }))
  t.equal((await app.inject(chat())).statusCode, 200)
  t.equal((await app.inject(chat())).statusCode, 429)
  for (let i = 0; i < 5; i++) {
    const other = await app.inject({ method: 'GET', url: '/other' })
    t.equal(other.statusCode, 200)
    t.equal(other.headers['x-ratelimit-limit'], undefined)
    t.equal((await app.inject({ method: 'POST', url: '/api/other', payload: {} })).statusCode, 200)
  }
  t.notOk(app.hasDecorator('rateLimit'), 'the limiter is not decorated on the host app')
})

t.test('rateLimit: false turns it off', async (t) => {
  const { app, mock } = await buildApp(t, { plugin: { rateLimit: false } })
  const responses = await Promise.all(Array.from({ length: 70 }, () => app.inject(chat())))
  t.same(new Set(statuses(responses)), new Set([200]))
  t.equal(responses[0]?.headers['x-ratelimit-limit'], undefined)
  t.equal(mock.requests.length, 70)
})

t.test('invalid rateLimit options fail start-up with FST_MISTRAL_INVALID_OPTION', async (t) => {
  const cases: Array<[string, unknown, string]> = [
    ['max zero', { max: 0 }, 'rateLimit.max'],
    ['max not an integer', { max: 1.5 }, 'rateLimit.max'],
    ['timeWindow a string', { timeWindow: '1 minute' }, 'rateLimit.timeWindow'],
    ['redis not a client', { redis: { url: 'redis://x' } }, 'rateLimit.redis'],
    ['redis null', { redis: null }, 'rateLimit.redis'],
    ['empty nameSpace', { nameSpace: '' }, 'rateLimit.nameSpace'],
    ['unknown field', { hook: 'onRequest' }, 'rateLimit.hook'],
    ['true', true, 'rateLimit'],
  ]
  for (const [name, rateLimit, path] of cases) {
    const app = Fastify()
    await t.rejects(
      async () => {
        await app.register(mistralSecure, { apiKey: TEST_API_KEY, rateLimit: rateLimit as never })
      },
      // zod reports a union's failure at the union ("rateLimit") unless one branch clearly applies.
      { code: 'FST_MISTRAL_INVALID_OPTION', message: new RegExp(`"(${path.replace('.', '\\.')}|rateLimit)"`) },
      name,
    )
    await app.close()
  }
})

t.test('fail closed: when the store fails, requests get 503 and Mistral is never called', async (t) => {
  const redis = await brokenRedis(t)
  const { app, mock, logs } = await buildApp(t, { plugin: { rateLimit: { max: 100, redis } } })
  for (let i = 0; i < 3; i++) {
    const response = await app.inject(chat())
    t.equal(response.statusCode, 503)
    t.same(Object.keys(response.json()).sort(), ['code', 'error', 'message', 'requestId', 'statusCode'])
    t.match(response.json(), {
      ...errorShape,
      statusCode: 503,
      code: 'FST_MISTRAL_RATE_LIMIT_UNAVAILABLE',
      error: 'Service Unavailable',
    })
    t.notMatch(response.body, /stream|writeable|redis|ECONNREFUSED/i, 'the store’s own error is not shown')
  }
  t.equal(mock.requests.length, 0)
  const line = logs.find((entry) => entry.msg === 'mistral chat rate limit store failed; request refused')
  t.ok(line, 'operators see why')
  t.equal(line?.level, 50)
})

t.test('with Redis, two instances share one limit under concurrent load', { skip: redisMissing }, async (t) => {
  const nameSpace = `fms-test-${randomUUID()}:`
  const clients = [await connectRedis(), await connectRedis()] as Redis[]
  t.teardown(async () => {
    const keys = await (clients[0] as Redis).keys(`${nameSpace}*`)
    if (keys.length > 0) await (clients[0] as Redis).del(...keys)
    for (const client of clients) client.disconnect()
  })
  const mock = await createMockMistral({ apiKeys: [TEST_API_KEY] })
  t.teardown(() => mock.close())
  const apps = await Promise.all(
    clients.map(
      async (redis) =>
        (await buildApp(t, { mock, plugin: { identify: byHeader, rateLimit: { max: 10, redis, nameSpace } } })).app,
    ),
  )
  const responses = await Promise.all(
    Array.from({ length: 30 }, (_, i) => (apps[i % 2] as (typeof apps)[number]).inject(chat('dave'))),
  )
  const ok = responses.filter((response) => response.statusCode === 200)
  const limited = responses.filter((response) => response.statusCode === 429)
  t.equal(ok.length, 10, 'exactly max requests pass, across both instances')
  t.equal(limited.length, 20)
  t.ok(
    responses.filter((_, i) => i % 2 === 0).some((response) => response.statusCode === 200) &&
      responses.filter((_, i) => i % 2 === 1).some((response) => response.statusCode === 429),
    'both instances took part',
  )
  for (const response of limited) {
    t.equal(response.json().code, 'FST_MISTRAL_RATE_LIMITED')
    t.equal(response.headers['x-ratelimit-limit'], '10')
    t.equal(response.headers['x-ratelimit-remaining'], '0')
    t.ok(response.headers['retry-after'])
  }
  t.same(
    ok.map((response) => response.headers['x-ratelimit-remaining']).sort((a, b) => Number(a) - Number(b)),
    ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
    'each passing request saw its own count',
  )
  t.equal(mock.requests.length, 10, 'Mistral saw only the requests that passed')
  const keys = await (clients[0] as Redis).keys(`${nameSpace}*`)
  t.same(keys, [`${nameSpace}user:dave`], 'the counter lives in Redis under the name space, keyed by user')
})

t.test('anonymous IPv6 callers are limited by /64, IPv4 callers by address', async (t) => {
  const { ipGroup } = await import('../src/routes/rate-limit.js')
  t.equal(ipGroup('203.0.113.9'), '203.0.113.9')
  t.equal(ipGroup('::ffff:203.0.113.9'), '203.0.113.9', 'IPv4-mapped IPv6 is IPv4')
  t.equal(ipGroup('2001:db8:0:1:aaaa:bbbb:cccc:dddd'), '2001:db8:0:1::/64')
  t.equal(ipGroup('2001:DB8:0000:0001::1'), '2001:db8:0:1::/64', 'case and leading zeros do not matter')
  t.equal(ipGroup('2001:db8::1'), '2001:db8:0:0::/64', 'a :: in the middle is expanded')
  t.equal(ipGroup('::1'), '0:0:0:0::/64', 'a leading ::')
  t.equal(ipGroup('fe80::'), 'fe80:0:0:0::/64', 'a trailing ::')

  const { app } = await buildApp(t, { plugin: { rateLimit: { max: 1, timeWindow: 60_000 } } })
  const send = (remoteAddress: string) =>
    app.inject({
      method: 'POST',
      url: '/api/chat',
      remoteAddress,
      payload: { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'hi' }] },
    })
  t.equal((await send('2001:db8:0:1::a')).statusCode, 200)
  t.equal((await send('2001:db8:0:1::b')).statusCode, 429, 'another address of the same /64 shares the quota')
  t.equal((await send('2001:db8:0:2::a')).statusCode, 200, 'another /64 has its own')
})

for (const order of ['before', 'after'] as const) {
  for (const global of [true, false]) {
    t.test(
      `the host’s own @fastify/rate-limit registered ${order} the plugin (global: ${global}) leaves the route’s limit whole`,
      { skip: redisMissing },
      async (t) => {
        const nameSpace = `fms-test-host-${randomUUID()}:`
        const redis = (await connectRedis()) as Redis
        t.teardown(async () => {
          const keys = await redis.keys(`${nameSpace}*`)
          if (keys.length > 0) await redis.del(...keys)
          redis.disconnect()
        })
        const { app, mock } = await buildApp(t, { register: false })
        // The host's limiter: generous, one bucket for everyone, its own 429 shape.
        const hostLimiter = () =>
          app.register(fastifyRateLimit, { global, max: 1000, timeWindow: 60_000, keyGenerator: () => 'everyone' })
        const plugin = (redisClient: Redis) =>
          app.register(mistralSecure, {
            apiKey: TEST_API_KEY,
            serverURL: mock.url,
            identify: byHeader,
            rateLimit: { max: 2, redis: redisClient, nameSpace },
          })
        if (order === 'before') await hostLimiter()
        await plugin(redis)
        if (order === 'after') await hostLimiter()
        app.get('/host', async () => 'ok')

        const alice = [
          await app.inject(chat('alice')),
          await app.inject(chat('alice')),
          await app.inject(chat('alice')),
        ]
        t.same(statuses(alice), [200, 200, 429], 'the route’s max, not the host’s')
        t.equal(alice[0]?.headers['x-ratelimit-limit'], '2')
        t.equal(alice[1]?.headers['x-ratelimit-remaining'], '0')
        t.match(alice[2]?.json(), { ...errorShape, statusCode: 429, code: 'FST_MISTRAL_RATE_LIMITED' })
        t.match(alice[2]?.headers['retry-after'], /^[1-9]\d*$/)
        t.equal((await app.inject(chat('bob'))).statusCode, 200, 'per user, not the host’s one bucket')
        t.same(
          (await redis.keys(`${nameSpace}*`)).sort(),
          [`${nameSpace}user:alice`, `${nameSpace}user:bob`],
          'the counters live in the route’s Redis store',
        )
        const host = await app.inject({ method: 'GET', url: '/host' })
        t.equal(
          host.headers['x-ratelimit-limit'],
          global ? '1000' : undefined,
          'the host’s own routes keep its limiter',
        )
        t.equal(mock.requests.length, 3)
      },
    )
  }
}

t.test('with the host’s global limiter registered first, a failing route store still fails closed', async (t) => {
  const { app, mock } = await buildApp(t, { register: false })
  await app.register(fastifyRateLimit, { global: true, max: 1000, timeWindow: 60_000 })
  await app.register(mistralSecure, {
    apiKey: TEST_API_KEY,
    serverURL: mock.url,
    rateLimit: { max: 100, redis: await brokenRedis(t) },
  })
  const response = await app.inject(chat())
  t.equal(response.statusCode, 503)
  t.equal(response.json().code, 'FST_MISTRAL_RATE_LIMIT_UNAVAILABLE')
  t.equal(mock.requests.length, 0)
})
