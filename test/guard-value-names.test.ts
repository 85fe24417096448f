import t from 'tap'
import { assertClean, assertFound } from './helpers/guard-cases.js'

// Values after a secret's name that are names or rules, not secrets: a length bound (`at least 8`), a resource's
// path in a store or an API (`projects/my-proj/secrets/db/versions/1`), an expression in brackets read up to its first
// space (`(args.password or getpass())`), and a tokenizer's encoding named after "token" (`cl100k_base`), which an LLM
// prompt names all the time. Each was refused as a generic secret. What they look like with a secret in their place
// is still found.

t.test('resource paths of lower-case words are names', async (t) => {
  assertClean(t, [
    'secret = "projects/my-proj/secrets/db/versions/1"',
    'secret_name: projects/acme-prod/secrets/stripe_key/versions/latest',
    'secret: namespaces/default/secrets/app-db',
    "token_path = 'api/v2/tokens/42'",
    'DB_PASSWORD_REF=vault/data/team-a/db.main',
  ])
})

t.test('a secret with slashes is still a secret', async (t) => {
  assertFound(t, [
    ['secret = "k7mdeng/bpxrficy/x9q2vz"', 'k7mdeng/bpxrficy/x9q2vz'],
    ['api_key: Xq9zR2/Lm7vKp/T4wB8n', 'Xq9zR2/Lm7vKp/T4wB8n'],
    ['password = "abc/Xk92mQ7vLp3zR8/def"', 'abc/Xk92mQ7vLp3zR8/def'],
    // One word among random segments is no name.
    ['token: users/a8f3k2m9q7x1/z4v6b2n8', 'users/a8f3k2m9q7x1/z4v6b2n8'],
  ])
})

t.test('an expression in brackets is computed, not written', async (t) => {
  assertClean(t, [
    'password = (args.password or getpass.getpass())',
    'token = (await vault.read("app/token")).data',
    'api_key = ((settings.api_key))',
    'secret = (config.secret || process.env.SECRET)',
  ])
  assertFound(t, [
    ['password = (Xk92mQ7vLp3zR8', 'Xk92mQ7vLp3zR8'],
    ['token = ("a9F3kLm2Qx7zV8")', 'a9F3kLm2Qx7zV8'],
  ])
})

t.test("a tokenizer's encoding is a name", async (t) => {
  assertClean(t, [
    "Token 'cl100k_base' is the encoding GPT-4 uses",
    "enc = tiktoken.get_encoding('o200k_base')  # token counts",
    'token encoding: p50k_edit',
    "tokens = count(text, encoding='r50k_base')",
    'tokenizer token: o200k_harmony',
  ])
  assertFound(t, [
    ["Token 'cl100k_Xq9zR2vL8m'", 'cl100k_Xq9zR2vL8m'],
    ['token = o200k_a9F3kLm2Qx7z', 'o200k_a9F3kLm2Qx7z'],
  ])
})

t.test("a length bound is a password rule's, not a password", async (t) => {
  assertClean(t, [
    'password_rule = "at least 8"',
    'password: "min 8"',
    'max_password: "up to 64"',
    'password length: "between 8 and 64"',
    'password: "no more than 20 chars"',
    'password: "8 to 64"',
    'Passwort: "mindestens 8 Zeichen"',
    'mot de passe : « au moins 12 caractères »',
    'contraseña: "al menos 10"',
  ])
  assertFound(t, [
    ['password: "hunter 2"', 'hunter 2'],
    ['password: "summer 2024"', 'summer 2024'],
    ['password: "at least 8x9Kq"', 'at least 8x9Kq'],
  ])
})
