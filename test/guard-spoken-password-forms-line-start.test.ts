import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, assertStreamedAsWhole } from './helpers/guard-cases.js'

// A password word opening its line is read as a config file's key, whose value must end the line (`requirepass X`).
// Its sentence forms (`şifrem` "my password", `parolam`, `parolası`, `jelszavam`, `hasłem`) are no file's key: the
// value after them is read with the sentence going on after it (secrets.ts' SPOKEN_PASSWORD_FORM, on both paths).

const OPENING: ReadonlyArray<readonly [string, string]> = [
  ['şifrem Xk9mQ2vLp7 olarak ayarlandı', 'Xk9mQ2vLp7'],
  ['parolam Xk9mQ2vLp7 olarak', 'Xk9mQ2vLp7'],
  ['Parolası Bluebird2024 idi', 'Bluebird2024'],
  ['jelszavam Xk9mQ2vLp7 volt', 'Xk9mQ2vLp7'],
  ['Jelszavad Bluebird2024 lett', 'Bluebird2024'],
  ['hasłem Xk9mQ2vLp7 było', 'Xk9mQ2vLp7'],
  ['ok\nŞifreniz Xk9mQ2vLp7 olarak değişti', 'Xk9mQ2vLp7'],
]

t.test('a value after a sentence form opening its line is found with words after it', async (t) => {
  assertFound(t, OPENING)
})

t.test('a config key opening its line still needs its value to end it, and words are no values', async (t) => {
  assertNothingFound(t, [
    'password Xk9mQ2vLp7 olarak',
    'parolam değişti bugün',
    'jelszavam nem jó már',
    'şifremi unuttum dün akşam',
    'hasłem jest długie',
  ])
})

t.test('the fast path reads them as the full scan does', async (t) => {
  assertFastAsFull(t, [...OPENING.map(([text]) => text), 'password Xk9mQ2vLp7 olarak'], {
    seed: 1924,
    withFindings: 150,
  })
})

t.test('streamed as whole', async (t) => {
  assertStreamedAsWhole(t, [OPENING.map(([text]) => text).join('\n')])
})
