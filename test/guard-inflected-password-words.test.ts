import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, assertStreamedAsWhole } from './helpers/guard-cases.js'

// Password words in the forms a chat sentence puts them in (attack of the prose readers): Hungarian `jelszó` with its
// possessive (`jelszavam` "my password", `jelszavad`, `jelszava`, `jelszavunk`, `jelszavatok`, `jelszavuk`), Turkish
// `parola` with its possessive suffix (`parolam`, `parolası`, `parolanız`, as `şifre` took it), Polish `hasło` in
// the instrumental a copula takes (`hasłem jest X`) and Arabic `كلمة المرور الخاصة بي` "my password". KEYWORD and its
// fast-path twin read these forms as the word itself (secrets.ts).

const INFLECTED: ReadonlyArray<readonly [string, string]> = [
  ['jelszavam Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
  ['a jelszavam: Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
  ['jelszava Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
  ['jelszavad Bluebird2024', 'Bluebird2024'],
  ['A jelszavunk Xk9mQ2vLp7 volt', 'Xk9mQ2vLp7'],
  ['a gmail jelszavatok: Bluebird2024', 'Bluebird2024'],
  ['JELSZAVUK Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
  ['parolam Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
  ['parolası Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
  ['wifi parolası Bluebird2024', 'Bluebird2024'],
  ['parolanız: Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
  ['parolamız Bluebird2024', 'Bluebird2024'],
  ['PAROLASI Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
  ['hasłem jest Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
  ['moim hasłem jest Bluebird2024', 'Bluebird2024'],
  ['haslem jest Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
  ['كلمة المرور الخاصة بي Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
  ['كلمة المرور الخاصة بي هي Xk9mQ2vLp7', 'Xk9mQ2vLp7'],
  ['كلمة السر الخاصة بك Bluebird2024', 'Bluebird2024'],
]

t.test('a value after an inflected password word is found', async (t) => {
  assertFound(t, INFLECTED)
})

t.test('sentences about the password that give none are not', async (t) => {
  assertNothingFound(t, [
    'jelszavam elfelejtettem',
    'a jelszavam nem működik',
    'jelszavad erős legyen',
    'a jelszavak listája',
    'parolamı unuttum',
    'parolanız en az 8 karakter olmalı',
    'parolası nedir?',
    'la parola del giorno',
    'hasłem jest długie',
    'moje hasło to tajemnica',
    'hasło do poczty jest długie',
    'كلمة المرور الخاصة بي قوية',
    'كلمة المرور الخاصة بالحساب',
  ])
})

t.test('the fast path reads the inflected words as the full scan does', async (t) => {
  assertFastAsFull(t, [...INFLECTED.map(([text]) => text), 'jelszavamat Xk9mQ2vLp7 -ra cseréltem'], {
    seed: 1920,
    withFindings: 200,
  })
})

t.test('streamed as whole', async (t) => {
  assertStreamedAsWhole(t, [INFLECTED.map(([text]) => text).join('\n')])
})
