import { HTTPValidationError, SDKError } from '@mistralai/mistralai/models/errors'
import t from 'tap'
import { failure, hello, MODEL, post, setup } from './helpers/mock-sdk.js'

// The local Mistral refuses what Mistral refuses: the SDK's own request schemas, ranges and message-order rules.

t.test('every chat field the SDK sends is accepted and arrives in snake_case', async (t) => {
  const { mock, client } = await setup(t)
  const res = await client.chat.complete({
    model: MODEL,
    messages: [
      { role: 'system', content: [{ type: 'text', text: 'Answer in JSON.' }] },
      {
        role: 'user',
        content: [
          { type: 'text', text: 'what is in ' },
          { type: 'image_url', imageUrl: { url: 'data:image/png;base64,iVBORw0KGgo=', detail: 'low' } },
        ],
      },
      { role: 'assistant', content: '{"answer":', prefix: true },
    ],
    tools: [
      {
        type: 'function',
        function: {
          name: 'look_up',
          description: 'Finds a word',
          parameters: { type: 'object', properties: { word_to_find: { type: 'string' } }, required: ['word_to_find'] },
        },
      },
    ],
    toolChoice: 'auto',
    parallelToolCalls: false,
    responseFormat: { type: 'json_object' },
    stop: ['END'],
    randomSeed: 7,
    presencePenalty: 0.5,
    frequencyPenalty: -0.5,
    n: 1,
    prediction: { type: 'content', content: '{"answer":' },
    safePrompt: true,
    metadata: { trace_id: 'abc' },
  })
  t.equal(res.choices[0]?.finishReason, 'stop')
  t.match(mock.requests[0]?.body, {
    tool_choice: 'auto',
    parallel_tool_calls: false,
    response_format: { type: 'json_object' },
    random_seed: 7,
    presence_penalty: 0.5,
    frequency_penalty: -0.5,
    safe_prompt: true,
    prediction: { type: 'content' },
    metadata: { trace_id: 'abc' },
    tools: [{ function: { parameters: { properties: { word_to_find: { type: 'string' } } } } }],
    messages: [{}, { content: [{}, { type: 'image_url', image_url: { url: /^data:/ } }] }, { prefix: true }],
  })
})

t.test('unknown fields get 422 extra_forbidden, wherever they are', async (t) => {
  const { mock } = await setup(t)
  const res = await post(mock, '/v1/chat/completions', {
    ...hello,
    topP: 0.5,
    logprobs: true,
    messages: [{ role: 'user', content: 'hi', name: 'bob' }],
    tools: [{ type: 'function', function: { name: 'f', parameters: {}, strict_mode: true } }],
  })
  t.equal(res.status, 422)
  t.match(await res.json(), {
    detail: [
      { type: 'extra_forbidden', loc: ['body', 'messages', 0, 'name'], input: 'bob' },
      { type: 'extra_forbidden', loc: ['body', 'tools', 0, 'function', 'strict_mode'] },
      { type: 'extra_forbidden', loc: ['body', 'topP'], input: 0.5 },
      { type: 'extra_forbidden', loc: ['body', 'logprobs'], msg: 'Extra inputs are not permitted', input: true },
    ],
  })
  const free = await post(mock, '/v1/chat/completions', {
    ...hello,
    metadata: { max_tokens: 1, inputs: 2, anyThing: 3 },
    tools: [{ type: 'function', function: { name: 'f', parameters: { properties: { tool_call_id: {} } } } }],
  })
  t.equal(free.status, 200, 'free-form objects (a JSON schema, metadata) keep any key')
})

t.test('422 for values out of Mistral’s ranges', async (t) => {
  const { client } = await setup(t)
  const err = (await failure(
    client.chat.complete({ ...hello, n: 0, presencePenalty: 2.5, frequencyPenalty: -3, randomSeed: -1 }),
  )) as HTTPValidationError
  t.type(err, HTTPValidationError)
  t.same(
    err.detail?.map((d) => [d.loc.at(-1), d.type]),
    [
      ['random_seed', 'greater_than_equal'],
      ['presence_penalty', 'less_than_equal'],
      ['frequency_penalty', 'greater_than_equal'],
      ['n', 'greater_than_equal'],
    ],
  )
})

