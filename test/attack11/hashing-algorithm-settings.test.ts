// Attack 11: a setting that chooses HOW passwords are hashed is read as a password. Its name holds the password
// word (`PASSWORD_HASHER`, Dovecot `default_pass_scheme`, `password_scheme`, `passwordHashing`) and its value is an
// algorithm name with digits (`argon2id`, `SSHA512`, `SHA512-CRYPT`, `pbkdf2_sha256`), which passes the entropy bar.
// PostgreSQL's `password_encryption = scram-sha-256` passes, `PASSWORD_MIN_LENGTH=12` too: the name judge knows some
// policy suffixes but not hasher/scheme/algorithm/hashing, and the value judge does not know the hash algorithm
// names every auth config, Django settings file and mail-server guide holds.
// Severity: medium (configuration examples and reviews of auth code blocked).
import t from 'tap'
import { createGuard } from '../../src/guard/index.js'

const guard = createGuard()

const SETTINGS = [
  'PASSWORD_HASHER=argon2id',
  'password_hasher: argon2id',
  '{"password_hasher": "argon2id"}',
  'PASSWORD_ALGORITHM=argon2id',
  'password_scheme: SSHA512',
  'default_pass_scheme = SHA512-CRYPT',
  'passwordHashing: pbkdf2_sha256',
  '| Env var | Default |\n| --- | --- |\n| `PASSWORD_HASHER` | `argon2id` |',
]

for (const text of SETTINGS) {
  t.test(`a hashing setting is not a password: ${text.replace(/\n/g, '⏎')}`, async (t) => {
    t.same(guard.scan(text).findings, [], 'no finding')
  })
}
