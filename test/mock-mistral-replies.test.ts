import type { CompletionEvent } from '@mistralai/mistralai/models/components'
import { HTTPValidationError, SDKError } from '@mistralai/mistralai/models/errors'
import t from 'tap'
import type { MockChatRequest } from '../src/testing/index.js'
import { collect, failure, hello, MODEL, post, setup } from './helpers/mock-sdk.js'

// Replies a test scripts, streamed or whole: queue, tool calls, JSON mode, n choices, stop, exact chunks.

type StreamChoice = {
  index: number
  delta: {
    role?: string | null
    content?: unknown
    toolCalls?: Array<{ id?: string; function: { name: string; arguments: unknown } }> | null
  }
  finishReason: string | null
}
const choicesOf = (events: CompletionEvent[]) => events.flatMap((e) => e.data.choices as StreamChoice[])
const textOf = (events: CompletionEvent[], index = 0) =>
  choicesOf(events)
    .filter((c) => c.index === index)
    .map((c) => c.delta.content ?? '')
    .join('')

t.test('queued replies answer the next requests in order, then the reply function again', async (t) => {
  const { mock, client } = await setup(t)
  mock.queueReply('first', { content: 'second' }, (body: MockChatRequest) => `third for ${body.model}`)
  const answers = []
  for (let i = 0; i < 4; i++) answers.push((await client.chat.complete(hello)).choices[0]?.message?.content)
  t.same(answers, ['first', 'second', `third for ${MODEL}`, 'You said: hello'])
  mock.queueReply('dropped')
  mock.reset()
  t.equal(
    (await client.chat.complete(hello)).choices[0]?.message?.content,
    'You said: hello',
    'reset empties the queue',
  )
})

t.test('tool calls: scripted, with ids of Mistral’s shape, arguments as JSON text', async (t) => {
  const { mock, client } = await setup(t)
  mock.queueReply({
    toolCalls: [
      { name: 'clock', arguments: { zone: 'UTC' } },
      { id: 'fixedId42', name: 'weather', arguments: '{"city":"Paris"}' },
    ],
  })
  const res = await client.chat.complete({
    ...hello,
    tools: [{ type: 'function', function: { name: 'clock', parameters: {} } }],
  })
  const choice = res.choices[0]
  t.equal(choice?.finishReason, 'tool_calls')
  t.equal(choice?.message?.content, '')
  const calls = choice?.message?.toolCalls ?? []
  t.match(calls[0], { id: /^[a-zA-Z0-9]{9}$/, function: { name: 'clock', arguments: '{"zone":"UTC"}' } })
  t.match(calls[1], { id: 'fixedId42', function: { name: 'weather', arguments: '{"city":"Paris"}' } })

  // The conversation continues with the answers, as the SDK user would send them.
  const next = await client.chat.complete({
    model: MODEL,
    messages: [
      hello.messages[0] as { role: 'user'; content: string },
      { role: 'assistant', toolCalls: calls },
      { role: 'tool', toolCallId: calls[0]?.id as string, name: 'clock', content: '12:00' },
      { role: 'tool', toolCallId: 'fixedId42', name: 'weather', content: 'sunny' },
    ],
  })
  t.equal(next.choices[0]?.finishReason, 'stop')
})

