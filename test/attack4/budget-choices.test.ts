import t from 'tap'
import { buildGateway, GATEWAY_USER, USER_TOKEN } from '../helpers/gateway.js'

/**
 * docs/budgets.md: a call reserves the most it can cost, `maxTokens` × `n` included, so the sum charged never exceeds
 * the budget. A call whose n × maxTokens alone is over what the holder has left is refused (429) on the route and the
 * gateway, whole and streamed; within the budget it goes through (positive control).
 */

const messages = [{ role: 'user' as const, content: 'hi' }]
const CASES: Array<[string, string, Record<string, unknown>]> = [
  ['route', '/api/chat', { model: 'mistral-small-latest', messages, n: 4, maxTokens: 1000 }],
  ['route stream', '/api/chat', { model: 'mistral-small-latest', messages, n: 4, maxTokens: 1000, stream: true }],
  ['gateway', '/mistral/v1/chat/completions', { model: 'mistral-small-latest', messages, n: 4, max_tokens: 1000 }],
  [
    'gateway stream',
    '/mistral/v1/chat/completions',
    { model: 'mistral-small-latest', messages, n: 4, max_tokens: 1000, stream: true },
  ],
]

t.test('n × maxTokens over the budget is refused before Mistral', async (t) => {
  const { app, mock } = await buildGateway(t, { plugin: { budget: { tokens: 2500 } } })
  for (const [name, url, payload] of CASES) {
    const before = mock.requests.length
    const response = await app.inject({
      method: 'POST',
      url,
      headers: { authorization: `Bearer ${USER_TOKEN}` },
      payload,
    })
    t.equal(response.statusCode, 429, `${name}: refused`)
    t.equal(mock.requests.length, before, `${name}: nothing reached Mistral`)
  }
  const within = await app.inject({
    method: 'POST',
    url: '/mistral/v1/chat/completions',
    headers: { authorization: `Bearer ${USER_TOKEN}` },
    payload: { model: 'mistral-small-latest', messages, n: 2, max_tokens: 1000 },
  })
  t.equal(within.statusCode, 200, 'positive control: n = 2 fits')
  const budget = await app.mistral.budget.get(`user:${GATEWAY_USER}`)
  t.ok(budget && budget.used <= 2500 && budget.reserved === 0, 'settled within the budget')
})
