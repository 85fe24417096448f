import t from 'tap'
import { buildApp, errorText, forbid, recordOutput, TEST_API_KEY } from '../helpers/app.js'

/**
 * docs/streaming.md: JSON-mode replies and tool-call arguments are screened value by value (strings and keys), so a
 * JSON reader's value is what is screened; README: the app's own key is never let out in a reply, whatever the guard's
 * settings. Here the secret is written with JSON unicode escapes (`\u005f`, `\u002d`), which every JSON reader decodes
 * to the secret, in values and in keys, whole and streamed, with the guard on and off (the app's key).
 */

const STRIPE = 'sk_live_51HxYzQ2eZvKYlo2CkP9aT3mW8rN4bL6d'
forbid(STRIPE)
const escapedStripe = STRIPE.replace('_', '\\u005f')
const escapedKey = TEST_API_KEY.replace('-CANARY', '\\u002dCANARY')
const base = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'go' }] }
const lookup = { type: 'function' as const, function: { name: 'lookup', parameters: { type: 'object' } } }
/** Every string a JSON reader finds in the text: keys and values, decoded; the raw text when it is not JSON. */
const decoded = (text: string): string => {
  try {
    return JSON.stringify(JSON.parse(text))
  } catch {
    return text
  }
}

async function streamed(app: Awaited<ReturnType<typeof buildApp>>['app'], request: object): Promise<string> {
  let text = ''
  try {
    for await (const event of app.mistral.chat.stream(request as never)) {
      const { content, toolCalls } = event as {
        content?: unknown
        toolCalls?: Array<{ function: { arguments: unknown } }>
      }
      if (typeof content === 'string') text += content
      for (const call of toolCalls ?? []) text += String(call.function.arguments)
    }
  } catch (caught) {
    recordOutput(errorText(caught))
  }
  recordOutput(text)
  return text
}

const SHAPES = (secret: string): Array<[string, string]> => [
  ['in a value', `{"note": "${secret}"}`],
  ['in a key', `{"${secret}": 1}`],
]

t.test('an escaped Stripe key in JSON-mode replies and tool-call arguments is screened', async (t) => {
  const { app, mock } = await buildApp(t)
  for (const [where, json] of SHAPES(escapedStripe)) {
    mock.queueReply({ content: json })
    const whole = await app.mistral.chat.complete({ ...base, responseFormat: { type: 'json_object' } })
    t.notOk(decoded(whole.content).includes(STRIPE), `JSON mode, whole, ${where}`)
    mock.queueReply({ toolCalls: [{ name: 'lookup', arguments: json }] })
    const called = await app.mistral.chat.complete({ ...base, tools: [lookup] })
    t.notOk(decoded(String(called.toolCalls?.[0]?.function.arguments)).includes(STRIPE), `tool args, whole, ${where}`)
    mock.queueReply({ chunks: [json.slice(0, 12), json.slice(12)] })
    const text = await streamed(app, { ...base, responseFormat: { type: 'json_object' } })
    t.notOk(decoded(text).includes(STRIPE), `JSON mode, streamed, ${where}`)
    mock.queueReply({ toolCalls: [{ name: 'lookup', argumentChunks: [json.slice(0, 12), json.slice(12)] }] })
    const args = await streamed(app, { ...base, tools: [lookup] })
    t.notOk(decoded(args).includes(STRIPE), `tool args, streamed, ${where}`)
  }
})

for (const guard of [false as const, { output: 'log' as const }]) {
  t.test(`the app's key escaped in JSON never leaves, guard ${JSON.stringify(guard)}`, async (t) => {
    const { app, mock } = await buildApp(t, { plugin: { guard } })
    for (const [where, json] of SHAPES(escapedKey)) {
      mock.queueReply({ content: json })
      const whole = await app.mistral.chat
        .complete({ ...base, responseFormat: { type: 'json_object' } })
        .then((reply) => reply.content, errorText)
      recordOutput(whole)
      t.notOk(decoded(whole).includes(TEST_API_KEY), `JSON mode, whole, ${where}`)
      mock.queueReply({ toolCalls: [{ name: 'lookup', arguments: json }] })
      const called = await app.mistral.chat
        .complete({ ...base, tools: [lookup] })
        .then((reply) => String(reply.toolCalls?.[0]?.function.arguments), errorText)
      recordOutput(called)
      t.notOk(decoded(called).includes(TEST_API_KEY), `tool args, whole, ${where}`)
      mock.queueReply({ toolCalls: [{ name: 'lookup', argumentChunks: [json.slice(0, 12), json.slice(12)] }] })
      const args = await streamed(app, { ...base, tools: [lookup] })
      t.notOk(decoded(args).includes(TEST_API_KEY), `tool args, streamed, ${where}`)
      mock.queueReply({ chunks: [json.slice(0, 12), json.slice(12)] })
      const text = await streamed(app, { ...base, responseFormat: { type: 'json_object' } })
      t.notOk(decoded(text).includes(TEST_API_KEY), `JSON mode, streamed, ${where}`)
    }
  })
}
