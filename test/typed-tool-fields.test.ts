import t, { type Test } from 'tap'
import { buildApp, errorText, forbid, recordOutput } from './helpers/app.js'

// Tool-call arguments given as an object and an image's `detail`, as Mistral's SDK types them: accepted by the route,
// the gateway (wire names) and app.mistral, whole and streamed; the object is read as the JSON text of it (the guard
// reads its strings, sizes count it) and sent as that text, which Mistral takes; `detail` is sent as given.
// Controls: other shapes stay refused.

const IMAGE = 'data:image/png;base64,iVBORw0KGgo='
const AWS_KEY = 'AKIAQ3EGRDXN4ZPL7TWB'
forbid(AWS_KEY)
const tools = [{ type: 'function' as const, function: { name: 'get_weather', parameters: { type: 'object' } } }]
const plugin = { profiles: { development: { allowImages: true } } }

function roundTrip(args: unknown, wire = false) {
  const calls = [{ id: 'abcdefghi', type: 'function', function: { name: 'get_weather', arguments: args } }]
  return {
    model: 'mistral-small-latest',
    tools,
    messages: [
      { role: 'user', content: 'Weather in Paris?' },
      { role: 'assistant', content: '', ...(wire ? { tool_calls: calls } : { toolCalls: calls }) },
      { role: 'tool', ...(wire ? { tool_call_id: 'abcdefghi' } : { toolCallId: 'abcdefghi' }), content: 'sunny' },
    ],
  }
}
const image = (imageUrl: unknown, wire = false) => ({
  model: 'mistral-small-latest',
  messages: [
    {
      role: 'user',
      content: [
        { type: 'text', text: 'What is this?' },
        wire ? { type: 'image_url', image_url: imageUrl } : { type: 'image_url', imageUrl },
      ],
    },
  ],
})

const ENDPOINTS: Array<[string, string, boolean]> = [
  ['route', '/api/chat', false],
  ['gateway', '/mistral/v1/chat/completions', true],
]

async function send(t: Test, url: string, payload: Record<string, unknown>) {
  const built = await buildApp(t, { plugin: { ...plugin, gateway: { allowUnauthenticated: true } } })
  const res = await built.app.inject({ method: 'POST', url, payload })
  recordOutput(res.body)
  const sent = built.mock.requests.filter((r) => r.path.startsWith('/v1/chat')).at(-1)?.body as
    | { messages: Array<Record<string, unknown>> }
    | undefined
  return { res, sent, ...built }
}

const sentArguments = (sent: { messages: Array<Record<string, unknown>> } | undefined) =>
  (sent?.messages[1]?.tool_calls as Array<{ function: { arguments: unknown } }> | undefined)?.[0]?.function.arguments

