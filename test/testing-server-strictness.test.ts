import { readFileSync } from 'node:fs'
import { HTTPValidationError, SDKError } from '@mistralai/mistralai/models/errors'
import t from 'tap'
import { CHAT_OPEN_ENUMS } from '../src/testing/open-enums.js'
import { defaultReply, type MockChatRequest } from '../src/testing/replies.js'
import { REQUEST_GRAPH } from '../src/testing/wire-schema.js'
import { failure, hello, post, setup } from './helpers/mock-sdk.js'

// The local Mistral is no more lenient than Mistral: open enums, tools and tool_choice, JSON-schema mode, duplicate
// tool-call ids, empty stop strings and embedding options, through the SDK and raw.

const fn = (name: string) => ({ type: 'function' as const, function: { name, parameters: {} } })
const CALL_ID = 'abcdefghi'
const invalid = (message: string | RegExp) => ({
  object: 'error',
  message,
  type: 'invalid_request_error',
  param: null,
  code: null,
})

t.test('every open enum of the chat request is closed, with the SDK’s values', async (t) => {
  const { mock } = await setup(t)
  const cases: Array<[string, Record<string, unknown>, Array<string | number>, string]> = [
    [
      'response_format.type',
      { response_format: { type: 'xml' } },
      ['response_format', 'type'],
      "Input should be 'text', 'json_object' or 'json_schema'",
    ],
    [
      'tool_choice',
      { tool_choice: 'sometimes' },
      ['tool_choice'],
      "Input should be 'auto', 'none', 'any' or 'required'",
    ],
    [
      'tool_choice.type',
      { tools: [fn('f')], tool_choice: { type: 'tool', function: { name: 'f' } } },
      ['tool_choice', 'type'],
      "Input should be 'function'",
    ],
    [
      'reasoning_effort',
      { reasoning_effort: 'extreme' },
      ['reasoning_effort'],
      "Input should be 'none', 'minimal', 'low', 'medium', 'high' or 'xhigh'",
    ],
    ['prompt_mode', { prompt_mode: 'fast' }, ['prompt_mode'], "Input should be 'reasoning'"],
    [
      'an image’s detail',
      {
        messages: [
          {
            role: 'user',
            content: [{ type: 'image_url', image_url: { url: 'https://x.test/a.png', detail: 'ultra' } }],
          },
        ],
      },
      ['messages', 0, 'content', 0, 'image_url', 'detail'],
      "Input should be 'low', 'auto' or 'high'",
    ],
    [
      'a guardrail’s action',
      { guardrails: [{ moderation_llm_v1: { action: 'warn' } }, { moderation_llm_v2: { action: 'warn' } }] },
      ['guardrails', 0, 'moderation_llm_v1', 'action'],
      "Input should be 'none' or 'block'",
    ],
  ]
  for (const [name, fields, loc, msg] of cases) {
    const res = await post(mock, '/v1/chat/completions', { ...hello, ...fields })
    t.equal(res.status, 422, name)
    const { detail } = (await res.json()) as { detail: unknown[] }
    t.match(detail[0], { type: 'enum', loc: ['body', ...loc], msg }, name)
  }
  const both = await post(mock, '/v1/chat/completions', {
    ...hello,
    guardrails: [{ moderation_llm_v1: { action: 'warn' } }, { moderation_llm_v2: { action: 'stop' } }],
  })
  t.match(await both.json(), {
    detail: [
      { loc: ['body', 'guardrails', 0, 'moderation_llm_v1', 'action'], input: 'warn' },
      { loc: ['body', 'guardrails', 1, 'moderation_llm_v2', 'action'], input: 'stop' },
    ],
  })

  const toolType = await post(mock, '/v1/chat/completions', { ...hello, tools: [{ ...fn('f'), type: 'functon' }] })
  t.match(
    await toolType.json(),
    { detail: [{ type: 'literal_error', loc: ['body', 'tools', 0, 'type'], msg: "Input should be 'function'" }] },
    'a function tool’s own type: closed by the SDK’s schema itself',
  )

  const accepted = await post(mock, '/v1/chat/completions', {
    ...hello,
    messages: [
      { role: 'user', content: [{ type: 'image_url', image_url: { url: 'https://x.test/a.png', detail: 'high' } }] },
    ],
    tools: [fn('f')],
    tool_choice: { type: 'function', function: { name: 'f' } },
    response_format: { type: 'text' },
    reasoning_effort: 'xhigh',
    prompt_mode: 'reasoning',
    guardrails: [{ moderation_llm_v1: { action: 'block' }, moderation_llm_v2: { action: 'none' } }],
  })
  t.equal(accepted.status, 200, 'every known value is taken')
})

