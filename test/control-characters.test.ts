import t from 'tap'
import { stripControlCharacters, VISIBLE_RANGES } from '../src/guard/control-characters.js'

// stripControlCharacters returns a text of VISIBLE_RANGES' characters alone as it is, without its Unicode property
// search. That is only right if none of them is a character the search removes, or could ever be one: each is checked
// here against this engine's Unicode tables.

const visible = new RegExp(`^[${VISIBLE_RANGES}]$`)
const removable = /[\p{Default_Ignorable_Code_Point}\p{Cf}\p{Cc}]/u
const unassigned = /\p{Cn}/u

t.test(
  'every character of the visible ranges is assigned, and none is a control, format or ignorable one',
  async (t) => {
    const wrong: string[] = []
    let counted = 0
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code)
      if (!visible.test(char)) continue
      counted++
      if (unassigned.test(char)) wrong.push(`U+${code.toString(16)} is unassigned`)
      if (removable.test(char) && !'\t\n\r'.includes(char)) wrong.push(`U+${code.toString(16)} is removable`)
    }
    t.same(wrong, [])
    t.ok(counted > 30_000, `${counted} characters checked`)
  },
)

t.test('texts of visible characters come back as they are; one invisible character anywhere is removed', async (t) => {
  const texts = [
    'Hello, I ordered a blue jacket (order 48213-B); where is it?\n\tThanks!',
    'Grüße aus München – 12,50 € bezahlt, Rückerstattung?',
    'Где мой заказ? Ελπίζω σύντομα. שלום. مرحبا، كيف حالك؟',
    'Tôi muốn đổi size. 注文した商品はまだ届いていません。배송 조회 부탁드립니다！',
    'नमस्ते, मेरा ऑर्डर कहाँ है? สวัสดีครับ',
  ]
  for (const text of texts) {
    t.equal(stripControlCharacters(text), text)
    for (const invisible of ['\u200b', '\u00ad', '\u202e', '\u2066', '\u0000', '\u{e0041}', '\ufeff', '\u180e']) {
      for (const at of [0, 7, text.length]) {
        const hidden = `${text.slice(0, at)}${invisible}${text.slice(at)}`
        t.equal(stripControlCharacters(hidden), text, `U+${invisible.codePointAt(0)?.toString(16)} at ${at}`)
      }
    }
  }
  // What is kept of emoji sequences is decided by the full search, outside the visible ranges.
  t.equal(
    stripControlCharacters('ok \u2764\ufe0f \u{1f469}\u200d\u{1f4bb}'),
    'ok \u2764\ufe0f \u{1f469}\u200d\u{1f4bb}',
  )
  t.equal(stripControlCharacters('a\ufe0fb'), 'ab')
})
