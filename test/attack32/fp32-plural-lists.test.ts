import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Round 32 (fp32), false positives of the plural secret names read since round 31: a list of ids, file names or
 * revoked records given to a plural (`REVOKED_TOKENS=jti-4f1a,jti-88c2`, `VALIDATOR_KEYS=validator-1.pub,…`) was
 * judged as one value, and its items run together read as random. Each item is now judged as the singular's value
 * is, and the list is a secret when one of them is. A label's word in the plural (`REVOKED_TOKEN_IDS`,
 * `API_KEY_NAMES`, `secret_paths`) names the same thing as in the singular (`TOKEN_ID`, `secret_path`).
 */

const KEY = 'a8Fk29LmQp3Zx7Rt9Wv2Yb4Nc6Hd1Js'

t.test('a list of items that are no secrets, under a plural, is no secret', async (t) => {
  assertNothingFound(t, [
    'VALIDATOR_KEYS=validator-1.pub,validator-2.pub',
    'TLS_KEYS=tls-1.key,tls-2.key',
    'TRUSTED_ISSUER_KEYS=issuer-a.pem,issuer-b.pem',
    'REVOKED_TOKENS=tok_2021_a,tok_2021_b',
    'REVOKED_TOKENS=jti-4f1a,jti-88c2',
    'BLOCKED_API_KEYS=key_id_1,key_id_2',
    'API_TOKENS=tok_2021_a,tok_2021_b',
    'revoked_tokens: [jti-4f1a, jti-88c2]',
    'revoked_tokens: [jti-4f1a]',
    'VALIDATOR_KEYS="validator-1.pub,validator-2.pub"',
    'API_KEYS=key-1.pem;key-2.pem',
  ])
})

t.test("a label's word in the plural names no secret, as in the singular", async (t) => {
  assertNothingFound(t, [
    'REVOKED_TOKEN_IDS=jti-4f1a,jti-88c2',
    'API_KEY_NAMES=stripe-live2,sendgrid-eu1',
    'secret_paths: kv/data/app2,kv/data/db7',
    'TOKEN_POLICIES=read-only2,admin-9x',
    'PASSWORD_HASHES=x9Kq2mLp7vRt',
  ])
})

t.test('a list holding a secret, or a secret alone, under a plural is still read', async (t) => {
  assertFound(t, [
    [`REVOKED_TOKENS=${KEY}`, KEY],
    [`REVOKED_TOKENS=jti-4f1a,${KEY}`, KEY],
    [`VALIDATOR_KEYS=validator-1.pub,${KEY}`, KEY],
    [`API_KEYS=${KEY},tok_2021_b`, KEY],
    ['DB_PASSWORDS=hunter2x,letmein9', 'hunter2x'],
    ['DB_PASSWORDS=Tr0ub4dor9x', 'Tr0ub4dor9x'],
    [`revoked_tokens: [${KEY}, jti-88c2]`, KEY],
    [`ACCESS_TOKENS="jti-4f1a,${KEY}"`, KEY],
    ['REVOKED_TOKENS=3f9c2a1e-8b4d-4e6f-9a2b-1c3d5e7f9a0b,7a1b2c3d-4e5f-4a6b-8c9d-0e1f2a3b4c5d', '3f9c2a1e-8b4d'],
    [`CREDS=${KEY}`, KEY],
    ['VALIDATOR_KEYS="validator-1.pub,Xk9mQ2vLp7aB3xZqW8rT"', 'Xk9mQ2vLp7aB3xZqW8rT'],
    [`API_KEYS="${KEY},jti-4f1a" + suffix`, KEY],
    ['DB_PASSWORDS="correct horse battery staple"', 'correct horse battery staple'],
    ['DB_PASSWORDS="hunter2x,letmein9"', 'hunter2x'],
  ])
})

t.test('the fast path finds what the full scan finds', async (t) => {
  assertFastAsFull(t, [`REVOKED_TOKENS=jti-4f1a,${KEY}\nDEBUG=false`, 'API_TOKENS=tok_2021_a,tok_2021_b\nX=1'], {
    seed: 3201,
    withFindings: 100,
  })
})
