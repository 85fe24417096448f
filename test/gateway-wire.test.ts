import {
  ChatCompletionResponse$inboundSchema,
  CompletionChunk$inboundSchema,
  EmbeddingResponse$inboundSchema,
  ModelList$inboundSchema,
} from '@mistralai/mistralai/models/components'
import type { FastifyRequest } from 'fastify'
import t from 'tap'
import { type ErrorDetail, SensitiveContentError, UpstreamError, ValidationError } from '../src/errors.js'
import { DEFAULT_PROFILES } from '../src/policy.js'
import { wireErrorBody } from '../src/routes/gateway/wire-error.js'
import { wireChunks, wireCompletion, wireEmbeddings, wireModels } from '../src/routes/gateway/wire-reply.js'
import { wireChatBodySchema, wireEmbeddingsBodySchema, wirePath } from '../src/routes/gateway/wire-request.js'
import { wireChatRequest } from '../src/transport/wire-chat.js'
import type { ChatRequest } from '../src/types.js'

/** Every field the plugin takes, in Mistral's wire form: what a full-featured client sends. */
const fullWireBody = {
  model: 'mistral-large-latest',
  messages: [
    { role: 'system', content: 'Be brief.' },
    {
      role: 'user',
      content: [
        { type: 'text', text: 'What is this?' },
        { type: 'image_url', image_url: 'data:image/png;base64,AAAA' },
        { type: 'image_url', image_url: { url: 'https://images.example.com/a.png' } },
      ],
    },
    {
      role: 'assistant',
      content: null,
      tool_calls: [{ id: 'abcDEF123', type: 'function', function: { name: 'look', arguments: '{"at":"it"}' } }],
    },
    { role: 'tool', content: 'a cat', tool_call_id: 'abcDEF123', name: 'look' },
    { role: 'assistant', content: 'It is', prefix: true },
  ],
  max_tokens: 100,
  temperature: 0.3,
  top_p: 0.9,
  random_seed: 7,
  stop: ['END'],
  safe_prompt: true,
  parallel_tool_calls: false,
  presence_penalty: 0.1,
  frequency_penalty: 0.2,
  n: 2,
  tools: [
    {
      type: 'function',
      function: {
        name: 'look',
        description: 'Looks',
        parameters: { type: 'object', properties: { at: { type: 'string' }, max_tokens: {} } },
        strict: true,
      },
    },
  ],
  tool_choice: { type: 'function', function: { name: 'look' } },
  response_format: {
    type: 'json_schema',
    json_schema: { name: 'answer', schema: { type: 'object', additionalProperties: false }, strict: true },
  },
  prediction: { type: 'content', content: 'It is a' },
}

const parse = (body: unknown) => wireChatBodySchema.safeParse(body)

t.test('a wire chat body read by the gateway leaves the plugin exactly as it came in, field for field', async (t) => {
  for (const stream of [false, true]) {
    const wire = { ...fullWireBody, stream }
    const parsed = parse(wire)
    t.ok(parsed.success, 'the full body is accepted')
    const { stream: asked, ...chat } = parsed.data as ChatRequest & { stream?: boolean }
    t.equal(asked, stream)
    t.strictSame(wireChatRequest(chat, stream), wire, `wire → plugin → wire is the identity (stream ${stream})`)
  }
  const minimal = { model: 'm', messages: [{ role: 'user', content: 'hi' }] }
  t.strictSame(wireChatRequest(parse(minimal).data as ChatRequest, false), { ...minimal, stream: false })
})

