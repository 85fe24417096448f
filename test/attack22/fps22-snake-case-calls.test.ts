import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * False positive, found by pasting Python that makes a key: `secret_key = base64.urlsafe_b64encode(os.urandom(32))`
 * was redacted, because a part of a member expression 16 characters long or more with two digits is taken for a
 * random token's (`hvs.CAESIJ3k…`), and `urlsafe_b64encode` is one. Now a part in lower-case snake case is a
 * function's name, its digits its words' (secret-value.ts' isRandomPart). Prefixed tokens with a dot, of mixed case,
 * are still found.
 */

const CALLS = [
  'secret_key = base64.urlsafe_b64encode(os.urandom(32))',
  'key = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)',
  'token = base64.standard_b64encode(hmac_digest)',
]

t.test('a call to a snake-case function with digits is no secret', async (t) => {
  assertNothingFound(t, CALLS)
})

t.test('prefixed tokens with a dot are still found', async (t) => {
  assertFound(t, [
    ['token: hvs.CAESIJ3kQ9mL2vX7pZq4TxW', 'hvs.CAESIJ3kQ9mL2vX7pZq4TxW'],
    ['VAULT_TOKEN=s.aB3dE5fG7hJ9kL1mN3pQ5rS', 's.aB3dE5fG7hJ9kL1mN3pQ5rS'],
  ])
})

t.test('streamed as whole', async (t) => {
  assertStreamedAsWhole(t, CALLS)
})
