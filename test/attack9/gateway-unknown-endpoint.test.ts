import t from 'tap'
import { buildApp } from '../helpers/app.js'
import { auditEntries, buildGateway, tokenAuth, USER_TOKEN } from '../helpers/gateway.js'

/**
 * docs/gateway.md: "Every error is one JSON object in Mistral's shape, with the plugin's code and the request id";
 * docs/audit.md: every request to the gateway writes exactly one audit entry. A caller of the official SDK pointed at
 * the gateway reaches endpoints it does not serve (FIM, agents, files, conversations, a model by id) or a served one
 * with the wrong method: Fastify's own 404 answers (`{"message":"Route POST:/mistral/v1/fim/completions not found"}`),
 * without the plugin's code or Mistral's shape, without `authenticate` having run, and nothing is audited.
 */

// A served path asked with another method is a 405 with `allow` (RFC 9110 §15.5.6), not a 404: the path exists.
const CALLS: Array<[string, string, unknown, number]> = [
  ['POST', '/mistral/v1/fim/completions', { model: 'codestral-latest', prompt: 'def f(' }, 404],
  ['POST', '/mistral/v1/agents/completions', { agent_id: 'a', messages: [{ role: 'user', content: 'hi' }] }, 404],
  ['GET', '/mistral/v1/files', undefined, 404],
  ['GET', '/mistral/v1/models/mistral-small-latest', undefined, 404],
  ['GET', '/mistral/v1/chat/completions', undefined, 405],
]

t.test('an endpoint the gateway does not serve: Mistral-shaped error with a plugin code, audited once', async (t) => {
  const { app, logs } = await buildGateway(t)
  for (const [method, url, payload, status] of CALLS) {
    const before = auditEntries(logs).length
    const response = await app.inject({
      method: method as 'GET' | 'POST',
      url,
      headers: { authorization: `Bearer ${USER_TOKEN}` },
      ...(payload !== undefined && { payload: payload as object }),
    })
    t.equal(response.statusCode, status, `${method} ${url}`)
    t.match(response.json(), { object: 'error', code: /^FST_MISTRAL_/ }, `${method} ${url}: Mistral's error shape`)
    t.equal(auditEntries(logs).length - before, 1, `${method} ${url}: one audit entry`)
  }
})

t.test('the SDK sees the plugin error for an endpoint the gateway does not serve', async (t) => {
  const { sdk, logs } = await buildGateway(t)
  const failure = await sdk.fim
    .complete({ model: 'codestral-latest', prompt: 'def f(' })
    .catch((error: unknown) => error)
  t.match(failure, { statusCode: 404, body: /FST_MISTRAL_/ }, 'the body carries a plugin code')
  t.equal(auditEntries(logs).length, 1, 'audited')
})

const withToken = { authorization: `Bearer ${USER_TOKEN}` }

t.test('404 and 405: the plugin code, the allow header, the audit entry, and Mistral is never called', async (t) => {
  const { app, logs, mock } = await buildGateway(t)
  const cases: Array<[string, string, number, string, string | undefined]> = [
    ['POST', '/mistral/v1/models', 405, 'FST_MISTRAL_METHOD_NOT_ALLOWED', 'GET, HEAD'],
    ['PUT', '/mistral/v1/embeddings', 405, 'FST_MISTRAL_METHOD_NOT_ALLOWED', 'POST'],
    ['DELETE', '/mistral/v1/chat/completions?stream=true', 405, 'FST_MISTRAL_METHOD_NOT_ALLOWED', 'POST'],
    ['PATCH', '/mistral/v1/conversations', 404, 'FST_MISTRAL_UNSUPPORTED_ENDPOINT', undefined],
    ['GET', '/mistral/', 404, 'FST_MISTRAL_UNSUPPORTED_ENDPOINT', undefined],
    ['GET', '/mistral/v1/models/', 404, 'FST_MISTRAL_UNSUPPORTED_ENDPOINT', undefined],
  ]
  for (const [method, url, status, code, allow] of cases) {
    const name = `${method} ${url}`
    const before = auditEntries(logs).length
    const response = await app.inject({ method: method as 'GET', url, headers: withToken })
    t.equal(response.statusCode, status, name)
    t.equal(response.headers.allow, allow, `${name}: allow`)
    t.match(response.json(), { object: 'error', type: 'invalid_request_error', code, requestId: String }, name)
    const entries = auditEntries(logs).slice(before)
    t.match(entries, [
      { action: 'gateway.unsupported', userId: 'alice', statusCode: status, errorCode: code, success: false },
    ])
    t.equal(entries.length, 1, `${name}: audited once`)
  }
  const head = await app.inject({ method: 'HEAD', url: '/mistral/v1/files', headers: withToken })
  t.equal(head.statusCode, 404, 'HEAD of an unserved path')
  t.equal(mock.requests.length, 0, 'Mistral is never called')
})

