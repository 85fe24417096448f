// Attack 10: the password words of the ~25 languages the guard reads before a value (`密码：…`, `Kennwort: …`) are
// not read as the NAME of a record: a Markdown table row `| 密码 | … |`, a name/value pair `{"name": "senha", "value":
// "…"}` or a Kubernetes-style `- name: contraseña` / `value: …` passes whole, while `| DB_PASSWORD | … |` and
// `| Passwort | … |` are redacted. A credentials table in the user's language (`| 用户名 | admin |` / `| 密码 | … |`)
// is one of the commonest shapes of a reply handing over an account. Severity: medium-high. Mechanism:
// namesASecret (src/guard/secrets.ts) judges a name by its English segments (password, passwd, secret…), not by the
// KEYWORD list.
import t from 'tap'
import { createGuard } from '../../src/guard/index.js'

const PASSWORD = 'Tr0ub4dor&3xq'
const guard = createGuard()

const NAMES = ['密码', 'パスワード', 'пароль', 'Kennwort', 'contraseña', 'senha', 'hasło', 'wachtwoord']
const RECORDS: Array<[string, (name: string) => string]> = [
  ['a Markdown table row', (name) => `| 用户名 | admin |\n| ${name} | ${PASSWORD} |`],
  ['a name/value pair', (name) => `{"name": "${name}", "value": "${PASSWORD}"}`],
  ['a YAML name/value mapping', (name) => `- name: ${name}\n  value: ${PASSWORD}\n`],
]

for (const [shape, build] of RECORDS) {
  for (const name of NAMES) {
    t.test(`${shape} named ${name}: the value is redacted`, async (t) => {
      t.notOk(guard.redact(build(name)).text.includes(PASSWORD))
    })
  }
}

t.test('control: the same records named in English (or German Passwort) are redacted today', async (t) => {
  for (const [, build] of RECORDS) {
    for (const name of ['DB_PASSWORD', 'Passwort']) t.notOk(guard.redact(build(name)).text.includes(PASSWORD), name)
  }
  t.notOk(guard.redact(`密码：${PASSWORD}`).text.includes(PASSWORD), 'the keyword form')
})
