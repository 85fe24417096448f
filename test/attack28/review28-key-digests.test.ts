import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'
import { linearWorkOnUnits } from '../helpers/linear-units.js'

/**
 * Round 28, the other way round from round 27's named hex keys: a name ending in a digest's algorithm holds the
 * digest of the secret, sent beside it to check it and printed in logs, not the secret (`encryption_key_sha256: …`,
 * S3's `x-amz-server-side-encryption-customer-key-MD5: …`, `sseCustomerKeyMd5`). It was read as the key, as
 * `encryption_key_hash` is not. Only as the name's last word: an algorithm before the secret's word (`HMAC_SHA256_SECRET`)
 * still names the secret, and the customer key itself is still found.
 */

const HEX = '4f9c2b7e1a8d3f6c0b5e9a2d7c4f1e8b'
const HEX64 = '9e3a7c1f5b2d8e4a6c0f3b9d7e1a5c2f8b4d6e0a3c7f1b9e5d2a8c4f6b0e3d71'
const KEY = 'Xk29vLq7ZpWq4mB2Xk29vLq7ZpWq4mB2Xk29vLq7ZpW='

t.test("a secret's digest, named by its algorithm, stays", async (t) => {
  assertNothingFound(t, [
    `encryption_key_sha256: ${HEX64}`,
    'x-amz-server-side-encryption-customer-key-MD5: 7f9c2ba4e88f827d616045507605853e',
    `{"sseCustomerKeyMd5": "${HEX}"}`,
    `WEBHOOK_SECRET_SHA256=${HEX64}`,
    `"password_sha1": "${HEX}a1b2c3d4"`,
    `MASTER_KEY_SHA512=${HEX64}${HEX64}`,
  ])
})

t.test('the algorithm before the secret, and the secret itself, are still found', async (t) => {
  assertFound(t, [
    ['HMAC_SHA256_SECRET=Xk29vLq7ZpWq4mB2', 'Xk29vLq7ZpWq4mB2'],
    ['SHA256_SECRET=Xk29vLq7ZpWq4mB2', 'Xk29vLq7ZpWq4mB2'],
    [`x-amz-server-side-encryption-customer-key: ${KEY}`, KEY],
    [`encryption_key: ${HEX}\nencryption_key_sha256: ${HEX64}`, HEX],
  ])
})

linearWorkOnUnits("a secret's digest", ['encryption_key_sha256: ', `key_md5_key_md5=${HEX} `])
