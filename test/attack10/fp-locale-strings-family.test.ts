// Family of attack 10's fp-locale-strings: UI strings under secret names in other languages, casings and file
// formats are kept; passphrases of lower-case words and values with digits or symbols are still secrets.
import t from 'tap'
import { createGuard } from '../../src/guard/index.js'
import { isPlainPhrase } from '../../src/guard/phrases.js'
import { createScreening } from '../../src/screening.js'

const guard = createGuard()
const quiet = { error() {}, warn() {}, info() {}, debug() {} } as never
const screening = createScreening({})

const LABELS = [
  `{"password": "Passwort vergessen?"}`,
  `{"password_hint": "Esqueceu a senha?"}`,
  `{"forgot": "Mot de passe oublié ?"}`,
  `{"secret": "Forgot Password"}`,
  `{"password": "show password"}`,
  `password = "Don't share your password"`,
  `api_token: "Paste the token here."`,
  `{"secret_label": "Geheimnis, niemals teilen"}`,
  `<input name="password" placeholder="Enter your password">`,
  `{"key": "password", "value": "Show password"}`,
  `| Password | Mot de passe |`,
]
for (const text of LABELS) {
  t.test(`a UI string is kept: ${text}`, async (t) => {
    t.same(guard.scan(text).findings, [], 'plain text')
    t.equal(
      screening.screenChoice({ content: text, finishReason: 'stop' }, 0, true, {}, quiet).content,
      text,
      'JSON mode',
    )
  })
}

const SECRETS = [
  `my password is "amber falcon river copper"`,
  `{"passphrase": "correct horse battery staple"}`,
  `{"password": "Tr0ub4dor and 3xq"}`,
  `{"password": "hQxZ mzPq wkLe"}`,
  `{"secret": "Keep it safe 4ever!"}`,
  `{"key": "password", "value": "amber falcon river copper"}`,
]
for (const text of SECRETS) {
  t.test(`still a secret: ${text}`, async (t) => {
    t.equal(guard.scan(text).findings.length, 1)
  })
}

t.test('what a plain phrase is', async (t) => {
  t.ok(isPlainPhrase('Session expired, log in again'))
  t.ok(isPlainPhrase('Contraseña nueva'))
  t.ok(isPlainPhrase('enter your pin'), 'lower case, naming the secret')
  t.notOk(isPlainPhrase('Password'), 'one word is judged as a value')
  t.notOk(isPlainPhrase('Password ?'), 'one word and its final punctuation too')
  t.notOk(isPlainPhrase('amber falcon river'), 'lower-case words: a passphrase')
  t.notOk(isPlainPhrase('Amber, falcon,'), 'a comma ends no phrase')
  t.notOk(isPlainPhrase('Amber fAlcon'), 'a capital inside a word')
  t.notOk(isPlainPhrase('Amber falcon 7'), 'a digit')
  t.notOk(isPlainPhrase(`Keep ${'it '.repeat(100)}safe`), 'past the longest UI string')
})
