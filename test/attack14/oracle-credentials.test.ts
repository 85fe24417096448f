import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md): `database_url` "A URL with an inline password (postgres, mysql, mongodb, redis, amqp, …)";
 * `generic_secret` covers passwords "given to a command or statement". JDBC URLs for MySQL, PostgreSQL and SQL
 * Server with `password=` are found.
 *
 * Broken: Oracle's own credential syntax, `user/password@service`, is never read as holding a password: the JDBC thin
 * URL (`jdbc:oracle:thin:scott/…@db1:1521:orcl`, also the `@//host/service` form), and the same string given to
 * `sqlplus`, `expdp`, `rman target`, `sqlldr userid=` and SQL*Plus `CONNECT`. Every Oracle DBA writes the password
 * this way, in scripts and in stack traces. Severity: high (a database password in clear, in the form most common for
 * one of the main databases).
 */

const PASSWORD = 'Xk9mPq2vL7z'

const CASES: Array<[string, string]> = [
  [`jdbc:oracle:thin:scott/${PASSWORD}@db1:1521:orcl`, PASSWORD],
  [`jdbc:oracle:thin:scott/${PASSWORD}@//db1.corp.io:1521/ORCLPDB1`, PASSWORD],
  [`at com.corp.Db.connect(Db.java:42) url=jdbc:oracle:thin:scott/${PASSWORD}@db1:1521:orcl`, PASSWORD],
  [`sqlplus scott/${PASSWORD}@orcl`, PASSWORD],
  [`sqlplus system/${PASSWORD}@//10.0.0.5:1521/XE as sysdba`, PASSWORD],
  [`expdp system/${PASSWORD}@orcl directory=dp dumpfile=x.dmp`, PASSWORD],
  [`rman target sys/${PASSWORD}@prod`, PASSWORD],
  [`CONNECT scott/${PASSWORD}@orcl`, PASSWORD],
  [`sqlldr userid=scott/${PASSWORD} control=x.ctl`, PASSWORD],
]

t.test('an Oracle user/password@service credential is redacted', async (t) => {
  assertRedacted(t, CASES)
})
