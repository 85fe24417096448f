import { connect } from 'node:net'
import { Mistral } from '@mistralai/mistralai'
import {
  ConnectionError,
  HTTPValidationError,
  RequestTimeoutError,
  ResponseValidationError,
  SDKError,
} from '@mistralai/mistralai/models/errors'
import t from 'tap'
import {
  createMockMistral,
  DEFAULT_MOCK_EMBEDDING_MODELS,
  DEFAULT_MOCK_MODELS,
  type MockChatRequest,
} from '../src/testing/index.js'
import { call, collect, failure, hello, KEY, MODEL, setup } from './helpers/mock-sdk.js'
import { waitFor } from './helpers/wait.js'

// The SDK types list entries as a union that includes an open "unknown type" case without an id.
const modelId = (model: object) => ('id' in model ? model.id : undefined)

t.test('chat.complete echoes the last user message with realistic usage', async (t) => {
  const { client } = await setup(t)
  const res = await client.chat.complete(hello)
  t.equal(res.object, 'chat.completion')
  t.equal(res.model, MODEL)
  t.match(res.id, /^[0-9a-f]{32}$/)
  t.type(res.created, 'number')
  t.equal(res.choices.length, 1)
  t.equal(res.choices[0]?.message?.content, 'You said: hello')
  t.equal(res.choices[0]?.message?.role, 'assistant')
  t.equal(res.choices[0]?.finishReason, 'stop')
  // 'hello': ceil(5/4) + 4 per message; 'You said: hello': ceil(15/4)
  t.same(res.usage, { promptTokens: 6, completionTokens: 4, totalTokens: 10 })
})

t.test('the echo reads content chunks and skips tool-calling turns', async (t) => {
  const { client } = await setup(t)
  const res = await client.chat.complete({
    model: MODEL,
    messages: [
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'what is 6 times 7?' },
      { role: 'assistant', toolCalls: [{ id: 'callMul01', function: { name: 'mul', arguments: '{"a":6,"b":7}' } }] },
      { role: 'tool', content: '42', toolCallId: 'callMul01', name: 'mul' },
      { role: 'assistant', content: '42.' },
      {
        role: 'user',
        content: [
          { type: 'text', text: 'look at ' },
          { type: 'image_url', imageUrl: 'https://example.com/a.png' },
          { type: 'text', text: 'this' },
        ],
      },
    ],
  })
  t.equal(res.choices[0]?.message?.content, 'You said: look at this')
  // Text 9 + 18 + 0 + 2 + 3 + 12 = 44 characters, the tool call as the tokenizer renders it (JSON of its id, name
  // and arguments) 65, the call id the tool result answers 11: 120 -> 30, plus 4 for each of 6 messages
  t.equal(res.usage.promptTokens, 54)
})

t.test('with no user message the echo is empty', async (t) => {
  const { client } = await setup(t)
  const res = await client.chat.complete({
    model: MODEL,
    messages: [
      { role: 'system', content: 'You are terse.' },
      { role: 'assistant', toolCalls: [{ id: 'callClock', function: { name: 'clock', arguments: '{}' } }] },
      { role: 'tool', content: '12:00', toolCallId: 'callClock' },
    ],
  })
  t.equal(res.choices[0]?.message?.content, 'You said: ')
})

t.test('max_tokens truncates the reply with finish_reason length', async (t) => {
  const { client } = await setup(t)
  const res = await client.chat.complete({
    model: MODEL,
    messages: [{ role: 'user', content: 'please repeat this rather long sentence' }],
    maxTokens: 3,
  })
  t.equal(res.choices[0]?.message?.content, 'You said: pl')
  t.equal(res.choices[0]?.finishReason, 'length')
  t.equal(res.usage.completionTokens, 3)
  const roomy = await client.chat.complete({ ...hello, maxTokens: 4 })
  t.equal(roomy.choices[0]?.finishReason, 'stop', 'a reply of exactly max_tokens is not truncated')
})

