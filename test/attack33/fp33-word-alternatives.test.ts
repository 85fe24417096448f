import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Round 33 (fp33), words given as alternatives after a secret's label: a password rule's or a choice's words
 * (`Password: letters/digits`, `Passwort: Buchstaben/Ziffern/Sonderzeichen`, `Token: JWT/Opaque`), a German compound's
 * shared end left out (`Groß-/Kleinschreibung`, `Access-/Refresh-Token`), were read as a password of words and a
 * symbol. Two or three plain words apart by `/` are now a description; four words, a digit, a symbol or a random mix
 * of cases leave the value a password, and so does a `!` written on to the alternatives.
 */

t.test('words given as alternatives after a label are no secret', async (t) => {
  assertNothingFound(t, [
    'Password: letters/digits',
    'Password: upper/lower case',
    'Password: letters/numbers',
    'Mot de passe : lettres/chiffres',
    'Contraseña: letras/números',
    'Kennwort: Buchstaben/Ziffern',
    'Passwort: Buchstaben/Ziffern/Sonderzeichen',
    'Passwort: Groß-/Kleinschreibung beachten',
    'Passwort: Groß-/Kleinbuchstaben, Ziffern und Sonderzeichen',
    'Passwort: Sonder-/Satzzeichen erlaubt',
    'Passwort: Vorname/Nachname',
    'Token: Zugriffs-/Aktualisierungstoken',
    'Schlüssel: öffentlicher/privater',
    'Secret: Client/Server',
    'Secret: Vault/KMS',
    'Token: JWT/Opaque',
    'password: Summer/Winter',
    'Passwort: Ein-/Ausgabe',
    'Password: letters/digits.',
    'Token: Access-/Refresh-Token',
    'Passwort: Groß-/Klein-Schreibung',
  ])
})

t.test('alternatives with a digit, a symbol, four words or a random mix of cases are read', async (t) => {
  assertFound(t, [
    ['password: Summer/2024', 'Summer/2024'],
    ['password: Sommer/Winter!', 'Sommer/Winter!'],
    ['password=Sommer/Winter!', 'Sommer/Winter!'],
    ['PASSWORD=Sommer/Winter!', 'Sommer/Winter!'],
    ['password: Sommer/Winter! bitte ändern', 'Sommer/Winter!'],
    ['password: "Sommer/Winter!"', 'Sommer/Winter!'],
    ['password: hUnTeR/tWeLvE', 'hUnTeR/tWeLvE'],
    ['password: Sommer/Winter/Herbst/Frühling', 'Sommer/Winter/Herbst/Frühling'],
    ['Passwort: Sommer-/Winter2024', 'Sommer-/Winter2024'],
    ['Password: letters/d1gits', 'letters/d1gits'],
    ['password: Tr0ub4dor/3', 'Tr0ub4dor/3'],
    ['PASSWORD=Sommer-Winter!', 'Sommer-Winter!'],
    ['password: Sommer-Winter/Herbst', 'Sommer-Winter/Herbst'],
    ['password: Sommer-/Winter-Xk9', 'Sommer-/Winter-Xk9'],
    ['password: SoMmEr-/wInTeR-hErBsT', 'SoMmEr-/wInTeR-hErBsT'],
  ])
})

t.test('the fast path finds what the full scan finds', async (t) => {
  assertFastAsFull(t, ['Password: letters/digits\nPORT=8080', 'password: Sommer/Winter!\nX=1'], {
    seed: 3301,
    withFindings: 100,
  })
})
