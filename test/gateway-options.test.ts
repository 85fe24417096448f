import t from 'tap'
import mistralSecure from '../src/index.js'
import { buildApp, errorText, recordOutput, TEST_API_KEY } from './helpers/app.js'
import { WINDOW_NO_TEST_CROSSES } from './helpers/budget-window.js'
import { auditEntries, tokenAuth, USER_TOKEN } from './helpers/gateway.js'

const authenticate = tokenAuth().gateway.authenticate

t.test('the gateway refuses to start without the host’s authentication where it would be an open relay', async (t) => {
  const cases = [
    {
      gateway: {},
      environment: 'production' as const,
      path: 'gateway.authenticate',
      says: /is required in production: without it anyone who reaches the port could spend your Mistral key/,
    },
    {
      gateway: { allowUnauthenticated: true },
      environment: 'production' as const,
      path: 'gateway.allowUnauthenticated',
      says: /is refused in production/,
    },
    {
      gateway: { prefix: '/llm' },
      environment: 'development' as const,
      path: 'gateway.authenticate',
      says: /is required unless gateway.allowUnauthenticated is true \(never in production\)/,
    },
    { gateway: { authenticate, prefix: '/mistral/' }, environment: 'development' as const, path: 'gateway.prefix' },
    { gateway: { authenticate: 'yes' }, environment: 'development' as const, path: 'gateway.authenticate' },
  ]
  for (const { gateway, environment, path, says } of cases) {
    const { app } = await buildApp(t, { register: false })
    const refused = await app
      .register(mistralSecure, { apiKey: TEST_API_KEY, environment, gateway: gateway as never })
      .ready()
      .then(
        () => undefined,
        (error: unknown) => error,
      )
    recordOutput(errorText(refused))
    t.match(refused, { code: 'FST_MISTRAL_INVALID_OPTION', message: new RegExp(`"${path}"`) }, path)
    if (says) t.match((refused as Error).message, says)
  }
})

t.test('gateway: off by default and with false; the default prefix is /mistral', async (t) => {
  for (const gateway of [undefined, false as const]) {
    const { app } = await buildApp(t, { plugin: { gateway } })
    t.equal((await app.inject({ url: '/mistral/v1/models' })).statusCode, 404)
  }
  const { app } = await buildApp(t, { plugin: { gateway: { allowUnauthenticated: true }, rateLimit: false } })
  const models = await app.inject({ url: '/mistral/v1/models' })
  t.equal(models.statusCode, 200, 'outside production a host may opt out of authentication explicitly')
  t.equal(models.headers['x-ratelimit-limit'], undefined, 'with rateLimit false, no limiter')
})

t.test('gateway chat calls are charged to the caller’s token budget, with its headers', async (t) => {
  const chat = { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'hi' }], max_tokens: 50 }
  const headers = { authorization: `Bearer ${USER_TOKEN}` }
  const url = '/mistral/v1/chat/completions'
  const { app } = await buildApp(t, { plugin: { ...tokenAuth(), budget: { tokens: 10_000 } } })
  const charged = await app.inject({ method: 'POST', url, headers, payload: chat })
  t.equal(charged.statusCode, 200)
  t.equal(charged.headers['x-budget-limit'], '10000')
  t.ok(Number(charged.headers['x-budget-remaining']) < 10_000, 'what the call cost is gone from the budget')

  const poor = await buildApp(t, { plugin: { ...tokenAuth(), budget: { tokens: 10 } } })
  const refused = await poor.app.inject({ method: 'POST', url, headers, payload: chat })
  t.equal(refused.statusCode, 429)
  t.match(refused.json(), { type: 'rate_limit_error', code: 'FST_MISTRAL_BUDGET_EXCEEDED' })
  // Held at more than the whole budget (round 22): no window lets it through, so no delay is promised.
  t.equal(refused.headers['retry-after'], undefined)
  t.equal(refused.headers['x-budget-limit'], '10')
  t.equal(poor.mock.requests.length, 0)
})

