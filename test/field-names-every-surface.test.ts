import t from 'tap'
import { buildApp } from './helpers/app.js'
import { buildGateway, USER_TOKEN } from './helpers/gateway.js'

/**
 * The other members of test/clients17's families: every surface names a field as its caller wrote it (the gateway
 * in Mistral's wire names, the route and app.mistral in the plugin's), names an unknown field with the name to write
 * instead, and refuses a function offered without its parameters before anything is sent.
 */

const model = 'mistral-small-latest'
const headers = { authorization: `Bearer ${USER_TOKEN}` }
const user = [{ role: 'user' as const, content: 'What is the weather?' }]
const weather = { type: 'function', function: { name: 'get_weather', parameters: { type: 'object' } } }
type Detail = { path: string; message?: string; rule?: string }

t.test('a function without parameters is refused by name on every path, whole or streamed', async (t) => {
  const { app, mock } = await buildGateway(t)
  const second = { function: { name: 'now' } }
  const paths = (details: Detail[] | undefined) => (details ?? []).map((detail) => detail.path)

  for (const stream of [false, true]) {
    const route = await app.inject({
      method: 'POST',
      url: '/api/chat',
      payload: { model, messages: user, tools: [weather, second], stream },
    })
    t.equal(route.statusCode, 400, `route, stream ${stream}`)
    t.equal(route.json().code, 'FST_MISTRAL_VALIDATION')
    t.same(paths(route.json().details), ['tools.1.function.parameters'], 'the second tool is named')
    t.match(route.json().details[0].message, /parameters as a JSON schema \(\{\} when it takes none\)/)

    // Null is how an SDK sends an unset field: Mistral refuses it for parameters, so the gateway does too.
    const gateway = await app.inject({
      method: 'POST',
      url: '/mistral/v1/chat/completions',
      headers,
      payload: { model, messages: user, tools: [{ function: { name: 'now', parameters: null } }], stream },
    })
    t.equal(gateway.statusCode, 400, `gateway, stream ${stream}`)
    t.match(gateway.json(), { code: 'FST_MISTRAL_VALIDATION', param: 'tools.0.function.parameters' })
  }

  const streamed = app.mistral.chat.stream({ model, messages: user, tools: [second] } as never)
  const caught = await (async () => {
    for await (const _event of streamed);
  })().catch((error: { code: string; details: Detail[] }) => error)
  t.match(caught, { code: 'FST_MISTRAL_VALIDATION', details: [{ path: 'tools.0.function.parameters' }] })

  const given = await app.mistral.chat.complete({
    model,
    messages: user,
    tools: [{ function: { name: 'now', parameters: {} } }],
  })
  t.ok(given.content, 'an empty schema is a function that takes none: it is sent')
  t.match(mock.requests.at(-1)?.body, { tools: [{ function: { name: 'now', parameters: {} } }] })
  t.equal(mock.requests.length, 1, 'only the call with parameters reached Mistral')
})

t.test("the gateway names every embeddings field as Mistral's body does", async (t) => {
  const { app, mock } = await buildGateway(t, { plugin: { profiles: { development: { maxEmbeddingInputs: 2 } } } })
  const post = (input: unknown, embedModel = 'mistral-embed') =>
    app.inject({ method: 'POST', url: '/mistral/v1/embeddings', headers, payload: { model: embedModel, input } })

  const many = await post(['a', 'b', 'c'])
  t.equal(many.statusCode, 403)
  t.match(many.json(), { param: 'input', details: [{ rule: 'max_inputs', path: 'input' }] })

  const one = await post('password: Tr0ub4dor&3xqZ9')
  t.equal(one.statusCode, 422, 'a single string input is the list of one')
  t.equal(one.json().param, 'input.0')
  t.same(one.json().detail[0].loc, ['body', 'input', 0])

  const other = await post(['a'], 'mistral-large-latest')
  t.match(other.json(), { param: 'model', details: [{ rule: 'embedding_model', path: 'model' }] })

  // The chat endpoint is unchanged: `inputs` is no chat field, so nothing there is renamed to `input`.
  const chat = await app.inject({
    method: 'POST',
    url: '/mistral/v1/chat/completions',
    headers,
    payload: { model, messages: user, inputs: ['a'] },
  })
  t.match(chat.json().details, [{ path: 'body', message: 'unknown fields: inputs' }])
  t.equal(mock.requests.length, 0, 'nothing reached Mistral')
})