for (const [name, url, wire] of ENDPOINTS) {
  for (const stream of [false, true]) {
    const how = `${name}${stream ? ', streamed' : ''}`
    t.test(`${how}: arguments as an object leave as the JSON text of it, keys as written`, async (t) => {
      const args = { city: 'Paris', max_tokens: 5, nested: { image_url: 'x', toolCalls: [1, 'two'] } }
      const { res, sent } = await send(t, url, { ...roundTrip(args, wire), ...(stream && { stream: true }) })
      t.equal(res.statusCode, 200)
      t.equal(sentArguments(sent), JSON.stringify(args), 'sent as text, no key renamed')
    })

    t.test(`${how}: the guard reads the object's strings as it reads the text`, async (t) => {
      for (const args of [{ key: AWS_KEY }, JSON.stringify({ key: AWS_KEY })]) {
        const { res, mock } = await send(t, url, { ...roundTrip(args, wire), ...(stream && { stream: true }) })
        t.equal(res.statusCode, 422, `${typeof args}: refused`)
        t.notMatch(res.body, AWS_KEY, 'the value is not repeated')
        t.match(res.json(), { code: 'FST_MISTRAL_SENSITIVE_CONTENT' })
        t.equal(mock.requests.length, 0, `${typeof args}: nothing reached Mistral`)
      }
    })

    for (const detail of ['low', 'high', 'auto']) {
      t.test(`${how}: an image's detail ${detail} is sent as given`, async (t) => {
        const { res, sent } = await send(t, url, {
          ...image({ url: IMAGE, detail }, wire),
          ...(stream && { stream: true }),
        })
        t.equal(res.statusCode, 200)
        t.same((sent?.messages[0]?.content as unknown[] | undefined)?.[1], {
          type: 'image_url',
          image_url: { url: IMAGE, detail },
        })
      })
    }
  }

  t.test(
    `${name}: controls: a detail Mistral does not take, arguments as a list or a number, are refused`,
    async (t) => {
      const cases: Array<Record<string, unknown>> = [
        image({ url: IMAGE, detail: 'ultra' }, wire),
        image({ url: IMAGE, detail: 1 }, wire),
      ]
      cases.push(roundTrip(['a'], wire), roundTrip(7, wire))
      for (const payload of cases) {
        const { res, mock } = await send(t, url, payload)
        t.equal(res.statusCode, 400, 'refused')
        t.equal(mock.requests.length, 0, 'nothing reached Mistral')
      }
    },
  )

  t.test(`${name}: arguments nested more than 64 levels deep are refused`, async (t) => {
    let deep: Record<string, unknown> = { leaf: 'x' }
    for (let i = 0; i < 70; i++) deep = { d: deep }
    const { res, mock } = await send(t, url, roundTrip(deep, wire))
    t.equal(res.statusCode, 400)
    t.equal(mock.requests.length, 0)
  })
}

t.test('app.mistral: arguments as an object and an image detail, and what it refuses', async (t) => {
  const { app, mock } = await buildApp(t, { plugin })
  await app.mistral.chat.complete(roundTrip({ city: 'Paris' }) as never)
  t.equal(sentArguments(mock.requests.at(-1)?.body as never), '{"city":"Paris"}')
  await app.mistral.chat.complete(image({ url: IMAGE, detail: 'high' }) as never)
  t.same(
    (mock.requests.at(-1)?.body as { messages: Array<{ content: unknown[] }> } | undefined)?.messages[0]?.content[1],
    {
      type: 'image_url',
      image_url: { url: IMAGE, detail: 'high' },
    },
  )
  const before = mock.requests.length
  for (const request of [image({ url: IMAGE, detail: 'ultra' }), roundTrip(['a'])]) {
    const error = await app.mistral.chat.complete(request as never).catch((caught: unknown) => caught)
    recordOutput(errorText(error))
    t.match(error, { statusCode: 400, code: 'FST_MISTRAL_VALIDATION' }, 'refused before Mistral, as the route refuses')
  }
  let deep: Record<string, unknown> = { leaf: 'x' }
  for (let i = 0; i < 70; i++) deep = { d: deep }
  const error = await app.mistral.chat.complete(roundTrip(deep) as never).catch((caught: unknown) => caught)
  t.match(error, { code: 'FST_MISTRAL_VALIDATION', details: [{ message: /nests more than 64/ }] })
  t.equal(mock.requests.length, before, 'nothing reached Mistral')
})

t.test('a remote image whose URL the guard redacts keeps its detail', async (t) => {
  const { app, mock } = await buildApp(t, {
    plugin: {
      profiles: { development: { allowImages: true, allowedImageSources: ['data:', 'cdn.example.com'] } },
      guard: { input: 'redact' },
    },
  })
  const url = `https://cdn.example.com/photo.png?owner=${AWS_KEY}`
  const response = await app.inject({
    method: 'POST',
    url: '/api/chat',
    payload: image({ url, detail: 'high' }),
  })
  t.equal(response.statusCode, 200, response.body)
  const body = mock.requests[0]?.body as { messages: Array<{ content: Array<Record<string, unknown>> }> } | undefined
  const part = body?.messages[0]?.content[1] as { image_url: { url: string; detail: string } }
  t.equal(part.image_url.detail, 'high', 'the detail is kept')
  t.notOk(part.image_url.url.includes(AWS_KEY), 'the key in the URL is redacted')
  t.ok(part.image_url.url.startsWith('https://cdn.example.com/photo.png?owner='))
})
