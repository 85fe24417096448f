// biome-ignore-all lint/suspicious/noTemplateCurlyInString: literal ${VAR:-default} expansions are what these cases test
import fc from 'fast-check'
import t from 'tap'
import { assertClean, assertFastAsFull, assertFinds, assertStreamedAsWhole } from './helpers/guard-cases.js'

// A shell expansion that carries a literal (`${NAME:-default}`, `${NAME:=default}`, `${NAME:+alternative}`) writes the
// value it stands for: the literal is the secret when the variable names one, and when the expansion is what a
// secret's name is assigned (`password=${X:-…}`). A variable with no secret's name, alone, is a port or a tag as often
// as anything: `${X:=hunter2xyz}` with nothing naming it a secret stays unread, as every unnamed value does.

const FOUND: Array<[string, string]> = [
  ['export DB_PASS=${DB_PASS:-s3cr3tV4lue}', 's3cr3tV4lue'],
  ['${DB_PASSWORD:=hunter2xyz}', 'hunter2xyz'],
  ['${DB_PASS:+literal9Q}', 'literal9Q'],
  ['API_TOKEN="${API_TOKEN:+aB3dE5fG7hJ9kL1mN3pQ}"', 'aB3dE5fG7hJ9kL1mN3pQ'],
  // The expansion assigned to a secret's name, whatever its own variable is called.
  ['password=${X:-hunter2xyz}', 'hunter2xyz'],
  ['DB_PASSWORD: ${X:=hunter2xyz}', 'hunter2xyz'],
  ['password: "${X:-hunter2xyz}"', 'hunter2xyz'],
  ['PGPASSWORD="${PGPASS_OVERRIDE-Xk9#mQ2!vL}" psql -h db', 'Xk9#mQ2!vL'],
  ['--password=${MYSQL_PW:+Xk9#mQ2!vL}', 'Xk9#mQ2!vL'],
  ["export SECRET_KEY='${SK:-aB3dE5fG7hJ9kL1mN3pQ}'", 'aB3dE5fG7hJ9kL1mN3pQ'],
  // A default that is itself an expansion with a default: the innermost literal.
  ['DB_PASS=${DB_PASS:-${FALLBACK:-s3cr3tV4lue}}', 's3cr3tV4lue'],
  ['password=${A:-${B:=${C:+Xk9#mQ2!vL}}}', 'Xk9#mQ2!vL'],
  ['${DB_PASS:-${FALLBACK:-s3cr3tV4lue}}', 's3cr3tV4lue'],
  ['${DB_PASSWORD:-${A:-${B:-Xk9#mQ2!vL}}}', 'Xk9#mQ2!vL'],
  ['echo "${API_TOKEN:=${DEFAULT:+aB3dE5fG7hJ9kL1mN3pQ}}"', 'aB3dE5fG7hJ9kL1mN3pQ'],
  // An alternative is a literal when neither a flag nor a reference: a dash inside it, or a nested expansion's literal.
  ['${DB_PASS:+Xk9-mQ2zzpL}', 'Xk9-mQ2zzpL'],
  ['password=${X:+${Y:-hunter2xyz}}', 'hunter2xyz'],
]

const CLEAN = [
  // Placeholders, other references, no literal, an error message.
  'password: ${VAULT_PASS:-changeme}',
  'password=${X:-$Y}',
  'password=${X:-}',
  'password=${X:-${Y}}',
  '${DB_PASSWORD:-${FALLBACK}}',
  '${DB_PASSWORD:?must be set}',
  'password=${DB_PASSWORD:?DB_PASSWORD is required}',
  // No secret's name on the variable or before it.
  '${X:=hunter2xyz}',
  'PORT=${PORT:-8080}',
  'image: app:${TAG:-v2x9abc7}',
  'password_file=${X:-/run/secrets/db}',
  // Not an expansion: no variable name, or a `$` of another syntax.
  'password=${:-Xk9#mQ2!vL}',
  // The conditional flag: a `:+` alternative that passes a flag, or a reference, only when the variable is set.
  'docker run ${DB_PASS:+-e DB_PASS="$DB_PASS"} app',
  'exec server ${SECRET_KEY:+--secret-key=${SECRET_KEY}}',
  'ARGS="${API_KEY:+--api-key}"',
  'git clone https://${GH_TOKEN:+oauth2:$GH_TOKEN@}github.com/x/y',
  'pg_dump ${PGPASSWORD:+--no-password} -h db',
  'password=${X:+--password=$X}',
]

t.test('the literal a shell expansion carries for a secret is found', async (t) => {
  assertFinds(t, FOUND)
  assertClean(t, CLEAN)
})

const ALL_TEXTS = [...FOUND.map(([text]) => text), ...CLEAN]

t.test('expansions streamed one character at a time are redacted as whole replies are', async (t) => {
  assertStreamedAsWhole(t, ALL_TEXTS)
})

t.test('the fast path finds what the full scan finds in expansions, recased and cut (fast-check)', async (t) => {
  assertFastAsFull(t, ALL_TEXTS, { seed: 8080, withFindings: 100, runs: 400, cut: fc.nat(6) })
})
