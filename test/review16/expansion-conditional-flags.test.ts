import t from 'tap'
import { assertClean } from '../helpers/guard-cases.js'

/**
 * Precision (guard): the shell's conditional-flag idiom `${SECRET_VAR:+--flag "$SECRET_VAR"}` (pass the flag only when
 * the variable is set) is flagged as a secret: the alternate text of a `:+` expansion whose own variable names a
 * secret is taken for a literal password, though it is a flag and a reference to that same variable.
 *
 * Broken by 731a68d (`${NAME:+literal}` read beside :- and :=, the expansion's own variable deciding): every sample
 * below was clean at bf40854. The idiom is how docker entrypoints, systemd wrappers and CI scripts pass an optional
 * password (redis-server, mysql, psql, curl with a bearer header), so any such script pasted into a prompt is
 * redacted (or refused under a blocking policy) where nothing secret is written.
 * Severity: medium (false positives on everyday shell code; nothing leaks).
 */

// biome-ignore-start lint/suspicious/noTemplateCurlyInString: literal ${VAR:+…} expansions are the samples
t.test('a :+ expansion giving a flag and a reference to its own variable is no secret', async (t) => {
  assertClean(t, [
    'redis-server ${REDIS_PASSWORD:+--requirepass "$REDIS_PASSWORD"}',
    'mysql -u root ${MYSQL_PASSWORD:+-p"$MYSQL_PASSWORD"}',
    'exec app ${DB_PASSWORD:+--db-password "$DB_PASSWORD"}',
    'password=${PASSWORD:+--password=$PASSWORD}',
    'curl ${TOKEN:+-H "Authorization: Bearer $TOKEN"} https://example.com',
    'auth="${API_TOKEN:+Authorization: Bearer $API_TOKEN}"',
    'AUTH=${GITHUB_TOKEN:+x-access-token:${GITHUB_TOKEN}@}',
  ])
})

t.test('a :+ expansion giving a bare flag word is no secret', async (t) => {
  assertClean(t, ['ARGS="${DB_PASS:+--password}"', 'OPTS="${SECRET_KEY:+--with-secret}"'])
})
// biome-ignore-end lint/suspicious/noTemplateCurlyInString: literal ${VAR:+…} expansions are the samples
