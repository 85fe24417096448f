import t from 'tap'
import { DEFAULT_PROFILES } from '../src/policy.js'
import { chatBodyLimit } from '../src/routes/chat.js'
import { buildApp } from './helpers/app.js'

const errorShape = { statusCode: Number, code: String, error: String, message: String, requestId: String }
const chatWith = (content: string) => ({
  model: 'mistral-small-latest',
  messages: [{ role: 'user', content }],
})

t.test('the limit is derived from the policy: 6 bytes per allowed character plus 64 KiB', async (t) => {
  t.equal(chatBodyLimit({ ...DEFAULT_PROFILES.development, maxTotalChars: 1000 }), 1000 * 6 + 65_536)
  t.equal(chatBodyLimit(DEFAULT_PROFILES.production), 400_000 * 6 + 65_536)
})

t.test(
  'a body over the limit gets 413 FST_MISTRAL_BODY_TOO_LARGE, before parsing, and Mistral is not called',
  async (t) => {
    const { app, mock, logs } = await buildApp(t, {
      plugin: { profiles: { development: { maxTotalChars: 1000, maxMessageChars: 1000 } }, rateLimit: { max: 1 } },
    })
    const limit = 1000 * 6 + 65_536
    const tooLarge = JSON.stringify(chatWith('a'.repeat(limit)))
    const response = await app.inject({
      method: 'POST',
      url: '/api/chat',
      headers: { 'content-type': 'application/json' },
      payload: tooLarge,
    })
    t.equal(response.statusCode, 413)
    t.same(Object.keys(response.json()).sort(), ['code', 'error', 'message', 'requestId', 'statusCode'])
    t.match(response.json(), {
      ...errorShape,
      statusCode: 413,
      code: 'FST_MISTRAL_BODY_TOO_LARGE',
      error: 'Payload Too Large',
    })
    // Not parsed: a body that is not even JSON gets the same answer, not a 400.
    const notJson = await app.inject({
      method: 'POST',
      url: '/api/chat',
      headers: { 'content-type': 'application/json' },
      payload: `{${'x'.repeat(limit)}`,
    })
    t.equal(notJson.statusCode, 413)
    t.equal(mock.requests.length, 0)
    t.notOk(logs.some((line) => line.msg === 'unexpected error in the mistral chat route'))
    // The refusals consumed no quota (max 1): a body within the limit still passes.
    const justUnder = await app.inject({ method: 'POST', url: '/api/chat', payload: chatWith('Hello') })
    t.equal(justUnder.statusCode, 200)
  },
)

t.test('a body within the limit is parsed and then judged by the policy', async (t) => {
  const { app, mock } = await buildApp(t, {
    plugin: { profiles: { development: { maxTotalChars: 1000, maxMessageChars: 1000 } } },
  })
  // 60 000 bytes: over what the policy allows in characters, under the body limit.
  const response = await app.inject({ method: 'POST', url: '/api/chat', payload: chatWith('é'.repeat(30_000)) })
  t.equal(response.statusCode, 403)
  t.equal(response.json().code, 'FST_MISTRAL_POLICY_VIOLATION')
  t.equal(mock.requests.length, 0)
})

t.test('the default profile accepts bodies beyond Fastify’s global 1 MiB: the policy decides', async (t) => {
  const { app } = await buildApp(t)
  // 1.2 MiB of content: over Fastify's default bodyLimit, under 400 000 * 6 + 64 KiB.
  const response = await app.inject({ method: 'POST', url: '/api/chat', payload: chatWith('a'.repeat(1_200_000)) })
  t.equal(response.statusCode, 403, 'read and parsed, then refused by the policy rather than by size')
  t.match(response.json().details, [{ rule: 'message_size' }])
  const overDefault = await app.inject({
    method: 'POST',
    url: '/api/chat',
    payload: chatWith('a'.repeat(2_500_000)),
  })
  t.equal(overDefault.statusCode, 413, 'past the derived limit the size decides')
})

t.test('the host app’s other routes keep Fastify’s own bodyLimit', async (t) => {
  const { app } = await buildApp(t, { fastify: { bodyLimit: 100 } })
  app.post('/echo', async (request) => request.body)
  const response = await app.inject({ method: 'POST', url: '/echo', payload: { text: 'x'.repeat(200) } })
  t.equal(response.statusCode, 413)
  t.equal(response.json().code, 'FST_ERR_CTP_BODY_TOO_LARGE', 'their own error shape, not the plugin’s')
  const chat = await app.inject({ method: 'POST', url: '/api/chat', payload: chatWith('x'.repeat(200)) })
  t.equal(chat.statusCode, 200, 'the chat route has its own limit')
})

t.test('text the policy accepts is never refused for its size, even fully \\u-escaped', async (t) => {
  const { app } = await buildApp(t, { plugin: { profiles: { development: { maxTotalChars: 100_000 } } } })
  // JSON.stringify escapes control characters as \u00XX: 6 bytes on the wire for each character of content.
  const payload = JSON.stringify(chatWith('\u0001'.repeat(100_000)))
  t.ok(payload.length > 100_000 * 4 + 65_536, 'larger than a limit of 4 bytes per character would allow')
  const response = await app.inject({
    method: 'POST',
    url: '/api/chat',
    headers: { 'content-type': 'application/json' },
    payload,
  })
  t.not(response.statusCode, 413)
})