t.test('every policy message on the gateway names the field as sent; the route keeps its own names', async (t) => {
  const { app, mock } = await buildGateway(t)
  const CASES: Array<
    [what: string, wire: Record<string, unknown>, ours: Record<string, unknown>, path: [string, string]]
  > = [
    [
      'a penalty out of range',
      { presence_penalty: 3 },
      { presencePenalty: 3 },
      ['presence_penalty', 'presencePenalty'],
    ],
    [
      'the other penalty out of range',
      { frequency_penalty: -3 },
      { frequencyPenalty: -3 },
      ['frequency_penalty', 'frequencyPenalty'],
    ],
    [
      'tool calls on a user message',
      { messages: [{ role: 'user', content: 'hi', tool_calls: [] }] },
      { messages: [{ role: 'user', content: 'hi', toolCalls: [] }] },
      ['messages.0.tool_calls', 'messages.0.toolCalls'],
    ],
  ]
  for (const [what, wire, ours, [wirePath, ourPath]] of CASES) {
    const gateway = await app.inject({
      method: 'POST',
      url: '/mistral/v1/chat/completions',
      headers,
      payload: { model, messages: user, ...wire },
    })
    t.equal(gateway.statusCode, 403, `${what}: refused on the gateway`)
    const detail = gateway.json().details[0]
    t.equal(detail.path, wirePath)
    t.ok(detail.message.startsWith(`${wirePath} must be`), `${what}: the message names ${wirePath}`, { detail })

    const route = await app.inject({ method: 'POST', url: '/api/chat', payload: { model, messages: user, ...ours } })
    t.equal(route.statusCode, 403, `${what}: refused on the route`)
    t.ok(route.json().details[0].message.startsWith(`${ourPath} must be`), `${what}: the route names ${ourPath}`)
  }

  // Refused by the schema, checked once the body is renamed: the key is named as the caller wrote it all the same.
  const format = { type: 'json_object', json_schema: { name: 'x', schema: {} } }
  const gateway = await app.inject({
    method: 'POST',
    url: '/mistral/v1/chat/completions',
    headers,
    payload: { model, messages: user, response_format: format },
  })
  t.same(gateway.json().details, [{ path: 'response_format', message: 'unknown fields: json_schema' }])
  const route = await app.inject({
    method: 'POST',
    url: '/api/chat',
    payload: { model, messages: user, responseFormat: { type: 'json_object', jsonSchema: format.json_schema } },
  })
  t.same(route.json().details, [{ path: 'responseFormat', message: 'unknown fields: jsonSchema' }])
  t.equal(mock.requests.length, 0)
})

t.test('a wire name on the route or app.mistral names the field to write; the gateway hints nothing', async (t) => {
  const { app, mock } = await buildGateway(t, { plugin: { embeddingsRoute: {} } })

  const nested = { model, messages: [{ role: 'user', content: 'hi', tool_call_id: 'abcDEF123' }] }
  const route = await app.inject({ method: 'POST', url: '/api/chat', payload: nested })
  t.same(route.json().details, [
    { path: 'messages.0', message: "unknown fields: tool_call_id (the plugin's name for it is toolCallId)" },
  ])
  const direct = await app.mistral.chat.complete(nested as never).catch((error: { details: Detail[] }) => error)
  t.same((direct as { details: Detail[] }).details, [
    { path: 'messages.0.tool_call_id', message: "this field is not supported: the plugin's name for it is toolCallId" },
  ])

  const both = await app.inject({
    method: 'POST',
    url: '/api/chat',
    payload: { model, messages: user, top_p: 0.5, logprobs: true },
  })
  t.same(both.json().details, [
    { path: 'body', message: "unknown fields: top_p (the plugin's name for it is topP), logprobs" },
  ])

  const embeddings = await app.inject({
    method: 'POST',
    url: '/api/embeddings',
    payload: { model: 'mistral-embed', input: ['a text'] },
  })
  // The embeddings route checks its body with its schema, before its limiter (attack 17), as the chat route does:
  // the same details as the chat route's for a missing field and a wire name.
  t.same(embeddings.json().details, [
    { path: 'inputs', message: 'Invalid input: expected array, received undefined' },
    { path: 'body', message: "unknown fields: input (the plugin's name for it is inputs)" },
  ])

  const gateway = await app.inject({
    method: 'POST',
    url: '/mistral/v1/embeddings',
    headers,
    payload: { model: 'mistral-embed', input: ['a'], max_tokens: 5 },
  })
  t.same(gateway.json().details, [{ path: 'body', message: 'unknown fields: max_tokens' }], 'no plugin name offered')
  t.equal(mock.requests.length, 0)
})

t.test(
  'app.mistral.embeddings.create names an unknown field the same way, and keeps a key-shaped one unnamed',
  async (t) => {
    const { app } = await buildApp(t)
    const refused = (request: Record<string, unknown>) =>
      app.mistral.embeddings.create(request as never).catch((error: { code: string; details: Detail[] }) => error)
    t.match(await refused({ model: 'mistral-embed', input: ['a'] }), {
      code: 'FST_MISTRAL_VALIDATION',
      details: [{ path: 'input', message: "this field is not supported: the plugin's name for it is inputs" }],
    })
    const keyShaped = 'sk_live_51HxAbCdEf0123456789'
    const error = (await refused({ model: 'mistral-embed', inputs: ['a'], [keyShaped]: 1 })) as { details: Detail[] }
    t.same(error.details, [{ path: 'body', message: 'unknown fields are not allowed' }])
  },
)
