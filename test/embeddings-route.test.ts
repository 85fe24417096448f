import type { Redis } from 'ioredis'
import t from 'tap'
import { buildApp } from './helpers/app.js'
import { redisSkipReason, sharedRedis } from './helpers/redis.js'

const payload = { model: 'mistral-embed', inputs: ['hello'] }

t.test('the embeddings route is rate limited per user like the chat route, and the refusal is audited', async (t) => {
  const { app, mock, logs } = await buildApp(t, {
    plugin: { embeddingsRoute: {}, identify: async () => 'user-3', rateLimit: { max: 1, timeWindow: 60_000 } },
  })
  const first = await app.inject({ method: 'POST', url: '/api/embeddings', payload })
  t.equal(first.statusCode, 200)
  t.equal(first.headers['x-ratelimit-limit'], '1')
  const second = await app.inject({ method: 'POST', url: '/api/embeddings', payload })
  t.equal(second.statusCode, 429)
  t.equal(second.json().code, 'FST_MISTRAL_RATE_LIMITED')
  t.match(second.headers['retry-after'], /^\d+$/)
  t.equal(mock.requests.filter((request) => request.path === '/v1/embeddings').length, 1, 'the refused call never left')
  const entries = logs.filter((line) => line.msg === 'mistral audit').map((line) => line.audit)
  t.match(entries, [
    { action: 'embeddings.create', userId: 'user-3', statusCode: 200, requestId: /^req-/ },
    {
      action: 'embeddings.create',
      userId: 'user-3',
      statusCode: 429,
      errorCode: 'FST_MISTRAL_RATE_LIMITED',
      requestId: second.json().requestId,
      ipAddress: '127.0.0.1',
    },
  ])
})

t.test('embeddings route entries carry the request id and the caller address', async (t) => {
  const { app, logs } = await buildApp(t, { plugin: { embeddingsRoute: {}, rateLimit: false } })
  const res = await app.inject({ method: 'POST', url: '/api/embeddings', payload, remoteAddress: '10.1.2.3' })
  t.equal(res.statusCode, 200)
  const bad = await app.inject({ method: 'POST', url: '/api/embeddings', payload: { model: 'mistral-embed' } })
  t.equal(bad.statusCode, 400)
  const entries = logs.filter((line) => line.msg === 'mistral audit').map((line) => line.audit)
  t.match(entries, [
    {
      action: 'embeddings.create',
      success: true,
      requestId: /^req-/,
      ipAddress: '10.1.2.3',
      tokensUsed: { total: Number },
    },
    {
      action: 'embeddings.create',
      success: false,
      statusCode: 400,
      errorCode: 'FST_MISTRAL_VALIDATION',
      requestId: bad.json().requestId,
    },
  ])
  t.equal(entries.length, 2, 'one entry per request')
})

const redisMissing = await redisSkipReason()

t.test(
  'with Redis, the chat route, the embeddings route and the gateway count apart',
  { skip: redisMissing },
  async (t) => {
    const { clients, nameSpace } = await sharedRedis(t, 1)
    const redis = clients[0] as Redis
    const { app } = await buildApp(t, {
      plugin: {
        embeddingsRoute: {},
        gateway: { allowUnauthenticated: true },
        rateLimit: { max: 1, timeWindow: 60_000, redis, nameSpace },
      },
    })
    const chat = { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'hi' }] }
    t.equal((await app.inject({ method: 'POST', url: '/api/chat', payload: chat })).statusCode, 200)
    t.equal((await app.inject({ method: 'POST', url: '/api/embeddings', payload })).statusCode, 200)
    t.equal((await app.inject({ url: '/mistral/v1/models' })).statusCode, 200)
    t.equal((await app.inject({ url: '/mistral/v1/models' })).statusCode, 429, 'each endpoint’s own limit still holds')
    const keys = (await redis.keys(`${nameSpace}*`)).sort()
    t.match(keys, [
      new RegExp(`^${nameSpace}embeddings:`),
      new RegExp(`^${nameSpace}gateway:`),
      new RegExp(`^${nameSpace}ip:`),
    ])
  },
)
