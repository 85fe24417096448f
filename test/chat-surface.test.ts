import './helpers/sdk-loaded.js'
import t from 'tap'
import type { MistralSecureOptions } from '../src/index.js'
import type { ChatMessage, ChatRequest, Tool } from '../src/types.js'
import { buildApp, errorText, forbid, recordOutput } from './helpers/app.js'

/** Issue 12: tools, JSON formats, images, every chat parameter and embeddings, through app.mistral, both transports. */

const EMAIL = 'dora.lindqvist@fjordpost.no'
forbid(EMAIL)

const weather: Tool = {
  type: 'function',
  function: {
    name: 'get_weather',
    description: 'The weather in a city',
    parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  },
}
const ask = (content: string): ChatMessage => ({ role: 'user', content })
const base = { model: 'mistral-small-latest' }

interface Refusal {
  code?: string
  statusCode?: number
  details?: Array<{ rule?: string; path: string; type?: string }>
}
async function refusal(call: Promise<unknown>): Promise<Refusal> {
  try {
    await call
  } catch (error) {
    recordOutput(errorText(error))
    return error as Refusal
  }
  throw new Error('the call was accepted')
}
const bodyAt = (mock: { requests: Array<{ body: unknown }> }, index: number): unknown => {
  const request = mock.requests[index]
  if (request === undefined) throw new Error(`no request ${index}`)
  return request.body
}
const rulesAt = (error: Refusal) => (error.details ?? []).map((d) => `${d.rule ?? d.type}@${d.path}`)

