import t from 'tap'
import { assertClean } from './guard-cases.js'

/**
 * Promise (docs/guard.md): a value that is computed or read from elsewhere (a variable, `$env:…`, a bind parameter, a
 * cmdlet's result) is no secret; PowerShell's sub-expression opening with a cmdlet is "no secret itself".
 *
 * Broken: the everyday PowerShell line that assigns a secure string (`$password = ConvertTo-SecureString $plain …`,
 * the documented form, with `$env:PW` or a `<password>` placeholder) has the cmdlet's NAME redacted as a
 * generic_secret, as has `$password = Read-Host -AsSecureString`; and SQL with a bind variable for the password
 * (`IDENTIFIED BY :password`, T-SQL's `@password`) has the variable redacted. Docs and runbooks about these commands
 * come back mangled and are counted as secrets in the audit. Severity: low (false positives on everyday admin docs).
 */

const CLEAN = [
  '$password = ConvertTo-SecureString $plain -AsPlainText -Force',
  '$pw = ConvertTo-SecureString $env:PW -AsPlainText -Force',
  '$securePassword = ConvertTo-SecureString -String $env:DB_PASSWORD -AsPlainText -Force',
  '$Password = ConvertTo-SecureString "<password>" -AsPlainText -Force',
  '$password = Read-Host -AsSecureString',
  'CREATE USER app IDENTIFIED BY :password;',
  'ALTER USER app IDENTIFIED BY @password',
]

t.test('commands given a variable or placeholder for the password are not redacted', async (t) => {
  assertClean(t, CLEAN)
})
