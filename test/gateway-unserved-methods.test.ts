import { METHODS } from 'node:http'
import t from 'tap'
import mistralSecure from '../src/index.js'
import { buildApp, TEST_API_KEY } from './helpers/app.js'
import { auditEntries } from './helpers/gateway.js'

/**
 * Every request under the gateway's prefix that no endpoint serves, whatever its method (any Node parses, known to
 * Fastify's router or not), is the gateway's: 405 with allow on a served path, 404 elsewhere, after authenticate,
 * one gateway.unsupported entry. The host's router keeps its own set of methods, and its routes under the prefix.
 */

// CONNECT never reaches a route (Node hands it to the server's 'connect' event).
const ROUTED = METHODS.filter((method) => method !== 'CONNECT')

t.test('any method: 405 on a served path with its allow, 404 elsewhere, each audited', async (t) => {
  const { app, mock, logs } = await buildApp(t, { plugin: { gateway: { allowUnauthenticated: true } } })
  const methodsBefore = [...app.supportedMethods].sort()
  let requests = 0
  for (const method of ROUTED) {
    for (const [url, allow] of [
      ['/mistral/v1/chat/completions', 'POST'],
      ['/mistral/v1/models', 'GET, HEAD'],
    ] as const) {
      const res = await app.inject({ method: method as 'GET', url, headers: { 'content-type': 'application/json' } })
      requests++
      if (allow.split(', ').includes(method)) continue
      t.equal(res.statusCode, 405, `${method} ${url}`)
      t.equal(res.headers.allow, allow)
    }
    const unserved = await app.inject({ method: method as 'GET', url: '/mistral/v1/fim/completions' })
    requests++
    t.equal(unserved.statusCode, 404, `${method} on an unserved path`)
    if (method !== 'HEAD') t.equal(unserved.json().code, 'FST_MISTRAL_UNSUPPORTED_ENDPOINT')
  }
  t.ok(
    mock.requests.every((request) => request.method === 'GET' && request.path === '/v1/models'),
    'only the served model listings reached Mistral',
  )
  t.equal(auditEntries(logs).length, requests, 'one entry per request')
  t.same([...app.supportedMethods].sort(), methodsBefore, 'the host’s router knows no new method')
})

t.test(
  'the bare prefix is the gateway’s too; paths beside it and the host’s own routes under it are not',
  async (t) => {
    const { app, logs } = await buildApp(t, { register: false })
    app.get('/mistral/health', async () => ({ ok: true }))
    await app.register(mistralSecure, { apiKey: TEST_API_KEY, gateway: { allowUnauthenticated: true } })
    t.equal((await app.inject({ method: 'GET', url: '/mistral/health' })).statusCode, 200, 'the host’s route')
    const bare = await app.inject({ method: 'SEARCH' as 'GET', url: '/mistral' })
    t.equal(bare.statusCode, 404)
    t.equal(bare.json().code, 'FST_MISTRAL_UNSUPPORTED_ENDPOINT')
    const beside = await app.inject({ method: 'SEARCH' as 'GET', url: '/mistralx/v1/models' })
    t.equal(beside.statusCode, 404)
    t.notOk(beside.body.includes('FST_MISTRAL'), 'the host’s 404 answers outside the prefix')
    t.same(
      auditEntries(logs).map((entry) => entry.action),
      ['gateway.unsupported'],
      'one entry, for the request under the prefix',
    )
  },
)

t.test('an OPTIONS route of the host (CORS) still answers under the prefix', async (t) => {
  const { app, logs } = await buildApp(t, { register: false })
  app.options('*', async (_request, reply) => reply.code(204).send())
  await app.register(mistralSecure, { apiKey: TEST_API_KEY, gateway: { allowUnauthenticated: true } })
  const res = await app.inject({ method: 'OPTIONS', url: '/mistral/v1/chat/completions' })
  t.equal(res.statusCode, 204)
  t.equal(auditEntries(logs).length, 0, 'not the gateway’s request')
})

t.test('under a host prefix: actions, refusals and authenticate as at the root', async (t) => {
  let asked = 0
  const { app, logs, mock } = await buildApp(t, { register: false })
  await app.register(
    async (api) => {
      await api.register(mistralSecure, {
        apiKey: TEST_API_KEY,
        serverURL: mock.url,
        gateway: {
          authenticate: (request) => {
            asked++
            return request.headers.authorization === 'Bearer ok'
          },
        },
      })
    },
    { prefix: '/api' },
  )
  const headers = { authorization: 'Bearer ok' }
  t.equal((await app.inject({ method: 'GET', url: '/api/mistral/v1/models', headers })).statusCode, 200)
  const search = await app.inject({ method: 'SEARCH' as 'GET', url: '/api/mistral/v1/models', headers })
  t.equal(search.statusCode, 405)
  t.equal((await app.inject({ method: 'PROPFIND' as 'GET', url: '/api/mistral/v1/files' })).statusCode, 401)
  t.equal(asked, 3, 'authenticate asked each time')
  t.same(
    auditEntries(logs).map((entry) => entry.action),
    ['gateway.models', 'gateway.unsupported', 'gateway.unsupported'],
  )
})

t.test('the gateway’s own limiter does not count a refused method', async (t) => {
  const { app } = await buildApp(t, {
    plugin: { gateway: { allowUnauthenticated: true }, rateLimit: { max: 1, timeWindow: 60_000 } },
  })
  for (let i = 0; i < 3; i++) {
    const res = await app.inject({ method: 'LOCK' as 'GET', url: '/mistral/v1/models' })
    t.equal(res.statusCode, 405)
    t.equal(res.headers['x-ratelimit-remaining'], undefined)
  }
  t.equal((await app.inject({ method: 'GET', url: '/mistral/v1/models' })).statusCode, 200)
})