for (const transport of ['undici', 'sdk'] as const) {
  const build = (t: Parameters<typeof buildApp>[0], plugin: Partial<MistralSecureOptions> = {}) =>
    // The SDK is imported on first use: under load that alone can outlast Fastify's default plugin timeout.
    buildApp(t, { plugin: { transport, ...plugin }, fastify: { pluginTimeout: 60_000 } })

  t.test(`${transport}: a two-step tool conversation round-trips, in Mistral's wire format`, async (t) => {
    const { app, mock } = await build(t)
    mock.queueReply({ toolCalls: [{ id: 'abcDEF123', name: 'get_weather', arguments: { city: 'Paris' } }] })
    const first = await app.mistral.chat.complete({
      ...base,
      messages: [ask('Weather in Paris?')],
      tools: [weather],
      toolChoice: { type: 'function', function: { name: 'get_weather' } },
      parallelToolCalls: false,
    })
    t.equal(first.finishReason, 'tool_calls')
    t.strictSame(first.toolCalls, [
      { id: 'abcDEF123', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } },
    ])
    const second = await app.mistral.chat.complete({
      ...base,
      messages: [
        ask('Weather in Paris?'),
        { role: 'assistant', content: '', toolCalls: first.toolCalls },
        { role: 'tool', toolCallId: 'abcDEF123', name: 'get_weather', content: '{"sky":"clear"}' },
      ],
      tools: [weather],
    })
    t.equal(second.finishReason, 'stop')
    const [one, two] = mock.requests.map((request) => request.body as Record<string, unknown>)
    t.strictSame(one?.tools, [
      {
        type: 'function',
        function: {
          name: 'get_weather',
          description: 'The weather in a city',
          parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
        },
      },
    ])
    t.strictSame(one?.tool_choice, { type: 'function', function: { name: 'get_weather' } })
    t.equal(one?.parallel_tool_calls, false)
    const messages = two?.messages as Array<Record<string, unknown>>
    // The SDK adds its defaults (prefix false, a call index): both transports say the same to Mistral.
    t.match(messages[1], {
      role: 'assistant',
      content: '',
      tool_calls: [
        { id: 'abcDEF123', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } },
      ],
    })
    t.strictSame(messages[2], {
      role: 'tool',
      content: '{"sky":"clear"}',
      tool_call_id: 'abcDEF123',
      name: 'get_weather',
    })
  })

  // undici only: the SDK passes a typeless tool on as it is, which the strict local server refuses (to be fixed).
  t.test(`${transport}: a tool and a tool choice without a type are sent as functions`, async (t) => {
    const { app, mock } = await build(t)
    await app.mistral.chat.complete({
      ...base,
      messages: [ask('Weather in Paris?')],
      tools: [{ function: weather.function }],
      toolChoice: { function: { name: 'get_weather' } },
    })
    const sent = mock.requests[0]?.body as Record<string, unknown>
    t.match(sent.tools, [{ type: 'function', function: { name: 'get_weather' } }])
    t.strictSame(sent.tool_choice, { type: 'function', function: { name: 'get_weather' } })
  })

  t.test(`${transport}: JSON schema output, every scalar parameter, n choices and an assistant prefix`, async (t) => {
    const { app, mock } = await build(t)
    const schema = { type: 'object', properties: { city: { type: 'string' }, days: { type: 'integer' } } }
    const result = await app.mistral.chat.complete({
      ...base,
      messages: [ask('Plan a trip')],
      responseFormat: { type: 'json_schema', jsonSchema: { name: 'trip', schema, strict: true } },
      stop: ['END'],
      randomSeed: 7,
      presencePenalty: 0.5,
      frequencyPenalty: -0.5,
      n: 2,
      safePrompt: true,
      prediction: { type: 'content', content: '{"city":' },
    })
    t.match(JSON.parse(result.content), { city: String, days: 0 }, 'the reply is JSON of the schema')
    t.equal(result.choices?.length, 2)
    const body = mock.requests[0]?.body as Record<string, unknown>
    t.strictSame(body.response_format, { type: 'json_schema', json_schema: { name: 'trip', schema, strict: true } })
    t.strictSame(
      [body.stop, body.random_seed, body.presence_penalty, body.frequency_penalty, body.n, body.safe_prompt],
      [['END'], 7, 0.5, -0.5, 2, true],
    )
    t.strictSame(body.prediction, { type: 'content', content: '{"city":' })

    await app.mistral.chat.complete({
      ...base,
      messages: [ask('Say hi'), { role: 'assistant', content: 'Hi', prefix: true }],
    })
    t.strictSame((bodyAt(mock, 1) as { messages: unknown[] }).messages[1], {
      role: 'assistant',
      content: 'Hi',
      prefix: true,
    })
  })

  t.test(`${transport}: an image message goes out as image_url chunks when the profile allows images`, async (t) => {
    const { app, mock } = await build(t, {
      profiles: { development: { allowImages: true, allowedImageSources: ['data:', 'images.example.com'] } },
    })
    const pixel = 'data:image/png;base64,iVBORw0KGgo='
    await app.mistral.chat.complete({
      ...base,
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'What is in these?' },
            { type: 'image_url', imageUrl: pixel },
            { type: 'image_url', imageUrl: { url: 'https://images.example.com/cat.png' } },
          ],
        },
      ],
    })
    t.strictSame((bodyAt(mock, 0) as { messages: unknown[] }).messages[0], {
      role: 'user',
      content: [
        { type: 'text', text: 'What is in these?' },
        { type: 'image_url', image_url: pixel },
        { type: 'image_url', image_url: { url: 'https://images.example.com/cat.png' } },
      ],
    })
  })

  t.test(`${transport}: embeddings: policy, guard (a redacted input is embedded redacted), usage, audit`, async (t) => {
    const { app, mock, logs } = await build(t, { guard: { actions: { email: { input: 'redact' } } } })
    const result = await app.mistral.embeddings.create({ model: 'mistral-embed', inputs: ['first', `mail ${EMAIL}`] })
    t.equal(result.data.length, 2)
    t.ok(result.usage.totalTokens > 0)
    t.strictSame((bodyAt(mock, 0) as { input: string[] }).input, ['first', 'mail [REDACTED:email]'])
    const audit = logs.filter((line) => line.msg === 'mistral audit')
    t.equal(audit.length, 1)
    t.match(audit[0]?.audit, {
      action: 'embeddings.create',
      model: 'mistral-embed',
      success: true,
      findings: [{ type: 'email', count: 1, direction: 'input', action: 'redact' }],
    })

    const refused = await refusal(
      app.mistral.embeddings.create({ model: 'mistral-large-latest', inputs: Array(65).fill('x') }),
    )
    t.equal(refused.code, 'FST_MISTRAL_POLICY_VIOLATION')
    t.strictSame(rulesAt(refused), ['embedding_model@model', 'max_inputs@inputs'])
    const tooLong = await refusal(
      app.mistral.embeddings.create({ model: 'mistral-embed', inputs: ['x'.repeat(32_001)] }),
    )
    t.strictSame(rulesAt(tooLong), ['input_size@inputs.0'])
    const bad = await refusal(app.mistral.embeddings.create({ model: 'mistral-embed', inputs: 'x', extra: 1 } as never))
    t.equal(bad.code, 'FST_MISTRAL_VALIDATION')
    t.equal(mock.requests.length, 1, 'nothing refused reached Mistral')
    t.equal(logs.filter((line) => line.msg === 'mistral audit').length, 4, 'one entry per call, refused ones too')
  })

  t.test(`${transport}: embeddings inputs are blocked like prompts by default, with the input's path`, async (t) => {
    const { app, mock } = await build(t)
    const blocked = await refusal(app.mistral.embeddings.create({ model: 'mistral-embed', inputs: ['a', EMAIL] }))
    t.equal(blocked.code, 'FST_MISTRAL_SENSITIVE_CONTENT')
    t.strictSame(rulesAt(blocked), ['email@inputs.1'])
    t.equal(mock.requests.length, 0)
  })
}

