import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, command-secrets): "Passwords given to a command or statement …: SQL `IDENTIFIED BY '…'`,
 * `PASSWORD('…')` …"; `UPDATE users SET password = '…'`, `CREATE USER … PASSWORD '…'`, `db.createUser({user: …,
 * pwd: "…"})` and `CONFIG SET requirepass "…"` are found.
 *
 * Broken: a password placed by position rather than by name: an SQL `INSERT` whose column list names the password
 * column (`INSERT INTO users (username, password, role) VALUES ('admin', '…', 'admin')`; with an e-mail column the
 * address is redacted and the password beside it is not), a password hashed in the statement
 * (`crypt('…', gen_salt('bf'))`), SQL Server's `sp_addlogin 'bob', '…'` and `sp_password NULL, '…', 'sa'`, Django's
 * `create_user('admin', 'admin@corp.io', '…')` / `create_superuser(…)`, MongoDB's `db.auth("admin", "…")`; and Redis's
 * own statements, `AUTH …`, `AUTH default …`, `ACL SETUSER bob on >…`. These are the seed scripts and console
 * transcripts users paste when a login fails. Severity: medium (database and admin passwords leave in clear).
 */

const PASSWORD = 'Xk9mPq2vL7z'

const STATEMENTS = [
  `INSERT INTO users (username, password, role) VALUES ('admin', '${PASSWORD}', 'admin');`,
  `INSERT INTO users (email, password) VALUES ('jane@corp.io', '${PASSWORD}');`,
  `INSERT INTO api_keys (name, key) VALUES ('prod', '${PASSWORD}Q7f3kLm92Qx');`,
  `UPDATE users SET password_hash = crypt('${PASSWORD}', gen_salt('bf'));`,
  `EXEC sp_addlogin 'bob', '${PASSWORD}'`,
  `EXEC sp_password NULL, '${PASSWORD}', 'sa'`,
  `User.objects.create_user('admin', 'admin@corp.io', '${PASSWORD}')`,
  `User.objects.create_superuser('admin', 'admin@corp.io', '${PASSWORD}')`,
  `db.auth("admin", "${PASSWORD}")`,
  `AUTH ${PASSWORD}`,
  `redis> AUTH default ${PASSWORD}`,
  `ACL SETUSER bob on >${PASSWORD} ~* +@all`,
]

t.test('a password placed by position in a statement is redacted', async (t) => {
  assertRedacted(
    t,
    STATEMENTS.map((statement) => [statement, PASSWORD]),
  )
})
