import t from 'tap'
import { forbid } from '../helpers/app.js'
import { auditEntries, buildGateway, USER_TOKEN } from '../helpers/gateway.js'
import { waitFor } from '../helpers/wait.js'

/**
 * The model reads a message's adjacent text chunks as one text. A secret cut across two chunks (`password: Tr0ub4` +
 * `dor…`), or a keyword in one chunk and its value in the next, passed the guard, which read each chunk alone.
 * Adjacent text chunks are screened joined, on the route, the gateway and direct calls.
 */

const SECRET = 'Tr0ub4dor&3xqZ9'
forbid(SECRET)
forbid(SECRET.slice(0, 7))
const text = (value: string) => ({ type: 'text', text: value })
const model = 'mistral-small-latest'
const PIXEL = 'data:image/png;base64,iVBORw0KGgo='

// How a secret and its keyword can be cut across chunks: the value split, the keyword alone in the first chunk,
// three chunks, the operator on its own.
const SPLITS: Array<[string, string[]]> = [
  ['the value cut in two', [`my password: ${SECRET.slice(0, 7)}`, `${SECRET.slice(7)} thanks`]],
  ['the keyword in one chunk, the value in the next', ['db_password=', `${SECRET}\nand more`]],
  ['three chunks', ['pass', 'word: ', `${SECRET}`]],
  ['the operator alone', ['password', ': ', SECRET]],
]

const sentToMistral = (body: unknown) => JSON.stringify(body)

for (const [name, parts] of SPLITS) {
  t.test(`${name}: redacted on every path, one finding each, the chunks' text joined`, async (t) => {
    const { app, mock, logs } = await buildGateway(t, { plugin: { guard: { input: 'redact' } } })
    const content = parts.map(text)
    const route = await app.inject({
      method: 'POST',
      url: '/api/chat',
      payload: { model, messages: [{ role: 'user', content }] },
    })
    t.equal(route.statusCode, 200, route.body.slice(0, 200))
    const gateway = await app.inject({
      method: 'POST',
      url: '/mistral/v1/chat/completions',
      headers: { authorization: `Bearer ${USER_TOKEN}` },
      payload: { model, messages: [{ role: 'user', content }] },
    })
    t.equal(gateway.statusCode, 200, gateway.body.slice(0, 200))
    await app.mistral.chat.complete({ model, messages: [{ role: 'user', content: content as never }] })

    t.equal(mock.requests.length, 3)
    for (const request of mock.requests) {
      const sent = sentToMistral(request.body)
      t.notOk(sent.includes(SECRET.slice(0, 7)), 'no part of the secret reaches Mistral')
      t.ok(sent.includes('[REDACTED:generic_secret]'), 'the marker is sent instead')
      const messages = (request.body as { messages: Array<{ content: Array<{ text: string }> }> }).messages
      t.equal(messages[0]?.content.length, 1, 'the run became one chunk')
    }
    await waitFor(() => auditEntries(logs).length === 3, 'three audit entries')
    for (const entry of auditEntries(logs)) {
      t.same(entry.findings, [{ type: 'generic_secret', count: 1, direction: 'input', action: 'redact' }])
    }
  })
}

t.test('block (the default for prompts): refused at the content, Mistral not called, audited once', async (t) => {
  const { app, mock, logs } = await buildGateway(t)
  const content = SPLITS[0]?.[1].map(text)
  const route = await app.inject({
    method: 'POST',
    url: '/api/chat',
    payload: { model, messages: [{ role: 'user', content }] },
  })
  t.equal(route.statusCode, 422)
  t.match(route.json(), {
    code: 'FST_MISTRAL_SENSITIVE_CONTENT',
    details: [{ path: 'messages.0.content', type: 'generic_secret', count: 1 }],
  })
  t.equal(mock.requests.length, 0)
  await waitFor(() => auditEntries(logs).length === 1, 'one audit entry')
  t.match(auditEntries(logs)[0], { success: false, errorCode: 'FST_MISTRAL_SENSITIVE_CONTENT' })
})

t.test('clean chunks are sent as they came; an image between two texts separates them', async (t) => {
  const { app, mock } = await buildGateway(t, {
    plugin: {
      guard: { input: 'redact' },
      profiles: { development: { allowImages: true, allowedImageSources: ['data:'] } },
    },
  })
  const content = [
    text('the word password'),
    text(' appears here, nothing follows'),
    { type: 'image_url', imageUrl: PIXEL },
    text('password: '),
  ]
  const response = await app.inject({
    method: 'POST',
    url: '/api/chat',
    payload: { model, messages: [{ role: 'user', content: [...content, text(SECRET)] }] },
  })
  t.equal(response.statusCode, 200, response.body.slice(0, 300))
  const body = mock.requests[0]?.body as { messages: Array<{ content: Array<Record<string, unknown>> }> } | undefined
  const sent = body?.messages[0]
  t.same(
    sent?.content.slice(0, 3).map((chunk) => chunk.text ?? chunk.image_url),
    ['the word password', ' appears here, nothing follows', PIXEL],
    'the clean run keeps its chunks',
  )
  t.same(sent?.content.slice(3), [{ type: 'text', text: 'password: [REDACTED:generic_secret]' }])
})