t.test('authentication runs first: a caller without valid credentials learns nothing of what is served', async (t) => {
  const { app, logs } = await buildGateway(t)
  for (const [method, url] of [
    ['POST', '/mistral/v1/fim/completions'],
    ['GET', '/mistral/v1/chat/completions'],
  ]) {
    const response = await app.inject({ method: method as 'GET', url, headers: { authorization: 'Bearer wrong' } })
    t.equal(response.statusCode, 401, `${method} ${url}`)
    t.equal(response.headers.allow, undefined)
    t.match(response.json(), { object: 'error', code: 'APP_UNAUTHORIZED' })
    t.notMatch(response.body, /serves|allow/i)
  }
  t.match(auditEntries(logs), [
    { action: 'gateway.unsupported', statusCode: 401, userId: null },
    { action: 'gateway.unsupported', statusCode: 401, userId: null },
  ])
})

t.test('an unserved endpoint is refused before its body is read: no 413, no 415', async (t) => {
  const { app } = await buildGateway(t)
  const huge = await app.inject({
    method: 'POST',
    url: '/mistral/v1/files',
    headers: { ...withToken, 'content-type': 'application/json' },
    payload: `{"x":"${'a'.repeat(2 * 1024 * 1024)}"}`,
  })
  t.equal(huge.statusCode, 404)
  t.equal(huge.json().code, 'FST_MISTRAL_UNSUPPORTED_ENDPOINT')
  const text = await app.inject({
    method: 'POST',
    url: '/mistral/v1/fim/completions',
    headers: { ...withToken, 'content-type': 'text/plain' },
    payload: 'def f(',
  })
  t.equal(text.json().code, 'FST_MISTRAL_UNSUPPORTED_ENDPOINT')
})

t.test("the host's routes and its 404 handler outside the prefix are left as they are", async (t) => {
  const { app, logs } = await buildApp(t, { plugin: tokenAuth() })
  app.get('/mistral/health', async () => ({ ok: 'host' }))
  app.get('/elsewhere', async () => ({ ok: 'elsewhere' }))
  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ hostNotFound: true }))
  t.same(
    (await app.inject({ method: 'GET', url: '/mistral/health' })).json(),
    { ok: 'host' },
    'a host route under the prefix',
  )
  t.same((await app.inject({ method: 'GET', url: '/elsewhere' })).json(), { ok: 'elsewhere' })
  for (const [method, url] of [
    ['GET', '/nowhere'],
    ['GET', '/mistralx/v1/fim/completions'],
  ]) {
    const response = await app.inject({ method: method as 'GET', url })
    t.same([response.statusCode, response.json()], [404, { hostNotFound: true }], `${method} ${url}: the host's 404`)
  }
  t.same(auditEntries(logs), [], 'none of these is the gateway’s to audit')
  // Changed with attack 17 (every method under the prefix is the gateway's, from its prefixed scope's not-found
  // handler): the bare prefix, and OPTIONS where the host has no OPTIONS route (a CORS plugin's route still answers
  // it: test/gateway-unserved-methods.test.ts), meet authenticate and are audited, not the host's 404.
  for (const [method, url] of [
    ['GET', '/mistral'],
    ['OPTIONS', '/mistral/v1/chat/completions'],
  ]) {
    const response = await app.inject({ method: method as 'GET', url })
    t.equal(response.statusCode, 401, `${method} ${url}: authenticate first`)
  }
  t.same(
    auditEntries(logs).map((entry) => entry.action),
    ['gateway.unsupported', 'gateway.unsupported'],
  )
})

t.test('the HTTPS check comes first too', async (t) => {
  const { app, logs } = await buildGateway(t, { plugin: { requireHttps: true } })
  const response = await app.inject({ method: 'POST', url: '/mistral/v1/fim/completions', headers: withToken })
  t.equal(response.statusCode, 403)
  t.match(response.json(), { object: 'error', code: 'FST_MISTRAL_HTTPS_REQUIRED' })
  t.match(auditEntries(logs), [{ action: 'gateway.unsupported', errorCode: 'FST_MISTRAL_HTTPS_REQUIRED' }])
})
