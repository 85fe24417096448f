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

t.test('a card number as a JSON number in an assistant tool call sent back to Mistral is refused', async (t) => {
  const { app, mock } = await buildApp(t)
  const messages = [
    { role: 'user' as const, content: 'pay' },
    {
      role: 'assistant' as const,
      content: '',
      toolCalls: [
        { id: 'abcDEF123', type: 'function' as const, function: { name: 'pay', arguments: `{"card": ${CARD}}` } },
      ],
    },
    { role: 'tool' as const, toolCallId: 'abcDEF123', name: 'pay', content: 'paid' },
  ]
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
