import t from 'tap'
import { buildApp, forbid, recordOutput } from '../helpers/app.js'

/**
 * Issue 12 item 3: the guard reads tool-call arguments and JSON-mode replies. A card number the guard redacts in
 * prose passes untouched when the model writes it as a JSON number instead of a JSON string.
 */

const CARD = '4111111111111111'
forbid(CARD)
const base = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'pay' }] }
const pay = {
  type: 'function' as const,
  function: {
    name: 'pay',
    description: 'Pays',
    parameters: { type: 'object', properties: { card: { type: 'number' } } },
  },
}

t.test('positive control: the same card number in prose is redacted', async (t) => {
  const { app, mock } = await buildApp(t)
  mock.queueReply({ content: `card ${CARD} ok` })
  const reply = await app.mistral.chat.complete(base)
  t.notOk(reply.content.includes(CARD))
})

t.test('a card number as a JSON number in tool-call arguments is redacted', async (t) => {
  const { app, mock } = await buildApp(t)
  mock.queueReply({ toolCalls: [{ name: 'pay', arguments: `{"card": ${CARD}}` }] })
  const reply = await app.mistral.chat.complete({ ...base, tools: [pay] })
  recordOutput(JSON.stringify(reply))
  const args = reply.toolCalls?.[0]?.function.arguments ?? ''
  t.notOk(String(args).includes(CARD), 'the card number left the guard')
})

t.test('a card number as a JSON number in a JSON-mode reply is redacted', async (t) => {
  const { app, mock } = await buildApp(t)
  mock.queueReply({ content: `{"card": ${CARD}}` })
  const reply = await app.mistral.chat.complete({ ...base, responseFormat: { type: 'json_object' } })
  recordOutput(JSON.stringify(reply))
  t.notOk(reply.content.includes(CARD), 'the card number left the guard')
})

// The prompt side of the same family: numbers in what leaves are not read either, so the card reaches Mistral.
const sentToMistral = (mock: { requests: Array<{ body: unknown }> }) =>
  JSON.stringify(mock.requests.map((request) => request.body))
/** A conversation where the model called `pay` with `args` and the tool answered. */
const paidWith = (args: string) => [
  { role: 'user' as const, content: 'pay' },
  {
    role: 'assistant' as const,
    content: '',
    toolCalls: [{ id: 'abcDEF123', type: 'function' as const, function: { name: 'pay', arguments: args } }],
  },
  { role: 'tool' as const, toolCallId: 'abcDEF123', name: 'pay', content: 'paid' },
]

t.test('a card number as a JSON number in an assistant tool call sent back to Mistral is refused', async (t) => {
  const { app, mock } = await buildApp(t)
  const messages = paidWith(`{"card": ${CARD}}`)
  await app.mistral.chat.complete({ ...base, messages, tools: [pay] }).catch((error: unknown) => {
    recordOutput(String((error as Error).message))
  })
  t.notOk(sentToMistral(mock).includes(CARD), 'the card number reached Mistral')
})

t.test('a card number as a JSON number in a tool schema is refused', async (t) => {
  const { app, mock } = await buildApp(t)
  const pinned = {
    ...pay,
    function: {
      ...pay.function,
      parameters: { type: 'object', properties: { card: { type: 'number', const: Number(CARD) } } },
    },
  }
  await app.mistral.chat.complete({ ...base, tools: [pinned] }).catch((error: unknown) => {
    recordOutput(String((error as Error).message))
  })
  t.notOk(sentToMistral(mock).includes(CARD), 'the card number reached Mistral')
})

// Past 2^53 JSON.parse changes a number's digits: a 19-digit card number read that way is another number, which the
// guard does not recognise, while the text forwarded still holds the real one.
const LONG_CARD = '6011000000000000001'
forbid(LONG_CARD)

t.test(
  'a 19-digit card number as a JSON number is redacted in tool-call arguments, the rest kept as written',
  async (t) => {
    const { app, mock } = await buildApp(t)
    mock.queueReply({ toolCalls: [{ name: 'pay', arguments: `{"card": ${LONG_CARD}, "cents": 1250}` }] })
    const reply = await app.mistral.chat.complete({ ...base, tools: [pay] })
    recordOutput(JSON.stringify(reply))
    const args = reply.toolCalls?.[0]?.function.arguments ?? ''
    t.equal(args, '{"card": "[REDACTED:credit_card]", "cents": 1250}', 'valid JSON, spacing and other numbers kept')
  },
)

t.test('a 19-digit card number as a JSON number in a JSON-mode reply is redacted', async (t) => {
  const { app, mock } = await buildApp(t)
  mock.queueReply({ content: `[${LONG_CARD}, -0.5e3]` })
  const reply = await app.mistral.chat.complete({ ...base, responseFormat: { type: 'json_object' } })
  recordOutput(JSON.stringify(reply))
  t.same(JSON.parse(reply.content), ['[REDACTED:credit_card]', -500])
})

