import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, test/guard-shapes.test.ts): a locale file's label (`{"apiKey": "API-Schlüssel"}`) is no
 * secret, but a real value is still one: "a word holding a secret's name is no label" and
 * `{"password": "Sunflower-Horse-Battery"}` is found.
 *
 * Broken: the label rule takes any few letter-words that include a secret's name in some language (key, token, secret,
 * clave, pass…) for a label, so a diceware-style passphrase that happens to hold one of those words is dropped:
 * `{"password": "Red-Secret-Garden"}`, `password=Blue-Token-River`, `Correct-Horse-Token`. These were found before
 * the label rule (commit 22dbe30): a regression. Severity: medium (a real password passes unredacted, only when its
 * random words include one of the many secret names, which a word list of thousands makes likely enough).
 */

const PASSPHRASES: Array<[string, string]> = [
  ['{"password": "Red-Secret-Garden"}', 'Red-Secret-Garden'],
  ['password=Blue-Token-River', 'Blue-Token-River'],
  ['{"password": "Correct-Horse-Token"}', 'Correct-Horse-Token'],
  ['{"password": "Horse-Clave-Battery"}', 'Horse-Clave-Battery'],
  ['{"wifi_password": "Pass-Key-Horse"}', 'Pass-Key-Horse'],
]

t.test('a passphrase holding a secret-name word is still a password', async (t) => {
  assertRedacted(t, PASSPHRASES)
})
