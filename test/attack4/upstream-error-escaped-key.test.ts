import '../helpers/sdk-loaded.js'
import t from 'tap'
import { buildApp, errorText, recordOutput, TEST_API_KEY } from '../helpers/app.js'
import { buildGateway, USER_TOKEN } from '../helpers/gateway.js'

/**
 * README: the API key never appears in any response, log line or error, including when Mistral's error body echoes
 * it. Here the echo is written with a JSON escape (`\u002d` for `-`, `\/`), which every JSON reader decodes to the key:
 * in an error body's message and detail, in a whole reply's id and model, through app.mistral (both transports), the
 * chat route and the gateway. Whatever is printed, decoded, must not hold the key.
 */

const escaped = TEST_API_KEY.replaceAll('-', '\\u002d')
const base = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'hi' }] }
/** The text as a reader sees it: JSON strings decoded wherever the text is JSON (a body, or an error's text). */
const decodedAll = (text: string): string => text.replace(/\\u002d/gi, '-').replace(/\\\//g, '/')

const FAULTS = [
  { status: 400, body: `{"object":"error","message":"bad key ${escaped}","type":"invalid_request","code":"1"}` },
  { status: 422, body: `{"object":"error","message":{"detail":[{"msg":"key ${escaped}"}]},"type":"x"}` },
  { status: 500, body: `{"detail":"key ${escaped}"}` },
]

for (const transport of ['undici', 'sdk'] as const) {
  t.test(`an escaped key in Mistral's error body never shows, ${transport}`, async (t) => {
    const { app, mock } = await buildApp(t, { plugin: { transport, guard: false } })
    for (const fault of FAULTS) {
      mock.fault({ ...fault, path: '/v1/chat', headers: { 'content-type': 'application/json' } } as never)
      const text = await app.mistral.chat.complete(base).then((reply) => JSON.stringify(reply), errorText)
      recordOutput(text)
      t.notOk(decodedAll(text).includes(TEST_API_KEY), `direct ${fault.status}`)
      mock.fault({ ...fault, path: '/v1/chat', headers: { 'content-type': 'application/json' } } as never)
      const route = await app.inject({ method: 'POST', url: '/api/chat', payload: base })
      t.notOk(decodedAll(route.body).includes(TEST_API_KEY), `route ${fault.status} -> ${route.statusCode}`)
    }
  })
}

t.test("an escaped key in Mistral's error body or reply id never shows through the gateway", async (t) => {
  const { app, mock, logs } = await buildGateway(t, { plugin: { guard: false } })
  const bodies = [
    ...FAULTS,
    {
      status: 200,
      body: `{"id":"${escaped}","object":"chat.completion","created":1,"model":"mistral-small-latest","choices":[{"index":0,"message":{"role":"assistant","content":"ok"},"finish_reason":"stop"}],"usage":{"prompt_tokens":1,"completion_tokens":1,"total_tokens":2}}`,
    },
  ]
  for (const fault of bodies) {
    mock.fault({ ...fault, path: '/v1/chat', headers: { 'content-type': 'application/json' } } as never)
    const response = await app.inject({
      method: 'POST',
      url: '/mistral/v1/chat/completions',
      headers: { authorization: `Bearer ${USER_TOKEN}` },
      payload: base,
    })
    t.notOk(decodedAll(response.body).includes(TEST_API_KEY), `gateway ${fault.status} -> ${response.statusCode}`)
  }
  t.notOk(decodedAll(JSON.stringify(logs)).includes(TEST_API_KEY), 'no log line holds it decoded')
})
