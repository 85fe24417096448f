import t from 'tap'
import { buildApp } from '../helpers/app.js'
import { buildGateway, USER_TOKEN } from '../helpers/gateway.js'

/**
 * A field that takes one of several shapes (a message's content: a text or a list of parts; an image's URL: a text
 * or an object; embeddings' inputs) answered a wrong one with zod's "Invalid input" at the union's place, saying
 * neither what was wrong nor what it takes. Each surface now names the part at fault and what it takes: the branch
 * that got furthest (a content part of an unknown type: its `type`, with the types taken), or, when none got past
 * the field itself, every shape it takes. An unknown key met in a branch is said as every surface says one.
 */

const model = 'mistral-small-latest'
type Detail = { path: string; message: string }

const PART_TYPES = "Invalid discriminator value. Expected 'text' | 'image_url'"
const cases: Array<{ name: string; content: unknown; expected: Detail }> = [
  {
    name: 'a part of a type not taken',
    content: [
      { type: 'text', text: 'Read this' },
      { type: 'document_url', documentUrl: 'https://example.com/a.pdf' },
    ],
    expected: { path: 'messages.0.content.1.type', message: PART_TYPES },
  },
  {
    name: 'a part without a type',
    content: [{ text: 'Read this' }],
    expected: { path: 'messages.0.content.0.type', message: PART_TYPES },
  },
  {
    name: 'a number',
    content: 42,
    expected: { path: 'messages.0.content', message: 'must be a string or an array' },
  },
  {
    name: 'an object instead of a list',
    content: { type: 'text', text: 'hi' },
    expected: { path: 'messages.0.content', message: 'must be a string or an array' },
  },
  {
    name: 'an image part whose URL is a number',
    content: [{ type: 'image_url', imageUrl: 7 }],
    expected: { path: 'messages.0.content.0.imageUrl', message: 'must be a string or an object' },
  },
]

t.test('the chat route names the part at fault and what the field takes', async (t) => {
  const { app, mock, logs } = await buildApp(t)
  for (const { name, content, expected } of cases) {
    const response = await app.inject({
      method: 'POST',
      url: '/api/chat',
      payload: { model, messages: [{ role: 'user', content }] },
    })
    t.equal(response.statusCode, 400, name)
    t.equal(response.json().code, 'FST_MISTRAL_VALIDATION', name)
    t.same(response.json().details, [expected], name)
  }
  t.equal(mock.requests.length, 0, 'nothing was sent')
  const audited = logs.filter((line) => line.msg === 'mistral audit')
  t.equal(audited.length, cases.length, 'one audit entry per refusal')
})

t.test('app.mistral.chat.complete says the same', async (t) => {
  const { app, mock } = await buildApp(t)
  // A direct call refuses a field it does not take before its types are checked: the unknown part's field is named.
  const direct = cases.map((each, index) =>
    index === 0
      ? { ...each, expected: { path: 'messages.0.content.1.documentUrl', message: 'this field is not supported' } }
      : each,
  )
  for (const { name, content, expected } of direct) {
    const error = await app.mistral.chat
      .complete({ model, messages: [{ role: 'user', content }] } as never)
      .catch((caught: { code: string; details: Detail[] }) => caught)
    t.match(error, { code: 'FST_MISTRAL_VALIDATION' }, name)
    t.same((error as { details: Detail[] }).details, [expected], name)
  }
  t.equal(mock.requests.length, 0, 'nothing was sent')
})

t.test("the gateway says it in Mistral's names", async (t) => {
  const { app, mock } = await buildGateway(t)
  const headers = { authorization: `Bearer ${USER_TOKEN}` }
  const part = await app.inject({
    method: 'POST',
    url: '/mistral/v1/chat/completions',
    headers,
    payload: {
      model,
      messages: [{ role: 'user', content: [{ type: 'document_url', document_url: 'https://x.y/a' }] }],
    },
  })
  t.equal(part.statusCode, 400)
  t.same(part.json().details, [{ path: 'messages.0.content.0.type', message: PART_TYPES }])
  const number = await app.inject({
    method: 'POST',
    url: '/mistral/v1/chat/completions',
    headers,
    payload: { model, messages: [{ role: 'user', content: 42 }] },
  })
  t.same(number.json().details, [{ path: 'messages.0.content', message: 'must be a string or an array' }])
  const embeddings = await app.inject({
    method: 'POST',
    url: '/mistral/v1/embeddings',
    headers,
    payload: { model: 'mistral-embed', input: 42 },
  })
  t.equal(embeddings.statusCode, 400)
  t.same(embeddings.json().details, [{ path: 'input', message: 'must be a string or an array' }])
  t.equal(mock.requests.length, 0, 'nothing was sent')
})

t.test('an unknown key inside a union branch is named as every surface names unknown fields', async (t) => {
  const { app } = await buildApp(t)
  const response = await app.inject({
    method: 'POST',
    url: '/api/chat',
    payload: {
      model,
      messages: [
        { role: 'user', content: [{ type: 'image_url', imageUrl: { url: 'https://x.y/i.png', sk_live_51Hx: 1 } }] },
      ],
    },
  })
  t.equal(response.statusCode, 400)
  t.same(response.json().details, [
    { path: 'messages.0.content.0.imageUrl', message: 'unknown fields are not allowed' },
  ])
})
