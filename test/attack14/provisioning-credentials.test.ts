import t from 'tap'
import { assertRedacted } from './guard-cases.js'

/**
 * Promise (docs/guard.md, `generic_secret`): assignments in config files and XML (element text, `<password>…`, `<add
 * key="DbPassword" value="…">`, plist `<key>Password</key><string>…`), cloud-init's `chpasswd: list:`, Debian
 * preseed `d-i passwd/root-password password …` and Kickstart `user --password=…` are found.
 *
 * Broken: the other provisioning files that hold an install's passwords in clear: Windows auto-logon, set with
 * `reg add … /v DefaultPassword /t REG_SZ /d …` and shown by `reg query` as `DefaultPassword REG_SZ …`; an
 * `unattend.xml`'s `<AutoLogon><Password><Value>…</Value>` and `<AdministratorPassword><Value>…`; NuGet.config's
 * `ClearTextPassword` (the name that says the value is a clear-text password); Kickstart `rootpw --plaintext …`;
 * cloud-init's `plain_text_passwd:`. A name saying "plain text" seems to talk the guard out of the password it
 * announces. Severity: medium (administrator and package-feed passwords leave in clear).
 */

const PASSWORD = 'Xk9mPq2vL7z'

const TEXTS = [
  `reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v DefaultPassword /t REG_SZ /d ${PASSWORD} /f`,
  `    DefaultPassword    REG_SZ    ${PASSWORD}`,
  `<AutoLogon>\n  <Password>\n    <Value>${PASSWORD}</Value>\n    <PlainText>true</PlainText>\n  </Password>\n</AutoLogon>`,
  `<AdministratorPassword><Value>${PASSWORD}</Value><PlainText>true</PlainText></AdministratorPassword>`,
  `<add key="ClearTextPassword" value="${PASSWORD}" />`,
  `<packageSourceCredentials><corp><add key="Username" value="bob" /><add key="ClearTextPassword" value="${PASSWORD}" /></corp></packageSourceCredentials>`,
  `rootpw --plaintext ${PASSWORD}`,
  `users:\n  - name: bob\n    plain_text_passwd: ${PASSWORD}`,
]

t.test('a password in a provisioning file is redacted', async (t) => {
  assertRedacted(
    t,
    TEXTS.map((text) => [text, PASSWORD]),
  )
})