t.test('through the SDK, an unknown enum value is an HTTPValidationError', async (t) => {
  const { client } = await setup(t)
  const err = await failure(
    client.chat.complete({ ...hello, responseFormat: { type: 'xml' as never }, reasoningEffort: 'loud' as never }),
  )
  t.type(err, HTTPValidationError)
  t.match((err as HTTPValidationError).detail, [
    { type: 'enum', loc: ['body', 'response_format', 'type'], input: 'xml' },
    { type: 'enum', loc: ['body', 'reasoning_effort'], input: 'loud' },
  ])
})

t.test('the list of open enums covers every field the installed SDK’s request modules type with one', async (t) => {
  const moduleOf = (url: string) => url.slice(url.lastIndexOf('/') + 1)
  const texts = REQUEST_GRAPH.map((url) => [moduleOf(url), readFileSync(new URL(url), 'utf8')] as const)
  const open = new Set<string>()
  for (const [, text] of texts) {
    // The SDK breaks some definitions over two lines (`openEnums\n    .outboundSchema(ToolTypes)`).
    for (const [, name] of text.matchAll(/openEnums\s*\.outboundSchema\((\w+)\)/g)) open.add(name as string)
  }
  // Each module whose schema types a field with an open enum, as `module enum`: its own definition and imports aside.
  const used = new Set<string>()
  for (const [module, text] of texts) {
    const body = text.replace(/^import[^;]*;/gm, '')
    for (const [, name] of body.matchAll(/\b(\w+)\$outboundSchema\b(?!\s*=)/g)) {
      if (open.has(name as string)) used.add(`${module} ${name}`)
    }
  }
  // A function tool's own type, closed by the request schema; a reference chunk's `tool`, any string.
  const closedOrFree = ['tool.js ToolTypes', 'toolreferencechunk.js BuiltInConnectors']
  const checked = new Set([...CHAT_OPEN_ENUMS.map((field) => `${field.module} ${field.name}`), ...closedOrFree])
  t.same(
    [...used].filter((site) => !checked.has(site)),
    [],
    'no field typed by an open enum is left unchecked',
  )
  t.same(
    [...checked].filter((site) => !used.has(site)),
    [],
    'every field listed is one the SDK declares',
  )
  t.ok(used.has('toolcall.js ToolTypes') && used.has('toolchoice.js ToolTypes'), 'one enum, two fields, both found')
})

t.test('a built-in tool is refused with a 400 naming the field, never a 500', async (t) => {
  const { mock, client } = await setup(t)
  for (const tool of [{ type: 'web_search' }, { type: 'code_interpreter' }, { type: 'connector', connector_id: 'c' }]) {
    const res = await post(mock, '/v1/chat/completions', { ...hello, tools: [fn('f'), tool] })
    t.equal(res.status, 400, tool.type)
    t.same(
      await res.json(),
      invalid(
        `Invalid tools[1].type '${tool.type}': only tools of type 'function' are served on chat completions (built-in tools belong to the Conversations and Agents APIs)`,
      ),
    )
  }
  const err = await failure(client.chat.complete({ ...hello, tools: [{ type: 'web_search' }] }))
  t.type(err, SDKError)
  t.equal((err as SDKError).statusCode, 400)
  t.match(JSON.parse((err as SDKError).body), invalid(/tools\[0\]\.type 'web_search'/))
})

t.test('tool_choice must name an offered function, and any/required need a tool', async (t) => {
  const { mock, client } = await setup(t)
  const nope = { type: 'function', function: { name: 'nope' } }
  const unknown = await post(mock, '/v1/chat/completions', { ...hello, tools: [fn('f')], tool_choice: nope })
  t.equal(unknown.status, 400)
  t.same(await unknown.json(), invalid("Invalid tool_choice: function 'nope' is not among the tools offered"))
  const noTools = await post(mock, '/v1/chat/completions', { ...hello, tool_choice: nope })
  t.equal(noTools.status, 400, 'naming a function with no tools at all')
  for (const choice of ['any', 'required'] as const) {
    const err = await failure(client.chat.complete({ ...hello, toolChoice: choice }))
    t.equal((err as SDKError).statusCode, 400, choice)
    t.same(
      JSON.parse((err as SDKError).body),
      invalid(`Invalid tool_choice: '${choice}' requires at least one tool in tools`),
    )
    const empty = await post(mock, '/v1/chat/completions', { ...hello, tools: [], tool_choice: choice })
    t.equal(empty.status, 400, `${choice} with an empty tools list`)
  }
  for (const choice of ['auto', 'none'] as const) {
    const res = await client.chat.complete({ ...hello, toolChoice: choice })
    t.equal(res.choices[0]?.message?.content, 'You said: hello', `${choice} needs no tool`)
  }
  const offered = await client.chat.complete({
    ...hello,
    tools: [fn('f'), fn('g')],
    toolChoice: { type: 'function', function: { name: 'g' } },
  })
  t.match(offered.choices[0]?.message?.toolCalls, [{ function: { name: 'g' } }], 'an offered function is called')
})

