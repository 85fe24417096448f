import { randomBytes } from 'node:crypto'
import { Mistral } from '@mistralai/mistralai'
import { resetEnv } from '@mistralai/mistralai/lib/env.js'
import { ModelList$inboundSchema } from '@mistralai/mistralai/models/components'
import t, { type Test } from 'tap'
import {
  createMockMistral,
  DEFAULT_MOCK_EMBEDDING_MODELS,
  DEFAULT_MOCK_MODELS,
  type MockMistral,
} from '../src/testing/index.js'
import { chatChoice, HEX_REPLY_ID, identifierGuard, modelInfo, replyId, textOf } from '../src/transport/reply.js'
import { createSdkTransport, toChatResult, toModelList } from '../src/transport/sdk.js'
import { UpstreamCallError } from '../src/transport/upstream-errors.js'
import { sdkChatRequest } from '../src/transport/wire-chat.js'
import { thrown } from './helpers/rejections.js'

const KEY_A = 'transport-key-A-0123456789abcdef'
const KEY_B = 'transport-key-B-fedcba9876543210'

type SdkChatResponse = Parameters<typeof toChatResult>[0]
type SdkModelList = Parameters<typeof toModelList>[0]

const hello = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'Hello there' }] }

async function startMock(t: Test, keys: string[] = [KEY_A, KEY_B]): Promise<MockMistral> {
  const mock = await createMockMistral({ apiKeys: keys })
  t.teardown(() => mock.close())
  return mock
}

// The wire format, errors, streaming and cancellation of both transports: transport-contract*.test.ts.

t.test('chatComplete leaves out what the caller did not give, and reports a cut answer', async (t) => {
  const mock = await startMock(t)
  mock.setReply(() => 'word '.repeat(40))
  const transport = createSdkTransport({ serverURL: mock.url })
  const result = await transport.chatComplete(
    { ...hello, maxTokens: 2, stop: 'STOP' },
    { apiKey: KEY_A, timeoutMs: 5000 },
  )
  t.strictSame(mock.requests[0]?.body, { ...hello, max_tokens: 2, stop: 'STOP', stream: false })
  t.equal(result.finishReason, 'length')
  t.equal(result.content, 'word wor', 'the mock keeps 4 characters per token')

  await transport.chatComplete(hello, { apiKey: KEY_A, timeoutMs: 5000 })
  t.strictSame(mock.requests[1]?.body, { ...hello, stream: false }, 'no undefined field goes out')
})

t.test('each call goes out with the key it was given; switching back works', async (t) => {
  const mock = await startMock(t)
  const transport = createSdkTransport({ serverURL: mock.url })
  const call = (apiKey: string) => transport.chatComplete(hello, { apiKey, timeoutMs: 5000 })
  await call(KEY_A)
  await call(KEY_A)
  await call(KEY_B)
  await transport.listModels({ apiKey: KEY_B, timeoutMs: 5000 })
  await call(KEY_A)
  t.strictSame(
    mock.requests.map((r) => r.headers.authorization),
    [KEY_A, KEY_A, KEY_B, KEY_B, KEY_A].map((key) => `Bearer ${key}`),
  )

  // A call keeps the key it started with while another key takes over.
  mock.fault({ delayMs: 200 })
  const slow = call(KEY_B)
  const fast = call(KEY_A)
  const [slowResult, fastResult] = await Promise.all([slow, fast])
  t.equal(slowResult.content, 'You said: Hello there')
  t.equal(fastResult.content, 'You said: Hello there')
  t.strictSame(
    mock.requests.slice(5).map((r) => r.headers.authorization),
    [`Bearer ${KEY_B}`, `Bearer ${KEY_A}`],
  )

  // A key the server does not accept fails with the transport's neutral error, not the SDK's.
  mock.revokeKey(KEY_B)
  const refused = await thrown(t, () => call(KEY_B))
  t.ok(refused instanceof UpstreamCallError)
  t.match((refused as UpstreamCallError).failure, { kind: 'http', status: 401 })
  t.equal(mock.requests.at(-1)?.headers.authorization, `Bearer ${KEY_B}`)

  // More keys than the transport keeps SDK instances for: every call still carries its own key.
  const more = ['key-three-0123456789abcdef', 'key-four-0123456789abcdefg', 'key-five-0123456789abcdefgh']
  for (const key of more) mock.addKey(key)
  for (const key of [...more, KEY_A]) await call(key)
  t.strictSame(
    mock.requests.slice(-4).map((r) => r.headers.authorization),
    [...more, KEY_A].map((key) => `Bearer ${key}`),
  )
})

