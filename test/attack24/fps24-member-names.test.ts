import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 24 (false positives). A member expression after a secret's name is code (`token :=
 * jwt.NewWithClaims(…)`), unless one of its parts looks random; a part of sixteen characters with two digits did, so
 * a name with an algorithm's or an encoding's number (`jwt.SigningMethodHS256`, `Credentials.fromBase64EncodedString`)
 * made Go, Java and C# lines a secret, redacted; and a type's literal through its package (Go's
 * `jose.SigningKey{Algorithm: …}`) was no expression. Now a part of camel-case words with numbers is a name
 * (src/guard/secret-value.ts, CAMEL_WORDS_NAME), and a brace after a member opens a literal; a random part is still
 * a value.
 */

t.test('a member named by words with numbers is code', async (t) => {
  assertNothingFound(t, [
    'token := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)',
    'signingKey := jose.SigningKey{Algorithm: jose.RS256, Key: priv}',
    'credentials: Credentials.fromBase64EncodedString(config.b64)',
    'var key = SecurityAlgorithms.HmacSha256Signature;',
    'secret = crypto.createHmacSha256Digest(body)',
  ])
})

t.test('a random member part is still a value', async (t) => {
  assertFound(t, [
    ['token := hvs.CAESIJ3kXq9mPzL7wR2tAB12', 'CAESIJ3kXq9mPzL7wR2tAB12'],
    ['api_key = creds.AKIAxQ9mZ2vLp7Wk3', 'AKIAxQ9mZ2vLp7Wk3'],
    ['secret = obj.aB3dE5fG7hJ9kL1mN3pQ5', 'aB3dE5fG7hJ9kL1mN3pQ5'],
    ['token: GitHubToken2024Xk9mQ2vLp7', 'GitHubToken2024Xk9mQ2vLp7'],
  ])
})
