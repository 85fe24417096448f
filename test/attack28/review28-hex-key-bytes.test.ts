import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'
import { linearWorkOnUnits } from '../helpers/linear-units.js'

/**
 * Round 28, review of round 27's named hex keys: a key named by its use (`encryption key: …`, `AES key = …`) was found
 * as a bare run of hex only. The same key written with a C literal's `0x` (`encryption key: 0x4f9c…`, as wallet and
 * Solidity tools print keys) or a byte at a time (`4f:9c:2b:…`, `4F 9C 2B …`, as openssl, Wireshark and key tools
 * print them) went out. Fingerprints, public keys, PGP's groups of four, short, patterned or mixed-up runs stay.
 */

const HEX = '4f9c2b7e1a8d3f6c0b5e9a2d7c4f1e8b'
const COLONS = '4f:9c:2b:7e:1a:8d:3f:6c:0b:5e:9a:2d:7c:4f:1e:8b'
const BLANKS = '4F 9C 2B 7E 1A 8D 3F 6C 0B 5E 9A 2D 7C 4F 1E 8B'
const LONG_BLANKS = `${BLANKS.toLowerCase()} a3 f9 1c 07 e5 b2 d8 4f 6a 1c 9e 3b 7d 05 f2 8c`

t.test("a named key's hex after a C literal's 0x", async (t) => {
  assertFound(t, [
    [`encryption key: 0x${HEX}`, `0x${HEX}`],
    [`signing key = 0x${HEX.toUpperCase()}`, `0x${HEX.toUpperCase()}`],
    [`the master key is "0x${HEX}"`, `0x${HEX}`],
    [`wallet key: 0x${HEX}${HEX}`, `0x${HEX}${HEX}`],
  ])
})

t.test('a named key printed a byte at a time', async (t) => {
  assertFound(t, [
    [`encryption key: ${COLONS}`, COLONS],
    [`AES key = ${COLONS.toUpperCase()}`, COLONS.toUpperCase()],
    [`session key: ${BLANKS}\nexpires: never`, BLANKS],
    [`the AES-256 key is ${LONG_BLANKS}, keep it`, LONG_BLANKS],
    [`Unseal Key 1: ${COLONS}`, COLONS],
  ])
})

t.test('fingerprints, public keys, groups of four, short, patterned or mixed runs stay', async (t) => {
  assertNothingFound(t, [
    `signing key fingerprint: ${COLONS.toUpperCase()}`,
    `public key: ${COLONS}`,
    `host key: ${COLONS}`,
    'encryption key: 4F9C 2B7E 1A8D 3F6C 0B5E 9A2D 7C4F 1E8B',
    'encryption key: 4f:9c:2b:7e:1a:8d:3f:6c:0b:5e:9a:2d:7c:4f:1e',
    'encryption key: 00:00:00:00:00:00:00:00:00:00:00:00:00:00:00:00',
    'encryption key: 01 02 03 04 05 06 07 08 09 10 11 12 13 14 15 16',
    'encryption key: 4F:9c:2B:7E:1A:8D:3F:6C:0B:5E:9A:2D:7C:4F:1E:8B',
    'encryption key: 4f:9c:2b:7e 1a:8d:3f:6c:0b:5e:9a:2d:7c:4f:1e:8b',
    `encryption key: ${COLONS}:zz`,
    'encryption key: 0xffffffffffffffffffffffffffffffff',
    'encryption key: 0x4f9c',
    `encryption key id: 0x${HEX}`,
    `key: 0x${HEX}`,
  ])
})

linearWorkOnUnits('a named key printed a byte at a time', [
  'encryption key: 4f:9c:2b:7e:1a:8d:3f:6c:0b:5e:9a:2d:7c:4f:1e:8b ',
  'aes key = 4f 9c 2b 7e 1a 8d 3f 6c 0b 5e 9a 2d 7c 4f 1e ',
  'AES key: 4f:9c:2b:7e:1a:8d:3f:6c:0b:5e:9a:2d:7c:4f:1e:8b:',
  'master key is 0x4f9c2b7e1a8d3f6c0b5e9a2d7c4f1e8b ',
])
