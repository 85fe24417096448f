import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, assertStreamedAsWhole } from './helpers/guard-cases.js'

// Turkish `şifre` ("password") takes a possessive suffix where English takes a pronoun or `of`: `şifrem` "my
// password", `şifren`, `şifremiz`, `şifreniz`, `wifi şifresi` "the wifi's password". KEYWORD reads the word with its
// suffix, so the value after a blank is read as after `şifre` (secrets.ts).

const SUFFIXED: ReadonlyArray<readonly [string, string]> = [
  ['şifrem Bluebird2024', 'Bluebird2024'],
  ['mail şifrem Sommer2024!x', 'Sommer2024!x'],
  ['wifi şifresi Bluebird2024', 'Bluebird2024'],
  ['modem şifresi kX9#mQ2vL7', 'kX9#mQ2vL7'],
  ['şifremiz Xq7vLm2Rz9wKp4', 'Xq7vLm2Rz9wKp4'],
  ['ŞİFRENİZ Bluebird2024', 'Bluebird2024'],
  ['sifrem Bluebird2024', 'Bluebird2024'],
  ['Şifreniz: Xq7vLm2Rz9', 'Xq7vLm2Rz9'],
]

t.test('a value after şifre with its possessive suffix is found', async (t) => {
  assertFound(t, SUFFIXED)
})

t.test('words after the suffixed name are not', async (t) => {
  assertNothingFound(t, [
    'şifrem değişti',
    'wifi şifresi nedir?',
    'şifreniz en az 8 karakter olmalı',
    'Şifremi unuttum',
    'şifren ne?',
    'şifreleme anahtarı AES256',
  ])
})

t.test('the fast path reads the suffixed names as the full scan does', async (t) => {
  assertFastAsFull(t, [...SUFFIXED.map(([text]) => text), 'şifremi Bluebird2024 olarak değiştirdim'], {
    seed: 1919,
    withFindings: 200,
  })
})

t.test('streamed as whole', async (t) => {
  assertStreamedAsWhole(t, [SUFFIXED.map(([text]) => text).join('\n')])
})
