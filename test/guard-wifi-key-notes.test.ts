import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound, assertStreamedAsWhole } from './helpers/guard-cases.js'

// After a Wi-Fi key's label (auth-files.ts) a router's manual or a password policy writes the key's length or where it
// is printed, with a number that is a count or a device's model, not a passphrase's digit. And a Wi-Fi password's own
// labels (`Wi-Fi password`, `WLAN-Schlüssel`) are followed by a passphrase as a key's are: a phrase of words with only
// articles and prepositions among them (`over the rainbow`) is chosen, a sentence says more (prose-words.ts).

const LABELS = [
  'Pre-shared key',
  'WPA2 key',
  'Network key',
  'PSK',
  'Key Content            ',
  'Wi-Fi password',
  'WLAN password',
  'WLAN-Schlüssel',
  'Netzwerkschlüssel',
]

const LENGTH_RULES = [
  '8 to 63 characters',
  'at least 8 characters long.',
  'between 8 and 63 ASCII characters',
  'up to 63 chars',
  'no more than 63 characters',
  'min. 8 Zeichen',
  '8-63 Zeichen',
  'mindestens 8 Zeichen lang',
  'zwischen 8 und 63 Zeichen',
  'entre 8 et 63 caractères',
  '8 à 63 caractères',
  'al menos 8 caracteres',
  '64 hex digits',
  'at least 12 printable characters in length',
]

const PLACES = [
  'printed on the back of your FRITZ!Box 7590',
  'on the sticker of your Speedport W 724V',
  'see label on Archer C7 v2',
  'it is printed on the back of the 7590',
  'under the base of the Nighthawk R7000',
  'auf der Rückseite der FRITZ!Box 7490',
  'steht auf dem Typenschild der 7530 AX',
  'sur l’étiquette de votre Livebox 5',
  'en la etiqueta del router HGU 2',
  'Open network',
]

t.test('a length rule or the place a key is printed, device models and all, is no key', async (t) => {
  assertNothingFound(
    t,
    LABELS.flatMap((label) => [...LENGTH_RULES, ...PLACES].map((note) => `${label}: ${note}`)),
  )
})

// Phrases: words with articles and prepositions only, a number going on past a unit word, a key before its note.
const PASSPHRASES: ReadonlyArray<readonly [string, string]> = [
  ['welcome to the jungle 99', 'welcome to the jungle 99'],
  ['8 characters are not enough', '8 characters are not enough'],
  ['Summer 2024 on the beach', 'Summer 2024 on the beach'],
  ['back to the future 85', 'back to the future 85'],
  ['over the rainbow', 'over the rainbow'],
  ['in the still of the night', 'in the still of the night'],
  ['blaue Blume im Wald', 'blaue Blume im Wald'],
  ['Sonne über dem Meer', 'Sonne über dem Meer'],
  ['Das Boot', 'Das Boot'],
  ['la vie en rose', 'la vie en rose'],
  ['"8 to 63 characters"', '8 to 63 characters'],
  ["'between 8 and 63 ASCII characters'", 'between 8 and 63 ASCII characters'],
  ['Kx8mQ2zzT9 (printed on the sticker)', 'Kx8mQ2zzT9'],
]

const FOUND = LABELS.flatMap((label) => PASSPHRASES.map(([value, secret]) => [`${label}: ${value}`, secret] as const))

t.test('passphrases after every label are found whole, whatever their numbers and words', async (t) => {
  assertFound(t, FOUND)
})

// Sentences pointing to the key stay clean after the new labels too.
const PROSE = [
  'the one printed on the label under your router',
  'use the admin page to change it',
  'whatever you chose during setup',
  'Printed underneath.',
  'steht auf dem Aufkleber unter dem Router',
  'siehe Rückseite des Geräts',
  'wie im Handbuch beschrieben',
  'indiqué sur votre routeur',
  'está en la parte de abajo',
  'not required',
]

t.test('sentences about the key stay clean after a Wi-Fi password label', async (t) => {
  assertNothingFound(
    t,
    ['Wi-Fi password', 'WLAN-Schlüssel', 'wireless passphrase', 'WLAN-Passwort'].flatMap((label) =>
      PROSE.map((prose) => `${label}: ${prose}`),
    ),
  )
})

t.test('streamed and fast as whole and full', async (t) => {
  const texts = [
    ...FOUND.map(([text]) => text),
    ...LENGTH_RULES.map((rule) => `WPA2 key: ${rule}`),
    ...PLACES.map((place) => `WLAN-Schlüssel: ${place}`),
  ]
  assertStreamedAsWhole(t, texts)
  assertFastAsFull(t, texts, { seed: 2525, withFindings: 250 })
})