t.test('chat.stream: a role chunk, then the content in word chunks, usage on the last', async (t) => {
  const { client } = await setup(t)
  const prompt = { model: MODEL, messages: [{ role: 'user' as const, content: 'one two three' }] }
  const whole = await client.chat.complete(prompt)
  const { chunks, err } = await collect(await client.chat.stream(prompt))
  t.equal(err, undefined)
  t.equal(chunks.length, 6)
  const choices = chunks.map(
    (c) => c.data.choices[0] as { delta: { content: string; role?: string }; finishReason: string | null },
  )
  t.same(choices[0]?.delta, { role: 'assistant', content: '' }, 'the first chunk carries the role, as Mistral sends it')
  t.ok(choices.slice(1).every((c) => c.delta.role === undefined))
  t.same(
    choices.map((c) => c.delta.content),
    ['', 'You ', 'said: ', 'one ', 'two ', 'three'],
  )
  t.equal(choices.map((c) => c.delta.content).join(''), whole.choices[0]?.message?.content)
  t.same(
    choices.map((c) => c.finishReason),
    [null, null, null, null, null, 'stop'],
  )
  const data = chunks.map((c) => c.data as { object?: string; usage?: unknown })
  t.same(data.at(-1)?.usage, whole.usage)
  t.ok(data.slice(0, -1).every((d) => d.usage === undefined))
  t.ok(data.every((d) => d.object === 'chat.completion.chunk'))
})

t.test('a truncated stream ends with finish_reason length', async (t) => {
  const { client } = await setup(t)
  const { chunks } = await collect(await client.chat.stream({ ...hello, maxTokens: 2 }))
  const last = chunks.at(-1)?.data.choices[0] as { delta: { content: string }; finishReason: string }
  t.equal(last.finishReason, 'length')
  t.equal(chunks.map((c) => (c.data.choices[0] as { delta: { content: string } }).delta.content).join(''), 'You said')
})

t.test('the stream is SSE terminated by [DONE]', async (t) => {
  const { mock } = await setup(t)
  const res = await call(mock, '/v1/chat/completions', {
    method: 'POST',
    body: JSON.stringify({ ...hello, stream: true }),
  })
  t.equal(res.headers.get('content-type'), 'text/event-stream')
  const text = await res.text()
  t.ok(text.endsWith('data: [DONE]\n\n'))
  t.equal(text.split('\n\n').filter(Boolean).length, 5, 'the role chunk, three content chunks and [DONE]')
})

t.test('models.list serves the default chat models, then the embedding models, as base model cards', async (t) => {
  const { client } = await setup(t)
  const list = await client.models.list()
  t.equal(list.object, 'list')
  t.same(list.data?.map(modelId), [...DEFAULT_MOCK_MODELS, ...DEFAULT_MOCK_EMBEDDING_MODELS])
  t.match(
    list.data?.find((m) => modelId(m) === 'mistral-embed'),
    {
      capabilities: { completionChat: false, completionFim: false, functionCalling: false },
      maxContextLength: 8192,
    },
  )
  const codestral = list.data?.find((m) => modelId(m) === 'codestral-latest')
  t.match(codestral, {
    type: 'base',
    ownedBy: 'mistralai',
    capabilities: { completionChat: true, completionFim: true },
  })
  t.match(list.data?.[0], { capabilities: { completionFim: false } })
})

t.test('the models option replaces the served models', async (t) => {
  const { client } = await setup(t, { models: ['my-model'], embeddingModels: ['my-embed'] })
  const list = await client.models.list()
  t.same(list.data?.map(modelId), ['my-model', 'my-embed'])
  const res = await client.chat.complete({ ...hello, model: 'my-model' })
  t.equal(res.model, 'my-model')
  const err = await failure(client.chat.complete(hello))
  t.type(err, SDKError)
  t.equal((err as SDKError).statusCode, 400)
})

