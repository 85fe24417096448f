import './helpers/sdk-loaded.js'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import t, { type Test } from 'tap'
import type { ChatStreamEvent, MistralSecureOptions } from '../src/index.js'
import type { ChatMessage, ChatRequest, Tool } from '../src/types.js'
import { buildApp, errorText, forbid, outputIncludes, recordOutput } from './helpers/app.js'
import { WINDOW_NO_TEST_CROSSES } from './helpers/budget-window.js'
import { sseEvents } from './helpers/sse.js'

/** Issue 12 in streams: tool calls, JSON mode and n > 1 through app.mistral.chat.stream and the route's SSE. */

const EMAIL = 'ines.carvalho.canary@correio.pt'
const CARD = '4556 7375 8689 9855'
forbid(EMAIL)
forbid(CARD)

const lookup: Tool = {
  type: 'function',
  function: {
    name: 'find_customer',
    description: 'A customer record by name',
    parameters: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] },
  },
}
const ask = (content: string): ChatMessage => ({ role: 'user', content })
const base = { model: 'mistral-small-latest' }
const person = {
  type: 'json_schema' as const,
  jsonSchema: {
    name: 'person',
    schema: { type: 'object', properties: { name: { type: 'string' }, email: { type: 'string' } } },
  },
}

type Entry = Record<string, unknown>
const auditsOf = (logs: Entry[]) =>
  logs.filter((line) => line.msg === 'mistral audit').map((line) => line.audit as Entry)

/** The events of a direct stream, recorded for the leak check (they reach no log or response by themselves). */
async function collect(events: AsyncIterable<ChatStreamEvent>): Promise<ChatStreamEvent[]> {
  const out: ChatStreamEvent[] = []
  try {
    for await (const event of events) out.push(event)
  } finally {
    recordOutput(JSON.stringify(out))
  }
  return out
}

async function failure(events: AsyncIterable<ChatStreamEvent>): Promise<{ error: unknown; events: ChatStreamEvent[] }> {
  const seen: ChatStreamEvent[] = []
  try {
    for await (const event of events) seen.push(event)
  } catch (error) {
    recordOutput(`${errorText(error)}\n${JSON.stringify(seen)}`)
    return { error, events: seen }
  }
  throw new Error('the stream ended without an error')
}

const textOf = (events: ChatStreamEvent[], index?: number) =>
  events.map((event) => (event.type === 'delta' && event.index === index ? event.content : '')).join('')

