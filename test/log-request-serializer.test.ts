import Fastify, { type FastifyRequest } from 'fastify'
import t from 'tap'
import mistralSecure from '../src/index.js'
import { createMockMistral } from '../src/testing/index.js'
import { buildApp, forbid, TEST_API_KEY } from './helpers/app.js'
import { tokenAuth, USER_TOKEN } from './helpers/gateway.js'

/**
 * A host whose root logger serializes requests with their headers (Fastify's documented `req` serializer) gets the
 * credential headers censored in the plugin's scopes (chat route, embeddings route, gateway): its serializer still
 * runs, its other fields are kept, and the request itself keeps its headers (the gateway's authentication reads
 * them). The host's own routes log as the host configured them.
 */

const CREDENTIALS = {
  'proxy-authorization': 'Basic cHJveHktdXNlcjpwcm94eS1DQU5BUlktOWUx',
  cookie: 'session=cookie-CANARY-41d7b2',
  'x-api-key': 'x-api-key-CANARY-0c6f3a',
}
for (const value of Object.values(CREDENTIALS)) forbid(value)
const headers = { authorization: `Bearer ${USER_TOKEN}`, ...CREDENTIALS, 'x-trace': 'trace-kept-5' }

const requestWithHeaders = (request: unknown) => {
  const { method, url, headers } = request as FastifyRequest
  return { method, url, headers }
}
const chat = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'hello' }] }
const embeddings = { model: 'mistral-embed', inputs: ['hello'] }

const incoming = (logs: Array<Record<string, unknown>>, url: string) =>
  logs.find((line) => line.msg === 'incoming request' && (line.req as { url?: string } | undefined)?.url === url)
    ?.req as { method?: string; headers?: Record<string, string> } | undefined

t.test("every scope of the plugin censors credentials in the host's req serializer output", async (t) => {
  const { app, logs } = await buildApp(t, {
    serializers: { req: requestWithHeaders },
    plugin: { ...tokenAuth(), embeddingsRoute: {} },
  })
  const calls: Array<[string, object]> = [
    ['/api/chat', chat],
    ['/api/embeddings', embeddings],
    ['/mistral/v1/chat/completions', chat],
    ['/mistral/v1/embeddings', { model: 'mistral-embed', input: ['hello'] }],
  ]
  for (const [url, payload] of calls) {
    const response = await app.inject({ method: 'POST', url, headers, payload })
    t.equal(response.statusCode, 200, `${url}: the request still carries its credentials (authenticated)`)
    const logged = incoming(logs, url)
    t.match(
      logged,
      {
        method: 'POST',
        headers: {
          authorization: '[REDACTED]',
          'proxy-authorization': '[REDACTED]',
          cookie: '[REDACTED]',
          'x-api-key': '[REDACTED]',
          'x-trace': 'trace-kept-5',
        },
      },
      `${url}: the host's serializer ran, its credential headers censored`,
    )
  }
})

t.test("the host's own routes keep the host's serializer as it is", async (t) => {
  const hostToken = 'host-route-visible-marker'
  const { app, logs } = await buildApp(t, { serializers: { req: requestWithHeaders } })
  app.get('/host', async () => 'ok')
  await app.inject({ method: 'GET', url: '/host', headers: { authorization: hostToken } })
  t.match(incoming(logs, '/host'), { headers: { authorization: hostToken } })
})

t.test('whatever the host serializer returns, no headers, or not an object, is logged as it returns it', async (t) => {
  for (const returned of ['a request', null, { only: 'fields' }]) {
    const { app, logs } = await buildApp(t, { serializers: { req: () => returned } })
    await app.inject({ method: 'POST', url: '/api/chat', payload: chat })
    const line = logs.find((entry) => entry.msg === 'incoming request')
    t.same(line?.req, returned, JSON.stringify(returned))
  }
})

t.test("a route's own logSerializers (set by a host onRoute hook) are censored too", async (t) => {
  const { app, logs } = await buildApp(t, { register: false })
  app.addHook('onRoute', (route) => {
    route.logSerializers = { req: (request) => ({ ...requestWithHeaders(request), from: 'route' }) }
  })
  const mock = await createMockMistral({ apiKeys: [TEST_API_KEY] })
  t.teardown(() => mock.close())
  await app.register(mistralSecure, { apiKey: TEST_API_KEY, serverURL: mock.url })
  await app.inject({ method: 'POST', url: '/api/chat', headers, payload: chat })
  t.match(incoming(logs, '/api/chat'), {
    from: 'route',
    headers: { authorization: '[REDACTED]', cookie: '[REDACTED]' },
  })
})

t.test('a host logger without pino serializers gets no req serializer of the plugin', async (t) => {
  const lines: Array<[string, unknown]> = []
  const logger = {
    level: 'info',
    child: () => logger,
    info: (...args: unknown[]) => lines.push(['info', args[0]]),
    error: () => undefined,
    warn: () => undefined,
    debug: () => undefined,
    fatal: () => undefined,
    trace: () => undefined,
    silent: () => undefined,
  }
  const mock = await createMockMistral({ apiKeys: [TEST_API_KEY] })
  t.teardown(() => mock.close())
  const app = Fastify({ loggerInstance: logger as never })
  t.teardown(() => app.close())
  await app.register(mistralSecure, { apiKey: TEST_API_KEY, serverURL: mock.url })
  const response = await app.inject({ method: 'POST', url: '/api/chat', payload: chat })
  t.equal(response.statusCode, 200)
  t.ok(
    lines.some(([, fields]) => (fields as { audit?: unknown } | undefined)?.audit),
    'the audit entry is written',
  )
})