t.test('the guard reads every text that leaves, with its path', async (t) => {
  const { app, mock } = await buildApp(t)
  const call = (request: Partial<ChatRequest>) =>
    refusal(app.mistral.chat.complete({ ...base, messages: [ask('hi')], ...request }))
  const toolTurn = (args: string, result: string): ChatMessage[] => [
    ask('go'),
    {
      role: 'assistant',
      content: '',
      toolCalls: [{ id: 'abcDEF123', function: { name: 'get_weather', arguments: args } }],
    },
    { role: 'tool', toolCallId: 'abcDEF123', content: result },
  ]
  const cases: Array<[Partial<ChatRequest>, string]> = [
    [{ messages: toolTurn(JSON.stringify({ to: EMAIL }), 'ok'), tools: [weather] }, 'messages.1.toolCalls.0.arguments'],
    [{ messages: toolTurn('{}', `found ${EMAIL}`), tools: [weather] }, 'messages.2.content'],
    [{ messages: [{ role: 'user', content: [{ type: 'text', text: EMAIL }] }] }, 'messages.0.content.0.text'],
    [{ stop: [EMAIL] }, 'stop.0'],
    [{ messages: toolTurn(`not JSON: ${EMAIL}`, 'ok'), tools: [weather] }, 'messages.1.toolCalls.0.arguments'],
    [
      { responseFormat: { type: 'json_schema', jsonSchema: { name: 'x', schema: {}, description: EMAIL } } },
      'responseFormat.jsonSchema.description',
    ],
    [{ prediction: { type: 'content', content: EMAIL } }, 'prediction.content'],
    [
      { tools: [{ function: { name: 'mail', description: `writes to ${EMAIL}`, parameters: {} } }] },
      'tools.0.function.description',
    ],
    [
      { tools: [{ function: { name: 'mail', parameters: { type: 'object', default: EMAIL } } }] },
      'tools.0.function.parameters',
    ],
    [
      { responseFormat: { type: 'json_schema', jsonSchema: { name: 'x', schema: { const: EMAIL } } } },
      'responseFormat.jsonSchema.schema',
    ],
  ]
  for (const [request, path] of cases) {
    const error = await call(request)
    t.equal(error.code, 'FST_MISTRAL_SENSITIVE_CONTENT', path)
    t.strictSame(rulesAt(error), [`email@${path}`], path)
  }
  t.equal(mock.requests.length, 0, 'nothing left')
})