t.test('the SDK’s tool-call index is set aside; nothing else is dropped: unknown fields are refused', async (t) => {
  const withIndex = {
    model: 'm',
    messages: [
      {
        role: 'assistant',
        content: '',
        tool_calls: [{ id: 'a', type: 'function', function: { name: 'f', arguments: '{}' }, index: 0 }],
      },
    ],
  }
  t.strictSame(parse(withIndex).data?.messages[0]?.toolCalls, [
    { id: 'a', type: 'function', function: { name: 'f', arguments: '{}' } },
  ])
  const issues = (body: unknown) =>
    parse(body).error?.issues.map(({ path, message, code }) => ({ path: path.join('.'), message, code }))
  // The plugin's own camelCase names are not Mistral's: refused, naming the wire name.
  t.match(issues({ model: 'm', messages: [], maxTokens: 5 }), [
    { path: '', message: "unknown field maxTokens: Mistral's name for it is max_tokens" },
  ])
  t.match(issues({ model: 'm', messages: [{ role: 'tool', content: 'x', toolCallId: 'a' }] }), [
    { path: 'messages.0', message: /toolCallId: .* tool_call_id/ },
  ])
  t.match(issues({ model: 'm', messages: [], metadata: {} }), [{ code: 'unrecognized_keys' }])
  t.match(issues(JSON.parse('{"model":"m","messages":[],"__proto__":{"polluted":true}}')), [
    { code: 'unrecognized_keys' },
  ])
  t.equal(({} as Record<string, unknown>).polluted, undefined, 'no prototype was touched')
  // A tool call that is not an object, or whose index is not a number, is checked as it is.
  t.match(issues({ model: 'm', messages: [{ role: 'assistant', tool_calls: ['x'] }] }), [
    { path: 'messages.0.toolCalls.0' },
  ])
  t.match(
    issues({
      model: 'm',
      messages: [{ role: 'assistant', tool_calls: [{ id: 'a', function: { name: 'f', arguments: '' }, index: 'x' }] }],
    }),
    [{ code: 'unrecognized_keys', path: 'messages.0.toolCalls.0' }],
  )
  t.match(issues({ model: 'm', messages: [{ role: 'assistant', tool_calls: 'x' }] }), [
    { path: 'messages.0.toolCalls' },
  ])
  t.equal(wirePath('messages.3.toolCalls.0.function'), 'messages.3.tool_calls.0.function')
  t.equal(wirePath('constructor.toString'), 'constructor.toString', 'only the plugin’s own names are renamed')
  // Keys inside JSON the caller wrote are theirs (review 27): a schema property named like a field keeps its name.
  t.equal(
    wirePath('responseFormat.jsonSchema.schema.properties.topP.maximum'),
    'response_format.json_schema.schema.properties.topP.maximum',
  )
  t.equal(
    wirePath('tools.0.function.parameters.properties.toolCalls'),
    'tools.0.function.parameters.properties.toolCalls',
  )
  t.equal(
    wirePath('messages.1.toolCalls.0.function.arguments.maxTokens'),
    'messages.1.tool_calls.0.function.arguments.maxTokens',
  )
})

t.test("embeddings bodies: one input or a list, and Mistral's options, nothing else", async (t) => {
  t.ok(wireEmbeddingsBodySchema.safeParse({ model: 'mistral-embed', input: 'a' }).success)
  t.ok(wireEmbeddingsBodySchema.safeParse({ model: 'mistral-embed', input: ['a', 'b'] }).success)
  t.ok(wireEmbeddingsBodySchema.safeParse({ model: 'mistral-embed', input: ['a'], output_dtype: 'int8' }).success)
  t.notOk(wireEmbeddingsBodySchema.safeParse({ model: 'mistral-embed', input: ['a'], dimensions: 256 }).success)
  t.notOk(wireEmbeddingsBodySchema.safeParse({ model: 'mistral-embed', inputs: ['a'] }).success)
})

const usage = { promptTokens: 3, completionTokens: 4, totalTokens: 7 }

