import t from 'tap'
import { buildApp, errorText, forbid, recordOutput } from '../helpers/app.js'
import { WINDOW_NO_TEST_CROSSES } from '../helpers/budget-window.js'
import { auditEntries, buildGateway, GATEWAY_USER, USER_TOKEN } from '../helpers/gateway.js'

/**
 * README and docs/gateway.md: embeddings (the direct call, the embeddings route and the gateway's endpoint) run the
 * guard, the rate limit and the budget, and write one audit entry each, with the request id and IP on routes. A
 * secret in an input never reaches Mistral, also as the second of several inputs or split across two inputs' joins.
 */

const STRIPE = 'sk_live_51HxYzQ2eZvKYlo2CkP9aT3mW8rN4bL6d'
forbid(STRIPE)
const auth = { authorization: `Bearer ${USER_TOKEN}` }
const embedRequests = (mock: { requests: Array<{ path: string }> }) =>
  mock.requests.filter((request) => request.path.startsWith('/v1/embeddings')).length

t.test('a secret in any input is refused on every embeddings surface, audited once with id and IP', async (t) => {
  const { app, mock, logs } = await buildGateway(t, {
    plugin: { embeddingsRoute: {}, budget: { tokens: 100_000, window: WINDOW_NO_TEST_CROSSES } },
  })
  const route = await app.inject({
    method: 'POST',
    url: '/api/embeddings',
    payload: { model: 'mistral-embed', inputs: ['fine', `key ${STRIPE}`] },
  })
  t.equal(route.statusCode, 422, 'route')
  const gateway = await app.inject({
    method: 'POST',
    url: '/mistral/v1/embeddings',
    headers: auth,
    payload: { model: 'mistral-embed', input: ['fine', `key ${STRIPE}`] },
  })
  t.equal(gateway.statusCode, 422, 'gateway')
  const direct = await app.mistral.embeddings
    .create({ model: 'mistral-embed', inputs: ['fine', `key ${STRIPE}`] })
    .catch((caught: unknown) => caught)
  recordOutput(errorText(direct))
  t.match(direct, { code: 'FST_MISTRAL_SENSITIVE_CONTENT' }, 'direct')
  t.equal(embedRequests(mock), 0, 'nothing reached Mistral')

  const entries = auditEntries(logs)
  const routeEntry = entries.filter((entry) => entry.action === 'embeddings.create' && entry.requestId !== null)
  const gatewayEntry = entries.filter((entry) => entry.action === 'gateway.embeddings')
  t.equal(gatewayEntry.length, 1, 'one gateway entry')
  t.match(gatewayEntry[0], { requestId: String, ipAddress: '127.0.0.1', userId: GATEWAY_USER, statusCode: 422 })
  t.equal(routeEntry.length, 1, 'one route entry')
  t.match(routeEntry[0], { requestId: String, ipAddress: '127.0.0.1', statusCode: 422 })

  const ok = await app.inject({
    method: 'POST',
    url: '/mistral/v1/embeddings',
    headers: auth,
    payload: { model: 'mistral-embed', input: 'fine' },
  })
  t.equal(ok.statusCode, 200, 'positive control')
  const budget = await app.mistral.budget.get(`user:${GATEWAY_USER}`)
  t.ok(budget && budget.used > 0 && budget.reserved === 0, 'the gateway embeddings call was charged and settled')
})

t.test('the gateway and the chat route share one rate limit per user, embeddings included', async (t) => {
  const { app } = await buildGateway(t, { plugin: { rateLimit: { max: 2, timeWindow: 60_000 } } })
  const statuses: number[] = []
  for (const url of ['/mistral/v1/embeddings', '/mistral/v1/models', '/mistral/v1/embeddings']) {
    const response = await app.inject({
      method: url.endsWith('models') ? 'GET' : 'POST',
      url,
      headers: auth,
      ...(url.endsWith('models') ? {} : { payload: { model: 'mistral-embed', input: 'x' } }),
    })
    statuses.push(response.statusCode)
  }
  t.same(statuses, [200, 200, 429], 'the third call of the window is refused')
})

t.test('positive control for the direct call: a plain embeddings call works', async (t) => {
  const { app } = await buildApp(t)
  const reply = await app.mistral.embeddings.create({ model: 'mistral-embed', inputs: ['a'] })
  t.equal(reply.data.length, 1)
})
