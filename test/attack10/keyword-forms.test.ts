// Attack 10: the password words added in ~25 languages are found only in their precomposed, lower/title-case form
// and only before `:`/`=` or the connectors of a few European languages. The same sentence in the languages the
// docs name passes whole:
// - the language's own copula / topic particle: `kata sandi adalah X` (Indonesian), `mật khẩu là X` (Vietnamese),
//   `パスワードは X です` without the space, `비밀번호는 X입니다`, `пароль — X`, Arabic, Hebrew, Hindi, Thai
//   (English `password is X`, French `est`, German `lautet`… are read);
// - decomposed (NFD) text, as macOS and some keyboards produce it: `mật khẩu`, `contraseña`, `Schlüssel`, `şifre`;
//   the view folds each code point alone (src/guard/normalize.ts), so a base letter and its combining mark are never
//   composed; half-width katakana `ﾊﾟｽﾜｰﾄﾞ` fails the same way (`ﾟ` becomes a combining mark);
// - Turkish capitals `ŞİFRE` (the dotted capital İ has no simple case fold to i);
// - two spaces inside a multi-word keyword (`mot  de  passe`, `kata  sandi`).
// Severity: high for the prose shapes (the ordinary way to say it), medium for the Unicode forms.
import t from 'tap'
import { createGuard } from '../../src/guard/index.js'

const PASSWORD = 'Tr0ub4dor&3xq'
const guard = createGuard()

const SHAPES: Array<[string, string]> = [
  ['Indonesian copula', `kata sandi adalah ${PASSWORD}`],
  ['Vietnamese copula', `mật khẩu là ${PASSWORD}`],
  ['Japanese topic particle, no space', `パスワードは${PASSWORD}です`],
  ['Korean topic particle', `비밀번호는 ${PASSWORD}입니다`],
  ['Russian dash', `пароль — ${PASSWORD}`],
  ['Arabic', `كلمة المرور هي ${PASSWORD}`],
  ['Hebrew', `הסיסמה היא ${PASSWORD}`],
  ['Hindi', `पासवर्ड है ${PASSWORD}`],
  ['Thai', `รหัสผ่านคือ ${PASSWORD}`],
  ['Vietnamese, decomposed', `ma\u0302\u0323t kha\u0302\u0309u: ${PASSWORD}`],
  ['Spanish, decomposed', `contrasen\u0303a: ${PASSWORD}`],
  ['German, decomposed', `Schlu\u0308ssel: ${PASSWORD}`],
  ['Turkish, decomposed', `s\u0327ifre: ${PASSWORD}`],
  ['Japanese, half-width katakana', `ﾊﾟｽﾜｰﾄﾞ: ${PASSWORD}`],
  ['Turkish capitals', `ŞİFRE: ${PASSWORD}`],
  ['French, doubled spaces', `mot  de  passe: ${PASSWORD}`],
  ['Indonesian, doubled space', `kata  sandi: ${PASSWORD}`],
]

for (const [name, text] of SHAPES) {
  t.test(`${name}: the value is redacted`, async (t) => {
    const { text: redacted, findings } = guard.redact(text)
    t.notOk(redacted.includes(PASSWORD), 'the password does not survive')
    t.equal(findings.length, 1, 'one finding')
  })
}

t.test('control: the composed, single-spaced, colon forms are redacted today', async (t) => {
  for (const word of ['mật khẩu', 'contraseña', 'Schlüssel', 'şifre', 'パスワード', 'mot de passe', 'kata sandi']) {
    t.equal(guard.redact(`${word}: ${PASSWORD}`).findings.length, 1, word)
  }
  t.equal(guard.redact(`the password is ${PASSWORD}`).findings.length, 1, 'English copula')
})
