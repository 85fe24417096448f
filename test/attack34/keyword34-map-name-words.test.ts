import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Keyword 34: a lone `key`'s map name is read by its last word without splitting the whole name into words. The word
 * is still the last past a `_`, a `-` or a camel case step (a lower-case letter's or a digit's to a capital), whatever
 * trails the name, and a capital that opens the name opens its word.
 */

const HEX = '4f9c2b7e1a8d3f6c0b5e9a2d7c4f1e8b'

t.test("a cipher's word ending the map's name makes the lone key a cipher's", async (t) => {
  assertFound(t, [
    [`dataEncryption:\n  key: ${HEX}`, HEX],
    [`v2Aes:\n  key: ${HEX}`, HEX],
    [`AES:\n  key: ${HEX}`, HEX],
    [`Cipher:\n  key: ${HEX}`, HEX],
    [`db-crypto_:\n  key: ${HEX}`, HEX],
    [`{"appSIGNING": {"key": "${HEX}"}}`, HEX],
  ])
})

t.test("another word last leaves the map's key as ever", async (t) => {
  assertNothingFound(t, [
    `encryptionCache:\n  key: ${HEX}`,
    `aesX:\n  key: ${HEX}`,
    `crypto_cache-:\n  key: ${HEX}`,
    `AESCache:\n  key: ${HEX}`,
  ])
})
