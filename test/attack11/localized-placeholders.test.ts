// Attack 11: docs/guard.md: "The value is judged when it is not a placeholder (`your-api-key-here`, `<API_KEY>` …)".
// English placeholders pass (`YourPassword123`, `your_password`), and some translated ones do (`votre_mot_de_passe`,
// `TU_TOKEN_AQUI`, `<mật-khẩu-của-bạn>`), but the same placeholder in other spellings of the languages the guard
// reads is a secret: Spanish `TU_CONTRASEÑA`, German `IhrPasswort123`, Russian `ваш_пароль`/`ВАШ_ПАРОЛЬ`/
// `ваш-пароль-здесь`, Vietnamese typed without diacritics `mat-khau-cua-ban`, `thay-bang-mat-khau` ("replace with
// the password"). Every localized README, .env.example and docker-compose example in those languages is blocked.
// Mechanism: the placeholder test knows the password word of a language only in some forms (the precomposed
// lower-case one, not upper-case with Ñ, not Cyrillic upper case, not Vietnamese without marks) and "your" in a few
// languages.
// Severity: medium-high (localized docs and examples; the values are obviously not secrets).
import t from 'tap'
import { createGuard } from '../../src/guard/index.js'

const guard = createGuard()

t.test('control: the English placeholders pass', async (t) => {
  t.same(guard.scan('password: YourPassword123').findings, [])
  t.same(guard.scan('DB_PASSWORD=your_password').findings, [])
})

const PLACEHOLDERS = [
  'TU_CONTRASEÑA',
  'IhrPasswort123',
  'ваш_пароль',
  'ВАШ_ПАРОЛЬ',
  'ваш-пароль-здесь',
  'mat-khau-cua-ban',
  'thay-bang-mat-khau',
]

for (const value of PLACEHOLDERS) {
  for (const text of [`DB_PASSWORD=${value}`, `password: ${value}`, `| DB_PASSWORD | ${value} |`]) {
    t.test(`a localized placeholder is not a secret: ${text}`, async (t) => {
      t.same(guard.scan(text).findings, [], 'no finding')
    })
  }
}
