import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `generic_secret`): "`setProperty("password", …)`-style calls, …, `("user", "password")`
 * pairs", .NET `NetworkCredential("user", "…")`, `HTTPBasicAuth('bob', '…')`, `auth=('bob', '…')`,
 * `ssh.connect(…, password='…')` and a MySQL or MongoDB URL in code are found.
 *
 * Broken: other everyday calls that take a user and a password as positional arguments are not: Java
 * `DriverManager.getConnection(url, "bob", "…")`, Apache `UsernamePasswordCredentials("bob", "…")`,
 * `PasswordAuthentication("bob", "…".toCharArray())`, Python `ftp.login('bob', '…')`, a generic `login("bob", "…")`,
 * `.withCredentials("bob", "…")`, `client.auth("bob", "…")`, Python's `smtplib` `server.login("bot@corp.io",
 * "…")` (the address is redacted as an e-mail, the password beside it is not); nor Go's MySQL DSN `bob:…@tcp(db1:3306)/app` given to
 * `sql.Open`, nor Capistrano `set :password, "…"`. Severity: medium (hard-coded database and service passwords in
 * code pasted for review).
 */

const PASSWORD = 'Xk9mPq2vL7z'

const CALLS = [
  `Connection c = DriverManager.getConnection(url, "bob", "${PASSWORD}");`,
  `new UsernamePasswordCredentials("bob", "${PASSWORD}")`,
  `new PasswordAuthentication("bob", "${PASSWORD}".toCharArray())`,
  `ftp.login('bob', '${PASSWORD}')`,
  `login("bob", "${PASSWORD}")`,
  `builder.withCredentials("bob", "${PASSWORD}")`,
  `client.auth("bob", "${PASSWORD}")`,
  `db, err := sql.Open("mysql", "bob:${PASSWORD}@tcp(db1:3306)/app")`,
  `set :password, "${PASSWORD}"`,
  // The login (an e-mail address) is redacted, the password beside it is not.
  `server.login("bot@corp.io", "${PASSWORD}")`,
]

t.test('a password passed to a credential call beside its user is redacted', async (t) => {
  assertRedacted(
    t,
    CALLS.map((call) => [call, PASSWORD]),
  )
})
