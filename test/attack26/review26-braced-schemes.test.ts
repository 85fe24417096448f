import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * Review of round 26's password files (src/guard/crypt-hashes.ts): an account's line was read for a hash in the
 * modular crypt format only, so the password files naming their scheme in braces went out in clear: htpasswd's `-s`
 * (`bob:{SHA}…=`), Dovecot's passwd-file (`alice:{SHA512-CRYPT}$6$…:1000:1000::/home/alice`, and `{PLAIN}` or
 * `{CLEARTEXT}` before the password itself), LDAP's `{SSHA}`. Now a known scheme in braces on an account's line gives
 * the hash after it, or the password after a clear scheme; braces naming anything else, or holding a short field, stay.
 */

t.test("a braced scheme on an account's line gives its hash or password", async (t) => {
  const cases: Array<[string, string]> = [
    ['bob:{SHA}Qm9aK3xW7pT2vL8nR5sY1dF4gH6=', 'Qm9aK3xW7pT2vL8nR5sY1dF4gH6='],
    [
      'alice:{SHA512-CRYPT}$6$Wv7pQx2n$Lm4tR8yK1sD6fH3jZ9cB5nV2xQ7wE1rT4yU8iO3pA6sD9fG2hJ5kL8z:1000:1000::/home/alice',
      '$6$Wv7pQx2n$Lm4tR8yK1sD6fH3jZ9cB5nV2xQ7wE1rT4yU8iO3pA6sD9fG2hJ5kL8z',
    ],
    ['carol:{PLAIN}hunter2:1000:1000::/home/carol', 'hunter2'],
    ['dave:{CLEARTEXT}Summer2024!', 'Summer2024!'],
    ['  - "erin:{ssha}Yk3nR8wQ2mT5vB7xC1zL4pD6fH9jK0sA"', 'Yk3nR8wQ2mT5vB7xC1zL4pD6fH9jK0sA'],
    [
      'frank:!{CRAM-MD5}e1b2c3d4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2',
      'e1b2c3d4f5a6b7c8d9e0f1a2b3c4d5e6',
    ],
  ]
  assertFound(t, cases)
  assertStreamedAsWhole(
    t,
    cases.map(([text]) => text),
  )
})

t.test('braces naming no known scheme, or a short field, stay clean', async (t) => {
  assertNothingFound(t, [
    'user:{USERNAME}',
    'path:{HOME}/bin/local/share/applications',
    '{"a":{"b":1}}',
    'x:{SHA}short',
    'name:{PLAIN}',
    'name:{PLAIN} is the scheme',
    'key:{SHA_1}Qm9aK3xW7pT2vL8nR5sY1dF4gH6=',
    'key:{SCHEMENAMETOOLONGX}Qm9aK3xW7pT2vL8nR5sY1dF4gH6=',
    'key:{SHA',
    'The scheme is {SHA}Qm9aK3xW7pT2vL8nR5sY1dF4gH6=',
  ])
})