t.test('401 for a wrong key, without echoing it', async (t) => {
  const { mock } = await setup(t)
  const wrongKey = 'wrong-key-abcdefghij0123456789'
  const err = await failure(new Mistral({ apiKey: wrongKey, serverURL: mock.url }).chat.complete(hello))
  t.type(err, SDKError)
  const sdkErr = err as SDKError
  t.equal(sdkErr.statusCode, 401)
  const body = JSON.parse(sdkErr.body)
  t.same(Object.keys(body), ['message', 'request_id'], 'the body Mistral sends for a bad key')
  t.equal(body.message, 'Unauthorized')
  t.match(body.request_id, /^[0-9a-f]{32}$/)
  t.notMatch(sdkErr.message, wrongKey)
  t.notMatch(sdkErr.body, wrongKey)
  t.equal(mock.requests.length, 1, 'a refused request is still recorded')
})

t.test('401 without an authorization header or with another scheme', async (t) => {
  const { mock } = await setup(t)
  t.equal((await call(mock, '/v1/models', { key: null })).status, 401)
  t.equal((await call(mock, '/v1/models', { key: null, headers: { authorization: KEY } })).status, 401)
  t.equal((await call(mock, '/v1/models')).status, 200)
})

t.test('no key is accepted by default; addKey and revokeKey change that', async (t) => {
  const mock = await createMockMistral()
  t.teardown(() => mock.close())
  const client = new Mistral({ apiKey: KEY, serverURL: mock.url })
  t.equal(((await failure(client.models.list())) as SDKError).statusCode, 401)
  mock.addKey(KEY)
  t.equal((await client.models.list()).data?.length, DEFAULT_MOCK_MODELS.length + DEFAULT_MOCK_EMBEDDING_MODELS.length)
  mock.revokeKey(KEY)
  const err = await failure(client.chat.complete(hello))
  t.type(err, SDKError)
  t.equal((err as SDKError).statusCode, 401)
})

t.test('invalid parameters from the SDK get 422, which it throws as HTTPValidationError', async (t) => {
  const { client } = await setup(t)
  const err = await failure(client.chat.complete({ ...hello, temperature: 2, topP: 1.5, maxTokens: -1 }))
  t.type(err, HTTPValidationError)
  const validation = err as HTTPValidationError
  t.equal(validation.statusCode, 422)
  t.same(
    validation.detail?.map((d) => d.loc),
    [
      ['body', 'temperature'],
      ['body', 'top_p'],
      ['body', 'max_tokens'],
    ],
  )
  t.match(validation.detail?.[2], {
    type: 'greater_than_equal',
    input: -1,
    msg: 'Input should be greater than or equal to 0',
  })
  t.match(validation.detail?.[0], {
    type: 'less_than_equal',
    input: 2,
    msg: 'Input should be less than or equal to 1.5',
  })
  const zeroTopP = (await failure(client.chat.complete({ ...hello, topP: 0 }))) as HTTPValidationError
  t.match(zeroTopP.detail, [{ loc: ['body', 'top_p'], type: 'greater_than', msg: 'Input should be greater than 0' }])
  const negative = await failure(client.chat.complete({ ...hello, temperature: -0.1 }))
  t.type(negative, HTTPValidationError)
  const empty = await failure(client.chat.complete({ model: MODEL, messages: [] }))
  t.same((empty as HTTPValidationError).detail?.[0]?.loc, ['body', 'messages'])
  const edges = await client.chat.complete({ ...hello, temperature: 1.5, topP: 1, maxTokens: null })
  t.equal(edges.choices[0]?.finishReason, 'stop', 'upper bounds are inclusive and null means absent')
  const noTokens = await client.chat.complete({ ...hello, maxTokens: 0 })
  t.equal(noTokens.choices[0]?.message?.content, '', 'max_tokens 0 is allowed and yields nothing')
  t.equal(noTokens.choices[0]?.finishReason, 'length')
})

