// Attack 11: docs/guard.md: "`「…」`/`『…』` quote a value", and inside `"…"`/`'…'` a value is read as quoted. The
// quotation marks of the European languages the guard reads are not quotes to it: `«…»` (French, Spanish,
// Portuguese, Russian, Turkish), `„…“`/`„…”` (German, Polish, Czech). A one-word status in them (`senha:
// «obrigatória»` "required", `Passwort: „erforderlich“`, `hasło: „wymagane”`, `Пароль — «слабый»` "weak") is read
// as an unquoted value WITH its quote marks, which lifts a plain word over the entropy bar, so help texts and UI
// descriptions are blocked; `пароль — «обязательное поле»` yields the fragment `«обязательное`. The same words in
// ASCII quotes or 「」 pass (`Password: "required"`, `パスワード:"必須"`). Quoted prose in the copula form with
// ASCII quotes fails too for some words (`Das Passwort ist "zu schwach"`, `Your password is "too weak"`).
// Severity: medium (UI/help text in ~8 languages). Mechanism: the quote table knows ASCII and CJK corner brackets
// only; a phrase in quotes after a copula is judged like a token.
import t from 'tap'
import { createGuard } from '../../src/guard/index.js'

const guard = createGuard()

t.test('control: the same kind of status in ASCII quotes passes', async (t) => {
  t.same(guard.scan('Password: "required"').findings, [])
})

const TEXTS = [
  'senha: «obrigatória»',
  'contraseña: «obligatoria»',
  'şifre: «zorunlu»',
  'Пароль — «слабый»',
  'пароль — «обязательное поле»',
  'Passwort: „erforderlich“',
  'hasło: „wymagane”',
  'heslo: „povinné“',
  'Das Passwort ist "zu schwach"',
  'La contraseña es "demasiado débil"',
  'kata sandi adalah "terlalu lemah"',
  'mật khẩu là "bắt buộc"',
  'Your password is "too weak"',
]

for (const text of TEXTS) {
  t.test(`a quoted status is not a secret: ${text}`, async (t) => {
    t.same(guard.scan(text).findings, [], 'no finding')
  })
}
