import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'
import { linearWorkOnUnits } from '../helpers/linear-units.js'

/**
 * Round 29, key material the keywords did not name: a key-encryption or data-encryption key by its acronym (`KEK`,
 * `DEK`, `CEK`, `wrapped_dek`), a wallet's or a derivation's seed (`seed`, `master_seed`, `HD wallet seed`), and a key
 * whose name carries its encoding in parentheses (`encryption key (base64):`, `signing key (32 bytes, hex):`). Only key
 * material after such a name is read: 32 hex digits or more, or base64 mixing cases and digits.
 */

const HEX = '3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b'
const B64 = 'q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA='
const SEED = '5eb00bbddcf069084889a8ab9155568165f5c453ccb85e70811aaed6f6da5fc1'

const found = [
  [`KEK: ${HEX}`, HEX],
  [`KEK=${HEX}`, HEX],
  [`dek = "${HEX}"`, HEX],
  [`{"kek": "${HEX}", "alg": "A256KW"}`, HEX],
  [`wrapped_dek: ${B64}`, B64],
  [`  "wrappedDek": "${B64}"`, B64],
  [`CEK (base64): ${B64}`, B64],
  [`export DATA_KEK_HEX=${HEX}`, HEX],
  [`seed: 000102030405060708090a0b0c0d0e0f`, '000102030405060708090a0b0c0d0e0f'],
  [`seed = 0x000102030405060708090a0b0c0d0e0f`, '000102030405060708090a0b0c0d0e0f'],
  [`master_seed: ${SEED}`, SEED],
  [`const masterSeed = "${SEED}"`, SEED],
  [`HD wallet seed (hex): ${SEED}`, SEED],
  [`The KEK is ${HEX}, rotate it after the audit.`, HEX],
  [`the wallet seed was ${SEED}`, SEED],
  [`key (hex): ${HEX}`, HEX],
  [`encryption key (base64): ${B64}`, B64],
  [`data key (base64): ${B64}`, B64],
  [`signing key (32 bytes, hex): ${HEX}`, HEX],
  [`AES key (AES-256, b64) => ${B64}`, B64],
] as const

t.test('key material after its acronym, a seed or a key with its encoding noted', async (t) => {
  assertFound(t, found)
})

t.test('seeds of random generators, public keys, digests and ids, and prose stay clean', async (t) => {
  assertNothingFound(t, [
    'seed: 42',
    'random_seed: 1234567890',
    `random_seed: ${HEX}`,
    'seed: true',
    'seed_file: db/seeds.rb',
    'np.random.seed(42)',
    'DEK rotation happens every 90 days',
    'the KEK is stored in KMS',
    `kek_id: ${HEX.slice(0, 32)}`,
    `dek_sha256: ${HEX}`,
    `Ed25519 public key (hex): ${HEX}`,
    `host key (hex): ${HEX}`,
    `key (sha256): ${HEX}`,
    `the deck is ${HEX}`,
    `seeds: ${HEX}`,
    'seed: 0000000000000000000000000000000000000000',
    'KEK: 3a7bd3e2360a3d29',
    'dek: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    'seed: abcdefabcdefabcdefabcdefabcdefabcdef',
    'seed: AbcdefghijklmnopqrstuvwxyZ',
    'kek: <your-key-encryption-key>',
    'KEK isn’t set yet',
    'key (optional): leave empty',
  ])
})

t.test('streamed, as whole', async (t) => {
  assertStreamedAsWhole(
    t,
    found.map(([text]) => text),
  )
})

linearWorkOnUnits('key material', [
  'kek: 3a7bd3e2360a3d29eea436fcfb7e44c7 ',
  'seed seed seed ',
  'key (hex) key (hex) ',
  'a_b_c_d_e_f_kek ',
  'x seed (hex) is ',
])