t.test('chatComplete honours timeoutMs, with or without a signal, and the caller signal', async (t) => {
  const mock = await startMock(t)
  const transport = createSdkTransport({ serverURL: mock.url })

  // The local server answers after 5 s: a call that ends with a timeout or an abort was cut off, no clock needed.
  mock.fault({ delayMs: 5000 })
  const timedOut = await thrown(t, () => transport.chatComplete(hello, { apiKey: KEY_A, timeoutMs: 50 }))
  t.match(timedOut, { failure: { kind: 'timeout' } }, 'no signal: the timeout applies')

  mock.fault({ delayMs: 5000 })
  const withSignal = await thrown(t, () =>
    transport.chatComplete(hello, { apiKey: KEY_A, timeoutMs: 50, signal: new AbortController().signal }),
  )
  t.match(withSignal, { failure: { kind: 'timeout' } }, 'a signal does not switch the timeout off')

  mock.fault({ delayMs: 5000 })
  const controller = new AbortController()
  setTimeout(() => controller.abort(), 50)
  const aborted = await thrown(t, () =>
    transport.chatComplete(hello, { apiKey: KEY_A, timeoutMs: 10_000, signal: controller.signal }),
  )
  t.match(aborted, { failure: { kind: 'aborted' } }, 'the caller aborted')

  mock.fault({ delayMs: 5000, path: '/v1/models' })
  const listTimedOut = await thrown(t, () => transport.listModels({ apiKey: KEY_A, timeoutMs: 50 }))
  t.match(listTimedOut, { failure: { kind: 'timeout' } }, 'listModels too')

  mock.reset()
  mock.fault({ status: 503, times: 3 })
  const unavailable = await thrown(t, () => transport.chatComplete(hello, { apiKey: KEY_A, timeoutMs: 5000 }))
  t.match(unavailable, { failure: { kind: 'http', status: 503 } })
  t.equal(mock.requests.length, 1, 'a failure is not retried')
})

t.test('listModels maps the model list', async (t) => {
  const mock = await startMock(t)
  const transport = createSdkTransport({ serverURL: mock.url })
  const before = Math.floor(Date.now() / 1000)
  const models = await transport.listModels({ apiKey: KEY_A, timeoutMs: 5000 })
  t.strictSame(
    models.map((m) => m.id),
    [...DEFAULT_MOCK_MODELS, ...DEFAULT_MOCK_EMBEDDING_MODELS],
  )
  for (const model of models) {
    // The card's context window and capabilities come with it (the gateway's /v1/models reports them).
    t.strictSame(Object.keys(model).sort(), ['capabilities', 'created', 'id', 'maxContextLength', 'ownedBy'])
    const chat = !DEFAULT_MOCK_EMBEDDING_MODELS.includes(model.id)
    t.match(model.capabilities, { completionChat: chat, functionCalling: chat, vision: false }, `${model.id}'s card`)
    t.equal(model.maxContextLength, chat ? 131_072 : 8_192)
    t.equal(model.ownedBy, 'mistralai')
    t.ok(typeof model.created === 'number' && model.created >= before - 1, 'created is a Unix time')
  }
  t.match(mock.requests[0], { method: 'GET', path: '/v1/models', headers: { authorization: `Bearer ${KEY_A}` } })
})

