import t from 'tap'
import { assertClean } from './guard-cases.js'

/**
 * Promise (README, docs/guard.md): few false positives on everyday configuration; a standard's name ("a closed list
 * of algorithms …: `argon2id`, `pbkdf2_sha256`, `SHA512-CRYPT`") is no secret, nor is a reference (YAML tags
 * `!Ref`, `!secret`, `!ENV`, `!vault` are ignored); a table column `password_hint` or `password_last_changed` names
 * no secret. `password_policy: strong`, `token_format: base64url` and `secret_store: aws-secretsmanager` are clean.
 *
 * Broken: a setting whose name starts with a secret's word but names a property of it (its algorithm, hasher,
 * storage scheme, encoder, version) has its value taken for the secret when the value carries the scheme's
 * parameters: `password_algorithm: bcrypt$2b$12`, `password_hasher: argon2id$v=19$m=65536`, `password_storage:
 * PBKDF2-SHA256$600000`, `passwordEncoder: BCryptPasswordEncoder`, `secret_version: v3-2024a`; and two YAML tags that
 * reference rather than hold a value, `!env_var` and `!include`, are read as the value itself. Severity: low
 * (precision: security configuration, the very thing users ask about, is refused or garbled).
 */

t.test('the settings of a secret (its algorithm, encoder, version) and YAML reference tags are clean', async (t) => {
  assertClean(t, [
    'password_algorithm: bcrypt$2b$12',
    'password_hasher: argon2id$v=19$m=65536',
    'password_storage: PBKDF2-SHA256$600000',
    'passwordEncoder: BCryptPasswordEncoder',
    'secret_version: v3-2024a',
    'api_key: !env_var MISTRAL_API_KEY',
    'api_key: !include secrets.yaml',
  ])
})

t.test('a trading pair named as a token is clean', async (t) => {
  assertClean(t, ['token: BTC/USDT', 'token: ETH/USDC'])
})
