import t from 'tap'
import { REFUSED_SCHEMAS, TAKEN_SCHEMAS } from './fixtures/draft7-schemas.js'
import { MODEL, post, setup } from './helpers/mock-sdk.js'

// The local Mistral holds a conversation, its tools and its size to the rules of Mistral's serving validator
// (mistral-common's MistralRequestValidator, serving mode) and its model limits, answering with Mistral's messages.

type Message = Record<string, unknown>
const user: Message = { role: 'user', content: 'weather?' }
const system: Message = { role: 'system', content: 'Be brief.' }
const said: Message = { role: 'assistant', content: 'Sunny.' }
const call = (name = 'look', id = 'abcDEF123'): Message => ({
  role: 'assistant',
  content: '',
  tool_calls: [{ id, type: 'function', function: { name, arguments: '{}' } }],
})
const result = (extra: Message = {}): Message => ({ role: 'tool', tool_call_id: 'abcDEF123', content: 'r', ...extra })
const offer = (name = 'look', parameters: unknown = { type: 'object' }) => [
  { type: 'function', function: { name, parameters } },
]

const error = (message: string, type = 'invalid_request_error', code: string | null = null) => ({
  object: 'error',
  message,
  type,
  param: null,
  code,
})
const order = (message: string) => error(message, 'invalid_request_message_order', '3230')
const badName = (name: string, type?: string, code?: string) =>
  error(
    `Function name was ${name} but must be a-z, A-Z, 0-9, or contain underscores and dashes, with a maximum length of 64.`,
    type,
    code,
  )

