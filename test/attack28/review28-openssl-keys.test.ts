import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'
import { linearWorkOnUnits } from '../helpers/linear-units.js'

/**
 * Round 28, review of round 27's named hex keys: the key named in words (`AES key: 4f9c…`) was found, but the same key
 * given to openssl went out: `openssl enc -aes-256-cbc -K <hex> -iv <hex>` takes the cipher's raw key in hex, and
 * `openssl dgst -sha256 -hmac <key>` the HMAC key (a webhook's signing secret checked by hand). Both flags are now read
 * as `-k`'s pass phrase is; the IV, variables, placeholders and prose naming the flags stay.
 */

const HEX = '4f9c2b7e1a8d3f6c0b5e9a2d7c4f1e8b'
const HEX64 = '9e3a7c1f5b2d8e4a6c0f3b9d7e1a5c2f8b4d6e0a3c7f1b9e5d2a8c4f6b0e3d71'

t.test("openssl enc's raw key and dgst's HMAC key", async (t) => {
  assertFound(t, [
    [`openssl enc -aes-256-cbc -K ${HEX64} -iv ${HEX} -in a -out b`, HEX64],
    [`openssl enc -d -aes-128-ctr -K ${HEX.toUpperCase()} -iv 0 -in x`, HEX.toUpperCase()],
    [`openssl enc -aes-256-cbc -iv ${HEX} -K ${HEX64} -in x`, HEX64],
    ['echo -n "$payload" | openssl dgst -sha256 -hmac "Xk29vLq7ZpWq4"', 'Xk29vLq7ZpWq4'],
    ['openssl dgst -sha256 -hmac whsec_Xk29vLq7ZpWq4 -binary body.json', 'whsec_Xk29vLq7ZpWq4'],
  ])
})

t.test('the IV, variables, placeholders and prose stay', async (t) => {
  assertNothingFound(t, [
    `openssl enc -aes-256-cbc -iv ${HEX} -in a`,
    'openssl enc -aes-256-cbc -K $KEY -iv $IV',
    'openssl enc -aes-256-cbc -K "$(cat key.hex)" -iv "$IV"',
    'openssl enc -aes-256-cbc -K <hex-key> -iv <hex-iv>',
    'openssl dgst -sha256 -hmac "$WEBHOOK_SECRET" body.json',
    'openssl dgst -sha256 -hmac <secret>',
    'openssl dgst -sha256 file.tar.gz',
    'Use openssl enc with -K followed by the key in hex and -iv with the IV.',
  ])
})

linearWorkOnUnits("openssl's key flags", ['openssl enc -K ', 'openssl dgst -hmac -hmac ', `openssl -K ${HEX} `])