t.test('with MISTRAL_DEBUG set, a call through the transport prints nothing', async (t) => {
  const mock = await startMock(t)
  const previous = process.env.MISTRAL_DEBUG
  process.env.MISTRAL_DEBUG = '1'
  resetEnv()
  const printed: string[] = []
  const saved = { log: console.log, group: console.group, groupEnd: console.groupEnd }
  const capture = (...args: unknown[]) => {
    printed.push(args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' '))
  }
  t.teardown(() => {
    Object.assign(console, saved)
    if (previous === undefined) delete process.env.MISTRAL_DEBUG
    else process.env.MISTRAL_DEBUG = previous
    resetEnv()
  })
  Object.assign(console, { log: capture, group: capture, groupEnd: capture })
  try {
    // The control: an SDK built without a logger prints the request, key included.
    await new Mistral({ apiKey: KEY_B, serverURL: mock.url }).chat.complete(hello)
    const control = printed.splice(0)
    const transport = createSdkTransport({ serverURL: mock.url })
    await transport.chatComplete(hello, { apiKey: KEY_A, timeoutMs: 5000 })
    await transport.listModels({ apiKey: KEY_A, timeoutMs: 5000 })
    mock.fault({ status: 500 })
    await thrown(t, () => transport.chatComplete(hello, { apiKey: KEY_A, timeoutMs: 5000 }))
    Object.assign(console, saved)
    t.ok(
      control.some((line) => line.includes(KEY_B)),
      'the SDK alone does print the key',
    )
    t.strictSame(printed, [], 'the transport prints nothing')
    t.equal(mock.requests.length, 4, 'every call went out')
  } finally {
    Object.assign(console, saved)
  }
})

const response = (overrides: Record<string, unknown> = {}): SdkChatResponse =>
  ({
    id: 'cmpl-1',
    object: 'chat.completion',
    model: 'mistral-small-latest',
    created: 1,
    usage: { promptTokens: 5, completionTokens: 7, totalTokens: 12 },
    choices: [{ index: 0, message: { role: 'assistant', content: 'Hi!' }, finishReason: 'stop' }],
    ...overrides,
  }) as SdkChatResponse

t.test('toChatResult', async (t) => {
  t.strictSame(toChatResult(response()), {
    id: 'cmpl-1',
    model: 'mistral-small-latest',
    content: 'Hi!',
    finishReason: 'stop',
    usage: { promptTokens: 5, completionTokens: 7, totalTokens: 12 },
  })
  t.strictSame(
    toChatResult(response({ choices: [], usage: {} })),
    {
      id: 'cmpl-1',
      model: 'mistral-small-latest',
      content: '',
      finishReason: 'stop',
      usage: { promptTokens: 0, completionTokens: 0, totalTokens: 0 },
    },
    'no choice, no usage figures',
  )
  t.strictSame(toChatResult(response({ usage: { promptTokens: 3 } })).usage, {
    promptTokens: 3,
    completionTokens: 0,
    totalTokens: 0,
  })
  t.equal(
    toChatResult(
      response({ choices: [{ index: 0, message: { role: 'assistant', content: null }, finishReason: 'tool_calls' }] }),
    ).content,
    '',
  )
  t.equal(
    toChatResult(
      response({ choices: [{ index: 0, message: { role: 'assistant', content: null }, finishReason: 'tool_calls' }] }),
    ).finishReason,
    'tool_calls',
  )
  t.strictSame(
    toChatResult(
      response({
        choices: [
          {
            index: 0,
            finishReason: 'length',
            message: {
              role: 'assistant',
              content: [
                { type: 'text', text: 'Hello, ' },
                { type: 'image_url', imageUrl: 'https://example.com/x.png' },
                { type: 'thinking', thinking: [{ type: 'text', text: 'hidden' }] },
                { type: 'text', text: 'world' },
              ],
            },
          },
          { index: 1, finishReason: 'stop', message: { role: 'assistant', content: 'second choice' } },
        ],
      }),
    ),
    {
      id: 'cmpl-1',
      model: 'mistral-small-latest',
      content: 'Hello, world',
      finishReason: 'length',
      usage: { promptTokens: 5, completionTokens: 7, totalTokens: 12 },
      choices: [
        { content: 'Hello, world', finishReason: 'length' },
        { content: 'second choice', finishReason: 'stop' },
      ],
    },
    'content chunks: only the text parts; the first choice is the result, every choice is listed when there are several',
  )
  t.strictSame(toChatResult(response({ choices: [{ index: 0, finishReason: 'stop' }] })).content, '', 'no message')
  t.equal(
    toChatResult(response({ choices: [{ index: 0, message: { role: 'assistant', content: 'x' } }] })).finishReason,
    'stop',
    'a missing finish reason reads as stop',
  )
})

