import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'
import { linearWorkOnUnits } from '../helpers/linear-units.js'

/**
 * Round 28, the other way round from round 27's named hex keys, in other languages: `public key: 4f9c…` and
 * `key id: 4f9c…` stay clean in English, but the same words in French, Spanish, Italian, Portuguese, German, Dutch and
 * Russian were read as a secret's key (`clé publique : …`, `clave pública: …`, `öffentlicher Schlüssel: …`,
 * `Schlüssel-ID: …`, `sleutel-id: …`, `открытый ключ: …`). A public word or an identifier's word next to the key word
 * (after it in Romance languages and in a compound's `-ID`, before it in German, Dutch and Russian) now leaves it;
 * the keys themselves (`clé AES`, `clé privée`, `WLAN-Schlüssel`, `clave del wifi`) are still found.
 */

const HEX = '4f9c2b7e1a8d3f6c0b5e9a2d7c4f1e8b'

t.test('a public key or a key id in other languages stays', async (t) => {
  assertNothingFound(t, [
    `clé publique : ${HEX}`,
    `la clef publique: ${HEX}`,
    `clave pública: ${HEX}`,
    `chiave pubblica = ${HEX}`,
    `chave pública: ${HEX}`,
    `Öffentlicher Schlüssel: ${HEX}`,
    `openbare sleutel: ${HEX}`,
    `открытый ключ: ${HEX}`,
    `публичный ключ: ${HEX}`,
    `Schlüssel-ID: ${HEX}`,
    `die Schlüssel ID: ${HEX}`,
    `sleutel-id: ${HEX}`,
    `ID de la clé : ${HEX}`,
    `identifiant de clé : ${HEX}`,
    `Schlüssel-Fingerabdruck: ${HEX}`,
    `empreinte de la clé : ${HEX}`,
    'palabra clave: seguridad',
  ])
})

t.test('the keys themselves are still found', async (t) => {
  assertFound(t, [
    [`clé AES : ${HEX}`, HEX],
    [`clé privée : ${HEX}${HEX}`, `${HEX}${HEX}`],
    [`Schlüssel: ${HEX}`, HEX],
    [`AES-Schlüssel: ${HEX}`, HEX],
    ['WLAN-Schlüssel: Sonnenblume42', 'Sonnenblume42'],
    ['clave del wifi: Girasol2024', 'Girasol2024'],
    ['clé wifi : tournesol77', 'tournesol77'],
    [`ключ шифрования: ${HEX}`, HEX],
    [`clave idéntica: ${HEX}`, HEX],
  ])
})

linearWorkOnUnits('a key word beside a public or an id word', [
  'clé publique : ',
  'öffentlicher Schlüssel Schlüssel-ID ',
  'ID de la clé clé clé ',
  'клю ключ ',
])
