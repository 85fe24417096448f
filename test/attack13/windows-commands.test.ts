import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, commit 22dbe30): passwords given to commands are found: `net user name password`,
 * `ConvertTo-SecureString "…"`, and (already) `cmdkey /pass:`, `wmic /password:`, `sc.exe … password= …`.
 *
 * Broken: the neighbouring Windows commands that take the password the same way pass it through: `net use` (the same
 * `net` tool, mapping a share with the password as an operand), `schtasks /rp`, PsExec's `-p`, .NET's
 * `NetworkCredential("user", "password")` (how PowerShell scripts build a credential without a secure string), and
 * ConvertTo-SecureString given the password as a bare word inside the sub-expression PowerShell allows.
 * Severity: medium (Windows admin scripts pasted for help carry these).
 */

const PASSWORD = 'P@ssw0rd!23'

const LEAKS = [
  `net use \\\\server\\share /user:bob ${PASSWORD}`,
  `net use Z: \\\\server\\share ${PASSWORD} /user:CORP\\bob`,
  `schtasks /create /tn Backup /tr backup.cmd /ru bob /rp ${PASSWORD}`,
  `psexec \\\\host -u bob -p ${PASSWORD} cmd`,
  `$cred = New-Object System.Net.NetworkCredential("bob", "${PASSWORD}")`,
  `$cred = [System.Net.NetworkCredential]::new('bob', '${PASSWORD}')`,
  `Set-LocalUser -Name bob -Password (ConvertTo-SecureString ${PASSWORD} -AsPlainText -Force)`,
]

t.test('a password given to these Windows commands is redacted', async (t) => {
  assertRedacted(
    t,
    LEAKS.map((text) => [text, PASSWORD]),
  )
})
