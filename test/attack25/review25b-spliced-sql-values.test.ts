import t from 'tap'
import { assertFound, assertNothingFound } from '../helpers/guard-cases.js'

/**
 * Outside attack, round 25 review (b), false positives: SQLCipher's own snippet for Android,
 * `db.execSQL("PRAGMA key = '" + password + "'")`, builds the statement by concatenation; round 25's `PRAGMA key`
 * reading took what stands between the single quotes (`" + password + "`) for the passphrase and redacted code, as
 * a connection string built so (`"Password='" + password + "';"`) already was. An expression spliced between a
 * closed and a reopened literal (a quote then `+`, `.`, `..`, `&` or `||`, and the same before the last quote) holds no
 * value (src/guard/secret-value.ts); a password that merely opens with a quote and a `+` is still one.
 */

t.test('an expression spliced into a built statement gives nothing', async (t) => {
  assertNothingFound(t, [
    `db.execSQL("PRAGMA key = '" + password + "'");`,
    `db.rawExecSQL("PRAGMA key = '" + passphrase + "';");`,
    `db.execSQL("PRAGMA rekey = '" + newPassphrase + "'");`,
    `cs = "Password='" + password + "';"`,
    `sql = "PRAGMA key = '" . $passphrase . "'";`,
    `db:exec("PRAGMA key = '" .. passphrase .. "'")`,
    `stmt = "PRAGMA key = '" & passphrase & "'"`,
  ])
})

t.test('a password opening with a quote and a plus is still found', async (t) => {
  assertFound(t, [
    [`PRAGMA key = '"+Xk9mQ2vLp7Tr';`, '"+Xk9mQ2vLp7Tr'],
    [`password = '" +Xk9mQ2vLp7Tr'`, '+Xk9mQ2vLp7Tr'],
  ])
})