t.test('redaction inside tool-call arguments and JSON-mode replies keeps the JSON valid', async (t) => {
  const { app, mock } = await buildApp(t, { plugin: { guard: { input: 'redact' } } })
  await app.mistral.chat.complete({
    ...base,
    tools: [weather],
    messages: [
      ask('go'),
      {
        role: 'assistant',
        content: '',
        toolCalls: [
          { id: 'abcDEF123', function: { name: 'get_weather', arguments: JSON.stringify({ to: EMAIL, n: 1 }) } },
        ],
      },
      { role: 'tool', toolCallId: 'abcDEF123', content: 'done' },
    ],
  })
  const sent = (bodyAt(mock, 0) as { messages: Array<{ tool_calls?: Array<{ function: { arguments: string } }> }> })
    .messages[1]?.tool_calls?.[0]?.function.arguments as string
  t.strictSame(JSON.parse(sent), { to: '[REDACTED:email]', n: 1 })

  mock.queueReply(JSON.stringify({ contact: EMAIL, note: 'quote "this"' }))
  const json = await app.mistral.chat.complete({
    ...base,
    messages: [ask('x')],
    responseFormat: { type: 'json_object' },
  })
  t.strictSame(JSON.parse(json.content), { contact: '[REDACTED:email]', note: 'quote "this"' })

  mock.queueReply({ toolCalls: [{ id: 'xyzXYZ789', name: 'get_weather', arguments: { city: EMAIL } }] })
  const called = await app.mistral.chat.complete({ ...base, messages: [ask('x')], tools: [weather] })
  t.strictSame(JSON.parse(called.toolCalls?.[0]?.function.arguments as string), { city: '[REDACTED:email]' })
})

t.test('the policy: tools, formats, images, choices, safe prompt, order and ids', async (t) => {
  const { app, mock } = await buildApp(t, {
    plugin: {
      profiles: {
        development: {
          allowedToolNames: ['get_weather'],
          maxTools: 1,
          allowedResponseFormats: ['text'],
          allowImages: true,
          maxImages: 1,
          maxChoices: 2,
          requireSafePrompt: true,
        },
      },
    },
  })
  const refused = (request: Partial<ChatRequest>) =>
    refusal(app.mistral.chat.complete({ ...base, messages: [ask('hi')], ...request })).then(rulesAt)
  t.strictSame(await refused({ tools: [weather, { function: { name: 'rm_rf', parameters: {} } }] }), [
    'max_tools@tools',
    'tool_name@tools.1.function.name',
  ])
  t.strictSame(await refused({ responseFormat: { type: 'json_object' } }), ['response_format@responseFormat.type'])
  t.strictSame(await refused({ n: 3 }), ['max_choices@n'])
  t.strictSame(await refused({ safePrompt: false }), ['safe_prompt@safePrompt'])
  const image = (url: string) => ({ type: 'image_url' as const, imageUrl: url })
  t.strictSame(
    await refused({
      messages: [{ role: 'user', content: [image('data:image/png;base64,AA'), image('data:image/gif;base64,R0')] }],
    }),
    ['max_images@messages'],
  )
  // Every spelling of an internal address is refused, listed or not.
  for (const url of [
    'https://127.0.0.1/a.png',
    'https://2130706433/a.png',
    'https://0x7f.1/a.png',
    'https://[::1]/a.png',
    'https://[::ffff:127.0.0.1]/a.png',
    'https://[::ffff:a9fe:a9fe]/latest/meta-data',
    'https://169.254.169.254/latest/meta-data',
    'https://10.0.0.5/a.png',
    'https://192.168.1.1/a.png',
    'https://localhost/a.png',
    'https://printer.local/a.png',
    'https://metadata/a.png',
    'http://images.example.com/a.png',
    'https://user:pw@images.example.com/a.png',
    'https://images.example.com/a.png',
  ]) {
    t.strictSame(
      await refused({ messages: [{ role: 'user', content: [image(url)] }] }),
      ['image_source@messages.0.content.0.imageUrl'],
      url,
    )
  }
  // Mistral's own order rules.
  t.strictSame(await refused({ messages: [ask('hi'), { role: 'assistant', content: 'hello' }] }), [
    'message_order@messages.1.role',
  ])
  t.strictSame(await refused({ messages: [ask('hi'), { role: 'assistant', content: '' }, ask('again')] }), [
    'message_order@messages.1.content',
  ])
  t.strictSame(await refused({ messages: [ask('hi'), { role: 'tool', toolCallId: 'abcDEF123', content: 'x' }] }), [
    'message_order@messages.1.role',
  ])
  t.strictSame(
    await refused({
      tools: [weather],
      messages: [
        ask('go'),
        { role: 'assistant', toolCalls: [{ id: 'call_1', function: { name: 'get_weather', arguments: '{}' } }] },
        { role: 'tool', toolCallId: 'other1234', content: 'x' },
      ],
    }),
    ['tool_call_id@messages.1.toolCalls.0.id', 'message_order@messages.2.toolCallId'],
  )
  t.strictSame(await refused({ topP: 0 }), ['top_p@topP'])
  t.equal(mock.requests.length, 0, 'no refused call reached Mistral')

  await app.mistral.chat.complete({ ...base, messages: [ask('hi')] })
  t.equal((bodyAt(mock, 0) as { safe_prompt?: boolean }).safe_prompt, true, 'the profile forces the safety prompt')
})

