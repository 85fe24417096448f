import t from 'tap'
import { assertFound } from '../helpers/guard-cases.js'

/**
 * Review 29, finding 1: a password holding `&name=` in a `;`-separated connection string is cut there and leaks whole.
 *
 * af9880a ends an unquoted value at `&name=` when the value is "a form field's own": isFormFieldValue
 * (src/guard/secrets.ts, after endsValueAt) takes a field name opened by `?`, `&` or `;` for a form field. `;` is there
 * for HTML's `&amp;`, but a raw `;` also opens every field of an ADO.NET / ODBC / JDBC-style connection string
 * (`Server=db;User Id=sa;Password=…;`), where `&` is an ordinary password character and never separates fields. The
 * value is cut to the characters before the `&` (`k9Qz`, too short to be judged a secret), and the part after `&Vw=`
 * is not read as a value either: nothing is found.
 *
 * Expected: the password (`k9Qz&Vw=4mPx7Lr`) redacted whole, as the same password is in `SMTP_PASSWORD=k9Qz&Vw=4mPx7Lr`.
 * Actual: the reply keeps the connection string unchanged, password in clear.
 */

t.test('a password holding &name= in a ;-separated connection string is redacted whole', async (t) => {
  assertFound(t, [
    ['Server=db;User Id=sa;Password=k9Qz&Vw=4mPx7Lr;', '4mPx7Lr'],
    ['Driver={ODBC Driver 18};Server=db;Uid=sa;Pwd=k9Qz&Vw=4mPx7Lr;', '4mPx7Lr'],
    ['ConnectionStrings__Db="Host=db;Username=app;Password=Vq4m&Zt8w=Lp2kQz9r"', 'Lp2kQz9r'],
  ])
})