async function answer(mock: Parameters<typeof post>[0], body: Record<string, unknown>) {
  const res = await post(mock, '/v1/chat/completions', { model: MODEL, max_tokens: 5, ...body })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

t.test('the message order Mistral refuses, and the orders it takes', async (t) => {
  const { mock } = await setup(t)
  const refused: Array<[shape: string, messages: Message[], expected: object]> = [
    ['system after assistant', [user, said, system, user], order("Unexpected role 'system' after role 'assistant'")],
    ['system after tool', [user, call(), result(), system, user], order("Unexpected role 'system' after role 'tool'")],
    ['tool after system', [system, result()], order("Unexpected role 'tool' after role 'system'")],
    [
      'a prefix before a user message',
      [user, { ...said, prefix: true }, user],
      error('Assistant message with prefix True must be last message'),
    ],
    [
      'a prefix before another assistant message',
      [user, { ...said, prefix: true }, { ...said, prefix: true }],
      error('Assistant message with prefix True must be last message'),
    ],
    [
      'a lone assistant prefix',
      [{ ...said, prefix: true }],
      order('Conversation must start with a user message or system message'),
    ],
    ['a lone tool result', [result()], order('Conversation must start with a user message or system message')],
  ]
  for (const [shape, messages, expected] of refused) {
    const { status, body } = await answer(mock, { messages, tools: offer() })
    t.equal(status, 400, `${shape}: 400`)
    t.same(body, expected, `${shape}: Mistral's message`)
  }
  const taken: Array<[shape: string, messages: Message[]]> = [
    ['system after user', [user, system, user]],
    ['a late system message after a user message', [user, said, user, system, user]],
    ['two system messages', [system, system, user]],
    ['two user messages', [user, user]],
    ['two assistant messages, the last a prefix', [user, said, { ...said, prefix: true }]],
    ['an assistant answer after a tool result', [user, call(), result(), said, user]],
    ['a prefix after a tool result', [user, call(), result(), { ...said, prefix: true }]],
    ['a prefix: false before a user message', [user, { ...said, prefix: false }, user]],
  ]
  for (const [shape, messages] of taken) {
    t.equal((await answer(mock, { messages, tools: offer() })).status, 200, `${shape}: answered`)
  }
})

t.test('function names, wherever they appear, are held to ^[a-zA-Z0-9_-]{1,64}$', async (t) => {
  const { mock } = await setup(t)
  const refused: Array<[shape: string, body: Record<string, unknown>, expected: object]> = [
    ['an offered name with a dot', { messages: [user], tools: offer('billing.lookup') }, badName('billing.lookup')],
    ['an offered name with a space', { messages: [user], tools: offer('get weather') }, badName('get weather')],
    ['an offered name of 65 characters', { messages: [user], tools: offer('f'.repeat(65)) }, badName('f'.repeat(65))],
    ['an empty offered name', { messages: [user], tools: offer('') }, badName('')],
    ['an offered name with an accent', { messages: [user], tools: offer('météo') }, badName('météo')],
    [
      'a called name with a colon',
      { messages: [user, call('ns:look'), result()], tools: offer() },
      badName('ns:look', 'invalid_function_call', '3280'),
    ],
    [
      "a tool result's name with a slash",
      { messages: [user, call(), result({ name: 'a/b' })], tools: offer() },
      badName('a/b'),
    ],
    ['a later tool in the list', { messages: [user], tools: [...offer('ok'), ...offer('not ok')] }, badName('not ok')],
  ]
  for (const [shape, body, expected] of refused) {
    const answered = await answer(mock, body)
    t.equal(answered.status, 400, `${shape}: 400`)
    t.same(answered.body, expected, `${shape}: Mistral's message`)
  }
  const taken: Array<[shape: string, body: Record<string, unknown>]> = [
    ['underscores, dashes and digits', { messages: [user], tools: offer('get_weather-2') }],
    ['64 characters', { messages: [user], tools: offer('f'.repeat(64)) }],
    ['a called and answered name', { messages: [user, call('get_weather'), result({ name: 'get_weather' })] }],
    ['a tool result without a name', { messages: [user, call(), result()] }],
  ]
  for (const [shape, body] of taken) t.equal((await answer(mock, body)).status, 200, `${shape}: answered`)
})

t.test("a function's parameters must be a draft-7 JSON Schema", async (t) => {
  const { mock } = await setup(t)
  for (const { schema: parameters, problem } of REFUSED_SCHEMAS) {
    const { status, body } = await answer(mock, { messages: [user], tools: offer('look', parameters) })
    t.equal(status, 400, `${JSON.stringify(parameters)}: 400`)
    t.same(body, error(`Invalid tool schema: ${problem}`), `${JSON.stringify(parameters)}: the validator's words`)
  }
  for (const parameters of TAKEN_SCHEMAS) {
    const { status } = await answer(mock, { messages: [user], tools: offer('look', parameters) })
    t.equal(status, 200, `${JSON.stringify(parameters)}: answered`)
  }
})

t.test('prompt_tokens count the whole prompt: messages, tool calls, call ids, tools and schema', async (t) => {
  const { mock } = await setup(t)
  const tokens = async (body: Record<string, unknown>) =>
    ((await answer(mock, body)).body as { usage: { prompt_tokens: number } }).usage.prompt_tokens
  // 'weather?' is 8 characters: 2 tokens, plus 4 for the message.
  t.equal(await tokens({ messages: [user] }), 6)
  const tools = offer('look', { type: 'object', properties: { city: { type: 'string' } } })
  t.equal(await tokens({ messages: [user], tools }), Math.ceil((8 + JSON.stringify(tools).length) / 4) + 4)
  const schema = { name: 'reply', schema: { type: 'object', properties: { answer: { type: 'string' } } } }
  t.equal(
    await tokens({ messages: [user], response_format: { type: 'json_schema', json_schema: schema } }),
    Math.ceil((8 + JSON.stringify(schema).length) / 4) + 4,
  )
  // Plain JSON mode has no schema to count.
  t.equal(await tokens({ messages: [user], response_format: { type: 'json_object' } }), 6)
  const args = JSON.stringify({ city: 'Paris' })
  const withCall = {
    role: 'assistant',
    content: '',
    tool_calls: [{ id: 'abcDEF123', type: 'function', function: { name: 'look', arguments: args } }],
  }
  // 'weather?', the call as the tokenizer renders it (JSON of its id, name and arguments), the answered id as JSON,
  // the result 'r'; three messages.
  const rendered = JSON.stringify([{ id: 'abcDEF123', name: 'look', arguments: args }])
  t.equal(
    await tokens({ messages: [user, withCall, result()] }),
    Math.ceil((8 + rendered.length + JSON.stringify('abcDEF123').length + 1) / 4) + 12,
  )
})

t.test('a prompt over the context window is refused with the counts, one at the window is answered', async (t) => {
  const { mock } = await setup(t)
  // One message: ceil(chars / 4) + 4 tokens. 524 272 characters make 131 072 tokens, one character more 131 073.
  const atWindow = await answer(mock, { messages: [{ role: 'user', content: 'a'.repeat(524_272) }] })
  t.equal(atWindow.status, 200)
  t.equal((atWindow.body as { usage: { prompt_tokens: number } }).usage.prompt_tokens, 131_072)
  const over = await answer(mock, { messages: [{ role: 'user', content: 'a'.repeat(524_273) }] })
  t.equal(over.status, 400)
  t.same(
    over.body,
    error(
      'Prompt contains 131073 tokens and 0 draft tokens, too large for model with 131072 maximum context length',
      'invalid_request_invalid_args',
      '3051',
    ),
  )
  // What the tools weigh counts towards the window too.
  const heavyTools = offer('look', { type: 'object', description: 'a'.repeat(524_272) })
  t.equal((await answer(mock, { messages: [user], tools: heavyTools })).status, 400, 'tools push a prompt over')
  // An unknown model is named first, as Mistral checks the model before it tokenizes.
  const unknown = await answer(mock, { model: 'nope', messages: [{ role: 'user', content: 'a'.repeat(524_273) }] })
  t.match(unknown.body, { message: 'Invalid model: nope' })
})

t.test('embeddings inputs over the model limit, and requests over the batch limit, are refused', async (t) => {
  const { mock } = await setup(t)
  const embed = async (input: string[], model = 'mistral-embed') => {
    const res = await post(mock, '/v1/embeddings', { model, input })
    return { status: res.status, body: await res.json() }
  }
  // 32 768 characters make 8192 tokens.
  t.equal((await embed(['a'.repeat(32_768)])).status, 200, 'an input at the limit')
  t.equal((await embed(['a'.repeat(32_768), 'a'.repeat(32_768)])).status, 200, 'a batch at the limit')
  t.same(await embed(['short', 'a'.repeat(32_769)]), {
    status: 400,
    body: error('Input id 1 has 8193 tokens, exceeding max 8192 tokens'),
  })
  t.same(await embed(['a'.repeat(32_000), 'a'.repeat(32_000), 'a'.repeat(32_000)]), {
    status: 400,
    body: error('Too many tokens in batch. Max is 16384 got 24000'),
  })
  t.equal((await embed(['a'.repeat(40_000)], 'codestral-embed')).status, 400, 'codestral-embed alike')
  t.match((await embed(['a'.repeat(40_000)], 'nope')).body, { message: 'Invalid model: nope' })
})
