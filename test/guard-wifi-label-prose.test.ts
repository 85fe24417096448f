import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole } from './helpers/guard-cases.js'

// After a Wi-Fi key's label the rest of the line is a passphrase when it holds a blank (auth-files.ts), unless it
// reads as a sentence (prose-words.ts): a router's manual or a support chat explains where the key is, in English or
// in the language of the reader under an English label, with function words, instructions or pronouns no chosen
// phrase needs, or ending on a full stop after words alone. Quoted, a value was given, whatever its words.

const LABELS = ['Network security key', 'WPA2 key', 'Pre-shared key', 'PSK', 'Key Content            ', 'WLAN key']

const PROSE = [
  'the one printed on the label under your router',
  'use the admin page to change it',
  'whatever you chose during setup',
  'same as the admin password',
  'Enter it exactly as shown, it is case sensitive.',
  "it's on the back of the box",
  'ask your provider if you lost it',
  'you set it when you installed the router',
  'Printed underneath.',
  'Written on the card that came with it',
  // German, French, Spanish prose after the English labels a router's page keeps.
  'steht auf dem Aufkleber unter dem Router',
  'siehe Rückseite des Geräts',
  'wie im Handbuch beschrieben',
  'voir l’étiquette sous la box',
  'indiqué sur votre routeur',
  'celle que vous avez choisie',
  'ver la etiqueta del router',
  'está en la parte de abajo',
  'la que usted eligió',
]

t.test('a sentence after any Wi-Fi key label is no key, by both scans', async (t) => {
  assertNothingFound(
    t,
    LABELS.flatMap((label) => PROSE.map((prose) => `${label}: ${prose}`)),
  )
})

t.test('streamed one character at a time, the prose comes out as the whole reply does', async (t) => {
  assertStreamedAsWhole(
    t,
    PROSE.map((prose) => `PSK: ${prose}`),
  )
})

// Phrases of content words, with numbers or symbols, or quoted whatever their words.
const PASSPHRASES: ReadonlyArray<readonly [string, string]> = [
  ['Network security key: my home wifi 2024', 'my home wifi 2024'],
  ['WPA2 key: correct horse battery staple', 'correct horse battery staple'],
  ['PSK: Sunny Day 2024!', 'Sunny Day 2024!'],
  ['Pre-shared key: purple monkey dishwasher', 'purple monkey dishwasher'],
  ['WLAN key: Tiger Lily 77', 'Tiger Lily 77'],
  ['Key Content            : Sonnenblume Garten 42', 'Sonnenblume Garten 42'],
  ['PSK: "the one under the router"', 'the one under the router'],
  ["WPA2 key: 'same as the admin password'", 'same as the admin password'],
  ['Network security key: Blue-Sky 2024', 'Blue-Sky 2024'],
]

t.test('a passphrase after the same labels is still found whole', async (t) => {
  assertFound(t, PASSPHRASES)
})
