import t from 'tap'
import { buildApp, forbid, recordOutput } from '../helpers/app.js'

/**
 * The guard screens JSON numbers "as written" (docs/streaming.md, JSON mode). A card number is the same JSON value
 * written in exponent or decimal form (`4.539148803436467e15`, `4539148803436467.00`): every JSON reader gets
 * 4539148803436467, yet the written text is not a card, so it passes in tool-call arguments and JSON-mode replies, and
 * reaches Mistral in a tool call sent back. The plain integer form is caught (positive control), also beyond 2^53.
 */

const CARD = '4539148803436467'
const FORMS = ['4.539148803436467e15', '4539148803436467.00', '45391488034364670e-1']
for (const form of FORMS) forbid(form)
const base = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'pay' }] }
const pay = { type: 'function' as const, function: { name: 'pay', parameters: { type: 'object' } } }
const cardIn = (json: string) => String((JSON.parse(json) as { card: unknown }).card) === CARD

t.test('positive control: the integer form, and a 19-digit card beyond 2^53, are redacted', async (t) => {
  const { app, mock } = await buildApp(t)
  for (const written of [CARD, '4539148803436467016']) {
    mock.queueReply({ toolCalls: [{ name: 'pay', arguments: `{"card": ${written}}` }] })
    const reply = await app.mistral.chat.complete({ ...base, tools: [pay] })
    recordOutput(JSON.stringify(reply))
    t.notOk(String(reply.toolCalls?.[0]?.function.arguments).includes(written), written)
  }
  t.ok(cardIn(`{"card": ${FORMS[0]}}`), 'an exponent form parses to the card number')
})

t.test('a card number written in exponent or decimal form is redacted from replies', async (t) => {
  const { app, mock } = await buildApp(t)
  for (const form of FORMS) {
    mock.queueReply({ toolCalls: [{ name: 'pay', arguments: `{"card": ${form}}` }] })
    const called = await app.mistral.chat.complete({ ...base, tools: [pay] })
    recordOutput(JSON.stringify(called))
    t.notOk(cardIn(String(called.toolCalls?.[0]?.function.arguments)), `${form}: tool-call arguments`)
    mock.queueReply({ content: `{"card": ${form}}` })
    const json = await app.mistral.chat.complete({ ...base, responseFormat: { type: 'json_object' } })
    recordOutput(JSON.stringify(json))
    t.notOk(cardIn(json.content), `${form}: JSON-mode reply`)
  }
})

t.test('a card number in exponent form in a tool call sent back is refused before it reaches Mistral', async (t) => {
  const { app, mock } = await buildApp(t)
  const error = await app.mistral.chat
    .complete({
      ...base,
      tools: [pay],
      messages: [
        { role: 'user', content: 'pay' },
        {
          role: 'assistant',
          content: '',
          toolCalls: [
            { id: 'abcDEF123', type: 'function', function: { name: 'pay', arguments: `{"card": ${FORMS[0]}}` } },
          ],
        },
        { role: 'tool', toolCallId: 'abcDEF123', name: 'pay', content: 'paid' },
      ],
    })
    .catch((caught: { code?: string }) => caught)
  t.match(error, { code: 'FST_MISTRAL_SENSITIVE_CONTENT' })
  t.equal(mock.requests.filter((request) => request.path.startsWith('/v1/chat')).length, 0, 'nothing reached Mistral')
})
