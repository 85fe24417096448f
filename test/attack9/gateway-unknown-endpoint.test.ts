import t from 'tap'
import { auditEntries, buildGateway, USER_TOKEN } from '../helpers/gateway.js'

/**
 * docs/gateway.md: "Every error is one JSON object in Mistral's shape, with the plugin's code and the request id";
 * docs/audit.md: every request to the gateway writes exactly one audit entry. A caller of the official SDK pointed at
 * the gateway reaches endpoints it does not serve (FIM, agents, files, conversations, a model by id) or a served one
 * with the wrong method: Fastify's own 404 answers (`{"message":"Route POST:/mistral/v1/fim/completions not found"}`),
 * without the plugin's code or Mistral's shape, without `authenticate` having run, and nothing is audited.
 */

const CALLS: Array<[string, string, unknown]> = [
  ['POST', '/mistral/v1/fim/completions', { model: 'codestral-latest', prompt: 'def f(' }],
  ['POST', '/mistral/v1/agents/completions', { agent_id: 'a', messages: [{ role: 'user', content: 'hi' }] }],
  ['GET', '/mistral/v1/files', undefined],
  ['GET', '/mistral/v1/models/mistral-small-latest', undefined],
  ['GET', '/mistral/v1/chat/completions', undefined],
]

t.test('an endpoint the gateway does not serve: Mistral-shaped error with a plugin code, audited once', async (t) => {
  const { app, logs } = await buildGateway(t)
  for (const [method, url, payload] of CALLS) {
    const before = auditEntries(logs).length
    const response = await app.inject({
      method: method as 'GET' | 'POST',
      url,
      headers: { authorization: `Bearer ${USER_TOKEN}` },
      ...(payload !== undefined && { payload: payload as object }),
    })
    t.equal(response.statusCode, 404, `${method} ${url}`)
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
