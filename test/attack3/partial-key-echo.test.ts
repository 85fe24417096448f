import t from 'tap'
import { buildApp, forbid, recordOutput, TEST_API_KEY } from '../helpers/app.js'

/**
 * The echoed-key screen matches the whole key only. A reply holding the key less one character, or cut by one
 * separator, passes untouched whatever the guard's settings: 35 of the key's 36 characters reach the caller. The
 * project's own canary suite (test/attack2/live-key-echo.test.ts, keyMaterial) treats any 24 characters of a key
 * form as a leak; a real Mistral key (32 random characters) less one is recovered in 62 guesses.
 */

const REDACTED = '[REDACTED:live_api_key]'
const base = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'hello' }] }
const FIRST_24 = TEST_API_KEY.slice(0, 24)
const LAST_24 = TEST_API_KEY.slice(-24)
forbid(FIRST_24)
forbid(LAST_24)

const FORMS: Array<[string, string]> = [
  ['less its first character', TEST_API_KEY.slice(1)],
  ['less its last character', TEST_API_KEY.slice(0, -1)],
  // Rendered, this is the key split over two lines, a form the screen covers when written with a line feed.
  ['cut by an HTML line break', `${TEST_API_KEY.slice(0, 18)}<br>${TEST_API_KEY.slice(18)}`],
]

t.test('an echo of most of the key is redacted, guard off', async (t) => {
  const { app, mock } = await buildApp(t, { plugin: { guard: false } })
  for (const [name, form] of FORMS) {
    mock.queueReply({ content: `your key: ${form} (keep it)` })
    const reply = await app.mistral.chat.complete(base)
    recordOutput(JSON.stringify(reply))
    t.notOk(reply.content.includes(FIRST_24) || reply.content.includes(LAST_24), `${name}: 24 key characters stay`)
    t.ok(reply.content.includes(REDACTED), `${name}: the echo is marked`)
  }
})

t.test('positive control: the whole key is redacted', async (t) => {
  const { app, mock } = await buildApp(t, { plugin: { guard: false } })
  mock.queueReply({ content: `your key: ${TEST_API_KEY} (keep it)` })
  const reply = await app.mistral.chat.complete(base)
  recordOutput(JSON.stringify(reply))
  t.equal(reply.content, `your key: ${REDACTED} (keep it)`)
})
