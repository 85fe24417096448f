import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `generic_secret`): "A value that is a lookup is judged by the literal it falls back to
 * (`process.env.DB_PASSWORD || '…'`, `?? "…"`, `or "…"`, `?: "…"`) or is given as its default (`Field(default="…")`,
 * `{ default: '…' }`, Spring's `${DB_PASSWORD:…}`)"; `${DB_PASSWORD:-default}` "the default is a literal in the file
 * and is judged". `os.getenv("X", "…")`, `env('X', '…')`, `ENV.fetch("X", "…")`, `getattr(s, "X", "…")` are found.
 * Input family: the same fallback in the template languages and expressions that configs are written in: Ansible/Jinja
 * `{{ db_password | default('…') }}`, Helm/Go templates `{{ .Values.db.password | default "…" }}`, Terraform
 * `coalesce(var.db_password, "…")`, Ruby's block default `ENV.fetch("DB_PASSWORD") { "…" }`, and the conditional
 * forms `… if "X" in os.environ else "…"` (Python) and `isDev ? '…' : process.env.X` (JavaScript).
 * What happens: the literal password is left visible in each: a `{{ … }}` is passed over whole as a reference (its
 * literal default inside too), and the other forms are read as a call or an expression that computes the value.
 */

const PW = 'Tq7#vLm2!zR9'

t.test('a literal given as the default of a template lookup or a conditional is redacted', async (t) => {
  assertRedacted(t, [
    [`- name: Configure app\n  vars:\n    db_password: "{{ vault_db_password | default('${PW}') }}"`, PW],
    [`password: "{{ db_password | default('${PW}', true) }}"`, PW],
    [`  POSTGRES_PASSWORD: {{ .Values.auth.postgresPassword | default "${PW}" | b64enc | quote }}`, PW],
    [`password: {{ .Values.db.password | default "${PW}" | quote }}`, PW],
    [`  password = coalesce(var.db_password, "${PW}")`, PW],
    [`  password: ENV.fetch("DB_PASSWORD") { "${PW}" }`, PW],
    [`password = os.environ["DB_PASSWORD"] if "DB_PASSWORD" in os.environ else "${PW}"`, PW],
    [`const password = isDev ? '${PW}' : process.env.DB_PASSWORD`, PW],
  ])
})
