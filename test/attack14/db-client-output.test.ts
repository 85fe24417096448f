import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `generic_secret`): "A table whose header names a password or secret column (CSV with quoted
 * cells, TSV, `;`-separated, …, a Markdown header over its delimiter row, an HTML `<th>` over `<td>` cells …): each
 * cell of that column … is judged"; "Markdown table rows (`| DB_PASSWORD | … |`)". MySQL's `\G` layout (`password:
 * …`) is found.
 *
 * Broken: the tables database and admin consoles print, which users paste when a login or a query misbehaves: the
 * MySQL client's boxed table (`+----+` borders around `| username | password |`), psql's aligned table (`username |
 * password` over `----------+-----------`) and its expanded display (`-[ RECORD 1 ]-`, `password | …`), sqlite3 with
 * `.headers on` (`user|password`), a psql row naming an `api_key`, and PowerShell's hashtable view (`Name  Value` over
 * `----  -----`). Severity: high (a dump of a credentials table leaves with every password in clear).
 */

const PASSWORD = 'Xk9mPq2vL7z'
const KEY = '7f3kLm92QxPz81VbN4tRw0YhJc5eUa6s'

const CASES: Array<[string, string]> = [
  [
    `mysql> SELECT username, password FROM users;\n+----------+-------------+\n| username | password    |\n+----------+-------------+\n| bob      | ${PASSWORD} |\n+----------+-------------+\n1 row in set (0.00 sec)`,
    PASSWORD,
  ],
  [` username |  password\n----------+-------------\n bob      | ${PASSWORD}\n(1 row)`, PASSWORD],
  [`-[ RECORD 1 ]--+------------\nusername       | bob\npassword       | ${PASSWORD}`, PASSWORD],
  [` api_key  | ${KEY}`, KEY],
  [`sqlite> .headers on\nsqlite> select user, password from creds;\nuser|password\nbob|${PASSWORD}`, PASSWORD],
  [
    `Name                           Value\n----                           -----\nPassword                       ${PASSWORD}\nUser                           bob`,
    PASSWORD,
  ],
]

t.test('a password in a database or admin console table is redacted', async (t) => {
  assertRedacted(t, CASES)
})