t.test('malformed bodies get 422 with pydantic-style locations', async (t) => {
  const { mock } = await setup(t)
  const post = async (body: string) => {
    const res = await call(mock, '/v1/chat/completions', { method: 'POST', body })
    t.equal(res.status, 422)
    const json = (await res.json()) as { detail: Array<{ loc: unknown[]; type: string; msg: string }> }
    return json.detail
  }
  t.match(await post('{"model": "mistral-sma'), [{ loc: ['body', 10], type: 'json_invalid' }])
  t.equal(mock.requests.at(-1)?.body, '{"model": "mistral-sma', 'unparseable bodies are recorded raw')
  t.match(await post('[]'), [{ loc: ['body'] }])
  t.match(await post('{}'), [
    { loc: ['body', 'model'], type: 'missing' },
    { loc: ['body', 'messages'], type: 'missing', msg: 'Field required' },
  ])
  t.match(
    await post(
      JSON.stringify({
        model: MODEL,
        messages: ['hi', { role: 'robot', content: 'x' }, { role: 'user' }, { role: 'user', content: 7 }],
        max_tokens: 1.5,
        temperature: 'hot',
      }),
    ),
    [
      { loc: ['body', 'temperature'], input: 'hot', type: 'float_type' },
      { loc: ['body', 'max_tokens'], input: 1.5, type: 'int_from_float' },
      { loc: ['body', 'messages', 0, 'role'], type: 'literal_error' },
      {
        loc: ['body', 'messages', 1, 'role'],
        input: 'robot',
        msg: "Input should be 'system', 'user', 'assistant' or 'tool'",
      },
      { loc: ['body', 'messages', 2, 'content'], type: 'missing', msg: 'Field required' },
      { loc: ['body', 'messages', 3, 'content'], input: 7 },
    ],
  )
})

t.test('an unknown model gets 400 invalid_model', async (t) => {
  const { client } = await setup(t)
  const err = await failure(client.chat.complete({ ...hello, model: 'gpt-4o' }))
  t.type(err, SDKError)
  t.notOk(err instanceof HTTPValidationError)
  const sdkErr = err as SDKError
  t.equal(sdkErr.statusCode, 400)
  t.match(JSON.parse(sdkErr.body), { object: 'error', type: 'invalid_model', message: 'Invalid model: gpt-4o' })
})

t.test('unknown paths and methods get 404', async (t) => {
  const { mock } = await setup(t)
  for (const [method, path] of [
    ['GET', '/v1/embeddings'],
    ['GET', '/v1/chat/completions'],
    ['POST', '/v1/models'],
  ]) {
    const res = await call(mock, path as string, { method: method as string })
    t.equal(res.status, 404, `${method} ${path}`)
    t.match(await res.json(), { object: 'error', message: 'Not Found', type: 'invalid_request_error' })
  }
})

t.test('every response has a fresh correlation id and rate-limit headers', async (t) => {
  const { mock } = await setup(t)
  const first = await call(mock, '/v1/models')
  const second = await call(mock, '/v1/nowhere')
  const ids = [first.headers.get('mistral-correlation-id'), second.headers.get('mistral-correlation-id')]
  t.match(ids[0], /^[0-9a-f-]{36}$/)
  t.not(ids[0], ids[1])
  t.equal(first.headers.get('x-ratelimit-limit-tokens-minute'), '2000000')
  t.equal(first.headers.get('x-ratelimit-remaining-tokens-minute'), '2000000')
  t.equal(first.headers.get('x-ratelimit-limit-tokens-month'), '10000000000')
  await call(mock, '/v1/chat/completions', { method: 'POST', body: JSON.stringify(hello) })
  const after = await call(mock, '/v1/models')
  t.equal(after.headers.get('x-ratelimit-remaining-tokens-minute'), String(2_000_000 - 10), 'spent tokens count')
  t.equal(after.headers.get('x-ratelimit-remaining-tokens-month'), String(10_000_000_000 - 10))
  mock.reset()
  const fresh = await call(mock, '/v1/models')
  t.equal(fresh.headers.get('x-ratelimit-remaining-tokens-minute'), '2000000', 'reset restores the budget')
})

