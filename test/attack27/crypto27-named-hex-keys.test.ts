import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'
import { linearWorkOnUnits } from '../helpers/linear-units.js'

/**
 * Round 27, a leak the lead found probing: a key named in words by what it encrypts, signs or unseals
 * (`encryption key: 4f9c…`, `AES-256 key = …`, `signing key: …`, `master key: …`) went out when its value was hex
 * in one case, as keys are printed. `key` alone names no secret (a map's, a table's), so a value after a lone `key`
 * had to read as generated with both cases of letters, which lower-case hex never does. After those words (and the
 * identifier qualifiers of `ENCRYPTION_KEY`), a run of hex digits at least a 128-bit key's 32 long, letters and digits
 * mixed through it, is now a key; so is a value said in a sentence (`the encryption key is …`), and Vault's numbered
 * unseal keys (`Unseal Key 1: …`, as `vault operator init` prints them). Data keys' and public keys' words, short hex,
 * placeholders and prose stay as they were.
 */

const HEX = '4f9c2b7e1a8d3f6c0b5e9a2d7c4f1e8b'
const HEX64 = '9e3a7c1f5b2d8e4a6c0f3b9d7e1a5c2f8b4d6e0a3c7f1b9e5d2a8c4f6b0e3d71'
const UPPER = 'A3F91C07E5B2D84F6A1C9E3B7D05F28C'
const VAULT = 'q7Nw2Kd9Zr4Xy6Bm1Lp8Tc3Vh5Sg0Jf+Ae2Qu7Wo='

t.test('a key named by its use, its value in hex of one case', async (t) => {
  assertFound(t, [
    [`encryption key: ${HEX}`, HEX],
    [`Encryption Key = ${HEX64}`, HEX64],
    [`AES-256 key: ${HEX64}`, HEX64],
    [`aes key=${UPPER}`, UPPER],
    [`the master key: "${HEX}"`, HEX],
    [`signing key:\t${HEX64}`, HEX64],
    [`decryption key : ${UPPER}`, UPPER],
    [`session key := ${HEX}`, HEX],
    [`HMAC key: ${HEX}`, HEX],
    [`wallet key: ${HEX64}`, HEX64],
    [`metamask key: ${HEX64}`, HEX64],
    [`Set it so. cipher key = ${HEX}`, HEX],
    [`- shared key: ${HEX}\n- region: eu-west-1`, HEX],
  ])
})

t.test('said in a sentence', async (t) => {
  assertFound(t, [
    [`my encryption key is ${HEX64}`, HEX64],
    [`The AES key is: ${UPPER}`, UPPER],
    [`fyi the signing key is ${HEX} (rotate it monthly)`, HEX],
    [`our master key is Qm7Xv2Lp9Zr4Kd8Wn3Tb6Yc1`, 'Qm7Xv2Lp9Zr4Kd8Wn3Tb6Yc1'],
  ])
})

t.test("Vault's numbered unseal keys", async (t) => {
  assertFound(t, [
    [`Unseal Key 1: ${VAULT}`, VAULT],
    [`Unseal Key 1: ${VAULT}\nUnseal Key 2: ${HEX64}`, HEX64],
    [`unseal key 12 : ${HEX}`, HEX],
  ])
})

t.test('data keys, public keys, short or patterned hex, placeholders and prose stay', async (t) => {
  assertNothingFound(t, [
    `primary key: ${HEX}`,
    `public key: ${HEX64}`,
    `cache key: ${HEX}`,
    `sort key: ${HEX}`,
    `partition key is ${HEX}`,
    'session key: 4f9c2b7e1a8d3f6c',
    'encryption key: 00000000000000000000000000000000',
    'encryption key: stored in KMS',
    'the encryption key is rotated every 90 days',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell reference is the placeholder this case tests
    'the encryption key is: ${ENCRYPTION_KEY}',
    'the signing key is <your-signing-key>',
    'master key is not set',
    'Unseal Key Shares: 5\nKey Threshold: 3',
    'Unseal Keys: 5',
    `encryption key id: ${HEX}`,
    `the key is ${HEX}`,
  ])
})

linearWorkOnUnits('a key named by its use, a blank before', [
  'encryption key is ',
  'AES-256 key ',
  'Unseal Key 1 ',
  'unseal key 12 is ',
  `signing key: ${HEX.slice(0, 20)} `,
  'aes-1 aes-2 key is is ',
])