t.test('a 19-digit card number as a JSON number in a tool call sent back to Mistral is refused', async (t) => {
  const { app, mock } = await buildApp(t)
  const messages = paidWith(`{"card":${LONG_CARD}}`)
  const error = await app.mistral.chat.complete({ ...base, messages, tools: [pay] }).catch((caught: unknown) => caught)
  recordOutput(String((error as Error).message))
  t.match(error, { code: 'FST_MISTRAL_SENSITIVE_CONTENT' })
  t.notOk(sentToMistral(mock).includes(LONG_CARD), 'the card number reached Mistral')
})

/** Posts `payload` to the chat route as written: the numbers in it reach the route's parser as they are. */
const postRaw = (app: Awaited<ReturnType<typeof buildApp>>['app'], payload: string) =>
  app.inject({ method: 'POST', url: '/api/chat', payload, headers: { 'content-type': 'application/json' } })

t.test('the route refuses a body with a number JSON cannot carry exactly, and audits the refusal', async (t) => {
  const { app, mock, logs } = await buildApp(t)
  const schema = `{"type":"object","properties":{"card":{"type":"number","const":${LONG_CARD}}}}`
  const tool = `{"type":"function","function":{"name":"pay","description":"Pays","parameters":${schema}}}`
  const payload = `{"model":"mistral-small-latest","messages":[{"role":"user","content":"pay"}],"tools":[${tool}]}`
  const response = await postRaw(app, payload)
  t.equal(response.statusCode, 400)
  // Since attack 17 the detail names the number's own field, not the whole body (the value is never repeated).
  t.match(response.json(), {
    code: 'FST_MISTRAL_VALIDATION',
    details: [{ path: 'tools.0.function.parameters.properties.card.const' }],
  })
  t.notMatch(response.body, LONG_CARD)
  const overflowing = await postRaw(
    app,
    '{"model":"mistral-small-latest","messages":[{"role":"user","content":"hi"}],"temperature":1e400}',
  )
  t.match(
    overflowing.json(),
    { code: 'FST_MISTRAL_VALIDATION', details: [{ path: 'temperature' }] },
    'nor one that overflows',
  )
  t.equal(mock.requests.length, 0, 'nothing reached Mistral')
  t.match(
    logs.filter((line) => line.msg === 'mistral audit').map((line) => line.audit),
    [
      { statusCode: 400, errorCode: 'FST_MISTRAL_VALIDATION' },
      { statusCode: 400, errorCode: 'FST_MISTRAL_VALIDATION' },
    ],
  )
  // Numbers JSON carries exactly still pass: decimals, exponents, 2^53 itself.
  const exact = await postRaw(
    app,
    `{"model":"mistral-small-latest","messages":[{"role":"user","content":"9007199254740992"}],"temperature":2.5e-1,"maxTokens":1e2,"topP":0.9}`,
  )
  t.equal(exact.statusCode, 200, 'not refused for its numbers')
  const poisoned = await postRaw(app, '{"model":"mistral-small-latest","__proto__":{"x":1},"messages":[]}')
  t.equal(poisoned.statusCode, 400, "Fastify's prototype-poisoning check still applies")
})

t.test("a tool schema's numbers, lists, booleans and nulls leave as given", async (t) => {
  const { app, mock } = await buildApp(t)
  const parameters = {
    type: 'object',
    properties: { cents: { type: 'integer', minimum: 0, maximum: 99_999 }, note: { type: ['string', 'null'] } },
    required: ['cents'],
    additionalProperties: false,
    default: null,
  }
  await app.mistral.chat.complete({ ...base, tools: [{ ...pay, function: { ...pay.function, parameters } }] })
  const sent = mock.requests.at(-1)?.body as { tools: Array<{ function: { parameters: unknown } }> }
  t.same(sent.tools[0]?.function.parameters, parameters)
})

t.test('with input redaction, a card number as a JSON number in a tool schema leaves as its redaction', async (t) => {
  const { app, mock } = await buildApp(t, { plugin: { guard: { input: 'redact' } } })
  const parameters = { type: 'object', properties: { card: { type: 'number', const: Number(CARD) } } }
  await app.mistral.chat.complete({ ...base, tools: [{ ...pay, function: { ...pay.function, parameters } }] })
  const sent = mock.requests.at(-1)?.body as { tools: Array<{ function: { parameters: unknown } }> }
  t.same(sent.tools[0]?.function.parameters, {
    type: 'object',
    properties: { card: { type: 'number', const: '[REDACTED:credit_card]' } },
  })
})
