import t from 'tap'
import { isWordAlternatives } from '../../src/guard/secret-value.js'
import { assertFastAsFull, assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Review 33: fp33 read two or three plain words apart by `/` after a label as alternatives, which made a diceware
 * passphrase of three words written with slashes (`Red/Secret/Garden`, held found since the locale-label rounds) clean.
 * A third word is a description only as a rule's kinds of character or after a compound's left-out end.
 */

t.test('three plain words joined by slashes alone are a passphrase', async (t) => {
  assertFound(t, [
    ['{"password": "Red/Secret/Garden"}', 'Red/Secret/Garden'],
    ['{"password": "Blue/Horse/Staple"}', 'Blue/Horse/Staple'],
    ['password: Blue/Horse/Staple', 'Blue/Horse/Staple'],
    ['Passwort: Mond/Garten/Fluss', 'Mond/Garten/Fluss'],
    ['PASSWORD=Amber/Falcon/River', 'Amber/Falcon/River'],
    ['password: letters/digits/Garden', 'letters/digits/Garden'],
  ])
})

t.test("a rule's kinds of character, or a left-out end, stay a description", async (t) => {
  assertNothingFound(t, [
    'Password: letters/digits/symbols',
    'Passwort: Buchstaben/Ziffern/Sonderzeichen',
    'Mot de passe : lettres/chiffres/symboles',
    'Contraseña: letras/números/símbolos',
    'Passwort: Groß-/Kleinbuchstaben/Ziffern',
    'Passwort: Ein-/Ausgabe/Fehler',
    'Token: Access-/Refresh-Token',
  ])
})

t.test(
  'a shared end follows only a left-out end and two words; a left-out end may stand before the third',
  async (t) => {
    t.equal(isWordAlternatives('Access-/Refresh-Token'), true)
    t.equal(isWordAlternatives('Groß-/Klein-Schreibung'), true)
    t.equal(isWordAlternatives('Sonder/Satz-/Leerzeichen'), true, 'a left-out end before the third')
    t.equal(isWordAlternatives('Sommer/Winter-Herbst'), false, 'no left-out end before the shared end')
    t.equal(isWordAlternatives('Sommer-/Winter/Herbst-Zeit'), false, 'a shared end after three words')
    t.equal(isWordAlternatives('Sommer-Winter/Herbst'), false, 'words joined by a dash')
    t.equal(isWordAlternatives('Blue/Horse/Staple'), false, 'three words alone')
    t.equal(isWordAlternatives('Tr0ub4dor&3xq'), false)
  },
)

t.test('the fast path finds what the full scan finds', async (t) => {
  assertFastAsFull(t, ['password: Blue/Horse/Staple\nPORT=8080', 'Password: letters/digits/symbols\nX=1'], {
    seed: 3302,
    withFindings: 100,
  })
})