t.test('a forced tool choice is answered with a call of that tool by default', async (t) => {
  const { client } = await setup(t)
  const tools = [
    { type: 'function' as const, function: { name: 'clock', parameters: {} } },
    { type: 'function' as const, function: { name: 'weather', parameters: {} } },
  ]
  const named = await client.chat.complete({
    ...hello,
    tools,
    toolChoice: { type: 'function', function: { name: 'weather' } },
  })
  t.match(named.choices[0]?.message?.toolCalls, [{ function: { name: 'weather', arguments: '{}' } }])
  const any = await client.chat.complete({ ...hello, tools, toolChoice: 'any' })
  t.match(any.choices[0]?.message?.toolCalls, [{ function: { name: 'clock' } }])
  const required = await client.chat.complete({ ...hello, tools, toolChoice: 'required' })
  t.equal(required.choices[0]?.finishReason, 'tool_calls')
  const auto = await client.chat.complete({ ...hello, tools, toolChoice: 'auto' })
  t.equal(auto.choices[0]?.message?.content, 'You said: hello', 'auto lets the echo answer')
  const none = await client.chat.complete({ ...hello, tools, toolChoice: 'none' })
  t.equal(none.choices[0]?.message?.content, 'You said: hello', 'none: the echo answers, no call')
  // A call required with nothing to call is refused (test/testing-server-strictness.test.ts).
})

t.test('JSON mode answers valid JSON by default, shaped by the JSON schema', async (t) => {
  const { client } = await setup(t)
  const object = await client.chat.complete({ ...hello, responseFormat: { type: 'json_object' } })
  t.same(JSON.parse(object.choices[0]?.message?.content as string), { reply: 'You said: hello' })
  const schema = {
    type: 'object',
    properties: {
      name: { type: 'string' },
      age: { type: 'integer' },
      score: { type: 'number' },
      ok: { type: 'boolean' },
      tags: { type: 'array', items: { type: 'string' } },
      level: { enum: ['low', 'high'] },
      kind: { const: 'person' },
      nothing: { type: 'null' },
      address: { type: 'object', properties: { city: { type: 'string' } } },
      loose: { type: 'object' },
      untyped: true,
    },
  }
  const shaped = await client.chat.complete({
    ...hello,
    responseFormat: { type: 'json_schema', jsonSchema: { name: 'person', schemaDefinition: schema } },
  })
  t.same(JSON.parse(shaped.choices[0]?.message?.content as string), {
    name: 'You said: hello',
    age: 0,
    score: 0,
    ok: false,
    tags: [],
    level: 'low',
    kind: 'person',
    nothing: null,
    address: { city: 'You said: hello' },
    loose: {},
    untyped: 'You said: hello',
  })
  const text = await client.chat.complete({ ...hello, responseFormat: { type: 'text' } })
  t.equal(text.choices[0]?.message?.content, 'You said: hello')
})

t.test('n choices: the reply function is asked once per choice', async (t) => {
  const { mock, client } = await setup(t)
  mock.setReply((_body, index) => `choice ${index}`)
  const res = await client.chat.complete({ ...hello, n: 3 })
  t.same(
    res.choices.map((c) => [c.index, c.message?.content]),
    [
      [0, 'choice 0'],
      [1, 'choice 1'],
      [2, 'choice 2'],
    ],
  )
  // 'choice N' is 8 characters: 2 tokens per choice, counted once per choice
  t.equal(res.usage.completionTokens, 6)
  const { chunks } = await collect(await client.chat.stream({ ...hello, n: 2 }))
  t.equal(textOf(chunks, 0), 'choice 0')
  t.equal(textOf(chunks, 1), 'choice 1')
  t.same(
    choicesOf(chunks)
      .filter((c) => c.finishReason)
      .map((c) => c.index),
    [0, 1],
  )
})

t.test('stop sequences end the reply before them', async (t) => {
  const { mock, client } = await setup(t)
  mock.setReply(() => 'one, two. three; four')
  const single = await client.chat.complete({ ...hello, stop: '.' })
  t.equal(single.choices[0]?.message?.content, 'one, two')
  t.equal(single.choices[0]?.finishReason, 'stop')
  const list = await client.chat.complete({ ...hello, stop: [';', ','] })
  t.equal(list.choices[0]?.message?.content, 'one', 'the earliest of several')
  const absent = await client.chat.complete({ ...hello, stop: ['#'] })
  t.equal(absent.choices[0]?.message?.content, 'one, two. three; four')
  mock.queueReply({ chunks: ['one, ', 'two', '. three'] })
  const { chunks } = await collect(await client.chat.stream({ ...hello, stop: '.' }))
  t.same(
    choicesOf(chunks).map((c) => c.delta.content),
    ['', 'one, ', 'two'],
    'scripted chunks are cut at the stop sequence too',
  )
})

