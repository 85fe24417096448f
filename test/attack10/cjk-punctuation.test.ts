// Attack 10: a value followed by CJK sentence punctuation that NFKC leaves as it is (`。` ideographic full stop, `、`
// ideographic comma, `」` corner bracket) is read with that mark as part of the value, and the value is then no longer
// judged a secret: `password: Tr0ub4dor&3xq。` passes whole, where `password: Tr0ub4dor&3xq.` and the full-width
// `，！？）` (which NFKC folds to ASCII) are redacted. Chinese and Japanese sentences end with `。`, so this is the
// everyday shape of a secret in those languages (severity: high, plain text and every reply). Mechanism: readValue
// trims only ASCII `.,;:!?)]}` off an unquoted value, and a value holding any CJK character is then taken for prose
// (isPlaceholderOrReference's CJK test in src/guard/secret-value.ts).
import t from 'tap'
import { createGuard } from '../../src/guard/index.js'

const PASSWORD = 'Tr0ub4dor&3xq'
const TOKEN = 'Zq8vN2kR7wLm4pXy9Tb3'
const guard = createGuard()

const SHAPES: Array<[string, string, string]> = [
  ['English keyword, ideographic full stop', `password: ${PASSWORD}。`, PASSWORD],
  ['Chinese keyword, full-width colon, full stop', `密码：${PASSWORD}。`, PASSWORD],
  ['Chinese sentence going on after the value', `你的密码：${PASSWORD}，请妥善保管。`, PASSWORD],
  ['Japanese keyword, full stop', `パスワード：${PASSWORD}。`, PASSWORD],
  ['Japanese corner brackets', `パスワードは「${PASSWORD}」です。`, PASSWORD],
  ['env assignment, ideographic comma', `DB_PASSWORD=${PASSWORD}、`, PASSWORD],
  ['API key assignment, full stop', `api_key=${TOKEN}。`, TOKEN],
  ['spaced, full stop', `密码: ${PASSWORD}。`, PASSWORD],
]

for (const [name, text, secret] of SHAPES) {
  t.test(`${name}: the value is redacted, the punctuation kept`, async (t) => {
    const { text: redacted, findings } = guard.redact(text)
    t.notOk(redacted.includes(secret), 'the secret does not survive')
    t.same(
      findings.map((finding) => text.slice(finding.start, finding.end)),
      [secret],
      'one finding, the value alone',
    )
  })
}

t.test('control: ASCII and NFKC-folded punctuation after the same values are redacted today', async (t) => {
  for (const end of ['.', '，', '）', '！']) {
    const { findings } = guard.redact(`password: ${PASSWORD}${end}`)
    t.equal(findings.length, 1, `after ${end}`)
  }
})
