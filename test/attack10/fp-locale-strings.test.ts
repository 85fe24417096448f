// Attack 10 (false positives): UI strings — locale files, form definitions — are redacted as secrets. A quoted value
// of several plain words under a password/token/secret member is judged an assigned secret, as plain text and in JSON
// mode, so `{"password": "Mot de passe"}` comes back as `{"password": "[REDACTED:generic_secret]"}`. JSON mode adds
// pair names as context (src/json-members.ts), so `{"label": "Password", "value": "Show password"}` is redacted there
// while the same reply as plain text is not. Asking the model for i18n files or form schemas is everyday work.
// Severity: medium (breaks ordinary output; no leak). Mechanism: isPasswordLike accepts space-separated words with no
// digit or mark when quoted (a passphrase), with nothing telling a passphrase from a label.
import t from 'tap'
import { createGuard } from '../../src/guard/index.js'
import { createScreening } from '../../src/screening.js'
import type { CallRecord } from '../../src/types.js'

const guard = createGuard()
const quiet = { error() {}, warn() {}, info() {}, debug() {} } as never
const screening = createScreening({})

const LOCALE_FILES = [
  `{"password": "Mot de passe", "login": "Connexion"}`,
  `{"password": "Show password"}`,
  `{"password": "Contraseña nueva"}`,
  `{"token_expired": "Session expired, log in again"}`,
  `{"secret": "Keep it safe"}`,
  `auth:\n  password: "Show password"\n`,
]

for (const text of LOCALE_FILES) {
  t.test(`a locale file is not redacted as plain text: ${text.split('\n')[0]}`, async (t) => {
    t.same(guard.scan(text).findings, [], 'no finding')
  })
  t.test(`a locale file is not redacted in a JSON-mode reply: ${text.split('\n')[0]}`, async (t) => {
    const record: CallRecord = {}
    const screened = screening.screenChoice({ content: text, finishReason: 'stop' }, 0, true, record, quiet)
    t.equal(screened.content, text, 'unchanged')
    t.same(record.findings ?? [], [], 'nothing audited')
  })
}

t.test('a form field definition is not redacted in a JSON-mode reply', async (t) => {
  const text = `{"label": "Password", "value": "Show password"}`
  const screened = screening.screenChoice({ content: text, finishReason: 'stop' }, 0, true, {}, quiet)
  t.equal(screened.content, text)
  t.equal(screening.screenReply(text, {}, quiet), text, 'as plain text it is kept today')
})

t.test('control: a real passphrase value is still redacted', async (t) => {
  t.equal(guard.scan(`{"password": "Tr0ub4dor&3xq"}`).findings.length, 1)
})
