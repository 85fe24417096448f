import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `generic_secret`): a secret named in a Kubernetes manifest is found (`- name: DB_PASSWORD`
 * / `value: …`); in a `kind: Secret`, `data:` entries named `password`, `DB_PASSWORD`, `token`, `api-key` or
 * `credentials` are redacted, base64 and all. (The docs list "base64-encoded secrets" among obfuscated values they
 * miss; a Secret's `data:` is not obfuscation but the manifest's standard encoding, and the guard already reads it
 * for those names.)
 *
 * Broken: in the same manifest, an entry named after the file or URL it holds is left: `.env` (a whole env file of
 * passwords and keys), `config.json`, `connection-string`, `DATABASE_URL` (right under a `POSTGRES_PASSWORD` that
 * is redacted). `kind: Secret` declares every entry of `data:` a secret. Severity: medium (whole credential files
 * leave in a manifest the guard visibly inspected).
 */

const b64 = (text: string) => Buffer.from(text).toString('base64')
const secret = (entries: string) =>
  `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ntype: Opaque\ndata:\n${entries}`

const ENV_FILE = b64('DB_PASSWORD=Xk9mPq2vL7z\nAPI_KEY=7f3kLm92QxPz81VbN4tRw0YhJc5eUa6s\n')
const CONFIG = b64('{"password":"Xk9mPq2vL7z"}')
const CONNECTION = b64('Server=db1;User Id=sa;Password=Xk9mPq2vL7z;')
const URL = b64('postgres://app:Xk9mPq2vL7z@db/app')

const CASES: Array<[string, string]> = [
  [secret(`  .env: ${ENV_FILE}`), ENV_FILE],
  [secret(`  config.json: ${CONFIG}`), CONFIG],
  [secret(`  connection-string: ${CONNECTION}`), CONNECTION],
  [secret(`  POSTGRES_PASSWORD: ${b64('Xk9mPq2vL7z')}\n  DATABASE_URL: ${URL}`), URL],
]

t.test('every data entry of a Kubernetes Secret is redacted', async (t) => {
  assertRedacted(t, CASES)
})