t.test('the default reply never calls a function that is not offered, nor any under none', async (t) => {
  const body = (fields: Partial<MockChatRequest>): MockChatRequest => ({
    model: 'm',
    messages: [{ role: 'user', content: 'hi' }],
    ...fields,
  })
  const tools = [{ type: 'web_search' }, fn('f')]
  t.same(
    defaultReply(body({ tools, tool_choice: { type: 'function', function: { name: 'nope' } } })),
    { content: 'You said: hi' },
    'a function not offered is not called',
  )
  t.same(defaultReply(body({ tools, tool_choice: 'none' })), { content: 'You said: hi' }, 'none calls nothing')
  t.same(defaultReply(body({ tools, tool_choice: 'any' })), { toolCalls: [{ name: 'f', arguments: {} }] })
  t.same(defaultReply(body({ tool_choice: 'required' })), { content: 'You said: hi' }, 'nothing offered')
})

t.test('JSON-schema mode needs its json_schema, and a schema that is a JSON Schema', async (t) => {
  const { mock, client } = await setup(t)
  for (const format of [{ type: 'json_schema' }, { type: 'json_schema', json_schema: null }]) {
    const res = await post(mock, '/v1/chat/completions', { ...hello, response_format: format })
    t.equal(res.status, 422)
    t.same(await res.json(), {
      detail: [
        { type: 'missing', loc: ['body', 'response_format', 'json_schema'], msg: 'Field required', input: format },
      ],
    })
  }
  const err = await failure(client.chat.complete({ ...hello, responseFormat: { type: 'json_schema' } }))
  t.type(err, HTTPValidationError, 'through the SDK')
  const objekt = await failure(
    client.chat.complete({
      ...hello,
      responseFormat: { type: 'json_schema', jsonSchema: { name: 'r', schemaDefinition: { type: 'objekt' } } },
    }),
  )
  t.equal((objekt as SDKError).statusCode, 400)
  t.same(
    JSON.parse((objekt as SDKError).body),
    invalid("Invalid response_format json_schema schema: 'objekt' is not valid under any of the given schemas"),
  )
  const valid = await client.chat.complete({
    ...hello,
    responseFormat: { type: 'json_schema', jsonSchema: { name: 'r', schemaDefinition: { type: 'object' } } },
  })
  t.equal(valid.choices[0]?.message?.content, '{}')
})

t.test('the same tool-call id twice, in one assistant message or in its results, is refused', async (t) => {
  const { mock } = await setup(t)
  const call = (id: string) => ({ id, type: 'function', function: { name: 'f', arguments: '{}' } })
  const result = (id: string) => ({ role: 'tool', tool_call_id: id, content: 'ok' })
  const ask = { role: 'user', content: 'go' }
  const twiceCalled = await post(mock, '/v1/chat/completions', {
    ...hello,
    messages: [
      ask,
      { role: 'assistant', tool_calls: [call(CALL_ID), call(CALL_ID)] },
      result(CALL_ID),
      result(CALL_ID),
    ],
  })
  t.equal(twiceCalled.status, 400)
  t.same(await twiceCalled.json(), invalid(`Duplicate tool call id ${CALL_ID} in assistant message`))
  const twiceAnswered = await post(mock, '/v1/chat/completions', {
    ...hello,
    messages: [
      ask,
      { role: 'assistant', tool_calls: [call(CALL_ID), call('bcdefghij')] },
      result(CALL_ID),
      result(CALL_ID),
    ],
  })
  t.equal(twiceAnswered.status, 400)
  t.same(await twiceAnswered.json(), invalid(`Duplicate tool call id ${CALL_ID} in tool results`))
  const again = await post(mock, '/v1/chat/completions', {
    ...hello,
    messages: [
      ask,
      { role: 'assistant', tool_calls: [call(CALL_ID)] },
      result(CALL_ID),
      { role: 'assistant', tool_calls: [call(CALL_ID)] },
      result(CALL_ID),
    ],
  })
  t.equal(again.status, 200, 'an id may come back in a later turn')
})