t.test('an invalid literal is named with its allowed values', async (t) => {
  const { mock } = await setup(t)
  const res = await post(mock, '/v1/chat/completions', {
    ...hello,
    tools: [{ type: 'functio', function: { name: 'f', parameters: {} } }],
  })
  t.equal(res.status, 422)
  t.same(await res.json(), {
    detail: [
      {
        type: 'literal_error',
        loc: ['body', 'tools', 0, 'type'],
        msg: "Input should be 'function'",
        input: 'functio',
        ctx: { expected: "'function'" },
      },
    ],
  })
  const bad = await post(mock, '/v1/chat/completions', { ...hello, stream: 'yes', safe_prompt: 1, tools: {} })
  t.match(await bad.json(), {
    detail: [
      { loc: ['body', 'stream'], type: 'bool_type' },
      { loc: ['body', 'tools'], type: 'list_type' },
      { loc: ['body', 'safe_prompt'], type: 'bool_type' },
    ],
  })
  const assistant = await post(mock, '/v1/chat/completions', {
    ...hello,
    messages: [{ role: 'assistant', prefix: 'x' }],
  })
  t.match(await assistant.json(), { detail: [{ loc: ['body', 'messages', 0, 'prefix'], type: 'bool_type' }] })
})

const conversation = (...messages: object[]) => ({ model: MODEL, messages })
const userTurn = { role: 'user', content: 'what time is it?' }
const callTurn = (id: string) => ({
  role: 'assistant',
  tool_calls: [{ id, type: 'function', function: { name: 'clock', arguments: '{}' } }],
})
const toolTurn = (id: string) => ({ role: 'tool', tool_call_id: id, name: 'clock', content: '12:00' })

t.test('Mistral’s message-order rules get its 400 answers', async (t) => {
  const { mock } = await setup(t)
  const refused = async (body: object) => {
    const res = await post(mock, '/v1/chat/completions', body)
    t.equal(res.status, 400)
    return res.json()
  }
  const order = (message: string) => ({
    object: 'error',
    message,
    type: 'invalid_request_message_order',
    param: null,
    code: '3230',
  })
  t.same(
    await refused(conversation(userTurn, { role: 'assistant', content: 'noon' })),
    order('Expected last role User or Tool (or Assistant with prefix True) for serving but got assistant'),
  )
  t.same(
    await refused(conversation({ role: 'system', content: 'be brief' })),
    order('Expected last role User or Tool (or Assistant with prefix True) for serving but got system'),
  )
  t.same(await refused(conversation(userTurn, { role: 'assistant', content: '' }, userTurn)), {
    object: 'error',
    message: 'Assistant message must have either content or tool_calls, but not none.',
    type: 'invalid_request_error',
    param: null,
    code: null,
  })
  t.same(
    await refused(conversation(userTurn, toolTurn('abcDEF123'))),
    order("Unexpected role 'tool' after role 'user'"),
  )
  t.same(
    await refused(conversation(userTurn, callTurn('abcDEF123'), toolTurn('abcDEF123'), userTurn)),
    order("Unexpected role 'user' after role 'tool'"),
  )
  const unanswered = {
    object: 'error',
    message: 'Not the same number of function calls and responses',
    type: 'invalid_request_error',
    param: null,
    code: null,
  }
  t.same(await refused(conversation(userTurn, callTurn('abcDEF123'), toolTurn('zzzZZZ999'))), unanswered)
  t.same(await refused(conversation(userTurn, callTurn('abcDEF123'), userTurn)), unanswered)
  const badId = (id: string) => ({
    object: 'error',
    message: `Tool call id was ${id} but must be a-z, A-Z, 0-9, with a length of 9.`,
    type: 'invalid_function_call',
    param: null,
    code: '3280',
  })
  t.same(await refused(conversation(userTurn, callTurn('call_1'), toolTurn('call_1'))), badId('call_1'))
  t.same(await refused(conversation(userTurn, callTurn('abcDEF123'), toolTurn('abcDEF1234'))), badId('abcDEF1234'))
  t.same(
    await refused(conversation(userTurn, { role: 'tool', content: 'x' })),
    order("Unexpected role 'tool' after role 'user'"),
  )

  const ok = async (body: object) => t.equal((await post(mock, '/v1/chat/completions', body)).status, 200)
  await ok(conversation(userTurn, { role: 'assistant', content: 'It is', prefix: true }))
  await ok(conversation(userTurn, callTurn('abcDEF123'), toolTurn('abcDEF123')))
  await ok(
    conversation(
      userTurn,
      {
        ...callTurn('abcDEF123'),
        tool_calls: [callTurn('abcDEF123').tool_calls[0], callTurn('xyzXYZ789').tool_calls[0]],
      },
      toolTurn('xyzXYZ789'),
      toolTurn('abcDEF123'),
      { role: 'assistant', content: [{ type: 'text', text: 'noon' }] },
      userTurn,
    ),
  )
})

t.test('the SDK’s own requests are held to the same rules', async (t) => {
  const { client } = await setup(t)
  const err = (await failure(
    client.chat.complete({
      model: MODEL,
      messages: [userTurn as { role: 'user'; content: string }, { role: 'assistant', content: 'hi' }],
    }),
  )) as SDKError
  t.type(err, SDKError)
  t.equal(err.statusCode, 400)
  t.match(JSON.parse(err.body), { code: '3230' })
})