t.test('gateway embeddings are charged to the caller’s token budget too, refusals included', async (t) => {
  const headers = { authorization: `Bearer ${USER_TOKEN}` }
  const url = '/mistral/v1/embeddings'
  const payload = { model: 'mistral-embed', input: ['one document', 'another document'] }
  const { app } = await buildApp(t, {
    plugin: { ...tokenAuth(), budget: { tokens: 10_000, window: WINDOW_NO_TEST_CROSSES } },
  })
  const charged = await app.inject({ method: 'POST', url, headers, payload })
  t.equal(charged.statusCode, 200)
  t.equal(charged.headers['x-budget-limit'], '10000')
  const left = Number(charged.headers['x-budget-remaining'])
  t.ok(left < 10_000, 'the inputs’ tokens are gone from the budget')
  const again = await app.inject({ method: 'POST', url, headers, payload })
  t.ok(Number(again.headers['x-budget-remaining']) < left, 'each call is charged')

  const poor = await buildApp(t, { plugin: { ...tokenAuth(), budget: { tokens: 1 } } })
  const refused = await poor.app.inject({ method: 'POST', url, headers, payload })
  t.equal(refused.statusCode, 429)
  t.match(refused.json(), { type: 'rate_limit_error', code: 'FST_MISTRAL_BUDGET_EXCEEDED' })
  t.equal(refused.headers['x-budget-limit'], '1')
  t.equal(poor.mock.requests.length, 0, 'a refused call never reaches Mistral')
})

t.test('wire-level refusals name the field as the caller wrote it', async (t) => {
  const { app, mock, logs } = await buildApp(t, { plugin: tokenAuth() })
  const post = (payload: unknown, headers: Record<string, string> = {}) =>
    app.inject({
      method: 'POST',
      url: '/mistral/v1/chat/completions',
      headers: { authorization: `Bearer ${USER_TOKEN}`, ...headers },
      payload: payload as never,
    })
  const messages = [{ role: 'user', content: 'hi' }]
  const camel = await post({ model: 'mistral-small-latest', messages, maxTokens: 5 })
  t.equal(camel.statusCode, 400)
  t.match(camel.json(), {
    object: 'error',
    type: 'invalid_request_error',
    code: 'FST_MISTRAL_VALIDATION',
    param: 'body',
    details: [{ path: 'body', message: "unknown field maxTokens: Mistral's name for it is max_tokens" }],
  })
  const over = await post({ model: 'mistral-small-latest', messages, max_tokens: 1_000_000 })
  t.equal(over.statusCode, 403)
  t.match(over.json(), { code: 'FST_MISTRAL_POLICY_VIOLATION', param: 'max_tokens', details: [{ path: 'max_tokens' }] })
  const unknown = await post({ model: 'mistral-small-latest', messages, guardrails: [] })
  t.match(unknown.json(), { code: 'FST_MISTRAL_VALIDATION', details: [{ message: 'unknown fields: guardrails' }] })
  const text = await post('hello', { 'content-type': 'text/plain' })
  t.equal(text.statusCode, 415)
  t.match(text.json(), { object: 'error', code: 'FST_MISTRAL_UNSUPPORTED_MEDIA_TYPE' })
  const embeddings = await app.inject({
    method: 'POST',
    url: '/mistral/v1/embeddings',
    headers: { authorization: `Bearer ${USER_TOKEN}` },
    payload: { model: 'mistral-embed', input: ['a'], dimensions: 256 },
  })
  t.equal(embeddings.statusCode, 400)
  t.match(embeddings.json(), { details: [{ message: 'unknown fields: dimensions' }] })
  t.equal(mock.requests.length, 0, 'nothing refused left')
  t.equal(auditEntries(logs).length, 5, 'every refusal is audited')
  t.ok(
    auditEntries(logs).every((entry) => entry.userId === 'alice'),
    'and attributed to the authenticated user',
  )
})

t.test('in production the gateway requires HTTPS like the route, in Mistral’s error shape', async (t) => {
  const { app } = await buildApp(t, {
    fastify: { trustProxy: true },
    plugin: { environment: 'production', ...tokenAuth() },
  })
  const headers = { authorization: `Bearer ${USER_TOKEN}` }
  const plain = await app.inject({ url: '/mistral/v1/models', headers })
  t.equal(plain.statusCode, 403)
  t.match(plain.json(), { object: 'error', type: 'permission_error', code: 'FST_MISTRAL_HTTPS_REQUIRED' })
  const secure = await app.inject({ url: '/mistral/v1/models', headers: { ...headers, 'x-forwarded-proto': 'https' } })
  t.equal(secure.statusCode, 200)
  t.strictSame(
    secure.json().data.map((card: { id: string }) => card.id),
    ['mistral-small-latest', 'mistral-embed'],
    'production lists only the models it allows: its chat model and its embedding model',
  )
})
