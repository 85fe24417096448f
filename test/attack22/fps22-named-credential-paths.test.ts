import t from 'tap'
import { assertFound, assertNothingFound, assertStreamedAsWhole } from '../helpers/guard-cases.js'

/**
 * False positive, found by pasting a systemd unit: `LoadCredential=token:/etc/app/token` (and
 * `LoadCredentialEncrypted=dbpass:/etc/credstore.encrypted/dbpass`) names a credential and the file it is read from,
 * and the pair was redacted as the credential. A path alone was already a reference; now a name, a colon and an
 * absolute path (its first directory in lower-case letters) is one too (secret-value.ts' NAMED_PATH). systemd's
 * `SetCredential=token:…`, which holds the value itself, and a login and password whose password opens with a slash
 * are still found.
 */

const UNITS = [
  '[Service]\nLoadCredential=token:/etc/app/token\nExecStart=/usr/bin/app --token-file %d/token',
  'LoadCredentialEncrypted=dbpass:/etc/credstore.encrypted/dbpass',
  'credential: tls-key:/run/secrets/tls/server.key',
]

t.test("a credential's name and the path it is read from are no secret", async (t) => {
  assertNothingFound(t, UNITS)
})

t.test('a credential written in the unit, and a password opening with a slash, are still found', async (t) => {
  assertFound(t, [
    ['SetCredential=token:Xk9mQ2vL7pZq', 'Xk9mQ2vL7pZq'],
    ['credentials: bob:/x9/Qz7Lr2', 'x9/Qz7Lr2'],
    ['password: admin:/Xk9mQ2vL7', 'Xk9mQ2vL7'],
  ])
})

t.test('streamed as whole', async (t) => {
  assertStreamedAsWhole(t, UNITS)
})
