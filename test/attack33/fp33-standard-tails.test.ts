import t from 'tap'
import { assertFastAsFull, assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Round 33 (fp33), a standard's name joined to a word of what was done with it in another language than English
 * (`Token: Base64url-kodiert`, `Secret: HS512-signé`, `Token: Base64-codificado`), or to what it names
 * (`OAuth2-Token`, `OAuth2-Bearer`, `SAML2-Assertion`), and English's `decoded`: the closed list of a standard's
 * tails (secret-value.ts, STANDARD_TAIL) had the English words and a few others only. A random part after the name
 * (`Base64-Xk9mQ2vLp7`) keeps the value a secret.
 */

t.test("a standard's name and a word of what was done with it are no secret", async (t) => {
  assertNothingFound(t, [
    'Token: Base64url-kodiert',
    'Token: UTF8-dekodiert',
    'Token: HS256-signiert',
    'API Key: HMAC-SHA256-signiert',
    'Secret: SHA256-gehashed',
    'Secret: HS512-signé',
    'Token: Base64-encodé',
    'Token: Base64-décodé',
    'Clé : AES256-hachée',
    'Token: Base64-codificado',
    'Token: Base64-decodificado',
    'Token: JWT-firmado',
    'Token: OAuth2-Token vom IdP',
    'Token: OAuth2-Bearer',
    'Token: OAuth2-Flow',
    'Token: SAML2-Assertion',
    'token: UTF8-decoded string',
    'Token: base64-decoded',
    'token: base64url-decoding failed',
  ])
})

t.test("a random or a password's part after the name is read", async (t) => {
  assertFound(t, [
    ['Token: Base64-Xk9mQ2vLp7', 'Base64-Xk9mQ2vLp7'],
    ['Token: OAuth2-Xk9mQ2vLp7aB', 'OAuth2-Xk9mQ2vLp7aB'],
    ['Token: HS256-signiert-Xk9mQ2', 'HS256-signiert-Xk9mQ2'],
    ['password: Token2024!', 'Token2024!'],
    ['password: sha256-Summer2024', 'sha256-Summer2024'],
  ])
})

t.test('the fast path finds what the full scan finds', async (t) => {
  assertFastAsFull(t, ['Token: Base64url-kodiert\nPORT=8080', 'Token: Base64-Xk9mQ2vLp7\nX=1'], {
    seed: 3302,
    withFindings: 100,
  })
})
