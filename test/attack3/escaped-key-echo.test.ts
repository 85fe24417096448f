import t from 'tap'
import { buildApp, forbid, recordOutput, TEST_API_KEY } from '../helpers/app.js'
import { buildGateway, USER_TOKEN } from '../helpers/gateway.js'

/**
 * The echoed-key screen (docs/guard.md#echoed-api-keys, docs/streaming.md) catches the app's own key percent-encoded
 * or in hexadecimal "whatever the guard's settings", but not in the other escapes a reader decodes back into the key:
 * JSON's \uXXXX (in a reply that is JSON but not JSON mode, or a JSON-mode reply cut by max_tokens, which is screened
 * as plain text), HTML character references (a page rendering the reply shows the key), hex bytes joined by colons.
 * The same holds for personal data: `jane.doe\u0040corp-mail.fr` is an email to any JSON reader.
 */

const REDACTED = '[REDACTED:live_api_key]'
const KEY_TAIL = TEST_API_KEY.slice(1)
const jsonEscaped = [...TEST_API_KEY].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')
const htmlEntities = [...TEST_API_KEY].map((c) => `&#${c.charCodeAt(0)};`).join('')
const hexColons = (Buffer.from(TEST_API_KEY).toString('hex').match(/../g) as string[]).join(':')
forbid(KEY_TAIL)
forbid(jsonEscaped.slice(0, 60))
forbid(htmlEntities.slice(0, 60))
forbid(hexColons.slice(0, 48))

const base = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'hello' }] }

/** What a reader recovers from a text: JSON string escapes, HTML character references and colon-joined hex decoded. */
function decoded(text: string): string {
  return text
    .replace(/\\u([0-9a-fA-F]{4})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)))
    .replace(/\b[0-9a-f]{2}(?::[0-9a-f]{2}){7,}\b/g, (hex) => Buffer.from(hex.replaceAll(':', ''), 'hex').toString())
}

t.test('positive control: the decoder recovers the key from each form', async (t) => {
  for (const form of [jsonEscaped, `\\u0074${KEY_TAIL}`, htmlEntities, hexColons]) {
    t.ok(decoded(`k ${form} ok`).includes(TEST_API_KEY), form.slice(0, 12))
  }
})

t.test('an echoed key escaped so that a reader decodes it back is redacted, guard off', async (t) => {
  const { app, mock } = await buildApp(t, { plugin: { guard: false } })
  const forms: Array<[string, string]> = [
    ['JSON \\u escapes, every character, in a JSON text', `{"key":"${jsonEscaped}"}`],
    ['JSON \\u escape of the first character only', `{"key":"\\u0074${KEY_TAIL}"}`],
    ['HTML character references', `<p>${htmlEntities}</p>`],
    ['hex bytes joined by colons', `bytes ${hexColons} end`],
  ]
  for (const [name, content] of forms) {
    mock.queueReply({ content })
    const reply = await app.mistral.chat.complete(base)
    recordOutput(JSON.stringify(reply))
    t.notOk(decoded(reply.content).includes(TEST_API_KEY), `${name}: the key is not recoverable from the reply`)
    t.ok(reply.content.includes(REDACTED), `${name}: the echo is marked`)
  }
})

t.test(
  'a JSON-mode reply cut by max_tokens, streamed through the gateway, does not carry an escaped key',
  async (t) => {
    const { app, mock } = await buildGateway(t, { plugin: { guard: false } })
    mock.queueReply({
      chunks: ['{"v": "\\u0074', KEY_TAIL.slice(0, 11), KEY_TAIL.slice(11), '", "more'],
      finishReason: 'length',
    })
    const response = await app.inject({
      method: 'POST',
      url: '/mistral/v1/chat/completions',
      headers: { authorization: `Bearer ${USER_TOKEN}`, 'content-type': 'application/json' },
      payload: JSON.stringify({ ...base, stream: true, response_format: { type: 'json_object' } }),
    })
    t.equal(response.statusCode, 200)
    const text = response.body
      .split('\n')
      .filter((line) => line.startsWith('data: {'))
      .map(
        (line) =>
          (JSON.parse(line.slice(6)) as { choices: Array<{ delta: { content?: string } }> }).choices[0]?.delta
            .content ?? '',
      )
      .join('')
    t.ok(text.startsWith('{"v": "'), 'the reply is there')
    t.notOk(decoded(text).includes(TEST_API_KEY), 'the key is not recoverable from the streamed reply')
  },
)

t.test('an email written with a JSON \\u0040 escape in a reply that is JSON text is redacted', async (t) => {
  const { app, mock } = await buildApp(t)
  const content = '{"contact":"jane.doe\\u0040corp-mail.fr"}'
  forbid('jane.doe\\u0040corp-mail.fr')
  mock.queueReply({ content })
  const reply = await app.mistral.chat.complete(base)
  recordOutput(JSON.stringify(reply))
  t.notOk((JSON.parse(reply.content) as { contact: string }).contact.includes('@corp-mail.fr'), 'whole reply')
  mock.queueReply({ chunks: ['{"contact":"jane.d', 'oe\\u0040corp', '-mail.fr"}'] })
  let streamed = ''
  for await (const event of app.mistral.chat.stream(base)) if (event.type === 'delta') streamed += event.content
  recordOutput(streamed)
  t.notOk(decoded(streamed).includes('jane.doe@corp-mail.fr'), 'streamed reply')
})
