import t from 'tap'
import { auditEntries, buildGateway, GATEWAY_USER, USER_TOKEN } from '../helpers/gateway.js'

/**
 * docs/gateway.md and docs/budgets.md: every gateway call writes one audit entry, and a stream cut short settles the
 * budget (nothing stays reserved). Here Mistral cuts the stream mid-way, with n = 2, tool calls and JSON mode.
 */

const base = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'hi' }] }
const lookup = { type: 'function', function: { name: 'lookup', parameters: { type: 'object' } } }
const REQUESTS: Array<[string, Record<string, unknown>]> = [
  ['plain, n = 2', { ...base, n: 2 }],
  ['tool calls', { ...base, tools: [lookup] }],
  ['JSON mode, n = 2', { ...base, n: 2, response_format: { type: 'json_object' } }],
]

t.test('a gateway stream cut by Mistral writes one audit entry and settles the budget', async (t) => {
  const { app, mock, logs } = await buildGateway(t, { plugin: { budget: { tokens: 100_000 } } })
  for (const [name, body] of REQUESTS) {
    const before = auditEntries(logs).length
    if (name === 'tool calls') {
      mock.queueReply({ toolCalls: [{ name: 'lookup', argumentChunks: ['{"q":', ' "a', 'b"}'] }] })
    } else mock.queueReply({ chunks: ['{"a"', ': ', '"b"', '}'] })
    mock.fault({ cutStreamAfter: 2 })
    const response = await app.inject({
      method: 'POST',
      url: '/mistral/v1/chat/completions',
      headers: { authorization: `Bearer ${USER_TOKEN}` },
      payload: { ...body, stream: true },
    })
    const entries = auditEntries(logs).slice(before)
    t.equal(entries.length, 1, `${name}: one audit entry (status ${response.statusCode})`)
    t.match(entries[0], { action: 'gateway.chat.completions' }, `${name}: the gateway's action`)
    const budget = await app.mistral.budget.get(`user:${GATEWAY_USER}`)
    t.equal(budget?.reserved, 0, `${name}: nothing stays reserved`)
  }
})