t.test('wire replies pass the SDK’s own response schemas', async (t) => {
  const toolCalls = [{ id: 'abcDEF123', function: { name: 'look', arguments: '{}' } }]
  const whole = wireCompletion(
    { id: 'c1', model: 'mistral-small-latest', content: '', finishReason: 'tool_calls', usage, toolCalls },
    1_700_000_000,
  )
  const read = ChatCompletionResponse$inboundSchema.parse(whole)
  t.match(read, {
    id: 'c1',
    object: 'chat.completion',
    created: 1_700_000_000,
    usage: { promptTokens: 3, completionTokens: 4, totalTokens: 7 },
    choices: [
      { index: 0, finishReason: 'tool_calls', message: { role: 'assistant', toolCalls: [{ id: 'abcDEF123' }] } },
    ],
  })
  const several = wireCompletion(
    {
      id: 'c2',
      model: 'm',
      content: 'a',
      finishReason: 'stop',
      usage,
      choices: [
        { content: 'a', finishReason: 'stop' },
        { content: 'b', finishReason: 'length' },
      ],
    },
    1,
  )
  t.match(ChatCompletionResponse$inboundSchema.parse(several).choices, [
    { index: 0, message: { content: 'a' }, finishReason: 'stop' },
    { index: 1, message: { content: 'b' }, finishReason: 'length' },
  ])
  t.notOk('tool_calls' in (several.choices[0]?.message ?? {}), 'no tool_calls where the model called none')

  const encode = wireChunks({ id: 's1', model: 'm', created: 2 })
  const chunks = [
    encode({ type: 'delta', content: 'Hel' }),
    encode({ type: 'delta', content: 'lo' }),
    encode({ type: 'done', finishReason: 'stop', usage }),
  ].map((chunk) => CompletionChunk$inboundSchema.parse(chunk))
  t.match(chunks, [
    { id: 's1', model: 'm', choices: [{ index: 0, delta: { role: 'assistant', content: 'Hel' }, finishReason: null }] },
    { choices: [{ delta: { content: 'lo' }, finishReason: null }] },
    { choices: [{ delta: { content: '' }, finishReason: 'stop' }], usage: { totalTokens: 7 } },
  ])
  t.equal(chunks[1]?.choices[0]?.delta.role, undefined, 'the role comes with the first chunk only')

  const toolCall = { id: 'abcDEF123', type: 'function' as const, function: { name: 'f', arguments: '{"a":1}' } }
  const encodeChoices = wireChunks({ id: 's2', model: 'm', created: 3 })
  const streamed = [
    encodeChoices({ type: 'delta', content: 'x', index: 1 }),
    encodeChoices({ type: 'toolCalls', toolCalls: [toolCall, { ...toolCall, id: 'ghiJKL456' }], index: 0 }),
    encodeChoices({
      type: 'done',
      finishReason: 'tool_calls',
      usage,
      choices: [
        { index: 0, finishReason: 'tool_calls' },
        { index: 1, finishReason: 'stop' },
      ],
    }),
  ].map((chunk) => CompletionChunk$inboundSchema.parse(chunk))
  t.match(streamed, [
    { choices: [{ index: 1, delta: { content: 'x' }, finishReason: null }] },
    {
      choices: [
        {
          index: 0,
          delta: {
            toolCalls: [
              { id: 'abcDEF123', type: 'function', function: { name: 'f', arguments: '{"a":1}' }, index: 0 },
              { id: 'ghiJKL456', index: 1 },
            ],
          },
          finishReason: null,
        },
      ],
    },
    {
      choices: [
        { index: 0, finishReason: 'tool_calls' },
        { index: 1, finishReason: 'stop' },
      ],
      usage: { totalTokens: 7 },
    },
  ])

  const embeddings = EmbeddingResponse$inboundSchema.parse(
    wireEmbeddings({ id: 'e1', model: 'mistral-embed', data: [[0.1], [0.2]], usage }),
  )
  t.match(embeddings, {
    object: 'list',
    data: [
      { embedding: [0.1], index: 0 },
      { embedding: [0.2], index: 1 },
    ],
  })

  const cards = wireModels(
    [
      { id: 'mistral-small-latest', ownedBy: 'mistralai', created: 5 },
      { id: 'mistral-embed' },
      { id: 'codestral-latest' },
    ],
    DEFAULT_PROFILES.production,
  )
  t.match(ModelList$inboundSchema.parse(cards), {
    data: [
      { id: 'mistral-small-latest', created: 5, capabilities: { completionChat: true, functionCalling: false } },
      { id: 'mistral-embed', ownedBy: 'mistralai', capabilities: { completionChat: false } },
    ],
  })
  t.equal(cards.data.length, 2, 'a model the profile does not allow is not listed')
  t.notOk('created' in (cards.data[1] ?? {}), 'no creation time is invented')
})

const request = { id: 'req-9' } as FastifyRequest

t.test('errors in Mistral’s shape: type by status, the first field at fault as param, 422 as pydantic', async (t) => {
  const upstream = wireErrorBody(request, new UpstreamError())
  t.strictSame(upstream, {
    object: 'error',
    message: 'The AI service failed to answer; retry later',
    type: 'api_error',
    param: null,
    code: 'FST_MISTRAL_UPSTREAM_ERROR',
    requestId: 'req-9',
  })
  const invalid = wireErrorBody(request, new ValidationError([{ path: 'messages.0.toolCalls', message: 'bad' }]))
  t.match(invalid, {
    type: 'invalid_request_error',
    param: 'messages.0.tool_calls',
    details: [{ path: 'messages.0.tool_calls' }],
  })
  t.notOk('detail' in invalid, 'only a 422 carries pydantic’s detail list')

  const details: ErrorDetail[] = [
    { path: 'messages.1.content', type: 'email', count: 1 },
    { path: 'stop', rule: 'custom_rule', message: 'a custom rule matched' },
    { path: 'body' },
  ]
  t.match(wireErrorBody(request, new SensitiveContentError(details)).detail, [
    { loc: ['body', 'messages', 1, 'content'], msg: 'email found', type: 'email' },
    { loc: ['body', 'stop'], msg: 'a custom rule matched', type: 'custom_rule' },
    { loc: ['body', 'body'], type: 'value_error' },
  ])
  t.strictSame(wireErrorBody(request, new SensitiveContentError()).detail, [], 'a 422 always has its list')
})
