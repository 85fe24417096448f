import t from 'tap'
import { buildApp } from '../helpers/app.js'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `generic_secret`): "A password/secret/token/api_key assignment in env files, YAML, JSON,
 * code …". Untyped and C-style declarations are found in every language tried: `const dbPassword = '…'`, `val dbPwd
 * = "…"`, `let db_pass = "…"`, Go `var dbPass string = "…"`, Java `private static final String DB_PASS = "…"`, C#
 * `private const string Password = "…"`.
 *
 * Broken: a declaration with a type annotation after the name, `name: Type = "…"`, is never read as an assignment,
 * in any of the languages that write it so: Python (a pydantic `BaseSettings` field, `db_password: str = "…"`,
 * `Optional[str]`, `SecretStr`), TypeScript (`private password: string = '…'`, `export const API_KEY: string = '…'`),
 * Swift (`let password: String = "…"`), Kotlin and Scala (`val`/`var … : String = …`), Rust (`const PASSWORD: &str =
 * "…";`), and PL/SQL (`v_password VARCHAR2(30) := '…'`). Through the plugin, with the default `block`, such a
 * settings class goes to Mistral with its password. Severity: high (typed code is the norm in the two most common
 * languages of the users, and a settings class is where secrets are hard-coded).
 */

const PASSWORD = 'Xk9mPq2vL7z'
const KEY = '7f3kLm92QxPz81VbN4tRw0YhJc5eUa6s'

const CASES: Array<[string, string]> = [
  [`db_password: str = "${PASSWORD}"`, PASSWORD],
  [`class Settings(BaseSettings):\n    DB_PASSWORD: str = '${PASSWORD}'`, PASSWORD],
  [`api_key: str = "${KEY}"`, KEY],
  [`password: Optional[str] = "${PASSWORD}"`, PASSWORD],
  [`password: SecretStr = SecretStr("${PASSWORD}")`, PASSWORD],
  [`private password: string = '${PASSWORD}';`, PASSWORD],
  [`readonly apiKey: string = "${KEY}";`, KEY],
  [`export const API_KEY: string = '${KEY}'`, KEY],
  [`let password: String = "${PASSWORD}"`, PASSWORD],
  [`val password: String = "${PASSWORD}"`, PASSWORD],
  [`var password: String = "${PASSWORD}"`, PASSWORD],
  [`const PASSWORD: &str = "${PASSWORD}";`, PASSWORD],
  [`static API_KEY: &str = "${KEY}";`, KEY],
  [`v_password VARCHAR2(30) := '${PASSWORD}';`, PASSWORD],
]

t.test('a secret in a declaration with a type annotation is redacted', async (t) => {
  assertRedacted(t, CASES)
})

t.test('through the plugin with default settings, a typed settings class is refused before Mistral', async (t) => {
  const { app, mock } = await buildApp(t)
  const content = `Why is my FastAPI config not loaded?\n\nclass Settings(BaseSettings):\n    db_user: str = "app"\n    db_password: str = "${PASSWORD}"\n`
  const payload = { model: 'mistral-small-latest', messages: [{ role: 'user', content }] }
  const response = await app.inject({ method: 'POST', url: '/api/chat', payload })
  t.equal(response.statusCode, 422, 'refused as sensitive content (the default input action is block)')
  t.equal(mock.requests.length, 0, 'the password never reached Mistral')
})
