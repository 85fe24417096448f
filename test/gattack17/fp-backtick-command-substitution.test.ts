import t from 'tap'
import { assertClean, found } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `generic_secret`, placeholders and references): a value that is a reference to where the
 * secret lives is no secret; `DB_PASSWORD=$(aws secretsmanager get-secret-value …)`, `PGPASSWORD="$(pass show …)"`
 * and `export GITHUB_TOKEN=\`gh auth token\`` are left alone today.
 * Input family: the same command substitution in its older backtick form, still the norm in many scripts, CI files
 * and READMEs: the value is a command that fetches the secret (`cat` of a secrets file, `gcloud secrets … access`,
 * `vault kv get -field`, macOS `security find-generic-password -w`), not the secret.
 * What happens: the command line between the backticks is reported as a generic_secret, so the prompt asking about
 * the script is refused (422) and a reply quoting it is redacted.
 * Suspected mechanism: the reference/placeholder shape in src/guard/secret-value.ts:9 lists `$(…)` (and `${…}`,
 * `%VAR%`, `#{…}`) but not a backtick command, so the backticks are read as a quoted literal and the command's
 * words as a passphrase-like value. A JavaScript template literal (`const password = \`…\``) must stay a secret: a
 * backtick value is a command when it reads as one (words and flags), not by its quotes alone (see the control).
 * Expected to FAIL on main.
 */

t.test('a password taken from a command in backticks is no secret', async (t) => {
  assertClean(t, [
    'DB_PASSWORD=`gcloud secrets versions access latest --secret=db-password`',
    'export VAULT_TOKEN_CI=`vault kv get -field=token secret/ci`',
    'password=`cat /run/secrets/db_password`',
    'MYSQL_PWD=`security find-generic-password -s mysql-prod -w` mysql -u root',
    'SMTP_PASSWORD=`op read op://Infra/smtp/password`',
  ])
})

t.test('control (passes today): a password in a JavaScript template literal stays a secret', async (t) => {
  t.not(found('const password = `Vq4mZt8wLp2k`').length, 0)
})
