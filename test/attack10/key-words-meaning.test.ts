// Attack 10: the new password and key words are each given one meaning where the languages use several.
// FALSE POSITIVE: `parola` (Romanian/Bulgarian spelling of "password", KEYWORD's `parol[aă]`) is the Italian for
// "word": `La parola del giorno: Serendipity2`, `Parola chiave: SEO2024` (Italian "keyword"), `Nuova parola:
// Zeitgeist2` are redacted. Portuguese `palavra-chave` ("keyword") is read as `chave` ("key") and judged as a
// password: `palavra-chave: Marketing2024` is redacted. (Spanish `Palabra clave: SEO2024` is kept.)
// Severity: medium (everyday Italian and Portuguese, SEO and language-learning text).
// MISS: Spanish `clave` and Italian `chiave`, Russian `ключ` are also the everyday words for a password (`clave del
// wifi`, `clave de acceso`); after them a password-shaped value (`Casa2024`) passes, judged as an API key would be,
// while `clé wifi : Maison2024`, `WLAN-Schlüssel: Haus2024` and `senha do wifi: Casa2024` are redacted.
// Severity: medium. Mechanism: which judge (isPasswordLike vs isSecretLike) a keyword gets is fixed per word, and
// neither the language around it nor the word before it (parola/palavra) changes it.
import t from 'tap'
import { createGuard } from '../../src/guard/index.js'

const guard = createGuard()

for (const text of [
  'La parola del giorno: Serendipity2',
  'Parola chiave: SEO2024',
  'Nuova parola: Zeitgeist2',
  'palavra-chave: Marketing2024',
]) {
  t.test(`a keyword list is not a secret: ${text}`, async (t) => {
    t.same(guard.scan(text).findings, [], 'no finding')
  })
}

for (const text of ['clave del wifi: Casa2024', 'Clave: Casa2024', 'chiave wifi: Casa2024', 'ключ от wifi: Дом2024']) {
  t.test(`a password after the everyday word for it is redacted: ${text}`, async (t) => {
    const { findings } = guard.redact(text)
    t.equal(findings.length, 1, 'one finding')
  })
}

t.test(
  'control: the same shapes in French, German, Portuguese and Spanish (contraseña) are judged as passwords',
  async (t) => {
    for (const text of [
      'clé wifi : Maison2024',
      'WLAN-Schlüssel: Haus2024',
      'senha do wifi: Casa2024',
      'contraseña del wifi: Casa2024',
    ]) {
      t.equal(guard.redact(text).findings.length, 1, text)
    }
    t.same(guard.scan('Palabra clave: SEO2024').findings, [], 'Spanish keyword list kept')
  },
)
