import t from 'tap'
import { assertClean, assertFastAsFull, assertStreamedAsWhole, found } from './helpers/guard-cases.js'

// Provisioning files' passwords (src/guard/provisioning.ts, and names saying the password is in clear, secrets.ts):
// the registry's auto-logon, unattend.xml's `<Value>` children, Kickstart's `rootpw`, NuGet's `ClearTextPassword` and
// cloud-init's `plain_text_passwd`. Each case lists every value the guard must find.

const CASES: Array<[string, string[]]> = [
  [
    'reg add HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon /v AutoAdminPassword /t REG_SZ /d "Zq8vN3pLm2" /f',
    ['Zq8vN3pLm2'],
  ],
  ['REG ADD "HKLM\\X" /f /d Tr0ub4dor9x /v DefaultPassword', ['Tr0ub4dor9x']],
  [
    'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon\n    DefaultUserName    REG_SZ    admin\n    DefaultPassword    REG_SZ    Zq8vN3pLm2  \r\n',
    ['Zq8vN3pLm2'],
  ],
  [
    '<LocalAccount><Password><Value>Tr0ub4dor9x</Value><PlainText>true</PlainText></Password></LocalAccount>',
    ['Tr0ub4dor9x'],
  ],
  ['<DomainAdminPassword>\r\n  <Value>Zq8vN3pLm2</Value>\r\n</DomainAdminPassword>', ['Zq8vN3pLm2']],
  ['rootpw Tr0ub4dor9x', ['Tr0ub4dor9x']],
  ['<add key="ClearTextPassword" value="Zq8vN3pLm2" />', ['Zq8vN3pLm2']],
  ["plain_text_passwd: 'Tr0ub4dor9x'", ['Tr0ub4dor9x']],
  // Asterisks around a password are its own characters, not a tool's marker of words.
  ['<Password><Value>*Tr0ub4dor9x*</Value></Password>', ['*Tr0ub4dor9x*']],
]

const NEAR_MISSES = [
  'reg add HKCU\\Software\\X /v Theme /t REG_SZ /d Dark2024x',
  'reg add X /v DefaultPassword /f',
  'reg add X /d Tr0ub4dor9x',
  '    DefaultUserName    REG_SZ    administrator',
  '    DefaultPassword    REG_SZ    ',
  '<Password><Value></Value></Password>',
  '<Username><Value>Tr0ub4dor9x</Value></Username>',
  '<Password><Value>Tr0ub4dor9x',
  'rootpw --iscrypted $6$abc$def',
  'rootpw --lock',
  'password_text = "Mot de passe"',
  'plain_text: Tr0ub4dor9x',
  // Windows Setup's marker for a value it removed after setup, and other tools' like it.
  '<AdministratorPassword>\r\n  <Value>*SENSITIVE*DATA*DELETED*</Value>\r\n</AdministratorPassword>',
  '    DefaultPassword    REG_SZ    *REMOVED*',
  '<Password><Value>*Sensitive Data Deleted*</Value></Password>',
]

const ALL_TEXTS = [...CASES.map(([text]) => text), ...NEAR_MISSES]

t.test('a password in a provisioning file or tool is found, and only it', async (t) => {
  for (const [text, values] of CASES) {
    t.same(
      found(text),
      values.map((value) => ['generic_secret', value]),
      JSON.stringify(text),
    )
  }
  assertClean(t, NEAR_MISSES)
})

t.test('each of them streamed one character at a time is redacted as the whole reply is', async (t) => {
  assertStreamedAsWhole(t, ALL_TEXTS)
})

t.test('the fast path finds what the full scan finds in them, recased and cut (fast-check)', async (t) => {
  assertFastAsFull(t, ALL_TEXTS, { seed: 2034, withFindings: 50 })
})