for (const transport of ['undici', 'sdk'] as const) {
  const build = (t: Test, plugin: Partial<MistralSecureOptions> = {}) =>
    // The SDK is imported on first use: under load that alone can outlast Fastify's default plugin timeout.
    buildApp(t, { plugin: { transport, ...plugin }, fastify: { pluginTimeout: 60_000 } })

  t.test(`${transport}: a two-step tool conversation, streamed`, async (t) => {
    const { app, mock, logs } = await build(t)
    // Arguments split inside a key and inside a value: the call is put together before anything is sent.
    mock.queueReply({
      chunks: ['Let me ', 'look that up. '],
      toolCalls: [{ id: 'abcDEF123', name: 'find_customer', argumentChunks: ['{"na', 'me": "Ada', ' Lovelace"}'] }],
    })
    const question: ChatRequest = { ...base, messages: [ask('Who is Ada?')], tools: [lookup], toolChoice: 'auto' }
    const first = await collect(app.mistral.chat.stream(question, { userId: 'agent-1' }))
    t.strictSame(
      first.map((event) => event.type),
      ['delta', 'toolCalls', 'done'],
      'text, then the whole call, then done',
    )
    t.equal(textOf(first), 'Let me look that up. ')
    const calls = first.find((event) => event.type === 'toolCalls')
    t.strictSame(calls, {
      type: 'toolCalls',
      toolCalls: [
        {
          id: 'abcDEF123',
          type: 'function',
          function: { name: 'find_customer', arguments: '{"name": "Ada Lovelace"}' },
        },
      ],
    })
    t.match(first.at(-1), { type: 'done', finishReason: 'tool_calls', usage: { totalTokens: Number } })
    t.notOk('choices' in (first.at(-1) as object), 'one choice: done lists no choices')
    t.match(mock.requests[0]?.body, {
      stream: true,
      tools: [{ function: { name: 'find_customer' } }],
      tool_choice: 'auto',
    })

    mock.queueReply({ chunks: ['Ada is ', 'a customer since 1843.'] })
    const toolCalls = calls?.type === 'toolCalls' ? calls.toolCalls : []
    const second = await collect(
      app.mistral.chat.stream({
        ...question,
        messages: [
          ask('Who is Ada?'),
          { role: 'assistant', content: 'Let me look that up. ', toolCalls },
          { role: 'tool', toolCallId: 'abcDEF123', name: 'find_customer', content: '{"since":1843}' },
        ],
      }),
    )
    t.equal(textOf(second), 'Ada is a customer since 1843.')
    t.match(mock.requests[1]?.body, {
      messages: [
        { role: 'user' },
        { role: 'assistant', tool_calls: [{ id: 'abcDEF123', function: { arguments: '{"name": "Ada Lovelace"}' } }] },
        { role: 'tool', tool_call_id: 'abcDEF123', name: 'find_customer' },
      ],
    })
    t.match(auditsOf(logs), [
      { action: 'chat.stream', userId: 'agent-1', statusCode: 200, findings: [] },
      { action: 'chat.stream', statusCode: 200, findings: [] },
    ])
  })

  t.test(`${transport}: a secret in streamed tool-call arguments is redacted inside the JSON`, async (t) => {
    const { app, mock, logs } = await build(t)
    mock.queueReply({
      toolCalls: [
        {
          id: 'abcDEF123',
          name: 'find_customer',
          argumentChunks: ['{"name":"Ines","email":"ines.car', 'valho.canary@correio.pt"}'],
        },
        { id: 'ghiJKL456', name: 'find_customer', arguments: { name: 'Bob' } },
      ],
    })
    const events = await collect(app.mistral.chat.stream({ ...base, messages: [ask('Find Ines')], tools: [lookup] }))
    const calls = events.find((event) => event.type === 'toolCalls')
    const toolCalls = calls?.type === 'toolCalls' ? calls.toolCalls : []
    t.equal(toolCalls.length, 2, 'both calls, in their order')
    t.strictSame(JSON.parse(toolCalls[0]?.function.arguments as string), {
      name: 'Ines',
      email: '[REDACTED:email]',
    })
    t.equal(toolCalls[1]?.function.arguments, '{"name":"Bob"}', 'a clean call is passed on as it came')
    t.match(auditsOf(logs), [
      { statusCode: 200, findings: [{ type: 'email', count: 1, direction: 'output', action: 'redact' }] },
    ])
  })

  t.test(`${transport}: a JSON-schema stream with a secret: redacted, still valid JSON`, async (t) => {
    const { app, mock, logs } = await build(t)
    const reply = JSON.stringify({ name: 'Ines', email: EMAIL, note: `card ${CARD}` })
    // Split mid-value, so a text screen would see the value cut in two.
    const cuts = [5, 27, 40, reply.length]
    mock.queueReply({ chunks: cuts.map((end, i) => reply.slice(cuts[i - 1] ?? 0, end)) })
    const events = await collect(
      app.mistral.chat.stream({ ...base, messages: [ask('Describe Ines')], responseFormat: person }),
    )
    t.strictSame(
      events.map((event) => event.type),
      ['delta', 'done'],
      'the JSON is held and sent whole, once screened',
    )
    t.strictSame(JSON.parse(textOf(events)), {
      name: 'Ines',
      email: '[REDACTED:email]',
      note: 'card [REDACTED:credit_card]',
    })
    t.match(mock.requests[0]?.body, { response_format: { type: 'json_schema', json_schema: { name: 'person' } } })
    t.match(auditsOf(logs)[0], { statusCode: 200, findings: [{ direction: 'output' }, { direction: 'output' }] })
  })

  t.test(`${transport}: n = 2 streams both choices, each event naming its choice`, async (t) => {
    const { app, mock } = await build(t)
    mock.queueReply((_body, index) => ({ chunks: index === 0 ? ['First ', 'answer.'] : [`mail ${EMAIL}`, ' ok.'] }))
    const events = await collect(app.mistral.chat.stream({ ...base, messages: [ask('Two answers')], n: 2 }))
    t.equal(textOf(events, 0), 'First answer.')
    t.equal(textOf(events, 1), 'mail [REDACTED:email] ok.', 'each choice has its own screen')
    t.ok(
      events.every((event) => event.type === 'done' || event.index === 0 || event.index === 1),
      'every event names its choice',
    )
    t.strictSame(events.at(-1), {
      type: 'done',
      finishReason: 'stop',
      usage: (events.at(-1) as { usage: object }).usage,
      choices: [
        { index: 0, finishReason: 'stop' },
        { index: 1, finishReason: 'stop' },
      ],
    })
    t.match(mock.requests[0]?.body, { n: 2, stream: true })
  })
}

