// Attack 11: a quoted value that says the password is NOT there is judged as a password in every language but
// English. `password: "Not set"` passes, `password: "nicht gesetzt"`, `"Sin configurar"`, `"Chưa đặt"` (Vietnamese
// "not set yet"), `"Belum diatur"` (Indonesian), `"Không bắt buộc"` ("optional") are blocked; so is a quoted value
// that is the very word for password (`password: "Mot de passe"`, `"Kata sandi"`, `"Mật khẩu"`: a label, as in
// settings exports, form schemas and tool results) and a quoted description (`"managed by Vault"`, `"(not shown)"`).
// Unquoted, most of the same values pass: only a quoted value may hold spaces, and then a phrase of plain words is
// judged for entropy like a token. The guard reads ~45 languages' keywords but its placeholder/status vocabulary
// is English.
// Severity: medium (settings dumps, admin UIs' JSON, API results in non-English deployments are refused).
import t from 'tap'
import { createGuard } from '../../src/guard/index.js'

const guard = createGuard()

t.test('control: the English status passes', async (t) => {
  t.same(guard.scan('password: "Not set"').findings, [])
})

const STATUS_TEXTS = [
  '{"password": "Not configured"}',
  '{"password":"nicht gesetzt"}',
  '{"password":"Sin configurar"}',
  '{"password":"Chưa đặt"}',
  'password: "Chưa đặt"',
  '{"password":"Không bắt buộc"}',
  '{"password":"Belum diatur"}',
  'password: "Kata sandi"',
  "password: 'Mot de passe'",
  '{"password":"Mật khẩu"}',
  '{"password":"managed by Vault"}',
  '{"name":"DB_PASSWORD","value":"(sensitive value)"}',
  '{"secret":"(not shown)"}',
  'Token: (expired)',
  'Password: (hidden)',
  '| Name | Value |\n|---|---|\n| API_TOKEN | (secret) |\n| API_URL | https://api.example.org/v2 |',
]

for (const text of STATUS_TEXTS) {
  t.test(`a status or label is not a secret: ${text}`, async (t) => {
    t.same(guard.scan(text).findings, [], 'no finding')
  })
}
