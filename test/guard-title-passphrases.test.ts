import fc from 'fast-check'
import t from 'tap'
import { BUILT_IN_DETECTORS } from '../src/guard/detectors.js'
import { scanWith } from '../src/guard/scan.js'
import { assertClean, assertFinds, assertStreamedAsWhole } from './helpers/guard-cases.js'

// A passphrase of two or three capitalised words after a password word and its operator (`password: Tiger Lily`,
// `passphrase = Purple Monkey Dishwasher`): the reader stopped at the first space and judged `Tiger` alone. The rule:
// two or three words, each a capital and two to fifteen lower-case letters, unquoted and ending the line, none
// of them a word of a form's status or instructions (`Reset Link Sent`, `Not Set`, `See Below`): the phrase is the
// value. One word alone (`Forgotten`) stays a word.

const FOUND: Array<[string, string]> = [
  ['password: Tiger Lily', 'Tiger Lily'],
  ['passphrase = Purple Monkey Dishwasher', 'Purple Monkey Dishwasher'],
  ['Wifi password: Orange Kangaroo\nRoom: 12', 'Orange Kangaroo'],
  ['Passwort: Blauer Elefant', 'Blauer Elefant'],
  ['PASSPHRASE=Copper Walnut Garden', 'Copper Walnut Garden'],
  ['mot de passe : Lapin Rouge', 'Lapin Rouge'],
  ['password:  Tiger Lily  ', 'Tiger Lily'],
  // Words near the narrowed classes, not in them.
  ['password: Golden Numbat', 'Golden Numbat'],
  ['Kennwort: Roter Apfel Baum', 'Roter Apfel Baum'],
  // A noun ending as a participle does, without a preposition after it; `-ss` is no verb's ending.
  ['Contraseña: Pescado Rojo Grande', 'Pescado Rojo Grande'],
  ['password: Glass Falcon', 'Glass Falcon'],
]

const CLEAN = [
  'password: Forgotten',
  'password: Reset Link Sent',
  'Password: Not Set',
  'Password: Not Required',
  'password: See Below',
  'Password: Same As Above',
  'Password: Sent Separately',
  'Password: Check Your Email',
  'Password: Ask Admin',
  'password: Show Password',
  'Password: Hidden For Security',
  'password: Stored In Vault',
  'Password: Contact Support',
  // A description of what the password is made from: a record's field, named by its head noun.
  'Default Password: Account Number',
  'Initial password: Date Of Issue',
  'Password: License Plate',
  'Password: Badge Id',
  // Statuses and instructions in the languages whose labels the guard reads, function words and numerals.
  'Kennwort: Wird Gesendet',
  'Mot de passe : Voir Dessous',
  'Contraseña: Aqui Abajo',
  'Wachtwoord: Niet Ingesteld',
  'Password: Issued On Request',
  'Passphrase: Three Words',
  // More words, words of other shapes, or more on the line: not this rule's.
  'password: Tiger Lily Moon River Song',
  'password: Tiger lily',
  'password: Tiger Lily, as before.',
  'password: TIGER LILY',
  // Quoted, title case is a UI string of a locale file or a form (docs/guard.md); a label in another language.
  'password: "Tiger Lily"',
  '{"password": "Login Kennwort"}',
  'password=Kennwort Eingeben',
  // A CSV header's next cell, not an assigned value.
  '"Account","Login Name","Password","Web Site"',
  // Keys and tokens are long and random: a phrase is no key.
  'api_key: Purple Monkey',
  // A status opening with what the password does or had done to it.
  'Password: Expired Yesterday',
  'password: Satisfies Policy Rules',
  'Password: Changed By Admin',
  'Contraseña: Cambiada Por Usuario',
]

t.test('a passphrase of capitalised words after a password word is found', async (t) => {
  assertFinds(t, FOUND)
  assertClean(t, CLEAN)
})

const ALL_TEXTS = [...FOUND.map(([text]) => text), ...CLEAN]

t.test('passphrases streamed one character at a time are redacted as whole replies are', async (t) => {
  assertStreamedAsWhole(t, ALL_TEXTS)
})

t.test('the fast path finds what the full scan finds for capitalised phrases, cut (fast-check)', async (t) => {
  const variant = fc
    .tuple(fc.constantFrom(...ALL_TEXTS), fc.nat(10), fc.constantFrom('', '\n', ' ok', '.'))
    .map(([text, cut, tail]) => text.slice(0, text.length - cut) + tail)
  let withFindings = 0
  fc.assert(
    fc.property(variant, (text) => {
      const expected = scanWith(BUILT_IN_DETECTORS, text, false)
      if (expected.length > 0) withFindings++
      return JSON.stringify(scanWith(BUILT_IN_DETECTORS, text, true)) === JSON.stringify(expected)
    }),
    { numRuns: 500, seed: 4242 },
  )
  t.ok(withFindings > 25, `${withFindings} of 500 variants have findings`)
})