t.test('the guard blocks tool-call arguments and JSON replies: the stream ends with the error, audited', async (t) => {
  const { app, mock, logs } = await buildApp(t, { plugin: { guard: { output: 'block' } } })
  mock.queueReply({ chunks: ['Checking. '], toolCalls: [{ name: 'find_customer', arguments: { email: EMAIL } }] })
  const blockedCall = await failure(app.mistral.chat.stream({ ...base, messages: [ask('Find')], tools: [lookup] }))
  t.match(blockedCall.error, { code: 'FST_MISTRAL_SENSITIVE_REPLY', statusCode: 502 })
  t.notOk(
    blockedCall.events.some((event) => event.type === 'toolCalls' || event.type === 'done'),
    'no tool call, no done',
  )
  mock.queueReply({ chunks: [JSON.stringify({ email: EMAIL })] })
  const blockedJson = await failure(
    app.mistral.chat.stream({ ...base, messages: [ask('Describe')], responseFormat: { type: 'json_object' } }),
  )
  t.match(blockedJson.error, { code: 'FST_MISTRAL_SENSITIVE_REPLY' })
  t.strictSame(blockedJson.events, [], 'nothing of the JSON was sent')
  t.match(auditsOf(logs), [
    { statusCode: 502, errorCode: 'FST_MISTRAL_SENSITIVE_REPLY', findings: [{ type: 'email', action: 'block' }] },
    { statusCode: 502, errorCode: 'FST_MISTRAL_SENSITIVE_REPLY', findings: [{ type: 'email', action: 'block' }] },
  ])
})

t.test('log-only output passes tool calls on unchanged, the findings counted', async (t) => {
  const { app, mock, logs } = await buildApp(t, { plugin: { guard: { output: 'log' } } })
  // Not a canary: the log action lets it through, by design.
  const args = JSON.stringify({ email: 'piet.jansen@posteo.nl' })
  mock.queueReply({ toolCalls: [{ id: 'abcDEF123', name: 'find_customer', arguments: args }] })
  const events = await collect(app.mistral.chat.stream({ ...base, messages: [ask('Find')], tools: [lookup] }))
  t.match(events[0], { type: 'toolCalls', toolCalls: [{ function: { arguments: args } }] })
  t.match(auditsOf(logs), [{ findings: [{ type: 'email', action: 'log' }] }])
})

t.test('reply tool calls are held to the request: offered tools only, Mistral-shaped ids', async (t) => {
  const { app, mock, logs } = await buildApp(t)
  const request: ChatRequest = { ...base, messages: [ask('Find')], tools: [lookup] }
  const cases: Array<[string, Parameters<typeof mock.queueReply>[0]]> = [
    ['a tool not offered', { toolCalls: [{ id: 'abcDEF123', name: 'delete_everything', arguments: {} }] }],
    ['an id of the wrong shape', { toolCalls: [{ id: 'has space', name: 'find_customer', arguments: {} }] }],
  ]
  for (const [label, reply] of cases) {
    mock.queueReply(reply)
    const { error, events } = await failure(app.mistral.chat.stream(request))
    t.match(error, { code: 'FST_MISTRAL_UPSTREAM_ERROR', statusCode: 502 }, label)
    t.notOk(
      events.some((event) => event.type === 'toolCalls'),
      `${label}: nothing of it was sent`,
    )
  }
  t.equal(auditsOf(logs).length, cases.length, 'one entry per stream')
  t.ok(
    logs.some(
      (line) => line.msg === 'mistral upstream call failed' && (line.upstream as Entry)?.kind === 'invalid_response',
    ),
  )
})

