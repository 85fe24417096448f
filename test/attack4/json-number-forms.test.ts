import t from 'tap'
import { buildApp, errorText, forbid, recordOutput } from '../helpers/app.js'
import { buildGateway, USER_TOKEN } from '../helpers/gateway.js'
import { sseEvents } from '../helpers/sse.js'

/**
 * attack3 found card numbers in exponent/decimal JSON forms passing the guard; these are the forms its fix may not
 * cover: upper-case `E` with a sign, a zero-led mantissa, `e0`, a 19-digit card beyond 2^53, in whole and streamed
 * replies (pieces split inside the number), the gateway stream, and request JSON schemas (`const`, `enum`, `default`).
 */

const CARD = '4539148803436467'
const CARD19 = '4539148803436467016'
const FORMS = ['4.539148803436467E+15', '0.4539148803436467e16', '4539148803436467e0', '4.539148803436467016e18']
for (const form of FORMS) forbid(form)
const base = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'pay' }] }
const pay = { type: 'function' as const, function: { name: 'pay', parameters: { type: 'object' } } }
/** Whether the JSON text carries the card as a number any JSON reader gets (exactly, or as the nearest double). */
const cardIn = (json: string): boolean => {
  try {
    const card = (JSON.parse(json) as { card: unknown }).card
    return typeof card === 'number' && (card === Number(CARD) || card === Number(CARD19))
  } catch {
    return false
  }
}
const split = (text: string) => [text.slice(0, 13), text.slice(13, 17), text.slice(17)]

t.test('a card written in other number forms is redacted, whole and streamed', async (t) => {
  const { app, mock } = await buildApp(t)
  for (const form of FORMS) {
    const args = `{"card": ${form}}`
    mock.queueReply({ toolCalls: [{ name: 'pay', arguments: args }] })
    const whole = await app.mistral.chat.complete({ ...base, tools: [pay] })
    recordOutput(JSON.stringify(whole))
    t.notOk(cardIn(String(whole.toolCalls?.[0]?.function.arguments)), `${form}: whole tool-call arguments`)

    mock.queueReply({ toolCalls: [{ name: 'pay', argumentChunks: split(args) }] })
    let streamed = ''
    try {
      for await (const event of app.mistral.chat.stream({ ...base, tools: [pay] })) {
        const calls = (event as { toolCalls?: Array<{ function: { arguments: unknown } }> }).toolCalls ?? []
        for (const call of calls) streamed += String(call.function.arguments)
      }
    } catch (caught) {
      recordOutput(errorText(caught))
    }
    recordOutput(streamed)
    t.ok(streamed.length > 0, `${form}: the stream carried the arguments`)
    t.notOk(cardIn(streamed), `${form}: streamed tool-call arguments in pieces`)

    mock.queueReply({ chunks: split(args) })
    let content = ''
    try {
      for await (const event of app.mistral.chat.stream({ ...base, responseFormat: { type: 'json_object' } })) {
        const piece = (event as { content?: unknown }).content
        if (typeof piece === 'string') content += piece
      }
    } catch (caught) {
      recordOutput(errorText(caught))
    }
    recordOutput(content)
    t.ok(content.length > 0, `${form}: the stream carried the content`)
    t.notOk(cardIn(content), `${form}: streamed JSON-mode content in pieces`)
  }
})

t.test('the gateway stream redacts a card in exponent form split across pieces, n = 2', async (t) => {
  const { app, mock } = await buildGateway(t)
  mock.queueReply((_body, index) =>
    index === 0 ? { content: '{"ok": 1}' } : { chunks: split(`{"card": ${FORMS[0]}}`) },
  )
  const response = await app.inject({
    method: 'POST',
    url: '/mistral/v1/chat/completions',
    headers: { authorization: `Bearer ${USER_TOKEN}` },
    payload: { ...base, stream: true, n: 2, response_format: { type: 'json_object' } },
  })
  const byChoice = ['', '']
  for (const { data } of sseEvents(response.body)) {
    const choice = (data as { choices?: Array<{ index: number; delta?: { content?: unknown } }> })?.choices?.[0]
    if (choice && typeof choice.delta?.content === 'string') byChoice[choice.index] += choice.delta.content
  }
  t.ok(byChoice[1], 'choice 1 was streamed')
  t.notOk(cardIn(byChoice[1] ?? ''), `choice 1 (status ${response.statusCode})`)
})

t.test('a card in exponent form inside a request JSON schema never reaches Mistral', async (t) => {
  const { app, mock } = await buildApp(t)
  const schemas = [
    { type: 'object', properties: { card: { const: 4.539148803436467e15 } } },
    { type: 'object', properties: { card: { enum: [4539148803436467] } } },
  ]
  // A literal number in source loses its written form; the wire text is what the guard reads, so send it raw.
  const raw = [
    `{"type":"object","properties":{"card":{"const":${FORMS[0]}}}}`,
    `{"type":"object","properties":{"card":{"default":${FORMS[1]}}}}`,
  ]
  for (const [i, schema] of schemas.entries()) {
    const error = await app.mistral.chat
      .complete({ ...base, tools: [{ type: 'function', function: { name: 'pay', parameters: schema } }] })
      .then(() => undefined, errorText)
    recordOutput(String(error))
    t.ok(error, `tool schema ${i}: refused`)
  }
  for (const [i, text] of raw.entries()) {
    const response = await app.inject({
      method: 'POST',
      url: '/api/chat',
      headers: { 'content-type': 'application/json' },
      payload: `{"model":"mistral-small-latest","messages":[{"role":"user","content":"pay"}],"responseFormat":{"type":"json_schema","jsonSchema":{"name":"s","schema":${text}}}}`,
    })
    t.not(response.statusCode, 200, `route json_schema ${i} refused (status ${response.statusCode})`)
  }
  t.notOk(
    mock.requests.some((request) => /4\.?539148803436467|0\.4539/.test(JSON.stringify(request.body))),
    'no card form reached Mistral',
  )
})
