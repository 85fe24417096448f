import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `generic_secret`): "A password/secret/token/api_key assignment in … code"; "In
 * `${DB_PASSWORD:-default}` the default is a literal in the file and is judged". A keyword's value given to a call
 * (`os.getenv("DB_PASSWORD", "…")`, `kwargs.get("password", "…")`, `getattr(settings, "PASSWORD", "…")`) and a
 * parameter default (`def connect(password="…")`, `function connect(password = '…')`) are found.
 *
 * Broken: a default declared for a field or option named after the secret is not judged: pydantic
 * `Field(default="…")`, Django `CharField(…, default="…")`, Spring `@Value("${db.password:…}")` (the literal after
 * the colon is the default, as in the shell's `:-`), yargs `{ default: '…' }` for the `password` option; nor a
 * fallback after a lookup by the secret's name (`data.get("password") or "…"`, `options.password || '…'`).
 * Severity: medium (hard-coded fallback passwords, a classic finding of code review, leave in clear).
 */

const PASSWORD = 'Xk9mPq2vL7z'

const TEXTS = [
  `password: str = Field(default="${PASSWORD}")`,
  `password = Field(default="${PASSWORD}", description="db password")`,
  `password = models.CharField(max_length=64, default="${PASSWORD}")`,
  `@Value("\${db.password:${PASSWORD}}") private String password;`,
  `yargs.option('password', { type: 'string', default: '${PASSWORD}' })`,
  `password = data.get("password") or "${PASSWORD}"`,
  `options.password = options.password || '${PASSWORD}';`,
]

t.test('a default declared for a field or option named after a secret is redacted', async (t) => {
  assertRedacted(
    t,
    TEXTS.map((text) => [text, PASSWORD]),
  )
})