t.test('chat.complete holds reply tool calls to the offered tools too, in every choice', async (t) => {
  const { app, mock, logs } = await buildApp(t)
  const rogue = { id: 'abcDEF123', name: 'delete_everything', arguments: {} }
  mock.queueReply({ toolCalls: [rogue] })
  const offered = await app.mistral.chat
    .complete({ ...base, messages: [ask('Find')], tools: [lookup] })
    .catch((error: unknown) => error)
  t.match(offered, { code: 'FST_MISTRAL_UPSTREAM_ERROR', statusCode: 502 }, 'a tool the request did not offer')
  mock.queueReply({ toolCalls: [rogue] })
  const none = await app.mistral.chat.complete({ ...base, messages: [ask('Find')] }).catch((error: unknown) => error)
  t.match(none, { code: 'FST_MISTRAL_UPSTREAM_ERROR' }, 'a tool call when no tool was offered')
  mock.queueReply({ toolCalls: [{ ...rogue, name: 'find_customer' }] })
  const good = await app.mistral.chat.complete({ ...base, messages: [ask('Find')], tools: [lookup] })
  t.equal(good.toolCalls?.[0]?.function.name, 'find_customer', 'an offered tool passes')
  t.equal(auditsOf(logs).length, 3)
})

t.test('plain text with n: 1 and a text responseFormat streams as before', async (t) => {
  const { app, mock } = await buildApp(t)
  mock.queueReply({ chunks: ['Just ', 'text.'] })
  const request: ChatRequest = { ...base, messages: [ask('Hi')], n: 1, responseFormat: { type: 'text' } }
  const events = await collect(app.mistral.chat.stream(request))
  t.equal(textOf(events), 'Just text.')
  t.ok(
    events.slice(0, -1).every((event) => Object.keys(event).join() === 'type,content'),
    'deltas without an index',
  )
  t.strictSame(Object.keys(events.at(-1) as object), ['type', 'finishReason', 'usage'])
})

t.test('the route streams tool calls, JSON and several choices as SSE data events', async (t) => {
  const { app, mock, logs } = await buildApp(t)
  mock.queueReply({
    toolCalls: [{ id: 'abcDEF123', name: 'find_customer', argumentChunks: ['{"email":', `"${EMAIL}"}`] }],
  })
  const tools = await app.inject({
    method: 'POST',
    url: '/api/chat',
    payload: { ...base, messages: [ask('Find Ines')], tools: [lookup], stream: true },
  })
  t.equal(tools.statusCode, 200)
  t.strictSame(sseEvents(tools.body), [
    {
      event: 'message',
      data: {
        type: 'toolCalls',
        toolCalls: [
          {
            id: 'abcDEF123',
            type: 'function',
            function: { name: 'find_customer', arguments: '{"email":"[REDACTED:email]"}' },
          },
        ],
      },
    },
    {
      event: 'message',
      data: { type: 'done', finishReason: 'tool_calls', usage: (sseEvents(tools.body)[1]?.data as Entry)?.usage },
    },
    { event: 'message', data: '[DONE]' },
  ])

  mock.queueReply({ chunks: ['{"name":"In', `es","email":"${EMAIL}"}`] })
  const json = await app.inject({
    method: 'POST',
    url: '/api/chat',
    payload: { ...base, messages: [ask('Describe')], responseFormat: person, stream: true },
  })
  const [jsonReply, ...jsonRest] = sseEvents(json.body)
  t.equal(jsonRest.length, 2, 'then done and [DONE]')
  t.strictSame(JSON.parse((jsonReply?.data as { content?: string } | undefined)?.content ?? ''), {
    name: 'Ines',
    email: '[REDACTED:email]',
  })

  mock.queueReply((_body, index) => ({ chunks: [`choice ${index}`] }))
  const several = await app.inject({
    method: 'POST',
    url: '/api/chat',
    payload: { ...base, messages: [ask('Two')], n: 2, stream: true },
  })
  const severalEvents = sseEvents(several.body).map(({ data }) => data)
  t.match(severalEvents, [
    { type: 'delta', content: 'choice 0', index: 0 },
    { type: 'delta', content: 'choice 1', index: 1 },
    {
      type: 'done',
      finishReason: 'stop',
      choices: [
        { index: 0, finishReason: 'stop' },
        { index: 1, finishReason: 'stop' },
      ],
    },
    '[DONE]',
  ])
  t.ok(outputIncludes('[REDACTED:email]'), 'the streamed bytes reach the leak check')
  t.match(auditsOf(logs), [
    { action: 'chat.stream', statusCode: 200, findings: [{ type: 'email', action: 'redact' }] },
    { action: 'chat.stream', statusCode: 200, findings: [{ type: 'email', action: 'redact' }] },
    { action: 'chat.stream', statusCode: 200 },
  ])
})

