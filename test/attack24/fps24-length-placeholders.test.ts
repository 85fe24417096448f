import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 24 (false positives). An example config says what to put in a secret by its length and kind
 * (`ENCRYPTION_KEY=32-byte-hex-string`, `JWT_SECRET=64-char-random-string`, `AES_KEY=256-bit-key`,
 * `SIGNING_KEY=base64-encoded-32-bytes`); only a bare count with its unit (`8-digit`, `12 characters`) was read as a
 * placeholder, and these were redacted. A count and its unit with a few words of a closed list around them is one
 * (src/guard/secret-value.ts, LENGTH); a value with a random part around a count is still found.
 */

t.test("a placeholder giving the secret's length and kind is no secret", async (t) => {
  assertNothingFound(t, [
    'ENCRYPTION_KEY=32-byte-hex-string',
    'JWT_SECRET=64-char-random-string',
    'AES_KEY=256-bit-key',
    'SECRET_KEY=50-random-chars',
    'api_key: 32-hex-chars',
    'ENCRYPTION_KEY=32-bytes-base64',
    'SIGNING_KEY=base64-encoded-32-bytes',
    'password: 16-char-passphrase\n',
    'JWT_SECRET=min-32-chars',
  ])
})

t.test('a value with a random part around a count is still found', async (t) => {
  assertFound(t, [
    ['JWT_SECRET=Xk9mQ2-32-bytes', 'Xk9mQ2-32-bytes'],
    ['password: 32-bytes-Xk9mQ2', '32-bytes-Xk9mQ2'],
    ['password: 12charsKx9', '12charsKx9'],
  ])
})
