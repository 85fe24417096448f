import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Review of round 26's JWT headers and cracked lists, from both sides.
 * Leak: a JWT's header alone is now no secret (src/guard/secret-value.ts, isDocumentationJwt), read as any base64url
 * JSON naming an `alg`: a symmetric JWK written without its `kty` (`{"alg":"HS256","k":"…"}`) or a blob of credentials
 * naming an algorithm went out in clear. A header alone holds a JOSE header's parameters only (validators.ts,
 * isBareJwtHeader).
 * False positive: a cracked list's line (crypt-hashes.ts) took a transaction's output in Bitcoin's notation, its 64-hex
 * id then its index (`<txid>:0`), for a hash and its password.
 */

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
const KEY = 'Rv8mK3xQw7TzP2nL5sY9dA4fG6hJ1kZ0'

t.test('base64url JSON naming an alg beside a key or a secret is found', async (t) => {
  const jwk = b64({ alg: 'HS256', k: KEY })
  const blob = b64({ alg: 'HS256', use: 'sig', secret: KEY })
  const noAlg = b64({ k: KEY, n: 'ci', id: 1 })
  assertFound(t, [
    [`api_key: ${noAlg}`, noAlg],
    [`signing_key: ${jwk}`, jwk],
    [`JWT_KEY="${blob}"`, blob],
  ])
})

t.test("a JWT's header alone, with its own parameters only, stays clean", async (t) => {
  assertNothingFound(t, [
    `token: ${b64({ alg: 'HS256', typ: 'JWT' })}`,
    `Authorization: Bearer ${b64({ alg: 'RS256', kid: 'k1', typ: 'JWT' })}.<payload>.<signature>`,
    `id_token: ${b64({ alg: 'ES256', 'x5t#S256': 'abc', crit: ['b64'], b64: false })}`,
  ])
})

t.test("a transaction's output is no cracked password; a cracked SHA-256 line still is", async (t) => {
  const txid = '4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b'
  assertNothingFound(t, [`${txid}:0`, `${txid}:1`, `  ${txid}:127`])
  assertFound(t, [
    [`${txid}:1234`, '1234'],
    [`${txid}:letmein`, 'letmein'],
    ['5f4dcc3b5aa765d61d8327deb882cf99:123', '123'],
  ])
})