t.test('production allows no tools by default; unknown nested fields are refused', async (t) => {
  const { app, mock } = await buildApp(t, { plugin: { environment: 'production', requireHttps: false } })
  const tools = await refusal(app.mistral.chat.complete({ ...base, messages: [ask('hi')], tools: [weather] }))
  t.strictSame(rulesAt(tools), ['tools_allowed@tools'])
  const images = await refusal(
    app.mistral.chat.complete({
      ...base,
      messages: [{ role: 'user', content: [{ type: 'image_url', imageUrl: 'data:image/png;base64,AA' }] }],
    }),
  )
  t.strictSame(rulesAt(images), ['images_allowed@messages'])
  const nested = await refusal(
    app.mistral.chat.complete({
      ...base,
      messages: [{ role: 'user', content: [{ type: 'text', text: 'x', cache: true }] }],
    } as never),
  )
  t.equal(nested.code, 'FST_MISTRAL_VALIDATION')
  t.strictSame(
    nested.details?.map((d) => d.path),
    ['messages.0.content.0.cache'],
  )
  t.equal(mock.requests.length, 0)
})

t.test(
  'the route takes the new fields where the profile allows them; the embeddings route is off by default',
  async (t) => {
    const { app } = await buildApp(t, { plugin: { embeddingsRoute: false } })
    const ok = await app.inject({
      method: 'POST',
      url: '/api/chat',
      payload: { ...base, messages: [ask('hi')], tools: [weather], toolChoice: 'auto', stop: 'END', n: 1 },
    })
    t.equal(ok.statusCode, 200)
    const off = await app.inject({
      method: 'POST',
      url: '/api/embeddings',
      payload: { model: 'mistral-embed', inputs: ['x'] },
    })
    t.equal(off.statusCode, 404)

    const prod = await buildApp(t, { plugin: { environment: 'production', requireHttps: false, embeddingsRoute: {} } })
    const refused = await prod.app.inject({
      method: 'POST',
      url: '/api/chat',
      payload: { ...base, messages: [ask('hi')], tools: [weather] },
    })
    t.equal(refused.statusCode, 403)
    t.match(refused.json(), {
      code: 'FST_MISTRAL_POLICY_VIOLATION',
      details: [{ rule: 'tools_allowed', path: 'tools' }],
    })
    const embedded = await prod.app.inject({
      method: 'POST',
      url: '/api/embeddings',
      payload: { model: 'mistral-embed', inputs: ['a', 'b'] },
    })
    t.equal(embedded.statusCode, 200)
    t.equal(embedded.json().data.length, 2)
    const bad = await prod.app.inject({ method: 'POST', url: '/api/embeddings', payload: { model: 'mistral-embed' } })
    t.equal(bad.statusCode, 400)
    t.equal(bad.json().code, 'FST_MISTRAL_VALIDATION')
  },
)

t.test('the embeddings route requires HTTPS in production and attributes calls to the identified user', async (t) => {
  const { app, logs } = await buildApp(t, {
    fastify: { trustProxy: true },
    plugin: { environment: 'production', embeddingsRoute: { path: '/v1/embed' }, identify: async () => 'user-7' },
  })
  const payload = { model: 'mistral-embed', inputs: ['hello'] }
  const plain = await app.inject({ method: 'POST', url: '/v1/embed', payload })
  t.equal(plain.statusCode, 403)
  t.equal(plain.json().code, 'FST_MISTRAL_HTTPS_REQUIRED')
  const secure = await app.inject({
    method: 'POST',
    url: '/v1/embed',
    payload,
    headers: { 'x-forwarded-proto': 'https' },
  })
  t.equal(secure.statusCode, 200)
  const entries = logs.filter((line) => line.msg === 'mistral audit').map((line) => line.audit as { requestId: string })
  // The refusal is audited too, and both entries name the HTTP request they answer.
  t.match(entries, [
    {
      action: 'embeddings.create',
      userId: 'user-7',
      success: false,
      statusCode: 403,
      requestId: String,
      ipAddress: '127.0.0.1',
    },
    {
      action: 'embeddings.create',
      userId: 'user-7',
      success: true,
      statusCode: 200,
      requestId: String,
      ipAddress: '127.0.0.1',
    },
  ])
  t.not(entries[0]?.requestId, entries[1]?.requestId, 'each entry carries its own request id')
})

