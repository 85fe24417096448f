// Attack on issue 9, promises 6 and 7 (the guard sees what the model sees). Expected to FAIL on main.
// The stripper keeps VS16 inside emoji sequences, and every digit is an emoji base: written as keycaps
// (digit + U+FE0F + U+20E3), a card number reaches the model and the caller, which read it as digits.
import t from 'tap'
import { buildApp, forbid } from '../helpers/app.js'

const CARD = '4539148803436467'
const KEYCAPS = [...CARD].map((digit) => `${digit}\uFE0F\u20E3`).join('')
const KEYCAPS_NO_VS = [...CARD].map((digit) => `${digit}\u20E3`).join('')
forbid(KEYCAPS)
forbid(KEYCAPS_NO_VS)

for (const [name, text] of [
  ['keycaps with VS16', KEYCAPS],
  ['keycaps without VS16', KEYCAPS_NO_VS],
]) {
  t.test(`a card number written as ${name} is blocked in a prompt`, async (t) => {
    const { app, mock } = await buildApp(t)
    const response = await app.inject({
      method: 'POST',
      url: '/api/chat',
      payload: { model: 'mistral-small-latest', messages: [{ role: 'user', content: `my card: ${text}` }] },
    })
    t.equal(response.statusCode, 422)
    t.equal(response.json().code, 'FST_MISTRAL_SENSITIVE_CONTENT')
    t.equal(mock.requests.length, 0, 'nothing reached the model')
  })

  t.test(`a card number written as ${name} is redacted in a reply`, async (t) => {
    const { app } = await buildApp(t, { plugin: { guard: { input: false, output: 'redact' } } })
    const response = await app.inject({
      method: 'POST',
      url: '/api/chat',
      payload: { model: 'mistral-small-latest', messages: [{ role: 'user', content: `my card: ${text}` }] },
    })
    t.equal(response.statusCode, 200)
    t.match(response.json().content, /\[REDACTED:credit_card\]/)
    t.notOk(response.json().content.includes('\u20E3'), 'the whole keycap is cut, not only its digit')
  })
}
