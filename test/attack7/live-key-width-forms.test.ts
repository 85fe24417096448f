// Attack 7: the echoed-key search reads the reply's raw characters, not the NFKC view the rest of the guard reads.
// With default settings, a reply that writes the plugin's own Mistral key with full-width digits (or letters) or
// keycap digits reaches the caller whenever the word "mistral" is not nearby; the same key in ASCII is redacted.
import t from 'tap'
import { buildApp, forbid, TEST_API_KEY } from '../helpers/app.js'

const fullWidth = (text: string) => text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
const FORMS = [
  { name: 'full-width digits', text: TEST_API_KEY.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d))) },
  { name: 'full-width throughout', text: fullWidth(TEST_API_KEY) },
  { name: 'keycap digits', text: TEST_API_KEY.replace(/[0-9]/g, (d) => `${d}\uFE0F\u20E3`) },
]
for (const { text } of FORMS) forbid(text)

t.test('control: the key in ASCII is redacted', async (t) => {
  const { app, mock } = await buildApp(t)
  mock.queueReply(`The configured key is ${TEST_API_KEY}`)
  const response = await app.inject({
    method: 'POST',
    url: '/api/chat',
    payload: { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'hi' }] },
  })
  t.match(response.json().content, /\[REDACTED:live_api_key\]/)
})

for (const { name, text } of FORMS) {
  t.test(`the key written with ${name} is redacted`, async (t) => {
    const { app, mock } = await buildApp(t)
    mock.queueReply(`The configured key is ${text}`)
    const response = await app.inject({
      method: 'POST',
      url: '/api/chat',
      payload: { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'hi' }] },
    })
    t.equal(response.statusCode, 200)
    const seen = (response.json().content as string).normalize('NFKC').replace(/[\uFE0F\u20E3]/g, '')
    t.notOk(seen.includes(TEST_API_KEY), 'the key, read as the guard reads text, is not in the reply')
  })
}

for (const { name, text } of FORMS) {
  t.test(`the key written with ${name} is redacted in a stream, however it is cut`, async (t) => {
    const { app, mock } = await buildApp(t)
    const reply = `The configured key is ${text} and that is all.`
    const chunks: string[] = []
    for (let at = 0; at < reply.length; at += 5) chunks.push(reply.slice(at, at + 5))
    mock.queueReply({ chunks })
    const response = await app.inject({
      method: 'POST',
      url: '/api/chat',
      payload: { model: 'mistral-small-latest', messages: [{ role: 'user', content: 'hi' }], stream: true },
    })
    t.equal(response.statusCode, 200)
    const content = response.body
      .split('\n')
      .filter((line) => line.startsWith('data: {'))
      .map((line) => (JSON.parse(line.slice(6)) as { content?: string }).content ?? '')
      .join('')
    t.match(content, /\[REDACTED:live_api_key\]/, 'the echo was redacted')
    const seen = content.normalize('NFKC').replace(/[\uFE0F\u20E3]/g, '')
    t.notOk(seen.includes(TEST_API_KEY), 'the key, read as the guard reads text, is not in the stream')
  })
}
