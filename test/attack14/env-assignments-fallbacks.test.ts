import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `generic_secret`): a value is judged when it is "not a placeholder (…, `process.env.X`, …),
 * not a reference"; "In `${DB_PASSWORD:-default}` the default is a literal in the file and is judged (`S3cr3t!xyz9`
 * is a finding)". `os.environ["DB_PASSWORD"] = "…"`, `process.env['DB_PASSWORD'] = '…'`, `os.getenv("X", "…")` and
 * `ENV.fetch("X", "…")` are all found.
 *
 * Broken: in JavaScript the reference is taken for the whole line, so the literal written next to it is never judged:
 * an assignment to the dotted form (`process.env.DB_PASSWORD = '…'`, `import.meta.env.VITE_API_KEY = '…'`, how test
 * setups and scripts set a secret) and a fallback after it (`process.env.DB_PASSWORD || '…'`, `?? "…"`, also inside an
 * object literal). Spring's placeholder default (`${DB_PASSWORD:…}`, the same idea as the shell's `:-`) is not judged
 * either. Severity: medium (a hard-coded secret in the most common JavaScript and Spring idioms).
 */

const PASSWORD = 'Xk9mPq2vL7z'
const KEY = '7f3kLm92QxPz81VbN4tRw0YhJc5eUa6s'

const CASES: Array<[string, string]> = [
  [`process.env.DB_PASSWORD = '${PASSWORD}'`, PASSWORD],
  [`process.env.DB_PASSWORD = "${PASSWORD}";`, PASSWORD],
  [`process.env.API_KEY = '${KEY}'`, KEY],
  [`import.meta.env.VITE_API_KEY = '${KEY}'`, KEY],
  [`const password = process.env.DB_PASSWORD || '${PASSWORD}'`, PASSWORD],
  [`const password = process.env.DB_PASSWORD ?? "${PASSWORD}"`, PASSWORD],
  [`export const config = { password: process.env.PW || '${PASSWORD}' }`, PASSWORD],
  [`password: \${DB_PASSWORD:${PASSWORD}}`, PASSWORD],
  [`spring.datasource.password=\${DB_PASSWORD:${PASSWORD}}`, PASSWORD],
]

t.test('a literal secret assigned to or falling back beside an environment reference is redacted', async (t) => {
  assertRedacted(t, CASES)
})