t.test('requests are recorded, before they are answered', async (t) => {
  const { mock, client } = await setup(t)
  mock.setReply(() => `seen ${mock.requests.length}`)
  const res = await client.chat.complete({ ...hello, maxTokens: 50, temperature: 0.2 })
  t.equal(res.choices[0]?.message?.content, 'seen 1')
  await client.models.list()
  t.equal(mock.requests.length, 2)
  const [chat, models] = mock.requests
  t.match(chat, { method: 'POST', path: '/v1/chat/completions' })
  t.equal(chat?.headers.authorization, `Bearer ${KEY}`)
  t.match(chat?.headers['content-type'], /application\/json/)
  t.match(chat?.body, { model: MODEL, max_tokens: 50, temperature: 0.2, stream: false, messages: hello.messages })
  t.notOk(chat?.body && typeof chat.body === 'object' && 'maxTokens' in chat.body)
  t.match(models, { method: 'GET', path: '/v1/models', body: undefined })
  await call(mock, '/v1/models?page=2')
  t.equal(mock.requests.at(-1)?.path, '/v1/models?page=2', 'the query string is kept')
})

t.test('a client hanging up mid-body is not recorded and does not hurt the server', async (t) => {
  const { mock, client } = await setup(t)
  const { port } = new URL(mock.url)
  await new Promise<void>((resolve) => {
    const socket = connect(Number(port), '127.0.0.1', () => {
      socket.write('POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{"mod')
      // Let the server read the partial body before hanging up.
      setTimeout(() => socket.destroy(), 20)
    })
    socket.on('close', () => resolve())
  })
  t.equal((await client.chat.complete(hello)).choices[0]?.message?.content, 'You said: hello')
  t.equal(mock.requests.length, 1)
})

t.test('status faults: 429 with retry-after, 500, 503', async (t) => {
  const { mock, client } = await setup(t)
  mock.fault({ status: 429 })
  const limited = (await failure(client.chat.complete(hello))) as SDKError
  t.type(limited, SDKError)
  t.equal(limited.statusCode, 429)
  t.equal(limited.headers.get('retry-after'), '1')
  t.ok(limited.headers.get('mistral-correlation-id'))
  t.same(JSON.parse(limited.body), {
    object: 'error',
    message: 'Rate limit exceeded',
    type: 'rate_limited',
    param: null,
    code: '1300',
  })
  t.equal(limited.headers.get('x-ratelimit-remaining-tokens-minute'), '0', 'a 429 reports no budget left')
  t.equal(limited.headers.get('x-ratelimit-remaining-tokens-month'), '0')

  mock.fault({ status: 429, retryAfterSeconds: 7 })
  t.equal(((await failure(client.chat.complete(hello))) as SDKError).headers.get('retry-after'), '7')

  mock.fault({ status: 500 })
  const broken = (await failure(client.chat.complete(hello))) as SDKError
  t.type(broken, SDKError)
  t.equal(broken.statusCode, 500)
  t.equal(broken.headers.get('retry-after'), null)
  t.match(JSON.parse(broken.body), { type: 'internal_server_error', message: 'Internal Server Error' })

  mock.fault({ status: 503, retryAfterSeconds: 30 })
  const unavailable = (await failure(client.chat.stream(hello))) as SDKError
  t.type(unavailable, SDKError)
  t.equal(unavailable.statusCode, 503)
  t.equal(unavailable.headers.get('retry-after'), '30')

  mock.fault({ status: 403 })
  t.match(JSON.parse(((await failure(client.models.list())) as SDKError).body), { type: 'invalid_request_error' })

  mock.fault({ status: 599 })
  t.match(JSON.parse(((await failure(client.models.list())) as SDKError).body), { message: 'Error' })

  t.equal((await client.chat.complete(hello)).choices[0]?.finishReason, 'stop', 'faults are used up')
})

