import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'
import { linearWorkOnUnits } from '../helpers/linear-units.js'

/**
 * Round 28, review of round 27's Vault unseal keys: `Unseal Key 1: …` (vault operator init's text) was found, but the
 * same keys as `vault operator init -format=json` prints them went out: `"unseal_keys_hex": ["…"]`,
 * `"unseal_keys_b64": […]`, `"recovery_keys_hex"`. A secret's plural with its encoding named after it (`_hex`, `_b64`,
 * `_base64`) is read as the plural alone (`unseal_keys`); lists of data keys, public keys and key ids stay.
 */

const HEX64 = '9e3a7c1f5b2d8e4a6c0f3b9d7e1a5c2f8b4d6e0a3c7f1b9e5d2a8c4f6b0e3d71'
const B64 = 'q7Nw2Kd9Zr4Xy6Bm1Lp8Tc3Vh5Sg0Jf+Ae2Qu7Wo='
const B64_2 = 'r8Ox3Le0As5Yz7Cn2Mq9Ud4Wi6Th1Kg+Bf3Rv8Xp='

const INIT_JSON = `{
  "unseal_keys_b64": [
    "${B64}",
    "${B64_2}"
  ],
  "unseal_keys_hex": [
    "${HEX64}"
  ],
  "unseal_shares": 5,
  "unseal_threshold": 3,
  "recovery_keys_b64": [],
  "recovery_keys_hex": []
}`

t.test("vault operator init's JSON keys", async (t) => {
  assertFound(t, [
    [INIT_JSON, B64],
    [INIT_JSON, B64_2],
    [INIT_JSON, HEX64],
    [`unseal_keys_hex: ["${HEX64}"]`, HEX64],
    [`"recovery_keys_hex": ["${HEX64}"]`, HEX64],
    [`"recovery_keys_b64": ["${B64}"]`, B64],
    [`unseal_keys_base64 = ['${B64}']`, B64],
    [`unseal_keys_b64:\n  - ${B64}`, B64],
  ])
})

t.test("lists of data keys, public keys, key ids and a list's own words stay", async (t) => {
  assertNothingFound(t, [
    '"unseal_keys_hex": []',
    `"key_ids_hex": ["${HEX64}"]`,
    `"public_keys_hex": ["${HEX64}"]`,
    `"cache_keys_hex": ["${HEX64}"]`,
    `"sort_keys_b64": ["${B64}"]`,
    '"unseal_keys_hex": ["unseal key one", "unseal key two"]',
    `hashes_hex: ["${HEX64}"]`,
  ])
})

linearWorkOnUnits("a secret's plural with its encoding", [
  'unseal_keys_hex: ["',
  `"unseal_keys_b64": ["${B64}", `,
  'keys_hex_hex_hex = [',
])