t.test('toModelList', async (t) => {
  t.strictSame(toModelList({ object: 'list' } as SdkModelList), [], 'no data')
  t.strictSame(toModelList({ object: 'list', data: [] }), [])

  // Parsed by the SDK itself, so unknown cards have the shape it really gives them.
  const parsed = ModelList$inboundSchema.parse({
    object: 'list',
    data: [
      { id: 'base-1', type: 'base', created: 11, owned_by: 'mistralai', capabilities: {} },
      { id: 'future-1', type: 'distilled', created: 22 },
      { id: 'future-2', type: 'distilled', created: '22', ownedBy: 7 },
      { id: 9, type: 'distilled' },
      { type: 'distilled' },
      'not-an-object',
      null,
    ],
  })
  t.equal(parsed.data?.filter((card) => 'isUnknown' in card).length, 6, 'the SDK keeps six unknown cards')
  // A known card's capabilities the SDK fills in (false when the card leaves them out), and its context window.
  const stated = {
    completionChat: false,
    completionFim: false,
    functionCalling: false,
    fineTuning: false,
    vision: false,
    classification: false,
  }
  t.strictSame(toModelList(parsed), [
    { id: 'base-1', ownedBy: 'mistralai', created: 11, maxContextLength: 32_768, capabilities: stated },
    { id: 'future-1', created: 22 },
    { id: 'future-2' },
  ])

  const fabricated = {
    object: 'list',
    data: [
      { isUnknown: true, type: 'UNKNOWN', raw: { id: 'raw-1', owned_by: 'acme', created: 33 } },
      { id: 'known-1', type: 'base', ownedBy: 5, created: '2020' },
      { id: 'known-2', type: 'fine-tuned', ownedBy: 'me', created: 0 },
    ],
  } as unknown as SdkModelList
  t.strictSame(toModelList(fabricated), [
    { id: 'raw-1', ownedBy: 'acme', created: 33 },
    { id: 'known-1' },
    { id: 'known-2', ownedBy: 'me', created: 0 },
  ])
})

t.test("an unknown card keeps the wire's owned_by as ownedBy", async (t) => {
  const parsed = ModelList$inboundSchema.parse({
    object: 'list',
    data: [{ id: 'future-1', type: 'distilled', owned_by: 'acme', created: 1 }],
  })
  t.strictSame(toModelList(parsed), [{ id: 'future-1', ownedBy: 'acme', created: 1 }])
})

t.test('textOf', async (t) => {
  t.equal(textOf('plain'), 'plain')
  t.equal(textOf(''), '')
  t.equal(textOf(undefined), '')
  t.equal(textOf(null), '')
  t.equal(textOf(42), '')
  t.equal(textOf({ type: 'text', text: 'not a list' }), '')
  t.equal(textOf([]), '')
  t.equal(
    textOf([
      { type: 'text', text: 'a' },
      null,
      { type: 'text', text: 5 },
      { type: 'text' },
      { type: 'reference', text: 'ignored', referenceIds: [1] },
      'loose string',
      { type: 'text', text: 'b' },
    ]),
    'ab',
  )
})

t.test('SDK tool calls: parsed arguments become JSON text, arguments of no usable shape fail the reply', async (t) => {
  const withCall = (args: unknown) =>
    response({
      choices: [
        {
          index: 0,
          finishReason: 'tool_calls',
          message: {
            role: 'assistant',
            content: null,
            toolCalls: [{ id: 'call01', type: 'function', function: { name: 'clock', arguments: args } }],
          },
        },
      ],
    })
  t.strictSame(toChatResult(withCall({ zone: 'UTC' })).toolCalls, [
    { id: 'call01', type: 'function', function: { name: 'clock', arguments: '{"zone":"UTC"}' } },
  ])
  t.equal(toChatResult(withCall('{"zone":"UTC"}')).toolCalls?.[0]?.function.arguments, '{"zone":"UTC"}')
  for (const args of [42, null, undefined]) {
    const failure = (() => {
      try {
        toChatResult(withCall(args))
      } catch (error) {
        return error
      }
    })()
    t.ok(failure instanceof UpstreamCallError, `arguments ${String(args)}`)
    t.match(failure, { failure: { kind: 'invalid_response' } })
  }
})