t.test('an empty stop string cuts nothing', async (t) => {
  const { client } = await setup(t)
  const empty = await client.chat.complete({ ...hello, stop: '' })
  t.equal(empty.choices[0]?.message?.content, 'You said: hello')
  const listed = await client.chat.complete({ ...hello, stop: ['', 'said'] })
  t.equal(listed.choices[0]?.message?.content, 'You ', 'the other stop strings still cut')
})

t.test('embeddings: each model’s dimensions and dtypes, and no base64', async (t) => {
  const { mock, client } = await setup(t, { embeddingModels: ['mistral-embed', 'codestral-embed', 'my-embed'] })
  const lengthOf = async (model: string, outputDimension?: number) =>
    (await client.embeddings.create({ model, inputs: 'x', outputDimension })).data[0]?.embedding?.length
  t.equal(await lengthOf('codestral-embed'), 1536, 'codestral-embed: 1536 by default')
  t.equal(await lengthOf('codestral-embed', 3072), 3072, 'up to 3072')
  t.equal(await lengthOf('mistral-embed'), 1024, 'mistral-embed: 1024')
  t.equal(await lengthOf('my-embed', 4000), 4000, 'a test’s own model takes any length')

  const fixed = await failure(client.embeddings.create({ model: 'mistral-embed', inputs: 'x', outputDimension: 512 }))
  t.equal((fixed as SDKError).statusCode, 400)
  t.same(
    JSON.parse((fixed as SDKError).body),
    invalid('output_dimension is not supported by mistral-embed, whose embeddings have a fixed dimension'),
  )
  const above = await post(mock, '/v1/embeddings', { model: 'codestral-embed', input: ['x'], output_dimension: 3073 })
  t.equal(above.status, 400)
  t.same(await above.json(), invalid("output_dimension 3073 is above codestral-embed's maximum of 3072"))

  const base64 = await failure(
    client.embeddings.create({ model: 'mistral-embed', inputs: 'x', encodingFormat: 'base64' }),
  )
  t.type(base64, HTTPValidationError)
  t.match((base64 as HTTPValidationError).detail, [{ type: 'enum', loc: ['body', 'encoding_format'], input: 'base64' }])
  const float = await client.embeddings.create({ model: 'mistral-embed', inputs: 'x', encodingFormat: 'float' })
  t.equal(float.data[0]?.embedding?.length, 1024)

  const dtype = async (outputDtype: 'float' | 'int8' | 'uint8' | 'binary' | 'ubinary') =>
    (await client.embeddings.create({ model: 'codestral-embed', inputs: 'x', outputDtype })).data[0]
      ?.embedding as number[]
  const inRange = (values: number[], min: number, max: number) =>
    values.every((v) => Number.isInteger(v) && v >= min && v <= max)
  const floats = await dtype('float')
  const int8 = await dtype('int8')
  t.ok(int8.length === 1536 && inRange(int8, -128, 127) && (int8.includes(127) || int8.includes(-127)), 'int8')
  t.same(
    int8.map(Math.sign),
    floats.map((v) => Math.sign(Math.round((v / Math.max(...floats.map(Math.abs))) * 127))),
    'int8 keeps the signs',
  )
  const uint8 = await dtype('uint8')
  t.ok(uint8.length === 1536 && inRange(uint8, 0, 255), 'uint8')
  const binary = await dtype('binary')
  const ubinary = await dtype('ubinary')
  t.ok(binary.length === 192 && inRange(binary, -128, 127), 'binary: a bit per value, signed bytes')
  t.ok(ubinary.length === 192 && inRange(ubinary, 0, 255), 'ubinary: unsigned bytes')
  t.same(
    binary.map((b) => b + 128),
    ubinary,
    'the same bits',
  )
  const firstByte = floats.slice(0, 8).reduce((byte, v, bit) => byte | ((v > 0 ? 1 : 0) << (7 - bit)), 0)
  t.equal(ubinary[0], firstByte, 'bits set where the value is positive, first value highest')

  const quantized = await failure(
    client.embeddings.create({ model: 'mistral-embed', inputs: 'x', outputDtype: 'int8' }),
  )
  t.equal((quantized as SDKError).statusCode, 400)
  t.same(
    JSON.parse((quantized as SDKError).body),
    invalid("output_dtype 'int8' is not supported by mistral-embed, only 'float'"),
  )
  const mistralFloat = await client.embeddings.create({ model: 'mistral-embed', inputs: 'x', outputDtype: 'float' })
  t.equal(mistralFloat.data[0]?.embedding?.length, 1024, 'float is mistral-embed’s own dtype')
})