t.test('a status fault can carry its own body, JSON or text', async (t) => {
  const { mock, client } = await setup(t)
  mock.fault({ status: 502, body: { message: 'upstream exploded' } })
  const json = (await failure(client.chat.complete(hello))) as SDKError
  t.equal(json.statusCode, 502)
  t.equal(json.contentType, 'application/json')
  t.same(JSON.parse(json.body), { message: 'upstream exploded' })
  mock.fault({ status: 502, body: '<html>Bad Gateway</html>' })
  const text = (await failure(client.chat.complete(hello))) as SDKError
  t.match(text.contentType, /^text\/plain/)
  t.equal(text.body, '<html>Bad Gateway</html>')
})

t.test('faults apply before auth: a status fault answers even a bad key', async (t) => {
  const { mock } = await setup(t)
  mock.fault({ status: 503 })
  const err = (await failure(new Mistral({ apiKey: 'bad', serverURL: mock.url }).models.list())) as SDKError
  t.equal(err.statusCode, 503)
  mock.fault({ delayMs: 1 })
  const late = (await failure(new Mistral({ apiKey: 'bad', serverURL: mock.url }).models.list())) as SDKError
  t.equal(late.statusCode, 401, 'a delay still ends in the normal (refused) answer')
})

t.test('delay fault: longer than the timeout -> RequestTimeoutError; shorter still succeeds', async (t) => {
  const { mock, client } = await setup(t)
  mock.fault({ delayMs: 5_000 })
  const err = await failure(client.chat.complete(hello, { timeoutMs: 50 }))
  t.type(err, RequestTimeoutError)
  mock.fault({ delayMs: 20 })
  // A deadline far past the delay: a loaded CI machine once kept this call's process busy for 5 s (the suite runs
  // several files in one process), and the call timed out though its delay was 20 ms.
  const res = await client.chat.complete(hello, { timeoutMs: 120_000 })
  t.equal(res.choices[0]?.message?.content, 'You said: hello')
  t.equal(mock.requests.length, 2)
})

t.test('drop fault: the SDK throws ConnectionError', async (t) => {
  const { mock, client } = await setup(t)
  mock.fault({ drop: true })
  const err = await failure(client.chat.complete(hello))
  t.type(err, ConnectionError)
  t.match((err as ConnectionError).message, /fetch failed/)
  t.equal(mock.requests.length, 1)
  t.equal((await client.chat.complete(hello)).choices[0]?.finishReason, 'stop')
})

t.test('malformed fault: ResponseValidationError, or SDKError for a stream', async (t) => {
  const { mock, client } = await setup(t)
  mock.fault({ malformed: true, times: 2 })
  const chat = await failure(client.chat.complete(hello))
  t.type(chat, ResponseValidationError)
  t.equal((chat as ResponseValidationError).statusCode, 200)
  t.type(await failure(client.models.list()), ResponseValidationError)
  mock.fault({ malformed: true })
  const stream = await failure(client.chat.stream(hello))
  t.type(stream, SDKError, 'a JSON answer to a stream request matches none of the SDK’s response cases')
  t.match((stream as SDKError).message, /Unexpected Status or Content-Type/)
  t.equal((stream as SDKError).statusCode, 200)
})