t.test('the route refuses what the profile does not allow, before anything streams', async (t) => {
  const { app, mock } = await buildApp(t, { plugin: { profiles: { development: { allowTools: false } } } })
  const refused = await app.inject({
    method: 'POST',
    url: '/api/chat',
    payload: { ...base, messages: [ask('Find')], tools: [lookup], stream: true },
  })
  t.equal(refused.statusCode, 403)
  t.match(refused.json(), { code: 'FST_MISTRAL_POLICY_VIOLATION', details: [{ rule: 'tools_allowed', path: 'tools' }] })
  t.equal(mock.requests.length, 0)
})

t.test(
  'a cut tool-call stream: one entry, the budget charged for what was generated, nothing unscreened sent',
  async (t) => {
    const { app, mock, logs } = await buildApp(t, {
      plugin: { budget: { tokens: 100_000, window: WINDOW_NO_TEST_CROSSES } },
    })
    mock.queueReply({
      chunks: ['Looking. '],
      toolCalls: [{ id: 'abcDEF123', name: 'find_customer', argumentChunks: ['{"email":"', EMAIL, '"}'] }],
    })
    // Chunks: role, text, the call's first piece, its second piece: cut before the rest arrives.
    mock.fault({ cutStreamAfter: 4 })
    const { error, events } = await failure(
      app.mistral.chat.stream({ ...base, messages: [ask('Find')], tools: [lookup] }, { budgetKey: 'user:1' }),
    )
    t.match(error, { code: 'FST_MISTRAL_UPSTREAM_ERROR', statusCode: 502 })
    t.notOk(
      events.some((event) => event.type === 'toolCalls'),
      'a call never finished is never sent',
    )
    const state = await app.mistral.budget.get('user:1')
    t.equal(state?.reserved, 0, 'the hold is settled')
    t.ok((state?.used ?? 0) > 0, 'the stream is charged')
    t.match(auditsOf(logs), [{ action: 'chat.stream', statusCode: 502, errorCode: 'FST_MISTRAL_UPSTREAM_ERROR' }])
  },
)

/** A stand-in for Mistral that answers each stream with the next scripted list of wire chunks, then `[DONE]`. */
async function scriptedUpstream(t: Test, streams: object[][]): Promise<string> {
  let n = 0
  const server = createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'text/event-stream' })
      const frames = (streams[n++] ?? []).map((chunk) =>
        JSON.stringify({ id: 'c1', model: 'mistral-small-latest', ...chunk }),
      )
      res.end([...frames, '[DONE]'].map((frame) => `data: ${frame}\n\n`).join(''))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => new Promise<void>((resolve) => server.close(() => resolve())))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

const choice = (index: number, delta: object, finishReason: string | null = null) => ({
  choices: [{ index, delta, finish_reason: finishReason }],
})
const piece = (fields: object) => ({ content: '', tool_calls: [fields] })

t.test("chunks that break a stream's rules fail it as an invalid reply, before anything of them is sent", async (t) => {
  const cases: Array<[string, object[]]> = [
    ['a choice not asked for', [choice(1, { content: 'hi' })]],
    ['a choice index below 0', [choice(-1, { content: 'hi' })]],
    ['text after its choice ended', [choice(0, { content: 'a' }, 'stop'), choice(0, { content: 'b' })]],
    [
      'a second call merged under one index',
      [
        choice(0, piece({ index: 0, id: 'abcDEF123', function: { name: 'find_customer', arguments: '{' } })),
        choice(0, piece({ index: 0, id: 'ghiJKL456', function: { name: 'find_customer', arguments: '}' } })),
      ],
    ],
    [
      'a call renamed mid-way',
      [
        choice(0, piece({ index: 0, id: 'abcDEF123', function: { name: 'find_customer', arguments: '{' } })),
        choice(0, piece({ index: 0, function: { name: 'other_tool', arguments: '}' } })),
      ],
    ],
    [
      'a tool call after its choice ended',
      [
        choice(0, { content: 'a' }, 'stop'),
        choice(0, piece({ index: 0, id: 'abcDEF123', function: { name: 'find_customer', arguments: '{}' } })),
      ],
    ],
    ['tool calls that are not a list', [choice(0, { content: '', tool_calls: { index: 0 } })]],
    ['a call piece that is not an object', [choice(0, { content: '', tool_calls: ['find_customer'] })]],
    ['a call piece without a function', [choice(0, piece({ index: 0, id: 'abcDEF123', function: 'x' }))]],
    ['a call without an id', [choice(0, piece({ index: 0, function: { name: 'find_customer', arguments: '{}' } }))]],
  ]
  const serverURL = await scriptedUpstream(
    t,
    cases.map(([, chunks]) => chunks),
  )
  const { app, logs } = await buildApp(t, { plugin: { serverURL } })
  for (const [label] of cases) {
    const { error, events } = await failure(
      app.mistral.chat.stream({ ...base, messages: [ask('Find')], tools: [lookup] }),
    )
    t.match(error, { code: 'FST_MISTRAL_UPSTREAM_ERROR', statusCode: 502 }, label)
    t.notOk(
      events.some((event) => event.type !== 'delta'),
      `${label}: no tool call, no done`,
    )
  }
  t.match(
    auditsOf(logs).map((entry) => entry.errorCode),
    cases.map(() => 'FST_MISTRAL_UPSTREAM_ERROR'),
    'one entry per stream',
  )
})