t.test('a scripted finish reason and max_tokens cut scripted chunks', async (t) => {
  const { mock, client } = await setup(t)
  mock.queueReply({ content: 'partial', finishReason: 'model_length' })
  t.equal((await client.chat.complete(hello)).choices[0]?.finishReason, 'model_length')
  mock.queueReply({ chunks: ['abcd', 'efgh', 'ijkl'] })
  const { chunks } = await collect(await client.chat.stream({ ...hello, maxTokens: 2 }))
  t.same(
    choicesOf(chunks).map((c) => c.delta.content),
    ['', 'abcd', 'efgh'],
  )
  t.equal(choicesOf(chunks).at(-1)?.finishReason, 'length')
})

t.test('streams: exact scripted chunks, tool calls in one chunk, usage and finish on the last', async (t) => {
  const { mock, client } = await setup(t)
  mock.queueReply({ chunks: ['Hel', 'lo', '', ' wor', 'ld'] })
  const { chunks, err } = await collect(await client.chat.stream(hello))
  t.equal(err, undefined)
  const choices = choicesOf(chunks)
  t.same(
    choices.map((c) => c.delta.content),
    ['', 'Hel', 'lo', '', ' wor', 'ld'],
  )
  t.equal(choices[0]?.delta.role, 'assistant')
  t.same(
    choices.map((c) => c.finishReason),
    [null, null, null, null, null, 'stop'],
  )
  t.match(chunks.at(-1)?.data.usage, { completionTokens: 3 })

  mock.queueReply({ content: 'checking', toolCalls: [{ id: 'clockCall', name: 'clock', arguments: {} }] })
  const tools = await collect(await client.chat.stream(hello))
  const last = choicesOf(tools.chunks).at(-1)
  t.match(last?.delta.toolCalls, [{ id: 'clockCall', function: { name: 'clock', arguments: '{}' } }])
  t.equal(last?.finishReason, 'tool_calls')
  t.equal(textOf(tools.chunks), 'checking')

  mock.queueReply('')
  const empty = await collect(await client.chat.stream(hello))
  t.same(
    choicesOf(empty.chunks).map((c) => [c.delta.role, c.finishReason]),
    [['assistant', 'stop']],
    'an empty reply is the role chunk alone, finished',
  )
})

t.test(
  'streamed tool calls in scripted pieces parse with the SDK: id and name first, then index and arguments',
  async (t) => {
    const { mock, client } = await setup(t)
    mock.queueReply({
      toolCalls: [
        { id: 'pieceCall', name: 'clock', argumentChunks: ['{"zone":', '"UTC"}'] },
        { id: 'bareCall1', name: 'clock' },
      ],
    })
    const { chunks, err } = await collect(await client.chat.stream(hello))
    t.equal(err, undefined)
    const calls = choicesOf(chunks).flatMap((c) => c.delta.toolCalls ?? [])
    t.match(calls, [
      { id: 'pieceCall', index: 0, function: { name: 'clock', arguments: '{"zone":' } },
      { id: 'bareCall1', index: 1, function: { name: 'clock', arguments: '{}' } },
      // The SDK fills the id a later piece leaves out with the text "null".
      { id: 'null', index: 0, function: { name: '', arguments: '"UTC"}' } },
    ])
    t.equal(calls.length, 3)
    t.equal(choicesOf(chunks).at(-1)?.finishReason, 'tool_calls')
  },
)