t.test('cutStreamAfter: the stream breaks after that many chunks, without [DONE]', async (t) => {
  const { mock, client } = await setup(t)
  const prompt = { model: MODEL, messages: [{ role: 'user' as const, content: 'one two three four' }] }
  mock.fault({ cutStreamAfter: 2 })
  t.equal(
    (await client.chat.complete(prompt)).choices[0]?.finishReason,
    'stop',
    'a non-streaming request passes the fault by',
  )
  const cut = await collect(await client.chat.stream(prompt))
  t.equal(cut.chunks.length, 2)
  t.type(cut.err, TypeError, 'undici reports the broken body; the SDK does not wrap it')
  t.match((cut.err as Error).message, /terminated/)

  mock.fault({ cutStreamAfter: 0 })
  const none = await collect(await client.chat.stream(prompt))
  t.equal(none.chunks.length, 0)
  t.type(none.err, TypeError)

  const whole = await collect(await client.chat.stream(prompt))
  t.equal(whole.chunks.length, 7, 'the role chunk and six content chunks')
  t.equal(whole.err, undefined, 'the fault is used up')
})

t.test('times and path target faults; queued faults apply in order', async (t) => {
  const { mock, client } = await setup(t)
  mock.fault({ status: 500, times: 2 })
  mock.fault({ status: 503 })
  const statuses = []
  for (let i = 0; i < 4; i++) {
    statuses.push(
      await client.models.list().then(
        () => 200,
        (err: SDKError) => err.statusCode,
      ),
    )
  }
  t.same(statuses, [500, 500, 503, 200])

  mock.fault({ status: 429, path: '/v1/models' })
  t.equal((await client.chat.complete(hello)).choices[0]?.finishReason, 'stop', 'another path passes it by')
  t.equal(((await failure(client.models.list())) as SDKError).statusCode, 429)

  mock.fault({ status: 503, times: Number.POSITIVE_INFINITY })
  for (let i = 0; i < 3; i++) t.equal(((await failure(client.models.list())) as SDKError).statusCode, 503)
  mock.clearFaults()
  t.ok(await client.models.list(), 'clearFaults ends a lasting fault')

  t.throws(() => mock.fault({ status: 500, times: 0 }), RangeError)
  t.throws(() => mock.fault({ status: 500, times: Number.NaN }), RangeError)
})

t.test('reset clears requests and faults but keeps keys and reply', async (t) => {
  const { mock, client } = await setup(t, { reply: (body: MockChatRequest) => `model ${body.model}` })
  await client.models.list()
  mock.fault({ status: 500 })
  mock.reset()
  t.same(mock.requests, [])
  const res = await client.chat.complete(hello)
  t.equal(res.choices[0]?.message?.content, `model ${MODEL}`)
  t.equal(mock.requests.length, 1)
})

t.test('setReply changes the content; a throwing reply answers 500', async (t) => {
  const { mock, client } = await setup(t)
  mock.setReply((body) => body.messages.map((m) => m.role).join(','))
  t.equal((await client.chat.complete(hello)).choices[0]?.message?.content, 'user')
  mock.setReply(() => {
    throw new Error('reply exploded')
  })
  const err = (await failure(client.chat.complete(hello))) as SDKError
  t.equal(err.statusCode, 500)
  t.match(err.body, /reply exploded/)
})

t.test('close() frees the port and ends open requests', async (t) => {
  const first = await createMockMistral({ apiKeys: [KEY] })
  const port = Number(new URL(first.url).port)
  await t.rejects(createMockMistral({ port }), { code: 'EADDRINUSE' })
  const client = new Mistral({ apiKey: KEY, serverURL: first.url })
  first.fault({ delayMs: 60_000 })
  const pending = failure(client.chat.complete(hello))
  await waitFor(() => first.requests.length > 0, 'the delayed request to arrive')
  await first.close()
  t.type(await pending, ConnectionError, 'the delayed request was cut, not left waiting')
  await first.close()

  const second = await createMockMistral({ port, host: 'localhost', apiKeys: [KEY] })
  t.teardown(() => second.close())
  t.equal(second.url, `http://localhost:${port}`)
  t.equal((await call(second, '/v1/models')).status, 200)
})
