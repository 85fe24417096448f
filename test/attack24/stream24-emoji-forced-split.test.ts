import '../helpers/sdk-loaded.js'
import t from 'tap'
import { stripControlCharacters } from '../../src/guard/control-characters.js'
import { createReplyRedactor } from '../../src/guard/stream-redact.js'
import { buildApp } from '../helpers/app.js'

/**
 * Outside attack, round 24 (severity: low). A streamed reply of emoji one after the other (`👩‍💻👩‍💻…`, a row of
 * keycaps, skin-toned sequences) has no two plain characters in a row, so control-character stripping could only split
 * it by force once 1024 characters were waiting. The forced split fell next to a zero-width joiner or a VS16 (or
 * between a pictograph and its skin tone), and each side stripped alone lost what the whole reply keeps: the streamed
 * text came out with the joiners removed (a family emoji as separate people, `1️⃣` as `1⃣`), unlike the same reply
 * whole. The split now falls where no stripping lookaround reads across.
 */

// The last two have no safe place to split at all (skin tones alone, joiners alone): split as before, still exact.
const UNITS = ['👩‍💻', '👨‍👩‍👧', '1️⃣', '👩🏽‍💻', '❤️‍🔥', '#️⃣👍🏿', '🏽', '\u200d']

t.test('a long run of emoji streamed in pieces of any size strips as the whole reply does', async (t) => {
  for (const unit of UNITS) {
    const whole = unit.repeat(Math.ceil(2600 / unit.length))
    for (let size = 1; size <= 9; size++) {
      const screen = createReplyRedactor({ strip: stripControlCharacters, redacts: () => false })
      let out = ''
      for (let i = 0; i < whole.length; i += size) out += screen.push(whole.slice(i, i + size))
      out += screen.end()
      t.equal(out, stripControlCharacters(whole), `${unit} in pieces of ${size}`)
    }
  }
})

t.test('the chat stream of such a reply is the whole reply', async (t) => {
  const { app, mock } = await buildApp(t)
  const unit = '👩‍💻'
  const chunks = Array.from({ length: 300 }, () => unit)
  const request = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'Draw families' }] }
  mock.queueReply(chunks.join(''))
  const whole = await app.mistral.chat.complete(request)
  mock.queueReply({ chunks })
  let streamed = ''
  for await (const event of app.mistral.chat.stream(request)) if (event.type === 'delta') streamed += event.content
  t.equal(whole.content, chunks.join(''), 'the whole reply keeps every joiner')
  t.equal(streamed, whole.content, 'and so does the stream')
})