t.test('no finish reasons: tool_calls after tool calls, else stop; a call without index is call 0', async (t) => {
  const serverURL = await scriptedUpstream(t, [
    [
      choice(0, { content: 'hi' }),
      choice(0, piece({ id: 'abcDEF123', function: { name: 'find_customer', arguments: null } })),
      choice(0, piece({ function: { name: '', arguments: '{}' } })),
      // Usage alone, with no choice: it belongs to the answer.
      { choices: [], usage: { prompt_tokens: 1, completion_tokens: 2, total_tokens: 3 } },
    ],
    [choice(0, { content: 'one' }), choice(1, { content: 'two' })],
  ])
  const { app } = await buildApp(t, { plugin: { serverURL } })
  const events = await collect(app.mistral.chat.stream({ ...base, messages: [ask('Find')], tools: [lookup] }))
  t.strictSame(events, [
    { type: 'delta', content: 'hi' },
    {
      type: 'toolCalls',
      toolCalls: [{ id: 'abcDEF123', type: 'function', function: { name: 'find_customer', arguments: '{}' } }],
    },
    { type: 'done', finishReason: 'tool_calls', usage: { promptTokens: 1, completionTokens: 2, totalTokens: 3 } },
  ])
  const several = await collect(app.mistral.chat.stream({ ...base, messages: [ask('Two')], n: 2 }))
  t.match(several.at(-1), {
    type: 'done',
    finishReason: 'stop',
    choices: [
      { index: 0, finishReason: 'stop' },
      { index: 1, finishReason: 'stop' },
    ],
  })
})

t.test('with the input guard off, a streamed reply still records what the output guard found', async (t) => {
  const { app, mock, logs } = await buildApp(t, { plugin: { guard: { input: false } } })
  mock.queueReply({ toolCalls: [{ id: 'abcDEF123', name: 'find_customer', arguments: { email: EMAIL } }] })
  await collect(app.mistral.chat.stream({ ...base, messages: [ask('Find')], tools: [lookup], n: 2 }))
  t.match(auditsOf(logs), [
    {
      findings: [
        { type: 'email', count: 1, direction: 'output' },
        { type: 'email', count: 1, direction: 'output' },
      ],
    },
  ])
})

t.test('n = 2 with tools: the tool calls name their choice, done gives each finish reason', async (t) => {
  const { app, mock } = await buildApp(t)
  mock.queueReply((_body, index) =>
    index === 0
      ? { chunks: ['No tool needed.'] }
      : { toolCalls: [{ id: 'abcDEF123', name: 'find_customer', argumentChunks: ['{"name":', '"Ada"}'] }] },
  )
  const events = await collect(app.mistral.chat.stream({ ...base, messages: [ask('Find Ada')], tools: [lookup], n: 2 }))
  t.strictSame(events.slice(0, -1), [
    { type: 'delta', content: 'No tool needed.', index: 0 },
    {
      type: 'toolCalls',
      toolCalls: [
        { id: 'abcDEF123', type: 'function', function: { name: 'find_customer', arguments: '{"name":"Ada"}' } },
      ],
      index: 1,
    },
  ])
  t.match(events.at(-1), {
    type: 'done',
    finishReason: 'stop',
    choices: [
      { index: 0, finishReason: 'stop' },
      { index: 1, finishReason: 'tool_calls' },
    ],
  })
})
