import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md): `generic_secret` in "env files, YAML, JSON, code, CLI flags"; `database_url` with an
 * inline password; `private_key` blocks; `.netrc`'s `password …` and an `otpauth://…?secret=` URL are found.
 *
 * Broken: the credentials files a user pastes when a client cannot log in: a PostgreSQL `.pgpass` line
 * (`host:port:db:user:password`), an `.npmrc` `_auth=` (base64 of user:password, as npm writes it for a private
 * registry), an OpenVPN static key block (`-----BEGIN OpenVPN Static key V1-----`, the tunnel's shared secret), a
 * TOTP seed under its label (`2FA secret` is found, `TOTP seed:` is not), and a Wi-Fi network key labelled in German
 * (`Netzwerkschlüssel`, as Windows names it) or written `SSID / key`. Severity: medium (database, registry, VPN and
 * second-factor secrets leave in clear).
 */

const PASSWORD = 'Xk9mPq2vL7z'

const CASES: Array<[string, string]> = [
  [`db1.corp.io:5432:app:app:${PASSWORD}`, PASSWORD],
  [`*:*:*:postgres:${PASSWORD}`, PASSWORD],
  ['//npm.corp.io/:_auth=ZGVwbG95OlhrOW1QcTJ2TDd6', 'ZGVwbG95OlhrOW1QcTJ2TDd6'],
  ['_auth = ZGVwbG95OlhrOW1QcTJ2TDd6', 'ZGVwbG95OlhrOW1QcTJ2TDd6'],
  [
    '-----BEGIN OpenVPN Static key V1-----\n3f2b9c1e7a4d4e8b9c2f1d3e5a7b9c0d\n8f14e45fceea167a5a36dedd4bea2543\n-----END OpenVPN Static key V1-----',
    '8f14e45fceea167a5a36dedd4bea2543',
  ],
  ['TOTP seed: JBSWY3DPEHPK3PXPKQ6TGNZW', 'JBSWY3DPEHPK3PXPKQ6TGNZW'],
  [`Netzwerkschlüssel: ${PASSWORD}`, PASSWORD],
  [`Wi-Fi: Home / ${PASSWORD}`, PASSWORD],
]

t.test('the secret line of a credentials file is redacted', async (t) => {
  assertRedacted(t, CASES)
})