t.test('streamDelayMs holds each chunk back: with a long delay only the first chunk arrives', async (t) => {
  const { mock, client } = await setup(t, { streamDelayMs: 60_000 })
  const stream = await client.chat.stream(hello)
  const iterator = stream[Symbol.asyncIterator]()
  const first = await iterator.next()
  t.same((first.value as CompletionEvent).data.choices[0]?.delta, { role: 'assistant', content: '' })
  const second = iterator.next()
  await mock.close()
  t.ok(await failure(second), 'the held-back chunk never came; closing the server ends the stream')

  const quick = await setup(t, { streamDelayMs: 1 })
  const all = await collect(await quick.client.chat.stream(hello))
  t.equal(all.err, undefined)
  t.equal(textOf(all.chunks), 'You said: hello')
})

t.test('stall fault: chunks stop, the connection stays open until the client gives up', async (t) => {
  const { mock, client } = await setup(t)
  mock.fault({ stallStreamAfter: 2 })
  t.equal((await client.chat.complete(hello)).choices[0]?.finishReason, 'stop', 'a whole request passes it by')
  const controller = new AbortController()
  const stream = await client.chat.stream(hello, { signal: controller.signal })
  const seen: CompletionEvent[] = []
  const reading = (async () => {
    for await (const event of stream) {
      seen.push(event)
      if (seen.length === 2) controller.abort()
    }
  })()
  t.ok(await failure(reading), 'the client gave up')
  t.equal(seen.length, 2)

  mock.fault({ stallStreamAfter: 3 })
  const stalled = await client.chat.stream(hello)
  const iterator = stalled[Symbol.asyncIterator]()
  for (let i = 0; i < 3; i++) await iterator.next()
  const fourth = iterator.next()
  await mock.close()
  t.ok(await failure(fourth), 'close() ends a stalled stream instead of waiting for it')
})

t.test('malformed chunk fault: the SDK fails on that chunk, after the ones before it', async (t) => {
  const { mock, client } = await setup(t)
  mock.fault({ malformedChunkAt: 2 })
  const { chunks, err } = await collect(await client.chat.stream(hello))
  t.equal(chunks.length, 2)
  t.ok(err, 'the SDK throws on the chunk it cannot parse')
  t.notOk(err instanceof SDKError, 'a raw schema error, not an HTTP error')
})

t.test('cutStreamAfter the last chunk: every chunk arrives but no [DONE]', async (t) => {
  const { mock } = await setup(t)
  const whole = await (await post(mock, '/v1/chat/completions', { ...hello, stream: true })).text()
  t.equal(whole.split('\n\n').filter(Boolean).length, 5, 'the role chunk, three content chunks and [DONE]')
  mock.fault({ cutStreamAfter: 4 })
  const res = await post(mock, '/v1/chat/completions', { ...hello, stream: true })
  const reader = (res.body as ReadableStream<Uint8Array>).getReader()
  let received = ''
  const err = await failure(
    (async () => {
      for (let part = await reader.read(); !part.done; part = await reader.read()) {
        received += Buffer.from(part.value).toString()
      }
    })(),
  )
  t.match(err, { message: 'terminated' }, 'the body breaks off')
  t.equal(received.split('\n\n').filter(Boolean).length, 4, 'every chunk arrived')
  t.notMatch(received, '[DONE]')
})

t.test('a large stream waits for its reader; a reader leaving mid-stream does not hurt the server', async (t) => {
  const { mock, client } = await setup(t)
  // 64 chunks of 16 KiB: far more than a socket buffer holds, so the server must wait for the reader to drain it.
  const big = Array.from({ length: 64 }, (_, i) => `${String(i).padStart(2, '0')}${'x'.repeat(16_382)}`)
  mock.queueReply({ chunks: big })
  const whole = await collect(await client.chat.stream(hello))
  t.equal(whole.err, undefined)
  t.equal(textOf(whole.chunks), big.join(''), 'every byte arrives, in order')

  // 10 MiB: more than the loopback socket buffers absorb, so the server is still waiting when the reader leaves.
  mock.queueReply({ chunks: Array.from({ length: 160 }, () => 'y'.repeat(65_536)) })
  const res = await post(mock, '/v1/chat/completions', { ...hello, stream: true })
  const reader = (res.body as ReadableStream<Uint8Array>).getReader()
  await reader.read()
  await reader.cancel()
  t.equal((await client.chat.complete(hello)).choices[0]?.message?.content, 'You said: hello', 'the server goes on')
})

