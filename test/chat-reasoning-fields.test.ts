import t from 'tap'
import type { ChatRequest } from '../src/index.js'
import { buildApp, errorText, recordOutput } from './helpers/app.js'
import { buildGateway, USER_TOKEN } from './helpers/gateway.js'

// The reasoning and service fields of Mistral's chat API (`prompt_mode`, `reasoning_effort`, `service_tier`, in the
// SDK as `promptMode`, `reasoningEffort`, `serviceTier`): forwarded on every path and both transports, in the wire
// format, and checked against the values the API takes. They were refused as unknown fields, so a caller of the
// gateway using Magistral's reasoning mode through Mistral's own SDK got a 400.

const model = 'mistral-small-latest'
const messages = [{ role: 'user' as const, content: 'hello' }]
const sentBody = (mock: { requests: Array<{ body: unknown }> }) => mock.requests.at(-1)?.body as Record<string, unknown>

for (const transport of ['undici', 'sdk'] as const) {
  t.test(`${transport}: direct calls and the route send the fields as Mistral names them`, async (t) => {
    const { app, mock } = await buildApp(t, { plugin: { transport }, fastify: { pluginTimeout: 60_000 } })
    await app.mistral.chat.complete({
      model,
      messages,
      promptMode: 'reasoning',
      reasoningEffort: 'high',
      serviceTier: 'standard_only',
    })
    t.match(sentBody(mock), { prompt_mode: 'reasoning', reasoning_effort: 'high', service_tier: 'standard_only' })
    const response = await app.inject({
      method: 'POST',
      url: '/api/chat',
      payload: { model, messages, reasoningEffort: 'none', serviceTier: 'auto' },
    })
    t.equal(response.statusCode, 200)
    t.match(sentBody(mock), { reasoning_effort: 'none', service_tier: 'auto' })
    t.notOk('prompt_mode' in sentBody(mock), 'a field left out is not sent')
  })

  t.test(`${transport}: the gateway takes them from Mistral's SDK`, async (t) => {
    const { sdk, mock } = await buildGateway(t, { plugin: { transport }, fastify: { pluginTimeout: 60_000 } })
    const reply = await sdk.chat.complete({ model, messages, promptMode: 'reasoning', reasoningEffort: 'medium' })
    t.match(reply.choices[0]?.message?.content, String)
    t.match(sentBody(mock), { prompt_mode: 'reasoning', reasoning_effort: 'medium' })
  })
}

t.test('a value the API does not take is refused at its field on every path, and nothing is sent', async (t) => {
  const { app, mock, serverURL } = await buildGateway(t)
  const refused = await app.mistral.chat
    .complete({ model, messages, reasoningEffort: 'extreme' } as unknown as ChatRequest)
    .catch((error: unknown) => error)
  recordOutput(errorText(refused))
  t.match(refused, { code: 'FST_MISTRAL_VALIDATION', statusCode: 400, details: [{ path: 'reasoningEffort' }] })
  const route = await app.inject({
    method: 'POST',
    url: '/api/chat',
    headers: { authorization: `Bearer ${USER_TOKEN}` },
    payload: { model, messages, promptMode: 'fast' },
  })
  t.equal(route.statusCode, 400)
  t.match(route.json(), { code: 'FST_MISTRAL_VALIDATION', details: [{ path: 'promptMode' }] })
  const gateway = await fetch(`${serverURL}/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${USER_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ model, messages, service_tier: 'premium' }),
  })
  const body = await gateway.text()
  recordOutput(body)
  t.equal(gateway.status, 400)
  t.match(body, /service_tier/, 'the field is named as the caller wrote it')
  t.equal(mock.requests.length, 0)
})
