import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'
import { linearWorkOnUnits } from '../helpers/linear-units.js'

/**
 * Round 29 review of key-material.ts, read as an outsider would.
 * False positives: a path, a KMS alias or resource name and a name of words read as base64 key material
 * (`KEK_ALIAS=alias/myApp-Production-KEK-2024`); a node id before its host, a file's hex name before its extension;
 * 40 hex digits (a commit's, an address's, no key's size); a game's, a map's or a test tool's seed; a chain's hash or
 * address after a seed with no word of a wallet's; an Ed25519 verifying key; a cache's key.
 * Misses: an encoding noted in brackets (`key [hex]:`, `key <base64>:`), a command line's flag (`--kek 3a7b…`), a
 * decoding call around the literal (`bytes.fromhex("…")`), a YAML value on the next line, a tool's aligned column
 * (`Secret seed:       0x…`), BIP39's entropy, and the data key in clear in AWS KMS's answer (`"Plaintext"`).
 */

const HEX = '3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b'
const B64 = 'q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA='
const SUBSTRATE = '0x554b6fc625fbea8f56eb56262d92ccb083fd6eaaf5ee9a966eaab4db2062f4d0'
const ENTROPY = '0c1e24e5917779d297e14d45f14e1a1a'

const found = [
  [`key [hex]: ${HEX}`, HEX],
  [`key <base64>: ${B64}`, B64],
  [`encryption key [base64]: ${B64}`, B64],
  [`signing key <hex>: ${HEX}`, HEX],
  [`vault-tool unwrap --kek ${HEX} --in blob.bin`, HEX],
  [`kek = bytes.fromhex("${HEX}")`, HEX],
  [`KEK = base64.b64decode("${B64}")`, B64],
  [`dek, _ := hex.DecodeString("${HEX}")`, HEX],
  [`const dek = Buffer.from("${B64}", "base64")`, B64],
  [`kek:\n  ${HEX}\nalg: A256KW`, HEX],
  [`  Secret seed:       ${SUBSTRATE}`, SUBSTRATE],
  [`entropy: ${ENTROPY}`, ENTROPY],
  [`seed phrase entropy (hex): ${ENTROPY}`, ENTROPY],
  [
    `{"CiphertextBlob": "AQIDAHhB9mL2", "Plaintext": "${B64}", "KeyId": "arn:aws:kms:us-east-1:111122223333:key/1"}`,
    B64,
  ],
  [`private seed (hex): 0x${HEX}`, `0x${HEX}`],
] as const

t.test('key material named in the forms the review found missed', async (t) => {
  assertFound(t, found)
})

t.test('paths, names, ids, public values and other seeds stay clean', async (t) => {
  assertNothingFound(t, [
    'seed: src/main/resources/SeedData2024.sql',
    'KEK_ALIAS=alias/myApp-Production-KEK-2024',
    'kek: projects/my-project1/locations/us-east1/keyRings/prodRing/cryptoKeys/kek',
    '--kek=projects/p1/locations/global/keyRings/Ring1/cryptoKeys/kek2',
    'KEK: ProdKeyEncryptionKeyV2Alias',
    'seed: generateWorldSeedFromConfig2',
    'seed => SeedRunner2Configuration',
    'kek: AbCdEfGhIjKlMnOpQrStUvWxYz012345',
    'CEK (base64url): eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ',
    'seed: "bf8328b66dceb4987e5cd94430af66045e59899f@public-seed.cosmos.vitwit.com:26656"',
    `seed: ${HEX}.json`,
    'Merge: seed is 3a7bd3e2360a3d29eea436fcfb7e44c735d117c4',
    'world_seed: a8f5f167f44f4964e6c998dee827110c',
    'map seed: a8f5f167f44f4964e6c998dee827110c',
    'level_seed = "a8f5f167f44f4964e6c998dee827110c"',
    'noise_seed: a8f5f167f44f4964e6c998dee827110c',
    'game seed is a8f5f167f44f4964e6c998dee827110c',
    'dungeon_seed: a8f5f167f44f4964e6c998dee827110c',
    'torch.manual_seed: a8f5f167f44f4964e6c998dee827110c',
    'faker_seed: a8f5f167f44f4964e6c998dee827110c',
    `"seed": "0x${HEX}", "blockNumber": "0x1b4"`,
    `VRF seed: 0x${HEX}`,
    `vrf_seed: 0x${HEX}`,
    `beacon seed: 0x${HEX}`,
    `epoch seed = 0x${HEX}`,
    'seed: QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG',
    'seed: 7xKXtg2CW87d97TXJSDpbD5jBkheTqA83TZRuJosgAsU',
    `Verifying key (hex): ${HEX}`,
    'DEK cache key (hex): 3a7bd3e2360a3d29eea436fcfb7e44c7',
    // A test vector's hex plaintext beside its ciphertext, and a decrypted text of no key's size.
    'Plaintext: 6bc1bee22e409f96e93d7e117393172a\nCiphertext: 3ad77bb40d7a3660a89ecaf32466ef97',
    'ciphertext: vault:v1:8SDd3WHDOjf7mq69CyCqYjBXAiQQAVZRkFM13ok481zoCmHnSeDX9vyf7w==\nplaintext: bXkgc2VjcmV0IGRhdGEgZm9yIHRoZSBhcHAgMjAyNA==',
    '"Plaintext": "q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA="',
    'entropy: 7.99 bits per byte',
    'key [optional]: leave empty',
    '--seed 42 --kek-id 1234abcd-12ab-34cd-56ef-1234567890ab',
  ])
})

t.test('streamed, as whole', async (t) => {
  assertStreamedAsWhole(
    t,
    found.map(([text]) => text),
  )
})

linearWorkOnUnits('key material, review', [
  'key [hex] key <b64> ',
  '--kek --seed ',
  'kek = bytes.fromhex("',
  'kek:\n  ',
  'Plaintext: ciphertext ',
  'seed: a/b/c/d/e/f ',
])