t.test('embeddings requests of the wrong shape are refused with the field at fault, and audited', async (t) => {
  const { app, mock, logs } = await buildApp(t)
  const cases: Array<[unknown, string[]]> = [
    [null, ['body']],
    ['mistral-embed', ['body']],
    [{ model: 7, inputs: ['a', 2] }, ['model', 'inputs']],
  ]
  for (const [request, paths] of cases) {
    const refused = await refusal(app.mistral.embeddings.create(request as never))
    t.equal(refused.code, 'FST_MISTRAL_VALIDATION', JSON.stringify(request))
    t.strictSame(
      refused.details?.map((detail) => detail.path),
      paths,
      JSON.stringify(request),
    )
  }
  t.equal(mock.requests.length, 0, 'nothing malformed reached Mistral')
  t.equal(logs.filter((line) => line.msg === 'mistral audit').length, cases.length, 'every refusal is audited')
})

t.test('the embeddings route leaves the audit entry anonymous when identify finds no user', async (t) => {
  const { app, logs } = await buildApp(t, {
    plugin: { embeddingsRoute: {}, identify: async () => undefined },
  })
  const res = await app.inject({
    method: 'POST',
    url: '/api/embeddings',
    payload: { model: 'mistral-embed', inputs: ['hello'] },
  })
  t.equal(res.statusCode, 200)
  const entries = logs.filter((line) => line.msg === 'mistral audit').map((line) => line.audit)
  t.match(entries, [{ action: 'embeddings.create', success: true, userId: null }], 'no user id is invented')
})

t.test('a remote image URL is screened as text: personal data in its query is redacted before it leaves', async (t) => {
  const { app, mock, logs } = await buildApp(t, {
    plugin: {
      guard: { actions: { email: { input: 'redact' } } },
      profiles: { development: { allowImages: true, allowedImageSources: ['images.example.com'] } },
    },
  })
  await app.mistral.chat.complete({
    ...base,
    messages: [
      {
        role: 'user',
        content: [
          { type: 'text', text: 'What is in this?' },
          { type: 'image_url', imageUrl: `https://images.example.com/cat.png?owner=${EMAIL}` },
        ],
      },
    ],
  })
  const sent = (bodyAt(mock, 0) as { messages: Array<{ content: Array<{ image_url?: string }> }> }).messages[0]
  t.equal(sent?.content[1]?.image_url, 'https://images.example.com/cat.png?owner=[REDACTED:email]')
  const audit = logs.filter((line) => line.msg === 'mistral audit').map((line) => line.audit)
  t.match(audit, [{ success: true, findings: [{ type: 'email', direction: 'input', action: 'redact' }] }])
})

t.test('with the guard off, tool calls and every choice still come back (control characters removed)', async (t) => {
  const { app, mock } = await buildApp(t, { plugin: { guard: false } })
  const user = { role: 'user' as const, content: 'Look it up' }
  mock.queueReply({ content: '', toolCalls: [{ name: 'lookup', arguments: '{"q":"a\u200bb"}' }] })
  const called = await app.mistral.chat.complete({
    model: 'mistral-small-latest',
    messages: [user],
    tools: [{ type: 'function', function: { name: 'lookup', parameters: { type: 'object' } } }],
  })
  t.equal(called.toolCalls?.[0]?.function.name, 'lookup')
  t.equal(called.toolCalls?.[0]?.function.arguments, '{"q":"ab"}', 'an invisible character is removed')
  const several = await app.mistral.chat.complete({ model: 'mistral-small-latest', messages: [user], n: 2 })
  t.equal(several.choices?.length, 2, 'both choices')
})
