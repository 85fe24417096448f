// Attack 11: prose that says how a password or token is PROTECTED names an algorithm or encoding right after the
// keyword and its connector, in every language the guard reads: `The password is SHA256-hashed`, `The token is
// JWT-based`, `密码是SHA256加密的`, `パスワードはSHA-256でハッシュ化されます`, `비밀번호는 SHA-256으로`, `Пароль —
// SHA-256 хеш`, `密码：UTF-8编码`. The connectors added for ~30 languages (`是`, `は`, `는`, `—`, `es`, `ist`, `هي`)
// make every such security explanation, help-desk answer and model reply a finding: the value judge takes a
// letters-and-digits word (`SHA256`, `HS256`, `AES-256`, `Base64url`, `UTF-8`) for a random-looking secret and
// knows no algorithm, encoding, protocol or product names (`WPA2-PSK`, `OAuth2.0`, `iOS17`). (Compare `password_encryption = scram-sha-256`, which passes.)
// Severity: high (the ordinary way a security answer is phrased; the model's own replies are redacted/refused).
import t from 'tap'
import { createGuard } from '../../src/guard/index.js'

const guard = createGuard()

const PROSE = [
  'The password is SHA256-hashed.',
  'The token is JWT-based.',
  'The token is HS256-signed.',
  'The password is AES-256-encrypted at rest.',
  'Das Passwort ist AES256-verschlüsselt.',
  'La contraseña es SHA256 del texto.',
  'Mật khẩu là SHA256 của chuỗi gốc.',
  '비밀번호는 SHA-256으로 해시됩니다.',
  '密码是SHA256加密的。',
  'パスワードはSHA-256でハッシュ化されます。',
  'Пароль — SHA-256 хеш от строки.',
  'كلمة المرور هي SHA256',
  'Şifre: SHA256 ile saklanır',
  '密码：UTF-8编码',
  'API key — Base64url',
  // Protocol and product names with a version, and a character-class rule, the same way.
  'パスワードはWPA2-PSKです',
  'Mật khẩu là WPA2-PSK',
  '令牌是OAuth2.0标准的',
  'パスワードはiOS17から自動生成されます',
  '密码：Win10系统下找不到',
  'パスワード：A-Z/a-z/0-9を含む',
]

for (const text of PROSE) {
  t.test(`an algorithm name is not a secret: ${text}`, async (t) => {
    t.same(guard.scan(text).findings, [], 'no finding')
  })
}
