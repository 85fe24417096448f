import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, found } from '../helpers/guard-cases.js'

/**
 * Round 33 (outside33), a password's sentence with an adverb of time between the copula and the value (`Mein Passwort
 * ist jetzt Sommer2024`, `the password is currently …`, `das Passwort ist ab sofort …`, `est maintenant …`, `es
 * ahora …`), as a change of password is told. Only English `now` stood there.
 */

const SENTENCES: ReadonlyArray<readonly [string, string]> = [
  ['Mein Passwort ist jetzt Sommer2024, bitte nicht weitersagen', 'Sommer2024'],
  ['Das Kennwort ist nun Herbst2023', 'Herbst2023'],
  ['the password is currently Tr0ub4dor3', 'Tr0ub4dor3'],
  ['das Passwort ist ab sofort Herbst2023', 'Herbst2023'],
  ['mon mot de passe est maintenant Soleil2024', 'Soleil2024'],
  ['le mot de passe est désormais Soleil2024', 'Soleil2024'],
  ['mi contraseña es ahora Verano2024', 'Verano2024'],
  ['a senha agora é Verao2024', 'Verao2024'],
  ['la password ora è Estate2024', 'Estate2024'],
  ['the new password is still hunter22', 'hunter22'],
]

t.test('a password after a copula and an adverb of time', async (t) => {
  for (const [text, password] of SENTENCES) {
    t.same(found(text), [['generic_secret', password]], JSON.stringify(text))
  }
  assertFound(t, SENTENCES)
})

t.test("a change told without a password, and the adverb before the password's name, stay clean", async (t) => {
  assertNothingFound(t, [
    'the password is now required',
    'the password is now 12 characters long',
    'mein Passwort ist jetzt geändert',
    'the password still works',
    'Passwort: jetzt ändern!',
    'das Passwort ist ab sofort ungültig',
    'le mot de passe est maintenant expiré',
    'the password is currently being reset',
  ])
})

t.test('the fast path finds what the full scan finds, cut short or upper-cased', async (t) => {
  assertFastAsFull(t, ['Mein Passwort ist jetzt Sommer2024, bitte', 'the password is currently Tr0ub4dor3'], {
    seed: 3307,
    withFindings: 150,
  })
})