// ---- Embeddings ----

t.test('embeddings: deterministic unit vectors of 1024 dimensions, usage, Mistral’s shape', async (t) => {
  const { mock, client } = await setup(t)
  const res = await client.embeddings.create({ model: 'mistral-embed', inputs: ['first text', 'second text'] })
  t.equal(res.object, 'list')
  t.equal(res.model, 'mistral-embed')
  t.match(res.id, /^[0-9a-f]{32}$/)
  t.same(
    res.data.map((d) => [d.object, d.index, d.embedding?.length]),
    [
      ['embedding', 0, 1024],
      ['embedding', 1, 1024],
    ],
  )
  const [a, b] = res.data.map((d) => d.embedding as number[])
  t.ok(Math.abs(Math.hypot(...(a as number[])) - 1) < 1e-9, 'unit length')
  t.notSame(a, b, 'different texts, different vectors')
  const again = await client.embeddings.create({ model: 'mistral-embed', inputs: 'first text' })
  t.same(again.data[0]?.embedding, a, 'the same text, the same vector')
  const otherModel = await client.embeddings.create({ model: 'codestral-embed', inputs: 'first text' })
  t.notSame(otherModel.data[0]?.embedding, a, 'the model is part of the hash')
  // 'first text' and 'second text': ceil(10/4) + ceil(11/4)
  t.same(res.usage, { promptTokens: 6, completionTokens: 0, totalTokens: 6 })
  const short = await client.embeddings.create({ model: 'codestral-embed', inputs: 'x', outputDimension: 8 })
  t.equal(short.data[0]?.embedding?.length, 8)
  t.match(mock.requests[0]?.body, { model: 'mistral-embed', input: ['first text', 'second text'] })
})

t.test('embeddings are strict like chat', async (t) => {
  const { mock, client } = await setup(t, { embeddingModels: ['my-embed'] })
  t.equal((await client.embeddings.create({ model: 'my-embed', inputs: 'x' })).model, 'my-embed')
  const unknown = (await failure(client.embeddings.create({ model: 'mistral-embed', inputs: 'x' }))) as SDKError
  t.equal(unknown.statusCode, 400)
  t.match(JSON.parse(unknown.body), { type: 'invalid_model', message: 'Invalid model: mistral-embed' })
  const zero = (await failure(
    client.embeddings.create({ model: 'my-embed', inputs: 'x', outputDimension: 0 }),
  )) as HTTPValidationError
  t.type(zero, HTTPValidationError)
  t.match(zero.detail, [{ loc: ['body', 'output_dimension'], type: 'greater_than_equal' }])
  const raw = await post(mock, '/v1/embeddings', { model: 'my-embed', inputs: ['x'], input: [], dims: 3 })
  t.equal(raw.status, 422)
  t.match(await raw.json(), {
    detail: [
      { type: 'too_short', loc: ['body', 'input'] },
      { type: 'extra_forbidden', loc: ['body', 'inputs'] },
      { type: 'extra_forbidden', loc: ['body', 'dims'] },
    ],
  })
  const missing = await post(mock, '/v1/embeddings', { model: 'my-embed' })
  t.match(await missing.json(), { detail: [{ type: 'missing', loc: ['body', 'input'] }] })
  const notObject = await post(mock, '/v1/embeddings', ['x'])
  t.match(await notObject.json(), { detail: [{ type: 'model_attributes_type', loc: ['body'] }] })
  const noKey = await fetch(`${mock.url}/v1/embeddings`, { method: 'POST', body: '{}' })
  t.equal(noKey.status, 401)
})
