// biome-ignore-all lint/suspicious/noTemplateCurlyInString: a literal ${VAR} after a YAML tag is what one case tests
import t from 'tap'
import { assertFound, assertNothingFound } from './helpers/guard-cases.js'

// Precision around secrets' settings (secrets.ts): a word after the secret's naming a property of it (its algorithm,
// hasher, storage, encoder, version), a YAML local tag before a node (`!env_var NAME`), a pair of ticker codes.

t.test('the settings of a secret and tagged references stay clean', async (t) => {
  assertNothingFound(t, [
    'PASSWORD_HASHING: scrypt$N=16384$r=8',
    'token_encoding: base64url$v2',
    'jwtSecretAlgorithm: HS512-2024x',
    'api_key_version: v2-2024b9',
    'secret_provider: aws-secretsmanager-v2',
    'password_kdf: pbkdf2-sha512$210000',
    'db_password: !secret db_password_prod',
    'client_secret: !ENV ${CLIENT_SECRET_PROD}',
    'token: !aws_ssm /prod/api/token',
    'MasterUserPassword: !FindInMap [Credentials, Prod, Password]',
    'DbPassword: !Join [":", [!Ref Prefix, !Ref Suffix]]',
    'token: SOL/USDC',
    'token: EUR/USD',
  ])
})

t.test('a secret next to such words, or typed by a YAML core tag, is still found', async (t) => {
  assertFound(t, [
    ['password_v2: Tq8#vLm2Zp', 'Tq8#vLm2Zp'],
    ['version_token: Zp3kQ9vLm2Tq8xW4', 'Zp3kQ9vLm2Tq8xW4'],
    ['password: !!str Tq8#vLm2Zp9', 'Tq8#vLm2Zp9'],
    ['DbPassword: !Base64 Tq8#vLm2Zp9', 'Tq8#vLm2Zp9'],
    ['PASSWORD=!Tq8vLm2Zp9', 'Tq8vLm2Zp9'],
    // A value opening with `!` and nothing after it on its line is no tag; nor one holding what no tag holds.
    ['PASSWORD=!Tq8vLm2Zp9 \nUSER=app', 'Tq8vLm2Zp9'],
    ['the password is !Tq8#vLm2Zp for now', 'Tq8#vLm2Zp'],
    ['token: BTC/USDT/Zp3kQ9vLm2Tq8xW4', 'Zp3kQ9vLm2Tq8xW4'],
  ])
})

t.test('the password manager named as the tool stays clean; a password in its place is found', async (t) => {
  assertNothingFound(t, [
    'Our password manager is 1Password',
    'PASSWORD_MANAGER=Bitwarden2024',
    'secrets_vault: corp-prod-vault2',
    '{"password": "1Password"}',
  ])
  assertFound(t, [
    ['vault_password: Xk9mq2vLq7', 'Xk9mq2vLq7'],
    ['password: 1Password!x9', '1Password!x9'],
    ['password: Password1', 'Password1'],
  ])
})

t.test("a JWT whose signature is a placeholder, or jwt.io's example, stays clean; a signed one is found", async (t) => {
  assertNothingFound(t, [
    'Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiI0MiJ9.<signature>',
    'access_token = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9."',
    'token: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
  ])
  assertFound(t, [
    [
      'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9.Zq8vN3pLm2Xk9mq2vLq7Tr0ub4dor9x',
      'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9.Zq8vN3pLm2Xk9mq2vLq7Tr0ub4dor9x',
    ],
  ])
})

t.test("a URI's [user]:[password] placeholders stay clean, the host after them too", async (t) => {
  assertNothingFound(t, [
    'postgresql://[USER]:[PASSWORD]@db.internal:5432/app2',
    'mongodb+srv://[user]:[pwd]@cluster0.abc12.mongodb.net/test',
    'amqps://guest:[secret]@mq01:5671/vhost2',
  ])
  assertFound(t, [
    ['password: [Zq8vN3pLm2]@host', '[Zq8vN3pLm2]@host'],
    ['[password]: Zq8vN3pLm2', 'Zq8vN3pLm2'],
  ])
})
