import t from 'tap'
import { buildApp } from '../helpers/app.js'

/**
 * Review 27, finding 2: on the gateway, an inexact number's path is renamed inside the caller's own JSON.
 *
 * The body's parser names the number's path from the raw body (src/routes/json-body.ts `namedPath`), which on the gateway
 * is already in Mistral's wire names. The gateway's error body then maps every segment of every path from the
 * plugin's camelCase names to wire names (src/routes/gateway/wire-error.ts `wireDetail` → src/routes/gateway/wire-request.ts
 * `wirePath`), segments that are keys the caller chose inside a tool's JSON schema included.
 *
 * Expected: `param` is the path the caller wrote, `tools.0.function.parameters.properties.maxTokens.maximum`.
 * Actual: `tools.0.function.parameters.properties.max_tokens.maximum`, a property the schema does not have.
 */

t.test('the gateway names an inexact number inside a tool schema at the path the caller wrote', async (t) => {
  const { app, mock } = await buildApp(t, { plugin: { gateway: { allowUnauthenticated: true } } })
  const payload = `{"model":"mistral-small-latest","messages":[{"role":"user","content":"summarise"}],"tools":[{"type":"function","function":{"name":"summarise","parameters":{"type":"object","properties":{"maxTokens":{"type":"integer","maximum":12345678901234567890}}}}}]}`
  const res = await app.inject({
    method: 'POST',
    url: '/mistral/v1/chat/completions',
    headers: { 'content-type': 'application/json' },
    payload,
  })
  t.equal(res.statusCode, 400)
  const body = res.json()
  t.equal(body.code, 'FST_MISTRAL_VALIDATION')
  t.equal(body.param, 'tools.0.function.parameters.properties.maxTokens.maximum', 'the path as the caller wrote it')
  t.equal(mock.requests.length, 0)
})