t.test('reply validators: tool calls and model ids of the wrong shape fail as an invalid reply', async (t) => {
  const invalid = { failure: { kind: 'invalid_response' } } as unknown as Error
  const choice = (toolCalls: unknown) => () => chatChoice({ content: '', finishReason: 'tool_calls', toolCalls })
  t.throws(choice('not a list'), invalid, 'tool calls that are not a list')
  t.throws(choice(['not an object']), invalid, 'a tool call that is not an object')
  t.throws(choice([{ id: 'a1b2c3d4e', function: 'lookup' }]), invalid, 'a tool call whose function is not an object')
  t.throws(() => modelInfo({ id: 'bad id with spaces', ownedBy: 'mistralai', created: 1 }), invalid, 'a model id')
  t.same(modelInfo({ id: 'AKIA2E0A8F3B244C9986', ownedBy: 'mistralai', created: 1 }), [], 'a card named by a secret')
  t.same(modelInfo({ id: 'mistral-small-latest', ownedBy: 'mistralai', created: 1 }), [
    { id: 'mistral-small-latest', ownedBy: 'mistralai', created: 1 },
  ])
})

t.test(
  "a reply id of Mistral's hex shape is one the identifier guard finds nothing in: skipping its scan changes nothing",
  async (t) => {
    // The ids of 2 000 replies, and the hex words most likely to read as something: digit runs, repeats, card-like.
    const ids = Array.from({ length: 2000 }, () => randomBytes(16).toString('hex'))
    ids.push('4111111111111111'.repeat(2), '0'.repeat(32), 'deadbeef'.repeat(4), '12345678901234567890123456789012')
    t.ok(
      ids.every((id) => HEX_REPLY_ID.test(id)),
      'all of the shape',
    )
    t.same(
      ids.filter((id) => identifierGuard.scan(id).findings.length > 0),
      [],
      'the guard finds nothing in any',
    )
    t.equal(replyId(ids[0]), ids[0])
    const invalid = { failure: { kind: 'invalid_response' } } as unknown as Error
    t.throws(() => replyId('AKIA2E0A8F3B244C9986'), invalid, 'other shapes are scanned')
  },
)

t.test(
  'the SDK request: tools and a forced tool choice without a type are functions; a named choice stays',
  async (t) => {
    const request = {
      model: 'mistral-small-latest',
      messages: [{ role: 'user' as const, content: 'hi' }],
      tools: [{ function: { name: 'lookup', parameters: {} } }],
    }
    const forced = sdkChatRequest({ ...request, toolChoice: { function: { name: 'lookup' } } })
    t.match(forced, { tools: [{ type: 'function' }], toolChoice: { type: 'function', function: { name: 'lookup' } } })
    t.equal(sdkChatRequest({ ...request, toolChoice: 'auto' }).toolChoice, 'auto')
  },
)

t.test('a choice that gives no finish reason ends as tool_calls when it called tools, else as stop', async (t) => {
  const lookup = { id: 'abcDEF123', function: { name: 'lookup', arguments: '{}' } }
  const reasonOf = (finishReason: unknown, toolCalls: unknown) =>
    chatChoice({ content: '', finishReason, toolCalls }).finishReason
  t.equal(reasonOf(undefined, [lookup]), 'tool_calls')
  t.equal(reasonOf(null, [lookup]), 'tool_calls')
  t.equal(reasonOf(null, []), 'stop', 'an empty list calls nothing')
  t.equal(reasonOf(undefined, undefined), 'stop')
  t.equal(reasonOf('length', [lookup]), 'length', 'a stated reason is kept')
})
